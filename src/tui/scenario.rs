//! The scenario screen's state: the scenario and its history, its projection
//! against the baseline, the before -> after table, the form that adds an
//! edit and the preview of a suggestion. Changing the scenario asks for an
//! autosave (an `Effect` the runtime carries out); nothing here writes.

use crate::core::check::UnitReport;
use crate::core::flags::Severity;
use crate::core::scenario::history::History;
use crate::core::scenario::leave::ScenarioLeave;
use crate::core::scenario::outcome::{Baseline, Engine, Outcome};
use crate::core::scenario::suggest::{Options, Suggestion, suggest};
use crate::core::scenario::{Edit, Scenario};
use crate::i18n::{Arg, Tr};
use crate::tui::form::Form;
use crate::tui::shelf::{Shelf, State};
use crate::tui::table::{Align, Badge, DataTable, Key, Link, Row, col};

/// Files the screen asks the runtime to write.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// After every change that leaves unsaved work: the scenario's draft, so
    /// that a crash, a kill or opening another scenario loses nothing.
    Autosave(Scenario),
    /// The scenario of that name has no unsaved work (any more).
    DiscardDraft(String),
    /// Save the scenario under its name; over a file this planner has not
    /// seen as it is, only with `overwrite` (after asking).
    Save { scenario: Scenario, overwrite: bool },
    /// The saved scenario `from` is now called as `scenario` is.
    Rename { from: String, scenario: Scenario },
    /// Export a scenario: CSV, workbook, report and audit, in a new folder.
    Export(Scenario),
}

/// What a name typed in the scenario screen is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameFor {
    /// A new, empty scenario.
    New,
    /// The open scenario, renamed.
    Rename,
    /// The open scenario, saved under another name (the old one stays as saved).
    SaveAs,
}

/// A name being typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Naming {
    pub purpose: NameFor,
    pub text: String,
    pub error: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Units,
    Edits,
}

/// A suggestion being looked at: each move accepted or not.
pub struct Preview {
    pub suggestion: Suggestion,
    /// Each move as the list shows it: who (name, role), from where, to where.
    pub lines: Vec<String>,
    pub accepted: Vec<bool>,
    pub selected: usize,
    pub max_moves: usize,
}

/// The scenario's leave plan as the leave screen shows it.
pub struct LeaveView {
    pub leave: ScenarioLeave,
    /// Officers owed leave or comp days, with their blocks.
    pub table: DataTable,
    /// For each unit (bureau order) and window day: officers on duty above the minimum.
    pub spare: Vec<Vec<i32>>,
    pub blackout: Vec<bool>,
    /// First window day shown in the grid.
    pub offset: usize,
}

impl LeaveView {
    /// The leave plan of `after`, on its proposed bureau.
    fn new(after: &Outcome, leave: ScenarioLeave, tr: &Tr) -> LeaveView {
        let b = after.bureau();
        let plan = &leave.plan;
        let w = plan.window;
        // Officers on duty above the minimum on each window day, as the
        // proposed bureau's figures count them.
        let report = after.report();
        let first = report.period.start;
        let skip = (w.start - first).num_days().max(0) as usize;
        let spare = report
            .units
            .iter()
            .zip(&b.units)
            .map(|(r, unit)| {
                let min = unit.min_on_duty as i32;
                r.figures
                    .daily_on_duty
                    .iter()
                    .skip(skip)
                    .take(w.days())
                    .map(|&n| n as i32 - min)
                    .collect()
            })
            .collect();
        let blackout = (0..w.days())
            .map(|i| {
                b.calendar.is_holiday(w.date(i)) || leave.options.blackout.contains(&w.date(i))
            })
            .collect();
        let rows = plan
            .officers
            .iter()
            .filter_map(|x| {
                let o = b.officer_index(&x.officer_id)?;
                let owed = x.leave_needed + x.comp_needed;
                let blocks: Vec<String> = plan
                    .blocks
                    .iter()
                    .filter(|bl| bl.officer_id == x.officer_id)
                    .map(|bl| format!("{}..{}", bl.start.format("%m-%d"), bl.end.format("%m-%d")))
                    .collect();
                let badge = if x.granted == owed {
                    Badge::Ok
                } else if x.granted > 0 {
                    Badge::Warn
                } else {
                    Badge::Alarm
                };
                Some(Row {
                    cells: vec![
                        x.officer_id.clone(),
                        b.officer(o).name.clone(),
                        x.unit_id.clone(),
                        owed.to_string(),
                        x.granted.to_string(),
                        if blocks.is_empty() {
                            "-".into()
                        } else {
                            blocks.join(" ")
                        },
                    ],
                    keys: vec![
                        Key::Text(x.officer_id.clone()),
                        Key::Text(b.officer(o).name.clone()),
                        Key::Text(x.unit_id.clone()),
                        Key::Num(owed as f64),
                        Key::Num(x.granted as f64),
                        Key::Text(blocks.join(" ")),
                    ],
                    badge: Some(badge),
                    link: Link::Officer(o),
                })
            })
            .collect();
        let t = |key| tr.t(key);
        let columns = vec![
            col(t("col-officer"), 7, Align::Left),
            col(t("col-officer-name"), 12, Align::Left),
            col(t("col-unit"), 5, Align::Left),
            col(t("col-owed"), 4, Align::Right),
            col(t("col-given"), 5, Align::Right),
            col(t("col-blocks"), 0, Align::Left),
        ];
        LeaveView {
            leave,
            table: DataTable::new(columns, rows),
            spare,
            blackout,
            offset: 0,
        }
    }

