//! The typed model: what a [`Document`] says happened.
//!
//! These types hold no parsing logic. They serialize to the `bilateral/1`
//! wire format (see the crate documentation) with fixed field names.

use crate::Country;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;
use std::str::FromStr;

/// Declares a fieldless enum that serializes as fixed lower-case strings,
/// with `as_str`, `Display`, `FromStr` and `ALL`.
macro_rules! str_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The wire-format string of this value.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),* }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str().eq_ignore_ascii_case(s))
                    .ok_or_else(|| UnknownValue { kind: stringify!($name), value: s.to_string() })
            }
        }
    };
}

/// The error for a string that names no value of one of the model's enums.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} value {value:?}")]
pub struct UnknownValue {
    /// The enum that was asked for (`Sector`, `Stance`, …).
    pub kind: &'static str,
    /// The text that matched none of its values.
    pub value: String,
}

/// A byte range `[start, end)` into the original input.
///
/// Both ends always lie on `char` boundaries of the text the document was
/// parsed from, so `&text[span.start..span.end]` never panics.
///
/// ```
/// use bilateral::Span;
/// let text = "Wang Yi met Dar.";
/// let span = Span::new(0, 7);
/// assert_eq!(span.of(text), Some("Wang Yi"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    ///
    /// ```
    /// assert_eq!(bilateral::Span::new(3, 5).len(), 2);
    /// ```
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The text this span covers, or `None` when it does not fit `text`.
    ///
    /// ```
    /// use bilateral::Span;
    /// assert_eq!(Span::new(0, 5).of("China and Pakistan"), Some("China"));
    /// assert_eq!(Span::new(0, 99).of("China"), None);
    /// assert_eq!(Span::new(0, 1).of("é"), None); // not on a char boundary
    /// ```
    pub fn of<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(bilateral::Span::new(4, 10).len(), 6);
    /// ```
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// assert!(bilateral::Span::new(4, 4).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether `other` lies wholly inside this span.
    ///
    /// ```
    /// use bilateral::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 5)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The run of `items` (sorted by start) that starts inside this span
    /// and ends in it, read from the cursor `from`, which moves past them:
    /// spans taken in text order walk a sorted list once.
    pub(crate) fn run_in<T>(&self, items: &[T], from: &mut usize, span_of: impl Fn(&T) -> Span) -> Range<usize> {
        while items.get(*from).is_some_and(|x| span_of(x).start < self.start) {
            *from += 1;
        }
        let first = *from;
        while items.get(*from).is_some_and(|x| span_of(x).end <= self.end) {
            *from += 1;
        }
        first..*from
    }
}

str_enum! {
    /// How exact a [`When`] is. Ordered from finest to coarsest:
    /// `Day < Month < Year`, so the more precise of two is the smaller.
    ///
    /// ```
    /// use bilateral::Precision;
    /// assert!(Precision::Day < Precision::Month && Precision::Month < Precision::Year);
    /// ```
    Precision {
        /// A single calendar day or a range of days.
        Day => "day",
        /// A whole month.
        Month => "month",
        /// A whole year (or years).
        Year => "year",
    }
}

