//! What forceplan guarantees about the files it writes, tried with the real
//! binary: a full disk is an error that leaves nothing behind; a run killed
//! at any moment leaves its destination absent or complete, and a plain
//! re-run works; nothing is written into a bureau.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_forceplan");
const HERE: &str = env!("CARGO_MANIFEST_DIR");

fn forceplan(args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .args(args)
        .current_dir(HERE)
        .output()
        .expect("forceplan runs")
}

/// Everything in `dir`, hidden files too.
fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// A tmpfs of `size` mounted on a fresh folder, unmounted on drop.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            // Said, never skipped silently (CI's log shows it).
            eprintln!(
                "SKIPPED: the full-disk test cannot mount a tmpfs on this machine (it needs root)"
            );
            return None;
        }
        Some(SmallDisk { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

/// Writes a suggestion for the sample bureau as the scenario file `path`.
fn suggest_into(path: &Path) {
    let run = forceplan(&[
        "suggest",
        "sample-data",
        "--max-moves",
        "3",
        "--out",
        path.to_str().unwrap(),
    ]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

#[test]
fn a_full_disk_is_an_error_that_leaves_nothing_behind() {
    let Some(disk) = SmallDisk::mount("256k") else {
        return;
    };
    let out = disk.path().join("bureau");
    let run = forceplan(&["sample", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_ne!(run.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("No space left on device"), "{stderr}");
    assert!(!String::from_utf8_lossy(&run.stdout).contains("wrote"));
    assert_eq!(entries(disk.path()), Vec::<String>::new());

    // apply and a scenario file too.
    let scenario = disk.path().join("s.toml");
    suggest_into(&scenario);
    let run = forceplan(&[
        "apply",
        "sample-data",
        "--scenario",
        scenario.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_ne!(run.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("No space left on device"), "{stderr}");
    assert_eq!(entries(disk.path()), ["s.toml"]);

    // export, whose workbook writer keeps temporary files in TMPDIR: both
    // on the full disk. An error, not a panic.
    let run = Command::new(BIN)
        .args(["export", "sample-data", "--to"])
        .arg(&out)
        .env("TMPDIR", disk.path())
        .current_dir(HERE)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("No space left on device"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(entries(disk.path()), ["s.toml"]);
}

/// Starts a run, kills it outright after `after`, and says whether it had
/// finished by then.
fn kill_after(args: &[&str], after: Duration) -> bool {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(HERE)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(after);
    let finished = child.try_wait().unwrap().is_some();
    let _ = child.kill();
    let _ = child.wait();
    finished
}

/// A destination a killed run left: absent, or complete (it loads).
fn absent_or_complete(dest: &Path, files: &[&str]) {
    if !dest.exists() {
        return;
    }
    for f in files {
        assert!(dest.join(f).exists(), "{} lacks {f}", dest.display());
    }
    let check = forceplan(&["check", dest.to_str().unwrap(), "--format", "json"]);
    assert!(
        matches!(check.status.code(), Some(0) | Some(1)),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn a_run_killed_at_any_moment_leaves_its_destination_absent_or_complete() {
    let work = tempfile::tempdir().unwrap();
    let scenario = work.path().join("s.toml");
    suggest_into(&scenario);
    let s = scenario.to_str().unwrap().to_string();
    let tables = ["units.csv", "officers.csv", "roster.csv", "holidays.csv"];
    let cases: Vec<(&str, Vec<String>, Vec<&str>)> = vec![
        (
            "apply",
            vec![
                "apply".into(),
                "sample-data".into(),
                "--scenario".into(),
                s.clone(),
            ],
            tables.to_vec(),
        ),
        (
            "export",
            vec![
                "export".into(),
                "sample-data".into(),
                "--scenario".into(),
                s.clone(),
            ],
            [&tables[..], &["workbook.xlsx", "report.html", "audit.json"]].concat(),
        ),
        (
            "leave-plan",
            vec![
                "leave-plan".into(),
                "sample-data".into(),
                "--from".into(),
                "2025-10-01".into(),
                "--to".into(),
                "2025-12-31".into(),
            ],
            [&tables[..], &["covers.csv"]].concat(),
        ),
    ];
    for (name, args, files) in cases {
        let dest: PathBuf = work.path().join(name);
        let flag = if name == "export" { "--to" } else { "--out" };
        for ms in [40, 400, 1500] {
            let mut argv: Vec<&str> = args.iter().map(String::as_str).collect();
            argv.extend([flag, dest.to_str().unwrap(), "--force"]);
            kill_after(&argv, Duration::from_millis(ms));
            absent_or_complete(&dest, &files);
            // Nothing left beside it but the destination (and the scenario).
            let left: Vec<String> = entries(work.path())
                .into_iter()
                .filter(|n| n.starts_with(&format!(".{name}")))
                .collect();
            // A leftover of the killed run is cleaned by the next one.
            let rerun = forceplan(&argv);
            assert_eq!(
                rerun.status.code(),
                Some(0),
                "{name} after a kill at {ms} ms (left {left:?}): {}",
                String::from_utf8_lossy(&rerun.stderr)
            );
            absent_or_complete(&dest, &files);
            assert!(dest.exists());
            let left: Vec<String> = entries(work.path())
                .into_iter()
                .filter(|n| n.starts_with('.'))
                .collect();
            assert!(left.is_empty(), "{name}: {left:?}");
        }
    }
}

#[test]
fn outputs_into_a_bureau_are_refused_even_when_they_do_not_exist_yet() {
    let work = tempfile::tempdir().unwrap();
    let bureau = work.path().join("b");
    let run = forceplan(&["sample", bureau.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(0));
    let before = entries(&bureau);
    let b = bureau.to_str().unwrap();
    for out in [
        format!("{b}/rules.toml"),
        format!("{b}/units.xlsx"),
        format!("{b}/sub/../rules.toml"),
    ] {
        let run = forceplan(&["suggest", b, "--max-moves", "2", "--out", &out]);
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_ne!(run.status.code(), Some(0), "{out}");
        assert!(stderr.contains("input"), "{stderr}");
    }
    let sub = bureau.join("exports");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("mine.txt"), "keep").unwrap();
    let run = forceplan(&["export", b, "--to", sub.to_str().unwrap(), "--force"]);
    assert_ne!(run.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(sub.join("mine.txt")).unwrap(),
        "keep"
    );
    let mut after = entries(&bureau);
    after.retain(|n| n != "exports");
    assert_eq!(after, before);
}
