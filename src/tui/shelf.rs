//! The scenarios of a bureau as the planner keeps them: each is a named
//! document, saved under its name, with unsaved work kept as a draft of its
//! own (autosaved after every change), so that switching scenarios, a crash
//! or a quit never loses an edit and a save never writes over another
//! scenario. This is the bookkeeping only; the runtime reads and writes the
//! files (`tui::storage`).

use crate::core::scenario::Scenario;
use crate::i18n::{Arg, Tr};

/// How the bureau's scenarios were found at start.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shelf {
    /// Saved scenarios, as last read or written, by name.
    pub saved: Vec<Scenario>,
    /// Unsaved work (drafts), by name: of scenarios never saved, or that
    /// differ from their saved version.
    pub drafts: Vec<Scenario>,
    /// The draft a planner that stopped without quitting was working on,
    /// offered for recovery at start.
    pub crashed: Option<String>,
    /// Why this planner may not write the bureau's scenarios (they are open
    /// in another planner), if so.
    pub read_only: Option<String>,
}

/// Where a scenario stands against what is on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Never saved, and nothing in it yet.
    Empty,
    /// Saved, and the same as saved.
    Saved,
    /// Changed since saved, or never saved: kept as a draft.
    Unsaved,
}

/// The default name of the `n`th new scenario, in the reader's language.
fn default_name(n: usize, tr: &Tr) -> String {
    tr.args("scenario-default-name", &[("n", Arg::Count(n as f64))])
}

impl Shelf {
    fn find<'a>(list: &'a [Scenario], name: &str) -> Option<&'a Scenario> {
        list.iter().find(|s| s.name == name)
    }

    fn put(list: &mut Vec<Scenario>, scenario: Scenario) {
        match list.iter_mut().find(|s| s.name == scenario.name) {
            Some(old) => *old = scenario,
            None => {
                list.push(scenario);
                list.sort_by(|a, b| a.name.cmp(&b.name));
            }
        }
    }

    /// Every scenario, each as its latest version (its draft if it has one),
    /// by name.
    pub fn all(&self) -> Vec<Scenario> {
        let mut all: Vec<Scenario> = self.drafts.clone();
        all.extend(
            self.saved
                .iter()
                .filter(|s| Self::find(&self.drafts, &s.name).is_none())
                .cloned(),
        );
        all.sort_by(|a, b| a.name.cmp(&b.name));
        all
    }

    /// Whether `name` is taken by a saved scenario or a draft.
    pub fn taken(&self, name: &str) -> bool {
        Self::find(&self.saved, name).is_some() || Self::find(&self.drafts, name).is_some()
    }

    /// A name for a new scenario that no scenario has: "scenario N", the
    /// first N free (nor `open`, the scenario open now).
    pub fn free_name(&self, open: &str, tr: &Tr) -> String {
        (1..)
            .map(|n| default_name(n, tr))
            .find(|n| n != open && !self.taken(n))
            .expect("a free name")
    }

    /// Where `s` stands against its saved version.
    pub fn state(&self, s: &Scenario) -> State {
        match Self::find(&self.saved, &s.name) {
            Some(saved) if saved == s => State::Saved,
            Some(_) => State::Unsaved,
            None if s.edits.is_empty() && s.pinned.is_empty() && s.note.is_empty() => State::Empty,
            None => State::Unsaved,
        }
    }

    /// Keeps `s` as it is now, when it is put away (another opened): as a
    /// draft when it has unsaved work, and no draft otherwise.
    pub fn put_away(&mut self, s: Scenario) {
        if self.state(&s) == State::Unsaved {
            Self::put(&mut self.drafts, s);
        } else {
            self.drafts.retain(|d| d.name != s.name);
        }
    }

    /// Takes the scenario called `name` to open: its draft if it has one
    /// (the latest work), else its saved version.
    pub fn take(&mut self, name: &str) -> Option<Scenario> {
        if let Some(i) = self.drafts.iter().position(|d| d.name == name) {
            return Some(self.drafts.remove(i));
        }
        Self::find(&self.saved, name).cloned()
    }

    /// Every scenario's name, saved or draft, in order (and `open`'s).
    pub fn names(&self, open: &str) -> Vec<String> {
        let mut names: Vec<String> = self
            .saved
            .iter()
            .chain(&self.drafts)
            .map(|s| s.name.clone())
            .chain([open.to_string()])
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// The scenario after `open` in name order, wrapping; none when there is
    /// no other.
    pub fn next_after(&self, open: &str) -> Option<String> {
        let names = self.names(open);
        let at = names.iter().position(|n| n == open)?;
        let next = &names[(at + 1) % names.len()];
        (next != open).then(|| next.clone())
    }

    /// Records a save of `s` (it is no longer a draft).
    pub fn saved(&mut self, s: Scenario) {
        self.drafts.retain(|d| d.name != s.name);
        Self::put(&mut self.saved, s);
    }

    /// Records a rename of the saved scenario `from` (if it was saved) to
    /// `s`'s name.
    pub fn renamed(&mut self, from: &str, s: Scenario) {
        self.saved.retain(|x| x.name != from);
        self.drafts.retain(|x| x.name != from);
        self.saved(s);
    }

    /// Whether a name may be given to a scenario: not empty, not too long,
    /// and a file name can be made of it.
    pub fn check_name(name: &str, tr: &Tr) -> Result<(), String> {
        let name = name.trim();
        if name.is_empty() {
            return Err(tr.t("name-empty"));
        }
        if name.chars().count() > 60 {
            return Err(tr.t("name-too-long"));
        }
        if name.chars().any(|c| c.is_control()) {
            return Err(tr.t("name-control"));
        }
        Ok(())
    }
}

