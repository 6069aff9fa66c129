//! The PRC statutory calendar, as the State Council's yearly notices set it:
//! each year's public holidays and the adjusted working days (调休上班) that
//! make up for them. The data is in `data/cn-statutory-calendar.csv` (its
//! sources in `data/README.md`), built into the program.
//!
//! A bureau without a holidays table keeps these holidays (docs/
//! data-format.md, "The statutory calendar"); one with a holidays table
//! keeps its own, an empty one saying it keeps none. `forceplan holidays
//! YEAR` writes a year as the contract's holidays table.

use crate::core::model::{Calendar, DayKind};
use chrono::{Datelike, NaiveDate};

const DATA: &str = include_str!("../../data/cn-statutory-calendar.csv");

/// One day of the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub date: NaiveDate,
    pub kind: DayKind,
    pub name: &'static str,
}

/// Every day of the built-in calendar, in date order.
pub fn days() -> impl Iterator<Item = Day> {
    DATA.lines().skip(1).filter_map(|line| {
        let mut cells = line.split(',');
        let date = NaiveDate::parse_from_str(cells.next()?, "%Y-%m-%d").ok()?;
        let kind = DayKind::parse(cells.next()?)?;
        let name = cells.next().unwrap_or("");
        Some(Day { date, kind, name })
    })
}

/// The years the built-in calendar covers (first, last).
pub fn years() -> (i32, i32) {
    let mut all = days().map(|d| d.date.year());
    let first = all.next().unwrap_or(0);
    (first, all.last().unwrap_or(first))
}

/// The days of `year`, or `None` when the built-in calendar does not cover
/// it (no notice for it was published when this forceplan was made).
pub fn year(year: i32) -> Option<Vec<Day>> {
    let out: Vec<Day> = days().filter(|d| d.date.year() == year).collect();
    (!out.is_empty()).then_some(out)
}

/// The built-in calendar for the years `first..=last`, and those of them it
/// does not cover.
pub fn statutory(first: i32, last: i32) -> (Calendar, Vec<i32>) {
    let mut calendar = Calendar::default();
    for day in days().filter(|d| (first..=last).contains(&d.date.year())) {
        calendar
            .days
            .insert(day.date, (day.kind, day.name.to_string()));
    }
    let missing = (first..=last)
        .filter(|y| !calendar.days.keys().any(|d| d.year() == *y))
        .collect();
    (calendar, missing)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_data_reads_whole_and_covers_2020_to_2026() {
        let lines = DATA.lines().count() - 1;
        assert_eq!(days().count(), lines, "every line reads");
        assert_eq!(years(), (2020, 2026));
        assert!(year(2019).is_none() && year(2027).is_none());
    }

    #[test]
    fn known_days_of_the_notices() {
        let day = |s: &str| days().find(|x| x.date == d(s)).map(|x| (x.kind, x.name));
        // 2025: National Day and the Mid-Autumn Festival together, 8 days.
        assert_eq!(
            day("2025-10-01"),
            Some((DayKind::Holiday, "国庆节、中秋节"))
        );
        assert_eq!(
            day("2025-10-08"),
            Some((DayKind::Holiday, "国庆节、中秋节"))
        );
        assert_eq!(
            day("2025-10-11"),
            Some((DayKind::Workday, "国庆节、中秋节"))
        );
        // 2026: two Saturdays of the Spring Festival are working days.
        assert_eq!(day("2026-02-14").map(|x| x.0), Some(DayKind::Workday));
        assert_eq!(day("2026-02-28").map(|x| x.0), Some(DayKind::Workday));
        assert_eq!(day("2026-01-01").map(|x| x.0), Some(DayKind::Holiday));
        // An ordinary day is in no list.
        assert_eq!(day("2025-03-12"), None);
    }
}
