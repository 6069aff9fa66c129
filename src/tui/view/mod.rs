//! Drawing: pure functions from the state to a frame. They lay out text the
//! screens already hold; no figure is computed here.

mod compare;
mod events;
mod flags;
mod leave;
mod officer;
mod overview;
mod scenario;
mod unit;

use crate::i18n::{Arg, Tr};
use crate::tui::app::{App, Drill, Phase, Ready, Root, tab_positions};
use crate::tui::keys::{self, Context};
use crate::tui::layout;
use crate::tui::table::{Align, DataTable};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Clear, Paragraph, Row, Table};
use unicode_width::UnicodeWidthStr;

/// Draws the whole screen.
pub fn draw(app: &App, f: &mut Frame) {
    let chrome = layout::chrome(f.area());
    let theme = &app.theme;
    let tr = app.tr;
    // Presentation mode takes the whole screen.
    if let Phase::Ready(r) = &app.phase
        && r.stack.is_empty()
        && r.root == Root::Compare
        && r.compare.as_ref().is_some_and(|c| c.presenting)
    {
        compare::present(f, f.area(), theme, r);
        if app.help {
            help(f, f.area(), theme, app.context(), tr);
        }
        return;
    }
    match &app.phase {
        Phase::Loading { source, ticks } => {
            title_bar(f, chrome.title, theme, "forceplan", None, tr);
            loading(f, chrome.body, source, *ticks, tr);
            status_line(
                f,
                chrome.status,
                theme,
                &tr.t("status-loading"),
                app.context(),
                tr,
            );
        }
        Phase::Refused {
            title,
            lines,
            scroll,
        } => {
            title_bar(f, chrome.title, theme, "forceplan", None, tr);
            problems(f, chrome.body, theme, title, lines, *scroll, tr);
            status_line(
                f,
                chrome.status,
                theme,
                &tr.t("status-refused"),
                app.context(),
                tr,
            );
        }
        Phase::Ready(r) => {
            title_bar(f, chrome.title, theme, &r.model.title(), Some(r.root), tr);
            match r.stack.last() {
                Some(Drill::Unit(s)) => unit::draw(f, chrome.body, theme, r, s),
                Some(Drill::Officer(s)) => officer::draw(f, chrome.body, theme, s, tr),
                None => match r.root {
                    Root::Overview => overview::draw(f, chrome.body, theme, r),
                    Root::Events => events::draw(f, chrome.body, theme, r),
                    Root::Flags => flags::draw(f, chrome.body, theme, r),
                    Root::Scenario => scenario::draw(f, chrome.body, theme, r),
                    Root::Leave => leave::draw(f, chrome.body, theme, r),
                    Root::Compare => compare::draw(f, chrome.body, theme, r),
                },
            }
            status_line(f, chrome.status, theme, &breadcrumb(r), app.context(), tr);
            scenario::prompts(f, chrome.body, theme, &r.scenario);
        }
    }
    if app.help {
        help(f, f.area(), theme, app.context(), tr);
    }
}

fn title_bar(f: &mut Frame, area: Rect, theme: &Theme, left: &str, current: Option<Root>, tr: &Tr) {
    f.render_widget(
        Paragraph::new(Span::styled(left.to_string(), theme.title())),
        area,
    );
    let Some(current) = current else { return };
    for (root, start, end) in tab_positions(area, left, tr) {
        let style = if root == current {
            theme.selected()
        } else {
            theme.dim()
        };
        let rect = Rect::new(start, area.y, end - start, 1);
        f.render_widget(Paragraph::new(Span::styled(root.tab(tr), style)), rect);
    }
}

/// Where the user is: "Overview > U09 东荡派出所 > P0271 谢莉萍".
fn breadcrumb(r: &Ready) -> String {
    let mut parts = vec![r.root.title(r.model.tr)];
    for d in &r.stack {
        parts.push(match d {
            Drill::Unit(s) => r.model.unit_label(s.unit),
            Drill::Officer(s) => r.model.officer_label(s.officer),
        });
    }
    parts.join(" > ")
}

/// Where the user is on the left; on the right, as many key hints as fit,
/// "? help" always first (it lists the rest).
fn status_line(
    f: &mut Frame,
    area: Rect,
    theme: &Theme,
    context_text: &str,
    context: Context,
    tr: &Tr,
) {
    let mut hints = keys::hints(context, tr);
    if let Some(at) = hints.iter().position(|(label, _)| *label == "?") {
        let help = hints.remove(at);
        hints.insert(0, help);
    }
    let context_width = unicode_width::UnicodeWidthStr::width(context_text).min(28);
    let room = (area.width as usize).saturating_sub(context_width + 2);
    let mut spans: Vec<Span> = Vec::new();
    let mut used = 0;
    for (label, what) in hints {
        let width = label.width() + what.width() + 3;
        if used + width > room {
            break;
        }
        used += width;
        spans.push(Span::styled(label, theme.key()));
        spans.push(Span::raw(format!(" {what}  ")));
    }
    let [left, _, right] = ratatui::layout::Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(used as u16),
    ])
    .areas(area);
    f.render_widget(
        Paragraph::new(Span::styled(context_text.to_string(), theme.dim())),
        left,
    );
    f.render_widget(Paragraph::new(Line::from(spans)), right);
}

fn loading(f: &mut Frame, area: Rect, source: &str, ticks: u32, tr: &Tr) {
    const SPINNER: [char; 8] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧'];
    // Only after a blink: a fast load shows no indicator at all.
    // Ticks come every 20 ms while loading.
    let text = if ticks >= 8 {
        format!(
            "{} {}",
            SPINNER[(ticks / 4) as usize % SPINNER.len()],
            tr.args("loading", &[("source", source.into())])
        )
    } else {
        String::new()
    };
    let y = area.y + area.height / 2;
    f.render_widget(
        Paragraph::new(text).centered(),
        Rect::new(area.x, y, area.width, 1),
    );
}

