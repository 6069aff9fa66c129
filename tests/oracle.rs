//! forceplan against an independent implementation of the data contract
//! (tests/oracle/contract_oracle.py, written from the contract alone): every
//! figure to 0.01 and every flag's rule, severity, value and threshold.

mod common;

use assert_cmd::Command;
use serde_json::Value;

fn forceplan_json(args: &[&str]) -> Value {
    let out = Command::cargo_bin("forceplan")
        .unwrap()
        .arg("check")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn oracle_json(args: &[&str]) -> Value {
    let out = std::process::Command::new("python3")
        .arg("tests/oracle/contract_oracle.py")
        .args(args)
        .output()
        .expect("python3 runs the contract oracle");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// (rule, severity, value, threshold) of each flag, values to 0.01.
fn flags(v: &Value) -> Vec<(String, String, i64, i64)> {
    let hundredths = |x: &Value| (x.as_f64().unwrap() * 100.0).round() as i64;
    v.as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
                hundredths(&f["value"]),
                hundredths(&f["threshold"]),
            )
        })
        .collect()
}

/// Compares every key the oracle reports; returns the disagreements.
fn disagreements(args: &[&str]) -> Vec<String> {
    let (ours, theirs) = (forceplan_json(args), oracle_json(args));
    assert_eq!(ours["period"], theirs["period"]);
    let mut out = Vec::new();
    for (list, id) in [("units", "unit_id"), ("officers", "officer_id")] {
        let (a, b) = (
            ours[list].as_array().unwrap(),
            theirs[list].as_array().unwrap(),
        );
        assert_eq!(a.len(), b.len(), "{list}");
        for (a, b) in a.iter().zip(b) {
            assert_eq!(a[id], b[id], "{list} in the same order");
            for (key, expected) in b.as_object().unwrap() {
                let got = &a[key];
                let same = match (key.as_str(), expected) {
                    ("flags", _) => flags(got) == flags(expected),
                    (_, Value::Number(n)) => got
                        .as_f64()
                        .is_some_and(|g| (g - n.as_f64().unwrap()).abs() <= 0.01),
                    _ => got == expected,
                };
                if !same {
                    out.push(format!(
                        "{list} {}: {key}: forceplan {got}, oracle {expected}",
                        a[id]
                    ));
                }
            }
        }
    }
    out
}

fn agree(args: &[&str]) {
    let d = disagreements(args);
    assert!(
        d.is_empty(),
        "{} disagreements on {args:?}, first: {:#?}",
        d.len(),
        &d[..d.len().min(10)]
    );
}

#[test]
fn hand_made_bureau() {
    agree(&[common::SMALL]);
    agree(&[common::SMALL, "--from", "2025-01-03", "--to", "2025-01-09"]);
}

#[test]
fn hand_made_bureau_with_transfers_a_hire_and_a_leaver() {
    agree(&["tests/fixtures/moves"]);
    agree(&[
        "tests/fixtures/moves",
        "--from",
        "2025-01-08",
        "--to",
        "2025-01-13",
    ]);
    agree(&[
        "tests/fixtures/moves",
        "--from",
        "2025-01-02",
        "--to",
        "2025-01-07",
    ]);
}

/// The oracle reads the contract's long tables: the sample bureau written
/// so (`sample --format long`) is the committed one, as its office keeps it.
#[test]
fn sample_bureau_whole_year_and_a_window() {
    let dir = tempfile::tempdir().unwrap();
    let long = dir.path().join("long");
    Command::cargo_bin("forceplan")
        .unwrap()
        .args(["sample", long.to_str().unwrap(), "--format", "long"])
        .assert()
        .success();
    let long = long.to_str().unwrap();
    assert_eq!(
        forceplan_json(&["sample-data"]),
        forceplan_json(&[long]),
        "the committed sample (Chinese headers, wide rosters) is the long one"
    );
    agree(&[long]);
    agree(&[long, "--from", "2025-03-05", "--to", "2025-08-20"]);
}

#[test]
fn generated_bureaus_with_other_seeds_and_rules() {
    let dir = tempfile::tempdir().unwrap();
    for (officers, days, seed) in [(150, 120, 11), (90, 400, 12), (40, 35, 13)] {
        let out = dir.path().join(format!("b{seed}"));
        let out_s = out.to_str().unwrap();
        Command::cargo_bin("forceplan")
            .unwrap()
            .args([
                "sample",
                out_s,
                "--officers",
                &officers.to_string(),
                "--days",
                &days.to_string(),
                "--format",
                "long",
            ])
            .args(["--seed", &seed.to_string()])
            .assert()
            .success();
        agree(&[out_s]);
    }
    // Contract v2: transfers, hires and leavers during the period.
    for (officers, days, seed, movements) in [(150, 120, 21, 14), (60, 45, 22, 21)] {
        let out = dir.path().join(format!("m{seed}"));
        let out_s = out.to_str().unwrap();
        Command::cargo_bin("forceplan")
            .unwrap()
            .args(["sample", out_s, "--officers", &officers.to_string()])
            .args(["--days", &days.to_string(), "--seed", &seed.to_string()])
            .args(["--movements", &movements.to_string(), "--format", "long"])
            .assert()
            .success();
        assert!(out.join("assignments.csv").exists());
        agree(&[out_s]);
        agree(&[out_s, "--from", "2025-01-20", "--to", "2025-02-10"]);
    }
    let rules = dir.path().join("rules.toml");
    std::fs::write(
        &rules,
        "standard_weekly_hours = 44\n[load_ratio]\nwarn = 1.0\n[leave_coverage]\nwarn = 0.95\nalarm = 0.9\n[work_streak]\nalarm = 20\n",
    )
    .unwrap();
    let b11 = dir.path().join("b11");
    agree(&[b11.to_str().unwrap(), "--rules", rules.to_str().unwrap()]);
}
