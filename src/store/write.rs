//! The one way forceplan writes a file or a folder.
//!
//! - The destination is resolved first (made absolute, `..` and symlinks
//!   followed as far as the path exists) and refused when it is an input,
//!   lies inside an input folder, or holds an input (replacing it would
//!   delete the input).
//! - Everything is written into a staging file or folder beside the
//!   destination (`.NAME.partial-PID`): each file is flushed and synced, and
//!   every error is returned, so a full disk is an error, never a short file.
//! - The staging is renamed into place and the parent folder synced. A
//!   replace (`force`) first renames the old destination aside
//!   (`.NAME.old-PID`) and removes it only once the new one is in place, so
//!   the destination is never missing for longer than two renames; if the
//!   process dies between them, the next write to the same destination puts
//!   the old one back first.
//! - Leftovers of runs that died (staging and old copies whose process is
//!   gone) are cleaned up by the next write beside them.

use super::StoreError;
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Component, Path, PathBuf};

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// `path` made absolute, with symlinks and `..` resolved as far as the
/// path exists and `..` taken off lexically beyond that.
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()?.join(path)
    };
    let mut resolved = PathBuf::new();
    for part in absolute.components() {
        match part {
            Component::ParentDir => {
                resolved.pop();
            }
            Component::CurDir => {}
            other => {
                resolved.push(other);
                // Follow what exists (symlinks included) as we go.
                if let Ok(real) = fs::canonicalize(&resolved) {
                    resolved = real;
                }
            }
        }
    }
    Ok(resolved)
}

/// Refuses a destination that is an input, lies inside an input folder,
/// or contains an input.
pub fn refuse_inputs(out: &Path, target: &Path, inputs: &[PathBuf]) -> Result<(), StoreError> {
    for input in inputs {
        let Ok(input) = resolve(input) else { continue };
        if target == input || target.starts_with(&input) || input.starts_with(target) {
            return Err(StoreError::WouldOverwriteInput(out.to_path_buf()));
        }
    }
    Ok(())
}

/// Whether a process id (of a staging name, or a lock) is a running
/// process; when it cannot be told, it is taken to be running (nothing of
/// it is touched).
pub fn alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    if Path::new("/proc/self").exists() {
        return Path::new(&format!("/proc/{pid}")).exists();
    }
    std::process::Command::new("kill")
        .args(["-0", &pid.to_string()])
        .stderr(std::process::Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(true)
}

fn remove(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => fs::remove_dir_all(path),
        Ok(_) => fs::remove_file(path),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// Cleans what died runs left beside `dest`: their staging is removed; an
/// old copy is put back if the destination is missing (the run died
/// between its two renames), else removed.
fn recover(parent: &Path, name: &str, dest: &Path) -> Result<(), StoreError> {
    let Ok(entries) = fs::read_dir(parent) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file.strip_prefix(&format!(".{name}.")) else {
            continue;
        };
        let (kind, pid) = match rest.split_once('-') {
            Some((kind, pid)) => (kind, pid.parse::<u32>().ok()),
            None => continue,
        };
        let Some(pid) = pid else { continue };
        if alive(pid) {
            continue;
        }
        let path = entry.path();
        match kind {
            "partial" => remove(&path).map_err(io_err(&path))?,
            "old" if fs::symlink_metadata(dest).is_err() => {
                fs::rename(&path, dest).map_err(io_err(dest))?
            }
            "old" => remove(&path).map_err(io_err(&path))?,
            _ => {}
        }
    }
    Ok(())
}

/// Syncs a folder, so that renames in it last (where the system allows).
pub(crate) fn sync_dir(path: &Path) -> Result<(), StoreError> {
    match File::open(path).and_then(|d| d.sync_all()) {
        Ok(()) => Ok(()),
        // Some systems cannot sync a folder: the renames stand as they are.
        Err(e) if e.kind() == io::ErrorKind::InvalidInput => Ok(()),
        Err(e) if e.raw_os_error() == Some(21) || e.raw_os_error() == Some(9) => Ok(()),
        Err(e) => Err(io_err(path)(e)),
    }
}

