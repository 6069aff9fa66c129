//! Each validation rule of the data contract, broken once: the load is
//! refused and the message names file, line, column, value and what was
//! expected.

mod common;

use common::{fixture, small_with, small_with_table};
use forceplan::load::{LoadError, load_bureau};
use tempfile::TempDir;

/// The problems of a refused bureau, one line each.
fn problems(dir: &TempDir) -> Vec<String> {
    match load_bureau(dir.path(), None) {
        Ok(_) => panic!("the bureau should have been refused"),
        Err(LoadError::Refused { problems, .. }) => {
            problems.iter().map(|p| p.to_string()).collect()
        }
        Err(e) => panic!("unexpected error: {e}"),
    }
}

/// Refused with exactly these problems.
fn refused(table: &str, text: &str, expected: &[&str]) {
    let dir = small_with_table(table, text);
    assert_eq!(problems(&dir), expected);
}

/// The fixture's table with `from` replaced by `to` (which must occur).
fn edited(table: &str, from: &str, to: &str) -> String {
    let text = fixture(table);
    assert!(text.contains(from), "{from} not in {table}");
    text.replacen(from, to, 1)
}

#[test]
fn units_rules() {
    refused(
        "units.csv",
        "unit_id,name,kind,min_on_duty\nU1,East Station,station,2\nU1,Again,station,1\nU2,,traffic,1\nU3,Empty Office,Office,1\nU4,Old Town Station,station,-1\n,Nameless,other,0\n",
        &[
            "units.csv, line 3, column unit_id: \"U1\"; unit_id must be unique; the same is on line 2",
            "units.csv, line 4, column name: empty; expected the unit's name",
            "units.csv, line 5, column kind: \"Office\"; expected one of station, criminal, patrol, traffic, special, office, other; did you mean `office`?",
            "units.csv, line 6, column min_on_duty: \"-1\"; expected a whole number of officers, 0 or more",
            "units.csv, line 7, column unit_id: empty; expected a unit id",
        ],
    );
}

#[test]
fn officers_rules() {
    let text = edited(
        "officers.csv",
        "P2,李娜,U1,patrol,2024-06-01,",
        "P2,李娜,U9,cop,2024-6-01,",
    );
    let text = text + "P1,王伟,U1,patrol,2020-01-01,\n";
    refused(
        "officers.csv",
        &text,
        &[
            "officers.csv, line 3, column unit_id: \"U9\"; no such id in the units table",
            "officers.csv, line 3, column role: \"cop\"; expected one of leader, instructor, community, patrol, investigator, traffic, staff",
            "officers.csv, line 3, column service_start: \"2024-6-01\"; expected a date as YYYY-MM-DD",
            "officers.csv, line 8, column officer_id: \"P1\"; officer_id must be unique; the same is on line 2",
        ],
    );
}

#[test]
fn roster_rules() {
    let mut text = fixture("roster.csv");
    text.push_str("P9,2025-01-01,DAY,8\n"); // line 61: unknown officer
    text.push_str("P1,2025-01-03,DAY,12\n"); // line 62: second row for P1 on the 3rd
    text.push_str("P3,2025-02-30,DAY,8\n"); // line 63: no such date
    text.push_str("P3,2025-01-15,day,8\n"); // line 64: code spelled in lower case
    text.push_str("P3,2025-01-16,DAY,25\n"); // line 65: over 24 h
    text.push_str("P3,2025-01-17,OFF,8\n"); // line 66: hours on a rest code
    text.push_str("P3,2025-01-18,TRAIN,0\n"); // line 67: no hours on TRAIN
    text.push_str("P3,2025-01-19,DAY,nan\n"); // line 68: not a number
    text.push_str("P3,0205-01-20,DAY,8\n"); // line 69: a typing error in the year
    text.push_str("P3,2025-01-21,XYZ,\n"); // line 70: an unknown code and no hours: two
    text.push_str("P3,2025-01-22,白班30,\n"); // line 71: a name with bad hours: one
    refused(
        "roster.csv",
        &text,
        &[
            "roster.csv, line 61, column officer_id: \"P9\"; no such id in the officers table",
            "roster.csv, line 62, column date: \"2025-01-03\"; a second row for this officer and day; the first is on line 4",
            "roster.csv, line 63, column date: \"2025-02-30\"; expected a date as YYYY-MM-DD",
            "roster.csv, line 64, column shift: \"day\"; expected one of DAY, NIGHT, DUTY24, TRAIN, OFF, LEAVE, COMP, SICK; did you mean `DAY`?",
            "roster.csv, line 65, column hours: \"25\"; expected a number of hours from 0 to 24",
            "roster.csv, line 66, column hours: \"8\"; expected 0: OFF is a rest code",
            "roster.csv, line 67, column hours: \"0\"; expected more than 0 hours for TRAIN",
            "roster.csv, line 68, column hours: \"nan\"; expected a number of hours from 0 to 24",
            "roster.csv, line 69, column date: \"0205-01-20\"; expected a date between 1900-01-01 and 2100-12-31 (a typing error?)",
            "roster.csv, line 70, column shift: \"XYZ\"; expected one of DAY, NIGHT, DUTY24, TRAIN, OFF, LEAVE, COMP, SICK",
            "roster.csv, line 70, column hours: empty; expected a number of hours from 0 to 24",
            "roster.csv, line 71, column shift: \"白班30\"; expected hours from 0 to 24 after 白班, found 30",
        ],
    );
}

