//! Officers who move, join and leave during the period (contract v2), laid
//! over a generated bureau: transfers mid-period, on its first and last day
//! and before it, hires with a service start inside the period, leavers, and
//! an officer who leaves and comes back to another unit.
//!
//! Only officers who hold no community area are picked (an area's officer
//! must serve at its unit on the last day) and each at most once. Rows dated
//! when an officer does not serve are removed, so the bureau stays valid.

use super::calendar::Timeline;
use super::dice::{Dice, between, sample};
use crate::core::model::{Assignment, Bureau, OfficerIdx, UnitIdx};
use chrono::{Days, NaiveDate};

/// What happens to one officer.
#[derive(Clone, Copy)]
enum Event {
    Transfer,
    Hire,
    Leaver,
    TransferBefore,
    TransferFirstDay,
    TransferLastDay,
    LeaveAndReturn,
}

const CYCLE: [Event; 7] = [
    Event::Transfer,
    Event::Hire,
    Event::Leaver,
    Event::TransferBefore,
    Event::TransferFirstDay,
    Event::TransferLastDay,
    Event::LeaveAndReturn,
];

/// Lays `count` events over `bureau` (fewer when there are not enough
/// officers without areas, or the period is under three days).
pub fn lay_over(rng: &mut Dice, bureau: &mut Bureau, t: &Timeline, count: usize) {
    let days = t.len();
    if days < 3 || bureau.units.len() < 2 {
        return;
    }
    let holds: Vec<bool> = {
        let mut h = vec![false; bureau.officers.len()];
        for a in &bureau.areas {
            if let Some(o) = a.officer {
                h[o as usize] = true;
            }
        }
        h
    };
    let free: Vec<OfficerIdx> = (0..bureau.officers.len() as OfficerIdx)
        .filter(|&o| !holds[o as usize])
        .collect();
    let date = |i: usize| t.dates[i];
    let units = bureau.units.len() as u32;
    for (k, o) in sample(rng, &free, count).into_iter().enumerate() {
        let home = bureau.officer(o).unit;
        // Another unit than the officer's own.
        let other = |rng: &mut Dice| -> UnitIdx { (home + between(rng, 1, units - 1)) % units };
        let mid = between(rng, 1, days as u32 - 2) as usize;
        let mut assign = |unit: Option<UnitIdx>, from: NaiveDate| {
            bureau.assignments.push(Assignment {
                officer: o,
                unit,
                from,
            })
        };
        match CYCLE[k % CYCLE.len()] {
            Event::Transfer => assign(Some(other(rng)), date(mid)),
            Event::TransferFirstDay => assign(Some(other(rng)), date(0)),
            Event::TransferLastDay => assign(Some(other(rng)), date(days - 1)),
            Event::TransferBefore => assign(Some(other(rng)), date(0) - Days::new(40)),
            Event::Leaver => {
                assign(None, date(mid));
                drop_rows(bureau, o, date(mid), None);
            }
            Event::LeaveAndReturn => {
                let back = between(rng, mid as u32 + 1, days as u32 - 1) as usize;
                assign(None, date(mid));
                assign(Some(other(rng)), date(back));
                drop_rows(bureau, o, date(mid), Some(date(back)));
            }
            Event::Hire => {
                std::sync::Arc::make_mut(&mut bureau.officers)[o as usize].service_start =
                    date(mid);
                drop_rows(bureau, o, t.dates[0] - Days::new(3660), Some(date(mid)));
            }
        }
    }
    bureau.assignments.sort_by_key(|a| (a.officer, a.from));
}

/// Removes officer `o`'s roster and overtime rows from `from` to `until`
/// (excluded; `None`: to the end).
fn drop_rows(bureau: &mut Bureau, o: OfficerIdx, from: NaiveDate, until: Option<NaiveDate>) {
    let keep = |d: NaiveDate| d < from || until.is_some_and(|u| d >= u);
    let roster = bureau
        .roster
        .of(o)
        .iter()
        .filter(|e| keep(e.date))
        .copied()
        .collect();
    bureau.roster.set(o, roster);
    let overtime = bureau
        .overtime
        .of(o)
        .iter()
        .filter(|e| keep(e.date))
        .cloned()
        .collect();
    bureau.overtime.set(o, overtime);
}
