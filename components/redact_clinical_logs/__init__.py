"""redact_clinical_logs: measure the redactor, refuse below the floor, redact, re-scan."""
