//! Visits: who travels, where to, and for how long.

use super::super::{country_ref_name, Analysis, CountryRef, View};
use crate::lexicon::EntryKind;
use crate::model::Person;
use crate::text::words::{word, word_set};
use crate::vocab;
use crate::Country;

/// The visitors of a visit trigger: the nearest person before it (with a
/// person coordinated by "and"), "his visit" → the last person named.
pub(super) fn visitors(v: &View<'_>, tok: usize, last_person: Option<&Person>) -> Vec<Person> {
    // "a visit by Prime Minister X to Y": the agent is the visitor; so is X in "the visit of X".
    if let Some((_, p, _)) = visit_agent(v, tok) {
        return vec![p.clone()];
    }
    if v.toks.get(tok + 1).is_some_and(|t| t.is_word(word!("of"))) {
        if let Some((_, p)) = v.people.iter().find(|(s, _)| {
            let start = v.tok_at(s.start);
            start > tok + 1 && start <= tok + 5 && v.toks[tok + 2..start].iter().all(|t| t.capitalized())
        }) {
            return vec![(*p).clone()];
        }
    }
    let before: Vec<(usize, usize, &Person)> =
        v.people.iter().map(|(s, p)| (v.tok_at(s.start), v.tok_at(s.end), *p)).filter(|&(_, e, _)| e <= tok).collect();
    if let Some(&(start, end, p)) = before.last() {
        let mut out = vec![p.clone()];
        let relative = v.toks.get(end).is_some_and(|t| t.text == ",")
            && v.toks.get(end + 1).is_some_and(|t| t.is_word(word!("who")));
        if !relative && before.len() >= 2 {
            let (_, prev_end, q) = before[before.len() - 2];
            let between = v.toks.get(prev_end..start).unwrap_or(&[]);
            if between.iter().any(|t| t.is_word(word!("and")))
                && !between.iter().any(|t| t.text == ",")
                && q.name != p.name
            {
                out.insert(0, q.clone());
            }
        }
        return out;
    }
    // "the second visit that President X makes to …": the subject of a relative clause on the visit.
    if let Some((s, p)) = v.people.iter().find(|(s, _)| v.tok_at(s.start) > tok) {
        let start = v.tok_at(s.start);
        let relative = v.toks.get(tok + 1).is_some_and(|t| word_set!(vocab::grammar::RELATIVE_PRONOUNS).has(t));
        if relative && start <= tok + 6 && v.toks[tok + 2..start].iter().all(|t| t.capitalized()) {
            return vec![(*p).clone()];
        }
    }
    let possessive = v.has_word(tok.saturating_sub(3)..tok, vocab::grammar::SINGULAR_POSSESSIVES);
    if possessive {
        // "During his visit to Pakistan, Wang Yi said …": the subject after the clause.
        if let Some((_, p)) = v.people.iter().find(|(s, _)| v.tok_at(s.start) > tok) {
            let comma_between =
                v.toks[tok..].iter().take_while(|t| t.span.start < v.people[0].0.start).any(|t| t.text == ",");
            if comma_between {
                return vec![(*p).clone()];
            }
        }
        return last_person.cloned().into_iter().collect();
    }
    Vec::new()
}

/// "The Chilean president flew to …", "the Kenyan foreign minister arrived
/// …": with no one named, a definite description before the visit (the
/// article's demonym and a title) is the one person of the article with that
/// country and title; two such people, or none, give no visitor.
pub(super) fn described_visitor(
    a: &Analysis<'_>,
    v: &View<'_>,
    countries: &[CountryRef],
    tok: usize,
) -> Option<Person> {
    let description =
        countries.iter().find(|c| c.demonym && c.end < tok && c.tok > 0 && v.toks[c.tok - 1].is_word(word!("the")))?;
    let (_, title) = a.hits_of(v, EntryKind::Title).find(|(h, _)| v.tok_at(h.span.start) == description.end)?;
    let mut same = a.people.people.iter().filter(|p| {
        p.country == Some(description.country) && p.titles.iter().any(|t| t.eq_ignore_ascii_case(&title.name))
    });
    match (same.next(), same.next()) {
        (Some(p), None) => Some(p.clone()),
        _ => None,
    }
}

