//! The proposed roster of one unit: its work stays with it (the
//! workload-based method, docs/model.md), and from the day its staff
//! changes it is dealt among the officers serving there.
//!
//! The unit's work on a day is what the officers who served there that day
//! in the bureau's own roster did: their duty shifts (`DAY`, `NIGHT`,
//! `DUTY24`) with the overtime worked on them, and overtime on their rest
//! days (call-ins). An officer's own days stay with them wherever they
//! serve: annual leave, comp days, sick days and training, with any
//! overtime on those days.
//!
//! Lightening the load from above takes the freed officer-hours off a day's
//! work first: from its overtime, the largest entry first, then from its
//! shifts, the longest first, never below `MIN_SHIFT_HOURS`.
//!
//! Dealing a day: every officer serving at the unit who is not on one of
//! their own days is available. Shifts go out one each, 24-hour duties
//! first, then nights, then days, each to the available officer furthest
//! behind their fair share, so far, of hours, of nights and 24-hour duties
//! and of weekend and holiday work (a fair share accrues on each day an
//! officer is available). Nobody works the day after a 24-hour duty while
//! anyone else can. A shift's overtime goes with it. Shifts left when every
//! available officer has one are worked as overtime (owed) by those on duty,
//! the fewest hours first, and call-ins go to an officer off that day; no
//! one works more than 24 h in a day. What cannot be placed within 24 h is
//! uncovered: the only work the proposed roster loses.

use crate::core::model::{Bureau, Compensation, OfficerIdx, Overtime, RosterEntry, Shift};
use crate::core::period::Period;
use chrono::{Datelike, NaiveDate, Weekday};

/// A shortened shift keeps at least this many hours.
pub const MIN_SHIFT_HOURS: f64 = 1.0;

/// Hours a day no officer works beyond.
pub const MAX_DAY_HOURS: f64 = 24.0;

/// How many hours of imbalance one night, 24-hour duty or weekend shift more
/// than one's share weighs when choosing who takes a shift.
const KIND_WEIGHT: f64 = 8.0;

const EPS: f64 = 1e-9;

/// One officer's rows of one day, as the proposed roster has them.
#[derive(Debug, Clone, PartialEq)]
pub struct DayRows {
    pub day: usize,
    pub roster: Option<RosterEntry>,
    pub overtime: Vec<Overtime>,
}

/// Runs of days, as positions in the period (end excluded).
pub type Runs = Vec<(usize, usize)>;

/// The first day on which someone serves in one set of runs and not in the
/// other (`None`: the same days).
pub fn first_difference(a: &[(usize, usize)], b: &[(usize, usize)]) -> Option<usize> {
    let on = |runs: &[(usize, usize)], d: usize| runs.iter().any(|&(x, y)| x <= d && d < y);
    let mut edges: Vec<usize> = a.iter().chain(b).flat_map(|&(x, y)| [x, y]).collect();
    edges.sort_unstable();
    edges.into_iter().find(|&d| on(a, d) != on(b, d))
}

/// Someone serving at the unit in the proposal, with the days they serve
/// there (positions, end excluded) from the first dealt day on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Worker {
    /// Index into the plan's people.
    pub person: usize,
    /// The bureau's officer, whose own days they keep (`None`: a recruit).
    pub baseline: Option<OfficerIdx>,
    pub stints: Runs,
}

/// What the unit's days come to.
#[derive(Debug, Clone, Default)]
pub struct UnitDeal {
    /// Each person's dealt days: (index into the plan's people, rows by day).
    pub people: Vec<(usize, Vec<DayRows>)>,
    /// Officer-hours actually taken off (lightening).
    pub freed_hours: f64,
    /// Work no one could take within 24 h a day.
    pub uncovered_hours: f64,
    /// Shifts worked as overtime because nobody was free to take them.
    pub covered_as_overtime: f64,
    /// The dealing's state every `SNAPSHOT_DAYS` days, to deal again from
    /// there when only later days change.
    snapshots: Vec<Snapshot>,
}

/// Days between two snapshots of a deal.
const SNAPSHOT_DAYS: usize = 14;

