//! Closed word classes looked up without regard to ASCII case: the stance
//! verbs, month names, units and function words the extractors test tokens
//! against. One hash look-up replaces a comparison per listed word; the
//! hash of a word token is computed once, by the tokenizer, and a small
//! filter turns most tokens away before the table is probed.

use super::bytes::lower_ascii;
use super::tokens::Token;

/// A hash of `bytes` that ignores ASCII case: equal for any two strings
/// that [`str::eq_ignore_ascii_case`] calls equal. The tokenizer stores it
/// in every word token ([`Token::key`]), so a word class looks a token up
/// without reading its text again.
pub fn folded_hash(bytes: &[u8]) -> u32 {
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = mix(h, u64::from_le_bytes(word) | FOLD);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // Byte by byte: most words end here, and a copy of unknown length would call memcpy.
        let word = rest.iter().rev().fold(0u64, |w, &b| (w << 8) | u64::from(b));
        h = mix(h, word | FOLD);
    }
    finish_hash(h)
}

/// [`folded_hash`] computed when the code is compiled, for the words the
/// stages compare tokens with ([`Word`]).
pub const fn const_folded_hash(bytes: &[u8]) -> u32 {
    let mut h = bytes.len() as u64;
    let mut at = 0;
    while at < bytes.len() {
        // Eight bytes at a time, the last word zero-padded, lowest byte first.
        let mut word = 0u64;
        let mut k = 0;
        while k < 8 && at + k < bytes.len() {
            word |= (bytes[at + k] as u64) << (8 * k);
            k += 1;
        }
        h = mix(h, word | FOLD);
        at += 8;
    }
    finish_hash(h)
}

/// A word written in the code, with its [`folded_hash`] computed when the
/// code is compiled: a token is compared with it by key first, so a token
/// that is another word costs one comparison ([`Token::is_word`]). Made by
/// the `word!` macro.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    text: &'static str,
    key: u32,
}

impl Word {
    /// The word `text` with its key.
    pub const fn new(text: &'static str) -> Word {
        Word { text, key: const_folded_hash(text.as_bytes()) }
    }

    /// Its text.
    pub fn text(&self) -> &'static str {
        self.text
    }

    /// Its [`folded_hash`].
    pub fn key(&self) -> u32 {
        self.key
    }
}

/// A [`Word`] made when the code is compiled: `word!("and")`.
macro_rules! word {
    ($word:literal) => {{
        const WORD: $crate::text::words::Word = $crate::text::words::Word::new($word);
        &WORD
    }};
}
pub(crate) use word;

/// [`folded_hash`] of `bytes[start..end]`, reading a word of up to eight
/// bytes in one load from the text around it when the text holds eight
/// bytes from `start` (the tokenizer's case: most words are short).
#[inline]
pub fn folded_hash_in(bytes: &[u8], start: usize, end: usize) -> u32 {
    let len = end.saturating_sub(start);
    if (1..=8).contains(&len) {
        if let Some(Ok(window)) = bytes.get(start..start + 8).map(<[u8; 8]>::try_from) {
            let mask = u64::MAX >> (64 - 8 * len);
            return finish_hash(mix(len as u64, (u64::from_le_bytes(window) & mask) | FOLD));
        }
    }
    bytes.get(start..end).map_or(0, folded_hash)
}

/// Bytes `at..at + N` of `bytes` (which holds them) as a little-endian word.
#[inline]
fn word_at<const N: usize>(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    if let Some(part) = bytes.get(at..at + N) {
        word[..N].copy_from_slice(part);
    }
    u64::from_le_bytes(word)
}

/// [`slice::eq_ignore_ascii_case`] read eight bytes at a time: overlapping
/// loads cover a word of any length without a loop over its bytes.
#[inline]
pub(crate) fn same_ignoring_ascii_case(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let same = |x: u64, y: u64| lower_ascii(x) == lower_ascii(y);
    match n {
        0 => true,
        1..=3 => a.iter().zip(b).all(|(x, y)| x.eq_ignore_ascii_case(y)),
        4..=8 => {
            // The first four bytes and the last four (overlapping when fewer than eight).
            let pair = |s: &[u8]| word_at::<4>(s, 0) | word_at::<4>(s, n - 4) << 32;
            same(pair(a), pair(b))
        }
        _ => {
            let mut at = 0;
            while at + 8 < n {
                if !same(word_at::<8>(a, at), word_at::<8>(b, at)) {
                    return false;
                }
                at += 8;
            }
            same(word_at::<8>(a, n - 8), word_at::<8>(b, n - 8))
        }
    }
}

/// The multiplier of rustc-hash's FxHasher.
const K: u64 = 0xf135_7aea_2e62_a9c5;
/// Setting bit 5 of every byte folds ASCII case (it also merges a few
/// punctuation pairs, which only costs an extra comparison).
const FOLD: u64 = 0x2020_2020_2020_2020;

