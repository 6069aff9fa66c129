//! The projection model (docs/model.md): what a scenario would make of every
//! unit's and officer's figures, under the workload-based staffing method.
//!
//! - A unit's workload W (its officers' worked hours over the period) stays
//!   with the unit, less the officer-hours freed by lightening the load from
//!   above, and is shared by its projected officers, counted in
//!   officer-equivalents (an officer moved on day 100 of 365 counts 99/365
//!   at the old unit and 266/365 at the new one).
//! - Inspections and meetings stay with the unit.
//! - A departing community officer's areas go to the unit's remaining
//!   community officers, largest area first to whoever holds the fewest
//!   households; with none left they are unassigned.
//! - Staffing floor = ceil(min_on_duty x relief factor); relief factor = days
//!   of the period / the average days the unit's officers were on duty.

use crate::core::check::CheckReport;
use crate::core::figures::Figures;
use crate::core::flags::{Severity, grade, num};
use crate::core::model::{Bureau, OfficerIdx, Role, UnitIdx};
use crate::core::period::{Period, quarter_key, week_monday};
use crate::core::rules::{
    DEFAULT_STANDARD_WEEKLY_HOURS, RuleId, Rules, STANDARD_WEEKLY_HOURS, Threshold,
};
use crate::core::scenario::{Edit, Scenario};
use chrono::NaiveDate;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// Officers tied up by one inspection visit for its hours (an escort from
/// the unit); a merged or cancelled visit frees hours x this.
pub const INSPECTION_ESCORTS: f64 = 1.0;

/// What the projection starts from: the bureau and its baseline figures,
/// computed once and shared by every projection.
pub struct Baseline {
    pub bureau: Arc<Bureau>,
    pub period: Period,
    pub rules: Rules,
    pub figures: Figures,
    /// Relief factor of each unit.
    pub relief: Vec<f64>,
    /// Each unit's visits and meetings in the period, by date (prepared once).
    visits: Vec<Vec<Visit<'static>>>,
    sittings: Vec<Vec<Sitting<'static>>>,
    /// Each unit's meeting officer-hours in the period.
    person_hours: Vec<f64>,
}

impl Baseline {
    pub fn new(bureau: Arc<Bureau>, period: Period, rules: &Rules) -> Baseline {
        let figures = crate::core::figures::compute(&bureau, period, rules.standard_weekly_hours);
        let days = period.days() as f64;
        let mut duty = vec![(0.0, 0u32); bureau.units.len()];
        for (o, f) in bureau.officers.iter().zip(&figures.officers) {
            duty[o.unit as usize].0 += f.duty_days as f64;
            duty[o.unit as usize].1 += 1;
        }
        let (all_days, all_officers) = duty.iter().fold((0.0, 0u32), |a, d| (a.0 + d.0, a.1 + d.1));
        let bureau_avg = if all_officers > 0 {
            all_days / all_officers as f64
        } else {
            0.0
        };
        let relief = duty
            .iter()
            .map(|&(sum, n)| {
                let avg = if n > 0 && sum > 0.0 {
                    sum / n as f64
                } else {
                    bureau_avg
                };
                if avg > 0.0 { days / avg } else { 1.0 }
            })
            .collect();
        let mut visits = vec![Vec::new(); bureau.units.len()];
        for v in bureau
            .inspections
            .iter()
            .filter(|v| period.contains(v.date))
        {
            visits[v.unit as usize].push(Visit {
                date: v.date,
                body: Cow::Owned(v.inspecting_body.clone()),
                hours: v.hours,
            });
        }
        let mut sittings = vec![Vec::new(); bureau.units.len()];
        let mut person_hours = vec![0.0; bureau.units.len()];
        for m in bureau.meetings.iter().filter(|m| period.contains(m.date)) {
            person_hours[m.unit as usize] += m.hours * m.attendees as f64;
            sittings[m.unit as usize].push(Sitting {
                date: m.date,
                by: Cow::Owned(m.convened_by.clone()),
                hours: m.hours,
                attendees: m.attendees,
            });
        }
        for list in &mut visits {
            list.sort_by(|a, b| a.date.cmp(&b.date).then(a.body.cmp(&b.body)));
        }
        for list in &mut sittings {
            list.sort_by(|a, b| a.date.cmp(&b.date).then(a.by.cmp(&b.by)));
        }
        Baseline {
            bureau,
            period,
            rules: rules.clone(),
            figures,
            relief,
            visits,
            sittings,
            person_hours,
        }
    }

