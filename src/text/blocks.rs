//! Sentences in blocks of bounded size, and their tokens.
//!
//! A token takes 40 bytes, and a run of punctuation makes one per input
//! byte, so the tokens of a whole long input would take up to 40 times its
//! size. A news article fits in one block: it is tokenized once and every
//! later stage reads the same tokens. A longer input is read block by block,
//! each pass over it tokenizing a block again when it comes to it, so that
//! the tokens alive at any moment are those of one block.
//!
//! The tokens of consecutive sentences live in one buffer
//! ([`SentenceTokens`]): one allocation per block, not one per sentence.

use super::tokens::{tokenize_into, Token};
use crate::model::{Sentence, Span};
use std::ops::Range;

/// The most sentence bytes in one block (a block holds at least one sentence).
pub const BLOCK_BYTES: usize = 64 << 10;

/// The tokens of consecutive sentences in one buffer.
///
/// ```
/// use bilateral::text::blocks::SentenceTokens;
/// use bilateral::Span;
/// let text = "Talks began. Both sides agreed.";
/// let mut tokens = SentenceTokens::default();
/// tokens.refill(text, &[Span::new(0, 12), Span::new(13, 31)]);
/// assert_eq!(tokens.len(), 2);
/// assert_eq!(tokens.get(1)[0].text, "Both");
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceTokens<'t> {
    tokens: Vec<Token<'t>>,
    /// Sentence `i`'s tokens are `tokens[bounds[i]..bounds[i + 1]]`.
    bounds: Vec<usize>,
}

impl<'t> SentenceTokens<'t> {
    /// Tokenizes `spans` of `text` into this buffer, replacing what it held
    /// and keeping its allocation.
    pub fn refill(&mut self, text: &'t str, spans: &[Span]) {
        self.tokens.clear();
        self.bounds.clear();
        self.bounds.push(0);
        // About one token per five bytes of news prose: one allocation for the lot.
        let bytes: usize = spans.iter().map(|s| s.end.saturating_sub(s.start)).sum();
        self.tokens.reserve(bytes / 5 + spans.len());
        for &span in spans {
            tokenize_into(text, span, &mut self.tokens);
            self.bounds.push(self.tokens.len());
        }
    }

    /// How many sentences it holds.
    pub fn len(&self) -> usize {
        self.bounds.len().saturating_sub(1)
    }

    /// Whether it holds no sentence.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The tokens of sentence `i` (none past the last).
    pub fn get(&self, i: usize) -> &[Token<'t>] {
        self.runs(0..self.len()).get(i)
    }

    /// The sentences `range` of this buffer.
    pub fn runs(&self, range: Range<usize>) -> TokenRuns<'_, 't> {
        let end = range.end.min(self.len());
        let start = range.start.min(end);
        TokenRuns { tokens: &self.tokens, bounds: self.bounds.get(start..=end).unwrap_or(&[]) }
    }
}

/// Borrowed tokens of consecutive sentences.
#[derive(Debug, Clone, Copy)]
pub struct TokenRuns<'a, 't> {
    tokens: &'a [Token<'t>],
    bounds: &'a [usize],
}

impl<'a, 't> TokenRuns<'a, 't> {
    /// How many sentences.
    pub fn len(&self) -> usize {
        self.bounds.len().saturating_sub(1)
    }

    /// Whether there is no sentence.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The tokens of the `i`-th sentence (none past the last).
    pub fn get(&self, i: usize) -> &'a [Token<'t>] {
        match (self.bounds.get(i), self.bounds.get(i + 1)) {
            (Some(&a), Some(&b)) => self.tokens.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Each sentence's tokens, in order.
    pub fn iter(&self) -> impl Iterator<Item = &'a [Token<'t>]> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }
}

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
/// blocks.with_tokens(1..2, |runs| assert_eq!(runs.get(0)[0].text, "Both"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct SentenceBlocks<'t> {
    text: &'t str,
    spans: Vec<Span>,
    ranges: Vec<Range<usize>>,
    /// Every sentence's tokens, when the document is one block and they were kept.
    kept: SentenceTokens<'t>,
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
        SentenceBlocks { text, spans, ranges, kept: SentenceTokens::default() }
    }

    /// The blocks, as ranges of sentence indices in text order.
    pub fn ranges(&self) -> &[Range<usize>] {
        &self.ranges
    }

    /// The spans of sentences `range` (none past the last).
    pub fn spans(&self, range: Range<usize>) -> &[Span] {
        let end = range.end.min(self.spans.len());
        &self.spans[range.start.min(end)..end]
    }

    /// Every sentence's tokens, when they were kept.
    pub fn kept(&self) -> Option<TokenRuns<'_, 't>> {
        (self.kept.len() == self.spans.len() && !self.spans.is_empty()).then(|| self.kept.runs(0..self.spans.len()))
    }

    /// Calls `f` with the tokens of sentences `range`: the kept ones, or
    /// made anew. An index past the last sentence gives no tokens.
    pub fn with_tokens<R>(&self, range: Range<usize>, f: impl FnOnce(TokenRuns<'_, 't>) -> R) -> R {
        if let Some(kept) = self.kept() {
            let end = range.end.min(kept.len());
            return f(self.kept.runs(range.start.min(end)..end));
        }
        let mut tokens = SentenceTokens::default();
        tokens.refill(self.text, self.spans(range));
        f(tokens.runs(0..tokens.len()))
    }

    /// Keeps `tokens` (every sentence's, in order) for later passes, when
    /// the document is a single block; longer documents let them go.
    pub fn keep(&mut self, mut tokens: SentenceTokens<'t>) {
        if self.ranges.len() == 1 && tokens.len() == self.spans.len() {
            tokens.tokens.shrink_to_fit();
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
        let remade: Vec<Vec<Token<'_>>> =
            blocks.with_tokens(0..sentences.len(), |r| r.iter().map(<[_]>::to_vec).collect());
        assert!(blocks.kept().is_none());
        let mut all = SentenceTokens::default();
        let spans: Vec<Span> = sentences.iter().map(|s| s.span).collect();
        all.refill(&text, &spans);
        blocks.keep(all);
        assert!(blocks.kept().is_some());
        blocks.with_tokens(1..3, |r| {
            assert_eq!(r.len(), 2);
            assert_eq!(r.get(0), remade[1].as_slice());
            assert_eq!(r.get(1), remade[2].as_slice());
        });
        assert_eq!(blocks.with_tokens(5..100, |r| r.len()), sentences.len() - 5);
        assert!(blocks.with_tokens(100..200, |r| r.is_empty()));
    }
}
