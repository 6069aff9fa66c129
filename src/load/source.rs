//! Finding a bureau's tables in its folder and reading each into a frame of
//! text columns, whatever its format, with the line each row came from.
//!
//! Everything is read as text and typed later (`crate::load::sheet`): that is
//! the only way to report the exact cell a planner has to fix.

use crate::i18n::Message;
use crate::load::problem::{Problem, Problems};
use crate::load::text;
use crate::load::wide;
use crate::msg;
use calamine::Reader as _;
use polars::prelude::*;
use std::io::Cursor;
use std::path::{Path, PathBuf};

/// The tables of a bureau folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Table {
    Units,
    Officers,
    Roster,
    Households,
    Overtime,
    Inspections,
    Meetings,
    Holidays,
    Assignments,
}

impl Table {
    pub const ALL: [Table; 9] = [
        Table::Units,
        Table::Officers,
        Table::Roster,
        Table::Households,
        Table::Overtime,
        Table::Inspections,
        Table::Meetings,
        Table::Holidays,
        Table::Assignments,
    ];

    /// The file stem of the table.
    pub fn name(self) -> &'static str {
        match self {
            Table::Units => "units",
            Table::Officers => "officers",
            Table::Roster => "roster",
            Table::Households => "households",
            Table::Overtime => "overtime",
            Table::Inspections => "inspections",
            Table::Meetings => "meetings",
            Table::Holidays => "holidays",
            Table::Assignments => "assignments",
        }
    }

    pub fn required(self) -> bool {
        matches!(
            self,
            Table::Units | Table::Officers | Table::Roster | Table::Households
        )
    }
}

/// The formats a table may come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
    Parquet,
    /// A folder of wide rosters (roster/ or 排班表/), one workbook or CSV
    /// file per station, as the stations send them.
    Folder,
}

/// The names a folder of wide rosters may have.
pub const ROSTER_FOLDERS: [&str; 2] = ["roster", "排班表"];

/// The roster files in a folder of wide rosters, by name: workbooks and CSV
/// files, without hidden files and the lock files Excel and WPS leave
/// ("~$name.xlsx").
pub fn folder_files(dir: &Path) -> std::io::Result<Vec<(PathBuf, Format)>> {
    let mut files: Vec<(PathBuf, Format)> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| !n.starts_with('.') && !n.starts_with("~$"))
        })
        .filter_map(|p| {
            let ext = p.extension()?.to_str()?.to_string();
            match Format::from_extension(&ext)? {
                Format::Parquet => None,
                f => Some((p, f)),
            }
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}

impl Format {
    fn from_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "csv" => Some(Format::Csv),
            "xlsx" => Some(Format::Xlsx),
            "parquet" => Some(Format::Parquet),
            _ => None,
        }
    }
}

/// The files of a bureau folder.
#[derive(Debug, Default)]
pub struct Folder {
    pub tables: Vec<(Table, PathBuf, Format)>,
    pub rules: Option<PathBuf>,
}

/// Finds each table's file (names matched without regard to case). Two
/// files for one table, or a required table without a file, are problems.
pub fn find(dir: &Path, problems: &mut Problems) -> std::io::Result<Folder> {
    let all: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    let mut entries: Vec<PathBuf> = all.iter().filter(|p| p.is_file()).cloned().collect();
    entries.sort();
    let mut roster_folders: Vec<PathBuf> = all
        .iter()
        .filter(|p| p.is_dir())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| ROSTER_FOLDERS.contains(&n.trim().to_lowercase().as_str()))
        })
        .cloned()
        .collect();
    roster_folders.sort();
    let mut folder = Folder::default();
    let stem_ext = |p: &Path| {
        let stem = p.file_stem()?.to_str()?.trim().to_lowercase();
        let ext = p.extension()?.to_str()?.to_string();
        Some((stem, ext))
    };
    for table in Table::ALL {
        let mut found: Vec<(PathBuf, Format)> = entries
            .iter()
            .filter_map(|p| {
                let (stem, ext) = stem_ext(p)?;
                (stem == table.name()).then_some(())?;
                Some((p.clone(), Format::from_extension(&ext)?))
            })
            .collect();
        if table == Table::Roster {
            found.extend(roster_folders.iter().map(|p| (p.clone(), Format::Folder)));
        }
        match found.as_slice() {
            [] if table.required() => problems.push(Problem {
                file: format!("{}.csv", table.name()),
                line: None,
                column: None,
                value: None,
                expected: if table == Table::Roster {
                    msg!("source-no-roster", "dir" => dir.display().to_string())
                } else {
                    msg!(
                        "source-no-table",
                        "table" => table.name(),
                        "dir" => dir.display().to_string(),
                    )
                },
            }),
            [] => {}
            [(path, format)] => folder.tables.push((table, path.clone(), *format)),
            several => problems.push(Problem {
                file: display_name(&several[0].0),
                line: None,
                column: None,
                value: None,
                expected: msg!(
                    "source-several",
                    "table" => table.name(),
                    "files" => crate::i18n::Arg::texts(several.iter().map(|(p, _)| display_name(p)))
                ),
            }),
        }
    }
    folder.rules = entries
        .iter()
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.eq_ignore_ascii_case("rules.toml"))
        })
        .cloned();
    Ok(folder)
}

