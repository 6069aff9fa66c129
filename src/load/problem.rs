//! What is wrong with a bureau's files, said so that a planner can find and
//! fix every broken cell in one go.

use crate::i18n::{Arg, Lang, Message, Tr, tr};
use std::collections::BTreeMap;
use std::fmt;

/// At most this many problems are listed per file; the rest are counted.
pub const MAX_PER_FILE: usize = 50;

/// One broken cell, row, header or file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub file: String,
    /// 1-based; the header is line 1. `None` for a problem with the whole file.
    pub line: Option<usize>,
    pub column: Option<String>,
    pub value: Option<String>,
    /// What was expected, or what is wrong.
    pub expected: Message,
}

impl Problem {
    /// The problem in the language of `tr`: where (file, line, column or a
    /// sheet's cell), the value, and what was expected.
    pub fn text(&self, tr: &Tr) -> String {
        let mut out = self.file.clone();
        match (&self.column, self.line) {
            // A sheet's cell ("10月!AF7") says its row itself.
            (Some(cell), _) if cell.contains('!') => {
                out.push_str(&tr.args("problem-cell", &[("cell", cell.as_str().into())]))
            }
            (column, line) => {
                if let Some(line) = line {
                    out.push_str(&tr.args("problem-line", &[("line", Arg::Count(line as f64))]));
                }
                if let Some(column) = column {
                    out.push_str(&tr.args("problem-column", &[("column", column.as_str().into())]));
                }
            }
        }
        let expected = self.expected.text(tr);
        let rest = match &self.value {
            Some(v) if v.is_empty() => tr.args("problem-empty", &[("expected", expected.into())]),
            Some(v) => {
                // Escaped as Rust writes a string (\t, \", ...), without its quotes.
                let quoted = format!("{:?}", shorten(v));
                let inner = quoted[1..quoted.len() - 1].to_string();
                tr.args(
                    "problem-value",
                    &[("value", inner.into()), ("expected", expected.into())],
                )
            }
            None => tr.args("problem-whole", &[("expected", expected.into())]),
        };
        out.push_str(&rest);
        out
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(tr(Lang::En)))
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
#[derive(Debug, Clone, Default, PartialEq)]
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

impl Problems {
    /// Every kept problem a line, in the language of `tr`, with how many
    /// more each file has.
    pub fn text(&self, tr: &Tr) -> String {
        let mut out = String::new();
        for (_, kept, total) in self.by_file() {
            for p in kept {
                out.push_str(&p.text(tr));
                out.push('\n');
            }
            if total > kept.len() {
                out.push_str(&tr.args(
                    "problems-more",
                    &[
                        ("file", kept[0].file.as_str().into()),
                        ("n", Arg::Count((total - kept.len()) as f64)),
                    ],
                ));
                out.push('\n');
            }
        }
        out
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(tr(Lang::En)))
    }
}
