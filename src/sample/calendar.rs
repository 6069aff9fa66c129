//! The 2025 PRC holiday calendar (State Council notice of 12 November 2024)
//! and the office working week that follows it.
//!
//! Only 2025 is known; days after 2025 follow the plain Monday-to-Friday week.

use crate::core::model::{Calendar, DayKind};
use chrono::{Datelike, Days, NaiveDate, Weekday};
use std::ops::Range;

/// The year the calendar below describes.
const YEAR: i32 = 2025;

/// The 13 statutory holiday days of 2025 (month, day, name).
const HOLIDAYS: [(u32, u32, &str); 13] = [
    (1, 1, "元旦"),
    (1, 28, "春节"),
    (1, 29, "春节"),
    (1, 30, "春节"),
    (1, 31, "春节"),
    (4, 4, "清明节"),
    (5, 1, "劳动节"),
    (5, 2, "劳动节"),
    (5, 31, "端午节"),
    (10, 1, "国庆节"),
    (10, 2, "国庆节"),
    (10, 3, "国庆节"),
    (10, 6, "中秋节"),
];

/// The weekend days of 2025 worked to bridge the holiday breaks (month, day,
/// the break they pay for).
const WORKDAYS: [(u32, u32, &str); 5] = [
    (1, 26, "春节调休上班"),
    (2, 8, "春节调休上班"),
    (4, 27, "劳动节调休上班"),
    (9, 28, "国庆节调休上班"),
    (10, 11, "国庆节调休上班"),
];

/// The 2025 holiday breaks, first and last day off (month, day), inclusive.
/// They are longer than the holidays: the bridged weekdays (Feb 3-4, May 5,
/// Jun 2, Oct 7-8) are ordinary rest days, not statutory holidays, so they are
/// not listed in the calendar but office staff do not work them.
const BREAKS: [((u32, u32), (u32, u32)); 6] = [
    ((1, 1), (1, 1)),
    ((1, 28), (2, 4)),
    ((4, 4), (4, 6)),
    ((5, 1), (5, 5)),
    ((5, 31), (6, 2)),
    ((10, 1), (10, 8)),
];

/// A day of 2025 (usable in constants).
pub const fn day_of_2025(month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(YEAR, month, day) {
        Some(date) => date,
        None => panic!("not a day of 2025"),
    }
}

/// Month and day of a 2025 date; `None` for any other year.
fn month_day(date: NaiveDate) -> Option<(u32, u32)> {
    (date.year() == YEAR).then(|| (date.month(), date.day()))
}

fn find(table: &[(u32, u32, &'static str)], date: NaiveDate) -> Option<&'static str> {
    let md = month_day(date)?;
    table
        .iter()
        .find(|(m, d, _)| (*m, *d) == md)
        .map(|(_, _, name)| *name)
}

/// The name of the statutory holiday on `date`, if it is one.
pub fn holiday(date: NaiveDate) -> Option<&'static str> {
    find(&HOLIDAYS, date)
}

/// The name of the adjusted working day on `date`, if it is one.
pub fn adjusted_workday(date: NaiveDate) -> Option<&'static str> {
    find(&WORKDAYS, date)
}

fn in_break(date: NaiveDate) -> bool {
    month_day(date).is_some_and(|md| {
        BREAKS
            .iter()
            .any(|(first, last)| *first <= md && md <= *last)
    })
}

/// Whether office hours stop on `date`: weekends and holiday breaks, except the
/// adjusted working days.
pub fn office_rest_day(date: NaiveDate) -> bool {
    if adjusted_workday(date).is_some() {
        return false;
    }
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun) || in_break(date)
}

/// The days of the period with what the roster needs to know about each.
#[derive(Debug, Clone)]
pub struct Timeline {
    pub dates: Vec<NaiveDate>,
    /// Office staff have the day off (weekend or holiday break).
    pub office_rest: Vec<bool>,
    /// Statutory holiday (overtime on it is holiday overtime).
    pub holiday: Vec<bool>,
}

/// Leave, training and sickness are planned per year of 365 days.
pub const PLANNING_YEAR: usize = 365;

impl Timeline {
    pub fn new(start: NaiveDate, days: usize) -> Self {
        let dates: Vec<NaiveDate> = (0..days as u64).map(|i| start + Days::new(i)).collect();
        Timeline {
            office_rest: dates.iter().map(|&d| office_rest_day(d)).collect(),
            holiday: dates.iter().map(|&d| holiday(d).is_some()).collect(),
            dates,
        }
    }

