//! A unit: its figures and flags, its officers, who is on duty day by day,
//! the spread of weekly hours, and its visits and meetings.

use super::table;
use crate::core::flags::Severity;
use crate::tui::app::Ready;
use crate::tui::layout;
use crate::tui::screens::{BANDS, UnitScreen, percent};
use crate::tui::table::Badge;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Axis, Bar, BarChart, BarGroup, Block, Chart, Dataset, GraphType, Paragraph, Wrap,
};

pub fn draw(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready, s: &UnitScreen) {
    let l = layout::unit(area, s.summary_lines);
    summary(f, l.summary, theme, r, s);
    table(f, l.table, theme, &s.table, "Officers", r.editing);
    on_duty(f, l.on_duty, theme, r, s);
    if let Some((spread_area, events_area)) = l.side {
        spread(f, spread_area, s);
        events(f, events_area, theme, s);
    }
}

fn summary(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready, s: &UnitScreen) {
    let unit = r.model.bureau.unit(s.unit);
    let u = &r.model.report.units[s.unit as usize];
    let fig = &u.figures;
    let hh = match fig.households_per_community_officer {
        Some(x) => format!("{x:.0} per community officer"),
        None if fig.households > 0 => "no community officer".into(),
        None => "no areas".into(),
    };
    let badge = r.model.unit_badge(s.unit);
    let mut lines = vec![
        Line::from(vec![
            Span::styled(Theme::badge_symbol(badge), theme.badge(badge)),
            Span::styled(format!("{} {}", unit.id, unit.name), theme.title()),
            Span::raw(format!(
                "  {}  {} officers  min on duty {}",
                unit.kind, fig.officers, unit.min_on_duty
            )),
        ]),
        Line::from(format!(
            "load {:.2} ({:.1} h a week each)   short on {} days   households {} ({hh})   leave {}",
            fig.load_ratio,
            fig.load_ratio * r.model.report.standard_weekly_hours,
            fig.understaffed_days,
            fig.households,
            percent(fig.leave_coverage),
        )),
        Line::from(format!(
            "inspections {} (most {} a quarter, {} stacked day{}, {:.0} h)   meetings {} (most {} a week, {:.1} h per officer)",
            fig.inspections,
            fig.max_inspections_per_quarter,
            fig.stacked_inspection_days,
            if fig.stacked_inspection_days == 1 {
                ""
            } else {
                "s"
            },
            fig.inspection_hours,
            fig.meetings,
            fig.max_meetings_per_week,
            fig.meeting_hours_per_officer,
        )),
    ];
    for flag in &u.flags {
        let b = Badge::of([flag.severity]);
        let word = if flag.severity == Severity::Alarm {
            "alarm"
        } else {
            "warn "
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{word} "), theme.badge(b)),
            Span::raw(flag.message.clone()),
        ]));
    }
    if u.flags.is_empty() {
        lines.push(Line::from(Span::styled("no flags", theme.badge(Badge::Ok))));
    }
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

/// Officers on duty each day against the unit's minimum.
fn on_duty(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready, s: &UnitScreen) {
    let unit = r.model.bureau.unit(s.unit);
    let u = &r.model.report.units[s.unit as usize].figures;
    let points: Vec<(f64, f64)> = u
        .daily_on_duty
        .iter()
        .enumerate()
        .map(|(i, &n)| (i as f64, n as f64))
        .collect();
    let last = points.len().saturating_sub(1) as f64;
    let floor = [
        (0.0, unit.min_on_duty as f64),
        (last, unit.min_on_duty as f64),
    ];
    let top = u
        .daily_on_duty
        .iter()
        .copied()
        .max()
        .unwrap_or(0)
        .max(unit.min_on_duty) as f64
        + 1.0;
    let lowest = u.daily_on_duty.iter().copied().min().unwrap_or(0);
    let short_style = if u.understaffed_days > 0 {
        theme.badge(Badge::Alarm)
    } else {
        Style::new()
    };
    let title = Line::from(vec![
        Span::raw(format!(
            " On duty per day (lowest {lowest}, minimum {}): ",
            unit.min_on_duty
        )),
        Span::styled(
            format!("short on {} days ", u.understaffed_days),
            short_style,
        ),
    ]);
    let chart = Chart::new(vec![
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.key())
            .data(&points),
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.badge(Badge::Alarm))
            .data(&floor),
    ])
    .block(Block::bordered().title(title))
    .x_axis(Axis::default().bounds([0.0, last.max(1.0)]).labels([
        r.model.period.start.to_string(),
        r.model.period.end.to_string(),
    ]))
    .y_axis(
        Axis::default()
            .bounds([0.0, top])
            .labels(["0".to_string(), format!("{top:.0}")]),
    );
    f.render_widget(chart, area);
}

/// How many officers average how many hours a week.
fn spread(f: &mut Frame, area: Rect, s: &UnitScreen) {
    let bars: Vec<Bar> = BANDS
        .iter()
        .zip(&s.spread)
        .map(|((label, _), &n)| Bar::default().value(n as u64).label(Line::from(*label)))
        .collect();
    let chart = BarChart::default()
        .block(Block::bordered().title(" Officers by average weekly hours "))
        .bar_width(5)
        .bar_gap(2)
        .data(BarGroup::default().bars(&bars));
    f.render_widget(chart, area);
}

/// Visits (stacked days marked) and meetings, by date.
fn events(f: &mut Frame, area: Rect, theme: &Theme, s: &UnitScreen) {
    let mut lines: Vec<Line> = vec![Line::from(Span::styled("Inspection visits", theme.title()))];
    for e in &s.events.inspections {
        let stacked = e.same_day >= 2;
        let style = if stacked {
            theme.badge(Badge::Alarm)
        } else {
            Style::new()
        };
        let mark = if stacked {
            format!(" x{}", e.same_day)
        } else {
            String::new()
        };
        lines.push(Line::from(Span::styled(
            format!("{}{mark:<4} {} ({} h)", e.date, e.by, e.hours),
            style,
        )));
    }
    lines.push(Line::from(Span::styled("Meetings by week", theme.title())));
    for (monday, n) in &s.events.meetings_by_week {
        lines.push(Line::from(format!("week of {monday}: {n}")));
    }
    let block = Block::bordered().title(" Visits and meetings ");
    f.render_widget(Paragraph::new(lines).block(block), area);
}
