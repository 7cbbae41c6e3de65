//! Dialogues: specific diplomatic encounters, held or scheduled.
//!
//! Triggers are found per sentence: a round of a mechanism ("the Seventh
//! Round of the China-Pakistan … Dialogue", "the sixth"), an encounter noun
//! or verb ("talks", "a meeting", "met", "meets with", "summit"), or a visit
//! ("visited Pakistan", "his China visit", "a visit to China"). Each trigger
//! takes the date written after it (or a date that opens the sentence), the
//! venue after "in"/"at", and the people who chaired, met or visited.
//! Definite mentions ("the talks", "the dialogue", "this meeting") add their
//! sentence's date, venue and chairs to the record they refer back to.
//! Records of the same encounter merge; a record needs two parties and at
//! least one of round, date or venue.

mod mechanism;
mod same;
mod visit;

use super::{sorted, Analysis, CountryRef, View};
use crate::lexicon::EntryKind;
use crate::model::{Dialogue, DialogueKind, Person, Precision, When};
use crate::quantity::ordinal_of;
use crate::text::classes::Classes;
use crate::text::words::{word, word_set, WordSet};
use crate::vocab;
use crate::vocab::encounters::{
    CHAIR_WORDS, ENCOUNTER_NOUNS, MECHANISM_HEADS, MEET_VERBS, REMOTE_WORDS, ROUND_NOUNS, VISIT_WORDS,
};
use crate::vocab::grammar::DEFINITE;
use crate::Country;
use mechanism::{mechanism, sentence_parties, trilateral_parties};
use once_cell::sync::Lazy;
pub(crate) use same::{same_encounter, Scope, DAY_TOLERANCE};
use visit::{described_visitor, host, possessor_country, visit_days, visitors};

/// Whether token `i` is a remote encounter: "phone call", "video conversation", "spoke by telephone".
fn remote_at(toks: &[crate::text::tokens::Token<'_>], i: usize) -> bool {
    let medium = |t: &crate::text::tokens::Token<'_>| {
        t.is_word(word!("phone")) || t.is_word(word!("telephone")) || t.is_word(word!("video"))
    };
    let t = &toks[i];
    if t.is_word(word!("call")) || t.is_word(word!("conversation")) {
        // "a phone call", "a telephone conversation", "a video call" (not "called for" or "a call for").
        return i > 0 && medium(&toks[i - 1]) && !toks.get(i + 1).is_some_and(|n| n.is_word(word!("for")));
    }
    (t.is_word(word!("spoke")) || t.is_word(word!("talked")))
        && toks.get(i + 1).is_some_and(|n| n.is_word(word!("by")) || n.is_word(word!("over")) || n.is_word(word!("on")))
        && toks.get(i + 2).is_some_and(|n| medium(n) || n.is_word(word!("the")) && toks.get(i + 3).is_some_and(medium))
}
/// [`CHAIR_WORDS`] as a set.
static CHAIR_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(CHAIR_WORDS));

/// What started a record in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trigger {
    /// A round of a mechanism, at token `tok`.
    Round { tok: usize, round: Option<u32> },
    /// An encounter noun or verb.
    Encounter { tok: usize, definite: bool },
    /// A visit word.
    Visit { tok: usize, definite: bool },
}

impl Trigger {
    fn tok(self) -> usize {
        match self {
            Trigger::Round { tok, .. } | Trigger::Encounter { tok, .. } | Trigger::Visit { tok, .. } => tok,
        }
    }
}

/// The dialogues of a document, read sentence by sentence in text order.
#[derive(Debug)]
pub(crate) struct Dialogues {
    drafts: Vec<Dialogue>,
    /// The last person named, a visitor a later "the visit" may refer to.
    last_person: Option<Person>,
    /// The first person the last sentence naming people named: what "He …" opening the next
    /// sentence most often refers to.
    last_subject: Option<Person>,
    /// The draft a definite "the talks" refers back to.
    last_encounter: Option<usize>,
    /// The draft a definite "the visit" refers back to.
    last_visit: Option<usize>,
    /// The paragraph whose encounters the dateline's city can host.
    lead_paragraph: Option<usize>,
    /// Heads of delegation named before any encounter ("The Kenyan delegation was led by …"),
    /// with their sentence: they chair the encounter reported next, if it follows closely.
    waiting_heads: Option<(usize, Vec<Person>)>,
}

/// How many sentences heads of delegation wait for the encounter they lead.
const HEADS_WAIT: usize = 3;

impl Dialogues {
    /// Nothing read yet.
    pub(crate) fn new(a: &Analysis<'_>) -> Dialogues {
        Dialogues {
            drafts: Vec::new(),
            last_person: None,
            last_subject: None,
            last_encounter: None,
            last_visit: None,
            lead_paragraph: a.layout.sentences.iter().find(|s| !s.heading).map(|s| s.paragraph),
            waiting_heads: None,
        }
    }
}

