//! Any bytes: a document or a typed error, every span inside the input, and
//! the same document when the input is read in blocks of a few sentences.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let parser = bilateral::Parser::new();
    if let Ok(doc) = parser.parse_bytes("fuzz", data) {
        let by_block = bilateral::Parser::new().block_bytes(256).parse_bytes("fuzz", data);
        assert!(matches!(&by_block, Ok(b) if *b == doc), "reading in blocks changed the document");
        let text = std::str::from_utf8(data).expect("parsed input is UTF-8");
        for s in &doc.sentences {
            assert!(s.span.of(text).is_some(), "sentence span outside the input");
        }
        for m in &doc.mentions {
            assert!(text.get(m.start..m.end).is_some(), "mention span outside the input");
        }
        for d in &doc.dialogues {
            for e in &d.evidence {
                assert!(e.of(text).is_some());
            }
        }
        for s in &doc.statements {
            for e in &s.evidence {
                assert!(e.of(text).is_some());
            }
        }
    }
});
