# Shared by the benchmark scripts: a private MariaDB server and small helpers.
# shellcheck shell=bash

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
work_dir=${BENCH_WORK:-/tmp/sozialhub-bench}
mkdir -p "$work_dir"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Starts mariadbd in $work_dir/mariadb on a free port; sets MARIADB_PORT; stopped by stop_all.
start_mariadb() {
  local dir=$work_dir/mariadb user_arg=()
  [ "$(id -u)" -eq 0 ] && user_arg=(--user=root)
  rm -rf "$dir" && mkdir -p "$dir"
  mariadb-install-db --no-defaults --datadir="$dir/data" --auth-root-authentication-method=normal --skip-test-db "${user_arg[@]}" >"$dir/install.log" 2>&1
  MARIADB_PORT=$(free_port)
  mariadbd --no-defaults "${user_arg[@]}" --datadir="$dir/data" --socket="$dir/mariadb.sock" --port="$MARIADB_PORT" \
    --bind-address=127.0.0.1 --skip-name-resolve --log-error="$dir/error.log" --pid-file="$dir/mariadb.pid" \
    --innodb-buffer-pool-size=1G --innodb-flush-log-at-trx-commit=2 --max-connections=500 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --local-infile=1 &
  PIDS+=($!)
  for _ in $(seq 1 100); do
    mariadb --no-defaults -h127.0.0.1 -P"$MARIADB_PORT" -uroot -e 'select 1' >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "mariadbd did not start; see $dir/error.log" >&2
  return 1
}

sql() { mariadb --no-defaults -h127.0.0.1 -P"$MARIADB_PORT" -uroot -N -B "$@"; }

# Waits until URL answers 200.
wait_for() {
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "$1" && return 0
    sleep 0.2
  done
  echo "$1 did not answer" >&2
  return 1
}

# Peak resident set size of a process in MB (VmHWM).
peak_rss_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

PIDS=()
stop_all() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done; wait 2>/dev/null; }
trap stop_all EXIT

# Runs the Release build of the API from its project folder, as `dotnet run` would: the content root holds
# appsettings.json (log levels and all), so a benchmark measures what a deployment runs.
# It replaces the calling shell: start it with `run_api … &` or in a subshell `(run_api …)`, so that `$!` is the API.
run_api() { cd "$repo_dir/api" && exec dotnet bin/Release/net9.0/SozialHub.Api.dll "$@"; }
