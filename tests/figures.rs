//! Every figure of the contract on a small bureau worked out by hand
//! (tests/fixtures/small). The period is Wed 2025-01-01 to Tue 2025-01-14
//! (14 days); the only ISO week wholly inside is Mon 6 to Sun 12 January.
//! 1 January is a statutory holiday; Saturday 11 January an adjusted workday.

mod common;
use common::{check_of, close, officer, unit};
use forceplan::core::check::{CheckReport, check, choose_period};
use forceplan::core::flags::Severity;
use forceplan::core::rules::RuleId;
use forceplan::load::load_bureau;
use std::path::Path;

fn report() -> CheckReport {
    check_of("tests/fixtures/small")
}

/// (rule, severity, value, threshold) of each flag.
fn flags(f: &[forceplan::core::flags::Flag]) -> Vec<(RuleId, Severity, f64, f64)> {
    f.iter()
        .map(|f| (f.rule, f.severity, f.value, f.threshold))
        .collect()
}

#[test]
fn period_is_the_roster_span() {
    let r = report();
    assert_eq!(r.period.start.to_string(), "2025-01-01");
    assert_eq!(r.period.end.to_string(), "2025-01-14");
    assert_eq!(r.period.days, 14);
    let ids: Vec<_> = r.officers.iter().map(|o| o.officer_id.as_str()).collect();
    assert_eq!(ids, ["P1", "P2", "P3", "P4", "P5", "P6"]);
}

#[test]
fn p1_station_community_officer_on_24_hour_duties() {
    let r = report();
    let o = officer(&r, "P1");
    let f = &o.figures;
    // Daily worked hours, roster + overtime: 26 (24 + 2 on the holiday), 8 (OFF
    // + 8 overtime), 15 (12 + 3), 24, 4 (OFF + 4), 12, 12, 24, 12, 12, 12, 24,
    // 0 (LEAVE), 0 (LEAVE). The 5 h on 2024-12-31 lies outside the period.
    close(f.worked_hours, 185.0);
    close(f.avg_weekly_hours, 185.0 * 7.0 / 14.0);
    close(
        f.max_weekly_hours,
        12.0 + 12.0 + 24.0 + 12.0 + 12.0 + 12.0 + 24.0,
    );
    close(f.overtime_hours, 17.0);
    close(f.max_monthly_overtime, 17.0);
    assert_eq!(f.longest_work_streak, 12);
    assert_eq!(f.rest_days, 2);
    // Owed: 8 + 4 on OFF days (rest-day class); 2 paid, 3 given back as time.
    close(f.outstanding_overtime_hours, 12.0);
    assert_eq!(f.comp_days_owed, 1);
    close(f.overtime_by_class.holiday, 2.0);
    close(f.overtime_by_class.rest_day, 12.0);
    close(f.overtime_by_class.extension, 3.0);
    // 24 completed years at 2025-01-01.
    assert_eq!(f.leave_entitlement_days, 15);
    assert_eq!(f.leave_taken_days, 2);
    assert_eq!((f.households, f.residents), (3200, 9000));
    assert_eq!(
        flags(&o.flags),
        [
            (RuleId::AvgWeeklyHours, Severity::Alarm, 92.5, 60.0),
            (RuleId::MaxWeeklyHours, Severity::Alarm, 108.0, 72.0),
            (RuleId::WorkStreak, Severity::Warn, 12.0, 6.0),
            (
                RuleId::HouseholdsPerOfficer,
                Severity::Alarm,
                3200.0,
                2000.0
            ),
        ]
    );
    assert_eq!(
        o.flags[0].message(),
        "averaged 92.5 h a week over 14 days of service (standard week 40 h); alarm above 60 h \
         (the 40 h standard week plus the 36 h a month overtime cap is about 48 h)"
    );
    assert_eq!(
        o.flags[2].message(),
        "worked 12 days in a row without a rest day (2025-01-01 to 2025-01-12); warn above 6 days \
         (at least one rest day a week)"
    );
}

