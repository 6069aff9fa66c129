//! Every key of the planner, per screen: the one list that `update` maps keys
//! with, the status line takes its hints from and `?` shows as help.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Back,
    Help,
    NextScreen,
    PrevScreen,
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    Left,
    Right,
    Open,
    Filter,
    SortAsc,
    SortDesc,
    CycleRule,
    CycleSeverity,
    CycleUnit,
    AddEdit,
    DeleteEdit,
    Undo,
    Redo,
    Suggest,
    Save,
    /// Save the open scenario under another name.
    SaveAs,
    Rename,
    NewScenario,
    OpenNext,
    SwitchPane,
    /// On a unit's officer: start a move of that officer.
    MoveOfficer,
    /// On a unit's officer: pin (suggestions never move them) or unpin.
    Pin,
    Accept,
    Reject,
    MoreMoves,
    FewerMoves,
    PlanLeave,
    Earlier,
    Later,
    Shorter,
    Longer,
    RemoveBlock,
    ScrollBack,
    ScrollOn,
    CycleFigure,
    Present,
    Export,
    Explain,
    Names,
    NextUnit,
    PrevUnit,
    /// Compare: choose the scenarios side by side.
    Pick,
    /// In a list with checkboxes: check or uncheck the selected entry.
    Toggle,
}

/// The screens, as far as keys are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Loading,
    Problems,
    Overview,
    Unit,
    Officer,
    Events,
    Flags,
    Scenario,
    Leave,
    Compare,
    /// Presentation mode (leadership meetings).
    Present,
    /// Choosing the scenarios to compare (a list over the Compare screen).
    Pick,
    /// Filling the form of a new edit.
    Form,
    /// Looking at suggested moves.
    Preview,
    /// Asked whether to recover the draft a planner left when it stopped
    /// without quitting.
    Recover,
    /// Asked whether to save over a file changed on disk, or another
    /// scenario's.
    Confirm,
    /// Typing a scenario's name.
    Naming,
    /// Typing a filter.
    Filtering,
}

impl Context {
    /// Every context, for the tests that walk them all.
    pub const ALL: [Context; 18] = [
        Context::Loading,
        Context::Problems,
        Context::Overview,
        Context::Unit,
        Context::Officer,
        Context::Events,
        Context::Flags,
        Context::Scenario,
        Context::Leave,
        Context::Compare,
        Context::Present,
        Context::Form,
        Context::Preview,
        Context::Recover,
        Context::Confirm,
        Context::Naming,
        Context::Pick,
        Context::Filtering,
    ];
}

/// One binding: the keys, how they are shown, what they do.
pub struct Binding {
    pub keys: &'static [(KeyCode, bool)],
    pub label: &'static str,
    pub action: Action,
    pub help: &'static str,
    /// The word shown in the status line, if any.
    pub hint: Option<&'static str>,
}

const fn key(c: char) -> (KeyCode, bool) {
    (KeyCode::Char(c), false)
}

const fn b(
    keys: &'static [(KeyCode, bool)],
    label: &'static str,
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        keys,
        label,
        action,
        help,
        hint,
    }
}

