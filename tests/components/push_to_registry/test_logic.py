"""push_to_registry's logic: a promoted model is published with its training data's profile,
which detect_drift then takes from the registry as its reference."""

from pathlib import Path

import pytest
import yaml

from mlgate.components.detect_drift.logic import detect_drift, registry_profile
from mlgate.components.push_to_registry.logic import push_to_registry
from mlgate.components.train_model.logic import train_model
from mlgate.data.contract import parse_suite
from mlgate.data.profile import PROFILE_FILE
from mlgate.data.tables import read_table
from mlgate.errors import CheckFailed, InputError
from mlgate.models.registry import Registry
from mlgate.pipelines.reference import TRAINING
from tests.conftest import REPO


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A model bundle trained on the demo table, and that table as Parquet."""
    folder = tmp_path_factory.mktemp("trained")
    table = folder / "table.parquet"
    read_table("sample:breast_cancer").to_parquet(table, index=False)
    train_model(str(table), TRAINING.canonical_json(), str(folder / "model"), str(folder / "ev"))
    return str(folder / "model"), str(table)


def _batch(tmp_path: Path, *, shift: bool) -> str:
    table = read_table("sample:breast_cancer").sample(frac=1.0, replace=True, random_state=3)
    if shift:
        table["mean_texture"] += table["mean_texture"].std()
    path = tmp_path / "batch.parquet"
    table.to_parquet(path, index=False)
    return str(path)


def test_a_pushed_version_keeps_its_training_profile_for_drift_checks(
    trained: tuple[str, str], tmp_path: Path
) -> None:
    model_dir, table = trained
    registry = str(tmp_path / "registry")
    manifest = push_to_registry(model_dir, registry, "promote", {}, dataset_uri=table)
    assert manifest.version == "1.0.0" and PROFILE_FILE in manifest.files
    profile = registry_profile(registry, "breast-cancer@1.0.0-staging")
    assert profile.rows == 569 and profile.label == "target" and "target" not in profile.columns

    # "breast-cancer" alone means production, which does not exist yet.
    with pytest.raises(InputError, match=r"no production version .* promote one"):
        detect_drift(_batch(tmp_path, shift=False), registry_uri=registry, model="breast-cancer")
    Registry(registry).promote("breast-cancer", "1.0.0", "prod", who="test", why="approved")
    ok = detect_drift(_batch(tmp_path, shift=False), registry_uri=registry, model="breast-cancer")
    assert ok.decision == "ok"
    with pytest.raises(CheckFailed, match=r"mean_texture: drift"):
        detect_drift(_batch(tmp_path, shift=True), registry_uri=registry, model="breast-cancer")


def test_a_version_pushed_without_a_profile_says_what_to_do(
    trained: tuple[str, str], tmp_path: Path
) -> None:
    registry = str(tmp_path / "registry")
    push_to_registry(trained[0], registry, "promote", {})
    with pytest.raises(InputError, match=r"breast-cancer@1.0.0 has no profile.json"):
        registry_profile(registry, "breast-cancer@1.0.0")
    with pytest.raises(InputError, match=r"needs a reference: a profile"):
        detect_drift(_batch(tmp_path, shift=False))


def test_only_a_promote_decision_publishes(trained: tuple[str, str], tmp_path: Path) -> None:
    registry = tmp_path / "registry"
    with pytest.raises(CheckFailed, match=r"the gate decided 'reject'; nothing is pushed"):
        push_to_registry(trained[0], str(registry), "reject", {}, dataset_uri=trained[1])
    assert not registry.exists()


def test_the_profile_keeps_the_models_scores_on_the_evaluation_rows(
    trained: tuple[str, str], tmp_path: Path
) -> None:
    import pandas as pd

    from mlgate.components.evaluate_model.logic import read_model_dir
    from mlgate.models.evaluation import model_scores

    model_dir, table = trained
    eval_rows = str(Path(model_dir).parent / "ev")
    registry = str(tmp_path / "registry")
    push_to_registry(model_dir, registry, "promote", {}, dataset_uri=table, eval_uri=eval_rows)
    profile = registry_profile(registry, "breast-cancer@1.0.0-staging")
    frame = pd.read_parquet(eval_rows)
    assert profile.scores is not None and profile.rows == 569
    assert profile.scores.count == len(frame) < 569  # the held-out rows, not the table
    bundle = read_model_dir(model_dir)
    expected = model_scores(bundle.model, frame, bundle.card)
    assert expected.min() >= 0.0 and expected.max() <= 1.0
    assert profile.scores.min == pytest.approx(expected.min())
    assert profile.scores.max == pytest.approx(expected.max())
    assert sum(profile.scores.counts) == len(frame) and profile.scores.nulls == 0


def test_evaluation_rows_that_are_not_the_recorded_ones_push_nothing(
    trained: tuple[str, str], tmp_path: Path
) -> None:
    model_dir, table = trained
    registry = tmp_path / "registry"
    with pytest.raises(CheckFailed, match=r"evaluation rows differ"):
        push_to_registry(model_dir, str(registry), "promote", {}, dataset_uri=table, eval_uri=table)
    assert not registry.exists()


# -- undeclared consumers: a model trained on a column its contract does not declare --------

CONTRACT = (REPO / "pipelines" / "contracts" / "breast_cancer.yaml").read_text()


def _contract(*, drop: str | None = None, extra_columns: str = "forbid") -> str:
    """The demo contract, without column ``drop``, with another extra_columns policy."""
    document = yaml.safe_load(CONTRACT)
    document["extra_columns"] = extra_columns
    document["columns"] = [c for c in document["columns"] if c["name"] != drop]
    return yaml.safe_dump(document)


def test_a_model_that_reads_only_declared_columns_passes_the_consumer_check(
    trained: tuple[str, str], tmp_path: Path
) -> None:
    sha = parse_suite(CONTRACT, "c").sha256
    manifest = push_to_registry(
        trained[0], str(tmp_path / "reg"), "promote", {"contract_sha256": sha}, contract=CONTRACT
    )
    assert manifest.lineage["consumer_check"] == {
        "outcome": "ok",
        "contract_sha256": sha,
        "undeclared": [],
        "message": "",
    }


def test_an_undeclared_consumer_is_refused_when_the_contract_forbids_extra_columns(
    trained: tuple[str, str], tmp_path: Path
) -> None:
    registry = tmp_path / "reg"
    with pytest.raises(CheckFailed) as caught:
        push_to_registry(
            trained[0], str(registry), "promote", {}, contract=_contract(drop="texture_error")
        )
    message = str(caught.value)
    assert "breast-cancer was trained on 1 column(s) that contract 'breast_cancer'" in message
    assert "does not declare: 'texture_error'" in message and "extra_columns: forbid" in message
    # Names, never values: no figure of the column reaches the message.
    first = read_table("sample:breast_cancer")["texture_error"].iloc[0]
    assert str(first) not in message
    assert not registry.exists()  # nothing pushed


@pytest.mark.parametrize("policy", ["warn", "allow"])
def test_an_undeclared_consumer_is_pushed_with_a_recorded_warning_otherwise(
    trained: tuple[str, str], tmp_path: Path, policy: str
) -> None:
    contract = _contract(drop="texture_error", extra_columns=policy)
    manifest = push_to_registry(trained[0], str(tmp_path / "reg"), "promote", {}, contract=contract)
    check = (
        Registry(str(tmp_path / "reg")).manifest("breast-cancer", "1.0.0").lineage["consumer_check"]
    )
    assert check == manifest.lineage["consumer_check"]
    assert check["outcome"] == "warn" and check["undeclared"] == ["texture_error"]
    assert check["contract_sha256"] == parse_suite(contract, "c").sha256
    assert "does not declare: 'texture_error'" in check["message"]


def test_a_push_without_the_contract_records_that_nothing_was_checked(
    trained: tuple[str, str], tmp_path: Path
) -> None:
    manifest = push_to_registry(trained[0], str(tmp_path / "reg"), "promote", {})
    check = manifest.lineage["consumer_check"]
    assert check["outcome"] == "not_checked" and check["undeclared"] is None
    assert "given no contract" in check["message"]


def test_a_contract_other_than_the_validated_one_is_refused(
    trained: tuple[str, str], tmp_path: Path
) -> None:
    registry = tmp_path / "reg"
    with pytest.raises(InputError, match=r"not the one the training table was validated against"):
        push_to_registry(
            trained[0], str(registry), "promote", {"contract_sha256": "0" * 64}, contract=CONTRACT
        )
    assert not registry.exists()


def test_the_kfp_shell_prints_the_warning_with_column_names_only(
    trained: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from types import SimpleNamespace

    from mlgate.components.push_to_registry.component import push_to_registry as shell

    def artifact(path: str, **metadata: object) -> SimpleNamespace:
        return SimpleNamespace(path=path, uri=path, metadata=dict(metadata))

    contract = _contract(drop="texture_error", extra_columns="warn")
    entry = artifact(str(tmp_path / "entry.json"))
    version = shell.python_func(
        model=artifact(trained[0]),
        dataset=artifact(trained[1], contract_sha256=parse_suite(contract, "c").sha256),
        gate_report=artifact(str(tmp_path / "report.md")),
        decision="promote",
        registry=str(tmp_path / "reg"),
        image="img",
        entry=entry,
        contract=contract,
    )
    out = capsys.readouterr().out
    assert version == "1.0.0"
    assert "warning: breast-cancer was trained on 1 column(s)" in out and "'texture_error'" in out
    first = read_table("sample:breast_cancer")["texture_error"].iloc[0]
    assert str(first) not in out
    assert '"outcome": "warn"' in Path(entry.path).read_text()
