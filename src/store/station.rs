//! A bureau written as its personnel office keeps it: the tables as CSV
//! with Chinese headers (单位编号, 警号, 姓名...), and the roster as the
//! stations' 排班表, one workbook per unit in `排班表/`, a sheet per month.
//! forceplan reads it back to the same bureau (docs/data-format.md).

use super::{Encoding, StoreError, TableText, tables, write_tables};
use crate::core::check::{Checked, choose_period};
use crate::core::model::Bureau;
use crate::core::rules::Rules;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The Chinese header of each column (table, column, header): one of the
/// names the loader knows for it.
const HEADERS: &[(&str, &str, &str)] = &[
    ("units", "unit_id", "单位编号"),
    ("units", "name", "单位名称"),
    ("units", "kind", "单位类型"),
    ("units", "min_on_duty", "最低在岗人数"),
    ("officers", "officer_id", "警号"),
    ("officers", "name", "姓名"),
    ("officers", "unit_id", "单位"),
    ("officers", "role", "岗位"),
    ("officers", "service_start", "参加工作时间"),
    ("officers", "home_district", "居住地"),
    ("households", "area_id", "警务区"),
    ("households", "unit_id", "单位"),
    ("households", "officer_id", "社区民警警号"),
    ("households", "households", "户数"),
    ("households", "residents", "常住人口"),
    ("overtime", "officer_id", "警号"),
    ("overtime", "date", "日期"),
    ("overtime", "hours", "加班时长"),
    ("overtime", "compensated", "补偿方式"),
    ("overtime", "reason", "事由"),
    ("inspections", "unit_id", "单位"),
    ("inspections", "date", "日期"),
    ("inspections", "inspecting_body", "检查单位"),
    ("inspections", "hours", "时长"),
    ("inspections", "topic", "检查内容"),
    ("meetings", "unit_id", "单位"),
    ("meetings", "date", "日期"),
    ("meetings", "convened_by", "召集单位"),
    ("meetings", "hours", "时长"),
    ("meetings", "attendees", "参会人数"),
    ("holidays", "date", "日期"),
    ("holidays", "kind", "类型"),
    ("holidays", "name", "名称"),
    ("assignments", "officer_id", "警号"),
    ("assignments", "unit_id", "调入单位"),
    ("assignments", "from", "生效日期"),
    ("roster", "officer_id", "警号"),
    ("roster", "date", "日期"),
    ("roster", "shift", "班次"),
    ("roster", "hours", "时长"),
];

/// The Chinese header of a table's column, if it has one.
pub fn chinese_header(table: &str, column: &str) -> Option<&'static str> {
    HEADERS
        .iter()
        .find(|(t, c, _)| *t == table && *c == column)
        .map(|(_, _, zh)| *zh)
}

/// The folder of the stations' rosters in a bureau written this way.
pub const ROSTER_FOLDER: &str = "排班表";

/// Writes `bureau` into the folder `out` as its office keeps it (see the
/// module's note), as `write_folder` writes: whole or not at all.
pub fn write_station(
    out: &Path,
    bureau: &Bureau,
    force: bool,
    inputs: &[PathBuf],
    encoding: Encoding,
) -> Result<(), StoreError> {
    let mut all: Vec<TableText> = tables(bureau)
        .into_iter()
        .filter(|t| t.name != "roster")
        .collect();
    for table in &mut all {
        for (column, _) in &mut table.columns {
            if let Some((_, _, zh)) = HEADERS
                .iter()
                .find(|(t, c, _)| *t == table.name && c == column)
            {
                *column = zh;
            }
        }
    }
    let extra = match choose_period(bureau, None, None) {
        Ok(period) => {
            let checked = Checked::new(Arc::new(bureau.clone()), period, &Rules::default());
            crate::export::roster::unit_workbooks(&checked, None, true, ROSTER_FOLDER).map_err(
                |why| StoreError::Io {
                    path: out.join(ROSTER_FOLDER),
                    source: std::io::Error::other(why),
                },
            )?
        }
        // No roster, no stations' rosters.
        Err(_) => Vec::new(),
    };
    write_tables(out, all, &extra, force, inputs, encoding)
}
