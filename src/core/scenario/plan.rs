//! A scenario's edits replayed over the baseline, in order: who serves where
//! from which date, the recruits, the minimums, who holds each area, the
//! rules, the visits and meetings left, and the officer-hours freed by
//! lightening the load from above. Nothing here deals a roster or computes a
//! figure: `propose` turns a plan into the proposed bureau.

use crate::core::model::{Bureau, Inspection, Meeting, OfficerIdx, Role, UnitIdx};
use crate::core::period::{Period, quarter_key, week_monday};
use crate::core::rules::{DEFAULT_STANDARD_WEEKLY_HOURS, RuleId, Rules, STANDARD_WEEKLY_HOURS};
use crate::core::scenario::{Edit, Scenario};
use crate::i18n::Message;
use crate::msg;
use chrono::NaiveDate;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// Officers tied up by one inspection visit for its hours (an escort from
/// the unit); a merged or dropped visit frees hours x this.
pub const INSPECTION_ESCORTS: f64 = 1.0;

/// At most this many recruits in one scenario: far above any bureau's
/// intake, low enough that a typing error cannot make a plan run for ever.
pub const MAX_RECRUITS: u32 = 2000;

/// An officer of the proposed bureau: one of the bureau's (names borrowed
/// from it), or a recruit.
#[derive(Debug, Clone, PartialEq)]
pub struct Person<'b> {
    pub id: Cow<'b, str>,
    pub name: Cow<'b, str>,
    pub role: Role,
    pub service_start: NaiveDate,
    pub home_district: Cow<'b, str>,
    /// The bureau's officer; `None` for a recruit.
    pub baseline: Option<OfficerIdx>,
    /// `officers.unit_id`: where the person is before their first assignment.
    pub first_unit: UnitIdx,
    /// Assignment rows, by date (`None`: out of the bureau).
    pub assignments: Vec<(NaiveDate, Option<UnitIdx>)>,
}

impl Person<'_> {
    /// Where the person is placed on `date` (service start not considered).
    pub fn placed(&self, date: NaiveDate) -> Option<UnitIdx> {
        let n = self.assignments.partition_point(|(from, _)| *from <= date);
        match n {
            0 => Some(self.first_unit),
            n => self.assignments[n - 1].1,
        }
    }

    /// Where the person serves on `date`, if in service.
    pub fn serving(&self, date: NaiveDate) -> Option<UnitIdx> {
        (date >= self.service_start)
            .then(|| self.placed(date))
            .flatten()
    }

    /// From `from` on, the person is at `unit`: the edit replaces whatever
    /// the bureau's own assignments said for the days after.
    fn set_from(&mut self, from: NaiveDate, unit: Option<UnitIdx>) {
        self.assignments.retain(|(d, _)| *d < from);
        if self.placed(from) != unit {
            self.assignments.push((from, unit));
        }
    }
}

/// One officer's change of unit, with the reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Move {
    pub officer_id: String,
    /// `None`: a recruit.
    pub from_unit: Option<String>,
    /// `None`: leaves the bureau.
    pub to_unit: Option<String>,
    pub from: NaiveDate,
    pub reason: Message,
}

/// Officer-hours freed at a unit on a day (lightening edits).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Freed {
    pub unit: UnitIdx,
    pub date: NaiveDate,
    pub hours: f64,
}

/// The scenario, replayed.
#[derive(Debug, Clone)]
pub struct Plan<'b> {
    /// The bureau's officers in its order, then recruits in order of addition.
    pub people: Vec<Person<'b>>,
    pub min_on_duty: Vec<u32>,
    /// Each area's holder (index into `people`), in the bureau's order.
    pub holders: Vec<Option<usize>>,
    /// The bureau's tables, copied only when an edit changes them.
    pub inspections: Arc<Vec<Inspection>>,
    pub meetings: Arc<Vec<Meeting>>,
    /// Officer-hours freed, by unit and day (in order of the edits).
    pub freed: Vec<Freed>,
    pub rules: Rules,
    pub moves: Vec<Move>,
    /// Edits that could not apply, by position (1-based) and why.
    pub problems: Vec<(usize, Message)>,
}

