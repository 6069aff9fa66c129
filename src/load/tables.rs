//! The contract's rules for each table (section 1): from raw text cells to the
//! model, every broken cell reported.
//!
//! Ids are registered from every row that has one, valid or not, so that one
//! broken unit row does not make every officer of that unit a second problem.

use crate::core::model::{
    Area, Assignment, Calendar, Compensation, DayKind, Inspection, Meeting, Officer, OfficerIdx,
    Overtime, Role, RosterEntry, Shift, Unit, UnitIdx, UnitKind,
};
use crate::i18n::{Arg, Message};
use crate::load::problem::Problems;
use crate::load::sheet::{Col, Sheet, opt, req};
use crate::load::source::RawTable;
use crate::msg;
use chrono::NaiveDate;
use std::collections::HashMap;

/// Ids of a table: sorted, with their index; `None` when the table itself
/// could not be read (then references to it are not checked).
pub struct Ids {
    index: Option<HashMap<String, u32>>,
    pub sorted: Vec<String>,
}

impl Ids {
    fn new(mut ids: Vec<String>, readable: bool) -> Ids {
        ids.sort();
        ids.dedup();
        let index = readable.then(|| {
            ids.iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), i as u32))
                .collect()
        });
        Ids { index, sorted: ids }
    }

    /// The ids in the first column of every row that has one.
    fn from_first_column(sheet: &Sheet, rows: &[usize]) -> Ids {
        let ids = rows
            .iter()
            .map(|&r| sheet.text(r, 0).to_string())
            .filter(|s| !s.is_empty());
        Ids::new(ids.collect(), true)
    }

    /// The table itself was read (its ids can be checked).
    pub fn is_readable(&self) -> bool {
        self.index.is_some()
    }

    /// `Ok(Some(i))` known, `Ok(None)` unknown, `Err(())` the table is unreadable.
    fn get(&self, id: &str) -> Result<Option<u32>, ()> {
        self.index.as_ref().map(|m| m.get(id).copied()).ok_or(())
    }
}

/// Looks a reference up, recording a problem when it points nowhere.
fn reference(sheet: &mut Sheet, row: usize, col: usize, ids: &Ids, table: &str) -> Option<u32> {
    let name = Arg::Term(format!("table-{table}"));
    let id = sheet.non_empty(row, col, msg!("what-id-of", "table" => name.clone()))?;
    match ids.get(id) {
        Ok(Some(i)) => Some(i),
        Ok(None) => {
            sheet.problem(row, col, msg!("load-no-such-id", "table" => name));
            None
        }
        Err(()) => None,
    }
}

/// Records a duplicate key, naming the line of the first occurrence.
fn unique<'a>(
    seen: &mut HashMap<&'a str, usize>,
    sheet: &mut Sheet<'a>,
    row: usize,
    col: usize,
    what: &str,
) {
    let key = sheet.text(row, col);
    if key.is_empty() {
        return;
    }
    if let Some(first) = seen.get(key) {
        let first = *first;
        sheet.problem(
            row,
            col,
            msg!("load-not-unique", "what" => what, "first" => first),
        );
    } else {
        seen.insert(key, sheet.line(row));
    }
}

// Chinese names of the columns several tables share (docs/data-format.md).
pub(crate) const OFFICER: &[&str] = &["警号", "工号", "民警编号"];
const UNIT: &[&str] = &["单位", "单位编号", "所属单位"];
const DATE: &[&str] = &["日期"];
const HOURS: &[&str] = &[
    "时长",
    "小时",
    "小时数",
    "工时",
    "时长(小时)",
    "时长（小时）",
];

const UNIT_COLS: &[Col] = &[
    req("unit_id").or(&["单位编号", "单位代码"]),
    req("name").or(&["单位名称", "名称"]),
    req("kind").or(&["单位类型", "类型"]),
    req("min_on_duty").or(&["最低在岗人数", "最少在岗人数", "最低在岗"]),
];

