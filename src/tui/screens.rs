//! What each screen shows, built from the core's figures when the screen
//! opens: table rows (text and sort keys) and the details behind them.
//! Views only lay this out.

use crate::core::check::{CheckReport, Checked, OfficerReport, UnitReport};
use crate::core::detail::{self, Day, Source, StackedDay, UnitEvents};
use crate::core::flags::{Flag, Severity};
use crate::core::model::{Bureau, OfficerIdx, UnitIdx};
use crate::core::period::Period;
use crate::core::rules::{RuleId, Rules, Scope};
use crate::core::scenario::Scenario;
use crate::core::scenario::outcome::{Baseline, Outcome, outcome};
use crate::i18n::{Arg, Tr};
use crate::tui::table::{Align, Badge, DataTable, Key, Link, Row, col};
use chrono::NaiveDate;
use std::sync::Arc;

/// A loaded bureau with its figures and flags.
pub struct Model {
    /// Where it came from, for the title bar.
    pub source: String,
    pub bureau: Arc<Bureau>,
    pub report: CheckReport,
    pub period: Period,
    pub bodies: Vec<Source>,
    pub conveners: Vec<Source>,
    pub stacked: Vec<StackedDay>,
    /// For each rule that fired: (rule, alarms, warnings), units' rules first.
    pub rule_counts: Vec<(RuleId, usize, usize)>,
    /// The bureau's staffing need, said in a sentence (the Overview's).
    pub staffing: String,
    /// What scenarios start from, and the empty scenario's outcome (the bureau itself).
    pub baseline: Baseline,
    pub before: Outcome,
    /// Scenarios saved for this bureau, and an autosave found at start.
    /// The bureau's scenarios as found at start.
    pub shelf: crate::tui::shelf::Shelf,
    /// The files the bureau was read from (for the audit trail of exports).
    pub inputs: Vec<std::path::PathBuf>,
    /// The language of every word on screen.
    pub tr: &'static Tr,
}

impl Model {
    pub fn new(
        source: String,
        bureau: Bureau,
        period: Period,
        rules: &Rules,
        tr: &'static Tr,
    ) -> Model {
        let bureau = Arc::new(bureau);
        let baseline = Baseline::new(bureau.clone(), period, rules);
        let report = baseline.report().clone();
        let before = outcome(&baseline, &Scenario::new("baseline"));
        let mut rule_counts: Vec<(RuleId, usize, usize)> = Vec::new();
        let every_flag = report
            .units
            .iter()
            .flat_map(|u| &u.flags)
            .chain(report.officers.iter().flat_map(|o| &o.flags));
        for flag in every_flag {
            let at = match rule_counts.iter().position(|(r, _, _)| *r == flag.rule) {
                Some(at) => at,
                None => {
                    rule_counts.push((flag.rule, 0, 0));
                    rule_counts.len() - 1
                }
            };
            match flag.severity {
                Severity::Alarm => rule_counts[at].1 += 1,
                Severity::Warn => rule_counts[at].2 += 1,
            }
        }
        rule_counts.sort_by_key(|(r, _, _)| (r.scope() == Scope::Officer, *r));
        let need = crate::core::staffing::need(&bureau, period, &report, rules);
        Model {
            tr,
            staffing: crate::output::staffing::sentence(&need, tr),
            rule_counts,
            baseline,
            before,
            shelf: Default::default(),
            inputs: Vec::new(),
            source,
            bodies: detail::inspecting_bodies(&bureau, period),
            conveners: detail::conveners(&bureau, period),
            stacked: detail::stacked_days(&bureau, period),
            bureau,
            report,
            period,
        }
    }

    /// The title bar: where the bureau came from, its period, size and flags.
    pub fn title(&self) -> String {
        let t = self.report.tally();
        // The counts first: on a narrow terminal the end is cut.
        let n = |n: usize| Arg::Count(n as f64);
        self.tr.args(
            "title-bar",
            &[
                ("alarms", n(t.alarms)),
                ("warnings", n(t.warnings)),
                ("units", n(self.report.units.len())),
                ("officers", n(self.report.officers.len())),
                ("from", self.period.start.to_string().into()),
                ("to", self.period.end.to_string().into()),
                ("source", self.source.as_str().into()),
            ],
        )
    }

