//! The planner's state and the one function that changes it: `update` takes
//! a message (a key, a mouse event, a resize, the loaded bureau) and moves the
//! state on. Nothing here draws, and nothing here reads a file.

use crate::core::flags::Severity;
use crate::core::scenario::Scenario;
use crate::i18n::{Arg, Lang, Tr};
use crate::tui::compare::CompareScreen;
use crate::tui::form::Form;
use crate::tui::keys::{self, Action, Context};
use crate::tui::layout;
use crate::tui::scenario::{Adjust, Effect, NameFor, Pane, ScenarioScreen};
use crate::tui::screens::{self, FlagFilter, Model, OfficerScreen, UnitScreen};
use crate::tui::table::{DataTable, Link};
use crate::tui::theme::Theme;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Rect;

/// Everything that can happen to the planner.
pub enum Msg {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Resize(u16, u16),
    Loaded(Box<Outcome>),
    /// Time passing (animates the loading indicator).
    Tick,
    /// What became of a file the planner asked to write.
    Stored(crate::tui::storage::Reply),
}

/// How loading ended.
pub enum Outcome {
    Ready(Box<Model>),
    /// The bureau was refused: what, and every problem.
    Refused {
        title: String,
        problems: Vec<String>,
    },
}

/// The top-level screens, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Root {
    Overview,
    Events,
    Flags,
    Scenario,
    Leave,
    Compare,
}

impl Root {
    pub const ALL: [Root; 6] = [
        Root::Overview,
        Root::Events,
        Root::Flags,
        Root::Scenario,
        Root::Leave,
        Root::Compare,
    ];

    /// The name in the catalogue: `screen-<id>` and `tab-<id>`.
    fn id(self) -> &'static str {
        match self {
            Root::Overview => "overview",
            Root::Events => "events",
            Root::Flags => "flags",
            Root::Scenario => "scenario",
            Root::Leave => "leave",
            Root::Compare => "compare",
        }
    }

    pub fn title(self, tr: &Tr) -> String {
        tr.t(&format!("screen-{}", self.id()))
    }

    /// The short name on the title bar's tab.
    pub fn tab(self, tr: &Tr) -> String {
        tr.t(&format!("tab-{}", self.id()))
    }

    fn step(self, by: isize) -> Root {
        let i = Root::ALL.iter().position(|&r| r == self).unwrap_or(0) as isize;
        Root::ALL[(i + by).rem_euclid(Root::ALL.len() as isize) as usize]
    }
}

/// Screens opened from a row, on top of a root screen.
pub enum Drill {
    Unit(Box<UnitScreen>),
    Officer(OfficerScreen),
}

pub struct FlagsScreen {
    pub filter: FlagFilter,
    pub table: DataTable,
    /// The message of each row of `table.rows`.
    pub messages: Vec<String>,
}

pub struct Ready {
    pub model: Model,
    pub root: Root,
    pub overview: DataTable,
    pub events: DataTable,
    pub flags: FlagsScreen,
    pub stack: Vec<Drill>,
    pub scenario: ScenarioScreen,
    /// The comparison, made when the Compare screen opens.
    pub compare: Option<CompareScreen>,
    /// The filter being typed, when typing one.
    pub editing: bool,
}

pub enum Phase {
    Loading {
        source: String,
        ticks: u32,
    },
    Refused {
        title: String,
        lines: Vec<String>,
        scroll: usize,
    },
    Ready(Box<Ready>),
}

pub struct App {
    pub phase: Phase,
    /// The terminal's size.
    pub area: Rect,
    pub help: bool,
    pub quit: bool,
    pub theme: Theme,
    /// The language of every word on screen.
    pub tr: &'static Tr,
    /// Files to write, for the runtime (update itself writes nothing).
    pub effects: Vec<Effect>,
}

