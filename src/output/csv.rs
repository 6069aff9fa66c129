//! `check --format csv`: one row per flag, for a spreadsheet.

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
        let row = [
            scope.to_string(),
            id.to_string(),
            name.to_string(),
            unit.to_string(),
            f.rule.name().to_string(),
            f.severity.to_string(),
            f.value.to_string(),
            f.threshold.to_string(),
            f.message.clone(),
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
