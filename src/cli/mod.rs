//! The headless command line: a thin shell that parses arguments, calls the
//! core, and prints. Exit codes follow the data contract: 0 when the data
//! loaded, 1 when it was refused (or an output could not be written), 2 on a
//! usage error.

mod check;
mod export;
mod holidays;
mod leave;
mod sample;
mod scenario;
mod tui;

use crate::load::sheet::{in_range, parse_date};
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "forceplan",
    version,
    about = "Workload and force-allocation planner for a public-security bureau's personnel office",
    after_help = "With no command, opens the planner on ./sample-data (or the built-in sample)."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Language of what people read: zh (中文) or en. Without it, the
    /// locale's (LC_ALL, LC_MESSAGES, LANG: zh* is Chinese). Export's
    /// stations' rosters are in Chinese unless --lang en is given.
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
    /// Load a bureau, compute every workload figure and flag what is overloaded.
    Check(check::CheckArgs),
    /// Write a generated bureau (the sample, or a large one for benchmarks).
    Sample(sample::SampleArgs),
    /// Open the planner on a bureau (the default command).
    Tui(tui::TuiArgs),
    /// Project a scenario: every unit before -> after.
    Simulate(scenario::SimulateArgs),
    /// Suggest moves that relieve the worst units, with the bound on the best possible.
    Suggest(scenario::SuggestArgs),
    /// Write the bureau a scenario proposes to a new folder.
    Apply(scenario::ApplyArgs),
    /// Place every officer's remaining leave in a window, keeping each unit's minimum on duty.
    LeavePlan(leave::LeaveArgs),
    /// Write the bureau (or a scenario's proposal) as CSV, an Excel workbook and a report.
    Export(export::ExportArgs),
    /// Print a year's PRC statutory holidays and adjusted working days (as a holidays table).
    Holidays(holidays::HolidaysArgs),
}

/// Output formats of commands that report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// For people: summary, units worst first, officers with alarms.
    Table,
    /// The data contract's JSON.
    Json,
    /// One row per flag.
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
    /// Encoding of the CSV files written.
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
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Self {
        Failure::Refused(e)
    }
}

/// The period and the rules, as every command that reads a bureau takes them.
#[derive(Debug, Default, clap::Args)]
pub struct PeriodArgs {
    /// First day of the period (default: the roster's first date).
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    pub from: Option<NaiveDate>,
    /// Last day of the period (default: the roster's last date).
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    pub to: Option<NaiveDate>,
    /// Rules file to use instead of DIR/rules.toml.
    #[arg(long, value_name = "FILE")]
    pub rules: Option<std::path::PathBuf>,
}

impl PeriodArgs {
    /// Refuses a period that ends before it starts.
    pub fn check(&self) -> Result<(), Failure> {
        match (self.from, self.to) {
            (Some(from), Some(to)) if from > to => {
                Err(Failure::Usage(format!("--from {from} is after --to {to}")))
            }
            _ => Ok(()),
        }
    }
}

/// A date argument, strictly YYYY-MM-DD.
fn date_arg(s: &str) -> Result<NaiveDate, String> {
    match parse_date(s.trim()) {
        Some(d) if in_range(d) => Ok(d),
        Some(_) => Err(format!(
            "expected a date between 1900-01-01 and 2100-12-31, found {s:?}"
        )),
        None => Err(format!("expected a date as YYYY-MM-DD, found {s:?}")),
    }
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let explicit = cli.lang.map(|l| match l {
        LangArg::Zh => crate::i18n::Lang::Zh,
        LangArg::En => crate::i18n::Lang::En,
    });
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
    let result = match cli.command {
        Some(Command::Check(args)) => check::run(args, lang),
        Some(Command::Sample(args)) => sample::run(args),
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
            print_error(&format!("{e:#}"), tr);
            ExitCode::from(1)
        }
        Err(Failure::Usage(message)) => {
            print_error(&message, tr);
            ExitCode::from(2)
        }
    }
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