impl Ready {
    pub fn new(mut model: Model) -> Ready {
        let mut shelf = std::mem::take(&mut model.shelf);
        // The draft a planner that stopped without quitting was working on.
        let recovery = shelf
            .crashed
            .take()
            .and_then(|name| shelf.drafts.iter().find(|d| d.name == name).cloned());
        let name = shelf.free_name("", model.tr);
        let tr = model.tr;
        let mut scenario =
            ScenarioScreen::new(&model.baseline, &model.before, Scenario::new(&name), tr);
        let open = keys::label(Context::Scenario, Action::OpenNext).unwrap_or("");
        scenario.message = shelf.read_only.clone().or(match shelf.drafts.len() {
            _ if recovery.is_some() => None,
            0 => None,
            1 => Some(tr.args(
                "msg-draft-kept",
                &[
                    ("name", shelf.drafts[0].name.as_str().into()),
                    ("key", open.into()),
                ],
            )),
            n => Some(tr.args(
                "msg-drafts-kept",
                &[("n", Arg::Count(n as f64)), ("key", open.into())],
            )),
        });
        scenario.shelf = shelf;
        scenario.recovery = recovery;
        let overview = screens::units_table(&model);
        let events = screens::events_table(&model);
        let (table, messages) = screens::flags_table(&model, FlagFilter::default());
        Ready {
            overview,
            events,
            flags: FlagsScreen {
                filter: FlagFilter::default(),
                table,
                messages,
            },
            model,
            // An unsaved scenario from last time: offer it at once.
            root: if scenario.recovery.is_some() {
                Root::Scenario
            } else {
                Root::Overview
            },
            stack: Vec::new(),
            scenario,
            compare: None,
            editing: false,
        }
    }

    pub fn context(&self) -> Context {
        if self.editing {
            return Context::Filtering;
        }
        // Prompts that take every key, whatever the screen.
        if self.scenario.recovery.is_some() {
            return Context::Recover;
        }
        if self.scenario.confirm.is_some() {
            return Context::Confirm;
        }
        if self.stack.is_empty() && self.root == Root::Compare {
            return match &self.compare {
                Some(c) if c.picker.is_some() => Context::Pick,
                Some(c) if c.presenting => Context::Present,
                _ => Context::Compare,
            };
        }
        if self.stack.is_empty() && self.root == Root::Leave {
            return if self.scenario.form.is_some() {
                Context::Form
            } else {
                Context::Leave
            };
        }
        if self.stack.is_empty() && self.root == Root::Scenario {
            let s = &self.scenario;
            return if s.naming.is_some() {
                Context::Naming
            } else if s.form.is_some() {
                Context::Form
            } else if s.preview.is_some() {
                Context::Preview
            } else {
                Context::Scenario
            };
        }
        match (self.stack.last(), self.root) {
            (Some(Drill::Unit(_)), _) => Context::Unit,
            (Some(Drill::Officer(_)), _) => Context::Officer,
            (None, Root::Overview) => Context::Overview,
            (None, Root::Events) => Context::Events,
            (None, Root::Flags) => Context::Flags,
            (None, Root::Scenario) => Context::Scenario,
            (None, Root::Leave) => Context::Leave,
            (None, Root::Compare) => Context::Compare,
        }
    }

    /// The table the keys move in, and where it is drawn.
    fn table(&mut self, body: Rect) -> Option<(&mut DataTable, Rect)> {
        match self.stack.last_mut() {
            Some(Drill::Unit(s)) => {
                let projected = s.shown.projected.is_some();
                Some((&mut s.table, layout::unit(body, s.flags, projected).table))
            }
            Some(Drill::Officer(_)) => None,
            None => match self.root {
                Root::Overview => {
                    let rect = layout::overview(
                        body,
                        self.model.bureau.units.len(),
                        self.overview.natural_width(),
                    )
                    .table;
                    Some((&mut self.overview, rect))
                }
                Root::Events => Some((&mut self.events, layout::events(body).table)),
                Root::Flags => Some((&mut self.flags.table, layout::flags(body).table)),
                Root::Compare => match self.compare.as_mut() {
                    Some(c) => Some((&mut c.table, layout::compare(body).table)),
                    None => None,
                },
                Root::Leave => match self.scenario.leave.as_mut() {
                    Some(view) => Some((
                        &mut view.table,
                        layout::leave(body, self.model.bureau.units.len()).table,
                    )),
                    None => None,
                },
                Root::Scenario => match self.scenario.pane {
                    Pane::Units => Some((&mut self.scenario.table, layout::scenario(body).table)),
                    Pane::Edits => None,
                },
            },
        }
    }

