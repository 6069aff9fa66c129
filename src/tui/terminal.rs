//! Taking the terminal over and always giving it back: on a normal exit, on
//! an error (the guard's Drop), and on a panic (the hook restores the
//! terminal before the panic message is printed, so it can be read).
//! The first frame starts from a cleared screen: a planner killed outright
//! leaves its last screen behind, and drawing over it would mix the two.

use crossterm::cursor::Show;
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{self, Stdout, Write, stdout};
use std::sync::atomic::{AtomicBool, Ordering};

/// The name of the thread that loads a bureau. A panic there is caught and
/// shown in the planner, so the hook leaves the terminal alone for it.
pub const LOADER_THREAD: &str = "forceplan-load";

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Whether the terminal is taken over (and not yet given back).
static TAKEN: AtomicBool = AtomicBool::new(false);

/// Restores the terminal when dropped.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Raw mode, the alternate screen and mouse capture, with a guard that undoes them.
pub fn setup() -> io::Result<(Term, Guard)> {
    install_panic_hook();
    TAKEN.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    let guard = Guard;
    execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
    // The alternate screen may still hold what a killed run left there, and
    // ratatui only writes the cells that change from a blank screen.
    terminal.clear()?;
    Ok((terminal, guard))
}

/// Leaves the terminal as it was; safe to call more than once: only the
/// first call does anything (leaving the alternate screen twice would move
/// the cursor back to where the planner started, over what was printed since).
pub fn restore() {
    give_back();
}

/// Gives the terminal back; true if it was taken.
fn give_back() -> bool {
    if !TAKEN.swap(false, Ordering::SeqCst) {
        return false;
    }
    let _ = execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen, Show);
    let _ = disable_raw_mode();
    true
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() == Some(LOADER_THREAD) {
            return;
        }
        // The message on a line of its own, whatever the cursor's column.
        if give_back() {
            let _ = io::stderr().write_all(b"\r\n");
        }
        previous(info);
    }));
}
