//! Work spread over the machine's cores, for the few places where it pays
//! (dealing units, making officers' rows, recomputing officers' figures,
//! reading a folder of the stations' rosters and writing them):
//! scoped threads, results in the items' order, no pool to keep.

/// Threads worth starting for `items` items: one a core, no more than items.
fn threads(items: usize) -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(items)
}

/// `f` of each item, on as many threads as the machine has (in order).
pub fn in_parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = threads(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// `f` of each item, on as many threads as the machine has (in order), the
/// items handed out one at a time: for a few items of uneven cost (a
/// folder's workbooks, a bureau's units), where halves could be unequal.
pub fn balanced<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let threads = threads(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let (f, next) = (&f, &next);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(move || {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else {
                            return mine;
                        };
                        mine.push((i, f(item)));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_items_order() {
        let items: Vec<u64> = (0..1000).collect();
        let square = |x: &u64| x * x;
        let expected: Vec<u64> = items.iter().map(square).collect();
        assert_eq!(in_parallel(&items, square), expected);
        assert_eq!(balanced(&items, square), expected);
        assert_eq!(balanced(&items[..1], square), vec![0]);
        assert!(balanced(&items[..0], square).is_empty());
    }
}
