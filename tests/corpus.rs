//! Fusion across documents and the query API.

use bilateral::{Corpus, Country, FieldValue, IncidentKind, Sector, Stance, Status};

fn seeds() -> Vec<(String, String)> {
    let dir = format!("{}/seeds", env!("CARGO_MANIFEST_DIR"));
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    out.sort();
    out
}

fn corpus_of(docs: &[(String, String)]) -> Corpus {
    let mut c = Corpus::new();
    for (id, text) in docs {
        c.add(id, text).unwrap();
    }
    c
}

#[test]
fn seeds_fuse_into_one_seventh_round_with_a_date_conflict() {
    let corpus = corpus_of(&seeds());
    let r7 = corpus.dialogues().parties([Country::CN, Country::PK]).round(7);
    assert_eq!(r7.len(), 1);
    let d = r7.first().unwrap();
    assert_eq!(d.sources.len(), 5);
    assert_eq!(d.record.when.as_ref().unwrap().start.to_string(), "2026-01-04");
    assert_eq!(d.record.venue.as_deref(), Some("Beijing"));
    let chairs: Vec<&str> = d.record.chairs.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(chairs, ["Wang Yi", "Ishaq Dar"]);
    let fused = corpus.fused();
    let index = fused.dialogues.iter().position(|x| x.record.round == Some(7)).unwrap();
    let conflict = fused
        .conflicts
        .iter()
        .find(|c| c.record.to_string() == format!("dialogues/{index}") && c.field == "when")
        .expect("date conflict");
    let days: Vec<String> = conflict
        .values
        .iter()
        .map(|v| match &v.value {
            FieldValue::Date(w) => w.start.to_string(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(days, ["2026-01-04", "2026-01-05"]);
}

#[test]
fn fusion_is_independent_of_order_and_duplicates() {
    let docs = seeds();
    let forward = corpus_of(&docs);
    let mut reversed_docs = docs.clone();
    reversed_docs.reverse();
    let mut twice = corpus_of(&reversed_docs);
    for (id, text) in &docs {
        twice.add(id, text).unwrap();
    }
    assert_eq!(forward.fused(), twice.fused());
}

#[test]
fn queries_filter_by_alias_kind_and_status() {
    let corpus = corpus_of(&seeds());
    let tibet = corpus.statements().by(Country::PK).stance(Stance::Support).about("Tibet");
    assert!(!tibet.is_empty(), "Tibet finds Xizang");
    assert!(tibet.iter().all(|s| s.record.target == Some(Country::CN)));
    let attacks = corpus.incidents().kind(IncidentKind::Attack).victims(Country::CN);
    assert_eq!(attacks.len(), 2);
    let energy = corpus.projects().sector(Sector::Energy).status(Status::Operational);
    assert!(energy.len() >= 5);
    assert_eq!(corpus.projects().named("CPEC").len(), 1);
    let timeline = corpus.timeline();
    assert!(timeline.windows(2).all(|w| w[0].when.start <= w[1].when.start));
}

#[test]
fn citations_point_at_supporting_text() {
    let corpus = corpus_of(&seeds());
    let d = corpus.dialogues().round(7).first().unwrap();
    for c in &d.citations {
        let text = corpus.cited_text(c).expect("text kept");
        assert!(!text.is_empty());
    }
}

#[test]
fn from_texts_matches_adding_one_by_one() {
    let docs = seeds();
    let (parallel, errors) = Corpus::from_texts(docs.iter().map(|(id, t)| (id.clone(), t.clone())));
    assert!(errors.is_empty());
    assert_eq!(parallel.fused(), corpus_of(&docs).fused());
}

#[test]
fn adding_an_id_again_replaces_text_and_document_together() {
    let mut corpus = Corpus::new();
    corpus.add("x", "Title\n\nChina condemned the attack on the consulate in Lagos on May 3, 2025.").unwrap();
    let correction = "Correction\n\nNigeria condemned the attack on the embassy in Abuja on May 4, 2025.";
    corpus.add("x", correction).unwrap();
    assert_eq!(corpus.len(), 1);
    let statements = corpus.statements();
    assert!(statements.iter().all(|s| s.record.actors == [Country::new("NG").unwrap()]), "the old article is gone");
    for s in statements.iter() {
        for c in &s.citations {
            let cited = corpus.cited_text(c).expect("the new text is kept");
            assert!(correction.contains(cited), "{cited:?} is not from the correction");
        }
    }
    // A document added without text drops the old text: no citation slices the wrong article.
    let doc = bilateral::Parser::new().parse_with_id("x", "Kenya condemned the attack on the embassy.").unwrap();
    corpus.add_document(doc);
    let s = corpus.statements();
    assert!(s.iter().flat_map(|r| &r.citations).all(|c| corpus.cited_text(c).is_none()));
}

#[test]
fn topic_queries_use_the_corpus_lexicon_as_fusion_does() {
    let mut lexicon = bilateral::Lexicon::builtin();
    lexicon.extend_from_str("topic\tBlue Economy\tocean economy\t\t\n").unwrap();
    let mut corpus = Corpus::with_parser(bilateral::Parser::new().lexicon(lexicon));
    corpus.add("a", "Kenya firmly supports the Blue Economy.").unwrap();
    corpus.add("b", "Kenya firmly supports the ocean economy.").unwrap();
    let found = corpus.statements().about("ocean economy");
    assert_eq!(found.len(), 1, "{:?}", corpus.statements().to_vec());
    assert_eq!(found.first().unwrap().sources, ["a", "b"]);
    // The built-in lexicon knows no such alias: a default corpus keeps the two apart.
    let mut plain = Corpus::new();
    plain.add("a", "Kenya firmly supports the Blue Economy.").unwrap();
    plain.add("b", "Kenya firmly supports the ocean economy.").unwrap();
    assert_eq!(plain.statements().len(), 2);
}

#[test]
fn conflicts_name_their_record_by_a_typed_reference_and_cite_each_value() {
    let mut corpus = Corpus::new();
    corpus
        .add(
            "a",
            "Greece and Turkey held the 5th round of the Greece-Turkey Political Dialogue in Athens on March 3, 2025.",
        )
        .unwrap();
    corpus
        .add("b", "The fifth round of the Greece-Turkey Political Dialogue was held in Athens on March 4, 2025.")
        .unwrap();
    let fused = corpus.fused();
    let conflict = fused.conflicts.iter().find(|c| c.field == "when").expect("a date conflict");
    assert_eq!(conflict.record, bilateral::RecordRef { list: bilateral::RecordList::Dialogues, index: 0 });
    assert_eq!(serde_json::to_value(conflict).unwrap()["record"], "dialogues/0");
    for value in &conflict.values {
        let FieldValue::Date(w) = &value.value else { panic!("{value:?}") };
        assert!(w.span.is_none(), "a fused date carries no span of one source");
        assert_eq!(value.citations.len(), value.sources.len());
        for c in &value.citations {
            assert_eq!(corpus.cited_text(c), Some(w.text.as_str()), "each source's citation is its date's words");
        }
    }
}
