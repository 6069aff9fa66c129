//! The period every figure is computed over, and the calendar buckets the
//! contract uses (ISO weeks, calendar months, calendar quarters).

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;
use std::fmt;

/// An inclusive range of dates, never empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    /// `None` when `end` is before `start`.
    pub fn new(start: NaiveDate, end: NaiveDate) -> Option<Self> {
        (start <= end).then_some(Period { start, end })
    }

    /// Number of days, inclusive of both ends.
    pub fn days(&self) -> usize {
        self.offset(self.end) + 1
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// Position of `date` in the period (0 for the start), if inside.
    pub fn index(&self, date: NaiveDate) -> Option<usize> {
        self.contains(date).then(|| self.offset(date))
    }

    /// Days from the start to `date`, which is not before it. (Day numbers
    /// rather than a `Duration`: this runs once per roster row.)
    pub fn offset(&self, date: NaiveDate) -> usize {
        (date.num_days_from_ce() - self.start.num_days_from_ce()) as usize
    }

    /// The date at position `i`.
    pub fn date(&self, i: usize) -> NaiveDate {
        self.start + Days::new(i as u64)
    }

    /// Positions of the Mondays that begin the ISO weeks lying wholly inside
    /// the period.
    pub fn full_week_starts(&self) -> impl Iterator<Item = usize> + use<> {
        let to_monday = (7 - self.start.weekday().num_days_from_monday() as usize) % 7;
        let days = self.days();
        (to_monday..days).step_by(7).filter(move |&i| i + 6 < days)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} to {}", self.start, self.end)
    }
}

/// A calendar month, as `year * 12 + month0`: consecutive months are consecutive numbers.
pub fn month_key(date: NaiveDate) -> i32 {
    date.year() * 12 + date.month0() as i32
}

/// "2024-03" for a month key.
pub fn month_label(key: i32) -> String {
    format!("{}-{:02}", key.div_euclid(12), key.rem_euclid(12) + 1)
}

/// A calendar quarter, as `year * 4 + quarter0`.
pub fn quarter_key(date: NaiveDate) -> i32 {
    date.year() * 4 + (date.month0() / 3) as i32
}

/// "2024 Q2" for a quarter key.
pub fn quarter_label(key: i32) -> String {
    format!("{} Q{}", key.div_euclid(4), key.rem_euclid(4) + 1)
}

/// The Monday of the ISO week holding `date`.
pub fn week_monday(date: NaiveDate) -> NaiveDate {
    date - Days::new(date.weekday().num_days_from_monday() as u64)
}

/// Dates forceplan accepts. A roster date in year 205 is a typing error, and
/// would stretch the period over eighteen centuries.
pub fn in_range(d: NaiveDate) -> bool {
    (1900..=2100).contains(&d.year())
}

/// Strictly YYYY-MM-DD (four-digit year, two-digit month and day).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + (c - b'0') as u32)
        })
    };
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_strict() {
        assert_eq!(
            parse_date("2024-02-29"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        for bad in [
            "2023-02-29",
            "2024-1-05",
            "2024/01/05",
            "05-01-2024",
            "2024-01-05 00:00",
            "",
            "２０２４-01-05",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn days_are_inclusive() {
        let p = Period::new(d("2024-01-01"), d("2024-12-31")).unwrap();
        assert_eq!(p.days(), 366);
        assert!(Period::new(d("2024-01-02"), d("2024-01-01")).is_none());
    }

    #[test]
    fn full_weeks_skip_partial_ones_at_both_ends() {
        // Wed 2024-01-03 .. Tue 2024-01-23: full weeks start Mon 8th and Mon 15th.
        let p = Period::new(d("2024-01-03"), d("2024-01-23")).unwrap();
        let starts: Vec<_> = p.full_week_starts().map(|i| p.date(i)).collect();
        assert_eq!(starts, vec![d("2024-01-08"), d("2024-01-15")]);
        // A period that is one exact week starting on a Monday.
        let p = Period::new(d("2024-01-08"), d("2024-01-14")).unwrap();
        assert_eq!(p.full_week_starts().count(), 1);
        // Six days never hold a full week.
        let p = Period::new(d("2024-01-08"), d("2024-01-13")).unwrap();
        assert_eq!(p.full_week_starts().count(), 0);
    }

    #[test]
    fn bucket_keys_and_labels() {
        assert_eq!(month_label(month_key(d("2024-03-31"))), "2024-03");
        assert_eq!(month_key(d("2025-01-01")) - month_key(d("2024-12-31")), 1);
        assert_eq!(quarter_label(quarter_key(d("2024-06-30"))), "2024 Q2");
        assert_eq!(week_monday(d("2024-01-07")), d("2024-01-01"));
    }
}
