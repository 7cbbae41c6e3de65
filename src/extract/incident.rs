//! Incidents: dated attacks and joint exercises.
//!
//! An attack is an attack noun ("attack", "bombing", "blast", "ambush"), or a
//! casualty verb ("were killed", "lost their lives") in a sentence with no
//! attack noun; an exercise is an exercise noun ("exercise", "drill").
//! Within a sentence each trigger owns the words up to the next trigger
//! (and the words before the first), so "In October 2024, two Chinese
//! nationals were killed in a terrorist attack in Pakistan, following a
//! deadly attack in March, in which five Chinese citizens lost their lives"
//! gives two attacks with their own dates and tolls. A new incident needs a
//! resolved date; "the drill" refers back to the last exercise. Hypothetical
//! and generic mentions ("could pose", "in recent years") make no record.

use super::{sorted, Analysis, View};
use crate::lexicon::EntryKind;
use crate::model::{Incident, IncidentKind, Span, Unit};
use crate::quantity::{number_word_of, ordinal_of};
use crate::text::classes::Classes;
use crate::text::tokens::TokenKind;
use crate::text::words::{word, word_set, WordMap};
use crate::vocab;
use crate::vocab::grammar::{DEFINITE, HYPOTHETICAL};
use crate::vocab::incidents::{
    ATTACKERS, ATTACK_NOUNS, EXERCISE_NOUNS, INJURE_WORDS, KILL_WORDS, REACTION_VERBS, SINGLE_VICTIMS, UNREALIZED_EVENT,
};
use crate::Country;
use once_cell::sync::Lazy;

