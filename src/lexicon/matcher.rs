//! The one-pass matcher over every name of every entry.

use super::{Entry, EntryKind};
use crate::model::Span;
use crate::text::classes::Classes;
use crate::text::tokens::{is_alnum, Token, TokenKind};
use crate::text::words::{folded_hash, WordMap};
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, Input, MatchKind};
use std::collections::HashMap;

/// Which form of an entry matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Form {
    /// Its canonical name.
    Name,
    /// One of its aliases.
    Alias,
    /// A demonym ("Pakistani").
    Demonym,
}

/// One match of a lexicon name in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Hit {
    /// Where it is.
    pub span: Span,
    /// Index of the entry in the lexicon (32 bits: a long input holds
    /// millions of hits, and no lexicon nears four billion entries).
    pub entry: u32,
    /// Which form matched.
    pub form: Form,
    /// What the entry names (the entry's own kind, kept here so that a
    /// pass looking for one kind of name does not read every entry).
    pub kind: EntryKind,
}

/// An entry a pattern names.
#[derive(Debug, Clone)]
struct Target {
    entry: u32,
    form: Form,
    /// The entry's kind.
    kind: EntryKind,
    /// The spelling whose case the text must fit.
    surface: String,
    /// Whether any case fits (topics are common nouns as often as names).
    any_case: bool,
}

#[derive(Debug, Clone)]
pub(super) struct Matcher {
    /// Every spelling of every name, ASCII case ignored. The contiguous NFA is the kind
    /// `AhoCorasick` itself picks for a lexicon this size; it is held directly so that
    /// [`Matcher::find`] can walk it from a word start without a search call per word.
    automaton: Option<NFA>,
    /// Each pattern's targets.
    targets: Vec<Vec<Target>>,
    /// The first words that start a name (its leading run of letters and
    /// digits, by [`folded_hash`]; a filter, so a stray bit only costs a walk):
    /// a name can match only where the text's word is exactly that run, so
    /// most words are passed over without walking the automaton.
    first_words: Vec<u64>,
    /// The first two bytes of names that start with another character
    /// ("(", "‘"), ASCII case ignored; a one-byte name allows any second byte.
    mark_starts: Vec<u64>,
    /// First words (as in `first_words`) that are a whole name, or that a
    /// name continues other than with a space and a word ("IS-K",
    /// "S. Jaishankar"): the automaton is walked from each.
    open_first_words: Vec<u64>,
    /// The first two words of names that go on with a space and a word
    /// ("the Netherlands", "To Lam"), by [`pair_bit`]. A first word not in
    /// `open_first_words` starts a name only before one of its second
    /// words, so common words that open a name ("the", "to") are walked
    /// from only before those.
    first_pairs: Vec<u64>,
    /// Every name's first word (any ASCII case) with the state the automaton
    /// reaches reading it from a word start: a sentence's token that is
    /// such a word starts its walk there, past its own bytes, and a word
    /// that is none (a stray filter bit) is not walked at all.
    first_states: WordMap<StateID>,
}

/// Spelling variants a name may appear in: dashes, apostrophes, -ise/-ize.
fn variants(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    let mut add = |from: &str, to: &[&str]| {
        let current = out.clone();
        for v in current {
            if v.contains(from) {
                for t in to {
                    out.push(v.replace(from, t));
                }
            }
        }
    };
    add("-", &["–", "—", "‑"]);
    add("'", &["’"]);
    add("Organization", &["Organisation"]);
    add("Organisation", &["Organization"]);
    add("Theater", &["Theatre"]);
    out.sort();
    out.dedup();
    out
}