/// "a three-day visit", "a 4-day state visit": the visit's length in days.
pub(super) fn visit_days(v: &View<'_>, tok: usize) -> Option<i64> {
    let day = (tok.saturating_sub(5)..tok).find(|&k| v.toks[k].is_word(word!("day")))?;
    let n = v.toks.get(day.checked_sub(2)?).filter(|_| v.toks[day - 1].text == "-")?;
    let count = crate::quantity::number_word_of(n).or_else(|| n.number())?;
    (1.0..=60.0).contains(&count).then_some(count as i64)
}

/// The visited place: "visit to China", "visited Pakistan", "visit in
/// Pakistan", "his China visit", "the visit that X makes to Quito", "arrived
/// in Lima for an official visit", "a state visit to the country" (the
/// country named before that is not the visitor's). Returns the venue and
/// its country.
pub(super) fn host(
    a: &Analysis<'_>,
    v: &View<'_>,
    countries: &[CountryRef],
    tok: usize,
    visitor: Option<Country>,
) -> Option<(String, Country)> {
    let found = named_host(a, v, countries, tok, visitor);
    // "arrived in New Delhi on a four-day visit to India": the city, when it lies in that country.
    match (&found, arrival_place(a, v, tok)) {
        (Some((_, c)), Some((city, cc))) if cc == *c => Some((city, cc)),
        (None, arrival) => arrival,
        _ => found,
    }
}

/// The host named after the visit word (or before it: "his China visit").
fn named_host(
    a: &Analysis<'_>,
    v: &View<'_>,
    countries: &[CountryRef],
    tok: usize,
    visitor: Option<Country>,
) -> Option<(String, Country)> {
    // "his China visit"
    if let Some(c) = countries.iter().find(|c| c.end == tok && !c.demonym) {
        return Some((country_ref_name(a, c), c.country));
    }
    let place_at = |at: usize| place_at(a, v, at);
    // "visited Pakistan", "will visit Pakistan", "is visiting China".
    let verb = word_set!(vocab::encounters::VISIT_VERBS).has(&v.toks[tok]);
    let tok = visit_agent(v, tok).map_or(tok, |(_, _, end)| end - 1);
    if verb && v.toks.get(tok + 1).is_some_and(|t| t.capitalized()) {
        if let Some(found) = place_at(tok + 1) {
            return Some(found);
        }
    }
    // "… in Beijing, where the Pakistani head of state is on a five-day visit": the place the
    // relative clause hangs on.
    let mut clause = (tok.saturating_sub(14)..tok).rev().take_while(|&k| !matches!(v.toks[k].text, "." | ";"));
    if let Some(w) = clause.find(|&k| v.toks[k].is_word(word!("where"))) {
        if w >= 2 && v.toks[w - 1].text == "," {
            if let Some(found) = place_ending_at(a, v, countries, w - 1).and_then(place_at) {
                return Some(found);
            }
        }
    }
    // "Lula's visit, the first by a Brazilian leader to Angola in 20 years,": the host named in
    // an ordinal appositive.
    let appositive = v.toks.get(tok + 1).is_some_and(|t| t.text == ",")
        && v.toks.get(tok + 2).is_some_and(|t| t.is_word(word!("the")))
        && v.toks.get(tok + 3).is_some_and(|t| crate::quantity::ordinal_of(t).is_some());
    if appositive {
        let to = (tok + 4..(tok + 16).min(v.toks.len()))
            .take_while(|&k| !matches!(v.toks[k].text, "," | "." | ";"))
            .find(|&k| v.toks[k].is_word(word!("to")));
        // "to former colonial power France": a description may stand before the place.
        let described = |k: usize| {
            (k + 1..(k + 5).min(v.toks.len()))
                .take_while(|&j| j == k + 1 || !v.toks[j - 1].capitalized())
                .find_map(&place_at)
        };
        if let Some(found) = to.and_then(described) {
            return Some(found);
        }
    }
    // "a visit to China", "a visit in Pakistan", "the visit that X makes to Quito": "to"/"in" and a
    // place within the clause after the visit word.
    for k in tok + 1..(tok + 10).min(v.toks.len()) {
        let t = &v.toks[k];
        if matches!(t.text, "," | "." | ";" | ":") {
            break;
        }
        if t.is_word(word!("to")) || (k == tok + 1 && t.is_word(word!("in"))) {
            if let Some(found) = place_at(k + 1) {
                return Some(found);
            }
            // "a state visit to the country": the one country named earlier that is not the visitor's.
            let the = v.toks.get(k + 1).is_some_and(|x| x.is_word(word!("the")));
            if the && v.toks.get(k + 2).is_some_and(|x| word_set!(vocab::encounters::COUNTRY_ANAPHORS).has(x)) {
                let mut others = countries.iter().filter(|c| c.tok < tok && Some(c.country) != visitor);
                if let (Some(c), None) = (others.next(), others.next()) {
                    return Some((country_ref_name(a, c), c.country));
                }
            }
            if k > tok + 1 {
                break;
            }
        }
    }
    None
}

