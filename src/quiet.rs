//! Panics of third-party code (the readers of CSV, Excel and Parquet, the
//! workbook writer), caught and kept quiet: the hook prints nothing for the
//! thread that runs such code (and the polars threads that work for it)
//! while it runs; every other thread's panic is reported as before. The
//! caller turns the panic into a refusal or an error with a file's name.

use std::cell::Cell;
use std::sync::Once;
use std::sync::atomic::{AtomicUsize, Ordering};

static READING: AtomicUsize = AtomicUsize::new(0);
thread_local! {
    static HERE: Cell<bool> = const { Cell::new(false) };
}

/// `f`, with a panic in it returned as its message.
pub fn catch<R>(f: impl FnOnce() -> R) -> Result<R, String> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let worker = std::thread::current()
                .name()
                .is_some_and(|n| n.starts_with("polars"));
            let quiet = HERE.with(|h| h.get()) || (worker && READING.load(Ordering::SeqCst) > 0);
            if !quiet {
                previous(info);
            }
        }));
    });
    READING.fetch_add(1, Ordering::SeqCst);
    HERE.with(|h| h.set(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    HERE.with(|h| h.set(false));
    READING.fetch_sub(1, Ordering::SeqCst);
    result.map_err(|panic| {
        panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}
