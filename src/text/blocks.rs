//! Sentences in blocks of bounded size, and their tokens.
//!
//! A token takes 40 bytes, and a run of punctuation makes one per input
//! byte, so the tokens of a whole long input would take up to 40 times its
//! size. A news article fits in one block: it is tokenized once and every
//! later stage reads the same tokens. A longer input is read block by block,
//! each pass over it tokenizing a block again when it comes to it, so that
//! the tokens alive at any moment are those of one block.

use super::tokens::{tokenize, Token};
use crate::model::{Sentence, Span};
use std::borrow::Cow;
use std::ops::Range;

/// The most sentence bytes in one block (a block holds at least one sentence).
pub const BLOCK_BYTES: usize = 64 << 10;

/// The document's sentences cut into blocks, with the tokens of all of them
/// kept when there is only one block.
///
/// ```
/// use bilateral::model::Sentence;
/// use bilateral::text::blocks::SentenceBlocks;
/// use bilateral::Span;
/// let text = "China and Pakistan held talks. Both sides agreed.";
/// let sentences = [
///     Sentence { span: Span::new(0, 30), paragraph: 0, caption: false, heading: false },
///     Sentence { span: Span::new(31, 49), paragraph: 0, caption: false, heading: false },
/// ];
/// let blocks = SentenceBlocks::new(text, &sentences);
/// assert_eq!(blocks.ranges(), [0..2]);
/// assert_eq!(blocks.tokens(1..2)[0][0].text, "Both");
/// ```
#[derive(Debug, Clone, Default)]
pub struct SentenceBlocks<'t> {
    text: &'t str,
    spans: Vec<Span>,
    ranges: Vec<Range<usize>>,
    /// Every sentence's tokens, when the document is one block and they were kept.
    kept: Vec<Vec<Token<'t>>>,
}

impl<'t> SentenceBlocks<'t> {
    /// Cuts `sentences` of `text` into blocks of at most [`BLOCK_BYTES`].
    pub fn new(text: &'t str, sentences: &[Sentence]) -> SentenceBlocks<'t> {
        SentenceBlocks::with_block_bytes(text, sentences, BLOCK_BYTES)
    }

    /// Cuts `sentences` of `text` into blocks of at most `block_bytes`.
    pub(crate) fn with_block_bytes(text: &'t str, sentences: &[Sentence], block_bytes: usize) -> SentenceBlocks<'t> {
        let spans: Vec<Span> = sentences.iter().map(|s| s.span).collect();
        let mut ranges = Vec::new();
        let (mut start, mut bytes) = (0, 0);
        for (i, s) in spans.iter().enumerate() {
            let len = s.end.saturating_sub(s.start);
            if i > start && bytes + len > block_bytes {
                ranges.push(start..i);
                (start, bytes) = (i, 0);
            }
            bytes += len;
        }
        if start < spans.len() {
            ranges.push(start..spans.len());
        }
        SentenceBlocks { text, spans, ranges, kept: Vec::new() }
    }

    /// The blocks, as ranges of sentence indices in text order.
    pub fn ranges(&self) -> &[Range<usize>] {
        &self.ranges
    }

    /// The tokens of sentences `range`: borrowed when kept, made anew
    /// otherwise. An index past the last sentence gives no tokens.
    pub fn tokens(&self, range: Range<usize>) -> Cow<'_, [Vec<Token<'t>>]> {
        let end = range.end.min(self.spans.len());
        let range = range.start.min(end)..end;
        match self.kept().and_then(|kept| kept.get(range.clone())) {
            Some(kept) => Cow::Borrowed(kept),
            None => Cow::Owned(self.spans[range].iter().map(|&s| tokenize(self.text, s)).collect()),
        }
    }

    /// Every sentence's tokens, when they were kept.
    pub fn kept(&self) -> Option<&[Vec<Token<'t>>]> {
        (self.kept.len() == self.spans.len() && !self.spans.is_empty()).then_some(self.kept.as_slice())
    }

    /// Keeps `tokens` (every sentence's, in order) for later passes, when
    /// the document is a single block; longer documents let them go.
    pub fn keep(&mut self, tokens: Vec<Vec<Token<'t>>>) {
        if self.ranges.len() == 1 && tokens.len() == self.spans.len() {
            self.kept = tokens;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str, len: usize) -> Vec<Sentence> {
        (0..text.len() / len)
            .map(|i| Sentence { span: Span::new(i * len, i * len + len), paragraph: 0, caption: false, heading: false })
            .collect()
    }

    #[test]
    fn long_input_is_cut_into_bounded_blocks_that_cover_every_sentence() {
        let text = "China and Pakistan, ".repeat(20_000);
        let sentences = sentences(&text, 20);
        let blocks = SentenceBlocks::new(&text, &sentences);
        assert!(blocks.ranges().len() > 1);
        let mut next = 0;
        for r in blocks.ranges() {
            assert_eq!(r.start, next);
            let bytes: usize = sentences[r.clone()].iter().map(|s| s.span.end - s.span.start).sum();
            assert!(bytes <= BLOCK_BYTES);
            next = r.end;
        }
        assert_eq!(next, sentences.len());
    }

    #[test]
    fn tokens_are_the_same_kept_or_remade() {
        let text = "China and Pakistan held talks. Both sides agreed on cooperation. ".repeat(4);
        let sentences: Vec<Sentence> = sentences(&text, 32);
        let mut blocks = SentenceBlocks::new(&text, &sentences);
        let remade = blocks.tokens(0..sentences.len()).into_owned();
        blocks.keep(remade.clone());
        assert!(matches!(blocks.tokens(1..3), Cow::Borrowed(_)));
        assert_eq!(blocks.tokens(1..3).as_ref(), &remade[1..3]);
        assert_eq!(blocks.tokens(5..100).len(), sentences.len() - 5);
    }
}
