//! Tables for `simulate` and `suggest`: each unit before -> after, read from
//! the outcomes of the baseline and the scenario.

use crate::core::check::UnitReport;
use crate::core::scenario::outcome::Outcome;
use crate::core::scenario::suggest::Suggestion;
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
/// "severity rule".
pub fn flag_changes(before: &UnitReport, after: &UnitReport) -> (Vec<String>, Vec<String>) {
    let key = |f: &crate::core::flags::Flag| format!("{} {}", f.severity, f.rule);
    let b: Vec<String> = before.flags.iter().map(key).collect();
    let a: Vec<String> = after.flags.iter().map(key).collect();
    (
        a.iter().filter(|f| !b.contains(f)).cloned().collect(),
        b.iter().filter(|f| !a.contains(f)).cloned().collect(),
    )
}

pub fn simulate(before: &Outcome, after: &Outcome) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Scenario {}: {} moves; alarms {} -> {}; worst load {:.2} -> {:.2}",
        after.name,
        after.moves.len(),
        before.alarms(),
        after.alarms(),
        before.worst_load(),
        after.worst_load()
    );
    for m in &after.moves {
        let _ = writeln!(
            out,
            "  {} {} -> {} from {}: {}",
            m.officer_id,
            m.from_unit.as_deref().unwrap_or("(new)"),
            m.to_unit.as_deref().unwrap_or("(leaves)"),
            m.from,
            m.reason
        );
    }
    let _ = writeln!(
        out,
        "\n{} {} {} {} {} {} {} {} flags",
        fit("unit", 6),
        fit("name", 24),
        fit("officers", 12),
        fit("load", 14),
        fit("h/wk", 14),
        fit("hh/co", 14),
        fit("short", 9),
        fit("mtg h/off", 14),
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
        let (appeared, cleared) = flag_changes(b, a);
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
                "       {:.1} h of the unit's work could not be covered within 24 h a day",
                note.uncovered_hours
            );
        }
    }
    for (i, why) in &after.problems {
        let _ = writeln!(out, "edit {i} not applied: {why}");
    }
    out
}

pub fn suggestion(s: &Suggestion) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Suggested {} moves: worst load {:.2} -> {:.2}; alarms {} -> {}",
        s.edits.len(),
        s.before_worst,
        s.plan_worst,
        s.before_alarms,
        s.plan_alarms
    );
    let _ = writeln!(
        out,
        "In the load model (each unit's work shared by its officers): the best any allocation of the same officers could reach is {:.3} (whole officers), {:.3} (divisible); {} moves reach {:.3}{}",
        s.bound_integer,
        s.bound_continuous,
        s.moves_searched,
        s.model_worst,
        if s.gap() < 1e-9 {
            " (optimal)".to_string()
        } else {
            format!(", {:.3} above it", s.gap())
        }
    );
    for e in &s.edits {
        if let crate::core::scenario::Edit::MoveOfficer { reason, .. } = e {
            let _ = writeln!(out, "  {}: {reason}", e.describe());
        }
    }
    out
}
