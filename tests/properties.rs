//! Invariants that hold for any input: the loader never panics, written
//! bureaus load back unchanged, and the figures agree with each other.

mod common;

use chrono::{Days, NaiveDate};
use common::small_with;
use forceplan::core::check::{check, choose_period};
use forceplan::core::figures::compute;
use forceplan::core::model::{Roster, RosterEntry, Shift};
use forceplan::core::period::Period;
use forceplan::core::rules::Rules;
use forceplan::load::load_bureau;
use forceplan::sample::{SampleSpec, generate};
use forceplan::store::write_bureau;
use proptest::prelude::*;

const TABLES: [&str; 8] = [
    "units.csv",
    "officers.csv",
    "roster.csv",
    "households.csv",
    "overtime.csv",
    "inspections.csv",
    "meetings.csv",
    "holidays.csv",
];

/// Text that looks like CSV often enough to reach the deeper checks.
fn csvish() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..200),
        "[a-zA-Z0-9_,\"\\n\\r .:/-]{0,300}".prop_map(|s| s.into_bytes()),
        "(officer_id|unit_id|date|shift|hours|kind|name)(,(officer_id|unit_id|date|shift|hours|kind|name|role)){0,5}\n([A-Z0-9, .\"-]{0,30}\n){0,8}"
            .prop_map(|s| s.into_bytes()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn loading_never_panics(table in 0..TABLES.len(), bytes in csvish()) {
        let dir = small_with(&[(TABLES[table], Some(&bytes))]);
        // Loaded or refused: either is fine, a panic is not.
        let _ = load_bureau(dir.path(), None);
    }

    #[test]
    fn written_bureaus_load_back_unchanged(
        officers in 1usize..40,
        days in 1usize..40,
        seed in any::<u64>(),
        movements in 0usize..10,
    ) {
        let bureau = generate(&SampleSpec { officers, days, seed, movements });
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("b");
        write_bureau(&out, &bureau, false, &[]).unwrap();
        let loaded = load_bureau(&out, None).unwrap();
        prop_assert_eq!(loaded.bureau, bureau);
    }

    #[test]
    fn figures_agree_with_each_other(
        officers in 1usize..30,
        days in 1usize..60,
        seed in any::<u64>(),
        cut in 0usize..20,
        movements in 0usize..10,
    ) {
        let bureau = generate(&SampleSpec { officers, days, seed, movements });
        let full = choose_period(&bureau, None, None).unwrap();
        let start = full.start + Days::new(cut.min(full.days() - 1) as u64);
        let period = Period::new(start, full.end).unwrap();
        let n = period.days() as u32;
        let report = check(&bureau, period, &Rules::default());
        let (mut worked, mut service_days) = (0.0, 0);
        for r in &report.officers {
            let f = &r.figures;
            prop_assert!(f.rest_days <= f.service_days && f.service_days <= n);
            prop_assert!(f.longest_work_streak <= f.service_days - f.rest_days);
            prop_assert!(f.max_weekly_hours <= f.worked_hours + 1e-9);
            prop_assert!(f.max_monthly_overtime <= f.overtime_hours + 1e-9);
            prop_assert!(f.outstanding_overtime_hours <= f.overtime_hours + 1e-9);
            prop_assert!(f.comp_days_owed as f64 * 8.0 <= f.outstanding_overtime_hours + 1e-9);
            prop_assert!((f.avg_weekly_hours * f.service_days as f64 / 7.0 - f.worked_hours).abs() < 1e-6);
            prop_assert!(f.leave_taken_days + f.duty_days <= f.service_days);
            worked += f.worked_hours;
            service_days += f.service_days;
        }
        // Every officer-day belongs to exactly one unit.
        let units_worked: f64 = report.units.iter().map(|u| u.figures.worked_hours).sum();
        let units_days: u32 = report.units.iter().map(|u| u.figures.officer_days).sum();
        prop_assert!((units_worked - worked).abs() < 1e-6);
        prop_assert_eq!(units_days, service_days);
        for r in &report.units {
            prop_assert!((r.figures.officers * n as f64 - r.figures.officer_days as f64).abs() < 1e-6);
            prop_assert!(r.figures.understaffed_days <= n);
            prop_assert!(r.figures.leave_coverage.is_none_or(|c| (0.0..=1.0).contains(&c)));
            prop_assert!(r.figures.stacked_inspection_days <= r.figures.inspections);
        }
    }

    #[test]
    fn roster_rows_outside_the_period_change_nothing(extra in 1usize..30, hours in 1.0f64..24.0) {
        let bureau = generate(&SampleSpec { officers: 12, days: 28, seed: 3, movements: 0 });
        let period = choose_period(&bureau, None, None).unwrap();
        let before = compute(&bureau, period, 40.0);
        let mut rows: Vec<_> = bureau.roster.iter().map(|(o, e)| (o, *e)).collect();
        for i in 0..extra {
            let date = period.end + Days::new(1 + i as u64);
            rows.push(((i % 12) as u32, RosterEntry { date, shift: Shift::Day, hours }));
        }
        let mut wider = bureau.clone();
        wider.roster = Roster::from_rows(bureau.officers.len(), rows);
        prop_assert_eq!(compute(&wider, period, 40.0), before);
    }
}

#[test]
fn the_period_of_a_generated_bureau_is_its_days() {
    let bureau = generate(&SampleSpec {
        officers: 20,
        days: 45,
        seed: 1,
        movements: 0,
    });
    let p = choose_period(&bureau, None, None).unwrap();
    assert_eq!(p.start, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
    assert_eq!(p.days(), 45);
}
