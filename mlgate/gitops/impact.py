"""Who a data-contract change touches: the pipelines that validate against the contract, and
the registered models that were validated under it.

A contract reaches a pipeline as text: ``validate_schema`` takes the contract YAML as a
constant input, so every compiled spec holds the contract it validates against, and a run
records that contract's sha256 (``contract_sha256``, the validated Dataset's metadata, then
the registry entry's lineage). Both links are read from there, never from the Python
source:

- a pipeline *validates against* a contract when one of its tasks has a constant
  ``contract`` input that parses as a contract; the task's ``contract_name`` constant (the
  file name, e.g. ``breast_cancer.yaml``) names it, else the contract's own ``name``;
- a registered model was *validated under* a version of a contract when its lineage's
  ``contract_sha256`` is that version's sha256. That sha256 is ``Suite.sha256``: of the
  parsed document, so re-indenting the YAML does not change it, and any rule change does.

``mlgate diff`` compares compiled specs, so a contract change is a ``contract`` constant
that differs between the two sides (``mlgate compile --check`` in CI already refuses a
contract file edited without recompiling). Its impact: every pipeline of the repository
that validates against the contract (by name, or by either sha256), and every registered
model validated under the old sha256, which needs re-evaluation under the new rules.
``mlgate impact CONTRACT[:COLUMN]`` reports the same on demand, for every version of the
contract it can identify (the file, its git history, the compiled specs).

Only names reach the output (contracts, columns, pipelines, tasks, models, versions),
never a value: the report is posted on pull requests.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mlgate.errors import InputError, quote, shorten
from mlgate.gitops.diff import _md, _structured, load_specs
from mlgate.gitops.specs import Spec
from mlgate.models.registry import DEFAULT_REGISTRY, Registry, parse_version

__all__ = [
    "ContractChange",
    "ContractUse",
    "Impact",
    "ModelHit",
    "PipelineHit",
    "contract_changes",
    "contract_impact",
    "contract_uses",
    "diff_impact",
    "locate_registry",
    "render_impacts",
]

# How far back `mlgate impact` reads a contract file's git history for its older versions.
MAX_REVISIONS = 100


@dataclass(frozen=True)
class ContractUse:
    """A task of a compiled spec that validates against a contract."""

    pipeline: str
    task: str
    contract: str  # the task's contract_name constant, else the contract's name
    sha256: str  # "" when the text does not parse as a contract
    document: Any  # the parsed YAML (or JSON), for comparing rules


@dataclass(frozen=True)
class ContractChange:
    """One contract whose constant differs between the two sides of a diff."""

    contract: str
    old_sha256: str
    new_sha256: str
    columns: tuple[str, ...]  # columns whose rules changed, were added or were removed
    table_rules: tuple[str, ...]  # top-level keys that changed (row_count, checks, ...)
    changed_in: tuple[str, ...]  # "pipeline task" where the diff saw the change


@dataclass(frozen=True)
class PipelineHit:
    """A pipeline that validates against the contract, and the version its spec holds."""

    pipeline: str
    task: str
    sha256: str
    reads: tuple[tuple[str, str], ...] = ()  # with a column: (task, how) for each reader


@dataclass(frozen=True)
class ModelHit:
    """A registered version whose lineage names one of the contract's sha256s."""

    model: str
    version: str
    stages: tuple[str, ...]
    contract_sha256: str
    features: tuple[str, ...] | None  # from its model card; None: no readable card
    label: str | None = None

    def reads(self, column: str) -> str | None:
        """How it reads ``column``: "feature", "label", "unknown (...)" without a card, or None."""
        if self.features is None:
            return "unknown (no readable model card)"
        return "feature" if column in self.features else "label" if column == self.label else None


@dataclass(frozen=True)
class Impact:
    """What one contract (or one change of it) touches."""

    contract: str
    versions: dict[str, str]  # sha256 -> where that version was seen
    pipelines: list[PipelineHit]
    models: list[ModelHit] | None  # None: the registry was not consulted
    registry: str  # the registry's URI ("" when not consulted)
    change: ContractChange | None = None  # mlgate diff: what changed
    column: str | None = None  # mlgate impact CONTRACT:COLUMN
    other_pipelines: list[PipelineHit] = field(default_factory=list)  # validate, never read it


# -- reading contracts out of compiled specs -----------------------------------------------


