"""detect_drift: compare a batch with a reference profile; report, decide, and halt on drift."""