    /// Goes to a root screen: what was said on the last one is done with.
    pub fn go_to(&mut self, root: Root) {
        self.stack.clear();
        self.root = root;
        self.scenario.message = None;
        self.open_root();
    }

    /// What a root screen needs when it opens: the comparison is made anew,
    /// with the scenarios as they are now (the ones chosen last time).
    pub fn open_root(&mut self) {
        if self.root == Root::Compare {
            let s = &self.scenario;
            // None chosen yet: the default.
            let chosen = self
                .compare
                .as_ref()
                .map(|c| c.chosen.clone())
                .unwrap_or_default();
            self.compare = Some(CompareScreen::of(
                &self.model.baseline,
                &s.scenario,
                &s.shelf.all(),
                &chosen,
                self.model.tr,
            ));
        }
    }

    /// The bureau a row opened here shows: the one the screen below shows;
    /// from the Scenario, Compare and Leave screens, the bureau the
    /// scenario proposes; else the bureau as it is.
    fn shown(&self) -> screens::Shown {
        match self.stack.last() {
            Some(Drill::Unit(s)) => s.shown.clone(),
            Some(Drill::Officer(s)) => s.shown.clone(),
            None => match self.root {
                Root::Scenario | Root::Compare | Root::Leave => {
                    screens::Shown::projected(&self.model, &self.scenario.after)
                }
                _ => screens::Shown::baseline(&self.model),
            },
        }
    }

    fn open(&mut self, link: Link) {
        let shown = self.shown();
        match link {
            Link::Unit(u) => self.stack.push(Drill::Unit(Box::new(screens::unit_screen(
                shown,
                u,
                self.model.tr,
            )))),
            Link::Officer(o) => self
                .stack
                .push(Drill::Officer(screens::officer_screen(shown, o))),
            Link::None => {}
        }
    }

    fn refilter_flags(&mut self) {
        let (mut table, messages) = screens::flags_table(&self.model, self.flags.filter);
        table.set_filter(&self.flags.table.filter);
        self.flags.table = table;
        self.flags.messages = messages;
    }

    fn cycle_flags(&mut self, action: Action) {
        let f = &mut self.flags.filter;
        match action {
            Action::CycleRule => f.rule = cycle(&screens::rules_in_use(&self.model), f.rule),
            Action::CycleSeverity => {
                f.severity = cycle(&[Severity::Alarm, Severity::Warn], f.severity)
            }
            Action::CycleUnit => {
                let mut units: Vec<u32> = screens::all_flags(&self.model)
                    .iter()
                    .map(|i| i.unit)
                    .collect();
                units.sort_unstable();
                units.dedup();
                f.unit = cycle(&units, f.unit);
            }
            _ => return,
        }
        self.refilter_flags();
    }
}

/// The next value of a filter that cycles through `values` and then off.
fn cycle<T: Copy + PartialEq>(values: &[T], current: Option<T>) -> Option<T> {
    match current.and_then(|c| values.iter().position(|&v| v == c)) {
        None => values.first().copied(),
        Some(i) => values.get(i + 1).copied(),
    }
}

impl App {
    pub fn new(source: String, theme: Theme, area: Rect, lang: Lang) -> App {
        App {
            tr: crate::i18n::tr(lang),
            phase: Phase::Loading { source, ticks: 0 },
            area,
            help: false,
            quit: false,
            theme,
            effects: Vec::new(),
        }
    }

