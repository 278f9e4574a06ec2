"""compare_shadow on real bundles, and the registry's shadow policy through the CLI."""

import json
from pathlib import Path

import pandas as pd
import pytest

from mlgate.cli import main
from mlgate.components.compare_shadow.logic import compare_shadow
from mlgate.components.load_dataset.logic import load_dataset
from mlgate.components.push_to_registry.logic import push_to_registry
from mlgate.components.train_model.logic import train_model
from mlgate.errors import CheckFailed, InputError
from mlgate.models.registry import Registry
from mlgate.models.shadow import ShadowReport, parse_report
from mlgate.models.training import TrainingConfig


def _config(seed: int) -> str:
    return TrainingConfig.model_validate(
        {
            "model_name": "bc",
            "label": "target",
            "seed": seed,
            "estimator": {"kind": "logistic_regression", "params": {"max_iter": 2000}},
        }
    ).canonical_json()


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A registry: 1.0.0 in prod, 1.1.0 (another seed: agrees), 1.2.0 (labels shuffled:
    disagrees), 1.3.0 (the very bytes of 1.0.0); requests with and without labels."""
    root = tmp_path_factory.mktemp("shadow")
    data = root / "data.parquet"
    load_dataset("sample:breast_cancer", str(data))
    frame = pd.read_parquet(data)
    shuffled = root / "shuffled.parquet"
    frame.assign(target=frame["target"].sample(frac=1, random_state=0).to_numpy()).to_parquet(
        shuffled, index=False
    )
    registry = str(root / "registry")
    for name, table, seed in (
        ("prod", data, 1),
        ("agrees", data, 2),
        ("disagrees", shuffled, 1),
        ("same", data, 1),
    ):
        model = root / name / "model"
        train_model(str(table), _config(seed), str(model), str(root / name / "eval.parquet"))
        push_to_registry(str(model), registry, "promote", {"data_uri": name})
    Registry(registry).promote("bc", "1.0.0", "prod", who="test", why="first production model")
    unlabelled = root / "requests.parquet"
    frame.drop(columns=["target"]).to_parquet(unlabelled, index=False)
    return Path(registry), unlabelled, data


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_report_bound_to_the_candidate_with_slices_and_latency(
    setup: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    registry, requests, _ = setup
    metrics: dict[str, float] = {}
    report = compare_shadow(
        str(requests),
        str(registry),
        "bc@1.1.0",
        slice_column="mean_radius",
        min_agreement=0.9,
        latency_rows=20,
        report_uri=str(tmp_path / "shadow.md"),
        shadow_report_uri=str(tmp_path / "shadow.json"),
        log_metric=metrics.__setitem__,
    )
    manifest = Registry(str(registry)).manifest("bc", "1.1.0")
    assert report.candidate.model_sha256 == manifest.files["model.skops"].sha256
    assert report.production.version == "1.0.0"
    assert report.passed and report.agreement >= 0.9 and report.labelled is None
    assert report.rows == 569 and sum(s.rows for s in report.slices) == 569
    assert len(report.slices) == 10  # deciles of a column with many values
    assert set(report.latency) == {"candidate", "production"}
    assert report.latency["candidate"].rows == 20
    assert metrics["agreement"] == report.agreement and "latency/production/p95_ms" in metrics
    assert parse_report((tmp_path / "shadow.json").read_bytes(), "file") == report
    text = (tmp_path / "shadow.md").read_text()
    assert "Disagreement by `mean_radius`" in text and "Latency per request" in text
    assert Registry(str(registry)).shadows("bc", "1.1.0") == []  # not asked to record


def test_with_labels_the_gate_comparison_decides_too(setup: tuple[Path, Path, Path]) -> None:
    registry, _, labelled = setup
    same = compare_shadow(str(labelled), str(registry), "bc@1.3.0", latency_rows=0)
    assert same.agreement == 1.0 and same.score_difference.max == 0.0
    assert same.labelled is not None and same.labelled.decision == "promote"
    assert same.labelled.rows == 569 and same.passed and same.latency == {}
    worse = compare_shadow(str(labelled), str(registry), "bc@1.2.0", latency_rows=0)
    assert worse.labelled is not None and worse.labelled.decision == "reject"
    assert not worse.passed
    assert any("over production 1.0.0" in r for r in worse.labelled.reasons)


def test_labels_that_have_not_arrived_are_left_out_of_the_labelled_comparison(
    setup: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    registry, _, labelled = setup
    partly = tmp_path / "partly.csv"
    frame = pd.read_parquet(labelled)
    frame["target"] = frame["target"].astype("Int64").mask(frame.index % 3 == 0)
    frame.to_csv(partly, index=False)
    report = compare_shadow(str(partly), str(registry), "bc@1.3.0", latency_rows=0)
    assert report.rows == 569 and report.labelled is not None
    assert report.labelled.rows == 569 - len(range(0, 569, 3))


def test_bad_parameters_are_refused_before_scoring(setup: tuple[Path, Path, Path]) -> None:
    registry, requests, _ = setup
    with pytest.raises(InputError, match="slice_column 'nope' is not a column"):
        compare_shadow(str(requests), str(registry), "bc@1.1.0", slice_column="nope")
    with pytest.raises(InputError, match="min_agreement"):
        compare_shadow(str(requests), str(registry), "bc@1.1.0", min_agreement=1.5)
    with pytest.raises(InputError, match="expected MODEL@X.Y.Z"):
        compare_shadow(str(requests), str(registry), "bc")
    with pytest.raises(CheckFailed, match="does not exist"):
        compare_shadow(str(requests), str(registry), "bc@9.0.0")
    thin = requests.parent / "thin.parquet"
    pd.read_parquet(requests).drop(columns=["mean_radius"]).to_parquet(thin)
    with pytest.raises(InputError, match="missing feature column"):
        compare_shadow(str(thin), str(registry), "bc@1.1.0")


def test_a_report_is_recorded_only_against_the_version_and_bytes_it_compared(
    setup: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    import shutil

    registry = tmp_path / "registry"  # a copy: the module's registry stays unrecorded
    shutil.copytree(setup[0], registry)
    requests = setup[1]
    out = tmp_path / "r.json"
    report = compare_shadow(
        str(requests), str(registry), "bc@1.1.0", latency_rows=0, shadow_report_uri=str(out)
    )
    reg = Registry(str(registry))
    with pytest.raises(CheckFailed, match="not to bc@1.2.0"):
        reg.record_shadow("bc", "1.2.0", out.read_bytes(), who="test")
    forged = json.loads(out.read_bytes())
    forged["candidate"]["model_sha256"] = "0" * 64
    with pytest.raises(CheckFailed, match="is bound to"):
        reg.record_shadow("bc", "1.1.0", json.dumps(forged), who="test")
    with pytest.raises(InputError, match="not a shadow report"):
        reg.record_shadow("bc", "1.1.0", b'{"agreement": 1}', who="test")
    record = reg.record_shadow("bc", "1.1.0", out.read_bytes(), who="test")
    assert record.report == report.id and record.production == "1.0.0"
    with pytest.raises(InputError, match="already recorded"):
        reg.record_shadow("bc", "1.1.0", out.read_bytes(), who="test")
    event = reg.history("bc")[-1]
    assert (event.action, event.version, event.shadow) == ("shadow", "1.1.0", report.id)
    assert reg.read_shadow("bc", record) == out.read_bytes()


def _promote(
    capsys: pytest.CaptureFixture[str], ref: str, stage: str, reg: Path
) -> tuple[int, str]:
    code, out, err = _cli(
        capsys, "registry", "promote", ref, "--stage", stage, "--why", "a test promotion",
        "--registry", str(reg),
    )  # fmt: skip
    return code, out + err


def _shadow(reg: Path, requests: str, ref: str) -> ShadowReport:
    return compare_shadow(
        requests, str(reg), ref, min_agreement=0.9, latency_rows=5, record_as="test-run"
    )


def test_policy_blocks_a_disagreeing_canary_and_lets_an_agreeing_one_go_to_prod(
    setup: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    registry = tmp_path / "registry"
    shutil.copytree(setup[0], registry)
    requests = str(setup[1])
    reg = ["--registry", str(registry)]
    code, out, _ = _cli(capsys, "registry", "policy", *reg)
    assert code == 0
    assert json.loads(out) == {"require_shadow_for_prod": False, "min_agreement": 0.95}
    code, out, _ = _cli(
        capsys, "registry", "policy", "--require-shadow", "--min-agreement", "0.9",
        "--why", "canaries must shadow production first", "--who", "lead", *reg,
    )  # fmt: skip
    assert code == 0 and json.loads(out)["require_shadow_for_prod"] is True
    assert _promote(capsys, "bc@1.1.0", "canary", registry)[0] == 0
    assert _promote(capsys, "bc@1.2.0", "canary", registry)[0] == 0

    # No report yet: refused, and production stays where it was.
    code, err = _promote(capsys, "bc@1.2.0-canary", "prod", registry)
    assert code == 1
    assert "require_shadow_for_prod" in err and "no shadow report" in err

    # A disagreeing canary: its report is recorded, failed, and prod is refused.
    bad = _shadow(registry, requests, "bc@1.2.0-canary")
    assert not bad.passed and bad.agreement < 0.9
    code, err = _promote(capsys, "bc@1.2.0-canary", "prod", registry)
    assert code == 1
    assert "require_shadow_for_prod (min_agreement 0.9000)" in err
    assert f"found agreement {bad.agreement:.4f}" in err
    assert Registry(str(registry)).production("bc") == "1.0.0"

    # 1.3.0 shadows production 1.0.0 now, and passes (the very same bytes).
    early = _shadow(registry, requests, "bc@1.3.0")
    assert early.passed and early.production.version == "1.0.0"

    # An agreeing canary goes to prod, and the promotion names the report it relied on.
    good = _shadow(registry, requests, "bc@1.1.0-canary")
    assert good.passed
    code, out = _promote(capsys, "bc@1.1.0-canary", "prod", registry)
    assert code == 0, out
    after = Registry(str(registry))
    assert after.production("bc") == "1.1.0"
    event = after.history("bc")[-1]
    assert (event.action, event.stage, event.shadow) == ("promote", "prod", good.id)
    code, out, _ = _cli(capsys, "registry", "show", "bc@1.1.0", *reg)
    shown = json.loads(out.strip().splitlines()[-1])
    assert [r["report"] for r in shown["shadow"]] == [good.id] and shown["shadow"][0]["passed"]

    # 1.3.0's report compared it with 1.0.0; production has moved on, so it no longer counts.
    code, err = _promote(capsys, "bc@1.3.0", "prod", registry)
    assert code == 1 and "production is now 1.1.0" in err

    # Without the policy, promotion is as it always was.
    assert _cli(capsys, "registry", "policy", "--no-require-shadow", *reg)[0] == 0
    assert _promote(capsys, "bc@1.3.0", "prod", registry)[0] == 0
    assert Registry(str(registry)).history("bc")[-1].shadow == ""


def test_policy_values_are_checked_and_a_corrupt_policy_fails_closed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = tmp_path / "registry"
    reg = ["--registry", str(registry)]
    with pytest.raises(SystemExit) as exc:
        main(["registry", "policy", "--min-agreement", "nan", *reg])
    assert exc.value.code == 2
    assert "expected a number in [0, 1]" in capsys.readouterr().err
    code, _, err = _cli(capsys, "registry", "policy", "bc", *reg)
    assert code == 2 and "takes no MODEL" in err
    Registry(str(registry)).push("bc", {"model.skops": b"m", "card.json": b"{}"}, {})
    (registry / "policy.json").write_text("{not json")
    code, _, err = _cli(capsys, "registry", "promote", "bc@1.0.0", "--stage", "prod", "--why", "because", *reg)  # fmt: skip
    assert code == 2 and "corrupt registry policy" in err
    assert Registry(str(registry)).production("bc") is None


def test_the_kfp_component_runs_locally_and_records_its_report(
    setup: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    import shutil

    from kfp import dsl

    from mlgate.components.compare_shadow.component import compare_shadow as component
    from mlgate.gitops.project import PipelineRef
    from mlgate.local_run import run_pipeline

    registry = tmp_path / "registry"
    shutil.copytree(setup[0], registry)

    @dsl.pipeline(name="shadow-check")
    def shadow_check(requests: str, registry: str) -> None:
        batch = dsl.importer(
            artifact_uri=requests, artifact_class=dsl.Dataset, metadata={"format": "parquet"}
        )
        component(
            requests=batch.output,
            registry=registry,
            candidate="bc@1.1.0",
            slice_column="mean_radius",
            min_agreement=0.9,
            latency_rows=5,
        )

    ref = PipelineRef("shadow-check", Path(__file__), shadow_check)
    result = run_pipeline(
        ref, {"requests": str(setup[1]), "registry": str(registry)}, tmp_path / "runs"
    )
    assert result.exit_code == 0
    task = next(t for t in result.tasks if t.name == "compare-shadow")
    assert task.parameters["Output"] == "pass"
    artifacts = {a.name: a for a in task.artifacts}
    report = parse_report(Path(artifacts["shadow_report"].uri).read_bytes(), "artifact")
    assert artifacts["shadow_report"].metadata["id"] == report.id
    [record] = Registry(str(registry)).shadows("bc", "1.1.0")
    assert record.report == report.id and record.who == result.run_dir.name
    assert "Disagreement by `mean_radius`" in Path(artifacts["report"].uri).read_text()