#[test]
fn p2_missing_roster_rows_and_overtime_classes() {
    let r = report();
    let o = officer(&r, "P2");
    let f = &o.figures;
    // No roster rows on 7 and 8 January: 6 h overtime on the 7th is rest-day
    // overtime and makes it a work day; the 8th is a rest day. The adjusted
    // workday (11th, DAY) is not a holiday: its 2 h are an extension.
    close(f.worked_hours, 84.0);
    close(f.avg_weekly_hours, 42.0);
    close(f.max_weekly_hours, 42.0);
    close(f.overtime_hours, 18.0);
    close(f.max_monthly_overtime, 18.0);
    assert_eq!(f.longest_work_streak, 4);
    assert_eq!(f.rest_days, 5);
    close(f.outstanding_overtime_hours, 18.0);
    close(f.overtime_by_class.rest_day, 16.0);
    close(f.overtime_by_class.extension, 2.0);
    assert_eq!(f.comp_days_owed, 2);
    assert_eq!(f.leave_entitlement_days, 0);
    assert!(o.flags.is_empty(), "{:?}", o.flags);
}

#[test]
fn p3_anniversary_on_the_first_day_counts_and_streak_at_threshold_is_quiet() {
    let r = report();
    let o = officer(&r, "P3");
    let f = &o.figures;
    close(f.worked_hours, 80.0);
    close(f.avg_weekly_hours, 40.0);
    close(f.max_weekly_hours, 48.0);
    assert_eq!(f.longest_work_streak, 6);
    assert_eq!(f.rest_days, 4);
    assert_eq!(f.leave_entitlement_days, 10);
    assert!(o.flags.is_empty(), "{:?}", o.flags);
}

#[test]
fn p4_holiday_overtime_is_not_rest_day_overtime() {
    let r = report();
    let o = officer(&r, "P4");
    let f = &o.figures;
    close(f.worked_hours, 101.0);
    close(f.avg_weekly_hours, 50.5);
    close(f.max_weekly_hours, 45.0);
    close(f.overtime_hours, 20.0);
    assert_eq!(f.longest_work_streak, 10);
    assert_eq!(f.rest_days, 2);
    // Only the 4 h on the holiday are owed; holiday overtime gives no comp day.
    close(f.outstanding_overtime_hours, 4.0);
    assert_eq!(f.comp_days_owed, 0);
    // Anniversary on 2 January: 4 completed years at the period start.
    assert_eq!(f.leave_entitlement_days, 5);
    assert_eq!(
        flags(&o.flags),
        [
            (RuleId::AvgWeeklyHours, Severity::Warn, 50.5, 48.0),
            (RuleId::WorkStreak, Severity::Warn, 10.0, 6.0),
        ]
    );
}

#[test]
fn p5_officer_without_roster_rows() {
    let r = report();
    let f = &officer(&r, "P5").figures;
    close(f.worked_hours, 0.0);
    close(f.avg_weekly_hours, 0.0);
    close(f.max_weekly_hours, 0.0);
    assert_eq!(f.longest_work_streak, 0);
    assert_eq!(f.rest_days, 14);
    assert_eq!(f.leave_entitlement_days, 10);
    assert_eq!(f.leave_taken_days, 0);
}

