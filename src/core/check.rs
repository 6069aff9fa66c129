//! The result of `forceplan check`: figures and flags of every unit and
//! officer, in the shape of the contract's JSON (section 4).

use crate::core::figures::{self, Figures, OfficerFigures, UnitFigures};
use crate::core::flags::{Flag, Severity, officer_flags, unit_flags};
use crate::core::model::{Bureau, Role, UnitKind};
use crate::core::period::Period;
use crate::core::rules::Rules;
use serde::Serialize;

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

/// Units and officers sorted by id, as the contract asks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckReport {
    pub period: PeriodReport,
    pub standard_weekly_hours: f64,
    pub units: Vec<UnitReport>,
    pub officers: Vec<OfficerReport>,
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

/// Applies the rules to figures already computed.
pub fn report(bureau: &Bureau, figures: &Figures, rules: &Rules) -> CheckReport {
    let units = bureau
        .units
        .iter()
        .zip(&figures.units)
        .map(|(unit, f)| UnitReport {
            unit_id: unit.id.clone(),
            name: unit.name.clone(),
            kind: unit.kind,
            min_on_duty: unit.min_on_duty,
            figures: f.clone(),
            flags: unit_flags(unit, f, figures, rules),
        })
        .collect();
    let officers = bureau
        .officers
        .iter()
        .zip(&figures.officers)
        .enumerate()
        .map(|(o, (officer, f))| OfficerReport {
            officer_id: officer.id.clone(),
            name: officer.name.clone(),
            unit_id: bureau
                .unit(bureau.listed_unit(o as u32, figures.period.end))
                .id
                .clone(),
            role: officer.role,
            figures: f.clone(),
            flags: officer_flags(f, figures, rules),
        })
        .collect();
    CheckReport {
        period: PeriodReport {
            start: figures.period.start,
            end: figures.period.end,
            days: figures.period.days(),
        },
        standard_weekly_hours: figures.standard_weekly_hours,
        units,
        officers,
    }
}

/// Why no period could be chosen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error("the roster has no rows, so there is no period to check; give --from and --to")]
    EmptyRoster,
    #[error("the period would end ({end}) before it starts ({start})")]
    Reversed {
        start: chrono::NaiveDate,
        end: chrono::NaiveDate,
    },
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
