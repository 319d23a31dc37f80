#!/usr/bin/env bash
# Rolesheet's applies per second beside PostgreSQL's own pgbench -N (the simple-update transaction without branch
# and teller updates), on one throw-away server, in one run, at 1, 4 and 16 clients. Beside them pgbench's default
# transaction at scale 1, where every transaction updates the one branch row: a workload that, like Rolesheet's
# writers on the workspace's version, commits one transaction at a time whatever the number of clients. Each column's
# figure at 4 and 16 clients is also given as a share of its own figure at one.
#   tests/storage/bench-vs-pgbench.sh BUILD_DIR [SECONDS]
# BUILD_DIR holds tests/storage/bench (build the rolesheet_storage_bench target, a Release build for figures).
# ROLESHEET_PG_DURABLE=1 keeps the server's normal durability (fsync on); without it the fixture's test settings
# are used. Both programs always run against the same server with the same settings. The audit chain is verified
# whole after the run; the script fails when it is not.
set -euo pipefail

build=${1:?usage: bench-vs-pgbench.sh BUILD_DIR [SECONDS]}
seconds=${2:-5}
here=$(cd "$(dirname "$0")" && pwd)
bindir=${ROLESHEET_PG_BINDIR:-/usr/lib/postgresql/15/bin}
bench="$build/tests/storage/bench"
clients=(1 4 16)

[ -x "$bench" ] || { echo "bench-vs-pgbench: $bench is missing; build the rolesheet_storage_bench target" >&2; exit 1; }
[ -x "$bindir/pgbench" ] || { echo "bench-vs-pgbench: $bindir/pgbench is missing (postgresql-client-15)" >&2; exit 1; }

state=$(mktemp -d /tmp/rs-bench-state.XXXXXX)
cleanup() { bash "$here/postgres-fixture.sh" stop "$state" >/dev/null 2>&1 || true; rm -rf "$state"; }
trap cleanup EXIT
bash "$here/postgres-fixture.sh" start "$state" >/dev/null
export PGPASSFILE="$state/pgpass"
url=$(cat "$state/url") # postgresql://rolesheet@127.0.0.1:PORT/rolesheet_test?sslmode=disable
port=$(sed -E 's#.*:([0-9]+)/.*#\1#' <<<"$url")
"$bindir/psql" -X -q -h 127.0.0.1 -p "$port" -U rolesheet -d rolesheet_test -c "CREATE DATABASE rs_pgbench" \
    -c "CREATE DATABASE rs_bench"
"$bindir/pgbench" -i -q -s 1 -h 127.0.0.1 -p "$port" -U rolesheet rs_pgbench >/dev/null 2>&1

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A tps hot
for c in "${clients[@]}"; do
    jobs=$((c < 2 ? c : 2))
    tps[$c]=$("$bindir/pgbench" -N -n -c "$c" -j "$jobs" -T "$seconds" -h 127.0.0.1 -p "$port" -U rolesheet \
        rs_pgbench 2>/dev/null | awk '/^tps = / { printf "%.0f", $3; exit }')
    hot[$c]=$("$bindir/pgbench" -n -c "$c" -j "$jobs" -T "$seconds" -h 127.0.0.1 -p "$port" -U rolesheet \
        rs_pgbench 2>/dev/null | awk '/^tps = / { printf "%.0f", $3; exit }')
done

declare -A applies
status=0
out=$("$bench" --db "${url/\/rolesheet_test?//rs_bench?}" --seconds "$seconds" --writers "$(IFS=,; echo "${clients[*]}")") \
    || status=$?
while IFS=$'\t' read -r writers _ _ rate _; do
    [[ $writers =~ ^[0-9]+$ ]] && applies[$writers]=${rate%.*}
done <<<"$out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server durability: $([ "${ROLESHEET_PG_DURABLE:-0}" = 1 ] && echo normal || echo 'test settings (fsync off)')"
echo
share() { awk -v n="$1" -v one="$2" 'BEGIN { if (one > 0) printf "%.2f", n / one; else print "n/a" }'; }
first=${clients[0]}
echo "| clients | Rolesheet applies/s | pgbench -N tps | an apply costs (× a pgbench -N transaction) | pgbench TPC-B tps, one branch row | Rolesheet × its 1 client | TPC-B × its 1 client |"
echo "|---|---|---|---|---|---|---|"
for c in "${clients[@]}"; do
    a=${applies[$c]:-0}
    t=${tps[$c]:-0}
    h=${hot[$c]:-0}
    ratio=$(awk -v a="$a" -v t="$t" 'BEGIN { if (a > 0) printf "%.2f", t / a; else print "n/a" }')
    echo "| $c | $a | $t | $ratio | $h | $(share "$a" "${applies[$first]:-0}") | $(share "$h" "${hot[$first]:-0}") |"
done
echo
grep 'refresh' <<<"$out" || true
grep 'audit chain' <<<"$out" || echo "audit chain after the run: not verified"
exit "$status"
