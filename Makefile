# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo demo-all test lint lock lock-check image clean

# The venv holds exactly what requirements/dev.lock pins (hashes checked), then mlgate
# itself, editable (scripts/venv.sh). It is rebuilt when the lock or pyproject.toml changes.
$(BIN)/mlgate: pyproject.toml requirements/dev.lock
	scripts/venv.sh $(VENV) $(PYTHON)
	@touch $@

# The reference pipeline twice: the first run publishes 1.0.0, the second is rejected by the gate.
demo: $(BIN)/mlgate
	$(BIN)/python scripts/demo.py

# The demo, then the regression pipeline (mlgate-diabetes) and a team's own model
# (team-own-model) end to end, into the demo's registry, each with its summary.
demo-all: demo
	$(BIN)/python scripts/demo.py --more

lint: $(BIN)/mlgate
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint lock-check
	$(BIN)/pytest
	$(BIN)/mlgate compile --check
	$(BIN)/mlgate docs --check
	$(BIN)/mlgate lint compiled

# Re-resolve requirements/*.lock from pyproject.toml, keeping every pin that still fits;
# `make lock UPGRADE=--upgrade` moves every pin to the newest release the ranges allow.
lock: $(BIN)/mlgate
	PATH=$(CURDIR)/$(BIN):$$PATH scripts/lock.sh $(UPGRADE)

# Fails when requirements/*.lock no longer matches pyproject.toml.
lock-check: $(BIN)/mlgate
	PATH=$(CURDIR)/$(BIN):$$PATH scripts/lock.sh --check

# BASE_IMAGE=... builds FROM another image (e.g. one made with debootstrap; see .ci/run).
image: $(BIN)/mlgate
	$(BIN)/mlgate build

clean:
	rm -rf $(VENV) .mlgate images/base/wheelhouse
