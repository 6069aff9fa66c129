//! `forceplan check DIR`: figures and flags of a bureau.

use super::{Failure, OutputFormat, date_arg};
use crate::core::check::{PeriodError, check, choose_period};
use crate::load::load_bureau;
use crate::output;
use anyhow::Context;
use chrono::NaiveDate;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The bureau folder (units, officers, roster, households, ...).
    dir: PathBuf,
    /// First day of the period (default: the roster's first date).
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    from: Option<NaiveDate>,
    /// Last day of the period (default: the roster's last date).
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    to: Option<NaiveDate>,
    /// Rules file to use instead of DIR/rules.toml.
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,
    /// How to print the result.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    format: OutputFormat,
}

pub fn run(args: CheckArgs) -> Result<(), Failure> {
    if let (Some(from), Some(to)) = (args.from, args.to)
        && from > to
    {
        return Err(Failure::Usage(format!("--from {from} is after --to {to}")));
    }
    let timings = std::env::var_os("FORCEPLAN_TIMINGS").is_some();
    let started = std::time::Instant::now();
    let loaded = load_bureau(&args.dir, args.rules.as_deref()).map_err(anyhow::Error::from)?;
    let loaded_at = started.elapsed();
    let period = choose_period(&loaded.bureau, args.from, args.to).map_err(|e| match e {
        PeriodError::Reversed { .. } => Failure::Usage(e.to_string()),
        PeriodError::EmptyRoster => Failure::Refused(e.into()),
    })?;
    let report = check(&loaded.bureau, period, &loaded.rules);
    let checked_at = started.elapsed();
    let mut err = anstream::stderr();
    for note in &loaded.notes {
        let _ = writeln!(err, "note: {note}");
    }
    let text = match args.format {
        OutputFormat::Table => output::table::check(&report, &args.dir.display().to_string()),
        OutputFormat::Json => {
            serde_json::to_string_pretty(&report).context("could not print the report")? + "\n"
        }
        OutputFormat::Csv => output::csv::flags(&report).context("could not print the flags")?,
    };
    if timings {
        let rendered = started.elapsed();
        eprintln!(
            "timings: load {:.3} s, figures and flags {:.3} s, render {:.3} s",
            loaded_at.as_secs_f64(),
            (checked_at - loaded_at).as_secs_f64(),
            (rendered - checked_at).as_secs_f64()
        );
    }
    let mut out = anstream::stdout();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(anyhow::Error::from(e)
            .context("could not print the report")
            .into()),
    }
}
