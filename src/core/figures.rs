//! Every workload figure of the data contract (section 2), computed in plain
//! Rust over the loaded bureau.
//!
//! One pass per officer over a day buffer the length of the period (reused
//! between officers), then one pass per unit over the rows of the officer-days
//! served there (contract v2: an officer who moves counts at each unit for
//! the days they are there). This is linear in roster rows plus officers x
//! days. Each officer's and each unit's figures are a function of their own,
//! so a scenario recomputes only those it touches (`crate::core::check::Engine`);
//! see docs/performance.md for the measurements.

use crate::core::model::{Bureau, Compensation, OfficerIdx, Role, Shift, Stint, UnitIdx};
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
    pub service_days: u32,
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
    /// Officer-equivalents: officer-days at the unit / days of the period.
    pub officers: f64,
    pub officer_days: u32,
    /// Officers serving at the unit on the period's last day.
    pub headcount: u32,
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
    /// Visits per calendar quarter (its first day), per day, and meetings
    /// per ISO week (its Monday), with counts: what the maxima above are
    /// the largest of (not in the JSON).
    #[serde(skip)]
    pub inspections_by_quarter: Vec<(NaiveDate, u32)>,
    #[serde(skip)]
    pub inspections_by_day: Vec<(NaiveDate, u32)>,
    #[serde(skip)]
    pub meetings_by_week: Vec<(NaiveDate, u32)>,
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

/// Who serves where over a period, and what each unit received, grouped
/// once: what the figures of one officer or one unit read besides the rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Staffing {
    /// Every officer's runs of days at a unit, officer after officer
    /// (`stints_of` gives one officer's).
    stints: Vec<Stint>,
    offsets: Vec<usize>,
    /// Each unit's officers (those with a stint there), by index.
    pub members: Vec<Vec<OfficerIdx>>,
    /// Each unit's officers serving there on the period's last day.
    pub at_end: Vec<Vec<OfficerIdx>>,
    /// Each unit's inspection visits and meetings in the period (indices).
    visits: Vec<Vec<usize>>,
    sittings: Vec<Vec<usize>>,
    /// Each officer's areas: households, residents, areas.
    held: Vec<(u64, u64, u32)>,
    /// Each unit's areas: households, residents.
    areas: Vec<(u64, u64)>,
}

impl Staffing {
    /// Officer `o`'s runs of days at a unit, in order.
    pub fn stints_of(&self, o: OfficerIdx) -> &[Stint] {
        &self.stints[self.offsets[o as usize]..self.offsets[o as usize + 1]]
    }

    /// Officer `o`'s areas: households, residents, areas.
    pub fn held(&self, o: OfficerIdx) -> (u64, u64, u32) {
        self.held[o as usize]
    }

    /// Unit `u`'s areas: households, residents.
    pub fn areas(&self, u: UnitIdx) -> (u64, u64) {
        self.areas[u as usize]
    }

