//! The duty roster and the overtime book, drawn up unit by unit.
//!
//! Each officer's days start from the unit's rota; training, annual leave and
//! sickness are laid over it, then the scripted incidents, then (for offices)
//! the rest-day duty rotation, and last the ordinary overtime. Everything is
//! one pass over officers x days, so a 5,000-officer year stays fast.

use super::calendar::{PLANNING_YEAR, Timeline, day_of_2025};
use super::dice::{Dice, between, chance, half_hours, pick, sample, uniform};
use super::layout::{Incident, UnitPlan};
use super::profile::{Profile, Rota, Slot};
use crate::core::figures::{completed_years, leave_entitlement};
use crate::core::model::{
    Compensation, Officer, OfficerIdx, Overtime, OvertimeBook, Role, Roster, RosterEntry, Shift,
};
use chrono::NaiveDate;
use std::ops::Range;

/// Overtime worked on one day beyond the rostered hours.
#[derive(Debug, Clone, Copy)]
struct Extra {
    hours: f64,
    compensated: Compensation,
    reason: &'static str,
}

/// One officer's days while the roster is drawn up.
struct Sheet {
    days: Vec<Slot>,
    extra: Vec<Option<Extra>>,
    /// Days with no roster row at all (a data gap).
    gap: Range<usize>,
}

impl Sheet {
    fn new(days: Vec<Slot>) -> Self {
        let n = days.len();
        Sheet {
            days,
            extra: vec![None; n],
            gap: 0..0,
        }
    }

    /// Whether day `d` gets a roster row.
    fn rostered(&self, d: usize) -> bool {
        !self.gap.contains(&d)
    }

    /// A rostered rest day with nothing on it: free to be called in.
    fn free(&self, d: usize) -> bool {
        self.days[d].shift == Shift::Off && self.extra[d].is_none() && self.rostered(d)
    }

    /// The positions of `len` days from `start`, as far as the period goes.
    fn block(&self, start: usize, len: usize) -> Range<usize> {
        start.min(self.days.len())..(start + len).min(self.days.len())
    }

    /// Lays `slot` over `len` days from `start` (leave, sickness).
    fn overlay(&mut self, start: usize, len: usize, slot: Slot) {
        let block = self.block(start, len);
        self.days[block].fill(slot);
    }

    /// Lays `slot` over the working days among `len` days from `start`,
    /// keeping the rest days (a course replaces shifts, not days off).
    fn overlay_work(&mut self, start: usize, len: usize, slot: Slot) {
        let block = self.block(start, len);
        for day in &mut self.days[block] {
            if !day.shift.is_rest() {
                *day = slot;
            }
        }
    }
}

/// Rest days worked are given back within this many days, or not at all.
const COMP_WINDOW: usize = 14;

/// Gives back a rest day worked on day `worked`: the officer's next plain
/// weekday day shift within two weeks on which `allowed` agrees becomes
/// compensatory time off. Returns that day, if there was one.
fn give_comp_day(
    sheet: &mut Sheet,
    worked: usize,
    t: &Timeline,
    allowed: impl Fn(usize) -> bool,
) -> Option<usize> {
    let end = (worked + 1 + COMP_WINDOW).min(sheet.days.len());
    let comp = (worked + 1..end).find(|&d| {
        sheet.days[d].shift == Shift::Day
            && sheet.extra[d].is_none()
            && sheet.rostered(d)
            && !t.office_rest[d]
            && allowed(d)
    })?;
    sheet.days[comp] = Slot::COMP;
    Some(comp)
}

/// A random start for a block of `len` days within planning year `year`.
fn block_start(rng: &mut Dice, year: &Range<usize>, len: usize) -> usize {
    year.start + between(rng, 0, (PLANNING_YEAR - len.min(PLANNING_YEAR)) as u32) as usize
}

/// The rota before anything is laid over it; `phase` staggers the officers.
fn base_days(rota: Rota, phase: usize, t: &Timeline) -> Vec<Slot> {
    match rota {
        Rota::Office => t
            .office_rest
            .iter()
            .map(|&rest| if rest { Slot::OFF } else { Slot::DAY8 })
            .collect(),
        Rota::Cycle(cycle) => (0..t.len())
            .map(|d| cycle[(d + phase) % cycle.len()])
            .collect(),
    }
}

/// Days of induction training for a recruit in the first year of service.
const INDUCTION_DAYS: usize = 10;
/// Chance in a year of an in-service training course (2-5 days).
const COURSE_RATE: f64 = 0.3;

