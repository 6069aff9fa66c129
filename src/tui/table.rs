//! A table of precomputed rows with the state a planner moves through it
//! with: a filter that narrows live, a sort by the focused column, the
//! selected row and the scroll offset. Rows are built from the core's
//! figures when a screen opens; drawing only lays out their text.

use crate::core::flags::Severity;
use std::borrow::Cow;
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Fixed for most tables; a scenario's own name on the comparison.
    pub title: Cow<'static, str>,
    /// Width in terminal columns (the last column takes what is left).
    pub width: u16,
    pub align: Align,
}

/// A column at least `width` terminal columns wide, and as wide as its
/// title (a title in Chinese takes two columns a character); 0: the last
/// column, taking what is left.
pub fn col(title: impl Into<Cow<'static, str>>, width: u16, align: Align) -> Column {
    let title = title.into();
    let width = match width {
        0 => 0,
        w => w.max(unicode_width::UnicodeWidthStr::width(title.as_ref()) as u16),
    };
    Column {
        title,
        width,
        align,
    }
}

/// How a cell sorts.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    Num(f64),
    Text(String),
    /// Sorts after every value, whichever the direction (no community officer, ...).
    Missing,
}

impl Key {
    fn cmp(&self, other: &Key) -> Ordering {
        match (self, other) {
            (Key::Num(a), Key::Num(b)) => a.total_cmp(b),
            (Key::Text(a), Key::Text(b)) => a.cmp(b),
            (Key::Missing, Key::Missing) => Ordering::Equal,
            (Key::Missing, _) => Ordering::Greater,
            (_, Key::Missing) => Ordering::Less,
            (Key::Num(_), Key::Text(_)) => Ordering::Less,
            (Key::Text(_), Key::Num(_)) => Ordering::Greater,
        }
    }
}

/// Where Enter on a row leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    None,
    Unit(u32),
    Officer(u32),
}

/// The worst flag of the row, shown as a badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Badge {
    Ok,
    Warn,
    Alarm,
}

