//! Test support shared by the integration tests.
pub mod bot;
pub mod follow_up;
pub mod minutes;
pub mod schedule;
/// The Discord simulator (the `discord-sim` crate), under the path the tests have always used.
pub use discord_sim as sim;
pub mod store;
