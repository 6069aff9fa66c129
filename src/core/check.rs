//! The result of `forceplan check`: figures and flags of every unit and
//! officer, in the shape of the contract's JSON (section 4).

use crate::core::figures::{self, Figures, OfficerFigures, Staffing, UnitFigures};
use crate::core::flags::{Flag, Severity, officer_flags, unit_flags};
use crate::core::model::{Assignment, Bureau, OfficerIdx, Role, UnitIdx, UnitKind};
use crate::core::period::Period;
use crate::core::rules::Rules;
use serde::Serialize;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeriodReport {
    pub start: chrono::NaiveDate,
    pub end: chrono::NaiveDate,
    pub days: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitReport {
    pub unit_id: String,
    pub name: String,
    pub kind: UnitKind,
    pub min_on_duty: u32,
    #[serde(flatten)]
    pub figures: UnitFigures,
    pub flags: Vec<Flag>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OfficerReport {
    pub officer_id: String,
    pub name: String,
    pub unit_id: String,
    pub role: Role,
    #[serde(flatten)]
    pub figures: OfficerFigures,
    pub flags: Vec<Flag>,
}

/// Units and officers sorted by id, as the contract asks. Each unit's and
/// officer's report is shared, so that a bureau checked again after a small
/// change shares what did not change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckReport {
    pub period: PeriodReport,
    pub standard_weekly_hours: f64,
    pub units: Vec<Arc<UnitReport>>,
    pub officers: Vec<Arc<OfficerReport>>,
}

/// Counts of flags by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub alarms: usize,
    pub warnings: usize,
}

impl Tally {
    pub fn of<'a>(flags: impl IntoIterator<Item = &'a Flag>) -> Tally {
        flags.into_iter().fold(Tally::default(), |mut t, f| {
            match f.severity {
                Severity::Alarm => t.alarms += 1,
                Severity::Warn => t.warnings += 1,
            }
            t
        })
    }
}

impl CheckReport {
    /// Indices of the units, worst first: most alarms, then most warnings,
    /// then the highest load ratio, then by id.
    pub fn units_worst_first(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.units.len()).collect();
        let tally = |i: usize| Tally::of(&self.units[i].flags);
        order.sort_by(|&a, &b| {
            let (ta, tb) = (tally(a), tally(b));
            (tb.alarms, tb.warnings)
                .cmp(&(ta.alarms, ta.warnings))
                .then(
                    self.units[b]
                        .figures
                        .load_ratio
                        .total_cmp(&self.units[a].figures.load_ratio),
                )
                .then(a.cmp(&b))
        });
        order
    }

    /// Flags of the whole bureau, units and officers.
    pub fn tally(&self) -> Tally {
        Tally::of(
            self.units
                .iter()
                .flat_map(|u| &u.flags)
                .chain(self.officers.iter().flat_map(|o| &o.flags)),
        )
    }
}

/// Computes the figures and applies the rules.
pub fn check(bureau: &Bureau, period: Period, rules: &Rules) -> CheckReport {
    let figures = figures::compute(bureau, period, rules.standard_weekly_hours);
    report(bureau, &figures, rules)
}

fn unit_report(
    bureau: &Bureau,
    u: usize,
    f: &UnitFigures,
    period: Period,
    rules: &Rules,
) -> Arc<UnitReport> {
    let unit = &bureau.units[u];
    Arc::new(UnitReport {
        unit_id: unit.id.clone(),
        name: unit.name.clone(),
        kind: unit.kind,
        min_on_duty: unit.min_on_duty,
        figures: f.clone(),
        flags: unit_flags(unit, f, period, rules),
    })
}

fn officer_report(
    bureau: &Bureau,
    o: usize,
    f: &OfficerFigures,
    period: Period,
    rules: &Rules,
) -> Arc<OfficerReport> {
    let officer = &bureau.officers[o];
    Arc::new(OfficerReport {
        officer_id: officer.id.clone(),
        name: officer.name.clone(),
        unit_id: bureau
            .unit(bureau.listed_unit(o as u32, period.end))
            .id
            .clone(),
        role: officer.role,
        figures: f.clone(),
        flags: officer_flags(f, period, rules),
    })
}

