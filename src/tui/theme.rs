//! The planner's one theme. Named ANSI colours only (they follow the
//! terminal's own palette, so they read on dark and light backgrounds),
//! always with a symbol or word beside them, and none at all under NO_COLOR.

use crate::core::model::Shift;
use crate::tui::table::Badge;
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::{bar, border};
use ratatui::widgets::Block;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Theme {
    pub color: bool,
    /// Borders, bars and marks in ASCII, for terminals whose fonts draw
    /// box-drawing and block characters two columns wide (common with CJK
    /// fonts, where those characters are of ambiguous width).
    pub ascii: bool,
}

/// Borders drawn with `+`, `-` and `|`.
const ASCII_BORDER: border::Set = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

/// Bars of a chart in ASCII: a full cell is `#`, a part `:`, `.`.
const ASCII_BAR: bar::Set = bar::Set {
    full: "#",
    seven_eighths: "#",
    three_quarters: "#",
    five_eighths: ":",
    half: ":",
    three_eighths: ":",
    one_quarter: ".",
    one_eighth: ".",
    empty: " ",
};

impl Theme {
    /// Colour unless NO_COLOR is set (to anything but empty); box-drawing
    /// borders unless `ascii`.
    pub fn from_env(ascii: bool) -> Theme {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
            ascii,
        }
    }

    /// A bordered block, in box-drawing characters or ASCII.
    pub fn block<'a>(&self) -> Block<'a> {
        let block = Block::bordered();
        if self.ascii {
            block.border_set(ASCII_BORDER)
        } else {
            block
        }
    }

    /// The bars of a bar chart.
    pub fn bar_set(&self) -> bar::Set<'static> {
        if self.ascii {
            ASCII_BAR
        } else {
            bar::NINE_LEVELS
        }
    }

    /// A column of a small chart filled 0 to 8 eighths.
    pub fn eighths(&self) -> [char; 9] {
        if self.ascii {
            [' ', '.', '.', ':', ':', ':', '#', '#', '#']
        } else {
            [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█']
        }
    }

    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn focused_column(&self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED)
    }

    pub fn key(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn badge(&self, badge: Badge) -> Style {
        match badge {
            Badge::Alarm => self.fg(Color::Red).add_modifier(Modifier::BOLD),
            Badge::Warn => self.fg(Color::Yellow).add_modifier(Modifier::BOLD),
            Badge::Ok => self.fg(Color::Green),
        }
    }

    /// Symbol shown beside the colour (the symbol alone must tell).
    pub fn badge_symbol(&self, badge: Badge) -> &'static str {
        match badge {
            Badge::Alarm => "!!",
            Badge::Warn => "! ",
            Badge::Ok if self.ascii => ". ",
            Badge::Ok => "· ",
        }
    }

    pub fn bar(&self, badge: Badge) -> Style {
        match badge {
            Badge::Ok => self.fg(Color::Green),
            other => self.badge(other),
        }
    }

    /// The glyph and style of a comparison's bar: the baseline's in a pattern
    /// of its own and the screen's own foreground (the strongest contrast it
    /// has, white on a projector's black), a scenario's solid. The glyphs
    /// alone tell them apart, under NO_COLOR too.
    pub fn compare_bar(&self, baseline: bool) -> (char, Style) {
        match (baseline, self.ascii) {
            (true, false) => ('▒', Style::new()),
            (true, true) => ('=', Style::new()),
            (false, false) => ('█', self.fg(Color::Green).add_modifier(Modifier::BOLD)),
            (false, true) => ('#', self.fg(Color::Green).add_modifier(Modifier::BOLD)),
        }
    }

    /// The mark of the standard (or warning threshold) on a bar.
    pub fn mark(&self) -> (char, Style) {
        let glyph = if self.ascii { '|' } else { '┃' };
        (glyph, self.fg(Color::Yellow).add_modifier(Modifier::BOLD))
    }

    /// The letter and colour of a shift in the year calendar.
    pub fn shift(&self, shift: Option<Shift>) -> (char, Style) {
        match shift {
            Some(Shift::Duty24) => ('#', self.fg(Color::Red).add_modifier(Modifier::BOLD)),
            Some(Shift::Day) => ('d', self.fg(Color::Yellow)),
            Some(Shift::Night) => ('n', self.fg(Color::Blue)),
            Some(Shift::Train) => ('t', self.fg(Color::Cyan)),
            Some(Shift::Off) => (if self.ascii { '.' } else { '·' }, self.dim()),
            Some(Shift::Leave) => ('L', self.fg(Color::Green).add_modifier(Modifier::BOLD)),
            Some(Shift::Comp) => ('C', self.fg(Color::Green)),
            Some(Shift::Sick) => ('s', self.fg(Color::Magenta)),
            None => (' ', Style::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_means_no_colour_but_still_emphasis() {
        let plain = Theme {
            color: false,
            ascii: false,
        };
        for badge in [Badge::Alarm, Badge::Warn, Badge::Ok] {
            assert_eq!(plain.badge(badge).fg, None);
        }
        assert!(
            plain
                .badge(Badge::Alarm)
                .add_modifier
                .contains(Modifier::BOLD)
        );
        assert!(plain.selected().add_modifier.contains(Modifier::REVERSED));
        for shift in Shift::ALL {
            assert_eq!(plain.shift(Some(*shift)).1.fg, None);
        }
        assert_eq!(
            Theme {
                color: true,
                ascii: false
            }
            .badge(Badge::Alarm)
            .fg,
            Some(Color::Red)
        );
    }

    #[test]
    fn baseline_bars_differ_by_glyph_and_are_never_dark_grey() {
        for (color, ascii) in [(true, false), (false, false), (true, true), (false, true)] {
            let theme = Theme { color, ascii };
            let (base, base_style) = theme.compare_bar(true);
            let (scenario, _) = theme.compare_bar(false);
            let (mark, _) = theme.mark();
            assert!(base != scenario && mark != base && mark != scenario);
            assert_ne!(base_style.fg, Some(Color::DarkGray));
            assert!(!base_style.add_modifier.contains(Modifier::DIM));
        }
        assert_eq!(
            Theme {
                color: false,
                ascii: false
            }
            .compare_bar(false)
            .1
            .fg,
            None
        );
    }

    #[test]
    fn every_badge_and_shift_has_its_own_symbol() {
        let symbols: Vec<&str> = [Badge::Alarm, Badge::Warn, Badge::Ok]
            .map(|b| Theme::default().badge_symbol(b))
            .to_vec();
        assert_eq!(symbols, ["!!", "! ", "· "]);
        let theme = Theme {
            color: false,
            ascii: false,
        };
        let mut letters: Vec<char> = Shift::ALL.iter().map(|s| theme.shift(Some(*s)).0).collect();
        letters.sort_unstable();
        letters.dedup();
        assert_eq!(letters.len(), Shift::ALL.len());
    }

    #[test]
    fn the_ascii_theme_draws_nothing_but_ascii() {
        let theme = Theme {
            color: true,
            ascii: true,
        };
        let mut glyphs: Vec<char> = theme.eighths().to_vec();
        glyphs.extend([
            theme.compare_bar(true).0,
            theme.compare_bar(false).0,
            theme.mark().0,
        ]);
        glyphs.extend(Shift::ALL.iter().map(|s| theme.shift(Some(*s)).0));
        for b in [Badge::Alarm, Badge::Warn, Badge::Ok] {
            glyphs.extend(theme.badge_symbol(b).chars());
        }
        let set = theme.bar_set();
        for part in [
            set.full,
            set.half,
            set.one_eighth,
            ASCII_BORDER.top_left,
            ASCII_BORDER.horizontal_top,
        ] {
            glyphs.extend(part.chars());
        }
        assert!(glyphs.iter().all(char::is_ascii), "{glyphs:?}");
    }
}
