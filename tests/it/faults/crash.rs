//! `roundtable run` killed with SIGKILL in the middle of a storm of briefs, then started again:
//! every brief whose receipt reached its author is in the database, complete, exactly once.

use super::{brief_text, open_modal, receipt_revision, WAIT};
use crate::child_bot::{prepare_database, sqlite_url, ChildBot};
use crate::support::sim::{InteractionRef, Sim, User};
use crate::support::store::REGIONS;
use sqlx::Row;
use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

/// A submission in the storm.
struct Sent {
    interaction: InteractionRef,
    member: usize,
    text: String,
}

fn sessions(sim: &Sim) -> u32 {
    let s = sim.gateway_stats();
    s.identifies + s.resumes
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kill_during_a_storm_loses_no_acknowledged_brief_and_doubles_none() {
    let sim = Sim::start().await;
    let channel = sim.default_channel();
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = sqlite_url(&dir.path().join("x.db"));
    let members: Vec<(User, String)> = (0..30)
        .map(|n| {
            let user = User::member(&format!("Medlem {n}")).with_locale("no");
            (user, REGIONS[n % REGIONS.len()].to_owned())
        })
        .collect();
    prepare_database(&url, channel, &members).await;

    let mut bot = ChildBot::spawn(&sim, dir.path(), &url);
    sim.wait_ready().await;
    let mut modals = Vec::new();
    for (user, _) in &members {
        modals.push(open_modal(&sim, user).await);
    }

    // The storm: three rounds from every member, dispatched as fast as the gateway takes them.
    let mut sent = Vec::new();
    for round in 0..3 {
        for (member, (user, _)) in members.iter().enumerate() {
            let text = brief_text(&user.name, round, 150);
            let interaction = sim
                .submit_modal(user, channel, &modals[member], &[("text", &text)])
                .await;
            sent.push(Sent {
                interaction,
                member,
                text,
            });
        }
    }
    // SIGKILL once a fifth have been answered: saves are queued, committing and answered.
    let give_up = Instant::now() + Duration::from_secs(8);
    loop {
        let mut answered = 0;
        for s in &sent {
            if !sim.responses_to(&s.interaction).await.is_empty() {
                answered += 1;
            }
        }
        if answered >= sent.len() / 5 {
            break;
        }
        assert!(
            Instant::now() < give_up,
            "only {answered} answers before the kill; log:\n{}",
            bot.log()
        );
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    bot.kill();
    tokio::time::sleep(Duration::from_millis(100)).await;

    let mut receipts = Vec::new();
    let mut unanswered = Vec::new();
    for s in &sent {
        let responses = sim.responses_to(&s.interaction).await;
        match responses.first() {
            Some(r) => {
                let revision = receipt_revision(r)
                    .unwrap_or_else(|| panic!("not a receipt: {:?}", r.content()));
                receipts.push((s, revision));
            }
            None => unanswered.push(s),
        }
    }
    eprintln!(
        "killed with {} of {} briefs acknowledged",
        receipts.len(),
        sent.len()
    );
    assert!(!receipts.is_empty());

    // Started again on the same database: the members left without a receipt send again
    // (Discord does not deliver an interaction twice; the user submits anew).
    let before = sessions(&sim);
    let bot = ChildBot::spawn(&sim, dir.path(), &url);
    sim.wait_identified(before + 1).await;
    let mut again = Vec::new();
    for s in &unanswered {
        let (user, _) = &members[s.member];
        let interaction = sim
            .submit_modal(user, channel, &modals[s.member], &[("text", &s.text)])
            .await;
        let response = sim.wait_response(&interaction, WAIT).await;
        assert!(
            receipt_revision(&response).is_some(),
            "a receipt after the restart: {:?}; log:\n{}",
            response.content(),
            bot.log()
        );
        again.push((s.interaction.id, interaction.id, s.text.clone()));
    }

    let pool = sqlx::SqlitePool::connect(&url)
        .await
        .expect("read the database");
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&pool)
        .await
        .expect("integrity check");
    assert_eq!(check, "ok");
    let rows = sqlx::query(
        "SELECT r.name AS region, v.brief_id, v.revision, v.body, v.interaction_id
         FROM brief_revisions v JOIN briefs b ON b.id = v.brief_id
         JOIN regions r ON r.id = b.region_id ORDER BY v.brief_id, v.revision",
    )
    .fetch_all(&pool)
    .await
    .expect("revisions");
    let texts: HashSet<&str> = sent.iter().map(|s| s.text.as_str()).collect();
    let mut by_interaction: HashMap<i64, (String, i64, String)> = HashMap::new();
    let mut by_brief: HashMap<i64, Vec<i64>> = HashMap::new();
    for row in &rows {
        let body: String = row.get("body");
        assert!(
            texts.contains(body.as_str()),
            "a stored brief is not one that was sent: {body:?}"
        );
        let brief: i64 = row.get("brief_id");
        by_brief.entry(brief).or_default().push(row.get("revision"));
        let id: Option<i64> = row.get("interaction_id");
        let id = id.expect("every brief came from an interaction");
        let earlier = by_interaction.insert(id, (row.get("region"), row.get("revision"), body));
        assert!(earlier.is_none(), "interaction {id} stored twice");
    }
    for (brief, revisions) in &by_brief {
        let expected: Vec<i64> = (1..=revisions.len() as i64).collect();
        assert_eq!(
            revisions, &expected,
            "brief {brief}: revisions without gaps"
        );
    }
    for (s, revision) in &receipts {
        let id = i64::try_from(s.interaction.id).expect("a snowflake");
        let (region, stored_revision, body) = by_interaction
            .get(&id)
            .unwrap_or_else(|| panic!("acknowledged brief {id} is missing"));
        assert_eq!(region, &members[s.member].1);
        assert_eq!(stored_revision, revision, "the revision the receipt named");
        assert_eq!(body, &s.text, "complete");
    }
    // A brief sent again is in the database: under its new interaction, or, when its first
    // send was committed before the kill and was still the current text, only under that one
    // (the same text is no new version). No interaction is stored twice (checked above).
    for (first, id, text) in &again {
        let (first, id) = (
            i64::try_from(*first).expect("a snowflake"),
            i64::try_from(*id).expect("a snowflake"),
        );
        let stored_anew = by_interaction.get(&id).map(|r| &r.2) == Some(text);
        let stored_first = by_interaction.get(&first).map(|r| &r.2) == Some(text);
        assert!(
            stored_anew || stored_first,
            "sent again, and lost: {text:?}"
        );
    }
    let stale: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM briefs b WHERE b.body <> (SELECT v.body FROM brief_revisions v
             WHERE v.brief_id = b.id ORDER BY v.revision DESC LIMIT 1)",
    )
    .fetch_one(&pool)
    .await
    .expect("current briefs");
    assert_eq!(stale, 0, "each current brief is its latest revision");
    let committed_unanswered = unanswered
        .iter()
        .filter(|s| by_interaction.contains_key(&i64::try_from(s.interaction.id).unwrap_or(0)))
        .count();
    eprintln!(
        "{committed_unanswered} of {} unanswered were committed before the kill",
        unanswered.len()
    );
    pool.close().await;
    drop(bot);
    sim.assert_no_violations();
}
