"""Benchmark: mlgate's detect_drift against scipy's reference implementations.

One reference table and one batch (1,000,000 rows x 30 columns each by default:
25 numeric, 5 categorical; the batch has three columns shifted), two ways:

  (a) scipy, column by column, on the raw data: ``ks_2samp`` on the two numeric
      samples, ``np.histogram`` on the reference's decile bins and ``jensenshannon``
      on the shares, ``value_counts`` and ``chi2_contingency`` + ``jensenshannon`` for
      the categorical columns. This is what a monitoring job without a profile does:
      it keeps and rereads the reference rows.
  (b) mlgate: the batch against the reference's profile (``compute_profile`` once, as
      at push time, timed apart), with PSI, JS, binned KS and chi-square per column.

It checks that the statistics are scipy's on the same bins: JS distance against
``jensenshannon(base=2)``, chi-square against ``chi2_contingency``, and binned KS
against ``ks_2samp(method="asymp")`` on the bin numbers of both samples; it also prints
how far the binned KS D sits below the raw-data D (the profile keeps no raw rows, so
binned D is a lower bound). Then it prints both times and their ratio.

    python benchmarks/drift.py [--rows 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from mlgate.data.drift import detect_drift
from mlgate.data.profile import compute_profile

NUMERIC, CATEGORICAL = 25, 5
LEVELS = [f"level_{i}" for i in range(12)]


def make_table(rows: int, seed: int, shift: bool = False) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    data: dict[str, Any] = {}
    for i in range(NUMERIC):
        values = rng.normal(10 * i, 1 + i % 4, rows)
        if shift and i in (3, 7):
            values += 0.5 * (1 + i % 4)  # half a standard deviation
        data[f"x{i}"] = values
    weights = np.linspace(1, 3, len(LEVELS))
    for i in range(CATEGORICAL):
        p = weights / weights.sum()
        if shift and i == 2:
            p = p[::-1]
        data[f"c{i}"] = pd.array(rng.choice(LEVELS, rows, p=p), dtype="str")
    return pd.DataFrame(data)


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), out


def scipy_way(reference: pd.DataFrame, batch: pd.DataFrame, profile: Any) -> dict[str, Any]:
    """The same comparisons with scipy on the raw rows of both tables."""
    from scipy.spatial.distance import jensenshannon
    from scipy.stats import chi2_contingency, ks_2samp

    out: dict[str, Any] = {}
    for name, summary in profile.columns.items():
        if summary.kind == "numeric":
            ref, new = reference[name].to_numpy(), batch[name].to_numpy()
            edges = np.concatenate(([-np.inf], summary.edges, [np.inf]))
            h_ref, _ = np.histogram(ref, edges)
            h_new, _ = np.histogram(new, edges)
            ks = ks_2samp(ref, new)
            out[name] = {"js": jensenshannon(h_ref, h_new, base=2), "ks_raw": ks.statistic}
        else:
            counts = pd.concat(
                [reference[name].value_counts(), batch[name].value_counts()], axis=1
            ).fillna(0)
            table = counts.to_numpy().T
            chi = chi2_contingency(table)
            out[name] = {
                "js": jensenshannon(table[0], table[1], base=2),
                "chi2": chi.statistic,
                "chi2_p": chi.pvalue,
            }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    reference = make_table(args.rows, seed=1)
    batch = make_table(args.rows, seed=2, shift=True)
    t_profile, profile = timed(lambda: compute_profile(reference), 1)
    detect_drift(batch.head(1000), profile)  # imports (scipy.stats) out of the timing
    t_ours, result = timed(lambda: detect_drift(batch, profile), args.repeat)
    t_scipy, peer = timed(lambda: scipy_way(reference, batch, profile), 1)

    # Same statistics on the same bins.
    from scipy.stats import ks_2samp

    js_gap = chi_gap = p_gap = ks_gap = raw_gap = 0.0
    for column in result.columns:
        theirs = peer[column.name]
        js_gap = max(js_gap, abs(column.js - theirs["js"]))
        if column.kind == "categorical":
            chi_gap = max(chi_gap, abs(column.chi2_statistic - theirs["chi2"]) / theirs["chi2"])
            p_gap = max(p_gap, abs(column.chi2_pvalue - theirs["chi2_p"]))
        else:
            edges = np.asarray(profile.columns[column.name].edges)
            bins_ref = np.searchsorted(edges, reference[column.name].to_numpy(), side="right")
            bins_new = np.searchsorted(edges, batch[column.name].to_numpy(), side="right")
            binned = ks_2samp(bins_ref, bins_new, method="asymp")
            ks_gap = max(ks_gap, abs(column.ks_statistic - binned.statistic))
            p_gap = max(p_gap, abs(column.ks_pvalue - binned.pvalue))
            raw_gap = max(raw_gap, theirs["ks_raw"] - column.ks_statistic)
    flagged = sorted(c.name for c in result.columns if c.level != "ok")

    size = len(profile.model_dump_json())
    print(f"table: {args.rows} rows x {NUMERIC + CATEGORICAL} columns ({NUMERIC} numeric)")
    print(f"profile of the reference: {t_profile:7.3f} s, {size / 1024:.1f} KiB of JSON")
    print(f"(a) scipy on raw rows      {t_scipy:7.3f} s")
    print(f"(b) mlgate vs the profile  {t_ours:7.3f} s   (median of {args.repeat})   target < 1 s")
    print(f"speed-up (a/b): {t_scipy / t_ours:.1f}x")
    print(
        f"same statistics: max |JS - jensenshannon| {js_gap:.1e}; max relative chi-square "
        f"gap {chi_gap:.1e}; max |binned KS D - ks_2samp(bins) D| {ks_gap:.1e}; "
        f"max p-value gap {p_gap:.1e}"
    )
    print(f"binned KS D is below raw ks_2samp D by at most {raw_gap:.4f}")
    print(f"decision: {result.decision}; flagged: {', '.join(flagged)} (shifted: x3, x7, c2)")


if __name__ == "__main__":
    main()
