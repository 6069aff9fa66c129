//! Files made to bring a loader down: each is refused with a message that
//! names the file (and the cell or line), never a panic, an abort or an
//! allocation the file dictates.

mod common;

use common::{fixture, small_with};
use forceplan::load::{LoadError, load_bureau};
use std::io::{Read, Write};
use std::path::Path;

/// The refusal's text, which must name `file`.
fn refusal(dir: &Path, file: &str) -> String {
    match load_bureau(dir, None) {
        Err(LoadError::Refused { problems, .. }) => {
            let text = problems.to_string();
            assert!(text.contains(file), "{text}");
            text
        }
        Err(other) => panic!("{other}"),
        Ok(_) => panic!("loaded"),
    }
}

/// The units table as a workbook, its first sheet's XML passed through `edit`.
fn units_xlsx(edit: impl Fn(String) -> String) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, line) in fixture("units.csv").lines().enumerate() {
        for (c, cell) in line.split(',').enumerate() {
            sheet.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    let bytes = book.save_to_buffer().unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            data = edit(String::from_utf8(data).unwrap()).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

fn with_units_xlsx(bytes: &[u8]) -> tempfile::TempDir {
    small_with(&[("units.csv", None), ("units.xlsx", Some(bytes))])
}

#[test]
fn a_cell_at_the_sheets_far_corner_is_refused_not_an_abort() {
    // One more cell, at XFD1048576: the sheet's range is 16384 x 1048576.
    let bytes = units_xlsx(|xml| {
        xml.replace(
            "</sheetData>",
            r#"<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>"#,
        )
        .replace("<dimension ref=\"A1:D5\"/>", "<dimension ref=\"A1:XFD1048576\"/>")
    });
    assert!(bytes.len() < 10_000);
    let text = refusal(with_units_xlsx(&bytes).path(), "units.xlsx");
    assert!(text.contains("XFD1048576"), "{text}");
}

#[test]
fn a_malformed_cell_reference_is_refused_not_an_abort() {
    let bytes = units_xlsx(|xml| xml.replacen("r=\"B2\"", "r=\"ZZZZZZZZZ99999999999\"", 1));
    refusal(with_units_xlsx(&bytes).path(), "units.xlsx");
}

#[test]
fn a_formula_error_is_a_problem_of_its_cell_not_an_id() {
    let bytes = units_xlsx(|xml| {
        let start = xml.find("<c r=\"A3\"").unwrap();
        let end = start + xml[start..].find("</c>").unwrap() + 4;
        format!(
            "{}<c r=\"A3\" t=\"e\"><v>#DIV/0!</v></c>{}",
            &xml[..start],
            &xml[end..]
        )
    });
    let text = refusal(with_units_xlsx(&bytes).path(), "units.xlsx");
    assert!(text.contains("#DIV/0!"), "{text}");
    assert!(text.contains("formula error"), "{text}");
    assert!(!text.contains("#Div0"), "{text}");
}

#[test]
fn csv_saved_for_the_macintosh_is_read_line_by_line() {
    let units = fixture("units.csv")
        .replace("\r\n", "\n")
        .replace('\n', "\r");
    let dir = small_with(&[("units.csv", Some(units.as_bytes()))]);
    let loaded = load_bureau(dir.path(), None).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        loaded
            .notes
            .iter()
            .any(|n| n.to_string().contains("CR alone")),
        "{:?}",
        loaded.notes
    );
}

#[test]
fn a_csv_mixing_cr_and_lf_line_ends_is_refused_with_the_reason_at_once() {
    // A whole roster on one CR-split line after an LF header: the check of
    // the header must not take time quadratic in its fields.
    let mut roster = String::from("officer_id,date,shift,hours\n");
    for i in 0..200_000 {
        roster.push_str(&format!("P1,2025-01-01,DAY,{i}\r"));
    }
    let dir = small_with(&[("roster.csv", Some(roster.as_bytes()))]);
    let started = std::time::Instant::now();
    let text = refusal(dir.path(), "roster.csv");
    assert!(text.contains("CR alone"), "{text}");
    // Not a timing test: a quadratic check would take minutes, not seconds.
    assert!(started.elapsed().as_secs() < 60);
}

#[test]
fn a_header_naming_a_column_many_times_is_checked_in_linear_time() {
    let header = vec!["x"; 100_000].join(",");
    let dir = small_with(&[("units.csv", Some(format!("{header}\n").as_bytes()))]);
    let text = refusal(dir.path(), "units.csv");
    assert!(text.contains("twice"), "{text}");
}

#[test]
fn utf32_is_called_utf32() {
    let mut bytes = vec![0xFF, 0xFE, 0, 0];
    for c in "unit_id\n".chars() {
        bytes.extend((c as u32).to_le_bytes());
    }
    let dir = small_with(&[("units.csv", Some(&bytes))]);
    let text = refusal(dir.path(), "units.csv");
    assert!(text.contains("UTF-32"), "{text}");
}

#[test]
fn parquet_with_decimal_or_nested_columns_is_refused_quietly_and_named() {
    for (fixture, says) in [
        ("units_decimal.parquet", "(decimal)"),
        ("units_struct.parquet", "columns of text, numbers and dates"),
    ] {
        let bytes = std::fs::read(format!("tests/fixtures/hostile/{fixture}")).unwrap();
        let dir = small_with(&[("units.csv", None), ("units.parquet", Some(&bytes))]);
        let run = assert_cmd::Command::cargo_bin("forceplan")
            .unwrap()
            .arg("check")
            .arg(dir.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&run.stderr);
        // Refused (exit 1 as every refused bureau), not a crash.
        assert_eq!(run.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains("units.parquet") && stderr.contains(says),
            "{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn names_that_look_like_formulas_or_html_are_made_safe_in_outputs_meant_for_people() {
    let officers = fixture("officers.csv")
        .replace("王伟", "=cmd|' /C calc'!A0")
        .replace("李娜", "<script>alert(1)</script>");
    let dir = small_with(&[("officers.csv", Some(officers.as_bytes()))]);
    let csv = assert_cmd::Command::cargo_bin("forceplan")
        .unwrap()
        .args(["check", "--format", "csv"])
        .arg(dir.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&csv.stdout);
    assert!(text.contains(",'=cmd|' /C calc'!A0,"), "{text}");
    assert!(
        !text.contains(",\"=cmd") && !text.contains(",=cmd"),
        "{text}"
    );
    // The report: HTML stays text; the bureau's own tables stay exact.
    let elsewhere = tempfile::tempdir().unwrap();
    let out = elsewhere.path().join("export");
    let run = assert_cmd::Command::cargo_bin("forceplan")
        .unwrap()
        .arg("export")
        .arg(dir.path())
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
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(!md.contains("<script>"), "{md}");
    let exported = std::fs::read_to_string(out.join("officers.csv")).unwrap();
    assert!(exported.contains("=cmd|' /C calc'!A0"), "{exported}");
}

#[test]
fn megabytes_of_spaces_between_cells_are_refused_before_they_take_memory() {
    // 4 MB of spaces between two rows pack into a few kilobytes.
    let bytes =
        units_xlsx(|xml| xml.replacen("</row>", &format!("</row>{}", " ".repeat(4 << 20)), 1));
    assert!(bytes.len() < 100_000);
    let text = refusal(with_units_xlsx(&bytes).path(), "units.xlsx");
    assert!(text.contains("run of more than 1 MB"), "{text}");
}

/// Sets the declared (uncompressed) size of `part` in a zip's local and
/// central headers, leaving its data as it is.
fn declare_size(zip: &mut [u8], part: &str, size: u32) {
    let name = part.as_bytes();
    let mut at = 0;
    let mut patched = 0;
    while at + 46 < zip.len() {
        let sig = &zip[at..at + 4];
        let (name_at, size_at) = if sig == b"PK\x03\x04" {
            (30, 22)
        } else if sig == b"PK\x01\x02" {
            (46, 24)
        } else {
            at += 1;
            continue;
        };
        if zip[at + name_at..].starts_with(name) {
            zip[at + size_at..at + size_at + 4].copy_from_slice(&size.to_le_bytes());
            patched += 1;
        }
        at += 1;
    }
    assert_eq!(patched, 2, "local and central header of {part}");
}

#[test]
fn a_sheet_that_unpacks_past_its_declared_size_is_refused() {
    // The run of spaces is skipped by the scan only for parts declared no
    // bigger than the longest run allowed; a part that lies about its size
    // is stopped by the zip reader at the size it declared.
    let mut bytes =
        units_xlsx(|xml| xml.replacen("</row>", &format!("</row>{}", " ".repeat(4 << 20)), 1));
    declare_size(&mut bytes, "xl/worksheets/sheet1.xml", 1000);
    let text = refusal(with_units_xlsx(&bytes).path(), "units.xlsx");
    assert!(!text.contains("run of more than"), "{text}");
}
