//! The export workbook: a cover sheet (scenario, edits, audit), the per-unit
//! summary (before and projected after, flagged cells coloured), and one
//! sheet per table of the proposed bureau, as Excel and WPS open them.

use crate::core::check::UnitReport;
use crate::core::compare::Comparison;
use crate::core::flags::Severity;
use crate::core::rules::RuleId;
use crate::export::Audit;
use crate::i18n::Tr;
use crate::store::TableText;
use rust_xlsxwriter::{Color, Format, Workbook, Worksheet, XlsxError};

/// Columns that hold numbers (written as numbers, not text).
const NUMERIC: [&str; 6] = [
    "min_on_duty",
    "hours",
    "households",
    "residents",
    "attendees",
    "days",
];

/// A number, or "-" when there is none; coloured when flagged.
fn number(
    sheet: &mut Worksheet,
    r: u32,
    c: u16,
    v: Option<f64>,
    f: Option<&Format>,
) -> Result<(), XlsxError> {
    match (v, f) {
        (Some(v), Some(f)) => sheet.write_number_with_format(r, c, v, f).map(|_| ()),
        (Some(v), None) => sheet.write_number(r, c, v).map(|_| ()),
        (None, _) => sheet.write_string(r, c, "-").map(|_| ()),
    }
}

/// A column's title in the workbook: the data format's name in English, a
/// personnel office's in Chinese (the Chinese headers the loader reads).
fn column_title(tr: &Tr, table: &str, column: &str) -> String {
    match tr.lang() {
        crate::i18n::Lang::En => column.to_string(),
        crate::i18n::Lang::Zh => crate::store::station::chinese_header(table, column)
            .map(str::to_string)
            .unwrap_or_else(|| column.to_string()),
    }
}

/// Excel's row limit, less the header: longer tables go on several sheets.
const MAX_ROWS: usize = 1_048_575;

