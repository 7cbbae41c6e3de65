//! Fusion: clustering records of many documents by keyed indexes (never
//! all pairs), then choosing each field's value by support.

use super::{Citation, Conflict, ConflictValue, FieldValue, Fused, FusedRecord, RecordList, RecordRef};
use crate::extract::dialogue::{same_encounter, Scope, DAY_TOLERANCE};
use crate::lexicon::{EntryKind, Lexicon};
use crate::model::{Dialogue, DialogueKind, Document, Incident, Person, Precision, Project, Span, Statement, When};
use crate::Country;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One record of one source.
type Member<'a, T> = (&'a str, &'a T);

/// One fused record, handed on as soon as it is made.
pub(super) enum Made {
    /// A fused dialogue.
    Dialogue(FusedRecord<Dialogue>),
    /// A fused project.
    Project(FusedRecord<Project>),
    /// A fused incident.
    Incident(FusedRecord<Incident>),
    /// A fused statement.
    Statement(FusedRecord<Statement>),
}

pub(super) fn fuse<'a>(docs: impl Iterator<Item = &'a Document>, lexicon: &Lexicon) -> Fused {
    let mut fused = Fused::default();
    fused.conflicts = fuse_each(docs, lexicon, &mut |made| match made {
        Made::Dialogue(r) => fused.dialogues.push(r),
        Made::Project(r) => fused.projects.push(r),
        Made::Incident(r) => fused.incidents.push(r),
        Made::Statement(r) => fused.statements.push(r),
    });
    fused
}

/// Fuses `docs` list by list (dialogues, projects, incidents, statements),
/// handing each record to `emit` in its final order, and returns the
/// conflicts. No list is held whole: a caller that writes each record as it
/// comes holds one at a time.
pub(super) fn fuse_each<'a>(
    docs: impl Iterator<Item = &'a Document>,
    lexicon: &Lexicon,
    emit: &mut dyn FnMut(Made),
) -> Vec<Conflict> {
    let docs: Vec<&Document> = docs.collect();
    let mut conflicts = Vec::new();
    finish(
        RecordList::Dialogues,
        dialogue_clusters(&docs, lexicon),
        |m| fuse_dialogue(m, lexicon),
        &mut conflicts,
        |r| emit(Made::Dialogue(r)),
    );
    finish(RecordList::Projects, project_clusters(&docs), fuse_project, &mut conflicts, |r| emit(Made::Project(r)));
    finish(RecordList::Incidents, incident_clusters(&docs), fuse_incident, &mut conflicts, |r| emit(Made::Incident(r)));
    // One statement a topic, so each fused statement is about one thing (borrowed, not
    // copied: a corpus holds hundreds of thousands of them).
    let per_topic: Vec<(&str, OnTopic)> = docs
        .iter()
        .flat_map(|d| {
            d.statements
                .iter()
                .flat_map(move |s| s.topics.iter().map(move |t| (d.id.as_str(), OnTopic { statement: s, topic: t })))
        })
        .collect();
    finish(RecordList::Statements, statement_clusters(&per_topic, lexicon), fuse_statement, &mut conflicts, |r| {
        emit(Made::Statement(r))
    });
    conflicts
}

/// A fused record with its field conflicts (record index filled in later).
struct Draft<T> {
    record: FusedRecord<T>,
    conflicts: Vec<(String, Vec<ConflictValue>)>,
    sort_key: String,
}

/// Fuses each cluster, sorts the records and numbers their conflicts. The
/// order is found first (a record's key, then its sources), and each record
/// is made again in that order and handed to `emit`: fusing twice costs
/// little, holding every fused record with its citations at once a lot.
fn finish<'a, M: 'a, T>(
    list: RecordList,
    clusters: Vec<Vec<Member<'a, M>>>,
    fuse_one: impl Fn(&[Member<'a, M>]) -> Draft<T>,
    conflicts: &mut Vec<Conflict>,
    mut emit: impl FnMut(FusedRecord<T>),
) {
    fn sources<'m, M>(members: &[Member<'m, M>]) -> Vec<&'m str> {
        let mut ids: Vec<&str> = members.iter().map(|(id, _)| *id).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
    let mut order: Vec<(String, usize)> = clusters.iter().enumerate().map(|(i, c)| (fuse_one(c).sort_key, i)).collect();
    order.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| sources(&clusters[a.1]).cmp(&sources(&clusters[b.1]))));
    for (i, (_, ci)) in order.into_iter().enumerate() {
        let d = fuse_one(&clusters[ci]);
        for (field, values) in d.conflicts {
            conflicts.push(Conflict { record: RecordRef { list, index: i }, field, values });
        }
        emit(d.record);
    }
}