impl Dialogues {
    /// Heads of delegation named in the last few sentences chair encounter `i`
    /// (those of its parties).
    fn seat_waiting_heads(&mut self, i: usize, vi: usize) {
        let Some((at, heads)) = self.waiting_heads.take() else { return };
        if vi < at || vi - at > HEADS_WAIT {
            return;
        }
        let d = &mut self.drafts[i];
        for p in heads.into_iter().filter(|p| p.country.is_some_and(|c| d.parties.contains(&c))) {
            add_chair(&mut d.chairs, p);
        }
    }
}

impl super::Pass for Dialogues {
    type Output = Vec<Dialogue>;

    fn sentence(&mut self, a: &Analysis<'_>, views: &[View<'_>], vi: usize) {
        let v = &views[vi];
        if v.sentence.heading {
            return;
        }
        let countries = &v.countries;
        // The dateline's city can be the venue only of what the lead paragraph reports.
        let in_lead = Some(v.sentence.paragraph) == self.lead_paragraph;
        let lead_venue = |parties: &[Country], tok: usize| dateline_venue(a, v, parties, tok).filter(|_| in_lead);
        let mut triggers = triggers(v);
        // "the BRICS summit", "the SCO summit": a multilateral body's event, not a bilateral encounter.
        triggers.retain(|t| match t {
            Trigger::Encounter { tok, .. } => !a.hits_of(v, EntryKind::Organization).any(|(h, e)| {
                let end = v.tok_at(h.span.end);
                end <= *tok && end + 1 >= *tok && e.first("type") != Some("mechanism")
            }),
            _ => true,
        });
        // Only a round needs the mechanism's name; most sentences have none. It is read after the
        // sentence's first round (an elliptical "the sixth" after it is the same mechanism).
        let first_round = triggers.iter().find_map(|t| match t {
            Trigger::Round { tok, .. } => Some(*tok),
            _ => None,
        });
        let mechanism = first_round.and_then(|tok| mechanism(a, v, countries, tok));
        for (ti, &trigger) in triggers.iter().enumerate() {
            let next_tok = triggers.get(ti + 1).map_or(v.toks.len(), |t| t.tok());
            let when = date_for(v, &triggers, ti, next_tok);
            match trigger {
                Trigger::Round { tok, round } => {
                    let Some((mut name, mut parties, mut kind)) = mechanism.clone() else { continue };
                    // "They agreed to hold the sixth round of the strategic dialogue": a mechanism named
                    // again without its parties is the one the document already reported.
                    if parties.len() < 2 && sentence_parties(countries).len() < 2 {
                        let head = name.to_lowercase();
                        // The recent records only: the look-back stays bounded on any input.
                        if let Some(known) = self.drafts.iter().rev().take(16).find(|d| {
                            d.parties.len() >= 2
                                && d.mechanism.as_ref().is_some_and(|m| m.to_lowercase().contains(&head))
                        }) {
                            name = known.mechanism.clone().unwrap_or(name);
                            parties = known.parties.clone();
                            kind = known.kind;
                        }
                    }
                    // An elliptical round ("after the sixth") is the same mechanism, nothing else.
                    // An ordinal standing alone ("after the sixth") is elliptical.
                    let elliptical =
                        v.toks.get(tok + 1).is_none_or(|t| t.kind == crate::text::tokens::TokenKind::Punct);
                    // A mechanism named without its countries ("the second Intergovernmental
                    // Consultations"): the countries the sentence names, or its principals'.
                    let mut parties = if parties.len() >= 2 {
                        parties
                    } else {
                        let named = sentence_parties(countries);
                        if named.len() >= 2 {
                            named
                        } else {
                            // "… attended by Foreign Minister X and his Pakistani and Afghan counterparts".
                            let demonyms = countries.iter().filter(|c| c.demonym).map(|c| c.country);
                            sorted(
                                v.people.iter().filter_map(|(_, p)| p.country).chain(named).chain(demonyms).collect(),
                            )
                        }
                    };
                    // "the Sixth Trilateral Foreign Ministers Dialogue": three parties, found as a
                    // trilateral meeting's are.
                    if kind == DialogueKind::TrilateralDialogue && parties.len() != 3 {
                        let three = trilateral_parties(a, views, vi);
                        if three.len() == 3 {
                            parties = three;
                        }
                    }
                    let mut d = Dialogue {
                        kind,
                        mechanism: Some(name),
                        parties,
                        round,
                        when: None,
                        venue: None,
                        chairs: Vec::new(),
                        evidence: vec![v.sentence.span],
                    };
                    if !elliptical {
                        d.when = when;
                        d.venue = venue(a, v, countries, tok, next_tok)
                            .or_else(|| destination_for(a, v, countries, tok))
                            .or_else(|| lead_venue(&d.parties, tok));
                        // "X told her counterpart Y at the … Dialogue": the people of a sentence that
                        // places them at a session are its principals.
                        let attended = round.is_none() && v.toks[tok].is_word(word!("the"));
                        d.chairs = if attended { people_once(v) } else { chairs(v) };
                    }
                    let i = upsert(a, &mut self.drafts, d);
                    if !elliptical {
                        self.last_encounter = Some(i);
                        self.seat_waiting_heads(i, vi);
                    }
                }
                Trigger::Encounter { tok, definite } => {
                    // "A and B met in Lima for the seventh Strategic Dialogue": the meeting is the round,
                    // which the round's trigger reports with the sentence's date, venue and chairs.
                    if mechanism.is_some() && triggers[ti + 1..].iter().any(|t| matches!(t, Trigger::Round { .. })) {
                        continue;
                    }
                    if definite {
                        if let Some(i) = self.last_encounter {
                            refine(&mut self.drafts[i], a, v, countries, when, tok, next_tok);
                            continue;
                        }
                    }
                    let trilateral = v.has_word(tok.saturating_sub(8)..tok, &["trilateral"]);
                    let parties = if trilateral {
                        trilateral_parties(a, views, vi)
                    } else {
                        let mut p: Vec<Country> = v
                            .people
                            .iter()
                            .filter(|(_, p)| !is_spokesperson(p))
                            .filter_map(|(_, p)| p.country)
                            .collect();
                        // A capital after "in"/"at" is the venue, not a party: "in Kuala Lumpur".
                        let venue_only = |c: &CountryRef| {
                            c.capital
                                && c.tok > 0
                                && (v.toks[c.tok - 1].is_word(word!("in")) || v.toks[c.tok - 1].is_word(word!("at")))
                        };
                        // "met Chinese businessmen": people who do not stand for their state.
                        let private = |c: &CountryRef| {
                            c.demonym
                                && v.toks
                                    .get(c.end)
                                    .is_some_and(|t| word_set!(vocab::encounters::PRIVATE_PEOPLE_NOUNS).has(t))
                        };
                        p.extend(countries.iter().filter(|c| !venue_only(c) && !private(c)).map(|c| c.country));
                        sorted(p)
                    };
                    // "He will then meet the Prime Minister": a pronoun opening the sentence is the person
                    // the last sentence named.
                    let mut parties = parties;
                    let mut pronoun_subject = None;
                    if v.toks.first().is_some_and(|t| t.is_word(word!("he")) || t.is_word(word!("she"))) {
                        if let Some(p) =
                            self.last_subject.clone().filter(|p| p.country.is_some_and(|c| !parties.contains(&c)))
                        {
                            parties = sorted(parties.into_iter().chain(p.country).collect());
                            pronoun_subject = Some(p);
                        }
                    }
                    // "X will meet his Turkish counterpart Y", "He will then meet Prime Minister Y": the
                    // principal of no stated nationality is of the other country of the pair the article
                    // has reported meeting.
                    let mut counterpart_of = None;
                    if parties.len() == 1
                        && (v.people.iter().any(|(_, p)| p.country.is_none())
                            || v.has_word(0..v.toks.len(), vocab::encounters::COUNTERPART_WORDS))
                    {
                        let pair = self
                            .drafts
                            .iter()
                            .rev()
                            .take(8)
                            .find(|d| d.parties.len() == 2 && d.parties.contains(&parties[0]));
                        if let Some(pair) = pair {
                            counterpart_of = pair.parties.iter().copied().find(|c| *c != parties[0]);
                            parties = pair.parties.clone();
                        }
                    }
                    let word = v.toks[tok].text.to_ascii_lowercase();
                    let kind = if trilateral || parties.len() >= 3 {
                        DialogueKind::TrilateralDialogue
                    } else if word == "summit" {
                        DialogueKind::Summit
                    } else if MEET_VERBS.contains(&word.as_str()) || word == "meeting" {
                        DialogueKind::Meeting
                    } else {
                        DialogueKind::Talks
                    };
                    // A phone call has no venue, and everyone named on it took part.
                    // "He will then have a meeting with …": the next item of a day's programme takes
                    // the day of the encounter of the same parties just reported.
                    // "At noon, the finance ministers will meet": a time of day in a programme is that day too.
                    let when = when.or_else(|| {
                        (v.has_word(0..tok, vocab::encounters::SEQUENCE_WORDS)
                            || v.has_word(0..v.toks.len(), vocab::calendar::TIMES_OF_DAY)
                            || clock_time(v))
                        .then(|| self.drafts.iter().rev().take(8).find(|x| x.parties == parties))
                        .flatten()
                        .and_then(|x| x.when.clone())
                        .filter(|w| w.precision == Precision::Day)
                    });
                    let remote = remote_at(v.toks, tok);
                    let mut venue = if remote {
                        None
                    } else {
                        venue(a, v, countries, tok, next_tok).or_else(|| lead_venue(&parties, tok))
                    };
                    // "During his visit, she also met the Speaker": a meeting of the visit just reported
                    // takes its place and, for a one-day visit, its day.
                    let mut when = when;
                    // "On the sidelines, A held a bilateral meeting with B": where and when the event
                    // just reported took place.
                    if venue.is_none()
                        && !remote
                        && self.last_encounter.is_some()
                        && v.has_word(0..v.toks.len(), &["sidelines"])
                    {
                        if let Some(event) = self.last_encounter.map(|i| &self.drafts[i]) {
                            venue = event.venue.clone();
                            if when.is_none() {
                                when = event.when.clone().filter(|w| w.precision == Precision::Day && w.start == w.end);
                            }
                        }
                    }
                    if venue.is_none()
                        && !remote
                        && self.last_visit.is_some()
                        && v.has_word(0..tok, vocab::encounters::VISIT_WORDS)
                    {
                        if let Some(visit) = self.last_visit.map(|i| &self.drafts[i]).filter(|d| d.parties == parties) {
                            venue = visit.venue.clone();
                            if when.is_none() {
                                when = visit.when.clone().filter(|w| w.precision == Precision::Day && w.start == w.end);
                            }
                        }
                    }
                    let mut chairs = if remote { people_once(v) } else { chairs(v) };
                    if let Some(p) = pronoun_subject {
                        chairs.insert(0, p);
                    }
                    if chairs.is_empty() && vi > 0 {
                        chairs = principals_named_before(&views[vi - 1], &parties);
                    }
                    for p in chairs.iter_mut().filter(|p| p.country.is_none()) {
                        p.country = counterpart_of;
                    }
                    let d = Dialogue {
                        kind,
                        mechanism: None,
                        parties,
                        round: None,
                        when,
                        venue,
                        chairs,
                        evidence: vec![v.sentence.span],
                    };
                    if d.parties.len() >= 2 && (d.when.is_some() || d.venue.is_some()) {
                        let i = upsert(a, &mut self.drafts, d);
                        self.last_encounter = Some(i);
                        self.seat_waiting_heads(i, vi);
                    }
                }
                Trigger::Visit { tok, definite } => {
                    let mut visitors = visitors(v, tok, self.last_person.as_ref());
                    if visitors.is_empty() {
                        visitors.extend(described_visitor(a, v, countries, tok));
                    }
                    let visitor_hint = visitors.iter().find_map(|p| p.country);
                    let host = host(a, v, countries, tok, visitor_hint);
                    if definite && host.is_none() && visitors.is_empty() {
                        if let Some(i) = self.last_visit {
                            if let Some(w) = when {
                                merge_when(&mut self.drafts[i].when, Some(w));
                            }
                            continue;
                        }
                    }
                    // "The visit of Wang, who met Prime Minister Albanese": with no place named, the
                    // country of the official the visitor met.
                    let host = host.or_else(|| {
                        let visitor = visitor_hint?;
                        let met = v.has_word(tok..v.toks.len(), MEET_VERBS);
                        let other = v.people.iter().filter_map(|(_, p)| p.country).find(|&c| c != visitor)?;
                        let name = a.lexicon.country(other)?.name.clone();
                        met.then_some((name, other))
                    });
                    let Some((venue, host_country)) = host else { continue };
                    // "a meeting between A and B in Beijing, where A is on a visit": the host's own
                    // principal is no visitor.
                    if visitors.iter().any(|p| p.country.is_some_and(|c| c != host_country)) {
                        visitors.retain(|p| p.country != Some(host_country));
                    }
                    let visitor_country =
                        visitors.iter().find_map(|p| p.country).or_else(|| possessor_country(v, countries, tok));
                    let Some(visitor_country) = visitor_country else { continue };
                    if visitor_country == host_country {
                        continue;
                    }
                    let parties = sorted(vec![visitor_country, host_country]);
                    let each: Vec<Vec<Person>> = if visitors.is_empty() {
                        vec![Vec::new()]
                    } else {
                        visitors.into_iter().map(|p| vec![p]).collect()
                    };
                    // "a three-day visit" starting on a known day ends N - 1 days later.
                    let when = match (when.clone(), visit_days(v, tok)) {
                        (Some(w), Some(n)) if w.precision == Precision::Day && w.start == w.end => {
                            When::days(w.start, w.start + chrono::Duration::days(n - 1), w.text.clone())
                                .map(|x| When { span: w.span, ..x })
                        }
                        (w, _) => w,
                    };
                    for chairs in each {
                        let d = Dialogue {
                            kind: DialogueKind::Visit,
                            mechanism: None,
                            parties: parties.clone(),
                            round: None,
                            when: when.clone(),
                            venue: Some(venue.clone()),
                            chairs,
                            evidence: vec![v.sentence.span],
                        };
                        self.last_visit = Some(upsert(a, &mut self.drafts, d));
                    }
                }
            }
        }
        // "The Indian delegation was led by X, while the Chinese delegation was headed by Y":
        // the heads of delegation chair the encounter just reported.
        let heads_delegations = || {
            v.has_word(0..v.toks.len(), vocab::encounters::DELEGATION_NOUNS)
                && v.has_word(0..v.toks.len(), vocab::encounters::LEADING_VERBS)
        };
        // (Named heads first: most sentences name nobody, and then no word is read.)
        if triggers.is_empty() && !v.people.is_empty() && heads_delegations() {
            let heads: Vec<Person> = v.people.iter().map(|(_, p)| (*p).clone()).collect();
            match self.last_encounter {
                Some(i) => {
                    self.waiting_heads = Some((vi, heads));
                    self.seat_waiting_heads(i, vi);
                }
                None => self.waiting_heads = Some((vi, heads)),
            }
        }
        if let Some((_, p)) = v.people.last() {
            self.last_person = Some((*p).clone());
        }
        if let Some((_, p)) = v.people.first() {
            self.last_subject = Some((*p).clone());
        }
    }

    fn finish(self) -> Vec<Dialogue> {
        self.drafts
            .into_iter()
            .filter(|d| d.parties.len() >= 2 && (d.round.is_some() || d.when.is_some() || d.venue.is_some()))
            .collect()
    }
}

