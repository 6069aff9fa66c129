//! The bureau as loaded: plain Rust structures, validated, with string ids
//! resolved to indices so that figures never hash a string in a hot loop.
//!
//! Everything here is already checked against the data contract; the loaders
//! (`crate::load`) are the only way in from files, and the sample generator
//! (`crate::sample`) the only other producer.

use crate::core::period::Period;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

/// Index of a unit in `Bureau::units`.
pub type UnitIdx = u32;
/// Index of an officer in `Bureau::officers`.
pub type OfficerIdx = u32;

/// Declares an enum whose variants have exactly one spelling on disk, with
/// the list of those spellings (for messages and suggestions).
macro_rules! codes {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        /// Written as its code in files, JSON and TOML.
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                $name::parse(&text).ok_or_else(|| {
                    serde::de::Error::custom(format!("{text:?} is not one of {}", $name::codes().join(", ")))
                })
            }
        }

        impl $name {
            /// Every value, in the contract's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The spelling used in files.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            /// Parses the exact spelling used in files.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($code => Some($name::$variant),)+ _ => None }
            }
            /// The spellings, for "expected one of ..." messages.
            pub fn codes() -> Vec<&'static str> {
                Self::ALL.iter().map(|v| v.code()).collect()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

codes!(
    /// What a unit does.
    UnitKind {
        Station => "station",
        Criminal => "criminal",
        Patrol => "patrol",
        Traffic => "traffic",
        Special => "special",
        Office => "office",
        Other => "other",
    }
);

codes!(
    /// An officer's role in the unit.
    Role {
        Leader => "leader",
        Instructor => "instructor",
        Community => "community",
        Patrol => "patrol",
        Investigator => "investigator",
        Traffic => "traffic",
        Staff => "staff",
    }
);

codes!(
    /// A roster shift code.
    Shift {
        Day => "DAY",
        Night => "NIGHT",
        Duty24 => "DUTY24",
        Train => "TRAIN",
        Off => "OFF",
        Leave => "LEAVE",
        Comp => "COMP",
        Sick => "SICK",
    }
);

impl Shift {
    /// Duty codes put the officer on post: they count towards `min_on_duty`.
    pub fn is_duty(self) -> bool {
        matches!(self, Shift::Day | Shift::Night | Shift::Duty24)
    }
    /// Rest codes must carry 0 hours and make overtime that day rest-day overtime.
    pub fn is_rest(self) -> bool {
        matches!(self, Shift::Off | Shift::Leave | Shift::Comp | Shift::Sick)
    }
}

codes!(
    /// How an overtime entry was made good, if at all.
    Compensation {
        Owed => "",
        Pay => "pay",
        Time => "time",
    }
);

codes!(
    /// An entry of the holiday calendar.
    DayKind {
        Holiday => "holiday",
        Workday => "workday",
    }
);

#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub id: String,
    pub name: String,
    pub kind: UnitKind,
    pub min_on_duty: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Officer {
    pub id: String,
    pub name: String,
    pub unit: UnitIdx,
    pub role: Role,
    pub service_start: NaiveDate,
    /// Empty when not known.
    pub home_district: String,
}

/// One roster row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RosterEntry {
    pub date: NaiveDate,
    pub shift: Shift,
    pub hours: f64,
}

/// Rows of a table that belong to officers (roster, overtime), grouped by
/// officer and sorted by date within each officer (stable: rows of one day
/// keep their file order). Each officer's rows are shared, so a proposed
/// bureau that changes a few officers' rows copies only those.
#[derive(Debug, Clone)]
pub struct PerOfficer<T> {
    rows: Vec<Arc<[T]>>,
}

/// Equal when every officer has the same rows (an officer past the end of
/// either has none).
impl<T: PartialEq> PartialEq for PerOfficer<T> {
    fn eq(&self, other: &Self) -> bool {
        fn of<T>(p: &PerOfficer<T>, o: usize) -> &[T] {
            p.rows.get(o).map(|r| &r[..]).unwrap_or(&[])
        }
        let n = self.rows.len().max(other.rows.len());
        (0..n).all(|o| of(self, o) == of(other, o))
    }
}

impl<T> Default for PerOfficer<T> {
    fn default() -> Self {
        PerOfficer { rows: Vec::new() }
    }
}

/// What a row of a `PerOfficer` table is dated by.
pub trait Dated {
    fn date(&self) -> NaiveDate;
}

impl Dated for RosterEntry {
    fn date(&self) -> NaiveDate {
        self.date
    }
}

