//! A unit: its figures and flags, its officers, who is on duty day by day,
//! the spread of weekly hours, and its visits and meetings.

use super::table;
use crate::core::flags::{Severity, num};
use crate::core::rules::Direction;
use crate::tui::app::Ready;
use crate::tui::layout;
use crate::tui::screens::{BANDS, UnitScreen, percent};
use crate::tui::table::Badge;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Paragraph};

pub fn draw(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready, s: &UnitScreen) {
    let l = layout::unit(area, s.flags, s.shown.projected.is_some());
    summary(f, l.summary, theme, s, l.flags_shown);
    table(f, l.table, theme, &s.table, "Officers", r.editing);
    on_duty(f, l.on_duty, theme, s);
    if let Some((spread_area, events_area)) = l.side {
        spread(f, spread_area, s);
        events(f, events_area, theme, s);
    }
}

fn summary(f: &mut Frame, area: Rect, theme: &Theme, s: &UnitScreen, flags_shown: usize) {
    let unit = s.shown.bureau().unit(s.unit);
    let u = &s.shown.report().units[s.unit as usize];
    let fig = &u.figures;
    let hh = match fig.households_per_community_officer {
        Some(x) => format!("{x:.0} per community officer"),
        None if fig.households > 0 => "no community officer".into(),
        None => "no areas".into(),
    };
    let badge = s.shown.unit_badge(s.unit);
    let plural = |n: u32, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut lines = vec![Line::from(vec![
        Span::styled(Theme::badge_symbol(badge), theme.badge(badge)),
        Span::styled(format!("{} {}", unit.id, unit.name), theme.title()),
        Span::raw(format!(
            "  {}  {}  min on duty {}",
            unit.kind,
            crate::core::flags::staff(fig.headcount, fig.officers),
            unit.min_on_duty
        )),
    ])];
    // A projection says so, with the unit as it is beside.
    if let (Some(p), Some(b)) = (&s.shown.projected, s.shown.baseline_unit(s.unit)) {
        let bf = &b.figures;
        lines.push(Line::from(vec![
            Span::styled(
                format!("projected by \"{}\"", p.scenario),
                theme.badge(Badge::Warn),
            ),
            Span::styled(
                format!(
                    "  as it is: {}  load {:.2} ({:.1} h/wk)  short {}  {} flags",
                    crate::core::flags::staff(bf.headcount, bf.officers),
                    bf.load_ratio,
                    bf.load_ratio * p.baseline.report.standard_weekly_hours,
                    plural(bf.understaffed_days, "day"),
                    b.flags.len()
                ),
                theme.dim(),
            ),
        ]));
    }
    lines.extend([
        Line::from(format!(
            "load {:.2} ({:.1} h/wk)  short {}  {} households ({hh})  leave {}",
            fig.load_ratio,
            fig.load_ratio * s.shown.report().standard_weekly_hours,
            plural(fig.understaffed_days, "day"),
            fig.households,
            percent(fig.leave_coverage),
        )),
        Line::from(format!(
            "{} (max {}/quarter, {} stacked)  {} (max {}/week, {:.1} h/officer)",
            plural(fig.inspections, "visit"),
            fig.max_inspections_per_quarter,
            fig.stacked_inspection_days,
            plural(fig.meetings, "meeting"),
            fig.max_meetings_per_week,
            fig.meeting_hours_per_officer,
        )),
    ]);
    // Whole messages when there is room; else rule, value and threshold.
    let wide = area.width >= 120;
    for flag in u.flags.iter().take(flags_shown) {
        let (word, side) = match (flag.severity, flag.rule.direction()) {
            (Severity::Alarm, Direction::Above) => ("alarm", "above"),
            (Severity::Alarm, Direction::Below) => ("alarm", "below"),
            (Severity::Warn, Direction::Above) => ("warn ", "above"),
            (Severity::Warn, Direction::Below) => ("warn ", "below"),
        };
        let text = if wide {
            flag.message()
        } else {
            format!(
                "{} {} {side} {}",
                flag.rule,
                num(flag.value),
                num(flag.threshold)
            )
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{word} "), theme.badge(Badge::of([flag.severity]))),
            Span::raw(text),
        ]));
    }
    if u.flags.is_empty() {
        lines.push(Line::from(Span::styled("no flags", theme.badge(Badge::Ok))));
    } else if u.flags.len() > flags_shown {
        let more = format!(
            "+{} more: every flag with its reason on the Flags screen (Tab)",
            u.flags.len() - flags_shown
        );
        lines.push(Line::from(Span::styled(more, theme.dim())));
    }
    f.render_widget(Paragraph::new(lines), area);
}

