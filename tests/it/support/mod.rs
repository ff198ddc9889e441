//! Test support shared by the integration tests.
pub mod bot;
pub mod schedule;
pub mod sim;
pub mod store;
