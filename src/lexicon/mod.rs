//! Stage 2: the lexicon — named things resolved to canonical names.
//!
//! Countries (with demonyms and capitals), organisations, places, projects,
//! topics, titles and well-known people live in data files (`src/data/*.tsv`)
//! compiled into the crate. All of them, and anything a caller adds, are
//! compiled into a single leftmost-longest Aho-Corasick automaton, walked
//! from the words of the text that start some name.
//!
//! The file format users extend it with is documented on [`Lexicon`].

mod matcher;
pub(crate) mod nationality;
pub(crate) mod people;
pub(crate) mod projects;

use crate::model::Span;
use crate::text::tokens::Token;
use crate::{Country, Error};
use once_cell::sync::Lazy;
use std::collections::HashMap;
use std::sync::Arc;

pub(crate) use matcher::{Form, Hit};

/// What a lexicon entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntryKind {
    /// A state.
    Country,
    /// A person.
    Person,
    /// An organisation, body, company or mechanism.
    Organization,
    /// A place.
    Place,
    /// A named project.
    Project,
    /// A recurring topic.
    Topic,
    /// A title that introduces a person's name.
    Title,
}

impl EntryKind {
    fn parse(s: &str) -> Option<EntryKind> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "country" => EntryKind::Country,
            "person" => EntryKind::Person,
            "organization" | "organisation" => EntryKind::Organization,
            "place" => EntryKind::Place,
            "project" => EntryKind::Project,
            "topic" => EntryKind::Topic,
            "title" => EntryKind::Title,
            _ => return None,
        })
    }
}

/// One named thing.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entry {
    /// What it is.
    pub kind: EntryKind,
    /// Canonical name.
    pub name: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// The country it belongs to.
    pub country: Option<Country>,
    /// `key=value` attributes, values split on `|`.
    pub attributes: Vec<(String, Vec<String>)>,
}

impl Entry {
    /// The values of attribute `key` (empty when absent).
    ///
    /// ```
    /// use bilateral::{Country, EntryKind, Lexicon};
    /// let pk = Lexicon::shared().country(Country::PK).unwrap().clone();
    /// assert!(pk.attribute("demonym").iter().any(|d| d == "Pakistani"));
    /// assert!(pk.attribute("no such key").is_empty());
    /// assert_eq!(pk.kind, EntryKind::Country);
    /// ```
    pub fn attribute(&self, key: &str) -> &[String] {
        self.attributes.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_slice()).unwrap_or(&[])
    }

    /// The first value of attribute `key`.
    ///
    /// ```
    /// let cn = bilateral::Lexicon::shared().country(bilateral::Country::CN).unwrap().clone();
    /// assert_eq!(cn.first("capital"), Some("Beijing"));
    /// ```
    pub fn first(&self, key: &str) -> Option<&str> {
        self.attribute(key).first().map(String::as_str)
    }
}

/// The built-in data files, in load order.
const BUILTIN: &[(&str, &str)] = &[
    ("countries.tsv", include_str!("../data/countries.tsv")),
    ("organizations.tsv", include_str!("../data/organizations.tsv")),
    ("places.tsv", include_str!("../data/places.tsv")),
    ("projects.tsv", include_str!("../data/projects.tsv")),
    ("topics.tsv", include_str!("../data/topics.tsv")),
    ("titles.tsv", include_str!("../data/titles.tsv")),
    ("people.tsv", include_str!("../data/people.tsv")),
];

static BUILTIN_LEXICON: Lazy<Arc<Lexicon>> = Lazy::new(|| {
    let mut entries = Vec::new();
    for (_, data) in BUILTIN {
        // The embedded files are checked by a unit test; a bad line cannot ship.
        entries.extend(parse_entries(data).unwrap_or_default());
    }
    Arc::new(Lexicon::from_entries(entries))
});

