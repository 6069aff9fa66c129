//! Scenario speed on a 5,000-officer, 365-day bureau: one edit recomputed
//! (the whole projection, as after every edit in the planner), and a
//! suggestion of up to 50 moves with its bounds.
//!
//!     cargo bench --bench scenario

use forceplan::core::check::choose_period;
use forceplan::core::rules::Rules;
use forceplan::core::scenario::project::{Baseline, project};
use forceplan::core::scenario::suggest::{Options, suggest};
use forceplan::core::scenario::{Edit, Scenario};
use forceplan::sample::{SampleSpec, generate};
use std::time::{Duration, Instant};

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let bureau = generate(&SampleSpec {
        officers: 5000,
        days: 365,
        seed: 1,
        movements: 0,
    });
    let period = choose_period(&bureau, None, None).unwrap();
    let t = Instant::now();
    let base = Baseline::new(
        std::sync::Arc::new(bureau.clone()),
        period,
        &Rules::default(),
    );
    println!("baseline (once per bureau): {:.1} ms", ms(t.elapsed()));

    // A scenario growing one edit at a time, each recomputed in full.
    let mut scenario = Scenario::new("bench");
    let mut times = Vec::new();
    for i in 0..200 {
        let officer = &bureau.officers[(i * 37) % bureau.officers.len()];
        let to = &bureau.units[(i * 7) % bureau.units.len()];
        let edit = match i % 4 {
            0 | 1 => Edit::MoveOfficer {
                officer: officer.id.clone(),
                to: to.id.clone(),
                from: None,
                reason: String::new(),
            },
            2 => Edit::SetMinOnDuty {
                unit: to.id.clone(),
                min_on_duty: 3,
            },
            _ => Edit::MergeInspections {
                unit: Some(to.id.clone()),
            },
        };
        scenario.edits.push(edit);
        let t = Instant::now();
        let p = project(&base, &scenario);
        times.push(t.elapsed());
        std::hint::black_box(p);
    }
    times.sort();
    let at = |q: f64| ms(times[((times.len() - 1) as f64 * q).round() as usize]);
    println!(
        "one edit recomputed (scenarios of 1-200 edits, 200 runs): p50 {:.2} ms, p95 {:.2} ms, worst {:.2} ms",
        at(0.5),
        at(0.95),
        ms(*times.last().unwrap())
    );

    for k in [10, 50] {
        let t = Instant::now();
        let s = suggest(
            &base,
            &Scenario::new("s"),
            &Options {
                max_moves: k,
                allow_leaders: false,
            },
        );
        println!(
            "suggest K = {k}: {:.0} ms; {} moves, worst load {:.3} -> {:.3}, bound {:.3} (whole officers), {:.3} (divisible)",
            ms(t.elapsed()),
            s.edits.len(),
            s.before_worst,
            s.plan_worst,
            s.bound_integer,
            s.bound_continuous
        );
    }
}