/// Sources and citations of a cluster.
fn provenance<T>(members: &[Member<'_, T>], spans: impl Fn(&T) -> Vec<Span>) -> (Vec<String>, Vec<Citation>) {
    let sources: BTreeSet<String> = members.iter().map(|(id, _)| id.to_string()).collect();
    let mut citations: Vec<Citation> = members
        .iter()
        .flat_map(|(id, r)| spans(r).into_iter().map(move |span| Citation { source: id.to_string(), span }))
        .collect();
    citations.sort();
    citations.dedup();
    (sources.into_iter().collect(), citations)
}

/// The value most sources report (ties: the smallest value), with every
/// value ranked by support, most first.
fn ranked<'v, V: Ord>(values: &'v [(V, &'v str)]) -> Vec<(&'v V, BTreeSet<&'v str>)> {
    let mut by_value: BTreeMap<&V, BTreeSet<&str>> = BTreeMap::new();
    for (v, src) in values {
        by_value.entry(v).or_default().insert(src);
    }
    let mut ranked: Vec<(&V, BTreeSet<&str>)> = by_value.into_iter().collect();
    ranked.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(b.0)));
    ranked
}

/// The value most sources report (ties: the smallest value).
fn choose<V: Ord + Clone>(values: &[(V, &str)]) -> Option<V> {
    ranked(values).first().map(|(v, _)| (*v).clone())
}

/// Picks each field of a cluster's fused record and records a conflict
/// where its sources disagree: the one place fusion decides between values.
struct Picker<'m, 'a, T> {
    members: &'m [Member<'a, T>],
    /// The evidence spans of a member (where it says what it says).
    evidence: fn(&T) -> &[Span],
    conflicts: Vec<(String, Vec<ConflictValue>)>,
}

impl<'m, 'a, T> Picker<'m, 'a, T> {
    fn new(members: &'m [Member<'a, T>], evidence: fn(&T) -> &[Span]) -> Self {
        Picker { members, evidence, conflicts: Vec::new() }
    }

    /// The value most members report for `field`, recording a conflict when
    /// they disagree. `cite` gives a member's span for its value (a date's
    /// words), else its evidence is cited.
    fn pick<V: Ord + Clone>(
        &mut self,
        field: &str,
        get: impl Fn(&T) -> Option<V>,
        as_field: impl Fn(&V) -> FieldValue,
        cite: impl Fn(&T) -> Option<Span>,
    ) -> Option<V> {
        let values: Vec<(V, &str)> = self.members.iter().filter_map(|(id, r)| get(r).map(|v| (v, *id))).collect();
        let ranked = ranked(&values);
        if ranked.len() > 1 {
            let conflict = ranked
                .iter()
                .map(|(v, sources)| {
                    let mut citations: Vec<Citation> = self
                        .members
                        .iter()
                        .filter(|(id, r)| sources.contains(id) && get(r).as_ref() == Some(*v))
                        .flat_map(|(id, r)| {
                            let spans = cite(r).map_or_else(|| (self.evidence)(r).to_vec(), |s| vec![s]);
                            spans.into_iter().map(|span| Citation { source: id.to_string(), span })
                        })
                        .collect();
                    citations.sort();
                    citations.dedup();
                    ConflictValue {
                        value: as_field(v),
                        sources: sources.iter().map(|s| s.to_string()).collect(),
                        citations,
                    }
                })
                .collect();
            self.conflicts.push((field.to_string(), conflict));
        }
        ranked.first().map(|(v, _)| (*v).clone())
    }

    /// A text field.
    fn text(&mut self, field: &str, get: impl Fn(&T) -> Option<String>) -> Option<String> {
        self.pick(field, get, |v| FieldValue::Text(v.clone()), |_| None)
    }

    /// A count field.
    fn count(&mut self, field: &str, get: impl Fn(&T) -> Option<u32>) -> Option<u32> {
        self.pick(field, get, |v| FieldValue::Count(*v), |_| None)
    }

    /// The best-supported date among the most precise ones; less precise
    /// dates that contain it agree with it. Dates compare by their range
    /// (the words differ from source to source); the chosen date keeps the
    /// words of the first source that reports it, and no span.
    fn when(&mut self, get: impl Fn(&T) -> Option<&When>) -> Option<When> {
        let finest = self.members.iter().filter_map(|(_, r)| get(r).map(|w| w.precision)).min()?;
        let range = |r: &T| get(r).filter(|w| w.precision == finest).map(|w| (w.start, w.end));
        let words = |key: &(chrono::NaiveDate, chrono::NaiveDate)| {
            self.members
                .iter()
                .filter_map(|(_, r)| get(r))
                .find(|w| (w.start, w.end) == *key && w.precision == finest)
                .map(without_span)
        };
        let date =
            |k: &(chrono::NaiveDate, chrono::NaiveDate)| words(k).map(FieldValue::Date).unwrap_or(FieldValue::Count(0));
        let chosen = self.pick("when", range, date, |r| get(r).and_then(|w| w.span))?;
        words(&chosen)
    }
}