/// The name of a file as shown in messages.
pub fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// A table as read: header names normalised (trimmed, lower case), every
/// cell as text, and the line each row starts on (header = line 1).
#[derive(Debug)]
pub struct RawTable {
    pub file: String,
    pub header: Vec<String>,
    pub frame: DataFrame,
    pub lines: Vec<usize>,
    /// Said to the user, e.g. that the file was read as GBK.
    pub note: Option<Message>,
    /// For a table made from a wide roster: the cell each row came from.
    pub places: Option<Places>,
}

/// The cells of one sheet that hold something, by row (0-based rows and
/// columns, as calamine counts them).
#[derive(Debug, Default)]
pub struct Grid {
    pub name: String,
    /// The file of the sheet when a roster is a folder of files ("[城关.xlsx]").
    pub file: Option<String>,
    pub rows: std::collections::BTreeMap<u32, Vec<(u32, String)>>,
}

/// Where each row of a table made from a wide roster came from.
#[derive(Debug, Default)]
pub struct Places {
    pub sheets: Vec<String>,
    /// Per row: the sheet (an index into `sheets`), row and column.
    pub cells: Vec<(u32, u32, u32)>,
}

impl Places {
    /// The cell of row `r` as Excel names it: "10月!AF7".
    pub fn name(&self, r: usize) -> String {
        let (sheet, row, col) = self.cells[r];
        format!("{}!{}", self.sheets[sheet as usize], cell_name(row, col))
    }
}

/// Notes said together, in order ("...; ..."); none when there are none.
pub fn joined(notes: Vec<Message>) -> Option<Message> {
    notes
        .into_iter()
        .reduce(|a, b| msg!("note-and", "a" => a, "b" => b))
}