const fn mix(h: u64, w: u64) -> u64 {
    (h ^ w).wrapping_mul(K).rotate_left(26)
}

const fn finish_hash(h: u64) -> u32 {
    let h = (h ^ (h >> 29)).wrapping_mul(K);
    // The high half is the best mixed; 32 bits keep every token small.
    (h >> 32) as u32
}

/// Bits in a map's [`WordMap`] filter (one per key): with a few hundred
/// keys, under one word in ten that is not a key gets past it.
const FILTER_BITS: u64 = 4096;

/// The longest word a [`WordMap`] slot holds in place; a longer key is kept
/// in a short side list (few listed words are this long).
const SLOT_TEXT: usize = 23;

/// The length of a slot that holds no key.
const EMPTY_SLOT: u8 = u8::MAX;

/// One place of a [`WordMap`]'s table: the key's hash, the index of its
/// value and its text in ASCII lower case, in place, so that a look-up
/// reads one slot (half a cache line) and the token, and follows no pointer.
#[derive(Debug, Clone, Copy)]
struct Slot {
    key: u32,
    /// The key's index in the map's values.
    value: u32,
    /// The text's length, or [`EMPTY_SLOT`].
    len: u8,
    text: [u8; SLOT_TEXT],
}

impl Slot {
    const EMPTY: Slot = Slot { key: 0, value: 0, len: EMPTY_SLOT, text: [0; SLOT_TEXT] };

    /// Whether this slot holds `word` (any case) with hash `key`.
    #[inline(always)]
    fn holds(&self, key: u32, word: &[u8]) -> bool {
        self.key == key
            && usize::from(self.len) == word.len()
            && self.text.get(..word.len()).is_some_and(|text| same_ignoring_ascii_case(text, word))
    }
}

/// A map from words (any case) to values.
///
/// A look-up first tests one bit of a small filter picked by the word's
/// hash, so most words not in the map cost a few instructions; a word
/// token brings its hash from the tokenizer ([`WordMap::of`]). A word that
/// gets past the filter is looked for in an open-addressed table whose
/// slots hold the words themselves: one slot read, most often, and no
/// pointer followed.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    filter: [u64; (FILTER_BITS / 64) as usize],
    /// Linear probing from the key's low bits; at most half full.
    slots: Box<[Slot]>,
    /// Keys longer than a slot holds, by key hash.
    long: Vec<(u32, Box<str>, u32)>,
    values: Vec<V>,
}

impl<V> WordMap<V> {
    /// A map of `(word, value)` pairs; a later pair for the same word wins.
    pub fn new<I, S>(pairs: I) -> Self
    where
        I: IntoIterator<Item = (S, V)>,
        S: AsRef<str>,
    {
        let pairs: Vec<(S, V)> = pairs.into_iter().collect();
        let size = (pairs.len() * 2).next_power_of_two().max(8);
        let mut out = WordMap {
            filter: [0; (FILTER_BITS / 64) as usize],
            slots: vec![Slot::EMPTY; size].into_boxed_slice(),
            long: Vec::new(),
            values: Vec::with_capacity(pairs.len()),
        };
        for (word, value) in pairs {
            let word = word.as_ref();
            let key = folded_hash(word.as_bytes());
            if let Some(index) = out.index(key, word.as_bytes()) {
                // A later pair for the same word wins.
                if let Some(old) = out.values.get_mut(index as usize) {
                    *old = value;
                }
                continue;
            }
            let bit = filter_bit(key);
            out.filter[(bit / 64) as usize] |= 1 << (bit % 64);
            // Fewer than 2^32 words: the index fits.
            let index = out.values.len() as u32;
            out.values.push(value);
            if word.len() > SLOT_TEXT {
                let at = out.long.partition_point(|e| e.0 < key);
                out.long.insert(at, (key, word.to_ascii_lowercase().into(), index));
                continue;
            }
            let mut slot = Slot { key, value: index, len: word.len() as u8, text: [0; SLOT_TEXT] };
            for (to, from) in slot.text.iter_mut().zip(word.bytes()) {
                *to = from.to_ascii_lowercase();
            }
            let mask = out.slots.len() - 1;
            let mut at = key as usize & mask;
            // At most half full: an empty slot is always found.
            while out.slots[at].len != EMPTY_SLOT {
                at = (at + 1) & mask;
            }
            out.slots[at] = slot;
        }
        out
    }

    /// The value of `word`, ignoring ASCII case.
    pub fn get(&self, word: &str) -> Option<&V> {
        self.find(folded_hash(word.as_bytes()), word)
    }

    /// The value of a token's text, by the hash the tokenizer computed.
    #[inline]
    pub fn of(&self, token: &Token<'_>) -> Option<&V> {
        self.find(token.key, token.text)
    }

