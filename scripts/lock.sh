#!/usr/bin/env bash
# Resolves this repository's environments from pyproject.toml into requirements/*.lock,
# with hashes, for CPython 3.11 on x86-64 Linux:
#   dev.lock        the venv of `make` and CI: every extra, the dev tools, the benchmarks' peers
#   runtime.lock    the runtime image (mlgate's own dependencies, the tracking and boosting extras)
#   redaction.lock  the redaction image (runtime + the redaction extra)
# The image locks are resolved under dev.lock as constraints, so the three agree on
# every version they share. Pins that still fit pyproject.toml are kept (uv reads the
# existing lock as preferences); --upgrade moves them to the newest allowed releases.
#   usage: scripts/lock.sh [--check | --upgrade]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
uv=${UV:-$(command -v uv || echo "$root/.venv/bin/uv")}
[ -x "$uv" ] || { echo "scripts/lock.sh: uv not found: pip install uv, or make the venv first (make lint)" >&2; exit 2; }
mode=${1:-}
case "$mode" in
  ""|--check) upgrade=() ;;
  --upgrade) upgrade=(--upgrade) ;;
  *) echo "usage: scripts/lock.sh [--check | --upgrade]" >&2; exit 2 ;;
esac

# Resolve in a scratch copy, so a failed or partial resolution never touches requirements/.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/pyproject.toml" "$root/README.md" "$work/"
cp -r "$root/requirements" "$work/requirements"
cd "$work"
compile() {
  "$uv" pip compile pyproject.toml --quiet --generate-hashes --python-version 3.11 \
    --python-platform x86_64-manylinux_2_28 --custom-compile-command "make lock" "$@"
}
compile --extra dev ${upgrade[@]+"${upgrade[@]}"} -o requirements/dev.lock
# The tracking extra (the MLflow client) is in both images: tasks log to MLflow at run time.
# So is the boosting extra (lightgbm, xgboost-cpu): train_model imports the estimator the
# config names inside the runtime image, and the redaction image is built on top of it.
compile --extra tracking --extra boosting -c requirements/dev.lock -o requirements/runtime.lock
compile --extra tracking --extra boosting --extra redaction -c requirements/dev.lock \
  -o requirements/redaction.lock

if [ "$mode" = --check ]; then
  if ! diff -ru "$root/requirements" requirements >"$work/lock.diff"; then
    head -40 "$work/lock.diff" >&2
    echo "requirements/*.lock is stale against pyproject.toml: run 'make lock' and commit the result" >&2
    exit 1
  fi
  echo "requirements/*.lock matches pyproject.toml"
else
  cp requirements/*.lock "$root/requirements/"
  echo "requirements/*.lock written"
fi
