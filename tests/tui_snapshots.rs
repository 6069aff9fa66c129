//! Every screen of the planner drawn on the small fixture bureau, at the
//! smallest supported terminal (80x24) and a large one (160x48). The text
//! snapshots live in tests/snapshots/; a change to a screen shows as a diff.

mod common;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use forceplan::i18n::Lang;
use forceplan::tui::app::{App, Msg, Outcome, update};
use forceplan::tui::theme::Theme;
use forceplan::tui::{Options, Source, load, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use std::path::PathBuf;

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

/// Every screen in both languages: English under its own name, Chinese
/// under "zh_" and the name.
const LANGS: [Lang; 2] = [Lang::En, Lang::Zh];

const THEME: Theme = Theme {
    color: true,
    ascii: false,
};

fn snapshot_name(lang: Lang, name: &str, (w, h): (u16, u16)) -> String {
    match lang {
        Lang::En => format!("{name}_{w}x{h}"),
        Lang::Zh => format!("zh_{name}_{w}x{h}"),
    }
}

fn options(dir: &str, lang: Lang) -> Options {
    Options {
        source: Source::Folder(PathBuf::from(dir)),
        from: None,
        to: None,
        rules: None,
        lang,
        theme: THEME,
    }
}

fn loaded_in(dir: &str, (w, h): (u16, u16), lang: Lang, theme: Theme) -> App {
    let mut app = App::new(dir.into(), theme, Rect::new(0, 0, w, h), lang);
    update(&mut app, Msg::Loaded(Box::new(load(&options(dir, lang)))));
    app
}

fn press(app: &mut App, keys: &[KeyCode]) {
    for &code in keys {
        update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }
}

fn draw(app: &App, (w, h): (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| view::draw(app, f)).unwrap();
    terminal.backend().to_string()
}

/// Snapshots the screen reached by `keys`, at both sizes, in both languages.
fn screen(name: &str, keys: &[KeyCode]) {
    for lang in LANGS {
        for size in SIZES {
            let mut app = loaded_in("tests/fixtures/small", size, lang, THEME);
            press(&mut app, keys);
            insta::assert_snapshot!(snapshot_name(lang, name, size), draw(&app, size));
        }
    }
}

/// Borders, bars and marks in ASCII for fonts that draw box characters
/// two columns wide: nothing on the screen but ASCII and CJK text.
#[test]
fn ascii_borders() {
    let ascii = Theme {
        color: false,
        ascii: true,
    };
    for (keys, name) in [
        (vec![], "overview"),
        (vec![KeyCode::Enter], "unit"),
        (vec![KeyCode::Tab; 5], "compare"),
    ] {
        let size = (160, 48);
        let mut app = loaded_in("tests/fixtures/small", size, Lang::Zh, ascii);
        press(&mut app, &keys);
        let text = draw(&app, size);
        let odd: Vec<char> = text
            .chars()
            .filter(|c| {
                !c.is_ascii()
                    && unicode_width::UnicodeWidthChar::width(*c) != Some(2)
                    && !matches!(c, '←' | '→' | '↑' | '↓' | '…' | '“' | '”' | '·')
            })
            .collect();
        assert!(odd.is_empty(), "{name}: {odd:?}\n{text}");
        insta::assert_snapshot!(format!("zh_ascii_{name}_160x48"), text);
    }
}

#[test]
fn overview() {
    screen("overview", &[]);
}

#[test]
fn overview_filtered_and_sorted() {
    let mut keys = vec![
        KeyCode::Char('/'),
        KeyCode::Char('s'),
        KeyCode::Char('t'),
        KeyCode::Enter,
    ];
    keys.extend([KeyCode::Char('l'); 4]);
    keys.push(KeyCode::Char('S'));
    screen("overview_filtered_sorted", &keys);
}

#[test]
fn unit() {
    screen("unit", &[KeyCode::Enter]);
}

#[test]
fn officer() {
    screen("officer", &[KeyCode::Enter, KeyCode::Enter]);
}

#[test]
fn officer_without_flags() {
    screen(
        "officer_quiet",
        &[KeyCode::Enter, KeyCode::Down, KeyCode::Down, KeyCode::Enter],
    );
}

#[test]
fn events() {
    screen("events", &[KeyCode::Tab]);
}

#[test]
fn flags() {
    screen("flags", &[KeyCode::Tab, KeyCode::Tab]);
}

#[test]
fn help() {
    screen("help_overview", &[KeyCode::Char('?')]);
    screen(
        "help_flags",
        &[KeyCode::Tab, KeyCode::Tab, KeyCode::Char('?')],
    );
}

#[test]
fn loading() {
    for lang in LANGS {
        for size in SIZES {
            let mut app = App::new(
                "tests/fixtures/small".into(),
                THEME,
                Rect::new(0, 0, size.0, size.1),
                lang,
            );
            for _ in 0..12 {
                update(&mut app, Msg::Tick);
            }
            insta::assert_snapshot!(snapshot_name(lang, "loading", size), draw(&app, size));
        }
    }
}

#[test]
fn refused() {
    let dir = tempfile::tempdir().unwrap();
    let bureau = dir.path().join("county");
    std::fs::create_dir(&bureau).unwrap();
    for entry in std::fs::read_dir("tests/fixtures/small").unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, bureau.join(path.file_name().unwrap())).unwrap();
    }
    let roster = std::fs::read_to_string(bureau.join("roster.csv")).unwrap();
    std::fs::write(
        bureau.join("roster.csv"),
        roster
            .replace(",OFF,0", ",OFF,8")
            .replace("2025-01-05,NIGHT", "2025-01-32,NIGHT"),
    )
    .unwrap();
    for lang in LANGS {
        for size in SIZES {
            let app = loaded_in(bureau.to_str().unwrap(), size, lang, THEME);
            let text = draw(&app, size).replace(dir.path().to_str().unwrap(), "TMP");
            insta::assert_snapshot!(snapshot_name(lang, "refused", size), text);
        }
    }
}