impl Dated for Overtime {
    fn date(&self) -> NaiveDate {
        self.date
    }
}

impl<T: Dated + Clone> PerOfficer<T> {
    /// Groups rows by officer (`officers` officers, some perhaps without rows).
    pub fn from_rows(officers: usize, mut rows: Vec<(OfficerIdx, T)>) -> Self {
        rows.sort_by_key(|(o, e)| (*o, e.date()));
        let mut grouped: Vec<Vec<T>> = (0..officers).map(|_| Vec::new()).collect();
        for (o, e) in rows {
            if let Some(list) = grouped.get_mut(o as usize) {
                list.push(e);
            }
        }
        PerOfficer {
            rows: grouped.into_iter().map(Arc::from).collect(),
        }
    }

    /// One list of rows per officer, each already sorted by date.
    pub fn from_officers(rows: Vec<Arc<[T]>>) -> Self {
        PerOfficer { rows }
    }

    /// Officer `o`'s rows, sorted by date.
    pub fn of(&self, o: OfficerIdx) -> &[T] {
        self.rows.get(o as usize).map(|r| &r[..]).unwrap_or(&[])
    }

    /// Officer `o`'s rows, shared.
    pub fn shared(&self, o: OfficerIdx) -> Arc<[T]> {
        self.rows
            .get(o as usize)
            .cloned()
            .unwrap_or_else(|| Arc::from(Vec::new()))
    }

    /// Whether officer `o` here and officer `p` of `other` share their rows
    /// (the very same list, not just equal ones).
    pub fn shares(&self, o: OfficerIdx, other: &Self, p: OfficerIdx) -> bool {
        match (self.rows.get(o as usize), other.rows.get(p as usize)) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// Replaces officer `o`'s rows (sorted by date).
    pub fn set(&mut self, o: OfficerIdx, rows: Vec<T>) {
        if let Some(slot) = self.rows.get_mut(o as usize) {
            *slot = Arc::from(rows);
        }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.rows.iter().map(|r| r.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.iter().all(|r| r.is_empty())
    }

    /// First and last date of any row.
    pub fn date_range(&self) -> Option<(NaiveDate, NaiveDate)> {
        let mut ends = self
            .rows
            .iter()
            .filter_map(|r| Some((r.first()?.date(), r.last()?.date())));
        let first = ends.next()?;
        Some(ends.fold(first, |(lo, hi), (a, b)| (lo.min(a), hi.max(b))))
    }

    /// Every row with its officer, grouped by officer.
    pub fn iter(&self) -> impl Iterator<Item = (OfficerIdx, &T)> {
        self.rows
            .iter()
            .enumerate()
            .flat_map(|(o, r)| r.iter().map(move |e| (o as OfficerIdx, e)))
    }
}

/// The duty roster: each officer's rows, by date.
pub type Roster = PerOfficer<RosterEntry>;

/// The overtime book: each officer's entries, by date.
pub type OvertimeBook = PerOfficer<Overtime>;

/// A community area (household registration zone).
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    pub id: String,
    pub unit: UnitIdx,
    pub officer: Option<OfficerIdx>,
    pub households: u64,
    pub residents: u64,
}

/// An overtime entry (its officer is where it is filed, see `OvertimeBook`).
#[derive(Debug, Clone, PartialEq)]
pub struct Overtime {
    pub date: NaiveDate,
    pub hours: f64,
    pub compensated: Compensation,
    /// Shared: rows dealt again copy it many times.
    pub reason: std::sync::Arc<str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Inspection {
    pub unit: UnitIdx,
    pub date: NaiveDate,
    /// Shared text: a proposed bureau copies the table without copying it.
    pub inspecting_body: Arc<str>,
    pub hours: f64,
    pub topic: Arc<str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub unit: UnitIdx,
    pub date: NaiveDate,
    pub convened_by: Arc<str>,
    pub hours: f64,
    pub attendees: u32,
}

/// Statutory holidays and adjusted working days.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Calendar {
    pub days: BTreeMap<NaiveDate, (DayKind, String)>,
}

impl Calendar {
    pub fn is_holiday(&self, date: NaiveDate) -> bool {
        matches!(self.days.get(&date), Some((DayKind::Holiday, _)))
    }
}

/// A row of `assignments` (contract v2): from `from` on, the officer is at
/// `unit`; `None` means out of the bureau (transferred away, retired).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Assignment {
    pub officer: OfficerIdx,
    pub unit: Option<UnitIdx>,
    pub from: NaiveDate,
}

