//! The planner's `update`: keys, mouse and resizes move the state as the
//! keymap says, on the small fixture bureau.

mod common;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use forceplan::core::scenario::{Edit, Scenario};
use forceplan::tui::app::{App, Drill, Msg, Phase, Ready, Root, update};
use forceplan::tui::compare::CompareScreen;
use forceplan::tui::theme::Theme;
use forceplan::tui::{Options, Source, load};
use ratatui::layout::Rect;
use std::path::PathBuf;

/// No colour, box-drawing borders.
const PLAIN: Theme = Theme {
    color: false,
    ascii: false,
};

fn open(dir: &str) -> App {
    let options = Options {
        source: Source::Folder(PathBuf::from(dir)),
        from: None,
        to: None,
        rules: None,
        lang: forceplan::i18n::Lang::En,
        theme: PLAIN,
    };
    let mut app = App::new(
        dir.into(),
        PLAIN,
        Rect::new(0, 0, 100, 30),
        forceplan::i18n::Lang::En,
    );
    update(&mut app, Msg::Loaded(Box::new(load(&options))));
    app
}

fn app() -> App {
    open("tests/fixtures/small")
}

fn key(app: &mut App, code: KeyCode) {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn ready(app: &App) -> &Ready {
    match &app.phase {
        Phase::Ready(r) => r,
        _ => panic!("not loaded"),
    }
}

/// The first cell (the id) of the selected row of the overview.
fn selected_unit(app: &App) -> String {
    ready(app).overview.selected_row().unwrap().cells[0].clone()
}

#[test]
fn opens_on_the_overview_worst_unit_first() {
    let app = app();
    let r = ready(&app);
    assert_eq!(r.root, Root::Overview);
    let ids: Vec<&str> = r
        .overview
        .visible
        .iter()
        .map(|&i| r.overview.rows[i].cells[0].as_str())
        .collect();
    assert_eq!(ids, ["U1", "U4", "U3", "U2"]);
}

#[test]
fn arrows_and_vim_keys_move_and_stop_at_the_ends() {
    let mut app = app();
    key(&mut app, KeyCode::Char('j'));
    assert_eq!(selected_unit(&app), "U4");
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::End);
    assert_eq!(selected_unit(&app), "U2");
    key(&mut app, KeyCode::Down);
    assert_eq!(selected_unit(&app), "U2");
    key(&mut app, KeyCode::Char('g'));
    assert_eq!(selected_unit(&app), "U1");
    key(&mut app, KeyCode::PageDown);
    assert_eq!(selected_unit(&app), "U2");
    key(&mut app, KeyCode::Char('k'));
    assert_eq!(selected_unit(&app), "U3");
}

#[test]
fn enter_drills_down_and_q_esc_come_back() {
    let mut app = app();
    key(&mut app, KeyCode::Enter);
    let Some(Drill::Unit(unit)) = ready(&app).stack.last() else {
        panic!("unit screen")
    };
    assert_eq!(unit.unit, 0);
    let officers: Vec<&str> = unit
        .table
        .visible
        .iter()
        .map(|&i| unit.table.rows[i].cells[0].as_str())
        .collect();
    assert_eq!(officers, ["P1", "P2", "P3"]);
    key(&mut app, KeyCode::Enter);
    let Some(Drill::Officer(officer)) = ready(&app).stack.last() else {
        panic!("officer screen")
    };
    assert_eq!(officer.officer, 0);
    assert_eq!(officer.days.len(), 14);
    key(&mut app, KeyCode::Esc);
    assert!(matches!(ready(&app).stack.last(), Some(Drill::Unit(_))));
    key(&mut app, KeyCode::Char('q'));
    assert!(ready(&app).stack.is_empty());
    assert!(!app.quit);
    key(&mut app, KeyCode::Esc);
    assert!(!app.quit, "Esc on the top screen does not quit");
    key(&mut app, KeyCode::Char('q'));
    assert!(app.quit, "q on the top screen quits");
}

