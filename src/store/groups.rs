//! The working groups and the Discord channel each one posts in.

use super::{discord_id, Store, StoreError};
use crate::domain::records::GroupChannel;

impl Store {
    /// Every working group, by name, with the channel its notices go to.
    pub async fn group_channels(&self) -> Result<Vec<GroupChannel>, StoreError> {
        let rows = sqlx::query!(
            r#"SELECT slug, name, discord_channel_id AS "channel_id: i64"
               FROM groups ORDER BY name, slug"#
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| GroupChannel {
                slug: r.slug,
                name: r.name,
                channel_id: r.channel_id.map(discord_id),
            })
            .collect())
    }
}
