#!/usr/bin/env bash
# Benchmark of verslag (issue 4), self-contained (its own embedded PostgreSQL, Keycloak and the real
# casusoverleg on free ports, so it runs beside a `./wams start`):
#  1. the monitoring indicators over 100,000 procedures: loads 100,000 procedures' worth of
#     read-model rows (what the events of onderzoek, coordinatie, casusoverleg and inzage leave
#     behind: entry, start, conclusion, end, domains; 40,000 overleggen with organisations and
#     domains; 3,000 complaints) into verslag's schema for one municipality, then times
#     GET /verslag/v1/indicatoren (whole year, JSON and CSV) as `beleid`; target <= 2 s;
#  2. the PDF of the report of an overleg with 12 participants and 40 agreements, made through
#     casusoverleg's and verslag's APIs, adopted; times GET /verslag/v1/verslagen/{id} with
#     Accept application/pdf, and one participant's part; target <= 300 ms.
# Each timing is a warm loop over the real HTTP endpoint, one request at a time: 5 warm-up
# requests, then N measured; p50, p95 and max. Runs services/verslag's VerslagBenchmark, which
# fails when p95 is above the target.
#
#   ./bench/verslag.sh [measured requests]      (default 30)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=../tools/jdk.sh
source tools/jdk.sh
select_jdk
n="${1:-30}"
mkdir -p .wams
log=.wams/bench-verslag.log
./mvnw -B -pl services/verslag -am verify -Dtest=VerslagBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true -Dwams.bench.n="$n" >"$log" 2>&1 || { tail -n 60 "$log"; exit 1; }
echo "machine:  $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr) (shared with other builds)"
echo "jdk:      $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); date: $(date -u +%Y-%m-%dT%H:%MZ)"
grep '^BENCH ' "$log"
