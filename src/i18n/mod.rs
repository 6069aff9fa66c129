//! The words a person reads, in Chinese or English: one Fluent catalogue
//! per language (`en/*.ftl`, `zh/*.ftl`, built in; a file per part of the
//! program), the same messages in both
//! (a test holds them to it), following the glossary (docs/glossary.md).
//! Pure: the language is chosen by the shells from what they are given
//! (`choose`), and text is made from data (a flag's key and arguments).
//! JSON keys, the data format's CSV headers, rule ids and exit codes are an
//! interface, never translated.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// A language forceplan speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    Zh,
    #[default]
    En,
}

impl Lang {
    /// "zh" or "en" (the values of `--lang` and the config's `lang`).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "zh" | "zh-cn" | "zh_cn" | "cn" | "chinese" | "中文" => Some(Lang::Zh),
            "en" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language a locale names (LC_ALL, LC_MESSAGES, LANG): zh* is
    /// Chinese; C, POSIX and the rest are English.
    pub fn of_locale(locale: &str) -> Lang {
        if locale.trim().to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

/// The language: `--lang` if given, else the config's `lang`, else the
/// locale (the first of LC_ALL, LC_MESSAGES, LANG that is set and not
/// empty, as POSIX reads them; `env` gives a variable's value).
pub fn choose(
    flag: Option<Lang>,
    config: Option<Lang>,
    env: impl Fn(&str) -> Option<String>,
) -> Lang {
    flag.or(config).unwrap_or_else(|| {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|v| env(v).filter(|s| !s.trim().is_empty()))
            .map(|locale| Lang::of_locale(&locale))
            .unwrap_or(Lang::En)
    })
}

/// A language's catalogue, in files by what they speak of.
macro_rules! catalogue {
    ($lang:literal) => {
        &[
            include_str!(concat!($lang, "/main.ftl")),
            include_str!(concat!($lang, "/keys.ftl")),
            include_str!(concat!($lang, "/planner.ftl")),
            include_str!(concat!($lang, "/load.ftl")),
            include_str!(concat!($lang, "/report.ftl")),
            include_str!(concat!($lang, "/cli.ftl")),
        ]
    };
}

const EN: &[&str] = catalogue!("en");
const ZH: &[&str] = catalogue!("zh");

/// A message argument: text as it is, or a count (English chooses "day"
/// or "days" by it).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Count(f64),
    /// Another message of the catalogue, without arguments, in the same
    /// language ("role-patrol": patrol, 巡逻民警).
    Term(String),
    /// A message with arguments of its own, in the same language.
    Message(Box<Message>),
    /// Several, joined as the language lists things ("a, b" / "a，b").
    List(Vec<Arg>),
}

impl Arg {
    /// Several texts, joined as the reader's language lists things.
    pub fn texts<T: ToString>(items: impl IntoIterator<Item = T>) -> Arg {
        Arg::List(
            items
                .into_iter()
                .map(|s| Arg::Text(s.to_string()))
                .collect(),
        )
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Message(Box::new(m))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

/// Counts: English chooses "day" or "days" by them.
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Count(n as f64)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Count(n as f64)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Count(n as f64)
    }
}

impl From<chrono::NaiveDate> for Arg {
    fn from(d: chrono::NaiveDate) -> Arg {
        Arg::Text(d.to_string())
    }
}

/// A message as data: its key in the catalogue and its arguments, made into
/// text in the reader's language only when shown (`text`). The core says
/// what happened with these; the shells choose the language. `Display`
/// (and JSON) give the English, which scripts read.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(key: &'static str, args: Vec<(&'static str, Arg)>) -> Message {
        Message { key, args }
    }

    /// The message in the language of `tr`.
    pub fn text(&self, tr: &Tr) -> String {
        tr.args(self.key, &self.args)
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(tr(Lang::En)))
    }
}

impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

