//! The names a bureau's own rosters give their shifts (白班, 夜班, 值班, 休,
//! 年休, 调休, 病假, 学习...), and the contract's code and usual hours each
//! stands for. A roster's shift cell may hold a contract code or one of
//! these names, with its hours after it ("白班8", "夜12").
//!
//! Decisions (docs/data-format.md, "Chinese shift names"):
//! - 备勤 (held at the post, on standby) is duty: a day shift of 8 h.
//! - 出差 (away on duty) is work off post: as training, 8 h, not counted on
//!   duty at the unit.
//! - 事假, 探亲假, 婚假, 产假, 丧假 (leave of the officer's own, not annual
//!   leave) are SICK: the contract's day away on one's own account that is
//!   neither annual leave nor comp. They stay with the officer when a
//!   roster is dealt again, and do not count as annual leave taken.

use crate::core::model::Shift;
use crate::i18n::{Arg, Message};
use crate::msg;
use serde::Deserialize;

/// A shift name: the contract's code and the hours it usually takes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Named {
    pub name: &'static str,
    pub shift: Shift,
    pub hours: f64,
}

const fn n(name: &'static str, shift: Shift, hours: f64) -> Named {
    Named { name, shift, hours }
}

/// The built-in dictionary.
pub const BUILT_IN: &[Named] = &[
    n("白班", Shift::Day, 8.0),
    n("白", Shift::Day, 8.0),
    n("日班", Shift::Day, 8.0),
    n("正常班", Shift::Day, 8.0),
    n("备勤", Shift::Day, 8.0),
    n("备", Shift::Day, 8.0),
    n("夜班", Shift::Night, 12.0),
    n("夜", Shift::Night, 12.0),
    n("值班", Shift::Duty24, 24.0),
    n("值", Shift::Duty24, 24.0),
    n("24小时", Shift::Duty24, 24.0),
    n("24小时值班", Shift::Duty24, 24.0),
    n("休", Shift::Off, 0.0),
    n("休息", Shift::Off, 0.0),
    n("年休", Shift::Leave, 0.0),
    n("年休假", Shift::Leave, 0.0),
    n("年假", Shift::Leave, 0.0),
    n("调休", Shift::Comp, 0.0),
    n("补休", Shift::Comp, 0.0),
    n("倒休", Shift::Comp, 0.0),
    n("病假", Shift::Sick, 0.0),
    n("病", Shift::Sick, 0.0),
    n("事假", Shift::Sick, 0.0),
    n("探亲假", Shift::Sick, 0.0),
    n("婚假", Shift::Sick, 0.0),
    n("产假", Shift::Sick, 0.0),
    n("丧假", Shift::Sick, 0.0),
    n("学习", Shift::Train, 8.0),
    n("培训", Shift::Train, 8.0),
    n("出差", Shift::Train, 8.0),
];

/// The shift names a bureau's rosters use: the built-in ones, with a
/// bureau's own `shifts.toml` adding names or giving one another meaning.
#[derive(Debug, Clone, PartialEq)]
pub struct Dictionary {
    entries: Vec<(String, Shift, f64)>,
}

impl Default for Dictionary {
    fn default() -> Self {
        Dictionary {
            entries: BUILT_IN
                .iter()
                .map(|n| (n.name.to_string(), n.shift, n.hours))
                .collect(),
        }
    }
}

/// A bureau's `shifts.toml`: `[[shift]]` tables of name, code and hours.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    shift: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    name: String,
    code: String,
    hours: f64,
}

