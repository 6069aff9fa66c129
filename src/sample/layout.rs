//! The bureau's units and officers: which units a bureau of a given size has,
//! how its officers are shared out, their roles, service and home districts.

use super::dice::{Dice, between, chance, pick};
use super::profile::{
    CRIMINAL, CUSTODY, OFFICE, OVERLOADED_STATION as OVERLOADED, PATROL, Profile, Rota,
    SHORT_STATION, SPECIAL, STATION, Staffing, TRAFFIC,
};
use super::{names, numbered};
use crate::core::model::{Officer, Role, Unit, UnitIdx, UnitKind};
use Incident::{AreaHoarding, InspectionStorm, MeetingStorm, RosterGap, TaskForce, UnpaidCallIns};
use chrono::NaiveDate;
use std::collections::BTreeSet;
use std::ops::Range;

/// A scripted problem a unit shows in the sample, so that each rule of the
/// contract has a real case to fire on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Incident {
    /// The first community officer holds three large areas (over 3,000 households).
    AreaHoarding,
    /// Four inspection teams on one day, six in the quarter.
    InspectionStorm,
    /// Six meetings in one week.
    MeetingStorm,
    /// The first investigator is on a major-case task force: no rest day for five weeks.
    TaskForce,
    /// The first patrol officer is called in on rest day after rest day, never compensated.
    UnpaidCallIns,
    /// The last officer's roster is missing a few days (a data gap).
    RosterGap,
}

/// A unit as the generator plans it.
#[derive(Debug, Clone)]
pub struct UnitPlan {
    pub unit: Unit,
    pub profile: &'static Profile,
    pub incidents: &'static [Incident],
    /// Indices of its officers in the bureau's (sorted) officer list.
    pub officers: Range<usize>,
}

impl UnitPlan {
    pub fn has(&self, incident: Incident) -> bool {
        self.incidents.contains(&incident)
    }

    /// The township a station serves.
    pub fn town(&self) -> Option<&str> {
        station_town(&self.unit.name).filter(|_| self.unit.kind == UnitKind::Station)
    }
}

/// A unit before it has an id and officers.
struct Draft {
    name: String,
    kind: UnitKind,
    /// Its share of the officers.
    weight: u32,
    profile: &'static Profile,
    incidents: &'static [Incident],
}

/// A core unit: name, kind, officers in the default sample, profile, incidents.
type CoreUnit = (
    &'static str,
    UnitKind,
    u32,
    &'static Profile,
    &'static [Incident],
);

/// The units of a county bureau of 360 officers, in id order. Stations are
/// named after the township they serve.
#[rustfmt::skip]
const CORE: [CoreUnit; 14] = [
    ("指挥中心",                 UnitKind::Office,   16, &OFFICE,        &[RosterGap]),
    ("政治处",           UnitKind::Office,   12, &OFFICE,        &[]),
    ("刑侦大队", UnitKind::Criminal, 48, &CRIMINAL,      &[TaskForce]),
    ("巡特警大队",        UnitKind::Patrol,   60, &PATROL,        &[RosterGap]),
    ("交警大队",         UnitKind::Traffic,  44, &TRAFFIC,       &[RosterGap]),
    ("特勤大队",        UnitKind::Special,  20, &SPECIAL,       &[]),
    ("看守所",               UnitKind::Other,    24, &CUSTODY,       &[]),
    ("城关派出所",              UnitKind::Station,  36, &OVERLOADED,    &[AreaHoarding, UnpaidCallIns]),
    ("东荡派出所",               UnitKind::Station,  22, &OVERLOADED,    &[InspectionStorm, UnpaidCallIns]),
    ("西坪派出所",                 UnitKind::Station,  10, &SHORT_STATION, &[MeetingStorm]),
    ("南山派出所",                UnitKind::Station,  20, &STATION,       &[]),
    ("北桥派出所",                UnitKind::Station,  18, &STATION,       &[]),
    ("黄岭派出所",              UnitKind::Station,  16, &STATION,       &[]),
    ("石河派出所",                  UnitKind::Station,  14, &STATION,       &[]),
];

