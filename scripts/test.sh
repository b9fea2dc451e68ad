#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite, offline. The browser tests need Debian's chromium,
# which scripts/install-browser.sh installs when it can (they skip with a message otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/install-browser.sh || echo "test.sh: chromium could not be installed; the browser tests will skip" >&2
.venv/bin/python -m pytest "$@"
