//! The one view of a meeting that every export format renders: group, meeting, agenda, the
//! regions' briefs in speaking order, the regions that sent nothing, the invitees, and the
//! follow-up items the meeting takes up.
//!
//! Its field names are the JSON export's (see [`super::json`]); they are stable, so change
//! them only with a new `format_version` there.

pub use super::follow_up_view::FollowUpStatusView;
use crate::domain::attendance::{minutes_attendance, AttendanceEntry, Rsvp};
use crate::domain::brief::WORDS_PER_MINUTE;
use crate::domain::follow_up::FollowUpItem;
use crate::domain::records::{BriefRecord, MeetingDetails, RegionBriefs};
use crate::domain::{AgendaItem, Invitee, SpeakingEstimate, StandingItem};
use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat, Utc};
use chrono_tz::Tz;
use serde::{Serialize, Serializer};

/// A meeting ready for export.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExportView {
    pub group: GroupView,
    pub meeting: MeetingView,
    /// The agenda items, in order.
    pub agenda: Vec<AgendaItemView>,
    /// The briefs that are in, in the regions' speaking order.
    pub briefs: Vec<BriefView>,
    /// The regions asked for a brief that have sent none (or withdrew theirs), in speaking
    /// order.
    pub regions_without_brief: Vec<String>,
    /// The invitees, in the order of the invitation list.
    pub invitees: Vec<InviteeView>,
    /// Who was there, as the minutes list it (empty lists before anyone answered).
    pub attendance: AttendanceView,
    /// The follow-up items the meeting takes up under "Oppfølging fra forrige møte" (open
    /// ones, and those done since the meeting before), open first.
    pub follow_ups: Vec<FollowUpStatusView>,
}

/// Attendance as the minutes give it: "Til stede", "Forfall", "Vara", each "Name (Organisation)".
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AttendanceView {
    pub present: Vec<String>,
    pub apologies: Vec<String>,
    /// "Deputy (Organisation)" and for whom.
    pub deputies: Vec<DeputyView>,
}

/// A deputy, and the invitee they came for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeputyView {
    pub name: String,
    pub organisation: String,
    pub for_invitee: String,
}

impl AttendanceView {
    pub fn is_empty(&self) -> bool {
        self.present.is_empty() && self.apologies.is_empty() && self.deputies.is_empty()
    }
}

/// The working group that meets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupView {
    pub name: String,
    /// The council it belongs to, e.g. "Osloregionen".
    pub organisation: String,
    /// The language of its documents, as the meeting file gives it: `nb` or `en`.
    pub language: String,
    pub secretariat: SecretariatView,
}

/// Who signs the notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecretariatView {
    pub name: String,
    pub title: String,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// The meeting itself. Times are ISO 8601 with the offset of the group's time zone at that
/// instant, e.g. `2024-11-07T12:00:00+01:00`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingView {
    pub id: i64,
    /// The stable key from the meeting file, e.g. `naeringssamarbeid-2024-11-07`.
    pub key: String,
    pub title: String,
    #[serde(serialize_with = "iso8601")]
    pub starts_at: DateTime<FixedOffset>,
    #[serde(serialize_with = "iso8601")]
    pub ends_at: DateTime<FixedOffset>,
    /// The IANA name of the time zone the times are given in, e.g. `Europe/Oslo`.
    pub time_zone: String,
    pub place: String,
    /// The date the notice is dated, `YYYY-MM-DD`.
    pub notice_date: NaiveDate,
    #[serde(serialize_with = "iso8601")]
    pub brief_deadline: DateTime<FixedOffset>,
    pub documents: Option<DocumentsView>,
}

/// The link to the meeting's papers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentsView {
    pub title: String,
    pub url: String,
}

/// One numbered item of the agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgendaItemView {
    pub number: u32,
    pub title: String,
    pub description: Option<String>,
    /// The "round the table" item, under which the briefs belong.
    pub collects_briefs: bool,
    /// The item's number in the year (`12/25`) when the group numbers its items per year.
    pub sak: Option<String>,
    /// Which standing item this is, if any (`follow_up`: the follow-up items go under it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub standing: Option<StandingItem>,
}

