//! Loading a bureau folder: find the tables, read them (CSV, XLSX or
//! Parquet), check every rule of the data contract, and return either the
//! whole bureau or every problem found. Nothing downstream sees a bureau that
//! did not load completely.

pub mod problem;
pub mod sheet;
pub mod source;
pub mod tables;
pub mod text;
pub mod wide;

use crate::core::model::{Bureau, OvertimeBook, Roster};
use crate::core::rules::Rules;
use crate::i18n::Message;
use crate::msg;
use chrono::Datelike;
use problem::{Problem, Problems};
use source::{RawTable, Table};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use thiserror::Error;

/// A bureau that loaded, with the rules in force and what the user should
/// know about how it was read.
#[derive(Debug)]
pub struct Loaded {
    pub bureau: Bureau,
    pub rules: Rules,
    /// E.g. that a file was read as GBK.
    pub notes: Vec<Message>,
    /// The files read, table by table.
    pub files: Vec<PathBuf>,
}

// Each says its text in English; `text` says it in the reader's language.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{}", self.text(crate::i18n::tr(crate::i18n::Lang::En)))]
    NotAFolder(PathBuf),
    #[error("{}", self.text(crate::i18n::tr(crate::i18n::Lang::En)))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", self.text(crate::i18n::tr(crate::i18n::Lang::En)))]
    Refused { dir: PathBuf, problems: Problems },
}

impl LoadError {
    /// Why the bureau was not loaded, with every problem, in the language
    /// of `tr`.
    pub fn text(&self, tr: &crate::i18n::Tr) -> String {
        use crate::i18n::Arg;
        let path = |p: &Path| Arg::Text(p.display().to_string());
        match self {
            LoadError::NotAFolder(p) => tr.args("load-not-a-folder", &[("path", path(p))]),
            LoadError::Io { path: p, source } => tr.args(
                "load-folder-unreadable",
                &[("path", path(p)), ("why", source.to_string().into())],
            ),
            LoadError::Refused { dir, problems } => format!(
                "{}\n{}",
                tr.args(
                    "load-refused-head",
                    &[
                        ("dir", path(dir)),
                        ("n", Arg::Count(problems.total() as f64))
                    ],
                ),
                problems.text(tr)
            ),
        }
    }
}

/// Loads the bureau in `dir`. The rules are the defaults overridden by
/// `rules` when given, else by `dir/rules.toml` when present.
pub fn load_bureau(dir: &Path, rules: Option<&Path>) -> Result<Loaded, LoadError> {
    if !dir.is_dir() {
        return Err(LoadError::NotAFolder(dir.to_path_buf()));
    }
    let mut problems = Problems::default();
    let folder = source::find(dir, &mut problems).map_err(|source| LoadError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut raw: Vec<(Table, RawTable)> = Vec::new();
    let mut notes = Vec::new();
    for (table, path, format) in &folder.tables {
        if *table == Table::Roster {
            continue;
        }
        if let Some(t) = source::read(path, *format, &mut problems) {
            notes.extend(t.note.clone());
            raw.push((*table, t));
        }
    }

    let (unit_ids, units, officer_ids, officers) = {
        let get = |t: Table| raw.iter().find(|(table, _)| *table == t).map(|(_, r)| r);
        let (unit_ids, units) = tables::units(get(Table::Units), &mut problems);
        let (officer_ids, officers) =
            tables::officers(get(Table::Officers), &unit_ids, &mut problems);
        (unit_ids, units, officer_ids, officers)
    };
    // The roster once the officers are known: a wide 排班表 names them by
    // 警号 or 姓名.
    let people = wide::People::new(
        officers
            .iter()
            .flatten()
            .map(|o| (o.id.as_str(), o.name.as_str())),
        officer_ids.is_readable(),
    );
    let mut roster_tables = Vec::new();
    for (table, path, format) in &folder.tables {
        if *table == Table::Roster
            && let Some((tables, note)) = source::read_roster(path, *format, &people, &mut problems)
        {
            notes.extend(note);
            roster_tables = tables;
        }
    }
    drop(people);
    let get = |t: Table| raw.iter().find(|(table, _)| *table == t).map(|(_, r)| r);
    let assignments = tables::assignments(
        get(Table::Assignments),
        &unit_ids,
        &officer_ids,
        &mut problems,
    );
    let service = tables::Service::new(&officers, &officer_ids, &assignments);
    // A bureau's own shift names (shifts.toml), over the built-in ones.
    let shifts_path = Some(dir.join("shifts.toml")).filter(|p| p.is_file());
    let shifts = match &shifts_path {
        Some(path) => read_shifts(path, &mut problems),
        None => crate::core::shifts::Dictionary::default(),
    };
    let roster = tables::roster(
        &roster_tables,
        &officer_ids,
        &service,
        &shifts,
        &mut problems,
    );
    let end = roster.iter().map(|(_, e)| e.date).max();
    let areas = tables::households(
        get(Table::Households),
        &unit_ids,
        &officer_ids,
        &service,
        end,
        &mut problems,
    );
    let overtime = tables::overtime(get(Table::Overtime), &officer_ids, &service, &mut problems);
    let inspections = tables::inspections(get(Table::Inspections), &unit_ids, &mut problems);
    let meetings = tables::meetings(get(Table::Meetings), &unit_ids, &mut problems);
    let calendar = if folder.tables.iter().any(|(t, _, _)| *t == Table::Holidays) {
        tables::holidays(get(Table::Holidays), &mut problems)
    } else {
        // No holidays table: the statutory calendar of the roster's years.
        let years = roster.iter().map(|(_, e)| e.date.year());
        match (years.clone().min(), years.max()) {
            (Some(first), Some(last)) => {
                let (calendar, missing) = crate::core::calendar::statutory(first, last);
                notes.extend(statutory_notes(first, last, &missing));
                calendar
            }
            _ => Default::default(),
        }
    };
    let rules_path = rules.map(Path::to_path_buf).or(folder.rules.clone());
    let rules = match &rules_path {
        Some(path) => read_rules(path, &mut problems),
        None => Rules::default(),
    };

    if !problems.is_empty() {
        problems.sort();
        return Err(LoadError::Refused {
            dir: dir.to_path_buf(),
            problems,
        });
    }
    // No problem was found, so every row converted.
    let bureau = Bureau {
        units: units.into_iter().flatten().collect(),
        officers: Arc::new(officers.into_iter().flatten().collect()),
        roster: Roster::from_rows(officer_ids.sorted.len(), roster),
        areas,
        overtime: OvertimeBook::from_rows(officer_ids.sorted.len(), overtime),
        assignments,
        inspections: Arc::new(inspections),
        meetings: Arc::new(meetings),
        calendar,
    };
    let mut files: Vec<PathBuf> = Vec::new();
    for (_, path, format) in &folder.tables {
        files.push(path.clone());
        // A folder of rosters: each of its files is read, and an input.
        if *format == source::Format::Folder {
            files.extend(
                source::folder_files(path)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(p, _)| p),
            );
        }
    }
    files.extend(rules_path);
    files.extend(shifts_path);
    Ok(Loaded {
        bureau,
        rules,
        notes,
        files,
    })
}

