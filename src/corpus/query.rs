//! Stage 6: typed, chainable queries over a corpus's fused records.
//!
//! ```
//! use bilateral::{Corpus, Country, Stance};
//! let mut corpus = Corpus::new();
//! corpus.add("a", "Pakistan firmly supports China on issues related to Xinjiang, Tibet, and Hong Kong.").unwrap();
//! let found = corpus.statements().by(Country::PK).stance(Stance::Support).about("Xizang");
//! assert_eq!(found.len(), 1);
//! assert_eq!(found.first().unwrap().record.target, Some(Country::CN));
//! ```

use super::fuse::{normalize, topic_key};
use super::{Corpus, FusedRecord, RecordList, RecordRef};
use crate::lexicon::Lexicon;
use crate::model::{Dialogue, DialogueKind, Incident, IncidentKind, Project, Sector, Stance, Statement, Status, When};
use crate::Country;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A filtered list of fused records; each filter narrows it.
#[derive(Debug, Clone)]
pub struct Query<'c, T> {
    items: Vec<&'c FusedRecord<T>>,
    /// The corpus's own lexicon, so a topic query names things as fusion did.
    lexicon: &'c Lexicon,
}

impl<'c, T> Query<'c, T> {
    fn new(items: &'c [FusedRecord<T>], lexicon: &'c Lexicon) -> Self {
        Query { items: items.iter().collect(), lexicon }
    }

    /// Keeps the records for which `keep` is true.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Pakistan firmly supports China on Taiwan. Foreign Minister Wang Yi said China condemns the attack on Chinese engineers in Dasu on March 26, 2024, which killed five Chinese nationals.").unwrap();
    /// assert_eq!(corpus.statements().filter(|r| r.sources.len() == 1).len(), 2);
    /// ```
    pub fn filter(mut self, keep: impl Fn(&FusedRecord<T>) -> bool) -> Self {
        self.items.retain(|r| keep(r));
        self
    }

    /// The matching records.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Pakistan firmly supports China on Taiwan. Foreign Minister Wang Yi said China condemns the attack on Chinese engineers in Dasu on March 26, 2024, which killed five Chinese nationals.").unwrap();
    /// assert!(corpus.statements().iter().all(|r| r.sources == ["a"]));
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = &'c FusedRecord<T>> + '_ {
        self.items.iter().copied()
    }

    /// The first matching record.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Pakistan firmly supports China on Taiwan. Foreign Minister Wang Yi said China condemns the attack on Chinese engineers in Dasu on March 26, 2024, which killed five Chinese nationals.").unwrap();
    /// assert_eq!(corpus.statements().by(bilateral::Country::PK).first().unwrap().record.topics, ["Taiwan"]);
    /// ```
    pub fn first(&self) -> Option<&'c FusedRecord<T>> {
        self.items.first().copied()
    }

    /// How many records match.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Pakistan firmly supports China on Taiwan. Foreign Minister Wang Yi said China condemns the attack on Chinese engineers in Dasu on March 26, 2024, which killed five Chinese nationals.").unwrap();
    /// assert_eq!(corpus.incidents().len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether nothing matches.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Pakistan firmly supports China on Taiwan. Foreign Minister Wang Yi said China condemns the attack on Chinese engineers in Dasu on March 26, 2024, which killed five Chinese nationals.").unwrap();
    /// assert!(corpus.projects().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The matching records as a vector.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Pakistan firmly supports China on Taiwan. Foreign Minister Wang Yi said China condemns the attack on Chinese engineers in Dasu on March 26, 2024, which killed five Chinese nationals.").unwrap();
    /// assert_eq!(corpus.statements().to_vec().len(), 2);
    /// ```
    pub fn to_vec(&self) -> Vec<&'c FusedRecord<T>> {
        self.items.clone()
    }
}

fn in_range(when: Option<&When>, from: NaiveDate, to: NaiveDate) -> bool {
    when.is_some_and(|w| w.start <= to && from <= w.end)
}

impl<'c> Query<'c, Statement> {
    /// Statements in which `country` is one of the actors.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Pakistan firmly supports China on Taiwan. Foreign Minister Wang Yi said China condemns the attack on Chinese engineers in Dasu on March 26, 2024, which killed five Chinese nationals.").unwrap();
    /// assert_eq!(corpus.statements().by(bilateral::Country::PK).len(), 1);
    /// ```
    pub fn by(self, country: Country) -> Self {
        self.filter(|r| r.record.actors.contains(&country))
    }

