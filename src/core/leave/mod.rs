//! Leave rotation: every officer's remaining annual leave and comp days
//! placed as contiguous blocks in a window, such that every unit keeps its
//! minimum on duty every day, nobody is away on a blackout date, at most M of
//! a unit are away at once, and leaders may cover (a rest day turned into a
//! duty day, at most L each, never raising one of their own flags).
//!
//! Units are planned independently (every constraint is a unit's own), in
//! parallel. An officer is planned at the unit they serve at on the window's
//! last day (or, out of the bureau by then, the last unit they served at in
//! it), on the days they serve there: an officer moved during the window is
//! planned in their new unit from their move date. A unit's officers on
//! duty on a day are all who serve there that day.
//!
//! Each unit is put as plain numbers ([`unit`]), planned greedily
//! ([`greedy`]) and, unless that serves everyone, solved exactly from the
//! greedy plan ([`exact`]): the most officers with all their days, then the
//! most days, then the earliest days to the first in priority (no leave yet,
//! longest work streak, most outstanding overtime). A unit whose solve ran
//! out of its node budget reports the proven bounds.

mod exact;
mod greedy;
#[cfg(test)]
mod tests;
mod unit;

use crate::core::check::CheckReport;
use crate::core::figures::{HOURS_PER_COMP_DAY, OvertimeClass, overtime_class};
use crate::core::flags::{Severity, grade};
use crate::core::model::{
    Bureau, Compensation, OfficerIdx, Overtime, Role, RosterEntry, Shift, UnitIdx,
};
use crate::core::period::Period;
use crate::core::rules::{RuleId, Rules};
use crate::i18n::{Arg, Message};
use crate::msg;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use unit::{Assignment, Coverer, Day, Need, UnitProblem};

/// Hours of a leader's cover: one standard day.
pub const COVER_HOURS: f64 = 8.0;

