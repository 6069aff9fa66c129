//! An officer: the year's roster as a calendar, weekly hours, overtime by
//! class, comp days and leave, areas, and every flag with its reason.

use crate::core::model::Shift;
use crate::i18n::{Arg, Tr};
use crate::tui::layout;
use crate::tui::screens::OfficerScreen;
use crate::tui::table::Badge;
use crate::tui::theme::Theme;
use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Sparkline, Wrap};
use unicode_width::UnicodeWidthStr;

pub fn draw(f: &mut Frame, area: Rect, theme: &Theme, s: &OfficerScreen, tr: &Tr) {
    let l = layout::officer(area, s.shown.projected.is_some());
    summary(f, l.summary, theme, s, tr);
    calendar(f, l.calendar, theme, s, tr);
    weeks(f, l.weeks, theme, s, tr);
    details(f, l.text, theme, s, tr);
}

fn summary(f: &mut Frame, area: Rect, theme: &Theme, s: &OfficerScreen, tr: &Tr) {
    let o = s.shown.bureau().officer(s.officer);
    let fig = &s.shown.report().officers[s.officer as usize].figures;
    let badge = s.shown.officer_badge(s.officer);
    let home = if o.home_district.is_empty() {
        String::new()
    } else {
        format!(
            "  {}",
            tr.args(
                "officer-lives-in",
                &[("district", o.home_district.as_str().into())]
            )
        )
    };
    let by = &fig.overtime_by_class;
    let n = |x: u32| Arg::Count(x as f64);
    let h0 = |x: f64| Arg::Text(format!("{x:.0}"));
    let h1 = |x: f64| Arg::Text(format!("{x:.1}"));
    let mut lines = vec![
        Line::from(vec![
            Span::styled(theme.badge_symbol(badge), theme.badge(badge)),
            Span::styled(format!("{} {}", o.id, o.name), theme.title()),
            Span::raw(format!(
                "  {}{home}",
                tr.args(
                    "officer-head",
                    &[
                        ("role", tr.t(&format!("role-{}", o.role.code())).into()),
                        (
                            "unit",
                            s.shown
                                .unit_label(
                                    s.shown
                                        .bureau()
                                        .listed_unit(s.officer, s.shown.period().end),
                                )
                                .into(),
                        ),
                        ("since", o.service_start.to_string().into()),
                        ("years", Arg::Count(fig.years_of_service.max(0) as f64)),
                    ],
                )
            )),
        ]),
        Line::from(tr.args(
            "officer-worked",
            &[
                ("worked", h0(fig.worked_hours)),
                ("avg", h1(fig.avg_weekly_hours)),
                ("max", h1(fig.max_weekly_hours)),
                ("run", n(fig.longest_work_streak)),
                ("rest", n(fig.rest_days)),
            ],
        )),
        Line::from(tr.args(
            "officer-overtime",
            &[
                ("total", h1(fig.overtime_hours)),
                ("extension", h1(by.extension)),
                ("rest_day", h1(by.rest_day)),
                ("holiday", h1(by.holiday)),
            ],
        )),
        Line::from(tr.args(
            "officer-owed",
            &[
                ("hours", h1(fig.outstanding_overtime_hours)),
                ("comp", n(fig.comp_days_owed)),
                ("taken", n(fig.leave_taken_days)),
                ("entitled", n(fig.leave_entitlement_days)),
                ("households", Arg::Count(fig.households as f64)),
                ("areas", n(fig.areas)),
            ],
        )),
    ];
    // A projection says so, with the officer as they are beside.
    if let Some(p) = &s.shown.projected {
        let beside = match s.shown.baseline_officer(s.officer) {
            Some(b) => tr.args(
                "officer-as-it-is",
                &[
                    ("avg", h1(b.figures.avg_weekly_hours)),
                    ("max", h1(b.figures.max_weekly_hours)),
                    ("owed", h1(b.figures.outstanding_overtime_hours)),
                    ("flags", Arg::Count(b.flags.len() as f64)),
                ],
            ),
            None => tr.t("officer-recruit"),
        };
        lines.insert(
            1,
            Line::from(vec![
                Span::styled(
                    tr.args("projected-by", &[("name", p.scenario.as_str().into())]),
                    theme.badge(Badge::Warn),
                ),
                Span::styled(format!("  {beside}"), theme.dim()),
            ]),
        );
    }
    f.render_widget(Paragraph::new(lines), area);
}

/// The shifts of the calendar's legend, in its order.
const LEGEND: [Shift; 8] = [
    Shift::Duty24,
    Shift::Day,
    Shift::Night,
    Shift::Train,
    Shift::Off,
    Shift::Leave,
    Shift::Comp,
    Shift::Sick,
];

