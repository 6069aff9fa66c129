//! Writing a bureau to a folder in the contract's CSV format, so that it
//! loads again with `forceplan check`.
//!
//! Every write goes through `write`: whole or not at all, synced, never
//! over or into an input.

pub mod station;
pub mod write;

use crate::core::model::Bureau;
use polars::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    // Each says its message (the catalogue's English; `message` gives it
    // in the reader's language).
    #[error("{}", self.message())]
    Exists(PathBuf),
    #[error("{}", self.message())]
    WouldOverwriteInput(PathBuf),
    #[error("{}", self.message())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", self.message())]
    Csv { path: PathBuf, source: PolarsError },
}

impl StoreError {
    /// What went wrong, to say in the reader's language.
    pub fn message(&self) -> crate::i18n::Message {
        use crate::msg;
        let path = |p: &std::path::Path| p.display().to_string();
        match self {
            StoreError::Exists(p) => msg!("store-exists", "path" => path(p)),
            StoreError::WouldOverwriteInput(p) => msg!("store-input", "path" => path(p)),
            StoreError::Io { path: p, source } => {
                msg!("store-io", "path" => path(p), "why" => source.to_string())
            }
            StoreError::Csv { path: p, source } => {
                msg!("store-io", "path" => path(p), "why" => source.to_string())
            }
        }
    }
}

/// A number as a planner would type it: "8", "7.5".
pub fn number_text(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        x.to_string()
    }
}

/// One table as text columns, in the contract's column order.
pub(crate) struct TableText {
    pub(crate) name: &'static str,
    pub(crate) columns: Vec<(&'static str, Vec<String>)>,
}

impl TableText {
    fn new(name: &'static str, names: &[&'static str]) -> Self {
        TableText {
            name,
            columns: names.iter().map(|n| (*n, Vec::new())).collect(),
        }
    }

    fn row<const N: usize>(&mut self, cells: [String; N]) {
        for ((_, col), cell) in self.columns.iter_mut().zip(cells) {
            col.push(cell);
        }
    }

    fn write(self, dir: &Path, encoding: Encoding) -> Result<(), StoreError> {
        let path = dir.join(format!("{}.csv", self.name));
        let columns: Vec<Column> = self
            .columns
            .into_iter()
            .map(|(name, values)| Column::new(name.into(), values))
            .collect();
        let height = columns.first().map(|c| c.len()).unwrap_or(0);
        let csv_err = |source| StoreError::Csv {
            path: path.clone(),
            source,
        };
        let mut frame = DataFrame::new(height, columns).map_err(csv_err)?;
        write::write_new_file(&path, |out| match encoding {
            Encoding::Utf8Bom => {
                out.write_all(UTF8_BOM).map_err(|source| StoreError::Io {
                    path: path.clone(),
                    source,
                })?;
                CsvWriter::new(out)
                    .include_header(true)
                    .finish(&mut frame)
                    .map_err(csv_err)
            }
            Encoding::Gb18030 => {
                let mut text = Vec::new();
                CsvWriter::new(&mut text)
                    .include_header(true)
                    .finish(&mut frame)
                    .map_err(csv_err)?;
                out.write_all(&encoding.encode(&text))
                    .map_err(|source| StoreError::Io {
                        path: path.clone(),
                        source,
                    })
            }
        })
    }
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// How the CSV files forceplan writes are encoded: UTF-8 with a byte-order
/// mark by default, which Chinese Excel and WPS open as UTF-8 (without the
/// mark they take it for GBK and show mojibake); GB18030 for older systems
/// that read nothing else. forceplan reads both back.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Encoding {
    #[default]
    Utf8Bom,
    Gb18030,
}

impl Encoding {
    /// UTF-8 text (without a mark) as a file of this encoding.
    pub fn encode(self, utf8: &[u8]) -> Vec<u8> {
        match self {
            Encoding::Utf8Bom => [UTF8_BOM, utf8].concat(),
            Encoding::Gb18030 => {
                let text = String::from_utf8_lossy(utf8);
                // GB18030 encodes every Unicode character: nothing is lost.
                encoding_rs::GB18030.encode(&text).0.into_owned()
            }
        }
    }
}

