#!/usr/bin/env bash
# Time to first frame of the planner, and until the bureau is on screen, in
# a real terminal (tmux), from process start; FORCEPLAN_TIMINGS makes the
# planner print both when it quits.
#
#   bench/tui-first-frame.sh [DIR] [RUNS]     defaults: sample-data 5
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-sample-data}
runs=${2:-5}
cargo build --release --quiet
bin=$(realpath "${CARGO_TARGET_DIR:-target}")/release/forceplan
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for run in $(seq "$runs"); do
  sock=forceplan-bench-$$-$run
  : > "$out"
  tmux -L "$sock" -f /dev/null new-session -d -x 160 -y 48 "FORCEPLAN_TIMINGS=1 $bin tui $dir 2>$out"
  for _ in $(seq 200); do
    tmux -L "$sock" capture-pane -p | grep -q "Units, worst first" && break
    sleep 0.05
  done
  tmux -L "$sock" send-keys q
  for _ in $(seq 100); do [ -s "$out" ] && break; sleep 0.05; done
  cat "$out"
  tmux -L "$sock" kill-server 2>/dev/null || true
done
