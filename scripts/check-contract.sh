#!/usr/bin/env bash
# Checks the published contract with the ecosystem's own validators, not with our code:
# `frictionless validate` on OUTPUT/datapackage.json (types, required fields, enums, patterns,
# primary and foreign keys, for the RFC 4180 and the excel-nl CSVs), and PyPI's jsonschema on
# regions.json and issues.json against schemas/. OUTPUT defaults to Output/.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-Output}"
venv="$(scripts/python-venv.sh "frictionless>=5.18,<6" "jsonschema>=4.23,<5")"
echo "frictionless validate $out/datapackage.json"
"$venv/bin/frictionless" validate "$out/datapackage.json"
"$venv/bin/python" scripts/validate_json_schemas.py "$out" schemas

# Negative control: the validators must reject a copy with a dangling foreign key and an unknown
# severity, or this check proves nothing.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp -r "$out" "$scratch/broken"
"$venv/bin/python" - "$scratch/broken" <<'PY'
import sys
from pathlib import Path
root = Path(sys.argv[1])
pairs = root / "region_municipalities.csv"
lines = pairs.read_bytes().split(b"\r\n")
fields = lines[1].split(b",")
fields[1] = b"GM9999"
lines[1] = b",".join(fields)
pairs.write_bytes(b"\r\n".join(lines))
issues = root / "issues.csv"
issues.write_bytes(issues.read_bytes().replace(b"\r\nwarning,", b"\r\nfatal,", 1))
PY
if "$venv/bin/frictionless" validate "$scratch/broken/datapackage.json" >"$scratch/broken.log" 2>&1; then
  echo "FAIL: frictionless accepted a dangling foreign key (GM9999) and severity 'fatal'" >&2; exit 1
fi
grep -q "foreign-key" "$scratch/broken.log" && grep -q "fatal" "$scratch/broken.log" \
  || { echo "FAIL: frictionless rejected the broken copy, but not for the planted faults:" >&2; cat "$scratch/broken.log" >&2; exit 1; }
echo "negative control: frictionless rejects a dangling municipality_code and severity 'fatal'"
echo "contract checks passed"
