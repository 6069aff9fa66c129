//! An officer: the year's roster as a calendar, weekly hours, overtime by
//! class, comp days and leave, areas, and every flag with its reason.

use crate::core::flags::Severity;
use crate::core::model::Shift;
use crate::tui::layout;
use crate::tui::screens::OfficerScreen;
use crate::tui::table::Badge;
use crate::tui::theme::Theme;
use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Sparkline, Wrap};

pub fn draw(f: &mut Frame, area: Rect, theme: &Theme, s: &OfficerScreen) {
    let l = layout::officer(area, s.shown.projected.is_some());
    summary(f, l.summary, theme, s);
    calendar(f, l.calendar, theme, s);
    weeks(f, l.weeks, theme, s);
    details(f, l.text, theme, s);
}

fn summary(f: &mut Frame, area: Rect, theme: &Theme, s: &OfficerScreen) {
    let o = s.shown.bureau().officer(s.officer);
    let fig = &s.shown.report().officers[s.officer as usize].figures;
    let badge = s.shown.officer_badge(s.officer);
    let home = if o.home_district.is_empty() {
        String::new()
    } else {
        format!("  lives in {}", o.home_district)
    };
    let by = &fig.overtime_by_class;
    let days = |n: u32| format!("{n} day{}", if n == 1 { "" } else { "s" });
    let mut lines = vec![
        Line::from(vec![
            Span::styled(Theme::badge_symbol(badge), theme.badge(badge)),
            Span::styled(format!("{} {}", o.id, o.name), theme.title()),
            Span::raw(format!(
                "  {}  {}  since {} ({} y){home}",
                o.role,
                s.shown.unit_label(
                    s.shown
                        .bureau()
                        .listed_unit(s.officer, s.shown.period().end)
                ),
                o.service_start,
                fig.years_of_service.max(0)
            )),
        ]),
        Line::from(format!(
            "worked {:.0} h, {:.1} h/wk avg, max week {:.1} h, run of {}, {} rest days",
            fig.worked_hours,
            fig.avg_weekly_hours,
            fig.max_weekly_hours,
            days(fig.longest_work_streak),
            fig.rest_days
        )),
        Line::from(format!(
            "overtime {:.1} h: extension {:.1} (150%), rest day {:.1} (200%), holiday {:.1} (300%)",
            fig.overtime_hours, by.extension, by.rest_day, by.holiday
        )),
        Line::from(format!(
            "owed {:.1} h = {} comp {}  leave {} of {}  {} households in {} areas",
            fig.outstanding_overtime_hours,
            fig.comp_days_owed,
            if fig.comp_days_owed == 1 {
                "day"
            } else {
                "days"
            },
            fig.leave_taken_days,
            days(fig.leave_entitlement_days),
            fig.households,
            fig.areas,
        )),
    ];
    // A projection says so, with the officer as they are beside.
    if let Some(p) = &s.shown.projected {
        let beside = match s.shown.baseline_officer(s.officer) {
            Some(b) => format!(
                "  as it is: {:.1} h/wk avg, max week {:.1} h, owed {:.1} h, {} flags",
                b.figures.avg_weekly_hours,
                b.figures.max_weekly_hours,
                b.figures.outstanding_overtime_hours,
                b.flags.len()
            ),
            None => "  a recruit of the scenario".into(),
        };
        lines.insert(
            1,
            Line::from(vec![
                Span::styled(
                    format!("projected by \"{}\"", p.scenario),
                    theme.badge(Badge::Warn),
                ),
                Span::styled(beside, theme.dim()),
            ]),
        );
    }
    f.render_widget(Paragraph::new(lines), area);
}

const LEGEND: [(Option<Shift>, &str); 8] = [
    (Some(Shift::Duty24), "24h duty"),
    (Some(Shift::Day), "day"),
    (Some(Shift::Night), "night"),
    (Some(Shift::Train), "training"),
    (Some(Shift::Off), "off"),
    (Some(Shift::Leave), "leave"),
    (Some(Shift::Comp), "comp"),
    (Some(Shift::Sick), "sick"),
];

