#!/usr/bin/env bash
# Benchmark: GET of one procedure (~2 KB, with problems and interventions) through onderzoek's API,
# against PostgreSQL's own select-only throughput (pgbench -S) on the same machine in the same run.
#
#   ./bench/onderzoek-get.sh [seconds per phase] [--no-build]     (default 20)
#
# Phases: pgbench -S peak TPS; HTTP GET peak req/s (wrk, closed loop, 16 connections); HTTP GET
# latency at half of that peak (tools/bench, open loop at a fixed rate, latency from the scheduled
# send time). Targets (issue #3): GET peak >= 40 % of pgbench TPS, p99 <= 20 ms at half load.
# CPU per request (bench/cpu.sh): onderzoek, PostgreSQL and the whole machine over each peak phase.
# Needs pgbench, psql (Debian: postgresql-client) and wrk (Debian: wrk); installed when root.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=../tools/jdk.sh
source tools/jdk.sh
select_jdk
secs="${1:-20}"
for need in pgbench:postgresql-client wrk:wrk; do
  if ! command -v "${need%%:*}" >/dev/null; then
    [ "$(id -u)" = 0 ] || { echo "install ${need#*:} (Debian package)" >&2; exit 1; }
    apt-get install -y -q "${need#*:}" >/dev/null
  fi
done

if [ "${2:-}" != "--no-build" ]; then
  ./mvnw -B -q package -DskipTests
fi
mkdir -p .wams
log=.wams/bench-onderzoek.log
# No AOT cache: its recorded method profiles depend on the run that recorded it and change the
# steady state by up to 15 % (docs/performance.md); the container images run without one.
WAMS_AOT_CACHE=false ./wams start --no-build --no-demo >"$log" 2>&1 &
suite=$!
trap 'kill -TERM $suite 2>/dev/null || true; wait $suite 2>/dev/null || true' EXIT
for _ in $(seq 1 3000); do
  grep -q "Running" "$log" && break
  kill -0 "$suite" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.1
done