/// A resolved date or date range with its precision and the words it came from.
///
/// A single day has `start == end`; "In October 2024" is October 1 to 31
/// with month precision. `start <= end` always holds.
///
/// ```
/// use bilateral::{When, Precision};
/// use chrono::NaiveDate;
/// let w = When::month(2024, 10, "In October 2024").unwrap();
/// assert_eq!(w.start, NaiveDate::from_ymd_opt(2024, 10, 1).unwrap());
/// assert_eq!(w.end, NaiveDate::from_ymd_opt(2024, 10, 31).unwrap());
/// assert_eq!(w.precision, Precision::Month);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct When {
    /// First day covered.
    pub start: NaiveDate,
    /// Last day covered (inclusive).
    pub end: NaiveDate,
    /// Day, month or year.
    pub precision: Precision,
    /// The words of the input that say it.
    pub text: String,
    /// Where those words are in the input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// Set when the text itself disagrees (e.g. a weekday that does not fall
    /// on the stated date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl When {
    /// One day.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let w = bilateral::When::day(NaiveDate::from_ymd_opt(2026, 1, 4).unwrap(), "January 4");
    /// assert_eq!((w.start, w.precision), (w.end, bilateral::Precision::Day));
    /// ```
    pub fn day(date: NaiveDate, text: impl Into<String>) -> When {
        When { start: date, end: date, precision: Precision::Day, text: text.into(), span: None, note: None }
    }

    /// A range of days, `None` when `end < start`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |day| NaiveDate::from_ymd_opt(2026, 1, day).unwrap();
    /// assert!(bilateral::When::days(d(3), d(5), "January 3 to 5").is_some());
    /// assert!(bilateral::When::days(d(5), d(3), "reversed").is_none());
    /// ```
    pub fn days(start: NaiveDate, end: NaiveDate, text: impl Into<String>) -> Option<When> {
        (start <= end).then(|| When {
            start,
            end,
            precision: Precision::Day,
            text: text.into(),
            span: None,
            note: None,
        })
    }

    /// A whole month, `None` for an invalid month.
    pub fn month(year: i32, month: u32, text: impl Into<String>) -> Option<When> {
        let start = NaiveDate::from_ymd_opt(year, month, 1)?;
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        Some(When {
            start,
            end: next.pred_opt()?,
            precision: Precision::Month,
            text: text.into(),
            span: None,
            note: None,
        })
    }

    /// Whole years `first..=last`, `None` when out of range or reversed.
    ///
    /// ```
    /// let w = bilateral::When::years(2026, 2027, "2026-2027").unwrap();
    /// assert_eq!(w.end.to_string(), "2027-12-31");
    /// ```
    pub fn years(first: i32, last: i32, text: impl Into<String>) -> Option<When> {
        if last < first {
            return None;
        }
        Some(When {
            start: NaiveDate::from_ymd_opt(first, 1, 1)?,
            end: NaiveDate::from_ymd_opt(last, 12, 31)?,
            precision: Precision::Year,
            text: text.into(),
            span: None,
            note: None,
        })
    }

    /// The same value with its span set.
    ///
    /// ```
    /// use bilateral::{Span, When};
    /// let w = When::years(2024, 2024, "in 2024").unwrap().with_span(Span::new(10, 17));
    /// assert_eq!(w.span, Some(Span::new(10, 17)));
    /// ```
    pub fn with_span(mut self, span: Span) -> When {
        self.span = Some(span);
        self
    }

    /// Whether the two ranges share at least one day.
    ///
    /// ```
    /// use bilateral::When;
    /// let october = When::month(2024, 10, "October 2024").unwrap();
    /// assert!(october.overlaps(&When::years(2024, 2024, "2024").unwrap()));
    /// assert!(!october.overlaps(&When::month(2024, 11, "November 2024").unwrap()));
    /// ```
    pub fn overlaps(&self, other: &When) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

/// The date at its precision: `2026-01-04`, `2026-01-03 – 2026-01-05`,
/// `2024-10`, `2024`, `2023 – 2024`.
///
/// ```
/// use bilateral::When;
/// use chrono::NaiveDate;
/// let day = |d| NaiveDate::from_ymd_opt(2026, 1, d).unwrap();
/// assert_eq!(When::day(day(4), "January 4").to_string(), "2026-01-04");
/// assert_eq!(When::days(day(3), day(5), "January 3 to 5").unwrap().to_string(), "2026-01-03 – 2026-01-05");
/// assert_eq!(When::month(2024, 10, "October 2024").unwrap().to_string(), "2024-10");
/// ```
impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let format = match self.precision {
            Precision::Day => "%Y-%m-%d",
            Precision::Month => "%Y-%m",
            _ => "%Y",
        };
        let (start, end) = (self.start.format(format).to_string(), self.end.format(format).to_string());
        if start == end {
            f.write_str(&start)
        } else {
            write!(f, "{start} – {end}")
        }
    }
}

str_enum! {
    /// A normalized unit of a [`Quantity`].
    Unit {
        /// Kilowatt-hours (energy).
        KWh => "kWh",
        /// Megawatts (power capacity).
        MW => "MW",
        /// Kilometres.
        Km => "km",
        /// US dollars.
        Usd => "USD",
        /// Jobs created.
        Jobs => "jobs",
        /// People (served, affected).
        People => "people",
        /// Percent.
        Percent => "percent",
        /// Military or security personnel.
        Personnel => "personnel",
    }
}

