//! `forceplan tui [DIR]`, and `forceplan` alone: the planner at the keyboard.

use super::{Failure, date_arg};
use crate::tui::{Options, Source, run as run_planner};
use chrono::NaiveDate;
use clap::Args;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Args)]
pub struct TuiArgs {
    /// The bureau folder (default: ./sample-data, else the built-in sample).
    dir: Option<PathBuf>,
    /// First day of the period (default: the roster's first date).
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    from: Option<NaiveDate>,
    /// Last day of the period (default: the roster's last date).
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    to: Option<NaiveDate>,
    /// Rules file to use instead of DIR/rules.toml.
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,
}

pub fn run(args: TuiArgs) -> Result<(), Failure> {
    if let (Some(from), Some(to)) = (args.from, args.to)
        && from > to
    {
        return Err(Failure::Usage(format!("--from {from} is after --to {to}")));
    }
    let source = match args.dir {
        Some(dir) => Source::Folder(dir),
        None if Path::new("sample-data").is_dir() => Source::Folder(PathBuf::from("sample-data")),
        None => Source::BuiltInSample,
    };
    let options = Options {
        source,
        from: args.from,
        to: args.to,
        rules: args.rules,
    };
    run_planner(options).map_err(Failure::Refused)
}
