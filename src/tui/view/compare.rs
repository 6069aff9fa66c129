//! The comparison (one figure for every unit, baseline and scenarios side by
//! side) and presentation mode (full screen, a few large bars, for a meeting).

use super::table;
use crate::core::scenario::outcome::Outcome;
use crate::core::scenario::plan::Move;
use crate::i18n::Arg;
use crate::tui::app::Ready;
use crate::tui::compare::{CompareScreen, Picker, bar_cells, mark_cell, shown_name};
use crate::tui::keys::{self, Context};
use crate::tui::layout;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

pub fn draw(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready) {
    let Some(c) = &r.compare else { return };
    let tr = c.tr;
    let l = layout::compare(area);
    let mut lines = vec![Line::from(vec![
        Span::styled(
            tr.args("compare-title", &[("figure", c.figure.title(tr).into())]),
            theme.title(),
        ),
        Span::styled(format!("   {}", compare_hints(tr)), theme.dim()),
    ])];
    let alarms_before = c.comparison.columns[0].alarms();
    for s in &c.comparison.summaries {
        lines.push(Line::from(vec![
            Span::styled(
                tr.args("labelled", &[("label", s.name.as_str().into())]),
                theme.title(),
            ),
            Span::raw(s.line(alarms_before, tr)),
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
        &tr.args("compare-units", &[("figure", c.figure.title(tr).into())]),
        r.editing,
        tr,
    );
    if let Some(chart) = l.chart {
        let unit = c.table.selected_index().unwrap_or(0);
        bars(f, chart, theme, c, unit, 1);
    }
    if let Some(p) = &c.picker {
        picker(f, area, theme, p, tr);
    }
}

/// The keys of the comparison itself, "f figure, c scenarios, ...".
fn compare_hints(tr: &crate::i18n::Tr) -> String {
    keys::bindings(Context::Compare)
        .into_iter()
        .filter(|b| {
            use keys::Action::*;
            matches!(b.action, CycleFigure | Pick | Present | Export)
        })
        .filter_map(|b| b.hint(tr).map(|h| format!("{} {h}", b.label)))
        .collect::<Vec<_>>()
        .join(&tr.t("list-separator"))
}

/// The list of scenarios to compare, over the screen: the baseline (always
/// the first column), then the current and saved scenarios with checkboxes.
fn picker(f: &mut Frame, area: Rect, theme: &Theme, p: &Picker, tr: &crate::i18n::Tr) {
    let labels: Vec<String> = p
        .choices
        .iter()
        .map(|c| format!("[{}] {}", if c.checked { 'x' } else { ' ' }, c.label))
        .collect();
    let head = tr.t("pick-head");
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
            format!(
                "   ↑ {}",
                tr.args("more-n", &[("n", Arg::Count(first as f64))])
            ),
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
            format!(
                "   ↓ {}",
                tr.args("more-n", &[("n", Arg::Count(below as f64))])
            ),
            theme.dim(),
        )));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(format!(" {note}"), theme.key())));
    super::clear(f, rect);
    f.render_widget(
        Paragraph::new(lines).block(theme.block().title(format!(" {} ", tr.t("pick-title")))),
        rect,
    );
}

