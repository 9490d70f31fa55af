#!/usr/bin/env bash
# Benchmark: the same GET of one procedure (onderzoek, ~1.7 KB) direct and through the gateway (JWT
# validation, operation and purpose check, view cut, Logboek record committed before the answer),
# with the Logboek on and off, in the same run.
#
#   ./bench/gateway.sh [seconds per phase] [--no-build]     (default 20; docs/performance.md uses 30,
#   since the Logboek path is still being compiled 15-40 s into the load)
#
# Phases: peak req/s (wrk, 1 thread, 16 connections, warm-up then measured) direct, through the
# gateway with the Logboek on, and through a second gateway (port 8090) with the Logboek off; then
# latency at half of direct's peak (tools/bench, open loop) direct and through the gateway (on).
# CPU per request: utime+stime (/proc/<pid>/stat) of the gateway, onderzoek and every PostgreSQL
# process, and the whole machine's busy time (/proc/stat), over each measured peak phase, divided by
# its requests. Targets (issue #5): gateway peak >= 75 % of direct, added
# latency p50 <= 0.5 ms and p99 <= 2 ms at half of direct's peak, CPU <= 150 us per request;
# Logboek on >= 90 % of off. Needs wrk (Debian: wrk); installed when root.
# Two references, in the same run, for what any gateway could reach on this machine (each skipped
# when its tool is missing; installed when root):
# - nginx (Debian: nginx-light) as a bare reverse proxy (keep-alive upstream, no checks, no
#   logging), the cheapest proxy there is: the same peak phase and the same phase at half load;
# - the Logboek's database floor: pgbench (Debian: postgresql-client) writes the rows of a request
#   without any gateway (see vloer below).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=../tools/jdk.sh
source tools/jdk.sh
select_jdk
secs="${1:-20}"
if ! command -v wrk >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "install wrk (Debian package)" >&2; exit 1; }
  apt-get install -y -q wrk >/dev/null
fi
for want in nginx:nginx-light pgbench:postgresql-client; do
  if ! command -v "${want%%:*}" >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get install -y -q "${want#*:}" >/dev/null || echo "could not install ${want#*:}: that reference is skipped" >&2
  fi
done
if [ "${2:-}" != "--no-build" ]; then
  ./mvnw -B -q package -DskipTests
fi
mkdir -p .wams
log=.wams/bench-gateway.log
# The rate limit (100 req/s per client) would answer most of the load with 429.
# No AOT cache: its recorded method profiles depend on the run that recorded it and change the
# steady state by up to 15 % (docs/performance.md); the container images run without one.
WAMS_AOT_CACHE=false WAMS_GATEWAY_RATE_LIMIT_ENABLED=false ./wams start --no-build --no-demo >"$log" 2>&1 &
suite=$!
off=""
kaal=""
cleanup() {
  [ -n "$off" ] && kill -TERM "$off" 2>/dev/null || true
  [ -n "$kaal" ] && kill -TERM "$kaal" 2>/dev/null || true
  kill -TERM $suite 2>/dev/null || true
  wait $suite 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 3000); do
  grep -q "Running" "$log" && break
  kill -0 "$suite" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.1
done

# A second gateway, the Logboek off, otherwise the same configuration.
QUARKUS_HTTP_PORT=8090 WAMS_LOGBOEK_ENABLED=false WAMS_GATEWAY_RATE_LIMIT_ENABLED=false \
  WAMS_LOGBOEK_HMAC_KEY=bench-only-wams-logboek-key \
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:54329/wams \
  QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
  "$JAVA_HOME/bin/java" -Xmx256m -jar gateway/target/quarkus-app/quarkus-run.jar >.wams/bench-gateway-off.log 2>&1 &
off=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null http://localhost:8090/q/health/ready && break
  sleep 0.1
done

# The bare proxy: nginx, two workers (the gateway has two event loops), keep-alive to onderzoek.
if command -v nginx >/dev/null; then
  mkdir -p .wams/nginx
  cat >.wams/nginx/nginx.conf <<'CONF'
