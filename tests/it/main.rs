//! The integration test suite: one binary, so the simulator and the bot are compiled once.
mod architecture;
mod backup;
mod briefs;
mod child_bot;
mod cli;
#[cfg(feature = "demo")]
mod demo;
mod discord_agenda;
mod discord_attendance;
mod discord_briefs;
mod discord_invitees;
mod discord_meeting;
mod discord_schedule;
mod doctor;
mod export;
mod faults;
mod import;
mod meeting_admin;
mod properties;
mod support;
mod texts;
