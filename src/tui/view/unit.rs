//! A unit: its figures and flags, its officers, who is on duty day by day,
//! the spread of weekly hours, and its visits and meetings.

use super::table;
use crate::core::flags::{Severity, num, staff};
use crate::core::rules::Direction;
use crate::i18n::{Arg, Tr};
use crate::tui::app::Ready;
use crate::tui::layout;
use crate::tui::screens::{BANDS, UnitScreen, percent};
use crate::tui::table::Badge;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Paragraph};

pub fn draw(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready, s: &UnitScreen) {
    let l = layout::unit(area, s.flags, s.shown.projected.is_some());
    let tr = r.model.tr;
    summary(f, l.summary, theme, s, l.flags_shown, tr);
    table(
        f,
        l.table,
        theme,
        &s.table,
        &tr.t("unit-officers"),
        r.editing,
        tr,
    );
    on_duty(f, l.on_duty, theme, s, tr);
    if let Some((spread_area, events_area)) = l.side {
        spread(f, spread_area, theme, s, tr);
        events(f, events_area, theme, s, tr);
    }
}

fn summary(f: &mut Frame, area: Rect, theme: &Theme, s: &UnitScreen, flags_shown: usize, tr: &Tr) {
    let unit = s.shown.bureau().unit(s.unit);
    let u = &s.shown.report().units[s.unit as usize];
    let fig = &u.figures;
    let hh = match fig.households_per_community_officer {
        Some(x) => tr.args("unit-per-community", &[("n", format!("{x:.0}").into())]),
        None if fig.households > 0 => tr.t("unit-no-community"),
        None => tr.t("unit-no-areas"),
    };
    let badge = s.shown.unit_badge(s.unit);
    let n = |x: u32| Arg::Count(x as f64);
    let mut lines = vec![Line::from(vec![
        Span::styled(theme.badge_symbol(badge), theme.badge(badge)),
        Span::styled(format!("{} {}", unit.id, unit.name), theme.title()),
        Span::raw(format!(
            "  {}",
            tr.args(
                "unit-head",
                &[
                    ("kind", tr.t(&format!("kind-{}", unit.kind.code())).into()),
                    ("staff", staff(fig.headcount, fig.officers, tr).into()),
                    ("min", n(unit.min_on_duty)),
                ],
            )
        )),
    ])];
    // A projection says so, with the unit as it is beside.
    if let (Some(p), Some(b)) = (&s.shown.projected, s.shown.baseline_unit(s.unit)) {
        let bf = &b.figures;
        lines.push(Line::from(vec![
            Span::styled(
                tr.args("projected-by", &[("name", p.scenario.as_str().into())]),
                theme.badge(Badge::Warn),
            ),
            Span::styled(
                format!(
                    "  {}",
                    tr.args(
                        "unit-as-it-is",
                        &[
                            ("staff", staff(bf.headcount, bf.officers, tr).into()),
                            ("load", format!("{:.2}", bf.load_ratio).into()),
                            (
                                "hours",
                                format!(
                                    "{:.1}",
                                    bf.load_ratio * p.baseline.report.standard_weekly_hours
                                )
                                .into(),
                            ),
                            ("short", n(bf.understaffed_days)),
                            ("flags", Arg::Count(b.flags.len() as f64)),
                        ],
                    )
                ),
                theme.dim(),
            ),
        ]));
    }
    lines.extend([
        Line::from(
            tr.args(
                "unit-load",
                &[
                    ("load", format!("{:.2}", fig.load_ratio).into()),
                    (
                        "hours",
                        format!(
                            "{:.1}",
                            fig.load_ratio * s.shown.report().standard_weekly_hours
                        )
                        .into(),
                    ),
                    ("short", n(fig.understaffed_days)),
                    ("households", Arg::Count(fig.households as f64)),
                    ("per", hh.into()),
                    ("leave", percent(fig.leave_coverage).into()),
                ],
            ),
        ),
        Line::from(tr.args(
            "unit-events",
            &[
                ("visits", n(fig.inspections)),
                ("max_quarter", n(fig.max_inspections_per_quarter)),
                ("stacked", n(fig.stacked_inspection_days)),
                ("meetings", n(fig.meetings)),
                ("max_week", n(fig.max_meetings_per_week)),
                (
                    "per_officer",
                    format!("{:.1}", fig.meeting_hours_per_officer).into(),
                ),
            ],
        )),
    ]);
    // Whole messages when there is room; else rule, value and threshold.
    let wide = area.width >= 120;
    for flag in u.flags.iter().take(flags_shown) {
        let side = match flag.rule.direction() {
            Direction::Above => tr.t("side-above"),
            Direction::Below => tr.t("side-below"),
        };
        let text = if wide {
            flag.message_in(tr)
        } else {
            format!(
                "{} {} {side} {}",
                flag.rule.title_in(tr),
                num(flag.value),
                num(flag.threshold)
            )
        };
        lines.push(Line::from(vec![
            Span::styled(
                severity_word(flag.severity, tr),
                theme.badge(Badge::of([flag.severity])),
            ),
            Span::raw(text),
        ]));
    }
    if u.flags.is_empty() {
        lines.push(Line::from(Span::styled(
            tr.t("no-flags"),
            theme.badge(Badge::Ok),
        )));
    } else if u.flags.len() > flags_shown {
        let more = tr.args(
            "unit-more-flags",
            &[("n", Arg::Count((u.flags.len() - flags_shown) as f64))],
        );
        lines.push(Line::from(Span::styled(more, theme.dim())));
    }
    f.render_widget(Paragraph::new(lines), area);
}

