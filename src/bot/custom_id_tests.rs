//! Every custom id the bot makes reads back as itself, and ids it never makes read as nothing.

use super::*;

#[test]
fn every_id_round_trips_and_fits_discord() {
    let ids = [
        CustomId::BriefModal {
            meeting: 7,
            region: 12,
        },
        CustomId::WithdrawConfirm {
            meeting: 7,
            region: 12,
            user: u64::MAX,
        },
        CustomId::WithdrawCancel { user: 1 },
        CustomId::NoticeBrief { meeting: 3 },
        CustomId::ChangeConfirm {
            change: i64::MAX,
            user: u64::MAX,
        },
        CustomId::ChangeDiscard { change: 1, user: 2 },
        CustomId::PlanConfirm {
            change: i64::MAX,
            user: u64::MAX,
        },
        CustomId::PlanDiscard { change: 1, user: 2 },
        CustomId::MeetingNewModal { group: i64::MAX },
        CustomId::Rsvp {
            meeting: 3,
            answer: 'd',
        },
        CustomId::DeputyModal { meeting: 3 },
        CustomId::FollowUpNewModal {
            meeting: i64::MAX,
            owner: 'p',
            user: u64::MAX,
        },
        CustomId::FollowUpNewModal {
            meeting: 0,
            owner: 'r',
            user: 0,
        },
        CustomId::FollowUpStatusModal {
            item: i64::MAX,
            done: true,
        },
        CustomId::FollowUpStatusModal {
            item: 1,
            done: false,
        },
        CustomId::FollowUpDone { item: i64::MAX },
        CustomId::NoticeAgenda { meeting: 3 },
        CustomId::NoticeInvitees { meeting: 3 },
        CustomId::InviteesPage {
            meeting: i64::MAX,
            page: 3,
            user: u64::MAX,
            created: 1_730_977_200,
            organisation: Some(31),
        },
        CustomId::InviteesPage {
            meeting: 1,
            page: 0,
            user: 2,
            created: 3,
            organisation: None,
        },
        CustomId::MinutesItemModal {
            meeting: i64::MAX,
            number: u32::MAX,
            kind: 'n',
        },
        CustomId::MinutesRaisedModal {
            meeting: 1,
            kind: 'd',
        },
        CustomId::MinutesConfirm { meeting: 4 },
        CustomId::MinutesFix { meeting: 4 },
        CustomId::MinutesFixModal {
            meeting: i64::MAX,
            region: i64::MAX,
            base: "0123456789abcdef".into(),
        },
        CustomId::MinutesDecide {
            correction: i64::MAX,
            accept: false,
        },
    ];
    for id in ids {
        let encoded = id.encode();
        assert!(encoded.len() <= 100, "{encoded}");
        assert_eq!(CustomId::parse(&encoded), Some(id));
    }
}

#[test]
fn foreign_ids_are_not_ours() {
    assert_eq!(CustomId::parse("brief:x:1"), None);
    assert_eq!(CustomId::parse("something"), None);
    assert_eq!(CustomId::parse("invitees:1:2:3"), None);
    assert_eq!(CustomId::parse("followup_new:1:x:0"), None);
    assert_eq!(CustomId::parse("followup_status:1:x"), None);
    // A kind of outcome, a fingerprint or an answer the bot never makes.
    assert_eq!(CustomId::parse("min_item:1:2:x"), None);
    assert_eq!(CustomId::parse("min_fixform:1:2:not-hex"), None);
    assert_eq!(CustomId::parse("min_decide:1:maybe"), None);
}
