//! From a plan to the proposed bureau: officers placed as the plan says
//! (moves and leavers as `assignments` from their dates, recruits in service
//! from their first day), areas with their holders, the scenario's
//! minimums, visits and meetings, and the proposed roster: each unit whose
//! staff changes is dealt again from that day (`deal`), each lightened day
//! shortened, every other row as it was.
//!
//! A `Proposer` keeps what it dealt: proposing again after one edit deals
//! only the units whose staff, dates or freed hours changed, and rebuilds
//! only the rows of the officers they touch. Everything else is shared with
//! the previous proposal (and with the bureau itself), so the figures can
//! tell, by pointer, which officers changed.

use crate::core::figures::Staffing;
use crate::core::model::{
    Area, Assignment, Bureau, Officer, OfficerIdx, Overtime, PerOfficer, RosterEntry, Stint, Unit,
    UnitIdx, stints,
};
use crate::core::parallel::in_parallel;
use crate::core::period::Period;
use crate::core::scenario::deal::{
    Runs, UnitDeal, UnitInput, Worker, deal, deal_again, first_difference,
};
use crate::core::scenario::plan::{Person, Plan};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::sync::Arc;

/// What proposals are made from: the bureau, its period, and who served
/// where in its own roster (computed once).
pub struct Ground {
    pub bureau: Arc<Bureau>,
    pub period: Period,
    pub staffing: Staffing,
    /// Each unit's officers in the bureau's roster with their runs of days there.
    origins: Vec<Vec<(OfficerIdx, Runs)>>,
    /// Where each officer's assignment rows start in the bureau's (and end).
    assignments: Vec<usize>,
}

impl Ground {
    pub fn new(bureau: Arc<Bureau>, period: Period) -> Ground {
        let staffing = Staffing::new(&bureau, period);
        let mut origins: Vec<Vec<(OfficerIdx, Runs)>> = vec![Vec::new(); bureau.units.len()];
        for o in 0..bureau.officers.len() {
            for s in staffing.stints_of(o as OfficerIdx) {
                let units = &mut origins[s.unit as usize];
                match units.last_mut() {
                    Some((x, runs)) if *x == o as OfficerIdx => runs.push((s.start, s.end)),
                    _ => units.push((o as OfficerIdx, vec![(s.start, s.end)])),
                }
            }
        }
        let mut assignments = Vec::with_capacity(bureau.officers.len() + 1);
        for o in 0..=bureau.officers.len() {
            assignments.push(
                bureau
                    .assignments
                    .partition_point(|a| (a.officer as usize) < o),
            );
        }
        Ground {
            bureau,
            period,
            staffing,
            origins,
            assignments,
        }
    }
}

/// What happened at a unit, besides its figures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UnitNote {
    /// The first day the unit's roster was dealt again (its staff changed).
    pub dealt_from: Option<NaiveDate>,
    /// Officer-hours taken off by lightening the load from above.
    pub freed_hours: f64,
    /// Work nobody could take within 24 h a day.
    pub uncovered_hours: f64,
    /// Shifts nobody was free to take, worked as overtime.
    pub covered_as_overtime: f64,
}

/// The proposed bureau, and what happened at each unit.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub bureau: Bureau,
    pub notes: Vec<UnitNote>,
}

/// What a unit's deal depends on, besides the bureau itself. People are
/// named by their position in the plan, which their id fixes (the bureau's
/// officers in its order, then recruit NEWk k-th).
#[derive(Debug, Clone, PartialEq)]
struct UnitKey {
    from: Option<usize>,
    workers: Vec<Worker>,
    freed: Vec<(usize, u64)>,
}

