"""The ``mlgate`` command line (public contract: docs/contracts.md).

Exit codes: 0 success, 1 a gate or check said no, 2 bad usage or bad input.
This is the only place that turns an ``MlgateError`` into an exit code.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mlgate.errors import InputError, MlgateError, quote

if TYPE_CHECKING:  # the CLI starts fast: kfp and friends load with the command that needs them
    from mlgate.gitops.project import CompileReport

__all__ = ["main"]


def _root(args: argparse.Namespace) -> Path:
    """``--root``, or the project found by walking up from the working directory."""
    from mlgate.gitops.project import find_project_root

    return Path(args.root).resolve() if args.root else find_project_root(Path.cwd())


def _compile(args: argparse.Namespace) -> int:
    from mlgate.gitops.project import compile_pipelines

    root = _root(args)
    return _print_sync(
        root,
        compile_pipelines(root, check=args.check),
        check=args.check,
        out="compiled/",
        stale="compiled/ does not match pipelines/: run `mlgate compile` and commit the result",
        gone="no pipeline of that name",
    )


def _docs(args: argparse.Namespace) -> int:
    from mlgate.gitops.refdocs import REGENERATE, write_reference

    root = _root(args)
    return _print_sync(
        root,
        write_reference(root, check=args.check),
        check=args.check,
        out="docs/reference/",
        stale="docs/reference/ does not match compiled/components/: "
        f"run `{REGENERATE}` and commit docs/reference/",
        gone="no component of that name",
    )


def _print_sync(
    root: Path, report: CompileReport, *, check: bool, out: str, stale: str, gone: str
) -> int:
    """Prints what a compile or docs run wrote, or (``check``) what it would change."""
    if check:
        for label, paths in (
            ("stale", report.stale),
            ("missing", report.missing),
            ("orphaned", report.orphaned),
        ):
            for path in paths:
                print(f"{label}: {path.relative_to(root)}")
        if not report.clean:
            print(stale)
            return 1
        print(f"{out} is up to date")
        return 0
    for path in report.written:
        print(f"wrote {path.relative_to(root)}")
    for path in report.removed:
        print(f"removed {path.relative_to(root)} ({gone})")
    if not (report.written or report.removed):
        print(f"{out} is up to date")
    return 0


def _run(args: argparse.Namespace) -> int:
    from mlgate.gitops.project import find_pipeline, with_lineage
    from mlgate.local_run import check_params, parse_params, prepare_workdir, run_pipeline

    root = _root(args)
    ref = find_pipeline(root, args.pipeline)
    params = with_lineage(ref, root, parse_params(ref, args.param))
    check_params(params)  # before the first task: a bad parameter should not cost a run
    prepare_workdir(Path(args.workdir))
    result = run_pipeline(ref, params, Path(args.workdir), runner=args.runner)
    print(f"\npipeline {result.pipeline}: outputs in {result.run_dir}")
    for task in result.tasks:
        print(f"  {task.name}: {task.status}")
        if task.error:
            print(f"    {task.error[0]}: {task.error[1]}")
        for name, value in sorted(task.parameters.items()):
            print(f"    {name} = {value}")
        for art in task.artifacts:
            print(f"    {art.name}: {art.uri}")
            for key, value in sorted(art.metadata.items()):
                text = str(value)
                print(f"      {key}: {text if len(text) <= 100 else text[:97] + '...'}")
    if result.error:
        failed = [task for task in result.tasks if task.error]
        if failed:  # the cause, not kfp's "task failed": the mlgate error that killed it
            kind, message = failed[0].error  # type: ignore[misc]
            print(
                f"mlgate: error: task {failed[0].name} failed: {kind}: {message}", file=sys.stderr
            )
        else:
            print(f"mlgate: {result.error}", file=sys.stderr)
    return result.exit_code


def _build(args: argparse.Namespace) -> int:
    from mlgate.gitops.build import (
        build_image,
        docker_client,
        image_tag,
        make_wheelhouse,
        push_image,
    )
    from mlgate.gitops.image_lock import IMAGES, load_image_locks, write_image_lock

    root = _root(args)
    version = image_tag(root)  # both images are tagged with the package version; so is the lock
    context = root / "images" / "base"
    lock_path = root / "images" / "image.lock.json"
    locks = load_image_locks(lock_path.read_text(encoding="utf-8"))
    client = docker_client()
    print(f"wheelhouse: {make_wheelhouse(root, context)}")
    pinned = {}
    for image in IMAGES:  # one Dockerfile, one target stage per image
        lock = locks.get(image)
        repository = "/".join(lock.repository.rsplit("/", 2)[-2:])  # drop an earlier registry
        tag = f"{repository}:{version}"
        image_id = build_image(
            context, tag, base_image=args.base_image, client=client, target=image
        )
        print(f"built {tag} ({image_id})")
        digest = None
        if args.push:
            digest = push_image(image_id, args.push, repository, version, client=client)
            repository = f"{args.push.rstrip('/')}/{repository}"
        pinned[image] = lock.model_copy(
            update={
                "repository": repository,
                "tag": version,
                "digest": digest,
                "image_id": image_id,
            }
        )
        if digest:
            print(f"pushed {pinned[image].reference}")
    if not args.push:
        print("not pushed: compiled specs will name the tags, not digests")
    write_image_lock(lock_path, locks.model_copy(update=pinned))
    print(f"wrote {lock_path.relative_to(root)}; run `mlgate compile` to pin the specs")
    return 0


def _validate(args: argparse.Namespace) -> int:
    import json

    from mlgate import storage
    from mlgate.data.contract import infer_contract, load_suite
    from mlgate.data.tables import read_table
    from mlgate.data.validation import render_html, validate_table
    from mlgate.errors import InputError

    if args.infer:
        if storage.exists(args.contract):
            raise InputError(f"{args.contract}: already exists; --infer writes a new contract only")
        name = Path(args.contract).stem
        storage.write_bytes(args.contract, infer_contract(read_table(args.data), name).encode())
        print(f"wrote {args.contract}: a starting contract inferred from {args.data}; edit it")
        return 0
    suite = load_suite(args.contract)
    result = validate_table(
        read_table(args.data), suite, engine=args.engine, profile=bool(args.report)
    )
    if args.report:
        storage.write_bytes(args.report, render_html(result).encode("utf-8"))
    print(json.dumps(result.to_json(), indent=2) if args.json else result.summary())
    if args.explain:  # which engine ran each rule, and why (stderr keeps --json parseable)
        print(f"engines:\n{result.explain()}", file=sys.stderr if args.json else sys.stdout)
    return 0 if result.passed else 1


def _registry(args: argparse.Namespace) -> int:
    import json

    from mlgate.models.registry import Registry, parse_ref

    registry = Registry(args.registry)
    if args.action == "policy":
        return _registry_policy(args)
    if args.action == "list":
        models = registry.models()
        if args.target and args.target not in models:
            raise InputError(
                f"no model {quote(args.target)} in {registry.uri} "
                f"(models: {', '.join(models) or 'none yet'})"
            )
        for model in [args.target] if args.target else models:
            print(f"{model}  (prod: {registry.production(model) or '-'})")
            for version in registry.versions(model):
                tags = "  ".join(f"{version}-{s}" for s in registry.stages(model, version))
                print(f"  {model}@{version}  {tags or '(no stage)'}")
        return 0
    if not args.target:
        raise InputError(f"registry {args.action} needs MODEL@X.Y.Z[-STAGE]")
    model, version = registry.resolve(parse_ref(args.target))
    if args.action == "show":
        print(registry.manifest(model, version).model_dump_json(indent=2))
        shadow = [r.model_dump() for r in registry.shadows(model, version)]
        print(json.dumps({"stages": registry.stages(model, version), "shadow": shadow}))
        return 0
    registry.promote(model, version, args.stage, who=args.who, why=args.why)
    print(f"{model}@{version} promoted to {args.stage} ({model}@{version}-{args.stage})")
    return 0


def _registry_policy(args: argparse.Namespace) -> int:
    """Prints the promotion policy; with --require-shadow or --min-agreement, changes it first."""
    import json

    from mlgate.models.registry import Registry, RegistryPolicy

    registry = Registry(args.registry)
    if args.target:
        raise InputError(f"registry policy takes no MODEL (got {quote(args.target)})")
    current = registry.policy()
    if args.require_shadow is not None or args.min_agreement is not None:
        changed = current.model_copy(
            update={
                k: v
                for k, v in (
                    ("require_shadow_for_prod", args.require_shadow),
                    ("min_agreement", args.min_agreement),
                )
                if v is not None
            }
        )
        # Validates the range of min_agreement (a model_copy does not).
        current = registry.set_policy(
            RegistryPolicy.model_validate(changed.model_dump()), who=args.who, why=args.why
        )
    print(json.dumps(current.model_dump(), indent=2))
    return 0


def _agreement(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a number in [0, 1], got {quote(text)}"
        ) from None
    if not 0 <= value <= 1:  # also refuses NaN
        raise argparse.ArgumentTypeError(f"expected a number in [0, 1], got {quote(text)}")
    return value


def _lineage(args: argparse.Namespace) -> int:
    import json

    from mlgate.models.registry import Registry, parse_ref

    registry = Registry(args.registry)
    model, version = registry.resolve(parse_ref(args.ref))
    manifest = registry.manifest(model, version)
    print(json.dumps({"model": model, "version": version, **manifest.lineage}, indent=2))
    return 0


def _reproduce(args: argparse.Namespace) -> int:
    from mlgate.models.lineage import reproduce
    from mlgate.models.registry import Registry, parse_ref

    registry = Registry(args.registry)
    model, version = registry.resolve(parse_ref(args.ref))
    outcome = reproduce(registry, model, version)
    print(f"recorded model sha256: {outcome.recorded_sha256}")
    print(f"rebuilt  model sha256: {outcome.rebuilt_sha256}")
    print(f"recorded environment:  {outcome.recorded_lock or 'not recorded'}")
    print(f"this environment:      {outcome.current_lock or 'not installed from a lock'}")
    print("identical" if outcome.identical else "DIFFERENT: the model does not reproduce")
    return 0 if outcome.identical else 1


def _locales(text: str | None) -> list[str] | None:
    """``--locales en-AU,en-US`` as a list (None: the engine's default set)."""
    return None if text is None else [tag.strip() for tag in text.split(",") if tag.strip()]


def _redact(args: argparse.Namespace) -> int:
    from mlgate.redaction import RedactOptions, redact_file
    from mlgate.redaction.samples import resolve_sample

    source, fmt = resolve_sample(args.input)
    options = RedactOptions.checked(
        {
            "format": args.format if args.format != "auto" else fmt,
            "fields": [name.strip() for name in args.fields.split(",") if name.strip()],
            "on_missing_field": args.on_missing_field,
            "on_unlisted_text": args.on_unlisted_text,
            "consistent": args.consistent,
            "workers": args.workers,
            "locales": _locales(args.locales),
        }
    )
    stats = redact_file(source, args.output, options, max_residual=args.max_residual)
    spans = ", ".join(f"{k} {v}" for k, v in sorted(stats.spans.items())) or "none"
    residual = stats.describe_residual() or "clean"
    print(
        f"redacted {stats.records} records into {args.output}; spans: {spans}; "
        f"residual scan: {residual}"
    )
    return 0


def _redact_eval(args: argparse.Namespace) -> int:
    import json

    from mlgate.redaction import build_engine, evaluate_engine, load_corpus
    from mlgate.redaction.corpus import Floors
    from mlgate.redaction.stream import check_locales

    # Usage first: a bad floor or locale is exit 2 before a corpus is read.
    floors = Floors.checked(
        min_f1=args.min_f1, min_recall=args.min_recall, min_token_recall=args.min_token_recall
    )
    locales = _locales(args.locales)
    check_locales(locales)
    docs = load_corpus(args.corpus)
    evaluation = evaluate_engine(build_engine(locales=locales), docs)
    failures = floors.failures(evaluation)
    if args.json:
        result = {**evaluation.to_json(), "floors": floors.model_dump(), "passed": not failures}
        print(json.dumps({**result, "failures": failures}, indent=2))
    else:
        print("\n".join(evaluation.summary()))
        for name, what, figure, floor in floors.figures(evaluation):
            verdict = "pass" if figure >= floor else "FAIL"
            print(f"floor {name} {floor}: {what} {figure:.4f}: {verdict}")
    for failure in failures:
        print(f"mlgate: redact-eval: {failure}", file=sys.stderr)
    return 1 if failures else 0


def _diff(args: argparse.Namespace) -> int:
    from mlgate.gitops.diff import diff_paths, load_git_specs, render
    from mlgate.gitops.specs import Spec

    root = _root(args)
    old: Path | dict[str, Spec]
    if args.git:
        if args.old and args.new:
            raise InputError("give OLD NEW or --git REF [NEW], not both")
        old, new = load_git_specs(root, args.git), Path(args.old or root / "compiled")
    elif args.old and args.new:
        old, new = Path(args.old), Path(args.new)
    else:
        raise InputError("mlgate diff needs OLD NEW (files or directories) or --git REF")
    changes = diff_paths(old, new)
    markdown = args.format == "markdown"
    text = render(changes, markdown=markdown, source=args.source)
    if changes:  # a changed contract constant is a change: then say whom it touches
        from mlgate.gitops.impact import diff_impact, render_impacts

        registry = args.registry or os.environ.get("MLGATE_REGISTRY")
        impacts = diff_impact(old, new, root / "compiled", registry)
        text += render_impacts(impacts, markdown=markdown)
    sys.stdout.write(text)
    return 1 if changes and args.exit_code else 0


def _impact(args: argparse.Namespace) -> int:
    from mlgate.gitops.impact import contract_impact, locate_registry, render_impacts

    root = _root(args)
    registry = locate_registry(args.registry or os.environ.get("MLGATE_REGISTRY"))
    impact = contract_impact(root, args.contract, registry)
    sys.stdout.write(render_impacts([impact], markdown=args.format == "markdown"))
    return 0


def _lint(args: argparse.Namespace) -> int:
    import json

    from mlgate.gitops.lint import lint_paths, load_lint_config

    root = _root(args)
    findings = lint_paths(Path(args.path), load_lint_config(root))
    if args.format == "json":
        print(json.dumps([finding.to_json() for finding in findings], indent=2))
    else:
        for finding in findings:
            print(finding)
        print(f"{len(findings)} finding(s)" if findings else "no findings")
    return 1 if findings else 0


def _submit(args: argparse.Namespace) -> int:
    import json

    from mlgate.gitops import submit

    root = _root(args)
    if args.schedule is not None and args.wait:
        raise InputError("--wait follows one run; a --schedule starts runs later, so drop --wait")
    if args.schedule is None and (args.schedule_name or args.max_concurrency != 1):
        raise InputError("--schedule-name and --max-concurrency need --schedule CRON")
    if args.vertex:
        if not (args.project and args.region):
            raise InputError("--vertex needs --project and --region")
        target = {
            "target": "vertex",
            "project": args.project,
            "region": args.region,
            "pipeline_root": args.pipeline_root,
        }
    else:
        host = args.host or os.environ.get("KF_PIPELINES_ENDPOINT")
        if not host:
            raise InputError("give --host URL (or $KF_PIPELINES_ENDPOINT), or --vertex")
        target = {"target": "kfp", "host": submit.check_host(host)}
    request = submit.prepare_submission(
        root,
        args.pipeline,
        args.param,
        experiment=args.experiment,
        service_account=args.service_account,
        schedule=args.schedule,
        schedule_name=args.schedule_name,
        max_concurrency=args.max_concurrency,
        **target,
    )
    if args.dry_run:
        print(request.model_dump_json(indent=2, exclude_none=True))
        if args.vertex:
            from google.auth.credentials import AnonymousCredentials

            job = submit.vertex_job(request, credentials=AnonymousCredentials()).to_dict()
            shown = {key: job[key] for key in ("displayName", "runtimeConfig")}
            print(f"Vertex AI PipelineJob (built offline): {json.dumps(shown, indent=2)}")
        print("dry run: nothing was sent")
        return 0
    print(
        f"submitting {request.spec_file} (sha256 {request.spec_sha256[:12]}) as {request.version}"
    )
    if args.vertex:
        result = submit.submit_to_vertex(request, wait=args.wait)
        kind = "schedule" if request.schedule is not None else "run"
        print(f"{kind} {result.run_id}: {result.url}")
    else:
        result = submit.submit_to_kfp(request, wait=args.wait, progress=print)
    if result.state is not None:
        print(f"finished: {result.state}")
        return 0 if result.state == "SUCCEEDED" else 1
    return 0


def _init(args: argparse.Namespace) -> int:
    import shlex

    from mlgate.gitops.scaffold import init_project

    scaffold = init_project(Path(args.directory), registry=args.registry)
    for path in scaffold.files:
        print(f"wrote {path}")
    here = scaffold.root == Path.cwd().resolve()
    print(
        f"\n{scaffold.name}: a pipeline repository in {scaffold.root}, compiled/ up to date.\n"
        f"Next: {'' if here else f'cd {shlex.quote(args.directory)} && '}git init && make test "
        "(README.md explains the loop)"
    )
    return 0


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("mlgate")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mlgate", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"mlgate {_version()}")
    parser.add_argument(
        "--root",
        help="project root holding pipelines/ and compiled/ "
        "(default: the nearest folder up from here with pyproject.toml and pipelines/)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("compile", help="compile pipelines/ to compiled/<pipeline-name>.yaml")
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    p.set_defaults(handler=_compile)

    p = sub.add_parser("docs", help="write docs/reference/ from compiled/components/")
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    p.set_defaults(handler=_docs)

    p = sub.add_parser("run", help="run a pipeline locally through kfp.local")
    p.add_argument("pipeline", help="pipeline name (or its module name in pipelines/)")
    p.add_argument("--param", action="append", default=[], metavar="K=V")
    p.add_argument("--runner", choices=["subprocess", "docker"], default="subprocess")
    p.add_argument("--workdir", default=".mlgate/runs", help="where outputs go")
    p.set_defaults(handler=_run)

    p = sub.add_parser("validate", help="check one table against a data contract")
    p.add_argument("--contract", required=True, help="contract YAML or GX suite JSON")
    p.add_argument("--data", required=True, help="CSV or Parquet URI, or sample:NAME")
    p.add_argument("--report", help="write an HTML report here")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--engine", choices=["fast", "gx"], default="fast")
    p.add_argument("--explain", action="store_true", help="say which engine ran each rule, and why")
    p.add_argument("--infer", action="store_true", help="write a starting contract from --data")
    p.set_defaults(handler=_validate)

    p = sub.add_parser("redact", help="redact PII from one log file (JSON Lines or text)")
    p.add_argument("--input", required=True, help="URI, or sample:clinical_logs")
    p.add_argument("--output", required=True)
    p.add_argument("--format", choices=["auto", "jsonl", "text"], default="auto")
    p.add_argument(
        "--fields", default="message,note,text", help="JSON text fields, comma-separated"
    )
    p.add_argument("--on-missing-field", choices=["fail", "pass"], default="pass")
    p.add_argument("--consistent", action="store_true", help="[PERSON_1] style placeholders")
    p.add_argument("--workers", type=_positive_int, default=2)
    p.add_argument(
        "--on-unlisted-text",
        choices=["pass", "redact", "fail"],
        default="pass",
        help="fields not in --fields: pass them through (the residual scan still covers them), "
        "redact every string, or fail when one holds free text (default: pass)",
    )
    p.add_argument(
        "--max-residual",
        type=int,
        default=0,
        help="residual-scan hits the output may hold and still be written (default: 0)",
    )
    p.add_argument("--locales", help="locale packs, comma-separated, e.g. en-AU,en-US")
    p.set_defaults(handler=_redact)

    p = sub.add_parser("redact-eval", help="score redaction on an annotated corpus")
    p.add_argument("--corpus", default="reference", help="JSONL corpus (default: the shipped one)")
    p.add_argument("--min-f1", type=float, default=0.87, help="span F1 floor (default: 0.87)")
    p.add_argument("--min-recall", type=float, help="span recall floor (default: none)")
    p.add_argument(
        "--min-token-recall", type=float, help="token recall floor: share of PII words hidden"
    )
    p.add_argument("--locales", help="locale packs, comma-separated, e.g. en-AU,en-US")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_redact_eval)

    registry_default = os.environ.get("MLGATE_REGISTRY", ".mlgate/registry")
    p = sub.add_parser("registry", help="inspect the model registry and move stage tags")
    p.add_argument("action", choices=["list", "show", "promote", "policy"])
    p.add_argument("target", nargs="?", help="MODEL (list) or MODEL@X.Y.Z[-STAGE] (show, promote)")
    p.add_argument("--registry", default=registry_default, help="local dir or gs://bucket/prefix")
    p.add_argument("--stage", choices=["canary", "prod"], default="canary")
    p.add_argument("--why", default="", help="reason, recorded in the history")
    p.add_argument("--who", default=os.environ.get("USER", "unknown"))
    p.add_argument(
        "--require-shadow",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="policy: --stage prod needs a passed shadow report bound to the version",
    )
    p.add_argument("--min-agreement", type=_agreement, help="policy: least shadow agreement")
    p.set_defaults(handler=_registry)

    for name, handler, text in (
        ("lineage", _lineage, "show where MODEL@VERSION came from"),
        ("reproduce", _reproduce, "retrain MODEL@VERSION from its lineage; compare sha256"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("ref", metavar="MODEL@X.Y.Z[-STAGE]")
        p.add_argument("--registry", default=registry_default)
        p.set_defaults(handler=handler)

    p = sub.add_parser(
        "build", help="build the component images from images/base, tagged with the version"
    )
    p.add_argument(
        "--base-image",
        default=os.environ.get("BASE_IMAGE", "python:3.11-slim"),
        help="image to build FROM (default: $BASE_IMAGE or python:3.11-slim)",
    )
    p.add_argument("--push", metavar="REGISTRY", help="push to REGISTRY and pin its digest")
    p.set_defaults(handler=_build)

    p = sub.add_parser("diff", help="semantic diff of compiled specs, for review")
    p.add_argument("old", nargs="?", help="spec file or directory (with --git: the NEW side)")
    p.add_argument("new", nargs="?", help="spec file or directory")
    p.add_argument("--git", metavar="REF", help="compare compiled/ at git REF with the work tree")
    p.add_argument("--format", choices=["text", "markdown"], default="text")
    p.add_argument("--source", action="store_true", help="show unified diffs of changed code")
    p.add_argument("--exit-code", action="store_true", help="exit 1 when the specs differ")
    p.add_argument(
        "--registry",
        metavar="URI",
        help="where to look up registered models validated under the contract (default: "
        "$MLGATE_REGISTRY, else .mlgate/registry when there is one; else pipelines only)",
    )
    p.set_defaults(handler=_diff)

    p = sub.add_parser("impact", help="pipelines and registered models a data contract touches")
    p.add_argument(
        "contract",
        metavar="CONTRACT[:COLUMN]",
        help="a contract of pipelines/contracts/ (file name, name or path), optionally :COLUMN",
    )
    p.add_argument(
        "--registry",
        metavar="URI",
        help="where to look up registered models validated under the contract (default: "
        "$MLGATE_REGISTRY, else .mlgate/registry when there is one; else pipelines only)",
    )
    p.add_argument("--format", choices=["text", "markdown"], default="text")
    p.set_defaults(handler=_impact)

    p = sub.add_parser("lint", help="policy checks on compiled specs")
    p.add_argument("path", nargs="?", default="compiled", help="spec file or directory")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=_lint)

    p = sub.add_parser("submit", help="submit a committed spec to KFP or Vertex AI Pipelines")
    p.add_argument("pipeline", help="pipeline name (or its module name in pipelines/)")
    p.add_argument("--host", help="KFP endpoint URL (default: $KF_PIPELINES_ENDPOINT)")
    p.add_argument("--vertex", action="store_true", help="submit to Vertex AI Pipelines")
    p.add_argument("--project", help="Google Cloud project (with --vertex)")
    p.add_argument("--region", help="Vertex AI region, e.g. europe-west4 (with --vertex)")
    p.add_argument("--pipeline-root", help="gs:// root for artifacts (with --vertex)")
    p.add_argument("--param", action="append", default=[], metavar="K=V")
    p.add_argument("--experiment", help="experiment name (default: the pipeline name)")
    p.add_argument("--service-account", help="run as this service account")
    p.add_argument("--wait", action="store_true", help="wait for the run and print its states")
    p.add_argument(
        "--schedule",
        metavar="CRON",
        help="create a schedule instead of one run: five cron fields, e.g. '0 6 * * *' "
        "(KFP recurring run in the cluster's time zone; Vertex AI allows a TZ=Area/City prefix)",
    )
    p.add_argument("--schedule-name", help="the schedule's name (default: PIPELINE-schedule)")
    p.add_argument(
        "--max-concurrency", type=int, default=1, help="scheduled runs at once (default 1)"
    )
    p.add_argument("--dry-run", action="store_true", help="print the request; send nothing")
    p.set_defaults(handler=_submit)

    p = sub.add_parser("init", help="scaffold a team's pipeline repository in a new directory")
    p.add_argument("directory", metavar="DIR", help="a new or empty directory; names the project")
    p.add_argument(
        "--registry",
        required=True,
        help="the team's container registry, e.g. europe-docker.pkg.dev/acme/ml "
        "(mlgate's pinned images are copied there by digest; see the scaffold's README)",
    )
    p.set_defaults(handler=_init)
    return parser


# Exit code for a bug in mlgate itself (sysexits.h EX_SOFTWARE): never 0, 1 or 2, so that
# CI can tell "mlgate broke" from "the input was bad" and "a gate said no".
INTERNAL_ERROR = 70
DEBUG_ENV = "MLGATE_DEBUG"


def _positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1 (argparse turns ValueError into exit 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a whole number of 1 or more") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def _internal_error(exc: BaseException) -> int:
    """Reports a bug in mlgate: one line, no traceback (unless $MLGATE_DEBUG=1), exit 70.

    The exception's message is left out on purpose: it may quote input (a secret, a row
    of data), and stderr ends up in CI logs. Its type and the place it was raised are
    what a bug report needs.
    """
    import traceback

    if os.environ.get(DEBUG_ENV) == "1":
        traceback.print_exception(exc, file=sys.stderr)
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/mlgate/" in f.filename or "/components/" in f.filename]
    where = ours[-1] if ours else (frames[-1] if frames else None)
    place = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
    print(
        f"mlgate: internal error (a bug in mlgate, not in your input): "
        f"{type(exc).__name__}{place}; please report it with the command you ran "
        f"(set {DEBUG_ENV}=1 to see the traceback)",
        file=sys.stderr,
    )
    return INTERNAL_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``mlgate`` console script; returns the exit code.

    Exit codes: 0 success, 1 a gate or check said no, 2 bad usage or input, 70 a bug in
    mlgate (``INTERNAL_ERROR``), 130 interrupted.
    """
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except MlgateError as exc:
        print(f"mlgate: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`mlgate ... | head`): not an error, and no traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # anything else is a bug: say so instead of dumping a stack
        return _internal_error(exc)


if __name__ == "__main__":
    raise SystemExit(main())
