//! Suggested reallocation: up to K moves that make the worst projected load
//! ratio as low as it can go, then clear as many alarms as they can, with as
//! few moves as that takes; and the bound on what any allocation could reach.
//!
//! The search uses an analytic model of loads, L_u(x) = W_u / ((f_u + x) c):
//! W_u the unit's worked hours in the scenario's proposed bureau (its work
//! stays with it), f_u the officer-equivalents that may not move (pinned,
//! leaders and instructors unless allowed, officers the scenario already
//! moves, recruits, anyone not at the unit all period), x its movable
//! officers, c = standard week x days / 7. A unit may give officers away only
//! down to its staffing floor: ceil(min_on_duty x relief factor), the relief
//! factor being the period's days over the days an officer of the unit is
//! on duty on average. What it reports (worst load, alarms) is the outcome
//! of the proposed bureau with the moves made: its rosters dealt again and
//! checked like any bureau.
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
use crate::core::scenario::outcome::{Baseline, Engine, Outcome};
use crate::core::scenario::plan::lives_near;
use crate::core::scenario::{Edit, Scenario};
use serde::Serialize;
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    pub max_moves: usize,
    /// Leaders and instructors may move too.
    pub allow_leaders: bool,
    /// The language the moves' reasons are written in (they are kept in the
    /// scenario as the planner's own notes).
    pub lang: crate::i18n::Lang,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_moves: 10,
            allow_leaders: false,
            lang: crate::i18n::Lang::En,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    /// The moves kept, as scenario edits with their reasons.
    pub edits: Vec<Edit>,
    /// Worst load and alarms before and with the moves kept, in the proposed
    /// bureau (rosters dealt again, checked like any bureau).
    pub before_worst: f64,
    pub plan_worst: f64,
    pub before_alarms: usize,
    pub plan_alarms: usize,
    /// In the load model: the best worst load any allocation of the same
    /// officers could reach, officers divisible and whole.
    pub bound_continuous: f64,
    pub bound_integer: f64,
    /// In the load model: the worst load after every move the search made
    /// (`moves_searched` of them), which reaches `bound_integer` when the
    /// search may make enough moves.
    pub model_worst: f64,
    pub moves_searched: usize,
}

impl Suggestion {
    /// How far the search's worst load is above the integer bound (in the model).
    pub fn gap(&self) -> f64 {
        (self.model_worst - self.bound_integer).max(0.0)
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

/// Builds the optimisation's view of a scenario's outcome.
fn slots(
    base: &Baseline,
    scenario: &Scenario,
    before: &Outcome,
    options: &Options,
) -> (Vec<Slot>, Vec<Candidate>) {
    let b = before.bureau();
    let report = before.report();
    let staffing = &before.checked.staffing;
    let days = base.period().days();
    let moved: HashSet<&str> = before.moves.iter().map(|m| m.officer_id.as_str()).collect();
    let mut slots: Vec<Slot> = report
        .units
        .iter()
        .map(|u| Slot {
            workload: u.figures.worked_hours,
            fixed: u.figures.officers,
            movable: 0,
            keep: 0,
            officers: Vec::new(),
        })
        .collect();
    let mut candidates = Vec::new();
    for (o, officer) in b.officers.iter().enumerate() {
        let fixed_role =
            matches!(officer.role, Role::Leader | Role::Instructor) && !options.allow_leaders;
        // Only an officer at one unit all period can move from its start.
        let [stint] = staffing.stints_of(o as u32) else {
            continue;
        };
        if fixed_role
            || stint.start != 0
            || stint.end != days
            || moved.contains(officer.id.as_str())
            || base.bureau().officer_index(&officer.id).is_none()
            || scenario.pinned.contains(&officer.id)
        {
            continue;
        }
        let slot = &mut slots[stint.unit as usize];
        slot.fixed -= 1.0;
        slot.movable += 1;
        slot.officers.push(candidates.len());
        candidates.push(Candidate {
            id: officer.id.clone(),
            home: officer.home_district.clone(),
            years: completed_years(officer.service_start, base.period().start),
            holds_areas: officer.role == Role::Community && report.officers[o].figures.areas > 0,
        });
    }
    // Staffing floors, from how often the unit's officers are on duty.
    let (mut all_duty, mut all_days) = (0.0, 0.0);
    for (u, unit) in report.units.iter().enumerate() {
        all_days += unit.figures.officer_days as f64;
        all_duty += duty_days(before, u);
    }
    let bureau_relief = if all_duty > 0.0 {
        all_days / all_duty
    } else {
        1.0
    };
    for (u, slot) in slots.iter_mut().enumerate() {
        slot.fixed = slot.fixed.max(0.0);
        let f = &report.units[u].figures;
        let duty = duty_days(before, u);
        let relief = if duty > 0.0 {
            f.officer_days as f64 / duty
        } else {
            bureau_relief
        };
        let floor = (b.units[u].min_on_duty as f64 * relief - 1e-9)
            .ceil()
            .max(0.0);
        let need = (floor - slot.fixed - 1e-9).ceil().max(0.0) as usize;
        slot.keep = need.min(slot.movable);
    }
    (slots, candidates)
}

/// Officer-days on duty at unit `u` over the period.
fn duty_days(outcome: &Outcome, u: usize) -> f64 {
    outcome.report().units[u]
        .figures
        .daily_on_duty
        .iter()
        .map(|&n| n as f64)
        .sum()
}

fn capacity(base: &Baseline, outcome: &Outcome) -> f64 {
    outcome.rules().standard_weekly_hours * base.period().days() as f64 / 7.0
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
    let tr = crate::i18n::tr(options.lang);
    let mut engine = Engine::default();
    let before = engine.outcome(base, scenario);
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
                let to_name = &base.bureau().units[r].name;
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
    let b: &crate::core::model::Bureau = base.bureau();
    let edits: Vec<Edit> = plan
        .iter()
        .map(|&(who, d, r)| {
            let cand = &candidates[who];
            let why = crate::msg!(
                "reason-suggested",
                "years" => cand.years as i64,
                "to" => &b.units[r].id,
                "from" => &b.units[d].id,
            );
            let why = if lives_near(&cand.home, &b.units[r].name) {
                crate::msg!("reason-suggested-near", "home" => &cand.home, "rest" => why.text(tr))
            } else {
                why
            };
            Edit::MoveOfficer {
                officer: cand.id.clone(),
                to: b.units[r].id.clone(),
                from: None,
                reason: why.text(tr),
            }
        })
        .collect();
    // Each prefix of the moves, as the proposed bureau it makes.
    let score = |p: &Outcome| (p.worst_load(), p.alarms());
    let mut best = (0, score(&before));
    let mut trial = scenario.clone();
    for (k, edit) in edits.iter().enumerate() {
        trial.edits.push(edit.clone());
        let s = score(&engine.outcome(base, &trial));
        let better = s.0 < best.1.0 - 1e-12 || ((s.0 - best.1.0).abs() <= 1e-12 && s.1 < best.1.1);
        if better {
            best = (k + 1, s);
        }
    }
    let model_worst = (0..slots.len())
        .map(|u| slots[u].load(x[u] as f64, c))
        .fold(0.0, f64::max);
    Suggestion {
        edits: edits[..best.0].to_vec(),
        before_worst: before.worst_load(),
        plan_worst: best.1.0,
        before_alarms: before.alarms(),
        plan_alarms: best.1.1,
        bound_continuous,
        bound_integer,
        model_worst,
        moves_searched: plan.len(),
    }
}
