//! Inspection visits and meetings: the paperwork load grassroots units report.
//!
//! Each unit draws a number of visits per calendar quarter and of meetings per
//! ISO week from its profile, on distinct office working days, so ordinary
//! units never get two teams on one day. The scripted storms replace the
//! draws of their quarter or week.

use super::calendar::{Timeline, day_of_2025, workdays_by};
use super::dice::{Dice, between, chance, half_hours, pick, sample};
use super::layout::{Incident, UnitPlan};
use crate::core::model::{Inspection, Meeting, UnitIdx};
use crate::core::period::{quarter_key, week_monday};
use chrono::{Datelike, Days, NaiveDate};

const BODIES: [&str; 6] = [
    "县局督察大队",
    "县局督察大队",
    "市局督察支队",
    "省公安厅督察总队",
    "县纪委监委",
    "县安委办",
];

const TOPICS: [&str; 8] = [
    "案卷评查",
    "执法规范化",
    "枪支弹药和装备管理",
    "安全生产",
    "户籍管理",
    "信访工作",
    "党风廉政建设",
    "出租屋消防安全",
];

const CONVENERS: [&str; 5] = [
    "县公安局党委",
    "县公安局党委",
    "市局政治部",
    "县委政法委",
    "县政府",
];

const fn date(month: u32, day: u32) -> NaiveDate {
    day_of_2025(month, day)
}

/// 东荡派出所's first quarter after Spring Festival: four teams on Tuesday
/// 18 February and two more visits, six in the quarter (date, inspecting
/// body, topic, hours).
#[rustfmt::skip]
const STORM_VISITS: [(NaiveDate, &str, &str, f64); 6] = [
    (date(1, 14), "县局督察大队", "案卷评查", 3.0),
    (date(2, 18), "市局督察支队", "执法规范化", 4.0),
    (date(2, 18), "省公安厅督察总队", "信访工作", 3.5),
    (date(2, 18), "县纪委监委", "党风廉政建设", 2.5),
    (date(2, 18), "县安委办", "节后安全生产", 3.0),
    (date(3, 11), "县局督察大队", "出租屋消防安全", 4.0),
];

/// 西坪派出所's week of year-opening meetings, 10-14 February: six in five days
/// (date, convener, hours, whether the whole station attends).
#[rustfmt::skip]
const STORM_MEETINGS: [(NaiveDate, &str, f64, bool); 6] = [
    (date(2, 10), "县公安局党委", 3.0, true),
    (date(2, 11), "县委政法委", 2.0, false),
    (date(2, 12), "县政府", 2.5, false),
    (date(2, 12), "市局政治部", 1.5, false),
    (date(2, 13), "乡镇党委政府", 2.0, false),
    (date(2, 14), "县公安局党委", 2.0, true),
];

/// The first and last day of the quarter holding `d`.
fn quarter_bounds(d: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first_month = d.month0() / 3 * 3 + 1;
    let first = NaiveDate::from_ymd_opt(d.year(), first_month, 1).expect("valid date");
    let next = first
        .checked_add_months(chrono::Months::new(3))
        .expect("date in range");
    (first, next.pred_opt().expect("date in range"))
}

/// Office working days of every quarter the period touches, per quarter.
fn quarters(t: &Timeline) -> Vec<Vec<NaiveDate>> {
    let (Some(&start), Some(&end)) = (t.dates.first(), t.dates.last()) else {
        return Vec::new();
    };
    workdays_by(quarter_bounds(start).0, quarter_bounds(end).1, quarter_key)
}

/// Office working days of every ISO week the period touches, per week.
fn weeks(t: &Timeline) -> Vec<Vec<NaiveDate>> {
    let (Some(&start), Some(&end)) = (t.dates.first(), t.dates.last()) else {
        return Vec::new();
    };
    workdays_by(
        week_monday(start),
        week_monday(end) + Days::new(6),
        week_monday,
    )
}

