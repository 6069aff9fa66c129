//! The sample bureau must be valid under the data contract, deterministic,
//! and show the bureau's problems next to healthy units, as `check` sees them.

use super::*;
use crate::core::check::{CheckReport, OfficerReport, UnitReport, check};
use crate::core::flags::Severity;
use crate::core::model::{Compensation, DayKind, Role, Shift, UnitKind};
use crate::core::period::Period;
use crate::core::rules::{RuleId, Rules};
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// The default sample and its report over the whole period, built once.
static DEFAULT: LazyLock<(Bureau, CheckReport)> = LazyLock::new(|| {
    let bureau = generate(&SampleSpec::default());
    let report = report(&bureau);
    (bureau, report)
});

fn report(bureau: &Bureau) -> CheckReport {
    let (start, end) = bureau.roster.date_range().expect("roster has rows");
    check(bureau, Period::new(start, end).unwrap(), &Rules::default())
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn has_flag(flags: &[crate::core::flags::Flag], rule: RuleId, severity: Severity) -> bool {
    flags
        .iter()
        .any(|f| f.rule == rule && f.severity == severity)
}

fn unit<'a>(report: &'a CheckReport, name: &str) -> &'a UnitReport {
    report
        .units
        .iter()
        .find(|u| u.name == name)
        .unwrap_or_else(|| panic!("no unit {name}"))
}

fn officers_of<'a>(
    report: &'a CheckReport,
    unit_id: &'a str,
) -> impl Iterator<Item = &'a OfficerReport> {
    report
        .officers
        .iter()
        .map(|o| &**o)
        .filter(move |o| o.unit_id == unit_id)
}

fn has_alarm(flags: &[crate::core::flags::Flag]) -> bool {
    flags.iter().any(|f| f.severity == Severity::Alarm)
}

/// Contract rules every generated bureau must keep.
fn assert_valid(bureau: &Bureau) {
    assert!(
        bureau.units.windows(2).all(|w| w[0].id < w[1].id),
        "units sorted by id"
    );
    assert!(
        bureau.officers.windows(2).all(|w| w[0].id < w[1].id),
        "officers sorted by id"
    );
    assert!(bureau.units.iter().all(|u| !u.name.is_empty()));
    assert!(
        bureau
            .officers
            .iter()
            .all(|o| !o.name.is_empty() && (o.unit as usize) < bureau.units.len())
    );
    for (o, row) in bureau.roster.iter() {
        assert!((o as usize) < bureau.officers.len());
        let ok = if row.shift.is_rest() {
            row.hours == 0.0
        } else {
            row.hours > 0.0 && row.hours <= 24.0
        };
        assert!(
            ok,
            "{} {} {} {}",
            bureau.officer(o).id,
            row.date,
            row.shift,
            row.hours
        );
    }
    for o in 0..bureau.officers.len() as u32 {
        assert!(
            bureau
                .roster
                .of(o)
                .windows(2)
                .all(|w| w[0].date < w[1].date),
            "one row per day"
        );
    }
    for (_, ot) in bureau.overtime.iter() {
        assert!(ot.hours > 0.0 && ot.hours <= 24.0, "{ot:?}");
    }
    for area in &bureau.areas {
        if let Some(o) = area.officer {
            assert_eq!(
                bureau.officer(o).unit,
                area.unit,
                "{} belongs to its unit",
                area.id
            );
        }
    }
    for m in bureau.meetings.iter() {
        let size = bureau.officers.iter().filter(|o| o.unit == m.unit).count() as u32;
        assert!(m.attendees >= 1 && m.attendees <= size, "{m:?}");
        assert!((1.0..=3.0).contains(&m.hours));
    }
    for v in bureau.inspections.iter() {
        assert!((2.0..=6.0).contains(&v.hours) && !v.inspecting_body.is_empty());
    }
}

#[test]
fn default_sample_keeps_the_contract() {
    assert_valid(&DEFAULT.0);
}

#[test]
fn default_sample_has_every_kind_of_unit() {
    let bureau = &DEFAULT.0;
    assert_eq!(bureau.units.len(), 14);
    assert_eq!(bureau.units[0].id, "U01");
    for kind in UnitKind::ALL {
        assert!(bureau.units.iter().any(|u| u.kind == *kind), "{kind}");
    }
    for name in ["城关派出所", "东荡派出所", "刑侦大队", "指挥中心", "看守所"]
    {
        assert!(bureau.units.iter().any(|u| u.name == name), "{name}");
    }
    for u in &bureau.units {
        let (lo, hi) = match u.kind {
            UnitKind::Station => (3, 6),
            UnitKind::Office => (1, 2),
            _ => (2, 12),
        };
        assert!(
            (lo..=hi).contains(&u.min_on_duty),
            "{} min_on_duty {}",
            u.name,
            u.min_on_duty
        );
    }
}

