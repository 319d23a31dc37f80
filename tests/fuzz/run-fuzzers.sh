#!/usr/bin/env bash
# usage: tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS_PER_HARNESS]
# Replays every regression input once, then fuzzes each harness for the given time (8 s unless told) from a copy of
# its committed corpus, so the corpus in the repository never changes. Prints the executions each harness made and
# exits non-zero when any harness crashed or broke a property; the input that did is kept as crash-* in the current
# folder.
set -uo pipefail
build=${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS_PER_HARNESS]}
seconds=${2:-8}
here=$(cd "$(dirname "$0")" && pwd)
harnesses=(FuzzWorkspaceJson FuzzRoleJson FuzzChanges FuzzOpenFile FuzzExport FuzzNames)
[ -w /dev/shm ] && export TMPDIR=/dev/shm
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
work=$(mktemp -d "${TMPDIR:-/tmp}/rolesheet-fuzz-corpus-XXXXXX")
trap 'rm -rf "$work"' EXIT
failed=()
printf '%-18s %12s  %s\n' harness executions result
for h in "${harnesses[@]}"; do
    exe="$build/tests/fuzz/$h"
    if [ ! -x "$exe" ]; then
        echo "$h: not built in $build (configure with -DROLESHEET_FUZZ=ON)" >&2
        failed+=("$h")
        continue
    fi
    log="$work/$h.log"
    status=0
    if [ -d "$here/regressions/$h" ]; then
        "$here/replay.sh" "$exe" "$here/regressions/$h" >"$log" 2>&1 || status=$?
    fi
    if [ $status -eq 0 ]; then
        dict=()
        case $h in FuzzWorkspaceJson | FuzzRoleJson | FuzzChanges) dict=(-dict="$here/json.dict") ;; esac
        mkdir -p "$work/$h"
        cp -r "$here/corpus/$h/." "$work/$h/"
        "$exe" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
            "${dict[@]}" "$work/$h" >"$log" 2>&1 || status=$?
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    if [ $status -eq 0 ]; then
        printf '%-18s %12s  %s\n' "$h" "${runs:-?}" ok
    else
        printf '%-18s %12s  %s\n' "$h" "${runs:--}" "FAILED (exit $status)"
        grep -E 'property violated|ERROR: (AddressSanitizer|libFuzzer|UndefinedBehaviorSanitizer)|runtime error|Test unit written|^Running: ' \
            "$log" | head -20 | sed 's/^/    /'
        failed+=("$h")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "Fuzzing failed: ${failed[*]}" >&2
    exit 1
fi
