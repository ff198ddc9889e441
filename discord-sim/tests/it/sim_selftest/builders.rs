//! Bodies built by serenity's and poise's builders pass the spec: a rich command set (subcommands,
//! choices, limits, localizations, permissions, contexts) and rich replies (embeds, buttons,
//! selects, modals, autocomplete, replies, DMs).
use poise::serenity_prelude as serenity;
use serde_json::json;
use serenity::all::{
    ButtonStyle, ChannelId, Command, CreateActionRow, CreateAllowedMentions, CreateAttachment,
    CreateAutocompleteResponse, CreateButton, CreateEmbed, CreateEmbedAuthor, CreateEmbedFooter,
    CreateInputText, CreateInteractionResponse, CreateInteractionResponseFollowup,
    CreateInteractionResponseMessage, CreateMessage, CreateModal, CreateSelectMenu,
    CreateSelectMenuKind, CreateSelectMenuOption, EditInteractionResponse, EditMessage, GuildId,
    HttpBuilder, InputTextStyle, Timestamp, UserId,
};

use discord_sim::{Sim, User};

type Error = Box<dyn std::error::Error + Send + Sync>;
type Context<'a> = poise::Context<'a, (), Error>;

#[derive(poise::ChoiceParameter)]
enum Kind {
    Regular,
    Extraordinary,
}

async fn titles<'a>(_ctx: Context<'a>, _partial: &'a str) -> serenity::CreateAutocompleteResponse {
    serenity::CreateAutocompleteResponse::new()
}

/// The agenda
#[poise::command(
    slash_command,
    subcommands("add", "show"),
    default_member_permissions = "MANAGE_GUILD",
    guild_only,
    name_localized("no", "dagsorden"),
    description_localized("no", "Dagsorden")
)]
async fn agenda(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Add an item
#[poise::command(slash_command)]
async fn add(
    _ctx: Context<'_>,
    #[description = "Title"]
    #[autocomplete = "titles"]
    #[max_length = 100]
    title: String,
    #[description = "Kind"] kind: Kind,
    #[description = "Minutes"]
    #[min = 1]
    #[max = 120]
    minutes: Option<i64>,
    #[description = "Who"] who: Option<serenity::User>,
    #[description = "Where"]
    #[channel_types("Text")]
    place: Option<serenity::GuildChannel>,
    #[description = "File"] file: Option<serenity::Attachment>,
) -> Result<(), Error> {
    drop((title, kind, minutes, who, place, file));
    Ok(())
}

/// Show the agenda
#[poise::command(slash_command)]
async fn show(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Help in DMs
#[poise::command(slash_command, dm_only)]
async fn help(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

fn embed() -> CreateEmbed {
    CreateEmbed::new()
        .title("Agenda")
        .description("Items")
        .field("Budget", "10 min", true)
        .footer(CreateEmbedFooter::new("footer"))
        .author(CreateEmbedAuthor::new("Board"))
        .colour(0x00ff00)
        .timestamp(Timestamp::now())
        .url("https://example.com")
        .thumbnail("https://example.com/x.png")
}

fn components() -> Vec<CreateActionRow> {
    let buttons = CreateActionRow::Buttons(vec![
        CreateButton::new("yes")
            .label("Yes")
            .style(ButtonStyle::Success),
        CreateButton::new_link("https://example.com").label("Docs"),
        CreateButton::new("up").emoji('👍').disabled(true),
    ]);
    let option = CreateSelectMenuOption::new("A", "a")
        .description("first")
        .default_selection(true);
    let kind = CreateSelectMenuKind::String {
        options: vec![option],
    };
    let select = CreateSelectMenu::new("pick", kind)
        .placeholder("pick")
        .min_values(1)
        .max_values(1);
    vec![buttons, CreateActionRow::SelectMenu(select)]
}

#[tokio::test]
async fn sim_serenity_and_poise_builders_validate() {
    let sim = Sim::start().await;
    let http = HttpBuilder::new(sim.token())
        .proxy(sim.api_base())
        .ratelimiter_disabled(true)
        .application_id(sim.application_id().into())
        .build();
    let mut commands = vec![agenda(), help()];
    poise::framework::set_qualified_names(&mut commands);
    let builders = poise::builtins::create_application_commands(&commands);
    GuildId::new(sim.guild_id())
        .set_commands(&http, builders.clone())
        .await
        .expect("guild commands");
    Command::set_global_commands(&http, builders)
        .await
        .expect("global commands");

    let kari = User::member("Kari");
    let channel = sim.default_channel();
    let i = sim
        .invoke(&kari, channel, "agenda", json!([{ "name": "show" }]))
        .await;
    let mentions = CreateAllowedMentions::new().users(vec![UserId::new(kari.id)]);
    let message = CreateInteractionResponseMessage::new()
        .content("hi")
        .embed(embed())
        .components(components())
        .ephemeral(true)
        .allowed_mentions(mentions);
    let reply = CreateInteractionResponse::Message(message);
    http.create_interaction_response(i.id.into(), &i.token, &reply, vec![])
        .await
        .expect("reply");
    let follow = CreateInteractionResponseFollowup::new()
        .embed(embed())
        .components(components());
    http.create_followup_message(&i.token, &follow, vec![])
        .await
        .expect("follow-up");
    let file = CreateAttachment::bytes(b"x".to_vec(), "x.txt");
    let edit = EditInteractionResponse::new()
        .content("edited")
        .components(vec![])
        .new_attachment(file.clone());
    http.edit_original_interaction_response(&i.token, &edit, vec![file])
        .await
        .expect("edit");

    let i = sim
        .invoke(&kari, channel, "agenda", json!([{ "name": "show" }]))
        .await;
    let input = CreateInputText::new(InputTextStyle::Paragraph, "Reason", "reason")
        .placeholder("why")
        .required(false)
        .max_length(500);
    let modal = CreateModal::new("why", "Why?").components(vec![CreateActionRow::InputText(input)]);
    let modal = CreateInteractionResponse::Modal(modal);
    http.create_interaction_response(i.id.into(), &i.token, &modal, vec![])
        .await
        .expect("modal");

    let typed = json!([{ "name": "add", "options": [{ "name": "title", "value": "Bu", "focused": true }] }]);
    let a = sim.autocomplete(&kari, channel, "agenda", typed).await;
    let choices = CreateAutocompleteResponse::new().add_string_choice("Budget", "budget");
    let choices = CreateInteractionResponse::Autocomplete(choices);
    http.create_interaction_response(a.id.into(), &a.token, &choices, vec![])
        .await
        .expect("choices");

    let ch = ChannelId::new(channel);
    let posted = ch
        .send_message(
            &http,
            CreateMessage::new().embed(embed()).components(components()),
        )
        .await;
    let posted = posted.expect("post");
    ch.send_message(
        &http,
        CreateMessage::new()
            .content("re")
            .reference_message(&posted),
    )
    .await
    .expect("reply");
    ch.edit_message(&http, posted.id, EditMessage::new().content("y"))
        .await
        .expect("edit");
    ch.delete_message(&http, posted.id).await.expect("delete");
    let dm = UserId::new(kari.id)
        .create_dm_channel(&http)
        .await
        .expect("DM channel");
    dm.id.say(&http, "hello").await.expect("DM");
    assert_eq!(sim.channel_messages(dm.id.get()).len(), 1);
    sim.assert_no_violations();
}