def _parse(text: str, source: str) -> tuple[str, Any]:
    """(sha256, document) of a contract's text; sha256 "" when it is not a valid contract."""
    from mlgate.data.contract import load_yaml, parse_suite

    try:
        return parse_suite(text, source).sha256, load_yaml(text, source)
    except InputError:
        try:
            return "", load_yaml(text, source)
        except InputError:
            return "", None


def contract_uses(specs: Iterable[Spec]) -> list[ContractUse]:
    """Every task of ``specs`` with a constant ``contract`` input, in pipeline and task order.

    A component compiled alone takes its contract as a pipeline parameter, not a constant:
    it validates against nothing yet, so it is not a use.
    """
    out: list[ContractUse] = []
    for spec in sorted(specs, key=lambda s: s.name):
        found: list[ContractUse] = []
        for path, task in sorted(spec.tasks.items()):
            text = (task.inputs.get("contract") or {}).get("constant")
            if not isinstance(text, str) or not text.strip():
                continue
            sha, document = _parse(text, f"{spec.name} task {path} input contract")
            if not isinstance(document, dict):
                continue
            name = (task.inputs.get("contract_name") or {}).get("constant")
            if not isinstance(name, str) or not name:
                name = ""
            found.append(ContractUse(spec.name, path, name, sha, document))
        # A task that takes the contract without naming it (push_to_registry checks its
        # model's columns against it) is the validating task's contract, not another use.
        named = {use.sha256 for use in found if use.contract}
        for use in found:
            if use.contract:
                out.append(use)
            elif use.sha256 not in named:
                fallback = str(
                    use.document.get("name") or f"contract of {spec.name} task {use.task}"
                )
                out.append(dataclasses.replace(use, contract=fallback))
    return out


def contract_changes(
    before: dict[str, Spec], after: dict[str, Spec], *, single_files: bool = False
) -> list[ContractChange]:
    """The contracts whose constant differs between two sets of specs, one per version pair.

    Args:
        before: The old side, by pipeline name.
        after: The new side, by pipeline name.
        single_files: Two single spec files: compared whatever their pipeline names, as
            ``diff_paths`` compares them.
    """
    if single_files and len(before) == len(after) == 1:
        pairs = [(next(iter(before.values())), next(iter(after.values())))]
    else:
        pairs = [(before[name], after[name]) for name in sorted(before.keys() & after.keys())]
    found: dict[tuple[str, str, str], tuple[ContractUse, ContractUse, list[str]]] = {}
    for old_spec, new_spec in pairs:
        old_uses = {u.task: u for u in contract_uses([old_spec])}
        for new in contract_uses([new_spec]):
            old = old_uses.get(new.task)
            if old is None or old.document == new.document:
                continue
            key = (new.contract, old.sha256, new.sha256)
            found.setdefault(key, (old, new, []))[2].append(f"{new.pipeline} {new.task}")
    changes = []
    for (name, old_sha, new_sha), (old, new, where) in sorted(found.items()):
        columns, table = _changed_rules(old.document, new.document)
        changes.append(ContractChange(name, old_sha, new_sha, columns, table, tuple(where)))
    return changes


def _rules(document: Any) -> tuple[dict[str, list[Any]], dict[str, Any]]:
    """A contract's rules by column, and its other top-level keys.

    A rule between columns (a check, a compound key, freshness) counts for each column it
    names, so that changing it names those columns too.
    """
    columns: dict[str, list[Any]] = {}
    if not isinstance(document, dict):
        return columns, {"(document)": document}
    table = {k: v for k, v in document.items() if k not in ("columns", "expectations")}

    def add(name: Any, rule: Any) -> None:
        if isinstance(name, str):
            columns.setdefault(name, []).append(rule)

    if isinstance(document.get("expectations"), list):  # a great-expectations suite
        for position, rule in enumerate(document["expectations"]):
            kwargs = rule.get("kwargs") if isinstance(rule, dict) else None
            kwargs = kwargs if isinstance(kwargs, dict) else {}
            listed = kwargs.get("column_list")
            named = [kwargs.get(k) for k in ("column", "column_A", "column_B")]
            named += listed if isinstance(listed, list) else []
            named = [n for n in named if isinstance(n, str)]
            for name in named:
                add(name, rule)
            if not named:
                kind = rule.get("type") if isinstance(rule, dict) else None
                table.setdefault(f"expectations.{kind or position}", []).append(rule)
        return columns, table
    for column in document.get("columns") or []:
        if isinstance(column, dict):
            add(column.get("name"), column)
    for check in document.get("checks") or []:
        if isinstance(check, dict):
            add(check.get("left"), check)
            add(check.get("right"), check)
    for key in document.get("primary_key") or []:
        add(key, {"primary_key": document.get("primary_key")})
    freshness = document.get("freshness")
    if isinstance(freshness, dict):
        add(freshness.get("column"), {"freshness": freshness})
    return columns, table


