//! A wide 排班表, as a station keeps its roster: one row per officer (警号,
//! 姓名, 单位), one column per day, a 星期 row under the dates, totals on the
//! right and below, one sheet per month. Read into the contract's long
//! roster (officer_id, date, shift, hours), each row remembering its cell so
//! that a problem names it as Excel does ("10月!AF7").
//!
//! What is read and what is skipped (docs/data-format.md, "Wide rosters"):
//! - Sheets: those named like a month ("2025年10月", "10月", "2025-10") when
//!   any is; else every sheet with a header row.
//! - The header row: the first of a sheet's first 20 rows that names an
//!   officer column (警号, 工号, officer_id or 姓名) and at least one day.
//! - Day headers: dates ("2025-10-01", "2025/10/1", "2025年10月1日"), a day
//!   of a month ("10/1", "10月1日") or a day number (1-31, "1日", "1号"),
//!   the month and year then coming from the sheet's name or a title row.
//! - A 星期 row (一..日, 星期一, 周一) is checked against the dates: a wrong
//!   weekday means a wrong month or year, and is refused.
//! - Other columns (序号, 单位, 出勤天数, 夜班数, 加班, 备注...) and rows
//!   labelled as totals or notes (合计, 在岗人数, 制表...) are skipped.

use crate::i18n::Message;
use crate::load::problem::{Problem, Problems};
use crate::load::source::{Grid, Places, RawTable, cell_name};
use crate::msg;
use chrono::{Datelike, NaiveDate, Weekday};
use polars::prelude::{Column, DataFrame};
use std::collections::{BTreeSet, HashMap};

/// The officers a wide roster may name: by id (with their name) and by name.
pub struct People<'a> {
    ids: HashMap<&'a str, &'a str>,
    names: HashMap<&'a str, Vec<&'a str>>,
    /// False when the officers table could not be read: then no name is
    /// looked up and no id is checked here (the roster's check does it).
    known: bool,
}

impl<'a> People<'a> {
    pub fn new(officers: impl Iterator<Item = (&'a str, &'a str)>, known: bool) -> People<'a> {
        let mut ids = HashMap::new();
        let mut names: HashMap<&str, Vec<&str>> = HashMap::new();
        for (id, name) in officers {
            ids.insert(id, name);
            names.entry(name).or_default().push(id);
        }
        People { ids, names, known }
    }
}

/// Headers of the officer's id and name.
const ID: &[&str] = &["officer_id", "警号", "工号", "民警编号"];
const NAME: &[&str] = &["name", "姓名", "民警姓名"];
/// Labels of rows that hold totals, counts or notes, not an officer.
const TOTALS: &[&str] = &[
    "合计",
    "总计",
    "小计",
    "在岗",
    "最低",
    "人数",
    "统计",
    "备注",
    "说明",
    "制表",
    "审核",
    "签字",
    "负责人",
    "星期",
    "total",
    "on duty",
    "minimum",
];
/// How far down a sheet its header row is looked for.
const HEADER_SEARCH: usize = 20;

/// Reads the sheets of a wide roster (one file's, or several) into long
/// rows; problems are filed under `file`.
pub fn read_part(file: &str, sheets: &[Grid], people: &People, problems: &mut Problems) -> Part {
    let problem = |problems: &mut Problems,
                   sheet: &str,
                   at: Option<(u32, u32)>,
                   value: Option<&str>,
                   expected: Message| {
        problems.push(Problem {
            file: file.to_string(),
            line: at.map(|(r, _)| r as usize + 1),
            column: at.map(|(r, c)| format!("{sheet}!{}", cell_name(r, c))),
            value: value.map(str::to_string),
            expected,
        });
    };
    let monthly: Vec<bool> = sheets.iter().map(|g| month_in(&g.name).is_some()).collect();
    // In a folder of files, each file's sheets are judged on their own.
    let any_monthly = |file: &Option<String>| {
        sheets
            .iter()
            .zip(&monthly)
            .any(|(g, &m)| m && g.file == *file)
    };
    let mut out = Part::default();
    out.files
        .extend(sheets.iter().filter_map(|g| g.file.clone()));
    for (grid, &named_month) in sheets.iter().zip(&monthly) {
        let label = grid.label();
        let any_monthly = any_monthly(&grid.file);
        if any_monthly && !named_month {
            out.skipped_sheets.push(label);
            continue;
        }
        let Some(header_row) = find_header(grid) else {
            let alone = sheets.iter().filter(|g| g.file == grid.file).count() == 1;
            if named_month || !any_monthly && alone {
                problem(
                    problems,
                    &label,
                    None,
                    None,
                    msg!("wide-no-header", "sheet" => &label, "rows" => HEADER_SEARCH),
                );
            } else {
                out.skipped_sheets.push(label);
            }
            continue;
        };
        out.read_sheets.push(label.clone());
        let sheet_index = out.places.sheets.len() as u32;
        out.places.sheets.push(label.clone());
        let before = problems.total();
        let columns = read_header(grid, header_row, &mut |at, value, expected| {
            problem(problems, &label, Some(at), Some(value), expected)
        });
        if problems.total() > before {
            continue;
        }
        out.skipped_columns.extend(columns.skipped.iter().cloned());
        read_rows(
            grid,
            header_row,
            &columns,
            people,
            sheet_index,
            &mut out,
            &mut |at, value, expected| problem(problems, &label, Some(at), Some(value), expected),
        );
    }
    out
}

