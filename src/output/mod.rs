//! Renderings of core results for the command line: text tables for people
//! and CSV for spreadsheets. No figure is computed here.

pub mod csv;
pub mod scenario;
pub mod staffing;
pub mod table;

/// A text cell of a CSV meant for a spreadsheet, made safe to open: text
/// that begins with `=`, `+`, `-`, `@`, a tab or a carriage return would be
/// taken by Excel or WPS for a formula, so it gets a leading `'` (shown by
/// neither). Numbers are written as numbers and never pass through here.
pub fn spreadsheet_safe(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}").into(),
        _ => text.into(),
    }
}
