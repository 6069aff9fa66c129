//! The comparison screen's state: the baseline and up to three scenarios
//! side by side, one figure at a time, and the presentation mode that
//! leadership meetings step through.

use crate::core::compare::{Comparison, compare};
use crate::core::scenario::Scenario;
use crate::core::scenario::project::{Baseline, UnitProjection};
use crate::tui::table::{Align, Badge, DataTable, Key, Link, Row, col};

/// The figures the comparison can show, one at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Load,
    WeeklyHours,
    HouseholdsPerCommunityOfficer,
    StaffingFloor,
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
        Figure::StaffingFloor,
        Figure::Inspections,
        Figure::Meetings,
        Figure::LeaveCoverage,
        Figure::Alarms,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Figure::Load => "load ratio",
            Figure::WeeklyHours => "hours a week per officer",
            Figure::HouseholdsPerCommunityOfficer => "households per community officer",
            Figure::StaffingFloor => "officers above the staffing floor",
            Figure::Inspections => "most inspection visits in a quarter",
            Figure::Meetings => "meeting hours per officer",
            Figure::LeaveCoverage => "leave coverage (%)",
            Figure::Alarms => "alarms",
        }
    }

    /// The figure in plain words, for people who do not read the data format.
    pub fn explain(self) -> &'static str {
        match self {
            Figure::Load => {
                "The hours the unit's officers work, compared with the legal 40-hour week: 1.00 means each officer works 40 hours a week on average; 2.00 means 80. Above 1.10 is a warning and above 1.30 an alarm. A scenario shares the unit's same work among the officers it would have."
            }
            Figure::WeeklyHours => {
                "How many hours a week each officer of the unit works on average (the unit's work shared evenly). The legal week is 40 hours; above 48 is a warning, above 60 an alarm."
            }
            Figure::HouseholdsPerCommunityOfficer => {
                "How many registered households each community officer of the unit looks after. Above 1,000 is a warning and above 2,000 an alarm; households with no community officer at all are an alarm."
            }
            Figure::StaffingFloor => {
                "How many officers the unit has beyond the fewest it needs to keep its minimum on duty every day, allowing for rest days (the staffing floor). Below zero, the unit cannot cover its own minimum."
            }
            Figure::Inspections => {
                "The most inspection visits the unit received in one quarter of the year. Above 3 is a warning and above 6 an alarm: grassroots units report six inspection teams a quarter."
            }
            Figure::Meetings => {
                "Hours each officer of the unit spent in meetings called from above, over the period. Merging or cancelling meetings gives these hours back to the unit's own work."
            }
            Figure::LeaveCoverage => {
                "Of the unit's officers entitled to annual leave, the share who took some. At least 80% should; below 50% is an alarm."
            }
            Figure::Alarms => {
                "How many alarms the unit would have: each a figure past its alarm threshold."
            }
        }
    }

    pub fn value(self, u: &UnitProjection) -> Option<f64> {
        match self {
            Figure::Load => u.load_ratio,
            Figure::WeeklyHours => u.avg_weekly_hours,
            Figure::HouseholdsPerCommunityOfficer => u.households_per_community_officer,
            Figure::StaffingFloor => Some(u.officers - u.staffing_floor as f64),
            Figure::Inspections => Some(u.max_inspections_per_quarter as f64),
            Figure::Meetings => Some(u.meeting_hours_per_officer),
            Figure::LeaveCoverage => u.leave_coverage.map(|c| c * 100.0),
            Figure::Alarms => Some(
                u.flags
                    .iter()
                    .filter(|f| f.severity == crate::core::flags::Severity::Alarm)
                    .count() as f64,
            ),
        }
    }

    pub fn format(self, v: Option<f64>) -> String {
        match (self, v) {
            (_, None) => "-".into(),
            (Figure::Load, Some(v)) => format!("{v:.2}"),
            (Figure::WeeklyHours | Figure::Meetings | Figure::StaffingFloor, Some(v)) => {
                format!("{v:.1}")
            }
            (_, Some(v)) => format!("{v:.0}"),
        }
    }
}

pub struct CompareScreen {
    pub comparison: Comparison,
    pub figure: Figure,
    pub table: DataTable,
    /// Presentation mode: the column (scenario) and unit in focus.
    pub presenting: bool,
    pub column: usize,
    pub unit: usize,
    /// Officer names shown (hidden by default in presentation).
    pub names: bool,
    /// The plain-words explanation of the figure is open.
    pub explaining: bool,
}

fn table(c: &Comparison, figure: Figure) -> DataTable {
    let mut columns = vec![col("unit", 5, Align::Left), col("name", 18, Align::Left)];
    // Column titles must be 'static: the baseline, then scenarios by number.
    const TITLES: [&str; 4] = ["baseline", "scenario 1", "scenario 2", "scenario 3"];
    for i in 0..c.columns.len() {
        columns.push(col(TITLES[i.min(3)], 11, Align::Right));
    }
    let base = &c.columns[0].projection;
    let rows = base
        .units
        .iter()
        .enumerate()
        .map(|(u, b)| {
            let values: Vec<Option<f64>> = c
                .columns
                .iter()
                .map(|col| figure.value(&col.projection.units[u]))
                .collect();
            let mut cells = vec![b.unit_id.clone(), b.name.clone()];
            cells.extend(values.iter().map(|v| figure.format(*v)));
            let mut keys = vec![Key::Text(b.unit_id.clone()), Key::Text(b.name.clone())];
            keys.extend(
                values
                    .iter()
                    .map(|v| v.map(Key::Num).unwrap_or(Key::Missing)),
            );
            let last = &c.columns.last().expect("baseline").projection.units[u];
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

impl CompareScreen {
    /// The baseline, the current scenario, and up to two saved scenarios.
    pub fn new(base: &Baseline, current: &Scenario, saved: &[Scenario]) -> CompareScreen {
        let mut scenarios = vec![current.clone()];
        scenarios.extend(
            saved
                .iter()
                .filter(|s| s.name != current.name)
                .take(2)
                .cloned(),
        );
        let comparison = compare(base, &scenarios);
        let figure = Figure::Load;
        CompareScreen {
            table: table(&comparison, figure),
            comparison,
            figure,
            presenting: false,
            column: 1,
            unit: 0,
            names: false,
            explaining: false,
        }
    }

    pub fn cycle_figure(&mut self) {
        let i = Figure::ALL
            .iter()
            .position(|&f| f == self.figure)
            .unwrap_or(0);
        self.figure = Figure::ALL[(i + 1) % Figure::ALL.len()];
        let (selected, offset) = (self.table.selected, self.table.offset);
        self.table = table(&self.comparison, self.figure);
        self.table.selected = selected;
        self.table.offset = offset;
    }

    /// Steps through the presentation: the units of a scenario, then the
    /// next scenario's (positions run scenario by scenario, then wrap).
    pub fn step(&mut self, by: isize) {
        let units = self.comparison.columns[0].projection.units.len().max(1) as isize;
        let scenarios = self.comparison.columns.len().saturating_sub(1).max(1) as isize;
        let at = ((self.column as isize - 1) * units + self.unit as isize + by)
            .rem_euclid(units * scenarios);
        self.column = (at / units) as usize + 1;
        self.unit = (at % units) as usize;
    }

    /// Jumps to the next scenario, first unit.
    pub fn next_scenario(&mut self, by: isize) {
        let n = self.comparison.columns.len().saturating_sub(1).max(1) as isize;
        self.column = ((self.column as isize - 1 + by).rem_euclid(n) + 1) as usize;
        self.unit = 0;
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