/// Long rows read from a wide roster, kept compact and owned: a year of
/// 5,000 officers is 1.8 million rows, so each row is three indices (its
/// officer, day and cell text, each kept once) and its cell; the strings
/// are made once, at the end. Parts read apart (a folder's files, on every
/// core) merge into one.
#[derive(Debug, Default)]
pub struct Part {
    officers: Interned<String>,
    days: Interned<NaiveDate>,
    texts: Interned<String>,
    rows: Vec<(u32, u32, u32)>,
    places: Places,
    read_sheets: Vec<String>,
    skipped_sheets: Vec<String>,
    skipped_columns: BTreeSet<String>,
    files: BTreeSet<String>,
}

/// Values kept once each, by index.
#[derive(Debug)]
struct Interned<T> {
    values: Vec<T>,
    index: HashMap<T, u32>,
}

impl<T> Default for Interned<T> {
    fn default() -> Self {
        Interned {
            values: Vec::new(),
            index: HashMap::new(),
        }
    }
}

impl<T: std::hash::Hash + Eq + Clone> Interned<T> {
    fn get<Q>(&mut self, value: &Q) -> u32
    where
        T: std::borrow::Borrow<Q>,
        Q: std::hash::Hash + Eq + ToOwned<Owned = T> + ?Sized,
    {
        if let Some(&i) = self.index.get(value) {
            return i;
        }
        let i = self.values.len() as u32;
        self.values.push(value.to_owned());
        self.index.insert(value.to_owned(), i);
        i
    }
}

impl Part {
    /// What the part read and skipped, for the note.
    pub fn summary(&self) -> Summary {
        Summary {
            read_sheets: self.read_sheets.clone(),
            skipped_sheets: self.skipped_sheets.clone(),
            skipped_columns: self.skipped_columns.clone(),
            officers: self.officers.values.iter().cloned().collect(),
            days: self.days.values.iter().copied().collect(),
            files: self.files.clone(),
        }
    }

    /// The rows as the contract's long roster (with each row's cell), filed
    /// under `file`; `None` when no sheet could be read (a problem of
    /// `file`). `note` is said with it.
    pub fn into_table(
        self,
        file: &str,
        note: Option<Message>,
        problems: &mut Problems,
    ) -> Option<RawTable> {
        if self.read_sheets.is_empty() {
            if problems.is_empty() {
                problems.push(Problem {
                    file: file.to_string(),
                    line: None,
                    column: None,
                    value: None,
                    expected: msg!("wide-neither"),
                });
            }
            return None;
        }
        let lines = self
            .places
            .cells
            .iter()
            .map(|&(_, r, _)| r as usize + 1)
            .collect();
        let n = self.rows.len();
        let dates: Vec<String> = self.days.values.iter().map(|d| d.to_string()).collect();
        let column = |name: &str, values: &[String], pick: fn(&(u32, u32, u32)) -> u32| {
            let texts: Vec<&str> = self
                .rows
                .iter()
                .map(|r| values[pick(r) as usize].as_str())
                .collect();
            Column::new(name.into(), texts)
        };
        let frame = DataFrame::new(
            n,
            vec![
                column("column_0", &self.officers.values, |r| r.0),
                column("column_1", &dates, |r| r.1),
                column("column_2", &self.texts.values, |r| r.2),
                Column::new("column_3".into(), vec![""; n]),
            ],
        )
        .ok()?;
        Some(RawTable {
            file: file.to_string(),
            header: ["officer_id", "date", "shift", "hours"]
                .map(String::from)
                .to_vec(),
            frame,
            lines,
            note,
            places: Some(self.places),
        })
    }
}

