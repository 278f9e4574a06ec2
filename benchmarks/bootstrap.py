"""Benchmark: evaluate_model's paired bootstrap, 1,000 resamples, on 10k and 1M rows.

Three models (candidate, production, majority-class baseline) are scored on the same
resamples, as evaluate_model scores them, for a binary classifier (every classification
metric, ROC AUC included) and a regressor (RMSE, MAE, R², MAPE). Synthetic scores stand
in for the models: the bootstrap's cost depends on the rows, not on the model.

Up to ``EvaluationConfig.exact_rows`` (20,000) rows the bootstrap resamples rows; above,
the score metrics resample random blocks of rows and AUC reads quantile bins (see
``mlgate.models.evaluation._bootstrap``), so 1M rows cost about what 20k do. The run also prints,
at 50k rows, the spread of the AUC and log-loss differences both ways, to show that the
block bootstrap measures the same uncertainty as the exact one.

    python benchmarks/bootstrap.py [--resamples 1000] [--rows 10000 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from mlgate.models.evaluation import EvaluationConfig, _bootstrap, _Rows


def _binary(n: int, rng: np.random.Generator) -> _Rows:
    y = rng.integers(0, 2, n)

    def model(signal: float) -> np.ndarray:
        p = 1 / (1 + np.exp(-(signal * (2 * y - 1) + rng.normal(0, 1, n))))
        return np.column_stack([1 - p, p])

    baseline = np.tile([0.0, 1.0], (n, 1))
    outputs = {"candidate": model(1.2), "production": model(1.1), "baseline": baseline}
    return _Rows("binary", y, outputs, 2, 0.5)


def _regression(n: int, rng: np.random.Generator) -> _Rows:
    y = rng.normal(150, 75, n)
    outputs = {
        "candidate": y + rng.normal(0, 55, n),
        "production": y + rng.normal(0, 57, n),
        "baseline": np.full(n, y.mean()),
    }
    return _Rows("regression", y, outputs, 0, 0.5)


def _time(rows: _Rows, config: EvaluationConfig, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        _bootstrap(rows, config, stream=0)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    config = EvaluationConfig(resamples=args.resamples)
    print(f"{args.resamples} paired resamples, 3 models, median of {args.repeat} runs")
    print(f"{'rows':>10}  {'task':<10}  {'method':<6}  {'seconds':>8}")
    for n in args.rows:
        method = "rows" if n <= config.exact_rows else "blocks"
        for task, make in (("binary", _binary), ("regression", _regression)):
            seconds = _time(make(n, rng), config, args.repeat)
            print(f"{n:>10,}  {task:<10}  {method:<6}  {seconds:>8.3f}")

    rows = _binary(50_000, rng)
    print("\n50,000 rows, candidate - production, 95% interval (sd) by both methods:")
    for exact_rows, method in ((100_000, "rows"), (20_000, "blocks")):
        draws = _bootstrap(
            rows, EvaluationConfig(resamples=args.resamples, exact_rows=exact_rows), stream=0
        )
        for metric in ("roc_auc", "log_loss"):
            diff = draws["candidate"][metric] - draws["production"][metric]
            low, high = np.quantile(diff, [0.025, 0.975])
            print(f"  {method:<6} {metric:<9} [{low:+.5f}, {high:+.5f}]  sd {diff.std():.5f}")


if __name__ == "__main__":
    main()