    /// Unit `u`'s inspection visits in the period.
    pub fn visits<'b>(
        &self,
        bureau: &'b Bureau,
        u: UnitIdx,
    ) -> impl Iterator<Item = &'b crate::core::model::Inspection> {
        self.visits[u as usize]
            .iter()
            .map(|&i| &bureau.inspections[i])
    }

    /// Unit `u`'s meetings in the period.
    pub fn sittings<'b>(
        &self,
        bureau: &'b Bureau,
        u: UnitIdx,
    ) -> impl Iterator<Item = &'b crate::core::model::Meeting> {
        self.sittings[u as usize]
            .iter()
            .map(|&i| &bureau.meetings[i])
    }

    pub fn new(bureau: &Bureau, period: Period) -> Staffing {
        let n_units = bureau.units.len();
        let last = period.days() - 1;
        let mut stints: Vec<Stint> = Vec::with_capacity(bureau.officers.len() + 64);
        let mut offsets = Vec::with_capacity(bureau.officers.len() + 1);
        offsets.push(0);
        for (o, officer) in bureau.officers.iter().enumerate() {
            crate::core::model::stints_into(
                &mut stints,
                officer.service_start,
                officer.unit,
                bureau
                    .assignments_of(o as OfficerIdx)
                    .iter()
                    .map(|a| (a.from, a.unit)),
                period,
            );
            offsets.push(stints.len());
        }
        let mut members = vec![Vec::new(); n_units];
        let mut at_end = vec![Vec::new(); n_units];
        for o in 0..bureau.officers.len() {
            let list = &stints[offsets[o]..offsets[o + 1]];
            for s in list {
                let m: &mut Vec<OfficerIdx> = &mut members[s.unit as usize];
                if m.last() != Some(&(o as OfficerIdx)) {
                    m.push(o as OfficerIdx);
                }
            }
            if let Some(s) = list.last().filter(|s| s.contains(last)) {
                at_end[s.unit as usize].push(o as OfficerIdx);
            }
        }
        let mut visits = vec![Vec::new(); n_units];
        for (i, v) in bureau.inspections.iter().enumerate() {
            if period.contains(v.date) {
                visits[v.unit as usize].push(i);
            }
        }
        let mut sittings = vec![Vec::new(); n_units];
        for (i, m) in bureau.meetings.iter().enumerate() {
            if period.contains(m.date) {
                sittings[m.unit as usize].push(i);
            }
        }
        let mut held = vec![(0, 0, 0); bureau.officers.len()];
        let mut areas = vec![(0, 0); n_units];
        for area in &bureau.areas {
            if let Some(o) = area.officer {
                let h = &mut held[o as usize];
                h.0 += area.households;
                h.1 += area.residents;
                h.2 += 1;
            }
            let a = &mut areas[area.unit as usize];
            a.0 += area.households;
            a.1 += area.residents;
        }
        Staffing {
            stints,
            offsets,
            members,
            at_end,
            visits,
            sittings,
            held,
            areas,
        }
    }
}

/// Computes every figure of the contract for `bureau` over `period`.
pub fn compute(bureau: &Bureau, period: Period, standard_weekly_hours: f64) -> Figures {
    compute_with(
        bureau,
        period,
        standard_weekly_hours,
        &Staffing::new(bureau, period),
    )
}

/// `compute`, with the bureau's staffing over the period already grouped.
pub fn compute_with(
    bureau: &Bureau,
    period: Period,
    standard_weekly_hours: f64,
    staffing: &Staffing,
) -> Figures {
    let mut buf = DayBuffer::new(period);
    let officers: Vec<OfficerFigures> = (0..bureau.officers.len() as OfficerIdx)
        .map(|o| officer(bureau, period, staffing, o, &mut buf))
        .collect();
    let units = (0..bureau.units.len() as UnitIdx)
        .map(|u| {
            unit(
                bureau,
                period,
                standard_weekly_hours,
                staffing,
                &officers,
                u,
            )
        })
        .collect();
    Figures {
        period,
        standard_weekly_hours,
        units,
        officers,
    }
}

/// Per-officer scratch space, reused across officers.
pub struct DayBuffer {
    hours: Vec<f64>,
    shift: Vec<Option<Shift>>,
    month_overtime: Vec<f64>,
    first_month: i32,
}

impl DayBuffer {
    pub fn new(period: Period) -> Self {
        let first_month = month_key(period.start);
        let months = (month_key(period.end) - first_month + 1) as usize;
        DayBuffer {
            hours: vec![0.0; period.days()],
            shift: vec![None; period.days()],
            month_overtime: vec![0.0; months],
            first_month,
        }
    }

    fn clear(&mut self) {
        self.hours.fill(0.0);
        self.shift.fill(None);
        self.month_overtime.fill(0.0);
    }
}

/// The overtime class of an entry on `date`, given the officer's shift that day.
pub fn overtime_class(bureau: &Bureau, date: NaiveDate, shift: Option<Shift>) -> OvertimeClass {
    if bureau.calendar.is_holiday(date) {
        OvertimeClass::Holiday
    } else if shift.is_none_or(|s| s.is_rest()) {
        OvertimeClass::RestDay
    } else {
        OvertimeClass::Extension
    }
}