/// Replays `scenario` over `bureau` for `period`, with `rules` in force.
pub fn plan<'b>(
    bureau: &'b Bureau,
    period: Period,
    rules: &Rules,
    scenario: &'b Scenario,
) -> Plan<'b> {
    let mut state = State::new(bureau, period, rules, &scenario.pinned);
    for (i, edit) in scenario.edits.iter().enumerate() {
        if let Err(why) = state.apply(edit) {
            state.plan.problems.push((i + 1, why));
        }
    }
    state.finish_events();
    state.plan
}

struct State<'b> {
    bureau: &'b Bureau,
    period: Period,
    pinned: &'b [String],
    /// Recruit ids, for lookups.
    recruits: HashMap<String, usize>,
    /// Households each person holds.
    held: Vec<u64>,
    events: Events,
    plan: Plan<'b>,
}

impl<'b> State<'b> {
    fn new(bureau: &'b Bureau, period: Period, rules: &Rules, pinned: &'b [String]) -> Self {
        let people = bureau
            .officers
            .iter()
            .enumerate()
            .map(|(i, o)| Person {
                id: Cow::Borrowed(&o.id),
                name: Cow::Borrowed(&o.name),
                role: o.role,
                service_start: o.service_start,
                home_district: Cow::Borrowed(&o.home_district),
                baseline: Some(i as OfficerIdx),
                first_unit: o.unit,
                assignments: bureau
                    .assignments_of(i as OfficerIdx)
                    .iter()
                    .map(|a| (a.from, a.unit))
                    .collect(),
            })
            .collect();
        State {
            bureau,
            period,
            pinned,
            recruits: HashMap::new(),
            held: {
                let mut held = vec![0; bureau.officers.len()];
                for a in bureau.areas.iter() {
                    if let Some(o) = a.officer {
                        held[o as usize] += a.households;
                    }
                }
                held
            },
            events: Events::default(),
            plan: Plan {
                people,
                min_on_duty: bureau.units.iter().map(|u| u.min_on_duty).collect(),
                holders: bureau
                    .areas
                    .iter()
                    .map(|a| a.officer.map(|o| o as usize))
                    .collect(),
                inspections: bureau.inspections.clone(),
                meetings: bureau.meetings.clone(),
                freed: Vec::new(),
                rules: rules.clone(),
                moves: Vec::new(),
                problems: Vec::new(),
            },
        }
    }

    fn unit(&self, id: &str) -> Result<UnitIdx, Message> {
        self.bureau
            .unit_index(id)
            .ok_or_else(|| msg!("problem-no-unit", "unit" => id))
    }

    fn person(&self, id: &str) -> Result<usize, Message> {
        self.bureau
            .officer_index(id)
            .map(|o| o as usize)
            .or_else(|| self.recruits.get(id).copied())
            .ok_or_else(|| msg!("problem-no-officer", "officer" => id))
    }

    fn date(&self, from: Option<NaiveDate>) -> Result<NaiveDate, Message> {
        let d = from.unwrap_or(self.period.start);
        if self.period.contains(d) {
            Ok(d)
        } else {
            Err(msg!(
                "problem-outside-period",
                "date" => d,
                "from" => self.period.start,
                "to" => self.period.end,
            ))
        }
    }

    fn units_of(&self, unit: &Option<String>) -> Result<Vec<UnitIdx>, Message> {
        match unit {
            Some(id) => Ok(vec![self.unit(id)?]),
            None => Ok((0..self.bureau.units.len() as UnitIdx).collect()),
        }
    }

    fn unit_id(&self, u: Option<UnitIdx>) -> Option<String> {
        u.map(|u| self.bureau.unit(u).id.clone())
    }

    /// Moves a person from `from` on, hands over their areas, records the move.
    fn relocate(
        &mut self,
        who: usize,
        to: Option<UnitIdx>,
        from: NaiveDate,
        reason: Message,
    ) -> Result<(), Message> {
        let person = &self.plan.people[who];
        let before = person.placed(from);
        let Some(before) = before else {
            return Err(msg!("problem-out-of-bureau", "officer" => &*person.id, "date" => from));
        };
        if Some(before) == to {
            return Err(msg!(
                "problem-already-there",
                "officer" => &*person.id,
                "unit" => &self.bureau.unit(before).id,
            ));
        }
        self.plan.people[who].set_from(from, to);
        self.hand_over_areas(who);
        self.plan.moves.push(Move {
            officer_id: self.plan.people[who].id.to_string(),
            from_unit: self.unit_id(Some(before)),
            to_unit: self.unit_id(to),
            from,
            reason,
        });
        Ok(())
    }

