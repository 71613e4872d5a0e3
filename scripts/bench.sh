#!/usr/bin/env bash
# Benchmark: regiokaart against the Python peer (../shared/bench/peer_python.py), side by side.
#
#   scripts/bench.sh                  # corpora of 100 and 1000 copies, 3 runs each (the recorded figures)
#   scripts/bench.sh --sizes "10 100" # other sizes
#   scripts/bench.sh --runs 5         # more runs per measurement (the median is reported)
#   scripts/bench.sh --tiny           # 2 and 5 copies, 1 run: proves the script works (CI); no targets
#
# Builds the release binary, generates the corpora with ../shared/bench/make_corpus.py into a
# temporary folder, times `regiokaart build --allow-errors` and the peer on each (wall time,
# MB/s of input, peak RSS from /usr/bin/time -v), times a cold run on the real publication
# (process start included; hyperfine, no shell in between), and checks that the output of N copies
# holds exactly N x the regions and region-municipality pairs of the single publication. Beside
# each build it measures the machine's floor for the same work: reading the corpus
# (`cat > /dev/null`, page cache warm) plus writing and fsyncing as many bytes as the build wrote
# (`dd conv=fsync`). The three are measured in interleaved rounds (build, peer, floor; build, peer,
# floor; ...), so that a change in the machine's load hits all three alike; the ratios are the
# medians of the rounds' ratios. Prints the build's time as a multiple of the floor beside the
# ratio to the peer, and the peak memory as a share of the peer's. Checks the targets of issue 14.
# Figures: scripts/BENCHMARKS.md.
# Never run as a timed test: the numbers depend on the machine and its load.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
bench_dir="${BENCH_DIR:-$root/../shared/bench}"
sizes="100 1000"
runs=3
tiny=0
while [ $# -gt 0 ]; do
  case "$1" in
    --tiny) tiny=1; sizes="2 5"; runs=1 ;;
    --sizes) sizes="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    *) echo "usage: scripts/bench.sh [--tiny] [--sizes \"N M\"] [--runs K]" >&2; exit 2 ;;
  esac
  shift
done

publication="Input/publication-regionale-samenwerking-werkt.txt"
[ -f "$bench_dir/make_corpus.py" ] || { echo "bench: $bench_dir/make_corpus.py not found (set BENCH_DIR)" >&2; exit 2; }
if [ ! -x /usr/bin/time ]; then
  echo "bench: installing GNU time (Debian package 'time') for peak-memory figures" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq time >&2
fi
if ! command -v hyperfine >/dev/null; then
  echo "bench: installing hyperfine (Debian package) for the cold-run figure" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  # A fresh machine's package lists may be empty ("Unable to locate package"): update them first.
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq hyperfine >&2
fi
peer=1
python3 -c "import rapidfuzz" 2>/dev/null || { peer=0; echo "bench: rapidfuzz missing (pip install rapidfuzz): the peer is skipped" >&2; }

scripts/ensure-system-packages.sh
bin="$(scripts/build-release.sh)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# run NAME COMMAND...: one timed run; prints "seconds peak_kb" (wall from the clock, RSS from time -v).
run() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" || {
    local status=$?
    # regiokaart exits 1 when it publishes nothing; with --allow-errors it must publish (exit 0).
    echo "bench: '$*' failed (exit $status):" >&2; cat "$work/stderr.txt" >&2; exit 1
  }
  end=$(date +%s%N)
  local kb
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  echo "$(( (end - start) / 1000000 )) $kb"
}