/// Reads one file into a `RawTable`, or reports why it cannot.
pub fn read(path: &Path, format: Format, problems: &mut Problems) -> Option<RawTable> {
    let file = display_name(path);
    let whole_file = |expected: Message| Problem {
        file: file.clone(),
        line: None,
        column: None,
        value: None,
        expected,
    };
    // The readers below are third-party parsers fed arbitrary bytes: a panic
    // in one of them becomes a refusal of the file, never a crash, and
    // nothing is printed of it.
    let result = crate::quiet::catch(|| match format {
        Format::Csv => read_csv(path, &file, problems),
        Format::Xlsx => read_xlsx(path, &file, problems),
        Format::Parquet => read_parquet(path, &file),
        Format::Folder => Err(msg!("source-folder")),
    });
    match result {
        Ok(Ok(Some(table))) => Some(table),
        Ok(Ok(None)) => None,
        Ok(Err(message)) => {
            problems.push(whole_file(message));
            None
        }
        Err(what) => {
            // polars names a type it was built without ("activate
            // 'dtype-decimal' feature"): say which, in a planner's words.
            let expected = match what.split("dtype-").nth(1) {
                Some(kind) => msg!(
                    "source-type",
                    "kind" => kind.split(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or(kind),
                ),
                None => msg!("source-damaged"),
            };
            problems.push(whole_file(expected));
            None
        }
    }
}

fn read_csv(path: &Path, file: &str, problems: &mut Problems) -> Result<Option<RawTable>, Message> {
    let bytes = std::fs::read(path).map_err(|e| msg!("load-unreadable", "why" => e.to_string()))?;
    let mut decoded = text::decode(&bytes)?;
    // "CSV (Macintosh)": every line ends with CR alone. Read as lines.
    let cr_only = decoded.text.contains('\r') && !decoded.text.contains('\n');
    if cr_only {
        decoded.text = std::borrow::Cow::Owned(decoded.text.replace('\r', "\n"));
    }
    let records = match text::scan(&decoded.text) {
        Ok(records) => records,
        Err((line, message)) => {
            problems.push(Problem {
                file: file.to_string(),
                line: Some(line),
                column: None,
                value: None,
                expected: message,
            });
            return Ok(None);
        }
    };
    let Some(&header_fields) = records.fields.first() else {
        return Err(msg!("source-empty"));
    };
    if records.blank[0] {
        return Err(msg!("source-blank-first"));
    }
    // Rows with a different number of fields than the header are refused
    // here: polars would pad or truncate them silently.
    let mut ragged = false;
    for ((line, &n), &blank) in records
        .lines
        .iter()
        .zip(&records.fields)
        .zip(&records.blank)
        .skip(1)
    {
        if n != header_fields && !blank {
            ragged = true;
            problems.push(Problem {
                file: file.to_string(),
                line: Some(*line),
                column: None,
                value: None,
                expected: msg!("source-fields", "n" => n, "header" => header_fields),
            });
        }
    }
    if ragged {
        return Ok(None);
    }
    let text_bytes = decoded.text.as_bytes().to_vec();
    let frame = CsvReadOptions::default()
        .with_has_header(false)
        .with_infer_schema_length(Some(0))
        .with_raise_if_empty(false)
        .into_reader_with_file_handle(Cursor::new(text_bytes))
        .finish()
        .map_err(|e| msg!("source-bad-csv", "why" => e.to_string()))?;
    let header: Vec<String> = frame
        .columns()
        .iter()
        .map(|c| {
            c.str()
                .ok()
                .and_then(|s| s.get(0))
                .unwrap_or("")
                .to_string()
        })
        .collect();
    let frame = frame.slice(1, frame.height().saturating_sub(1));
    // The scan and polars agree on the records of any file that got here;
    // should they ever not, fall back to counting one line per row.
    let lines = if records.lines.len() == frame.height() + 1 {
        records.lines[1..].to_vec()
    } else {
        (0..frame.height()).map(|i| i + 2).collect()
    };
    let mut notes = Vec::new();
    if decoded.was_gbk {
        notes.push(msg!("note-gbk", "file" => file));
    }
    if cr_only {
        notes.push(msg!("note-cr", "file" => file));
    }
    let note = joined(notes);
    Ok(Some(RawTable {
        file: file.to_string(),
        header,
        frame,
        lines,
        note,
        places: None,
    }))
}

/// What a spreadsheet may hold, far above any real bureau (a year of a
/// 5,000-officer roster is 1.8 million cells) and within what Excel itself
/// allows: beyond these a workbook is refused, before it can take the
/// memory or the time it asks for.
pub mod limits {
    /// Rows of a sheet (Excel's own limit).
    pub const ROWS: u32 = 1_048_576;
    /// Columns of a table.
    pub const COLUMNS: u32 = 1_024;
    /// Characters of one cell (Excel's own limit).
    pub const CELL_CHARS: usize = 32_767;
    /// Cells with content in one sheet.
    pub const CELLS: usize = 20_000_000;
    /// The sheet's XML, unpacked (it is read as a stream).
    pub const SHEET_BYTES: u64 = 4 << 30;
    /// The workbook's shared strings, unpacked (they are held in memory).
    pub const STRINGS_BYTES: u64 = 512 << 20;
    /// Bytes of text or spaces between two XML tags (a cell of 32,767
    /// characters takes at most 128 KB).
    pub const XML_RUN: usize = 1 << 20;
}

/// Excel's name of a cell: (0, 0) is A1.
pub fn cell_name(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut c = col as u64 + 1;
    while c > 0 {
        letters.push(b'A' + ((c - 1) % 26) as u8);
        c = (c - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8_lossy(&letters), row as u64 + 1)
}

/// Refuses a workbook whose parts would unpack beyond the limits.
fn check_unpacked_sizes(path: &Path) -> Result<(), Message> {
    let handle =
        std::fs::File::open(path).map_err(|e| msg!("load-unreadable", "why" => e.to_string()))?;
    let mut zip = ::zip::ZipArchive::new(std::io::BufReader::new(handle))
        .map_err(|e| msg!("source-bad-xlsx", "why" => e.to_string()))?;
    for i in 0..zip.len() {
        let Ok(entry) = zip.by_index_raw(i) else {
            continue;
        };
        let Ok(part) = entry.name().map(|n| n.to_string()) else {
            continue;
        };
        let name = part.to_ascii_lowercase();
        let limit = if name.ends_with("sharedstrings.xml") {
            limits::STRINGS_BYTES
        } else if name.starts_with("xl/worksheets/") {
            limits::SHEET_BYTES
        } else {
            continue;
        };
        if entry.size() > limit {
            return Err(msg!(
                "source-part-size",
                "part" => &part,
                "size" => (entry.size() >> 20) as usize,
                "limit" => (limit >> 20) as usize,
            ));
        }
        // A part no bigger than the longest run allowed cannot hold one (the
        // zip reader refuses to inflate a part past its declared size, so
        // the size is not merely a claim): the rosters' many small sheets
        // are not inflated twice.
        if entry.size() <= limits::XML_RUN as u64 {
            continue;
        }
        drop(entry);
        // The XML parser holds a whole text or tag in memory: a run of
        // megabytes of spaces between two cells would take as much. Scanned
        // as a stream first (memory stays a buffer's worth).
        let Ok(entry) = zip.by_index(i) else {
            continue;
        };
        if let Some(run) = longest_run(entry, limits::XML_RUN) {
            return Err(msg!(
                "source-part-run",
                "part" => &part,
                "limit" => limits::XML_RUN >> 20,
                "run" => run,
            ));
        }
    }
    Ok(())
}

/// The length of the first run of bytes without `<` or `>` longer than
/// `limit`, if any (read as a stream; a read error ends the scan, the
/// parser reports it).
fn longest_run(mut reader: impl std::io::Read, limit: usize) -> Option<usize> {
    // Chunks no longer than the limit: a run beyond it then crosses a
    // chunk's edge, and only each chunk's first and last bracket (found
    // by memchr) need looking at, never every byte.
    let mut buf = vec![0u8; limit.clamp(1, 1 << 16)];
    let mut run = 0usize;
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) | Err(_) => return None,
            Ok(n) => n,
        };
        let chunk = &buf[..n];
        match memchr::memchr2(b'<', b'>', chunk) {
            Some(first) => {
                if run + first > limit {
                    return Some(run + first);
                }
                let last = memchr::memrchr2(b'<', b'>', chunk).unwrap_or(first);
                run = n - last - 1;
            }
            None => {
                run += n;
                if run > limit {
                    return Some(run);
                }
            }
        }
    }
}

