//! Every key of the planner, per screen: the one list that `update` maps keys
//! with, the status line takes its hints from and `?` shows as help.

use crate::i18n::Tr;
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

/// One binding: the keys, how they are shown, what they do. What a person
/// reads of it is in the catalogue, under its id: `key-<id>` for the help,
/// `hint-<id>` for the word in the status line.
pub struct Binding {
    pub keys: &'static [(KeyCode, bool)],
    /// The keys as printed on a keyboard ("Ctrl-C", "q/Esc"), in every
    /// language.
    pub label: &'static str,
    pub action: Action,
    pub id: &'static str,
    /// Whether the status line shows it.
    pub hint: bool,
}

impl Binding {
    /// What the key does, for `?` help.
    pub fn help(&self, tr: &Tr) -> String {
        tr.t(&format!("key-{}", self.id))
    }

    /// The word shown in the status line, if any.
    pub fn hint(&self, tr: &Tr) -> Option<String> {
        self.hint.then(|| tr.t(&format!("hint-{}", self.id)))
    }
}

const fn key(c: char) -> (KeyCode, bool) {
    (KeyCode::Char(c), false)
}

const fn b(
    keys: &'static [(KeyCode, bool)],
    label: &'static str,
    action: Action,
    id: &'static str,
    hint: bool,
) -> Binding {
    Binding {
        keys,
        label,
        action,
        id,
        hint,
    }
}

const QUIT: Binding = b(
    &[(KeyCode::Char('c'), true)],
    "Ctrl-C",
    Action::Quit,
    "quit",
    false,
);
const BACK: Binding = b(
    &[key('q'), (KeyCode::Esc, false)],
    "q/Esc",
    Action::Back,
    "back",
    true,
);
const HELP: Binding = b(&[key('?')], "?", Action::Help, "help", true);
const NEXT: Binding = b(
    &[(KeyCode::Tab, false)],
    "Tab",
    Action::NextScreen,
    "next",
    true,
);
const PREV: Binding = b(
    &[(KeyCode::BackTab, false)],
    "S-Tab",
    Action::PrevScreen,
    "prev",
    false,
);
const UP: Binding = b(
    &[(KeyCode::Up, false), key('k')],
    "↑/k",
    Action::Up,
    "up",
    false,
);
const DOWN: Binding = b(
    &[(KeyCode::Down, false), key('j')],
    "↓/j",
    Action::Down,
    "down",
    false,
);
const PGUP: Binding = b(
    &[(KeyCode::PageUp, false), (KeyCode::Char('b'), true)],
    "PgUp",
    Action::PageUp,
    "pgup",
    false,
);
const PGDN: Binding = b(
    &[(KeyCode::PageDown, false), (KeyCode::Char('f'), true)],
    "PgDn",
    Action::PageDown,
    "pgdn",
    false,
);
const HOME: Binding = b(
    &[(KeyCode::Home, false), key('g')],
    "Home/g",
    Action::Home,
    "home",
    false,
);
const END: Binding = b(
    &[(KeyCode::End, false), key('G')],
    "End/G",
    Action::End,
    "end",
    false,
);
const LEFT: Binding = b(
    &[(KeyCode::Left, false), key('h')],
    "←/h",
    Action::Left,
    "left",
    false,
);
const RIGHT: Binding = b(
    &[(KeyCode::Right, false), key('l')],
    "→/l",
    Action::Right,
    "right",
    false,
);
const OPEN: Binding = b(
    &[(KeyCode::Enter, false)],
    "Enter",
    Action::Open,
    "open",
    true,
);
const FILTER: Binding = b(&[key('/')], "/", Action::Filter, "filter", true);
const SORT: Binding = b(&[key('s')], "s", Action::SortAsc, "sort", true);
const SORT_DESC: Binding = b(&[key('S')], "S", Action::SortDesc, "sort-desc", false);
const WEEKS_LEFT: Binding = b(
    &[(KeyCode::Left, false), key('h')],
    "←/h",
    Action::Left,
    "weeks-left",
    true,
);
const WEEKS_RIGHT: Binding = b(
    &[(KeyCode::Right, false), key('l')],
    "→/l",
    Action::Right,
    "weeks-right",
    false,
);
const SCROLL_UP: Binding = b(
    &[(KeyCode::Up, false), key('k')],
    "↑/k",
    Action::Up,
    "scroll-up",
    false,
);
const SCROLL_DOWN: Binding = b(
    &[(KeyCode::Down, false), key('j')],
    "↓/j",
    Action::Down,
    "scroll-down",
    true,
);
const RULE: Binding = b(&[key('r')], "r", Action::CycleRule, "rule", true);
const SEVERITY: Binding = b(&[key('v')], "v", Action::CycleSeverity, "severity", true);
const UNIT: Binding = b(&[key('u')], "u", Action::CycleUnit, "unit", false);
const FILTER_DONE: Binding = b(
    &[(KeyCode::Enter, false)],
    "Enter",
    Action::Open,
    "filter-done",
    true,
);
const FILTER_CLEAR: Binding = b(
    &[(KeyCode::Esc, false)],
    "Esc",
    Action::Back,
    "filter-clear",
    true,
);

