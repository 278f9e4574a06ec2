"""Data at the boundaries: contracts, their validation and reports, profiles, drift, tables."""
