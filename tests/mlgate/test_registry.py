"""The registry: immutable semver versions, crash-safe and race-safe pushes, stages, history."""

import threading
from pathlib import Path

import pytest

from mlgate import storage
from mlgate.errors import AlreadyExists, InputError, StorageError
from mlgate.models.registry import Registry, next_version, parse_version

FILES = {"model.skops": b"model bytes", "card.json": b"{}"}


def test_push_list_show_and_read_back(tmp_path: Path) -> None:
    registry = Registry(str(tmp_path / "reg"))
    first = registry.push("bc", FILES, {"git_commit": "abc"})
    second = registry.push("bc", {**FILES, "model.skops": b"better"}, {})
    assert (first.version, second.version) == ("1.0.0", "1.1.0")
    assert registry.versions("bc") == ["1.0.0", "1.1.0"]
    assert registry.models() == ["bc"]
    assert registry.manifest("bc", "1.0.0").lineage == {"git_commit": "abc"}
    assert registry.read_file("bc", "1.1.0", "model.skops") == b"better"
    assert registry.stages("bc", "1.0.0") == ["staging"]
    assert [e.action for e in registry.history("bc")] == ["push", "push"]


def test_versions_are_immutable(tmp_path: Path) -> None:
    registry = Registry(str(tmp_path))
    registry.push("bc", FILES, {}, version="1.4.0")
    with pytest.raises(InputError, match=r"bc@1\.4\.0 already exists; versions are immutable"):
        registry.push("bc", {"model.skops": b"other"}, {}, version="1.4.0")
    assert registry.read_file("bc", "1.4.0", "model.skops") == b"model bytes"


@pytest.mark.parametrize("version", ["1.4", "v1.4.0", "1.4.0-staging", "01.2.3", "latest"])
def test_non_semver_versions_are_refused(tmp_path: Path, version: str) -> None:
    with pytest.raises(InputError, match="is not semver MAJOR.MINOR.PATCH"):
        Registry(str(tmp_path)).push("bc", FILES, {}, version=version)
    assert Registry(str(tmp_path)).versions("bc") == []


def test_next_version_rule() -> None:
    assert next_version([]) == "1.0.0"
    assert next_version(["1.0.0", "1.10.0", "1.9.3"]) == "1.11.0"
    assert parse_version("2.0.1") == (2, 0, 1)


def test_promotion_moves_tags_and_records_history(tmp_path: Path) -> None:
    registry = Registry(str(tmp_path))
    registry.push("bc", FILES, {})
    registry.promote("bc", "1.0.0", "canary", who="ana", why="canary for a day")
    registry.promote("bc", "1.0.0", "prod", who="ana", why="canary was clean")
    assert registry.production("bc") == "1.0.0"
    assert registry.stages("bc", "1.0.0") == ["staging", "canary", "prod"]
    assert registry.stages("bc", "9.9.9") == []
    events = registry.history("bc")
    assert [(e.action, e.stage, e.who) for e in events] == [
        ("push", "staging", "mlgate"),
        ("promote", "canary", "ana"),
        ("promote", "prod", "ana"),
    ]
    assert events[-1].why == "canary was clean"


def test_promoting_a_missing_version_names_the_known_ones(tmp_path: Path) -> None:
    registry = Registry(str(tmp_path))
    registry.push("bc", FILES, {})
    with pytest.raises(InputError, match=r"bc@2\.0\.0 does not exist .*\(versions: 1\.0\.0\)"):
        registry.promote("bc", "2.0.0", "prod", who="ana", why="because")
    assert registry.production("bc") is None