const MOVE: Binding = b(&[key('m')], "m", Action::MoveOfficer, "move", true);
const PIN: Binding = b(&[key('p')], "p", Action::Pin, "pin", true);
const ADD: Binding = b(&[key('a')], "a", Action::AddEdit, "add", true);
const DELETE: Binding = b(
    &[key('d'), (KeyCode::Delete, false)],
    "d/Del",
    Action::DeleteEdit,
    "delete",
    false,
);
const UNDO: Binding = b(&[key('u')], "u", Action::Undo, "undo", true);
const REDO: Binding = b(
    &[(KeyCode::Char('r'), true)],
    "Ctrl-r",
    Action::Redo,
    "redo",
    false,
);
const SUGGEST: Binding = b(&[key('g')], "g", Action::Suggest, "suggest", true);
const SAVE: Binding = b(&[key('w')], "w", Action::Save, "save", true);
const SAVE_AS: Binding = b(&[key('W')], "W", Action::SaveAs, "save-as", false);
const RENAME: Binding = b(&[key('R')], "R", Action::Rename, "rename", false);
const NEW: Binding = b(&[key('n')], "n", Action::NewScenario, "new", true);
const OPEN_NEXT: Binding = b(&[key('o')], "o", Action::OpenNext, "open-next", true);
const HOME_KEY: Binding = b(
    &[(KeyCode::Home, false)],
    "Home",
    Action::Home,
    "home-key",
    false,
);
const NAME_OK: Binding = b(
    &[(KeyCode::Enter, false)],
    "Enter",
    Action::Open,
    "name-ok",
    true,
);
const OVERWRITE: Binding = b(&[key('y')], "y", Action::Accept, "overwrite", true);
const KEEP_FILE: Binding = b(
    &[key('n'), (KeyCode::Esc, false)],
    "n/Esc",
    Action::Reject,
    "keep-file",
    true,
);
const PANE: Binding = b(&[key('e')], "e", Action::SwitchPane, "pane", true);
const FORM_KIND_LEFT: Binding = b(
    &[(KeyCode::Left, false)],
    "←",
    Action::Left,
    "form-kind-left",
    false,
);
const FORM_KIND_RIGHT: Binding = b(
    &[(KeyCode::Right, false)],
    "→",
    Action::Right,
    "form-kind-right",
    true,
);
const FORM_UP: Binding = b(
    &[(KeyCode::Up, false), (KeyCode::BackTab, false)],
    "↑/S-Tab",
    Action::Up,
    "form-up",
    false,
);
const FORM_DOWN: Binding = b(
    &[(KeyCode::Down, false), (KeyCode::Tab, false)],
    "↓/Tab",
    Action::Down,
    "form-down",
    true,
);
const FORM_ADD: Binding = b(
    &[(KeyCode::Enter, false)],
    "Enter",
    Action::Open,
    "form-add",
    true,
);
const CANCEL: Binding = b(
    &[(KeyCode::Esc, false)],
    "Esc",
    Action::Back,
    "cancel",
    true,
);
const ACCEPT: Binding = b(
    &[key('y'), key(' ')],
    "y/Space",
    Action::Accept,
    "accept",
    true,
);
const REJECT: Binding = b(&[key('n')], "n", Action::Reject, "reject", true);
const MORE: Binding = b(&[key('+')], "+", Action::MoreMoves, "more", false);
const FEWER: Binding = b(&[key('-')], "-", Action::FewerMoves, "fewer", false);
const APPLY: Binding = b(
    &[(KeyCode::Enter, false)],
    "Enter",
    Action::Open,
    "apply",
    true,
);
const YES: Binding = b(&[key('y')], "y", Action::Accept, "yes", true);
const NO: Binding = b(
    &[key('n'), (KeyCode::Esc, false)],
    "n/Esc",
    Action::Reject,
    "no",
    true,
);

