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

demo: $(BIN)/mlgate
	$(BIN)/mlgate run mlgate-reference --workdir .mlgate/demo
	$(BIN)/mlgate registry list breast-cancer

lint: $(BIN)/mlgate
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest
	$(BIN)/mlgate compile --check

# BASE_IMAGE=... builds FROM another image (e.g. one made with debootstrap; see .ci/run).
image: $(BIN)/mlgate
	$(BIN)/mlgate build

clean:
	rm -rf $(VENV) .mlgate images/base/wheelhouse
