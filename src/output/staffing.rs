//! The staffing need as people read it: one sentence for the bureau, and a
//! table of the units short of their need (the check table and the report
//! say the same words).

use crate::core::staffing::StaffingNeed;
use crate::i18n::{Arg, Tr};

/// The bureau's need in a sentence.
pub fn sentence(n: &StaffingNeed, tr: &Tr) -> String {
    let f = |x: f64, d: usize| Arg::Text(format!("{x:.d$}"));
    tr.args(
        "staffing-sentence",
        &[
            (
                "availability",
                Arg::Text(format!("{:.0}%", n.availability * 100.0)),
            ),
            ("warn", f(n.warn.level, 2)),
            ("need_warn", n.warn.need.into()),
            ("need_standard", n.standard.need.into()),
            ("has", f(n.has, 1)),
            ("short_warn", n.warn.short.into()),
            ("short_standard", n.standard.short.into()),
            ("moves_warn", n.warn.by_moves.into()),
            ("moves_standard", n.standard.by_moves.into()),
            ("recruits_warn", n.warn.recruits.into()),
            ("recruits_standard", n.standard.recruits.into()),
        ],
    )
}

/// The columns' titles of a unit's need (the table, the workbook's sheet).
pub fn head(tr: &Tr) -> Vec<String> {
    ["unit", "name", "has", "need-warn", "need-standard", "floor"]
        .iter()
        .map(|k| tr.t(&format!("staffing-col-{k}")))
        .collect()
}

/// What a scenario does to the need: what the units below their need lack,
/// and the recruits it takes once officers are moved, before and after.
pub fn change(before: &StaffingNeed, after: &StaffingNeed, tr: &Tr) -> String {
    tr.args(
        "simulate-staffing",
        &[
            ("level", format!("{:.2}", after.warn.level).into()),
            ("short_before", before.warn.short.into()),
            ("short_after", after.warn.short.into()),
            ("recruits_before", before.warn.recruits.into()),
            ("recruits_after", after.warn.recruits.into()),
            ("standard_before", before.standard.short.into()),
            ("standard_after", after.standard.short.into()),
        ],
    )
}

/// The units short of their need within 1.0, the most short first: head
/// and rows.
pub fn table(n: &StaffingNeed, tr: &Tr) -> (Vec<String>, Vec<Vec<String>>) {
    let head = head(tr);
    let mut units: Vec<_> = n
        .units
        .iter()
        .filter(|u| u.lacks(u.need_standard))
        .collect();
    units.sort_by(|a, b| {
        (b.need_standard as f64 - b.has)
            .total_cmp(&(a.need_standard as f64 - a.has))
            .then(a.unit_id.cmp(&b.unit_id))
    });
    let rows = units
        .iter()
        .map(|u| {
            vec![
                u.unit_id.clone(),
                u.name.clone(),
                format!("{:.1}", u.has),
                u.need_warn.to_string(),
                u.need_standard.to_string(),
                u.floor.to_string(),
            ]
        })
        .collect();
    (head, rows)
}

/// Sentence and table as plain text, columns by display width.
pub fn text(n: &StaffingNeed, tr: &Tr) -> String {
    use crate::output::table::{fit, right};
    let mut out = format!("{}\n", sentence(n, tr));
    let (head, rows) = table(n, tr);
    if rows.is_empty() {
        return out;
    }
    let widths = [6, 24, 8, 12, 12, 8];
    let line = |cells: &[String]| {
        cells
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(i, (c, w))| if i < 2 { fit(c, w) } else { right(c, w) })
            .collect::<Vec<_>>()
            .join(" ")
    };
    out.push_str(&format!("\n{}\n", line(&head)));
    for row in &rows {
        out.push_str(&format!("{}\n", line(row)));
    }
    out
}