    pub fn report(&self) -> CheckReport {
        crate::core::check::report(&self.bureau, &self.figures, &self.rules)
    }
}

/// A flag of a projection: the contract's rules on projected values, and the
/// staffing floor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PFlag {
    pub rule: &'static str,
    pub severity: Severity,
    pub value: f64,
    pub threshold: f64,
    pub message: String,
}

/// The name of the projection-only rule on staffing floors.
pub const STAFFING_FLOOR: &str = "staffing_floor";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitProjection {
    pub unit_id: String,
    pub name: String,
    /// Officer-equivalents over the period.
    pub officers: f64,
    /// Officers at the end of the period.
    pub headcount: u32,
    pub workload_hours: f64,
    pub freed_hours: f64,
    /// `None` when no officer is left to carry a workload.
    pub load_ratio: Option<f64>,
    pub avg_weekly_hours: Option<f64>,
    pub min_on_duty: u32,
    pub relief_factor: f64,
    pub staffing_floor: u32,
    pub floor_met: bool,
    pub households: u64,
    pub community_officers: u32,
    pub households_per_community_officer: Option<f64>,
    pub inspections: u32,
    pub max_inspections_per_quarter: u32,
    pub stacked_inspection_days: u32,
    pub inspection_hours: f64,
    pub meetings: u32,
    pub max_meetings_per_week: u32,
    pub meeting_hours_per_officer: f64,
    pub leave_coverage: Option<f64>,
    pub flags: Vec<PFlag>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OfficerProjection {
    pub officer_id: String,
    pub name: String,
    /// Unit at the end of the period; `None` when the officer has left.
    pub unit_id: Option<String>,
    pub role: Role,
    pub new_recruit: bool,
    /// A recruit's first day.
    pub joined: Option<NaiveDate>,
    /// The workload share of the unit(s) the officer is in, per week.
    pub avg_weekly_hours: f64,
    pub households: u64,
    pub areas: u32,
    /// The officer's own history goes with them.
    pub comp_days_owed: u32,
    pub flags: Vec<PFlag>,
}

/// One officer's change of unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Move {
    pub officer_id: String,
    pub from_unit: Option<String>,
    /// `None`: leaves the bureau.
    pub to_unit: Option<String>,
    pub from: NaiveDate,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Projection {
    pub units: Vec<UnitProjection>,
    pub officers: Vec<OfficerProjection>,
    pub moves: Vec<Move>,
    /// Edits that could not apply, by position (1-based) and why.
    pub problems: Vec<(usize, String)>,
    #[serde(skip)]
    pub rules: Rules,
    /// Who holds each area of the bureau at the end (officer id), in the bureau's order.
    #[serde(skip)]
    pub area_holders: Vec<Option<String>>,
}

impl Projection {
    pub fn alarms(&self) -> usize {
        let units = self.units.iter().flat_map(|u| &u.flags);
        let officers = self.officers.iter().flat_map(|o| &o.flags);
        units
            .chain(officers)
            .filter(|f| f.severity == Severity::Alarm)
            .count()
    }

    pub fn worst_load(&self) -> f64 {
        self.units
            .iter()
            .map(|u| u.load_ratio.unwrap_or(f64::INFINITY))
            .filter(|l| !l.is_nan())
            .fold(0.0, f64::max)
    }
}

/// Where an officer is over the period: (first day, unit; `None` = gone).
type Timeline = Vec<(NaiveDate, Option<UnitIdx>)>;

/// An officer of the scenario: a baseline officer or a recruit.
#[derive(Clone)]
struct Person<'a> {
    id: Cow<'a, str>,
    name: Cow<'a, str>,
    role: Role,
    timeline: Timeline,
    /// Index into the bureau's officers; `None` for a recruit.
    baseline: Option<OfficerIdx>,
    service_start: NaiveDate,
    home_district: &'a str,
}

impl Person<'_> {
    fn unit_at_end(&self) -> Option<UnitIdx> {
        self.timeline.last().and_then(|(_, u)| *u)
    }

    fn set_from(&mut self, from: NaiveDate, unit: Option<UnitIdx>) {
        self.timeline.retain(|(d, _)| *d < from);
        self.timeline.push((from, unit));
    }
}