fn problems(
    f: &mut Frame,
    area: Rect,
    theme: &Theme,
    title: &str,
    lines: &[String],
    scroll: usize,
    tr: &Tr,
) {
    let inner = layout::problems(area);
    let rows = layout::wrap(lines, inner.width);
    let page = inner.height as usize;
    let first = scroll.min(rows.len().saturating_sub(page));
    let last = (first + page).min(rows.len());
    let text: Vec<Line> = rows[first..last]
        .iter()
        .map(|l| Line::from(l.as_str()))
        .collect();
    let block = theme
        .block()
        .title(Span::styled(
            format!(" {title} "),
            theme.badge(crate::tui::table::Badge::Alarm),
        ))
        .title_bottom(Span::styled(
            format!(
                " {} ",
                tr.args(
                    "rows-of",
                    &[
                        ("first", Arg::Count(((first + 1).min(last)) as f64)),
                        ("last", Arg::Count(last as f64)),
                        ("n", Arg::Count(rows.len() as f64)),
                    ],
                )
            ),
            theme.dim(),
        ));
    f.render_widget(Paragraph::new(text).block(block), area);
}

fn help(f: &mut Frame, area: Rect, theme: &Theme, context: Context, tr: &Tr) {
    let bindings = keys::bindings(context);
    let lines: Vec<Line> = bindings
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(format!("{:>8}  ", b.label), theme.key()),
                Span::raw(b.help(tr)),
            ])
        })
        .collect();
    let width = (lines.iter().map(|l| l.width()).max().unwrap_or(20) as u16 + 4).min(area.width);
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    clear(f, rect);
    let block = theme.block().title(format!(" {} ", tr.t("help-title")));
    f.render_widget(Paragraph::new(lines).block(block), rect);
}

/// Clears `rect` for a popup. A wide (CJK) character under the popup's
/// left edge would keep its left half outside and cover the border with
/// the rest: it is blanked, so that no glyph is cut in two.
pub(super) fn clear(f: &mut Frame, rect: Rect) {
    f.render_widget(Clear, rect);
    if rect.x == 0 {
        return;
    }
    let buf = f.buffer_mut();
    for y in rect.top()..rect.bottom() {
        let cell = &mut buf[(rect.x - 1, y)];
        if cell.symbol().width() > 1 {
            cell.set_symbol(" ");
        }
    }
}

/// Draws a data table in a bordered block titled `title`, with the filter,
/// the sort, the focused column and the selection shown.
fn table(
    f: &mut Frame,
    area: Rect,
    theme: &Theme,
    t: &DataTable,
    title: &str,
    editing: bool,
    tr: &Tr,
) {
    let rows_shown = layout::table_rows(area);
    let mut header: Vec<Cell> = vec![Cell::from("")];
    for (i, c) in t.columns.iter().enumerate() {
        let arrow = match t.sort {
            Some((s, true)) if s == i => "v",
            Some((s, false)) if s == i => "^",
            _ => "",
        };
        let text = format!("{}{arrow}", c.title);
        let text = match c.align {
            Align::Left => Line::from(text),
            Align::Right => Line::from(text).right_aligned(),
        };
        let style = if i == t.focus {
            theme.title().patch(theme.focused_column())
        } else {
            theme.title()
        };
        header.push(Cell::from(text).style(style));
    }
    let body: Vec<Row> = t
        .visible
        .iter()
        .enumerate()
        .skip(t.offset)
        .take(rows_shown)
        .map(|(pos, &i)| {
            let row = &t.rows[i];
            let mut cells = vec![match row.badge {
                Some(b) => Cell::from(Span::styled(theme.badge_symbol(b), theme.badge(b))),
                None => Cell::from(""),
            }];
            for (c, text) in t.columns.iter().zip(&row.cells) {
                cells.push(Cell::from(match c.align {
                    Align::Left => Line::from(text.as_str()),
                    Align::Right => Line::from(text.as_str()).right_aligned(),
                }));
            }
            let style = if pos == t.selected {
                theme.selected()
            } else {
                Style::new()
            };
            Row::new(cells).style(style)
        })
        .collect();
    let mut widths = vec![Constraint::Length(2)];
    widths.extend(t.columns.iter().map(|c| {
        if c.width == 0 {
            Constraint::Fill(1)
        } else {
            Constraint::Length(c.width)
        }
    }));
    let filter = match (editing, t.filter.is_empty()) {
        (true, _) => format!(" /{}_ ", t.filter),
        (false, false) => format!(" /{} ", t.filter),
        (false, true) => String::new(),
    };
    let count = if t.visible.len() == t.rows.len() {
        format!(" {} ", t.rows.len())
    } else {
        format!(
            " {} ",
            tr.args(
                "shown-of",
                &[
                    ("shown", Arg::Count(t.visible.len() as f64)),
                    ("n", Arg::Count(t.rows.len() as f64)),
                ],
            )
        )
    };
    let block = theme
        .block()
        .title(Line::from(vec![
            Span::styled(format!(" {title} "), theme.title()),
            Span::styled(filter, theme.key()),
        ]))
        .title_bottom(Span::styled(count, theme.dim()));
    f.render_widget(
        Table::new(body, widths)
            .header(Row::new(header))
            .block(block)
            .column_spacing(1),
        area,
    );
}
