"""A model registry on a local directory or ``gs://bucket/prefix``: immutable, crash-safe versions.

Layout under the registry root::

    mlgate-registry.json                 marks the root as a registry
    <model>/objects/<sha256>             file contents, content-addressed
    <model>/versions/<X.Y.Z>.json        the version manifest: files, lineage (commit point)
    <model>/stages/<X.Y.Z>-<stage>.json  stage tags, e.g. 1.4.0-canary (every version is staging)
    <model>/prod/<NNNNNN>.json           the production pointer, one create-only file per
                                         move; the highest number is in force
    <model>/history/<time>-<id>.json     one object per event, append-only
    <model>/shadow/<X.Y.Z>-<report>.json shadow reports recorded against a version (commit point)
    policy.json                          the promotion policy, with every change to it

Every change happens fully, with its history event, or not at all. Its event is
written first; then one write commits the change and names that event: the manifest
(push, create-only), the stage tag (create-only), the next production pointer
``prod/<N+1>.json`` (create-only; it lists every production event committed so far,
so of two promotions that read pointer N exactly one commits, and the other is told
so instead of being silently overwritten) or the shadow record (create-only; the
report itself is an object, named by its sha256). A reader counts an event only when
the record it announced names it back, so a crash between the two writes leaves an
event nobody counts and the registry as it was before. Pushed objects come before
both: a crash among them leaves unreferenced objects and no visible version. Of two
pushes of one version exactly one creates the manifest, the other is told so.
Objects are named by their sha256, so the loser's uploads can never change the
winner's files. Every read of a file checks its sha256. Temporary files that a
killed writer left behind are removed by the next write.

Versions: ``push`` takes the next minor version after the highest one
(``1.0.0`` first, then ``1.1.0``, ...) unless a version is given.

Policy: ``policy.json`` may require, before ``--stage prod``, a passed shadow report
(``mlgate.models.shadow``) bound to that version and its model sha256, against the current
production version, with an agreement of at least ``min_agreement``. It is one file
replaced atomically, and carries every change with who made it and why (the registry's
history is per model; a policy is the registry's). Without the file nothing is required.
The production event names the shadow report it relied on.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mlgate import storage
from mlgate.errors import (
    AlreadyExists,
    CheckFailed,
    InputError,
    MlgateError,
    StorageError,
    describe_validation_error,
    quote,
)

__all__ = [
    "DEFAULT_REGISTRY",
    "Manifest",
    "ModelRef",
    "Registry",
    "RegistryPolicy",
    "ShadowRecord",
    "failing_closed",
    "next_version",
    "parse_ref",
    "parse_version",
]

DEFAULT_REGISTRY = ".mlgate/registry"
MARKER = "mlgate-registry.json"
POLICY = "policy.json"
Stage = Literal["staging", "canary", "prod"]
STAGES: tuple[Stage, ...] = ("staging", "canary", "prod")
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def parse_version(version: str) -> tuple[int, int, int]:
    """``"1.4.0"`` -> ``(1, 4, 0)``; InputError for anything that is not MAJOR.MINOR.PATCH."""
    match = _SEMVER.match(version)
    if not match:
        raise InputError(f"version {quote(version)} is not semver MAJOR.MINOR.PATCH (e.g. 1.4.0)")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


_REF = re.compile(r"^(?P<model>[^@\s]+)@(?P<version>[^@\s-]+)(?:-(?P<stage>[^@\s]+))?$")


@dataclass(frozen=True)
class ModelRef:
    """``MODEL@X.Y.Z``, or ``MODEL@X.Y.Z-STAGE``: a version that must hold that stage."""

    model: str
    version: str
    stage: Stage | None = None

    def __str__(self) -> str:
        return f"{self.model}@{self.version}" + (f"-{self.stage}" if self.stage else "")


def parse_ref(text: str) -> ModelRef:
    """``"breast-cancer@1.4.0-canary"`` -> ``ModelRef("breast-cancer", "1.4.0", "canary")``.

    Raises:
        InputError: not ``MODEL@X.Y.Z[-STAGE]``, or an unknown stage; says which part.
    """
    match = _REF.match(text)
    if not match:
        raise InputError(
            f"{quote(text)}: expected MODEL@X.Y.Z or MODEL@X.Y.Z-STAGE "
            "(e.g. breast-cancer@1.0.0 or breast-cancer@1.0.0-staging)"
        )
    model, version, stage = match.group("model", "version", "stage")
    _model(model)
    parse_version(version)
    if stage is not None and stage not in STAGES:
        raise InputError(
            f"{quote(text)}: unknown stage {quote(stage)}; stages are {', '.join(STAGES)}"
        )
    return ModelRef(model, version, stage)


def next_version(existing: list[str]) -> str:
    """The next minor version after the highest of ``existing`` (``1.0.0`` when empty)."""
    if not existing:
        return "1.0.0"
    major, minor, _ = max(parse_version(v) for v in existing)
    return f"{major}.{minor + 1}.0"


class FileEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    sha256: str
    size: int


class Manifest(BaseModel):
    """A committed model version: its files and its lineage."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str
    version: str
    created: str
    files: dict[str, FileEntry]
    lineage: dict[str, Any] = Field(default_factory=dict)
    event: str = ""  # the id of the push event this manifest commits ("" before 2026-11)


