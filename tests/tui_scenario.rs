//! The scenario screen through `update`: the form, undo and redo, the
//! suggestion preview, recovery, and the files it asks the runtime to write.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use forceplan::core::scenario::{Edit, Scenario};
use forceplan::tui::app::{App, Msg, Outcome, Phase, Ready, Root, update};
use forceplan::tui::scenario::Effect;
use forceplan::tui::shelf::Shelf;
use forceplan::tui::storage::Reply;
use forceplan::tui::theme::Theme;
use forceplan::tui::{Options, Source, load};
use ratatui::layout::Rect;
use std::path::PathBuf;

/// No colour, box-drawing borders.
const PLAIN: Theme = Theme {
    color: false,
    ascii: false,
};

fn app_with(autosaved: Option<Scenario>) -> App {
    // A draft left by a planner that stopped without quitting.
    let shelf = autosaved
        .map(|s| Shelf {
            crashed: Some(s.name.clone()),
            drafts: vec![s],
            ..Shelf::default()
        })
        .unwrap_or_default();
    app_on(shelf)
}

fn app_on(shelf: Shelf) -> App {
    let options = Options {
        source: Source::Folder(PathBuf::from("tests/fixtures/small")),
        from: None,
        to: None,
        rules: None,
        lang: forceplan::i18n::Lang::En,
        theme: PLAIN,
    };
    let mut outcome = load(&options);
    if let Outcome::Ready(model) = &mut outcome {
        model.shelf = shelf;
    }
    let mut app = App::new(
        "small".into(),
        PLAIN,
        Rect::new(0, 0, 100, 30),
        forceplan::i18n::Lang::En,
    );
    update(&mut app, Msg::Loaded(Box::new(outcome)));
    app
}

fn ready(app: &App) -> &Ready {
    match &app.phase {
        Phase::Ready(r) => r,
        _ => panic!("not loaded"),
    }
}

fn press(app: &mut App, code: KeyCode) {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn to_scenario(app: &mut App) {
    for _ in 0..3 {
        press(app, KeyCode::Tab);
    }
    assert_eq!(ready(app).root, Root::Scenario);
}

fn edits(app: &App) -> &[Edit] {
    &ready(app).scenario.scenario.edits
}

/// Adds "change min on duty" through the form (the fifth kind).
fn set_min_on_duty(app: &mut App, unit: &str, value: &str) {
    press(app, KeyCode::Char('a'));
    for _ in 0..4 {
        press(app, KeyCode::Right);
    }
    typed(app, unit);
    press(app, KeyCode::Tab);
    typed(app, value);
    press(app, KeyCode::Enter);
    assert!(
        ready(app).scenario.form.is_none(),
        "{:?}",
        ready(app).scenario.form
    );
}

/// Changes kept on disk: each change writes the scenario's draft, or drops
/// it when nothing is left unsaved (an empty new scenario).
fn autosaves(app: &mut App) -> usize {
    std::mem::take(&mut app.effects)
        .iter()
        .filter(|e| matches!(e, Effect::Autosave(_) | Effect::DiscardDraft(_)))
        .count()
}

#[test]
fn the_form_adds_only_edits_that_apply_and_each_change_is_autosaved() {
    let mut app = app_with(None);
    to_scenario(&mut app);
    press(&mut app, KeyCode::Char('a'));
    typed(&mut app, "P9");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "U2");
    press(&mut app, KeyCode::Enter);
    let form = ready(&app)
        .scenario
        .form
        .as_ref()
        .expect("the form stays open");
    assert_eq!(form.error.as_deref(), Some("no officer P9"));
    assert!(edits(&app).is_empty());
    assert_eq!(autosaves(&mut app), 0);
    // Fix the officer (Shift-Tab back to the first field) and add.
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::Backspace);
    typed(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    assert!(ready(&app).scenario.form.is_none());
    assert_eq!(edits(&app).len(), 1);
    assert_eq!(autosaves(&mut app), 1);
    // U1 keeps its work but P2's own training (6 h), now over two officers.
    let u1 = &ready(&app).scenario.after.report().units[0];
    assert!((u1.figures.load_ratio - 343.0 / 160.0).abs() < 1e-9);
    // The table shows U1 before > after.
    let row = &ready(&app).scenario.table.rows[0];
    assert_eq!(
        (row.cells[2].as_str(), row.cells[3].as_str()),
        ("3>2", "1.45>2.14")
    );
}

