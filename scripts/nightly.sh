#!/usr/bin/env bash
# Example nightly cron wrapper (README, "Running it nightly"):
#
#   15 3 * * *  cd /srv/regiokaart && scripts/nightly.sh >> /var/log/regiokaart.log 2>&1
#
# Keeps last night's output as Output.previous/ (taken under the output's lock, so never a
# half-swapped copy), builds, and prints what changed. The change report itself comes from
# `build --previous Output`, which reads the old dataset under the same lock, before the swap.
# Exit status: regiokaart's own (0 published, nothing changed; 3 published, changed; 1 not
# published, findings; 2 unusable input; 4 output not writable; 5 another run holds the lock).
set -uo pipefail
cd "$(dirname "$0")/.."
out="${1:-Output}"
bin="${REGIOKAART_BIN:-.build/release/regiokaart}"
if [ ! -x "$bin" ]; then
  bin="$(scripts/build-release.sh)" || exit 2
fi
lock="$(dirname "$out")/.$(basename "$out").lock"
if [ -d "$out" ]; then
  # Keep a copy for the steward (`regiokaart diff Output.previous Output`), under the lock.
  flock -w 600 "$lock" sh -c 'rm -rf "$1.previous.tmp" && cp -a "$1" "$1.previous.tmp" && rm -rf "$1.previous" && mv "$1.previous.tmp" "$1.previous"' _ "$out" \
    || echo "nightly: could not keep a copy of $out (continuing)" >&2
fi
echo "nightly: $(date -u +%Y-%m-%dT%H:%M:%SZ) building $out"
"$bin" build --output "$out" --previous "$out" --lock-wait 600
status=$?
case "$status" in
  0) echo "nightly: published; no change since the last run" ;;
  3) echo "nightly: published; the data changed (above)$([ -d "$out.previous" ] && echo "; the previous output is in $out.previous/")" ;;
  1) echo "nightly: NOT published: error-level findings (above); $out/ is unchanged, the report is in $out.failed/" >&2 ;;
  2) echo "nightly: unusable input (above); $out/ is unchanged" >&2 ;;
  4) echo "nightly: $out/ cannot be written (above); it is unchanged" >&2 ;;
  5) echo "nightly: another run still holds $out/ after 10 minutes; skipped" >&2 ;;
  *) echo "nightly: regiokaart ended with status $status" >&2 ;;
esac
exit "$status"
