"""Components as YAML: what a team that does not import mlgate builds a pipeline from.

The pipeline below is composed with ``kfp.components.load_component_from_file`` alone,
compiled, and run through ``kfp.local``; nothing of mlgate is imported to compose it.
"""

# (No ``from __future__ import annotations``: kfp reads the pipeline's annotations as types.)
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COMPONENTS = ROOT / "compiled" / "components"


def test_every_component_folder_has_its_yaml() -> None:
    folders = {p.parent.name for p in (ROOT / "components").glob("*/component.py")}
    assert folders == {p.stem for p in COMPONENTS.glob("*.yaml")}


def test_a_pipeline_built_from_the_yamls_alone_compiles_and_runs(tmp_path: Path) -> None:
    import kfp.local
    from kfp import compiler, dsl
    from kfp.components import load_component_from_file

    load = load_component_from_file(str(COMPONENTS / "load_dataset.yaml"))
    validate = load_component_from_file(str(COMPONENTS / "validate_schema.yaml"))
    contract = (ROOT / "pipelines" / "contracts" / "breast_cancer.yaml").read_text()

    @dsl.pipeline(name="team-from-yaml")
    def team_from_yaml(source: str = "sample:breast_cancer") -> None:
        loaded = load(source=source)
        validate(dataset=loaded.outputs["dataset"], contract=contract, contract_name="bc.yaml")

    compiler.Compiler().compile(team_from_yaml, str(tmp_path / "team.yaml"))
    assert (tmp_path / "team.yaml").read_text().count("image: ") == 2

    kfp.local.init(
        runner=kfp.local.SubprocessRunner(use_venv=False),
        pipeline_root=str(tmp_path / "root"),
        raise_on_error=True,
    )
    try:
        team_from_yaml()
    finally:
        kfp.local.init(runner=kfp.local.SubprocessRunner(use_venv=False), raise_on_error=False)
    assert list((tmp_path / "root").rglob("validated"))


@pytest.mark.parametrize("name", ["load_dataset", "gate_candidate", "redact_clinical_logs"])
def test_component_yamls_pin_their_image_by_digest(name: str) -> None:
    text = (COMPONENTS / f"{name}.yaml").read_text()
    assert "@sha256:" in text and "pip install" not in text


def test_lint_and_compile_check_cover_the_component_yamls() -> None:
    from mlgate.gitops.lint import lint_paths, load_lint_config
    from mlgate.gitops.project import compile_pipelines
    from mlgate.gitops.specs import spec_files

    files = spec_files(ROOT / "compiled")
    assert {p.stem for p in COMPONENTS.glob("*.yaml")} <= {p.stem for p in files}
    # A component alone is held to the task's own rules; its gate has caching on, which
    # only the pipeline that wires it can turn off.
    assert lint_paths(ROOT / "compiled", load_lint_config(ROOT)) == []
    assert compile_pipelines(ROOT, check=True).clean
