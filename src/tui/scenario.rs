//! The scenario screen's state: the scenario and its history, its projection
//! against the baseline, the before -> after table, the form that adds an
//! edit and the preview of a suggestion. Changing the scenario asks for an
//! autosave (an `Effect` the runtime carries out); nothing here writes.

use crate::core::flags::Severity;
use crate::core::scenario::history::History;
use crate::core::scenario::project::{Baseline, Projection, UnitProjection, project};
use crate::core::scenario::suggest::{Options, Suggestion, suggest};
use crate::core::scenario::{Edit, Scenario};
use crate::tui::form::Form;
use crate::tui::table::{Align, Badge, DataTable, Key, Link, Row, col};

/// Files the screen asks the runtime to write.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// After every change: so that a crash or a kill loses nothing.
    Autosave(Scenario),
    /// The planner saved the scenario under its name.
    Save(Scenario),
    /// The autosave was declined on recovery.
    DiscardAutosave,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Units,
    Edits,
}

/// A suggestion being looked at: each move accepted or not.
pub struct Preview {
    pub suggestion: Suggestion,
    pub accepted: Vec<bool>,
    pub selected: usize,
    pub max_moves: usize,
}

pub struct ScenarioScreen {
    pub scenario: Scenario,
    pub history: History,
    pub after: Projection,
    /// Each unit before -> after.
    pub table: DataTable,
    pub pane: Pane,
    pub edit_selected: usize,
    pub form: Option<Form>,
    pub preview: Option<Preview>,
    /// An autosaved scenario found at start, offered for recovery.
    pub recovery: Option<Scenario>,
    /// Saved scenarios of this bureau, to open in turn.
    pub saved: Vec<Scenario>,
    /// What just happened, for the status of the screen.
    pub message: Option<String>,
}

fn ratio(x: Option<f64>) -> String {
    x.map(|v| format!("{v:.2}"))
        .unwrap_or_else(|| "none".into())
}

fn arrow(before: String, after: String) -> String {
    if before == after {
        after
    } else {
        format!("{before}>{after}")
    }
}

/// Flags gained and lost, as "+rule" / "-rule".
pub fn flag_changes(before: &UnitProjection, after: &UnitProjection) -> String {
    let key = |f: &crate::core::scenario::project::PFlag| (f.rule, f.severity);
    let mut out = Vec::new();
    for f in &after.flags {
        if !before.flags.iter().any(|b| key(b) == key(f)) {
            out.push(format!(
                "+{}{}",
                if f.severity == Severity::Alarm {
                    "!!"
                } else {
                    "!"
                },
                f.rule
            ));
        }
    }
    for f in &before.flags {
        if !after.flags.iter().any(|a| key(a) == key(f)) {
            out.push(format!("-{}", f.rule));
        }
    }
    out.join(" ")
}

fn units_table(before: &Projection, after: &Projection) -> DataTable {
    let columns = vec![
        col("unit", 5, Align::Left),
        col("name", 16, Align::Left),
        col("load", 9, Align::Right),
        col("h/wk", 7, Align::Right),
        col("hh/co", 9, Align::Right),
        col("floor", 6, Align::Left),
        col("mtg h/off", 10, Align::Right),
        col("flags", 0, Align::Left),
    ];
    let rows = before
        .units
        .iter()
        .zip(&after.units)
        .enumerate()
        .map(|(i, (b, a))| {
            let floor = format!(
                "{}{}",
                a.staffing_floor,
                if a.floor_met { "" } else { " !!" }
            );
            Row {
                cells: vec![
                    a.unit_id.clone(),
                    a.name.clone(),
                    arrow(ratio(b.load_ratio), ratio(a.load_ratio)),
                    arrow(
                        format!("{:.0}", b.avg_weekly_hours.unwrap_or(0.0)),
                        format!("{:.0}", a.avg_weekly_hours.unwrap_or(0.0)),
                    ),
                    arrow(
                        b.households_per_community_officer
                            .map(|x| format!("{x:.0}"))
                            .unwrap_or("-".into()),
                        a.households_per_community_officer
                            .map(|x| format!("{x:.0}"))
                            .unwrap_or("-".into()),
                    ),
                    floor,
                    arrow(
                        format!("{:.1}", b.meeting_hours_per_officer),
                        format!("{:.1}", a.meeting_hours_per_officer),
                    ),
                    flag_changes(b, a),
                ],
                keys: vec![
                    Key::Text(a.unit_id.clone()),
                    Key::Text(a.name.clone()),
                    a.load_ratio
                        .map(Key::Num)
                        .unwrap_or(Key::Num(f64::INFINITY)),
                    Key::Num(a.avg_weekly_hours.unwrap_or(0.0)),
                    a.households_per_community_officer
                        .map(Key::Num)
                        .unwrap_or(Key::Missing),
                    Key::Num(a.officers - a.staffing_floor as f64),
                    Key::Num(a.meeting_hours_per_officer),
                    Key::Text(flag_changes(b, a)),
                ],
                badge: Some(Badge::of(a.flags.iter().map(|f| f.severity))),
                link: Link::Unit(i as u32),
            }
        })
        .collect();
    DataTable::new(columns, rows)
}

