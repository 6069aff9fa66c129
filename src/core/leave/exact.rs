//! A unit's leave problem solved exactly, as a mixed-integer program, with
//! the greedy plan as the starting solution and under a node budget.
//!
//! Per officer p and window day i, `y[p][i]` (binary) says p's block covers
//! day i; `s[p][i]` (continuous, at least `y[p][i] - y[p][i-1]`) counts the
//! blocks that start on i, at most one per officer (or, with a minimum block
//! length, any number, each covering at least that many work days). The
//! work days a block covers are the days granted, `g[p] <= need[p]`, and
//! `f[p]` (binary) says p gets them all: `need[p] f[p] <= g[p]`. On each
//! day, the officers taken off a duty shift are at most the officers on duty
//! above the minimum plus the leaders' covers `c[l][i]` (binary, on a
//! leader's free rest day, within their limits), and the officers away are
//! at most what the batch limit leaves.
//!
//! Objective, lexicographic by weights: officers in full, then days, then
//! (worth less than one day in all) the earliest days to the officers first
//! in priority. A solve that stops on the node budget keeps the best plan
//! found and reports the proven bound.

use super::unit::{Assignment, Day, UnitProblem};
use microlp::{ComparisonOp, OptimizationDirection, Problem, SolveOptions, Variable};

/// Branch-and-bound nodes a unit may take: a deterministic budget, so that
/// a plan does not depend on the machine's speed.
pub const NODE_BUDGET: u64 = 100;

/// The largest model solved (officers owed leave times open window days):
/// above it a solve costs seconds a unit and its root bound is no better
/// than the counting bounds, so the greedy plan stands with those bounds.
pub const SIZE_LIMIT: usize = 1500;

/// The model's size: officers owed leave times the days they can be away.
pub fn size(unit: &UnitProblem) -> usize {
    unit.people.len() * unit.blackout.iter().filter(|&&b| !b).count()
}

/// What the solver found for a unit.
#[derive(Debug, Clone)]
pub struct Solved {
    /// The best plan found (the warm start when the solver found none better).
    pub plan: Assignment,
    /// Proven: no plan serves more officers in full.
    pub officers_bound: u32,
    /// Proven: no plan serving `officers_bound` officers grants more days
    /// (`None` when the officers are not proven optimal).
    pub days_bound: Option<u32>,
}

/// The model's variables, by officer and day.
struct Vars {
    y: Vec<Vec<Option<Variable>>>,
    s: Vec<Vec<Option<Variable>>>,
    f: Vec<Variable>,
    c: Vec<Vec<(usize, Variable)>>,
}

