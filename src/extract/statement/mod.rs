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

pub mod topics;

use super::{sorted, Analysis, CountryRef, View};
use crate::lexicon::EntryKind;
use crate::model::{Dialogue, Person, Span, Stance, Statement};
use crate::text::tokens::{Token, TokenKind};
use crate::Country;
use std::collections::HashSet;
use topics::Range;

/// How a cue takes its object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
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
struct Cue {
    tok: usize,
    /// First token of the object.
    obj: usize,
    stance: Stance,
    shape: Shape,
}

/// Words that frame a stance without one of their own.
const FRAMING: &[&str] = &[
    "reiterate",
    "reiterated",
    "reiterates",
    "reiterating",
    "reaffirm",
    "reaffirmed",
    "reaffirms",
    "reaffirming",
    "emphasize",
    "emphasized",
    "emphasizes",
    "emphasise",
    "emphasised",
    "emphasises",
    "stress",
    "stressed",
    "stresses",
    "underline",
    "underlined",
    "underlines",
    "underscored",
    "highlighted",
    "maintained",
    "maintains",
    "said",
    "says",
    "stated",
    "noted",
    "added",
    "insisted",
    "pointed",
    "stressing",
    "emphasizing",
    "emphasising",
    "underlining",
    "noting",
    "saying",
    "highlighting",
];
/// Words before "to" that make the verb after it a stance of the subject
/// ("agreed to uphold", "hope to call on"), unlike "the first countries to recognize".
const TO_GOVERNORS: &[&str] = &[
    "hope",
    "hopes",
    "hoped",
    "want",
    "wants",
    "wish",
    "seek",
    "seeks",
    "continue",
    "continues",
    "continued",
    "ready",
    "willing",
    "need",
    "needs",
    "will",
    "agree",
    "must",
    "going",
    "able",
    "try",
    "strive",
    "work",
    "pledge",
    "vow",
    "decide",
    "commit",
    "aim",
    "aims",
    "intend",
    "intends",
    "plan",
    "plans",
    "resolve",
    "determined",
    "committed",
];
/// Verbs after which a nominal stance counts ("expressed concern over").
const LIGHT: &[&str] = &[
    "expressed",
    "express",
    "expresses",
    "voiced",
    "conveyed",
    "extended",
    "offered",
    "pledged",
    "showed",
    "reiterated",
    "reaffirmed",
    "reiterating",
    "reaffirming",
    "emphasized",
    "stressed",
];
const NEGATION: &[&str] = &["not", "never", "nor", "n't", "no", "neither"];
const HYPOTHETICAL: &[&str] = &["could", "might", "would", "may", "if"];
/// Collective subjects that mean the document's parties.
const COLLECTIVE: &[&[&str]] = &[
    &["both", "sides"],
    &["the", "two", "sides"],
    &["both", "countries"],
    &["the", "two", "countries"],
    &["both", "nations"],
    &["the", "two", "nations"],
    &["both", "governments"],
    &["the", "two", "governments"],
    &["both", "parties"],
    &["the", "two", "parties"],
    &["the", "two", "militaries"],
    &["the", "dialogue"],
    &["the", "joint", "statement"],
    &["the", "joint", "communiqué"],
    &["the", "two", "leaders"],
    &["the", "two", "ministers"],
];
/// Nouns that make a demonym a subject: "the Chinese side", "Pakistani officials".
const DEMONYM_HEADS: &[&str] =
    &["side", "officials", "government", "leaders", "delegation", "authorities", "leadership", "military", "army"];

/// Verb stems of each stance, with the particles that may follow them.
const STANCE_VERBS: &[(&str, Stance, &[&str])] = &[
    ("support", Stance::Support, &["for", "to"]),
    ("endorse", Stance::Support, &[]),
    ("uphold", Stance::Support, &[]),
    ("upheld", Stance::Support, &[]),
    ("adhere", Stance::Support, &["to"]),
    ("recognize", Stance::Support, &[]),
    ("recognise", Stance::Support, &[]),
    ("back", Stance::Support, &[]),
    ("oppose", Stance::Oppose, &["to"]),
    ("reject", Stance::Oppose, &[]),
    ("resist", Stance::Oppose, &[]),
    ("urge", Stance::CallFor, &[]),
    ("demand", Stance::CallFor, &[]),
    ("advocate", Stance::CallFor, &["for"]),
    ("appeal", Stance::CallFor, &["for", "to"]),
    ("commend", Stance::Commend, &["for"]),
    ("appreciate", Stance::Commend, &[]),
    ("praise", Stance::Commend, &["for"]),
    ("acknowledge", Stance::Commend, &[]),
    ("welcome", Stance::Commend, &[]),
    ("hail", Stance::Commend, &[]),
    ("condemn", Stance::Condemn, &[]),
    ("denounce", Stance::Condemn, &[]),
];

