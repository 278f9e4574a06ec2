"""Run a pipeline on this machine through ``kfp.local``.

The subprocess runner (the default) executes each task as a child Python
process of this interpreter, so it needs no docker and no cloud; the docker
runner executes each task in the component image, as a cluster would.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

from mlgate import errors
from mlgate.errors import CheckFailed, InputError, MlgateError, quote
from mlgate.gitops.project import PipelineRef

__all__ = ["RunResult", "TaskResult", "check_params", "parse_params", "run_pipeline"]

Runner = Literal["subprocess", "docker"]

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_TASK_DONE = re.compile(r"^Task '(?P<task>[^']+)' finished with status (?P<status>\w+)")
_TASK_START = re.compile(r"^Executing task '(?P<task>[^']+)'")
_ERROR_LINE = re.compile(r"^mlgate\.errors\.(?P<kind>\w+): (?P<message>.*)$")


@dataclass(frozen=True)
class ArtifactResult:
    name: str
    uri: str
    metadata: dict[str, Any]


@dataclass
class TaskResult:
    """One task of a run: its outcome (SUCCESS, FAILURE or NOT RUN) and its artifacts."""

    name: str
    status: str
    artifacts: list[ArtifactResult] = field(default_factory=list)
    error: tuple[str, str] | None = None  # (mlgate error class, message) when one killed it
    parameters: dict[str, Any] = field(default_factory=dict)


@dataclass
class RunResult:
    pipeline: str
    run_dir: Path
    tasks: list[TaskResult]
    error: str | None = None

    @property
    def exit_code(self) -> int:
        """0 on success; 2 when a task died of bad input (InputError); 1 for any other failure."""
        if self.error is None:
            return 0
        for task in self.tasks:
            if task.error and issubclass(getattr(errors, task.error[0], MlgateError), InputError):
                return 2
        return 1


def parse_params(ref: PipelineRef, pairs: list[str]) -> dict[str, Any]:
    """Turns ``k=v`` strings into arguments typed by the pipeline's signature.

    Raises:
        InputError: a pair is malformed, names no parameter, or has a value of the wrong
            type; or a required parameter is missing.
    """
    inputs = ref.pipeline.component_spec.inputs or {}
    args: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key:
            raise InputError(f"--param {quote(pair)}: expected NAME=VALUE")
        spec = inputs.get(key)
        if spec is None:
            known = ", ".join(f"{k} ({v.type})" for k, v in inputs.items()) or "none"
            raise InputError(
                f"--param {key if key.isidentifier() and len(key) <= 40 else quote(key)}: "
                f"pipeline {ref.name!r} has no such parameter; it takes: {known}"
            )
        args[key] = _coerce(key, str(spec.type), raw)
    missing = [k for k, v in inputs.items() if not v.optional and k not in args]
    if missing:
        raise InputError(f"pipeline {ref.name!r} needs --param for: {', '.join(missing)}")
    return args


def check_params(args: dict[str, Any]) -> None:
    """Checks, before any task runs, the parameters whose problems are knowable up front.

    A task that dies of a bad parameter reports it inside a task log, after the tasks
    before it ran for nothing. The reference pipelines' parameters are checked here by
    name, with the same functions their tasks use.

    Raises:
        InputError: a table or log source that does not exist or has an unknown format,
            an unusable registry URI, or an override without its reason (or the reverse).
    """
    from mlgate import storage
    from mlgate.models.gate import parse_override

    for name in ("source", "logs"):
        value = args.get(name)
        if not isinstance(value, str) or value.startswith("sample:"):
            if isinstance(value, str) and name == "source":
                from mlgate.data.tables import SAMPLES

                if value.removeprefix("sample:") not in SAMPLES:
                    raise InputError(
                        f"--param {name}={quote(value)}: no such sample; "
                        f"available: {', '.join('sample:' + s for s in SAMPLES)}"
                    )
            continue
        try:
            found = storage.exists(value)
        except InputError as exc:
            raise InputError(f"--param {name}: {exc}") from None
        if not found:
            raise InputError(
                f"--param {name}={quote(value)}: no such file or object; give a .csv or "
                ".parquet path or URI, or a sample: name"
            )
        if name == "source" and not value.lower().endswith((".csv", ".parquet", ".pq", ".jsonl")):
            raise InputError(
                f"--param {name}={quote(value)}: unknown format; expected a .csv, .parquet "
                "or .jsonl file"
            )
    if isinstance(args.get("registry"), str):
        try:
            storage.parse(args["registry"])
        except InputError as exc:
            raise InputError(f"--param registry: {exc}") from None
    try:
        parse_override(
            str(args.get("override_decision") or ""), str(args.get("override_reason") or "")
        )
    except InputError as exc:
        raise InputError(f"--param {exc}") from None


def prepare_workdir(workdir: Path) -> Path:
    """``workdir``, created if needed and checked writable, as an absolute path.

    Raises:
        InputError: a file is in the way, a parent is a file, or the folder cannot be
            created or written.
    """
    import tempfile

    workdir = workdir.resolve()
    try:
        workdir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=workdir):
            pass  # the only honest writability test: os.access says yes to root, always
    except FileExistsError:
        raise InputError(f"--workdir {workdir}: is a file; give a folder") from None
    except NotADirectoryError:
        raise InputError(f"--workdir {workdir}: a parent of it is a file, not a folder") from None
    except OSError as exc:
        raise InputError(f"--workdir {workdir}: cannot write there ({exc.strerror})") from None
    return workdir


_EXAMPLES = {
    "Integer": "3",
    "Float": "0.5",
    "Boolean": "true",
    "List": "[1, 2]",
    "Dict": '{"a": 1}',
}


def _coerce(key: str, kind: str, raw: str) -> Any:
    if kind == "String":
        return raw
    if kind not in _EXAMPLES:
        raise InputError(f"--param {key}: a {kind} parameter cannot be set from the command line")
    try:
        value = _parse_typed(kind, raw)
    except ValueError:
        raise InputError(
            f"--param {key}={quote(raw)}: not a valid {kind} (for example {key}={_EXAMPLES[kind]})"
        ) from None
    return value


def _parse_typed(kind: str, raw: str) -> Any:
    if kind == "Integer":
        return int(raw)
    if kind == "Float":
        return float(raw)
    if kind == "Boolean":
        if raw.lower() not in ("true", "false"):
            raise ValueError(raw)
        return raw.lower() == "true"
    value = json.loads(raw)  # List or Dict; JSONDecodeError is a ValueError
    if not isinstance(value, list if kind == "List" else dict):
        raise ValueError(raw)
    return value


class _RunWatcher(logging.Filter):
    """Reads a local run as it streams by: each task's status and the mlgate error it died of.

    kfp.local reports task outcomes only as log records, and task output only as
    lines printed to stdout. A filter on the root logger sees the records (kfp.local
    swaps the root logger's handlers while it runs, but leaves filters alone); a tee
    on stdout sees the last line of a task's traceback, which for an mlgate error
    is ``mlgate.errors.<Class>: <message>``. Messages of mlgate errors never carry
    raw data values, so repeating one is safe.
    """

    def __init__(
        self,
        out: TextIO,
        progress: Callable[[str], None] | None = None,
        names: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.out = out
        self.progress = progress
        self.names = names or {}  # task key -> display name, for progress lines
        self.status: dict[str, str] = {}
        self.errors: dict[str, tuple[str, str]] = {}
        self._pending: tuple[str, str] | None = None
        self._started: dict[str, float] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        message = _ANSI.sub("", record.getMessage())
        start = _TASK_START.match(message)
        if start:
            self._started[start["task"]] = time.monotonic()
            if self.progress:
                self.progress(f"  {self.names.get(start['task'], start['task'])} ...")
        match = _TASK_DONE.match(message)
        if match:
            self.status[match["task"]] = match["status"]
            if match["status"] == "FAILURE" and self._pending:
                self.errors[match["task"]] = self._pending
            self._pending = None
            if self.progress:
                took = time.monotonic() - self._started.get(match["task"], time.monotonic())
                name = self.names.get(match["task"], match["task"])
                self.progress(f"  {name}: {match['status']} ({took:.1f} s)")
        return True

    def write(self, text: str) -> int:
        for line in text.splitlines():
            match = _ERROR_LINE.match(line.strip())
            if match:
                self._pending = (match["kind"], match["message"])
        return self.out.write(text)

    def flush(self) -> None:
        self.out.flush()


def run_pipeline(
    ref: PipelineRef,
    args: dict[str, Any],
    workdir: Path,
    runner: Runner = "subprocess",
    *,
    progress: Callable[[str], None] | None = None,
) -> RunResult:
    """Runs ``ref`` locally with ``args``; outputs go under ``workdir``.

    A failing task does not raise: the result says which task failed, and the
    caller decides what that means (the CLI exits 1).

    Args:
        ref: The pipeline.
        args: Its parameters, typed (see ``parse_params``).
        workdir: Where kfp.local puts the run directory.
        runner: "subprocess" (this interpreter) or "docker" (the component image).
        progress: When given, task logs go to ``run.log`` under ``workdir`` instead of
            stdout, and this is called with one line as each task starts and ends.
    """
    import kfp.local
    from kfp.local import config as local_config

    workdir = prepare_workdir(workdir)
    umask = None
    if runner == "subprocess":
        chosen: Any = kfp.local.SubprocessRunner(use_venv=False)
    else:
        chosen = kfp.local.DockerRunner()
        # The image runs as an unprivileged user that must write into the directories
        # this process creates for each task, so they are created world-writable.
        umask = os.umask(0)
        workdir.chmod(0o777)
    before = set(workdir.iterdir())
    kfp.local.init(runner=chosen, pipeline_root=str(workdir), raise_on_error=True)
    log = (workdir / "run.log").open("w", encoding="utf-8") if progress else None
    terminal = sys.stdout

    def report(line: str) -> None:
        # Progress goes to the terminal even while task output is redirected to the log.
        assert progress is not None
        with contextlib.redirect_stdout(terminal):
            progress(line)
        terminal.flush()

    tasks = ref.pipeline.pipeline_spec.root.dag.tasks
    names = {key: str(task.task_info.name) for key, task in tasks.items()}
    watcher = _RunWatcher(log or sys.stdout, report if progress else None, names)
    root_logger = logging.getLogger()
    root_logger.addFilter(watcher)
    error = None
    try:
        with (
            contextlib.redirect_stdout(watcher),
            contextlib.redirect_stderr(log or sys.stderr),
            warnings.catch_warnings(),
        ):
            # Resource requests are for a cluster's scheduler; here they mean nothing.
            warnings.filterwarnings("ignore", message=".*have no effect in the current local")
            ref.pipeline(**args)
    except RuntimeError as exc:
        error = _ANSI.sub("", str(exc))
    finally:
        root_logger.removeFilter(watcher)
        if log is not None:
            log.close()
        if umask is not None:
            os.umask(umask)
        local_config.LocalExecutionConfig.instance = None  # a later init starts clean
    # Tasks may create other things under workdir (a registry, say): the run is the new
    # directory that kfp.local named after the pipeline.
    new_dirs = sorted(
        p for p in set(workdir.iterdir()) - before if p.name.startswith(f"{ref.name}-")
    )
    if not new_dirs:
        raise CheckFailed(f"pipeline {ref.name!r} did not start: {error or 'no run directory'}")
    run_dir = new_dirs[-1]
    return RunResult(ref.name, run_dir, _collect_tasks(ref, run_dir, watcher), error)


def _collect_tasks(ref: PipelineRef, run_dir: Path, watcher: _RunWatcher) -> list[TaskResult]:
    status = watcher.status
    # Tasks in the order they finished, then those that never ran (not counting the
    # groups dsl.If and friends add, which are sub-DAGs rather than tasks).
    spec = ref.pipeline.pipeline_spec
    groups = {
        name
        for name, task in spec.root.dag.tasks.items()
        if spec.components[task.component_ref.name].WhichOneof("implementation") == "dag"
    }
    names = list(status) + sorted(set(spec.root.dag.tasks) - set(status) - groups)
    results = []
    for task in names:
        # Reports and reviews call a task by its display name (what the KFP UI shows).
        shown = watcher.names.get(task) or str(task)
        result = TaskResult(shown, status.get(task, "NOT RUN"), error=watcher.errors.get(task))
        output_file = run_dir / task / "executor_output.json"
        if output_file.is_file():
            executor_output = json.loads(output_file.read_text())
            result.parameters = executor_output.get("parameterValues", {})
            outputs = executor_output.get("artifacts", {})
            for name, group in sorted(outputs.items()):
                for art in group.get("artifacts", []):
                    result.artifacts.append(
                        ArtifactResult(name, art.get("uri", ""), art.get("metadata", {}))
                    )
        results.append(result)
    return results
