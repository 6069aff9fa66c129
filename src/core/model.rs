//! The bureau as loaded: plain Rust structures, validated, with string ids
//! resolved to indices so that figures never hash a string in a hot loop.
//!
//! Everything here is already checked against the data contract; the loaders
//! (`crate::load`) are the only way in from files, and the sample generator
//! (`crate::sample`) the only other producer.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

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

/// The duty roster, grouped by officer and sorted by date within each officer
/// (compressed rows: `entries[offsets[i]..offsets[i + 1]]` are officer i's).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Roster {
    offsets: Vec<usize>,
    entries: Vec<RosterEntry>,
}

impl Roster {
    /// Builds the roster from per-officer row lists.
    /// Each officer's rows are sorted by date; duplicates must already be refused.
    pub fn from_rows(officers: usize, mut rows: Vec<(OfficerIdx, RosterEntry)>) -> Self {
        rows.sort_by_key(|(o, e)| (*o, e.date));
        let mut offsets = Vec::with_capacity(officers + 1);
        offsets.push(0);
        let mut entries = Vec::with_capacity(rows.len());
        let mut next = 0usize;
        for (officer, entry) in rows {
            while next < officer as usize {
                offsets.push(entries.len());
                next += 1;
            }
            entries.push(entry);
        }
        while offsets.len() < officers + 1 {
            offsets.push(entries.len());
        }
        Roster { offsets, entries }
    }

    /// Officer `o`'s rows, sorted by date.
    pub fn of(&self, o: OfficerIdx) -> &[RosterEntry] {
        let o = o as usize;
        match (self.offsets.get(o), self.offsets.get(o + 1)) {
            (Some(&a), Some(&b)) => &self.entries[a..b],
            _ => &[],
        }
    }

    /// Number of roster rows.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// First and last date of the roster, if it has any rows.
    pub fn date_range(&self) -> Option<(NaiveDate, NaiveDate)> {
        let mut dates = self.entries.iter().map(|e| e.date);
        let first = dates.next()?;
        Some(dates.fold((first, first), |(lo, hi), d| (lo.min(d), hi.max(d))))
    }

    /// Every row with its officer, grouped by officer.
    pub fn iter(&self) -> impl Iterator<Item = (OfficerIdx, &RosterEntry)> {
        (0..self.offsets.len().saturating_sub(1)).flat_map(move |o| {
            self.of(o as OfficerIdx)
                .iter()
                .map(move |e| (o as OfficerIdx, e))
        })
    }
}

/// A community area (household registration zone).
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    pub id: String,
    pub unit: UnitIdx,
    pub officer: Option<OfficerIdx>,
    pub households: u64,
    pub residents: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Overtime {
    pub officer: OfficerIdx,
    pub date: NaiveDate,
    pub hours: f64,
    pub compensated: Compensation,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Inspection {
    pub unit: UnitIdx,
    pub date: NaiveDate,
    pub inspecting_body: String,
    pub hours: f64,
    pub topic: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub unit: UnitIdx,
    pub date: NaiveDate,
    pub convened_by: String,
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

/// A whole bureau. Units and officers are sorted by id; the indices in every
/// other table point into those two lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bureau {
    pub units: Vec<Unit>,
    pub officers: Vec<Officer>,
    pub roster: Roster,
    pub areas: Vec<Area>,
    pub overtime: Vec<Overtime>,
    pub inspections: Vec<Inspection>,
    pub meetings: Vec<Meeting>,
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
}