/// What a wide roster's reading read and skipped (sheets, columns), and how
/// many officers and days it found: said to the user once, over every file.
#[derive(Debug, Default)]
pub struct Summary {
    read_sheets: Vec<String>,
    skipped_sheets: Vec<String>,
    skipped_columns: BTreeSet<String>,
    officers: std::collections::HashSet<String>,
    days: std::collections::HashSet<NaiveDate>,
    files: BTreeSet<String>,
}

impl Summary {
    pub fn merge(&mut self, other: Summary) {
        self.read_sheets.extend(other.read_sheets);
        self.skipped_sheets.extend(other.skipped_sheets);
        self.skipped_columns.extend(other.skipped_columns);
        self.officers.extend(other.officers);
        self.days.extend(other.days);
        self.files.extend(other.files);
    }

    /// What was read and skipped, said to the user.
    pub fn note(&self, file: &str) -> Message {
        let read = &self.read_sheets;
        let shown = if read.len() <= 6 {
            crate::i18n::Arg::texts(read)
        } else {
            msg!(
                "note-sheets-more",
                "first" => crate::i18n::Arg::texts(&read[..3]),
                "last" => &read[read.len() - 1],
                "n" => read.len() - 4,
            )
            .into()
        };
        let files = if self.files.is_empty() {
            crate::i18n::Arg::Text(String::new())
        } else {
            msg!("note-files", "n" => self.files.len()).into()
        };
        let mut notes = vec![msg!(
            "note-wide",
            "file" => file,
            "files" => files,
            "n" => read.len(),
            "sheets" => shown,
            "officers" => self.officers.len(),
            "days" => self.days.len(),
        )];
        if !self.skipped_sheets.is_empty() {
            notes.push(msg!("note-skipped-sheets", "sheets" => crate::i18n::Arg::texts(&self.skipped_sheets)));
        }
        if !self.skipped_columns.is_empty() {
            let columns = crate::i18n::Arg::texts(&self.skipped_columns);
            notes.push(msg!("note-skipped-columns", "columns" => columns));
        }
        crate::load::source::joined(notes).expect("one at least")
    }
}

/// Records a problem at a cell (row, column) with its value and what was
/// expected there.
type Report<'r> = dyn FnMut((u32, u32), &str, Message) + 'r;

/// What each column of a sheet holds.
#[derive(Default)]
struct Columns {
    id: Option<u32>,
    name: Option<u32>,
    days: Vec<(u32, NaiveDate)>,
    /// Headers of the columns read for nothing (totals, notes).
    skipped: Vec<String>,
}

impl Columns {
    fn day(&self, col: u32) -> Option<NaiveDate> {
        self.days
            .binary_search_by_key(&col, |&(c, _)| c)
            .ok()
            .map(|i| self.days[i].1)
    }

    /// Between the first and the last day column.
    fn among_days(&self, col: u32) -> bool {
        matches!((self.days.first(), self.days.last()), (Some(a), Some(b)) if a.0 < col && col < b.0)
    }
}

fn normal(text: &str) -> String {
    text.trim().to_lowercase()
}

/// The first row of the sheet's first rows naming an officer column and a day.
fn find_header(grid: &Grid) -> Option<u32> {
    grid.rows
        .iter()
        .take(HEADER_SEARCH)
        .find_map(|(&row, cells)| {
            let officer = cells.iter().any(|(_, t)| {
                let t = normal(t);
                ID.contains(&t.as_str()) || NAME.contains(&t.as_str())
            });
            let day = cells
                .iter()
                .any(|(_, t)| !matches!(day_header(t), DayHeader::NotDay));
            (officer && day).then_some(row)
        })
}

