//! Who is acting: the Discord user behind an interaction, and whether they hold the
//! secretariat's role (checked here, on the server, whatever Discord's own settings show).

use super::{Context, Data};
use crate::app::Actor;
use poise::serenity_prelude as serenity;

/// The actor behind an interaction, from its user and (in a server) member object.
pub fn actor(data: &Data, user: &serenity::User, member: Option<&serenity::Member>) -> Actor {
    let secretariat = match (data.secretariat_role, member) {
        (Some(role), Some(member)) => member.roles.contains(&role),
        _ => false,
    };
    let name = member
        .and_then(|m| m.nick.clone())
        .or_else(|| user.global_name.clone())
        .unwrap_or_else(|| user.name.clone());
    Actor {
        discord_user_id: user.id.get(),
        name,
        secretariat,
    }
}

/// The actor behind a command.
pub fn command_actor(ctx: Context<'_>) -> Actor {
    let member = match ctx {
        poise::Context::Application(a) => a.interaction.member.as_deref(),
        poise::Context::Prefix(_) => None,
    };
    actor(ctx.data(), ctx.author(), member)
}
