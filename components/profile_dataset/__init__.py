"""profile_dataset: summarise a reference table into a small, versioned drift profile."""
