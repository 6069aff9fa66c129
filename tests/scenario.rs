//! Scenarios on the small fixture bureau, worked out by hand. The period is
//! Wed 1 to Tue 14 January 2025 (14 days); an officer's standard hours over
//! it are 40 x 14 / 7 = 80.
//! U1 East Station (min 2): P1 (community, areas A1 + A2), P2 (patrol), P3
//! (leader); worked hours 185 + 84 + 80 = 349. U2 (min 1): P4, P5; 101 h.
//! U3: nobody. U4: P6; 40 h.

mod common;

use forceplan::core::check::{UnitReport, check, choose_period};
use forceplan::core::model::{Bureau, Role};
use forceplan::core::rules::{RuleId, Rules};
use forceplan::core::scenario::outcome::{Baseline, Outcome, outcome};
use forceplan::core::scenario::suggest::{Options, suggest};
use forceplan::core::scenario::{Edit, Scenario};
use forceplan::load::load_bureau;
use std::sync::Arc;

fn bureau() -> (Bureau, Rules) {
    let loaded = load_bureau(std::path::Path::new(common::SMALL), None).unwrap();
    (loaded.bureau, loaded.rules)
}

fn base() -> Baseline {
    let (b, rules) = bureau();
    let period = choose_period(&b, None, None).unwrap();
    Baseline::new(Arc::new(b), period, &rules)
}

fn run(edits: Vec<Edit>) -> Outcome {
    let mut s = Scenario::new("test");
    s.edits = edits;
    outcome(&base(), &s)
}

fn unit<'a>(p: &'a Outcome, id: &str) -> &'a UnitReport {
    p.report().units.iter().find(|u| u.unit_id == id).unwrap()
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

fn rules_of(u: &UnitReport) -> Vec<RuleId> {
    u.flags.iter().map(|f| f.rule).collect()
}

fn mv(officer: &str, to: &str, from: Option<&str>) -> Edit {
    Edit::MoveOfficer {
        officer: officer.into(),
        to: to.into(),
        from: from.map(|d| d.parse().unwrap()),
        reason: String::new(),
    }
}

#[test]
fn the_empty_scenario_is_the_bureau_as_check_sees_it() {
    let (b, rules) = bureau();
    let period = choose_period(&b, None, None).unwrap();
    let p = run(vec![]);
    assert_eq!(*p.report(), check(&b, period, &rules));
    assert_eq!(*p.bureau(), b);
    let u1 = unit(&p, "U1");
    close(u1.figures.load_ratio, 349.0 / 240.0);
    assert!(p.moves.is_empty() && p.problems.is_empty());
}

#[test]
fn a_move_from_a_date_leaves_the_work_with_the_unit() {
    // P2 moves to U2 from 8 January: 7 days at each unit. U1's work from the
    // 8th (P1's, P3's and P2's shifts and call-in there) is dealt between P1
    // and P3; P2's own days (sick on the 13th, training 6 h on the 14th) go
    // with P2 to U2. U1: 349 - 6 = 343 h over 14 + 7 + 14 officer-days.
    let p = run(vec![mv("P2", "U2", Some("2025-01-08"))]);
    let u1 = &unit(&p, "U1").figures;
    assert_eq!((u1.officer_days, u1.headcount), (35, 2));
    close(u1.worked_hours, 343.0);
    close(u1.load_ratio, 343.0 / (35.0 * 40.0 / 7.0));
    // Three day shifts on the 9th, 10th and 11th for two officers: the
    // third is worked as overtime, so 2 on duty; on the 12th the 24-hour
    // duty (the call-in is overtime on a rest day), on the 13th and 14th
    // P3 alone while P1 is on leave: short on the 2nd, 4th, 5th, 12th,
    // 13th and 14th, as before.
    assert_eq!(u1.daily_on_duty[7..], [2, 2, 2, 2, 1, 1, 1]);
    assert_eq!(u1.understaffed_days, 6);
    close(p.notes[0].uncovered_hours, 0.0);
    close(p.notes[0].covered_as_overtime, 3.0 * 8.0);
    // U2: P4's and P5's 101 h and P2's 6 h of training, over 35 officer-days.
    let u2 = &unit(&p, "U2").figures;
    assert_eq!((u2.officer_days, u2.headcount), (35, 3));
    close(u2.worked_hours, 107.0);
    assert_eq!(p.moves.len(), 1);
    assert_eq!(p.moves[0].from_unit.as_deref(), Some("U1"));
    let p2 = p
        .report()
        .officers
        .iter()
        .find(|o| o.officer_id == "P2")
        .unwrap();
    assert_eq!(p2.unit_id, "U2");
}

