//! The tokenizer every stage after layout reads: words, numbers and single
//! punctuation marks, each with its byte span, case-folded hash and word
//! classes.

use super::bytes::{ascii_letters, HIGH_BITS};
use super::classes::{Classes, Classifier};
use super::words::{folded_hash_in, Word};
use crate::model::Span;
use crate::vocab;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and apostrophes inside a word).
    Word,
    /// ASCII digits, with `,` thousands separators and one `.` decimal point.
    Number,
    /// Any other single non-space character.
    Punct,
}

/// One token with its bytes in the original input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'t> {
    /// The token's text.
    pub text: &'t str,
    /// Its bytes in the original input.
    pub span: Span,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// The [`folded_hash`](super::words::folded_hash) of its text, computed
    /// once here so that every word class looks the token up without
    /// reading its text again.
    pub key: u32,
    /// The [word classes](super::classes) it belongs to, looked up once here.
    pub classes: Classes,
}

/// Whether `a` and `b` are equal ignoring ASCII case, out of line: see [`Token::is_word`].
#[inline(never)]
fn same_text(a: &str, b: &str) -> bool {
    super::words::same_ignoring_ascii_case(a.as_bytes(), b.as_bytes())
}

impl Token<'_> {
    /// Whether this is a word equal to `w`, ignoring ASCII case.
    #[inline]
    pub fn is(&self, w: &str) -> bool {
        self.text.eq_ignore_ascii_case(w)
    }

    /// Whether this is `word` (ASCII case ignored), tested by key first: a
    /// token that is another word costs one comparison.
    #[inline(always)]
    pub fn is_word(&self, word: &Word) -> bool {
        // Only the key test is inlined at the hundreds of places that ask: the text is
        // compared out of line, and only when the keys agree (almost always a match).
        self.key == word.key() && same_text(self.text, word.text())
    }

    /// Whether the token ends with `suffix`, ignoring ASCII case (without
    /// lower-casing the token).
    pub fn ends_with(&self, suffix: &str) -> bool {
        let (text, suffix) = (self.text.as_bytes(), suffix.as_bytes());
        text.len() >= suffix.len() && text[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    }

    /// The token in ASCII lower case, without allocating for any word of
    /// ordinary length.
    pub fn lower(&self) -> Lower<'_> {
        Lower::new(self.text)
    }

    /// Whether the token starts with an upper-case letter.
    #[inline]
    pub fn capitalized(&self) -> bool {
        // ASCII is read from the first byte; only another letter is decoded.
        match self.text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            Some(_) => self.text.chars().next().is_some_and(char::is_uppercase),
            None => false,
        }
    }

    /// The number's value with separators removed, for number tokens.
    pub fn number(&self) -> Option<f64> {
        if self.kind != TokenKind::Number {
            return None;
        }
        if !self.text.contains(',') {
            return self.text.parse().ok();
        }
        let cleaned: String = self.text.chars().filter(|&c| c != ',').collect();
        cleaned.parse().ok()
    }
}

/// Longest word lower-cased in place; longer ones are copied to the heap.
const INLINE_WORD: usize = 24;

/// A word in ASCII lower case: borrowed when it already is, otherwise built
/// on the stack (heap only past 24 bytes). Dereferences to `&str`.
#[derive(Debug, Clone)]
pub enum Lower<'t> {
    /// The word had no upper-case letter.
    Borrowed(&'t str),
    /// A short word, lower-cased into a buffer.
    Inline([u8; INLINE_WORD], u8),
    /// A long word, lower-cased on the heap.
    Owned(String),
}

impl<'t> Lower<'t> {
    /// Lower-cases `word` (ASCII letters only; other characters are kept).
    pub fn new(word: &'t str) -> Self {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return Lower::Borrowed(word);
        }
        if word.len() > INLINE_WORD {
            return Lower::Owned(word.to_ascii_lowercase());
        }
        let mut buf = [0u8; INLINE_WORD];
        for (slot, b) in buf.iter_mut().zip(word.bytes()) {
            *slot = b.to_ascii_lowercase();
        }
        // The length fits: it is at most INLINE_WORD.
        Lower::Inline(buf, word.len() as u8)
    }
}