/// Draws `counts` per period group and lays them on distinct working days
/// inside the period, skipping the group that holds `scripted` (if any).
fn draw_days(
    rng: &mut Dice,
    groups: &[Vec<NaiveDate>],
    counts: &[u32],
    scripted: Option<NaiveDate>,
    t: &Timeline,
) -> Vec<NaiveDate> {
    let mut days = Vec::new();
    for group in groups {
        if scripted.is_some_and(|s| group.contains(&s)) {
            continue;
        }
        let k = pick(rng, counts) as usize;
        days.extend(sample(rng, group, k).into_iter().filter(|&d| t.contains(d)));
    }
    days
}

/// The units with officers (an empty unit is neither visited nor summoned).
fn staffed(plans: &[UnitPlan]) -> impl Iterator<Item = (UnitIdx, &UnitPlan)> {
    (0..plans.len() as UnitIdx)
        .zip(plans)
        .filter(|(_, p)| !p.officers.is_empty())
}

/// Every inspection visit in the period, sorted by date and unit.
pub fn inspections(rng: &mut Dice, plans: &[UnitPlan], t: &Timeline) -> Vec<Inspection> {
    let quarters = quarters(t);
    let mut visits = Vec::new();
    for (unit, plan) in staffed(plans) {
        let storm = plan.has(Incident::InspectionStorm).then_some(STORM_VISITS);
        let scripted = storm.as_ref().map(|s| s[0].0);
        for day in draw_days(
            rng,
            &quarters,
            plan.profile.inspections_per_quarter,
            scripted,
            t,
        ) {
            visits.push(Inspection {
                unit,
                date: day,
                inspecting_body: pick(rng, &BODIES).into(),
                hours: half_hours(rng, 2.0, 6.0),
                topic: pick(rng, &TOPICS).into(),
            });
        }
        for (day, body, topic, hours) in storm.into_iter().flatten().filter(|v| t.contains(v.0)) {
            visits.push(Inspection {
                unit,
                date: day,
                inspecting_body: body.into(),
                hours,
                topic: topic.into(),
            });
        }
    }
    visits.sort_by_key(|v| (v.date, v.unit));
    visits
}

/// Share of meetings the whole unit must attend (the rest: its leaders).
const ALL_HANDS_SHARE: f64 = 0.2;

/// Every meeting in the period, sorted by date and unit.
pub fn meetings(rng: &mut Dice, plans: &[UnitPlan], t: &Timeline) -> Vec<Meeting> {
    let weeks = weeks(t);
    let mut meetings = Vec::new();
    for (unit, plan) in staffed(plans) {
        let size = plan.officers.len() as u32;
        let leaders = size.min(3);
        let storm = plan.has(Incident::MeetingStorm).then_some(STORM_MEETINGS);
        let scripted = storm.as_ref().map(|s| s[0].0);
        for day in draw_days(rng, &weeks, plan.profile.meetings_per_week, scripted, t) {
            let attendees = if chance(rng, ALL_HANDS_SHARE) {
                size
            } else {
                between(rng, 1, leaders)
            };
            meetings.push(Meeting {
                unit,
                date: day,
                convened_by: pick(rng, &CONVENERS).into(),
                hours: half_hours(rng, 1.0, 3.0),
                attendees,
            });
        }
        for (day, convener, hours, all_hands) in
            storm.into_iter().flatten().filter(|m| t.contains(m.0))
        {
            meetings.push(Meeting {
                unit,
                date: day,
                convened_by: convener.into(),
                hours,
                attendees: if all_hands { size } else { leaders.min(2) },
            });
        }
    }
    meetings.sort_by_key(|m| (m.date, m.unit));
    meetings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarter_bounds_cover_the_quarter() {
        assert_eq!(quarter_bounds(date(2, 18)), (date(1, 1), date(3, 31)));
        assert_eq!(quarter_bounds(date(12, 31)), (date(10, 1), date(12, 31)));
    }

    #[test]
    fn weeks_start_on_monday_and_hold_workdays_only() {
        let t = Timeline::new(date(1, 1), 14);
        let weeks = weeks(&t);
        // The week of Monday 30 December 2024 (1 January is a holiday), then of 6 January.
        let dec = |d| NaiveDate::from_ymd_opt(2024, 12, d).unwrap();
        assert_eq!(weeks[0], vec![dec(30), dec(31), date(1, 2), date(1, 3)]);
        assert_eq!(weeks[1].len(), 5);
    }
}
