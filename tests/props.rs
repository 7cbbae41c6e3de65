//! Property tests: no panic on any input, spans inside the input, same
//! input same output, fusion independent of document order.

use bilateral::{Corpus, Parser};
use proptest::prelude::*;

fn check_spans(text: &str) {
    let doc = Parser::new().parse(text).expect("any &str under the limit parses");
    let json = serde_json::to_value(&doc).unwrap();
    let mut spans = Vec::new();
    crate::seeds::collect_spans(&json, &mut spans);
    for s in &doc.sentences {
        spans.push((s.span.start, s.span.end));
    }
    for m in &doc.mentions {
        spans.push((m.start, m.end));
        if let Some(w) = &m.when {
            assert!(w.start <= w.end);
        }
    }
    for (s, e) in spans {
        assert!(s <= e && e <= text.len(), "{s}..{e} outside {}", text.len());
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "{s}..{e} not on char boundaries");
    }
}

/// Newsy text: sentences built from actors, verbs, dates, numbers, quotes and page furniture.
fn newsy() -> impl Strategy<Value = String> {
    let actor = prop::sample::select(vec![
        "China",
        "Pakistan",
        "Both sides",
        "The two countries",
        "Beijing",
        "Foreign Minister Wang Yi",
        "Pakistani officials",
        "India and Japan",
        "US Defense Secretary Pete Hegseth, who visited Manila last month,",
        "Crown Prince Mohammed bin Salman",
        "India and Nepal, co-chaired by S. Jaishankar and Arzu Rana Deuba,",
        "The ministers",
    ]);
    let verb = prop::sample::select(vec![
        "firmly supports",
        "strongly condemned",
        "called for",
        "agreed to deepen",
        "expressed concern over",
        "spoke highly of",
        "opposes any form of",
        "reiterated firm support for",
        "does not oppose",
        "could pose challenges to",
        "is ready to work with Russia to oppose",
        "welcomed the US support for",
        "said the U.S. side should stop interfering in",
    ]);
    let object = prop::sample::select(vec![
        "Taiwan",
        "the ceasefire in Gaza",
        "Xinjiang, Tibet and Hong Kong",
        "“two China”",
        "the attack in Gwadar",
        "CPEC 2.0",
        "the Karot Hydropower Project",
        "security cooperation",
        "the Arun-3 hydroelectric project",
        "the Reko Diq copper and gold mining project",
        "Washington's “ironclad” commitment to the Philippines' defense",
    ]);
    let tail = prop::sample::select(vec![
        "",
        " on Monday, January 5, 2026",
        " in March",
        " last year",
        " from January 3 to 5",
        ", killing 12 people",
        " with $23.06 billion",
        " — 11.1 per cent",
        ", Foreign Minister Sergei Lavrov said",
        " since 2012",
    ]);
    let furniture = prop::sample::select(vec![
        "Main Menu",
        "LEAVE A REPLY",
        "Search Trends",
        "Photo shows Gwadar. /Xinhua",
        "",
        "\u{a0}",
        "Comments are Closed",
        // Names running into word-internal apostrophes and odd bytes (a fuzz finding).
        "Trump’n Dar’x Wang\u{1}Yi’s",
        "President Xi’z said the 7th’s round.",
        "Kathmandu, March 12 (PTI) India and Nepal held the 16th meeting of their Joint Commission",
    ]);
    prop::collection::vec((actor, verb, object, tail, furniture), 1..8)
        .prop_map(|parts| parts.into_iter().map(|(a, v, o, t, f)| format!("{a} {v} {o}{t}.\n{f}\n")).collect())
}

proptest! {
    // Failing cases are kept beside the other test data, not in a top-level folder.
    #![proptest_config(ProptestConfig {
        failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::Direct(
            "tests/data/props.proptest-regressions"
        ))),
        ..ProptestConfig::with_cases(96)
    })]

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        check_spans(&text);
    }

    #[test]
    fn arbitrary_bytes_give_a_document_or_a_typed_error(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        match Parser::new().parse_bytes("x", &bytes) {
            Ok(_) => prop_assert!(std::str::from_utf8(&bytes).is_ok()),
            Err(bilateral::Error::InvalidUtf8 { offset }) => prop_assert!(offset <= bytes.len()),
            Err(e) => prop_assert!(false, "unexpected error {e}"),
        }
    }

    #[test]
    fn newsy_text_spans_and_determinism(text in newsy()) {
        check_spans(&text);
        let a = Parser::new().parse(&text).unwrap();
        let b = Parser::new().parse(&text).unwrap();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn reading_block_by_block_gives_the_same_document(text in newsy(), block in 1usize..400) {
        // Long inputs are tokenized block by block; any block size must give the same result.
        let whole = Parser::new().parse(&text).unwrap();
        let by_block = Parser::new().block_bytes(block).parse(&text).unwrap();
        prop_assert_eq!(whole, by_block);
    }

    #[test]
    fn fusion_ignores_document_order(texts in prop::collection::vec(newsy(), 1..5), seed in any::<u64>()) {
        let docs: Vec<(String, String)> = texts.into_iter().enumerate().map(|(i, t)| (format!("d{i}"), t)).collect();
        let mut shuffled = docs.clone();
        // A deterministic shuffle from the seed.
        let n = shuffled.len();
        for i in (1..n).rev() {
            let j = (seed.wrapping_mul(6364136223846793005).wrapping_add(i as u64) % (i as u64 + 1)) as usize;
            shuffled.swap(i, j);
        }
        let build = |list: &[(String, String)]| {
            let mut c = Corpus::new();
            for (id, t) in list {
                c.add(id, t).unwrap();
            }
            c.fused().clone()
        };
        prop_assert_eq!(build(&docs), build(&shuffled));
    }

    #[test]
    fn every_fused_span_resolves_through_its_citation(texts in prop::collection::vec(newsy(), 1..5)) {
        let docs: Vec<(String, String)> = texts.into_iter().enumerate().map(|(i, t)| (format!("d{i}"), t)).collect();
        let mut corpus = Corpus::new();
        for (id, t) in &docs {
            corpus.add(id, t).unwrap();
        }
        let text_of = |id: &str| docs.iter().find(|(d, _)| d == id).map(|(_, t)| t.as_str()).unwrap();
        let fused = corpus.fused().clone();
        let check = |c: &bilateral::Citation| {
            let text = text_of(&c.source);
            prop_assert!(c.span.end <= text.len() && text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
            prop_assert_eq!(corpus.cited_text(c), c.span.of(text));
            Ok(())
        };
        let citations = fused.dialogues.iter().flat_map(|r| r.citations.clone())
            .chain(fused.projects.iter().flat_map(|r| r.citations.clone()))
            .chain(fused.incidents.iter().flat_map(|r| r.citations.clone()))
            .chain(fused.statements.iter().flat_map(|r| r.citations.clone()));
        for c in citations {
            prop_assert!(docs.iter().any(|(d, _)| *d == c.source));
            check(&c)?;
        }
        for conflict in &fused.conflicts {
            for value in &conflict.values {
                for c in &value.citations {
                    prop_assert!(value.sources.contains(&c.source));
                    check(c)?;
                    if let bilateral::FieldValue::Date(w) = &value.value {
                        // The value's own span would index one source of many: it is a citation instead.
                        prop_assert!(w.span.is_none());
                    }
                }
            }
        }
        for r in &fused.dialogues {
            prop_assert!(r.record.evidence.is_empty() && r.record.when.as_ref().is_none_or(|w| w.span.is_none()));
        }
    }
}
