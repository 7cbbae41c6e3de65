//! Object phrases → topic items.
//!
//! The words a stance is about are cut at clause adjuncts ("during …",
//! "including …", a relative clause), split into coordinated items at
//! top-level commas and conjunctions (never inside quotes or lexicon names),
//! and cleaned of articles, verbs that head an agreed action, and a country
//! possessor (which becomes the statement's target).

use crate::text::classes::Classes;
use crate::text::tokens::{Lower, Token, TokenKind};
use crate::text::words::{word, word_set, WordSet};
use crate::vocab;
use crate::vocab::grammar::{
    ADJUNCT_PREPOSITIONS, CUT_WORDS, FUNCTION_WORDS, INNER_PREPOSITIONS, NP_STARTS, OBJECT_ENDS, SHARED_ADJECTIVES,
};
use crate::vocab::stance::{ACTION_VERBS, PURPOSE_VERBS};
use once_cell::sync::Lazy;

/// [`NP_STARTS`] as a set.
static NP_START_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(NP_STARTS));
/// [`INNER_PREPOSITIONS`] as a set.
static INNER_PREPOSITION_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(INNER_PREPOSITIONS));
/// [`PURPOSE_VERBS`] as a set.
static PURPOSE_VERB_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(PURPOSE_VERBS));
/// The first words of [`vocab::grammar::BASIS_PHRASES`]: most tokens are turned away by them.
static BASIS_FIRST: Lazy<WordSet> = Lazy::new(|| WordSet::new(vocab::grammar::BASIS_PHRASES.iter().map(|p| p[0])));
/// [`CUT_WORDS`] as a set.
static CUT_WORD_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(CUT_WORDS));
/// Every form of an action verb a clause is headed by: the verbs, and the
/// "-ing" form of each ("strengthening", "promoting": the verb, or the verb
/// without its final "e", and "ing").
static ACTION_FORMS: Lazy<WordSet> = Lazy::new(|| {
    let stems = ACTION_VERBS.iter().copied().chain(ACTION_VERBS.iter().filter_map(|v| v.strip_suffix('e')));
    WordSet::new(ACTION_VERBS.iter().map(|v| v.to_string()).chain(stems.map(|s| format!("{s}ing"))))
});
/// [`OBJECT_ENDS`] as a set.
static OBJECT_END_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(OBJECT_ENDS));

/// [`is_action_verb`] of a token, by the hash the tokenizer computed.
pub(crate) fn is_action_token(t: &Token<'_>) -> bool {
    ACTION_FORMS.has(t)
}

fn is_adverb(t: &Token<'_>) -> bool {
    (t.ends_with("ly") && t.text.len() > 4 && !t.is_word(word!("early")) && !t.is_word(word!("family")))
        || word_set!(vocab::grammar::STANCE_ADVERBS).has(t)
}

