//! The scenario screen: the edits, every unit before -> after, and the form,
//! suggestion preview and recovery prompt over them.

use super::table;
use crate::i18n::Arg;
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
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

pub fn draw(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready) {
    let s = &r.scenario;
    let l = layout::scenario(area);
    header(f, l.header, theme, r, s);
    table(
        f,
        l.table,
        theme,
        &s.table,
        &s.tr.t("scenario-units"),
        r.editing,
        s.tr,
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
    let tr = s.tr;
    let keys_line = |context: Context| {
        let mut spans = Vec::new();
        for b in keys::bindings(context) {
            if b.action == Action::Quit {
                continue;
            }
            spans.push(Span::styled(b.label, theme.key()));
            spans.push(Span::raw(format!(" {}   ", b.help(tr))));
        }
        Line::from(spans)
    };
    if let Some(draft) = &s.recovery {
        let text = vec![
            Line::from(tr.args(
                "recover-text",
                &[
                    ("name", draft.name.as_str().into()),
                    ("n", Arg::Count(draft.edits.len() as f64)),
                ],
            )),
            Line::from(""),
            keys_line(Context::Recover),
        ];
        popup(f, area, theme, &tr.t("recover-title"), text, 72, 8);
    } else if let Some((scenario, why)) = &s.confirm {
        let text = vec![
            Line::from(tr.args(
                "confirm-text",
                &[
                    ("name", scenario.name.as_str().into()),
                    ("why", why.as_str().into()),
                ],
            )),
            Line::from(""),
            keys_line(Context::Confirm),
        ];
        popup(f, area, theme, &tr.t("confirm-title"), text, 72, 8);
    } else if let Some(n) = &s.naming {
        let title = match n.purpose {
            NameFor::New => tr.t("naming-new"),
            NameFor::Rename => tr.t("naming-rename"),
            NameFor::SaveAs => tr.t("naming-save-as"),
        };
        let mut text = vec![Line::from(vec![
            Span::raw(format!("{} ", tr.t("naming-name"))),
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
        popup(f, area, theme, &title, text, 64, h);
    }
}

fn header(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready, s: &ScenarioScreen) {
    let (before, after) = (&r.model.before, &s.after);
    let moved = after.moves.len();
    let tr = s.tr;
    let key = |action| keys::label(Context::Scenario, action).unwrap_or("");
    let state = match (&s.shelf.read_only, s.state()) {
        (Some(_), _) => tr.t("state-read-only"),
        (None, State::Saved) => tr.t("state-saved"),
        (None, State::Unsaved) => tr.t("state-unsaved"),
        (None, State::Empty) => tr.t("state-new"),
    };
    let mut hints = Vec::new();
    if s.history.can_undo() {
        hints.push(format!("{} {}", key(Action::Undo), tr.t("hint-undo")));
    }
    if s.history.can_redo() {
        hints.push(format!("{} {}", key(Action::Redo), tr.t("key-redo")));
    }
    let n = |x: usize| Arg::Count(x as f64);
    let first = Line::from(vec![
        Span::styled(format!("{} ", s.scenario.name), theme.title()),
        Span::styled(
            tr.args("scenario-state", &[("state", state.into())]),
            theme.dim(),
        ),
        Span::raw(format!(
            " {}",
            tr.args(
                "scenario-head",
                &[
                    ("edits", n(s.scenario.edits.len())),
                    ("moves", n(moved)),
                    ("pinned", n(s.scenario.pinned.len())),
                    ("alarms_before", n(before.alarms())),
                    ("alarms_after", n(after.alarms())),
                    ("load_before", format!("{:.2}", before.worst_load()).into()),
                    ("load_after", format!("{:.2}", after.worst_load()).into()),
                ],
            )
        )),
        Span::styled(format!("  {}", hints.join(" ")), theme.dim()),
    ]);
    let second = match (&s.message, after.problems.len()) {
        (_, k) if k > 0 => Line::from(Span::styled(
            tr.args("scenario-problems", &[("n", n(k))]),
            theme.badge(Badge::Alarm),
        )),
        (Some(m), _) => Line::from(Span::styled(m.clone(), theme.key())),
        (None, _) if s.shelf.read_only.is_some() => Line::from(Span::styled(
            s.shelf.read_only.clone().unwrap_or_default(),
            theme.badge(Badge::Warn),
        )),
        (None, _) => Line::from(Span::styled(
            tr.args(
                "scenario-keys",
                &[
                    ("add", key(Action::AddEdit).into()),
                    ("suggest", key(Action::Suggest).into()),
                    ("edits", key(Action::SwitchPane).into()),
                    ("save", key(Action::Save).into()),
                    ("export", key(Action::Export).into()),
                ],
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
            .map(|(_, why)| why.text(s.tr));
        let style = if focused && i == s.edit_selected {
            theme.selected()
        } else {
            Style::new()
        };
        let mut spans = vec![Span::styled(
            format!("{:>2} {}", i + 1, e.describe_in(s.tr)),
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
            s.tr.args(
                "scenario-no-edits",
                &[
                    ("add", key(Action::AddEdit).into()),
                    ("suggest", key(Action::Suggest).into()),
                ],
            ),
            theme.dim(),
        )));
    }
    let skip = s
        .edit_selected
        .saturating_sub(area.height.saturating_sub(3) as usize);
    let title = Span::styled(
        format!(" {} ", s.tr.t("scenario-edits")),
        if focused {
            theme.title().patch(theme.focused_column())
        } else {
            theme.title()
        },
    );
    f.render_widget(
        Paragraph::new(lines)
            .block(theme.block().title(title))
            .scroll((skip as u16, 0)),
        area,
    );
}

fn popup(f: &mut Frame, area: Rect, theme: &Theme, title: &str, lines: Vec<Line>, w: u16, h: u16) {
    let rect = layout::centered(area, w, h);
    super::clear(f, rect);
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(theme.block().title(format!(" {title} "))),
        rect,
    );
}

pub(super) fn form(f: &mut Frame, area: Rect, theme: &Theme, s: &ScenarioScreen) {
    let Some(form) = &s.form else { return };
    let tr = s.tr;
    let mut lines = vec![Line::from(vec![
        Span::styled("< ", theme.key()),
        Span::styled(
            tr.t(&format!("form-kind-{}", KINDS[form.kind])),
            theme.title(),
        ),
        Span::styled(" >", theme.key()),
    ])];
    let label_width = form
        .fields
        .iter()
        .map(|field| tr.t(&format!("field-{}", field.id)).width())
        .max()
        .unwrap_or(0)
        .max(12);
    for (i, field) in form.fields.iter().enumerate() {
        let focus = i == form.focus;
        let marker = if focus { "> " } else { "  " };
        let value = if focus {
            format!("{}_", field.value)
        } else {
            field.value.clone()
        };
        let label = crate::output::table::fit(&tr.t(&format!("field-{}", field.id)), label_width);
        lines.push(Line::from(vec![
            Span::styled(
                format!("{marker}{label}"),
                if focus { theme.title() } else { Style::new() },
            ),
            Span::styled(value, theme.key()),
        ]));
        if focus {
            lines.push(Line::from(Span::styled(
                format!(
                    "  {}{}",
                    " ".repeat(label_width),
                    tr.t(&format!("hint-field-{}", field.hint))
                ),
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
        theme,
        &tr.args(
            "form-title",
            &[("keys", keys::hint_text(Context::Form, tr).into())],
        ),
        lines,
        70,
        h,
    );
}

fn preview(f: &mut Frame, area: Rect, theme: &Theme, s: &ScenarioScreen) {
    let Some(p) = &s.preview else { return };
    let tr = s.tr;
    let sug = &p.suggestion;
    let n = |x: usize| Arg::Count(x as f64);
    let search = if sug.gap() < 1e-9 {
        tr.t("preview-reaches")
    } else {
        tr.args(
            "preview-above",
            &[("gap", format!("{:.3}", sug.gap()).into())],
        )
    };
    let mut lines = vec![
        Line::from(tr.args(
            "preview-head",
            &[
                ("max", n(p.max_moves)),
                ("load_before", format!("{:.2}", sug.before_worst).into()),
                ("load_after", format!("{:.2}", sug.plan_worst).into()),
                ("alarms_before", n(sug.before_alarms)),
                ("alarms_after", n(sug.plan_alarms)),
            ],
        )),
        Line::from(Span::styled(
            tr.args(
                "preview-bound",
                &[
                    ("integer", format!("{:.3}", sug.bound_integer).into()),
                    ("continuous", format!("{:.3}", sug.bound_continuous).into()),
                    ("search", search.into()),
                ],
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
        lines.push(Line::from(tr.t("preview-none")));
    }
    if let Some(crate::core::scenario::Edit::MoveOfficer { reason, .. }) = sug.edits.get(p.selected)
    {
        lines.push(Line::from(Span::styled(
            tr.args("preview-why", &[("reason", reason.as_str().into())]),
            theme.dim(),
        )));
    }
    let h = lines.len() as u16 + 3;
    popup(
        f,
        area,
        theme,
        &tr.args(
            "preview-title",
            &[("keys", keys::hint_text(Context::Preview, tr).into())],
        ),
        lines,
        area.width.saturating_sub(4),
        h,
    );
}
