//! Where things go on each screen, as pure functions of the terminal area.
//! Drawing and mouse hit-testing both use these, so a click lands on the
//! row that is drawn there.

use ratatui::layout::{Constraint, Layout, Rect};

/// Every screen: a title bar, the body, a status line.
pub struct Chrome {
    pub title: Rect,
    pub body: Rect,
    pub status: Rect,
}

pub fn chrome(area: Rect) -> Chrome {
    let [title, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    Chrome {
        title,
        body,
        status,
    }
}

/// Rows of data a bordered table with a header row shows.
pub fn table_rows(table: Rect) -> usize {
    table.height.saturating_sub(3) as usize
}

/// The visible row (0 = first shown) under a point of a bordered table.
pub fn row_at(table: Rect, x: u16, y: u16) -> Option<usize> {
    let first = table.y + 2;
    let inside = x > table.x
        && x + 1 < table.x + table.width
        && y >= first
        && y + 1 < table.y + table.height;
    inside.then(|| (y - first) as usize)
}

/// Wide enough for a side panel beside a table.
const WIDE: u16 = 120;

pub struct Overview {
    pub table: Rect,
    pub chart: Option<Rect>,
    /// Flags counted by rule, when there is room.
    pub rules: Option<Rect>,
}

/// `units`: how many bars the chart has; `table_width`: what the units
/// table needs (the chart goes beside it only when both fit whole).
pub fn overview(body: Rect, units: usize, table_width: u16) -> Overview {
    if body.width >= table_width + 40 {
        let [table, side] =
            Layout::horizontal([Constraint::Length(table_width), Constraint::Fill(1)]).areas(body);
        let bars = (units as u16 + 2).min(side.height / 2).max(3);
        let [chart, rules] =
            Layout::vertical([Constraint::Length(bars), Constraint::Fill(1)]).areas(side);
        Overview {
            table,
            chart: Some(chart),
            rules: Some(rules),
        }
    } else if body.height >= 32 {
        let [table, chart] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(12)]).areas(body);
        Overview {
            table,
            chart: Some(chart),
            rules: None,
        }
    } else {
        Overview {
            table: body,
            chart: None,
            rules: None,
        }
    }
}

pub struct Unit {
    pub summary: Rect,
    /// Flags listed in the summary (the rest are counted on one more line).
    pub flags_shown: usize,
    pub table: Rect,
    pub on_duty: Rect,
    /// Spread of weekly hours and the unit's visits and meetings, when there is room.
    pub side: Option<(Rect, Rect)>,
}

/// `flags`: how many flags the unit has; the summary lists as many as the
/// height allows, after three lines of figures.
/// A unit's screen; `projected` adds the line that says so, with the bureau
/// as it is beside.
pub fn unit(body: Rect, flags: usize, projected: bool) -> Unit {
    let room = if body.height >= 40 { 7 } else { 2 };
    let flags_shown = flags.min(room);
    let more = usize::from(flags > flags_shown);
    let summary_lines = (3 + usize::from(projected) + flags_shown.max(1) + more) as u16;
    let [summary, rest] =
        Layout::vertical([Constraint::Length(summary_lines), Constraint::Fill(1)]).areas(body);
    let (main, side) = if body.width >= WIDE {
        let [main, side] =
            Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)]).areas(rest);
        let [spread, events] =
            Layout::vertical([Constraint::Length(9), Constraint::Fill(1)]).areas(side);
        (main, Some((spread, events)))
    } else {
        (rest, None)
    };
    let chart_height = if main.height >= 20 { 7 } else { 4 };
    let [table, on_duty] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(chart_height)]).areas(main);
    Unit {
        summary,
        flags_shown,
        table,
        on_duty,
        side,
    }
}

pub struct Officer {
    pub summary: Rect,
    pub calendar: Rect,
    pub weeks: Rect,
    pub text: Rect,
}

/// An officer's screen; `projected` adds the line that says so.
pub fn officer(body: Rect, projected: bool) -> Officer {
    let [summary, calendar, weeks, text] = Layout::vertical([
        Constraint::Length(4 + u16::from(projected)),
        Constraint::Length(11),
        Constraint::Length(if body.height >= 36 { 6 } else { 3 }),
        Constraint::Fill(1),
    ])
    .areas(body);
    Officer {
        summary,
        calendar,
        weeks,
        text,
    }
}

pub struct Events {
    pub table: Rect,
    pub bodies: Rect,
    pub conveners: Rect,
    pub stacked: Option<Rect>,
}

pub fn events(body: Rect) -> Events {
    let [table, lists] = Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(body);
    if body.width >= WIDE {
        let [bodies, conveners, stacked] =
            Layout::horizontal([Constraint::Fill(1); 3]).areas(lists);
        Events {
            table,
            bodies,
            conveners,
            stacked: Some(stacked),
        }
    } else {
        let [bodies, conveners] = Layout::horizontal([Constraint::Fill(1); 2]).areas(lists);
        Events {
            table,
            bodies,
            conveners,
            stacked: None,
        }
    }
}

pub struct Flags {
    pub table: Rect,
    pub detail: Rect,
}

pub fn flags(body: Rect) -> Flags {
    let [table, detail] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(5)]).areas(body);
    Flags { table, detail }
}

pub struct Scenario {
    pub header: Rect,
    pub table: Rect,
    pub edits: Rect,
}

pub fn scenario(body: Rect) -> Scenario {
    let [header, rest] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(body);
    // The before > after table needs about 110 columns; the edits go beside it
    // only when both fit.
    if body.width >= 160 {
        let [table, edits] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Length(48)]).areas(rest);
        Scenario {
            header,
            table,
            edits,
        }
    } else {
        let [table, edits] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(7)]).areas(rest);
        Scenario {
            header,
            table,
            edits,
        }
    }
}