/// A number with a normalized unit: "3.64 billion kilowatt-hours" is
/// `3.64e9` [`Unit::KWh`].
///
/// ```
/// use bilateral::{Quantity, Unit};
/// let q = Quantity::new(236_000.0, Unit::Jobs, "236,000 jobs");
/// assert_eq!(serde_json::to_value(&q).unwrap()["unit"], "jobs");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Quantity {
    /// The value in `unit`, scale words applied ("billion" → ×1e9).
    pub value: f64,
    /// The normalized unit.
    pub unit: Unit,
    /// The words of the input that say it.
    pub text: String,
    /// "more than", "about", "nearly", … qualify the number.
    #[serde(default)]
    pub approximate: bool,
    /// Where the words are in the input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl Quantity {
    /// An exact quantity with no span.
    ///
    /// ```
    /// let q = bilateral::Quantity::new(750.0, bilateral::Unit::MW, "750 megawatts");
    /// assert!(!q.approximate && q.span.is_none());
    /// ```
    pub fn new(value: f64, unit: Unit, text: impl Into<String>) -> Quantity {
        Quantity { value, unit, text: text.into(), approximate: false, span: None }
    }
}

/// A named person with nationality and titles.
///
/// `name` is the fullest form the document uses; later short mentions
/// ("Dar") resolve to it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Person {
    /// Full name as the document writes it.
    pub name: String,
    /// Nationality, when the text or lexicon says it.
    pub country: Option<Country>,
    /// Titles in the order first seen ("Deputy Prime Minister", "Foreign Minister").
    #[serde(default)]
    pub titles: Vec<String>,
}

impl Person {
    /// A person with no titles yet.
    ///
    /// ```
    /// use bilateral::{Country, Person};
    /// let mut p = Person::new("Penny Wong", Some(Country::AU));
    /// p.titles.push("Foreign Minister".into());
    /// assert_eq!(p.titles, ["Foreign Minister"]);
    /// ```
    pub fn new(name: impl Into<String>, country: Option<Country>) -> Person {
        Person { name: name.into(), country, titles: Vec::new() }
    }
}

str_enum! {
    /// What sort of encounter a [`Dialogue`] is.
    DialogueKind {
        /// A round of a named strategic dialogue mechanism.
        StrategicDialogue => "strategic_dialogue",
        /// A dialogue or meeting among three parties.
        TrilateralDialogue => "trilateral_dialogue",
        /// Talks or negotiations.
        Talks => "talks",
        /// A meeting between principals.
        Meeting => "meeting",
        /// One party's visit to another.
        Visit => "visit",
        /// A summit of leaders.
        Summit => "summit",
    }
}

/// One specific diplomatic encounter, held or scheduled.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Dialogue {
    /// Strategic dialogue, talks, visit, …
    pub kind: DialogueKind,
    /// Canonical name of the mechanism, when it is a round of one.
    pub mechanism: Option<String>,
    /// The countries taking part, sorted.
    pub parties: Vec<Country>,
    /// Round number ("Seventh Round" → 7).
    pub round: Option<u32>,
    /// When it was (or will be) held.
    pub when: Option<When>,
    /// City, or country if no city is named.
    pub venue: Option<String>,
    /// Chairs; for talks the principals; for a visit the visitor.
    #[serde(default)]
    pub chairs: Vec<Person>,
    /// Where the text says so.
    #[serde(default)]
    pub evidence: Vec<Span>,
}

impl Dialogue {
    /// An encounter of `kind` among `parties` (sorted and deduplicated here),
    /// every other field empty.
    ///
    /// ```
    /// use bilateral::{Country, Dialogue, DialogueKind};
    /// let mut d = Dialogue::new(DialogueKind::Talks, [Country::MX, Country::US]);
    /// d.venue = Some("Mexico City".into());
    /// assert_eq!(d.parties, [Country::MX, Country::US]);
    /// ```
    pub fn new(kind: DialogueKind, parties: impl IntoIterator<Item = Country>) -> Dialogue {
        let mut parties: Vec<Country> = parties.into_iter().collect();
        parties.sort();
        parties.dedup();
        Dialogue {
            kind,
            mechanism: None,
            parties,
            round: None,
            when: None,
            venue: None,
            chairs: Vec::new(),
            evidence: Vec::new(),
        }
    }
}

str_enum! {
    /// The economic sector of a [`Project`].
    Sector {
        /// Roads, rail, ports, airports.
        Transport => "transport",
        /// Power plants, grids, pipelines.
        Energy => "energy",
        /// Industrial zones and plants.
        Industry => "industry",
        /// Farming and food.
        Agriculture => "agriculture",
        /// Mines and minerals.
        Mining => "mining",
        /// Hospitals and health.
        Health => "health",
        /// Telecoms and IT.
        Ict => "ict",
        /// Space programmes.
        Space => "space",
        /// Several sectors (corridors, initiatives).
        Multi => "multi",
    }
}

