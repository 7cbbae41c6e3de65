//! Objects: what a position is about, and whose interest it concerns.

use super::super::{CountryRef, View};
use super::cues::{Cue, Shape};
use super::topics::{self, Range};
use crate::model::Stance;
use crate::text::tokens::TokenKind;
use crate::text::words::{word, word_set};
use crate::vocab;
use crate::Country;

/// The topics of a cue's object, each with the target it names.
#[allow(clippy::too_many_arguments)]
pub(super) fn objects(
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
            if toks.get(start).is_some_and(|t| t.is_word(word!("that"))) {
                let clause = start + 1;
                let modal = (clause..end).find(|&k| word_set!(vocab::grammar::OBLIGATION_MODALS).has(&toks[k]));
                let Some(modal) = modal else { return Vec::new() };
                let mut r = clause..modal;
                // "they should …" after "Regarding X," refers to X.
                if r.len() == 1 && toks[r.start].is_word(word!("they")) {
                    if let Some(topic) = fronted_topic(v) {
                        r = topic;
                    }
                }
                let r = topics::clean(toks, topics::cut(toks, r, quoted), false);
                // "said that China and the United States should …": the parties are no topic.
                let only_countries = (r.start..r.end).all(|k| {
                    countries.iter().any(|c| c.tok <= k && k < c.end)
                        || toks[k].is_word(word!("and"))
                        || toks[k].is_word(word!("the"))
                        || toks[k].is_word(word!("both"))
                        || toks[k].text == ","
                });
                *stance = Stance::CallFor;
                return if r.start < r.end && !only_countries { vec![(r, None)] } else { Vec::new() };
            }
            let need = (start..end.min(start + 3)).find(|&k| {
                toks[k].is_word(word!("need"))
                    || toks[k].is_word(word!("importance"))
                    || toks[k].is_word(word!("necessity"))
            });
            if let Some(k) = need {
                *stance = if toks[k].is_word(word!("importance")) { Stance::Support } else { Stance::CallFor };
                start = k + 1;
                if toks
                    .get(start)
                    .is_some_and(|t| t.is_word(word!("to")) || t.is_word(word!("of")) || t.is_word(word!("for")))
                {
                    start += 1;
                }
                // "the need to maintain X" is an action; "the importance of resolving X" a noun phrase.
                let action = !toks[k].is_word(word!("importance"));
                // "the importance of the forum in promoting peace, …": what is important is the forum.
                let end = if action {
                    end
                } else {
                    (start + 1..end)
                        .find(|&j| toks[j].is_word(word!("in")) && toks.get(j + 1).is_some_and(topics::is_gerund))
                        .unwrap_or(end)
                };
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
            if toks.get(start).is_some_and(|t| t.is_word(word!("that")) || t.kind != TokenKind::Word) {
                return Vec::new();
            }
            // "reiterated their stance against X", "reaffirmed its position against Y": opposes it.
            if let Some(k) = (start..end.min(start + 4)).find(|&k| toks[k].is_word(word!("against"))) {
                if k > start && word_set!(vocab::stance::POSITION_NOUNS).has(&toks[k - 1]) {
                    *stance = Stance::Oppose;
                    start = k + 1;
                }
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
            let to = (start..end)
                .find(|&k| toks[k].is_word(word!("to")) && toks.get(k + 1).is_some_and(|n| n.kind == TokenKind::Word));
            if let Some(to) = to {
                // The addressee: a country, or a person of one ("asked Lula to …").
                stance_target =
                    countries.iter().find(|c| c.tok >= start && c.tok < to).map(|c| c.country).or_else(|| {
                        v.people
                            .iter()
                            .find(|(s, _)| (start..to).contains(&v.tok_at(s.start)))
                            .and_then(|(_, p)| p.country)
                    });
                // "to strengthen X" → X; "to take back X" keeps its particle verb.
                let mut s = to + 1;
                let particle = toks.get(s + 1).is_some_and(|t| word_set!(vocab::grammar::VERB_PARTICLES).has(t));
                if toks.get(s).is_some_and(|t| is_light_action(t.text) || topics::is_action_token(t)) && !particle {
                    s += 1;
                    // "to invest in X", "to engage with Y": the verb's preposition goes with it.
                    if toks.get(s).is_some_and(|t| word_set!(vocab::grammar::COMPLEMENT_PREPOSITIONS).has(t)) {
                        s += 1;
                    }
                }
                start = s;
            }
        }
        Shape::Chain | Shape::Verb => {}
    }
    if matches!(cue.shape, Shape::Chain | Shape::Verb) && toks.get(start).is_some_and(|t| t.is_word(word!("that"))) {
        return Vec::new();
    }
    items(v, countries, start, end, matches!(cue.shape, Shape::Chain), quoted, protected, &mut stance_target)
}