#[derive(Debug, Clone, PartialEq)]
pub struct LeaveOptions {
    pub window: Period,
    /// Dates nobody may be away (besides the statutory holidays, always blackout).
    pub blackout: Vec<NaiveDate>,
    /// `None`: one block per officer; `Some(n)`: blocks of at least n days.
    pub min_block: Option<u32>,
    /// Covers each leader may take.
    pub leaders_cover: u32,
    /// At most this many of a unit away at once.
    pub batch: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    pub officer_id: String,
    pub unit_id: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// The days that become LEAVE, then COMP.
    pub leave_days: Vec<NaiveDate>,
    pub comp_days: Vec<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cover {
    pub leader_id: String,
    pub unit_id: String,
    pub date: NaiveDate,
    /// The officer whose leave the cover makes possible.
    pub for_officer: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OfficerLeave {
    pub officer_id: String,
    pub unit_id: String,
    pub leave_needed: u32,
    pub comp_needed: u32,
    pub granted: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitLeave {
    pub unit_id: String,
    pub name: String,
    pub officers_needing: u32,
    pub officers_served: u32,
    /// Officers fully served at most, whatever the plan.
    pub officers_bound: u32,
    pub days_needed: u32,
    pub days_granted: u32,
    /// Days granted at most by a plan serving the most officers in full.
    pub days_bound: u32,
    /// Whether the plan is proven optimal, or within the bounds.
    pub solved: Solved,
    /// Why not everyone fits, and what would make it fit.
    pub shortfall: Option<Message>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeavePlan {
    pub window: Period,
    pub blocks: Vec<Block>,
    pub covers: Vec<Cover>,
    pub officers: Vec<OfficerLeave>,
    pub units: Vec<UnitLeave>,
}

impl LeavePlan {
    pub fn days_granted(&self) -> u32 {
        self.units.iter().map(|u| u.days_granted).sum()
    }
    pub fn days_needed(&self) -> u32 {
        self.units.iter().map(|u| u.days_needed).sum()
    }
    pub fn days_bound(&self) -> u32 {
        self.units.iter().map(|u| u.days_bound).sum()
    }
    pub fn officers_served(&self) -> u32 {
        self.units.iter().map(|u| u.officers_served).sum()
    }
    pub fn officers_bound(&self) -> u32 {
        self.units.iter().map(|u| u.officers_bound).sum()
    }
    /// Units whose plan is proven optimal.
    pub fn units_optimal(&self) -> usize {
        self.units
            .iter()
            .filter(|u| u.solved == Solved::Optimal)
            .count()
    }
    pub fn officers_needing(&self) -> u32 {
        self.units.iter().map(|u| u.officers_needing).sum()
    }
}

/// Why no plan could be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LeaveError {
    #[error("{}", self.message())]
    OutsidePeriod { window: Period, period: Period },
}

impl LeaveError {
    /// What went wrong, to say in the reader's language.
    pub fn message(&self) -> Message {
        match self {
            LeaveError::OutsidePeriod { window, period } => msg!(
                "problem-window-outside",
                "from" => window.start,
                "to" => window.end,
                "first" => period.start,
                "last" => period.end,
            ),
        }
    }
}
/// How a unit's plan was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Solved {
    /// No plan serves more officers in full, nor, serving as many, grants
    /// more days.
    Optimal,
    /// The solver's node budget ran out first: the plan is the best found,
    /// within the bounds reported.
    Bounded,
}

/// The results of planning one unit, put together in unit order.
struct UnitPart {
    blocks: Vec<Block>,
    covers: Vec<Cover>,
    officers: Vec<OfficerLeave>,
    unit: UnitLeave,
}

/// One officer owed leave, as the unit's planning sees them.
struct Person {
    officer: OfficerIdx,
    leave: u32,
    comp: u32,
    day: Vec<Day>,
    priority: (bool, std::cmp::Reverse<u32>, std::cmp::Reverse<i64>),
}

/// Where each officer serves on each day of a window.
pub struct Presence {
    pub window: Period,
    /// Officer -> window day -> unit served at.
    units: Vec<Vec<Option<UnitIdx>>>,
    /// Unit -> officers serving there on some day of the window.
    members: Vec<Vec<OfficerIdx>>,
}

impl Presence {
    pub fn new(bureau: &Bureau, window: Period) -> Presence {
        let mut members = vec![Vec::new(); bureau.units.len()];
        let units = (0..bureau.officers.len() as OfficerIdx)
            .map(|o| {
                let mut days = vec![None; window.days()];
                for s in bureau.stints(o, window) {
                    days[s.start..s.end].fill(Some(s.unit));
                    let list: &mut Vec<OfficerIdx> = &mut members[s.unit as usize];
                    if list.last() != Some(&o) {
                        list.push(o);
                    }
                }
                days
            })
            .collect();
        Presence {
            window,
            units,
            members,
        }
    }

    /// The unit officer `o` serves at on window day `i`.
    pub fn at(&self, o: OfficerIdx, i: usize) -> Option<UnitIdx> {
        self.units[o as usize][i]
    }

    /// The unit an officer's leave is planned in: where they serve on the
    /// window's last day, else the last unit they served at in the window.
    pub fn home(&self, o: OfficerIdx) -> Option<UnitIdx> {
        self.units[o as usize].iter().rev().find_map(|u| *u)
    }

    /// Officers serving at unit `u` on some day of the window, by index.
    fn present(&self, u: UnitIdx) -> &[OfficerIdx] {
        &self.members[u as usize]
    }

    /// Officer `o`'s roster shift on each window day they serve at `u`
    /// (`None` on other days and on days without a row).
    fn shifts(&self, bureau: &Bureau, o: OfficerIdx, u: UnitIdx) -> Vec<Option<Shift>> {
        let w = self.window;
        let mut shift = vec![None; w.days()];
        for e in bureau.roster.of(o) {
            if let Some(i) = w.index(e.date)
                && self.at(o, i) == Some(u)
            {
                shift[i] = Some(e.shift);
            }
        }
        shift
    }
}

/// Places the leave of every officer of the bureau. `report` is the
/// bureau's check (what each officer is owed, and their history), `rules`
/// the thresholds a leader's cover must not cross. Units are planned in
/// parallel (every constraint is a unit's own).
pub fn plan(
    bureau: &Bureau,
    period: Period,
    report: &CheckReport,
    rules: &Rules,
    options: &LeaveOptions,
) -> Result<LeavePlan, LeaveError> {
    let w = options.window;
    if !(period.contains(w.start) && period.contains(w.end)) {
        return Err(LeaveError::OutsidePeriod { window: w, period });
    }
    let blackout = blackouts(bureau, options);
    let presence = Presence::new(bureau, w);
    let ctx = Context {
        bureau,
        period,
        report,
        rules,
        options,
        blackout: &blackout,
        presence: &presence,
    };
    let mut result = LeavePlan {
        window: w,
        blocks: Vec::new(),
        covers: Vec::new(),
        officers: Vec::new(),
        units: Vec::new(),
    };
    let units: Vec<UnitIdx> = (0..bureau.units.len() as UnitIdx).collect();
    let parts = crate::core::parallel::balanced(&units, |&u| plan_unit(&ctx, u));
    for part in parts {
        result.blocks.extend(part.blocks);
        result.covers.extend(part.covers);
        result.officers.extend(part.officers);
        result.units.push(part.unit);
    }
    Ok(result)
}

/// Statutory holidays and the plan's own blackout dates, by window day.
fn blackouts(bureau: &Bureau, options: &LeaveOptions) -> Vec<bool> {
    let w = options.window;
    (0..w.days())
        .map(|i| {
            let d = w.date(i);
            bureau.calendar.is_holiday(d) || options.blackout.contains(&d)
        })
        .collect()
}

/// What planning a unit reads.
struct Context<'a> {
    bureau: &'a Bureau,
    period: Period,
    report: &'a CheckReport,
    rules: &'a Rules,
    options: &'a LeaveOptions,
    blackout: &'a [bool],
    presence: &'a Presence,
}

/// What a day of a roster shift is to the plan.
fn day_of(shift: Option<Shift>) -> Day {
    match shift {
        Some(s) if s.is_duty() => Day::Duty,
        Some(Shift::Train) => Day::OffPost,
        Some(Shift::Leave | Shift::Comp) => Day::Away,
        _ => Day::Other,
    }
}

/// Unit `u`'s leave problem with `min` officers on duty every day, and the
/// officers owed leave in priority order, and the leaders who may cover.
fn problem(
    ctx: &Context,
    u: UnitIdx,
    min: u32,
) -> (UnitProblem, Vec<Person>, Vec<OfficerIdx>, Vec<u32>) {
    let (bureau, period, options, blackout) = (ctx.bureau, ctx.period, ctx.options, ctx.blackout);
    let w = options.window;
    let n = w.days();
    let offset = period.offset(w.start);
    let (mut on_duty, mut away) = (vec![0u32; n], vec![0u32; n]);
    let mut people = Vec::new();
    let mut leaders = Vec::new();
    for &o in ctx.presence.present(u) {
        let shift = ctx.presence.shifts(bureau, o, u);
        let day: Vec<Day> = shift.iter().map(|&s| day_of(s)).collect();
        for i in 0..n {
            on_duty[i] += u32::from(day[i] == Day::Duty);
            away[i] += u32::from(day[i] == Day::Away);
        }
        // Planned here only if this is where they end the window.
        if ctx.presence.home(o) != Some(u) {
            continue;
        }
        let f = &ctx.report.officers[o as usize].figures;
        let leave = f.leave_entitlement_days.saturating_sub(f.leave_taken_days);
        if leave + f.comp_days_owed > 0 {
            people.push(Person {
                officer: o,
                leave,
                comp: f.comp_days_owed,
                day,
                priority: (
                    f.leave_taken_days > 0,
                    std::cmp::Reverse(f.longest_work_streak),
                    std::cmp::Reverse((f.outstanding_overtime_hours * 100.0) as i64),
                ),
            });
        }
        if bureau.officer(o).role == Role::Leader && options.leaders_cover > 0 {
            let hours: Vec<f64> = crate::core::detail::officer_days(bureau, period, o)
                .iter()
                .map(|d| d.worked_hours())
                .collect();
            // A free rest day: OFF with no work on it (no call-in).
            let days: Vec<usize> = (0..n)
                .filter(|&i| {
                    !blackout[i] && shift[i] == Some(Shift::Off) && hours[offset + i] <= 0.0
                })
                .collect();
            if !days.is_empty() {
                leaders.push((o, days, hours));
            }
        }
    }
    people.sort_by_key(|p| (p.priority, p.officer));
    let leader_ids = leaders.iter().map(|l| l.0).collect();
    let coverers = leaders
        .into_iter()
        .map(|(o, days, hours)| {
            let limits = cover_limits(ctx, &days, &hours);
            Coverer {
                person: people.iter().position(|p| p.officer == o),
                days,
                limits,
            }
        })
        .collect();
    let unit = UnitProblem {
        n,
        blackout: blackout.to_vec(),
        spare: on_duty.iter().map(|&d| d.saturating_sub(min)).collect(),
        room: options
            .batch
            .map(|m| away.iter().map(|&a| m.saturating_sub(a)).collect()),
        people: people
            .iter()
            .map(|p| Need {
                need: p.leave + p.comp,
                day: p.day.clone(),
            })
            .collect(),
        leaders: coverers,
        min_block: options.min_block,
    };
    (unit, people, leader_ids, on_duty)
}

/// A leader's limits on covers: the allowance, and what keeps each of their
/// own flags (average week, longest week, work streak) where it is. Each
/// flag only rises with hours, so a limit for each is exact: the average
/// week caps the covers in all; each full week caps its own; and a streak
/// may not grow past the longest its present severity allows, so every run
/// of that many days plus one keeps one day free.
fn cover_limits(ctx: &Context, days: &[usize], hours: &[f64]) -> Vec<(Vec<usize>, u32)> {
    let (period, rules) = (ctx.period, ctx.rules);
    let offset = period.offset(ctx.options.window.start);
    let now = severities(hours, period, rules);
    let total: f64 = hours.iter().sum();
    let span = hours.len() as f64;
    let allowance = (0..=ctx.options.leaders_cover)
        .take_while(|&k| {
            let avg = (total + COVER_HOURS * f64::from(k)) * 7.0 / span;
            grade(rules, RuleId::AvgWeeklyHours, avg).map(|g| g.0) <= now[0]
        })
        .last()
        .unwrap_or(0);
    let mut limits = vec![(days.to_vec(), allowance)];
    for s in period.full_week_starts() {
        let mine: Vec<usize> = days
            .iter()
            .copied()
            .filter(|&i| (s..s + 7).contains(&(offset + i)))
            .collect();
        let week: f64 = hours[s..s + 7].iter().sum();
        let cap = (0..=mine.len() as u32)
            .take_while(|&k| {
                let h = week + COVER_HOURS * f64::from(k);
                grade(rules, RuleId::MaxWeeklyHours, h).map(|g| g.0) <= now[1]
            })
            .last()
            .unwrap_or(0);
        if (cap as usize) < mine.len() {
            limits.push((mine, cap));
        }
    }
    if now[2] != Some(Severity::Alarm) {
        // The longest streak that keeps the present severity.
        let longest = (1..=hours.len() as u32)
            .take_while(|&t| grade(rules, RuleId::WorkStreak, f64::from(t)).map(|g| g.0) <= now[2])
            .last()
            .unwrap_or(0) as usize;
        let run = longest + 1;
        let coverable: Vec<bool> = (0..hours.len())
            .map(|d| d >= offset && days.contains(&(d - offset)))
            .collect();
        for a in 0..hours.len().saturating_sub(run - 1) {
            let free: Vec<usize> = (a..a + run).filter(|&d| hours[d] <= 0.0).collect();
            // Only where every free day of the run could be covered.
            if !free.is_empty() && free.iter().all(|&d| coverable[d]) {
                let set: Vec<usize> = free.iter().map(|&d| d - offset).collect();
                let cap = set.len() as u32 - 1;
                if !limits.iter().any(|(s, c)| *s == set && *c == cap) {
                    limits.push((set, cap));
                }
            }
        }
    }
    limits
}

/// Plans unit `u` with its minimum on duty every day: the greedy plan,
/// then, unless it already serves everyone, the exact solver from it.
fn plan_unit(ctx: &Context, u: UnitIdx) -> UnitPart {
    let min = ctx.bureau.unit(u).min_on_duty;
    let (bureau, options) = (ctx.bureau, ctx.options);
    let w = options.window;
    let unit = bureau.unit(u);
    let (problem, people, leaders, on_duty) = problem(ctx, u, min);
    let (days_needed, needing) = (
        problem.people.iter().map(|p| p.need).sum::<u32>(),
        problem.people.len() as u32,
    );
    let (mut officers_bound, mut days_bound) = bounds(&problem);
    let greedy = greedy::plan(&problem);
    debug_assert_eq!(problem.violation(&greedy), None);
    let mut plan = greedy;
    let mut solved = Solved::Optimal;
    if problem.score(&plan) != (needing, days_needed) {
        solved = Solved::Bounded;
        if exact::size(&problem) <= exact::SIZE_LIMIT
            && let Some(exact) = exact::solve(&problem, &plan, exact::NODE_BUDGET)
            && problem.violation(&exact.plan).is_none()
        {
            officers_bound = officers_bound.min(exact.officers_bound);
            plan = exact.plan;
            let (served, granted) = problem.score(&plan);
            if served == officers_bound
                && let Some(days) = exact.days_bound
            {
                days_bound = days_bound.min(days);
            }
            if (served, granted) == (officers_bound, days_bound) {
                solved = Solved::Optimal;
            }
        }
    }
    let (served, granted) = problem.score(&plan);
    let mut part = UnitPart {
        blocks: Vec::new(),
        covers: Vec::new(),
        officers: Vec::new(),
        unit: UnitLeave {
            unit_id: unit.id.clone(),
            name: unit.name.clone(),
            officers_needing: needing,
            officers_served: served,
            officers_bound: officers_bound.max(served),
            days_needed,
            days_granted: granted,
            days_bound: days_bound.max(granted),
            solved,
            shortfall: None,
        },
    };
    for (k, p) in people.iter().enumerate() {
        let id = &bureau.officer(p.officer).id;
        let taken = problem.taken(k, &plan);
        let leave_n = (p.leave as usize).min(taken.len());
        for &(start, end) in &plan.spans[k] {
            let in_span = |i: &&usize| (start..=end).contains(*i);
            let dates = |days: &[usize]| days.iter().filter(in_span).map(|&i| w.date(i)).collect();
            part.blocks.push(Block {
                officer_id: id.clone(),
                unit_id: unit.id.clone(),
                start: w.date(start),
                end: w.date(end),
                leave_days: dates(&taken[..leave_n]),
                comp_days: dates(&taken[leave_n..]),
            });
        }
        part.officers.push(OfficerLeave {
            officer_id: id.clone(),
            unit_id: unit.id.clone(),
            leave_needed: p.leave,
            comp_needed: p.comp,
            granted: taken.len() as u32,
        });
    }
    let leader_ids: Vec<&str> = leaders
        .iter()
        .map(|&o| bureau.officer(o).id.as_str())
        .collect();
    let mut covers = plan.covers.clone();
    covers.sort_unstable_by_key(|&(l, d, _)| (d, l));
    for (l, d, k) in covers {
        part.covers.push(Cover {
            leader_id: leader_ids[l].to_string(),
            unit_id: unit.id.clone(),
            date: w.date(d),
            for_officer: bureau.officer(people[k].officer).id.clone(),
        });
    }
    if granted < days_needed {
        part.unit.shortfall = Some(explain(
            ctx,
            u,
            &problem,
            &on_duty,
            &plan,
            days_needed - granted,
            needing - served,
        ));
    }
    part
}

/// What any plan could grant at most, from the room alone: each officer at
/// most their own work days outside blackouts, all together at most the
/// spare duty capacity plus the leaders' covers plus the work days off post
/// (training), which do not touch the minimum, and, with a batch limit, at
/// most the room it leaves. Officers in full are bounded the same way, the
/// smallest needs first.
fn bounds(unit: &UnitProblem) -> (u32, u32) {
    let open = |i: &usize| !unit.blackout[*i];
    let spare: u32 = (0..unit.n).filter(open).map(|i| unit.spare[i]).sum();
    let covers: u32 = unit
        .leaders
        .iter()
        .map(|l| (l.days.len() as u32).min(l.limits.first().map_or(0, |x| x.1)))
        .sum();
    let count = |p: &Need, kind: fn(Day) -> bool| {
        (0..unit.n).filter(open).filter(|&i| kind(p.day[i])).count() as u32
    };
    let off_post: u32 = unit
        .people
        .iter()
        .map(|p| count(p, |d| d == Day::OffPost))
        .sum();
    // With a batch limit, a day granted is a day away within the room.
    let batch = unit.room.as_ref().map_or(u32::MAX, |room| {
        (0..unit.n).filter(open).map(|i| room[i]).sum()
    });
    let capacity = (spare + covers + off_post).min(batch);
    let own: Vec<u32> = unit
        .people
        .iter()
        .map(|p| count(p, Day::consumable))
        .collect();
    let days = unit
        .people
        .iter()
        .zip(&own)
        .map(|(p, &own)| p.need.min(own))
        .sum::<u32>()
        .min(capacity);
    let mut needs: Vec<(u32, u32)> = unit.people.iter().map(|p| p.need).zip(own).collect();
    needs.sort_unstable();
    let (mut room, mut officers) = (capacity, 0u32);
    for (need, own) in needs {
        if need <= own && need <= room {
            room -= need;
            officers += 1;
        }
    }
    (officers, days)
}

/// Window days as dates and ranges, at most three, and a note of how many more.
fn date_ranges(w: Period, days: impl Iterator<Item = usize>) -> (Vec<Arg>, Arg) {
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for i in days {
        match ranges.last_mut() {
            Some((_, end)) if *end + 1 == i => *end = i,
            _ => ranges.push((i, i)),
        }
    }
    let shown = ranges
        .iter()
        .take(3)
        .map(|&(a, b)| {
            if a == b {
                Arg::from(w.date(a))
            } else {
                Arg::from(msg!("range", "from" => w.date(a), "to" => w.date(b)))
            }
        })
        .collect();
    let more = if ranges.len() > 3 {
        Arg::from(msg!("shortfall-more", "n" => ranges.len() - 3))
    } else {
        Arg::Text(String::new())
    };
    (shown, more)
}

/// Says which dates are tight (or, when no day is, what splits the room),
/// how many officers short the unit is, and which minimum on duty would fit
/// everyone (found by planning again from `on_duty`, the officers on duty
/// each day before any leave).
#[allow(clippy::too_many_arguments)]
fn explain(
    ctx: &Context,
    u: UnitIdx,
    problem: &UnitProblem,
    on_duty: &[u32],
    plan: &Assignment,
    short_days: u32,
    not_served: u32,
) -> Message {
    let w = ctx.options.window;
    let n = problem.n;
    let unit = ctx.bureau.unit(u);
    // Tight: no one spare on duty after the plan, outside blackouts.
    let usage = problem.usage(plan);
    let tight = (0..n).filter(|&i| {
        !problem.blackout[i] && problem.spare[i] + usage.covers[i] <= usage.off_duty[i]
    });
    let (shown, more) = date_ranges(w, tight);
    // An officer of the unit is on duty on about this many window days.
    let duty: Vec<u32> = problem
        .people
        .iter()
        .map(|p| {
            (0..n)
                .filter(|&i| !problem.blackout[i] && p.day[i] == Day::Duty)
                .count() as u32
        })
        .collect();
    let per_officer = (duty.iter().sum::<u32>() as f64 / duty.len().max(1) as f64).max(1.0);
    let officers_more = (short_days as f64 / per_officer).ceil() as u32;
    let min = unit.min_on_duty;
    let everyone = (
        problem.people.len() as u32,
        problem.people.iter().map(|p| p.need).sum(),
    );
    let fits = |change: &dyn Fn(&mut UnitProblem)| {
        let mut other = problem.clone();
        change(&mut other);
        other.score(&greedy::plan(&other)) == everyone
    };
    // Remedies, each tried by planning the unit again quickly (the greedy
    // plan: where it fits everyone, the remedy surely does): a shorter
    // minimum block, more away at once.
    let longest = problem.people.iter().map(|p| p.need).max().unwrap_or(0);
    let block = || {
        let current = problem.min_block.unwrap_or(longest).min(longest);
        (1..current)
            .rev()
            .find(|&m| fits(&|p: &mut UnitProblem| p.min_block = Some(m)))
            .map(|m| msg!("shortfall-fix-block", "m" => m))
    };
    let wider = || {
        let m = ctx.options.batch?;
        (m + 1..=problem.people.len() as u32)
            .find(|&b| {
                fits(&|p: &mut UnitProblem| {
                    if let Some(room) = &mut p.room {
                        room.iter_mut().for_each(|r| *r += b - m);
                    }
                })
            })
            .map(|b| msg!("shortfall-fix-batch", "m" => b))
    };
    let (why, fix) = if !shown.is_empty() {
        // Days with no one spare: more officers, or the highest lower
        // minimum that fits everyone.
        let fits_at = (0..min).rev().find(|&m| {
            fits(&|p: &mut UnitProblem| {
                p.spare = on_duty.iter().map(|&d| d.saturating_sub(m)).collect()
            })
        });
        let fix = match fits_at {
            Some(lower) => msg!(
                "shortfall-fix",
                "n" => officers_more,
                "min" => min,
                "lower" => lower,
            ),
            None => msg!("shortfall-fix-more", "n" => officers_more),
        };
        // Where blackouts or a batch limit shape the room, a shorter block or
        // more away at once may fit everyone without anyone more.
        let free = if problem.blackout.contains(&true) || problem.min_block.is_some() {
            block().or_else(wider)
        } else {
            wider()
        };
        let fix = free.unwrap_or(fix);
        let why = msg!("shortfall-tight", "days" => Arg::List(shown), "more" => more);
        (why, fix)
    } else {
        // Someone is spare every day: the blackouts, the batch limit or the
        // officers' own days leave no run long enough, and more officers
        // alone would not help.
        // Days the batch limit is reached: as many away as it allows.
        let full = (0..n).filter(|&i| {
            let room = problem.room.as_ref();
            !problem.blackout[i] && room.is_some_and(|room| usage.away[i] >= room[i])
        });
        let (full, full_more) = date_ranges(w, full);
        let (blackouts, more) = date_ranges(w, (0..n).filter(|&i| problem.blackout[i]));
        let none = || msg!("shortfall-fix-none");
        match ctx.options.batch {
            Some(m) if !full.is_empty() => {
                let why = msg!(
                    "shortfall-batch",
                    "m" => m,
                    "days" => Arg::List(full),
                    "more" => full_more,
                );
                let fix = wider().or_else(|| if blackouts.is_empty() { None } else { block() });
                (why, fix.unwrap_or_else(none))
            }
            _ if !blackouts.is_empty() => {
                let why =
                    msg!("shortfall-blackouts", "days" => Arg::List(blackouts), "more" => more);
                (why, block().or_else(wider).unwrap_or_else(none))
            }
            _ => (msg!("shortfall-own-days"), msg!("shortfall-fix-window")),
        }
    };
    msg!(
        "shortfall",
        "unit" => &unit.id,
        "name" => &unit.name,
        "from" => w.start,
        "to" => w.end,
        "n" => not_served,
        "short" => short_days,
        "why" => why,
        "fix" => fix,
    )
}

/// The severities of the rules a cover can touch, for a row of daily hours.
fn severities(
    hours: &[f64],
    period: Period,
    rules: &Rules,
) -> [Option<crate::core::flags::Severity>; 3] {
    let days = hours.len() as f64;
    let avg = hours.iter().sum::<f64>() * 7.0 / days;
    let week = period
        .full_week_starts()
        .map(|s| hours[s..s + 7].iter().sum::<f64>())
        .fold(0.0, f64::max);
    let (mut run, mut best) = (0u32, 0u32);
    for &h in hours {
        run = if h > 0.0 { run + 1 } else { 0 };
        best = best.max(run);
    }
    [
        grade(rules, RuleId::AvgWeeklyHours, avg).map(|g| g.0),
        grade(rules, RuleId::MaxWeeklyHours, week).map(|g| g.0),
        grade(rules, RuleId::WorkStreak, best as f64).map(|g| g.0),
    ]
}

/// The bureau with the plan in its roster: `LEAVE`, then `COMP`, on the
/// days a block takes (any overtime on them goes with the day's shift: the
/// day is off), each cover a `DAY` of `COVER_HOURS` on the leader's rest
/// day, and for each comp day given, 8 h of the officer's outstanding
/// rest-day overtime marked as given back as time (the earliest first).
/// Officers without leave or covers keep their rows, shared.
pub fn apply(bureau: &Bureau, plan: &LeavePlan) -> Bureau {
    let mut out = bureau.clone();
    let mut days: BTreeMap<OfficerIdx, Vec<(NaiveDate, Shift, f64)>> = BTreeMap::new();
    let mut comp: BTreeMap<OfficerIdx, u32> = BTreeMap::new();
    for b in &plan.blocks {
        let Some(o) = bureau.officer_index(&b.officer_id) else {
            continue;
        };
        let list = days.entry(o).or_default();
        list.extend(b.leave_days.iter().map(|&d| (d, Shift::Leave, 0.0)));
        list.extend(b.comp_days.iter().map(|&d| (d, Shift::Comp, 0.0)));
        *comp.entry(o).or_default() += b.comp_days.len() as u32;
    }
    for c in &plan.covers {
        if let Some(o) = bureau.officer_index(&c.leader_id) {
            days.entry(o)
                .or_default()
                .push((c.date, Shift::Day, COVER_HOURS));
        }
    }
    for (o, set) in days {
        let mut roster: Vec<RosterEntry> = bureau
            .roster
            .of(o)
            .iter()
            .filter(|e| !set.iter().any(|(d, _, _)| *d == e.date))
            .copied()
            .collect();
        roster.extend(
            set.iter()
                .map(|&(date, shift, hours)| RosterEntry { date, shift, hours }),
        );
        roster.sort_by_key(|e| e.date);
        let off = |d: NaiveDate| set.iter().any(|&(x, s, _)| x == d && s.is_rest());
        let mut overtime: Vec<Overtime> = bureau
            .overtime
            .of(o)
            .iter()
            .filter(|e| !off(e.date))
            .cloned()
            .collect();
        give_back(
            bureau,
            &roster,
            &mut overtime,
            comp.get(&o).copied().unwrap_or(0),
        );
        out.roster.set(o, roster);
        out.overtime.set(o, overtime);
    }
    out
}

/// Marks 8 h of outstanding rest-day overtime as given back (`time`) for
/// each of `days` comp days, the earliest entries first, splitting an entry
/// where only part of it is needed.
fn give_back(bureau: &Bureau, roster: &[RosterEntry], overtime: &mut Vec<Overtime>, days: u32) {
    let mut left = days as f64 * HOURS_PER_COMP_DAY;
    let shift_on = |d: NaiveDate| {
        roster
            .binary_search_by(|e| e.date.cmp(&d))
            .ok()
            .map(|i| roster[i].shift)
    };
    let mut i = 0;
    while i < overtime.len() && left > 1e-9 {
        let e = &overtime[i];
        if e.compensated == Compensation::Owed
            && overtime_class(bureau, e.date, shift_on(e.date)) == OvertimeClass::RestDay
        {
            if e.hours <= left + 1e-9 {
                left -= e.hours;
                overtime[i].compensated = Compensation::Time;
            } else {
                let mut given = overtime[i].clone();
                given.hours = left;
                given.compensated = Compensation::Time;
                overtime[i].hours -= left;
                left = 0.0;
                overtime.insert(i, given);
                i += 1;
            }
        }
        i += 1;
    }
}

/// Sets an officer's leave by hand: their blocks (and the covers that freed
/// them) are dropped, and one block from `start` takes `days` work days, if
/// every day keeps the unit's minimum on duty (no covers are added by hand),
/// no day is a blackout, the batch limit holds, and the officer is owed them.
pub fn set_block(
    bureau: &Bureau,
    plan: &mut LeavePlan,
    options: &LeaveOptions,
    officer: &str,
    start: NaiveDate,
    days: u32,
) -> Result<(), Message> {
    let w = plan.window;
    let o = bureau
        .officer_index(officer)
        .ok_or_else(|| msg!("problem-no-officer", "officer" => officer))?;
    let entry = plan
        .officers
        .iter()
        .position(|x| x.officer_id == officer)
        .ok_or_else(|| msg!("problem-owed-nothing", "officer" => officer))?;
    let owed = plan.officers[entry].leave_needed + plan.officers[entry].comp_needed;
    if days > owed {
        return Err(
            msg!("problem-owed-fewer", "officer" => officer, "owed" => owed, "days" => days),
        );
    }
    let i0 = w.index(start).ok_or_else(
        || msg!("problem-outside-window", "date" => start, "from" => w.start, "to" => w.end),
    )?;
    let presence = Presence::new(bureau, w);
    let u = presence.home(o).ok_or_else(
        || msg!("problem-not-serving", "officer" => officer, "from" => w.start, "to" => w.end),
    )?;
    plan.blocks.retain(|b| b.officer_id != officer);
    plan.covers.retain(|c| c.for_officer != officer);
    let unit = bureau.unit(u);
    let (on_duty, away) = unit_days_with(bureau, &presence, plan, u);
    let shift = presence.shifts(bureau, o, u);
    let mut take = Vec::new();
    let mut end = i0;
    if days > 0 {
        for i in i0..w.days() {
            let date = w.date(i);
            if bureau.calendar.is_holiday(date) || options.blackout.contains(&date) {
                return Err(msg!("problem-blackout", "date" => date));
            }
            if options.batch.is_some_and(|m| away[i] + 1 > m) {
                return Err(msg!(
                    "problem-batch-full",
                    "n" => away[i],
                    "unit" => &unit.id,
                    "date" => date,
                ));
            }
            match shift[i] {
                Some(s) if s.is_duty() && on_duty[i] <= unit.min_on_duty => {
                    return Err(msg!(
                        "problem-below-minimum",
                        "unit" => &unit.id,
                        "min" => unit.min_on_duty,
                        "date" => date,
                    ));
                }
                Some(s) if !s.is_rest() => take.push(i),
                _ => {}
            }
            end = i;
            if take.len() == days as usize {
                break;
            }
        }
        if take.len() < days as usize {
            return Err(msg!(
                "problem-too-few-days",
                "n" => take.len(),
                "start" => start,
            ));
        }
        let leave_n = (plan.officers[entry].leave_needed as usize).min(take.len());
        plan.blocks.push(Block {
            officer_id: officer.to_string(),
            unit_id: unit.id.clone(),
            start: w.date(i0),
            end: w.date(end),
            leave_days: take[..leave_n].iter().map(|&i| w.date(i)).collect(),
            comp_days: take[leave_n..].iter().map(|&i| w.date(i)).collect(),
        });
    }
    plan.officers[entry].granted = days;
    // The unit's totals follow its officers'.
    let mine = plan.officers.iter().filter(|x| x.unit_id == unit.id);
    let (granted, served) = mine.fold((0, 0), |(g, s), x| {
        (
            g + x.granted,
            s + u32::from(x.granted == x.leave_needed + x.comp_needed),
        )
    });
    if let Some(summary) = plan.units.iter_mut().find(|x| x.unit_id == unit.id) {
        summary.days_granted = granted;
        summary.officers_served = served;
        // A plan changed by hand is optimal only if it still meets the bounds.
        let at_bounds = (served, granted) == (summary.officers_bound, summary.days_bound);
        summary.solved = if at_bounds {
            Solved::Optimal
        } else {
            Solved::Bounded
        };
    }
    Ok(())
}

/// A plan's blocks and covers by officer id.
struct ByOfficer<'a> {
    blocks: HashMap<&'a str, Vec<&'a Block>>,
    covers: HashMap<&'a str, Vec<&'a Cover>>,
}

