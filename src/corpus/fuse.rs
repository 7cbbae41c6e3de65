//! Fusion: clustering records of many documents by keyed indexes (never
//! all pairs), then choosing each field's value by support.

use super::{Citation, Conflict, ConflictValue, FieldValue, Fused, FusedRecord};
use crate::extract::dialogue::{same_encounter, Scope, DAY_TOLERANCE};
use crate::lexicon::{EntryKind, Lexicon};
use crate::model::{Dialogue, DialogueKind, Document, Incident, Person, Precision, Project, Statement, When};
use crate::Country;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One record of one source.
type Member<'a, T> = (&'a str, &'a T);

pub(super) fn fuse<'a>(docs: impl Iterator<Item = &'a Document>, lexicon: &Lexicon) -> Fused {
    let docs: Vec<&Document> = docs.collect();
    let mut conflicts = Vec::new();
    let dialogues =
        finish("dialogues", dialogue_clusters(&docs, lexicon), |m| fuse_dialogue(m, lexicon), &mut conflicts);
    let projects = finish("projects", project_clusters(&docs), fuse_project, &mut conflicts);
    let incidents = finish("incidents", incident_clusters(&docs), fuse_incident, &mut conflicts);
    // One statement a topic, so each fused statement is about one thing.
    let per_topic: Vec<(&str, Statement)> = docs
        .iter()
        .flat_map(|d| {
            d.statements.iter().flat_map(move |s| {
                s.topics.iter().map(move |t| (d.id.as_str(), Statement { topics: vec![t.clone()], ..s.clone() }))
            })
        })
        .collect();
    let statements = finish("statements", statement_clusters(&per_topic, lexicon), fuse_statement, &mut conflicts);
    Fused { dialogues, projects, incidents, statements, conflicts }
}

/// A fused record with its field conflicts (record index filled in later).
struct Draft<T> {
    record: FusedRecord<T>,
    conflicts: Vec<(String, Vec<ConflictValue>)>,
    sort_key: String,
}

