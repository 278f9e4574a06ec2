"""merge_redacted_logs: publish the redacted shards as one file, under one contract score."""