/// The file name a scenario is kept under: its name with every character
/// that is not a letter, a digit or '-' as '_' (two names may share one: the
/// runtime reads the name inside before it writes, and refuses to write over
/// another scenario).
pub fn file_stem(name: &str) -> String {
    name.trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scenario::Edit;

    fn with_edit(name: &str) -> Scenario {
        let mut s = Scenario::new(name);
        s.edits.push(Edit::MergeInspections { unit: None });
        s
    }

    #[test]
    fn a_new_name_collides_with_nothing_saved_drafted_or_open() {
        let shelf = Shelf {
            saved: vec![Scenario::new("scenario 1")],
            drafts: vec![with_edit("scenario 3")],
            ..Shelf::default()
        };
        let en = crate::i18n::tr(crate::i18n::Lang::En);
        assert_eq!(shelf.free_name("scenario 2", en), "scenario 4");
        assert_eq!(shelf.free_name("other", en), "scenario 2");
        let zh = crate::i18n::tr(crate::i18n::Lang::Zh);
        assert_eq!(shelf.free_name("other", zh), "方案 1");
    }

    #[test]
    fn put_away_keeps_unsaved_work_as_a_draft_and_take_gives_it_back() {
        let mut shelf = Shelf {
            saved: vec![Scenario::new("a")],
            ..Shelf::default()
        };
        // The same as saved: no draft.
        shelf.put_away(Scenario::new("a"));
        assert!(shelf.drafts.is_empty());
        // Changed since saved: a draft, which `take` prefers.
        shelf.put_away(with_edit("a"));
        assert_eq!(shelf.state(&with_edit("a")), State::Unsaved);
        assert_eq!(shelf.take("a"), Some(with_edit("a")));
        assert!(shelf.drafts.is_empty());
        assert_eq!(shelf.take("a"), Some(Scenario::new("a")));
        // Empty and never saved: nothing to keep.
        shelf.put_away(Scenario::new("b"));
        assert!(!shelf.taken("b"));
    }

    #[test]
    fn next_after_cycles_through_every_scenario_by_name() {
        let shelf = Shelf {
            saved: vec![Scenario::new("b"), Scenario::new("d")],
            drafts: vec![with_edit("c")],
            ..Shelf::default()
        };
        assert_eq!(shelf.next_after("a").as_deref(), Some("b"));
        assert_eq!(shelf.next_after("c").as_deref(), Some("d"));
        assert_eq!(shelf.next_after("d").as_deref(), Some("b"));
        assert_eq!(Shelf::default().next_after("a"), None);
    }

    #[test]
    fn names_are_checked_and_made_into_file_names() {
        let tr = crate::i18n::tr(crate::i18n::Lang::Zh);
        assert_eq!(Shelf::check_name("  ", tr), Err("方案需要一个名称".into()));
        assert!(Shelf::check_name(&"x".repeat(61), tr).is_err());
        assert!(Shelf::check_name("第一方案 10月", tr).is_ok());
        assert_eq!(file_stem("第一方案 10/月"), "第一方案_10_月");
    }
}
