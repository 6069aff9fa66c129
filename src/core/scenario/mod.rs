//! Scenarios: a named, ordered list of edits over the loaded bureau (the
//! baseline, which no edit ever changes). Edits name units, officers and
//! areas by id, so a scenario file reads and diffs well and still applies
//! after the bureau's files are re-sorted.

pub mod allocate;
pub mod deal;
pub mod history;
pub mod leave;
pub mod outcome;
pub mod plan;
pub mod propose;
pub mod suggest;

use crate::core::model::Role;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The version of the scenario file format this build writes and reads.
pub const SCHEMA: u32 = 1;

/// One change to try.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Edit {
    /// Move one officer to another unit, from a date (default: the period start).
    MoveOfficer {
        officer: String,
        to: String,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "date"
        )]
        from: Option<NaiveDate>,
        /// Why (filled in by suggestions; free text otherwise).
        #[serde(default, skip_serializing_if = "String::is_empty")]
        reason: String,
    },
    /// Move `count` officers of a role from one unit to another; forceplan
    /// picks whom (see `project::pick`) and says why.
    MoveOfficers {
        role: Role,
        count: u32,
        from_unit: String,
        to: String,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "date"
        )]
        from: Option<NaiveDate>,
    },
    /// New recruits for a unit.
    AddOfficers {
        unit: String,
        role: Role,
        count: u32,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "date"
        )]
        from: Option<NaiveDate>,
    },
    /// An officer leaves (transfer out, retirement), from a date.
    RemoveOfficer {
        officer: String,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "date"
        )]
        from: Option<NaiveDate>,
    },
    SetMinOnDuty {
        unit: String,
        min_on_duty: u32,
    },
    /// Give an area to another community officer of its unit (none: unassigned).
    ReassignArea {
        area: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        officer: Option<String>,
    },
    /// Change a rule's thresholds (or, with rule `standard_weekly_hours`, the standard week in `warn`).
    SetThreshold {
        rule: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        warn: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        alarm: Option<f64>,
    },
    /// Merge the visits that different bodies make on a unit in the same ISO
    /// week into one joint visit (all units when `unit` is absent).
    MergeInspections {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
    },
    /// At most `per_quarter` visits a quarter (the earliest are kept).
    CapInspections {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
        per_quarter: u32,
    },
    /// Cancel a convener's meetings (at one unit, or everywhere).
    CancelMeetings {
        convener: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
    },
    /// Merge a convener's meetings at a unit in the same ISO week into one.
    MergeMeetings {
        convener: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
    },
    /// Plan everyone's remaining leave in a window (see docs/leave.md).
    PlanLeave {
        #[serde(deserialize_with = "date_required")]
        from: NaiveDate,
        #[serde(deserialize_with = "date_required")]
        to: NaiveDate,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min_block: Option<u32>,
        #[serde(default)]
        leaders_cover: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        batch: Option<u32>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        blackout: Vec<NaiveDate>,
    },
    /// An officer's leave set by hand: one block from `start` taking `days`
    /// work days (0: no leave), checked against the floors.
    LeaveBlock {
        officer: String,
        #[serde(deserialize_with = "date_required")]
        start: NaiveDate,
        days: u32,
    },
}

