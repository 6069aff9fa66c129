//! The planner's state and the one function that changes it: `update` takes
//! a message (a key, a mouse event, a resize, the loaded bureau) and moves the
//! state on. Nothing here draws, and nothing here reads a file.

use crate::core::flags::Severity;
use crate::tui::keys::{self, Action, Context};
use crate::tui::layout;
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
}

impl Root {
    pub const ALL: [Root; 3] = [Root::Overview, Root::Events, Root::Flags];

    pub fn title(self) -> &'static str {
        match self {
            Root::Overview => "Overview",
            Root::Events => "Inspections & meetings",
            Root::Flags => "Flags",
        }
    }

    /// The short name on the title bar's tab.
    pub fn tab(self) -> &'static str {
        match self {
            Root::Overview => "Overview",
            Root::Events => "Events",
            Root::Flags => "Flags",
        }
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
}

impl Ready {
    pub fn new(model: Model) -> Ready {
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
            root: Root::Overview,
            stack: Vec::new(),
            editing: false,
        }
    }

    pub fn context(&self) -> Context {
        if self.editing {
            return Context::Filtering;
        }
        match (self.stack.last(), self.root) {
            (Some(Drill::Unit(_)), _) => Context::Unit,
            (Some(Drill::Officer(_)), _) => Context::Officer,
            (None, Root::Overview) => Context::Overview,
            (None, Root::Events) => Context::Events,
            (None, Root::Flags) => Context::Flags,
        }
    }

    /// The table the keys move in, and where it is drawn.
    fn table(&mut self, body: Rect) -> Option<(&mut DataTable, Rect)> {
        match self.stack.last_mut() {
            Some(Drill::Unit(s)) => Some((&mut s.table, layout::unit(body, s.flags).table)),
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
            },
        }
    }

    fn open(&mut self, link: Link) {
        match link {
            Link::Unit(u) => self
                .stack
                .push(Drill::Unit(Box::new(screens::unit_screen(&self.model, u)))),
            Link::Officer(o) => self
                .stack
                .push(Drill::Officer(screens::officer_screen(&self.model, o))),
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
    pub fn new(source: String, theme: Theme, area: Rect) -> App {
        App {
            phase: Phase::Loading { source, ticks: 0 },
            area,
            help: false,
            quit: false,
            theme,
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
            let page = body.height.saturating_sub(4) as isize;
            let last = lines.len().saturating_sub(1) as isize;
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
        Phase::Ready(r) => app.quit |= on_ready_action(r, action, quit_key, body),
    }
}

/// Applies an action on a loaded bureau; true when it asks to quit.
fn on_ready_action(r: &mut Ready, action: Action, quit_key: bool, body: Rect) -> bool {
    match action {
        Action::Back => {
            if r.stack.pop().is_none() {
                return quit_key;
            }
            return false;
        }
        Action::NextScreen | Action::PrevScreen => {
            r.stack.clear();
            r.root = r
                .root
                .step(if action == Action::NextScreen { 1 } else { -1 });
            return false;
        }
        Action::CycleRule | Action::CycleSeverity | Action::CycleUnit => {
            r.cycle_flags(action);
            return false;
        }
        _ => {}
    }
    if let Some(Drill::Officer(s)) = r.stack.last_mut() {
        let text_page = layout::officer(body).text.height.max(1) as usize;
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
    let Phase::Ready(r) = &mut app.phase else {
        return;
    };
    match mouse.kind {
        MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
            let action = if mouse.kind == MouseEventKind::ScrollDown {
                Action::Down
            } else {
                Action::Up
            };
            for _ in 0..3 {
                on_ready_action(r, action, false, body);
            }
        }
        MouseEventKind::Down(MouseButton::Left) => {
            if mouse.row == title.y {
                if let Some(root) = tab_at(title, &r.model.title(), mouse.column) {
                    r.stack.clear();
                    r.root = root;
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
pub fn tab_positions(title: Rect, left: &str) -> Vec<(Root, u16, u16)> {
    let labels: Vec<(Root, u16)> = Root::ALL
        .iter()
        .map(|&r| (r, r.tab().chars().count() as u16))
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
pub fn tab_at(title: Rect, left: &str, x: u16) -> Option<Root> {
    tab_positions(title, left)
        .into_iter()
        .find(|&(_, a, b)| (a..b).contains(&x))
        .map(|(r, _, _)| r)
}