def _changed_rules(old: Any, new: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(columns whose rules changed, top-level keys that changed) between two documents."""
    old_columns, old_table = _rules(old)
    new_columns, new_table = _rules(new)
    columns = sorted(
        name
        for name in old_columns.keys() | new_columns.keys()
        if old_columns.get(name) != new_columns.get(name)
    )
    table = sorted(
        key
        for key in old_table.keys() | new_table.keys()
        if old_table.get(key) != new_table.get(key)
    )
    return tuple(columns), tuple(table)


# -- the registry --------------------------------------------------------------------------


def locate_registry(given: str | None, default: str = DEFAULT_REGISTRY) -> Registry | None:
    """The registry to consult: ``given`` (``--registry`` or ``$MLGATE_REGISTRY``), else
    ``default`` when a registry is there, else None (not consulted).

    A registry that was named must be one: "no model needs re-evaluation" read from a
    mistyped path would be a false all-clear.

    Raises:
        InputError: ``given`` names a location that holds no registry (or something else).
        StorageError: the registry cannot be read.
    """
    if given:
        registry = Registry(given)
        if not registry.check():
            raise InputError(
                f"{shorten(given)} is not an mlgate registry (nothing there); give the "
                "registry's location (--registry URI or $MLGATE_REGISTRY), or leave both "
                "unset to list pipelines only"
            )
        return registry
    registry = Registry(default)
    return registry if registry.check() else None


def _models(
    registry: Registry, versions: Iterable[str], column: str | None = None
) -> list[ModelHit]:
    """Every registered version whose lineage's contract_sha256 is one of ``versions``.

    With ``column``, only those that read it, or may (no readable model card): a model is
    left out only when its card shows it does not read the column.
    """
    wanted = set(versions) - {""}
    hits = []
    for model in registry.models():
        for version in registry.versions(model):
            sha = registry.manifest(model, version).lineage.get("contract_sha256")
            if sha not in wanted:
                continue
            features, label = _card(registry, model, version)
            hit = ModelHit(model, version, (), str(sha), features, label)
            if column is None or hit.reads(column) is not None:
                stages = tuple(registry.stages(model, version))
                hits.append(ModelHit(model, version, stages, str(sha), features, label))
    return sorted(hits, key=lambda h: (h.model, parse_version(h.version)))


def _card(
    registry: Registry, model: str, version: str
) -> tuple[tuple[str, ...] | None, str | None]:
    """The features and label a version's model card names ((None, None): no readable card)."""
    from mlgate.models.training import CARD_FILE

    try:
        card = json.loads(registry.read_file(model, version, CARD_FILE))
    except (InputError, ValueError):
        return None, None
    features = card.get("features") if isinstance(card, dict) else None
    if not isinstance(features, list):
        return None, None
    label = card.get("label")
    return tuple(str(f) for f in features), label if isinstance(label, str) else None


# -- mlgate diff ---------------------------------------------------------------------------


def diff_impact(
    old: Path | dict[str, Spec],
    new: Path | dict[str, Spec],
    repository: Path | None,
    registry: str | None,
) -> list[Impact]:
    """The impact of every contract change between two spec files or directories.

    Args:
        old: The old side of the diff (a file, a directory, or specs read from git).
        new: The new side.
        repository: The project's ``compiled/``: every pipeline there is searched for
            users of a changed contract (``new`` is searched too, and wins on a name).
        registry: The registry named by ``--registry`` or ``$MLGATE_REGISTRY``; None: the
            default location if a registry is there, else none (see ``locate_registry``).
            Only read when a contract changed.

    Raises:
        InputError: a named registry is not one, or a spec cannot be read.
    """
    before = old if isinstance(old, dict) else load_specs(old)
    after = new if isinstance(new, dict) else load_specs(new)
    single = isinstance(old, Path) and old.is_file()
    changes = contract_changes(before, after, single_files=single)
    if not changes:
        return []
    scope = _repository(repository) if repository is not None else {}
    uses = contract_uses({**scope, **after}.values())
    found = locate_registry(registry)
    impacts = []
    for change in changes:
        shas = {change.old_sha256, change.new_sha256} - {""}
        pipelines = [
            PipelineHit(u.pipeline, u.task, u.sha256)
            for u in uses
            if u.contract == change.contract or u.sha256 in shas
        ]
        impacts.append(
            Impact(
                change.contract,
                {change.old_sha256: "before", change.new_sha256: "after"},
                pipelines,
                _models(found, [change.old_sha256]) if found is not None else None,
                found.uri if found is not None else "",
                change=change,
            )
        )
    return impacts


def _repository(compiled: Path) -> dict[str, Spec]:
    """The specs of a project's ``compiled/`` (none when it has none yet)."""
    if not (compiled.is_dir() and any(compiled.glob("*.y*ml"))):
        return {}
    return load_specs(compiled)


# -- mlgate impact -------------------------------------------------------------------------


def contract_impact(root: Path, target: str, registry: Registry | None) -> Impact:
    """What ``CONTRACT[:COLUMN]`` touches in the project at ``root`` and in ``registry``.

    Args:
        root: The project: ``pipelines/contracts/`` and ``compiled/``.
        target: A contract (file name with or without ``.yaml``, its ``name``, or a path),
            optionally ``:COLUMN``.
        registry: Where to look for models validated under a version of it; None: not
            consulted.

    Raises:
        InputError: no such contract, or the column is declared by no version of it.
    """
    repository = _repository(root / "compiled")
    uses = contract_uses(repository.values())
    column: str | None = None
    try:
        name, path = _find_contract(root, target, uses)
    except InputError:
        head, sep, tail = target.rpartition(":")
        if not (sep and head and tail):
            raise
        name, path = _find_contract(root, head, uses)
        column = tail
    versions: dict[str, str] = {}
    documents: list[Any] = []
    if path is not None:
        sha, document = _parse(_read(path), str(path))
        if sha:
            versions[sha] = "the file"
        documents.append(document)
        for sha, origin, document in _history(root, path):
            versions.setdefault(sha, origin)
            documents.append(document)
    mine = [u for u in uses if u.contract == name or (u.sha256 and u.sha256 in versions)]
    for use in mine:
        if use.sha256:
            versions.setdefault(use.sha256, f"compiled/{use.pipeline}.yaml")
        documents.append(use.document)
    if column is not None:
        declared = sorted({c for d in documents for c in _rules(d)[0]})
        if column not in declared:
            raise InputError(
                f"column {quote(column)} is not declared by any version of contract {name} "
                f"(columns: {shorten(', '.join(declared) or 'none', 300)}); give one of them"
            )
    pipelines: list[PipelineHit] = []
    others: list[PipelineHit] = []
    for use in mine:
        reads = _readers(repository[use.pipeline], use.task, column) if column else ()
        hit = PipelineHit(use.pipeline, use.task, use.sha256, reads)
        (pipelines if column is None or reads else others).append(hit)
    models = _models(registry, versions, column) if registry is not None else None
    return Impact(
        name,
        versions,
        pipelines,
        models,
        registry.uri if registry is not None else "",
        column=column,
        other_pipelines=others,
    )


def _find_contract(root: Path, target: str, uses: list[ContractUse]) -> tuple[str, Path | None]:
    """(the name pipelines know the contract by, its file if there is one).

    Raises:
        InputError: no such contract, or the file named is not a data contract.
    """
    folder = root / "pipelines" / "contracts"
    candidates = [Path(target), *(folder / f"{target}{ext}" for ext in ("", ".yaml", ".yml"))]
    for path in candidates:
        if path.is_file():
            if not _is_contract(_parse(_read(path), str(path))[1]):
                raise InputError(
                    f"{shorten(path)}: not a data contract (no columns or expectations); "
                    "give a contract of pipelines/contracts/"
                )
            return path.name, path
    files = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]) if folder.is_dir() else []
    documents = {path: _parse(_read(path), str(path))[1] for path in files}
    contracts = [path for path in files if _is_contract(documents[path])]
    for path in contracts:
        if documents[path].get("name") == target:
            return path.name, path
    for use in uses:  # a contract only the compiled specs hold
        if target in (use.contract, Path(use.contract).stem):
            return use.contract, None
    known = sorted({p.name for p in contracts} | {u.contract for u in uses})
    raise InputError(
        f"no contract {quote(target)} in {shorten(folder)} or compiled/ (contracts: "
        f"{shorten(', '.join(known) or 'none', 300)}); give a file name, a contract name "
        "or a path, optionally with :COLUMN"
    )


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{shorten(path)}: cannot read it ({type(exc).__name__})") from None


