//! Stance cues: the words that say a position is taken.

use super::super::View;
use super::topics;
use crate::model::Stance;
use crate::text::classes::Classes;
use crate::text::tokens::{Token, TokenKind};
use crate::text::words::{word, word_set, WordMap, WordSet};
use crate::vocab;
use crate::vocab::grammar::{HYPOTHETICAL, NEGATION};
use crate::vocab::stance::{
    stance_verb_forms, ENDING_VERBS, FRAMING, HEARSAY_SOURCES, HEARSAY_VERBS, LIGHT_VERBS, STANCE_NOUNS, TO_GOVERNORS,
};
use once_cell::sync::Lazy;

/// How a cue takes its object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// A verb with its object after.
    Verb,
    /// An action chain: "agreed to deepen X, establish Y".
    Chain,
    /// "call on X to do Y": the topic is what X is to do.
    CallOn,
    /// A framing verb: reiterate, emphasize, maintain.
    Framing,
    /// A negated belief or agreement with a that-clause: oppose the clause.
    NegatedThat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Cue {
    pub(super) tok: usize,
    /// First token of the object.
    pub(super) obj: usize,
    pub(super) stance: Stance,
    pub(super) shape: Shape,
}

/// [`ENDING_VERBS`] as a set.
static ENDING_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(ENDING_VERBS));
/// [`NEGATION`] as a set.
static NEGATION_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(NEGATION));
/// [`HYPOTHETICAL`] as a set.
static HYPOTHETICAL_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(HYPOTHETICAL));
/// [`TO_GOVERNORS`] as a set.
static TO_GOVERNOR_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(TO_GOVERNORS));
/// Words after which a bare "support" or "back" is a verb ("will support").
static BEFORE_VERB: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new([
        "to",
        "will",
        "must",
        "should",
        "also",
        "and",
        "continue",
        "sides",
        "countries",
        "nations",
        "they",
        "we",
        "both",
        "further",
        "jointly",
        "firmly",
        "fully",
        "strongly",
    ])
});

/// The stance a verb form carries ("supports", "upheld", "advocating"),
/// with the particles that may follow it.
pub(super) fn verb_stance(t: &Token<'_>) -> Option<(Stance, &'static [&'static str])> {
    VERB_FORMS.of(t).copied()
}

/// Every inflected form of every stance verb ("supports", "condemning"), with
/// the first verb's stance and particles where forms of two verbs meet:
/// one look-up per cue word instead of a pass over the verbs. Words under
/// four letters and "backed"/"backing" (the noun sense) take no stance.
static VERB_FORMS: Lazy<WordMap<(Stance, &'static [&'static str])>> = Lazy::new(|| {
    let mut seen = std::collections::HashSet::new();
    let mut forms = Vec::new();
    for (form, stance, particles) in stance_verb_forms() {
        let form = form.to_ascii_lowercase();
        if form.len() >= 4 && form != "backed" && form != "backing" && seen.insert(form.clone()) {
            forms.push((form, (stance, particles)));
        }
    }
    WordMap::new(forms)
});

/// Nominal cues and the particle each needs ("support for").
pub(super) fn noun_stance(w: &str, next: Option<&Token<'_>>) -> Option<Stance> {
    let next = next?;
    STANCE_NOUNS
        .iter()
        .find(|(noun, particles, _)| w.eq_ignore_ascii_case(noun) && particles.iter().any(|p| next.is(p)))
        .map(|&(_, _, stance)| stance)
}

