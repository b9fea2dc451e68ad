#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite, offline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pytest "$@"
