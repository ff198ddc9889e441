//! The simulator's self-tests, run by `cargo test` at the workspace root: a real serenity+poise
//! ping bot and raw requests against Discord's rules.
mod sim_selftest;