impl Edit {
    /// What no bureau could make sense of: counts of nothing, a batch of no
    /// one, covers or blocks longer than their window. (What depends on the
    /// bureau, ids, dates, staff, is checked when the edit is replayed.)
    pub fn check(&self) -> Result<(), crate::i18n::Message> {
        use crate::msg;
        match self {
            Edit::MoveOfficers { count: 0, .. } => Err(msg!("problem-move-none")),
            Edit::AddOfficers { count: 0, .. } => Err(msg!("problem-add-none")),
            Edit::PlanLeave {
                from,
                to,
                min_block,
                leaders_cover,
                batch,
                ..
            } => {
                let days = (*to - *from).num_days() + 1;
                if days < 1 {
                    return Err(msg!("problem-window-backwards", "from" => *from, "to" => *to));
                }
                if *batch == Some(0) {
                    return Err(msg!("problem-batch-zero"));
                }
                if *leaders_cover as i64 > days {
                    return Err(msg!(
                        "problem-cover-too-long",
                        "days" => days,
                        "cover" => *leaders_cover,
                    ));
                }
                if min_block.is_some_and(|b| b as i64 > days) {
                    return Err(msg!("problem-block-too-long", "days" => days));
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// One line for lists and reports.
    pub fn describe(&self) -> String {
        self.describe_in(crate::i18n::tr(crate::i18n::Lang::En))
    }

    /// The edit in one line, in the language of `tr`: "move P0123 to U09".
    pub fn describe_in(&self, tr: &crate::i18n::Tr) -> String {
        use crate::i18n::Arg;
        let text = |s: &str| Arg::Text(s.to_string());
        let count = |n: u32| Arg::Count(n as f64);
        // " from 2025-03-01", " at U09" / " everywhere": parts of a line.
        let from = |d: &Option<NaiveDate>| {
            d.map(|d| tr.args("edit-from", &[("date", Arg::Text(d.to_string()))]))
                .unwrap_or_default()
        };
        let at = |u: &Option<String>| match u {
            Some(u) => tr.args("edit-at", &[("unit", text(u))]),
            None => tr.t("edit-everywhere"),
        };
        let role = |r: &crate::core::model::Role| text(&tr.t(&format!("role-{}", r.code())));
        match self {
            Edit::MoveOfficer {
                officer,
                to,
                from: f,
                ..
            } => tr.args(
                "edit-move-officer",
                &[
                    ("officer", text(officer)),
                    ("to", text(to)),
                    ("from", Arg::Text(from(f))),
                ],
            ),
            Edit::MoveOfficers {
                role: r,
                count: n,
                from_unit,
                to,
                from: f,
            } => tr.args(
                "edit-move-officers",
                &[
                    ("count", count(*n)),
                    ("role", role(r)),
                    ("unit", text(from_unit)),
                    ("to", text(to)),
                    ("from", Arg::Text(from(f))),
                ],
            ),
            Edit::AddOfficers {
                unit,
                role: r,
                count: n,
                from: f,
            } => tr.args(
                "edit-add-officers",
                &[
                    ("count", count(*n)),
                    ("role", role(r)),
                    ("unit", text(unit)),
                    ("from", Arg::Text(from(f))),
                ],
            ),
            Edit::RemoveOfficer { officer, from: f } => tr.args(
                "edit-remove-officer",
                &[("officer", text(officer)), ("from", Arg::Text(from(f)))],
            ),
            Edit::SetMinOnDuty { unit, min_on_duty } => tr.args(
                "edit-min-on-duty",
                &[("unit", text(unit)), ("min", count(*min_on_duty))],
            ),
            Edit::ReassignArea { area, officer } => match officer {
                Some(o) => tr.args(
                    "edit-area-to",
                    &[("area", text(area)), ("officer", text(o))],
                ),
                None => tr.args("edit-area-unassigned", &[("area", text(area))]),
            },
            Edit::SetThreshold { rule, warn, alarm } => {
                let part = |key: &str, v: &Option<f64>| {
                    v.map(|v| tr.args(key, &[("value", Arg::Text(v.to_string()))]))
                        .unwrap_or_default()
                };
                tr.args(
                    "edit-threshold",
                    &[
                        ("rule", text(rule)),
                        ("warn", Arg::Text(part("edit-threshold-warn", warn))),
                        ("alarm", Arg::Text(part("edit-threshold-alarm", alarm))),
                    ],
                )
            }
            Edit::MergeInspections { unit } => {
                tr.args("edit-merge-inspections", &[("at", Arg::Text(at(unit)))])
            }
            Edit::CapInspections { unit, per_quarter } => tr.args(
                "edit-cap-inspections",
                &[("n", count(*per_quarter)), ("at", Arg::Text(at(unit)))],
            ),
            Edit::CancelMeetings { convener, unit } => tr.args(
                "edit-cancel-meetings",
                &[("convener", text(convener)), ("at", Arg::Text(at(unit)))],
            ),
            Edit::MergeMeetings { convener, unit } => tr.args(
                "edit-merge-meetings",
                &[("convener", text(convener)), ("at", Arg::Text(at(unit)))],
            ),
            Edit::PlanLeave {
                from,
                to,
                leaders_cover,
                ..
            } => tr.args(
                "edit-plan-leave",
                &[
                    ("from", Arg::Text(from.to_string())),
                    ("to", Arg::Text(to.to_string())),
                    ("cover", count(*leaders_cover)),
                ],
            ),
            Edit::LeaveBlock {
                officer, days: 0, ..
            } => tr.args("edit-no-leave", &[("officer", text(officer))]),
            Edit::LeaveBlock {
                officer,
                start,
                days,
            } => tr.args(
                "edit-leave-block",
                &[
                    ("officer", text(officer)),
                    ("start", Arg::Text(start.to_string())),
                    ("days", count(*days)),
                ],
            ),
        }
    }
}

/// A date written either as TOML's own date (`from = 2025-03-01`) or as text
/// (`from = "2025-03-01"`).
fn date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Either {
        Text(String),
        Toml(toml::value::Datetime),
    }
    let text = match Either::deserialize(d)? {
        Either::Text(t) => t,
        Either::Toml(t) => t.to_string(),
    };
    crate::core::period::parse_date(text.trim())
        .map(Some)
        .ok_or_else(|| {
            serde::de::Error::custom(format!("expected a date as YYYY-MM-DD, found {text:?}"))
        })
}

fn date_required<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    date(d)?.ok_or_else(|| serde::de::Error::custom("expected a date"))
}

/// A scenario: what a planner wants to try, in order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub schema: u32,
    pub name: String,
    /// What the scenario is for (free text).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Officers no edit of a suggestion may move.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pinned: Vec<String>,
    #[serde(default, rename = "edit")]
    pub edits: Vec<Edit>,
}

#[derive(Debug, Error, PartialEq)]
pub enum ScenarioFileError {
    // Each says its message (`message` gives it in the reader's language).
    #[error("{}", self.message())]
    Syntax(String),
    #[error("{}", self.message())]
    Newer { found: u32 },
}

impl ScenarioFileError {
    /// What is wrong with the file, in the reader's language (TOML's own
    /// words for a syntax error).
    pub fn message(&self) -> crate::i18n::Message {
        match self {
            ScenarioFileError::Syntax(why) => crate::msg!("scenario-syntax", "why" => why),
            ScenarioFileError::Newer { found } => {
                crate::msg!("scenario-newer", "found" => *found, "schema" => SCHEMA)
            }
        }
    }
}

impl Scenario {
    pub fn new(name: &str) -> Scenario {
        Scenario {
            schema: SCHEMA,
            name: name.to_string(),
            ..Scenario::default()
        }
    }