/// A compiled set of named things with one matcher over all their names:
/// the built-in countries (with demonyms and capitals), organisations,
/// places, projects, topics, titles and well-known people, plus anything a
/// caller adds.
///
/// # File format
///
/// One entry a line, five tab-separated columns; `#` starts a comment line:
///
/// ```text
/// kind⇥name⇥aliases⇥country⇥attributes
/// project⇥Dasu Hydropower Project⇥Dasu dam|Dasu⇥PK⇥sector=energy;location=Dasu
/// person⇥Jane Roe⇥⇥GB⇥title=Ambassador
/// ```
///
/// (⇥ stands for a tab character.)
///
/// `kind` is one of `country`, `person`, `organization`, `place`,
/// `project`, `topic`, `title`. `aliases` are separated by `|`; `country` is
/// an ISO alpha-2 code or empty; `attributes` are `key=value` pairs
/// separated by `;`, a value listing alternatives with `|`. Countries take
/// `demonym` and `capital`; projects `sector`, `parent`, `location`; people
/// `title`; places `type`.
///
/// # Example
///
/// ```
/// use bilateral::Lexicon;
/// let mut lex = Lexicon::builtin();
/// lex.extend_from_str("project\tDasu Hydropower Project\tDasu dam\tPK\tsector=energy\n").unwrap();
/// let hits = lex.find("Work on the Dasu dam resumed in Islamabad.");
/// let names: Vec<_> = hits.iter().map(|(_, entry)| entry.name.as_str()).collect();
/// assert_eq!(names, ["Dasu Hydropower Project", "Islamabad"]);
/// ```
#[derive(Debug, Clone)]
pub struct Lexicon {
    entries: Vec<Entry>,
    matcher: matcher::Matcher,
    /// (kind, lower-cased name or alias) → first entry, for `lookup`.
    by_name: HashMap<(EntryKind, String), usize>,
    /// Country code → its country entry.
    by_code: HashMap<Country, usize>,
    /// A known person's surname (last name word, folded, lower case) → their
    /// country, or `None` when people of two countries share it.
    by_surname: HashMap<String, Option<Country>>,
}

impl Lexicon {
    /// A copy of the built-in lexicon, ready to be extended.
    ///
    /// ```
    /// let mut lex = bilateral::Lexicon::builtin();
    /// lex.extend_from_str("place\tNew Town\t\tPK\ttype=city\n").unwrap();
    /// assert!(lex.lookup(bilateral::EntryKind::Place, "new town").is_some());
    /// assert!(bilateral::Lexicon::shared().lookup(bilateral::EntryKind::Place, "new town").is_none());
    /// ```
    pub fn builtin() -> Lexicon {
        (**BUILTIN_LEXICON).clone()
    }

    /// The shared built-in lexicon (compiled once per process).
    ///
    /// ```
    /// let a = bilateral::Lexicon::shared();
    /// let b = bilateral::Lexicon::shared();
    /// assert!(std::sync::Arc::ptr_eq(&a, &b));
    /// ```
    pub fn shared() -> Arc<Lexicon> {
        Arc::clone(&BUILTIN_LEXICON)
    }

