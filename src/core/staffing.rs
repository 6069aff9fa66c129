//! How many officers the workload needs, unit by unit: the workload-based
//! method, officers = workload / (standard hours x availability x level),
//! for the load ratio to be within a level (the warning threshold, and the
//! standard, 1.0). Availability is the bureau's own: the share of officer-
//! days not on leave, comp, training or sick leave in the period. Against
//! what each unit has, it says how much of the gap moving officers alone
//! could close (officers above a unit's need and its staffing floor, given
//! to units below their need) and how many recruits the rest needs.

use crate::core::check::CheckReport;
use crate::core::model::{Bureau, Shift};
use crate::core::period::Period;
use crate::core::rules::{RuleId, Rules};
use serde::Serialize;

/// One unit's need at a level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitNeed {
    pub unit_id: String,
    pub name: String,
    /// Officer-equivalents it has over the period.
    pub has: f64,
    /// Officers it needs for its load ratio to be within the warning
    /// threshold, and within the standard (1.0).
    pub need_warn: u32,
    pub need_standard: u32,
    /// Officers it must keep for its minimum on duty (staffing floor).
    pub floor: u32,
}

impl UnitNeed {
    /// Whether the unit has fewer officer-equivalents than `need`.
    pub fn lacks(&self, need: u32) -> bool {
        f64::from(need) > self.has + 1e-9
    }
}

/// The bureau's need at one level.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Gap {
    /// The load ratio aimed at.
    pub level: f64,
    /// Officers the units need in all, and what the units below their need lack.
    pub need: u32,
    pub short: u32,
    /// How much of `short` moving officers alone can close, and the recruits
    /// the rest needs.
    pub by_moves: u32,
    pub recruits: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StaffingNeed {
    /// Share of officer-days available for duty.
    pub availability: f64,
    /// Officer-equivalents the bureau has.
    pub has: f64,
    pub warn: Gap,
    pub standard: Gap,
    pub units: Vec<UnitNeed>,
}

/// Each unit's staffing floor: the officers it must keep for its minimum on
/// duty, ceil(min_on_duty x relief factor), the relief factor being the
/// period's officer-days over the days its officers are on duty (the
/// bureau's, for a unit with no one on duty). A suggestion never takes a
/// unit below it.
pub fn floors(report: &CheckReport, bureau: &Bureau) -> Vec<u32> {
    let duty = |u: &crate::core::check::UnitReport| -> f64 {
        u.figures.daily_on_duty.iter().map(|&n| n as f64).sum()
    };
    let (all_days, all_duty) = report.units.iter().fold((0.0, 0.0), |(d, n), u| {
        (d + u.figures.officer_days as f64, n + duty(u))
    });
    let bureau_relief = if all_duty > 0.0 {
        all_days / all_duty
    } else {
        1.0
    };
    report
        .units
        .iter()
        .zip(&bureau.units)
        .map(|(u, unit)| {
            let relief = if duty(u) > 0.0 {
                u.figures.officer_days as f64 / duty(u)
            } else {
                bureau_relief
            };
            (unit.min_on_duty as f64 * relief - 1e-9).ceil().max(0.0) as u32
        })
        .collect()
}

/// Officers needed for `worked` hours at load `level`.
fn officers_for(worked: f64, capacity: f64, availability: f64, level: f64) -> u32 {
    if worked <= 0.0 {
        return 0;
    }
    (worked / (capacity * availability * level) - 1e-9)
        .ceil()
        .max(0.0) as u32
}

