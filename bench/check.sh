#!/usr/bin/env bash
# Benchmark of `forceplan check` on a generated large bureau: wall time and
# peak memory of the release binary, the bureau given as the contract's long
# CSV tables and as its office keeps it (Chinese headers, the roster as each
# unit's wide 排班表 workbook). The bureaus are generated at run time into
# target/bench/ (never committed).
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
wide=$dir-station
if [ ! -d "$dir" ]; then
  "$bin" sample "$dir" --officers "$officers" --days "$days" --seed 1 --format long
fi
if [ ! -d "$wide" ]; then
  "$bin" sample "$wide" --officers "$officers" --days "$days" --seed 1
fi
echo "bureau: $dir ($(wc -l < "$dir/roster.csv") roster lines, $(du -sh "$dir" | cut -f1))"
echo "bureau: $wide ($(ls "$wide/排班表" | wc -l) roster workbooks, $(du -sh "$wide" | cut -f1))"

for format in json table; do
  best=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o target/bench/time.txt "$bin" check "$dir" --format "$format" > /dev/null
    read -r wall kb < target/bench/time.txt
    echo "  check --format $format: ${wall} s wall, $((kb / 1024)) MiB peak"
  done
done
for _ in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o target/bench/time.txt "$bin" check "$wide" --format json > /dev/null 2>&1
  read -r wall kb < target/bench/time.txt
  echo "  check --format json, wide 排班表: ${wall} s wall, $((kb / 1024)) MiB peak"
done
FORCEPLAN_TIMINGS=1 "$bin" check "$dir" --format json > /dev/null
FORCEPLAN_TIMINGS=1 "$bin" check "$wide" --format json > /dev/null 2>target/bench/wide-timings.txt
grep -v '^note' target/bench/wide-timings.txt || true
