#!/usr/bin/env bash
# Import benchmark (issue 8): ~1,000,000 indicator values through the API's importer, on MariaDB and
# on SQLite, beside MariaDB's own LOAD DATA LOCAL INFILE of the same rows as the ceiling.
#   bash bench/import.sh [spaces indicators years]      (default 500 100 20 = 1,000,000 values)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
spaces=${1:-500} indicators=${2:-100} years=${3:-20}
city=$work_dir/city-$spaces-$indicators-$years

dotnet build "$repo_dir/api" -c Release -v q -nologo >/dev/null
api_dll=$repo_dir/api/bin/Release/net9.0/SozialHub.Api.dll
[ -f "$city/indicator-values.csv" ] || python3 "$bench_dir/generate_city.py" "$city" --spaces "$spaces" --indicators "$indicators" --years "$years"
rows=$(($(wc -l <"$city/indicator-values.csv") - 2))

# Runs the API's seed command (the importers) and prints "<seconds> <peak RSS MB>" of the values file.
seed() {
  local log=$work_dir/seed-$1.log
  env Seed__Path="$city" Seed__LoadOnFirstStart=false ASPNETCORE_ENVIRONMENT=Production "${@:2}" \
    /usr/bin/time -f "PEAK_RSS_KB %M" bash -c "cd '$repo_dir/api' && exec dotnet '$api_dll' seed" >"$log" 2>&1
  local seconds rss
  seconds=$(grep -o 'indicator-values.csv: .* in [0-9.]* s' "$log" | grep -o '[0-9.]* s$' | cut -d' ' -f1)
  rss=$(awk '/PEAK_RSS_KB/ { printf "%.0f", $2 / 1024 }' "$log")
  echo "$seconds $rss"
}

start_mariadb
sql -e "CREATE DATABASE bench_import CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
read -r mariadb_seconds mariadb_rss < <(seed mariadb Database__Provider=MySql \
  ConnectionStrings__SozialHub="Server=127.0.0.1;Port=$MARIADB_PORT;User ID=root;Database=bench_import;AllowLoadLocalInfile=true")

# The ceiling: the same rows, already resolved to ids, with LOAD DATA into a copy of the table.
python3 - "$city/indicator-values.csv" "$work_dir/values.tsv" "$MARIADB_PORT" <<'PY'
import subprocess, sys
def ids(table):
    out = subprocess.run(["mariadb", "--no-defaults", "-h127.0.0.1", f"-P{sys.argv[3]}", "-uroot", "-N", "-B", "bench_import",
                          "-e", f"SELECT `Key`, Id FROM {table}"], capture_output=True, text=True, check=True).stdout
    return dict(line.split("\t") for line in out.splitlines())
spaces, indicators = ids("SocialSpaces"), ids("Indicators")
null = "\\N"
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w") as dst:
    next(src); next(src)
    for line in src:
        space, indicator, year, value, num, den = line.rstrip("\n").split(";")
        value = value.replace(",", ".") if value else str(float(num) / float(den) * 100)
        dst.write(f"{indicators[indicator]}\t{spaces[space]}\t{year}\t{value}\t{num or null}\t{den or null}\t0\t1\t2026-01-01 00:00:00\n")
PY
sql bench_import -e "CREATE TABLE LoadCeiling LIKE IndicatorValues"
started=$(date +%s.%N)
mariadb --no-defaults --local-infile=1 -h127.0.0.1 -P"$MARIADB_PORT" -uroot bench_import -e \
  "SET unique_checks=1; LOAD DATA LOCAL INFILE '$work_dir/values.tsv' INTO TABLE LoadCeiling (IndicatorId, SocialSpaceId, Year, Value, Numerator, Denominator, IsProvisional, ImportBatchId, UpdatedAt)"
load_seconds=$(python3 -c "import time; print(f'{time.time() - $started:.2f}')")

rm -f "$work_dir/bench.db"
read -r sqlite_seconds sqlite_rss < <(seed sqlite Database__Provider=Sqlite ConnectionStrings__SozialHub="Data Source=$work_dir/bench.db")

cat <<REPORT
Import of $rows indicator values ($spaces spaces x $indicators indicators x $years years), $(nproc) cores, $(date -u +%Y-%m-%d)
| path | seconds | values/s | peak RSS (MB) |
| --- | ---: | ---: | ---: |
| API importer, MariaDB $(sql -e 'select version()' | cut -d- -f1) | $mariadb_seconds | $(python3 -c "print(round($rows / $mariadb_seconds))") | $mariadb_rss |
| API importer, SQLite | $sqlite_seconds | $(python3 -c "print(round($rows / $sqlite_seconds))") | $sqlite_rss |
| ceiling: LOAD DATA LOCAL INFILE (ids resolved, no validation) | $load_seconds | $(python3 -c "print(round($rows / $load_seconds))") | – |
REPORT
