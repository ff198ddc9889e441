//! The one view of a meeting's minutes every format renders, built from what is stored: the
//! agenda with each item's outcome, the briefs (the draft's paragraphs once it is out, with a
//! note for a brief withdrawn since), "Eventuelt", who was there, the minute taker.

use super::minutes::{document_language, sak_label};
use super::{AppError, Roundtable};
use crate::domain::minutes::Outcome;
use crate::domain::records::MeetingDetails;
use crate::domain::{AgendaItem, StandingItem};
use crate::export::{
    ConclusionKind as ViewKind, ConclusionView, FollowUpView, MinutesAttendance, MinutesBrief,
    MinutesItem, MinutesStatus, MinutesView, RaisedMatter,
};
use crate::i18n::t;

fn view_conclusion(outcome: &Outcome) -> Option<ConclusionView> {
    outcome.conclusion.as_ref().map(|c| ConclusionView {
        kind: match c.kind {
            crate::domain::minutes::ConclusionKind::Decision => ViewKind::Decision,
            crate::domain::minutes::ConclusionKind::Conclusion => ViewKind::Conclusion,
            crate::domain::minutes::ConclusionKind::Noted => ViewKind::Noted,
        },
        text: c.text.clone(),
    })
}

impl Roundtable {
    /// The follow-up items the meeting decided, each with the number of the sak that decided
    /// it (if one did) and as the minutes list it, its sak labelled as the agenda labels it.
    async fn decided_follow_ups(
        &self,
        details: &MeetingDetails,
    ) -> Result<Vec<(Option<u32>, FollowUpView)>, AppError> {
        let items = self.follow_ups_from(details.summary.id).await?;
        Ok(items
            .iter()
            .map(|item| {
                let number = item.origin.as_ref().and_then(|o| o.agenda_number);
                let mut view = FollowUpView::from(item);
                view.sak = number.and_then(|n| {
                    let on_agenda = details.agenda.iter().find(|i| i.number == n)?;
                    Some(sak_label(on_agenda, details))
                });
                (number, view)
            })
            .collect())
    }

    /// The minutes as they stand (a draft): the agenda with each item's outcome, the briefs
    /// (the draft's paragraphs once it is out, with a note for a brief withdrawn since),
    /// "Eventuelt", who was there.
    pub async fn minutes_view(&self, meeting_id: i64) -> Result<MinutesView, AppError> {
        let export = self.export_view(meeting_id).await?;
        let details = self.store.meeting_details(meeting_id).await?;
        let lang = document_language(&details.group.language);
        let outcomes = self.store.outcomes(meeting_id).await?;
        let raised = self.store.raised(meeting_id).await?;
        let people = self.store.minutes_people(meeting_id).await?;
        let draft = self.store.minutes_draft(meeting_id).await?;
        let current = self.store.region_briefs(meeting_id).await?;
        let briefs: Vec<MinutesBrief> = match &draft {
            Some(_) => {
                let paragraphs = self.store.minutes_paragraphs(meeting_id).await?;
                paragraphs
                    .into_iter()
                    .map(|p| {
                        let withdrawn = current
                            .iter()
                            .any(|b| b.region == p.region && b.brief.is_none());
                        MinutesBrief {
                            region: p.region,
                            author: p.author,
                            text: p.body,
                            note: withdrawn.then(|| t(lang, "minutes-note-withdrawn", &[])),
                        }
                    })
                    .collect()
            }
            None => current
                .into_iter()
                .filter_map(|r| {
                    let b = r.brief?;
                    Some(MinutesBrief {
                        region: r.region,
                        author: b.author,
                        text: b.body,
                        note: None,
                    })
                })
                .collect(),
        };
        let raised: Vec<RaisedMatter> = raised
            .into_iter()
            .map(|r| RaisedMatter {
                conclusion: view_conclusion(&r.raised.outcome),
                account: r.raised.outcome.account,
                title: r.raised.title,
            })
            .collect();
        let aob = raised_item(&details.agenda);
        let decided = self.decided_follow_ups(&details).await?;
        let items = details
            .agenda
            .iter()
            .map(|item| {
                let outcome = outcomes.iter().find(|o| o.item_number == item.number);
                MinutesItem {
                    number: item.number,
                    label: sak_label(item, &details),
                    title: item.title.clone(),
                    standing: item.standing,
                    collects_briefs: item.collects_briefs,
                    account: outcome.and_then(|o| o.outcome.account.clone()),
                    conclusion: outcome.and_then(|o| view_conclusion(&o.outcome)),
                    briefs: if item.collects_briefs {
                        briefs.clone()
                    } else {
                        Vec::new()
                    },
                    raised: if Some(item.number) == aob {
                        raised.clone()
                    } else {
                        Vec::new()
                    },
                    follow_ups: decided
                        .iter()
                        .filter(|(number, _)| *number == Some(item.number))
                        .map(|(_, view)| view.clone())
                        .collect(),
                }
            })
            .collect();
        let comments_by = draft.map(|d| d.comments_by.with_timezone(&self.tz).date_naive());
        Ok(MinutesView {
            group: export.group,
            meeting: export.meeting,
            status: MinutesStatus::Draft { comments_by },
            attendance: MinutesAttendance {
                members: export.attendance,
                secretariat: people.secretariat,
                observers: people.observers,
            },
            items,
            follow_ups: decided.into_iter().map(|(_, view)| view).collect(),
            minute_taker: people
                .minute_taker
                .or_else(|| Some(details.group.secretariat.name.clone())),
            corrections: Vec::new(),
        })
    }
}

/// The number of the item matters raised are listed under: "Eventuelt" by its standing mark,
/// else by its title, else the last item.
fn raised_item(agenda: &[AgendaItem]) -> Option<u32> {
    agenda
        .iter()
        .find(|i| i.standing == Some(StandingItem::AnyOtherBusiness))
        .or_else(|| {
            agenda
                .iter()
                .find(|i| i.title.trim().eq_ignore_ascii_case("eventuelt"))
        })
        .or_else(|| agenda.last())
        .map(|i| i.number)
}