/// Creates `path` and writes it with `fill`, flushed and synced; every
/// error (a full disk among them) is returned.
pub fn write_new_file(
    path: &Path,
    fill: impl FnOnce(&mut BufWriter<File>) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(io_err(path))?;
    let mut out = BufWriter::new(file);
    fill(&mut out)?;
    out.flush().map_err(io_err(path))?;
    let file = out.into_inner().map_err(|e| io_err(path)(e.into_error()))?;
    file.sync_all().map_err(io_err(path))
}

/// Where a destination is, resolved.
struct Place {
    dest: PathBuf,
    parent: PathBuf,
    name: String,
}

fn place(out: &Path, inputs: &[PathBuf]) -> Result<Place, StoreError> {
    let dest = resolve(out).map_err(io_err(out))?;
    refuse_inputs(out, &dest, inputs)?;
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| StoreError::Io {
            path: out.to_path_buf(),
            source: io::Error::new(io::ErrorKind::InvalidInput, "not a file or folder name"),
        })?;
    let parent = dest.parent().unwrap_or(Path::new("/")).to_path_buf();
    Ok(Place { dest, parent, name })
}

/// Puts the finished `staging` at the destination (replacing what is there
/// when `replace`), then syncs the parent.
fn put_in_place(p: &Place, staging: &Path, replace: bool) -> Result<(), StoreError> {
    let pid = std::process::id();
    if replace && fs::symlink_metadata(&p.dest).is_ok() {
        let old = p.parent.join(format!(".{}.old-{pid}", p.name));
        fs::rename(&p.dest, &old).map_err(io_err(&p.dest))?;
        if let Err(e) = fs::rename(staging, &p.dest) {
            // Put the old one back: the destination is never left missing.
            let _ = fs::rename(&old, &p.dest);
            return Err(io_err(&p.dest)(e));
        }
        sync_dir(&p.parent)?;
        remove(&old).map_err(io_err(&old))?;
    } else {
        fs::rename(staging, &p.dest).map_err(io_err(&p.dest))?;
    }
    sync_dir(&p.parent)
}

/// Writes a folder: `fill` writes its files into the staging folder given
/// (each through `write_new_file`). `out` must not exist or be empty, or
/// is replaced whole with `force`.
pub fn write_dir(
    out: &Path,
    force: bool,
    inputs: &[PathBuf],
    fill: impl FnOnce(&Path) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let p = place(out, inputs)?;
    fs::create_dir_all(&p.parent).map_err(io_err(&p.parent))?;
    recover(&p.parent, &p.name, &p.dest)?;
    let non_empty = match fs::read_dir(&p.dest) {
        Ok(mut d) => d.next().is_some(),
        Err(_) => fs::symlink_metadata(&p.dest).is_ok(),
    };
    if non_empty && !force {
        return Err(StoreError::Exists(out.to_path_buf()));
    }
    let staging = p
        .parent
        .join(format!(".{}.partial-{}", p.name, std::process::id()));
    let result = (|| {
        remove(&staging).map_err(io_err(&staging))?;
        fs::create_dir(&staging).map_err(io_err(&staging))?;
        fill(&staging)?;
        sync_dir(&staging)?;
        put_in_place(&p, &staging, true)
    })();
    if result.is_err() {
        let _ = remove(&staging);
    }
    result
}