/// A unit's figure in every column, as bars on the chart's one scale, each
/// with its column's mark; `rows` a bar (1: label, bar and value on one row;
/// 2: the value on the second; from 3: thicker, and a gap after).
fn bars(f: &mut Frame, area: Rect, theme: &Theme, c: &CompareScreen, unit: usize, rows: u16) {
    let chart = &c.chart;
    let tr = c.tr;
    let columns = &c.comparison.columns;
    let inner = area.width.saturating_sub(2) as usize;
    // Each column by its name, the baseline by the word for it.
    let names: Vec<String> = columns
        .iter()
        .enumerate()
        .map(|(i, col)| match i {
            0 => tr.t("baseline"),
            _ => col.name.clone(),
        })
        .collect();
    let label = names.iter().map(|n| n.width()).max().unwrap_or(8).min(24);
    // The bar, then a space and the value (moved past a mark just after the bar).
    let width = inner
        .saturating_sub(label + 1 + chart.value_width + 3)
        .max(1);
    let (base_glyph, _) = theme.compare_bar(true);
    let (glyph, _) = theme.compare_bar(false);
    let mut legend = vec![
        Span::styled(
            format!("{base_glyph} {}  ", tr.t("baseline")),
            theme.title(),
        ),
        Span::styled(
            format!("{glyph} {}  ", tr.t("legend-scenario")),
            theme.title(),
        ),
    ];
    if let Some(m) = &chart.mark_legend {
        let text = if chart.mark_on_bars {
            format!("{} {m}", theme.mark().0)
        } else {
            m.clone()
        };
        legend.push(Span::styled(text, theme.title()));
    }
    let mut lines = vec![Line::from(legend), Line::from(chart.scale_legend.clone())];
    let room = (area.height.saturating_sub(2 + layout::LEGEND_ROWS) / rows.max(1)) as usize;
    let shown = layout::fit_list(columns.len(), room.max(1));
    for (i, col_name) in names.iter().enumerate().take(shown.items) {
        let value = chart.values[unit][i];
        let cells = value.map_or(0, |v| bar_cells(v, chart.top, width));
        let mark = chart.marks[i].and_then(|m| mark_cell(m, chart.top, width));
        let text = c.figure.format(value);
        let bar_row = |with_value: bool| {
            bar_line(
                theme,
                i == 0,
                cells,
                mark,
                width,
                with_value.then_some(text.as_str()),
            )
        };
        let name = format!("{} ", crate::output::table::fit(col_name, label));
        let pad = " ".repeat(label + 1);
        let head = |rest: Vec<Span<'static>>| {
            let mut spans = vec![Span::styled(name.clone(), theme.title())];
            spans.extend(rest);
            Line::from(spans)
        };
        let under = |rest: Vec<Span<'static>>| {
            let mut spans = vec![Span::raw(pad.clone())];
            spans.extend(rest);
            Line::from(spans)
        };
        let thick = if rows >= 3 { rows - 1 } else { rows.max(1) };
        for row in 0..thick {
            let bar = bar_row(row + 1 == thick);
            lines.push(if row == 0 { head(bar) } else { under(bar) });
        }
        if rows >= 3 {
            lines.push(Line::from(""));
        }
    }
    if shown.more > 0 {
        lines.push(Line::from(
            tr.args("more-scenarios", &[("n", Arg::Count(shown.more as f64))]),
        ));
    }
    let u = &columns[0].report().units[unit];
    let title = format!(
        " {}{} ",
        tr.args(
            "labelled",
            &[("label", format!("{} {}", u.unit_id, u.name).into())],
        ),
        c.figure.title(tr)
    );
    // Only the legend may wrap (on a narrow side panel); the bars fit.
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(theme.block().title(title)),
        area,
    );
}

/// One row of a bar: `cells` of the bar's glyph out of `width`, the mark on
/// its cell, and the value after the bar when asked (past the mark if the
/// mark is where the value would go).
fn bar_line(
    theme: &Theme,
    baseline: bool,
    cells: usize,
    mark: Option<usize>,
    width: usize,
    value: Option<&str>,
) -> Vec<Span<'static>> {
    let (glyph, style) = theme.compare_bar(baseline);
    let (mark_glyph, mark_style) = theme.mark();
    let mut row: Vec<(char, Style)> = vec![(' ', Style::new()); width];
    for cell in row.iter_mut().take(cells) {
        *cell = (glyph, style);
    }
    if let Some(m) = mark {
        row[m] = (mark_glyph, mark_style);
    }
    if let Some(text) = value {
        let mut at = cells + 1;
        if mark.is_some_and(|m| m >= cells && m <= at + text.len()) {
            at = mark.unwrap_or(0) + 2;
        }
        row.resize(row.len().max(at + text.len()), (' ', Style::new()));
        for (i, ch) in text.chars().enumerate() {
            row[at + i] = (ch, theme.title());
        }
    }
    // Runs of one style make one span each.
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_style = row.first().map(|c| c.1).unwrap_or_default();
    for (ch, st) in row {
        if st != run_style && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), run_style));
        }
        run_style = st;
        run.push(ch);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run.trim_end().to_string(), run_style));
    }
    spans
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
    let tr = c.tr;
    f.render_widget(Block::new().style(projector(theme)), area);
    let at = c.column.min(c.comparison.columns.len() - 1);
    let column = &c.comparison.columns[at];
    let unit = &c.comparison.columns[0].report().units[c.unit];
    let moves = c.moves_at(at, c.unit);
    let l = layout::present(area, c.comparison.columns.len(), moves.len());
    let ((unit_at, units), (scenario_at, scenarios)) = c.position();
    let mut head = vec![
        Line::from(vec![
            Span::styled(
                format!("  {}", column.name),
                theme.title().add_modifier(Modifier::UNDERLINED),
            ),
            Span::raw(format!(
                "   {}",
                tr.args(
                    "present-scenario-of",
                    &[
                        ("at", Arg::Count(scenario_at as f64)),
                        ("n", Arg::Count(scenarios as f64)),
                    ],
                )
            )),
        ]),
        Line::from(vec![
            Span::styled(
                format!(
                    "  {} {}  -  {}",
                    unit.unit_id,
                    unit.name,
                    c.figure.title(tr)
                ),
                theme.title(),
            ),
            Span::raw(format!(
                "   {}",
                tr.args(
                    "present-unit-of",
                    &[
                        ("at", Arg::Count(unit_at as f64)),
                        ("n", Arg::Count(units as f64))
                    ],
                )
            )),
        ]),
    ];
    if let Some(s) = c.comparison.summaries.get(at.saturating_sub(1)) {
        head.push(Line::from(format!(
            "  {}",
            tr.args(
                "present-summary",
                &[
                    ("moved", Arg::Count(s.officers_moved as f64)),
                    ("cleared", Arg::Count(s.alarms_cleared as f64)),
                    ("created", Arg::Count(s.alarms_created as f64)),
                    ("before", format!("{:.2}", s.worst_before.1).into()),
                    ("after", format!("{:.2}", s.worst_after.1).into()),
                ],
            )
        )));
    }
    f.render_widget(Paragraph::new(head), l.head);
    bars(f, l.chart, theme, c, c.unit, l.bar_rows);
    moves_here(f, l.moves, theme, c, column, &moves);
    // The keys, from the keymap.
    let mut foot = vec![Span::raw("  ")];
    for (label, what) in keys::hints(Context::Present, tr) {
        foot.push(Span::styled(label, theme.key()));
        foot.push(Span::raw(format!(" {what}   ")));
    }
    f.render_widget(Paragraph::new(Line::from(foot)), l.foot);
    if c.explaining {
        let rect = layout::centered(area, area.width.saturating_sub(8).min(90), 9);
        super::clear(f, rect);
        let text = Paragraph::new(c.explain()).wrap(Wrap { trim: true });
        f.render_widget(
            text.block(
                theme
                    .block()
                    .title(format!(" {} ", c.figure.title(tr)))
                    .style(projector(theme)),
            ),
            rect,
        );
    }
}

