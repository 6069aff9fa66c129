//! Applying the rules to the figures: each crossed threshold becomes a flag
//! that says what is wrong, by how much, and on what basis.

use crate::core::figures::{OfficerFigures, UnitFigures};
use crate::core::model::Unit;
use crate::core::period::{Period, month_label, quarter_key, quarter_label};
use crate::core::rules::{Direction, RuleId, Rules};
use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warn,
    Alarm,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warn => "warn",
            Severity::Alarm => "alarm",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    pub rule: RuleId,
    pub severity: Severity,
    pub value: f64,
    /// The threshold that was crossed.
    pub threshold: f64,
    pub message: String,
}

/// The severity at which `value` fires `rule`, and the threshold crossed.
pub fn grade(rules: &Rules, rule: RuleId, value: f64) -> Option<(Severity, f64)> {
    let t = rules.threshold(rule);
    let crosses = |limit: f64| match rule.direction() {
        Direction::Above => value > limit,
        Direction::Below => value < limit,
    };
    if crosses(t.alarm) {
        Some((Severity::Alarm, t.alarm))
    } else if crosses(t.warn) {
        Some((Severity::Warn, t.warn))
    } else {
        None
    }
}

/// A number as people write it: no trailing zeros, thousands not grouped.
pub fn num(x: f64) -> String {
    let s = format!("{x:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.into() }
}

fn pct(x: f64) -> String {
    format!("{}%", num((x * 100.0 * 10.0).round() / 10.0))
}

/// "3 officers", or "officers (2.43 officer-equivalents over the period, 1
/// at its end)" when people joined, moved or left during the period.
pub fn staff(headcount: u32, officers: f64) -> String {
    if (officers - headcount as f64).abs() < 0.005 {
        plural(headcount as f64, "officer", "officers")
    } else {
        format!(
            "officers ({} officer-equivalents over the period, {headcount} at its end)",
            num(officers)
        )
    }
}

fn plural(n: f64, one: &str, many: &str) -> String {
    format!("{} {}", num(n), if n == 1.0 { one } else { many })
}

/// Builds a flag: `what` says what the value is; the message adds the
/// severity, the threshold crossed and the rule's basis.
fn flag(
    rules: &Rules,
    rule: RuleId,
    value: f64,
    what: impl FnOnce() -> String,
    limit: impl Fn(f64) -> String,
) -> Option<Flag> {
    let (severity, threshold) = grade(rules, rule, value)?;
    let side = match rule.direction() {
        Direction::Above => "above",
        Direction::Below => "below",
    };
    Some(Flag {
        rule,
        severity,
        value,
        threshold,
        message: format!(
            "{}; {severity} {side} {} ({})",
            what(),
            limit(threshold),
            rule.basis()
        ),
    })
}

/// The flags of one officer, in rule order.
pub fn officer_flags(f: &OfficerFigures, period: Period, rules: &Rules) -> Vec<Flag> {
    let std_week = num(rules.standard_weekly_hours);
    let hours = |t: f64| format!("{} h", num(t));
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    [
        flag(
            rules,
            RuleId::AvgWeeklyHours,
            f.avg_weekly_hours,
            || {
                format!(
                    "averaged {:.1} h a week over {} of service (standard week {std_week} h)",
                    f.avg_weekly_hours,
                    plural(f.service_days as f64, "day", "days")
                )
            },
            hours,
        ),
        flag(
            rules,
            RuleId::MaxWeeklyHours,
            f.max_weekly_hours,
            || {
                format!(
                    "worked {:.1} h in the week of {}",
                    f.max_weekly_hours,
                    date(f.max_week_start)
                )
            },
            hours,
        ),
        flag(
            rules,
            RuleId::MonthlyOvertime,
            f.max_monthly_overtime,
            || {
                let month = f
                    .max_overtime_month
                    .map(|d| month_label(crate::core::period::month_key(d)))
                    .unwrap_or_default();
                format!("{:.1} h of overtime in {month}", f.max_monthly_overtime)
            },
            hours,
        ),
        flag(
            rules,
            RuleId::WorkStreak,
            f.longest_work_streak as f64,
            || {
                let start = f.streak_start.unwrap_or(period.start);
                let end = start + chrono::Days::new(f.longest_work_streak.saturating_sub(1) as u64);
                format!(
                    "worked {} days in a row without a rest day ({start} to {end})",
                    f.longest_work_streak
                )
            },
            |t| plural(t, "day", "days"),
        ),
        flag(
            rules,
            RuleId::CompDaysOwed,
            f.comp_days_owed as f64,
            || {
                format!(
                    "owed {} for {:.1} h of rest-day overtime neither paid nor given back",
                    plural(f.comp_days_owed as f64, "comp day", "comp days"),
                    f.outstanding_rest_day_hours
                )
            },
            |t| plural(t, "day", "days"),
        ),
        flag(
            rules,
            RuleId::HouseholdsPerOfficer,
            f.households as f64,
            || {
                format!(
                    "holds {} households in {}",
                    f.households,
                    plural(f.areas as f64, "area", "areas")
                )
            },
            |t| format!("{} households", num(t)),
        ),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The flags of one unit, in rule order.
pub fn unit_flags(unit: &Unit, u: &UnitFigures, period: Period, rules: &Rules) -> Vec<Flag> {
    let days = period.days() as f64;
    let std_week = rules.standard_weekly_hours;
    let count = |t: f64| num(t);
    let mut flags = Vec::new();
    flags.extend(flag(
        rules,
        RuleId::LoadRatio,
        u.load_ratio,
        || {
            format!(
                "its {} worked {:.2} times the {} h standard week on average ({:.1} h a week each)",
                staff(u.headcount, u.officers),
                u.load_ratio,
                num(std_week),
                u.load_ratio * std_week
            )
        },
        |t| format!("{t:.2}"),
    ));
    flags.extend(flag(
        rules,
        RuleId::UnderstaffedDays,
        u.understaffed_days as f64,
        || {
            format!(
                "fewer than {} on duty on {} of {} days",
                unit.min_on_duty, u.understaffed_days, days
            )
        },
        |t| plural(t, "day", "days"),
    ));
    match u.households_per_community_officer {
        Some(per) => flags.extend(flag(rules, RuleId::HouseholdsPerCommunityOfficer, per, || {
            format!(
                "{:.0} households per community officer ({} households, {})",
                per,
                u.households,
                plural(u.community_officers as f64, "community officer", "community officers")
            )
        }, |t| format!("{} households", num(t)))),
        // Households with nobody to hold them: always an alarm (contract, section 3).
        None if u.households > 0 => flags.push(Flag {
            rule: RuleId::HouseholdsPerCommunityOfficer,
            severity: Severity::Alarm,
            value: u.households as f64,
            threshold: 0.0,
            message: format!(
                "{} households and no community officer to hold them; alarm whenever households have no community officer ({})",
                u.households,
                RuleId::HouseholdsPerCommunityOfficer.basis()
            ),
        }),
        None => {}
    }
    flags.extend(flag(
        rules,
        RuleId::InspectionsPerQuarter,
        u.max_inspections_per_quarter as f64,
        || {
            let q = u
                .max_inspection_quarter
                .map(|d| quarter_label(quarter_key(d)))
                .unwrap_or_default();
            format!(
                "received {} in {q}",
                plural(
                    u.max_inspections_per_quarter as f64,
                    "inspection visit",
                    "inspection visits"
                )
            )
        },
        count,
    ));
    flags.extend(flag(
        rules,
        RuleId::StackedInspections,
        u.stacked_inspection_days as f64,
        || {
            let busiest = u
                .busiest_inspection_day
                .map(|(d, n)| format!(" (the most: {n} teams on {d})"))
                .unwrap_or_default();
            format!(
                "{} with two or more inspection teams{busiest}",
                plural(u.stacked_inspection_days as f64, "day", "days")
            )
        },
        |t| plural(t, "day", "days"),
    ));
    flags.extend(flag(
        rules,
        RuleId::MeetingsPerWeek,
        u.max_meetings_per_week as f64,
        || {
            let week = u
                .max_meeting_week
                .map(|d| d.to_string())
                .unwrap_or_default();
            format!(
                "{} in the week of {week}",
                plural(u.max_meetings_per_week as f64, "meeting", "meetings")
            )
        },
        count,
    ));
    if let Some(cov) = u.leave_coverage {
        flags.extend(flag(
            rules,
            RuleId::LeaveCoverage,
            cov,
            || {
                format!(
                    "only {} of {} officers entitled to annual leave took any ({})",
                    u.leave_takers,
                    u.leave_entitled,
                    pct(cov)
                )
            },
            pct,
        ));
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_are_strict() {
        let r = Rules::default();
        assert_eq!(grade(&r, RuleId::AvgWeeklyHours, 48.0), None);
        assert_eq!(
            grade(&r, RuleId::AvgWeeklyHours, 48.01),
            Some((Severity::Warn, 48.0))
        );
        assert_eq!(
            grade(&r, RuleId::AvgWeeklyHours, 60.0),
            Some((Severity::Warn, 48.0))
        );
        assert_eq!(
            grade(&r, RuleId::AvgWeeklyHours, 60.5),
            Some((Severity::Alarm, 60.0))
        );
        assert_eq!(
            grade(&r, RuleId::UnderstaffedDays, 1.0),
            Some((Severity::Warn, 0.0))
        );
        assert_eq!(grade(&r, RuleId::UnderstaffedDays, 0.0), None);
    }

    #[test]
    fn below_rules_fire_under_the_threshold() {
        let r = Rules::default();
        assert_eq!(grade(&r, RuleId::LeaveCoverage, 0.80), None);
        assert_eq!(
            grade(&r, RuleId::LeaveCoverage, 0.79),
            Some((Severity::Warn, 0.80))
        );
        assert_eq!(
            grade(&r, RuleId::LeaveCoverage, 0.50),
            Some((Severity::Warn, 0.80))
        );
        assert_eq!(
            grade(&r, RuleId::LeaveCoverage, 0.49),
            Some((Severity::Alarm, 0.50))
        );
    }

    #[test]
    fn numbers_read_naturally() {
        assert_eq!(num(60.0), "60");
        assert_eq!(num(1.1), "1.1");
        assert_eq!(num(0.805), "0.81");
        assert_eq!(pct(0.456), "45.6%");
    }
}
