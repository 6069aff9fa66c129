//! A unit's roster as a station keeps it (排班表): one sheet per month, a row
//! per officer serving there, a cell per day, each officer's totals and,
//! per day, the officers on duty against the minimum. Made from a checked
//! bureau (the proposed one, for an export), the on-duty counts taken from
//! its figures: the sheet and the figures never disagree.

use crate::core::check::Checked;
use crate::core::leave::LeavePlan;
use crate::core::model::{DayKind, OfficerIdx, Shift, UnitIdx};
use chrono::{Datelike, NaiveDate};
use std::collections::{HashMap, HashSet};

/// What a leave rotation did to a day of an officer's roster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    None,
    /// Leave or comp granted by the rotation.
    Leave,
    /// A leader covering the duty of an officer on leave.
    Cover,
}

/// A day of an officer's row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell {
    /// Not serving at this unit that day (another unit, not yet in service,
    /// left the bureau).
    Away,
    /// Serving, without a roster row.
    Empty,
    Shift {
        shift: Shift,
        hours: f64,
        mark: Mark,
    },
}

/// An officer's totals over the month's days at the unit.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Totals {
    /// Days with a shift that is not rest (出勤天数).
    pub work_days: u32,
    pub nights: u32,
    pub duty24: u32,
    /// Rostered hours (overtime is not on a roster).
    pub hours: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub officer: OfficerIdx,
    pub cells: Vec<Cell>,
    pub totals: Totals,
}

/// One month of a unit's roster (the days of the month within the period).
#[derive(Debug, Clone, PartialEq)]
pub struct Month {
    pub year: i32,
    pub month: u32,
    pub days: Vec<NaiveDate>,
    /// Each day's statutory kind, when it has one.
    pub kinds: Vec<Option<DayKind>>,
    pub rows: Vec<Row>,
    /// Officers on duty each day, as the unit's figures count them.
    pub on_duty: Vec<u32>,
    pub minimum: u32,
}

/// Unit `u`'s roster, month by month, with the marks of `leave` when given.
pub fn unit_months(checked: &Checked, leave: Option<&LeavePlan>, u: UnitIdx) -> Vec<Month> {
    let bureau = &checked.bureau;
    let period = checked.period;
    let figures = &checked.report.units[u as usize].figures;
    let mut granted: HashSet<(&str, NaiveDate)> = HashSet::new();
    let mut covers: HashSet<(&str, NaiveDate)> = HashSet::new();
    if let Some(plan) = leave {
        for b in &plan.blocks {
            for d in b.leave_days.iter().chain(&b.comp_days) {
                granted.insert((b.officer_id.as_str(), *d));
            }
        }
        for c in &plan.covers {
            covers.insert((c.leader_id.as_str(), c.date));
        }
    }
    let mut members: Vec<OfficerIdx> = checked.staffing.members[u as usize].clone();
    members.sort_by(|a, b| {
        bureau.officers[*a as usize]
            .id
            .cmp(&bureau.officers[*b as usize].id)
    });
    let mut months = Vec::new();
    let mut start = period.start;
    while start <= period.end {
        let next = first_of_next_month(start);
        let end = (next - chrono::Duration::days(1)).min(period.end);
        let days: Vec<NaiveDate> = start.iter_days().take_while(|d| *d <= end).collect();
        let offsets: Vec<usize> = days.iter().map(|d| period.offset(*d)).collect();
        let mut rows = Vec::new();
        for &o in &members {
            let stints = checked.staffing.stints_of(o);
            let here = |i: usize| {
                stints
                    .iter()
                    .any(|s| s.unit == u && s.start <= i && i < s.end)
            };
            if !offsets.iter().any(|&i| here(i)) {
                continue;
            }
            let id = bureau.officers[o as usize].id.as_str();
            let entries: HashMap<NaiveDate, (Shift, f64)> = {
                let all = bureau.roster.of(o);
                let from = all.partition_point(|e| e.date < start);
                all[from..]
                    .iter()
                    .take_while(|e| e.date <= end)
                    .map(|e| (e.date, (e.shift, e.hours)))
                    .collect()
            };
            let mut totals = Totals::default();
            let cells = days
                .iter()
                .zip(&offsets)
                .map(|(d, &i)| {
                    if !here(i) {
                        return Cell::Away;
                    }
                    let Some(&(shift, hours)) = entries.get(d) else {
                        return Cell::Empty;
                    };
                    if !shift.is_rest() {
                        totals.work_days += 1;
                    }
                    totals.nights += u32::from(shift == Shift::Night);
                    totals.duty24 += u32::from(shift == Shift::Duty24);
                    totals.hours += hours;
                    let mark = if granted.contains(&(id, *d)) {
                        Mark::Leave
                    } else if covers.contains(&(id, *d)) {
                        Mark::Cover
                    } else {
                        Mark::None
                    };
                    Cell::Shift { shift, hours, mark }
                })
                .collect();
            rows.push(Row {
                officer: o,
                cells,
                totals,
            });
        }
        months.push(Month {
            year: start.year(),
            month: start.month(),
            kinds: days
                .iter()
                .map(|d| bureau.calendar.days.get(d).map(|(k, _)| *k))
                .collect(),
            on_duty: offsets.iter().map(|&i| figures.daily_on_duty[i]).collect(),
            minimum: checked.report.units[u as usize].min_on_duty,
            days,
            rows,
        });
        start = next;
    }
    months
}

