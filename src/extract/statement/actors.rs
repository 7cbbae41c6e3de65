//! Actors: who takes a position — the subject of a cue.

use super::super::{sorted, Analysis, CountryRef, View};
use super::cues::FRAMING_OR_LIGHT;
use crate::lexicon::EntryKind;
use crate::model::{Dialogue, Person};
use crate::text::classes::Classes;
use crate::text::words::{word, word_set, WordSet};
use crate::vocab;
use crate::vocab::stance::{COLLECTIVE_SUBJECTS, DEMONYM_HEADS};
use crate::Country;
use once_cell::sync::Lazy;

/// Prepositions whose object cannot be a clause's subject ("support for China").
static OBJECT_PREPOSITIONS: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new([
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
    ])
});
/// Auxiliaries, adverbs, possessives and adjectives that may stand
/// between a subject and its cue ("China has also firmly …").
static BEFORE_CUE: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new([
        "also", "have", "has", "had", "are", "is", "was", "were", "jointly", "further", "its", "their", "firm", "full",
        "strong",
    ])
});
/// [`DEMONYM_HEADS`] as a set.
static DEMONYM_HEAD_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(DEMONYM_HEADS));
/// The first words of [`COLLECTIVE_SUBJECTS`] subjects.
static COLLECTIVE_FIRST: Lazy<WordSet> = Lazy::new(|| WordSet::new(COLLECTIVE_SUBJECTS.iter().map(|words| words[0])));
/// The second words of [`COLLECTIVE_SUBJECTS`] subjects: "the" alone is far too common to try every subject.
static COLLECTIVE_SECOND: Lazy<WordSet> = Lazy::new(|| WordSet::new(COLLECTIVE_SUBJECTS.iter().map(|words| words[1])));

/// One actor found before a cue.
#[derive(Debug, Clone)]
pub(super) struct Actors {
    pub(super) countries: Vec<Country>,
    pub(super) speaker: Option<Person>,
    /// The subject is one country's embassy, ministry or government ("the embassy", "the
    /// Kenyan Foreign Ministry"), which a later "they" refers back to.
    pub(super) institutional: bool,
}

/// Who the document's collective and first-person subjects are.
pub(super) struct Voices {
    /// "Both sides", "the two countries": a pair.
    pub(super) parties: Vec<Country>,
    /// "The ministers", "the leaders", "the dialogue", "they": whoever took
    /// part in the encounter the document reports first (two or three).
    pub(super) main: Vec<Country>,
    /// "The three sides".
    pub(super) trilateral: Vec<Country>,
    /// The country whose spokesperson's briefing the document is ("We urge …").
    pub(super) house: Option<Country>,
    /// The country of the embassy or ministry named last ("the Chinese Embassy"), which a later
    /// "the embassy" refers back to.
    pub(super) institution: Option<Country>,
    /// Body sentences read so far.
    pub(super) sentence: usize,
    /// The last two countries a sentence joined with "and", and that sentence's number.
    pub(super) recent_pair: Option<(usize, [Country; 2])>,
}

impl Voices {
    /// Notes a sentence's pair of countries joined by "and" ("the foreign ministers of
    /// Ghana and Togo", "Ghana and Togo signed …"), unless the pair is the object of
    /// "with", "to" or "against", or part of a longer list.
    pub(super) fn read_pair(&mut self, v: &View<'_>) {
        self.sentence += 1;
        let joined = v.countries.windows(2).rev().find(|w| {
            let (first, second) = (&w[0], &w[1]);
            let and_between = second.tok == first.end + 1 && v.toks[first.end].is_word(word!("and"));
            let before = first.tok.checked_sub(1).map(|k| &v.toks[k]);
            let governed = before.is_some_and(|t| {
                t.is_word(word!("with")) || t.is_word(word!("to")) || t.is_word(word!("against")) || t.text == ","
            });
            and_between && first.country != second.country && !governed
        });
        if let Some(w) = joined {
            self.recent_pair = Some((self.sentence, [w[0].country, w[1].country]));
        }
    }