#[test]
fn default_sample_officers_are_realistic() {
    let bureau = &DEFAULT.0;
    assert_eq!(bureau.officers.len(), 360);
    assert_eq!(bureau.officers[0].id, "P0001");
    let chinese = bureau
        .officers
        .iter()
        .filter(|o| !o.name.is_ascii())
        .count();
    assert!(
        chinese > 330 && chinese < 360,
        "{chinese} names in characters"
    );
    // Every unit has one to three leaders; stations have community and patrol officers.
    for (u, unit) in bureau.units.iter().enumerate() {
        let roles: Vec<Role> = bureau
            .officers
            .iter()
            .filter(|o| o.unit as usize == u)
            .map(|o| o.role)
            .collect();
        let leaders = roles.iter().filter(|&&r| r == Role::Leader).count();
        assert!((1..=3).contains(&leaders), "{}", unit.name);
        if unit.kind == UnitKind::Station {
            assert!(
                roles.contains(&Role::Community) && roles.contains(&Role::Patrol),
                "{}",
                unit.name
            );
        }
    }
    for role in Role::ALL {
        assert!(bureau.officers.iter().any(|o| o.role == *role), "{role}");
    }
    // Service from 0 to 35 years: every leave entitlement occurs.
    let entitlements: BTreeSet<u32> = DEFAULT
        .1
        .officers
        .iter()
        .map(|o| o.figures.leave_entitlement_days)
        .collect();
    assert_eq!(entitlements, BTreeSet::from([0, 5, 10, 15]));
    // Home districts are townships of the stations, some unknown.
    let towns: BTreeSet<&str> = bureau
        .units
        .iter()
        .filter_map(|u| u.name.strip_suffix("派出所"))
        .collect();
    assert!(bureau.officers.iter().any(|o| o.home_district.is_empty()));
    assert!(
        bureau
            .officers
            .iter()
            .filter(|o| !o.home_district.is_empty())
            .all(|o| towns.contains(o.home_district.as_str()))
    );
}

#[test]
fn roster_covers_every_day_but_a_few_gaps() {
    let bureau = &DEFAULT.0;
    let full = bureau.officers.len() * 365;
    let short: Vec<usize> = (0..bureau.officers.len() as u32)
        .map(|o| bureau.roster.of(o).len())
        .filter(|&n| n < 365)
        .collect();
    assert!((1..=5).contains(&short.len()), "{short:?}");
    assert!(short.iter().all(|&n| n >= 360));
    assert!(bureau.roster.len() > full - 20 && bureau.roster.len() < full);
    assert_eq!(
        bureau.roster.date_range(),
        Some((date("2025-01-01"), date("2025-12-31")))
    );
    let shifts: BTreeSet<Shift> = bureau.roster.iter().map(|(_, r)| r.shift).collect();
    assert_eq!(shifts.len(), Shift::ALL.len(), "every shift code is used");
}

#[test]
fn offices_follow_the_holiday_calendar() {
    let bureau = &DEFAULT.0;
    let office: Vec<u32> = (0..bureau.officers.len() as u32)
        .filter(|&o| bureau.unit(bureau.officer(o).unit).kind == UnitKind::Office)
        .collect();
    let on_day = |d: &str| {
        let d = date(d);
        office
            .iter()
            .filter(|&&o| {
                bureau
                    .roster
                    .of(o)
                    .iter()
                    .any(|r| r.date == d && r.shift == Shift::Day)
            })
            .count()
    };
    let staff = office.len();
    // Adjusted workdays are worked; holidays and bridged weekdays are covered by the duty rotation only.
    assert!(on_day("2025-01-26") > staff / 2);
    assert!(on_day("2025-10-11") > staff / 2);
    for rest in [
        "2025-01-01",
        "2025-01-29",
        "2025-02-03",
        "2025-05-05",
        "2025-10-07",
        "2025-03-08",
    ] {
        assert!((1..=4).contains(&on_day(rest)), "{rest}: {}", on_day(rest));
    }
    // Office days are 8 h.
    for &o in &office {
        assert!(
            bureau
                .roster
                .of(o)
                .iter()
                .filter(|r| r.shift == Shift::Day)
                .all(|r| r.hours == 8.0)
        );
    }
}

