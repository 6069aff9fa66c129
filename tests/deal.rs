//! The proposed roster worked out by hand (docs/model.md, "The proposed
//! roster"): a unit's work stays with it and is dealt, from the day its
//! staff changes, among the officers serving there.
//!
//! The bureau: Mon 3 to Sun 9 March 2025 (7 days, no holidays).
//! - A (min 2): a1, a2, a3 on a three-day rota of DAY 8 h, NIGHT 12 h, OFF:
//!   a1 D N O D N O D, a2 N O D N O D N, a3 O D N O D N O.
//! - B (min 1): b1 DAY 8 h Monday to Friday, OFF at the weekend.

use chrono::NaiveDate;
use forceplan::core::check::{Checked, check};
use forceplan::core::model::{
    Bureau, Compensation, Officer, OfficerIdx, Overtime, OvertimeBook, Role, Roster, RosterEntry,
    Shift, Unit, UnitKind,
};
use forceplan::core::period::Period;
use forceplan::core::rules::Rules;
use forceplan::core::scenario::outcome::{Baseline, Outcome, outcome};
use forceplan::core::scenario::{Edit, Scenario};
use std::sync::Arc;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

const START: &str = "2025-03-03";

fn day(i: usize) -> NaiveDate {
    d(START) + chrono::Days::new(i as u64)
}

fn unit(id: &str, min: u32) -> Unit {
    Unit {
        id: id.into(),
        name: id.into(),
        kind: UnitKind::Station,
        min_on_duty: min,
    }
}

fn officer(id: &str, unit: u32) -> Officer {
    Officer {
        id: id.into(),
        name: id.into(),
        unit,
        role: Role::Patrol,
        service_start: d("2010-01-01"),
        home_district: String::new(),
    }
}

/// Rows from a string of shift letters (D 8 h, N 12 h, X DUTY24, L leave,
/// O off), one letter a day.
fn rows(o: OfficerIdx, pattern: &str) -> Vec<(OfficerIdx, RosterEntry)> {
    pattern
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let (shift, hours) = match c {
                'D' => (Shift::Day, 8.0),
                'N' => (Shift::Night, 12.0),
                'X' => (Shift::Duty24, 24.0),
                'L' => (Shift::Leave, 0.0),
                _ => (Shift::Off, 0.0),
            };
            (
                o,
                RosterEntry {
                    date: day(i),
                    shift,
                    hours,
                },
            )
        })
        .collect()
}

/// A bureau of units and officers with a roster pattern each.
fn bureau(units: Vec<Unit>, officers: Vec<(Officer, &str)>) -> Bureau {
    let n = officers.len();
    let roster = officers
        .iter()
        .enumerate()
        .flat_map(|(o, (_, p))| rows(o as OfficerIdx, p))
        .collect();
    Bureau {
        units,
        officers: Arc::new(officers.into_iter().map(|(o, _)| o).collect()),
        roster: Roster::from_rows(n, roster),
        ..Bureau::default()
    }
}

fn rota() -> Bureau {
    bureau(
        vec![unit("A", 2), unit("B", 1)],
        vec![
            (officer("a1", 0), "DNODNOD"),
            (officer("a2", 0), "NODNODN"),
            (officer("a3", 0), "ODNODNO"),
            (officer("b1", 1), "DDDDDOO"),
        ],
    )
}

fn run(b: &Bureau, edits: Vec<Edit>) -> (Outcome, Outcome) {
    let period = Period::new(d(START), day(6)).unwrap();
    let base = Baseline::new(Arc::new(b.clone()), period, &Rules::default());
    let mut s = Scenario::new("test");
    s.edits = edits;
    (
        outcome(&base, &Scenario::new("baseline")),
        outcome(&base, &s),
    )
}

/// An officer's shifts as letters, one a day.
fn pattern(o: &Outcome, id: &str) -> String {
    let b = o.bureau();
    let i = b.officer_index(id).unwrap();
    (0..7)
        .map(|k| {
            match b
                .roster
                .of(i)
                .iter()
                .find(|e| e.date == day(k))
                .map(|e| e.shift)
            {
                Some(Shift::Day) => 'D',
                Some(Shift::Night) => 'N',
                Some(Shift::Duty24) => 'X',
                Some(Shift::Leave) => 'L',
                Some(Shift::Off) => 'O',
                Some(_) => '?',
                None => '-',
            }
        })
        .collect()
}

fn unit_figures<'a>(o: &'a Outcome, id: &str) -> &'a forceplan::core::figures::UnitFigures {
    &o.report()
        .units
        .iter()
        .find(|u| u.unit_id == id)
        .unwrap()
        .figures
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

fn move_a3_to_b_from_thursday() -> Vec<Edit> {
    vec![Edit::MoveOfficer {
        officer: "a3".into(),
        to: "B".into(),
        from: Some(day(3)),
        reason: String::new(),
    }]
}