fn read_xlsx(
    path: &Path,
    file: &str,
    problems: &mut Problems,
) -> Result<Option<RawTable>, Message> {
    let mut book = open_xlsx(path)?;
    let Some(sheet) = book.sheet_names().first().cloned() else {
        return Err(msg!("source-no-sheet"));
    };
    let mut count = 0;
    let grid = read_sheet(&mut book, &sheet, file, &mut count, problems)?;
    grid_to_raw(grid, file).map(Some)
}

fn open_xlsx(path: &Path) -> Result<calamine::Xlsx<std::io::BufReader<std::fs::File>>, Message> {
    check_unpacked_sizes(path)?;
    calamine::open_workbook(path)
        .map_err(|e: calamine::XlsxError| msg!("source-bad-xlsx", "why" => e.to_string()))
}

/// The cells of one sheet that hold something. `count` is the cells read
/// so far from the workbook (the limit is on the whole workbook).
fn read_sheet(
    book: &mut calamine::Xlsx<std::io::BufReader<std::fs::File>>,
    sheet: &str,
    file: &str,
    count: &mut usize,
    problems: &mut Problems,
) -> Result<Grid, Message> {
    use calamine::DataRef;
    let mut cells = book
        .worksheet_cells_reader(sheet)
        .map_err(|e| msg!("source-bad-sheet", "sheet" => sheet, "why" => e.to_string()))?;
    // The cells that hold something, by row: the sheet's stated dimensions
    // are not trusted (a single cell at XFD1048576 would make them huge).
    let mut grid = Grid {
        name: sheet.to_string(),
        file: None,
        rows: Default::default(),
    };
    loop {
        let cell = match cells.next_cell() {
            Ok(Some(cell)) => cell,
            Ok(None) => break,
            Err(e) => {
                return Err(msg!("source-bad-sheet", "sheet" => sheet, "why" => e.to_string()));
            }
        };
        let (row, col) = cell.get_position();
        let at = || format!("{sheet}!{}", cell_name(row, col));
        let text = match cell.get_value() {
            DataRef::Empty => continue,
            DataRef::Error(e) => {
                problems.push(Problem {
                    file: file.to_string(),
                    line: Some(row as usize + 1),
                    column: Some(at()),
                    value: Some(e.to_string()),
                    expected: msg!("source-formula-error"),
                });
                e.to_string()
            }
            DataRef::String(s) => s.clone(),
            DataRef::SharedString(s) => s.to_string(),
            other => cell_text(&calamine::Data::from(other.clone())),
        };
        if text.trim().is_empty() {
            continue;
        }
        if row >= limits::ROWS || col >= limits::COLUMNS {
            return Err(msg!(
                "source-cell-far",
                "cell" => at(),
                "rows" => limits::ROWS as usize,
                "columns" => limits::COLUMNS as usize,
            ));
        }
        if text.len() > limits::CELL_CHARS && text.chars().count() > limits::CELL_CHARS {
            return Err(msg!(
                "source-cell-long",
                "cell" => at(),
                "limit" => limits::CELL_CHARS,
            ));
        }
        *count += 1;
        if *count > limits::CELLS {
            return Err(msg!("source-cells", "limit" => limits::CELLS));
        }
        grid.rows.entry(row).or_default().push((col, text));
    }
    Ok(grid)
}

