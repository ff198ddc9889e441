//! The doctor's Discord checks, through serenity's HTTP client (to `discord.api_base` when it
//! is set): the token, the server, the channels and the bot's permissions in them, the
//! secretariat's role and channel, and where the commands are registered.

use super::{permissions, sentence, Mark, Report};
use crate::domain::records::GroupChannel;
use crate::i18n::{t, Language};
use crate::settings::DiscordSettings;
use fluent_bundle::FluentValue;
use poise::serenity_prelude as serenity;
use secrecy::{ExposeSecret, SecretString};
use serenity::{Channel, ChannelId, ChannelType, GuildId, Http, Member, PartialGuild, UserId};
use std::collections::BTreeSet;

/// Which channel a check is about: a group's, or the secretariat's.
enum Whose<'a> {
    Group(&'a str),
    Secretariat,
}

/// What the checks of one run share: the client, the bot, the configured server.
struct Discord<'a> {
    http: Http,
    bot: UserId,
    config: &'a DiscordSettings,
    lang: Language,
    /// The configured server and the bot as its member, if both could be read.
    guild: Option<(PartialGuild, Member)>,
}

/// Runs the Discord checks, adding what they find to `report`.
pub(super) async fn check(
    config: &DiscordSettings,
    token: Option<&SecretString>,
    groups: &[GroupChannel],
    lang: Language,
    report: &mut Report,
) {
    let Some(token) = token else {
        report.push(Mark::Fail, t(lang, "error-missing-token", &[]));
        return;
    };
    let mut builder = serenity::HttpBuilder::new(token.expose_secret());
    if let Some(base) = &config.api_base {
        builder = builder.proxy(base.as_str()).ratelimiter_disabled(true);
    }
    let http = builder.build();
    let me = match http.get_current_user().await {
        Ok(me) => me,
        Err(e) if status(&e) == Some(401) => {
            report.push(Mark::Fail, t(lang, "doctor-token-invalid", &[]));
            return;
        }
        Err(e) => {
            report.push(Mark::Fail, unreachable(&e, lang));
            return;
        }
    };
    let args = [("name", me.tag().into())];
    report.push(Mark::Ok, t(lang, "doctor-token-ok", &args));
    let mut discord = Discord {
        http,
        bot: me.id,
        config,
        lang,
        guild: None,
    };
    discord.server(report).await;
    for group in groups {
        match group.channel_id {
            Some(id) => discord.channel(id, Whose::Group(&group.name), report).await,
            None => {
                let args = [("group", group.name.as_str().into())];
                report.push(Mark::Note, t(lang, "doctor-group-no-channel", &args));
            }
        }
    }
    discord.secretariat(report).await;
    discord.commands(report).await;
}

/// The HTTP status of a refused request.
fn status(e: &serenity::Error) -> Option<u16> {
    match e {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(r)) => {
            Some(r.status_code.as_u16())
        }
        _ => None,
    }
}

fn unreachable(e: &serenity::Error, lang: Language) -> String {
    let reason = e.to_string().trim_end_matches('.').to_owned();
    t(
        lang,
        "doctor-discord-unreachable",
        &[("reason", reason.into())],
    )
}

