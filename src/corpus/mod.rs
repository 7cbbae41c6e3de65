//! Stage 5: many documents fused into one record per real-world thing.
//!
//! A [`Corpus`] keeps every [`Document`] by id. [`Corpus::fused`] merges
//! reports of the same dialogue, project, incident or statement across
//! documents into [`FusedRecord`]s that list their sources, and reports a
//! [`Conflict`] wherever the sources disagree on a field. Fusion is a pure
//! function of the set of documents: the order they were added in does not
//! matter, and adding the same document twice changes nothing. Adding a
//! document under an id already stored replaces it (an updated article).

mod fuse;
mod page;
mod query;

pub use query::{Query, TimelineEntry};

use crate::model::{Dialogue, Document, Incident, Project, Span, Statement, When};
use crate::{Error, Parser};
use once_cell::sync::OnceCell;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Documents added one by one (or in parallel), fused on demand.
///
/// ```
/// use bilateral::Corpus;
/// let mut corpus = Corpus::new();
/// corpus.add("a", "China and Pakistan held the Seventh Round of the China-Pakistan Strategic Dialogue in Beijing on January 4, 2026.").unwrap();
/// corpus.add("b", "The 7th round of the China-Pakistan Strategic Dialogue was held in Beijing on January 5, 2026.").unwrap();
/// let fused = corpus.fused();
/// assert_eq!(fused.dialogues.len(), 1);
/// assert_eq!(fused.dialogues[0].sources, ["a", "b"]);
/// assert_eq!(fused.conflicts[0].field, "when");
/// ```
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    parser: Parser,
    documents: BTreeMap<String, Document>,
    texts: BTreeMap<String, Arc<str>>,
    /// The fused view, computed on first use after a change.
    fused: OnceCell<Fused>,
}

/// Serializing a fused record of any list through one function pointer.
mod erased {
    /// A record that writes itself as pretty JSON.
    pub(super) trait Record {
        fn write(&self, out: &mut dyn std::io::Write) -> std::io::Result<()>;
    }

    impl<T: serde::Serialize> Record for super::FusedRecord<T> {
        fn write(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
            serde_json::to_writer_pretty(out, self).map_err(std::io::Error::other)
        }
    }
}

/// A fused record: the record's fields plus the documents that report it.
///
/// The record's own spans (`evidence`, a date's `span`, a metric's `span`)
/// would index one article among several, so fusion empties them and keeps
/// every span as a [`Citation`] that names its article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct FusedRecord<T> {
    /// The record, each field holding the value most sources agree on.
    #[serde(flatten)]
    pub record: T,
    /// Ids of the documents that report it, sorted.
    pub sources: Vec<String>,
    /// Where each source says so: every evidence span of every report.
    #[serde(default)]
    pub citations: Vec<Citation>,
}

/// A span of one source document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Citation {
    /// The document's id.
    pub source: String,
    /// Byte offsets into that document's text.
    #[serde(flatten)]
    pub span: Span,
}

/// A value of a field, as sources report it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
#[non_exhaustive]
pub enum FieldValue {
    /// A date or range.
    Date(When),
    /// A count.
    Count(u32),
    /// A name, place, status or other text.
    Text(String),
}

/// One value of a disputed field with the documents that report it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ConflictValue {
    /// The value (a date's own span is moved to `citations`).
    pub value: FieldValue,
    /// Documents that report this value, sorted.
    pub sources: Vec<String>,
    /// Where each of those documents says so: the date's words for a date,
    /// else the record's evidence sentences.
    #[serde(default)]
    pub citations: Vec<Citation>,
}

/// Which list of the fused view a record is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecordList {
    /// [`Fused::dialogues`].
    Dialogues,
    /// [`Fused::projects`].
    Projects,
    /// [`Fused::incidents`].
    Incidents,
    /// [`Fused::statements`].
    Statements,
}

impl RecordList {
    /// The list's name in the wire format ("dialogues").
    ///
    /// ```
    /// assert_eq!(bilateral::RecordList::Incidents.as_str(), "incidents");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            RecordList::Dialogues => "dialogues",
            RecordList::Projects => "projects",
            RecordList::Incidents => "incidents",
            RecordList::Statements => "statements",
        }
    }
}