/// Solves `unit` from `warm` (a feasible plan), within `nodes` nodes.
/// `None` when the solver fails (the warm plan stands, with the
/// combinatorial bounds).
pub fn solve(unit: &UnitProblem, warm: &Assignment, nodes: u64) -> Option<Solved> {
    let n = unit.n;
    let people = &unit.people;
    let total_need: u32 = people.iter().map(|p| p.need).sum();
    let w_full = f64::from(total_need) + 1.0;
    let mut problem = Problem::new(OptimizationDirection::Maximize);
    // Fairness weights: the first in priority counts most; in all below 1/2.
    let weight_sum: f64 = (1..=people.len()).map(|k| k as f64).sum::<f64>().max(1.0);
    let mut vars = Vars {
        y: Vec::new(),
        s: Vec::new(),
        f: Vec::new(),
        c: Vec::new(),
    };
    for (k, p) in people.iter().enumerate() {
        let weight = (people.len() - k) as f64 / weight_sum;
        let y: Vec<Option<Variable>> = (0..n)
            .map(|i| {
                let coeff = if p.day[i].consumable() {
                    1.0 + 0.5 * weight * (n - i) as f64 / (n as f64 * f64::from(p.need.max(1)))
                } else {
                    0.0
                };
                (!unit.blackout[i]).then(|| problem.add_binary_var(coeff))
            })
            .collect();
        let s: Vec<Option<Variable>> = (0..n)
            .map(|i| y[i].map(|_| problem.add_var(0.0, (0.0, 1.0))))
            .collect();
        vars.f.push(problem.add_binary_var(w_full));
        vars.y.push(y);
        vars.s.push(s);
    }
    for l in &unit.leaders {
        let days = l
            .days
            .iter()
            .map(|&i| (i, problem.add_binary_var(0.0)))
            .collect();
        vars.c.push(days);
    }

    for (k, p) in people.iter().enumerate() {
        let (y, s) = (&vars.y[k], &vars.s[k]);
        // Starts: s[i] >= y[i] - y[i-1].
        for i in 0..n {
            let (Some(yi), Some(si)) = (y[i], s[i]) else {
                continue;
            };
            let mut row = vec![(si, 1.0), (yi, -1.0)];
            if let Some(prev) = i.checked_sub(1).and_then(|j| y[j]) {
                row.push((prev, 1.0));
            }
            problem.add_constraint(row.as_slice(), ComparisonOp::Ge, 0.0);
        }
        let starts: Vec<(Variable, f64)> = s.iter().flatten().map(|&v| (v, 1.0)).collect();
        match unit.min_block {
            None => problem.add_constraint(starts.as_slice(), ComparisonOp::Le, 1.0),
            Some(m) => min_length(&mut problem, unit, p.day.as_slice(), y, m.min(p.need)),
        }
        // Days granted: at most owed, all of them for f.
        let granted: Vec<(Variable, f64)> = (0..n)
            .filter(|&i| p.day[i].consumable())
            .filter_map(|i| y[i].map(|v| (v, 1.0)))
            .collect();
        problem.add_constraint(granted.as_slice(), ComparisonOp::Le, f64::from(p.need));
        let mut full = granted.iter().map(|&(v, _)| (v, -1.0)).collect::<Vec<_>>();
        full.push((vars.f[k], f64::from(p.need)));
        problem.add_constraint(full.as_slice(), ComparisonOp::Le, 0.0);
    }
    // The minimum on duty, with covers; the batch limit.
    for i in 0..n {
        if unit.blackout[i] {
            continue;
        }
        let mut row: Vec<(Variable, f64)> = Vec::new();
        for (k, p) in people.iter().enumerate() {
            if p.day[i] == Day::Duty
                && let Some(v) = vars.y[k][i]
            {
                row.push((v, 1.0));
            }
        }
        if !row.is_empty() {
            for c in &vars.c {
                if let Some(&(_, v)) = c.iter().find(|(d, _)| *d == i) {
                    row.push((v, -1.0));
                }
            }
            problem.add_constraint(row.as_slice(), ComparisonOp::Le, f64::from(unit.spare[i]));
        }
        if let Some(room) = &unit.room {
            let away: Vec<(Variable, f64)> = (0..people.len())
                .filter(|&k| people[k].day[i] != Day::Away)
                .filter_map(|k| vars.y[k][i].map(|v| (v, 1.0)))
                .collect();
            if away.len() as u32 > room[i] {
                problem.add_constraint(away.as_slice(), ComparisonOp::Le, f64::from(room[i]));
            }
        }
    }
    // Leaders: their limits, and no cover on a day of their own leave.
    for (l, leader) in unit.leaders.iter().enumerate() {
        for (days, cap) in &leader.limits {
            let row: Vec<(Variable, f64)> = vars.c[l]
                .iter()
                .filter(|(d, _)| days.contains(d))
                .map(|&(_, v)| (v, 1.0))
                .collect();
            if row.len() as u32 > *cap {
                problem.add_constraint(row.as_slice(), ComparisonOp::Le, f64::from(*cap));
            }
        }
        if let Some(k) = leader.person {
            for &(d, v) in &vars.c[l] {
                if let Some(y) = vars.y[k][d] {
                    problem.add_constraint([(v, 1.0), (y, 1.0)], ComparisonOp::Le, 1.0);
                }
            }
        }
    }

    let warm_values = warm_start(unit, warm, &vars);
    let upper = w_full * people.len() as f64 + f64::from(total_need) + 1.0;
    let mut options = SolveOptions::default();
    options.node_limit = Some(nodes);
    // Stop once the bound is within half a day: officers and days are then proven.
    options.mip_gap = 0.45 / upper;
    options.warm_start = Some(warm_values);
    let outcome = problem.solve_with(options).ok()?;
    let bound = outcome.stats().best_bound;
    let solution = outcome.into_solution().ok()?;
    let plan = read_plan(unit, &vars, &solution);
    let (served, granted) = unit.score(&plan);
    let (warm_served, warm_granted) = unit.score(warm);
    let plan = if (served, granted) >= (warm_served, warm_granted) {
        plan
    } else {
        warm.clone()
    };
    let (served, granted) = unit.score(&plan);
    let value = w_full * f64::from(served) + f64::from(granted);
    let bound = bound.unwrap_or(upper).max(value);
    // The fairness term is below 1/2: the bound's integer part bounds the rest.
    let int_bound = (bound + 1e-6).floor();
    let officers_bound = ((int_bound / w_full).floor() as u32).max(served);
    let days_bound = (officers_bound == served)
        .then(|| ((int_bound - w_full * f64::from(served)).max(0.0) as u32).max(granted));
    Some(Solved {
        plan,
        officers_bound,
        days_bound,
    })
}

