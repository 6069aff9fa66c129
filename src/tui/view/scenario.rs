//! The scenario screen: the edits, every unit before -> after, and the form,
//! suggestion preview and recovery prompt over them.

use super::table;
use crate::tui::app::Ready;
use crate::tui::form::KINDS;
use crate::tui::keys::{self, Action, Context};
use crate::tui::layout;
use crate::tui::scenario::{NameFor, Pane, ScenarioScreen};
use crate::tui::shelf::State;
use crate::tui::table::Badge;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

pub fn draw(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready) {
    let s = &r.scenario;
    let l = layout::scenario(area);
    header(f, l.header, theme, r, s);
    table(
        f,
        l.table,
        theme,
        &s.table,
        "Units: before > after",
        r.editing,
    );
    edits(f, l.edits, theme, s);
    if s.form.is_some() {
        form(f, area, theme, s);
    } else if s.preview.is_some() {
        preview(f, area, theme, s);
    }
}

/// The prompts that take every key, whatever the screen: the recovery of a
/// draft, "write over it?" and a name being typed.
pub(super) fn prompts(f: &mut Frame, area: Rect, theme: &Theme, s: &ScenarioScreen) {
    let keys_line = |context: Context| {
        let mut spans = Vec::new();
        for b in keys::bindings(context) {
            if b.action == Action::Quit {
                continue;
            }
            spans.push(Span::styled(b.label, theme.key()));
            spans.push(Span::raw(format!(" {}   ", b.help)));
        }
        Line::from(spans)
    };
    if let Some(draft) = &s.recovery {
        let text = vec![
            Line::from(format!(
                "Unsaved work was left when the planner last stopped without quitting: \"{}\", {} edits.",
                draft.name,
                draft.edits.len()
            )),
            Line::from(""),
            keys_line(Context::Recover),
        ];
        popup(f, area, " Recover? ", text, 72, 8);
    } else if let Some((scenario, why)) = &s.confirm {
        let text = vec![
            Line::from(format!("Saving \"{}\": {why}.", scenario.name)),
            Line::from(""),
            keys_line(Context::Confirm),
        ];
        popup(f, area, " Write over it? ", text, 72, 8);
    } else if let Some(n) = &s.naming {
        let title = match n.purpose {
            NameFor::New => " New scenario: its name ",
            NameFor::Rename => " Rename the scenario ",
            NameFor::SaveAs => " Save the scenario as ",
        };
        let mut text = vec![Line::from(vec![
            Span::raw("name: "),
            Span::styled(format!("{}_", n.text), theme.key()),
        ])];
        if let Some(why) = &n.error {
            text.push(Line::from(Span::styled(
                why.clone(),
                theme.badge(Badge::Alarm),
            )));
        }
        text.push(Line::from(""));
        text.push(keys_line(Context::Naming));
        let h = text.len() as u16 + 2;
        popup(f, area, title, text, 64, h);
    }
}

fn header(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready, s: &ScenarioScreen) {
    let (before, after) = (&r.model.before, &s.after);
    let moved = after.moves.len();
    let key = |action| keys::label(Context::Scenario, action).unwrap_or("");
    let state = match (&s.shelf.read_only, s.state()) {
        (Some(_), _) => "read-only",
        (None, State::Saved) => "saved",
        (None, State::Unsaved) => "unsaved: kept as a draft",
        (None, State::Empty) => "new",
    };
    let mut hints = Vec::new();
    if s.history.can_undo() {
        hints.push(format!("{} undo", key(Action::Undo)));
    }
    if s.history.can_redo() {
        hints.push(format!("{} redo", key(Action::Redo)));
    }
    let first = Line::from(vec![
        Span::styled(format!("{} ", s.scenario.name), theme.title()),
        Span::styled(format!("({state})"), theme.dim()),
        Span::raw(format!(
            " {} edits  {moved} moves  {} pinned  alarms {} > {}  worst load {:.2} > {:.2}",
            s.scenario.edits.len(),
            s.scenario.pinned.len(),
            before.alarms(),
            after.alarms(),
            before.worst_load(),
            after.worst_load()
        )),
        Span::styled(format!("  {}", hints.join(" ")), theme.dim()),
    ]);
    let second = match (&s.message, after.problems.len()) {
        (_, n) if n > 0 => Line::from(Span::styled(
            format!("{n} edits do not apply (marked in the list)"),
            theme.badge(Badge::Alarm),
        )),
        (Some(m), _) => Line::from(Span::styled(m.clone(), theme.key())),
        (None, _) if s.shelf.read_only.is_some() => Line::from(Span::styled(
            s.shelf.read_only.clone().unwrap_or_default(),
            theme.badge(Badge::Warn),
        )),
        (None, _) => Line::from(Span::styled(
            format!(
                "{} add an edit, {} suggest moves, {} the list of edits, {} save, {} export",
                key(Action::AddEdit),
                key(Action::Suggest),
                key(Action::SwitchPane),
                key(Action::Save),
                key(Action::Export)
            ),
            theme.dim(),
        )),
    };
    f.render_widget(Paragraph::new(vec![first, second]), area);
}

