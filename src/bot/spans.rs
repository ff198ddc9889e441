//! The one place an interaction's tracing span is made: every event poise dispatches runs
//! inside a span with the interaction's id, what was used (command or component), and the user;
//! the meeting is recorded into it once known ([`super::commands::find_meeting`]). Inside it,
//! the guild gate ([`super::guild_gate`]) answers an interaction from another server before
//! poise sees it.

use poise::serenity_prelude as serenity;

/// poise's framework, with each event dispatched inside its span, past the guild gate.
pub struct Spanned<U: Send + Sync + 'static, E: 'static> {
    pub framework: poise::Framework<U, E>,
    pub gate: std::sync::Arc<super::guild_gate::GuildGate>,
    pub default_language: crate::i18n::Language,
}

/// The span of one event: an interaction's, or a quiet one for everything else.
fn span_for(event: &serenity::FullEvent) -> tracing::Span {
    let serenity::FullEvent::InteractionCreate { interaction } = event else {
        return tracing::debug_span!("event", name = event.snake_case_name());
    };
    let (used, user) = match interaction {
        serenity::Interaction::Command(c) | serenity::Interaction::Autocomplete(c) => {
            (c.data.name.clone(), c.user.id)
        }
        serenity::Interaction::Component(c) => (c.data.custom_id.clone(), c.user.id),
        serenity::Interaction::Modal(m) => (m.data.custom_id.clone(), m.user.id),
        _ => (String::new(), serenity::UserId::new(1)),
    };
    tracing::info_span!(
        "interaction",
        id = %interaction.id(),
        used = %used,
        user = %user,
        meeting = tracing::field::Empty
    )
}

#[serenity::async_trait]
impl<U: Send + Sync + 'static, E: Send + Sync + 'static> serenity::Framework for Spanned<U, E> {
    async fn init(&mut self, client: &serenity::Client) {
        self.framework.init(client).await;
    }

    async fn dispatch(&self, ctx: serenity::Context, event: serenity::FullEvent) {
        use tracing::Instrument;
        let span = span_for(&event);
        async {
            if let serenity::FullEvent::InteractionCreate { interaction } = &event {
                let gate =
                    super::guild_gate::screen(&self.gate, &ctx, interaction, self.default_language);
                if !gate.await {
                    return;
                }
            }
            self.framework.dispatch(ctx, event).await;
        }
        .instrument(span)
        .await;
    }
}