    /// The pair "both" and "the two sides" mean: the two countries this
    /// sentence or the one before joined with "and" ("The foreign ministers
    /// of Ghana and Togo met Chinese officials. Both agreed …"), else the
    /// document's parties.
    pub(super) fn pair(&self) -> &[Country] {
        match &self.recent_pair {
            Some((at, pair)) if self.sentence - at <= 1 => pair,
            _ => &self.parties,
        }
    }

    /// Notes a sentence's "<demonym> Embassy", "<country>'s ministry".
    /// A lexicon entry for an institution ("the Ghanaian Embassy in Lima", typed `embassy`,
    /// `ministry` or `government`) counts as well as a country followed by the noun.
    pub(super) fn read_institutions(&mut self, a: &Analysis<'_>, v: &View<'_>) {
        // Only the words right after a country can be its institution: no pass over the sentence.
        let owner = v.countries.iter().rfind(|c| {
            let mut k = c.end;
            while k < v.toks.len() && k < c.end + 2 && matches!(v.toks[k].text, "'" | "’" | "s") {
                k += 1;
            }
            v.toks.get(k).is_some_and(|t| word_set!(vocab::stance::INSTITUTION_NOUNS).has(t))
        });
        let entry = a
            .hits_of(v, EntryKind::Organization)
            .filter(|(_, e)| matches!(e.first("type"), Some("embassy" | "ministry" | "government")))
            .filter_map(|(h, e)| Some((v.tok_at(h.span.start), e.country?)))
            .last();
        // The institution named last in the sentence.
        if let Some((_, country)) =
            owner.map(|c| (c.tok, c.country)).into_iter().chain(entry).max_by_key(|&(tok, _)| tok)
        {
            self.institution = Some(country);
        }
    }
}

/// The country of a spokesperson named in the headline of a briefing
/// transcript ("Foreign Ministry Spokesperson Lin Jian's Regular Press
/// Conference"), or of the embassy or ministry whose spokesperson answers
/// ("Remarks by the Spokesperson of the Kenyan Embassy in Japan": the first
/// nationality named, not the host country after "in").
pub(super) fn house_voice(a: &Analysis<'_>) -> Option<Country> {
    let headline = a.layout.header.headline.as_deref()?;
    if !headline.to_ascii_lowercase().contains("spokes") {
        return None;
    }
    let named = a.lexicon.find(headline);
    let person = named.iter().map(|(_, e)| e).find(|e| e.kind == EntryKind::Person).and_then(|e| e.country);
    person.or_else(|| {
        let lower = headline.to_ascii_lowercase();
        let institution =
            lower.find("embassy").or_else(|| lower.find("ministry")).or_else(|| lower.find("government"))?;
        // The country named right before the institution: "Chinese Embassy", "China's Foreign Ministry".
        named
            .iter()
            .rev()
            .find(|(s, e)| e.kind == EntryKind::Country && s.end <= institution)
            .and_then(|(_, e)| e.country)
    })
}

/// The parties of the document's first three-party encounter, else the
/// three countries it names most ("the three countries" of an article whose
/// meeting was not found).
pub(super) fn trilateral_parties(a: &Analysis<'_>, dialogues: &[Dialogue]) -> Vec<Country> {
    match dialogues.iter().find(|d| d.parties.len() == 3) {
        Some(d) => d.parties.clone(),
        None => super::super::most_named(a, 3),
    }
}

/// The parties of the encounter the document reports first (the one its
/// collective subjects speak for), else its two most named countries.
pub(super) fn main_parties(a: &Analysis<'_>, dialogues: &[Dialogue]) -> Vec<Country> {
    match dialogues.iter().find(|d| d.parties.len() >= 2) {
        Some(d) => d.parties.clone(),
        None => super::super::most_named_pair(a),
    }
}

/// The parties "both sides" means: the document's main dialogue, else its two most named countries.
pub(super) fn document_parties(a: &Analysis<'_>, dialogues: &[Dialogue]) -> Vec<Country> {
    match dialogues.iter().find(|d| d.parties.len() == 2) {
        Some(d) => d.parties.clone(),
        None => super::super::most_named_pair(a),
    }
}

