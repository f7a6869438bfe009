#!/usr/bin/env bash
# Server time of a Sozialraum profile (issue 6: < 100 ms on the demo city): the API and the portal in
# Release on a fresh SQLite demo city, 10 warm-up requests, then N sequential requests with curl;
# prints the median and the 95th percentile of curl's time_total (loopback, so ≈ server time). The
# Development environment only spares the identity settings (the profile is public); the build is Release.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-50}
path=${2:-/sozialraeume/roden-nord}
work=${BENCH_WORK:-/tmp/sozialhub-bench}/portal
rm -rf "$work" && mkdir -p "$work"

dotnet build api -c Release -v q -nologo >/dev/null
dotnet build portal -c Release -v q -nologo >/dev/null

export ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning
(cd api/bin/Release/net9.0 && ConnectionStrings__SozialHub="Data Source=$work/api.db" exec dotnet SozialHub.Api.dll \
  --urls http://127.0.0.1:5201 >"$work/api.log" 2>&1) &
api=$!
(cd portal/bin/Release/net9.0 && Api__BaseUrl=http://127.0.0.1:5201/ exec dotnet SozialHub.Portal.dll \
  --urls http://127.0.0.1:5200 >"$work/portal.log" 2>&1) &
portal=$!
trap 'kill $api $portal 2>/dev/null' EXIT

for url in http://127.0.0.1:5201/healthz http://127.0.0.1:5200/healthz; do
  for _ in $(seq 120); do curl -sf "$url" >/dev/null && break; sleep 0.5; done
done

for _ in $(seq 10); do curl -sf -o /dev/null "http://127.0.0.1:5200$path"; done
for _ in $(seq "$n"); do curl -sf -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:5200$path"; done >"$work/times.txt"

python3 - "$work/times.txt" "$path" "$n" <<'PY'
import statistics, sys
times = sorted(float(t) * 1000 for t in open(sys.argv[1]))
p95 = times[max(0, round(0.95 * len(times)) - 1)]
print(f"| {sys.argv[2]} | {sys.argv[3]} | {statistics.median(times):.1f} | {p95:.1f} | {max(times):.1f} |")
PY
