#!/usr/bin/env bash
# Benchmark of `forceplan check` on a generated large bureau: wall time and
# peak memory of the release binary. The bureau is generated at run time
# into target/bench/ (never committed).
#
#   bench/check.sh [OFFICERS] [DAYS] [RUNS]     defaults: 5000 365 5
set -euo pipefail
cd "$(dirname "$0")/.."
officers=${1:-5000}
days=${2:-365}
runs=${3:-5}
bin=${CARGO_TARGET_DIR:-target}/release/forceplan
dir=target/bench/bureau-$officers-$days

cargo build --release --quiet
if [ ! -d "$dir" ]; then
  "$bin" sample "$dir" --officers "$officers" --days "$days" --seed 1
fi
echo "bureau: $dir ($(wc -l < "$dir/roster.csv") roster lines, $(du -sh "$dir" | cut -f1))"

for format in json table; do
  best=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o target/bench/time.txt "$bin" check "$dir" --format "$format" > /dev/null
    read -r wall kb < target/bench/time.txt
    echo "  check --format $format: ${wall} s wall, $((kb / 1024)) MiB peak"
  done
done
FORCEPLAN_TIMINGS=1 "$bin" check "$dir" --format json > /dev/null