/// "take", "make", "have": verbs whose object is the real topic.
pub(super) fn is_light_action(w: &str) -> bool {
    vocab::stance::SUPPORT_VERBS.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// The topic fronted by "Regarding X," / "On X," / "As for X,".
pub(super) fn fronted_topic(v: &View<'_>) -> Option<Range> {
    let first = v.toks.first()?;
    if !(first.is_word(word!("regarding")) || first.is_word(word!("on")) || first.is_word(word!("concerning"))) {
        return None;
    }
    let comma = v.toks.iter().position(|t| t.text == ",")?;
    Some(1..comma)
}

/// Splits an object into cleaned topic items, taking a country possessor or
/// a leading country object as the target.
#[allow(clippy::too_many_arguments)]
pub(super) fn items(
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
    if toks.get(start).is_some_and(|t| t.is_word(word!("and"))) {
        let mut k = start + 1;
        while k < end && (toks[k].text.ends_with("ly") || toks[k].is_word(word!("also"))) {
            k += 1;
        }
        if k + 1 < end && word_set!(vocab::grammar::COMPLEMENT_PREPOSITIONS).has(&toks[k + 1]) {
            start = k + 2;
        } else if k < end {
            start = k + 1;
        }
    }
    // "China on Taiwan", "Pakistan in safeguarding …": a country object is the target.
    let object_start = if toks.get(start).is_some_and(|t| t.is_word(word!("the"))) { start + 1 } else { start };
    // "thanked the French side for its support": a demonym and its head name the country too.
    if let Some(c) = countries.iter().find(|c| c.tok == object_start && c.demonym) {
        let headed = toks.get(c.end).is_some_and(|t| word_set!(vocab::stance::DEMONYM_HEADS).has(t));
        let then = toks.get(c.end + 1).is_some_and(|t| t.is_word(word!("on")) || t.is_word(word!("for")));
        if headed && then && c.end + 2 < end {
            *target = Some(c.country);
            start = c.end + 2;
        }
    }
    if let Some(c) = countries.iter().find(|c| c.tok == object_start && !c.demonym) {
        if toks.get(c.end).is_some_and(|t| t.is_word(word!("on")) || t.is_word(word!("in")) || t.is_word(word!("for")))
        {
            *target = Some(c.country);
            start = c.end + 1;
        } else if toks.get(c.end).is_some_and(|t| t.kind == TokenKind::Word && t.text.ends_with("ing")) {
            *target = Some(c.country);
        } else if toks.get(c.end).is_some_and(|t| t.is_word(word!("and"))) {
            // "support for Chad and Niger in securing their borders": both are the target, so
            // neither is; the action is the topic.
            if let Some(d) = countries.iter().find(|d| d.tok == c.end + 1 && !d.demonym) {
                if toks.get(d.end).is_some_and(|t| t.is_word(word!("in")) || t.is_word(word!("on"))) {
                    start = d.end + 1;
                }
            }
        }
    }
    // "support both sides in building trust", "help each other in fighting X": a collective
    // object (a country is the target above) with "in" and a gerund; the gerunds are the topics.
    let mut gerunds = false;
    if let Some(k) = (start + 1..end.min(start + 4)).find(|&k| toks[k].is_word(word!("in"))) {
        let gerund = toks.get(k + 1).is_some_and(topics::is_gerund);
        let object = &toks[start..k];
        let collective = match object {
            [one] => word_set!(vocab::grammar::PRONOUN_OBJECTS).has(one),
            [first, ..] => {
                first.is_word(word!("both"))
                    || first.is_word(word!("each"))
                    || first.is_word(word!("one"))
                    || (first.is_word(word!("the")) && object.get(1).is_some_and(|t| t.is_word(word!("two"))))
            }
            [] => false,
        };
        if gerund && collective {
            start = k + 1;
            // The gerunds are a list, kept whole with their verbs: "easing tension, building …".
            gerunds = true;
        }
    }
    // "asked for the Indian president's help in rebuilding X": the helper is the target and
    // what the help is for the topic.
    if let Some(k) = (start + 1..end.min(start + 7)).find(|&k| {
        word_set!(vocab::stance::HELP_NOUNS).has(&toks[k])
            && toks[k - 1].is_word(word!("s"))
            && toks.get(k + 1).is_some_and(|n| n.is_word(word!("in")) || n.is_word(word!("with")))
            && toks.get(k + 2).is_some_and(topics::is_gerund)
    }) {
        if let Some(c) = countries.iter().find(|c| c.tok >= start && c.tok < k) {
            *target = Some(c.country);
        }
        start = k + 2;
    }
    // "make all efforts to investigate X and bring Y to justice": in a list of actions the
    // actions are what the efforts are for.
    if chain {
        if let Some(k) = (start..end.min(start + 5)).find(|&k| {
            (toks[k].is_word(word!("efforts")) || toks[k].is_word(word!("effort")))
                && toks.get(k + 1).is_some_and(|n| n.is_word(word!("to")))
        }) {
            if toks[start..k].iter().all(|t| t.kind == TokenKind::Word && !t.capitalized()) && k + 2 < end {
                start = k + 2;
            }
        }
    }
    // "issues related to X, Y", "positions on X", "issues including X", "projects in such
    // areas as X, Y", "cooperation in fields such as X".
    for k in start..end.min(start + 8) {
        let t = &toks[k];
        let field = word_set!(vocab::stance::FIELD_NOUNS).has(t);
        let such_as = field
            && ((k > start
                && toks[k - 1].is_word(word!("such"))
                && toks.get(k + 1).is_some_and(|n| n.is_word(word!("as"))))
                || (toks.get(k + 1).is_some_and(|n| n.is_word(word!("such")))
                    && toks.get(k + 2).is_some_and(|n| n.is_word(word!("as")))));
        if such_as {
            start = if toks[k + 1].is_word(word!("as")) { k + 2 } else { k + 3 };
            break;
        }
        let lead = (t.is_word(word!("related")) || t.is_word(word!("relating")) || t.is_word(word!("concerning")))
            && toks.get(k + 1).is_some_and(|n| n.is_word(word!("to")));
        if lead {
            start = k + 2;
            break;
        }
        if (t.is_word(word!("positions")) || t.is_word(word!("position")) || t.is_word(word!("stance")))
            && toks.get(k + 1).is_some_and(|n| n.is_word(word!("on")))
        {
            if let Some(c) = countries.iter().find(|c| c.tok >= start && c.tok < k) {
                *target = Some(c.country);
            }
            start = k + 2;
            break;
        }
        if (t.is_word(word!("issues")) || t.is_word(word!("matters")) || t.is_word(word!("questions")))
            && toks
                .get(k + 1)
                .is_some_and(|n| n.is_word(word!("including")) || n.is_word(word!("like")) || n.is_word(word!("such")))
        {
            start = k + 2 + usize::from(toks.get(k + 1).is_some_and(|n| n.is_word(word!("such"))));
            break;
        }
    }
    let clause_end = end;
    // "…, with a particular focus on X": X is one more thing the position is about.
    // (Set off by a comma: "start with a focus on X" is the object itself.)
    let after_comma = |k: usize| {
        toks[k - 1].text == "," || (k >= 2 && matches!(toks[k - 1].text, "”" | "\"") && toks[k - 2].text == ",")
    };
    let focus = (start + 1..clause_end).find(|&k| toks[k].is_word(word!("with")) && after_comma(k)).and_then(|with| {
        let on = (with + 1..(with + 5).min(clause_end)).find(|&k| toks[k].is_word(word!("on")))?;
        (toks[on - 1].is_word(word!("focus")) || toks[on - 1].is_word(word!("emphasis"))).then_some((with, on))
    });
    let mut end = focus.map_or(end, |(with, _)| with);
    if gerunds {
        // The list of gerunds ends where ", and contribute …" returns to the sentence's verbs.
        end = (start..end)
            .find(|&k| {
                toks[k].text == ","
                    && toks[k + 1..end]
                        .iter()
                        .find(|t| !t.is_word(word!("and")))
                        .is_some_and(|t| t.kind == TokenKind::Word && !t.ends_with("ing"))
            })
            .unwrap_or(end);
    }
    let end = topics::object_end(toks, start..end, quoted, chain || gerunds);
    let mut out = Vec::new();
    let mut pieces = topics::split(toks, start..end, protected, quoted, chain);
    if let Some((_, on)) = focus {
        let focus_end = topics::object_end(toks, on + 1..clause_end, quoted, false);
        pieces.extend(topics::split(toks, on + 1..focus_end, protected, quoted, false));
    }
    let mut previous_proper = false;
    for piece in pieces {
        let Some(first) = toks.get(piece.start).filter(|_| piece.start < piece.end) else { continue };
        // An appositive after a name ("Gwadar Port, a vital regional gateway") adds no topic,
        // nor does an adjunct ("with diplomatic relations established …").
        if (previous_proper && (first.is_word(word!("a")) || first.is_word(word!("an"))))
            || topics::ADJUNCT_PREPOSITION_SET.has(first)
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
            // "Pakistan's sovereignty", and the plural "the Philippines' defense".
            let apostrophe = toks.get(c.end).is_some_and(|t| matches!(t.text, "'" | "’"));
            let s_after = toks.get(c.end + 1).is_some_and(|t| t.is_word(word!("s")));
            let plural = toks.get(c.end.wrapping_sub(1)).is_some_and(|t| t.text.ends_with('s'));
            let owned = if s_after { c.end + 2 } else { c.end + 1 };
            if apostrophe && (s_after || plural) && owned < r.end {
                item_target = Some(c.country);
                r.start = owned;
                // "Pakistan's sovereignty, territorial integrity and …": the possessor owns the list.
                target.get_or_insert(c.country);
            }
        }
        // "supported each other on issues concerning their core interests": the issues are the topic.
        let reciprocal = (toks[r.start].is_word(word!("each"))
            && toks.get(r.start + 1).is_some_and(|t| t.is_word(word!("other"))))
            || (toks[r.start].is_word(word!("one"))
                && toks.get(r.start + 1).is_some_and(|t| t.is_word(word!("another"))));
        if reciprocal && toks.get(r.start + 2).is_some_and(|t| word_set!(vocab::grammar::ABOUT_PREPOSITIONS).has(t)) {
            r.start += 3;
        }
        while r.start < r.end
            && (toks[r.start].is_word(word!("its"))
                || toks[r.start].is_word(word!("their"))
                || toks[r.start].is_word(word!("the")))
        {
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
        let words = &toks[r.clone()];
        let pronoun = match words {
            [one] => word_set!(vocab::grammar::PRONOUN_OBJECTS).has(one),
            [first, second] => {
                (first.is_word(word!("each")) && second.is_word(word!("other")))
                    || (first.is_word(word!("one")) && second.is_word(word!("another")))
            }
            _ => false,
        };
        // A verb phrase of another clause ("shared a sincere bond") is no topic.
        let verb_phrase = words.len() >= 2
            && words[0].ends_with("ed")
            && word_set!(vocab::grammar::OBJECT_DETERMINERS).has(&words[1]);
        if pronoun || verb_phrase {
            continue;
        }
        previous_proper = toks[r.end - 1].capitalized();
        out.push((r, item_target));
    }
    out
}
