//! `forceplan sample OUT`: writes a generated bureau.

use super::Failure;
use crate::sample::{SampleSpec, generate};
use crate::store::station::write_station;
use crate::store::write_folder;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct SampleArgs {
    /// Folder to write (must not exist, or be empty).
    out: PathBuf,
    /// Number of officers.
    #[arg(long, default_value_t = SampleSpec::default().officers)]
    officers: usize,
    /// Number of days of roster, from 2025-01-01.
    #[arg(long, default_value_t = SampleSpec::default().days)]
    days: usize,
    /// Seed of the generator: the same seed gives the same bureau.
    #[arg(long, default_value_t = SampleSpec::default().seed)]
    seed: u64,
    /// Officers who move, join or leave during the period (an assignments
    /// table and service starts inside the period).
    #[arg(long, default_value_t = 0, value_name = "N")]
    movements: usize,
    /// Replace OUT if it already has files.
    #[arg(long)]
    force: bool,
    /// How the bureau is written: as a personnel office keeps it (CSV with
    /// Chinese headers, the roster as each unit's 排班表 workbook in
    /// 排班表/), or as the contract's long tables (English headers and
    /// codes, roster.csv), for scripts and benchmarks.
    #[arg(long, value_enum, default_value_t = Layout::Station)]
    format: Layout,
    #[command(flatten)]
    encoding: super::EncodingArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Layout {
    Station,
    Long,
}

pub fn run(args: SampleArgs) -> Result<(), Failure> {
    // Bounds keep a typo (--days 100000) from filling the disk.
    if !(1..=100_000).contains(&args.officers) || !(1..=3660).contains(&args.days) {
        return Err(Failure::Usage(
            "--officers must be from 1 to 100000 and --days from 1 to 3660".into(),
        ));
    }
    let spec = SampleSpec {
        officers: args.officers,
        days: args.days,
        seed: args.seed,
        movements: args.movements,
    };
    let bureau = generate(&spec);
    let written = match args.format {
        Layout::Station => write_station(&args.out, &bureau, args.force, &[], args.encoding.get()),
        Layout::Long => write_folder(
            &args.out,
            &bureau,
            &[],
            args.force,
            &[],
            args.encoding.get(),
        ),
    };
    written.map_err(anyhow::Error::from)?;
    eprintln!(
        "wrote {}: {} units, {} officers, {} roster rows",
        args.out.display(),
        bureau.units.len(),
        bureau.officers.len(),
        bureau.roster.len()
    );
    Ok(())
}