#[test]
fn households_rules() {
    refused(
        "households.csv",
        "area_id,unit_id,officer_id,households,residents\nA1,U1,P1,1500,4200\nA1,U1,,1,1\nA2,U2,P1,10,10\nA3,U1,P9,10,10\nA4,U7,,10,10\nA5,U1,,-3,10\nA6,U1,,10,2.5\n",
        &[
            "households.csv, line 3, column area_id: \"A1\"; area_id must be unique; the same is on line 2",
            "households.csv, line 4, column officer_id: \"P1\"; expected an officer of this area's unit on the period's last day (2025-01-14); this officer serves at U1 then",
            "households.csv, line 5, column officer_id: \"P9\"; no such id in the officers table",
            "households.csv, line 6, column unit_id: \"U7\"; no such id in the units table",
            "households.csv, line 7, column households: \"-3\"; expected a whole number of households, 0 or more",
            "households.csv, line 8, column residents: \"2.5\"; expected a whole number of residents, 0 or more",
        ],
    );
}

#[test]
fn overtime_rules() {
    refused(
        "overtime.csv",
        "officer_id,date,hours,compensated,reason\nP1,2025-01-02,0,,\nP1,2025-01-02,24.5,,\nP1,2025-01-02,2,paid,\nP9,2025-01-02,2,,\nP1,02/01/2025,2,,\n",
        &[
            "overtime.csv, line 2, column hours: \"0\"; expected a number of hours above 0 and at most 24",
            "overtime.csv, line 3, column hours: \"24.5\"; expected a number of hours above 0 and at most 24",
            "overtime.csv, line 4, column compensated: \"paid\"; expected one of empty, pay, time; did you mean `pay`?",
            "overtime.csv, line 5, column officer_id: \"P9\"; no such id in the officers table",
            "overtime.csv, line 6, column date: \"02/01/2025\"; expected a date as YYYY-MM-DD",
        ],
    );
}

#[test]
fn inspections_rules() {
    refused(
        "inspections.csv",
        "unit_id,date,inspecting_body,hours,topic\nU1,2025-01-06,,3,\nU1,2025-01-06,County Bureau,0,\nU8,2025-01-06,County Bureau,1,\n",
        &[
            "inspections.csv, line 2, column inspecting_body: empty; expected who inspected (a bureau office, the provincial department, ...)",
            "inspections.csv, line 3, column hours: \"0\"; expected a number of hours above 0",
            "inspections.csv, line 4, column unit_id: \"U8\"; no such id in the units table",
        ],
    );
}

#[test]
fn meetings_rules() {
    refused(
        "meetings.csv",
        "unit_id,date,convened_by,hours,attendees\nU1,2025-01-06,,2,3\nU1,2025-01-06,County Bureau,-1,3\nU1,2025-01-06,County Bureau,1,0\nU1,2025-01-06,County Bureau,1,2.5\n",
        &[
            "meetings.csv, line 2, column convened_by: empty; expected who convened the meeting",
            "meetings.csv, line 3, column hours: \"-1\"; expected a number of hours above 0",
            "meetings.csv, line 4, column attendees: \"0\"; expected a whole number of attending officers, 1 or more",
            "meetings.csv, line 5, column attendees: \"2.5\"; expected a whole number of attending officers, 1 or more",
        ],
    );
}