    // The filter test is inlined where a token is looked up, so a word
    // that is not a key costs a few instructions and no call.
    #[inline]
    pub(crate) fn find(&self, key: u32, word: &str) -> Option<&V> {
        let bit = filter_bit(key);
        if self.filter[(bit / 64) as usize] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.probe(key, word)
    }

    #[inline(never)]
    fn probe(&self, key: u32, word: &str) -> Option<&V> {
        self.values.get(self.index(key, word.as_bytes())? as usize)
    }

    /// The index in `values` of `word`, whose hash is `key`.
    #[inline]
    fn index(&self, key: u32, word: &[u8]) -> Option<u32> {
        if word.len() > SLOT_TEXT {
            let first = self.long.partition_point(|e| e.0 < key);
            let mut same_key = self.long[first..].iter().take_while(|e| e.0 == key);
            return same_key.find(|e| same_ignoring_ascii_case(e.1.as_bytes(), word)).map(|e| e.2);
        }
        let mask = self.slots.len() - 1;
        let mut at = key as usize & mask;
        // The table is at most half full, so the walk ends at an empty slot.
        loop {
            let slot = &self.slots[at];
            if slot.len == EMPTY_SLOT {
                return None;
            }
            if slot.holds(key, word) {
                return Some(slot.value);
            }
            at = (at + 1) & mask;
        }
    }
}

/// The filter bit of a word's folded hash: its top bits.
fn filter_bit(key: u32) -> u64 {
    u64::from(key >> (32 - FILTER_BITS.trailing_zeros()))
}

/// A set of words matched without regard to ASCII case.
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
    #[cfg(test)]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.0.get(word).is_some()
    }

    /// Whether the token's text is in the set.
    #[inline]
    pub fn has(&self, token: &Token<'_>) -> bool {
        self.0.of(token).is_some()
    }
}