#[test]
fn a_departing_community_officers_areas_go_to_the_remaining_ones_or_nobody() {
    // P1 leaves and nobody holds A1 and A2: households with no community officer.
    let p = run(vec![Edit::RemoveOfficer {
        officer: "P1".into(),
        from: None,
    }]);
    let u1 = unit(&p, "U1");
    assert_eq!(u1.figures.households_per_community_officer, None);
    assert!(
        u1.flags
            .iter()
            .any(|f| f.rule == RuleId::HouseholdsPerCommunityOfficer && f.threshold == 0.0)
    );
    let pb = p.bureau();
    assert!(pb.areas.iter().all(|a| a.officer.is_none()));
    // P1 is listed (their rows before leaving are history; here there are none).
    let p1 = pb.officer_index("P1").unwrap();
    assert!(pb.roster.of(p1).is_empty());
    // With two recruits first, the areas are shared: A2 (1700) to one, A1 (1500) to the other.
    let p = run(vec![
        Edit::AddOfficers {
            unit: "U1".into(),
            role: Role::Community,
            count: 2,
            from: None,
        },
        mv("P1", "U2", None),
    ]);
    let held: Vec<(String, u64)> = p
        .report()
        .officers
        .iter()
        .filter(|o| o.officer_id.starts_with("NEW"))
        .map(|o| (o.officer_id.clone(), o.figures.households))
        .collect();
    assert_eq!(
        held,
        [("NEW001".to_string(), 1700), ("NEW002".to_string(), 1500)]
    );
    assert_eq!(
        unit(&p, "U1").figures.households_per_community_officer,
        Some(1750.0)
    );
    // U1's 349 h, but P1's own days (leave on the 13th and 14th, no hours)
    // leave with P1: the same hours over 4 officers all period.
    close(unit(&p, "U1").figures.load_ratio, 349.0 / (4.0 * 80.0));
}