#[test]
fn tab_cycles_the_top_screens_and_leaves_drilled_ones() {
    let mut app = app();
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Tab);
    assert_eq!(ready(&app).root, Root::Events);
    assert!(ready(&app).stack.is_empty());
    key(&mut app, KeyCode::Tab);
    assert_eq!(ready(&app).root, Root::Flags);
    key(&mut app, KeyCode::Tab);
    assert_eq!(ready(&app).root, Root::Scenario);
    key(&mut app, KeyCode::Tab);
    assert_eq!(ready(&app).root, Root::Leave);
    key(&mut app, KeyCode::Tab);
    assert_eq!(ready(&app).root, Root::Compare);
    key(&mut app, KeyCode::Tab);
    assert_eq!(ready(&app).root, Root::Overview);
    key(&mut app, KeyCode::BackTab);
    assert_eq!(ready(&app).root, Root::Compare);
}

#[test]
fn slash_filters_live_esc_clears_enter_keeps() {
    let mut app = app();
    key(&mut app, KeyCode::Char('/'));
    keys(&mut app, "sta");
    let r = ready(&app);
    assert!(r.editing);
    assert_eq!(
        r.overview.visible.len(),
        2,
        "East Station and Old Town Station"
    );
    keys(&mut app, "q");
    assert_eq!(
        ready(&app).overview.visible.len(),
        0,
        "q is typed, not a quit"
    );
    assert!(!app.quit);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Enter);
    let r = ready(&app);
    assert!(!r.editing);
    assert_eq!(
        (r.overview.filter.as_str(), r.overview.visible.len()),
        ("sta", 2)
    );
    key(&mut app, KeyCode::Char('/'));
    key(&mut app, KeyCode::Esc);
    assert_eq!(ready(&app).overview.visible.len(), 4);
}

#[test]
fn s_and_shift_s_sort_by_the_focused_column() {
    let mut app = app();
    // Focus "load" (unit, name, kind, off, load).
    for _ in 0..4 {
        key(&mut app, KeyCode::Char('l'));
    }
    key(&mut app, KeyCode::Char('s'));
    let r = ready(&app);
    assert_eq!(r.overview.sort, Some((4, false)));
    let ids: Vec<&str> = r
        .overview
        .visible
        .iter()
        .map(|&i| r.overview.rows[i].cells[0].as_str())
        .collect();
    assert_eq!(ids, ["U3", "U4", "U2", "U1"]);
    key(&mut app, KeyCode::Char('S'));
    assert_eq!(ready(&app).overview.sort, Some((4, true)));
    key(&mut app, KeyCode::Char('h'));
    assert_eq!(ready(&app).overview.focus, 3);
}

#[test]
fn help_opens_and_any_key_closes_it() {
    let mut app = app();
    key(&mut app, KeyCode::Char('?'));
    assert!(app.help);
    key(&mut app, KeyCode::Char('j'));
    assert!(!app.help);
    assert_eq!(
        selected_unit(&app),
        "U1",
        "the closing key does nothing else"
    );
}