#[test]
fn calendar_lists_the_2025_holidays() {
    let calendar = &DEFAULT.0.calendar;
    let holidays: Vec<NaiveDate> = calendar
        .days
        .iter()
        .filter(|(_, (k, _))| *k == DayKind::Holiday)
        .map(|(d, _)| *d)
        .collect();
    assert_eq!(holidays.len(), 13);
    assert!(holidays.contains(&date("2025-05-31")) && holidays.contains(&date("2025-10-06")));
    assert!(!holidays.contains(&date("2025-02-03")));
    let workdays: Vec<NaiveDate> = calendar
        .days
        .iter()
        .filter(|(_, (k, _))| *k == DayKind::Workday)
        .map(|(d, _)| *d)
        .collect();
    let expected: Vec<NaiveDate> = [
        "2025-01-26",
        "2025-02-08",
        "2025-04-27",
        "2025-09-28",
        "2025-10-11",
    ]
    .map(date)
    .to_vec();
    assert_eq!(workdays, expected);
    assert_eq!(calendar.days[&date("2025-01-01")].1, "元旦");
}

#[test]
fn overtime_has_every_class_and_compensation() {
    let bureau = &DEFAULT.0;
    let shift_on = |o: u32, d: NaiveDate| {
        bureau
            .roster
            .of(o)
            .iter()
            .find(|r| r.date == d)
            .map(|r| r.shift)
    };
    let holiday = bureau
        .overtime
        .iter()
        .filter(|(_, ot)| bureau.calendar.is_holiday(ot.date))
        .count();
    let rest_day_owed = bureau
        .overtime
        .iter()
        .filter(|(_, ot)| !bureau.calendar.is_holiday(ot.date))
        .filter(|(o, ot)| {
            shift_on(*o, ot.date).is_none_or(Shift::is_rest) && ot.compensated == Compensation::Owed
        })
        .count();
    let extension = bureau
        .overtime
        .iter()
        .filter(|(o, ot)| shift_on(*o, ot.date).is_some_and(Shift::is_duty))
        .count();
    assert!(
        holiday > 0 && rest_day_owed > 0 && extension > 0,
        "{holiday} {rest_day_owed} {extension}"
    );
    for c in Compensation::ALL {
        assert!(
            bureau.overtime.iter().any(|(_, ot)| ot.compensated == *c),
            "{c:?}"
        );
    }
    assert!(
        bureau
            .overtime
            .iter()
            .any(|(_, ot)| &*ot.reason == "休息日召回")
    );
    assert!(
        bureau
            .overtime
            .iter()
            .any(|(_, ot)| &*ot.reason == "案件跟进")
    );
}

#[test]
fn areas_are_realistic() {
    let bureau = &DEFAULT.0;
    assert_eq!(bureau.areas[0].id, "A001");
    assert!(
        bureau.areas.iter().any(|a| a.officer.is_none()),
        "some areas unassigned"
    );
    for a in &bureau.areas {
        assert!((200..=1500).contains(&a.households), "{a:?}");
        let ratio = a.residents as f64 / a.households as f64;
        assert!((2.5..=3.1).contains(&ratio), "{a:?}");
        assert_eq!(bureau.unit(a.unit).kind, UnitKind::Station);
        if let Some(o) = a.officer {
            assert_eq!(bureau.officer(o).role, Role::Community);
        }
    }
}

#[test]
fn overloaded_station_works_84_hour_weeks() {
    let report = &DEFAULT.1;
    let station = unit(report, "城关派出所");
    assert!(has_flag(&station.flags, RuleId::LoadRatio, Severity::Alarm));
    let hours: Vec<f64> = officers_of(report, &station.unit_id)
        .map(|o| o.figures.avg_weekly_hours)
        .collect();
    let over_80 = hours.iter().filter(|&&h| h >= 80.0).count();
    assert!(over_80 * 10 >= hours.len() * 8, "{hours:?}");
    let mean = hours.iter().sum::<f64>() / hours.len() as f64;
    assert!((80.0..90.0).contains(&mean), "{mean}");
}

