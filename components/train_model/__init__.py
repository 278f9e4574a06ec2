"""train_model: fit the configured estimator, seeded, into a reproducible model bundle."""