/// Whether a brief came in by the deadline (judged by its last edit, as `/briefs` and
/// `roundtable status` judge it). Serialized as the codes `on_time` and `late`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Timeliness {
    OnTime,
    Late,
}

impl Timeliness {
    /// The stable code: `on_time` or `late`.
    pub fn code(self) -> &'static str {
        match self {
            Self::OnTime => "on_time",
            Self::Late => "late",
        }
    }
}

/// A region's brief.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BriefView {
    pub region: String,
    pub author: String,
    /// When the brief was first saved.
    #[serde(serialize_with = "iso8601")]
    pub submitted_at: DateTime<FixedOffset>,
    /// When its current text was saved.
    #[serde(serialize_with = "iso8601")]
    pub last_edited_at: DateTime<FixedOffset>,
    pub timeliness: Timeliness,
    pub words: u32,
    /// Minutes to say it aloud at 130 words a minute, to one decimal.
    pub estimated_minutes: f64,
    /// The text exactly as stored: line breaks (also CRLF), bullets and spacing as written.
    pub text: String,
    /// The author could not attend (and sent no deputy): the brief is taken as read.
    pub taken_as_read: bool,
    #[serde(skip)]
    pub author_discord_id: Option<u64>,
}

/// A person invited to the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InviteeView {
    pub first_name: String,
    pub last_name: String,
    pub organisation: String,
    /// The member region this person speaks for, if any.
    pub region: Option<String>,
}

/// How many briefs are in, how many of them late, and how many regions sent none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ExportSummary {
    pub received: usize,
    pub late: usize,
    pub missing: usize,
}

impl ExportView {
    /// Builds the view from what the store returned.
    pub fn from_records(details: &MeetingDetails, briefs: &[RegionBriefs], tz: Tz) -> ExportView {
        let s = &details.summary;
        let g = &details.group;
        let local = |at: DateTime<Utc>| at.with_timezone(&tz).fixed_offset();
        let (received, missing): (Vec<_>, Vec<_>) = briefs.iter().partition(|r| r.brief.is_some());
        ExportView {
            group: GroupView {
                name: g.name.clone(),
                organisation: g.organisation.clone(),
                language: g.language.clone(),
                secretariat: SecretariatView {
                    name: g.secretariat.name.clone(),
                    title: g.secretariat.title.clone(),
                    phone: g.secretariat.phone.clone(),
                    email: g.secretariat.email.clone(),
                },
            },
            meeting: MeetingView {
                id: s.id,
                key: s.key.clone(),
                title: s.title.clone(),
                starts_at: local(s.starts_at),
                ends_at: local(s.ends_at),
                time_zone: tz.name().to_owned(),
                place: s.place.clone(),
                notice_date: details.notice_date,
                brief_deadline: local(s.brief_deadline),
                documents: details.documents.as_ref().map(|d| DocumentsView {
                    title: d.title.clone(),
                    url: d.url.clone(),
                }),
            },
            agenda: details
                .agenda
                .iter()
                .map(|item| {
                    let mut view = AgendaItemView::from(item);
                    if let label @ crate::domain::SakLabel::OfYear { .. } = details.sak_label(item)
                    {
                        view.sak = Some(label.to_string());
                    }
                    view
                })
                .collect(),
            briefs: received
                .iter()
                .filter_map(|r| r.brief.as_ref())
                .map(|b| BriefView::from_record(b, s.brief_deadline, tz))
                .collect(),
            regions_without_brief: missing.iter().map(|r| r.region.clone()).collect(),
            invitees: details.invitees.iter().map(InviteeView::from).collect(),
            attendance: AttendanceView::default(),
            follow_ups: Vec::new(),
        }
    }