impl ScenarioScreen {
    pub fn new(base: &Baseline, before: &Projection, scenario: Scenario) -> ScenarioScreen {
        let after = project(base, &scenario);
        ScenarioScreen {
            table: units_table(before, &after),
            after,
            scenario,
            history: History::default(),
            pane: Pane::Units,
            edit_selected: 0,
            form: None,
            preview: None,
            recovery: None,
            saved: Vec::new(),
            message: None,
        }
    }

    fn recompute(&mut self, base: &Baseline, before: &Projection) {
        self.after = project(base, &self.scenario);
        let mut table = units_table(before, &self.after);
        table.sort = self.table.sort;
        table.focus = self.table.focus;
        table.set_filter(&self.table.filter);
        table.selected = self
            .table
            .selected
            .min(table.visible.len().saturating_sub(1));
        table.offset = self.table.offset;
        self.table = table;
        self.edit_selected = self
            .edit_selected
            .min(self.scenario.edits.len().saturating_sub(1));
    }

    /// Changes the scenario (undoably) and asks for an autosave.
    pub fn change(
        &mut self,
        base: &Baseline,
        before: &Projection,
        f: impl FnOnce(&mut Scenario),
    ) -> Effect {
        self.history.changed(self.scenario.clone());
        f(&mut self.scenario);
        self.recompute(base, before);
        Effect::Autosave(self.scenario.clone())
    }

    /// Replaces the scenario (opening another, or recovering one); the history starts again.
    pub fn replace(&mut self, base: &Baseline, before: &Projection, scenario: Scenario) {
        self.scenario = scenario;
        self.history = History::default();
        self.edit_selected = 0;
        self.recompute(base, before);
    }

    pub fn undo(&mut self, base: &Baseline, before: &Projection) -> Option<Effect> {
        let previous = self.history.undo(&self.scenario)?;
        self.scenario = previous;
        self.recompute(base, before);
        self.message = Some("undone".into());
        Some(Effect::Autosave(self.scenario.clone()))
    }

    pub fn redo(&mut self, base: &Baseline, before: &Projection) -> Option<Effect> {
        let next = self.history.redo(&self.scenario)?;
        self.scenario = next;
        self.recompute(base, before);
        self.message = Some("redone".into());
        Some(Effect::Autosave(self.scenario.clone()))
    }

    /// Adds the form's edit if it is well formed and applies to the bureau.
    pub fn submit_form(&mut self, base: &Baseline, before: &Projection) -> Option<Effect> {
        let form = self.form.as_mut()?;
        let edit = match form.edit() {
            Ok(edit) => edit,
            Err(why) => {
                form.error = Some(why);
                return None;
            }
        };
        let mut trial = self.scenario.clone();
        trial.edits.push(edit.clone());
        let n = trial.edits.len();
        if let Some((_, why)) = project(base, &trial)
            .problems
            .into_iter()
            .find(|(i, _)| *i == n)
        {
            form.error = Some(why);
            return None;
        }
        self.form = None;
        self.message = Some(format!("added: {}", edit.describe()));
        let effect = self.change(base, before, |s| s.edits.push(edit));
        self.edit_selected = self.scenario.edits.len() - 1;
        Some(effect)
    }

    pub fn delete_selected(&mut self, base: &Baseline, before: &Projection) -> Option<Effect> {
        let i = self.edit_selected;
        let removed = self.scenario.edits.get(i)?.describe();
        self.message = Some(format!("removed: {removed}"));
        Some(self.change(base, before, |s| {
            s.edits.remove(i);
        }))
    }

    pub fn open_preview(&mut self, base: &Baseline, max_moves: usize) {
        let suggestion = suggest(
            base,
            &self.scenario,
            &Options {
                max_moves,
                allow_leaders: false,
            },
        );
        self.preview = Some(Preview {
            accepted: vec![true; suggestion.edits.len()],
            suggestion,
            selected: 0,
            max_moves,
        });
    }

    /// Adds the accepted moves of the preview.
    pub fn accept_preview(&mut self, base: &Baseline, before: &Projection) -> Option<Effect> {
        let preview = self.preview.take()?;
        let moves: Vec<Edit> = preview
            .suggestion
            .edits
            .into_iter()
            .zip(preview.accepted)
            .filter_map(|(e, ok)| ok.then_some(e))
            .collect();
        if moves.is_empty() {
            self.message = Some("no move accepted".into());
            return None;
        }
        self.message = Some(format!("{} suggested moves added", moves.len()));
        Some(self.change(base, before, |s| s.edits.extend(moves)))
    }
}