    pub fn len(&self) -> usize {
        self.dates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.dates.is_empty()
    }

    /// Position of `date` in the period, if inside.
    pub fn index(&self, date: NaiveDate) -> Option<usize> {
        let first = *self.dates.first()?;
        let i = usize::try_from((date - first).num_days()).ok()?;
        (i < self.len()).then_some(i)
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.index(date).is_some()
    }

    /// The positions of `first..=last` that lie in the period.
    pub fn span(&self, first: NaiveDate, last: NaiveDate) -> Range<usize> {
        let (Some(start), Some(end)) = (self.dates.first(), self.dates.last()) else {
            return 0..0;
        };
        let clamp = |d: NaiveDate| (d.clamp(*start, *end) - *start).num_days() as usize;
        if last < *start || first > *end {
            0..0
        } else {
            clamp(first)..clamp(last) + 1
        }
    }

    /// Planning years: consecutive slices of 365 positions from the start; the
    /// last one may run past the end of the period (what falls outside is
    /// simply not rostered).
    pub fn years(&self) -> impl Iterator<Item = Range<usize>> + use<> {
        (0..self.len())
            .step_by(PLANNING_YEAR)
            .map(|s| s..s + PLANNING_YEAR)
    }

    /// The holidays and adjusted working days inside the period.
    pub fn calendar(&self) -> Calendar {
        let mut calendar = Calendar::default();
        for &date in &self.dates {
            if let Some(name) = holiday(date) {
                calendar
                    .days
                    .insert(date, (DayKind::Holiday, name.to_string()));
            } else if let Some(name) = adjusted_workday(date) {
                calendar
                    .days
                    .insert(date, (DayKind::Workday, name.to_string()));
            }
        }
        calendar
    }
}

/// The office working days from `first` to `last` inclusive (inside or outside
/// the period), grouped by `key` (a week, a quarter): consecutive days with the
/// same key form one group.
pub fn workdays_by<K: PartialEq>(
    first: NaiveDate,
    last: NaiveDate,
    key: impl Fn(NaiveDate) -> K,
) -> Vec<Vec<NaiveDate>> {
    let mut groups: Vec<(K, Vec<NaiveDate>)> = Vec::new();
    let days = first.iter_days().take_while(|&d| d <= last);
    for date in days.filter(|&d| !office_rest_day(d)) {
        let k = key(date);
        match groups.last_mut() {
            Some((last_key, group)) if *last_key == k => group.push(date),
            _ => groups.push((k, vec![date])),
        }
    }
    groups.into_iter().map(|(_, group)| group).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn breaks_and_adjusted_workdays() {
        // Bridged weekdays are rest days but not holidays.
        for rest in [
            "2025-02-03",
            "2025-02-04",
            "2025-05-05",
            "2025-06-02",
            "2025-10-07",
            "2025-10-08",
        ] {
            assert!(office_rest_day(d(rest)), "{rest}");
            assert!(holiday(d(rest)).is_none(), "{rest}");
        }
        for work in [
            "2025-01-26",
            "2025-02-08",
            "2025-04-27",
            "2025-09-28",
            "2025-10-11",
        ] {
            assert!(!office_rest_day(d(work)), "{work}");
        }
        assert!(office_rest_day(d("2025-01-28")));
        assert!(!office_rest_day(d("2025-01-27")));
        assert!(office_rest_day(d("2026-01-03")));
        assert!(!office_rest_day(d("2026-01-05")));
    }

    #[test]
    fn calendar_lists_only_days_in_the_period() {
        let year = Timeline::new(d("2025-01-01"), 365).calendar();
        let count = |kind| year.days.values().filter(|(k, _)| *k == kind).count();
        assert_eq!(count(DayKind::Holiday), 13);
        assert_eq!(count(DayKind::Workday), 5);
        let january = Timeline::new(d("2025-01-01"), 31).calendar();
        assert_eq!(january.days.len(), 6); // Jan 1, Jan 26, Jan 28-31
    }

    #[test]
    fn spans_clip_to_the_period() {
        let t = Timeline::new(d("2025-01-01"), 10);
        assert_eq!(t.span(d("2024-12-30"), d("2025-01-02")), 0..2);
        assert_eq!(t.span(d("2025-01-09"), d("2025-02-01")), 8..10);
        assert_eq!(t.span(d("2025-02-01"), d("2025-02-03")), 0..0);
    }
}