/// Where dealing stood at the start of a day: everyone's tally (by person)
/// and the totals so far.
#[derive(Debug, Clone)]
struct Snapshot {
    day: usize,
    tallies: Vec<(usize, Tally)>,
    freed_hours: f64,
    uncovered_hours: f64,
    covered_as_overtime: f64,
}

impl UnitDeal {
    /// The first day from which a deal could start again to give what
    /// dealing from scratch would, for inputs first differing on day `day`.
    pub fn resumable_at(&self, day: usize) -> Option<usize> {
        self.snapshots
            .iter()
            .rev()
            .map(|s| s.day)
            .find(|&d| d <= day)
    }
}

/// What one unit's deal reads.
pub struct UnitInput<'a> {
    /// The bureau as it is (its roster is where the work comes from).
    pub bureau: &'a Bureau,
    pub period: Period,
    /// The officers who served at the unit in the bureau's own roster, with
    /// their runs of days there (positions, end excluded).
    pub origins: &'a [(OfficerIdx, Runs)],
    /// First dealt day; `None`: the unit's staff does not change.
    pub from: Option<usize>,
    pub workers: &'a [Worker],
    /// Officer-hours freed, by day (sorted, one entry a day).
    pub freed: &'a [(usize, f64)],
}

/// An officer's own day: it stays with them.
fn own_day(shift: Shift) -> bool {
    matches!(
        shift,
        Shift::Leave | Shift::Comp | Shift::Sick | Shift::Train
    )
}

/// A baseline officer's roster row and overtime on a day.
fn rows_on(bureau: &Bureau, o: OfficerIdx, date: NaiveDate) -> (Option<RosterEntry>, &[Overtime]) {
    let roster = bureau.roster.of(o);
    let row = roster
        .binary_search_by(|e| e.date.cmp(&date))
        .ok()
        .map(|i| roster[i]);
    let ot = bureau.overtime.of(o);
    let from = ot.partition_point(|e| e.date < date);
    let to = from + ot[from..].partition_point(|e| e.date == date);
    (row, &ot[from..to])
}

/// Walks one officer's rows day by day (days asked in increasing order), so
/// that dealing a year reads each row once.
#[derive(Debug, Clone, Copy, Default)]
struct Cursor {
    roster: usize,
    overtime: usize,
}

impl Cursor {
    fn at<'b>(
        &mut self,
        bureau: &'b Bureau,
        o: OfficerIdx,
        date: NaiveDate,
    ) -> (Option<RosterEntry>, &'b [Overtime]) {
        let roster = bureau.roster.of(o);
        while self.roster < roster.len() && roster[self.roster].date < date {
            self.roster += 1;
        }
        let row = roster.get(self.roster).filter(|e| e.date == date).copied();
        let ot = bureau.overtime.of(o);
        while self.overtime < ot.len() && ot[self.overtime].date < date {
            self.overtime += 1;
        }
        let end = self.overtime + ot[self.overtime..].partition_point(|e| e.date == date);
        (row, &ot[self.overtime..end])
    }
}

/// A shift of the unit's work, with the overtime worked on it.
#[derive(Debug, Clone)]
struct Job {
    shift: Shift,
    hours: f64,
    extras: Vec<Overtime>,
    origin: OfficerIdx,
}

impl Job {
    fn rank(&self) -> u8 {
        match self.shift {
            Shift::Duty24 => 0,
            Shift::Night => 1,
            _ => 2,
        }
    }
}

/// The unit's work on one day: shifts and call-ins (with who worked them).
#[derive(Debug, Default)]
struct Work {
    jobs: Vec<Job>,
    callins: Vec<(OfficerIdx, Overtime)>,
}

