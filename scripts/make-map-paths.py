#!/usr/bin/env python3
"""Turns the vendored CBS/PDOK boundaries (TopoJSON) into the map table the build colours.

Reads Input/reference/gemeente_2025.topojson and provincie_2025.topojson and writes
Input/reference/map-paths-2025.csv with the columns kind,code,name,neighbours,path:

- one `frame` row whose path is the SVG viewBox ("0 0 W H") of the projection below;
- one `gemeente` row per municipality: its SVG path and the codes of the municipalities it shares a
  border with (`|`-separated; from the topology: two geometries that use the same arc are neighbours);
- one `provincie` row per province: its outline.

Projection: equirectangular, x = (lon - 3.358) * cos(52.2 deg) * K, y = (53.554 - lat) * K, with
K = 300 units per degree of latitude, rounded to whole units (about 370 m); each ring is written
with relative moves (`M x y l dx dy ...z`), consecutive equal points dropped. The output is
deterministic: run the script twice and the file is byte-identical.

Standard library only, so that it runs from a clean clone without installing anything: decoding
TopoJSON (delta-encoded, quantised arcs) is a dozen lines. Run it again only when the vendored
boundaries change: `python3 scripts/make-map-paths.py`.
"""
import csv
import io
import json
import math
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
REFERENCE = os.path.join(ROOT, "Input", "reference")
K = 300.0
LON0, LAT1 = 3.358, 53.554
LON1, LAT0 = 7.218, 50.751
COS = math.cos(math.radians(52.2))


def decode_arcs(topology):
    """Absolute (lon, lat) points of every arc (TopoJSON stores quantised deltas)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    """The points of a ring given as arc indices (a negative index ~i is arc i reversed)."""
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def project(lon, lat):
    return (round((lon - LON0) * COS * K), round((LAT1 - lat) * K))


def ring_path(points):
    """`M x y l dx dy … z` with consecutive equal points dropped; empty when the ring vanishes."""
    projected = []
    for lon, lat in points:
        p = project(lon, lat)
        if not projected or projected[-1] != p:
            projected.append(p)
    if len(projected) > 1 and projected[0] == projected[-1]:
        projected.pop()
    if len(projected) < 3:
        return ""
    out = ["M%d %d" % projected[0], "l"]
    deltas = []
    for (ax, ay), (bx, by) in zip(projected, projected[1:]):
        deltas.append("%d %d" % (bx - ax, by - ay))
    out.append(" ".join(deltas))
    return "".join(out[:2]) + out[2] + "z"


def polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    raise SystemExit("unexpected geometry type %s" % geometry["type"])


def geometry_path(geometry, arcs):
    parts = [ring_path(ring_points(ring, arcs)) for polygon in polygons(geometry) for ring in polygon]
    parts = [p for p in parts if p]
    if not parts:
        # A tiny island that rounds away: keep it as a small triangle at its first point, so that
        # every municipality stays on the map.
        lon, lat = ring_points(polygons(geometry)[0][0], arcs)[0]
        x, y = project(lon, lat)
        parts = ["M%d %dl2 0 -1 -2z" % (x, y)]
    return "".join(parts)


def load(name):
    with open(os.path.join(REFERENCE, name), encoding="utf-8") as f:
        topology = json.load(f)
    (obj,) = topology["objects"].values()
    return topology, obj["geometries"]


def arc_ids(geometry):
    return {i if i >= 0 else ~i for polygon in polygons(geometry) for ring in polygon for i in ring}


def main():
    rows = []
    width, height = project(LON1, LAT0)
    rows.append(["frame", "", "", "", "0 0 %d %d" % (width, height)])
    topology, geometries = load("gemeente_2025.topojson")
    arcs = decode_arcs(topology)
    users = {}
    for g in geometries:
        for a in arc_ids(g):
            users.setdefault(a, []).append(g["properties"]["statcode"])
    for g in sorted(geometries, key=lambda g: g["properties"]["statcode"]):
        code = g["properties"]["statcode"]
        neighbours = sorted({c for a in arc_ids(g) for c in users[a] if c != code})
        rows.append(["gemeente", code, g["properties"]["statnaam"], "|".join(neighbours), geometry_path(g, arcs)])
    topology, geometries = load("provincie_2025.topojson")
    arcs = decode_arcs(topology)
    for g in sorted(geometries, key=lambda g: g["properties"]["statcode"]):
        rows.append(["provincie", g["properties"]["statcode"], g["properties"]["statnaam"], "", geometry_path(g, arcs)])
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["kind", "code", "name", "neighbours", "path"])
    writer.writerows(rows)
    target = os.path.join(REFERENCE, "map-paths-2025.csv")
    with open(target, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    print("wrote %s: %d rows, %d bytes" % (os.path.relpath(target, ROOT), len(rows), len(out.getvalue().encode())),
          file=sys.stderr)


if __name__ == "__main__":
    main()
