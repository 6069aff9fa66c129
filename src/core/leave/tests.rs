//! The unit solvers against an exhaustive search on units small enough to
//! enumerate: tight floors, leaders' covers with limits, batch limits,
//! blackouts and minimum block lengths.

use super::unit::{Assignment, Coverer, Day, Need, UnitProblem};
use super::{bounds, exact, greedy};
use proptest::prelude::*;

/// Every way officer `k` could take leave: no block, or blocks from work
/// day to work day, no blackout inside, each at least the minimum, all
/// together at most what is owed (one block without a minimum length).
fn choices(unit: &UnitProblem, k: usize) -> Vec<Vec<(usize, usize)>> {
    let p = &unit.people[k];
    let min_len = unit.min_block.map_or(1, |m| m.min(p.need).max(1));
    let mut spans = Vec::new();
    for a in 0..unit.n {
        for z in a..unit.n {
            let ok = p.day[a].consumable()
                && p.day[z].consumable()
                && (a..=z).all(|i| !unit.blackout[i]);
            let len = (a..=z).filter(|&i| p.day[i].consumable()).count() as u32;
            if ok && len >= min_len && len <= p.need {
                spans.push((a, z, len));
            }
        }
    }
    let mut out = vec![Vec::new()];
    let limit = if unit.min_block.is_some() { 3 } else { 1 };
    fn grow(
        spans: &[(usize, usize, u32)],
        from: usize,
        left: u32,
        blocks: usize,
        current: &mut Vec<(usize, usize)>,
        out: &mut Vec<Vec<(usize, usize)>>,
    ) {
        if blocks == 0 {
            return;
        }
        for (j, &(a, z, len)) in spans.iter().enumerate().skip(from) {
            let after = current.last().is_none_or(|&(_, last)| a > last);
            if after && len <= left {
                current.push((a, z));
                out.push(current.clone());
                grow(spans, j + 1, left - len, blocks - 1, current, out);
                current.pop();
            }
        }
    }
    grow(&spans, 0, p.need, limit, &mut Vec::new(), &mut out);
    out
}

/// Whether covers can be found for the plan's spans (searching every
/// assignment of leaders to the days that need them).
fn with_covers(unit: &UnitProblem, spans: &[Vec<(usize, usize)>]) -> Option<Assignment> {
    let mut plan = Assignment {
        spans: spans.to_vec(),
        covers: Vec::new(),
    };
    let mut wanted: Vec<(usize, usize)> = Vec::new(); // (day, officer freed)
    for i in 0..unit.n {
        let takers: Vec<usize> = (0..spans.len())
            .filter(|&k| {
                unit.people[k].day[i] == Day::Duty
                    && spans[k].iter().any(|&(a, z)| a <= i && i <= z)
            })
            .collect();
        let short = takers.len().saturating_sub(unit.spare[i] as usize);
        wanted.extend(takers.iter().take(short).map(|&k| (i, k)));
    }
    fn assign(unit: &UnitProblem, wanted: &[(usize, usize)], plan: &mut Assignment) -> bool {
        let Some((&(day, k), rest)) = wanted.split_first() else {
            return unit.violation(plan).is_none();
        };
        for l in 0..unit.leaders.len() {
            let taken = plan.covers.iter().any(|c| c.0 == l && c.1 == day);
            if taken || !unit.leaders[l].days.contains(&day) {
                continue;
            }
            plan.covers.push((l, day, k));
            if assign(unit, rest, plan) {
                return true;
            }
            plan.covers.pop();
        }
        false
    }
    assign(unit, &wanted, &mut plan).then_some(plan)
}

/// The best (officers in full, days) of any plan, by exhaustive search.
fn optimum(unit: &UnitProblem) -> (u32, u32) {
    let options: Vec<Vec<Vec<(usize, usize)>>> =
        (0..unit.people.len()).map(|k| choices(unit, k)).collect();
    let mut best = (0, 0);
    let mut spans = Vec::new();
    fn walk(
        unit: &UnitProblem,
        options: &[Vec<Vec<(usize, usize)>>],
        spans: &mut Vec<Vec<(usize, usize)>>,
        best: &mut (u32, u32),
    ) {
        let k = spans.len();
        if k == options.len() {
            if let Some(plan) = with_covers(unit, spans) {
                *best = (*best).max(unit.score(&plan));
            }
            return;
        }
        for choice in &options[k] {
            spans.push(choice.clone());
            walk(unit, options, spans, best);
            spans.pop();
        }
    }
    walk(unit, &options, &mut spans, &mut best);
    best
}