    /// Areas held by someone who no longer serves at the area's unit on the
    /// period's last day go to the unit's community officers serving then,
    /// largest area first to whoever holds the fewest households; with none
    /// left they are unassigned.
    fn hand_over_areas(&mut self, who: usize) {
        let b = self.bureau;
        let end = self.period.end;
        let people = &self.plan.people;
        let mut orphans: Vec<usize> = (0..b.areas.len())
            .filter(|&a| {
                self.plan.holders[a] == Some(who)
                    && people[who].serving(end) != Some(b.areas[a].unit)
            })
            .collect();
        if orphans.is_empty() {
            return;
        }
        orphans.sort_by_key(|&a| (std::cmp::Reverse(b.areas[a].households), a));
        for a in orphans {
            let unit = b.areas[a].unit;
            let (people, held) = (&self.plan.people, &self.held);
            let heir = (0..people.len())
                .filter(|&p| {
                    p != who
                        && people[p].role == Role::Community
                        && people[p].serving(end) == Some(unit)
                })
                .min_by_key(|&p| (held[p], p));
            self.hold(a, heir);
        }
    }

    /// Area `a` is held by `holder` from now on.
    fn hold(&mut self, a: usize, holder: Option<usize>) {
        let households = self.bureau.areas[a].households;
        if let Some(h) = self.plan.holders[a] {
            self.held[h] -= households;
        }
        if let Some(h) = holder {
            self.held[h] += households;
        }
        self.plan.holders[a] = holder;
    }