/// A sheet as a table: its first row with content is the header.
fn grid_to_raw(grid: Grid, file: &str) -> Result<RawTable, Message> {
    let Some((&header_row, header_cells)) = grid.rows.iter().next() else {
        return Err(msg!("source-empty-sheet", "sheet" => &grid.name));
    };
    let width = grid
        .rows
        .values()
        .flat_map(|cells| cells.iter().map(|(c, _)| c + 1))
        .max()
        .unwrap_or(0);
    let mut header = vec![String::new(); width as usize];
    for (col, text) in header_cells {
        header[*col as usize] = text.clone();
    }
    // Columns after the last named one hold nothing the tables read.
    let named = header
        .iter()
        .rposition(|h| !h.trim().is_empty())
        .map_or(0, |i| i + 1);
    header.truncate(named);
    let mut columns: Vec<Vec<String>> = vec![Vec::new(); named];
    let mut lines = Vec::new();
    for (&row, cells) in grid.rows.range(header_row + 1..) {
        lines.push(row as usize + 1);
        for column in columns.iter_mut() {
            column.push(String::new());
        }
        for (col, text) in cells {
            if let Some(column) = columns.get_mut(*col as usize) {
                *column.last_mut().expect("pushed above") = text.clone();
            }
        }
    }
    let columns: Vec<Column> = columns
        .into_iter()
        .enumerate()
        .map(|(i, values)| Column::new(format!("column_{i}").into(), values))
        .collect();
    let frame = DataFrame::new(lines.len(), columns)
        .map_err(|e| msg!("load-unreadable", "why" => e.to_string()))?;
    Ok(RawTable {
        file: file.to_string(),
        header,
        frame,
        lines,
        note: None,
        places: None,
    })
}

/// A roster file as its reader found it: the contract's long table, or a
/// wide 排班表 already read into long rows.
enum RosterFile {
    Long(RawTable),
    Wide(Box<wide::Part>, Option<Message>),
}

/// Reads the roster: a long table, a wide 排班表 (told apart by the header:
/// a long roster's header names a date and a shift column), or a folder of
/// the stations' 排班表. A wide roster comes back as the long tables it
/// holds (one per file), each row with its cell, and what to tell the user.
pub fn read_roster(
    path: &Path,
    format: Format,
    people: &wide::People,
    problems: &mut Problems,
) -> Option<(Vec<RawTable>, Option<Message>)> {
    let file = display_name(path);
    if format == Format::Folder {
        return read_roster_folder(path, people, problems);
    }
    match read_roster_file(path, format, &file, people, problems)? {
        RosterFile::Long(raw) => {
            let note = raw.note.clone();
            Some((vec![raw], note))
        }
        RosterFile::Wide(part, note) => {
            let notes: Vec<Message> = note
                .into_iter()
                .chain([part.summary().note(&file)])
                .collect();
            let raw = part.into_table(&file, None, problems)?;
            Some((vec![raw], joined(notes)))
        }
    }
}

