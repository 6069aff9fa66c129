//! `forceplan export`: round trips, the workbook read back, the report's
//! sections, the audit trail, and never writing over anything.

mod common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::SMALL;
use common::forceplan;
use forceplan::core::check::{check, choose_period};
use forceplan::export::sha256_file;
use forceplan::load::load_bureau;
use std::path::Path;

fn export(args: &[&str]) -> std::process::Output {
    forceplan().arg("export").args(args).output().unwrap()
}

#[test]
fn the_export_of_the_baseline_is_the_same_bureau_with_the_same_figures() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let run = export(&[SMALL, "--to", out.to_str().unwrap()]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let (original, exported) = (
        load_bureau(Path::new(SMALL), None).unwrap(),
        load_bureau(&out, None).unwrap(),
    );
    assert_eq!(exported.bureau, original.bureau);
    let period = choose_period(&original.bureau, None, None).unwrap();
    assert_eq!(
        check(&exported.bureau, period, &exported.rules),
        check(&original.bureau, period, &original.rules)
    );
}

/// The report and the workbook in Chinese with --lang zh: titles, sections,
/// columns, sheet names and the cover, the same figures; audit.json keeps
/// the English a script reads.
#[test]
fn the_report_and_the_workbook_speak_chinese() {
    let (dir, scenario) = common::scenario_file(
        "schema = 1\nname = \"东区调整\"\n[[edit]]\nkind = \"move_officer\"\nofficer = \"P4\"\nto = \"U1\"\n\n[[edit]]\nkind = \"plan_leave\"\nfrom = 2025-01-02\nto = 2025-01-14\nleaders_cover = 1\n",
    );
    let out = dir.path().join("out");
    let run = forceplan()
        .args(["--lang", "zh", "export", SMALL, "--scenario"])
        .arg(&scenario)
        .arg("--to")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(String::from_utf8_lossy(&run.stderr).starts_with("已写入 "));
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(md.starts_with("# forceplan 报告：东区调整\n"), "{md}");
    for line in [
        "## 摘要",
        "## 各单位负荷",
        "## 各单位，调整前 -&gt; 调整后",
        "| 单位 | 名称 | 人数 | 负荷 | 周工时 | 社区民警人均户数 | 缺员天数 | 人均会议时长 | 休假率（%） | 告警 |",
        "## 调动：1 人",
        "| P4 | U2 | U1 | 2025-01-01 | 规划人员指定 |",
        "## 审计记录",
        "| 1 | 调动 P4 至 U1 |",
        "| 2 | 安排轮休 2025-01-02 至 2025-01-14（每名领导最多顶岗 1 天） |",
    ] {
        assert!(md.contains(line), "{line}\n{md}");
    }
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(html.contains("<html lang=\"zh-CN\">"));
    assert!(html.contains("id=\"summary\"><h2>摘要</h2>"));
    assert!(html.contains("1.00 标准工时"));
    // The audit for scripts stays English.
    let audit = std::fs::read_to_string(out.join("audit.json")).unwrap();
    assert!(audit.contains("\"move P4 to U1\""), "{audit}");
    let mut book: Xlsx<_> = open_workbook(out.join("workbook.xlsx")).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "封面",
            "汇总",
            "警力需求",
            "单位",
            "民警",
            "排班",
            "警务区",
            "加班",
            "检查",
            "会议",
            "节假日",
            "调动"
        ]
    );
    let cover = book.worksheet_range("封面").unwrap();
    let cell = |r: &calamine::Range<Data>, row: u32, col: u32| {
        r.get_value((row, col))
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    assert_eq!(cell(&cover, 0, 0), "forceplan 导出");
    assert_eq!(cell(&cover, 2, 0), "时段");
    assert_eq!(cell(&cover, 2, 1), "2025-01-01 至 2025-01-14");
    let summary = book.worksheet_range("汇总").unwrap();
    assert_eq!(cell(&summary, 0, 0), "单位编号");
    assert_eq!(cell(&summary, 0, 5), "调整后负荷");
    let roster = book.worksheet_range("排班").unwrap();
    assert_eq!(
        (0..4).map(|c| cell(&roster, 0, c)).collect::<Vec<_>>(),
        ["警号", "日期", "班次", "时长"]
    );
}