/// The township a station is named after ("东荡派出所": "东荡").
fn station_town(name: &str) -> Option<&str> {
    name.strip_suffix("派出所")
}

/// The order in which a smaller bureau keeps the core units (indices into
/// `CORE`): the county-seat station and the main brigades first.
const KEEP_ORDER: [usize; 14] = [7, 2, 3, 0, 8, 4, 10, 1, 5, 6, 9, 11, 12, 13];

/// Units added beyond the core, in turn, each named after a new township:
/// name suffix, kind, officers (25 a unit on average), profile.
#[rustfmt::skip]
const EXTRA_CYCLE: [(&str, UnitKind, u32, &Profile); 12] = [
    ("派出所",                          UnitKind::Station,  25, &STATION),
    ("派出所",                          UnitKind::Station,  25, &STATION),
    ("派出所",                          UnitKind::Station,  22, &OVERLOADED),
    ("交警中队",                UnitKind::Traffic,  30, &TRAFFIC),
    ("派出所",                          UnitKind::Station,  25, &STATION),
    ("派出所",                          UnitKind::Station,  10, &SHORT_STATION),
    ("刑侦中队", UnitKind::Criminal, 35, &CRIMINAL),
    ("派出所",                          UnitKind::Station,  25, &STATION),
    ("巡警中队",                 UnitKind::Patrol,   35, &PATROL),
    ("公安检查站",      UnitKind::Other,    20, &CUSTODY),
    ("派出所",                          UnitKind::Station,  28, &STATION),
    ("警务室",           UnitKind::Office,   20, &OFFICE),
];

/// Officers per unit a bureau grows by.
const OFFICERS_PER_UNIT: usize = 25;
/// Even a tiny bureau keeps a few units.
const FEWEST_UNITS: usize = 4;

/// Number of units for a bureau of `officers`: one per 25 officers (14 for
/// the default 360), at least a few, never more than the officers.
pub fn unit_count(officers: usize) -> usize {
    let by_size = (officers + OFFICERS_PER_UNIT / 2) / OFFICERS_PER_UNIT;
    by_size.max(officers.min(FEWEST_UNITS)).max(1)
}

fn core_drafts(count: usize) -> Vec<Draft> {
    let mut kept: Vec<usize> = KEEP_ORDER[..count.min(CORE.len())].to_vec();
    kept.sort_unstable();
    kept.into_iter()
        .map(|i| {
            let (name, kind, weight, profile, incidents) = CORE[i];
            Draft {
                name: name.to_string(),
                kind,
                weight,
                profile,
                incidents,
            }
        })
        .collect()
}

fn extra_drafts(count: usize) -> Vec<Draft> {
    let taken: BTreeSet<&str> = CORE.iter().filter_map(|c| station_town(c.0)).collect();
    let mut towns = (0..)
        .map(names::township)
        .filter(|t| !taken.contains(t.as_str()));
    (0..count)
        .map(|k| {
            let (suffix, kind, weight, profile) = EXTRA_CYCLE[k % EXTRA_CYCLE.len()];
            let town = towns.next().expect("township names never run out");
            Draft {
                name: format!("{town}{suffix}"),
                kind,
                weight,
                profile,
                incidents: &[],
            }
        })
        .collect()
}

/// Shares `total` among `weights` in proportion, by largest remainder, in
/// integers so every machine agrees; when there are enough to go round, a
/// unit left with none takes one from the largest.
fn apportion(total: usize, weights: &[u32]) -> Vec<usize> {
    let sum: u64 = weights.iter().map(|&w| u64::from(w)).sum::<u64>().max(1);
    let exact = |i: usize| total as u64 * u64::from(weights[i]);
    let mut shares: Vec<usize> = (0..weights.len())
        .map(|i| (exact(i) / sum) as usize)
        .collect();
    let mut by_remainder: Vec<usize> = (0..weights.len()).collect();
    by_remainder.sort_by_key(|&i| std::cmp::Reverse(exact(i) % sum));
    let left = total - shares.iter().sum::<usize>();
    for &i in by_remainder.iter().take(left) {
        shares[i] += 1;
    }
    if total >= weights.len() {
        while let Some(empty) = shares.iter().position(|&s| s == 0) {
            let largest = (0..shares.len())
                .max_by_key(|&i| (shares[i], std::cmp::Reverse(i)))
                .expect("not empty");
            shares[largest] -= 1;
            shares[empty] += 1;
        }
    }
    shares
}

