//! The rules of the data contract (section 3): thresholds with their
//! defaults and basis, and `rules.toml`, which overrides them.

use crate::i18n::{Arg, Message};
use crate::msg;
use serde::Serialize;
use std::fmt;
use thiserror::Error;

/// What a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Officer,
    Unit,
}

/// Whether a rule fires above its thresholds or below them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Above,
    Below,
}

macro_rules! rules {
    ($($variant:ident => $name:literal, $scope:ident, $dir:ident, $warn:expr, $alarm:expr;)+) => {
        /// A rule of the contract. The order is the contract's and the order
        /// in which flags are listed.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RuleId { $($variant),+ }

        impl RuleId {
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant),+];

            /// The rule's name in rules.toml and in reports.
            pub fn name(self) -> &'static str {
                match self { $(RuleId::$variant => $name),+ }
            }
            pub fn scope(self) -> Scope {
                match self { $(RuleId::$variant => Scope::$scope),+ }
            }
            pub fn direction(self) -> Direction {
                match self { $(RuleId::$variant => Direction::$dir),+ }
            }
            /// The built-in (warn, alarm) thresholds.
            pub fn defaults(self) -> Threshold {
                match self { $(RuleId::$variant => Threshold { warn: $warn, alarm: $alarm }),+ }
            }
        }
    };
}

rules! {
    AvgWeeklyHours => "avg_weekly_hours", Officer, Above, 48.0, 60.0;
    MaxWeeklyHours => "max_weekly_hours", Officer, Above, 60.0, 72.0;
    MonthlyOvertime => "monthly_overtime", Officer, Above, 36.0, 72.0;
    WorkStreak => "work_streak", Officer, Above, 6.0, 13.0;
    CompDaysOwed => "comp_days_owed", Officer, Above, 3.0, 10.0;
    HouseholdsPerOfficer => "households_per_officer", Officer, Above, 1000.0, 2000.0;
    LoadRatio => "load_ratio", Unit, Above, 1.10, 1.30;
    UnderstaffedDays => "understaffed_days", Unit, Above, 0.0, 7.0;
    HouseholdsPerCommunityOfficer => "households_per_community_officer", Unit, Above, 1000.0, 2000.0;
    InspectionsPerQuarter => "inspections_per_quarter", Unit, Above, 3.0, 6.0;
    StackedInspections => "stacked_inspections", Unit, Above, 0.0, 2.0;
    MeetingsPerWeek => "meetings_per_week", Unit, Above, 2.0, 4.0;
    LeaveCoverage => "leave_coverage", Unit, Below, 0.80, 0.50;
}

impl RuleId {
    /// Why the threshold is where it is, in plain words, in the reader's
    /// language (the catalogue's `basis-<rule>`).
    /// The rule as a person names it: its id in English (the name people
    /// already read in rules.toml), a name in Chinese.
    pub fn title_in(self, tr: &crate::i18n::Tr) -> String {
        tr.t(&format!("rule-{}", self.name()))
    }

    pub fn basis_in(self, tr: &crate::i18n::Tr) -> String {
        tr.t(&format!("basis-{}", self.name()))
    }

    /// The basis in English.
    pub fn basis(self) -> String {
        self.basis_in(crate::i18n::tr(crate::i18n::Lang::En))
    }

    pub fn from_name(name: &str) -> Option<RuleId> {
        RuleId::ALL.iter().copied().find(|r| r.name() == name)
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Threshold {
    pub warn: f64,
    pub alarm: f64,
}

/// The name of the one parameter that is not a rule.
pub const STANDARD_WEEKLY_HOURS: &str = "standard_weekly_hours";
/// The statutory standard week, in hours (State Council working-hours provisions).
pub const DEFAULT_STANDARD_WEEKLY_HOURS: f64 = 40.0;

/// The rules in force: the built-in defaults with any overrides applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Rules {
    pub standard_weekly_hours: f64,
    thresholds: Vec<Threshold>,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            standard_weekly_hours: DEFAULT_STANDARD_WEEKLY_HOURS,
            thresholds: RuleId::ALL.iter().map(|r| r.defaults()).collect(),
        }
    }
}

