#!/usr/bin/env bash
# Measures (never asserts) how the release binary copes with big hostile inputs (issue 5):
# a 50 MB single line, a list that never ends (200,000 items), the publication 10x over.
# Prints wall time and peak memory for each.   scripts/bench-hostile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(scripts/build-release.sh)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import sys
t = sys.argv[1]
unit = 'Aantal leerlingen/ studenten 70.780 - Aalten • Verzorgingsgebied '
data = (unit * (50 * 2**20 // len(unit.encode()) + 1)).encode()[:50 * 2**20]
open(t + '/line.txt', 'wb').write(data + b'\n' + open('Tests/RegiokaartCoreTests/Fixtures/hostile/one-card.txt', 'rb').read())
lst = open('Tests/RegiokaartCoreTests/Fixtures/hostile/list-never-ends.txt').read()
open(t + '/list.txt', 'w').write(lst + ''.join('- Plaats %d\n' % i for i in range(200000)))
pub = open('Input/publication-regionale-samenwerking-werkt.txt', 'rb').read()
open(t + '/ten.txt', 'wb').write(pub * 10)
PY
for f in line list ten; do
  printf "%-5s %8s KB  " "$f" "$(( $(stat -c %s "$tmp/$f.txt") / 1024 ))"
  /usr/bin/time -f "%e s wall, %M KB peak" "$bin" build --quiet --allow-errors --publication "$tmp/$f.txt" \
    --output "$tmp/out-$f" 2>&1 >/dev/null | tail -1
done
