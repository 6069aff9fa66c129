//! The commands' tables and messages in Chinese (`--lang zh`): the same
//! figures as in English, said in the words of a personnel office.

mod common;

use common::{SMALL, fixture, forceplan, scenario_file, small_with_table};

fn zh(args: &[&str]) -> (i32, String, String) {
    let out = forceplan()
        .arg("--lang")
        .arg("zh")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn simulate_speaks_chinese() {
    let (_dir, scenario) = scenario_file(
        "schema = 1\nname = \"东区调整\"\n[[edit]]\nkind = \"move_officer\"\nofficer = \"P4\"\nto = \"U1\"\n",
    );
    let (code, out, _) = zh(&["simulate", SMALL, "--scenario", scenario.to_str().unwrap()]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "方案 东区调整：调动 1 人；告警 8 -> 6；最重负荷 1.45 -> 1.26"
    );
    assert_eq!(lines[1], "  P4 U2 -> U1，自 2025-01-01 起：规划人员指定");
    assert!(lines[3].starts_with("单位   名称"), "{out}");
    assert!(lines[4].ends_with("-告警 标准工时饱和度"), "{out}");
}

#[test]
fn an_edit_that_does_not_apply_is_refused_in_chinese() {
    let (_dir, scenario) = scenario_file(
        "schema = 1\nname = \"x\"\n[[edit]]\nkind = \"move_officer\"\nofficer = \"P9\"\nto = \"U1\"\n",
    );
    let (code, _, err) = zh(&["simulate", SMALL, "--scenario", scenario.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "错误： {} 中有未能生效的调整：\n第 1 项调整：没有警号为 P9 的民警\n",
            scenario.display()
        )
    );
}

#[test]
fn suggest_and_leave_plan_speak_chinese() {
    let (code, out, _) = zh(&["suggest", SMALL, "--max-moves", "2"]);
    assert_eq!(code, 0);
    assert_eq!(
        out.lines().next(),
        Some("建议调动 0 人：最重负荷 1.45 -> 1.45；告警 8 -> 8")
    );
    let (code, out, _) = zh(&[
        "leave-plan",
        SMALL,
        "--from",
        "2025-01-01",
        "--to",
        "2025-01-14",
    ]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with(
            "轮休 2025-01-01 至 2025-01-14：安排 10 天/应休 44 天（最多可安排 10 天）；2/6 名民警休满；领导顶岗 0 次；休假率 40% -> 80%；告警 8 -> 6；4/4 个单位的方案已证明最优\n"
        ),
        "{out}"
    );
    assert!(out.contains("\n未能安排的人员及原因：\n"), "{out}");
    assert!(
        out.contains(
            "  U2 Traffic Brigade，2025-01-01 至 2025-01-14：2 名民警不能休满（共差 13 天）；无富余人手的日子：2025-01-02 至 2025-01-14；约再增加 3 名民警即可让所有人休满（降低最低在岗人数也不行）\n"
        ),
        "{out}"
    );
    let (code, _, err) = zh(&[
        "leave-plan",
        SMALL,
        "--from",
        "2025-01-09",
        "--to",
        "2025-01-01",
    ]);
    assert_eq!(code, 2);
    assert_eq!(err, "错误： --from 2025-01-09 晚于 --to 2025-01-01\n");
}

#[test]
fn holidays_speak_chinese() {
    let (code, out, _) = zh(&["holidays", "2025", "--format", "table"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().take(2).collect();
    assert_eq!(
        lines,
        [
            "2025-01-01 周三  法定节假日 元旦",
            "2025-01-26 周日  调休上班   春节"
        ]
    );
    let (code, _, err) = zh(&["holidays", "1999"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("错误： 内置日历涵盖 "), "{err}");
}

#[test]
fn help_speaks_chinese_and_english_from_one_catalogue() {
    let (code, out, _) = zh(&["check", "--help"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("载入一个局的数据，计算各项工作量指标，标出超负荷之处\n\n用法： forceplan check [OPTIONS] <DIR>\n"), "{out}");
    for line in [
        "  <DIR>  局的数据文件夹（单位、民警、排班表、警务区……）",
        "      --from <DATE>      时段的第一天（默认：排班表的第一天）",
        "  -h, --help             显示帮助",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }
    let (_, out, _) = zh(&["--help"]);
    assert!(
        out.contains("  leave-plan  在一个时段内为每名民警安排剩余休假，保持各单位最低在岗人数\n"),
        "{out}"
    );
    assert!(
        out.contains("不带命令时，在 ./sample-data（或内置示例）上打开规划界面。"),
        "{out}"
    );
    // English, from the same catalogue.
    let out = forceplan().args(["check", "--help"]).output().unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(out.starts_with("Load a bureau, compute every workload figure and flag what is overloaded\n\nUsage: forceplan check [OPTIONS] <DIR>\n"), "{out}");
    assert!(
        out.contains("  -h, --help             Print help\n"),
        "{out}"
    );
}

#[test]
fn a_command_line_that_makes_no_sense_is_refused_in_chinese() {
    let (code, _, err) = zh(&["check", SMALL, "--from", "2025-13-01"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "错误： 参数“--from <DATE>”的值“2025-13-01”无效：应为 YYYY-MM-DD 格式的日期\n\n详见 '--help'。\n"
    );
    let (code, _, err) = zh(&["check"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("错误： 缺少必填参数：<DIR>\n"), "{err}");
}

/// A bureau refused in Chinese: the file, the line, the column, the value
/// and what was expected; the same problem in English from the same data.
#[test]
fn a_refused_bureau_is_told_in_chinese() {
    let dir = small_with_table(
        "roster.csv",
        &fixture("roster.csv").replace("2025-01-05,NIGHT", "2025-01-32,NIGHT"),
    );
    let bureau = dir.path();
    let (code, _, err) = zh(&["check", bureau.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "错误： {} 中的数据未能载入：发现 1 处问题\nroster.csv，第 20 行，date 列：“2025-01-32”；应为 YYYY-MM-DD 格式的日期\n",
            bureau.display()
        )
    );
    let out = forceplan().arg("check").arg(bureau).output().unwrap();
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "error: the bureau in {} was refused: 1 problem found\nroster.csv, line 20, column date: \"2025-01-32\"; expected a date as YYYY-MM-DD\n",
            bureau.display()
        )
    );
}
