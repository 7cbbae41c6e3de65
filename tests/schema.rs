//! The JSON Schema shipped in `schema/` is the one the model generates, and
//! what the crate writes is valid against it.

use bilateral::{Corpus, Parser};
use serde_json::{json, Value};

fn checked_in(name: &str) -> Value {
    let path = format!("{}/schema/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

#[test]
fn the_checked_in_schemas_are_the_generated_ones() {
    // Regenerate with `cargo run --features cli -- schema [--line] > schema/…`.
    assert_eq!(
        checked_in("bilateral-1.schema.json"),
        bilateral::wire_schema(),
        "schema/bilateral-1.schema.json is stale"
    );
    assert_eq!(
        checked_in("bilateral-1.line.schema.json"),
        bilateral::line_schema(),
        "schema/bilateral-1.line.schema.json is stale"
    );
}

/// The `bilateral/1` object for `texts`, as `extract` writes it.
fn wire(texts: &[(String, String)], mentions: bool) -> Value {
    let parser = Parser::new();
    let mut corpus = Corpus::new();
    let mut documents = Vec::new();
    for (id, text) in texts {
        let mut doc = parser.parse_with_id(id, text).unwrap();
        if !mentions {
            doc.mentions.clear();
        }
        corpus.add_document(doc.clone());
        documents.push(doc);
    }
    json!({"schema": bilateral::WIRE_FORMAT, "documents": documents, "corpus": corpus.fused()})
}

fn assert_valid(schema: &Value, instance: &Value) {
    let validator = jsonschema::validator_for(schema).unwrap();
    let errors: Vec<String> =
        validator.iter_errors(instance).map(|e| format!("{} at {}", e, e.instance_path())).take(5).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

fn seeds() -> Vec<(String, String)> {
    let mut texts: Vec<(String, String)> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    texts.sort();
    texts
}

#[test]
fn the_seeds_output_with_and_without_mentions_is_valid() {
    let schema = bilateral::wire_schema();
    assert_valid(&schema, &wire(&seeds(), false));
    assert_valid(&schema, &wire(&seeds(), true));
}

#[test]
fn adversarial_inputs_give_valid_output() {
    let texts: Vec<(String, String)> = [
        String::new(),
        "\u{0}\u{1}\u{7f}".repeat(100),
        "(((((".repeat(500),
        "\"".repeat(1000),
        "On 31 February 2026, 99999999999999999999 km of the Karachi–Peshawar railway were built by 1e400 workers."
            .into(),
        "Kenya, Ghana, Togo, Benin, Niger, Mali and Chad condemned the attack on the embassy in Abuja on Monday."
            .into(),
        "The 4294967296th round of the Kenya-Ghana Strategic Dialogue was held.".into(),
        "ÿ".repeat(300),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, t)| (format!("x{i}"), t))
    .collect();
    assert_valid(&bilateral::wire_schema(), &wire(&texts, true));
}

#[test]
fn a_jsonl_line_is_a_document_with_the_format_name_and_invalid_without_it() {
    let doc = Parser::new().parse_with_id("a", "Kenya and Ghana held talks in Nairobi on March 3, 2025.").unwrap();
    let mut line = serde_json::to_value(&doc).unwrap();
    let schema = bilateral::line_schema();
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(!validator.is_valid(&line), "a line without \"schema\" must be refused");
    line["schema"] = json!("bilateral/1");
    assert_valid(&schema, &line);
    line["schema"] = json!("bilateral/2");
    assert!(!validator.is_valid(&line));
}

#[test]
fn a_wrong_country_code_or_stance_is_refused() {
    let mut out = wire(&[("a".into(), "Kenya firmly supports Ghana on the ceasefire.".into())], false);
    let validator = jsonschema::validator_for(&bilateral::wire_schema()).unwrap();
    assert!(validator.is_valid(&out));
    out["documents"][0]["statements"][0]["stance"] = json!("likes");
    assert!(!validator.is_valid(&out));
    out["documents"][0]["statements"][0]["stance"] = json!("support");
    out["documents"][0]["statements"][0]["actors"] = json!(["kenya"]);
    assert!(!validator.is_valid(&out));
}
