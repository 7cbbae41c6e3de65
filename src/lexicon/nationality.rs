//! Nationality the text implies rather than states: a counterpart met by
//! one party's principal, a spokesperson briefing in a capital.

use super::people::People;
use super::{EntryKind, Hit, Lexicon};
use crate::model::Span;
use crate::text::classes::Classes;
use crate::Country;

/// Whether a sentence has a word of meeting ("met", "talks", "chaired"):
/// the sentences [`infer_counterparts`] reads.
/// `classes` are the sentence's ([`Classes::of`]).
pub fn has_meeting_word(classes: Classes) -> bool {
    classes.any_of(Classes::MEETING)
}

/// "Sharif met Crown Prince Mohammed bin Salman": in a document about two
/// countries, a principal of unknown nationality who meets a principal of
/// one of them is taken to be of the other. `meeting[i]` says whether
/// `sentences[i]` [has a meeting word](has_meeting_word).
pub fn infer_counterparts(people: &mut People, sentences: &[Span], meeting: &[bool], hits: &[Hit], lexicon: &Lexicon) {
    // The two countries the document names most (each at least twice).
    let counts = Country::by_frequency(hits.iter().filter_map(|h| {
        let e = lexicon.entry(h.entry);
        e.country.filter(|_| e.kind == EntryKind::Country)
    }));
    let [(first, n1), (second, n2), ..] = counts[..] else { return };
    if n1 < 2 || n2 < 2 || counts.get(2).is_some_and(|&(_, n3)| n3 == n2) {
        return;
    }
    let mut m = 0;
    for (sentence, &meeting) in sentences.iter().zip(meeting) {
        let from = m;
        while m < people.mentions.len() && people.mentions[m].0.end <= sentence.end {
            m += 1;
        }
        if !meeting {
            continue;
        }
        let here: Vec<usize> = people.mentions[from..m].iter().map(|&(_, i)| i).collect();
        let known: Vec<Country> = here.iter().filter_map(|&i| people.people[i].country).collect();
        let other = match known.as_slice() {
            [c] if *c == first => second,
            [c] if *c == second => first,
            _ => continue,
        };
        for &i in &here {
            if people.people[i].country.is_none() && !people.people[i].titles.is_empty() {
                people.people[i].country = Some(other);
            }
        }
    }
}

/// "NEW DELHI … foreign ministry spokesperson Randhir Jaiswal told reporters":
/// a government spokesperson of unknown nationality briefing in a capital
/// speaks for that capital's country.
pub fn infer_from_dateline(people: &mut People, dateline: Option<&str>, lexicon: &Lexicon) {
    let Some(entry) = dateline.and_then(|city| lexicon.lookup(EntryKind::Place, city)) else { return };
    if entry.first("type") != Some("capital") {
        return;
    }
    for p in people.people.iter_mut().filter(|p| p.country.is_none()) {
        let official = p.titles.iter().any(|t| {
            let t = t.to_ascii_lowercase();
            t.contains("spokes") || t.contains("ministry")
        });
        if official {
            p.country = entry.country;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_has_meeting_word() {
        use crate::text::tokens::tokenize;
        use crate::Span;
        let text = "Sharif met the Crown Prince.";
        let toks = tokenize(text, Span::new(0, text.len()));
        assert!(crate::lexicon::nationality::has_meeting_word(crate::text::classes::Classes::of(&toks)));
    }
}