/// The figures of officer `o` (contract section 2, per officer).
pub fn officer(
    bureau: &Bureau,
    period: Period,
    staffing: &Staffing,
    o: OfficerIdx,
    buf: &mut DayBuffer,
) -> OfficerFigures {
    buf.clear();
    let mut leave_taken_days = 0;
    let mut duty_days = 0;
    for e in bureau.roster.of(o) {
        if let Some(i) = period.index(e.date) {
            buf.hours[i] = e.hours;
            buf.shift[i] = Some(e.shift);
            leave_taken_days += u32::from(e.shift == Shift::Leave);
            duty_days += u32::from(e.shift.is_duty());
        }
    }

    let mut by_class = OvertimeByClass::default();
    let (mut overtime_hours, mut outstanding, mut outstanding_rest_day) = (0.0, 0.0, 0.0);
    for ot in bureau.overtime.of(o) {
        let Some(i) = period.index(ot.date) else {
            continue;
        };
        buf.hours[i] += ot.hours;
        buf.month_overtime[(month_key(ot.date) - buf.first_month) as usize] += ot.hours;
        overtime_hours += ot.hours;
        let class = overtime_class(bureau, ot.date, buf.shift[i]);
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

    // fold from +0.0: an empty f64 sum is -0.0, which would print as "-0".
    let worked_hours = buf.hours.iter().fold(0.0, |a, h| a + h);
    let stints = staffing.stints_of(o);
    let service_days: usize = stints.iter().map(Stint::days).sum();
    let rest_days = stints
        .iter()
        .flat_map(|s| &buf.hours[s.start..s.end])
        .filter(|&&h| h <= 0.0)
        .count() as u32;
    let (mut run, mut best, mut best_end) = (0u32, 0u32, 0usize);
    for (i, &h) in buf.hours.iter().enumerate() {
        if h > 0.0 {
            run += 1;
            if run > best {
                best = run;
                best_end = i;
            }
        } else {
            run = 0;
        }
    }
    let (mut max_week, mut max_week_start) = (0.0, None);
    for s in period.full_week_starts() {
        let sum = buf.hours[s..s + 7].iter().fold(0.0, |a, h| a + h);
        if max_week_start.is_none() || sum > max_week {
            max_week = sum;
            max_week_start = Some(period.date(s));
        }
    }
    let (mut max_month, mut max_month_at) = (0.0, None);
    for (m, &h) in buf.month_overtime.iter().enumerate() {
        if h > max_month {
            max_month = h;
            let key = buf.first_month + m as i32;
            max_month_at =
                NaiveDate::from_ymd_opt(key.div_euclid(12), key.rem_euclid(12) as u32 + 1, 1);
        }
    }
    let years = completed_years(bureau.officer(o).service_start, period.start);
    let (households, residents, areas) = staffing.held[o as usize];
    OfficerFigures {
        service_days: service_days as u32,
        worked_hours,
        avg_weekly_hours: if service_days > 0 {
            worked_hours * 7.0 / service_days as f64
        } else {
            0.0
        },
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
    }
}

/// The figures of unit `u` (contract section 2, per unit): over the
/// officer-days its officers serve there. `officers` are every officer's
/// figures (for leave coverage).
pub fn unit(
    bureau: &Bureau,
    period: Period,
    standard_weekly_hours: f64,
    staffing: &Staffing,
    officers: &[OfficerFigures],
    u: UnitIdx,
) -> UnitFigures {
    let days = period.days();
    let mut daily_on_duty = vec![0u32; days];
    let (mut officer_days, mut worked_hours, mut overtime_hours) = (0usize, 0.0, 0.0);
    for &o in &staffing.members[u as usize] {
        for s in staffing.stints_of(o).iter().filter(|s| s.unit == u) {
            officer_days += s.days();
            let (a, b) = (period.date(s.start), period.date(s.end - 1));
            let rows = bureau.roster.of(o);
            let from = rows.partition_point(|e| e.date < a);
            for e in rows[from..].iter().take_while(|e| e.date <= b) {
                worked_hours += e.hours;
                if e.shift.is_duty() {
                    daily_on_duty[period.offset(e.date)] += 1;
                }
            }
            let rows = bureau.overtime.of(o);
            let from = rows.partition_point(|e| e.date < a);
            for ot in rows[from..].iter().take_while(|e| e.date <= b) {
                worked_hours += ot.hours;
                overtime_hours += ot.hours;
            }
        }
    }
    let at_end = &staffing.at_end[u as usize];
    let community_officers = at_end
        .iter()
        .filter(|&&o| bureau.officer(o).role == Role::Community)
        .count() as u32;
    let (mut leave_entitled, mut leave_takers) = (0, 0);
    for &o in at_end {
        let f = &officers[o as usize];
        if f.leave_entitlement_days > 0 {
            leave_entitled += 1;
            leave_takers += u32::from(f.leave_taken_days > 0);
        }
    }
    let (households, residents) = staffing.areas[u as usize];

    // Inspections, by quarter and by day.
    let mut inspection_hours = 0.0;
    let mut by_quarter: BTreeMap<i32, u32> = BTreeMap::new();
    let mut by_day: BTreeMap<NaiveDate, u32> = BTreeMap::new();
    for &i in &staffing.visits[u as usize] {
        let visit = &bureau.inspections[i];
        inspection_hours += visit.hours;
        *by_quarter.entry(quarter_key(visit.date)).or_default() += 1;
        *by_day.entry(visit.date).or_default() += 1;
    }
    let inspections_by_quarter: Vec<(NaiveDate, u32)> = by_quarter
        .into_iter()
        .filter_map(|(q, n)| {
            Some((
                NaiveDate::from_ymd_opt(q.div_euclid(4), q.rem_euclid(4) as u32 * 3 + 1, 1)?,
                n,
            ))
        })
        .collect();
    let (mut max_inspections_per_quarter, mut max_inspection_quarter) = (0, None);
    for &(quarter, count) in &inspections_by_quarter {
        if count > max_inspections_per_quarter {
            max_inspections_per_quarter = count;
            max_inspection_quarter = Some(quarter);
        }
    }
    let inspections_by_day: Vec<(NaiveDate, u32)> = by_day.into_iter().collect();
    let mut busiest_inspection_day: Option<(NaiveDate, u32)> = None;
    let mut stacked_inspection_days = 0;
    for &(day, count) in &inspections_by_day {
        stacked_inspection_days += u32::from(count >= 2);
        if busiest_inspection_day.is_none_or(|(_, most)| count > most) {
            busiest_inspection_day = Some((day, count));
        }
    }

    // Meetings, by ISO week (a week only partly in the period still counts,
    // with the meetings that fall in the period).
    let mut person_hours = 0.0;
    let mut by_week: BTreeMap<NaiveDate, u32> = BTreeMap::new();
    for &i in &staffing.sittings[u as usize] {
        let m = &bureau.meetings[i];
        person_hours += m.hours * m.attendees as f64;
        *by_week.entry(week_monday(m.date)).or_default() += 1;
    }
    let meetings_by_week: Vec<(NaiveDate, u32)> = by_week.into_iter().collect();
    let (mut max_meetings_per_week, mut max_meeting_week) = (0, None);
    for &(monday, count) in &meetings_by_week {
        if count > max_meetings_per_week {
            max_meetings_per_week = count;
            max_meeting_week = Some(monday);
        }
    }

    let officers_eq = officer_days as f64 / days as f64;
    let min_on_duty = bureau.unit(u).min_on_duty;
    UnitFigures {
        officers: officers_eq,
        officer_days: officer_days as u32,
        headcount: at_end.len() as u32,
        worked_hours,
        overtime_hours,
        load_ratio: if officer_days > 0 {
            worked_hours / (officer_days as f64 * standard_weekly_hours / 7.0)
        } else {
            0.0
        },
        understaffed_days: daily_on_duty.iter().filter(|&&c| c < min_on_duty).count() as u32,
        households,
        residents,
        community_officers,
        households_per_community_officer: (community_officers > 0)
            .then(|| households as f64 / community_officers as f64),
        inspections: staffing.visits[u as usize].len() as u32,
        max_inspections_per_quarter,
        stacked_inspection_days,
        inspection_hours,
        meetings: staffing.sittings[u as usize].len() as u32,
        max_meetings_per_week,
        meeting_hours_per_officer: if officer_days > 0 {
            person_hours / officers_eq
        } else {
            0.0
        },
        leave_coverage: (leave_entitled > 0).then(|| leave_takers as f64 / leave_entitled as f64),
        leave_entitled,
        leave_takers,
        max_inspection_quarter,
        busiest_inspection_day,
        max_meeting_week,
        daily_on_duty,
        inspections_by_quarter,
        inspections_by_day,
        meetings_by_week,
    }
}