const QUIT: Binding = b(
    &[(KeyCode::Char('c'), true)],
    "Ctrl-C",
    Action::Quit,
    "quit at once",
    None,
);
const BACK: Binding = b(
    &[key('q'), (KeyCode::Esc, false)],
    "q/Esc",
    Action::Back,
    "back (q on the top screen quits)",
    Some("back"),
);
const HELP: Binding = b(&[key('?')], "?", Action::Help, "this help", Some("help"));
const NEXT: Binding = b(
    &[(KeyCode::Tab, false)],
    "Tab",
    Action::NextScreen,
    "next screen: Overview, Events, Flags, Scenario, Leave, Compare",
    Some("screens"),
);
const PREV: Binding = b(
    &[(KeyCode::BackTab, false)],
    "S-Tab",
    Action::PrevScreen,
    "previous screen",
    None,
);
const UP: Binding = b(
    &[(KeyCode::Up, false), key('k')],
    "↑/k",
    Action::Up,
    "move up",
    None,
);
const DOWN: Binding = b(
    &[(KeyCode::Down, false), key('j')],
    "↓/j",
    Action::Down,
    "move down",
    None,
);
const PGUP: Binding = b(
    &[(KeyCode::PageUp, false), (KeyCode::Char('b'), true)],
    "PgUp",
    Action::PageUp,
    "a page up",
    None,
);
const PGDN: Binding = b(
    &[(KeyCode::PageDown, false), (KeyCode::Char('f'), true)],
    "PgDn",
    Action::PageDown,
    "a page down",
    None,
);
const HOME: Binding = b(
    &[(KeyCode::Home, false), key('g')],
    "Home/g",
    Action::Home,
    "first row",
    None,
);
const END: Binding = b(
    &[(KeyCode::End, false), key('G')],
    "End/G",
    Action::End,
    "last row",
    None,
);
const LEFT: Binding = b(
    &[(KeyCode::Left, false), key('h')],
    "←/h",
    Action::Left,
    "focus the column to the left",
    None,
);
const RIGHT: Binding = b(
    &[(KeyCode::Right, false), key('l')],
    "→/l",
    Action::Right,
    "focus the column to the right",
    None,
);
const OPEN: Binding = b(
    &[(KeyCode::Enter, false)],
    "Enter",
    Action::Open,
    "open the selected row",
    Some("open"),
);
const FILTER: Binding = b(
    &[key('/')],
    "/",
    Action::Filter,
    "filter rows as you type",
    Some("filter"),
);
const SORT: Binding = b(
    &[key('s')],
    "s",
    Action::SortAsc,
    "sort by the focused column, ascending (again: unsorted)",
    Some("sort"),
);
const SORT_DESC: Binding = b(
    &[key('S')],
    "S",
    Action::SortDesc,
    "sort by the focused column, descending",
    None,
);
const WEEKS_LEFT: Binding = b(
    &[(KeyCode::Left, false), key('h')],
    "←/h",
    Action::Left,
    "calendar: earlier weeks",
    Some("weeks"),
);
const WEEKS_RIGHT: Binding = b(
    &[(KeyCode::Right, false), key('l')],
    "→/l",
    Action::Right,
    "calendar: later weeks",
    None,
);
const SCROLL_UP: Binding = b(
    &[(KeyCode::Up, false), key('k')],
    "↑/k",
    Action::Up,
    "scroll up",
    None,
);
const SCROLL_DOWN: Binding = b(
    &[(KeyCode::Down, false), key('j')],
    "↓/j",
    Action::Down,
    "scroll down",
    Some("scroll"),
);
const RULE: Binding = b(
    &[key('r')],
    "r",
    Action::CycleRule,
    "only one rule (cycles through the rules; then all)",
    Some("rule"),
);
const SEVERITY: Binding = b(
    &[key('v')],
    "v",
    Action::CycleSeverity,
    "only alarms, only warnings, or both",
    Some("severity"),
);
const UNIT: Binding = b(
    &[key('u')],
    "u",
    Action::CycleUnit,
    "only one unit (cycles through the units; then all)",
    None,
);
const FILTER_DONE: Binding = b(
    &[(KeyCode::Enter, false)],
    "Enter",
    Action::Open,
    "keep the filter",
    Some("keep"),
);
const FILTER_CLEAR: Binding = b(
    &[(KeyCode::Esc, false)],
    "Esc",
    Action::Back,
    "clear the filter",
    Some("clear"),
);

