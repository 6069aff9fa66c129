#!/usr/bin/env bash
# A scenario on a 5,000-officer year with people who move, join and leave
# (generated at run time into target/bench/, never committed): `simulate`,
# `suggest --max-moves 50`, `apply` and `export` of a scenario with moves,
# recruits, leavers, lightening edits and a Q4 leave plan. Wall time and peak
# memory of the release binary.
#
#   bench/scenario.sh [RUNS]     default: 3
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
bin=${CARGO_TARGET_DIR:-target}/release/forceplan
dir=target/bench/bureau-5000-365-moves
work=target/bench/scenario
cargo build --release --quiet
[ -d "$dir" ] || "$bin" sample "$dir" --officers 5000 --days 365 --seed 1 --movements 100 --format long
mkdir -p "$work"
# Officers and units of the bureau, for the scenario's edits.
ids=$(sed -n '2~401p' "$dir/officers.csv" | cut -d, -f1 | head -12)
units=$(cut -d, -f1 "$dir/units.csv" | sed -n '9~17p' | head -6)
set -- $ids
o=("$@")
set -- $units
u=("$@")
{
  echo 'schema = 1'
  echo 'name = "bench"'
  for k in 0 1 2 3 4 5; do
    printf '[[edit]]\nkind = "move_officer"\nofficer = "%s"\nto = "%s"\nfrom = 2025-0%d-10\n\n' "${o[$k]}" "${u[$k]}" $((k + 2))
  done
  printf '[[edit]]\nkind = "add_officers"\nunit = "%s"\nrole = "patrol"\ncount = 4\nfrom = 2025-05-01\n\n' "${u[0]}"
  printf '[[edit]]\nkind = "remove_officer"\nofficer = "%s"\nfrom = 2025-07-01\n\n' "${o[7]}"
  printf '[[edit]]\nkind = "merge_inspections"\n\n'
  printf '[[edit]]\nkind = "cancel_meetings"\nconvener = "县公安局党委"\n\n'
  printf '[[edit]]\nkind = "plan_leave"\nfrom = 2025-10-01\nto = 2025-12-31\nleaders_cover = 3\n'
} > "$work/bench.toml"
run() {
  local what=$1
  shift
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null 2> "$work/err.txt" || {
      cat "$work/err.txt" >&2
      exit 1
    }
    read -r wall kb < "$work/time.txt"
    echo "  $what: ${wall} s wall, $((kb / 1024)) MiB peak"
  done
}
run "simulate" "$bin" simulate "$dir" --scenario "$work/bench.toml" --format json
run "suggest --max-moves 50" "$bin" suggest "$dir" --max-moves 50
run "apply" "$bin" apply "$dir" --scenario "$work/bench.toml" --out "$work/out"
run "export" "$bin" export "$dir" --scenario "$work/bench.toml" --to "$work/out"