class Event(BaseModel):
    """One history record; it counts only once the change it announces is committed."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    time: str
    action: Literal["push", "promote", "shadow"]
    version: str
    stage: str
    who: str
    why: str
    id: str = ""  # "" in registries written before events had ids: those all count
    # shadow: the report recorded; promote to prod: the report the policy relied on.
    shadow: str = ""


class ShadowRecord(BaseModel):
    """``shadow/<X.Y.Z>-<report>.json``: a shadow report recorded against a version."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    version: str
    report: str  # the report's id
    report_sha256: str  # the report's bytes, in objects/
    model_sha256: str  # the candidate model the report is bound to
    production: str  # the production version it was compared with
    passed: bool
    agreement: float
    rows: int
    time: str
    who: str
    event: str


class RegistryPolicy(BaseModel):
    """What a promotion to ``prod`` needs beyond the version existing."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)
    require_shadow_for_prod: bool = False
    min_agreement: float = Field(default=0.95, ge=0, le=1)


class PolicyChange(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    time: str
    who: str
    why: str
    policy: RegistryPolicy


class PolicyFile(BaseModel):
    """``policy.json``: every change, oldest first; the last one is in force."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    changes: list[PolicyChange] = Field(min_length=1)


class ProdPointer(BaseModel):
    """``prod/<N>.json`` (``prod.json`` in registries made before): the production version,
    and the ids of every production event."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    version: str
    time: str = ""
    who: str = ""
    why: str = ""
    event: str = ""
    events: list[str] = Field(default_factory=list)


class Registry:
    """One registry, addressed by a local path or a ``gs://`` URI."""

    def __init__(self, uri: str = DEFAULT_REGISTRY) -> None:
        self.uri = uri.rstrip("/") or "/"
        storage.parse(self.uri)  # fails early on an unsupported scheme

    # -- reading ---------------------------------------------------------------------------

    def _path(self, *parts: str) -> str:
        return storage.join(self.uri, *parts)

    def check(self) -> bool:
        """Whether a registry exists here. Raises InputError if the path holds something else."""
        if storage.exists(self._path(MARKER)):
            return True
        loc = storage.parse(self.uri)
        if loc.is_local:
            from pathlib import Path

            folder = Path(loc.path)
            try:
                # Dot files are another writer's temporary files (or desktop clutter).
                occupied = folder.exists() and (
                    not folder.is_dir() or any(not p.name.startswith(".") for p in folder.iterdir())
                )
            except OSError as exc:
                raise StorageError(f"{self.uri}: cannot read it ({exc.strerror})") from None
        else:
            occupied = bool(storage.list_names(self.uri))
        # A concurrent first push writes the marker before anything else: if files are
        # here now, look for the marker once more before calling the place foreign.
        if occupied and storage.exists(self._path(MARKER)):
            return True
        if occupied:
            raise InputError(
                f"{self.uri} is not an mlgate registry (no {MARKER}, but it holds files); "
                "point --registry at a registry or at an empty location"
            )
        return False

    def models(self) -> list[str]:
        if not self.check():
            return []
        loc = storage.parse(self.uri)
        if loc.is_local:
            from pathlib import Path

            return sorted(p.name for p in Path(loc.path).iterdir() if p.is_dir())
        # On GCS, a model exists when it has a committed version.
        return sorted({n.split("/")[0] for n in _gcs_names(self.uri) if "/versions/" in n})

    def versions(self, model: str) -> list[str]:
        """Committed versions of ``model``, oldest first."""
        if not self.check():
            return []
        names = storage.list_names(self._path(_model(model), "versions"))
        found = [n.removesuffix(".json") for n in names if n.endswith(".json")]
        return sorted((v for v in found if _SEMVER.match(v)), key=parse_version)

    def manifest(self, model: str, version: str) -> Manifest:
        parse_version(version)
        uri = self._path(_model(model), "versions", f"{version}.json")
        try:
            data = storage.read_bytes(uri)
        except StorageError:
            known = ", ".join(self.versions(model)) or "none"
            raise InputError(
                f"{model}@{version} does not exist in {self.uri} (versions: {known})"
            ) from None
        try:
            return Manifest.model_validate_json(data)
        except ValueError:
            raise InputError(f"{uri}: corrupt manifest") from None

    def read_file(self, model: str, version: str, name: str) -> bytes:
        """A file of a version, checked against the sha256 its manifest records."""
        entry = self.manifest(model, version).files.get(name)
        if entry is None:
            raise InputError(f"{model}@{version} has no file {name!r}")
        data = storage.read_bytes(self._path(_model(model), "objects", entry.sha256))
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            raise InputError(
                f"{model}@{version}: {name} is corrupt in the registry (sha256 differs from the "
                "manifest); restore it from a backup or push a new version"
            )
        return data

    def production(self, model: str) -> str | None:
        """The version the ``prod`` pointer names, or None before the first promotion."""
        pointer = self._prod_pointer(model)
        return pointer.version if pointer else None

    def _prod_pointer(self, model: str) -> ProdPointer | None:
        return self._prod_pointer_at(model)[0]

    def _prod_pointer_at(self, model: str) -> tuple[ProdPointer | None, int]:
        """The pointer in force and its number (0: the legacy ``prod.json``, or none)."""
        if not self.check():
            return None, 0
        numbers = [
            int(name.removesuffix(".json"))
            for name in storage.list_names(self._path(_model(model), "prod"))
            if _POINTER.fullmatch(name)
        ]
        number = max(numbers, default=0)
        uri = (
            self._path(model, "prod", _pointer_name(number))
            if number
            else self._path(model, "prod.json")  # a registry made before pointers were numbered
        )
        if not number and not storage.exists(uri):
            return None, 0
        try:
            pointer = ProdPointer.model_validate_json(storage.read_bytes(uri))
            parse_version(pointer.version)
        except (ValueError, InputError):
            raise InputError(
                f'{uri}: corrupt production pointer (expected JSON with a semver "version"); '
                "restore it from a backup of the registry"
            ) from None
        return pointer, number

    def resolve(self, ref: ModelRef) -> tuple[str, str]:
        """The (model, version) a ref names, after checking the stage it says the version holds.

        Raises:
            InputError: the version does not exist, or does not hold the stage the ref names.
        """
        self.manifest(ref.model, ref.version)
        if ref.stage is not None:
            held = self.stages(ref.model, ref.version)
            if ref.stage not in held:
                raise InputError(
                    f"{ref} names a stage that {ref.model}@{ref.version} does not hold "
                    f"(it holds: {', '.join(held) or 'no stage'}); "
                    f"see `mlgate registry list {ref.model}`"
                )
        return ref.model, ref.version

    def stages(self, model: str, version: str) -> list[str]:
        """The stages ``version`` holds: ``staging`` (every pushed version), tags, ``prod``."""
        names = storage.list_names(self._path(_model(model), "stages"))
        tags = [n.removesuffix(".json") for n in names if n.startswith(f"{version}-")]
        stages = {t.removeprefix(f"{version}-") for t in tags}
        if storage.exists(self._path(model, "versions", f"{version}.json")):
            stages.add("staging")
        ordered = sorted(stages, key=lambda s: (STAGES.index(s) if s in STAGES else len(STAGES), s))
        return ordered + (["prod"] if self.production(model) == version else [])

    def history(self, model: str) -> list[Event]:
        """The committed events of ``model``, oldest first (see the module docstring)."""
        folder = self._path(_model(model), "history")
        events = []
        for name in storage.list_names(folder):
            uri = storage.join(folder, name)
            try:
                event = Event.model_validate_json(storage.read_bytes(uri))
            except ValueError:
                raise InputError(
                    f"{uri}: corrupt history event; restore it from a backup of the registry"
                ) from None
            if self._committed(model, event):
                events.append(event)
        return events

    def _committed(self, model: str, event: Event) -> bool:
        """Whether the record ``event`` announced exists and names it back."""
        if not event.id:
            return True
        if event.action == "push":
            uri = self._path(model, "versions", f"{event.version}.json")
            if not storage.exists(uri):
                return False
            return self.manifest(model, event.version).event == event.id
        if event.action == "shadow":
            found = self._shadow_record(model, event.version, event.shadow)
            return found is not None and found.event == event.id
        if event.stage == "prod":
            pointer = self._prod_pointer(model)
            return pointer is not None and event.id in pointer.events
        uri = self._path(model, "stages", f"{event.version}-{event.stage}.json")
        if not storage.exists(uri):
            return False
        try:
            tag = json.loads(storage.read_bytes(uri))
        except ValueError:
            raise InputError(f"{uri}: corrupt stage tag; restore it from a backup") from None
        return isinstance(tag, dict) and tag.get("event") == event.id

    def policy(self) -> RegistryPolicy:
        """The promotion policy in force (nothing required when none was ever set)."""
        changes = self._policy_changes()
        return changes[-1].policy if changes else RegistryPolicy()

    def _policy_changes(self) -> list[PolicyChange]:
        if not self.check():
            return []
        uri = self._path(POLICY)
        if not storage.exists(uri):
            return []
        try:
            return PolicyFile.model_validate_json(storage.read_bytes(uri)).changes
        except ValidationError as exc:
            # Fail closed: a policy nobody can read must not turn into "nothing required".
            raise InputError(
                f"{uri}: corrupt registry policy ({describe_validation_error(exc)}); restore it "
                "from a backup, or set it again with `mlgate registry policy`"
            ) from None

    def shadows(self, model: str, version: str) -> list[ShadowRecord]:
        """The shadow reports recorded against ``model@version``, oldest first."""
        if not self.check():
            return []
        names = storage.list_names(self._path(_model(model), "shadow"))
        records = []
        for name in names:
            if not (name.startswith(f"{version}-") and name.endswith(".json")):
                continue
            report = name.removeprefix(f"{version}-").removesuffix(".json")
            record = self._shadow_record(model, version, report)
            if record is not None:
                records.append(record)
        return sorted(records, key=lambda r: (r.time, r.report))

    def _shadow_record(self, model: str, version: str, report: str) -> ShadowRecord | None:
        if not re.fullmatch(r"[0-9a-f]{16}", report):
            return None
        uri = self._path(model, "shadow", f"{version}-{report}.json")
        if not storage.exists(uri):
            return None
        try:
            return ShadowRecord.model_validate_json(storage.read_bytes(uri))
        except ValidationError:
            raise InputError(
                f"{uri}: corrupt shadow record; restore it from a backup of the registry"
            ) from None

    def read_shadow(self, model: str, record: ShadowRecord) -> bytes:
        """The shadow report a record names, checked against its sha256."""
        data = storage.read_bytes(self._path(_model(model), "objects", record.report_sha256))
        if hashlib.sha256(data).hexdigest() != record.report_sha256:
            raise InputError(
                f"{model}@{record.version}: shadow report {record.report} is corrupt in the "
                "registry (sha256 differs from its record); run compare_shadow again"
            )
        return data

    def _shadow_for_prod(self, model: str, version: str) -> str:
        """The id of the shadow report that lets ``version`` go to prod ("" if none is needed).

        Raises:
            CheckFailed: the policy requires a passed shadow report bound to this version,
                its model sha256 and the current production version, and none qualifies.
        """
        policy = self.policy()
        if not policy.require_shadow_for_prod:
            return ""
        from mlgate.models.training import MODEL_FILE

        entry = self.manifest(model, version).files.get(MODEL_FILE)
        sha = entry.sha256 if entry else ""
        current = self.production(model)
        records = self.shadows(model, version)
        bound = [r for r in records if sha and r.model_sha256 == sha]
        fresh = [r for r in bound if current is None or r.production == current]
        good = [r for r in fresh if r.passed and r.agreement >= policy.min_agreement]
        rule = f"registry policy require_shadow_for_prod (min_agreement {policy.min_agreement:.4f})"
        if good:
            chosen = good[-1]  # the latest
            self.read_shadow(model, chosen)  # present and intact, or no promotion
            return chosen.report
        if fresh:
            best = max(fresh, key=lambda r: r.agreement)
            found = (
                f"the best shadow report ({best.report}) found agreement {best.agreement:.4f} "
                f"on {best.rows} requests and {'passed' if best.passed else 'failed'}"
            )
        elif bound:
            found = (
                f"its shadow reports compared it with production {bound[-1].production}, but "
                f"production is now {current}"
            )
        elif records:
            found = "its shadow reports are bound to other model bytes (sha256 differs)"
        else:
            found = "no shadow report is recorded for it (agreement: none)"
        raise CheckFailed(
            f"{model}@{version} cannot go to prod under the {rule}: {found}; run compare_shadow "
            f"on logged requests against production, or change the policy with "
            "`mlgate registry policy`"
        )

    # -- writing ---------------------------------------------------------------------------
    #
    # Each change: the event first, then the one write that commits it (see the module
    # docstring). The crash tests in tests/hostile kill a process at every write below.

    def push(
        self,
        model: str,
        files: dict[str, bytes],
        lineage: dict[str, Any],
        *,
        version: str | None = None,
        who: str = "mlgate",
    ) -> Manifest:
        """Publishes ``files`` as a new immutable version, which holds the stage ``staging``.

        Raises:
            InputError: bad model name or version, or the version already exists.
            StorageError: the registry cannot be written (permission, credentials, network).
        """
        _model(model)
        self._ensure()
        self._tidy(model)
        version = version or next_version(self.versions(model))
        parse_version(version)
        if version in self.versions(model):
            raise InputError(f"{model}@{version} already exists; versions are immutable")
        entries = {}
        for name, data in sorted(files.items()):
            sha = hashlib.sha256(data).hexdigest()
            object_uri = self._path(model, "objects", sha)
            if not storage.exists(object_uri):
                # Named by its sha256: whoever wrote it first wrote these very bytes.
                with suppress(AlreadyExists):
                    storage.write_bytes(object_uri, data, if_absent=True)
            entries[name] = FileEntry(sha256=sha, size=len(data))
        event = self._event(model, "push", version, "staging", who, "pushed")
        manifest = Manifest(
            model=model,
            version=version,
            created=event.time,
            files=entries,
            lineage=lineage,
            event=event.id,
        )
        try:  # the commit point
            storage.write_bytes(
                self._path(model, "versions", f"{version}.json"),
                manifest.model_dump_json(indent=2).encode(),
                if_absent=True,
            )
        except AlreadyExists:
            raise InputError(
                f"{model}@{version} already exists: another push of this version finished "
                "first, and versions are immutable; push again to get the next version"
            ) from None
        return manifest

    def promote(self, model: str, version: str, stage: Stage, *, who: str, why: str) -> None:
        """Tags ``version`` with ``stage`` (``prod`` moves the production pointer), with history.

        Raises:
            InputError: the version does not exist, no reason was given, the tag exists, or
                the production pointer or the policy is corrupt.
            CheckFailed: ``prod`` under a policy that requires a passed shadow report bound
                to this version, and none is recorded.
            StorageError: the registry cannot be written.
        """
        self.manifest(model, version)  # must exist
        if not why.strip():
            raise InputError("promote needs a reason (--why)")
        if stage == "staging":
            raise InputError(f"{model}@{version} is staging already: every pushed version is")
        self._tidy(model)
        if stage == "prod":
            shadow = self._shadow_for_prod(model, version)
            current, number = self._prod_pointer_at(model)
            event = self._event(model, "promote", version, stage, who, why, shadow=shadow)
            pointer = ProdPointer(
                version=version,
                time=event.time,
                who=who,
                why=why,
                event=event.id,
                events=[*(current.events if current else []), event.id],
            )
            # The commit point: pointer N+1, create-only. A promotion that read pointer N too
            # loses here, and its event stays uncommitted (nobody counts it).
            target = self._path(model, "prod", _pointer_name(number + 1))
            try:
                storage.write_bytes(target, pointer.model_dump_json().encode(), if_absent=True)
            except AlreadyExists:
                now = self.production(model)
                raise AlreadyExists(
                    f"{model}: another promotion to prod committed first (production is now "
                    f"{now}); {model}@{version} was not promoted and nothing changed: check "
                    f"`mlgate registry list {model}` and promote again if it still should be"
                ) from None
            return
        tag_uri = self._path(model, "stages", f"{version}-{stage}.json")
        taken = f"{model}@{version} is already tagged {version}-{stage}"
        if storage.exists(tag_uri):
            raise InputError(taken)
        event = self._event(model, "promote", version, stage, who, why)
        tag = {"version": version, "stage": stage, "time": event.time, "who": who}
        try:  # the commit point
            storage.write_bytes(
                tag_uri, json.dumps({**tag, "event": event.id}).encode(), if_absent=True
            )
        except AlreadyExists:
            raise InputError(f"{taken} (another promotion finished first)") from None

    def record_shadow(
        self, model: str, version: str, report_json: bytes | str, *, who: str
    ) -> ShadowRecord:
        """Records a shadow report against ``model@version``, with its history event.

        Args:
            model: The model name.
            version: The candidate version the report was made for.
            report_json: The report from compare_shadow (``mlgate.models.shadow.ShadowReport``).
            who: Who records it (a person, or the pipeline run).

        Raises:
            InputError: the version does not exist, the JSON is not a shadow report, or the
                report was recorded already.
            CheckFailed: the report is bound to another model, version or model sha256.
            StorageError: the registry cannot be written.
        """
        from mlgate.models.shadow import parse_report
        from mlgate.models.training import MODEL_FILE

        data = report_json.encode("utf-8") if isinstance(report_json, str) else report_json
        manifest = self.manifest(model, version)
        report = parse_report(data, f"shadow report for {model}@{version}")
        entry = manifest.files.get(MODEL_FILE)
        bound = (report.model, report.candidate.version, report.candidate.model_sha256)
        if entry is None or bound != (model, version, entry.sha256):
            raise CheckFailed(
                f"shadow report {report.id} is bound to {quote(report.model)}@"
                f"{quote(report.candidate.version)} (model sha256 "
                f"{report.candidate.model_sha256[:12]}...), not to {model}@{version}"
                f"{f' (model sha256 {entry.sha256[:12]}...)' if entry else ''}; "
                "record it against the version it compared"
            )
        self._tidy(model)
        uri = self._path(model, "shadow", f"{version}-{report.id}.json")
        taken = f"shadow report {report.id} is already recorded for {model}@{version}"
        if storage.exists(uri):
            raise InputError(taken)
        sha = hashlib.sha256(data).hexdigest()
        object_uri = self._path(model, "objects", sha)
        if not storage.exists(object_uri):
            with suppress(AlreadyExists):  # named by its sha256: the same bytes either way
                storage.write_bytes(object_uri, data, if_absent=True)
        verdict = "passed" if report.passed else "failed"
        why = f"shadow {verdict}: agreement {report.agreement:.4f} on {report.rows} requests"
        event = self._event(model, "shadow", version, "", who, why, shadow=report.id)
        record = ShadowRecord(
            version=version,
            report=report.id,
            report_sha256=sha,
            model_sha256=report.candidate.model_sha256,
            production=report.production.version,
            passed=report.passed,
            agreement=report.agreement,
            rows=report.rows,
            time=event.time,
            who=who,
            event=event.id,
        )
        try:  # the commit point
            storage.write_bytes(uri, record.model_dump_json(indent=2).encode(), if_absent=True)
        except AlreadyExists:
            raise InputError(f"{taken} (another writer finished first)") from None
        return record

    def set_policy(self, policy: RegistryPolicy, *, who: str, why: str) -> RegistryPolicy:
        """Puts ``policy`` in force, keeping every earlier change in the same file.

        Raises:
            InputError: the existing policy file is corrupt, or the location is not a registry.
            StorageError: the registry cannot be written.
        """
        self._ensure()
        storage.remove_orphans(self.uri)
        change = PolicyChange(
            time=_now(), who=who, why=why.strip() or "(no reason given)", policy=policy
        )
        record = PolicyFile(changes=[*self._policy_changes(), change])
        # One atomic replace: readers see the old policy or the new one, never a mix.
        storage.write_bytes(self._path(POLICY), record.model_dump_json(indent=2).encode())
        return policy

    def _ensure(self) -> None:
        """Makes this location a registry, unless it is one (or holds something else)."""
        if self.check():
            return
        # AlreadyExists: a concurrent first push made it a registry a moment ago (same bytes).
        with suppress(AlreadyExists):
            storage.write_bytes(
                self._path(MARKER), b'{"format": "mlgate-registry", "version": 1}\n', if_absent=True
            )

    def _tidy(self, model: str) -> None:
        """Removes temporary files that writers killed mid-write left in this model's folders."""
        storage.remove_orphans(self.uri)
        for folder in ("", "objects", "versions", "stages", "prod", "history", "shadow"):
            storage.remove_orphans(self._path(model, folder) if folder else self._path(model))

    def _event(
        self,
        model: str,
        action: str,
        version: str,
        stage: str,
        who: str,
        why: str,
        *,
        shadow: str = "",
    ) -> Event:
        """Writes an event that counts once the change naming its id is committed."""
        event = Event(
            time=_now(),
            action=action,  # type: ignore[arg-type]
            version=version,
            stage=stage,
            who=who,
            why=why,
            id=secrets.token_hex(8),
            shadow=shadow,
        )
        # Time first so names sort by time; the id so that two events never collide.
        name = f"{event.time.replace(':', '')}-{event.id}.json"
        storage.write_bytes(
            self._path(model, "history", name), event.model_dump_json().encode(), if_absent=True
        )
        return event