/// The roster as weeks (columns) by weekdays (rows); underlined days had
/// overtime. Each day takes two columns when the whole period fits so.
fn calendar(f: &mut Frame, area: Rect, theme: &Theme, s: &OfficerScreen, tr: &Tr) {
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

    // Month names over the weeks in which a month begins, placed by
    // display width ("10月" takes four columns).
    let total = 4 + shown * cell;
    let mut months = String::new();
    let (mut used, mut free_from) = (0, 0);
    for w in first..first + shown {
        let at = 4 + (w - first) * cell;
        let begins = (0..7)
            .filter_map(|d| day(w, d))
            .map(|i| period.date(i))
            .find(|date| date.day() == 1 || w == first);
        if let Some(date) = begins {
            let name = tr.t(&format!("month-{}", date.month()));
            if at >= free_from && at + name.width() <= total {
                months.push_str(&" ".repeat(at - used));
                months.push_str(&name);
                used = at + name.width();
                free_from = used + 1;
            }
        }
    }
    let mut lines = vec![Line::from(Span::styled(months, theme.dim()))];
    for d in 1..=7 {
        let name = crate::output::table::fit(&tr.t(&format!("weekday-{d}")), 2);
        let mut spans = vec![Span::styled(format!("{name}  "), theme.dim())];
        let d = d - 1;
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
    for shift in LEGEND {
        let (c, style) = theme.shift(Some(shift));
        legend.push(Span::styled(c.to_string(), style));
        legend.push(Span::raw(format!(
            " {}  ",
            tr.t(&format!("legend-{}", shift.code()))
        )));
    }
    legend.push(Span::styled(
        "x",
        theme.dim().add_modifier(Modifier::UNDERLINED),
    ));
    legend.push(Span::raw(format!(" {}", tr.t("legend-overtime"))));
    lines.push(Line::from(legend));
    let more = if shown < weeks {
        format!(
            " {} ",
            tr.args(
                "officer-weeks",
                &[
                    ("first", Arg::Count((first + 1) as f64)),
                    ("last", Arg::Count((first + shown) as f64)),
                    ("n", Arg::Count(weeks as f64)),
                ],
            )
        )
    } else {
        String::new()
    };
    let block = theme
        .block()
        .title(format!(" {} ", tr.t("officer-roster")))
        .title_bottom(Span::styled(more, theme.dim()));
    f.render_widget(Paragraph::new(lines).block(block), area);
}

fn weeks(f: &mut Frame, area: Rect, theme: &Theme, s: &OfficerScreen, tr: &Tr) {
    let data: Vec<u64> = s.weeks.iter().map(|(_, h)| h.round() as u64).collect();
    let most = s.weeks.iter().map(|(_, h)| *h).fold(0.0, f64::max);
    let title = format!(
        " {} ",
        tr.args(
            "officer-hours-per-week",
            &[
                ("most", format!("{most:.1}").into()),
                (
                    "standard",
                    crate::core::flags::num(s.shown.report().standard_weekly_hours).into(),
                ),
            ],
        )
    );
    let spark = Sparkline::default()
        .block(theme.block().title(title))
        .data(&data)
        .style(theme.key());
    f.render_widget(spark, area);
}

fn details(f: &mut Frame, area: Rect, theme: &Theme, s: &OfficerScreen, tr: &Tr) {
    let report = &s.shown.report().officers[s.officer as usize];
    let mut lines: Vec<Line> = Vec::new();
    for flag in &report.flags {
        lines.push(Line::from(vec![
            Span::styled(
                super::unit::severity_word(flag.severity, tr),
                theme.badge(Badge::of([flag.severity])),
            ),
            Span::raw(flag.message_in(tr)),
        ]));
    }
    if report.flags.is_empty() {
        lines.push(Line::from(Span::styled(
            tr.t("no-flags"),
            theme.badge(Badge::Ok),
        )));
    }
    let areas: Vec<_> = s
        .shown
        .bureau()
        .areas
        .iter()
        .filter(|a| a.officer == Some(s.officer))
        .collect();
    if !areas.is_empty() {
        lines.push(Line::from(Span::styled(
            tr.t("officer-areas"),
            theme.title(),
        )));
        for a in areas {
            lines.push(Line::from(format!(
                "  {}",
                tr.args(
                    "officer-area",
                    &[
                        ("id", a.id.as_str().into()),
                        ("households", Arg::Count(a.households as f64)),
                        ("residents", Arg::Count(a.residents as f64)),
                    ],
                )
            )));
        }
    }
    let block = theme
        .block()
        .title(format!(" {} ", tr.t("officer-flags-and-areas")));
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((s.scroll as u16, 0)),
        area,
    );
}