fn add_training(rng: &mut Dice, sheet: &mut Sheet, officer: &Officer, t: &Timeline) {
    let recruit = completed_years(officer.service_start, t.dates[0]) < 1;
    for year in t.years() {
        let len = if recruit && year.start == 0 {
            INDUCTION_DAYS
        } else if chance(rng, COURSE_RATE) {
            between(rng, 2, 5) as usize
        } else {
            continue;
        };
        let start = block_start(rng, &year, len);
        sheet.overlay_work(start, len, Slot::TRAIN8);
    }
}

/// Chance in a year of a long sick spell (5-12 days), whatever the unit.
const LONG_SICK_RATE: f64 = 0.03;

fn add_sickness(rng: &mut Dice, profile: &Profile, sheet: &mut Sheet, t: &Timeline) {
    for year in t.years() {
        for (rate, lo, hi) in [(profile.sick_rate, 1, 4), (LONG_SICK_RATE, 5, 12)] {
            if chance(rng, rate) {
                let len = between(rng, lo, hi) as usize;
                let start = block_start(rng, &year, len);
                sheet.overlay(start, len, Slot::SICK);
            }
        }
    }
}

/// Leave longer than a week is taken in two blocks.
const LONGEST_BLOCK: usize = 7;
/// Tries at finding a block that keeps the unit's absences under its cap.
const LEAVE_TRIES: usize = 20;

/// Annual leave in contiguous blocks. A fixed share of the entitled officers
/// take some (so the unit's leave coverage is what its profile says), and the
/// unit spreads the blocks so that at most one officer in six is away at once.
fn schedule_leave(
    rng: &mut Dice,
    profile: &Profile,
    officers: &[Officer],
    sheets: &mut [Sheet],
    t: &Timeline,
) {
    let entitled: Vec<(usize, u32)> = officers
        .iter()
        .enumerate()
        .map(|(i, o)| {
            (
                i,
                leave_entitlement(completed_years(o.service_start, t.dates[0])),
            )
        })
        .filter(|&(_, days)| days > 0)
        .collect();
    let takers = (entitled.len() * profile.leave_takers_pct as usize).div_ceil(100);
    let takers = sample(rng, &entitled, takers);
    let cap = (officers.len() / 6).max(1) as u32;
    let mut away = vec![0u32; t.len()];
    for year in t.years() {
        for &(i, entitlement) in &takers {
            let (lo, hi) = profile.leave_used;
            let days = (f64::from(entitlement) * uniform(rng, lo, hi))
                .round()
                .max(1.0) as usize;
            let blocks = if days > LONGEST_BLOCK {
                vec![days / 2, days - days / 2]
            } else {
                vec![days]
            };
            for len in blocks {
                let start = leave_start(rng, &away, &year, len, cap);
                for d in sheets[i].block(start, len) {
                    away[d] += 1;
                }
                sheets[i].overlay(start, len, Slot::LEAVE);
            }
        }
    }
}

/// A start for `len` days of leave where fewer than `cap` are already away,
/// or the last one tried when the unit is too small to find one.
fn leave_start(rng: &mut Dice, away: &[u32], year: &Range<usize>, len: usize, cap: u32) -> usize {
    let mut start = block_start(rng, year, len);
    for _ in 1..LEAVE_TRIES {
        let span = start.min(away.len())..(start + len).min(away.len());
        if away[span].iter().all(|&a| a < cap) {
            break;
        }
        start = block_start(rng, year, len);
    }
    start
}

/// Reasons officers give for a rest day worked.
const CALL_IN_REASONS: [&str; 5] = [
    "休息日召回",
    "休息日召回",
    "紧急出警",
    "大型活动安保",
    "信访劝返",
];

fn extension(rng: &mut Dice, profile: &Profile) -> Extra {
    Extra {
        hours: half_hours(rng, 1.0, 4.0),
        compensated: if chance(rng, 0.5) {
            Compensation::Pay
        } else {
            Compensation::Owed
        },
        reason: pick(rng, profile.extension_reasons),
    }
}

/// Extra hours on a statutory holiday, paid at 300%.
fn holiday_duty(rng: &mut Dice, lo: f64, hi: f64) -> Extra {
    Extra {
        hours: half_hours(rng, lo, hi),
        compensated: Compensation::Pay,
        reason: "节日安保",
    }
}

