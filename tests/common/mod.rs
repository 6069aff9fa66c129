//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

pub const SMALL: &str = "tests/fixtures/small";

/// A copy of the small fixture bureau with some files replaced (`Some`) or
/// removed (`None`).
pub fn small_with(changes: &[(&str, Option<&[u8]>)]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(SMALL).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    for (name, content) in changes {
        let path = dir.path().join(name);
        match content {
            Some(bytes) => fs::write(&path, bytes).unwrap(),
            None => fs::remove_file(&path).unwrap(),
        }
    }
    dir
}

/// The small fixture with one table's text replaced.
pub fn small_with_table(name: &str, text: &str) -> TempDir {
    small_with(&[(name, Some(text.as_bytes()))])
}

/// The fixture's text of a table.
pub fn fixture(name: &str) -> String {
    fs::read_to_string(Path::new(SMALL).join(name)).unwrap()
}

pub fn path(dir: &TempDir) -> PathBuf {
    dir.path().to_path_buf()
}
