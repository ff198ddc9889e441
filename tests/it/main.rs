//! The integration test suite: one binary, so the simulator and the bot are compiled once.
mod support;
mod briefs;
mod cli;
mod import;
mod texts;
