#!/usr/bin/env bash
# Benchmark: meldpunt (JVM mode) time to first request and RSS after it, and the wall time of
# `./wams start` until every service is healthy. Results go to docs/performance.md by hand.
#
#   ./bench/startup.sh [runs]      (default 5 runs per configuration)
#
# Starts the suite (embedded PostgreSQL + services, no demo data), then launches an extra meldpunt
# on port 18081 against the same database `runs` times per configuration: from process launch until
# the first successful GET of the API, and the process's VmRSS right after that answer.
# Configurations: JVM defaults; services/jvm.options (what ./wams start uses); and, on JDK 25+, the
# same plus an AOT cache recorded in a training run of everyday requests (as ./wams start does).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=../tools/jdk.sh
source tools/jdk.sh
select_jdk
runs="${1:-5}"
port=18081
jar=services/meldpunt/target/quarkus-app/quarkus-run.jar

./mvnw -B -q package -DskipTests
mkdir -p .wams
log=.wams/bench-start.log
./wams start --no-build --no-demo >"$log" 2>&1 &
suite=$!
stop_suite() { kill -TERM "$suite" 2>/dev/null || true; wait "$suite" 2>/dev/null || true; }
trap stop_suite EXIT
for _ in $(seq 1 1800); do
  grep -q "All services healthy" "$log" && break
  kill -0 "$suite" 2>/dev/null || { cat "$log"; echo "suite failed to start" >&2; exit 1; }
  sleep 0.1
done
healthy="$(grep -o 'All services healthy in [0-9.]* s' "$log")"

ms() { echo $(( $(date +%s%N) / 1000000 )); }
api="http://localhost:$port/meldpunt/v1"
mapfile -t suite_options < <(grep -v '^\s*#' services/jvm.options | grep -v '^\s*$')
aot=.wams/bench/meldpunt.aot
mkdir -p .wams/bench
rm -f "$aot"

# meldpunt validates tokens: requests are sent as the realm's meldpunt-medewerker of Amsterdam,
# with a fresh token per start (taken before the clock starts).
fresh_token() {
  local token
  token=$(curl -sf -d client_id=wams-demo -d grant_type=password -d username=meldpunt-ams \
    -d password=meldpunt-ams http://localhost:8180/realms/wams/protocol/openid-connect/token |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  auth=(-H "Authorization: Bearer $token")
}

start_meldpunt() { # jvm options...
  local deadline=$(( $(date +%s) + 120 ))
  QUARKUS_HTTP_PORT=$port "$JAVA_HOME/bin/java" "$@" -jar "$jar" >.wams/bench/meldpunt.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "${auth[@]}" "$api/aanmeldingen?pageSize=1"; do
    kill -0 "$pid" 2>/dev/null || { cat .wams/bench/meldpunt.log; exit 1; }
    if [ "$(date +%s)" -gt "$deadline" ]; then
      echo "meldpunt did not answer 200 within 120 s" >&2; tail -n 20 .wams/bench/meldpunt.log >&2
      kill "$pid"; exit 1
    fi
    sleep 0.01
  done
}

# Training run for the AOT cache: the service's everyday requests, then a clean stop writes the cache.
train() {
  fresh_token
  start_meldpunt "${suite_options[@]}" "-XX:AOTCacheOutput=$aot"
  body='{"soort":"MELDING","gemeentecode":"0363","urgentie":"NORMAAL","betrokkene":{"bsn":"999993653"},
         "melder":{"soort":"ANONIEM"},"omschrijvingZorgen":"Benchmark-training"}'
  for _ in $(seq 1 30); do
    loc=$(curl -sf -D - -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' -d "$body" \
      "$api/aanmeldingen" | awk 'tolower($1)=="location:" {print $2}' | tr -d '\r')
    curl -sf -o /dev/null "${auth[@]}" "$loc"
    curl -sf -o /dev/null "${auth[@]}" "$api/aanmeldingen?gemeentecode=0363&pageSize=5"
    curl -sf -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' -d '{"bsn":"999993653"}' \
      "$api/aanmeldingen/_zoek"
    curl -s -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' -d '{}' "$api/aanmeldingen"
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ -f "$aot" ] || { echo "no AOT cache written" >&2; exit 1; }
}

measure() { # label, jvm options...
  local label="$1"; shift
  local times=() rss=() t0
  for _ in $(seq 1 "$runs"); do
    fresh_token
    t0=$(ms)
    start_meldpunt "$@"
    times+=($(( $(ms) - t0 )))
    rss+=($(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )))
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  local st sr
  st=$(printf '%s\n' "${times[@]}" | sort -n)
  sr=$(printf '%s\n' "${rss[@]}" | sort -n)
  printf '%-44s first request median %5d ms (min %d, max %d)   RSS median %4d MB (min %d, max %d)\n' \
    "$label" "$(median "$st")" "$(head -n1 <<<"$st")" "$(tail -n1 <<<"$st")" \
    "$(median "$sr")" "$(head -n1 <<<"$sr")" "$(tail -n1 <<<"$sr")"
}
median() { sed -n "$(( ($(wc -l <<<"$1") + 1) / 2 ))p" <<<"$1"; }

jdk_feature=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
echo "machine:  $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "jdk:      $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
echo "date:     $(date -u +%Y-%m-%dT%H:%MZ)"
echo "suite:    $healthy (./wams start --no-build --no-demo, PostgreSQL included)"
echo "meldpunt, $runs runs each, time from process launch to the first 200 of GET /aanmeldingen, RSS right after:"
measure "JVM defaults" 
measure "services/jvm.options" "${suite_options[@]}"
if [ "$jdk_feature" -ge 25 ]; then
  train
  measure "services/jvm.options + trained AOT cache" "${suite_options[@]}" "-XX:AOTCache=$aot"
  # Not the default: C1 only starts faster but gives up peak throughput (see docs/performance.md).
  measure "+ AOT cache + C1 only (TieredStopAtLevel=1)" "${suite_options[@]}" "-XX:AOTCache=$aot" -XX:TieredStopAtLevel=1
fi