api=http://localhost:8082/onderzoek/v1
token() {
  curl -sf -d client_id=wams-demo -d grant_type=password -d username=onderzoeker-ams \
    -d password=onderzoeker-ams http://localhost:8180/realms/wams/protocol/openid-connect/token |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
TOKEN=$(token)
auth=(-H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json')
# A fresh valid BSN from the test range each run, so no repeated-onderzoek rule gets in the way.
bsn=$(python3 -c 'import random
while True:
  d=[9,9,9,9]+[random.randint(0,9) for _ in range(4)]
  s=sum((9-i)*d[i] for i in range(8))%11
  if s<10: print("".join(map(str,d+[s]))); break')
loc=$(curl -sf -D - -o /dev/null "${auth[@]}" "$api/procedures" \
  -d "{\"gemeentecode\":\"0363\",\"ingang\":{\"soort\":\"HULPVRAAG\"},\"betrokkene\":{\"bsn\":\"$bsn\"}}" |
  awk 'tolower($1)=="location:" {print $2}' | tr -d '\r')
change() { # path method body
  local etag
  etag=$(curl -sf -D - -o /dev/null "${auth[@]}" "$loc" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
  curl -sf -o /dev/null -X "$2" "${auth[@]}" -H "If-Match: $etag" "$loc$1" -d "$3"
}
change /reikwijdte PUT '{"leefgebieden":["FINANCIEN","ZELFREDZAAMHEID","OPVOEDING_EN_GEZIN","HUISVESTING"]}'
change /problemen POST '{"leefgebied":"FINANCIEN","domein":"WGS","omschrijving":"Schulden bij vier schuldeisers, loonbeslag dreigt."}'
change /problemen POST '{"leefgebied":"ZELFREDZAAMHEID","domein":"WMO","omschrijving":"Redt het huishouden niet meer sinds de operatie."}'
change /problemen POST '{"leefgebied":"OPVOEDING_EN_GEZIN","domein":"JEUGDWET","omschrijving":"Zoon verzuimt school, signalen van overbelasting."}'
change /problemen POST '{"leefgebied":"HUISVESTING","domein":"WONEN","omschrijving":"Huurachterstand van drie maanden."}'
change /interventies POST '{"domein":"WMO","omschrijving":"Huishoudelijke hulp","aanbieder":"Thuiszorg West","lopend":false,"vanaf":"2023-01-01","tot":"2024-06-30"}'
change /interventies POST '{"domein":"WGS","omschrijving":"Budgetbeheer","aanbieder":"Kredietbank","lopend":true,"vanaf":"2026-01-01"}'
change /interventies POST '{"domein":"JEUGDWET","omschrijving":"Ambulante gezinsbegeleiding","aanbieder":"Jeugdteam Oost","lopend":true,"vanaf":"2025-09-01"}'
size=$(curl -sf "${auth[@]}" "$loc" | wc -c)

export PGPASSWORD=postgres
psql -q -h localhost -p 54329 -U postgres -d wams -c 'DROP DATABASE IF EXISTS bench' -c 'CREATE DATABASE bench'
pgbench -q -i -s 10 -h localhost -p 54329 -U postgres bench >/dev/null 2>&1
# shellcheck source=cpu.sh
source bench/cpu.sh
onderzoek_pid=$(pid_of 8082)
b0=$(busy_ticks)
pgbench_out=$(pgbench -S -c 16 -j 2 -T "$secs" -h localhost -p 54329 -U postgres bench 2>/dev/null)
b1=$(busy_ticks)
tps=$(awk '/^tps/ {printf "%.0f", $3; exit}' <<<"$pgbench_out")
tx=$(awk '/number of transactions actually processed/ {print $NF}' <<<"$pgbench_out")
pgbench_cpu="machine $(per_request $((b1 - b0)) "$tx")" # its backends exit with it, so no PostgreSQL share

# Warm up the service (JIT) before measuring, then the peak with wrk.
TOKEN=$(token)
wrk -t1 -c16 -d"$secs"s -H "Authorization: Bearer $TOKEN" "$loc" >/dev/null
o0=$(ticks "$onderzoek_pid"); p0=$(pg_ticks); b0=$(busy_ticks)
wrk_out=$(wrk -t1 -c16 -d"$secs"s --latency -H "Authorization: Bearer $TOKEN" "$loc")
o1=$(ticks "$onderzoek_pid"); p1=$(pg_ticks); b1=$(busy_ticks)
n=$(awk '/ requests in / {print $1}' <<<"$wrk_out")
get_cpu="onderzoek $(per_request $((o1 - o0)) "$n") / PostgreSQL $(per_request $((p1 - p0)) "$n") / machine $(per_request $((b1 - b0)) "$n")"
if grep -q "Non-2xx" <<<"$wrk_out"; then echo "$wrk_out" >&2; exit 1; fi
peak=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' <<<"$wrk_out")
peak_line="peak (wrk, 16 connections, ${secs}s) = $peak req/s ($(awk '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "p50 %s, p99 %s", p50, p99}' <<<"$wrk_out"))"
export BENCH_AUTHORIZATION="Bearer $(token)"
half_line=$("$JAVA_HOME/bin/java" -jar tools/bench/target/wams-bench.jar rate "$loc" "$secs" $((peak / 2)))

echo "machine:  $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "jdk:      $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "document: GET procedure, $size bytes (4 problems, 3 interventions)"
echo "pgbench -S (16 clients, ${secs}s): $tps tps"
echo "GET $peak_line"
echo "CPU per request in us: pgbench transaction: $pgbench_cpu; GET: $get_cpu"
echo "GET at half load: $half_line"
echo "ratio GET/pgbench: $(awk -v a="$peak" -v b="$tps" 'BEGIN {printf "%.0f %%", 100 * a / b}')"
