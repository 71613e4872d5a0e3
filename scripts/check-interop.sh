#!/usr/bin/env bash
# All interop checks (issue 7) on OUTPUT (default Output/): the SQLite database (sqlite3), the
# published contract (frictionless, jsonschema) and the spreadsheet round trip (LibreOffice, openpyxl).
# Installs what is missing (Debian packages, PyPI packages into .build-venv/).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-Output}"
scripts/check-database.sh
scripts/check-contract.sh "$out"
scripts/check-spreadsheet.sh "$out"
echo "interop checks passed"
