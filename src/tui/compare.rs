//! The comparison screen's state: the baseline and up to three scenarios
//! side by side, one figure at a time, and the presentation mode that
//! leadership meetings step through.

use crate::core::check::UnitReport;
use crate::core::compare::{Comparison, compare};
use crate::core::rules::{RuleId, Rules};
use crate::core::scenario::Scenario;
use crate::core::scenario::outcome::Baseline;
use crate::core::scenario::plan::Move;
use crate::i18n::{Arg, Tr};
use crate::tui::table::{Align, Badge, DataTable, Key, Link, Row, col};
use unicode_width::UnicodeWidthStr;

/// The figures the comparison can show, one at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Load,
    WeeklyHours,
    HouseholdsPerCommunityOfficer,
    Understaffed,
    Inspections,
    Meetings,
    LeaveCoverage,
    Alarms,
}

impl Figure {
    pub const ALL: [Figure; 8] = [
        Figure::Load,
        Figure::WeeklyHours,
        Figure::HouseholdsPerCommunityOfficer,
        Figure::Understaffed,
        Figure::Inspections,
        Figure::Meetings,
        Figure::LeaveCoverage,
        Figure::Alarms,
    ];

    /// The figure's name in the catalogue (`figure-<id>`, `explain-<id>`).
    fn id(self) -> &'static str {
        match self {
            Figure::Load => "load",
            Figure::WeeklyHours => "weekly-hours",
            Figure::HouseholdsPerCommunityOfficer => "households",
            Figure::Understaffed => "understaffed",
            Figure::Inspections => "inspections",
            Figure::Meetings => "meetings",
            Figure::LeaveCoverage => "leave",
            Figure::Alarms => "alarms",
        }
    }

    pub fn title(self, tr: &Tr) -> String {
        tr.t(&format!("figure-{}", self.id()))
    }

    /// The figure in plain words, for people who do not read the data
    /// format, with the thresholds of `rules` and the standard week.
    pub fn explain(self, tr: &Tr, rules: &Rules, standard_week: f64) -> String {
        let rule = match self {
            Figure::Load => Some(RuleId::LoadRatio),
            Figure::WeeklyHours => Some(RuleId::AvgWeeklyHours),
            Figure::HouseholdsPerCommunityOfficer => Some(RuleId::HouseholdsPerCommunityOfficer),
            Figure::Understaffed => Some(RuleId::UnderstaffedDays),
            Figure::Inspections => Some(RuleId::InspectionsPerQuarter),
            Figure::LeaveCoverage => Some(RuleId::LeaveCoverage),
            Figure::Meetings | Figure::Alarms => None,
        };
        let t = rule.map(|r| rules.threshold(r));
        let (warn, alarm) = match (self, t) {
            (Figure::LeaveCoverage, Some(t)) => (t.warn * 100.0, t.alarm * 100.0),
            (_, Some(t)) => (t.warn, t.alarm),
            (_, None) => (0.0, 0.0),
        };
        // A load as the screen shows it ("1.10"); the rest as numbers.
        let num = |x: f64| match self {
            Figure::Load => Arg::Text(format!("{x:.2}")),
            _ => Arg::Text(crate::core::flags::num(x)),
        };
        tr.args(
            &format!("explain-{}", self.id()),
            &[
                ("warn", num(warn)),
                ("alarm", num(alarm)),
                ("week", Arg::Text(crate::core::flags::num(standard_week))),
                (
                    "double",
                    Arg::Text(crate::core::flags::num(standard_week * 2.0)),
                ),
            ],
        )
    }

    /// The figure of a unit; `standard_week` turns a load into hours a week.
    pub fn value(self, u: &UnitReport, standard_week: f64) -> Option<f64> {
        let f = &u.figures;
        match self {
            Figure::Load => Some(f.load_ratio),
            Figure::WeeklyHours => Some(f.load_ratio * standard_week),
            Figure::HouseholdsPerCommunityOfficer => f.households_per_community_officer,
            Figure::Understaffed => Some(f.understaffed_days as f64),
            Figure::Inspections => Some(f.max_inspections_per_quarter as f64),
            Figure::Meetings => Some(f.meeting_hours_per_officer),
            Figure::LeaveCoverage => f.leave_coverage.map(|c| c * 100.0),
            Figure::Alarms => Some(
                u.flags
                    .iter()
                    .filter(|f| f.severity == crate::core::flags::Severity::Alarm)
                    .count() as f64,
            ),
        }
    }

    /// The value marked on every bar of the figure: the standard (a load of
    /// 1.00 is the standard week; the standard week in hours) or the rule's
    /// warning threshold; none for figures without one. `rules` are the
    /// column's own (a scenario may change thresholds).
    pub fn mark(self, rules: &Rules, standard_week: f64) -> Option<f64> {
        let warn = |rule: RuleId| Some(rules.threshold(rule).warn);
        let mark = match self {
            Figure::Load => Some(1.0),
            Figure::WeeklyHours => Some(standard_week),
            Figure::HouseholdsPerCommunityOfficer => warn(RuleId::HouseholdsPerCommunityOfficer),
            Figure::Understaffed => warn(RuleId::UnderstaffedDays),
            Figure::Inspections => warn(RuleId::InspectionsPerQuarter),
            Figure::LeaveCoverage => warn(RuleId::LeaveCoverage).map(|w| w * 100.0),
            Figure::Meetings | Figure::Alarms => None,
        };
        // A mark at zero marks nothing (any understaffed day is a warning).
        mark.filter(|&m| m > 0.0)
    }

    /// What a mark at `m` on the bars is, in words.
    pub fn mark_name(self, m: f64, tr: &Tr) -> String {
        let value = self.format(Some(m));
        let key = match self {
            Figure::Load => "mark-standard-week",
            Figure::WeeklyHours => "mark-standard-week-hours",
            _ => "mark-warning",
        };
        tr.args(key, &[("value", value.into())])
    }

    pub fn format(self, v: Option<f64>) -> String {
        match (self, v) {
            (_, None) => "-".into(),
            (Figure::Load, Some(v)) => format!("{v:.2}"),
            (Figure::WeeklyHours | Figure::Meetings, Some(v)) => {
                format!("{v:.1}")
            }
            (_, Some(v)) => format!("{v:.0}"),
        }
    }
}

