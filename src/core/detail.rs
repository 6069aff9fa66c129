//! Detail behind the figures, for the screens that drill into a unit or an
//! officer: an officer's days and weeks, a unit's visits and meetings, and
//! the bureau's totals by inspecting body and by convener. Pure functions of
//! the bureau and the period.

use crate::core::figures::UnitFigures;
use crate::core::model::{Bureau, Compensation, OfficerIdx, Shift, UnitIdx};
use crate::core::period::{Period, week_monday};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// One day of an officer's roster.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Day {
    /// `None` when the roster has no row for the day.
    pub shift: Option<Shift>,
    pub roster_hours: f64,
    pub overtime_hours: f64,
    /// Overtime of the day still owed (neither paid nor given back).
    pub owed_hours: f64,
}

impl Day {
    pub fn worked_hours(&self) -> f64 {
        self.roster_hours + self.overtime_hours
    }
}

/// Every day of the period for one officer, in order.
pub fn officer_days(bureau: &Bureau, period: Period, o: OfficerIdx) -> Vec<Day> {
    let mut days = vec![Day::default(); period.days()];
    for e in bureau.roster.of(o) {
        if let Some(i) = period.index(e.date) {
            days[i].shift = Some(e.shift);
            days[i].roster_hours = e.hours;
        }
    }
    for ot in bureau.overtime.of(o) {
        if let Some(i) = period.index(ot.date) {
            days[i].overtime_hours += ot.hours;
            if ot.compensated == Compensation::Owed {
                days[i].owed_hours += ot.hours;
            }
        }
    }
    days
}

/// Worked hours of each ISO week that meets the period (partial weeks at
/// either end count only their days in the period), with its Monday.
pub fn weekly_hours(period: Period, days: &[Day]) -> Vec<(NaiveDate, f64)> {
    let mut weeks: Vec<(NaiveDate, f64)> = Vec::new();
    for (i, day) in days.iter().enumerate() {
        let monday = week_monday(period.date(i));
        match weeks.last_mut() {
            Some((m, sum)) if *m == monday => *sum += day.worked_hours(),
            _ => weeks.push((monday, day.worked_hours())),
        }
    }
    weeks
}

/// Officers who serve at a unit on some day of the period (contract v2:
/// those who moved in or out during it too), in id order.
pub fn unit_officers(bureau: &Bureau, period: Period, u: UnitIdx) -> Vec<OfficerIdx> {
    (0..bureau.officers.len() as OfficerIdx)
        .filter(|&o| bureau.stints(o, period).iter().any(|s| s.unit == u))
        .collect()
}

/// One inspection visit or meeting, as listed on a screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub date: NaiveDate,
    /// The inspecting body or the convener.
    pub by: String,
    pub hours: f64,
    /// Attendees of a meeting; 0 for a visit.
    pub attendees: u32,
    /// What it was about (a visit's topic).
    pub topic: String,
    /// Visits to the same unit on the same day (1 when alone), as the
    /// unit's figures count them.
    pub same_day: u32,
}

/// A unit's visits and meetings in the period, by date.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnitEvents {
    pub inspections: Vec<Event>,
    pub meetings: Vec<Event>,
}

/// A unit's visits and meetings, listed; `figures` are the unit's (the
/// counts by day come from them, not counted again).
pub fn unit_events(
    bureau: &Bureau,
    period: Period,
    u: UnitIdx,
    figures: &UnitFigures,
) -> UnitEvents {
    let same_day = |date: NaiveDate| {
        figures
            .inspections_by_day
            .binary_search_by_key(&date, |(d, _)| *d)
            .map(|i| figures.inspections_by_day[i].1)
            .unwrap_or(1)
    };
    let mut inspections: Vec<Event> = bureau
        .inspections
        .iter()
        .filter(|v| v.unit == u && period.contains(v.date))
        .map(|v| Event {
            date: v.date,
            by: v.inspecting_body.to_string(),
            hours: v.hours,
            attendees: 0,
            topic: v.topic.to_string(),
            same_day: same_day(v.date),
        })
        .collect();
    inspections.sort_by(|a, b| a.date.cmp(&b.date).then(a.by.cmp(&b.by)));
    let mut meetings: Vec<Event> = bureau
        .meetings
        .iter()
        .filter(|m| m.unit == u && period.contains(m.date))
        .map(|m| Event {
            date: m.date,
            by: m.convened_by.to_string(),
            hours: m.hours,
            attendees: m.attendees,
            topic: String::new(),
            same_day: 1,
        })
        .collect();
    meetings.sort_by(|a, b| a.date.cmp(&b.date).then(a.by.cmp(&b.by)));
    UnitEvents {
        inspections,
        meetings,
    }
}

/// What one inspecting body or convener costs the bureau.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Source {
    pub name: String,
    /// Visits made, or meetings called.
    pub count: u32,
    /// Hours units were tied up (visits), or officer-hours spent (meetings:
    /// hours x attendees).
    pub hours: f64,
    /// Units visited or called, by index.
    pub units: Vec<UnitIdx>,
}

fn tally_sources(items: impl Iterator<Item = (String, UnitIdx, f64)>) -> Vec<Source> {
    let mut by: BTreeMap<String, Source> = BTreeMap::new();
    for (name, unit, hours) in items {
        let s = by.entry(name.clone()).or_insert_with(|| Source {
            name,
            ..Source::default()
        });
        s.count += 1;
        s.hours += hours;
        if !s.units.contains(&unit) {
            s.units.push(unit);
        }
    }
    let mut out: Vec<Source> = by.into_values().collect();
    for s in &mut out {
        s.units.sort_unstable();
    }
    out.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(b.hours.total_cmp(&a.hours))
            .then(a.name.cmp(&b.name))
    });
    out
}