/// The stance a verb form carries ("supports", "upheld", "advocating"),
/// with the particles that may follow it.
fn verb_stance(w: &str) -> Option<(Stance, &'static [&'static str])> {
    let w = w.to_ascii_lowercase();
    STANCE_VERBS.iter().find_map(|&(stem, stance, particles)| {
        let base = stem.strip_suffix('e').unwrap_or(stem);
        let forms_ok = w == stem
            || ["s", "ed", "ing", "d"].iter().any(|suf| w == format!("{stem}{suf}") || w == format!("{base}{suf}"));
        (forms_ok && !matches!(w.as_str(), "backed" | "backing")).then_some((stance, particles))
    })
}

/// Nominal cues and the particle each needs ("support for").
fn noun_stance(w: &str, next: Option<&Token<'_>>) -> Option<Stance> {
    let w = w.to_ascii_lowercase();
    let next = next?;
    let p = |ps: &[&str]| ps.iter().any(|x| next.is(x));
    match w.as_str() {
        "support" | "backing" if p(&["for", "to"]) => Some(Stance::Support),
        "adherence" if p(&["to"]) => Some(Stance::Support),
        "opposition" if p(&["to"]) => Some(Stance::Oppose),
        "commitment" | "willingness" | "readiness" | "determination" if p(&["to"]) => Some(Stance::Agree),
        "appreciation" | "gratitude" if p(&["for", "of", "to"]) => Some(Stance::Commend),
        "satisfaction" if p(&["over", "with", "at"]) => Some(Stance::Commend),
        "concern" | "concerns" if p(&["over", "about", "at", "regarding"]) => Some(Stance::Concern),
        _ => None,
    }
}

/// Quote state of every token: inside “…” or "…".
fn quote_marks(toks: &[Token<'_>]) -> Vec<bool> {
    let mut inside = false;
    let mut out = Vec::with_capacity(toks.len());
    for t in toks {
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
                inside = !inside;
            }
            _ => out.push(inside),
        }
    }
    out
}

