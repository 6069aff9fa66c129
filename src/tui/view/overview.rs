//! The overview: every unit, worst first, and a chart of their load.

use super::table;
use crate::core::rules::{RuleId, Scope};
use crate::output::table::right;
use crate::tui::app::Ready;
use crate::tui::layout;
use crate::tui::table::Badge;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Paragraph};

pub fn draw(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready) {
    let l = layout::overview(area, r.model.bureau.units.len(), r.overview.natural_width());
    table(
        f,
        l.table,
        theme,
        &r.overview,
        &r.model.tr.t("overview-units"),
        r.editing,
        r.model.tr,
    );
    if let Some(chart) = l.chart {
        load_chart(f, chart, theme, r);
    }
    if let Some(rules) = l.rules {
        rule_counts(f, rules, theme, r);
    }
}

/// How often each rule fired, with its basis: where the bureau hurts most.
fn rule_counts(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready) {
    let tr = r.model.tr;
    let mut lines = vec![Line::from(Span::styled(
        format!(
            "{} {}  {}",
            right(&tr.t("col-alarms"), 6),
            right(&tr.t("col-warnings"), 5),
            tr.t("col-rule")
        ),
        theme.dim(),
    ))];
    for (rule, alarms, warns) in &r.model.rule_counts {
        let who = match rule.scope() {
            Scope::Unit => tr.t("scope-units"),
            Scope::Officer => tr.t("scope-officers"),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{alarms:>6}"), theme.badge(Badge::Alarm)),
            Span::styled(format!(" {warns:>5}  "), theme.badge(Badge::Warn)),
            Span::styled(rule.title_in(tr), theme.title()),
            Span::styled(
                tr.args(
                    "rule-scope-basis",
                    &[("who", who.into()), ("basis", rule.basis_in(tr).into())],
                ),
                theme.dim(),
            ),
        ]));
    }
    let block = theme.block().title(format!(" {} ", tr.t("overview-rules")));
    let inner = block.inner(area);
    f.render_widget(block, area);
    // The staffing need under the counts, wrapped, where there is room.
    let need = Paragraph::new(Line::from(Span::styled(
        r.model.staffing.clone(),
        theme.title(),
    )))
    .wrap(ratatui::widgets::Wrap { trim: true });
    let counts_height = lines.len() as u16;
    let [counts, _, staffing] = Layout::vertical([
        Constraint::Length(counts_height),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(inner);
    f.render_widget(Paragraph::new(lines), counts);
    f.render_widget(need, staffing);
}

/// Load ratio by unit, highest first, coloured by the load_ratio flag.
fn load_chart(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready) {
    let mut units: Vec<usize> = (0..r.model.report.units.len()).collect();
    let load = |i: usize| r.model.report.units[i].figures.load_ratio;
    units.sort_by(|&a, &b| load(b).total_cmp(&load(a)).then(a.cmp(&b)));
    let bars: Vec<Bar> = units
        .into_iter()
        .take(area.height.saturating_sub(2) as usize)
        .map(|i| {
            let u = &r.model.report.units[i];
            let badge = Badge::of(
                u.flags
                    .iter()
                    .filter(|f| f.rule == RuleId::LoadRatio)
                    .map(|f| f.severity),
            );
            Bar::default()
                .value((u.figures.load_ratio * 100.0).round() as u64)
                .text_value(format!(
                    "{:.2}{}",
                    u.figures.load_ratio,
                    if badge == Badge::Ok { "" } else { " !" }
                ))
                .label(Line::from(u.unit_id.clone()))
                .style(theme.bar(badge))
                .value_style(theme.bar(badge).reversed())
        })
        .collect();
    let std = r.model.report.standard_weekly_hours;
    let block = theme.block().title(format!(
        " {} ",
        r.model
            .tr
            .args("overview-load", &[("week", std.to_string().into())])
    ));
    let chart = BarChart::default()
        .block(block)
        .direction(Direction::Horizontal)
        .bar_set(theme.bar_set())
        .bar_width(1)
        .bar_gap(0)
        .data(BarGroup::default().bars(&bars));
    f.render_widget(chart, area);
}