#[test]
fn lightening_the_load_from_above_frees_officer_hours() {
    // The four visits of 6-8 January (three bodies) become one joint visit of
    // 4 h on the 6th: 7 h freed, 6 h on the 6th (the Municipal and Provincial
    // visits) and 1 h on the 8th (the County's second). They come off the
    // longest shifts, there being no overtime: P1's day (12 -> 6 h) and
    // 24-hour duty (24 -> 23 h).
    let p = run(vec![Edit::MergeInspections {
        unit: Some("U1".into()),
    }]);
    let u1 = &unit(&p, "U1").figures;
    assert_eq!(
        (
            u1.inspections,
            u1.stacked_inspection_days,
            u1.max_inspections_per_quarter
        ),
        (1, 0, 1)
    );
    close(p.notes[0].freed_hours, 7.0);
    close(u1.worked_hours, 342.0);
    let pb = p.bureau();
    let p1 = pb.officer_index("P1").unwrap();
    let hours = |date: &str| {
        pb.roster
            .of(p1)
            .iter()
            .find(|e| e.date.to_string() == date)
            .unwrap()
            .hours
    };
    assert_eq!((hours("2025-01-06"), hours("2025-01-08")), (6.0, 23.0));
    assert_eq!(
        p.notes[0].dealt_from, None,
        "nobody moved: nothing is dealt"
    );
    // Two visits a quarter: the County (3 h) and Municipal (2 h) visits of the 6th stay.
    let p = run(vec![Edit::CapInspections {
        unit: Some("U1".into()),
        per_quarter: 2,
    }]);
    close(unit(&p, "U1").figures.inspection_hours, 5.0);
    close(p.notes[0].freed_hours, 6.0);
    // The County Bureau's meetings at U1 (2 h x 3 on the 6th and 1 h x 2 on
    // the 7th) cancelled: 8 officer-hours, the 7th's from P2's call-in (6 -> 4 h).
    let p = run(vec![Edit::CancelMeetings {
        convener: "County Bureau".into(),
        unit: Some("U1".into()),
    }]);
    let u1 = &unit(&p, "U1").figures;
    assert_eq!((u1.meetings, u1.max_meetings_per_week), (2, 1));
    close(p.notes[0].freed_hours, 8.0);
    close(u1.worked_hours, 341.0);
    close(u1.meeting_hours_per_officer, (1.5 + 3.0) / 3.0);
    let pb = p.bureau();
    let p2 = pb.officer_index("P2").unwrap();
    assert_eq!(pb.overtime.of(p2)[0].hours, 4.0);
    // Merged weekly: the 6th and 7th become one meeting of 2 h x 3: 2 h freed.
    let p = run(vec![Edit::MergeMeetings {
        convener: "County Bureau".into(),
        unit: Some("U1".into()),
    }]);
    close(p.notes[0].freed_hours, 2.0);
    assert_eq!(unit(&p, "U1").figures.meetings, 3);
}

#[test]
fn rules_and_minimums_can_change() {
    let p = run(vec![
        Edit::SetThreshold {
            rule: "load_ratio".into(),
            warn: Some(2.5),
            alarm: Some(3.0),
        },
        Edit::SetMinOnDuty {
            unit: "U1".into(),
            min_on_duty: 1,
        },
    ]);
    let u1 = unit(&p, "U1");
    assert!(!rules_of(u1).contains(&RuleId::LoadRatio));
    // At least one officer is on duty every day.
    assert_eq!(u1.figures.understaffed_days, 0);
    assert!(!rules_of(u1).contains(&RuleId::UnderstaffedDays));
    assert_eq!(p.bureau().units[0].min_on_duty, 1);
    assert_eq!(p.rules().threshold(RuleId::LoadRatio).warn, 2.5);
    // A threshold no rules.toml would take is refused.
    let p = run(vec![Edit::SetThreshold {
        rule: "load_ratio".into(),
        warn: Some(f64::NAN),
        alarm: None,
    }]);
    assert_eq!(p.problems.len(), 1);
    assert!(
        p.problems[0].1.to_string().contains("load_ratio.warn"),
        "{:?}",
        p.problems
    );
}

#[test]
fn forceplan_picks_whom_to_move_and_says_why() {
    let p = run(vec![Edit::MoveOfficers {
        role: Role::Traffic,
        count: 1,
        from_unit: "U2".into(),
        to: "U4".into(),
        from: None,
    }]);
    // P4 (4 years) before P5 (14 years): the fewest years of service first.
    assert_eq!(p.moves[0].officer_id, "P4");
    assert!(
        p.moves[0].reason.to_string().contains("4 years of service"),
        "{}",
        p.moves[0].reason
    );
    let p = run(vec![Edit::MoveOfficers {
        role: Role::Traffic,
        count: 3,
        from_unit: "U2".into(),
        to: "U4".into(),
        from: None,
    }]);
    assert_eq!(p.problems.len(), 1, "only two traffic officers at U2");
}

