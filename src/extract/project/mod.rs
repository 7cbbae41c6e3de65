//! Projects: named undertakings with sector, status, location, metrics and
//! parent.
//!
//! A project is named by the lexicon, by its shape ("… Hydropower
//! Project"), or by a plural head distributed over places ("Coal-fired power
//! plants in Sahiwal, Port Qasim and Hub" → three plants). Each mention owns
//! the part of its sentence between the previous and the next project
//! mention; status cues and quantities in that segment are the project's.

pub(crate) mod described;

use super::{plain_punctuation, Analysis, View};
use crate::lexicon::{Entry, EntryKind};
use crate::model::{Project, Quantity, Sector, Span, Status, Unit};
use crate::text::classes::Classes;
use crate::text::tokens::{Token, TokenKind};
use crate::text::words::{word, word_set, WordMap};
use crate::vocab;
use crate::vocab::projects::{DEVELOPMENT_STEMS, PLURAL_HEADS, STATUS_CUES};
use described::described;
use once_cell::sync::Lazy;
use rustc_hash::FxHashMap as HashMap;

/// Units that can be a project's metric.
const METRIC_UNITS: &[Unit] = &[Unit::KWh, Unit::MW, Unit::Km, Unit::Usd, Unit::Jobs, Unit::People];

/// One project mention in a sentence.
#[derive(Debug, Clone)]
struct Found<'a> {
    span: Span,
    name: String,
    entry: Option<&'a Entry>,
    sector: Option<Sector>,
    location: Option<String>,
    tok: usize,
    end: usize,
    /// Mentions distributed from one plural head share a group (its token).
    group: Option<usize>,
    /// "The project": a reference back to the last project named.
    reference: bool,
    /// A programme named as this project's parent in the same sentence ("built under X").
    parent_named: Option<String>,
    /// The proper name of a described project ("Reko Diq" in "the Reko Diq mining
    /// project"): later descriptions of the same name are the same project.
    stem: Option<String>,
}

/// The projects of a document, read sentence by sentence in text order.
#[derive(Debug, Default)]
pub(crate) struct Projects {
    /// The projects found so far.
    out: Vec<Project>,
    /// The body sentence each project was first named in (by index into `out`).
    first_named: Vec<usize>,
    /// Body sentences read so far.
    body_sentences: usize,
    /// The dateline's town when it is no capital: where a project the lead
    /// reports as opened or being built stands, if nothing else says.
    dateline_town: Option<String>,
    /// Each project's index by its normalized name.
    by_name: HashMap<String, usize>,
    /// The project a definite "the project" refers back to.
    last_named: Option<usize>,
    /// The look-up key of the name in hand (lower case).
    key: String,
}

/// Body sentences that make an article's lead: a project first named in them
/// is the one its dateline reports from.
const LEAD_SENTENCES: usize = 3;

impl Projects {
    /// The projects pass over an analysed document.
    pub(crate) fn new(a: &Analysis<'_>) -> Projects {
        // A capital's dateline is where the press is ("BEIJING, May 3"); a town's is where
        // the news happened ("Chikankata, Zambia").
        let dateline_town =
            a.layout.header.dateline.clone().filter(|city| {
                a.lexicon.lookup(EntryKind::Place, city).is_none_or(|e| e.first("type") != Some("capital"))
            });
        Projects { dateline_town, ..Projects::default() }
    }
}

impl super::Pass for Projects {
    type Output = Vec<Project>;