def test_a_directory_that_is_not_a_registry(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    registry = Registry(str(tmp_path))
    with pytest.raises(InputError, match="is not an mlgate registry"):
        registry.push("bc", FILES, {})
    with pytest.raises(InputError, match="is not an mlgate registry"):
        registry.versions("bc")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_corrupt_object_is_detected(tmp_path: Path) -> None:
    registry = Registry(str(tmp_path))
    manifest = registry.push("bc", FILES, {})
    obj = tmp_path / "bc" / "objects" / manifest.files["model.skops"].sha256
    obj.write_bytes(b"bit rot")
    with pytest.raises(InputError, match="model.skops is corrupt in the registry"):
        registry.read_file("bc", "1.0.0", "model.skops")


def test_interrupted_push_leaves_no_visible_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = Registry(str(tmp_path))
    real_write = storage.write_bytes

    def crash_on_manifest(uri: str, data: bytes, **kwargs: object) -> None:
        if "/versions/" in uri:
            raise KeyboardInterrupt("killed mid-push")
        real_write(uri, data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(storage, "write_bytes", crash_on_manifest)
    with pytest.raises(KeyboardInterrupt):
        registry.push("bc", FILES, {})
    monkeypatch.undo()
    assert registry.versions("bc") == []
    assert registry.push("bc", FILES, {}).version == "1.0.0"  # a retry succeeds


def test_concurrent_pushes_of_one_version_exactly_one_wins(tmp_path: Path) -> None:
    registry = Registry(str(tmp_path))
    registry.push("bc", FILES, {}, version="0.1.0")  # the marker exists before the race
    barrier, outcomes = threading.Barrier(8), []

    def push(n: int) -> None:
        barrier.wait()
        try:
            registry.push("bc", {"model.skops": f"model {n}".encode()}, {"n": n}, version="1.0.0")
            outcomes.append(("won", n))
        except InputError as exc:
            outcomes.append(("lost", str(exc)))

    threads = [threading.Thread(target=push, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [n for kind, n in outcomes if kind == "won"]
    assert len(winners) == 1
    assert all("already exists" in str(msg) for kind, msg in outcomes if kind == "lost")
    winner = winners[0]
    assert registry.manifest("bc", "1.0.0").lineage == {"n": winner}
    assert registry.read_file("bc", "1.0.0", "model.skops") == f"model {winner}".encode()


def test_gcs_backend(gcs_bucket: str) -> None:
    registry = Registry(f"gs://{gcs_bucket}/registry-a")
    registry.push("bc", FILES, {"where": "gcs"})
    registry.push("bc", FILES, {})
    registry.promote("bc", "1.1.0", "prod", who="ana", why="gcs test")
    assert registry.versions("bc") == ["1.0.0", "1.1.0"]
    assert registry.models() == ["bc"]
    assert registry.production("bc") == "1.1.0"
    assert registry.read_file("bc", "1.0.0", "card.json") == b"{}"
    assert [e.action for e in registry.history("bc")] == ["push", "push", "promote"]


def test_gcs_manifest_is_created_with_a_generation_precondition(
    gcs_bucket: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The emulator does not enforce if_generation_match: check that the commit point asks
    # for it, and that a server's refusal (AlreadyExists) becomes "another push ... first".
    registry = Registry(f"gs://{gcs_bucket}/registry-b")
    calls: list[tuple[str, bool]] = []
    real_write = storage.write_bytes

    def record(uri: str, data: bytes, *, if_absent: bool = False, **kwargs: object) -> None:
        calls.append((uri.rsplit("/", 2)[-2], if_absent))
        if "/versions/" in uri:
            raise AlreadyExists(f"{uri}: already exists and will not be replaced")
        real_write(uri, data, if_absent=if_absent)

    monkeypatch.setattr(storage, "write_bytes", record)
    with pytest.raises(InputError, match="another push of this version finished first"):
        registry.push("bc", FILES, {})
    assert ("versions", True) in calls


def read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every write fails as in a read-only folder (chmod means nothing to root, in CI)."""
    import errno
    import tempfile

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)


def test_a_read_only_registry_is_reported_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = Registry(str(tmp_path / "reg"))
    registry.push("bc", FILES, {})
    with monkeypatch.context() as patch:
        read_only(patch)
        with pytest.raises(StorageError, match="Permission denied") as push:
            registry.push("bc", {"model.skops": b"new"}, {})
        with pytest.raises(StorageError, match="Permission denied") as promote:
            registry.promote("bc", "1.0.0", "canary", who="ana", why="read-only test")
        with pytest.raises(StorageError, match="Permission denied") as first:
            Registry(str(tmp_path / "new")).push("bc", FILES, {})
    for exc in (push.value, promote.value, first.value):
        assert "already" not in str(exc) and "another push" not in str(exc)
    assert registry.versions("bc") == ["1.0.0"]
    assert registry.stages("bc", "1.0.0") == ["staging"]


def test_concurrent_first_pushes_to_a_new_registry(tmp_path: Path) -> None:
    barrier, outcomes = threading.Barrier(6), []

    def push(n: int) -> None:
        registry = Registry(str(tmp_path / "fresh"))
        barrier.wait()
        try:
            registry.push("bc", {"model.skops": f"m{n}".encode()}, {}, version="1.0.0")
            outcomes.append("won")
        except InputError as exc:
            outcomes.append(str(exc))

    threads = [threading.Thread(target=push, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("won") == 1
    losers = [o for o in outcomes if o != "won"]
    assert all("already exists" in o and "not an mlgate registry" not in o for o in losers)
    assert [e.action for e in Registry(str(tmp_path / "fresh")).history("bc")] == ["push"]


@pytest.mark.parametrize(
    "content", [b"", b"{", b"[]", b'{"who": "ana"}', b'{"version": 7}', b'{"version": "x"}']
)
def test_a_corrupt_prod_pointer_is_named(tmp_path: Path, content: bytes) -> None:
    registry = Registry(str(tmp_path))
    registry.push("bc", FILES, {})
    (tmp_path / "bc" / "prod.json").write_bytes(content)
    with pytest.raises(InputError, match=r"prod\.json: corrupt production pointer"):
        registry.production("bc")


def test_uncommitted_events_do_not_count(tmp_path: Path) -> None:
    registry = Registry(str(tmp_path))
    registry.push("bc", FILES, {})
    # An event whose change never committed: a push of 2.0.0 that died before its manifest.
    orphan = registry._event("bc", "push", "2.0.0", "staging", "ana", "pushed")
    registry._event("bc", "promote", "1.0.0", "canary", "ana", "died before the tag")
    registry._event("bc", "promote", "1.0.0", "prod", "ana", "died before prod.json")
    assert orphan.id and [e.version for e in registry.history("bc")] == ["1.0.0"]
    assert registry.versions("bc") == ["1.0.0"] and registry.production("bc") is None


def test_the_next_write_removes_dead_writers_temp_files(tmp_path: Path) -> None:
    import socket

    registry = Registry(str(tmp_path))
    registry.push("bc", FILES, {})
    dead = f".1.1.0.json.{socket.gethostname()}~999999999.abc.tmp"
    live = f".1.1.0.json.{socket.gethostname()}~{__import__('os').getpid()}.abc.tmp"
    for name in (dead, live):
        (tmp_path / "bc" / "versions" / name).write_bytes(b"partial")
    registry.promote("bc", "1.0.0", "canary", who="ana", why="tidy test")
    left = sorted(p.name for p in (tmp_path / "bc" / "versions").iterdir())
    assert left == [live, "1.0.0.json"]


def test_of_two_promotions_to_prod_that_raced_the_loser_is_told_and_nothing_of_it_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = Registry(str(tmp_path))
    for version in ("1.0.0", "1.1.0"):
        registry.push("bc", FILES, {}, version=version)
    stale = registry._prod_pointer_at("bc")  # what both promoters read: no production yet
    registry.promote("bc", "1.0.0", "prod", who="ana", why="approved")
    # The second promoter read the pointer before the first one committed.
    monkeypatch.setattr(registry, "_prod_pointer_at", lambda model: stale)
    with pytest.raises(AlreadyExists, match=r"another promotion to prod committed first"):
        registry.promote("bc", "1.1.0", "prod", who="bob", why="also approved")
    monkeypatch.undo()
    assert registry.production("bc") == "1.0.0"
    prod_events = [e for e in registry.history("bc") if e.stage == "prod"]
    assert [(e.version, e.who) for e in prod_events] == [("1.0.0", "ana")]
    registry.promote("bc", "1.1.0", "prod", who="bob", why="again, after checking")
    assert registry.production("bc") == "1.1.0"
    assert [e.who for e in registry.history("bc") if e.stage == "prod"] == ["ana", "bob"]


def test_a_registry_with_the_older_prod_json_keeps_its_production_and_history(
    tmp_path: Path,
) -> None:
    registry = Registry(str(tmp_path))
    registry.push("bc", FILES, {}, version="1.0.0")
    registry.push("bc", FILES, {}, version="1.1.0")
    registry.promote("bc", "1.0.0", "prod", who="ana", why="approved")
    # Turn the numbered pointer back into the single file registries had before.
    [pointer] = (tmp_path / "bc" / "prod").iterdir()
    pointer.rename(tmp_path / "bc" / "prod.json")
    assert registry.production("bc") == "1.0.0"
    registry.promote("bc", "1.1.0", "prod", who="bob", why="next")
    assert registry.production("bc") == "1.1.0"
    assert [e.who for e in registry.history("bc") if e.stage == "prod"] == ["ana", "bob"]
