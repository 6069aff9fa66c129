//! One truth: what `simulate` says a scenario comes to is what `check` says
//! of the bureau `apply` writes for it, unit by unit and officer by officer
//! (every figure to 0.01, every flag), on the sample and on generated
//! bureaus with people who move, join and leave, for scenarios with moves,
//! recruits, leavers, minimums, thresholds, lightening edits and a leave
//! plan; the empty scenario is `check` of the bureau itself. The contract
//! oracle, written from the contract alone, agrees with `check` on the
//! bureaus `apply` writes.

mod common;

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

fn forceplan(args: &[&str]) -> Vec<u8> {
    let out = Command::cargo_bin("forceplan")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "forceplan {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn json(args: &[&str]) -> Value {
    serde_json::from_slice(&forceplan(args)).unwrap()
}

/// Every key of every unit and officer of `expected` (a check report) in
/// `got`, numbers to 0.01, flags in full; returns the disagreements.
fn disagreements(got: &Value, expected: &Value) -> Vec<String> {
    let mut out = Vec::new();
    assert_eq!(got["period"], expected["period"]);
    for (list, id) in [("units", "unit_id"), ("officers", "officer_id")] {
        let (a, b) = (
            got[list].as_array().unwrap(),
            expected[list].as_array().unwrap(),
        );
        assert_eq!(a.len(), b.len(), "{list}");
        for (a, b) in a.iter().zip(b) {
            assert_eq!(a[id], b[id], "{list} in the same order");
            for (key, want) in b.as_object().unwrap() {
                let have = &a[key];
                let same = match want {
                    Value::Number(n) => have
                        .as_f64()
                        .is_some_and(|h| (h - n.as_f64().unwrap()).abs() <= 0.01),
                    _ => have == want,
                };
                if !same {
                    out.push(format!("{list} {}: {key}: {have} vs {want}", a[id]));
                }
            }
        }
    }
    out
}

fn agree(got: &Value, expected: &Value, what: &str) {
    let d = disagreements(got, expected);
    assert!(
        d.is_empty(),
        "{what}: {} disagreements, first: {:#?}",
        d.len(),
        &d[..d.len().min(8)]
    );
}

/// The alarms of a check report.
fn alarms(report: &Value) -> usize {
    ["units", "officers"]
        .iter()
        .flat_map(|l| report[l].as_array().unwrap())
        .flat_map(|x| x["flags"].as_array().unwrap())
        .filter(|f| f["severity"] == "alarm")
        .count()
}

/// simulate's after = check of apply's output (and the oracle agrees with it).
fn one_truth(dir: &str, scenario: &Path, work: &Path) {
    let s = scenario.to_str().unwrap();
    let simulated = json(&["simulate", dir, "--scenario", s, "--format", "json"]);
    let out = work.join("applied");
    let out_s = out.to_str().unwrap();
    forceplan(&["apply", dir, "--scenario", s, "--out", out_s]);
    let checked = json(&["check", out_s, "--format", "json"]);
    agree(&simulated["after"], &checked, "simulate vs check of apply");
    assert_eq!(
        simulated["totals"]["alarms_after"].as_u64().unwrap() as usize,
        alarms(&checked)
    );
    // And the independent implementation of the contract, on the proposed bureau.
    let oracle = std::process::Command::new("python3")
        .args(["tests/oracle/contract_oracle.py", out_s])
        .output()
        .expect("python3 runs the contract oracle");
    assert!(oracle.status.success());
    let oracle: Value = serde_json::from_slice(&oracle.stdout).unwrap();
    let flags_stripped = |v: &Value| {
        let mut v = v.clone();
        for l in ["units", "officers"] {
            for x in v[l].as_array_mut().unwrap() {
                x.as_object_mut().unwrap().remove("flags");
            }
        }
        v
    };
    agree(
        &checked,
        &flags_stripped(&oracle),
        "check vs the contract oracle",
    );
    std::fs::remove_dir_all(&out).unwrap();
}

