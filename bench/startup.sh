#!/usr/bin/env bash
# Benchmark: meldpunt (JVM mode) time to first request and RSS after it, and the wall time of
# `./wams start` until every service is healthy. Results go to docs/performance.md by hand.
#
#   ./bench/startup.sh [runs]      (default 10 runs)
#
# Starts the suite (embedded PostgreSQL + services, no demo data), then launches an extra meldpunt
# on port 18081 against the same database `runs` times: from process launch until the first
# successful GET of the API, and the process's VmRSS right after that answer.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=../tools/jdk.sh
source tools/jdk.sh
select_jdk
runs="${1:-10}"
port=18081
jar=services/meldpunt/target/quarkus-app/quarkus-run.jar

./mvnw -B -q package -DskipTests
mkdir -p .wams
log=.wams/bench-start.log
./wams start --no-build --no-demo >"$log" 2>&1 &
suite=$!
stop_suite() { kill -INT "$suite" 2>/dev/null || true; wait "$suite" 2>/dev/null || true; }
trap stop_suite EXIT
for _ in $(seq 1 1800); do
  grep -q "All services healthy" "$log" && break
  kill -0 "$suite" 2>/dev/null || { cat "$log"; echo "suite failed to start" >&2; exit 1; }
  sleep 0.1
done
healthy="$(grep -o 'All services healthy in [0-9.]* s' "$log")"

ms() { echo $(( $(date +%s%N) / 1000000 )); }
times=() rss=()
for i in $(seq 1 "$runs"); do
  start=$(ms)
  QUARKUS_HTTP_PORT=$port "$JAVA_HOME/bin/java" -jar "$jar" >".wams/bench-meldpunt.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/meldpunt/v1/aanmeldingen?pageSize=1"; do
    kill -0 "$pid" 2>/dev/null || { cat .wams/bench-meldpunt.log; exit 1; }
    sleep 0.01
  done
  times+=($(( $(ms) - start )))
  rss+=($(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

sorted_t=$(printf '%s\n' "${times[@]}" | sort -n)
sorted_r=$(printf '%s\n' "${rss[@]}" | sort -n)
median() { sed -n "$(( ($(wc -l <<<"$1") + 1) / 2 ))p" <<<"$1"; }
echo "machine:  $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "jdk:      $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
echo "date:     $(date -u +%Y-%m-%dT%H:%MZ)"
echo "suite:    $healthy (./wams start --no-build --no-demo, PostgreSQL included)"
echo "meldpunt time to first request (ms, $runs runs): median $(median "$sorted_t"), min $(head -n1 <<<"$sorted_t"), max $(tail -n1 <<<"$sorted_t")"
echo "meldpunt RSS after first request (MB):          median $(median "$sorted_r"), min $(head -n1 <<<"$sorted_r"), max $(tail -n1 <<<"$sorted_r")"