#[test]
fn a_community_officer_holds_over_3000_households() {
    let report = &DEFAULT.1;
    let hoarder = report
        .officers
        .iter()
        .find(|o| o.figures.households > 3000)
        .expect("an officer over 3,000 households");
    assert!(has_flag(
        &hoarder.flags,
        RuleId::HouseholdsPerOfficer,
        Severity::Alarm
    ));
    assert_eq!(hoarder.role, Role::Community);
}

#[test]
fn a_station_gets_four_inspection_teams_in_one_day() {
    let station = unit(&DEFAULT.1, "东荡派出所");
    assert_eq!(station.kind, UnitKind::Station);
    assert_eq!(
        station.figures.busiest_inspection_day,
        Some((date("2025-02-18"), 4))
    );
    assert_eq!(station.figures.max_inspections_per_quarter, 6);
    assert!(has_flag(
        &station.flags,
        RuleId::StackedInspections,
        Severity::Warn
    ));
    // Elsewhere teams never stack.
    let stacked = DEFAULT
        .1
        .units
        .iter()
        .filter(|u| u.figures.stacked_inspection_days > 0)
        .count();
    assert_eq!(stacked, 1);
}

#[test]
fn a_unit_has_six_meetings_in_one_week() {
    let station = unit(&DEFAULT.1, "西坪派出所");
    assert_eq!(station.figures.max_meetings_per_week, 6);
    assert_eq!(station.figures.max_meeting_week, Some(date("2025-02-10")));
    assert!(has_flag(
        &station.flags,
        RuleId::MeetingsPerWeek,
        Severity::Alarm
    ));
}

#[test]
fn an_officer_goes_a_month_without_rest() {
    let report = &DEFAULT.1;
    let worn = report
        .officers
        .iter()
        .find(|o| o.figures.longest_work_streak >= 30)
        .expect("an officer with 30 days in a row");
    assert_eq!(worn.role, Role::Investigator);
    assert!(has_flag(&worn.flags, RuleId::WorkStreak, Severity::Alarm));
}

#[test]
fn rest_day_overtime_stays_uncompensated() {
    let owed: Vec<&OfficerReport> = DEFAULT
        .1
        .officers
        .iter()
        .map(|o| &**o)
        .filter(|o| has_flag(&o.flags, RuleId::CompDaysOwed, Severity::Alarm))
        .collect();
    assert!(!owed.is_empty());
    assert!(owed.iter().all(|o| o.figures.comp_days_owed > 10));
}

#[test]
fn leave_coverage_falls_short_in_overloaded_stations() {
    let report = &DEFAULT.1;
    let station = unit(report, "城关派出所");
    assert!(station.figures.leave_coverage.unwrap() < 0.8);
    assert!(
        station
            .flags
            .iter()
            .any(|f| f.rule == RuleId::LeaveCoverage)
    );
    // Healthy units take their leave.
    for name in ["南山派出所", "巡特警大队", "政治处"] {
        assert!(
            unit(report, name).figures.leave_coverage.unwrap() >= 0.8,
            "{name}"
        );
    }
    // Leave comes in blocks of several days.
    let bureau = &DEFAULT.0;
    let leave_days = bureau
        .roster
        .iter()
        .filter(|(_, r)| r.shift == Shift::Leave)
        .count();
    let blocks = (0..bureau.officers.len() as u32)
        .map(|o| {
            let rows = bureau.roster.of(o);
            (0..rows.len())
                .filter(|&i| {
                    rows[i].shift == Shift::Leave && (i == 0 || rows[i - 1].shift != Shift::Leave)
                })
                .count()
        })
        .sum::<usize>();
    assert!(
        leave_days >= blocks * 3,
        "{leave_days} days in {blocks} blocks"
    );
}

#[test]
fn a_unit_is_understaffed() {
    let report = &DEFAULT.1;
    let short = unit(report, "西坪派出所");
    assert!(
        short.figures.understaffed_days > 7,
        "{}",
        short.figures.understaffed_days
    );
    assert!(has_flag(
        &short.flags,
        RuleId::UnderstaffedDays,
        Severity::Alarm
    ));
}

