//! `forceplan sample OUT`: writes a generated bureau.

use super::Failure;
use crate::sample::{SampleSpec, generate};
use crate::store::station::write_station;
use crate::store::write_folder;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct SampleArgs {
    out: PathBuf,
    #[arg(long, default_value_t = SampleSpec::default().officers)]
    officers: usize,
    #[arg(long, default_value_t = SampleSpec::default().days)]
    days: usize,
    #[arg(long, default_value_t = SampleSpec::default().seed)]
    seed: u64,
    #[arg(long, default_value_t = 0, value_name = "N")]
    movements: usize,
    #[arg(long)]
    force: bool,
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

pub fn run(args: SampleArgs, lang: crate::i18n::Lang) -> Result<(), Failure> {
    // Bounds keep a typo (--days 100000) from filling the disk.
    if !(1..=100_000).contains(&args.officers) || !(1..=3660).contains(&args.days) {
        return Err(Failure::Said(crate::msg!("sample-too-big")));
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
        "{}",
        crate::i18n::tr(lang).args(
            "sample-wrote",
            &[
                ("dir", args.out.display().to_string().into()),
                ("units", bureau.units.len().into()),
                ("officers", bureau.officers.len().into()),
                ("rows", bureau.roster.len().into()),
            ],
        )
    );
    Ok(())
}