    pub fn context(&self) -> Context {
        match &self.phase {
            Phase::Loading { .. } => Context::Loading,
            Phase::Refused { .. } => Context::Problems,
            Phase::Ready(r) => r.context(),
        }
    }

    fn body(&self) -> Rect {
        layout::chrome(self.area).body
    }
}

/// Moves the state on by one message.
pub fn update(app: &mut App, msg: Msg) {
    match msg {
        Msg::Tick => {
            if let Phase::Loading { ticks, .. } = &mut app.phase {
                *ticks += 1;
            }
        }
        Msg::Resize(w, h) => {
            app.area = Rect::new(0, 0, w, h);
            let body = app.body();
            if let Phase::Ready(r) = &mut app.phase
                && let Some((t, rect)) = r.table(body)
            {
                t.scroll_into_view(layout::table_rows(rect));
            }
        }
        Msg::Loaded(outcome) => {
            app.phase = match *outcome {
                Outcome::Ready(model) => Phase::Ready(Box::new(Ready::new(*model))),
                Outcome::Refused { title, problems } => Phase::Refused {
                    title,
                    lines: problems,
                    scroll: 0,
                },
            }
        }
        Msg::Key(key) if key.kind != KeyEventKind::Release => on_key(app, key),
        Msg::Key(_) => {}
        Msg::Mouse(mouse) => on_mouse(app, mouse),
        Msg::Stored(reply) => {
            if let Phase::Ready(r) = &mut app.phase {
                r.scenario.stored(reply);
            }
        }
    }
}

fn on_key(app: &mut App, key: KeyEvent) {
    let context = app.context();
    if app.help {
        app.help = false;
        if keys::action(context, &key) == Some(Action::Quit) {
            app.quit = true;
        }
        return;
    }
    if context == Context::Filtering {
        return on_filter_key(app, key);
    }
    if matches!(context, Context::Form | Context::Naming)
        && keys::action(context, &key).is_none()
        && let Phase::Ready(r) = &mut app.phase
    {
        let s = &mut r.scenario;
        match (key.code, s.naming.as_mut(), s.form.as_mut()) {
            (KeyCode::Char(c), Some(n), _) => {
                n.text.push(c);
                n.error = None;
            }
            (KeyCode::Backspace, Some(n), _) => {
                n.text.pop();
                n.error = None;
            }
            (KeyCode::Char(c), None, Some(form)) => form.type_char(c),
            (KeyCode::Backspace, None, Some(form)) => form.backspace(),
            _ => {}
        }
        return;
    }
    let Some(action) = keys::action(context, &key) else {
        return;
    };
    let quit_key = key.code == KeyCode::Char('q');
    match action {
        Action::Quit => app.quit = true,
        Action::Help => app.help = true,
        _ => {}
    }
    let body = app.body();
    match &mut app.phase {
        Phase::Loading { .. } => app.quit |= action == Action::Back,
        Phase::Refused { lines, scroll, .. } => {
            // Rows as drawn (long lines wrap); the last page ends on the last row.
            let inner = layout::problems(body);
            let page = inner.height.max(1) as isize;
            let rows = layout::wrap(lines, inner.width).len() as isize;
            let last = (rows - page).max(0);
            let to = |s: isize| s.clamp(0, last) as usize;
            match action {
                Action::Back => app.quit |= quit_key,
                Action::Up => *scroll = to(*scroll as isize - 1),
                Action::Down => *scroll = to(*scroll as isize + 1),
                Action::PageUp => *scroll = to(*scroll as isize - page),
                Action::PageDown => *scroll = to(*scroll as isize + page),
                Action::Home => *scroll = 0,
                Action::End => *scroll = to(last),
                _ => {}
            }
        }
        Phase::Ready(r) => app.quit |= on_ready_action(r, action, quit_key, body, &mut app.effects),
    }
}

