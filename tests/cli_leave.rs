//! `forceplan leave-plan` on the sample bureau.

mod common;

use common::forceplan;
use serde_json::Value;

#[test]
fn a_quarter_of_leave_for_the_sample_with_who_cannot_go_and_why() {
    let text = common::stdout_of(forceplan().args([
        "leave-plan",
        "sample-data",
        "--from",
        "2025-10-01",
        "--to",
        "2025-12-31",
        "--leaders-cover",
        "3",
    ]));
    assert!(
        text.starts_with("Leave 2025-10-01 to 2025-12-31: "),
        "{text}"
    );
    assert!(text.contains("Who cannot go, and why:"), "{text}");
    assert!(
        text.contains("U10 西坪派出所, 2025-10-01 to 2025-12-31:"),
        "{text}"
    );
    assert!(text.contains("would fit everyone"), "{text}");
}

#[test]
fn the_proposed_roster_loads_and_checks_with_its_covers_listed() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("with-leave");
    let out = forceplan()
        .args([
            "leave-plan",
            "sample-data",
            "--from",
            "2025-11-01",
            "--to",
            "2025-11-30",
            "--leaders-cover",
            "2",
        ])
        .args(["--format", "json", "--out", out_dir.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let totals = &v["totals"];
    assert!(totals["days_granted"].as_u64().unwrap() <= totals["days_bound"].as_u64().unwrap());
    assert!(totals["alarms_after"].as_u64().unwrap() <= totals["alarms_before"].as_u64().unwrap());
    let covers = std::fs::read_to_string(out_dir.join("covers.csv")).unwrap();
    assert!(covers.starts_with("\u{feff}leader_id,unit_id,date,for_officer\n"));
    assert_eq!(
        covers.lines().count() - 1,
        v["plan"]["covers"].as_array().unwrap().len()
    );
    forceplan()
        .args(["check", out_dir.to_str().unwrap()])
        .assert()
        .success();
}

#[test]
fn bad_blackouts_and_windows_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("blackout.txt");
    std::fs::write(&file, "# major event\n2025-10-01..2025-10-07\n2025-11-31\n").unwrap();
    let out = forceplan()
        .args([
            "leave-plan",
            "sample-data",
            "--from",
            "2025-10-01",
            "--to",
            "2025-12-31",
            "--blackout",
            file.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("line 3: \"2025-11-31\""),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = forceplan()
        .args([
            "leave-plan",
            "sample-data",
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-31",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = forceplan()
        .args([
            "leave-plan",
            "sample-data",
            "--from",
            "2025-12-01",
            "--to",
            "2025-11-01",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
