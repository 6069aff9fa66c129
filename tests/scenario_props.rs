//! Invariants of scenarios over random bureaus (with people who move, join
//! and leave) and random edits: the proposed bureau loses and duplicates
//! nobody, passes the contract's validation, keeps each unit's work (but
//! what the model says it frees or cannot cover), and is checked the same
//! whether worked out edit by edit or from scratch.

use chrono::{Days, NaiveDate};
use forceplan::core::check::{Checked, choose_period};
use forceplan::core::figures::completed_years;
use forceplan::core::model::{Bureau, Role, Shift, UnitIdx};
use forceplan::core::period::Period;
use forceplan::core::rules::Rules;
use forceplan::core::scenario::history::History;
use forceplan::core::scenario::outcome::{Baseline, Engine, outcome};
use forceplan::core::scenario::plan::lives_near;
use forceplan::core::scenario::suggest::{Options, suggest};
use forceplan::core::scenario::{Edit, Scenario};
use forceplan::load::load_bureau;
use forceplan::sample::{SampleSpec, generate};
use forceplan::store::write_bureau;
use proptest::prelude::*;
use std::collections::HashSet;
use std::sync::Arc;

fn bureau(officers: usize, seed: u64, movements: usize) -> Bureau {
    generate(&SampleSpec {
        officers,
        days: 35,
        seed,
        movements,
    })
}

fn base(b: &Bureau) -> Baseline {
    let period = choose_period(b, None, None).unwrap();
    Baseline::new(Arc::new(b.clone()), period, &Rules::default())
}

/// A date of the period, or none (the period's start).
fn date(p: Period, k: usize) -> Option<NaiveDate> {
    (!k.is_multiple_of(3)).then(|| p.start + Days::new((k % p.days()) as u64))
}