#[test]
fn edits_that_cannot_apply_are_reported_and_skipped() {
    let p = run(vec![
        mv("P9", "U2", None),
        mv("P2", "U7", None),
        mv("P2", "U1", None),
        mv("P2", "U2", Some("2026-01-01")),
    ]);
    let why: Vec<String> = p.problems.iter().map(|(_, w)| w.to_string()).collect();
    assert_eq!(
        why,
        [
            "no officer P9",
            "no unit U7",
            "P2 is already at U1",
            "2026-01-01 is outside the period 2025-01-01 to 2025-01-14"
        ]
    );
    assert_eq!(p.problems[3].0, 4);
    assert!(p.moves.is_empty());
    // The same problems in Chinese, from the same data.
    let zh = forceplan::i18n::tr(forceplan::i18n::Lang::Zh);
    let why: Vec<String> = p.problems.iter().map(|(_, w)| w.text(zh)).collect();
    assert_eq!(
        why,
        [
            "没有警号为 P9 的民警",
            "没有编号为 U7 的单位",
            "P2 已在 U1",
            "2026-01-01 不在时段 2025-01-01 至 2025-01-14 之内"
        ]
    );
}

#[test]
fn suggestion_relieves_the_worst_unit_within_floors_and_pins() {
    let base = base();
    let s = Scenario::new("s");
    let plan = suggest(
        &base,
        &s,
        &Options {
            max_moves: 5,
            ..Options::default()
        },
    );
    assert!(plan.bound_continuous <= plan.bound_integer + 1e-9);
    assert!(plan.bound_integer <= plan.model_worst + 1e-9);
    assert!(plan.plan_worst <= plan.before_worst + 1e-9);
    for edit in &plan.edits {
        let Edit::MoveOfficer {
            officer, reason, ..
        } = edit
        else {
            panic!("moves only")
        };
        assert_ne!(officer, "P3", "leaders stay");
        assert!(!reason.is_empty());
    }
    // What it reports is the proposed bureau's.
    let mut with = s.clone();
    with.edits = plan.edits.clone();
    let after = outcome(&base, &with);
    close(after.worst_load(), plan.plan_worst);
    assert_eq!(after.alarms(), plan.plan_alarms);
}

/// Edits that cannot be meant are refused, with the reason, whatever
/// their bureau (the form and every command see the same problems).
#[test]
fn edits_that_cannot_be_meant_are_refused_with_the_reason() {
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let leave = |leaders_cover, batch, min_block| Edit::PlanLeave {
        from: d("2025-01-01"),
        to: d("2025-01-10"),
        min_block,
        leaders_cover,
        batch,
        blackout: Vec::new(),
    };
    let cases = [
        (
            Edit::MoveOfficers {
                role: Role::Patrol,
                count: 0,
                from_unit: "U1".into(),
                to: "U2".into(),
                from: None,
            },
            "move at least 1 officer",
        ),
        (
            Edit::AddOfficers {
                unit: "U1".into(),
                role: Role::Patrol,
                count: 0,
                from: None,
            },
            "add at least 1 recruit",
        ),
        (leave(0, Some(0), None), "a batch of at least 1 officer"),
        (
            leave(99_999_999, None, None),
            "leaders can cover at most the window's 10 days, not 99999999",
        ),
        (leave(0, None, Some(11)), "at most the window's 10 days"),
    ];
    for (edit, why) in cases {
        let problem = edit.check().expect_err("refused");
        assert!(problem.to_string().contains(why), "{problem}");
    }
    assert!(leave(10, Some(1), Some(10)).check().is_ok());
}

#[test]
fn a_minimum_on_duty_beyond_the_bureaus_officers_is_refused() {
    let out = run(vec![Edit::SetMinOnDuty {
        unit: "U1".into(),
        min_on_duty: 99_999_999,
    }]);
    assert_eq!(out.problems.len(), 1);
    assert!(
        out.problems[0]
            .1
            .to_string()
            .contains("more than the bureau's 6 officers"),
        "{:?}",
        out.problems
    );
}