impl UnitKey {
    /// The first day on which the two keys' inputs differ (`None`: they do
    /// not), dealing from the same day.
    fn first_difference(&self, other: &UnitKey) -> Option<usize> {
        if self.from != other.from {
            return Some(0);
        }
        let mut first: Option<usize> = None;
        let mut at = |d: usize| first = Some(first.map_or(d, |f| f.min(d)));
        // Freed hours, by day.
        let (mut i, mut j) = (0, 0);
        let (a, b) = (&self.freed, &other.freed);
        while i < a.len() || j < b.len() {
            match (a.get(i), b.get(j)) {
                (Some(x), Some(y)) if x == y => (i, j) = (i + 1, j + 1),
                (Some(x), Some(y)) => {
                    at(x.0.min(y.0));
                    break;
                }
                (Some(x), None) => {
                    at(x.0);
                    break;
                }
                (None, Some(y)) => {
                    at(y.0);
                    break;
                }
                (None, None) => break,
            }
        }
        // Workers, by person (both lists are in the plan's order).
        let (mut i, mut j) = (0, 0);
        let (a, b) = (&self.workers, &other.workers);
        while i < a.len() || j < b.len() {
            match (a.get(i), b.get(j)) {
                (Some(x), Some(y)) if x.person == y.person => {
                    if x.baseline != y.baseline {
                        at(0);
                    } else if let Some(d) = first_difference(&x.stints, &y.stints) {
                        at(d);
                    }
                    (i, j) = (i + 1, j + 1);
                }
                (Some(x), Some(y)) if x.person < y.person => {
                    at(x.stints.first().map_or(0, |r| r.0));
                    i += 1;
                }
                (Some(x), None) => {
                    at(x.stints.first().map_or(0, |r| r.0));
                    i += 1;
                }
                (_, Some(y)) => {
                    at(y.stints.first().map_or(0, |r| r.0));
                    j += 1;
                }
                (None, None) => break,
            }
        }
        first
    }
}

/// What an officer's rows depend on, and the rows.
#[derive(Debug, Clone)]
struct PersonRows {
    service_start: NaiveDate,
    first_unit: UnitIdx,
    assignments: Vec<(NaiveDate, Option<UnitIdx>)>,
    /// The deals their days come from, by identity: a deal never changes,
    /// and holding it keeps its address from being reused.
    deals: Vec<Arc<UnitDeal>>,
    rows: Rows,
}

impl PersonRows {
    fn made_from(&self, p: &Person, deals: &[(Arc<UnitDeal>, usize)]) -> bool {
        self.service_start == p.service_start
            && self.first_unit == p.first_unit
            && self.assignments == p.assignments
            && self.deals.len() == deals.len()
            && self
                .deals
                .iter()
                .zip(deals)
                .all(|(a, (b, _))| Arc::ptr_eq(a, b))
    }
}

type Rows = (Arc<[RosterEntry]>, Arc<[Overtime]>);

/// Makes proposals, keeping what it dealt for the next one.
#[derive(Default)]
pub struct Proposer {
    units: HashMap<UnitIdx, (UnitKey, Arc<UnitDeal>)>,
    /// By position in the plan (see `UnitKey`), with the id for safety.
    people: Vec<Option<(String, PersonRows)>>,
    /// The recruits of the last proposal, its officers, and each person's
    /// position among them.
    officers: Option<(Vec<Officer>, Officers)>,
}

/// A proposal's officers, and each plan person's position among them.
type Officers = (Arc<Vec<Officer>>, Arc<Vec<OfficerIdx>>);

/// A unit to deal: its key, and an earlier deal to go on from, with the day.
type ToDeal = (usize, UnitKey, Option<(Arc<UnitDeal>, usize)>);

/// The bureau's officers with `recruits` among them in id order, and each
/// plan person's position (the bureau's officers first, then the recruits).
fn with_recruits(b: &Bureau, recruits: &[Officer]) -> Officers {
    let n = b.officers.len();
    if recruits.is_empty() {
        return (b.officers.clone(), Arc::new((0..n as OfficerIdx).collect()));
    }
    let mut order: Vec<usize> = (0..n + recruits.len()).collect();
    let id = |i: usize| -> &str {
        if i < n {
            &b.officers[i].id
        } else {
            &recruits[i - n].id
        }
    };
    order.sort_by(|&x, &y| id(x).cmp(id(y)));
    let mut index = vec![0 as OfficerIdx; order.len()];
    let mut officers = Vec::with_capacity(order.len());
    for (new, &i) in order.iter().enumerate() {
        index[i] = new as OfficerIdx;
        officers.push(if i < n {
            b.officers[i].clone()
        } else {
            recruits[i - n].clone()
        });
    }
    (Arc::new(officers), Arc::new(index))
}

