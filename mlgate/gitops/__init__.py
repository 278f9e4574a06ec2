"""The GitOps loop: find and compile a project, lint and diff specs, build images, submit runs."""
