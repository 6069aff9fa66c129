//! What planners' spreadsheets really produce loads, and gives the same
//! figures as the plain CSV fixture.

mod common;

use common::{SMALL, fixture, small_with};
use forceplan::core::check::{CheckReport, check, choose_period};
use forceplan::load::{LoadError, load_bureau};
use polars::prelude::*;
use std::path::Path;

fn report(dir: &Path) -> CheckReport {
    let loaded = load_bureau(dir, None).unwrap_or_else(|e| panic!("{e}"));
    let period = choose_period(&loaded.bureau, None, None).unwrap();
    check(&loaded.bureau, period, &loaded.rules)
}

fn same_as_fixture(dir: &Path) {
    assert_eq!(report(dir), report(Path::new(SMALL)));
}

#[test]
fn bom_crlf_and_untidy_headers() {
    let roster = fixture("roster.csv")
        .replacen(
            "officer_id,date,shift,hours",
            " Officer_ID , DATE,Shift ,hours",
            1,
        )
        .replace('\n', "\r\n");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(roster.as_bytes());
    let dir = small_with(&[("roster.csv", Some(&bytes))]);
    same_as_fixture(dir.path());
}

#[test]
fn gbk_from_chinese_excel_is_read_and_said() {
    let officers = fixture("officers.csv");
    let (gbk, _, _) = encoding_rs::GBK.encode(&officers);
    let dir = small_with(&[("officers.csv", Some(&gbk))]);
    let loaded = load_bureau(dir.path(), None).unwrap();
    assert_eq!(loaded.bureau.officers[0].name, "王伟");
    assert_eq!(loaded.notes.len(), 1);
    assert!(
        loaded.notes[0].to_string().contains("officers.csv")
            && loaded.notes[0].to_string().contains("GBK")
    );
    same_as_fixture(dir.path());
}

#[test]
fn quoted_line_breaks_and_blank_lines_keep_line_numbers_right() {
    let text = "unit_id,name,kind,min_on_duty\n\nU1,\"East\nStation\",station,2\r\n\r\nU2,\"Traffic, \"\"North\"\"\",traffic,1\nU3,Empty Office,office,x\n,,,\nU4,Old Town Station,station,0\n";
    let dir = small_with(&[("units.csv", Some(text.as_bytes()))]);
    match load_bureau(dir.path(), None) {
        Err(LoadError::Refused { problems, .. }) => {
            let p: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            assert_eq!(
                p,
                [
                    "units.csv, line 7, column min_on_duty: \"x\"; expected a whole number of officers, 0 or more"
                ]
            );
        }
        other => panic!("{other:?}"),
    }
    let fixed = text.replace(",office,x", ",office,1");
    let dir = small_with(&[("units.csv", Some(fixed.as_bytes()))]);
    let loaded = load_bureau(dir.path(), None).unwrap();
    assert_eq!(loaded.bureau.units[0].name, "East\nStation");
    assert_eq!(loaded.bureau.units[1].name, "Traffic, \"North\"");
}

/// Writes a CSV table of the fixture as a sheet, numbers as numbers and
/// dates as date cells, the way a planner's workbook holds them.
fn write_xlsx(csv: &str, path: &Path, date_cols: &[usize]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let date_format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    for (r, line) in csv.lines().enumerate() {
        for (c, cell) in line.split(',').enumerate() {
            let (r, c16) = (r as u32, c as u16);
            if r > 0 && date_cols.contains(&c) {
                let d = rust_xlsxwriter::ExcelDateTime::parse_from_str(cell).unwrap();
                sheet
                    .write_datetime_with_format(r, c16, &d, &date_format)
                    .unwrap();
            } else if let (true, Ok(x)) = (r > 0, cell.parse::<f64>()) {
                sheet.write_number(r, c16, x).unwrap();
            } else if !cell.is_empty() {
                sheet.write_string(r, c16, cell).unwrap();
            }
        }
    }
    book.save(path).unwrap();
}

#[test]
fn excel_workbooks_with_date_and_number_cells() {
    let dir = small_with(&[
        ("roster.csv", None),
        ("officers.csv", None),
        ("units.csv", None),
    ]);
    write_xlsx(
        &fixture("roster.csv"),
        &dir.path().join("roster.xlsx"),
        &[1],
    );
    write_xlsx(
        &fixture("officers.csv"),
        &dir.path().join("officers.xlsx"),
        &[4],
    );
    write_xlsx(&fixture("units.csv"), &dir.path().join("Units.xlsx"), &[]);
    same_as_fixture(dir.path());
}

#[test]
fn excel_problems_name_the_sheet_row() {
    let dir = small_with(&[("units.csv", None)]);
    let text = fixture("units.csv").replace("office,1", "office,lots");
    write_xlsx(&text, &dir.path().join("units.xlsx"), &[]);
    match load_bureau(dir.path(), None) {
        Err(LoadError::Refused { problems, .. }) => {
            let p: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            assert_eq!(
                p,
                [
                    "units.xlsx, line 4, column min_on_duty: \"lots\"; expected a whole number of officers, 0 or more"
                ]
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn parquet_with_typed_columns() {
    let dir = small_with(&[("roster.csv", None)]);
    let mut frame = CsvReadOptions::default()
        .with_has_header(true)
        .with_schema_overwrite(Some(std::sync::Arc::new(Schema::from_iter([
            Field::new("date".into(), DataType::Date),
            Field::new("hours".into(), DataType::Float64),
        ]))))
        .try_into_reader_with_file_path(Some(Path::new(SMALL).join("roster.csv")))
        .unwrap()
        .finish()
        .unwrap();
    assert_eq!(frame.column("date").unwrap().dtype(), &DataType::Date);
    let file = std::fs::File::create(dir.path().join("roster.parquet")).unwrap();
    ParquetWriter::new(file).finish(&mut frame).unwrap();
    same_as_fixture(dir.path());
}

#[test]
fn damaged_binary_files_are_refused_not_a_panic() {
    let dir = small_with(&[
        ("roster.csv", None),
        ("roster.parquet", Some(b"PAR1 this is not parquet PAR1")),
    ]);
    assert!(matches!(
        load_bureau(dir.path(), None),
        Err(LoadError::Refused { .. })
    ));
    let dir = small_with(&[
        ("units.csv", None),
        ("units.xlsx", Some(b"PK\x03\x04 not a zip")),
    ]);
    assert!(matches!(
        load_bureau(dir.path(), None),
        Err(LoadError::Refused { .. })
    ));
}
