//! The `custom_id`s of the bot's modals and buttons: everything a later click or submit
//! needs is in the id itself, so they are handled without state, even after a restart.

/// A modal or button the bot made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CustomId {
    /// The brief modal for a region of a meeting.
    BriefModal { meeting: i64, region: i64 },
    /// "Yes, withdraw" under `/brief withdraw`, for the user who asked.
    WithdrawConfirm {
        meeting: i64,
        region: i64,
        user: u64,
    },
    /// "Cancel" under `/brief withdraw`.
    WithdrawCancel { user: u64 },
    /// The notice's "Send brief" button.
    NoticeBrief { meeting: i64 },
    /// The notice's "Agenda" button.
    NoticeAgenda { meeting: i64 },
    /// The notice's "Invitees" button.
    NoticeInvitees { meeting: i64 },
    /// An answer button on the notice: `y` attending, `n` cannot attend, `d` a deputy attends.
    Rsvp { meeting: i64, answer: char },
    /// The modal asking for the deputy's name and organisation.
    DeputyModal { meeting: i64 },
    /// "Confirm" under a previewed change to a meeting: only `user` may press it.
    ChangeConfirm { change: i64, user: u64 },
    /// "Cancel" under a previewed change.
    ChangeDiscard { change: i64, user: u64 },
    /// "Confirm" under a previewed meeting plan or standing agenda: only `user` may press it.
    PlanConfirm { change: i64, user: u64 },
    /// "Cancel" under a previewed meeting plan or standing agenda.
    PlanDiscard { change: i64, user: u64 },
    /// The `/meeting new` form for a meeting of the group `group`.
    MeetingNewModal { group: i64 },
    /// The `/followup new` form: the meeting that decided it (0: the group's latest held),
    /// whether the owner is a region (`r`) or a person (`p`), and the person's Discord user
    /// (0: none).
    FollowUpNewModal {
        meeting: i64,
        owner: char,
        user: u64,
    },
    /// The form for a follow-up item's line of status; `done`: it also marks the item done.
    FollowUpStatusModal { item: i64, done: bool },
    /// "Done" beside an item on `/followup list`: opens the form marking it done.
    FollowUpDone { item: i64 },
    /// A page of `/invitees`: only `user` may turn it, until 15 minutes after `created`.
    InviteesPage {
        meeting: i64,
        page: usize,
        user: u64,
        created: i64,
        organisation: Option<usize>,
    },
    /// The form for an agenda item's outcome in the minutes, with the kind of conclusion
    /// (`d` Vedtak, `c` Konklusjon, `n` Orientering).
    MinutesItemModal {
        meeting: i64,
        number: u32,
        kind: char,
    },
    /// The form for a matter raised under "Eventuelt".
    MinutesRaisedModal { meeting: i64, kind: char },
    /// "Bekreft" under the posted draft of the minutes.
    MinutesConfirm { meeting: i64 },
    /// "Foreslå rettelse" under the posted draft.
    MinutesFix { meeting: i64 },
    /// The correction form for a region's paragraph, made against the paragraph `base`.
    MinutesFixModal {
        meeting: i64,
        region: i64,
        base: String,
    },
    /// Accept (`true`) or reject a proposed correction (secretariat).
    MinutesDecide { correction: i64, accept: bool },
}

impl CustomId {
    pub fn encode(&self) -> String {
        match self {
            Self::BriefModal { meeting, region } => format!("brief:{meeting}:{region}"),
            Self::WithdrawConfirm {
                meeting,
                region,
                user,
            } => format!("withdraw:{meeting}:{region}:{user}"),
            Self::WithdrawCancel { user } => format!("withdraw_cancel:{user}"),
            Self::NoticeBrief { meeting } => format!("notice_brief:{meeting}"),
            Self::ChangeConfirm { change, user } => format!("change_ok:{change}:{user}"),
            Self::ChangeDiscard { change, user } => format!("change_no:{change}:{user}"),
            Self::PlanConfirm { change, user } => format!("plan_ok:{change}:{user}"),
            Self::PlanDiscard { change, user } => format!("plan_no:{change}:{user}"),
            Self::MeetingNewModal { group } => format!("meeting_new:{group}"),
            Self::FollowUpNewModal {
                meeting,
                owner,
                user,
            } => format!("followup_new:{meeting}:{owner}:{user}"),
            Self::FollowUpDone { item } => format!("followup_done:{item}"),
            Self::FollowUpStatusModal { item, done } => {
                format!("followup_status:{item}:{}", if *done { 'd' } else { 's' })
            }
            Self::Rsvp { meeting, answer } => format!("rsvp:{meeting}:{answer}"),
            Self::DeputyModal { meeting } => format!("deputy:{meeting}"),
            Self::NoticeAgenda { meeting } => format!("notice_agenda:{meeting}"),
            Self::NoticeInvitees { meeting } => format!("notice_invitees:{meeting}"),
            Self::InviteesPage {
                meeting,
                page,
                user,
                created,
                organisation,
            } => {
                let org = organisation.map_or("-".to_owned(), |o| o.to_string());
                format!("invitees:{meeting}:{page}:{user}:{created}:{org}")
            }
            Self::MinutesItemModal {
                meeting,
                number,
                kind,
            } => format!("min_item:{meeting}:{number}:{kind}"),
            Self::MinutesRaisedModal { meeting, kind } => format!("min_raised:{meeting}:{kind}"),
            Self::MinutesConfirm { meeting } => format!("min_ok:{meeting}"),
            Self::MinutesFix { meeting } => format!("min_fix:{meeting}"),
            Self::MinutesFixModal {
                meeting,
                region,
                base,
            } => format!("min_fixform:{meeting}:{region}:{base}"),
            Self::MinutesDecide { correction, accept } => {
                format!(
                    "min_decide:{correction}:{}",
                    if *accept { 'y' } else { 'n' }
                )
            }
        }
    }

