//! Renderings of core results for the command line: text tables for people
//! and CSV for spreadsheets. No figure is computed here.

pub mod csv;
pub mod scenario;
pub mod table;