/// A date as fusion reports it: its span would index one source of many.
fn without_span(w: &When) -> When {
    let mut w = w.clone();
    w.span = None;
    w
}

/// People grouped by surname, each named by the form most sources use.
fn union_people(lists: &[(&[Person], &str)]) -> Vec<Person> {
    let mut groups: Vec<(String, Vec<(&Person, &str)>)> = Vec::new();
    for (list, src) in lists {
        for p in *list {
            let last = crate::text::words::fold_latin(p.name.split_whitespace().last().unwrap_or("")).to_lowercase();
            match groups.iter_mut().find(|(k, _)| *k == last) {
                Some((_, g)) => g.push((p, src)),
                None => groups.push((last, vec![(p, src)])),
            }
        }
    }
    groups
        .into_iter()
        .map(|(_, g)| {
            let names: Vec<(String, &str)> = g.iter().map(|(p, s)| (p.name.clone(), *s)).collect();
            let name = choose(&names);
            let mut titles: Vec<String> = Vec::new();
            for (p, _) in &g {
                for t in &p.titles {
                    if !titles.iter().any(|x| x.eq_ignore_ascii_case(t)) {
                        titles.push(t.clone());
                    }
                }
            }
            Person { name: name.unwrap_or_default(), country: g.iter().find_map(|(p, _)| p.country), titles }
        })
        .collect()
}

/// Whether two venues name the same place (equal, or a city in that country).
fn venues_agree(a: &str, b: &str, lexicon: &Lexicon) -> bool {
    a.eq_ignore_ascii_case(b) || country_of(a, lexicon).is_some_and(|c| country_of(b, lexicon) == Some(c))
}

fn country_of(place: &str, lexicon: &Lexicon) -> Option<Country> {
    lexicon
        .lookup(EntryKind::Country, place)
        .or_else(|| lexicon.lookup(EntryKind::Place, place))
        .and_then(|e| e.country)
}

fn day_number(d: chrono::NaiveDate) -> i64 {
    use chrono::Datelike;
    d.num_days_from_ce() as i64
}

