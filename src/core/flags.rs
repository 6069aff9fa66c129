//! Applying the rules to the figures: each crossed threshold becomes a flag
//! that says what is wrong, by how much, and on what basis.

use crate::core::figures::{OfficerFigures, UnitFigures};
use crate::core::model::Unit;
use crate::core::period::{Period, month_label, quarter_key};
use crate::core::rules::{Direction, RuleId, Rules};
use crate::i18n::{Arg, Lang, Tr, tr};
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

#[derive(Debug, Clone, PartialEq)]
pub struct Flag {
    pub rule: RuleId,
    pub severity: Severity,
    pub value: f64,
    /// The threshold that was crossed.
    pub threshold: f64,
    /// What is wrong, as data: the message is made in the reader's
    /// language when it is shown (`message_in`).
    pub why: Why,
}

/// A flag's explanation: a catalogue message and its arguments, and how the
/// threshold reads (crate::i18n; docs/glossary.md).
#[derive(Debug, Clone, PartialEq)]
pub struct Why {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
    /// The message that says the threshold ("limit-hours": "48 h").
    pub limit: (&'static str, Arg),
}

impl Flag {
    /// The message in English, as the contract's JSON carries it.
    pub fn message(&self) -> String {
        self.message_in(tr(Lang::En))
    }

    /// The message in the reader's language: what is wrong; the severity,
    /// the threshold crossed and the rule's basis.
    pub fn message_in(&self, tr: &Tr) -> String {
        let basis = self.rule.basis_in(tr);
        if self.why.key == "flag-no-community-officer" {
            let mut args = self.why.args.clone();
            args.push(("basis", Arg::Text(basis)));
            return tr.args(self.why.key, &args);
        }
        let side = match self.rule.direction() {
            Direction::Above => "side-above",
            Direction::Below => "side-below",
        };
        let severity = match self.severity {
            Severity::Alarm => "severity-alarm",
            Severity::Warn => "severity-warn",
        };
        tr.args(
            "flag",
            &[
                ("what", Arg::Text(tr.args(self.why.key, &self.why.args))),
                ("severity", Arg::Text(tr.t(severity))),
                ("side", Arg::Text(tr.t(side))),
                (
                    "limit",
                    Arg::Text(tr.args(self.why.limit.0, &[("n", self.why.limit.1.clone())])),
                ),
                ("basis", Arg::Text(basis)),
            ],
        )
    }
}

impl Serialize for Flag {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = s.serialize_struct("Flag", 5)?;
        out.serialize_field("rule", &self.rule)?;
        out.serialize_field("severity", &self.severity)?;
        out.serialize_field("value", &self.value)?;
        out.serialize_field("threshold", &self.threshold)?;
        out.serialize_field("message", &self.message())?;
        out.end()
    }
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
/// at its end)" when people joined, moved or left during the period; in
/// the language of `tr`.
pub fn staff(headcount: u32, officers: f64, tr: &crate::i18n::Tr) -> String {
    if (officers - headcount as f64).abs() < 0.005 {
        tr.args("staff", &[("n", Arg::Count(headcount as f64))])
    } else {
        tr.args(
            "staff-moving",
            &[
                ("equivalents", text(num(officers))),
                ("n", Arg::Count(headcount as f64)),
            ],
        )
    }
}

fn text(s: impl Into<String>) -> Arg {
    Arg::Text(s.into())
}

fn count(n: f64) -> Arg {
    Arg::Count(n)
}

/// How each rule's threshold reads.
fn limit(rule: RuleId, t: f64) -> (&'static str, Arg) {
    match rule {
        RuleId::AvgWeeklyHours | RuleId::MaxWeeklyHours | RuleId::MonthlyOvertime => {
            ("limit-hours", text(num(t)))
        }
        RuleId::WorkStreak
        | RuleId::CompDaysOwed
        | RuleId::UnderstaffedDays
        | RuleId::StackedInspections => ("limit-days", count(t)),
        RuleId::HouseholdsPerOfficer | RuleId::HouseholdsPerCommunityOfficer => {
            ("limit-households", text(num(t)))
        }
        RuleId::LoadRatio => ("limit-number", text(format!("{t:.2}"))),
        RuleId::InspectionsPerQuarter | RuleId::MeetingsPerWeek => ("limit-number", text(num(t))),
        RuleId::LeaveCoverage => ("limit-number", text(pct(t))),
    }
}

/// Builds a flag when `value` crosses a threshold of `rule`; `why` says
/// what the value is (a catalogue message and its arguments), made only then.
fn flag(
    rules: &Rules,
    rule: RuleId,
    value: f64,
    why: impl FnOnce() -> (&'static str, Vec<(&'static str, Arg)>),
) -> Option<Flag> {
    let (severity, threshold) = grade(rules, rule, value)?;
    let (key, args) = why();
    Some(Flag {
        rule,
        severity,
        value,
        threshold,
        why: Why {
            key,
            args,
            limit: limit(rule, threshold),
        },
    })
}

