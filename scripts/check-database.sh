#!/usr/bin/env bash
# End-to-end check of `regiokaart build --sqlite FILE` with the sqlite3 command-line tool: two
# published runs, a rejected one (--strict) and a failed one (missing publication) into one database;
# then the foreign keys, the runs history and a steward's query ("which regions cover Arnhem, per
# sector", compared with municipalities.csv).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-system-packages.sh
bin="$(swift build --show-bin-path)/regiokaart"
[ -x "$bin" ] || swift build --product regiokaart
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
db="$scratch/regiokaart.sqlite"
fail() { echo "FAIL: $*" >&2; exit 1; }
q() { sqlite3 -batch -bail "$db" "$1"; }

"$bin" build --quiet --output "$scratch/Output" --sqlite "$db"
"$bin" build --quiet --output "$scratch/Output" --sqlite "$db"
status=0; "$bin" build --quiet --strict --output "$scratch/Output" --sqlite "$db" 2>/dev/null || status=$?
[ "$status" -eq 1 ] || fail "--strict on the default input should be rejected (exit 1), got $status"
status=0; "$bin" build --quiet --publication "$scratch/missing.txt" --output "$scratch/Output" --sqlite "$db" 2>/dev/null || status=$?
[ "$status" -eq 2 ] || fail "a missing publication should exit 2, got $status"

[ -z "$(q 'PRAGMA foreign_key_check;')" ] || fail "foreign key violations: $(q 'PRAGMA foreign_key_check;')"
[ "$(q 'PRAGMA integrity_check;')" = ok ] || fail "integrity_check"
runs="$(q "SELECT group_concat(status, ',') FROM (SELECT status FROM runs ORDER BY id);")"
[ "$runs" = "published,published,rejected,failed" ] || fail "runs history is '$runs'"
[ "$(q 'SELECT DISTINCT run_id FROM regions;')" = 2 ] || fail "the dataset tables are not those of the last published run"
rows() { python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))) - 1)' "$1"; }
[ "$(q 'SELECT count(*) FROM regions;')" = "$(rows "$scratch/Output/regions.csv")" ] || fail "regions count differs from regions.csv"
[ "$(q 'SELECT count(*) FROM region_municipalities;')" = "$(rows "$scratch/Output/region_municipalities.csv")" ] \
  || fail "pair count differs from region_municipalities.csv"

echo "which regions cover Arnhem, per sector:"
arnhem_sql="SELECT sector, region_id FROM municipality_coverage WHERE municipality_name = 'Arnhem'
            ORDER BY CASE sector WHEN 'po' THEN 1 WHEN 'vo' THEN 2 ELSE 3 END, region_id;"
sqlite3 -batch -bail -header -column "$db" "$arnhem_sql"
from_db="$(q "SELECT sector || '=' || region_id FROM municipality_coverage WHERE municipality_name = 'Arnhem' ORDER BY 1;")"
from_csv="$(python3 - "$scratch/Output/municipalities.csv" <<'PY'
import csv, sys
row = next(r for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")) if r["name"] == "Arnhem")
print("\n".join(sorted(f"{s}={i}" for s in ("po", "vo", "mbo") for i in row[f"regions_{s}"].split("|") if i)))
PY
)"
[ -n "$from_db" ] && [ "$from_db" = "$from_csv" ] || fail "Arnhem: database says '$from_db', municipalities.csv says '$from_csv'"
echo "nightly history:"
sqlite3 -batch -bail -header -column "$db" \
  "SELECT id, status, region_count, pair_count, error_count, warning_count, info_count, substr(publication_sha256, 1, 12) AS publication FROM runs ORDER BY id;"
echo "database checks passed: foreign keys, runs history (published, published, rejected, failed), Arnhem per sector"