/// Whether comma-separated `items` are adjectives sharing the last item's
/// noun: every item but the last ends in one adjective-like word (the first
/// may open with a verb: "strengthening political"), the others are that
/// word alone, and the last is an adjective or noun with its head after it.
fn shared_head(toks: &[Token<'_>], items: &[Range]) -> bool {
    if items.len() < 2 {
        return false;
    }
    let plain = |t: &Token<'_>| t.kind == TokenKind::Word && !t.capitalized();
    let (last, rest) = items.split_last().unwrap_or((&items[0], &[]));
    let last = strip_leading(toks, last.clone(), vocab::grammar::CONJUNCTIONS);
    let modifiers_ok = rest.iter().enumerate().all(|(k, r)| {
        let words = &toks[r.clone()];
        let len_ok = words.len() == 1 || (k == 0 && words.len() == 2 && plain(&words[0]));
        len_ok && words.last().is_some_and(|w| plain(w) && adjective_like(w.text))
    });
    modifiers_ok && last.end - last.start >= 2 && plain(&toks[last.start]) && !NP_START_SET.has(&toks[last.start])
}

fn adjective_like(w: &str) -> bool {
    let lower = Lower::new(w);
    SHARED_ADJECTIVES.contains(&&*lower)
        || vocab::grammar::COMPARATIVES.contains(&&*lower)
        || vocab::grammar::ADJECTIVE_SUFFIXES.iter().any(|s| lower.ends_with(s) && lower.len() > 4)
}

/// Whether the word at `k` of an action chain is its verb: a known action
/// verb, a verb by its suffix ("operationalise", "prioritize"), or a bare
/// word right before a determiner ("expedite the …").
fn heads_action(toks: &[Token<'_>], k: usize) -> bool {
    let t = &toks[k];
    if is_action_token(t) {
        return true;
    }
    if t.kind != TokenKind::Word || t.capitalized() {
        return false;
    }
    let suffix = vocab::grammar::VERB_SUFFIXES.iter().any(|s| t.ends_with(s)) && t.text.len() > 5;
    let before_determiner = toks.get(k + 1).is_some_and(|n| word_set!(vocab::grammar::NOUN_PHRASE_DETERMINERS).has(n));
    let verb_shape = t.text.len() >= 4
        && !t.ends_with("ing")
        && !t.ends_with("ed")
        && !t.ends_with("s")
        && !FUNCTION_WORDS.iter().any(|w| t.is(w));
    suffix || (before_determiner && verb_shape)
}

/// A half-open token range of an item.
pub type Range = std::ops::Range<usize>;

/// Splits an object's tokens into coordinated items.
///
/// `protected[i]` marks tokens inside a lexicon name (never split there);
/// `quoted[i]` marks tokens inside quotation marks. In an action `chain`
/// ("agreed to deepen X, establish Y"), items that start with a verb are
/// actions whose verb is dropped; the others continue the previous action's
/// list.
/// Splits an object into its items. Every range returned is non-empty and
/// inside `toks` (an "or any" at a sentence's end splits into nothing).
pub fn split(toks: &[Token<'_>], mut range: Range, protected: &[bool], quoted: &[bool], chain: bool) -> Vec<Range> {
    // A trailing ", and" or closing punctuation belongs to what follows the object.
    while range.end > range.start
        && (toks[range.end - 1].kind == TokenKind::Punct && !matches!(toks[range.end - 1].text, "”" | "\"" | ")")
            || toks[range.end - 1].is_word(word!("and"))
            || toks[range.end - 1].is_word(word!("or")))
    {
        range.end -= 1;
    }
    // Top-level separators: commas, semicolons and "as well as", outside quotes and names.
    let mut items: Vec<Range> = Vec::new();
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        let t = &toks[i];
        let free = !quoted[i] && !protected[i];
        let as_well_as = t.is_word(word!("as"))
            && toks.get(i + 1).is_some_and(|n| n.is_word(word!("well")))
            && toks.get(i + 2).is_some_and(|n| n.is_word(word!("as")));
        if free && (t.text == "," || t.text == ";" || as_well_as) {
            items.push(start..i);
            start = if as_well_as { i + 3 } else { i + 1 };
            i = start;
            continue;
        }
        i += 1;
    }
    items.push(start..range.end);
    // A closing quote mark after the last comma is no item of the list, nor is a negated aside
    // (", not directed at any third party").
    items.retain(|r| toks[r.clone()].iter().any(|t| t.kind == TokenKind::Word) && !toks[r.start].is_word(word!("not")));
    // An item holding an infinitive ("measures to protect X, Y and Z") keeps the short items after it
    // (merged in place: `kept` items stay at the front of the list).
    let mut kept: usize = 0;
    for i in 0..items.len() {
        let r = items[i].clone();
        if let Some(last) = kept.checked_sub(1).map(|k| &mut items[k]) {
            let has_infinitive = (last.start..last.end.saturating_sub(1)).any(|k| {
                toks[k].is_word(word!("to"))
                    && toks[k + 1].kind == TokenKind::Word
                    && toks[k + 1].text.chars().all(|c| c.is_lowercase())
                    && !NP_START_SET.has(&toks[k + 1])
            });
            let short = r.end - r.start <= 4 && !toks[r.start..r.end].iter().any(|t| is_action_token(t));
            if has_infinitive && short {
                last.end = r.end;
                continue;
            }
        }
        items[kept] = r;
        kept += 1;
    }
    items.truncate(kept);
    // "political, economic, and transit relations": adjectives in a list share the last item's
    // noun, so the list is one thing ("strengthening political, economic, …" too).
    if shared_head(toks, &items) {
        return vec![clean(toks, items[0].start..items[items.len() - 1].end, chain)];
    }
    let listed = items.len() >= 2;
    let oxford = listed
        && items.last().is_some_and(|r| toks[r.start].is_word(word!("and")) || toks[r.start].is_word(word!("or")));
    let mut out = Vec::new();
    let n = items.len();
    let mut previous_proper = false;
    for (k, r) in items.into_iter().enumerate() {
        let r = strip_leading(toks, r, vocab::grammar::CONJUNCTIONS);
        // An appositive after a name ("Gwadar Port, a vital regional gateway") adds nothing.
        let appositive = previous_proper
            && r.start < r.end
            && (toks[r.start].is_word(word!("a")) || toks[r.start].is_word(word!("an")));
        previous_proper = r.end > r.start && toks[r.end - 1].capitalized();
        // A verb phrase of another clause ("… and shared a bond") or an adjunct ("with …") is no item.
        let verb_phrase = !chain
            && r.end - r.start >= 2
            && toks[r.start].text.ends_with("ed")
            && NP_START_SET.has(&toks[r.start + 1]);
        // ", both bilaterally and at the UN": an adjunct of manner and place, no item.
        let adverbial = r.end - r.start >= 2
            && (toks[r.start].is_word(word!("both")) || toks[r.start].is_word(word!("either")))
            && (toks[r.start + 1].ends_with("ly")
                || word_set!(vocab::grammar::LOCATIVE_PREPOSITIONS).has(&toks[r.start + 1]));
        if appositive || verb_phrase || adverbial || (r.start < r.end && ADJUNCT_PREPOSITION_SET.has(&toks[r.start])) {
            continue;
        }
        let action = chain && starts_with_action(toks, &r);
        let r = clean(toks, r, chain);
        if r.start >= r.end {
            continue;
        }
        if !action && listed && (oxford || k + 1 < n) {
            // Inside a list with an Oxford comma, "and" joins words of one item.
            out.push(r);
            continue;
        }
        split_conjunction(toks, r, protected, quoted, chain, &mut out);
    }
    // Every piece is a non-empty range of `toks`: callers read a piece's first token.
    out.retain(|r| r.start < r.end && r.end <= toks.len());
    out
}

/// [`ADJUNCT_PREPOSITIONS`] as a set.
pub(super) static ADJUNCT_PREPOSITION_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(ADJUNCT_PREPOSITIONS));

/// Whether an item starts (after adverbs) with an action verb.
fn starts_with_action(toks: &[Token<'_>], r: &Range) -> bool {
    toks[r.clone()].iter().find(|t| !is_adverb(t) && !t.is_word(word!("and"))).is_some_and(|t| is_action_token(t))
}

/// Splits a single item at "and"/"or" when both sides are whole noun phrases.
fn split_conjunction(
    toks: &[Token<'_>],
    r: Range,
    protected: &[bool],
    quoted: &[bool],
    chain: bool,
    out: &mut Vec<Range>,
) {
    for k in r.start + 1..r.end.saturating_sub(1) {
        let t = &toks[k];
        if !(t.is_word(word!("and")) || t.is_word(word!("or"))) || quoted[k] || protected[k] {
            continue;
        }
        let left = r.start..k;
        let right = k + 1..r.end;
        let next = &toks[k + 1];
        // "building trust and easing tension": gerund phrases side by side.
        let ing = is_gerund;
        let new_np = NP_START_SET.has(next)
            || (ing(&toks[r.start]) && left.len() >= 2 && ing(next))
            // "invest in X and help to speed up Y": another infinitive after a verb of help or effort.
            || (!chain
                && next.kind == TokenKind::Word
                && !next.capitalized()
                && toks.get(k + 2).is_some_and(|n| n.is_word(word!("to")))
                && toks.get(k + 3).is_some_and(|n| {
                    k + 3 < r.end && n.kind == TokenKind::Word && !n.capitalized() && !NP_START_SET.has(n)
                }))
            || matches!(next.text, "“" | "\"" | "‘")
            || (chain && is_action_token(next))
            // "extend X to Afghanistan and to strengthen Y": the next infinitive of the chain.
            || (chain && next.is_word(word!("to")) && k + 2 < r.end && heads_action(toks, k + 2));
        // A possessor ("China's dangerous and escalatory actions") is not one of the coordinated words.
        // One or two plain words, all adjectives: "dangerous and escalatory".
        let adjectives_only = || {
            let mut words = toks[left.clone()]
                .iter()
                .filter(|t| t.kind == TokenKind::Word && !NP_START_SET.has(t))
                .filter(|t| !t.capitalized() && !t.is_word(word!("s")));
            let mut n = 0;
            words.all(|w| {
                n += 1;
                n <= 2 && adjective_like(w.text)
            }) && n > 0
        };
        let left_has_pp = toks[left.clone()].iter().any(|t| INNER_PREPOSITION_SET.has(t));
        let right_before_prep =
            toks[right.clone()].iter().position(|t| word_set!(vocab::grammar::ATTACHING_PREPOSITIONS).has(t));
        // "a professional and responsible attitude": two adjectives share the noun after them.
        let shared_noun = toks[left.end - 1].kind == TokenKind::Word
            && !toks[left.end - 1].capitalized()
            && adjective_like(toks[left.end - 1].text)
            && adjective_like(next.text)
            && right.end - right.start >= 2;
        // "the Law and Justice Partnership": "and" inside a capitalized name with a name's head.
        let in_name = toks[left.end - 1].capitalized()
            && toks[right.clone()].iter().all(|t| t.capitalized() || t.kind != TokenKind::Word)
            && word_set!(vocab::grammar::NAME_HEADS).has(&toks[right.end - 1]);
        // "the steps Peru and Chile have taken": "and" joins the subjects of a relative clause.
        let clause_subjects = toks[left.end - 1].capitalized() && {
            let names = toks[right.clone()].iter().take_while(|t| t.capitalized()).count();
            (1..=3).contains(&names)
                && toks.get(k + 1 + names).is_some_and(|t| word_set!(vocab::grammar::AUXILIARIES).has(t))
        };
        // "safeguarding sovereignty and territorial integrity": one gerund governs both nouns;
        // only another gerund starts another item.
        // "strengthening and expanding trade": two gerunds share the object after them.
        // ("the bombing and directed …": a lone "-ing" noun before a verb is neither.)
        let gerund_objects = ing(&toks[r.start]) && if left.len() == 1 { ing(next) } else { !ing(next) };
        let split = if shared_noun || in_name || clause_subjects || gerund_objects {
            false
        } else if new_np {
            true
        } else if left_has_pp || adjectives_only() {
            false
        } else {
            right_before_prep != Some(1)
        };
        if split {
            out.push(clean(toks, left, chain));
            split_conjunction(toks, clean(toks, right, chain), protected, quoted, chain, out);
            return;
        }
    }
    out.push(r);
}

fn strip_leading(toks: &[Token<'_>], mut r: Range, words: &[&str]) -> Range {
    while r.start < r.end && words.iter().any(|w| toks[r.start].is(w)) {
        r.start += 1;
    }
    r
}

/// Whether a token is a lower-case "-ing" word long enough to be a gerund
/// ("building", "easing"; not "king" or "sing").
pub(super) fn is_gerund(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word && !t.capitalized() && t.text.len() > 5 && t.ends_with("ing")
}

/// Where an item cut at an adjunct at `k` ends: before a participle that
/// governs the adjunct ("direct flights suspended since 2020", "the talks
/// held during the visit"), else at `k`.
fn participle_before(toks: &[Token<'_>], start: usize, k: usize) -> usize {
    let p = &toks[k - 1];
    if k >= start + 2 && p.kind == TokenKind::Word && !p.capitalized() && p.ends_with("ed") {
        k - 1
    } else {
        k
    }
}

/// Whether token `k` (`k > 0`) opens a purpose clause: "to" and a verb of
/// purpose ("… to boost trade"), unless a noun it completes stands before
/// it ("efforts to ensure X" is what the efforts are).
#[inline]
fn purpose_clause(toks: &[Token<'_>], k: usize) -> bool {
    toks[k].is_word(word!("to"))
        && toks.get(k + 1).is_some_and(|n| PURPOSE_VERB_SET.has(n))
        && !word_set!(vocab::stance::INFINITIVE_NOUNS).has(&toks[k - 1])
}

/// Cuts an item at an adjunct: "during …", "including …", ", which …",
/// "made by …" (a passive participle with a lower-case agent), a purpose
/// clause "to boost …", a trailing date.
pub fn cut(toks: &[Token<'_>], r: Range, quoted: &[bool]) -> Range {
    let mut end = r.end;
    for k in r.start + 1..r.end {
        if quoted[k] {
            continue;
        }
        let t = &toks[k];
        // "over the past decade", "over the next two years": when, not what.
        let over_time = t.is_word(word!("over"))
            && toks.get(k + 1).is_some_and(|n| word_set!(vocab::grammar::OVER_TIME_LEADS).has(n))
            && (!toks[k + 1].is_word(word!("the")) && !toks[k + 1].is_word(word!("a"))
                || toks
                    .get(k + 2)
                    .is_some_and(|n| word_set!(vocab::grammar::OVER_TIME_LEADS).has(n) || n.kind == TokenKind::Number));
        // "cooperation within the framework of the Belt and Road Initiative": the framework is
        // part of the position, unlike "cooperation under CPEC" read as an adjunct.
        let framework = toks.get(k + 1).is_some_and(|n| n.is_word(word!("the")))
            && toks.get(k + 2).is_some_and(|n| n.is_word(word!("framework")));
        let time_adjunct = word_set!(vocab::grammar::TIME_ADJUNCTS).has(t);
        let stop = (CUT_WORD_SET.has(t) && !framework)
            || time_adjunct
            // "deepen relations by strengthening cooperation": the means, not the topic.
            || (t.is_word(word!("by")) && toks.get(k + 1).is_some_and(|n| n.text.ends_with("ing") && !n.capitalized()))
            || over_time
            || ((t.is_word(word!("including")) || t.is_word(word!("especially")) || t.is_word(word!("particularly"))) && k > r.start + 1)
            || (t.is_word(word!("such")) && toks.get(k + 1).is_some_and(|n| n.is_word(word!("as"))))
            || (purpose_clause(toks, k) && !toks[k - 1].is_word(word!("and")))
            || (t.ends_with("ed")
                && toks.get(k + 1).is_some_and(|n| n.is_word(word!("by")))
                && toks.get(k + 2).is_some_and(|n| !n.capitalized()))
            || (t.is_word(word!("at"))
                && toks.get(k + 1).is_some_and(|n| n.is_word(word!("the")))
                && toks.get(k + 2).is_some_and(|n| n.capitalized()))
            // "with a zero-tolerance attitude", "with an open mind": how, not what ("a community
            // with a shared future" keeps its "with").
            || (t.is_word(word!("with"))
                && toks.get(k + 1).is_some_and(|n| n.is_word(word!("a")) || n.is_word(word!("an")))
                && toks[k + 2..(k + 5).min(toks.len())].iter().any(|n| word_set!(vocab::grammar::MANNER_NOUNS).has(n)))
            // "at the earliest", "at an early date": when, not what.
            || (t.is_word(word!("at"))
                && toks.get(k + 1).is_some_and(|n| n.is_word(word!("the")) || n.is_word(word!("an")))
                && toks.get(k + 2).is_some_and(|n| n.is_word(word!("earliest")) || n.is_word(word!("early"))))
            // A trailing date is when, not what: "the attack in Karachi on October 6, 2024".
            || ((t.is_word(word!("on")) || t.is_word(word!("in")) || t.is_word(word!("since")))
                && toks.get(k + 1).is_some_and(|n| {
                    (n.capitalized() && crate::time::is_calendar_token(n))
                        || (n.kind == TokenKind::Number && n.text.len() == 4)
                }));
        if stop {
            end = if time_adjunct { participle_before(toks, r.start, k) } else { k };
            break;
        }
    }
    r.start..end
}

/// Whether the "and" at `and` joins the subjects of a relative clause with
/// no pronoun: "welcomed the steps Peru and Chile have taken" (a lower-case
/// noun of the object, then names), unlike "supports Peru and Chile has
/// backed …" (the names open the object).
fn relative_subjects(toks: &[Token<'_>], object_start: usize, and: usize) -> bool {
    let mut j = and;
    while j > object_start && toks[j - 1].capitalized() {
        j -= 1;
    }
    j < and
        && j > object_start
        && toks[j - 1].kind == TokenKind::Word
        && !toks[j - 1].capitalized()
        && !word_set!(vocab::grammar::FUNCTION_WORDS).has(&toks[j - 1])
        && !is_action_token(&toks[j - 1])
}

/// Whether "that" at `k` opens a restrictive relative clause, which belongs
/// to the position it qualifies: "a political system that guarantees the
/// rights of all", "a bond that continues to grow", "a partnership that will
/// serve both". The word before is a lower-case noun (no comma) and the word
/// after a finite verb; "ensure that the side …" or "the view that it is …"
/// open a clause of their own.
fn restrictive_relative(toks: &[Token<'_>], k: usize) -> bool {
    if !toks[k].is_word(word!("that")) || k == 0 {
        return false;
    }
    let before = &toks[k - 1];
    let noun_before = before.kind == TokenKind::Word
        && !before.capitalized()
        && !word_set!(vocab::grammar::FUNCTION_WORDS).has(before)
        && !word_set!(vocab::stance::TO_GOVERNORS).has(before)
        && !is_action_token(before);
    let finite_after = toks.get(k + 1).is_some_and(|n| {
        n.kind == TokenKind::Word
            && !n.capitalized()
            && (word_set!(vocab::grammar::AUXILIARIES).has(n)
                || (n.text.len() > 4 && n.text.ends_with('s') && !n.text.ends_with("ss")))
    });
    noun_before && finite_after
}

/// Where a whole object ends: a relative or adverbial clause, a purpose
/// clause, or a participial adjunct (", believing …"). In an action chain a
/// gerund continues the chain when a later "and V-ing" closes it.
pub fn object_end(toks: &[Token<'_>], r: Range, quoted: &[bool], chain: bool) -> usize {
    for k in r.start + 1..r.end {
        let t = &toks[k];
        // Every rule below starts at punctuation or at a word of this class: the others pass.
        if quoted[k] || (t.kind == TokenKind::Word && !t.classes.any_of(Classes::OBJECT_BREAK)) {
            continue;
        }
        let and = t.is_word(word!("and"));
        // ", as the minister said": a clause, not more of the object; "and directed …": another verb.
        let as_clause = t.is_word(word!("as"))
            && toks[k - 1].text == ","
            && !toks.get(k + 1).is_some_and(|n| n.is_word(word!("well")));
        // ("and mixed training": a participle before a bare noun is an adjective.)
        let next_verb = and
            && (toks.get(k + 1).is_some_and(|n| n.text.ends_with("ed") && !n.capitalized() && !adjective_like(n.text))
                && toks.get(k + 2).is_some_and(|n| {
                    n.kind == TokenKind::Word
                        && (NP_START_SET.has(n)
                            || word_set!(vocab::grammar::ATTACHING_PREPOSITIONS).has(n)
                            || n.is_word(word!("to"))
                            || toks.get(k + 1).is_some_and(is_action_token))
                })
                || toks.get(k + 1).is_some_and(|n| word_set!(vocab::grammar::CLAUSE_VERBS).has(n)));
        // "condemned the attack and Pakistan's strikes were not discussed": a new subject and
        // its finite verb after "and" start another clause.
        let new_clause = and && !relative_subjects(toks, r.start, k) && {
            let window = &toks[k + 1..(k + 6).min(r.end)];
            let finite = window.iter().position(|n| word_set!(vocab::grammar::AUXILIARIES).has(n));
            finite.is_some_and(|f| {
                f > 0
                    && !window[..f].iter().any(|n| n.text == "," || word_set!(vocab::grammar::RELATIVE_PRONOUNS).has(n))
            })
        };
        // "cooperation based on the principles of A, B and C": the basis's list is not the object's.
        let basis = BASIS_FIRST.has(t)
            && vocab::grammar::BASIS_PHRASES
                .iter()
                .any(|p| p.iter().enumerate().all(|(j, w)| toks.get(k + j).is_some_and(|x| x.is(w))));
        if as_clause || next_verb || new_clause || basis {
            return k;
        }
        // "agreed to extend X and to strengthen Y": in a chain "and to V" is the next action, not a purpose.
        // "agreed to continue to make X": "to" after a verb that governs it is no purpose either.
        let coordinated_infinitive =
            chain && (toks[k - 1].is_word(word!("and")) || word_set!(vocab::stance::TO_GOVERNORS).has(&toks[k - 1]));
        // In a list of actions a time adjunct ends one action; the list goes on after a comma
        // that an action follows.
        let list_goes_on = chain
            && word_set!(vocab::grammar::TIME_ADJUNCTS).has(t)
            && (k + 1..r.end).any(|j| {
                toks[j].text == ","
                    && !quoted[j]
                    && toks.get(j + 1).is_some_and(|n| is_action_token(n) && !n.text.ends_with("ing"))
            });
        if list_goes_on {
            continue;
        }
        if restrictive_relative(toks, k) {
            continue;
        }
        if OBJECT_END_SET.has(t) || (purpose_clause(toks, k) && !coordinated_infinitive) {
            return participle_before(toks, r.start, k);
        }
        // ", especially in trade and transit": a narrowing adjunct ends the object.
        if t.text == ","
            && toks.get(k + 1).is_some_and(|n| word_set!(vocab::grammar::NARROWING_ADVERBS).has(n))
            && toks
                .get(k + 2)
                .is_some_and(|n| n.is_word(word!("in")) || n.is_word(word!("on")) || n.is_word(word!("with")))
        {
            return k;
        }
        // "…, the state-run development board said on Monday", "…, Kenyan officials told
        // reporters": an attribution (a noun phrase and a verb of saying) ends the object.
        // (`…,” the statement reads`: a closing quote may stand between.)
        let after = k + 1 + usize::from(toks.get(k + 1).is_some_and(|n| matches!(n.text, "\"" | "”" | "’")));
        if t.text == "," && toks.get(after).is_some_and(|n| n.is_word(word!("the")) || n.capitalized()) {
            let attribution = (after + 1..(after + 9).min(toks.len()))
                .take_while(|&j| !matches!(toks[j].text, "," | ";" | "." | ":"))
                .any(|j| super::SPEECH_VERB_SET.has(&toks[j]));
            if attribution {
                return k;
            }
        }
        if t.text == "," {
            let mut n = k + 1;
            while n < r.end && (is_adverb(&toks[n]) || toks[n].is_word(word!("and"))) {
                n += 1;
            }
            let Some(next) = toks.get(n).filter(|_| n < r.end) else { continue };
            // A participle takes an object ("expanding cooperation"); "mining," is a noun.
            let gerund = is_gerund(next) && toks.get(n + 1).is_some_and(|o| o.kind == TokenKind::Word);
            if gerund {
                let closed = chain
                    && (n + 1..r.end).any(|j| {
                        toks[j].is_word(word!("and"))
                            && toks.get(j + 1).is_some_and(|x| x.text.ends_with("ing") || is_adverb(x))
                    });
                if !(chain
                    && (closed || is_action_token(next) && toks[k + 1..n].iter().any(|x| x.is_word(word!("and")))))
                {
                    return k;
                }
            } else if !chain && is_action_token(next) && !next.text.ends_with("ing") {
                // A new verb phrase after a comma is not this verb's object.
                return k;
            }
        }
    }
    r.end
}

/// Drops leading articles, adverbs and (in action chains) the action verb
/// with its particle; trailing punctuation and conjunctions.
pub fn clean(toks: &[Token<'_>], mut r: Range, chain: bool) -> Range {
    loop {
        let before = r.clone();
        while r.start < r.end
            && (matches!(toks[r.start].text, "”" | "’" | "\"")
                || is_adverb(&toks[r.start])
                || word_set!(vocab::grammar::ITEM_OPENERS).has(&toks[r.start]))
        {
            r.start += 1;
        }
        if chain && r.start < r.end && heads_action(toks, r.start) {
            r.start += 1;
            while r.start < r.end && word_set!(vocab::grammar::DANGLING_PARTICLES).has(&toks[r.start]) {
                r.start += 1;
            }
        }
        if r == before {
            break;
        }
    }
    while r.end > r.start
        && ((toks[r.end - 1].kind == TokenKind::Punct && !matches!(toks[r.end - 1].text, "”" | "\"" | ")"))
            || word_set!(vocab::grammar::DANGLING_ENDS).has(&toks[r.end - 1]))
    {
        r.end -= 1;
    }
    r
}

/// The quoted phrase inside an item, when the item is built around one.
pub fn quoted_phrase(toks: &[Token<'_>], r: &Range) -> Option<Range> {
    let open = (r.start..r.end).find(|&k| matches!(toks[k].text, "“" | "\"" | "‘"))?;
    let close = (open + 1..r.end).find(|&k| matches!(toks[k].text, "”" | "\"" | "’"))?;
    // A quoted modifier ("its 'ironclad' commitment to …") leaves the noun phrase whole.
    let modified_noun = |t: &Token<'_>| {
        t.kind == TokenKind::Word && !t.capitalized() && !word_set!(vocab::grammar::NOT_QUOTE_HEADS).has(t)
    };
    if toks.get(close + 1).is_some_and(|t| close + 1 < r.end && modified_noun(t)) {
        return None;
    }
    let mut inner = open + 1..close;
    while inner.end > inner.start && toks[inner.end - 1].kind == TokenKind::Punct {
        inner.end -= 1;
    }
    (inner.start < inner.end).then_some(inner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;
    use crate::text::tokens::tokenize;

    fn items(text: &str, chain: bool) -> Vec<String> {
        let toks = tokenize(text, Span::new(0, text.len()));
        let n = toks.len();
        let end = object_end(&toks, 0..n, &vec![false; n], chain);
        split(&toks, 0..end, &vec![false; n], &vec![false; n], chain)
            .into_iter()
            .map(|r| Span::new(toks[r.start].span.start, toks[r.end - 1].span.end).of(text).unwrap().to_string())
            .collect()
    }

    #[test]
    fn coordinated_noun_phrases_split() {
        assert_eq!(
            items("Pakistan’s unremitting efforts and tremendous sacrifices in combating terrorism, and", false),
            ["Pakistan’s unremitting efforts", "tremendous sacrifices in combating terrorism"]
        );
    }
}
