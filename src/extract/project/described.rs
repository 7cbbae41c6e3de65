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
use crate::vocab;
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
    if !v.classes.any_of(Classes::DESCRIBED_HEAD) {
        return out;
    }
    let head = |t: &Token<'_>| t.classes.any_of(Classes::DESCRIBED_HEAD);
    // Whether the sentence builds, opens or funds something: read once, when first needed.
    let developed_here = once_cell::unsync::OnceCell::new();
    let is_developed = || *developed_here.get_or_init(|| developed(toks));
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
        if k == i && !matches!(t.text, "project" | "plant" | "dam" | "mine") && !is_developed() {
            continue;
        }
        // The proper name: capitalized words, numbers and hyphens joined to them.
        let mut start = k;
        while start > 0 {
            let p = &toks[start - 1];
            let joined = start >= 2
                && (p.text == "-" || p.kind == TokenKind::Number)
                && toks[start - 2].span.end == p.span.start;
            // "Turkish-built", "Turkishbuilt": a modifier, not a name.
            let participle = vocab::projects::MODIFIER_PARTICIPLES
                .iter()
                .any(|m| p.text.len() > m.len() + 2 && p.text.to_ascii_lowercase().ends_with(m));
            if (p.kind == TokenKind::Word
                && p.capitalized()
                && !participle
                && !matches!(p.text, "The" | "A" | "An" | "In" | "At"))
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
        if start == k {
            // No proper name: "a $2bn container port in Lamu", "a new railway between Addis Ababa
            // and Djibouti" is named by its place when the sentence builds, opens or funds it.
            // The shape first (cheap), then whether the sentence develops it.
            if let Some(f) = placed(a, v, k, i, sector).filter(|_| is_developed()) {
                out.push(f);
            }
            continue;
        }
        if start == 0 && k - start == 1 {
            continue;
        }
        let name_span = Span::new(toks[start].span.start, toks[k - 1].span.end);
        let covering = |kinds: &[EntryKind]| {
            v.hits
                .iter()
                .any(|h| kinds.contains(&h.kind) && h.span.start <= name_span.start && h.span.end >= name_span.end)
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

/// An undertaking with no proper name, named by where it is: "a $3bn deepwater
/// port in Lamu" → "Lamu port", "a new railway between Addis Ababa and
/// Djibouti" → "Addis Ababa-Djibouti railway", "a small nuclear power plant in
/// Uzbekistan" (a country is too wide to name it: the phrase stays the name).
/// Only after "a"/"an" (a definite head refers to something named before);
/// the caller checks that the sentence builds, opens, funds or runs it.
/// `k..=i` are the descriptors and the head.
fn placed<'a>(a: &'a Analysis<'_>, v: &View<'_>, k: usize, i: usize, sector: Option<Sector>) -> Option<Found<'a>> {
    let toks = &v.toks;
    // Back over modifiers ("new", "major", "deepwater", a figure) to the indefinite article.
    let mut first = k;
    while first > 0 && k - first < 6 {
        let p = &toks[first - 1];
        let figure = v.quantities.iter().any(|q| q.span.is_some_and(|s| s.contains(p.span)));
        if p.kind == TokenKind::Word && !p.capitalized() && !p.is_word(word!("a")) && !p.is_word(word!("an")) || figure
        {
            first -= 1;
        } else {
            break;
        }
    }
    if first == 0 || !(toks[first - 1].is_word(word!("a")) || toks[first - 1].is_word(word!("an"))) {
        return None;
    }
    // The modifiers proper start after any figure: "$3bn deepwater port".
    let mut descr = first;
    while descr < k && v.quantities.iter().any(|q| q.span.is_some_and(|s| s.contains(toks[descr].span))) {
        descr += 1;
    }
    let head_words = Span::new(toks[k].span.start, toks[i].span.end).of(a.text)?;
    let place_at = |at: usize| super::super::place_at(a, v, at).map(|p| (p.name, p.is_country && p.known, p.end));
    // "a small nuclear power plant (NPP) in …": an acronym in brackets stands between.
    let mut next = i + 1;
    if toks.get(next).is_some_and(|t| t.text == "(")
        && toks.get(next + 1).is_some_and(|t| t.kind == TokenKind::Word && t.text.len() <= 6)
        && toks.get(next + 2).is_some_and(|t| t.text == ")")
    {
        next += 3;
    }
    let after = toks.get(next)?;
    let (name, location, end) = if after.is_word(word!("in")) || after.is_word(word!("at")) {
        let (place, is_country, end) = place_at(next + 1)?;
        let name = if is_country {
            // The words as written, without a figure among the modifiers ("a new $2bn airport")
            // or the bracketed acronym.
            let mut words: Vec<&str> = Vec::new();
            let mut run: Option<(usize, usize)> = None;
            for (k, t) in toks.iter().enumerate().take(end).skip(descr) {
                let skipped =
                    (i < k && k < next) || v.quantities.iter().any(|q| q.span.is_some_and(|s| s.contains(t.span)));
                match (&mut run, skipped) {
                    (Some((_, e)), false) => *e = k,
                    (None, false) => run = Some((k, k)),
                    (Some((s, e)), true) => {
                        words.push(Span::new(toks[*s].span.start, toks[*e].span.end).of(a.text)?);
                        run = None;
                    }
                    (None, true) => {}
                }
            }
            if let Some((s, e)) = run {
                words.push(Span::new(toks[s].span.start, toks[e].span.end).of(a.text)?);
            }
            words.join(" ")
        } else {
            format!("{place} {head_words}")
        };
        (name, place, end)
    } else if after.is_word(word!("between")) {
        // "between the capital Addis Ababa and the port city of Djibouti": a description may stand
        // before each place.
        let next_place = |from: usize| (from..(from + 6).min(toks.len())).find_map(place_at);
        let (from, _, e1) = next_place(next + 1)?;
        if !toks.get(e1).is_some_and(|t| t.is_word(word!("and"))) {
            return None;
        }
        let (to, _, end) = next_place(e1 + 1)?;
        (format!("{from}-{to} {head_words}"), from, end)
    } else {
        return None;
    };
    let span = Span::new(toks[descr].span.start, toks[end - 1].span.end);
    Some(Found {
        span,
        name: plain_punctuation(&name).into_owned(),
        entry: None,
        sector,
        location: Some(location),
        tok: descr,
        end,
        group: None,
        reference: false,
        parent_named: None,
        stem: None,
    })
}
