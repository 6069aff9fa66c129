//! A unit's proposed roster as the station keeps it: a 排班表 workbook, one
//! sheet per month (core::roster_sheet makes its content), printed
//! landscape on A4, one page wide, the title, header and 星期 rows repeated
//! on every page. Loaded back by forceplan as a wide roster
//! (load::wide), it gives the same roster.

use crate::core::check::Checked;
use crate::core::leave::LeavePlan;
use crate::core::model::{Bureau, DayKind, UnitIdx};
use crate::core::roster_sheet::{Cell, Mark, Month, cell_text, unit_months};
use crate::i18n::{Lang, Tr};
use chrono::Datelike;
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, XlsxError,
};

/// The words of the sheet, in Chinese or in English (`--lang en`), from
/// the catalogue. The header's 警号 / officer_id and 姓名 / name are ones the
/// loader reads back.
struct Words {
    tr: &'static Tr,
}

impl Words {
    fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }
    fn totals(&self) -> [String; 4] {
        ["work-days", "nights", "duties", "hours"].map(|k| self.t(&format!("roster-total-{k}")))
    }
    fn title(&self, unit: &str, m: &Month) -> String {
        self.tr.args(
            "roster-title",
            &[
                ("unit", unit.into()),
                ("year", m.year.to_string().into()),
                ("month", format!("{:02}", m.month).into()),
                ("m", m.month.to_string().into()),
            ],
        )
    }
    fn sheet(&self, m: &Month) -> String {
        self.tr.args(
            "roster-sheet",
            &[
                ("year", m.year.to_string().into()),
                ("month", format!("{:02}", m.month).into()),
                ("m", m.month.to_string().into()),
            ],
        )
    }
    fn weekday(&self, d: chrono::Weekday) -> String {
        self.t(&format!("roster-weekday-{}", d.number_from_monday()))
    }
}

/// Every unit's roster of the checked bureau as a workbook (made on every
/// core), each named "<folder>/<unit id> <name>.xlsx", with the marks of
/// `leave` when given; or why one could not be made.
pub fn unit_workbooks(
    checked: &Checked,
    leave: Option<&LeavePlan>,
    chinese: bool,
    folder: &str,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let bureau = &checked.bureau;
    let units: Vec<u32> = (0..bureau.units.len() as u32).collect();
    crate::core::parallel::balanced(&units, |&u| {
        let months = unit_months(checked, leave, u);
        let unit = &bureau.units[u as usize];
        // The writer panics where it cannot write its temporary files.
        let bytes = crate::quiet::catch(|| workbook(bureau, u, &months, chinese))
            .and_then(|made| made.map_err(|e| e.to_string()))
            .map_err(|why| {
                crate::msg!("export-no-roster", "unit" => &unit.id, "why" => why).to_string()
            })?;
        let name = file_name(&format!("{} {}", unit.id, unit.name));
        Ok((format!("{folder}/{name}.xlsx"), bytes))
    })
    .into_iter()
    .collect()
}