    /// The selected officer's first block: (start, days taken), if any.
    pub fn selected_block(&self) -> Option<(String, Option<(chrono::NaiveDate, u32)>)> {
        let row = self.table.selected_row()?;
        let id = row.cells[0].clone();
        let block = self.leave.plan.blocks.iter().find(|b| b.officer_id == id);
        Some((
            id,
            block.map(|b| (b.start, (b.leave_days.len() + b.comp_days.len()) as u32)),
        ))
    }
}

/// Hand changes to the selected officer's leave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Adjust {
    Earlier,
    Later,
    Shorter,
    Longer,
    Remove,
}

pub struct ScenarioScreen {
    pub scenario: Scenario,
    /// The leave plan of the scenario, if it plans leave.
    pub leave: Option<LeaveView>,
    pub history: History,
    /// The scenario's outcome: its proposed bureau, checked.
    pub after: Outcome,
    /// Keeps what the last outcome dealt and checked, for the next edit.
    engine: Engine,
    /// Each unit before -> after.
    pub table: DataTable,
    pub pane: Pane,
    pub edit_selected: usize,
    pub form: Option<Form>,
    pub preview: Option<Preview>,
    /// The draft a planner that stopped without quitting left, offered
    /// for recovery at start.
    pub recovery: Option<Scenario>,
    /// The bureau's other scenarios: saved, and drafts of unsaved work.
    pub shelf: Shelf,
    /// A name being typed (new scenario, rename, save as).
    pub naming: Option<Naming>,
    /// A save that would write over a file changed on disk or another
    /// scenario, waiting for a yes.
    pub confirm: Option<(Scenario, String)>,
    /// What just happened, for the status of the screen.
    pub message: Option<String>,
    /// The language of every word on screen.
    pub tr: &'static Tr,
}

fn arrow(before: String, after: String) -> String {
    if before == after {
        after
    } else {
        format!("{before}>{after}")
    }
}

/// Flags gained and lost, as "+rule" / "-rule".
pub fn flag_changes(before: &UnitReport, after: &UnitReport, tr: &Tr) -> String {
    let key = |f: &crate::core::flags::Flag| (f.rule, f.severity);
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
                f.rule.title_in(tr)
            ));
        }
    }
    for f in &before.flags {
        if !after.flags.iter().any(|a| key(a) == key(f)) {
            out.push(format!("-{}", f.rule.title_in(tr)));
        }
    }
    out.join(" ")
}

