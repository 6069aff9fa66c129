//! Undo and redo without limit. Every change to a scenario keeps the one
//! before it; moving around the screens is not a change (that is "back").

use crate::core::scenario::Scenario;

#[derive(Debug, Clone, Default)]
pub struct History {
    past: Vec<Scenario>,
    future: Vec<Scenario>,
}

impl History {
    /// Records that `before` was changed (a new change forgets what was undone).
    pub fn changed(&mut self, before: Scenario) {
        self.past.push(before);
        self.future.clear();
    }

    /// The scenario before the last change, given the current one.
    pub fn undo(&mut self, current: &Scenario) -> Option<Scenario> {
        let previous = self.past.pop()?;
        self.future.push(current.clone());
        Some(previous)
    }

    pub fn redo(&mut self, current: &Scenario) -> Option<Scenario> {
        let next = self.future.pop()?;
        self.past.push(current.clone());
        Some(next)
    }

    /// The scenario was renamed: the name is the document's, not a change
    /// to undo, so every version kept takes it.
    pub fn renamed(&mut self, name: &str) {
        for s in self.past.iter_mut().chain(&mut self.future) {
            s.name = name.to_string();
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scenario::Edit;

    #[test]
    fn undo_redo_and_a_new_change_forgets_the_redo() {
        let mut h = History::default();
        let mut s = Scenario::new("a");
        for unit in ["U1", "U2", "U3"] {
            h.changed(s.clone());
            s.edits.push(Edit::SetMinOnDuty {
                unit: unit.into(),
                min_on_duty: 1,
            });
        }
        s = h.undo(&s).unwrap();
        s = h.undo(&s).unwrap();
        assert_eq!(s.edits.len(), 1);
        s = h.redo(&s).unwrap();
        assert_eq!(s.edits.len(), 2);
        h.changed(s.clone());
        s.edits.clear();
        assert!(!h.can_redo());
        while let Some(prev) = h.undo(&s) {
            s = prev;
        }
        assert_eq!(s, Scenario::new("a"));
    }
}
