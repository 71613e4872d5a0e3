#!/usr/bin/env bash
# Times N release runs of `regiokaart build` on the embedded input into a scratch folder (default 10),
# and prints each wall time and the median. Extra arguments go to `regiokaart build`.
# Not part of CI: speed is measured, never asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-10}"
bin="$(scripts/build-release.sh)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  "$bin" build --quiet --output "$scratch/out" "$@"
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
printf '%s ms\n' "${times[@]}"
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms over " NR " runs"}'
