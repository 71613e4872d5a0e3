#!/usr/bin/env bash
# The test command (README, .ci/run): the rooms of the code depend one way (scripts/check-layers.py);
# unit and end-to-end tests, then a check that the committed
# Output/ is exactly what the code produces from Input/; then the interop checks: the --sqlite database
# (sqlite3), the published contract (frictionless, jsonschema) and report.html in headless Chromium
# (screenshots to a scratch folder); scripts/check-spreadsheet.sh (LibreOffice) is run by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-system-packages.sh
python3 scripts/check-layers.py
swift build --build-tests
swift test --skip-build
scripts/check-output-reproducible.sh
scripts/check-database.sh
scripts/check-contract.sh
SCREENSHOT_DIR="$(mktemp -d)" scripts/check-report-browser.sh
