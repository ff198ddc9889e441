//! A minimal real serenity + poise bot with one `/ping` command that answers "pong" ephemerally:
//! the simulator's self-test subject and the baseline benchmarks compare the real bot against.
use std::sync::Arc;

use poise::serenity_prelude as serenity;

use super::Sim;

type Error = Box<dyn std::error::Error + Send + Sync>;
type Context<'a> = poise::Context<'a, (), Error>;

/// Replies "pong", visible only to the caller.
#[poise::command(slash_command)]
async fn ping(ctx: Context<'_>) -> Result<(), Error> {
    ctx.send(
        poise::CreateReply::default()
            .content("pong")
            .ephemeral(true),
    )
    .await?;
    Ok(())
}

/// A running ping bot; dropping it stops the client task.
pub struct PingBot {
    pub shard_manager: Arc<serenity::ShardManager>,
    pub http: Arc<serenity::Http>,
    task: tokio::task::JoinHandle<()>,
}

impl PingBot {
    /// Closes the gateway connection cleanly and stops the client.
    pub async fn stop(self) {
        self.shard_manager.shutdown_all().await;
    }
}

impl Drop for PingBot {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Builds the serenity HTTP client the way the real bot must: proxied to the simulator, with
/// serenity's own rate limiter off.
pub fn http_for(sim: &Sim) -> serenity::Http {
    http_at(sim.api_base(), sim.token())
}

fn http_at(api_base: &str, token: &str) -> serenity::Http {
    serenity::HttpBuilder::new(token)
        .proxy(api_base)
        .ratelimiter_disabled(true)
        .build()
}

/// Starts the ping bot against `sim`: it fetches the gateway URL, connects, and on READY
/// registers `/ping` in the sim's guild. Returns once the client is built (not yet READY).
pub async fn start(sim: &Sim) -> PingBot {
    start_at(sim.api_base(), sim.token(), sim.guild_id()).await
}

/// The same against a simulator known only by its address, token and guild: for a ping bot
/// in a process of its own (the benchmarks measure its CPU time beside the real bot's).
pub async fn start_at(api_base: &str, token: &str, guild_id: u64) -> PingBot {
    let guild_id = serenity::GuildId::new(guild_id);
    let framework = poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: vec![ping()],
            ..Default::default()
        })
        .setup(move |ctx, _ready, framework| {
            Box::pin(async move {
                poise::builtins::register_in_guild(ctx, &framework.options().commands, guild_id)
                    .await?;
                Ok(())
            })
        })
        .build();
    let mut client = serenity::ClientBuilder::new_with_http(
        http_at(api_base, token),
        serenity::GatewayIntents::GUILDS,
    )
    .framework(framework)
    .await
    .expect("build the ping bot's serenity client");
    let shard_manager = Arc::clone(&client.shard_manager);
    let http = Arc::clone(&client.http);
    let task = tokio::spawn(async move {
        if let Err(e) = client.start().await {
            eprintln!("ping bot stopped: {e}");
        }
    });
    PingBot {
        shard_manager,
        http,
        task,
    }
}
