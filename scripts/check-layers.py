#!/usr/bin/env python3
"""Checks that the rooms (folders) of Sources/RegiokaartCore depend one way.

Each room may name only the types of the rooms listed for it in ALLOWED (and its own). A type
belongs to the room whose folder declares it at top level; a room "names" a type when the type's
name appears in its code (comments and string literals left out). Prints every arrow that is not
allowed, with the file and the type, and exits 1; prints the rooms and their arrows and exits 0
when all is well. Run by scripts/test.sh; docs/ARCHITECTURE.md draws the same table.

    scripts/check-layers.py            # check
    scripts/check-layers.py --graph    # print every arrow with its count, allowed or not
"""
import collections
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "RegiokaartCore")

# room -> the rooms it may use. Lower rooms never name the types of higher ones.
ALLOWED = {
    "Model": set(),
    "Concurrency": {"Model"},
    "Text": {"Model"},
    "Reference": {"Concurrency", "Model", "Text"},
    "Extract": {"Concurrency", "Model", "Text"},
    "Step": {"Concurrency", "Model", "Text", "Reference"},
    "Normalise": {"Concurrency", "Model", "Text", "Reference", "Step"},
    "Resolve": {"Concurrency", "Model", "Text", "Reference", "Step"},
    "Validate": {"Concurrency", "Model", "Text", "Reference", "Step"},
    "Emit": {"Concurrency", "Model", "Text", "Reference"},
    "Acknowledge": {"Concurrency", "Model", "Text", "Reference", "Step", "Emit"},
    "Diff": {"Concurrency", "Model", "Text", "Emit"},
    "Lookup": {"Concurrency", "Model", "Text", "Reference", "Emit"},
    "Build": {"Concurrency", "Model", "Text", "Reference", "Extract", "Step", "Normalise", "Resolve", "Validate",
              "Emit", "Acknowledge", "Diff"},
    "Database": {"Concurrency", "Model", "Text", "Reference", "Emit", "Build"},
}

DECLARATION = re.compile(
    r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|internal|private|fileprivate|package|final|indirect|nonisolated)\s+)*"
    r"(?:struct|enum|class|protocol|actor|typealias)\s+([A-Z]\w*)", re.M)
COMMENT = re.compile(r"//.*")
STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
WORD = re.compile(r"\b[A-Z]\w*\b")


def rooms():
    files = {}
    for directory, _, names in os.walk(ROOT):
        for name in names:
            if name.endswith(".swift"):
                path = os.path.join(directory, name)
                room = os.path.relpath(path, ROOT).split(os.sep)[0]
                with open(path, encoding="utf-8") as f:
                    files[path] = (room, f.read())
    return files


def main():
    files = rooms()
    owner = {}
    for path, (room, text) in files.items():
        for match in DECLARATION.finditer(text):
            owner.setdefault(match.group(1), set()).add(room)
    arrows = collections.defaultdict(set)
    for path, (room, text) in files.items():
        code = STRING.sub('""', COMMENT.sub("", text))
        for word in set(WORD.findall(code)):
            for other in owner.get(word, ()):
                if other != room:
                    arrows[(room, other)].add((word, os.path.relpath(path, ROOT)))
    unknown = sorted({room for room, _ in files.values()} - set(ALLOWED))
    bad = {(a, b): uses for (a, b), uses in arrows.items() if a in ALLOWED and b not in ALLOWED[a]}
    if "--graph" in sys.argv:
        for (a, b), uses in sorted(arrows.items()):
            print(f"{a} -> {b} ({len(uses)}){'' if (a, b) not in bad else '  NOT ALLOWED'}")
    for room in unknown:
        print(f"check-layers: the room {room} is not in ALLOWED (scripts/check-layers.py)", file=sys.stderr)
    for (a, b), uses in sorted(bad.items()):
        for word, path in sorted(uses, key=lambda u: (u[1], u[0])):
            print(f"check-layers: {path} ({a}) names {word} of {b}; {a} may use only "
                  f"{', '.join(sorted(ALLOWED[a])) or 'nothing'}", file=sys.stderr)
    if bad or unknown:
        return 1
    print(f"check-layers: {len(ALLOWED)} rooms, {len(arrows)} arrows, all one way")
    return 0


if __name__ == "__main__":
    sys.exit(main())