pub struct CompareScreen {
    pub comparison: Comparison,
    /// The scenarios compared (kept when the screen opens again).
    pub chosen: Vec<Chosen>,
    /// The list of scenarios to compare, while it is open.
    pub picker: Option<Picker>,
    pub figure: Figure,
    pub table: DataTable,
    /// The figure as bars, on one scale.
    pub chart: Chart,
    /// Presentation mode: the column (scenario) and unit in focus.
    pub presenting: bool,
    pub column: usize,
    pub unit: usize,
    /// Officer names shown (hidden by default in presentation).
    pub names: bool,
    /// The plain-words explanation of the figure is open.
    pub explaining: bool,
    pub tr: &'static Tr,
}

/// A figure as bars: every unit in every column on one scale, so that a
/// bar's length means the same for every unit and scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Each unit's value in each column (baseline first).
    pub values: Vec<Vec<Option<f64>>>,
    /// Each column's mark (see `Figure::mark`).
    pub marks: Vec<Option<f64>>,
    /// The largest value of every unit and column: it fills the bar's width.
    pub top: f64,
    /// Columns the widest value takes, as formatted.
    pub value_width: usize,
    /// What the mark on the bars is ("the standard week: 1.00", drawn
    /// after the mark's glyph when the mark is on the bars), if any.
    pub mark_legend: Option<String>,
    /// Whether the mark falls on the bars (else past every bar).
    pub mark_on_bars: bool,
    /// What fills a bar's width.
    pub scale_legend: String,
}