pub fn units(raw: Option<&RawTable>, problems: &mut Problems) -> (Ids, Vec<Option<Unit>>) {
    let Some(mut sheet) = raw.and_then(|raw| Sheet::new(raw, UNIT_COLS, problems)) else {
        return (Ids::new(Vec::new(), false), Vec::new());
    };
    let rows = sheet.rows();
    let ids = Ids::from_first_column(&sheet, &rows);
    let mut out = vec![None; ids.sorted.len()];
    let mut seen = HashMap::new();
    for r in rows {
        unique(&mut seen, &mut sheet, r, 0, "unit_id");
        let id = sheet.non_empty(r, 0, msg!("what-unit-id"));
        let name = sheet.non_empty(r, 1, msg!("what-unit-name"));
        let kind = sheet.code(r, 2, UnitKind::parse, &UnitKind::codes());
        let min = sheet.integer(r, 3, 0, msg!("what-officers-count"));
        if let (Some(id), Some(name), Some(kind), Some(min)) = (id, name, kind, min) {
            let i = ids.get(id).ok().flatten().expect("registered above") as usize;
            out[i] = Some(Unit {
                id: id.into(),
                name: name.into(),
                kind,
                min_on_duty: min as u32,
            });
        }
    }
    (ids, out)
}

const OFFICER_COLS: &[Col] = &[
    req("officer_id").or(OFFICER),
    req("name").or(&["姓名"]),
    req("unit_id").or(UNIT),
    req("role").or(&["岗位", "岗位类别"]),
    req("service_start").or(&["参加工作时间", "入警时间", "参加公安工作时间"]),
    opt("home_district").or(&["居住地", "居住区", "家庭住址所在区"]),
];

/// Officers, plus each officer's unit (for the households' same-unit rule).
pub fn officers(
    raw: Option<&RawTable>,
    units: &Ids,
    problems: &mut Problems,
) -> (Ids, Vec<Option<Officer>>) {
    let Some(mut sheet) = raw.and_then(|raw| Sheet::new(raw, OFFICER_COLS, problems)) else {
        return (Ids::new(Vec::new(), false), Vec::new());
    };
    let rows = sheet.rows();
    let ids = Ids::from_first_column(&sheet, &rows);
    let mut out = vec![None; ids.sorted.len()];
    let mut seen = HashMap::new();
    for r in rows {
        unique(&mut seen, &mut sheet, r, 0, "officer_id");
        let id = sheet.non_empty(r, 0, msg!("what-officer-id"));
        let name = sheet.non_empty(r, 1, msg!("what-officer-name"));
        let unit = reference(&mut sheet, r, 2, units, "units");
        let role = sheet.code(r, 3, Role::parse, &Role::codes());
        let start = sheet.date(r, 4);
        if let (Some(id), Some(name), Some(unit), Some(role), Some(start)) =
            (id, name, unit, role, start)
        {
            let i = ids.get(id).ok().flatten().expect("registered above") as usize;
            out[i] = Some(Officer {
                id: id.into(),
                name: name.into(),
                unit,
                role,
                service_start: start,
                home_district: sheet.text(r, 5).into(),
            });
        }
    }
    (ids, out)
}

const ROSTER_COLS: &[Col] = &[
    req("officer_id").or(OFFICER),
    req("date").or(DATE),
    req("shift").or(&["班次"]),
    req("hours").or(HOURS),
];

/// A long roster's header names a date and a shift column (a wide one
/// has a column per day instead).
pub fn roster_is_long(header: &[String]) -> bool {
    let names = |col: &Col| header.iter().any(|h| col.named(&h.trim().to_lowercase()));
    names(&ROSTER_COLS[1]) && names(&ROSTER_COLS[2])
}

