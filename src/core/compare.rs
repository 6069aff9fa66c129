//! The baseline and scenarios side by side, for leadership: each scenario's
//! outcome (its proposed bureau, checked), and what each does in a line.

use crate::core::scenario::Scenario;
use crate::core::scenario::outcome::{Baseline, Engine, Outcome};
use serde::Serialize;

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
    /// What `after` does compared with `before`.
    pub fn of(before: &Outcome, after: &Outcome) -> Summary {
        let (was, is) = (before.alarm_keys(), after.alarm_keys());
        let (leave_days, comp_days) = after.leave.as_ref().map_or((0, 0), |l| {
            l.plan.blocks.iter().fold((0, 0), |(a, b), x| {
                (a + x.leave_days.len() as u32, b + x.comp_days.len() as u32)
            })
        });
        Summary {
            name: after.name.clone(),
            officers_moved: after.moves.len(),
            alarms: after.alarms(),
            alarms_cleared: was.difference(&is).count(),
            alarms_created: is.difference(&was).count(),
            leave_days_granted: leave_days,
            comp_days_granted: comp_days,
            worst_before: before.worst_unit(),
            worst_after: after.worst_unit(),
        }
    }

    /// The summary in one line, in the language of `tr`: "10 officers
    /// moved; alarms 76 -> 86 (...)".
    pub fn line(&self, alarms_before: usize, tr: &crate::i18n::Tr) -> String {
        use crate::i18n::Arg;
        let n = |x: usize| Arg::Count(x as f64);
        tr.args(
            "summary-line",
            &[
                ("moved", n(self.officers_moved)),
                ("before", n(alarms_before)),
                ("after", n(self.alarms)),
                ("cleared", n(self.alarms_cleared)),
                ("created", n(self.alarms_created)),
                ("worst_before", self.worst_before.0.as_str().into()),
                ("load_before", format!("{:.2}", self.worst_before.1).into()),
                ("worst_after", self.worst_after.0.as_str().into()),
                ("load_after", format!("{:.2}", self.worst_after.1).into()),
                ("leave", n(self.leave_days_granted as usize)),
                ("comp", n(self.comp_days_granted as usize)),
            ],
        )
    }
}

#[derive(Debug, Clone)]
pub struct Comparison {
    /// The baseline first (the empty scenario), then each scenario.
    pub columns: Vec<Outcome>,
    /// One for each scenario (not the baseline).
    pub summaries: Vec<Summary>,
}

/// The outcome of the baseline and of each scenario, side by side.
pub fn compare(base: &Baseline, scenarios: &[Scenario]) -> Comparison {
    let baseline = Engine::default().outcome(base, &Scenario::new("baseline"));
    let mut columns = vec![baseline];
    for s in scenarios {
        columns.push(Engine::default().outcome(base, s));
    }
    let summaries = columns[1..]
        .iter()
        .map(|after| Summary::of(&columns[0], after))
        .collect();
    Comparison { columns, summaries }
}