impl Work {
    /// Takes up to `hours` off: overtime first (the largest entry first),
    /// then shifts (the longest first, never below `MIN_SHIFT_HOURS`).
    /// Returns what came off.
    fn lighten(&mut self, hours: f64) -> f64 {
        let mut left = hours;
        while left > EPS {
            let largest = self
                .jobs
                .iter_mut()
                .flat_map(|j| j.extras.iter_mut())
                .chain(self.callins.iter_mut().map(|(_, e)| e))
                .filter(|e| e.hours > EPS)
                .max_by(|a, b| a.hours.total_cmp(&b.hours));
            let Some(entry) = largest else { break };
            let take = left.min(entry.hours);
            entry.hours -= take;
            left -= take;
        }
        while left > EPS {
            let longest = self
                .jobs
                .iter_mut()
                .filter(|j| j.hours > MIN_SHIFT_HOURS + EPS)
                .max_by(|a, b| a.hours.total_cmp(&b.hours));
            let Some(job) = longest else { break };
            let take = left.min(job.hours - MIN_SHIFT_HOURS);
            job.hours -= take;
            left -= take;
        }
        for j in &mut self.jobs {
            j.extras.retain(|e| e.hours > EPS);
        }
        self.callins.retain(|(_, e)| e.hours > EPS);
        hours - left
    }

    fn hours(&self) -> f64 {
        self.jobs
            .iter()
            .map(|j| j.hours + j.extras.iter().map(|e| e.hours).sum::<f64>())
            .sum::<f64>()
            + self.callins.iter().map(|(_, e)| e.hours).sum::<f64>()
    }
}

/// Weekends and statutory holidays (adjusted working days are work days).
fn weekend(bureau: &Bureau, date: NaiveDate) -> bool {
    match bureau.calendar.days.get(&date) {
        Some((crate::core::model::DayKind::Holiday, _)) => true,
        Some((crate::core::model::DayKind::Workday, _)) => false,
        None => matches!(date.weekday(), Weekday::Sat | Weekday::Sun),
    }
}

/// A worker's standing over the dealt days.
#[derive(Debug, Clone, Default)]
struct Tally {
    got: f64,
    due: f64,
    heavy: f64,
    heavy_due: f64,
    weekend: f64,
    weekend_due: f64,
    /// The last day they worked a 24-hour duty.
    last_duty24: Option<usize>,
}

/// Deals the unit's days. Days before `from` are only lightened (their
/// officers keep their rows); days from `from` on are dealt.
pub fn deal(input: &UnitInput) -> UnitDeal {
    deal_from(input, None)
}

/// Deals again from the start of day `day` (which `earlier.resumable_at`
/// gave): `earlier` is a deal of the same unit whose inputs are the same as
/// `input`'s on every day before. Its days before `day` are kept, and the
/// result is exactly what `deal(input)` gives.
pub fn deal_again(input: &UnitInput, earlier: &UnitDeal, day: usize) -> UnitDeal {
    match earlier.snapshots.iter().find(|s| s.day == day) {
        Some(snapshot) => deal_from(input, Some((earlier, snapshot))),
        None => deal(input),
    }
}

