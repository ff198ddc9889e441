//! roundtable: the paperwork of a regional working group's meetings, from notice to minutes.
//!
//! The domain core ([`domain`]) knows nothing of Discord or SQLite; [`store`] keeps it in
//! SQLite; [`meeting_file`] reads the secretariat's meeting files; the CLI and the Discord bot
//! are thin front ends over [`service`].

pub mod app;
pub mod bot;
pub mod calendar;
pub mod change_report;
pub mod cli;
pub mod clock;
pub mod config;
#[cfg(feature = "demo")]
pub mod demo;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod logging;
pub mod meeting_file;
pub mod plan_report;
pub mod schedule;
pub mod settings;
pub mod status_report;
pub mod store;