#[test]
fn u1_station_figures() {
    let r = report();
    let u = unit(&r, "U1");
    let f = &u.figures;
    assert_eq!((f.officers, f.officer_days, f.headcount), (3.0, 42, 3));
    close(f.worked_hours, 185.0 + 84.0 + 80.0);
    close(f.overtime_hours, 35.0);
    close(f.load_ratio, 349.0 / (3.0 * 40.0 * 14.0 / 7.0));
    // On duty per day: 2,1,3,1,1,2,2,2,3,3,3,1,1,1 against min 2.
    assert_eq!(f.understaffed_days, 6);
    assert_eq!((f.households, f.residents), (3500, 9900));
    assert_eq!(f.community_officers, 1);
    assert_eq!(f.households_per_community_officer, Some(3500.0));
    // Three teams on 6 January, one on the 8th; the December visit is outside.
    assert_eq!(f.inspections, 4);
    assert_eq!(f.max_inspections_per_quarter, 4);
    assert_eq!(f.stacked_inspection_days, 1);
    close(f.inspection_hours, 11.0);
    assert_eq!(f.meetings, 4);
    assert_eq!(f.max_meetings_per_week, 3);
    close(
        f.meeting_hours_per_officer,
        (2.0 * 3.0 + 1.0 * 2.0 + 1.5 + 3.0) / 3.0,
    );
    // Entitled: P1 (took leave) and P3 (did not); P2 has under a year.
    assert_eq!(f.leave_coverage, Some(0.5));
    assert_eq!(
        flags(&u.flags),
        [
            (RuleId::LoadRatio, Severity::Alarm, 349.0 / 240.0, 1.30),
            (RuleId::UnderstaffedDays, Severity::Warn, 6.0, 0.0),
            (
                RuleId::HouseholdsPerCommunityOfficer,
                Severity::Alarm,
                3500.0,
                2000.0
            ),
            (RuleId::InspectionsPerQuarter, Severity::Warn, 4.0, 3.0),
            (RuleId::StackedInspections, Severity::Warn, 1.0, 0.0),
            (RuleId::MeetingsPerWeek, Severity::Warn, 3.0, 2.0),
            (RuleId::LeaveCoverage, Severity::Warn, 0.5, 0.8),
        ]
    );
    assert!(
        u.flags[4]
            .message()
            .contains("the most: 3 teams on 2025-01-06"),
        "{}",
        u.flags[4].message()
    );
}

#[test]
fn u2_week_partly_before_the_period_counts_its_meetings_in_the_period() {
    let r = report();
    let f = &unit(&r, "U2").figures;
    assert_eq!((f.officers, f.officer_days, f.headcount), (2.0, 28, 2));
    close(f.load_ratio, 101.0 / 160.0);
    assert_eq!(f.understaffed_days, 5);
    assert_eq!(f.households_per_community_officer, None);
    // 1-3 January lie in the ISO week of 30 December; the meeting on the 31st
    // is outside the period.
    assert_eq!(f.meetings, 3);
    assert_eq!(f.max_meetings_per_week, 3);
    close(f.meeting_hours_per_officer, 2.5);
    assert_eq!(f.leave_coverage, Some(0.5));
}

#[test]
fn u3_unit_without_officers() {
    let r = report();
    let u = unit(&r, "U3");
    let f = &u.figures;
    assert_eq!((f.officers, f.officer_days, f.headcount), (0.0, 0, 0));
    close(f.load_ratio, 0.0);
    assert_eq!(f.understaffed_days, 14);
    assert_eq!(f.meetings, 1);
    close(f.meeting_hours_per_officer, 0.0);
    assert_eq!(f.leave_coverage, None);
    assert_eq!(
        flags(&u.flags),
        [(RuleId::UnderstaffedDays, Severity::Alarm, 14.0, 7.0)]
    );
}

#[test]
fn u4_households_without_a_community_officer_is_an_alarm() {
    let r = report();
    let u = unit(&r, "U4");
    assert_eq!(u.figures.households_per_community_officer, None);
    close(u.figures.load_ratio, 0.5);
    assert_eq!(u.figures.understaffed_days, 0);
    assert_eq!(u.figures.leave_coverage, Some(0.0));
    assert_eq!(
        flags(&u.flags),
        [
            (
                RuleId::HouseholdsPerCommunityOfficer,
                Severity::Alarm,
                500.0,
                0.0
            ),
            (RuleId::LeaveCoverage, Severity::Alarm, 0.0, 0.5),
        ]
    );
}

#[test]
fn a_narrower_period_ignores_rows_outside_it() {
    let loaded = load_bureau(Path::new("tests/fixtures/small"), None).unwrap();
    let d = |s: &str| s.parse().unwrap();
    let period =
        choose_period(&loaded.bureau, Some(d("2025-01-06")), Some(d("2025-01-12"))).unwrap();
    let r = check(&loaded.bureau, period, &loaded.rules);
    let f = &officer(&r, "P1").figures;
    close(f.worked_hours, 108.0);
    close(f.avg_weekly_hours, 108.0);
    close(f.overtime_hours, 0.0);
    assert_eq!(f.leave_taken_days, 0);
    // Entitlement is counted at the new period start.
    assert_eq!(officer(&r, "P4").figures.leave_entitlement_days, 5);
    assert_eq!(unit(&r, "U1").figures.inspections, 4);
}