/// Finds the cues of a sentence in token order.
fn cues(v: &View<'_>) -> Vec<Cue> {
    let toks = &v.toks;
    let mut out: Vec<Cue> = Vec::new();
    let framed = |i: usize| (i.saturating_sub(4)..i).any(|k| LIGHT.iter().any(|l| toks[k].is(l)));
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let lower = t.text.to_ascii_lowercase();
        let prev = |k: usize| i.checked_sub(k).map(|p| &toks[p]);
        let negated = (1..=3).any(|k| prev(k).is_some_and(|p| NEGATION.iter().any(|n| p.is(n))));
        let hypothetical = (1..=3).any(|k| prev(k).is_some_and(|p| HYPOTHETICAL.iter().any(|n| p.is(n))));
        // "the first countries to recognize": an infinitive governed by a noun is no stance of the subject.
        let governed_by_noun = prev(1).is_some_and(|p| p.is("to"))
            && prev(2).is_some_and(|g| {
                let w = g.text.to_ascii_lowercase();
                !(w.ends_with("ed")
                    || w.ends_with("ly")
                    || TO_GOVERNORS.contains(&w.as_str())
                    || topics::is_action_verb(&w))
            });
        // "a force for upholding fairness": a gerund after a preposition is no stance of the subject.
        let prepositional_gerund = lower.ends_with("ing")
            && prev(1).is_some_and(|p| ["for", "of", "in", "by", "on", "about"].iter().any(|x| p.is(x)));
        if t.kind != TokenKind::Word || hypothetical || governed_by_noun || prepositional_gerund {
            i += 1;
            continue;
        }
        // "zero tolerance" / "zero-tolerance" … toward X
        if t.is("zero") {
            let mut k = i + 1;
            while toks.get(k).is_some_and(|x| x.kind == TokenKind::Punct) {
                k += 1;
            }
            if toks.get(k).is_some_and(|x| x.is("tolerance")) {
                if let Some(p) = (k + 1..(k + 6).min(toks.len()))
                    .find(|&p| ["toward", "towards", "to", "against", "on", "for"].iter().any(|w| toks[p].is(w)))
                {
                    out.push(Cue { tok: i, obj: p + 1, stance: Stance::Oppose, shape: Shape::Verb });
                    i = p + 1;
                    continue;
                }
            }
        }
        // "spoke highly of", "speaks highly of"
        if (t.is("spoke") || t.is("speaks") || t.is("speak"))
            && toks.get(i + 1).is_some_and(|n| n.is("highly"))
            && toks.get(i + 2).is_some_and(|n| n.is("of"))
        {
            out.push(Cue { tok: i, obj: i + 3, stance: Stance::Commend, shape: Shape::Verb });
            i += 3;
            continue;
        }
        // "call for", "called on", "calling upon"
        if lower.starts_with("call") && lower.len() <= 7 {
            if let Some(n) = toks.get(i + 1) {
                if n.is("for") {
                    out.push(Cue { tok: i, obj: i + 2, stance: Stance::CallFor, shape: Shape::Verb });
                    i += 2;
                    continue;
                }
                if n.is("on") || n.is("upon") {
                    out.push(Cue { tok: i, obj: i + 2, stance: Stance::CallFor, shape: Shape::CallOn });
                    i += 2;
                    continue;
                }
            }
        }
        // Agreement: "agreed to", "committed to", "pledged to", "decided to", joint "will V".
        if ["agree", "agreed", "agrees", "pledge", "pledged", "pledges", "decided", "vowed", "resolved"]
            .contains(&lower.as_str())
            || ((lower == "committed" || lower == "commit" || lower == "commits")
                && toks.get(i + 1).is_some_and(|n| n.is("to")))
        {
            if negated {
                if toks.get(i + 1).is_some_and(|n| n.is("that")) {
                    out.push(Cue { tok: i, obj: i + 2, stance: Stance::Oppose, shape: Shape::NegatedThat });
                }
                i += 1;
                continue;
            }
            let mut obj = i + 1;
            let particle = toks.get(obj).is_some_and(|n| n.is("to") || n.is("on") || n.is("upon"));
            if particle {
                obj += 1;
            }
            // "mutually agreed modalities" is an adjective, not an agreement.
            let adjectival = prev(1).is_some_and(|p| p.text.ends_with("ly") || p.is("the") || p.is("a") || p.is("an"));
            if (particle || lower.starts_with("pledge")) && !adjectival {
                out.push(Cue { tok: i, obj, stance: Stance::Agree, shape: Shape::Chain });
            }
            i = obj;
            continue;
        }
        if lower == "will"
            && !toks.get(i + 1).is_some_and(|n| n.is("be") || n.is("have") || n.is("not"))
            && toks.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word)
        {
            out.push(Cue { tok: i, obj: i + 1, stance: Stance::Agree, shape: Shape::Chain });
            i += 1;
            continue;
        }
        // "never believed that X": oppose X.
        if negated
            && (lower.starts_with("believ") || lower == "accept" || lower == "accepted")
            && toks.get(i + 1).is_some_and(|n| n.is("that"))
        {
            out.push(Cue { tok: i, obj: i + 2, stance: Stance::Oppose, shape: Shape::NegatedThat });
            i += 2;
            continue;
        }
        // Nominal cues after a light verb, or after "its"/"their" once a framing verb was seen.
        if let Some(stance) = noun_stance(&lower, toks.get(i + 1)) {
            let possessive_after_framing = prev(1).is_some_and(|p| p.is("its") || p.is("their"))
                && toks[..i].iter().any(|x| FRAMING.iter().chain(LIGHT).any(|f| x.is(f)));
            if (framed(i) || possessive_after_framing) && !negated {
                let shape = if stance == Stance::Agree { Shape::Chain } else { Shape::Verb };
                out.push(Cue { tok: i, obj: i + 2, stance, shape });
                i += 2;
                continue;
            }
        }
        // Verb cues; a noun use ("firm support for" without a light verb) is skipped.
        if let Some((stance, particles)) = verb_stance(&lower) {
            // A bare "support"/"back" is a verb only after a subject, modal, "to", "and" or an adverb.
            let bare = lower == "support" || lower == "back";
            let verb_context = prev(1).is_some_and(|p| {
                let w = p.text.to_ascii_lowercase();
                w.ends_with("ly")
                    || p.kind != TokenKind::Word && p.text != ","
                    || [
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
                    ]
                    .contains(&w.as_str())
                    || p.capitalized()
            });
            let noun_use = prev(1)
                .is_some_and(|p| ["its", "their", "his", "her", "the", "a", "an"].iter().any(|d| p.is(d)))
                || (bare && !verb_context);
            if !noun_use && !negated {
                let mut obj = i + 1;
                if toks.get(obj).is_some_and(|n| particles.iter().any(|p| n.is(p))) {
                    obj += 1;
                }
                // "urged Myanmar to take back …": an addressee and what it is to do.
                let addressed = stance == Stance::CallFor
                    && (obj..(obj + 6).min(toks.len())).any(|k| {
                        toks[k].is("to")
                            && toks.get(k + 1).is_some_and(|n| n.kind == TokenKind::Word && !n.capitalized())
                    });
                let shape = if addressed { Shape::CallOn } else { Shape::Verb };
                out.push(Cue { tok: i, obj, stance, shape });
                i = obj;
                continue;
            }
        }
        if FRAMING.iter().any(|f| t.is(f)) && !negated {
            let mut obj = i + 1;
            if toks.get(obj).is_some_and(|n| n.is("out")) {
                obj += 1;
            }
            out.push(Cue { tok: i, obj, stance: Stance::Support, shape: Shape::Framing });
        }
        i += 1;
    }
    // A framing verb right before another cue ("reiterated firm support for") only frames it.
    let mut kept: Vec<Cue> = Vec::with_capacity(out.len());
    for (k, c) in out.iter().enumerate() {
        let frames_next = c.shape == Shape::Framing
            && out.get(k + 1).is_some_and(|n| {
                n.tok <= c.obj + 4 && !(c.obj..n.tok).any(|j| toks[j].text == "," || toks[j].is("and"))
            });
        if !frames_next {
            kept.push(*c);
        }
    }
    kept
}