/// What the user is told when the built-in calendar stands in for a
/// holidays table: which years it gave, and which it could not.
fn statutory_notes(first: i32, last: i32, missing: &[i32]) -> Vec<Message> {
    let (from, to) = crate::core::calendar::years();
    let years = if first == last {
        first.to_string()
    } else {
        format!("{first}-{last}")
    };
    let mut notes = vec![msg!("note-statutory", "years" => years)];
    if !missing.is_empty() {
        notes.push(msg!(
            "note-calendar-missing",
            "from" => from.to_string(),
            "to" => to.to_string(),
            "years" => crate::i18n::Arg::texts(missing.iter()),
            "n" => missing.len(),
        ));
    }
    notes
}

/// A settings file's text (UTF-8, a byte-order mark dropped), or a problem
/// of the file: a whole-file problem is reported like any table's.
fn read_text(path: &Path, problems: &mut Problems) -> Option<String> {
    let problem = |expected: Message| Problem {
        file: source::display_name(path),
        line: None,
        column: None,
        value: None,
        expected,
    };
    match std::fs::read(path).map(String::from_utf8) {
        Ok(Ok(text)) => Some(text.trim_start_matches('\u{feff}').to_string()),
        Ok(Err(_)) => {
            problems.push(problem(msg!("load-not-utf8")));
            None
        }
        Err(e) => {
            problems.push(problem(msg!("load-unreadable", "why" => e.to_string())));
            None
        }
    }
}

/// Each of `errors` as a problem of the file at `path`.
fn file_problems(path: &Path, errors: impl IntoIterator<Item = Message>, problems: &mut Problems) {
    for expected in errors {
        problems.push(Problem {
            file: source::display_name(path),
            line: None,
            column: None,
            value: None,
            expected,
        });
    }
}

/// Reads a bureau's shifts.toml; its problems are reported like any table's.
fn read_shifts(path: &Path, problems: &mut Problems) -> crate::core::shifts::Dictionary {
    let Some(text) = read_text(path, problems) else {
        return Default::default();
    };
    crate::core::shifts::Dictionary::with_file(&text).unwrap_or_else(|errors| {
        file_problems(path, errors, problems);
        Default::default()
    })
}

/// Reads a rules file; its problems are reported like any table's.
pub fn read_rules(path: &Path, problems: &mut Problems) -> Rules {
    let Some(text) = read_text(path, problems) else {
        return Rules::default();
    };
    Rules::from_toml(&text).unwrap_or_else(|errors| {
        file_problems(path, errors.iter().map(|e| e.message()), problems);
        Rules::default()
    })
}
