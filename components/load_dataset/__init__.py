"""load_dataset: read a CSV, Parquet or built-in sample table into a Parquet Dataset."""
