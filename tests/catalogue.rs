//! Every sentence a person reads comes from the catalogue (src/i18n/*/):
//! the code holds keys, arguments and data, not prose. This reads the
//! program's own source (outside its tests) for string literals that look
//! like English prose, and fails on any not named below with the reason it
//! may stay.

use std::path::{Path, PathBuf};

/// Literals that may stay, by file and beginning, each with its reason.
const ALLOWED: &[(&str, &str, &str)] = &[
    // Diagnostics for developers (FORCEPLAN_TIMINGS, FORCEPLAN_TEST_PANIC).
    ("src/cli/check.rs", "timings: ", "a developer's diagnostic"),
    ("src/tui/mod.rs", "timings: ", "a developer's diagnostic"),
    (
        "src/tui/mod.rs",
        "FORCEPLAN_TEST_PANIC is set",
        "a test's deliberate panic",
    ),
    // Invariants: `expect` messages of what cannot happen.
    (
        "src/core/check.rs",
        "one made for each that changed",
        "an invariant",
    ),
    (
        "src/core/roster_sheet.rs",
        "the first of a month exists",
        "an invariant",
    ),
    (
        "src/core/scenario/propose.rs",
        "only recruits are always changed",
        "an invariant",
    ),
    ("src/core/scenario/propose.rs", "made above", "an invariant"),
    (
        "src/core/scenario/suggest.rs",
        "donor has officers",
        "an invariant",
    ),
    (
        "src/export/report.rs",
        "the baseline at least",
        "an invariant",
    ),
    (
        "src/export/xlsx.rs",
        "the baseline at least",
        "an invariant",
    ),
    ("src/tui/scenario.rs", "named by the shelf", "an invariant"),
    ("src/export/mod.rs", "the baseline at least", "an invariant"),
    (
        "src/core/leave/exact.rs",
        "no blackout within",
        "an invariant",
    ),
    // What a plan breaks, for tests and the guard on the solver's answer;
    // never shown (a plan that breaks a rule is not used).
    ("src/core/leave/unit.rs", "officer {k}", "a diagnostic"),
    ("src/core/leave/unit.rs", "leader {l}", "a diagnostic"),
    ("src/core/leave/unit.rs", "day {i}", "a diagnostic"),
    ("src/tui/shelf.rs", "a free name", "an invariant"),
    ("src/cli/leave.rs", "a plan_leave edit", "an invariant"),
    ("src/load/source.rs", "pushed above", "an invariant"),
    ("src/load/tables.rs", "registered above", "an invariant"),
    ("src/load/wide.rs", "checked above", "an invariant"),
    ("src/load/wide.rs", "an id was read", "an invariant"),
    ("src/load/wide.rs", "a name was read", "an invariant"),
    ("src/load/wide.rs", "one at least", "an invariant"),
    // Interfaces and data, never translated.
    (
        "src/cli/holidays.rs",
        "date,kind,name",
        "the data format's CSV header",
    ),
    (
        "src/cli/leave.rs",
        "leave plan",
        "the internal name of the command's scenario",
    ),
    (
        "src/core/scenario/mod.rs",
        "Option::is_none",
        "a serde attribute",
    ),
    (
        "src/core/scenario/mod.rs",
        "# forceplan scenario: ",
        "the scenario file's own header comment",
    ),
    (
        "src/core/scenario/deal.rs",
        "covers an unfilled",
        "data: the reason column of the proposed bureau's overtime table",
    ),
    ("src/export/report.rs", "<svg xmlns=", "HTML markup"),
    ("src/export/report.rs", "<section id=", "HTML markup"),
    // Causes under a refusal that is itself in the catalogue, as the
    // operating system's own causes are.
    (
        "src/store/write.rs",
        "not a file or folder name",
        "an I/O cause",
    ),
    ("src/store/write.rs", "a folder is there", "an I/O cause"),
    (
        "src/core/scenario/mod.rs",
        "expected a date",
        "a serde cause inside TOML's own message",
    ),
    (
        "src/core/model.rs",
        "{text:?} is not one of",
        "a serde cause inside TOML's own message",
    ),
];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of a line (escapes kept as written).
fn literals(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'"' && (i == 0 || bytes[i - 1] != b'\'') {
            let start = i + 1;
            let mut j = start;
            while j < bytes.len() && bytes[j] != b'"' {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            out.push(&line[start..j.min(line.len())]);
            i = j + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// Two English words in a row: "no such", "expected a" (a key like
/// "col-unit" or a format like "{x:.2}" is not prose).
fn prose(s: &str) -> bool {
    let words: Vec<&str> = s
        .split([' ', ',', ':', ';'])
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|w| {
        let word = |x: &str, n: usize| x.len() >= n && x.chars().all(|c| c.is_ascii_alphabetic());
        word(w[0], 3) && word(w[1], 1)
    })
}

#[test]
fn no_sentence_a_person_reads_is_made_outside_the_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    files(&root.join("src"), &mut all);
    let mut found = Vec::new();
    for path in all {
        let rel = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel.ends_with("/tests.rs") {
            // A module of tests, kept in a file of its own.
            continue;
        }
        if rel.starts_with("src/sample/") || rel.starts_with("src/i18n/") {
            // The sample's generator writes data (names, places); the
            // catalogue is where the words are.
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") {
                continue;
            }
            for lit in literals(line) {
                if prose(lit)
                    && !ALLOWED
                        .iter()
                        .any(|(f, start, _)| *f == rel && lit.starts_with(start))
                {
                    found.push(format!("{rel}:{}: \"{lit}\"", n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "sentences made in code, not in the catalogue:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_sees_prose_and_not_keys() {
    assert!(prose("no such id in the table"));
    assert!(prose("expected a date"));
    assert!(!prose("col-unit"));
    assert!(!prose("{x:.2} -> {y:.2}"));
    assert_eq!(
        literals(r#"tr.t("a b") + "c \"d\" e""#),
        ["a b", r#"c \"d\" e"#]
    );
}

/// Every key the code names (`msg!("...")`, `tr.t("...")`, `tr.args("...")`,
/// `Message::new("...")`) is in both catalogues.
#[test]
fn every_key_the_code_names_is_in_both_catalogues() {
    use forceplan::i18n::{Lang, tr};
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    files(&root.join("src"), &mut all);
    let mut missing = Vec::new();
    let mut seen = 0;
    for path in all {
        let text = std::fs::read_to_string(&path).unwrap();
        for opener in ["msg!(\"", ".t(\"", ".args(\"", "Message::new(\""] {
            for (at, _) in text.match_indices(opener) {
                let rest = &text[at + opener.len()..];
                let Some(end) = rest.find('"') else { continue };
                let key = &rest[..end];
                // Keys only: lowercase words and dashes.
                if key.is_empty()
                    || !key.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
                    })
                {
                    continue;
                }
                seen += 1;
                // The catalogues hold the same keys (src/i18n's test); a key
                // may be its own English ("baseline"), never in both.
                if [Lang::En, Lang::Zh].iter().all(|&l| tr(l).t(key) == key) {
                    missing.push(format!("{key} ({})", path.display()));
                }
            }
        }
    }
    assert!(seen > 300, "the scan found only {seen} keys");
    assert!(
        missing.is_empty(),
        "keys missing from a catalogue:\n{}",
        missing.join("\n")
    );
}
