//! `forceplan simulate`, `suggest` and `apply`: scenarios from the command line.

use super::{Failure, OutputFormat, PeriodArgs};
use crate::core::check::choose_period;
use crate::core::scenario::Scenario;
use crate::core::scenario::outcome::{Baseline, Outcome, outcome};
use crate::core::scenario::suggest::{Options, suggest};
use crate::i18n::Tr;
use crate::load::{Loaded, load_bureau};
use crate::output;
use crate::store;
use anyhow::{Context, anyhow};
use clap::Args;
use serde_json::json;
use std::path::{Path, PathBuf};

/// What every scenario command reads.
#[derive(Debug, Args)]
pub struct BureauArgs {
    dir: PathBuf,
    #[command(flatten)]
    period: PeriodArgs,
}

#[derive(Debug, Args)]
pub struct SimulateArgs {
    #[command(flatten)]
    bureau: BureauArgs,
    #[arg(long, value_name = "FILE")]
    scenario: PathBuf,
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    format: OutputFormat,
}

#[derive(Debug, Args)]
pub struct SuggestArgs {
    #[command(flatten)]
    bureau: BureauArgs,
    #[arg(long, default_value_t = 10, value_name = "K")]
    max_moves: usize,
    #[arg(long, default_value_t = 0, value_name = "N")]
    recruits: usize,
    #[arg(long, value_name = "FILE")]
    scenario: Option<PathBuf>,
    #[arg(long = "pin", value_name = "OFFICER")]
    pins: Vec<String>,
    #[arg(long)]
    allow_leaders: bool,
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    #[arg(long)]
    force: bool,
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    format: OutputFormat,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    #[command(flatten)]
    bureau: BureauArgs,
    #[arg(long, value_name = "FILE")]
    scenario: PathBuf,
    #[arg(long, value_name = "NEWDIR")]
    out: PathBuf,
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    encoding: super::EncodingArg,
}

fn open(args: &BureauArgs) -> Result<(Loaded, crate::core::period::Period), Failure> {
    args.period.check()?;
    let loaded =
        load_bureau(&args.dir, args.period.rules.as_deref()).map_err(anyhow::Error::from)?;
    let period = choose_period(&loaded.bureau, args.period.from, args.period.to)
        .map_err(|e| Failure::Refused(e.into()))?;
    Ok((loaded, period))
}

pub(super) fn read_scenario(path: &Path) -> anyhow::Result<Scenario> {
    let text = std::fs::read_to_string(path).with_context(|| {
        crate::msg!("could-not-read", "path" => path.display().to_string()).to_string()
    })?;
    Scenario::from_toml(&text)
        .map_err(|e| anyhow::Error::new(e).context(path.display().to_string()))
}

/// Refuses a scenario whose edits do not all apply.
fn check_edits(
    path: &Path,
    problems: &[(usize, crate::i18n::Message)],
    tr: &Tr,
) -> Result<(), Failure> {
    if problems.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = problems
        .iter()
        .map(|(i, why)| {
            tr.args(
                "edit-problem",
                &[("n", (*i).into()), ("why", why.text(tr).into())],
            )
        })
        .collect();
    Err(Failure::Refused(anyhow!(
        "{}\n{}",
        tr.args(
            "edits-do-not-apply",
            &[("path", path.display().to_string().into())]
        ),
        lines.join("\n")
    )))
}

fn print(text: &str) -> Result<(), Failure> {
    use std::io::Write;
    let mut out = anstream::stdout();
    match out.write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::Refused(e.into())),
        _ => Ok(()),
    }
}

/// The bureau and the scenario's outcome, refused when an edit does not apply.
fn run_scenario(
    args: &BureauArgs,
    path: &Path,
    tr: &Tr,
) -> Result<(crate::load::Loaded, Baseline, Outcome), Failure> {
    let (loaded, period) = open(args)?;
    let scenario = read_scenario(path)?;
    let base = Baseline::new(
        std::sync::Arc::new(loaded.bureau.clone()),
        period,
        &loaded.rules,
    );
    let after = outcome(&base, &scenario);
    check_edits(path, &after.problems, tr)?;
    Ok((loaded, base, after))
}

