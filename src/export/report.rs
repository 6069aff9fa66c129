//! The report for the minutes, built once as sections and rendered as
//! Markdown and as one self-contained HTML page (charts as inline SVG,
//! nothing fetched).

use crate::core::compare::Comparison;
use crate::core::flags::Severity;
use crate::export::Audit;
use crate::i18n::{Arg, Tr};
use std::fmt::Write;

/// One part of the report.
enum Part {
    Text(String),
    Table {
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// Load ratio per unit, before and after.
    Chart(Vec<(String, f64, f64)>),
}

struct Section {
    /// The anchor of the section in the HTML page, in every language.
    id: &'static str,
    title: String,
    parts: Vec<Part>,
}

fn num(x: Option<f64>, digits: usize) -> String {
    x.map(|v| format!("{v:.digits$}"))
        .unwrap_or_else(|| "-".into())
}

/// The words of a table's head, from the catalogue.
fn head(tr: &Tr, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| tr.t(k)).collect()
}

fn sections(c: &Comparison, audit: &Audit, tr: &Tr) -> Vec<Section> {
    let before = &c.columns[0];
    let last = c.columns.last().expect("the baseline at least");
    let (b_report, a_report) = (before.report(), last.report());
    let std_week = |r: &crate::core::check::CheckReport| r.standard_weekly_hours;
    let n = |x: usize| Arg::Count(x as f64);
    let mut out = Vec::new();
    let period = &b_report.period;
    let mut summary = vec![Part::Text(tr.args(
        "report-intro",
        &[
            ("from", period.start.to_string().into()),
            ("to", period.end.to_string().into()),
        ],
    ))];
    if let Some(s) = c.summaries.last() {
        summary.push(Part::Text(tr.args(
            "report-sentence",
            &[("text", s.line(before.alarms(), tr).into())],
        )));
    }
    out.push(Section {
        id: "summary",
        title: tr.t("report-summary"),
        parts: summary,
    });
    // What the proposed bureau (the last column) needs, by its workload.
    let need = super::staffing(c);
    let (need_head, need_rows) = crate::output::staffing::table(&need, tr);
    let mut parts = vec![Part::Text(crate::output::staffing::sentence(&need, tr))];
    if !need_rows.is_empty() {
        parts.push(Part::Table {
            head: need_head,
            rows: need_rows,
        });
    }
    out.push(Section {
        id: "staffing",
        title: tr.t("staffing-title"),
        parts,
    });
    out.push(Section {
        id: "load",
        title: tr.t("report-load"),
        parts: vec![Part::Chart(
            b_report
                .units
                .iter()
                .zip(&a_report.units)
                .map(|(b, a)| {
                    (
                        a.unit_id.clone(),
                        b.figures.load_ratio,
                        a.figures.load_ratio,
                    )
                })
                .collect(),
        )],
    });
    let units_head = head(
        tr,
        &[
            "report-col-unit",
            "report-col-name",
            "report-col-officers",
            "report-col-load",
            "report-col-hours",
            "report-col-households",
            "report-col-understaffed",
            "report-col-meetings",
            "report-col-leave",
            "report-col-alarms",
        ],
    );
    let rows = b_report
        .units
        .iter()
        .zip(&a_report.units)
        .map(|(b, a)| {
            let pair = |x: String, y: String| if x == y { y } else { format!("{x} -> {y}") };
            let alarms = |u: &crate::core::check::UnitReport| {
                u.flags
                    .iter()
                    .filter(|f| f.severity == Severity::Alarm)
                    .count()
                    .to_string()
            };
            let (bf, af) = (&b.figures, &a.figures);
            vec![
                a.unit_id.clone(),
                a.name.clone(),
                pair(
                    crate::output::table::officers_text(bf.officers),
                    crate::output::table::officers_text(af.officers),
                ),
                pair(num(Some(bf.load_ratio), 2), num(Some(af.load_ratio), 2)),
                pair(
                    num(Some(bf.load_ratio * std_week(b_report)), 1),
                    num(Some(af.load_ratio * std_week(a_report)), 1),
                ),
                pair(
                    num(bf.households_per_community_officer, 0),
                    num(af.households_per_community_officer, 0),
                ),
                pair(
                    bf.understaffed_days.to_string(),
                    af.understaffed_days.to_string(),
                ),
                pair(
                    num(Some(bf.meeting_hours_per_officer), 1),
                    num(Some(af.meeting_hours_per_officer), 1),
                ),
                pair(
                    num(bf.leave_coverage.map(|x| x * 100.0), 0),
                    num(af.leave_coverage.map(|x| x * 100.0), 0),
                ),
                pair(alarms(b), alarms(a)),
            ]
        })
        .collect();
    out.push(Section {
        id: "units",
        title: tr.t("report-units"),
        parts: vec![Part::Table {
            head: units_head,
            rows,
        }],
    });
    let flags: Vec<Vec<String>> = a_report
        .units
        .iter()
        .flat_map(|u| u.flags.iter().map(move |f| (u.unit_id.clone(), f)))
        .chain(
            a_report
                .officers
                .iter()
                .flat_map(|o| o.flags.iter().map(move |f| (o.officer_id.clone(), f))),
        )
        .filter(|(_, f)| f.severity == Severity::Alarm)
        .map(|(who, f)| vec![who, f.rule.title_in(tr), f.message_in(tr)])
        .collect();
    out.push(Section {
        id: "alarms",
        title: tr.args("report-alarms", &[("n", n(flags.len()))]),
        parts: vec![Part::Table {
            head: head(tr, &["report-col-who", "report-col-rule", "report-col-why"]),
            rows: flags,
        }],
    });
    let moves: Vec<Vec<String>> = last
        .moves
        .iter()
        .map(|m| {
            vec![
                m.officer_id.clone(),
                m.from_unit.clone().unwrap_or_else(|| tr.t("report-new")),
                m.to_unit.clone().unwrap_or_else(|| tr.t("report-leaves")),
                m.from.to_string(),
                m.reason.text(tr),
            ]
        })
        .collect();
    out.push(Section {
        id: "moves",
        title: tr.args("report-moves", &[("n", n(moves.len()))]),
        parts: vec![Part::Table {
            head: head(
                tr,
                &[
                    "report-col-officer",
                    "report-col-from",
                    "report-col-to",
                    "report-col-from-date",
                    "report-col-reason",
                ],
            ),
            rows: moves,
        }],
    });
    if let Some(leave) = last.leave.as_ref().map(|l| &l.plan) {
        let rows = leave
            .units
            .iter()
            .map(|u| {
                vec![
                    u.unit_id.clone(),
                    format!("{} / {}", u.days_granted, u.days_needed),
                    format!("{} / {}", u.officers_served, u.officers_needing),
                    u.shortfall.as_ref().map(|m| m.text(tr)).unwrap_or_default(),
                ]
            })
            .collect();
        out.push(Section {
            id: "leave",
            title: tr.args(
                "report-leave",
                &[
                    ("from", leave.window.start.to_string().into()),
                    ("to", leave.window.end.to_string().into()),
                    ("granted", n(leave.days_granted() as usize)),
                    ("needed", n(leave.days_needed() as usize)),
                    ("covers", n(leave.covers.len())),
                ],
            ),
            parts: vec![Part::Table {
                head: head(
                    tr,
                    &[
                        "report-col-unit",
                        "report-col-days-granted",
                        "report-col-officers-in-full",
                        "report-col-shortfall",
                    ],
                ),
                rows,
            }],
        });
    }
    let mut audit_parts = vec![Part::Text(tr.args(
        "report-exported",
        &[
            ("at", audit.exported_at.as_str().into()),
            ("version", audit.version.as_str().into()),
        ],
    ))];
    audit_parts.push(Part::Table {
        head: vec!["#".into(), tr.t("report-col-edit")],
        rows: audit
            .edits
            .iter()
            .enumerate()
            .map(|(i, e)| vec![(i + 1).to_string(), e.clone()])
            .collect(),
    });
    audit_parts.push(Part::Table {
        head: vec![tr.t("report-col-input"), "SHA-256".into()],
        rows: audit
            .inputs
            .iter()
            .map(|i| vec![i.file.clone(), i.sha256.clone()])
            .collect(),
    });
    out.push(Section {
        id: "audit",
        title: tr.t("report-audit"),
        parts: audit_parts,
    });
    out
}

