//! Mentions: every named thing, date and quantity found in a document.

use crate::model::{Span, Unit, When};
use crate::Country;
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};

/// What a [`Mention`] refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MentionKind {
    /// A country by name, demonym or capital used as metonym.
    Country,
    /// A person.
    Person,
    /// An organisation, body or mechanism.
    Organization,
    /// A province, city, port or other place.
    Place,
    /// A named project.
    Project,
    /// A recurring topic (Taiwan, Kashmir, Gaza).
    Topic,
    /// A date expression.
    Date,
    /// A number with a unit.
    Quantity,
}

/// One mention with its bytes in the input and what it resolves to.
///
/// Serializes as `{"kind", "text", "start", "end", …}` plus `name` and
/// `country` for named things, `when` (null when unresolved) for dates, and
/// `value`, `unit`, `approximate` for quantities.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Mention {
    /// What it is.
    pub kind: MentionKind,
    /// The words as written.
    pub text: String,
    /// First byte in the input.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Canonical name (named things).
    #[serde(default)]
    pub name: Option<String>,
    /// The country it belongs to (named things).
    #[serde(default)]
    pub country: Option<Country>,
    /// The resolved date (dates). Boxed: most mentions are not dates, and
    /// a date is half the size of the rest of a mention.
    #[serde(default)]
    pub when: Option<Box<When>>,
    /// The normalized value (quantities).
    #[serde(default)]
    pub value: Option<f64>,
    /// The normalized unit (quantities).
    #[serde(default)]
    pub unit: Option<Unit>,
    /// Whether the number is qualified ("more than", "about").
    #[serde(default)]
    pub approximate: bool,
}

impl Mention {
    /// A mention of `kind` at `span` of `text`, with nothing resolved yet.
    pub fn new(kind: MentionKind, text: &str, span: Span) -> Mention {
        Mention {
            kind,
            text: span.of(text).unwrap_or("").to_string(),
            start: span.start,
            end: span.end,
            name: None,
            country: None,
            when: None,
            value: None,
            unit: None,
            approximate: false,
        }
    }

    /// The mention's bytes.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

impl Serialize for Mention {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("kind", &self.kind)?;
        m.serialize_entry("text", &self.text)?;
        m.serialize_entry("start", &self.start)?;
        m.serialize_entry("end", &self.end)?;
        match self.kind {
            MentionKind::Date => m.serialize_entry("when", &self.when)?,
            MentionKind::Quantity => {
                m.serialize_entry("value", &self.value)?;
                m.serialize_entry("unit", &self.unit)?;
                m.serialize_entry("approximate", &self.approximate)?;
            }
            _ => {
                m.serialize_entry("name", &self.name)?;
                m.serialize_entry("country", &self.country)?;
            }
        }
        m.end()
    }
}
