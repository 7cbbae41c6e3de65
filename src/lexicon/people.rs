//! People without a list: a title-driven recognizer.
//!
//! A person is a run of capitalized name words after a chain of titles
//! ("Deputy Prime Minister and Foreign Minister Ishaq Dar"), or before an
//! apposition of titles ("Wang Yi, member of the Political Bureau … and
//! Foreign Minister"), or after "counterpart", or a name the lexicon knows.
//! Nationality comes from a demonym or possessive before the titles, from a
//! title that implies it, from a coordinated neighbour ("Pakistani President
//! X and Prime Minister Y"), or from the lexicon. Later short mentions
//! ("Dar", "Wang") resolve to the full name within the document.

use super::{EntryKind, Form, Hit, Lexicon};
use crate::model::{Person, Span};
use crate::text::classes::Classes;
use crate::text::tokens::{Token, TokenKind};
use crate::text::words::{fold_latin, word, word_set, WordSet};
use crate::vocab;
use crate::vocab::names::{NAME_PARTICLES, NOT_NAMES};
use crate::Country;
use once_cell::sync::Lazy;
use rustc_hash::FxHashMap as HashMap;

/// One recognized mention of a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonMention {
    /// The name's bytes.
    pub span: Span,
    /// The name as written.
    pub name: String,
    /// Nationality found at this mention.
    pub country: Option<Country>,
    /// Titles found at this mention, as written.
    pub titles: Vec<String>,
}

/// The people of one document and where each is mentioned.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct People {
    /// Distinct people, in order of first mention.
    pub people: Vec<Person>,
    /// Each mention's span and the index of its person.
    pub mentions: Vec<(Span, usize)>,
}

impl People {}

/// Finds titled and known mentions of people sentence by sentence, in text
/// order; [`merge`](PeopleFinder::merge) then joins them into people.
pub(crate) struct PeopleFinder<'a> {
    lexicon: &'a Lexicon,
    found: Vec<PersonMention>,
    /// One set of per-token marks, refilled for each sentence.
    marks: Marks,
}

impl<'a> PeopleFinder<'a> {
    pub(crate) fn new(lexicon: &'a Lexicon) -> Self {
        PeopleFinder { lexicon, found: Vec::new(), marks: Marks::default() }
    }

    /// Reads the next sentence (sentences come in text order), given its
    /// tokens, their classes ([`Classes::of`]) and its lexicon hits.
    pub(crate) fn sentence(&mut self, text: &str, toks: &[Token<'_>], classes: Classes, hits: &[Hit]) {
        // Every rule starts at a known person, a title or a "counterpart": a sentence with none
        // of them names no one.
        let lexicon = self.lexicon;
        let person_or_title = |h: &Hit| matches!(h.kind, EntryKind::Person | EntryKind::Title);
        if !hits.iter().any(person_or_title) && !classes.any_of(Classes::PERSON_CUE) {
            return;
        }
        self.marks.refill(toks, hits, lexicon);
        sentence_people(text, toks, &self.marks, self.lexicon, &mut self.found);
    }

    /// Joins the mentions found into people.
    pub(crate) fn merge(self) -> KnownPeople {
        KnownPeople::merge(self.found)
    }
}

/// Token-indexed view of the lexicon hits of one sentence.
#[derive(Default)]
struct Marks {
    /// The whole-token hits in token order; `first[t]..first[t + 1]` start at token `t`.
    hits: Vec<Hit>,
    first: Vec<usize>,
    /// For each token, whether some hit covers it.
    covered: Vec<bool>,
    /// For each token, the token index just past the longest hit starting there.
    hit_end: Vec<usize>,
    /// For each token, whether the only name covering it is a one-word place ("Lima"), which
    /// may be a surname after a given name ("Joao Lima").
    place_only: Vec<bool>,
}

impl Marks {
    /// The hits inside `span`.
    fn hits_in(&self, span: Span) -> impl Iterator<Item = &Hit> {
        self.hits.iter().filter(move |h| span.contains(h.span))
    }

    /// The hits that start at token `t`.
    fn starts(&self, t: usize) -> &[Hit] {
        match (self.first.get(t), self.first.get(t + 1)) {
            (Some(&a), Some(&b)) => &self.hits[a..b],
            _ => &[],
        }
    }