/// A name as a file name on every system: characters Windows refuses, and
/// control characters, become "_".
fn file_name(name: &str) -> String {
    name.trim()
        .chars()
        .map(|c| {
            if c.is_control() || r#"/\:*?"<>|"#.contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect()
}

/// The workbook of unit `u`'s `months`.
pub fn workbook(
    bureau: &Bureau,
    u: UnitIdx,
    months: &[Month],
    chinese: bool,
) -> Result<Vec<u8>, XlsxError> {
    let words = Words {
        tr: crate::i18n::tr(if chinese { Lang::Zh } else { Lang::En }),
    };
    let unit = &bureau.units[u as usize];
    let mut book = Workbook::new();
    // Dated the roster's first day, not the clock's: the same roster makes
    // the same file.
    if let Some(first) = months.first().and_then(|m| m.days.first()) {
        let created =
            ExcelDateTime::from_ymd(first.year() as u16, first.month() as u8, first.day() as u8)?;
        book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    }
    let thin = |f: Format| f.set_border(FormatBorder::Thin);
    let center = thin(Format::new().set_align(FormatAlign::Center));
    let title = Format::new()
        .set_bold()
        .set_font_size(14)
        .set_align(FormatAlign::Center);
    let head = thin(
        Format::new()
            .set_bold()
            .set_align(FormatAlign::Center)
            .set_background_color(Color::RGB(0xDDEBF7)),
    );
    let holiday = head.clone().set_background_color(Color::RGB(0xF8CBAD));
    let workday = head.clone().set_background_color(Color::RGB(0xBDD7EE));
    let leave = center.clone().set_background_color(Color::RGB(0xC6EFCE));
    let cover = center.clone().set_background_color(Color::RGB(0x9BC2E6));
    let away = center.clone().set_background_color(Color::RGB(0xD9D9D9));
    let short = center.clone().set_background_color(Color::RGB(0xFFC7CE));
    let plain = thin(Format::new());
    for m in months {
        let sheet = book.add_worksheet();
        sheet.set_name(words.sheet(m))?;
        let days = m.days.len() as u16;
        let first_day = 2u16;
        let totals_at = first_day + days;
        let last_col = totals_at + 3;
        sheet.merge_range(0, 0, 0, last_col, &words.title(&unit.name, m), &title)?;
        sheet.write_string_with_format(1, 0, words.t("roster-id"), &head)?;
        sheet.write_string_with_format(1, 1, words.t("roster-name"), &head)?;
        sheet.write_string_with_format(2, 0, "", &head)?;
        sheet.write_string_with_format(2, 1, words.t("roster-weekday"), &head)?;
        for (i, d) in m.days.iter().enumerate() {
            let f = match m.kinds[i] {
                Some(DayKind::Holiday) => &holiday,
                Some(DayKind::Workday) => &workday,
                None => &head,
            };
            let c = first_day + i as u16;
            sheet.write_number_with_format(1, c, d.day() as f64, f)?;
            sheet.write_string_with_format(2, c, words.weekday(d.weekday()), f)?;
            sheet.set_column_width(c, 5.2)?;
        }
        for (k, label) in words.totals().iter().enumerate() {
            let c = totals_at + k as u16;
            sheet.write_string_with_format(1, c, label, &head)?;
            sheet.write_string_with_format(2, c, "", &head)?;
            sheet.set_column_width(c, if chinese { 9.0 } else { 10.0 })?;
        }
        sheet.set_column_width(0, 10)?;
        sheet.set_column_width(1, 9)?;
        let mut r = 3u32;
        for row in &m.rows {
            let o = &bureau.officers[row.officer as usize];
            sheet.write_string_with_format(r, 0, &o.id, &plain)?;
            sheet.write_string_with_format(r, 1, &o.name, &plain)?;
            for (i, cell) in row.cells.iter().enumerate() {
                let c = first_day + i as u16;
                match cell {
                    Cell::Away => sheet.write_blank(r, c, &away)?,
                    Cell::Empty => sheet.write_blank(r, c, &center)?,
                    Cell::Shift { shift, hours, mark } => {
                        let f = match mark {
                            Mark::Leave => &leave,
                            Mark::Cover => &cover,
                            Mark::None => &center,
                        };
                        sheet.write_string_with_format(
                            r,
                            c,
                            cell_text(*shift, *hours, chinese),
                            f,
                        )?
                    }
                };
            }
            let t = row.totals;
            for (k, v) in [
                t.work_days as f64,
                t.nights as f64,
                t.duty24 as f64,
                t.hours,
            ]
            .into_iter()
            .enumerate()
            {
                sheet.write_number_with_format(r, totals_at + k as u16, v, &center)?;
            }
            r += 1;
        }
        // Per day: on duty against the minimum (a total row: skipped on load).
        sheet.write_string_with_format(r, 1, words.t("roster-on-duty"), &head)?;
        sheet.write_string_with_format(r + 1, 1, words.t("roster-minimum"), &head)?;
        for i in 0..m.days.len() {
            let c = first_day + i as u16;
            let n = m.on_duty[i];
            let f = if n < m.minimum { &short } else { &center };
            sheet.write_number_with_format(r, c, n as f64, f)?;
            sheet.write_number_with_format(r + 1, c, m.minimum as f64, &center)?;
        }
        sheet.merge_range(
            r + 3,
            0,
            r + 3,
            last_col,
            &words.t("roster-legend"),
            &Format::new().set_text_wrap(),
        )?;
        sheet.set_row_height(r + 3, 30)?;
        // Printing: A4 landscape, one page wide, header rows on every page.
        sheet.set_landscape();
        sheet.set_paper_size(9);
        sheet.set_print_fit_to_pages(1, 0);
        sheet.set_repeat_rows(0, 2)?;
        sheet.set_margins(0.3, 0.3, 0.5, 0.5, 0.2, 0.2);
        sheet.set_print_center_horizontally(true);
        sheet.set_freeze_panes(3, 2)?;
    }
    book.save_to_buffer()
}
