# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint image clean

# The venv is rebuilt whenever pyproject.toml changes.
$(BIN)/mlgate: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

# The reference pipeline twice: the first run publishes 1.0.0, the second is rejected by the gate.
demo: $(BIN)/mlgate
	$(BIN)/python scripts/demo.py

lint: $(BIN)/mlgate
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest
	$(BIN)/mlgate compile --check
	$(BIN)/mlgate lint compiled

# BASE_IMAGE=... builds FROM another image (e.g. one made with debootstrap; see .ci/run).
image: $(BIN)/mlgate
	$(BIN)/mlgate build

clean:
	rm -rf $(VENV) .mlgate images/base/wheelhouse