/// The first token of a country or known place whose name ends just before
/// token `end`.
pub(super) fn place_ending_at(a: &Analysis<'_>, v: &View<'_>, countries: &[CountryRef], end: usize) -> Option<usize> {
    countries.iter().find(|c| c.end == end && !c.demonym).map(|c| c.tok).or_else(|| {
        a.hits_of(v, EntryKind::Place).find(|(h, _)| v.tok_at(h.span.end) == end).map(|(h, _)| v.tok_at(h.span.start))
    })
}

/// The country or known place whose name starts at token `at`, with its country.
pub(super) fn place_at(a: &Analysis<'_>, v: &View<'_>, at: usize) -> Option<(String, Country)> {
    let place = super::super::place_at(a, v, at).filter(|p| p.known)?;
    Some((place.name, place.country?))
}

/// Where the visitor arrived, earlier in the clause: "arrived in Lima for an official visit".
fn arrival_place(a: &Analysis<'_>, v: &View<'_>, tok: usize) -> Option<(String, Country)> {
    let place_at = |at: usize| place_at(a, v, at);
    let arrival = (tok.saturating_sub(20)..tok).rev().find(|&k| {
        word_set!(vocab::encounters::ARRIVAL_VERBS).has(&v.toks[k])
            && v.toks.get(k + 1).is_some_and(|t| t.is_word(word!("in")) || t.is_word(word!("at")))
    });
    // "flew last Thursday to China in a trip": a travel verb, a few words, "to" and the place.
    let travel = || {
        (tok.saturating_sub(20)..tok).rev().find_map(|k| {
            if !word_set!(vocab::encounters::TRAVEL_VERBS).has(&v.toks[k]) {
                return None;
            }
            (k + 1..(k + 5).min(tok)).find(|&j| v.toks[j].is_word(word!("to"))).map(|j| j + 1)
        })
    };
    let at = match arrival {
        Some(k) => k + 2,
        None => travel()?,
    };
    let between = &v.toks[at.min(tok)..tok];
    if between.iter().any(|t| matches!(t.text, "." | ";")) {
        return None;
    }
    place_at(at)
}

/// The person named after "by" right after a visit word ("a visit by Prime
/// Minister X"), with their first token and the token just past the name.
fn visit_agent<'v>(v: &View<'v>, tok: usize) -> Option<(usize, &'v Person, usize)> {
    if !v.toks.get(tok + 1).is_some_and(|t| t.is_word(word!("by"))) {
        return None;
    }
    let (s, p) = v.people.iter().find(|(s, _)| v.tok_at(s.start) > tok + 1)?;
    let (start, end) = (v.tok_at(s.start), v.tok_at(s.end));
    // Only titles may stand between "by" and the name.
    let titles_only =
        v.toks[tok + 2..start].iter().all(|t| t.capitalized() || t.is_word(word!("and")) || t.is_word(word!("of")));
    (start <= tok + 8 && titles_only).then_some((start, *p, end))
}

/// "Pakistan's foreign minister … visit": the possessor before the trigger.
pub(super) fn possessor_country(v: &View<'_>, countries: &[CountryRef], tok: usize) -> Option<Country> {
    countries
        .iter()
        .filter(|c| c.end < tok)
        .rfind(|c| c.demonym || v.toks.get(c.end).is_some_and(|t| matches!(t.text, "'" | "’")))
        .map(|c| c.country)
}
