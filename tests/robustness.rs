//! Adversarial inputs: no panic and sane output size. Their cost is measured
//! in `benches/adversarial.rs`, not here.

use bilateral::{Error, Parser};

fn sane(text: &str) {
    let doc = Parser::new().parse(text).expect("parses");
    let json = serde_json::to_string(&doc).unwrap();
    // Output grows at most linearly with the input.
    assert!(json.len() <= 64 * text.len() + 4096, "output {} for input {}", json.len(), text.len());
}

#[test]
fn empty_and_whitespace_inputs_are_empty_documents() {
    for text in ["", "   ", "\n\n\t", "\u{a0}\u{2003}"] {
        let doc = bilateral::parse(text).unwrap();
        assert!(doc.headline.is_none() && doc.sentences.is_empty() && doc.statements.is_empty());
    }
}

#[test]
fn long_single_line() {
    sane(&"China supports Pakistan on Taiwan and ".repeat(5_000));
}

#[test]
fn one_repeated_character() {
    sane(&"a".repeat(1 << 18));
    sane(&".".repeat(200_000));
}

#[test]
fn many_quote_marks() {
    sane(&"“".repeat(100_000));
    sane(&"\"".repeat(100_000));
    sane(&"“Pakistan supports China,” he said. ”".repeat(5_000));
}

#[test]
fn repeated_coordination() {
    sane(&"China and Pakistan, ".repeat(10_000));
    let list: Vec<String> = (0..10_000).map(|i| format!("item{i}")).collect();
    sane(&format!("Pakistan supports {}.", list.join(", ")));
}

#[test]
fn nested_brackets_control_bytes_and_mixed_scripts() {
    sane(&format!("{}{}", "(".repeat(50_000), ")".repeat(50_000)));
    sane("China\u{0}supports\u{1}Pakistan\u{7f}. \u{200b}Both sides agreed.");
    sane("پاکستان اور چین نے تعاون پر اتفاق کیا۔ 中国和巴基斯坦同意加强合作。 China supports Pakistan.");
}

#[test]
fn input_over_the_limit_is_a_typed_error() {
    let parser = Parser::new().max_input_len(1000);
    assert!(matches!(parser.parse(&"x".repeat(1001)), Err(Error::InputTooLarge { len: 1001, limit: 1000 })));
    assert!(parser.parse(&"x".repeat(1000)).is_ok());
}

#[test]
fn fuzz_crashers_stay_fixed() {
    // Each file under tests/data/fuzz once made the parser misbehave (found by `cargo fuzz run parse`).
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/fuzz");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).expect("fuzz regressions") {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        if let Ok(text) = std::str::from_utf8(&bytes) {
            sane(text);
        }
        seen += 1;
    }
    assert!(seen >= 2);
}