impl Lower<'_> {
    /// The lower-cased bytes, without re-checking that they are UTF-8.
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Lower::Borrowed(s) => s.as_bytes(),
            Lower::Inline(buf, len) => &buf[..usize::from(*len)],
            Lower::Owned(s) => s.as_bytes(),
        }
    }

    // These shadow the `str` methods reached through `Deref`: they read the
    // bytes without re-validating an inline buffer as UTF-8 on every call.

    /// Whether the lower-cased word starts with `prefix`.
    pub fn starts_with(&self, prefix: &str) -> bool {
        self.as_bytes().starts_with(prefix.as_bytes())
    }

    /// Whether the lower-cased word ends with `suffix`.
    pub fn ends_with(&self, suffix: &str) -> bool {
        self.as_bytes().ends_with(suffix.as_bytes())
    }

    /// The word's length in bytes.
    pub fn len(&self) -> usize {
        self.as_bytes().len()
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            // ASCII case changes keep UTF-8 valid, so this never falls back.
            Lower::Inline(buf, len) => std::str::from_utf8(&buf[..usize::from(*len)]).unwrap_or(""),
            Lower::Owned(s) => s,
        }
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

/// Whether `c` is alphabetic, answering for ASCII, for the quotes and
/// dashes of news text (General Punctuation, none of it alphabetic) and for
/// the letters of the scripts most often mixed into it (Cyrillic, Arabic,
/// Devanagari, CJK ideographs, Hangul) without searching the Unicode tables.
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        _ if is_common_mark(c) => false,
        '\u{0410}'..='\u{044F}'
        | '\u{0620}'..='\u{064A}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{0905}'..='\u{0939}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}' => true,
        _ => c.is_alphabetic(),
    }
}

/// Splits `text[span]` into tokens. Linear in the span's length.
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    // About one token per five bytes of news prose.
    let mut out = Vec::with_capacity(span.end.saturating_sub(span.start) / 5 + 1);
    tokenize_into(text, span, &mut out);
    // A sentence denser than the estimate doubled the buffer: give the excess back.
    if out.capacity() > out.len() + out.len() / 8 + 8 {
        out.shrink_to_fit();
    }
    out
}

/// Appends the tokens of `text[span]` to `out` (at most one per byte of
/// the span). Linear in the span's length.
pub fn tokenize_into<'t>(text: &'t str, span: Span, out: &mut Vec<Token<'t>>) {
    let Some(s) = span.of(text) else { return };
    let base = span.start;
    let bytes = s.as_bytes();
    let classifier = Classifier::new();
    let char_at = |i: usize| if bytes[i].is_ascii() { bytes[i] as char } else { s[i..].chars().next().unwrap_or(' ') };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphabetic() {
            // Most tokens are words of ASCII letters ended by an ASCII mark or space: read at
            // once. A word that goes on with another letter or an apostrophe is read below.
            let end = skip_ascii_letters(bytes, i + 1);
            if bytes.get(end).is_none_or(|&n| n.is_ascii() && n != b'\'') {
                let text = s.get(i..end).unwrap_or_default();
                let key = folded_hash_in(bytes, i, end);
                let classes = classifier.word_classes(key, text);
                out.push(Token { text, span: Span::new(base + i, base + end), kind: TokenKind::Word, key, classes });
                // The space after a word is passed over with it.
                i = end + usize::from(bytes.get(end) == Some(&b' '));
                continue;
            }
        }
        // ASCII is decided byte by byte; only other characters are decoded.
        let (c, mut end) = if b.is_ascii() {
            if matches!(b, b'\t'..=b'\r' | b' ') {
                i += 1;
                continue;
            }
            (b as char, i + 1)
        } else {
            let c = char_at(i);
            if is_space(c) {
                i += c.len_utf8();
                continue;
            }
            (c, i + c.len_utf8())
        };
        // Whether a mark lies inside the token (an apostrophe, a separator).
        let mut joined = false;
        let kind = if c.is_ascii_digit() {
            // Digits, allowing "236,000" and "3.64" (a separator must be followed by a digit).
            while end < bytes.len() {
                let b = bytes[end];
                if b.is_ascii_digit() {
                    end += 1;
                } else if (b == b',' || b == b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
                    end += 1;
                    joined = true;
                } else {
                    break;
                }
            }
            // "7th", "21st": an ordinal is one word.
            let suffix = vocab::numbers::ORDINAL_SUFFIXES.iter().find(|suf| {
                s[end..].get(..2).is_some_and(|x| x.eq_ignore_ascii_case(suf))
                    && !s[end + 2..].chars().next().is_some_and(char::is_alphanumeric)
            });
            if suffix.is_some() && s[i..end].bytes().all(|b| b.is_ascii_digit()) {
                end += 2;
                TokenKind::Word
            } else {
                TokenKind::Number
            }
        } else if is_letter(c) {
            loop {
                // ASCII letters need no decoding.
                end = skip_ascii_letters(bytes, end);
                // Any other ASCII byte but an apostrophe ends the word.
                if end >= bytes.len() || (bytes[end].is_ascii() && bytes[end] != b'\'') {
                    break;
                }
                let d = char_at(end);
                let apostrophe_inside = (d == '\'' || d == '’') && {
                    // "O'Brien", "don't" join; the possessive "China's" does not.
                    let rest = &s[end + d.len_utf8()..];
                    let mut after = rest.chars();
                    let next_alpha = after.next().is_some_and(is_letter);
                    let possessive = rest.starts_with(['s', 'S']) && !after.next().is_some_and(is_letter);
                    next_alpha && !possessive
                };
                if is_letter(d) || apostrophe_inside {
                    end += d.len_utf8();
                    joined |= apostrophe_inside;
                } else {
                    break;
                }
            }
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        let text = &s[i..end];
        let key = folded_hash_in(bytes, i, end);
        let mut classes = classifier.classes(kind, key, text);
        if joined {
            classes = classes | Classes::JOINED;
        }
        out.push(Token { text, span: Span::new(base + i, base + end), kind, key, classes });
        i = end;
    }
}

