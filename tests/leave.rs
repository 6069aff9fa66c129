//! Leave rotation on bureaus small enough to check by hand, and its
//! invariants on generated ones.

use chrono::{Days, NaiveDate};
use forceplan::core::check::{check, choose_period};
use forceplan::core::flags::Severity;
use forceplan::core::leave::{LeaveOptions, apply, plan};
use forceplan::core::model::{Bureau, Officer, Role, Roster, RosterEntry, Shift, Unit, UnitKind};
use forceplan::core::period::Period;
use forceplan::core::rules::Rules;
use forceplan::sample::{SampleSpec, generate};
use proptest::prelude::*;
use std::collections::HashMap;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// One unit (minimum 2 on duty), three officers on DAY every day for `days`
/// days from Monday 3 March 2025, each with 5 days of leave (5 years of
/// service, none taken); with `leader`, a leader resting every day.
fn unit_of_three(days: u64, leader: bool) -> Bureau {
    let start = d("2025-03-03");
    let officer = |id: &str, role| Officer {
        id: id.into(),
        name: id.into(),
        unit: 0,
        role,
        service_start: d("2020-01-01"),
        home_district: String::new(),
    };
    let mut officers = vec![
        officer("P1", Role::Patrol),
        officer("P2", Role::Patrol),
        officer("P3", Role::Patrol),
    ];
    if leader {
        officers.push(officer("P4", Role::Leader));
    }
    let mut rows = Vec::new();
    for i in 0..days {
        let date = start + Days::new(i);
        for o in 0..3 {
            rows.push((
                o,
                RosterEntry {
                    date,
                    shift: Shift::Day,
                    hours: 8.0,
                },
            ));
        }
        if leader {
            rows.push((
                3,
                RosterEntry {
                    date,
                    shift: Shift::Off,
                    hours: 0.0,
                },
            ));
        }
    }
    Bureau {
        units: vec![Unit {
            id: "U1".into(),
            name: "Riverside Station".into(),
            kind: UnitKind::Station,
            min_on_duty: 2,
        }],
        roster: Roster::from_rows(officers.len(), rows),
        officers: officers.into(),
        ..Bureau::default()
    }
}

fn options(window: Period) -> LeaveOptions {
    LeaveOptions {
        window,
        blackout: Vec::new(),
        min_block: None,
        leaders_cover: 0,
        batch: None,
    }
}

fn run(b: &Bureau, o: &LeaveOptions) -> forceplan::core::leave::LeavePlan {
    let period = choose_period(b, None, None).unwrap();
    let rules = Rules::default();
    plan(b, period, &check(b, period, &rules), &rules, o).unwrap()
}

#[test]
fn fifteen_days_fit_three_officers_exactly_and_reach_the_bound() {
    // One officer spare a day (3 on duty, minimum 2): 15 days for 15 needed.
    let b = unit_of_three(15, false);
    let p = run(
        &b,
        &options(Period::new(d("2025-03-03"), d("2025-03-17")).unwrap()),
    );
    let u = &p.units[0];
    assert_eq!((u.days_needed, u.days_granted, u.days_bound), (15, 15, 15));
    assert_eq!((u.officers_served, u.officers_bound), (3, 3));
    assert_eq!(u.shortfall, None);
    let blocks: Vec<(&str, NaiveDate, NaiveDate)> = p
        .blocks
        .iter()
        .map(|b| (b.officer_id.as_str(), b.start, b.end))
        .collect();
    assert_eq!(
        blocks,
        [
            ("P1", d("2025-03-03"), d("2025-03-07")),
            ("P2", d("2025-03-08"), d("2025-03-12")),
            ("P3", d("2025-03-13"), d("2025-03-17"))
        ]
    );
    // Leave coverage, as check has it: none took leave before, all after.
    let period = choose_period(&b, None, None).unwrap();
    let coverage = |b: &Bureau| {
        check(b, period, &Rules::default()).units[0]
            .figures
            .leave_coverage
    };
    assert_eq!(coverage(&b), Some(0.0));
    assert_eq!(coverage(&apply(&b, &p)), Some(1.0));
}

