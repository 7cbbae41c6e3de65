//! Projects described in lower case after a proper name: "the Arun-3
//! hydroelectric project", "the Reko Diq copper and gold mining project".

use super::super::{plain_punctuation, Analysis, View};
use super::{developed, Found};
use crate::lexicon::projects::sector_word;
use crate::lexicon::EntryKind;
use crate::model::{Sector, Span};
use crate::text::classes::Classes;
use crate::text::tokens::{Token, TokenKind};
use crate::text::words::word;
use crate::vocab::projects::{DESCRIBED_HEADS, NEUTRAL_DESCRIPTORS};

/// Sector of a described project's head word: the shared sector words, and
/// the two heads that are too general inside capitalized names.
fn head_sector(head: &str) -> Option<Sector> {
    match head {
        "plant" => Some(Sector::Energy),
        "line" => Some(Sector::Transport),
        h => sector_word(h),
    }
}

/// A proper name, descriptors and a lower-case head: "the Arun-3 hydroelectric project",
/// "the Reko Diq copper and gold mining project", "the Raxaul-Kathmandu railway line".
/// The name may be a place the lexicon knows, never just a country or a demonym.
pub(super) fn described<'a>(a: &'a Analysis<'_>, v: &View<'_>) -> Vec<Found<'a>> {
    let toks = &v.toks;
    let mut out = Vec::new();
    if !Classes::in_sentence(toks, Classes::DESCRIBED_HEAD) {
        return out;
    }
    let head = |t: &Token<'_>| t.classes.any_of(Classes::DESCRIBED_HEAD);
    for (i, t) in toks.iter().enumerate() {
        // Lower case only: a capitalized head belongs to a name the shape recognizer reads.
        // "railway project", "railway line": the last head word ends the name.
        if !head(t) || t.capitalized() || toks.get(i + 1).is_some_and(head) {
            continue;
        }
        // "railway line": a head may follow another head.
        let mut k = i;
        let mut sector = head_sector(t.text);
        while k > 0 {
            let p = &toks[k - 1];
            let lower_word = p.kind == TokenKind::Word && !p.capitalized();
            let named_sector = sector_word(p.text).filter(|_| lower_word);
            let hyphenated = p.text == "-" && k >= 2 && !toks[k - 2].capitalized();
            if named_sector.is_some() || (lower_word && NEUTRAL_DESCRIPTORS.contains(&p.text)) {
                // The descriptor nearest the name fixes the sector: "coal power plant".
                sector = named_sector.or(sector);
                k -= 1;
            } else if hyphenated || (DESCRIBED_HEADS.contains(&p.text) && k == i) {
                k -= 1;
            } else {
                break;
            }
        }
        // "and" may join descriptors, never open them.
        while k < i && toks[k].is_word(word!("and")) {
            k += 1;
        }
        // A bare "X port" or "X airport" is an undertaking only when the sentence builds, upgrades
        // or funds it ("the Mongla port, which is being upgraded"), not when it is just a place.
        if k == i && !matches!(t.text, "project" | "plant" | "dam" | "mine") && !developed(toks) {
            continue;
        }
        // The proper name: capitalized words, numbers and hyphens joined to them.
        let mut start = k;
        while start > 0 {
            let p = &toks[start - 1];
            let joined = start >= 2
                && (p.text == "-" || p.kind == TokenKind::Number)
                && toks[start - 2].span.end == p.span.start;
            if (p.kind == TokenKind::Word && p.capitalized() && !matches!(p.text, "The" | "A" | "An" | "In" | "At"))
                || joined
                || (p.kind == TokenKind::Number && start < k && toks[start].span.start == p.span.end)
            {
                start -= 1;
            } else {
                break;
            }
        }
        // "the 1,124MW Kohala hydropower project": a figure before the name is a metric, not the name.
        while start < k && v.quantities.iter().any(|q| q.span.is_some_and(|s| s.contains(toks[start].span))) {
            start += 1;
        }
        if start == k || start == 0 && k - start == 1 {
            continue;
        }
        let name_span = Span::new(toks[start].span.start, toks[k - 1].span.end);
        let covering = |kinds: &[EntryKind]| {
            v.hits.iter().any(|h| {
                kinds.contains(&a.entry(h).kind) && h.span.start <= name_span.start && h.span.end >= name_span.end
            })
        };
        if covering(&[EntryKind::Country, EntryKind::Organization, EntryKind::Person, EntryKind::Title]) {
            continue;
        }
        let span = Span::new(toks[start].span.start, t.span.end);
        let location = a
            .hits_of(v, EntryKind::Place)
            .filter(|(h, _)| name_span.contains(h.span))
            .map(|(_, e)| e.name.clone())
            .last();
        out.push(Found {
            span,
            name: plain_punctuation(span.of(a.text).unwrap_or("")).into_owned(),
            entry: None,
            sector,
            location,
            tok: start,
            end: i + 1,
            group: None,
            reference: false,
            parent_named: None,
            stem: name_span.of(a.text).map(str::to_lowercase),
        });
    }
    out
}
