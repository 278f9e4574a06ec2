"""Read and write local paths, ``file://`` and ``gs://`` URIs with one API.

Reads stream; writes are atomic: a reader sees the old object, or no object,
or the whole new one, never a prefix. Locally that is a temporary file in the
target's directory renamed over it; on Cloud Storage an object only becomes
visible when its upload is finalised, so the data is spooled to a local
temporary file first and uploaded once complete.

``if_absent=True`` turns a write into create-only (``os.link`` locally,
``if_generation_match=0`` on GCS), the primitive an immutable registry needs;
a taken destination raises ``AlreadyExists``, any other failure a plain
``StorageError`` that says what went wrong (permission, missing credentials).

A process killed mid-write leaves its local temporary file behind. Temporary
names carry the writer's host and pid, so ``remove_orphans`` can tell a dead
writer's leftovers from a live writer's work in progress.

Tests point google-cloud-storage at ``gcp-storage-emulator`` through
``STORAGE_EMULATOR_HOST``; the client library picks that variable up itself.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urlparse

from mlgate.errors import AlreadyExists, StorageError

if TYPE_CHECKING:
    from google.cloud.storage import Blob, Client

__all__ = [
    "Location",
    "copy_file",
    "exists",
    "join",
    "list_names",
    "open_read",
    "open_write",
    "parse",
    "read_bytes",
    "remove_orphans",
    "write_bytes",
]

_CHUNK = 8 * 1024 * 1024
# How long a GCS call keeps retrying transient errors before giving up. google-cloud-storage
# allows 120 s; a gate that fails closed on an unreachable registry should not wait that long.
RETRY_SECONDS_ENV = "MLGATE_GCS_RETRY_SECONDS"


def _retry() -> Any:
    from google.cloud.storage.retry import DEFAULT_RETRY

    return DEFAULT_RETRY.with_timeout(float(os.environ.get(RETRY_SECONDS_ENV, "60")))


@dataclass(frozen=True)
class Location:
    """A parsed URI: a local ``path``, or a GCS ``bucket`` and object ``path``."""

    uri: str
    scheme: str  # "file" or "gs"
    path: str
    bucket: str = ""

    @property
    def is_local(self) -> bool:
        return self.scheme == "file"


def parse(uri: str) -> Location:
    """Parses ``uri`` into a Location; raises StorageError for any other scheme."""
    if not uri:
        raise StorageError("an empty string is not a URI: give a local path, file:// or gs:// URI")
    parsed = urlparse(uri)
    if parsed.scheme == "gs":
        name = parsed.path.lstrip("/")
        if not parsed.netloc or not name:
            raise StorageError(f"{uri!r} is not a gs:// object URI: expected gs://BUCKET/OBJECT")
        return Location(uri, "gs", name, parsed.netloc)
    if parsed.scheme == "file":
        return Location(uri, "file", parsed.path)
    # A one-letter "scheme" is a Windows drive, anything else is a typo worth naming.
    if parsed.scheme and len(parsed.scheme) > 1:
        raise StorageError(
            f"{uri!r} uses the scheme {parsed.scheme!r}: mlgate reads local paths, file:// and gs://"
        )
    return Location(uri, "file", uri)


def _client(client: Client | None) -> Client:
    if client is not None:
        return client
    from google.cloud import storage

    return storage.Client()


def _blob(loc: Location, client: Client | None) -> Blob:
    return _client(client).bucket(loc.bucket).blob(loc.path)


@contextlib.contextmanager
def _gcs_errors(uri: str, verb: str) -> Iterator[None]:
    """Turns whatever google-cloud-storage raises into a StorageError naming ``uri``.

    The client fails in many layers (credentials lookup, token refresh, transport, the
    API itself); a user needs to know which URI failed and why, not the stack.
    """
    from google.api_core import exceptions as gexc
    from google.auth import exceptions as auth_exc

    try:
        yield
    except gexc.NotFound:
        raise StorageError(f"{uri}: no such object or bucket") from None
    except gexc.PreconditionFailed:
        raise AlreadyExists(f"{uri}: already exists and will not be replaced") from None
    except gexc.Forbidden as exc:
        raise StorageError(
            f"{uri}: cannot {verb}: permission denied ({exc.code}); check the account's "
            "roles on the bucket"
        ) from None
    except gexc.GoogleAPICallError as exc:
        raise StorageError(f"{uri}: cannot {verb} ({exc.code}: {exc.message})") from None
    except auth_exc.DefaultCredentialsError:
        raise StorageError(
            f"{uri}: no Google Cloud credentials to {verb} it; run `gcloud auth "
            "application-default login` or set GOOGLE_APPLICATION_CREDENTIALS"
        ) from None
    except auth_exc.GoogleAuthError as exc:
        raise StorageError(
            f"{uri}: cannot {verb}: credentials were refused ({type(exc).__name__})"
        ) from None
    except (gexc.RetryError, ConnectionError, TimeoutError, OSError) as exc:
        raise StorageError(f"{uri}: cannot {verb}: unreachable ({type(exc).__name__})") from None


def exists(uri: str, *, client: Client | None = None) -> bool:
    """Whether an object (or local file) exists at ``uri``.

    Raises:
        StorageError: the answer cannot be known (permission, credentials, network).
    """
    loc = parse(uri)
    if loc.is_local:
        try:
            return Path(loc.path).is_file()
        except OSError as exc:
            raise StorageError(f"{uri}: cannot check it ({exc.strerror})") from None
    with _gcs_errors(uri, "read"):
        return bool(_blob(loc, client).exists(retry=_retry()))


@contextlib.contextmanager
def open_read(uri: str, *, client: Client | None = None) -> Iterator[IO[bytes]]:
    """Opens ``uri`` for streaming binary reads.

    Raises:
        StorageError: the object does not exist or cannot be read.
    """
    loc = parse(uri)
    if loc.is_local:
        try:
            handle = open(loc.path, "rb")  # noqa: SIM115 - closed by the with below
        except FileNotFoundError:
            raise StorageError(f"{uri}: no such file") from None
        except IsADirectoryError:
            raise StorageError(f"{uri}: is a directory, expected a file") from None
        except PermissionError:
            raise StorageError(f"{uri}: permission denied") from None
        except OSError as exc:
            raise StorageError(f"{uri}: cannot read it ({exc.strerror})") from None
        with handle:
            yield handle
        return
    with _gcs_errors(uri, "read"):
        blob = _blob(loc, client)
        blob.reload(retry=_retry())
        reader = blob.open("rb", chunk_size=_CHUNK)
    with reader:
        yield reader


def read_bytes(uri: str, *, client: Client | None = None) -> bytes:
    """Reads the whole object at ``uri``."""
    with open_read(uri, client=client) as reader:
        return reader.read()


@contextlib.contextmanager
def open_write(
    uri: str, *, if_absent: bool = False, client: Client | None = None
) -> Iterator[IO[bytes]]:
    """Opens ``uri`` for an atomic binary write, published when the block exits cleanly.

    If the block raises, nothing is published and the temporary data is removed.

    Args:
        uri: Destination: local path, ``file://`` or ``gs://`` URI.
        if_absent: Refuse to replace an existing object (create-only).
        client: A google-cloud-storage client to reuse; one is made when needed.

    Raises:
        StorageError: the destination exists and ``if_absent`` is set, or it cannot be written.
    """
    loc = parse(uri)
    if loc.is_local:
        target = Path(loc.path)
        # Checked first, so that nothing is created (no folder, no temp file) for a
        # destination that can never be written.
        if target.is_dir():
            raise StorageError(f"{uri}: is a directory; give a file path to write to")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = tempfile.NamedTemporaryFile(  # noqa: SIM115 - published or removed below
                dir=target.parent, prefix=_temp_prefix(target.name), suffix=".tmp", delete=False
            )
        except OSError as exc:
            raise StorageError(f"{uri}: cannot write ({exc.strerror})") from None
        try:
            with tmp:
                yield tmp
                tmp.flush()
                os.fsync(tmp.fileno())
                os.fchmod(tmp.fileno(), 0o644)  # mkstemp's 0600 is for the temp file only
            _publish_local(Path(tmp.name), target, if_absent=if_absent, uri=uri)
        except OSError as exc:  # a full disk, a vanished folder: say so, publish nothing
            raise StorageError(f"{uri}: cannot write ({exc.strerror or exc})") from None
        finally:
            Path(tmp.name).unlink(missing_ok=True)
        return

    with tempfile.TemporaryFile() as spool:
        yield spool
        spool.seek(0)
        _upload(spool, loc, if_absent=if_absent, client=client)


def _temp_prefix(name: str) -> str:
    # ".<name>.<host>~<pid>." : remove_orphans parses host and pid back out of it.
    return f".{name}.{socket.gethostname()}~{os.getpid()}."


def _publish_local(tmp: Path, target: Path, *, if_absent: bool, uri: str) -> None:
    if not if_absent:
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)  # atomic create-only: fails if target appeared meanwhile
    except FileExistsError:
        raise AlreadyExists(f"{uri}: already exists and will not be replaced") from None


def _upload(spool: IO[bytes], loc: Location, *, if_absent: bool, client: Client | None) -> None:
    with _gcs_errors(loc.uri, "write"):
        blob = _blob(loc, client)
        blob.chunk_size = _CHUNK  # resumable upload: the object appears only when finalised
        blob.upload_from_file(spool, if_generation_match=0 if if_absent else None, retry=_retry())


# A temporary file of another host's writer is an orphan only when it is this old:
# its pid means nothing here, and no write takes an hour.
ORPHAN_AGE_SECONDS = 3600.0


def remove_orphans(folder_uri: str) -> list[str]:
    """Removes temporary files that killed writers left in a local folder.

    A file is an orphan when the writer it names (host and pid) is dead, or, for a
    writer on another host, when it is older than ``ORPHAN_AGE_SECONDS``. Live
    writers' files stay. Cloud Storage needs no cleanup: an upload that never
    finished never became an object.

    Args:
        folder_uri: A local folder (other URIs are ignored).

    Returns:
        The names removed.
    """
    loc = parse(folder_uri)
    folder = Path(loc.path)
    if not loc.is_local or not folder.is_dir():
        return []
    removed = []
    host, now = socket.gethostname(), time.time()
    for path in folder.iterdir():
        if not (path.name.startswith(".") and path.name.endswith(".tmp")) or "~" not in path.name:
            continue
        before, _, rest = path.name.rpartition("~")  # before: ".<name>.<host>"
        pid_text = rest.split(".", 1)[0]
        try:
            if before.endswith("." + host) and pid_text.isdigit():
                orphan = not _alive(int(pid_text))
            else:
                orphan = now - path.stat().st_mtime > ORPHAN_AGE_SECONDS
            if orphan:
                path.unlink()
                removed.append(path.name)
        except OSError:
            continue  # gone meanwhile, or not ours to remove: either way, not an error
    return sorted(removed)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def write_bytes(
    uri: str, data: bytes, *, if_absent: bool = False, client: Client | None = None
) -> None:
    """Writes ``data`` to ``uri`` atomically (see ``open_write``)."""
    with open_write(uri, if_absent=if_absent, client=client) as out:
        out.write(data)


def list_names(prefix_uri: str, *, client: Client | None = None) -> list[str]:
    """Names of the objects (files) directly under ``prefix_uri``, sorted; [] if there are none."""
    loc = parse(prefix_uri.rstrip("/") + "/")
    if loc.is_local:
        folder = Path(loc.path)
        try:
            if not folder.is_dir():
                return []
            # Temporary files of writes in progress are not objects yet.
            return sorted(
                p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
            )
        except OSError as exc:
            raise StorageError(f"{prefix_uri}: cannot list ({exc.strerror})") from None
    from google.api_core import exceptions as gexc

    prefix = loc.path.rstrip("/") + "/"
    with _gcs_errors(prefix_uri, "list"):
        try:
            blobs = _client(client).list_blobs(
                loc.bucket, prefix=prefix, delimiter="/", retry=_retry()
            )
            return sorted(b.name[len(prefix) :] for b in blobs)
        except gexc.NotFound:  # a missing prefix lists as empty, like a missing folder
            return []


def join(base: str, *parts: str) -> str:
    """``base`` with ``parts`` appended by ``/`` (URIs) or the OS separator (paths)."""
    return "/".join([base.rstrip("/"), *(p.strip("/") for p in parts)])


def copy_file(src: str, dst: str, *, client: Client | None = None) -> None:
    """Streams the object at ``src`` to ``dst`` atomically."""
    with open_read(src, client=client) as reader, open_write(dst, client=client) as writer:
        shutil.copyfileobj(reader, writer, _CHUNK)