fn edits(f: &mut Frame, area: Rect, theme: &Theme, s: &ScenarioScreen) {
    let focused = s.pane == Pane::Edits;
    let mut lines: Vec<Line> = Vec::new();
    for (i, e) in s.scenario.edits.iter().enumerate() {
        let problem = s
            .after
            .problems
            .iter()
            .find(|(n, _)| *n == i + 1)
            .map(|(_, why)| why.clone());
        let style = if focused && i == s.edit_selected {
            theme.selected()
        } else {
            Style::new()
        };
        let mut spans = vec![Span::styled(
            format!("{:>2} {}", i + 1, e.describe()),
            style,
        )];
        if let Some(why) = problem {
            spans.push(Span::styled(
                format!("  !! {why}"),
                theme.badge(Badge::Alarm),
            ));
        }
        lines.push(Line::from(spans));
    }
    if lines.is_empty() {
        let key = |action| keys::label(Context::Scenario, action).unwrap_or("");
        lines.push(Line::from(Span::styled(
            format!(
                "no edits yet: {} adds one, {} suggests moves",
                key(Action::AddEdit),
                key(Action::Suggest)
            ),
            theme.dim(),
        )));
    }
    let skip = s
        .edit_selected
        .saturating_sub(area.height.saturating_sub(3) as usize);
    let title = Span::styled(
        " Edits, in order ",
        if focused {
            theme.title().patch(theme.focused_column())
        } else {
            theme.title()
        },
    );
    f.render_widget(
        Paragraph::new(lines)
            .block(Block::bordered().title(title))
            .scroll((skip as u16, 0)),
        area,
    );
}

fn popup(f: &mut Frame, area: Rect, title: &str, lines: Vec<Line>, w: u16, h: u16) {
    let rect = layout::centered(area, w, h);
    f.render_widget(Clear, rect);
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(title.to_string())),
        rect,
    );
}

pub(super) fn form(f: &mut Frame, area: Rect, theme: &Theme, s: &ScenarioScreen) {
    let Some(form) = &s.form else { return };
    let mut lines = vec![Line::from(vec![
        Span::styled("< ", theme.key()),
        Span::styled(KINDS[form.kind], theme.title()),
        Span::styled(" >", theme.key()),
    ])];
    for (i, field) in form.fields.iter().enumerate() {
        let focus = i == form.focus;
        let marker = if focus { "> " } else { "  " };
        let value = if focus {
            format!("{}_", field.value)
        } else {
            field.value.clone()
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!("{marker}{:<12}", field.label),
                if focus { theme.title() } else { Style::new() },
            ),
            Span::styled(value, theme.key()),
        ]));
        if focus {
            lines.push(Line::from(Span::styled(
                format!("  {:<12}{}", "", field.hint),
                theme.dim(),
            )));
        }
    }
    if let Some(why) = &form.error {
        lines.push(Line::from(Span::styled(
            why.clone(),
            theme.badge(Badge::Alarm),
        )));
    }
    let h = lines.len() as u16 + 2;
    popup(
        f,
        area,
        &format!(" New edit ({}) ", keys::hint_text(Context::Form)),
        lines,
        70,
        h,
    );
}

fn preview(f: &mut Frame, area: Rect, theme: &Theme, s: &ScenarioScreen) {
    let Some(p) = &s.preview else { return };
    let sug = &p.suggestion;
    let mut lines = vec![
        Line::from(format!(
            "Up to {} moves: worst load {:.2} > {:.2}, alarms {} > {}",
            p.max_moves, sug.before_worst, sug.plan_worst, sug.before_alarms, sug.plan_alarms
        )),
        Line::from(Span::styled(
            format!(
                "Load model: the best any allocation could reach is {:.3} (whole officers), {:.3} (divisible); the search {}",
                sug.bound_integer,
                sug.bound_continuous,
                if sug.gap() < 1e-9 {
                    "reaches it".to_string()
                } else {
                    format!("is {:.3} above it", sug.gap())
                }
            ),
            theme.dim(),
        )),
    ];
    let room = area.height.saturating_sub(8) as usize;
    let first = p.selected.saturating_sub(room.saturating_sub(1));
    for (i, (line, ok)) in p
        .lines
        .iter()
        .zip(&p.accepted)
        .enumerate()
        .skip(first)
        .take(room)
    {
        let mark = if *ok { "[x]" } else { "[ ]" };
        let style = if i == p.selected {
            theme.selected()
        } else {
            Style::new()
        };
        lines.push(Line::from(Span::styled(format!("{mark} {line}"), style)));
    }
    if sug.edits.is_empty() {
        lines.push(Line::from("No move would lower the worst load."));
    }
    if let Some(crate::core::scenario::Edit::MoveOfficer { reason, .. }) = sug.edits.get(p.selected)
    {
        lines.push(Line::from(Span::styled(
            format!("why: {reason}"),
            theme.dim(),
        )));
    }
    let h = lines.len() as u16 + 3;
    popup(
        f,
        area,
        &format!(" Suggested moves ({}) ", keys::hint_text(Context::Preview)),
        lines,
        area.width.saturating_sub(4),
        h,
    );
}
