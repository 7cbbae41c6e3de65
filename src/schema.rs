//! The JSON Schema of the wire format (feature `schema`), generated from the
//! model types so that it cannot drift from what the crate writes.

use crate::{Document, Fused};
use schemars::JsonSchema;

/// The whole output of one run: every document and the fused corpus.
#[derive(JsonSchema)]
#[schemars(title = "bilateral/1", description = "Documents read from news articles and the corpus fused from them.")]
#[allow(dead_code)] // only its schema is used
struct Wire {
    /// The format's name and version.
    #[schemars(extend("const" = "bilateral/1"))]
    schema: String,
    /// One object per article, in input order.
    documents: Vec<Document>,
    /// The documents fused: one record per real-world thing, with sources and conflicts.
    corpus: Fused,
}

/// One line of the JSON Lines output: a document that names its format.
#[derive(JsonSchema)]
#[schemars(
    title = "bilateral/1 document line",
    description = "One document of a JSON Lines stream, with the format's name."
)]
#[allow(dead_code)] // only its schema is used
struct Line {
    /// The format's name and version.
    #[schemars(extend("const" = "bilateral/1"))]
    schema: String,
    #[serde(flatten)]
    document: Document,
}

/// The JSON Schema (draft 2020-12) of the `bilateral/1` object: `schema`,
/// `documents` and `corpus`. The crate ships the same text as
/// `schema/bilateral-1.schema.json`.
///
/// ```
/// let schema = bilateral::wire_schema();
/// assert_eq!(schema["title"], "bilateral/1");
/// assert_eq!(schema["properties"]["schema"]["const"], bilateral::WIRE_FORMAT);
/// ```
pub fn wire_schema() -> serde_json::Value {
    schemars::schema_for!(Wire).to_value()
}

/// The JSON Schema of one line of the JSON Lines output: a document with
/// `"schema": "bilateral/1"`. Shipped as `schema/bilateral-1.line.schema.json`.
///
/// ```
/// let schema = bilateral::line_schema();
/// assert!(schema["required"].as_array().unwrap().iter().any(|f| f == "schema"));
/// ```
pub fn line_schema() -> serde_json::Value {
    schemars::schema_for!(Line).to_value()
}
