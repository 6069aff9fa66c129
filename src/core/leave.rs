//! Leave rotation: every officer's remaining annual leave and comp days
//! placed as contiguous blocks in a window, such that every unit keeps its
//! minimum on duty every day, nobody is away on a blackout date, at most M of
//! a unit are away at once, and leaders may cover (a rest day turned into a
//! duty day, at most L each, never raising one of their own flags).
//!
//! Units are planned independently (every constraint is a unit's own). An
//! officer is planned at the unit they serve at on the window's last day
//! (or, out of the bureau by then, the last unit they served at in it), on
//! the days they serve there: an officer moved during the window is planned
//! in their new unit from their move date. A unit's officers on duty on a
//! day are all who serve there that day. In a unit, the earliest slots go first to officers who took no leave yet, then
//! to the longest work streak, then to the most outstanding overtime; each
//! takes the earliest block that fits whole, else the longest that fits (or,
//! with a minimum block length, several blocks of at least that length).
//!
//! Upper bound on the days a unit can grant, whatever the plan: each officer
//! at most their own work days in the window (blackouts excluded), and all
//! together at most the spare duty capacity (officers on duty above the
//! minimum, summed over the window's days) plus the leaders' covers plus the
//! work days off post (training), which do not touch the minimum.

use crate::core::check::CheckReport;
use crate::core::figures::{HOURS_PER_COMP_DAY, OvertimeClass, overtime_class};
use crate::core::flags::grade;
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
    /// Days granted at most, whatever the plan.
    pub days_bound: u32,
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

/// One officer of a unit, as the planner sees the window.
struct Person {
    officer: OfficerIdx,
    /// Roster shift of each window day (`None`: no row, a rest day).
    shift: Vec<Option<Shift>>,
    leave: u32,
    comp: u32,
    priority: (bool, std::cmp::Reverse<u32>, std::cmp::Reverse<i64>),
}

/// A unit's days while planning.
#[derive(Clone)]
struct Days {
    on_duty: Vec<u32>,
    away: Vec<u32>,
    min: u32,
}

/// A leader who may cover: their worked hours over the whole period (to see
/// what a cover would do to their own figures), and covers taken.
struct Leader {
    officer: OfficerIdx,
    shift: Vec<Option<Shift>>,
    hours: Vec<f64>,
    covers: Vec<usize>,
}