def _is_contract(document: Any) -> bool:
    return isinstance(document, dict) and ("columns" in document or "expectations" in document)


def _history(root: Path, path: Path) -> list[tuple[str, str, Any]]:
    """(sha256, "commit <id>, <date>", document) of each committed version of ``path``.

    Outside git, or for a file git does not track, there is no history: the file and the
    compiled specs are then the versions known.
    """

    def git(*args: str) -> str | None:
        try:
            result = subprocess.run(
                ["git", "-C", str(root), *args], capture_output=True, text=True, check=False
            )
        except OSError:
            return None
        return result.stdout if result.returncode == 0 else None

    try:
        relative = path.resolve().relative_to(root.resolve())
    except ValueError:
        return []
    log = git("log", f"-{MAX_REVISIONS}", "--format=%h %cs", "--", str(relative))
    out = []
    for line in (log or "").splitlines():
        commit, _, date = line.partition(" ")
        text = git("show", f"{commit}:./{relative.as_posix()}")
        if text is None:
            continue
        sha, document = _parse(text, f"{commit}:{relative}")
        if sha:
            out.append((sha, f"commit {commit}, {date}", document))
    return out


def _readers(spec: Spec, validate_task: str, column: str) -> tuple[tuple[str, str], ...]:
    """The tasks that take the validated table from ``validate_task`` and read ``column``.

    A training config (a constant with ``label`` and ``features``) says what its task
    reads; any other task that takes the table may read every column, and is counted.
    """
    out: list[tuple[str, str]] = []
    for path, task in sorted(spec.tasks.items()):
        if not any(source.get("task") == validate_task for source in task.inputs.values()):
            continue
        configs = [
            value
            for source in task.inputs.values()
            if "constant" in source
            for value in [_structured(source["constant"])]
            if isinstance(value, dict) and "label" in value and "features" in value
        ]
        if not configs:
            out.append((path, "takes the whole table"))
            continue
        config = configs[0]
        features = config.get("features")
        if column == config.get("label"):
            out.append((path, "label"))
        elif features is None:
            out.append((path, "feature: every column but the label"))
        elif isinstance(features, list) and column in features:
            out.append((path, "feature"))
    return tuple(out)