/// Tab three times to the scenario screen, then `keys`.
fn scenario_keys(keys: &[KeyCode]) -> Vec<KeyCode> {
    let mut all = vec![KeyCode::Tab; 3];
    all.extend_from_slice(keys);
    all
}

fn text(s: &str) -> Vec<KeyCode> {
    s.chars().map(KeyCode::Char).collect()
}

#[test]
fn scenario_empty() {
    screen("scenario_empty", &scenario_keys(&[]));
}

#[test]
fn scenario_with_a_move() {
    let mut keys = vec![KeyCode::Char('a')];
    keys.extend(text("P2"));
    keys.push(KeyCode::Tab);
    keys.extend(text("U2"));
    keys.push(KeyCode::Enter);
    screen("scenario_move", &scenario_keys(&keys));
}

/// A unit and one of its officers opened from the Scenario screen: the
/// bureau the scenario proposes, labelled so, the bureau as it is beside.
#[test]
fn a_unit_and_an_officer_opened_from_the_scenario_are_projected() {
    let mut keys = vec![KeyCode::Char('a')];
    keys.extend(text("P2"));
    keys.push(KeyCode::Tab);
    keys.extend(text("U2"));
    keys.push(KeyCode::Enter);
    // The selected row is U1 (the first); open it, then its first officer.
    keys.push(KeyCode::Enter);
    let keys = scenario_keys(&keys);
    screen("scenario_unit_projected", &keys);
    let mut officer = keys.clone();
    officer.push(KeyCode::Enter);
    screen("scenario_officer_projected", &officer);
}

#[test]
fn scenario_form_with_an_error() {
    let mut keys = vec![KeyCode::Char('a')];
    keys.extend(text("P9"));
    keys.push(KeyCode::Tab);
    keys.extend(text("U2"));
    keys.push(KeyCode::Enter);
    screen("scenario_form", &scenario_keys(&keys));
}

#[test]
fn scenario_suggestion_preview() {
    // U2's minimum to 0 first, so that it can spare an officer.
    let mut keys = vec![
        KeyCode::Char('a'),
        KeyCode::Right,
        KeyCode::Right,
        KeyCode::Right,
        KeyCode::Right,
    ];
    keys.extend(text("U2"));
    keys.push(KeyCode::Tab);
    keys.extend(text("0"));
    keys.extend([KeyCode::Enter, KeyCode::Char('g')]);
    screen("scenario_preview", &scenario_keys(&keys));
}