/// A rest day worked: left owed at the unit's rate, otherwise given back as
/// time (a comp day, when one can be given) or paid.
fn call_in(rng: &mut Dice, profile: &Profile) -> Extra {
    let compensated = if chance(rng, profile.owed_share) {
        Compensation::Owed
    } else if chance(rng, 0.6) {
        Compensation::Time
    } else {
        Compensation::Pay
    };
    Extra {
        hours: half_hours(rng, 4.0, 8.0),
        compensated,
        reason: pick(rng, &CALL_IN_REASONS),
    }
}

/// The ordinary overtime of one officer: kept on after shifts, called in on
/// rest days, extra security on holidays.
fn add_overtime(rng: &mut Dice, profile: &Profile, sheet: &mut Sheet, t: &Timeline) {
    for d in 0..t.len() {
        if sheet.extra[d].is_some() || !sheet.rostered(d) {
            continue;
        }
        let holiday = t.holiday[d];
        let extra = match sheet.days[d].shift {
            Shift::Day | Shift::Night if holiday => {
                chance(rng, profile.holiday_event_rate).then(|| holiday_duty(rng, 2.0, 4.0))
            }
            Shift::Day | Shift::Night => {
                chance(rng, profile.extension_rate).then(|| extension(rng, profile))
            }
            Shift::Off if holiday => {
                chance(rng, profile.call_in_rate).then(|| holiday_duty(rng, 4.0, 8.0))
            }
            Shift::Off => chance(rng, profile.call_in_rate).then(|| call_in(rng, profile)),
            _ => None,
        };
        if let Some(mut extra) = extra {
            if extra.compensated == Compensation::Time
                && give_comp_day(sheet, d, t, |_| true).is_none()
            {
                extra.compensated = Compensation::Pay;
            }
            sheet.extra[d] = Some(extra);
        }
    }
}

/// Covers the office's rest days: in turn, `need` officers who are free that
/// day work it and get a comp day within the next two weeks, no more than a
/// quarter of the office on comp the same day (a long holiday break must not
/// empty the office on the first day back).
fn cover_rest_days(need: u32, sheets: &mut [Sheet], t: &Timeline) {
    let cap = (sheets.len() / 4).max(1) as u32;
    let mut on_comp = vec![0u32; t.len()];
    let mut turn = 0;
    for d in (0..t.len()).filter(|&d| t.office_rest[d]) {
        let mut covered = 0;
        for _ in 0..sheets.len() {
            if covered == need {
                break;
            }
            let sheet = &mut sheets[turn % sheets.len()];
            turn += 1;
            if sheet.free(d) {
                sheet.days[d] = Slot::DAY8;
                if let Some(comp) = give_comp_day(sheet, d, t, |c| on_comp[c] < cap) {
                    on_comp[comp] += 1;
                }
                covered += 1;
            }
        }
    }
}

/// The task force works 6 January to 9 February 2025, through Spring Festival.
const TASK_FORCE: (NaiveDate, NaiveDate) = (day_of_2025(1, 6), day_of_2025(2, 9));

/// Five weeks without a rest day: every day off post in the window is worked
/// (leave, sick and training days included: cancelled), every shift runs late.
fn task_force(rng: &mut Dice, sheet: &mut Sheet, t: &Timeline) {
    for d in t.span(TASK_FORCE.0, TASK_FORCE.1) {
        let (hours, compensated) = match sheet.days[d].shift {
            Shift::Duty24 => continue,
            Shift::Day | Shift::Night => ((2.0, 4.0), Compensation::Owed),
            _ => {
                sheet.days[d] = Slot::OFF;
                ((8.0, 10.0), Compensation::Pay)
            }
        };
        sheet.extra[d] = Some(Extra {
            hours: half_hours(rng, hours.0, hours.1),
            compensated,
            reason: "专案攻坚",
        });
    }
}

/// Rest days an unpaid officer is called in on in a year.
const UNPAID_CALL_INS: usize = 16;

/// Called in on sixteen ordinary rest days of the year, 6-8 h each, and never
/// compensated: at least 96 h, twelve comp days owed.
fn unpaid_call_ins(rng: &mut Dice, sheet: &mut Sheet, t: &Timeline) {
    for year in t.years() {
        let free: Vec<usize> = year
            .filter(|&d| d < t.len() && sheet.free(d) && !t.holiday[d])
            .collect();
        for d in sample(rng, &free, UNPAID_CALL_INS) {
            sheet.extra[d] = Some(Extra {
                hours: half_hours(rng, 6.0, 8.0),
                compensated: Compensation::Owed,
                reason: "休息日召回",
            });
        }
    }
}

