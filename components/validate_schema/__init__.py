"""validate_schema: check a Dataset against a data contract; halt the run when it breaks."""