/// The working state while edits apply.
struct State<'b> {
    base: &'b Baseline,
    /// The bureau's officers in its order, then recruits.
    people: Vec<Person<'b>>,
    min_on_duty: Vec<u32>,
    /// Area -> holder (index into `people`).
    holder: Vec<Option<usize>>,
    inspections: Vec<Vec<Visit<'b>>>,
    meetings: Vec<Vec<Sitting<'b>>>,
    rules: Rules,
    moves: Vec<Move>,
    pinned: Vec<String>,
}

#[derive(Clone)]
struct Visit<'a> {
    date: NaiveDate,
    body: Cow<'a, str>,
    hours: f64,
}

impl Visit<'_> {
    fn borrowed(&self) -> Visit<'_> {
        Visit {
            date: self.date,
            body: Cow::Borrowed(self.body.as_ref()),
            hours: self.hours,
        }
    }
}

impl Sitting<'_> {
    fn borrowed(&self) -> Sitting<'_> {
        Sitting {
            date: self.date,
            by: Cow::Borrowed(self.by.as_ref()),
            hours: self.hours,
            attendees: self.attendees,
        }
    }
}

#[derive(Clone)]
struct Sitting<'a> {
    date: NaiveDate,
    by: Cow<'a, str>,
    hours: f64,
    attendees: u32,
}

impl<'b> State<'b> {
    fn new(base: &'b Baseline, pinned: &[String]) -> Self {
        let b: &'b Bureau = &base.bureau;
        let p = base.period;
        let people: Vec<Person> = b
            .officers
            .iter()
            .enumerate()
            .map(|(i, o)| Person {
                id: Cow::Borrowed(o.id.as_str()),
                name: Cow::Borrowed(o.name.as_str()),
                role: o.role,
                timeline: vec![(p.start, Some(o.unit))],
                baseline: Some(i as OfficerIdx),
                service_start: o.service_start,
                home_district: o.home_district.as_str(),
            })
            .collect();
        State {
            base,
            people,
            min_on_duty: b.units.iter().map(|u| u.min_on_duty).collect(),
            holder: b
                .areas
                .iter()
                .map(|a| a.officer.map(|o| o as usize))
                .collect(),
            inspections: base
                .visits
                .iter()
                .map(|list| list.iter().map(Visit::borrowed).collect())
                .collect(),
            meetings: base
                .sittings
                .iter()
                .map(|list| list.iter().map(Sitting::borrowed).collect())
                .collect(),
            rules: base.rules.clone(),
            moves: Vec::new(),
            pinned: pinned.to_vec(),
        }
    }

    fn unit(&self, id: &str) -> Result<UnitIdx, String> {
        self.base
            .bureau
            .unit_index(id)
            .ok_or_else(|| format!("no unit {id}"))
    }

    /// A baseline officer by binary search (people start in the bureau's
    /// order), else a recruit.
    fn person(&self, id: &str) -> Result<usize, String> {
        let known = self.base.bureau.officers.len();
        self.base
            .bureau
            .officer_index(id)
            .map(|o| o as usize)
            .or_else(|| (known..self.people.len()).find(|&i| self.people[i].id == id))
            .ok_or_else(|| format!("no officer {id}"))
    }

    fn date(&self, from: Option<NaiveDate>) -> Result<NaiveDate, String> {
        let d = from.unwrap_or(self.base.period.start);
        if self.base.period.contains(d) {
            Ok(d)
        } else {
            Err(format!("{d} is outside the period {}", self.base.period))
        }
    }

    fn units_of(&self, unit: &Option<String>) -> Result<Vec<UnitIdx>, String> {
        match unit {
            Some(id) => Ok(vec![self.unit(id)?]),
            None => Ok((0..self.base.bureau.units.len() as UnitIdx).collect()),
        }
    }