/// One actor found before a cue.
#[derive(Debug, Clone)]
struct Actors {
    countries: Vec<Country>,
    speaker: Option<Person>,
}

/// Extracts the statements of a document.
pub fn extract(a: &Analysis<'_>, views: &[View<'_>], dialogues: &[Dialogue]) -> Vec<Statement> {
    let parties = document_parties(a, views, dialogues);
    let mut out: Vec<Statement> = Vec::new();
    let mut seen: HashSet<(Vec<Country>, Stance, String)> = HashSet::new();
    let mut previous: Option<Actors> = None;
    for v in views {
        if v.sentence.heading || v.sentence.caption || authorial(v) {
            continue;
        }
        let quoted = quote_marks(&v.toks);
        let speech = speech_marks(&quoted);
        let protected = protected_tokens(a, v);
        let countries = a.countries(v);
        let cues = cues(v);
        let quote_speaker = quote_speaker(v, &speech);
        let mut carried: Option<Actors> = None;
        for (ci, cue) in cues.iter().enumerate() {
            let window_start = if ci == 0 { 0 } else { cues[ci - 1].obj };
            let actors = subject(a, v, &countries, &parties, window_start, cue.tok, &quoted, previous.as_ref())
                .or_else(|| carried.clone());
            let Some(mut actors) = actors else { continue };
            if speech[cue.tok] && actors.speaker.is_none() {
                actors.speaker = quote_speaker.clone();
            }
            carried = Some(actors.clone());
            // "will" is a joint undertaking only when several parties say it.
            let collective = v.toks[window_start..cue.tok].iter().any(|t| t.is("sides") || t.is("parties"));
            if v.toks[cue.tok].is("will") && !(actors.countries.len() >= 2 && collective) {
                continue;
            }
            let end = object_end(a, v, &countries, &cues, ci, &speech);
            let mut stance = cue.stance;
            for (topic_range, target) in objects(v, &countries, cue, end, &quoted, &protected, &mut stance) {
                let text = Span::new(v.toks[topic_range.start].span.start, v.toks[topic_range.end - 1].span.end);
                let topic = text.of(a.text).unwrap_or("").to_string();
                if topic.is_empty() || topic.split_whitespace().count() > 25 {
                    continue;
                }
                let quote = if speech[cue.tok] {
                    quote_text(a, v, &speech, cue.tok)
                } else {
                    (topic_range.start..topic_range.end)
                        .find(|&k| quoted[k])
                        .and_then(|k| quote_text(a, v, &quoted, k + 1))
                };
                push(
                    &mut out,
                    &mut seen,
                    Statement {
                        actors: actors.countries.clone(),
                        speaker: actors.speaker.clone(),
                        stance,
                        topics: vec![topic],
                        target,
                        quote,
                        cameo: Some(stance.cameo_root().to_string()),
                        evidence: vec![v.sentence.span],
                    },
                );
            }
        }
        if let Some(c) = carried {
            previous = Some(c);
        }
    }
    out
}

/// Adds a statement unless the same actors already took the same stance on the same topic.
fn push(out: &mut Vec<Statement>, seen: &mut HashSet<(Vec<Country>, Stance, String)>, s: Statement) {
    let key = (s.actors.clone(), s.stance, s.topics.first().map(|t| t.to_lowercase()).unwrap_or_default());
    if seen.insert(key) {
        out.push(s);
    }
}

/// The author's own voice: first person outside quotes, "It must be acknowledged".
fn authorial(v: &View<'_>) -> bool {
    let quoted = quote_marks(&v.toks);
    let first_person = v.toks.iter().zip(&quoted).any(|(t, q)| !q && (t.text == "I" || t.is("my") || t.is("me")));
    let impersonal = v.toks.first().is_some_and(|t| t.is("it"))
        && v.toks.get(1).is_some_and(|t| t.is("must") || t.is("should") || t.is("is"));
    first_person || impersonal
}