#[test]
fn holidays_rules() {
    refused(
        "holidays.csv",
        "date,kind,name\n2025-01-01,holiday,New Year\n2025-01-01,holiday,again\n2025-01-11,work day,\n",
        &[
            "holidays.csv, line 3, column date: \"2025-01-01\"; date must be unique; the same is on line 2",
            "holidays.csv, line 4, column kind: \"work day\"; expected one of holiday, workday; did you mean `workday`?",
        ],
    );
}

#[test]
fn missing_and_doubled_tables() {
    let dir = small_with(&[("roster.csv", None)]);
    let p = problems(&dir);
    assert_eq!(p.len(), 1);
    assert!(p[0].starts_with("roster.csv: missing: a bureau needs a roster: roster.csv, roster.xlsx or roster.parquet (long, or a wide 排班表), or a folder roster/ (or 排班表/)"), "{p:?}");

    let dir = small_with(&[
        ("Units.CSV", Some(fixture("units.csv").as_bytes())),
        ("units.csv", None),
    ]);
    assert!(
        load_bureau(dir.path(), None).is_ok(),
        "file names match in any case"
    );

    let dir = small_with(&[("units.xlsx", Some(b"not really"))]);
    let p = problems(&dir);
    assert!(
        p[0].contains(
            "more than one file for the units table (units.csv, units.xlsx); keep exactly one"
        ),
        "{p:?}"
    );
}

#[test]
fn header_problems() {
    refused(
        "units.csv",
        "unit_id,name,kind,minimum_on_duty\nU1,East Station,station,2\n",
        &[
            "units.csv, line 1, column min_on_duty: missing: the header has no column named min_on_duty; the header has `minimum_on_duty`?",
        ],
    );
    refused(
        "units.csv",
        "unit_id,name,kind,min_on_duty,Name\nU1,East Station,station,2,x\n",
        &["units.csv, line 1, column name: the header names this column twice; keep one"],
    );
}

#[test]
fn ragged_rows_are_refused_with_their_line() {
    refused(
        "units.csv",
        "unit_id,name,kind,min_on_duty\nU1,East Station,station,2\nU2,Traffic Brigade,traffic\nU3,\"Empty, Office\",office,1,9\n",
        &[
            "units.csv, line 3: has 3 fields but the header has 4",
            "units.csv, line 4: has 5 fields but the header has 4",
        ],
    );
}

#[test]
fn encodings_that_cannot_be_read_say_how_to_save_as_utf8() {
    let dir = small_with(&[("officers.csv", Some(b"officer_id,name\n\xFF\xFE\xFF\n"))]);
    let p = problems(&dir);
    assert_eq!(p.len(), 1);
    assert!(
        p[0].starts_with("officers.csv: the file is neither UTF-8 nor GBK"),
        "{p:?}"
    );
    assert!(p[0].contains("CSV UTF-8 (Comma delimited)"), "{p:?}");

    let dir = small_with(&[("units.csv", Some(b""))]);
    assert_eq!(
        problems(&dir),
        ["units.csv: is empty: expected a header row"]
    );
}

