//! The headless command line: a thin shell that parses arguments, calls the
//! core, and prints. Exit codes follow the data contract: 0 when the data
//! loaded, 1 when it was refused (or an output could not be written), 2 on a
//! usage error.

mod check;
mod errors;
mod export;
mod help;
mod holidays;
mod leave;
mod sample;
mod scenario;
mod tui;

use crate::load::sheet::{in_range, parse_date};
use chrono::NaiveDate;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::process::ExitCode;

#[derive(Debug, Parser)]
// What a person reads of the command line (about, every argument's help)
// is in the catalogue, src/i18n/*/cli.ftl: see `help`.
#[command(name = "forceplan", version)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[arg(long, global = true, value_enum)]
    lang: Option<LangArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LangArg {
    Zh,
    En,
}

#[derive(Debug, Subcommand)]
enum Command {
    Check(check::CheckArgs),
    Sample(sample::SampleArgs),
    Tui(tui::TuiArgs),
    Simulate(scenario::SimulateArgs),
    Suggest(scenario::SuggestArgs),
    Apply(scenario::ApplyArgs),
    LeavePlan(leave::LeaveArgs),
    Export(export::ExportArgs),
    Holidays(holidays::HolidaysArgs),
}

/// Output formats of commands that report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
    Csv,
}

/// The encoding of the CSV files a command writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum CsvEncoding {
    /// UTF-8 with a byte-order mark, as Excel and WPS open it.
    #[default]
    #[value(name = "utf-8")]
    Utf8,
    /// GB18030 (a superset of GBK), for older systems.
    #[value(name = "gb18030")]
    Gb18030,
}

/// `--encoding`, shared by the commands that write CSV files.
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct EncodingArg {
    #[arg(long, value_enum, default_value_t = CsvEncoding::Utf8)]
    encoding: CsvEncoding,
}

impl EncodingArg {
    pub fn get(self) -> crate::store::Encoding {
        match self.encoding {
            CsvEncoding::Utf8 => crate::store::Encoding::Utf8Bom,
            CsvEncoding::Gb18030 => crate::store::Encoding::Gb18030,
        }
    }
}

/// How a command ended.
#[derive(Debug)]
pub enum Failure {
    /// The data was refused, or an output could not be written.
    Refused(anyhow::Error),
    /// The arguments do not make sense together.
    Usage(String),
    /// The same, said in the reader's language when printed.
    Said(crate::i18n::Message),
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Self {
        Failure::Refused(e)
    }
}

/// The period and the rules, as every command that reads a bureau takes them.
#[derive(Debug, Default, clap::Args)]
pub struct PeriodArgs {
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    pub from: Option<NaiveDate>,
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    pub to: Option<NaiveDate>,
    #[arg(long, value_name = "FILE")]
    pub rules: Option<std::path::PathBuf>,
}

impl PeriodArgs {
    /// Refuses a period that ends before it starts.
    pub fn check(&self) -> Result<(), Failure> {
        match (self.from, self.to) {
            (Some(from), Some(to)) if from > to => Err(Failure::Said(crate::msg!(
                "from-after-to",
                "from" => from,
                "to" => to,
            ))),
            _ => Ok(()),
        }
    }
}

/// A date argument, strictly YYYY-MM-DD.
fn date_arg(s: &str) -> Result<NaiveDate, errors::DateArgError> {
    match parse_date(s.trim()) {
        Some(d) if in_range(d) => Ok(d),
        Some(_) => Err(errors::DateArgError::Range),
        None => Err(errors::DateArgError::Format),
    }
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    // The language first: the help and clap's own messages are made in it.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let explicit = help::lang_flag(&args);
    let env = |v: &str| std::env::var(v).ok();
    let config = match crate::config::path(env).map(|p| crate::config::load(&p)) {
        Some(Err(why)) => {
            // In the language asked for, or the locale's (the file's own
            // choice is what could not be read).
            let tr = crate::i18n::tr(crate::i18n::choose(explicit, None, env));
            print_error(&tr.args("config-refused", &[("why", why.into())]), tr);
            return ExitCode::from(2);
        }
        Some(Ok(config)) => config,
        None => crate::config::Config::default(),
    };
    let lang = crate::i18n::choose(explicit, config.lang, env);
    let tr = crate::i18n::tr(lang);
    let refuse = |e: clap::Error| -> ! {
        match lang {
            crate::i18n::Lang::Zh => e.apply::<errors::Chinese>().exit(),
            crate::i18n::Lang::En => e.exit(),
        }
    };
    let cli = match help::localize(Cli::command(), tr)
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => refuse(e),
    };
    let result = match cli.command {
        Some(Command::Check(args)) => check::run(args, lang),
        Some(Command::Sample(args)) => sample::run(args, lang),
        Some(Command::Tui(args)) => tui::run(args, lang, config.ascii_borders),
        Some(Command::Simulate(args)) => scenario::simulate(args, lang),
        Some(Command::Suggest(args)) => scenario::suggest_cmd(args, lang),
        Some(Command::Apply(args)) => scenario::apply(args, lang),
        Some(Command::LeavePlan(args)) => leave::run(args, lang),
        Some(Command::Export(args)) => export::run(args, explicit, lang),
        Some(Command::Holidays(args)) => holidays::run(args, lang),
        None => tui::run(tui::TuiArgs::default(), lang, config.ascii_borders),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Refused(e)) => {
            print_error(&localized(&e, tr), tr);
            ExitCode::from(1)
        }
        Err(Failure::Usage(message)) => {
            print_error(&message, tr);
            ExitCode::from(2)
        }
        Err(Failure::Said(message)) => {
            print_error(&message.text(tr), tr);
            ExitCode::from(2)
        }
    }
}

/// An error and its causes, as `{:#}` writes them, each of the kinds the
/// core says as a message in the reader's language.
fn localized(e: &anyhow::Error, tr: &crate::i18n::Tr) -> String {
    e.chain()
        .map(|cause| {
            if let Some(e) = cause.downcast_ref::<crate::load::LoadError>() {
                e.text(tr)
            } else if let Some(e) = cause.downcast_ref::<crate::core::check::PeriodError>() {
                e.message().text(tr)
            } else if let Some(e) = cause.downcast_ref::<crate::store::StoreError>() {
                e.message().text(tr)
            } else if let Some(e) = cause.downcast_ref::<crate::core::scenario::ScenarioFileError>()
            {
                e.message().text(tr)
            } else {
                cause.to_string()
            }
        })
        // A cause a message already says (thiserror's "{source}") once.
        .fold(String::new(), |acc, text| {
            if acc.is_empty() {
                text
            } else if acc.ends_with(&text) {
                acc
            } else {
                format!("{acc}: {text}")
            }
        })
}

fn print_error(message: &str, tr: &crate::i18n::Tr) {
    use std::io::Write;
    let red = anstyle::AnsiColor::Red.on_default().bold();
    let mut err = anstream::stderr();
    let _ = writeln!(
        err,
        "{red}{}{red:#} {}",
        tr.t("error-prefix"),
        message.trim_end()
    );
}