    fn sentence(&mut self, a: &Analysis<'_>, views: &[View<'_>], vi: usize) {
        let v = &views[vi];
        if v.sentence.heading {
            return;
        }
        self.body_sentences += 1;
        let mut found = mentions(a, v);
        // "The project, built under …": a definite head noun opening the sentence refers back.
        // (Only once a project was named: most articles name none.)
        if let Some((&prev, (first, k))) = self.last_named.as_ref().and_then(|p| refers_back(v, &found).map(|r| (p, r)))
        {
            let name = self.out[prev].name.clone();
            let entry = a.lexicon.lookup(EntryKind::Project, &name);
            found.insert(
                0,
                Found {
                    span: Span::new(v.toks[k].span.start, v.toks[k].span.end),
                    name,
                    entry,
                    sector: self.out[prev].sector,
                    location: None,
                    // Its figures are inside it: "the 470km line".
                    tok: first,
                    end: k + 1,
                    group: None,
                    reference: true,
                    parent_named: None,
                    stem: None,
                },
            );
        }
        // "built under the China-Pakistan Economic Corridor": a parent named in passing owns no segment.
        let parents: Vec<(usize, String)> = found
            .iter()
            .enumerate()
            .filter(|(i, f)| {
                // "under CPEC", "part of China's Belt and Road Initiative", "to implement the BRI".
                let before = &v.toks[f.tok.saturating_sub(6)..f.tok];
                let names_parent = before.iter().enumerate().any(|(k, t)| {
                    t.is_word(word!("under"))
                        || t.is_word(word!("implement"))
                        || (t.is_word(word!("of")) && k > 0 && before[k - 1].is_word(word!("part")))
                });
                *i > 0 && f.tok > 0 && names_parent
            })
            .map(|(i, f)| (i, f.name.clone()))
            .collect();
        for (i, parent_name) in parents.iter().rev() {
            found.remove(*i);
            if let Some(owner) = found.get_mut(i - 1) {
                owner.parent_named = Some(parent_name.clone());
            }
        }
        for (i, f) in found.iter().enumerate() {
            // The segment runs from the previous mention to the next one outside this mention's group.
            let grouped = |n: &Found<'_>| f.group.is_some() && n.group == f.group;
            // It starts no earlier than the clause the mention is in ("…, while the X is …").
            let clause = (0..f.tok)
                .rev()
                .find(|&k| {
                    let t = &v.toks[k];
                    t.is_word(word!("while"))
                        || t.is_word(word!("whereas"))
                        || t.is_word(word!("but"))
                        || t.text == ";"
                        || (t.is_word(word!("and")) && k > 0 && v.toks[k - 1].text == ",")
                })
                .unwrap_or(0);
            // Words right after the previous mention ("the ML-1 railway upgrade and …") are its own.
            let previous_end = found[..i].iter().rev().find(|n| !grouped(n)).map_or(0, |n| n.end);
            let after_conjunction = (previous_end..f.tok)
                .find(|&k| {
                    v.toks[k].is_word(word!("and")) || v.toks[k].text == "," || v.toks[k].is_word(word!("while"))
                })
                .filter(|_| previous_end > 0)
                .unwrap_or(previous_end);
            let seg_start = after_conjunction.max(clause);
            let next_tok = found[i + 1..].iter().find(|n| !grouped(n)).map(|n| n.tok);
            // "X …, while the 1,124MW Y …": a figure right before the next mention is that one's.
            let seg_end = next_tok.map_or(v.toks.len(), |nt| {
                v.quantities
                    .iter()
                    .filter_map(|q| q.span)
                    .find(|s| v.tok_at(s.end) <= nt && v.tok_at(s.end) + 2 >= nt && v.tok_at(s.start) > f.tok)
                    .map_or(nt, |s| v.tok_at(s.start))
            });
            let status = if v.sentence.caption { None } else { status(&v.toks[seg_start.min(seg_end)..seg_end]) };
            // "… the railway project and enhance bilateral trade to $2 billion": a new verb after
            // "and" starts another clause, whose figures are not the project's.
            let clause_end = (f.end..seg_end)
                .find(|&k| {
                    v.toks[k].text == ";"
                        || (v.toks[k].is_word(word!("and"))
                            && v.toks.get(k + 1).is_some_and(|n| super::statement::topics::is_action_token(n)))
                })
                .unwrap_or(seg_end);
            let extended = v.has_word(f.tok.saturating_sub(3)..f.tok, vocab::projects::EXTENSION_VERBS);
            let metrics: Vec<Quantity> = v
                .quantities
                .iter()
                .filter(|q| {
                    let span = q.span.unwrap_or_default();
                    let t = v.tok_at(span.start);
                    // After the name in its segment, or right before it: "the 884-megawatt Suki Kinari …".
                    let before = v.tok_at(span.end) <= f.tok && v.tok_at(span.end) + 2 >= f.tok && t >= seg_start;
                    // Among the modifiers of an unnamed one: "a new $2bn international airport".
                    let inside = t >= f.tok && v.tok_at(span.end) <= f.end;
                    // "investing $65 billion in works as part of X": money spent as part of a
                    // programme is the programme's.
                    let spent_as_part = q.unit == Unit::Usd
                        && t >= seg_start
                        && v.tok_at(span.end) <= f.tok
                        && within_part_of(v, f.tok);
                    // Jobs are the project's even after another verb: "… will cost $2bn and create 8,000 jobs";
                    // nothing after it is when it is being extended: "extend the line 250km west".
                    let reach = if extended {
                        f.end
                    } else if q.unit == Unit::Jobs {
                        seg_end
                    } else {
                        clause_end
                    };
                    (before || inside || spent_as_part || (t >= f.end && t < reach))
                        && METRIC_UNITS.contains(&q.unit)
                        && !is_distance_to_place(v, span)
                        && !is_conversion(v, span)
                })
                .cloned()
                .collect();
            // "the National Counter Terrorism Centre": a centre or complex named in passing is an
            // institution; it is a project only where the text says it is built or gives its figures.
            let generic = f.entry.is_none()
                && f.name.rsplit(' ').next().is_some_and(|h| vocab::projects::GENERIC_HEADS.contains(&h));
            if generic && status.is_none() && metrics.is_empty() && !self.known(&f.name) {
                continue;
            }
            let (index, new) = self.find_or_add(&f.name, f.stem.as_deref());
            let q = &mut self.out[index];
            // A project named again takes what this mention adds: another spelling, a status, a
            // place, figures, a parent. Nothing is built for what it already has.
            if !new
                && !f.name.eq_ignore_ascii_case(&q.name)
                && !q.aliases.iter().any(|x| x.eq_ignore_ascii_case(&f.name))
            {
                q.aliases.push(f.name.clone());
            }
            q.status = q.status.or(status);
            if q.location.is_none() {
                q.location = f.location.clone().or_else(|| place_after(a, v, f.end)).or_else(|| {
                    let head = f.name.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
                    let route = vocab::projects::ROUTE_HEADS.contains(&head.as_str());
                    route.then(|| route_origin(a, v, f.end, seg_end)).flatten()
                });
            }
            if q.parent.is_none() {
                let parent = f.parent_named.as_deref().or_else(|| {
                    f.entry.and_then(|e| e.first("parent")).filter(|p| {
                        // The text must name the parent in the same sentence.
                        a.hits_of(v, EntryKind::Project).any(|(_, e)| e.name == *p)
                    })
                });
                q.parent = parent.map(String::from);
            }
            q.sector = q.sector.or(f.sector);
            if !f.reference {
                let alias = plain_punctuation(f.span.of(a.text).unwrap_or(""));
                if !alias.eq_ignore_ascii_case(&f.name) && !q.aliases.iter().any(|x| *x == alias) {
                    q.aliases.push(alias.into_owned());
                }
            }
            if new {
                q.metrics = metrics;
            } else {
                for m in metrics {
                    if !q.metrics.iter().any(|x| x.unit == m.unit && x.value == m.value) {
                        q.metrics.push(m);
                    }
                }
            }
            q.evidence.push(v.sentence.span);
            if !f.reference {
                self.last_named = Some(index);
            }
        }
    }

    fn finish(mut self) -> Vec<Project> {
        // "Chikankata, Zambia | Agency | The president commissioned a hydropower plant …": a
        // site the lead reports as opened or being built, placed nowhere else, is the dateline's.
        if let Some(town) = &self.dateline_town {
            for (p, &first) in self.out.iter_mut().zip(&self.first_named) {
                let on_site = matches!(p.status, Some(Status::Operational | Status::UnderConstruction));
                if p.location.is_none() && on_site && first <= LEAD_SENTENCES && p.sector != Some(Sector::Multi) {
                    p.location = Some(town.clone());
                }
            }
        }
        self.out
    }
}