/// Fuses each cluster, sorts the records and numbers their conflicts.
fn finish<'a, T: Clone + 'a>(
    list: &str,
    clusters: Vec<Vec<Member<'a, T>>>,
    fuse_one: impl Fn(&[Member<'a, T>]) -> Draft<T>,
    conflicts: &mut Vec<Conflict>,
) -> Vec<FusedRecord<T>> {
    let mut drafts: Vec<Draft<T>> = clusters.iter().map(|c| fuse_one(c)).collect();
    drafts.sort_by(|a, b| a.sort_key.cmp(&b.sort_key).then_with(|| a.record.sources.cmp(&b.record.sources)));
    let mut out = Vec::with_capacity(drafts.len());
    for (i, d) in drafts.into_iter().enumerate() {
        for (field, values) in d.conflicts {
            conflicts.push(Conflict { record: format!("{list}/{i}"), field, values });
        }
        out.push(d.record);
    }
    out
}

/// Sources and citations of a cluster.
fn provenance<T>(members: &[Member<'_, T>], spans: impl Fn(&T) -> Vec<crate::Span>) -> (Vec<String>, Vec<Citation>) {
    let sources: BTreeSet<String> = members.iter().map(|(id, _)| id.to_string()).collect();
    let mut citations: Vec<Citation> = members
        .iter()
        .flat_map(|(id, r)| spans(r).into_iter().map(move |span| Citation { source: id.to_string(), span }))
        .collect();
    citations.sort();
    citations.dedup();
    (sources.into_iter().collect(), citations)
}

/// The value most sources report (ties: the smallest value), and a conflict
/// listing every value when they disagree.
fn choose<V: Ord + Clone>(
    values: &[(V, &str)],
    as_field: impl Fn(&V) -> FieldValue,
) -> (Option<V>, Option<Vec<ConflictValue>>) {
    let mut by_value: BTreeMap<&V, BTreeSet<&str>> = BTreeMap::new();
    for (v, src) in values {
        by_value.entry(v).or_default().insert(src);
    }
    let mut ranked: Vec<(&V, BTreeSet<&str>)> = by_value.into_iter().collect();
    ranked.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(b.0)));
    let chosen = ranked.first().map(|(v, _)| (*v).clone());
    let conflict = (ranked.len() > 1).then(|| {
        ranked
            .iter()
            .map(|(v, s)| ConflictValue { value: as_field(v), sources: s.iter().map(|x| x.to_string()).collect() })
            .collect()
    });
    (chosen, conflict)
}

fn rank(p: Precision) -> u8 {
    match p {
        Precision::Day => 3,
        Precision::Month => 2,
        Precision::Year => 1,
    }
}

/// The best-supported date among the most precise ones; less precise dates
/// that contain it agree with it.
fn choose_when(values: &[(When, &str)]) -> (Option<When>, Option<Vec<ConflictValue>>) {
    let Some(best) = values.iter().map(|(w, _)| rank(w.precision)).max() else { return (None, None) };
    // Compare dates by their range only; the words differ from source to source.
    let precise: Vec<((chrono::NaiveDate, chrono::NaiveDate, u8), &str)> = values
        .iter()
        .filter(|(w, _)| rank(w.precision) == best)
        .map(|(w, s)| ((w.start, w.end, rank(w.precision)), *s))
        .collect();
    let text_of = |key: &(chrono::NaiveDate, chrono::NaiveDate, u8)| {
        values.iter().find(|(w, _)| (w.start, w.end, rank(w.precision)) == *key).map(|(w, _)| w.clone())
    };
    let (chosen, conflict) = choose(&precise, |k| text_of(k).map(FieldValue::Date).unwrap_or(FieldValue::Count(0)));
    (chosen.and_then(|k| text_of(&k)), conflict)
}

/// People grouped by surname, each named by the form most sources use.
fn union_people(lists: &[(&[Person], &str)]) -> Vec<Person> {
    let mut groups: Vec<(String, Vec<(&Person, &str)>)> = Vec::new();
    for (list, src) in lists {
        for p in *list {
            let last = p.name.split_whitespace().last().unwrap_or("").to_lowercase();
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
            let (name, _) = choose(&names, |n| FieldValue::Text(n.clone()));
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
    let mut conflicts = Vec::new();
    let kinds: Vec<(DialogueKind, &str)> = members.iter().map(|(s, d)| (d.kind, *s)).collect();
    // A round's kind wins over the looser words other reports use.
    let kind = members
        .iter()
        .find(|(_, d)| d.round.is_some())
        .map(|(_, d)| d.kind)
        .or_else(|| choose(&kinds, |k| FieldValue::Text(k.to_string())).0);
    let mechanisms: Vec<(String, &str)> =
        members.iter().filter_map(|(s, d)| d.mechanism.clone().map(|m| (m, *s))).collect();
    let rounds: Vec<(u32, &str)> = members.iter().filter_map(|(s, d)| d.round.map(|r| (r, *s))).collect();
    let whens: Vec<(When, &str)> = members.iter().filter_map(|(s, d)| d.when.clone().map(|w| (w, *s))).collect();
    let (when, c) = choose_when(&whens);
    if let Some(c) = c {
        conflicts.push(("when".to_string(), c));
    }
    // Venues: a city beats the country it lies in.
    let venues: Vec<(String, &str)> = members.iter().filter_map(|(s, d)| d.venue.clone().map(|v| (v, *s))).collect();
    let specific: Vec<(String, &str)> = venues
        .iter()
        .filter(|(v, _)| {
            let is_country = lexicon.lookup(EntryKind::Country, v).is_some();
            !(is_country
                && venues.iter().any(|(o, _)| {
                    o != v && lexicon.lookup(EntryKind::Country, o).is_none() && venues_agree(v, o, lexicon)
                }))
        })
        .cloned()
        .collect();
    let (venue, c) = choose(&specific, |v| FieldValue::Text(v.clone()));
    if let Some(c) = c {
        conflicts.push(("venue".to_string(), c));
    }
    let chair_lists: Vec<(&[Person], &str)> = members.iter().map(|(s, d)| (d.chairs.as_slice(), *s)).collect();
    let first = members[0].1;
    let record = Dialogue {
        kind: kind.unwrap_or(first.kind),
        mechanism: choose(&mechanisms, |m| FieldValue::Text(m.clone())).0,
        parties: first.parties.clone(),
        round: choose(&rounds, |r| FieldValue::Count(*r)).0,
        when,
        venue,
        chairs: union_people(&chair_lists),
        evidence: first.evidence.clone(),
    };
    let sort_key = format!(
        "{}|{:?}|{:?}",
        record.when.as_ref().map(|w| w.start.to_string()).unwrap_or_else(|| "~".into()),
        record.parties,
        record.round
    );
    Draft { record: FusedRecord { record, sources, citations }, conflicts, sort_key }
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
    let mut conflicts = Vec::new();
    let mut field = |name: &str, values: Vec<(String, &str)>| -> Option<String> {
        let (v, c) = choose(&values, |v| FieldValue::Text(v.clone()));
        if let Some(c) = c {
            conflicts.push((name.to_string(), c));
        }
        v
    };
    let names: Vec<(String, &str)> = members.iter().map(|(s, p)| (p.name.clone(), *s)).collect();
    let name = field("name", names).unwrap_or_default();
    let sector = field("sector", members.iter().filter_map(|(s, p)| p.sector.map(|x| (x.to_string(), *s))).collect());
    let status = field("status", members.iter().filter_map(|(s, p)| p.status.map(|x| (x.to_string(), *s))).collect());
    let location = field("location", members.iter().filter_map(|(s, p)| p.location.clone().map(|x| (x, *s))).collect());
    let parent = field("parent", members.iter().filter_map(|(s, p)| p.parent.clone().map(|x| (x, *s))).collect());
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
                metrics.push(m.clone());
            }
        }
    }
    let record = Project {
        name: name.clone(),
        aliases,
        sector: sector.and_then(|s| s.parse().ok()),
        status: status.and_then(|s| s.parse().ok()),
        location,
        metrics,
        parent,
        evidence: members[0].1.evidence.clone(),
    };
    Draft { record: FusedRecord { record, sources, citations }, conflicts, sort_key: normalize(&name) }
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
    let mut conflicts = Vec::new();
    let whens: Vec<(When, &str)> = members.iter().filter_map(|(s, i)| i.when.clone().map(|w| (w, *s))).collect();
    let (when, c) = choose_when(&whens);
    if let Some(c) = c {
        conflicts.push(("when".to_string(), c));
    }
    let mut count = |name: &str, values: Vec<(u32, &str)>| -> Option<u32> {
        let (v, c) = choose(&values, |v| FieldValue::Count(*v));
        if let Some(c) = c {
            conflicts.push((name.to_string(), c));
        }
        v
    };
    let killed = count("killed", members.iter().filter_map(|(s, i)| i.killed.map(|x| (x, *s))).collect());
    let injured = count("injured", members.iter().filter_map(|(s, i)| i.injured.map(|x| (x, *s))).collect());
    let personnel = count("personnel", members.iter().filter_map(|(s, i)| i.personnel.map(|x| (x, *s))).collect());
    let ordinal = count("ordinal", members.iter().filter_map(|(s, i)| i.ordinal.map(|x| (x, *s))).collect());
    let locations: Vec<(String, &str)> =
        members.iter().filter_map(|(s, i)| i.location.clone().map(|x| (x, *s))).collect();
    let (location, c) = choose(&locations, |v| FieldValue::Text(v.clone()));
    if let Some(c) = c {
        conflicts.push(("location".to_string(), c));
    }
    let perpetrators: Vec<(String, &str)> =
        members.iter().filter_map(|(s, i)| i.perpetrator.clone().map(|x| (x, *s))).collect();
    let union = |f: fn(&Incident) -> &Vec<Country>| -> Vec<Country> {
        let set: BTreeSet<Country> = members.iter().flat_map(|(_, i)| f(i).iter().copied()).collect();
        set.into_iter().collect()
    };
    let first = members[0].1;
    let record = Incident {
        kind: first.kind,
        when,
        location,
        killed,
        injured,
        victims: union(|i| &i.victims),
        perpetrator: choose(&perpetrators, |v| FieldValue::Text(v.clone())).0,
        participants: union(|i| &i.participants),
        personnel,
        ordinal,
        evidence: first.evidence.clone(),
    };
    let sort_key =
        format!("{}|{}", record.when.as_ref().map(|w| w.start.to_string()).unwrap_or_else(|| "~".into()), record.kind);
    Draft { record: FusedRecord { record, sources, citations }, conflicts, sort_key }
}