/// A fused record named by its list and its index in that list. On the wire
/// it is the string `"<list>/<index>"` (`"dialogues/0"`).
///
/// ```
/// use bilateral::{RecordList, RecordRef};
/// let r = RecordRef { list: RecordList::Dialogues, index: 3 };
/// assert_eq!(r.to_string(), "dialogues/3");
/// assert_eq!("dialogues/3".parse::<RecordRef>(), Ok(r));
/// assert!("dialogue/3".parse::<RecordRef>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordRef {
    /// The list.
    pub list: RecordList,
    /// The index in the list.
    pub index: usize,
}

impl std::fmt::Display for RecordRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.list.as_str(), self.index)
    }
}

impl std::str::FromStr for RecordRef {
    type Err = crate::UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || crate::UnknownValue { kind: "RecordRef", value: s.to_string() };
        let (list, index) = s.split_once('/').ok_or_else(bad)?;
        let list = [RecordList::Dialogues, RecordList::Projects, RecordList::Incidents, RecordList::Statements]
            .into_iter()
            .find(|l| l.as_str() == list)
            .ok_or_else(bad)?;
        Ok(RecordRef { list, index: index.parse().map_err(|_| bad())? })
    }
}

impl Serialize for RecordRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for RecordRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
string_schema!(
    RecordRef,
    "A fused record named by its list and index: \"dialogues/0\".",
    "^(dialogues|projects|incidents|statements)/[0-9]+$"
);

/// Sources disagree on a field of a fused record.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Conflict {
    /// The fused record (`"dialogues/0"` on the wire).
    pub record: RecordRef,
    /// The field ("when", "venue", "killed", …).
    pub field: String,
    /// Each value with its sources, the chosen value first.
    pub values: Vec<ConflictValue>,
}

/// The fused view of a corpus (the `corpus` object of the wire format).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Fused {
    /// One record per dialogue.
    pub dialogues: Vec<FusedRecord<Dialogue>>,
    /// One record per project.
    pub projects: Vec<FusedRecord<Project>>,
    /// One record per incident.
    pub incidents: Vec<FusedRecord<Incident>>,
    /// One record per (actors, stance, topic).
    pub statements: Vec<FusedRecord<Statement>>,
    /// Fields the sources disagree on.
    pub conflicts: Vec<Conflict>,
}

impl Corpus {
    /// An empty corpus with the default parser.
    ///
    /// ```
    /// let corpus = bilateral::Corpus::new();
    /// assert!(corpus.is_empty());
    /// ```
    pub fn new() -> Corpus {
        Corpus::default()
    }

    /// An empty corpus that parses with `parser`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let parser = bilateral::Parser::new().reference_date(NaiveDate::from_ymd_opt(2026, 1, 7).unwrap());
    /// let mut corpus = bilateral::Corpus::with_parser(parser);
    /// corpus.add("a", "China and Pakistan held talks in Beijing on Sunday.").unwrap();
    /// assert_eq!(corpus.dialogues().first().unwrap().record.when.as_ref().unwrap().start.to_string(), "2026-01-04");
    /// ```
    pub fn with_parser(parser: Parser) -> Corpus {
        Corpus { parser, ..Corpus::default() }
    }

    /// Parses `text` and adds it as document `id`, keeping the text so
    /// citations can be shown ([`Corpus::cited_text`]). A document already
    /// stored under `id` is replaced, text and record together: adding an
    /// article again is how an updated version is taken in.
    ///
    /// # Errors
    ///
    /// [`Error::InputTooLarge`] when `text` is longer than the parser's limit;
    /// the corpus is then unchanged.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "China condemned the attack in Karachi on October 6, 2024.").unwrap();
    /// corpus.add("b", "Pakistan condemned the attack in Karachi on October 6, 2024.").unwrap();
    /// assert_eq!(corpus.len(), 2);
    /// assert_eq!(corpus.incidents().first().unwrap().sources, ["a", "b"]);
    /// ```
    pub fn add(&mut self, id: &str, text: &str) -> Result<(), Error> {
        let doc = self.parser.parse_with_id(id, text)?;
        self.insert(doc, Some(Arc::from(text)));
        Ok(())
    }

    /// Adds a parsed document (one built by another extractor, say),
    /// replacing any document stored under its id. The corpus keeps no text
    /// for it, so [`Corpus::cited_text`] answers `None` for its citations
    /// rather than slicing an older text.
    ///
    /// ```
    /// let doc = bilateral::Parser::new().parse_with_id("a", "Pakistan welcomed the talks.").unwrap();
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add_document(doc);
    /// assert_eq!(corpus.documents().next().unwrap().id, "a");
    /// ```
    pub fn add_document(&mut self, doc: Document) {
        self.insert(doc, None);
    }