/// The tables of a bureau as CSV text, in the contract's format.
pub(crate) fn tables(b: &Bureau) -> Vec<TableText> {
    let unit_id = |u: u32| b.units[u as usize].id.clone();
    let officer_id = |o: u32| b.officers[o as usize].id.clone();

    let mut units = TableText::new("units", &["unit_id", "name", "kind", "min_on_duty"]);
    for u in &b.units {
        units.row([
            u.id.clone(),
            u.name.clone(),
            u.kind.code().into(),
            u.min_on_duty.to_string(),
        ]);
    }
    let mut officers = TableText::new(
        "officers",
        &[
            "officer_id",
            "name",
            "unit_id",
            "role",
            "service_start",
            "home_district",
        ],
    );
    for o in b.officers.iter() {
        officers.row([
            o.id.clone(),
            o.name.clone(),
            unit_id(o.unit),
            o.role.code().into(),
            o.service_start.to_string(),
            o.home_district.clone(),
        ]);
    }
    let mut roster = TableText::new("roster", &["officer_id", "date", "shift", "hours"]);
    for (o, e) in b.roster.iter() {
        roster.row([
            officer_id(o),
            e.date.to_string(),
            e.shift.code().into(),
            number_text(e.hours),
        ]);
    }
    let mut households = TableText::new(
        "households",
        &[
            "area_id",
            "unit_id",
            "officer_id",
            "households",
            "residents",
        ],
    );
    for a in &b.areas {
        households.row([
            a.id.clone(),
            unit_id(a.unit),
            a.officer.map(officer_id).unwrap_or_default(),
            a.households.to_string(),
            a.residents.to_string(),
        ]);
    }
    let mut overtime = TableText::new(
        "overtime",
        &["officer_id", "date", "hours", "compensated", "reason"],
    );
    for (officer, o) in b.overtime.iter() {
        overtime.row([
            officer_id(officer),
            o.date.to_string(),
            number_text(o.hours),
            o.compensated.code().into(),
            o.reason.to_string(),
        ]);
    }
    let mut inspections = TableText::new(
        "inspections",
        &["unit_id", "date", "inspecting_body", "hours", "topic"],
    );
    for i in b.inspections.iter() {
        inspections.row([
            unit_id(i.unit),
            i.date.to_string(),
            i.inspecting_body.to_string(),
            number_text(i.hours),
            i.topic.to_string(),
        ]);
    }
    let mut meetings = TableText::new(
        "meetings",
        &["unit_id", "date", "convened_by", "hours", "attendees"],
    );
    for m in b.meetings.iter() {
        meetings.row([
            unit_id(m.unit),
            m.date.to_string(),
            m.convened_by.to_string(),
            number_text(m.hours),
            m.attendees.to_string(),
        ]);
    }
    let mut holidays = TableText::new("holidays", &["date", "kind", "name"]);
    for (date, (kind, name)) in &b.calendar.days {
        holidays.row([date.to_string(), kind.code().into(), name.clone()]);
    }
    let mut tables = vec![
        units,
        officers,
        roster,
        households,
        overtime,
        inspections,
        meetings,
        holidays,
    ];
    // Optional (contract v2): written only when someone moves, joins or leaves by assignment.
    if !b.assignments.is_empty() {
        let mut assignments = TableText::new("assignments", &["officer_id", "unit_id", "from"]);
        for a in &b.assignments {
            assignments.row([
                officer_id(a.officer),
                a.unit.map(unit_id).unwrap_or_default(),
                a.from.to_string(),
            ]);
        }
        tables.push(assignments);
    }
    tables
}

/// Writes `bureau` as CSV files into the folder `out`, which must not exist
/// or be empty (or is replaced whole, with `force`), and must not be any of
/// `inputs`.
pub fn write_bureau(
    out: &Path,
    bureau: &Bureau,
    force: bool,
    inputs: &[PathBuf],
) -> Result<(), StoreError> {
    write_folder(out, bureau, &[], force, inputs, Encoding::default())
}

/// `write_bureau`, with a rules.toml beside the tables when given.
pub fn write_bureau_with_rules(
    out: &Path,
    bureau: &Bureau,
    rules: Option<&str>,
    force: bool,
    inputs: &[PathBuf],
    encoding: Encoding,
) -> Result<(), StoreError> {
    let extra: Vec<(String, Vec<u8>)> = rules
        .map(|r| ("rules.toml".to_string(), r.as_bytes().to_vec()))
        .into_iter()
        .collect();
    write_folder(out, bureau, &extra, force, inputs, encoding)
}

/// Writes the bureau's tables and `extra` files (name, bytes) into the
/// folder `out`: all into a hidden sibling folder first, renamed into place
/// when complete, so that `out` is never half written. `out` must not exist
/// or be empty (or is replaced whole, with `force`), and must not be any of
/// `inputs`. An extra file may be in a subfolder ("rosters/U1.xlsx"); the
/// CSV files, the tables' and the extra ones (given as UTF-8), are written
/// in `encoding`.
pub fn write_folder(
    out: &Path,
    bureau: &Bureau,
    extra: &[(String, Vec<u8>)],
    force: bool,
    inputs: &[PathBuf],
    encoding: Encoding,
) -> Result<(), StoreError> {
    write_tables(out, tables(bureau), extra, force, inputs, encoding)
}

/// `write_folder`, with the bureau's tables already made (an export makes
/// them once for the CSV files and the workbook).
pub(crate) fn write_tables(
    out: &Path,
    tables: Vec<TableText>,
    extra: &[(String, Vec<u8>)],
    force: bool,
    inputs: &[PathBuf],
    encoding: Encoding,
) -> Result<(), StoreError> {
    write::write_dir(out, force, inputs, |staging| {
        for table in tables {
            table.write(staging, encoding)?;
        }
        let mut folders = std::collections::BTreeSet::new();
        for (file, bytes) in extra {
            let path = staging.join(file);
            if let Some(folder) = path.parent().filter(|p| *p != staging) {
                std::fs::create_dir_all(folder).map_err(|source| StoreError::Io {
                    path: folder.to_path_buf(),
                    source,
                })?;
                folders.insert(folder.to_path_buf());
            }
            let encoded;
            let bytes = if file.ends_with(".csv") {
                encoded = encoding.encode(bytes);
                &encoded
            } else {
                bytes
            };
            write::write_new_file(&path, |w| {
                w.write_all(bytes).map_err(|source| StoreError::Io {
                    path: path.clone(),
                    source,
                })
            })?;
        }
        // The staging folder itself is synced by write_dir; its subfolders here.
        for folder in &folders {
            write::sync_dir(folder)?;
        }
        Ok(())
    })
}

/// Writes one file whole or not at all; refuses an existing file unless
/// `force`, and never writes over or into an input.
pub fn write_file(
    path: &Path,
    bytes: &[u8],
    force: bool,
    inputs: &[PathBuf],
) -> Result<(), StoreError> {
    write::write_file(path, bytes, force, inputs)
}
