"""Check a table against a data contract and pass it on only if it holds.

The report is written whether or not the table passes, so that a halted run
still shows why. Messages name rules, columns and row indices; values appear
only for columns the contract does not mark sensitive.
"""

from __future__ import annotations

from mlgate import storage
from mlgate.data.contract import parse_suite
from mlgate.data.tables import read_table
from mlgate.data.validation import ValidationResult, render_html, validate_table
from mlgate.errors import CheckFailed

__all__ = ["validate_schema"]


def validate_schema(
    dataset_uri: str,
    contract: str,
    *,
    contract_source: str = "contract",
    file_format: str | None = None,
    output_uri: str | None = None,
    report_uri: str | None = None,
) -> ValidationResult:
    """Validates the Parquet table at ``dataset_uri`` against ``contract``.

    Args:
        dataset_uri: A Parquet file (a KFP Dataset) or any source ``load_dataset`` reads.
        contract: The contract YAML, or a great-expectations suite JSON, as text.
        contract_source: The contract's name or path, for messages.
        file_format: "parquet", "csv" or "jsonl"; by default Parquet unless the URI ends
            in .csv (a KFP Dataset has no suffix; its metadata names the format).
        output_uri: Where the unchanged table is copied when it passes.
        report_uri: Where the HTML report goes (always written): failures first, passing
            rules collapsed, a distribution picture per column (none for sensitive ones).

    Returns:
        The result, when no error-severity rule failed (warnings are in it).

    Raises:
        InputError: the contract or the table cannot be read.
        CheckFailed: an error-severity rule failed; nothing is written at ``output_uri``.
    """
    suite = parse_suite(contract, contract_source)
    fmt = file_format or (None if dataset_uri.lower().endswith(".csv") else "parquet")
    result = validate_table(read_table(dataset_uri, fmt), suite, profile=bool(report_uri))
    if report_uri:
        storage.write_bytes(report_uri, render_html(result).encode("utf-8"))
    if not result.passed:
        raise CheckFailed(result.summary())
    if output_uri:
        storage.copy_file(dataset_uri, output_uri)
    return result