/// The end of the run of ASCII letters at `at` of `bytes`, eight bytes at
/// a time where eight remain (most words end within the first eight).
#[inline]
fn skip_ascii_letters(bytes: &[u8], mut at: usize) -> usize {
    while let Some(Ok(window)) = bytes.get(at..at + 8).map(<[u8; 8]>::try_from) {
        // The first byte (the lowest) that is no letter ends the run.
        let run = (!ascii_letters(u64::from_le_bytes(window)) & HIGH_BITS).trailing_zeros() as usize / 8;
        at += run;
        if run < 8 {
            return at;
        }
    }
    while bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
        at += 1;
    }
    at
}

/// [`char::is_alphanumeric`], answering for ASCII, for the quotes and
/// dashes of news text and for the letters of the scripts most often mixed
/// into it without a Unicode table search.
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        _ if is_common_mark(c) => false,
        _ => is_letter(c) || c.is_numeric(),
    }
}

/// Marks that are neither letters nor digits, common in news text and
/// told without a Unicode table search: General Punctuation (quotes,
/// dashes) and the full stops, commas and brackets of Arabic, Urdu and CJK
/// text, fullwidth ones included.
#[inline]
fn is_common_mark(c: char) -> bool {
    matches!(
        c,
        '\u{2000}'..='\u{206F}'
            | '\u{060C}'
            | '\u{061B}'
            | '\u{061F}'
            | '\u{066A}'..='\u{066D}'
            | '\u{06D4}'
            | '\u{3000}'..='\u{3004}'
            | '\u{3008}'..='\u{3020}'
            | '\u{FF01}'..='\u{FF0F}'
            | '\u{FF1A}'..='\u{FF20}'
            | '\u{FF3B}'..='\u{FF40}'
            | '\u{FF5B}'..='\u{FF65}'
    )
}