#[test]
fn flags_filter_by_rule_severity_and_unit_and_open_what_they_concern() {
    let mut app = app();
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    assert_eq!(ready(&app).flags.table.visible.len(), 19);
    key(&mut app, KeyCode::Char('v'));
    assert_eq!(ready(&app).flags.table.visible.len(), 8, "alarms only");
    key(&mut app, KeyCode::Char('v'));
    assert_eq!(ready(&app).flags.table.visible.len(), 11, "warnings only");
    key(&mut app, KeyCode::Char('v'));
    // Rules cycle units' rules first, in the contract's order.
    key(&mut app, KeyCode::Char('r'));
    let r = ready(&app);
    assert_eq!(r.flags.filter.rule.map(|r| r.name()), Some("load_ratio"));
    assert_eq!(r.flags.table.visible.len(), 1, "U1");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(ready(&app).stack.last(), Some(Drill::Unit(u)) if u.unit == 0));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('r'));
    assert_eq!(
        ready(&app).flags.filter.rule.map(|r| r.name()),
        Some("understaffed_days")
    );
    assert_eq!(ready(&app).flags.table.visible.len(), 3, "U1, U2, U3");
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(ready(&app).flags.filter.unit, Some(0));
    assert_eq!(ready(&app).flags.table.visible.len(), 1);
    let message = &ready(&app).flags.messages[ready(&app).flags.table.selected_index().unwrap()];
    assert!(
        message.starts_with("fewer than 2 on duty on 6 of 14 days"),
        "{message}"
    );
    // Officers' flags open the officer.
    key(&mut app, KeyCode::Char('u'));
    key(&mut app, KeyCode::Char('u'));
    key(&mut app, KeyCode::Char('u'));
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(ready(&app).flags.filter.unit, None);
    // From understaffed_days: five more unit rules, then the first officer rule.
    for _ in 0..6 {
        key(&mut app, KeyCode::Char('r'));
    }
    assert_eq!(
        ready(&app).flags.filter.rule.map(|r| r.name()),
        Some("avg_weekly_hours")
    );
    assert_eq!(ready(&app).flags.table.visible.len(), 2, "P1 and P4");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(ready(&app).stack.last(), Some(Drill::Officer(o)) if o.officer == 0));
}

#[test]
fn mouse_click_selects_then_opens_and_the_wheel_scrolls() {
    let mut app = app();
    let click = |app: &mut App, row: u16| {
        update(
            app,
            Msg::Mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column: 10,
                row,
                modifiers: KeyModifiers::NONE,
            }),
        )
    };
    // Title bar (row 0), table border (1), header (2), first data row (3).
    click(&mut app, 4);
    assert_eq!(selected_unit(&app), "U4");
    click(&mut app, 4);
    assert!(matches!(ready(&app).stack.last(), Some(Drill::Unit(u)) if u.unit == 3));
    key(&mut app, KeyCode::Esc);
    update(
        &mut app,
        Msg::Mouse(MouseEvent {
            kind: MouseEventKind::ScrollDown,
            column: 10,
            row: 5,
            modifiers: KeyModifiers::NONE,
        }),
    );
    assert_eq!(selected_unit(&app), "U2");
}

#[test]
fn clicking_a_tab_switches_screens() {
    let mut app = app();
    update(&mut app, Msg::Resize(160, 48));
    let title = forceplan::tui::layout::chrome(app.area).title;
    let tabs =
        forceplan::tui::app::tab_positions(title, &ready(&app).model.title(), ready(&app).model.tr);
    let (root, x, _) = tabs
        .into_iter()
        .find(|(r, _, _)| *r == Root::Flags)
        .expect("tabs fit at 100 columns");
    update(
        &mut app,
        Msg::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: x,
            row: 0,
            modifiers: KeyModifiers::NONE,
        }),
    );
    assert_eq!(ready(&app).root, root);
}

#[test]
fn a_small_terminal_keeps_the_selection_in_view() {
    let mut app = app();
    update(&mut app, Msg::Resize(80, 6));
    key(&mut app, KeyCode::End);
    let r = ready(&app);
    // 6 rows: title, status, table borders and header leave one row.
    assert_eq!((r.overview.selected, r.overview.offset), (3, 3));
}

#[test]
fn a_refused_bureau_shows_every_problem_and_q_quits() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir("tests/fixtures/small").unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(dir.path().join("units.csv"), "unit_id,name,kind,min_on_duty\nU1,East,station,x\nU2,T,traffic,y\nU3,E,office,1\nU4,O,station,0\n").unwrap();
    let mut app = open(dir.path().to_str().unwrap());
    let Phase::Refused { title, lines, .. } = &app.phase else {
        panic!("refused")
    };
    assert!(title.contains("was refused: 2 problems"), "{title}");
    assert!(
        lines[0].starts_with("units.csv, line 2, column min_on_duty"),
        "{lines:?}"
    );
    // Both problems are on screen: nothing to scroll.
    key(&mut app, KeyCode::Char('j'));
    assert!(matches!(app.phase, Phase::Refused { scroll: 0, .. }));
    key(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
}