/// Quote state of every token: inside “…” or "…".
pub(super) fn quote_marks(toks: &[Token<'_>], out: &mut Vec<bool>) {
    let mut inside = false;
    out.clear();
    for (k, t) in toks.iter().enumerate() {
        match t.text {
            "“" => {
                inside = true;
                out.push(true);
            }
            "”" => {
                out.push(true);
                inside = false;
            }
            "\"" => {
                out.push(true);
                // `it," the statement reads`: a straight quote written against the word or mark
                // before it, with no quote open, closes a quotation opened in an earlier sentence.
                let closes_earlier = !inside
                    && k > 0
                    && toks[k - 1].span.end == t.span.start
                    && toks.get(k + 1).is_none_or(|n| n.span.start > t.span.end);
                inside = !inside && !closes_earlier;
            }
            _ => out.push(inside),
        }
    }
}

/// The first token of the object a verb at `i` takes through one of its
/// nouns: a noun of `nouns` among the next few words (hyphens allowed), then
/// one of `prepositions` and a word: "signed [an agreement] on …",
/// "upgraded [bilateral relations] to …". "Of understanding" may follow the
/// noun ("a memorandum of understanding on …").
fn noun_then_preposition(toks: &[Token<'_>], i: usize, nouns: &[&str], prepositions: &[&str]) -> Option<usize> {
    let noun = (i + 1..(i + 6).min(toks.len()))
        .take_while(|&k| toks[k].kind == TokenKind::Word || toks[k].text == "-")
        .find(|&k| nouns.iter().any(|n| toks[k].is(n)))?;
    let mut j = noun + 1;
    if toks.get(j).is_some_and(|x| x.is_word(word!("of")))
        && toks.get(j + 1).is_some_and(|x| x.is_word(word!("understanding")))
    {
        j += 2;
    }
    let opens = toks.get(j).is_some_and(|x| prepositions.iter().any(|p| x.is(p)))
        && toks.get(j + 1).is_some_and(|x| x.kind == TokenKind::Word);
    opens.then_some(j + 1)
}

/// Skips a time adverbial at token `k` ("on Monday", "last week", "in March")
/// so that "agreed on Monday to deepen X" finds its object.
fn skip_time(v: &View<'_>, k: usize) -> usize {
    let toks = &v.toks;
    let lead = toks.get(k).is_some_and(|t| word_set!(vocab::calendar::TIME_ADVERBIAL_LEADS).has(t));
    for start in [k, k + 1] {
        if start == k + 1 && !lead {
            break;
        }
        if let Some(d) = v.dates.iter().find(|d| v.tok_at(d.span.start) == start) {
            let mut end = v.tok_at(d.span.end);
            // "on Tuesday (Aug 19)": a bracketed gloss of the date belongs to it.
            if toks.get(end).is_some_and(|t| t.text == "(") {
                if let Some(close) = (end + 1..(end + 8).min(toks.len())).find(|&j| toks[j].text == ")") {
                    end = close + 1;
                }
            }
            return if toks.get(end).is_some_and(|t| t.text == ",") { end + 1 } else { end };
        }
    }
    k
}

static FRAMING_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(FRAMING));
pub(super) static FRAMING_OR_LIGHT: Lazy<WordSet> = Lazy::new(|| WordSet::new(FRAMING.iter().chain(LIGHT_VERBS)));
static LIGHT_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(LIGHT_VERBS));
static HEARSAY_SOURCE_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(HEARSAY_SOURCES));
static HEARSAY_VERB_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(HEARSAY_VERBS));