/// The columns of the header row, the days' dates resolved with the month
/// the sheet's name or a title row gives.
fn read_header(grid: &Grid, header_row: u32, problem: &mut Report) -> Columns {
    let mut month = month_in(&grid.name).map(|(y, m)| (y, Some(m)));
    // Title rows: a merged "城关派出所2025年10月排班表" above the header.
    for cells in grid.rows.range(..header_row).map(|(_, c)| c) {
        for (_, text) in cells {
            match (month, month_in(text), year_in(text)) {
                (None, Some((y, m)), _) => month = Some((y, Some(m))),
                (Some((None, m)), Some((Some(y), _)), _) => month = Some((Some(y), m)),
                (Some((None, m)), None, Some(y)) => month = Some((Some(y), m)),
                (None, None, Some(y)) => month = Some((Some(y), None)),
                _ => {}
            }
        }
    }
    let mut columns = Columns::default();
    let mut seen: HashMap<NaiveDate, u32> = HashMap::new();
    for (col, text) in &grid.rows[&header_row] {
        let at = (header_row, *col);
        let t = normal(text);
        if ID.contains(&t.as_str()) && columns.id.is_none() {
            columns.id = Some(*col);
            continue;
        }
        if NAME.contains(&t.as_str()) && columns.name.is_none() {
            columns.name = Some(*col);
            continue;
        }
        let date = match day_header(text) {
            DayHeader::NotDay => {
                columns.skipped.push(text.trim().to_string());
                continue;
            }
            DayHeader::Invalid => {
                problem(at, text, msg!("wide-day"));
                continue;
            }
            DayHeader::Date(d) => Some(d),
            DayHeader::MonthDay(m, d) => match month {
                Some((Some(y), _)) => resolved(y, m, d, at, text, problem),
                _ => {
                    problem(at, text, msg!("wide-needs-year"));
                    None
                }
            },
            DayHeader::Day(d) => match month {
                Some((Some(y), Some(m))) => resolved(y, m, d, at, text, problem),
                _ => {
                    problem(at, text, msg!("wide-needs-month"));
                    None
                }
            },
        };
        let Some(date) = date else { continue };
        if let Some(first) = seen.insert(date, *col) {
            problem(
                at,
                text,
                msg!(
                    "wide-day-twice",
                    "date" => date,
                    "column" => cell_name(header_row, first)
                        .trim_end_matches(|c: char| c.is_ascii_digit()),
                ),
            );
            continue;
        }
        columns.days.push((*col, date));
    }
    columns
}

fn resolved(
    y: i32,
    m: u32,
    d: u32,
    at: (u32, u32),
    text: &str,
    problem: &mut Report,
) -> Option<NaiveDate> {
    let date = NaiveDate::from_ymd_opt(y, m, d);
    if date.is_none() {
        problem(
            at,
            text,
            msg!("wide-no-such-day", "year" => y.to_string(), "month" => m),
        );
    }
    date
}

/// The officers' rows of a sheet, and its 星期 rows checked.
fn read_rows(
    grid: &Grid,
    header_row: u32,
    columns: &Columns,
    people: &People,
    sheet: u32,
    out: &mut Part,
    problem: &mut Report,
) {
    let header = &grid.rows[&header_row];
    let header_text = |col: u32| {
        header
            .iter()
            .find(|(c, _)| *c == col)
            .map(|(_, t)| normal(t))
    };
    for (&row, cells) in grid.rows.range(header_row + 1..) {
        let text_at = |col: Option<u32>| {
            col.and_then(|c| cells.iter().find(|(cc, _)| *cc == c))
                .map(|(_, t)| t.trim())
                .filter(|t| !t.is_empty())
        };
        let (id, name) = (text_at(columns.id), text_at(columns.name));
        let days: Vec<(u32, NaiveDate, &str)> = cells
            .iter()
            .filter_map(|(c, t)| Some((*c, columns.day(*c)?, t.trim())))
            .filter(|(_, _, t)| !t.is_empty())
            .collect();
        // The header repeated (printed rosters repeat it), or a 星期 row.
        if id.is_some_and(|t| Some(normal(t)) == columns.id.and_then(header_text))
            || name.is_some_and(|t| Some(normal(t)) == columns.name.and_then(header_text))
        {
            continue;
        }
        if !days.is_empty() && days.iter().all(|(_, _, t)| weekday(t).is_some()) {
            for (col, date, text) in &days {
                let said = weekday(text).expect("checked above");
                if said != date.weekday() {
                    problem(
                        (row, *col),
                        text,
                        msg!(
                            "wide-weekday",
                            "date" => *date,
                            // As the sheet's own 星期 row writes it.
                            "weekday" => weekday_name(date.weekday()),
                        ),
                    );
                }
            }
            continue;
        }
        // A label in the officer's columns, or, when they are empty, in the
        // row's first cell (never a unit's name beside an officer's).
        let first = cells
            .iter()
            .find(|(c, _)| columns.day(*c).is_none())
            .map(|(_, t)| t.as_str());
        let labels: Vec<&str> = match (id, name) {
            (None, None) => first.into_iter().collect(),
            _ => [id, name].into_iter().flatten().collect(),
        };
        let totals = labels.iter().any(|t| {
            let t = normal(t);
            TOTALS.iter().any(|label| t.contains(label))
        });
        if totals || days.is_empty() {
            continue;
        }
        // Cells under no header among the day columns would be days lost.
        for (col, text) in cells {
            if columns.among_days(*col)
                && columns.day(*col).is_none()
                && header_text(*col).is_none()
            {
                problem((row, *col), text, msg!("wide-no-day"));
            }
        }
        let Some(officer) = officer_of(row, columns, id, name, people, problem, &days) else {
            continue;
        };
        let officer = out.officers.get(officer.as_str());
        for (col, date, text) in days {
            let day = out.days.get(&date);
            let text = out.texts.get(text);
            out.rows.push((officer, day, text));
            out.places.cells.push((sheet, row, col));
        }
    }
}

