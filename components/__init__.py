"""mlgate components: each a package with ``logic.py`` (plain Python) and ``component.py`` (KFP)."""