impl Proposer {
    /// The proposed bureau of `plan`.
    pub fn propose(&mut self, ground: &Ground, plan: &Plan) -> Proposal {
        let b: &Bureau = &ground.bureau;
        let period = ground.period;
        let days = period.days();
        let n_units = b.units.len();

        // Where everyone serves in the proposal; who changed.
        let changed: Vec<bool> = plan
            .people
            .iter()
            .map(|p| match p.baseline {
                Some(o) => {
                    let rows = &b.assignments
                        [ground.assignments[o as usize]..ground.assignments[o as usize + 1]];
                    placement_changed(b.officer(o), rows, p)
                }
                None => true,
            })
            .collect();
        let proposed: Vec<std::borrow::Cow<[Stint]>> = plan
            .people
            .iter()
            .zip(&changed)
            .map(|(p, &changed)| match (p.baseline, changed) {
                (Some(o), false) => std::borrow::Cow::Borrowed(ground.staffing.stints_of(o)),
                _ => std::borrow::Cow::Owned(stints(
                    p.service_start,
                    p.first_unit,
                    p.assignments.iter().copied(),
                    period,
                )),
            })
            .collect();

        // Each unit is dealt from the first day its staff differs.
        let mut from: Vec<Option<usize>> = vec![None; n_units];
        for (i, p) in plan.people.iter().enumerate() {
            if !changed[i] {
                continue;
            }
            let before: &[Stint] = match p.baseline {
                Some(o) => ground.staffing.stints_of(o),
                None => &[],
            };
            for (u, day) in first_differences(before, &proposed[i], days) {
                let f = &mut from[u as usize];
                *f = Some(f.map_or(day, |x| x.min(day)));
            }
        }
        let mut freed: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n_units];
        for f in &plan.freed {
            if let Some(day) = period.index(f.date) {
                let list = &mut freed[f.unit as usize];
                match list.iter_mut().find(|(d, _)| *d == day) {
                    Some(entry) => entry.1 += f.hours,
                    None => list.push((day, f.hours)),
                }
            }
        }
        for list in &mut freed {
            list.sort_by_key(|(d, _)| *d);
        }
        // Who serves at each dealt unit from its first dealt day, in one pass.
        let mut workers: Vec<Vec<Worker>> = vec![Vec::new(); n_units];
        for (i, p) in plan.people.iter().enumerate() {
            for s in proposed[i].iter() {
                let Some(f) = from[s.unit as usize] else {
                    continue;
                };
                if s.end <= f {
                    continue;
                }
                let list = &mut workers[s.unit as usize];
                let run = (s.start.max(f), s.end);
                match list.last_mut() {
                    Some(w) if w.person == i => w.stints.push(run),
                    _ => list.push(Worker {
                        person: i,
                        baseline: p.baseline,
                        stints: vec![run],
                    }),
                }
            }
        }