    /// Adds a document parsed from `text` (by [`Parser::parse_bytes`] after
    /// [`Parser::decode`], say), keeping the text so that citations can be
    /// shown. The caller vouches that the document's spans index `text`.
    ///
    /// ```
    /// let parser = bilateral::Parser::new();
    /// let text = parser.decode(b"Kenya welcomed the talks.").unwrap().into_owned();
    /// let doc = parser.parse_with_id("k", &text).unwrap();
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add_parsed(doc, text);
    /// let statement = corpus.statements().first().unwrap();
    /// assert_eq!(corpus.cited_text(&statement.citations[0]), Some("Kenya welcomed the talks."));
    /// ```
    pub fn add_parsed(&mut self, doc: Document, text: impl Into<Arc<str>>) {
        self.insert(doc, Some(text.into()));
    }

    /// Stores a document and its text (or forgets an older text of its id).
    fn insert(&mut self, mut doc: Document, text: Option<Arc<str>>) {
        doc.mentions = Vec::new();
        doc.sentences = Vec::new();
        self.fused = OnceCell::new();
        match text {
            Some(t) => self.texts.insert(doc.id.clone(), t),
            None => self.texts.remove(&doc.id),
        };
        self.documents.insert(doc.id.clone(), doc);
    }

    /// Parses many texts (in parallel with the `parallel` feature) into a
    /// corpus with the default parser. Texts that fail to parse are returned
    /// with their errors; of two texts with one id, the later one is kept.
    ///
    /// ```
    /// let (corpus, errors) = bilateral::Corpus::from_texts([("a", "China supports Pakistan."), ("b", "Pakistan supports China.")]);
    /// assert_eq!((corpus.len(), errors.len()), (2, 0));
    /// ```
    pub fn from_texts<I, S, T>(texts: I) -> (Corpus, Vec<(String, Error)>)
    where
        I: IntoIterator<Item = (S, T)>,
        S: Into<String>,
        T: AsRef<str> + Send + Sync,
    {
        Corpus::from_texts_with(Parser::new(), texts)
    }

    /// [`Corpus::from_texts`] with `parser`'s options (reference date,
    /// custom lexicon, input limit); the corpus keeps the parser, so its
    /// queries and fusion use the same lexicon.
    ///
    /// ```
    /// use bilateral::{Corpus, NaiveDate, Parser};
    /// let parser = Parser::new().reference_date(NaiveDate::from_ymd_opt(2025, 3, 14).unwrap());
    /// let (corpus, _) = Corpus::from_texts_with(parser, [("a", "Greece and Turkey held talks in Athens on Monday.")]);
    /// assert_eq!(corpus.dialogues().first().unwrap().record.when.as_ref().unwrap().start.to_string(), "2025-03-10");
    /// ```
    pub fn from_texts_with<I, S, T>(parser: Parser, texts: I) -> (Corpus, Vec<(String, Error)>)
    where
        I: IntoIterator<Item = (S, T)>,
        S: Into<String>,
        T: AsRef<str> + Send + Sync,
    {
        let items: Vec<(String, T)> = texts.into_iter().map(|(id, t)| (id.into(), t)).collect();
        // Each worker also drops the per-document detail the corpus does not keep and copies the
        // text, so the sequential part below is only the insertion.
        let work = |(id, t): &(String, T)| -> Parsed {
            let mut doc = parser.parse_with_id(id, t.as_ref()).map_err(|e| (id.clone(), e))?;
            doc.mentions = Vec::new();
            doc.sentences = Vec::new();
            Ok((doc, Arc::from(t.as_ref())))
        };
        #[cfg(feature = "parallel")]
        let parsed: Vec<Parsed> = {
            use rayon::prelude::*;
            items.par_iter().map(work).collect()
        };
        #[cfg(not(feature = "parallel"))]
        let parsed: Vec<Parsed> = items.iter().map(work).collect();
        let mut corpus = Corpus::with_parser(parser);
        let mut errors = Vec::new();
        for r in parsed {
            match r {
                Ok((doc, text)) => corpus.insert(doc, Some(text)),
                Err(e) => errors.push(e),
            }
        }
        (corpus, errors)
    }

    /// The documents, by id.
    ///
    /// ```
    /// let (corpus, _) = bilateral::Corpus::from_texts([("b", "Text two."), ("a", "Text one.")]);
    /// let ids: Vec<&str> = corpus.documents().map(|d| d.id.as_str()).collect();
    /// assert_eq!(ids, ["a", "b"]);
    /// ```
    pub fn documents(&self) -> impl Iterator<Item = &Document> {
        self.documents.values()
    }