#[test]
fn a_scenario_export_carries_projections_a_workbook_a_report_and_an_audit() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = dir.path().join("s.toml");
    std::fs::write(
        &scenario,
        "schema = 1\nname = \"relieve East\"\n[[edit]]\nkind = \"move_officer\"\nofficer = \"P4\"\nto = \"U1\"\nreason = \"lives nearby\"\n\n[[edit]]\nkind = \"plan_leave\"\nfrom = 2025-01-02\nto = 2025-01-14\nleaders_cover = 1\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let run = export(&[
        SMALL,
        "--scenario",
        scenario.to_str().unwrap(),
        "--to",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // The proposed bureau loads; P4 serves at U1 now (assigned from the start).
    let proposed = load_bureau(&out, None).unwrap();
    let pb = &proposed.bureau;
    let period = choose_period(pb, None, None).unwrap();
    let p4 = pb.officer_index("P4").unwrap();
    assert_eq!(pb.unit(pb.serving(p4, period.end).unwrap()).id, "U1");
    let checked = check(pb, period, &proposed.rules);

    // The report: every section, projections labelled, nothing fetched.
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    for section in [
        "id=\"summary\"",
        "id=\"load\"",
        "id=\"units\"",
        "id=\"alarms\"",
        "id=\"moves\"",
        "id=\"leave\"",
        "id=\"audit\"",
    ] {
        assert!(html.contains(section), "{section} missing");
    }
    assert!(html.contains("<svg") && html.contains("the bureau the scenario proposes"));
    assert!(!html.contains("src=\"http") && !html.contains("<link") && !html.contains("<script"));
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(md.starts_with("# forceplan report: relieve East"));
    assert!(
        md.contains("| P4 | U2 | U1 | 2025-01-01 | lives nearby |"),
        "{md}"
    );

    // The workbook, read back.
    let mut book: Xlsx<_> = open_workbook(out.join("workbook.xlsx")).unwrap();
    let names = book.sheet_names();
    assert_eq!(
        names,
        [
            "Cover",
            "Summary",
            "Staffing need",
            "units",
            "officers",
            "roster",
            "households",
            "overtime",
            "inspections",
            "meetings",
            "holidays",
            "assignments"
        ]
    );
    let cover = book.worksheet_range("Cover").unwrap();
    assert_eq!(
        cover.get_value((0, 1)),
        Some(&Data::String("relieve East".into()))
    );
    assert!(
        cover
            .rows()
            .any(|r| r.get(1) == Some(&Data::String("move P4 to U1".into())))
    );
    let summary = book.worksheet_range("Summary").unwrap();
    assert_eq!(
        summary.get_value((0, 5)),
        Some(&Data::String("load after".into()))
    );
    assert_eq!(summary.get_value((1, 0)), Some(&Data::String("U1".into())));
    assert_eq!(summary.get_value((1, 4)), Some(&Data::Float(349.0 / 240.0)));
    // After: what `check` says of the exported bureau, to the last digit.
    assert_eq!(
        summary.get_value((1, 5)),
        Some(&Data::Float(checked.units[0].figures.load_ratio))
    );
    assert_eq!(
        summary.get_value((1, 3)),
        Some(&Data::Float(checked.units[0].figures.officers))
    );
    // The staffing need: the one `check` gives of the exported bureau.
    let need = forceplan::core::staffing::need(pb, period, &checked, &proposed.rules);
    let staffing = book.worksheet_range("Staffing need").unwrap();
    let tr = forceplan::i18n::tr(forceplan::i18n::Lang::En);
    assert_eq!(
        staffing.get_value((0, 0)),
        Some(&Data::String(forceplan::output::staffing::sentence(
            &need, tr
        )))
    );
    assert_eq!(staffing.height(), 3 + need.units.len());
    for (i, u) in need.units.iter().enumerate() {
        let row = 3 + i as u32;
        assert_eq!(
            staffing.get_value((row, 0)),
            Some(&Data::String(u.unit_id.clone()))
        );
        assert_eq!(staffing.get_value((row, 2)), Some(&Data::Float(u.has)));
        assert_eq!(
            staffing.get_value((row, 4)),
            Some(&Data::Float(f64::from(u.need_standard)))
        );
    }
    let roster = book.worksheet_range("roster").unwrap();
    assert_eq!(roster.height(), proposed.bureau.roster.len() + 1);
    assert_eq!(
        roster.get_value((0, 3)),
        Some(&Data::String("hours".into()))
    );
    assert!(
        matches!(roster.get_value((1, 3)), Some(Data::Float(_))),
        "hours are numbers"
    );

    // The audit: every input's SHA-256, and the scenario's edits.
    let audit: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("audit.json")).unwrap()).unwrap();
    let units = audit["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["file"] == "units.csv")
        .unwrap();
    assert_eq!(
        units["sha256"],
        sha256_file(&Path::new(SMALL).join("units.csv")).unwrap()
    );
    assert!(
        audit["inputs"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["file"] == "s.toml")
    );
    assert_eq!(audit["edits"][0], "move P4 to U1");
    assert!(out.join("covers.csv").exists());
}