    pub fn unit_badge(&self, u: UnitIdx) -> Badge {
        Badge::of(
            self.report.units[u as usize]
                .flags
                .iter()
                .map(|f| f.severity),
        )
    }

    pub fn officer_badge(&self, o: OfficerIdx) -> Badge {
        Badge::of(
            self.report.officers[o as usize]
                .flags
                .iter()
                .map(|f| f.severity),
        )
    }

    /// "U09 东荡派出所".
    pub fn unit_label(&self, u: UnitIdx) -> String {
        let unit = self.bureau.unit(u);
        format!("{} {}", unit.id, unit.name)
    }

    pub fn officer_label(&self, o: OfficerIdx) -> String {
        let officer = self.bureau.officer(o);
        format!("{} {}", officer.id, officer.name)
    }
}

fn num(x: f64) -> Key {
    Key::Num(x)
}

fn text(s: &str) -> Key {
    Key::Text(s.to_string())
}

/// Width of the widest id, at least `min`.
pub(crate) fn id_width<'a>(ids: impl Iterator<Item = &'a str>, min: u16) -> u16 {
    ids.map(|s| unicode_width::UnicodeWidthStr::width(s) as u16)
        .max()
        .unwrap_or(0)
        .max(min)
}

/// Terminal width of the widest name, between `min` and `max`.
pub(crate) fn name_width<'a>(names: impl Iterator<Item = &'a str>, min: u16, max: u16) -> u16 {
    names
        .map(|s| unicode_width::UnicodeWidthStr::width(s) as u16)
        .max()
        .unwrap_or(0)
        .clamp(min, max)
}

pub fn percent(x: Option<f64>) -> String {
    x.map(|c| format!("{:.0}%", c * 100.0))
        .unwrap_or_else(|| "-".into())
}

/// The unit id and name columns, as wide as the bureau's ids and names need.
fn unit_columns(m: &Model) -> Vec<crate::tui::table::Column> {
    let idw = id_width(m.bureau.units.iter().map(|u| u.id.as_str()), 4);
    let nw = name_width(m.bureau.units.iter().map(|u| u.name.as_str()), 8, 30);
    let t = |key| m.tr.t(key);
    vec![
        col(t("col-unit"), idw, Align::Left),
        col(t("col-name"), nw, Align::Left),
    ]
}

/// The units, worst first (most alarms, then warnings, then load).
pub fn units_table(m: &Model) -> DataTable {
    let mut columns = unit_columns(m);
    let t = |key| m.tr.t(key);
    columns.extend([
        col(t("col-kind"), 8, Align::Left),
        col(t("col-officers"), 3, Align::Right),
        col(t("col-load"), 4, Align::Right),
        col(t("col-short"), 5, Align::Right),
        col(t("col-hh-co"), 5, Align::Right),
        col(t("col-inspections-per-quarter"), 6, Align::Right),
        col(t("col-stacked"), 5, Align::Right),
        col(t("col-mtg-wk"), 6, Align::Right),
        col(t("col-leave"), 5, Align::Right),
    ]);
    let order = m.report.units_worst_first();
    let rows = order
        .into_iter()
        .map(|i| {
            let u = &m.report.units[i];
            let f = &u.figures;
            // No community officer for households sorts as the worst.
            let hh_key = match f.households_per_community_officer {
                Some(x) => num(x),
                None if f.households > 0 => num(f64::INFINITY),
                None => Key::Missing,
            };
            Row {
                cells: crate::output::table::unit_cells(u, m.tr),
                keys: vec![
                    text(&u.unit_id),
                    text(&u.name),
                    text(u.kind.code()),
                    num(f.officers),
                    num(f.load_ratio),
                    num(f.understaffed_days as f64),
                    hh_key,
                    num(f.max_inspections_per_quarter as f64),
                    num(f.stacked_inspection_days as f64),
                    num(f.max_meetings_per_week as f64),
                    f.leave_coverage.map(num).unwrap_or(Key::Missing),
                ],
                badge: Some(m.unit_badge(i as UnitIdx)),
                link: Link::Unit(i as u32),
            }
        })
        .collect();
    DataTable::new(columns, rows)
}