fn consumable(s: Option<Shift>) -> bool {
    s.is_some_and(|s| !s.is_rest())
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
/// the thresholds a leader's cover must not cross.
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
    for u in 0..bureau.units.len() as UnitIdx {
        plan_unit(&ctx, u, bureau.unit(u).min_on_duty, &mut result, true);
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

/// Plans unit `u` with `min` officers on duty every day.
fn plan_unit(ctx: &Context, u: UnitIdx, min: u32, out: &mut LeavePlan, explain_shortfall: bool) {
    let (bureau, period, options, blackout) = (ctx.bureau, ctx.period, ctx.options, ctx.blackout);
    let w = options.window;
    let n = w.days();
    let unit = bureau.unit(u);
    let mut days = Days {
        on_duty: vec![0; n],
        away: vec![0; n],
        min,
    };
    let mut people = Vec::new();
    let mut leaders = Vec::new();
    for &o in ctx.presence.present(u) {
        let shift = ctx.presence.shifts(bureau, o, u);
        for (i, s) in shift.iter().enumerate() {
            match s {
                Some(s) if s.is_duty() => days.on_duty[i] += 1,
                Some(Shift::Leave | Shift::Comp) => days.away[i] += 1,
                _ => {}
            }
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
                shift: shift.clone(),
                leave,
                comp: f.comp_days_owed,
                priority: (
                    f.leave_taken_days > 0,
                    std::cmp::Reverse(f.longest_work_streak),
                    std::cmp::Reverse((f.outstanding_overtime_hours * 100.0) as i64),
                ),
            });
        }
        if bureau.officer(o).role == Role::Leader && options.leaders_cover > 0 {
            let hours = crate::core::detail::officer_days(bureau, period, o)
                .iter()
                .map(|d| d.worked_hours())
                .collect();
            leaders.push(Leader {
                officer: o,
                shift,
                hours,
                covers: Vec::new(),
            });
        }
    }
    people.sort_by_key(|p| (p.priority, p.officer));
    let start_days = days.clone();
    // Each officer's duty days in the window, outside blackouts (for explaining a shortfall).
    let duty_days: Vec<u32> = people
        .iter()
        .map(|p| {
            (0..n)
                .filter(|&i| !blackout[i] && p.shift[i].is_some_and(|s| s.is_duty()))
                .count() as u32
        })
        .collect();
    // What any plan could grant at most (from the roster as it is).
    let spare: u32 = (0..n)
        .filter(|&i| !blackout[i])
        .map(|i| start_days.on_duty[i].saturating_sub(start_days.min))
        .sum();
    let offset = period.offset(w.start);
    let cover_cap: u32 = leaders
        .iter()
        .map(|l| {
            ((0..n)
                .filter(|&i| !blackout[i] && free_rest_day(l, offset, i))
                .count() as u32)
                .min(options.leaders_cover)
        })
        .sum();
    let own = |p: &Person| {
        (0..n)
            .filter(|&i| !blackout[i] && consumable(p.shift[i]))
            .count() as u32
    };
    let off_post: u32 = people
        .iter()
        .map(|p| {
            (0..n)
                .filter(|&i| !blackout[i] && p.shift[i] == Some(Shift::Train))
                .count() as u32
        })
        .sum();
    let caps: Vec<u32> = people
        .iter()
        .map(|p| (p.leave + p.comp).min(own(p)))
        .collect();
    let capacity = spare + cover_cap + off_post;
    let days_needed: u32 = people.iter().map(|p| p.leave + p.comp).sum();
    let days_bound = caps.iter().sum::<u32>().min(capacity);
    // Officers served at most: the smallest needs first, while capacity lasts.
    let (mut room, mut officers_bound) = (capacity, 0u32);
    let mut needs: Vec<(u32, u32)> = people.iter().map(|p| (p.leave + p.comp, own(p))).collect();
    needs.sort_unstable();
    for (need, own_days) in needs {
        if need <= own_days && need <= room {
            room -= need;
            officers_bound += 1;
        }
    }

    let mut granted_total = 0;
    let mut served = 0;
    for p in &mut people {
        let need = (p.leave + p.comp) as usize;
        let mut consumed: Vec<usize> = Vec::new();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        loop {
            let left = need - consumed.len();
            if left == 0 {
                break;
            }
            let min_len = match options.min_block {
                Some(m) => (m as usize).min(left).max(1),
                None if consumed.is_empty() => 1,
                None => break,
            };
            let Some(Found {
                start,
                end,
                take,
                covers,
            }) = find_block(
                p,
                &days,
                blackout,
                options,
                &mut leaders,
                ctx.rules,
                period,
                offset,
                left,
                min_len,
            )
            else {
                break;
            };
            for &i in &take {
                if p.shift[i].is_some_and(|s| s.is_duty()) {
                    days.on_duty[i] -= 1;
                }
                // Taken: a later block of the same officer cannot take it again.
                p.shift[i] = Some(Shift::Leave);
            }
            for i in start..=end {
                days.away[i] += 1;
            }
            for (leader, i) in covers {
                let l = &mut leaders[leader];
                l.covers.push(i);
                l.hours[offset + i] += COVER_HOURS;
                days.on_duty[i] += 1;
                out.covers.push(Cover {
                    leader_id: bureau.officer(l.officer).id.clone(),
                    unit_id: unit.id.clone(),
                    date: w.date(i),
                    for_officer: bureau.officer(p.officer).id.clone(),
                });
            }
            consumed.extend(take);
            spans.push((start, end));
            if options.min_block.is_none() {
                break;
            }
        }
        consumed.sort_unstable();
        let leave_n = (p.leave as usize).min(consumed.len());
        for &(start, end) in &spans {
            let in_span = |i: &&usize| (start..=end).contains(*i);
            let leave_days: Vec<NaiveDate> = consumed[..leave_n]
                .iter()
                .filter(in_span)
                .map(|&i| w.date(i))
                .collect();
            let comp_days: Vec<NaiveDate> = consumed[leave_n..]
                .iter()
                .filter(in_span)
                .map(|&i| w.date(i))
                .collect();
            out.blocks.push(Block {
                officer_id: bureau.officer(p.officer).id.clone(),
                unit_id: unit.id.clone(),
                start: w.date(start),
                end: w.date(end),
                leave_days,
                comp_days,
            });
        }
        granted_total += consumed.len() as u32;
        served += u32::from(consumed.len() == need);
        out.officers.push(OfficerLeave {
            officer_id: bureau.officer(p.officer).id.clone(),
            unit_id: unit.id.clone(),
            leave_needed: p.leave,
            comp_needed: p.comp,
            granted: consumed.len() as u32,
        });
    }

    let shortfall = (explain_shortfall && granted_total < days_needed).then(|| {
        let needing = people.len() as u32;
        explain(
            ctx,
            u,
            &duty_days,
            &days,
            days_needed - granted_total,
            needing - served,
        )
    });
    out.units.push(UnitLeave {
        unit_id: unit.id.clone(),
        name: unit.name.clone(),
        officers_needing: people.len() as u32,
        officers_served: served,
        officers_bound,
        days_needed,
        days_granted: granted_total,
        days_bound,
        shortfall,
    });
}

/// A block found for an officer, in window days.
struct Found {
    start: usize,
    end: usize,
    /// The work days it takes.
    take: Vec<usize>,
    /// Leaders' covers it needs, as (leader, day).
    covers: Vec<(usize, usize)>,
}

