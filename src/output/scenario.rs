//! Tables for `simulate` and `suggest`: each unit before -> after.

use crate::core::scenario::project::{Projection, UnitProjection};
use crate::core::scenario::suggest::Suggestion;
use crate::output::table::fit;
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

/// Flags of `after` that `before` did not have, and the reverse.
pub fn flag_changes(before: &UnitProjection, after: &UnitProjection) -> (Vec<String>, Vec<String>) {
    let key = |f: &crate::core::scenario::project::PFlag| format!("{} {}", f.severity, f.rule);
    let b: Vec<String> = before.flags.iter().map(key).collect();
    let a: Vec<String> = after.flags.iter().map(key).collect();
    (
        a.iter().filter(|f| !b.contains(f)).cloned().collect(),
        b.iter().filter(|f| !a.contains(f)).cloned().collect(),
    )
}

pub fn simulate(name: &str, before: &Projection, after: &Projection) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Scenario {name}: {} moves; alarms {} -> {}; worst load {:.2} -> {:.2}",
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
        "\n{} {} {} {} {} {} {} flags",
        fit("unit", 6),
        fit("name", 24),
        fit("load", 14),
        fit("h/wk", 14),
        fit("hh/co", 14),
        fit("mtg h/off", 14),
        fit("floor", 12),
    );
    for (b, a) in before.units.iter().zip(&after.units) {
        let (appeared, cleared) = flag_changes(b, a);
        let floor = format!(
            "{} {}",
            a.staffing_floor,
            if a.floor_met { "met" } else { "SHORT" }
        );
        let mut flags = Vec::new();
        flags.extend(appeared.iter().map(|f| format!("+{f}")));
        flags.extend(cleared.iter().map(|f| format!("-{f}")));
        let _ = writeln!(
            out,
            "{} {} {} {} {} {} {} {}",
            fit(&a.unit_id, 6),
            fit(&a.name, 24),
            fit(&change(b.load_ratio, a.load_ratio, 2), 14),
            fit(&change(b.avg_weekly_hours, a.avg_weekly_hours, 1), 14),
            fit(
                &change(
                    b.households_per_community_officer,
                    a.households_per_community_officer,
                    0
                ),
                14
            ),
            fit(
                &change(
                    Some(b.meeting_hours_per_officer),
                    Some(a.meeting_hours_per_officer),
                    1
                ),
                14
            ),
            fit(&floor, 12),
            flags.join(" ")
        );
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
        "Best any allocation of the same officers could reach: {:.3} (whole officers), {:.3} (divisible); this plan is {:.3} above it{}",
        s.bound_integer,
        s.bound_continuous,
        s.gap(),
        if s.gap() < 1e-9 { " (optimal)" } else { "" }
    );
    for e in &s.edits {
        if let crate::core::scenario::Edit::MoveOfficer { reason, .. } = e {
            let _ = writeln!(out, "  {}: {reason}", e.describe());
        }
    }
    out
}