impl Discord<'_> {
    /// The configured server, and the bot as its member.
    async fn server(&mut self, report: &mut Report) {
        let lang = self.lang;
        let Some(id) = self.config.guild_id else {
            report.push(Mark::Note, t(lang, "doctor-guild-none", &[]));
            return;
        };
        let guild_id = GuildId::new(id);
        let found = match self.http.get_guild(guild_id).await {
            Ok(guild) => self
                .http
                .get_member(guild_id, self.bot)
                .await
                .map(|member| (guild, member)),
            Err(e) => Err(e),
        };
        match found {
            Ok((guild, member)) => {
                let args = [("name", guild.name.as_str().into())];
                report.push(Mark::Ok, t(lang, "doctor-guild-ok", &args));
                self.guild = Some((guild, member));
            }
            Err(e) if matches!(status(&e), Some(403 | 404)) => {
                let args = [("id", id.to_string().into())];
                report.push(Mark::Fail, t(lang, "doctor-guild-missing", &args));
            }
            Err(e) => report.push(Mark::Fail, unreachable(&e, lang)),
        }
    }

    /// A channel exists, is a text channel on the server, and the bot may do its job there.
    async fn channel(&self, id: u64, whose: Whose<'_>, report: &mut Report) {
        let lang = self.lang;
        let (which, group) = match whose {
            Whose::Group(name) => ("group", name),
            Whose::Secretariat => ("secretariat", ""),
        };
        let label = t(
            lang,
            "doctor-channel-label",
            &[("which", which.into()), ("group", group.into())],
        );
        let fix = t(lang, "doctor-channel-fix", &[("which", which.into())]);
        let say = |key: &str, channel: &str, extra: Vec<(&'static str, FluentValue<'static>)>| {
            let mut args: Vec<(&str, FluentValue<'static>)> = vec![
                ("label", label.clone().into()),
                ("id", id.to_string().into()),
                ("channel", channel.to_owned().into()),
                ("fix", fix.clone().into()),
            ];
            args.extend(extra);
            sentence(t(lang, key, &args))
        };
        let channel = match self.http.get_channel(ChannelId::new(id)).await {
            Ok(Channel::Guild(channel)) => channel,
            Ok(_) => return report.push(Mark::Fail, say("doctor-channel-not-text", "", vec![])),
            Err(e) if matches!(status(&e), Some(403 | 404)) => {
                return report.push(Mark::Fail, say("doctor-channel-missing", "", vec![]));
            }
            Err(e) => return report.push(Mark::Fail, unreachable(&e, lang)),
        };
        if !matches!(channel.kind, ChannelType::Text | ChannelType::News) {
            return report.push(
                Mark::Fail,
                say("doctor-channel-not-text", &channel.name, vec![]),
            );
        }
        let configured = self.config.guild_id;
        if configured.is_some_and(|g| g != channel.guild_id.get()) {
            let text = say("doctor-channel-other-server", &channel.name, vec![]);
            return report.push(Mark::Fail, text);
        }
        let server = match &self.guild {
            Some((guild, member)) if guild.id == channel.guild_id => {
                Ok((guild.clone(), member.clone()))
            }
            _ => self.server_of(channel.guild_id).await,
        };
        let (guild, member) = match server {
            Ok(found) => found,
            Err(e) => return report.push(Mark::Fail, unreachable(&e, lang)),
        };
        let granted = guild.user_permissions_in(&channel, &member);
        let missing = permissions::missing(granted, lang);
        if missing.is_empty() {
            report.push(Mark::Ok, say("doctor-channel-ok", &channel.name, vec![]));
        } else {
            let extra = vec![
                ("permissions", missing.join(", ").into()),
                ("count", missing.len().into()),
            ];
            let text = say("doctor-channel-permissions", &channel.name, extra);
            report.push(Mark::Fail, text);
        }
    }

    async fn server_of(&self, id: GuildId) -> Result<(PartialGuild, Member), serenity::Error> {
        let guild = self.http.get_guild(id).await?;
        let member = self.http.get_member(id, self.bot).await?;
        Ok((guild, member))
    }

    /// The secretariat's role exists, and its reports have somewhere to go.
    async fn secretariat(&self, report: &mut Report) {
        let lang = self.lang;
        let discord = &self.config;
        match (discord.secretariat_role_id, &self.guild) {
            (None, _) => report.push(Mark::Note, t(lang, "doctor-role-none", &[])),
            (Some(id), Some((guild, _))) => match guild.roles.get(&serenity::RoleId::new(id)) {
                Some(role) => {
                    let args = [("name", role.name.as_str().into())];
                    report.push(Mark::Ok, t(lang, "doctor-role-ok", &args));
                }
                None => {
                    let args = [("id", id.to_string().into())];
                    report.push(Mark::Fail, t(lang, "doctor-role-missing", &args));
                }
            },
            // Without the server the role cannot be looked up; the server's check said why.
            (Some(_), None) => {}
        }
        match discord.secretariat_channel_id {
            Some(id) => self.channel(id, Whose::Secretariat, report).await,
            None if !discord.secretariat_user_ids.is_empty() => {
                let args = [("count", discord.secretariat_user_ids.len().into())];
                report.push(Mark::Ok, t(lang, "doctor-secretariat-dm", &args));
            }
            None => report.push(Mark::Note, t(lang, "doctor-secretariat-none", &[])),
        }
    }

    /// Where the commands are registered: in the server (immediate) or globally.
    async fn commands(&self, report: &mut Report) {
        let lang = self.lang;
        let expected = command_names();
        if let Err(e) = self.set_application_id().await {
            return report.push(Mark::Note, unchecked(&e, lang));
        }
        let global = match self.http.get_global_commands().await {
            Ok(list) => names(&list),
            Err(e) => return report.push(Mark::Note, unchecked(&e, lang)),
        };
        let in_guild = match self.config.guild_id {
            Some(id) => match self.http.get_guild_commands(GuildId::new(id)).await {
                Ok(list) => names(&list),
                Err(e) => return report.push(Mark::Note, unchecked(&e, lang)),
            },
            None => BTreeSet::new(),
        };
        let place = if expected.is_subset(&in_guild) {
            Some("guild")
        } else if expected.is_subset(&global) {
            Some("global")
        } else {
            None
        };
        match place {
            Some(place) => {
                let args = [("where", place.into()), ("count", expected.len().into())];
                report.push(Mark::Ok, t(lang, "doctor-commands-ok", &args));
            }
            None => {
                let found: BTreeSet<_> = global.union(&in_guild).cloned().collect();
                let missing: Vec<_> = expected.difference(&found).cloned().collect();
                let args = [
                    ("missing", missing.join(", ").into()),
                    ("count", missing.len().into()),
                ];
                report.push(Mark::Note, t(lang, "doctor-commands-missing", &args));
            }
        }
    }

    /// Commands are listed per application: its id, from Discord.
    async fn set_application_id(&self) -> Result<(), serenity::Error> {
        let app = self.http.get_current_application_info().await?;
        self.http.set_application_id(app.id);
        Ok(())
    }
}

fn unchecked(e: &serenity::Error, lang: Language) -> String {
    t(
        lang,
        "doctor-commands-unchecked",
        &[("reason", e.to_string().into())],
    )
}

fn names(commands: &[serenity::Command]) -> BTreeSet<String> {
    commands.iter().map(|c| c.name.clone()).collect()
}

/// The top-level commands the bot registers (their names in the code, as Discord lists them).
fn command_names() -> BTreeSet<String> {
    crate::bot::command_keys()
        .into_iter()
        .filter_map(|key| {
            let name = key.strip_prefix("cmd-")?.strip_suffix("-name")?;
            (!name.contains('-')).then(|| name.to_owned())
        })
        .collect()
}
