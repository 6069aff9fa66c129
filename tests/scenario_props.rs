//! Invariants of scenarios over random bureaus and random edits.

use forceplan::core::check::choose_period;
use forceplan::core::model::{Bureau, Role};
use forceplan::core::rules::Rules;
use forceplan::core::scenario::history::History;
use forceplan::core::scenario::project::{Baseline, project};
use forceplan::core::scenario::suggest::{Options, suggest};
use forceplan::core::scenario::{Edit, Scenario};
use forceplan::sample::{SampleSpec, generate};
use proptest::prelude::*;
use std::collections::HashSet;

fn bureau(officers: usize, seed: u64) -> Bureau {
    generate(&SampleSpec {
        officers,
        days: 35,
        seed,
        movements: 0,
    })
}

/// An edit built from random numbers, naming ids that exist (mostly).
fn edit(b: &Bureau, kind: u8, i: usize, j: usize, n: u32) -> Edit {
    let unit = |k: usize| b.units[k % b.units.len()].id.clone();
    let officer = |k: usize| b.officers[k % b.officers.len()].id.clone();
    let roles = Role::ALL;
    match kind % 9 {
        0 | 1 => Edit::MoveOfficer {
            officer: officer(i),
            to: unit(j),
            from: None,
            reason: String::new(),
        },
        2 => Edit::MoveOfficers {
            role: roles[j % roles.len()],
            count: n % 3,
            from_unit: unit(i),
            to: unit(j),
            from: None,
        },
        3 => Edit::AddOfficers {
            unit: unit(i),
            role: roles[j % roles.len()],
            count: n % 3,
            from: None,
        },
        4 => Edit::RemoveOfficer {
            officer: officer(i),
            from: None,
        },
        5 => Edit::SetMinOnDuty {
            unit: unit(i),
            min_on_duty: n % 8,
        },
        6 => Edit::ReassignArea {
            area: b
                .areas
                .get(i % b.areas.len().max(1))
                .map(|a| a.id.clone())
                .unwrap_or_default(),
            officer: Some(officer(j)),
        },
        7 => Edit::MergeInspections {
            unit: Some(unit(i)),
        },
        _ => Edit::CapInspections {
            unit: None,
            per_quarter: n % 4,
        },
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn every_officer_is_somewhere_exactly_once(
        officers in 20usize..80,
        seed in any::<u64>(),
        raw in proptest::collection::vec((any::<u8>(), any::<usize>(), any::<usize>(), any::<u32>()), 0..12),
    ) {
        let b = bureau(officers, seed);
        let period = choose_period(&b, None, None).unwrap();
        let base = Baseline::new(std::sync::Arc::new(b.clone()), period, &Rules::default());
        let mut s = Scenario::new("p");
        s.edits = raw.iter().map(|&(k, i, j, n)| edit(&b, k, i, j, n)).collect();
        let p = project(&base, &s);
        let recruits = p.officers.iter().filter(|o| o.new_recruit).count();
        prop_assert_eq!(p.officers.len(), b.officers.len() + recruits);
        let ids: HashSet<&str> = p.officers.iter().map(|o| o.officer_id.as_str()).collect();
        prop_assert_eq!(ids.len(), p.officers.len(), "no officer twice");
        // Headcounts add up to the officers still in the bureau.
        let present = p.officers.iter().filter(|o| o.unit_id.is_some()).count() as u32;
        prop_assert_eq!(p.units.iter().map(|u| u.headcount).sum::<u32>(), present);
        // Every area is held by an officer of its own unit, or by nobody.
        for (area, holder) in b.areas.iter().zip(&p.area_holders) {
            if let Some(h) = holder {
                let o = p.officers.iter().find(|o| &o.officer_id == h).unwrap();
                prop_assert_eq!(o.unit_id.as_deref(), Some(b.units[area.unit as usize].id.as_str()));
            }
        }
    }

    #[test]
    fn undoing_every_edit_gives_back_the_baseline(
        officers in 20usize..60,
        seed in any::<u64>(),
        raw in proptest::collection::vec((any::<u8>(), any::<usize>(), any::<usize>(), any::<u32>()), 1..10),
    ) {
        let b = bureau(officers, seed);
        let period = choose_period(&b, None, None).unwrap();
        let base = Baseline::new(std::sync::Arc::new(b.clone()), period, &Rules::default());
        let start = Scenario::new("p");
        let baseline = project(&base, &start);
        let mut history = History::default();
        let mut s = start.clone();
        for &(k, i, j, n) in &raw {
            history.changed(s.clone());
            s.edits.push(edit(&b, k, i, j, n));
        }
        while let Some(previous) = history.undo(&s) {
            s = previous;
        }
        prop_assert_eq!(&s, &start);
        prop_assert_eq!(project(&base, &s), baseline);
    }

    #[test]
    fn suggestions_keep_floors_and_pins_and_reach_the_bound(
        officers in 30usize..90,
        seed in any::<u64>(),
        pin_every in 2usize..6,
    ) {
        let b = bureau(officers, seed);
        let period = choose_period(&b, None, None).unwrap();
        let base = Baseline::new(std::sync::Arc::new(b.clone()), period, &Rules::default());
        let mut s = Scenario::new("p");
        s.pinned = b.officers.iter().step_by(pin_every).map(|o| o.id.clone()).collect();
        let before = project(&base, &s);
        let plan = suggest(&base, &s, &Options { max_moves: 10_000, allow_leaders: false });
        prop_assert!(plan.bound_continuous <= plan.bound_integer + 1e-9);
        prop_assert!((plan.plan_worst - plan.bound_integer).abs() < 1e-9, "plan {} bound {}", plan.plan_worst, plan.bound_integer);
        let mut after_s = s.clone();
        after_s.edits.extend(plan.edits.iter().cloned());
        let after = project(&base, &after_s);
        prop_assert!(after.problems.is_empty());
        for m in &after.moves {
            prop_assert!(!s.pinned.contains(&m.officer_id), "pinned {} moved", m.officer_id);
            let o = b.officers.iter().find(|o| o.id == m.officer_id).unwrap();
            prop_assert!(!matches!(o.role, Role::Leader | Role::Instructor));
        }
        // A unit that gave officers away keeps its staffing floor.
        for (u0, u1) in before.units.iter().zip(&after.units) {
            if u1.officers < u0.officers - 1e-9 {
                prop_assert!(u1.floor_met, "{} below its floor", u1.unit_id);
            }
        }
    }
}