#[test]
fn one_day_short_is_explained_with_what_would_fit_everyone() {
    let b = unit_of_three(14, false);
    let p = run(
        &b,
        &options(Period::new(d("2025-03-03"), d("2025-03-16")).unwrap()),
    );
    let u = &p.units[0];
    assert_eq!((u.days_needed, u.days_granted, u.days_bound), (15, 14, 14));
    assert_eq!((u.officers_served, u.officers_bound), (2, 2));
    assert_eq!(
        u.shortfall.as_ref().map(|m| m.to_string()).as_deref(),
        Some(
            "U1 Riverside Station, 2025-03-03 to 2025-03-16: 1 officer cannot take all their days (1 day short); \
             no one spare on 2025-03-03 to 2025-03-16; about 1 more officer, or min_on_duty 2 -> 1, would fit everyone"
        )
    );
    // The same, from the same data, in Chinese.
    let zh = forceplan::i18n::tr(forceplan::i18n::Lang::Zh);
    assert_eq!(
        u.shortfall.as_ref().map(|m| m.text(zh)).as_deref(),
        Some(
            "U1 Riverside Station，2025-03-03 至 2025-03-16：1 名民警不能休满（共差 1 天）；\
             无富余人手的日子：2025-03-03 至 2025-03-16；约再增加 1 名民警，或将最低在岗人数由 2 降至 1，即可让所有人休满"
        )
    );
}

/// Blackouts on the 6th, the 10th and the 14th leave runs of 3, 3, 3 and 2
/// days; with blocks of at least 4 days nobody can go, while someone is
/// spare every day: the reason given is the blackouts, not "no one spare on
/// no day".
#[test]
fn a_window_split_by_blackouts_is_explained_by_them() {
    let b = unit_of_three(14, false);
    let mut o = options(Period::new(d("2025-03-03"), d("2025-03-16")).unwrap());
    o.blackout = vec![d("2025-03-06"), d("2025-03-10"), d("2025-03-14")];
    o.min_block = Some(4);
    let p = run(&b, &o);
    let u = &p.units[0];
    assert_eq!((u.days_granted, u.officers_served), (0, 0));
    let why = u.shortfall.as_ref().unwrap().to_string();
    assert!(
        why.contains(
            "3 officers cannot take all their days (15 days short); someone is spare every day, \
             but the blackouts (2025-03-06, 2025-03-10, 2025-03-14) leave no run of work days long enough; \
             neither shorter blocks nor more away at once would fit everyone: it needs a longer window \
             or more officers on duty"
        ),
        "{why}"
    );
}

/// Where blackouts cut the window into runs of three days, a single block
/// of five never fits: each officer gets three days, and the first run is
/// full. Blocks of at least two (three and two) fit everyone, and the
/// explanation says so rather than asking for another officer.
#[test]
fn blackouts_with_room_to_spare_are_fixed_by_shorter_blocks() {
    let mut b = unit_of_three(14, false);
    b.units[0].min_on_duty = 1;
    let mut o = options(Period::new(d("2025-03-03"), d("2025-03-16")).unwrap());
    o.blackout = vec![d("2025-03-06"), d("2025-03-10"), d("2025-03-14")];
    let p = run(&b, &o);
    let why = p.units[0].shortfall.as_ref().unwrap().to_string();
    assert!(
        why.ends_with(
            "3 officers cannot take all their days (6 days short); no one spare on 2025-03-03 to \
             2025-03-05; leave in blocks of at least 2 days would fit everyone"
        ),
        "{why}"
    );
    o.min_block = Some(2);
    let p = run(&b, &o);
    assert_eq!(
        (p.units[0].officers_served, p.units[0].days_granted),
        (3, 15)
    );
    assert!(p.units[0].shortfall.is_none());
}

/// Two spare a day but one away at once: 14 days for 15 owed. The fix is
/// the batch limit, and two away at once does fit everyone.
#[test]
fn a_batch_limit_that_holds_leave_back_is_named_with_the_limit_that_fits() {
    let mut b = unit_of_three(14, false);
    b.units[0].min_on_duty = 1;
    let mut o = options(Period::new(d("2025-03-03"), d("2025-03-16")).unwrap());
    o.batch = Some(1);
    let p = run(&b, &o);
    let why = p.units[0].shortfall.as_ref().unwrap().to_string();
    assert!(
        why.ends_with(
            "someone is spare every day, but at most 1 may be away at once, and that many are away on \
             2025-03-03 to 2025-03-16; 2 away at once would fit everyone"
        ),
        "{why}"
    );
    o.batch = Some(2);
    let p = run(&b, &o);
    assert_eq!(
        (p.units[0].officers_served, p.units[0].days_granted),
        (3, 15)
    );
}