#[test]
fn undo_redo_and_delete_are_changes_too() {
    let mut app = app_with(None);
    to_scenario(&mut app);
    for (officer, unit) in [("P2", "U2"), ("P4", "U4")] {
        press(&mut app, KeyCode::Char('a'));
        typed(&mut app, officer);
        press(&mut app, KeyCode::Tab);
        typed(&mut app, unit);
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(edits(&app).len(), 2);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(edits(&app).len(), 1);
    press(&mut app, KeyCode::Char('u'));
    assert!(edits(&app).is_empty());
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        ready(&app).scenario.message.as_deref(),
        Some("nothing to undo")
    );
    update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL)),
    );
    update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL)),
    );
    assert_eq!(edits(&app).len(), 2);
    // The list of edits: select the first and delete it.
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Char('d'));
    assert_eq!(edits(&app).len(), 1);
    assert!(matches!(&edits(&app)[0], Edit::MoveOfficer { officer, .. } if officer == "P4"));
    assert_eq!(autosaves(&mut app), 7, "2 adds, 2 undos, 2 redos, 1 delete");
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(edits(&app).len(), 2);
}

#[test]
fn a_suggestion_is_previewed_and_only_accepted_moves_are_added() {
    let mut app = app_with(None);
    to_scenario(&mut app);
    // As loaded, no unit can spare an officer (U2's floor is above its two
    // officers); with U2's minimum at 0 it can.
    set_min_on_duty(&mut app, "U2", "0");
    press(&mut app, KeyCode::Char('g'));
    let n = ready(&app)
        .scenario
        .preview
        .as_ref()
        .expect("preview")
        .suggestion
        .edits
        .len();
    assert!(n >= 1, "U1 can be relieved");
    press(&mut app, KeyCode::Char('n'));
    assert!(!ready(&app).scenario.preview.as_ref().unwrap().accepted[0]);
    press(&mut app, KeyCode::Enter);
    assert_eq!(edits(&app).len(), 1 + n - 1);
    assert!(ready(&app).scenario.preview.is_none());
    // Esc leaves a preview without adding anything.
    let before = edits(&app).len();
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Esc);
    assert_eq!(edits(&app).len(), before);
}

#[test]
fn save_asks_for_a_file_and_new_and_open_switch_scenarios() {
    let mut app = app_with(None);
    to_scenario(&mut app);
    set_min_on_duty(&mut app, "U1", "1");
    assert!(matches!(&edits(&app)[0], Edit::SetMinOnDuty { unit, min_on_duty: 1 } if unit == "U1"));
    app.effects.clear();
    press(&mut app, KeyCode::Char('w'));
    assert!(matches!(
        &app.effects[..],
        [Effect::Save { scenario, overwrite: false }] if scenario.name == "scenario 1" && scenario.edits.len() == 1
    ));
    // `n` asks for a name, with a default no scenario has.
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(
        ready(&app).scenario.naming.as_ref().unwrap().text,
        "scenario 2"
    );
    press(&mut app, KeyCode::Enter);
    assert_eq!(ready(&app).scenario.scenario.name, "scenario 2");
    assert!(edits(&app).is_empty());
    press(&mut app, KeyCode::Char('o'));
    assert_eq!(ready(&app).scenario.scenario.name, "scenario 1");
    assert_eq!(edits(&app).len(), 1);
}

#[test]
fn n_then_an_edit_keeps_the_first_scenarios_work_as_its_own_draft() {
    let mut app = app_with(None);
    to_scenario(&mut app);
    set_min_on_duty(&mut app, "U1", "1");
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Enter);
    app.effects.clear();
    set_min_on_duty(&mut app, "U2", "1");
    // The second scenario's draft is its own; the first's is not touched.
    assert!(app.effects.iter().all(|e| match e {
        Effect::Autosave(s) => s.name == "scenario 2",
        Effect::DiscardDraft(name) => name != "scenario 1",
        _ => true,
    }));
    assert!(
        app.effects
            .contains(&Effect::Autosave(ready(&app).scenario.scenario.clone()))
    );
    let shelf = &ready(&app).scenario.shelf;
    assert_eq!(shelf.drafts.len(), 1);
    assert_eq!(shelf.drafts[0].name, "scenario 1");
    assert_eq!(shelf.drafts[0].edits.len(), 1);
}