/// Why a rules file was refused. `key` is the dotted path of the offending
/// key (`load_ratio.warn`), empty for a syntax error.
#[derive(Debug, Clone, PartialEq, Error)]
#[error("{}", self.message())]
pub struct RulesError {
    pub key: String,
    pub why: Message,
}

impl RulesError {
    /// "`load_ratio.warn`: ..." in the reader's language.
    pub fn message(&self) -> Message {
        if self.key.is_empty() {
            self.why.clone()
        } else {
            msg!("rules-at-key", "key" => &self.key, "why" => self.why.clone())
        }
    }
}

impl Rules {
    pub fn threshold(&self, rule: RuleId) -> Threshold {
        self.thresholds[rule as usize]
    }

    pub fn set_threshold(&mut self, rule: RuleId, t: Threshold) {
        self.thresholds[rule as usize] = t;
    }

    /// The rules as a rules.toml that `from_toml` reads back.
    pub fn to_toml(&self) -> String {
        let mut out = format!(
            "{STANDARD_WEEKLY_HOURS} = {:?}\n",
            self.standard_weekly_hours
        );
        for &rule in RuleId::ALL {
            let t = self.threshold(rule);
            out.push_str(&format!(
                "\n[{}]\nwarn = {:?}\nalarm = {:?}\n",
                rule.name(),
                t.warn,
                t.alarm
            ));
        }
        out
    }

    /// The defaults overridden by the TOML text of a rules file.
    pub fn from_toml(text: &str) -> Result<Rules, Vec<RulesError>> {
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
            vec![RulesError {
                key: String::new(),
                why: msg!("rules-syntax", "why" => e.to_string().trim().replace('\n', " ")),
            }]
        })?;
        let mut rules = Rules::default();
        let mut errors = Vec::new();
        let err = |key: &str, why: Message| RulesError {
            key: key.to_string(),
            why,
        };
        for (key, value) in &table {
            if key == STANDARD_WEEKLY_HOURS {
                match number(value).map(check_standard_week) {
                    Some(Ok(v)) => rules.standard_weekly_hours = v,
                    _ => errors.push(err(
                        key,
                        msg!("rules-standard-week", "found" => value.to_string()),
                    )),
                }
                continue;
            }
            let Some(rule) = RuleId::from_name(key) else {
                let names = std::iter::once(STANDARD_WEEKLY_HOURS)
                    .chain(RuleId::ALL.iter().map(|r| r.name()));
                errors.push(err(
                    key,
                    msg!("rules-unknown-rule", "near" => suggestion(key, names)),
                ));
                continue;
            };
            let Some(fields) = value.as_table() else {
                errors.push(err(
                    key,
                    msg!("rules-expected-table", "key" => key, "found" => value.to_string()),
                ));
                continue;
            };
            let mut t = rules.threshold(rule);
            for (field, v) in fields {
                let path = format!("{key}.{field}");
                let slot = match field.as_str() {
                    "warn" => &mut t.warn,
                    "alarm" => &mut t.alarm,
                    other => {
                        errors.push(err(
                            &path,
                            msg!("rules-unknown-key", "near" => suggestion(other, ["warn", "alarm"])),
                        ));
                        continue;
                    }
                };
                match number(v).map(check_value) {
                    Some(Ok(x)) => *slot = x,
                    _ => errors.push(err(&path, msg!("rules-value", "found" => v.to_string()))),
                }
            }
            if let Err(why) = check_order(rule, t.warn, t.alarm) {
                errors.push(err(key, why));
            }
            rules.set_threshold(rule, t);
        }
        if errors.is_empty() {
            Ok(rules)
        } else {
            Err(errors)
        }
    }
}