fn units_table(before: &Outcome, after: &Outcome, tr: &Tr) -> DataTable {
    let units = &after.report().units;
    let t = |key| tr.t(key);
    let columns = vec![
        col(
            t("col-unit"),
            crate::tui::screens::id_width(units.iter().map(|u| u.unit_id.as_str()), 4),
            Align::Left,
        ),
        col(
            t("col-name"),
            crate::tui::screens::name_width(units.iter().map(|u| u.name.as_str()), 8, 30),
            Align::Left,
        ),
        col(t("col-officers-long"), 9, Align::Right),
        col(t("col-load"), 9, Align::Right),
        col(t("col-hours-per-week"), 7, Align::Right),
        col(t("col-hh-co"), 9, Align::Right),
        col(t("col-short"), 7, Align::Right),
        col(t("col-meeting-hours"), 10, Align::Right),
        col(t("col-flags"), 0, Align::Left),
    ];
    let (b_week, a_week) = (
        before.report().standard_weekly_hours,
        after.report().standard_weekly_hours,
    );
    let hh = |x: Option<f64>| x.map(|x| format!("{x:.0}")).unwrap_or("-".into());
    let officers = crate::output::table::officers_text;
    let rows = before
        .report()
        .units
        .iter()
        .zip(&after.report().units)
        .enumerate()
        .map(|(i, (b, a))| {
            let (bf, af) = (&b.figures, &a.figures);
            Row {
                cells: vec![
                    a.unit_id.clone(),
                    a.name.clone(),
                    arrow(officers(bf.officers), officers(af.officers)),
                    arrow(
                        format!("{:.2}", bf.load_ratio),
                        format!("{:.2}", af.load_ratio),
                    ),
                    arrow(
                        format!("{:.0}", bf.load_ratio * b_week),
                        format!("{:.0}", af.load_ratio * a_week),
                    ),
                    arrow(
                        hh(bf.households_per_community_officer),
                        hh(af.households_per_community_officer),
                    ),
                    arrow(
                        bf.understaffed_days.to_string(),
                        af.understaffed_days.to_string(),
                    ),
                    arrow(
                        format!("{:.1}", bf.meeting_hours_per_officer),
                        format!("{:.1}", af.meeting_hours_per_officer),
                    ),
                    flag_changes(b, a, tr),
                ],
                keys: vec![
                    Key::Text(a.unit_id.clone()),
                    Key::Text(a.name.clone()),
                    Key::Num(af.officers),
                    Key::Num(af.load_ratio),
                    Key::Num(af.load_ratio * a_week),
                    af.households_per_community_officer
                        .map(Key::Num)
                        .unwrap_or(Key::Missing),
                    Key::Num(af.understaffed_days as f64),
                    Key::Num(af.meeting_hours_per_officer),
                    Key::Text(flag_changes(b, a, tr)),
                ],
                badge: Some(Badge::of(a.flags.iter().map(|f| f.severity))),
                link: Link::Unit(i as u32),
            }
        })
        .collect();
    DataTable::new(columns, rows)
}

impl ScenarioScreen {
    pub fn new(
        base: &Baseline,
        before: &Outcome,
        scenario: Scenario,
        tr: &'static Tr,
    ) -> ScenarioScreen {
        let mut engine = Engine::default();
        let after = engine.outcome(base, &scenario);
        let leave = after.leave.clone().map(|l| LeaveView::new(&after, l, tr));
        ScenarioScreen {
            tr,
            table: units_table(before, &after, tr),
            after,
            engine,
            leave,
            scenario,
            history: History::default(),
            pane: Pane::Units,
            edit_selected: 0,
            form: None,
            preview: None,
            recovery: None,
            shelf: Shelf::default(),
            naming: None,
            confirm: None,
            message: None,
        }
    }

    /// What keeps the scenario as it now is: its draft when it has unsaved
    /// work, else no draft.
    pub fn keep(&self) -> Effect {
        match self.shelf.state(&self.scenario) {
            State::Unsaved => Effect::Autosave(self.scenario.clone()),
            State::Saved | State::Empty => Effect::DiscardDraft(self.scenario.name.clone()),
        }
    }

    /// Where the open scenario stands: saved, unsaved, or empty.
    pub fn state(&self) -> State {
        self.shelf.state(&self.scenario)
    }

    /// Opens `next` in place of the open scenario, which is put away (its
    /// unsaved work stays as its draft).
    pub fn switch_to(&mut self, base: &Baseline, before: &Outcome, next: Scenario) {
        let current = std::mem::replace(&mut self.scenario, next.clone());
        self.shelf.put_away(current);
        self.shelf.drafts.retain(|d| d.name != next.name);
        self.replace(base, before, next);
    }

    /// Opens the next scenario by name (saved or draft).
    pub fn open_next(&mut self, base: &Baseline, before: &Outcome) {
        let Some(name) = self.shelf.next_after(&self.scenario.name) else {
            self.message = Some(self.tr.t("msg-no-other-scenario"));
            return;
        };
        let current = self.scenario.clone();
        self.shelf.put_away(current);
        let next = self.shelf.take(&name).expect("named by the shelf");
        self.message = Some(
            self.tr
                .args("msg-opened", &[("name", next.name.as_str().into())]),
        );
        self.replace(base, before, next);
    }

