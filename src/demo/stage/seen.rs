//! What the members see: the channels' new and changed messages put into the transcript
//! (author, text, buttons, files, who alone sees an answer), their files written into the
//! demo's folder; a request Discord would refuse stops the demo here.

use super::hands::buttons_of;
use super::{Channel, Stage};
use crate::demo::transcript::{Entry, FileRef, Posted};
use crate::demo::DemoError;
use discord_sim::SimMessage;
use serde_json::Value;
use std::path::Path;

impl Stage<'_> {
    /// Puts what is new in the channels into the transcript, and stops at a violation.
    pub(super) fn collect(&mut self) -> Result<(), DemoError> {
        for channel in [self.group.clone(), self.secretariat.clone()] {
            for message in self.sim.channel_messages(channel.id) {
                let version = message.history.len();
                let edited = match self.seen.insert(message.id, version) {
                    Some(before) if before == version => continue,
                    before => before.is_some(),
                };
                let posted = self.posted(&message, &channel, edited)?;
                self.transcript.push(Entry::Message(posted), self.out);
            }
        }
        let violations = self.sim.take_violations();
        if violations.is_empty() {
            Ok(())
        } else {
            Err(DemoError::Violations(
                violations.iter().map(ToString::to_string).collect(),
            ))
        }
    }

    fn posted(
        &mut self,
        m: &SimMessage,
        channel: &Channel,
        edited: bool,
    ) -> Result<Posted, DemoError> {
        let author = &m.json["author"];
        let name = |user: &Value| {
            user["global_name"]
                .as_str()
                .or_else(|| user["username"].as_str())
                .unwrap_or_default()
                .to_owned()
        };
        let buttons = m
            .components()
            .iter()
            .map(|row| {
                buttons_of(row)
                    .into_iter()
                    .map(|(b, style)| (b.label, style))
                    .collect()
            })
            .collect();
        let files = m
            .files
            .iter()
            .map(|f| self.save(&f.filename, &f.bytes))
            .collect::<Result<_, _>>()?;
        Ok(Posted {
            at: self.now(),
            channel: channel.name.clone(),
            author: name(author),
            bot: author["bot"].as_bool().unwrap_or(false),
            content: m.content().to_owned(),
            buttons,
            files,
            only_for: m
                .is_ephemeral()
                .then(|| name(&m.json["interaction_metadata"]["user"])),
            edited,
        })
    }

    /// Writes a file into the demo's folder under its own name (no folders in it).
    pub fn save(&self, name: &str, bytes: &[u8]) -> Result<FileRef, DemoError> {
        let name: String = Path::new(name)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || ".-_".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let name = if name.trim_matches('.').is_empty() {
            "file".to_owned()
        } else {
            name
        };
        let path = self.dir.join(&name);
        std::fs::write(&path, bytes).map_err(|source| DemoError::Write { path, source })?;
        Ok(FileRef {
            name,
            bytes: bytes.len(),
        })
    }
}
