//! `forceplan simulate`, `suggest` and `apply` on the small fixture.

mod common;

use common::SMALL;
use common::forceplan;
use serde_json::Value;

#[test]
fn suggest_writes_a_scenario_that_simulate_and_apply_use() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.toml");
    let file_s = file.to_str().unwrap();
    let text = common::stdout_of(forceplan().args([
        "suggest",
        SMALL,
        "--max-moves",
        "5",
        "--out",
        file_s,
    ]));
    assert!(
        text.contains("the best worst load with at most 5 moves is 1.454; with unlimited moves, 1.454 (whole officers)"),
        "{text}"
    );
    let scenario = std::fs::read_to_string(&file).unwrap();
    assert!(
        scenario.starts_with("# forceplan scenario") && scenario.contains("schema = 1"),
        "{scenario}"
    );

    // Again without --force: refused, the file untouched.
    let again = forceplan()
        .args(["suggest", SMALL, "--out", file_s])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), scenario);

    let v: Value = serde_json::from_str(&common::stdout_of(forceplan().args([
        "simulate",
        SMALL,
        "--scenario",
        file_s,
        "--format",
        "json",
    ])))
    .unwrap();
    // Before and after are `check` reports: the bureau's and the proposed bureau's.
    for side in ["before", "after"] {
        let units = v[side]["units"].as_array().unwrap();
        assert_eq!(units.len(), 4);
        for u in units {
            for key in [
                "load_ratio",
                "officer_days",
                "headcount",
                "understaffed_days",
                "households_per_community_officer",
                "meeting_hours_per_officer",
                "flags",
            ] {
                assert!(u.get(key).is_some(), "{side} lacks {key}");
            }
        }
        assert_eq!(v[side]["officers"].as_array().unwrap().len(), 6);
    }
    let changes = v["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 4);
    for key in [
        "dealt_from",
        "freed_hours",
        "uncovered_hours",
        "flags_appeared",
    ] {
        assert!(changes[0].get(key).is_some(), "changes lack {key}");
    }
    assert_eq!(
        v["totals"]["officers_moved"],
        v["moves"].as_array().unwrap().len()
    );
    let before = v["before"]["units"][0]["load_ratio"].as_f64().unwrap();
    assert!((before - 349.0 / 240.0).abs() < 1e-9);

    let proposed = dir.path().join("proposed");
    let out = forceplan()
        .args([
            "apply",
            SMALL,
            "--scenario",
            file_s,
            "--out",
            proposed.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    forceplan()
        .args(["check", proposed.to_str().unwrap()])
        .assert()
        .success();
}

#[test]
fn apply_moves_officers_and_hands_areas_over() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.toml");
    std::fs::write(
        &file,
        "schema = 1\nname = \"x\"\n[[edit]]\nkind = \"add_officers\"\nunit = \"U1\"\nrole = \"community\"\ncount = 1\n\n[[edit]]\nkind = \"move_officer\"\nofficer = \"P1\"\nto = \"U2\"\n",
    )
    .unwrap();
    let out = dir.path().join("new");
    forceplan()
        .args([
            "apply",
            SMALL,
            "--scenario",
            file.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
        .assert()
        .success();
    // P1 is listed where they started, and assigned to U2 from the period's start.
    let officers = common::written_csv(&out.join("officers.csv"));
    assert!(officers.contains("P1,王伟,U1,community"), "{officers}");
    let assignments = common::written_csv(&out.join("assignments.csv"));
    assert_eq!(assignments, "officer_id,unit_id,from\nP1,U2,2025-01-01\n");
    assert!(
        officers.contains("NEW001,new community 1,U1,community,2025-01-01"),
        "{officers}"
    );
    let households = std::fs::read_to_string(out.join("households.csv")).unwrap();
    assert!(
        households.contains("A1,U1,NEW001,1500") && households.contains("A2,U1,NEW001,1700"),
        "{households}"
    );
    forceplan()
        .args(["check", out.to_str().unwrap()])
        .assert()
        .success();
}

#[test]
fn scenarios_that_do_not_apply_and_outputs_over_inputs_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.toml");
    std::fs::write(&file, "schema = 1\nname = \"x\"\n[[edit]]\nkind = \"move_officer\"\nofficer = \"P9\"\nto = \"U2\"\n").unwrap();
    let out = forceplan()
        .args(["simulate", SMALL, "--scenario", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("edit 1: no officer P9"));

    std::fs::write(&file, "schema = 1\nname = \"x\"\n").unwrap();
    let out = forceplan()
        .args([
            "apply",
            SMALL,
            "--scenario",
            file.to_str().unwrap(),
            "--out",
            SMALL,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("input"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    std::fs::write(&file, "schema = 1\nname = \"x\"\nsurprise = true\n").unwrap();
    let out = forceplan()
        .args(["simulate", SMALL, "--scenario", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("surprise"));
}

#[test]
fn a_scenario_with_leave_applies_it_to_the_roster() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("leave.toml");
    let plan = "schema = 1\nname = \"leave\"\n[[edit]]\nkind = \"plan_leave\"\nfrom = 2025-01-02\nto = 2025-01-14\nleaders_cover = 1\n";
    // P1 gets no leave after all (a hand edit after the plan).
    std::fs::write(&file, format!("{plan}\n[[edit]]\nkind = \"leave_block\"\nofficer = \"P1\"\nstart = 2025-01-02\ndays = 0\n")).unwrap();
    let out = dir.path().join("with-leave");
    let run = forceplan()
        .args([
            "apply",
            SMALL,
            "--scenario",
            file.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let roster = std::fs::read_to_string(out.join("roster.csv")).unwrap();
    let leave_rows = |text: &str, who: &str| {
        text.lines()
            .filter(|l| l.starts_with(who) && l.contains(",LEAVE,"))
            .count()
    };
    let original = std::fs::read_to_string(format!("{SMALL}/roster.csv")).unwrap();
    // The fixture has 4 LEAVE rows (P1 and P4, two each); the plan adds P3's.
    assert!(
        leave_rows(&roster, "P3,") > leave_rows(&original, "P3,"),
        "{roster}"
    );
    assert_eq!(
        leave_rows(&roster, "P1,"),
        leave_rows(&original, "P1,"),
        "P1 keeps only the leave already taken"
    );
    forceplan()
        .args(["check", out.to_str().unwrap()])
        .assert()
        .success();

    // U2 keeps one officer on duty and P4 is its only one on 13 January:
    // leave for P4 that day is refused with its reason.
    std::fs::write(&file, format!("{plan}\n[[edit]]\nkind = \"leave_block\"\nofficer = \"P4\"\nstart = 2025-01-13\ndays = 1\n")).unwrap();
    let run = forceplan()
        .args(["simulate", SMALL, "--scenario", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("edit 2: U2 would fall below 1 on duty on 2025-01-13"),
        "{err}"
    );
}

/// A scenario's thresholds are checked as rules.toml's are, in every
/// command (suggest included), and a huge number is quoted short.
#[test]
fn thresholds_in_a_scenario_are_checked_as_in_rules_toml_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("t.toml");
    for (value, says) in [
        ("nan", "found NaN"),
        ("inf", "found inf"),
        ("-3.0", "found -3"),
        ("1e308", "found 1e308"),
    ] {
        std::fs::write(
            &file,
            format!("schema = 1\nname = \"t\"\n[[edit]]\nkind = \"set_threshold\"\nrule = \"standard_weekly_hours\"\nwarn = {value}\n"),
        )
        .unwrap();
        for command in ["simulate", "suggest", "apply", "export"] {
            let mut cmd = forceplan();
            cmd.arg(command)
                .arg("tests/fixtures/small")
                .arg("--scenario")
                .arg(&file);
            match command {
                "apply" => cmd.arg("--out").arg(dir.path().join("out")),
                "export" => cmd.arg("--to").arg(dir.path().join("out")),
                _ => &mut cmd,
            };
            let out = cmd.output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_ne!(out.status.code(), Some(0), "{command} {value}");
            assert!(stderr.contains(says), "{command} {value}: {stderr}");
            assert!(!dir.path().join("out").exists());
        }
    }
}

/// `--recruits N` places N new officers with the moves, where the load is
/// highest, and writes them into the scenario as recruits.
#[test]
fn suggest_places_recruits_where_the_load_is_highest() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.toml");
    let text = common::stdout_of(
        forceplan()
            .args(["suggest", SMALL, "--max-moves", "2", "--recruits", "2"])
            .args(["--out", file.to_str().unwrap()]),
    );
    // U1 East Station, the most loaded (1.45), takes both.
    assert!(
        text.contains(" and 2 recruits: worst load 1.45 -> "),
        "{text}"
    );
    assert!(
        text.contains("with at most 2 moves and 2 recruits is "),
        "{text}"
    );
    let scenario = std::fs::read_to_string(&file).unwrap();
    assert!(scenario.contains("add_officers"), "{scenario}");
    assert!(
        scenario.contains("unit = \"U1\"") && scenario.contains("count = 2"),
        "{scenario}"
    );
}

/// simulate says what the scenario does to the staffing need, and its
/// figures are those `check` gives of the bureau `apply` writes.
#[test]
fn simulate_gives_the_staffing_need_check_gives_of_the_applied_bureau() {
    let (dir, file) = common::scenario_file(
        "schema = 1\nname = \"recruit\"\n[[edit]]\nkind = \"add_officers\"\nunit = \"U1\"\nrole = \"patrol\"\ncount = 2\n",
    );
    let file = file.to_str().unwrap();
    let json: Value = serde_json::from_str(&common::stdout_of(forceplan().args([
        "simulate",
        SMALL,
        "--scenario",
        file,
        "--format",
        "json",
    ])))
    .unwrap();
    let applied = dir.path().join("applied");
    common::stdout_of(forceplan().args([
        "apply",
        SMALL,
        "--scenario",
        file,
        "--out",
        applied.to_str().unwrap(),
    ]));
    let check = |dir: &str| -> Value {
        serde_json::from_str(&common::stdout_of(
            forceplan().args(["check", dir, "--format", "json"]),
        ))
        .unwrap()
    };
    assert_eq!(json["staffing"]["before"], check(SMALL)["staffing"]);
    assert_eq!(
        json["staffing"]["after"],
        check(applied.to_str().unwrap())["staffing"]
    );
    // The table's line, from the same figures.
    let n =
        |side: &str, level: &str, key: &str| json["staffing"][side][level][key].as_u64().unwrap();
    let table = common::stdout_of(forceplan().args(["simulate", SMALL, "--scenario", file]));
    let line = format!(
        "Staffing need within 1.10: the units below their need lack {} -> {} officers, \
         {} -> {} of them recruits once officers are moved (within 1.0: {} -> {})",
        n("before", "warn", "short"),
        n("after", "warn", "short"),
        n("before", "warn", "recruits"),
        n("after", "warn", "recruits"),
        n("before", "standard", "short"),
        n("after", "standard", "short"),
    );
    assert!(table.contains(&line), "{line}\n{table}");
    // Two recruits where the load is highest lower what the units lack.
    assert!(
        n("after", "standard", "short") < n("before", "standard", "short"),
        "{json}"
    );
}
