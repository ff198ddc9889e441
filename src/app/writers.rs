//! Whose brief a submitted form carries: the meeting and region it names, if the member may
//! write for that region (the secretariat for every region), read in one statement, since
//! this runs for every submitted brief.

use super::{Actor, AppError, BriefError, Roundtable};
use crate::domain::records::RegionRow;
use crate::domain::MeetingSummary;

impl Roundtable {
    /// The meeting and region a brief form names, if `actor` may write for that region; a
    /// region not of the meeting is refused as an unknown meeting (the form is stale).
    pub async fn region_to_write(
        &self,
        meeting_id: i64,
        region_id: i64,
        actor: &Actor,
    ) -> Result<(MeetingSummary, RegionRow), BriefError> {
        let (meeting, region) = self
            .store
            .meeting_region_access(meeting_id, region_id, actor.discord_user_id)
            .await?;
        match region {
            Some((region, represents)) if represents || actor.secretariat => Ok((meeting, region)),
            Some((region, _)) => Err(BriefError::NotRepresentative {
                region: region.name,
            }),
            None => Err(AppError::MeetingNotFound { named: None }.into()),
        }
    }
}
