//! The secretariat's links of Discord users to regions (representatives) and to invitees:
//! they change who may write a region's brief, so each is written with its line in the
//! meeting's change log, in one transaction.

use super::meeting_admin::ChangeKind;
use super::{Actor, AppError, Roundtable};
use crate::domain::meeting_diff::{MeetingDiff, UserLink};
use crate::domain::records::InviteeRef;
use crate::store::NewChange;

/// A Discord user to link: their id and their name on Discord now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscordUser {
    pub id: u64,
    pub name: String,
}

impl DiscordUser {
    fn link(&self, to: &str) -> UserLink {
        UserLink {
            user_id: self.id,
            user: self.name.clone(),
            to: to.to_owned(),
        }
    }
}

impl Roundtable {
    /// Makes `user` speak for `region` (false: they did already; nothing is logged).
    pub async fn add_representative_logged(
        &self,
        meeting_id: i64,
        region: &str,
        user: &DiscordUser,
        by: &Actor,
    ) -> Result<bool, AppError> {
        let diff = MeetingDiff {
            representatives_added: vec![user.link(region)],
            ..MeetingDiff::default()
        };
        let diff = serde_json::to_string(&diff).unwrap_or_default();
        let now = self.now();
        let change = change(&diff, ChangeKind::Representative, by, now);
        Ok(self
            .store
            .add_representative_logged(
                meeting_id,
                region,
                user.id,
                by.discord_user_id,
                now,
                Some(&change),
            )
            .await?)
    }

    /// Makes `user` no longer speak for `region` (false: the secretariat had not linked them).
    pub async fn remove_representative_logged(
        &self,
        meeting_id: i64,
        region: &str,
        user: &DiscordUser,
        by: &Actor,
    ) -> Result<bool, AppError> {
        let diff = MeetingDiff {
            representatives_removed: vec![user.link(region)],
            ..MeetingDiff::default()
        };
        let diff = serde_json::to_string(&diff).unwrap_or_default();
        let change = change(&diff, ChangeKind::Representative, by, self.now());
        Ok(self
            .store
            .remove_representative_logged(meeting_id, region, user.id, Some(&change))
            .await?)
    }

    /// Links `user` to an invitee (their answers, and their region's brief, become theirs).
    pub async fn link_invitee_logged(
        &self,
        invitee: &InviteeRef,
        user: &DiscordUser,
        by: &Actor,
    ) -> Result<(), AppError> {
        let label = format!("{}, {}", invitee.name, invitee.organisation);
        let diff = MeetingDiff {
            invitees_linked: vec![user.link(&label)],
            ..MeetingDiff::default()
        };
        let diff = serde_json::to_string(&diff).unwrap_or_default();
        let change = change(&diff, ChangeKind::Link, by, self.now());
        Ok(self
            .store
            .link_invitee_logged(invitee.id, user.id, Some(&change))
            .await?)
    }
}

fn change<'a>(
    diff: &'a str,
    kind: ChangeKind,
    by: &'a Actor,
    at: chrono::DateTime<chrono::Utc>,
) -> NewChange<'a> {
    NewChange {
        at,
        actor_id: Some(by.discord_user_id),
        actor_name: &by.name,
        kind: kind.as_str(),
        diff,
    }
}
