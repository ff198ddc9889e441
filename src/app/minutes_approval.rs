//! Approving the minutes: at the group's next meeting (or after it), the minutes are locked
//! and stored whole, rendered in every format with the SHA-256 of their content, and logged.
//! A later correction is an appended, dated rettelse with its own approval (a new version);
//! the stored bytes of each version are what the archive gets.

use super::minutes::{change_kind, logged, sak_label, MinutesFailure};
use super::{Actor, Roundtable};
use crate::domain::minutes::{check_approvable, check_step, sha256_hex, MinutesError, Stage, Step};
use crate::domain::minutes_records::{
    CorrectionStatus, ParagraphRecord, RettelseRecord, VersionRecord,
};
use crate::domain::{MeetingSummary, StandingItem};
use crate::export::{
    render_minutes, ApprovalView, CorrectionView, Format, MinutesStatus, MinutesView,
};
use crate::store::NewVersion;

/// The formats every approved version is stored in.
pub const STORED_FORMATS: [Format; 6] = Format::ALL;

/// An approval made.
#[derive(Debug, Clone)]
pub struct Approved {
    /// 1 for the minutes, higher for each approved rettelse.
    pub version: i64,
    pub sha256: String,
    pub approval: ApprovalView,
    /// The rendered files, as stored.
    pub files: Vec<(Format, Vec<u8>)>,
    pub view: MinutesView,
}

/// Where and under which sak an approval is made.
struct Approving {
    meeting: Option<MeetingSummary>,
    sak: Option<String>,
}