# -- rendering -----------------------------------------------------------------------------
#
# One report, two forms: lines for a terminal, Markdown for the pull-request comment. Names
# only (contracts, columns, pipelines, tasks, models, versions): never a value.


@dataclass(frozen=True)
class _Table:
    title: str
    header: tuple[str, ...]
    rows: list[tuple[str, ...]]


def render_impacts(impacts: list[Impact], *, markdown: bool = False) -> str:
    """Impacts for a terminal, or as Markdown for a pull-request comment ("" for none)."""
    if not impacts:
        return ""
    lines: list[str] = []
    if markdown:
        lines += ["", "## Impact of contract changes" if impacts[0].change else "## Impact"]
    for impact in impacts:
        if markdown:
            lines += _markdown(*_report(impact, _md))
        else:
            lines += _text(*_report(impact, str))
    return "\n".join(lines) + "\n"


def _report(
    impact: Impact, code: Callable[[str], str]
) -> tuple[str, list[str], list[_Table | str]]:
    """(headline, facts about the contract, tables and notes) of one impact."""
    change, column = impact.change, impact.column
    if change is None:
        headline = f"contract {code(impact.contract)}" + (
            f", column {code(column)}" if column is not None else ""
        )
        known = ", ".join(f"{code(_short(s))} ({o})" for s, o in impact.versions.items())
        facts = [f"versions looked for: {known or 'none (the contract does not parse)'}"]
    else:
        headline = (
            f"contract {code(impact.contract)} changed: sha256 "
            f"{code(_short(change.old_sha256))} -> {code(_short(change.new_sha256))}"
        )
        facts = []
        if change.columns:
            facts.append("rules changed for columns: " + ", ".join(map(code, change.columns)))
        if change.table_rules:
            facts.append("table-level keys changed: " + ", ".join(map(code, change.table_rules)))
        if not facts:
            facts.append("no rule changed (only the order of its entries)")

    body: list[_Table | str] = []
    reading = f" and read {code(column)}" if column is not None else ""
    header: tuple[str, ...] = ("pipeline", "task", "compiled with")
    rows: list[tuple[str, ...]] = []
    for hit in impact.pipelines:
        row: tuple[str, ...] = (
            code(hit.pipeline),
            code(hit.task),
            _compiled_with(hit.sha256, impact),
        )
        if column is not None:
            row += (", ".join(f"{code(task)} ({how})" for task, how in hit.reads),)
        rows.append(row)
    if column is not None:
        header += ("read by",)
    title = f"pipelines that validate against it{reading} ({len(rows)})"
    body.append(_Table(title, header, rows))
    if impact.other_pipelines:
        others = sorted({code(hit.pipeline) for hit in impact.other_pipelines})
        body.append(
            f"validate against it, but no task reads {code(column or '')}: " + ", ".join(others)
        )

    if impact.models is None:
        which = "the old contract" if change is not None else "a version of it"
        body.append(
            f"registry not consulted: models validated under {which} are not listed "
            "(give --registry URI, or set $MLGATE_REGISTRY)"
        )
        return headline, facts, body
    header = ("version", "stages")
    if change is None:
        header += ("validated under",)
    if column is not None:
        header += ("reads it as",)
    elif change is not None and change.columns:
        header += ("reads changed columns",)
    rows = []
    for model in impact.models:
        row = (code(f"{model.model}@{model.version}"), ", ".join(model.stages) or "no stage")
        if change is None:
            row += (_validated_under(model.contract_sha256, impact),)
        if column is not None:
            row += (model.reads(column) or "",)
        elif change is not None and change.columns:
            row += (_reads_changed(model, change.columns, code),)
        rows.append(row)
    where = code(impact.registry)
    if change is not None:
        title = (
            f"registered models validated under the old contract ({len(rows)}) in {where}: "
            "these models need re-evaluation"
        )
    else:
        title = (
            f"registered models validated under a version of it{reading} ({len(rows)}) in {where}"
        )
    body.append(_Table(title, header, rows))
    return headline, facts, body


