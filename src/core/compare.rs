//! The baseline and scenarios side by side, for leadership: each unit's
//! projected figures per scenario, and what each scenario does in a line.

use crate::core::flags::Severity;
use crate::core::leave::LeavePlan;
use crate::core::scenario::Scenario;
use crate::core::scenario::leave::leave_of;
use crate::core::scenario::project::{Baseline, Projection, project};
use serde::Serialize;
use std::collections::BTreeSet;

/// One column of the comparison: the baseline or a scenario.
#[derive(Debug, Clone, Serialize)]
pub struct Column {
    pub name: String,
    pub projection: Projection,
    pub leave: Option<LeavePlan>,
}

/// What a scenario does, in one line for the meeting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub name: String,
    pub officers_moved: usize,
    pub alarms: usize,
    /// Alarms of the baseline the scenario clears, and alarms it creates.
    pub alarms_cleared: usize,
    pub alarms_created: usize,
    pub leave_days_granted: u32,
    pub comp_days_granted: u32,
    /// The worst unit (highest load) before and after, with its load.
    pub worst_before: (String, f64),
    pub worst_after: (String, f64),
}

impl Summary {
    /// The summary in one line: "10 officers moved; alarms 76 -> 86 (...)".
    pub fn line(&self, alarms_before: usize) -> String {
        format!(
            "{} officers moved; alarms {alarms_before} -> {} ({} cleared, {} created); worst unit {} {:.2} -> {} {:.2}; leave {} days, comp {} days",
            self.officers_moved,
            self.alarms,
            self.alarms_cleared,
            self.alarms_created,
            self.worst_before.0,
            self.worst_before.1,
            self.worst_after.0,
            self.worst_after.1,
            self.leave_days_granted,
            self.comp_days_granted
        )
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// The baseline first, then each scenario.
    pub columns: Vec<Column>,
    /// One for each scenario (not the baseline).
    pub summaries: Vec<Summary>,
}

/// Alarms of a projection, as (who, rule).
fn alarms(p: &Projection) -> BTreeSet<(String, &'static str)> {
    let units = p
        .units
        .iter()
        .flat_map(|u| u.flags.iter().map(move |f| (u.unit_id.clone(), f)));
    let officers = p
        .officers
        .iter()
        .flat_map(|o| o.flags.iter().map(move |f| (o.officer_id.clone(), f)));
    units
        .chain(officers)
        .filter(|(_, f)| f.severity == Severity::Alarm)
        .map(|(who, f)| (who, f.rule))
        .collect()
}

fn worst(p: &Projection) -> (String, f64) {
    p.units
        .iter()
        .map(|u| (u.unit_id.clone(), u.load_ratio.unwrap_or(f64::INFINITY)))
        .fold(
            (String::new(), 0.0),
            |best, x| if x.1 > best.1 { x } else { best },
        )
}

/// Projects each scenario (and the baseline) for a side-by-side view.
pub fn compare(base: &Baseline, scenarios: &[Scenario]) -> Comparison {
    let baseline = project(base, &Scenario::new("baseline"));
    let before = alarms(&baseline);
    let mut columns = vec![Column {
        name: "baseline".into(),
        projection: baseline.clone(),
        leave: None,
    }];
    let mut summaries = Vec::new();
    for s in scenarios {
        let p = project(base, s);
        let leave = leave_of(base, s).map(|l| l.plan);
        let after = alarms(&p);
        let (leave_days, comp_days) = leave.as_ref().map_or((0, 0), |l| {
            l.blocks.iter().fold((0, 0), |(a, b), x| {
                (a + x.leave_days.len() as u32, b + x.comp_days.len() as u32)
            })
        });
        summaries.push(Summary {
            name: s.name.clone(),
            officers_moved: p.moves.len(),
            alarms: after.len(),
            alarms_cleared: before.difference(&after).count(),
            alarms_created: after.difference(&before).count(),
            leave_days_granted: leave_days,
            comp_days_granted: comp_days,
            worst_before: worst(&baseline),
            worst_after: worst(&p),
        });
        columns.push(Column {
            name: s.name.clone(),
            projection: p,
            leave,
        });
    }
    Comparison { columns, summaries }
}
