#!/usr/bin/env bash
# usage: replay.sh HARNESS FOLDER... — runs the harness once over every file of the folders (libFuzzer runs the files
# it is given, and fuzzes only when given folders), with its scratch files on a RAM disk when there is one.
set -uo pipefail
harness=$1
shift
files=()
for dir in "$@"; do
    [ -d "$dir" ] || continue
    while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$dir" -type f ! -name '.*' -print0 | sort -z)
done
[ ${#files[@]} -gt 0 ] || exit 0 # with no file, libFuzzer would start fuzzing
ram=/tmp
[ -w /dev/shm ] && ram=/dev/shm
scratch=$(mktemp -d "$ram/rolesheet-fuzz-replay-XXXXXX")
trap 'rm -rf "$scratch"' EXIT
TMPDIR=$scratch "$harness" -rss_limit_mb=2048 -timeout=10 "${files[@]}"
