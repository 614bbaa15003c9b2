#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer (with LeakSanitizer) and
# under ThreadSanitizer, each in a build folder of its own.
#
# Usage:
#   scripts/sanitize.sh [address|thread|all] [swift test options…]
#   scripts/sanitize.sh address --filter BriefDataTests
#
# Default: all (address, then thread). Each needs a full build with the
# sanitizer (.build-asan, .build-tsan; git-ignored), so a first run takes a while.
# The tests that run the `tradebrief` binary run the sanitized binary too, so
# the command-line tool is checked as well.
#
# Suppressions (Tests/Sanitizers/*.supp, each entry explained there) cover
# reports in code that is not ours and that we cannot fix: system libraries
# (fontconfig, glib, Pango) and the Swift runtime and Foundation.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
swift="${SWIFT:-swift}"
kind="${1:-all}"
if [ "$#" -gt 0 ]; then shift; fi
supp="$root/Tests/Sanitizers"

case "$kind" in
    address) kinds=(address) ;;
    thread) kinds=(thread) ;;
    all) kinds=(address thread) ;;
    *) echo "sanitize.sh: unknown sanitizer '$kind' (address, thread, all)" >&2; exit 2 ;;
esac

symbolizer="$(dirname "$(command -v "$swift")")/llvm-symbolizer"
# The Swift runtime's crash backtracer reads memory the sanitizers then report
# as a second, bogus error after a real one; the sanitizer's own report is enough.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"

failed=()
for k in "${kinds[@]}"; do
    case "$k" in
        address)
            scratch=.build-asan
            # halt_on_error=1: the first report fails the run. detect_leaks=1: LeakSanitizer at exit.
            # fast_unwind_on_malloc=0: full stacks through the system libraries (built without
            # frame pointers), so that the suppressions name functions, not whole libraries.
            export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:fast_unwind_on_malloc=0:malloc_context_size=40:external_symbolizer_path=$symbolizer"
            export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
            ;;
        thread)
            scratch=.build-tsan
            export TSAN_OPTIONS="suppressions=$supp/tsan.supp:halt_on_error=1:second_deadlock_stack=1:external_symbolizer_path=$symbolizer"
            ;;
    esac
    echo "sanitize.sh: swift test --sanitize=$k (build folder $scratch)…" >&2
    if "$swift" test --scratch-path "$scratch" --sanitize="$k" "$@"; then
        echo "sanitize.sh: $k: passed" >&2
    else
        failed+=("$k")
        echo "sanitize.sh: $k: FAILED (see the sanitizer report above)" >&2
    fi
    unset ASAN_OPTIONS LSAN_OPTIONS TSAN_OPTIONS
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "sanitize.sh: failures under: ${failed[*]}" >&2
    exit 1
fi