impl Projects {
    /// The index of the project called `name` (any case), or of the one
    /// whose proper name is `stem`; else of a new project of that name with
    /// nothing else known yet, and `true`.
    /// Whether a project of this name was recorded already.
    fn known(&mut self, name: &str) -> bool {
        name_key(name, &mut self.key);
        self.by_name.contains_key(&self.key)
    }

    fn find_or_add(&mut self, name: &str, stem: Option<&str>) -> (usize, bool) {
        // A described project's proper name is a key of its own, apart from every full name.
        let stem_key = stem.map(|s| format!("\u{0}{s}"));
        // The key in a buffer: a project is named far more often than it is new.
        name_key(name, &mut self.key);
        let by_name = &mut self.by_name;
        let index = by_name.get(&self.key).or_else(|| stem_key.as_ref().and_then(|k| by_name.get(k))).copied();
        if let Some(k) = stem_key {
            by_name.entry(k).or_insert(index.unwrap_or(self.out.len()));
        }
        if let Some(i) = index {
            return (i, false);
        }
        by_name.insert(self.key.clone(), self.out.len());
        self.out.push(Project::new(name));
        self.first_named.push(self.body_sentences);
        (self.out.len() - 1, true)
    }
}

/// Whether the project mention at `tok` is introduced as a whole that
/// something is part of: "as part of X", "under X".
fn within_part_of(v: &View<'_>, tok: usize) -> bool {
    let before = &v.toks[tok.saturating_sub(4)..tok];
    before.iter().enumerate().any(|(k, t)| {
        t.is_word(word!("under")) || (t.is_word(word!("of")) && k > 0 && before[k - 1].is_word(word!("part")))
    })
}

