//! The small form that adds an edit to a scenario: pick the kind of edit,
//! fill its fields, and it is checked (typed, then tried on the bureau)
//! before it joins the scenario.

use crate::core::model::Role;
use crate::core::period::parse_date;
use crate::core::scenario::Edit;
use crate::i18n::{Arg, Tr};

/// The kinds of edit, in the order the form cycles through them; each
/// named in the catalogue as `form-kind-<id>`.
pub const KINDS: [&str; 12] = [
    "move-officer",
    "move-officers",
    "add-officers",
    "remove-officer",
    "min-on-duty",
    "reassign-area",
    "threshold",
    "merge-inspections",
    "cap-inspections",
    "cancel-meetings",
    "merge-meetings",
    "plan-leave",
];

/// The form's kind for planning leave.
pub const PLAN_LEAVE: usize = 11;

/// A field of the form: its name is `field-<id>` in the catalogue, the
/// hint under it `hint-field-<hint>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub id: &'static str,
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

fn field(id: &'static str, hint: &'static str) -> Field {
    Field {
        id,
        value: String::new(),
        hint,
    }
}

fn fields(kind: usize) -> Vec<Field> {
    let officer = || field("officer", "officer");
    let unit = |id| field(id, "unit");
    let from = || field("from", "from");
    let all = || field("unit", "any-unit");
    match kind {
        0 => vec![officer(), unit("to-unit"), from()],
        1 => vec![
            field("role", "role"),
            field("count", "count"),
            unit("from-unit"),
            unit("to-unit"),
            from(),
        ],
        2 => vec![
            unit("unit"),
            field("role", "role"),
            field("count", "count"),
            from(),
        ],
        3 => vec![officer(), from()],
        4 => vec![unit("unit"), field("min-on-duty", "min-on-duty")],
        5 => vec![field("area", "area"), field("officer", "area-officer")],
        6 => vec![
            field("rule", "rule"),
            field("warn", "unchanged"),
            field("alarm", "unchanged"),
        ],
        7 => vec![all()],
        8 => vec![all(), field("per-quarter", "per-quarter")],
        9 | 10 => vec![field("convener", "convener"), all()],
        PLAN_LEAVE => vec![
            field("from", "first-day"),
            field("to", "last-day"),
            field("leaders-cover", "leaders-cover"),
            field("min-block", "min-block"),
            field("batch", "batch"),
            field("blackout", "blackout"),
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

    /// The field's name, in the reader's language.
    fn label(&self, i: usize, tr: &Tr) -> String {
        tr.t(&format!("field-{}", self.fields[i].id))
    }

    /// "field: what is wrong".
    fn wrong(&self, i: usize, tr: &Tr, key: &str, args: &[(&str, Arg)]) -> String {
        let mut all = vec![("field", Arg::Text(self.label(i, tr)))];
        all.extend(args.iter().cloned());
        tr.args(key, &all)
    }

    fn required(&self, i: usize, tr: &Tr) -> Result<String, String> {
        let v = self.value(i);
        if v.is_empty() {
            Err(self.wrong(i, tr, "form-needed", &[]))
        } else {
            Ok(v.to_string())
        }
    }

    fn optional(&self, i: usize) -> Option<String> {
        let v = self.value(i);
        (!v.is_empty()).then(|| v.to_string())
    }

    fn date(&self, i: usize, tr: &Tr) -> Result<Option<chrono::NaiveDate>, String> {
        match self.value(i) {
            "" => Ok(None),
            v => parse_date(v)
                .map(Some)
                .ok_or_else(|| self.wrong(i, tr, "form-expected-date", &[])),
        }
    }

    /// Dates and `from..to` ranges, separated by commas.
    fn dates(&self, i: usize, tr: &Tr) -> Result<Vec<chrono::NaiveDate>, String> {
        let bad = |part: &str| self.wrong(i, tr, "form-expected-dates", &[("value", part.into())]);
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

    fn count(&self, i: usize, tr: &Tr) -> Result<u32, String> {
        self.value(i)
            .parse()
            .map_err(|_| self.wrong(i, tr, "form-expected-count", &[]))
    }

    fn number(&self, i: usize, tr: &Tr) -> Result<Option<f64>, String> {
        match self.value(i) {
            "" => Ok(None),
            v => v
                .parse::<f64>()
                .ok()
                .filter(|x| x.is_finite() && *x >= 0.0)
                .map(Some)
                .ok_or_else(|| self.wrong(i, tr, "form-expected-number", &[("value", v.into())])),
        }
    }

    fn role(&self, i: usize, tr: &Tr) -> Result<Role, String> {
        Role::parse(self.value(i)).ok_or_else(|| {
            let names: Vec<String> = Role::codes()
                .iter()
                .map(|code| match tr.lang() {
                    crate::i18n::Lang::En => code.to_string(),
                    _ => format!("{code}（{}）", tr.t(&format!("role-{code}"))),
                })
                .collect();
            self.wrong(
                i,
                tr,
                "form-expected-role",
                &[("roles", crate::i18n::Arg::texts(names))],
            )
        })
    }

    /// The edit the form describes, or what is wrong with it (in the
    /// language of `tr`).
    pub fn edit(&self, tr: &Tr) -> Result<Edit, String> {
        Ok(match self.kind {
            0 => Edit::MoveOfficer {
                officer: self.required(0, tr)?,
                to: self.required(1, tr)?,
                from: self.date(2, tr)?,
                reason: String::new(),
            },
            1 => Edit::MoveOfficers {
                role: self.role(0, tr)?,
                count: self.count(1, tr)?,
                from_unit: self.required(2, tr)?,
                to: self.required(3, tr)?,
                from: self.date(4, tr)?,
            },
            2 => Edit::AddOfficers {
                unit: self.required(0, tr)?,
                role: self.role(1, tr)?,
                count: self.count(2, tr)?,
                from: self.date(3, tr)?,
            },
            3 => Edit::RemoveOfficer {
                officer: self.required(0, tr)?,
                from: self.date(1, tr)?,
            },
            4 => Edit::SetMinOnDuty {
                unit: self.required(0, tr)?,
                min_on_duty: self.count(1, tr)?,
            },
            5 => Edit::ReassignArea {
                area: self.required(0, tr)?,
                officer: self.optional(1),
            },
            6 => Edit::SetThreshold {
                rule: self.required(0, tr)?,
                warn: self.number(1, tr)?,
                alarm: self.number(2, tr)?,
            },
            7 => Edit::MergeInspections {
                unit: self.optional(0),
            },
            8 => Edit::CapInspections {
                unit: self.optional(0),
                per_quarter: self.count(1, tr)?,
            },
            9 => Edit::CancelMeetings {
                convener: self.required(0, tr)?,
                unit: self.optional(1),
            },
            10 => Edit::MergeMeetings {
                convener: self.required(0, tr)?,
                unit: self.optional(1),
            },
            _ => Edit::PlanLeave {
                from: self
                    .date(0, tr)?
                    .ok_or_else(|| self.wrong(0, tr, "form-needed", &[]))?,
                to: self
                    .date(1, tr)?
                    .ok_or_else(|| self.wrong(1, tr, "form-needed", &[]))?,
                leaders_cover: if self.value(2).is_empty() {
                    0
                } else {
                    self.count(2, tr)?
                },
                min_block: if self.value(3).is_empty() {
                    None
                } else {
                    Some(self.count(3, tr)?)
                },
                batch: if self.value(4).is_empty() {
                    None
                } else {
                    Some(self.count(4, tr)?)
                },
                blackout: self.dates(5, tr)?,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filled_form_is_an_edit_and_a_broken_one_says_why() {
        let en = crate::i18n::tr(crate::i18n::Lang::En);
        let zh = crate::i18n::tr(crate::i18n::Lang::Zh);
        let mut f = Form::prefilled(0, "P0001");
        for c in "U09".chars() {
            f.type_char(c);
        }
        assert_eq!(
            f.edit(en),
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
        assert_eq!(f.edit(en), Err("from: expected YYYY-MM-DD".into()));
        assert_eq!(
            f.edit(zh),
            Err("起始日期：应为 YYYY-MM-DD 格式的日期".into())
        );
        let mut f = Form::new(1);
        f.type_char('x');
        assert!(f.edit(en).unwrap_err().starts_with("role: one of leader"));
        let mut f = Form::new(0);
        f.cycle_kind(-1);
        assert_eq!(f.kind, KINDS.len() - 1);
        assert_eq!(
            Form::new(7).edit(en),
            Ok(Edit::MergeInspections { unit: None })
        );
    }
}
