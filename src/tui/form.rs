//! The small form that adds an edit to a scenario: pick the kind of edit,
//! fill its fields, and it is checked (typed, then tried on the bureau)
//! before it joins the scenario.

use crate::core::model::Role;
use crate::core::period::parse_date;
use crate::core::scenario::Edit;

/// The kinds of edit, in the order the form cycles through them.
pub const KINDS: [&str; 12] = [
    "move an officer",
    "move N officers of a role",
    "add new officers",
    "an officer leaves",
    "change min on duty",
    "reassign an area",
    "change a rule's thresholds",
    "merge inspections into joint visits",
    "cap inspections a quarter",
    "cancel a convener's meetings",
    "merge a convener's meetings weekly",
    "plan leave in a window",
];

/// The form's kind for planning leave.
pub const PLAN_LEAVE: usize = 11;

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub label: &'static str,
    pub value: String,
    pub hint: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub kind: usize,
    pub fields: Vec<Field>,
    /// The field being typed in.
    pub focus: usize,
    /// Why the last Enter did not add the edit.
    pub error: Option<String>,
}

fn field(label: &'static str, hint: &'static str) -> Field {
    Field {
        label,
        value: String::new(),
        hint,
    }
}

fn fields(kind: usize) -> Vec<Field> {
    let officer = || field("officer", "officer id, e.g. P0123");
    let unit = |label| field(label, "unit id, e.g. U09");
    let from = || field("from", "YYYY-MM-DD, empty: the period start");
    let all = || field("unit", "unit id, empty: every unit");
    match kind {
        0 => vec![officer(), unit("to unit"), from()],
        1 => vec![
            field("role", "patrol, community, investigator, ..."),
            field("count", "how many"),
            unit("from unit"),
            unit("to unit"),
            from(),
        ],
        2 => vec![
            unit("unit"),
            field("role", "patrol, community, ..."),
            field("count", "how many"),
            from(),
        ],
        3 => vec![officer(), from()],
        4 => vec![
            unit("unit"),
            field("min on duty", "officers on duty every day"),
        ],
        5 => vec![
            field("area", "area id, e.g. A012"),
            field("officer", "officer id of the area's unit, empty: nobody"),
        ],
        6 => vec![
            field("rule", "e.g. load_ratio, or standard_weekly_hours"),
            field("warn", "empty: unchanged"),
            field("alarm", "empty: unchanged"),
        ],
        7 => vec![all()],
        8 => vec![all(), field("per quarter", "visits kept a quarter")],
        9 | 10 => vec![
            field("convener", "as in meetings, e.g. 县公安局党委"),
            all(),
        ],
        PLAN_LEAVE => vec![
            field("from", "first day, YYYY-MM-DD"),
            field("to", "last day, YYYY-MM-DD"),
            field(
                "leaders cover",
                "rest days each leader may cover, empty: none",
            ),
            field(
                "min block",
                "blocks of at least N days, empty: one block each",
            ),
            field("batch", "at most M of a unit away at once, empty: no limit"),
            field(
                "blackout",
                "dates or ranges: 2025-10-01..2025-10-07, 2025-11-11",
            ),
        ],
        _ => Vec::new(),
    }
}

impl Form {
    pub fn new(kind: usize) -> Form {
        Form {
            kind,
            fields: fields(kind),
            focus: 0,
            error: None,
        }
    }

    /// A form of `kind` with its first field filled in (e.g. the officer).
    pub fn prefilled(kind: usize, first: &str) -> Form {
        let mut f = Form::new(kind);
        if let Some(field) = f.fields.first_mut() {
            field.value = first.to_string();
            f.focus = 1.min(f.fields.len() - 1);
        }
        f
    }

    pub fn cycle_kind(&mut self, by: isize) {
        let n = KINDS.len() as isize;
        *self = Form::new((self.kind as isize + by).rem_euclid(n) as usize);
    }

    pub fn focus_by(&mut self, by: isize) {
        let last = self.fields.len().saturating_sub(1) as isize;
        self.focus = (self.focus as isize + by).clamp(0, last) as usize;
    }

    pub fn type_char(&mut self, c: char) {
        if let Some(f) = self.fields.get_mut(self.focus) {
            f.value.push(c);
        }
        self.error = None;
    }

    pub fn backspace(&mut self) {
        if let Some(f) = self.fields.get_mut(self.focus) {
            f.value.pop();
        }
    }

    fn value(&self, i: usize) -> &str {
        self.fields[i].value.trim()
    }

    fn required(&self, i: usize) -> Result<String, String> {
        let v = self.value(i);
        if v.is_empty() {
            Err(format!("{}: needed", self.fields[i].label))
        } else {
            Ok(v.to_string())
        }
    }

    fn optional(&self, i: usize) -> Option<String> {
        let v = self.value(i);
        (!v.is_empty()).then(|| v.to_string())
    }

