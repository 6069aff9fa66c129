//! The deterministic generator of sample bureaus.
//!
//! [`generate`] builds a whole county bureau from a [`SampleSpec`]: units of
//! every kind, officers with Chinese names, a year of duty roster following
//! the 2025 PRC holiday calendar, overtime, community areas, inspection
//! visits and meetings. It is a pure function of the spec: one seeded
//! ChaCha8 stream, no clock, no files, so the same spec gives the same bureau
//! on any machine.
//!
//! The default spec is the committed sample bureau. Most of it is healthy
//! (near the 40 h standard week, leave taken, few visits), so that the
//! bureau's real problems stand out: two county stations on 84 h weeks, a
//! community officer holding over 3,000 households, four inspection teams in
//! one day, six meetings in one week, an investigator without a rest day for
//! five weeks, rest-day call-ins never compensated, a station that cannot keep
//! its minimum on duty. Larger specs (benchmarks) add one unit per 25
//! officers, mostly healthy stations.
//!
//! - `layout`: units, their sizes and officers; `profile`: how each sort of
//!   unit works; `roster`: duty roster and overtime; `areas`: households;
//!   `events`: inspections and meetings; `calendar`: the 2025 holidays;
//!   `names`: names of people and townships; `dice`: the random draws.

mod areas;
mod calendar;
mod dice;
mod events;
mod layout;
mod movements;
mod names;
mod profile;
mod roster;

#[cfg(test)]
mod tests;

use crate::core::model::Bureau;
use chrono::NaiveDate;

/// What bureau to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SampleSpec {
    /// Number of officers.
    pub officers: usize,
    /// Days of roster, from 2025-01-01.
    pub days: usize,
    /// Seed of the random stream.
    pub seed: u64,
    /// Officers who move, join or leave during the period (contract v2's
    /// assignments and service starts); 0 for none.
    pub movements: usize,
}

impl Default for SampleSpec {
    /// The committed sample bureau: 360 officers over the year 2025.
    fn default() -> Self {
        SampleSpec {
            officers: 360,
            days: 365,
            seed: 2025,
            movements: 0,
        }
    }
}

/// The first day of every sample period.
pub const PERIOD_START: NaiveDate = calendar::day_of_2025(1, 1);

/// Generates the bureau described by `spec`: units and officers sorted by id,
/// one roster row per officer and day (but for a few days of missing data),
/// and the other tables consistent with them.
pub fn generate(spec: &SampleSpec) -> Bureau {
    let mut rng = dice::dice(spec.seed);
    let timeline = calendar::Timeline::new(PERIOD_START, spec.days);
    let plans = layout::plan(spec.officers);
    let officers = layout::officers(&mut rng, &plans);
    let (roster, overtime) = roster::draw_up(&mut rng, &plans, &officers, &timeline);
    let areas = areas::areas(&mut rng, &plans, &officers);
    let inspections = events::inspections(&mut rng, &plans, &timeline);
    let meetings = events::meetings(&mut rng, &plans, &timeline);
    let mut bureau = Bureau {
        units: plans.into_iter().map(|p| p.unit).collect(),
        officers: officers.into(),
        roster,
        areas,
        overtime,
        assignments: Vec::new(),
        inspections: inspections.into(),
        meetings: meetings.into(),
        calendar: timeline.calendar(),
    };
    if spec.movements > 0 {
        // A stream of its own: the bureau without movements stays the same.
        let mut rng = dice::dice(spec.seed ^ 0x6d6f_7665);
        movements::lay_over(&mut rng, &mut bureau, &timeline, spec.movements);
    }
    bureau
}

/// The `k`-th id (from 1) of a table of `count` rows: `prefix` and the number
/// zero-padded to at least `min_width` digits, wide enough for every row so
/// that ids sort as numbers.
fn numbered(prefix: char, k: usize, count: usize, min_width: usize) -> String {
    let width = (count.max(1).ilog10() as usize + 1).max(min_width);
    format!("{prefix}{k:0width$}")
}