/// Whether the sentence gives a clock time ("at 11.30 a.m.", "12.15 p.m."):
/// a number, then "a" or "p", ".", "m".
fn clock_time(v: &View<'_>) -> bool {
    v.toks.windows(4).any(|w| {
        w[0].kind == crate::text::tokens::TokenKind::Number
            && (w[1].is_word(word!("a")) || w[1].is_word(word!("p")))
            && w[2].text == "."
            && w[3].is_word(word!("m"))
    })
}

/// The triggers of a sentence, in token order.
fn triggers(v: &View<'_>) -> Vec<Trigger> {
    let mut out = Vec::new();
    let toks = &v.toks;
    if !v.classes.any_of(Classes::DIALOGUE_TRIGGER | Classes::ORDINAL) {
        return out;
    }
    for (i, t) in toks.iter().enumerate() {
        if !t.classes.any_of(Classes::DIALOGUE_TRIGGER | Classes::ORDINAL) {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| &toks[p]);
        let definite = || {
            (1..=3).any(|back| i >= back && DEFINITE.iter().any(|d| toks[i - back].is(d)))
                && !v.has_word(i.saturating_sub(3)..i, vocab::grammar::INDEFINITE_ARTICLES)
        };
        if let Some(n) = ordinal_of(t) {
            // "Seventh Round", "the sixth round", or an elliptical "the sixth" after a round.
            let next = toks.get(i + 1);
            // "Seventh Round", "14th meeting", "14th JCC meeting", "the sixth China-…-Pakistan Dialogue".
            let named = next.is_some_and(|n| n.is_word(word!("round")))
                || toks[i + 1..(i + 4).min(toks.len())].iter().any(|n| ROUND_NOUNS.iter().any(|r| n.is(r)))
                    && toks[i + 1..].iter().take(14).any(|n| {
                        MECHANISM_HEADS.iter().any(|h| n.is(h)) && n.capitalized()
                            || n.text.chars().all(|c| c.is_ascii_uppercase()) && n.text.len() >= 3
                    })
                || next.is_some_and(|n| n.capitalized())
                    && toks[i + 1..]
                        .iter()
                        .take(12)
                        .take_while(|n| {
                            n.capitalized()
                                || n.kind != crate::text::tokens::TokenKind::Word
                                || word_set!(vocab::encounters::NAME_CONNECTORS).has(n)
                        })
                        .any(|n| MECHANISM_HEADS.iter().any(|h| n.is(h)));
            // "the sixth trilateral foreign ministers' dialogue": a described mechanism in lower case
            // (not "the first talks" or "the second meeting", which name no series).
            let described = toks[i + 1..]
                .iter()
                .take(6)
                .take_while(|n| n.kind == crate::text::tokens::TokenKind::Word || matches!(n.text, "'" | "’"))
                .any(|n| {
                    MECHANISM_HEADS.iter().filter(|h| !matches!(**h, "talks" | "meeting" | "group")).any(|h| n.is(h))
                });
            // "the fourth meeting of the joint economic committee", "the 9th session of the joint
            // commission": a numbered occurrence of a series named in lower case.
            let of_series = toks[i + 1..(i + 3).min(toks.len())].iter().any(|n| ROUND_NOUNS.iter().any(|r| n.is(r)))
                && mechanism_head_within(toks, i + 1, 10);
            // "the third Algeria-Tunisia high-level strategic dialogue": a country compound or
            // capitalized words, then a head in any case.
            let compound_series = next.is_some_and(|n| n.capitalized()) && mechanism_head_within(toks, i + 1, 10);
            let named = named || described || of_series || compound_series;
            let elliptical = prev.is_some_and(|p| p.is_word(word!("the")))
                && next.is_none_or(|n| !n.text.chars().next().is_some_and(char::is_alphanumeric))
                && out.iter().any(|t| matches!(t, Trigger::Round { .. }));
            if named || elliptical {
                out.push(Trigger::Round { tok: i, round: Some(n) });
            }
            continue;
        }
        if !t.classes.any_of(Classes::DIALOGUE_TRIGGER) {
            continue;
        }
        if REMOTE_WORDS.iter().any(|w| t.is(w)) {
            if remote_at(toks, i) {
                out.push(Trigger::Encounter { tok: i, definite: false });
            }
            continue;
        }
        let lower = t.lower();
        if ENCOUNTER_NOUNS.contains(&&*lower) {
            // A name attended ("at the Chile-Peru Strategic Dialogue in Lima") is a session of
            // that mechanism, numbered or not.
            if let Some(the) = attended_name(toks, i) {
                if !out.iter().any(|t| matches!(t, Trigger::Round { .. })) {
                    out.push(Trigger::Round { tok: the, round: None });
                }
                continue;
            }
            // "dialogue" alone is a trigger only when it refers back ("the dialogue").
            if lower == "dialogue" && !definite() {
                continue;
            }
            // Part of a mechanism's name after a round: not a separate encounter.
            // "the fourth round of the China-Nepal consultations": no verb between the round and the noun.
            let in_name = out.iter().any(|t| match t {
                Trigger::Round { tok, .. } => {
                    i - tok <= 14
                        && !toks[*tok + 1..i]
                            .iter()
                            .any(|w| w.text.ends_with("ed") || word_set!(vocab::encounters::HELD_VERBS).has(w))
                }
                _ => false,
            });
            if in_name {
                continue;
            }
            // "met in Nairobi on Monday for a trilateral meeting": the noun names the meeting the
            // verb just reported.
            let named_by_verb = out.last().is_some_and(|t| match t {
                Trigger::Encounter { tok, .. } => {
                    MEET_VERBS.iter().any(|w| toks[*tok].is(w))
                        && i - tok <= 14
                        && !toks[*tok..i].iter().any(|w| matches!(w.text, "." | ";"))
                }
                _ => false,
            });
            if named_by_verb {
                continue;
            }
            out.push(Trigger::Encounter { tok: i, definite: definite() });
        } else if MEET_VERBS.contains(&&*lower)
            && (!v.people.is_empty() || v.countries.iter().filter(|c| !c.capital && c.tok < i).count() >= 2)
        {
            // "X met Y", or "Envoys of Kenya, Ethiopia and Somalia met in Nairobi".
            out.push(Trigger::Encounter { tok: i, definite: false });
        } else if VISIT_WORDS.contains(&&*lower) {
            out.push(Trigger::Visit {
                tok: i,
                definite: definite() && !v.has_word(i.saturating_sub(2)..i, vocab::grammar::PERSONAL_POSSESSIVES),
            });
        } else if vocab::encounters::ARRIVAL_VERBS.contains(&&*lower)
            && toks.get(i + 1).is_some_and(|n| n.is_word(word!("in")))
            && !out.iter().any(|t| matches!(t, Trigger::Visit { .. }))
            && !toks[i + 1..].iter().any(|n| VISIT_WORDS.iter().any(|w| n.is(w)))
        {
            // "X arrived in Athens": a visit, unless a visit word names it in the same sentence.
            out.push(Trigger::Visit { tok: i, definite: false });
        }
    }
    out
}