/// Statements keyed by actors, stance and the topic's canonical form.
fn statement_clusters<'a>(per_topic: &'a [(&'a str, Statement)], lexicon: &Lexicon) -> Vec<Vec<Member<'a, Statement>>> {
    let mut by_key: BTreeMap<(Vec<Country>, crate::Stance, String), Vec<Member<'a, Statement>>> = BTreeMap::new();
    for (id, s) in per_topic {
        let topic = s.topics.first().map_or("", String::as_str);
        by_key.entry((s.actors.clone(), s.stance, topic_key(topic, lexicon))).or_default().push((id, s));
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

fn fuse_statement(members: &[Member<'_, Statement>]) -> Draft<Statement> {
    let (sources, citations) = provenance(members, |s| s.evidence.clone());
    let first = members[0].1;
    // The topic as most sources write it (the key is shared, the words may differ).
    let topics: Vec<(String, &str)> =
        members.iter().filter_map(|(s, st)| st.topics.first().map(|t| (t.clone(), *s))).collect();
    let topic = choose(&topics, |t| FieldValue::Text(t.clone())).0.unwrap_or_default();
    let targets: Vec<(Country, &str)> = members.iter().filter_map(|(s, st)| st.target.map(|t| (t, *s))).collect();
    let speakers: Vec<(Person, &str)> =
        members.iter().filter_map(|(s, st)| st.speaker.clone().map(|p| (p, *s))).collect();
    let quotes: Vec<(String, &str)> = members.iter().filter_map(|(s, st)| st.quote.clone().map(|q| (q, *s))).collect();
    let record = Statement {
        actors: first.actors.clone(),
        speaker: choose(&speakers, |p| FieldValue::Text(p.name.clone())).0,
        stance: first.stance,
        topics: vec![topic.clone()],
        target: choose(&targets, |c| FieldValue::Text(c.to_string())).0,
        quote: choose(&quotes, |q| FieldValue::Text(q.clone())).0,
        cameo: first.cameo.clone(),
        evidence: first.evidence.clone(),
    };
    let sort_key = format!("{:?}|{}|{}", record.actors, record.stance, normalize(&topic));
    Draft { record: FusedRecord { record, sources, citations }, conflicts: Vec::new(), sort_key }
}