impl Dictionary {
    /// The built-in names with a bureau's `shifts.toml` over them; every
    /// entry that cannot be meant is refused, with its name.
    pub fn with_file(text: &str) -> Result<Dictionary, Vec<Message>> {
        let file: File = toml::from_str(text)
            .map_err(|e| vec![msg!("shifts-syntax", "why" => e.message().to_string())])?;
        let mut dict = Dictionary::default();
        let mut errors = Vec::new();
        for e in file.shift {
            let name = e.name.trim().to_string();
            let Some(shift) = Shift::parse(e.code.trim()) else {
                errors.push(msg!(
                    "shifts-code",
                    "name" => &name,
                    "code" => &e.code,
                    "codes" => crate::i18n::Arg::texts(Shift::codes()),
                ));
                continue;
            };
            let why = if name.is_empty() {
                Some(msg!("shifts-no-name"))
            } else if name.chars().any(|c| c.is_ascii_digit()) {
                Some(msg!("shifts-digits", "name" => &name))
            } else if !(e.hours.is_finite() && (0.0..=24.0).contains(&e.hours)) {
                Some(msg!("shifts-hours", "name" => &name, "found" => e.hours.to_string()))
            } else if shift.is_rest() != (e.hours == 0.0) {
                let key = if shift.is_rest() {
                    "shifts-rest"
                } else {
                    "shifts-not-rest"
                };
                Some(Message::new(
                    key,
                    vec![
                        ("name", Arg::Text(name.clone())),
                        ("shift", Arg::Text(shift.code().to_string())),
                    ],
                ))
            } else {
                None
            };
            if let Some(why) = why {
                errors.push(why);
                continue;
            }
            match dict.entries.iter_mut().find(|(n, _, _)| *n == name) {
                Some(entry) => *entry = (name, shift, e.hours),
                None => dict.entries.push((name, shift, e.hours)),
            }
        }
        if errors.is_empty() {
            Ok(dict)
        } else {
            Err(errors)
        }
    }

    fn find(&self, name: &str) -> Option<(Shift, f64)> {
        self.entries
            .iter()
            .find(|(n, _, _)| n == name)
            .map(|(_, s, h)| (*s, *h))
    }

    fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(n, _, _)| n.as_str())
    }
}

/// The hours a contract code usually takes, as its Chinese name does
/// (DAY 8, NIGHT 12, DUTY24 24, TRAIN 8, rest 0): a wide roster's cell
/// holding a code alone takes them.
pub fn usual_hours(shift: Shift) -> f64 {
    match shift {
        Shift::Day | Shift::Train => 8.0,
        Shift::Night => 12.0,
        Shift::Duty24 => 24.0,
        _ => 0.0,
    }
}

/// A shift cell read: the code, and the hours the cell itself gives
/// ("白班8": 8) or the name's usual hours (`None` for a contract code,
/// whose hours are the hours column's).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell {
    pub shift: Shift,
    pub hours: Option<f64>,
    /// The hours were written in the cell.
    pub hours_given: bool,
}

/// Reads a shift cell: a contract code (as the contract spells it), or a name of the
/// dictionary with or without hours after it. An unknown name is refused
/// with the nearest known ones.
pub fn read(text: &str, dict: &Dictionary) -> Result<Cell, Message> {
    let text = text.trim();
    if let Some(shift) = Shift::parse(text) {
        return Ok(Cell {
            shift,
            hours: None,
            hours_given: false,
        });
    }
    if let Some((shift, hours)) = dict.find(text) {
        return Ok(Cell {
            shift,
            hours: Some(hours),
            hours_given: false,
        });
    }
    // Hours written after the name: "白班8", "夜 12", "值班24.0"; after a
    // code, past a space ("DUTY24 12", "DAY 10").
    let split = match text.split_once(char::is_whitespace) {
        Some((code, _)) if Shift::parse(code).is_some() => code.len(),
        _ => text
            .char_indices()
            .find(|(_, c)| c.is_ascii_digit())
            .map(|(i, _)| i)
            .unwrap_or(text.len()),
    };
    let (name, number) = (text[..split].trim(), text[split..].trim());
    let given = if number.is_empty() {
        None
    } else {
        let h = number
            .trim_end_matches(['h', 'H', '时'])
            .trim_end_matches('小')
            .parse::<f64>()
            .ok()
            .filter(|h| h.is_finite() && *h > 0.0 && *h <= 24.0)
            .ok_or_else(|| msg!("shifts-cell-hours", "name" => name, "found" => number))?;
        Some(h)
    };
    // A contract code with its hours: "DAY8", "NIGHT 12", "DUTY24 12".
    if let (Some(shift), Some(h)) = (Shift::parse(name), given) {
        return Ok(Cell {
            shift,
            hours: Some(h),
            hours_given: true,
        });
    }
    match dict.find(name) {
        Some((shift, hours)) => Ok(Cell {
            shift,
            hours: Some(given.unwrap_or(hours)),
            hours_given: given.is_some(),
        }),
        None => Err(msg!(
            "shifts-cell",
            "codes" => crate::i18n::Arg::texts(Shift::codes()),
            "names" => nearest(name, dict),
            "near" => crate::core::rules::suggestion(name, dict.names()),
        )),
    }
}

