//! Suggested reallocation: up to K moves that make the worst projected load
//! ratio as low as it can go, then clear as many alarms as they can, with as
//! few moves as that takes; and the bound on what any allocation could reach.
//!
//! The units' loads are L_u(x) = W_u / ((f_u + x) c): W_u the unit's projected
//! workload, f_u the officer-equivalents that may not move (pinned, leaders
//! and instructors unless allowed, officers the scenario already moved, new
//! recruits), x its movable officers, c = standard week x days / 7. A unit
//! may give officers away only down to its staffing floor.
//!
//! Bounds, over every allocation of the same movable officers (any number of
//! moves): integer, by giving officers one at a time to the unit with the
//! highest load (optimal for minimising the largest of decreasing
//! functions); continuous, by levelling the loads (water-filling).
//!
//! The plan moves one officer at a time, each move making the descending
//! list of loads lexicographically smaller (the highest unit that can be
//! relieved takes an officer from the unit left least loaded), then keeps
//! the prefix of moves that is best by (worst load, alarms, moves). With
//! enough moves it reaches the integer bound: while the worst load is above
//! it, some unit holds more officers than at the bound, and giving one of
//! them to the worst unit is an improving move.

use crate::core::figures::completed_years;
use crate::core::model::Role;
use crate::core::scenario::project::{Baseline, Projection, lives_near, project};
use crate::core::scenario::{Edit, Scenario};
use serde::Serialize;
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    pub max_moves: usize,
    /// Leaders and instructors may move too.
    pub allow_leaders: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_moves: 10,
            allow_leaders: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    /// The moves, as scenario edits with their reasons.
    pub edits: Vec<Edit>,
    pub before_worst: f64,
    pub plan_worst: f64,
    /// The best worst load any allocation could reach, officers divisible.
    pub bound_continuous: f64,
    /// The same with whole officers.
    pub bound_integer: f64,
    pub before_alarms: usize,
    pub plan_alarms: usize,
}

impl Suggestion {
    /// How far the plan's worst load is above the integer bound.
    pub fn gap(&self) -> f64 {
        (self.plan_worst - self.bound_integer).max(0.0)
    }
}

/// A unit as the optimisation sees it.
#[derive(Debug, Clone)]
struct Slot {
    workload: f64,
    fixed: f64,
    /// Movable officers now.
    movable: usize,
    /// Movable officers it must keep (staffing floor).
    keep: usize,
    /// Indices into `Candidate`s of its movable officers.
    officers: Vec<usize>,
}

impl Slot {
    fn load(&self, x: f64, c: f64) -> f64 {
        let n = self.fixed + x;
        if self.workload <= 0.0 {
            0.0
        } else if n <= 1e-9 {
            f64::INFINITY
        } else {
            self.workload / (n * c)
        }
    }
}

struct Candidate {
    id: String,
    home: String,
    years: i32,
    /// A community officer holding areas (moving them orphans the areas).
    holds_areas: bool,
}

/// Builds the optimisation's view of a projected scenario.
fn slots(
    base: &Baseline,
    scenario: &Scenario,
    projection: &Projection,
    options: &Options,
) -> (Vec<Slot>, Vec<Candidate>) {
    let b: &crate::core::model::Bureau = &base.bureau;
    let moved: HashSet<&str> = projection
        .moves
        .iter()
        .map(|m| m.officer_id.as_str())
        .collect();
    let mut slots: Vec<Slot> = projection
        .units
        .iter()
        .zip(&base.relief)
        .map(|(u, _)| Slot {
            workload: u.workload_hours,
            fixed: u.officers,
            movable: 0,
            keep: 0,
            officers: Vec::new(),
        })
        .collect();
    let mut candidates = Vec::new();
    for (o, officer) in b.officers.iter().enumerate() {
        let p = &projection.officers[o];
        let fixed_role =
            matches!(officer.role, Role::Leader | Role::Instructor) && !options.allow_leaders;
        if fixed_role
            || moved.contains(officer.id.as_str())
            || scenario.pinned.contains(&officer.id)
        {
            continue;
        }
        let slot = &mut slots[officer.unit as usize];
        slot.fixed -= 1.0;
        slot.movable += 1;
        slot.officers.push(candidates.len());
        candidates.push(Candidate {
            id: officer.id.clone(),
            home: officer.home_district.clone(),
            years: completed_years(officer.service_start, base.period.start),
            holds_areas: officer.role == Role::Community && p.areas > 0,
        });
    }
    for (slot, u) in slots.iter_mut().zip(&projection.units) {
        slot.fixed = slot.fixed.max(0.0);
        let need = (u.staffing_floor as f64 - slot.fixed - 1e-9)
            .ceil()
            .max(0.0) as usize;
        slot.keep = need.min(slot.movable);
    }
    (slots, candidates)
}

fn capacity(base: &Baseline, projection: &Projection) -> f64 {
    projection.rules.standard_weekly_hours * base.period.days() as f64 / 7.0
}

/// The integer bound: each unit starts with what it must keep, and the other
/// movable officers go one at a time to the unit with the highest load.
fn integer_bound(slots: &[Slot], c: f64) -> f64 {
    let mut x: Vec<usize> = slots.iter().map(|s| s.keep).collect();
    let spare: usize = slots.iter().map(|s| s.movable - s.keep).sum();
    for _ in 0..spare {
        let worst = (0..slots.len()).max_by(|&a, &b| {
            slots[a]
                .load(x[a] as f64, c)
                .total_cmp(&slots[b].load(x[b] as f64, c))
        });
        match worst {
            Some(w) => x[w] += 1,
            None => break,
        }
    }
    (0..slots.len())
        .map(|u| slots[u].load(x[u] as f64, c))
        .fold(0.0, f64::max)
}

