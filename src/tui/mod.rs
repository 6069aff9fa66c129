//! The planner at the keyboard: a thin shell over the core in the Elm style.
//! `app` holds the state and `update`; `view` draws it; `keys` is the one
//! keymap; `screens` builds what each screen shows from the core's figures;
//! this module runs the loop: events in, messages to `update`, frames out.

pub mod app;
pub mod compare;
pub mod form;
pub mod keys;
pub mod layout;
pub mod scenario;
pub mod screens;
pub mod shelf;
pub mod storage;
pub mod table;
pub mod terminal;
pub mod theme;
pub mod view;

use crate::core::check::choose_period;
use crate::core::rules::Rules;
use crate::i18n::{Arg, Lang, Tr};
use crate::load::{LoadError, load_bureau};
use crate::sample::{SampleSpec, generate};
use app::{App, Msg, Outcome, update};
use chrono::NaiveDate;
use crossterm::event::{self, Event};
use ratatui::layout::Rect;
use scenario::Effect;
use screens::Model;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};
use storage::{Reply, Storage};

/// Which bureau to open.
#[derive(Debug, Clone)]
pub enum Source {
    Folder(PathBuf),
    /// The sample bureau, generated in memory (the same as sample-data/).
    BuiltInSample,
}

impl Source {
    pub fn label(&self, tr: &Tr) -> String {
        match self {
            Source::Folder(dir) => dir.display().to_string(),
            Source::BuiltInSample => tr.t("source-sample"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Options {
    pub source: Source,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub rules: Option<PathBuf>,
    /// The language of every word on screen.
    pub lang: Lang,
    pub theme: theme::Theme,
}

/// Loads the bureau and computes everything the screens need.
pub fn load(options: &Options) -> Outcome {
    let tr = crate::i18n::tr(options.lang);
    let refused = |title: String, problems: Vec<String>| Outcome::Refused { title, problems };
    let mut inputs = Vec::new();
    let (bureau, rules) = match &options.source {
        Source::BuiltInSample => (generate(&SampleSpec::default()), Rules::default()),
        Source::Folder(dir) => match load_bureau(dir, options.rules.as_deref()) {
            Ok(loaded) => {
                inputs = vec![dir.clone()];
                inputs.extend(loaded.files);
                inputs.extend(options.rules.iter().cloned());
                (loaded.bureau, loaded.rules)
            }
            Err(LoadError::Refused { dir, problems }) => {
                let title = tr.args(
                    "load-refused",
                    &[
                        ("dir", dir.display().to_string().into()),
                        ("n", Arg::Count(problems.total() as f64)),
                    ],
                );
                return refused(title, problems.text(tr).lines().map(String::from).collect());
            }
            Err(e) => return refused(tr.t("load-failed"), vec![e.text(tr)]),
        },
    };
    match choose_period(&bureau, options.from, options.to) {
        Ok(period) => {
            let mut model = Model::new(options.source.label(tr), bureau, period, &rules, tr);
            model.inputs = inputs;
            Outcome::Ready(Box::new(model))
        }
        Err(e) => refused(tr.t("load-no-period"), vec![e.to_string()]),
    }
}

/// `load`, with the scenarios kept for the bureau.
pub fn load_with(options: &Options, shelf: Option<shelf::Shelf>) -> Outcome {
    let mut outcome = load(options);
    if let (Outcome::Ready(model), Some(shelf)) = (&mut outcome, shelf) {
        model.shelf = shelf;
    }
    outcome
}

/// Loads on its own thread; a panic there becomes a message on screen.
fn spawn_loader(
    options: Options,
    shelf: Option<shelf::Shelf>,
    tx: mpsc::Sender<Outcome>,
) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name(terminal::LOADER_THREAD.into())
        .spawn(move || {
            let outcome =
                std::panic::catch_unwind(|| load_with(&options, shelf)).unwrap_or_else(|panic| {
                    let what = panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    Outcome::Refused {
                        title: crate::i18n::tr(options.lang).t("load-bug"),
                        problems: vec![what],
                    }
                });
            let _ = tx.send(outcome);
        })?;
    Ok(())
}

/// Runs the planner until the user quits.
pub fn run(options: Options) -> anyhow::Result<()> {
    if !std::io::stdout().is_terminal() {
        anyhow::bail!(crate::i18n::tr(options.lang).t("planner-needs-terminal"));
    }
    let timings = std::env::var_os("FORCEPLAN_TIMINGS").is_some();
    let started = Instant::now();
    let (mut term, guard) = terminal::setup()?;
    let (tx, rx) = mpsc::channel();
    let tr = crate::i18n::tr(options.lang);
    let label = options.source.label(tr);
    // The bureau's scenarios are locked and read before the bureau loads.
    let mut storage = Storage::for_source(&options.source, tr);
    let shelf = storage.as_mut().map(|s| s.open());
    let (theme, lang) = (options.theme, options.lang);
    spawn_loader(options, shelf, tx)?;
    let size = term.size()?;
    let mut app = App::new(label, theme, Rect::new(0, 0, size.width, size.height), lang);
    // Diagnostic: panic on the first key, to check that a panic gives the
    // terminal back (tests/tui_e2e.rs).
    let panic_on_key = std::env::var_os("FORCEPLAN_TEST_PANIC").is_some();
    let (mut first_frame, mut first_bureau_frame) = (None, None);
    let mut loader = Some(rx);
    loop {
        term.draw(|f| view::draw(&app, f))?;
        first_frame.get_or_insert_with(|| started.elapsed());
        if matches!(app.phase, app::Phase::Ready(_)) {
            first_bureau_frame.get_or_insert_with(|| started.elapsed());
        }
        if app.quit {
            break;
        }
        let msg = match loader.as_ref().map(|rx| rx.try_recv()) {
            Some(Ok(outcome)) => {
                loader = None;
                Msg::Loaded(Box::new(outcome))
            }
            Some(Err(mpsc::TryRecvError::Disconnected)) => {
                loader = None;
                continue;
            }
            _ => {
                // Poll briefly while loading so the result shows at once.
                let wait = if loader.is_some() { 20 } else { 250 };
                if event::poll(Duration::from_millis(wait))? {
                    match event::read()? {
                        Event::Key(_) if panic_on_key => panic!("FORCEPLAN_TEST_PANIC is set"),
                        Event::Key(k) => Msg::Key(k),
                        Event::Mouse(m) => Msg::Mouse(m),
                        Event::Resize(w, h) => Msg::Resize(w, h),
                        _ => continue,
                    }
                } else if loader.is_some() {
                    Msg::Tick
                } else {
                    continue;
                }
            }
        };
        update(&mut app, msg);
        // Files the update asked for: written here, the outcome fed back.
        for effect in std::mem::take(&mut app.effects) {
            let reply = match (&mut storage, &effect, &app.phase) {
                (Some(storage), Effect::Export(scenario), app::Phase::Ready(r)) => {
                    match storage.export(&r.model, scenario) {
                        Ok(done) => Reply::Done(done),
                        Err(why) => Reply::Failed(why),
                    }
                }
                (Some(storage), _, _) => storage.perform(&effect),
                (None, _, _) => Reply::Failed(tr.t("storage-nowhere")),
            };
            if reply != Reply::Done(None) {
                update(&mut app, Msg::Stored(reply));
            }
        }
    }
    if let Some(storage) = &mut storage {
        storage.unlock();
    }
    drop(guard);
    if timings {
        let ms = |d: Option<Duration>| {
            d.map(|d| format!("{:.1} ms", d.as_secs_f64() * 1000.0))
                .unwrap_or("-".into())
        };
        eprintln!(
            "timings: first frame {}, bureau shown {}",
            ms(first_frame),
            ms(first_bureau_frame)
        );
    }
    Ok(())
}