    /// Statements of one stance.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Pakistan firmly supports China on Taiwan. Foreign Minister Wang Yi said China condemns the attack on Chinese engineers in Dasu on March 26, 2024, which killed five Chinese nationals.").unwrap();
    /// assert_eq!(corpus.statements().stance(bilateral::Stance::Condemn).len(), 1);
    /// ```
    pub fn stance(self, stance: Stance) -> Self {
        self.filter(|r| r.record.stance == stance)
    }

    /// Statements whose topic is or contains `topic`, matched by alias and case
    /// ("Tibet" finds "Xizang").
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Pakistan firmly supports China on Taiwan. Foreign Minister Wang Yi said China condemns the attack on Chinese engineers in Dasu on March 26, 2024, which killed five Chinese nationals.").unwrap();
    /// assert_eq!(corpus.statements().about("taiwan").len(), 1);
    /// ```
    pub fn about(self, topic: &str) -> Self {
        let lexicon = self.lexicon;
        let key = topic_key(topic, lexicon);
        self.filter(|r| {
            r.record.topics.iter().any(|t| {
                let k = topic_key(t, lexicon);
                k == key || format!(" {k} ").contains(&format!(" {key} "))
            })
        })
    }

    /// Statements that back or criticize `country`.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Pakistan firmly supports China on Taiwan. Foreign Minister Wang Yi said China condemns the attack on Chinese engineers in Dasu on March 26, 2024, which killed five Chinese nationals.").unwrap();
    /// assert_eq!(corpus.statements().target(bilateral::Country::CN).len(), 1);
    /// ```
    pub fn target(self, country: Country) -> Self {
        self.filter(|r| r.record.target == Some(country))
    }

    /// Statements spoken by a person whose name contains `name`.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Pakistan firmly supports China on Taiwan. Foreign Minister Wang Yi said China condemns the attack on Chinese engineers in Dasu on March 26, 2024, which killed five Chinese nationals.").unwrap();
    /// assert_eq!(corpus.statements().speaker("Wang Yi").len(), 1);
    /// ```
    pub fn speaker(self, name: &str) -> Self {
        let name = name.to_lowercase();
        self.filter(|r| r.record.speaker.as_ref().is_some_and(|p| p.name.to_lowercase().contains(&name)))
    }
}

impl<'c> Query<'c, Dialogue> {
    /// Dialogues among exactly these parties.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "The Seventh Round of the China-Pakistan Foreign Ministers' Strategic Dialogue was held in Beijing on January 4, 2026, co-chaired by Foreign Minister Wang Yi and Deputy Prime Minister Ishaq Dar.").unwrap();
    /// use bilateral::Country;
    /// assert_eq!(corpus.dialogues().parties([Country::PK, Country::CN]).len(), 1);
    /// ```
    pub fn parties(self, parties: impl IntoIterator<Item = Country>) -> Self {
        let mut want: Vec<Country> = parties.into_iter().collect();
        want.sort();
        want.dedup();
        self.filter(|r| r.record.parties == want)
    }

    /// Dialogues of one round.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "The Seventh Round of the China-Pakistan Foreign Ministers' Strategic Dialogue was held in Beijing on January 4, 2026, co-chaired by Foreign Minister Wang Yi and Deputy Prime Minister Ishaq Dar.").unwrap();
    /// assert_eq!(corpus.dialogues().round(7).len(), 1);
    /// ```
    pub fn round(self, round: u32) -> Self {
        self.filter(|r| r.record.round == Some(round))
    }

    /// Dialogues of one kind.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "The Seventh Round of the China-Pakistan Foreign Ministers' Strategic Dialogue was held in Beijing on January 4, 2026, co-chaired by Foreign Minister Wang Yi and Deputy Prime Minister Ishaq Dar.").unwrap();
    /// assert_eq!(corpus.dialogues().kind(bilateral::DialogueKind::StrategicDialogue).len(), 1);
    /// ```
    pub fn kind(self, kind: DialogueKind) -> Self {
        self.filter(|r| r.record.kind == kind)
    }

    /// Dialogues dated within `from..=to` (any overlap).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "China and Pakistan held talks in Beijing on January 4, 2026.").unwrap();
    /// let jan = |d| NaiveDate::from_ymd_opt(2026, 1, d).unwrap();
    /// assert_eq!(corpus.dialogues().between(jan(1), jan(31)).len(), 1);
    /// assert!(corpus.dialogues().between(jan(5), jan(31)).is_empty());
    /// ```
    pub fn between(self, from: NaiveDate, to: NaiveDate) -> Self {
        self.filter(|r| in_range(r.record.when.as_ref(), from, to))
    }