const MOVE: Binding = b(
    &[key('m')],
    "m",
    Action::MoveOfficer,
    "move the selected officer (opens the scenario's form)",
    Some("move"),
);
const PIN: Binding = b(
    &[key('p')],
    "p",
    Action::Pin,
    "pin the selected officer: suggestions never move them (again: unpin)",
    Some("pin"),
);
const ADD: Binding = b(
    &[key('a')],
    "a",
    Action::AddEdit,
    "add an edit (a small form)",
    Some("add"),
);
const DELETE: Binding = b(
    &[key('d'), (KeyCode::Delete, false)],
    "d/Del",
    Action::DeleteEdit,
    "remove the selected edit",
    None,
);
const UNDO: Binding = b(
    &[key('u')],
    "u",
    Action::Undo,
    "undo the last change to the scenario",
    Some("undo"),
);
const REDO: Binding = b(
    &[(KeyCode::Char('r'), true)],
    "Ctrl-r",
    Action::Redo,
    "redo",
    None,
);
const SUGGEST: Binding = b(
    &[key('g')],
    "g",
    Action::Suggest,
    "suggest moves, with the bound on the best possible",
    Some("suggest"),
);
const SAVE: Binding = b(
    &[key('w')],
    "w",
    Action::Save,
    "save the scenario under its name (asks before writing over a file changed on disk)",
    Some("save"),
);
const SAVE_AS: Binding = b(
    &[key('W')],
    "W",
    Action::SaveAs,
    "save the scenario under another name (the old one stays as saved)",
    None,
);
const RENAME: Binding = b(
    &[key('R')],
    "R",
    Action::Rename,
    "rename the scenario (and its saved file)",
    None,
);
const NEW: Binding = b(
    &[key('n')],
    "n",
    Action::NewScenario,
    "start a new scenario, named as you like (unsaved work stays as a draft)",
    Some("new"),
);
const OPEN_NEXT: Binding = b(
    &[key('o')],
    "o",
    Action::OpenNext,
    "open the next scenario, saved or draft (unsaved work stays as a draft)",
    Some("open"),
);
const HOME_KEY: Binding = b(
    &[(KeyCode::Home, false)],
    "Home",
    Action::Home,
    "first row",
    None,
);
const NAME_OK: Binding = b(
    &[(KeyCode::Enter, false)],
    "Enter",
    Action::Open,
    "use this name",
    Some("ok"),
);
const OVERWRITE: Binding = b(
    &[key('y')],
    "y",
    Action::Accept,
    "write over it",
    Some("overwrite"),
);
const KEEP_FILE: Binding = b(
    &[key('n'), (KeyCode::Esc, false)],
    "n/Esc",
    Action::Reject,
    "do not save (rename it, or save it as another)",
    Some("keep"),
);
const PANE: Binding = b(
    &[key('e')],
    "e",
    Action::SwitchPane,
    "move between the units and the list of edits",
    Some("edits"),
);
const FORM_KIND_LEFT: Binding = b(
    &[(KeyCode::Left, false)],
    "←",
    Action::Left,
    "previous kind of edit",
    None,
);
const FORM_KIND_RIGHT: Binding = b(
    &[(KeyCode::Right, false)],
    "→",
    Action::Right,
    "next kind of edit",
    Some("kind"),
);
const FORM_UP: Binding = b(
    &[(KeyCode::Up, false), (KeyCode::BackTab, false)],
    "↑/S-Tab",
    Action::Up,
    "previous field",
    None,
);
const FORM_DOWN: Binding = b(
    &[(KeyCode::Down, false), (KeyCode::Tab, false)],
    "↓/Tab",
    Action::Down,
    "next field",
    Some("field"),
);
const FORM_ADD: Binding = b(
    &[(KeyCode::Enter, false)],
    "Enter",
    Action::Open,
    "check and add the edit",
    Some("add"),
);
const CANCEL: Binding = b(
    &[(KeyCode::Esc, false)],
    "Esc",
    Action::Back,
    "cancel",
    Some("cancel"),
);
const ACCEPT: Binding = b(
    &[key('y'), key(' ')],
    "y/Space",
    Action::Accept,
    "accept the selected move",
    Some("accept"),
);
const REJECT: Binding = b(
    &[key('n')],
    "n",
    Action::Reject,
    "reject the selected move",
    Some("reject"),
);
const MORE: Binding = b(
    &[key('+')],
    "+",
    Action::MoreMoves,
    "allow 5 more moves",
    None,
);
const FEWER: Binding = b(
    &[key('-')],
    "-",
    Action::FewerMoves,
    "allow 5 fewer moves",
    None,
);
const APPLY: Binding = b(
    &[(KeyCode::Enter, false)],
    "Enter",
    Action::Open,
    "add the accepted moves to the scenario",
    Some("apply"),
);
const YES: Binding = b(
    &[key('y')],
    "y",
    Action::Accept,
    "open the draft left when the planner last stopped without quitting",
    Some("recover"),
);
const NO: Binding = b(
    &[key('n'), (KeyCode::Esc, false)],
    "n/Esc",
    Action::Reject,
    "not now (it stays a draft: o opens it)",
    Some("later"),
);

