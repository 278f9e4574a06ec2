#!/usr/bin/env bash
# Makes the repository's venv exactly as requirements/dev.lock pins it (every hash
# checked, nothing resolved), then installs mlgate itself, editable and without
# dependencies, and records the lock for the lineage of the models the venv trains.
# The Makefile and Cloud Build both make their venv with this script.
#   usage: scripts/venv.sh VENV [PYTHON]
set -euo pipefail
venv=${1:?usage: scripts/venv.sh VENV [PYTHON]}
python=${2:-python3.11}
cd "$(dirname "$0")/.."
rm -rf "$venv"
"$python" -m venv "$venv"
pip=("$venv/bin/pip" --quiet --disable-pip-version-check)
"${pip[@]}" install --require-hashes --no-deps -r requirements/dev.lock
"${pip[@]}" install --no-deps -e .
"$venv/bin/python" -c 'import sys, pathlib, mlgate.environment as e
e.record_lock(pathlib.Path("requirements/dev.lock"), "requirements/dev.lock", pathlib.Path(sys.prefix))'