/// Writes one file whole or not at all; an existing file is refused unless
/// `force`.
pub fn write_file(
    path: &Path,
    bytes: &[u8],
    force: bool,
    inputs: &[PathBuf],
) -> Result<(), StoreError> {
    let p = place(path, inputs)?;
    fs::create_dir_all(&p.parent).map_err(io_err(&p.parent))?;
    recover(&p.parent, &p.name, &p.dest)?;
    if fs::symlink_metadata(&p.dest).is_ok() && !force {
        return Err(StoreError::Exists(path.to_path_buf()));
    }
    if p.dest.is_dir() {
        return Err(StoreError::Io {
            path: path.to_path_buf(),
            source: io::Error::new(io::ErrorKind::IsADirectory, "a folder is there"),
        });
    }
    let staging = p
        .parent
        .join(format!(".{}.partial-{}", p.name, std::process::id()));
    let result = (|| {
        remove(&staging).map_err(io_err(&staging))?;
        write_new_file(&staging, |w| w.write_all(bytes).map_err(io_err(&staging)))?;
        // A file is replaced by one rename: never missing.
        fs::rename(&staging, &p.dest).map_err(io_err(&p.dest))?;
        sync_dir(&p.parent)
    })();
    if result.is_err() {
        let _ = remove(&staging);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_takes_dot_dot_off_paths_that_do_not_exist_yet() {
        let dir = tempfile::tempdir().unwrap();
        let real = fs::canonicalize(dir.path()).unwrap();
        fs::create_dir(real.join("x")).unwrap();
        assert_eq!(resolve(&real.join("x/../x")).unwrap(), real.join("x"));
        assert_eq!(
            resolve(&real.join("new/deeper/../file.csv")).unwrap(),
            real.join("new/file.csv")
        );
    }

    #[test]
    fn a_destination_inside_an_input_or_holding_one_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let bureau = dir.path().join("bureau");
        fs::create_dir(&bureau).unwrap();
        let inputs = [bureau.clone()];
        for out in [
            bureau.clone(),
            bureau.join("rules.toml"),
            bureau.join("new/units.xlsx"),
            dir.path().to_path_buf(),
            bureau.join("sub/../.."),
        ] {
            assert!(
                matches!(
                    write_file(&out, b"x", true, &inputs),
                    Err(StoreError::WouldOverwriteInput(_))
                ),
                "{}",
                out.display()
            );
        }
        assert!(!bureau.join("rules.toml").exists());
    }

    #[test]
    fn a_replace_that_died_between_its_renames_is_put_back_by_the_next_run() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        // What a run killed after its first rename leaves: no destination,
        // the old copy aside, a half staging folder.
        let old = dir.path().join(".out.old-4000000000");
        fs::create_dir(&old).unwrap();
        fs::write(old.join("units.csv"), "old").unwrap();
        let partial = dir.path().join(".out.partial-4000000001");
        fs::create_dir(&partial).unwrap();
        // A write that fails (refused: the destination exists again and no force).
        let e = write_dir(&out, false, &[], |_| Ok(()));
        assert!(matches!(e, Err(StoreError::Exists(_))), "{e:?}");
        assert_eq!(fs::read_to_string(out.join("units.csv")).unwrap(), "old");
        assert!(!old.exists() && !partial.exists());
        // A forced replace: the new one, and nothing left beside it.
        write_dir(&out, true, &[], |d| {
            write_new_file(&d.join("units.csv"), |w| {
                w.write_all(b"new").map_err(io_err(d))
            })
        })
        .unwrap();
        assert_eq!(fs::read_to_string(out.join("units.csv")).unwrap(), "new");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["out"]);
    }

    #[test]
    fn x_dot_dot_x_with_force_replaces_x() {
        let dir = tempfile::tempdir().unwrap();
        let x = dir.path().join("X");
        fs::create_dir(&x).unwrap();
        fs::write(x.join("a"), "1").unwrap();
        write_dir(&x.join("../X"), true, &[], |d| {
            write_new_file(&d.join("b"), |w| w.write_all(b"2").map_err(io_err(d)))
        })
        .unwrap();
        assert!(x.join("b").exists() && !x.join("a").exists());
    }

    #[test]
    fn a_failure_while_filling_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let e = write_dir(&out, false, &[], |d| {
            write_new_file(&d.join("a"), |w| w.write_all(b"1").map_err(io_err(d)))?;
            Err(StoreError::Io {
                path: d.join("b"),
                source: io::Error::other("no space left on device"),
            })
        });
        assert!(e.is_err());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
