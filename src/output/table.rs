//! `check --format table`: the bureau's problems at a glance. Styled with
//! ANSI colour; the caller's stream strips it when stdout is not a terminal
//! or NO_COLOR is set. Severity is always spelled out too, never colour alone.

use crate::core::check::{CheckReport, OfficerReport, Tally, UnitReport};
use crate::core::flags::{Flag, Severity};
use crate::i18n::{Arg, Tr};
use anstyle::{AnsiColor, Style};
use std::fmt::Write;
use std::sync::Arc;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

const ALARM: Style = AnsiColor::Red.on_default().bold();
const WARN: Style = AnsiColor::Yellow.on_default().bold();
const OK: Style = AnsiColor::Green.on_default();
const HEAD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

/// Pads (or cuts, with "…") `s` to `width` terminal columns; Chinese
/// characters take two.
pub fn fit(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    if s.width() > width {
        for c in s.chars() {
            let w = c.width().unwrap_or(0);
            if used + w + 1 > width {
                break;
            }
            out.push(c);
            used += w;
        }
        out.push('…');
        used += 1;
    } else {
        out.push_str(s);
        used = s.width();
    }
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// Pads `s` on the left to `width` terminal columns.
pub fn right(s: &str, width: usize) -> String {
    format!("{}{s}", " ".repeat(width.saturating_sub(s.width())))
}

fn badge(tally: Tally, tr: &Tr) -> String {
    let (style, key) = if tally.alarms > 0 {
        (ALARM, "badge-alarm")
    } else if tally.warnings > 0 {
        (WARN, "badge-warn")
    } else {
        (OK, "badge-ok")
    };
    format!("{style}{}{style:#}", fit(&tr.t(key), 5))
}

fn flag_line(out: &mut String, f: &Flag, tr: &Tr) {
    let (style, key) = match f.severity {
        Severity::Alarm => (ALARM, "severity-alarm"),
        Severity::Warn => (WARN, "severity-warn"),
    };
    let _ = writeln!(
        out,
        "        {style}{}{style:#} {DIM}{}{DIM:#}: {}",
        fit(&tr.t(key), 5),
        f.rule,
        f.message_in(tr)
    );
}

fn optional(x: Option<f64>, fmt: impl Fn(f64) -> String) -> String {
    x.map(fmt).unwrap_or_else(|| "-".into())
}

/// Officers with at least one alarm, most alarms first, then longest hours.
fn officers_with_alarms(officers: &[Arc<OfficerReport>]) -> Vec<&OfficerReport> {
    let mut sorted: Vec<&OfficerReport> = officers
        .iter()
        .map(|o| &**o)
        .filter(|o| Tally::of(&o.flags).alarms > 0)
        .collect();
    sorted.sort_by(|a, b| {
        Tally::of(&b.flags)
            .alarms
            .cmp(&Tally::of(&a.flags).alarms)
            .then(
                b.figures
                    .avg_weekly_hours
                    .total_cmp(&a.figures.avg_weekly_hours),
            )
            .then(a.officer_id.cmp(&b.officer_id))
    });
    sorted
}

/// A column of a text table: its title's message, width in terminal
/// columns, alignment.
struct Col(&'static str, usize, Align);

#[derive(Clone, Copy, PartialEq)]
enum Align {
    Left,
    Right,
}

/// One line of a table: the badge, then each cell fitted to its column.
fn line(badge: &str, cols: &[Col], cells: &[String]) -> String {
    let mut out = String::from(badge);
    for (i, (Col(_, width, align), cell)) in cols.iter().zip(cells).enumerate() {
        out.push(' ');
        out.push_str(&match align {
            // The last column is never cut: nothing follows it.
            Align::Left if i + 1 == cols.len() => cell.clone(),
            Align::Left => fit(cell, *width),
            Align::Right => right(cell, *width),
        });
    }
    out.trim_end().to_string()
}

fn header(cols: &[Col], tr: &Tr) -> String {
    let titles: Vec<String> = cols.iter().map(|c| tr.t(c.0)).collect();
    format!("{DIM}{}{DIM:#}", line("     ", cols, &titles))
}

const UNIT_COLS: &[Col] = &[
    Col("col-unit", 6, Align::Left),
    Col("col-name", 28, Align::Left),
    Col("col-kind", 8, Align::Left),
    Col("col-officers", 5, Align::Right),
    Col("col-load", 5, Align::Right),
    Col("col-short", 5, Align::Right),
    Col("col-households-per-community", 7, Align::Right),
    Col("col-inspections-per-quarter", 6, Align::Right),
    Col("col-stacked", 5, Align::Right),
    Col("col-meetings-per-week", 7, Align::Right),
    Col("col-leave", 5, Align::Right),
];

const OFFICER_COLS: &[Col] = &[
    Col("col-officer", 8, Align::Left),
    Col("col-officer-name", 14, Align::Left),
    Col("col-unit", 6, Align::Left),
    Col("col-role", 12, Align::Left),
    Col("col-hours-per-week", 5, Align::Right),
    Col("col-max-week", 6, Align::Right),
    Col("col-streak", 6, Align::Right),
    Col("col-comp", 4, Align::Right),
    Col("col-households", 5, Align::Right),
    Col("col-alarms", 6, Align::Left),
];

/// A unit's officers over the period (officer-equivalents): whole when
/// nobody joined, moved or left, else to one decimal.
pub fn officers_text(officers: f64) -> String {
    if (officers - officers.round()).abs() < 0.05 {
        format!("{officers:.0}")
    } else {
        format!("{officers:.1}")
    }
}

/// A unit's row as people read it, on the command line and in the planner:
/// id, name, kind, officers, load, short days, households per community
/// officer ("none" when it has households and no community officer), most
/// visits a quarter, stacked days, most meetings a week, leave coverage.
pub fn unit_cells(u: &UnitReport, tr: &Tr) -> Vec<String> {
    let f = &u.figures;
    let hh = match f.households_per_community_officer {
        Some(x) => format!("{x:.0}"),
        None if f.households > 0 => tr.t("none"),
        None => "-".into(),
    };
    vec![
        u.unit_id.clone(),
        u.name.clone(),
        tr.t(&format!("kind-{}", u.kind.code())),
        officers_text(f.officers),
        format!("{:.2}", f.load_ratio),
        f.understaffed_days.to_string(),
        hh,
        f.max_inspections_per_quarter.to_string(),
        f.stacked_inspection_days.to_string(),
        f.max_meetings_per_week.to_string(),
        optional(f.leave_coverage, |c| format!("{:.0}%", c * 100.0)),
    ]
}

/// The whole `check` report for people, in the language of `tr`.
pub fn check(report: &CheckReport, bureau: &str, tr: &Tr) -> String {
    let mut out = String::new();
    let tally = report.tally();
    let p = &report.period;
    let count = |key: &str, n: usize| tr.args(key, &[("n", Arg::Count(n as f64))]);
    let _ = writeln!(
        out,
        "{}",
        tr.args(
            "check-summary",
            &[
                ("dir", Arg::Text(format!("{HEAD}{bureau}{HEAD:#}"))),
                ("from", Arg::Text(p.start.to_string())),
                ("to", Arg::Text(p.end.to_string())),
                ("days", Arg::Count(p.days as f64)),
                ("units", Arg::Count(report.units.len() as f64)),
                ("officers", Arg::Count(report.officers.len() as f64)),
                (
                    "alarms",
                    Arg::Text(format!(
                        "{ALARM}{}{ALARM:#}",
                        count("check-alarms", tally.alarms)
                    )),
                ),
                (
                    "warnings",
                    Arg::Text(format!(
                        "{WARN}{}{WARN:#}",
                        count("check-warnings", tally.warnings)
                    )),
                ),
            ],
        )
    );

    let _ = writeln!(out, "\n{HEAD}{}{HEAD:#}", tr.t("check-units"));
    let _ = writeln!(out, "{}", header(UNIT_COLS, tr));
    for u in report
        .units_worst_first()
        .into_iter()
        .map(|i| &report.units[i])
    {
        let cells = unit_cells(u, tr);
        let _ = writeln!(
            out,
            "{}",
            line(&badge(Tally::of(&u.flags), tr), UNIT_COLS, &cells)
        );
        for flag in &u.flags {
            flag_line(&mut out, flag, tr);
        }
    }

    let alarmed = officers_with_alarms(&report.officers);
    let _ = writeln!(
        out,
        "\n{HEAD}{}{HEAD:#}",
        count("check-officers", alarmed.len())
    );
    if !alarmed.is_empty() {
        let _ = writeln!(out, "{}", header(OFFICER_COLS, tr));
    }
    let mut fired: Vec<&Flag> = Vec::new();
    for o in &alarmed {
        let f = &o.figures;
        let alarms: Vec<&Flag> = o
            .flags
            .iter()
            .filter(|f| f.severity == Severity::Alarm)
            .collect();
        for a in &alarms {
            if !fired.iter().any(|seen| seen.rule == a.rule) {
                fired.push(a);
            }
        }
        let cells = [
            o.officer_id.clone(),
            o.name.clone(),
            o.unit_id.clone(),
            tr.t(&format!("role-{}", o.role.code())),
            format!("{:.1}", f.avg_weekly_hours),
            format!("{:.1}", f.max_weekly_hours),
            f.longest_work_streak.to_string(),
            f.comp_days_owed.to_string(),
            f.households.to_string(),
            alarms
                .iter()
                .map(|a| a.rule.name())
                .collect::<Vec<_>>()
                .join(" "),
        ];
        let _ = writeln!(
            out,
            "{}",
            line(&badge(Tally::of(&o.flags), tr), OFFICER_COLS, &cells)
        );
    }
    if !fired.is_empty() {
        fired.sort_by_key(|f| f.rule);
        let _ = writeln!(out, "\n{HEAD}{}{HEAD:#}", tr.t("check-why"));
        for f in fired {
            let side = match f.rule.direction() {
                crate::core::rules::Direction::Above => "side-above",
                crate::core::rules::Direction::Below => "side-below",
            };
            let _ = writeln!(
                out,
                "  {ALARM}{}{ALARM:#}: {}",
                f.rule,
                tr.args(
                    "check-why-line",
                    &[
                        ("side", Arg::Text(tr.t(side))),
                        (
                            "limit",
                            Arg::Text(tr.args(f.why.limit.0, &[("n", f.why.limit.1.clone())])),
                        ),
                        ("basis", Arg::Text(f.rule.basis_in(tr))),
                    ],
                )
            );
        }
    }
    let warned_only = report
        .officers
        .iter()
        .filter(|o| {
            let t = Tally::of(&o.flags);
            t.alarms == 0 && t.warnings > 0
        })
        .count();
    let _ = writeln!(
        out,
        "\n{DIM}{}{DIM:#}",
        count("check-warned-only", warned_only)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_counts_chinese_characters_as_two_columns() {
        assert_eq!(fit("王伟", 6), "王伟  ");
        assert_eq!(fit("Dongdang Station", 8), "Dongdan…");
        assert_eq!(fit("欧阳明月", 6), "欧阳… ");
        assert_eq!(fit("王伟", 6).width(), 6);
    }
}