#[test]
fn a_new_scenario_at_start_never_takes_a_saved_ones_name() {
    let mut saved = Scenario::new("scenario 1");
    for _ in 0..7 {
        saved.edits.push(Edit::MergeInspections { unit: None });
    }
    let mut app = app_on(Shelf {
        saved: vec![saved.clone()],
        ..Shelf::default()
    });
    to_scenario(&mut app);
    assert_eq!(ready(&app).scenario.scenario.name, "scenario 2");
    press(&mut app, KeyCode::Char('w'));
    assert!(app.effects.iter().all(|e| match e {
        Effect::Save { scenario, .. } => scenario.name == "scenario 2",
        _ => true,
    }));
    // Naming a new one as the saved one is refused in the prompt.
    press(&mut app, KeyCode::Char('n'));
    for _ in 0.."scenario 3".len() {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "scenario 1");
    press(&mut app, KeyCode::Enter);
    let naming = ready(&app).scenario.naming.as_ref().expect("still asking");
    assert!(naming.error.as_ref().unwrap().contains("exists"));
}

#[test]
fn a_save_over_a_changed_file_asks_first_and_rename_and_save_as_name_it() {
    let mut app = app_with(None);
    to_scenario(&mut app);
    set_min_on_duty(&mut app, "U1", "1");
    let scenario = ready(&app).scenario.scenario.clone();
    update(
        &mut app,
        Msg::Stored(Reply::Conflict {
            scenario: scenario.clone(),
            why: "scenario_1.toml was changed on disk since this planner read it".into(),
        }),
    );
    assert_eq!(app.context(), forceplan::tui::keys::Context::Confirm);
    app.effects.clear();
    press(&mut app, KeyCode::Char('n'));
    assert!(app.effects.is_empty(), "no means no write");
    update(
        &mut app,
        Msg::Stored(Reply::Conflict {
            scenario: scenario.clone(),
            why: "changed".into(),
        }),
    );
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(
        app.effects,
        [Effect::Save {
            scenario: scenario.clone(),
            overwrite: true
        }]
    );
    // Saved: the header says so.
    update(
        &mut app,
        Msg::Stored(Reply::Saved {
            scenario,
            message: "saved".into(),
        }),
    );
    assert_eq!(
        ready(&app).scenario.state(),
        forceplan::tui::shelf::State::Saved
    );
    // Rename: the saved file goes with it.
    app.effects.clear();
    press(&mut app, KeyCode::Char('R'));
    for _ in 0.."scenario 1".len() {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "十月方案");
    press(&mut app, KeyCode::Enter);
    assert_eq!(ready(&app).scenario.scenario.name, "十月方案");
    assert!(app.effects.iter().any(
        |e| matches!(e, Effect::Rename { from, scenario } if from == "scenario 1" && scenario.name == "十月方案")
    ));
    // Save as: a new name, saved; undo keeps the name.
    app.effects.clear();
    press(&mut app, KeyCode::Char('W'));
    typed(&mut app, " b");
    press(&mut app, KeyCode::Enter);
    assert!(app.effects.iter().any(
        |e| matches!(e, Effect::Save { scenario, overwrite: false } if scenario.name == "十月方案 b")
    ));
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(ready(&app).scenario.scenario.name, "十月方案 b");
}

#[test]
fn x_exports_from_the_scenario_screen_and_messages_end_with_the_screen() {
    let mut app = app_with(None);
    to_scenario(&mut app);
    press(&mut app, KeyCode::Char('X'));
    assert!(matches!(&app.effects[..], [Effect::Export(_)]));
    assert!(ready(&app).scenario.message.is_some());
    press(&mut app, KeyCode::Tab);
    assert!(ready(&app).scenario.message.is_none());
}

#[test]
fn g_on_the_scenario_screen_suggests_and_home_goes_to_the_first_row() {
    let mut app = app_with(None);
    to_scenario(&mut app);
    press(&mut app, KeyCode::Char('g'));
    assert!(ready(&app).scenario.preview.is_some());
}

#[test]
fn a_click_on_a_tab_does_not_get_past_the_recovery_prompt() {
    let mut found = Scenario::new("left over");
    found.edits.push(Edit::RemoveOfficer {
        officer: "P1".into(),
        from: None,
    });
    let mut app = app_with(Some(found));
    update(&mut app, Msg::Resize(200, 50));
    assert_eq!(ready(&app).root, Root::Scenario);
    let title = forceplan::tui::layout::chrome(app.area).title;
    let tabs =
        forceplan::tui::app::tab_positions(title, &ready(&app).model.title(), ready(&app).model.tr);
    let (_, x, _) = tabs.iter().find(|(r, _, _)| *r == Root::Overview).unwrap();
    update(
        &mut app,
        Msg::Mouse(crossterm::event::MouseEvent {
            kind: crossterm::event::MouseEventKind::Down(crossterm::event::MouseButton::Left),
            column: *x,
            row: title.y,
            modifiers: KeyModifiers::NONE,
        }),
    );
    assert_eq!(
        ready(&app).root,
        Root::Scenario,
        "the prompt takes the click"
    );
    assert!(ready(&app).scenario.recovery.is_some());
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(ready(&app).scenario.scenario.name, "left over");
}