/// Finds the cues of a sentence in token order. Nothing after "critics say",
/// "analysts said", "reports suggested" counts: that is a claim about the
/// actors, not their position.
pub(super) fn cues(v: &View<'_>) -> Vec<Cue> {
    let toks = &v.toks;
    // Most sentences hold no stance word at all.
    if !v.classes.any_of(Classes::STANCE_CUE) {
        return Vec::new();
    }
    let hearsay = (1..toks.len()).find(|&k| {
        HEARSAY_VERB_SET.has(&toks[k]) && (k.saturating_sub(3)..k).any(|j| HEARSAY_SOURCE_SET.has(&toks[j]))
    });
    let toks = &toks[..hearsay.unwrap_or(toks.len())];
    let mut out: Vec<Cue> = Vec::new();
    // A light verb frames a noun up to a few words on, over a possessor and quoted modifiers
    // ("reaffirmed Washington's “ironclad” commitment to"), never across a comma.
    let framed = |i: usize| {
        (i.saturating_sub(8)..i)
            .rev()
            .take_while(|&k| toks[k].text != "," && !toks[k].is_word(word!("and")))
            .filter(|&k| toks[k].kind == TokenKind::Word)
            .take(4)
            .any(|k| LIGHT_SET.has(&toks[k]))
    };
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if !t.classes.any_of(Classes::STANCE_CUE) {
            i += 1;
            continue;
        }
        let lower = t.lower();
        let prev = |k: usize| i.checked_sub(k).map(|p| &toks[p]);
        // "must stop supporting", "refrain from backing": a verb that ends the stance negates it.
        let ended = prev(1).is_some_and(|p| ENDING_SET.has(p))
            || (prev(1).is_some_and(|p| p.is_word(word!("from")))
                && prev(2).is_some_and(|p| p.is_word(word!("refrain")) || p.is_word(word!("refrained"))));
        let negated = ended || (1..=3).any(|k| prev(k).is_some_and(|p| NEGATION_SET.has(p)));
        // "on May 10, calling for …": the month is no modal.
        let month_may = |k: usize| {
            prev(k).is_some_and(|p| p.text == "May") && prev(k - 1).is_some_and(|n| n.kind == TokenKind::Number)
        };
        let hypothetical = (1..=3).any(|k| prev(k).is_some_and(|p| HYPOTHETICAL_SET.has(p)) && !month_may(k));
        // "the first countries to recognize": an infinitive governed by a noun is no stance of the subject.
        // "ready to work with Russia to oppose X": the infinitive belongs to the verb before "with".
        let governed_through_with = prev(3).is_some_and(|w| w.is_word(word!("with")))
            && prev(4).is_some_and(|g| TO_GOVERNOR_SET.has(g) || topics::is_action_token(g));
        let governed_by_noun = !governed_through_with
            && prev(1).is_some_and(|p| p.is_word(word!("to")))
            && prev(2).is_some_and(|g| {
                !(g.ends_with("ed") || g.ends_with("ly") || TO_GOVERNOR_SET.has(g) || topics::is_action_token(g))
            });
        // "a force for upholding fairness": a gerund after a preposition is no stance of the subject.
        let prepositional_gerund =
            lower.ends_with("ing") && prev(1).is_some_and(|p| word_set!(vocab::grammar::GERUND_GOVERNORS).has(p));
        if t.kind != TokenKind::Word || hypothetical || governed_by_noun || prepositional_gerund {
            i += 1;
            continue;
        }
        // "zero tolerance" / "zero-tolerance" … toward X
        if t.is_word(word!("zero")) {
            let mut k = i + 1;
            while toks.get(k).is_some_and(|x| x.kind == TokenKind::Punct) {
                k += 1;
            }
            if toks.get(k).is_some_and(|x| x.is_word(word!("tolerance"))) {
                // The attitude's object follows it in the same phrase ("zero tolerance towards
                // terrorism"); after "and", a comma or another cue a new clause begins.
                let phrase_end = (k + 1..(k + 6).min(toks.len()))
                    .find(|&p| {
                        toks[p].is_word(word!("and"))
                            || toks[p].text == ","
                            || toks[p].classes.any_of(Classes::STANCE_CUE)
                    })
                    .unwrap_or((k + 6).min(toks.len()));
                if let Some(p) =
                    (k + 1..phrase_end).find(|&p| word_set!(vocab::grammar::STANCE_OBJECT_PREPOSITIONS).has(&toks[p]))
                {
                    out.push(Cue { tok: i, obj: p + 1, stance: Stance::Oppose, shape: Shape::Verb });
                    i = p + 1;
                    continue;
                }
            }
        }
        // "spoke highly of", "speaks highly of"
        if (t.is_word(word!("spoke")) || t.is_word(word!("speaks")) || t.is_word(word!("speak")))
            && toks.get(i + 1).is_some_and(|n| n.is_word(word!("highly")))
            && toks.get(i + 2).is_some_and(|n| n.is_word(word!("of")))
        {
            out.push(Cue { tok: i, obj: i + 3, stance: Stance::Commend, shape: Shape::Verb });
            i += 3;
            continue;
        }
        // "call for", "called on", "calling upon"
        if lower.starts_with("call") && lower.len() <= 7 {
            if let Some(n) = toks.get(i + 1) {
                if n.is_word(word!("for")) {
                    out.push(Cue { tok: i, obj: i + 2, stance: Stance::CallFor, shape: Shape::Verb });
                    i += 2;
                    continue;
                }
                if n.is_word(word!("on")) || n.is_word(word!("upon")) {
                    out.push(Cue { tok: i, obj: i + 2, stance: Stance::CallFor, shape: Shape::CallOn });
                    i += 2;
                    continue;
                }
            }
        }
        // A request: "asked Peru to extradite X", "requested help in …". Not "was asked to",
        // "when asked about", nor "asked to join" (the subject's own wish).
        if word_set!(vocab::stance::REQUEST_VERBS).has(t) {
            let passive = prev(1).is_some_and(|p| {
                word_set!(vocab::grammar::BE_FORMS).has(p) || p.is_word(word!("when")) || p.is_word(word!("if"))
            });
            // "a request for comment", "Peru's requests for": a noun.
            let noun = prev(1)
                .is_some_and(|p| word_set!(vocab::grammar::ARTICLES_AND_POSSESSIVES).has(p) || p.is_word(word!("s")));
            let passive = passive || noun;
            let next = toks.get(i + 1);
            if !passive && !negated && next.is_some_and(|n| n.is_word(word!("for"))) {
                out.push(Cue { tok: i, obj: i + 2, stance: Stance::CallFor, shape: Shape::Verb });
                i += 2;
                continue;
            }
            let addressee_then_to = next.is_some_and(|n| n.kind == TokenKind::Word && !n.is_word(word!("to")))
                && (i + 2..(i + 8).min(toks.len())).take_while(|&k| toks[k].text != ",").any(|k| {
                    toks[k].is_word(word!("to"))
                        && toks.get(k + 1).is_some_and(|n| n.kind == TokenKind::Word && !n.capitalized())
                });
            if !passive && !negated && addressee_then_to {
                out.push(Cue { tok: i, obj: i + 1, stance: Stance::CallFor, shape: Shape::CallOn });
                i += 1;
                continue;
            }
            i += 1;
            continue;
        }
        // "signed an agreement on visa exemption", "inked a memorandum of understanding for
        // joint patrols", "signed a pact to curb smuggling": agreement to what the text is about.
        if word_set!(vocab::stance::SIGNING_VERBS).has(t) && !negated {
            let passive = prev(1).is_some_and(|p| word_set!(vocab::grammar::BE_FORMS).has(p));
            let about = noun_then_preposition(toks, i, vocab::stance::AGREEMENT_NOUNS, &["on", "for", "to"]);
            if let (false, Some(obj)) = (passive, about) {
                out.push(Cue { tok: i, obj, stance: Stance::Agree, shape: Shape::Verb });
                i = obj;
                continue;
            }
            i += 1;
            continue;
        }
        // "upgraded bilateral relations to a Comprehensive Strategic Partnership", "elevated their
        // ties to a strategic partnership": agreement to the new framework.
        if word_set!(vocab::stance::UPGRADE_VERBS).has(t) && !negated {
            if let Some(obj) = noun_then_preposition(toks, i, vocab::stance::RELATIONSHIP_NOUNS, &["to"]) {
                out.push(Cue { tok: i, obj, stance: Stance::Agree, shape: Shape::Verb });
                i = obj;
                continue;
            }
        }
        // Agreement: "agreed to", "committed to", "pledged to", "decided to", joint "will V".
        if vocab::stance::AGREE_VERBS.contains(&&*lower)
            || ((lower == "committed"
                || lower == "commit"
                || lower == "commits"
                || vocab::stance::READINESS_WORDS.contains(&&*lower))
                && toks.get(i + 1).is_some_and(|n| n.is_word(word!("to"))))
        {
            if negated {
                if toks.get(i + 1).is_some_and(|n| n.is_word(word!("that"))) {
                    out.push(Cue { tok: i, obj: i + 2, stance: Stance::Oppose, shape: Shape::NegatedThat });
                }
                i += 1;
                continue;
            }
            let mut obj = skip_time(v, i + 1);
            let particle = toks
                .get(obj)
                .is_some_and(|n| n.is_word(word!("to")) || n.is_word(word!("on")) || n.is_word(word!("upon")));
            if particle {
                obj += 1;
            }
            // "mutually agreed modalities" is an adjective, not an agreement.
            let adjectival = prev(1).is_some_and(|p| {
                p.text.ends_with("ly") || p.is_word(word!("the")) || p.is_word(word!("a")) || p.is_word(word!("an"))
            });
            if (particle || lower.starts_with("pledge")) && !adjectival {
                out.push(Cue { tok: i, obj, stance: Stance::Agree, shape: Shape::Chain });
            }
            i = obj;
            continue;
        }
        // "The two sides said they would restore flights": a reported undertaking.
        // Only a joint subject ("they", "both sides") undertakes; "he would discuss …" is a programme.
        let reported = lower == "would"
            && (i.saturating_sub(3)..i).any(|k| word_set!(vocab::stance::UNDERTAKING_SPEECH).has(&toks[k]))
            && prev(1)
                .is_some_and(|p| p.is_word(word!("they")) || word_set!(vocab::stance::JOINT_SUBJECT_WORDS).has(p))
            && !toks.get(i + 1).is_some_and(|n| word_set!(vocab::stance::PROGRAMME_VERBS).has(n));
        // "a partnership that will serve both": "will" in a relative clause qualifies a noun.
        let relative = prev(1).is_some_and(|p| word_set!(vocab::grammar::RELATIVE_PRONOUNS).has(p));
        if (lower == "will" || reported)
            && !relative
            && !toks
                .get(i + 1)
                .is_some_and(|n| n.is_word(word!("be")) || n.is_word(word!("have")) || n.is_word(word!("not")))
            && toks.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word)
        {
            out.push(Cue { tok: i, obj: i + 1, stance: Stance::Agree, shape: Shape::Chain });
            i += 1;
            continue;
        }
        // "never believed that X": oppose X.
        if negated
            && (lower.starts_with("believ") || lower == "accept" || lower == "accepted")
            && toks.get(i + 1).is_some_and(|n| n.is_word(word!("that")))
        {
            out.push(Cue { tok: i, obj: i + 2, stance: Stance::Oppose, shape: Shape::NegatedThat });
            i += 2;
            continue;
        }
        // Nominal cues after a light verb, or after "its"/"their" once a framing verb was seen.
        if let Some(stance) = noun_stance(&lower, toks.get(i + 1)) {
            let possessive_after_framing = prev(1)
                .is_some_and(|p| p.is_word(word!("its")) || p.is_word(word!("their")))
                && toks[..i].iter().any(|x| FRAMING_OR_LIGHT.has(x));
            if (framed(i) || possessive_after_framing) && !negated {
                // "commitment to strengthening X" agrees to act; "commitment to the one-China principle" supports it.
                let to_noun_phrase = toks
                    .get(i + 2)
                    .is_some_and(|n| n.is_word(word!("the")) || n.capitalized() || n.kind != TokenKind::Word);
                let stance = if stance == Stance::Agree && to_noun_phrase { Stance::Support } else { stance };
                let shape = if stance == Stance::Agree { Shape::Chain } else { Shape::Verb };
                out.push(Cue { tok: i, obj: i + 2, stance, shape });
                i += 2;
                continue;
            }
        }
        // Verb cues; a noun use ("firm support for" without a light verb) is skipped.
        if let Some((stance, particles)) = verb_stance(t) {
            // A bare "support"/"back" is a verb only after a subject, modal, "to", "and" or an adverb.
            let bare = lower == "support" || lower == "back";
            // "…, support each other in X": an object right after makes it a verb.
            // ("take back the refugees" is a phrasal verb: only "support" reads so.)
            // So does a country or "both" as its object: "…, support Chile in X", "support both sides".
            let object_follows = lower == "support"
                && (toks.get(i + 1).is_some_and(|n| {
                    n.is_word(word!("each"))
                        || n.is_word(word!("both"))
                        || word_set!(vocab::grammar::ARTICLES_AND_POSSESSIVES).has(n)
                }) || v.countries.iter().any(|c| c.tok == i + 1 && !c.demonym));
            let verb_context = object_follows
                || prev(1).is_some_and(|p| {
                    p.ends_with("ly")
                        || p.kind != TokenKind::Word && p.text != ","
                        || BEFORE_VERB.has(p)
                        || p.capitalized()
                });
            let determiner = |p: &Token<'_>| word_set!(vocab::grammar::ARTICLES_AND_POSSESSIVES).has(p);
            // "the US support", "its Chinese backing": a determiner and a name before a bare verb make it a noun.
            let named_noun = bare && prev(1).is_some_and(|p| p.capitalized()) && prev(2).is_some_and(determiner);
            // "Saudi firms are welcome to join": an adjective after a form of "be".
            let adjective = lower == "welcome" && prev(1).is_some_and(|p| word_set!(vocab::grammar::BE_FORMS).has(p));
            let noun_use = prev(1).is_some_and(determiner) || (bare && !verb_context) || named_noun || adjective;
            if !noun_use && !negated {
                let mut obj = skip_time(v, i + 1);
                if toks.get(obj).is_some_and(|n| particles.iter().any(|p| n.is(p))) {
                    obj += 1;
                }
                // "urged Myanmar to take back …": an addressee and what it is to do.
                let addressed = stance == Stance::CallFor
                    && (obj..(obj + 6).min(toks.len())).any(|k| {
                        toks[k].is_word(word!("to"))
                            && toks.get(k + 1).is_some_and(|n| n.kind == TokenKind::Word && !n.capitalized())
                    });
                let shape = if addressed { Shape::CallOn } else { Shape::Verb };
                out.push(Cue { tok: i, obj, stance, shape });
                i = obj;
                continue;
            }
        }
        if FRAMING_SET.has(t) && !negated {
            let mut obj = i + 1;
            if toks.get(obj).is_some_and(|n| n.is_word(word!("out"))) {
                obj += 1;
            }
            out.push(Cue { tok: i, obj, stance: Stance::Support, shape: Shape::Framing });
        }
        i += 1;
    }
    // A framing verb right before another cue ("reiterated firm support for") only frames it.
    let mut kept: Vec<Cue> = Vec::with_capacity(out.len());
    for (k, c) in out.iter().enumerate() {
        // So does a light verb before a nominal cue: "pledged continued support for X".
        let light = c.shape == Shape::Chain && LIGHT_SET.has(&toks[c.tok]);
        let frames_next = (c.shape == Shape::Framing || light)
            && out.get(k + 1).is_some_and(|n| {
                n.tok <= c.obj + 7 && !(c.obj..n.tok).any(|j| toks[j].text == "," || toks[j].is_word(word!("and")))
            });
        if !frames_next {
            kept.push(*c);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;
    use crate::text::tokens::tokenize;
    use crate::vocab::stance::{OTHER_CUE_WORDS, STANCE_VERBS};

    /// The token of a one-word text.
    fn classes_of(word: &str) -> Classes {
        let toks = tokenize(word, Span::new(0, word.len()));
        assert_eq!(toks.len(), 1, "{word} is one token");
        toks[0].classes
    }

    #[test]
    fn every_cue_word_the_grammar_maps_is_marked_by_the_tokenizer() {
        // The grammar reads only tokens marked STANCE_CUE: a cue word without the class is dropped silently.
        let mut words: Vec<String> = stance_verb_forms().map(|(form, _, _)| form).collect();
        words.extend(STANCE_NOUNS.iter().map(|(w, _, _)| w.to_string()));
        words.extend(
            FRAMING
                .iter()
                .chain(OTHER_CUE_WORDS)
                .chain(vocab::stance::AGREE_VERBS)
                .chain(vocab::stance::READINESS_WORDS)
                .chain(vocab::stance::REQUEST_VERBS)
                .map(|w| w.to_string()),
        );
        for w in &words {
            for written in [w.clone(), w.to_ascii_uppercase()] {
                assert!(classes_of(&written).any_of(Classes::STANCE_CUE), "{written} lacks STANCE_CUE");
            }
        }
        assert!(words.len() > STANCE_VERBS.len() * 5);
    }

    #[test]
    fn every_stance_noun_takes_its_stance_after_each_particle() {
        for &(noun, particles, stance) in STANCE_NOUNS {
            for p in particles {
                let text = format!("{noun} {p}");
                let toks = tokenize(&text, Span::new(0, text.len()));
                assert_eq!(noun_stance(noun, toks.get(1)), Some(stance), "{text}");
            }
            let text = format!("{noun} because");
            let toks = tokenize(&text, Span::new(0, text.len()));
            assert_eq!(noun_stance(noun, toks.get(1)), None, "{text}");
        }
    }
}
