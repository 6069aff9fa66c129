//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

pub const SMALL: &str = "tests/fixtures/small";

/// A copy of the small fixture bureau with some files replaced (`Some`) or
/// removed (`None`).
pub fn small_with(changes: &[(&str, Option<&[u8]>)]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(SMALL).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    for (name, content) in changes {
        let path = dir.path().join(name);
        match content {
            Some(bytes) => fs::write(&path, bytes).unwrap(),
            None => fs::remove_file(&path).unwrap(),
        }
    }
    dir
}

/// The small fixture with one table's text replaced.
pub fn small_with_table(name: &str, text: &str) -> TempDir {
    small_with(&[(name, Some(text.as_bytes()))])
}

/// A scenario file of `text` in a folder of its own (kept while the
/// folder is).
pub fn scenario_file(text: &str) -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.toml");
    fs::write(&file, text).unwrap();
    (dir, file)
}

/// The fixture's text of a table.
pub fn fixture(name: &str) -> String {
    fs::read_to_string(Path::new(SMALL).join(name)).unwrap()
}

pub fn path(dir: &TempDir) -> PathBuf {
    dir.path().to_path_buf()
}

/// `check` of a fixture bureau, over its own period and rules.
pub fn check_of(dir: &str) -> forceplan::core::check::CheckReport {
    let loaded = forceplan::load::load_bureau(Path::new(dir), None).expect("fixture loads");
    let period = forceplan::core::check::choose_period(&loaded.bureau, None, None).unwrap();
    forceplan::core::check::check(&loaded.bureau, period, &loaded.rules)
}

/// An officer's report, by id.
pub fn officer<'a>(
    r: &'a forceplan::core::check::CheckReport,
    id: &str,
) -> &'a forceplan::core::check::OfficerReport {
    r.officers.iter().find(|o| o.officer_id == id).unwrap()
}

/// A unit's report, by id.
pub fn unit<'a>(
    r: &'a forceplan::core::check::CheckReport,
    id: &str,
) -> &'a forceplan::core::check::UnitReport {
    r.units.iter().find(|u| u.unit_id == id).unwrap()
}

/// Equal to within rounding.
pub fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

/// Three saved scenarios of the small fixture: "scenario 2" moves P2 to U2;
/// "东区调整" and "夜班加强" recruit `east` and `night` patrol officers for U1.
pub fn three_scenarios(east: u32, night: u32) -> Vec<forceplan::core::scenario::Scenario> {
    use forceplan::core::scenario::{Edit, Scenario};
    let mut moved = Scenario::new("scenario 2");
    moved.edits.push(Edit::MoveOfficer {
        officer: "P2".into(),
        to: "U2".into(),
        from: None,
        reason: String::new(),
    });
    let recruits = |name: &str, count: u32| {
        let mut s = Scenario::new(name);
        s.edits.push(Edit::AddOfficers {
            unit: "U1".into(),
            role: forceplan::core::model::Role::Patrol,
            count,
            from: None,
        });
        s
    };
    vec![
        moved,
        recruits("东区调整", east),
        recruits("夜班加强", night),
    ]
}

/// A CSV file forceplan wrote, without its UTF-8 byte-order mark (which
/// every CSV it writes carries, for Excel and WPS).
pub fn written_csv(path: &std::path::Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.strip_prefix('\u{feff}')
        .unwrap_or_else(|| panic!("{} has no byte-order mark", path.display()))
        .to_string()
}

/// The binary, in English whatever the machine's locale or the user's
/// settings file (the tests of the Chinese output set their own).
pub fn forceplan() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("forceplan").unwrap();
    cmd.env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("FORCEPLAN_CONFIG", "/nonexistent/forceplan/config.toml");
    cmd
}

/// Runs `cmd`, which must succeed (its error output shown if not), and
/// returns what it printed.
pub fn stdout_of(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
