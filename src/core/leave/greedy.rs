//! The quick plan, and the exact solver's starting point: officers in
//! priority order, each taking the earliest block that holds all their days,
//! else the longest that fits (with a minimum block length, several blocks
//! of at least that length).

use super::unit::{Assignment, Day, UnitProblem};

/// What is left of a unit's room while officers are placed one by one.
#[derive(Clone)]
struct Room {
    /// Officers spare above the minimum, day by day.
    spare: Vec<u32>,
    /// With a batch limit: how many more may be away.
    away: Option<Vec<u32>>,
    /// Covers each leader has given, by day.
    covers: Vec<Vec<usize>>,
    /// Days each leader is on leave themselves.
    leader_away: Vec<Vec<bool>>,
}

/// A block found for an officer, in window days.
struct Found {
    start: usize,
    end: usize,
    /// The work days it takes.
    take: Vec<usize>,
    /// Leaders' covers it needs, as (leader, day).
    covers: Vec<(usize, usize)>,
}

/// Plans the unit greedily: first every officer who can take all their
/// days in one go (in priority order, and again with the smallest needs
/// first, keeping whichever serves more), then, with the room left, the
/// longest blocks for the others. An officer who can never get all their
/// days so takes only room nobody could use in full. The plan keeps every
/// rule of the problem.
pub fn plan(unit: &UnitProblem) -> Assignment {
    let priority: Vec<usize> = (0..unit.people.len()).collect();
    let mut smallest = priority.clone();
    smallest.sort_by_key(|&k| unit.people[k].need);
    let first = plan_in(unit, &priority);
    let second = plan_in(unit, &smallest);
    if unit.score(&second) > unit.score(&first) {
        second
    } else {
        first
    }
}

/// Full blocks in `order`, then partial ones in priority order.
fn plan_in(unit: &UnitProblem, order: &[usize]) -> Assignment {
    let n = unit.n;
    let mut room = Room {
        spare: unit.spare.clone(),
        away: unit.room.clone(),
        covers: vec![Vec::new(); unit.leaders.len()],
        leader_away: vec![vec![false; n]; unit.leaders.len()],
    };
    let mut plan = Assignment {
        spans: vec![Vec::new(); unit.people.len()],
        covers: Vec::new(),
    };
    for &k in order {
        place(unit, &mut room, &mut plan, k, false);
    }
    for k in 0..unit.people.len() {
        if plan.spans[k].is_empty() {
            place(unit, &mut room, &mut plan, k, true);
        }
    }
    plan
}

/// Places officer `k`'s leave: all of it, or with `partial`, as much as
/// fits; nothing is kept of an attempt that falls short without `partial`.
fn place(unit: &UnitProblem, room: &mut Room, plan: &mut Assignment, k: usize, partial: bool) {
    let n = unit.n;
    let need = unit.people[k].need as usize;
    let min_len = match unit.min_block {
        // Every block at least the minimum, or all the days owed if fewer.
        Some(m) => (m as usize).min(need).max(1),
        None => 1,
    };
    let mut trial = room.clone();
    let (mut spans, mut covers) = (Vec::new(), Vec::new());
    let mut owned = vec![false; n];
    let mut got = 0;
    while got < need {
        let Some(found) = find_block(unit, &trial, k, &owned, need - got, min_len) else {
            break;
        };
        let day = &unit.people[k].day;
        let covered: Vec<usize> = found.covers.iter().map(|c| c.1).collect();
        for &i in &found.take {
            if day[i] == Day::Duty && !covered.contains(&i) {
                trial.spare[i] -= 1;
            }
        }
        for i in found.start..=found.end {
            owned[i] = true;
            if let Some(away) = &mut trial.away
                && day[i] != Day::Away
            {
                away[i] -= 1;
            }
        }
        if let Some(l) = unit.leaders.iter().position(|l| l.person == Some(k)) {
            trial.leader_away[l][found.start..=found.end].fill(true);
        }
        for (l, i) in found.covers {
            trial.covers[l].push(i);
            covers.push((l, i, k));
        }
        got += found.take.len();
        spans.push((found.start, found.end));
        if unit.min_block.is_none() {
            break;
        }
    }
    if got == need || (partial && got > 0) {
        *room = trial;
        spans.sort_unstable();
        plan.spans[k] = spans;
        plan.covers.extend(covers);
    }
}

/// The earliest block for officer `k` that takes `want` work days, else the
/// longest of at least `min_len`; never over a day in `owned`.
fn find_block(
    unit: &UnitProblem,
    room: &Room,
    k: usize,
    owned: &[bool],
    want: usize,
    min_len: usize,
) -> Option<Found> {
    let n = unit.n;
    let day = &unit.people[k].day;
    let me = unit.leaders.iter().position(|l| l.person == Some(k));
    let mut best: Option<Found> = None;
    for start in 0..n {
        if !day[start].consumable() || unit.blackout[start] || owned[start] {
            continue;
        }
        let mut take = Vec::new();
        let mut covers: Vec<(usize, usize)> = Vec::new();
        let mut end = start;
        for i in start..n {
            let full = room
                .away
                .as_ref()
                .is_some_and(|away| day[i] != Day::Away && away[i] == 0);
            // A leader who covers a day cannot be on leave that day.
            let covering = me.is_some_and(|l| room.covers[l].contains(&i));
            if unit.blackout[i] || owned[i] || full || covering {
                break;
            }
            match day[i] {
                Day::Duty => {
                    if room.spare[i] > 0 {
                        take.push(i);
                    } else if let Some(l) = cover(unit, room, &covers, i, me) {
                        covers.push((l, i));
                        take.push(i);
                    } else {
                        break;
                    }
                }
                Day::OffPost => take.push(i),
                Day::Away | Day::Other => {}
            }
            end = i;
            if take.len() == want {
                break;
            }
        }
        // A block ends on its last work day.
        let Some(&last) = take.last() else { continue };
        end = end.min(last);
        let found = Found {
            start,
            end,
            take,
            covers,
        };
        if found.take.len() == want && want >= min_len {
            return Some(found);
        }
        if found.take.len() >= min_len
            && best
                .as_ref()
                .is_none_or(|b| found.take.len() > b.take.len())
        {
            best = Some(found);
        }
    }
    best
}

/// A leader who can cover day `i`, besides the covers `planned` for the
/// block being built: a free rest day, not on leave that day (and not the
/// officer going on leave, `me`), within every limit.
fn cover(
    unit: &UnitProblem,
    room: &Room,
    planned: &[(usize, usize)],
    i: usize,
    me: Option<usize>,
) -> Option<usize> {
    (0..unit.leaders.len()).find(|&l| {
        let leader = &unit.leaders[l];
        let mine = || {
            room.covers[l]
                .iter()
                .copied()
                .chain(planned.iter().filter(|c| c.0 == l).map(|c| c.1))
        };
        Some(l) != me
            && leader.days.contains(&i)
            && !room.leader_away[l][i]
            && !mine().any(|d| d == i)
            && leader
                .limits
                .iter()
                .filter(|(days, _)| days.contains(&i))
                .all(|(days, cap)| (mine().filter(|d| days.contains(d)).count() as u32) < *cap)
    })
}