fn chart(c: &Comparison, figure: Figure, tr: &Tr) -> Chart {
    let units = c.columns[0].report().units.len();
    let values: Vec<Vec<Option<f64>>> = (0..units)
        .map(|u| {
            c.columns
                .iter()
                .map(|col| {
                    let r = col.report();
                    figure.value(&r.units[u], r.standard_weekly_hours)
                })
                .collect()
        })
        .collect();
    let marks: Vec<Option<f64>> = c
        .columns
        .iter()
        .map(|col| figure.mark(col.rules(), col.report().standard_weekly_hours))
        .collect();
    let largest = values
        .iter()
        .flatten()
        .flatten()
        .fold(0.0f64, |a, v| a.max(v.abs()));
    let top = if largest > 0.0 { largest } else { 1.0 };
    let value_width = values
        .iter()
        .flatten()
        .map(|v| figure.format(*v).len())
        .max()
        .unwrap_or(1);
    let scale_legend = tr.args("chart-scale", &[("value", figure.format(Some(top)).into())]);
    // The baseline's mark (a scenario's own thresholds show on its bars).
    let mark_legend = marks[0].map(|m| {
        if m <= top {
            figure.mark_name(m, tr)
        } else {
            tr.args(
                "chart-mark-past",
                &[("mark", figure.mark_name(m, tr).into())],
            )
        }
    });
    Chart {
        mark_on_bars: marks[0].is_some_and(|m| m <= top),
        values,
        marks,
        top,
        value_width,
        mark_legend,
        scale_legend,
    }
}

/// Cells a bar of `v` takes where `top` fills `width` cells.
pub fn bar_cells(v: f64, top: f64, width: usize) -> usize {
    (((v.abs() / top) * width as f64).round() as usize).min(width)
}

/// The cell a mark at `m` is drawn on (just after a bar of exactly `m`);
/// none past the scale.
pub fn mark_cell(m: f64, top: f64, width: usize) -> Option<usize> {
    (width > 0 && m <= top).then(|| bar_cells(m, top, width).min(width - 1))
}

/// Widest a scenario's column gets; a longer name is shortened with "…".
const COLUMN_WIDTH: usize = 16;

/// A scenario's column title and width, in display columns (a Chinese
/// character takes two): as wide as the name, between 8 and 16.
pub fn column_title(name: &str) -> (String, u16) {
    let width = name.width().clamp(8, COLUMN_WIDTH);
    let title = crate::output::table::fit(name, width)
        .trim_end()
        .to_string();
    (title, width as u16)
}

fn table(c: &Comparison, figure: Figure, tr: &Tr) -> DataTable {
    let mut columns = vec![
        col(tr.t("col-unit"), 5, Align::Left),
        col(tr.t("col-name"), 18, Align::Left),
    ];
    // Each column under its scenario's own name, the baseline first.
    for (i, outcome) in c.columns.iter().enumerate() {
        let name = match i {
            0 => tr.t("baseline"),
            _ => outcome.name.clone(),
        };
        let (title, width) = column_title(&name);
        columns.push(col(title, width, Align::Right));
    }
    let base = c.columns[0].report();
    let rows = base
        .units
        .iter()
        .enumerate()
        .map(|(u, b)| {
            let values: Vec<Option<f64>> = c
                .columns
                .iter()
                .map(|col| {
                    let r = col.report();
                    figure.value(&r.units[u], r.standard_weekly_hours)
                })
                .collect();
            let mut cells = vec![b.unit_id.clone(), b.name.clone()];
            cells.extend(values.iter().map(|v| figure.format(*v)));
            let mut keys = vec![Key::Text(b.unit_id.clone()), Key::Text(b.name.clone())];
            keys.extend(
                values
                    .iter()
                    .map(|v| v.map(Key::Num).unwrap_or(Key::Missing)),
            );
            let last = &c.columns.last().expect("baseline").report().units[u];
            Row {
                cells,
                keys,
                badge: Some(Badge::of(last.flags.iter().map(|f| f.severity))),
                link: Link::Unit(u as u32),
            }
        })
        .collect();
    DataTable::new(columns, rows)
}

/// A scenario the comparison may show: the one being edited, or a saved one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chosen {
    Current,
    Saved(String),
}

/// Scenarios side by side at most, after the baseline.
pub const MAX_SCENARIOS: usize = 3;

/// The scenarios a comparison shows when none were chosen: the current one
/// and the first two other saved ones.
pub fn default_choice(current: &Scenario, saved: &[Scenario]) -> Vec<Chosen> {
    let mut chosen = vec![Chosen::Current];
    chosen.extend(
        saved
            .iter()
            .filter(|s| s.name != current.name)
            .take(MAX_SCENARIOS - 1)
            .map(|s| Chosen::Saved(s.name.clone())),
    );
    chosen
}