    fn from_entries(mut entries: Vec<Entry>) -> Lexicon {
        // Capitals are places of their country, used as metonyms.
        let capitals: Vec<Entry> = entries
            .iter()
            .filter(|e| e.kind == EntryKind::Country)
            .flat_map(|e| {
                e.attribute("capital").iter().enumerate().filter(|(i, _)| *i == 0).map(move |(_, c)| Entry {
                    kind: EntryKind::Place,
                    name: c.clone(),
                    aliases: e.attribute("capital").iter().skip(1).cloned().collect(),
                    country: e.country,
                    attributes: vec![("type".into(), vec!["capital".into()])],
                })
            })
            .collect();
        entries.extend(capitals);
        let matcher = matcher::Matcher::build(&entries);
        let mut by_name = HashMap::new();
        let mut by_code = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            for n in std::iter::once(&e.name).chain(&e.aliases) {
                by_name.entry((e.kind, n.to_ascii_lowercase())).or_insert(i);
            }
            if let (EntryKind::Country, Some(c)) = (e.kind, e.country) {
                by_code.entry(c).or_insert(i);
            }
        }
        let mut by_surname: HashMap<String, Option<Country>> = HashMap::new();
        for e in entries.iter().filter(|e| e.kind == EntryKind::Person) {
            for n in std::iter::once(&e.name).chain(&e.aliases) {
                let Some(last) = n.split_whitespace().last() else { continue };
                let key = crate::text::words::fold_latin(last).to_lowercase();
                by_surname.entry(key).and_modify(|c| *c = c.filter(|c| Some(*c) == e.country)).or_insert(e.country);
            }
        }
        Lexicon { entries, matcher, by_name, by_code, by_surname }
    }

    /// The country of the one known person whose name ends in `surname`
    /// ("Tokayev" → KZ), if no person of another country shares it.
    pub(crate) fn surname_country(&self, surname: &str) -> Option<Country> {
        let key = crate::text::words::fold_latin(surname).to_lowercase();
        self.by_surname.get(&key).copied().flatten()
    }

    /// Adds the entries of a lexicon file's text. On error nothing is added.
    ///
    /// # Errors
    ///
    /// [`Error::Lexicon`] naming the first line that is not
    /// `kind<TAB>name<TAB>aliases<TAB>country<TAB>attributes` with a known
    /// kind and an ISO 3166-1 country code.
    ///
    /// ```
    /// let mut lex = bilateral::Lexicon::builtin();
    /// let before = lex.entries().len();
    /// assert!(lex.extend_from_str("project\tGood Project\t\tPK\t\nbadkind\tX\t\t\t\n").is_err());
    /// assert_eq!(lex.entries().len(), before); // all or nothing
    /// ```
    pub fn extend_from_str(&mut self, data: &str) -> Result<(), Error> {
        let new = parse_entries(data)?;
        // A caller's entry replaces a built-in one of the same kind and name.
        let mut entries: Vec<Entry> = self
            .entries
            .iter()
            .filter(|e| !is_derived_capital(e))
            .filter(|e| !new.iter().any(|n| n.kind == e.kind && n.name.eq_ignore_ascii_case(&e.name)))
            .cloned()
            .collect();
        entries.extend(new);
        *self = Lexicon::from_entries(entries);
        Ok(())
    }

    /// Adds the entries of a lexicon file. On error nothing is added.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] when the file cannot be read; [`Error::Lexicon`] as for
    /// [`Lexicon::extend_from_str`], naming the file and the line. A UTF-8
    /// byte order mark at the start is allowed.
    ///
    /// ```
    /// let mut lex = bilateral::Lexicon::builtin();
    /// assert!(matches!(lex.extend_from_file("/no/such/file.tsv"), Err(bilateral::Error::Io { .. })));
    /// ```
    pub fn extend_from_file(&mut self, path: impl AsRef<std::path::Path>) -> Result<(), Error> {
        let path = path.as_ref();
        let data =
            std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.display().to_string(), source })?;
        self.extend_from_str(&data).map_err(|e| match e {
            Error::Lexicon { line, message, .. } => {
                Error::Lexicon { path: Some(path.display().to_string()), line, message }
            }
            other => other,
        })
    }

    /// All entries.
    ///
    /// ```
    /// let lex = bilateral::Lexicon::shared();
    /// assert!(lex.entries().iter().any(|e| e.name == "Pakistan"));
    /// ```
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with index `i` (as found in a hit).
    pub(crate) fn entry(&self, i: u32) -> &Entry {
        &self.entries[i as usize]
    }

    /// The first entry of `kind` whose name or alias is `name` (ASCII case ignored).
    ///
    /// ```
    /// use bilateral::EntryKind;
    /// let lex = bilateral::Lexicon::shared();
    /// assert_eq!(lex.lookup(EntryKind::Country, "pakistan").unwrap().country, Some(bilateral::Country::PK));
    /// ```
    pub fn lookup(&self, kind: EntryKind, name: &str) -> Option<&Entry> {
        self.by_name.get(&(kind, name.to_ascii_lowercase())).map(|&i| &self.entries[i])
    }

    /// The country entry for a code.
    ///
    /// ```
    /// let lex = bilateral::Lexicon::shared();
    /// assert_eq!(lex.country(bilateral::Country::NP).unwrap().name, "Nepal");
    /// ```
    pub fn country(&self, code: Country) -> Option<&Entry> {
        self.by_code.get(&code).map(|&i| &self.entries[i])
    }

    /// Every name in `text`, in text order, leftmost-longest, on word boundaries.
    ///
    /// ```
    /// let lex = bilateral::Lexicon::shared();
    /// let names: Vec<&str> = lex.find("Pakistani and Chinese officials met in Beijing.").iter().map(|(_, e)| e.name.as_str()).collect();
    /// assert_eq!(names, ["Pakistan", "China", "Beijing"]);
    /// ```
    pub fn find(&self, text: &str) -> Vec<(Span, &Entry)> {
        self.matcher.find(text).into_iter().map(|h| (h.span, self.entry(h.entry))).collect()
    }

    /// [`Lexicon::find`] as the matcher's hits (entry indexes, forms).
    #[cfg(test)]
    pub(crate) fn hits(&self, text: &str) -> Vec<Hit> {
        self.matcher.find(text)
    }

    /// The names [`Lexicon::find`] finds in one sentence of `text`, read
    /// from the sentence's tokens (`toks`, as the tokenizer made them for
    /// `sentence`), each name lying inside the sentence; appended to `out`
    /// in text order.
    pub(crate) fn find_in_sentence(&self, text: &str, sentence: Span, toks: &[Token<'_>], out: &mut Vec<Hit>) {
        self.matcher.find_in_sentence(text, sentence, toks, out);
    }

    /// The automaton's raw scan (unanchored, over every byte, no word-boundary
    /// or case checks): the floor any gazetteer pays, used by the benchmarks.
    /// [`Lexicon::find`] walks the same automaton from word starts only.
    ///
    /// ```
    /// let lex = bilateral::Lexicon::shared();
    /// assert!(lex.raw_match_count("China and Pakistan") >= 2);
    /// ```
    #[doc(hidden)]
    pub fn raw_match_count(&self, text: &str) -> usize {
        self.matcher.raw_count(text)
    }
}