/// The subject of a cue: the last actor group in `from..cue` that is not
/// the object of a preposition.
#[allow(clippy::too_many_arguments)]
pub(super) fn subject(
    a: &Analysis<'_>,
    v: &View<'_>,
    countries: &[CountryRef],
    voices: &Voices,
    from: usize,
    cue: usize,
    quoted: &[bool],
    previous: Option<&Actors>,
) -> Option<Actors> {
    let toks = &v.toks;
    let (parties, trilateral) = (voices.parties.as_slice(), voices.trilateral.as_slice());
    // "work with Russia to oppose": an object; "with China commending": the absolute subject.
    // ("…, calling for restraint" after a comma is a participle of the main subject instead.)
    let absolute = toks.get(cue).is_some_and(|c| c.text.ends_with("ing")) && cue > 0 && toks[cue - 1].text != ",";
    let object_of = |t: usize| {
        t > 0 && (OBJECT_PREPOSITIONS.has(&toks[t - 1]) || (toks[t - 1].is_word(word!("with")) && !absolute))
    };
    let aside = asides(v, from, cue);
    let object_of = |t: usize| object_of(t) || aside.iter().any(|r| r.contains(&t));
    // Candidates: (start token, end token, countries, speaker).
    let mut found: Vec<(usize, usize, &[Country], Option<&Person>)> = Vec::new();
    for (s, p) in &v.people {
        let t = v.tok_at(s.start);
        // "with Indian National Security Adviser Ajit Doval": the titles before a name belong to
        // its phrase, and the word before them decides whether it is an object.
        let mut phrase = t;
        while phrase > from.max(t.saturating_sub(8))
            && (toks[phrase - 1].kind == crate::text::tokens::TokenKind::Word && toks[phrase - 1].capitalized()
                || matches!(toks[phrase - 1].text, "'" | "’" | "-")
                || toks[phrase - 1].is_word(word!("s")))
        {
            phrase -= 1;
        }
        if t >= from && t < cue && !object_of(t) && !object_of(phrase) {
            found.push((t, v.tok_at(s.end), p.country.as_slice(), Some(*p)));
        }
    }
    // "the Minister of Defense of Armenia thanked …": a post named with its country, no name.
    let post_of = |c: &CountryRef| {
        c.tok >= 2 && toks[c.tok - 1].is_word(word!("of")) && {
            let mut k = c.tok - 1;
            while k > from
                && k + 6 > c.tok
                && !toks[k - 1].is_word(word!("the"))
                && (toks[k - 1].capitalized() || toks[k - 1].is_word(word!("of")))
            {
                k -= 1;
            }
            a.hits_of(v, EntryKind::Title).any(|(h, _)| v.tok_at(h.span.start) == k)
                && (k == from || toks[k - 1].is_word(word!("the")))
        }
    };
    for c in countries {
        if c.tok < from
            || c.tok >= cue
            || (object_of(c.tok) && !post_of(c))
            || found.iter().any(|f| c.tok >= f.0 && c.tok < f.1)
        {
            continue;
        }
        let possessive = toks.get(c.end).is_some_and(|t| matches!(t.text, "'" | "’"))
            && toks.get(c.end + 1).is_some_and(|t| t.is_word(word!("s")));
        // "the Chinese side", "the Chinese Foreign Ministry", "China's embassy in Pakistan".
        let headed = || {
            let after = if possessive { c.end + 2 } else { c.end };
            toks.get(after).is_some_and(|t| DEMONYM_HEAD_SET.has(t))
                || (toks.get(after).is_some_and(|t| t.kind == crate::text::tokens::TokenKind::Word)
                    && toks.get(after + 1).is_some_and(|t| DEMONYM_HEAD_SET.has(t)))
        };
        if c.demonym {
            // "Australians were shocked …": a plural demonym is the nation's people.
            let people = c.end == c.tok + 1 && toks[c.tok].text.len() > 4 && toks[c.tok].text.ends_with('s');
            // "the Chinese side", and the first of "Chinese and Pakistani officials".
            let head = people
                || headed()
                || toks.get(c.end).is_some_and(|t| t.is_word(word!("and")))
                    && countries.iter().any(|d| {
                        d.demonym && d.tok == c.end + 1 && toks.get(d.end).is_some_and(|t| DEMONYM_HEAD_SET.has(t))
                    });
            if !head {
                continue;
            }
        } else if possessive {
            // "Pakistan's foreign minister said" is Pakistan; "China's positions" mid-object is not.
            let next_is_cue = c.end + 2 < toks.len() && c.end + 4 >= cue;
            if !next_is_cue && !headed() {
                continue;
            }
        }
        found.push((c.tok, c.end, std::slice::from_ref(&c.country), None));
    }
    for (h, e) in a.hits_of(v, EntryKind::Organization) {
        let t = v.tok_at(h.span.start);
        if t >= from && t < cue && !object_of(t) && e.country.is_some() && e.first("type") != Some("mechanism") {
            found.push((t, v.tok_at(h.span.end), e.country.as_slice(), None));
        }
    }
    for k in from..cue {
        if object_of(k) {
            continue;
        }
        let collective = (COLLECTIVE_FIRST.has(&toks[k]) && toks.get(k + 1).is_some_and(|n| COLLECTIVE_SECOND.has(n)))
            .then(|| {
                COLLECTIVE_SUBJECTS
                    .iter()
                    .find(|words| words.iter().enumerate().all(|(j, w)| toks.get(k + j).is_some_and(|t| t.is(w))))
            });
        if let Some(words) = collective.flatten() {
            // "the three sides" are a trilateral encounter's parties; "both sides" and "the two
            // ministers" a pair; "the ministers" and "the dialogue" whoever the main encounter had.
            let has = |w: &str| words.contains(&w);
            let who = if has("three") {
                if voices.main.len() == 3 {
                    voices.main.as_slice()
                } else {
                    trilateral
                }
            } else if has("two") || has("both") {
                voices.pair()
            } else {
                voices.main.as_slice()
            };
            found.push((k, k + words.len(), who, None));
        }
        // "Both noted that …", "Both agreed to …": "both" alone before a verb is the pair.
        if toks[k].is_word(word!("both"))
            && (k == 0 || matches!(toks[k - 1].text, "," | ";") || toks[k - 1].is_word(word!("and")))
            && toks.get(k + 1).is_some_and(|n| n.classes.any_of(Classes::STANCE_CUE) || FRAMING_OR_LIGHT.has(n))
        {
            found.push((k, k + 1, voices.pair(), None));
        }
        // "The embassy called on …": the embassy or ministry named before.
        if toks[k].is_word(word!("the"))
            && toks.get(k + 1).is_some_and(|n| word_set!(vocab::stance::INSTITUTION_NOUNS).has(n))
            && !countries.iter().any(|c| c.end == k + 1 || c.tok == k + 1)
        {
            if let Some(c) = voices.institution.as_ref() {
                found.push((k, k + 2, std::slice::from_ref(c), None));
            }
        }
        // "He thanked China …": the person who spoke last.
        if (toks[k].is_word(word!("he")) || toks[k].is_word(word!("she"))) && !quoted[k] {
            if let Some(p) = previous.filter(|p| p.speaker.is_some()) {
                found.push((k, k + 1, p.countries.as_slice(), p.speaker.as_ref()));
            }
        }
        // An unquoted "We urge …" in a spokesperson's briefing is the spokesperson's country.
        if toks[k].is_word(word!("we")) && !quoted[k] && voices.house.is_some() {
            found.push((k, k + 1, voices.house.as_slice(), None));
        }
        if (toks[k].is_word(word!("they")) || (toks[k].is_word(word!("we")) && quoted[k])) && !parties.is_empty() {
            // "They" are the document's two parties unless the previous actors were already several.
            // "Both noted that they will …": a group named before in the sentence.
            let group_before = found.iter().rev().find(|f| f.0 < k && f.2.len() >= 2).map(|f| f.2);
            let who = if toks[k].is_word(word!("we")) {
                &[]
            } else if let Some(group) = group_before {
                group
            } else {
                match previous {
                    Some(p) if p.countries.len() >= 2 || voices.main.len() < 2 || p.institutional => {
                        p.countries.as_slice()
                    }
                    _ => voices.main.as_slice(),
                }
            };
            found.push((k, k + 1, who, None));
        }
    }
    // "the two ministers of Kenya and Ghana": the countries after a collective subject are its own.
    let mut own: Vec<Country> = Vec::new();
    if let Some(&(_, end, _, _)) = found.iter().find(|f| f.3.is_none() && COLLECTIVE_FIRST.has(&toks[f.0])) {
        if let Some(of) =
            (end..(end + 5).min(cue)).find(|&k| toks[k].is_word(word!("of")) || toks[k].is_word(word!("from")))
        {
            let mut k = of + 1;
            while let Some(c) = countries.iter().find(|c| c.tok == k && !c.demonym) {
                own.push(c.country);
                k = c.end;
                if toks.get(k).is_some_and(|t| t.is_word(word!("and")) || t.text == ",") {
                    k += 1;
                }
            }
            if own.len() >= 2 {
                found.retain(|f| !(f.3.is_none() && f.0 > of && f.0 < k && !COLLECTIVE_FIRST.has(&toks[f.0])));
                if let Some(f) = found.iter_mut().find(|f| f.3.is_none() && COLLECTIVE_FIRST.has(&toks[f.0])) {
                    f.1 = k;
                }
            } else {
                own.clear();
            }
        }
    }
    found.sort_by_key(|f| f.0);
    let last = found.last()?;
    // Join the group coordinated with the last one: "China and Pakistan", "China, Bangladesh, and Pakistan".
    let mut countries_out =
        if !own.is_empty() && last.3.is_none() && COLLECTIVE_FIRST.has(&toks[last.0]) { own } else { last.2.to_vec() };
    let mut speaker = last.3;
    let mut start = last.0;
    for f in found.iter().rev().skip(1) {
        // Mentions can overlap (a title hit and a name): an inverted range joins nothing.
        let between = toks.get(f.1..start).unwrap_or(&[]);
        // "X and his Ghanaian counterpart Y": possessives, titles and demonyms may stand between.
        let people = f.3.is_some() && found.last().is_some_and(|l| l.3.is_some());
        // "the Japan-Italy leaders": a compound of countries joins them too.
        let dash = |t: &crate::text::tokens::Token<'_>| matches!(t.text, "-" | "–");
        let joins = !between.is_empty()
            && between.iter().any(|t| t.is_word(word!("and")) || t.text == "," || dash(t))
            && between.iter().all(|t| {
                t.is_word(word!("and"))
                    || t.text == ","
                    || dash(t)
                    || t.is_word(word!("both"))
                    || t.is_word(word!("the"))
                    || (people
                        && (t.capitalized()
                            || t.is_word(word!("his"))
                            || t.is_word(word!("her"))
                            || word_set!(vocab::encounters::COUNTERPART_WORDS).has(t)))
            });
        if !joins {
            break;
        }
        countries_out.extend(f.2.iter().copied());
        if speaker.is_none() {
            speaker = f.3;
        }
        // Two principals speaking together: neither is the statement's one speaker.
        if f.3.is_some() && speaker.is_some_and(|p| p.country != f.3.and_then(|q| q.country)) {
            speaker = None;
        }
        start = f.0;
    }
    // Nothing may stand between the group and the cue but adverbs, auxiliaries and framing.
    // An initial's or abbreviation's period ("S. Jaishankar", "Jr.") is no full stop.
    let full_stop = |k: usize| {
        toks[k].text == ";"
            || toks[k].text == "." && !(k > 0 && toks[k - 1].text.len() <= 2 && toks[k - 1].capitalized())
    };
    if (last.1..cue.min(toks.len())).any(full_stop) {
        return None;
    }
    if toks[last.0].is_word(word!("we")) && countries_out.is_empty() {
        // "we" inside a quote is the speaker's country.
        countries_out = speaker.and_then(|p| p.country).into_iter().collect();
    }
    // A subject with no country (the UN's Secretary-General) is still this clause's subject:
    // it returns empty actors, so the clause neither speaks for a country nor inherits one.
    // "The embassy …", "the Chinese Embassy in Kenya …", "Ghana's foreign ministry …".
    let institutional = countries_out.len() == 1
        && toks
            .get(start..(last.1 + 4).min(cue))
            .unwrap_or(&[])
            .iter()
            .any(|t| word_set!(vocab::stance::INSTITUTION_NOUNS).has(t) || t.is_word(word!("government")));
    Some(Actors { countries: sorted(countries_out), speaker: speaker.cloned(), institutional })
}