/// Clusters of reports of one encounter. Candidates come from keyed indexes
/// (round; day within the tolerance; kind and venue), never all pairs; a
/// candidate cluster is joined when a member is the same encounter by the
/// rule the extractor uses ([`same_encounter`]).
fn dialogue_clusters<'a>(docs: &[&'a Document], lexicon: &Lexicon) -> Vec<Vec<Member<'a, Dialogue>>> {
    type Parties = Vec<Country>;
    let mut clusters: Vec<Vec<Member<'a, Dialogue>>> = Vec::new();
    let mut by_round: HashMap<(Parties, u32), usize> = HashMap::new();
    let mut by_day: HashMap<(Parties, i64), Vec<usize>> = HashMap::new();
    let mut by_key: HashMap<(Parties, DialogueKind, String), Vec<usize>> = HashMap::new();
    let mut all: Vec<Member<'a, Dialogue>> =
        docs.iter().flat_map(|d| d.dialogues.iter().map(move |r| (d.id.as_str(), r))).collect();
    // Rounds first: they name the encounter exactly.
    all.sort_by_key(|(_, d)| d.round.is_none());
    let same =
        |d: &Dialogue, o: &Dialogue| same_encounter(d, o, Scope::AcrossSources, |a, b| venues_agree(a, b, lexicon));
    for (id, d) in all {
        let day = d.when.as_ref().filter(|w| w.precision == Precision::Day).map(|w| day_number(w.start));
        let key = (d.parties.clone(), d.kind, d.venue.as_deref().unwrap_or("").to_lowercase());
        let found = match d.round {
            Some(r) => by_round.get(&(d.parties.clone(), r)).copied(),
            None => {
                let near: Vec<usize> = day
                    .into_iter()
                    .flat_map(|day| day - DAY_TOLERANCE..=day + DAY_TOLERANCE)
                    .filter_map(|x| by_day.get(&(d.parties.clone(), x)))
                    .flatten()
                    .copied()
                    .collect();
                let keyed = by_key.get(&key).into_iter().flatten().copied();
                near.into_iter().chain(keyed).find(|&c| clusters[c].iter().any(|(_, o)| same(d, o)))
            }
        };
        let c = found.unwrap_or_else(|| {
            clusters.push(Vec::new());
            clusters.len() - 1
        });
        clusters[c].push((id, d));
        if let Some(r) = d.round {
            by_round.insert((d.parties.clone(), r), c);
        }
        if let Some(day) = day {
            let list = by_day.entry((d.parties.clone(), day)).or_default();
            if !list.contains(&c) {
                list.push(c);
            }
        }
        let list = by_key.entry(key).or_default();
        if !list.contains(&c) {
            list.push(c);
        }
    }
    for c in &mut clusters {
        c.sort_by(|a, b| a.0.cmp(b.0));
    }
    clusters
}

