#!/usr/bin/env bash
# Builds the libFuzzer targets in Tests/Fuzz (a package of its own, never built
# by `make test` or CI) and runs each for a bounded time.
#
# Usage:
#   scripts/fuzz.sh [TARGET] [SECONDS]     fuzz TARGET (csv, amount-state, style, or all) for SECONDS each
#   scripts/fuzz.sh TARGET FILE...         run the target once on each FILE (to reproduce a crash)
#
# Defaults: all targets, 60 seconds each. Runs one target at a time.
# - New inputs that reach new code are kept in Tests/Fuzz/.build/corpus/TARGET
#   (git-ignored), so later runs start where earlier ones stopped; the seed
#   corpus in Tests/Fuzz/Corpus/TARGET is only read.
# - A crash, hang (-timeout=5: one input taking over 5 s), leak or memory
#   blow-up (-rss_limit_mb) stops the run; the input is saved in
#   Tests/Fuzz/.build/artifacts/TARGET/ and the script exits 1. Turn each one
#   into a regression test (Tests/*/FuzzRegressionTests.swift).
# Environment: FUZZ_FLAGS (more libFuzzer flags, e.g. -jobs=2), SWIFT (the swift driver).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz="$root/Tests/Fuzz"
swift="${SWIFT:-swift}"
target="${1:-all}"
seconds="${2:-60}"

# name → product, longest input, libFuzzer dictionary
product() {
    case "$1" in
        csv) echo FuzzCSV ;;
        amount-state) echo FuzzAmountState ;;
        style) echo FuzzStyle ;;
        *) echo "fuzz.sh: unknown target '$1' (csv, amount-state, style, all)" >&2; exit 2 ;;
    esac
}
max_len() {
    case "$1" in
        csv) echo 16384 ;;          # dozens of rows, every syntax path; longer inputs only slow it
        amount-state) echo 512 ;;   # one cell
        style) echo 8192 ;;         # a full style file is ~3 KB
    esac
}

if [ "$target" = all ]; then targets=(csv amount-state style); else product "$target" >/dev/null; targets=("$target"); fi

echo "fuzz.sh: building the fuzz targets (release, -sanitize=fuzzer,address)…" >&2
# -sanitize=fuzzer,address instruments every Swift module (the parsers, Yams) for coverage
# and AddressSanitizer (with LeakSanitizer) and links libFuzzer. -use-ld=lld: gold fails on it.
# (-parse-as-library is set per target in Tests/Fuzz/Package.swift; see there why.)
# One product at a time: a plain `swift build` would also build the root package's executable.
for t in "${targets[@]}"; do
    (cd "$fuzz" && "$swift" build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld --product "$(product "$t")")
done
bin="$(cd "$fuzz" && "$swift" build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld --show-bin-path)"

symbolizer="$(dirname "$(command -v "$swift")")/llvm-symbolizer"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0:symbolize=1}${symbolizer:+:external_symbolizer_path=$symbolizer}"
# The Swift runtime's crash backtracer reads memory that AddressSanitizer then reports as a
# second, bogus error after a fatalError; libFuzzer's own stack trace is enough.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"

# Reproduce: run the target once on each given file.
if [ "$#" -ge 2 ] && [ -f "$2" ]; then
    shift
    exec "$bin/$(product "$target")" -runs=1 "$@"
fi

case "$seconds" in ''|*[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 2 ;; esac

failed=()
for t in "${targets[@]}"; do
    corpus="$fuzz/.build/corpus/$t"
    artifacts="$fuzz/.build/artifacts/$t"
    mkdir -p "$corpus" "$artifacts"
    echo "fuzz.sh: $t for ${seconds}s (corpus $corpus, crashes in $artifacts)" >&2
    # -detect_leaks=1: LeakSanitizer after inputs that allocate more than they free.
    # -timeout=5: any input taking over 5 s is a hang. -rss_limit_mb: memory blow-ups.
    if ! "$bin/$(product "$t")" "$corpus" "$fuzz/Corpus/$t" \
        -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=5 -detect_leaks=1 \
        -rss_limit_mb=2048 -malloc_limit_mb=1024 -dict="$fuzz/Dictionaries/$t.dict" \
        -artifact_prefix="$artifacts/" -print_final_stats=1 \
        ${FUZZ_FLAGS:-}; then
        failed+=("$t")
        echo "fuzz.sh: $t FAILED; the input is in $artifacts (reproduce: scripts/fuzz.sh $t FILE)" >&2
    fi
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz.sh: failures in: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz.sh: no crash, hang or leak in: ${targets[*]}" >&2
