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
use crate::core::period::Period;
use crate::core::scenario::deal::{Runs, UnitDeal, UnitInput, Worker, deal};
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
}

impl Ground {
    pub fn new(bureau: Arc<Bureau>, period: Period) -> Ground {
        let staffing = Staffing::new(&bureau, period);
        let mut origins: Vec<Vec<(OfficerIdx, Runs)>> = vec![Vec::new(); bureau.units.len()];
        for (o, list) in staffing.stints.iter().enumerate() {
            for s in list {
                let units = &mut origins[s.unit as usize];
                match units.last_mut() {
                    Some((x, runs)) if *x == o as OfficerIdx => runs.push((s.start, s.end)),
                    _ => units.push((o as OfficerIdx, vec![(s.start, s.end)])),
                }
            }
        }
        Ground {
            bureau,
            period,
            staffing,
            origins,
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

/// What a unit's deal depends on, besides the bureau itself.
#[derive(Debug, Clone, PartialEq)]
struct UnitKey {
    from: Option<usize>,
    workers: Vec<(String, Option<OfficerIdx>, Runs)>,
    freed: Vec<(usize, u64)>,
}

/// What an officer's rows depend on.
#[derive(Debug, Clone)]
struct PersonKey {
    service_start: NaiveDate,
    first_unit: UnitIdx,
    assignments: Vec<(NaiveDate, Option<UnitIdx>)>,
    /// The deals their days come from, by identity: a deal never changes,
    /// and holding it keeps its address from being reused.
    deals: Vec<Arc<UnitDeal>>,
}

impl PartialEq for PersonKey {
    fn eq(&self, other: &Self) -> bool {
        self.service_start == other.service_start
            && self.first_unit == other.first_unit
            && self.assignments == other.assignments
            && self.deals.len() == other.deals.len()
            && self
                .deals
                .iter()
                .zip(&other.deals)
                .all(|(a, b)| Arc::ptr_eq(a, b))
    }
}

type Rows = (Arc<[RosterEntry]>, Arc<[Overtime]>);

/// Makes proposals, keeping what it dealt for the next one.
#[derive(Default)]
pub struct Proposer {
    units: HashMap<UnitIdx, (UnitKey, Arc<UnitDeal>)>,
    people: HashMap<String, (PersonKey, Rows)>,
}

impl Proposer {
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
                Some(o) => placement_changed(b, o, p),
                None => true,
            })
            .collect();
        let proposed: Vec<Vec<Stint>> = plan
            .people
            .iter()
            .zip(&changed)
            .map(|(p, &changed)| match (p.baseline, changed) {
                (Some(o), false) => ground.staffing.stints[o as usize].clone(),
                _ => stints(
                    p.service_start,
                    p.first_unit,
                    p.assignments.iter().copied(),
                    period,
                ),
            })
            .collect();

        // Each unit is dealt from the first day its staff differs.
        let mut from: Vec<Option<usize>> = vec![None; n_units];
        for (i, p) in plan.people.iter().enumerate() {
            if !changed[i] {
                continue;
            }
            let before: &[Stint] = match p.baseline {
                Some(o) => &ground.staffing.stints[o as usize],
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

        // Deal each unit that needs it, reusing the last deal when nothing it reads changed.
        let mut deals: Vec<Option<Arc<UnitDeal>>> = vec![None; n_units];
        let mut notes = vec![UnitNote::default(); n_units];
        for u in 0..n_units {
            if from[u].is_none() && freed[u].is_empty() {
                continue;
            }
            let workers: Vec<Worker> = match from[u] {
                Some(f) => plan
                    .people
                    .iter()
                    .enumerate()
                    .filter_map(|(i, p)| {
                        let runs: Runs = proposed[i]
                            .iter()
                            .filter(|s| s.unit == u as UnitIdx && s.end > f)
                            .map(|s| (s.start.max(f), s.end))
                            .collect();
                        (!runs.is_empty()).then_some(Worker {
                            person: i,
                            baseline: p.baseline,
                            stints: runs,
                        })
                    })
                    .collect(),
                None => Vec::new(),
            };
            let key = UnitKey {
                from: from[u],
                workers: workers
                    .iter()
                    .map(|w| {
                        (
                            plan.people[w.person].id.clone(),
                            w.baseline,
                            w.stints.clone(),
                        )
                    })
                    .collect(),
                freed: freed[u].iter().map(|&(d, h)| (d, h.to_bits())).collect(),
            };
            let dealt = match self.units.get(&(u as UnitIdx)) {
                // Ids fix positions in the plan: a recruit NEWk is always
                // the k-th after the bureau's officers.
                Some((k, d)) if *k == key => d.clone(),
                _ => {
                    let d = Arc::new(deal(&UnitInput {
                        bureau: b,
                        period,
                        origins: &ground.origins[u],
                        from: from[u],
                        workers: &workers,
                        freed: &freed[u],
                    }));
                    self.units.insert(u as UnitIdx, (key, d.clone()));
                    d
                }
            };
            notes[u] = UnitNote {
                dealt_from: from[u].map(|d| period.date(d)),
                freed_hours: dealt.freed_hours,
                uncovered_hours: dealt.uncovered_hours,
                covered_as_overtime: dealt.covered_as_overtime,
            };
            deals[u] = Some(dealt);
        }
        self.units
            .retain(|u, _| deals.get(*u as usize).is_some_and(Option::is_some));

        // Each person's dealt days, by deal.
        let mut mine: Vec<Vec<(Arc<UnitDeal>, usize)>> = vec![Vec::new(); plan.people.len()];
        for dealt in deals.iter().flatten() {
            for (k, (person, _)) in dealt.people.iter().enumerate() {
                mine[*person].push((dealt.clone(), k));
            }
        }

        // Officers in id order, with their rows.
        let mut order: Vec<usize> = (0..plan.people.len()).collect();
        order.sort_by(|&x, &y| plan.people[x].id.cmp(&plan.people[y].id));
        let mut index = vec![0 as OfficerIdx; plan.people.len()];
        for (new, &i) in order.iter().enumerate() {
            index[i] = new as OfficerIdx;
        }
        let mut officers = Vec::with_capacity(order.len());
        let mut roster = Vec::with_capacity(order.len());
        let mut overtime = Vec::with_capacity(order.len());
        let mut people_cache = HashMap::with_capacity(self.people.len());
        for &i in &order {
            let p = &plan.people[i];
            officers.push(match p.baseline {
                Some(o) => b.officer(o).clone(),
                None => Officer {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    unit: p.first_unit,
                    role: p.role,
                    service_start: p.service_start,
                    home_district: p.home_district.clone(),
                },
            });
            let (rows, ot) = if !changed[i] && mine[i].is_empty() {
                let o = p.baseline.expect("only recruits are always changed");
                (b.roster.shared(o), b.overtime.shared(o))
            } else {
                let key = PersonKey {
                    service_start: p.service_start,
                    first_unit: p.first_unit,
                    assignments: p.assignments.clone(),
                    deals: mine[i].iter().map(|(d, _)| d.clone()).collect(),
                };
                let rows = match self.people.remove(&p.id) {
                    Some((k, rows)) if k == key => rows,
                    _ => person_rows(b, period, p, &mine[i]),
                };
                people_cache.insert(p.id.clone(), (key, rows.clone()));
                rows
            };
            roster.push(rows);
            overtime.push(ot);
        }
        self.people = people_cache;

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
fn placement_changed(b: &Bureau, o: OfficerIdx, p: &Person) -> bool {
    let officer = b.officer(o);
    let rows = b.assignments_of(o);
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
