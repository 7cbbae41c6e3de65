//! Any bytes: a document or a typed error, every span inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let parser = bilateral::Parser::new();
    if let Ok(doc) = parser.parse_bytes("fuzz", data) {
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
