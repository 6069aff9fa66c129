//! A scenario's leave: its last `plan_leave` edit, planned on the proposed
//! bureau after every other edit (moves, recruits, minimums, thresholds),
//! then the `leave_block` edits after it, each checked against the floors.

use crate::core::check::Checked;
use crate::core::leave::{LeaveOptions, LeavePlan, plan, set_block};
use crate::core::period::Period;
use crate::core::scenario::{Edit, Scenario};
use crate::i18n::Message;
use crate::msg;

#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioLeave {
    pub plan: LeavePlan,
    pub options: LeaveOptions,
    /// Leave edits that could not apply, by position (1-based) and why.
    pub problems: Vec<(usize, Message)>,
}

/// The leave edits of a scenario, in order.
pub fn leave_edits(scenario: &Scenario) -> Vec<&Edit> {
    scenario
        .edits
        .iter()
        .filter(|e| matches!(e, Edit::PlanLeave { .. } | Edit::LeaveBlock { .. }))
        .collect()
}

/// The scenario's leave plan on `proposed` (the proposed bureau before any
/// leave, checked with the scenario's rules); `None` without leave edits.
pub fn leave_of(proposed: &Checked, scenario: &Scenario) -> Option<ScenarioLeave> {
    let (bureau, period) = (&proposed.bureau, proposed.period);
    let mut problems = Vec::new();
    let mut current: Option<ScenarioLeave> = None;
    for (i, edit) in scenario.edits.iter().enumerate() {
        match edit {
            Edit::PlanLeave {
                from,
                to,
                min_block,
                leaders_cover,
                batch,
                blackout,
            } => {
                let Some(window) = Period::new(*from, *to) else {
                    problems.push((
                        i + 1,
                        msg!("problem-window-backwards", "from" => *from, "to" => *to),
                    ));
                    continue;
                };
                let options = LeaveOptions {
                    window,
                    blackout: blackout.clone(),
                    min_block: min_block.filter(|&n| n > 0),
                    leaders_cover: *leaders_cover,
                    batch: *batch,
                };
                match plan(bureau, period, &proposed.report, &proposed.rules, &options) {
                    Ok(plan) => {
                        current = Some(ScenarioLeave {
                            plan,
                            options,
                            problems: Vec::new(),
                        })
                    }
                    Err(e) => problems.push((i + 1, e.message())),
                }
            }
            Edit::LeaveBlock {
                officer,
                start,
                days,
            } => match current.as_mut() {
                Some(leave) => {
                    if let Err(why) = set_block(
                        bureau,
                        &mut leave.plan,
                        &leave.options,
                        officer,
                        *start,
                        *days,
                    ) {
                        problems.push((i + 1, why));
                    }
                }
                None => problems.push((i + 1, msg!("problem-no-leave-plan"))),
            },
            _ => {}
        }
    }
    match current {
        Some(mut leave) => {
            leave.problems = problems;
            Some(leave)
        }
        None if problems.is_empty() => None,
        None => Some(ScenarioLeave {
            plan: LeavePlan {
                window: period,
                blocks: Vec::new(),
                covers: Vec::new(),
                officers: Vec::new(),
                units: Vec::new(),
            },
            options: LeaveOptions {
                window: period,
                blackout: Vec::new(),
                min_block: None,
                leaders_cover: 0,
                batch: None,
            },
            problems,
        }),
    }
}