impl Badge {
    pub fn of(severities: impl IntoIterator<Item = Severity>) -> Badge {
        severities.into_iter().fold(Badge::Ok, |b, s| {
            b.max(match s {
                Severity::Warn => Badge::Warn,
                Severity::Alarm => Badge::Alarm,
            })
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<String>,
    pub keys: Vec<Key>,
    pub badge: Option<Badge>,
    pub link: Link,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DataTable {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// Lower-case text of each row, for the filter.
    haystack: Vec<String>,
    pub filter: String,
    /// Sorted column and whether descending.
    pub sort: Option<(usize, bool)>,
    /// Indices into `rows` after filter and sort.
    pub visible: Vec<usize>,
    /// Position in `visible`.
    pub selected: usize,
    pub offset: usize,
    /// The focused column (for sorting).
    pub focus: usize,
}

impl DataTable {
    pub fn new(columns: Vec<Column>, rows: Vec<Row>) -> Self {
        let haystack = rows
            .iter()
            .map(|r| r.cells.join(" ").to_lowercase())
            .collect();
        let mut t = DataTable {
            columns,
            rows,
            haystack,
            filter: String::new(),
            sort: None,
            visible: Vec::new(),
            selected: 0,
            offset: 0,
            focus: 0,
        };
        t.refresh();
        t
    }

    /// Columns the table needs to show every column whole, borders included
    /// (a column that takes the rest counts as 20).
    pub fn natural_width(&self) -> u16 {
        let cells: u16 = self
            .columns
            .iter()
            .map(|c| if c.width == 0 { 20 } else { c.width })
            .sum();
        2 + 1 + cells + self.columns.len() as u16 + 2
    }

    /// Recomputes the visible rows, keeping the selected row when it stays.
    fn refresh(&mut self) {
        let keep = self.selected_index();
        let needle = self.filter.to_lowercase();
        self.visible = (0..self.rows.len())
            .filter(|&i| needle.is_empty() || self.haystack[i].contains(&needle))
            .collect();
        if let Some((c, desc)) = self.sort {
            let rows = &self.rows;
            self.visible.sort_by(|&a, &b| {
                let (ka, kb) = (&rows[a].keys[c], &rows[b].keys[c]);
                let ord = match (ka, kb, desc) {
                    (Key::Missing, _, _) | (_, Key::Missing, _) => ka.cmp(kb),
                    (_, _, true) => kb.cmp(ka),
                    (_, _, false) => ka.cmp(kb),
                };
                ord.then(a.cmp(&b))
            });
        }
        self.selected = keep
            .and_then(|k| self.visible.iter().position(|&i| i == k))
            .unwrap_or(0);
        self.offset = self.offset.min(self.selected);
    }

    /// Index into `rows` of the selected row.
    pub fn selected_index(&self) -> Option<usize> {
        self.visible.get(self.selected).copied()
    }

    pub fn selected_row(&self) -> Option<&Row> {
        self.selected_index().map(|i| &self.rows[i])
    }

    pub fn set_filter(&mut self, filter: &str) {
        self.filter = filter.to_string();
        self.refresh();
    }

    /// Sorts by the focused column; the same key again on the same column
    /// goes back to the table's own order.
    pub fn sort_focused(&mut self, descending: bool) {
        self.sort = match self.sort {
            Some((c, d)) if c == self.focus && d == descending => None,
            _ => Some((self.focus, descending)),
        };
        self.refresh();
    }

    pub fn focus_by(&mut self, delta: isize) {
        let last = self.columns.len().saturating_sub(1) as isize;
        self.focus = (self.focus as isize + delta).clamp(0, last) as usize;
    }

    /// Moves the selection by `delta` rows (clamped) and scrolls so that it
    /// stays within `height` visible rows.
    pub fn move_by(&mut self, delta: isize, height: usize) {
        let last = self.visible.len().saturating_sub(1) as isize;
        self.selected = (self.selected as isize + delta).clamp(0, last.max(0)) as usize;
        self.scroll_into_view(height);
    }

    pub fn select(&mut self, position: usize, height: usize) {
        self.selected = position.min(self.visible.len().saturating_sub(1));
        self.scroll_into_view(height);
    }

    pub fn scroll_into_view(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        let max_offset = self.visible.len().saturating_sub(height);
        self.offset = self.offset.min(max_offset);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> DataTable {
        let row = |name: &str, load: Option<f64>| Row {
            cells: vec![
                name.into(),
                load.map(|l| format!("{l:.2}")).unwrap_or("-".into()),
            ],
            keys: vec![
                Key::Text(name.into()),
                load.map(Key::Num).unwrap_or(Key::Missing),
            ],
            badge: None,
            link: Link::None,
        };
        DataTable::new(
            vec![col("name", 10, Align::Left), col("load", 5, Align::Right)],
            vec![
                row("East", Some(1.4)),
                row("West", None),
                row("North", Some(0.9)),
                row("Eastgate", Some(2.0)),
            ],
        )
    }

    fn names(t: &DataTable) -> Vec<&str> {
        t.visible
            .iter()
            .map(|&i| t.rows[i].cells[0].as_str())
            .collect()
    }

    #[test]
    fn filter_narrows_and_keeps_the_selection() {
        let mut t = table();
        t.move_by(3, 10);
        t.set_filter("EAST");
        assert_eq!(names(&t), ["East", "Eastgate"]);
        assert_eq!(t.selected_row().unwrap().cells[0], "Eastgate");
        t.set_filter("");
        assert_eq!(t.visible.len(), 4);
    }

    #[test]
    fn sort_by_focused_column_missing_last_and_toggle_off() {
        let mut t = table();
        t.focus_by(1);
        t.sort_focused(true);
        assert_eq!(names(&t), ["Eastgate", "East", "North", "West"]);
        t.sort_focused(false);
        assert_eq!(names(&t), ["North", "East", "Eastgate", "West"]);
        t.sort_focused(false);
        assert_eq!(names(&t), ["East", "West", "North", "Eastgate"]);
    }

    #[test]
    fn scrolling_keeps_the_selection_in_view() {
        let mut t = table();
        t.move_by(3, 2);
        assert_eq!((t.selected, t.offset), (3, 2));
        t.move_by(-10, 2);
        assert_eq!((t.selected, t.offset), (0, 0));
        t.move_by(100, 2);
        assert_eq!(t.selected, 3);
    }
}