/// The look-up key of a project's name: its letters and digits in lower
/// case, so spellings of one name meet ("Hydro Power Station" and
/// "Hydropower Station", "Addis–Djibouti" and "Addis-Djibouti"), and a
/// "Port of Lamu" is keyed as "Lamu port".
fn name_key(name: &str, key: &mut String) {
    key.clear();
    let push = |key: &mut String, s: &str| {
        key.reserve(s.len());
        if s.is_ascii() {
            // Most names: byte by byte, no case tables.
            for b in s.bytes().filter(u8::is_ascii_alphanumeric) {
                key.push(char::from(b.to_ascii_lowercase()));
            }
        } else {
            key.extend(s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase));
        }
    };
    // "Port of Lamu": one word, "of", and a capitalized place without another "of".
    let of_place = name
        .split_once(' ')
        .and_then(|(head, rest)| Some((head, rest.strip_prefix("of ")?)))
        .filter(|(_, place)| place.chars().next().is_some_and(char::is_uppercase) && !place.contains(" of "));
    match of_place {
        Some((head, place)) if vocab::projects::DESCRIBED_HEADS.iter().any(|h| h.eq_ignore_ascii_case(head)) => {
            push(key, place);
            push(key, head);
        }
        _ => push(key, name),
    }
}

/// The project mentions of a sentence, in text order.
fn mentions<'a>(a: &'a Analysis<'_>, v: &View<'_>) -> Vec<Found<'a>> {
    let mut out: Vec<Found<'a>> = Vec::new();
    for (h, _) in a.hits_of(v, EntryKind::Project) {
        // "CPEC 2.0": the version is part of the mention.
        let mut end = v.tok_at(h.span.end);
        if v.toks.get(end).is_some_and(|t| t.kind == crate::text::tokens::TokenKind::Number && t.text.contains('.'))
            && v.toks[end].span.start == h.span.end + 1
        {
            end += 1;
        }
        let span = Span::new(
            h.span.start,
            v.toks.get(end.saturating_sub(1)).map_or(h.span.end, |t| t.span.end.max(h.span.end)),
        );
        let entry: &'a Entry = a.lexicon.entry(h.entry);
        out.push(Found {
            span,
            name: entry.name.clone(),
            entry: Some(entry),
            sector: entry.first("sector").and_then(|s| s.parse().ok()),
            location: entry.first("location").map(String::from),
            tok: v.tok_at(h.span.start),
            end,
            group: None,
            reference: false,
            parent_named: None,
            stem: None,
        });
    }
    // Shaped names come in text order: find this sentence's by binary search, not a scan.
    let span = v.sentence.span;
    let first = a.shaped_projects.partition_point(|p| p.span.start < span.start);
    let here = a.shaped_projects[first..].iter().take_while(|p| p.span.start < span.end);
    for p in here.filter(|p| span.contains(p.span)) {
        if out.iter().any(|f| f.span.start < p.span.end && p.span.start < f.span.end) {
            continue;
        }
        // "near Karachi's Jinnah International Airport": a facility named only as a place is no
        // undertaking unless the sentence builds, upgrades or funds it.
        let facility = vocab::projects::SITE_HEADS.iter().any(|h| p.name.ends_with(h));
        if facility && !developed(v.toks) {
            continue;
        }
        let name = plain_punctuation(&p.name).into_owned();
        out.push(Found {
            span: p.span,
            location: leading_place(a, &name),
            name,
            entry: None,
            sector: p.sector,
            tok: v.tok_at(p.span.start),
            end: v.tok_at(p.span.end),
            group: None,
            reference: false,
            parent_named: None,
            stem: None,
        });
    }
    out.extend(distributed(a, v));
    for f in described(a, v) {
        if !out.iter().any(|o| o.span.start < f.span.end && f.span.start < o.span.end) {
            out.push(f);
        }
    }
    out.sort_by_key(|f| f.span.start);
    out
}