        // Deal each unit that needs it, reusing the last deal when nothing it
        // reads changed; the units to deal again are dealt in parallel.
        let mut deals: Vec<Option<Arc<UnitDeal>>> = vec![None; n_units];
        let mut fresh: Vec<ToDeal> = Vec::new();
        for u in 0..n_units {
            if from[u].is_none() && freed[u].is_empty() {
                continue;
            }
            let key = UnitKey {
                from: from[u],
                workers: std::mem::take(&mut workers[u]),
                freed: freed[u].iter().map(|&(d, h)| (d, h.to_bits())).collect(),
            };
            match self.units.get(&(u as UnitIdx)) {
                Some((k, d)) if *k == key => deals[u] = Some(d.clone()),
                // Dealt before with the same inputs up to some day: deal
                // again from there only.
                Some((k, d)) => {
                    let resume = k
                        .first_difference(&key)
                        .and_then(|day| d.resumable_at(day))
                        .filter(|&day| key.from.is_some_and(|f| day > f));
                    fresh.push((u, key, resume.map(|day| (d.clone(), day))));
                }
                None => fresh.push((u, key, None)),
            }
        }
        let dealt = in_parallel(&fresh, |(u, key, resume)| {
            let input = UnitInput {
                bureau: b,
                period,
                origins: &ground.origins[*u],
                from: key.from,
                workers: &key.workers,
                freed: &freed[*u],
            };
            Arc::new(match resume {
                Some((earlier, day)) => deal_again(&input, earlier, *day),
                None => deal(&input),
            })
        });
        for ((u, key, _), d) in fresh.into_iter().zip(dealt) {
            deals[u] = Some(d.clone());
            self.units.insert(u as UnitIdx, (key, d));
        }
        self.units
            .retain(|u, _| deals.get(*u as usize).is_some_and(Option::is_some));
        let notes = deals
            .iter()
            .enumerate()
            .map(|(u, d)| match d {
                None => UnitNote::default(),
                Some(d) => UnitNote {
                    dealt_from: from[u].map(|d| period.date(d)),
                    freed_hours: d.freed_hours,
                    uncovered_hours: d.uncovered_hours,
                    covered_as_overtime: d.covered_as_overtime,
                },
            })
            .collect();

        // Each person's dealt days, by deal.
        let mut mine: Vec<Vec<(Arc<UnitDeal>, usize)>> = vec![Vec::new(); plan.people.len()];
        for dealt in deals.iter().flatten() {
            for (k, (person, _)) in dealt.people.iter().enumerate() {
                mine[*person].push((dealt.clone(), k));
            }
        }

        // Each person's rows: shared with the bureau's when untouched, kept
        // from the last proposal when made from the same deals.
        self.people.resize(plan.people.len(), None);
        self.people.truncate(plan.people.len());
        let mut rows: Vec<Option<Rows>> = plan
            .people
            .iter()
            .enumerate()
            .map(|(i, p)| {
                if !changed[i] && mine[i].is_empty() {
                    self.people[i] = None;
                    let o = p.baseline.expect("only recruits are always changed");
                    return Some((b.roster.shared(o), b.overtime.shared(o)));
                }
                match &self.people[i] {
                    Some((id, kept)) if *id == p.id && kept.made_from(p, &mine[i]) => {
                        Some(kept.rows.clone())
                    }
                    _ => None,
                }
            })
            .collect();
        // The rest are made again, on both cores.
        let fresh: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].is_none()).collect();
        let made = in_parallel(&fresh, |&i| {
            person_rows(b, period, &plan.people[i], &mine[i])
        });
        for (i, made) in fresh.into_iter().zip(made) {
            let p = &plan.people[i];
            self.people[i] = Some((
                p.id.to_string(),
                PersonRows {
                    service_start: p.service_start,
                    first_unit: p.first_unit,
                    assignments: p.assignments.clone(),
                    deals: mine[i].iter().map(|(d, _)| d.clone()).collect(),
                    rows: made.clone(),
                },
            ));
            rows[i] = Some(made);
        }
        let rows: Vec<Rows> = rows.into_iter().map(|r| r.expect("made above")).collect();

        // Officers in id order: the bureau's are; recruits go in among them.
        let recruits: Vec<Officer> = plan.people[b.officers.len()..]
            .iter()
            .map(|p| Officer {
                id: p.id.to_string(),
                name: p.name.to_string(),
                unit: p.first_unit,
                role: p.role,
                service_start: p.service_start,
                home_district: p.home_district.to_string(),
            })
            .collect();
        let (officers, index) = match &self.officers {
            Some((kept, made)) if *kept == recruits => made.clone(),
            _ => {
                let made = with_recruits(b, &recruits);
                self.officers = Some((recruits, made.clone()));
                made
            }
        };
        let mut roster = vec![Arc::from(Vec::new()); rows.len()];
        let mut overtime = vec![Arc::from(Vec::new()); rows.len()];
        for (i, (r, ot)) in rows.into_iter().enumerate() {
            roster[index[i] as usize] = r;
            overtime[index[i] as usize] = ot;
        }

        let mut assignments: Vec<Assignment> = plan
            .people
            .iter()
            .enumerate()
            .flat_map(|(i, p)| {
                let officer = index[i];
                p.assignments.iter().map(move |&(from, unit)| Assignment {
                    officer,
                    unit,
                    from,
                })
            })
            .collect();
        assignments.sort_by_key(|a| (a.officer, a.from));
        let bureau = Bureau {
            units: b
                .units
                .iter()
                .zip(&plan.min_on_duty)
                .map(|(u, &min_on_duty)| Unit {
                    min_on_duty,
                    ..u.clone()
                })
                .collect(),
            officers,
            roster: PerOfficer::from_officers(roster),
            areas: b
                .areas
                .iter()
                .zip(&plan.holders)
                .map(|(a, h)| Area {
                    officer: h.map(|h| index[h]),
                    ..a.clone()
                })
                .collect(),
            overtime: PerOfficer::from_officers(overtime),
            assignments,
            inspections: plan.inspections.clone(),
            meetings: plan.meetings.clone(),
            calendar: b.calendar.clone(),
        };
        Proposal { bureau, notes }
    }
}

