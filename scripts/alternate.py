#!/usr/bin/env python3
"""Compares the wall time of two regiokaart binaries in alternating runs (A B, B A, A B, ...).

    scripts/alternate.py N OUTPUT_PREFIX BIN_A BIN_B [build arguments...]

Each binary builds into its own folder (OUTPUT_PREFIX-0, OUTPUT_PREFIX-1), twice to warm up, then N
times in turn, so that a change in the machine's load or in the disk's state reaches both alike;
prints the median, quartiles and minimum in ms. Each run replaces the folder its binary built
before, as a steward's rerun does. For changes too small for this, compare instructions
(valgrind --tool=callgrind, scripts/BENCHMARKS.md).
"""
import statistics
import subprocess
import sys
import time

n, prefix, bins, extra = int(sys.argv[1]), sys.argv[2], sys.argv[3:5], sys.argv[5:]


def run(k):
    start = time.perf_counter()
    subprocess.run([bins[k], "build", "--quiet", "--output", f"{prefix}-{k}"] + extra, check=True)
    return (time.perf_counter() - start) * 1000


for k in (0, 1):
    run(k), run(k)
times = ([], [])
for i in range(n):
    for k in ((0, 1) if i % 2 == 0 else (1, 0)):
        times[k].append(run(k))
for k in (0, 1):
    t = sorted(times[k])
    print(f"{bins[k]}: median {statistics.median(t):.1f} ms, q1 {t[len(t) // 4]:.1f}, "
          f"q3 {t[3 * len(t) // 4]:.1f}, min {t[0]:.1f}")
