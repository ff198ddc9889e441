//! Tests of the minutes' rules: outcomes, stages, the comment round, staleness, hashes.

use super::*;

fn at() -> DateTime<Utc> {
    "2025-02-06T11:00:00Z".parse().expect("a time")
}

#[test]
fn an_outcome_keeps_what_was_written_and_refuses_nothing_or_too_much() {
    let outcome = Outcome::parse("  Drøftet.  ", ConclusionKind::Decision, " Godkjent. ")
        .expect("an outcome");
    assert_eq!(outcome.account.as_deref(), Some("Drøftet."));
    assert_eq!(
        outcome.conclusion,
        Some(Conclusion {
            kind: ConclusionKind::Decision,
            text: "Godkjent.".into()
        })
    );
    let only_account = Outcome::parse("Drøftet.", ConclusionKind::Noted, " ").expect("ok");
    assert_eq!(only_account.conclusion, None);
    assert_eq!(
        Outcome::parse(" ", ConclusionKind::Noted, "\n"),
        Err(MinutesError::Empty)
    );
    let long = "x".repeat(MAX_MINUTES_TEXT + 1);
    assert_eq!(
        Outcome::parse(&long, ConclusionKind::Noted, ""),
        Err(MinutesError::TooLong {
            max: MAX_MINUTES_TEXT
        })
    );
}

#[test]
fn a_raised_matter_needs_a_title_but_not_an_outcome() {
    let raised = Raised::parse("Budsjett", "", ConclusionKind::Noted, "").expect("ok");
    assert_eq!(raised.title, "Budsjett");
    assert_eq!(raised.outcome.account, None);
    assert_eq!(
        Raised::parse(" ", "Tekst", ConclusionKind::Noted, ""),
        Err(MinutesError::Empty)
    );
}

#[test]
fn kinds_read_their_codes_and_norwegian_names() {
    for kind in ConclusionKind::ALL {
        assert_eq!(ConclusionKind::from_code(kind.code()), Some(kind));
    }
    assert_eq!(
        ConclusionKind::from_code("Vedtak"),
        Some(ConclusionKind::Decision)
    );
    assert_eq!(ConclusionKind::from_code("maybe"), None);
}

#[test]
fn approved_minutes_take_only_a_rettelse() {
    let approved = Stage::Approved { at: at() };
    for step in [
        Step::Record,
        Step::PostDraft,
        Step::Answer,
        Step::Decide,
        Step::Approve,
    ] {
        assert_eq!(
            check_step(approved, step),
            Err(MinutesError::Locked { at: at() })
        );
    }
    assert_eq!(check_step(approved, Step::Rettelse), Ok(()));
    assert_eq!(
        check_step(Stage::Draft, Step::Rettelse),
        Err(MinutesError::NotApproved)
    );
}

#[test]
fn the_comment_round_and_the_approval_need_a_draft() {
    for step in [Step::Answer, Step::Decide, Step::Approve] {
        assert_eq!(
            check_step(Stage::Recording, step),
            Err(MinutesError::NoDraft)
        );
        assert_eq!(check_step(Stage::Draft, step), Ok(()));
    }
    assert_eq!(check_step(Stage::Recording, Step::Record), Ok(()));
    assert_eq!(check_step(Stage::Recording, Step::PostDraft), Ok(()));
}

#[test]
fn a_pending_correction_counts_before_a_confirmation() {
    assert_eq!(RoundAnswer::of(false, 0, 0), RoundAnswer::Silent);
    assert_eq!(RoundAnswer::of(true, 0, 0), RoundAnswer::Confirmed);
    assert_eq!(RoundAnswer::of(true, 1, 0), RoundAnswer::CorrectionProposed);
    assert_eq!(
        RoundAnswer::of(false, 0, 1),
        RoundAnswer::CorrectionProposed
    );
    assert_eq!(RoundAnswer::of(true, 0, 1), RoundAnswer::Confirmed);
}

#[test]
fn a_correction_against_a_changed_paragraph_is_stale() {
    let base = paragraph_fingerprint("Treklyngen: nytt næringsområde.");
    assert_eq!(
        check_fresh(&base, "Treklyngen: nytt næringsområde."),
        Ok(())
    );
    assert_eq!(
        check_fresh(&base, "Treklyngen: nytt næringsområde!"),
        Err(MinutesError::Stale)
    );
    assert_eq!(base.len(), 16);
}

#[test]
fn the_approval_waits_for_pending_corrections() {
    assert_eq!(check_approvable(&[]), Ok(()));
    assert_eq!(
        check_approvable(&["Elverum".into()]),
        Err(MinutesError::PendingCorrections {
            regions: vec!["Elverum".into()]
        })
    );
}

#[test]
fn the_hash_is_sha256_in_hex() {
    assert_eq!(
        sha256_hex(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}