/// Tokens inside lexicon names: never split there.
fn protected_tokens(a: &Analysis<'_>, v: &View<'_>) -> Vec<bool> {
    let mut out = vec![false; v.toks.len()];
    for h in v.hits {
        if a.entry(h).kind == EntryKind::Title {
            continue;
        }
        for p in out.iter_mut().take(v.tok_at(h.span.end)).skip(v.tok_at(h.span.start)) {
            *p = true;
        }
    }
    out
}

/// The parties "both sides" means: the document's main dialogue, else its two most named countries.
fn document_parties(a: &Analysis<'_>, views: &[View<'_>], dialogues: &[Dialogue]) -> Vec<Country> {
    if let Some(d) = dialogues.iter().find(|d| d.parties.len() == 2) {
        return d.parties.clone();
    }
    let mut counts: Vec<(Country, usize)> = Vec::new();
    for v in views {
        for c in a.countries(v) {
            match counts.iter_mut().find(|(k, _)| *k == c.country) {
                Some((_, n)) => *n += 1,
                None => counts.push((c.country, 1)),
            }
        }
    }
    counts.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    sorted(counts.into_iter().take(2).map(|(c, _)| c).collect())
}

/// Tokens inside quotes of five or more tokens: speech, not scare quotes.
fn speech_marks(quoted: &[bool]) -> Vec<bool> {
    let mut out = vec![false; quoted.len()];
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
    out
}

/// The speaker of a direct quote: `“…,” X said` or `X said: “…”`.
fn quote_speaker(v: &View<'_>, quoted: &[bool]) -> Option<Person> {
    if !quoted.iter().any(|&q| q) {
        return None;
    }
    v.people.iter().find(|(s, _)| !quoted[v.tok_at(s.start).min(quoted.len() - 1)]).map(|(_, p)| (*p).clone())
}

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
    let text = span.of(a.text)?.trim_matches(|c: char| matches!(c, '“' | '”' | '"')).trim_end_matches([',', ' ']);
    (!text.is_empty()).then(|| text.to_string())
}