/// Applies an action on a loaded bureau; true when it asks to quit.
/// Keys of the scenario screen and its form, preview and recovery prompt;
/// true when the action was theirs.
fn on_scenario_action(r: &mut Ready, action: Action, effects: &mut Vec<Effect>) -> bool {
    let (base, before) = (&r.model.baseline, &r.model.before);
    let s = &mut r.scenario;
    if s.recovery.is_some() {
        match action {
            Action::Accept => {
                let recovered = s.recovery.take().expect("checked");
                s.message = Some(s.tr.args(
                    "msg-recovered",
                    &[
                        ("name", recovered.name.as_str().into()),
                        ("n", Arg::Count(recovered.edits.len() as f64)),
                    ],
                ));
                s.switch_to(base, before, recovered);
            }
            Action::Reject => {
                let name = s.recovery.take().map(|r| r.name).unwrap_or_default();
                let open = keys::label(Context::Scenario, Action::OpenNext).unwrap_or("");
                s.message = Some(s.tr.args(
                    "msg-draft-kept",
                    &[("name", name.into()), ("key", open.into())],
                ));
            }
            _ => {}
        }
        return true;
    }
    if s.confirm.is_some() {
        match action {
            Action::Accept => effects.extend(s.confirm(true)),
            Action::Reject => effects.extend(s.confirm(false)),
            _ => {}
        }
        return true;
    }
    if s.naming.is_some() {
        match action {
            Action::Open => effects.extend(s.submit_name(base, before)),
            Action::Back => s.naming = None,
            _ => {}
        }
        return true;
    }
    if let Some(form) = s.form.as_mut() {
        match action {
            Action::Left => form.cycle_kind(-1),
            Action::Right => form.cycle_kind(1),
            Action::Up => form.focus_by(-1),
            Action::Down => form.focus_by(1),
            Action::Back => s.form = None,
            Action::Open => effects.extend(s.submit_form(base, before)),
            _ => {}
        }
        return true;
    }
    if let Some(p) = s.preview.as_mut() {
        let n = p.accepted.len();
        match action {
            Action::Up => p.selected = p.selected.saturating_sub(1),
            Action::Down => p.selected = (p.selected + 1).min(n.saturating_sub(1)),
            Action::Accept | Action::Reject => {
                if let Some(a) = p.accepted.get_mut(p.selected) {
                    *a = action == Action::Accept;
                }
                p.selected = (p.selected + 1).min(n.saturating_sub(1));
            }
            Action::MoreMoves => {
                let k = p.max_moves + 5;
                s.open_preview(base, k);
            }
            Action::FewerMoves => {
                let k = p.max_moves.saturating_sub(5).max(1);
                s.open_preview(base, k);
            }
            Action::Open => effects.extend(s.accept_preview(base, before)),
            Action::Back => s.preview = None,
            _ => {}
        }
        return true;
    }
    match action {
        Action::AddEdit => s.form = Some(Form::new(0)),
        Action::Suggest => s.open_preview(base, 10),
        Action::Undo => {
            let effect = s.undo(base, before);
            if effect.is_none() {
                s.message = Some(s.tr.t("msg-nothing-to-undo"));
            }
            effects.extend(effect);
        }
        Action::Redo => {
            let effect = s.redo(base, before);
            if effect.is_none() {
                s.message = Some(s.tr.t("msg-nothing-to-redo"));
            }
            effects.extend(effect);
        }
        Action::DeleteEdit => effects.extend(s.delete_selected(base, before)),
        Action::Save => effects.extend(s.save()),
        Action::NewScenario => s.start_naming(NameFor::New),
        Action::Rename => s.start_naming(NameFor::Rename),
        Action::SaveAs => s.start_naming(NameFor::SaveAs),
        Action::OpenNext => s.open_next(base, before),
        Action::Export => {
            effects.push(Effect::Export(s.scenario.clone()));
            s.message = Some(s.tr.args(
                "msg-exporting",
                &[("name", s.scenario.name.as_str().into())],
            ));
        }
        Action::SwitchPane => {
            s.pane = match s.pane {
                Pane::Units => Pane::Edits,
                Pane::Edits => Pane::Units,
            }
        }
        Action::Up | Action::Down | Action::Home | Action::End if s.pane == Pane::Edits => {
            let last = s.scenario.edits.len().saturating_sub(1);
            s.edit_selected = match action {
                Action::Up => s.edit_selected.saturating_sub(1),
                Action::Down => (s.edit_selected + 1).min(last),
                Action::Home => 0,
                _ => last,
            };
        }
        _ => return false,
    }
    true
}

