//! Every workload figure of the data contract (section 2), computed in plain
//! Rust over the loaded bureau.
//!
//! One pass per officer over a day buffer the length of the period (reused
//! between officers), then one pass per unit. This is linear in roster rows
//! plus officers x days, which keeps a 5,000-officer year well under the
//! interactive budget; see docs/performance.md for the measurement.

use crate::core::model::{Bureau, Compensation, OfficerIdx, Role, Shift};
use crate::core::period::{Period, month_key, quarter_key, week_monday};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;

/// Hours of rest-day overtime that make one compensatory day.
pub const HOURS_PER_COMP_DAY: f64 = 8.0;

/// Tolerance for floors of sums of decimal hours (7.9 + 0.1 must be 8).
const EPS: f64 = 1e-9;

/// Overtime classes with their statutory pay factors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OvertimeClass {
    /// Beyond the normal day on a work day: 150%.
    Extension,
    /// On a rest day: 200%, or time off instead.
    RestDay,
    /// On a statutory holiday: 300%.
    Holiday,
}

impl OvertimeClass {
    pub fn pay_factor(self) -> f64 {
        match self {
            OvertimeClass::Extension => 1.5,
            OvertimeClass::RestDay => 2.0,
            OvertimeClass::Holiday => 3.0,
        }
    }
}

/// Overtime hours by class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct OvertimeByClass {
    pub extension: f64,
    pub rest_day: f64,
    pub holiday: f64,
}

/// The figures of one officer. Field names are the contract's JSON keys;
/// fields after `residents` are additions that explain them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OfficerFigures {
    pub worked_hours: f64,
    pub avg_weekly_hours: f64,
    pub max_weekly_hours: f64,
    pub overtime_hours: f64,
    pub max_monthly_overtime: f64,
    pub longest_work_streak: u32,
    pub rest_days: u32,
    pub outstanding_overtime_hours: f64,
    pub comp_days_owed: u32,
    pub leave_entitlement_days: u32,
    pub leave_taken_days: u32,
    pub households: u64,
    pub residents: u64,
    /// Monday of the week behind `max_weekly_hours`.
    pub max_week_start: Option<NaiveDate>,
    /// First day of the month behind `max_monthly_overtime`.
    pub max_overtime_month: Option<NaiveDate>,
    /// First day of the longest work streak.
    pub streak_start: Option<NaiveDate>,
    pub overtime_by_class: OvertimeByClass,
    /// Rest-day overtime hours neither paid nor given back (drives comp days).
    pub outstanding_rest_day_hours: f64,
    pub duty_days: u32,
    pub areas: u32,
    pub years_of_service: i32,
}

/// The figures of one unit. Field names are the contract's JSON keys;
/// fields after `leave_coverage` are additions that explain them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitFigures {
    pub officers: u32,
    pub worked_hours: f64,
    pub overtime_hours: f64,
    pub load_ratio: f64,
    pub understaffed_days: u32,
    pub households: u64,
    pub residents: u64,
    pub community_officers: u32,
    pub households_per_community_officer: Option<f64>,
    pub inspections: u32,
    pub max_inspections_per_quarter: u32,
    pub stacked_inspection_days: u32,
    pub inspection_hours: f64,
    pub meetings: u32,
    pub max_meetings_per_week: u32,
    pub meeting_hours_per_officer: f64,
    pub leave_coverage: Option<f64>,
    /// Officers entitled to annual leave, and those of them who took some.
    pub leave_entitled: u32,
    pub leave_takers: u32,
    /// First day of the quarter behind `max_inspections_per_quarter`.
    pub max_inspection_quarter: Option<NaiveDate>,
    /// The day with the most inspection visits, and how many came.
    pub busiest_inspection_day: Option<(NaiveDate, u32)>,
    /// Monday of the week behind `max_meetings_per_week`.
    pub max_meeting_week: Option<NaiveDate>,
    /// Officers on duty on each day of the period (not in the JSON: one
    /// number a day, for charts).
    #[serde(skip)]
    pub daily_on_duty: Vec<u32>,
}

