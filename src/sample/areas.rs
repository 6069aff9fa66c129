//! Community areas (household registration zones) of the stations.

use super::dice::{Dice, between, chance, uniform};
use super::layout::{Incident, UnitPlan};
use super::numbered;
use crate::core::model::{Area, Officer, OfficerIdx, Role, UnitIdx};

/// Households an area holds, at most and at least.
const AREA_MIN: u32 = 200;
const AREA_MAX: u32 = 1500;
/// An area is split once its officer holds more than this.
const SPLIT_ABOVE: u32 = 1400;
/// Residents per household (about 2.8 on average).
const RESIDENTS_PER_HOUSEHOLD: (f64, f64) = (2.6, 3.0);
/// Households of an area whose officer post is vacant.
const VACANT_AREA: (u32, u32) = (200, 600);
/// The hoarding officer's three areas, each of this size: over 3,000 in all.
const HOARDED_AREA: (u32, u32) = (1050, 1450);

/// An area before it has an id.
struct Draft {
    unit: UnitIdx,
    officer: Option<OfficerIdx>,
    households: u32,
}

/// Splits `total` households into areas of 200-1,500: larger holdings always,
/// mid-sized ones sometimes (two villages rather than one).
fn split(rng: &mut Dice, total: u32) -> Vec<u32> {
    let mut parts = total.div_ceil(SPLIT_ABOVE).max(1);
    if parts == 1 && total >= 800 && chance(rng, 0.4) {
        parts = 2;
    }
    (0..parts)
        .map(|_| {
            let share = f64::from(total / parts) * uniform(rng, 0.85, 1.15);
            (share.round() as u32).clamp(AREA_MIN, AREA_MAX)
        })
        .collect()
}

/// The areas of one station: each community officer's holding, one of them
/// hoarding three large areas when scripted, and a few vacant ones.
fn station_areas(
    rng: &mut Dice,
    u: UnitIdx,
    plan: &UnitPlan,
    officers: &[Officer],
    out: &mut Vec<Draft>,
) {
    let Some(h) = plan.profile.households else {
        return;
    };
    let community = plan
        .officers
        .clone()
        .filter(|&o| officers[o].role == Role::Community);
    for (k, o) in community.enumerate() {
        let holding: Vec<u32> = if k == 0 && plan.has(Incident::AreaHoarding) {
            (0..3)
                .map(|_| between(rng, HOARDED_AREA.0, HOARDED_AREA.1))
                .collect()
        } else {
            let total = between(rng, h.per_officer.0, h.per_officer.1);
            split(rng, total)
        };
        out.extend(holding.into_iter().map(|households| Draft {
            unit: u,
            officer: Some(o as OfficerIdx),
            households,
        }));
    }
    for _ in 0..between(rng, h.unassigned_areas.0, h.unassigned_areas.1) {
        out.push(Draft {
            unit: u,
            officer: None,
            households: between(rng, VACANT_AREA.0, VACANT_AREA.1),
        });
    }
}

/// The areas of every station, with ids `A001`, ... in station order.
pub fn areas(rng: &mut Dice, plans: &[UnitPlan], officers: &[Officer]) -> Vec<Area> {
    let mut drafts = Vec::new();
    for (u, plan) in plans.iter().enumerate() {
        station_areas(rng, u as UnitIdx, plan, officers, &mut drafts);
    }
    let count = drafts.len();
    drafts
        .into_iter()
        .enumerate()
        .map(|(k, d)| {
            let (lo, hi) = RESIDENTS_PER_HOUSEHOLD;
            let residents = (f64::from(d.households) * uniform(rng, lo, hi)).round() as u64;
            Area {
                id: numbered('A', k + 1, count, 3),
                unit: d.unit,
                officer: d.officer,
                households: u64::from(d.households),
                residents,
            }
        })
        .collect()
}