pub struct Present {
    pub head: Rect,
    pub chart: Rect,
    pub moves: Rect,
    pub foot: Rect,
    /// Rows each bar takes (1 to 6; from 3 on, the last is a gap).
    pub bar_rows: u16,
}

/// Rows of the chart's legend.
pub const LEGEND_ROWS: u16 = 2;

/// Presentation mode: a head of four rows, the chart (`bars` bars as tall
/// as the room allows, the legend and borders), who moves (`moves` entries
/// under a heading: the rest of the screen, at least the first few) and the
/// keys at the foot.
pub fn present(area: Rect, bars: usize, moves: usize) -> Present {
    let rest = area.height.saturating_sub(5);
    let bars = bars.max(1) as u16;
    let moves_wanted = (moves.max(1) as u16 + 1).min(4);
    let chrome = 2 + LEGEND_ROWS;
    let bar_rows = (1..=6u16)
        .rev()
        .find(|k| chrome + bars * k + moves_wanted <= rest)
        .unwrap_or(1);
    let chart = (chrome + bars * bar_rows).min(rest.saturating_sub(2));
    let [head, chart, moves, foot] = Layout::vertical([
        Constraint::Length(4),
        Constraint::Length(chart),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    Present {
        head,
        chart,
        moves,
        foot,
        bar_rows,
    }
}

/// The problems of a refused bureau in their bordered box: the text area.
pub fn problems(body: Rect) -> Rect {
    Rect::new(
        body.x + 1,
        body.y + 1,
        body.width.saturating_sub(2),
        body.height.saturating_sub(2),
    )
}

/// `lines` as the rows they take at `width` columns: broken between words
/// where they can be, within a word only when it is wider than a row.
/// Widths are display widths (a Chinese character takes two columns).
pub fn wrap(lines: &[String], width: u16) -> Vec<String> {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    let width = width.max(1) as usize;
    let mut rows = Vec::new();
    for line in lines {
        let (mut row, mut used) = (String::new(), 0);
        for token in line.split_inclusive(' ') {
            let word = token.trim_end_matches(' ');
            if used > 0 && used + word.width() > width {
                rows.push(row.trim_end().to_string());
                (row, used) = (String::new(), 0);
            }
            for c in token.chars() {
                let w = c.width().unwrap_or(0);
                if used + w > width {
                    if c == ' ' {
                        continue;
                    }
                    if used > 0 {
                        rows.push(row.trim_end().to_string());
                        (row, used) = (String::new(), 0);
                    }
                }
                row.push(c);
                used += w;
            }
        }
        rows.push(row.trim_end().to_string());
    }
    rows
}

/// How much of a list of `len` items fits in `room` rows when what does not
/// fit is counted on a row of its own ("+N more").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fit {
    /// Items shown.
    pub items: usize,
    /// Items not shown, counted on the "+N more" row.
    pub more: usize,
    /// Rows used: the items, and the "+N more" row if any.
    pub rows: usize,
}

pub fn fit_list(len: usize, room: usize) -> Fit {
    if len <= room {
        Fit {
            items: len,
            more: 0,
            rows: len,
        }
    } else {
        let items = room.saturating_sub(1);
        Fit {
            items,
            more: len - items,
            rows: items + 1,
        }
    }
}

/// A box of `w` x `h` in the middle of `area` (no larger than it).
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let (w, h) = (w.min(area.width), h.min(area.height));
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

pub struct Leave {
    pub header: Rect,
    pub grid: Rect,
    pub table: Rect,
}

/// `units`: rows of the grid (as many as fit in half the height).
pub fn leave(body: Rect, units: usize) -> Leave {
    let grid_height = (units as u16 + 3)
        .min(body.height.saturating_sub(2) / 2)
        .max(4);
    let [header, grid, table] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(grid_height),
        Constraint::Fill(1),
    ])
    .areas(body);
    Leave {
        header,
        grid,
        table,
    }
}

pub struct Compare {
    pub summary: Rect,
    pub table: Rect,
    pub chart: Option<Rect>,
}

/// `summary`: one line per scenario, and a header line.
pub fn compare(body: Rect) -> Compare {
    let [summary, rest] =
        Layout::vertical([Constraint::Length(5), Constraint::Fill(1)]).areas(body);
    if body.width >= WIDE {
        let [table, chart] =
            Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)]).areas(rest);
        Compare {
            summary,
            table,
            chart: Some(chart),
        }
    } else {
        Compare {
            summary,
            table: rest,
            chart: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_between_words_by_display_width() {
        let lines = vec!["roster.csv line 3 bad".to_string(), String::new()];
        assert_eq!(wrap(&lines, 10), ["roster.csv", "line 3 bad", ""]);
        assert_eq!(wrap(&["abcdefghij".into()], 4), ["abcd", "efgh", "ij"]);
        // Two columns a character.
        assert_eq!(
            wrap(&["王伟 李娜 张三".into()], 5),
            ["王伟", "李娜", "张三"]
        );
        assert_eq!(wrap(&["  indented".into()], 20), ["  indented"]);
    }

    #[test]
    fn a_list_that_does_not_fit_counts_the_rest() {
        assert_eq!(
            fit_list(3, 5),
            Fit {
                items: 3,
                more: 0,
                rows: 3
            }
        );
        // Five rows for twelve: four items and "+8 more".
        assert_eq!(
            fit_list(12, 5),
            Fit {
                items: 4,
                more: 8,
                rows: 5
            }
        );
        assert_eq!(fit_list(5, 5).more, 0);
    }
}