/// Weekly-hours bands of the unit screen's spread chart.
pub const BANDS: [(&str, f64); 5] = [
    ("<40", 40.0),
    ("40-48", 48.0),
    ("48-60", 60.0),
    ("60-72", 72.0),
    (">72", f64::INFINITY),
];

/// The bureau a drilled-down screen shows: the bureau as it is, or the
/// bureau a scenario proposes (opened from the Scenario, Compare or Leave
/// screen), labelled as such, with the bureau as it is beside it.
#[derive(Clone)]
pub struct Shown {
    pub checked: Arc<Checked>,
    pub projected: Option<Projection>,
}

#[derive(Clone)]
pub struct Projection {
    /// The scenario's name.
    pub scenario: String,
    /// The bureau as it is.
    pub baseline: Arc<Checked>,
}

impl Shown {
    /// The bureau as it is.
    pub fn baseline(m: &Model) -> Shown {
        Shown {
            checked: m.baseline.checked.clone(),
            projected: None,
        }
    }

    /// The bureau `after` proposes.
    pub fn projected(m: &Model, after: &Outcome) -> Shown {
        Shown {
            checked: after.checked.clone(),
            projected: Some(Projection {
                scenario: after.name.clone(),
                baseline: m.baseline.checked.clone(),
            }),
        }
    }

    pub fn bureau(&self) -> &Bureau {
        &self.checked.bureau
    }

    pub fn report(&self) -> &CheckReport {
        &self.checked.report
    }

    pub fn period(&self) -> Period {
        self.checked.period
    }

    /// The unit as it is in the bureau (when this is a projection).
    pub fn baseline_unit(&self, u: UnitIdx) -> Option<&UnitReport> {
        let p = self.projected.as_ref()?;
        p.baseline.report.units.get(u as usize).map(|x| &**x)
    }

    /// The officer as they are in the bureau, by id (a recruit has none).
    pub fn baseline_officer(&self, o: OfficerIdx) -> Option<&OfficerReport> {
        let p = self.projected.as_ref()?;
        let id = &self.bureau().officer(o).id;
        let b = p.baseline.bureau.officer_index(id)?;
        p.baseline.report.officers.get(b as usize).map(|x| &**x)
    }

    /// "U09 东荡派出所".
    pub fn unit_label(&self, u: UnitIdx) -> String {
        let unit = self.bureau().unit(u);
        format!("{} {}", unit.id, unit.name)
    }

    pub fn unit_badge(&self, u: UnitIdx) -> Badge {
        Badge::of(
            self.report().units[u as usize]
                .flags
                .iter()
                .map(|f| f.severity),
        )
    }

    pub fn officer_badge(&self, o: OfficerIdx) -> Badge {
        Badge::of(
            self.report().officers[o as usize]
                .flags
                .iter()
                .map(|f| f.severity),
        )
    }
}

pub struct UnitScreen {
    pub shown: Shown,
    pub unit: UnitIdx,
    /// Flags of the unit (the summary lists them).
    pub flags: usize,
    pub table: DataTable,
    pub events: UnitEvents,
    /// Officers per band of average weekly hours (`BANDS`).
    pub spread: Vec<u32>,
}

