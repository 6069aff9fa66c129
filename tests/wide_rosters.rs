//! Wide rosters (排班表) in and out: a bureau's roster kept as the stations
//! keep it loads to exactly the bureau of the long roster; every cell that
//! cannot be read is named as Excel names it; the rosters forceplan writes
//! load back.

mod common;

use common::{SMALL, fixture, small_with};
use forceplan::core::check::{Checked, check, choose_period};
use forceplan::core::roster_sheet::unit_months;
use forceplan::core::rules::Rules;
use forceplan::export::roster::workbook;
use forceplan::load::{LoadError, load_bureau};
use forceplan::sample::{SampleSpec, generate};
use forceplan::store::write_bureau;
use proptest::prelude::*;
use std::path::Path;
use std::sync::Arc;

fn report(dir: &Path) -> forceplan::core::check::CheckReport {
    let loaded = load_bureau(dir, None).unwrap_or_else(|e| panic!("{e}"));
    let period = choose_period(&loaded.bureau, None, None).unwrap();
    check(&loaded.bureau, period, &loaded.rules)
}

fn refusal(dir: &Path) -> String {
    match load_bureau(dir, None) {
        Err(e @ LoadError::Refused { .. }) => e.to_string(),
        Err(e) => panic!("not a refusal: {e}"),
        Ok(_) => panic!("loaded"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Any bureau's roster, written as the stations' 排班表 (a workbook per
    /// unit, a sheet per month, title, 星期 row, totals; Chinese names or
    /// codes; officers moving between units), loads to the same bureau.
    #[test]
    fn a_wide_roster_made_from_any_bureau_loads_to_the_same_bureau(
        officers in 5usize..60,
        days in 20usize..120,
        seed in any::<u64>(),
        movements in 0usize..6,
        chinese in any::<bool>(),
    ) {
        let bureau = generate(&SampleSpec { officers, days, seed, movements });
        let dir = tempfile::tempdir().unwrap();
        let long = dir.path().join("long");
        write_bureau(&long, &bureau, false, &[]).unwrap();
        let wide = dir.path().join("wide");
        write_bureau(&wide, &bureau, false, &[]).unwrap();
        std::fs::remove_file(wide.join("roster.csv")).unwrap();
        std::fs::create_dir(wide.join("排班表")).unwrap();
        let period = choose_period(&bureau, None, None).unwrap();
        let checked = Checked::new(Arc::new(bureau.clone()), period, &Rules::default());
        for (u, unit) in bureau.units.iter().enumerate() {
            let months = unit_months(&checked, None, u as u32);
            let bytes = workbook(&bureau, u as u32, &months, chinese).unwrap();
            std::fs::write(wide.join("排班表").join(format!("{}.xlsx", unit.id)), bytes).unwrap();
        }
        let (a, b) = (load_bureau(&long, None).unwrap(), load_bureau(&wide, None).unwrap());
        prop_assert_eq!(&b.bureau, &a.bureau);
        prop_assert!(b.notes.iter().any(|n| n.to_string().contains("wide 排班表")), "{:?}", b.notes);
        prop_assert_eq!(report(&wide), report(&long));
    }
}

/// The small fixture's roster as a station's wide CSV saved by Chinese
/// Excel: GBK, a title row, 警号 and 姓名, days as "1月1日", a 星期 row, a
/// totals column and a totals row.
fn small_as_wide_csv() -> Vec<u8> {
    let roster = fixture("roster.csv");
    let officers = fixture("officers.csv");
    let name_of = |id: &str| {
        officers
            .lines()
            .find(|l| l.starts_with(&format!("{id},")))
            .unwrap()
            .split(',')
            .nth(1)
            .unwrap()
            .to_string()
    };
    let rows: Vec<Vec<&str>> = roster
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect();
    let mut dates: Vec<&str> = rows.iter().map(|r| r[1]).collect();
    dates.sort();
    dates.dedup();
    let mut ids: Vec<&str> = rows.iter().map(|r| r[0]).collect();
    ids.sort();
    ids.dedup();
    let width = 2 + dates.len() + 1;
    let line = |cells: Vec<String>| {
        let mut cells = cells;
        cells.resize(width, String::new());
        cells.join(",") + "\r\n"
    };
    let mut text = line(vec!["城关派出所2025年1月排班表".into()]);
    let mut header = vec!["警号".to_string(), "姓名".to_string()];
    let mut weekdays = vec![String::new(), "星期".to_string()];
    for d in &dates {
        let date = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        header.push(date.format("%-m月%-d日").to_string());
        weekdays.push(forceplan::load::wide::weekday_name(chrono::Datelike::weekday(&date)).into());
    }
    header.push("出勤天数".into());
    text += &line(header);
    text += &line(weekdays);
    for id in &ids {
        let mut cells = vec![id.to_string(), name_of(id)];
        let mut worked = 0;
        for d in &dates {
            let cell = rows
                .iter()
                .find(|r| r[0] == *id && r[1] == *d)
                .map(|r| {
                    let shift = r[2].parse_shift();
                    let hours: f64 = r[3].parse().unwrap();
                    if hours > 0.0 {
                        worked += 1;
                    }
                    forceplan::core::roster_sheet::cell_text(shift, hours, true)
                })
                .unwrap_or_default();
            cells.push(cell);
        }
        cells.push(worked.to_string());
        text += &line(cells);
    }
    text += &line(vec![String::new(), "在岗人数".into(), "3".into()]);
    encoding_rs::GBK.encode(&text).0.into_owned()
}

trait ParseShift {
    fn parse_shift(&self) -> forceplan::core::model::Shift;
}

impl ParseShift for &str {
    fn parse_shift(&self) -> forceplan::core::model::Shift {
        forceplan::core::model::Shift::parse(self).unwrap()
    }
}

#[test]
fn a_gbk_wide_csv_with_chinese_headers_loads_to_the_same_figures() {
    let wide = small_as_wide_csv();
    let dir = small_with(&[("roster.csv", Some(&wide))]);
    let loaded = load_bureau(dir.path(), None).unwrap_or_else(|e| panic!("{e}"));
    let original = load_bureau(Path::new(SMALL), None).unwrap();
    assert_eq!(loaded.bureau, original.bureau);
    let notes: Vec<String> = loaded.notes.iter().map(|n| n.to_string()).collect();
    let notes = notes.join("\n");
    assert!(notes.contains("read as GBK"), "{notes}");
    assert!(
        notes.contains(
            "roster.csv was read as a wide 排班表 (one column per day): 1 sheet (roster)"
        ),
        "{notes}"
    );
    assert!(notes.contains("columns skipped: 出勤天数"), "{notes}");
    assert_eq!(report(dir.path()), report(Path::new(SMALL)));
}

/// A month's sheet as a station writes it: title merged over the top row,
/// 警号, 姓名, days 1-31 with a 星期 row, totals on the right.
fn october_workbook(cells: &[(u32, u16, &str)]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("10月").unwrap();
    let merged = rust_xlsxwriter::Format::new();
    sheet
        .merge_range(0, 0, 0, 33, "城关派出所2025年10月排班表", &merged)
        .unwrap();
    sheet.write(1, 0, "警号").unwrap();
    sheet.write(1, 1, "姓名").unwrap();
    for day in 1..=31u32 {
        let date = chrono::NaiveDate::from_ymd_opt(2025, 10, day).unwrap();
        let col = 1 + day as u16;
        sheet.write(1, col, day).unwrap();
        let weekday = forceplan::load::wide::weekday_name(chrono::Datelike::weekday(&date));
        sheet
            .write(2, col, weekday.trim_start_matches("星期"))
            .unwrap();
    }
    sheet.write(1, 33, "夜班数").unwrap();
    for (r, c, text) in cells {
        sheet.write(*r, *c, *text).unwrap();
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn every_cell_that_cannot_be_read_is_named_as_excel_names_it() {
    // The small bureau's officers, a roster of October: P1..P4 on rows 4-7.
    let officers = fixture("officers.csv");
    let ids: Vec<&str> = officers
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .take(4)
        .collect();
    let mut cells: Vec<(u32, u16, &str)> = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        cells.push((3 + i as u32, 0, id));
        cells.push((3 + i as u32, 2, "白班"));
    }
    // Row 7, the 30th (column AF): a shift nobody knows.
    cells.push((6, 31, "夜勤"));
    // Row 5, the 2nd: hours a day does not have.
    cells.push((4, 3, "白班30"));
    let book = october_workbook(&cells);
    let dir = small_with(&[
        ("roster.csv", None),
        ("roster.xlsx", Some(&book)),
        ("holidays.csv", None),
    ]);
    let text = refusal(dir.path());
    for expected in [
        "roster.xlsx, 10月!AF7: \"夜勤\"; expected a shift code",
        "roster.xlsx, 10月!D5: \"白班30\"; expected hours from 0 to 24 after 白班",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
    assert!(
        text.contains("夜班"),
        "the nearest names are offered\n{text}"
    );
    // The same refusal in Chinese, through the binary: file, cell, value
    // and what was expected in the office's words.
    let out = common::forceplan()
        .args(["--lang", "zh", "check"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    for expected in [
        "roster.xlsx，10月!AF7：“夜勤”；应为班次代码（DAY，NIGHT，DUTY24，TRAIN，OFF，LEAVE，COMP，SICK）或班次名称（",
        "roster.xlsx，10月!D5：“白班30”；白班 后应为 0 至 24 的小时数，实为 30",
    ] {
        assert!(err.contains(expected), "{expected}\n{err}");
    }
    assert!(err.starts_with("错误： "), "{err}");
    // Each bad cell is one problem: its hours, which the cell itself was to
    // give, are not a second one.
    assert!(err.contains("中的数据未能载入：发现 2 处问题"), "{err}");
    assert!(!err.contains("为空"), "{err}");
}

#[test]
fn a_wide_roster_for_days_outside_an_officers_service_is_refused_at_the_cell() {
    // P1 works the whole of October 2025; the small bureau's other tables
    // are of January, which stays fine: only the roster is October's.
    let officers = fixture("officers.csv");
    let id = officers
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .to_string();
    let cells = vec![(3u32, 0u16, id.as_str()), (3, 2, "白班"), (3, 3, "白班")];
    let book = october_workbook(&cells);
    let dir = small_with(&[("roster.csv", None), ("roster.xlsx", Some(&book))]);
    // October's roster loads (with the rest of the bureau) to two rows.
    let loaded = load_bureau(dir.path(), None).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(loaded.bureau.roster.len(), 2);
    // The same day twice (a second sheet for October) is named at both cells.
    let mut book = rust_xlsxwriter::Workbook::new();
    for name in ["2025年10月", "2025-10"] {
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        sheet.write(0, 0, "警号").unwrap();
        sheet.write(0, 1, 1).unwrap();
        sheet.write(1, 0, id.as_str()).unwrap();
        sheet.write(1, 1, "白班").unwrap();
    }
    let dir = small_with(&[
        ("roster.csv", None),
        ("roster.xlsx", Some(&book.save_to_buffer().unwrap())),
    ]);
    let text = refusal(dir.path());
    assert!(
        text.contains("roster.xlsx, 2025-10!B2: \"2025-10-01\"; a second row for this officer and day; the first is at 2025年10月!B2"),
        "{text}"
    );
}

#[test]
fn a_bureau_without_holidays_keeps_the_statutory_calendar_of_its_years() {
    let dir = tempfile::tempdir().unwrap();
    let bureau = dir.path().join("b");
    let run = common::forceplan()
        .args([
            "sample",
            bureau.to_str().unwrap(),
            "--officers",
            "80",
            "--days",
            "365",
            "--format",
            "long",
        ])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // The year's calendar written out as the bureau's own table.
    let written = common::forceplan()
        .args(["holidays", "2025", "--format", "csv"])
        .output()
        .unwrap();
    std::fs::write(bureau.join("holidays.csv"), &written.stdout).unwrap();
    let with_table = report(&bureau);
    std::fs::remove_file(bureau.join("holidays.csv")).unwrap();
    let loaded = load_bureau(&bureau, None).unwrap();
    assert!(
        loaded.notes.iter().any(|n| n.to_string().contains("no holidays table: the PRC statutory holidays and adjusted working days of 2025 were used")),
        "{:?}",
        loaded.notes
    );
    assert_eq!(report(&bureau), with_table);
    // Holiday overtime is counted as such: the calendar is not empty.
    assert!(
        with_table
            .officers
            .iter()
            .any(|o| o.figures.overtime_by_class.holiday > 0.0)
    );
    // An empty holidays table means no holidays.
    std::fs::write(bureau.join("holidays.csv"), "date,kind,name\n").unwrap();
    assert!(
        report(&bureau)
            .officers
            .iter()
            .all(|o| o.figures.overtime_by_class.holiday == 0.0)
    );
}

#[test]
fn a_year_the_calendar_does_not_cover_is_warned_of() {
    let roster = fixture("roster.csv").replace("2025-01-14", "2027-01-14");
    let dir = small_with(&[
        ("roster.csv", Some(roster.as_bytes())),
        ("holidays.csv", None),
    ]);
    // 2027-01-14 is outside the officers' data but a roster day all the same.
    let loaded = load_bureau(dir.path(), None);
    let notes = match loaded {
        Ok(l) => l.notes,
        Err(e) => panic!("{e}"),
    };
    assert!(
        notes.iter().any(|n| n
            .to_string()
            .starts_with("warning: the built-in calendar covers 2020-2026, not 2027")),
        "{notes:?}"
    );
}

/// The bureau written for older systems (GB18030) reads back the same, and
/// the CSV files carry no byte-order mark then; by default they carry one.
#[test]
fn csv_files_are_written_with_a_byte_order_mark_or_in_gb18030_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let run = |out: &Path, extra: &[&str]| {
        let run = common::forceplan()
            .args([
                "sample",
                out.to_str().unwrap(),
                "--officers",
                "30",
                "--days",
                "20",
            ])
            .args(extra)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
    };
    let (utf8, gb) = (dir.path().join("utf8"), dir.path().join("gb"));
    run(&utf8, &[]);
    run(&gb, &["--encoding", "gb18030"]);
    let units = std::fs::read(utf8.join("units.csv")).unwrap();
    assert!(units.starts_with(b"\xEF\xBB\xBF"), "a byte-order mark");
    let units_gb = std::fs::read(gb.join("units.csv")).unwrap();
    assert!(
        std::str::from_utf8(&units_gb).is_err(),
        "GB18030, not UTF-8"
    );
    let (text, _, bad) = encoding_rs::GB18030.decode(&units_gb);
    assert!(!bad && text.starts_with("单位编号,单位名称"), "{text}");
    let loaded = load_bureau(&gb, None).unwrap();
    assert!(
        loaded
            .notes
            .iter()
            .any(|n| n.to_string().contains("read as GBK")),
        "{:?}",
        loaded.notes
    );
    assert_eq!(loaded.bureau, load_bureau(&utf8, None).unwrap().bureau);
}
