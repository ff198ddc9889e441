//! What leaves the database whole: the export view of a meeting for every renderer (the
//! CLI's `export`, the bot's `/export`), and the backup copy of the database.

use super::{AppError, Roundtable};
use crate::export::ExportView;

impl Roundtable {
    /// A consistent copy of the live database at `path` (safe while the bot runs).
    pub async fn backup_to(
        &self,
        path: &std::path::Path,
    ) -> Result<super::BackupInfo, super::BackupError> {
        self.store.backup_to(path).await
    }

    /// A meeting, its briefs, attendance and the follow-up items it takes up, as the exports
    /// show them, in the app's zone.
    pub async fn export_view(&self, meeting_id: i64) -> Result<ExportView, AppError> {
        let details = self.store.meeting_details(meeting_id).await?;
        let briefs = self.store.region_briefs(meeting_id).await?;
        let attendance = self.store.attendance(meeting_id).await?;
        let follow_ups = self.store_follow_ups_at(meeting_id).await?;
        Ok(ExportView::from_records(&details, &briefs, self.tz)
            .with_attendance(&attendance)
            .with_follow_ups(&follow_ups))
    }
}
