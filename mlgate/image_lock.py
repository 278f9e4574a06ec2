"""The image lock: which container image every mlgate component runs in.

The file of record is ``images/image.lock.json``; ``mlgate/image.lock.json`` is
a symlink to it so that the lock ships inside the installed package (a wheel
copies the target's bytes), and a user's pipeline that imports our components
gets the image this release was built and tested with.
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mlgate.errors import InputError, describe_validation_error

__all__ = ["ImageLock", "load_image_lock", "write_image_lock"]

LOCK_NAME = "image.lock.json"
# Points the component helper at another lock: e.g. the one a CI build just pushed.
LOCK_ENV = "MLGATE_IMAGE_LOCK"


class ImageLock(BaseModel):
    """A pinned image: ``repository`` plus a ``digest`` once pushed, else its ``tag``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    repository: str = Field(pattern=r"^[a-z0-9]+([._/:-][a-z0-9]+)*$")
    tag: str = Field(pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")
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


def load_image_lock(text: str | None = None) -> ImageLock:
    """Parses the lock shipped with the package, ``$MLGATE_IMAGE_LOCK``, or ``text``.

    Raises:
        InputError: the lock is not valid JSON or breaks the schema; names the field.
    """
    if text is None:
        override = os.environ.get(LOCK_ENV)
        lock_file = Path(override) if override else resources.files("mlgate").joinpath(LOCK_NAME)
        text = lock_file.read_text(encoding="utf-8")
    try:
        return ImageLock.model_validate(json.loads(text))
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


def write_image_lock(path: Path, lock: ImageLock) -> None:
    """Writes ``lock`` to ``path`` atomically (a reader sees the old lock or the new one)."""
    from mlgate import storage

    storage.write_bytes(str(path), (lock.model_dump_json(indent=2) + "\n").encode("utf-8"))