impl Matcher {
    pub(super) fn build(entries: &[Entry]) -> Matcher {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns = Vec::new();
        let mut targets: Vec<Vec<Target>> = Vec::new();
        // An entry past the 32-bit range could not be named by a hit: it is not matched.
        for (i, e) in entries.iter().enumerate().map_while(|(i, e)| Some((u32::try_from(i).ok()?, e))) {
            let mut forms: Vec<(&str, Form)> = vec![(e.name.as_str(), Form::Name)];
            forms.extend(e.aliases.iter().map(|a| (a.as_str(), Form::Alias)));
            if e.kind == EntryKind::Country {
                forms.extend(e.attribute("demonym").iter().map(|d| (d.as_str(), Form::Demonym)));
            }
            for (form_text, form) in forms {
                // No name starts with white space: a sentence's scan skips it (`find_in_sentence`).
                for v in variants(form_text.trim()).into_iter().filter(|v| !v.is_empty()) {
                    // The automaton ignores ASCII case, so spellings that differ only in case share a pattern.
                    let slot = *index.entry(v.to_ascii_lowercase()).or_insert_with(|| {
                        patterns.push(v.clone());
                        targets.push(Vec::new());
                        patterns.len() - 1
                    });
                    if !targets[slot].iter().any(|t| t.entry == i && t.surface == v) {
                        // Topics are common nouns as often as names ("one-China principle"): any case fits.
                        let any_case = e.kind == EntryKind::Topic;
                        targets[slot].push(Target { entry: i, form, kind: e.kind, surface: v, any_case });
                    }
                }
            }
        }
        let automaton =
            NFA::builder().match_kind(MatchKind::LeftmostLongest).ascii_case_insensitive(true).build(&patterns).ok();
        let mut first_words = vec![0u64; FIRST_WORD_BITS / 64];
        let mut open_first_words = vec![0u64; FIRST_WORD_BITS / 64];
        let mut first_pairs = vec![0u64; FIRST_WORD_BITS / 64];
        let mut mark_starts = vec![0u64; 1 << 10];
        let start = automaton.as_ref().and_then(|nfa| Some((nfa, nfa.start_state(Anchored::Yes).ok()?)));
        let mut first_states = Vec::new();
        for p in &patterns {
            let bytes = p.as_bytes();
            let run = word_run(p, 0);
            match bytes {
                [] => {}
                _ if run > 0 => {
                    if let Some((nfa, start)) = start {
                        let sid = bytes[..run].iter().fold(start, |sid, &b| nfa.next_state(Anchored::Yes, sid, b));
                        first_states.push((&p[..run], sid));
                    }
                    let first = folded_hash(&bytes[..run]);
                    set_bit(&mut first_words, key_bit(first));
                    let second = if bytes.get(run) == Some(&b' ') { word_run(p, run + 1) } else { 0 };
                    if second > 0 {
                        let second = folded_hash(&bytes[run + 1..run + 1 + second]);
                        set_bit(&mut first_pairs, pair_bit(first, second));
                    } else {
                        set_bit(&mut open_first_words, key_bit(first));
                    }
                }
                [first] => (0..=u8::MAX).for_each(|second| set_bit(&mut mark_starts, start_bit(*first, second))),
                [first, second, ..] => set_bit(&mut mark_starts, start_bit(*first, *second)),
            }
        }
        // Spellings of one word in other cases reach one state (the automaton ignores ASCII case).
        let first_states = WordMap::new(first_states);
        Matcher { automaton, targets, first_words, mark_starts, open_first_words, first_pairs, first_states }
    }

    /// Every leftmost-longest match of the unanchored automaton, counted:
    /// the scan any gazetteer over these names pays. (A loop of searches,
    /// as `find_iter` does it, which measured a few per cent faster here.)
    pub(super) fn raw_count(&self, text: &str) -> usize {
        let Some(nfa) = &self.automaton else { return 0 };
        let mut input = Input::new(text);
        let mut n = 0;
        while let Ok(Some(m)) = nfa.try_find(&input) {
            n += 1;
            input.set_start(m.end().max(m.start() + 1));
        }
        n
    }

    /// Every accepted match, leftmost-longest: at each position where a
    /// word can start (after a character that is not a letter or digit),
    /// the longest name that starts there, if the text's case fits it and
    /// no letter or digit follows. An accepted name is skipped over; a
    /// rejected one does not hide a name that starts inside it ("the
    /// Un|ited States" for the alias "the UN"). Each walk from a position
    /// reads at most the longest name's length: linear in the text.
    ///
    /// This is what a leftmost-longest search that resumes one character
    /// after a rejected match finds, since a match that starts inside a word
    /// is always rejected; walking the trie from word starts only skips the
    /// search's scan of every byte. And since a name must end where a word
    /// ends, a word is only tried when it is some name's first word
    /// ([`Matcher::first_words`]); a mark only when a name starts with it.
    pub(super) fn find(&self, text: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        if let Some(walk) = Walk::new(self, text, text.len()) {
            walk.bytes_until(&mut Scan { pos: 0, after_alnum: false }, text.len(), &mut out);
        }
        out
    }