/// A scenario with every kind of edit, over officers and units of `dir`.
fn every_edit(dir: &str, leave_from: &str, leave_to: &str) -> String {
    let officers = std::fs::read_to_string(Path::new(dir).join("officers.csv")).unwrap();
    let ids: Vec<(&str, &str)> = officers
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut f = l.split(',');
            Some((f.next()?, f.nth(1)?))
        })
        .collect();
    let units: Vec<&str> = {
        let mut u: Vec<&str> = ids.iter().map(|(_, u)| *u).collect();
        u.sort();
        u.dedup();
        u
    };
    let (a, b, c) = (units[0], units[units.len() / 2], units[units.len() - 1]);
    let officer = |k: usize| ids[(k * 7919) % ids.len()].0;
    format!(
        r#"schema = 1
name = "every edit"

[[edit]]
kind = "move_officer"
officer = "{o1}"
to = "{b}"
from = 2025-03-10

[[edit]]
kind = "move_officer"
officer = "{o2}"
to = "{a}"

[[edit]]
kind = "add_officers"
unit = "{c}"
role = "patrol"
count = 2
from = 2025-05-01

[[edit]]
kind = "remove_officer"
officer = "{o3}"
from = 2025-06-15

[[edit]]
kind = "set_min_on_duty"
unit = "{b}"
min_on_duty = 1

[[edit]]
kind = "set_threshold"
rule = "load_ratio"
warn = 1.2
alarm = 1.4

[[edit]]
kind = "merge_inspections"

[[edit]]
kind = "cap_inspections"
per_quarter = 3

[[edit]]
kind = "cancel_meetings"
convener = "县公安局党委"

[[edit]]
kind = "merge_meetings"
convener = "县政府"

[[edit]]
kind = "plan_leave"
from = {leave_from}
to = {leave_to}
leaders_cover = 2
batch = 3
"#,
        o1 = officer(1),
        o2 = officer(2),
        o3 = officer(3),
    )
}

#[test]
fn the_empty_scenario_is_check_of_the_bureau() {
    let work = tempfile::tempdir().unwrap();
    let file = work.path().join("empty.toml");
    std::fs::write(&file, "schema = 1\nname = \"nothing\"\n").unwrap();
    let simulated = json(&[
        "simulate",
        "sample-data",
        "--scenario",
        file.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let checked = json(&["check", "sample-data", "--format", "json"]);
    agree(&simulated["after"], &checked, "empty scenario");
    agree(&simulated["before"], &checked, "before");
    one_truth("sample-data", &file, work.path());
}

#[test]
fn the_sample_with_every_kind_of_edit() {
    let work = tempfile::tempdir().unwrap();
    let file = work.path().join("every.toml");
    std::fs::write(&file, every_edit("sample-data", "2025-10-01", "2025-12-31")).unwrap();
    one_truth("sample-data", &file, work.path());
    // A suggestion on top of it, as the planner would make.
    let suggested = work.path().join("suggested.toml");
    forceplan(&[
        "suggest",
        "sample-data",
        "--scenario",
        file.to_str().unwrap(),
        "--max-moves",
        "8",
        "--out",
        suggested.to_str().unwrap(),
    ]);
    one_truth("sample-data", &suggested, work.path());
}

#[test]
fn generated_bureaus_with_movements_and_every_kind_of_edit() {
    let work = tempfile::tempdir().unwrap();
    for (officers, days, seed, movements) in [(120, 365, 31, 14), (60, 200, 32, 9)] {
        let dir = work.path().join(format!("b{seed}"));
        let dir_s = dir.to_str().unwrap();
        forceplan(&[
            "sample",
            dir_s,
            "--officers",
            &officers.to_string(),
            "--days",
            &days.to_string(),
            "--seed",
            &seed.to_string(),
            "--movements",
            &movements.to_string(),
        ]);
        let file = work.path().join(format!("s{seed}.toml"));
        std::fs::write(&file, every_edit(dir_s, "2025-04-01", "2025-06-30")).unwrap();
        one_truth(dir_s, &file, work.path());
    }
}
