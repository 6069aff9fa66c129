//! Tables for `simulate` and `suggest`: each unit before -> after, read from
//! the outcomes of the baseline and the scenario.

use crate::core::check::UnitReport;
use crate::core::scenario::outcome::Outcome;
use crate::core::scenario::suggest::Suggestion;
use crate::core::staffing::StaffingNeed;
use crate::i18n::{Arg, Tr};
use crate::output::table::{fit, officers_text};
use std::fmt::Write;

fn change(before: Option<f64>, after: Option<f64>, digits: usize) -> String {
    let show = |x: Option<f64>| {
        x.map(|v| format!("{v:.digits$}"))
            .unwrap_or_else(|| "-".into())
    };
    match (before, after) {
        (None, None) => show(None),
        (Some(b), Some(a)) if (a - b).abs() < 0.5 * 10f64.powi(-(digits as i32)) => show(after),
        _ => format!("{} -> {}", show(before), show(after)),
    }
}

/// Flags of `after` that `before` did not have, and the reverse, as
/// "severity rule" in English (the JSON's words).
pub fn flag_changes(before: &UnitReport, after: &UnitReport) -> (Vec<String>, Vec<String>) {
    flag_words(before, after, crate::i18n::tr(crate::i18n::Lang::En))
}

/// Flags' changes in the reader's language ("alarm load_ratio" /
/// "告警 标准工时饱和度").
fn flag_words(before: &UnitReport, after: &UnitReport, tr: &Tr) -> (Vec<String>, Vec<String>) {
    let word = |f: &crate::core::flags::Flag| {
        format!(
            "{} {}",
            tr.t(&format!("severity-{}", f.severity)),
            f.rule.title_in(tr)
        )
    };
    let key = |f: &crate::core::flags::Flag| (f.severity, f.rule);
    let appeared = after
        .flags
        .iter()
        .filter(|f| !before.flags.iter().any(|b| key(b) == key(f)))
        .map(word)
        .collect();
    let cleared = before
        .flags
        .iter()
        .filter(|f| !after.flags.iter().any(|a| key(a) == key(f)))
        .map(word)
        .collect();
    (appeared, cleared)
}