pub fn unit_screen(shown: Shown, u: UnitIdx, tr: &Tr) -> UnitScreen {
    let (bureau, report, period) = (shown.bureau(), shown.report(), shown.period());
    let officers = detail::unit_officers(bureau, period, u);
    let idw = id_width(officers.iter().map(|&o| bureau.officer(o).id.as_str()), 5);
    let t = |key| tr.t(key);
    let columns = vec![
        col(t("col-officer"), idw.max(7), Align::Left),
        col(
            t("col-officer-name"),
            name_width(
                officers.iter().map(|&o| bureau.officer(o).name.as_str()),
                6,
                20,
            ),
            Align::Left,
        ),
        col(t("col-role"), 12, Align::Left),
        col(t("col-hours-per-week"), 5, Align::Right),
        col(t("col-max-week"), 6, Align::Right),
        col(t("col-streak"), 6, Align::Right),
        col(t("col-rest"), 4, Align::Right),
        col(t("col-comp"), 4, Align::Right),
        col(t("col-leave"), 5, Align::Right),
        col(t("col-households"), 5, Align::Right),
    ];
    let mut spread = vec![0u32; BANDS.len()];
    let rows = officers
        .iter()
        .map(|&o| {
            let r = &report.officers[o as usize];
            let f = &r.figures;
            let band = BANDS
                .iter()
                .position(|(_, top)| f.avg_weekly_hours < *top)
                .unwrap_or(BANDS.len() - 1);
            spread[band] += 1;
            Row {
                cells: vec![
                    r.officer_id.clone(),
                    r.name.clone(),
                    tr.t(&format!("role-{}", r.role.code())),
                    format!("{:.1}", f.avg_weekly_hours),
                    format!("{:.1}", f.max_weekly_hours),
                    f.longest_work_streak.to_string(),
                    f.rest_days.to_string(),
                    f.comp_days_owed.to_string(),
                    format!("{}/{}", f.leave_taken_days, f.leave_entitlement_days),
                    f.households.to_string(),
                ],
                keys: vec![
                    text(&r.officer_id),
                    text(&r.name),
                    text(r.role.code()),
                    num(f.avg_weekly_hours),
                    num(f.max_weekly_hours),
                    num(f.longest_work_streak as f64),
                    num(f.rest_days as f64),
                    num(f.comp_days_owed as f64),
                    num(f.leave_taken_days as f64),
                    num(f.households as f64),
                ],
                badge: Some(shown.officer_badge(o)),
                link: Link::Officer(o),
            }
        })
        .collect();
    let flags = report.units[u as usize].flags.len();
    let events = detail::unit_events(bureau, period, u, &report.units[u as usize].figures);
    UnitScreen {
        unit: u,
        flags,
        table: DataTable::new(columns, rows),
        events,
        spread,
        shown,
    }
}

pub struct OfficerScreen {
    pub shown: Shown,
    pub officer: OfficerIdx,
    pub days: Vec<Day>,
    pub weeks: Vec<(NaiveDate, f64)>,
    /// First week shown in the calendar (when the period has more weeks than fit).
    pub week_offset: usize,
    /// Scroll of the flags and areas text.
    pub scroll: usize,
}

pub fn officer_screen(shown: Shown, o: OfficerIdx) -> OfficerScreen {
    let days = detail::officer_days(shown.bureau(), shown.period(), o);
    let weeks = detail::weekly_hours(shown.period(), &days);
    OfficerScreen {
        shown,
        officer: o,
        days,
        weeks,
        week_offset: 0,
        scroll: 0,
    }
}

/// Inspection and meeting load per unit.
pub fn events_table(m: &Model) -> DataTable {
    let mut columns = unit_columns(m);
    let t = |key| m.tr.t(key);
    columns.extend([
        col(t("col-visits"), 6, Align::Right),
        col(t("col-max-per-quarter"), 5, Align::Right),
        col(t("col-stacked"), 5, Align::Right),
        col(t("col-inspection-hours"), 6, Align::Right),
        col(t("col-meetings"), 5, Align::Right),
        col(t("col-max-per-week"), 6, Align::Right),
        col(t("col-meeting-hours-per-officer"), 5, Align::Right),
    ]);
    let event_rules = [
        RuleId::InspectionsPerQuarter,
        RuleId::StackedInspections,
        RuleId::MeetingsPerWeek,
    ];
    let rows = m
        .report
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let f = &u.figures;
            let flags = u.flags.iter().filter(|f| event_rules.contains(&f.rule));
            Row {
                cells: vec![
                    u.unit_id.clone(),
                    u.name.clone(),
                    f.inspections.to_string(),
                    f.max_inspections_per_quarter.to_string(),
                    f.stacked_inspection_days.to_string(),
                    format!("{:.0}", f.inspection_hours),
                    f.meetings.to_string(),
                    f.max_meetings_per_week.to_string(),
                    format!("{:.1}", f.meeting_hours_per_officer),
                ],
                keys: vec![
                    text(&u.unit_id),
                    text(&u.name),
                    num(f.inspections as f64),
                    num(f.max_inspections_per_quarter as f64),
                    num(f.stacked_inspection_days as f64),
                    num(f.inspection_hours),
                    num(f.meetings as f64),
                    num(f.max_meetings_per_week as f64),
                    num(f.meeting_hours_per_officer),
                ],
                badge: Some(Badge::of(flags.map(|f| f.severity))),
                link: Link::Unit(i as u32),
            }
        })
        .collect();
    DataTable::new(columns, rows)
}

