//! How many officers each unit should hold after K moves and R recruits, in
//! the load model L_u(x) = W_u / ((f_u + x) c): first the lowest worst load
//! K moves can reach, then, among the allocations that reach it, the fewest
//! officers in alarm, then the fewest in warning, then the fewest moves,
//! solved exactly by dynamic programming over the units.
//!
//! An officer's average week in a unit is its load times the standard week
//! (the unit's work shared by its officers, as the rosters are dealt again),
//! so a unit at x officers has all of them in alarm when that week is over
//! the alarm threshold of the average week, in warning when over the warning
//! one, none otherwise. The worst load is exact in the model; the alarms are
//! the model's count, which the proposed bureau then confirms.

/// A unit as the allocation sees it.
#[derive(Debug, Clone)]
pub struct Slot {
    pub workload: f64,
    /// Officer-equivalents that stay (pinned, leaders, part-period, ...).
    pub fixed: f64,
    /// Movable officers now.
    pub movable: usize,
    /// Movable officers it must keep (staffing floor).
    pub keep: usize,
    /// Indices of its movable officers among the candidates.
    pub officers: Vec<usize>,
}

impl Slot {
    /// Load with `x` movable officers (and the fixed ones).
    pub fn load(&self, x: f64, c: f64) -> f64 {
        let n = self.fixed + x;
        if self.workload <= 0.0 {
            0.0
        } else if n <= 1e-9 {
            f64::INFINITY
        } else {
            self.workload / (n * c)
        }
    }
}

/// The thresholds of an officer's average week, and the standard week.
#[derive(Debug, Clone, Copy)]
pub struct Weeks {
    pub standard: f64,
    pub warn: f64,
    pub alarm: f64,
}

/// Officers in alarm and in warning at unit `s` with `x` movable officers.
fn cost(s: &Slot, x: usize, c: f64, weeks: Weeks) -> (u32, u32) {
    let week = s.load(x as f64, c) * weeks.standard;
    let officers = (s.fixed + x as f64).round() as u32;
    if week > weeks.alarm {
        (officers, 0)
    } else if week > weeks.warn {
        (0, officers)
    } else {
        (0, 0)
    }
}

/// Officers unit `s` needs for its load to be at most `level`, if any
/// number up to `most` will do.
fn needs(s: &Slot, level: f64, c: f64, most: usize) -> Option<usize> {
    (0..=most).find(|&x| s.load(x as f64, c) <= level * (1.0 + 1e-12))
}

/// Whether `level` is reachable with at most `moves` moves and `recruits`
/// recruits: each unit above it gets what it needs, from units that can
/// spare officers above their floor and their own need.
fn reachable(slots: &[Slot], c: f64, level: f64, moves: usize, recruits: usize) -> bool {
    let (mut need, mut give) = (0usize, 0usize);
    for s in slots {
        let Some(r) = needs(s, level, c, s.movable + moves + recruits) else {
            return false;
        };
        need += r.saturating_sub(s.movable);
        give += s.movable.saturating_sub(r.max(s.keep));
    }
    need <= moves + recruits && need.saturating_sub(recruits) <= moves.min(give)
}

/// The lowest worst load reachable with at most `moves` moves and
/// `recruits` recruits (all placed).
pub fn best_level(slots: &[Slot], c: f64, moves: usize, recruits: usize) -> f64 {
    let mut levels: Vec<f64> = slots
        .iter()
        .flat_map(|s| (0..=s.movable + moves + recruits).map(move |x| s.load(x as f64, c)))
        .filter(|l| l.is_finite())
        .collect();
    levels.sort_by(f64::total_cmp);
    levels.dedup();
    // Reachability only grows with the level: the first reachable one.
    let first = levels.partition_point(|&l| !reachable(slots, c, l, moves, recruits));
    levels.get(first).copied().unwrap_or(f64::INFINITY)
}

/// The work a dynamic programme over these would take, to decide whether
/// to solve exactly.
pub fn effort(slots: &[Slot], moves: usize, recruits: usize) -> usize {
    slots.len() * (moves + 1) * (moves + recruits + 1) * (moves + 1)
}

/// The most work solved exactly (a few tenths of a second).
pub const EFFORT_LIMIT: usize = 400_000_000;