str_enum! {
    /// Where a [`Project`] stands.
    Status {
        /// Announced or agreed, not started.
        Planned => "planned",
        /// Being built.
        UnderConstruction => "under_construction",
        /// Working.
        Operational => "operational",
        /// Behind schedule.
        Delayed => "delayed",
        /// Being upgraded or relaunched in a new phase.
        Upgrading => "upgrading",
    }
}

/// A named development or infrastructure undertaking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Project {
    /// Canonical name.
    pub name: String,
    /// Other names the document uses ("CPEC", "CPEC 2.0").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Sector, when known.
    pub sector: Option<Sector>,
    /// Status, when the text says it.
    pub status: Option<Status>,
    /// Most specific place named.
    pub location: Option<String>,
    /// Figures attributed to the project.
    #[serde(default)]
    pub metrics: Vec<Quantity>,
    /// The programme it belongs to ("China-Pakistan Economic Corridor").
    pub parent: Option<String>,
    /// Where the text says so.
    #[serde(default)]
    pub evidence: Vec<Span>,
}

impl Project {
    /// A project known only by its name.
    ///
    /// ```
    /// let mut p = bilateral::Project::new("Lamu Port");
    /// p.sector = Some(bilateral::Sector::Transport);
    /// assert!(p.status.is_none());
    /// ```
    pub fn new(name: impl Into<String>) -> Project {
        Project {
            name: name.into(),
            aliases: Vec::new(),
            sector: None,
            status: None,
            location: None,
            metrics: Vec::new(),
            parent: None,
            evidence: Vec::new(),
        }
    }
}

str_enum! {
    /// What sort of security event an [`Incident`] is.
    IncidentKind {
        /// Terrorist or armed attack, bombing, killing.
        Attack => "attack",
        /// Joint military or counter-terrorism exercise.
        Exercise => "exercise",
        /// Anything else.
        Other => "other",
    }
}

/// A dated security event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Incident {
    /// Attack, exercise or other.
    pub kind: IncidentKind,
    /// When it happened.
    pub when: Option<When>,
    /// Where it happened.
    pub location: Option<String>,
    /// People killed.
    pub killed: Option<u32>,
    /// People injured.
    pub injured: Option<u32>,
    /// Nationalities of the victims.
    #[serde(default)]
    pub victims: Vec<Country>,
    /// Who did it, as named.
    pub perpetrator: Option<String>,
    /// Countries taking part (exercises).
    #[serde(default)]
    pub participants: Vec<Country>,
    /// Personnel involved.
    pub personnel: Option<u32>,
    /// "the eighth of such exercises" → 8.
    pub ordinal: Option<u32>,
    /// Where the text says so.
    #[serde(default)]
    pub evidence: Vec<Span>,
}

impl Incident {
    /// An incident of `kind`, every other field empty.
    ///
    /// ```
    /// let mut i = bilateral::Incident::new(bilateral::IncidentKind::Attack);
    /// i.killed = Some(2);
    /// assert!(i.when.is_none());
    /// ```
    pub fn new(kind: IncidentKind) -> Incident {
        Incident {
            kind,
            when: None,
            location: None,
            killed: None,
            injured: None,
            victims: Vec::new(),
            perpetrator: None,
            participants: Vec::new(),
            personnel: None,
            ordinal: None,
            evidence: Vec::new(),
        }
    }
}

str_enum! {
    /// The position a [`Statement`] takes.
    Stance {
        /// Support, back, endorse, uphold, adhere to, recognize.
        Support => "support",
        /// Oppose, reject, resist, be against.
        Oppose => "oppose",
        /// Call for, call on, urge, demand, advocate.
        CallFor => "call_for",
        /// Agree to, commit to, pledge, decide.
        Agree => "agree",
        /// Commend, appreciate, praise, welcome.
        Commend => "commend",
        /// Condemn, denounce.
        Condemn => "condemn",
        /// Express concern, worry.
        Concern => "concern",
    }
}

impl Stance {
    /// The CAMEO event root code this stance maps to, for GDELT users
    /// (kept as a string: "05", not 5).
    ///
    /// ```
    /// assert_eq!(bilateral::Stance::Condemn.cameo_root(), "11");
    /// ```
    pub fn cameo_root(self) -> &'static str {
        match self {
            Stance::Support => "05",
            Stance::Oppose => "11",
            Stance::CallFor => "02",
            Stance::Agree => "03",
            Stance::Commend => "05",
            Stance::Condemn => "11",
            Stance::Concern => "11",
        }
    }
}