/// [`char::is_whitespace`] without searching the Unicode tables: the
/// White_Space characters, listed (a test compares the list with the
/// standard library's answer for every character).
#[inline]
fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | ' '
            | '\u{85}'
            | '\u{A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_told_eight_bytes_at_a_time_as_one_at_a_time() {
        // Every byte value in every position of a window, with letters around it.
        for b in 0..=u8::MAX {
            for pos in 0..12 {
                let mut bytes = vec![b'k'; 12];
                bytes[pos] = b;
                let one_at_a_time = bytes.iter().position(|x| !x.is_ascii_alphabetic()).unwrap_or(12);
                assert_eq!(skip_ascii_letters(&bytes, 0), one_at_a_time, "byte {b} at {pos}");
                let x = u64::from_le_bytes(bytes[..8].try_into().unwrap());
                let letters = ascii_letters(x);
                for (k, byte) in bytes[..8].iter().enumerate() {
                    assert_eq!(letters >> (8 * k + 7) & 1 == 1, byte.is_ascii_alphabetic(), "byte {byte} at {k}");
                }
            }
        }
    }

    #[test]
    fn numbers_words_and_punctuation() {
        let text = "$23.06 billion, 236,000 jobs; China’s";
        let toks: Vec<_> = tokenize(text, Span::new(0, text.len())).into_iter().map(|t| t.text).collect();
        assert_eq!(toks, vec!["$", "23.06", "billion", ",", "236,000", "jobs", ";", "China", "’", "s"]);
    }

    #[test]
    fn character_classes_agree_with_unicode_everywhere() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "letter {c:?}");
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "letter or digit {c:?}");
            assert_eq!(is_space(c), c.is_whitespace(), "space {c:?}");
            assert!(!is_common_mark(c) || !c.is_alphanumeric(), "mark {c:?}");
        }
    }

    /// The tokenizer's rules read one character at a time with the
    /// standard library's character classes: what the fast paths must give.
    fn plain_tokens(text: &str) -> Vec<Token<'_>> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let at = |k: usize| chars.get(k).map(|&(_, c)| c);
        let byte = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
        let classifier = Classifier::new();
        let mut out = Vec::new();
        let mut k = 0;
        while let Some(c) = at(k) {
            if c.is_whitespace() {
                k += 1;
                continue;
            }
            let start = k;
            let mut joined = false;
            let kind = if c.is_ascii_digit() {
                k += 1;
                while let Some(d) = at(k) {
                    if d.is_ascii_digit() {
                        k += 1;
                    } else if (d == ',' || d == '.') && at(k + 1).is_some_and(|n| n.is_ascii_digit()) {
                        k += 1;
                        joined = true;
                    } else {
                        break;
                    }
                }
                let suffix: String = [at(k), at(k + 1)].iter().flatten().collect();
                let ordinal = vocab::numbers::ORDINAL_SUFFIXES.iter().any(|s| suffix.eq_ignore_ascii_case(s))
                    && !at(k + 2).is_some_and(char::is_alphanumeric)
                    && !joined;
                if ordinal {
                    k += 2;
                    TokenKind::Word
                } else {
                    TokenKind::Number
                }
            } else if c.is_alphabetic() {
                k += 1;
                while let Some(d) = at(k) {
                    let possessive =
                        matches!(at(k + 1), Some('s' | 'S')) && !at(k + 2).is_some_and(char::is_alphabetic);
                    if d.is_alphabetic() {
                        k += 1;
                    } else if (d == '\'' || d == '’') && at(k + 1).is_some_and(char::is_alphabetic) && !possessive {
                        k += 1;
                        joined = true;
                    } else {
                        break;
                    }
                }
                TokenKind::Word
            } else {
                k += 1;
                TokenKind::Punct
            };
            let (from, to) = (byte(start), byte(k));
            let token_text = &text[from..to];
            let key = super::super::words::folded_hash(token_text.as_bytes());
            let mut classes = classifier.classes(kind, key, token_text);
            if joined {
                classes = classes | Classes::JOINED;
            }
            out.push(Token { text: token_text, span: Span::new(from, to), kind, key, classes });
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn tokens_are_what_the_plain_rules_give(
            text in "([a-zA-Z]{1,12}|[0-9]{1,4}|[ ,.;$()'’‘“”—–…•\u{2009}\u{202F}\u{2028}\\-]|ss?|th|é|ⁱ|中|\\t|\\n|the|said|agreed|May|July){0,40}"
        ) {
            let toks = tokenize(&text, Span::new(0, text.len()));
            proptest::prop_assert_eq!(toks, plain_tokens(&text));
        }
    }

    #[test]
    fn trailing_period_is_not_decimal() {
        let text = "in 2024.";
        let toks: Vec<_> = tokenize(text, Span::new(0, text.len())).into_iter().map(|t| t.text).collect();
        assert_eq!(toks, vec!["in", "2024", "."]);
    }

    #[test]
    fn example_ends_with() {
        let toks = crate::text::tokens::tokenize("REPORTED Firmly", crate::Span::new(0, 15));
        assert!(toks[0].ends_with("ed") && toks[1].ends_with("ly") && !toks[1].ends_with("ed"));
    }

    #[test]
    fn example_lower() {
        use crate::text::tokens::Lower;
        assert_eq!(&*Lower::new("Agreed"), "agreed");
        assert_eq!(Lower::new("CPEC"), "cpec");
    }

    #[test]
    fn example_as_bytes() {
        assert_eq!(crate::text::tokens::Lower::new("Talks").as_bytes(), b"talks");
    }

    #[test]
    fn example_tokenize() {
        use crate::text::tokens::tokenize;
        let toks = tokenize("China backs CPEC.", crate::Span::new(0, 17));
        assert_eq!(toks.iter().map(|t| t.text).collect::<Vec<_>>(), ["China", "backs", "CPEC", "."]);
    }
}
