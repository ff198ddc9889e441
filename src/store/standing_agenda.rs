//! A group's standing agenda (its template) in the store: read, and replaced in a
//! transaction.

use super::{Store, StoreError};
use crate::domain::standing::{Template, TemplateItem};
use crate::domain::StandingItem;
use sqlx::SqliteConnection;

impl Store {
    /// The group's own standing agenda; `None`: it has none (or there is no such group).
    pub async fn template(&self, group_slug: &str) -> Result<Option<Template>, StoreError> {
        let rows = sqlx::query!(
            "SELECT s.title, s.description, s.standing, s.collects_briefs, s.after_own
             FROM standing_agenda s JOIN groups g ON g.id = s.group_id
             WHERE g.slug = ? ORDER BY s.position",
            group_slug
        )
        .fetch_all(&self.pool)
        .await?;
        Ok((!rows.is_empty()).then(|| Template {
            items: rows
                .into_iter()
                .map(|r| TemplateItem {
                    title: r.title,
                    description: r.description,
                    standing: r.standing.as_deref().and_then(StandingItem::from_code),
                    collects_briefs: r.collects_briefs != 0,
                    after_own: r.after_own != 0,
                })
                .collect(),
        }))
    }

    /// Replaces the group's standing agenda (one transaction); false if there is no such group.
    pub async fn save_template(
        &self,
        group_slug: &str,
        template: &Template,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let found = write_template(&mut tx, group_slug, template).await?;
        tx.commit().await?;
        Ok(found)
    }
}

/// Replaces the group's standing agenda in a transaction; false if there is no such group.
pub(super) async fn write_template(
    conn: &mut SqliteConnection,
    group_slug: &str,
    template: &Template,
) -> Result<bool, StoreError> {
    let Some(group_id) = sqlx::query_scalar!(
        r#"SELECT id AS "id!: i64" FROM groups WHERE slug = ?"#,
        group_slug
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(false);
    };
    sqlx::query!("DELETE FROM standing_agenda WHERE group_id = ?", group_id)
        .execute(&mut *conn)
        .await?;
    for (position, item) in (1_i64..).zip(&template.items) {
        let standing = item.standing.map(StandingItem::code);
        sqlx::query!(
            "INSERT INTO standing_agenda
                 (group_id, position, title, description, standing, collects_briefs, after_own)
             VALUES (?, ?, ?, ?, ?, ?, ?)",
            group_id,
            position,
            item.title,
            item.description,
            standing,
            item.collects_briefs,
            item.after_own
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(true)
}
