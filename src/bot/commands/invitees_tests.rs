//! The pages of `/invitees` as the list grows: the same pages as the first way of making them
//! (kept here as the reference), which recounted each page at every line.

use super::{pages, PAGE_CHARS, PAGE_LINES};
use crate::domain::collation::norwegian_cmp;
use crate::domain::Invitee;
use crate::i18n::{t, Language};
use std::fmt::Write;

fn reference_pages(
    title: &str,
    invitees: &[Invitee],
    only: Option<&str>,
    lang: Language,
) -> Vec<String> {
    let orgs: Vec<String> = Invitee::organisations(invitees)
        .into_iter()
        .filter(|o| only.is_none_or(|only| o == only))
        .collect();
    let shown: Vec<&Invitee> = invitees
        .iter()
        .filter(|i| orgs.contains(&i.organisation))
        .collect();
    let heading = t(
        lang,
        "invitees-heading",
        &[
            ("title", title.into()),
            ("count", shown.len().into()),
            ("organisations", orgs.len().into()),
        ],
    );
    let continued = format!("{heading}\n{}", t(lang, "invitees-continued", &[]));
    let mut pages = vec![heading.clone()];
    for org in &orgs {
        let mut people: Vec<&&Invitee> = shown.iter().filter(|i| &i.organisation == org).collect();
        people.sort_by(|a, b| {
            norwegian_cmp(&a.last_name, &b.last_name)
                .then_with(|| norwegian_cmp(&a.first_name, &b.first_name))
        });
        let org_line = format!("**{org}** ({})", people.len());
        let mut needs_org_line = true;
        for person in people {
            let line = format!("- {}", person.full_name());
            let mut adding = line.chars().count() + 1;
            if needs_org_line {
                adding += org_line.chars().count() + 1;
            }
            let page = pages.last().map(String::as_str).unwrap_or_default();
            let full = page.chars().count() + adding > PAGE_CHARS
                || page.lines().count() + usize::from(needs_org_line) + 1 > PAGE_LINES + 1;
            if full && page != heading && page != continued {
                pages.push(continued.clone());
                needs_org_line = true;
            }
            if let Some(page) = pages.last_mut() {
                if needs_org_line {
                    let _ = write!(page, "\n{org_line}");
                    needs_org_line = false;
                }
                let _ = write!(page, "\n{line}");
            }
        }
    }
    pages
}

fn invitee(n: usize, organisations: usize, long: bool) -> Invitee {
    Invitee {
        first_name: if long {
            format!("Fornavn {n} {}", "Langt".repeat(n % 7 * 9))
        } else {
            format!("Fornavn {n}")
        },
        last_name: ["Ås", "Aas", "Øberg", "Berg", "Ærø"][n % 5].into(),
        organisation: format!("Organisasjon {}", n % organisations),
        region: None,
        discord_user_id: None,
        key: None,
    }
}

#[test]
fn the_pages_are_those_the_reference_makes() {
    for (count, organisations, long) in [
        (0, 1, false),
        (45, 12, false),
        (500, 7, false),
        (300, 300, false),
        (400, 3, true),
    ] {
        let list: Vec<Invitee> = (0..count)
            .map(|n| invitee(n, organisations, long))
            .collect();
        for only in [None, Some("Organisasjon 2")] {
            for lang in Language::ALL {
                let ours = pages("Møte", &list, only, lang);
                assert_eq!(
                    ours,
                    reference_pages("Møte", &list, only, lang),
                    "{count} invitees in {organisations} organisations, only {only:?}"
                );
                assert!(ours.iter().all(|p| p.chars().count() <= 2000));
            }
        }
    }
}

#[test]
fn a_page_holds_at_most_its_lines_and_characters() {
    let list: Vec<Invitee> = (0..2_000).map(|n| invitee(n, 40, n % 3 == 0)).collect();
    let all = pages("Møte", &list, None, Language::Nb);
    assert!(all.len() > 60, "{} pages", all.len());
    for page in &all {
        assert!(page.chars().count() <= PAGE_CHARS, "{page}");
        assert!(page.lines().count() <= PAGE_LINES + 1, "{page}");
    }
    let listed = all
        .iter()
        .flat_map(|p| p.lines())
        .filter(|l| l.starts_with("- "))
        .count();
    assert_eq!(listed, list.len());
}