/// Days of roster a data gap loses.
const GAP_DAYS: usize = 3;
/// Shorter periods keep their roster whole.
const GAP_MIN_PERIOD: usize = 28;

/// A few days in the middle third of the period with no roster row.
fn roster_gap(rng: &mut Dice, sheet: &mut Sheet, t: &Timeline) {
    let n = t.len();
    if n < GAP_MIN_PERIOD {
        return;
    }
    let start = n / 3 + between(rng, 0, (n / 3) as u32) as usize;
    sheet.gap = start..(start + GAP_DAYS).min(n);
    for d in sheet.gap.clone() {
        sheet.extra[d] = None;
    }
}

/// The unit's officer who first has `role`, if any.
fn first_with(officers: &[Officer], role: Role) -> Option<usize> {
    officers.iter().position(|o| o.role == role)
}

fn apply_incidents(
    rng: &mut Dice,
    plan: &UnitPlan,
    officers: &[Officer],
    sheets: &mut [Sheet],
    t: &Timeline,
) {
    for incident in plan.incidents {
        match incident {
            Incident::TaskForce => {
                if let Some(i) = first_with(officers, Role::Investigator) {
                    task_force(rng, &mut sheets[i], t);
                }
            }
            Incident::UnpaidCallIns => {
                if let Some(i) = first_with(officers, Role::Patrol) {
                    unpaid_call_ins(rng, &mut sheets[i], t);
                }
            }
            Incident::RosterGap => {
                if let Some(sheet) = sheets.last_mut() {
                    roster_gap(rng, sheet, t);
                }
            }
            Incident::AreaHoarding | Incident::InspectionStorm | Incident::MeetingStorm => {}
        }
    }
}

/// The sheets of one unit's officers (`officers` are that unit's).
fn unit_sheets(rng: &mut Dice, plan: &UnitPlan, officers: &[Officer], t: &Timeline) -> Vec<Sheet> {
    let profile = plan.profile;
    let mut sheets: Vec<Sheet> = (0..officers.len())
        .map(|phase| Sheet::new(base_days(profile.rota, phase, t)))
        .collect();
    for (sheet, officer) in sheets.iter_mut().zip(officers) {
        add_training(rng, sheet, officer, t);
    }
    schedule_leave(rng, profile, officers, &mut sheets, t);
    for sheet in &mut sheets {
        add_sickness(rng, profile, sheet, t);
    }
    apply_incidents(rng, plan, officers, &mut sheets, t);
    if profile.rota == Rota::Office {
        cover_rest_days(plan.unit.min_on_duty, &mut sheets, t);
    }
    for sheet in &mut sheets {
        add_overtime(rng, profile, sheet, t);
    }
    sheets
}

/// Appends one officer's roster rows and overtime entries.
fn write_sheet(
    o: OfficerIdx,
    sheet: &Sheet,
    t: &Timeline,
    rows: &mut Vec<(OfficerIdx, RosterEntry)>,
    overtime: &mut Vec<(OfficerIdx, Overtime)>,
) {
    for (d, (slot, extra)) in sheet.days.iter().zip(&sheet.extra).enumerate() {
        if !sheet.rostered(d) {
            continue;
        }
        let date = t.dates[d];
        rows.push((
            o,
            RosterEntry {
                date,
                shift: slot.shift,
                hours: slot.hours,
            },
        ));
        if let Some(e) = extra {
            overtime.push((
                o,
                Overtime {
                    date,
                    hours: e.hours,
                    compensated: e.compensated,
                    reason: e.reason.into(),
                },
            ));
        }
    }
}

/// The roster and overtime book of the whole bureau.
pub fn draw_up(
    rng: &mut Dice,
    plans: &[UnitPlan],
    officers: &[Officer],
    t: &Timeline,
) -> (Roster, OvertimeBook) {
    let mut rows = Vec::with_capacity(officers.len() * t.len());
    let mut overtime = Vec::new();
    if !t.is_empty() {
        for plan in plans {
            let sheets = unit_sheets(rng, plan, &officers[plan.officers.clone()], t);
            for (o, sheet) in plan.officers.clone().zip(&sheets) {
                write_sheet(o as OfficerIdx, sheet, t, &mut rows, &mut overtime);
            }
        }
    }
    (
        Roster::from_rows(officers.len(), rows),
        OvertimeBook::from_rows(officers.len(), overtime),
    )
}
