#!/usr/bin/env bash
# Rolesheet's applies per second beside PostgreSQL's own pgbench -N (the simple-update transaction without branch
# and teller updates), on one throw-away server, in one run, at 1, 4 and 16 clients. Beside them pgbench's default
# transaction at scale 1, where every transaction updates the one branch row: a workload that, like Rolesheet's
# writers on the workspace's version, commits one transaction at a time whatever the number of clients. Each column's
# figure at 4 and 16 clients is also given as a share of its own figure at one. ROUNDS rounds (3 unless given) each
# measure everything once, Rolesheet on a fresh workspace; every round's table is printed, then the medians, and the
# number of rounds in which the goals held together (one writer within 1.5 × a pgbench -N transaction, four and
# sixteen writers each at least one writer's figure).
#   tests/storage/bench-vs-pgbench.sh BUILD_DIR [SECONDS] [ROUNDS]
# BUILD_DIR holds tests/storage/bench (build the rolesheet_storage_bench target, a Release build for figures).
# ROLESHEET_PG_DURABLE=1 keeps the server's normal durability (fsync on); without it the fixture's test settings
# are used. Both programs always run against the same server with the same settings. The audit chain is verified
# whole after each round; the script fails when it is not.
set -euo pipefail

build=${1:?usage: bench-vs-pgbench.sh BUILD_DIR [SECONDS] [ROUNDS]}
seconds=${2:-5}
rounds=${3:-3}
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
"$bindir/psql" -X -q -h 127.0.0.1 -p "$port" -U rolesheet -d rolesheet_test -c "CREATE DATABASE rs_pgbench"
"$bindir/pgbench" -i -q -s 1 -h 127.0.0.1 -p "$port" -U rolesheet rs_pgbench >/dev/null 2>&1

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# The machine's load drifts over minutes: each round runs every figure once, pgbench's and Rolesheet's side by side on
# a fresh workspace, and the tables give each figure's median over the rounds (and every round's own, to see the spread).
declare -A tps hot applies
status=0
for round in $(seq 1 "$rounds"); do
    for c in "${clients[@]}"; do
        jobs=$((c < 2 ? c : 2))
        tps[$round,$c]=$("$bindir/pgbench" -N -n -c "$c" -j "$jobs" -T "$seconds" -h 127.0.0.1 -p "$port" -U rolesheet \
            rs_pgbench 2>/dev/null | awk '/^tps = / { printf "%.0f", $3; exit }')
        hot[$round,$c]=$("$bindir/pgbench" -n -c "$c" -j "$jobs" -T "$seconds" -h 127.0.0.1 -p "$port" -U rolesheet \
            rs_pgbench 2>/dev/null | awk '/^tps = / { printf "%.0f", $3; exit }')
    done
    PGOPTIONS="-c client_min_messages=warning" "$bindir/psql" -X -q -h 127.0.0.1 -p "$port" -U rolesheet \
        -d rolesheet_test -c "DROP DATABASE IF EXISTS rs_bench" \
        -c "CREATE DATABASE rs_bench"
    out=$("$bench" --db "${url/\/rolesheet_test?//rs_bench?}" --seconds "$seconds" \
        --writers "$(IFS=,; echo "${clients[*]}")") || status=$?
    while IFS=$'\t' read -r writers _ _ rate _; do
        [[ $writers =~ ^[0-9]+$ ]] && applies[$round,$writers]=${rate%.*}
    done <<<"$out"
    grep 'refresh' <<<"$out" | sed "s/^/round $round: /" || true
    grep 'audit chain' <<<"$out" | sed "s/^/round $round: /" || { echo "round $round: audit chain not verified"; status=1; }
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server durability: $([ "${ROLESHEET_PG_DURABLE:-0}" = 1 ] && echo normal || echo 'test settings (fsync off)')"
echo
ratio() { awk -v n="$1" -v d="$2" 'BEGIN { if (n > 0 && d > 0) printf "%.2f", n / d; else print "n/a" }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
first=${clients[0]}
table() { # rows of: clients applies tps hot, for each client count; then the one-client shares
    echo "| clients | Rolesheet applies/s | pgbench -N tps | an apply costs (× a pgbench -N transaction) | pgbench TPC-B tps, one branch row | Rolesheet × its 1 client | TPC-B × its 1 client |"
    echo "|---|---|---|---|---|---|---|"
    local -n a_=$1 t_=$2 h_=$3
    for c in "${clients[@]}"; do
        echo "| $c | ${a_[$c]} | ${t_[$c]} | $(ratio "${t_[$c]}" "${a_[$c]}") | ${h_[$c]} | $(ratio "${a_[$c]}" "${a_[$first]}") | $(ratio "${h_[$c]}" "${h_[$first]}") |"
    done
}
held=0
for round in $(seq 1 "$rounds"); do
    declare -A ra=() rt=() rh=()
    for c in "${clients[@]}"; do
        ra[$c]=${applies[$round,$c]:-0}
        rt[$c]=${tps[$round,$c]:-0}
        rh[$c]=${hot[$round,$c]:-0}
    done
    echo "Round $round:"
    table ra rt rh
    # The goals: one writer within 1.5 × a pgbench -N transaction; four and sixteen writers each at least one.
    if awk -v a="${ra[1]}" -v t="${rt[1]}" -v f="${ra[4]:-0}" -v s="${ra[16]:-0}" \
        'BEGIN { exit !(a > 0 && t / a <= 1.5 && f >= a && s >= a) }'; then
        held=$((held + 1))
    fi
    echo
done
declare -A ma=() mt=() mh=()
for c in "${clients[@]}"; do
    list=(); for round in $(seq 1 "$rounds"); do list+=("${applies[$round,$c]:-0}"); done; ma[$c]=$(median "${list[@]}")
    list=(); for round in $(seq 1 "$rounds"); do list+=("${tps[$round,$c]:-0}"); done; mt[$c]=$(median "${list[@]}")
    list=(); for round in $(seq 1 "$rounds"); do list+=("${hot[$round,$c]:-0}"); done; mh[$c]=$(median "${list[@]}")
done
echo "Medians of $rounds rounds:"
table ma mt mh
echo
echo "rounds where one writer was within 1.5 × pgbench -N and four and sixteen writers each at least one: $held of $rounds"
exit "$status"
