#!/usr/bin/env bash
# Whole-process, side-by-side comparison of tradebrief with the anchor tools
# (Typst, reportlab, matplotlib; vl-convert on request), in ONE run:
# 1 warm-up each, then RUNS rounds round-robin; wall-time medians, min–max,
# CPU and peak RSS, measured with the anchors' own bench.py timer (os.wait4).
# Also times `tradebrief data --by state` on a 100,000-row (~10 MB) synthetic
# CSV, `data --by state` and `validate` on 1,000,000 rows (~100 MB), and
# `tradebrief build --per-state` when the binary has that option.
#
# Usage: scripts/bench-compare.sh [--no-write] [--vlconvert] [--runs N]
#
# Environment (all optional):
#   ANCHORS       the anchors folder (default: ../shared/bench/anchors from the repo)
#   ANCHORS_VENV  their virtualenv, made from requirements.txt if missing (default /tmp/anchors-venv)
#   SCRATCH       scratch path of the release build (default .build-bench)
#   NO_BUILD=1    use the binary already in $SCRATCH
#   RELEASE_FLAGS how to build tradebrief (default: as `make brief` ships it, the Swift
#                 libraries linked in: --static-swift-stdlib --toolset scripts/release-toolset.json;
#                 RELEASE_FLAGS= for the Swift libraries as shared libraries)
#   MAX_LOAD      wait (up to WAIT_MAX s) until the 1-minute load is at most this (default 1.5)
#   WAIT_MAX      seconds to wait for a quiet machine before measuring anyway (default 600)
#   WORK          scratch folder for outputs (default: a new mktemp -d, removed at the end)
# Writes the report into Benchmarks/RESULTS.md (between the bench-compare
# markers) unless --no-write; prints it in every case.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

runs=${RUNS:-10}
write=1
vlconvert=0
while [ $# -gt 0 ]; do
  case "$1" in
    --no-write) write=0 ;;
    --vlconvert) vlconvert=1 ;;
    --runs) runs=$2; shift ;;
    -h|--help) sed -n 2,24p "$0"; exit 0 ;;
    *) echo "bench-compare: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

anchors=${ANCHORS:-$root/../shared/bench/anchors}
venv=${ANCHORS_VENV:-/tmp/anchors-venv}
scratch=${SCRATCH:-.build-bench}
[ -f "$anchors/bench.py" ] || { echo "bench-compare: no anchors at $anchors (set ANCHORS)" >&2; exit 2; }

# 1. tradebrief, release, built as the Makefile's RELEASE_FLAGS build it.
release_flags=${RELEASE_FLAGS---static-swift-stdlib --toolset scripts/release-toolset.json}
if [ "${NO_BUILD:-0}" != 1 ]; then
  # shellcheck disable=SC2086 # the flags are words
  swift build -c release --scratch-path "$scratch" --product tradebrief $release_flags 2>&1 | grep -v 'prohibited flag' | tail -n 3
fi
# shellcheck disable=SC2086
bin="$(swift build -c release --scratch-path "$scratch" $release_flags --show-bin-path)/tradebrief"
[ -x "$bin" ] || { echo "bench-compare: no binary at $bin" >&2; exit 2; }

# 2. The anchors' virtualenv (../shared is read-only, so it lives elsewhere).
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --upgrade pip
  "$venv/bin/pip" install -q -r "$anchors/requirements.txt"
fi
py="$venv/bin/python"

# 3. A scratch folder with a writable copy of the anchors (as their run_all.sh
#    does, so Python can cache bytecode there like in the anchors' own runs),
#    and the synthetic CSV.
if [ -n "${WORK:-}" ]; then mkdir -p "$WORK"; work=$WORK; else work=$(mktemp -d /tmp/bench-compare.XXXXXX); trap 'rm -rf "$work"' EXIT; fi
mkdir -p "$work/anchors" "$work/out"
cp -r "$anchors"/. "$work/anchors/" && chmod -R u+w "$work/anchors"
rm -rf "$work/anchors/.venv" "$work/anchors/out"
python3 "$root/scripts/bench-gen-csv.py" "$work/big.csv" 100000
# 1,000,000 rows (~100 MB) for the streamed `data` and `validate` (issue 20).
python3 "$root/scripts/bench-gen-csv.py" "$work/big1m.csv" 1000000
# 153 rows: every state and DC gets 3 or more projects (the generator walks the states 7 at a time).
python3 "$root/scripts/bench-gen-csv.py" "$work/all51.csv" 153
csv_mib=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1])/1048576:.1f}')" "$work/big.csv")
csv1m_mib=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1])/1048576:.1f}')" "$work/big1m.csv")
unset SOURCE_DATE_EPOCH || true

