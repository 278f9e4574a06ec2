"""gate_candidate: promote or reject a candidate against production and a baseline."""