/// The earliest block for `p` that consumes `want` work days, else the
/// longest of at least `min_len`.
#[allow(clippy::too_many_arguments)]
// Each window day indexes the officer's shifts, the unit's counts and the
// blackouts together.
#[allow(clippy::needless_range_loop)]
fn find_block(
    p: &Person,
    days: &Days,
    blackout: &[bool],
    options: &LeaveOptions,
    leaders: &mut [Leader],
    rules: &Rules,
    period: Period,
    offset: usize,
    want: usize,
    min_len: usize,
) -> Option<Found> {
    let n = days.on_duty.len();
    let mut best: Option<Found> = None;
    for start in 0..n {
        if !consumable(p.shift[start]) || blackout[start] {
            continue;
        }
        let mut take = Vec::new();
        let mut covers: Vec<(usize, usize)> = Vec::new();
        let mut end = start;
        for i in start..n {
            if blackout[i] || options.batch.is_some_and(|m| days.away[i] + 1 > m) {
                break;
            }
            match p.shift[i] {
                Some(s) if s.is_duty() => {
                    if days.on_duty[i] > days.min {
                        take.push(i);
                    } else if let Some(l) =
                        cover(leaders, &covers, i, options, rules, period, offset)
                    {
                        covers.push((l, i));
                        take.push(i);
                    } else {
                        break;
                    }
                }
                Some(Shift::Train) => take.push(i),
                _ => {}
            }
            end = i;
            if take.len() == want {
                break;
            }
        }
        // A block ends on its last consumed day.
        if let Some(&last) = take.last() {
            end = end.min(last);
        }
        let found = Found {
            start,
            end,
            take,
            covers,
        };
        if found.take.len() == want {
            return Some(found);
        }
        if found.take.len() >= min_len
            && best
                .as_ref()
                .is_none_or(|b| found.take.len() > b.take.len())
        {
            best = Some(found);
        }
    }
    best
}

/// A leader's rest day with no work on it (no call-in): one they could cover.
fn free_rest_day(leader: &Leader, offset: usize, i: usize) -> bool {
    leader.shift[i] == Some(Shift::Off) && leader.hours[offset + i] <= 0.0
}

/// A leader who can cover day `i`: a free rest day, covers left, and the
/// cover raises none of their flags.
fn cover(
    leaders: &[Leader],
    planned: &[(usize, usize)],
    i: usize,
    options: &LeaveOptions,
    rules: &Rules,
    period: Period,
    offset: usize,
) -> Option<usize> {
    (0..leaders.len()).find(|&l| {
        let leader = &leaders[l];
        let taken = leader.covers.len() + planned.iter().filter(|(x, _)| *x == l).count();
        let already = leader.covers.contains(&i) || planned.iter().any(|&(x, d)| x == l && d == i);
        free_rest_day(leader, offset, i) && taken < options.leaders_cover as usize && !already && {
            let mut hours = leader.hours.clone();
            for &(_, d) in planned.iter().filter(|(x, _)| *x == l) {
                hours[offset + d] += COVER_HOURS;
            }
            let before = severities(&hours, period, rules);
            hours[offset + i] += COVER_HOURS;
            severities(&hours, period, rules) == before
        }
    })
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

/// Says which dates are tight, how many officers short the unit is, and
/// which minimum on duty would fit everyone (found by planning again).
fn explain(
    ctx: &Context,
    u: UnitIdx,
    duty_days: &[u32],
    after: &Days,
    short_days: u32,
    not_served: u32,
) -> Message {
    let (options, blackout) = (ctx.options, ctx.blackout);
    let w = options.window;
    let unit = ctx.bureau.unit(u);
    // Tight: no one spare on duty, outside blackouts.
    let tight: Vec<usize> = (0..w.days())
        .filter(|&i| !blackout[i] && after.on_duty[i] <= after.min)
        .collect();
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for i in tight {
        match ranges.last_mut() {
            Some((_, end)) if *end + 1 == i => *end = i,
            _ => ranges.push((i, i)),
        }
    }
    let shown: Vec<Arg> = ranges
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
    // An officer of the unit is on duty on about this many window days.
    let per_officer =
        (duty_days.iter().sum::<u32>() as f64 / duty_days.len().max(1) as f64).max(1.0);
    let officers_more = (short_days as f64 / per_officer).ceil() as u32;
    // The highest minimum that fits everyone, planning the unit again.
    let mut fits_at = None;
    for min in (0..after.min).rev() {
        let mut scratch = LeavePlan {
            window: w,
            blocks: Vec::new(),
            covers: Vec::new(),
            officers: Vec::new(),
            units: Vec::new(),
        };
        plan_unit(ctx, u, min, &mut scratch, false);
        if scratch
            .units
            .last()
            .is_some_and(|x| x.days_granted == x.days_needed)
        {
            fits_at = Some(min);
            break;
        }
    }
    let fix = match fits_at {
        Some(min) => msg!(
            "shortfall-fix",
            "n" => officers_more,
            "min" => after.min,
            "lower" => min,
        ),
        None => msg!("shortfall-fix-more", "n" => officers_more),
    };
    let days = if shown.is_empty() {
        Arg::Term("shortfall-no-day".into())
    } else {
        Arg::List(shown)
    };
    msg!(
        "shortfall",
        "unit" => &unit.id,
        "name" => &unit.name,
        "from" => w.start,
        "to" => w.end,
        "n" => not_served,
        "short" => Arg::Text(short_days.to_string()),
        "days" => days,
        "more" => more,
        "fix" => fix,
    )
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
