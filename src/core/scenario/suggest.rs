//! Suggested reallocation: up to K moves (and R recruits) that make the
//! worst projected load ratio as low as K moves can make it, then, among the
//! allocations that reach it, leave the fewest officers in alarm, then in
//! warning, with the fewest moves; and the bounds on what any allocation
//! could reach.
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
//! The allocation for K moves is exact in the model ([`allocate`]): the
//! lowest reachable worst load, then the fewest alarms and warnings by
//! dynamic programming over the units, where units x K is small enough
//! (K up to a few hundred); beyond that, a heuristic: one officer at a time
//! to the unit with the highest load that can be relieved, from the unit
//! left least loaded, keeping the best prefix. Both are checked in the
//! proposed bureau, and the better kept. Which officers move: those living
//! in the receiving unit's area first, then those holding no community
//! areas, then the fewest years of service.
//!
//! Bounds, over every allocation of the same movable officers (any number of
//! moves): integer, by giving officers one at a time to the unit with the
//! highest load (optimal for minimising the largest of decreasing
//! functions); continuous, by levelling the loads (water-filling).

use crate::core::figures::completed_years;
use crate::core::model::Role;
use crate::core::scenario::allocate::{self, Slot, Weeks};
use crate::core::scenario::outcome::{Baseline, Engine, Outcome};
use crate::core::scenario::plan::lives_near;
use crate::core::scenario::{Edit, Scenario};
use serde::Serialize;
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    pub max_moves: usize,
    /// New officers to place as well, where they cut the worst load most.
    pub recruits: usize,
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
            recruits: 0,
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
    /// officers (and the recruits) could reach with any number of moves,
    /// officers divisible and whole.
    pub bound_continuous: f64,
    pub bound_integer: f64,
    /// In the load model: the best worst load reachable with at most
    /// `max_moves` moves (and the recruits).
    pub best_for_moves: f64,
    /// Whether the plan was chosen exactly in the model (the fewest alarms,
    /// then warnings, among the allocations reaching `best_for_moves`), or
    /// by the heuristic (too many units times moves to solve exactly).
    pub exact: bool,
    /// In the load model: the worst load with the plan's moves.
    pub model_worst: f64,
    /// Moves in the plan, and recruits placed.
    pub moves_searched: usize,
    pub recruits: usize,
    /// What was asked: at most this many moves, and this many recruits.
    pub max_moves: usize,
    pub recruits_asked: usize,
}

