from pathlib import Path

import pytest
from google.api_core import exceptions as gexc

from mlgate import storage
from mlgate.errors import StorageError


def test_local_paths_and_file_uris_round_trip(tmp_path: Path) -> None:
    storage.write_bytes(str(tmp_path / "a" / "b.bin"), b"one")
    assert storage.read_bytes(f"file://{tmp_path}/a/b.bin") == b"one"
    assert storage.exists(str(tmp_path / "a" / "b.bin"))
    assert not storage.exists(str(tmp_path / "nope"))


def test_failed_write_publishes_nothing_and_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), storage.open_write(str(target)) as out:
        out.write(b"half of the new")
        raise RuntimeError("writer died")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]  # no temp file left


def test_reader_never_sees_a_partial_write(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    with storage.open_write(str(target)) as out:
        out.write(b"x" * 1000)
        assert not target.exists()
    assert target.read_bytes() == b"x" * 1000


def test_if_absent_refuses_to_replace(tmp_path: Path) -> None:
    target = str(tmp_path / "v1.json")
    storage.write_bytes(target, b"first", if_absent=True)
    with pytest.raises(StorageError, match=r"v1\.json: already exists"):
        storage.write_bytes(target, b"second", if_absent=True)
    assert storage.read_bytes(target) == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["v1.json"]


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        ("s3://bucket/key", "uses the scheme 's3'"),
        ("gs://bucket-only", "expected gs://BUCKET/OBJECT"),
        ("", "an empty string is not a URI"),
    ],
)
def test_unsupported_uris_are_named(uri: str, message: str) -> None:
    with pytest.raises(StorageError, match=message):
        storage.parse(uri)


def test_missing_local_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no such file"):
        storage.read_bytes(str(tmp_path / "missing.csv"))
    with pytest.raises(StorageError, match="is a directory"):
        storage.read_bytes(str(tmp_path))


def test_gcs_round_trip_streams_large_objects(gcs_bucket: str) -> None:
    uri = f"gs://{gcs_bucket}/storage/large.bin"
    payload = bytes(range(256)) * (40 * 1024)  # 10 MiB: more than one 8 MiB chunk
    storage.write_bytes(uri, payload)
    with storage.open_read(uri) as reader:
        first = reader.read(1024)
        rest = reader.read()
    assert first + rest == payload
    assert storage.exists(uri)


def test_gcs_missing_object(gcs_bucket: str) -> None:
    with pytest.raises(StorageError, match=f"gs://{gcs_bucket}/missing: no such object"):
        storage.read_bytes(f"gs://{gcs_bucket}/missing")
    assert not storage.exists(f"gs://{gcs_bucket}/missing")


def test_gcs_failed_write_publishes_nothing(gcs_bucket: str) -> None:
    uri = f"gs://{gcs_bucket}/storage/never.bin"
    with pytest.raises(RuntimeError), storage.open_write(uri) as out:
        out.write(b"partial")
        raise RuntimeError("writer died")
    assert not storage.exists(uri)


def test_gcs_if_absent_sends_generation_precondition(
    gcs_bucket: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The emulator ignores if_generation_match, so check what we send and how we
    # read the server's 412 answer, which is what real GCS returns for an existing object.
    from google.cloud.storage import Blob

    sent: list[object] = []

    def refuse(self: Blob, *args: object, **kwargs: object) -> None:
        sent.append(kwargs.get("if_generation_match"))
        raise gexc.PreconditionFailed("conditionNotMet")

    monkeypatch.setattr(Blob, "upload_from_file", refuse)
    uri = f"gs://{gcs_bucket}/storage/v1.json"
    with pytest.raises(StorageError, match=r"v1\.json: already exists"):
        storage.write_bytes(uri, b"x", if_absent=True)
    with pytest.raises(StorageError):
        storage.write_bytes(uri, b"x")
    assert sent == [0, None]


def test_copy_file_between_local_and_gcs(tmp_path: Path, gcs_bucket: str) -> None:
    src = tmp_path / "in.txt"
    src.write_bytes(b"payload")
    storage.copy_file(str(src), f"gs://{gcs_bucket}/copy/in.txt")
    storage.copy_file(f"gs://{gcs_bucket}/copy/in.txt", str(tmp_path / "back.txt"))
    assert (tmp_path / "back.txt").read_bytes() == b"payload"