/// Who moves into or out of the unit, joins or leaves it: officers as their
/// id and initials unless names are asked for (recruits by their id). In as
/// many columns as the width allows; what does not fit is
/// counted ("+N more").
fn moves_here(
    f: &mut Frame,
    area: Rect,
    theme: &Theme,
    c: &CompareScreen,
    column: &Outcome,
    moves: &[&Move],
) {
    let b = column.bureau();
    let tr = c.tr;
    let entries: Vec<String> = moves
        .iter()
        .map(|m| {
            let name = b
                .officer_index(&m.officer_id)
                .map(|o| b.officer(o).name.to_string())
                .unwrap_or_default();
            let who = shown_name(&m.officer_id, &name, c.names);
            match (m.from_unit.as_deref(), m.to_unit.as_deref()) {
                // A recruit has an id and no name yet.
                (None, Some(to)) => format!(
                    "{}  {}",
                    m.officer_id,
                    tr.args("present-joins", &[("unit", to.into())])
                ),
                (Some(from), None) => format!(
                    "{who}  {}",
                    tr.args("present-leaves", &[("unit", from.into())])
                ),
                (from, to) => format!("{who}  {} > {}", from.unwrap_or("-"), to.unwrap_or("-")),
            }
        })
        .collect();
    let mut lines = vec![Line::from(Span::styled(
        format!(
            "  {}",
            tr.args(
                "present-moves-here",
                &[("n", Arg::Count(entries.len() as f64))]
            )
        ),
        theme.title(),
    ))];
    if entries.is_empty() {
        lines.push(Line::from(format!("  {}", tr.t("none"))));
    }
    let rows = (area.height as usize).saturating_sub(1).max(1);
    let entry_width = entries.iter().map(|e| e.width()).max().unwrap_or(0) + 4;
    let per_row = ((area.width as usize).saturating_sub(2) / entry_width.max(1)).max(1);
    let shown = layout::fit_list(entries.len(), rows * per_row);
    let mut cells: Vec<String> = entries[..shown.items].to_vec();
    if shown.more > 0 {
        cells.push(tr.args("more", &[("n", Arg::Count(shown.more as f64))]));
    }
    // Down the first column, then the next, the columns as even as can be.
    let used_rows = cells.len().div_ceil(per_row).min(rows);
    for row in 0..used_rows {
        let mut text = String::from("  ");
        for col in 0..per_row {
            if let Some(cell) = cells.get(col * used_rows + row) {
                text.push_str(&crate::output::table::fit(cell, entry_width));
            }
        }
        lines.push(Line::from(text.trim_end().to_string()));
    }
    f.render_widget(Paragraph::new(lines), area);
}