fn deal_from(input: &UnitInput, resume: Option<(&UnitDeal, &Snapshot)>) -> UnitDeal {
    let b = input.bureau;
    let p = input.period;
    let mut out = UnitDeal::default();
    // The workers' days, one list each (in their order); then anyone else
    // whose lightened day is given back.
    let mut by_person: Vec<(usize, Vec<DayRows>)> = input
        .workers
        .iter()
        .map(|w| (w.person, Vec::new()))
        .collect();
    let mut others = std::collections::HashMap::new();
    let mut push_other =
        |person: usize, rows: DayRows, by_person: &mut Vec<(usize, Vec<DayRows>)>| {
            let slot = match by_person.iter().position(|(x, _)| *x == person) {
                Some(slot) if slot < input.workers.len() => slot,
                _ => *others.entry(person).or_insert_with(|| {
                    by_person.push((person, Vec::new()));
                    by_person.len() - 1
                }),
            };
            by_person[slot].1.push(rows);
        };

    // Days only lightened: each officer keeps their shifts, shortened.
    // (Resuming, they are the earlier deal's.)
    let dealt_from = input.from.unwrap_or(usize::MAX);
    let lightened_only = input
        .freed
        .iter()
        .filter(|(d, _)| *d < dealt_from && resume.is_none());
    for &(day, hours) in lightened_only {
        let date = p.date(day);
        let mut work = Work::default();
        gather(input, day, &mut work, |_, o| rows_on(b, o, date));
        // Everyone whose work this is gets their day back, changed or not.
        let mut back: Vec<(OfficerIdx, Option<RosterEntry>, Vec<Overtime>)> = Vec::new();
        for o in work
            .jobs
            .iter()
            .map(|j| j.origin)
            .chain(work.callins.iter().map(|(o, _)| *o))
        {
            if !back.iter().any(|(x, _, _)| *x == o) {
                back.push((o, rows_on(b, o, date).0, Vec::new()));
            }
        }
        out.freed_hours += work.lighten(hours);
        for job in work.jobs {
            if let Some(entry) = back.iter_mut().find(|(x, _, _)| *x == job.origin) {
                entry.1 = Some(RosterEntry {
                    date,
                    shift: job.shift,
                    hours: job.hours,
                });
                entry.2.extend(job.extras);
            }
        }
        for (o, e) in work.callins {
            if let Some(entry) = back.iter_mut().find(|(x, _, _)| *x == o) {
                entry.2.push(e);
            }
        }
        for (o, row, overtime) in back {
            push_other(
                o as usize,
                DayRows {
                    day,
                    roster: row,
                    overtime,
                },
                &mut by_person,
            );
        }
    }

    if let Some(from) = input.from {
        let mut tallies: Vec<Tally> = vec![Tally::default(); input.workers.len()];
        for (w, worker) in input.workers.iter().enumerate() {
            // A 24-hour duty the day before the first dealt day counts.
            let first = worker.stints.first().map(|s| s.0).unwrap_or(from);
            if first > 0
                && let Some(o) = worker.baseline
                && let (Some(row), _) = rows_on(b, o, p.date(first - 1))
                && row.shift == Shift::Duty24
            {
                tallies[w].last_duty24 = Some(first - 1);
            }
        }
        let mut start = from;
        if let Some((earlier, snapshot)) = resume {
            start = snapshot.day;
            for (w, worker) in input.workers.iter().enumerate() {
                // Someone first here from `start` on starts afresh, as in a
                // deal from scratch; anyone here before has the same past.
                let here_before = worker.stints.first().is_some_and(|r| r.0 < start);
                if let Some((_, t)) = snapshot
                    .tallies
                    .iter()
                    .find(|(x, _)| here_before && *x == worker.person)
                {
                    tallies[w] = t.clone();
                }
            }
            out.freed_hours = snapshot.freed_hours;
            out.uncovered_hours = snapshot.uncovered_hours;
            out.covered_as_overtime = snapshot.covered_as_overtime;
            out.snapshots = earlier
                .snapshots
                .iter()
                .filter(|s| s.day < start)
                .cloned()
                .collect();
            // The earlier deal's days before `start`, as they were.
            for (person, rows) in &earlier.people {
                let before: Vec<DayRows> = rows.iter().filter(|r| r.day < start).cloned().collect();
                if before.is_empty() {
                    continue;
                }
                match by_person.iter_mut().find(|(x, _)| x == person) {
                    Some(slot) => slot.1.extend(before),
                    None => by_person.push((*person, before)),
                }
            }
        }
        let mut origin_at = vec![Cursor::default(); input.origins.len()];
        let mut worker_at = vec![Cursor::default(); input.workers.len()];
        let mut freed = input.freed.iter().filter(|(d, _)| *d >= start).peekable();
        let mut available: Vec<usize> = Vec::with_capacity(input.workers.len());
        for day in start..p.days() {
            let date = p.date(day);
            if (day - from).is_multiple_of(SNAPSHOT_DAYS) {
                out.snapshots.push(Snapshot {
                    day,
                    tallies: input
                        .workers
                        .iter()
                        .zip(&tallies)
                        .map(|(w, t)| (w.person, t.clone()))
                        .collect(),
                    freed_hours: out.freed_hours,
                    uncovered_hours: out.uncovered_hours,
                    covered_as_overtime: out.covered_as_overtime,
                });
            }
            let mut work = Work::default();
            gather(input, day, &mut work, |k, o| origin_at[k].at(b, o, date));
            if let Some(&(_, hours)) = freed.next_if(|(d, _)| *d == day) {
                out.freed_hours += work.lighten(hours);
            }
            available.clear();
            for (w, worker) in input.workers.iter().enumerate() {
                if !worker.stints.iter().any(|&(a, z)| a <= day && day < z) {
                    continue;
                }
                let mine = worker.baseline.map(|o| worker_at[w].at(b, o, date));
                match mine {
                    Some((Some(row), overtime)) if own_day(row.shift) => {
                        by_person[w].1.push(DayRows {
                            day,
                            roster: Some(row),
                            overtime: overtime.to_vec(),
                        })
                    }
                    _ => available.push(w),
                }
            }
            let rows = deal_day(
                &mut work,
                &available,
                &mut tallies,
                (day, date),
                weekend(b, date),
                &mut out,
            );
            for (w, row, overtime) in rows {
                by_person[w].1.push(DayRows {
                    day,
                    roster: Some(row.unwrap_or(RosterEntry {
                        date,
                        shift: Shift::Off,
                        hours: 0.0,
                    })),
                    overtime,
                });
            }
        }
    }
    by_person.retain(|(_, rows)| !rows.is_empty());
    for (_, rows) in &mut by_person {
        rows.sort_by_key(|r| r.day);
    }
    by_person.sort_by_key(|(person, _)| *person);
    out.people = by_person;
    out
}