    /// Dialogues chaired (or attended, or made) by a person whose name contains `name`.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "The Seventh Round of the China-Pakistan Foreign Ministers' Strategic Dialogue was held in Beijing on January 4, 2026, co-chaired by Foreign Minister Wang Yi and Deputy Prime Minister Ishaq Dar.").unwrap();
    /// assert_eq!(corpus.dialogues().chaired_by("Dar").len(), 1);
    /// ```
    pub fn chaired_by(self, name: &str) -> Self {
        let name = name.to_lowercase();
        self.filter(|r| r.record.chairs.iter().any(|p| p.name.to_lowercase().contains(&name)))
    }
}

impl<'c> Query<'c, Project> {
    /// Projects of one sector.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "The 884-megawatt Suki Kinari Hydropower Project under CPEC has been in commercial operation since 2024.").unwrap();
    /// assert_eq!(corpus.projects().sector(bilateral::Sector::Energy).len(), 1);
    /// ```
    pub fn sector(self, sector: Sector) -> Self {
        self.filter(|r| r.record.sector == Some(sector))
    }

    /// Projects with one status.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "The 884-megawatt Suki Kinari Hydropower Project under CPEC has been in commercial operation since 2024.").unwrap();
    /// assert_eq!(corpus.projects().status(bilateral::Status::Operational).len(), 1);
    /// ```
    pub fn status(self, status: Status) -> Self {
        self.filter(|r| r.record.status == Some(status))
    }

    /// Projects whose name or an alias is `name` (case and punctuation ignored).
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "The 884-megawatt Suki Kinari Hydropower Project under CPEC has been in commercial operation since 2024.").unwrap();
    /// assert_eq!(corpus.projects().named("suki kinari hydropower project").len(), 1);
    /// ```
    pub fn named(self, name: &str) -> Self {
        let key = normalize(name);
        self.filter(|r| std::iter::once(&r.record.name).chain(&r.record.aliases).any(|n| normalize(n) == key))
    }

    /// Projects under a parent programme.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "The 884-megawatt Suki Kinari Hydropower Project under CPEC has been in commercial operation since 2024.").unwrap();
    /// assert_eq!(corpus.projects().parent("China-Pakistan Economic Corridor").len(), 1);
    /// ```
    pub fn parent(self, parent: &str) -> Self {
        let key = normalize(parent);
        self.filter(|r| r.record.parent.as_deref().is_some_and(|p| normalize(p) == key))
    }
}

impl<'c> Query<'c, Incident> {
    /// Incidents of one kind.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Five Chinese nationals were killed in an attack in Besham on March 26, 2024.").unwrap();
    /// assert_eq!(corpus.incidents().kind(bilateral::IncidentKind::Attack).len(), 1);
    /// ```
    pub fn kind(self, kind: IncidentKind) -> Self {
        self.filter(|r| r.record.kind == kind)
    }

    /// Incidents dated within `from..=to` (any overlap).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Five Chinese nationals were killed in an attack in Besham on March 26, 2024.").unwrap();
    /// let day = |m, d| NaiveDate::from_ymd_opt(2024, m, d).unwrap();
    /// assert_eq!(corpus.incidents().between(day(3, 1), day(3, 31)).len(), 1);
    /// ```
    pub fn between(self, from: NaiveDate, to: NaiveDate) -> Self {
        self.filter(|r| in_range(r.record.when.as_ref(), from, to))
    }

    /// Incidents with victims of this nationality.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Five Chinese nationals were killed in an attack in Besham on March 26, 2024.").unwrap();
    /// assert_eq!(corpus.incidents().victims(bilateral::Country::CN).len(), 1);
    /// ```
    pub fn victims(self, country: Country) -> Self {
        self.filter(|r| r.record.victims.contains(&country))
    }

    /// Incidents at a place whose name contains `place`.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Five Chinese nationals were killed in an attack in Besham on March 26, 2024.").unwrap();
    /// assert_eq!(corpus.incidents().at("Besham").len(), 1);
    /// ```
    pub fn at(self, place: &str) -> Self {
        let place = place.to_lowercase();
        self.filter(|r| r.record.location.as_ref().is_some_and(|l| l.to_lowercase().contains(&place)))
    }
}

/// One dated record on a timeline.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct TimelineEntry {
    /// When it happened; `when.precision` says how exactly.
    pub when: When,
    /// The fused record (`"dialogues/0"` on the wire).
    pub record: RecordRef,
    /// A one-line description.
    pub label: String,
    /// Documents that report it.
    pub sources: Vec<String>,
}