#[test]
fn a_leader_covering_one_rest_day_fits_everyone() {
    let b = unit_of_three(14, true);
    let mut o = options(Period::new(d("2025-03-03"), d("2025-03-16")).unwrap());
    o.leaders_cover = 1;
    let p = run(&b, &o);
    assert_eq!(p.units[0].days_granted, 15);
    assert_eq!(p.covers.len(), 1);
    assert_eq!(p.covers[0].leader_id, "P4");
    let proposed = apply(&b, &p);
    let leader_rows = proposed.roster.of(3);
    assert_eq!(
        leader_rows.iter().filter(|e| e.shift == Shift::Day).count(),
        1
    );
    // Without covers allowed, the leader is never used.
    o.leaders_cover = 0;
    assert!(run(&b, &o).covers.is_empty());
}

#[test]
fn blackouts_and_batches_hold() {
    let b = unit_of_three(15, false);
    let mut o = options(Period::new(d("2025-03-03"), d("2025-03-17")).unwrap());
    o.blackout = vec![d("2025-03-05")];
    let p = run(&b, &o);
    for block in &p.blocks {
        assert!(!block.leave_days.contains(&d("2025-03-05")));
        assert!(
            !(block.start..=block.end).contains(&d("2025-03-05")),
            "a block never spans a blackout"
        );
    }
    // Blocks of at least 2 days may split an officer's leave around it.
    o.min_block = Some(2);
    let p = run(&b, &o);
    assert!(
        p.blocks
            .iter()
            .all(|b| b.leave_days.len() + b.comp_days.len() >= 2)
    );
    // Two away at once at most: with one spare a day, the plan is sequential anyway.
    o.batch = Some(1);
    o.blackout.clear();
    o.min_block = None;
    assert_eq!(run(&b, &o).units[0].days_granted, 15);
}

#[test]
fn a_window_outside_the_roster_is_refused() {
    let b = unit_of_three(5, false);
    let period = choose_period(&b, None, None).unwrap();
    let rules = Rules::default();
    let e = plan(
        &b,
        period,
        &check(&b, period, &rules),
        &rules,
        &options(Period::new(d("2025-03-01"), d("2025-03-09")).unwrap()),
    );
    assert!(e.is_err());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn plans_keep_floors_blackouts_entitlements_covers_and_raise_no_alarm(
        officers in 20usize..80,
        seed in any::<u64>(),
        first in 0u64..200,
        length in 7u64..120,
        cover in 0u32..4,
        min_block in proptest::option::of(1u32..5),
        batch in proptest::option::of(1u32..6),
        blackout_at in proptest::collection::vec(0u64..120, 0..4),
    ) {
        let b = generate(&SampleSpec { officers, days: 365, seed, movements: officers / 10 });
        let period = choose_period(&b, None, None).unwrap();
        let start = period.start + Days::new(first);
        let end = (start + Days::new(length)).min(period.end);
        let window = Period::new(start, end).unwrap();
        let blackout: Vec<NaiveDate> = blackout_at.iter().map(|&k| start + Days::new(k)).collect();
        let o = LeaveOptions { window, blackout: blackout.clone(), min_block, leaders_cover: cover, batch };
        let rules = Rules::default();
        let before = check(&b, period, &rules);
        let p = plan(&b, period, &before, &rules, &o).unwrap();
        let proposed = apply(&b, &p);
        let now = check(&proposed, period, &rules);

        // Never below a floor: a unit's on-duty count only drops where it stays at its minimum or above.
        for (u, unit) in b.units.iter().enumerate() {
            for i in 0..window.days() {
                let k = period.index(window.date(i)).unwrap();
                let (was, is) = (before.units[u].figures.daily_on_duty[k], now.units[u].figures.daily_on_duty[k]);
                prop_assert!(is >= was.min(unit.min_on_duty), "{} on {}: {was} -> {is}", unit.id, window.date(i));
            }
        }
        // Never in a blackout, never beyond what is owed.
        let mut granted: HashMap<&str, (usize, usize)> = HashMap::new();
        for block in &p.blocks {
            for day in block.leave_days.iter().chain(&block.comp_days) {
                prop_assert!(!blackout.contains(day) && !b.calendar.is_holiday(*day));
                prop_assert!(window.contains(*day));
            }
            let g = granted.entry(block.officer_id.as_str()).or_default();
            g.0 += block.leave_days.len();
            g.1 += block.comp_days.len();
        }
        for (id, (leave, comp)) in granted {
            let o = b.officer_index(id).unwrap() as usize;
            let f = &before.officers[o].figures;
            prop_assert!(leave as u32 <= f.leave_entitlement_days - f.leave_taken_days.min(f.leave_entitlement_days));
            prop_assert!(comp as u32 <= f.comp_days_owed);
        }
        // Covers: leaders only, at most L each.
        let mut per_leader: HashMap<&str, u32> = HashMap::new();
        for c in &p.covers {
            let o = b.officer(b.officer_index(&c.leader_id).unwrap());
            prop_assert_eq!(o.role, Role::Leader);
            *per_leader.entry(c.leader_id.as_str()).or_default() += 1;
        }
        prop_assert!(per_leader.values().all(|&n| n <= cover));
        // Comp days given are given back: each takes 8 h off what is owed.
        for (x, y) in before.officers.iter().zip(&now.officers) {
            let given: usize = p.blocks.iter().filter(|b| b.officer_id == x.officer_id).map(|b| b.comp_days.len()).sum();
            prop_assert_eq!(y.figures.comp_days_owed, x.figures.comp_days_owed - given as u32, "{}", x.officer_id);
        }
        // The proposed bureau still loads.
        let dir = tempfile::tempdir().unwrap();
        forceplan::store::write_bureau(&dir.path().join("b"), &proposed, false, &[]).unwrap();
        prop_assert!(forceplan::load::load_bureau(&dir.path().join("b"), None).is_ok());
        // The bound holds, and no new alarm: every alarm after was an alarm before.
        prop_assert!(p.days_granted() <= p.days_bound());
        for (x, y) in before.officers.iter().zip(&now.officers) {
            for f in y.flags.iter().filter(|f| f.severity == Severity::Alarm) {
                prop_assert!(x.flags.iter().any(|g| g.rule == f.rule && g.severity == Severity::Alarm), "new alarm {} for {}", f.rule, y.officer_id);
            }
        }
        for (x, y) in before.units.iter().zip(&now.units) {
            for f in y.flags.iter().filter(|f| f.severity == Severity::Alarm) {
                prop_assert!(x.flags.iter().any(|g| g.rule == f.rule && g.severity == Severity::Alarm), "new alarm {} for {}", f.rule, y.unit_id);
            }
        }
    }
}