/// Text as Markdown shows it and nothing more: HTML in a name stays text
/// (a Markdown viewer would run it), a `|` does not split the table.
fn md_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn md_cell(s: &str) -> String {
    md_text(s).replace('|', "\\|").replace('\n', " ")
}

pub fn markdown(c: &Comparison, audit: &Audit, tr: &Tr) -> String {
    let title = tr.args(
        "report-title",
        &[("name", audit.scenario_name.as_str().into())],
    );
    let mut out = format!("# {}\n", md_text(&title));
    for section in sections(c, audit, tr) {
        let _ = write!(out, "\n## {}\n\n", md_text(&section.title));
        for part in section.parts {
            match part {
                Part::Text(t) => {
                    let _ = writeln!(out, "{}\n", md_text(&t));
                }
                Part::Table { head, rows } => {
                    let _ = writeln!(
                        out,
                        "| {} |",
                        head.iter()
                            .map(|h| md_cell(h))
                            .collect::<Vec<_>>()
                            .join(" | ")
                    );
                    let _ = writeln!(out, "|{}|", vec!["---"; head.len()].join("|"));
                    for r in rows {
                        let _ = writeln!(
                            out,
                            "| {} |",
                            r.iter().map(|c| md_cell(c)).collect::<Vec<_>>().join(" | ")
                        );
                    }
                    out.push('\n');
                }
                Part::Chart(bars) => {
                    for (unit, b, a) in bars {
                        let _ = writeln!(out, "- {}: {b:.2} -> {a:.2}", md_text(&unit));
                    }
                    out.push('\n');
                }
            }
        }
    }
    out
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Paired horizontal bars per unit (before grey, after blue), with the
/// 1.00 line of the standard week and the 1.30 line of the alarm.
fn svg(bars: &[(String, f64, f64)], tr: &Tr) -> String {
    let (row, left, width) = (22.0, 60.0, 520.0);
    let top = bars
        .iter()
        .flat_map(|(_, b, a)| [*b, *a])
        .fold(1.5, f64::max);
    let x = |v: f64| left + v / top * width;
    let height = bars.len() as f64 * row + 30.0;
    let mut s = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{height}" role="img" aria-label="{}">"#,
        left + width + 60.0,
        esc(&tr.t("report-chart-label"))
    );
    for (i, (unit, b, a)) in bars.iter().enumerate() {
        let y = 10.0 + i as f64 * row;
        let _ = write!(
            s,
            r#"<text x="0" y="{}" font-size="12">{}</text>"#,
            y + 13.0,
            esc(unit)
        );
        let _ = write!(
            s,
            r##"<rect x="{left}" y="{y}" width="{:.1}" height="8" fill="#9e9e9e"><title>{}</title></rect>"##,
            x(*b) - left,
            esc(&tr.args(
                "report-chart-before",
                &[("value", format!("{b:.2}").into())]
            ))
        );
        let fill = if *a > 1.3 {
            "#c62828"
        } else if *a > 1.1 {
            "#f9a825"
        } else {
            "#1565c0"
        };
        let _ = write!(
            s,
            r#"<rect x="{left}" y="{}" width="{:.1}" height="8" fill="{fill}"><title>{}</title></rect>"#,
            y + 9.0,
            x(*a) - left,
            esc(&tr.args("report-chart-after", &[("value", format!("{a:.2}").into())]))
        );
        let _ = write!(
            s,
            r#"<text x="{:.1}" y="{}" font-size="11">{b:.2} &#8594; {a:.2}</text>"#,
            x(b.max(*a)) + 4.0,
            y + 13.0
        );
    }
    for (v, key) in [(1.0, "report-chart-standard"), (1.3, "report-chart-alarm")] {
        let label = esc(&tr.t(key));
        let _ = write!(
            s,
            r##"<line x1="{0:.1}" x2="{0:.1}" y1="5" y2="{1}" stroke="#555" stroke-dasharray="4 3"/><text x="{0:.1}" y="{2}" font-size="10">{label}</text>"##,
            x(v),
            height - 15.0,
            height - 3.0
        );
    }
    s.push_str("</svg>");
    s
}

