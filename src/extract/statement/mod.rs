//! Statements: who takes which position on what.
//!
//! A small clause grammar over each sentence's tokens:
//!
//! 1. **Cues**: stance verbs in any tense ("supports", "condemned",
//!    "calling for", "spoke highly of"), nominal forms after a light or
//!    framing verb ("reiterated its support for", "expressed concern over"),
//!    "zero-tolerance … toward X", "agreed to V X, V Y", joint "will V X".
//!    Framing verbs ("reiterated", "emphasized") with a plain object support
//!    it, with "the need to" call for it, with "that … should" call for the
//!    clause's subject.
//! 2. **Actors**: the nearest subject before the cue — countries, capitals,
//!    "the Chinese side", officials (who become the speaker), bodies,
//!    "both sides"/"the two countries"/"they" (the document's parties) —
//!    or, when the clause has none, the actors of the previous cue.
//! 3. **Objects**: the words up to the next cue or clause boundary, cut at
//!    adjuncts and split into coordinated topics ([`topics`]); a country
//!    possessor or object ("supports China on Taiwan") becomes the target.
//!
//! Negated, hypothetical and first-person (authorial) clauses are skipped.

mod actors;
pub(crate) mod cues;
mod demands;
mod objects;
pub(crate) mod topics;

use super::{Analysis, CountryRef, View};
use crate::lexicon::EntryKind;
use crate::model::{Dialogue, Person, Span, Stance, Statement};
use crate::text::tokens::Token;
use crate::text::words::{folded_hash, word, word_set, WordSet};
use crate::vocab;
use crate::vocab::stance::SPEECH_VERBS;
use crate::Country;
use actors::{document_parties, house_voice, main_parties, subject, subject_start, trilateral_parties, Actors, Voices};
use cues::{cues, quote_marks, Cue};
use hashbrown::HashTable;
use objects::objects;
use once_cell::sync::Lazy;
use rustc_hash::FxHasher;
use std::hash::{Hash, Hasher};