/// All figures of a bureau over a period, indexed like `Bureau::units` and
/// `Bureau::officers`.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    pub period: Period,
    pub standard_weekly_hours: f64,
    pub units: Vec<UnitFigures>,
    pub officers: Vec<OfficerFigures>,
}

/// Completed years from `start` to `at` (an anniversary on 29 February
/// counts as completed on 1 March in common years).
pub fn completed_years(start: NaiveDate, at: NaiveDate) -> i32 {
    let mut years = at.year() - start.year();
    if (at.month(), at.day()) < (start.month(), start.day()) {
        years -= 1;
    }
    years
}

/// Statutory annual leave (days) for completed years of service.
pub fn leave_entitlement(years: i32) -> u32 {
    match years {
        i32::MIN..=0 => 0,
        1..=9 => 5,
        10..=19 => 10,
        _ => 15,
    }
}

/// Computes every figure of the contract for `bureau` over `period`.
pub fn compute(bureau: &Bureau, period: Period, standard_weekly_hours: f64) -> Figures {
    let days = period.days();
    let n_units = bureau.units.len();
    let mut on_duty = vec![0u32; n_units * days];

    // Overtime rows in the period, grouped by officer (stable: file order within an officer).
    let mut overtime: Vec<usize> = (0..bureau.overtime.len())
        .filter(|&i| period.contains(bureau.overtime[i].date))
        .collect();
    overtime.sort_by_key(|&i| bureau.overtime[i].officer);

    let mut area_sums = vec![(0u64, 0u64, 0u32); bureau.officers.len()];
    for area in &bureau.areas {
        if let Some(o) = area.officer {
            let s = &mut area_sums[o as usize];
            s.0 += area.households;
            s.1 += area.residents;
            s.2 += 1;
        }
    }

    let first_month = month_key(period.start);
    let months = (month_key(period.end) - first_month + 1) as usize;
    let mut buf = DayBuffer::new(days, months);
    let mut ot_cursor = 0;
    let mut officers = Vec::with_capacity(bureau.officers.len());
    for (o, officer) in bureau.officers.iter().enumerate() {
        buf.clear();
        let unit_row = &mut on_duty[officer.unit as usize * days..][..days];
        let mut leave_taken_days = 0;
        let mut duty_days = 0;
        for e in bureau.roster.of(o as OfficerIdx) {
            if let Some(i) = period.index(e.date) {
                buf.hours[i] = e.hours;
                buf.shift[i] = Some(e.shift);
                if e.shift == Shift::Leave {
                    leave_taken_days += 1;
                }
                if e.shift.is_duty() {
                    unit_row[i] += 1;
                    duty_days += 1;
                }
            }
        }

        let mut by_class = OvertimeByClass::default();
        let (mut overtime_hours, mut outstanding, mut outstanding_rest_day) = (0.0, 0.0, 0.0);
        while ot_cursor < overtime.len()
            && bureau.overtime[overtime[ot_cursor]].officer as usize == o
        {
            let ot = &bureau.overtime[overtime[ot_cursor]];
            ot_cursor += 1;
            let i = (ot.date - period.start).num_days() as usize;
            buf.hours[i] += ot.hours;
            buf.month_overtime[(month_key(ot.date) - first_month) as usize] += ot.hours;
            overtime_hours += ot.hours;
            let class = if bureau.calendar.is_holiday(ot.date) {
                OvertimeClass::Holiday
            } else if buf.shift[i].is_none_or(|s| s.is_rest()) {
                OvertimeClass::RestDay
            } else {
                OvertimeClass::Extension
            };
            match class {
                OvertimeClass::Extension => by_class.extension += ot.hours,
                OvertimeClass::RestDay => by_class.rest_day += ot.hours,
                OvertimeClass::Holiday => by_class.holiday += ot.hours,
            }
            if ot.compensated == Compensation::Owed {
                outstanding += ot.hours;
                if class == OvertimeClass::RestDay {
                    outstanding_rest_day += ot.hours;
                }
            }
        }

        let worked_hours: f64 = buf.hours.iter().sum();
        let (mut rest_days, mut run, mut best, mut best_end) = (0u32, 0u32, 0u32, 0usize);
        for (i, &h) in buf.hours.iter().enumerate() {
            if h > 0.0 {
                run += 1;
                if run > best {
                    best = run;
                    best_end = i;
                }
            } else {
                rest_days += 1;
                run = 0;
            }
        }
        let (mut max_week, mut max_week_start) = (0.0, None);
        for s in period.full_week_starts() {
            let sum: f64 = buf.hours[s..s + 7].iter().sum();
            if max_week_start.is_none() || sum > max_week {
                max_week = sum;
                max_week_start = Some(period.date(s));
            }
        }
        let (mut max_month, mut max_month_at) = (0.0, None);
        for (m, &h) in buf.month_overtime.iter().enumerate() {
            if h > max_month {
                max_month = h;
                let key = first_month + m as i32;
                max_month_at =
                    NaiveDate::from_ymd_opt(key.div_euclid(12), key.rem_euclid(12) as u32 + 1, 1);
            }
        }
        let years = completed_years(officer.service_start, period.start);
        let (households, residents, areas) = area_sums[o];
        officers.push(OfficerFigures {
            worked_hours,
            avg_weekly_hours: worked_hours * 7.0 / days as f64,
            max_weekly_hours: max_week,
            overtime_hours,
            max_monthly_overtime: max_month,
            longest_work_streak: best,
            rest_days,
            outstanding_overtime_hours: outstanding,
            comp_days_owed: (outstanding_rest_day / HOURS_PER_COMP_DAY + EPS).floor() as u32,
            leave_entitlement_days: leave_entitlement(years),
            leave_taken_days,
            households,
            residents,
            max_week_start,
            max_overtime_month: max_month_at,
            streak_start: (best > 0).then(|| period.date(best_end + 1 - best as usize)),
            overtime_by_class: by_class,
            outstanding_rest_day_hours: outstanding_rest_day,
            duty_days,
            areas,
            years_of_service: years,
        });
    }

    let units = unit_figures(bureau, period, standard_weekly_hours, &officers, on_duty);
    Figures {
        period,
        standard_weekly_hours,
        units,
        officers,
    }
}