/// Whether the capitalized head at `i` ends a name that people attended or
/// that was held: "at the Chile-Peru Strategic Dialogue", "during the
/// Ghana-Togo Dialogue", "the Kenya-Uganda Dialogue was held" (not "under the
/// … Dialogue framework").
/// Returns the token of its "the".
fn attended_name(toks: &[crate::text::tokens::Token<'_>], i: usize) -> Option<usize> {
    if !toks[i].capitalized() || !MECHANISM_HEADS.iter().any(|h| toks[i].is(h)) {
        return None;
    }
    let mut j = i;
    while j > 0
        && i - j < 10
        && !toks[j - 1].is_word(word!("the"))
        && (toks[j - 1].capitalized()
            || matches!(toks[j - 1].text, "-" | "–" | "'" | "’")
            || toks[j - 1].is_word(word!("and")))
    {
        j -= 1;
    }
    if j == i || j == 0 || !toks[j - 1].is_word(word!("the")) {
        return None;
    }
    let attended = j >= 2 && (toks[j - 2].is_word(word!("at")) || toks[j - 2].is_word(word!("during")));
    let held = toks
        .get(i + 1..(i + 3).min(toks.len()))
        .is_some_and(|w| w.iter().any(|n| word_set!(vocab::encounters::HELD_VERBS).has(n)));
    (attended || held).then_some(j - 1)
}

/// Whether a mechanism's head noun ("dialogue", "committee", "Commission")
/// follows token `from` within `limit` tokens, before any clause break (a
/// comma, a full stop, a verb in the past tense or one of "was held").
fn mechanism_head_within(toks: &[crate::text::tokens::Token<'_>], from: usize, limit: usize) -> bool {
    for n in toks.iter().skip(from).take(limit) {
        if MECHANISM_HEADS.iter().any(|h| n.is(h)) {
            return true;
        }
        let breaks = matches!(n.text, "," | "." | ";" | ":" | "(")
            || (n.text.ends_with("ed") && !n.capitalized())
            || word_set!(vocab::encounters::HELD_VERBS).has(n);
        if breaks {
            return false;
        }
    }
    false
}

/// The date of trigger `ti`: the dates written between it and the next
/// trigger, else a date that opens the sentence before the first trigger.
/// "on Saturday, which will last until January 5" makes a range.
fn date_for(v: &View<'_>, triggers: &[Trigger], ti: usize, next_tok: usize) -> Option<When> {
    let tok = triggers[ti].tok();
    let first_trigger = triggers.first().map_or(0, |t| t.tok());
    let resolved = |d: &&crate::time::DateMention| d.when.is_some();
    let own: Vec<_> = v
        .dates
        .iter()
        .filter(resolved)
        .filter(|d| {
            let t = v.tok_at(d.span.start);
            t > tok && t < next_tok
        })
        .collect();
    if let Some(first) = own.first() {
        let mut w = first.when.clone()?;
        if let Some(second) = own.get(1) {
            let t = v.tok_at(second.span.start);
            let until = v.has_word(t.saturating_sub(2)..t, vocab::calendar::RANGE_ENDS);
            if let (true, Some(w2)) = (until, second.when.as_ref()) {
                if w2.end >= w.start && w.precision == Precision::Day && w2.precision == Precision::Day {
                    w.end = w2.end;
                }
            }
        }
        return Some(w);
    }
    // A date opening the sentence; else, for a round or meeting named as the context of an earlier
    // trigger ("arriving in Athens on Thursday for the 5th session of …"), that trigger's day.
    let before_first = v.dates.iter().filter(resolved).rfind(|d| v.tok_at(d.span.start) < first_trigger);
    let context = || {
        let round = matches!(triggers[ti], Trigger::Round { .. });
        let context_word = v.has_word(first_trigger..tok, vocab::encounters::CONTEXT_WORDS);
        (ti > 0 && (round || context_word))
            .then(|| v.dates.iter().filter(resolved).rfind(|d| v.tok_at(d.span.start) < tok))
            .flatten()
    };
    before_first.or_else(context).and_then(|d| d.when.clone())
}

/// The venue near a trigger: a city "in"/"at" it (or after a comma, as in
/// captions), else a country "in"/"to" it.
fn venue(a: &Analysis<'_>, v: &View<'_>, countries: &[CountryRef], tok: usize, next_tok: usize) -> Option<String> {
    let preceded = |t: usize, words: &[&str]| {
        t > 0 && words.iter().any(|w| v.toks[t - 1].is(w) || (*w == "," && v.toks[t - 1].text == ","))
    };
    let places: Vec<(usize, &str)> = a
        .hits_of(v, EntryKind::Place)
        .filter(|(_, e)| matches!(e.first("type"), Some("city" | "capital" | "port")))
        .map(|(h, e)| (v.tok_at(h.span.start), e.name.as_str()))
        .collect();
    let in_scope = |t: usize| t > tok && t < next_tok;
    if let Some((_, name)) = places.iter().find(|&&(t, _)| in_scope(t) && preceded(t, vocab::grammar::LOCATIVE_LEADS)) {
        return Some(name.to_string());
    }
    if let Some(building) = named_building(a, v, tok, next_tok) {
        return Some(building);
    }
    if let Some((_, name)) = places.iter().find(|&&(t, _)| preceded(t, vocab::grammar::LOCATIVE_PREPOSITIONS)) {
        return Some(name.to_string());
    }
    countries
        .iter()
        .find(|c| !c.demonym && !c.capital && preceded(c.tok, vocab::encounters::DESTINATION_LEADS))
        .and_then(|c| a.lexicon.country(c.country))
        .map(|e| e.name.clone())
        .or_else(|| super::unknown_place(v, tok, next_tok))
}

/// A named building after "at" in the trigger's scope: "at Maximos Mansion",
/// "at the Great Hall of the People", "at the Armed Forces Officers' Club".
fn named_building(a: &Analysis<'_>, v: &View<'_>, tok: usize, next_tok: usize) -> Option<String> {
    let toks = &v.toks;
    (tok + 1..next_tok.min(toks.len())).filter(|&k| toks[k].is_word(word!("at"))).find_map(|at| {
        let start = at + 1 + usize::from(toks.get(at + 1).is_some_and(|t| t.is_word(word!("the"))));
        let mut end = start;
        while end < toks.len()
            && end - start < 8
            && (toks[end].capitalized() || (end > start && matches!(toks[end].text, "'" | "’" | "of" | "the" | "s")))
        {
            end += 1;
        }
        // The name ends at its last head word ("… of the People").
        let last = (start..end).rev().find(|&k| word_set!(vocab::encounters::BUILDING_HEADS).has(&toks[k]))?;
        (last > start || toks[start].text != "House").then(|| {
            let span = crate::model::Span::new(toks[start].span.start, toks[last].span.end);
            super::plain_punctuation(span.of(a.text).unwrap_or("")).into_owned()
        })
    })
}

/// The dateline's city as the venue of an encounter the lead paragraph
/// reports as held (not planned) in a city of one of its parties:
/// "Kathmandu, March 12 (PTI) India and Nepal on Wednesday held …".
fn dateline_venue(a: &Analysis<'_>, v: &View<'_>, parties: &[Country], tok: usize) -> Option<String> {
    let city = a.layout.header.dateline.as_deref()?;
    let planned = v.has_word(0..tok, vocab::calendar::PLANNED_CUES);
    let entry = a.lexicon.lookup(EntryKind::Place, city)?;
    (!planned && entry.country.is_some_and(|c| parties.contains(&c))).then(|| entry.name.clone())
}

/// People of a sentence that has a chairing or meeting word.
fn chairs(v: &View<'_>) -> Vec<Person> {
    if !v.toks.iter().any(|t| CHAIR_SET.has(t)) {
        return Vec::new();
    }
    people_once(v)
}

/// The people of a sentence who can take part in an encounter, each once: a
/// spokesperson reporting a meeting is not one of its principals.
fn people_once(v: &View<'_>) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    for (_, p) in v.people.iter().filter(|(_, p)| !is_spokesperson(p)) {
        add_chair(&mut out, (*p).clone());
    }
    out
}

/// "A, B and C held a dialogue … During a trilateral meeting in Beijing, the
/// three ministers …": an encounter whose sentence names no one is chaired by
/// the people the sentence before named, when they are one for each of its
/// parties (and no spokesperson).
fn principals_named_before(before: &View<'_>, parties: &[Country]) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    for (_, p) in before.people.iter().filter(|(_, p)| !is_spokesperson(p)) {
        let Some(c) = p.country else { continue };
        if parties.contains(&c) && !out.iter().any(|q| q.country == Some(c)) {
            out.push((*p).clone());
        }
    }
    if out.len() == parties.len() {
        out
    } else {
        Vec::new()
    }
}