/// The flags of one officer, in rule order.
pub fn officer_flags(f: &OfficerFigures, period: Period, rules: &Rules) -> Vec<Flag> {
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    [
        flag(rules, RuleId::AvgWeeklyHours, f.avg_weekly_hours, || {
            (
                "what-avg_weekly_hours",
                vec![
                    ("hours", text(format!("{:.1}", f.avg_weekly_hours))),
                    ("days", count(f.service_days as f64)),
                    ("std", text(num(rules.standard_weekly_hours))),
                ],
            )
        }),
        flag(rules, RuleId::MaxWeeklyHours, f.max_weekly_hours, || {
            (
                "what-max_weekly_hours",
                vec![
                    ("hours", text(format!("{:.1}", f.max_weekly_hours))),
                    ("week", text(date(f.max_week_start))),
                ],
            )
        }),
        flag(
            rules,
            RuleId::MonthlyOvertime,
            f.max_monthly_overtime,
            || {
                let month = f
                    .max_overtime_month
                    .map(|d| month_label(crate::core::period::month_key(d)))
                    .unwrap_or_default();
                (
                    "what-monthly_overtime",
                    vec![
                        ("hours", text(format!("{:.1}", f.max_monthly_overtime))),
                        ("month", text(month)),
                    ],
                )
            },
        ),
        flag(
            rules,
            RuleId::WorkStreak,
            f.longest_work_streak as f64,
            || {
                let start = f.streak_start.unwrap_or(period.start);
                let end = start + chrono::Days::new(f.longest_work_streak.saturating_sub(1) as u64);
                (
                    "what-work_streak",
                    vec![
                        ("n", text(f.longest_work_streak.to_string())),
                        ("start", text(start.to_string())),
                        ("end", text(end.to_string())),
                    ],
                )
            },
        ),
        flag(rules, RuleId::CompDaysOwed, f.comp_days_owed as f64, || {
            (
                "what-comp_days_owed",
                vec![
                    ("days", count(f.comp_days_owed as f64)),
                    (
                        "hours",
                        text(format!("{:.1}", f.outstanding_rest_day_hours)),
                    ),
                ],
            )
        }),
        flag(
            rules,
            RuleId::HouseholdsPerOfficer,
            f.households as f64,
            || {
                (
                    "what-households_per_officer",
                    vec![
                        ("households", text(f.households.to_string())),
                        ("areas", count(f.areas as f64)),
                    ],
                )
            },
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
    let mut flags = Vec::new();
    flags.extend(flag(rules, RuleId::LoadRatio, u.load_ratio, || {
        let mut args = vec![
            ("n", count(u.headcount as f64)),
            ("ratio", text(format!("{:.2}", u.load_ratio))),
            ("std", text(num(std_week))),
            ("hours", text(format!("{:.1}", u.load_ratio * std_week))),
        ];
        // Officers who joined, moved or left during the period count as
        // the share of it they served.
        if (u.officers - u.headcount as f64).abs() < 0.005 {
            ("what-load_ratio", args)
        } else {
            args[0] = ("n", text(u.headcount.to_string()));
            args.push(("equivalents", text(num(u.officers))));
            ("what-load_ratio-moving", args)
        }
    }));
    flags.extend(flag(
        rules,
        RuleId::UnderstaffedDays,
        u.understaffed_days as f64,
        || {
            (
                "what-understaffed_days",
                vec![
                    ("min", text(unit.min_on_duty.to_string())),
                    ("n", text(u.understaffed_days.to_string())),
                    ("days", text(days.to_string())),
                ],
            )
        },
    ));
    match u.households_per_community_officer {
        Some(per) => flags.extend(flag(
            rules,
            RuleId::HouseholdsPerCommunityOfficer,
            per,
            || {
                (
                    "what-households_per_community_officer",
                    vec![
                        ("per", text(format!("{per:.0}"))),
                        ("households", text(u.households.to_string())),
                        ("officers", count(u.community_officers as f64)),
                    ],
                )
            },
        )),
        // Households with nobody to hold them: always an alarm (contract, section 3).
        None if u.households > 0 => flags.push(Flag {
            rule: RuleId::HouseholdsPerCommunityOfficer,
            severity: Severity::Alarm,
            value: u.households as f64,
            threshold: 0.0,
            why: Why {
                key: "flag-no-community-officer",
                args: vec![("households", text(u.households.to_string()))],
                limit: ("limit-households", text("0")),
            },
        }),
        None => {}
    }
    flags.extend(flag(
        rules,
        RuleId::InspectionsPerQuarter,
        u.max_inspections_per_quarter as f64,
        || {
            let key = u.max_inspection_quarter.map(quarter_key);
            (
                "what-inspections_per_quarter",
                vec![
                    ("n", count(u.max_inspections_per_quarter as f64)),
                    (
                        "year",
                        text(key.map(|k| k.div_euclid(4).to_string()).unwrap_or_default()),
                    ),
                    (
                        "quarter",
                        text(
                            key.map(|k| (k.rem_euclid(4) + 1).to_string())
                                .unwrap_or_default(),
                        ),
                    ),
                ],
            )
        },
    ));
    flags.extend(flag(
        rules,
        RuleId::StackedInspections,
        u.stacked_inspection_days as f64,
        || {
            let mut args = vec![("days", count(u.stacked_inspection_days as f64))];
            match u.busiest_inspection_day {
                Some((d, n)) => {
                    args.push(("most", text(n.to_string())));
                    args.push(("day", text(d.to_string())));
                    ("what-stacked_inspections-busiest", args)
                }
                None => ("what-stacked_inspections", args),
            }
        },
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
            (
                "what-meetings_per_week",
                vec![
                    ("n", count(u.max_meetings_per_week as f64)),
                    ("week", text(week)),
                ],
            )
        },
    ));
    if let Some(cov) = u.leave_coverage {
        flags.extend(flag(rules, RuleId::LeaveCoverage, cov, || {
            (
                "what-leave_coverage",
                vec![
                    ("takers", text(u.leave_takers.to_string())),
                    ("entitled", text(u.leave_entitled.to_string())),
                    ("percent", text(pct(cov))),
                ],
            )
        }));
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
