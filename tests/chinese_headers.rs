//! A bureau's own files with Chinese column names (as a personnel office
//! keeps them, GBK from Chinese Excel included) load to the same bureau and
//! the same figures as the contract's English names.

mod common;

use common::{SMALL, fixture, small_with};
use forceplan::core::check::{check, choose_period};
use forceplan::load::{LoadError, load_bureau};
use std::path::Path;

/// Every table of the small fixture with the header in Chinese.
const HEADERS: [(&str, &str); 8] = [
    ("units.csv", "单位编号,单位名称,单位类型,最低在岗人数"),
    ("officers.csv", "警号,姓名,单位,岗位,入警时间,居住地"),
    ("roster.csv", "警号,日期,班次,时长（小时）"),
    ("households.csv", "警务区,单位,社区民警警号,户数,常住人口"),
    ("overtime.csv", "工号,日期,加班时长,补偿方式,事由"),
    ("inspections.csv", "单位,日期,检查单位,时长,检查内容"),
    ("meetings.csv", "单位,日期,召集单位,时长,参会人数"),
    ("holidays.csv", "日期,类型,名称"),
];

fn report(dir: &Path) -> forceplan::core::check::CheckReport {
    let loaded = load_bureau(dir, None).unwrap_or_else(|e| panic!("{e}"));
    let period = choose_period(&loaded.bureau, None, None).unwrap();
    check(&loaded.bureau, period, &loaded.rules)
}

#[test]
fn every_table_with_chinese_headers_loads_to_the_same_figures() {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for (file, header) in HEADERS {
        let text = fixture(file);
        let body = text.split_once('\n').map(|(_, rest)| rest).unwrap_or("");
        let chinese = format!("{header}\n{body}");
        // The officers as Chinese Excel saves them: GBK.
        let bytes = if file == "officers.csv" {
            encoding_rs::GBK.encode(&chinese).0.into_owned()
        } else {
            chinese.into_bytes()
        };
        files.push((file.to_string(), bytes));
    }
    let changes: Vec<(&str, Option<&[u8]>)> = files
        .iter()
        .map(|(f, b)| (f.as_str(), Some(b.as_slice())))
        .collect();
    let dir = small_with(&changes);
    assert_eq!(report(dir.path()), report(Path::new(SMALL)));
}

#[test]
fn a_column_named_in_english_and_in_chinese_is_refused() {
    let roster = fixture("roster.csv").replacen("officer_id,", "officer_id,警号,", 1);
    let roster: String = roster
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                format!("{l}\n")
            } else {
                let (id, rest) = l.split_once(',').unwrap();
                format!("{id},{id},{rest}\n")
            }
        })
        .collect();
    let dir = small_with(&[("roster.csv", Some(roster.as_bytes()))]);
    match load_bureau(dir.path(), None) {
        Err(LoadError::Refused { problems, .. }) => {
            let text = problems.to_string();
            assert!(
                text.contains("names this column 2 times (officer_id, 警号)"),
                "{text}"
            );
        }
        other => panic!("{:?}", other.err()),
    }
}

/// The roster with the shifts as a station writes them (白班, 夜班, 值班,
/// 休, 年休, 调休, 病假, 学习) loads to the same figures; an unknown name is
/// refused with its line and the nearest names.
#[test]
fn chinese_shift_names_load_to_the_same_figures() {
    let names = [
        ("DUTY24", "值班"),
        ("NIGHT", "夜班"),
        ("DAY", "白班"),
        ("TRAIN", "学习"),
        ("OFF", "休"),
        ("LEAVE", "年休"),
        ("COMP", "调休"),
        ("SICK", "病假"),
    ];
    let roster: String = fixture("roster.csv")
        .lines()
        .map(|line| {
            let mut cells: Vec<&str> = line.split(',').collect();
            if let Some((_, name)) = names.iter().find(|(code, _)| cells[2] == *code) {
                cells[2] = name;
            }
            cells.join(",") + "\n"
        })
        .collect();
    let dir = small_with(&[("roster.csv", Some(roster.as_bytes()))]);
    assert_eq!(report(dir.path()), report(Path::new(SMALL)));

    let wrong = roster.replacen("白班", "夜勤", 1);
    let dir = small_with(&[("roster.csv", Some(wrong.as_bytes()))]);
    match load_bureau(dir.path(), None) {
        Err(LoadError::Refused { problems, .. }) => {
            let text = problems.to_string();
            assert!(
                text.contains("roster.csv, line") && text.contains("\"夜勤\""),
                "{text}"
            );
            assert!(text.contains("夜班"), "{text}");
        }
        other => panic!("{:?}", other.err()),
    }
}

/// A bureau's own shift names in shifts.toml: used by its roster, and a
/// file with an entry that cannot be meant refuses the bureau, named.
#[test]
fn a_bureaus_shifts_toml_adds_its_own_names() {
    let roster = fixture("roster.csv").replace(",DAY,", ",早班,");
    let shifts = "[[shift]]\nname = \"早班\"\ncode = \"DAY\"\nhours = 8\n";
    let dir = small_with(&[
        ("roster.csv", Some(roster.as_bytes())),
        ("shifts.toml", Some(shifts.as_bytes())),
    ]);
    assert_eq!(report(dir.path()), report(Path::new(SMALL)));
    let loaded = load_bureau(dir.path(), None).unwrap();
    assert!(loaded.files.iter().any(|f| f.ends_with("shifts.toml")));

    let bad = "[[shift]]\nname = \"早班\"\ncode = \"MORNING\"\nhours = 8\n";
    let dir = small_with(&[
        ("roster.csv", Some(roster.as_bytes())),
        ("shifts.toml", Some(bad.as_bytes())),
    ]);
    match load_bureau(dir.path(), None) {
        Err(LoadError::Refused { problems, .. }) => {
            let text = problems.to_string();
            assert!(
                text.contains("shifts.toml") && text.contains("MORNING"),
                "{text}"
            );
        }
        other => panic!("{:?}", other.err()),
    }
}