#[test]
fn scenario_recovery_prompt() {
    for (lang, size) in LANGS.into_iter().flat_map(|l| SIZES.map(|s| (l, s))) {
        let mut outcome = load(&options("tests/fixtures/small", lang));
        if let forceplan::tui::app::Outcome::Ready(model) = &mut outcome {
            let mut s = forceplan::core::scenario::Scenario::new("left over");
            s.edits
                .push(forceplan::core::scenario::Edit::RemoveOfficer {
                    officer: "P1".into(),
                    from: None,
                });
            model.shelf = forceplan::tui::shelf::Shelf {
                crashed: Some(s.name.clone()),
                drafts: vec![s],
                ..Default::default()
            };
        }
        let mut app = App::new("small".into(), THEME, Rect::new(0, 0, size.0, size.1), lang);
        update(&mut app, Msg::Loaded(Box::new(outcome)));
        insta::assert_snapshot!(
            snapshot_name(lang, "scenario_recovery", size),
            draw(&app, size)
        );
    }
}

#[test]
fn leave_screen() {
    let to_leave = vec![KeyCode::Tab; 4];
    screen("leave_empty", &to_leave);
    let mut planned = to_leave;
    planned.extend([KeyCode::Char('r'), KeyCode::Enter]);
    screen("leave_planned", &planned);
}

#[test]
fn compare_and_presentation() {
    let to_compare = vec![KeyCode::Tab; 5];
    screen("compare", &to_compare);
    let mut present = to_compare;
    present.extend([KeyCode::Char('p'), KeyCode::Char(' ')]);
    screen("present", &present);
    let mut explain = present.clone();
    explain.push(KeyCode::Char('e'));
    screen("present_explain", &explain);
}

/// The small bureau with the saved scenarios, at `size`, after `keys`.
fn with_saved(size: (u16, u16), theme: Theme, keys: &[KeyCode], lang: Lang) -> App {
    let mut outcome = load(&options("tests/fixtures/small", lang));
    if let Outcome::Ready(model) = &mut outcome {
        model.shelf.saved = common::three_scenarios(40, 2);
    }
    let mut app = App::new("small".into(), theme, Rect::new(0, 0, size.0, size.1), lang);
    update(&mut app, Msg::Loaded(Box::new(outcome)));
    press(&mut app, keys);
    app
}

/// Snapshots the screen reached by `keys` with the saved scenarios, at `sizes`.
fn saved_screen(name: &str, keys: &[KeyCode], sizes: &[(u16, u16)]) {
    for lang in LANGS {
        for &size in sizes {
            let app = with_saved(size, THEME, keys, lang);
            insta::assert_snapshot!(snapshot_name(lang, name, size), draw(&app, size));
        }
    }
}

#[test]
fn compare_names_the_scenarios_and_c_chooses_them() {
    let mut keys = vec![KeyCode::Tab; 5];
    saved_screen("compare_named", &keys, &SIZES);
    keys.extend([
        KeyCode::Char('c'),
        KeyCode::Down,
        KeyCode::Down,
        KeyCode::Char(' '),
    ]);
    saved_screen("compare_pick", &keys, &SIZES);
}

/// Presentation at projector sizes.
const PROJECTOR: [(u16, u16); 2] = [(120, 30), (200, 50)];

#[test]
fn presentation_on_a_projector() {
    let present = |extra: &[KeyCode]| {
        let mut keys = vec![KeyCode::Tab; 5];
        keys.push(KeyCode::Char('p'));
        keys.extend_from_slice(extra);
        keys
    };
    // U1 in "scenario 1" (the current one, no edits).
    saved_screen("present_unit", &present(&[]), &PROJECTOR);
    // → twice: U1 in 东区调整, its 40 recruits listed (as many as fit, and
    // how many more).
    saved_screen(
        "present_recruits",
        &present(&[KeyCode::Right, KeyCode::Right]),
        &PROJECTOR,
    );
    // Weekly hours: the standard week marked.
    saved_screen(
        "present_hours",
        &present(&[KeyCode::Char('f'), KeyCode::Right]),
        &PROJECTOR,
    );
}