/// The known names nearest to `name` (by shared characters), at most five.
fn nearest(name: &str, dict: &Dictionary) -> crate::i18n::Arg {
    let mut scored: Vec<(usize, &str)> = dict
        .names()
        .map(|n| (n.chars().filter(|c| name.contains(*c)).count(), n))
        .filter(|(score, _)| *score > 0)
        .collect();
    scored.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
    let mut names: Vec<&str> = scored.into_iter().map(|(_, n)| n).take(5).collect();
    if names.is_empty() {
        names = vec!["白班", "夜班", "值班", "休", "年休", "调休", "病假", "学习"];
    }
    crate::i18n::Arg::texts(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_codes_and_hours_in_the_cell() {
        let dict = Dictionary::default();
        let cell = |t| read(t, &dict).unwrap();
        assert_eq!(cell("白班").shift, Shift::Day);
        assert_eq!(cell("白班").hours, Some(8.0));
        assert_eq!(cell("夜12").hours, Some(12.0));
        assert!(cell("夜12").hours_given);
        assert_eq!(cell("值班").shift, Shift::Duty24);
        assert_eq!(cell(" 24小时 ").hours, Some(24.0));
        assert_eq!(cell("年休假").shift, Shift::Leave);
        assert_eq!(cell("补休").shift, Shift::Comp);
        assert_eq!(cell("婚假").shift, Shift::Sick);
        assert_eq!(cell("DAY").shift, Shift::Day);
        assert_eq!(cell("DUTY24").hours, None);
        assert_eq!(cell("白班7.5").hours, Some(7.5));
    }

    #[test]
    fn unknown_names_are_refused_with_the_nearest() {
        let dict = Dictionary::default();
        let why = read("夜勤", &dict).unwrap_err().to_string();
        assert!(why.contains("夜班"), "{why}");
        assert!(
            read("白班30", &dict)
                .unwrap_err()
                .to_string()
                .contains("0 to 24")
        );
    }

    #[test]
    fn a_bureaus_file_adds_and_overrides_names_and_refuses_what_cannot_be_meant() {
        let dict = Dictionary::with_file(
            "[[shift]]\nname = \"早班\"\ncode = \"DAY\"\nhours = 7.5\n\n[[shift]]\nname = \"夜班\"\ncode = \"NIGHT\"\nhours = 10\n",
        )
        .unwrap();
        assert_eq!(read("早班", &dict).unwrap().hours, Some(7.5));
        assert_eq!(read("夜班", &dict).unwrap().hours, Some(10.0));
        assert_eq!(read("白班", &dict).unwrap().shift, Shift::Day);
        let errors = Dictionary::with_file(
            "[[shift]]\nname = \"早2\"\ncode = \"DAY\"\nhours = 8\n\n[[shift]]\nname = \"歇\"\ncode = \"OFF\"\nhours = 8\n\n[[shift]]\nname = \"x\"\ncode = \"MORNING\"\nhours = 8\n",
        )
        .unwrap_err();
        assert_eq!(errors.len(), 3, "{errors:?}");
        let errors: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert!(errors[0].contains("without digits"));
        assert!(errors[1].contains("takes 0 hours"));
        assert!(errors[2].contains("expected one of DAY"));
    }
}