/// The need of a bureau as checked over `period`.
pub fn need(bureau: &Bureau, period: Period, report: &CheckReport, rules: &Rules) -> StaffingNeed {
    let (mut away, mut all) = (0u64, 0u64);
    for u in &report.units {
        all += u64::from(u.figures.officer_days);
    }
    for o in 0..bureau.officers.len() as u32 {
        away += bureau
            .roster
            .of(o)
            .iter()
            .filter(|e| period.contains(e.date))
            .filter(|e| {
                matches!(
                    e.shift,
                    Shift::Leave | Shift::Comp | Shift::Train | Shift::Sick
                )
            })
            .count() as u64;
    }
    let availability = if all > 0 {
        (1.0 - away as f64 / all as f64).clamp(0.05, 1.0)
    } else {
        1.0
    };
    let capacity = rules.standard_weekly_hours * period.days() as f64 / 7.0;
    let warn_level = rules.threshold(RuleId::LoadRatio).warn;
    let floors = floors(report, bureau);
    let units: Vec<UnitNeed> = report
        .units
        .iter()
        .zip(&bureau.units)
        .enumerate()
        .map(|(i, (u, unit))| {
            let f = &u.figures;
            let floor = floors[i];
            UnitNeed {
                unit_id: u.unit_id.clone(),
                name: unit.name.clone(),
                has: f.officers,
                need_warn: officers_for(f.worked_hours, capacity, availability, warn_level),
                need_standard: officers_for(f.worked_hours, capacity, availability, 1.0),
                floor,
            }
        })
        .collect();
    let gap = |level: f64, need: &dyn Fn(&UnitNeed) -> u32| {
        let (mut short, mut spare) = (0u32, 0u32);
        for u in &units {
            let n = need(u);
            short += (n as f64 - u.has - 1e-9).ceil().max(0.0) as u32;
            spare += (u.has - n.max(u.floor) as f64 + 1e-9).floor().max(0.0) as u32;
        }
        let by_moves = short.min(spare);
        Gap {
            level,
            need: units.iter().map(need).sum(),
            short,
            by_moves,
            recruits: short - by_moves,
        }
    };
    StaffingNeed {
        availability,
        has: units.iter().map(|u| u.has).sum(),
        warn: gap(warn_level, &|u| u.need_warn),
        standard: gap(1.0, &|u| u.need_standard),
        units,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::check::check;
    use crate::core::model::{Officer, Role, Roster, RosterEntry, Unit, UnitKind};
    use chrono::{Days, NaiveDate};

    /// Two units over 28 days (4 weeks, 160 standard hours an officer):
    /// A has 2 officers on 12 h days every day but one TRAIN day each
    /// (27 x 12 = 324 h each, 648 h); B has 4 officers on 8 h days Monday
    /// to Friday (20 x 8 = 160 h each, 640 h). Minimum on duty 1 each.
    #[test]
    fn the_need_of_a_hand_made_bureau() {
        let start: NaiveDate = "2025-03-03".parse().unwrap();
        let officer = |id: &str, unit| Officer {
            id: id.into(),
            name: id.into(),
            unit,
            role: Role::Patrol,
            service_start: "2020-01-01".parse().unwrap(),
            home_district: String::new(),
        };
        let officers = vec![
            officer("A1", 0),
            officer("A2", 0),
            officer("B1", 1),
            officer("B2", 1),
            officer("B3", 1),
            officer("B4", 1),
        ];
        let mut rows = Vec::new();
        for i in 0..28u64 {
            let date = start + Days::new(i);
            for o in 0..2 {
                let (shift, hours) = if i == 10 + o as u64 {
                    (Shift::Train, 8.0)
                } else {
                    (Shift::Day, 12.0)
                };
                rows.push((o, RosterEntry { date, shift, hours }));
            }
            for o in 2..6 {
                let weekday = i % 7 < 5;
                let (shift, hours) = if weekday {
                    (Shift::Day, 8.0)
                } else {
                    (Shift::Off, 0.0)
                };
                rows.push((o, RosterEntry { date, shift, hours }));
            }
        }
        let unit = |id: &str| Unit {
            id: id.into(),
            name: id.into(),
            kind: UnitKind::Station,
            min_on_duty: 1,
        };
        let b = Bureau {
            units: vec![unit("A"), unit("B")],
            roster: Roster::from_rows(6, rows),
            officers: officers.into(),
            ..Bureau::default()
        };
        let period = Period::new(start, start + Days::new(27)).unwrap();
        let rules = Rules::default();
        let report = check(&b, period, &rules);
        let n = need(&b, period, &report, &rules);
        // Worked hours: A 2 x (27 x 12 + 8) = 664; B 640. Availability:
        // 2 TRAIN days of 168 officer-days.
        assert_eq!(report.units[0].figures.worked_hours, 664.0);
        assert_eq!(report.units[1].figures.worked_hours, 640.0);
        let a = 1.0 - 2.0 / 168.0;
        assert!((n.availability - a).abs() < 1e-12);
        // A: 664 / (160 x 0.988) = 4.2 -> 5 within 1.0; at the warning
        // level 1.1: 3.8 -> 4. B: 640 / 158.1 = 4.05 -> 5; / 1.1 = 3.7 -> 4.
        assert_eq!((n.units[0].need_standard, n.units[0].need_warn), (5, 4));
        assert_eq!((n.units[1].need_standard, n.units[1].need_warn), (5, 4));
        // B's floor: 1 x 112 officer-days / 80 duty days = 1.4 -> 2.
        assert_eq!(n.units[1].floor, 2);
        // Within 1.1: A lacks 2, B has none to spare: 2 recruits.
        assert_eq!(
            (n.warn.need, n.warn.short, n.warn.by_moves, n.warn.recruits),
            (8, 2, 0, 2)
        );
        // Within 1.0: A lacks 3, B 1: 4 recruits.
        assert_eq!((n.standard.short, n.standard.recruits), (4, 4));
    }
}