#[test]
fn ctrl_c_quits_from_anywhere() {
    let mut app = app();
    key(&mut app, KeyCode::Char('/'));
    update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
    );
    assert!(app.quit);
}

#[test]
fn tab_reaches_compare_and_p_presents() {
    let mut app = app();
    let mut seen = Vec::new();
    for _ in 0..5 {
        key(&mut app, KeyCode::Tab);
        seen.push(ready(&app).root);
    }
    assert_eq!(
        seen,
        [
            Root::Events,
            Root::Flags,
            Root::Scenario,
            Root::Leave,
            Root::Compare
        ]
    );
    assert!(ready(&app).compare.is_some());
    key(&mut app, KeyCode::Char('p'));
    assert!(ready(&app).compare.as_ref().unwrap().presenting);
}

#[test]
fn compare_cycles_figures_and_presentation_steps_through_units_and_scenarios() {
    let mut app = app();
    for _ in 0..5 {
        key(&mut app, KeyCode::Tab);
    }
    let c = ready(&app).compare.as_ref().unwrap();
    assert_eq!(
        c.comparison.columns.len(),
        2,
        "the baseline and the current scenario"
    );
    assert_eq!(c.table.rows[0].cells[2], "1.45");
    key(&mut app, KeyCode::Char('f'));
    let c = ready(&app).compare.as_ref().unwrap();
    assert_eq!(c.figure, forceplan::tui::compare::Figure::WeeklyHours);
    assert_eq!(c.table.rows[0].cells[2], "58.2");
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.context(), forceplan::tui::keys::Context::Present);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(ready(&app).compare.as_ref().unwrap().unit, 2);
    key(&mut app, KeyCode::Up);
    assert_eq!(ready(&app).compare.as_ref().unwrap().unit, 1);
    key(&mut app, KeyCode::Char('e'));
    assert!(ready(&app).compare.as_ref().unwrap().explaining);
    key(&mut app, KeyCode::Char('n'));
    assert!(ready(&app).compare.as_ref().unwrap().names);
    key(&mut app, KeyCode::Char('q'));
    assert!(
        !ready(&app).compare.as_ref().unwrap().presenting,
        "q leaves presentation, not the planner"
    );
    assert!(!app.quit);
    key(&mut app, KeyCode::Char('X'));
    assert!(
        matches!(&app.effects[..], [forceplan::tui::scenario::Effect::Export(s)] if s.name == "scenario 1")
    );
}

#[test]
fn presentation_hides_names_behind_initials() {
    use forceplan::tui::compare::shown_name;
    assert_eq!(shown_name("P0271", "谢莉萍", false), "P0271 (谢.)");
    assert_eq!(shown_name("P0232", "Xu Xiaoming", false), "P0232 (XX.)");
    assert_eq!(shown_name("P0271", "谢莉萍", true), "P0271 谢莉萍");
}

/// The text of the screen as drawn.
fn drawn(app: &App) -> String {
    let (w, h) = (app.area.width, app.area.height);
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| forceplan::tui::view::draw(app, f))
        .unwrap();
    terminal.backend().to_string()
}

