"""redact_log_shard: redact one planned row range of a log file, numbered as in the whole file."""