    /// The marks of a sentence's tokens and its lexicon hits.
    fn refill(&mut self, toks: &[Token<'_>], hits: &[Hit], lexicon: &Lexicon) {
        self.place_only.clear();
        self.place_only.resize(toks.len(), false);
        self.hits.clear();
        self.first.clear();
        self.first.resize(toks.len() + 1, 0);
        self.covered.clear();
        self.covered.resize(toks.len(), false);
        self.hit_end.clear();
        self.hit_end.extend(0..toks.len());
        let mut t = 0;
        for hit in hits {
            while t < toks.len() && toks[t].span.start < hit.span.start {
                t += 1;
            }
            if t >= toks.len() || toks[t].span.start != hit.span.start {
                continue;
            }
            let mut e = t;
            let newly_covered = !self.covered[t];
            while e < toks.len() && toks[e].span.end <= hit.span.end {
                self.covered[e] = true;
                e += 1;
            }
            let one_word_place = e == t + 1 && lexicon.entry(hit.entry).kind == EntryKind::Place;
            self.place_only[t] = if newly_covered { one_word_place } else { self.place_only[t] && one_word_place };
            // A name that ends inside a token ("Trump" in "Trump’n", where the apostrophe is
            // word-internal) is not a whole-token mention: skip it rather than mark an empty range.
            if e == t {
                continue;
            }
            // Hits come in start order, so each token's hits are contiguous.
            self.hits.push(*hit);
            self.first[t + 1] += 1;
            self.hit_end[t] = self.hit_end[t].max(e);
        }
        for k in 1..self.first.len() {
            self.first[k] += self.first[k - 1];
        }
    }
}

fn hit_of(m: &Marks, t: usize, kind: EntryKind) -> Option<&Hit> {
    m.starts(t).iter().find(|h| h.kind == kind)
}

/// A chain of titles starting at token `t`: "Deputy Prime Minister and Foreign Minister".
/// Returns the titles, each with the country its post names ("Minister of
/// Foreign Affairs of Peru" → PE), and the token just past the chain.
/// `after_name` is set for an apposition after a name, where a portfolio may
/// run to the apposition's end.
fn title_chain(
    text: &str,
    toks: &[Token<'_>],
    m: &Marks,
    lexicon: &Lexicon,
    mut t: usize,
    after_name: bool,
) -> (Vec<(String, Option<Country>)>, usize) {
    let mut titles = Vec::new();
    while let Some(hit) = hit_of(m, t, EntryKind::Title) {
        let written = hit.span.of(text).unwrap_or("");
        let mut country = lexicon.entry(hit.entry).country;
        let start = hit.span.start;
        t = m.hit_end[t];
        let mut end_byte = toks[t - 1].span.end;
        loop {
            // "Secretary of State of the USA", "Ambassador to Pakistan": the post's country belongs to
            // the title; "of" says whose post it is, "to" only where it is held.
            let of = toks.get(t).is_some_and(|tok| tok.is_word(word!("of")));
            if of || toks.get(t).is_some_and(|tok| tok.is_word(word!("to"))) {
                let c = t + 1 + usize::from(toks.get(t + 1).is_some_and(|x| x.is_word(word!("the"))));
                if let Some(h) = hit_of(m, c, EntryKind::Country).filter(|h| h.form != Form::Demonym) {
                    if of {
                        country = lexicon.entry(h.entry).country.or(country);
                    }
                    // The country is said, not part of the title: "Secretary of State of the USA" is
                    // a "Secretary of State" of the US.
                    t = m.hit_end[c];
                    continue;
                }
            }
            // "Minister for Trade and Industry", "Chairman of the Board of …":
            // a portfolio of capitalized words runs to a known person, to the end of an apposition,
            // or to "of <Country>".
            match portfolio(toks, m, t, after_name) {
                Some(after) => {
                    t = after;
                    end_byte = toks[t - 1].span.end;
                }
                None => break,
            }
        }
        let title = if end_byte > start + written.len() {
            Span::new(start, end_byte).of(text).unwrap_or(written)
        } else {
            written
        };
        // "Spokesman for the Egyptian Presidency": a demonym inside the post names its country.
        if country.is_none() {
            country = m.hits_in(Span::new(start, end_byte)).find_map(|h| {
                let e = lexicon.entry(h.entry);
                (e.kind == EntryKind::Country && h.form == Form::Demonym).then_some(e.country).flatten()
            });
        }
        titles.push((capitalize(title), country));
        let joins = toks.get(t).is_some_and(|tok| tok.is_word(word!("and")) || tok.text == ",");
        if joins && hit_of(m, t + 1, EntryKind::Title).is_some() {
            t += 1;
        } else if hit_of(m, t, EntryKind::Title).is_none()
            || toks.get(t).is_some_and(|x| vocab::names::HONORIFICS.contains(&x.text))
        {
            // "Deputy Prime Minister and Foreign Minister Senator X": a title right after a title
            // continues the chain.
            break;
        }
    }
    (titles, t)
}

/// The token past a portfolio after a title at `t` ("for Planning", "of the
/// National People's Congress"): "of" or "for", then capitalized words
/// (with "and", "of", "the" and possessives inside), ending before a known
/// person, before "of <Country>", before a comma, or (after a name) where
/// the apposition closes: a lower-case word or the sentence's end. `None`
/// when no portfolio starts there.
fn portfolio(toks: &[Token<'_>], m: &Marks, t: usize, after_name: bool) -> Option<usize> {
    if !toks.get(t).is_some_and(|tok| tok.is_word(word!("for")) || tok.is_word(word!("of"))) {
        return None;
    }
    let inner = |w: &Token<'_>| {
        w.is_word(word!("and"))
            || w.is_word(word!("of"))
            || w.is_word(word!("the"))
            || w.is_word(word!("s"))
            || matches!(w.text, "'" | "’")
    };
    let country_after = |k: usize| {
        let c = k + 1 + usize::from(toks.get(k + 1).is_some_and(|x| x.is_word(word!("the"))));
        toks.get(k).is_some_and(|w| w.is_word(word!("of")))
            && hit_of(m, c, EntryKind::Country).is_some_and(|h| h.form != Form::Demonym)
    };
    let mut k = t + 1;
    let mut words = 0;
    while k < toks.len() && words < 10 {
        let w = &toks[k];
        if hit_of(m, k, EntryKind::Person).is_some() || country_after(k) {
            break;
        }
        let ok = (w.kind == TokenKind::Word && w.capitalized())
            || (inner(w) && words > 0)
            || (w.is_word(word!("the")) && k == t + 1);
        if !ok {
            break;
        }
        words += usize::from(w.kind == TokenKind::Word && w.capitalized());
        k += 1;
    }
    // Trailing "and", "of", "the" belong to what follows.
    while k > t + 1 && inner(&toks[k - 1]) {
        k -= 1;
    }
    if words == 0 {
        return None;
    }
    // Before a name, a portfolio must end where the name is known to start; after a name (an
    // apposition) it may also end where the apposition closes.
    let closes = hit_of(m, k, EntryKind::Person).is_some()
        || country_after(k)
        || toks.get(k).is_some_and(|w| w.text == ",")
        || (after_name && toks.get(k).is_none_or(|w| w.kind == TokenKind::Punct || !w.capitalized()));
    closes.then_some(k)
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

fn is_name_word(tok: &Token<'_>, covered: bool) -> bool {
    tok.kind == TokenKind::Word
        && !covered
        && tok.capitalized()
        && tok.text.chars().skip(1).any(char::is_lowercase)
        && !(NOT_NAME_SET.has(tok) && NOT_NAMES.contains(&tok.text))
}

/// [`NOT_NAMES`] as a set: most words are turned away by their hash before
/// the case-sensitive list is read.
static NOT_NAME_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(NOT_NAMES));

/// Name words from token `t`: at most four capitalized words not covered by
/// another lexicon name.
fn name_at(toks: &[Token<'_>], m: &Marks, t: usize) -> usize {
    let mut e = t;
    let mut words = 0;
    while e < toks.len() && words < 4 {
        if is_name_word(&toks[e], m.covered[e]) {
            e += 1;
            words += 1;
            continue;
        }
        // "Joao Lima", "Rui Paris": a one-word place after a given name, closing the name, is
        // a surname.
        let surname_place = words > 0
            && m.place_only[e]
            && is_name_word(&toks[e], false)
            && !toks.get(e + 1).is_some_and(|n| n.kind == TokenKind::Word && n.capitalized());
        if surname_place {
            return e + 1;
        }
        // A particle or a hyphen inside a name: "Mohammed bin Salman", "Abdel-Fattah".
        let next_is_name = toks.get(e + 1).is_some_and(|n| is_name_word(n, m.covered[e + 1]));
        let particle = NAME_PARTICLES.contains(&toks[e].text);
        let hyphen = toks[e].text == "-"
            && toks[e - 1].span.end == toks[e].span.start
            && toks.get(e + 1).is_some_and(|n| n.span.start == toks[e].span.end);
        // "Faisal al-Fayez", "Abdel Fattah el-Sisi": a particle joined to the next name word.
        let joined_particle = particle
            && toks.get(e + 1).is_some_and(|h| h.text == "-" && h.span.start == toks[e].span.end)
            && toks
                .get(e + 2)
                .is_some_and(|n| n.span.start == toks[e + 1].span.end && is_name_word(n, m.covered[e + 2]));
        if words > 0 && joined_particle {
            e += 2;
        } else if words > 0 && next_is_name && (particle || hyphen) {
            e += 1;
        } else {
            break;
        }
    }
    e
}

/// The country a modifier right before token `t` gives: "Pakistani", "Pakistan's", "China’s".
fn modifier_country(toks: &[Token<'_>], m: &Marks, lexicon: &Lexicon, t: usize) -> Option<Country> {
    if t == 0 {
        return None;
    }
    // Possessive: Country ’ s
    if t >= 3 && toks[t - 1].is_word(word!("s")) && matches!(toks[t - 2].text, "'" | "’") {
        for back in 3..=6.min(t) {
            if let Some(h) = hit_of(m, t - back, EntryKind::Country) {
                if m.hit_end[t - back] == t - 2 {
                    return lexicon.entry(h.entry).country;
                }
            }
        }
    }
    // A modifier ending right at `t`, within three tokens, whose hit `accepts`: the country it gives.
    let ending_within = |reach: usize, accepts: &dyn Fn(&Hit) -> bool| {
        (1..=reach.min(t)).find_map(|back| {
            let h = m.starts(t - back).iter().find(|h| accepts(h))?;
            (m.hit_end[t - back] == t).then(|| lexicon.entry(h.entry).country).flatten()
        })
    };
    let ending_here = |accepts: &dyn Fn(&Hit) -> bool| ending_within(3, accepts);
    let kind = |h: &Hit| h.kind;
    // "Pakistani President"; then an organization of one country ("NDRC Vice Chairman", "ISPR
    // Director General"); then a country's name used as a modifier ("US Defense Secretary").
    ending_here(&|h| h.form == Form::Demonym)
        .or_else(|| {
            // An organization's name may be long: "China Three Gorges Corporation Chairman".
            ending_within(6, &|h| {
                kind(h) == EntryKind::Organization && lexicon.entry(h.entry).first("type") != Some("mechanism")
            })
        })
        .or_else(|| ending_here(&|h| kind(h) == EntryKind::Country))
        // "Tehran police chief", "Ankara Governor": a place's own officials.
        .or_else(|| ending_here(&|h| kind(h) == EntryKind::Place))
}

fn sentence_people(text: &str, toks: &[Token<'_>], m: &Marks, lexicon: &Lexicon, out: &mut Vec<PersonMention>) {
    let first_in_sentence = out.len();
    // The nationality a modifier gave the last titled person, which a coordinated title shares.
    let mut shared_modifier: Option<Country> = None;
    let mut t = 0;
    while t < toks.len() {
        // A known person from the lexicon.
        if let Some(h) = hit_of(m, t, EntryKind::Person) {
            // "Faisal bin Farhan Al Saud": the text may give more of the name than the lexicon.
            let mut end = m.hit_end[t];
            while toks.get(end).is_some_and(|x| NAME_PARTICLES.iter().any(|p| x.text.eq_ignore_ascii_case(p)))
                && toks.get(end + 1).is_some_and(|x| is_name_word(x, m.covered[end + 1]))
            {
                end += 2;
            }
            let mut p = mention(text, toks, t, end, lexicon.entry(h.entry).country, Vec::new());
            // "his Chinese counterpart Wang Yi", "her counterpart, Wang Yi,".
            let comma = usize::from(t > 0 && toks[t - 1].text == ",");
            if t > comma && toks[t - 1 - comma].is_word(word!("counterpart")) {
                p.titles = counterpart_titles(&out[first_in_sentence..]);
                p.country = modifier_country(toks, m, lexicon, t - 1 - comma).or(p.country);
            }
            add_apposition(&mut p, apposition(text, toks, m, lexicon, end));
            out.push(p);
            t = end.max(t + 1);
            continue;
        }
        // Title chain, then a name.
        if hit_of(m, t, EntryKind::Title).is_some() {
            let (mut titles, after) = title_chain(text, toks, m, lexicon, t, false);
            // Capitalized words before a title belong to it: "External Affairs Minister", and
            // coordinated portfolios: "Energy and Mining Minister".
            let portfolio_word = |k: usize| {
                vocab::names::PORTFOLIO_WORDS.iter().any(|w| w.eq_ignore_ascii_case(toks[k].text)) && !m.covered[k]
            };
            let mut ext = t;
            // "infrastructure minister": a portfolio in lower case before a lower-case title.
            while ext > 0
                && t - ext < 3
                && (is_name_word(&toks[ext - 1], m.covered[ext - 1])
                    || (!toks[t].capitalized() && portfolio_word(ext - 1)))
            {
                ext -= 1;
            }
            // ("Treasury and Finance Minister": the title itself may open with the second portfolio.)
            let title_portfolio =
                |k: usize| k == t && vocab::names::PORTFOLIO_WORDS.iter().any(|w| w.eq_ignore_ascii_case(toks[k].text));
            if ext >= 2
                && ext <= t
                && toks[ext - 1].is_word(word!("and"))
                && portfolio_word(ext - 2)
                && (portfolio_word(ext) || title_portfolio(ext))
            {
                ext -= 2;
            }
            if ext < t {
                if let Some(first) = titles.first_mut() {
                    let words = Span::new(toks[ext].span.start, toks[t].span.start).of(text).unwrap_or("");
                    // The title keeps its own case after the words: "Infrastructure minister".
                    let mut title = first.0.clone();
                    if !toks[t].capitalized() {
                        title = title
                            .chars()
                            .next()
                            .map(|c| c.to_lowercase().collect::<String>() + &title[c.len_utf8()..])
                            .unwrap_or(title);
                    }
                    first.0 = capitalize(&format!("{words}{title}"));
                }
            }
            let chain_start = ext;
            // A known person right after the titles, or a name; "Iraqi Prime Minister, Jane Roe,":
            // a name set off by commas when it has two words or more and its apposition closes.
            let name_from = |at: usize| {
                if hit_of(m, at, EntryKind::Person).is_some() {
                    // "Faisal bin Farhan Al Saud": a known name written out in full runs on
                    // over a word or two of the same name.
                    let known_end = m.hit_end[at];
                    let full = name_at(toks, m, known_end);
                    if full > known_end && full <= known_end + 2 {
                        full
                    } else {
                        known_end
                    }
                } else {
                    name_at(toks, m, at)
                }
            };
            let mut after = after;
            // "Additional Secretary (Asia Pacific) Jane Roe": a portfolio in brackets before the name.
            if toks.get(after).is_some_and(|x| x.text == "(") {
                if let Some(close) = (after + 1..(after + 6).min(toks.len())).find(|&k| toks[k].text == ")") {
                    if toks.get(close + 1).is_some_and(|x| is_name_word(x, m.covered[close + 1])) {
                        after = close + 1;
                    }
                }
            }
            // "Emir Sheikh Nawaf …", "Minister Prince Zeid …": an honorific is neither post nor name.
            let past_honorifics = |mut at: usize| {
                while toks.get(at).is_some_and(|x| vocab::names::HONORIFICS.contains(&x.text))
                    && toks.get(at + 1).is_some_and(|x| x.capitalized() || x.text == ".")
                {
                    at += 1 + usize::from(toks.get(at + 1).is_some_and(|x| x.text == "."));
                }
                at
            };
            after = past_honorifics(after);
            let mut name_end = name_from(after);
            // "Minister for Foreign Affairs, Prince Faisal …": the name after a comma.
            if name_end == after && toks.get(after).is_some_and(|x| x.text == ",") {
                let start = past_honorifics(after + 1);
                let end = name_from(start);
                let known = hit_of(m, start, EntryKind::Person).is_some();
                let closes = toks.get(end).is_none_or(|x| x.kind == TokenKind::Punct || !x.capitalized());
                if (known || end >= start + 2) && closes {
                    after = start;
                    name_end = end;
                }
            }
            // "the General Gordon military base": a place named after someone, not a person.
            let named_place = toks[name_end.min(toks.len())..(name_end + 2).min(toks.len())]
                .iter()
                .take_while(|x| x.kind == TokenKind::Word && !x.capitalized())
                .any(|x| word_set!(vocab::names::NAMED_PLACE_NOUNS).has(x));
            if name_end > after && !named_place {
                let known = hit_of(m, after, EntryKind::Person).and_then(|h| lexicon.entry(h.entry).country);
                // "Pakistani President X and Prime Minister Y": Y shares the nationality the modifier
                // gave X (not one X has of their own: "Prime Minister Sharif and President Erdogan").
                let coordinated = if chain_start >= 1 && toks[chain_start - 1].is_word(word!("and")) {
                    shared_modifier
                } else {
                    None
                };
                let modifier = modifier_country(toks, m, lexicon, chain_start);
                let country = modifier.or_else(|| titles.iter().find_map(|(_, c)| *c)).or(known).or(coordinated);
                shared_modifier = modifier.or(coordinated);
                let mut p = mention(text, toks, after, name_end, country, titles.into_iter().map(|(s, _)| s).collect());
                add_apposition(&mut p, apposition(text, toks, m, lexicon, name_end));
                out.push(p);
                t = name_end.max(t + 1);
                continue;
            }
            t = after.max(t + 1);
            continue;
        }
        // "their Philippine counterparts, Enrique Manalo and Gilberto Teodoro"
        if toks[t].is_word(word!("counterparts")) {
            let country = modifier_country(toks, m, lexicon, t);
            let mut k = t + 1;
            if toks.get(k).is_some_and(|x| x.text == "," || x.text == ":") {
                k += 1;
            }
            let mut found_any = false;
            loop {
                let end = name_at(toks, m, k);
                if end < k + 2 {
                    break;
                }
                out.push(mention(text, toks, k, end, country, Vec::new()));
                found_any = true;
                k = end;
                if toks.get(k).is_some_and(|x| x.is_word(word!("and")) || x.text == ",") {
                    k += 1;
                } else {
                    break;
                }
            }
            if found_any {
                t = k.max(t + 1);
                continue;
            }
        }
        // "his Pakistani counterpart Ishaq Dar", "her counterpart, Jane Roe,"
        if toks[t].is_word(word!("counterpart")) {
            let from = t + 1 + usize::from(toks.get(t + 1).is_some_and(|x| x.text == ","));
            let end = name_at(toks, m, from);
            if end > from && (from == t + 1 || end >= from + 2) {
                let titles = counterpart_titles(&out[first_in_sentence..]);
                let country = modifier_country(toks, m, lexicon, t);
                out.push(mention(text, toks, from, end, country, titles));
                t = end.max(t + 1);
                continue;
            }
        }
        // "Ghana's leader Jane Roe", "Chile's top diplomat John Doe": a role that is no title,
        // after the person's country (possessive or demonym, perhaps with an adjective between).
        if word_set!(vocab::names::ROLE_NOUNS).has(&toks[t])
            && hit_of(m, t + 1, EntryKind::Person).is_none()
            && hit_of(m, t + 2, EntryKind::Person).is_none()
        {
            let country = modifier_country(toks, m, lexicon, t).or_else(|| {
                (t > 1 && toks[t - 1].kind == TokenKind::Word && !toks[t - 1].capitalized())
                    .then(|| modifier_country(toks, m, lexicon, t - 1))
                    .flatten()
            });
            // "the Peruvian leader, Dina Boluarte,": the name may be set off by commas.
            let from = t + 1 + usize::from(toks.get(t + 1).is_some_and(|x| x.text == ","));
            let end = name_at(toks, m, from);
            let closes = from == t + 1 || toks.get(end).is_none_or(|x| x.kind == TokenKind::Punct || !x.capitalized());
            if let Some(country) = country.filter(|_| end >= from + 2 && closes) {
                let mut p = mention(text, toks, from, end, Some(country), Vec::new());
                add_apposition(&mut p, apposition(text, toks, m, lexicon, end));
                out.push(p);
                t = end;
                continue;
            }
        }
        // A bare name of two or more words followed by an apposition of titles.
        if is_name_word(&toks[t], m.covered[t]) && (t == 0 || !is_name_word(&toks[t - 1], m.covered[t - 1])) {
            let end = name_at(toks, m, t);
            if end - t >= 2 {
                let titles = apposition(text, toks, m, lexicon, end);
                if !titles.is_empty() {
                    let mut p = mention(text, toks, t, end, None, Vec::new());
                    add_apposition(&mut p, titles);
                    out.push(p);
                }
            }
            t = end.max(t + 1);
            continue;
        }
        t += 1;
    }
    for p in out[first_in_sentence..].iter_mut().filter(|p| p.country.is_none()) {
        let start = toks.partition_point(|t| t.span.start < p.span.start);
        let end = toks.partition_point(|t| t.span.start < p.span.end);
        // "President Tokayev": a titled surname alone is the known person of that name.
        p.country = stated_country(toks, m, lexicon, start, end)
            .or_else(|| (end == start + 1 && !p.titles.is_empty()).then(|| lexicon.surname_country(&p.name)).flatten());
    }
    share_list_nationality(toks, &mut out[first_in_sentence..]);
}

/// "The delegation included Foreign Minister A, Finance Minister B, Trade
/// Minister C and …": in a list of three or more titled people with nothing
/// but titles between them, those of no stated nationality share the one the
/// others have (when the others agree).
fn share_list_nationality(toks: &[Token<'_>], sentence: &mut [PersonMention]) {
    let range = |p: &PersonMention| {
        (toks.partition_point(|t| t.span.start < p.span.start), toks.partition_point(|t| t.span.start < p.span.end))
    };
    let gap_is_titles = |from: usize, to: usize| {
        toks[from.min(to)..to].iter().all(|t| {
            t.text == ","
                || t.capitalized()
                || t.is_word(word!("and"))
                || t.is_word(word!("of"))
                || t.is_word(word!("for"))
                || t.is_word(word!("the"))
        })
    };
    let mut i = 0;
    while i < sentence.len() {
        let mut j = i + 1;
        while j < sentence.len()
            && !sentence[j].titles.is_empty()
            && gap_is_titles(range(&sentence[j - 1]).1, range(&sentence[j]).0)
        {
            j += 1;
        }
        let list = &mut sentence[i..j];
        if list.len() >= 3 && list.iter().all(|p| !p.titles.is_empty()) {
            let mut known = list.iter().filter_map(|p| p.country);
            if let Some(first) = known.next() {
                if known.all(|c| c == first) {
                    for p in list.iter_mut().filter(|p| p.country.is_none()) {
                        p.country = Some(first);
                    }
                }
            }
        }
        i = j;
    }
}

/// Nationality a person's surroundings state: "President X of Sri Lanka",
/// "the Indian delegation was led by X", "the team from India was headed by X".
fn stated_country(toks: &[Token<'_>], m: &Marks, lexicon: &Lexicon, start: usize, end: usize) -> Option<Country> {
    let country_at = |t: usize, demonym: bool| {
        hit_of(m, t, EntryKind::Country)
            .filter(|h| (h.form == Form::Demonym) == demonym)
            .and_then(|h| lexicon.entry(h.entry).country)
    };
    // "X of Sri Lanka" (not "X of the Foreign Ministry").
    if toks.get(end).is_some_and(|t| t.is_word(word!("of"))) {
        if let Some(c) = country_at(end + 1, false) {
            return Some(c);
        }
    }
    // "the Indian delegation was led by X, …": back over titles to "by", then the delegation.
    let by = (start.saturating_sub(6)..start).rev().find(|&k| toks[k].is_word(word!("by")))?;
    let led = by > 0 && word_set!(vocab::encounters::LEADING_VERBS).has(&toks[by - 1]);
    if !led {
        return None;
    }
    let delegation =
        (by.saturating_sub(10)..by).find(|&k| word_set!(vocab::encounters::DELEGATION_NOUNS).has(&toks[k]))?;
    // "the Indian delegation", "the team from India".
    let before = (delegation > 0).then(|| country_at(delegation - 1, true)).flatten();
    before.or_else(|| {
        toks.get(delegation + 1)
            .is_some_and(|t| t.is_word(word!("from")))
            .then(|| country_at(delegation + 2, false))
            .flatten()
    })
}

/// Adds an apposition's titles to a mention, and the country a post names
/// ("…, Minister of Foreign Affairs of Peru") where the mention has none.
fn add_apposition(p: &mut PersonMention, titles: Vec<(String, Option<Country>)>) {
    for (title, country) in titles {
        p.country = p.country.or(country);
        p.titles.push(title);
    }
}

/// "his counterpart" holds the same titles as the last titled person of the sentence.
fn counterpart_titles(sentence_so_far: &[PersonMention]) -> Vec<String> {
    sentence_so_far.iter().rev().find(|p| !p.titles.is_empty()).map(|p| p.titles.clone()).unwrap_or_default()
}

/// Titles in an apposition after a name: ", also a member of … and Foreign Minister,",
/// each with the country its post names.
fn apposition(
    text: &str,
    toks: &[Token<'_>],
    m: &Marks,
    lexicon: &Lexicon,
    after_name: usize,
) -> Vec<(String, Option<Country>)> {
    if toks.get(after_name).is_none_or(|t| t.text != ",") {
        return Vec::new();
    }
    let mut t = after_name + 1;
    while toks.get(t).is_some_and(|tok| {
        tok.is_word(word!("also")) || tok.is_word(word!("a")) || tok.is_word(word!("an")) || tok.is_word(word!("the"))
    }) {
        t += 1;
    }
    let (titles, end) = title_chain(text, toks, m, lexicon, t, true);
    // The apposition must close: a comma, the sentence end, or a verb follows.
    let closes = toks.get(end).is_none_or(|tok| tok.kind == TokenKind::Punct || !tok.capitalized());
    if closes {
        titles
    } else {
        Vec::new()
    }
}

fn mention(
    text: &str,
    toks: &[Token<'_>],
    from: usize,
    to: usize,
    country: Option<Country>,
    titles: Vec<String>,
) -> PersonMention {
    let span = Span::new(toks[from].span.start, toks[to - 1].span.end);
    PersonMention { span, name: span.of(text).unwrap_or("").to_string(), country, titles }
}

/// The words of a name as people are compared: Latin diacritics folded, so
/// "Çavuşoğlu" and "Cavusoglu" are one word.
fn name_words(name: &str) -> Vec<String> {
    fold_latin(name).split_whitespace().map(str::to_string).collect()
}

/// How many words a name has, without listing them.
fn word_count(name: &str) -> usize {
    name.split_whitespace().count()
}

/// Whether two written names can be the same person: one's words are a
/// subset of the other's and they share the last word, or one is a single
/// word of the other.
fn same_person(a: &str, b: &str) -> bool {
    // Names without diacritics (most) are compared as written, without building word lists.
    let (fa, fb) = (fold_latin(a), fold_latin(b));
    let (wa, wb): (Vec<&str>, Vec<&str>) = (fa.split_whitespace().collect(), fb.split_whitespace().collect());
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    if wa.len() == 1 || wb.len() == 1 {
        let (one, many) = if wa.len() == 1 { (&wa, &wb) } else { (&wb, &wa) };
        return many.contains(&one[0]);
    }
    let subset = wa.iter().all(|w| wb.contains(w)) || wb.iter().all(|w| wa.contains(w));
    subset && wa.last() == wb.last()
}

/// People merged from their mentions, still to be looked for in untitled
/// short mentions ("Dar said") sentence by sentence.
pub(crate) struct KnownPeople {
    people: Vec<Person>,
    by_word: HashMap<String, Vec<usize>>,
    mentions: Vec<(Span, usize)>,
    /// The merged mentions' spans, sorted: no untitled mention lies inside one.
    covered: Vec<Span>,
    /// Every word of every name, any case: other words are turned away by their hash.
    name_words: WordSet,
    /// Whether some name has a hyphenated word ("Al-Sabah"): only then are
    /// hyphenated tokens looked up.
    hyphenated_names: bool,
}

impl KnownPeople {
    /// Merges mentions into people. People are indexed by each word of their
    /// names, so nothing is all-pairs.
    fn merge(found: Vec<PersonMention>) -> KnownPeople {
        let mut people: Vec<Person> = Vec::new();
        let mut by_word: HashMap<String, Vec<usize>> = HashMap::default();
        let mut mentions = Vec::new();
        let index = |by_word: &mut HashMap<String, Vec<usize>>, name: &str, idx: usize| {
            for w in name_words(name) {
                let list = by_word.entry(w).or_default();
                if !list.contains(&idx) {
                    list.push(idx);
                }
            }
        };
        // Full names first, so that a short mention seen earlier still joins the full one.
        let mut order: Vec<usize> = (0..found.len()).collect();
        order.sort_by_key(|&i| (std::cmp::Reverse(word_count(&found[i].name)), found[i].span.start));
        for i in order {
            let f = &found[i];
            let mut candidates: Vec<usize> = name_words(&f.name)
                .iter()
                .flat_map(|w| by_word.get(w.as_str()).into_iter().flatten().copied())
                .filter(|&p| same_person(&people[p].name, &f.name))
                .collect();
            candidates.sort_unstable();
            candidates.dedup();
            let idx = match candidates.as_slice() {
                [one] => *one,
                [] => {
                    people.push(Person { name: f.name.clone(), country: f.country, titles: Vec::new() });
                    index(&mut by_word, &f.name, people.len() - 1);
                    people.len() - 1
                }
                // Ambiguous short name: leave it out rather than guess.
                _ => continue,
            };
            let p = &mut people[idx];
            if word_count(&f.name) > word_count(&p.name) {
                p.name = f.name.clone();
                index(&mut by_word, &f.name, idx);
            }
            if p.country.is_none() {
                p.country = f.country;
            }
            for t in &f.titles {
                if !p.titles.iter().any(|x| x.eq_ignore_ascii_case(t)) {
                    p.titles.push(t.clone());
                }
            }
            mentions.push((f.span, idx));
        }
        mentions.sort();
        let covered = mentions.iter().map(|(s, _)| *s).collect();
        // The words as written and as folded: a token is turned away by its own hash first.
        let written = people.iter().flat_map(|p| p.name.split_whitespace().map(str::to_string));
        let name_words = WordSet::new(by_word.keys().cloned().chain(written));
        let hyphenated_names = by_word.keys().any(|w| w.contains('-'));
        KnownPeople { people, by_word, mentions, covered, name_words, hyphenated_names }
    }

    /// Untitled short mentions in one sentence: a capitalized word (or a
    /// hyphenated pair, "Al-Sabah") equal to one word of exactly one
    /// person's name.
    pub(crate) fn untitled(&mut self, toks: &[Token<'_>], text: &str) {
        let covered = &self.covered;
        let inside = |span: Span| {
            let k = covered.partition_point(|m| m.start <= span.start);
            k > 0 && covered[k - 1].contains(span)
        };
        let mut i = 0;
        while i < toks.len() {
            let tok = &toks[i];
            // "Al-Sabah", "Abdel-Aziz": a hyphenated name word is three tokens.
            let hyphenated = self.hyphenated_names
                && toks.get(i + 1).is_some_and(|h| h.text == "-" && h.span.start == tok.span.end)
                && toks.get(i + 2).is_some_and(|n| n.span.start == toks[i + 1].span.end && n.capitalized());
            let (word, span, next) = if hyphenated {
                let span = Span::new(tok.span.start, toks[i + 2].span.end);
                (span.of(text).unwrap_or(""), span, i + 3)
            } else {
                (tok.text, tok.span, i + 1)
            };
            // "al-Sudani", "el-Sisi": a hyphenated name may open with a lower-case particle.
            let particle_led = hyphenated && NAME_PARTICLES.contains(&tok.text);
            let candidate = (hyphenated || self.name_words.has(tok))
                && tok.kind == TokenKind::Word
                && (tok.capitalized() || particle_led)
                && word.len() >= 2
                && !inside(span);
            i = next;
            if !candidate {
                continue;
            }
            let people = &self.people;
            let key = fold_latin(word);
            let mut owners = self
                .by_word
                .get(key.as_ref())
                .into_iter()
                .flatten()
                .copied()
                .filter(|&p| fold_latin(&people[p].name).split_whitespace().any(|w| w == key));
            if let (Some(one), None) = (owners.next(), owners.next()) {
                self.mentions.push((span, one));
            }
        }
    }

    /// The people in order of first mention, and every mention.
    pub(crate) fn finish(self) -> People {
        let KnownPeople { people, mut mentions, .. } = self;
        mentions.sort();
        let mut first_at = vec![usize::MAX; people.len()];
        for (s, i) in &mentions {
            first_at[*i] = first_at[*i].min(s.start);
        }
        let mut first: Vec<(usize, usize)> = first_at.into_iter().enumerate().map(|(p, at)| (at, p)).collect();
        first.sort();
        let mut remap = vec![0; people.len()];
        for (new, &(_, old)) in first.iter().enumerate() {
            remap[old] = new;
        }
        let people = first.iter().map(|&(_, old)| people[old].clone()).collect();
        let mentions = mentions.into_iter().map(|(s, i)| (s, remap[i])).collect();
        People { people, mentions }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(text: &str) -> Vec<Person> {
        let lex = Lexicon::shared();
        let hits = lex.hits(text);
        let toks = crate::text::tokens::tokenize(text, Span::new(0, text.len()));
        let mut finder = PeopleFinder::new(&lex);
        finder.sentence(text, &toks, Classes::of(&toks), &hits);
        finder.merge().finish().people
    }

    #[test]
    fn apposition_titles_after_known_name() {
        let p = people("Wang Yi, member of the Political Bureau of the CPC Central Committee and Foreign Minister, and Pakistani Deputy Prime Minister and Foreign Minister Ishaq Dar co-chaired the dialogue.");
        assert_eq!(p[0].titles, ["Member of the Political Bureau of the CPC Central Committee", "Foreign Minister"]);
        assert_eq!(p[1].titles, ["Deputy Prime Minister", "Foreign Minister"]);
        assert_eq!(p[1].country, Some(Country::PK));
    }

    fn one(text: &str) -> Person {
        let found = people(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn a_name_after_a_title_and_comma_may_open_with_an_honorific() {
        let p = one("Qatar welcomed Omani Minister of Commerce, Sheikh Qais Al Yousef, in Doha.");
        assert_eq!((p.name.as_str(), p.country), ("Qais Al Yousef", Some(Country::new("OM").unwrap())));
        assert_eq!(p.titles, ["Minister of Commerce"]);
        let p = one("Peru received the Minister for Foreign Affairs of Chile, Dr. Ana Lya Uriarte, on Monday.");
        assert_eq!(p.name, "Ana Lya Uriarte");
    }

    #[test]
    fn a_place_after_a_given_name_is_a_surname() {
        let p = one("Foreign Minister Joao Lima of Angola arrived in Luanda.");
        assert_eq!((p.name.as_str(), p.country), ("Joao Lima", Some(Country::new("AO").unwrap())));
        let p = one("Trade Minister Rui Paris of Portugal spoke on Monday.");
        assert_eq!(p.name, "Rui Paris");
        // A name that runs on past the place is left as it was: no guess.
        assert!(people("Minister Rui Lima Santos spoke.").iter().all(|p| p.name != "Rui Lima Santos"));
    }

    #[test]
    fn heads_of_banks_and_companies_are_titled() {
        let p = one("Maria Lopes, deputy director of the Brazilian Development Bank, told reporters.");
        assert_eq!(p.titles, ["Deputy director of the Brazilian Development Bank"]);
        assert_eq!(p.country, Some(Country::new("BR").unwrap()));
        let p = one("Kenyan Commissioner Jane Wambui opened the session.");
        assert_eq!((p.titles.as_slice(), p.country), (&["Commissioner".to_string()][..], Some(Country::KE)));
    }

    #[test]
    fn a_known_name_written_in_full_runs_on_over_its_last_words() {
        // The lexicon knows "Faisal bin Farhan"; the press adds the family name.
        let p = one(
            "China received Saudi Arabian Minister for Foreign Affairs, Prince Faisal bin Farhan Al Saud, in Beijing.",
        );
        assert_eq!(p.name, "Faisal bin Farhan Al Saud");
        assert_eq!(p.titles, ["Minister for Foreign Affairs"]);
        assert_eq!(p.country, Some(Country::SA));
        // Not over a place or a date that follows.
        let p = one("Foreign Minister Wang Yi Tuesday met reporters.");
        assert_eq!(p.name, "Wang Yi");
    }

    #[test]
    fn an_official_of_a_company_with_a_long_name_is_of_its_country() {
        assert_eq!(
            one("Gazprom Chairman Viktor Zubkov met the delegation.").country,
            Some(Country::new("RU").unwrap())
        );
        let p = one("China Harbour Engineering Company Chairman Lin Feng spoke at the ceremony.");
        assert_eq!((p.country, p.titles.as_slice()), (Some(Country::CN), ["Chairman".to_string()].as_slice()));
    }

    #[test]
    fn a_place_named_after_someone_is_no_person_and_a_places_official_is_its_countrys() {
        assert!(people("The attack occurred at the General Gordon military base in the capital.").is_empty());
        assert_eq!(one("Nairobi police chief John Otieno said the gunman fled.").country, Some(Country::KE));
        let p = one("Ambassador Ana Souza, Spokeswoman for the Brazilian Presidency, spoke.");
        assert_eq!(p.country, Some(Country::BR));
    }

    #[test]
    fn a_bracketed_portfolio_before_the_name_and_more_of_a_known_name() {
        let p = one("Kenyan Additional Secretary (East Africa) Jane Wanjiru Odhiambo attended.");
        assert_eq!((p.name.as_str(), p.country), ("Jane Wanjiru Odhiambo", Some(Country::KE)));
        let p = one("Saudi Arabian Minister for Foreign Affairs, Prince Faisal bin Farhan Al Saud, attended.");
        assert_eq!(p.name, "Faisal bin Farhan Al Saud");
    }

    #[test]
    fn a_portfolio_coordinated_with_the_titles_own() {
        assert_eq!(
            one("Kenyan Treasury and Finance Minister John Mbadi spoke.").titles,
            ["Treasury and Finance Minister"]
        );
        assert_eq!(one("Ghana's Energy and Mining Minister Kofi Asare spoke.").titles, ["Energy and Mining Minister"]);
    }

    #[test]
    fn an_honorific_after_a_chain_of_titles_keeps_the_chain() {
        let p = one("Kenya's Deputy President and Cabinet Secretary Senator Jane Roe Wanjiku spoke.");
        assert_eq!(
            (p.titles.as_slice(), p.country),
            (&["Deputy President".to_string(), "Cabinet Secretary".to_string()][..], Some(Country::KE))
        );
        let p = one("Ghana's Foreign Minister Dr Kwame Mensah spoke.");
        assert_eq!(p.titles, ["Foreign Minister"]);
        // Alone, "Senator" is the title.
        assert_eq!(one("Senator Tom Okello spoke.").titles, ["Senator"]);
    }

    #[test]
    fn a_titled_surname_alone_is_the_known_person_of_that_name() {
        assert_eq!(one("President Tokayev opened the forum.").country, Some(Country::new("KZ").unwrap()));
        assert_eq!(one("Chancellor Merz spoke first.").country, Some(Country::new("DE").unwrap()));
        // A surname no known person has stays without a country.
        assert_eq!(one("Minister Okonkwo spoke first.").country, None);
    }

    #[test]
    fn a_list_of_titled_people_shares_the_nationality_its_known_members_agree_on() {
        let p = people("The delegation included Foreign Minister Hakan Fidan, Trade Minister Omer Demir, Defence Minister Ayse Kaya and Transport Minister Ali Veli.");
        assert!(p.iter().all(|x| x.country == Some(Country::TR)), "{p:?}");
        // A verb between them ends the list; members of two countries share nothing.
        let p = people("Foreign Minister Wang Yi met Interior Minister Omer Demir, Planning Minister Ayse Kaya and Trade Minister Ali Veli.");
        assert_eq!(p.iter().filter(|x| x.country.is_none()).count(), 3, "{p:?}");
        let p = people("Foreign Minister Wang Yi, Foreign Minister Hakan Fidan, Trade Minister Omer Demir and Defence Minister Ayse Kaya attended.");
        assert_eq!(p.iter().filter(|x| x.country.is_none()).count(), 2, "{p:?}");
    }

    #[test]
    fn a_name_set_off_by_commas_after_its_titles() {
        let p = one("Kenyan Foreign Minister, Ruth Wanjiru Odhiambo, arrived in Lima on Monday.");
        assert_eq!(
            (p.name.as_str(), p.country, p.titles.as_slice()),
            ("Ruth Wanjiru Odhiambo", Country::new("KE"), &["Foreign Minister".to_string()][..])
        );
        let p = one("The Chilean Trade Minister, Tomas Vera Rojas, said the deal was fair.");
        assert_eq!((p.name.as_str(), p.country), ("Tomas Vera Rojas", Country::new("CL")));
        // A title followed by a comma and no name names no one.
        assert!(people("The Prime Minister, who arrived late, spoke first.").is_empty());
    }

    #[test]
    fn a_counterpart_set_off_by_a_comma() {
        let found = people("Peruvian Foreign Minister Ana Cecilia Gervasi welcomed her Bolivian counterpart, Rogelio Mayta Mayta, in Lima.");
        let p = &found[1];
        assert_eq!((p.name.as_str(), p.country), ("Rogelio Mayta Mayta", Country::new("BO")));
        assert_eq!(p.titles, ["Foreign Minister"]);
        let found = people(
            "Ghana's Trade Minister Kwame Asante Boateng met his Nigerian counterpart, Ade Bello Yusuf, on Friday.",
        );
        assert_eq!((found[1].name.as_str(), found[1].country), ("Ade Bello Yusuf", Country::new("NG")));
    }

    #[test]
    fn coordinated_portfolios_before_a_title() {
        let p = one("Speaking in Accra, Energy and Mining Minister Carlos Vega Ruiz said output would rise.");
        assert_eq!(p.titles, ["Energy and Mining Minister"]);
        let found = people("The delegation included Foreign Minister Ana Silva Costa, Trade and Industry Minister Luis Prado Neto and others.");
        assert_eq!(found[1].titles, ["Trade and Industry Minister"]);
        assert_eq!(found[1].name, "Luis Prado Neto");
    }

    #[test]
    fn the_country_a_post_names_is_the_holders_nationality() {
        let p = one("Ana Lucia Torres, Minister of Foreign Affairs of Peru, said the talks went well.");
        assert_eq!(
            (p.country, p.titles.as_slice()),
            (Country::new("PE"), &["Minister of Foreign Affairs".to_string()][..])
        );
        let p = one("Hans Olsen Berg, Minister for Trade and Development of Denmark, opened the forum.");
        assert_eq!(
            (p.country, p.titles.as_slice()),
            (Country::new("DK"), &["Minister for Trade and Development".to_string()][..])
        );
        // "to" says where an ambassador serves, not whose ambassador it is.
        let p = one("Ambassador to Kenya Li Wenhua Zhang visited the site.");
        assert_eq!((p.country, p.titles.as_slice()), (None, &["Ambassador".to_string()][..]));
    }

    #[test]
    fn a_portfolio_before_an_unknown_name_does_not_swallow_it() {
        for p in people("Minister for Planning John Okello Mwangi said the plan was ready.") {
            assert!(!p.name.contains("Planning") && p.titles.iter().all(|t| !t.contains("Okello")), "{p:?}");
        }
        for p in people("Chairman of the Standing Committee of the National Assembly Tran Thanh Man, meanwhile, left.")
        {
            assert!(!p.titles.iter().any(|t| t.contains("Tran")), "{p:?}");
        }
    }

    #[test]
    fn a_name_with_and_without_diacritics_is_one_person() {
        let found = people(
            "Turkish President Recep Tayyip Erdoğan met Qatar's Emir. Later, President Recep Tayyip Erdogan spoke.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        let found = people("Foreign Minister Mevlüt Çavuşoğlu arrived. Foreign Minister Mevlut Cavusoglu said so.");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn titles_in_lower_case_and_their_portfolios() {
        let p = one("Rwanda's infrastructure minister Jean Claude Musabyimana said the airport would open in 2027.");
        assert_eq!(
            (p.country, p.titles.as_slice()),
            (Country::new("RW"), &["Infrastructure minister".to_string()][..])
        );
        let p = one("Kenyan foreign minister Ruth Wanjiru Odhiambo arrived on Monday.");
        assert_eq!(p.titles, ["Foreign minister"]);
        // A lower-case title with no name after it names no one.
        assert!(people("The president of the bank said rates would rise.").is_empty());
    }

    #[test]
    fn an_honorific_between_a_post_and_a_name_is_neither() {
        let p = one("Kuwait's Emir Sheikh Nawaf Al-Ahmad Al-Sabah received the delegation.");
        assert_eq!(p.titles, ["Emir"]);
        assert!(p.name.starts_with("Nawaf"), "{p:?}");
        let p = one("Jordanian Foreign Minister Prince Zeid bin Raad Hussein spoke.");
        assert_eq!((p.country, p.titles.as_slice()), (Country::new("JO"), &["Foreign Minister".to_string()][..]));
    }
}