impl Roundtable {
    /// Approves (as the secretariat) the meeting's minutes, or, once they are approved, the
    /// rettelse waiting for approval. Refused before the group's next meeting has started,
    /// while corrections wait for a decision, and when nothing waits.
    pub async fn approve_minutes(
        &self,
        meeting: &MeetingSummary,
        actor: &Actor,
    ) -> Result<Approved, MinutesFailure> {
        if !actor.secretariat {
            return Err(MinutesFailure::NotSecretariat);
        }
        let stage = self.minutes_stage(meeting.id).await?;
        let rettelser = self.store.rettelser(meeting.id).await?;
        let pending_rettelse = rettelser.iter().find(|r| r.version_id.is_none()).cloned();
        match (stage, &pending_rettelse) {
            (Stage::Approved { .. }, None) => return Err(MinutesError::NothingToApprove.into()),
            (Stage::Approved { .. }, Some(_)) => {}
            (stage, _) => check_step(stage, Step::Approve)?,
        }
        if let (Stage::Draft, Some((_, paragraphs))) =
            (stage, self.comment_round(meeting.id).await?)
        {
            let pending = regions_with_proposed_corrections(&paragraphs);
            check_approvable(&pending)?;
        }
        let approving = self
            .approving_meeting(meeting, pending_rettelse.is_some())
            .await?;
        let date = match &approving.meeting {
            Some(m) => m.starts_at,
            None => self.now(),
        }
        .with_timezone(&self.tz)
        .date_naive();
        let versions = self.store.minutes_versions(meeting.id).await?;
        let mut view = self.minutes_view(meeting.id).await?;
        view.corrections = self.approved_corrections(&rettelser, &versions).await?;
        if let Some(r) = &pending_rettelse {
            view.corrections.push(CorrectionView {
                dated: r.dated,
                text: r.body.clone(),
                approval: None,
            });
        }
        view.status = MinutesStatus::Draft { comments_by: None };
        let sha256 = content_hash(&view)?;
        let approval = ApprovalView {
            meeting_date: date,
            sak: approving.sak.clone(),
            sha256: sha256.clone(),
        };
        match (pending_rettelse.as_ref(), versions.first()) {
            (Some(_), Some(first)) => {
                view.status = MinutesStatus::Approved(self.approval_of(first).await?);
                if let Some(last) = view.corrections.last_mut() {
                    last.approval = Some(approval.clone());
                }
            }
            _ => view.status = MinutesStatus::Approved(approval.clone()),
        }
        let files = render_all(&view).await?;
        let view_json =
            serde_json::to_string(&view).map_err(|e| MinutesFailure::Render(e.to_string()))?;
        let stored: Vec<(&'static str, Vec<u8>)> =
            files.iter().map(|(f, b)| (f.name(), b.clone())).collect();
        let diff = serde_json::json!({
            "sha256": sha256,
            "approved_in": approving.meeting.as_ref().map(|m| m.key.clone()),
            "sak": approving.sak,
            "rettelse": pending_rettelse.as_ref().map(|r| r.id),
        })
        .to_string();
        let change = logged(actor, self.now(), change_kind::APPROVED, &diff);
        let new = NewVersion {
            meeting_id: meeting.id,
            sha256: &sha256,
            view_json: &view_json,
            approving_meeting_id: approving.meeting.as_ref().map(|m| m.id),
            approving_sak: approving.sak.as_deref(),
            files: &stored,
            rettelse_id: pending_rettelse.as_ref().map(|r| r.id),
        };
        if !self.store.store_version(&new, &change).await? {
            return Err(self
                .not_stored(meeting.id, pending_rettelse.is_some())
                .await);
        }
        tracing::info!(meeting = meeting.id, sha256 = %sha256, "minutes approved");
        Ok(Approved {
            version: i64::try_from(versions.len()).unwrap_or_default() + 1,
            sha256,
            approval,
            files,
            view,
        })
    }

    /// The meeting the minutes are approved in: the group's next, which must have started
    /// (for a rettelse: the group's latest that has started since); the sak is its
    /// minutes-approval item. Without such a meeting: none.
    async fn approving_meeting(
        &self,
        meeting: &MeetingSummary,
        rettelse: bool,
    ) -> Result<Approving, MinutesFailure> {
        let next = if rettelse {
            self.store
                .latest_started_meeting_after(meeting.id, self.now())
                .await?
        } else {
            self.store.next_meeting_of_group(meeting.id).await?
        };
        let Some(next) = next else {
            return Ok(Approving {
                meeting: None,
                sak: None,
            });
        };
        let details = self.store.meeting_details(next).await?;
        if self.now() < details.summary.starts_at {
            return Err(MinutesError::BeforeApprovingMeeting {
                starts: details.summary.starts_at,
            }
            .into());
        }
        let sak = details
            .agenda
            .iter()
            .find(|i| i.standing == Some(StandingItem::MinutesApproval))
            .map(|i| sak_label(i, &details));
        Ok(Approving {
            meeting: Some(details.summary),
            sak,
        })
    }

    /// The approval a stored version records.
    async fn approval_of(&self, version: &VersionRecord) -> Result<ApprovalView, MinutesFailure> {
        let at = match version.approving_meeting_id {
            Some(id) => self.store.meeting_summary(id).await?.starts_at,
            None => version.approved_at,
        };
        Ok(ApprovalView {
            meeting_date: at.with_timezone(&self.tz).date_naive(),
            sak: version.approving_sak.clone(),
            sha256: version.sha256.clone(),
        })
    }

    /// The rettelser approved so far, each with its approval.
    async fn approved_corrections(
        &self,
        rettelser: &[RettelseRecord],
        versions: &[VersionRecord],
    ) -> Result<Vec<CorrectionView>, MinutesFailure> {
        let mut out = Vec::new();
        for r in rettelser {
            let Some(version) = versions.iter().find(|v| Some(v.id) == r.version_id) else {
                continue;
            };
            out.push(CorrectionView {
                dated: r.dated,
                text: r.body.clone(),
                approval: Some(self.approval_of(version).await?),
            });
        }
        Ok(out)
    }

    /// Appends (as the secretariat) a dated rettelse to approved minutes; it waits for its
    /// own approval (`approve_minutes`).
    /// Why an approval was not stored after all: the rettelse was approved meanwhile, a
    /// correction was proposed after the check, or the minutes were approved meanwhile.
    async fn not_stored(&self, meeting_id: i64, rettelse: bool) -> MinutesFailure {
        if rettelse {
            return MinutesError::NothingToApprove.into();
        }
        if let Ok(Some((_, paragraphs))) = self.comment_round(meeting_id).await {
            let pending = regions_with_proposed_corrections(&paragraphs);
            if let Err(e) = check_approvable(&pending) {
                return e.into();
            }
        }
        self.locked(meeting_id).await
    }

    pub async fn add_rettelse(
        &self,
        meeting: &MeetingSummary,
        text: &str,
        actor: &Actor,
    ) -> Result<i64, MinutesFailure> {
        self.minutes_step(meeting.id, actor, Step::Rettelse).await?;
        let body = crate::domain::minutes::parse_paragraph(text)?;
        let dated = self.now().with_timezone(&self.tz).date_naive();
        let change = logged(actor, self.now(), change_kind::RETTELSE, "{}");
        Ok(self
            .store
            .add_rettelse(meeting.id, dated, &body, &change)
            .await?)
    }

    /// The approved versions of a meeting's minutes, oldest first.
    pub async fn minutes_versions(
        &self,
        meeting_id: i64,
    ) -> Result<Vec<VersionRecord>, MinutesFailure> {
        Ok(self.store.minutes_versions(meeting_id).await?)
    }

    /// The locked minutes' bytes in a format, exactly as stored at their approval: the
    /// latest version, or the one asked for.
    pub async fn locked_minutes(
        &self,
        meeting_id: i64,
        format: Format,
        version: Option<i64>,
    ) -> Result<(VersionRecord, Vec<u8>), MinutesFailure> {
        let versions = self.store.minutes_versions(meeting_id).await?;
        let chosen = match version {
            Some(n) => versions.into_iter().find(|v| v.version == n),
            None => versions.into_iter().last(),
        };
        let Some(chosen) = chosen else {
            return Err(MinutesError::NotApproved.into());
        };
        let bytes = self
            .store
            .minutes_file(chosen.id, format.name())
            .await?
            .ok_or(MinutesError::NotApproved)?;
        Ok((chosen, bytes))
    }
}

/// The SHA-256 of the minutes' content: the view's canonical JSON without its approval.
pub fn content_hash(view: &MinutesView) -> Result<String, MinutesFailure> {
    let json = serde_json::to_vec(view).map_err(|e| MinutesFailure::Render(e.to_string()))?;
    Ok(sha256_hex(&json))
}

/// Renders the view in every stored format (off the async threads: a PDF takes a while).
pub async fn render_all(view: &MinutesView) -> Result<Vec<(Format, Vec<u8>)>, MinutesFailure> {
    let view = view.clone();
    tokio::task::spawn_blocking(move || {
        STORED_FORMATS
            .iter()
            .map(|f| Ok((*f, render_minutes(&view, *f)?)))
            .collect::<Result<Vec<_>, crate::export::ExportError>>()
    })
    .await
    .map_err(|e| MinutesFailure::Render(e.to_string()))?
    .map_err(|e| MinutesFailure::Render(e.to_string()))
}

/// The regions whose paragraph has a correction waiting for the secretariat's decision.
fn regions_with_proposed_corrections(paragraphs: &[ParagraphRecord]) -> Vec<String> {
    paragraphs
        .iter()
        .filter(|p| {
            p.corrections
                .iter()
                .any(|c| c.status == CorrectionStatus::Proposed)
        })
        .map(|p| p.region.clone())
        .collect()
}