def _short(sha: str) -> str:
    return sha[:12] if sha else "(does not parse)"


def _compiled_with(sha: str, impact: Impact) -> str:
    """Which version of the contract a pipeline's compiled spec holds, in words."""
    if impact.change is not None:
        if sha == impact.change.new_sha256:
            return "the new contract"
        if sha == impact.change.old_sha256:
            return "the old contract: recompile it"
        return f"another version ({_short(sha)})"
    origin = impact.versions.get(sha, "")
    if origin == "the file":
        return "the current contract"
    if "the file" in impact.versions.values():
        return f"an older version ({_short(sha)}): recompile it"
    return f"{_short(sha)} ({origin})" if origin else _short(sha)


def _validated_under(sha: str, impact: Impact) -> str:
    origin = impact.versions.get(sha, "")
    if origin == "the file":
        return "the current contract"
    return f"{_short(sha)} ({origin}): re-evaluate"


def _reads_changed(model: ModelHit, columns: tuple[str, ...], code: Callable[[str], str]) -> str:
    if model.features is None:
        return "unknown (no readable model card)"
    read = [code(c) for c in columns if model.reads(c)]
    return ", ".join(read) if read else "none of them"


def _text(headline: str, facts: list[str], body: list[_Table | str]) -> list[str]:
    lines = [headline, *(f"  {fact}" for fact in facts)]
    for item in body:
        if isinstance(item, str):
            lines.append(f"  {item}")
            continue
        lines.append(f"  {item.title}:")
        for row in item.rows:
            details = "; ".join(
                f"{name} {cell}"
                for name, cell in zip(item.header[1:], row[1:], strict=True)
                if cell
            )
            lines.append(f"    {row[0]}" + (f" ({details})" if details else ""))
        if not item.rows:
            lines.append("    none")
    return lines


def _markdown(headline: str, facts: list[str], body: list[_Table | str]) -> list[str]:
    lines = ["", f"### {headline}", "", *(f"- {fact}" for fact in facts)]
    for item in body:
        if isinstance(item, str):
            lines += ["", _cap(item)]
            continue
        lines += ["", f"**{_cap(item.title)}**", ""]
        if not item.rows:
            lines.append("none")
            continue
        lines.append("| " + " | ".join(item.header) + " |")
        lines.append("|" + "---|" * len(item.header))
        lines += ["| " + " | ".join(row) + " |" for row in item.rows]
    return lines


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