    /// Moves a person, hands their areas over, and records the move.
    fn relocate(
        &mut self,
        who: usize,
        to: Option<UnitIdx>,
        from: NaiveDate,
        reason: String,
    ) -> Result<(), String> {
        let before = self.people[who].unit_at_end();
        if before.is_none() {
            return Err(format!("{} has already left", self.people[who].id));
        }
        if before == to {
            return Err(format!(
                "{} is already at {}",
                self.people[who].id,
                self.unit_id(to)
            ));
        }
        self.people[who].set_from(from, to);
        self.hand_over_areas(who);
        let unit_id = |u: Option<UnitIdx>| u.map(|u| self.base.bureau.unit(u).id.clone());
        self.moves.push(Move {
            officer_id: self.people[who].id.to_string(),
            from_unit: unit_id(before),
            to_unit: unit_id(to),
            from,
            reason,
        });
        Ok(())
    }

    fn unit_id(&self, u: Option<UnitIdx>) -> String {
        u.map(|u| self.base.bureau.unit(u).id.clone())
            .unwrap_or_else(|| "none".into())
    }

    /// Areas of a person who no longer belongs to the area's unit go to the
    /// unit's community officers, largest area first to whoever holds the
    /// fewest households.
    fn hand_over_areas(&mut self, who: usize) {
        let b: &Bureau = &self.base.bureau;
        let now = self.people[who].unit_at_end();
        let mut orphans: Vec<usize> = (0..b.areas.len())
            .filter(|&a| self.holder[a] == Some(who) && Some(b.areas[a].unit) != now)
            .collect();
        if orphans.is_empty() {
            return;
        }
        orphans.sort_by_key(|&a| (std::cmp::Reverse(b.areas[a].households), a));
        let mut held: HashMap<usize, u64> = HashMap::new();
        for (a, h) in self.holder.iter().enumerate() {
            if let Some(h) = h {
                *held.entry(*h).or_default() += b.areas[a].households;
            }
        }
        for a in orphans {
            let unit = b.areas[a].unit;
            let heir = (0..self.people.len())
                .filter(|&p| {
                    p != who
                        && self.people[p].role == Role::Community
                        && self.people[p].unit_at_end() == Some(unit)
                })
                .min_by_key(|&p| (held.get(&p).copied().unwrap_or(0), p));
            if let Some(h) = heir {
                *held.entry(h).or_default() += b.areas[a].households;
            }
            self.holder[a] = heir;
        }
    }