/// The officer a row is about: by 警号 (its 姓名, when given, must agree),
/// else by 姓名 when exactly one officer has it.
fn officer_of(
    row: u32,
    columns: &Columns,
    id: Option<&str>,
    name: Option<&str>,
    people: &People,
    problem: &mut Report,
    days: &[(u32, NaiveDate, &str)],
) -> Option<String> {
    match (id, name) {
        (Some(id), name) => {
            let at = (row, columns.id.expect("an id was read"));
            if !people.known {
                return Some(id.to_string());
            }
            match people.ids.get(id) {
                None => {
                    problem(at, id, msg!("wide-unknown-id"));
                    None
                }
                Some(&known) => {
                    if let Some(name) = name.filter(|n| *n != known) {
                        problem(
                            (row, columns.name.expect("a name was read")),
                            name,
                            msg!("wide-other-name", "officer" => id, "name" => known),
                        );
                        return None;
                    }
                    Some(id.to_string())
                }
            }
        }
        (None, Some(name)) => {
            let at = (row, columns.name.expect("a name was read"));
            if !people.known {
                return None;
            }
            match people.names.get(name).map(Vec::as_slice) {
                Some([one]) => Some(one.to_string()),
                Some(several) => {
                    problem(
                        at,
                        name,
                        msg!(
                            "wide-same-name",
                            "n" => several.len(),
                            "ids" => crate::i18n::Arg::texts(several),
                        ),
                    );
                    None
                }
                None => {
                    problem(at, name, msg!("wide-unknown-name"));
                    None
                }
            }
        }
        (None, None) => {
            let (col, _, text) = days[0];
            problem((row, col), text, msg!("wide-whose"));
            None
        }
    }
}

/// A header cell read as a day.
#[derive(Debug, PartialEq)]
enum DayHeader {
    Date(NaiveDate),
    /// Month and day; the year comes from the sheet.
    MonthDay(u32, u32),
    /// Day of the month; month and year come from the sheet.
    Day(u32),
    /// Looks like a day but is none ("32", "2/30" is checked once the year is known).
    Invalid,
    NotDay,
}

/// The numbers of a text and what separates them: "2025年10月1日" is
/// [2025, 10, 1] with ["年", "月", "日"].
fn numbers(text: &str) -> (Vec<u32>, Vec<String>) {
    let mut nums = Vec::new();
    let mut seps = vec![String::new()];
    let mut current: Option<u32> = None;
    for c in text.chars() {
        if let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
            current = Some(current.unwrap_or(0).saturating_mul(10).saturating_add(d));
        } else {
            if let Some(n) = current.take() {
                nums.push(n);
                seps.push(String::new());
            }
            seps.last_mut().expect("one at least").push(c);
        }
    }
    if let Some(n) = current {
        nums.push(n);
        seps.push(String::new());
    }
    (nums, seps)
}

