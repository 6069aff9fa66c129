//! clap's own refusals of a command line (a missing argument, an unknown
//! option, a value that is not a date) in Chinese, from the catalogue. The
//! English ones are clap's.

use crate::i18n::{Arg, Lang, tr};
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use std::fmt::Write;

/// A date on the command line that is not one (`--from 2025-13-01`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateArgError {
    /// Not written as YYYY-MM-DD.
    Format,
    /// A date outside 1900-01-01 to 2100-12-31 (a typing error?).
    Range,
}

impl DateArgError {
    fn key(self) -> &'static str {
        match self {
            DateArgError::Format => "arg-error-date-format",
            DateArgError::Range => "arg-error-date-range",
        }
    }

    pub fn text(self, lang: Lang) -> String {
        tr(lang).t(self.key())
    }
}

impl std::fmt::Display for DateArgError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for DateArgError {}

/// clap's refusals in Chinese.
pub struct Chinese;

fn text(v: Option<&ContextValue>) -> String {
    match v {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join("、"),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join("、"),
        Some(ContextValue::Number(n)) => n.to_string(),
        Some(ContextValue::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

impl ErrorFormatter for Chinese {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let tr = tr(Lang::Zh);
        let get = |k: ContextKind| text(error.get(k));
        let arg = || Arg::Text(get(ContextKind::InvalidArg));
        let value = || Arg::Text(get(ContextKind::InvalidValue));
        let message = match error.kind() {
            ErrorKind::MissingRequiredArgument => tr.args("arg-error-missing", &[("arg", arg())]),
            ErrorKind::UnknownArgument => tr.args("arg-error-unknown", &[("arg", arg())]),
            ErrorKind::InvalidSubcommand => tr.args(
                "arg-error-command",
                &[("command", Arg::Text(get(ContextKind::InvalidSubcommand)))],
            ),
            ErrorKind::InvalidValue => tr.args(
                "arg-error-value",
                &[
                    ("arg", arg()),
                    ("value", value()),
                    ("valid", Arg::Text(get(ContextKind::ValidValue))),
                ],
            ),
            ErrorKind::ValueValidation => {
                let why = std::error::Error::source(error)
                    .map(|s| match s.downcast_ref::<DateArgError>() {
                        Some(date) => date.text(Lang::Zh),
                        None => s.to_string(),
                    })
                    .unwrap_or_default();
                tr.args(
                    "arg-error-invalid",
                    &[("arg", arg()), ("value", value()), ("why", Arg::Text(why))],
                )
            }
            ErrorKind::ArgumentConflict => tr.args(
                "arg-error-conflict",
                &[
                    ("arg", arg()),
                    ("other", Arg::Text(get(ContextKind::PriorArg))),
                ],
            ),
            ErrorKind::MissingSubcommand => tr.t("arg-error-no-command"),
            // The rare rest: clap's words for the kind.
            kind => kind.as_str().unwrap_or_default().to_string(),
        };
        let mut out = String::new();
        let _ = writeln!(out, "{} {message}", tr.t("error-prefix"));
        for key in [
            ContextKind::SuggestedArg,
            ContextKind::SuggestedSubcommand,
            ContextKind::SuggestedValue,
        ] {
            let tip = get(key);
            if !tip.is_empty() {
                let _ = writeln!(
                    out,
                    "\n  {}",
                    tr.args("arg-error-tip", &[("tip", Arg::Text(tip))])
                );
            }
        }
        let usage = get(ContextKind::Usage);
        if !usage.is_empty() {
            // clap's usage line starts with its English heading.
            let usage = usage.trim_start_matches("Usage:").trim();
            let _ = writeln!(out, "\n{} {usage}", tr.t("help-usage"));
        }
        let _ = writeln!(out, "\n{}", tr.t("arg-error-more"));
        StyledStr::from(out)
    }
}