/// Realistic bounds of `min_on_duty` by kind of unit.
fn duty_bounds(kind: UnitKind) -> (u32, u32) {
    match kind {
        UnitKind::Station => (3, 6),
        UnitKind::Criminal => (3, 8),
        UnitKind::Patrol => (4, 12),
        UnitKind::Traffic => (3, 8),
        UnitKind::Special => (2, 4),
        UnitKind::Office => (1, 2),
        UnitKind::Other => (3, 6),
    }
}

/// Officers that must be on duty every day. Offices keep one or two on their
/// rest-day rotation. Rota units are asked for about 60% of the thinnest day
/// of their cycle (room for leave and sickness), or, when staffing is tight,
/// for the cycle's average, which the thin days cannot meet.
fn min_on_duty(kind: UnitKind, profile: &Profile, size: usize) -> u32 {
    let (lo, hi) = duty_bounds(kind);
    let size = size as u32;
    let by_phase = profile.rota.on_duty_by_phase(size as usize);
    match (profile.rota, profile.staffing) {
        (Rota::Office, _) => (size / 8).clamp(lo, hi).min(size),
        (Rota::Cycle(_), Staffing::Comfortable) => {
            let thinnest = by_phase.iter().copied().min().unwrap_or(0);
            ((thinnest * 3 + 2) / 5).clamp(lo, hi).min(thinnest)
        }
        (Rota::Cycle(_), Staffing::Tight) => {
            let total: u32 = by_phase.iter().sum();
            let phases = by_phase.len().max(1) as u32;
            ((total + phases / 2) / phases).clamp(lo, hi)
        }
    }
}

/// The units of a bureau of `officers`, in id order, each with its share of
/// the officers (consecutive ranges of the officer list).
pub fn plan(officers: usize) -> Vec<UnitPlan> {
    let count = unit_count(officers);
    let mut drafts = core_drafts(count);
    drafts.extend(extra_drafts(count.saturating_sub(CORE.len())));
    let weights: Vec<u32> = drafts.iter().map(|d| d.weight).collect();
    let count = drafts.len();
    let mut next = 0;
    drafts
        .into_iter()
        .zip(apportion(officers, &weights))
        .enumerate()
        .map(|(k, (draft, size))| {
            let range = next..next + size;
            next += size;
            UnitPlan {
                unit: Unit {
                    id: numbered('U', k + 1, count, 2),
                    name: draft.name,
                    kind: draft.kind,
                    min_on_duty: min_on_duty(draft.kind, draft.profile, size),
                },
                profile: draft.profile,
                incidents: draft.incidents,
                officers: range,
            }
        })
        .collect()
}

/// The roles of a unit of `size`, leaders first: one to three leaders, an
/// instructor in larger operational units, then the unit's rank and file.
fn roles(kind: UnitKind, profile: &Profile, size: usize) -> Vec<Role> {
    let leaders = match size {
        0 => 0,
        1..=5 => 1,
        6..=15 => 2,
        _ => 3,
    };
    let instructors = usize::from(size >= 12 && kind != UnitKind::Office);
    let rank_and_file = size - leaders - instructors;
    let mut roles = vec![Role::Leader; leaders];
    roles.resize(leaders + instructors, Role::Instructor);
    let main = match kind {
        UnitKind::Station => {
            let share = profile.households.map_or(0.0, |h| h.community_share);
            let community =
                ((rank_and_file as f64 * share).round() as usize).max(rank_and_file.min(1));
            roles.resize(roles.len() + community, Role::Community);
            Role::Patrol
        }
        UnitKind::Criminal => Role::Investigator,
        UnitKind::Patrol | UnitKind::Special => Role::Patrol,
        UnitKind::Traffic => Role::Traffic,
        UnitKind::Office | UnitKind::Other => Role::Staff,
    };
    roles.resize(size, main);
    roles
}

