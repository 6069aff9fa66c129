//! Contract v2 worked out by hand on tests/fixtures/moves: the small bureau
//! of tests/figures.rs (Wed 2025-01-01 to Tue 2025-01-14) with people who
//! move, join and leave during the period:
//!
//! - P2 (patrol) moves from U1 to U2 on Wed 8 January (a transfer mid-period);
//! - P4 (traffic, U2) leaves the bureau from 13 January (its rows end on the 12th);
//! - P5 (traffic) is assigned from U2 to U4 on the period's first day;
//! - P3 (leader) is assigned from U1 to U4 on the period's last day;
//! - P6 (patrol, U4) is hired on Mon 6 January (service_start).

mod common;
use common::{check_of, close, officer, unit};
use forceplan::core::check::{CheckReport, check, choose_period};
use forceplan::core::flags::Severity;
use forceplan::core::rules::RuleId;
use forceplan::load::load_bureau;
use std::path::Path;

fn report() -> CheckReport {
    check_of("tests/fixtures/moves")
}

#[test]
fn officers_count_their_service_days() {
    let r = report();
    // P2: in service all 14 days at two units; 84 h as in v1.
    let p2 = officer(&r, "P2");
    assert_eq!(p2.unit_id, "U2");
    assert_eq!(p2.figures.service_days, 14);
    close(p2.figures.avg_weekly_hours, 42.0);
    assert_eq!(p2.figures.rest_days, 5);
    // P4 leaves from the 13th: 12 service days; 4 h (1st) + 9 + 9 + 8 (4th,
    // overtime) + 8 (5th, overtime) + 5 x 9 = 83 h.
    let p4 = officer(&r, "P4");
    assert_eq!(p4.unit_id, "U2", "listed at the unit they left");
    assert_eq!(p4.figures.service_days, 12);
    close(p4.figures.worked_hours, 83.0);
    close(p4.figures.avg_weekly_hours, 83.0 * 7.0 / 12.0);
    // Rest days among service days only: the two LEAVE days, not the 13th and 14th.
    assert_eq!(p4.figures.rest_days, 2);
    assert_eq!(p4.figures.longest_work_streak, 10);
    assert_eq!(
        p4.flags
            .iter()
            .map(|f| (f.rule, f.severity))
            .collect::<Vec<_>>(),
        [
            (RuleId::AvgWeeklyHours, Severity::Warn),
            (RuleId::WorkStreak, Severity::Warn)
        ]
    );
    // P6 hired on the 6th: 9 service days, 40 h; no leave under a year.
    let p6 = officer(&r, "P6");
    assert_eq!(p6.figures.service_days, 9);
    close(p6.figures.avg_weekly_hours, 40.0 * 7.0 / 9.0);
    assert_eq!(p6.figures.rest_days, 4);
    assert_eq!(p6.figures.leave_entitlement_days, 0);
    // Assigned on the first and on the last day.
    assert_eq!(officer(&r, "P5").unit_id, "U4");
    assert_eq!(officer(&r, "P3").unit_id, "U4");
    assert_eq!(officer(&r, "P3").figures.service_days, 14);
}

#[test]
fn u1_keeps_the_days_its_officers_served_there() {
    let r = report();
    let f = &unit(&r, "U1").figures;
    // P1 14 days, P2 7 (1-7 January), P3 13 (1-13 January).
    assert_eq!((f.officer_days, f.headcount), (34, 1));
    close(f.officers, 34.0 / 14.0);
    // P1 185 h, P2 42 h (12 + 12 + 12 + 6 overtime on the 7th), P3 72 h.
    close(f.worked_hours, 299.0);
    close(f.overtime_hours, 17.0 + 6.0);
    close(f.load_ratio, 299.0 / (34.0 * 40.0 / 7.0));
    // On duty: 2,1,3,1,1,2,2,2,2,2,2,1,1,0 against a minimum of 2.
    assert_eq!(f.understaffed_days, 6);
    assert_eq!(f.daily_on_duty, [2, 1, 3, 1, 1, 2, 2, 2, 2, 2, 2, 1, 1, 0]);
    close(f.meeting_hours_per_officer, 12.5 / (34.0 / 14.0));
    // Only P1 is left on the last day: a community officer who took leave.
    assert_eq!(f.community_officers, 1);
    assert_eq!(f.leave_coverage, Some(1.0));
}