/// The subject of a cue: the last actor group in `from..cue` that is not
/// the object of a preposition.
#[allow(clippy::too_many_arguments)]
fn subject(
    a: &Analysis<'_>,
    v: &View<'_>,
    countries: &[CountryRef],
    parties: &[Country],
    from: usize,
    cue: usize,
    quoted: &[bool],
    previous: Option<&Actors>,
) -> Option<Actors> {
    let toks = &v.toks;
    let object_of = |t: usize| {
        t > 0
            && [
                "for",
                "of",
                "on",
                "to",
                "in",
                "from",
                "by",
                "toward",
                "towards",
                "against",
                "between",
                "among",
                "into",
                "at",
                "about",
                "over",
                "regarding",
                "amid",
                "across",
                "beyond",
                "after",
                "before",
                "during",
                "since",
                "following",
                "under",
                "within",
                "through",
                "like",
                "than",
            ]
            .iter()
            .any(|p| toks[t - 1].is(p))
    };
    // Candidates: (start token, end token, countries, speaker).
    let mut found: Vec<(usize, usize, Vec<Country>, Option<Person>)> = Vec::new();
    for (s, p) in &v.people {
        let t = v.tok_at(s.start);
        if t >= from && t < cue && !object_of(t) {
            found.push((t, v.tok_at(s.end), p.country.into_iter().collect(), Some((*p).clone())));
        }
    }
    for c in countries {
        if c.tok < from || c.tok >= cue || object_of(c.tok) || found.iter().any(|f| c.tok >= f.0 && c.tok < f.1) {
            continue;
        }
        let possessive = toks.get(c.end).is_some_and(|t| matches!(t.text, "'" | "’"))
            && toks.get(c.end + 1).is_some_and(|t| t.is("s"));
        if c.demonym {
            let head = toks.get(c.end).is_some_and(|t| DEMONYM_HEADS.iter().any(|h| t.is(h)));
            if !head {
                continue;
            }
        } else if possessive {
            // "Pakistan's foreign minister said" is Pakistan; "China's positions" mid-object is not.
            let next_is_cue = c.end + 2 < toks.len() && c.end + 4 >= cue;
            if !next_is_cue {
                continue;
            }
        }
        found.push((c.tok, c.end, vec![c.country], None));
    }
    for (h, e) in a.hits_of(v, EntryKind::Organization) {
        let t = v.tok_at(h.span.start);
        if t >= from && t < cue && !object_of(t) && e.country.is_some() && e.first("type") != Some("mechanism") {
            found.push((t, v.tok_at(h.span.end), e.country.into_iter().collect(), None));
        }
    }
    for k in from..cue {
        if object_of(k) {
            continue;
        }
        if COLLECTIVE
            .iter()
            .any(|words| words.iter().enumerate().all(|(j, w)| toks.get(k + j).is_some_and(|t| t.is(w))))
        {
            found.push((k, k + 2, parties.to_vec(), None));
        }
        if (toks[k].is("they") || (toks[k].is("we") && quoted[k])) && !parties.is_empty() {
            let who = if toks[k].is("we") {
                Vec::new()
            } else {
                previous.map(|p| p.countries.clone()).unwrap_or_else(|| parties.to_vec())
            };
            found.push((k, k + 1, who, None));
        }
    }
    found.sort_by_key(|f| f.0);
    let last = found.last()?.clone();
    // Join the group coordinated with the last one: "China and Pakistan", "China, Bangladesh, and Pakistan".
    let mut countries_out = last.2.clone();
    let mut speaker = last.3.clone();
    let mut start = last.0;
    for f in found.iter().rev().skip(1) {
        let between = &toks[f.1..start];
        let joins = !between.is_empty() && between.iter().all(|t| t.is("and") || t.text == "," || t.is("both"));
        if !joins {
            break;
        }
        countries_out.extend(f.2.iter().copied());
        if speaker.is_none() {
            speaker = f.3.clone();
        }
        start = f.0;
    }
    // Nothing may stand between the group and the cue but adverbs, auxiliaries and framing.
    let gap = &toks[last.1..cue];
    if gap.iter().any(|t| t.text == "." || t.text == ";") {
        return None;
    }
    if toks[last.0].is("we") && countries_out.is_empty() {
        // "we" inside a quote is the speaker's country.
        countries_out = speaker.as_ref().and_then(|p| p.country).into_iter().collect();
    }
    let countries_out = sorted(countries_out);
    if countries_out.is_empty() {
        return None;
    }
    Some(Actors { countries: countries_out, speaker })
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
        if (t.text == ";" || t.is("while") || t.is("whereas") || (t.is("but") && !speech[k])) && k > start {
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

/// Where the subject of a cue at `cue` begins (or `cue` when it has none
/// of its own): "…, and both sides called", "…, while China reaffirmed".
fn subject_start(a: &Analysis<'_>, v: &View<'_>, countries: &[CountryRef], lo: usize, cue: usize) -> usize {
    let toks = &v.toks;
    let mut end = cue;
    while end > lo && {
        let t = &toks[end - 1];
        let w = t.text.to_ascii_lowercase();
        (w.ends_with("ly") && w.len() > 3)
            || LIGHT.contains(&w.as_str())
            || FRAMING.contains(&w.as_str())
            || [
                "also", "have", "has", "had", "are", "is", "was", "were", "jointly", "further", "its", "their", "firm",
                "full", "strong",
            ]
            .contains(&w.as_str())
    } {
        end -= 1;
    }
    let ends_at = |e: usize| -> Option<usize> {
        if let Some(words) =
            COLLECTIVE.iter().find(|w| e >= w.len() && w.iter().enumerate().all(|(j, x)| toks[e - w.len() + j].is(x)))
        {
            return Some(e - words.len());
        }
        if e > 0 && (toks[e - 1].is("they") || toks[e - 1].is("we")) {
            return Some(e - 1);
        }
        if let Some((s, _)) = v.people.iter().find(|(s, _)| v.tok_at(s.end) == e) {
            return Some(v.tok_at(s.start));
        }
        if let Some(c) = countries.iter().find(|c| c.end == e && !c.demonym) {
            return Some(c.tok);
        }
        if e > 0 && DEMONYM_HEADS.iter().any(|h| toks[e - 1].is(h)) {
            if let Some(c) = countries.iter().find(|c| c.end + 1 == e && c.demonym) {
                return Some(if c.tok > 0 && toks[c.tok - 1].is("the") { c.tok - 1 } else { c.tok });
            }
        }
        a.hits_of(v, EntryKind::Organization)
            .find(|(h, e2)| v.tok_at(h.span.end) == e && e2.country.is_some())
            .map(|(h, _)| v.tok_at(h.span.start))
    };
    let Some(mut start) = ends_at(end) else { return end };
    // Coordinated subjects: "China and Pakistan", "Both China and Pakistan".
    while start >= 2 && (toks[start - 1].is("and") || toks[start - 1].text == ",") {
        match ends_at(start - 1) {
            Some(s) if s >= lo => start = s,
            _ => break,
        }
    }
    if start > lo && (toks[start - 1].is("both") || toks[start - 1].is("the")) {
        start -= 1;
    }
    start.max(lo)
}

/// The topics of a cue's object, each with the target it names.
#[allow(clippy::too_many_arguments)]
fn objects(
    v: &View<'_>,
    countries: &[CountryRef],
    cue: &Cue,
    end: usize,
    quoted: &[bool],
    protected: &[bool],
    stance: &mut Stance,
) -> Vec<(Range, Option<Country>)> {
    let toks = &v.toks;
    let mut start = cue.obj;
    if start >= end {
        return Vec::new();
    }
    let mut stance_target = None;
    match cue.shape {
        Shape::Framing => {
            // "the need to X" calls for X; "the importance of X" supports X; "that X should …" calls for X.
            if toks.get(start).is_some_and(|t| t.is("that")) {
                let clause = start + 1;
                let modal = (clause..end).find(|&k| ["should", "must", "ought"].iter().any(|m| toks[k].is(m)));
                let Some(modal) = modal else { return Vec::new() };
                let mut r = clause..modal;
                // "they should …" after "Regarding X," refers to X.
                if r.len() == 1 && toks[r.start].is("they") {
                    if let Some(topic) = fronted_topic(v) {
                        r = topic;
                    }
                }
                let r = topics::clean(toks, topics::cut(toks, r, quoted), false);
                *stance = Stance::CallFor;
                return if r.start < r.end { vec![(r, None)] } else { Vec::new() };
            }
            let need = (start..end.min(start + 3))
                .find(|&k| toks[k].is("need") || toks[k].is("importance") || toks[k].is("necessity"));
            if let Some(k) = need {
                *stance = if toks[k].is("importance") { Stance::Support } else { Stance::CallFor };
                start = k + 1;
                if toks.get(start).is_some_and(|t| t.is("to") || t.is("of") || t.is("for")) {
                    start += 1;
                }
                // "the need to maintain X" is an action; "the importance of resolving X" a noun phrase.
                let action = !toks[k].is("importance");
                return items(v, countries, start, end, action, quoted, protected, &mut stance_target);
            }
            let reaffirm = toks[cue.tok].text.to_ascii_lowercase();
            if !(reaffirm.starts_with("reaffirm")
                || reaffirm.starts_with("reiterat")
                || reaffirm.starts_with("emphasi")
                || reaffirm.starts_with("stress"))
            {
                return Vec::new();
            }
            // A plain noun phrase: reaffirming it supports it; a verb or clause is left alone.
            if toks.get(start).is_some_and(|t| t.is("that") || t.kind != TokenKind::Word) {
                return Vec::new();
            }
        }
        Shape::NegatedThat => {
            // The clause itself is the topic, words as written.
            let mut stop = (start..end).find(|&k| toks[k].text == "," || toks[k].text == ".").unwrap_or(end);
            while stop > start && toks[stop - 1].kind == TokenKind::Punct {
                stop -= 1;
            }
            let r = start..stop;
            return if r.start < r.end { vec![(r, None)] } else { Vec::new() };
        }
        Shape::CallOn => {
            // "call on the Afghan government to take X": target the addressee, topic X.
            let to =
                (start..end).find(|&k| toks[k].is("to") && toks.get(k + 1).is_some_and(|n| n.kind == TokenKind::Word));
            if let Some(to) = to {
                stance_target = countries.iter().find(|c| c.tok >= start && c.tok < to).map(|c| c.country);
                // "to strengthen X" → X; "to take back X" keeps its particle verb.
                let mut s = to + 1;
                let particle = toks
                    .get(s + 1)
                    .is_some_and(|t| ["back", "up", "out", "off", "down", "over"].iter().any(|p| t.is(p)));
                if toks.get(s).is_some_and(|t| is_light_action(t.text) || topics::is_action_verb(t.text)) && !particle {
                    s += 1;
                }
                start = s;
            }
        }
        Shape::Chain | Shape::Verb => {}
    }
    if matches!(cue.shape, Shape::Chain | Shape::Verb) && toks.get(start).is_some_and(|t| t.is("that")) {
        return Vec::new();
    }
    items(v, countries, start, end, matches!(cue.shape, Shape::Chain), quoted, protected, &mut stance_target)
}

/// "take", "make", "have": verbs whose object is the real topic.
fn is_light_action(w: &str) -> bool {
    ["take", "make", "have", "adopt", "carry"].iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// The topic fronted by "Regarding X," / "On X," / "As for X,".
fn fronted_topic(v: &View<'_>) -> Option<Range> {
    let first = v.toks.first()?;
    if !(first.is("regarding") || first.is("on") || first.is("concerning")) {
        return None;
    }
    let comma = v.toks.iter().position(|t| t.text == ",")?;
    Some(1..comma)
}

/// Splits an object into cleaned topic items, taking a country possessor or
/// a leading country object as the target.
#[allow(clippy::too_many_arguments)]
fn items(
    v: &View<'_>,
    countries: &[CountryRef],
    mut start: usize,
    end: usize,
    chain: bool,
    quoted: &[bool],
    protected: &[bool],
    target: &mut Option<Country>,
) -> Vec<(Range, Option<Country>)> {
    let toks = &v.toks;
    // Skip a coordinated verb: "recognizes and actively participates in X".
    if toks.get(start).is_some_and(|t| t.is("and")) {
        let mut k = start + 1;
        while k < end && (toks[k].text.ends_with("ly") || toks[k].is("also")) {
            k += 1;
        }
        if k + 1 < end && ["in", "to", "with", "on"].iter().any(|p| toks[k + 1].is(p)) {
            start = k + 2;
        } else if k < end {
            start = k + 1;
        }
    }
    // "China on Taiwan", "Pakistan in safeguarding …": a country object is the target.
    let object_start = if toks.get(start).is_some_and(|t| t.is("the")) { start + 1 } else { start };
    if let Some(c) = countries.iter().find(|c| c.tok == object_start && !c.demonym) {
        if toks.get(c.end).is_some_and(|t| t.is("on") || t.is("in")) {
            *target = Some(c.country);
            start = c.end + 1;
        } else if toks.get(c.end).is_some_and(|t| t.kind == TokenKind::Word && t.text.ends_with("ing")) {
            *target = Some(c.country);
        }
    }
    // "issues related to X, Y", "positions on X", "issues including X".
    for k in start..end.min(start + 6) {
        let t = &toks[k];
        let lead =
            (t.is("related") || t.is("relating") || t.is("concerning")) && toks.get(k + 1).is_some_and(|n| n.is("to"));
        if lead {
            start = k + 2;
            break;
        }
        if (t.is("positions") || t.is("position") || t.is("stance")) && toks.get(k + 1).is_some_and(|n| n.is("on")) {
            if let Some(c) = countries.iter().find(|c| c.tok >= start && c.tok < k) {
                *target = Some(c.country);
            }
            start = k + 2;
            break;
        }
        if (t.is("issues") || t.is("matters") || t.is("questions"))
            && toks.get(k + 1).is_some_and(|n| n.is("including") || n.is("like") || n.is("such"))
        {
            start = k + 2 + usize::from(toks.get(k + 1).is_some_and(|n| n.is("such")));
            break;
        }
    }
    let end = topics::object_end(toks, start..end, quoted, chain);
    let mut out = Vec::new();
    let pieces = topics::split(toks, start..end, protected, quoted, chain);
    let mut previous_proper = false;
    for piece in pieces {
        // An appositive after a name ("Gwadar Port, a vital regional gateway") adds no topic,
        // nor does an adjunct ("with diplomatic relations established …").
        if (previous_proper && (toks[piece.start].is("a") || toks[piece.start].is("an")))
            || ["with", "on", "in", "at", "by", "from", "for", "into", "after", "before"]
                .iter()
                .any(|p| toks[piece.start].is(p))
        {
            continue;
        }
        let mut r = topics::clean(toks, topics::cut(toks, piece, quoted), chain);
        if r.start >= r.end {
            continue;
        }
        let mut item_target = *target;
        // A possessor country ("Pakistan's sovereignty") is the target.
        if let Some(c) = countries.iter().find(|c| c.tok == r.start && !c.demonym) {
            if toks.get(c.end).is_some_and(|t| matches!(t.text, "'" | "’"))
                && toks.get(c.end + 1).is_some_and(|t| t.is("s"))
                && c.end + 2 < r.end
            {
                item_target = Some(c.country);
                r.start = c.end + 2;
                // "Pakistan's sovereignty, territorial integrity and …": the possessor owns the list.
                target.get_or_insert(c.country);
            }
        }
        while r.start < r.end && (toks[r.start].is("its") || toks[r.start].is("their") || toks[r.start].is("the")) {
            r.start += 1;
        }
        if r.start >= r.end {
            continue;
        }
        if let Some(inner) = topics::quoted_phrase(toks, &r) {
            r = inner;
        }
        // Strip quote marks at the ends.
        while r.start < r.end && matches!(toks[r.start].text, "“" | "\"" | "‘") {
            r.start += 1;
        }
        while r.end > r.start && matches!(toks[r.end - 1].text, "”" | "\"" | "’" | "," | ".") {
            r.end -= 1;
        }
        if r.start >= r.end || toks[r.start..r.end].iter().all(|t| t.kind != TokenKind::Word) {
            continue;
        }
        let words: Vec<String> = toks[r.clone()].iter().map(|t| t.text.to_ascii_lowercase()).collect();
        let pronoun = matches!(
            words.iter().map(String::as_str).collect::<Vec<_>>().as_slice(),
            ["each", "other"]
                | ["one", "another"]
                | ["it"]
                | ["them"]
                | ["this"]
                | ["these"]
                | ["those"]
                | ["that"]
                | ["us"]
        );
        // A verb phrase of another clause ("shared a sincere bond") is no topic.
        let verb_phrase = words.len() >= 2
            && words[0].ends_with("ed")
            && ["a", "an", "the", "its", "their"].contains(&words[1].as_str());
        if pronoun || verb_phrase {
            continue;
        }
        previous_proper = toks[r.end - 1].capitalized();
        out.push((r, item_target));
    }
    out
}
