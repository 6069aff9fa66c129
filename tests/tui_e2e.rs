//! The real binary in a real terminal (tmux): keys in, screen read back,
//! and the terminal handed back intact on quit and on a panic. Each test
//! polls the screen for the text it expects instead of sleeping.

mod common;

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// A tmux server of the test's own (its own socket), with one window.
struct Tmux {
    socket: String,
    /// Where the planner keeps scenarios in this test (never the user's own).
    _data: tempfile::TempDir,
}

impl Tmux {
    /// Runs `command` in a fresh terminal of `w` x `h`; after it ends the
    /// window shows "EXITED:<code>" and stays open for inspection.
    fn start(command: &str, cwd: &str, (w, h): (u16, u16)) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(
                std::env::var_os("CI").is_none(),
                "tmux is needed for the end-to-end tests in CI"
            );
            eprintln!("tmux not installed: end-to-end test skipped");
            return None;
        }
        let socket = format!(
            "forceplan-e2e-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        let data = tempfile::tempdir().unwrap();
        // A command may name its own data folder after this default.
        // English unless the command says otherwise, whatever the
        // developer's own locale and settings file.
        let script = format!(
            "export FORCEPLAN_DATA_DIR={} LANG=C.UTF-8 LC_ALL= LC_MESSAGES= \
             FORCEPLAN_CONFIG=/nonexistent/forceplan.toml; {command}; echo EXITED:$?; sleep 600",
            data.path().display()
        );
        let status = Command::new("tmux")
            .args([
                "-L",
                &socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-x",
                &w.to_string(),
                "-y",
                &h.to_string(),
            ])
            .args(["-c", cwd, "sh", "-c", &script])
            .env("TERM", "xterm-256color")
            .status()
            .expect("tmux starts");
        assert!(status.success());
        Some(Tmux {
            socket,
            _data: data,
        })
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .expect("tmux runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p"])
    }

    /// Waits until `test` holds for the screen (at most 20 s).
    fn until(&self, what: &str, test: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if test(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "waited for {what}; the screen shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_for(&self, text: &str) -> String {
        self.until(text, |s| s.contains(text))
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", k]);
        }
    }

    fn flag(&self, name: &str) -> String {
        self.tmux(&["display-message", "-p", &format!("#{{{name}}}")])
            .trim()
            .to_string()
    }

    /// The terminal is as the planner found it: main screen, cursor shown, no mouse reporting.
    fn assert_restored(&self) {
        assert_eq!(self.flag("alternate_on"), "0", "left the alternate screen");
        assert_eq!(self.flag("cursor_flag"), "1", "cursor shown");
        assert_eq!(self.flag("mouse_any_flag"), "0", "mouse reporting off");
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

const BIN: &str = env!("CARGO_BIN_EXE_forceplan");
const HERE: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn walk_from_the_bureau_to_an_officer_and_back_then_quit() {
    let Some(t) = Tmux::start(&format!("{BIN} tui tests/fixtures/small"), HERE, (100, 30)) else {
        return;
    };
    t.wait_for("Units, worst first");
    assert_eq!(t.flag("alternate_on"), "1");
    t.keys(&["Enter"]);
    t.wait_for("min on duty 2");
    t.keys(&["Enter"]);
    t.wait_for("Roster");
    t.wait_for("averaged 92.5 h a week");
    t.keys(&["Escape"]);
    t.wait_for("Officers");
    t.keys(&["q"]);
    t.wait_for("Units, worst first");
    t.keys(&["?"]);
    t.wait_for("Keys (any key closes)");
    t.keys(&["j"]);
    t.until("help closed", |s| !s.contains("Keys (any key closes)"));
    t.keys(&["/", "O", "l", "d", "Enter"]);
    t.until("filter to one unit", |s| {
        s.contains("Old Town Station") && !s.contains("East Station")
    });
    t.keys(&["Tab"]);
    t.wait_for("Inspections and meetings per unit");
    t.keys(&["Tab"]);
    t.wait_for("severity: all");
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    t.assert_restored();
}

/// The whole way a planner goes, in Chinese from the locale alone: the
/// overloaded units and why, a scenario, leave, the comparison, the
/// meeting's presentation and the export.
#[test]
fn a_planner_who_reads_chinese_goes_the_whole_way() {
    let data = tempfile::tempdir().unwrap();
    let cmd = format!(
        "LANG=zh_CN.UTF-8 FORCEPLAN_DATA_DIR={} {BIN} tui tests/fixtures/small",
        data.path().display()
    );
    let Some(t) = Tmux::start(&cmd, HERE, (160, 40)) else {
        return;
    };
    t.wait_for("各单位，问题最重的在前");
    t.wait_for("总览  检查会议  告警  方案  轮休  对比");
    // A unit, its flags and why; an officer's roster.
    t.keys(&["Enter"]);
    t.wait_for("最低在岗 2 人");
    t.wait_for("标准工时饱和度");
    t.keys(&["Enter"]);
    t.wait_for("排班");
    t.wait_for("平均每周工作 92.5 小时");
    t.keys(&["Escape", "q"]);
    t.wait_for("各单位，问题最重的在前");
    t.keys(&["?"]);
    t.wait_for("按键（按任意键关闭）");
    t.keys(&["j"]);
    t.until("help closed", |s| !s.contains("按任意键关闭"));
    t.keys(&["Tab"]);
    t.wait_for("各单位的检查与会议");
    t.keys(&["Tab"]);
    t.wait_for("级别：全部");
    t.wait_for("依据");
    // A scenario: one move, its effect before > after.
    t.keys(&["Tab"]);
    t.wait_for("各单位：调整前 > 调整后");
    t.keys(&["a"]);
    t.wait_for("新增调整");
    t.wait_for("调动一名民警");
    t.keys(&["P2", "Tab", "U2", "Enter"]);
    t.wait_for("已加入：调动 P2 至 U2");
    // Leave in batches over the roster's fortnight.
    t.keys(&["Tab"]);
    t.wait_for("本方案还没有轮休计划");
    t.keys(&["r"]);
    t.wait_for("在一个时段内安排轮休");
    // The form starts on the roster's period.
    t.wait_for("2025-01-14");
    t.keys(&["Enter"]);
    t.wait_for("每日富余人数");
    // The comparison, and the presentation for a meeting.
    t.keys(&["Tab"]);
    t.wait_for("方案对比：负荷（标准工时饱和度）");
    t.keys(&["p"]);
    t.wait_for("第 1 个方案，共 1 个");
    t.keys(&["e"]);
    t.wait_for("法定标准工时之比");
    t.keys(&["e", "q"]);
    t.wait_for("方案对比：");
    t.keys(&["X"]);
    t.wait_for("已导出到");
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    t.assert_restored();
}

#[test]
fn no_arguments_open_the_built_in_sample_anywhere() {
    let dir = tempfile::tempdir().unwrap();
    let Some(t) = Tmux::start(BIN, dir.path().to_str().unwrap(), (120, 40)) else {
        return;
    };
    t.wait_for("built-in sample");
    t.wait_for("东荡派出所");
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    t.assert_restored();
}

#[test]
fn the_layout_follows_a_resize() {
    let Some(t) = Tmux::start(&format!("{BIN} tui tests/fixtures/small"), HERE, (160, 48)) else {
        return;
    };
    t.wait_for("Load ratio");
    t.tmux(&["resize-window", "-x", "80", "-y", "24"]);
    t.until("the chart to give way at 80x24", |s| {
        !s.contains("Load ratio") && s.contains("Units, worst first")
    });
    t.keys(&["C-c"]);
    t.wait_for("EXITED:0");
    t.assert_restored();
}

#[test]
fn a_refused_bureau_is_a_screen_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(format!("{HERE}/tests/fixtures/small")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        dir.path().join("units.csv"),
        "unit_id,name,kind,min_on_duty\nU1,East,station,x\n",
    )
    .unwrap();
    let cmd = format!("{BIN} tui {}", dir.path().display());
    let Some(t) = Tmux::start(&cmd, HERE, (100, 30)) else {
        return;
    };
    t.wait_for("was refused");
    t.wait_for("units.csv, line 2, column min_on_duty");
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    t.assert_restored();
}