#[test]
fn at_most_fifty_problems_per_file_then_a_count() {
    let mut text = String::from("officer_id,date,shift,hours\n");
    for day in 1..=28 {
        for officer in ["P1", "P2", "P3"] {
            text.push_str(&format!("{officer},2025-02-{day:02},NOPE,8\n"));
        }
    }
    let dir = small_with_table("roster.csv", &text);
    match load_bureau(dir.path(), None) {
        Err(LoadError::Refused { problems, .. }) => {
            assert_eq!(problems.total(), 84);
            assert_eq!(problems.iter().count(), 50);
            assert!(
                problems
                    .to_string()
                    .contains("roster.csv: 34 more problems not listed")
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn every_broken_file_is_reported_in_one_go() {
    let dir = small_with(&[
        (
            "units.csv",
            Some(edited("units.csv", "office,1", "office,x").as_bytes()),
        ),
        (
            "meetings.csv",
            Some(edited("meetings.csv", "U3,2025-01-09", "U3,2025-13-09").as_bytes()),
        ),
    ]);
    let p = problems(&dir);
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(
        p[0].starts_with("meetings.csv, line 11, column date"),
        "{p:?}"
    );
    assert!(
        p[1].starts_with("units.csv, line 4, column min_on_duty"),
        "{p:?}"
    );
}

#[test]
fn rules_file_problems_stop_the_load() {
    let dir = small_with(&[("rules.toml", Some(b"[load_ratios]\nwarn = 1.2\n"))]);
    assert_eq!(
        problems(&dir),
        ["rules.toml: `load_ratios`: unknown rule; did you mean `load_ratio`?"]
    );
}

#[test]
fn not_a_folder() {
    let e = load_bureau(std::path::Path::new("tests/fixtures/no-such-bureau"), None).unwrap_err();
    assert!(matches!(e, LoadError::NotAFolder(_)));
}

#[test]
fn broken_quoting_is_refused_with_its_line() {
    refused(
        "units.csv",
        "unit_id,name,kind,min_on_duty\nU1,East Station,station,2\nU2,Traffic \"North\" Brigade,traffic,1\n",
        &[
            "units.csv, line 3: has a quote inside a field that does not start with one; put the whole field in quotes and double the quote (\"\")",
        ],
    );
    refused(
        "units.csv",
        "unit_id,name,kind,min_on_duty\nU1,\"East Station,station,2\nU2,Traffic,traffic,1\n",
        &["units.csv, line 2: opens a quoted field that is never closed"],
    );
}

#[test]
fn assignments_rules() {
    refused(
        "assignments.csv",
        "officer_id,unit_id,from\nP9,U1,2025-01-03\nP5,U7,2025-01-03\nP5,U4,2025-1-05\nP5,U4,2025-01-06\nP5,,2025-01-06\n,U4,2025-01-07\n",
        &[
            "assignments.csv, line 2, column officer_id: \"P9\"; no such id in the officers table",
            "assignments.csv, line 3, column unit_id: \"U7\"; no such id in the units table",
            "assignments.csv, line 4, column from: \"2025-1-05\"; expected a date as YYYY-MM-DD",
            "assignments.csv, line 6, column from: \"2025-01-06\"; a second assignment of this officer from this date; the first is on line 5",
            "assignments.csv, line 7, column officer_id: empty; expected the id of one of the officers",
        ],
    );
}

#[test]
fn rows_only_on_days_the_officer_serves() {
    // P3 leaves on the 13th (two roster rows after), P4 leaves from the 5th
    // and comes back on the 6th (an overtime entry on the 5th), P6 is hired
    // on the 7th (rostered from the 6th), and P1, who holds areas of U1,
    // serves at U4 on the last day.
    let dir = small_with(&[
        (
            "assignments.csv",
            Some(
                b"officer_id,unit_id,from\nP3,,2025-01-13\nP4,,2025-01-05\nP4,U2,2025-01-06\nP1,U4,2025-01-14\n",
            ),
        ),
        (
            "officers.csv",
            Some(
                fixture("officers.csv")
                    .replace("P6,Zhao Lei,U4,patrol,2019-01-01", "P6,Zhao Lei,U4,patrol,2025-01-07")
                    .as_bytes(),
            ),
        ),
    ]);
    assert_eq!(
        problems(&dir),
        [
            "households.csv, line 2, column officer_id: \"P1\"; expected an officer of this area's unit on the period's last day (2025-01-14); this officer serves at U4 then",
            "households.csv, line 3, column officer_id: \"P1\"; expected an officer of this area's unit on the period's last day (2025-01-14); this officer serves at U4 then",
            "overtime.csv, line 13, column date: \"2025-01-05\"; expected a day the officer serves; P4 is out of the bureau (assignments: leaves from 2025-01-05) on 2025-01-05",
            "roster.csv, line 40, column date: \"2025-01-13\"; expected a day the officer serves; P3 is out of the bureau (assignments: leaves from 2025-01-13) on 2025-01-13",
            "roster.csv, line 41, column date: \"2025-01-14\"; expected a day the officer serves; P3 is out of the bureau (assignments: leaves from 2025-01-13) on 2025-01-14",
            "roster.csv, line 46, column date: \"2025-01-05\"; expected a day the officer serves; P4 is out of the bureau (assignments: leaves from 2025-01-05) on 2025-01-05",
            "roster.csv, line 56, column date: \"2025-01-06\"; expected a day the officer serves; P6 is not yet in service (service starts 2025-01-07) on 2025-01-06",
        ]
    );
}
