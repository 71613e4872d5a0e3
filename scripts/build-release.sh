#!/usr/bin/env bash
# Builds the release binary of regiokaart and prints its path: the one place every script that
# runs the release build gets it from (run.sh, nightly.sh, the benchmarks).
#
# --static-swift-stdlib links the Swift runtime and Foundation into the binary: a process then
# starts in ~10 ms instead of ~25 ms (no 20 shared libraries to load and relocate), which is a
# third of the nightly run on the real publication (scripts/BENCHMARKS.md). System C libraries
# (libxml2, SQLite, ICU) stay shared.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product regiokaart --static-swift-stdlib >&2
echo "$PWD/.build/release/regiokaart"
