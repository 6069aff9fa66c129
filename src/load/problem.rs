//! What is wrong with a bureau's files, said so that a planner can find and
//! fix every broken cell in one go.

use std::collections::BTreeMap;
use std::fmt;

/// At most this many problems are listed per file; the rest are counted.
pub const MAX_PER_FILE: usize = 50;

/// One broken cell, row, header or file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based; the header is line 1. `None` for a problem with the whole file.
    pub line: Option<usize>,
    pub column: Option<String>,
    pub value: Option<String>,
    pub expected: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        match (&self.column, self.line) {
            // A sheet's cell ("10月!AF7") says its row itself.
            (Some(cell), _) if cell.contains('!') => write!(f, ", {cell}")?,
            (column, line) => {
                if let Some(line) = line {
                    write!(f, ", line {line}")?;
                }
                if let Some(column) = column {
                    write!(f, ", column {column}")?;
                }
            }
        }
        match &self.value {
            Some(v) if v.is_empty() => write!(f, ": empty; {}", self.expected),
            Some(v) => write!(f, ": {:?}; {}", shorten(v), self.expected),
            None => write!(f, ": {}", self.expected),
        }
    }
}

fn shorten(v: &str) -> String {
    const MAX: usize = 60;
    if v.chars().count() <= MAX {
        v.to_string()
    } else {
        format!("{}...", v.chars().take(MAX).collect::<String>())
    }
}

/// Problems grouped by file, the first `MAX_PER_FILE` of each kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    files: BTreeMap<String, (Vec<Problem>, usize)>,
}

impl Problems {
    pub fn push(&mut self, p: Problem) {
        let (kept, total) = self.files.entry(p.file.clone()).or_default();
        *total += 1;
        if kept.len() < MAX_PER_FILE {
            kept.push(p);
        }
    }

    /// Adds the problems of `other` (read apart, say on another thread).
    pub fn extend(&mut self, other: Problems) {
        for (file, (kept, total)) in other.files {
            let (mine, n) = self.files.entry(file).or_default();
            *n += total;
            let room = MAX_PER_FILE.saturating_sub(mine.len());
            mine.extend(kept.into_iter().take(room));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn total(&self) -> usize {
        self.files.values().map(|(_, n)| n).sum()
    }

    /// Files in name order, each with its kept problems (in line order) and its total.
    pub fn by_file(&self) -> impl Iterator<Item = (&str, &[Problem], usize)> {
        self.files
            .iter()
            .map(|(f, (kept, n))| (f.as_str(), kept.as_slice(), *n))
    }

    /// Every kept problem.
    pub fn iter(&self) -> impl Iterator<Item = &Problem> {
        self.files.values().flat_map(|(kept, _)| kept)
    }

    /// Sorts each file's problems by line, so that checks run table by table
    /// still read top to bottom.
    pub fn sort(&mut self) {
        for (kept, _) in self.files.values_mut() {
            kept.sort_by_key(|p| p.line.unwrap_or(0));
        }
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (_, kept, total) in self.by_file() {
            for p in kept {
                writeln!(f, "{p}")?;
            }
            if total > kept.len() {
                let file = &kept[0].file;
                writeln!(f, "{file}: {} more problems not listed", total - kept.len())?;
            }
        }
        Ok(())
    }
}