#[test]
fn the_work_stays_and_is_dealt_among_those_left() {
    let (before, after) = run(&rota(), move_a3_to_b_from_thursday());
    // A from Thursday: a night (12 h) and a day (8 h) every day, for a1 and
    // a2. Each night goes to whoever is furthest behind their share of
    // hours and of nights (a tie to the first), the day to the other:
    // Thu a1 N (tie), Fri a2 N (a1 is 12 h and a night ahead), Sat a1 N
    // (tie again), Sun a2 N.
    assert_eq!(pattern(&after, "a1"), "DNONDND");
    assert_eq!(pattern(&after, "a2"), "NODDNDN");
    // a3 keeps Monday to Wednesday at A, then serves at B: B's Thursday and
    // Friday days go to a3 (a tie, first in order) and b1 (behind by 8 h).
    assert_eq!(pattern(&after, "a3"), "ODNDOOO");
    assert_eq!(pattern(&after, "b1"), "DDDODOO");
    // A's work is the same 140 h, over 7 + 7 + 3 officer-days.
    let a = unit_figures(&after, "A");
    assert_eq!(a.officer_days, 17);
    close(a.worked_hours, 140.0);
    close(a.load_ratio, 140.0 / (17.0 * 40.0 / 7.0));
    assert_eq!(a.understaffed_days, 0);
    close(unit_figures(&before, "A").load_ratio, 140.0 / 120.0);
    // B: the same 40 h over b1's 7 and a3's 4 days; still short at the weekend.
    let b = unit_figures(&after, "B");
    assert_eq!(b.officer_days, 11);
    close(b.worked_hours, 40.0);
    assert_eq!(b.understaffed_days, 2);
    // The move is an assignment from Thursday in the proposed bureau.
    let pb = after.bureau();
    assert_eq!(pb.assignments.len(), 1);
    assert_eq!(pb.assignments[0].from, day(3));
    assert_eq!(after.notes[0].dealt_from, Some(day(3)));
    assert_eq!(after.notes[1].dealt_from, Some(day(3)));
}

#[test]
fn an_officers_own_days_go_with_them() {
    // a3 is on annual leave on Friday: it stays a3's, at B; B's Friday day
    // goes to b1.
    let mut b = rota();
    b.roster = Roster::from_rows(
        4,
        [
            rows(0, "DNODNOD"),
            rows(1, "NODNODN"),
            rows(2, "ODNOLNO"),
            rows(3, "DDDDDOO"),
        ]
        .concat(),
    );
    let (_, after) = run(&b, move_a3_to_b_from_thursday());
    assert_eq!(pattern(&after, "a3"), "ODNDLOO");
    assert_eq!(pattern(&after, "b1"), "DDDODOO");
    // A's work is what was done there: a3's Friday was leave, so A has one
    // shift that day (a1's night), 8 h less than the rota's 140 h.
    close(unit_figures(&after, "A").worked_hours, 132.0);
}

#[test]
fn shifts_nobody_is_free_for_are_worked_as_overtime_up_to_24_hours() {
    // C (min 2): c1 and c2 each on DAY 8 h every day. c2 leaves from Tuesday:
    // c1 takes one day shift and the other as 8 h of owed overtime; C is one
    // short of its minimum on the six days.
    let b = bureau(
        vec![unit("C", 2)],
        vec![(officer("c1", 0), "DDDDDDD"), (officer("c2", 0), "DDDDDDD")],
    );
    let (_, after) = run(
        &b,
        vec![Edit::RemoveOfficer {
            officer: "c2".into(),
            from: Some(day(1)),
        }],
    );
    let pb = after.bureau();
    let c1 = pb.officer_index("c1").unwrap();
    let ot: Vec<&Overtime> = pb.overtime.of(c1).iter().collect();
    assert_eq!(ot.len(), 6);
    assert!(ot.iter().all(|e| e.hours == 8.0
        && e.compensated == Compensation::Owed
        && &*e.reason == "covers an unfilled DAY shift"));
    // c2's rows end on Monday: they no longer serve.
    assert_eq!(pattern(&after, "c2"), "D------");
    let c = unit_figures(&after, "C");
    close(c.worked_hours, 14.0 * 8.0);
    assert_eq!(c.understaffed_days, 6);
    assert_eq!(after.notes[0].uncovered_hours, 0.0);
    close(after.notes[0].covered_as_overtime, 48.0);
}

#[test]
fn what_does_not_fit_in_24_hours_is_uncovered() {
    // E: e1 on 24-hour duties, e2 on days; e2 leaves from Tuesday. e1 keeps
    // the 24-hour duty (it goes out first) and has no room for the day: 8 h
    // a day uncovered.
    let b = bureau(
        vec![unit("E", 1)],
        vec![(officer("e1", 0), "XXXXXXX"), (officer("e2", 0), "DDDDDDD")],
    );
    let (_, after) = run(
        &b,
        vec![Edit::RemoveOfficer {
            officer: "e2".into(),
            from: Some(day(1)),
        }],
    );
    assert_eq!(pattern(&after, "e1"), "XXXXXXX");
    close(after.notes[0].uncovered_hours, 6.0 * 8.0);
    close(unit_figures(&after, "E").worked_hours, 7.0 * 24.0 + 8.0);
}