#[test]
fn a_refused_bureau_scrolls_to_its_last_line_at_any_width() {
    // Long problems wrap: the list is longer on screen than in lines.
    let problems: Vec<String> = (1..=30)
        .map(|i| {
            format!(
                "roster.csv, line {i}, column hours: \"8\"; expected 0: OFF is a rest code, and a rest day is not paid as a working day #{i:02}-end"
            )
        })
        .collect();
    for (w, h) in [(60, 20), (80, 24), (120, 30), (200, 50)] {
        let mut app = App::new(
            "county".into(),
            PLAIN,
            Rect::new(0, 0, w, h),
            forceplan::i18n::Lang::En,
        );
        update(
            &mut app,
            Msg::Loaded(Box::new(forceplan::tui::app::Outcome::Refused {
                title: "The bureau was refused: 30 problems".into(),
                problems: problems.clone(),
            })),
        );
        key(&mut app, KeyCode::End);
        let screen = drawn(&app);
        assert!(screen.contains("#30-end"), "End at {w}x{h}:\n{screen}");
        key(&mut app, KeyCode::Home);
        for _ in 0..200 {
            key(&mut app, KeyCode::Down);
        }
        let screen = drawn(&app);
        assert!(
            screen.contains("#30-end"),
            "↓ to the end at {w}x{h}:\n{screen}"
        );
        // No further than a full last page: the first problems of that page show too.
        assert!(screen.contains("#29-end"), "{screen}");
        key(&mut app, KeyCode::Home);
        assert!(drawn(&app).contains("line 1, column hours"));
    }
}

/// The small bureau with saved scenarios, at `w` x `h`.
fn with_saved(saved: Vec<Scenario>, (w, h): (u16, u16)) -> App {
    let options = Options {
        source: Source::Folder(PathBuf::from("tests/fixtures/small")),
        from: None,
        to: None,
        rules: None,
        lang: forceplan::i18n::Lang::En,
        theme: PLAIN,
    };
    let mut outcome = load(&options);
    if let forceplan::tui::app::Outcome::Ready(model) = &mut outcome {
        model.shelf.saved = saved;
    }
    let mut app = App::new(
        "small".into(),
        PLAIN,
        Rect::new(0, 0, w, h),
        forceplan::i18n::Lang::En,
    );
    update(&mut app, Msg::Loaded(Box::new(outcome)));
    app
}

fn compare(app: &App) -> &CompareScreen {
    ready(app).compare.as_ref().expect("the Compare screen")
}

fn titles(c: &CompareScreen) -> Vec<String> {
    c.table.columns[2..]
        .iter()
        .map(|col| col.title.to_string())
        .collect()
}

#[test]
fn compare_names_each_column_and_summary_after_its_own_scenario() {
    let mut app = with_saved(common::three_scenarios(2, 3), (120, 30));
    // Open the saved "scenario 2" on the Scenario screen, then compare.
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::Char('o'));
    assert_eq!(ready(&app).scenario.scenario.name, "scenario 2");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    let c = compare(&app);
    // The current scenario and the two other saved ones.
    assert_eq!(
        titles(c),
        ["baseline", "scenario 2", "东区调整", "夜班加强"]
    );
    let names: Vec<&str> = c
        .comparison
        .columns
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["baseline", "scenario 2", "东区调整", "夜班加强"]);
    // The column is as wide as its name on screen: 8 columns for 4 characters.
    assert_eq!(c.table.columns[4].width, 8);
    let screen = drawn(&app);
    assert!(screen.contains("scenario 2: 1 officers moved"), "{screen}");
    assert!(screen.contains("东区调整: 2 officers moved"), "{screen}");
    assert!(screen.contains("夜班加强: 3 officers moved"), "{screen}");
    assert!(!screen.contains("scenario 1"), "{screen}");
    let header = screen
        .lines()
        .find(|l| l.contains("baseline") && l.contains("unit"))
        .expect("the table's header");
    assert!(
        header.contains("scenario 2") && header.contains("东区调整") && header.contains("夜班加强"),
        "{header}"
    );
}

fn to_compare(app: &mut App) {
    for _ in 0..5 {
        key(app, KeyCode::Tab);
    }
    assert_eq!(ready(app).root, Root::Compare);
}

fn checked(c: &CompareScreen) -> Vec<(String, bool)> {
    c.picker
        .as_ref()
        .expect("the list of scenarios")
        .choices
        .iter()
        .map(|x| (x.label.clone(), x.checked))
        .collect()
}