/// `s` with Latin letters that carry diacritics folded to plain ASCII
/// ("Çavuşoğlu" → "Cavusoglu", "Kılıç" → "Kilic"), for comparing names written
/// with and without them; other scripts are left as they are.
pub(crate) fn fold_latin(s: &str) -> std::borrow::Cow<'_, str> {
    let latin_extended = |c: char| ('\u{c0}'..='\u{24f}').contains(&c) || ('\u{1e00}'..='\u{1eff}').contains(&c);
    if !s.chars().any(latin_extended) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match deunicode::deunicode_char(c).filter(|_| latin_extended(c)) {
            Some(ascii) => out.push_str(ascii),
            None => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A [`WordSet`] of the listed words (or of a word list of [`crate::vocab`]), built once on first use: a word test
/// inside a loop costs a filter bit, not a comparison with each word.
macro_rules! word_set {
    ($list:path) => {{
        static SET: once_cell::sync::Lazy<$crate::text::words::WordSet> =
            once_cell::sync::Lazy::new(|| $crate::text::words::WordSet::new($list));
        &*SET
    }};
    ($($word:literal),+ $(,)?) => {{
        static SET: once_cell::sync::Lazy<$crate::text::words::WordSet> =
            once_cell::sync::Lazy::new(|| $crate::text::words::WordSet::new([$($word),+]));
        &*SET
    }};
}
pub(crate) use word_set;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compile_time_hash_is_the_hash() {
        for w in
            ["", "a", "and", "The", "sovereignty", "eightchr", "ninechars", "sixteen-letters!", "中国", "Ünïcode words"]
        {
            assert_eq!(const_folded_hash(w.as_bytes()), folded_hash(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn hash_in_place_is_the_hash_of_the_word() {
        let text = "Xi Jinping met Shehbaz Sharif in Beijing — “talks”, 2026; a-b O'Brien ééé".as_bytes();
        for start in 0..=text.len() {
            for end in start..=text.len() {
                assert_eq!(folded_hash_in(text, start, end), folded_hash(&text[start..end]), "{start}..{end}");
            }
        }
        assert_eq!(folded_hash_in(text, 5, 2), 0);
    }

    #[test]
    fn latin_diacritics_fold_and_other_scripts_stay() {
        assert_eq!(fold_latin("Recep Tayyip Erdoğan"), "Recep Tayyip Erdogan");
        assert_eq!(fold_latin("Akif Çağatay Kılıç"), "Akif Cagatay Kilic");
        assert_eq!(fold_latin("Nguyễn Phú Trọng"), "Nguyen Phu Trong");
        assert_eq!(fold_latin("王毅 and Wang"), "王毅 and Wang");
        assert!(matches!(fold_latin("plain"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn long_and_non_ascii_words() {
        let long = "x".repeat(40);
        let set = WordSet::new([long.as_str(), "café"]);
        assert!(set.contains(&long.to_uppercase()));
        assert!(set.contains("CAFé"));
        assert!(!set.contains("cafe"));
        assert!(!set.contains(""));
    }

    use proptest::prelude::*;

    proptest! {
        #[test]
        fn folded_hash_agrees_with_ascii_case_folding(word in "[a-zA-Z’'é-]{0,12}", flips in any::<u16>()) {
            // The same word with some ASCII letters' case flipped hashes the same.
            let flipped: String = word
                .chars()
                .enumerate()
                .map(|(i, c)| if flips >> (i % 16) & 1 == 1 && c.is_ascii_alphabetic() { (c as u8 ^ 0x20) as char } else { c })
                .collect();
            prop_assert_eq!(folded_hash(word.as_bytes()), folded_hash(flipped.as_bytes()));
        }

        #[test]
        fn word_sets_answer_as_a_list_scan_would(
            words in prop::collection::vec("[a-zA-Z]{1,10}|[a-c]{20,30}", 0..40),
            probes in prop::collection::vec("[a-zA-Z]{1,10}|[a-c]{20,30}", 1..40),
        ) {
            use crate::text::tokens::tokenize;
            let set = WordSet::new(&words);
            let text = probes.join(" ");
            let tokens = tokenize(&text, crate::model::Span::new(0, text.len()));
            prop_assert_eq!(tokens.len(), probes.len());
            for (token, probe) in tokens.iter().zip(&probes) {
                let listed = words.iter().any(|w| w.eq_ignore_ascii_case(probe));
                prop_assert_eq!(set.contains(probe), listed);
                prop_assert_eq!(set.has(token), listed);
            }
        }
    }

    #[test]
    fn example_folded_hash() {
        use crate::text::words::folded_hash;
        assert_eq!(folded_hash(b"Beijing"), folded_hash(b"BEIJING"));
        assert_ne!(folded_hash(b"Beijing"), folded_hash(b"Beijin"));
    }

    #[test]
    fn example_fn() {
        use crate::text::words::{const_folded_hash, folded_hash};
        const AND: u32 = const_folded_hash(b"and");
        assert_eq!(AND, folded_hash(b"AND"));
    }

    #[test]
    fn example_word() {
        use crate::text::words::Word;
        const AND: Word = Word::new("and");
        let toks = crate::text::tokens::tokenize("And so", crate::Span::new(0, 6));
        assert!(toks[0].is_word(&AND) && !toks[1].is_word(&AND));
    }

    #[test]
    fn example_folded_hash_in() {
        use crate::text::words::{folded_hash, folded_hash_in};
        let text = b"China and Pakistan";
        assert_eq!(folded_hash_in(text, 0, 5), folded_hash(b"china"));
        assert_eq!(folded_hash_in(text, 10, 18), folded_hash(b"Pakistan"));
    }

    proptest! {
        #[test]
        fn eight_bytes_at_a_time_compare_as_one_at_a_time(
            a in prop::collection::vec(any::<u8>(), 0..40),
            flips in prop::collection::vec(any::<bool>(), 40),
            change in any::<Option<(usize, u8)>>(),
        ) {
            // `b` is `a` with some letters' case flipped, and maybe one byte changed.
            let mut b: Vec<u8> =
                a.iter().zip(&flips).map(|(&x, &f)| if f && x.is_ascii_alphabetic() { x ^ 0x20 } else { x }).collect();
            if let Some((at, byte)) = change {
                if !b.is_empty() {
                    let at = at % b.len();
                    b[at] = byte;
                }
            }
            prop_assert_eq!(same_ignoring_ascii_case(&a, &b), a.eq_ignore_ascii_case(&b));
            prop_assert_eq!(same_ignoring_ascii_case(&a, &a[..a.len() / 2]), a.is_empty());
        }

        #[test]
        fn a_word_map_gives_the_last_value_listed_for_a_word(
            pairs in prop::collection::vec(("[a-dA-D]{1,3}|[ab]{22,26}", any::<u8>()), 0..60),
            probe in "[a-dA-D]{1,3}|[ab]{22,26}",
        ) {
            let map = WordMap::new(pairs.iter().map(|(w, v)| (w.as_str(), *v)));
            let last = pairs.iter().rev().find(|(w, _)| w.eq_ignore_ascii_case(&probe)).map(|(_, v)| v);
            prop_assert_eq!(map.get(&probe), last);
        }
    }

    #[test]
    fn example_word_map() {
        use crate::text::words::WordMap;
        let months = WordMap::new([("january", 1), ("jan", 1), ("february", 2)]);
        assert_eq!(months.get("JAN"), Some(&1));
        assert_eq!(months.get("june"), None);
    }

    #[test]
    fn example_word_set() {
        use crate::text::words::WordSet;
        let set = WordSet::new(["said", "told"]);
        assert!(set.contains("Said"));
        assert!(!set.contains("sad"));
    }
}
