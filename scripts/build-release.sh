#!/usr/bin/env bash
# Builds the release binary of regiokaart and prints its path: the one place every script that
# runs the release build gets it from (run.sh, nightly.sh, the benchmarks).
#
# --static-swift-stdlib links the Swift runtime and Foundation into the binary: a process then
# starts in ~10 ms instead of ~25 ms (no 20 shared libraries to load and relocate), which is a
# third of the nightly run on the real publication (scripts/BENCHMARKS.md). SQLite stays a shared
# system library; libxml2 is opened only when HTML is parsed (`LibXML2Library`).
#
# -no-pie links the executable at a fixed address, so the loader relocates none of its ~92,000
# pointers (each relocated page would be copied on first touch): a process starts with ~40 % fewer
# page faults and ~2 ms less CPU (scripts/BENCHMARKS.md). Its own code then gets no address
# randomisation, which a tool that reads local files can do without. Only the link step changes.
#
# -disable-concrete-type-metadata-mangled-name-accessors, for every module (ours and the dependencies):
# a concrete generic type such as `Set<Sector>` is then reached through its metadata accessor, not by
# mangled name, so the runtime needs no protocol-conformance lookup for it (`Sector: Hashable`), each a
# scan of the static binary's ~7,000 conformance records on first use; ArgumentParser's parse makes
# many. A release build from the real publication: 120.4 -> 116.6 M instructions (scripts/BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product regiokaart --static-swift-stdlib -Xlinker -no-pie \
  -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors >&2
echo "$PWD/.build/release/regiokaart"