#[test]
fn c_chooses_the_scenarios_to_compare_space_checks_enter_compares_esc_cancels() {
    use forceplan::tui::keys::Context;
    let mut app = with_saved(common::three_scenarios(2, 3), (120, 30));
    to_compare(&mut app);
    // By default: the current scenario and the first two saved ones.
    assert_eq!(
        titles(compare(&app)),
        ["baseline", "scenario 1", "scenario 2", "东区调整"]
    );
    key(&mut app, KeyCode::Char('c'));
    assert_eq!(app.context(), Context::Pick);
    let own = |s: &str, on: bool| (s.to_string(), on);
    assert_eq!(
        checked(compare(&app)),
        [
            own("scenario 1 (current)", true),
            own("scenario 2", true),
            own("东区调整", true),
            own("夜班加强", false)
        ]
    );
    let screen = drawn(&app);
    assert!(screen.contains("Scenarios to compare"), "{screen}");
    assert!(screen.contains("[ ] 夜班加强"), "{screen}");
    // A fourth is refused, with the reason.
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Char(' '));
    let c = compare(&app);
    assert!(!checked(c)[3].1);
    assert!(
        c.picker
            .as_ref()
            .unwrap()
            .note
            .as_deref()
            .unwrap()
            .contains("at most 3")
    );
    // Drop 东区调整, take 夜班加强, compare.
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.context(), Context::Compare);
    assert_eq!(
        titles(compare(&app)),
        ["baseline", "scenario 1", "scenario 2", "夜班加强"]
    );
    let screen = drawn(&app);
    assert!(screen.contains("夜班加强: 3 officers moved"), "{screen}");
    assert!(!screen.contains("东区调整"), "{screen}");
    // Esc leaves the comparison as it was.
    key(&mut app, KeyCode::Char('c'));
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::Compare);
    assert_eq!(
        titles(compare(&app)),
        ["baseline", "scenario 1", "scenario 2", "夜班加强"]
    );
    // Nothing checked: Enter says why and the list stays.
    key(&mut app, KeyCode::Char('c'));
    for _ in 0..4 {
        if compare(&app).picker.as_ref().unwrap().choices
            [compare(&app).picker.as_ref().unwrap().cursor]
            .checked
        {
            key(&mut app, KeyCode::Char(' '));
        }
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.context(), Context::Pick);
    assert!(drawn(&app).contains("check at least one scenario"));
    key(&mut app, KeyCode::Esc);
    // The choice stays when the screen opens again.
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::BackTab);
    assert_eq!(
        titles(compare(&app)),
        ["baseline", "scenario 1", "scenario 2", "夜班加强"]
    );
}

#[test]
fn the_list_of_scenarios_takes_every_key_and_click_while_open() {
    use forceplan::tui::keys::Context;
    let mut app = with_saved(common::three_scenarios(2, 3), (160, 48));
    to_compare(&mut app);
    key(&mut app, KeyCode::Char('c'));
    for code in [
        KeyCode::Tab,
        KeyCode::Char('p'),
        KeyCode::Char('q'),
        KeyCode::Char('f'),
    ] {
        key(&mut app, code);
        assert_eq!(app.context(), Context::Pick, "{code:?}");
        assert_eq!(ready(&app).root, Root::Compare);
    }
    assert!(!app.quit);
    assert_eq!(compare(&app).figure, forceplan::tui::compare::Figure::Load);
    // A click on a tab or on the table behind does nothing.
    let title = forceplan::tui::layout::chrome(app.area).title;
    let tabs =
        forceplan::tui::app::tab_positions(title, &ready(&app).model.title(), ready(&app).model.tr);
    let (_, x, _) = tabs
        .into_iter()
        .find(|(r, _, _)| *r == Root::Flags)
        .unwrap();
    let click = |app: &mut App, column: u16, row: u16| {
        update(
            app,
            Msg::Mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column,
                row,
                modifiers: KeyModifiers::NONE,
            }),
        )
    };
    click(&mut app, x, 0);
    assert_eq!(ready(&app).root, Root::Compare);
    assert_eq!(app.context(), Context::Pick);
    click(&mut app, 10, 10);
    assert_eq!(compare(&app).table.selected, 0);
    assert!(ready(&app).stack.is_empty());
    // The wheel moves in the list.
    update(
        &mut app,
        Msg::Mouse(MouseEvent {
            kind: MouseEventKind::ScrollDown,
            column: 10,
            row: 10,
            modifiers: KeyModifiers::NONE,
        }),
    );
    assert_eq!(compare(&app).picker.as_ref().unwrap().cursor, 3);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.context(), Context::Compare);
    click(&mut app, x, 0);
    assert_eq!(
        ready(&app).root,
        Root::Flags,
        "the list closed, clicks work again"
    );
}

