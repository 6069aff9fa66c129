//! The pure core: the bureau model, its figures, the rules and their flags.
//! Nothing in here touches a file or a terminal.

pub mod calendar;
pub mod check;
pub mod compare;
pub mod detail;
pub mod figures;
pub mod flags;
pub mod leave;
pub mod model;
pub mod parallel;
pub mod period;
pub mod roster_sheet;
pub mod rules;
pub mod scenario;
pub mod shifts;
pub mod staffing;
