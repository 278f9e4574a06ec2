"""push_to_registry: publish a promoted model as an immutable version with its lineage."""
