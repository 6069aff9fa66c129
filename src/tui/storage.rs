//! Where the planner keeps a bureau's scenarios, and the only code of the
//! planner that reads or writes them: `<data>/forceplan/scenarios/<bureau>/`,
//! `<data>` being FORCEPLAN_DATA_DIR, else XDG_DATA_HOME, else
//! ~/.local/share; never inside the bureau's own folder, which is input.
//!
//! In that folder: `<name>.toml` for each saved scenario, `.drafts/` for the
//! unsaved work of each scenario (written after every change), `exports/`,
//! and `.lock`, the process id of the planner that has the scenarios open.
//! A second planner on the bureau finds the lock held by a live process and
//! opens the scenarios read-only; a lock whose process is gone was left by a
//! planner that stopped without quitting, whose draft is offered back.

use crate::core::scenario::Scenario;
use crate::i18n::{Arg, Tr};
use crate::store::write::alive;
use crate::tui::Source;
use crate::tui::scenario::Effect;
use crate::tui::screens::Model;
use crate::tui::shelf::{Shelf, file_stem};
use std::collections::HashMap;
use std::fs;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

/// What became of an effect, for the planner.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// Done; what to tell the planner, if anything.
    Done(Option<String>),
    Failed(String),
    /// The scenario is saved, as it is now on disk.
    Saved {
        scenario: Scenario,
        message: String,
    },
    /// A saved scenario was renamed.
    Renamed {
        from: String,
        scenario: Scenario,
        message: String,
    },
    /// Saving would write over something this planner has not seen: ask.
    Conflict {
        scenario: Scenario,
        why: String,
    },
}

#[derive(Debug)]
pub struct Storage {
    pub dir: PathBuf,
    /// Each saved file's text as this planner last read or wrote it: a save
    /// over a file that has changed since is asked about first.
    seen: HashMap<PathBuf, String>,
    /// Holding the bureau's lock (else read-only, or not locked yet).
    locked: bool,
    read_only: bool,
    /// The language of the messages it gives back.
    pub tr: &'static Tr,
}