/// Whether a person speaks for a government rather than meeting for it.
fn is_spokesperson(p: &Person) -> bool {
    p.titles.iter().any(|t| t.to_ascii_lowercase().contains("spokes"))
}

/// Adds a chair unless one of that name is there already.
fn add_chair(chairs: &mut Vec<Person>, p: Person) {
    if !chairs.iter().any(|q| q.name == p.name) {
        chairs.push(p);
    }
}

/// A definite mention adds its sentence's date, venue and chairs to a record.
fn refine(
    d: &mut Dialogue,
    a: &Analysis<'_>,
    v: &View<'_>,
    countries: &[CountryRef],
    when: Option<When>,
    tok: usize,
    next_tok: usize,
) {
    let chairing = v.toks.iter().any(|t| CHAIR_SET.has(t));
    if !chairing {
        return;
    }
    merge_when(&mut d.when, when);
    if d.venue.is_none() {
        d.venue = venue(a, v, countries, tok, next_tok);
    }
    for p in chairs(v) {
        add_chair(&mut d.chairs, p);
    }
    d.evidence.push(v.sentence.span);
}

/// Keeps the more precise of two dates of one encounter.
fn merge_when(slot: &mut Option<When>, new: Option<When>) {
    match (slot.as_ref(), new) {
        (None, Some(w)) => *slot = Some(w),
        (Some(old), Some(w)) if w.precision < old.precision && old.overlaps(&w) => *slot = Some(w),
        _ => {}
    }
}

