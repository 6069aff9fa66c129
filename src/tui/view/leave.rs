//! The leave screen: each unit's spare staff day by day over the window,
//! and every officer owed leave with their blocks.

use super::table;
use crate::i18n::Arg;
use crate::tui::app::Ready;
use crate::tui::keys::{self, Action, Context};
use crate::tui::layout;
use crate::tui::scenario::LeaveView;
use crate::tui::table::Badge;
use crate::tui::theme::Theme;
use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn draw(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready) {
    let s = &r.scenario;
    let tr = r.model.tr;
    let l = layout::leave(area, r.model.bureau.units.len());
    match &s.leave {
        None => {
            let lines = vec![
                Line::from(Span::styled(tr.t("leave-none-yet"), theme.title())),
                Line::from(""),
                Line::from(vec![
                    Span::styled(
                        keys::label(Context::Leave, Action::PlanLeave).unwrap_or(""),
                        theme.key(),
                    ),
                    Span::raw(format!(" {}", tr.t("leave-how-1"))),
                ]),
                Line::from(format!("  {}", tr.t("leave-how-2"))),
                Line::from(format!("  {}", tr.t("leave-how-3"))),
            ];
            f.render_widget(
                Paragraph::new(lines)
                    .block(theme.block().title(format!(" {} ", tr.t("screen-leave")))),
                area,
            );
        }
        Some(view) => {
            header(f, l.header, theme, r, view);
            grid(f, l.grid, theme, r, view);
            table(
                f,
                l.table,
                theme,
                &view.table,
                &tr.t("leave-table"),
                r.editing,
                tr,
            );
        }
    }
    if s.form.is_some() {
        super::scenario::form(f, area, theme, s);
    }
}

fn header(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready, view: &LeaveView) {
    let p = &view.leave.plan;
    let tr = r.model.tr;
    let n = |x: usize| Arg::Count(x as f64);
    let first = Line::from(vec![
        Span::styled(
            format!(
                "{} ",
                tr.args(
                    "leave-window",
                    &[
                        ("from", p.window.start.to_string().into()),
                        ("to", p.window.end.to_string().into()),
                    ],
                )
            ),
            theme.title(),
        ),
        Span::raw(format!(
            " {}",
            tr.args(
                "leave-summary",
                &[
                    ("granted", n(p.days_granted() as usize)),
                    ("needed", n(p.days_needed() as usize)),
                    ("bound", n(p.days_bound() as usize)),
                    ("served", n(p.officers_served() as usize)),
                    ("needing", n(p.officers_needing() as usize)),
                    ("covers", n(p.covers.len())),
                ],
            )
        )),
    ]);
    let second = match (&r.scenario.message, view.leave.problems.first()) {
        (_, Some((i, why))) => Line::from(Span::styled(
            tr.args(
                "edit-not-applied",
                &[("n", n(*i)), ("why", why.text(tr).into())],
            ),
            theme.badge(Badge::Alarm),
        )),
        (Some(m), None) => Line::from(Span::styled(m.clone(), theme.key())),
        (None, None) => Line::from(Span::styled(tr.t("leave-grid-key"), theme.dim())),
    };
    f.render_widget(Paragraph::new(vec![first, second]), area);
}

/// Units (rows) by days (columns), each cell the staff spare above the minimum.
fn grid(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready, view: &LeaveView) {
    let b = &r.model.bureau;
    let w = view.leave.plan.window;
    let label = 16usize;
    let room = (area.width as usize).saturating_sub(label + 3);
    let from = view.offset.min(w.days().saturating_sub(1));
    let shown = room.min(w.days() - from);
    // The unit of the selected officer is marked.
    let selected_unit = view.table.selected_row().map(|row| row.cells[2].clone());
    let mut dates = " ".repeat(label + 1);
    let mut at = 0;
    while at < shown {
        let d = w.date(from + at);
        let text = format!("{}/{}", d.month(), d.day());
        if at + text.len() < shown {
            dates.push_str(&format!("{text:<7}"));
            at += 7;
        } else {
            break;
        }
    }
    let mut lines = vec![Line::from(Span::styled(dates, theme.dim()))];
    let rows = (area.height as usize).saturating_sub(3);
    let first_unit = selected_unit
        .as_ref()
        .and_then(|id| b.unit_index(id))
        .map(|u| (u as usize).saturating_sub(rows.saturating_sub(1)))
        .unwrap_or(0);
    for (u, unit) in b.units.iter().enumerate().skip(first_unit).take(rows) {
        let mark = if selected_unit.as_deref() == Some(unit.id.as_str()) {
            ">"
        } else {
            " "
        };
        let mut spans = vec![Span::styled(
            format!(
                "{mark}{}",
                crate::output::table::fit(&format!("{} {}", unit.id, unit.name), label)
            ),
            theme.dim(),
        )];
        for i in from..from + shown {
            let spare = view.spare[u][i];
            let (c, style) = if view.blackout[i] {
                ('#', theme.dim())
            } else if spare < 0 {
                ('!', theme.badge(Badge::Alarm))
            } else if spare == 0 {
                ('0', theme.badge(Badge::Warn))
            } else if spare < 10 {
                (
                    char::from_digit(spare as u32, 10).unwrap_or('+'),
                    theme.badge(Badge::Ok),
                )
            } else {
                ('+', theme.badge(Badge::Ok))
            };
            spans.push(Span::styled(c.to_string(), style));
        }
        lines.push(Line::from(spans));
    }
    let title = format!(
        " {} ",
        r.model.tr.args(
            "leave-grid",
            &[
                ("from", w.date(from).to_string().into()),
                (
                    "to",
                    w.date(from + shown.saturating_sub(1)).to_string().into()
                ),
            ],
        )
    );
    f.render_widget(
        Paragraph::new(lines).block(theme.block().title(title)),
        area,
    );
}