    /// The scenario as a TOML document (edits as `[[edit]]` tables).
    pub fn to_toml(&self) -> String {
        let body = toml::to_string_pretty(self).unwrap_or_default();
        format!("# forceplan scenario: edits applied in order over the bureau's own data\n{body}")
    }

    pub fn from_toml(text: &str) -> Result<Scenario, ScenarioFileError> {
        let scenario: Scenario = toml::from_str(text)
            .map_err(|e| ScenarioFileError::Syntax(e.to_string().trim().to_string()))?;
        if scenario.schema > SCHEMA {
            return Err(ScenarioFileError::Newer {
                found: scenario.schema,
            });
        }
        Ok(scenario)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scenarios_round_trip_through_readable_toml() {
        let mut s = Scenario::new("Relieve Dongdang");
        s.pinned.push("P0002".into());
        s.edits = vec![
            Edit::MoveOfficer {
                officer: "P0001".into(),
                to: "U09".into(),
                from: Some("2025-03-01".parse().unwrap()),
                reason: "lives in Dongdang".into(),
            },
            Edit::MoveOfficers {
                role: Role::Patrol,
                count: 2,
                from_unit: "U04".into(),
                to: "U09".into(),
                from: None,
            },
            Edit::CapInspections {
                unit: Some("U09".into()),
                per_quarter: 3,
            },
            Edit::SetThreshold {
                rule: "load_ratio".into(),
                warn: Some(1.2),
                alarm: None,
            },
        ];
        let text = s.to_toml();
        assert!(
            text.contains("[[edit]]\nkind = \"move_officer\"\nofficer = \"P0001\""),
            "{text}"
        );
        assert!(text.contains("from = \"2025-03-01\""), "{text}");
        assert_eq!(Scenario::from_toml(&text).unwrap(), s);
        // Written by hand with TOML's own dates, it reads the same.
        let by_hand = text.replace("from = \"2025-03-01\"", "from = 2025-03-01");
        assert_eq!(Scenario::from_toml(&by_hand).unwrap(), s);
    }

    #[test]
    fn unknown_keys_and_newer_schemas_are_refused() {
        let e = Scenario::from_toml(
            "schema = 1\nname = \"x\"\n[[edit]]\nkind = \"move_officer\"\nofficer = \"P1\"\nto = \"U1\"\nwhen = 3\n",
        );
        assert!(matches!(e, Err(ScenarioFileError::Syntax(m)) if m.contains("when")));
        let e = Scenario::from_toml("schema = 9\nname = \"x\"\n");
        assert_eq!(e, Err(ScenarioFileError::Newer { found: 9 }));
        let e = Scenario::from_toml("schema = 1\nname = \"x\"\n[[edit]]\nkind = \"teleport\"\n");
        assert!(e.is_err());
    }
}