/// `Message::new` with arguments written as `name => value`.
#[macro_export]
macro_rules! msg {
    ($key:literal $(, $name:literal => $value:expr)* $(,)?) => {
        $crate::i18n::Message::new(
            $key,
            vec![$(($name, $crate::i18n::Arg::from($value))),*],
        )
    };
}

/// A catalogue: the messages of one language.
pub struct Tr {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Tr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tr({:?})", self.lang)
    }
}

impl Tr {
    fn new(lang: Lang) -> Tr {
        let (files, id) = match lang {
            Lang::Zh => (ZH, "zh-CN"),
            Lang::En => (EN, "en-US"),
        };
        let mut bundle = FluentBundle::new_concurrent(vec![id.parse().expect("a language id")]);
        // No Unicode isolation marks around arguments: they would take
        // columns on a terminal and show in CSV and workbooks.
        bundle.set_use_isolating(false);
        for text in files {
            let resource =
                FluentResource::try_new(text.to_string()).unwrap_or_else(|(_, errors)| {
                    panic!("the {id} catalogue does not parse: {errors:?}")
                });
            bundle.add_resource(resource).unwrap_or_else(|errors| {
                panic!("the {id} catalogue repeats a message: {errors:?}")
            });
        }
        Tr { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// An argument as text in this language.
    fn text_of(&self, arg: &Arg) -> String {
        match arg {
            Arg::Text(s) => s.clone(),
            Arg::Count(n) => crate::core::flags::num(*n),
            Arg::Term(key) => self.t(key),
            Arg::Message(m) => m.text(self),
            Arg::List(items) => items
                .iter()
                .map(|a| self.text_of(a))
                .collect::<Vec<_>>()
                .join(&self.t("list-separator")),
        }
    }

    /// The message `key`, without arguments.
    pub fn t(&self, key: &str) -> String {
        self.args(key, &[])
    }

    /// The message `key` with its arguments. A key missing from the
    /// catalogue is shown as itself (the catalogue test keeps this from
    /// happening).
    pub fn args(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Count(n) => fluent.set(*name, FluentValue::from(*n)),
                other => fluent.set(*name, FluentValue::from(self.text_of(other))),
            }
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent), &mut errors)
            .into_owned()
    }
}

/// The catalogue of `lang`, made once.
pub fn tr(lang: Lang) -> &'static Tr {
    static ZH_TR: OnceLock<Tr> = OnceLock::new();
    static EN_TR: OnceLock<Tr> = OnceLock::new();
    match lang {
        Lang::Zh => ZH_TR.get_or_init(|| Tr::new(Lang::Zh)),
        Lang::En => EN_TR.get_or_init(|| Tr::new(Lang::En)),
    }
}