#[test]
fn exports_never_overwrite_silently_nor_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    assert_eq!(
        export(&[SMALL, "--to", out.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    let again = export(&[SMALL, "--to", out.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    assert_eq!(
        export(&[SMALL, "--to", out.to_str().unwrap(), "--force"])
            .status
            .code(),
        Some(0)
    );
    let onto_input = export(&[SMALL, "--to", SMALL, "--force"]);
    assert_eq!(onto_input.status.code(), Some(1));
    assert!(Path::new(SMALL).join("units.csv").exists());
}

/// LibreOffice, where installed (CI installs it); else `None`, and the
/// test that needs it is skipped (never on CI).
fn soffice() -> Option<&'static str> {
    let found = ["soffice", "libreoffice"].into_iter().find(|b| {
        std::process::Command::new(b)
            .arg("--version")
            .output()
            .is_ok()
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI installs LibreOffice for this test"
        );
        eprintln!("LibreOffice not installed: conversion test skipped");
    }
    found
}

/// `file` converted by LibreOffice to `to` (a filter, "pdf" or a CSV one)
/// in a new folder under `dir`: the converted file.
fn convert(soffice: &str, dir: &Path, file: &Path, to: &str) -> std::path::PathBuf {
    let converted = dir.join(format!("converted-{}", to.len()));
    let status = std::process::Command::new(soffice)
        .args(["--headless", "--norestore", "--convert-to", to])
        .arg("--outdir")
        .arg(&converted)
        .arg(file)
        .env("HOME", dir)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    std::fs::read_dir(&converted)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path()
}

/// LibreOffice opens the workbook: the units sheet converted to CSV holds the
/// same table as units.csv. Runs where LibreOffice is installed (CI installs it).
#[test]
fn libreoffice_reads_the_workbook() {
    let Some(soffice) = soffice() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    assert_eq!(
        export(&[SMALL, "--to", out.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    // Sheet 4 is units (after Cover, Summary and Staffing need); UTF-8,
    // comma separated.
    let csv = convert(
        soffice,
        dir.path(),
        &out.join("workbook.xlsx"),
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,4",
    );
    let from_excel: Vec<String> = std::fs::read_to_string(csv)
        .unwrap()
        .lines()
        .map(|l| l.replace('"', ""))
        .collect();
    let original: Vec<String> = common::written_csv(&out.join("units.csv"))
        .lines()
        .map(String::from)
        .collect();
    assert_eq!(from_excel, original);
}

/// Every table sheet of the workbook holds, cell by cell, what the CSV of
/// the same table holds (numbers as numbers, empty cells empty).
#[test]
fn every_table_sheet_equals_its_csv_cell_by_cell() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    assert_eq!(
        export(&[SMALL, "--to", out.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    let mut book: Xlsx<_> = open_workbook(out.join("workbook.xlsx")).unwrap();
    for table in [
        "units",
        "officers",
        "roster",
        "households",
        "overtime",
        "inspections",
        "meetings",
        "holidays",
    ] {
        let sheet = book.worksheet_range(table).unwrap();
        // The fixture's fields hold no commas or quotes, so a plain split reads it.
        let csv = common::written_csv(&out.join(format!("{table}.csv")));
        let rows: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
        assert_eq!(sheet.height(), rows.len(), "{table}: rows");
        for (r, row) in rows.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                // The CSV writer quotes an empty text field: "".
                let text = &text.trim_matches('"');
                let cell = sheet.get((r, c)).cloned().unwrap_or(Data::Empty);
                let same = match &cell {
                    Data::Empty => text.is_empty(),
                    Data::String(s) => s == text,
                    Data::Float(x) => text.parse::<f64>().is_ok_and(|t| t == *x),
                    other => panic!("{table} ({r}, {c}): unexpected {other:?}"),
                };
                assert!(same, "{table} ({r}, {c}): workbook {cell:?}, CSV {text:?}");
            }
        }
    }
}

/// The export's rosters folder (a 排班表 per unit) given back as a bureau's
/// roster (the folder named roster/, the long roster.csv removed) is the
/// same bureau: the stations' rosters load back.
#[test]
fn the_stations_rosters_load_back_to_the_same_bureau() {
    for lang in ["zh", "en"] {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let run = export(&[
            "tests/fixtures/moves",
            "--to",
            out.to_str().unwrap(),
            "--lang",
            lang,
        ]);
        assert_eq!(
            run.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let rosters: Vec<String> = std::fs::read_dir(out.join("rosters"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        let units = load_bureau(Path::new("tests/fixtures/moves"), None)
            .unwrap()
            .bureau
            .units;
        assert_eq!(rosters.len(), units.len(), "{rosters:?}");
        for u in &units {
            assert!(
                rosters.contains(&format!("{} {}.xlsx", u.id, u.name)),
                "{rosters:?}"
            );
        }
        // Shift names in Chinese, or the contract's codes.
        let mut cells: Vec<String> = Vec::new();
        for file in &rosters {
            let mut book: Xlsx<_> = open_workbook(out.join("rosters").join(file)).unwrap();
            let sheet = book.worksheet_range_at(0).unwrap().unwrap();
            cells.extend(sheet.cells().map(|(_, _, c)| c.to_string()));
        }
        if lang == "zh" {
            assert!(
                cells.iter().any(|c| c == "星期" || c == "警号"),
                "{cells:?}"
            );
            assert!(
                cells
                    .iter()
                    .any(|c| c.starts_with("白班") || c.starts_with("夜班") || c == "休"),
                "{cells:?}"
            );
        } else {
            assert!(cells.iter().any(|c| c == "officer_id"), "{cells:?}");
            assert!(
                cells
                    .iter()
                    .any(|c| c.starts_with("DAY") || c.starts_with("NIGHT") || c == "OFF"),
                "{cells:?}"
            );
        }
        std::fs::remove_file(out.join("roster.csv")).unwrap();
        std::fs::rename(out.join("rosters"), out.join("roster")).unwrap();
        let back = load_bureau(&out, None).unwrap_or_else(|e| panic!("{e}"));
        let original = load_bureau(Path::new("tests/fixtures/moves"), None).unwrap();
        assert_eq!(back.bureau, original.bureau, "{lang}");
    }
}

/// Each unit's 排班表 prints as the station needs it: LibreOffice converts
/// it to a PDF of one landscape A4 page per month (fitted one page wide; a
/// unit this small fits one page tall too). Runs where LibreOffice is
/// installed (CI installs it).
#[test]
fn the_stations_rosters_print_one_page_wide_per_month() {
    let Some(soffice) = soffice() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let bureau = dir.path().join("b");
    let run = forceplan()
        .args([
            "sample",
            bureau.to_str().unwrap(),
            "--officers",
            "40",
            "--days",
            "90",
            "--format",
            "long",
        ])
        .output()
        .unwrap();
    assert!(run.status.success());
    let out = dir.path().join("out");
    let run = export(&[bureau.to_str().unwrap(), "--to", out.to_str().unwrap()]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // 2025-01-01 to 2025-03-31: three months. The smallest unit's workbook.
    let mut rosters: Vec<(u64, std::path::PathBuf)> = std::fs::read_dir(out.join("rosters"))
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (e.metadata().unwrap().len(), e.path())
        })
        .collect();
    rosters.sort();
    let smallest = &rosters[0].1;
    let pdf = convert(soffice, dir.path(), smallest, "pdf");
    let bytes = std::fs::read(pdf).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    // Page objects ("/Type /Page", not "/Type /Pages") and their size.
    let pages = text
        .match_indices("/Type")
        .filter(|(i, _)| {
            let rest = text[i + 5..].trim_start();
            rest.starts_with("/Page") && !rest.starts_with("/Pages")
        })
        .count();
    assert_eq!(pages, 3, "one page per month, one page wide");
    let boxes: Vec<&str> = text
        .match_indices("/MediaBox")
        .map(|(i, _)| &text[i..i + 60])
        .collect();
    assert!(!boxes.is_empty());
    for b in boxes {
        // A4 landscape: 842 x 595 points.
        assert!(b.contains("841.") && b.contains("595."), "{b}");
    }
}