pub fn simulate(args: SimulateArgs, lang: crate::i18n::Lang) -> Result<(), Failure> {
    let tr = crate::i18n::tr(lang);
    let (_, base, after) = run_scenario(&args.bureau, &args.scenario, tr)?;
    let before = outcome(&base, &Scenario::new("baseline"));
    let period = base.period();
    let text = match args.format {
        OutputFormat::Json => {
            let units: Vec<_> = before
                .report()
                .units
                .iter()
                .zip(&after.report().units)
                .zip(&after.notes)
                .map(|((b, a), note)| {
                    let (appeared, cleared) = output::scenario::flag_changes(b, a);
                    json!({
                        "unit_id": a.unit_id,
                        "dealt_from": note.dealt_from,
                        "freed_hours": note.freed_hours,
                        "uncovered_hours": note.uncovered_hours,
                        "covered_as_overtime": note.covered_as_overtime,
                        "flags_appeared": appeared,
                        "flags_cleared": cleared,
                    })
                })
                .collect();
            let report = json!({
                "scenario": after.name,
                "period": {"start": period.start, "end": period.end, "days": period.days()},
                "edits": read_scenario(&args.scenario)?.edits,
                "moves": after.moves,
                "totals": {
                    "alarms_before": before.alarms(), "alarms_after": after.alarms(),
                    "worst_load_before": before.worst_load(), "worst_load_after": after.worst_load(),
                    "officers_moved": after.moves.len(),
                },
                "changes": units,
                "leave": after.leave.as_ref().map(|l| &l.plan),
                "staffing": {"before": before.staffing_need(), "after": after.staffing_need()},
                "before": before.report(),
                "after": after.report(),
            });
            serde_json::to_string_pretty(&report).map_err(anyhow::Error::from)? + "\n"
        }
        OutputFormat::Csv => output::csv::flags(after.report()).map_err(anyhow::Error::from)?,
        OutputFormat::Table => {
            let needs = (before.staffing_need(), after.staffing_need());
            output::scenario::simulate(&before, &after, (&needs.0, &needs.1), tr)
        }
    };
    print(&text)
}

pub fn suggest_cmd(args: SuggestArgs, lang: crate::i18n::Lang) -> Result<(), Failure> {
    let tr = crate::i18n::tr(lang);
    let (loaded, period) = open(&args.bureau)?;
    let mut scenario = match &args.scenario {
        Some(path) => read_scenario(path)?,
        None => Scenario::new("suggested"),
    };
    scenario.pinned.extend(args.pins.iter().cloned());
    let base = Baseline::new(std::sync::Arc::new(loaded.bureau), period, &loaded.rules);
    if let Some(path) = &args.scenario {
        check_edits(path, &outcome(&base, &scenario).problems, tr)?;
    }
    let options = Options {
        max_moves: args.max_moves,
        recruits: args.recruits,
        allow_leaders: args.allow_leaders,
        lang,
    };
    let s = suggest(&base, &scenario, &options);
    if let Some(out) = &args.out {
        let mut result = scenario.clone();
        result.edits.extend(s.edits.iter().cloned());
        let f = |x: f64, d: usize| crate::i18n::Arg::Text(format!("{x:.d$}"));
        result.note = tr.args(
            "suggest-note",
            &[
                ("load_before", f(s.before_worst, 2)),
                ("load_after", f(s.plan_worst, 2)),
                ("integer", f(s.bound_integer, 3)),
                ("continuous", f(s.bound_continuous, 3)),
            ],
        );
        let mut inputs = vec![args.bureau.dir.clone()];
        inputs.extend(args.scenario.iter().cloned());
        inputs.extend(args.bureau.period.rules.iter().cloned());
        store::write_file(out, result.to_toml().as_bytes(), args.force, &inputs)
            .map_err(anyhow::Error::from)?;
    }
    let text = match args.format {
        OutputFormat::Table => output::scenario::suggestion(&s, tr),
        _ => serde_json::to_string_pretty(&s).map_err(anyhow::Error::from)? + "\n",
    };
    print(&text)
}

pub fn apply(args: ApplyArgs, lang: crate::i18n::Lang) -> Result<(), Failure> {
    let tr = crate::i18n::tr(lang);
    let (loaded, _, after) = run_scenario(&args.bureau, &args.scenario, tr)?;
    let mut inputs = vec![args.bureau.dir.clone(), args.scenario.clone()];
    inputs.extend(args.bureau.period.rules.iter().cloned());
    // The rules go with the bureau when they differ from the defaults'
    // source, so that `check` of the new folder uses the scenario's.
    let rules = (*after.rules() != loaded.rules
        || loaded.files.iter().any(|f| f.ends_with("rules.toml")))
    .then(|| after.rules().to_toml());
    store::write_bureau_with_rules(
        &args.out,
        after.bureau(),
        rules.as_deref(),
        args.force,
        &inputs,
        args.encoding.get(),
    )
    .map_err(anyhow::Error::from)?;
    eprintln!(
        "{}",
        tr.args(
            "apply-wrote",
            &[
                ("dir", args.out.display().to_string().into()),
                ("n", after.moves.len().into()),
            ],
        )
    );
    Ok(())
}