/// With a minimum block length: a block starting on day i covers every day
/// up to its `len`-th work day (and none of them a blackout).
fn min_length(
    problem: &mut Problem,
    unit: &UnitProblem,
    day: &[Day],
    y: &[Option<Variable>],
    len: u32,
) {
    let n = unit.n;
    for i in 0..n {
        let Some(yi) = y[i] else { continue };
        let prev = i.checked_sub(1).and_then(|j| y[j]);
        let mut row = vec![(yi, 1.0)];
        if let Some(p) = prev {
            row.push((p, -1.0));
        }
        // The days up to the len-th work day from i.
        let mut count = 0;
        let mut end = None;
        for j in i..n {
            if y[j].is_none() {
                break;
            }
            count += u32::from(day[j].consumable());
            if count >= len {
                end = Some(j);
                break;
            }
        }
        match end {
            // No block may start here.
            None => problem.add_constraint(row.as_slice(), ComparisonOp::Le, 0.0),
            Some(end) => {
                for yj in &y[i + 1..=end] {
                    let mut r = row.clone();
                    r.push((yj.expect("no blackout within"), -1.0));
                    problem.add_constraint(r.as_slice(), ComparisonOp::Le, 0.0);
                }
            }
        }
    }
}

/// The warm plan as values of the model's variables.
fn warm_start(unit: &UnitProblem, warm: &Assignment, vars: &Vars) -> Vec<(Variable, f64)> {
    let mut values = Vec::new();
    let (served, _) = unit.per_person(warm);
    for (k, spans) in warm.spans.iter().enumerate() {
        let mut on = vec![false; unit.n];
        for &(a, z) in spans {
            on[a..=z].fill(true);
        }
        for i in 0..unit.n {
            if let Some(v) = vars.y[k][i] {
                values.push((v, f64::from(u8::from(on[i]))));
            }
            if let Some(v) = vars.s[k][i] {
                let start = on[i] && (i == 0 || !on[i - 1]);
                values.push((v, f64::from(u8::from(start))));
            }
        }
        values.push((vars.f[k], f64::from(u8::from(served[k]))));
    }
    for (l, days) in vars.c.iter().enumerate() {
        for &(d, v) in days {
            let used = warm.covers.iter().any(|&(x, day, _)| x == l && day == d);
            values.push((v, f64::from(u8::from(used))));
        }
    }
    values
}

/// The solver's values as a plan: each officer's runs of days trimmed to
/// their work days, and only the covers a day needs, each for an officer it
/// frees.
fn read_plan(unit: &UnitProblem, vars: &Vars, solution: &microlp::Solution) -> Assignment {
    let n = unit.n;
    let on = |v: Option<Variable>| v.is_some_and(|v| solution.var_value(v) > 0.5);
    let mut spans = Vec::new();
    for (k, p) in unit.people.iter().enumerate() {
        let mut mine = Vec::new();
        let mut i = 0;
        while i < n {
            if !on(vars.y[k][i]) {
                i += 1;
                continue;
            }
            let mut z = i;
            while z + 1 < n && on(vars.y[k][z + 1]) {
                z += 1;
            }
            let work: Vec<usize> = (i..=z).filter(|&d| p.day[d].consumable()).collect();
            if let (Some(&a), Some(&b)) = (work.first(), work.last()) {
                mine.push((a, b));
            }
            i = z + 1;
        }
        spans.push(mine);
    }
    let mut covers = Vec::new();
    for i in 0..n {
        let takers: Vec<usize> = (0..unit.people.len())
            .filter(|&k| {
                unit.people[k].day[i] == Day::Duty
                    && spans[k].iter().any(|&(a, z)| a <= i && i <= z)
            })
            .collect();
        let needed = (takers.len() as u32).saturating_sub(unit.spare[i]) as usize;
        let leaders = (0..vars.c.len()).filter(|&l| {
            vars.c[l]
                .iter()
                .any(|&(d, v)| d == i && solution.var_value(v) > 0.5)
        });
        // The last in priority are the ones the covers free.
        for (l, &k) in leaders.zip(takers.iter().rev()).take(needed) {
            covers.push((l, i, k));
        }
    }
    Assignment { spans, covers }
}