/// Whether a sentence builds, upgrades, funds or runs what it names.
fn developed(toks: &[Token<'_>]) -> bool {
    status(toks).is_some()
        || toks.iter().any(|t| {
            let lower = t.lower();
            DEVELOPMENT_STEMS.iter().any(|stem| lower.starts_with(stem))
        })
}

/// A place that starts a project's name ("Karachi Nuclear Power Plant" → Karachi).
fn leading_place(a: &Analysis<'_>, name: &str) -> Option<String> {
    let first = name.split_whitespace().next()?;
    a.lexicon.lookup(EntryKind::Place, first).map(|e| e.name.clone())
}

/// "Coal-fired power plants in Sahiwal, Port Qasim and Hub" → one project a place.
fn distributed<'a>(a: &'a Analysis<'_>, v: &View<'_>) -> Vec<Found<'a>> {
    let mut out = Vec::new();
    if !v.classes.any_of(Classes::PLURAL_HEAD) {
        return out;
    }
    static BY_PLURAL: Lazy<WordMap<&str>> = Lazy::new(|| WordMap::new(PLURAL_HEADS.iter().copied()));
    for (i, t) in v.toks.iter().enumerate() {
        if !t.classes.any_of(Classes::PLURAL_HEAD) {
            continue;
        }
        let Some(&singular) = BY_PLURAL.of(t) else { continue };
        if !v.toks.get(i + 1).is_some_and(|n| n.is_word(word!("in"))) {
            continue;
        }
        // The modifiers before the head: words and hyphens back to a determiner or clause start.
        let mut start = i;
        while start > 0 && is_modifier(&v.toks[start - 1]) {
            start -= 1;
        }
        if start == i {
            continue;
        }
        let head_text = Span::new(v.toks[start].span.start, t.span.start).of(a.text).unwrap_or("").to_lowercase();
        let phrase = format!("{}{}", plain_punctuation(&head_text), singular);
        let sector = if phrase.contains("power")
            || phrase.contains("coal")
            || phrase.contains("wind")
            || phrase.contains("solar")
            || phrase.contains("hydro")
        {
            Some(Sector::Energy)
        } else {
            None
        };
        // The list of places after "in".
        let mut k = i + 2;
        let mut places = Vec::new();
        while let Some((h, e)) = a.hits_of(v, EntryKind::Place).find(|(h, _)| v.tok_at(h.span.start) == k) {
            places.push((h.span, e));
            k = v.tok_at(h.span.end);
            if v.toks.get(k).is_some_and(|t| t.text == "," || t.is_word(word!("and"))) {
                k += 1;
                if v.toks.get(k).is_some_and(|t| t.is_word(word!("and"))) {
                    k += 1;
                }
            } else {
                break;
            }
        }
        if places.len() < 2 {
            continue;
        }
        for (span, e) in places {
            let name = format!("{} {}", e.name, phrase);
            let entry: Option<&'a Entry> = a.lexicon.lookup(EntryKind::Project, &name);
            out.push(Found {
                span,
                name: entry.map_or(name, |e| e.name.clone()),
                entry,
                sector: entry.and_then(|e| e.first("sector")).and_then(|s| s.parse().ok()).or(sector),
                location: Some(e.name.clone()),
                tok: v.tok_at(span.start),
                end: v.tok_at(span.end),
                group: Some(i),
                reference: false,
                parent_named: None,
                stem: None,
            });
        }
    }
    out
}