const PLAN_LEAVE: Binding = b(&[key('r')], "r", Action::PlanLeave, "plan-leave", true);
const EARLIER: Binding = b(&[key('[')], "[", Action::Earlier, "earlier", true);
const LATER: Binding = b(&[key(']')], "]", Action::Later, "later", false);
const SHORTER: Binding = b(&[key('-')], "-", Action::Shorter, "shorter", true);
const LONGER: Binding = b(&[key('+')], "+", Action::Longer, "longer", false);
const REMOVE_BLOCK: Binding = b(&[key('x')], "x", Action::RemoveBlock, "remove-block", false);
const GRID_BACK: Binding = b(&[key('H')], "H", Action::ScrollBack, "grid-back", false);
const GRID_ON: Binding = b(&[key('L')], "L", Action::ScrollOn, "grid-on", false);

const FIGURE: Binding = b(&[key('f')], "f", Action::CycleFigure, "figure", true);
const PRESENT: Binding = b(&[key('p')], "p", Action::Present, "present", true);
const EXPORT: Binding = b(&[key('X')], "X", Action::Export, "export", true);
const STEP: Binding = b(
    &[key(' '), (KeyCode::Down, false), key('j')],
    "Space/↓",
    Action::NextUnit,
    "step",
    true,
);
const STEP_BACK: Binding = b(
    &[(KeyCode::Up, false), key('k')],
    "↑",
    Action::PrevUnit,
    "step-back",
    true,
);
const NEXT_SCENARIO: Binding = b(
    &[(KeyCode::Right, false), key('l')],
    "→",
    Action::Right,
    "next-scenario",
    true,
);
const PREV_SCENARIO: Binding = b(
    &[(KeyCode::Left, false), key('h')],
    "←",
    Action::Left,
    "prev-scenario",
    false,
);
const EXPLAIN: Binding = b(&[key('e')], "e", Action::Explain, "explain", true);
const NAMES: Binding = b(&[key('n')], "n", Action::Names, "names", true);
const LEAVE_PRESENT: Binding = b(
    &[key('q'), (KeyCode::Esc, false)],
    "q/Esc",
    Action::Back,
    "leave-present",
    true,
);

const PICK: Binding = b(&[key('c')], "c", Action::Pick, "pick", true);
const PICK_TOGGLE: Binding = b(&[key(' ')], "Space", Action::Toggle, "pick-toggle", true);
const PICK_APPLY: Binding = b(
    &[(KeyCode::Enter, false)],
    "Enter",
    Action::Open,
    "pick-apply",
    true,
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
pub fn hint_text(context: Context, tr: &Tr) -> String {
    hints(context, tr)
        .into_iter()
        .map(|(label, word)| format!("{label} {word}"))
        .collect::<Vec<_>>()
        .join("  ")
}

/// "key action" hints for the status line.
pub fn hints(context: Context, tr: &Tr) -> Vec<(&'static str, String)> {
    bindings(context)
        .into_iter()
        .filter_map(|b| b.hint(tr).map(|word| (b.label, word)))
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
            let en = crate::i18n::tr(crate::i18n::Lang::En);
            for b in bindings(context) {
                for &k in b.keys {
                    if let Some((_, other)) = seen.iter().find(|(x, _)| *x == k) {
                        panic!("{context:?}: {k:?} is both {other} and {}", b.id);
                    }
                    seen.push((k, b.id));
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
                        b.help(en)
                    );
                }
            }
        }
    }

    #[test]
    fn every_key_says_what_it_does_in_both_languages() {
        for lang in [crate::i18n::Lang::En, crate::i18n::Lang::Zh] {
            let tr = crate::i18n::tr(lang);
            for context in Context::ALL {
                for b in bindings(context) {
                    let help = b.help(tr);
                    assert!(!help.starts_with("key-"), "{lang:?}: {help}");
                    if let Some(hint) = b.hint(tr) {
                        assert!(!hint.starts_with("hint-"), "{lang:?}: {hint}");
                    }
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
        let en = crate::i18n::tr(crate::i18n::Lang::En);
        let zh = crate::i18n::tr(crate::i18n::Lang::Zh);
        assert_eq!(hints(Context::Overview, en)[0], ("Enter", "open".into()));
        assert_eq!(hints(Context::Overview, zh)[0], ("Enter", "打开".into()));
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
