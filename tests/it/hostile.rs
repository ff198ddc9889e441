//! Hostile or careless input: large but valid data, files that lie about their size, and
//! meeting files, CSVs and briefs that a careless hand can produce. Each is refused with the
//! place named, or normalized, and none makes the bot slow, leaky or wrong.
mod attachments;
mod catch_up;
#[cfg(unix)]
mod files;
mod links;
mod logs;
mod meeting_files;
mod reimport;