# median VALUES...: the middle value (the lower middle of an even count).
median() {
  printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# counts DIR: "regions pairs" of a build's output (CSV records, quoted line breaks included).
counts() {
  python3 - "$1" <<'EOF'
import csv, sys
def records(name):
    with open(f"{sys.argv[1]}/{name}", newline="", encoding="utf-8") as f:
        return sum(1 for _ in csv.reader(f)) - 1
print(records("regions.csv"), records("region_municipalities.csv"))
EOF
}

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GB RAM; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "swift: $(swift --version 2>/dev/null | head -1)"
echo

# The single publication: the reference counts, and the cold run (the nightly case).
"$bin" build --quiet --output "$work/single" >/dev/null
read -r one_regions one_pairs < <(counts "$work/single")
sync; echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || true
read -r cold_ms cold_kb < <(run "$bin" build --quiet --output "$work/single")
# Short runs are noisy: take the median of at least 21 (3 in a tiny run). hyperfine starts each
# process directly (no shell, no /usr/bin/time around it), so the figure is the run's own.
single_runs=$(( tiny == 1 ? 3 : (runs > 21 ? runs : 21) ))
hyperfine --style none -N --warmup 3 --runs "$single_runs" --export-json "$work/cold.json" \
  "$bin build --quiet --output $work/single" >/dev/null
warm_ms=$(python3 -c "import json,sys; print(round(json.load(open(sys.argv[1]))['results'][0]['median'] * 1000))" "$work/cold.json")
read -r _ warm_kb < <(run "$bin" build --quiet --output "$work/single")
echo "real publication ($one_regions regions, $one_pairs pairs): cold ${cold_ms} ms (page cache dropped), median of ${single_runs} fresh processes ${warm_ms} ms, peak ${warm_kb} KB"
echo

# floor CORPUS OUT_DIR: prints "ms out_mb": reading the corpus plus writing and fsyncing as many
# bytes as OUT_DIR holds, the I/O a build of that corpus cannot avoid.
floor() {
  local out_bytes out_mb start end
  out_bytes=$(du -sb "$2" | cut -f1)
  out_mb=$(( (out_bytes + 1048575) / 1048576 ))
  start=$(date +%s%N)
  cat "$1" >/dev/null
  dd if=/dev/zero of="$work/floor.bin" bs=1M count="$out_mb" conv=fsync status=none
  end=$(date +%s%N)
  rm -f "$work/floor.bin"
  echo "$(( (end - start) / 1000000 )) $out_mb"
}

printf '%-7s %9s  %-10s %9s %9s %10s %8s %7s %8s  %s\n' copies "input MB" tool "wall s" "MB/s" "peak MB" "x peer" "x floor" "% peer" "regions/pairs"
declare -A wall
declare -A floors
declare -A mem
declare -A stages
declare -A xfloor
declare -A speedup
declare -A speedups
for n in $sizes; do
  corpus="$work/corpus-$n.txt"
  python3 "$bench_dir/make_corpus.py" "$publication" "$n" >"$corpus"
  bytes=$(stat -c %s "$corpus")
  mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
  # Interleaved rounds: build, peer, floor. Each round's ratios compare runs of the same minute.
  times=(); rss=(); peer_times=(); peer_rss=(); floor_times=(); ratios=(); floor_ratios=()
  for _ in $(seq "$runs"); do
    read -r ms kb < <(run "$bin" build --quiet --timings --allow-errors --publication "$corpus" --output "$work/out-$n")
    times+=("$ms"); rss+=("$kb")
    stages[$n]="$(grep -h 'timings:' "$work/stderr.txt" | sed 's/^regiokaart: timings: //')"
    if [ "$peer" = 1 ]; then
      read -r pms pkb < <(run python3 "$bench_dir/peer_python.py" "$corpus" Input/reference/gemeenten-2025.csv "$work/peer-$n")
      peer_times+=("$pms"); peer_rss+=("$pkb")
      ratios+=("$(awk -v p="$pms" -v r="$ms" 'BEGIN {printf "%.2f", p / r}')")
    fi
    read -r fms out_mb < <(floor "$corpus" "$work/out-$n")
    floor_times+=("$fms")
    floor_ratios+=("$(awk -v r="$ms" -v f="$fms" 'BEGIN {printf "%.2f", r / (f > 0 ? f : 1)}')")
  done
  ms=$(median "${times[@]}"); kb=$(median "${rss[@]}")
  floor_ms=$(median "${floor_times[@]}")
  times_floor=$(printf '%.1f' "$(median "${floor_ratios[@]}")")
  read -r regions pairs < <(counts "$work/out-$n")
  floors[$n]="I/O floor ${floor_ms} ms (read ${mb} MB + write and fsync ${out_mb} MB): build = ${times_floor}x the floor (median of the rounds: ${floor_ratios[*]})"
  xfloor[$n]=$times_floor
  expected="$((one_regions * n))/$((one_pairs * n))"
  check="$regions/$pairs"; [ "$check" = "$expected" ] && check="$check ok" || check="$check MISMATCH (expected $expected)"
  wall[$n]=$ms; mem[$n]=$kb
  peer_ms=""; peer_kb=""
  if [ "$peer" = 1 ]; then
    peer_ms=$(median "${peer_times[@]}"); peer_kb=$(median "${peer_rss[@]}")
    wall[peer$n]=$peer_ms; mem[peer$n]=$peer_kb
    speedup[$n]=$(printf '%.1f' "$(median "${ratios[@]}")")
    speedups[$n]="${ratios[*]}"
  fi
  ratio=${speedup[$n]:-n/a}
  mem_share=$([ -n "$peer_kb" ] && awk -v p="$peer_kb" -v r="$kb" 'BEGIN {printf "%.0f%%", 100 * r / p}' || echo "n/a")
  printf '%-7s %9s  %-10s %9.2f %9.1f %10.0f %8s %7s %8s  %s\n' "$n" "$mb" regiokaart "$(awk -v m="$ms" 'BEGIN {print m / 1000}')" \
    "$(awk -v b="$bytes" -v m="$ms" 'BEGIN {print b / 1e6 / (m / 1000)}')" "$(awk -v k="$kb" 'BEGIN {print k / 1024}')" "$ratio" "${times_floor}" "$mem_share" "$check"
  if [ -n "$peer_ms" ]; then
    printf '%-7s %9s  %-10s %9.2f %9.1f %10.0f\n' "$n" "$mb" peer "$(awk -v m="$peer_ms" 'BEGIN {print m / 1000}')" \
      "$(awk -v b="$bytes" -v m="$peer_ms" 'BEGIN {print b / 1e6 / (m / 1000)}')" "$(awk -v k="$peer_kb" 'BEGIN {print k / 1024}')"
  fi
  rm -rf "$work/out-$n" "$work/peer-$n" "$corpus"
  [[ "$check" == *MISMATCH* ]] && mismatch=1
done
echo
# Where regiokaart's time went (its own --timings, last run of each size).
for n in $sizes; do echo "stages, $n copies: ${stages[$n]}"; echo "floor, $n copies: ${floors[$n]}"; done
echo

if [ "$tiny" = 1 ]; then
  echo "tiny run: the script works; no targets checked"
  [ -z "${mismatch:-}" ] || { echo "FAIL: region/pair counts do not scale with the copies" >&2; exit 1; }
  exit 0
fi

# The targets of issue 14, for the sizes 100 and 1000 when they were run.
verdict() { [ "$1" = 1 ] && echo "met" || echo "MISSED"; }
if [ -n "${wall[1000]:-}" ]; then
  if [ -n "${wall[peer1000]:-}" ]; then
    speed=${speedup[1000]}
    echo "target 1000 copies >= 3x faster than the peer: ${speed}x (median of the rounds: ${speedups[1000]}) -> $(verdict "$(awk -v s="$speed" 'BEGIN {print (s >= 3)}')")"
    share=$(awk -v p="${mem[peer1000]}" -v r="${mem[1000]}" 'BEGIN {printf "%.0f", 100 * r / p}')
    echo "target 1000 copies peak memory <= 25 % of the peer's: $((mem[1000] / 1024)) MB vs $((mem[peer1000] / 1024)) MB = ${share} % -> $(verdict "$(( mem[1000] * 4 <= mem[peer1000] ))")"
  fi
  echo "target 1000 copies <= 2.5x the I/O floor: ${xfloor[1000]}x -> $(verdict "$(awk -v s="${xfloor[1000]}" 'BEGIN {print (s <= 2.5)}')")"
fi
echo "target cold run on the real publication <= 30 ms (a fresh process, median): ${warm_ms} ms -> $(verdict "$(( warm_ms <= 30 ))")"
echo "  (first run after dropping the page cache, libraries read from disk: ${cold_ms} ms)"
echo "target N copies hold N x the regions and pairs: $([ -z "${mismatch:-}" ] && echo met || echo MISSED)"