/// The unit's work on `day` from the officers who served there that day in
/// the bureau's roster (their own days are not the unit's work); `rows`
/// reads an origin's (by position) roster row and overtime of the day.
fn gather<'b>(
    input: &UnitInput<'b>,
    day: usize,
    work: &mut Work,
    mut rows: impl FnMut(usize, OfficerIdx) -> (Option<RosterEntry>, &'b [Overtime]),
) {
    for (k, (o, stints)) in input.origins.iter().enumerate() {
        if !stints.iter().any(|&(a, z)| a <= day && day < z) {
            continue;
        }
        let (row, overtime) = rows(k, *o);
        match row {
            Some(r) if r.shift.is_duty() => work.jobs.push(Job {
                shift: r.shift,
                hours: r.hours,
                extras: overtime.to_vec(),
                origin: *o,
            }),
            Some(r) if own_day(r.shift) => {}
            _ => work
                .callins
                .extend(overtime.iter().map(|e| (*o, e.clone()))),
        }
    }
    work.jobs.sort_by(|a, b| {
        (a.rank(), b.hours, a.origin)
            .partial_cmp(&(b.rank(), a.hours, b.origin))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
}

/// Deals one day's work among the available workers (indices into the
/// unit's workers). Returns each available worker's roster row (`None`:
/// off) and overtime.
fn deal_day(
    work: &mut Work,
    available: &[usize],
    tallies: &mut [Tally],
    (day, date): (usize, NaiveDate),
    weekend_day: bool,
    out: &mut UnitDeal,
) -> Vec<(usize, Option<RosterEntry>, Vec<Overtime>)> {
    let n = available.len();
    let mut rows: Vec<(usize, Option<RosterEntry>, Vec<Overtime>)> =
        available.iter().map(|&w| (w, None, Vec::new())).collect();
    let mut today = vec![0.0f64; n];
    if n > 0 {
        let total = work.hours();
        let heavy = work
            .jobs
            .iter()
            .filter(|j| matches!(j.shift, Shift::Night | Shift::Duty24))
            .count() as f64;
        let shifts = work.jobs.len() as f64;
        for &w in available {
            let t = &mut tallies[w];
            t.due += total / n as f64;
            t.heavy_due += heavy / n as f64;
            if weekend_day {
                t.weekend_due += shifts / n as f64;
            }
        }
    }
    // Each worker's standing before the day, for the choice of each shift:
    // hours, heavy shifts (nights, 24-hour duties) and weekend shifts above
    // their share (counting the one they would take), and whether rested.
    let slack: Vec<(f64, f64, f64, bool)> = available
        .iter()
        .map(|&w| {
            let t = &tallies[w];
            (
                t.got - t.due,
                KIND_WEIGHT * (t.heavy + 1.0 - t.heavy_due),
                if weekend_day {
                    KIND_WEIGHT * (t.weekend + 1.0 - t.weekend_due)
                } else {
                    0.0
                },
                t.last_duty24.is_none_or(|d| d + 1 != day),
            )
        })
        .collect();
    let jobs = std::mem::take(&mut work.jobs);
    let mut unfilled: Vec<Job> = Vec::new();
    let mut extras: Vec<(usize, Vec<Overtime>)> = Vec::new();
    for job in jobs {
        let heavy_job = matches!(job.shift, Shift::Night | Shift::Duty24);
        // The free worker furthest behind, rested ones first (ties: the first).
        let mut best: Option<(bool, f64, usize)> = None;
        for (k, &(hours, heavy, weekend, rested)) in slack.iter().enumerate() {
            if rows[k].1.is_some() {
                continue;
            }
            let cost = hours + if heavy_job { heavy } else { 0.0 } + weekend;
            let better = match best {
                None => true,
                Some((r, c, _)) => (rested && !r) || (rested == r && cost < c),
            };
            if better {
                best = Some((rested, cost, k));
            }
        }
        let Some((_, _, k)) = best else {
            unfilled.push(job);
            continue;
        };
        let t = &mut tallies[available[k]];
        t.got += job.hours;
        if heavy_job {
            t.heavy += 1.0;
        }
        if weekend_day {
            t.weekend += 1.0;
        }
        if job.shift == Shift::Duty24 {
            t.last_duty24 = Some(day);
        }
        today[k] += job.hours;
        rows[k].1 = Some(RosterEntry {
            date,
            shift: job.shift,
            hours: job.hours,
        });
        extras.push((k, job.extras));
    }
    // A shift's overtime goes with it where it fits, once every shift is out
    // (what does not fit goes to the others on duty).
    for (k, list) in extras {
        for extra in list {
            place(
                extra,
                Some(k),
                &mut rows,
                &mut today,
                tallies,
                available,
                out,
            );
        }
    }
    // Shifts nobody was free to take: worked as overtime by those on duty.
    for job in unfilled {
        let cover = Overtime {
            date,
            hours: job.hours,
            compensated: Compensation::Owed,
            reason: format!("covers an unfilled {} shift", job.shift).into(),
        };
        out.covered_as_overtime += job.hours;
        place(cover, None, &mut rows, &mut today, tallies, available, out);
        for extra in job.extras {
            place(extra, None, &mut rows, &mut today, tallies, available, out);
        }
    }
    // Call-ins: to someone off that day, the furthest behind first.
    for (_, entry) in std::mem::take(&mut work.callins) {
        let off = (0..n)
            .filter(|&k| rows[k].1.is_none() && today[k] + entry.hours <= MAX_DAY_HOURS + EPS)
            .min_by(|&a, &b| {
                let c = |k: usize| tallies[available[k]].got - tallies[available[k]].due;
                c(a).total_cmp(&c(b)).then(a.cmp(&b))
            });
        place(entry, off, &mut rows, &mut today, tallies, available, out);
    }
    rows
}

/// Gives an overtime entry to `first` if it fits within 24 h, else (and for
/// what does not fit) to those on duty, the fewest hours first; the rest is
/// uncovered. Entries are split where they do not fit whole.
fn place(
    mut entry: Overtime,
    first: Option<usize>,
    rows: &mut [(usize, Option<RosterEntry>, Vec<Overtime>)],
    today: &mut [f64],
    tallies: &mut [Tally],
    available: &[usize],
    out: &mut UnitDeal,
) {
    // `first`, then those on duty with the fewest hours so far that day
    // (each has room until it is given its fill, so each is given once).
    let fewest = |today: &[f64], rows: &[(usize, Option<RosterEntry>, Vec<Overtime>)]| {
        (0..rows.len())
            .filter(|&j| rows[j].1.is_some() && today[j] < MAX_DAY_HOURS - EPS)
            .min_by(|&a, &b| today[a].total_cmp(&today[b]).then(a.cmp(&b)))
    };
    let mut next = first.or_else(|| fewest(today, rows));
    while let Some(k) = next {
        let room = MAX_DAY_HOURS - today[k];
        let take = entry.hours.min(room.max(0.0));
        if take > EPS {
            let mut part = entry.clone();
            part.hours = take;
            entry.hours -= take;
            today[k] += take;
            tallies[available[k]].got += take;
            rows[k].2.push(part);
        }
        if entry.hours <= EPS {
            return;
        }
        // `k` has no room left now (or had none): another, if any has room.
        next = fewest(today, rows).filter(|&j| j != k);
    }
    out.uncovered_hours += entry.hours;
}
