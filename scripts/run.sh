#!/usr/bin/env bash
# The main job on the embedded default input: Input/ -> Output/.
# Extra arguments go to `regiokaart build` (e.g. --strict, --output DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-system-packages.sh
bin="$(scripts/build-release.sh)"
exec "$bin" build "$@"
