//! `forceplan export DIR [--scenario FILE] --to OUT`.

use super::Failure;
use super::scenario::read_scenario;
use crate::core::check::choose_period;
use crate::core::scenario::outcome::Baseline;
use crate::load::load_bureau;
use clap::Args;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Args)]
pub struct ExportArgs {
    dir: PathBuf,
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,
    #[arg(long, value_name = "FILE")]
    scenario: Option<PathBuf>,
    #[arg(long, value_name = "OUT")]
    to: PathBuf,
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    encoding: super::EncodingArg,
}

/// Now, in UTC, from the system clock (the only clock forceplan reads).
fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_default()
}

/// `explicit`: the language asked for with `--lang`; the stations' rosters
/// (rosters/*.xlsx) name shifts in Chinese (白班, 夜班...) unless it is
/// English (the contract's codes: DAY, NIGHT...). The report and the
/// workbook are in `lang`, the language chosen.
pub fn run(
    args: ExportArgs,
    explicit: Option<crate::i18n::Lang>,
    lang: crate::i18n::Lang,
) -> Result<(), Failure> {
    let tr = crate::i18n::tr(lang);
    let loaded = load_bureau(&args.dir, args.rules.as_deref()).map_err(anyhow::Error::from)?;
    let period =
        choose_period(&loaded.bureau, None, None).map_err(|e| Failure::Refused(e.into()))?;
    let scenario = match &args.scenario {
        Some(path) => Some(read_scenario(path)?),
        None => None,
    };
    // The bureau's folder, every file read, the rules and the scenario.
    let mut inputs = vec![args.dir.clone()];
    inputs.extend(loaded.files.iter().cloned());
    inputs.extend(args.rules.iter().cloned());
    inputs.extend(args.scenario.iter().cloned());
    let base = Baseline::new(Arc::new(loaded.bureau), period, &loaded.rules);
    crate::export::export(
        &base,
        scenario.as_ref(),
        &inputs,
        &args.to,
        crate::export::Options {
            force: args.force,
            codes: explicit == Some(crate::i18n::Lang::En),
            encoding: args.encoding.get(),
            lang,
        },
        now_utc(),
    )?;
    eprintln!(
        "{}",
        tr.args(
            "export-wrote",
            &[
                ("dir", args.to.display().to_string().into()),
                ("rosters", crate::export::ROSTERS.into()),
            ],
        )
    );
    Ok(())
}
