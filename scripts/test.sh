#!/usr/bin/env bash
# The test command: prepare the machine (scripts/setup.sh), then lint and run every test,
# end-to-end ones through the real Docker engine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
python3 -m ruff check src tests
python3 -m mypy
python3 -m pytest -q --durations=30 -n 2 --dist loadgroup "$@"