    fn apply(&mut self, edit: &Edit) -> Result<(), String> {
        match edit {
            Edit::MoveOfficer {
                officer,
                to,
                from,
                reason,
            } => {
                let who = self.person(officer)?;
                let to = self.unit(to)?;
                let from = self.date(*from)?;
                let reason = if reason.is_empty() {
                    "chosen by the planner".to_string()
                } else {
                    reason.clone()
                };
                self.relocate(who, Some(to), from, reason)
            }
            Edit::MoveOfficers {
                role,
                count,
                from_unit,
                to,
                from,
            } => {
                let (a, b) = (self.unit(from_unit)?, self.unit(to)?);
                let from = self.date(*from)?;
                let picks = pick(self, a, b, *role, *count as usize);
                if picks.len() < *count as usize {
                    return Err(format!(
                        "{from_unit} has only {} {role} officers that can move (not pinned)",
                        picks.len()
                    ));
                }
                for (who, reason) in picks {
                    self.relocate(who, Some(b), from, reason)?;
                }
                Ok(())
            }
            Edit::AddOfficers {
                unit,
                role,
                count,
                from,
            } => {
                let u = self.unit(unit)?;
                let from = self.date(*from)?;
                for _ in 0..*count {
                    let n = self.people.iter().filter(|p| p.baseline.is_none()).count() + 1;
                    let id = format!("NEW{n:03}");
                    let mut timeline = vec![(self.base.period.start, None)];
                    timeline.retain(|(d, _)| *d < from);
                    timeline.push((from, Some(u)));
                    self.people.push(Person {
                        id: id.clone().into(),
                        name: format!("new {role} {n}").into(),
                        role: *role,
                        timeline,
                        baseline: None,
                        service_start: from,
                        home_district: "",
                    });
                    self.moves.push(Move {
                        officer_id: id,
                        from_unit: None,
                        to_unit: Some(unit.clone()),
                        from,
                        reason: "new recruit".into(),
                    });
                }
                Ok(())
            }
            Edit::RemoveOfficer { officer, from } => {
                let who = self.person(officer)?;
                let from = self.date(*from)?;
                self.relocate(who, None, from, "leaves the bureau".into())
            }
            Edit::SetMinOnDuty { unit, min_on_duty } => {
                let u = self.unit(unit)?;
                self.min_on_duty[u as usize] = *min_on_duty;
                Ok(())
            }
            Edit::ReassignArea { area, officer } => {
                let b: &Bureau = &self.base.bureau;
                let a = b
                    .areas
                    .iter()
                    .position(|x| &x.id == area)
                    .ok_or_else(|| format!("no area {area}"))?;
                let heir = match officer {
                    None => None,
                    Some(id) => {
                        let who = self.person(id)?;
                        if self.people[who].unit_at_end() != Some(b.areas[a].unit) {
                            return Err(format!(
                                "{id} is not an officer of {}",
                                b.unit(b.areas[a].unit).id
                            ));
                        }
                        Some(who)
                    }
                };
                self.holder[a] = heir;
                Ok(())
            }
            Edit::SetThreshold { rule, warn, alarm } => {
                if rule == STANDARD_WEEKLY_HOURS {
                    let v = warn.or(*alarm).unwrap_or(DEFAULT_STANDARD_WEEKLY_HOURS);
                    if v <= 0.0 {
                        return Err("the standard week must be above 0 hours".into());
                    }
                    self.rules.standard_weekly_hours = v;
                    return Ok(());
                }
                let id = RuleId::from_name(rule).ok_or_else(|| format!("no rule {rule}"))?;
                let t = self.rules.threshold(id);
                self.rules.set_threshold(
                    id,
                    Threshold {
                        warn: warn.unwrap_or(t.warn),
                        alarm: alarm.unwrap_or(t.alarm),
                    },
                );
                Ok(())
            }
            Edit::MergeInspections { unit } => {
                for u in self.units_of(unit)? {
                    let mut weeks: BTreeMap<NaiveDate, Vec<Visit>> = BTreeMap::new();
                    for v in self.inspections[u as usize].drain(..) {
                        weeks.entry(week_monday(v.date)).or_default().push(v);
                    }
                    for visits in weeks.into_values() {
                        let mut bodies: Vec<&str> =
                            visits.iter().map(|v| v.body.as_ref()).collect();
                        bodies.sort_unstable();
                        bodies.dedup();
                        if bodies.len() < 2 {
                            self.inspections[u as usize].extend(visits);
                            continue;
                        }
                        let hours = visits.iter().map(|v| v.hours).fold(0.0, f64::max);
                        self.inspections[u as usize].push(Visit {
                            date: visits[0].date,
                            body: format!("joint: {}", bodies.join(" + ")).into(),
                            hours,
                        });
                    }
                }
                Ok(())
            }
            Edit::CapInspections { unit, per_quarter } => {
                for u in self.units_of(unit)? {
                    let mut seen: BTreeMap<i32, u32> = BTreeMap::new();
                    self.inspections[u as usize].retain(|v| {
                        let n = seen.entry(quarter_key(v.date)).or_default();
                        *n += 1;
                        *n <= *per_quarter
                    });
                }
                Ok(())
            }
            Edit::CancelMeetings { convener, unit } => {
                for u in self.units_of(unit)? {
                    self.meetings[u as usize].retain(|m| &m.by != convener);
                }
                Ok(())
            }
            // Leave changes no unit's workload or staffing (see `leave_of`).
            Edit::PlanLeave { .. } | Edit::LeaveBlock { .. } => Ok(()),
            Edit::MergeMeetings { convener, unit } => {
                for u in self.units_of(unit)? {
                    let (theirs, rest): (Vec<Sitting>, Vec<Sitting>) = self.meetings[u as usize]
                        .drain(..)
                        .partition(|m| &m.by == convener);
                    let mut weeks: BTreeMap<NaiveDate, Vec<Sitting>> = BTreeMap::new();
                    for m in theirs {
                        weeks.entry(week_monday(m.date)).or_default().push(m);
                    }
                    self.meetings[u as usize] = rest;
                    for sittings in weeks.into_values() {
                        self.meetings[u as usize].push(Sitting {
                            date: sittings[0].date,
                            by: convener.clone().into(),
                            hours: sittings.iter().map(|m| m.hours).fold(0.0, f64::max),
                            attendees: sittings.iter().map(|m| m.attendees).max().unwrap_or(1),
                        });
                    }
                    self.meetings[u as usize].sort_by_key(|m| m.date);
                }
                Ok(())
            }
        }
    }
}