/// One roster file; a wide one's problems are filed under `filed_as`.
fn read_roster_file(
    path: &Path,
    format: Format,
    filed_as: &str,
    people: &wide::People,
    problems: &mut Problems,
) -> Option<RosterFile> {
    let file = display_name(path);
    let in_folder = (filed_as != file).then(|| file.clone());
    let part = |sheets: Vec<Grid>, problems: &mut Problems| {
        let sheets: Vec<Grid> = sheets
            .into_iter()
            .map(|g| Grid {
                file: in_folder.clone(),
                ..g
            })
            .collect();
        wide::read_part(filed_as, &sheets, people, problems)
    };
    if format != Format::Xlsx {
        let raw = read(path, format, problems)?;
        if format == Format::Parquet || crate::load::tables::roster_is_long(&raw.header) {
            return Some(RosterFile::Long(raw));
        }
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let note = raw.note.clone();
        let sheets = vec![raw_to_grid(raw, stem)];
        return Some(RosterFile::Wide(Box::new(part(sheets, problems)), note));
    }
    let result = crate::quiet::catch(|| -> Result<Result<RawTable, Vec<Grid>>, Message> {
        let mut book = open_xlsx(path)?;
        let names = book.sheet_names();
        let Some(first) = names.first().cloned() else {
            return Err(msg!("source-no-sheet"));
        };
        let mut count = 0;
        let grid = read_sheet(&mut book, &first, &file, &mut count, problems)?;
        let header: Vec<String> = grid
            .rows
            .values()
            .next()
            .map(|cells| cells.iter().map(|(_, t)| t.clone()).collect())
            .unwrap_or_default();
        if crate::load::tables::roster_is_long(&header) {
            return grid_to_raw(grid, &file).map(Ok);
        }
        let mut sheets = vec![grid];
        for name in &names[1..] {
            sheets.push(read_sheet(&mut book, name, &file, &mut count, problems)?);
        }
        Ok(Err(sheets))
    });
    let expected = match result {
        Ok(Ok(Ok(raw))) => return Some(RosterFile::Long(raw)),
        Ok(Ok(Err(sheets))) => {
            return Some(RosterFile::Wide(Box::new(part(sheets, problems)), None));
        }
        Ok(Err(message)) => message,
        Err(_) => msg!("source-damaged"),
    };
    problems.push(Problem {
        file,
        line: None,
        column: None,
        value: None,
        expected,
    });
    None
}

/// A folder of wide rosters, every file's sheets read as one roster; the
/// files are read on every core.
fn read_roster_folder(
    path: &Path,
    people: &wide::People,
    problems: &mut Problems,
) -> Option<(Vec<RawTable>, Option<Message>)> {
    let folder = display_name(path);
    let whole = |expected: Message| Problem {
        file: folder.clone(),
        line: None,
        column: None,
        value: None,
        expected,
    };
    let files = match folder_files(path) {
        Ok(files) => files,
        Err(e) => {
            problems.push(whole(msg!("load-unreadable", "why" => e.to_string())));
            return None;
        }
    };
    if files.is_empty() {
        problems.push(whole(msg!("source-empty-folder")));
        return None;
    }
    // Each file read, and made the long table it holds, on every core.
    type Read = (
        Result<(RawTable, wide::Summary, Option<Message>), bool>,
        Problems,
    );
    let read: Vec<Read> = crate::core::parallel::balanced(&files, |(file, format)| {
        let mut own = Problems::default();
        let name = format!("{folder}/{}", display_name(file));
        let table = match read_roster_file(file, *format, &folder, people, &mut own) {
            Some(RosterFile::Wide(part, note)) => {
                let summary = part.summary();
                match part.into_table(&name, None, &mut own) {
                    Some(mut raw) => {
                        raw.file = folder.clone();
                        Ok((raw, summary, note))
                    }
                    None => Err(false),
                }
            }
            Some(RosterFile::Long(_)) => Err(true),
            None => Err(false),
        };
        (table, own)
    });
    let mut tables = Vec::new();
    let mut summary = wide::Summary::default();
    let mut notes = Vec::new();
    let mut whole_read = true;
    for ((file, _), (table, own)) in files.iter().zip(read) {
        problems.extend(own);
        match table {
            Ok((raw, read, note)) => {
                summary.merge(read);
                notes.extend(note);
                tables.push(raw);
            }
            Err(long) => {
                whole_read = false;
                if long {
                    problems.push(Problem {
                        file: format!("{folder}/{}", display_name(file)),
                        ..whole(msg!("source-long-in-folder"))
                    });
                }
            }
        }
    }
    if !whole_read {
        return None;
    }
    notes.push(summary.note(&folder));
    Some((tables, joined(notes)))
}

