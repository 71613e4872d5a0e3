#!/usr/bin/env bash
# Builds the dataset from Input/ into a scratch folder (twice) and compares it byte for byte with
# the committed Output/ and with itself: the committed output must be what the code produces.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(swift build --show-bin-path)/regiokaart"
[ -x "$bin" ] || swift build --product regiokaart
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
"$bin" build --quiet --output "$scratch/first"
"$bin" build --quiet --output "$scratch/second"
diff -r "$scratch/first" "$scratch/second" >/dev/null || { echo "FAIL: two runs on the same input differ" >&2; exit 1; }
if ! diff -r Output "$scratch/first"; then
  echo "FAIL: Output/ is not what the code produces from Input/; run scripts/run.sh and commit Output/" >&2
  exit 1
fi
echo "Output/ is reproducible: byte-identical to a fresh build"