/// Chooses `count` officers of `role` at unit `from` to move to unit `to`:
/// never a pinned officer; those living in the receiving unit's area first
/// (home district named in its name), then the fewest years of service
/// (the data holds no date of joining a unit). Each with the reason.
fn pick(
    state: &State,
    from: UnitIdx,
    to: UnitIdx,
    role: Role,
    count: usize,
) -> Vec<(usize, String)> {
    let b: &Bureau = &state.base.bureau;
    let to_unit = b.unit(to);
    let at = state.base.period.start;
    let mut candidates: Vec<(usize, bool, i32)> = state
        .people
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.role == role
                && p.unit_at_end() == Some(from)
                && !state.pinned.iter().any(|x| *x == p.id)
        })
        .map(|(i, p)| {
            (
                i,
                lives_near(p.home_district, &to_unit.name),
                crate::core::figures::completed_years(p.service_start, at),
            )
        })
        .collect();
    candidates.sort_by_key(|&(i, near, years)| (!near, years, i));
    candidates
        .into_iter()
        .take(count)
        .map(|(i, near, years)| {
            let p = &state.people[i];
            let home = if near {
                format!("lives in {} (the receiving unit's area); ", p.home_district)
            } else {
                String::new()
            };
            (
                i,
                format!(
                    "{home}{years} years of service, {role} at {}",
                    b.unit(from).id
                ),
            )
        })
        .collect()
}

/// Whether a home district is the area of a unit (its name names it).
pub fn lives_near(home_district: &str, unit_name: &str) -> bool {
    let home = home_district.trim().to_lowercase();
    !home.is_empty() && unit_name.to_lowercase().contains(&home)
}

/// Projects a scenario over the baseline.
pub fn project(base: &Baseline, scenario: &Scenario) -> Projection {
    let mut state = State::new(base, &scenario.pinned);
    let mut problems = Vec::new();
    for (i, edit) in scenario.edits.iter().enumerate() {
        if let Err(why) = state.apply(edit) {
            problems.push((i + 1, why));
        }
    }
    finish(state, problems)
}

