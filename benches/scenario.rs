//! Scenario speed on a 5,000-officer, 365-day bureau (with people who move,
//! join and leave during the year):
//! - one edit to redrawn figures in the planner: the scenario screen's
//!   change (the proposed bureau dealt again where the edit touches it, the
//!   figures and flags of what changed, the before > after table) and a
//!   160x48 frame drawn, over a scenario growing to 200 edits of every kind;
//! - the same from scratch (what `simulate` does once);
//! - a leave plan chained after the moves, recomputed after one more edit;
//! - `suggest` with K = 10 and 50, its every prefix materialised.
//!
//! Run with `cargo bench --bench scenario`; with `FORCEPLAN_BENCH=edits`,
//! the planner's edits only.

use chrono::Days;
use forceplan::core::check::choose_period;
use forceplan::core::model::Role;
use forceplan::core::rules::Rules;
use forceplan::core::scenario::outcome::{Engine, outcome};
use forceplan::core::scenario::suggest::{Options, suggest};
use forceplan::core::scenario::{Edit, Scenario};
use forceplan::sample::{SampleSpec, generate};
use forceplan::tui::app::{App, Msg, Outcome as Loaded, Phase, Root, update};
use forceplan::tui::screens::Model;
use forceplan::tui::theme::Theme;
use forceplan::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use std::time::{Duration, Instant};

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn quantiles(mut times: Vec<Duration>) -> String {
    times.sort();
    let at = |q: f64| ms(times[((times.len() - 1) as f64 * q).round() as usize]);
    format!(
        "p50 {:.2} ms, p95 {:.2} ms, worst {:.2} ms ({} runs)",
        at(0.5),
        at(0.95),
        ms(*times.last().unwrap()),
        times.len()
    )
}

fn main() {
    let bureau = generate(&SampleSpec {
        officers: 5000,
        days: 365,
        seed: 1,
        movements: 100,
    });
    let period = choose_period(&bureau, None, None).unwrap();
    let t = Instant::now();
    let model = Model::new(
        "bench".into(),
        bureau.clone(),
        period,
        &Rules::default(),
        forceplan::i18n::tr(forceplan::i18n::Lang::En),
    );
    println!(
        "bureau and its empty scenario (once per bureau): {:.0} ms",
        ms(t.elapsed())
    );

    // Every kind of edit, dated through the year.
    let edit = |i: usize| -> Edit {
        let officer = bureau.officers[(i * 37) % bureau.officers.len()].id.clone();
        let unit = bureau.units[(i * 7) % bureau.units.len()].id.clone();
        let from = Some(period.start + Days::new(((i * 53) % period.days()) as u64));
        match i % 8 {
            0..=2 => Edit::MoveOfficer {
                officer,
                to: unit,
                from,
                reason: String::new(),
            },
            3 => Edit::AddOfficers {
                unit,
                role: Role::Patrol,
                count: 2,
                from,
            },
            4 => Edit::RemoveOfficer { officer, from },
            5 => Edit::SetMinOnDuty {
                unit,
                min_on_duty: 3,
            },
            6 => Edit::MergeInspections { unit: Some(unit) },
            _ => Edit::CancelMeetings {
                convener: "县公安局党委".into(),
                unit: Some(unit),
            },
        }
    };

    // The planner: each edit through the scenario screen, then a frame drawn.
    let (w, h) = (160, 48);
    let theme = Theme {
        color: true,
        ascii: false,
    };
    let mut app = App::new(
        "bench".into(),
        theme,
        Rect::new(0, 0, w, h),
        forceplan::i18n::Lang::En,
    );
    update(
        &mut app,
        Msg::Loaded(Box::new(Loaded::Ready(Box::new(model)))),
    );
    if let Phase::Ready(r) = &mut app.phase {
        r.root = Root::Scenario;
    }
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    let mut times = Vec::new();
    let mut steps = [Vec::new(), Vec::new(), Vec::new(), Vec::new()];
    let mut drawn = Vec::new();
    let mut scenario = Scenario::new("bench");
    for i in 0..200 {
        let e = edit(i);
        let t = Instant::now();
        if let Phase::Ready(r) = &mut app.phase {
            let r = &mut **r;
            // As a form's edit is added: tried, then kept if it applies
            // (a refused one costs the same keystroke).
            if r.scenario
                .add(&r.model.baseline, &r.model.before, e.clone())
                .is_ok()
            {
                scenario.edits.push(e);
            }
        }
        let added = t.elapsed();
        terminal.draw(|f| view::draw(&app, f)).unwrap();
        times.push(t.elapsed());
        drawn.push(t.elapsed() - added);
        if let Phase::Ready(r) = &app.phase {
            let t = r.scenario.after.timings;
            steps[0].push(t.plan);
            steps[1].push(t.propose);
            steps[2].push(t.check);
            steps[3].push(t.leave);
        }
    }
    println!(
        "one edit to redrawn figures (planner, scenarios of 1-50 edits): {}",
        quantiles(times[..50].to_vec())
    );
    println!(
        "one edit to redrawn figures (planner, scenarios of 1-200 edits): {}",
        quantiles(times)
    );
    let steps = steps.into_iter().chain([drawn]);
    for (name, times) in [
        "replay the edits",
        "propose (deal)",
        "check what changed",
        "leave",
        "draw the frame",
    ]
    .iter()
    .zip(steps)
    {
        println!("  of which {name}: {}", quantiles(times));
    }

    // `FORCEPLAN_BENCH=edits`: the planner's edits only.
    if std::env::var("FORCEPLAN_BENCH").is_ok_and(|v| v == "edits") {
        return;
    }
    let Phase::Ready(ready) = &app.phase else {
        panic!("loaded")
    };
    let base = &ready.model.baseline;
    let t = Instant::now();
    let whole = outcome(base, &scenario);
    println!(
        "the 200-edit scenario from scratch: {:.0} ms ({} moves, alarms {} -> {})",
        ms(t.elapsed()),
        whole.moves.len(),
        base.report().tally().alarms,
        whole.alarms()
    );

    // A leave plan after the moves: every further edit plans it again.
    let mut engine = Engine::default();
    let mut s = Scenario::new("leave");
    s.edits.push(Edit::PlanLeave {
        from: period.start + Days::new(273),
        to: period.end,
        min_block: None,
        leaders_cover: 5,
        batch: None,
        blackout: Vec::new(),
    });
    engine.outcome(base, &s);
    let mut times = Vec::new();
    for i in 0..20 {
        s.edits.push(edit(i));
        let t = Instant::now();
        std::hint::black_box(engine.outcome(base, &s));
        times.push(t.elapsed());
    }
    println!(
        "one edit with a Q4 leave plan chained after it: {}",
        quantiles(times)
    );

    for k in [10, 50] {
        let t = Instant::now();
        let s = suggest(
            base,
            &Scenario::new("s"),
            &Options {
                max_moves: k,
                ..Options::default()
            },
        );
        println!(
            "suggest K = {k}: {:.0} ms; {} moves kept, worst load {:.3} -> {:.3}, alarms {} -> {}; load model: bound {:.3} (whole officers), {:.3} (divisible), search {:.3}",
            ms(t.elapsed()),
            s.edits.len(),
            s.before_worst,
            s.plan_worst,
            s.before_alarms,
            s.plan_alarms,
            s.bound_integer,
            s.bound_continuous,
            s.model_worst
        );
    }
}
