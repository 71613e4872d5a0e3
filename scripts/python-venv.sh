#!/usr/bin/env bash
# Creates (once) the project's Python venv in .build-venv/ (gitignored) and pip-installs the given
# requirements into it when they are missing. Prints the venv's path. Used by the check-*.sh scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build-venv
if [ ! -x "$venv/bin/python" ]; then
  if ! python3 -m venv "$venv" >&2 2>/dev/null; then
    rm -rf "$venv"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >&2
    python3 -m venv "$venv" >&2
  fi
fi
missing=()
for requirement in "$@"; do
  "$venv/bin/python" -m pip show "${requirement%%[=<>]*}" >/dev/null 2>&1 || missing+=("$requirement")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "pip installing ${missing[*]} into $venv ..." >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${missing[@]}" >&2
fi
echo "$venv"
