//! The `forceplan` binary: exit codes and outputs of `check` and `sample`.

mod common;

use common::{SMALL, small_with_table};
use serde_json::Value;
use std::path::Path;

/// The binary (in English, see `common::forceplan`), with colour left to
/// the terminal conventions under test.
fn forceplan() -> assert_cmd::Command {
    let mut cmd = common::forceplan();
    cmd.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    cmd
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&common::stdout_of(
        forceplan().args(args).args(["--format", "json"]),
    ))
    .unwrap()
}

const UNIT_KEYS: &[&str] = &[
    "unit_id",
    "name",
    "officers",
    "worked_hours",
    "overtime_hours",
    "load_ratio",
    "understaffed_days",
    "households",
    "residents",
    "community_officers",
    "households_per_community_officer",
    "inspections",
    "max_inspections_per_quarter",
    "stacked_inspection_days",
    "inspection_hours",
    "meetings",
    "max_meetings_per_week",
    "meeting_hours_per_officer",
    "leave_coverage",
    "flags",
];
const OFFICER_KEYS: &[&str] = &[
    "officer_id",
    "unit_id",
    "worked_hours",
    "avg_weekly_hours",
    "max_weekly_hours",
    "overtime_hours",
    "max_monthly_overtime",
    "longest_work_streak",
    "rest_days",
    "outstanding_overtime_hours",
    "comp_days_owed",
    "leave_entitlement_days",
    "leave_taken_days",
    "households",
    "residents",
    "flags",
];

#[test]
fn json_has_the_contract_shape() {
    let v = json(&["check", SMALL]);
    assert_eq!(v["period"]["start"], "2025-01-01");
    assert_eq!(v["period"]["end"], "2025-01-14");
    assert_eq!(v["period"]["days"], 14);
    let units = v["units"].as_array().unwrap();
    let officers = v["officers"].as_array().unwrap();
    assert_eq!(units.len(), 4);
    assert_eq!(officers.len(), 6);
    for u in units {
        for key in UNIT_KEYS {
            assert!(u.get(key).is_some(), "unit lacks {key}");
        }
    }
    for o in officers {
        for key in OFFICER_KEYS {
            assert!(o.get(key).is_some(), "officer lacks {key}");
        }
    }
    // Null where the contract says so; plain numbers elsewhere.
    let u3 = &units[2];
    assert_eq!(u3["unit_id"], "U3");
    assert!(u3["households_per_community_officer"].is_null());
    assert!(u3["leave_coverage"].is_null());
    assert_eq!(units[0]["load_ratio"].as_f64().unwrap(), 349.0 / 240.0);
    let flag = &units[0]["flags"][0];
    assert_eq!(flag["rule"], "load_ratio");
    assert_eq!(flag["severity"], "alarm");
    assert_eq!(flag["threshold"], 1.3);
    assert!(
        flag["message"]
            .as_str()
            .unwrap()
            .contains("saturation of the legal standard week")
    );
}

#[test]
fn from_and_to_narrow_the_period() {
    let v = json(&["check", SMALL, "--from", "2025-01-06", "--to", "2025-01-12"]);
    assert_eq!(v["period"]["days"], 7);
    assert_eq!(v["officers"][0]["worked_hours"], 108.0);
}

#[test]
fn a_rules_file_overrides_thresholds() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("strict.toml");
    std::fs::write(
        &rules,
        "standard_weekly_hours = 35\n[load_ratio]\nwarn = 2.0\nalarm = 3.0\n",
    )
    .unwrap();
    let v = json(&["check", SMALL, "--rules", rules.to_str().unwrap()]);
    let u1 = &v["units"][0];
    assert_eq!(
        u1["load_ratio"].as_f64().unwrap(),
        349.0 / (3.0 * 35.0 * 2.0)
    );
    assert_ne!(u1["flags"][0]["rule"], "load_ratio");
}

