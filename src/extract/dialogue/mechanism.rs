//! Mechanisms: the named series an encounter belongs to, and its parties.

use super::super::{country_compounds, plain_punctuation, sorted, Analysis, CountryRef, View};
use super::{MECHANISM_HEADS, ROUND_NOUNS};
use crate::lexicon::EntryKind;
use crate::model::{DialogueKind, Span};
use crate::quantity::ordinal_of;
use crate::text::words::{word, word_set};
use crate::vocab;
use crate::Country;

/// The mechanism a sentence names: from a lexicon mechanism, or a country
/// compound followed by a head word ("China–Pakistan strategic dialogue"),
/// or "their Foreign Ministers' Strategic Dialogue".
pub(super) fn mechanism(
    a: &Analysis<'_>,
    v: &View<'_>,
    countries: &[CountryRef],
    ordinal: usize,
) -> Option<(String, Vec<Country>, DialogueKind)> {
    if let Some((_, e)) = a.hits_of(v, EntryKind::Organization).find(|(_, e)| e.first("type") == Some("mechanism")) {
        let parties = sorted(e.attribute("parties").iter().filter_map(|c| Country::new(c)).collect());
        let kind = e.first("kind").and_then(|k| k.parse().ok()).unwrap_or(DialogueKind::StrategicDialogue);
        return Some((e.name.clone(), parties, kind));
    }
    // The name follows the round's own "round of (the)", "14th meeting of the", or the ordinal
    // itself ("the sixth China-… Dialogue"); an earlier "my meeting with …" is not it.
    // A session named without a number ("at the Chile-Peru Strategic Dialogue") starts at its "the".
    let unnumbered = v.toks.get(ordinal).is_some_and(|t| t.is_word(word!("the")));
    let round = if unnumbered {
        ordinal
    } else {
        (ordinal..(ordinal + 4).min(v.toks.len()))
            .find(|&k| ROUND_NOUNS.iter().any(|r| v.toks[k].is(r)))
            .or_else(|| (ordinal..v.toks.len()).find(|&k| ordinal_of(&v.toks[k]).is_some()))?
    };
    let mut start = round + 1;
    while v
        .toks
        .get(start)
        .is_some_and(|t| t.is_word(word!("of")) || t.is_word(word!("the")) || t.is_word(word!("their")))
    {
        start += 1;
    }
    // "the 33rd meeting of the WMCC": an acronym the lexicon does not know names the mechanism itself.
    let acronym = v.toks.get(start).is_some_and(|t| {
        t.text.len() >= 3
            && t.text.chars().all(|c| c.is_ascii_uppercase())
            && !v.hits.iter().any(|h| h.span.contains(t.span) && h.kind != EntryKind::Organization)
    });
    let head = (start..v.toks.len().min(start + 12))
        .find(|&i| MECHANISM_HEADS.iter().any(|h| v.toks[i].is(h)))
        .or(acronym.then_some(start))?;
    // A capitalized name runs on past its head: "Working Mechanism for Consultation and Coordination on India-China Border Affairs".
    let mut end = head;
    if v.toks[head].capitalized() {
        while let Some(next) = v.toks.get(end + 1) {
            let connector = word_set!(vocab::encounters::MECHANISM_CONNECTORS).has(next)
                && v.toks.get(end + 2).is_some_and(|n| n.capitalized());
            if next.capitalized() && next.kind == crate::text::tokens::TokenKind::Word || connector {
                end += if connector { 2 } else { 1 };
            } else {
                break;
            }
        }
    }
    let head = end;
    let span = Span::new(v.toks[start].span.start, v.toks[head].span.end);
    let compounds = country_compounds(v, countries);
    let parties = compounds
        .iter()
        .find(|(_, s, _)| *s >= start && *s < head)
        .map(|(c, _, _)| sorted(c.clone()))
        .unwrap_or_default();
    let name = plain_punctuation(span.of(a.text).unwrap_or("")).into_owned();
    let lower = name.to_lowercase();
    let kind = if parties.len() >= 3 || lower.contains("trilateral") {
        DialogueKind::TrilateralDialogue
    } else if lower.contains("strategic") {
        DialogueKind::StrategicDialogue
    } else if lower.contains("summit") {
        DialogueKind::Summit
    } else if lower.contains("meeting")
        || v.toks[round].is_word(word!("meeting"))
        || v.toks[round].is_word(word!("session"))
    {
        DialogueKind::Meeting
    } else {
        DialogueKind::Talks
    };
    Some((name, parties, kind))
}

/// The countries a sentence names (not demonyms), sorted.
pub(super) fn sentence_parties(countries: &[CountryRef]) -> Vec<Country> {
    sorted(countries.iter().filter(|c| !c.demonym && !c.capital).map(|c| c.country).collect())
}

/// Parties of a "trilateral" encounter: the nearest three-country compound
/// or mechanism in this or the two previous sentences, else the three
/// countries the document names most.
pub(super) fn trilateral_parties(a: &Analysis<'_>, views: &[View<'_>], vi: usize) -> Vec<Country> {
    for v in views[vi.saturating_sub(2)..=vi].iter().rev() {
        let countries = &v.countries;
        if let Some((c, _, _)) = country_compounds(v, countries).into_iter().rev().find(|(c, _, _)| c.len() >= 3) {
            return sorted(c);
        }
        if let Some((_, e)) = a.hits_of(v, EntryKind::Organization).find(|(_, e)| e.attribute("parties").len() >= 3) {
            return sorted(e.attribute("parties").iter().filter_map(|c| Country::new(c)).collect());
        }
    }
    let most = super::super::most_named(a, 3);
    if most.len() == 3 {
        most
    } else {
        Vec::new()
    }
}