/// Officers on duty each day against the unit's minimum: one column a day
/// (or the worst day of several, when the period is longer than the width),
/// marked when below the minimum.
fn on_duty(f: &mut Frame, area: Rect, theme: &Theme, s: &UnitScreen) {
    let unit = s.shown.bureau().unit(s.unit);
    let u = &s.shown.report().units[s.unit as usize].figures;
    let daily = &u.daily_on_duty;
    let width = area.width.saturating_sub(2) as usize;
    let rows = area.height.saturating_sub(3) as usize;
    let lowest = daily.iter().copied().min().unwrap_or(0);
    let short = if u.understaffed_days > 0 {
        theme.badge(Badge::Alarm)
    } else {
        Style::new()
    };
    let title = Line::from(vec![
        Span::raw(format!(
            " On duty per day: lowest {lowest}, minimum {}, ",
            unit.min_on_duty
        )),
        Span::styled(format!("short on {} days ", u.understaffed_days), short),
    ]);
    let block = Block::bordered().title(title);
    if width == 0 || rows == 0 || daily.is_empty() {
        f.render_widget(block, area);
        return;
    }
    let columns = daily.len().min(width);
    let worst: Vec<u32> = (0..columns)
        .map(|c| {
            let (a, b) = (
                c * daily.len() / columns,
                ((c + 1) * daily.len() / columns).max(c * daily.len() / columns + 1),
            );
            daily[a..b].iter().copied().min().unwrap_or(0)
        })
        .collect();
    let top = worst
        .iter()
        .copied()
        .max()
        .unwrap_or(0)
        .max(unit.min_on_duty)
        .max(1) as usize;
    const EIGHTHS: [char; 9] = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let mut lines: Vec<Line> = (0..rows)
        .map(|row| {
            let from_bottom = rows - 1 - row;
            let spans: Vec<Span> = worst
                .iter()
                .map(|&v| {
                    let eighths = v as usize * rows * 8 / top;
                    let level = eighths.saturating_sub(from_bottom * 8).min(8);
                    let below = v < unit.min_on_duty;
                    // A day below the minimum ends in `!`: not told by colour alone.
                    let c = if below && from_bottom == 0 {
                        '!'
                    } else {
                        EIGHTHS[level]
                    };
                    Span::styled(
                        c.to_string(),
                        if below {
                            theme.badge(Badge::Alarm)
                        } else {
                            theme.key()
                        },
                    )
                })
                .collect();
            Line::from(spans)
        })
        .collect();
    let (start, end) = (
        s.shown.period().start.to_string(),
        s.shown.period().end.to_string(),
    );
    let gap = width.saturating_sub(start.len() + end.len());
    lines.push(Line::from(Span::styled(
        format!("{start}{}{end}", " ".repeat(gap)),
        theme.dim(),
    )));
    f.render_widget(Paragraph::new(lines).block(block), area);
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
    for (monday, n) in &s.shown.report().units[s.unit as usize]
        .figures
        .meetings_by_week
    {
        lines.push(Line::from(format!("week of {monday}: {n}")));
    }
    let block = Block::bordered().title(" Visits and meetings ");
    f.render_widget(Paragraph::new(lines).block(block), area);
}