#[test]
fn a_panic_gives_the_terminal_back_and_its_message_is_readable() {
    let cmd = format!("FORCEPLAN_TEST_PANIC=1 {BIN} tui tests/fixtures/small");
    let Some(t) = Tmux::start(&cmd, HERE, (100, 30)) else {
        return;
    };
    t.wait_for("Units, worst first");
    t.keys(&["j"]);
    let screen = t.until("the exit", |s| {
        s.contains("EXITED:") && !s.contains("EXITED:0")
    });
    assert!(screen.contains("FORCEPLAN_TEST_PANIC is set"), "{screen}");
    t.assert_restored();
}

#[test]
fn a_killed_planner_loses_no_edit() {
    let data = tempfile::tempdir().unwrap();
    let cmd = format!(
        "FORCEPLAN_DATA_DIR={} {BIN} tui tests/fixtures/small",
        data.path().display()
    );
    let Some(t) = Tmux::start(&cmd, HERE, (100, 30)) else {
        return;
    };
    t.wait_for("Units, worst first");
    t.keys(&["Tab", "Tab", "Tab"]);
    t.wait_for("Units: before > after");
    t.keys(&["a"]);
    t.wait_for("New edit");
    t.keys(&["P", "2", "Tab", "U", "2", "Enter"]);
    t.wait_for("added: move P2 to U2");
    // No save, no quit: the process is killed outright.
    let shell = t.flag("pane_pid");
    let killed = Command::new("pkill")
        .args(["-9", "-P", &shell])
        .status()
        .unwrap();
    assert!(killed.success());
    t.wait_for("EXITED:137");

    let Some(again) = Tmux::start(&cmd, HERE, (100, 30)) else {
        return;
    };
    again.wait_for("Recover?");
    again.wait_for("\"scenario 1\", 1 edits");
    again.keys(&["y"]);
    again.wait_for("recovered scenario 1 (1 edits)");
    again.wait_for("1.45>2.14");
    again.keys(&["w"]);
    again.wait_for("saved to");
    again.keys(&["q"]);
    again.wait_for("EXITED:0");
    again.assert_restored();
}

