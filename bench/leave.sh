#!/usr/bin/env bash
# Leave rotation over a whole year and a quarter on the 5,000-officer bureau
# of bench/check.sh (generated at run time), and a tight quarter (batches of
# 3, leaders covering 2 days each); then the sample's quarter. Wall time,
# peak memory, how close the plan comes to the bound and how many units'
# plans are proven optimal.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/bench/bureau-5000-365
bin=${CARGO_TARGET_DIR:-target}/release/forceplan
cargo build --release --quiet
[ -d "$dir" ] || "$bin" sample "$dir" --officers 5000 --days 365 --seed 1 --format long
run() {
  echo "leave-plan $*"
  /usr/bin/time -f "  %e s wall, %M KB peak" "$bin" leave-plan "$@" | head -1
}
run "$dir" --from 2025-01-01 --to 2025-12-31 --leaders-cover 5
run "$dir" --from 2025-10-01 --to 2025-12-31 --leaders-cover 5
run "$dir" --from 2025-10-01 --to 2025-12-31 --batch 3 --leaders-cover 2
run sample-data --from 2025-10-01 --to 2025-12-31
run sample-data --from 2025-10-01 --to 2025-12-31 --leaders-cover 3 --batch 4
