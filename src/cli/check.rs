//! `forceplan check DIR`: figures and flags of a bureau.

use super::{Failure, OutputFormat, PeriodArgs};
use crate::core::check::{PeriodError, check, choose_period};
use crate::load::load_bureau;
use crate::output;
use anyhow::Context;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct CheckArgs {
    dir: PathBuf,
    #[command(flatten)]
    period: PeriodArgs,
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    format: OutputFormat,
}

pub fn run(args: CheckArgs, lang: crate::i18n::Lang) -> Result<(), Failure> {
    args.period.check()?;
    let timings = std::env::var_os("FORCEPLAN_TIMINGS").is_some();
    let started = std::time::Instant::now();
    let loaded =
        load_bureau(&args.dir, args.period.rules.as_deref()).map_err(anyhow::Error::from)?;
    let loaded_at = started.elapsed();
    let period =
        choose_period(&loaded.bureau, args.period.from, args.period.to).map_err(|e| match e {
            PeriodError::Reversed { .. } => Failure::Usage(e.to_string()),
            PeriodError::EmptyRoster => Failure::Refused(e.into()),
        })?;
    let report = check(&loaded.bureau, period, &loaded.rules);
    let checked_at = started.elapsed();
    let mut err = anstream::stderr();
    let tr = crate::i18n::tr(lang);
    for note in &loaded.notes {
        let _ = writeln!(err, "{} {}", tr.t("note-prefix"), note.text(tr));
    }
    let need = || crate::core::staffing::need(&loaded.bureau, period, &report, &loaded.rules);
    let text = match args.format {
        OutputFormat::Table => {
            output::table::check(&report, &args.dir.display().to_string(), tr)
                + "\n"
                + &output::staffing::text(&need(), tr)
        }
        OutputFormat::Json => {
            // The contract's report, in its order, with the staffing need after it.
            #[derive(serde::Serialize)]
            struct Json<'a> {
                #[serde(flatten)]
                report: &'a crate::core::check::CheckReport,
                staffing: crate::core::staffing::StaffingNeed,
            }
            let json = Json {
                report: &report,
                staffing: need(),
            };
            serde_json::to_string_pretty(&json).with_context(|| tr.t("print-failed"))? + "\n"
        }
        OutputFormat::Csv => output::csv::flags(&report).with_context(|| tr.t("print-failed"))?,
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
        Err(e) => Err(anyhow::Error::from(e).context(tr.t("print-failed")).into()),
    }
}