    /// Starts typing a name for `purpose`, with a sensible default.
    pub fn start_naming(&mut self, purpose: NameFor) {
        let text = match purpose {
            NameFor::New => self.shelf.free_name(&self.scenario.name, self.tr),
            NameFor::Rename | NameFor::SaveAs => self.scenario.name.clone(),
        };
        self.naming = Some(Naming {
            purpose,
            text,
            error: None,
        });
    }

    /// Applies the typed name; the effects to carry out, or none (the name
    /// is refused, with the reason in the prompt).
    pub fn submit_name(&mut self, base: &Baseline, before: &Outcome) -> Vec<Effect> {
        let Some(naming) = self.naming.as_mut() else {
            return Vec::new();
        };
        let name = naming.text.trim().to_string();
        let tr = self.tr;
        let refusal = Shelf::check_name(&name, tr).err().or_else(|| {
            let same = name == self.scenario.name;
            match naming.purpose {
                NameFor::Rename if same => Some(tr.t("name-already")),
                _ if same || self.shelf.taken(&name) => {
                    Some(tr.args("name-exists", &[("name", name.as_str().into())]))
                }
                _ => None,
            }
        });
        if let Some(why) = refusal {
            naming.error = Some(why);
            return Vec::new();
        }
        let purpose = naming.purpose;
        self.naming = None;
        match purpose {
            NameFor::New => {
                self.switch_to(base, before, Scenario::new(&name));
                self.message = Some(tr.args("msg-new-scenario", &[("name", name.as_str().into())]));
                Vec::new()
            }
            NameFor::Rename => {
                let from = std::mem::replace(&mut self.scenario.name, name.clone());
                self.history.renamed(&name);
                let mut effects = vec![Effect::DiscardDraft(from.clone())];
                if let Some(saved) = self.shelf.saved.iter().find(|s| s.name == from) {
                    let mut renamed = saved.clone();
                    renamed.name = name.clone();
                    effects.push(Effect::Rename {
                        from: from.clone(),
                        scenario: renamed,
                    });
                }
                self.shelf.drafts.retain(|d| d.name != from);
                effects.push(self.keep());
                self.message = Some(tr.args(
                    "msg-renamed",
                    &[("from", from.as_str().into()), ("to", name.as_str().into())],
                ));
                effects
            }
            NameFor::SaveAs => {
                let from = std::mem::replace(&mut self.scenario.name, name.clone());
                self.history.renamed(&name);
                // The old scenario stays as it was saved; its unsaved work
                // goes with the new one.
                self.shelf.drafts.retain(|d| d.name != from);
                self.message = Some(tr.args("msg-saving-as", &[("name", name.as_str().into())]));
                vec![
                    Effect::DiscardDraft(from),
                    self.keep(),
                    Effect::Save {
                        scenario: self.scenario.clone(),
                        overwrite: false,
                    },
                ]
            }
        }
    }

    /// Asks to save the open scenario under its name.
    pub fn save(&mut self) -> Option<Effect> {
        if let Some(why) = &self.shelf.read_only {
            self.message = Some(
                self.tr
                    .args("msg-not-saved", &[("why", why.as_str().into())]),
            );
            return None;
        }
        Some(Effect::Save {
            scenario: self.scenario.clone(),
            overwrite: false,
        })
    }

    /// Takes in what became of a write.
    pub fn stored(&mut self, reply: crate::tui::storage::Reply) {
        use crate::tui::storage::Reply;
        self.message = match reply {
            Reply::Done(message) => message,
            Reply::Failed(why) => Some(self.tr.args("msg-not-saved", &[("why", why.into())])),
            Reply::Saved { scenario, message } => {
                self.shelf.saved(scenario);
                Some(message)
            }
            Reply::Renamed {
                from,
                scenario,
                message,
            } => {
                self.shelf.renamed(&from, scenario);
                Some(message)
            }
            Reply::Conflict { scenario, why } => {
                let message = self
                    .tr
                    .args("msg-not-saved-yet", &[("why", why.as_str().into())]);
                self.confirm = Some((scenario, why));
                Some(message)
            }
        };
    }

    /// The answer to "write over it?".
    pub fn confirm(&mut self, yes: bool) -> Option<Effect> {
        let (scenario, _) = self.confirm.take()?;
        if yes {
            Some(Effect::Save {
                scenario,
                overwrite: true,
            })
        } else {
            use crate::tui::keys::{Action, Context, label};
            let key = |a| label(Context::Scenario, a).unwrap_or("");
            self.message = Some(self.tr.args(
                "msg-not-saved-choose",
                &[
                    ("rename", key(Action::Rename).into()),
                    ("save_as", key(Action::SaveAs).into()),
                ],
            ));
            None
        }
    }

