"""evaluate_model: score a model bundle on its evaluation rows."""
