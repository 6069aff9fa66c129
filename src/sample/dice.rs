//! The few random draws the generator needs, on one seeded ChaCha8 stream.
//!
//! Every draw goes through `rand`'s portable samplers (no `HashMap`, no
//! platform-sized arithmetic), so a seed gives the same bureau on any machine.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The generator's source of randomness.
pub type Dice = ChaCha8Rng;

pub fn dice(seed: u64) -> Dice {
    ChaCha8Rng::seed_from_u64(seed)
}

/// True with probability `p` (0 <= p <= 1).
pub fn chance(rng: &mut Dice, p: f64) -> bool {
    rng.random_bool(p)
}

/// A whole number in `lo..=hi`.
pub fn between(rng: &mut Dice, lo: u32, hi: u32) -> u32 {
    rng.random_range(lo..=hi)
}

/// A real number in `lo..hi` (just `lo` when the range is empty).
pub fn uniform(rng: &mut Dice, lo: f64, hi: f64) -> f64 {
    lo + (hi - lo) * rng.random::<f64>()
}

/// Hours in `lo..=hi`, in half-hour steps, as timesheets record them.
pub fn half_hours(rng: &mut Dice, lo: f64, hi: f64) -> f64 {
    let steps = ((hi - lo) * 2.0).round() as u32;
    lo + f64::from(between(rng, 0, steps)) / 2.0
}

/// One element of a non-empty slice.
pub fn pick<T: Copy>(rng: &mut Dice, items: &[T]) -> T {
    items[rng.random_range(0..items.len())]
}

/// `k` distinct elements of `items` (all of them when `k` is larger), in
/// random order: a partial Fisher-Yates shuffle.
pub fn sample<T: Copy>(rng: &mut Dice, items: &[T], k: usize) -> Vec<T> {
    let mut pool = items.to_vec();
    let k = k.min(pool.len());
    for i in 0..k {
        let j = rng.random_range(i..pool.len());
        pool.swap(i, j);
    }
    pool.truncate(k);
    pool
}