    /// What [`Matcher::find`] finds in the text of one `sentence`, read
    /// from the sentence's tokens, each name lying inside the sentence;
    /// pushed to `out` in text order.
    ///
    /// The tokens already hold what the scan of the bytes computes: where
    /// words start and the hash of each. A token that is a whole run of
    /// letters and digits (most words and numbers) is tested by its key
    /// without reading its bytes, and the spaces between tokens are not read
    /// at all; marks and tokens with a mark inside ("O'Brien", "236,000")
    /// are read byte by byte as [`Matcher::find`] reads them. Names do not
    /// start with white space (they are trimmed when the matcher is built),
    /// so skipping it loses none.
    pub(super) fn find_in_sentence(&self, text: &str, sentence: Span, toks: &[Token<'_>], out: &mut Vec<Hit>) {
        let Some(walk) = Walk::new(self, text, sentence.end) else { return };
        let after_alnum = text.get(..sentence.start).and_then(|s| s.chars().next_back()).is_some_and(is_alnum);
        let mut scan = Scan { pos: sentence.start, after_alnum };
        if after_alnum {
            // A sentence cut inside a word (a long one has no space to be cut at): the rest of
            // that word starts no name.
            scan.pos += text.get(..sentence.end).map_or(0, |within| word_run(within, sentence.start));
        }
        for (i, t) in toks.iter().enumerate() {
            if t.span.end <= scan.pos {
                // Inside a name accepted, or a word run read, before.
                continue;
            }
            if t.span.start > scan.pos {
                // Only white space lies between tokens.
                scan = Scan { pos: t.span.start, after_alnum: false };
            }
            if t.span.start == scan.pos && !scan.after_alnum && whole_run(text, t) {
                let mut candidate = test_bit(&self.first_words, key_bit(t.key));
                if candidate && !test_bit(&self.open_first_words, key_bit(t.key)) {
                    // Every name this word may open goes on with one space and a word: the next
                    // token must be there, and be a second word of such a name.
                    candidate = match toks.get(i + 1) {
                        Some(next) if next.span.start == t.span.end + 1 && text.as_bytes()[t.span.end] == b' ' => {
                            !whole_run(text, next) || test_bit(&self.first_pairs, pair_bit(t.key, next.key))
                        }
                        _ => false,
                    };
                }
                // The walk starts past the word, from the state its bytes lead to.
                let first = candidate.then(|| self.first_states.of(t)).flatten();
                let name = first.and_then(|&sid| walk.name_from(scan.pos, sid, t.span.end, out));
                scan = walk.past(scan.pos, name, t.span.end - t.span.start, true);
            } else {
                walk.bytes_until(&mut scan, t.span.end, out);
            }
        }
    }

    /// Pushes the hits of `pattern` matched at `start..end` whose case the
    /// text fits, if no letter or digit follows; whether any was pushed.
    fn accept(&self, text: &str, start: usize, end: usize, pattern: usize, out: &mut Vec<Hit>) -> bool {
        if !boundary_after(text, end) {
            return false;
        }
        let matched = &text[start..end];
        let mut last_entry = u32::MAX;
        let mut accepted = false;
        for &Target { entry, form, kind, ref surface, any_case } in &self.targets[pattern] {
            if entry != last_entry && (any_case || case_fits(matched, surface)) {
                out.push(Hit { span: Span::new(start, end), entry, form, kind });
                last_entry = entry;
                accepted = true;
            }
        }
        accepted
    }
}

/// Where a scan for names stands: the next byte to read, and whether the
/// character before it is a letter or digit (no name starts after one).
struct Scan {
    pos: usize,
    after_alnum: bool,
}

/// The automaton walked from chosen starts of `text`, no walk reading past
/// `end`.
struct Walk<'a> {
    matcher: &'a Matcher,
    nfa: &'a NFA,
    start: StateID,
    text: &'a str,
    end: usize,
}

impl<'a> Walk<'a> {
    fn new(matcher: &'a Matcher, text: &'a str, end: usize) -> Option<Self> {
        let nfa = matcher.automaton.as_ref()?;
        let start = nfa.start_state(Anchored::Yes).ok()?;
        Some(Walk { matcher, nfa, start, text, end: end.min(text.len()) })
    }

    /// The end of the name accepted at `at`, if one is; its hits are pushed.
    fn name_at(&self, at: usize, out: &mut Vec<Hit>) -> Option<usize> {
        let (pattern, end) = longest_at(self.nfa, self.start, &self.text.as_bytes()[..self.end], at)?;
        self.matcher.accept(self.text, at, end, pattern, out).then_some(end)
    }