fn fuse_dialogue(members: &[Member<'_, Dialogue>], lexicon: &Lexicon) -> Draft<Dialogue> {
    let (sources, citations) = provenance(members, |d| d.evidence.clone());
    let mut pick = Picker::new(members, |d| &d.evidence);
    // A round's kind wins over the looser words other reports use.
    let kind = members.iter().find(|(_, d)| d.round.is_some()).map(|(_, d)| d.kind);
    let kind = kind.or_else(|| choose(&members.iter().map(|(s, d)| (d.kind, *s)).collect::<Vec<_>>()));
    let when = pick.when(|d| d.when.as_ref());
    // Venues: a city beats the country it lies in.
    let is_country = |v: &str| lexicon.lookup(EntryKind::Country, v).is_some();
    let venues: Vec<&str> = members.iter().filter_map(|(_, d)| d.venue.as_deref()).collect();
    let covered =
        |v: &str| is_country(v) && venues.iter().any(|o| *o != v && !is_country(o) && venues_agree(v, o, lexicon));
    let venue = pick.text("venue", |d| d.venue.clone().filter(|v| !covered(v)));
    let mechanism =
        choose(&members.iter().filter_map(|(s, d)| d.mechanism.clone().map(|m| (m, *s))).collect::<Vec<_>>());
    let round = choose(&members.iter().filter_map(|(s, d)| d.round.map(|r| (r, *s))).collect::<Vec<_>>());
    let chair_lists: Vec<(&[Person], &str)> = members.iter().map(|(s, d)| (d.chairs.as_slice(), *s)).collect();
    let first = members[0].1;
    let mut record = Dialogue::new(kind.unwrap_or(first.kind), first.parties.iter().copied());
    record.mechanism = mechanism;
    record.round = round;
    record.when = when;
    record.venue = venue;
    record.chairs = union_people(&chair_lists);
    let sort_key = format!(
        "{}|{:?}|{:?}",
        record.when.as_ref().map(|w| w.start.to_string()).unwrap_or_else(|| "~".into()),
        record.parties,
        record.round
    );
    Draft { record: FusedRecord { record, sources, citations }, conflicts: pick.conflicts, sort_key }
}

pub(crate) fn normalize(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn project_clusters<'a>(docs: &[&'a Document]) -> Vec<Vec<Member<'a, Project>>> {
    // Union-find over projects that share a name or alias.
    let all: Vec<Member<'a, Project>> =
        docs.iter().flat_map(|d| d.projects.iter().map(move |p| (d.id.as_str(), p))).collect();
    let mut parent: Vec<usize> = (0..all.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (i, (_, p)) in all.iter().enumerate() {
        for name in std::iter::once(&p.name).chain(p.aliases.iter()) {
            let key = normalize(name);
            match by_name.get(&key) {
                Some(&j) => {
                    let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                    parent[a.max(b)] = a.min(b);
                }
                None => {
                    by_name.insert(key, i);
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<Member<'a, Project>>> = BTreeMap::new();
    for (i, member) in all.iter().enumerate() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(*member);
    }
    groups.into_values().collect()
}

fn fuse_project(members: &[Member<'_, Project>]) -> Draft<Project> {
    let (sources, citations) = provenance(members, |p| p.evidence.clone());
    let mut pick = Picker::new(members, |p| &p.evidence);
    let name = pick.text("name", |p| Some(p.name.clone())).unwrap_or_default();
    let sector = pick.pick("sector", |p| p.sector, |v| FieldValue::Text(v.to_string()), |_| None);
    let status = pick.pick("status", |p| p.status, |v| FieldValue::Text(v.to_string()), |_| None);
    let location = pick.text("location", |p| p.location.clone());
    let parent = pick.text("parent", |p| p.parent.clone());
    let mut aliases: Vec<String> = members
        .iter()
        .flat_map(|(_, p)| std::iter::once(p.name.clone()).chain(p.aliases.iter().cloned()))
        .filter(|a| *a != name)
        .collect();
    aliases.sort();
    aliases.dedup();
    let mut metrics: Vec<crate::Quantity> = Vec::new();
    for (_, p) in members {
        for m in &p.metrics {
            if !metrics.iter().any(|x| x.unit == m.unit && x.value == m.value) {
                let mut m = m.clone();
                m.span = None;
                metrics.push(m);
            }
        }
    }
    let mut record = Project::new(name.clone());
    record.aliases = aliases;
    record.sector = sector;
    record.status = status;
    record.location = location;
    record.metrics = metrics;
    record.parent = parent;
    Draft { record: FusedRecord { record, sources, citations }, conflicts: pick.conflicts, sort_key: normalize(&name) }
}

/// Months an incident's date covers (at most a year's worth), for the index.
fn months(w: &When) -> Vec<(i32, u32)> {
    use chrono::Datelike;
    let mut out = Vec::new();
    let (mut y, mut m) = (w.start.year(), w.start.month());
    while (y, m) <= (w.end.year(), w.end.month()) && out.len() < 12 {
        out.push((y, m));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    out
}

fn incident_clusters<'a>(docs: &[&'a Document]) -> Vec<Vec<Member<'a, Incident>>> {
    let mut clusters: Vec<Vec<Member<'a, Incident>>> = Vec::new();
    let mut by_month: HashMap<(crate::IncidentKind, i32, u32), Vec<usize>> = HashMap::new();
    for d in docs {
        for inc in &d.incidents {
            let Some(w) = &inc.when else {
                clusters.push(vec![(d.id.as_str(), inc)]);
                continue;
            };
            let keys = months(w);
            let found = keys.iter().find_map(|&(y, m)| {
                by_month.get(&(inc.kind, y, m))?.iter().copied().find(|&c| {
                    clusters[c].iter().all(|(_, o)| o.when.as_ref().is_none_or(|ow| ow.overlaps(w)))
                        && clusters[c].iter().any(|(_, o)| {
                            let same_place = o.location.is_some() && o.location == inc.location;
                            let same_toll = o.killed.is_some() && o.killed == inc.killed;
                            let same_exercise = o.ordinal.is_some() && o.ordinal == inc.ordinal
                                || o.personnel.is_some() && o.personnel == inc.personnel;
                            same_place || same_toll || same_exercise
                        })
                })
            });
            let c = found.unwrap_or_else(|| {
                clusters.push(Vec::new());
                clusters.len() - 1
            });
            clusters[c].push((d.id.as_str(), inc));
            for (y, m) in keys {
                let list = by_month.entry((inc.kind, y, m)).or_default();
                if !list.contains(&c) {
                    list.push(c);
                }
            }
        }
    }
    clusters
}

fn fuse_incident(members: &[Member<'_, Incident>]) -> Draft<Incident> {
    let (sources, citations) = provenance(members, |i| i.evidence.clone());
    let mut pick = Picker::new(members, |i| &i.evidence);
    let first = members[0].1;
    let mut record = Incident::new(first.kind);
    record.when = pick.when(|i| i.when.as_ref());
    record.killed = pick.count("killed", |i| i.killed);
    record.injured = pick.count("injured", |i| i.injured);
    record.personnel = pick.count("personnel", |i| i.personnel);
    record.ordinal = pick.count("ordinal", |i| i.ordinal);
    record.location = pick.text("location", |i| i.location.clone());
    record.perpetrator =
        choose(&members.iter().filter_map(|(s, i)| i.perpetrator.clone().map(|x| (x, *s))).collect::<Vec<_>>());
    let union = |f: fn(&Incident) -> &Vec<Country>| -> Vec<Country> {
        let set: BTreeSet<Country> = members.iter().flat_map(|(_, i)| f(i).iter().copied()).collect();
        set.into_iter().collect()
    };
    record.victims = union(|i| &i.victims);
    record.participants = union(|i| &i.participants);
    let sort_key =
        format!("{}|{}", record.when.as_ref().map(|w| w.start.to_string()).unwrap_or_else(|| "~".into()), record.kind);
    Draft { record: FusedRecord { record, sources, citations }, conflicts: pick.conflicts, sort_key }
}

/// Statements keyed by actors, stance and the topic's canonical form.
/// A statement read as about one of its topics.
struct OnTopic<'a> {
    statement: &'a Statement,
    topic: &'a str,
}

fn statement_clusters<'a, 'd>(
    per_topic: &'a [(&'a str, OnTopic<'d>)],
    lexicon: &Lexicon,
) -> Vec<Vec<Member<'a, OnTopic<'d>>>> {
    // Same actors, same stance, same topic.
    type Key<'k> = (&'k [Country], crate::Stance, String);
    let mut by_key: BTreeMap<Key<'d>, Vec<Member<'a, OnTopic<'d>>>> = BTreeMap::new();
    for (id, s) in per_topic {
        let key = (&s.statement.actors[..], s.statement.stance, topic_key(s.topic, lexicon));
        by_key.entry(key).or_default().push((id, s));
    }
    by_key.into_values().collect()
}

/// A topic's canonical key: the lexicon topic it names ("Tibet" → "xizang"), else its words.
pub(crate) fn topic_key(topic: &str, lexicon: &Lexicon) -> String {
    let cleaned = normalize(topic);
    let cleaned = cleaned.strip_prefix("the ").unwrap_or(&cleaned).to_string();
    // Topic names are letters, spaces and hyphens, so the lexicon's own index finds them
    // once the key's spaces are tried as hyphens too ("one china principle" → "one-china principle").
    let hyphenated = cleaned.replacen(' ', "-", 1);
    match lexicon.lookup(EntryKind::Topic, &cleaned).or_else(|| lexicon.lookup(EntryKind::Topic, &hyphenated)) {
        Some(e) => normalize(&e.name),
        None => cleaned,
    }
}

fn fuse_statement(on_topic: &[Member<'_, OnTopic<'_>>]) -> Draft<Statement> {
    let members: Vec<Member<'_, Statement>> = on_topic.iter().map(|(id, s)| (*id, s.statement)).collect();
    let members = &members[..];
    let (sources, citations) = provenance(members, |s| s.evidence.clone());
    let first = members[0].1;
    let quiet = |get: &dyn Fn(&Statement) -> Option<String>| {
        choose(&members.iter().filter_map(|(s, st)| get(st).map(|v| (v, *s))).collect::<Vec<_>>())
    };
    // The topic as most sources write it (the key is shared, the words may differ).
    let topic =
        choose(&on_topic.iter().map(|(id, s)| (s.topic, *id)).collect::<Vec<_>>()).unwrap_or_default().to_string();
    let mut record = Statement::new(first.actors.iter().copied(), first.stance, [topic.clone()]);
    record.speaker =
        choose(&members.iter().filter_map(|(s, st)| st.speaker.clone().map(|p| (p, *s))).collect::<Vec<_>>());
    record.target = choose(&members.iter().filter_map(|(s, st)| st.target.map(|t| (t, *s))).collect::<Vec<_>>());
    record.quote = quiet(&|st| st.quote.clone());
    record.cameo = first.cameo.clone();
    let sort_key = format!("{:?}|{}|{}", record.actors, record.stance, normalize(&topic));
    Draft { record: FusedRecord { record, sources, citations }, conflicts: Vec::new(), sort_key }
}