/// The chosen scenarios that still exist, in the picker's order: the current
/// one first, then the saved ones as listed. A saved scenario under the
/// current one's name is the current one (perhaps changed since).
fn resolve(chosen: &[Chosen], current: &Scenario, saved: &[Scenario]) -> Vec<Scenario> {
    let mut out = Vec::new();
    if chosen.contains(&Chosen::Current) {
        out.push(current.clone());
    }
    out.extend(
        saved
            .iter()
            .filter(|s| s.name != current.name && chosen.contains(&Chosen::Saved(s.name.clone())))
            .cloned(),
    );
    out
}

/// One line of the picker.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub which: Chosen,
    /// The scenario's name, and "(current)" for the one being edited.
    pub label: String,
    pub checked: bool,
}

/// The list of scenarios to compare, open over the Compare screen: the
/// current scenario and the saved ones, each checked or not.
#[derive(Debug, Clone, PartialEq)]
pub struct Picker {
    pub choices: Vec<Choice>,
    pub cursor: usize,
    /// Why a key did nothing (at most three; at least one).
    pub note: Option<String>,
}

impl Picker {
    pub fn new(current: &Scenario, saved: &[Scenario], chosen: &[Chosen], tr: &Tr) -> Picker {
        let mut choices = vec![Choice {
            which: Chosen::Current,
            label: tr.args("pick-current", &[("name", current.name.as_str().into())]),
            checked: chosen.contains(&Chosen::Current),
        }];
        for s in saved.iter().filter(|s| s.name != current.name) {
            let which = Chosen::Saved(s.name.clone());
            choices.push(Choice {
                checked: chosen.contains(&which),
                which,
                label: s.name.clone(),
            });
        }
        Picker {
            choices,
            cursor: 0,
            note: None,
        }
    }

    pub fn move_by(&mut self, by: isize) {
        let last = self.choices.len().saturating_sub(1) as isize;
        self.cursor = (self.cursor as isize + by).clamp(0, last) as usize;
    }

    /// Checks or unchecks the selected scenario; no more than three.
    pub fn toggle(&mut self, tr: &Tr) {
        let checked = self.chosen().len();
        let Some(c) = self.choices.get_mut(self.cursor) else {
            return;
        };
        if !c.checked && checked >= MAX_SCENARIOS {
            self.note = Some(tr.args("pick-at-most", &[("n", Arg::Count(MAX_SCENARIOS as f64))]));
            return;
        }
        c.checked = !c.checked;
        self.note = None;
    }

    pub fn chosen(&self) -> Vec<Chosen> {
        self.choices
            .iter()
            .filter(|c| c.checked)
            .map(|c| c.which.clone())
            .collect()
    }
}

impl CompareScreen {
    /// The baseline, the current scenario, and up to two saved scenarios.
    pub fn new(
        base: &Baseline,
        current: &Scenario,
        saved: &[Scenario],
        tr: &'static Tr,
    ) -> CompareScreen {
        CompareScreen::of(base, current, saved, &default_choice(current, saved), tr)
    }

    /// The baseline and the chosen scenarios that still exist (the default
    /// choice when none do).
    pub fn of(
        base: &Baseline,
        current: &Scenario,
        saved: &[Scenario],
        chosen: &[Chosen],
        tr: &'static Tr,
    ) -> CompareScreen {
        let mut scenarios = resolve(chosen, current, saved);
        let mut chosen = chosen.to_vec();
        if scenarios.is_empty() {
            chosen = default_choice(current, saved);
            scenarios = resolve(&chosen, current, saved);
        }
        let comparison = compare(base, &scenarios);
        let figure = Figure::Load;
        CompareScreen {
            table: table(&comparison, figure, tr),
            chart: chart(&comparison, figure, tr),
            tr,
            comparison,
            chosen,
            picker: None,
            figure,
            presenting: false,
            column: 1,
            unit: 0,
            names: false,
            explaining: false,
        }
    }

    /// Opens the list of scenarios, the ones compared now checked.
    pub fn open_picker(&mut self, current: &Scenario, saved: &[Scenario]) {
        self.picker = Some(Picker::new(current, saved, &self.chosen, self.tr));
    }