fn first_of_next_month(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1).expect("the first of a month exists")
}

/// The Chinese name a station's roster gives a code, and the hours it
/// usually takes (as `core::shifts` reads it back).
pub fn chinese_name(shift: Shift) -> &'static str {
    match shift {
        Shift::Day => "白班",
        Shift::Night => "夜班",
        Shift::Duty24 => "值班",
        Shift::Train => "学习",
        Shift::Off => "休",
        Shift::Leave => "年休",
        Shift::Comp => "调休",
        Shift::Sick => "病假",
    }
}

/// A day's cell as written: the name (or the code), with the hours after it
/// when they are not the usual ones ("白班", "白班10", "DAY", "DAY10").
pub fn cell_text(shift: Shift, hours: f64, chinese: bool) -> String {
    if hours == crate::core::shifts::usual_hours(shift) {
        if chinese {
            chinese_name(shift).to_string()
        } else {
            shift.code().to_string()
        }
    } else if chinese {
        format!("{}{hours}", chinese_name(shift))
    } else {
        // A space, so that DUTY24's digits are not read as its hours.
        format!("{} {hours}", shift.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::shifts::{Dictionary, read};

    #[test]
    fn every_cell_written_reads_back_to_its_code_and_hours() {
        let dict = Dictionary::default();
        for shift in [
            Shift::Day,
            Shift::Night,
            Shift::Duty24,
            Shift::Train,
            Shift::Off,
            Shift::Leave,
            Shift::Comp,
            Shift::Sick,
        ] {
            let usual = crate::core::shifts::usual_hours(shift);
            let hours: &[f64] = if shift.is_rest() {
                &[0.0]
            } else {
                &[usual, 7.5, 10.0, 24.0]
            };
            for &h in hours {
                for chinese in [true, false] {
                    let text = cell_text(shift, h, chinese);
                    let cell = read(&text, &dict).unwrap_or_else(|e| panic!("{text}: {e}"));
                    assert_eq!(cell.shift, shift, "{text}");
                    let read_hours = cell.hours.unwrap_or(usual);
                    assert_eq!(read_hours, h, "{text}");
                }
            }
        }
        assert_eq!(cell_text(Shift::Day, 8.0, true), "白班");
        assert_eq!(cell_text(Shift::Night, 10.0, true), "夜班10");
        assert_eq!(cell_text(Shift::Day, 7.5, false), "DAY 7.5");
        assert_eq!(cell_text(Shift::Duty24, 12.0, false), "DUTY24 12");
    }
}