/// The screen as drawn, cell by cell.
fn buffer(app: &App) -> ratatui::buffer::Buffer {
    let (w, h) = (app.area.width, app.area.height);
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| forceplan::tui::view::draw(app, f))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The drawn line that starts (inside the chart's border) with `label`.
fn bar_row<'a>(screen: &'a str, label: &str) -> &'a str {
    // TestBackend quotes each line.
    screen
        .lines()
        .map(|l| l.trim_start_matches('"'))
        .find(|l| l.starts_with(&format!("│{label} ")))
        .unwrap_or_else(|| panic!("no bar for {label}:\n{screen}"))
}

fn count(line: &str, c: char) -> usize {
    line.chars().filter(|&x| x == c).count()
}

fn present(app: &mut App) {
    to_compare(app);
    key(app, KeyCode::Char('p'));
    assert_eq!(app.context(), forceplan::tui::keys::Context::Present);
}

#[test]
fn presentation_draws_every_unit_on_one_scale_with_the_standard_marked() {
    let mut app = with_saved(common::three_scenarios(2, 3), (120, 30));
    present(&mut app);
    let (u1, u2) = {
        let first = drawn(&app);
        key(&mut app, KeyCode::Down);
        (first, drawn(&app))
    };
    // Scenario 1 changes nothing: U1 has a load of 1.45, U2 0.63, and their
    // bars are as long as that on one scale (each filled the width).
    let long = count(bar_row(&u1, "scenario 1"), '█') as f64;
    let short = count(bar_row(&u2, "scenario 1"), '█') as f64;
    assert!(
        (short / long - 0.63 / 1.45).abs() < 0.05,
        "{short} cells for 0.63, {long} for 1.45:\n{u1}\n{u2}"
    );
    // The largest load of all (U1 in scenario 2, 2.14) fills the width.
    let c = compare(&app);
    assert!((c.chart.top - 2.14).abs() < 0.01, "{}", c.chart.top);
    // A load of 1.00 (the standard week) is marked on every bar, at one place.
    // The screen column (Chinese characters take two).
    let at = |line: &str| {
        line.find('┃')
            .map(|i| unicode_width::UnicodeWidthStr::width(&line[..i]))
    };
    for label in ["baseline", "scenario 1", "scenario 2", "东区调整"] {
        assert_eq!(
            at(bar_row(&u1, label)),
            at(bar_row(&u1, "baseline")),
            "{label}:\n{u1}"
        );
        assert!(at(bar_row(&u2, label)).is_some(), "{label}:\n{u2}");
    }
    assert!(u1.contains("the standard week: 1.00"), "{u1}");
    // Weekly hours: the standard week of 40 h.
    key(&mut app, KeyCode::Char('f'));
    assert!(drawn(&app).contains("the standard week: 40.0 h"));
    // Meetings have no threshold of their own: no mark.
    for _ in 0..4 {
        key(&mut app, KeyCode::Char('f'));
    }
    assert_eq!(
        compare(&app).figure,
        forceplan::tui::compare::Figure::Meetings
    );
    let screen = drawn(&app);
    assert_eq!(count(bar_row(&screen, "baseline"), '┃'), 0, "{screen}");
}