# 4. The tools: NAME|GROUP|GOAL|COMMAND (commands run in $work).
a=$work/anchors
o=$work/out
tools=(
  "tradebrief|brief|≥ 3× faster than typst, ≥ 25× than matplotlib, ≤ 40 MiB|cd $work && $bin build --format pdf,svg --out $o/tradebrief --quiet"
  "typst (anchor)|brief|tradebrief ≥ 3× faster|cd $work && $py $a/make_typst.py $o/typst"
  "reportlab (anchor)|brief||cd $work && $py $a/make_reportlab.py $o/reportlab"
  "matplotlib (anchor)|brief|tradebrief ≥ 25× faster|cd $work && $py $a/make_matplotlib.py $o/matplotlib"
)
if [ "$vlconvert" = 1 ]; then
  tools+=("vl-convert (anchor)|brief||cd $work && $py $a/make_vlconvert.py $o/vlconvert")
fi
tools+=(
  "tradebrief build --format png|tradebrief||cd $work && $bin build --format png --out $o/tradebrief-png --quiet"
  "tradebrief data --by state (100,000 rows, $csv_mib MiB)|data|≤ 0.15 s|cd $work && $bin data --by state --investments $work/big.csv"
  "tradebrief data --by state (1,000,000 rows, $csv1m_mib MiB)|data|≤ 1 s, ≤ 64 MiB|cd $work && $bin data --by state --investments $work/big1m.csv"
  "tradebrief validate (1,000,000 rows, $csv1m_mib MiB)|data|≤ 1.5 s, ≤ 64 MiB|cd $work && $bin validate $work/big1m.csv"
  "tradebrief --version (process start-up floor)|tradebrief||cd $work && $bin --version"
)
notes=()
if "$bin" build --help 2>/dev/null | grep -q -- '--per-state'; then
  # One-pagers come on top of the brief, so time the brief alone too: the
  # difference between the two rows is what 51 one-pagers cost.
  tools+=(
    "tradebrief build --format pdf --investments all51.csv (the brief alone, to subtract)|per-state||cd $work && $bin build --format pdf --investments $work/all51.csv --out $o/pdf-only --quiet"
    "tradebrief build --format pdf --per-state --investments all51.csv (brief + 51 one-pagers)|per-state|51 one-pagers ≤ 0.1 s beyond the brief alone (issue 20)|cd $work && $bin build --format pdf --per-state --investments $work/all51.csv --out $o/per-state --quiet"
    "tradebrief build --format pdf --per-state --jobs 1 --investments all51.csv (one page at a time)|per-state|speed-up near 2× on 2 cores|cd $work && $bin build --format pdf --per-state --jobs 1 --investments $work/all51.csv --out $o/per-state-1 --quiet"
  )
else
  notes+=("--note" "\`tradebrief build --per-state\` was not timed: this build has no --per-state option yet.")
fi

if [ "${NO_BUILD:-0}" = 1 ]; then
  notes+=("--note" "tradebrief: the release binary found in $scratch (NO_BUILD=1), at $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo 'a tree without git').")
else
  notes+=("--note" "tradebrief: \`swift build -c release ${release_flags:-(the Swift libraries shared)}\` at $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo 'a tree without git').")
fi

args=(--anchors "$anchors" --runs "$runs" --max-load "${MAX_LOAD:-1.5}" --wait "${WAIT_MAX:-600}")
[ "$write" = 1 ] && args+=(--write "$root/Benchmarks/RESULTS.md")
for t in "${tools[@]}"; do args+=(--tool "$t"); done
python3 "$root/scripts/bench-compare.py" "${args[@]}" ${notes[@]+"${notes[@]}"} \
  --note "Numbers on a loaded machine are noisy: other engineers' builds may share these 2 cores. Compare ratios within one run, not absolute times across runs."