    pub fn parse(id: &str) -> Option<Self> {
        let mut parts = id.split(':');
        let kind = parts.next()?;
        let mut next = || parts.next();
        let parsed = match kind {
            "brief" => Self::BriefModal {
                meeting: next()?.parse().ok()?,
                region: next()?.parse().ok()?,
            },
            "withdraw" => Self::WithdrawConfirm {
                meeting: next()?.parse().ok()?,
                region: next()?.parse().ok()?,
                user: next()?.parse().ok()?,
            },
            "withdraw_cancel" => Self::WithdrawCancel {
                user: next()?.parse().ok()?,
            },
            "rsvp" => Self::Rsvp {
                meeting: next()?.parse().ok()?,
                answer: next()?
                    .parse()
                    .ok()
                    .filter(|a| matches!(a, 'y' | 'n' | 'd'))?,
            },
            "deputy" => Self::DeputyModal {
                meeting: next()?.parse().ok()?,
            },
            "notice_brief" => Self::NoticeBrief {
                meeting: next()?.parse().ok()?,
            },
            "change_ok" => Self::ChangeConfirm {
                change: next()?.parse().ok()?,
                user: next()?.parse().ok()?,
            },
            "change_no" => Self::ChangeDiscard {
                change: next()?.parse().ok()?,
                user: next()?.parse().ok()?,
            },
            "plan_ok" => Self::PlanConfirm {
                change: next()?.parse().ok()?,
                user: next()?.parse().ok()?,
            },
            "plan_no" => Self::PlanDiscard {
                change: next()?.parse().ok()?,
                user: next()?.parse().ok()?,
            },
            "meeting_new" => Self::MeetingNewModal {
                group: next()?.parse().ok()?,
            },
            "followup_new" => Self::FollowUpNewModal {
                meeting: next()?.parse().ok()?,
                owner: next()?.parse().ok().filter(|o| matches!(o, 'r' | 'p'))?,
                user: next()?.parse().ok()?,
            },
            "followup_done" => Self::FollowUpDone {
                item: next()?.parse().ok()?,
            },
            "followup_status" => Self::FollowUpStatusModal {
                item: next()?.parse().ok()?,
                done: match next()? {
                    "d" => true,
                    "s" => false,
                    _ => return None,
                },
            },
            "notice_agenda" => Self::NoticeAgenda {
                meeting: next()?.parse().ok()?,
            },
            "notice_invitees" => Self::NoticeInvitees {
                meeting: next()?.parse().ok()?,
            },
            "invitees" => Self::InviteesPage {
                meeting: next()?.parse().ok()?,
                page: next()?.parse().ok()?,
                user: next()?.parse().ok()?,
                created: next()?.parse().ok()?,
                organisation: match next()? {
                    "-" => None,
                    n => Some(n.parse().ok()?),
                },
            },
            "min_item" => Self::MinutesItemModal {
                meeting: next()?.parse().ok()?,
                number: next()?.parse().ok()?,
                kind: next()?
                    .parse()
                    .ok()
                    .filter(|k| matches!(k, 'd' | 'c' | 'n'))?,
            },
            "min_raised" => Self::MinutesRaisedModal {
                meeting: next()?.parse().ok()?,
                kind: next()?
                    .parse()
                    .ok()
                    .filter(|k| matches!(k, 'd' | 'c' | 'n'))?,
            },
            "min_ok" => Self::MinutesConfirm {
                meeting: next()?.parse().ok()?,
            },
            "min_fix" => Self::MinutesFix {
                meeting: next()?.parse().ok()?,
            },
            "min_fixform" => Self::MinutesFixModal {
                meeting: next()?.parse().ok()?,
                region: next()?.parse().ok()?,
                base: next()
                    .filter(|b| b.len() <= 16 && b.chars().all(|c| c.is_ascii_hexdigit()))?
                    .to_owned(),
            },
            "min_decide" => Self::MinutesDecide {
                correction: next()?.parse().ok()?,
                accept: match next()? {
                    "y" => true,
                    "n" => false,
                    _ => return None,
                },
            },
            _ => return None,
        };
        Some(parsed)
    }

    /// The meeting the id names, if it names one.
    pub fn meeting(&self) -> Option<i64> {
        match self {
            Self::BriefModal { meeting, .. }
            | Self::WithdrawConfirm { meeting, .. }
            | Self::NoticeBrief { meeting }
            | Self::NoticeAgenda { meeting }
            | Self::NoticeInvitees { meeting }
            | Self::Rsvp { meeting, .. }
            | Self::DeputyModal { meeting }
            | Self::InviteesPage { meeting, .. }
            | Self::MinutesItemModal { meeting, .. }
            | Self::MinutesRaisedModal { meeting, .. }
            | Self::MinutesConfirm { meeting }
            | Self::MinutesFix { meeting }
            | Self::MinutesFixModal { meeting, .. } => Some(*meeting),
            Self::FollowUpNewModal { meeting, .. } => (*meeting > 0).then_some(*meeting),
            Self::FollowUpStatusModal { .. }
            | Self::FollowUpDone { .. }
            | Self::WithdrawCancel { .. }
            | Self::ChangeConfirm { .. }
            | Self::ChangeDiscard { .. }
            | Self::PlanConfirm { .. }
            | Self::PlanDiscard { .. }
            | Self::MeetingNewModal { .. }
            | Self::MinutesDecide { .. } => None,
        }
    }
}

#[cfg(test)]
#[path = "custom_id_tests.rs"]
mod tests;