fn finish(state: State<'_>, problems: Vec<(usize, String)>) -> Projection {
    let base = state.base;
    let b: &Bureau = &base.bureau;
    let p = base.period;
    let days = p.days() as f64;
    let n_units = b.units.len();
    let rules = &state.rules;
    let std_week = rules.standard_weekly_hours;

    // Officer-equivalents and end-of-period headcount per unit.
    let mut oe = vec![0.0; n_units];
    let mut shares: Vec<Vec<(UnitIdx, f64)>> = Vec::with_capacity(state.people.len());
    for person in &state.people {
        let mut mine = Vec::new();
        for (k, &(start, unit)) in person.timeline.iter().enumerate() {
            let end = person
                .timeline
                .get(k + 1)
                .map(|(d, _)| *d)
                .unwrap_or(p.end + chrono::Days::new(1));
            let span = (end - start).num_days().max(0) as f64 / days;
            if let Some(u) = unit
                && span > 0.0
            {
                oe[u as usize] += span;
                mine.push((u, span));
            }
        }
        shares.push(mine);
    }
    // People at each unit at the end of the period, grouped once (this runs
    // on every edit).
    let mut at_end: Vec<Vec<&Person>> = vec![Vec::new(); n_units];
    for person in &state.people {
        if let Some(u) = person.unit_at_end() {
            at_end[u as usize].push(person);
        }
    }

    // Freed officer-hours: the baseline's visits and meetings less what is left.
    let mut units = Vec::with_capacity(n_units);
    let mut per_week_hours = vec![0.0; n_units];
    for (u, unit) in b.units.iter().enumerate() {
        let bf = &base.figures.units[u];
        let base_inspection_hours = bf.inspection_hours;
        let visits = &state.inspections[u];
        let sittings = &state.meetings[u];
        // fold from +0.0: an empty f64 sum is -0.0, which would print as "-0".
        let inspection_hours = visits.iter().fold(0.0, |a, v| a + v.hours);
        let person_hours = sittings
            .iter()
            .fold(0.0, |a, m| a + m.hours * m.attendees as f64);
        let freed = (base_inspection_hours - inspection_hours) * INSPECTION_ESCORTS
            + (base.person_hours[u] - person_hours);
        let workload = (bf.worked_hours - freed).max(0.0);
        let n = oe[u];
        let capacity = n * std_week * days / 7.0;
        let load_ratio = if n > 1e-9 {
            Some(workload / capacity)
        } else if workload > 0.0 {
            None
        } else {
            Some(0.0)
        };
        let avg_weekly_hours = load_ratio.map(|l| l * std_week);
        per_week_hours[u] = avg_weekly_hours.unwrap_or(0.0);
        let relief = base.relief[u];
        let floor = (state.min_on_duty[u] as f64 * relief - 1e-9)
            .ceil()
            .max(0.0) as u32;

        let mut by_quarter: BTreeMap<i32, u32> = BTreeMap::new();
        let mut by_day: BTreeMap<NaiveDate, u32> = BTreeMap::new();
        for v in visits {
            *by_quarter.entry(quarter_key(v.date)).or_default() += 1;
            *by_day.entry(v.date).or_default() += 1;
        }
        let mut by_week: BTreeMap<NaiveDate, u32> = BTreeMap::new();
        for m in sittings {
            *by_week.entry(week_monday(m.date)).or_default() += 1;
        }
        let end_people = &at_end[u];
        let community = end_people
            .iter()
            .filter(|x| x.role == Role::Community)
            .count() as u32;
        let households = bf.households;
        let (mut entitled, mut took) = (0u32, 0u32);
        for x in end_people {
            if let Some(o) = x.baseline {
                let f = &base.figures.officers[o as usize];
                if f.leave_entitlement_days > 0 {
                    entitled += 1;
                    took += u32::from(f.leave_taken_days > 0);
                }
            }
        }
        units.push(UnitProjection {
            unit_id: unit.id.clone(),
            name: unit.name.clone(),
            officers: n,
            headcount: end_people.len() as u32,
            workload_hours: workload,
            freed_hours: freed,
            load_ratio,
            avg_weekly_hours,
            min_on_duty: state.min_on_duty[u],
            relief_factor: relief,
            staffing_floor: floor,
            floor_met: n + 1e-9 >= floor as f64,
            households,
            community_officers: community,
            households_per_community_officer: (community > 0)
                .then(|| households as f64 / community as f64),
            inspections: visits.len() as u32,
            max_inspections_per_quarter: by_quarter.values().copied().max().unwrap_or(0),
            stacked_inspection_days: by_day.values().filter(|&&c| c >= 2).count() as u32,
            inspection_hours,
            meetings: sittings.len() as u32,
            max_meetings_per_week: by_week.values().copied().max().unwrap_or(0),
            meeting_hours_per_officer: if n > 1e-9 { person_hours / n } else { 0.0 },
            leave_coverage: (entitled > 0).then(|| took as f64 / entitled as f64),
            flags: Vec::new(),
        });
    }
    for u in &mut units {
        u.flags = unit_flags(u, rules);
    }

    // Officers: their share of the workload of the units they are in.
    let mut held = vec![(0u64, 0u32); state.people.len()];
    for (a, h) in state.holder.iter().enumerate() {
        if let Some(h) = h {
            held[*h].0 += b.areas[a].households;
            held[*h].1 += 1;
        }
    }
    let officers = state
        .people
        .iter()
        .enumerate()
        .map(|(i, person)| {
            let avg = shares[i]
                .iter()
                .fold(0.0, |a, &(u, s)| a + per_week_hours[u as usize] * s);
            let comp = person
                .baseline
                .map(|o| base.figures.officers[o as usize].comp_days_owed)
                .unwrap_or(0);
            let mut o = OfficerProjection {
                officer_id: person.id.to_string(),
                name: person.name.to_string(),
                unit_id: person.unit_at_end().map(|u| b.unit(u).id.clone()),
                role: person.role,
                new_recruit: person.baseline.is_none(),
                joined: person.baseline.is_none().then_some(person.service_start),
                avg_weekly_hours: avg,
                households: held[i].0,
                areas: held[i].1,
                comp_days_owed: comp,
                flags: Vec::new(),
            };
            o.flags = officer_flags(&o, rules);
            o
        })
        .collect();
    let area_holders = state
        .holder
        .iter()
        .map(|h| h.map(|h| state.people[h].id.to_string()))
        .collect();
    Projection {
        units,
        officers,
        moves: state.moves,
        problems,
        rules: state.rules,
        area_holders,
    }
}

