//! Inspections and meetings: the load per unit, and who causes it.

use super::table;
use crate::core::detail::Source;
use crate::output::table::right;
use crate::tui::app::Ready;
use crate::tui::layout;
use crate::tui::table::Badge;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn draw(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready) {
    let l = layout::events(area);
    let tr = r.model.tr;
    table(
        f,
        l.table,
        theme,
        &r.events,
        &tr.t("events-units"),
        r.editing,
        tr,
    );
    sources(
        f,
        l.bodies,
        r,
        &r.model.bodies,
        [
            tr.t("events-by-body"),
            tr.t("events-visits"),
            tr.t("events-hours-tied-up"),
        ],
        theme,
    );
    sources(
        f,
        l.conveners,
        r,
        &r.model.conveners,
        [
            tr.t("events-by-convener"),
            tr.t("events-meetings"),
            tr.t("events-officer-hours"),
        ],
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
            lines.push(Line::from(tr.t("none")));
        }
        let block = theme
            .block()
            .title(format!(" {} ", tr.t("events-stacked-days")));
        f.render_widget(Paragraph::new(lines).block(block), stacked);
    }
}

/// A list of inspecting bodies or conveners under `[title, count heading, hours heading]`.
fn sources(
    f: &mut Frame,
    area: Rect,
    r: &Ready,
    list: &[Source],
    [title, count, hours]: [String; 3],
    theme: &Theme,
) {
    let tr = r.model.tr;
    let mut lines = vec![Line::from(Span::styled(
        format!(
            "{} {}  {}  {}",
            right(&count, 8),
            right(&hours, 9),
            right(&tr.t("events-units-count"), 5),
            tr.t("events-who")
        ),
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
        Paragraph::new(lines).block(theme.block().title(format!(" {title} "))),
        area,
    );
}