/// Applies the rules to figures already computed.
pub fn report(bureau: &Bureau, figures: &Figures, rules: &Rules) -> CheckReport {
    let period = figures.period;
    CheckReport {
        period: PeriodReport {
            start: period.start,
            end: period.end,
            days: period.days(),
        },
        standard_weekly_hours: figures.standard_weekly_hours,
        units: (0..bureau.units.len())
            .map(|u| unit_report(bureau, u, &figures.units[u], period, rules))
            .collect(),
        officers: (0..bureau.officers.len())
            .map(|o| officer_report(bureau, o, &figures.officers[o], period, rules))
            .collect(),
    }
}

/// A bureau with its figures and flags, kept so that a changed bureau (a
/// scenario after one more edit) is checked again by recomputing only the
/// officers and units that changed, with the very functions `check` uses.
#[derive(Debug, Clone)]
pub struct Checked {
    pub bureau: Arc<Bureau>,
    pub period: Period,
    pub rules: Rules,
    pub staffing: Staffing,
    pub report: CheckReport,
}

impl Checked {
    pub fn new(bureau: Arc<Bureau>, period: Period, rules: &Rules) -> Checked {
        let staffing = Staffing::new(&bureau, period);
        let figures =
            figures::compute_with(&bureau, period, rules.standard_weekly_hours, &staffing);
        let report = report(&bureau, &figures, rules);
        Checked {
            bureau,
            period,
            rules: rules.clone(),
            staffing,
            report,
        }
    }