impl Suggestion {
    /// How far the plan's worst load is above the best for its number of
    /// moves (in the model).
    pub fn gap(&self) -> f64 {
        (self.model_worst - self.best_for_moves).max(0.0)
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
    let floors = crate::core::staffing::floors(report, b);
    for (u, slot) in slots.iter_mut().enumerate() {
        slot.fixed = slot.fixed.max(0.0);
        let need = (floors[u] as f64 - slot.fixed - 1e-9).ceil().max(0.0) as usize;
        slot.keep = need.min(slot.movable);
    }
    (slots, candidates)
}

fn capacity(base: &Baseline, outcome: &Outcome) -> f64 {
    outcome.rules().standard_weekly_hours * base.period().days() as f64 / 7.0
}

/// The integer bound: each unit starts with what it must keep, and the other
/// movable officers go one at a time to the unit with the highest load.
fn integer_bound(slots: &[Slot], c: f64, recruits: usize) -> f64 {
    let mut x: Vec<usize> = slots.iter().map(|s| s.keep).collect();
    let spare: usize = slots.iter().map(|s| s.movable - s.keep).sum::<usize>() + recruits;
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
fn continuous_bound(slots: &[Slot], c: f64, recruits: usize) -> f64 {
    let total: f64 = slots.iter().map(|s| s.movable as f64).sum::<f64>() + recruits as f64;
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

/// The most (moves x units) polished in the proposed bureau: each try is
/// a bureau dealt and checked again.
const POLISH_LIMIT: usize = 200;

/// A plan in the load model: moves as (candidate, from, to), and recruits
/// by unit.
#[derive(Debug, Clone, Default)]
struct Plan {
    moves: Vec<(usize, usize, usize)>,
    recruits: Vec<(usize, u32)>,
}

impl Plan {
    /// One recruit more for unit `u`.
    fn recruit(&mut self, u: usize) {
        match self.recruits.iter_mut().find(|r| r.0 == u) {
            Some(r) => r.1 += 1,
            None => self.recruits.push((u, 1)),
        }
    }

    /// Each unit's movable officers once the moves are made (recruits not
    /// counted).
    fn after_moves(&self, slots: &[Slot]) -> Vec<usize> {
        let mut x: Vec<usize> = slots.iter().map(|s| s.movable).collect();
        for &(_, d, r) in &self.moves {
            x[d] -= 1;
            x[r] += 1;
        }
        x
    }
}

/// The unit that takes the next recruit: the highest load.
fn highest(slots: &[Slot], x: &[usize], c: f64) -> usize {
    (0..slots.len())
        .max_by(|&a, &b| {
            slots[a]
                .load(x[a] as f64, c)
                .total_cmp(&slots[b].load(x[b] as f64, c))
                .then(b.cmp(&a))
        })
        .unwrap_or(0)
}

/// Adds `n` recruits one at a time where the load is highest.
fn place_recruits(slots: &[Slot], x: &mut [usize], c: f64, n: usize, plan: &mut Plan) {
    for _ in 0..n {
        if slots.is_empty() {
            return;
        }
        let u = highest(slots, x, c);
        x[u] += 1;
        plan.recruit(u);
    }
}

/// Which officer to send to unit `to`: who lives in its area, holds no
/// community areas, has the fewest years of service (then by id).
/// Lower is better: far from home, holding areas, years, id.
type Preference = (bool, bool, i32, String);

fn preference(cand: &Candidate, to_name: &str) -> Preference {
    (
        !lives_near(&cand.home, to_name),
        cand.holds_areas,
        cand.years,
        cand.id.clone(),
    )
}

/// The exact allocation's plan: the officers each giving unit sends, each
/// to the receiving unit where they fit best, recruits to the rest.
fn exact_plan(
    base: &Baseline,
    slots: &[Slot],
    candidates: &[Candidate],
    c: f64,
    change: &[i64],
    recruits: usize,
) -> Plan {
    let names = &base.bureau().units;
    let mut plan = Plan::default();
    let mut open: Vec<usize> = (0..slots.len())
        .flat_map(|u| std::iter::repeat_n(u, change[u].max(0) as usize))
        .collect();
    let mut quota: Vec<usize> = change.iter().map(|&d| (-d).max(0) as usize).collect();
    let mut left: Vec<Vec<usize>> = slots.iter().map(|s| s.officers.clone()).collect();
    let gives: usize = quota.iter().sum();
    for _ in 0..gives {
        // The best (officer, open place) pair of all.
        let mut best: Option<(Preference, usize, usize, usize)> = None;
        for (d, q) in quota.iter().enumerate() {
            if *q == 0 {
                continue;
            }
            for (i, &who) in left[d].iter().enumerate() {
                for (k, &r) in open.iter().enumerate() {
                    let key = preference(&candidates[who], &names[r].name);
                    if best.as_ref().is_none_or(|b| key < b.0) {
                        best = Some((key, d, i, k));
                    }
                }
            }
        }
        let Some((_, d, i, k)) = best else { break };
        let who = left[d].remove(i);
        let r = open.remove(k);
        quota[d] -= 1;
        plan.moves.push((who, d, r));
    }
    for r in open {
        plan.recruit(r);
    }
    let placed: usize = plan.recruits.iter().map(|r| r.1 as usize).sum();
    let mut x: Vec<usize> = (0..slots.len())
        .map(|u| (slots[u].movable as i64 + change[u]) as usize)
        .collect();
    place_recruits(slots, &mut x, c, recruits.saturating_sub(placed), &mut plan);
    plan
}

/// The heuristic: recruits where the load is highest, then one move at a
/// time, each making the descending list of loads smaller.
fn greedy_plan(
    base: &Baseline,
    slots: &[Slot],
    candidates: &[Candidate],
    c: f64,
    options: &Options,
) -> Plan {
    let mut x: Vec<usize> = slots.iter().map(|s| s.movable).collect();
    let mut plan = Plan::default();
    place_recruits(slots, &mut x, c, options.recruits, &mut plan);
    let mut left: Vec<Vec<usize>> = slots.iter().map(|s| s.officers.clone()).collect();
    'moves: while plan.moves.len() < options.max_moves {
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
                    .min_by_key(|&i| preference(&candidates[left[d][i]], to_name))
                    .expect("donor has officers");
                let who = left[d].remove(pos);
                x[d] -= 1;
                x[r] += 1;
                plan.moves.push((who, d, r));
                continue 'moves;
            }
        }
        break;
    }
    plan
}

