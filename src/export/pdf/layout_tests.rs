//! Labels beside their text: a list's marker on its item's first line, a field's name in
//! the margin column, and a name too wide for the column on a line of its own.

use super::*;
use crate::export::pdf::model::Model;

/// The runs of a one-page layout of `model`, without the footer, as (text, x, baseline).
fn runs(model: &Model) -> Vec<(String, f32, f32)> {
    let mut fonts = Fonts::load().expect("the shipped fonts");
    let pages = lay_out(model, &mut fonts, ["Side ", " av ", ""]);
    pages[0]
        .runs
        .iter()
        .filter(|r| r.owner != Owner::Footer)
        .map(|r| (r.text.clone(), r.x, r.baseline))
        .collect()
}

#[test]
fn a_bullet_stands_on_its_items_first_line() {
    let mut model = Model::default();
    model.text_blocks("• Et punkt\n- Et annet", Style::Body);
    let runs = runs(&model);
    let texts: Vec<&str> = runs.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(texts, ["•", "Et punkt", "-", "Et annet"]);
    assert_eq!(runs[0].2, runs[1].2, "the marker beside its text");
    assert!(runs[0].1 < runs[1].1);
    assert_eq!(runs[2].2, runs[3].2);
}

#[test]
fn a_fields_name_is_in_the_margin_and_a_long_one_above_its_text() {
    let mut model = Model::default();
    let fields = [
        ("Tid:".to_owned(), "Torsdag".to_owned()),
        ("Et svært langt feltnavn:".to_owned(), "Verdi".to_owned()),
    ];
    model.fields(&fields, 60.0);
    let runs = runs(&model);
    let texts: Vec<&str> = runs.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(
        texts,
        ["Tid:", "Torsdag", "Et svært langt feltnavn:", "Verdi"]
    );
    assert_eq!(runs[0].1, LEFT);
    assert_eq!(runs[1].1, LEFT + 60.0);
    assert_eq!(runs[0].2, runs[1].2, "a short name beside its text");
    assert!(runs[3].2 > runs[2].2, "a long name above its text");
    assert_eq!(runs[3].1, LEFT + 60.0);
}

#[test]
fn a_lead_is_bold_and_its_text_follows_on_the_same_line() {
    let mut model = Model::default();
    let node = model.lead_paragraph("Vedtak:", "Innkalling godkjennes.");
    model.tree.push(node);
    let mut fonts = Fonts::load().expect("the shipped fonts");
    let pages = lay_out(&model, &mut fonts, ["", "", ""]);
    let runs: Vec<&Run> = pages[0]
        .runs
        .iter()
        .filter(|r| r.owner != Owner::Footer)
        .collect();
    assert_eq!(runs.len(), 2);
    assert_eq!(
        (runs[0].text.as_str(), runs[0].style),
        ("Vedtak:", Style::FieldName)
    );
    assert_eq!(
        (runs[1].text.as_str(), runs[1].style),
        (" Innkalling godkjennes.", Style::Body)
    );
    assert_eq!(runs[0].baseline, runs[1].baseline);
    let lead_width = fonts.face(true).width("Vedtak:", 10.0);
    assert_eq!(runs[1].x, runs[0].x + lead_width);
}