/// An edit built from random numbers, naming ids that exist (mostly).
/// `leave` allows leave edits too.
fn edit(b: &Bureau, p: Period, kind: u8, i: usize, j: usize, n: u32, leave: bool) -> Edit {
    let unit = |k: usize| b.units[k % b.units.len()].id.clone();
    let officer = |k: usize| b.officers[k % b.officers.len()].id.clone();
    let roles = Role::ALL;
    match kind % if leave { 14 } else { 12 } {
        0 | 1 => Edit::MoveOfficer {
            officer: officer(i),
            to: unit(j),
            from: date(p, i ^ j),
            reason: String::new(),
        },
        2 => Edit::MoveOfficers {
            role: roles[j % roles.len()],
            count: n % 3,
            from_unit: unit(i),
            to: unit(j),
            from: date(p, j),
        },
        3 => Edit::AddOfficers {
            unit: unit(i),
            role: roles[j % roles.len()],
            count: n % 3,
            from: date(p, i),
        },
        4 => Edit::RemoveOfficer {
            officer: officer(i),
            from: date(p, j),
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
        8 => Edit::CapInspections {
            unit: None,
            per_quarter: n % 4,
        },
        9 => Edit::CancelMeetings {
            convener: ["County Bureau", "Municipal Bureau", "x"][j % 3].into(),
            unit: i.is_multiple_of(2).then(|| unit(i)),
        },
        10 => Edit::MergeMeetings {
            convener: ["County Government", "Municipal Bureau", "x"][j % 3].into(),
            unit: None,
        },
        11 => Edit::SetThreshold {
            rule: ["load_ratio", "work_streak", "standard_weekly_hours"][j % 3].into(),
            warn: Some(1.0 + (n % 50) as f64),
            alarm: Some(60.0),
        },
        12 => Edit::PlanLeave {
            from: p.start + Days::new((i % 10) as u64),
            to: p.end,
            min_block: None,
            leaders_cover: n % 3,
            batch: j.is_multiple_of(2).then_some(2),
            blackout: Vec::new(),
        },
        _ => Edit::LeaveBlock {
            officer: officer(i),
            start: p.start + Days::new((j % p.days()) as u64),
            days: n % 4,
        },
    }
}

type Raw = Vec<(u8, usize, usize, u32)>;

fn raw(max: usize) -> impl Strategy<Value = Raw> {
    proptest::collection::vec(
        (any::<u8>(), any::<usize>(), any::<usize>(), any::<u32>()),
        0..max,
    )
}

fn scenario(b: &Bureau, p: Period, raw: &Raw, leave: bool) -> Scenario {
    let mut s = Scenario::new("p");
    s.edits = raw
        .iter()
        .map(|&(k, i, j, n)| edit(b, p, k, i, j, n, leave))
        .collect();
    s
}

/// A unit's work over the period: the hours of duty shifts and the overtime
/// not on an officer's own days (leave, comp, sick, training), over the
/// officer-days served there.
fn unit_work(b: &Bureau, p: Period, u: UnitIdx) -> f64 {
    let mut total = 0.0;
    for o in 0..b.officers.len() as u32 {
        for s in b.stints(o, p).iter().filter(|s| s.unit == u) {
            for i in s.start..s.end {
                let date = p.date(i);
                let row = b.roster.of(o).iter().find(|e| e.date == date);
                let own = row.is_some_and(|e| {
                    matches!(
                        e.shift,
                        Shift::Leave | Shift::Comp | Shift::Sick | Shift::Train
                    )
                });
                if let Some(e) = row.filter(|e| e.shift.is_duty()) {
                    total += e.hours;
                }
                if !own {
                    total += b
                        .overtime
                        .of(o)
                        .iter()
                        .filter(|e| e.date == date)
                        .map(|e| e.hours)
                        .sum::<f64>();
                }
            }
        }
    }
    total
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn no_officer_is_lost_or_doubled_and_the_proposal_passes_validation(
        officers in 20usize..70,
        seed in any::<u64>(),
        movements in 0usize..6,
        raw in raw(10),
    ) {
        let b = bureau(officers, seed, movements);
        let base = base(&b);
        let s = scenario(&b, base.period(), &raw, true);
        let after = outcome(&base, &s);
        let pb = after.bureau();
        // Every officer of the bureau is still listed, recruits added, no id twice.
        let recruits = after.moves.iter().filter(|m| m.from_unit.is_none()).count();
        prop_assert_eq!(pb.officers.len(), b.officers.len() + recruits);
        let ids: HashSet<&str> = pb.officers.iter().map(|o| o.id.as_str()).collect();
        prop_assert_eq!(ids.len(), pb.officers.len());
        prop_assert!(b.officers.iter().all(|o| ids.contains(o.id.as_str())));
        // On every day each officer serving is counted at exactly one unit.
        let r = after.report();
        let days: u32 = r.officers.iter().map(|o| o.figures.service_days).sum();
        prop_assert_eq!(r.units.iter().map(|u| u.figures.officer_days).sum::<u32>(), days);
        // Written out, it loads (the contract's validation) and is the same bureau.
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("proposed");
        write_bureau(&out, pb, false, &[]).unwrap();
        let loaded = load_bureau(&out, None);
        prop_assert!(loaded.is_ok(), "{}", loaded.err().map(|e| e.to_string()).unwrap_or_default());
        prop_assert_eq!(&loaded.unwrap().bureau, pb);
    }

    #[test]
    fn each_units_work_stays_with_it_but_what_is_freed_or_uncovered(
        officers in 20usize..70,
        seed in any::<u64>(),
        movements in 0usize..6,
        raw in raw(10),
    ) {
        let b = bureau(officers, seed, movements);
        let base = base(&b);
        let p = base.period();
        let s = scenario(&b, p, &raw, false);
        let after = outcome(&base, &s);
        for u in 0..b.units.len() {
            let before = unit_work(&b, p, u as UnitIdx);
            let now = unit_work(after.bureau(), p, u as UnitIdx);
            let note = &after.notes[u];
            prop_assert!(
                (now + note.freed_hours + note.uncovered_hours - before).abs() < 1e-6,
                "{}: {before} h before, {now} h after, {} freed, {} uncovered",
                b.units[u].id, note.freed_hours, note.uncovered_hours
            );
            // Nobody works more than 24 h on a day the deal gave them.
            if let Some(from) = note.dealt_from {
                for o in 0..after.bureau().officers.len() as u32 {
                    for st in after.bureau().stints(o, p).iter().filter(|st| st.unit == u as UnitIdx) {
                        for i in st.start.max(p.index(from).unwrap())..st.end {
                            let d = p.date(i);
                            let pb = after.bureau();
                            let h: f64 = pb.roster.of(o).iter().filter(|e| e.date == d).map(|e| e.hours).sum::<f64>()
                                + pb.overtime.of(o).iter().filter(|e| e.date == d).map(|e| e.hours).sum::<f64>();
                            let own = b.officer_index(&pb.officer(o).id).is_some_and(|bo| {
                                b.roster.of(bo).iter().any(|e| e.date == d
                                    && matches!(e.shift, Shift::Leave | Shift::Comp | Shift::Sick | Shift::Train))
                            });
                            prop_assert!(own || h <= 24.0 + 1e-9, "{} works {h} h on {d}", pb.officer(o).id);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn edit_by_edit_is_the_same_as_from_scratch(
        officers in 20usize..60,
        seed in any::<u64>(),
        movements in 0usize..6,
        raw in raw(8),
        drops in proptest::collection::vec(any::<usize>(), 0..4),
    ) {
        let b = bureau(officers, seed, movements);
        let base = base(&b);
        let p = base.period();
        let mut engine = Engine::default();
        let mut s = Scenario::new("p");
        // Add the edits one at a time, then drop some, checking each step.
        let mut steps: Vec<Scenario> = Vec::new();
        for &(k, i, j, n) in &raw {
            s.edits.push(edit(&b, p, k, i, j, n, true));
            steps.push(s.clone());
        }
        for &k in &drops {
            if !s.edits.is_empty() {
                s.edits.remove(k % s.edits.len());
                steps.push(s.clone());
            }
        }
        for step in &steps {
            let inc = engine.outcome(&base, step);
            let fresh = outcome(&base, step);
            prop_assert_eq!(inc.bureau(), fresh.bureau());
            prop_assert_eq!(inc.report(), fresh.report());
            let full = Checked::new(Arc::new(inc.bureau().clone()), p, inc.rules());
            prop_assert_eq!(&full.report, inc.report());
        }
    }

    #[test]
    fn undoing_every_edit_gives_back_the_baseline(
        officers in 20usize..60,
        seed in any::<u64>(),
        raw in raw(10),
    ) {
        let b = bureau(officers, seed, 3);
        let base = base(&b);
        let p = base.period();
        let start = Scenario::new("p");
        let mut engine = Engine::default();
        let baseline = engine.outcome(&base, &start);
        prop_assert_eq!(baseline.report(), base.report());
        let mut history = History::default();
        let mut s = start.clone();
        for &(k, i, j, n) in &raw {
            history.changed(s.clone());
            s.edits.push(edit(&b, p, k, i, j, n, true));
            engine.outcome(&base, &s);
        }
        while let Some(previous) = history.undo(&s) {
            s = previous;
            engine.outcome(&base, &s);
        }
        prop_assert_eq!(&s, &start);
        let again = engine.outcome(&base, &s);
        prop_assert_eq!(again.bureau(), &**base.bureau());
        prop_assert_eq!(again.report(), base.report());
    }

    #[test]
    fn suggestions_keep_floors_and_pins_and_reach_the_bound(
        officers in 30usize..90,
        seed in any::<u64>(),
        pin_every in 2usize..6,
    ) {
        let b = bureau(officers, seed, 0);
        let base = base(&b);
        let mut s = Scenario::new("p");
        s.pinned = b.officers.iter().step_by(pin_every).map(|o| o.id.clone()).collect();
        let plan = suggest(&base, &s, &Options { max_moves: 10_000, allow_leaders: false, ..Options::default() });
        prop_assert!(plan.bound_continuous <= plan.bound_integer + 1e-9);
        // With moves enough, the best for K moves is the integer bound.
        prop_assert!((plan.best_for_moves - plan.bound_integer).abs() < 1e-9, "best for K {} bound {}", plan.best_for_moves, plan.bound_integer);
        prop_assert!(plan.model_worst >= plan.best_for_moves - 1e-9);
        prop_assert!(plan.plan_worst <= plan.before_worst + 1e-9);
        let mut after_s = s.clone();
        after_s.edits.extend(plan.edits.iter().cloned());
        let after = outcome(&base, &after_s);
        prop_assert!(after.problems.is_empty());
        prop_assert!((after.worst_load() - plan.plan_worst).abs() < 1e-9, "reported as the proposed bureau has it");
        prop_assert_eq!(after.alarms(), plan.plan_alarms);
        for m in &after.moves {
            prop_assert!(!s.pinned.contains(&m.officer_id), "pinned {} moved", m.officer_id);
            let o = b.officers.iter().find(|o| o.id == m.officer_id).unwrap();
            prop_assert!(!matches!(o.role, Role::Leader | Role::Instructor));
        }
        // A unit that gave officers away keeps its staffing floor:
        // ceil(min on duty x days / average days on duty of its officers).
        let before = base.report();
        for (u0, u1) in before.units.iter().zip(&after.report().units) {
            let f = &u0.figures;
            let duty: u32 = f.daily_on_duty.iter().sum();
            if u1.figures.officers < f.officers - 1e-9 && duty > 0 {
                let floor = (u0.min_on_duty as f64 * f.officer_days as f64 / duty as f64 - 1e-9).ceil();
                prop_assert!(u1.figures.officers >= floor - 1e-9, "{} below its floor {floor}", u1.unit_id);
            }
        }
    }
}

/// Officers each unit must keep when giving: ceil(min on duty x officer
/// days / days on duty), as a suggestion keeps it.
fn floors(base: &Baseline) -> Vec<f64> {
    base.report()
        .units
        .iter()
        .map(|u| {
            let f = &u.figures;
            let duty: u32 = f.daily_on_duty.iter().sum();
            if duty > 0 {
                (u.min_on_duty as f64 * f.officer_days as f64 / duty as f64 - 1e-9).ceil()
            } else {
                0.0
            }
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Every plan that differs from the suggestion by where one moved
    /// officer comes from, keeps the floors and reaches the same worst load
    /// with the same moves, has at least as many alarms.
    #[test]
    fn no_plan_with_the_same_worst_load_and_moves_has_fewer_alarms(
        officers in 40usize..90,
        seed in any::<u64>(),
        k in 1usize..5,
    ) {
        let b = bureau(officers, seed, 0);
        let base = base(&b);
        let s = Scenario::new("p");
        let plan = suggest(&base, &s, &Options { max_moves: k, ..Options::default() });
        let floor = floors(&base);
        let moves: Vec<(usize, String, String)> = plan.edits.iter().enumerate().filter_map(|(i, e)| match e {
            Edit::MoveOfficer { officer, to, .. } => Some((i, officer.clone(), to.clone())),
            _ => None,
        }).collect();
        let moved: HashSet<&str> = moves.iter().map(|m| m.1.as_str()).collect();
        for (i, who, to) in &moves {
            let from = b.officer(b.officer_index(who).unwrap()).unit;
            for (u, unit) in b.units.iter().enumerate() {
                if u as u32 == from || unit.id == *to {
                    continue;
                }
                // The officer of that unit a suggestion would send: who
                // lives in the receiving unit's area, holds no community
                // areas, has the fewest years of service.
                let to_name = &b.units[b.unit_index(to).unwrap() as usize].name;
                let Some(other) = b.officers.iter().enumerate().filter(|(_, o)| {
                    o.unit as usize == u
                        && !matches!(o.role, Role::Leader | Role::Instructor)
                        && !moved.contains(o.id.as_str())
                }).min_by_key(|(x, o)| (
                    !lives_near(&o.home_district, to_name),
                    o.role == Role::Community && base.report().officers[*x].figures.areas > 0,
                    completed_years(o.service_start, base.period().start),
                    o.id.clone(),
                )).map(|(_, o)| o) else { continue };
                let mut alt = s.clone();
                alt.edits = plan.edits.clone();
                alt.edits[*i] = Edit::MoveOfficer { officer: other.id.clone(), to: to.clone(), from: None, reason: String::new() };
                let out = outcome(&base, &alt);
                if !out.problems.is_empty() {
                    continue;
                }
                let keeps_floors = base.report().units.iter().zip(&out.report().units).enumerate().all(|(x, (u0, u1))| {
                    u1.figures.officers >= u0.figures.officers - 1e-9 || u1.figures.officers >= floor[x] - 1e-9
                });
                if keeps_floors && (out.worst_load() - plan.plan_worst).abs() < 1e-9 {
                    prop_assert!(plan.plan_alarms <= out.alarms(), "{} from {} instead: {} alarms, the suggestion {}", other.id, unit.id, out.alarms(), plan.plan_alarms);
                }
            }
        }
    }
}
