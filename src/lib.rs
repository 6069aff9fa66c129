//! forceplan: workload and force-allocation planning for a public-security
//! bureau's personnel office.
//!
//! - [`core`]: the pure core (model, figures, rules, flags); no files, no terminal.
//! - [`sample`]: the deterministic generator of sample and benchmark bureaus.
//! - [`load`]: reading a bureau folder (CSV, XLSX, Parquet) with strict validation.
//! - [`store`]: writing a bureau folder, atomically.
//! - [`cli`]: the headless command line, a thin shell over the core.
//! - [`config`]: the user's settings file (the language).
//! - [`i18n`]: the words a person reads, in Chinese or English (Fluent catalogues).

// The planner recomputes a proposed bureau on every keystroke, which
// allocates and frees many small rows: mimalloc does that faster than the
// system allocator (about a third off an edit; docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub mod cli;
pub mod config;
pub mod core;
pub mod export;
pub mod i18n;
pub mod load;
pub mod output;
pub(crate) mod quiet;
pub mod sample;
pub mod store;
pub mod tui;
