#!/usr/bin/env bash
# The population projection for all Sozialräume (three variants, 15 years, methods.md §5) on the demo city:
# the API in Release on a fresh SQLite database with the response cache off, so that each request runs the
# resolvers; the first request computes the projection, the next N reuse it (ProjectionCache). Prints the
# first request's time and the median and max of the cached ones (curl time_total on loopback).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20}
work=${BENCH_WORK:-/tmp/sozialhub-bench}/projection
rm -rf "$work" && mkdir -p "$work"

dotnet build api -c Release -v q -nologo >/dev/null
export ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning GraphQL__ResponseCache__Enabled=false
(cd api/bin/Release/net9.0 && ConnectionStrings__SozialHub="Data Source=$work/api.db" exec dotnet SozialHub.Api.dll \
  --urls http://127.0.0.1:5202 >"$work/api.log" 2>&1) &
api=$!
trap 'kill $api 2>/dev/null' EXIT
for _ in $(seq 240); do curl -sf http://127.0.0.1:5202/healthz >/dev/null && break; sleep 0.5; done

query='{"query":"{ populationProjection { variants { years { total ageGroups { total } } } } socialSpaces(first: 100) { nodes { populationProjection { variants { years { total } } } } } }"}'
post() { curl -sf -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "$query" http://127.0.0.1:5202/graphql; }
post >"$work/first.txt"
for _ in $(seq "$n"); do post; done >"$work/cached.txt"

python3 - "$work/first.txt" "$work/cached.txt" "$n" <<'PY'
import statistics, sys
first = float(open(sys.argv[1]).read()) * 1000
cached = sorted(float(t) * 1000 for t in open(sys.argv[2]))
print(f"| all spaces + city, 3 variants × 15 years | {first:.0f} | {sys.argv[3]} | {statistics.median(cached):.1f} | {max(cached):.1f} |")
PY
