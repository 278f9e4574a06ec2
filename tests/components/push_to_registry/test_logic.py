"""push_to_registry's logic: a promoted model is published with its training data's profile,
which detect_drift then takes from the registry as its reference."""

from pathlib import Path

import pytest

from mlgate.components.detect_drift.logic import detect_drift, registry_profile
from mlgate.components.push_to_registry.logic import push_to_registry
from mlgate.components.train_model.logic import train_model
from mlgate.data.profile import PROFILE_FILE
from mlgate.data.tables import read_table
from mlgate.errors import CheckFailed, InputError
from mlgate.models.registry import Registry
from mlgate.pipelines.reference import TRAINING


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
