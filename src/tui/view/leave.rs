//! The leave screen: each unit's spare staff day by day over the window,
//! and every officer owed leave with their blocks.

use super::table;
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
use ratatui::widgets::{Block, Paragraph};

pub fn draw(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready) {
    let s = &r.scenario;
    let l = layout::leave(area, r.model.bureau.units.len());
    match &s.leave {
        None => {
            let lines = vec![
                Line::from(Span::styled(
                    "No leave plan in this scenario yet.",
                    theme.title(),
                )),
                Line::from(""),
                Line::from(vec![
                    Span::styled(
                        keys::label(Context::Leave, Action::PlanLeave).unwrap_or(""),
                        theme.key(),
                    ),
                    Span::raw(
                        " plans everyone's remaining annual leave and comp days over a window,",
                    ),
                ]),
                Line::from("  keeping every unit's minimum on duty every day; leaders may cover."),
                Line::from(
                    "  The plan is an edit of the scenario: undo, save and autosave as any other.",
                ),
            ];
            f.render_widget(
                Paragraph::new(lines).block(Block::bordered().title(" Leave rotation ")),
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
                "Officers owed leave: [ ] move, - + length, x none",
                r.editing,
            );
        }
    }
    if s.form.is_some() {
        super::scenario::form(f, area, theme, s);
    }
}

fn header(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready, view: &LeaveView) {
    let p = &view.leave.plan;
    let first = Line::from(vec![
        Span::styled(format!("Leave {} ", p.window), theme.title()),
        Span::raw(format!(
            " {} of {} days (at most {})  {} of {} officers in full  {} covers",
            p.days_granted(),
            p.days_needed(),
            p.days_bound(),
            p.officers_served(),
            p.officers_needing(),
            p.covers.len()
        )),
    ]);
    let second = match (&r.scenario.message, view.leave.problems.first()) {
        (_, Some((i, why))) => Line::from(Span::styled(
            format!("edit {i} not applied: {why}"),
            theme.badge(Badge::Alarm),
        )),
        (Some(m), None) => Line::from(Span::styled(m.clone(), theme.key())),
        (None, None) => Line::from(Span::styled(
            "spare staff: digits, 0 none spare, ! below the minimum, # blackout; H/L scroll",
            theme.dim(),
        )),
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
        " Spare staff per day, {} to {} ",
        w.date(from),
        w.date(from + shown.saturating_sub(1))
    );
    f.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(title)),
        area,
    );
}