/// The continuous bound: the level L at which every unit holds just enough
/// (divisible) officers, Σ max(keep_u, W_u / (L c) - f_u) = movable officers.
fn continuous_bound(slots: &[Slot], c: f64) -> f64 {
    let total: f64 = slots.iter().map(|s| s.movable as f64).sum();
    let need = |l: f64| -> f64 {
        slots
            .iter()
            .map(|s| {
                let want = if s.workload <= 0.0 {
                    0.0
                } else {
                    s.workload / (l * c) - s.fixed
                };
                want.max(s.keep as f64)
            })
            .sum()
    };
    let (mut lo, mut hi) = (
        0.0,
        slots
            .iter()
            .map(|s| s.load(s.movable as f64, c))
            .fold(0.0, f64::max),
    );
    if !hi.is_finite() {
        hi = slots
            .iter()
            .filter(|s| s.workload > 0.0)
            .map(|s| s.workload / c)
            .fold(1.0, f64::max)
            * 1e6;
    }
    for _ in 0..100 {
        let mid = (lo + hi) / 2.0;
        if need(mid) <= total + 1e-9 {
            hi = mid
        } else {
            lo = mid
        }
    }
    hi
}

/// Suggests up to `options.max_moves` moves on top of `scenario`.
pub fn suggest(base: &Baseline, scenario: &Scenario, options: &Options) -> Suggestion {
    let before = project(base, scenario);
    let c = capacity(base, &before);
    let (slots, candidates) = slots(base, scenario, &before, options);
    let bound_integer = integer_bound(&slots, c);
    let bound_continuous = continuous_bound(&slots, c).min(bound_integer);

    // Greedy moves, each making the descending list of loads smaller.
    let mut x: Vec<usize> = slots.iter().map(|s| s.movable).collect();
    let mut left: Vec<Vec<usize>> = slots.iter().map(|s| s.officers.clone()).collect();
    let mut plan: Vec<(usize, usize, usize)> = Vec::new();
    'moves: while plan.len() < options.max_moves {
        let load = |u: usize, x: &[usize]| slots[u].load(x[u] as f64, c);
        let mut receivers: Vec<usize> = (0..slots.len()).collect();
        receivers.sort_by(|&a, &b| load(b, &x).total_cmp(&load(a, &x)).then(a.cmp(&b)));
        for &r in &receivers {
            let lr = load(r, &x);
            if lr <= 0.0 {
                break;
            }
            let mut best: Option<(f64, usize)> = None;
            for d in 0..slots.len() {
                if d == r || x[d] <= slots[d].keep || left[d].is_empty() {
                    continue;
                }
                let ld_after = slots[d].load(x[d] as f64 - 1.0, c);
                let lr_after = slots[r].load(x[r] as f64 + 1.0, c);
                let worst_after = ld_after.max(lr_after);
                // Lexicographically smaller: the largest changed load drops.
                if worst_after < lr && best.is_none_or(|(w, _)| ld_after < w) {
                    best = Some((ld_after, d));
                }
            }
            if let Some((_, d)) = best {
                let to_name = &base.bureau.units[r].name;
                let pos = (0..left[d].len())
                    .min_by_key(|&i| {
                        let cand = &candidates[left[d][i]];
                        (
                            !lives_near(&cand.home, to_name),
                            cand.holds_areas,
                            cand.years,
                            cand.id.clone(),
                        )
                    })
                    .expect("donor has officers");
                let who = left[d].remove(pos);
                x[d] -= 1;
                x[r] += 1;
                plan.push((who, d, r));
                continue 'moves;
            }
        }
        break;
    }

    // Keep the best prefix by (worst load, alarms, moves).
    let b: &crate::core::model::Bureau = &base.bureau;
    let edits: Vec<Edit> = plan
        .iter()
        .map(|&(who, d, r)| {
            let cand = &candidates[who];
            let near = if lives_near(&cand.home, &b.units[r].name) {
                format!("lives in {} (the receiving unit's area); ", cand.home)
            } else {
                String::new()
            };
            Edit::MoveOfficer {
                officer: cand.id.clone(),
                to: b.units[r].id.clone(),
                from: None,
                reason: format!(
                    "{near}{} year{} of service; {} has the highest load that can be relieved, {} can spare an officer above its staffing floor",
                    cand.years,
                    if cand.years == 1 { "" } else { "s" },
                    b.units[r].id,
                    b.units[d].id
                ),
            }
        })
        .collect();
    let score = |p: &Projection| (p.worst_load(), p.alarms());
    let mut best = (0, score(&before));
    let mut trial = scenario.clone();
    for (k, edit) in edits.iter().enumerate() {
        trial.edits.push(edit.clone());
        let s = score(&project(base, &trial));
        let better = s.0 < best.1.0 - 1e-12 || ((s.0 - best.1.0).abs() <= 1e-12 && s.1 < best.1.1);
        if better {
            best = (k + 1, s);
        }
    }
    Suggestion {
        edits: edits[..best.0].to_vec(),
        before_worst: before.worst_load(),
        plan_worst: best.1.0,
        bound_continuous,
        bound_integer,
        before_alarms: before.alarms(),
        plan_alarms: best.1.1,
    }
}
