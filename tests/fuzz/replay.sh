#!/usr/bin/env bash
# usage: replay.sh HARNESS FOLDER... — runs the harness once over every file of the folders (libFuzzer runs the files
# it is given, and fuzzes only when given folders), in a scratch folder on a RAM disk when there is one.
set -euo pipefail
harness=$1
shift
files=()
for dir in "$@"; do
    while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$dir" -type f ! -name '.*' -print0 | sort -z)
done
[ -w /dev/shm ] && export TMPDIR=/dev/shm
exec "$harness" -rss_limit_mb=2048 -timeout=10 "${files[@]}"
