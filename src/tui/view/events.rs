//! Inspections and meetings: the load per unit, and who causes it.

use super::table;
use crate::core::detail::Source;
use crate::tui::app::Ready;
use crate::tui::layout;
use crate::tui::table::Badge;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

pub fn draw(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready) {
    let l = layout::events(area);
    table(
        f,
        l.table,
        theme,
        &r.events,
        "Inspections and meetings per unit",
        r.editing,
    );
    sources(
        f,
        l.bodies,
        r,
        &r.model.bodies,
        [" By inspecting body ", "visits", "h tied up"],
        theme,
    );
    sources(
        f,
        l.conveners,
        r,
        &r.model.conveners,
        [" By convener ", "meetings", "officer-h"],
        theme,
    );
    if let Some(stacked) = l.stacked {
        let mut lines: Vec<Line> = Vec::new();
        for day in &r.model.stacked {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{} x{} ", day.date, day.bodies.len()),
                    theme.badge(Badge::Alarm),
                ),
                Span::raw(format!(
                    "{}: {}",
                    r.model.bureau.unit(day.unit).id,
                    day.bodies.join(", ")
                )),
            ]));
        }
        if lines.is_empty() {
            lines.push(Line::from("none"));
        }
        let block = Block::bordered().title(" Days with two or more teams ");
        f.render_widget(Paragraph::new(lines).block(block), stacked);
    }
}

/// A list of inspecting bodies or conveners under `[title, count heading, hours heading]`.
fn sources(
    f: &mut Frame,
    area: Rect,
    r: &Ready,
    list: &[Source],
    [title, count, hours]: [&str; 3],
    theme: &Theme,
) {
    let mut lines = vec![Line::from(Span::styled(
        format!("{count:>8} {hours:>9}  units  who"),
        theme.dim(),
    ))];
    for s in list {
        let units: Vec<&str> = s
            .units
            .iter()
            .map(|&u| r.model.bureau.unit(u).id.as_str())
            .collect();
        lines.push(Line::from(format!(
            "{:>8} {:>9.0}  {:>5}  {} ({})",
            s.count,
            s.hours,
            s.units.len(),
            s.name,
            units.join(" ")
        )));
    }
    f.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(title.to_string())),
        area,
    );
}
