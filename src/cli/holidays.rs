//! `forceplan holidays YEAR`: the built-in PRC statutory calendar of a year,
//! as the contract's holidays table (to keep as a bureau's holidays.csv) or
//! as a list for people.

use super::Failure;
use crate::core::calendar;
use clap::{Args, ValueEnum};

#[derive(Debug, Clone, Copy, Default, ValueEnum)]
pub enum HolidayFormat {
    /// The contract's holidays table: date, kind, name.
    #[default]
    Csv,
    /// A list for people.
    Table,
}

#[derive(Debug, Args)]
pub struct HolidaysArgs {
    /// The year (the calendar covers the years of the State Council's notices built in).
    year: i32,
    #[arg(long, value_enum, default_value_t = HolidayFormat::Csv)]
    format: HolidayFormat,
}

pub fn run(args: HolidaysArgs) -> Result<(), Failure> {
    let Some(days) = calendar::year(args.year) else {
        let (first, last) = calendar::years();
        return Err(Failure::Usage(format!(
            "the built-in calendar covers {first} to {last} (the State Council's notices); for {} give the bureau a holidays table of its own",
            args.year
        )));
    };
    let mut out = String::new();
    match args.format {
        HolidayFormat::Csv => {
            out.push_str("date,kind,name\n");
            for d in &days {
                out.push_str(&format!("{},{},{}\n", d.date, d.kind, d.name));
            }
        }
        HolidayFormat::Table => {
            for d in &days {
                let kind = match d.kind {
                    crate::core::model::DayKind::Holiday => "holiday",
                    crate::core::model::DayKind::Workday => "worked (调休上班)",
                };
                out.push_str(&format!(
                    "{} {}  {kind:<17} {}\n",
                    d.date,
                    d.date.format("%a"),
                    d.name
                ));
            }
        }
    }
    print!("{out}");
    Ok(())
}