/// The model's worst load with a plan made.
fn model_worst(slots: &[Slot], c: f64, plan: &Plan) -> f64 {
    let mut x = plan.after_moves(slots);
    for &(u, n) in &plan.recruits {
        x[u] += n as usize;
    }
    (0..slots.len())
        .map(|u| slots[u].load(x[u] as f64, c))
        .fold(0.0, f64::max)
}

/// A plan as scenario edits: the moves with their reasons, then the recruits.
fn edits(
    base: &Baseline,
    before: &Outcome,
    candidates: &[Candidate],
    plan: &Plan,
    tr: &crate::i18n::Tr,
) -> Vec<Edit> {
    let b: &crate::core::model::Bureau = base.bureau();
    let mut out: Vec<Edit> = plan
        .moves
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
    let proposed = before.bureau();
    for &(u, count) in &plan.recruits {
        // The unit's most common role on the front line.
        let mut roles: Vec<(usize, Role)> = Vec::new();
        for o in proposed.officers.iter().filter(|o| o.unit as usize == u) {
            if matches!(o.role, Role::Leader | Role::Instructor) {
                continue;
            }
            match roles.iter_mut().find(|r| r.1 == o.role) {
                Some(r) => r.0 += 1,
                None => roles.push((1, o.role)),
            }
        }
        let role = roles
            .iter()
            .max_by_key(|r| r.0)
            .map_or(Role::Patrol, |r| r.1);
        out.push(Edit::AddOfficers {
            unit: b.units[u].id.clone(),
            role,
            count,
            from: None,
        });
    }
    out
}

