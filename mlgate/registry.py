"""A model registry on a local directory or ``gs://bucket/prefix``: immutable, crash-safe versions.

Layout under the registry root::

    mlgate-registry.json                 marks the root as a registry
    <model>/objects/<sha256>             file contents, content-addressed
    <model>/versions/<X.Y.Z>.json        the version manifest: files, lineage (commit point)
    <model>/stages/<X.Y.Z>-<stage>.json  stage tags, e.g. 1.4.0-staging, 1.4.0-canary
    <model>/prod.json                    the movable production pointer
    <model>/history/<time>-<id>.json     one object per event, append-only

A push writes the objects first and the manifest last, create-only. A crash
before the manifest leaves unreferenced objects and no visible version; of two
pushes of one version exactly one creates the manifest, the other is told the
version exists. Objects are named by their sha256, so the loser's uploads can
never change the winner's files. Every read of a file checks its sha256.

Versions: ``push`` takes the next minor version after the highest one
(``1.0.0`` first, then ``1.1.0``, ...) unless a version is given.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from mlgate import storage
from mlgate.errors import CheckFailed, InputError, MlgateError, StorageError

__all__ = [
    "DEFAULT_REGISTRY",
    "Manifest",
    "Registry",
    "failing_closed",
    "next_version",
    "parse_version",
]

DEFAULT_REGISTRY = ".mlgate/registry"
MARKER = "mlgate-registry.json"
Stage = Literal["staging", "canary", "prod"]
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def parse_version(version: str) -> tuple[int, int, int]:
    """``"1.4.0"`` -> ``(1, 4, 0)``; InputError for anything that is not MAJOR.MINOR.PATCH."""
    match = _SEMVER.match(version)
    if not match:
        raise InputError(f"version {version!r} is not semver MAJOR.MINOR.PATCH (e.g. 1.4.0)")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


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


class Event(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    time: str
    action: Literal["push", "promote"]
    version: str
    stage: str
    who: str
    why: str


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
            occupied = folder.exists() and (not folder.is_dir() or any(folder.iterdir()))
        else:
            occupied = bool(storage.list_names(self.uri))
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
        if not self.check():
            return None
        uri = self._path(_model(model), "prod.json")
        if not storage.exists(uri):
            return None
        return str(json.loads(storage.read_bytes(uri))["version"])

    def stages(self, model: str, version: str) -> list[str]:
        names = storage.list_names(self._path(_model(model), "stages"))
        tags = [n.removesuffix(".json") for n in names if n.startswith(f"{version}-")]
        stages = [t.removeprefix(f"{version}-") for t in tags]
        return stages + (["prod"] if self.production(model) == version else [])

    def history(self, model: str) -> list[Event]:
        folder = self._path(_model(model), "history")
        return [
            Event.model_validate_json(storage.read_bytes(storage.join(folder, name)))
            for name in storage.list_names(folder)
        ]

    # -- writing ---------------------------------------------------------------------------

    def push(
        self,
        model: str,
        files: dict[str, bytes],
        lineage: dict[str, Any],
        *,
        version: str | None = None,
        who: str = "mlgate",
    ) -> Manifest:
        """Publishes ``files`` as a new immutable version, tagged ``<version>-staging``.

        Raises:
            InputError: bad model name or version, or the version already exists.
        """
        _model(model)
        if not self.check():
            storage.write_bytes(
                self._path(MARKER), b'{"format": "mlgate-registry", "version": 1}\n'
            )
        version = version or next_version(self.versions(model))
        parse_version(version)
        if version in self.versions(model):
            raise InputError(f"{model}@{version} already exists; versions are immutable")
        entries = {}
        for name, data in sorted(files.items()):
            sha = hashlib.sha256(data).hexdigest()
            object_uri = self._path(model, "objects", sha)
            if not storage.exists(object_uri):
                storage.write_bytes(object_uri, data)
            entries[name] = FileEntry(sha256=sha, size=len(data))
        manifest = Manifest(
            model=model, version=version, created=_now(), files=entries, lineage=lineage
        )
        try:  # the commit point
            storage.write_bytes(
                self._path(model, "versions", f"{version}.json"),
                manifest.model_dump_json(indent=2).encode(),
                if_absent=True,
            )
        except StorageError:
            raise InputError(f"{model}@{version} already exists; another push won") from None
        self._tag(model, version, "staging", who, "pushed", action="push")
        return manifest

    def promote(self, model: str, version: str, stage: Stage, *, who: str, why: str) -> None:
        """Tags ``version`` with ``stage`` (``prod`` moves the production pointer), with history."""
        self.manifest(model, version)  # must exist
        if not why.strip():
            raise InputError("promote needs a reason (--why)")
        if stage == "prod":
            record = {"version": version, "time": _now(), "who": who, "why": why}
            storage.write_bytes(self._path(model, "prod.json"), json.dumps(record).encode())
            self._event(model, "promote", version, stage, who, why)
        else:
            self._tag(model, version, stage, who, why, action="promote")

    def _tag(
        self, model: str, version: str, stage: str, who: str, why: str, *, action: str
    ) -> None:
        tag = {"version": version, "stage": stage, "time": _now(), "who": who}
        try:
            storage.write_bytes(
                self._path(model, "stages", f"{version}-{stage}.json"),
                json.dumps(tag).encode(),
                if_absent=True,
            )
        except StorageError:
            raise InputError(f"{model}@{version} is already tagged {version}-{stage}") from None
        self._event(model, action, version, stage, who, why)

    def _event(self, model: str, action: str, version: str, stage: str, who: str, why: str) -> None:
        event = Event(time=_now(), action=action, version=version, stage=stage, who=who, why=why)  # type: ignore[arg-type]
        # Time first so names sort by time; a random suffix so two events never collide.
        name = f"{event.time.replace(':', '')}-{secrets.token_hex(4)}.json"
        storage.write_bytes(
            self._path(model, "history", name), event.model_dump_json().encode(), if_absent=True
        )


def _model(name: str) -> str:
    if not _NAME.match(name):
        raise InputError(f"model name {name!r}: use lower-case letters, digits, '-' and '_'")
    return name


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _gcs_names(uri: str) -> list[str]:
    from google.cloud import storage as gcs

    loc = storage.parse(uri + "/")
    prefix = loc.path.rstrip("/") + "/"
    return [b.name[len(prefix) :] for b in gcs.Client().list_blobs(loc.bucket, prefix=prefix)]


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
