//! `forceplan tui [DIR]`, and `forceplan` alone: the planner at the keyboard.

use super::{Failure, PeriodArgs};
use crate::tui::{Options, Source, run as run_planner};
use clap::Args;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Args)]
pub struct TuiArgs {
    dir: Option<PathBuf>,
    #[command(flatten)]
    period: PeriodArgs,
    #[arg(long)]
    ascii: bool,
}

pub fn run(args: TuiArgs, lang: crate::i18n::Lang, ascii_borders: bool) -> Result<(), Failure> {
    args.period.check()?;
    let source = match args.dir {
        Some(dir) => Source::Folder(dir),
        None if Path::new("sample-data").is_dir() => Source::Folder(PathBuf::from("sample-data")),
        None => Source::BuiltInSample,
    };
    let options = Options {
        source,
        from: args.period.from,
        to: args.period.to,
        rules: args.period.rules,
        lang,
        theme: crate::tui::theme::Theme::from_env(args.ascii || ascii_borders),
    };
    run_planner(options).map_err(Failure::Refused)
}