/// A short fingerprint of a name, so that two names with the same file stem
/// keep separate drafts.
fn tag(name: &str) -> String {
    // FNV-1a, 32 bits: stable across versions, unlike std's hasher.
    let mut h: u32 = 0x811c_9dc5;
    for b in name.as_bytes() {
        h ^= *b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

fn read_scenario(path: &Path) -> Option<(Scenario, String)> {
    let text = fs::read_to_string(path).ok()?;
    let s = Scenario::from_toml(&text).ok()?;
    Some((s, text))
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension().is_some_and(|x| x == "toml")
                        && !p
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

impl Storage {
    pub fn for_source(source: &Source, tr: &'static Tr) -> Option<Storage> {
        let env = |k: &str| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        let root = env("FORCEPLAN_DATA_DIR")
            .or_else(|| env("XDG_DATA_HOME").map(|d| d.join("forceplan")))
            .or_else(|| env("HOME").map(|h| h.join(".local/share/forceplan")))?;
        let key = match source {
            Source::BuiltInSample => "built-in-sample".to_string(),
            Source::Folder(dir) => {
                let full = fs::canonicalize(dir).unwrap_or_else(|_| dir.clone());
                full.to_string_lossy()
                    .chars()
                    .map(|c| if c.is_alphanumeric() { c } else { '_' })
                    .collect()
            }
        };
        let mut storage = Storage::at(root.join("scenarios").join(key));
        storage.tr = tr;
        Some(storage)
    }

    /// The scenarios kept in `dir`.
    pub fn at(dir: PathBuf) -> Storage {
        Storage {
            dir,
            seen: HashMap::new(),
            locked: false,
            read_only: false,
            tr: crate::i18n::tr(crate::i18n::Lang::En),
        }
    }

    fn lock_path(&self) -> PathBuf {
        self.dir.join(".lock")
    }

    fn drafts(&self) -> PathBuf {
        self.dir.join(".drafts")
    }

    pub fn saved_path(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{}.toml", file_stem(name)))
    }

    fn draft_path(&self, name: &str) -> PathBuf {
        self.drafts()
            .join(format!("{}.{}.toml", file_stem(name), tag(name)))
    }

    /// Takes the bureau's lock: Ok(true) when the last planner left it
    /// behind (it stopped without quitting), Ok(false) when it was free,
    /// Err(pid) when a running planner holds it.
    fn lock(&mut self) -> Result<bool, u32> {
        let path = self.lock_path();
        let _ = fs::create_dir_all(&self.dir);
        let create = || {
            let mut file = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)?;
            file.write_all(format!("{}\n", std::process::id()).as_bytes())?;
            file.sync_all()
        };
        let mut stale = false;
        for _ in 0..2 {
            match create() {
                Ok(()) => {
                    self.locked = true;
                    return Ok(stale);
                }
                Err(e) if e.kind() == ErrorKind::AlreadyExists => {
                    let owner = fs::read_to_string(&path)
                        .ok()
                        .and_then(|t| t.trim().parse::<u32>().ok());
                    match owner {
                        Some(pid) if alive(pid) => return Err(pid),
                        // Gone (or unreadable): the planner stopped without
                        // quitting; the lock is taken over.
                        _ => {
                            stale = true;
                            let _ = fs::remove_file(&path);
                        }
                    }
                }
                // No place to lock (a read-only disk): go on without.
                Err(_) => return Ok(false),
            }
        }
        Err(0)
    }

    /// Gives the lock back (on quitting).
    pub fn unlock(&mut self) {
        if self.locked {
            let _ = fs::remove_file(self.lock_path());
            self.locked = false;
        }
    }

    /// Locks the bureau's scenarios and reads them.
    pub fn open(&mut self) -> Shelf {
        let mut shelf = Shelf::default();
        let crashed = match self.lock() {
            Ok(stale) => stale,
            Err(pid) => {
                self.read_only = true;
                shelf.read_only = Some(if pid == 0 {
                    self.tr.t("storage-locked")
                } else {
                    self.tr
                        .args("storage-locked-by", &[("pid", Arg::Text(pid.to_string()))])
                });
                false
            }
        };
        for path in toml_files(&self.dir) {
            if let Some((s, text)) = read_scenario(&path) {
                self.seen.insert(path, text);
                if !shelf.taken(&s.name) {
                    shelf.saved.push(s);
                }
            }
        }
        shelf.saved.sort_by(|a, b| a.name.cmp(&b.name));
        // The single autosave of earlier versions becomes a draft.
        let legacy = self.dir.join(".autosave.toml");
        if let Some((s, _)) = read_scenario(&legacy) {
            if !self.read_only && !s.edits.is_empty() {
                let _ = fs::create_dir_all(self.drafts());
                let to = self.draft_path(&s.name);
                if !to.exists() {
                    let _ = fs::rename(&legacy, &to);
                }
            }
            if !self.read_only {
                let _ = fs::remove_file(&legacy);
            }
        }
        let mut newest: Option<(std::time::SystemTime, String)> = None;
        for path in toml_files(&self.drafts()) {
            let Some((s, _)) = read_scenario(&path) else {
                continue;
            };
            let same_as_saved = shelf.saved.contains(&s);
            if same_as_saved || shelf.drafts.iter().any(|d| d.name == s.name) {
                continue;
            }
            if let Ok(t) = fs::metadata(&path).and_then(|m| m.modified())
                && newest.as_ref().is_none_or(|(n, _)| t > *n)
            {
                newest = Some((t, s.name.clone()));
            }
            shelf.drafts.push(s);
        }
        shelf.drafts.sort_by(|a, b| a.name.cmp(&b.name));
        if crashed {
            shelf.crashed = newest.map(|(_, name)| name);
        }
        shelf
    }

    fn write(&mut self, path: &Path, text: &str) -> Result<(), String> {
        crate::store::write_file(path, text.as_bytes(), true, &[]).map_err(|e| e.to_string())
    }

    /// Saves `scenario` under its name, unless that would write over a file
    /// this planner has not seen as it is (changed on disk since it was
    /// opened, or another scenario's) and `overwrite` is not given.
    fn save(&mut self, scenario: &Scenario, overwrite: bool) -> Reply {
        let path = self.saved_path(&scenario.name);
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !overwrite && let Ok(text) = fs::read_to_string(&path) {
            let other = Scenario::from_toml(&text).ok().map(|s| s.name);
            let why = match (other, self.seen.get(&path)) {
                (Some(name), _) if name != scenario.name => Some(self.tr.args(
                    "storage-other-scenario",
                    &[("file", file.as_str().into()), ("name", name.into())],
                )),
                (_, Some(seen)) if *seen == text => None,
                (_, Some(_)) => Some(
                    self.tr
                        .args("storage-changed", &[("file", file.as_str().into())]),
                ),
                (_, None) => Some(
                    self.tr
                        .args("storage-appeared", &[("file", file.as_str().into())]),
                ),
            };
            if let Some(why) = why {
                return Reply::Conflict {
                    scenario: scenario.clone(),
                    why,
                };
            }
        }
        let text = scenario.to_toml();
        if let Err(why) = self.write(&path, &text) {
            return Reply::Failed(why);
        }
        self.seen.insert(path.clone(), text);
        let _ = fs::remove_file(self.draft_path(&scenario.name));
        Reply::Saved {
            scenario: scenario.clone(),
            message: self.tr.args(
                "storage-saved",
                &[("path", path.display().to_string().into())],
            ),
        }
    }

    /// Exports a scenario into a new folder under `exports/`.
    pub fn export(&self, model: &Model, scenario: &Scenario) -> Result<Option<String>, String> {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        let stamp = chrono::DateTime::from_timestamp(now, 0).unwrap_or_default();
        let out = self.dir.join("exports").join(format!(
            "{}-{}",
            file_stem(&scenario.name),
            stamp.format("%Y%m%d-%H%M%S")
        ));
        crate::export::export(
            &model.baseline,
            Some(scenario),
            &model.inputs,
            &out,
            // The stations' rosters keep the shifts' Chinese names (as
            // `forceplan export` does without --lang en).
            crate::export::Options {
                lang: self.tr.lang(),
                ..Default::default()
            },
            stamp.format("%Y-%m-%d %H:%M:%S").to_string(),
        )
        .map(|_| {
            Some(self.tr.args(
                "storage-exported",
                &[("path", out.display().to_string().into())],
            ))
        })
        .map_err(|e| e.to_string())
    }

    /// Carries out an effect that writes the scenarios.
    pub fn perform(&mut self, effect: &Effect) -> Reply {
        let writes = !matches!(effect, Effect::Export(_));
        if self.read_only && writes {
            return match effect {
                Effect::Autosave(_) | Effect::DiscardDraft(_) => Reply::Done(None),
                _ => Reply::Failed(self.tr.t("storage-read-only")),
            };
        }
        match effect {
            Effect::Autosave(scenario) => {
                let _ = fs::create_dir_all(self.drafts());
                let path = self.draft_path(&scenario.name);
                match self.write(&path, &scenario.to_toml()) {
                    Ok(()) => Reply::Done(None),
                    Err(why) => {
                        Reply::Failed(self.tr.args("storage-draft-failed", &[("why", why.into())]))
                    }
                }
            }
            Effect::DiscardDraft(name) => match fs::remove_file(self.draft_path(name)) {
                Err(e) if e.kind() != ErrorKind::NotFound => Reply::Failed(e.to_string()),
                _ => Reply::Done(None),
            },
            Effect::Save {
                scenario,
                overwrite,
            } => self.save(scenario, *overwrite),
            Effect::Rename { from, scenario } => {
                let old = self.saved_path(from);
                match self.save(scenario, false) {
                    Reply::Saved { scenario, .. } => {
                        // The old file goes only if it is as this planner
                        // saw it (else someone else's work is in it).
                        let ours = fs::read_to_string(&old)
                            .ok()
                            .is_some_and(|t| self.seen.get(&old) == Some(&t));
                        if ours && old != self.saved_path(&scenario.name) {
                            let _ = fs::remove_file(&old);
                            self.seen.remove(&old);
                        }
                        Reply::Renamed {
                            from: from.clone(),
                            message: self.tr.args(
                                "msg-renamed",
                                &[
                                    ("from", from.as_str().into()),
                                    ("to", scenario.name.as_str().into()),
                                ],
                            ),
                            scenario,
                        }
                    }
                    other => other,
                }
            }
            // Needs the bureau: carried out by `export`.
            Effect::Export(_) => Reply::Done(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scenario::Edit;

    fn scenario(name: &str, edits: usize) -> Scenario {
        let mut s = Scenario::new(name);
        for _ in 0..edits {
            s.edits.push(Edit::MergeInspections { unit: None });
        }
        s
    }

    #[test]
    fn a_second_planner_is_read_only_and_a_dead_ones_lock_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = Storage::at(dir.path().into());
        assert_eq!(first.open().read_only, None);
        let mut second = Storage::at(dir.path().into());
        let shelf = second.open();
        assert!(shelf.read_only.unwrap().contains("another planner"));
        assert!(matches!(
            second.perform(&Effect::Save {
                scenario: scenario("a", 1),
                overwrite: true
            }),
            Reply::Failed(_)
        ));
        assert!(!dir.path().join("a.toml").exists());
        first.unlock();
        // A lock left by a process that is gone, with a draft.
        fs::write(dir.path().join(".lock"), "4000000000\n").unwrap();
        let mut third = Storage::at(dir.path().into());
        third.perform(&Effect::Autosave(scenario("b", 2)));
        let mut fourth = Storage::at(dir.path().into());
        let shelf = fourth.open();
        assert_eq!(shelf.read_only, None);
        assert_eq!(shelf.crashed.as_deref(), Some("b"));
        assert_eq!(shelf.drafts, vec![scenario("b", 2)]);
    }

    #[test]
    fn saving_never_writes_over_a_file_changed_since_or_another_scenario() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Storage::at(dir.path().into());
        s.open();
        assert!(matches!(
            s.perform(&Effect::Save {
                scenario: scenario("plan", 1),
                overwrite: false
            }),
            Reply::Saved { .. }
        ));
        // Saved again as it is: fine.
        assert!(matches!(
            s.perform(&Effect::Save {
                scenario: scenario("plan", 2),
                overwrite: false
            }),
            Reply::Saved { .. }
        ));
        // Someone changes the file: asked.
        fs::write(dir.path().join("plan.toml"), scenario("plan", 7).to_toml()).unwrap();
        let reply = s.perform(&Effect::Save {
            scenario: scenario("plan", 0),
            overwrite: false,
        });
        assert!(
            matches!(&reply, Reply::Conflict { why, .. } if why.contains("changed on disk")),
            "{reply:?}"
        );
        let on_disk =
            Scenario::from_toml(&fs::read_to_string(dir.path().join("plan.toml")).unwrap());
        assert_eq!(on_disk.unwrap().edits.len(), 7);
        // Another scenario under the same file name: asked.
        s.perform(&Effect::Save {
            scenario: scenario("a b", 1),
            overwrite: false,
        });
        let reply = s.perform(&Effect::Save {
            scenario: scenario("a_b", 1),
            overwrite: false,
        });
        assert!(
            matches!(&reply, Reply::Conflict { why, .. } if why.contains("another scenario")),
            "{reply:?}"
        );
        // Told to: written.
        assert!(matches!(
            s.perform(&Effect::Save {
                scenario: scenario("plan", 0),
                overwrite: true
            }),
            Reply::Saved { .. }
        ));
    }

    #[test]
    fn drafts_are_kept_per_scenario_and_dropped_on_save() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Storage::at(dir.path().into());
        s.open();
        s.perform(&Effect::Autosave(scenario("a", 1)));
        s.perform(&Effect::Autosave(scenario("a/", 2)));
        s.perform(&Effect::Save {
            scenario: scenario("a", 1),
            overwrite: false,
        });
        s.unlock();
        let shelf = Storage::at(dir.path().into()).open();
        assert_eq!(shelf.saved, vec![scenario("a", 1)]);
        assert_eq!(shelf.drafts, vec![scenario("a/", 2)]);
        // A clean stop is no crash.
        assert_eq!(shelf.crashed, None);
    }

    #[test]
    fn renaming_moves_the_saved_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Storage::at(dir.path().into());
        s.open();
        s.perform(&Effect::Save {
            scenario: scenario("old", 1),
            overwrite: false,
        });
        let reply = s.perform(&Effect::Rename {
            from: "old".into(),
            scenario: scenario("new", 1),
        });
        assert!(matches!(reply, Reply::Renamed { .. }), "{reply:?}");
        assert!(!dir.path().join("old.toml").exists());
        assert!(dir.path().join("new.toml").exists());
    }
}