#[test]
fn presentation_arrows_step_predictably() {
    let mut app = with_saved(common::three_scenarios(2, 3), (120, 30));
    present(&mut app);
    let at = |app: &App| {
        let c = compare(app);
        (c.column, c.unit)
    };
    assert_eq!(at(&app), (1, 0));
    key(&mut app, KeyCode::Down);
    assert_eq!(at(&app), (1, 1), "↓ the next unit");
    key(&mut app, KeyCode::Right);
    assert_eq!(at(&app), (2, 1), "→ the next scenario, the same unit");
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    assert_eq!(at(&app), (1, 1), "→ after the last scenario: the first");
    key(&mut app, KeyCode::Left);
    assert_eq!(at(&app), (3, 1), "← the previous scenario, the same unit");
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(at(&app), (3, 2), "Space the next unit");
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    assert_eq!(at(&app), (3, 0), "↑ the previous unit");
    assert!(drawn(&app).contains("3 of 3 scenarios"));
    // Units come in the order the table shows them: sorted by the baseline's
    // load, highest first (U1 1.45, U2 0.63, U4 0.50, U3 0.00).
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('l'));
    key(&mut app, KeyCode::Char('l'));
    key(&mut app, KeyCode::Char('S'));
    key(&mut app, KeyCode::Home);
    key(&mut app, KeyCode::Char('p'));
    let mut units = vec![at(&app).1];
    for _ in 0..4 {
        key(&mut app, KeyCode::Char(' '));
        units.push(at(&app).1);
    }
    assert_eq!(units, [0, 1, 3, 2, 0], "U1, U2, U4, U3, then U1 again");
    assert!(drawn(&app).contains("1 of 4 units"));
}

#[test]
fn presentation_counts_the_moves_it_cannot_show() {
    let mut saved = common::three_scenarios(2, 3);
    if let Edit::AddOfficers { count, .. } = &mut saved[1].edits[0] {
        *count = 40;
    }
    let mut app = with_saved(saved, (120, 30));
    present(&mut app);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    let screen = drawn(&app);
    assert!(screen.contains("Moves here: 40"), "{screen}");
    let shown = screen.matches("joins U1").count();
    let more: usize = screen
        .split_whitespace()
        .find(|w| w.starts_with('+'))
        .and_then(|w| w[1..].parse().ok())
        .unwrap_or_else(|| panic!("no \"+N more\":\n{screen}"));
    assert!(
        shown > 0 && shown + more == 40,
        "{shown} shown, {more} more:\n{screen}"
    );
}

#[test]
fn presentation_baseline_reads_on_a_projector_and_without_colour() {
    use ratatui::style::{Color, Modifier};
    for color in [true, false] {
        let mut app = with_saved(common::three_scenarios(2, 3), (120, 30));
        app.theme = Theme {
            color,
            ascii: false,
        };
        present(&mut app);
        let screen = drawn(&app);
        // The baseline's bar has its own pattern, under NO_COLOR too.
        let base = bar_row(&screen, "baseline");
        assert!(count(base, '▒') > 10 && count(base, '█') == 0, "{base}");
        let scenario = bar_row(&screen, "scenario 1");
        assert!(count(scenario, '█') > 10 && count(scenario, '▒') == 0);
        let buf = buffer(&app);
        let cells: Vec<_> = buf.content.iter().filter(|c| c.symbol() == "▒").collect();
        assert!(!cells.is_empty());
        for cell in cells {
            assert!(!cell.modifier.contains(Modifier::DIM));
            if color {
                // White on the projector's black, never dark grey.
                assert_eq!((cell.fg, cell.bg), (Color::White, Color::Black));
            } else {
                assert_eq!(cell.fg, Color::Reset);
            }
        }
    }
}