/// A header cell as a day. A weekday written with it ("1\n三", "1(三)",
/// "10月1日 星期三") is allowed.
fn day_header(text: &str) -> DayHeader {
    let text = text.trim();
    // The part before a weekday, a line break or a bracket.
    let head = text
        .split(['\n', '(', '（', ' ', '星', '周'])
        .next()
        .unwrap_or("")
        .trim();
    if head.is_empty() || !head.starts_with(|c: char| c.is_ascii_digit()) {
        return DayHeader::NotDay;
    }
    if let Some(date) = crate::core::period::parse_date(head) {
        return DayHeader::Date(date);
    }
    let (nums, seps) = numbers(head);
    let seps: Vec<&str> = seps.iter().map(String::as_str).collect();
    let ok_day = |d: u32| (1..=31).contains(&d);
    let ok_month = |m: u32| (1..=12).contains(&m);
    match (nums.as_slice(), seps.as_slice()) {
        ([y, m, d], ["", "-" | "/" | ".", s, end])
            if *y >= 1900 && (*s == seps[1]) && end.is_empty() =>
        {
            NaiveDate::from_ymd_opt(*y as i32, *m, *d).map_or(DayHeader::Invalid, DayHeader::Date)
        }
        ([y, m, d], ["", "年", "月", "日" | ""]) if *y >= 1900 => {
            NaiveDate::from_ymd_opt(*y as i32, *m, *d).map_or(DayHeader::Invalid, DayHeader::Date)
        }
        ([m, d], ["", "/" | "-" | ".", ""]) | ([m, d], ["", "月", "日" | "号" | ""]) => {
            if ok_month(*m) && ok_day(*d) {
                DayHeader::MonthDay(*m, *d)
            } else {
                DayHeader::Invalid
            }
        }
        ([d], ["", "日" | "号" | ""]) => {
            if ok_day(*d) {
                DayHeader::Day(*d)
            } else {
                DayHeader::Invalid
            }
        }
        _ => DayHeader::NotDay,
    }
}

/// The month a text names ("2025年10月", "10月", "2025-10", "2025.10"), with
/// its year when given.
pub fn month_in(text: &str) -> Option<(Option<i32>, u32)> {
    let (nums, seps) = numbers(text.trim());
    for (i, &n) in nums.iter().enumerate() {
        let after = seps[i + 1].as_str();
        let next = nums.get(i + 1).copied();
        let after_next = seps.get(i + 2).map(String::as_str).unwrap_or("");
        if (1900..=2100).contains(&n) {
            if let Some(m) = next.filter(|m| (1..=12).contains(m)) {
                let year_month = (after == "年" && after_next.starts_with('月'))
                    || (["-", "/", "."].contains(&after)
                        && !after_next.starts_with(char::is_alphanumeric));
                let date = ["-", "/", "."].contains(&after) && after_next == after;
                if year_month || date || (after == "年" && after_next.is_empty()) {
                    return Some((Some(n as i32), m));
                }
            }
        } else if (1..=12).contains(&n) && after.starts_with('月') && !seps[i].ends_with('年') {
            return Some((None, n));
        }
    }
    None
}

/// A year a title names ("2025年度", "2025年").
fn year_in(text: &str) -> Option<i32> {
    let (nums, seps) = numbers(text);
    nums.iter()
        .zip(&seps[1..])
        .find(|(n, s)| (1900..=2100).contains(*n) && s.starts_with('年'))
        .map(|(n, _)| *n as i32)
}