/// An environment of the variables given, for tests of what reads one.
#[cfg(test)]
pub(crate) fn fake_env(
    vars: &'static [(&'static str, &'static str)],
) -> impl Fn(&str) -> Option<String> {
    move |name: &str| {
        vars.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message of a catalogue, with the variables it uses.
    fn messages(files: &[&str]) -> BTreeMap<String, BTreeSet<String>> {
        let mut out = BTreeMap::new();
        for entry in files.iter().flat_map(|text| {
            fluent_syntax::parser::parse(*text)
                .expect("the catalogue parses")
                .body
        }) {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    variables(p, &mut vars);
                }
                out.insert(m.id.name.to_string(), vars);
            }
        }
        out
    }

    fn variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, out);
            }
        }
    }

    fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(inline) => inline_variables(inline, out),
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
        }
    }

    fn inline_variables(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, out)
            }
            _ => {}
        }
    }

    #[test]
    fn both_catalogues_have_the_same_messages_with_the_same_arguments() {
        let (en, zh) = (messages(EN), messages(ZH));
        let only_en: Vec<&String> = en.keys().filter(|k| !zh.contains_key(*k)).collect();
        let only_zh: Vec<&String> = zh.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            only_en.is_empty() && only_zh.is_empty(),
            "only in en: {only_en:?}; only in zh: {only_zh:?}"
        );
        // A month as each language writes it: 2025-01 and 2025年1月 (the
        // English two-digit month, the Chinese number).
        const MONTH_FORMS: [&str; 2] = ["roster-sheet", "roster-title"];
        for (key, vars) in &en {
            if MONTH_FORMS.contains(&key.as_str()) {
                let month = |v: &BTreeSet<String>| {
                    v.iter()
                        .filter(|x| *x != "month" && *x != "m")
                        .cloned()
                        .collect::<BTreeSet<_>>()
                };
                assert_eq!(month(vars), month(&zh[key]), "{key}: the arguments differ");
                continue;
            }
            assert_eq!(vars, &zh[key], "{key}: the arguments differ");
        }
        // Both load (no message twice, no syntax error).
        tr(Lang::En);
        tr(Lang::Zh);
    }

    #[test]
    fn every_unit_kind_and_role_has_a_name_in_both_languages() {
        use crate::core::model::{Role, UnitKind};
        for lang in [Lang::En, Lang::Zh] {
            for code in UnitKind::codes() {
                let name = tr(lang).t(&format!("kind-{code}"));
                assert!(!name.starts_with("kind-"), "{lang:?}: {name}");
            }
            for code in Role::codes() {
                let name = tr(lang).t(&format!("role-{code}"));
                assert!(!name.starts_with("role-"), "{lang:?}: {name}");
            }
        }
        // English keeps the codes people already read.
        assert_eq!(tr(Lang::En).t("kind-station"), "station");
        assert_eq!(tr(Lang::Zh).t("role-community"), "社区民警");
    }

    #[test]
    fn every_rule_has_its_basis_and_name_in_both_languages() {
        for rule in crate::core::rules::RuleId::ALL {
            for lang in [Lang::En, Lang::Zh] {
                let basis = rule.basis_in(tr(lang));
                assert!(!basis.starts_with("basis-"), "{lang:?}: {basis}");
                let title = rule.title_in(tr(lang));
                assert!(!title.starts_with("rule-"), "{lang:?}: {title}");
            }
            // English names a rule by its id, as rules.toml does.
            assert_eq!(rule.title_in(tr(Lang::En)), rule.name());
        }
    }

    #[test]
    fn the_language_follows_the_flag_then_the_config_then_the_locale() {
        let env = fake_env;
        assert_eq!(
            choose(None, None, env(&[("LANG", "zh_CN.UTF-8")])),
            Lang::Zh
        );
        assert_eq!(choose(None, None, env(&[("LANG", "C")])), Lang::En);
        assert_eq!(choose(None, None, env(&[])), Lang::En);
        assert_eq!(
            choose(
                None,
                None,
                env(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "zh_TW.UTF-8")])
            ),
            Lang::Zh
        );
        // An empty LC_ALL is skipped, as POSIX reads it.
        assert_eq!(
            choose(None, None, env(&[("LC_ALL", ""), ("LANG", "zh_CN.UTF-8")])),
            Lang::Zh
        );
        assert_eq!(
            choose(None, Some(Lang::En), env(&[("LANG", "zh_CN.UTF-8")])),
            Lang::En
        );
        assert_eq!(choose(Some(Lang::Zh), Some(Lang::En), env(&[])), Lang::Zh);
        assert_eq!(Lang::parse("ZH"), Some(Lang::Zh));
        assert_eq!(Lang::parse("fr"), None);
    }

    #[test]
    fn arguments_are_not_wrapped_in_isolation_marks() {
        let text = tr(Lang::En).args("days", &[("n", Arg::Count(3.0))]);
        assert_eq!(text, "3 days");
        assert_eq!(
            tr(Lang::En).args("days", &[("n", Arg::Count(1.0))]),
            "1 day"
        );
        assert_eq!(tr(Lang::Zh).args("days", &[("n", Arg::Count(3.0))]), "3 天");
    }
}