#[test]
fn refused_data_exits_1_with_nothing_on_stdout() {
    let dir = small_with_table(
        "units.csv",
        "unit_id,name,kind,min_on_duty\nU1,East,station,two\n",
    );
    let out = forceplan()
        .args(["check", dir.path().to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("units.csv, line 2, column min_on_duty: \"two\""),
        "{err}"
    );
    assert!(err.contains("refused"), "{err}");

    let out = forceplan()
        .args(["check", "tests/fixtures/none-here"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec!["check"],
        vec!["check", SMALL, "--format", "xml"],
        vec!["check", SMALL, "--from", "2025/01/01"],
        vec!["check", SMALL, "--from", "2025-01-10", "--to", "2025-01-02"],
        vec!["check", SMALL, "--from", "2025-02-01"],
        vec!["check", SMALL, "--to", "2525-02-01"],
        vec!["sample", "target/never-written", "--officers", "0"],
        vec![
            "sample",
            "target/never-written",
            "--officers",
            "1",
            "--days",
            "100000",
        ],
        vec!["frobnicate"],
    ] {
        let out = forceplan().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn table_is_for_people_and_plain_when_piped() {
    let out = forceplan().args(["check", SMALL]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text.contains('\u{1b}'),
        "no colour when stdout is not a terminal"
    );
    let first = text.lines().next().unwrap();
    assert!(
        first.contains("2025-01-01 to 2025-01-14 (14 days)  4 units  6 officers"),
        "{first}"
    );
    assert!(
        first.contains("8 alarms") && first.contains("11 warnings"),
        "{first}"
    );
    // Worst unit first: U1 has two alarms, U4 two, U3 one, U2 none.
    let units: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("ALARM ") || l.starts_with("warn ") || l.starts_with("ok "))
        .collect();
    assert!(
        units[0].contains("U1") && units[0].contains("East Station"),
        "{units:?}"
    );
    assert!(units[1].contains("U4"), "{units:?}");
    assert!(units[2].contains("U3"), "{units:?}");
    assert!(units[3].contains("U2"), "{units:?}");
    assert!(text.contains("Officers with alarms (1)"));
    assert!(text.contains("王伟"));
}

#[test]
fn csv_is_one_row_per_flag() {
    let out = forceplan()
        .args(["check", SMALL, "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "scope,id,name,unit_id,rule,severity,value,threshold,message"
    );
    assert_eq!(lines.count(), 19);
    assert!(
        text.contains("officer,P1,王伟,U1,avg_weekly_hours,alarm,92.5,60,"),
        "{text}"
    );
}

#[test]
fn sample_writes_a_bureau_that_checks() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("county");
    let out_s = out.to_str().unwrap();
    forceplan()
        .args([
            "sample",
            out_s,
            "--officers",
            "60",
            "--days",
            "31",
            "--seed",
            "7",
        ])
        .assert()
        .success();
    let v = json(&["check", out_s]);
    assert_eq!(v["officers"].as_array().unwrap().len(), 60);
    assert_eq!(v["period"]["days"], 31);
    // Writing again over a folder with files is refused unless forced.
    let again = forceplan()
        .args(["sample", out_s, "--officers", "60", "--days", "31"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    forceplan()
        .args([
            "sample",
            out_s,
            "--officers",
            "60",
            "--days",
            "31",
            "--force",
        ])
        .assert()
        .success();
}

#[test]
fn committed_sample_is_exactly_what_the_generator_writes() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("sample");
    forceplan()
        .args(["sample", out.to_str().unwrap()])
        .assert()
        .success();
    // Every file, the stations' 排班表 workbooks in their folder included.
    fn files(root: &std::path::Path, dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                files(root, &path, out);
            } else {
                out.push(path.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    let (mut committed, mut fresh) = (Vec::new(), Vec::new());
    files(
        Path::new("sample-data"),
        Path::new("sample-data"),
        &mut committed,
    );
    files(&out, &out, &mut fresh);
    committed.sort();
    fresh.sort();
    assert_eq!(
        committed, fresh,
        "run `forceplan sample sample-data --force`"
    );
    assert_eq!(committed.len(), 7 + 14, "{committed:?}");
    for name in committed {
        let a = std::fs::read(Path::new("sample-data").join(&name)).unwrap();
        let b = std::fs::read(out.join(&name)).unwrap();
        assert!(
            a == b,
            "{name:?} differs: run `forceplan sample sample-data --force`"
        );
    }
}

#[test]
fn sample_check_shows_the_bureau_at_a_glance() {
    let out = forceplan().args(["check", "sample-data"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let first = text.lines().next().unwrap();
    assert!(
        first.contains("2025-01-01 to 2025-12-31 (365 days)  14 units  360 officers"),
        "{first}"
    );
    // The worst units are the two stations on 24-hour duties.
    let worst: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("ALARM U"))
        .take(2)
        .collect();
    assert!(worst.iter().all(|l| l.contains("派出所")), "{worst:?}");
    assert!(text.contains("Why these are alarms"));
}

#[test]
fn colour_follows_the_terminal_conventions() {
    let forced = forceplan()
        .args(["check", SMALL])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(
        String::from_utf8(forced.stdout)
            .unwrap()
            .contains("\u{1b}["),
        "colour when forced, as on a terminal"
    );
    let refused = forceplan()
        .args(["check", SMALL])
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        !String::from_utf8(refused.stdout)
            .unwrap()
            .contains('\u{1b}'),
        "NO_COLOR wins"
    );
}

/// `holidays YEAR` writes the year's statutory calendar as the contract's
/// holidays table: kept as a bureau's holidays.csv it loads, and on the
/// fixture's fortnight it is the fixture's own table.
#[test]
fn holidays_writes_a_years_statutory_calendar_as_a_holidays_table() {
    let out = forceplan().args(["holidays", "2025"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.starts_with("date,kind,name\n2025-01-01,holiday,元旦\n"),
        "{table}"
    );
    assert!(table.contains("2025-10-11,workday,"), "{table}");
    let dir = small_with_table("holidays.csv", &table);
    let with_calendar = json(&["check", common::path(&dir).to_str().unwrap()]);
    let with_own = json(&["check", SMALL]);
    assert_eq!(with_calendar["units"], with_own["units"]);
    assert_eq!(with_calendar["officers"], with_own["officers"]);

    let out = forceplan().args(["holidays", "2031"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("covers 2020 to 2026"));
}

/// `check` speaks Chinese with --lang zh or a Chinese locale: the flags'
/// messages with their basis, the headings; JSON stays the contract's
/// English, whatever the language.
#[test]
fn check_in_chinese_by_flag_or_locale_with_json_unchanged() {
    let zh = forceplan()
        .args(["--lang", "zh", "check", "sample-data"])
        .output()
        .unwrap();
    assert_eq!(zh.status.code(), Some(0));
    let text = String::from_utf8(zh.stdout).unwrap();
    for expected in [
        "2025-01-01 至 2025-12-31（365 天）  14 个单位  360 名民警",
        "各单位（问题最重的在前）",
        "社区民警人均管辖 2265 户（共 13588 户，6 名社区民警）；超过告警线 2000 户（依据：每名社区民警约服务 3000 名居民）",
        "22 名民警平均工作量为每周 40 小时标准工时的 2.12 倍（人均每周 84.8 小时）；超过告警线 1.30",
        "应休年休假的 22 名民警中仅 6 人休假（27.3%）；低于告警线 50%",
        "告警依据",
        // Kinds and roles by their Chinese names.
        "东荡派出所                   派出所      22",
        " 社区民警 ",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
    // No message key shows through: every flag is in the catalogue.
    for raw in ["what-", "limit-", "basis-", "check-", "col-"] {
        assert!(!text.contains(raw), "{raw}\n{text}");
    }
    // The locale chooses when --lang is not given.
    let by_locale = forceplan()
        .args(["check", "sample-data"])
        .env("LANG", "zh_CN.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(by_locale.stdout).unwrap(), text);
    let english = forceplan()
        .args(["check", "sample-data"])
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    let english = String::from_utf8(english.stdout).unwrap();
    assert!(english.contains("Units, worst first"), "{english}");
    assert!(english.contains("2265 households per community officer (13588 households, 6 community officers); alarm above 2000 households (one area officer per about 3,000 residents)"), "{english}");
    // JSON: the same in either language.
    let json = |lang: &str| {
        forceplan()
            .args(["--lang", lang, "check", "sample-data", "--format", "json"])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(json("zh"), json("en"));
}

/// The settings file's `lang` chooses the language when --lang does not;
/// a settings file that cannot be meant is refused, named, exit 2.
#[test]
fn the_settings_file_chooses_the_language_and_a_broken_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "lang = \"zh\"\n").unwrap();
    let run = |args: &[&str]| {
        forceplan()
            .env("FORCEPLAN_CONFIG", &config)
            .args(args)
            .output()
            .unwrap()
    };
    let zh = run(&["check", "sample-data"]);
    assert!(String::from_utf8_lossy(&zh.stdout).contains("各单位（问题最重的在前）"));
    let en = run(&["--lang", "en", "check", "sample-data"]);
    assert!(String::from_utf8_lossy(&en.stdout).contains("Units, worst first"));
    std::fs::write(&config, "lang = \"zh\"\ncolour = \"red\"\n").unwrap();
    let broken = run(&["check", "sample-data"]);
    assert_eq!(broken.status.code(), Some(2));
    let err = String::from_utf8_lossy(&broken.stderr);
    assert!(
        err.contains("config.toml") && err.contains("unknown field `colour`"),
        "{err}"
    );
}

/// `check --format json` carries the staffing need, and its figures are
/// the ones the table states (one computation, two renderings).
#[test]
fn check_json_has_the_staffing_need_the_table_states() {
    let report = json(&["check", "sample-data"]);
    let staffing = &report["staffing"];
    let units = staffing["units"].as_array().unwrap();
    assert_eq!(units.len(), report["units"].as_array().unwrap().len());
    let n = |v: &Value| v.as_u64().unwrap();
    let (warn, standard) = (&staffing["warn"], &staffing["standard"]);
    assert_eq!(warn["level"].as_f64(), Some(1.1));
    assert_eq!(standard["level"].as_f64(), Some(1.0));
    for gap in [warn, standard] {
        assert_eq!(n(&gap["recruits"]), n(&gap["short"]) - n(&gap["by_moves"]));
    }
    let out = forceplan().args(["check", "sample-data"]).output().unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    let sentence = format!(
        "{} officers for every unit's load ratio to be within 1.10, {} within 1.0, against 360.0 now. \
         The units below their need lack {} (within 1.0: {}); moving officers alone can close {} of it ({}), \
         and the rest needs {} recruits ({}).",
        n(&warn["need"]),
        n(&standard["need"]),
        n(&warn["short"]),
        n(&standard["short"]),
        n(&warn["by_moves"]),
        n(&standard["by_moves"]),
        n(&warn["recruits"]),
        n(&standard["recruits"]),
    );
    assert!(table.contains(&sentence), "{sentence}\n{table}");
    // Each unit below its need at the standard has a row: the same needs
    // and floor.
    let mut rows = 0;
    for u in units {
        if n(&u["need_standard"]) as f64 <= u["has"].as_f64().unwrap() {
            continue;
        }
        let id = u["unit_id"].as_str().unwrap();
        let line = table[table.find("Staffing need").unwrap()..]
            .lines()
            .find(|l| l.starts_with(&format!("{id} ")))
            .unwrap_or_else(|| panic!("{u}\n{table}"));
        let cells: Vec<&str> = line.split_whitespace().collect();
        let tail =
            [n(&u["need_warn"]), n(&u["need_standard"]), n(&u["floor"])].map(|v| v.to_string());
        assert_eq!(cells[cells.len() - 3..], tail, "{line}");
        rows += 1;
    }
    assert!(rows >= 10, "{table}");
}
