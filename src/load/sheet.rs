//! Typed access to the cells of a raw table. Each accessor either returns the
//! value or records a problem naming the file, line, column and value, so that
//! one pass over a table reports every broken cell.

pub use crate::core::period::{in_range, parse_date};
use crate::core::rules::{closest, suggestion};
use crate::i18n::{Arg, Message};
use crate::load::problem::{Problem, Problems};
use crate::load::source::RawTable;
use crate::msg;
use chrono::NaiveDate;

/// A column a table reads: its name in the contract, and the other names a
/// bureau's own files give it (Chinese headers; docs/data-format.md lists
/// them).
#[derive(Debug, Clone, Copy)]
pub struct Col {
    pub name: &'static str,
    pub required: bool,
    pub aliases: &'static [&'static str],
}

pub const fn req(name: &'static str) -> Col {
    Col {
        name,
        required: true,
        aliases: &[],
    }
}

pub const fn opt(name: &'static str) -> Col {
    Col {
        name,
        required: false,
        aliases: &[],
    }
}

impl Col {
    /// The same column, also found under `aliases`.
    pub const fn or(self, aliases: &'static [&'static str]) -> Col {
        Col { aliases, ..self }
    }

    pub fn named(&self, header: &str) -> bool {
        header == self.name || self.aliases.contains(&header)
    }
}

/// The cells of one table, by the columns asked for (in that order).
pub struct Sheet<'a> {
    pub file: &'a str,
    lines: &'a [usize],
    places: Option<&'a crate::load::source::Places>,
    cols: &'a [Col],
    /// One entry per asked column: its cells (empty for an absent optional column).
    cells: Vec<Vec<&'a str>>,
    /// The rows that hold anything (wholly empty rows are skipped).
    rows: Vec<usize>,
    pub problems: &'a mut Problems,
}