#[test]
fn export_from_the_planner_writes_a_loadable_folder() {
    let data = tempfile::tempdir().unwrap();
    let cmd = format!(
        "FORCEPLAN_DATA_DIR={} {BIN} tui tests/fixtures/small",
        data.path().display()
    );
    let Some(t) = Tmux::start(&cmd, HERE, (120, 30)) else {
        return;
    };
    t.wait_for("Units, worst first");
    t.keys(&["Tab", "Tab", "Tab", "Tab", "Tab"]);
    t.wait_for("Compare: load ratio");
    t.keys(&["X"]);
    let screen = t.wait_for("exported to");
    let exports = data.path().join("scenarios");
    let found: Vec<_> = walk(&exports)
        .into_iter()
        .filter(|p| p.ends_with("report.html"))
        .collect();
    assert_eq!(found.len(), 1, "{screen}");
    let folder = found[0].parent().unwrap();
    let check = Command::new(BIN).arg("check").arg(folder).output().unwrap();
    assert!(check.status.success());
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// The planner on the small fixture, keeping scenarios in `data`.
fn planner(data: &std::path::Path, size: (u16, u16)) -> Option<Tmux> {
    let cmd = format!(
        "FORCEPLAN_DATA_DIR={} {BIN} tui tests/fixtures/small",
        data.display()
    );
    Tmux::start(&cmd, HERE, size)
}

/// Adds the edit "move `officer` to `unit`" on the scenario screen.
fn add_move(t: &Tmux, officer: &str, unit: &str) {
    t.keys(&["a"]);
    t.wait_for("New edit");
    t.keys(&[officer, "Tab", unit, "Enter"]);
    t.wait_for(&format!("added: move {officer} to {unit}"));
}

fn files_named(data: &std::path::Path, suffix: &str) -> Vec<std::path::PathBuf> {
    walk(data)
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect()
}

#[test]
fn a_second_planner_on_the_bureau_is_told_and_writes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let Some(first) = planner(data.path(), (120, 30)) else {
        return;
    };
    first.wait_for("Units, worst first");
    let Some(second) = planner(data.path(), (120, 30)) else {
        return;
    };
    second.wait_for("Units, worst first");
    second.keys(&["Tab", "Tab", "Tab"]);
    second.wait_for("(read-only)");
    second.wait_for("open in another planner");
    add_move(&second, "P2", "U2");
    second.keys(&["w"]);
    second.wait_for("not saved: the scenarios of this bureau are open in another planner");
    second.keys(&["q"]);
    second.wait_for("EXITED:0");
    assert!(files_named(data.path(), ".toml").is_empty());
    // The first saves as usual, and quitting gives the lock back.
    first.keys(&["Tab", "Tab", "Tab"]);
    first.wait_for("Units: before > after");
    add_move(&first, "P2", "U2");
    first.keys(&["w"]);
    first.wait_for("saved to");
    first.keys(&["q"]);
    first.wait_for("EXITED:0");
    assert_eq!(files_named(data.path(), "scenario_1.toml").len(), 1);
    assert!(files_named(data.path(), ".lock").is_empty());
}