/// Tokens in `from..cue` that cannot hold the clause's subject: a passive
/// agent ("co-chaired by X and Y", "led by X") and a relative clause
/// (", who visited Manila last month,"), each up to the next comma.
fn asides(v: &View<'_>, from: usize, cue: usize) -> Vec<std::ops::Range<usize>> {
    let toks = &v.toks;
    // Most clauses have none: an empty list allocates nothing.
    let mut out = Vec::new();
    let mut k = from;
    while k < cue {
        let agent = toks[k].is_word(word!("by"))
            && k > 0
            && (toks[k - 1].text.ends_with("ed") || toks[k - 1].is_word(word!("led")))
            && toks[k - 1].kind == crate::text::tokens::TokenKind::Word;
        let relative =
            (toks[k].is_word(word!("who")) || toks[k].is_word(word!("which")) || toks[k].is_word(word!("whose")))
                && k > 0
                && toks[k - 1].text == ",";
        if !(agent || relative) {
            k += 1;
            continue;
        }
        let end = (k + 1..cue).find(|&j| matches!(toks[j].text, "," | ";")).unwrap_or(cue);
        out.push(k..end);
        k = end;
    }
    out
}

/// Where the subject of a cue at `cue` begins (or `cue` when it has none
/// of its own): "…, and both sides called", "…, while China reaffirmed".
pub(super) fn subject_start(a: &Analysis<'_>, v: &View<'_>, countries: &[CountryRef], lo: usize, cue: usize) -> usize {
    let toks = &v.toks;
    let mut end = cue;
    while end > lo && {
        let t = &toks[end - 1];
        (t.ends_with("ly") && t.text.len() > 3) || FRAMING_OR_LIGHT.has(t) || BEFORE_CUE.has(t)
    } {
        end -= 1;
    }
    let ends_at = |e: usize| -> Option<usize> {
        if let Some(words) = COLLECTIVE_SUBJECTS
            .iter()
            .find(|w| e >= w.len() && w.iter().enumerate().all(|(j, x)| toks[e - w.len() + j].is(x)))
        {
            return Some(e - words.len());
        }
        if e > 0 && (toks[e - 1].is_word(word!("they")) || toks[e - 1].is_word(word!("we"))) {
            return Some(e - 1);
        }
        if let Some((s, _)) = v.people.iter().find(|(s, _)| v.tok_at(s.end) == e) {
            // Include the titles and bodies written before the name: "UN Secretary-General Antonio Guterres".
            let mut start = v.tok_at(s.start);
            while start > lo
                && v.hits.iter().any(|h| v.tok_at(h.span.end) == start && !matches!(h.kind, EntryKind::Person))
            {
                start = v.hits.iter().find(|h| v.tok_at(h.span.end) == start).map_or(start, |h| v.tok_at(h.span.start));
            }
            return Some(start);
        }
        if let Some(c) = countries.iter().find(|c| c.end == e && !c.demonym) {
            return Some(c.tok);
        }
        if e > 0 && DEMONYM_HEAD_SET.has(&toks[e - 1]) {
            if let Some(c) = countries.iter().find(|c| c.end + 1 == e && c.demonym) {
                return Some(if c.tok > 0 && toks[c.tok - 1].is_word(word!("the")) { c.tok - 1 } else { c.tok });
            }
        }
        a.hits_of(v, EntryKind::Organization)
            .find(|(h, e2)| v.tok_at(h.span.end) == e && e2.country.is_some())
            .map(|(h, _)| v.tok_at(h.span.start))
    };
    let Some(mut start) = ends_at(end) else { return end };
    // Coordinated subjects: "China and Pakistan", "Both China and Pakistan".
    while start >= 2 && (toks[start - 1].is_word(word!("and")) || toks[start - 1].text == ",") {
        match ends_at(start - 1) {
            Some(s) if s >= lo => start = s,
            _ => break,
        }
    }
    if start > lo && (toks[start - 1].is_word(word!("both")) || toks[start - 1].is_word(word!("the"))) {
        start -= 1;
    }
    start.max(lo)
}