/// Officers on duty each day against the unit's minimum: one column a day
/// (or the worst day of several, when the period is longer than the width),
/// marked when below the minimum.
fn on_duty(f: &mut Frame, area: Rect, theme: &Theme, s: &UnitScreen, tr: &Tr) {
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
    let n = |x: u32| Arg::Count(x as f64);
    let title = Line::from(vec![
        Span::raw(format!(
            " {} ",
            tr.args(
                "unit-on-duty",
                &[("lowest", n(lowest)), ("min", n(unit.min_on_duty))],
            )
        )),
        Span::styled(
            format!(
                "{} ",
                tr.args("unit-short-on", &[("n", n(u.understaffed_days))])
            ),
            short,
        ),
    ]);
    let block = theme.block().title(title);
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
    let levels = theme.eighths();
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
                        levels[level]
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
fn spread(f: &mut Frame, area: Rect, theme: &Theme, s: &UnitScreen, tr: &Tr) {
    let bars: Vec<Bar> = BANDS
        .iter()
        .zip(&s.spread)
        .map(|((label, _), &n)| Bar::default().value(n as u64).label(Line::from(*label)))
        .collect();
    let chart = BarChart::default()
        .block(theme.block().title(format!(" {} ", tr.t("unit-spread"))))
        .bar_set(theme.bar_set())
        .bar_width(5)
        .bar_gap(2)
        .data(BarGroup::default().bars(&bars));
    f.render_widget(chart, area);
}

/// Visits (stacked days marked) and meetings, by date.
fn events(f: &mut Frame, area: Rect, theme: &Theme, s: &UnitScreen, tr: &Tr) {
    let mut lines: Vec<Line> = vec![Line::from(Span::styled(tr.t("unit-visits"), theme.title()))];
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
            format!(
                "{}{mark:<4} {}",
                e.date,
                tr.args(
                    "unit-visit",
                    &[
                        ("by", e.by.as_str().into()),
                        ("hours", e.hours.to_string().into())
                    ],
                )
            ),
            style,
        )));
    }
    lines.push(Line::from(Span::styled(
        tr.t("unit-meetings-by-week"),
        theme.title(),
    )));
    for (monday, n) in &s.shown.report().units[s.unit as usize]
        .figures
        .meetings_by_week
    {
        lines.push(Line::from(tr.args(
            "unit-week-of",
            &[
                ("monday", monday.to_string().into()),
                ("n", Arg::Count(*n as f64)),
            ],
        )));
    }
    let block = theme
        .block()
        .title(format!(" {} ", tr.t("unit-visits-and-meetings")));
    f.render_widget(Paragraph::new(lines).block(block), area);
}

/// "alarm " or "warn  ", padded to one width in the reader's language, so
/// that the flags' texts line up.
pub fn severity_word(severity: Severity, tr: &Tr) -> String {
    use unicode_width::UnicodeWidthStr;
    let words = [tr.t("severity-alarm"), tr.t("severity-warn")];
    let width = words.iter().map(|w| w.width()).max().unwrap_or(0);
    let word = match severity {
        Severity::Alarm => &words[0],
        Severity::Warn => &words[1],
    };
    format!("{word}{} ", " ".repeat(width - word.width()))
}