fn is_derived_capital(e: &Entry) -> bool {
    e.kind == EntryKind::Place && e.first("type") == Some("capital")
}

/// Parses lexicon text; the error names the first bad line.
pub(crate) fn parse_entries(data: &str) -> Result<Vec<Entry>, Error> {
    // Editors on some systems start a UTF-8 file with a byte order mark.
    let data = data.strip_prefix('\u{feff}').unwrap_or(data);
    let mut out = Vec::new();
    for (n, raw) in data.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let err = |message: String| Error::Lexicon { path: None, line: n + 1, message };
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 2 || cols.len() > 5 {
            return Err(err(format!(
                "expected 2 to 5 tab-separated columns (kind, name, aliases, country, attributes), found {}",
                cols.len()
            )));
        }
        let kind = EntryKind::parse(cols[0]).ok_or_else(|| {
            err(format!(
                "unknown kind {:?}; expected country, person, organization, place, project, topic or title",
                cols[0]
            ))
        })?;
        let name = cols[1].trim();
        if name.is_empty() {
            return Err(err("empty name".into()));
        }
        let aliases = cols.get(2).map(|a| split_list(a)).unwrap_or_default();
        let country = match cols.get(3).map(|c| c.trim()).filter(|c| !c.is_empty()) {
            Some(c) => Some(Country::new(c).ok_or_else(|| err(format!("country {c:?} is not a two-letter code")))?),
            None => None,
        };
        if kind == EntryKind::Country && country.is_none() {
            return Err(err("a country entry needs its two-letter code".into()));
        }
        let mut attributes = Vec::new();
        for pair in cols.get(4).unwrap_or(&"").split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').ok_or_else(|| err(format!("attribute {pair:?} is not key=value")))?;
            attributes.push((k.trim().to_string(), split_list(v)));
        }
        if let Some((_, v)) = attributes.iter().find(|(k, _)| k == "sector") {
            for s in v {
                s.parse::<crate::Sector>().map_err(|e| err(e.to_string()))?;
            }
        }
        out.push(Entry { kind, name: name.to_string(), aliases, country, attributes });
    }
    Ok(out)
}