/// Every trigger noun with the kind of incident it names.
static TRIGGER_NOUNS: Lazy<WordMap<IncidentKind>> = Lazy::new(|| {
    let attacks = ATTACK_NOUNS.iter().map(|w| (*w, IncidentKind::Attack));
    WordMap::new(EXERCISE_NOUNS.iter().map(|w| (*w, IncidentKind::Exercise)).chain(attacks))
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Trigger {
    tok: usize,
    kind: IncidentKind,
    definite: bool,
}

/// The incidents of a document, read sentence by sentence in text order.
#[derive(Debug)]
pub(crate) struct Incidents {
    /// The incidents found so far.
    out: Vec<Incident>,
    /// The two countries the document names most.
    main_pair: Vec<Country>,
    /// Indices in `out` of incidents dated only by the day a report was made
    /// ("…, officials said on Tuesday"), which a later date of the event replaces.
    dated_by_report: Vec<usize>,
    /// The sentence that last named an attack.
    last_attack_sentence: Option<usize>,
}

impl Incidents {
    /// Nothing read yet.
    pub(crate) fn new(a: &Analysis<'_>) -> Incidents {
        Incidents {
            out: Vec::new(),
            main_pair: super::most_named_pair(a),
            dated_by_report: Vec::new(),
            last_attack_sentence: None,
        }
    }
}

impl super::Pass for Incidents {
    type Output = Vec<Incident>;

    fn sentence(&mut self, a: &Analysis<'_>, views: &[View<'_>], vi: usize) {
        let v = &views[vi];
        if v.sentence.heading || v.sentence.caption {
            return;
        }
        let triggers = triggers(v);
        // "In addition, there is a wounded Kenyan": injuries told right after an attack, with no
        // word for the attack, are that attack's.
        if triggers.is_empty() {
            if let Some(at) = self.last_attack_sentence.filter(|&at| vi > at && vi - at <= 3) {
                if let (Some(injured), victims) = toll(a, v, INJURE_WORDS, 0, v.toks.len()) {
                    if let Some(prev) = self.out.iter_mut().rev().find(|i| i.kind == IncidentKind::Attack) {
                        prev.injured = prev.injured.max(Some(injured));
                        prev.victims = sorted(prev.victims.iter().copied().chain(victims).collect());
                        prev.evidence.push(v.sentence.span);
                        self.last_attack_sentence = Some(vi.max(at));
                    }
                }
            }
            return;
        }
        if triggers.iter().any(|t| t.kind == IncidentKind::Attack) {
            self.last_attack_sentence = Some(vi);
        }
        for (ti, t) in triggers.iter().enumerate() {
            let lo = if ti == 0 { 0 } else { t.tok };
            let hi = triggers.get(ti + 1).map_or(v.toks.len(), |n| n.tok);
            let in_scope = |tok: usize| tok >= lo && tok < hi;
            // A modal before the trigger makes it hypothetical; the month in "In May, an attack …" does not.
            let modal = (t.tok.saturating_sub(6)..t.tok).any(|k| {
                (UNREALIZED_EVENT.iter().any(|w| v.toks[k].is(w)) || HYPOTHETICAL.iter().any(|w| v.toks[k].is(w)))
                    && !v.dates.iter().any(|d| d.span.contains(v.toks[k].span))
            });
            if modal {
                continue;
            }
            // "the 10th of its kind since 2012": the start of a series is not the event's date;
            // "Iran on Sunday condemned an attack …": a date of the reaction is not either.
            let dated = |d: &&crate::time::DateMention| {
                let (k, end) = (v.tok_at(d.span.start), v.tok_at(d.span.end));
                let series_start = k > 0 && v.toks[k - 1].is_word(word!("since"));
                let reaction = end <= t.tok && v.has_word(end..t.tok, REACTION_VERBS);
                d.when.is_some() && !series_start && !reaction
            };
            // "…, as announced on Sunday", "…, officials said on Tuesday": the report's day, which
            // stands for the event's only when the text gives no other (it is often the same).
            let reported = |d: &&crate::time::DateMention| {
                let k = v.tok_at(d.span.start);
                v.has_word(k.saturating_sub(2)..k, REACTION_VERBS)
            };
            let found = v
                .dates
                .iter()
                .filter(dated)
                .filter(|d| in_scope(v.tok_at(d.span.start)))
                .min_by_key(|d| reported(d))
                .or_else(|| v.dates.iter().filter(dated).find(|d| v.tok_at(d.span.start) < triggers[0].tok));
            let when_reported = found.is_some_and(|d| reported(&d));
            let when = found.and_then(|d| d.when.clone());
            let (killed, killed_victims) = toll(a, v, KILL_WORDS, lo, hi);
            let (injured, injured_victims) = toll(a, v, INJURE_WORDS, lo, hi);
            // The place can come before the attack noun: "Gunmen killed 26 in Pahalgam, the deadliest attack …".
            // "the Dasu attack", "the Besham attack": a place named right before the trigger.
            let named_place = t.tok.checked_sub(1).map(|k| &v.toks[k]).filter(|p| {
                p.kind == TokenKind::Word
                    && p.capitalized()
                    && p.text.len() > 2
                    && t.tok >= 2
                    && !v.hits.iter().any(|h| h.span.contains(p.span) && h.kind != EntryKind::Place)
                    && !crate::time::is_calendar_token(p)
            });
            let location = named_place.map(|p| p.text.to_string()).or_else(|| location(a, v, lo, hi)).or_else(|| {
                // "will send troops to Pakistan to take part in a joint exercise": where they go.
                (t.kind == IncidentKind::Exercise).then(|| destination(a, v, t.tok)).flatten()
            });
            let ordinal = ordinal_in(v, lo, hi);
            // "The exercise, which began on September 1": the same exercise, starting earlier.
            if t.definite && killed.is_none() {
                let prev_index = self.out.iter().rposition(|i| i.kind == t.kind);
                if let (Some(w), Some(index)) = (&when, prev_index) {
                    // "The attack occurred on Saturday night" after a report dated Sunday.
                    let redated = !when_reported && self.dated_by_report.contains(&index);
                    if redated {
                        self.dated_by_report.retain(|&i| i != index);
                    }
                    let prev = &mut self.out[index];
                    if redated {
                        prev.when = Some(w.clone());
                    }
                    let began = v.has_word(t.tok..(t.tok + 6).min(v.toks.len()), vocab::incidents::BEGIN_VERBS);
                    // "The exercise will run to 29 October": the date closes the range.
                    let date_tok = v.dates.iter().find(|d| d.when.as_ref() == Some(w)).map(|d| v.tok_at(d.span.start));
                    let closes =
                        date_tok.is_some_and(|k| v.has_word(k.saturating_sub(2)..k, vocab::calendar::RANGE_ENDS));
                    if let Some(pw) = prev.when.as_mut() {
                        if began && w.start <= pw.start && w.precision == pw.precision {
                            pw.start = w.start;
                        } else if w.precision == pw.precision && w.end > pw.end && (closes || w.start == pw.start) {
                            // Closed by "until …", or a range from the same first day ("from 2 to 15 January").
                            pw.end = w.end;
                        }
                    } else {
                        prev.when = Some(w.clone());
                    }
                    prev.ordinal = prev.ordinal.or(ordinal);
                    // "in Somalia" first, "at a base in Mogadishu" next: the narrower place stands.
                    let only_country =
                        prev.location.as_deref().is_none_or(|l| a.lexicon.lookup(EntryKind::Country, l).is_some());
                    if only_country && location.is_some() {
                        prev.location = location.clone();
                    }
                    adopt_perpetrator(prev, perpetrator(a, v, 0, v.toks.len()));
                    absorb_personnel(prev, v);
                    prev.evidence.push(v.sentence.span);
                    continue;
                }
            }
            // "Five nationals and their driver were killed in the attack": a toll given again for the
            // attack just reported, fuller than before (the larger count stands).
            if t.definite && when.is_none() && (killed.is_some() || injured.is_some()) {
                if let Some(prev) = self.out.iter_mut().rev().find(|i| i.kind == t.kind) {
                    prev.killed = prev.killed.max(killed);
                    prev.injured = prev.injured.max(injured);
                    prev.victims =
                        sorted(prev.victims.iter().copied().chain(killed_victims).chain(injured_victims).collect());
                    prev.evidence.push(v.sentence.span);
                    continue;
                }
            }
            if t.definite && when.is_none() && killed.is_none() {
                // "The drill marked the eighth of such joint exercises." / "TTP claimed the attack."
                let by = perpetrator(a, v, 0, v.toks.len());
                if let Some(prev) = self.out.iter_mut().rev().find(|i| i.kind == t.kind) {
                    prev.ordinal = prev.ordinal.or(ordinal);
                    absorb_personnel(prev, v);
                    adopt_perpetrator(prev, by);
                    prev.evidence.push(v.sentence.span);
                }
                continue;
            }
            // A new incident needs a date, or at least a toll: "12 killed in Peshawar on Tuesday"
            // stays an attack when the text gives no reference date to resolve "Tuesday".
            // An exercise announced without a date ("will send troops to Pakistan for a joint
            // exercise", "will conduct the joint exercise in Egypt") is one when it is a single joint
            // exercise held somewhere: not "regular joint exercises" in general.
            let announced_exercise = t.kind == IncidentKind::Exercise
                && !v.toks[t.tok].text.ends_with('s')
                && v.has_word(t.tok.saturating_sub(4)..t.tok, &["joint"])
                && location.is_some();
            if when.is_none() && killed.is_none() && injured.is_none() && !announced_exercise {
                continue;
            }
            let mut inc = Incident {
                kind: t.kind,
                when,
                location: location.clone(),
                killed,
                injured,
                victims: sorted(
                    killed_victims
                        .into_iter()
                        .chain(injured_victims)
                        .chain(targeted(a, v, lo.min(t.tok), hi))
                        .collect(),
                ),
                perpetrator: perpetrator(a, v, lo, hi),
                participants: Vec::new(),
                personnel: None,
                ordinal,
                evidence: vec![v.sentence.span],
            };
            if t.kind == IncidentKind::Exercise {
                inc.personnel = v
                    .quantities
                    .iter()
                    .find(|q| q.unit == Unit::Personnel && in_scope(v.tok_at(q.span.unwrap_or_default().start)))
                    .map(|q| q.value as u32);
                inc.participants = participants(a, v, location.as_deref(), &self.main_pair);
            }
            // "a joint exercise this month … this year's exercise is the eighth": one article's reports
            // of an exercise of the same parties at overlapping dates are one exercise.
            if inc.kind == IncidentKind::Exercise {
                let same = self.out.iter_mut().rev().find(|p| {
                    p.kind == IncidentKind::Exercise
                        && (p.participants == inc.participants
                            || p.participants.is_empty()
                            || inc.participants.is_empty())
                        && match (&p.when, &inc.when) {
                            (Some(x), Some(y)) => x.overlaps(y),
                            _ => true,
                        }
                });
                if let Some(prev) = same {
                    // The finer date stands; every other field fills a gap.
                    if let (Some(pw), Some(w)) = (&prev.when, &inc.when) {
                        if w.precision < pw.precision {
                            prev.when = inc.when.clone();
                        }
                    } else if prev.when.is_none() {
                        prev.when = inc.when.clone();
                    }
                    prev.location = prev.location.take().or(inc.location);
                    prev.ordinal = prev.ordinal.or(inc.ordinal);
                    prev.personnel = prev.personnel.or(inc.personnel);
                    if prev.participants.is_empty() {
                        prev.participants = inc.participants;
                    }
                    prev.evidence.extend(inc.evidence);
                    continue;
                }
            }
            // "Students were subjected to mob violence late Friday … Police mobilised forces
            // yesterday to quell the violence, in which men attacked hostels": an attack told again
            // on the same day, with no other place named, is the same attack.
            if inc.kind == IncidentKind::Attack && !when_reported {
                let same = self.out.iter_mut().rev().find(|p| {
                    p.kind == IncidentKind::Attack
                        && matches!((&p.when, &inc.when), (Some(x), Some(y)) if x.precision == crate::model::Precision::Day && x.start == y.start && x.end == y.end)
                        && (p.location.is_none() || inc.location.is_none() || p.location == inc.location)
                });
                if let Some(prev) = same {
                    prev.location = prev.location.take().or(inc.location);
                    prev.killed = prev.killed.max(inc.killed);
                    prev.injured = prev.injured.max(inc.injured);
                    prev.victims = sorted(prev.victims.iter().copied().chain(inc.victims).collect());
                    adopt_perpetrator(prev, inc.perpetrator);
                    prev.evidence.extend(inc.evidence);
                    continue;
                }
            }
            if when_reported {
                self.dated_by_report.push(self.out.len());
            }
            self.out.push(inc);
        }
    }

    fn finish(self) -> Vec<Incident> {
        self.out
    }
}

/// The triggers of a sentence, in token order.
fn triggers(v: &View<'_>) -> Vec<Trigger> {
    let mut out = Vec::new();
    if !v.classes.any_of(Classes::INCIDENT_TRIGGER) {
        return out;
    }
    for (i, t) in v.toks.iter().enumerate() {
        if !t.classes.any_of(Classes::INCIDENT_TRIGGER) {
            continue;
        }
        let Some(&kind) = TRIGGER_NOUNS.of(t) else { continue };
        // "Tuesday's attack", "last week's bombing": a possessive day refers to an attack reported.
        let day_possessive = i >= 3
            && v.toks[i - 1].is_word(word!("s"))
            && matches!(v.toks[i - 2].text, "'" | "’")
            && (crate::time::is_calendar_token(&v.toks[i - 3])
                || v.toks[i - 3].is_word(word!("week"))
                || v.toks[i - 3].is_word(word!("weekend"))
                || v.toks[i - 3].is_word(word!("yesterday")));
        let definite = day_possessive || (1..=2).any(|b| i >= b && DEFINITE.iter().any(|d| v.toks[i - b].is(d)));
        out.push(Trigger { tok: i, kind, definite });
    }
    if out.is_empty() {
        // Casualties with no attack noun: "Two engineers were killed in Dasu on March 26", "a
        // gunman shot dead two tourists", "a mob attacked the students' hostels".
        if let Some(i) = v.toks.iter().position(|t| vocab::incidents::CASUALTY_WORDS.iter().any(|w| t.is(w))) {
            out.push(Trigger { tok: i, kind: IncidentKind::Attack, definite: false });
        }
    }
    out
}

/// The count of people next to a casualty word in `lo..hi`, and the victims'
/// nationality: "two Chinese nationals were killed", "killing five".
fn toll(a: &Analysis<'_>, v: &View<'_>, words: &[&str], lo: usize, hi: usize) -> (Option<u32>, Vec<Country>) {
    for c in lo..hi.min(v.toks.len()) {
        if !words.iter().any(|w| v.toks[c].is(w)) {
            continue;
        }
        // Active voice first ("killed 12 people"), then passive ("12 people were killed").
        let people = |q: &&crate::Quantity| matches!(q.unit, Unit::People | Unit::Personnel);
        let after = v.quantities.iter().filter(people).find(|q| {
            let qs = v.tok_at(q.span.unwrap_or_default().start);
            qs > c && qs - c <= 2
        });
        let before = v.quantities.iter().filter(people).find(|q| {
            // "Two tourists and their guide were shot dead": one more victim may stand between,
            // and the force each serves in ("three soldiers from the Kenyan army").
            let qe = victim_tail(a, v, v.tok_at(q.span.unwrap_or_default().end)).end;
            qe <= c && v.toks[qe..c].iter().all(|t| word_set!(vocab::incidents::CASUALTY_LEADS).has(t))
        });
        // "Seven people, including four Turkish workers, killed …": the count before the aside.
        // ("… engineers, were killed": auxiliaries may stand between the aside and the verb.)
        let mut comma = c;
        while comma > 0 && word_set!(vocab::incidents::CASUALTY_LEADS).has(&v.toks[comma - 1]) {
            comma -= 1;
        }
        let aside_start = (comma >= 2 && v.toks[comma - 1].text == ",")
            .then(|| (comma.saturating_sub(12)..comma - 1).rev().find(|&k| v.toks[k].is_word(word!("including"))))
            .flatten()
            .filter(|&k| k >= 1 && v.toks[k - 1].text == ",");
        let before_aside = aside_start.and_then(|k| {
            v.quantities.iter().filter(people).find(|q| v.tok_at(q.span.unwrap_or_default().end) == k - 1)
        });
        // Passive ("12 people were killed and 30 others injured") reads the count before the verb.
        let passive = (c.saturating_sub(2)..c).any(|k| word_set!(vocab::incidents::CASUALTY_SUBJECTS).has(&v.toks[k]));
        let near = before_aside.or(if passive { before.or(after) } else { after.or(before) });
        if let Some(q) = near {
            let s = q.span.unwrap_or_default();
            // Nationality inside the quantity: "two Chinese nationals".
            let victims = v.hits.iter().filter(|h| s.contains(h.span)).filter_map(|h| {
                let e = a.entry(h);
                if e.kind == EntryKind::Country {
                    e.country
                } else {
                    None
                }
            });
            let mut victims: Vec<Country> = victims.collect();
            // "… 13 people, including nine Chinese nationals": the nationality named in the aside.
            let included = v.tok_at(s.end);
            if v.toks.get(included).is_some_and(|t| t.text == ",")
                && v.toks.get(included + 1).is_some_and(|t| t.is_word(word!("including")))
            {
                let aside = Span::new(v.toks[included].span.end, v.toks[(included + 8).min(v.toks.len() - 1)].span.end);
                victims.extend(v.hits.iter().filter(|h| aside.contains(h.span)).filter_map(|h| {
                    let e = a.entry(h);
                    (e.kind == EntryKind::Country).then_some(e.country).flatten()
                }));
            }
            // "five Chinese nationals and their Pakistani driver": one more, of their own nationality.
            let tail = victim_tail(a, v, v.tok_at(s.end));
            victims.extend(tail.nationalities);
            return (Some(q.value as u32 + tail.more), victims);
        }
        // One victim as the subject: "A Kenyan engineer was stabbed to death", "an Irish
        // tourist was wounded" (the leads back to the noun, its demonym, a determiner).
        let mut k = c;
        while k > 0 && word_set!(vocab::incidents::CASUALTY_LEADS).has(&v.toks[k - 1]) {
            k -= 1;
        }
        if k < c && k > 0 && SINGLE_VICTIMS.iter().any(|w| v.toks[k - 1].is(w)) {
            let noun = k - 1;
            let demonym = v.hits.iter().find(|h| v.tok_at(h.span.end) == noun && h.kind == EntryKind::Country);
            let det = demonym.map_or(noun, |h| v.tok_at(h.span.start));
            let single = det > 0
                && (v.toks[det - 1].is_word(word!("a"))
                    || v.toks[det - 1].is_word(word!("an"))
                    || v.toks[det - 1].is_word(word!("one")));
            if single {
                return (Some(1), demonym.and_then(|h| a.entry(h).country).into_iter().collect());
            }
        }
        // "a wounded Israeli", "one injured guard": the word as an adjective of one person.
        if c > 0
            && (v.toks[c - 1].is_word(word!("a"))
                || v.toks[c - 1].is_word(word!("an"))
                || v.toks[c - 1].is_word(word!("one")))
        {
            let demonym = v.hits.iter().find(|h| v.tok_at(h.span.start) == c + 1 && h.kind == EntryKind::Country);
            let noun = demonym.map_or(c + 1, |h| v.tok_at(h.span.end));
            let person = demonym.is_some_and(|h| h.form == crate::lexicon::Form::Demonym)
                || v.toks.get(noun).is_some_and(|t| SINGLE_VICTIMS.iter().any(|w| t.is(w)));
            if person {
                return (Some(1), demonym.and_then(|h| a.entry(h).country).into_iter().collect());
            }
        }
        // A bare number next to the word: "killing five", "12 dead".
        let adjacent =
            [c.checked_sub(1), Some(c + 1)].into_iter().flatten().filter_map(|k| v.toks.get(k)).find_map(|t| {
                match t.kind {
                    TokenKind::Number => t.number().filter(|n| *n < 100_000.0),
                    TokenKind::Word => number_word_of(t),
                    TokenKind::Punct => None,
                }
            });
        if let Some(n) = adjacent {
            return (Some(n as u32), Vec::new());
        }
        // One person named after an active casualty verb: "killing the head of security",
        // "wounding a guard" (not "killing the hopes", a plural or a possessive).
        let active = v.toks[c].text.ends_with("ing") || c + 1 < v.toks.len() && v.toks[c].text.ends_with("ed");
        let determiner = v.toks.get(c + 1).is_some_and(|t| {
            t.is_word(word!("a")) || t.is_word(word!("an")) || t.is_word(word!("the")) || t.is_word(word!("one"))
        });
        let head =
            v.toks.get(c + 2..(c + 5).min(v.toks.len())).unwrap_or(&[]).iter().find(|t| {
                SINGLE_VICTIMS.iter().any(|w| t.is(w)) || t.is_word(word!("head")) || t.is_word(word!("chief"))
            });
        if active && determiner && head.is_some() {
            return (Some(1), Vec::new());
        }
    }
    (None, Vec::new())
}

/// What may follow a count of victims before the verb: the force they serve
/// in, one more victim, and that one's force ("three soldiers from the Kenyan
/// army and an officer from the Ugandan police").
struct VictimTail {
    /// The token after the tail.
    end: usize,
    /// Victims beyond the count (0 or 1).
    more: u32,
    /// Nationalities the tail names.
    nationalities: Vec<Country>,
}

/// The [`VictimTail`] from token `k`.
fn victim_tail(a: &Analysis<'_>, v: &View<'_>, mut k: usize) -> VictimTail {
    let mut tail = VictimTail { end: k, more: 0, nationalities: Vec::new() };
    let serving = |k: &mut usize, tail: &mut VictimTail| {
        if let Some((end, country)) = serving_in(a, v, *k) {
            *k = end;
            tail.nationalities.extend(country);
        }
    };
    serving(&mut k, &mut tail);
    if let Some((end, nationality)) = one_more_victim(a, v, k) {
        k = end;
        tail.more = 1;
        tail.nationalities.extend(nationality);
        serving(&mut k, &mut tail);
    }
    tail.end = k;
    tail
}

/// "from the Kenyan army", "of the Ghana Armed Forces" at `k`: a capitalized
/// body after "from"/"of" that names a country. Returns the token after it
/// and the country.
fn serving_in(a: &Analysis<'_>, v: &View<'_>, k: usize) -> Option<(usize, Option<Country>)> {
    let lead = v.toks.get(k)?;
    if !(lead.is_word(word!("from")) || lead.is_word(word!("of"))) {
        return None;
    }
    let mut at = k + 1;
    if v.toks.get(at).is_some_and(|t| t.is_word(word!("the"))) {
        at += 1;
    }
    let mut end = at;
    while end < v.toks.len()
        && end - at < 8
        && v.toks[end].kind == TokenKind::Word
        && (v.toks[end].capitalized() || end > at && word_set!(vocab::incidents::SERVICE_NOUNS).has(&v.toks[end]))
    {
        end += 1;
    }
    let country = v
        .hits
        .iter()
        .filter(|h| {
            let t = v.tok_at(h.span.start);
            t >= at && t < end && h.kind == EntryKind::Country
        })
        .find_map(|h| a.entry(h).country)?;
    Some((end, Some(country)))
}

/// "… and their Pakistani driver" at `k`, right after a count of victims: one
/// more victim, with the nationality its demonym gives. Returns the token after
/// the noun.
fn one_more_victim(a: &Analysis<'_>, v: &View<'_>, k: usize) -> Option<(usize, Option<Country>)> {
    if !v.toks.get(k)?.is_word(word!("and")) {
        return None;
    }
    let mut k = k + 1;
    if v.toks.get(k).is_some_and(|t| word_set!(vocab::incidents::SINGLE_VICTIM_DETERMINERS).has(t)) {
        k += 1;
    }
    let demonym = v.hits.iter().find(|h| v.tok_at(h.span.start) == k && h.kind == EntryKind::Country);
    let noun = demonym.map_or(k, |h| v.tok_at(h.span.end));
    v.toks
        .get(noun)
        .is_some_and(|t| SINGLE_VICTIMS.iter().any(|w| t.is(w)))
        .then(|| (noun + 1, demonym.and_then(|h| a.entry(h).country)))
}

/// Nationalities an attack is aimed at, from `from` on: "attack on Chinese personnel",
/// "targeting Chinese nationals", "opened fire at the Azerbaijani embassy".
fn targeted(a: &Analysis<'_>, v: &View<'_>, from: usize, hi: usize) -> Vec<Country> {
    let mut out = passive_victims(a, v, hi);
    for k in from..hi.min(v.toks.len()) {
        if !word_set!(vocab::incidents::TARGET_LEADS).has(&v.toks[k]) {
            continue;
        }
        // "on Chinese personnel", "at the Azerbaijani embassy", "stormed Azerbaijan's embassy".
        let at = k + 1 + usize::from(v.toks.get(k + 1).is_some_and(|t| t.is_word(word!("the"))));
        let Some(h) = v.hits.iter().find(|h| v.tok_at(h.span.start) == at && h.kind == EntryKind::Country) else {
            continue;
        };
        let end = v.tok_at(h.span.end);
        let noun_at = if v.toks.get(end).is_some_and(|t| matches!(t.text, "'" | "’")) { end + 2 } else { end };
        let premises = v.toks.get(noun_at).is_some_and(|t| word_set!(vocab::incidents::TARGET_NOUNS).has(t));
        if h.form == crate::lexicon::Form::Demonym || premises {
            out.extend(a.entry(h).country);
        }
    }
    out
}

/// "Pakistani students in the capital were among those subjected to mob
/// violence", "Kenyan tourists were attacked": a demonym and a noun of people
/// (nationals, students, workers …) as the subject of a passive clause of
/// suffering, before `hi`, are the victims.
fn passive_victims(a: &Analysis<'_>, v: &View<'_>, hi: usize) -> Vec<Country> {
    let hi = hi.min(v.toks.len());
    let mut out = Vec::new();
    for h in v.hits.iter().filter(|h| h.form == crate::lexicon::Form::Demonym) {
        let end = v.tok_at(h.span.end);
        if end >= hi || !v.toks.get(end).is_some_and(|t| word_set!(vocab::incidents::TARGET_NOUNS).has(t)) {
            continue;
        }
        // The clause's verb within a few words: "were", "was", then a word of suffering.
        let be = (end + 1..(end + 9).min(hi))
            .take_while(|&k| v.toks[k].text != ",")
            .find(|&k| v.toks[k].is_word(word!("were")) || v.toks[k].is_word(word!("was")));
        let suffered = be.is_some_and(|k| {
            v.toks.get(k + 1).is_some_and(|t| word_set!(vocab::incidents::PASSIVE_VICTIM_WORDS).has(t))
        });
        if suffered && h.kind == EntryKind::Country {
            out.extend(a.entry(h).country);
        }
    }
    out
}

/// "in Pakistan", "in Gwadar" after the trigger.
fn location(a: &Analysis<'_>, v: &View<'_>, from: usize, hi: usize) -> Option<String> {
    let locative = |p: &crate::text::tokens::Token<'_>| {
        p.is_word(word!("in")) || p.is_word(word!("near")) || p.is_word(word!("at"))
    };
    // "near Kalat in Balochistan": a town the lexicon does not know, placed inside a known
    // region, is the more specific place.
    if let Some(town) = super::unknown_place_at(v, from, hi) {
        let e = town.end;
        let inside = v.toks.get(e).is_some_and(|t| t.is_word(word!("in")) || t.text == ",")
            && v.hits.iter().any(|h| v.tok_at(h.span.start) == e + 1 && h.kind == EntryKind::Place);
        if inside {
            return Some(v.toks[town].iter().map(|t| t.text).collect::<Vec<_>>().join(" "));
        }
    }
    for h in v.hits {
        let t = v.tok_at(h.span.start);
        // "in northwest China": a direction word may stand between.
        let direction = t >= 2 && word_set!(vocab::grammar::DIRECTIONS).has(&v.toks[t - 1]) && locative(&v.toks[t - 2]);
        // "near the airport of the southern city of Karachi": a kind of place, then "of".
        let place_of = t >= 2
            && v.toks[t - 1].is_word(word!("of"))
            && word_set!(vocab::incidents::PLACE_TYPE_NOUNS).has(&v.toks[t - 2]);
        if t < from || t == 0 || t >= hi || !(v.toks.get(t - 1).is_some_and(locative) || direction || place_of) {
            continue;
        }
        let e = a.entry(h);
        if matches!(e.kind, EntryKind::Country | EntryKind::Place) {
            // "in Pakistan's Balochistan province": the place the country owns is more specific.
            let end = v.tok_at(h.span.end);
            let possessive = e.kind == EntryKind::Country
                && v.toks.get(end).is_some_and(|t| matches!(t.text, "'" | "’"))
                && v.toks.get(end + 1).is_some_and(|t| t.is_word(word!("s")));
            let owned =
                v.hits.iter().find(|o| v.tok_at(o.span.start) == end + 2 && a.entry(o).kind == EntryKind::Place);
            if let (true, Some(o)) = (possessive, owned) {
                return Some(a.entry(o).name.clone());
            }
            return Some(e.name.clone());
        }
    }
    // A town the lexicon does not know: "in Pahalgam", "in Hotan".
    super::unknown_place(v, from, hi)
}

