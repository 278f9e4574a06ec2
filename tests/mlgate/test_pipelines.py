"""mlgate compile: discovery, determinism, --check, and bad pipeline modules."""

from pathlib import Path

import pytest

from mlgate.errors import InputError
from mlgate.gitops.project import compile_pipelines, discover_pipelines, find_pipeline
from tests.conftest import REPO, run_cli


def test_compile_twice_gives_identical_bytes(project: Path) -> None:
    target = project / "compiled" / "mlgate-reference.yaml"
    target.unlink()
    first = compile_pipelines(project)
    assert first.written == [target]
    content = target.read_bytes()
    assert compile_pipelines(project).written == []
    assert target.read_bytes() == content
    assert content == (REPO / "compiled" / "mlgate-reference.yaml").read_bytes()


def test_compiled_spec_names_no_path_or_time(project: Path) -> None:
    compile_pipelines(project)
    text = (project / "compiled" / "mlgate-reference.yaml").read_text()
    assert str(project) not in text and str(REPO) not in text
    assert "2026-" not in text


def test_check_finds_stale_missing_and_orphaned_and_writes_nothing(project: Path) -> None:
    reference = project / "pipelines" / "reference.py"
    reference.write_text(reference.read_text().replace("Loads a table", "Loads one table"))
    (project / "pipelines" / "second.py").write_text(
        "from kfp import dsl\n"
        "from mlgate.components.load_dataset.component import load_dataset\n\n"
        "@dsl.pipeline(name='second')\n"
        "def second(source: str = 'sample:breast_cancer') -> None:\n"
        "    load_dataset(source=source)\n"
    )
    orphan = project / "compiled" / "gone.yaml"
    orphan.write_bytes(b"# PIPELINE DEFINITION\n# Name: gone\n")
    before = {p.name: p.read_bytes() for p in (project / "compiled").iterdir() if p.is_file()}

    result = run_cli("--root", str(project), "compile", "--check")
    assert result.returncode == 1
    assert "stale: compiled/mlgate-reference.yaml" in result.stdout
    assert "missing: compiled/second.yaml" in result.stdout
    assert "orphaned: compiled/gone.yaml" in result.stdout
    assert {
        p.name: p.read_bytes() for p in (project / "compiled").iterdir() if p.is_file()
    } == before

    assert run_cli("--root", str(project), "compile").returncode == 0
    assert sorted(p.name for p in (project / "compiled").iterdir()) == [
        "components",
        "mlgate-diabetes.yaml",
        "mlgate-monitoring.yaml",
        "mlgate-reference.yaml",
        "second.yaml",
        "team-data-check.yaml",
        "team-own-model.yaml",
    ]
    result = run_cli("--root", str(project), "compile", "--check")
    assert (result.returncode, result.stdout.strip()) == (0, "compiled/ is up to date")


def test_compile_leaves_hand_written_yaml_alone(project: Path) -> None:
    notes = project / "compiled" / "notes.yaml"
    notes.write_text("owner: ml-platform\n")
    compile_pipelines(project)
    assert notes.exists()


def test_module_that_fails_to_import_is_named(project: Path) -> None:
    (project / "pipelines" / "broken.py").write_text("import not_a_module_anywhere\n")
    with pytest.raises(InputError, match=r"broken\.py: failed to import: ModuleNotFoundError"):
        discover_pipelines(project)
    result = run_cli("--root", str(project), "compile")
    assert result.returncode == 2
    assert "broken.py: failed to import" in result.stderr
    assert "Traceback" not in result.stderr


def test_duplicate_pipeline_names_are_refused(project: Path) -> None:
    source = (project / "pipelines" / "reference.py").read_text()
    (project / "pipelines" / "copy.py").write_text(source)
    with pytest.raises(InputError, match="'mlgate-reference' is defined in both"):
        discover_pipelines(project)


def test_unknown_pipeline_lists_the_known_ones(project: Path) -> None:
    with pytest.raises(
        InputError,
        match=r"unknown pipeline 'nope'.*: mlgate-diabetes, mlgate-monitoring, mlgate-reference",
    ):
        find_pipeline(project, "nope")
    assert find_pipeline(project, "reference").name == "mlgate-reference"


def test_missing_pipelines_directory(tmp_path: Path) -> None:
    result = run_cli("--root", str(tmp_path), "compile")
    assert result.returncode == 2
    assert "no pipelines directory" in result.stderr