/// Extracts the statements of a document.
pub fn extract(a: &Analysis<'_>, views: &crate::extract::Views<'_>, dialogues: &[Dialogue]) -> Vec<Statement> {
    let mut voices = Voices {
        parties: document_parties(a, dialogues),
        main: main_parties(a, dialogues),
        trilateral: trilateral_parties(a, dialogues),
        house: house_voice(a),
        institution: None,
        sentence: 0,
        recent_pair: None,
    };
    // An article takes a few dozen positions: room for them at once, not a run of doublings.
    let mut found = Found { statements: Vec::with_capacity(32), ..Found::default() };
    let mut previous: Option<Actors> = None;
    // Per-token marks, refilled for each sentence that takes a position.
    let (mut quoted, mut speech, mut protected) = (Vec::new(), Vec::new(), Vec::new());
    views.each(a, |views, vi| {
        let v = &views[vi];
        if v.sentence.heading || v.sentence.caption {
            return;
        }
        voices.read_institutions(a, v);
        voices.read_pair(v);
        // Most sentences take no position: find the cues before anything else.
        let cues = cues(v);
        if cues.is_empty() {
            return;
        }
        quote_marks(v.toks, &mut quoted);
        if authorial(v, &quoted) {
            return;
        }
        speech_marks(&quoted, &mut speech);
        protected_tokens(v, &mut protected);
        let (quoted, speech, protected) = (&quoted, &speech, &protected);
        let countries = &v.countries;
        let quote_speaker = quote_speaker(v, speech);
        let mut carried: Option<Actors> = None;
        for (ci, cue) in cues.iter().enumerate() {
            let window_start = if ci == 0 { 0 } else { cues[ci - 1].obj };
            // "China supports Pakistan in X and opposes Y": a coordinated verb shares the subject,
            // whatever the first verb's object names.
            let coordinated = carried.is_some() && {
                let mut k = cue.tok;
                while k > window_start && (v.toks[k - 1].text.ends_with("ly") || v.toks[k - 1].is_word(word!("also"))) {
                    k -= 1;
                }
                // "will support X, support Y and jointly defend Z": a comma right before the verb
                // coordinates it too.
                k > window_start && (v.toks[k - 1].is_word(word!("and")) || v.toks[k - 1].text == ",")
            };
            let actors = if coordinated {
                carried.clone()
            } else {
                subject(a, v, countries, &voices, window_start, cue.tok, quoted, previous.as_ref())
                    .or_else(|| carried.clone())
            };
            let Some(mut actors) = actors else { continue };
            // “We oppose …,” the ambassador said: "we" is the speaker's country.
            if actors.countries.is_empty() && speech[cue.tok] {
                if let Some(p) = quote_speaker.as_ref().filter(|p| p.country.is_some()) {
                    actors.countries = p.country.into_iter().collect();
                    actors.speaker = Some(p.clone());
                }
            }
            if actors.countries.is_empty() {
                carried = Some(actors);
                continue;
            }
            if speech[cue.tok] && actors.speaker.is_none() {
                actors.speaker = quote_speaker.clone();
            }
            // "Putin said Russia supports …": the person who said it speaks for the actor.
            if actors.speaker.is_none() {
                actors.speaker = reported_speaker(v, cue.tok, &actors.countries);
            }
            // "Abdelatty voiced Egypt's support for X": the official of the actor's country who
            // opens the clause speaks for it.
            if actors.speaker.is_none() && actors.countries.len() == 1 {
                actors.speaker = v
                    .people
                    .iter()
                    .rev()
                    .find(|(s, p)| {
                        let (start, end) = (v.tok_at(s.start), v.tok_at(s.end));
                        start >= window_start
                            && end <= cue.tok
                            && p.country == actors.countries.first().copied()
                            && !v.toks[end..cue.tok].iter().any(|t| t.text == "," || t.is_word(word!("and")))
                    })
                    .map(|(_, p)| (*p).clone());
            }
            let actors = &*carried.insert(actors);
            // A signed text binds its signatories: one side named alone ("the company's unit
            // signed a protocol") is no joint agreement.
            if word_set!(vocab::stance::SIGNING_VERBS).has(&v.toks[cue.tok]) && actors.countries.len() < 2 {
                continue;
            }
            if v.toks[cue.tok].is_word(word!("will")) {
                // "will" is a joint undertaking only when several parties say it: "both sides
                // will …", or "Both noted that they will …", "They said they will …" (a pronoun of
                // the pair right before the cue, in what a framing or speech verb reports, not a
                // schedule: "after which they will make statements").
                let collective = || {
                    let window = v.toks.get(window_start..cue.tok).unwrap_or(&[]);
                    let pronoun = v.toks[cue.tok.saturating_sub(2)..cue.tok]
                        .iter()
                        .any(|t| t.is_word(word!("they")) || t.is_word(word!("both")));
                    let reported = || {
                        window.iter().any(|t| {
                            cues::FRAMING_OR_LIGHT.has(t) || word_set!(vocab::stance::UNDERTAKING_SPEECH).has(t)
                        })
                    };
                    window.iter().any(|t| word_set!(vocab::stance::JOINT_SUBJECT_WORDS).has(t))
                        || (pronoun && reported())
                };
                // One side's "will continue to V" is an undertaking too, not a schedule (unless it
                // is what someone else is confident "that" the side will do).
                let continues = || {
                    actors.countries.len() == 1
                        && v.toks[cue.tok + 1..]
                            .iter()
                            .find(|t| !t.ends_with("ly") && !word_set!(vocab::grammar::STANCE_ADVERBS).has(t))
                            .is_some_and(|t| t.is_word(word!("continue")))
                        && !v.has_word(cue.tok.saturating_sub(4)..cue.tok, &["that"])
                };
                // "The two sides will engage in mixed training and organize live drills": an
                // exercise's programme.
                let exercise = || v.has_word(cue.obj..v.toks.len(), vocab::incidents::EXERCISE_ACTIVITY_WORDS);
                if !(actors.countries.len() >= 2 && collective() || continues()) || exercise() {
                    continue;
                }
            }
            let end = object_end(a, v, countries, &cues, ci, speech);
            let mut stance = cue.stance;
            // Inside a quote the speaker's own list is split like any other: only quotes
            // nested in the object keep their words together.
            let unquoted;
            let object_quoted = if quoted[cue.tok] {
                unquoted = without_quote_at(quoted, cue.tok);
                &unquoted
            } else {
                quoted
            };
            for (topic_range, target) in objects(v, countries, cue, end, object_quoted, protected, &mut stance) {
                let topic = range_text(a, v, &topic_range);
                if topic.is_empty() || spaced_words(&v.toks[topic_range.clone()]) > 25 {
                    continue;
                }
                found.push(&actors.countries, stance, topic, |topic| {
                    let quote = if speech[cue.tok] {
                        quote_text(a, v, speech, cue.tok)
                    } else {
                        (topic_range.start..topic_range.end)
                            .find(|&k| quoted[k])
                            .and_then(|k| quote_text(a, v, quoted, k + 1))
                    };
                    Statement {
                        actors: actors.countries.clone(),
                        speaker: actors.speaker.clone(),
                        stance,
                        topics: vec![topic],
                        target,
                        quote,
                        cameo: Some(stance.cameo_root().into()),
                        evidence: vec![v.sentence.span],
                    }
                });
            }
        }
        for d in demands::demands(v, countries, quoted) {
            let topic = range_text(a, v, &d.topic);
            found.push(&[d.actor], Stance::CallFor, topic, |topic| Statement {
                actors: vec![d.actor],
                speaker: d.speaker,
                stance: Stance::CallFor,
                topics: vec![topic],
                target: Some(d.target),
                quote: None,
                cameo: Some(Stance::CallFor.cameo_root().into()),
                evidence: vec![v.sentence.span],
            });
        }
        if let Some(c) = carried {
            previous = Some(c);
        }
    });
    found.statements
}