    /// `bureau` checked over the same period, reusing every officer's and
    /// unit's figures and flags that cannot have changed. An officer changed
    /// when their record, rows (by identity: unchanged rows are shared),
    /// runs of service or areas did; a unit when its record, officers,
    /// visits, meetings or areas did, or any of its officers changed.
    pub fn update(&self, bureau: Arc<Bureau>, rules: &Rules) -> Checked {
        let period = self.period;
        let staffing = Staffing::new(&bureau, period);
        let prev = &self.bureau;
        let same_week = rules.standard_weekly_hours == self.rules.standard_weekly_hours;
        let same_rules = *rules == self.rules;
        // Officers are sorted by id in both: match them by a merge (unless
        // they are the very same list).
        let same_officers = Arc::ptr_eq(&bureau.officers, &prev.officers);
        let mut before: Vec<Option<usize>> = vec![None; bureau.officers.len()];
        if same_officers {
            before
                .iter_mut()
                .enumerate()
                .for_each(|(i, b)| *b = Some(i));
        } else {
            let (mut i, mut j) = (0, 0);
            while i < bureau.officers.len() && j < prev.officers.len() {
                match bureau.officers[i].id.cmp(&prev.officers[j].id) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => {
                        before[i] = Some(j);
                        i += 1;
                        j += 1;
                    }
                }
            }
        }
        let same_assignments = same_officers && bureau.assignments == prev.assignments;
        let changed: Vec<bool> = (0..bureau.officers.len())
            .map(|o| match before[o] {
                None => true,
                Some(p) => {
                    let (oi, pi) = (o as OfficerIdx, p as OfficerIdx);
                    !bureau.roster.shares(oi, &prev.roster, pi)
                        || !bureau.overtime.shares(oi, &prev.overtime, pi)
                        || staffing.stints_of(oi) != self.staffing.stints_of(pi)
                        || staffing.held(oi) != self.staffing.held(pi)
                        || (!same_assignments
                            && !same_placement(bureau.assignments_of(oi), prev.assignments_of(pi)))
                        || (!same_officers && bureau.officers[o] != prev.officers[p])
                }
            })
            .collect();
        // Officers that changed, recomputed on both cores; the rest kept.
        let fresh: Vec<usize> = (0..bureau.officers.len()).filter(|&o| changed[o]).collect();
        let made = crate::core::parallel::in_parallel(&fresh, |&o| {
            let mut buf = figures::DayBuffer::new(period);
            let f = figures::officer(&bureau, period, &staffing, o as OfficerIdx, &mut buf);
            officer_report(&bureau, o, &f, period, rules)
        });
        let mut made = made.into_iter();
        let officers: Vec<Arc<OfficerReport>> = (0..bureau.officers.len())
            .map(|o| match before[o] {
                Some(p) if !changed[o] && same_rules => self.report.officers[p].clone(),
                Some(p) if !changed[o] => {
                    let f = &self.report.officers[p].figures;
                    officer_report(&bureau, o, f, period, rules)
                }
                _ => made.next().expect("one made for each that changed"),
            })
            .collect();
        // The same officers, by id, in both.
        let same_ids = |a: &[OfficerIdx], b: &[OfficerIdx]| {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|(&x, &y)| bureau.officer(x).id == prev.officer(y).id)
        };
        let figures_of: Vec<OfficerFigures> = officers.iter().map(|r| r.figures.clone()).collect();
        // The very same tables (shared): nothing of them to compare.
        let same_visits = Arc::ptr_eq(&bureau.inspections, &prev.inspections);
        let same_sittings = Arc::ptr_eq(&bureau.meetings, &prev.meetings);
        let units = (0..bureau.units.len())
            .map(|u| {
                let ui = u as UnitIdx;
                let same = same_week
                    && bureau.units[u] == prev.units[u]
                    && staffing.members[u].iter().all(|&o| !changed[o as usize])
                    && same_ids(&staffing.members[u], &self.staffing.members[u])
                    && same_ids(&staffing.at_end[u], &self.staffing.at_end[u])
                    && staffing.areas(ui) == self.staffing.areas(ui)
                    && (same_visits
                        || staffing
                            .visits(&bureau, ui)
                            .eq(self.staffing.visits(prev, ui)))
                    && (same_sittings
                        || staffing
                            .sittings(&bureau, ui)
                            .eq(self.staffing.sittings(prev, ui)));
                match same {
                    true if same_rules => self.report.units[u].clone(),
                    true => unit_report(&bureau, u, &self.report.units[u].figures, period, rules),
                    false => {
                        let f = figures::unit(
                            &bureau,
                            period,
                            rules.standard_weekly_hours,
                            &staffing,
                            &figures_of,
                            ui,
                        );
                        unit_report(&bureau, u, &f, period, rules)
                    }
                }
            })
            .collect();
        let report = CheckReport {
            period: self.report.period.clone(),
            standard_weekly_hours: rules.standard_weekly_hours,
            units,
            officers,
        };
        Checked {
            bureau,
            period,
            rules: rules.clone(),
            staffing,
            report,
        }
    }
}

/// The same assignment rows (whatever index the officer has in each bureau).
fn same_placement(a: &[Assignment], b: &[Assignment]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x.from == y.from && x.unit == y.unit)
}

/// Why no period could be chosen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    // Each says its message (the catalogue's English; `message` gives it
    // in the reader's language).
    #[error("{}", self.message())]
    EmptyRoster,
    #[error("{}", self.message())]
    Reversed {
        start: chrono::NaiveDate,
        end: chrono::NaiveDate,
    },
}

impl PeriodError {
    /// What went wrong, to say in the reader's language.
    pub fn message(&self) -> crate::i18n::Message {
        match self {
            PeriodError::EmptyRoster => crate::msg!("period-empty-roster"),
            PeriodError::Reversed { start, end } => {
                crate::msg!("period-reversed", "start" => *start, "end" => *end)
            }
        }
    }
}

/// The period of the contract: the roster's first to last date, either end
/// replaced by `from` / `to` when given.
pub fn choose_period(
    bureau: &Bureau,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
) -> Result<Period, PeriodError> {
    let range = bureau.roster.date_range();
    let start = from
        .or(range.map(|r| r.0))
        .ok_or(PeriodError::EmptyRoster)?;
    let end = to.or(range.map(|r| r.1)).ok_or(PeriodError::EmptyRoster)?;
    Period::new(start, end).ok_or(PeriodError::Reversed { start, end })
}
