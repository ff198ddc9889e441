//! Test support shared by the integration tests.
pub mod bot;
pub mod sim;
pub mod store;