#[test]
fn a_draft_left_by_a_crash_is_offered_at_start_and_can_be_recovered_or_kept() {
    let mut found = Scenario::new("left over");
    found.edits.push(Edit::RemoveOfficer {
        officer: "P1".into(),
        from: None,
    });
    let mut app = app_with(Some(found.clone()));
    assert_eq!(ready(&app).root, Root::Scenario, "the offer comes first");
    assert!(ready(&app).scenario.recovery.is_some());
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(ready(&app).scenario.scenario, found);
    assert_eq!(ready(&app).scenario.after.moves.len(), 1);

    // Not now: nothing is deleted; it stays a draft that `o` opens.
    let mut app = app_with(Some(found.clone()));
    press(&mut app, KeyCode::Char('n'));
    assert!(ready(&app).scenario.scenario.edits.is_empty());
    assert!(app.effects.is_empty());
    press(&mut app, KeyCode::Char('o'));
    assert_eq!(ready(&app).scenario.scenario, found);
    // Drafts left by a planner that quit are not offered.
    let app = app_on(Shelf {
        drafts: vec![found],
        ..Shelf::default()
    });
    assert_eq!(ready(&app).root, Root::Overview);
    assert!(ready(&app).scenario.recovery.is_none());
}

#[test]
fn m_on_a_units_officer_starts_a_move_of_that_officer() {
    let mut app = app_with(None);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('m'));
    let r = ready(&app);
    assert_eq!(r.root, Root::Scenario);
    let form = r.scenario.form.as_ref().unwrap();
    assert_eq!(form.fields[0].value, "P2");
    assert_eq!(form.focus, 1, "straight to the receiving unit");
}

#[test]
fn p_pins_an_officer_undoably_and_suggestions_leave_them() {
    let mut app = app_with(None);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(ready(&app).scenario.scenario.pinned, ["P2"]);
    assert_eq!(autosaves(&mut app), 1);
    press(&mut app, KeyCode::Char('p'));
    assert!(ready(&app).scenario.scenario.pinned.is_empty());
    press(&mut app, KeyCode::Char('p'));
    press(&mut app, KeyCode::Esc);
    to_scenario(&mut app);
    press(&mut app, KeyCode::Char('u'));
    assert!(
        ready(&app).scenario.scenario.pinned.is_empty(),
        "pinning is undone like any change"
    );
}

fn to_leave(app: &mut App) {
    for _ in 0..4 {
        press(app, KeyCode::Tab);
    }
    assert_eq!(ready(app).root, Root::Leave);
}

#[test]
fn leave_is_planned_as_an_edit_and_adjusted_by_hand_within_the_floors() {
    let mut app = app_with(None);
    to_leave(&mut app);
    assert!(ready(&app).scenario.leave.is_none());
    // r opens the form on the roster's last quarter (here: the whole 14 days).
    press(&mut app, KeyCode::Char('r'));
    let form = ready(&app).scenario.form.as_ref().unwrap();
    assert_eq!(
        (form.fields[0].value.as_str(), form.fields[1].value.as_str()),
        ("2025-01-01", "2025-01-14")
    );
    press(&mut app, KeyCode::Enter);
    assert!(matches!(edits(&app).last(), Some(Edit::PlanLeave { .. })));
    assert_eq!(autosaves(&mut app), 1);
    let view = ready(&app).scenario.leave.as_ref().expect("a plan");
    let plan = &view.leave.plan;
    assert!(plan.days_granted() <= plan.days_bound());
    let owed: Vec<&str> = view
        .table
        .rows
        .iter()
        .map(|r| r.cells[0].as_str())
        .collect();
    assert!(owed.contains(&"P1") && owed.contains(&"P3"), "{owed:?}");
    // x: no leave for the selected officer, as an edit; u: back.
    let before = plan.days_granted();
    let selected = view.table.selected_row().unwrap().cells[0].clone();
    let given: u32 = view.table.selected_row().unwrap().cells[4].parse().unwrap();
    press(&mut app, KeyCode::Char('x'));
    assert!(
        matches!(edits(&app).last(), Some(Edit::LeaveBlock { officer, days: 0, .. }) if *officer == selected)
    );
    // x again: nothing left to remove, so no edit that does nothing.
    let n = edits(&app).len();
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(edits(&app).len(), n);
    assert!(
        ready(&app)
            .scenario
            .message
            .as_deref()
            .unwrap()
            .contains("has no leave to change")
    );
    assert_eq!(
        ready(&app)
            .scenario
            .leave
            .as_ref()
            .unwrap()
            .leave
            .plan
            .days_granted(),
        before - given
    );
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        ready(&app)
            .scenario
            .leave
            .as_ref()
            .unwrap()
            .leave
            .plan
            .days_granted(),
        before
    );
    // Longer than owed: refused, and said why.
    let n = edits(&app).len();
    press(&mut app, KeyCode::Char('+'));
    assert_eq!(edits(&app).len(), n);
    assert!(
        ready(&app)
            .scenario
            .message
            .as_deref()
            .unwrap()
            .starts_with("not changed:")
    );
    // The refused edit was tried on the screen's engine; what the screen
    // shows is still the outcome of the scenario as it is.
    let r = ready(&app);
    let fresh =
        forceplan::core::scenario::outcome::outcome(&r.model.baseline, &r.scenario.scenario);
    assert_eq!(
        serde_json::to_value(&r.scenario.after.checked.report).unwrap(),
        serde_json::to_value(&fresh.checked.report).unwrap()
    );
}