/// A table read from text as a sheet named `name` (as Excel names a CSV
/// file's only sheet after the file): row `line - 1`, the header row 0.
fn raw_to_grid(raw: RawTable, name: String) -> Grid {
    let mut rows: std::collections::BTreeMap<u32, Vec<(u32, String)>> = Default::default();
    let cells = |values: Vec<(u32, String)>| -> Vec<(u32, String)> {
        values
            .into_iter()
            .filter(|(_, t)| !t.trim().is_empty())
            .collect()
    };
    rows.insert(
        0,
        cells(
            raw.header
                .iter()
                .enumerate()
                .map(|(c, t)| (c as u32, t.clone()))
                .collect(),
        ),
    );
    let columns: Vec<Vec<String>> = raw
        .frame
        .columns()
        .iter()
        .map(|c| match c.str() {
            Ok(ca) => ca.iter().map(|v| v.unwrap_or("").to_string()).collect(),
            Err(_) => vec![String::new(); raw.frame.height()],
        })
        .collect();
    for (r, &line) in raw.lines.iter().enumerate() {
        let row = cells(
            columns
                .iter()
                .enumerate()
                .map(|(c, values)| (c as u32, values[r].clone()))
                .collect(),
        );
        if !row.is_empty() {
            rows.insert(line as u32 - 1, row);
        }
    }
    Grid {
        name,
        file: None,
        rows,
    }
}

impl Grid {
    /// The sheet as a cell reference names it: "10月", or "[城关.xlsx]10月"
    /// in a folder of rosters.
    pub fn label(&self) -> String {
        match &self.file {
            Some(file) => format!("[{file}]{}", self.name),
            None => self.name.clone(),
        }
    }
}

/// A spreadsheet cell as the text a planner sees in it: whole numbers without
/// ".0", dates as YYYY-MM-DD.
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.into(),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(t) if t.time() == chrono::NaiveTime::MIN => t.date().to_string(),
            Some(t) => t.to_string(),
            None => dt.as_f64().to_string(),
        },
        Data::DateTimeIso(s) => s.strip_suffix("T00:00:00").unwrap_or(s).to_string(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

fn read_parquet(path: &Path, file: &str) -> Result<Option<RawTable>, Message> {
    let handle =
        std::fs::File::open(path).map_err(|e| msg!("load-unreadable", "why" => e.to_string()))?;
    let frame = ParquetReader::new(handle)
        .finish()
        .map_err(|e| msg!("source-bad-parquet", "why" => e.to_string()))?;
    let header: Vec<String> = frame
        .get_column_names()
        .iter()
        .map(|n| n.to_string())
        .collect();
    let columns = frame
        .columns()
        .iter()
        .map(|c| c.cast(&DataType::String))
        .collect::<PolarsResult<Vec<Column>>>()
        .map_err(|e| msg!("source-bad-column", "why" => e.to_string()))?;
    let frame = DataFrame::new(frame.height(), columns)
        .map_err(|e| msg!("load-unreadable", "why" => e.to_string()))?;
    let lines = (0..frame.height()).map(|i| i + 2).collect();
    Ok(Some(RawTable {
        file: file.to_string(),
        header,
        frame,
        lines,
        note: None,
        places: None,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads a few bytes at a time, so that runs cross the reads.
    struct Trickle<'a>(&'a [u8]);

    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.0.len().min(buf.len()).min(3);
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn the_longest_run_between_tags_is_found_across_reads() {
        let xml = b"<a>12345</a><b>1234567890</b>";
        assert_eq!(longest_run(Trickle(xml), 10), None);
        assert_eq!(longest_run(Trickle(xml), 9), Some(10));
        assert_eq!(longest_run(&xml[..], 4), Some(5));
        // A run at the end, without a closing tag.
        assert_eq!(longest_run(Trickle(b"<a>123456"), 5), Some(6));
        assert_eq!(longest_run(Trickle(b"123<"), 3), None);
    }
}
