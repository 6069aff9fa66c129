//! How each sort of unit works: its rota, how much of their leave its officers
//! get to take, how often they are kept late or called in on a rest day, how
//! often the unit is inspected or summoned to meetings, and how many
//! households its community officers hold.
//!
//! The healthy profiles land near the 40 h standard week; the overloaded
//! station is the pattern grassroots officers describe: a 24-hour duty, then
//! four 12-hour day shifts, one rest day in six (84 h a week).

use crate::core::model::Shift;

/// One day of a rota: a shift code with its hours.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slot {
    pub shift: Shift,
    pub hours: f64,
}

impl Slot {
    pub const OFF: Slot = Slot::rest(Shift::Off);
    pub const LEAVE: Slot = Slot::rest(Shift::Leave);
    pub const COMP: Slot = Slot::rest(Shift::Comp);
    pub const SICK: Slot = Slot::rest(Shift::Sick);
    pub const DUTY24: Slot = Slot::work(Shift::Duty24, 24.0);
    /// The office day, and the day shift of most rotas.
    pub const DAY8: Slot = Slot::work(Shift::Day, 8.0);
    pub const TRAIN8: Slot = Slot::work(Shift::Train, 8.0);

    const fn rest(shift: Shift) -> Slot {
        Slot { shift, hours: 0.0 }
    }

    const fn work(shift: Shift, hours: f64) -> Slot {
        Slot { shift, hours }
    }
}

// Short names for the rota tables below.
const D24: Slot = Slot::DUTY24;
const DAY8: Slot = Slot::DAY8;
const DAY12: Slot = Slot::work(Shift::Day, 12.0);
const NIGHT12: Slot = Slot::work(Shift::Night, 12.0);
const TRAIN: Slot = Slot::TRAIN8;
const OFF: Slot = Slot::OFF;

/// Station, 8 days: a 24-hour duty and three day shifts, rest days between: 42 h a week.
const STATION_ROTA: [Slot; 8] = [D24, OFF, DAY8, DAY8, OFF, DAY8, OFF, OFF];
/// Overloaded station, 6 days: a 24-hour duty, four 12-hour days, one rest day: 84 h a week.
const OVERLOADED_ROTA: [Slot; 6] = [D24, DAY12, DAY12, DAY12, DAY12, OFF];
/// Patrol, 8 days: two 12-hour days, two 12-hour nights, four rest days: 42 h a week.
const PATROL_ROTA: [Slot; 8] = [DAY12, DAY12, NIGHT12, NIGHT12, OFF, OFF, OFF, OFF];
/// Traffic, 7 days: five 8-hour days on post, two rest days: 40 h a week.
const TRAFFIC_ROTA: [Slot; 7] = [DAY8, DAY8, DAY8, DAY8, DAY8, OFF, OFF];
/// Special operations, 7 days: four days on standby, one training day, two rest days: 40 h a week.
const SPECIAL_ROTA: [Slot; 7] = [DAY8, DAY8, TRAIN, DAY8, DAY8, OFF, OFF];
/// Custody, 7 days: a 24-hour watch, two rest days, two day shifts, two rest days: 40 h a week.
const CUSTODY_ROTA: [Slot; 7] = [D24, OFF, OFF, DAY8, DAY8, OFF, OFF];

/// How the days of a unit's officers are laid out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rota {
    /// Office hours: 8 h Monday to Friday following the holiday calendar;
    /// rest days are covered by a duty rotation repaid with a comp day.
    Office,
    /// A repeating cycle; officer `i` of the unit starts it `i` days in, so
    /// the unit's posts are covered evenly.
    Cycle(&'static [Slot]),
}

impl Rota {
    /// Officers on duty on each day of the cycle for a unit of `size`
    /// officers, before leave, sickness and training (empty for office hours).
    pub fn on_duty_by_phase(self, size: usize) -> Vec<u32> {
        let Rota::Cycle(cycle) = self else {
            return Vec::new();
        };
        (0..cycle.len())
            .map(|phase| {
                (0..size)
                    .filter(|i| cycle[(phase + i) % cycle.len()].shift.is_duty())
                    .count() as u32
            })
            .collect()
    }
}

/// How `min_on_duty` is set against what the rota can deliver.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Staffing {
    /// The minimum leaves room for leave and sickness.
    Comfortable,
    /// The county asks for the rota's average: the thin days of the cycle and
    /// every absence leave the unit short.
    Tight,
}

/// The community areas of a station.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Households {
    /// Households each community officer holds (drawn in this range).
    pub per_officer: (u32, u32),
    /// Areas with no officer (a vacant post), drawn in this range.
    pub unassigned_areas: (u32, u32),
    /// Share of the rank and file who are community officers (the rest patrol).
    pub community_share: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Profile {
    pub rota: Rota,
    pub staffing: Staffing,
    /// Percentage of officers entitled to annual leave who take some.
    pub leave_takers_pct: u32,
    /// Share of their entitlement the takers use (drawn in this range).
    pub leave_used: (f64, f64),
    /// Chance in a year of a short sick spell.
    pub sick_rate: f64,
    /// Chance per day or night shift of being kept on afterwards.
    pub extension_rate: f64,
    /// Chance per rest day of being called in.
    pub call_in_rate: f64,
    /// Share of ordinary rest-day call-ins neither paid nor given back.
    pub owed_share: f64,
    /// Chance per shift on a statutory holiday of extra event-security hours.
    pub holiday_event_rate: f64,
    /// Why officers of this unit are kept on after a shift.
    pub extension_reasons: &'static [&'static str],
    /// Inspection visits in a quarter (one drawn per quarter).
    pub inspections_per_quarter: &'static [u32],
    /// Meetings in a week (one drawn per week).
    pub meetings_per_week: &'static [u32],
    /// Community areas, for stations.
    pub households: Option<Households>,
}