/// Whether the plan places a bureau officer differently from the bureau.
fn placement_changed(officer: &Officer, rows: &[Assignment], p: &Person) -> bool {
    p.service_start != officer.service_start
        || p.first_unit != officer.unit
        || p.assignments.len() != rows.len()
        || p.assignments
            .iter()
            .zip(rows)
            .any(|(&(from, unit), a)| from != a.from || unit != a.unit)
}

/// For each unit in either list, the first day on which someone serves
/// there in one and not in the other.
fn first_differences(before: &[Stint], after: &[Stint], days: usize) -> Vec<(UnitIdx, usize)> {
    let mut units: Vec<UnitIdx> = before.iter().chain(after).map(|s| s.unit).collect();
    units.sort_unstable();
    units.dedup();
    let at =
        |list: &[Stint], u: UnitIdx, d: usize| list.iter().any(|s| s.unit == u && s.contains(d));
    units
        .into_iter()
        .filter_map(|u| {
            // Only a run's ends can start a difference.
            let mut edges: Vec<usize> = before
                .iter()
                .chain(after)
                .filter(|s| s.unit == u)
                .flat_map(|s| [s.start, s.end])
                .filter(|&d| d < days)
                .collect();
            edges.sort_unstable();
            edges
                .into_iter()
                .find(|&d| at(before, u, d) != at(after, u, d))
                .map(|d| (u, d))
        })
        .collect()
}

/// A person's rows in the proposal: their own rows on the days they serve,
/// each dealt day replaced by what the deal gave them.
fn person_rows(b: &Bureau, period: Period, p: &Person, dealt: &[(Arc<UnitDeal>, usize)]) -> Rows {
    let mut days: Vec<&crate::core::scenario::deal::DayRows> = dealt
        .iter()
        .flat_map(|(d, k)| d.people[*k].1.iter())
        .collect();
    days.sort_by_key(|r| r.day);
    let dealt_on = |date: NaiveDate| {
        period
            .index(date)
            .and_then(|i| days.binary_search_by_key(&i, |r| r.day).ok())
    };
    let mut roster: Vec<RosterEntry> = Vec::new();
    let mut overtime: Vec<Overtime> = Vec::new();
    if let Some(o) = p.baseline {
        roster.extend(
            b.roster
                .of(o)
                .iter()
                .filter(|e| p.serving(e.date).is_some() && dealt_on(e.date).is_none())
                .copied(),
        );
        overtime.extend(
            b.overtime
                .of(o)
                .iter()
                .filter(|e| p.serving(e.date).is_some() && dealt_on(e.date).is_none())
                .cloned(),
        );
    }
    for r in &days {
        roster.extend(r.roster);
        overtime.extend(r.overtime.iter().cloned());
    }
    roster.sort_by_key(|e| e.date);
    overtime.sort_by_key(|e| e.date);
    (Arc::from(roster), Arc::from(overtime))
}
