//! Closed word classes looked up without regard to ASCII case: the stance
//! verbs, month names, units and function words the extractors test tokens
//! against. One hash look-up replaces a comparison per listed word, and a
//! filter on length and first and last letters turns most tokens away
//! before hashing.

use super::tokens::{Lower, Token, TokenKind};
use rustc_hash::FxHashMap;

/// A map from words (any case) to values.
///
/// ```
/// use bilateral::text::words::WordMap;
/// let months = WordMap::new([("january", 1), ("jan", 1), ("february", 2)]);
/// assert_eq!(months.get("JAN"), Some(&1));
/// assert_eq!(months.get("june"), None);
/// ```
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    map: FxHashMap<Box<[u8]>, V>,
    /// A filter over (first byte, last byte) pairs of the keys, case folded:
    /// bit `last & 31` of `ends[first & 31]` is set for every key.
    ends: [u32; 32],
    min_len: usize,
    max_len: usize,
}

impl<V> WordMap<V> {
    /// A map of `(word, value)` pairs; a later pair for the same word wins.
    pub fn new<I, S>(pairs: I) -> Self
    where
        I: IntoIterator<Item = (S, V)>,
        S: AsRef<str>,
    {
        let mut out = WordMap { map: FxHashMap::default(), ends: [0; 32], min_len: usize::MAX, max_len: 0 };
        for (word, value) in pairs {
            let key = word.as_ref().as_bytes().to_ascii_lowercase();
            if let (Some(&first), Some(&last)) = (key.first(), key.last()) {
                out.ends[usize::from(first & 31)] |= 1 << (last & 31);
            }
            out.min_len = out.min_len.min(key.len());
            out.max_len = out.max_len.max(key.len());
            out.map.insert(key.into_boxed_slice(), value);
        }
        out
    }

    /// The value of `word`, ignoring ASCII case.
    pub fn get(&self, word: &str) -> Option<&V> {
        let bytes = word.as_bytes();
        if bytes.len() < self.min_len || bytes.len() > self.max_len {
            return None;
        }
        // ASCII case differs in bit 5 only, so `& 31` folds case for free.
        let (first, last) = (bytes.first()?, bytes.last()?);
        if self.ends[usize::from(first & 31)] & (1 << (last & 31)) == 0 {
            return None;
        }
        self.map.get(Lower::new(word).as_bytes())
    }

    /// The value of a word token (never of a number or a mark).
    pub fn of(&self, token: &Token<'_>) -> Option<&V> {
        if token.kind == TokenKind::Word {
            self.get(token.text)
        } else {
            None
        }
    }
}

/// A set of words matched without regard to ASCII case.
///
/// ```
/// use bilateral::text::words::WordSet;
/// let set = WordSet::new(["said", "told"]);
/// assert!(set.contains("Said"));
/// assert!(!set.contains("sad"));
/// ```
#[derive(Debug, Clone)]
pub struct WordSet(WordMap<()>);

impl WordSet {
    /// A set of `words` (any case).
    pub fn new<I, S>(words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        WordSet(WordMap::new(words.into_iter().map(|w| (w, ()))))
    }

    /// Whether `word` is in the set, ignoring ASCII case.
    pub fn contains(&self, word: &str) -> bool {
        self.0.get(word).is_some()
    }

    /// Whether the token is a word in the set.
    pub fn has(&self, token: &Token<'_>) -> bool {
        self.0.of(token).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_and_non_ascii_words() {
        let long = "x".repeat(40);
        let set = WordSet::new([long.as_str(), "café"]);
        assert!(set.contains(&long.to_uppercase()));
        assert!(set.contains("CAFé"));
        assert!(!set.contains("cafe"));
        assert!(!set.contains(""));
    }
}