const STATION_REASONS: &[&str] = &["案件跟进", "纠纷调解", "户籍业务积压", "夜间出警"];

/// A station with enough officers for its township.
pub const STATION: Profile = Profile {
    rota: Rota::Cycle(&STATION_ROTA),
    staffing: Staffing::Comfortable,
    leave_takers_pct: 92,
    leave_used: (0.8, 1.0),
    sick_rate: 0.25,
    extension_rate: 0.05,
    call_in_rate: 0.03,
    owed_share: 0.15,
    holiday_event_rate: 0.3,
    extension_reasons: STATION_REASONS,
    inspections_per_quarter: &[0, 1, 1, 2, 2, 3],
    meetings_per_week: &[0, 0, 1, 1, 1, 2],
    households: Some(Households {
        per_officer: (500, 1200),
        unassigned_areas: (0, 1),
        community_share: 0.45,
    }),
};

/// A station far short of officers for its township: 84 h weeks, little
/// leave, call-ins left unpaid, and inspected and summoned more often.
pub const OVERLOADED_STATION: Profile = Profile {
    rota: Rota::Cycle(&OVERLOADED_ROTA),
    leave_takers_pct: 25,
    leave_used: (0.3, 0.6),
    sick_rate: 0.35,
    extension_rate: 0.08,
    call_in_rate: 0.12,
    owed_share: 0.6,
    inspections_per_quarter: &[2, 3, 3, 4],
    meetings_per_week: &[1, 1, 2, 2, 3],
    households: Some(Households {
        per_officer: (1600, 2600),
        unassigned_areas: (1, 2),
        community_share: 0.35,
    }),
    ..STATION
};

/// A small station asked to keep more officers on duty than its rota can.
pub const SHORT_STATION: Profile = Profile {
    staffing: Staffing::Tight,
    leave_takers_pct: 60,
    leave_used: (0.5, 0.9),
    ..STATION
};

pub const CRIMINAL: Profile = Profile {
    extension_rate: 0.15,
    call_in_rate: 0.05,
    extension_reasons: &["案件跟进", "嫌疑人审讯", "证据整理", "案卷整理"],
    inspections_per_quarter: &[0, 1, 1, 2],
    households: None,
    ..STATION
};

pub const PATROL: Profile = Profile {
    rota: Rota::Cycle(&PATROL_ROTA),
    extension_rate: 0.04,
    extension_reasons: &["警情交接", "夜间出警", "案件跟进"],
    inspections_per_quarter: &[0, 1, 1, 2],
    households: None,
    ..STATION
};

pub const TRAFFIC: Profile = Profile {
    rota: Rota::Cycle(&TRAFFIC_ROTA),
    extension_rate: 0.06,
    extension_reasons: &["交通事故处理", "酒驾查处", "案件跟进"],
    households: None,
    ..STATION
};

pub const SPECIAL: Profile = Profile {
    rota: Rota::Cycle(&SPECIAL_ROTA),
    extension_rate: 0.02,
    holiday_event_rate: 0.4,
    extension_reasons: &["备勤待命", "押运任务"],
    inspections_per_quarter: &[0, 0, 1, 1],
    households: None,
    ..STATION
};

pub const CUSTODY: Profile = Profile {
    rota: Rota::Cycle(&CUSTODY_ROTA),
    extension_rate: 0.02,
    holiday_event_rate: 0.1,
    extension_reasons: &["押解在押人员", "医院看护"],
    households: None,
    ..STATION
};

pub const OFFICE: Profile = Profile {
    rota: Rota::Office,
    extension_rate: 0.03,
    call_in_rate: 0.02,
    holiday_event_rate: 0.1,
    extension_reasons: &["报告撰写", "材料报送", "会议材料准备"],
    inspections_per_quarter: &[0, 0, 1, 1],
    meetings_per_week: &[0, 1, 1, 2],
    households: None,
    ..STATION
};

#[cfg(test)]
mod tests {
    use super::*;

    fn weekly_hours(rota: Rota) -> f64 {
        let Rota::Cycle(cycle) = rota else {
            return 40.0;
        };
        cycle.iter().map(|s| s.hours).sum::<f64>() * 7.0 / cycle.len() as f64
    }

    #[test]
    fn rotas_give_the_intended_weeks() {
        assert_eq!(weekly_hours(OVERLOADED_STATION.rota), 84.0);
        for healthy in [STATION, CRIMINAL, PATROL, TRAFFIC, SPECIAL, CUSTODY] {
            let h = weekly_hours(healthy.rota);
            assert!((40.0..=42.0).contains(&h), "{h}");
        }
    }

    #[test]
    fn on_duty_by_phase_staggers_officers() {
        // Eight officers on the eight-day station rota: four of them on duty every day.
        assert_eq!(STATION.rota.on_duty_by_phase(8), vec![4; 8]);
        assert!(Rota::Office.on_duty_by_phase(5).is_empty());
    }
}