    /// Compares the scenarios checked in the picker and closes it; keeps the
    /// figure and the table's filter, sort and selection. With none checked
    /// the picker stays open and says why.
    pub fn apply_picker(&mut self, base: &Baseline, current: &Scenario, saved: &[Scenario]) {
        let Some(picker) = self.picker.as_mut() else {
            return;
        };
        let chosen = picker.chosen();
        if chosen.is_empty() {
            picker.note = Some(self.tr.t("pick-at-least-one"));
            return;
        }
        let mut next = CompareScreen::of(base, current, saved, &chosen, self.tr);
        next.figure = self.figure;
        next.table = self.table.clone();
        *self = next;
        self.refigure();
    }

    pub fn cycle_figure(&mut self) {
        let i = Figure::ALL
            .iter()
            .position(|&f| f == self.figure)
            .unwrap_or(0);
        self.figure = Figure::ALL[(i + 1) % Figure::ALL.len()];
        self.refigure();
    }

    /// The table and chart made anew for the figure and columns; the table
    /// keeps the filter, sort, focus, selection and scroll it had.
    fn refigure(&mut self) {
        self.chart = chart(&self.comparison, self.figure, self.tr);
        let old = &self.table;
        let mut t = table(&self.comparison, self.figure, self.tr);
        t.sort = old.sort.filter(|&(c, _)| c < t.columns.len());
        t.focus = old.focus.min(t.columns.len().saturating_sub(1));
        t.set_filter(&old.filter);
        if let Some(i) = old.selected_index() {
            t.selected = t.visible.iter().position(|&v| v == i).unwrap_or(0);
        }
        t.offset = old.offset.min(t.selected);
        self.table = t;
    }

    /// The units in the order presentation steps through them: the table's
    /// (as sorted and filtered), or every unit when the filter hides all.
    pub fn order(&self) -> Vec<usize> {
        if self.table.visible.is_empty() {
            (0..self.chart.values.len()).collect()
        } else {
            self.table.visible.clone()
        }
    }

    /// Steps through the presentation: the units of a scenario in the
    /// table's order, then the next scenario's (and back: the inverse).
    pub fn step(&mut self, by: isize) {
        let order = self.order();
        let units = order.len().max(1) as isize;
        let scenarios = self.comparison.columns.len().saturating_sub(1).max(1) as isize;
        let here = order.iter().position(|&u| u == self.unit).unwrap_or(0) as isize;
        let at = ((self.column as isize - 1) * units + here + by).rem_euclid(units * scenarios);
        self.column = (at / units) as usize + 1;
        self.unit = order.get((at % units) as usize).copied().unwrap_or(0);
    }

    /// Where presentation is: the unit's place in `order` (from 1) of how
    /// many, and the scenario's (from 1) of how many.
    pub fn position(&self) -> ((usize, usize), (usize, usize)) {
        let order = self.order();
        let unit = order.iter().position(|&u| u == self.unit).unwrap_or(0) + 1;
        let scenarios = self.comparison.columns.len().saturating_sub(1);
        ((unit, order.len()), (self.column.min(scenarios), scenarios))
    }

    /// The next (or previous) scenario, on the same unit.
    pub fn next_scenario(&mut self, by: isize) {
        let n = self.comparison.columns.len().saturating_sub(1).max(1) as isize;
        self.column = ((self.column as isize - 1 + by).rem_euclid(n) + 1) as usize;
    }

    /// The figure in plain words, with the baseline's thresholds.
    pub fn explain(&self) -> String {
        let base = &self.comparison.columns[0];
        self.figure
            .explain(self.tr, base.rules(), base.report().standard_weekly_hours)
    }

    /// Who moves into or out of a unit in a column, joins it or leaves it.
    pub fn moves_at(&self, column: usize, unit: usize) -> Vec<&Move> {
        let Some(outcome) = self.comparison.columns.get(column) else {
            return Vec::new();
        };
        let id = &self.comparison.columns[0].report().units[unit].unit_id;
        outcome
            .moves
            .iter()
            .filter(|m| m.to_unit.as_ref() == Some(id) || m.from_unit.as_ref() == Some(id))
            .collect()
    }
}

/// An officer as presentation shows them: the id and initials only, unless
/// names are asked for.
pub fn shown_name(id: &str, name: &str, names: bool) -> String {
    if names {
        return format!("{id} {name}");
    }
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .collect::<String>();
    // A Chinese name has no spaces: its first character is the surname.
    let initials = if name.split_whitespace().count() <= 1 {
        name.chars().take(1).collect()
    } else {
        initials
    };
    format!("{id} ({initials}.)")
}
