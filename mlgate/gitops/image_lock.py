"""The image lock: which container images mlgate's components run in.

There are two images, built from one Dockerfile: ``runtime`` for every component,
and ``redaction``, the runtime plus spaCy, its English model and libphonenumber, for
``redact_clinical_logs`` alone (it is the only task that needs them, and they
would add a fifth to every other task's image).

The file of record is ``images/image.lock.json``; ``mlgate/gitops/image.lock.json`` is
a symlink to it so that the lock ships inside the installed package (a wheel
copies the target's bytes), and a user's pipeline that imports our components
gets the image this release was built and tested with.
"""

from __future__ import annotations

import json
import os
import re
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mlgate.errors import InputError, describe_validation_error

__all__ = [
    "IMAGES",
    "ImageLock",
    "ImageLocks",
    "load_image_lock",
    "load_image_locks",
    "version_tag",
    "write_image_lock",
]

LOCK_NAME = "image.lock.json"
# Points the component helper at another lock: e.g. the one a CI build just pushed.
LOCK_ENV = "MLGATE_IMAGE_LOCK"
# What docker allows in a tag.
TAG_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"


class ImageLock(BaseModel):
    """A pinned image: ``repository`` plus a ``digest`` once pushed, else its ``tag``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    repository: str = Field(pattern=r"^[a-z0-9]+([._/:-][a-z0-9]+)*$")
    tag: str = Field(pattern=TAG_PATTERN)
    digest: str | None = Field(default=None, pattern=r"^sha256:[0-9a-f]{64}$")
    # The local image id of an unpushed build: it identifies the bytes, but no cluster can
    # pull it, so specs compiled from such a lock name repository:tag (a lint finding).
    image_id: str | None = Field(default=None, pattern=r"^sha256:[0-9a-f]{64}$")

    @property
    def reference(self) -> str:
        """``repository@sha256:...`` when pinned, ``repository:tag`` before the first push."""
        if self.digest:
            return f"{self.repository}@{self.digest}"
        return f"{self.repository}:{self.tag}"


IMAGES = ("runtime", "redaction")
_TAG = re.compile(TAG_PATTERN)


def version_tag(version: str) -> str:
    """The image tag of a package version: ``0.1.0`` is ``0.1.0``.

    The images of a version are tagged with it, and the lock records that tag (``ImageLock.tag``).
    A tag cannot hold ``+``, so a local version's ``0.1.0+dev3`` becomes ``0.1.0-dev3``.

    Raises:
        InputError: the version cannot be a tag even so; says what a tag may hold.
    """
    tag = version.replace("+", "-")
    if not _TAG.fullmatch(tag):
        raise InputError(
            f"version {version!r} cannot tag an image: a tag is 1-128 letters, digits, '_', "
            "'.' and '-', not starting with '.' or '-'; set a PEP 440 version in pyproject.toml"
        )
    return tag


class ImageLocks(BaseModel):
    """The lock file: one pinned image per name in ``IMAGES``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    runtime: ImageLock
    redaction: ImageLock

    def get(self, image: str) -> ImageLock:
        if image not in IMAGES:
            raise InputError(f"unknown image {image!r}; the images are {', '.join(IMAGES)}")
        lock: ImageLock = getattr(self, image)
        return lock


def load_image_lock(text: str | None = None, image: str = "runtime") -> ImageLock:
    """The pinned ``image`` ("runtime" or "redaction"); see ``load_image_locks``."""
    return load_image_locks(text).get(image)


def load_image_locks(text: str | None = None) -> ImageLocks:
    """Parses the lock shipped with the package, ``$MLGATE_IMAGE_LOCK``, or ``text``.

    Raises:
        InputError: the lock is not valid JSON or breaks the schema; names the field.
    """
    if text is None:
        override = os.environ.get(LOCK_ENV)
        lock_file = (
            Path(override) if override else resources.files("mlgate.gitops").joinpath(LOCK_NAME)
        )
        text = lock_file.read_text(encoding="utf-8")
    try:
        return ImageLocks.model_validate(json.loads(text))
    except json.JSONDecodeError as exc:
        raise InputError(
            f"images/{LOCK_NAME} is not valid JSON (line {exc.lineno}): restore it with git "
            "or rerun `mlgate build`"
        ) from None
    except ValidationError as exc:
        fields = describe_validation_error(exc)
        raise InputError(
            f"images/{LOCK_NAME} is invalid ({fields}): restore it with git or rerun `mlgate build`"
        ) from None


def write_image_lock(path: Path, lock: ImageLocks) -> None:
    """Writes ``lock`` to ``path`` atomically (a reader sees the old lock or the new one)."""
    from mlgate import storage

    storage.write_bytes(str(path), (lock.model_dump_json(indent=2) + "\n").encode("utf-8"))