#[test]
fn healthy_units_and_most_officers_have_no_alarm() {
    let report = &DEFAULT.1;
    let healthy: Vec<&str> = report
        .units
        .iter()
        .filter(|u| !has_alarm(&u.flags))
        .map(|u| u.name.as_str())
        .collect();
    assert!(healthy.len() >= 6, "{healthy:?}");
    for name in ["南山派出所", "巡特警大队", "指挥中心", "政治处"] {
        assert!(
            healthy.contains(&name),
            "{name} should be healthy: {:?}",
            unit(report, name).flags
        );
    }
    let alarmed = report
        .officers
        .iter()
        .filter(|o| has_alarm(&o.flags))
        .count();
    assert!(
        alarmed * 4 < report.officers.len(),
        "{alarmed} officers with alarms"
    );
    // Healthy units work near the standard week.
    for name in ["南山派出所", "交警大队", "指挥中心"] {
        let load = unit(report, name).figures.load_ratio;
        assert!((0.9..=1.1).contains(&load), "{name}: {load}");
    }
}

#[test]
fn same_spec_same_bureau() {
    let spec = SampleSpec {
        officers: 120,
        days: 90,
        seed: 7,
        movements: 0,
    };
    assert_eq!(generate(&spec), generate(&spec));
}

#[test]
fn another_seed_another_roster() {
    let a = generate(&SampleSpec {
        seed: 1,
        ..SampleSpec::default()
    });
    let b = generate(&SampleSpec {
        seed: 2,
        ..SampleSpec::default()
    });
    assert_eq!(a.units, b.units);
    assert_ne!(a.roster, b.roster);
    assert_ne!(a.officers, b.officers);
}

#[test]
fn other_seeds_show_the_same_problems() {
    for seed in [1, 99] {
        let bureau = generate(&SampleSpec {
            seed,
            ..SampleSpec::default()
        });
        let report = report(&bureau);
        assert_eq!(
            unit(&report, "东荡派出所")
                .figures
                .max_inspections_per_quarter,
            6
        );
        assert!(
            report
                .officers
                .iter()
                .any(|o| o.figures.longest_work_streak >= 30)
        );
        assert!(
            report
                .officers
                .iter()
                .any(|o| o.figures.comp_days_owed > 10)
        );
        assert!(report.officers.iter().any(|o| o.figures.households > 3000));
        assert!(report.units.iter().filter(|u| !has_alarm(&u.flags)).count() >= 5);
    }
}

#[test]
fn large_bureaus_scale_by_units_of_25() {
    let spec = SampleSpec {
        officers: 2000,
        days: 60,
        seed: 3,
        movements: 0,
    };
    let bureau = generate(&spec);
    assert_eq!(bureau.officers.len(), 2000);
    assert_eq!(bureau.units.len(), 80);
    assert_eq!(bureau.units[79].id, "U80");
    assert!(bureau.roster.len() > 2000 * 60 - 20 && bureau.roster.len() <= 2000 * 60);
    let names: BTreeSet<&str> = bureau.units.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names.len(), 80, "unit names are distinct");
    assert_valid(&bureau);
    let r = report(&bureau);
    assert_eq!(r.period.days, 60);
}

#[test]
fn bureau_size_sets_the_unit_count() {
    for (officers, units) in [(300, 12), (400, 16), (5000, 200)] {
        assert_eq!(layout::plan(officers).len(), units, "{officers}");
    }
    let plans = layout::plan(5000);
    assert_eq!(plans.last().unwrap().officers.end, 5000);
    assert_eq!(plans[199].unit.id, "U200");
}

#[test]
fn tiny_bureaus_still_work() {
    let bureau = generate(&SampleSpec {
        officers: 20,
        days: 10,
        seed: 5,
        movements: 0,
    });
    assert_eq!(bureau.officers.len(), 20);
    assert!((3..=5).contains(&bureau.units.len()));
    assert_eq!(bureau.roster.len(), 200);
    assert_valid(&bureau);
    let r = report(&bureau);
    assert_eq!(r.officers.len(), 20);
    // Nothing at all still gives a bureau.
    let empty = generate(&SampleSpec {
        officers: 0,
        days: 0,
        seed: 0,
        movements: 0,
    });
    assert!(empty.officers.is_empty() && empty.roster.is_empty());
}

#[test]
#[ignore = "timing; run with --release"]
fn benchmark_bureau_of_5000() {
    let spec = SampleSpec {
        officers: 5000,
        days: 365,
        seed: 1,
        movements: 0,
    };
    let started = std::time::Instant::now();
    let bureau = generate(&spec);
    let elapsed = started.elapsed();
    println!(
        "{} rows, {} units in {elapsed:?}",
        bureau.roster.len(),
        bureau.units.len()
    );
    assert_eq!(bureau.units.len(), 200);
    assert!(bureau.roster.len() > 5000 * 365 - 100);
}
