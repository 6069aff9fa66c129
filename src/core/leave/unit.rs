//! A unit's leave problem as plain numbers, the form both the greedy plan and
//! the exact solver answer: the window's days, what each officer is owed and
//! can take, the room on each day, and the covers the leaders may give.

/// What an officer's day is to the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Day {
    /// On post: taking it needs an officer spare above the minimum, or a cover.
    Duty,
    /// Training: a work day that can be taken without touching the minimum.
    OffPost,
    /// Already on leave or comp in the roster (counted away already).
    Away,
    /// A rest day, or a day not at the unit: a block may span it.
    Other,
}

impl Day {
    /// A work day a block takes (and grants).
    pub fn consumable(self) -> bool {
        matches!(self, Day::Duty | Day::OffPost)
    }
}

/// An officer owed leave, in priority order within the unit.
#[derive(Debug, Clone)]
pub struct Need {
    /// Work days owed (annual leave, then comp days).
    pub need: u32,
    /// The officer's days over the window.
    pub day: Vec<Day>,
}

/// A leader who may cover: their free rest days in the window (outside
/// blackouts), and limits "at most `cap` covers on these days" (the cover
/// allowance, and what keeps each of their own flags where it is).
#[derive(Debug, Clone)]
pub struct Coverer {
    /// The leader's own place among the officers owed leave, if they are.
    pub person: Option<usize>,
    pub days: Vec<usize>,
    pub limits: Vec<(Vec<usize>, u32)>,
}

/// One unit's problem.
#[derive(Debug, Clone)]
pub struct UnitProblem {
    pub n: usize,
    pub blackout: Vec<bool>,
    /// Officers on duty above the minimum on each day (0 at or below it).
    pub spare: Vec<u32>,
    /// With a batch limit: how many more may be away on each day.
    pub room: Option<Vec<u32>>,
    pub people: Vec<Need>,
    pub leaders: Vec<Coverer>,
    pub min_block: Option<u32>,
}

/// A plan for a unit: each officer's blocks as (first, last) work day, and
/// the covers as (leader, day, officer freed).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Assignment {
    pub spans: Vec<Vec<(usize, usize)>>,
    pub covers: Vec<(usize, usize, usize)>,
}

/// What a plan uses on each window day (`UnitProblem::usage`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Usage {
    pub off_duty: Vec<u32>,
    pub away: Vec<u32>,
    pub covers: Vec<u32>,
}

impl UnitProblem {
    /// The work days officer `k`'s blocks take.
    pub fn taken(&self, k: usize, plan: &Assignment) -> Vec<usize> {
        let day = &self.people[k].day;
        let mut days: Vec<usize> = plan.spans[k]
            .iter()
            .flat_map(|&(a, z)| a..=z)
            .filter(|&i| day[i].consumable())
            .collect();
        days.sort_unstable();
        days.dedup();
        days
    }

    /// Whether each officer gets all their days, and the days each gets.
    pub fn per_person(&self, plan: &Assignment) -> (Vec<bool>, Vec<u32>) {
        let granted: Vec<u32> = (0..self.people.len())
            .map(|k| self.taken(k, plan).len() as u32)
            .collect();
        let full = granted
            .iter()
            .zip(&self.people)
            .map(|(&g, p)| g == p.need)
            .collect();
        (full, granted)
    }

    /// Officers in full and days granted: what a plan is judged by first.
    pub fn score(&self, plan: &Assignment) -> (u32, u32) {
        let (full, granted) = self.per_person(plan);
        (
            full.iter().filter(|&&f| f).count() as u32,
            granted.iter().sum(),
        )
    }

    /// Per window day, what a plan uses: officers taken off a duty shift,
    /// officers away (in a block, not already away in the roster), and
    /// leaders' covers.
    pub fn usage(&self, plan: &Assignment) -> Usage {
        let n = self.n;
        let mut usage = Usage {
            off_duty: vec![0; n],
            away: vec![0; n],
            covers: vec![0; n],
        };
        for (k, p) in self.people.iter().enumerate() {
            for &(a, z) in &plan.spans[k] {
                for i in a..=z.min(n.saturating_sub(1)) {
                    usage.off_duty[i] += u32::from(p.day[i] == Day::Duty);
                    usage.away[i] += u32::from(p.day[i] != Day::Away);
                }
            }
        }
        for &(_, d, _) in &plan.covers {
            usage.covers[d] += 1;
        }
        usage
    }

    /// Every rule a plan must keep, checked from the numbers alone: `None`
    /// if it keeps them all, else the first it breaks (for tests and as a
    /// guard on the solver's answer).
    pub fn violation(&self, plan: &Assignment) -> Option<String> {
        let n = self.n;
        for (k, p) in self.people.iter().enumerate() {
            let spans = &plan.spans[k];
            if self.min_block.is_none() && spans.len() > 1 {
                return Some(format!("officer {k}: {} blocks", spans.len()));
            }
            let mut owned = vec![false; n];
            for &(a, z) in spans {
                if a > z || z >= n {
                    return Some(format!("officer {k}: block {a}..{z}"));
                }
                if !p.day[a].consumable() || !p.day[z].consumable() {
                    return Some(format!("officer {k}: block {a}..{z} ends on a day off"));
                }
                if let Some(m) = self.min_block {
                    let len = (a..=z).filter(|&i| p.day[i].consumable()).count() as u32;
                    if len < m.min(p.need) {
                        return Some(format!("officer {k}: block of {len} days"));
                    }
                }
                for (i, (own, &blackout)) in owned[a..=z]
                    .iter_mut()
                    .zip(&self.blackout[a..=z])
                    .enumerate()
                {
                    let i = a + i;
                    if blackout {
                        return Some(format!("officer {k}: blackout day {i}"));
                    }
                    if *own {
                        return Some(format!("officer {k}: blocks overlap on {i}"));
                    }
                    *own = true;
                }
            }
            let granted = self.taken(k, plan).len() as u32;
            if granted > p.need {
                return Some(format!("officer {k}: {granted} days of {}", p.need));
            }
        }
        for (l, leader) in self.leaders.iter().enumerate() {
            let mine: Vec<usize> = plan
                .covers
                .iter()
                .filter(|c| c.0 == l)
                .map(|c| c.1)
                .collect();
            for &d in &mine {
                if !leader.days.contains(&d) {
                    return Some(format!("leader {l}: cover on day {d}"));
                }
                if mine.iter().filter(|&&x| x == d).count() > 1 {
                    return Some(format!("leader {l}: two covers on day {d}"));
                }
                if let Some(k) = leader.person
                    && plan.spans[k].iter().any(|&(a, z)| a <= d && d <= z)
                {
                    return Some(format!("leader {l}: covers day {d} of their own leave"));
                }
            }
            for (days, cap) in &leader.limits {
                let used = mine.iter().filter(|d| days.contains(d)).count() as u32;
                if used > *cap {
                    return Some(format!("leader {l}: {used} covers where {cap} may"));
                }
            }
        }
        let Usage {
            off_duty,
            away,
            covers,
        } = self.usage(plan);
        for i in 0..n {
            if off_duty[i] > self.spare[i] + covers[i] {
                return Some(format!(
                    "day {i}: {} off duty, {} spare, {} covers",
                    off_duty[i], self.spare[i], covers[i]
                ));
            }
            if let Some(room) = &self.room
                && away[i] > room[i]
            {
                return Some(format!("day {i}: {} away, room for {}", away[i], room[i]));
            }
        }
        None
    }
}