/// A run of days on which an officer serves at one unit: positions in a
/// period, `start` included, `end` excluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stint {
    pub unit: UnitIdx,
    pub start: usize,
    pub end: usize,
}

impl Stint {
    pub fn days(&self) -> usize {
        self.end - self.start
    }

    pub fn contains(&self, i: usize) -> bool {
        self.start <= i && i < self.end
    }
}

/// A whole bureau. Units and officers are sorted by id; the indices in every
/// other table point into those two lists. Assignments are sorted by officer,
/// then date. The large tables are shared (`Arc`): a proposed bureau that
/// changes a few rows shares the rest with the bureau it came from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bureau {
    pub units: Vec<Unit>,
    pub officers: Arc<Vec<Officer>>,
    pub roster: Roster,
    pub areas: Vec<Area>,
    pub overtime: OvertimeBook,
    pub assignments: Vec<Assignment>,
    pub inspections: Arc<Vec<Inspection>>,
    pub meetings: Arc<Vec<Meeting>>,
    pub calendar: Calendar,
}

impl Bureau {
    pub fn unit_index(&self, id: &str) -> Option<UnitIdx> {
        self.units
            .binary_search_by(|u| u.id.as_str().cmp(id))
            .ok()
            .map(|i| i as UnitIdx)
    }

    pub fn officer_index(&self, id: &str) -> Option<OfficerIdx> {
        self.officers
            .binary_search_by(|o| o.id.as_str().cmp(id))
            .ok()
            .map(|i| i as OfficerIdx)
    }

    pub fn unit(&self, u: UnitIdx) -> &Unit {
        &self.units[u as usize]
    }

    pub fn officer(&self, o: OfficerIdx) -> &Officer {
        &self.officers[o as usize]
    }

    /// Officer `o`'s assignment rows, by date.
    pub fn assignments_of(&self, o: OfficerIdx) -> &[Assignment] {
        let a = self.assignments.partition_point(|x| x.officer < o);
        let b = self.assignments.partition_point(|x| x.officer <= o);
        &self.assignments[a..b]
    }

    /// The unit officer `o` is placed at on `date`: their latest assignment
    /// from that day or before, else `officers.unit_id`; `None` while out of
    /// the bureau. Service start is not considered (see `serving`).
    pub fn placed(&self, o: OfficerIdx, date: NaiveDate) -> Option<UnitIdx> {
        let rows = self.assignments_of(o);
        let n = rows.partition_point(|a| a.from <= date);
        match n {
            0 => Some(self.officer(o).unit),
            n => rows[n - 1].unit,
        }
    }

    /// The unit officer `o` serves at on `date`, if in service that day
    /// (contract v2: from `service_start`, and not out of the bureau).
    pub fn serving(&self, o: OfficerIdx, date: NaiveDate) -> Option<UnitIdx> {
        if date < self.officer(o).service_start {
            return None;
        }
        self.placed(o, date)
    }

    /// The runs of days of `period` on which officer `o` serves, by unit, in
    /// order (adjacent days at one unit make one run).
    pub fn stints(&self, o: OfficerIdx, period: Period) -> Vec<Stint> {
        let officer = self.officer(o);
        stints(
            officer.service_start,
            officer.unit,
            self.assignments_of(o).iter().map(|a| (a.from, a.unit)),
            period,
        )
    }

    /// The unit an officer is listed at for a period ending on `end`: where
    /// they are placed that day or, out of the bureau by then, the last unit
    /// they were placed at before leaving.
    pub fn listed_unit(&self, o: OfficerIdx, end: NaiveDate) -> UnitIdx {
        let mut unit = self.officer(o).unit;
        for a in self.assignments_of(o).iter().take_while(|a| a.from <= end) {
            if let Some(u) = a.unit {
                unit = u;
            }
        }
        unit
    }
}

/// The runs of days of `period` on which someone serves, by unit: from
/// `service_start`, at `first_unit` until the first of `assignments` (rows
/// of (from, unit), by date; `None`: out of the bureau), then as assigned.
pub fn stints(
    service_start: NaiveDate,
    first_unit: UnitIdx,
    assignments: impl Iterator<Item = (NaiveDate, Option<UnitIdx>)>,
    period: Period,
) -> Vec<Stint> {
    let mut out = Vec::new();
    stints_into(&mut out, service_start, first_unit, assignments, period);
    out
}

