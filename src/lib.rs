//! `bilateral` turns raw English news text about bilateral diplomacy into a
//! typed, queryable model of what happened: **dialogues** (meetings,
//! strategic dialogues, visits), **projects** (corridors, ports, power
//! plants), **incidents** (attacks, joint exercises) and **statements** (who
//! supports, opposes, calls for or condemns what), each tied to the exact
//! bytes of the input that support it.
//!
//! # Overview
//!
//! - [`parse`] reads one article into a [`Document`]; [`Parser`] sets options
//!   (reference date, input limit, a custom [`Lexicon`]).
//! - [`Corpus`] fuses many documents into one record per real-world thing
//!   ([`Fused`]), lists where sources disagree ([`Conflict`]) and answers
//!   typed queries ([`Query`], [`Corpus::timeline`]).
//! - The pipeline's stages are private modules, in order: vocabulary (every
//!   closed-class word, once) → text (lines, sentences, tokens) → lexicon
//!   (names, people, projects) → time and quantities → header → extractors
//!   (the four record types) → corpus. `DESIGN.md` explains each.
//! - Every [`Span`] is a byte range into the **original** input.
//!
//! # Example
//!
//! ```
//! let text = "Wednesday, January 7, 2026\n\nTalks Held in Beijing\n\n\
//!     Chinese Foreign Minister Wang Yi met Pakistan's Foreign Minister Ishaq Dar in Beijing on January 4.\n";
//! let doc = bilateral::parse(text).unwrap();
//! assert_eq!(doc.headline.as_deref(), Some("Talks Held in Beijing"));
//! assert_eq!(doc.published.unwrap().to_string(), "2026-01-07");
//! let names: Vec<_> = doc.people.iter().map(|p| p.name.as_str()).collect();
//! assert_eq!(names, ["Wang Yi", "Ishaq Dar"]);
//! assert_eq!(doc.people[1].country, Some(bilateral::Country::PK));
//! ```
//!
//! # Wire format
//!
//! Everything serializes with serde to the JSON format `bilateral/1`
//! ([`WIRE_FORMAT`]): a run's output is `{"schema": "bilateral/1",
//! "documents": [...], "corpus": {...}}`, a [`Document`] per article and the
//! [`Fused`] corpus; a JSON Lines line is one document with `"schema"`
//! among its fields. Field names are those of the model types here
//! ([`Dialogue`], [`Project`], [`Incident`], [`Statement`], [`Person`],
//! [`When`], [`Quantity`], [`Span`]); enums are their lower-case strings
//! ([`Stance::CallFor`] is `"call_for"`), countries their ISO 3166-1 alpha-2
//! codes, dates ISO 8601. The JSON Schema is generated from these types
//! (feature `schema`: `wire_schema()`, `line_schema()`) and ships in the
//! crate's `schema/` folder. Fields may be added; the names stay, and
//! `schema` changes when one does.
//!
//! # Untrusted input
//!
//! Any `&str` is accepted: empty or whitespace-only text gives an empty
//! document, and no input panics. Every stage is linear in the input's
//! length (one automaton pass for names, one pass per sentence for the rest),
//! so a 100 MB line costs about what 100 MB of ordinary text does. Input
//! longer than [`Parser::max_input_len`] (64 MiB by default) is refused with
//! [`Error::InputTooLarge`] rather than truncated; bytes that are not UTF-8
//! give [`Error::InvalidUtf8`] from [`parse_bytes`] unless the parser reads
//! another [`InputEncoding`].

#![forbid(unsafe_code)]
#![deny(missing_docs)]

/// A JSON Schema for a type written as a string of a fixed pattern (feature `schema`).
#[cfg(feature = "schema")]
macro_rules! string_schema {
    ($type:ty, $description:literal, $pattern:literal) => {
        impl schemars::JsonSchema for $type {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($type).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "description": $description, "type": "string", "pattern": $pattern })
            }
        }
    };
}

mod corpus;
mod country;
mod error;
mod extract;
mod header;
mod lexicon;
mod mention;
mod model;
mod parser;
mod quantity;
#[cfg(feature = "schema")]
mod schema;
mod text;
mod time;
mod vocab;

pub use chrono::NaiveDate;
pub use corpus::{
    Citation, Conflict, ConflictValue, Corpus, FieldValue, Fused, FusedRecord, Query, RecordList, RecordRef,
    TimelineEntry,
};
pub use country::{Country, InvalidCountryCode};
pub use error::Error;
pub use lexicon::{Entry, EntryKind, Lexicon};
pub use mention::{Mention, MentionKind};
pub use model::{
    Dialogue, DialogueKind, Document, Incident, IncidentKind, Person, Precision, Project, Quantity, Sector, Sentence,
    Span, Stance, Statement, Status, Unit, UnknownValue, When,
};
pub use parser::{InputEncoding, Parser, BLOCK_BYTES, DEFAULT_MAX_INPUT};
#[cfg(feature = "schema")]
pub use schema::{line_schema, wire_schema};

/// The name and version of the JSON wire format, the value of every
/// output's `"schema"` field.
///
/// ```
/// assert_eq!(bilateral::WIRE_FORMAT, "bilateral/1");
/// ```
pub const WIRE_FORMAT: &str = "bilateral/1";

/// Parses one article with the default [`Parser`].
///
/// # Errors
///
/// [`Error::InputTooLarge`] when the text is longer than
/// [`DEFAULT_MAX_INPUT`] bytes.
///
/// ```
/// let doc = bilateral::parse("").unwrap();
/// assert!(doc.statements.is_empty());
/// ```
pub fn parse(text: &str) -> Result<Document, Error> {
    Parser::new().parse(text)
}

/// Parses UTF-8 bytes with the default [`Parser`].
///
/// # Errors
///
/// [`Error::InputTooLarge`] over [`DEFAULT_MAX_INPUT`] bytes;
/// [`Error::InvalidUtf8`] with the offset of the first byte that is not UTF-8.
///
/// ```
/// assert!(matches!(bilateral::parse_bytes(b"ok \xff"), Err(bilateral::Error::InvalidUtf8 { offset: 3 })));
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Document, Error> {
    Parser::new().parse_bytes("", bytes)
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