impl Corpus {
    /// Fused statements.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Pakistan firmly supports China on Taiwan. Foreign Minister Wang Yi said China condemns the attack on Chinese engineers in Dasu on March 26, 2024, which killed five Chinese nationals.").unwrap();
    /// assert_eq!(corpus.statements().len(), 2);
    /// ```
    pub fn statements(&self) -> Query<'_, Statement> {
        Query::new(&self.fused().statements, self.lexicon())
    }

    /// Fused dialogues.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "The Seventh Round of the China-Pakistan Foreign Ministers' Strategic Dialogue was held in Beijing on January 4, 2026, co-chaired by Foreign Minister Wang Yi and Deputy Prime Minister Ishaq Dar.").unwrap();
    /// assert_eq!(corpus.dialogues().first().unwrap().record.round, Some(7));
    /// ```
    pub fn dialogues(&self) -> Query<'_, Dialogue> {
        Query::new(&self.fused().dialogues, self.lexicon())
    }

    /// Fused projects.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "The 884-megawatt Suki Kinari Hydropower Project under CPEC has been in commercial operation since 2024.").unwrap();
    /// assert_eq!(corpus.projects().first().unwrap().record.name, "Suki Kinari Hydropower Project");
    /// ```
    pub fn projects(&self) -> Query<'_, Project> {
        Query::new(&self.fused().projects, self.lexicon())
    }

    /// Fused incidents.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Five Chinese nationals were killed in an attack in Besham on March 26, 2024.").unwrap();
    /// assert_eq!(corpus.incidents().first().unwrap().record.killed, Some(5));
    /// ```
    pub fn incidents(&self) -> Query<'_, Incident> {
        Query::new(&self.fused().incidents, self.lexicon())
    }

    /// Every dated dialogue and incident in date order. A month- or
    /// year-precision record sorts by its first day, before day-precision
    /// records of that day.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Five Chinese nationals were killed in an attack in Besham on March 26, 2024.").unwrap();
    /// corpus.add("b", "The Seventh Round of the China-Pakistan Foreign Ministers' Strategic Dialogue was held in Beijing on January 4, 2026.").unwrap();
    /// let timeline = corpus.timeline();
    /// assert_eq!(timeline.len(), 2);
    /// assert!(timeline[0].when.start < timeline[1].when.start);
    /// ```
    pub fn timeline(&self) -> Vec<TimelineEntry> {
        let fused = self.fused();
        let mut out = Vec::new();
        for (i, r) in fused.dialogues.iter().enumerate() {
            if let Some(w) = &r.record.when {
                let d = &r.record;
                let parties: Vec<&str> = d.parties.iter().map(|c| c.as_str()).collect();
                let mut label = format!("{} {}", d.kind.as_str().replace('_', " "), parties.join("-"));
                if let Some(n) = d.round {
                    label.push_str(&format!(", round {n}"));
                }
                if let Some(v) = &d.venue {
                    label.push_str(&format!(", {v}"));
                }
                if !d.chairs.is_empty() {
                    let names: Vec<&str> = d.chairs.iter().map(|p| p.name.as_str()).collect();
                    label.push_str(&format!(" ({})", names.join(", ")));
                }
                out.push(TimelineEntry {
                    when: w.clone(),
                    record: RecordRef { list: RecordList::Dialogues, index: i },
                    label,
                    sources: r.sources.clone(),
                });
            }
        }
        for (i, r) in fused.incidents.iter().enumerate() {
            if let Some(w) = &r.record.when {
                let inc = &r.record;
                let mut label = inc.kind.as_str().to_string();
                if let Some(l) = &inc.location {
                    label.push_str(&format!(" in {l}"));
                }
                if let Some(k) = inc.killed {
                    label.push_str(&format!(", {k} killed"));
                }
                if !inc.participants.is_empty() {
                    let p: Vec<&str> = inc.participants.iter().map(|c| c.as_str()).collect();
                    label.push_str(&format!(", {}", p.join("+")));
                }
                out.push(TimelineEntry {
                    when: w.clone(),
                    record: RecordRef { list: RecordList::Incidents, index: i },
                    label,
                    sources: r.sources.clone(),
                });
            }
        }
        // Coarser first on the same day: Year > Month > Day.
        out.sort_by(|a, b| {
            a.when.start.cmp(&b.when.start).then(b.when.precision.cmp(&a.when.precision)).then(a.record.cmp(&b.record))
        });
        out
    }
}