    fn date(&self, i: usize) -> Result<Option<chrono::NaiveDate>, String> {
        match self.value(i) {
            "" => Ok(None),
            v => parse_date(v)
                .map(Some)
                .ok_or_else(|| format!("{}: expected YYYY-MM-DD", self.fields[i].label)),
        }
    }

    /// Dates and `from..to` ranges, separated by commas.
    fn dates(&self, i: usize) -> Result<Vec<chrono::NaiveDate>, String> {
        let bad = |part: &str| {
            format!(
                "{}: {part:?} is not YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD",
                self.fields[i].label
            )
        };
        let mut out = Vec::new();
        for part in self
            .value(i)
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let (a, b) = match part.split_once("..") {
                Some((a, b)) => (parse_date(a.trim()), parse_date(b.trim())),
                None => (parse_date(part), parse_date(part)),
            };
            let range = a
                .zip(b)
                .and_then(|(a, b)| crate::core::period::Period::new(a, b))
                .ok_or_else(|| bad(part))?;
            out.extend((0..range.days()).map(|k| range.date(k)));
        }
        Ok(out)
    }

    fn count(&self, i: usize) -> Result<u32, String> {
        self.value(i)
            .parse()
            .map_err(|_| format!("{}: expected a whole number", self.fields[i].label))
    }

    fn number(&self, i: usize) -> Result<Option<f64>, String> {
        match self.value(i) {
            "" => Ok(None),
            v => v
                .parse::<f64>()
                .ok()
                .filter(|x| x.is_finite() && *x >= 0.0)
                .map(Some)
                .ok_or_else(|| {
                    format!(
                        "{}: expected a number of 0 or more, found {v}",
                        self.fields[i].label
                    )
                }),
        }
    }

    fn role(&self, i: usize) -> Result<Role, String> {
        Role::parse(self.value(i))
            .ok_or_else(|| format!("role: one of {}", Role::codes().join(", ")))
    }

    /// The edit the form describes, or what is wrong with it.
    pub fn edit(&self) -> Result<Edit, String> {
        Ok(match self.kind {
            0 => Edit::MoveOfficer {
                officer: self.required(0)?,
                to: self.required(1)?,
                from: self.date(2)?,
                reason: String::new(),
            },
            1 => Edit::MoveOfficers {
                role: self.role(0)?,
                count: self.count(1)?,
                from_unit: self.required(2)?,
                to: self.required(3)?,
                from: self.date(4)?,
            },
            2 => Edit::AddOfficers {
                unit: self.required(0)?,
                role: self.role(1)?,
                count: self.count(2)?,
                from: self.date(3)?,
            },
            3 => Edit::RemoveOfficer {
                officer: self.required(0)?,
                from: self.date(1)?,
            },
            4 => Edit::SetMinOnDuty {
                unit: self.required(0)?,
                min_on_duty: self.count(1)?,
            },
            5 => Edit::ReassignArea {
                area: self.required(0)?,
                officer: self.optional(1),
            },
            6 => Edit::SetThreshold {
                rule: self.required(0)?,
                warn: self.number(1)?,
                alarm: self.number(2)?,
            },
            7 => Edit::MergeInspections {
                unit: self.optional(0),
            },
            8 => Edit::CapInspections {
                unit: self.optional(0),
                per_quarter: self.count(1)?,
            },
            9 => Edit::CancelMeetings {
                convener: self.required(0)?,
                unit: self.optional(1),
            },
            10 => Edit::MergeMeetings {
                convener: self.required(0)?,
                unit: self.optional(1),
            },
            _ => Edit::PlanLeave {
                from: self.date(0)?.ok_or("from: needed")?,
                to: self.date(1)?.ok_or("to: needed")?,
                leaders_cover: if self.value(2).is_empty() {
                    0
                } else {
                    self.count(2)?
                },
                min_block: if self.value(3).is_empty() {
                    None
                } else {
                    Some(self.count(3)?)
                },
                batch: if self.value(4).is_empty() {
                    None
                } else {
                    Some(self.count(4)?)
                },
                blackout: self.dates(5)?,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filled_form_is_an_edit_and_a_broken_one_says_why() {
        let mut f = Form::prefilled(0, "P0001");
        for c in "U09".chars() {
            f.type_char(c);
        }
        assert_eq!(
            f.edit(),
            Ok(Edit::MoveOfficer {
                officer: "P0001".into(),
                to: "U09".into(),
                from: None,
                reason: String::new()
            })
        );
        f.focus_by(1);
        for c in "2025-13-01".chars() {
            f.type_char(c);
        }
        assert_eq!(f.edit(), Err("from: expected YYYY-MM-DD".into()));
        let mut f = Form::new(1);
        f.type_char('x');
        assert!(f.edit().unwrap_err().starts_with("role: one of leader"));
        let mut f = Form::new(0);
        f.cycle_kind(-1);
        assert_eq!(f.kind, KINDS.len() - 1);
        assert_eq!(
            Form::new(7).edit(),
            Ok(Edit::MergeInspections { unit: None })
        );
    }
}