    /// [`Walk::name_at`] for a walk that reached state `sid` reading the
    /// bytes from `at` to `from`.
    fn name_from(&self, at: usize, sid: StateID, from: usize, out: &mut Vec<Hit>) -> Option<usize> {
        let (pattern, end) = longest_from(self.nfa, sid, &self.text.as_bytes()[..self.end], at, from)?;
        self.matcher.accept(self.text, at, end, pattern, out).then_some(end)
    }

    /// Where the scan goes from `pos`: past the name accepted there, which
    /// ends at `name` if one was; else `skip` bytes on, to a character that
    /// is a letter or digit or not (`then_alnum`).
    #[inline(always)]
    fn past(&self, pos: usize, name: Option<usize>, skip: usize, then_alnum: bool) -> Scan {
        match name {
            Some(end) => Scan { pos: end, after_alnum: self.text[..end].chars().next_back().is_some_and(is_alnum) },
            None => Scan { pos: pos + skip, after_alnum: then_alnum },
        }
    }

    /// [`Walk::past`] the name at `pos`, if `candidate` says one may start
    /// there and one is.
    #[inline(always)]
    fn step(&self, pos: usize, candidate: bool, skip: usize, then_alnum: bool, out: &mut Vec<Hit>) -> Scan {
        self.past(pos, candidate.then(|| self.name_at(pos, out)).flatten(), skip, then_alnum)
    }

    /// Reads the text byte by byte from the scan's position until it
    /// reaches `limit` (a word or name under way is read to its end, or to
    /// the walk's end: a sentence cut inside a long word is not read past).
    fn bytes_until(&self, scan: &mut Scan, limit: usize, out: &mut Vec<Hit>) {
        let (text, bytes) = (self.text, self.text.as_bytes());
        let within = &text[..self.end];
        let Scan { mut pos, mut after_alnum } = *scan;
        while pos < limit {
            let b = bytes[pos];
            let run = word_run(within, pos);
            // A word always follows a character that is no letter or digit (or an accepted name,
            // which ends before one; a sentence that starts inside a word skips its rest first);
            // it is tried when it is some name's first word. A mark is tried when a name starts
            // with it. No name starts inside a word.
            let next = if run > 0 {
                let candidate = test_bit(&self.matcher.first_words, first_word_bit(&bytes[pos..pos + run]));
                self.step(pos, candidate, run, true, out)
            } else {
                let second = bytes.get(pos + 1).copied().unwrap_or(0);
                let candidate = !after_alnum && test_bit(&self.matcher.mark_starts, start_bit(b, second));
                let len = if b.is_ascii() { 1 } else { text[pos..].chars().next().map_or(1, char::len_utf8) };
                self.step(pos, candidate, len, false, out)
            };
            (pos, after_alnum) = (next.pos, next.after_alnum);
        }
        *scan = Scan { pos, after_alnum };
    }
}

/// Bits in the first-word filter: with a few thousand first words, about
/// one word in twenty that starts no name gets past it.
const FIRST_WORD_BITS: usize = 1 << 16;

/// The length in bytes of the run of letters and digits at `at` of `text`
/// (zero when another character, or nothing, is there).
#[inline]
fn word_run(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = at;
    loop {
        while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
            end += 1;
        }
        // Only a character past ASCII is decoded: it may be a letter too.
        match bytes.get(end).filter(|b| !b.is_ascii()).and_then(|_| text.get(end..)?.chars().next()) {
            Some(c) if is_alnum(c) => end += c.len_utf8(),
            _ => return end - at,
        }
    }
}

/// The filter bit of a first word, ASCII case ignored.
fn first_word_bit(word: &[u8]) -> usize {
    key_bit(folded_hash(word))
}

/// Whether token `t` of `text` is one whole run of letters and digits (most
/// words and numbers), which its key then hashes.
#[inline]
fn whole_run(text: &str, t: &Token<'_>) -> bool {
    t.kind != TokenKind::Punct && !t.classes.any_of(Classes::JOINED) && boundary_after(text, t.span.end)
}

/// The filter bit of a pair of words, by their [`folded_hash`]es.
fn pair_bit(first: u32, second: u32) -> usize {
    key_bit((first.rotate_left(11) ^ second).wrapping_mul(0x9E37_79B1))
}

/// The filter bit of a word's [`folded_hash`] (a token's key).
fn key_bit(key: u32) -> usize {
    (key >> 16) as usize
}

/// The bit of a two-byte start, folded to ASCII lower case.
fn start_bit(first: u8, second: u8) -> usize {
    usize::from(first.to_ascii_lowercase()) << 8 | usize::from(second.to_ascii_lowercase())
}