/// One flag of the bureau, with whom it concerns.
pub struct FlagItem<'a> {
    pub flag: &'a Flag,
    pub link: Link,
    pub unit: UnitIdx,
}

/// Every flag, units first, then officers, each in id order.
pub fn all_flags(m: &Model) -> Vec<FlagItem<'_>> {
    let units = m.report.units.iter().enumerate().flat_map(|(u, r)| {
        r.flags.iter().map(move |flag| FlagItem {
            flag,
            link: Link::Unit(u as u32),
            unit: u as UnitIdx,
        })
    });
    let officers = m.report.officers.iter().enumerate().flat_map(|(o, r)| {
        let unit = m.bureau.listed_unit(o as OfficerIdx, m.period.end);
        r.flags.iter().map(move |flag| FlagItem {
            flag,
            link: Link::Officer(o as u32),
            unit,
        })
    });
    units.chain(officers).collect()
}

/// The flags screen's filters beyond the text filter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FlagFilter {
    pub rule: Option<RuleId>,
    pub severity: Option<Severity>,
    pub unit: Option<UnitIdx>,
}

impl FlagFilter {
    fn keeps(&self, item: &FlagItem) -> bool {
        self.rule.is_none_or(|r| r == item.flag.rule)
            && self.severity.is_none_or(|s| s == item.flag.severity)
            && self.unit.is_none_or(|u| u == item.unit)
    }
}

/// The flags table under a filter, and each row's message (by row index).
pub fn flags_table(m: &Model, filter: FlagFilter) -> (DataTable, Vec<String>) {
    let idw = id_width(m.bureau.officers.iter().map(|o| o.id.as_str()), 5);
    let t = |key| m.tr.t(key);
    let columns = vec![
        col(t("col-severity"), 5, Align::Left),
        col(t("col-who"), idw, Align::Left),
        col(t("col-name"), 0, Align::Left),
        col(t("col-unit"), 4, Align::Left),
        col(t("col-rule"), 32, Align::Left),
        col(t("col-value"), 7, Align::Right),
        col(t("col-limit"), 6, Align::Right),
    ];
    let items: Vec<FlagItem> = all_flags(m)
        .into_iter()
        .filter(|item| filter.keeps(item))
        .collect();
    let messages = items.iter().map(|i| i.flag.message_in(m.tr)).collect();
    let rows = items
        .into_iter()
        .map(|item| {
            let (who, name) = match item.link {
                Link::Officer(o) => {
                    let officer = m.bureau.officer(o);
                    (officer.id.clone(), officer.name.clone())
                }
                _ => {
                    let unit = m.bureau.unit(item.unit);
                    (unit.id.clone(), unit.name.clone())
                }
            };
            let f = item.flag;
            let unit_id = m.bureau.unit(item.unit).id.clone();
            Row {
                cells: vec![
                    m.tr.t(&format!("severity-{}", f.severity)),
                    who.clone(),
                    name.clone(),
                    unit_id.clone(),
                    f.rule.title_in(m.tr),
                    crate::core::flags::num(f.value),
                    crate::core::flags::num(f.threshold),
                ],
                keys: vec![
                    num(f.severity as u8 as f64),
                    text(&who),
                    text(&name),
                    text(&unit_id),
                    text(f.rule.name()),
                    num(f.value),
                    num(f.threshold),
                ],
                badge: Some(Badge::of([f.severity])),
                link: item.link,
            }
        })
        .collect();
    (DataTable::new(columns, rows), messages)
}

/// Rules of a scope, for cycling the flags filter.
pub fn rules_in_use(m: &Model) -> Vec<RuleId> {
    let mut rules: Vec<RuleId> = all_flags(m).iter().map(|i| i.flag.rule).collect();
    rules.sort();
    rules.dedup();
    rules.sort_by_key(|r| (r.scope() == Scope::Officer, *r));
    rules
}