pub fn html(c: &Comparison, audit: &Audit, tr: &Tr) -> String {
    let title = esc(&tr.args(
        "report-title",
        &[("name", audit.scenario_name.as_str().into())],
    ));
    let lang = match tr.lang() {
        crate::i18n::Lang::Zh => "zh-CN",
        crate::i18n::Lang::En => "en",
    };
    let mut out = format!(
        "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title><style>\
         body{{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#111}}\
         table{{border-collapse:collapse;margin:.5em 0 1.5em}}td,th{{border:1px solid #bbb;padding:3px 8px;text-align:left;vertical-align:top}}\
         th{{background:#ddebf7}}</style></head><body>\n<h1>{title}</h1>\n"
    );
    for section in sections(c, audit, tr) {
        let _ = writeln!(
            out,
            "<section id=\"{}\"><h2>{}</h2>",
            section.id,
            esc(&section.title)
        );
        for part in section.parts {
            match part {
                Part::Text(t) => {
                    let _ = writeln!(out, "<p>{}</p>", esc(&t));
                }
                Part::Table { head, rows } => {
                    out.push_str("<table><tr>");
                    for h in head {
                        let _ = write!(out, "<th>{}</th>", esc(&h));
                    }
                    out.push_str("</tr>\n");
                    for r in rows {
                        out.push_str("<tr>");
                        for cell in r {
                            let _ = write!(out, "<td>{}</td>", esc(&cell));
                        }
                        out.push_str("</tr>\n");
                    }
                    out.push_str("</table>\n");
                }
                Part::Chart(bars) => out.push_str(&svg(&bars, tr)),
            }
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body></html>\n");
    out
}