/// The roster as weeks (columns) by weekdays (rows); underlined days had
/// overtime. Each day takes two columns when the whole period fits so.
fn calendar(f: &mut Frame, area: Rect, theme: &Theme, s: &OfficerScreen) {
    let period = s.shown.period();
    let lead = period.start.weekday().num_days_from_monday() as usize;
    let weeks = (lead + s.days.len()).div_ceil(7);
    let room = area.width.saturating_sub(6) as usize;
    let cell = if 2 * weeks <= room { 2 } else { 1 };
    let fit = room / cell;
    let first = s.week_offset.min(weeks.saturating_sub(fit.min(weeks)));
    let shown = fit.min(weeks - first);
    // The day of the period at week `w`, weekday `d`, if any.
    let day = |w: usize, d: usize| (w * 7 + d).checked_sub(lead).filter(|&i| i < s.days.len());

    // Month names over the weeks in which a month begins.
    let mut months = vec![' '; 4 + shown * cell];
    let mut free_from = 0;
    for w in first..first + shown {
        let at = 4 + (w - first) * cell;
        let begins = (0..7)
            .filter_map(|d| day(w, d))
            .map(|i| period.date(i))
            .find(|date| date.day() == 1 || w == first);
        if let Some(date) = begins
            && at >= free_from
            && at + 3 <= months.len()
        {
            months.splice(at..at + 3, date.format("%b").to_string().chars());
            free_from = at + 4;
        }
    }
    let months: String = months.into_iter().collect();
    let mut lines = vec![Line::from(Span::styled(months, theme.dim()))];
    for (d, name) in ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
        .iter()
        .enumerate()
    {
        let mut spans = vec![Span::styled(format!("{name}  "), theme.dim())];
        for w in first..first + shown {
            let span = match day(w, d) {
                Some(i) => {
                    let day = &s.days[i];
                    let (c, mut style) = theme.shift(day.shift);
                    if day.overtime_hours > 0.0 {
                        style = style.add_modifier(Modifier::UNDERLINED);
                    }
                    Span::styled(c.to_string().repeat(cell), style)
                }
                None => Span::raw(" ".repeat(cell)),
            };
            spans.push(span);
        }
        lines.push(Line::from(spans));
    }
    let mut legend: Vec<Span> = Vec::new();
    for (shift, name) in LEGEND {
        let (c, style) = theme.shift(shift);
        legend.push(Span::styled(c.to_string(), style));
        legend.push(Span::raw(format!(" {name}  ")));
    }
    legend.push(Span::styled(
        "x",
        theme.dim().add_modifier(Modifier::UNDERLINED),
    ));
    legend.push(Span::raw(" overtime"));
    lines.push(Line::from(legend));
    let more = if shown < weeks {
        format!(" weeks {}-{} of {} (←/→) ", first + 1, first + shown, weeks)
    } else {
        String::new()
    };
    let block = Block::bordered()
        .title(" Roster ")
        .title_bottom(Span::styled(more, theme.dim()));
    f.render_widget(Paragraph::new(lines).block(block), area);
}

fn weeks(f: &mut Frame, area: Rect, theme: &Theme, s: &OfficerScreen) {
    let data: Vec<u64> = s.weeks.iter().map(|(_, h)| h.round() as u64).collect();
    let most = s.weeks.iter().map(|(_, h)| *h).fold(0.0, f64::max);
    let title = format!(
        " Hours per week: most {most:.1}, standard {} ",
        crate::core::flags::num(s.shown.report().standard_weekly_hours)
    );
    let spark = Sparkline::default()
        .block(Block::bordered().title(title))
        .data(&data)
        .style(theme.key());
    f.render_widget(spark, area);
}

fn details(f: &mut Frame, area: Rect, theme: &Theme, s: &OfficerScreen) {
    let report = &s.shown.report().officers[s.officer as usize];
    let mut lines: Vec<Line> = Vec::new();
    for flag in &report.flags {
        let word = if flag.severity == Severity::Alarm {
            "alarm"
        } else {
            "warn "
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{word} "), theme.badge(Badge::of([flag.severity]))),
            Span::raw(flag.message()),
        ]));
    }
    if report.flags.is_empty() {
        lines.push(Line::from(Span::styled("no flags", theme.badge(Badge::Ok))));
    }
    let areas: Vec<_> = s
        .shown
        .bureau()
        .areas
        .iter()
        .filter(|a| a.officer == Some(s.officer))
        .collect();
    if !areas.is_empty() {
        lines.push(Line::from(Span::styled("Areas", theme.title())));
        for a in areas {
            lines.push(Line::from(format!(
                "  {}: {} households, {} residents",
                a.id, a.households, a.residents
            )));
        }
    }
    let block = Block::bordered().title(" Flags and areas ");
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((s.scroll as u16, 0)),
        area,
    );
}