/// The change in movable officers of each unit (negative: it gives) that
/// reaches `level` with at most `moves` moves and `recruits` recruits, with
/// the fewest officers in alarm, then in warning, then the fewest moves; and
/// how many of the recruits it places (the rest go where the load is
/// highest). `None` if the level cannot be reached.
pub fn allocate(
    slots: &[Slot],
    c: f64,
    level: f64,
    moves: usize,
    recruits: usize,
    weeks: Weeks,
) -> Option<Vec<i64>> {
    let (g_max, r_max) = (moves, moves + recruits);
    let width = r_max + 1;
    let state = |g: usize, r: usize| g * width + r;
    type Cost = (u32, u32, usize);
    const NONE: Cost = (u32::MAX, u32::MAX, usize::MAX);
    let mut best: Vec<Cost> = vec![NONE; (g_max + 1) * width];
    best[state(0, 0)] = (0, 0, 0);
    let mut choices: Vec<Vec<i64>> = Vec::with_capacity(slots.len());
    for s in slots {
        let r = needs(s, level, c, s.movable + r_max)?;
        // A unit above the level receives what it needs; one below may
        // give down to its floor and its need.
        let lo = if r > s.movable {
            (r - s.movable) as i64
        } else {
            -(s.movable.saturating_sub(r.max(s.keep)) as i64)
        };
        // Receiving more than lowers the unit's count of alarms and
        // warnings is of no use to the objective.
        let floor_cost = cost(s, s.movable + r_max, c, weeks);
        let first_in = r.saturating_sub(s.movable);
        let hi = (first_in..=r_max)
            .find(|&d| cost(s, s.movable + d, c, weeks) == floor_cost)
            .unwrap_or(r_max) as i64;
        let mut next: Vec<Cost> = vec![NONE; best.len()];
        let mut pick: Vec<i64> = vec![i64::MIN; best.len()];
        for g in 0..=g_max {
            for rv in 0..=r_max {
                let now = best[state(g, rv)];
                if now == NONE {
                    continue;
                }
                for d in lo..=hi {
                    let (g2, r2) = if d < 0 {
                        (g + (-d) as usize, rv)
                    } else {
                        (g, rv + d as usize)
                    };
                    if g2 > g_max || r2 > r_max {
                        continue;
                    }
                    let (a, w) = cost(s, (s.movable as i64 + d) as usize, c, weeks);
                    let total = (now.0 + a, now.1 + w, g2);
                    let at = state(g2, r2);
                    if total < next[at] {
                        next[at] = total;
                        pick[at] = d;
                    }
                }
            }
        }
        best = next;
        choices.push(pick);
    }
    // Every officer given is received; recruits fill the rest.
    let end = (0..=g_max)
        .flat_map(|g| (g..=(g + recruits).min(r_max)).map(move |r| (g, r)))
        .filter(|&(g, r)| best[state(g, r)] != NONE)
        .min_by_key(|&(g, r)| best[state(g, r)])?;
    let (mut g, mut r) = end;
    let mut change = vec![0i64; slots.len()];
    for u in (0..slots.len()).rev() {
        let d = choices[u][state(g, r)];
        change[u] = d;
        if d < 0 {
            g -= (-d) as usize;
        } else {
            r -= d as usize;
        }
    }
    Some(change)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(workload: f64, movable: usize, keep: usize) -> Slot {
        Slot {
            workload,
            fixed: 0.0,
            movable,
            keep,
            officers: (0..movable).collect(),
        }
    }

    const WEEKS: Weeks = Weeks {
        standard: 40.0,
        warn: 48.0,
        alarm: 60.0,
    };

    /// c = 40: a unit's load is its weekly hours per officer over 40.
    #[test]
    fn the_fewest_alarms_among_the_allocations_with_the_best_worst_load() {
        // A: 700 h a week, 10 officers: 70 h each (load 1.75, alarm).
        // B: 300 h, 6 officers: 50 h (warning). C: 240 h, 6 officers: 40 h.
        let slots = [slot(700.0, 10, 0), slot(300.0, 6, 0), slot(240.0, 6, 0)];
        let c = 40.0;
        // One move: A at 11 officers is at 63.6 h (load 1.59) whoever gives.
        let level = best_level(&slots, c, 1, 0);
        assert!((level - 700.0 / 11.0 / 40.0).abs() < 1e-12);
        let change = allocate(&slots, c, level, 1, 0, WEEKS).unwrap();
        // No one leaves alarm; in warning: B giving leaves 5 at 60 h (B 5,
        // C 6 at 40 h: 5 in all), C giving leaves B's 6 at 50 h and C's 5 at
        // 48 h (not over): 6. So B gives.
        assert_eq!(change, [1, -1, 0]);
        // Two moves: A at 12 would be 58.3 h (1.458), but then B (5 at 60 h,
        // 1.5) and C (4 at 60 h) could not give: the best is 1.5.
        assert_eq!(best_level(&slots, c, 2, 0), 1.5);
        let change = allocate(&slots, c, 1.5, 2, 0, WEEKS).unwrap();
        // One from each: in warning A's 12 and B's 5 (17); two from C: A's
        // 12, B's 6 and C's 4 (22).
        assert_eq!(change, [2, -1, -1]);
    }

    #[test]
    fn recruits_go_where_they_cut_the_worst_load() {
        let slots = [slot(700.0, 10, 0), slot(300.0, 6, 6)];
        let c = 40.0;
        // No one can move (B keeps all six): two recruits to A.
        let level = best_level(&slots, c, 5, 2);
        assert!((level - 700.0 / 12.0 / 40.0).abs() < 1e-12);
        assert_eq!(allocate(&slots, c, level, 5, 2, WEEKS).unwrap(), [2, 0]);
    }
}
