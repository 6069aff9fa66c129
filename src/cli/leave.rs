//! `forceplan leave-plan`: a leave rotation for a window.

use super::{Failure, OutputFormat, date_arg};
use crate::core::check::{CheckReport, choose_period};
use crate::core::leave::LeavePlan;
use crate::core::period::{Period, parse_date};
use crate::core::scenario::outcome::{Baseline, Outcome, outcome};
use crate::core::scenario::{Edit, Scenario};
use crate::load::load_bureau;
use crate::store;
use anyhow::{Context, anyhow};
use chrono::NaiveDate;
use clap::Args;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, Args)]
pub struct LeaveArgs {
    dir: PathBuf,
    #[arg(long = "from", value_parser = date_arg, value_name = "D")]
    window_from: NaiveDate,
    #[arg(long = "to", value_parser = date_arg, value_name = "D")]
    window_to: NaiveDate,
    #[arg(long, value_name = "FILE")]
    blackout: Option<PathBuf>,
    #[arg(long, value_name = "N")]
    min_block: Option<u32>,
    #[arg(long, default_value_t = 0, value_name = "L")]
    leaders_cover: u32,
    #[arg(long, value_name = "M")]
    batch: Option<u32>,
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    encoding: super::EncodingArg,
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    format: OutputFormat,
}

/// Dates and ranges, one a line.
pub fn read_blackout(path: &Path, tr: &crate::i18n::Tr) -> anyhow::Result<Vec<NaiveDate>> {
    let text = std::fs::read_to_string(path).with_context(|| {
        tr.args(
            "could-not-read",
            &[("path", path.display().to_string().into())],
        )
    })?;
    let mut dates = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let bad = || {
            anyhow!(
                "{}",
                tr.args(
                    "blackout-bad-line",
                    &[
                        ("path", path.display().to_string().into()),
                        ("line", (n + 1).into()),
                        ("value", line.into()),
                    ],
                )
            )
        };
        let (a, b) = match line.split_once("..") {
            Some((a, b)) => (
                parse_date(a.trim()).ok_or_else(bad)?,
                parse_date(b.trim()).ok_or_else(bad)?,
            ),
            None => {
                let d = parse_date(line).ok_or_else(bad)?;
                (d, d)
            }
        };
        let range = Period::new(a, b).ok_or_else(bad)?;
        dates.extend((0..range.days()).map(|i| range.date(i)));
    }
    Ok(dates)
}

pub fn run(args: LeaveArgs, lang: crate::i18n::Lang) -> Result<(), Failure> {
    let tr = crate::i18n::tr(lang);
    let window = Period::new(args.window_from, args.window_to).ok_or_else(|| {
        Failure::Usage(tr.args(
            "from-after-to",
            &[
                ("from", args.window_from.into()),
                ("to", args.window_to.into()),
            ],
        ))
    })?;
    let loaded = load_bureau(&args.dir, args.rules.as_deref()).map_err(anyhow::Error::from)?;
    let period =
        choose_period(&loaded.bureau, None, None).map_err(|e| Failure::Refused(e.into()))?;
    if !(period.contains(window.start) && period.contains(window.end)) {
        return Err(Failure::Usage(
            crate::msg!(
                "problem-window-outside",
                "from" => window.start,
                "to" => window.end,
                "first" => period.start,
                "last" => period.end,
            )
            .text(tr),
        ));
    }
    let blackout = match &args.blackout {
        Some(path) => read_blackout(path, tr)?,
        None => Vec::new(),
    };
    // A leave plan is a scenario of one edit: the same engine as every other.
    let mut scenario = Scenario::new("leave plan");
    scenario.edits.push(Edit::PlanLeave {
        from: window.start,
        to: window.end,
        min_block: args.min_block.filter(|&n| n > 0),
        leaders_cover: args.leaders_cover,
        batch: args.batch,
        blackout,
    });
    let base = Baseline::new(Arc::new(loaded.bureau), period, &loaded.rules);
    let before = outcome(&base, &Scenario::new("baseline"));
    let after = outcome(&base, &scenario);
    if let Some((_, why)) = after.problems.first() {
        return Err(Failure::Usage(why.text(tr)));
    }
    let leave = &after.leave.as_ref().expect("a plan_leave edit").plan;
    let coverage = |r: &CheckReport| {
        let (takers, entitled) = r.units.iter().fold((0, 0), |(t, e), u| {
            (t + u.figures.leave_takers, e + u.figures.leave_entitled)
        });
        (entitled > 0).then(|| takers as f64 / entitled as f64)
    };
    let (coverage_before, coverage_after) = (coverage(before.report()), coverage(after.report()));
    if let Some(out) = &args.out {
        let covers = crate::output::csv::covers(&leave.covers).map_err(anyhow::Error::from)?;
        let extra = [("covers.csv".to_string(), covers.into_bytes())];
        let mut inputs = vec![args.dir.clone()];
        inputs.extend(args.blackout.iter().cloned());
        inputs.extend(args.rules.iter().cloned());
        store::write_folder(
            out,
            after.bureau(),
            &extra,
            args.force,
            &inputs,
            args.encoding.get(),
        )
        .map_err(anyhow::Error::from)?;
    }
    let text = match args.format {
        OutputFormat::Table => table(leave, &before, &after, coverage_before, coverage_after, tr),
        _ => {
            let v = serde_json::json!({
                "plan": leave,
                "totals": {
                    "days_needed": leave.days_needed(), "days_granted": leave.days_granted(), "days_bound": leave.days_bound(),
                    "officers_needing": leave.officers_needing(), "officers_served": leave.officers_served(),
                    "officers_bound": leave.officers_bound(), "units_optimal": leave.units_optimal(),
                    "alarms_before": before.alarms(), "alarms_after": after.alarms(),
                    "leave_coverage_before": coverage_before, "leave_coverage_after": coverage_after,
                },
            });
            serde_json::to_string_pretty(&v).map_err(anyhow::Error::from)? + "\n"
        }
    };
    print!("{text}");
    Ok(())
}

