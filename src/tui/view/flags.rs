//! Every flag of the bureau, filterable, with the selected one explained.

use super::table;
use crate::tui::app::Ready;
use crate::tui::layout;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Paragraph, Wrap};

pub fn draw(f: &mut Frame, area: Rect, theme: &Theme, r: &Ready) {
    let l = layout::flags(area);
    let filter = &r.flags.filter;
    let title = format!(
        "Flags  rule: {}  severity: {}  unit: {}",
        filter
            .rule
            .map(|r| r.name().to_string())
            .unwrap_or("all".into()),
        filter
            .severity
            .map(|s| s.to_string())
            .unwrap_or("all".into()),
        filter
            .unit
            .map(|u| r.model.bureau.unit(u).id.clone())
            .unwrap_or("all".into()),
    );
    table(f, l.table, theme, &r.flags.table, &title, r.editing);
    let message = r
        .flags
        .table
        .selected_index()
        .and_then(|i| r.flags.messages.get(i))
        .cloned()
        .unwrap_or_default();
    let block = Block::bordered().title(" Why ");
    f.render_widget(
        Paragraph::new(message)
            .block(block)
            .wrap(Wrap { trim: true }),
        l.detail,
    );
}