    /// Adds the follow-up items the meeting takes up.
    pub fn with_follow_ups(mut self, items: &[FollowUpItem]) -> Self {
        self.follow_ups = items.iter().map(FollowUpStatusView::from).collect();
        self
    }

    /// The number of the agenda item the follow-up items go under, if the agenda has one.
    pub fn follow_up_item(&self) -> Option<u32> {
        self.agenda
            .iter()
            .find(|i| i.standing == Some(StandingItem::FollowUp))
            .map(|i| i.number)
    }

    /// Adds the attendance, and marks the briefs of authors who could not come (and sent no
    /// deputy) as taken as read.
    pub fn with_attendance(mut self, entries: &[AttendanceEntry]) -> Self {
        let lists = minutes_attendance(entries);
        let named = |list: Vec<(String, String)>| -> Vec<String> {
            list.into_iter()
                .map(|(name, org)| format!("{name} ({org})"))
                .collect()
        };
        self.attendance = AttendanceView {
            present: named(lists.present),
            apologies: named(lists.apologies),
            deputies: lists
                .deputies
                .into_iter()
                .map(|d| DeputyView {
                    name: d.name,
                    organisation: d.organisation,
                    for_invitee: d.for_name,
                })
                .collect(),
        };
        for brief in &mut self.briefs {
            brief.taken_as_read = entries.iter().any(|e| {
                brief.author_discord_id.is_some()
                    && e.invitee.discord_user_id == brief.author_discord_id
                    && e.attends() == Some(false)
                    && !matches!(e.rsvp, Some(Rsvp::Deputy { .. }))
            });
        }
        self
    }

    /// The counts for a one-line summary.
    pub fn summary(&self) -> ExportSummary {
        ExportSummary {
            received: self.briefs.len(),
            late: self
                .briefs
                .iter()
                .filter(|b| b.timeliness == Timeliness::Late)
                .count(),
            missing: self.regions_without_brief.len(),
        }
    }

    /// The agenda item the briefs belong under, if the agenda has one.
    pub fn brief_item(&self) -> Option<&AgendaItemView> {
        self.agenda.iter().find(|i| i.collects_briefs)
    }
}

impl BriefView {
    /// A stored brief, judged against the meeting's deadline.
    pub fn from_record(b: &BriefRecord, deadline: DateTime<Utc>, tz: Tz) -> BriefView {
        // Counted as `BriefText::estimate` counted it for the author's receipt.
        let estimate = SpeakingEstimate::of(&b.body, WORDS_PER_MINUTE);
        BriefView {
            region: b.region.clone(),
            author: b.author.clone(),
            submitted_at: b.created_at.with_timezone(&tz).fixed_offset(),
            last_edited_at: b.updated_at.with_timezone(&tz).fixed_offset(),
            timeliness: if b.is_late(deadline) {
                Timeliness::Late
            } else {
                Timeliness::OnTime
            },
            words: estimate.words,
            estimated_minutes: estimate.minutes(),
            taken_as_read: false,
            author_discord_id: b.author_discord_id,
            text: b.body.clone(),
        }
    }
}

impl From<&AgendaItem> for AgendaItemView {
    fn from(item: &AgendaItem) -> Self {
        AgendaItemView {
            number: item.number,
            title: item.title.clone(),
            description: item.description.clone(),
            collects_briefs: item.collects_briefs,
            sak: None,
            standing: item.standing,
        }
    }
}

impl From<&Invitee> for InviteeView {
    fn from(i: &Invitee) -> Self {
        InviteeView {
            first_name: i.first_name.clone(),
            last_name: i.last_name.clone(),
            organisation: i.organisation.clone(),
            region: i.region.clone(),
        }
    }
}

/// `2024-11-02T11:00:00+01:00`: whole seconds, the offset always written out (never `Z`).
pub fn iso8601_string(at: &DateTime<FixedOffset>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, false)
}

fn iso8601<S: Serializer>(at: &DateTime<FixedOffset>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&iso8601_string(at))
}
