"""compare_shadow: a candidate and production on the same logged requests, before live traffic."""
