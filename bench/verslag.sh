#!/usr/bin/env bash
# Benchmark of verslag (issue 4):
#  1. the monitoring indicators over 100,000 procedures: loads 100,000 procedures' worth of
#     read-model rows (what the events of onderzoek, coordinatie, casusoverleg and inzage leave
#     behind: entry, start, conclusion, end, domains, overleggen with organisations, complaints) into
#     verslag's schema in one municipality (0363), then times GET /verslag/v1/indicatoren as
#     `beleid` over the whole year through the API - JSON and CSV; target <= 2 s;
#  2. the PDF of a report of an overleg with 12 participants and 40 agreements, made through
#     casusoverleg's and verslag's APIs: times GET /verslag/v1/verslagen/{id} (Accept
#     application/pdf) and one participant's part; target <= 300 ms.
# Each timing is a warm loop over the real endpoint (curl, one request at a time): 5 warm-up
# requests, then N measured; prints p50, p95 and max.
#
#   ./bench/verslag.sh [measured requests]      (default 30)
#
# Needs psql (Debian: postgresql-client), installed when root.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=../tools/jdk.sh
source tools/jdk.sh
select_jdk
n="${1:-30}"
if ! command -v psql >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "install postgresql-client (Debian package)" >&2; exit 1; }
  apt-get install -y -q postgresql-client >/dev/null
fi

./mvnw -B -q package -DskipTests
mkdir -p .wams
log=.wams/bench-verslag.log
./wams start --no-build --no-demo >"$log" 2>&1 &
suite=$!
trap 'kill -TERM $suite 2>/dev/null || true; wait $suite 2>/dev/null || true' EXIT
for _ in $(seq 1 3000); do
  grep -q "Running" "$log" && break
  kill -0 "$suite" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.1
done

