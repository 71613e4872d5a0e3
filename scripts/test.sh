#!/usr/bin/env bash
# The test command (README, .ci/run): unit and end-to-end tests, then a check that the committed
# Output/ is exactly what the code produces from Input/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-system-packages.sh
swift build --build-tests
swift test --skip-build
scripts/check-output-reproducible.sh
