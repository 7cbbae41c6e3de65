//! Demands put as "X should …": "The U.S. side should stop interfering in
//! China's internal affairs, Wang Yi said" calls on the United States, for
//! China, to stop interfering.

use super::super::{CountryRef, View};
use super::{topics, SPEECH_VERB_SET};
use crate::model::Person;
use crate::text::tokens::Token;
use crate::text::words::word;
use crate::Country;

/// One demand: who makes it, of whom, what, and who said it.
pub(super) struct Demand {
    pub(super) actor: Country,
    pub(super) target: Country,
    pub(super) topic: std::ops::Range<usize>,
    pub(super) speaker: Option<Person>,
}

/// The demands of a sentence: a modal "should"/"must" whose subject is a
/// country or "the `<demonym>` side", in a sentence a speaker of another
/// country is reported to say.
pub(super) fn demands(v: &View<'_>, countries: &[CountryRef], quoted: &[bool]) -> Vec<Demand> {
    let toks = &v.toks;
    let said = |t: &Token<'_>| SPEECH_VERB_SET.has(t);
    let mut out = Vec::new();
    for m in 1..toks.len() {
        if !(toks[m].is_word(word!("should")) || toks[m].is_word(word!("must"))) || quoted[m] {
            continue;
        }
        // The modal's subject: "the United States should", "the U.S. side should".
        let side = toks[m - 1].is_word(word!("side"));
        let subject_end = if side { m - 1 } else { m };
        let Some(target) = countries.iter().find(|c| c.end == subject_end && (side || !c.demonym)) else { continue };
        // "China and the United States should …" asks both, the speaker's own country too.
        let mut opening = target.tok;
        while opening > 0 && (toks[opening - 1].is_word(word!("the")) || toks[opening - 1].capitalized() && side) {
            opening -= 1;
        }
        if opening > 0 && (toks[opening - 1].is_word(word!("and")) || toks[opening - 1].text == ",") {
            continue;
        }
        // The speaker: a person or country followed by a verb of saying, before the clause
        // ("Wang Yi said (that) …") or closing it (", Wang Yi said").
        let speaker = v.people.iter().find(|(s, p)| {
            let (start, end) = (v.tok_at(s.start), v.tok_at(s.end));
            let before = end < target.tok && toks.get(end).is_some_and(said);
            let after = start > m
                && (toks.get(end).is_some_and(said) || (start > 0 && said(&toks[start - 1])))
                && toks[m..start].iter().any(|t| t.text == ",");
            (before || after) && p.country.is_some_and(|c| c != target.country)
        });
        let actor = speaker.and_then(|(_, p)| p.country).or_else(|| {
            countries
                .iter()
                .find(|c| {
                    // "India on Friday rejected the claims and said Islamabad must …": the sentence's
                    // opening country said it.
                    c.end < target.tok
                        && !c.demonym
                        && c.country != target.country
                        && (c.tok == 0 || toks.get(c.end).is_some_and(said))
                        && toks[c.end..target.tok].iter().any(said)
                })
                .map(|c| c.country)
        });
        let Some(actor) = actor else { continue };
        // What is demanded: the verb phrase after the modal, to the end of its clause.
        let end = topics::object_end(toks, m + 1..toks.len(), quoted, false);
        let end = (m + 1..end).find(|&k| toks[k].text == ",").unwrap_or(end);
        let topic = topics::clean(toks, m + 1..end, false);
        if topic.start < topic.end
            && !toks[topic.start].is_word(word!("be"))
            && !toks[topic.start].is_word(word!("not"))
        {
            out.push(Demand { actor, target: target.country, topic, speaker: speaker.map(|(_, p)| (*p).clone()) });
        }
    }
    out
}
