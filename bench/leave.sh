#!/usr/bin/env bash
# Leave rotation over a whole year and a quarter on the 5,000-officer bureau
# of bench/check.sh (generated at run time): wall time, peak memory, and how
# close the plan comes to the bound.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/bench/bureau-5000-365
cargo build --release --quiet
[ -d "$dir" ] || "${CARGO_TARGET_DIR:-target}"/release/forceplan sample "$dir" --officers 5000 --days 365 --seed 1 --format long
for window in "2025-01-01 2025-12-31" "2025-10-01 2025-12-31"; do
  set -- $window
  /usr/bin/time -f "  %e s wall, %M KB peak" "${CARGO_TARGET_DIR:-target}"/release/forceplan leave-plan "$dir" --from "$1" --to "$2" --leaders-cover 5 | head -1
done
