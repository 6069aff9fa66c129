//! Every flag of the bureau, filterable, with the selected one explained.

use super::table;
use crate::tui::app::Ready;
use crate::tui::layout;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Wrap};

pub fn draw(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready) {
    let l = layout::flags(area);
    let filter = &r.flags.filter;
    let tr = r.model.tr;
    let all = || tr.t("all");
    let title = tr.args(
        "flags-title",
        &[
            (
                "rule",
                filter
                    .rule
                    .map(|r| r.title_in(tr))
                    .unwrap_or_else(all)
                    .into(),
            ),
            (
                "severity",
                filter
                    .severity
                    .map(|s| tr.t(&format!("severity-{s}")))
                    .unwrap_or_else(all)
                    .into(),
            ),
            (
                "unit",
                filter
                    .unit
                    .map(|u| r.model.bureau.unit(u).id.clone())
                    .unwrap_or_else(all)
                    .into(),
            ),
        ],
    );
    table(f, l.table, theme, &r.flags.table, &title, r.editing, tr);
    let message = r
        .flags
        .table
        .selected_index()
        .and_then(|i| r.flags.messages.get(i))
        .cloned()
        .unwrap_or_default();
    let block = theme.block().title(format!(" {} ", tr.t("flags-why")));
    f.render_widget(
        Paragraph::new(message)
            .block(block)
            .wrap(Wrap { trim: true }),
        l.detail,
    );
}