#[test]
fn n_then_an_edit_then_quit_and_restart_keeps_both_scenarios() {
    let data = tempfile::tempdir().unwrap();
    let Some(t) = planner(data.path(), (120, 30)) else {
        return;
    };
    t.wait_for("Units, worst first");
    t.keys(&["Tab", "Tab", "Tab"]);
    t.wait_for("Units: before > after");
    add_move(&t, "P2", "U2");
    t.keys(&["n"]);
    t.wait_for("New scenario: its name");
    t.keys(&["Enter"]);
    t.wait_for("new scenario: scenario 2");
    add_move(&t, "P3", "U2");
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    assert_eq!(files_named(data.path(), ".toml").len(), 2, "two drafts");

    let Some(again) = planner(data.path(), (120, 30)) else {
        return;
    };
    again.wait_for("Units, worst first");
    // A planner that quit left no crash: nothing is offered, both are kept.
    again.keys(&["Tab", "Tab", "Tab"]);
    let screen = again.wait_for("Units: before > after");
    assert!(!screen.contains("Recover?"), "{screen}");
    again.wait_for("scenario 3 (new)");
    again.keys(&["o"]);
    again.wait_for("opened scenario 1");
    again.wait_for("1 edits");
    again.keys(&["o"]);
    again.wait_for("opened scenario 2");
    again.wait_for("move P3 to U2");
    again.keys(&["q"]);
    again.wait_for("EXITED:0");
}

#[test]
fn w_never_writes_over_a_file_changed_on_disk_without_asking() {
    let data = tempfile::tempdir().unwrap();
    let Some(t) = planner(data.path(), (120, 30)) else {
        return;
    };
    t.wait_for("Units, worst first");
    t.keys(&["Tab", "Tab", "Tab"]);
    t.wait_for("Units: before > after");
    add_move(&t, "P2", "U2");
    t.keys(&["w"]);
    t.wait_for("saved to");
    // Someone else's work lands in the same file.
    let file = files_named(data.path(), "scenario_1.toml").remove(0);
    let mut theirs = forceplan::core::scenario::Scenario::new("scenario 1");
    for _ in 0..7 {
        theirs
            .edits
            .push(forceplan::core::scenario::Edit::MergeInspections { unit: None });
    }
    std::fs::write(&file, theirs.to_toml()).unwrap();
    add_move(&t, "P3", "U2");
    t.keys(&["w"]);
    t.wait_for("Write over it?");
    t.wait_for("changed on disk");
    t.keys(&["n"]);
    t.wait_for("not saved: rename it");
    let on_disk =
        forceplan::core::scenario::Scenario::from_toml(&std::fs::read_to_string(&file).unwrap());
    assert_eq!(on_disk.unwrap().edits.len(), 7);
    t.keys(&["q"]);
    t.wait_for("EXITED:0");

    // After a restart the new scenario is not called "scenario 1" again.
    let Some(again) = planner(data.path(), (120, 30)) else {
        return;
    };
    again.wait_for("Units, worst first");
    again.keys(&["Tab", "Tab", "Tab"]);
    again.wait_for("scenario 2 (new)");
    again.keys(&["w"]);
    again.wait_for("scenario_2.toml");
    again.keys(&["q"]);
    again.wait_for("EXITED:0");
    let on_disk =
        forceplan::core::scenario::Scenario::from_toml(&std::fs::read_to_string(&file).unwrap());
    assert_eq!(on_disk.unwrap().edits.len(), 7);
}

#[test]
fn after_a_kill_the_next_start_draws_on_a_clean_screen() {
    // Two runs in the same terminal: the first is killed on a busy screen
    // (the alternate screen stays as it was), the second starts over it.
    let run = format!("{BIN} tui tests/fixtures/small");
    let Some(t) = Tmux::start(&format!("{run}; {run}"), HERE, (100, 30)) else {
        return;
    };
    t.wait_for("Units, worst first");
    t.keys(&["Enter"]);
    t.wait_for("min on duty 2");
    t.keys(&["Enter"]);
    t.wait_for("averaged 92.5 h a week");
    let shell = t.flag("pane_pid");
    let killed = Command::new("pkill")
        .args(["-9", "-P", &shell])
        .status()
        .unwrap();
    assert!(killed.success());
    // The second run's overview, whole: the status line is drawn last.
    let screen = t.until("the second run's overview", |s| {
        s.contains("Units, worst first") && s.contains("Enter open")
    });
    for left_over in [
        "Roster",
        "averaged 92.5 h a week",
        "Hours per week",
        "run of 12 days",
    ] {
        assert!(
            !screen.contains(left_over),
            "{left_over:?} is left from the killed run:\n{screen}"
        );
    }
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    t.assert_restored();
}