pub fn simulate(
    before: &Outcome,
    after: &Outcome,
    needs: (&StaffingNeed, &StaffingNeed),
    tr: &Tr,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        tr.args(
            "simulate-head",
            &[
                ("name", after.name.as_str().into()),
                ("moves", after.moves.len().into()),
                ("alarms_before", before.alarms().into()),
                ("alarms_after", after.alarms().into()),
                ("load_before", format!("{:.2}", before.worst_load()).into()),
                ("load_after", format!("{:.2}", after.worst_load()).into()),
            ],
        )
    );
    for m in &after.moves {
        let new = tr.t("report-new");
        let leaves = tr.t("report-leaves");
        let _ = writeln!(
            out,
            "  {}",
            tr.args(
                "simulate-move",
                &[
                    ("officer", m.officer_id.as_str().into()),
                    ("from_unit", m.from_unit.as_deref().unwrap_or(&new).into()),
                    ("to_unit", m.to_unit.as_deref().unwrap_or(&leaves).into()),
                    ("date", m.from.into()),
                    ("reason", m.reason.text(tr).into()),
                ],
            )
        );
    }
    let _ = writeln!(
        out,
        "\n{} {} {} {} {} {} {} {} {}",
        fit(&tr.t("col-unit"), 6),
        fit(&tr.t("col-name"), 24),
        fit(&tr.t("col-officers-long"), 12),
        fit(&tr.t("col-load"), 14),
        fit(&tr.t("col-hours-per-week"), 14),
        fit(&tr.t("col-hh-co"), 14),
        fit(&tr.t("col-short"), 9),
        fit(&tr.t("col-meeting-hours"), 14),
        tr.t("col-flags"),
    );
    let (b_week, a_week) = (
        before.report().standard_weekly_hours,
        after.report().standard_weekly_hours,
    );
    for ((b, a), note) in before
        .report()
        .units
        .iter()
        .zip(&after.report().units)
        .zip(&after.notes)
    {
        let (bf, af) = (&b.figures, &a.figures);
        let (appeared, cleared) = flag_words(b, a, tr);
        let mut flags = Vec::new();
        flags.extend(appeared.iter().map(|f| format!("+{f}")));
        flags.extend(cleared.iter().map(|f| format!("-{f}")));
        let staff = if officers_text(bf.officers) == officers_text(af.officers) {
            officers_text(af.officers)
        } else {
            format!(
                "{} -> {}",
                officers_text(bf.officers),
                officers_text(af.officers)
            )
        };
        let _ = writeln!(
            out,
            "{} {} {} {} {} {} {} {} {}",
            fit(&a.unit_id, 6),
            fit(&a.name, 24),
            fit(&staff, 12),
            fit(&change(Some(bf.load_ratio), Some(af.load_ratio), 2), 14),
            fit(
                &change(
                    Some(bf.load_ratio * b_week),
                    Some(af.load_ratio * a_week),
                    1
                ),
                14
            ),
            fit(
                &change(
                    bf.households_per_community_officer,
                    af.households_per_community_officer,
                    0
                ),
                14
            ),
            fit(
                &change(
                    Some(bf.understaffed_days as f64),
                    Some(af.understaffed_days as f64),
                    0
                ),
                9
            ),
            fit(
                &change(
                    Some(bf.meeting_hours_per_officer),
                    Some(af.meeting_hours_per_officer),
                    1
                ),
                14
            ),
            flags.join(" ")
        );
        if note.uncovered_hours > 0.0 {
            let _ = writeln!(
                out,
                "       {}",
                tr.args(
                    "simulate-uncovered",
                    &[("hours", format!("{:.1}", note.uncovered_hours).into())],
                )
            );
        }
    }
    let _ = writeln!(
        out,
        "\n{}",
        crate::output::staffing::change(needs.0, needs.1, tr)
    );
    for (i, why) in &after.problems {
        let _ = writeln!(
            out,
            "{}",
            tr.args(
                "edit-not-applied",
                &[("n", (*i).into()), ("why", why.text(tr).into())]
            )
        );
    }
    out
}

pub fn suggestion(s: &Suggestion, tr: &Tr) -> String {
    let mut out = String::new();
    let f = |x: f64, d: usize| Arg::Text(format!("{x:.d$}"));
    let k = Arg::from(s.max_moves);
    let recruits = |n: usize| -> Arg {
        if n > 0 {
            tr.args("suggest-recruits", &[("n", n.into())]).into()
        } else {
            Arg::Text(String::new())
        }
    };
    let _ = writeln!(
        out,
        "{}",
        tr.args(
            "suggest-head",
            &[
                ("n", s.moves_searched.into()),
                ("recruits", recruits(s.recruits)),
                ("load_before", f(s.before_worst, 2)),
                ("load_after", f(s.plan_worst, 2)),
                ("alarms_before", s.before_alarms.into()),
                ("alarms_after", s.plan_alarms.into()),
            ],
        )
    );
    let reach = if s.gap() >= 1e-9 {
        tr.args("suggest-above", &[("gap", f(s.gap(), 3)), ("k", k.clone())])
    } else if s.exact {
        tr.args("suggest-optimal", &[("k", k.clone())])
    } else {
        tr.args("suggest-heuristic", &[("k", k.clone())])
    };
    let _ = writeln!(
        out,
        "{}",
        tr.args(
            "suggest-bound",
            &[
                ("k", k),
                ("recruits", recruits(s.recruits_asked)),
                ("best", f(s.best_for_moves, 3)),
                ("integer", f(s.bound_integer, 3)),
                ("continuous", f(s.bound_continuous, 3)),
                ("model", f(s.model_worst, 3)),
                ("reach", reach.into()),
            ],
        )
    );
    for e in &s.edits {
        match e {
            crate::core::scenario::Edit::MoveOfficer { reason, .. } => {
                let _ = writeln!(out, "  {}: {reason}", e.describe_in(tr));
            }
            _ => {
                let _ = writeln!(out, "  {}", e.describe_in(tr));
            }
        }
    }
    out
}