#[test]
fn leave_is_planned_after_the_scenarios_moves_in_the_new_unit() {
    use forceplan::core::scenario::outcome::{Baseline, outcome};
    use forceplan::core::scenario::{Edit, Scenario};
    // Two units of three: P1 moves from U1 to U2 on the 10th, in the middle
    // of the window. P1 is planned at U2, on U2's days from the 10th; U1,
    // left with two officers and a minimum of 2, has no one to spare.
    let mut b = unit_of_three(15, false);
    let u2 = Unit {
        id: "U2".into(),
        name: "Hillside Station".into(),
        kind: UnitKind::Station,
        min_on_duty: 2,
    };
    b.units.push(u2);
    let period = choose_period(&b, None, None).unwrap();
    let base = Baseline::new(std::sync::Arc::new(b), period, &Rules::default());
    let mut s = Scenario::new("move then leave");
    s.edits = vec![
        Edit::PlanLeave {
            from: d("2025-03-03"),
            to: d("2025-03-17"),
            min_block: None,
            leaders_cover: 0,
            batch: None,
            blackout: Vec::new(),
        },
        Edit::MoveOfficer {
            officer: "P1".into(),
            to: "U2".into(),
            from: Some(d("2025-03-10")),
            reason: String::new(),
        },
    ];
    let after = outcome(&base, &s);
    assert!(after.problems.is_empty(), "{:?}", after.problems);
    let leave = &after.leave.as_ref().unwrap().plan;
    let p1: Vec<_> = leave
        .blocks
        .iter()
        .filter(|b| b.officer_id == "P1")
        .collect();
    // U2 has no work of its own (nobody served there): P1 has no work day
    // there to take as leave. U1's three day shifts stay with U1, so from
    // the 10th P2 and P3 are both on duty (the third shift as overtime) at
    // the minimum of 2: the 7 days before, one spare a day, are all there is.
    assert!(p1.is_empty(), "{p1:?}");
    let u1 = leave.units.iter().find(|u| u.unit_id == "U1").unwrap();
    assert_eq!((u1.officers_needing, u1.days_granted), (2, 7));
    // The leave shows in the outcome's figures: two U1 officers took some.
    let u1 = &after.report().units[0].figures;
    assert_eq!((u1.leave_entitled, u1.leave_takers), (2, 2));
}
