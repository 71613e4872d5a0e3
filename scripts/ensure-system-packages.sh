#!/usr/bin/env bash
# Installs the Debian packages the build needs when they are missing (libxml2-dev for the HTML
# reader; libsqlite3-dev for GRDB's system SQLite; sqlite3 for the database checks). Does nothing when they are present.
set -euo pipefail
missing=()
for pkg in libxml2-dev pkg-config libsqlite3-dev sqlite3; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} ..." >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >&2
fi
