"""KFP shell for validate_schema."""

from kfp.dsl import HTML, Dataset, Input, Metrics, Output

from mlgate.component import component


@component
def validate_schema(
    dataset: Input[Dataset],
    contract: str,
    contract_name: str,
    validated: Output[Dataset],
    metrics: Output[Metrics],
    report: Output[HTML],
    engine: str = "pandas",
) -> None:
    """Checks a Dataset against a data contract; halts the run if an error rule fails.

    Args:
        dataset: The table: Parquet, or the format its metadata names (JSON Lines logs).
        contract: The data contract YAML (or a great-expectations suite JSON), as text,
            so that the compiled spec shows exactly which rules run.
        contract_name: The contract's file name, for reports.
        validated: The same table, unchanged, written only when it passes.
        metrics: rules_checked, rules_failed, rules_warned, rows, columns.
        report: An HTML page with every rule and its verdict.
        engine: "pandas" (the table in memory), "duckdb" (the contract as one SQL query)
            or "streaming" (record batches, bounded memory); the same verdicts. A
            ``bq://project.dataset.table`` Dataset is validated inside BigQuery.
    """
    from mlgate.components.validate_schema.logic import validate_schema as validate

    result = validate(
        dataset.path,
        contract,
        contract_source=contract_name,
        file_format=dataset.metadata.get("format", "parquet"),
        output_uri=validated.path,
        report_uri=report.path,
        engine=engine,
    )
    for name, value in result.metrics().items():
        metrics.log_metric(name, value)
    validated.metadata.update({**dataset.metadata, "contract_sha256": result.suite_sha256})
    print(result.summary())