#[test]
fn a_panic_message_starts_on_its_own_line_and_stays_readable() {
    // A prompt without a newline before the planner: the cursor comes back
    // there when the terminal is given back.
    let cmd = format!(
        "printf 'prompt> '; RUST_BACKTRACE=0 FORCEPLAN_TEST_PANIC=1 {BIN} tui tests/fixtures/small"
    );
    let Some(t) = Tmux::start(&cmd, HERE, (100, 30)) else {
        return;
    };
    t.wait_for("Units, worst first");
    t.keys(&["j"]);
    let screen = t.until("the exit", |s| {
        s.contains("EXITED:") && !s.contains("EXITED:0")
    });
    let lines: Vec<&str> = screen.lines().collect();
    let at = |text: &str| {
        lines
            .iter()
            .position(|l| l.contains(text))
            .unwrap_or_else(|| panic!("no {text:?}:\n{screen}"))
    };
    let message = at("panicked at");
    assert!(lines[message].starts_with("thread '"), "{screen}");
    assert_eq!(lines[at("prompt>")].trim_end(), "prompt>", "{screen}");
    // What the shell prints next comes after the message, not over it.
    assert!(
        at("EXITED:") > at("FORCEPLAN_TEST_PANIC is set"),
        "{screen}"
    );
    t.assert_restored();
}

/// Saves `scenarios` where the planner keeps the small bureau's scenarios
/// under the data folder `data`.
fn save_scenarios(data: &std::path::Path, scenarios: &[forceplan::core::scenario::Scenario]) {
    let bureau = std::fs::canonicalize(format!("{HERE}/tests/fixtures/small")).unwrap();
    let key: String = bureau
        .to_string_lossy()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect();
    let storage = forceplan::tui::storage::Storage::at(data.join("scenarios").join(key));
    std::fs::create_dir_all(&storage.dir).unwrap();
    for s in scenarios {
        std::fs::write(storage.saved_path(&s.name), s.to_toml()).unwrap();
    }
}

#[test]
fn compare_headers_name_the_chosen_scenarios() {
    let data = tempfile::tempdir().unwrap();
    save_scenarios(data.path(), &common::three_scenarios(2, 3));
    let cmd = format!(
        "FORCEPLAN_DATA_DIR={} {BIN} tui tests/fixtures/small",
        data.path().display()
    );
    let Some(t) = Tmux::start(&cmd, HERE, (160, 40)) else {
        return;
    };
    t.wait_for("Units, worst first");
    t.keys(&["Tab", "Tab", "Tab", "Tab", "Tab"]);
    let header = |s: &str| {
        s.lines()
            .find(|l| l.contains("unit") && l.contains("baseline"))
            .unwrap_or("")
            .to_string()
    };
    // By default: the current scenario and the first two saved ones, each
    // under its own name.
    let screen = t.until("the comparison", |s| {
        let h = header(s);
        h.contains("scenario 1") && h.contains("scenario 2") && h.contains("东区调整")
    });
    assert!(screen.contains("scenario 2: 1 officers moved"), "{screen}");
    assert!(screen.contains("东区调整: 2 officers moved"), "{screen}");
    t.keys(&["c"]);
    t.wait_for("Scenarios to compare");
    // Uncheck 东区调整, check 夜班加强, compare.
    t.keys(&["Down", "Down", "Space", "Down", "Space", "Enter"]);
    let screen = t.until("the chosen scenarios", |s| {
        !s.contains("Scenarios to compare") && header(s).contains("夜班加强")
    });
    let h = header(&screen);
    assert!(
        h.contains("scenario 1") && h.contains("scenario 2") && !h.contains("东区调整"),
        "{screen}"
    );
    assert!(screen.contains("夜班加强: 3 officers moved"), "{screen}");
    assert!(!screen.contains("东区调整"), "{screen}");
    t.keys(&["q"]);
    t.wait_for("EXITED:0");
    t.assert_restored();
}
