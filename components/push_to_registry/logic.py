"""Publish a model bundle to the registry with the lineage that makes it auditable, and the
profile of its training data that later drift checks compare serving batches with.

Undeclared consumers: a model trained on a column its data contract does not declare reads
data nobody reviewed (no type, no rules, no ``sensitive`` flag). Given the contract, the
push compares the columns the model was trained on (its card's features and label) with the
columns the contract declares. The contract decides what happens: under
``extra_columns: forbid`` (the default) such a model is refused and nothing is pushed;
under ``warn`` or ``allow`` it is pushed with the warning recorded in its lineage
(``consumer_check``). Column names only, never values, go into messages and the registry.
"""

from __future__ import annotations

from typing import Any

from mlgate.components.evaluate_model.logic import read_eval_rows, read_model_dir
from mlgate.data.contract import Suite, parse_suite
from mlgate.data.profile import PROFILE_FILE
from mlgate.errors import CheckFailed, InputError, quote, shorten
from mlgate.models.registry import Manifest, Registry
from mlgate.models.training import ModelCard

__all__ = ["consumer_check", "push_to_registry"]


def push_to_registry(
    model_dir: str,
    registry_uri: str,
    decision: str,
    lineage: dict[str, Any],
    *,
    dataset_uri: str | None = None,
    eval_uri: str | None = None,
    version: str | None = None,
    contract: str | None = None,
) -> Manifest:
    """Pushes the bundle in ``model_dir`` as ``<version>-staging``; only on a promote decision.

    Args:
        model_dir: The bundle from train_model.
        registry_uri: Local path or ``gs://bucket/prefix``.
        decision: The gate's decision; anything but "promote" refuses (fail closed).
        lineage: Data, contract, code, image and run facts to record in the manifest.
        dataset_uri: The training table (Parquet); its profile is stored with the version
            as ``profile.json``, the reference ``detect_drift`` compares batches with.
        eval_uri: The bundle's evaluation rows (Parquet, checked against the sha256 in its
            card); with ``dataset_uri``, the profile also keeps the model's score
            distribution on them, for detect_drift's prediction drift.
        version: Semver to publish; by default the next minor version.
        contract: The data contract the training table was validated against (its text,
            as validate_schema took it): checks the model reads only columns it declares
            (see the module docstring). None: not checked, and the lineage says so.

    Raises:
        CheckFailed: the gate did not promote.
        CheckFailed: the evaluation rows are not the ones the model recorded.
        CheckFailed: the model reads a column the contract does not declare, and the
            contract forbids undeclared columns.
        InputError: the version exists or is not semver, or the bundle is corrupt, or the
            contract is not the one ``lineage["contract_sha256"]`` names.
    """
    if decision != "promote":
        raise CheckFailed(f"the gate decided {quote(decision)}; nothing is pushed")
    bundle = read_model_dir(model_dir)
    card = bundle.card
    # Before anything is written: a refused model leaves the registry as it was.
    consumers = consumer_check(card, contract, lineage.get("contract_sha256"))
    record = {
        **lineage,
        "model_sha256": card.model_sha256,
        "config_sha256": card.config_sha256,
        "data_sha256": card.data_sha256,
        "eval_sha256": card.eval_sha256,
        "task": card.task,
        "estimator": card.estimator,
        # What `mlgate reproduce` may expect: claimed only where it is tested or holds.
        "reproducible": card.reproducible,
        "reproducibility": card.reproducibility,
        "gate_decision": decision,
        "consumer_check": consumers,
    }
    files = dict(bundle.files)
    if dataset_uri is not None:
        from mlgate.data.profile import compute_profile
        from mlgate.data.tables import read_table
        from mlgate.models.evaluation import model_scores

        # Scored here, by the same function as evaluate_model's scores, rather than passed
        # along from it: the bundle and its recorded rows are all a score needs.
        scores = (
            model_scores(bundle.model, read_eval_rows(eval_uri, card), card)
            if eval_uri is not None
            else None
        )
        profile = compute_profile(
            read_table(dataset_uri, "parquet"), label=card.label, scores=scores
        )
        files[PROFILE_FILE] = profile.model_dump_json().encode("utf-8")
    return Registry(registry_uri).push(card.model_name, files, record, version=version)


def consumer_check(
    card: ModelCard, contract: str | None, validated_sha256: str | None = None
) -> dict[str, Any]:
    """Whether a model reads columns its data contract does not declare.

    Args:
        card: The model's card: the features it reads and the label it learnt.
        contract: The contract's text (YAML, or a great-expectations suite JSON); None or ""
            when the pipeline did not pass it.
        validated_sha256: The sha256 validation recorded for the training table, if any.

    Returns:
        The record for the registry entry's lineage: ``outcome`` ("ok", "warn" or
        "not_checked"), ``contract_sha256``, ``undeclared`` (column names) and ``message``.

    Raises:
        InputError: the contract does not parse, or is not the one the table was
            validated against.
        CheckFailed: undeclared columns are read, and the contract forbids them.
    """
    if not contract:
        return {
            "outcome": "not_checked",
            "contract_sha256": None,
            "undeclared": None,
            "message": "undeclared-consumer check not run: push_to_registry was given no "
            "contract (pass it the contract text validate_schema took)",
        }
    suite = parse_suite(contract, "push_to_registry contract")
    if validated_sha256 and suite.sha256 != validated_sha256:
        raise InputError(
            f"push_to_registry's contract (sha256 {suite.sha256[:12]}...) is not the one the "
            f"training table was validated against (sha256 {validated_sha256[:12]}...); pass "
            "the same contract text as validate_schema"
        )
    declared, strict = _declared(suite)
    read = [*card.features, card.label]
    undeclared = [column for column in dict.fromkeys(read) if column not in declared]
    record: dict[str, Any] = {
        "outcome": "ok",
        "contract_sha256": suite.sha256,
        "undeclared": undeclared,
        "message": "",
    }
    if not undeclared:
        return record
    names = shorten(", ".join(quote(column) for column in undeclared), 400)
    what = (
        f"{card.model_name} was trained on {len(undeclared)} column(s) that contract "
        f"{quote(suite.name)} does not declare: {names}"
    )
    if strict:
        raise CheckFailed(
            f"{what}; the contract forbids undeclared columns (extra_columns: forbid), so "
            "nothing is pushed: declare them in the contract (sensitive: true for personal "
            "data), or train without them"
        )
    return {
        **record,
        "outcome": "warn",
        "message": f"{what}; declare them in the contract (sensitive: true for personal data)",
    }


# A suite whose column set must match exactly (and halts the run when it does not):
# the contract's ``extra_columns: forbid``.
_EXACT = ("expect_table_columns_to_match_set", "expect_table_columns_to_match_ordered_list")


def _declared(suite: Suite) -> tuple[set[str], bool]:
    """(the columns a suite names, whether it forbids every other column)."""
    declared: set[str] = set()
    strict = False
    for expectation in suite.expectations:
        kwargs = expectation.kwargs
        for key in ("column", "column_A", "column_B"):
            if isinstance(kwargs.get(key), str):
                declared.add(kwargs[key])
        for key in ("column_list", "column_set"):
            declared.update(str(name) for name in kwargs.get(key) or [])
        if expectation.column is not None:
            declared.add(expectation.column)
        if expectation.type in _EXACT and expectation.severity == "critical":
            strict = strict or kwargs.get("exact_match", True) is not False
    return declared, strict