const PLAN_LEAVE: Binding = b(
    &[key('r')],
    "r",
    Action::PlanLeave,
    "plan everyone's leave over a window (a form)",
    Some("plan"),
);
const EARLIER: Binding = b(
    &[key('[')],
    "[",
    Action::Earlier,
    "the selected officer's leave a day earlier",
    Some("earlier"),
);
const LATER: Binding = b(&[key(']')], "]", Action::Later, "a day later", None);
const SHORTER: Binding = b(
    &[key('-')],
    "-",
    Action::Shorter,
    "a day shorter",
    Some("shorter"),
);
const LONGER: Binding = b(&[key('+')], "+", Action::Longer, "a day longer", None);
const REMOVE_BLOCK: Binding = b(
    &[key('x')],
    "x",
    Action::RemoveBlock,
    "no leave for the selected officer",
    None,
);
const GRID_BACK: Binding = b(
    &[key('H')],
    "H",
    Action::ScrollBack,
    "grid: a week earlier",
    None,
);
const GRID_ON: Binding = b(
    &[key('L')],
    "L",
    Action::ScrollOn,
    "grid: a week later",
    None,
);

const FIGURE: Binding = b(
    &[key('f')],
    "f",
    Action::CycleFigure,
    "the next figure: load, weekly hours, households, floor, inspections, meetings, leave, alarms",
    Some("figure"),
);
const PRESENT: Binding = b(
    &[key('p')],
    "p",
    Action::Present,
    "presentation mode: full screen, for a meeting",
    Some("present"),
);
const EXPORT: Binding = b(
    &[key('X')],
    "X",
    Action::Export,
    "export the current scenario: CSV, Excel workbook, report",
    Some("export"),
);
const STEP: Binding = b(
    &[key(' '), (KeyCode::Down, false), key('j')],
    "Space/↓",
    Action::NextUnit,
    "next unit, in the table's order (after the last: the next scenario's first)",
    Some("next"),
);
const STEP_BACK: Binding = b(
    &[(KeyCode::Up, false), key('k')],
    "↑",
    Action::PrevUnit,
    "previous unit (before the first: the previous scenario's last)",
    Some("back"),
);
const NEXT_SCENARIO: Binding = b(
    &[(KeyCode::Right, false), key('l')],
    "→",
    Action::Right,
    "next scenario, the same unit",
    Some("scenario"),
);
const PREV_SCENARIO: Binding = b(
    &[(KeyCode::Left, false), key('h')],
    "←",
    Action::Left,
    "previous scenario, the same unit",
    None,
);
const EXPLAIN: Binding = b(
    &[key('e')],
    "e",
    Action::Explain,
    "the figure in plain words",
    Some("explain"),
);
const NAMES: Binding = b(
    &[key('n')],
    "n",
    Action::Names,
    "show or hide officers' names (hidden: id and initials)",
    Some("names"),
);
const LEAVE_PRESENT: Binding = b(
    &[key('q'), (KeyCode::Esc, false)],
    "q/Esc",
    Action::Back,
    "leave presentation mode",
    Some("leave"),
);

const PICK: Binding = b(
    &[key('c')],
    "c",
    Action::Pick,
    "choose the scenarios to compare (the baseline is always the first column)",
    Some("scenarios"),
);
const PICK_TOGGLE: Binding = b(
    &[key(' ')],
    "Space",
    Action::Toggle,
    "compare the selected scenario, or not (at most three)",
    Some("choose"),
);
const PICK_APPLY: Binding = b(
    &[(KeyCode::Enter, false)],
    "Enter",
    Action::Open,
    "compare the chosen scenarios",
    Some("compare"),
);

