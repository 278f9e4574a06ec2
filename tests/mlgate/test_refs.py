"""Refs as the tags read (``MODEL@X.Y.Z-STAGE``), the registry listing, and finding the
project from any folder inside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlgate.cli import main
from mlgate.errors import InputError
from mlgate.gitops.project import find_project_root
from mlgate.models.registry import ModelRef, Registry, parse_ref
from tests.conftest import REPO


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("breast-cancer@1.4.0", ModelRef("breast-cancer", "1.4.0")),
        ("breast-cancer@1.4.0-staging", ModelRef("breast-cancer", "1.4.0", "staging")),
        ("m_2@10.0.12-canary", ModelRef("m_2", "10.0.12", "canary")),
        ("m@0.1.0-prod", ModelRef("m", "0.1.0", "prod")),
    ],
)
def test_refs_read_as_the_tags_are_written(text: str, ref: ModelRef) -> None:
    assert parse_ref(text) == ref
    assert str(ref) == text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("breast-cancer", r"expected MODEL@X.Y.Z or MODEL@X.Y.Z-STAGE"),
        ("breast-cancer@", r"expected MODEL@X.Y.Z"),
        ("@1.0.0", r"expected MODEL@X.Y.Z"),
        ("breast-cancer@1.0", r"version '1.0' is not semver"),
        ("breast-cancer@1.0.0-gold", r"unknown stage 'gold'; stages are staging, canary, prod"),
        ("Breast@1.0.0", r"model name 'Breast'"),
        ("a@b@1.0.0", r"expected MODEL@X.Y.Z"),
    ],
)
def test_a_bad_ref_says_which_part_is_wrong(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_ref(text)


def _registry_with_two_versions(tmp_path: Path) -> Registry:
    registry = Registry(str(tmp_path / "registry"))
    for version in ("1.0.0", "1.1.0"):
        files = {"model.skops": version.encode()}
        registry.push("breast-cancer", files, {"model_sha256": version}, version=version)
    registry.promote("breast-cancer", "1.0.0", "prod", who="t", why="approved")
    registry.promote("breast-cancer", "1.1.0", "canary", who="t", why="trying")
    return registry


def test_a_ref_with_a_stage_must_hold_it(tmp_path: Path) -> None:
    registry = _registry_with_two_versions(tmp_path)
    assert registry.resolve(parse_ref("breast-cancer@1.1.0-canary")) == ("breast-cancer", "1.1.0")
    assert registry.resolve(parse_ref("breast-cancer@1.0.0-prod")) == ("breast-cancer", "1.0.0")
    with pytest.raises(InputError, match=r"does not hold \(it holds: staging, canary\)"):
        registry.resolve(parse_ref("breast-cancer@1.1.0-prod"))
    with pytest.raises(InputError, match=r"breast-cancer@2.0.0 does not exist"):
        registry.resolve(parse_ref("breast-cancer@2.0.0-staging"))


def test_registry_list_shows_versions_tags_and_the_production_pointer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = _registry_with_two_versions(tmp_path)
    assert main(["registry", "list", "--registry", registry.uri]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "breast-cancer  (prod: 1.0.0)",
        "  breast-cancer@1.0.0  1.0.0-staging  1.0.0-prod",
        "  breast-cancer@1.1.0  1.1.0-staging  1.1.0-canary",
    ]
    assert main(["registry", "show", "breast-cancer@1.1.0-canary", "--registry", registry.uri]) == 0
    assert '"stages": ["staging", "canary"]' in capsys.readouterr().out


def test_registry_list_of_an_unknown_model_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = _registry_with_two_versions(tmp_path)
    assert main(["registry", "list", "nope", "--registry", registry.uri]) == 2
    assert "no model 'nope' in" in (err := capsys.readouterr().err)
    assert "(models: breast-cancer)" in err


def test_the_project_is_found_from_any_folder_inside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert find_project_root(REPO / "components" / "train_model") == REPO
    monkeypatch.chdir(REPO / "pipelines" / "contracts")
    assert main(["compile", "--check"]) == 0
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=r"is not inside an mlgate project.*pass --root DIR"):
        find_project_root(tmp_path)
    assert main(["compile", "--check"]) == 2
    assert "pass --root DIR" in capsys.readouterr().err
