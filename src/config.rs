//! The user's settings file: `FORCEPLAN_CONFIG`, else
//! `$XDG_CONFIG_HOME/forceplan/config.toml`, else
//! `~/.config/forceplan/config.toml`. Optional; when present it must be
//! valid, and a file that is not is refused with its name and the reason
//! (a setting silently ignored would be worse).
//!
//! ```toml
//! lang = "zh"            # or "en": the language, unless --lang says otherwise
//! ascii_borders = true   # the planner draws borders and bars in ASCII
//! ```

use crate::i18n::{Lang, Message};
use crate::msg;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The user's settings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    pub lang: Option<Lang>,
    /// Borders and bars in ASCII, for fonts that draw box characters two
    /// columns wide.
    pub ascii_borders: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    lang: Option<String>,
    #[serde(default)]
    ascii_borders: bool,
}

impl Config {
    /// Reads a settings file's text; an error says what is wrong.
    pub fn from_toml(text: &str) -> Result<Config, Message> {
        let file: File = toml::from_str(text)
            .map_err(|e| msg!("config-syntax", "why" => e.message().trim().to_string()))?;
        let lang = match file.lang {
            Some(s) => Some(Lang::parse(&s).ok_or_else(|| msg!("config-lang", "value" => &s))?),
            None => None,
        };
        Ok(Config {
            lang,
            ascii_borders: file.ascii_borders,
        })
    }
}

/// Where the settings file is, from the environment (`env` gives a
/// variable's value); `None` when no place can be named.
pub fn path(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let var = |name: &str| {
        env(name)
            .filter(|v| !v.trim().is_empty())
            .map(PathBuf::from)
    };
    var("FORCEPLAN_CONFIG")
        .or_else(|| var("XDG_CONFIG_HOME").map(|d| d.join("forceplan/config.toml")))
        .or_else(|| var("HOME").map(|h| h.join(".config/forceplan/config.toml")))
}

/// The settings in `path`: the defaults when there is no such file.
pub fn load(path: &Path) -> Result<Config, Message> {
    let file = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => {
            let text =
                String::from_utf8(bytes).map_err(|_| msg!("config-not-utf8", "path" => &file))?;
            Config::from_toml(text.trim_start_matches('\u{feff}'))
                .map_err(|why| msg!("config-in", "path" => &file, "why" => why))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
        Err(e) => Err(msg!("config-unreadable", "path" => &file, "why" => e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_files() {
        assert_eq!(Config::from_toml("").unwrap(), Config::default());
        assert_eq!(
            Config::from_toml("lang = \"zh\"\n").unwrap().lang,
            Some(Lang::Zh)
        );
        assert_eq!(
            Config::from_toml("lang = \"en\"").unwrap().lang,
            Some(Lang::En)
        );
        let both = Config::from_toml("lang = \"zh\"\nascii_borders = true\n").unwrap();
        assert!(both.ascii_borders);
        assert!(!Config::from_toml("").unwrap().ascii_borders);
        assert!(Config::from_toml("ascii_borders = \"yes\"").is_err());
        assert_eq!(
            Config::from_toml("# comment only\n").unwrap(),
            Config::default()
        );
    }

    #[test]
    fn invalid_files_say_what_is_wrong() {
        let why = Config::from_toml("lang = \"fr\"").unwrap_err();
        assert_eq!(why.to_string(), "lang = \"fr\": expected \"zh\" or \"en\"");
        let zh = crate::i18n::tr(Lang::Zh);
        assert_eq!(why.text(zh), "lang = \"fr\"：应为 \"zh\" 或 \"en\"");
        let why = Config::from_toml("language = \"zh\"")
            .unwrap_err()
            .to_string();
        assert!(why.contains("unknown field `language`"), "{why}");
        let why = Config::from_toml("lang = 1").unwrap_err().to_string();
        assert!(why.contains("invalid type"), "{why}");
        assert!(Config::from_toml("lang = ").is_err());
    }

    #[test]
    fn the_file_is_found_where_the_environment_says() {
        let env = crate::i18n::fake_env;
        assert_eq!(
            path(env(&[("FORCEPLAN_CONFIG", "/x/c.toml"), ("HOME", "/h")])),
            Some(PathBuf::from("/x/c.toml"))
        );
        assert_eq!(
            path(env(&[("XDG_CONFIG_HOME", "/cfg"), ("HOME", "/h")])),
            Some(PathBuf::from("/cfg/forceplan/config.toml"))
        );
        assert_eq!(
            path(env(&[("HOME", "/h")])),
            Some(PathBuf::from("/h/.config/forceplan/config.toml"))
        );
        assert_eq!(path(env(&[])), None);
    }

    #[test]
    fn a_missing_file_is_the_defaults_and_a_broken_one_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.toml");
        assert_eq!(load(&file).unwrap(), Config::default());
        std::fs::write(&file, "lang = \"klingon\"").unwrap();
        let why = load(&file).unwrap_err().to_string();
        assert!(why.starts_with(&file.display().to_string()), "{why}");
    }
}