const TABLE: [&Binding; 12] = [
    &UP, &DOWN, &PGUP, &PGDN, &HOME, &END, &LEFT, &RIGHT, &OPEN, &FILTER, &SORT, &SORT_DESC,
];
const SCREENS: [&Binding; 5] = [&HELP, &NEXT, &PREV, &BACK, &QUIT];

/// The bindings of a context, in the order help lists them.
pub fn bindings(context: Context) -> Vec<&'static Binding> {
    let mut out: Vec<&'static Binding> = Vec::new();
    match context {
        Context::Loading => out.extend([&BACK, &QUIT]),
        Context::Problems => out.extend([
            &SCROLL_UP,
            &SCROLL_DOWN,
            &PGUP,
            &PGDN,
            &HOME,
            &END,
            &HELP,
            &BACK,
            &QUIT,
        ]),
        Context::Overview | Context::Events => {
            out.extend(TABLE);
            out.extend(SCREENS);
        }
        Context::Unit => {
            out.extend(TABLE);
            out.extend([&MOVE, &PIN]);
            out.extend(SCREENS);
        }
        Context::Scenario => {
            out.extend([
                &ADD, &SUGGEST, &UNDO, &REDO, &DELETE, &PANE, &SAVE, &SAVE_AS, &RENAME, &NEW,
                &OPEN_NEXT, &EXPORT,
            ]);
            // `g` suggests here: the first row is Home only.
            out.extend(TABLE.iter().map(|b| {
                if b.action == Action::Home {
                    &HOME_KEY
                } else {
                    *b
                }
            }));
            out.extend(SCREENS);
        }
        Context::Leave => {
            out.extend([
                &PLAN_LEAVE,
                &EARLIER,
                &LATER,
                &SHORTER,
                &LONGER,
                &REMOVE_BLOCK,
                &GRID_BACK,
                &GRID_ON,
                &UNDO,
                &REDO,
                &SAVE,
            ]);
            out.extend(TABLE);
            out.extend(SCREENS);
        }
        Context::Compare => {
            out.extend([&FIGURE, &PICK, &PRESENT, &EXPORT]);
            out.extend(TABLE);
            out.extend(SCREENS);
        }
        Context::Present => out.extend([
            &STEP,
            &STEP_BACK,
            &NEXT_SCENARIO,
            &PREV_SCENARIO,
            &FIGURE,
            &EXPLAIN,
            &NAMES,
            &HELP,
            &LEAVE_PRESENT,
            &QUIT,
        ]),
        Context::Form => out.extend([
            &FORM_ADD,
            &FORM_DOWN,
            &FORM_UP,
            &FORM_KIND_RIGHT,
            &FORM_KIND_LEFT,
            &CANCEL,
            &QUIT,
        ]),
        Context::Preview => out.extend([
            &APPLY, &ACCEPT, &REJECT, &UP, &DOWN, &MORE, &FEWER, &CANCEL, &QUIT,
        ]),
        Context::Pick => out.extend([&PICK_TOGGLE, &PICK_APPLY, &UP, &DOWN, &CANCEL, &HELP, &QUIT]),
        Context::Recover => out.extend([&YES, &NO, &QUIT]),
        Context::Confirm => out.extend([&OVERWRITE, &KEEP_FILE, &QUIT]),
        Context::Naming => out.extend([&NAME_OK, &CANCEL, &QUIT]),
        Context::Flags => {
            out.extend(TABLE);
            out.extend([&RULE, &SEVERITY, &UNIT]);
            out.extend(SCREENS);
        }
        Context::Officer => {
            out.extend([
                &WEEKS_LEFT,
                &WEEKS_RIGHT,
                &SCROLL_UP,
                &SCROLL_DOWN,
                &PGUP,
                &PGDN,
            ]);
            out.extend(SCREENS);
        }
        Context::Filtering => out.extend([&FILTER_DONE, &FILTER_CLEAR, &QUIT]),
    }
    out
}

/// The action a key asks for in a context, if any.
pub fn action(context: Context, event: &KeyEvent) -> Option<Action> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    bindings(context)
        .into_iter()
        .find(|b| {
            b.keys
                .iter()
                .any(|&(code, c)| code == event.code && c == ctrl)
        })
        .map(|b| b.action)
}

