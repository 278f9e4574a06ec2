"""Hostile input to ``mlgate registry``, ``lineage`` and ``reproduce``: exit 2, one clear
line, nothing echoed at length, and the registry exactly as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mlgate.models.registry import Registry
from tests.hostile.conftest import PLANT, Outcome, assert_refused, snapshot

LONG = PLANT * 5  # longer than any quote a message may hold
FILES = {"model.skops": b"model bytes", "card.json": b"{}"}


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    root = tmp_path / "reg"
    reg = Registry(str(root))
    reg.push("bc", FILES, {"data_uri": "x"})
    reg.push("bc", {**FILES, "model.skops": b"v2"}, {})
    reg.promote("bc", "1.0.0", "prod", who="ana", why="first production model")
    return root


BAD_REFS = [
    "bc",
    "bc@",
    "@1.0.0",
    "bc@1.0",
    "bc@v1.0.0",
    "bc@01.0.0",
    "BC@1.0.0",
    "bc@1.0.0-nope",
    "bc@1.0.0-",
    "bc@9.9.9",
    "nope@1.0.0",
    "bc@1.0.0-canary",  # a stage it does not hold
    "bc@1.1.0-prod",
    "../etc@1.0.0",
    "bc@1.0.0@1.0.0",
    "bc@1.0.0\nrm -rf",
    "bc@" + LONG,
    LONG + "@1.0.0",
    "",
]


@pytest.mark.parametrize("command", ["show", "promote", "lineage", "reproduce"])
@pytest.mark.parametrize("ref", BAD_REFS)
def test_bad_refs(registry: Path, run: Callable[..., Outcome], command: str, ref: str) -> None:
    before = snapshot(registry)
    if command in ("show", "promote"):
        args = ["registry", command, ref, "--registry", str(registry), "--why", "a good reason"]
    else:
        args = [command, ref, "--registry", str(registry)]
    outcome = run(*args)
    assert_refused(outcome, 2, planted=(LONG,), before=before, after=snapshot(registry))


def _corrupt_prod(content: bytes) -> Callable[[Path], None]:
    def corrupt(root: Path) -> None:
        # The pointer in force: the highest numbered one (prod.json in an older registry).
        pointers = sorted((root / "bc" / "prod").glob("*.json"))
        (pointers[-1] if pointers else root / "bc" / "prod.json").write_bytes(content)

    return corrupt


CORRUPTIONS: dict[str, Callable[[Path], object]] = {
    "prod.json empty": _corrupt_prod(b""),
    "prod.json not JSON": _corrupt_prod(PLANT.encode()),
    "prod.json a list": _corrupt_prod(b"[1, 2]"),
    "prod.json keyless": _corrupt_prod(b"{}"),
    "prod.json version a number": _corrupt_prod(b'{"version": 7}'),
    "prod.json version not semver": _corrupt_prod(f'{{"version": "{PLANT}"}}'.encode()),
    "prod.json binary": _corrupt_prod(b"\xff\xfe\x00"),
    "manifest not JSON": lambda root: (root / "bc" / "versions" / "1.0.0.json").write_text(PLANT),
}


@pytest.mark.parametrize("case", list(CORRUPTIONS))
@pytest.mark.parametrize(
    "args",
    [
        ["registry", "promote", "bc@1.0.0", "--stage", "prod", "--why", "again, on purpose"],
        ["registry", "list", "bc"],
        ["registry", "show", "bc@1.0.0"],
    ],
    ids=["promote", "list", "show"],
)
def test_a_corrupt_registry_is_named_not_a_traceback(
    registry: Path, run: Callable[..., Outcome], case: str, args: list[str]
) -> None:
    if case.startswith("manifest") and args[1] == "list":
        pytest.skip("list reads no manifest")
    CORRUPTIONS[case](registry)
    before = snapshot(registry)
    outcome = run(*args, "--registry", str(registry))
    assert_refused(outcome, 2, before=before, after=snapshot(registry))


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["registry", "promote", "bc@1.1.0", "--why", ""], "needs a reason"),
        (["registry", "promote", "bc@1.1.0", "--why", "   "], "needs a reason"),
        (["registry", "promote", "bc@1.1.0", "--stage", "staging", "--why", "x"], "invalid choice"),
        (["registry", "promote", "bc@1.1.0", "--stage", PLANT, "--why", "x"], "invalid choice"),
        (["registry", "promote", "--why", "x"], "needs MODEL@"),
        (["registry", "delete", "bc@1.1.0"], "invalid choice"),
        (["registry", "list", LONG], ""),
        (["registry", "list", "nope"], "nope"),
    ],
)
def test_bad_registry_usage(
    registry: Path, run: Callable[..., Outcome], args: list[str], says: str
) -> None:
    before = snapshot(registry)
    outcome = run(*args, "--registry", str(registry))
    assert_refused(outcome, 2, planted=(LONG,), says=says, before=before, after=snapshot(registry))


def test_a_tag_cannot_be_applied_twice(registry: Path, run: Callable[..., Outcome]) -> None:
    args = ["registry", "promote", "bc@1.1.0", "--why", "canary it", "--registry", str(registry)]
    assert run(*args).code == 0
    before = snapshot(registry)
    assert_refused(run(*args), 2, says="already tagged", before=before, after=snapshot(registry))


def _file(tmp_path: Path) -> str:
    (tmp_path / "afile").write_text("x")
    return str(tmp_path / "afile")


def _foreign(tmp_path: Path) -> str:
    (tmp_path / "foreign").mkdir()
    (tmp_path / "foreign" / "notes.txt").write_text(PLANT)
    return str(tmp_path / "foreign")


REGISTRY_URIS: dict[str, Callable[[Path], str]] = {
    "a file": _file,
    "a folder that is not a registry": _foreign,
    "ftp scheme": lambda _: "ftp://host/reg",
    "s3 scheme": lambda _: "s3://bucket/reg",
    "gs without bucket": lambda _: "gs://",
    "gs without credentials": lambda _: "gs://no-credentials-bucket/reg",
    "empty": lambda _: "",
}


@pytest.fixture
def no_gcs_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("STORAGE_EMULATOR_HOST", raising=False)
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(tmp_path / "no-such-key.json"))
    monkeypatch.setenv("NO_GCE_CHECK", "True")


@pytest.mark.parametrize("where", list(REGISTRY_URIS))
@pytest.mark.parametrize(
    "args",
    [
        ["registry", "list"],
        ["registry", "show", "bc@1.0.0"],
        ["registry", "promote", "bc@1.0.0", "--why", "a reason"],
        ["lineage", "bc@1.0.0"],
    ],
    ids=["list", "show", "promote", "lineage"],
)
def test_unusable_registry_locations(
    tmp_path: Path,
    run: Callable[..., Outcome],
    no_gcs_credentials: None,
    where: str,
    args: list[str],
) -> None:
    uri = REGISTRY_URIS[where](tmp_path)
    before = snapshot(tmp_path)
    outcome = run(*args, "--registry", uri)
    assert_refused(outcome, 2, before=before, after=snapshot(tmp_path))