/// Inspecting bodies, most visits first.
pub fn inspecting_bodies(bureau: &Bureau, period: Period) -> Vec<Source> {
    tally_sources(
        bureau
            .inspections
            .iter()
            .filter(|v| period.contains(v.date))
            .map(|v| (v.inspecting_body.to_string(), v.unit, v.hours)),
    )
}

/// Conveners of meetings, most meetings first.
pub fn conveners(bureau: &Bureau, period: Period) -> Vec<Source> {
    tally_sources(
        bureau
            .meetings
            .iter()
            .filter(|m| period.contains(m.date))
            .map(|m| {
                (
                    m.convened_by.to_string(),
                    m.unit,
                    m.hours * m.attendees as f64,
                )
            }),
    )
}

/// A day on which a unit received two or more inspection teams.
#[derive(Debug, Clone, PartialEq)]
pub struct StackedDay {
    pub unit: UnitIdx,
    pub date: NaiveDate,
    pub bodies: Vec<String>,
}

/// Every stacked inspection day of the bureau, by date.
pub fn stacked_days(bureau: &Bureau, period: Period) -> Vec<StackedDay> {
    let mut by: BTreeMap<(NaiveDate, UnitIdx), Vec<String>> = BTreeMap::new();
    for v in bureau
        .inspections
        .iter()
        .filter(|v| period.contains(v.date))
    {
        by.entry((v.date, v.unit))
            .or_default()
            .push(v.inspecting_body.to_string());
    }
    by.into_iter()
        .filter(|(_, bodies)| bodies.len() >= 2)
        .map(|((date, unit), bodies)| StackedDay { unit, date, bodies })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{
        Inspection, Meeting, Officer, Role, Roster, RosterEntry, Unit, UnitKind,
    };

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn bureau() -> Bureau {
        let unit = |id: &str| Unit {
            id: id.into(),
            name: id.into(),
            kind: UnitKind::Station,
            min_on_duty: 1,
        };
        let visit = |u, date: &str, by: &str| Inspection {
            unit: u,
            date: d(date),
            inspecting_body: by.into(),
            hours: 2.0,
            topic: "".into(),
        };
        Bureau {
            units: vec![unit("U1"), unit("U2")],
            officers: std::sync::Arc::new(vec![Officer {
                id: "P1".into(),
                name: "王伟".into(),
                unit: 0,
                role: Role::Patrol,
                service_start: d("2010-01-01"),
                home_district: String::new(),
            }]),
            roster: Roster::from_rows(
                1,
                vec![
                    (
                        0,
                        RosterEntry {
                            date: d("2025-01-05"),
                            shift: Shift::Day,
                            hours: 8.0,
                        },
                    ),
                    (
                        0,
                        RosterEntry {
                            date: d("2025-01-06"),
                            shift: Shift::Night,
                            hours: 12.0,
                        },
                    ),
                ],
            ),
            inspections: std::sync::Arc::new(vec![
                visit(0, "2025-01-06", "County"),
                visit(0, "2025-01-06", "City"),
                visit(1, "2025-01-06", "County"),
                visit(0, "2025-04-01", "County"),
            ]),
            meetings: std::sync::Arc::new(vec![Meeting {
                unit: 1,
                date: d("2025-01-07"),
                convened_by: "County".into(),
                hours: 2.0,
                attendees: 3,
            }]),
            ..Bureau::default()
        }
    }

    #[test]
    fn weeks_split_at_mondays_and_keep_partial_ends() {
        let b = bureau();
        let p = Period::new(d("2025-01-04"), d("2025-01-07")).unwrap();
        let days = officer_days(&b, p, 0);
        assert_eq!(days[1].shift, Some(Shift::Day));
        assert_eq!(days[0].shift, None);
        assert_eq!(
            weekly_hours(p, &days),
            vec![(d("2024-12-30"), 8.0), (d("2025-01-06"), 12.0)]
        );
    }

    #[test]
    fn events_and_sources() {
        let b = bureau();
        let p = Period::new(d("2025-01-01"), d("2025-06-30")).unwrap();
        let figures = crate::core::figures::compute(&b, p, 40.0);
        let u0 = &figures.units[0];
        let ev = unit_events(&b, p, 0, u0);
        assert_eq!(ev.inspections.len(), 3);
        assert_eq!(ev.inspections[0].same_day, 2);
        assert_eq!(ev.inspections[2].same_day, 1);
        assert_eq!(
            u0.inspections_by_quarter,
            vec![(d("2025-01-01"), 2), (d("2025-04-01"), 1)]
        );
        assert_eq!(
            figures.units[1].meetings_by_week,
            vec![(d("2025-01-06"), 1)]
        );
        let bodies = inspecting_bodies(&b, p);
        assert_eq!(bodies[0].name, "County");
        assert_eq!((bodies[0].count, bodies[0].units.clone()), (3, vec![0, 1]));
        let calls = conveners(&b, p);
        assert_eq!(calls[0].hours, 6.0);
        let stacked = stacked_days(&b, p);
        assert_eq!(stacked.len(), 1);
        assert_eq!((stacked[0].unit, stacked[0].bodies.len()), (0, 2));
    }
}
