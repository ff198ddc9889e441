//! The integration test suite: one binary, so the simulator and the bot are compiled once.
mod architecture;
mod backup;
mod briefs;
mod child_bot;
mod cli;
#[cfg(feature = "demo")]
mod demo;
mod direct_reminders;
mod discord_agenda;
mod discord_attendance;
mod discord_briefs;
mod discord_guilds;
mod discord_invitees;
mod discord_limits;
mod discord_meeting;
mod discord_schedule;
mod discord_startup;
mod discord_window;
mod doctor;
mod export;
mod faults;
mod hostile;
mod import;
mod meeting_admin;
mod properties;
mod support;
mod texts;