/// Whether a unit's plan is proven optimal, else the bounds it is within.
fn solved(u: &crate::core::leave::UnitLeave, tr: &crate::i18n::Tr) -> String {
    match u.solved {
        crate::core::leave::Solved::Optimal => tr.t("leave-optimal"),
        crate::core::leave::Solved::Bounded => tr.args(
            "leave-bounded",
            &[
                ("officers", u.officers_bound.into()),
                ("days", u.days_bound.into()),
            ],
        ),
    }
}

fn pct(x: Option<f64>) -> String {
    x.map(|c| format!("{:.0}%", c * 100.0))
        .unwrap_or_else(|| "-".into())
}

fn table(
    p: &LeavePlan,
    before: &Outcome,
    after: &Outcome,
    coverage_before: Option<f64>,
    coverage_after: Option<f64>,
    tr: &crate::i18n::Tr,
) -> String {
    use crate::i18n::Arg;
    use crate::output::table::{fit, right};
    let mut out = String::new();
    let n = |x: u32| Arg::Count(x as f64);
    let _ = writeln!(
        out,
        "{}",
        tr.args(
            "leave-plan-head",
            &[
                ("from", p.window.start.into()),
                ("to", p.window.end.into()),
                ("granted", n(p.days_granted())),
                ("needed", n(p.days_needed())),
                ("bound", n(p.days_bound())),
                ("served", n(p.officers_served())),
                ("needing", n(p.officers_needing())),
                ("covers", p.covers.len().into()),
                ("coverage_before", pct(coverage_before).into()),
                ("coverage_after", pct(coverage_after).into()),
                ("alarms_before", before.alarms().into()),
                ("alarms_after", after.alarms().into()),
                ("optimal", p.units_optimal().into()),
                ("units", p.units.len().into()),
            ],
        )
    );
    let _ = writeln!(
        out,
        "\n{} {} {} {} {}  {}",
        fit(&tr.t("leave-col-unit"), 6),
        fit(&tr.t("leave-col-name"), 28),
        right(&tr.t("leave-col-officers"), 9),
        right(&tr.t("leave-col-days"), 11),
        right(&tr.t("leave-col-coverage"), 13),
        tr.t("leave-col-plan"),
    );
    let coverage = |o: &Outcome, unit: &str| {
        o.report()
            .units
            .iter()
            .find(|u| u.unit_id == unit)
            .and_then(|u| u.figures.leave_coverage)
    };
    for u in &p.units {
        let _ = writeln!(
            out,
            "{:<6} {:<28} {:>4}/{:<4} {:>5}/{:<5} {:>6} -> {:<4}  {}",
            u.unit_id,
            crate::output::table::fit(&u.name, 28),
            u.officers_served,
            u.officers_needing,
            u.days_granted,
            u.days_needed,
            pct(coverage(before, &u.unit_id)),
            pct(coverage(after, &u.unit_id)),
            solved(u, tr),
        );
    }
    let short: Vec<&crate::i18n::Message> = p
        .units
        .iter()
        .filter_map(|u| u.shortfall.as_ref())
        .collect();
    if !short.is_empty() {
        let _ = writeln!(out, "\n{}", tr.t("leave-who-cannot-go"));
        for s in short {
            let _ = writeln!(out, "  {}", s.text(tr));
        }
    }
    out
}
