//! The comparison (one figure for every unit, baseline and scenarios side by
//! side) and presentation mode (full screen, a few large bars, for a meeting).

use super::table;
use crate::tui::app::Ready;
use crate::tui::compare::{CompareScreen, Picker, shown_name};
use crate::tui::layout;
use crate::tui::table::Badge;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

pub fn draw(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready) {
    let Some(c) = &r.compare else { return };
    let l = layout::compare(area);
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("Compare: {}", c.figure.title()), theme.title()),
        Span::styled(
            "   f figure, c scenarios, p present, X export",
            theme.dim(),
        ),
    ])];
    let alarms_before = c.comparison.columns[0].alarms();
    for s in &c.comparison.summaries {
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", s.name), theme.title()),
            Span::raw(s.line(alarms_before)),
        ]));
    }
    if let Some(m) = &r.scenario.message {
        lines.push(Line::from(Span::styled(m.clone(), theme.key())));
    }
    f.render_widget(Paragraph::new(lines), l.summary);
    table(
        f,
        l.table,
        theme,
        &c.table,
        &format!("Units: {}", c.figure.title()),
        r.editing,
    );
    if let Some(chart) = l.chart {
        let unit = c.table.selected_index().unwrap_or(0);
        bars(f, chart, theme, c, unit, false);
    }
    if let Some(p) = &c.picker {
        picker(f, area, theme, p);
    }
}

/// The list of scenarios to compare, over the screen: the baseline (always
/// the first column), then the current and saved scenarios with checkboxes.
fn picker(f: &mut Frame, area: Rect, theme: &Theme, p: &Picker) {
    let labels: Vec<String> = p
        .choices
        .iter()
        .map(|c| format!("[{}] {}", if c.checked { 'x' } else { ' ' }, c.label))
        .collect();
    let head = "baseline: always the first column";
    let note = p.note.as_deref().unwrap_or("");
    let widest = labels
        .iter()
        .map(|l| l.width())
        .chain([head.width(), note.width(), 40])
        .max()
        .unwrap_or(40);
    // Borders, the head, a blank line and the note around the list; a list
    // too long for the screen shows a window around the cursor, the rest
    // counted above and below it.
    let room = (area.height as usize).saturating_sub(5).max(3);
    let (rows, items) = if labels.len() <= room {
        (labels.len(), labels.len())
    } else {
        (room, room - 2)
    };
    let rect = layout::centered(area, widest as u16 + 6, (rows + 5) as u16);
    let first = (p.cursor + 1)
        .saturating_sub(items)
        .min(labels.len() - items);
    let mut lines = vec![Line::from(Span::styled(format!(" {head}"), theme.dim()))];
    if first > 0 {
        lines.push(Line::from(Span::styled(
            format!("   ↑ {first} more"),
            theme.dim(),
        )));
    }
    for (i, label) in labels.iter().enumerate().skip(first).take(items) {
        let style = if i == p.cursor {
            theme.selected()
        } else {
            Style::new()
        };
        let marker = if i == p.cursor { "> " } else { "  " };
        lines.push(Line::from(Span::styled(format!(" {marker}{label}"), style)));
    }
    let below = labels.len() - first - items;
    if below > 0 {
        lines.push(Line::from(Span::styled(
            format!("   ↓ {below} more"),
            theme.dim(),
        )));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(format!(" {note}"), theme.key())));
    f.render_widget(Clear, rect);
    f.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(" Scenarios to compare ")),
        rect,
    );
}