/// "travelled to New Delhi for the 24th round": the place named right
/// before "for the" and a round at `tok` is where the round was held.
fn destination_for(a: &Analysis<'_>, v: &View<'_>, countries: &[CountryRef], tok: usize) -> Option<String> {
    let toks = &v.toks;
    let for_the = tok >= 3 && toks[tok - 1].is_word(word!("the")) && toks[tok - 2].is_word(word!("for"));
    if !for_the {
        return None;
    }
    let start = visit::place_ending_at(a, v, countries, tok - 2)?;
    let lead = start > 0 && (toks[start - 1].is_word(word!("to")) || toks[start - 1].is_word(word!("in")));
    lead.then(|| visit::place_at(a, v, start)).flatten().map(|(name, _)| name)
}

/// Whether two venues one article gives are one place: the same words, or a
/// country and a place the lexicon puts in it.
fn same_venue(a: &Analysis<'_>, x: &str, y: &str) -> bool {
    if x == y {
        return true;
    }
    let country_of = |name: &str| a.lexicon.lookup(EntryKind::Country, name).and_then(|e| e.country);
    let place_in = |name: &str| a.lexicon.lookup(EntryKind::Place, name).and_then(|e| e.country);
    match (country_of(x), country_of(y)) {
        (Some(c), None) => place_in(y) == Some(c),
        (None, Some(c)) => place_in(x) == Some(c),
        _ => false,
    }
}

/// Adds a draft, merging it into an earlier record of the same encounter.
fn upsert(a: &Analysis<'_>, drafts: &mut Vec<Dialogue>, d: Dialogue) -> usize {
    // Reports of one encounter sit close together: look back a bounded distance.
    let from = drafts.len().saturating_sub(64);
    // One article writes one place one way, or names the country of the city ("arrived in Tokyo",
    // "the visit to Japan").
    let found =
        drafts[from..].iter().position(|x| same_encounter(x, &d, Scope::OneArticle, |p, q| same_venue(a, p, q)));
    match found.map(|i| i + from) {
        Some(i) => {
            let x = &mut drafts[i];
            merge_when(&mut x.when, d.when);
            if x.venue.is_none() {
                x.venue = d.venue;
            }
            for p in d.chairs {
                add_chair(&mut x.chairs, p);
            }
            x.evidence.extend(d.evidence);
            i
        }
        None => {
            drafts.push(d);
            drafts.len() - 1
        }
    }
}