/// Small units with tight room: a few officers on a short window.
fn small_unit() -> impl Strategy<Value = UnitProblem> {
    (
        5usize..10,
        2usize..5,
        any::<u64>(),
        0usize..3,
        proptest::option::of(1u32..4),
        proptest::option::of(2u32..4),
        0u32..3,
    )
        .prop_map(|(n, people, seed, leaders, batch, min_block, cover)| {
            let mut state = seed | 1;
            let mut next = move |m: u64| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state % m
            };
            let people: Vec<Need> = (0..people)
                .map(|_| Need {
                    need: 1 + next(4) as u32,
                    day: (0..n)
                        .map(|_| match next(10) {
                            0..=5 => Day::Duty,
                            6 => Day::OffPost,
                            7 => Day::Away,
                            _ => Day::Other,
                        })
                        .collect(),
                })
                .collect();
            let blackout: Vec<bool> = (0..n).map(|_| next(8) == 0).collect();
            let leaders = (0..leaders)
                .map(|l| {
                    let days: Vec<usize> =
                        (0..n).filter(|&i| !blackout[i] && next(2) == 0).collect();
                    let mut limits = vec![(days.clone(), cover)];
                    // A streak-like limit on the first three free days.
                    if days.len() >= 3 && next(2) == 0 {
                        limits.push((days[..3].to_vec(), 1));
                    }
                    Coverer {
                        person: (l == 0 && next(2) == 0).then_some(0),
                        days,
                        limits,
                    }
                })
                .collect();
            UnitProblem {
                n,
                spare: (0..n).map(|_| next(2) as u32).collect(),
                room: batch.map(|m| (0..n).map(|_| m.saturating_sub(next(2) as u32)).collect()),
                blackout,
                people,
                leaders,
                min_block,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// The greedy plan keeps every rule; the exact plan keeps every rule, is
    /// never worse, reaches the optimum when it says so, and the optimum is
    /// within the bounds it reports.
    #[test]
    fn the_exact_plan_reaches_the_optimum_of_an_exhaustive_search(unit in small_unit()) {
        let warm = greedy::plan(&unit);
        prop_assert_eq!(unit.violation(&warm), None);
        let best = optimum(&unit);
        let (officers, days) = bounds(&unit);
        prop_assert!(best.0 <= officers && best.1 <= days, "{best:?} above the bounds {officers}, {days}");
        let solved = exact::solve(&unit, &warm, 10_000).expect("the solver answers");
        prop_assert_eq!(unit.violation(&solved.plan), None);
        let got = unit.score(&solved.plan);
        prop_assert!(got >= unit.score(&warm));
        prop_assert!(best.0 <= solved.officers_bound);
        if let Some(days) = solved.days_bound.filter(|_| best.0 == solved.officers_bound) {
            prop_assert!(best.1 <= days);
        }
        // With budget enough for units this small, the solve is complete.
        prop_assert_eq!(got, best, "greedy {:?}", unit.score(&warm));
    }
}

/// Officer 0, first in priority, is owed 6 days but has only 4 work days;
/// officers 1 and 2 are owed 2 each; one spare a day over 6 days. Given the
/// longest block first, officer 0 would take 4 days of room and leave room
/// for only one of the others in full. The quick plan serves 1 and 2 first
/// (then nothing fits officer 0); the exact plan also gives officer 0 the
/// 2 days that are left.
#[test]
fn an_officer_who_cannot_go_in_full_does_not_take_the_room_of_two() {
    let duty = vec![Day::Duty; 6];
    let mut short = duty.clone();
    short[4] = Day::Other;
    short[5] = Day::Other;
    let unit = UnitProblem {
        n: 6,
        blackout: vec![false; 6],
        spare: vec![1; 6],
        room: None,
        people: vec![
            Need {
                need: 6,
                day: short,
            },
            Need {
                need: 2,
                day: duty.clone(),
            },
            Need { need: 2, day: duty },
        ],
        leaders: Vec::new(),
        min_block: None,
    };
    let warm = greedy::plan(&unit);
    assert_eq!(unit.score(&warm), (2, 4));
    let solved = exact::solve(&unit, &warm, 10_000).unwrap();
    assert_eq!(unit.score(&solved.plan), (2, 6));
    assert_eq!((solved.officers_bound, solved.days_bound), (2, Some(6)));
}

/// With a batch limit, an officer's own leave already in the roster is not
/// counted twice: their block may span it while one other is away.
#[test]
fn an_officers_own_leave_is_counted_once_against_the_batch() {
    let mut day = vec![Day::Duty; 5];
    day[2] = Day::Away;
    let unit = UnitProblem {
        n: 5,
        blackout: vec![false; 5],
        spare: vec![1; 5],
        // Day 2: one away already (the officer), room for none more.
        room: Some(vec![1, 1, 0, 1, 1]),
        people: vec![Need { need: 4, day }],
        leaders: Vec::new(),
        min_block: None,
    };
    let plan = greedy::plan(&unit);
    assert_eq!(plan.spans[0], [(0, 4)]);
    assert_eq!(unit.score(&plan), (1, 4));
}

/// With a minimum block of 3, an officer owed 4 gets one block of 4 or of
/// 3, never 3 and then 1; one owed 2 gets their 2 together.
#[test]
fn no_block_is_shorter_than_the_minimum_but_for_who_is_owed_less() {
    let mut day = vec![Day::Duty; 9];
    day[3] = Day::Other;
    let unit = UnitProblem {
        n: 9,
        blackout: vec![false, false, false, false, true, false, false, false, false],
        spare: vec![2; 9],
        room: None,
        people: vec![
            Need {
                need: 4,
                day: day.clone(),
            },
            Need { need: 2, day },
        ],
        leaders: Vec::new(),
        min_block: Some(3),
    };
    let plan = greedy::plan(&unit);
    assert_eq!(unit.violation(&plan), None);
    // Days 0-2 (3 work days), then the blackout; 5-8 holds all 4.
    assert_eq!(plan.spans[0], [(5, 8)]);
    assert_eq!(plan.spans[1], [(0, 1)]);
}
