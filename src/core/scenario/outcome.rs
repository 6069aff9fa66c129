//! What a scenario comes to: the proposed bureau it makes (`propose`), with
//! its leave planned after every other edit, checked by `check`'s own code.
//! Every number a scenario shows (simulate, the planner, the comparison,
//! the report, the workbook, and `check` of what `apply` writes) is read
//! from an `Outcome`.

use crate::core::check::{CheckReport, Checked};
use crate::core::flags::Severity;
use crate::core::leave::apply;
use crate::core::model::Bureau;
use crate::core::period::Period;
use crate::core::rules::Rules;
use crate::core::scenario::Scenario;
use crate::core::scenario::leave::{ScenarioLeave, leave_of};
use crate::core::scenario::plan::{Move, plan};
use crate::core::scenario::propose::{Ground, Proposer, UnitNote};
use std::sync::Arc;

/// What scenarios start from: the bureau as it is, checked once.
pub struct Baseline {
    pub ground: Ground,
    pub rules: Rules,
    pub checked: Arc<Checked>,
}

impl Baseline {
    pub fn new(bureau: Arc<Bureau>, period: Period, rules: &Rules) -> Baseline {
        let checked = Arc::new(Checked::new(bureau.clone(), period, rules));
        Baseline {
            ground: Ground::new(bureau, period),
            rules: rules.clone(),
            checked,
        }
    }

    pub fn bureau(&self) -> &Arc<Bureau> {
        &self.ground.bureau
    }

    pub fn period(&self) -> Period {
        self.ground.period
    }

    /// The bureau's own figures and flags (`check`).
    pub fn report(&self) -> &CheckReport {
        &self.checked.report
    }
}

/// A scenario's result: the proposed bureau and its check.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub name: String,
    /// The proposed bureau, its rules (the scenario's thresholds) and report.
    pub checked: Arc<Checked>,
    /// Who moves, joins and leaves, with the reasons.
    pub moves: Vec<Move>,
    /// Edits that could not apply, by position (1-based) and why.
    pub problems: Vec<(usize, crate::i18n::Message)>,
    /// Each unit's dealt days, freed and uncovered hours.
    pub notes: Vec<UnitNote>,
    /// The leave plan, when the scenario plans leave.
    pub leave: Option<ScenarioLeave>,
    /// How long each step took (for benchmarks).
    pub timings: Timings,
}

/// Where the time of working out an outcome went.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    pub plan: std::time::Duration,
    pub propose: std::time::Duration,
    pub check: std::time::Duration,
    pub leave: std::time::Duration,
}

impl Outcome {
    pub fn report(&self) -> &CheckReport {
        &self.checked.report
    }

    pub fn bureau(&self) -> &Bureau {
        &self.checked.bureau
    }

    pub fn rules(&self) -> &Rules {
        &self.checked.rules
    }

    /// How many officers the proposed bureau's workload needs: the same
    /// computation as `check`'s of the bureau it proposes.
    pub fn staffing_need(&self) -> crate::core::staffing::StaffingNeed {
        let c = &self.checked;
        crate::core::staffing::need(&c.bureau, c.period, &c.report, &c.rules)
    }

    /// Alarms of every unit and officer.
    pub fn alarms(&self) -> usize {
        self.report().tally().alarms
    }

    /// The unit with the highest load ratio, and its load.
    pub fn worst_unit(&self) -> (String, f64) {
        self.report()
            .units
            .iter()
            .map(|u| (u.unit_id.clone(), u.figures.load_ratio))
            .fold(
                (String::new(), 0.0),
                |best, x| {
                    if x.1 > best.1 { x } else { best }
                },
            )
    }

    pub fn worst_load(&self) -> f64 {
        self.worst_unit().1
    }

    /// Alarms as (who, rule), to see which a scenario clears and creates.
    pub fn alarm_keys(&self) -> std::collections::BTreeSet<(String, &'static str)> {
        let r = self.report();
        let units = r
            .units
            .iter()
            .flat_map(|u| u.flags.iter().map(move |f| (&u.unit_id, f)));
        let officers = r
            .officers
            .iter()
            .flat_map(|o| o.flags.iter().map(move |f| (&o.officer_id, f)));
        units
            .chain(officers)
            .filter(|(_, f)| f.severity == Severity::Alarm)
            .map(|(who, f)| (who.clone(), f.rule.name()))
            .collect()
    }
}

/// Works out outcomes, keeping what the last one dealt and checked so that
/// the next (the same scenario after one more edit) recomputes only what
/// the edit touches.
#[derive(Default)]
pub struct Engine {
    proposer: Proposer,
    last: Option<Arc<Checked>>,
}

impl Engine {
    pub fn outcome(&mut self, base: &Baseline, scenario: &Scenario) -> Outcome {
        let ground = &base.ground;
        let clock = std::time::Instant::now();
        let mut timings = Timings::default();
        let plan = plan(&ground.bureau, ground.period, &base.rules, scenario);
        timings.plan = clock.elapsed();
        let proposal = self.proposer.propose(ground, &plan);
        timings.propose = clock.elapsed() - timings.plan;
        let from = self.last.clone().unwrap_or_else(|| base.checked.clone());
        let mut checked = from.update(Arc::new(proposal.bureau), &plan.rules);
        timings.check = clock.elapsed() - timings.plan - timings.propose;
        let mut problems = plan.problems;
        let leave = leave_of(&checked, scenario);
        if let Some(l) = &leave {
            problems.extend(l.problems.iter().cloned());
            if !l.plan.blocks.is_empty() || !l.plan.covers.is_empty() {
                let with_leave = apply(&checked.bureau, &l.plan);
                checked = checked.update(Arc::new(with_leave), &plan.rules);
            }
        }
        problems.sort_by_key(|(i, _)| *i);
        timings.leave = clock.elapsed() - timings.plan - timings.propose - timings.check;
        let checked = Arc::new(checked);
        self.last = Some(checked.clone());
        Outcome {
            name: scenario.name.clone(),
            checked,
            moves: plan.moves,
            problems,
            notes: proposal.notes,
            leave,
            timings,
        }
    }
}

/// The outcome of `scenario`, worked out from scratch.
pub fn outcome(base: &Baseline, scenario: &Scenario) -> Outcome {
    Engine::default().outcome(base, scenario)
}
