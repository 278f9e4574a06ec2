"""mlgate: Kubeflow Pipelines components that guard every boundary of an ML pipeline.

One top-level name, grouped by job:

- ``mlgate.components``: the KFP components, each ``<name>/logic.py`` (plain Python) and
  ``<name>/component.py`` (the KFP shell); ``mlgate.pipelines``: our pipelines.
- ``mlgate.data``: contracts, validation and its report, profiles, drift, table reading.
- ``mlgate.redaction``: the PII redaction engine, its corpora and scoring.
- ``mlgate.models``: training, evaluation, the gate, shadow runs, tracking, registry, lineage.
- ``mlgate.gitops``: finding and compiling a project, lint, diff, images, submit.
- the runtime, here: errors, storage URIs, the component helper, local runs, the CLI.

In the repository, ``components/`` and ``pipelines/`` sit at the top (the design card's
layout) and ``mlgate/components`` and ``mlgate/pipelines`` are symlinks to them. Importing
``mlgate`` is cheap: heavy dependencies (kfp, pandas, google-cloud-storage) load where used.
"""

from mlgate.errors import CheckFailed, InputError, MlgateError, StorageError

__all__ = ["CheckFailed", "InputError", "MlgateError", "StorageError", "__version__"]

__version__ = "0.1.0"
