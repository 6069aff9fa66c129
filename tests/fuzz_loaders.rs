//! Fuzzing of everything forceplan reads from a planner's files: each table
//! as CSV, Excel and Parquet, rules.toml and scenario files. Inputs are the
//! test fixtures, mutated (bytes flipped, inserted, cut, repeated, spliced
//! with another seed); each must be read or refused, never panic.
//!
//! `cargo test` runs a short round of each target. A longer one, as CI runs
//! it (`.ci/run`):
//!
//!     FORCEPLAN_FUZZ_SECONDS=30 cargo test --test fuzz_loaders
//!
//! FORCEPLAN_FUZZ_SEED picks the random sequence (default: fixed, so a run
//! is repeatable); an input that fails is written to
//! target/fuzz-failures/ and named in the failure.

mod common;

use common::{fixture, small_with};
use forceplan::core::check::choose_period;
use forceplan::core::rules::Rules;
use forceplan::core::scenario::Scenario;
use forceplan::core::scenario::outcome::{Baseline, outcome};
use forceplan::load::load_bureau;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long each target runs; without FORCEPLAN_FUZZ_SECONDS, a short round.
fn budget() -> (Duration, usize) {
    match std::env::var("FORCEPLAN_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
    {
        Some(s) => (Duration::from_secs(s), usize::MAX),
        None => (Duration::from_secs(60), 40),
    }
}

fn rng(target: &str) -> ChaCha8Rng {
    let seed: u64 = std::env::var("FORCEPLAN_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2025);
    let salt = target
        .bytes()
        .fold(0u64, |h, b| h.wrapping_mul(31) ^ b as u64);
    ChaCha8Rng::seed_from_u64(seed ^ salt)
}

/// One mutation of `input`, using `other` for splices.
fn mutate(rng: &mut ChaCha8Rng, input: &[u8], other: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..rng.random_range(1..=4) {
        let len = out.len().max(1);
        let at = rng.random_range(0..len).min(out.len());
        match rng.random_range(0..7) {
            0 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] ^= 1 << rng.random_range(0..8);
            }
            1 => {
                const TOKENS: [&[u8]; 12] = [
                    b",",
                    b"\"",
                    b"\n",
                    b"\r",
                    b"\r\n",
                    b"\xEF\xBB\xBF",
                    b"\xFF\xFE",
                    b"-1",
                    b"1e308",
                    b"NaN",
                    b"9999-99-99",
                    b"\xE7\x8F\xAD",
                ];
                let t = TOKENS[rng.random_range(0..TOKENS.len())];
                out.splice(at..at, t.iter().copied());
            }
            2 if !out.is_empty() => {
                let end = (at + rng.random_range(1..64)).min(out.len());
                out.drain(at..end);
            }
            3 if !out.is_empty() => {
                let end = (at + rng.random_range(1..256)).min(out.len());
                let chunk: Vec<u8> = out[at..end].to_vec();
                for _ in 0..rng.random_range(1..8) {
                    out.splice(at..at, chunk.iter().copied());
                }
            }
            4 if !other.is_empty() => {
                let from = rng.random_range(0..other.len());
                let end = (from + rng.random_range(1..512)).min(other.len());
                out.splice(at..at, other[from..end].iter().copied());
            }
            5 => out.truncate(at),
            _ => {
                let byte: u8 = rng.random();
                out.insert(at, byte);
            }
        }
    }
    out
}