    fn recompute(&mut self, base: &Baseline, before: &Outcome) {
        let after = self.engine.outcome(base, &self.scenario);
        self.install(before, after);
    }

    /// Shows `after`, the outcome of the current scenario, keeping the
    /// tables' sort, filter, selection and scroll.
    fn install(&mut self, before: &Outcome, after: Outcome) {
        let old = std::mem::replace(&mut self.after, after);
        // Freeing the last outcome's tables takes about a millisecond at
        // 5,000 officers (a tenth of an edit): done off the keystroke's path.
        std::thread::spawn(move || drop(old));
        let mut table = units_table(before, &self.after, self.tr);
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
        let old = self.leave.take();
        self.leave = self.after.leave.clone().map(|l| {
            let mut view = LeaveView::new(&self.after, l, self.tr);
            if let Some(old) = old {
                view.offset = old.offset;
                view.table.set_filter(&old.table.filter);
                view.table.selected = old
                    .table
                    .selected
                    .min(view.table.visible.len().saturating_sub(1));
                view.table.offset = old.table.offset;
            }
            view
        });
    }

    /// Tries `edit` after the scenario's edits: on the screen's own engine
    /// (its caches only speed it up, whatever it last worked out), so an
    /// edit that applies costs one incremental outcome, not two. The
    /// outcome when it applies, else the problem it has.
    fn trial(&mut self, base: &Baseline, edit: &Edit) -> Result<(Scenario, Outcome), String> {
        let mut trial = self.scenario.clone();
        trial.edits.push(edit.clone());
        let n = trial.edits.len();
        let outcome = self.engine.outcome(base, &trial);
        match outcome.problems.iter().find(|(i, _)| *i == n) {
            Some((_, why)) => Err(why.text(self.tr)),
            None => Ok((trial, outcome)),
        }
    }

    /// Adds `edit` (undoably) if it applies to the scenario so far, else
    /// says why not and changes nothing.
    pub fn add(&mut self, base: &Baseline, before: &Outcome, edit: Edit) -> Result<Effect, String> {
        let tried = self.trial(base, &edit)?;
        Ok(self.accept(before, tried))
    }

    /// Makes a tried scenario the current one (undoably).
    fn accept(&mut self, before: &Outcome, tried: (Scenario, Outcome)) -> Effect {
        let (scenario, outcome) = tried;
        self.history
            .changed(std::mem::replace(&mut self.scenario, scenario));
        self.install(before, outcome);
        self.keep()
    }

    /// Moves, shortens, lengthens or removes the selected officer's leave by
    /// hand, if the floors allow it.
    pub fn adjust_leave(
        &mut self,
        base: &Baseline,
        before: &Outcome,
        how: Adjust,
    ) -> Result<Effect, String> {
        let view = self.leave.as_ref().ok_or_else(|| {
            let plan = crate::tui::keys::label(
                crate::tui::keys::Context::Leave,
                crate::tui::keys::Action::PlanLeave,
            );
            self.tr
                .args("leave-no-plan", &[("key", plan.unwrap_or("").into())])
        })?;
        let (officer, block) = view
            .selected_block()
            .ok_or_else(|| self.tr.t("leave-no-officer"))?;
        let window = view.leave.plan.window;
        let (start, days) = block.unwrap_or((window.start, 0));
        // An edit that would change nothing is not made.
        if days == 0 && how != Adjust::Longer {
            return Err(self.tr.args(
                "leave-nothing-to-change",
                &[("officer", officer.as_str().into())],
            ));
        }
        let day = chrono::Days::new(1);
        let (start, days) = match how {
            Adjust::Earlier => (
                start
                    .checked_sub_days(day)
                    .filter(|d| *d >= window.start)
                    .ok_or_else(|| self.tr.t("leave-at-first-day"))?,
                days,
            ),
            Adjust::Later => (start + day, days),
            Adjust::Shorter => (
                start,
                days.checked_sub(1)
                    .ok_or_else(|| self.tr.t("leave-nothing-to-shorten"))?,
            ),
            Adjust::Longer => (start, days + 1),
            Adjust::Remove => (start, 0),
        };
        let edit = Edit::LeaveBlock {
            officer,
            start,
            days,
        };
        let message = edit.describe_in(self.tr);
        let effect = self.add(base, before, edit)?;
        self.message = Some(message);
        Ok(effect)
    }