token() { # user
  curl -sf -d client_id=wams-demo -d grant_type=password -d username="$1" -d password="$1" \
    http://localhost:8180/realms/wams/protocol/openid-connect/token |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
# p50, p95, max in ms of N timed GETs after 5 warm-ups: timed URL accept token
timed() {
  local url="$1" accept="$2" tok="$3" i
  for i in $(seq 1 5); do
    curl -sf -o /dev/null -H "Authorization: Bearer $tok" -H "Accept: $accept" "$url"
  done
  for i in $(seq 1 "$n"); do
    curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $tok" -H "Accept: $accept" "$url"
  done | python3 -c 'import sys
t = sorted(float(x) * 1000 for x in sys.stdin)
p = lambda q: t[min(len(t) - 1, int(round(q * (len(t) - 1))))]
print("p50 %.0f ms, p95 %.0f ms, max %.0f ms (n=%d)" % (p(0.5), p(0.95), t[-1], len(t)))'
}

# 1. The read model: 100,000 procedures in 2026 (0363), as the events would have left them.
export PGPASSWORD=postgres
psql -q -v ON_ERROR_STOP=1 -h localhost -p 54329 -U postgres -d wams <<'SQL'
SET search_path TO verslag;
TRUNCATE procedure_domein, procedure_feit, overleg_domein, overleg_organisatie, overleg_feit, klacht_feit;
INSERT INTO procedure_feit (procedure, gemeentecode, ingang, herhaald, gestart_op, uitkomst,
    conclusie_op, ondersteuning_aangeboden, ondersteuning_gebruikt, beeindigd_op, einde_reden)
SELECT 'http://localhost:8082/onderzoek/v1/procedures/' || md5(i::text)::uuid, '0363',
       (ARRAY['HULPVRAAG','VERZOEK','MELDING'])[1 + i % 3], i % 23 = 0, s.gestart,
       CASE WHEN i % 10 < 7 THEN (ARRAY['COORDINATIE_VERPLICHT','COORDINATIE_OPTIONEEL','ENKELVOUDIG','GEEN_MEERVOUDIGE_PROBLEMATIEK'])[1 + i % 4] END,
       CASE WHEN i % 10 < 7 THEN s.gestart + interval '20 days' END,
       i % 10 < 7 AND i % 2 = 0, i % 10 < 7 AND i % 6 = 0,
       CASE WHEN i % 10 < 5 THEN s.gestart + (20 + i % 200) * interval '1 day' END,
       CASE WHEN i % 10 < 5 THEN (ARRAY['DOELEN_BEREIKT','NIET_EFFECTIEF','CLIENT_TREKT_ZICH_TERUG','ENKELVOUDIG'])[1 + i % 4] END
FROM generate_series(1, 100000) AS i,
     LATERAL (SELECT timestamptz '2026-01-01' + (i % 300) * interval '1 day' AS gestart) s;
INSERT INTO procedure_domein (procedure, domein)
SELECT procedure, d FROM procedure_feit f,
       LATERAL unnest(ARRAY['WMO','JEUGDWET','PARTICIPATIEWET','WGS','ONDERWIJS','WERK_INKOMEN','ZORG','WONEN','VEILIGHEID']) WITH ORDINALITY AS x(d, k)
WHERE f.conclusie_op IS NOT NULL AND (hashtext(f.procedure) + k) % 3 = 0;
INSERT INTO overleg_feit (overleg, gemeentecode, procedure, fase, gehouden_op)
SELECT 'http://localhost:8083/casusoverleg/v1/overleggen/' || md5('o' || i)::uuid, '0363',
       'http://localhost:8082/onderzoek/v1/procedures/' || md5(i::text)::uuid,
       CASE WHEN i % 2 = 0 THEN 'ONDERZOEK' ELSE 'UITVOERING' END,
       timestamptz '2026-01-10' + (i % 300) * interval '1 day'
FROM generate_series(1, 40000) AS i;
INSERT INTO overleg_organisatie (overleg, organisatie)
SELECT overleg, o FROM overleg_feit,
       LATERAL unnest(ARRAY['GGZ Noord','UWV','Woonstichting De Linde','Basisschool De Regenboog','Politie Eenheid Amsterdam','Wijkteam Oost']) WITH ORDINALITY AS x(o, k)
WHERE (hashtext(overleg) + k) % 2 = 0;
INSERT INTO overleg_domein (overleg, domein)
SELECT overleg, d FROM overleg_feit, LATERAL unnest(ARRAY['WMO','ZORG','WONEN','WERK_INKOMEN']) AS d;
INSERT INTO klacht_feit (klacht, gemeentecode, aard, ingediend_op)
SELECT 'http://localhost:8086/inzage/v1/klachten/' || md5('k' || i)::uuid, '0363',
       (ARRAY['BEJEGENING','GEGEVENSDELING','BESLUIT','TERMIJN','COORDINATIE','OVERIG'])[1 + i % 6],
       timestamptz '2026-01-01' + (i % 320) * interval '1 day'
FROM generate_series(1, 3000) AS i;
ANALYZE procedure_feit; ANALYZE procedure_domein; ANALYZE overleg_feit;
ANALYZE overleg_organisatie; ANALYZE overleg_domein; ANALYZE klacht_feit;
SQL
rows=$(psql -qtA -h localhost -p 54329 -U postgres -d wams -c 'SELECT count(*) FROM verslag.procedure_feit')

api=http://localhost:8085/verslag/v1
BELEID=$(token beleid)
indicatoren="$api/indicatoren?gemeentecode=0363&van=2026-01-01&tot=2026-12-31"
json_line=$(timed "$indicatoren" application/json "$BELEID")
csv_line=$(timed "$indicatoren" text/csv "$BELEID")
gestart=$(curl -sf -H "Authorization: Bearer $BELEID" "$indicatoren" |
  python3 -c 'import json,sys; print(next(c["waarde"] for c in json.load(sys.stdin)["cellen"] if c["indicator"]=="procedures-gestart"))')

# 2. A report of 12 participants and 40 agreements, through the APIs.
OND=$(token onderzoeker-ams)
co=http://localhost:8083/casusoverleg/v1
hdr=(-H "Authorization: Bearer $OND" -H 'Content-Type: application/json')
morgen=$(date -u -d tomorrow +%Y-%m-%dT%H:%M:%SZ)
resp=$(curl -sf -D - "${hdr[@]}" "$co/overleggen" -d "{\"soort\":\"ANONIEM\",\"fase\":\"ONDERZOEK\",\"onderwerp\":\"Benchmark\",\"geplandOp\":\"$morgen\"}")
overleg=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' <<<"$resp" | head -n 1)
etag=$(awk 'tolower($1)=="etag:" {print $2}' <<<"$resp" | tr -d '\r')
post() { # path body -> body, updates etag
  local out
  out=$(curl -sf -D - "${hdr[@]}" -H "If-Match: $etag" "$overleg$1" -d "$2")
  etag=$(awk 'tolower($1)=="etag:" {print $2}' <<<"$out" | tr -d '\r')
  sed -n '/^\r$/,$p' <<<"$out"
}
deelnemers=()
for i in $(seq 1 12); do
  id=$(post /deelnemers "{\"organisatie\":\"Organisatie $i\",\"domein\":\"WMO\",\"rol\":\"casemanager\",\"handhavend\":false,\"noodzaak\":\"Betrokken bij de hulp en nodig voor de afstemming.\"}" |
    sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -n 1)
  deelnemers+=("$id")
done
for i in $(seq 0 39); do
  partij=${deelnemers[$((i % 12))]}
  post /afspraken "{\"omschrijving\":\"Afspraak $i: de partij neemt binnen twee weken contact op met de cliënt, stemt de hulp af met de andere betrokkenen en koppelt terug aan de coördinator.\",\"partij\":\"$partij\",\"deadline\":\"2026-12-31\"}" >/dev/null
done
aanwezig=$(printf '"%s",' "${deelnemers[@]}")
post /afronding "{\"gehoudenOp\":\"$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)\",\"aanwezigeDeelnemers\":[${aanwezig%,}]}" >/dev/null
vhdr=(-H "Authorization: Bearer $OND" -H 'Content-Type: application/json')
resp=$(curl -sf -D - "${vhdr[@]}" "$api/verslagen" -d "{\"overleg\":\"$overleg\"}")
verslag=$(sed -n 's/.*"uuid":"\([^"]*\)".*/\1/p' <<<"$resp" | head -n 1)
vetag=$(awk 'tolower($1)=="etag:" {print $2}' <<<"$resp" | tr -d '\r')
curl -sf -o /dev/null "${vhdr[@]}" -X POST -H "If-Match: $vetag" "$api/verslagen/$verslag/vaststelling"
OND=$(token onderzoeker-ams)
pages=$(curl -sf -H "Authorization: Bearer $OND" -H 'Accept: application/pdf' "$api/verslagen/$verslag" | grep -ac '/Type /Page$\|/Type /Page\b' || true)
pdf_line=$(timed "$api/verslagen/$verslag" application/pdf "$OND")
deel_line=$(timed "$api/verslagen/$verslag/delen/${deelnemers[0]}" application/pdf "$OND")
json_verslag_line=$(timed "$api/verslagen/$verslag" application/json "$OND")

echo "machine:  $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr) (shared with other builds)"
echo "jdk:      $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "indicators over $rows procedures (0363, 2026; procedures-gestart = $gestart):"
echo "  GET indicatoren JSON: $json_line"
echo "  GET indicatoren CSV:  $csv_line"
echo "report of 12 participants, 40 agreements:"
echo "  GET verslag PDF:            $pdf_line"
echo "  GET deel PDF (1 participant): $deel_line"
echo "  GET verslag JSON:           $json_verslag_line"
