#!/usr/bin/env bash
# Checks the HTML reader for memory leaks under valgrind: compiles the reader's sources with a small
# driver (scripts/valgrind-html/main.swift) into a standalone program and runs it with
# --leak-check=full. Fails when any block is definitely or indirectly lost.
# (Valgrind 3.19 crashes inside the Swift test runner, hence the separate program.)
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
core=Sources/RegiokaartCore
swiftc -swift-version 6 -g -Onone -o "$work/valgrind-html" scripts/valgrind-html/main.swift \
  "$core/Extract/HTMLDocumentReader.swift" "$core/Extract/TextDocumentReader.swift" "$core/Extract/HTML/"*.swift \
  "$core/Model/SourceDocument.swift" "$core/Model/SourceLocation.swift" "$core/Model/InputError.swift" \
  -I Sources/CLibXML2 $(pkg-config --cflags-only-I libxml-2.0 | sed 's/-I/-Xcc -I/g') $(pkg-config --libs libxml-2.0)
valgrind --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
  --error-exitcode=1 --log-file="$work/valgrind.log" "$work/valgrind-html" Tests/RegiokaartCoreTests/Fixtures/html
sed -n '/HEAP SUMMARY/,$p' "$work/valgrind.log" | sed 's/^==[0-9]*== //'