/// Per-officer scratch space, reused across officers.
struct DayBuffer {
    hours: Vec<f64>,
    shift: Vec<Option<Shift>>,
    month_overtime: Vec<f64>,
}

impl DayBuffer {
    fn new(days: usize, months: usize) -> Self {
        DayBuffer {
            hours: vec![0.0; days],
            shift: vec![None; days],
            month_overtime: vec![0.0; months],
        }
    }

    fn clear(&mut self) {
        self.hours.fill(0.0);
        self.shift.fill(None);
        self.month_overtime.fill(0.0);
    }
}

fn unit_figures(
    bureau: &Bureau,
    period: Period,
    standard_weekly_hours: f64,
    officers: &[OfficerFigures],
    on_duty: Vec<u32>,
) -> Vec<UnitFigures> {
    let days = period.days();
    let mut units: Vec<UnitFigures> = (0..bureau.units.len())
        .map(|u| UnitFigures {
            officers: 0,
            worked_hours: 0.0,
            overtime_hours: 0.0,
            load_ratio: 0.0,
            understaffed_days: 0,
            households: 0,
            residents: 0,
            community_officers: 0,
            households_per_community_officer: None,
            inspections: 0,
            max_inspections_per_quarter: 0,
            stacked_inspection_days: 0,
            inspection_hours: 0.0,
            meetings: 0,
            max_meetings_per_week: 0,
            meeting_hours_per_officer: 0.0,
            leave_coverage: None,
            leave_entitled: 0,
            leave_takers: 0,
            max_inspection_quarter: None,
            busiest_inspection_day: None,
            max_meeting_week: None,
            daily_on_duty: on_duty[u * days..(u + 1) * days].to_vec(),
        })
        .collect();

    for (officer, f) in bureau.officers.iter().zip(officers) {
        let u = &mut units[officer.unit as usize];
        u.officers += 1;
        u.worked_hours += f.worked_hours;
        u.overtime_hours += f.overtime_hours;
        if officer.role == Role::Community {
            u.community_officers += 1;
        }
        if f.leave_entitlement_days > 0 {
            u.leave_entitled += 1;
            if f.leave_taken_days > 0 {
                u.leave_takers += 1;
            }
        }
    }
    for area in &bureau.areas {
        let u = &mut units[area.unit as usize];
        u.households += area.households;
        u.residents += area.residents;
    }

    // Inspections: by quarter and by day, per unit.
    let mut by_quarter: BTreeMap<(u32, i32), u32> = BTreeMap::new();
    let mut by_day: BTreeMap<(u32, NaiveDate), u32> = BTreeMap::new();
    for visit in bureau
        .inspections
        .iter()
        .filter(|v| period.contains(v.date))
    {
        let u = &mut units[visit.unit as usize];
        u.inspections += 1;
        u.inspection_hours += visit.hours;
        *by_quarter
            .entry((visit.unit, quarter_key(visit.date)))
            .or_default() += 1;
        *by_day.entry((visit.unit, visit.date)).or_default() += 1;
    }
    for ((unit, quarter), count) in by_quarter {
        let u = &mut units[unit as usize];
        if count > u.max_inspections_per_quarter {
            u.max_inspections_per_quarter = count;
            u.max_inspection_quarter = NaiveDate::from_ymd_opt(
                quarter.div_euclid(4),
                quarter.rem_euclid(4) as u32 * 3 + 1,
                1,
            );
        }
    }
    for ((unit, day), count) in by_day {
        let u = &mut units[unit as usize];
        if count >= 2 {
            u.stacked_inspection_days += 1;
        }
        if u.busiest_inspection_day
            .is_none_or(|(_, most)| count > most)
        {
            u.busiest_inspection_day = Some((day, count));
        }
    }

    // Meetings: by ISO week (a week that only partly lies in the period still
    // counts, with the meetings that fall in the period).
    let mut by_week: BTreeMap<(u32, NaiveDate), u32> = BTreeMap::new();
    let mut person_hours = vec![0.0; units.len()];
    for m in bureau.meetings.iter().filter(|m| period.contains(m.date)) {
        units[m.unit as usize].meetings += 1;
        person_hours[m.unit as usize] += m.hours * m.attendees as f64;
        *by_week.entry((m.unit, week_monday(m.date))).or_default() += 1;
    }
    for ((unit, monday), count) in by_week {
        let u = &mut units[unit as usize];
        if count > u.max_meetings_per_week {
            u.max_meetings_per_week = count;
            u.max_meeting_week = Some(monday);
        }
    }

    for (idx, (unit, u)) in bureau.units.iter().zip(units.iter_mut()).enumerate() {
        let n = u.officers as f64;
        if u.officers > 0 {
            u.load_ratio = u.worked_hours / (n * standard_weekly_hours * days as f64 / 7.0);
            u.meeting_hours_per_officer = person_hours[idx] / n;
        }
        u.understaffed_days = u
            .daily_on_duty
            .iter()
            .filter(|&&c| c < unit.min_on_duty)
            .count() as u32;
        if u.community_officers > 0 {
            u.households_per_community_officer =
                Some(u.households as f64 / u.community_officers as f64);
        }
        if u.leave_entitled > 0 {
            u.leave_coverage = Some(u.leave_takers as f64 / u.leave_entitled as f64);
        }
    }
    units
}
