#!/usr/bin/env bash
# Fuzzes the publication readers and the whole pipeline behind them with libFuzzer (issue 5).
#
#   scripts/fuzz.sh [SECONDS]      # default 60
#
# Builds the RegiokaartFuzz target (declared in Package.swift only when REGIOKAART_FUZZ=1) with
# -sanitize=fuzzer,address into its own scratch path .build-fuzz/, so the normal .build/ is never
# touched, then runs it with Input/*.txt as seed corpus. The corpus libFuzzer grows is kept in
# .build-fuzz/corpus/ between runs; crashing inputs land in .build-fuzz/findings/ (turn each into a
# regression test under Tests/RegiokaartCoreTests/Fixtures/fuzz/). Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
scratch=.build-fuzz
REGIOKAART_FUZZ=1 swift build -c release --scratch-path "$scratch" --product RegiokaartFuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -g -Xswiftc -enable-testing >&2
bin="$(REGIOKAART_FUZZ=1 swift build -c release --scratch-path "$scratch" --show-bin-path)/RegiokaartFuzz"
mkdir -p "$scratch/corpus" "$scratch/seeds" "$scratch/findings"
cp Input/*.txt "$scratch/seeds/"
[ -d Tests/RegiokaartCoreTests/Fixtures/hostile ] && find Tests/RegiokaartCoreTests/Fixtures/hostile -maxdepth 1 -type f -size -200k -exec cp {} "$scratch/seeds/" \;
# The HTML renderings exercise the libxml2 path (libFuzzer cuts them to -max_len).
[ -d Tests/RegiokaartCoreTests/Fixtures/html ] && find Tests/RegiokaartCoreTests/Fixtures/html -maxdepth 1 -name "*.html" -exec cp {} "$scratch/seeds/" \;
[ -d Tests/RegiokaartCoreTests/Fixtures/fuzz ] && cp Tests/RegiokaartCoreTests/Fixtures/fuzz/* "$scratch/seeds/" 2>/dev/null || true
echo "fuzzing for ${seconds}s; findings go to $scratch/findings/" >&2
# -timeout: one input taking over 60 s counts as a hang (ASan and coverage make the pipeline some 30x
# slower than the release build, and a 1,000-name list takes 0.3 s there); -rss_limit_mb bounds memory.
REGIOKAART_REFERENCE=Input/reference "$bin" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 \
  -max_len=16384 -print_final_stats=1 -artifact_prefix="$scratch/findings/" \
  "$scratch/corpus" "$scratch/seeds"