/// Keys of the comparison and of presentation mode; true when the action was theirs.
fn on_compare_action(r: &mut Ready, action: Action, effects: &mut Vec<Effect>) -> bool {
    let Some(c) = r.compare.as_mut() else {
        return false;
    };
    // The list of scenarios takes every key while it is open.
    if let Some(p) = c.picker.as_mut() {
        let s = &r.scenario;
        match action {
            Action::Up => p.move_by(-1),
            Action::Down => p.move_by(1),
            Action::Toggle => p.toggle(r.model.tr),
            Action::Open => c.apply_picker(&r.model.baseline, &s.scenario, &s.shelf.all()),
            Action::Back => c.picker = None,
            _ => {}
        }
        return true;
    }
    if c.presenting {
        match action {
            Action::NextUnit => c.step(1),
            Action::PrevUnit => c.step(-1),
            Action::Right => c.next_scenario(1),
            Action::Left => c.next_scenario(-1),
            Action::CycleFigure => c.cycle_figure(),
            Action::Explain => c.explaining = !c.explaining,
            Action::Names => c.names = !c.names,
            Action::Back => {
                c.presenting = false;
                c.explaining = false;
            }
            _ => return false,
        }
        return true;
    }
    match action {
        Action::CycleFigure => c.cycle_figure(),
        Action::Pick => c.open_picker(&r.scenario.scenario, &r.scenario.shelf.all()),
        Action::Present => {
            c.presenting = true;
            c.unit = c.table.selected_index().unwrap_or(0);
        }
        Action::Export => {
            effects.push(Effect::Export(r.scenario.scenario.clone()));
            r.scenario.message = Some(r.model.tr.args(
                "msg-exporting",
                &[("name", r.scenario.scenario.name.as_str().into())],
            ));
        }
        _ => return false,
    }
    true
}

/// Keys of the leave screen; true when the action was theirs.
fn on_leave_action(r: &mut Ready, action: Action, effects: &mut Vec<Effect>) -> bool {
    let (base, before) = (&r.model.baseline, &r.model.before);
    let s = &mut r.scenario;
    let adjust = match action {
        Action::PlanLeave => {
            let mut form = Form::new(crate::tui::form::PLAN_LEAVE);
            let p = base.period();
            // Default: the last quarter of the roster.
            let from = std::cmp::max(p.start, p.end - chrono::Days::new(91));
            if let [first, last, ..] = form.fields.as_mut_slice() {
                first.value = from.to_string();
                last.value = p.end.to_string();
            }
            s.form = Some(form);
            return true;
        }
        Action::Earlier => Adjust::Earlier,
        Action::Later => Adjust::Later,
        Action::Shorter => Adjust::Shorter,
        Action::Longer => Adjust::Longer,
        Action::RemoveBlock => Adjust::Remove,
        Action::ScrollBack | Action::ScrollOn => {
            if let Some(view) = s.leave.as_mut() {
                let last = view.blackout.len().saturating_sub(1);
                view.offset = if action == Action::ScrollOn {
                    (view.offset + 7).min(last)
                } else {
                    view.offset.saturating_sub(7)
                };
            }
            return true;
        }
        Action::Undo | Action::Redo | Action::Save => {
            return on_scenario_action(r, action, effects);
        }
        _ => return false,
    };
    match s.adjust_leave(base, before, adjust) {
        Ok(effect) => effects.push(effect),
        Err(why) => s.message = Some(s.tr.args("msg-not-changed", &[("why", why.into())])),
    }
    true
}