/// A first day of service `years` full years before the start of 2025.
fn service_start(rng: &mut Dice, role: Role) -> NaiveDate {
    let years = match role {
        Role::Leader => between(rng, 12, 32),
        Role::Instructor => between(rng, 8, 28),
        _ => between(rng, 0, 35),
    };
    // Any ordinal up to 365 exists in every year; day 2 onwards keeps the
    // anniversary after 1 January, so exactly `years` are completed by 2025.
    NaiveDate::from_yo_opt(2024 - years as i32, between(rng, 2, 365))
        .expect("ordinal 2..=365 exists in every year")
}

/// Share of officers whose home district is not on file.
const UNKNOWN_HOME_SHARE: f64 = 0.12;
/// Share of station officers who live in the township they police.
const LOCAL_SHARE: f64 = 0.5;

fn home_district(rng: &mut Dice, own_town: Option<&str>, towns: &[&str]) -> String {
    if towns.is_empty() || chance(rng, UNKNOWN_HOME_SHARE) {
        return String::new();
    }
    match own_town {
        Some(town) if chance(rng, LOCAL_SHARE) => town.to_string(),
        _ => pick(rng, towns).to_string(),
    }
}

/// The officers of every unit, in id order (`P0001`, ...), leaders first
/// within each unit.
pub fn officers(rng: &mut Dice, plans: &[UnitPlan]) -> Vec<Officer> {
    let total = plans.last().map_or(0, |p| p.officers.end);
    let towns: Vec<&str> = plans.iter().filter_map(|p| p.town()).collect();
    let mut officers = Vec::with_capacity(total);
    for (u, plan) in plans.iter().enumerate() {
        for role in roles(plan.unit.kind, plan.profile, plan.officers.len()) {
            officers.push(Officer {
                id: numbered('P', officers.len() + 1, total, 4),
                name: names::person(rng),
                unit: u as UnitIdx,
                role,
                service_start: service_start(rng, role),
                home_district: home_district(rng, plan.town(), &towns),
            });
        }
    }
    officers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_units_average_25_officers() {
        let total: u32 = EXTRA_CYCLE.iter().map(|e| e.2).sum();
        assert_eq!(total as usize, OFFICERS_PER_UNIT * EXTRA_CYCLE.len());
    }

    #[test]
    fn unit_counts_follow_size() {
        assert_eq!(unit_count(360), 14);
        assert_eq!(unit_count(300), 12);
        assert_eq!(unit_count(400), 16);
        assert_eq!(unit_count(5000), 200);
        assert_eq!(unit_count(20), 4);
        assert_eq!(unit_count(2), 2);
        assert_eq!(unit_count(0), 1);
    }

    #[test]
    fn apportion_is_exact() {
        assert_eq!(apportion(10, &[1, 1, 1]), vec![4, 3, 3]);
        assert_eq!(apportion(3, &[100, 1, 1]), vec![1, 1, 1]);
        assert_eq!(
            apportion(360, &CORE.map(|c| c.2)),
            CORE.map(|c| c.2 as usize).to_vec()
        );
        assert_eq!(apportion(2, &[5, 5, 5]).iter().sum::<usize>(), 2);
        assert_eq!(apportion(0, &[5]), vec![0]);
    }

    #[test]
    fn roles_fit_the_unit() {
        let r = roles(UnitKind::Station, &STATION, 20);
        assert_eq!(r.len(), 20);
        assert_eq!(r.iter().filter(|&&x| x == Role::Leader).count(), 3);
        assert_eq!(r.iter().filter(|&&x| x == Role::Instructor).count(), 1);
        assert!(r.contains(&Role::Community) && r.contains(&Role::Patrol));
        assert_eq!(roles(UnitKind::Office, &OFFICE, 1), vec![Role::Leader]);
        assert_eq!(
            roles(UnitKind::Station, &STATION, 2),
            vec![Role::Leader, Role::Community]
        );
    }
}
