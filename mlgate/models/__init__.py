"""Models: training, evaluation, the gate, shadow comparison, tracking, the registry and lineage."""