fn set_bit(bits: &mut [u64], bit: usize) {
    bits[bit / 64] |= 1 << (bit % 64);
}

fn test_bit(bits: &[u64], bit: usize) -> bool {
    bits[bit / 64] & (1 << (bit % 64)) != 0
}

/// The longest pattern matching `bytes` from `at` (anchored there), with
/// its end; an empty match is none.
fn longest_at(nfa: &NFA, start: StateID, bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    longest_from(nfa, start, bytes, at, at)
}

/// [`longest_at`] for a walk from `at` that reached state `sid` reading
/// the bytes up to `from`.
fn longest_from(nfa: &NFA, mut sid: StateID, bytes: &[u8], at: usize, from: usize) -> Option<(usize, usize)> {
    let mut best = None;
    if from > at && nfa.is_match(sid) {
        let pattern = nfa.match_pattern(sid, 0);
        if from - nfa.pattern_len(pattern) == at {
            best = Some((pattern.as_usize(), from));
        }
    }
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        sid = nfa.next_state(Anchored::Yes, sid, b);
        if !nfa.is_special(sid) {
            continue;
        }
        if nfa.is_dead(sid) {
            break;
        }
        if nfa.is_match(sid) {
            // A match state can also carry a shorter name that starts later (reached through
            // a failure link when the trie was built): only one that starts here counts.
            let pattern = nfa.match_pattern(sid, 0);
            if i + 1 - nfa.pattern_len(pattern) == at {
                best = Some((pattern.as_usize(), i + 1));
            }
        }
    }
    best
}

/// Whether no letter or digit starts at byte `at` of `text` (an ASCII byte
/// is told without decoding).
#[inline]
fn boundary_after(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        _ => text.get(at..).and_then(|rest| rest.chars().next()).is_none_or(|c| !is_alnum(c)),
    }
}

/// Whether the matched text's case fits the pattern: exact; or a capitalized
/// pattern matched by text that starts with a capital (inner words may be
/// lower case: "Gwadar port"); or an all-caps rendering of a longer name
/// ("BEIJING"). Acronyms ("UN", "CPEC") must match exactly.
fn case_fits(matched: &str, pattern: &str) -> bool {
    if matched == pattern {
        return true;
    }
    let letters = pattern.chars().filter(|c| c.is_alphabetic());
    let acronym =
        pattern.chars().filter(|c| c.is_alphabetic()).count() <= 6 && letters.clone().all(|c| c.is_uppercase());
    if acronym {
        return false;
    }
    let p0 = pattern.chars().next().unwrap_or(' ');
    let m0 = matched.chars().next().unwrap_or(' ');
    if !p0.is_uppercase() {
        return true;
    }
    let all_caps = matched.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
    m0.is_uppercase() && (all_caps || first_word_matches(matched, pattern))
}

