//! The members' hands on the stage: a slash command, a click on a button, a form filled in
//! and sent; each waits for the bot's answer and puts what it posted into the transcript.

use super::{no_answer, Button, Channel, Stage, WAIT};
use crate::demo::transcript::FileRef;
use crate::demo::DemoError;
use crate::domain::brief::WORDS_PER_MINUTE;
use crate::domain::SpeakingEstimate;
use crate::i18n::t;
use discord_sim::{InteractionRef, Response, User};
use serde_json::Value;
use std::time::{Duration, Instant};

impl Stage<'_> {
    /// `who` runs a slash command (`path`: the command and subcommand as registered) with
    /// `options` (Discord's option list); `shown` is how the options read in the client.
    pub async fn command(
        &mut self,
        who: &User,
        channel: &Channel,
        path: &[&str],
        options: Value,
        shown: &[(&str, String)],
        files: Vec<FileRef>,
    ) -> Result<Response, DemoError> {
        let lang = self.lang;
        let mut line = String::from("/");
        let mut prefix = String::from("cmd");
        for part in path {
            prefix = format!("{prefix}-{part}");
            line.push_str(&t(lang, &format!("{prefix}-name"), &[]));
            line.push(' ');
        }
        for (option, value) in shown {
            let name = t(lang, &format!("{prefix}-{option}-name"), &[]);
            line.push_str(&format!("{name}: {value} "));
        }
        let args = [
            ("name", who.name.as_str().into()),
            ("command", line.trim_end().into()),
        ];
        self.action(
            channel,
            t(lang, "demo-used-command", &args),
            Vec::new(),
            files,
        );
        let path_text = path.join(" ");
        let Some(name) = path.first() else {
            return Err(DemoError::Unexpected("a command without a name".into()));
        };
        let invoked = self.sim.invoke(who, channel.id, name, options).await;
        self.answered(&invoked, &format!("/{path_text}")).await
    }

    /// `who` clicks a button on a message.
    pub async fn click(
        &mut self,
        who: &User,
        channel: &Channel,
        message: u64,
        button: &Button,
    ) -> Result<Response, DemoError> {
        let args = [
            ("name", who.name.as_str().into()),
            ("label", button.label.as_str().into()),
        ];
        self.action(
            channel,
            t(self.lang, "demo-clicked", &args),
            Vec::new(),
            Vec::new(),
        );
        let clicked = self
            .sim
            .click(who, channel.id, message, &button.custom_id)
            .await;
        self.answered(&clicked, &button.label).await
    }

    /// `who` fills in the form the bot opened (`modal`) and sends it.
    pub async fn submit(
        &mut self,
        who: &User,
        channel: &Channel,
        modal: &Response,
        fields: &[(&str, &str)],
    ) -> Result<Response, DemoError> {
        let data = modal.data();
        let title = data["title"].as_str().unwrap_or_default().to_owned();
        let custom_id = data["custom_id"].as_str().unwrap_or_default().to_owned();
        let shown = fields
            .iter()
            .map(|(id, value)| (input_label(&data["components"], id), self.summed_up(value)))
            .collect();
        let args = [
            ("name", who.name.as_str().into()),
            ("title", title.as_str().into()),
        ];
        self.action(
            channel,
            t(self.lang, "demo-form-sent", &args),
            shown,
            Vec::new(),
        );
        let submitted = self
            .sim
            .submit_modal(who, channel.id, &custom_id, fields)
            .await;
        self.answered(&submitted, &title).await
    }

    /// A value as the transcript shows it: short ones whole, long ones by their length.
    fn summed_up(&self, value: &str) -> String {
        if value.chars().count() <= 80 && !value.contains('\n') {
            return value.to_owned();
        }
        // Counted as the receipt counts them.
        let words = SpeakingEstimate::of(value, WORDS_PER_MINUTE).words;
        t(self.lang, "demo-form-words", &[("words", words.into())])
    }

    /// The bot's answer to an interaction (after a deferral, the answer that follows it),
    /// then what it posted (a form it opens is the member's to see, and shows when it is sent).
    async fn answered(
        &mut self,
        interaction: &InteractionRef,
        what: &str,
    ) -> Result<Response, DemoError> {
        let deadline = Instant::now() + WAIT;
        let response = loop {
            let all = self.sim.responses_to(interaction).await;
            let answer = match all.first().and_then(Response::callback_type) {
                Some(5 | 6) => all.get(1).cloned(),
                _ => all.first().cloned(),
            };
            if let Some(answer) = answer {
                break answer;
            }
            if Instant::now() >= deadline {
                return Err(no_answer(what));
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        };
        self.collect()?;
        Ok(response)
    }

    /// The newest message in a channel with buttons (the notice), and its buttons by row.
    pub fn message_with_buttons(&self, channel: &Channel) -> Option<(u64, Vec<Vec<Button>>)> {
        let message = self
            .sim
            .channel_messages(channel.id)
            .into_iter()
            .rev()
            .find(|m| !m.is_ephemeral() && !m.components().is_empty())?;
        let rows = message
            .components()
            .iter()
            .map(|row| buttons_of(row).into_iter().map(|(b, _)| b).collect())
            .collect();
        Some((message.id, rows))
    }
}

/// The buttons of an action row, with their style.
pub(super) fn buttons_of(row: &Value) -> Vec<(Button, u64)> {
    row["components"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter(|c| c["type"] == 2)
                .map(|c| {
                    let button = Button {
                        custom_id: c["custom_id"].as_str().unwrap_or_default().to_owned(),
                        label: c["label"].as_str().unwrap_or_default().to_owned(),
                    };
                    (button, c["style"].as_u64().unwrap_or(2))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The label of a form's text input.
fn input_label(rows: &Value, custom_id: &str) -> String {
    rows.as_array()
        .into_iter()
        .flatten()
        .filter_map(|row| row["components"].as_array())
        .flatten()
        .find(|c| c["custom_id"] == custom_id)
        .and_then(|c| c["label"].as_str())
        .unwrap_or(custom_id)
        .to_owned()
}