    /// Changes the scenario (undoably) and asks for an autosave.
    pub fn change(
        &mut self,
        base: &Baseline,
        before: &Outcome,
        f: impl FnOnce(&mut Scenario),
    ) -> Effect {
        self.history.changed(self.scenario.clone());
        f(&mut self.scenario);
        self.recompute(base, before);
        self.keep()
    }

    /// Replaces the scenario (opening another, or recovering one); the history starts again.
    pub fn replace(&mut self, base: &Baseline, before: &Outcome, scenario: Scenario) {
        self.scenario = scenario;
        self.history = History::default();
        self.edit_selected = 0;
        self.recompute(base, before);
    }

    pub fn undo(&mut self, base: &Baseline, before: &Outcome) -> Option<Effect> {
        let previous = self.history.undo(&self.scenario)?;
        self.scenario = previous;
        self.recompute(base, before);
        self.message = Some(self.tr.t("msg-undone"));
        Some(self.keep())
    }

    pub fn redo(&mut self, base: &Baseline, before: &Outcome) -> Option<Effect> {
        let next = self.history.redo(&self.scenario)?;
        self.scenario = next;
        self.recompute(base, before);
        self.message = Some(self.tr.t("msg-redone"));
        Some(self.keep())
    }

    /// Adds the form's edit if it is well formed and applies to the bureau.
    pub fn submit_form(&mut self, base: &Baseline, before: &Outcome) -> Option<Effect> {
        let form = self.form.as_mut()?;
        let edit = match form.edit(self.tr) {
            Ok(edit) => edit,
            Err(why) => {
                form.error = Some(why);
                return None;
            }
        };
        let message = self
            .tr
            .args("msg-added", &[("edit", edit.describe_in(self.tr).into())]);
        let effect = match self.add(base, before, edit) {
            Ok(effect) => effect,
            Err(why) => {
                if let Some(form) = self.form.as_mut() {
                    form.error = Some(why);
                }
                return None;
            }
        };
        self.form = None;
        self.message = Some(message);
        self.edit_selected = self.scenario.edits.len() - 1;
        Some(effect)
    }

    pub fn delete_selected(&mut self, base: &Baseline, before: &Outcome) -> Option<Effect> {
        let i = self.edit_selected;
        let removed = self.scenario.edits.get(i)?.describe_in(self.tr);
        self.message = Some(self.tr.args("msg-removed", &[("edit", removed.into())]));
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
                recruits: 0,
                allow_leaders: false,
                lang: self.tr.lang(),
            },
        );
        let b = self.after.bureau();
        let start = base.period().start;
        let unit = |u: Option<u32>| {
            u.map(|u| format!("{} {}", b.unit(u).id, b.unit(u).name))
                .unwrap_or_else(|| self.tr.t("outside-the-bureau"))
        };
        let lines = suggestion
            .edits
            .iter()
            .map(|e| match e {
                Edit::MoveOfficer {
                    officer, to, from, ..
                } => match (b.officer_index(officer), b.unit_index(to)) {
                    (Some(o), Some(t)) => {
                        let who = b.officer(o);
                        self.tr.args(
                            "preview-move",
                            &[
                                ("officer", format!("{} {}", who.id, who.name).into()),
                                (
                                    "role",
                                    self.tr.t(&format!("role-{}", who.role.code())).into(),
                                ),
                                ("from", unit(b.serving(o, from.unwrap_or(start))).into()),
                                ("to", unit(Some(t)).into()),
                            ],
                        )
                    }
                    _ => e.describe_in(self.tr),
                },
                _ => e.describe_in(self.tr),
            })
            .collect();
        self.preview = Some(Preview {
            accepted: vec![true; suggestion.edits.len()],
            lines,
            suggestion,
            selected: 0,
            max_moves,
        });
    }

    /// Adds the accepted moves of the preview.
    pub fn accept_preview(&mut self, base: &Baseline, before: &Outcome) -> Option<Effect> {
        let preview = self.preview.take()?;
        let moves: Vec<Edit> = preview
            .suggestion
            .edits
            .into_iter()
            .zip(preview.accepted)
            .filter_map(|(e, ok)| ok.then_some(e))
            .collect();
        if moves.is_empty() {
            self.message = Some(self.tr.t("msg-no-move-accepted"));
            return None;
        }
        self.message = Some(
            self.tr
                .args("msg-moves-added", &[("n", Arg::Count(moves.len() as f64))]),
        );
        Some(self.change(base, before, |s| s.edits.extend(moves)))
    }
}
