//! The proposed bureau of a scenario: officers in their new units, recruits
//! added, areas with their new community officers, minimums changed; every
//! record of the past (roster, overtime, visits, meetings) as it was.

use crate::core::model::{Area, Bureau, Officer, Roster, Unit};
use crate::core::scenario::project::Projection;
use std::collections::HashMap;

/// The bureau a projection proposes. Officers who leave stay listed (their
/// roster rows are the bureau's history) in the unit they left.
pub fn proposed_bureau(baseline: &Bureau, projection: &Projection) -> Bureau {
    let units: Vec<Unit> = baseline
        .units
        .iter()
        .zip(&projection.units)
        .map(|(u, p)| Unit {
            min_on_duty: p.min_on_duty,
            ..u.clone()
        })
        .collect();
    let unit_index = |id: &str| baseline.unit_index(id);
    let mut officers: Vec<Officer> = Vec::with_capacity(projection.officers.len());
    for (i, p) in projection.officers.iter().enumerate() {
        let unit = p.unit_id.as_deref().and_then(unit_index);
        match baseline.officers.get(i) {
            Some(o) => officers.push(Officer {
                unit: unit.unwrap_or(o.unit),
                ..o.clone()
            }),
            None => officers.push(Officer {
                id: p.officer_id.clone(),
                name: p.name.clone(),
                unit: unit.unwrap_or(0),
                role: p.role,
                service_start: p.joined.unwrap_or_default(),
                home_district: String::new(),
            }),
        }
    }
    // Keep officers sorted by id, and every table pointing at the right one.
    let mut order: Vec<usize> = (0..officers.len()).collect();
    order.sort_by(|&a, &b| officers[a].id.cmp(&officers[b].id));
    let mut new_index = vec![0u32; officers.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new as u32;
    }
    let by_id: HashMap<&str, u32> = officers
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id.as_str(), new_index[i]))
        .collect();
    let areas = baseline
        .areas
        .iter()
        .zip(&projection.area_holders)
        .map(|(a, holder)| Area {
            officer: holder.as_deref().and_then(|h| by_id.get(h).copied()),
            ..a.clone()
        })
        .collect();
    let roster = Roster::from_rows(
        officers.len(),
        baseline
            .roster
            .iter()
            .map(|(o, e)| (new_index[o as usize], *e))
            .collect(),
    );
    let overtime = crate::core::model::OvertimeBook::from_rows(
        officers.len(),
        baseline
            .overtime
            .iter()
            .map(|(o, ot)| (new_index[o as usize], ot.clone()))
            .collect(),
    );
    let sorted: Vec<Officer> = order.iter().map(|&i| officers[i].clone()).collect();
    Bureau {
        units,
        officers: sorted,
        roster,
        areas,
        overtime,
        assignments: Vec::new(),
        inspections: baseline.inspections.clone(),
        meetings: baseline.meetings.clone(),
        calendar: baseline.calendar.clone(),
    }
}
