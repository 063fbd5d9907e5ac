#!/usr/bin/env bash
# The test command: prepare the machine (scripts/setup.sh), then lint and run every test,
# end-to-end ones through the real Docker engine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
python3 -m ruff check src tests
python3 -m mypy
# Every test (or fixture setup) of 3 s or more is listed with its time: those marked @serial
# run one after another in one worker, the suite's floor (tests/conftest.py).
python3 -m pytest -q --durations=0 --durations-min=3 -n 2 --dist loadgroup "$@"