/// The country troops are sent to before an exercise trigger at `tok`: "send
/// troops to Pakistan", "deploy forces to Egypt".
fn destination(a: &Analysis<'_>, v: &View<'_>, tok: usize) -> Option<String> {
    let to = (tok.saturating_sub(12)..tok).find(|&k| {
        v.toks[k].is_word(word!("to")) && k >= 1 && word_set!(vocab::incidents::FORCE_NOUNS).has(&v.toks[k - 1])
    })?;
    let c = v.countries.iter().find(|c| c.tok == to + 1 && !c.demonym)?;
    a.lexicon.country(c.country).map(|e| e.name.clone())
}

/// "the eighth of such joint exercises", "the 8th exercise".
fn ordinal_in(v: &View<'_>, lo: usize, hi: usize) -> Option<u32> {
    (lo..hi.min(v.toks.len())).find_map(|i| {
        // A series numbered in Roman numerals: "Warrior-VIII", "Sea Guardian-III".
        if i >= 2 && v.toks[i - 1].text == "-" && v.toks[i - 2].capitalized() {
            if let Some(n) = roman(v.toks[i].text) {
                return Some(n);
            }
        }
        let n = ordinal_of(&v.toks[i])?;
        let next = v.toks.get(i + 1)?;
        // "the ninth joint exercise", "the 5th edition", "for the fifth time".
        let fits = word_set!(vocab::incidents::EXERCISE_ORDINAL_FOLLOWERS).has(next)
            || (next.is_word(word!("time")) && i >= 2 && v.toks[i - 2].is_word(word!("for")));
        fits.then_some(n)
    })
}