/// The roster, from its tables: one long table, or the tables a wide
/// roster was read into (a folder's files, typed on every core). At most one
/// row per officer and day over them all.
pub fn roster(
    raws: &[RawTable],
    officers: &Ids,
    service: &Service,
    shifts: &crate::core::shifts::Dictionary,
    problems: &mut Problems,
) -> Vec<(OfficerIdx, RosterEntry)> {
    let numbered: Vec<(u32, &RawTable)> = (0..).zip(raws).collect();
    let typed: Vec<(Vec<Typed>, Problems)> =
        crate::core::parallel::balanced(&numbered, |&(t, raw)| {
            let mut own = Problems::default();
            (
                roster_rows(raw, t, officers, service, shifts, &mut own),
                own,
            )
        });
    let mut all: Vec<Typed> = Vec::new();
    for (rows, own) in typed {
        problems.extend(own);
        // One table (a long roster): its rows, not a copy.
        if all.is_empty() {
            all = rows;
        } else {
            all.extend(rows);
        }
    }
    all.sort_unstable_by_key(|&(o, e, t, r)| (o, e.date, t, r));
    for pair in all.windows(2) {
        let ((o1, e1, t1, r1), (o2, e2, t2, r2)) = (pair[0], pair[1]);
        let (t1, r1, t2, r2) = (t1 as usize, r1 as usize, t2 as usize, r2 as usize);
        if o1 == o2 && e1.date == e2.date {
            let first = match &raws[t1].places {
                Some(places) => msg!("load-at-cell", "cell" => places.name(r1)),
                None => msg!("load-on-line", "line" => raws[t1].lines[r1]),
            };
            let raw = &raws[t2];
            problems.push(crate::load::problem::Problem {
                file: raw.file.clone(),
                line: Some(raw.lines[r2]),
                column: Some(match &raw.places {
                    Some(places) => places.name(r2),
                    None => ROSTER_COLS[1].name.into(),
                }),
                value: Some(e2.date.to_string()),
                expected: msg!("load-second-row", "first" => first),
            });
        }
    }
    all.into_iter().map(|(o, e, _, _)| (o, e)).collect()
}

/// A roster row typed: its officer and entry, its table and row there.
type Typed = (OfficerIdx, RosterEntry, u32, u32);

/// The rows of roster table `t`, typed and checked (but for duplicates,
/// checked over every table).
fn roster_rows(
    raw: &RawTable,
    t: u32,
    officers: &Ids,
    service: &Service,
    shifts: &crate::core::shifts::Dictionary,
    problems: &mut Problems,
) -> Vec<Typed> {
    let Some(mut sheet) = Sheet::new(raw, ROSTER_COLS, problems) else {
        return Vec::new();
    };
    let rows = sheet.rows();
    let mut out = Vec::with_capacity(rows.len());
    // A roster holds a handful of distinct shift cells: each is read once.
    let mut read: HashMap<&str, Result<crate::core::shifts::Cell, Message>> = HashMap::new();
    for r in rows {
        let officer = reference(&mut sheet, r, 0, officers, "officers");
        let date = sheet.date(r, 1);
        // A contract code, or a bureau's own name of the shift (白班, 夜班...).
        let text = sheet.text(r, 2);
        let named = read
            .entry(text)
            .or_insert_with(|| crate::core::shifts::read(text, shifts))
            .clone();
        let shift = match &named {
            Ok(cell) => Some(cell.shift),
            // Latin text: the contract's codes, with the nearest one.
            Err(_) if sheet.text(r, 2).is_ascii() => {
                sheet.code(r, 2, Shift::parse, &Shift::codes())
            }
            Err(why) => {
                sheet.problem(r, 2, why.clone());
                None
            }
        };
        // Hours: the hours column's; when it is empty, the shift cell's
        // ("白班" is 8 h, "夜12" 12 h) or, in a wide roster, a code's usual
        // hours. A wide roster's cell, or a bureau's own name, that cannot be
        // read has been named already: the hours it was to give are not a
        // second problem of the same cell. (A long roster's unknown code with
        // no hours is two problems: both columns must be filled.)
        let usual = |shift| {
            sheet
                .is_wide()
                .then(|| crate::core::shifts::usual_hours(shift))
        };
        let hours = if sheet.text(r, 3).is_empty() {
            match (&named, shift) {
                (Ok(cell), _) => cell.hours.or_else(|| usual(cell.shift)),
                (Err(_), Some(shift)) => usual(shift),
                (Err(_), None) => None,
            }
        } else {
            None
        };
        let hours = match hours {
            Some(h) => Some(h),
            None if shift.is_none()
                && sheet.text(r, 3).is_empty()
                && (sheet.is_wide() || !sheet.text(r, 2).is_ascii()) =>
            {
                None
            }
            None => sheet.number(r, 3, 0.0, false, 24.0, msg!("what-hours-0-24")),
        };
        if let (Ok(cell), Some(h)) = (&named, hours)
            && cell.hours_given
            && cell.hours != Some(h)
        {
            let said = cell.hours.unwrap_or_default();
            sheet.problem(
                r,
                3,
                msg!("load-hours-said", "said" => crate::core::flags::num(said)),
            );
        }
        if let (Some(shift), Some(hours)) = (shift, hours) {
            if shift.is_rest() && hours != 0.0 {
                sheet.problem(r, 3, msg!("load-rest-hours", "shift" => shift.code()));
            } else if !shift.is_rest() && hours == 0.0 {
                sheet.problem(r, 3, msg!("load-no-hours", "shift" => shift.code()));
            }
        }
        if let (Some(officer), Some(date)) = (officer, date) {
            service.check(&mut sheet, r, officer, date);
        }
        if let (Some(officer), Some(date), Some(shift), Some(hours)) = (officer, date, shift, hours)
        {
            out.push((officer, RosterEntry { date, shift, hours }, t, r as u32));
        }
    }
    out
}