/// Runs `check` on inputs made from `seeds` until the budget is spent.
fn fuzz(target: &str, seeds: &[Vec<u8>], check: impl Fn(&[u8])) {
    let (time, rounds) = budget();
    let mut rng = rng(target);
    let started = Instant::now();
    let mut n = 0;
    // The seeds themselves first.
    let inputs = seeds.iter().cloned();
    let mutated = std::iter::from_fn(|| {
        let a = &seeds[rng.random_range(0..seeds.len())];
        let b = &seeds[rng.random_range(0..seeds.len())];
        Some(mutate(&mut rng, a, b))
    });
    for input in inputs.chain(mutated) {
        if n >= seeds.len().saturating_add(rounds) || started.elapsed() >= time {
            break;
        }
        n += 1;
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&input)));
        if result.is_err() {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-failures");
            let _ = std::fs::create_dir_all(&dir);
            let file = dir.join(format!("{target}-{n}"));
            let _ = std::fs::write(&file, &input);
            panic!("{target}: input {n} panicked; kept in {}", file.display());
        }
    }
    eprintln!(
        "{target}: {n} inputs in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

const TABLES: [&str; 8] = [
    "units",
    "officers",
    "roster",
    "households",
    "overtime",
    "inspections",
    "meetings",
    "holidays",
];

/// A table of the small fixture replaced by `bytes` (as `name`), loaded.
fn load_with(name: &str, bytes: &[u8], removed: &str) {
    let dir = small_with(&[(removed, None), (name, Some(bytes))]);
    // Read or refused: both fine; a panic is the bug.
    let _ = load_bureau(dir.path(), None);
}

#[test]
fn csv_tables() {
    let seeds: Vec<Vec<u8>> = TABLES
        .iter()
        .map(|t| fixture(&format!("{t}.csv")).into_bytes())
        .collect();
    fuzz("csv", &seeds, |input| {
        // The mutated text stands in for the roster or the units table.
        let table = if input.len() % 2 == 0 {
            "roster"
        } else {
            "units"
        };
        let name = format!("{table}.csv");
        load_with(&name, input, &name);
    });
}

fn xlsx_of(csv: &str) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, line) in csv.lines().enumerate() {
        for (c, cell) in line.split(',').enumerate() {
            match cell.parse::<f64>() {
                Ok(x) => sheet.write_number(r as u32, c as u16, x).map(|_| ()),
                Err(_) => sheet.write_string(r as u32, c as u16, cell).map(|_| ()),
            }
            .unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn xlsx_tables() {
    let seeds: Vec<Vec<u8>> = ["units", "officers"]
        .iter()
        .map(|t| xlsx_of(&fixture(&format!("{t}.csv"))))
        .collect();
    fuzz("xlsx", &seeds, |input| {
        let table = if input.len() % 2 == 0 {
            "officers"
        } else {
            "units"
        };
        load_with(&format!("{table}.xlsx"), input, &format!("{table}.csv"));
    });
}

#[test]
fn parquet_tables() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let seeds: Vec<Vec<u8>> = ["units_decimal.parquet", "units_struct.parquet"]
        .iter()
        .map(|f| std::fs::read(dir.join(f)).unwrap())
        .collect();
    fuzz("parquet", &seeds, |input| {
        load_with("units.parquet", input, "units.csv");
    });
}

#[test]
fn rules_files() {
    let seeds = vec![
        Rules::default().to_toml().into_bytes(),
        b"[load_ratio]\nwarn = 1.1\nalarm = 1.3\n\nstandard_weekly_hours = 40\n".to_vec(),
    ];
    fuzz("rules", &seeds, |input| {
        let _ = Rules::from_toml(&String::from_utf8_lossy(input));
    });
}

#[test]
fn scenario_files() {
    let loaded = load_bureau(Path::new(common::SMALL), None).unwrap();
    let period = choose_period(&loaded.bureau, None, None).unwrap();
    let base = Baseline::new(Arc::new(loaded.bureau), period, &loaded.rules);
    let seeds = vec![
        b"schema = 1\nname = \"s\"\n[[edit]]\nkind = \"move_officer\"\nofficer = \"P4\"\nto = \"U1\"\nfrom = 2025-01-05\n\n[[edit]]\nkind = \"add_officers\"\nunit = \"U2\"\nrole = \"patrol\"\ncount = 2\n\n[[edit]]\nkind = \"plan_leave\"\nfrom = 2025-01-02\nto = 2025-01-14\nleaders_cover = 1\nbatch = 2\n\n[[edit]]\nkind = \"leave_block\"\nofficer = \"P1\"\nstart = 2025-01-03\ndays = 2\n".to_vec(),
        b"schema = 1\nname = \"t\"\n[[edit]]\nkind = \"set_threshold\"\nrule = \"load_ratio\"\nwarn = 1.0\nalarm = 1.2\n\n[[edit]]\nkind = \"cancel_meetings\"\nconvener = \"County Bureau\"\n\n[[edit]]\nkind = \"merge_inspections\"\n".to_vec(),
    ];
    fuzz("scenario", &seeds, |input| {
        if let Ok(s) = Scenario::from_toml(&String::from_utf8_lossy(input)) {
            // Whatever a file says, its outcome is worked out or refused.
            let _ = outcome(&base, &s);
        }
    });
}

/// Wide rosters (排班表), as the stations keep them: a CSV with a title, a
/// 星期 row, Chinese shift names and totals; and the workbooks forceplan
/// writes for each unit (a sheet per month, merged title, styles).
#[test]
fn wide_rosters() {
    let small = load_bureau(Path::new(common::SMALL), None).unwrap();
    let period = choose_period(&small.bureau, None, None).unwrap();
    let checked = forceplan::core::check::Checked::new(
        Arc::new(small.bureau.clone()),
        period,
        &Rules::default(),
    );
    let mut seeds: Vec<Vec<u8>> = (0..small.bureau.units.len() as u32)
        .map(|u| {
            let months = forceplan::core::roster_sheet::unit_months(&checked, None, u);
            forceplan::export::roster::workbook(&small.bureau, u, &months, u % 2 == 0).unwrap()
        })
        .collect();
    let ids: Vec<&str> = small
        .bureau
        .officers
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    let mut csv =
        String::from("城关派出所2025年1月排班表,,,,,\n警号,姓名,1,2,3,出勤天数\n,星期,三,四,五,\n");
    for (i, id) in ids.iter().enumerate() {
        csv += &format!("{id},,白班,夜班{},休,2\n", 8 + i);
    }
    csv += ",在岗人数,3,3,2,\n";
    seeds.push(csv.into_bytes());
    fuzz("wide", &seeds, |input| {
        // A workbook is a zip: it starts "PK".
        let name = if input.starts_with(b"PK") {
            "roster.xlsx"
        } else {
            "roster.csv"
        };
        load_with(name, input, "roster.csv");
    });
}