/// How the key for `action` is shown in `context` ("u", "Ctrl-r"), if it
/// has one there.
pub fn label(context: Context, action: Action) -> Option<&'static str> {
    bindings(context)
        .into_iter()
        .find(|b| b.action == action)
        .map(|b| b.label)
}

/// The hints of a context in one line, "Enter add  Esc cancel", for the
/// title of a prompt.
pub fn hint_text(context: Context) -> String {
    hints(context)
        .into_iter()
        .map(|(label, word)| format!("{label} {word}"))
        .collect::<Vec<_>>()
        .join("  ")
}

/// "key action" hints for the status line.
pub fn hints(context: Context) -> Vec<(&'static str, &'static str)> {
    bindings(context)
        .into_iter()
        .filter_map(|b| b.hint.map(|word| (b.label, word)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn keys_map_to_actions_per_context() {
        assert_eq!(
            action(Context::Overview, &press(KeyCode::Char('j'))),
            Some(Action::Down)
        );
        assert_eq!(
            action(Context::Overview, &press(KeyCode::Char('S'))),
            Some(Action::SortDesc)
        );
        assert_eq!(action(Context::Overview, &press(KeyCode::Char('r'))), None);
        assert_eq!(
            action(Context::Flags, &press(KeyCode::Char('r'))),
            Some(Action::CycleRule)
        );
        assert_eq!(action(Context::Filtering, &press(KeyCode::Char('j'))), None);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action(Context::Filtering, &ctrl_c), Some(Action::Quit));
        assert_eq!(action(Context::Overview, &press(KeyCode::Char('c'))), None);
    }

    #[test]
    fn no_key_has_two_meanings_and_every_key_does_what_help_says() {
        for context in Context::ALL {
            let mut seen: Vec<((KeyCode, bool), &str)> = Vec::new();
            for b in bindings(context) {
                for &k in b.keys {
                    if let Some((_, other)) = seen.iter().find(|(x, _)| *x == k) {
                        panic!("{context:?}: {k:?} is both \"{other}\" and \"{}\"", b.help);
                    }
                    seen.push((k, b.help));
                    let modifiers = if k.1 {
                        KeyModifiers::CONTROL
                    } else {
                        KeyModifiers::NONE
                    };
                    assert_eq!(
                        action(context, &KeyEvent::new(k.0, modifiers)),
                        Some(b.action),
                        "{context:?}: {} does not do \"{}\"",
                        b.label,
                        b.help
                    );
                }
            }
        }
    }

    #[test]
    fn every_context_has_help_and_a_way_out() {
        for c in [
            Context::Problems,
            Context::Overview,
            Context::Unit,
            Context::Officer,
            Context::Events,
            Context::Flags,
            Context::Pick,
        ] {
            let actions: Vec<Action> = bindings(c).iter().map(|b| b.action).collect();
            assert!(
                actions.contains(&Action::Help) && actions.contains(&Action::Back),
                "{c:?}"
            );
        }
        assert_eq!(hints(Context::Overview)[0], ("Enter", "open"));
    }

    #[test]
    fn c_chooses_the_scenarios_to_compare_in_a_list_of_its_own() {
        assert_eq!(
            action(Context::Compare, &press(KeyCode::Char('c'))),
            Some(Action::Pick)
        );
        // Ctrl-C still quits.
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action(Context::Compare, &ctrl_c), Some(Action::Quit));
        let pick = |code| action(Context::Pick, &press(code));
        assert_eq!(pick(KeyCode::Char(' ')), Some(Action::Toggle));
        assert_eq!(pick(KeyCode::Enter), Some(Action::Open));
        assert_eq!(pick(KeyCode::Esc), Some(Action::Back));
        assert_eq!(pick(KeyCode::Down), Some(Action::Down));
        // The screens behind the list do not move.
        assert_eq!(pick(KeyCode::Tab), None);
        assert_eq!(pick(KeyCode::Char('p')), None);
        assert_eq!(pick(KeyCode::Char('q')), None);
    }
}