/// A weekday as a 星期 row writes it.
fn weekday(text: &str) -> Option<Weekday> {
    let t = text.trim().to_lowercase();
    let t = ["星期", "礼拜", "周"]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(&t);
    Some(match t {
        "一" | "mon" | "monday" => Weekday::Mon,
        "二" | "tue" | "tuesday" => Weekday::Tue,
        "三" | "wed" | "wednesday" => Weekday::Wed,
        "四" | "thu" | "thursday" => Weekday::Thu,
        "五" | "fri" | "friday" => Weekday::Fri,
        "六" | "sat" | "saturday" => Weekday::Sat,
        "日" | "天" | "sun" | "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// The weekday as a 星期 row writes it in full.
pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "星期一",
        Weekday::Tue => "星期二",
        Weekday::Wed => "星期三",
        Weekday::Thu => "星期四",
        Weekday::Fri => "星期五",
        Weekday::Sat => "星期六",
        Weekday::Sun => "星期日",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sheets read as the loader reads one file: its rows, with the note.
    fn to_long(
        file: &str,
        sheets: &[Grid],
        people: &People,
        problems: &mut Problems,
    ) -> Option<RawTable> {
        let part = read_part(file, sheets, people, problems);
        let note = part.summary().note(file);
        part.into_table(file, Some(note), problems)
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn day_headers_in_the_ways_rosters_write_them() {
        assert_eq!(day_header("2025-10-01"), DayHeader::Date(d(2025, 10, 1)));
        assert_eq!(day_header("2025/10/1"), DayHeader::Date(d(2025, 10, 1)));
        assert_eq!(day_header("2025年10月1日"), DayHeader::Date(d(2025, 10, 1)));
        assert_eq!(day_header("10/1"), DayHeader::MonthDay(10, 1));
        assert_eq!(day_header("10月1日"), DayHeader::MonthDay(10, 1));
        assert_eq!(day_header("1"), DayHeader::Day(1));
        assert_eq!(day_header("31日"), DayHeader::Day(31));
        assert_eq!(day_header("5号"), DayHeader::Day(5));
        assert_eq!(day_header("1\n三"), DayHeader::Day(1));
        assert_eq!(day_header("1(三)"), DayHeader::Day(1));
        assert_eq!(day_header("10月1日 星期三"), DayHeader::MonthDay(10, 1));
        assert_eq!(day_header("32"), DayHeader::Invalid);
        assert_eq!(day_header("13/1"), DayHeader::Invalid);
        assert_eq!(day_header("2025-02-30"), DayHeader::Invalid);
        for not in [
            "姓名",
            "出勤天数",
            "夜班数",
            "备注",
            "",
            "序号",
            "24小时值班",
        ] {
            assert_eq!(day_header(not), DayHeader::NotDay, "{not}");
        }
    }

    #[test]
    fn months_in_sheet_names_and_titles() {
        assert_eq!(month_in("2025年10月"), Some((Some(2025), 10)));
        assert_eq!(month_in("10月"), Some((None, 10)));
        assert_eq!(month_in("2025-10"), Some((Some(2025), 10)));
        assert_eq!(month_in("2025.9"), Some((Some(2025), 9)));
        assert_eq!(
            month_in("城关派出所2025年10月民警排班表"),
            Some((Some(2025), 10))
        );
        assert_eq!(month_in("Sheet1"), None);
        assert_eq!(month_in("说明"), None);
        assert_eq!(month_in("13月"), None);
        assert_eq!(year_in("2025年度排班"), Some(2025));
    }

    #[test]
    fn weekdays_as_written() {
        assert_eq!(weekday("三"), Some(Weekday::Wed));
        assert_eq!(weekday("星期日"), Some(Weekday::Sun));
        assert_eq!(weekday("周六"), Some(Weekday::Sat));
        assert_eq!(weekday("Mon"), Some(Weekday::Mon));
        assert_eq!(weekday("白班"), None);
    }

    fn grid(name: &str, rows: &[&[&str]]) -> Grid {
        Grid {
            name: name.into(),
            file: None,
            rows: rows
                .iter()
                .enumerate()
                .map(|(r, cells)| {
                    (
                        r as u32,
                        cells
                            .iter()
                            .enumerate()
                            .filter(|(_, t)| !t.is_empty())
                            .map(|(c, t)| (c as u32, t.to_string()))
                            .collect(),
                    )
                })
                .filter(|(_, cells): &(u32, Vec<(u32, String)>)| !cells.is_empty())
                .collect(),
        }
    }

    fn people() -> People<'static> {
        People::new(
            [
                ("P1", "张三"),
                ("P2", "李四"),
                ("P3", "李四"),
                ("P4", "王五"),
            ]
            .into_iter(),
            true,
        )
    }

    fn rows(raw: &RawTable) -> Vec<String> {
        let places = raw.places.as_ref().unwrap();
        (0..raw.frame.height())
            .map(|r| {
                let cell = |c: usize| {
                    raw.frame.columns()[c]
                        .str()
                        .unwrap()
                        .get(r)
                        .unwrap()
                        .to_string()
                };
                format!("{} {} {} {}", places.name(r), cell(0), cell(1), cell(2))
            })
            .collect()
    }

    #[test]
    fn a_monthly_sheet_with_title_weekdays_and_totals_reads_to_long_rows() {
        let sheet = grid(
            "10月",
            &[
                &["城关派出所2025年10月排班表"],
                &["序号", "警号", "姓名", "1", "2", "3", "出勤天数"],
                &["", "", "", "三", "四", "五", ""],
                &["1", "P1", "张三", "白班", "夜班", "休", "2"],
                &["2", "", "王五", "值班", "", "年休", "1"],
                &["", "", "在岗人数", "2", "1", "0", ""],
                &["制表：政治处"],
            ],
        );
        let mut problems = Problems::default();
        let raw = to_long("roster.xlsx", &[sheet], &people(), &mut problems).unwrap();
        assert!(problems.is_empty(), "{problems}");
        assert_eq!(
            rows(&raw),
            [
                "10月!D4 P1 2025-10-01 白班",
                "10月!E4 P1 2025-10-02 夜班",
                "10月!F4 P1 2025-10-03 休",
                "10月!D5 P4 2025-10-01 值班",
                "10月!F5 P4 2025-10-03 年休",
            ]
        );
        let note = raw.note.unwrap().to_string();
        assert!(note.contains("wide 排班表"), "{note}");
        assert!(note.contains("出勤天数"), "{note}");
    }

    #[test]
    fn every_cell_that_cannot_be_mapped_is_named_as_excel_names_it() {
        let sheet = grid(
            "10月",
            &[
                &["2025年"],
                &["警号", "姓名", "1", "2", "2"],
                &["", "", "三", "五", ""],
                &["P9", "", "白班", "", ""],
                &["", "李四", "白班", "", ""],
                &["P1", "王五", "白班", "", ""],
                &["", "", "白班"],
            ],
        );
        let mut problems = Problems::default();
        to_long("roster.xlsx", &[sheet], &people(), &mut problems);
        let text = problems.to_string();
        // The duplicate day header refuses the sheet before its rows are read.
        assert!(text.contains("10月!E2"), "{text}");
        assert!(text.contains("also the day of column D"), "{text}");

        let sheet = grid(
            "2025年10月",
            &[
                &["警号", "姓名", "1", "2"],
                &["", "", "三", "五"],
                &["P9", "", "白班", ""],
                &["", "李四", "白班", ""],
                &["P1", "王五", "白班", ""],
                &["", "", "白班"],
            ],
        );
        let mut problems = Problems::default();
        to_long("roster.xlsx", &[sheet], &people(), &mut problems);
        let text = problems.to_string();
        for expected in [
            "2025年10月!D2: \"五\"; 2025-10-02 is a 星期四",
            "2025年10月!A3: \"P9\"; no officer has this 警号",
            "2025年10月!B4: \"李四\"; 2 officers have this name (P2, P3)",
            "2025年10月!B5: \"王五\"; the officers table names P1 张三",
            "2025年10月!C6: \"白班\"; a row of shifts without 警号 or 姓名",
        ] {
            assert!(text.contains(expected), "{expected}\n{text}");
        }
    }

    #[test]
    fn day_numbers_without_a_month_are_refused_with_the_way_to_give_it() {
        let sheet = grid("Sheet1", &[&["警号", "1", "2"], &["P1", "白班", "休"]]);
        let mut problems = Problems::default();
        assert!(to_long("roster.csv", &[sheet], &people(), &mut problems).is_some());
        let text = problems.to_string();
        assert!(
            text.contains("Sheet1!B1: \"1\"; a day of the roster needs its month and year"),
            "{text}"
        );
    }

    #[test]
    fn other_sheets_are_skipped_when_sheets_are_named_like_months() {
        let oct = grid("2025-10", &[&["警号", "2025-10-31"], &["P1", "白班"]]);
        let nov = grid("2025-11", &[&["警号", "1"], &["P1", "夜班"]]);
        let notes = grid("说明", &[&["本表由政治处制"]]);
        let mut problems = Problems::default();
        let raw = to_long("roster.xlsx", &[notes, oct, nov], &people(), &mut problems).unwrap();
        assert!(problems.is_empty(), "{problems}");
        assert_eq!(
            rows(&raw),
            [
                "2025-10!B2 P1 2025-10-31 白班",
                "2025-11!B2 P1 2025-11-01 夜班"
            ]
        );
        assert!(raw.note.unwrap().to_string().contains("说明"));
    }
}
