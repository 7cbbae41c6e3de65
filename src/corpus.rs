//! Stage 5: many documents fused into one record per real-world thing.

use crate::model::Document;
use serde::Serialize;

/// Documents added one by one, fused across sources.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    documents: Vec<Document>,
}

/// The fused view of a corpus.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Fused {
    /// Fused dialogues.
    pub dialogues: Vec<serde_json_free::Empty>,
}

mod serde_json_free {
    /// Placeholder.
    #[derive(Debug, Clone, serde::Serialize)]
    pub struct Empty;
}

impl Corpus {
    /// An empty corpus.
    pub fn new() -> Corpus {
        Corpus::default()
    }

    /// Adds a parsed document.
    pub fn add_document(&mut self, doc: Document) {
        self.documents.push(doc);
    }

    /// The fused records.
    pub fn fused(&self) -> Fused {
        Fused::default()
    }
}