def _model(name: str) -> str:
    if not _NAME.match(name):
        raise InputError(f"model name {quote(name)}: use lower-case letters, digits, '-' and '_'")
    return name


_POINTER = re.compile(r"\d{6,}\.json")


def _pointer_name(number: int) -> str:
    return f"{number:06d}.json"


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _gcs_names(uri: str) -> list[str]:
    from google.cloud import storage as gcs

    loc = storage.parse(uri + "/")
    prefix = loc.path.rstrip("/") + "/"
    with storage._gcs_errors(uri, "list"):
        blobs = gcs.Client().list_blobs(loc.bucket, prefix=prefix)
        return [b.name[len(prefix) :] for b in blobs]


@contextmanager
def failing_closed(uri: str, what: str) -> Iterator[None]:
    """Turns any failure to read the registry at ``uri`` into ``CheckFailed``.

    A check that cannot see the production model must stop, not decide without it.

    Args:
        uri: The registry, for the message.
        what: What was being read (e.g. "production model"), for the message.
    """
    try:
        yield
    except MlgateError as exc:
        raise CheckFailed(f"{what} unusable, failing closed: {exc}") from None
    except Exception as exc:  # network, credentials, a malformed object: whatever the cause
        raise CheckFailed(
            f"registry {uri} unreachable ({type(exc).__name__}), failing closed"
        ) from None
