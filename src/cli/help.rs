//! `--help` in the reader's language: the command line's words come from
//! the catalogue (`cmd-<command>` for a command, `arg-<command>-<arg>` or,
//! for arguments every command shares, `arg-<arg>` for an argument), and
//! the headings and the help and version flags with them. The derive
//! attributes give the structure (names, types, defaults); what a person
//! reads is all here.

use crate::i18n::Tr;
use clap::{Arg, ArgAction, Command};

/// The catalogue's text for an argument of `command`: its own, else the
/// shared one; `None` when the catalogue has neither.
fn arg_help(tr: &Tr, command: &str, arg: &str) -> Option<String> {
    [format!("arg-{command}-{arg}"), format!("arg-{arg}")]
        .into_iter()
        .map(|key| (tr.t(&key), key))
        .find(|(text, key)| text != key)
        .map(|(text, _)| text)
}

/// `cmd` with every word a person reads in the language of `tr`.
pub fn localize(cmd: Command, tr: &Tr) -> Command {
    let cmd = words(cmd, "forceplan", tr)
        .about(tr.t("cmd-forceplan"))
        .after_help(tr.t("cmd-forceplan-after"))
        .subcommand_help_heading(tr.t("help-commands"))
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(tr.t("help-version"))
                .help_heading(tr.t("help-options")),
        );
    let cmd = cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        words(sub, &name, tr).about(tr.t(&format!("cmd-{name}")))
    });
    // The `help` command is made when the command is built: its words too.
    let mut cmd = cmd;
    cmd.build();
    cmd.mut_subcommand("help", |h| {
        h.about(tr.t("help-subcommand")).help_template(template(tr))
    })
}

fn template(tr: &Tr) -> String {
    format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        tr.t("help-usage")
    )
}

/// The headings, the help flag and every argument's help of one command.
fn words(cmd: Command, name: &str, tr: &Tr) -> Command {
    let (arguments, options) = (tr.t("help-arguments"), tr.t("help-options"));
    cmd.help_template(template(tr))
        .disable_help_flag(true)
        .mut_args(|a| {
            let heading = if a.is_positional() {
                arguments.clone()
            } else {
                options.clone()
            };
            let help = arg_help(tr, name, a.get_id().as_str());
            // The values and the default are said in the help's own words.
            let a = match help {
                Some(help) => a.help(help),
                None => a,
            };
            let a = a
                .long_help(clap::builder::Resettable::Reset)
                .help_heading(heading);
            if a.get_action().takes_values() {
                a.hide_possible_values(true).hide_default_value(true)
            } else {
                a
            }
        })
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr.t("help-help"))
                .help_heading(options.clone()),
        )
}

/// The language asked for on the command line (`--lang zh`, `--lang=en`),
/// before the command line is parsed (the help is made in it).
pub fn lang_flag(args: &[std::ffi::OsString]) -> Option<crate::i18n::Lang> {
    let mut it = args.iter().skip(1).filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return crate::i18n::Lang::parse(v);
        }
        if a == "--lang" {
            return it.next().and_then(crate::i18n::Lang::parse);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, tr};
    use clap::CommandFactory;

    /// Every command and argument a person can read help about has its
    /// words in both catalogues.
    #[test]
    fn every_command_and_argument_has_its_help_in_both_languages() {
        for lang in [Lang::En, Lang::Zh] {
            let tr = tr(lang);
            let cmd = super::super::Cli::command();
            let mut missing = Vec::new();
            let mut check = |name: &str, c: &Command| {
                let about = tr.t(&format!("cmd-{name}"));
                if about.starts_with("cmd-") {
                    missing.push(format!("cmd-{name}"));
                }
                for a in c.get_arguments() {
                    if arg_help(tr, name, a.get_id().as_str()).is_none() {
                        missing.push(format!("arg-{name}-{}", a.get_id()));
                    }
                }
            };
            check("forceplan", &cmd);
            for sub in cmd.get_subcommands() {
                check(sub.get_name(), sub);
            }
            assert!(missing.is_empty(), "{lang:?}: {missing:?}");
        }
    }

    /// The localized command holds together (clap's own checks) in both
    /// languages, and every word of its help is the catalogue's.
    #[test]
    fn the_localized_command_is_well_formed() {
        for lang in [Lang::En, Lang::Zh] {
            localize(super::super::Cli::command(), tr(lang)).debug_assert();
            let mut cmd = localize(super::super::Cli::command(), tr(lang));
            let help = cmd
                .find_subcommand_mut("leave-plan")
                .expect("leave-plan")
                .render_help()
                .to_string();
            let (usage, options) = (tr(lang).t("help-usage"), tr(lang).t("help-options"));
            assert!(help.contains(&usage) && help.contains(&options), "{help}");
        }
    }

    #[test]
    fn the_language_flag_is_read_before_parsing() {
        let args =
            |s: &str| -> Vec<std::ffi::OsString> { s.split_whitespace().map(Into::into).collect() };
        assert_eq!(
            lang_flag(&args("forceplan --lang zh check x")),
            Some(Lang::Zh)
        );
        assert_eq!(
            lang_flag(&args("forceplan check x --lang=en")),
            Some(Lang::En)
        );
        assert_eq!(lang_flag(&args("forceplan check x")), None);
        assert_eq!(lang_flag(&args("forceplan check -- --lang zh")), None);
    }
}
