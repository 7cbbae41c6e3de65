//! Sentences in blocks of bounded size, and their tokens.
//!
//! A token takes 40 bytes, and a run of punctuation makes one per input
//! byte, so the tokens of a whole long input would take up to 40 times its
//! size. A news article fits in one block: it is tokenized once and every
//! later stage reads the same tokens. A longer input is read block by block,
//! each pass over it tokenizing a block again when it comes to it, so that
//! the tokens alive at any moment are those of one block.
//!
//! The tokens of a run of sentences live in one buffer ([`SentenceTokens`]),
//! not one per sentence: an article's tokens are one allocation.

use super::classes::Classes;
use super::tokens::{tokenize_into, Token};
use crate::model::{Sentence, Span};
use std::ops::Range;

/// The most sentence bytes in one block (a block holds at least one sentence).
pub const BLOCK_BYTES: usize = 64 << 10;

/// The tokens of consecutive sentences in one buffer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceTokens<'t> {
    tokens: Vec<Token<'t>>,
    /// Where each sentence's tokens start, and one past the last's end.
    bounds: Vec<usize>,
    /// Each sentence's word classes ([`Classes::of`] its tokens), read once
    /// for every stage that asks whether the sentence holds one of its words.
    classes: Vec<Classes>,
}

impl<'t> SentenceTokens<'t> {
    /// Tokenizes the sentences at `spans` of `text`.
    pub fn new(text: &'t str, spans: &[Span]) -> SentenceTokens<'t> {
        let len = |s: &Span| s.end.saturating_sub(s.start);
        let total: usize = spans.iter().map(len).sum();
        // About one token per five bytes of news prose; a sentence makes at most one per byte.
        let mut tokens = Vec::with_capacity(total / 5 + 16);
        let mut bounds = Vec::with_capacity(spans.len() + 1);
        let mut classes = Vec::with_capacity(spans.len());
        bounds.push(0);
        let mut done = 0;
        for span in spans {
            if tokens.capacity() - tokens.len() < len(span) {
                // Room for the rest at the density seen so far (a tenth more), and at least for
                // this sentence: one growth to about the final size, not doublings past it.
                let rest = total - done;
                let expected = rest.saturating_mul(tokens.len() + 1) / (done + 1);
                tokens.reserve_exact(expected.saturating_add(expected / 10).max(len(span)));
            }
            let first = tokens.len();
            tokenize_into(text, *span, &mut tokens);
            classes.push(Classes::of(&tokens[first..]));
            done += len(span);
            bounds.push(tokens.len());
        }
        if tokens.capacity() > tokens.len() + tokens.len() / 8 + 16 {
            tokens.shrink_to_fit();
        }
        SentenceTokens { tokens, bounds, classes }
    }

    /// The number of sentences.
    pub fn len(&self) -> usize {
        self.bounds.len().saturating_sub(1)
    }

    /// Every sentence's tokens.
    pub fn rows(&self) -> Rows<'_, 't> {
        Rows {
            tokens: &self.tokens,
            bounds: if self.bounds.is_empty() { &[0] } else { &self.bounds },
            classes: &self.classes,
        }
    }
}

/// The tokens of a run of sentences, borrowed: sentence by sentence.
#[derive(Debug, Clone, Copy)]
pub struct Rows<'a, 't> {
    tokens: &'a [Token<'t>],
    bounds: &'a [usize],
    /// One per sentence.
    classes: &'a [Classes],
}

impl<'a, 't> Rows<'a, 't> {
    /// The number of sentences.
    pub fn len(&self) -> usize {
        self.bounds.len().saturating_sub(1)
    }

    /// The tokens of sentence `i` (none past the last sentence).
    pub fn sentence(&self, i: usize) -> &'a [Token<'t>] {
        match (self.bounds.get(i), self.bounds.get(i + 1)) {
            (Some(&start), Some(&end)) => self.tokens.get(start..end).unwrap_or_default(),
            _ => &[],
        }
    }

    /// The word classes of sentence `i` ([`Classes::of`] its tokens; none
    /// past the last sentence).
    pub fn classes(&self, i: usize) -> Classes {
        self.classes.get(i).copied().unwrap_or_default()
    }

    /// The sentences `range` (clamped to the sentences there are).
    pub fn slice(&self, range: Range<usize>) -> Rows<'a, 't> {
        let end = range.end.min(self.len());
        let start = range.start.min(end);
        Rows { tokens: self.tokens, bounds: &self.bounds[start..=end], classes: &self.classes[start..end] }
    }

    /// Every sentence's tokens, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &'a [Token<'t>]> + 'a {
        let rows = *self;
        (0..rows.len()).map(move |i| rows.sentence(i))
    }
}

/// The tokens of a block: borrowed when kept, made for the occasion otherwise.
#[derive(Debug)]
pub enum BlockTokens<'a, 't> {
    /// Part of the kept tokens.
    Kept(Rows<'a, 't>),
    /// Made anew.
    Made(SentenceTokens<'t>),
}

impl<'t> BlockTokens<'_, 't> {
    /// Every sentence's tokens.
    pub fn rows(&self) -> Rows<'_, 't> {
        match self {
            BlockTokens::Kept(rows) => *rows,
            BlockTokens::Made(tokens) => tokens.rows(),
        }
    }

    /// The tokens, owned (copied when they were borrowed).
    pub fn into_owned(self) -> SentenceTokens<'t> {
        match self {
            BlockTokens::Made(tokens) => tokens,
            BlockTokens::Kept(rows) => {
                let first = rows.bounds.first().copied().unwrap_or(0);
                let last = rows.bounds.last().copied().unwrap_or(0);
                SentenceTokens {
                    tokens: rows.tokens.get(first..last).unwrap_or_default().to_vec(),
                    bounds: rows.bounds.iter().map(|b| b - first).collect(),
                    classes: rows.classes.to_vec(),
                }
            }
        }
    }
}