/// A standard week as forceplan accepts it, wherever it is set: rules.toml,
/// a scenario's edit or the planner's form.
pub fn check_standard_week(hours: f64) -> Result<f64, Message> {
    if hours.is_finite() && hours > 0.0 && hours <= 168.0 {
        Ok(hours)
    } else {
        Err(msg!("rules-standard-week", "found" => shown(hours)))
    }
}

/// A number as a refusal quotes it: short, also when it is huge.
fn shown(x: f64) -> String {
    if x.is_finite() && x.abs() >= 1e9 {
        format!("{x:e}")
    } else {
        x.to_string()
    }
}

/// A threshold value: a finite number, 0 or above.
pub fn check_value(value: f64) -> Result<f64, Message> {
    if value.is_finite() && value >= 0.0 {
        Ok(value)
    } else {
        Err(msg!("rules-value", "found" => shown(value)))
    }
}

/// A rule's warn and alarm in the rule's direction: the warning comes first.
pub fn check_order(rule: RuleId, warn: f64, alarm: f64) -> Result<(), Message> {
    let in_order = match rule.direction() {
        Direction::Above => warn <= alarm,
        Direction::Below => warn >= alarm,
    };
    if in_order {
        return Ok(());
    }
    let key = match rule.direction() {
        Direction::Above => "rules-order-above",
        Direction::Below => "rules-order-below",
    };
    Err(Message::new(
        key,
        vec![
            ("warn", Arg::Text(warn.to_string())),
            ("alarm", Arg::Text(alarm.to_string())),
        ],
    ))
}

impl Rules {
    /// These rules with `rule`'s thresholds changed, if valid.
    pub fn with_threshold(&self, rule: RuleId, warn: f64, alarm: f64) -> Result<Rules, Message> {
        let at = |key: String, why: Message| msg!("rules-at-plain", "key" => key, "why" => why);
        let warn = check_value(warn).map_err(|e| at(format!("{}.warn", rule.name()), e))?;
        let alarm = check_value(alarm).map_err(|e| at(format!("{}.alarm", rule.name()), e))?;
        check_order(rule, warn, alarm).map_err(|e| at(rule.name().to_string(), e))?;
        let mut rules = self.clone();
        rules.set_threshold(rule, Threshold { warn, alarm });
        Ok(rules)
    }

    /// These rules with another standard week, if valid.
    pub fn with_standard_week(&self, hours: f64) -> Result<Rules, Message> {
        let hours = check_standard_week(hours)
            .map_err(|e| msg!("rules-at-plain", "key" => STANDARD_WEEKLY_HOURS, "why" => e))?;
        Ok(Rules {
            standard_weekly_hours: hours,
            ..self.clone()
        })
    }
}

fn number(v: &toml::Value) -> Option<f64> {
    match v {
        toml::Value::Integer(i) => Some(*i as f64),
        toml::Value::Float(f) if f.is_finite() => Some(*f),
        _ => None,
    }
}