#[test]
fn nobody_works_the_day_after_a_24_hour_duty_while_someone_else_can() {
    // F: one 24-hour duty a day, worked by f1 every day (against every
    // rule). A recruit from Monday makes the unit's staff change: the duties
    // are dealt among f1, f2, f3 and the recruit in turn.
    let b = bureau(
        vec![unit("F", 1)],
        vec![
            (officer("f1", 0), "XXXXXXX"),
            (officer("f2", 0), "OOOOOOO"),
            (officer("f3", 0), "OOOOOOO"),
        ],
    );
    let (_, after) = run(
        &b,
        vec![Edit::AddOfficers {
            unit: "F".into(),
            role: Role::Patrol,
            count: 1,
            from: None,
        }],
    );
    // Monday a four-way tie (f1, first); Tuesday f1 rests and f2 is first of
    // the rest; Wednesday f3; Thursday the recruit; then round again.
    assert_eq!(pattern(&after, "f1"), "XOOOXOO");
    assert_eq!(pattern(&after, "f2"), "OXOOOXO");
    assert_eq!(pattern(&after, "f3"), "OOXOOOX");
    assert_eq!(pattern(&after, "NEW001"), "OOOXOOO");
    let report = after.report();
    assert!(
        report
            .officers
            .iter()
            .all(|o| o.figures.longest_work_streak <= 1)
    );
}

#[test]
fn freed_hours_come_off_the_days_overtime_first_then_its_longest_shifts() {
    // G: g1 DAY 8 h with 3 h of overtime on Monday, g2 NIGHT 12 h. Two
    // bodies inspect G on Monday (2 h and 6 h): merged, the joint visit is as
    // long as the longest, freeing 2 h; a third visit on Tuesday... none.
    let mut b = bureau(
        vec![unit("G", 0)],
        vec![(officer("g1", 0), "DOOOOOO"), (officer("g2", 0), "NOOOOOO")],
    );
    b.overtime = OvertimeBook::from_rows(
        2,
        vec![(
            0,
            Overtime {
                date: day(0),
                hours: 3.0,
                compensated: Compensation::Owed,
                reason: "case".into(),
            },
        )],
    );
    let visit = |body: &str, hours: f64, i: usize| forceplan::core::model::Inspection {
        unit: 0,
        date: day(i),
        inspecting_body: body.into(),
        hours,
        topic: "".into(),
    };
    b.inspections = Arc::new(vec![visit("County", 2.0, 0), visit("City", 6.0, 1)]);
    let (before, after) = run(&b, vec![Edit::MergeInspections { unit: None }]);
    // The City visit of Tuesday no longer takes place: its 2 h come off
    // Tuesday... where G has no work, so nothing is freed there.
    close(after.notes[0].freed_hours, 0.0);
    close(unit_figures(&after, "G").worked_hours, 23.0);
    // On Monday instead (both visits the same day), 2 h come off g1's 3 h of overtime.
    b.inspections = Arc::new(vec![visit("County", 2.0, 0), visit("City", 6.0, 0)]);
    let (_, after) = run(&b, vec![Edit::MergeInspections { unit: None }]);
    close(after.notes[0].freed_hours, 2.0);
    let pb = after.bureau();
    assert_eq!(pb.overtime.of(0)[0].hours, 1.0);
    assert_eq!(pattern(&after, "g1"), "DOOOOOO");
    close(unit_figures(&after, "G").worked_hours, 21.0);
    close(unit_figures(&before, "G").worked_hours, 23.0);
    // Three hours more than the overtime: the rest comes off the night (the longest).
    b.inspections = Arc::new(vec![visit("County", 5.0, 0), visit("City", 6.0, 0)]);
    let (_, after) = run(&b, vec![Edit::MergeInspections { unit: None }]);
    close(after.notes[0].freed_hours, 5.0);
    let pb = after.bureau();
    assert!(pb.overtime.of(0).is_empty());
    assert_eq!(pb.roster.of(1)[0].hours, 10.0);
}

#[test]
fn the_empty_scenario_is_the_bureau_itself() {
    let b = rota();
    let (before, _) = run(&b, vec![]);
    let period = Period::new(d(START), day(6)).unwrap();
    assert_eq!(*before.report(), check(&b, period, &Rules::default()));
    assert_eq!(*before.bureau(), b);
    // And checking it again from scratch gives the same.
    let again = Checked::new(Arc::new(b), period, &Rules::default());
    assert_eq!(again.report, *before.report());
}