/// `quoted` with the quote around token `k` (marks included) cleared.
fn without_quote_at(quoted: &[bool], k: usize) -> Vec<bool> {
    let mut out = quoted.to_vec();
    let start = quoted[..k].iter().rposition(|&q| !q).map_or(0, |p| p + 1);
    let end = quoted[k..].iter().position(|&q| !q).map_or(quoted.len(), |p| k + p);
    out[start..end].fill(false);
    out
}

/// The number of words separated by white space in the text that `toks`
/// span, as `str::split_whitespace` counts them: only white space lies
/// between tokens, so a word starts at the first token and at each token
/// after a gap.
fn spaced_words(toks: &[Token<'_>]) -> usize {
    let gaps = toks.windows(2).filter(|pair| pair[0].span.end < pair[1].span.start).count();
    usize::from(!toks.is_empty()) + gaps
}

/// The text of a non-empty token range of a sentence, as written.
fn range_text(a: &Analysis<'_>, v: &View<'_>, r: &std::ops::Range<usize>) -> String {
    Span::new(v.toks[r.start].span.start, v.toks[r.end - 1].span.end).of(a.text).unwrap_or("").to_string()
}

/// The statements found so far, each once: by actors, stance and topic
/// (any case). The set holds indices into the list, so a key costs no copy.
#[derive(Default)]
struct Found {
    statements: Vec<Statement>,
    /// Each statement's key hash and index.
    seen: HashTable<(u64, usize)>,
}

impl Found {
    /// Adds the statement `build` makes of `topic`, unless the same actors
    /// already took the same stance on the same topic (then nothing is built).
    fn push(&mut self, actors: &[Country], stance: Stance, topic: String, build: impl FnOnce(String) -> Statement) {
        let hash = key_hash(actors, stance, &topic);
        let same = |&(h, i): &(u64, usize)| {
            let s: &Statement = &self.statements[i];
            h == hash
                && s.actors == actors
                && s.stance == stance
                && s.topics.first().is_some_and(|t| same_lowercase(t, &topic))
        };
        if self.seen.find(hash, same).is_some() {
            return;
        }
        let statement = build(topic);
        debug_assert!(statement.actors == actors && statement.stance == stance);
        let index = self.statements.len();
        self.statements.push(statement);
        self.seen.insert_unique(hash, (hash, index), |&(h, _)| h);
    }
}

/// The hash of a statement's key, its topic in lower case.
fn key_hash(actors: &[Country], stance: Stance, topic: &str) -> u64 {
    let mut h = FxHasher::default();
    actors.hash(&mut h);
    stance.hash(&mut h);
    // The folded hash ignores ASCII case, so an ASCII topic needs no lower-casing; it also
    // merges a few marks, which only costs a comparison.
    let folded =
        if topic.is_ascii() { folded_hash(topic.as_bytes()) } else { folded_hash(topic.to_lowercase().as_bytes()) };
    h.write_u32(folded);
    h.finish()
}

/// Whether `a` and `b` are equal in lower case (as `str::to_lowercase` makes it).
fn same_lowercase(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

/// The author's own voice: first person outside quotes, "It must be acknowledged".
fn authorial(v: &View<'_>, quoted: &[bool]) -> bool {
    let first_person = v
        .toks
        .iter()
        .zip(quoted)
        .any(|(t, q)| !q && (t.text == "I" || t.is_word(word!("my")) || t.is_word(word!("me"))));
    let impersonal = v.toks.first().is_some_and(|t| t.is_word(word!("it")))
        && v.toks
            .get(1)
            .is_some_and(|t| t.is_word(word!("must")) || t.is_word(word!("should")) || t.is_word(word!("is")));
    first_person || impersonal
}

/// Tokens inside lexicon names: never split there.
fn protected_tokens(v: &View<'_>, out: &mut Vec<bool>) {
    out.clear();
    out.resize(v.toks.len(), false);
    for h in v.hits {
        if h.kind == EntryKind::Title {
            continue;
        }
        for p in out.iter_mut().take(v.tok_at(h.span.end)).skip(v.tok_at(h.span.start)) {
            *p = true;
        }
    }
}

/// Tokens inside quotes of five or more tokens: speech, not scare quotes.
fn speech_marks(quoted: &[bool], out: &mut Vec<bool>) {
    out.clear();
    out.resize(quoted.len(), false);
    let mut k = 0;
    while k < quoted.len() {
        if !quoted[k] {
            k += 1;
            continue;
        }
        let start = k;
        while k < quoted.len() && quoted[k] {
            k += 1;
        }
        if k - start >= 7 {
            out[start..k].iter_mut().for_each(|x| *x = true);
        }
    }
}

/// The speaker of a direct quote: `“…,” X said` or `X said: “…”`.
fn quote_speaker(v: &View<'_>, quoted: &[bool]) -> Option<Person> {
    if !quoted.iter().any(|&q| q) {
        return None;
    }
    v.people.iter().find(|(s, _)| !quoted[v.tok_at(s.start).min(quoted.len() - 1)]).map(|(_, p)| (*p).clone())
}

/// A person of the actors' country who "said", "told" or "stressed" before token `cue`.
fn reported_speaker(v: &View<'_>, cue: usize, countries: &[Country]) -> Option<Person> {
    let said = |t: &crate::text::tokens::Token<'_>| SPEECH_VERB_SET.has(t);
    let before = v.people.iter().rev().find_map(|(s, p)| {
        let end = v.tok_at(s.end);
        let speaks = v.toks.get(end..(end + 2).min(cue)).is_some_and(|ts| ts.iter().any(said));
        // A spokesperson whose own nationality the text leaves out still speaks for the actor.
        (end < cue && speaks && p.country.is_none_or(|c| countries.contains(&c))).then(|| (*p).clone())
    });
    // "Russia supports China on Taiwan, Foreign Minister Sergei Lavrov said": the attribution
    // closes the sentence, after a comma; the speaker must be of the actors' country.
    before.or_else(|| {
        v.people.iter().find_map(|(s, p)| {
            let (start, end) = (v.tok_at(s.start), v.tok_at(s.end));
            let comma_before = v.toks.get(cue..start)?.iter().rposition(|t| t.text == ",").map(|k| k + cue);
            let attributes =
                v.toks.get(end).is_some_and(said) || comma_before.is_some_and(|k| v.toks.get(k + 1).is_some_and(said));
            let own_clause = comma_before.is_some_and(|k| {
                v.toks.get(k + 1..start).is_some_and(|ts| ts.iter().all(|t| t.capitalized() || said(t)))
            });
            (start > cue && attributes && own_clause && p.country.is_some_and(|c| countries.contains(&c)))
                .then(|| (*p).clone())
        })
    })
}

/// [`SPEECH_VERBS`] as a set.
pub(super) static SPEECH_VERB_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(SPEECH_VERBS));

/// The text of the quote around token `k`, without its marks and final comma.
fn quote_text(a: &Analysis<'_>, v: &View<'_>, quoted: &[bool], k: usize) -> Option<String> {
    if k >= quoted.len() || !quoted[k] {
        return None;
    }
    let mut s = k;
    while s > 0 && quoted[s - 1] {
        s -= 1;
    }
    let mut e = k;
    while e + 1 < quoted.len() && quoted[e + 1] {
        e += 1;
    }
    let span = Span::new(v.toks[s].span.start, v.toks[e].span.end);
    let text = span.of(a.text)?.trim_matches(|c: char| matches!(c, '“' | '”' | '"')).trim_end_matches([',', ' ', '.']);
    (!text.is_empty()).then(|| text.to_string())
}

/// Where a cue's object ends: the next cue's subject or the next cue, a
/// semicolon, "while"/"but", the end of a speech quote, or the sentence end.
fn object_end(
    a: &Analysis<'_>,
    v: &View<'_>,
    countries: &[CountryRef],
    cues: &[Cue],
    ci: usize,
    speech: &[bool],
) -> usize {
    let toks = &v.toks;
    let start = cues[ci].obj;
    let mut end = cues.get(ci + 1).map_or(toks.len(), |n| subject_start(a, v, countries, start, n.tok));
    for k in start..end {
        let t = &toks[k];
        if (t.text == ";"
            || t.is_word(word!("while"))
            || t.is_word(word!("whereas"))
            || (t.is_word(word!("but")) && !speech[k]))
            && k > start
        {
            end = k;
            break;
        }
        // Leaving a quote that the cue was in ends its object.
        if speech[cues[ci].tok] && !speech[k] {
            end = k;
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for s in [
            "",
            "a",
            " a  b\tc\n",
            "x\u{b}y",
            "one, two (three)",
            "é à",
            " \u{a0}x y\u{2003}z ",
            "O'Brien's 2.0 talks.",
        ] {
            let toks = crate::text::tokens::tokenize(s, crate::Span::new(0, s.len()));
            assert_eq!(super::spaced_words(&toks), s.split_whitespace().count(), "{s:?}");
        }
    }
}
