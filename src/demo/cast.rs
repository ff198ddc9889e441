//! The demo's example and its people: the example meeting, its invitees and its five briefs
//! compiled into the program; the secretariat and a representative of each region; and the
//! set-up the secretariat does once (the import, each representative linked).

use super::stage::{Stage, SECRETARIAT_ROLE};
use super::DemoError;
use crate::domain::local_time::{to_utc, OSLO};
use crate::domain::records::MeetingSelector;
use crate::i18n::t;
use crate::meeting_file::parse_meeting_file;
use chrono::{DateTime, NaiveDateTime, Utc};
use discord_sim::User;
use std::path::{Path, PathBuf};

/// The example meeting's key (the secretariat names it in its own channel).
pub(super) const MEETING_KEY: &str = "naeringssamarbeid-2024-11-07";
pub(super) const MEETING_FILE: &str = "examples/naeringssamarbeid-2024-11-07.toml";
pub(super) const MEETING: &str = include_str!("../../examples/naeringssamarbeid-2024-11-07.toml");
pub(super) const INVITEES_FILE: &str = "examples/naeringssamarbeid-2024-11-07-inviterte.csv";
pub(super) const INVITEES: &[u8] =
    include_bytes!("../../examples/naeringssamarbeid-2024-11-07-inviterte.csv");
pub(super) const RINGERIKE: &str = include_str!("../../examples/briefs/ringeriksregionen.txt");
pub(super) const ELVERUM: &[u8] = include_bytes!("../../examples/briefs/elverum.txt");
pub(super) const KONGSVINGER: &str = include_str!("../../examples/briefs/kongsvingerregionen.txt");
pub(super) const HORTEN: &str = include_str!("../../examples/briefs/horten-kommune.txt");
pub(super) const LORENSKOG: &str = include_str!("../../examples/briefs/lorenskog-kommune.txt");

/// A wall-clock time in Oslo.
pub fn oslo(local: &str) -> Result<DateTime<Utc>, DemoError> {
    let bad = || DemoError::Unexpected(format!("the script's time {local}"));
    let naive = NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").map_err(|_| bad())?;
    to_utc(naive, OSLO).map_err(|_| bad())
}

/// The people of the week: the secretariat and a representative of each region, as the
/// invitee list names them, in the language the demo is shown in.
pub(super) struct Cast {
    pub secretariat: User,
    pub ringerike: User,
    pub elverum: User,
    pub kongsvinger: User,
    pub horten: User,
    pub lorenskog: User,
}

impl Cast {
    pub fn new(locale: &str) -> Self {
        let member = |name: &str| User::member(name).with_locale(locale);
        Self {
            secretariat: member("Karoline Holmstrøm Ulateig").with_role(SECRETARIAT_ROLE),
            ringerike: member("Lina-Maria Linge"),
            elverum: member("Asbjørn Lunde"),
            kongsvinger: member("Anne Huse"),
            horten: member("Karl Jørgen Tofte"),
            lorenskog: member("Camilla Håltem"),
        }
    }

    pub fn representatives(&self) -> [&User; 5] {
        [
            &self.ringerike,
            &self.elverum,
            &self.kongsvinger,
            &self.horten,
            &self.lorenskog,
        ]
    }
}

/// The secretariat imports the meeting and links the representatives (as `roundtable
/// import` and `/attendance link` would); the meeting's title and organisation.
pub(super) async fn set_up(
    stage: &mut Stage<'_>,
    cast: &Cast,
) -> Result<(String, String), DemoError> {
    let mut csv = |_: &Path| Ok((PathBuf::from(INVITEES_FILE), INVITEES.to_vec()));
    let mut plan = parse_meeting_file(Path::new(MEETING_FILE), MEETING, OSLO, &mut csv)?;
    plan.group.discord_channel_id = Some(stage.group.id);
    plan.group.language = stage.lang.code().to_owned();
    stage.app.import_logged(&plan).await?;
    let meeting = stage.app.meeting(&MeetingSelector::Upcoming).await?;
    stage.meet(&cast.secretariat);
    for user in cast.representatives() {
        let invitee = stage.app.find_invitee(&meeting, &user.name).await?;
        stage.app.link_invitee(invitee.id, user.id).await?;
        stage.meet(user);
    }
    let people: Vec<String> = cast
        .representatives()
        .iter()
        .filter_map(|user| {
            let invitee = plan.invitees.iter().find(|i| i.full_name() == user.name)?;
            Some(format!("{} ({})", user.name, invitee.region.as_deref()?))
        })
        .collect();
    let args = [
        ("title", plan.title.as_str().into()),
        ("people", people.join(", ").into()),
    ];
    stage.note(t(stage.lang, "demo-setup", &args));
    Ok((plan.title, plan.group.organisation))
}