fn first_word_matches(matched: &str, pattern: &str) -> bool {
    let end = |s: &str| s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
    matched[..end(matched)] == pattern[..end(pattern)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The search the walk replaces: the leftmost-longest match from `pos`,
    /// accepted when a word boundary comes before it; after a rejected
    /// match the search resumes one character after its start.
    fn find_by_search(m: &Matcher, text: &str) -> Vec<Hit> {
        let Some(nfa) = &m.automaton else { return Vec::new() };
        let mut out = Vec::new();
        let mut pos = 0;
        while pos <= text.len() {
            let Ok(Some(found)) = nfa.try_find(&Input::new(text).span(pos..text.len())) else { break };
            let (s, e) = (found.start(), found.end());
            let before = text[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let accepted = before && m.accept(text, s, e, found.pattern().as_usize(), &mut out);
            pos = if accepted { e } else { s + text[s..].chars().next().map_or(1, char::len_utf8) };
        }
        out
    }

    fn fragments() -> impl Strategy<Value = String> {
        let words = [
            "China",
            "CHINA",
            "china",
            "Pakistan",
            "Pakistani",
            "the UN",
            "the United States",
            "Un",
            "ited",
            "UN",
            "Beijing",
            "CPEC",
            "Gwadar",
            "Xi Jinping",
            "Ishaq Dar",
            "Dar",
            "Foreign Minister",
            "One-China",
            "one China",
            "China–Pakistan",
            "Organisation",
            "Organization",
            " ",
            ", ",
            ".",
            "'s",
            "’s",
            "-",
            "x",
            "7",
            "é",
            "中国",
            "\n",
            "Xi",
            "'an",
            "Chinas",
            "U.S.",
            "(",
            "‘",
            "Daring",
            "Café",
            // Common words that open names: "the"/"to" are walked from only before a second word.
            "the",
            "The",
            "Netherlands",
            "The Netherlands",
            "to",
            "To Lam",
            "Lam",
            "S. Jaishankar",
            "IS-K",
            "is",
        ];
        proptest::collection::vec(proptest::sample::select(words.to_vec()), 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn walking_from_word_starts_finds_what_the_search_finds(text in fragments()) {
            let lexicon = crate::Lexicon::shared();
            prop_assert_eq!(lexicon.matcher.find(&text), find_by_search(&lexicon.matcher, &text));
        }

        #[test]
        fn walking_agrees_with_the_search_on_any_text(text in "\\PC{0,200}") {
            let lexicon = crate::Lexicon::shared();
            prop_assert_eq!(lexicon.matcher.find(&text), find_by_search(&lexicon.matcher, &text));
        }
    }

    /// [`Matcher::find_in_sentence`] over `text` as one sentence, after a
    /// heading ("Re: ") the sentence leaves out.
    fn find_from_tokens(m: &Matcher, text: &str) -> Vec<Hit> {
        let whole = format!("Re: {text}");
        let sentence = Span::new(4, whole.len());
        let mut out = Vec::new();
        m.find_in_sentence(&whole, sentence, &crate::text::tokens::tokenize(&whole, sentence), &mut out);
        out.iter().map(|h| Hit { span: Span::new(h.span.start - 4, h.span.end - 4), ..*h }).collect()
    }

    proptest! {
        #[test]
        fn reading_tokens_finds_what_reading_bytes_finds(text in fragments()) {
            let lexicon = crate::Lexicon::shared();
            prop_assert_eq!(find_from_tokens(&lexicon.matcher, &text), lexicon.matcher.find(&text));
        }

        #[test]
        fn reading_tokens_agrees_on_any_text(text in "(?s).{0,200}") {
            let lexicon = crate::Lexicon::shared();
            prop_assert_eq!(find_from_tokens(&lexicon.matcher, &text), lexicon.matcher.find(&text));
        }
    }

    #[test]
    fn a_name_in_a_sentence_lies_inside_it() {
        let lexicon = crate::Lexicon::shared();
        let text = "He spoke of the United States.";
        // A sentence cut inside the name: "the United States" does not fit, "United" alone is no name.
        let sentence = Span::new(0, 22);
        let mut hits = Vec::new();
        lexicon.matcher.find_in_sentence(text, sentence, &crate::text::tokens::tokenize(text, sentence), &mut hits);
        assert!(hits.iter().all(|h| sentence.contains(h.span)), "{hits:?}");
        assert_eq!(lexicon.matcher.find(text).len(), 1);
    }

    #[test]
    fn a_sentence_cut_inside_a_word_starts_no_name_there() {
        // A sentence longer than the limit is cut even inside a word: neither part of the
        // word "ChinaChina" is a name, as in the whole text.
        let lexicon = crate::Lexicon::shared();
        let text = "ChinaChina China";
        let mut hits = Vec::new();
        for sentence in [Span::new(0, 5), Span::new(5, text.len())] {
            let toks = crate::text::tokens::tokenize(text, sentence);
            lexicon.matcher.find_in_sentence(text, sentence, &toks, &mut hits);
        }
        assert_eq!(hits.iter().map(|h| h.span).collect::<Vec<_>>(), [Span::new(11, 16)]);
        assert_eq!(hits, lexicon.matcher.find(text));
    }

    #[test]
    fn walking_agrees_with_the_search_on_the_seeds() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
        let lexicon = crate::Lexicon::shared();
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            let hits = lexicon.matcher.find(&text);
            assert!(hits.len() > 20);
            assert_eq!(hits, find_by_search(&lexicon.matcher, &text));
            // Sentence by sentence from the tokens, the same names (none of the seeds' crosses a
            // sentence's end).
            let sentences = crate::header::layout(&text).sentences;
            let mut from_tokens = Vec::new();
            for s in &sentences {
                let toks = crate::text::tokens::tokenize(&text, s.span);
                lexicon.matcher.find_in_sentence(&text, s.span, &toks, &mut from_tokens);
            }
            let in_sentences = |h: &&Hit| sentences.iter().any(|s| s.span.contains(h.span));
            assert_eq!(from_tokens, hits.iter().filter(in_sentences).copied().collect::<Vec<_>>());
        }
    }
}