    /// The number of documents.
    ///
    /// ```
    /// let (corpus, _) = bilateral::Corpus::from_texts([("a", "One."), ("b", "Two.")]);
    /// assert_eq!(corpus.len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        self.documents.len()
    }

    /// Whether the corpus has no documents.
    ///
    /// ```
    /// assert!(bilateral::Corpus::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// The text a citation points at, when the corpus kept the document's text.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Title\n\nPakistan firmly supports China on Taiwan.").unwrap();
    /// let record = corpus.statements().first().unwrap();
    /// assert_eq!(corpus.cited_text(&record.citations[0]), Some("Pakistan firmly supports China on Taiwan."));
    /// ```
    pub fn cited_text(&self, c: &Citation) -> Option<&str> {
        self.texts.get(&c.source).and_then(|t| c.span.of(t))
    }

    /// The fused records (computed once after each change). Costs
    /// O(n log n) in the number of records.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "China and Pakistan held talks in Beijing on January 4, 2026.").unwrap();
    /// corpus.add("b", "China and Pakistan held talks in Beijing on January 5, 2026.").unwrap();
    /// let fused = corpus.fused();
    /// assert_eq!(fused.dialogues.len(), 1);
    /// assert_eq!(fused.conflicts[0].field, "when");
    /// ```
    pub fn fused(&self) -> &Fused {
        self.fused.get_or_init(|| fuse::fuse(self.documents.values(), self.lexicon()))
    }

    /// The lexicon this corpus parses, fuses and queries with.
    /// Writes the fused view as JSON (the `corpus` object of the wire
    /// format, the same data as serializing [`Corpus::fused`]) without
    /// holding it: each fused record is made, written and let go, so a large
    /// corpus needs memory for its documents and one record. The view is not
    /// kept; an already computed one is written as it is.
    ///
    /// # Errors
    ///
    /// Any error of `out`.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "China and Pakistan held talks in Beijing on January 4, 2026.").unwrap();
    /// corpus.add("b", "China and Pakistan held talks in Beijing on January 5, 2026.").unwrap();
    /// let mut out = Vec::new();
    /// corpus.write_fused_json(&mut out).unwrap();
    /// let written: serde_json::Value = serde_json::from_slice(&out).unwrap();
    /// assert_eq!(written, serde_json::to_value(corpus.fused()).unwrap());
    /// ```
    pub fn write_fused_json(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        if let Some(fused) = self.fused.get() {
            return serde_json::to_writer_pretty(&mut *out, fused).map_err(std::io::Error::other);
        }
        const LISTS: [&str; 4] = ["dialogues", "projects", "incidents", "statements"];
        // Lists opened so far, and whether the open one has a record yet.
        let mut opened = 0;
        let mut has_record = false;
        let mut failure: Option<std::io::Error> = None;
        let mut write =
            |out: &mut dyn std::io::Write, list: usize, record: &dyn erased::Record| -> std::io::Result<()> {
                while opened <= list {
                    let comma = if opened == 0 { "{\n" } else { "\n],\n" };
                    writeln!(out, "{comma}\"{}\": [", LISTS[opened])?;
                    opened += 1;
                    has_record = false;
                }
                if has_record {
                    out.write_all(b",\n")?;
                }
                has_record = true;
                record.write(out)
            };
        let conflicts = fuse::fuse_each(self.documents.values(), self.lexicon(), &mut |made| {
            if failure.is_some() {
                return;
            }
            let result = match &made {
                fuse::Made::Dialogue(r) => write(out, 0, r),
                fuse::Made::Project(r) => write(out, 1, r),
                fuse::Made::Incident(r) => write(out, 2, r),
                fuse::Made::Statement(r) => write(out, 3, r),
            };
            failure = result.err();
        });
        if let Some(e) = failure {
            return Err(e);
        }
        while opened < LISTS.len() {
            let comma = if opened == 0 { "{\n" } else { "\n],\n" };
            writeln!(out, "{comma}\"{}\": [", LISTS[opened])?;
            opened += 1;
        }
        out.write_all(b"\n],\n\"conflicts\": ")?;
        serde_json::to_writer_pretty(&mut *out, &conflicts).map_err(std::io::Error::other)?;
        out.write_all(b"\n}")
    }

    pub(crate) fn lexicon(&self) -> &crate::Lexicon {
        self.parser.lexicon_ref()
    }
}

/// One batch item: the document and its text, or its id and the error.
type Parsed = Result<(Document, Arc<str>), (String, Error)>;
