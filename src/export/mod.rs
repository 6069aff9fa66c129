//! Exports for the personnel office and the stations: the proposed bureau as
//! CSV (loadable by forceplan) and as one XLSX workbook, a report for the
//! minutes as Markdown and self-contained HTML, and an audit trail; all in
//! one folder, written whole or not at all, never over an input.

pub mod report;
pub mod roster;
pub mod xlsx;

use crate::core::compare::compare;
use crate::core::scenario::Scenario;
use crate::core::scenario::outcome::Baseline;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::fmt::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Serialize)]
pub struct InputFile {
    pub file: String,
    pub sha256: String,
}

/// What every export records about itself.
#[derive(Debug, Clone, Serialize)]
pub struct Audit {
    pub version: String,
    /// UTC, as the caller's clock gives it (edits carry no time of their own).
    pub exported_at: String,
    pub period: String,
    pub scenario_name: String,
    pub edits: Vec<String>,
    pub inputs: Vec<InputFile>,
}

/// SHA-256 of a file, in hex.
pub fn sha256_file(path: &Path) -> std::io::Result<String> {
    let digest = Sha256::digest(std::fs::read(path)?);
    Ok(digest.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    }))
}

/// How an export is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Replace the output folder if it has files.
    pub force: bool,
    /// The stations' rosters with shift names in Chinese (白班), or with the
    /// contract's codes (DAY).
    pub codes: bool,
    pub encoding: crate::store::Encoding,
    /// The language of the report and the workbook.
    pub lang: crate::i18n::Lang,
}

/// The folder of the stations' rosters in an export, one workbook per unit.
pub const ROSTERS: &str = "rosters";

/// The staffing need of the proposed bureau (the comparison's last
/// column): one computation for the report and the workbook.
pub(crate) fn staffing(
    c: &crate::core::compare::Comparison,
) -> crate::core::staffing::StaffingNeed {
    let last = c.columns.last().expect("the baseline at least");
    last.staffing_need()
}

/// Writes the export of `scenario` (or of the baseline) into `out`, never
/// over or into `inputs` (the bureau's folder, the files read).
pub fn export(
    base: &Baseline,
    scenario: Option<&Scenario>,
    inputs: &[PathBuf],
    out: &Path,
    options: Options,
    exported_at: String,
) -> anyhow::Result<()> {
    let tr = crate::i18n::tr(options.lang);
    let scenario = scenario
        .cloned()
        .unwrap_or_else(|| Scenario::new("baseline"));
    let comparison = compare(base, std::slice::from_ref(&scenario));
    let after = &comparison.columns[1];
    if let Some((i, why)) = after.problems.first() {
        anyhow::bail!(
            "{}",
            tr.args(
                "export-edit-fails",
                &[("n", (*i).into()), ("why", why.text(tr).into())]
            )
        );
    }
    // The proposed bureau's tables, made once for the CSV files and the workbook.
    let tables = crate::store::tables(after.bureau());
    let mut files = Vec::new();
    // Every file read is in the audit (the folders among the inputs only
    // guard the output).
    for path in inputs.iter().filter(|p| p.is_file()) {
        files.push(InputFile {
            file: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            sha256: sha256_file(path)?,
        });
    }
    let audit = Audit {
        version: env!("CARGO_PKG_VERSION").into(),
        exported_at,
        period: base.period().to_string(),
        scenario_name: scenario.name.clone(),
        edits: scenario.edits.iter().map(|e| e.describe()).collect(),
        inputs: files,
    };
    // The audit as a person reads it, in the report's language (audit.json
    // keeps the English, for scripts).
    let shown = Audit {
        period: crate::msg!("range", "from" => base.period().start, "to" => base.period().end)
            .text(tr),
        edits: scenario.edits.iter().map(|e| e.describe_in(tr)).collect(),
        ..audit.clone()
    };
    // The workbook is made while the stations' rosters are: each takes
    // seconds at 5,000 officers.
    let (workbook, rosters) = std::thread::scope(|scope| {
        let workbook = scope.spawn(|| {
            // The writer panics where it cannot write its temporary files
            // (a full disk): an error, never a crash.
            crate::quiet::catch(|| xlsx::workbook(&tables, &comparison, &shown, tr)).map_err(
                |why| anyhow::anyhow!("{}", tr.args("export-no-workbook", &[("why", why.into())])),
            )
        });
        let rosters = roster::unit_workbooks(
            &after.checked,
            after.leave.as_ref().map(|l| &l.plan),
            !options.codes,
            ROSTERS,
        )
        .map_err(|why| anyhow::anyhow!(why));
        let workbook = workbook
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (workbook, rosters)
    });
    let mut extra: Vec<(String, Vec<u8>)> = vec![
        ("rules.toml".into(), after.rules().to_toml().into_bytes()),
        ("workbook.xlsx".into(), workbook??),
        (
            "report.md".into(),
            report::markdown(&comparison, &shown, tr).into_bytes(),
        ),
        (
            "report.html".into(),
            report::html(&comparison, &shown, tr).into_bytes(),
        ),
        (
            "audit.json".into(),
            (serde_json::to_string_pretty(&audit)? + "\n").into_bytes(),
        ),
        ("scenario.toml".into(), scenario.to_toml().into_bytes()),
    ];
    if let Some(l) = &after.leave {
        let covers = crate::output::csv::covers(&l.plan.covers)?;
        extra.push(("covers.csv".into(), covers.into_bytes()));
    }
    extra.extend(rosters?);
    crate::store::write_tables(out, tables, &extra, options.force, inputs, options.encoding)?;
    Ok(())
}