/// Suggests up to `options.max_moves` moves (and `options.recruits`
/// recruits) on top of `scenario`.
pub fn suggest(base: &Baseline, scenario: &Scenario, options: &Options) -> Suggestion {
    let tr = crate::i18n::tr(options.lang);
    let mut engine = Engine::default();
    let before = engine.outcome(base, scenario);
    let c = capacity(base, &before);
    let (slots, candidates) = slots(base, scenario, &before, options);
    let (k, recruits) = (options.max_moves, options.recruits);
    let bound_integer = integer_bound(&slots, c, recruits);
    let bound_continuous = continuous_bound(&slots, c, recruits).min(bound_integer);
    let best_for_moves = allocate::best_level(&slots, c, k, recruits);
    let rules = before.rules();
    let avg = rules.threshold(crate::core::rules::RuleId::AvgWeeklyHours);
    let weeks = Weeks {
        standard: rules.standard_weekly_hours,
        warn: avg.warn,
        alarm: avg.alarm,
    };

    // The exact allocation where it is small enough, else the heuristic;
    // each checked in the proposed bureau.
    let exact = (allocate::effort(&slots, k, recruits) <= allocate::EFFORT_LIMIT)
        .then(|| allocate::allocate(&slots, c, best_for_moves, k, recruits, weeks))
        .flatten()
        .map(|change: Vec<i64>| exact_plan(base, &slots, &candidates, c, &change, recruits));
    let score = |p: &Outcome| (p.worst_load(), p.alarms());
    let better = |a: (f64, usize), b: (f64, usize)| {
        a.0 < b.0 - 1e-12 || ((a.0 - b.0).abs() <= 1e-12 && a.1 < b.1)
    };
    let mut trial = scenario.clone();
    let mut tried = |edits: &[Edit]| {
        trial.edits.truncate(scenario.edits.len());
        trial.edits.extend(edits.iter().cloned());
        score(&engine.outcome(base, &trial))
    };
    // Nothing, unless recruits must be placed; then the better plan.
    let mut chosen: (Plan, Vec<Edit>, (f64, usize), bool) =
        (Plan::default(), Vec::new(), score(&before), exact.is_some());
    let heuristic = greedy_plan(base, &slots, &candidates, c, options);
    let all = edits(base, &before, &candidates, &heuristic, tr);
    let moved = heuristic.moves.len();
    let prefix = |n: usize| {
        let plan = Plan {
            moves: heuristic.moves[..n].to_vec(),
            recruits: heuristic.recruits.clone(),
        };
        let mut e: Vec<Edit> = all[..n].to_vec();
        e.extend(all[moved..].iter().cloned());
        (plan, e)
    };
    match exact {
        Some(plan) => {
            // The exact plan, against the heuristic's whole plan.
            let e = edits(base, &before, &candidates, &plan, tr);
            let s = tried(&e);
            if recruits > 0 || better(s, chosen.2) {
                chosen = (plan, e, s, true);
            }
            let (p, e) = prefix(moved);
            let s = tried(&e);
            if better(s, chosen.2) {
                chosen = (p, e, s, false);
            }
        }
        None => {
            // The best prefix of the heuristic's moves by (worst load,
            // alarms, moves), recruits always placed.
            for n in 0..=moved {
                let (p, e) = prefix(n);
                if n == 0 && recruits == 0 {
                    continue;
                }
                let s = tried(&e);
                if (n == 0 && recruits > 0) || better(s, chosen.2) {
                    chosen = (p, e, s, false);
                }
            }
        }
    }
    // Polish in the proposed bureau, where it is small enough: another
    // giving unit for one move at a time, kept when the proposed bureau's
    // (worst load, alarms) is better: the model counts a unit's alarms as
    // all or none, the bureau officer by officer.
    let (mut plan, mut edits_now, mut score_now, exact) = chosen;
    if plan.moves.len() * slots.len() <= POLISH_LIMIT {
        let mut improved = true;
        while improved {
            improved = false;
            for i in 0..plan.moves.len() {
                let x = plan.after_moves(&slots);
                let used: Vec<usize> = plan.moves.iter().map(|m| m.0).collect();
                let (_, d0, r) = plan.moves[i];
                let worst = model_worst(&slots, c, &plan);
                for d in 0..slots.len() {
                    // A giving unit stays within the plan's worst load in
                    // the model, above its floor.
                    if d == d0
                        || d == r
                        || x[d] <= slots[d].keep
                        || slots[d].load((x[d] - 1) as f64, c) > worst + 1e-12
                    {
                        continue;
                    }
                    let to_name = &base.bureau().units[r].name;
                    let Some(&who) = slots[d]
                        .officers
                        .iter()
                        .filter(|w| !used.contains(w))
                        .min_by_key(|&&w| preference(&candidates[w], to_name))
                    else {
                        continue;
                    };
                    let mut other = plan.clone();
                    other.moves[i] = (who, d, r);
                    let e = edits(base, &before, &candidates, &other, tr);
                    let s = tried(&e);
                    if better(s, score_now) {
                        (plan, edits_now, score_now) = (other, e, s);
                        improved = true;
                        break;
                    }
                }
            }
        }
    }
    let (edits, (plan_worst, plan_alarms)) = (edits_now, score_now);
    Suggestion {
        before_worst: before.worst_load(),
        plan_worst,
        before_alarms: before.alarms(),
        plan_alarms,
        bound_continuous,
        bound_integer,
        best_for_moves,
        exact,
        model_worst: model_worst(&slots, c, &plan),
        moves_searched: plan.moves.len(),
        recruits: plan.recruits.iter().map(|r| r.1 as usize).sum(),
        max_moves: k,
        recruits_asked: recruits,
        edits,
    }
}
