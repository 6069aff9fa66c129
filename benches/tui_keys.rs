//! Key press to drawn frame on a 5,000-officer bureau: each key goes through
//! `update` and a full draw of a 160x48 frame, as in the running planner.
//! Reports p50, p95 and the worst, over a walk through every screen.
//!
//!     cargo bench --bench tui_keys

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use forceplan::core::check::choose_period;
use forceplan::core::rules::Rules;
use forceplan::sample::{SampleSpec, generate};
use forceplan::tui::app::{App, Msg, Outcome, update};
use forceplan::tui::screens::Model;
use forceplan::tui::theme::Theme;
use forceplan::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use std::time::{Duration, Instant};

fn main() {
    let officers: usize = std::env::var("OFFICERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5000);
    let bureau = generate(&SampleSpec {
        officers,
        days: 365,
        seed: 1,
        movements: 0,
    });
    let period = choose_period(&bureau, None, None).unwrap();
    let started = Instant::now();
    let tr = forceplan::i18n::tr(forceplan::i18n::Lang::En);
    let model = Model::new("bench".into(), bureau, period, &Rules::default(), tr);
    let model_time = started.elapsed();
    let (w, h) = (160, 48);
    let theme = Theme {
        color: true,
        ascii: false,
    };
    let mut app = App::new("bench".into(), theme, Rect::new(0, 0, w, h), tr.lang());
    update(
        &mut app,
        Msg::Loaded(Box::new(Outcome::Ready(Box::new(model)))),
    );
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| view::draw(&app, f)).unwrap();

    use KeyCode::*;
    let mut walk: Vec<KeyCode> = Vec::new();
    walk.extend([Char('j'); 60]);
    walk.extend([
        PageDown,
        PageDown,
        Home,
        Char('l'),
        Char('l'),
        Char('l'),
        Char('l'),
        Char('S'),
        Char('s'),
    ]);
    walk.extend([Char('/'), Char('s'), Char('t'), Char('a'), Backspace, Esc]);
    for _ in 0..10 {
        walk.extend([
            Enter,
            Char('j'),
            Char('j'),
            Char('j'),
            Enter,
            Right,
            Right,
            Down,
            Esc,
            Char('S'),
            Esc,
            Char('j'),
        ]);
    }
    walk.extend([Tab, Char('j'), Char('j'), End, Home, Tab]);
    walk.extend([Char('j'); 40]);
    walk.extend([
        Char('v'),
        Char('r'),
        Char('r'),
        Char('u'),
        Char('v'),
        Char('v'),
        Char('r'),
        Enter,
        Esc,
    ]);
    walk.extend([Char('/'), Char('P'), Char('0'), Char('1'), Enter, Tab]);

    let mut times: Vec<(Duration, KeyCode)> = Vec::with_capacity(walk.len());
    for code in walk {
        let t = Instant::now();
        update(&mut app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
        terminal.draw(|f| view::draw(&app, f)).unwrap();
        times.push((t.elapsed(), code));
    }
    times.sort_by_key(|(d, _)| *d);
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at = |q: f64| ms(times[((times.len() - 1) as f64 * q).round() as usize].0);
    let (worst, worst_key) = times[times.len() - 1];
    println!(
        "bureau: {officers} officers x 365 days; model built in {:.1} ms",
        ms(model_time)
    );
    println!(
        "key press to drawn frame ({} keys, {w}x{h}): p50 {:.2} ms, p95 {:.2} ms, worst {:.2} ms ({worst_key:?})",
        times.len(),
        at(0.5),
        at(0.95),
        ms(worst)
    );
}