/// The closest of `candidates` to what was given, if one is close.
pub fn closest<'a>(given: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let given = given.trim().to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&given, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// "; did you mean `x`?" for the closest of `candidates`, or nothing when
/// none is close, as a message's argument.
pub fn suggestion<'a>(
    given: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> crate::i18n::Arg {
    match closest(given, candidates) {
        Some(c) => crate::msg!("did-you-mean", "name" => c).into(),
        None => crate::i18n::Arg::Text(String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_contract_table() {
        let r = Rules::default();
        assert_eq!(r.standard_weekly_hours, 40.0);
        assert_eq!(
            r.threshold(RuleId::LoadRatio),
            Threshold {
                warn: 1.10,
                alarm: 1.30
            }
        );
        assert_eq!(
            r.threshold(RuleId::LeaveCoverage),
            Threshold {
                warn: 0.80,
                alarm: 0.50
            }
        );
        assert_eq!(
            r.threshold(RuleId::UnderstaffedDays),
            Threshold {
                warn: 0.0,
                alarm: 7.0
            }
        );
        assert_eq!(RuleId::ALL.len(), 13);
    }

    #[test]
    fn overrides_keep_what_is_left_out() {
        let r = Rules::from_toml("standard_weekly_hours = 44\n[load_ratio]\nwarn = 1.2\n").unwrap();
        assert_eq!(r.standard_weekly_hours, 44.0);
        assert_eq!(
            r.threshold(RuleId::LoadRatio),
            Threshold {
                warn: 1.2,
                alarm: 1.30
            }
        );
        assert_eq!(
            r.threshold(RuleId::WorkStreak),
            RuleId::WorkStreak.defaults()
        );
    }

    #[test]
    fn unknown_keys_are_refused_with_the_nearest_name() {
        let e = Rules::from_toml("[load_ration]\nwarn = 1\n").unwrap_err();
        assert_eq!(
            e[0].to_string(),
            "`load_ration`: unknown rule; did you mean `load_ratio`?"
        );
        let e = Rules::from_toml("[load_ratio]\nwarning = 1\n").unwrap_err();
        assert_eq!(
            e[0].to_string(),
            "`load_ratio.warning`: unknown key; did you mean `warn`?"
        );
        let e = Rules::from_toml("standart_weekly_hours = 40\n").unwrap_err();
        assert!(
            e[0].to_string()
                .contains("did you mean `standard_weekly_hours`"),
            "{e:?}"
        );
        let e = Rules::from_toml("[zzz]\n").unwrap_err();
        assert_eq!(e[0].to_string(), "`zzz`: unknown rule");
        let zh = crate::i18n::tr(crate::i18n::Lang::Zh);
        assert_eq!(e[0].message().text(zh), "`zzz`：没有这条规则");
    }

    #[test]
    fn rules_write_and_read_back() {
        let mut r = Rules {
            standard_weekly_hours: 44.0,
            ..Rules::default()
        };
        r.set_threshold(
            RuleId::LoadRatio,
            Threshold {
                warn: 1.2,
                alarm: 1.5,
            },
        );
        assert_eq!(Rules::from_toml(&r.to_toml()).unwrap(), r);
    }

    #[test]
    fn scenario_thresholds_pass_the_same_checks() {
        let r = Rules::default();
        assert!(r.with_threshold(RuleId::LoadRatio, 1.2, 1.5).is_ok());
        for (warn, alarm) in [
            (f64::NAN, 1.3),
            (1.1, f64::INFINITY),
            (-1.0, 1.3),
            (2.0, 1.3),
        ] {
            assert!(
                r.with_threshold(RuleId::LoadRatio, warn, alarm).is_err(),
                "{warn} {alarm}"
            );
        }
        assert_eq!(
            r.with_threshold(RuleId::LeaveCoverage, 0.4, 0.5)
                .unwrap_err()
                .to_string(),
            "leave_coverage: warn = 0.4 is below alarm = 0.5; this rule fires below its thresholds, so warn must be at least alarm"
        );
        assert!(r.with_standard_week(1e308).is_err());
        assert!(r.with_standard_week(0.0).is_err());
        assert_eq!(
            r.with_standard_week(44.0).unwrap().standard_weekly_hours,
            44.0
        );
    }

    #[test]
    fn bad_values_are_refused() {
        assert!(Rules::from_toml("standard_weekly_hours = 0").is_err());
        assert!(Rules::from_toml("standard_weekly_hours = \"40\"").is_err());
        assert!(Rules::from_toml("[load_ratio]\nwarn = -1").is_err());
        assert!(Rules::from_toml("load_ratio = 1.2").is_err());
        assert!(Rules::from_toml("[load_ratio]\nwarn = 2.0\n").is_err());
        assert!(Rules::from_toml("[leave_coverage]\nwarn = 0.4\n").is_err());
        assert!(Rules::from_toml("[load_ratio\n").is_err());
    }
}
