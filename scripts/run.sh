#!/usr/bin/env bash
# The main job on the embedded default input: Input/ -> Output/.
# Extra arguments go to `regiokaart build` (e.g. --strict, --output DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-system-packages.sh
swift build -c release --product regiokaart >&2
exec .build/release/regiokaart build "$@"
