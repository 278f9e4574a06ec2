"""detect_drift's logic: report first, then the decision, then the halt."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from mlgate.components.detect_drift.logic import detect_drift
from mlgate.components.profile_dataset.logic import profile_dataset
from mlgate.data.tables import read_table
from mlgate.errors import CheckFailed, InputError
from tests.conftest import REPO

DRIFT = (REPO / "pipelines" / "contracts" / "breast_cancer.drift.yaml").read_text()


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("profile") / "profile.json"
    profile_dataset("sample:breast_cancer", str(path), label="target")
    return str(path)


def _batch(tmp_path: Path, shift: bool) -> str:
    table = read_table("sample:breast_cancer").sample(frac=1.0, replace=True, random_state=7)
    if shift:
        table["mean_texture"] += table["mean_texture"].std()
        table["worst_area"] *= 1.5
    path = tmp_path / "batch.parquet"
    table.to_parquet(path, index=False)
    return str(path)


def test_an_unshifted_batch_is_ok(tmp_path: Path, profile: str) -> None:
    metrics: dict[str, float] = {}
    report = tmp_path / "report.md"
    result = detect_drift(
        _batch(tmp_path, shift=False),
        profile,
        DRIFT,
        config_source="breast_cancer.drift.yaml",
        report_uri=str(report),
        log_metric=metrics.__setitem__,
    )
    assert result.decision == "ok"
    assert metrics["decision_level"] == 0 and metrics["columns_checked"] == 31
    assert set(metrics) >= {"psi.mean_radius", "js.mean_radius", "psi.target"}
    assert report.read_text().startswith("# Drift report: ok")


def test_a_shifted_batch_halts_after_writing_its_report(tmp_path: Path, profile: str) -> None:
    metrics: dict[str, float] = {}
    report = tmp_path / "report.md"
    with pytest.raises(CheckFailed, match="mean_texture: drift") as caught:
        detect_drift(
            _batch(tmp_path, shift=True),
            profile,
            DRIFT,
            report_uri=str(report),
            log_metric=metrics.__setitem__,
        )
    assert "worst_area: drift" in str(caught.value)
    assert metrics["decision_level"] == 2 and metrics["columns_drift"] == 2
    assert "### mean_texture (drift)" in report.read_text()


def test_halt_on_never_reports_only(tmp_path: Path, profile: str) -> None:
    result = detect_drift(_batch(tmp_path, shift=True), profile, DRIFT, halt_on="never")
    assert result.decision == "drift"
    assert {c.name for c in result.by_level("drift")} == {"mean_texture", "worst_area"}


def test_bad_inputs_are_named_before_any_work(tmp_path: Path, profile: str) -> None:
    batch = _batch(tmp_path, shift=False)
    with pytest.raises(InputError, match="halt_on 'yes'"):
        detect_drift(batch, str(tmp_path / "missing.json"), DRIFT, halt_on="yes")
    (tmp_path / "bad.json").write_text('{"schema_version": 9}')
    with pytest.raises(InputError, match="bad.json: profile schema_version 9 is not supported"):
        detect_drift(batch, str(tmp_path / "bad.json"), DRIFT)
    with pytest.raises(InputError, match="x.yaml: invalid drift section"):
        detect_drift(batch, profile, "drift: {min_rows: 0}", config_source="x.yaml")
    other = tmp_path / "other.csv"
    pd.DataFrame({"a": np.arange(200.0)}).to_csv(other, index=False)
    with pytest.raises(InputError, match="lacks 30 column"):
        detect_drift(str(other), profile, DRIFT)
