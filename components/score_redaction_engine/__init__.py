"""score_redaction_engine: measure the redactor once, refuse below a floor, before any shard."""