    fn apply(&mut self, edit: &Edit) -> Result<(), Message> {
        edit.check()?;
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
                    msg!("reason-planner")
                } else {
                    msg!("reason-given", "text" => reason)
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
                let picks = pick(self, a, b, *role, *count as usize, from);
                if picks.len() < *count as usize {
                    return Err(msg!(
                        "problem-too-few-to-move",
                        "unit" => from_unit,
                        "n" => picks.len(),
                        "role" => crate::i18n::Arg::Term(format!("role-{}", role.code())),
                        "date" => from,
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
                let have = self.recruits.len() as u32;
                if have + count > MAX_RECRUITS {
                    return Err(msg!(
                        "problem-too-many-recruits",
                        "max" => MAX_RECRUITS,
                        "have" => have,
                    ));
                }
                for _ in 0..*count {
                    let n = self.recruits.len() + 1;
                    let id = format!("NEW{n:03}");
                    self.recruits.insert(id.clone(), self.plan.people.len());
                    self.held.push(0);
                    self.plan.people.push(Person {
                        id: Cow::Owned(id.clone()),
                        name: Cow::Owned(format!("new {role} {n}")),
                        role: *role,
                        service_start: from,
                        home_district: Cow::Borrowed(""),
                        baseline: None,
                        first_unit: u,
                        assignments: Vec::new(),
                    });
                    self.plan.moves.push(Move {
                        officer_id: id,
                        from_unit: None,
                        to_unit: Some(unit.clone()),
                        from,
                        reason: msg!("reason-recruit"),
                    });
                }
                Ok(())
            }
            Edit::RemoveOfficer { officer, from } => {
                let who = self.person(officer)?;
                let from = self.date(*from)?;
                self.relocate(who, None, from, msg!("reason-leaves"))
            }
            Edit::SetMinOnDuty { unit, min_on_duty } => {
                let u = self.unit(unit)?;
                let staff = self.plan.people.len();
                if *min_on_duty as usize > staff {
                    return Err(msg!(
                        "problem-minimum-too-high",
                        "min" => *min_on_duty,
                        "staff" => staff,
                    ));
                }
                self.plan.min_on_duty[u as usize] = *min_on_duty;
                Ok(())
            }
            Edit::ReassignArea { area, officer } => {
                let b = self.bureau;
                let a = b
                    .areas
                    .iter()
                    .position(|x| &x.id == area)
                    .ok_or_else(|| msg!("problem-no-area", "area" => area))?;
                let heir = match officer {
                    None => None,
                    Some(id) => {
                        let who = self.person(id)?;
                        let unit = b.areas[a].unit;
                        if self.plan.people[who].serving(self.period.end) != Some(unit) {
                            return Err(msg!(
                                "problem-not-at-unit",
                                "officer" => id,
                                "unit" => &b.unit(unit).id,
                            ));
                        }
                        Some(who)
                    }
                };
                self.hold(a, heir);
                Ok(())
            }
            Edit::SetThreshold { rule, warn, alarm } => {
                if rule == STANDARD_WEEKLY_HOURS {
                    let v = warn.or(*alarm).unwrap_or(DEFAULT_STANDARD_WEEKLY_HOURS);
                    self.plan.rules = self
                        .plan
                        .rules
                        .with_standard_week(v)
                        .map_err(|e| msg!("problem-rules", "why" => e.to_string()))?;
                    return Ok(());
                }
                let id = RuleId::from_name(rule)
                    .ok_or_else(|| msg!("problem-no-rule", "rule" => rule))?;
                let t = self.plan.rules.threshold(id);
                self.plan.rules = self
                    .plan
                    .rules
                    .with_threshold(id, warn.unwrap_or(t.warn), alarm.unwrap_or(t.alarm))
                    .map_err(|e| msg!("problem-rules", "why" => e.to_string()))?;
                Ok(())
            }
            Edit::MergeInspections { unit } => {
                for u in self.units_of(unit)? {
                    self.merge_inspections(u);
                }
                Ok(())
            }
            Edit::CapInspections { unit, per_quarter } => {
                for u in self.units_of(unit)? {
                    self.cap_inspections(u, *per_quarter);
                }
                Ok(())
            }
            Edit::CancelMeetings { convener, unit } => {
                for u in self.units_of(unit)? {
                    self.cancel_meetings(u, convener);
                }
                Ok(())
            }
            Edit::MergeMeetings { convener, unit } => {
                for u in self.units_of(unit)? {
                    self.merge_meetings(u, convener);
                }
                Ok(())
            }
            // Leave is planned on the proposed bureau, after every other
            // edit (`crate::core::scenario::leave`).
            Edit::PlanLeave { .. } | Edit::LeaveBlock { .. } => Ok(()),
        }
    }

    fn free(&mut self, unit: UnitIdx, date: NaiveDate, hours: f64) {
        if hours > 0.0 {
            self.plan.freed.push(Freed { unit, date, hours });
        }
    }

    /// Unit `u`'s visits in the period, by date (then body): as edits left
    /// them, or the bureau's.
    fn visits(&mut self, u: UnitIdx) -> Vec<Inspection> {
        if let Some(list) = self.events.visits.remove(&u) {
            return list;
        }
        let (b, period) = (self.bureau, self.period);
        let index = self.events.visit_index.get_or_insert_with(|| {
            by_unit(
                b.units.len(),
                b.inspections.iter().map(|v| (v.unit, v.date)),
                period,
            )
        });
        let mut mine: Vec<Inspection> = index[u as usize]
            .iter()
            .map(|&i| b.inspections[i].clone())
            .collect();
        mine.sort_by(|a, b| {
            a.date
                .cmp(&b.date)
                .then(a.inspecting_body.cmp(&b.inspecting_body))
        });
        mine
    }

    /// Unit `u`'s meetings in the period, by date: as edits left them, or the bureau's.
    fn sittings(&mut self, u: UnitIdx) -> Vec<Meeting> {
        if let Some(list) = self.events.sittings.remove(&u) {
            return list;
        }
        let (b, period) = (self.bureau, self.period);
        let index = self.events.sitting_index.get_or_insert_with(|| {
            by_unit(
                b.units.len(),
                b.meetings.iter().map(|m| (m.unit, m.date)),
                period,
            )
        });
        let mut mine: Vec<Meeting> = index[u as usize]
            .iter()
            .map(|&i| b.meetings[i].clone())
            .collect();
        mine.sort_by_key(|m| m.date);
        mine
    }

    /// The visits different bodies make on a unit in one ISO week become one
    /// joint visit on the first of their days, as long as the longest. The
    /// hours freed come off on the days of the visits that no longer take
    /// place, each day at most its own visit's hours.
    fn merge_inspections(&mut self, u: UnitIdx) {
        let mut weeks: BTreeMap<NaiveDate, Vec<Inspection>> = BTreeMap::new();
        for v in self.visits(u) {
            weeks.entry(week_monday(v.date)).or_default().push(v);
        }
        let mut kept = Vec::new();
        for visits in weeks.into_values() {
            let mut bodies: Vec<&str> = visits.iter().map(|v| &*v.inspecting_body).collect();
            bodies.sort_unstable();
            bodies.dedup();
            if bodies.len() < 2 {
                kept.extend(visits);
                continue;
            }
            let longest = visits.iter().map(|v| v.hours).fold(0.0, f64::max);
            let total: f64 = visits.iter().map(|v| v.hours).sum();
            let joint = Inspection {
                unit: u,
                date: visits[0].date,
                inspecting_body: format!("joint: {}", bodies.join(" + ")).into(),
                hours: longest,
                topic: joined(visits.iter().map(|v| &*v.topic)).into(),
            };
            let mut left = (total - longest) * INSPECTION_ESCORTS;
            for v in &visits[1..] {
                let here = left.min(v.hours * INSPECTION_ESCORTS);
                self.free(u, v.date, here);
                left -= here;
            }
            kept.push(joint);
        }
        self.events.visits.insert(u, kept);
    }

    /// At most `per_quarter` visits a quarter, the earliest kept; each
    /// dropped visit frees its hours on its day.
    fn cap_inspections(&mut self, u: UnitIdx, per_quarter: u32) {
        let mut seen: BTreeMap<i32, u32> = BTreeMap::new();
        let mut kept = Vec::new();
        for v in self.visits(u) {
            let n = seen.entry(quarter_key(v.date)).or_default();
            *n += 1;
            if *n <= per_quarter {
                kept.push(v);
            } else {
                self.free(u, v.date, v.hours * INSPECTION_ESCORTS);
            }
        }
        self.events.visits.insert(u, kept);
    }

    /// A convener's meetings at unit `u` in the period, by date, taken out
    /// of the unit's; the unit's other meetings.
    fn convened(&mut self, u: UnitIdx, convener: &str) -> (Vec<Meeting>, Vec<Meeting>) {
        self.sittings(u)
            .into_iter()
            .partition(|m| *m.convened_by == *convener)
    }

    fn cancel_meetings(&mut self, u: UnitIdx, convener: &str) {
        let (theirs, rest) = self.convened(u, convener);
        for m in theirs {
            self.free(u, m.date, m.hours * m.attendees as f64);
        }
        self.events.sittings.insert(u, rest);
    }

    /// A convener's meetings at a unit in one ISO week become one, on the
    /// first of their days, as long as the longest and with the most
    /// attendees. The officer-hours freed come off on the days of the
    /// meetings that no longer take place (none when the joint meeting costs
    /// as much as they did).
    fn merge_meetings(&mut self, u: UnitIdx, convener: &str) {
        let (theirs, mut rest) = self.convened(u, convener);
        let mut weeks: BTreeMap<NaiveDate, Vec<Meeting>> = BTreeMap::new();
        for m in theirs {
            weeks.entry(week_monday(m.date)).or_default().push(m);
        }
        for sittings in weeks.into_values() {
            let cost = |m: &Meeting| m.hours * m.attendees as f64;
            let joint = Meeting {
                unit: u,
                date: sittings[0].date,
                convened_by: convener.into(),
                hours: sittings.iter().map(|m| m.hours).fold(0.0, f64::max),
                attendees: sittings.iter().map(|m| m.attendees).max().unwrap_or(1),
            };
            let mut left = (sittings.iter().map(cost).sum::<f64>() - cost(&joint)).max(0.0);
            for m in &sittings[1..] {
                let here = left.min(cost(m));
                self.free(u, m.date, here);
                left -= here;
            }
            rest.push(joint);
        }
        rest.sort_by_key(|m| m.date);
        self.events.sittings.insert(u, rest);
    }

    /// The visits and meetings tables with the edited units' in place of
    /// the bureau's (the bureau's own tables, shared, when no edit changed any).
    fn finish_events(&mut self) {
        let (b, period) = (self.bureau, self.period);
        fn edited<T>(
            period: Period,
            unit: UnitIdx,
            date: NaiveDate,
            list: &BTreeMap<UnitIdx, T>,
        ) -> bool {
            period.contains(date) && list.contains_key(&unit)
        }
        if !self.events.visits.is_empty() {
            let visits = std::mem::take(&mut self.events.visits);
            let mut table: Vec<Inspection> = b
                .inspections
                .iter()
                .filter(|v| !edited(period, v.unit, v.date, &visits))
                .cloned()
                .collect();
            table.extend(visits.into_values().flatten());
            self.plan.inspections = Arc::new(table);
        }
        if !self.events.sittings.is_empty() {
            let sittings = std::mem::take(&mut self.events.sittings);
            let mut table: Vec<Meeting> = b
                .meetings
                .iter()
                .filter(|m| !edited(period, m.unit, m.date, &sittings))
                .cloned()
                .collect();
            table.extend(sittings.into_values().flatten());
            self.plan.meetings = Arc::new(table);
        }
    }
}

/// Visits and meetings of the units edits have changed (in the period),
/// and an index of the bureau's by unit, made when first needed.
#[derive(Default)]
struct Events {
    visits: BTreeMap<UnitIdx, Vec<Inspection>>,
    sittings: BTreeMap<UnitIdx, Vec<Meeting>>,
    visit_index: Option<Vec<Vec<usize>>>,
    sitting_index: Option<Vec<Vec<usize>>>,
}

/// Positions of a table's rows in the period, by unit.
fn by_unit(
    units: usize,
    rows: impl Iterator<Item = (UnitIdx, NaiveDate)>,
    period: Period,
) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); units];
    for (i, (u, date)) in rows.enumerate() {
        if period.contains(date) {
            out[u as usize].push(i);
        }
    }
    out
}