fn on_ready_action(
    r: &mut Ready,
    action: Action,
    quit_key: bool,
    body: Rect,
    effects: &mut Vec<Effect>,
) -> bool {
    // The screen's mode, worked out once (`Ready::context`): a prompt or a
    // form takes every action; a root screen takes its own first.
    let taken = match r.context() {
        Context::Recover
        | Context::Confirm
        | Context::Naming
        | Context::Form
        | Context::Preview
        | Context::Scenario => on_scenario_action(r, action, effects),
        Context::Leave => on_leave_action(r, action, effects),
        Context::Compare | Context::Present | Context::Pick => {
            on_compare_action(r, action, effects)
        }
        _ => false,
    };
    if taken {
        return false;
    }
    if action == Action::Pin
        && let Some(Drill::Unit(u)) = r.stack.last()
        && let Some(Link::Officer(o)) = u.table.selected_row().map(|row| row.link)
    {
        let id = u.shown.bureau().officer(o).id.clone();
        let s = &mut r.scenario;
        let pinned = s.scenario.pinned.contains(&id);
        effects.push(s.change(&r.model.baseline, &r.model.before, |sc| {
            if pinned {
                sc.pinned.retain(|p| *p != id);
            } else {
                sc.pinned.push(id.clone());
            }
        }));
        let name = &id;
        let key = if pinned { "msg-unpinned" } else { "msg-pinned" };
        s.message = Some(s.tr.args(key, &[("officer", name.as_str().into())]));
        return false;
    }
    if action == Action::MoveOfficer
        && let Some(Drill::Unit(u)) = r.stack.last()
        && let Some(Link::Officer(o)) = u.table.selected_row().map(|row| row.link)
    {
        let id = u.shown.bureau().officer(o).id.clone();
        r.stack.clear();
        r.root = Root::Scenario;
        r.scenario.pane = Pane::Units;
        r.scenario.form = Some(Form::prefilled(0, &id));
        return false;
    }
    match action {
        Action::Back => {
            if r.stack.pop().is_none() {
                return quit_key;
            }
            return false;
        }
        Action::NextScreen | Action::PrevScreen => {
            let root = r
                .root
                .step(if action == Action::NextScreen { 1 } else { -1 });
            r.go_to(root);
            return false;
        }
        Action::CycleRule | Action::CycleSeverity | Action::CycleUnit => {
            r.cycle_flags(action);
            return false;
        }
        _ => {}
    }
    if let Some(Drill::Officer(s)) = r.stack.last_mut() {
        let text_page = layout::officer(body, s.shown.projected.is_some())
            .text
            .height
            .max(1) as usize;
        match action {
            Action::Up => s.scroll = s.scroll.saturating_sub(1),
            Action::Down => s.scroll += 1,
            Action::PageUp => s.scroll = s.scroll.saturating_sub(text_page),
            Action::PageDown => s.scroll += text_page,
            Action::Left => s.week_offset = s.week_offset.saturating_sub(4),
            Action::Right => {
                s.week_offset = (s.week_offset + 4).min(s.weeks.len().saturating_sub(1))
            }
            _ => {}
        }
        return false;
    }
    let mut open = None;
    if let Some((t, rect)) = r.table(body) {
        let page = layout::table_rows(rect);
        match action {
            Action::Up => t.move_by(-1, page),
            Action::Down => t.move_by(1, page),
            Action::PageUp => t.move_by(-(page.max(1) as isize), page),
            Action::PageDown => t.move_by(page.max(1) as isize, page),
            Action::Home => t.select(0, page),
            Action::End => t.select(usize::MAX, page),
            Action::Left => t.focus_by(-1),
            Action::Right => t.focus_by(1),
            Action::SortAsc => t.sort_focused(false),
            Action::SortDesc => t.sort_focused(true),
            Action::Filter => r.editing = true,
            Action::Open => open = t.selected_row().map(|row| row.link),
            _ => {}
        }
    }
    if let Some(link) = open {
        r.open(link);
    }
    false
}