impl<'a> ByOfficer<'a> {
    fn new(plan: &'a LeavePlan) -> Self {
        let mut blocks: HashMap<&str, Vec<&Block>> = HashMap::new();
        for b in &plan.blocks {
            blocks.entry(b.officer_id.as_str()).or_default().push(b);
        }
        let mut covers: HashMap<&str, Vec<&Cover>> = HashMap::new();
        for c in &plan.covers {
            covers.entry(c.leader_id.as_str()).or_default().push(c);
        }
        ByOfficer { blocks, covers }
    }
}

/// Officers on duty and away on each window day at unit `u`, with the plan's
/// blocks and covers in the roster.
fn unit_days_with(
    bureau: &Bureau,
    presence: &Presence,
    plan: &LeavePlan,
    u: UnitIdx,
) -> (Vec<u32>, Vec<u32>) {
    days_at(bureau, presence, &ByOfficer::new(plan), plan.window, u)
}

fn days_at(
    bureau: &Bureau,
    presence: &Presence,
    planned: &ByOfficer,
    w: Period,
    u: UnitIdx,
) -> (Vec<u32>, Vec<u32>) {
    let n = w.days();
    let (mut on_duty, mut away) = (vec![0u32; n], vec![0u32; n]);
    for &o in presence.present(u) {
        let id = bureau.officer(o).id.as_str();
        let mut shift = presence.shifts(bureau, o, u);
        let mut spans = vec![false; n];
        for b in planned.blocks.get(id).into_iter().flatten() {
            for d in b.leave_days.iter().chain(&b.comp_days) {
                if let Some(i) = w.index(*d) {
                    shift[i] = Some(Shift::Leave);
                }
            }
            let (a, z) = (w.index(b.start).unwrap_or(0), w.index(b.end).unwrap_or(0));
            spans[a..=z].fill(true);
        }
        for c in planned.covers.get(id).into_iter().flatten() {
            if let Some(i) = w.index(c.date) {
                shift[i] = Some(Shift::Day);
            }
        }
        for i in 0..n {
            if presence.at(o, i) != Some(u) {
                continue;
            }
            match shift[i] {
                Some(s) if s.is_duty() => on_duty[i] += 1,
                Some(Shift::Leave | Shift::Comp) => away[i] += 1,
                _ if spans[i] => away[i] += 1,
                _ => {}
            }
        }
    }
    (on_duty, away)
}