worker_processes 2;
daemon off;
pid nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path tmp; proxy_temp_path tmp; fastcgi_temp_path tmp;
  uwsgi_temp_path tmp; scgi_temp_path tmp;
  upstream onderzoek { server 127.0.0.1:8082; keepalive 32; keepalive_requests 10000000; }
  server {
    listen 127.0.0.1:8091;
    keepalive_requests 10000000;
    location / {
      proxy_pass http://onderzoek;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
CONF
  mkdir -p .wams/nginx/tmp
  nginx -p "$root/.wams/nginx" -c nginx.conf 2>.wams/bench-nginx.log &
  kaal=$!
fi

api=http://localhost:8082/onderzoek/v1
token() {
  curl -sf -d client_id=wams-demo -d grant_type=password -d username=onderzoeker-ams \
    -d password=onderzoeker-ams http://localhost:8180/realms/wams/protocol/openid-connect/token |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
TOKEN=$(token)
auth=(-H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json')
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
direct="$loc"
via_on="${loc/:8082/:8080}"
via_off="${loc/:8082/:8090}"
via_kaal="${loc/:8082/:8091}"
purpose="Wams-Verwerkingsactiviteit: wams-onderzoek"
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H "$purpose" "$via_on" || { echo "the gateway refused the GET" >&2; exit 1; }
size_direct=$(curl -sf -H "Authorization: Bearer $TOKEN" "$direct" | wc -c)
size_via=$(curl -sf -H "Authorization: Bearer $TOKEN" -H "$purpose" "$via_on" | wc -c)

# shellcheck source=cpu.sh
source bench/cpu.sh
onderzoek_pid=$(pid_of 8082)
breakdown=$(mktemp -d)

proxy_ticks() { # the gateway's pid, "nginx" (every nginx process) or "" -> clock ticks
  local sum=0 p
  case "$1" in
    "") echo 0 ;;
    nginx)
      for p in $(pgrep -x nginx || true); do sum=$((sum + $(ticks "$p" 2>/dev/null || echo 0))); done
      echo "$sum" ;;
    *) ticks "$1" ;;
  esac
}

peak() { # name url [extra header] -> "req/s requests p50 p99"; CPU per request to $breakdown/name
  local name="$1" url="$2" out gw g0 g1 o0 o1 p0 p1 b0 b1 n
  shift 2
  gw=$(pid_of "$(sed -E 's#^http://[^:]+:([0-9]+)/.*#\1#' <<<"$url")")
  [ "$gw" = "$onderzoek_pid" ] && gw=""
  [ "$name" = kaal ] && gw=nginx
  TOKEN=$(token)
  wrk -t1 -c16 -d"$secs"s -H "Authorization: Bearer $TOKEN" "$@" "$url" >/dev/null
  g0=$(proxy_ticks "$gw"); o0=$(ticks "$onderzoek_pid"); p0=$(pg_ticks); b0=$(busy_ticks)
  out=$(wrk -t1 -c16 -d"$secs"s --latency -H "Authorization: Bearer $TOKEN" "$@" "$url")
  g1=$(proxy_ticks "$gw"); o1=$(ticks "$onderzoek_pid"); p1=$(pg_ticks); b1=$(busy_ticks)
  if grep -q "Non-2xx" <<<"$out"; then echo "$out" >&2; exit 1; fi
  n=$(awk '/ requests in / {print $1}' <<<"$out")
  awk -v n="$n" -v hz="$hz" -v g=$((g1 - g0)) -v o=$((o1 - o0)) -v p=$((p1 - p0)) -v b=$((b1 - b0)) \
    'BEGIN {f = 1e6 / hz / n; printf "%.0f %.0f %.0f %.0f\n", g * f, o * f, p * f, b * f}' >"$breakdown/$name"
  awk '/^Requests\/sec/ {rps=$2} / requests in / {n=$1} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
       END {printf "%.0f %d %s %s", rps, n, p50, p99}' <<<"$out"
}

read -r direct_rps _ direct_p50 direct_p99 <<<"$(peak direct "$direct")"
read -r on_rps on_n on_p50 on_p99 <<<"$(peak on "$via_on" -H "$purpose")"
cpu_us=$(cut -d' ' -f1 "$breakdown/on")
read -r off_rps _ off_p50 off_p99 <<<"$(peak off "$via_off" -H "$purpose")"
kaal_rps=""
if [ -n "$kaal" ]; then
  read -r kaal_rps _ kaal_p50 kaal_p99 <<<"$(peak kaal "$via_kaal")"
fi

half=$((direct_rps / 2))
export BENCH_AUTHORIZATION="Bearer $(token)"
half_direct=$(BENCH_HEADERS="" "$JAVA_HOME/bin/java" -jar tools/bench/target/wams-bench.jar rate "$direct" "$secs" "$half")
half_via=$(BENCH_HEADERS="$purpose" "$JAVA_HOME/bin/java" -jar tools/bench/target/wams-bench.jar rate "$via_on" "$secs" "$half")
half_kaal=""
if [ -n "$kaal_rps" ]; then
  half_kaal=$(BENCH_HEADERS="" "$JAVA_HOME/bin/java" -jar tools/bench/target/wams-bench.jar rate "$via_kaal" "$secs" "$half")
fi
# The floor of the Logboek's database work: pgbench inserts the two rows of a request (a Logboek
# record and an audit row: the real tables' columns, the lists of the last audit row written above,
# so the same request) in groups of 16 requests, the most that 16 connections can share, one
# statement per group that commits durably on its own, from one connection as the one writer does.
# The values are constants, so PostgreSQL parses them once, not per row as it must for the
# gateway's. Into scratch copies of the tables (schema bench_vloer, dropped after): with only their
# primary keys ("kaal"), and with the Logboek's own indexes ("echt"). PostgreSQL CPU per request
# here is a lower bound for what any durable Logboek in this database adds to a request.
psql_wams() { PGPASSWORD=postgres psql -q -tA -h localhost -p 54329 -U postgres -d wams "$@"; }
vloer() { # kaal|echt -> PostgreSQL CPU us per request
  local like="INCLUDING DEFAULTS INCLUDING CONSTRAINTS" pk="" t0 t1 tx velden categorieen
  if [ "$1" = echt ]; then like="INCLUDING ALL"; else pk="ALTER TABLE bench_vloer.verwerking ADD PRIMARY KEY (volgnummer); ALTER TABLE bench_vloer.audit ADD PRIMARY KEY (volgnummer);"; fi
  psql_wams -c "SET client_min_messages = warning; DROP SCHEMA IF EXISTS bench_vloer CASCADE; CREATE SCHEMA bench_vloer;
    CREATE TABLE bench_vloer.verwerking (LIKE logboek.logboek_verwerking $like);
    CREATE TABLE bench_vloer.audit (LIKE logboek.audit_regel $like); $pk
    CREATE SEQUENCE bench_vloer.v; CREATE SEQUENCE bench_vloer.a;"
  IFS='|' read -r velden categorieen < <(psql_wams -c "SELECT velden::text, gegevenscategorieen::text FROM logboek.audit_regel ORDER BY volgnummer DESC LIMIT 1")
  local h64 h32 h16
  h64=$(printf '%064d' 7); h32=$(printf '%032d' 7); h16=$(printf '%016d' 7)
  cat >"$breakdown/vloer.sql" <<SQL
WITH v AS (INSERT INTO bench_vloer.verwerking SELECT nextval('bench_vloer.v'), '$h32', '$h16', NULL, 'getProcedure', now(), now(), 'OK', 'wams-onderzoek', '$h64', 'BSN', 'wams-demo', 'onderzoeker', 'gemeente-0363', '$categorieen', '$h64', '$h64', 'v1' FROM generate_series(1, 16)) INSERT INTO bench_vloer.audit SELECT nextval('bench_vloer.a'), '$h32', now(), 'a4c3e1f0-5b6d-4e7f-8a9b-0c1d2e3f4a5b', '{onderzoeker}', 'wams-demo', 'getProcedure', 'wams-onderzoek', '$velden', '$categorieen', 200, '$h64', '$h64' FROM generate_series(1, 16)
SQL
  t0=$(pg_ticks)
  tx=$(PGPASSWORD=postgres PGOPTIONS="-c synchronous_commit=on" pgbench -n -M prepared -c 1 -j 1 -T "$secs" -f "$breakdown/vloer.sql" \
    -h localhost -p 54329 -U postgres wams 2>/dev/null | awk '/number of transactions actually processed/ {print $NF}')
  sleep 1 # until the postmaster has reaped pgbench's backends: their CPU moves to its cutime
  t1=$(pg_ticks)
  psql_wams -c "SET client_min_messages = warning; DROP SCHEMA bench_vloer CASCADE"
  per_request $((t1 - t0)) $((tx * 16))
}
vloer_kaal=""; vloer_echt=""
if command -v pgbench >/dev/null; then
  vloer_kaal=$(vloer kaal)
  vloer_echt=$(vloer echt)
fi
records=$(psql_wams -c 'SELECT count(*) FROM logboek.logboek_verwerking' 2>/dev/null || echo "?")

echo "machine:  $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jdk:      $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "document: GET procedure, $size_direct bytes direct, $size_via bytes through the gateway (onderzoeker's view)"
echo "peak direct:                $direct_rps req/s (p50 $direct_p50, p99 $direct_p99)"
echo "peak gateway, Logboek on:   $on_rps req/s (p50 $on_p50, p99 $on_p99) = $(awk -v a="$on_rps" -v b="$direct_rps" 'BEGIN {printf "%.0f %%", 100 * a / b}') of direct"
echo "peak gateway, Logboek off:  $off_rps req/s (p50 $off_p50, p99 $off_p99); on/off = $(awk -v a="$on_rps" -v b="$off_rps" 'BEGIN {printf "%.0f %%", 100 * a / b}')"
if [ -n "$kaal_rps" ]; then
  echo "peak bare proxy (nginx):    $kaal_rps req/s (p50 $kaal_p50, p99 $kaal_p99) = $(awk -v a="$kaal_rps" -v b="$direct_rps" 'BEGIN {printf "%.0f %%", 100 * a / b}') of direct"
fi
echo "gateway CPU per request (Logboek on, peak): $cpu_us us (over $on_n requests)"
echo "CPU per request in us during each measured peak (gateway or proxy / onderzoek / PostgreSQL / whole machine):"
for phase in direct on off $([ -n "$kaal_rps" ] && echo kaal); do
  read -r g o p b <"$breakdown/$phase"
  printf "  %-7s %5s / %5s / %5s / %5s\n" "$phase" "$g" "$o" "$p" "$b"
done
echo "half of direct's peak, direct:  $half_direct"
echo "half of direct's peak, gateway: $half_via"
[ -z "$half_kaal" ] || echo "half of direct's peak, nginx:   $half_kaal"
echo "Logboek records now: $records"
if [ -n "$vloer_echt" ]; then
  read -r _ _ _ off_machine <"$breakdown/off"
  read -r _ _ _ direct_machine <"$breakdown/direct"
  echo "Logboek floor, PostgreSQL CPU per request (pgbench, groups of 16, durable): $vloer_kaal us with primary keys only, $vloer_echt us with the Logboek's indexes"
  echo "  so on/off can be at most $(awk -v o="$off_machine" -v v="$vloer_echt" 'BEGIN {printf "%.0f %%", 100 * o / (o + v)}') on this machine, before any work of the gateway for the Logboek"
  if [ -n "$kaal_rps" ]; then
    read -r _ _ _ kaal_machine <"$breakdown/kaal"
    echo "  and a proxy as cheap as nginx that only added the Logboek's rows would reach at most $(awk -v d="$direct_machine" -v k="$kaal_machine" -v v="$vloer_echt" 'BEGIN {printf "%.0f %%", 100 * d / (k + v)}') of direct"
  fi
fi
