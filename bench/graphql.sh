#!/usr/bin/env bash
# GraphQL benchmark (issue 4): the API on MariaDB with a scaled synthetic city, driven over loopback
# with wrk, beside a bare Kestrel endpoint that answers with the same bytes (the ceiling).
#   bash bench/graphql.sh [spaces indicators years]      (default 600 150 20 ≈ 1.8 M values)
#   DURATION=20s CONNECTIONS=32 bash bench/graphql.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
spaces=${1:-600} indicators=${2:-150} years=${3:-20}
duration=${DURATION:-20s} connections=${CONNECTIONS:-32}
city=$work_dir/city-$spaces-$indicators-$years
bodies=$work_dir/bodies && rm -rf "$bodies" && mkdir -p "$bodies"

dotnet build "$repo_dir/api" -c Release -v q -nologo >/dev/null
dotnet build "$bench_dir/Ceiling" -c Release -v q -nologo >/dev/null
[ -f "$city/directory/services.csv" ] || python3 "$bench_dir/generate_city.py" "$city" --spaces "$spaces" --indicators "$indicators" --years "$years"

start_mariadb
sql -e "CREATE DATABASE bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
export Database__Provider=MySql ASPNETCORE_ENVIRONMENT=Production Seed__LoadOnFirstStart=false Seed__Path=$city
export ConnectionStrings__SozialHub="Server=127.0.0.1;Port=$MARIADB_PORT;User ID=root;Database=bench"
# The offerings page (100 offerings × their locations) costs more than the default limit of 5,000: the bench measures throughput.
export GraphQL__RateLimit__PermitLimit=100000000 GraphQL__MaxComplexity=100000 Identity__Authority=https://localhost:5002/
(run_api seed) >"$work_dir/seed.log" 2>&1

port=$(free_port)
run_api --urls "http://127.0.0.1:$port" >"$work_dir/api.log" 2>&1 &
api_pid=$! && PIDS+=("$api_pid")
wait_for "http://127.0.0.1:$port/healthz"
url=http://127.0.0.1:$port/graphql

questions() { sql -e "SHOW GLOBAL STATUS LIKE 'Questions'" | cut -f2; }

# SQL statements per request: MariaDB's Questions counter over 20 requests (minus our own SHOW).
statements_per_request() {
  local before after
  before=$(questions)
  for _ in $(seq 1 20); do "$@" >/dev/null; done
  after=$(questions)
  python3 -c "print(round(($after - $before - 1) / 20, 1))"
}

run_wrk() { wrk -t2 -c"$connections" -d"$duration" --latency "$@" | grep RESULT | sed 's/RESULT //'; }

report=()
for request in "$bench_dir"/queries/*.json; do
  name=$(basename "$request" .json)
  post=(curl -fs -X POST "$url" -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' --data-binary "@$request")
  # The first request executes; later equal anonymous requests are answered from the response cache.
  first_ms=$("${post[@]}" -o "$bodies/$name" -w '%{time_total}' | python3 -c "print(round(float(input()) * 1000, 1))")
  grep -q '"errors"' "$bodies/$name" && { echo "$name answered with errors: $(head -c 500 "$bodies/$name")" >&2; exit 1; }
  per_request=$(statements_per_request "${post[@]}")
  for _ in 1 2 3; do "${post[@]}" >/dev/null; done # warm-up
  result=$(BODY_FILE=$request run_wrk -s "$bench_dir/post.lua" "$url")
  report+=("$name POST|$(stat -c %s "$bodies/$name")|$first_ms|$per_request|$result")
  # The same query over GET: cacheable, as public clients should send read queries.
  get_url=$(python3 -c "import json,sys,urllib.parse as u; r=json.load(open(sys.argv[1])); print(sys.argv[2] + '?' + u.urlencode({'query': r['query'], 'variables': json.dumps(r.get('variables') or {})}))" "$request" "$url")
  curl -fs -o /dev/null -H 'Accept: application/graphql-response+json' "$get_url"
  per_request=$(statements_per_request curl -fs -H 'Accept: application/graphql-response+json' "$get_url")
  result=$(run_wrk -s "$bench_dir/get.lua" "$get_url")
  report+=("$name GET|$(stat -c %s "$bodies/$name")|–|$per_request|$result")
done
api_rss=$(peak_rss_mb "$api_pid")
kill "$api_pid"

ceiling_port=$(free_port)
dotnet "$bench_dir/Ceiling/bin/Release/net9.0/Ceiling.dll" "$bodies" --urls "http://127.0.0.1:$ceiling_port" >"$work_dir/ceiling.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$ceiling_port/$(ls "$bodies" | head -1)"
declare -A ceiling
for request in "$bench_dir"/queries/*.json; do
  name=$(basename "$request" .json)
  ceiling[$name]=$(run_wrk -s "$bench_dir/get.lua" "http://127.0.0.1:$ceiling_port/$name")
done

values=$(sql bench -e "SELECT COUNT(*) FROM IndicatorValues")
echo "GraphQL on MariaDB: $spaces spaces, $indicators indicators, $years years ($values values); wrk -t2 -c$connections -d$duration; $(nproc) cores; $(date -u +%Y-%m-%d)"
echo "| query | response bytes | first request ms | SQL statements/request | req/s | p50 ms | p99 ms | errors | ceiling req/s | share of ceiling |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for row in "${report[@]}"; do
  IFS='|' read -r label size first_ms per_request result <<<"$row"
  name=${label% *}
  rps=$(grep -o 'rps=[0-9]*' <<<"$result" | cut -d= -f2)
  ceiling_rps=$(grep -o 'rps=[0-9]*' <<<"${ceiling[$name]}" | cut -d= -f2)
  echo "| $label | $size | $first_ms | $per_request | $rps | $(grep -o 'p50_ms=[0-9.]*' <<<"$result" | cut -d= -f2) | $(grep -o 'p99_ms=[0-9.]*' <<<"$result" | cut -d= -f2) | $(grep -o 'errors=[0-9]*' <<<"$result" | cut -d= -f2) | $ceiling_rps | $(python3 -c "print(f'{$rps / $ceiling_rps:.2f}')") |"
done
echo "API peak RSS: $api_rss MB"
