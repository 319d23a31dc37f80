#!/usr/bin/env bash
# usage: tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS_PER_HARNESS [HARNESS...]]
# Replays every regression input once, then fuzzes each harness for the given time (8 s unless told) from a copy of
# its committed corpus, so that the corpus in the repository never changes. Prints the executions each harness made
# and exits non-zero when any harness crashed or broke a property; the input that did is kept as crash-* in the
# current folder.
# FUZZ_KEEP_GOING=1 fuzzes on past findings (libFuzzer's fork mode) for the whole time, and counts them; for long
# runs while known findings are open.
# FUZZ_SEED sets libFuzzer's seed (1 unless told, so that a run of the test command can be repeated input for input;
# 0 picks a new random seed each run).
set -uo pipefail
build=${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS_PER_HARNESS [HARNESS...]]}
seconds=${2:-8}
shift $(($# < 2 ? $# : 2))
here=$(cd "$(dirname "$0")" && pwd)
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(FuzzWorkspaceJson FuzzRoleJson FuzzChanges FuzzOpenFile FuzzExport FuzzExportLinks FuzzNames FuzzCsvImport FuzzXlsxImport)
keep_going=${FUZZ_KEEP_GOING:-0}
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Corpus copies, logs and the harnesses' scratch files, on a RAM disk when there is one; a crashed harness leaves
# its scratch files here too, and all go at the end.
ram=/tmp
[ -w /dev/shm ] && ram=/dev/shm
work=$(mktemp -d "$ram/rolesheet-fuzz-run-XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tmp"
export TMPDIR="$work/tmp"
failed=()
printf '%-18s %12s %9s  %s\n' harness executions findings result
for h in "${harnesses[@]}"; do
    exe="$build/tests/fuzz/$h"
    if [ ! -x "$exe" ]; then
        echo "$h: not built in $build (configure with -DROLESHEET_FUZZ=ON)" >&2
        failed+=("$h")
        continue
    fi
    log="$work/$h.log"
    : >"$log"
    status=0
    if [ -d "$here/regressions/$h" ]; then
        "$here/replay.sh" "$exe" "$here/regressions/$h" >>"$log" 2>&1 || status=$?
    fi
    runs=- findings=0
    if [ $status -eq 0 ] || [ "$keep_going" = 1 ]; then
        options=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1)
        seed=${FUZZ_SEED:-1}
        [ "$seed" = 0 ] || options+=(-seed="$seed")
        case $h in FuzzWorkspaceJson | FuzzRoleJson | FuzzChanges) options+=(-dict="$here/json.dict") ;; esac
        if [ "$keep_going" = 1 ]; then
            mkdir -p "fuzz-findings/$h"
            options+=(-fork=1 -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1 -artifact_prefix="fuzz-findings/$h/")
        fi
        mkdir -p "$work/$h"
        cp -r "$here/corpus/$h/." "$work/$h/"
        fuzz_status=0
        "$exe" "${options[@]}" "$work/$h" >>"$log" 2>&1 || fuzz_status=$?
        [ $status -ne 0 ] || status=$fuzz_status
        if [ "$keep_going" = 1 ]; then
            runs=$(grep -o '^#[0-9]*:' "$log" | tr -d '#:' | tail -1)
            findings=$(grep -o 'oom/timeout/crash: [0-9/]*' "$log" | tail -1 | awk -F'[ /]' '{ print $4 + $5 + $6 }')
            [ "${findings:-0}" -eq 0 ] || [ $status -ne 0 ] || status=1
        else
            runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
            [ $fuzz_status -eq 0 ] || findings=1
        fi
    fi
    if [ $status -eq 0 ]; then
        printf '%-18s %12s %9s  %s\n' "$h" "${runs:-?}" "${findings:-0}" ok
    else
        printf '%-18s %12s %9s  %s\n' "$h" "${runs:--}" "${findings:-?}" "FAILED (exit $status)"
        grep -E 'property violated|ERROR: (AddressSanitizer|libFuzzer|UndefinedBehaviorSanitizer|LeakSanitizer)|runtime error|Test unit written|^Running: ' \
            "$log" | sed 's/^==[0-9]*== //' | sort | uniq -c | sort -rn | head -12 | awk '{ print "    " $0 }'
        failed+=("$h")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "Fuzzing failed: ${failed[*]}" >&2
    exit 1
fi