fn is_modifier(t: &Token<'_>) -> bool {
    matches!(t.text, "-" | "–")
        || (t.text.chars().all(char::is_alphabetic) && !word_set!(vocab::projects::NON_MODIFIERS).has(t))
}

/// Whether the figure at `span` restates the one before it in other units,
/// in brackets ("$3.2bn (£2.5bn)", "470km (290 miles)"), or is the last term
/// of a sum written with "+" ("the 750+12MW station": the 12 MW is not the
/// station's size).
fn is_conversion(v: &View<'_>, span: Span) -> bool {
    let start = v.tok_at(span.start);
    let summed = start >= 2
        && v.toks[start - 1].text == "+"
        && v.toks[start - 2].kind == TokenKind::Number
        && v.toks[start - 2].span.end == v.toks[start - 1].span.start;
    summed
        || start >= 2
            && v.toks[start - 1].text == "("
            && v.quantities
                .iter()
                .filter_map(|q| q.span)
                .any(|s| s.end <= v.toks[start - 1].span.start && v.tok_at(s.end) == start - 1)
}

/// Whether a length says where something is rather than how long it is:
/// "55 km north of Lima", "20 km from the border", "30 km away".
fn is_distance_to_place(v: &View<'_>, span: Span) -> bool {
    let end = v.tok_at(span.end);
    v.toks.get(end).is_some_and(|t| {
        word_set!(vocab::grammar::DIRECTIONS).has(t) || t.is_word(word!("from")) || t.is_word(word!("away"))
    })
}