fn pflag(rules: &Rules, rule: RuleId, value: f64, what: String) -> Option<PFlag> {
    let (severity, threshold) = grade(rules, rule, value)?;
    let side = match rule.direction() {
        crate::core::rules::Direction::Above => "above",
        crate::core::rules::Direction::Below => "below",
    };
    Some(PFlag {
        rule: rule.name(),
        severity,
        value,
        threshold,
        message: format!(
            "projected: {what}; {severity} {side} {} ({})",
            num(threshold),
            rule.basis()
        ),
    })
}

fn unit_flags(u: &UnitProjection, rules: &Rules) -> Vec<PFlag> {
    let mut flags = Vec::new();
    match u.load_ratio {
        Some(l) => flags.extend(pflag(
            rules,
            RuleId::LoadRatio,
            l,
            format!(
                "load {l:.2} ({:.1} h a week per officer)",
                l * rules.standard_weekly_hours
            ),
        )),
        None => flags.push(PFlag {
            rule: RuleId::LoadRatio.name(),
            severity: Severity::Alarm,
            value: u.workload_hours,
            threshold: 0.0,
            message: format!(
                "projected: no officer left to carry {:.0} h of work",
                u.workload_hours
            ),
        }),
    }
    if !u.floor_met {
        flags.push(PFlag {
            rule: STAFFING_FLOOR,
            severity: Severity::Alarm,
            value: u.officers,
            threshold: u.staffing_floor as f64,
            message: format!(
                "projected: {:.1} officers, below the staffing floor of {} ({} on duty x relief factor {:.2})",
                u.officers, u.staffing_floor, u.min_on_duty, u.relief_factor
            ),
        });
    }
    match u.households_per_community_officer {
        Some(x) => flags.extend(pflag(
            rules,
            RuleId::HouseholdsPerCommunityOfficer,
            x,
            format!("{x:.0} households per community officer"),
        )),
        None if u.households > 0 => flags.push(PFlag {
            rule: RuleId::HouseholdsPerCommunityOfficer.name(),
            severity: Severity::Alarm,
            value: u.households as f64,
            threshold: 0.0,
            message: format!(
                "projected: {} households and no community officer",
                u.households
            ),
        }),
        None => {}
    }
    flags.extend(pflag(
        rules,
        RuleId::InspectionsPerQuarter,
        u.max_inspections_per_quarter as f64,
        format!("{} visits in a quarter", u.max_inspections_per_quarter),
    ));
    flags.extend(pflag(
        rules,
        RuleId::StackedInspections,
        u.stacked_inspection_days as f64,
        format!("{} days with two or more teams", u.stacked_inspection_days),
    ));
    flags.extend(pflag(
        rules,
        RuleId::MeetingsPerWeek,
        u.max_meetings_per_week as f64,
        format!("{} meetings in a week", u.max_meetings_per_week),
    ));
    if let Some(c) = u.leave_coverage {
        flags.extend(pflag(
            rules,
            RuleId::LeaveCoverage,
            c,
            format!("{:.0}% of entitled officers took leave", c * 100.0),
        ));
    }
    flags
}

fn officer_flags(o: &OfficerProjection, rules: &Rules) -> Vec<PFlag> {
    let mut flags = Vec::new();
    if o.unit_id.is_some() {
        flags.extend(pflag(
            rules,
            RuleId::AvgWeeklyHours,
            o.avg_weekly_hours,
            format!(
                "{:.1} h a week, the unit's workload shared",
                o.avg_weekly_hours
            ),
        ));
        flags.extend(pflag(
            rules,
            RuleId::CompDaysOwed,
            o.comp_days_owed as f64,
            format!("still owed {} comp days", o.comp_days_owed),
        ));
        flags.extend(pflag(
            rules,
            RuleId::HouseholdsPerOfficer,
            o.households as f64,
            format!("holds {} households", o.households),
        ));
    }
    flags
}
