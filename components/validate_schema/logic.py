"""Check a table against a data contract and pass it on only if it holds.

The report is written whether or not the table passes, so that a halted run
still shows why. Messages name rules, columns and row indices; values appear
only for columns the contract does not mark sensitive.

Three engines give the same verdicts (``mlgate.data.validation`` is the reference):
``"pandas"`` reads the table into memory; ``"duckdb"`` runs the contract as one SQL
query over a Parquet or CSV file (``mlgate.data.pushdown``); ``"streaming"`` reads
the file in batches, in bounded memory (``mlgate.data.streaming``). A BigQuery table
(``bq://project.dataset.table``) is always validated inside BigQuery, whatever the
engine: the contract runs there as one query, and no rows leave the warehouse.
"""

from __future__ import annotations

from typing import Any

from mlgate import storage
from mlgate.data.contract import parse_suite
from mlgate.data.validation import ValidationResult, render_html, validate_table
from mlgate.errors import CheckFailed, InputError

__all__ = ["ENGINES", "validate_schema"]

ENGINES = ("pandas", "duckdb", "streaming")


def validate_schema(
    dataset_uri: str,
    contract: str,
    *,
    contract_source: str = "contract",
    file_format: str | None = None,
    output_uri: str | None = None,
    report_uri: str | None = None,
    engine: str = "pandas",
    bigquery_client: Any = None,
) -> ValidationResult:
    """Validates the table at ``dataset_uri`` against ``contract``.

    Args:
        dataset_uri: A Parquet file (a KFP Dataset), any source ``load_dataset`` reads,
            or a BigQuery table ``bq://project.dataset.table``.
        contract: The contract YAML, or a great-expectations suite JSON, as text.
        contract_source: The contract's name or path, for messages.
        file_format: "parquet", "csv" or "jsonl"; by default Parquet unless the URI ends
            in .csv (a KFP Dataset has no suffix; its metadata names the format).
        output_uri: Where the unchanged table is copied when it passes (a BigQuery
            table is not copied: it stays in the warehouse).
        report_uri: Where the HTML report goes (always written): failures first, passing
            rules collapsed, a distribution picture per column (none for sensitive ones;
            none at all from the duckdb and streaming engines or BigQuery, which never
            hold the table).
        engine: "pandas" (the table in memory), "duckdb" (one SQL query over a Parquet or
            CSV file) or "streaming" (record batches, bounded memory). Ignored for
            ``bq://`` tables, which BigQuery validates.
        bigquery_client: For ``bq://``: a ``google.cloud.bigquery.Client`` (default: one
            for the table's project, which needs the ``bigquery`` extra).

    Returns:
        The result, when no error-severity rule failed (warnings are in it).

    Raises:
        InputError: the contract or the table cannot be read, an unknown engine, or a
            rule the chosen engine cannot run exactly (the message names it).
        CheckFailed: an error-severity rule failed; nothing is written at ``output_uri``.
    """
    from mlgate.data.pushdown import BIGQUERY_PREFIX

    if engine not in ENGINES:
        raise InputError(f"engine {engine!r} is unknown; use one of {', '.join(ENGINES)}")
    suite = parse_suite(contract, contract_source)
    in_warehouse = dataset_uri.startswith(BIGQUERY_PREFIX)
    fmt = file_format or (None if dataset_uri.lower().endswith(".csv") else "parquet")
    if in_warehouse:
        from mlgate.data.pushdown import validate_bigquery

        result = validate_bigquery(dataset_uri, suite, client=bigquery_client)
    elif engine == "pandas":
        from mlgate.data.tables import read_table

        result = validate_table(read_table(dataset_uri, fmt), suite, profile=bool(report_uri))
    else:
        if engine == "duckdb":
            from mlgate.data.pushdown import validate_duckdb

            result = validate_duckdb(dataset_uri, suite, file_format=fmt)
        else:
            from mlgate.data.streaming import validate_file

            result = validate_file(dataset_uri, suite, file_format=fmt)
        # read_table refuses these before the pandas engine runs; so do the others.
        if not result.columns:
            raise InputError(f"{dataset_uri}: has no columns")
        if not result.rows:
            raise InputError(f"{dataset_uri}: has a header but no rows")
    if report_uri:
        storage.write_bytes(report_uri, render_html(result).encode("utf-8"))
    if not result.passed:
        raise CheckFailed(result.summary())
    if output_uri and not in_warehouse:
        storage.copy_file(dataset_uri, output_uri)
    return result