#[test]
fn u2_gains_a_transfer_and_loses_a_leaver() {
    let r = report();
    let f = &unit(&r, "U2").figures;
    // P2 7 days (8-14 January), P4 12 days; P5 left on the first day.
    assert_eq!((f.officer_days, f.headcount), (19, 1));
    // P2 at U2: 8 + 8 + (8 + 2) + (0 + 10) + 6 = 42 h; P4 83 h.
    close(f.worked_hours, 125.0);
    close(f.overtime_hours, 12.0 + 20.0);
    close(f.load_ratio, 125.0 / (19.0 * 40.0 / 7.0));
    assert_eq!(f.daily_on_duty, [0, 1, 1, 0, 0, 1, 1, 1, 2, 2, 1, 0, 0, 0]);
    assert_eq!(f.understaffed_days, 6);
    close(f.meeting_hours_per_officer, 5.0 / (19.0 / 14.0));
    // P2, the only officer on the last day, has under a year of service.
    assert_eq!(f.leave_coverage, None);
}

#[test]
fn u4_gains_on_the_first_and_last_days_and_a_hire() {
    let r = report();
    let u = unit(&r, "U4");
    let f = &u.figures;
    // P3 1 day, P5 14, P6 9.
    assert_eq!((f.officer_days, f.headcount), (24, 3));
    close(f.worked_hours, 8.0 + 40.0);
    close(f.load_ratio, 48.0 / (24.0 * 40.0 / 7.0));
    // P3 and P5 are entitled and took none.
    assert_eq!(f.leave_coverage, Some(0.0));
    assert!(
        u.flags
            .iter()
            .any(|f| f.rule == RuleId::LeaveCoverage && f.severity == Severity::Alarm)
    );
}

#[test]
fn a_bureau_without_assignments_keeps_every_v1_figure() {
    // The small fixture's figures are the hand-worked v1 values of
    // tests/figures.rs; here: every officer serves all 14 days, every unit's
    // officer-days are its head count x 14.
    let loaded = load_bureau(Path::new("tests/fixtures/small"), None).unwrap();
    let period = choose_period(&loaded.bureau, None, None).unwrap();
    let r = check(&loaded.bureau, period, &loaded.rules);
    for o in &r.officers {
        assert_eq!(o.figures.service_days, 14, "{}", o.officer_id);
        close(
            o.figures.avg_weekly_hours,
            o.figures.worked_hours * 7.0 / 14.0,
        );
    }
    for u in &r.units {
        let f = &u.figures;
        assert_eq!(f.officer_days, f.headcount * 14, "{}", u.unit_id);
        close(f.officers, f.headcount as f64);
    }
}

#[test]
fn a_units_officers_are_those_who_served_there_in_the_period() {
    use forceplan::core::detail::unit_officers;
    let loaded = load_bureau(Path::new("tests/fixtures/moves"), None).unwrap();
    let b = &loaded.bureau;
    let period = choose_period(b, None, None).unwrap();
    let ids = |u: &str| -> Vec<String> {
        unit_officers(b, period, b.unit_index(u).unwrap())
            .into_iter()
            .map(|o| b.officer(o).id.clone())
            .collect()
    };
    assert_eq!(ids("U1"), ["P1", "P2", "P3"]);
    // P5 was assigned away on the first day: never at U2 in the period.
    assert_eq!(ids("U2"), ["P2", "P4"]);
    assert_eq!(ids("U4"), ["P3", "P5", "P6"]);
    // Each officer is listed at their unit on the last day (P4: the one they left).
    let listed = |o: &str| {
        b.unit(b.listed_unit(b.officer_index(o).unwrap(), period.end))
            .id
            .clone()
    };
    assert_eq!(
        ["P1", "P2", "P3", "P4", "P5", "P6"].map(listed),
        ["U1", "U2", "U4", "U2", "U4", "U4"]
    );
}
