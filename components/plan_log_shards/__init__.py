"""plan_log_shards: cut a log file into row ranges that redact_log_shard redacts in parallel."""