pub(crate) fn workbook(
    tables: &[TableText],
    comparison: &Comparison,
    audit: &Audit,
    tr: &Tr,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    // The fastest deflate: a year of roster compresses about as well, in a
    // fraction of the time (docs/performance.md).
    book.set_zip_compression_level(3);
    let bold = Format::new().set_bold();
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDEBF7));
    let alarm = Format::new()
        .set_background_color(Color::RGB(0xFFC7CE))
        .set_font_color(Color::RGB(0x9C0006));
    let warn = Format::new()
        .set_background_color(Color::RGB(0xFFEB9C))
        .set_font_color(Color::RGB(0x9C5700));

    // Cover.
    let cover = book.add_worksheet();
    cover.set_name(tr.t("sheet-cover"))?;
    cover.set_column_width(0, 28)?;
    cover.set_column_width(1, 90)?;
    let mut row = 0;
    let line =
        |sheet: &mut Worksheet, label: &str, value: &str, row: &mut u32| -> Result<(), XlsxError> {
            sheet.write_string_with_format(*row, 0, label, &bold)?;
            sheet.write_string(*row, 1, value)?;
            *row += 1;
            Ok(())
        };
    line(cover, &tr.t("cover-export"), &audit.scenario_name, &mut row)?;
    line(
        cover,
        &tr.t("cover-exported-at"),
        &audit.exported_at,
        &mut row,
    )?;
    line(cover, &tr.t("cover-period"), &audit.period, &mut row)?;
    line(
        cover,
        &tr.t("cover-figures"),
        &tr.t("cover-figures-what"),
        &mut row,
    )?;
    row += 1;
    cover.write_string_with_format(row, 0, tr.t("cover-edits"), &header)?;
    row += 1;
    for (i, edit) in audit.edits.iter().enumerate() {
        line(cover, &format!("{}", i + 1), edit, &mut row)?;
    }
    row += 1;
    cover.write_string_with_format(row, 0, tr.t("report-col-input"), &header)?;
    cover.write_string_with_format(row, 1, "SHA-256", &header)?;
    row += 1;
    for input in &audit.inputs {
        line(cover, &input.file, &input.sha256, &mut row)?;
    }

    // Summary per unit: before and after.
    let summary = book.add_worksheet();
    summary.set_name(tr.t("sheet-summary"))?;
    let titles = [
        "summary-unit",
        "summary-name",
        "summary-officers-before",
        "summary-officers-after",
        "summary-load-before",
        "summary-load-after",
        "summary-hours-before",
        "summary-hours-after",
        "summary-households-after",
        "summary-understaffed-before",
        "summary-understaffed-after",
        "summary-meetings-after",
        "summary-leave-after",
        "summary-alarms-after",
    ];
    for (c, t) in titles.iter().enumerate() {
        summary.write_string_with_format(0, c as u16, tr.t(t), &header)?;
        summary.set_column_width(c as u16, if c == 1 { 30 } else { 14 })?;
    }
    summary.set_freeze_panes(1, 0)?;
    let (before, after) = (
        comparison.columns[0].report(),
        comparison
            .columns
            .last()
            .expect("the baseline at least")
            .report(),
    );
    for (i, (b, a)) in before.units.iter().zip(&after.units).enumerate() {
        let r = i as u32 + 1;
        let severity = |u: &UnitReport, rule: RuleId| {
            u.flags.iter().find(|f| f.rule == rule).map(|f| f.severity)
        };
        let fmt = |s: Option<Severity>| match s {
            Some(Severity::Alarm) => Some(&alarm),
            Some(Severity::Warn) => Some(&warn),
            None => None,
        };
        let (bf, af) = (&b.figures, &a.figures);
        summary.write_string(r, 0, &a.unit_id)?;
        summary.write_string(r, 1, &a.name)?;
        number(summary, r, 2, Some(bf.officers), None)?;
        number(summary, r, 3, Some(af.officers), None)?;
        number(
            summary,
            r,
            4,
            Some(bf.load_ratio),
            fmt(severity(b, RuleId::LoadRatio)),
        )?;
        number(
            summary,
            r,
            5,
            Some(af.load_ratio),
            fmt(severity(a, RuleId::LoadRatio)),
        )?;
        number(
            summary,
            r,
            6,
            Some(bf.load_ratio * before.standard_weekly_hours),
            None,
        )?;
        number(
            summary,
            r,
            7,
            Some(af.load_ratio * after.standard_weekly_hours),
            None,
        )?;
        number(
            summary,
            r,
            8,
            af.households_per_community_officer,
            fmt(severity(a, RuleId::HouseholdsPerCommunityOfficer)),
        )?;
        number(
            summary,
            r,
            9,
            Some(bf.understaffed_days as f64),
            fmt(severity(b, RuleId::UnderstaffedDays)),
        )?;
        number(
            summary,
            r,
            10,
            Some(af.understaffed_days as f64),
            fmt(severity(a, RuleId::UnderstaffedDays)),
        )?;
        number(
            summary,
            r,
            11,
            Some(af.meeting_hours_per_officer),
            fmt(severity(a, RuleId::MeetingsPerWeek)),
        )?;
        number(
            summary,
            r,
            12,
            af.leave_coverage,
            fmt(severity(a, RuleId::LeaveCoverage)),
        )?;
        let alarms = a
            .flags
            .iter()
            .filter(|f| f.severity == Severity::Alarm)
            .count();
        number(
            summary,
            r,
            13,
            Some(alarms as f64),
            if alarms > 0 { Some(&alarm) } else { None },
        )?;
    }

    // The proposed bureau's staffing need: the sentence, then every unit
    // (the report lists only those below their need).
    let need = super::staffing(comparison);
    let staffing = book.add_worksheet();
    staffing.set_name(tr.t("staffing-title"))?;
    staffing.write_string(0, 0, crate::output::staffing::sentence(&need, tr))?;
    for (c, title) in crate::output::staffing::head(tr).iter().enumerate() {
        staffing.write_string_with_format(2, c as u16, title, &header)?;
        staffing.set_column_width(c as u16, if c == 1 { 30 } else { 14 })?;
    }
    staffing.set_freeze_panes(3, 0)?;
    for (i, u) in need.units.iter().enumerate() {
        let r = i as u32 + 3;
        let below = u.lacks(u.need_standard).then_some(&warn);
        let below_warn = u.lacks(u.need_warn).then_some(&alarm);
        staffing.write_string(r, 0, &u.unit_id)?;
        staffing.write_string(r, 1, &u.name)?;
        number(staffing, r, 2, Some(u.has), below_warn.or(below))?;
        number(staffing, r, 3, Some(f64::from(u.need_warn)), None)?;
        number(staffing, r, 4, Some(f64::from(u.need_standard)), None)?;
        number(staffing, r, 5, Some(f64::from(u.floor)), None)?;
    }

    // One sheet per table of the proposed bureau, written row by row with
    // constant memory: a year's roster for 5,000 officers is 1.8 million rows.
    for table in tables {
        let rows = table.columns.first().map(|c| c.1.len()).unwrap_or(0);
        let parts = rows.div_ceil(MAX_ROWS).max(1);
        for part in 0..parts {
            let sheet = book.add_worksheet_with_constant_memory()?;
            // In Chinese, the tables and their columns as a personnel
            // office names them (the CSV files keep the data format's).
            let table_name = tr.t(&format!("sheet-{}", table.name));
            let name = if part == 0 {
                table_name
            } else {
                format!("{table_name} ({})", part + 1)
            };
            sheet.set_name(name)?;
            sheet.set_freeze_panes(1, 0)?;
            for (c, (title, values)) in table.columns.iter().enumerate() {
                let widest = values
                    .iter()
                    .take(2000)
                    .map(|v| v.chars().count())
                    .max()
                    .unwrap_or(0);
                let shown = column_title(tr, table.name, title);
                let widest = widest.max(unicode_width::UnicodeWidthStr::width(shown.as_str()));
                sheet.set_column_width(c as u16, (widest as f64 + 2.0).min(40.0))?;
                sheet.write_string_with_format(0, c as u16, shown, &header)?;
            }
            let numeric: Vec<bool> = table
                .columns
                .iter()
                .map(|(title, _)| NUMERIC.contains(title))
                .collect();
            for r in (part * MAX_ROWS)..rows.min((part + 1) * MAX_ROWS) {
                let row = (r - part * MAX_ROWS) as u32 + 1;
                for (c, (_, values)) in table.columns.iter().enumerate() {
                    let v = &values[r];
                    match v.parse::<f64>() {
                        Ok(x) if numeric[c] => sheet.write_number(row, c as u16, x)?,
                        _ if v.is_empty() => sheet,
                        _ => sheet.write_string(row, c as u16, v)?,
                    };
                }
            }
        }
    }
    book.save_to_buffer()
}
