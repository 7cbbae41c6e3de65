//! Stage 1: raw scraped text → layout.
//!
//! Splits the input into lines and drops boilerplate by general rules
//! ([`lines`]), then, once the header stage ([`crate::header`]) has marked
//! the headline and date lines, cuts the body into paragraphs and sentences
//! ([`sentences`]). Every span is a byte range into the original input.
//! This stage reads only [`crate::vocab`] and the model.
//!
//! Later stages read sentences as [`tokens`]: each token carries a
//! case-folded hash ([`words`]) and its word classes ([`classes`]), both
//! computed once. A long input's sentences are read in [`blocks`], so that
//! the tokens of only one block are alive at a time.

pub(crate) mod blocks;
pub(crate) mod bytes;
pub(crate) mod classes;
pub(crate) mod lines;
pub(crate) mod sentences;
pub(crate) mod tokens;
pub(crate) mod words;

use crate::model::{Sentence, Span};
pub use lines::{Line, LineKind};

/// The body sentences of `text`, from its classified `lines` (in text order).
pub fn body_sentences(text: &str, lines: &[Line]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    for line in lines {
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
    out
}

/// Trims ASCII and Unicode white space (including no-break spaces) from
/// both ends of `span` within `text`.
pub(crate) fn trim_span(text: &str, span: Span) -> Span {
    let Some(s) = span.of(text) else { return Span::new(span.start, span.start) };
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    Span::new(span.start + lead, span.start + lead + trimmed.len())
}