const HOUSEHOLD_COLS: &[Col] = &[
    req("area_id").or(&["警务区", "警务区编号", "责任区"]),
    req("unit_id").or(UNIT),
    req("officer_id").or(&["社区民警警号", "警号", "工号"]),
    req("households").or(&["户数"]),
    req("residents").or(&["人口", "常住人口", "人数"]),
];

/// Areas. `end` is the last day of the period the data defines (the
/// roster's last date): an area's officer must serve at its unit then.
pub fn households(
    raw: Option<&RawTable>,
    units: &Ids,
    officers: &Ids,
    service: &Service,
    end: Option<NaiveDate>,
    problems: &mut Problems,
) -> Vec<Area> {
    let Some(mut sheet) = raw.and_then(|raw| Sheet::new(raw, HOUSEHOLD_COLS, problems)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut seen = HashMap::new();
    for r in sheet.rows() {
        unique(&mut seen, &mut sheet, r, 0, "area_id");
        let id = sheet.non_empty(r, 0, msg!("what-area-id"));
        let unit = reference(&mut sheet, r, 1, units, "units");
        let officer = if sheet.text(r, 2).is_empty() {
            Some(None)
        } else {
            match reference(&mut sheet, r, 2, officers, "officers") {
                Some(o) => match (
                    unit,
                    end.and_then(|end| Some((end, service.serving(o, end)?))),
                ) {
                    (Some(u), Some((end, Ok(ou)))) if u != ou => {
                        let theirs = &units.sorted[ou as usize];
                        sheet.problem(
                            r,
                            2,
                            msg!("load-area-officer-elsewhere", "end" => end, "unit" => theirs),
                        );
                        None
                    }
                    (Some(_), Some((end, Err(why)))) => {
                        sheet.problem(
                            r,
                            2,
                            msg!("load-area-officer-away", "end" => end, "why" => why),
                        );
                        None
                    }
                    _ => Some(Some(o)),
                },
                None => None,
            }
        };
        let households = sheet.integer(r, 3, 0, msg!("what-households"));
        let residents = sheet.integer(r, 4, 0, msg!("what-residents"));
        if let (Some(id), Some(unit), Some(officer), Some(households), Some(residents)) =
            (id, unit, officer, households, residents)
        {
            out.push(Area {
                id: id.into(),
                unit,
                officer,
                households,
                residents,
            });
        }
    }
    out
}

const OVERTIME_COLS: &[Col] = &[
    req("officer_id").or(OFFICER),
    req("date").or(DATE),
    req("hours").or(&[
        "加班时长",
        "时长",
        "小时",
        "小时数",
        "时长(小时)",
        "时长（小时）",
    ]),
    req("compensated").or(&["补偿", "补偿方式"]),
    opt("reason").or(&["事由", "原因"]),
];

pub fn overtime(
    raw: Option<&RawTable>,
    officers: &Ids,
    service: &Service,
    problems: &mut Problems,
) -> Vec<(OfficerIdx, Overtime)> {
    let Some(mut sheet) = raw.and_then(|raw| Sheet::new(raw, OVERTIME_COLS, problems)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for r in sheet.rows() {
        let officer = reference(&mut sheet, r, 0, officers, "officers");
        let date = sheet.date(r, 1);
        let hours = sheet.number(r, 2, 0.0, true, 24.0, msg!("what-hours-overtime"));
        let compensated = sheet.code(r, 3, Compensation::parse, &Compensation::codes());
        if let (Some(officer), Some(date)) = (officer, date) {
            service.check(&mut sheet, r, officer, date);
        }
        if let (Some(officer), Some(date), Some(hours), Some(compensated)) =
            (officer, date, hours, compensated)
        {
            out.push((
                officer,
                Overtime {
                    date,
                    hours,
                    compensated,
                    reason: sheet.text(r, 4).into(),
                },
            ));
        }
    }
    out
}

const INSPECTION_COLS: &[Col] = &[
    req("unit_id").or(UNIT),
    req("date").or(DATE),
    req("inspecting_body").or(&["检查单位", "检查组", "督察单位"]),
    req("hours").or(HOURS),
    opt("topic").or(&["检查内容", "内容", "主题"]),
];

pub fn inspections(
    raw: Option<&RawTable>,
    units: &Ids,
    problems: &mut Problems,
) -> Vec<Inspection> {
    let Some(mut sheet) = raw.and_then(|raw| Sheet::new(raw, INSPECTION_COLS, problems)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for r in sheet.rows() {
        let unit = reference(&mut sheet, r, 0, units, "units");
        let date = sheet.date(r, 1);
        let body = sheet.non_empty(r, 2, msg!("what-inspector"));
        let hours = sheet.number(r, 3, 0.0, true, f64::MAX, msg!("what-hours-positive"));
        if let (Some(unit), Some(date), Some(body), Some(hours)) = (unit, date, body, hours) {
            out.push(Inspection {
                unit,
                date,
                inspecting_body: body.into(),
                hours,
                topic: sheet.text(r, 4).into(),
            });
        }
    }
    out
}

const MEETING_COLS: &[Col] = &[
    req("unit_id").or(UNIT),
    req("date").or(DATE),
    req("convened_by").or(&["召集单位", "主办单位"]),
    req("hours").or(HOURS),
    req("attendees").or(&["参会人数", "人数"]),
];

pub fn meetings(raw: Option<&RawTable>, units: &Ids, problems: &mut Problems) -> Vec<Meeting> {
    let Some(mut sheet) = raw.and_then(|raw| Sheet::new(raw, MEETING_COLS, problems)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for r in sheet.rows() {
        let unit = reference(&mut sheet, r, 0, units, "units");
        let date = sheet.date(r, 1);
        let by = sheet.non_empty(r, 2, msg!("what-convener"));
        let hours = sheet.number(r, 3, 0.0, true, f64::MAX, msg!("what-hours-positive"));
        let attendees = sheet.integer(r, 4, 1, msg!("what-attendees"));
        if let (Some(unit), Some(date), Some(by), Some(hours), Some(attendees)) =
            (unit, date, by, hours, attendees)
        {
            out.push(Meeting {
                unit,
                date,
                convened_by: by.into(),
                hours,
                attendees: attendees as u32,
            });
        }
    }
    out
}

const HOLIDAY_COLS: &[Col] = &[
    req("date").or(DATE),
    req("kind").or(&["类型"]),
    opt("name").or(&["名称", "节日"]),
];

pub fn holidays(raw: Option<&RawTable>, problems: &mut Problems) -> Calendar {
    let mut calendar = Calendar::default();
    let Some(mut sheet) = raw.and_then(|raw| Sheet::new(raw, HOLIDAY_COLS, problems)) else {
        return calendar;
    };
    let mut seen = HashMap::new();
    for r in sheet.rows() {
        let date = sheet.date(r, 0);
        if date.is_some() {
            unique(&mut seen, &mut sheet, r, 0, "date");
        }
        let kind = sheet.code(r, 1, DayKind::parse, &DayKind::codes());
        if let (Some(date), Some(kind)) = (date, kind) {
            calendar
                .days
                .entry(date)
                .or_insert((kind, sheet.text(r, 2).into()));
        }
    }
    calendar
}

const ASSIGNMENT_COLS: &[Col] = &[
    req("officer_id").or(OFFICER),
    req("unit_id").or(&["单位", "单位编号", "调入单位"]),
    req("from").or(&["起始日期", "生效日期"]),
];

/// Assignments (contract v2), sorted by officer and date.
pub fn assignments(
    raw: Option<&RawTable>,
    units: &Ids,
    officers: &Ids,
    problems: &mut Problems,
) -> Vec<Assignment> {
    let Some(mut sheet) = raw.and_then(|raw| Sheet::new(raw, ASSIGNMENT_COLS, problems)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut seen: HashMap<(OfficerIdx, NaiveDate), usize> = HashMap::new();
    for r in sheet.rows() {
        let officer = reference(&mut sheet, r, 0, officers, "officers");
        // Empty: the officer leaves the bureau from that date.
        let unit = if sheet.text(r, 1).is_empty() {
            Some(None)
        } else {
            reference(&mut sheet, r, 1, units, "units").map(Some)
        };
        let from = sheet.date(r, 2);
        if let (Some(officer), Some(unit), Some(from)) = (officer, unit, from) {
            if let Some(&first) = seen.get(&(officer, from)) {
                sheet.problem(r, 2, msg!("load-second-assignment", "first" => first));
                continue;
            }
            seen.insert((officer, from), sheet.line(r));
            out.push(Assignment {
                officer,
                unit,
                from,
            });
        }
    }
    out.sort_by_key(|a| (a.officer, a.from));
    out
}

/// When each officer is in service (contract v2): from `service_start`,
/// at `officers.unit_id` until their first assignment, then as assigned.
pub struct Service {
    /// Each officer's service start and first unit (`None`: the row was refused).
    officers: Vec<Option<(NaiveDate, UnitIdx)>>,
    /// Each officer's assignment rows, by date.
    rows: Vec<Vec<(NaiveDate, Option<UnitIdx>)>>,
    ids: Vec<String>,
}

impl Service {
    pub fn new(officers: &[Option<Officer>], ids: &Ids, assignments: &[Assignment]) -> Service {
        let mut rows = vec![Vec::new(); officers.len()];
        for a in assignments {
            if let Some(list) = rows.get_mut(a.officer as usize) {
                list.push((a.from, a.unit));
            }
        }
        Service {
            officers: officers
                .iter()
                .map(|o| o.as_ref().map(|o| (o.service_start, o.unit)))
                .collect(),
            rows,
            ids: ids.sorted.clone(),
        }
    }

    /// The unit officer `o` serves at on `date`, or why they do not serve
    /// then; `None` when the officer's own row was refused.
    pub fn serving(&self, o: OfficerIdx, date: NaiveDate) -> Option<Result<UnitIdx, Message>> {
        let (start, first) = self.officers.get(o as usize).copied().flatten()?;
        if date < start {
            return Some(Err(msg!("load-not-yet-serving", "start" => start)));
        }
        let rows = &self.rows[o as usize];
        let n = rows.partition_point(|(from, _)| *from <= date);
        Some(match n {
            0 => Ok(first),
            n => match rows[n - 1] {
                (_, Some(u)) => Ok(u),
                (from, None) => Err(msg!("load-out-of-bureau", "from" => from)),
            },
        })
    }

    /// Records a problem when a row is dated on a day its officer is not in service.
    fn check(&self, sheet: &mut Sheet, row: usize, o: OfficerIdx, date: NaiveDate) {
        if let Some(Err(why)) = self.serving(o, date) {
            let id = self.ids.get(o as usize).map(String::as_str).unwrap_or("");
            sheet.problem(
                row,
                1,
                msg!("load-not-serving", "officer" => id, "why" => why, "date" => date),
            );
        }
    }
}