/// The value of a Roman numeral from I to XXXIX.
fn roman(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 6 || !s.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')) {
        return None;
    }
    let value = |b: u8| {
        if b == b'I' {
            1
        } else if b == b'V' {
            5
        } else {
            10
        }
    };
    let bytes = s.as_bytes();
    let mut total = 0i32;
    for (k, &b) in bytes.iter().enumerate() {
        let v = value(b);
        if bytes.get(k + 1).is_some_and(|&n| value(n) > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    (1..40).contains(&total).then_some(total as u32)
}

/// A militant group named in the clause.
fn perpetrator(a: &Analysis<'_>, v: &View<'_>, lo: usize, hi: usize) -> Option<String> {
    let named = a
        .hits_of(v, EntryKind::Organization)
        .find(|(h, e)| e.first("type") == Some("militant") && (lo..hi).contains(&v.tok_at(h.span.start)))
        .map(|(_, e)| e.name.clone());
    // A group the lexicon does not know, as the subject of "claimed responsibility":
    // "Jaish al-Adl, a militant group active along the border, claimed responsibility".
    let claimed = || {
        let k = (lo..hi.min(v.toks.len())).find(|&k| {
            v.toks[k].is_word(word!("claimed"))
                && v.toks.get(k + 1).is_some_and(|n| n.is_word(word!("responsibility")) || n.is_word(word!("the")))
        })?;
        let first =
            v.toks.first().filter(|t| t.capitalized() && !t.is_word(word!("the")) && !t.is_word(word!("it")))?;
        let mut end = 1;
        while end < k && {
            let t = &v.toks[end];
            t.capitalized()
                || (t.text == "-" || t.is_word(word!("al")) || t.is_word(word!("e")))
                    && v.toks.get(end + 1).is_some_and(|n| n.span.start == t.span.end)
        } {
            end += 1;
        }
        let closes = v.toks.get(end).is_some_and(|t| t.text == "," || t.is_word(word!("claimed")));
        let name = Span::new(first.span.start, v.toks[end - 1].span.end).of(a.text)?;
        (closes && !v.people.iter().any(|(s, _)| s.start == first.span.start)).then(|| name.to_string())
    };
    // Otherwise the attackers as the text calls them, when they are the subject: "Gunmen killed …".
    named.or_else(claimed).or_else(|| {
        (lo..hi.min(v.toks.len())).find_map(|k| {
            let t = &v.toks[k];
            let subject =
                ATTACKERS.iter().any(|w| t.is(w)) && v.toks.get(k + 1).is_some_and(|n| n.text.ends_with("ed"));
            subject.then(|| t.text.to_lowercase())
        })
    })
}

/// "The drill … involves around 300 personnel from both sides": a later
/// sentence's head count for an exercise that has none yet.
fn absorb_personnel(incident: &mut Incident, v: &View<'_>) {
    if incident.kind == IncidentKind::Exercise && incident.personnel.is_none() {
        incident.personnel = v.quantities.iter().find(|q| q.unit == Unit::Personnel).map(|q| q.value as u32);
    }
}

/// A later sentence's perpetrator for an incident: fills an empty one, and a
/// group's name ("the Pakistani Taliban claimed …") replaces a generic "militants".
fn adopt_perpetrator(incident: &mut Incident, by: Option<String>) {
    let generic = incident.perpetrator.as_deref().is_some_and(|p| ATTACKERS.contains(&p));
    let named = by.as_deref().is_some_and(|b| !ATTACKERS.contains(&b));
    if incident.perpetrator.is_none() || (generic && named) {
        incident.perpetrator = by.or(incident.perpetrator.take());
    }
}

/// Countries taking part in an exercise: those named in its sentence
/// (forces, demonyms, the host); "the two militaries" adds the document's
/// main pair.
fn participants(a: &Analysis<'_>, v: &View<'_>, location: Option<&str>, main_pair: &[Country]) -> Vec<Country> {
    let mut out: Vec<Country> = v.countries.iter().map(|c| c.country).collect();
    out.extend(v.hits.iter().filter(|h| h.kind == EntryKind::Organization).filter_map(|h| a.entry(h).country));
    if let Some(host) = location.and_then(|l| a.lexicon.lookup(EntryKind::Country, l)).and_then(|e| e.country) {
        out.push(host);
    }
    let mut out = sorted(out);
    if out.len() < 2
        && v.toks.iter().any(|t| t.is_word(word!("two")) || t.is_word(word!("both")) || t.is_word(word!("joint")))
    {
        out.extend(main_pair);
        out = sorted(out);
    }
    out
}