/// "alarms X > Y" in the scenario screen's header, drawn.
fn header_alarms(app: &App) -> (usize, usize) {
    let area = app.area;
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(area.width, area.height))
            .unwrap();
    terminal
        .draw(|f| forceplan::tui::view::draw(app, f))
        .unwrap();
    let buffer = terminal.backend().buffer().clone();
    let text: String = (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
                + "\n"
        })
        .collect();
    text.match_indices("alarms ")
        .find_map(|(at, _)| {
            let mut words = text[at + 7..].split_whitespace();
            let before = words.next()?.parse().ok()?;
            (words.next()? == ">").then_some(())?;
            Some((before, words.next()?.parse().ok()?))
        })
        .expect("the scenario header counts alarms before > after")
}

#[test]
fn the_headers_alarms_are_checks_of_the_bureau_and_of_the_proposed_bureau() {
    use forceplan::core::check::{check, choose_period};
    let mut app = app_with(None);
    to_scenario(&mut app);
    // Move P2 to U2, and a minimum of 1 at U2.
    press(&mut app, KeyCode::Char('a'));
    typed(&mut app, "P2");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "U2");
    press(&mut app, KeyCode::Enter);
    set_min_on_duty(&mut app, "U2", "1");
    let (before, after) = header_alarms(&app);
    // Before: check of the bureau as loaded.
    let loaded =
        forceplan::load::load_bureau(std::path::Path::new("tests/fixtures/small"), None).unwrap();
    let period = choose_period(&loaded.bureau, None, None).unwrap();
    assert_eq!(
        before,
        check(&loaded.bureau, period, &loaded.rules).tally().alarms
    );
    // After: check of the proposed bureau, written out and loaded again.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("proposed");
    let proposed = ready(&app).scenario.after.bureau();
    forceplan::store::write_bureau(&out, proposed, false, &[]).unwrap();
    let reloaded = forceplan::load::load_bureau(&out, None).unwrap();
    assert_eq!(
        after,
        check(&reloaded.bureau, period, &loaded.rules)
            .tally()
            .alarms
    );
    assert_ne!(before, after, "the edits change something");
}

#[test]
fn drill_down_shows_the_bureau_of_the_screen_it_was_opened_from() {
    use forceplan::tui::app::Drill;
    let mut app = app_with(None);
    to_scenario(&mut app);
    press(&mut app, KeyCode::Char('a'));
    typed(&mut app, "P2");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "U2");
    press(&mut app, KeyCode::Enter);
    // U1 from the Scenario screen: without P2, and said to be projected.
    press(&mut app, KeyCode::Enter);
    let Some(Drill::Unit(u)) = ready(&app).stack.last() else {
        panic!("a unit")
    };
    assert_eq!(u.shown.projected.as_ref().unwrap().scenario, "scenario 1");
    assert_eq!(u.table.rows.len(), 2);
    assert!(u.table.rows.iter().all(|r| r.cells[0] != "P2"));
    // The same unit from the Overview: as it is, with P2.
    press(&mut app, KeyCode::Esc);
    for _ in 0..3 {
        press(&mut app, KeyCode::BackTab);
    }
    press(&mut app, KeyCode::Enter);
    let Some(Drill::Unit(u)) = ready(&app).stack.last() else {
        panic!("a unit")
    };
    assert!(u.shown.projected.is_none());
    assert_eq!(u.unit, 0);
    assert!(u.table.rows.iter().any(|r| r.cells[0] == "P2"));
}
