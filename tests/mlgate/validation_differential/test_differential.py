"""Differential tests: the fast engine against great-expectations on generated cases.

For each of the 12 expectation types the fast engine implements, hypothesis draws
tables and arguments, and both engines must give the same ``success``,
``unexpected_count`` and unexpected row indices. Each example batches several rules
on one table, so one GX context serves many cases (GX is slow per call).

The CI run is seeded and bounded (about 2,500 cases); the ``slow`` run is wide.
"""

from __future__ import annotations

import os
import warnings

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from tests.mlgate.validation_differential.cases import TYPES, compare, rules, tables

RULES_PER_TABLE = 12
SEED = int(os.environ.get("MLGATE_DIFFERENTIAL_SEED", "20261130"))
CI = settings(
    max_examples=24,
    deadline=None,
    derandomize="MLGATE_DIFFERENTIAL_SEED" not in os.environ,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
WIDE = settings(CI, max_examples=400, derandomize=False)


def _run(kind: str, data: st.DataObject) -> None:
    frame = data.draw(tables(), label="table")
    kwargs = data.draw(st.lists(rules(kind), min_size=6, max_size=RULES_PER_TABLE), label="rules")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        compare(frame, kind, kwargs)


@pytest.mark.parametrize("kind", TYPES)
@seed(SEED)
@CI
@given(data=st.data())
def test_fast_engine_matches_great_expectations(kind: str, data: st.DataObject) -> None:
    _run(kind, data)


@pytest.mark.slow
@pytest.mark.parametrize("kind", TYPES)
@seed(SEED)
@WIDE
@given(data=st.data())
def test_fast_engine_matches_great_expectations_wide(kind: str, data: st.DataObject) -> None:
    _run(kind, data)