/// A position an actor takes on one or more topics.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Statement {
    /// Countries taking the position, sorted.
    pub actors: Vec<Country>,
    /// The named person speaking, if any.
    pub speaker: Option<Person>,
    /// Support, oppose, …
    pub stance: Stance,
    /// Short noun phrases from the text, one per thing the stance is about.
    pub topics: Vec<String>,
    /// The country whose position or interest is backed or criticized.
    pub target: Option<Country>,
    /// Verbatim direct quote.
    pub quote: Option<String>,
    /// CAMEO root code of the stance (borrowed from a static table when the
    /// crate sets it: a corpus holds many statements).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cameo: Option<std::borrow::Cow<'static, str>>,
    /// Where the text says so.
    #[serde(default)]
    pub evidence: Vec<Span>,
}

impl Statement {
    /// A position of `actors` (sorted and deduplicated here) on `topics`,
    /// with its CAMEO root code and no speaker, target, quote or evidence.
    ///
    /// ```
    /// use bilateral::{Country, Stance, Statement};
    /// let s = Statement::new([Country::KE], Stance::Commend, ["the peace talks"]);
    /// assert_eq!(s.cameo.as_deref(), Some("05"));
    /// ```
    pub fn new<S: Into<String>>(
        actors: impl IntoIterator<Item = Country>,
        stance: Stance,
        topics: impl IntoIterator<Item = S>,
    ) -> Statement {
        let mut actors: Vec<Country> = actors.into_iter().collect();
        actors.sort();
        actors.dedup();
        Statement {
            actors,
            speaker: None,
            stance,
            topics: topics.into_iter().map(Into::into).collect(),
            target: None,
            quote: None,
            cameo: Some(stance.cameo_root().into()),
            evidence: Vec::new(),
        }
    }
}

/// One sentence of the body, with its place in the layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Sentence {
    /// Bytes of the sentence in the original input.
    pub span: Span,
    /// Index of the paragraph it belongs to.
    pub paragraph: usize,
    /// A photo caption (kept once, not body text).
    pub caption: bool,
    /// A heading line (no final punctuation).
    pub heading: bool,
}

/// Everything `bilateral` found in one article.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Document {
    /// Caller-given identifier (the file name without `.txt` in the example).
    pub id: String,
    /// The headline, when the text has one.
    pub headline: Option<String>,
    /// Publication date from the header.
    pub published: Option<NaiveDate>,
    /// City of the dateline ("BEIJING, JAN 20" → "Beijing").
    pub dateline: Option<String>,
    /// Agency or publisher credit ("DNA").
    pub source: Option<String>,
    /// People named.
    #[serde(default)]
    pub people: Vec<Person>,
    /// Diplomatic encounters.
    #[serde(default)]
    pub dialogues: Vec<Dialogue>,
    /// Projects.
    #[serde(default)]
    pub projects: Vec<Project>,
    /// Security incidents.
    #[serde(default)]
    pub incidents: Vec<Incident>,
    /// Positions taken.
    #[serde(default)]
    pub statements: Vec<Statement>,
    /// Every mention found, in text order (the extract example prints them
    /// only with `--mentions`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<crate::Mention>,
    /// The body's sentences (layout; not part of the wire format).
    #[serde(skip)]
    pub sentences: Vec<Sentence>,
}

impl Document {
    /// An empty document with id `id` (for callers that build documents
    /// themselves, e.g. from another extractor, and add them to a corpus).
    ///
    /// ```
    /// let mut doc = bilateral::Document::new("wire-0001");
    /// doc.headline = Some("Talks resume".into());
    /// assert!(doc.statements.is_empty());
    /// ```
    pub fn new(id: impl Into<String>) -> Document {
        Document { id: id.into(), ..Document::default() }
    }
}

#[cfg(test)]
mod tests {
    use super::Span;

    #[test]
    fn runs_of_a_sorted_list_are_read_once_sentence_by_sentence() {
        // Mentions sorted by start; the third crosses from the first sentence into the second.
        let items = [Span::new(0, 3), Span::new(4, 8), Span::new(9, 14), Span::new(13, 15), Span::new(21, 25)];
        let mut cursor = 0;
        assert_eq!(Span::new(0, 10).run_in(&items, &mut cursor, |s| *s), 0..2);
        assert_eq!(Span::new(12, 20).run_in(&items, &mut cursor, |s| *s), 3..4);
        assert_eq!(Span::new(20, 30).run_in(&items, &mut cursor, |s| *s), 4..5);
        assert_eq!(Span::new(40, 50).run_in(&items, &mut cursor, |s| *s), 5..5);
    }
}
