#!/usr/bin/env bash
# Proves the excel-nl CSVs open correctly in a real spreadsheet program in a Dutch locale.
#
# Installs LibreOffice Calc (Debian's libreoffice-calc) when soffice is missing, converts every
# OUTPUT/excel-nl/*.csv headless to .xlsx the way a Dutch user's Calc reads it (separator ';', UTF-8,
# language nl-NL = LCID 1043, special numbers detected), reads the cells back with openpyxl and checks
# every cell against the CSV and datapackage.json: columns, diacritics ("Súdwest-Fryslân",
# "'s-Gravenhage"), codes with leading zeros ("GM0014" stays text) and numbers (70780 stays the number
# 70780, not 70,78). OUTPUT defaults to Output/. Heavy (LibreOffice): not run by scripts/test.sh.
#
# Every excel-nl cell is also compared with the same cell of the RFC 4180 file: equal, or the same
# text behind the leading ' that guards a would-be formula (=, +, -, @, tab, CR); such a cell must
# read back as text, never as a formula. `--hostile` first builds the fixture
# Tests/RegiokaartCoreTests/Fixtures/hostile/formula-names.txt (a region named =HYPERLINK(…),
# municipalities listed as @SUM(1+1), =1+1, +31 …) with --allow-errors into a scratch folder and
# checks that output instead, requiring those cells to show as text.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=""
if [ "${1:-}" = "--hostile" ]; then
  mode="--hostile"
  hostile_out="$(mktemp -d)"
  trap 'rm -rf "$hostile_out"' EXIT
  swift build -c debug --product regiokaart >&2
  status=0
  .build/debug/regiokaart build --quiet --allow-errors --output "$hostile_out/Output" \
    --publication Tests/RegiokaartCoreTests/Fixtures/hostile/formula-names.txt >&2 || status=$?
  [ "$status" -eq 0 ] || { echo "FAIL: the hostile build exited $status" >&2; exit 1; }
  out="$hostile_out/Output"
else
  out="${1:-Output}"
fi
[ -d "$out/excel-nl" ] || { echo "FAIL: $out/excel-nl/ is missing (build with --csv-dialect both)" >&2; exit 1; }
if ! command -v soffice >/dev/null 2>&1; then
  echo "installing libreoffice-calc ..." >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc >&2
fi
venv="$(scripts/python-venv.sh "openpyxl>=3.1,<4")"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch" ${hostile_out:+"$hostile_out"}' EXIT
# CSV filter tokens: separator 59 (;), text delimiter 34 ("), charset 76 (UTF-8), first line 1,
# column formats (none: Standard, as a double-click gives), language 1043 (Dutch, Netherlands),
# quoted field as text false, detect special numbers true (the stricter reading).
filter='CSV:59,34,76,1,,1043,false,true'
echo "soffice --headless --infilter=\"$filter\" --convert-to xlsx $out/excel-nl/*.csv"
LC_ALL=C.UTF-8 soffice -env:UserInstallation="file://$scratch/profile" --headless --norestore \
  --infilter="$filter" --convert-to xlsx --outdir "$scratch" "$out"/excel-nl/*.csv >"$scratch/soffice.log" 2>&1 \
  || { cat "$scratch/soffice.log" >&2; exit 1; }
"$venv/bin/python" scripts/spreadsheet_roundtrip.py "$out" "$scratch" $mode
