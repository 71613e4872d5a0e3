#!/usr/bin/env bash
# Renders Output/report.html (or the file given) in headless Chromium, as a steward's browser would,
# and fails on a console message (the page has no script, so any is an error: a blocked resource, a
# parse problem), on any network request the page makes, or when the page does not hold three
# coverage maps of 342 municipalities each. Saves screenshots of the page's top and of maps/po.svg
# (default: docs/report-top.png, docs/report-map-po.png; SCREENSHOT_DIR=... to put them elsewhere).
# Installs Debian's chromium with apt-get when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
page="$(realpath "${1:-Output/report.html}")"
shots="${SCREENSHOT_DIR:-docs}"
[ -f "$page" ] || { echo "FAIL: $page does not exist (run scripts/run.sh first)" >&2; exit 1; }
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium (apt-get)…" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
mkdir -p "$shots"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# A quiet browser: no background requests of its own, so that any request in the log is the page's.
flags=(--headless=new --no-sandbox --disable-gpu --no-first-run --no-default-browser-check
       --disable-background-networking --disable-component-update --disable-sync --disable-extensions
       --disable-default-apps --disable-domain-reliability --metrics-recording-only --mute-audio
       --hide-scrollbars --force-device-scale-factor=1 --user-data-dir="$scratch/profile"
       --enable-logging=stderr --v=0)
run() { timeout 120 chromium "${flags[@]}" "$@"; }
run --log-net-log="$scratch/net-top.json" --window-size=1280,1400 --screenshot="$shots/report-top.png" \
    "file://$page" 2>"$scratch/top.log" >/dev/null
# The po map as a steward pasting maps/po.svg into a memo sees it (the standalone file beside the page).
map="$(dirname "$page")/maps/po.svg"
run --log-net-log="$scratch/net-map.json" --window-size=1060,841 --screenshot="$shots/report-map-po.png" \
    "file://$map" 2>"$scratch/map.log" >/dev/null
run --dump-dom "file://$page" 2>"$scratch/dom.log" >"$scratch/dom.html"
python3 - "$scratch" "$page" <<'PY'
import json, re, sys
from html.parser import HTMLParser
scratch, page = sys.argv[1], sys.argv[2]
failures = []
# 1. Console messages (Chromium logs them as "CONSOLE(line)" when logging to stderr).
for log in ("top.log", "map.log", "dom.log"):
    for line in open(f"{scratch}/{log}", encoding="utf-8", errors="replace"):
        if ":CONSOLE" in line or "Refused to" in line:
            failures.append(f"console ({log}): {line.strip()[:300]}")
# 2. Network: every request the page starts (its initiator is the page's origin, "null" for a file,
#    and its isolation key is file://) must be for the page itself or inline. The browser's own
#    background requests (updates, clock, accounts: initiator "not an origin") are not the page's.
for log in ("net-top.json", "net-map.json"):
    text = open(f"{scratch}/{log}", encoding="utf-8", errors="replace").read()
    try:
        net = json.loads(text)
    except json.JSONDecodeError:  # a log cut short by the browser's exit lacks its closing brackets
        net = json.loads(text.rstrip().rstrip(",") + "]}")
    start = net["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    for e in net.get("events", []):
        p = e.get("params", {})
        if e.get("type") != start or "url" not in p:
            continue
        from_page = p.get("initiator") != "not an origin" or "file://" in p.get("network_isolation_key", "")
        if from_page and not re.match(r"(file|data|about):", p["url"]):
            failures.append(f"network request ({log}): {p['url']}")
# 3. The page as the browser parsed it: three coverage maps, 342 municipalities each.
class Maps(HTMLParser):
    def __init__(self):
        super().__init__()
        self.maps, self.current = [], None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "svg" and "coverage-map" in (a.get("class") or "").split():
            self.current = [a.get("data-sector"), 0]
            self.maps.append(self.current)
        elif tag == "path" and self.current is not None and "m" in (a.get("class") or "").split():
            self.current[1] += 1
    def handle_endtag(self, tag):
        if tag == "svg":
            self.current = None
maps = Maps()
maps.feed(open(f"{scratch}/dom.html", encoding="utf-8").read())
if [m[0] for m in maps.maps] != ["po", "vo", "mbo"] or any(m[1] != 342 for m in maps.maps):
    failures.append(f"want three maps (po, vo, mbo) of 342 municipalities, found {maps.maps}")
if failures:
    print("FAIL: " + page, *failures, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"report.html passes in Chromium: 3 maps x 342 municipalities, no console message, no network request")
PY
echo "screenshots: $shots/report-top.png, $shots/report-map-po.png"
