//! The scenario screen through `update`: the form, undo and redo, the
//! suggestion preview, recovery, and the files it asks the runtime to write.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use forceplan::core::scenario::{Edit, Scenario};
use forceplan::tui::app::{App, Msg, Outcome, Phase, Ready, Root, update};
use forceplan::tui::scenario::Effect;
use forceplan::tui::theme::Theme;
use forceplan::tui::{Options, Source, load};
use ratatui::layout::Rect;
use std::path::PathBuf;

fn app_with(autosaved: Option<Scenario>) -> App {
    let options = Options {
        source: Source::Folder(PathBuf::from("tests/fixtures/small")),
        from: None,
        to: None,
        rules: None,
    };
    let mut outcome = load(&options);
    if let Outcome::Ready(model) = &mut outcome {
        model.autosaved = autosaved;
    }
    let mut app = App::new(
        "small".into(),
        Theme { color: false },
        Rect::new(0, 0, 100, 30),
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

fn autosaves(app: &mut App) -> usize {
    std::mem::take(&mut app.effects)
        .iter()
        .filter(|e| matches!(e, Effect::Autosave(_)))
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
    assert!(
        matches!(&app.effects[..], [Effect::Save(s)] if s.name == "scenario 1" && s.edits.len() == 1)
    );
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(ready(&app).scenario.scenario.name, "scenario 2");
    assert!(edits(&app).is_empty());
    press(&mut app, KeyCode::Char('o'));
    assert_eq!(ready(&app).scenario.scenario.name, "scenario 1");
    assert_eq!(edits(&app).len(), 1);
}

#[test]
fn an_autosave_is_offered_at_start_and_can_be_recovered_or_discarded() {
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

    let mut app = app_with(Some(found));
    press(&mut app, KeyCode::Char('n'));
    assert!(ready(&app).scenario.scenario.edits.is_empty());
    assert_eq!(app.effects, [Effect::DiscardAutosave]);
    // An empty autosave is not offered.
    let app = app_with(Some(Scenario::new("empty")));
    assert_eq!(ready(&app).root, Root::Overview);
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
