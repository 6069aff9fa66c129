//! `check --format csv`: one row per flag, for a spreadsheet (its text
//! cells made safe to open: `super::spreadsheet_safe`).

use crate::core::check::CheckReport;
use crate::core::flags::Flag;
use polars::prelude::*;

const COLUMNS: [&str; 9] = [
    "scope",
    "id",
    "name",
    "unit_id",
    "rule",
    "severity",
    "value",
    "threshold",
    "message",
];

/// Every flag of the report, units first, each group in id order.
pub fn flags(report: &CheckReport) -> PolarsResult<String> {
    let mut cols: Vec<Vec<String>> = vec![Vec::new(); COLUMNS.len()];
    let mut push = |scope: &str, id: &str, name: &str, unit: &str, f: &Flag| {
        let safe = |t: &str| super::spreadsheet_safe(t).into_owned();
        let row = [
            scope.to_string(),
            safe(id),
            safe(name),
            safe(unit),
            f.rule.name().to_string(),
            f.severity.to_string(),
            f.value.to_string(),
            f.threshold.to_string(),
            safe(&f.message()),
        ];
        for (col, cell) in cols.iter_mut().zip(row) {
            col.push(cell);
        }
    };
    for u in &report.units {
        for f in &u.flags {
            push("unit", &u.unit_id, &u.name, &u.unit_id, f);
        }
    }
    for o in &report.officers {
        for f in &o.flags {
            push("officer", &o.officer_id, &o.name, &o.unit_id, f);
        }
    }
    let height = cols[0].len();
    let columns = COLUMNS
        .iter()
        .zip(cols)
        .map(|(name, values)| Column::new((*name).into(), values))
        .collect();
    let mut frame = DataFrame::new(height, columns)?;
    let mut buf = Vec::new();
    CsvWriter::new(&mut buf)
        .include_header(true)
        .finish(&mut frame)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

/// The leaders' covers of a leave plan (`covers.csv`), for a spreadsheet.
pub fn covers(covers: &[crate::core::leave::Cover]) -> PolarsResult<String> {
    let safe = |t: &str| super::spreadsheet_safe(t).into_owned();
    let columns = vec![
        Column::new(
            "leader_id".into(),
            covers
                .iter()
                .map(|c| safe(&c.leader_id))
                .collect::<Vec<_>>(),
        ),
        Column::new(
            "unit_id".into(),
            covers.iter().map(|c| safe(&c.unit_id)).collect::<Vec<_>>(),
        ),
        Column::new(
            "date".into(),
            covers
                .iter()
                .map(|c| c.date.to_string())
                .collect::<Vec<_>>(),
        ),
        Column::new(
            "for_officer".into(),
            covers
                .iter()
                .map(|c| safe(&c.for_officer))
                .collect::<Vec<_>>(),
        ),
    ];
    let mut frame = DataFrame::new(covers.len(), columns)?;
    let mut buf = Vec::new();
    CsvWriter::new(&mut buf)
        .include_header(true)
        .finish(&mut frame)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}