/// Distinct non-empty topics, joined with "; ".
fn joined<'a>(topics: impl Iterator<Item = &'a str>) -> String {
    let mut out: Vec<&str> = Vec::new();
    for t in topics.filter(|t| !t.is_empty()) {
        if !out.contains(&t) {
            out.push(t);
        }
    }
    out.join("; ")
}

/// Chooses `count` officers of `role` serving at unit `from` on `date` to
/// move to unit `to`: never a pinned officer; those living in the receiving
/// unit's area first (home district named in its name), then the fewest
/// years of service (the data holds no date of joining a unit). Each with
/// the reason.
fn pick(
    state: &State,
    from: UnitIdx,
    to: UnitIdx,
    role: Role,
    count: usize,
    date: NaiveDate,
) -> Vec<(usize, Message)> {
    let b = state.bureau;
    let to_unit = b.unit(to);
    let at = state.period.start;
    let mut candidates: Vec<(usize, bool, i32)> = state
        .plan
        .people
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.role == role
                && p.serving(date) == Some(from)
                && !state.pinned.iter().any(|x| x.as_str() == p.id)
        })
        .map(|(i, p)| {
            (
                i,
                lives_near(&p.home_district, &to_unit.name),
                crate::core::figures::completed_years(p.service_start, at),
            )
        })
        .collect();
    candidates.sort_by_key(|&(i, near, years)| (!near, years, i));
    candidates
        .into_iter()
        .take(count)
        .map(|(i, near, years)| {
            let p = &state.plan.people[i];
            let reason = if near {
                msg!(
                    "reason-picked-near",
                    "home" => &*p.home_district,
                    "years" => years as i64,
                    "role" => crate::i18n::Arg::Term(format!("role-{}", role.code())),
                    "unit" => &b.unit(from).id,
                )
            } else {
                msg!(
                    "reason-picked",
                    "years" => years as i64,
                    "role" => crate::i18n::Arg::Term(format!("role-{}", role.code())),
                    "unit" => &b.unit(from).id,
                )
            };
            (i, reason)
        })
        .collect()
}

/// Whether a home district is the area of a unit (its name names it).
pub fn lives_near(home_district: &str, unit_name: &str) -> bool {
    let home = home_district.trim().to_lowercase();
    !home.is_empty() && unit_name.to_lowercase().contains(&home)
}