impl<'a> Sheet<'a> {
    /// Locates the asked columns in the header. Missing required columns and
    /// duplicated names are problems, and then no row is read.
    pub fn new(
        raw: &'a RawTable,
        cols: &'a [Col],
        problems: &'a mut Problems,
    ) -> Option<Sheet<'a>> {
        let header: Vec<String> = raw.header.iter().map(|h| h.trim().to_lowercase()).collect();
        let mut ok = true;
        let mut header_problem =
            |column: Option<String>, value: Option<String>, expected: Message| {
                ok = false;
                problems.push(Problem {
                    file: raw.file.clone(),
                    line: Some(1),
                    column,
                    value,
                    expected,
                });
            };
        let mut seen = std::collections::HashSet::new();
        for h in &header {
            if !h.is_empty() && !seen.insert(h.as_str()) {
                header_problem(Some(h.clone()), None, msg!("load-header-twice"));
            }
        }
        let mut positions = Vec::with_capacity(cols.len());
        for col in cols {
            let found: Vec<usize> = (0..header.len())
                .filter(|&i| col.named(&header[i]))
                .collect();
            // The same name twice is said above; here, two names of one column.
            let mut distinct: Vec<&str> = found.iter().map(|&i| header[i].as_str()).collect();
            distinct.sort_unstable();
            distinct.dedup();
            if distinct.len() > 1 {
                let names: Vec<&str> = found.iter().map(|&i| raw.header[i].trim()).collect();
                header_problem(
                    Some(col.name.into()),
                    None,
                    msg!(
                        "load-header-times",
                        "n" => found.len(),
                        "names" => crate::i18n::Arg::texts(names),
                    ),
                );
            }
            let at = found.first().copied();
            if at.is_none() && col.required {
                let near = match closest(col.name, header.iter().map(String::as_str)) {
                    Some(c) => Arg::from(msg!("load-header-has", "name" => c)),
                    None => Arg::Text(String::new()),
                };
                header_problem(
                    Some(col.name.into()),
                    None,
                    msg!("load-header-missing", "column" => col.name, "near" => near),
                );
            }
            positions.push(at);
        }
        if !ok {
            return None;
        }
        let height = raw.frame.height();
        let mut all: Vec<Vec<&str>> = raw
            .frame
            .columns()
            .iter()
            .map(|c| match c.str() {
                Ok(ca) => ca.iter().map(|v| v.unwrap_or("").trim()).collect(),
                Err(_) => vec![""; height],
            })
            .collect();
        let rows = (0..height)
            .filter(|&r| all.iter().any(|c| !c[r].is_empty()))
            .collect();
        let cells: Vec<Vec<&str>> = positions
            .iter()
            .map(|at| at.map(|i| std::mem::take(&mut all[i])).unwrap_or_default())
            .collect();
        Some(Sheet {
            file: &raw.file,
            lines: &raw.lines,
            places: raw.places.as_ref(),
            cols,
            cells,
            rows,
            problems,
        })
    }

    /// Rows to read (indices into the table).
    pub fn rows(&self) -> Vec<usize> {
        self.rows.clone()
    }

    pub fn line(&self, row: usize) -> usize {
        self.lines[row]
    }

    /// The table was made from a wide roster.
    pub fn is_wide(&self) -> bool {
        self.places.is_some()
    }

    /// The trimmed text of a cell ("" for an absent optional column).
    pub fn text(&self, row: usize, col: usize) -> &'a str {
        self.cells[col].get(row).copied().unwrap_or("")
    }

    pub fn problem(&mut self, row: usize, col: usize, expected: Message) {
        let value = self.text(row, col).to_string();
        // A wide roster's row is one cell: the cell is named, not the column.
        let column = match self.places {
            Some(places) => places.name(row),
            None => self.cols[col].name.into(),
        };
        self.problems.push(Problem {
            file: self.file.to_string(),
            line: Some(self.line(row)),
            column: Some(column),
            value: Some(value),
            expected,
        });
    }

    /// A cell that must not be empty.
    /// `what`: what the cell holds, for "expected ...".
    pub fn non_empty(&mut self, row: usize, col: usize, what: Message) -> Option<&'a str> {
        let v = self.text(row, col);
        if v.is_empty() {
            self.problem(row, col, msg!("load-expected", "what" => what));
            None
        } else {
            Some(v)
        }
    }

    pub fn date(&mut self, row: usize, col: usize) -> Option<NaiveDate> {
        let v = self.text(row, col);
        match parse_date(v) {
            Some(d) if in_range(d) => Some(d),
            Some(_) => {
                self.problem(row, col, msg!("load-date-range"));
                None
            }
            None => {
                self.problem(row, col, msg!("load-date"));
                None
            }
        }
    }

    /// A finite number within `[min, max]`; `min_exclusive` makes the lower bound strict.
    pub fn number(
        &mut self,
        row: usize,
        col: usize,
        min: f64,
        min_exclusive: bool,
        max: f64,
        what: Message,
    ) -> Option<f64> {
        let v = self.text(row, col);
        match parse_number(v) {
            Some(x) if (x > min || (!min_exclusive && x == min)) && x <= max => Some(x),
            _ => {
                self.problem(row, col, msg!("load-expected", "what" => what));
                None
            }
        }
    }

    /// A whole number of at least `min` (a spreadsheet's "3.0" is 3).
    pub fn integer(&mut self, row: usize, col: usize, min: u64, what: Message) -> Option<u64> {
        let v = self.text(row, col);
        match parse_number(v) {
            Some(x) if x.fract() == 0.0 && x >= min as f64 && x <= u32::MAX as f64 => {
                Some(x as u64)
            }
            _ => {
                self.problem(row, col, msg!("load-expected", "what" => what));
                None
            }
        }
    }

    /// One of a fixed set of codes, spelled exactly.
    pub fn code<T>(
        &mut self,
        row: usize,
        col: usize,
        parse: fn(&str) -> Option<T>,
        codes: &[&str],
    ) -> Option<T> {
        let v = self.text(row, col);
        let parsed = parse(v);
        if parsed.is_none() {
            let shown: Vec<Arg> = codes
                .iter()
                .map(|c| {
                    if c.is_empty() {
                        Arg::Term("load-empty".into())
                    } else {
                        Arg::Text(c.to_string())
                    }
                })
                .collect();
            let near = suggestion(v, codes.iter().copied().filter(|c| !c.is_empty()));
            self.problem(
                row,
                col,
                msg!("load-one-of", "codes" => Arg::List(shown), "near" => near),
            );
        }
        parsed
    }
}

/// A finite decimal number ("nan", "inf" and friends are not numbers here).
pub fn parse_number(s: &str) -> Option<f64> {
    if s.is_empty()
        || s.bytes()
            .any(|c| c.is_ascii_alphabetic() && c != b'e' && c != b'E')
    {
        return None;
    }
    s.parse::<f64>().ok().filter(|x| x.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_finite_decimals() {
        assert_eq!(parse_number("7.5"), Some(7.5));
        assert_eq!(parse_number("8"), Some(8.0));
        assert_eq!(parse_number("1e1"), Some(10.0));
        for bad in ["nan", "NaN", "inf", "-infinity", "", "8h", "1,5"] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }
}