/// The selected unit's figure in every column, as bars.
fn bars(f: &mut Frame, area: Rect, theme: &Theme, c: &CompareScreen, unit: usize, large: bool) {
    let values: Vec<(String, Option<f64>)> = c
        .comparison
        .columns
        .iter()
        .map(|col| {
            let r = col.report();
            (
                col.name.clone(),
                c.figure.value(&r.units[unit], r.standard_weekly_hours),
            )
        })
        .collect();
    let top = values
        .iter()
        .filter_map(|(_, v)| *v)
        .fold(0.0f64, |a, b| a.max(b.abs()))
        .max(1e-9);
    let label = values
        .iter()
        .map(|(n, _)| unicode_width::UnicodeWidthStr::width(n.as_str()))
        .max()
        .unwrap_or(8)
        .min(24);
    let width = (area.width as usize).saturating_sub(label + 12).max(1);
    let mut lines = Vec::new();
    for (i, (name, v)) in values.iter().enumerate() {
        let n = v
            .map(|v| ((v.abs() / top) * width as f64).round() as usize)
            .unwrap_or(0);
        let style = if i == 0 {
            theme.dim()
        } else {
            theme.badge(Badge::Ok).add_modifier(Modifier::BOLD)
        };
        let bar = "█".repeat(n);
        let text = format!("{} ", crate::output::table::fit(name, label));
        let value = format!(" {}", c.figure.format(*v));
        if large {
            // Three rows a bar: easy to read across a meeting room.
            lines.push(Line::from(vec![
                Span::styled(text.clone(), theme.title()),
                Span::styled(bar.clone(), style),
            ]));
            lines.push(Line::from(vec![
                Span::raw(" ".repeat(label + 1)),
                Span::styled(bar, style),
                Span::styled(value, theme.title()),
            ]));
            lines.push(Line::from(""));
        } else {
            lines.push(Line::from(vec![
                Span::raw(text),
                Span::styled(bar, style),
                Span::raw(value),
            ]));
        }
    }
    let unit_name = &c.comparison.columns[0].report().units[unit];
    let title = format!(
        " {} {}: {} ",
        unit_name.unit_id,
        unit_name.name,
        c.figure.title()
    );
    f.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(title)),
        area,
    );
}

/// High contrast for a projector, unless NO_COLOR.
fn projector(theme: &Theme) -> Style {
    if theme.color {
        Style::new().bg(Color::Black).fg(Color::White)
    } else {
        Style::new()
    }
}

pub fn present(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready) {
    let Some(c) = &r.compare else { return };
    f.render_widget(Block::new().style(projector(theme)), area);
    let column = &c.comparison.columns[c.column.min(c.comparison.columns.len() - 1)];
    let unit = &column.report().units[c.unit];
    let [head, body, moves, foot] = Layout::vertical([
        Constraint::Length(4),
        Constraint::Fill(1),
        Constraint::Length(6),
        Constraint::Length(1),
    ])
    .areas(area);
    let summary = c.comparison.summaries.get(c.column.saturating_sub(1));
    let mut title = vec![
        Line::from(Span::styled(
            format!("  {}", column.name),
            theme.title().add_modifier(Modifier::UNDERLINED),
        )),
        Line::from(Span::styled(
            format!("  {} {}  -  {}", unit.unit_id, unit.name, c.figure.title()),
            theme.title(),
        )),
    ];
    if let Some(s) = summary {
        title.push(Line::from(format!(
            "  {} officers moved   alarms {} cleared, {} new   worst unit {:.2} > {:.2}",
            s.officers_moved, s.alarms_cleared, s.alarms_created, s.worst_before.1, s.worst_after.1
        )));
    }
    f.render_widget(Paragraph::new(title), head);
    bars(f, body, theme, c, c.unit, true);
    // Who moves in or out of this unit: ids and initials unless names are asked for.
    let b = &r.model.bureau;
    let mut lines = vec![Line::from(Span::styled("  Moves here:", theme.title()))];
    for m in column.moves.iter().filter(|m| {
        m.to_unit.as_deref() == Some(&unit.unit_id) || m.from_unit.as_deref() == Some(&unit.unit_id)
    }) {
        let name = b
            .officer_index(&m.officer_id)
            .map(|o| b.officer(o).name.clone())
            .unwrap_or_default();
        lines.push(Line::from(format!(
            "  {}  {} > {}",
            shown_name(&m.officer_id, &name, c.names),
            m.from_unit.as_deref().unwrap_or("new"),
            m.to_unit.as_deref().unwrap_or("leaves")
        )));
    }
    if lines.len() == 1 {
        lines.push(Line::from("  none"));
    }
    f.render_widget(Paragraph::new(lines), moves);
    let hint = "  Space next unit   <- -> scenario   f figure   e explain   n names   q leave";
    f.render_widget(Paragraph::new(Span::styled(hint, theme.dim())), foot);
    if c.explaining {
        let rect = layout::centered(area, area.width.saturating_sub(8).min(90), 9);
        f.render_widget(Clear, rect);
        let text = Paragraph::new(c.figure.explain()).wrap(Wrap { trim: true });
        f.render_widget(
            text.block(
                Block::bordered()
                    .title(format!(" {} ", c.figure.title()))
                    .style(projector(theme)),
            ),
            rect,
        );
    }
}