fn on_filter_key(app: &mut App, key: KeyEvent) {
    let body = app.body();
    let Phase::Ready(r) = &mut app.phase else {
        return;
    };
    let action = keys::action(Context::Filtering, &key);
    if action == Some(Action::Quit) {
        app.quit = true;
        return;
    }
    let Some((t, rect)) = r.table(body) else {
        return;
    };
    let mut filter = t.filter.clone();
    match (action, key.code) {
        (Some(Action::Open), _) => r.editing = false,
        (Some(Action::Back), _) => {
            filter.clear();
            r.editing = false;
        }
        (_, KeyCode::Backspace) => {
            filter.pop();
        }
        (_, KeyCode::Char(c)) => filter.push(c),
        _ => {}
    }
    if let Some((t, _)) = r.table(body) {
        t.set_filter(&filter);
        t.scroll_into_view(layout::table_rows(rect));
    }
}

fn on_mouse(app: &mut App, mouse: MouseEvent) {
    let body = app.body();
    let title = layout::chrome(app.area).title;
    let context = app.context();
    // A visible popup takes every event: a click closes help, and while a
    // prompt, form or preview is open a click elsewhere does nothing (the
    // wheel moves in it as ↑/↓ would).
    let clicked = matches!(mouse.kind, MouseEventKind::Down(_));
    if app.help {
        app.help &= !clicked;
        return;
    }
    let modal = matches!(
        context,
        Context::Recover
            | Context::Confirm
            | Context::Naming
            | Context::Form
            | Context::Preview
            | Context::Filtering
            | Context::Present
            | Context::Pick
    );
    let Phase::Ready(r) = &mut app.phase else {
        return;
    };
    if modal && clicked {
        return;
    }
    match mouse.kind {
        MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
            let action = if mouse.kind == MouseEventKind::ScrollDown {
                Action::Down
            } else {
                Action::Up
            };
            for _ in 0..3 {
                on_ready_action(r, action, false, body, &mut app.effects);
            }
        }
        MouseEventKind::Down(MouseButton::Left) => {
            if mouse.row == title.y {
                if let Some(root) = tab_at(title, &r.model.title(), mouse.column, r.model.tr) {
                    r.go_to(root);
                }
                return;
            }
            let mut open = None;
            if let Some((t, rect)) = r.table(body)
                && let Some(row) = layout::row_at(rect, mouse.column, mouse.row)
            {
                let position = t.offset + row;
                if position < t.visible.len() {
                    if position == t.selected {
                        open = t.selected_row().map(|row| row.link);
                    }
                    t.select(position, layout::table_rows(rect));
                }
            }
            if let Some(link) = open {
                r.open(link);
            }
        }
        _ => {}
    }
}

/// The tabs of the title bar, right-aligned after `left` when they fit.
pub fn tab_positions(title: Rect, left: &str, tr: &Tr) -> Vec<(Root, u16, u16)> {
    let labels: Vec<(Root, u16)> = Root::ALL
        .iter()
        .map(|&r| {
            (
                r,
                unicode_width::UnicodeWidthStr::width(r.tab(tr).as_str()) as u16,
            )
        })
        .collect();
    let total: u16 = labels.iter().map(|(_, w)| w + 2).sum();
    let left_width = unicode_width::UnicodeWidthStr::width(left) as u16;
    if left_width + total + 2 > title.width {
        return Vec::new();
    }
    let mut at = title.x + title.width - total;
    labels
        .into_iter()
        .map(|(root, w)| {
            let span = (root, at + 1, at + 1 + w);
            at += w + 2;
            span
        })
        .collect()
}

/// The root whose tab is at `x` on the title bar.
pub fn tab_at(title: Rect, left: &str, x: u16, tr: &Tr) -> Option<Root> {
    tab_positions(title, left, tr)
        .into_iter()
        .find(|&(_, a, b)| (a..b).contains(&x))
        .map(|(r, _, _)| r)
}