/// The first status cue in a segment of tokens (the earlier-listed cue when
/// two start at the same token).
fn status(toks: &[Token<'_>]) -> Option<Status> {
    // The cues by their first word, in table order.
    static BY_FIRST_WORD: Lazy<WordMap<Vec<usize>>> = Lazy::new(|| {
        let mut map: HashMap<&str, Vec<usize>> = HashMap::default();
        for (k, (words, _, _)) in STATUS_CUES.iter().enumerate() {
            map.entry(words[0]).or_default().push(k);
        }
        WordMap::new(map)
    });
    for i in 0..toks.len() {
        let Some(candidates) = BY_FIRST_WORD.of(&toks[i]) else { continue };
        let found = candidates.iter().find(|&&k| {
            let (words, gap, _) = STATUS_CUES[k];
            let mut at = i;
            words[1..].iter().all(|w| {
                let window = toks.get(at + 1..(at + 2 + gap).min(toks.len())).unwrap_or(&[]);
                window.iter().position(|t| t.is(w)).map(|p| at += 1 + p).is_some()
            })
        });
        if let Some(&k) = found {
            return Some(STATUS_CUES[k].2);
        }
    }
    None
}

/// A place written "in `<Place>`" within four tokens after a mention: a
/// place the lexicon knows, else a capitalized name it does not ("in
/// Chikankata"), else a country.
fn place_after(a: &Analysis<'_>, v: &View<'_>, end: usize) -> Option<String> {
    if !v.toks.get(end).is_some_and(|t| t.is_word(word!("in")) || t.is_word(word!("at")) || t.is_word(word!("near"))) {
        return None;
    }
    let near = |h: &crate::lexicon::Hit| {
        let t = v.tok_at(h.span.start);
        t > end && t <= end + 3
    };
    if let Some((_, e)) = a.hits_of(v, EntryKind::Place).find(|(h, _)| near(h)) {
        return Some(e.name.clone());
    }
    if let Some(c) = v.countries.iter().find(|c| c.capital && c.tok > end && c.tok <= end + 3) {
        return c.span.of(a.text).map(str::to_string);
    }
    if let Some(place) = super::unknown_place(v, end, end + 4) {
        return Some(place);
    }
    a.hits_of(v, EntryKind::Country)
        .find(|(h, _)| near(h) && h.form != crate::lexicon::Form::Demonym)
        .map(|(_, e)| e.name.clone())
}

/// Where a route starts, written "from `<Place>` to …" after a project that
/// runs between places: "a pipeline from Uganda's oil region to the coast",
/// "a line from Tashkent to Termez". A place the lexicon does not know must
/// be followed by "to"; a date range ("from January to March") is none.
fn route_origin(a: &Analysis<'_>, v: &View<'_>, from: usize, to: usize) -> Option<String> {
    let to = to.min(v.toks.len());
    let k = (from..to).find(|&k| {
        v.toks[k].is_word(word!("from")) && (k + 2..(k + 10).min(to)).any(|j| v.toks[j].is_word(word!("to")))
    })?;
    let place = super::place_at(a, v, k + 1)?;
    (place.known || v.toks.get(place.end).is_some_and(|t| t.is_word(word!("to")))).then_some(place.name)
}

/// A definite description that refers back to the last project named: "The
/// project …" opening a sentence, or "the $3bn line" / "the new plant" /
/// "the Chinese-funded railway" within one (a head in lower case after "the"
/// and modifiers: lower-case words, figures, compound modifiers, anything in
/// brackets), before any project the sentence names. A "Th e" whose ligature
/// broke in scraping is "The". Returns the first token after the article and
/// the head.
fn refers_back(v: &View<'_>, found: &[Found<'_>]) -> Option<(usize, usize)> {
    let first_found = found.first().map_or(v.toks.len(), |f| f.tok);
    // "the line of control", "the plant's owner": not the project itself.
    let head_at = |k: usize| {
        let t = &v.toks[k];
        t.classes.any_of(Classes::BACK_REFERENCE_HEAD)
            && !t.capitalized()
            && !v.toks.get(k + 1).is_some_and(|n| n.is_word(word!("of")) || matches!(n.text, "'" | "’"))
    };
    // "Chinese-funded", and "Chinesefunded" with its hyphen lost: a compound modifier may open
    // with a capital.
    let compound = |m: usize| {
        let t = &v.toks[m];
        t.kind == TokenKind::Word
            && (v.toks.get(m + 1).is_some_and(|n| n.text == "-" && n.span.start == t.span.end)
                || vocab::projects::MODIFIER_PARTICIPLES.iter().any(|p| t.ends_with(p) && t.text.len() > p.len() + 2))
    };
    let modifier = |m: usize| {
        let t = &v.toks[m];
        (t.kind == TokenKind::Word && !t.capitalized())
            || matches!(t.text, "-")
            || v.quantities.iter().any(|q| q.span.is_some_and(|s| s.contains(t.span)))
            || compound(m)
    };
    let modifiers = |from: usize, to: usize| {
        let mut depth = 0usize;
        (from..to).all(|m| match v.toks[m].text {
            "(" => {
                depth += 1;
                true
            }
            ")" => {
                depth = depth.saturating_sub(1);
                true
            }
            // "(£2.5bn)", "(290 miles)": anything in brackets.
            _ => depth > 0 || modifier(m),
        })
    };
    let broken_the = |j: usize| {
        j > 0
            && v.toks[j].text == "e"
            && v.toks[j - 1].text.eq_ignore_ascii_case("th")
            && v.toks[j - 1].span.end + 1 == v.toks[j].span.start
    };
    let article = |j: usize| v.toks[j].is_word(word!("the")) || broken_the(j);
    // Heads first (a hash test a token), then back to "the" over modifiers.
    (1..first_found).find_map(|k| {
        if !head_at(k) {
            return None;
        }
        (k.saturating_sub(12)..k).rev().find_map(|j| {
            // Opening the sentence, any head refers back; inside it, only after a figure or a
            // modifier ("the $3.2bn line", "the new plant"), so "the port" in passing does not.
            let opening = j == 0 || (j == 1 && broken_the(j));
            (article(j) && (opening || k > j + 1) && modifiers(j + 1, k)).then_some((j + 1, k))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::name_key;

    fn key(name: &str) -> String {
        let mut k = String::new();
        name_key(name, &mut k);
        k
    }

    #[test]
    fn spellings_of_one_name_share_a_key() {
        assert_eq!(key("Kafue Gorge Hydro Power Station"), key("Kafue Gorge Hydropower Station"));
        assert_eq!(key("Addis–Djibouti Railway"), key("Addis-Djibouti railway"));
        assert_eq!(key("Port of Lamu"), key("Lamu Port"));
        assert_eq!(key("Çukurova Bridge"), "çukurovabridge");
        // Only a one-word head before "of" and a capitalized place after it is turned around.
        assert_eq!(key("Bank of China Tower"), "bankofchinatower");
        assert_eq!(key("Port of the Future"), "portofthefuture");
        assert_eq!(key("Port of Spain of Trinidad"), "portofspainoftrinidad");
    }
}