fn split_list(s: &str) -> Vec<String> {
    s.split('|').map(str::trim).filter(|a| !a.is_empty()).map(String::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_files_parse() {
        for (name, data) in BUILTIN {
            parse_entries(data).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        let lex = Lexicon::shared();
        let countries = lex.entries().iter().filter(|e| e.kind == EntryKind::Country).count();
        assert!(countries >= 195, "{countries}");
    }

    #[test]
    fn malformed_line_reports_line_number_and_adds_nothing() {
        let mut lex = Lexicon::builtin();
        let before = lex.entries().len();
        let err = lex.extend_from_str("topic\tOne\n# c\nbogus\tTwo\n").unwrap_err();
        assert!(matches!(err, Error::Lexicon { line: 3, .. }), "{err}");
        assert_eq!(lex.entries().len(), before);
        let err = lex.extend_from_str("project\tX Dam\t\t\tsector=space-elevators\n").unwrap_err();
        assert!(matches!(err, Error::Lexicon { line: 1, .. }));
        assert!(lex.extend_from_str("country\tNowhere\n").is_err());
    }

    #[test]
    fn a_lexicon_file_error_names_the_file_and_a_byte_order_mark_is_allowed() {
        let dir = std::env::temp_dir().join(format!("bilateral-lexicon-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("good.tsv");
        std::fs::write(&good, "\u{feff}project\tLake Turkana Wind Farm\t\tKE\tsector=energy\n").unwrap();
        let mut lex = Lexicon::builtin();
        lex.extend_from_file(&good).unwrap();
        assert!(lex.lookup(EntryKind::Project, "Lake Turkana Wind Farm").is_some());
        let bad = dir.join("bad.tsv");
        std::fs::write(&bad, "# ok\nproject\tX Dam\t\tKE\t\nbogus\tY\n").unwrap();
        let err = lex.extend_from_file(&bad).unwrap_err().to_string();
        assert!(err.starts_with(&bad.display().to_string()) && err.contains(":3:"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn aliases_dashes_and_spellings_resolve_to_one_entry() {
        let lex = Lexicon::shared();
        for text in ["the China–Pakistan Economic Corridor", "the CPEC", "the China-Pakistan Economic Corridor"] {
            let hits = lex.hits(text);
            assert_eq!(lex.entry(hits[0].entry).name, "China-Pakistan Economic Corridor", "{text}");
        }
        let a = lex.hits("Shanghai Cooperation Organisation");
        let b = lex.hits("Shanghai Cooperation Organization");
        assert_eq!(a[0].entry, b[0].entry);
        let t = lex.hits("Tibet and Xizang");
        assert_eq!(t.len(), 4, "place and topic both match");
    }

    #[test]
    fn word_boundaries_and_case_are_checked() {
        let lex = Lexicon::shared();
        assert!(lex.hits("the hub of trade").is_empty());
        assert!(lex.hits("Chinaware").is_empty());
        let hits = lex.hits("China's and Pakistani");
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[1].form, Form::Demonym);
    }
}