/// The document's sentences cut into blocks, with the tokens of all of them
/// kept when there is only one block.
#[derive(Debug, Clone, Default)]
pub struct SentenceBlocks<'t> {
    text: &'t str,
    spans: Vec<Span>,
    ranges: Vec<Range<usize>>,
    /// Every sentence's tokens, when the document is one block and they were kept.
    kept: SentenceTokens<'t>,
}

impl<'t> SentenceBlocks<'t> {
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

    /// The tokens of sentences `range`: borrowed when kept, made anew
    /// otherwise. An index past the last sentence gives no tokens.
    pub fn tokens(&self, range: Range<usize>) -> BlockTokens<'_, 't> {
        let end = range.end.min(self.spans.len());
        let range = range.start.min(end)..end;
        match self.kept() {
            Some(kept) => BlockTokens::Kept(kept.slice(range)),
            None => BlockTokens::Made(SentenceTokens::new(self.text, &self.spans[range])),
        }
    }

    /// Every sentence's tokens, when they were kept.
    pub fn kept(&self) -> Option<Rows<'_, 't>> {
        (self.kept.len() == self.spans.len() && !self.spans.is_empty()).then(|| self.kept.rows())
    }

    /// Keeps `tokens` (every sentence's, in order) for later passes, when
    /// the document is a single block; longer documents let them go.
    pub fn keep(&mut self, tokens: SentenceTokens<'t>) {
        if self.ranges.len() == 1 && tokens.len() == self.spans.len() {
            self.kept = tokens;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn sentences(text: &str, len: usize) -> Vec<Sentence> {
        (0..text.len() / len)
            .map(|i| Sentence { span: Span::new(i * len, i * len + len), paragraph: 0, caption: false, heading: false })
            .collect()
    }

    #[test]
    fn long_input_is_cut_into_bounded_blocks_that_cover_every_sentence() {
        let text = "China and Pakistan, ".repeat(20_000);
        let sentences = sentences(&text, 20);
        let blocks = SentenceBlocks::with_block_bytes(&text, &sentences, BLOCK_BYTES);
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
        let mut blocks = SentenceBlocks::with_block_bytes(&text, &sentences, BLOCK_BYTES);
        let remade = blocks.tokens(0..sentences.len()).into_owned();
        blocks.keep(remade.clone());
        assert!(matches!(blocks.tokens(1..3), BlockTokens::Kept(_)));
        let kept: Vec<_> = blocks.tokens(1..3).rows().iter().map(<[_]>::to_vec).collect();
        assert_eq!(kept, remade.rows().slice(1..3).iter().map(<[_]>::to_vec).collect::<Vec<_>>());
        assert_eq!(
            blocks.tokens(1..3).into_owned(),
            SentenceTokens::new(&text, &[sentences[1].span, sentences[2].span])
        );
        assert_eq!(blocks.tokens(5..100).rows().len(), sentences.len() - 5);
    }

    #[test]
    fn one_buffer_holds_what_tokenizing_each_sentence_gives() {
        // Dense punctuation, then prose: the buffer grows past its estimate once.
        let text = format!("{} China and Pakistan held talks on CPEC. “Yes,” he said.", "((((((((".repeat(40));
        let spans = [Span::new(0, 320), Span::new(321, 361), Span::new(362, text.len()), Span::new(5, 2)];
        let tokens = SentenceTokens::new(&text, &spans);
        assert_eq!(tokens.len(), spans.len());
        for (i, span) in spans.iter().enumerate() {
            assert_eq!(tokens.rows().sentence(i), tokenize(&text, *span).as_slice());
        }
        assert!(tokens.rows().sentence(9).is_empty());
        for i in 0..spans.len() {
            assert_eq!(tokens.rows().classes(i), Classes::of(tokens.rows().sentence(i)));
        }
        assert_eq!(tokens.rows().slice(1..3).classes(0), tokens.rows().classes(1));
        assert!(tokens.tokens.capacity() <= tokens.tokens.len() + tokens.tokens.len() / 8 + 16);
    }

    #[test]
    fn example_sentence_tokens() {
        use crate::text::blocks::SentenceTokens;
        use crate::Span;
        let text = "China and Pakistan held talks. Both sides agreed.";
        let tokens = SentenceTokens::new(text, &[Span::new(0, 30), Span::new(31, 49)]);
        assert_eq!(tokens.len(), 2);
        assert_eq!(tokens.rows().sentence(1)[0].text, "Both");
        assert_eq!(tokens.rows().iter().map(<[_]>::len).collect::<Vec<_>>(), [6, 4]);
    }

    #[test]
    fn example_sentence_blocks() {
        use crate::model::Sentence;
        use crate::text::blocks::SentenceBlocks;
        use crate::Span;
        let text = "China and Pakistan held talks. Both sides agreed.";
        let sentences = [
            Sentence { span: Span::new(0, 30), paragraph: 0, caption: false, heading: false },
            Sentence { span: Span::new(31, 49), paragraph: 0, caption: false, heading: false },
        ];
        let blocks = SentenceBlocks::with_block_bytes(text, &sentences, BLOCK_BYTES);
        assert_eq!(blocks.ranges().len(), 1);
        assert_eq!(blocks.ranges()[0], 0..2);
        assert_eq!(blocks.tokens(1..2).rows().sentence(0)[0].text, "Both");
    }
}
