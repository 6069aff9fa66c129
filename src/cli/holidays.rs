//! `forceplan holidays YEAR`: the built-in PRC statutory calendar of a year,
//! as the contract's holidays table (to keep as a bureau's holidays.csv) or
//! as a list for people.

use super::Failure;
use crate::core::calendar;
use clap::{Args, ValueEnum};
use unicode_width::UnicodeWidthStr;

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
    year: i32,
    #[arg(long, value_enum, default_value_t = HolidayFormat::Csv)]
    format: HolidayFormat,
}

pub fn run(args: HolidaysArgs, lang: crate::i18n::Lang) -> Result<(), Failure> {
    let tr = crate::i18n::tr(lang);
    let Some(days) = calendar::year(args.year) else {
        let (first, last) = calendar::years();
        return Err(Failure::Usage(tr.args(
            "holidays-not-covered",
            &[
                ("first", first.to_string().into()),
                ("last", last.to_string().into()),
                ("year", args.year.to_string().into()),
            ],
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
            use chrono::Datelike;
            let kinds = [tr.t("holidays-holiday"), tr.t("holidays-workday")];
            let width = kinds.iter().map(|k| k.width()).max().unwrap_or(0);
            for d in &days {
                let kind = match d.kind {
                    crate::core::model::DayKind::Holiday => &kinds[0],
                    crate::core::model::DayKind::Workday => &kinds[1],
                };
                let weekday = tr.t(&format!(
                    "weekday-long-{}",
                    d.date.weekday().number_from_monday()
                ));
                out.push_str(&format!(
                    "{} {weekday}  {} {}\n",
                    d.date,
                    crate::output::table::fit(kind, width),
                    d.name
                ));
            }
        }
    }
    print!("{out}");
    Ok(())
}