/// `stints`, appended to `out` (no allocation of its own: this runs for
/// every officer whenever a bureau is checked).
pub fn stints_into(
    out: &mut Vec<Stint>,
    service_start: NaiveDate,
    first_unit: UnitIdx,
    assignments: impl Iterator<Item = (NaiveDate, Option<UnitIdx>)>,
    period: Period,
) {
    let days = period.days();
    let first_served = match period.index(service_start) {
        Some(i) => i,
        None if service_start > period.end => return,
        None => 0,
    };
    let base = out.len();
    // A run of `unit` from position `start` to `end`, from service on,
    // joined to the last when adjacent at the same unit.
    let push = |out: &mut Vec<Stint>, start: usize, end: usize, unit: Option<UnitIdx>| {
        let start = start.max(first_served);
        let Some(unit) = unit else { return };
        if start >= end {
            return;
        }
        let mine = out.len() > base;
        match out.last_mut() {
            Some(last) if mine && last.unit == unit && last.end == start => last.end = end,
            _ => out.push(Stint { unit, start, end }),
        }
    };
    // Where the person is placed, as the current (first position, unit).
    let mut current = (0, Some(first_unit));
    for (from, unit) in assignments {
        if from <= period.start {
            current.1 = unit;
        } else if from <= period.end {
            let at = period.offset(from);
            push(out, current.0, at, current.1);
            current = (at, unit);
        } else {
            break;
        }
    }
    push(out, current.0, days, current.1);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn bureau(service_start: &str, rows: &[(Option<UnitIdx>, &str)]) -> Bureau {
        let unit = |id: &str| Unit {
            id: id.into(),
            name: id.into(),
            kind: UnitKind::Station,
            min_on_duty: 0,
        };
        Bureau {
            units: vec![unit("A"), unit("B"), unit("C")],
            officers: Arc::new(vec![Officer {
                id: "P1".into(),
                name: "P1".into(),
                unit: 0,
                role: Role::Patrol,
                service_start: d(service_start),
                home_district: String::new(),
            }]),
            assignments: rows
                .iter()
                .map(|&(unit, from)| Assignment {
                    officer: 0,
                    unit,
                    from: d(from),
                })
                .collect(),
            ..Bureau::default()
        }
    }

    fn stints(b: &Bureau) -> Vec<(UnitIdx, usize, usize)> {
        let p = Period::new(d("2025-03-01"), d("2025-03-31")).unwrap();
        b.stints(0, p)
            .iter()
            .map(|s| (s.unit, s.start, s.end))
            .collect()
    }

    #[test]
    fn stints_follow_assignments_and_service() {
        // No assignments, in service all along.
        assert_eq!(stints(&bureau("2000-01-01", &[])), [(0, 0, 31)]);
        // Hired on 11 March.
        assert_eq!(stints(&bureau("2025-03-11", &[])), [(0, 10, 31)]);
        // Hired after the period, or transferred before it.
        assert_eq!(stints(&bureau("2025-04-01", &[])), []);
        let b = bureau("2000-01-01", &[(Some(1), "2024-06-01")]);
        assert_eq!(stints(&b), [(1, 0, 31)]);
        // Moves on the 10th, leaves on the 20th, comes back to C on the 25th.
        let b = bureau(
            "2000-01-01",
            &[
                (Some(1), "2025-03-10"),
                (None, "2025-03-20"),
                (Some(2), "2025-03-25"),
            ],
        );
        assert_eq!(stints(&b), [(0, 0, 9), (1, 9, 19), (2, 24, 31)]);
        assert_eq!(b.placed(0, d("2025-03-22")), None);
        assert_eq!(b.listed_unit(0, d("2025-03-22")), 1);
        assert_eq!(b.listed_unit(0, d("2025-03-31")), 2);
        // A row that repeats the unit does not split the run; a row after the
        // period does not count.
        let b = bureau(
            "2000-01-01",
            &[(Some(0), "2025-03-05"), (Some(1), "2025-04-02")],
        );
        assert_eq!(stints(&b), [(0, 0, 31)]);
        // Transfers on the first and the last day.
        let b = bureau(
            "2000-01-01",
            &[(Some(1), "2025-03-01"), (Some(2), "2025-03-31")],
        );
        assert_eq!(stints(&b), [(1, 0, 30), (2, 30, 31)]);
        // Left before the period: listed at the last unit.
        let b = bureau(
            "2000-01-01",
            &[(Some(2), "2024-01-01"), (None, "2024-02-01")],
        );
        assert_eq!(stints(&b), []);
        assert_eq!(b.listed_unit(0, d("2025-03-31")), 2);
    }
}
