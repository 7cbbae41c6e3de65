//! Stage 1: raw scraped text → layout.
//!
//! Splits the input into lines, drops boilerplate by general rules
//! ([`lines`]), reads the header ([`header`]: headline, publication date,
//! dateline, source credit) and cuts the body into paragraphs and sentences
//! ([`sentences`]). Every span is a byte range into the original input.
//!
//! Later stages read sentences as [`tokens`]: each token carries a
//! case-folded hash ([`words`]) and its word classes ([`classes`]), both
//! computed once. A long input's sentences are read in [`blocks`], so that
//! the tokens of only one block are alive at a time.

pub mod blocks;
pub mod classes;
pub mod header;
pub mod lines;
pub mod sentences;
pub mod tokens;
pub mod words;

use crate::model::{Sentence, Span};
pub use header::Header;
pub use lines::{Line, LineKind};

/// The result of the text stage: header fields and body sentences.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    /// Headline, publication date, dateline and credit.
    pub header: Header,
    /// Every line with its classification.
    pub lines: Vec<Line>,
    /// Body and caption sentences in text order.
    pub sentences: Vec<Sentence>,
}

/// Runs the whole text stage over `text`.
///
/// ```
/// let text = "Tuesday, January 20, 2026\nMain Menu\n\nTalks Open in Beijing\n\nBEIJING, JAN 20 /DNA/ – The talks began. Both sides agreed.\n";
/// let layout = bilateral::text::layout(text);
/// assert_eq!(layout.header.headline.as_deref(), Some("Talks Open in Beijing"));
/// assert_eq!(layout.header.dateline.as_deref(), Some("Beijing"));
/// assert_eq!(layout.header.source.as_deref(), Some("DNA"));
/// assert_eq!(layout.sentences.len(), 2);
/// assert_eq!(layout.sentences[0].span.of(text), Some("The talks began."));
/// ```
pub fn layout(text: &str) -> Layout {
    let mut lines = lines::classify(text);
    let header = header::read(text, &mut lines);
    let mut out = Vec::new();
    let mut paragraph = 0;
    for line in &lines {
        let (caption, heading) = match line.kind {
            LineKind::Body => (false, false),
            LineKind::Heading => (false, true),
            LineKind::Caption => (true, false),
            _ => continue,
        };
        let start = line.body_start.unwrap_or(line.span.start);
        for span in sentences::split(text, Span::new(start, line.span.end)) {
            out.push(Sentence { span, paragraph, caption, heading });
        }
        paragraph += 1;
    }
    Layout { header, lines, sentences: out }
}

/// Trims ASCII and Unicode white space (including no-break spaces) from
/// both ends of `span` within `text`.
pub(crate) fn trim_span(text: &str, span: Span) -> Span {
    let Some(s) = span.of(text) else { return Span::new(span.start, span.start) };
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    Span::new(span.start + lead, span.start + lead + trimmed.len())
}
