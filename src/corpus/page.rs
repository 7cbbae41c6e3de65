//! The corpus as a timeline: its data as JSON ([`Corpus::timeline_json`])
//! and a self-contained HTML page that draws it ([`Corpus::timeline_html`]).
//!
//! The data is built here; the page's inline script (`page.js`) lays it out
//! on a scaled time axis with the browser's own text measurements, so that
//! no label overflows its box whatever the font.

use super::{Citation, Corpus, FieldValue, FusedRecord, RecordList, RecordRef};
use crate::model::{Precision, Statement, When};
use crate::Country;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// At most this many evidence spans are carried per item (the rest are counted).
const MAX_EVIDENCE: usize = 12;
/// Evidence text is cut to this many characters.
const MAX_EVIDENCE_CHARS: usize = 400;

/// One mark on the timeline.
#[derive(Serialize)]
struct Item {
    /// The fused record (`dialogues/3`), or `statements@DATE` for a day's statements.
    id: String,
    /// The lane: "Dialogues", "Attacks", "Exercises", "Other incidents", "Projects", "Statements".
    lane: &'static str,
    label: String,
    start: NaiveDate,
    end: NaiveDate,
    precision: Precision,
    /// "event" when the record gives its own date; "publication" when it is
    /// placed at the first publication date of its sources.
    dated_by: &'static str,
    countries: Vec<Country>,
    sources: Vec<String>,
    /// The record's fields as label and text, in order.
    fields: Vec<(String, String)>,
    conflicts: Vec<ItemConflict>,
    evidence: Vec<Evidence>,
    /// Evidence spans left out beyond `MAX_EVIDENCE`.
    more_evidence: usize,
}

#[derive(Serialize)]
struct ItemConflict {
    field: String,
    values: Vec<ConflictChoice>,
}

#[derive(Serialize)]
struct ConflictChoice {
    value: String,
    /// For a date: where the alternative falls, so the page can draw it.
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    sources: Vec<String>,
}

#[derive(Serialize)]
struct Evidence {
    source: String,
    start: usize,
    end: usize,
    /// The cited words, when the corpus kept the article's text.
    text: Option<String>,
}

/// What the page draws: the dated items and the records no date places.
#[derive(Serialize)]
struct Page {
    schema: &'static str,
    items: Vec<Item>,
    undated: Vec<Undated>,
}

#[derive(Serialize)]
struct Undated {
    id: String,
    lane: &'static str,
    label: String,
    sources: Vec<String>,
}

impl Corpus {
    /// The timeline's data as JSON, for those who draw their own charts:
    /// `{"schema", "items": [...], "undated": [...]}`. Each item has `id`
    /// (the fused record, `"dialogues/0"`, or `"statements@DATE"` for one
    /// day's statements), `lane`, `label`, `start`, `end`, `precision`,
    /// `dated_by` (`"event"`, or `"publication"` for records placed at the
    /// first publication date of their sources: projects and statements),
    /// `countries`, `sources`, `fields` (label and text pairs),
    /// `conflicts` (each value with its sources, and for dates where it
    /// falls) and `evidence` (source, byte span and the words when the
    /// corpus kept the text).
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Kenya and Ghana held talks in Nairobi on March 3, 2025.").unwrap();
    /// let data: serde_json::Value = serde_json::from_str(&corpus.timeline_json()).unwrap();
    /// assert_eq!(data["items"][0]["id"], "dialogues/0");
    /// assert_eq!(data["items"][0]["start"], "2025-03-03");
    /// assert_eq!(data["items"][0]["evidence"][0]["text"], "Kenya and Ghana held talks in Nairobi on March 3, 2025.");
    /// ```
    pub fn timeline_json(&self) -> String {
        serde_json::to_string(&self.page()).unwrap_or_else(|_| "{}".into())
    }

    /// The timeline as one self-contained HTML page (inline SVG, CSS and a
    /// little script; no network): a scaled time axis with year and month
    /// ticks, a lane per record kind, ranges as bars and month or year
    /// precision as a faded span, conflicts marked on their record with
    /// each value and its sources, a record's fields and evidence (article
    /// id, byte span, words) on click, filters by country pair and kind,
    /// and zoom. Its data is [`Corpus::timeline_json`], embedded.
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Kenya and Ghana held talks in Nairobi on March 3, 2025.").unwrap();
    /// let page = corpus.timeline_html();
    /// assert!(page.starts_with("<!doctype html>"));
    /// assert!(page.contains("\"start\":\"2025-03-03\""));
    /// ```
    pub fn timeline_html(&self) -> String {
        // Inside <script> the only sequence to avoid is "</" (it could close the element).
        let data = self.timeline_json().replace("</", "<\\/");
        let mut page = String::with_capacity(data.len() + PAGE_CSS.len() + PAGE_JS.len() + 2048);
        page.push_str("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
        page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.push_str("<title>bilateral timeline</title>\n<style>\n");
        page.push_str(PAGE_CSS);
        page.push_str("</style></head>\n<body>\n");
        page.push_str(PAGE_BODY);
        page.push_str("<script type=\"application/json\" id=\"timeline-data\">");
        page.push_str(&data);
        page.push_str("</script>\n<script>\n");
        page.push_str(PAGE_JS);
        page.push_str("</script>\n</body></html>\n");
        page
    }

    fn page(&self) -> Page {
        let fused = self.fused();
        let published: BTreeMap<&str, NaiveDate> =
            self.documents().filter_map(|d| Some((d.id.as_str(), d.published?))).collect();
        let first_published =
            |sources: &[String]| sources.iter().filter_map(|s| published.get(s.as_str()).copied()).min();
        let mut items = Vec::new();
        let mut undated = Vec::new();
        let labels: BTreeMap<RecordRef, String> = self.timeline().into_iter().map(|e| (e.record, e.label)).collect();

        for (i, r) in fused.dialogues.iter().enumerate() {
            let id = RecordRef { list: RecordList::Dialogues, index: i };
            let d = &r.record;
            let label = labels.get(&id).cloned().unwrap_or_else(|| dialogue_label(d));
            let mut fields = vec![("kind".to_string(), d.kind.as_str().replace('_', " "))];
            push(&mut fields, "mechanism", d.mechanism.clone());
            push(&mut fields, "parties", Some(codes(&d.parties)));
            push(&mut fields, "round", d.round.map(|n| n.to_string()));
            push(&mut fields, "when", d.when.as_ref().map(describe_when));
            push(&mut fields, "venue", d.venue.clone());
            let chairs: Vec<String> = d.chairs.iter().map(person).collect();
            push(&mut fields, "chairs", (!chairs.is_empty()).then(|| chairs.join("; ")));
            match &d.when {
                Some(w) => items.push(self.item(id, "Dialogues", label, w, "event", d.parties.clone(), r, fields)),
                None => {
                    undated.push(Undated { id: id.to_string(), lane: "Dialogues", label, sources: r.sources.clone() })
                }
            }
        }
        for (i, r) in fused.incidents.iter().enumerate() {
            let id = RecordRef { list: RecordList::Incidents, index: i };
            let inc = &r.record;
            let lane = match inc.kind.as_str() {
                "attack" => "Attacks",
                "exercise" => "Exercises",
                _ => "Other incidents",
            };
            let label = labels.get(&id).cloned().unwrap_or_else(|| inc.kind.as_str().to_string());
            let mut fields = vec![("kind".to_string(), inc.kind.as_str().to_string())];
            push(&mut fields, "when", inc.when.as_ref().map(describe_when));
            push(&mut fields, "location", inc.location.clone());
            push(&mut fields, "killed", inc.killed.map(|n| n.to_string()));
            push(&mut fields, "injured", inc.injured.map(|n| n.to_string()));
            push(&mut fields, "victims", (!inc.victims.is_empty()).then(|| codes(&inc.victims)));
            push(&mut fields, "perpetrator", inc.perpetrator.clone());
            push(&mut fields, "participants", (!inc.participants.is_empty()).then(|| codes(&inc.participants)));
            push(&mut fields, "personnel", inc.personnel.map(|n| n.to_string()));
            push(&mut fields, "ordinal", inc.ordinal.map(|n| n.to_string()));
            let mut countries: Vec<Country> = inc.participants.iter().chain(&inc.victims).copied().collect();
            countries.sort();
            countries.dedup();
            match &inc.when {
                Some(w) => items.push(self.item(id, lane, label, w, "event", countries, r, fields)),
                None => undated.push(Undated { id: id.to_string(), lane, label, sources: r.sources.clone() }),
            }
        }
        for (i, r) in fused.projects.iter().enumerate() {
            let id = RecordRef { list: RecordList::Projects, index: i };
            let p = &r.record;
            let label = match p.status {
                Some(s) => format!("{} — {}", p.name, s.as_str().replace('_', " ")),
                None => p.name.clone(),
            };
            let mut fields = vec![("name".to_string(), p.name.clone())];
            push(&mut fields, "aliases", (!p.aliases.is_empty()).then(|| p.aliases.join("; ")));
            push(&mut fields, "sector", p.sector.map(|s| s.as_str().to_string()));
            push(&mut fields, "status", p.status.map(|s| s.as_str().replace('_', " ")));
            push(&mut fields, "location", p.location.clone());
            let metrics: Vec<&str> = p.metrics.iter().map(|q| q.text.as_str()).collect();
            push(&mut fields, "metrics", (!metrics.is_empty()).then(|| metrics.join("; ")));
            push(&mut fields, "parent", p.parent.clone());
            match first_published(&r.sources) {
                Some(day) => {
                    let when = When::day(day, "first reported");
                    items.push(self.item(id, "Projects", label, &when, "publication", Vec::new(), r, fields));
                }
                None => {
                    undated.push(Undated { id: id.to_string(), lane: "Projects", label, sources: r.sources.clone() })
                }
            }
        }
        // Statements: one mark per publication day.
        let mut by_day: BTreeMap<NaiveDate, Vec<(usize, &FusedRecord<Statement>)>> = BTreeMap::new();
        for (i, r) in fused.statements.iter().enumerate() {
            match first_published(&r.sources) {
                Some(day) => by_day.entry(day).or_default().push((i, r)),
                None => {
                    let id = RecordRef { list: RecordList::Statements, index: i };
                    undated.push(Undated {
                        id: id.to_string(),
                        lane: "Statements",
                        label: statement_line(&r.record),
                        sources: r.sources.clone(),
                    })
                }
            }
        }
        for (day, group) in by_day {
            let mut countries: Vec<Country> =
                group.iter().flat_map(|(_, r)| r.record.actors.iter().copied().chain(r.record.target)).collect();
            countries.sort();
            countries.dedup();
            let mut sources: Vec<String> = group.iter().flat_map(|(_, r)| r.sources.iter().cloned()).collect();
            sources.sort();
            sources.dedup();
            let fields: Vec<(String, String)> = group
                .iter()
                .map(|(i, r)| {
                    (format!("statements/{i}"), format!("{}  [{}]", statement_line(&r.record), r.sources.join(", ")))
                })
                .collect();
            let citations: Vec<&Citation> = group.iter().flat_map(|(_, r)| &r.citations).collect();
            let (evidence, more_evidence) = self.evidence(citations);
            let n = group.len();
            items.push(Item {
                id: format!("statements@{day}"),
                lane: "Statements",
                label: format!("{n} statement{}", if n == 1 { "" } else { "s" }),
                start: day,
                end: day,
                precision: Precision::Day,
                dated_by: "publication",
                countries,
                sources,
                fields,
                conflicts: Vec::new(),
                evidence,
                more_evidence,
            });
        }
        items.sort_by(|a, b| a.start.cmp(&b.start).then(a.end.cmp(&b.end)).then_with(|| a.id.cmp(&b.id)));
        Page { schema: crate::WIRE_FORMAT, items, undated }
    }

    #[allow(clippy::too_many_arguments)] // one call per record kind, each naming its own parts
    fn item<T>(
        &self,
        id: RecordRef,
        lane: &'static str,
        label: String,
        when: &When,
        dated_by: &'static str,
        countries: Vec<Country>,
        record: &FusedRecord<T>,
        fields: Vec<(String, String)>,
    ) -> Item {
        let conflicts = self
            .fused()
            .conflicts
            .iter()
            .filter(|c| c.record == id)
            .map(|c| ItemConflict {
                field: c.field.clone(),
                values: c
                    .values
                    .iter()
                    .map(|v| {
                        let (value, start, end) = match &v.value {
                            FieldValue::Date(w) => (describe_when(w), Some(w.start), Some(w.end)),
                            FieldValue::Count(n) => (n.to_string(), None, None),
                            FieldValue::Text(t) => (t.clone(), None, None),
                        };
                        ConflictChoice { value, start, end, sources: v.sources.clone() }
                    })
                    .collect(),
            })
            .collect();
        let (evidence, more_evidence) = self.evidence(record.citations.iter().collect());
        Item {
            id: id.to_string(),
            lane,
            label,
            start: when.start,
            end: when.end,
            precision: when.precision,
            dated_by,
            countries,
            sources: record.sources.clone(),
            fields,
            conflicts,
            evidence,
            more_evidence,
        }
    }

    fn evidence(&self, citations: Vec<&Citation>) -> (Vec<Evidence>, usize) {
        let more = citations.len().saturating_sub(MAX_EVIDENCE);
        let evidence = citations
            .into_iter()
            .take(MAX_EVIDENCE)
            .map(|c| Evidence {
                source: c.source.clone(),
                start: c.span.start,
                end: c.span.end,
                text: self.cited_text(c).map(|t| {
                    let t = t.trim();
                    match t.char_indices().nth(MAX_EVIDENCE_CHARS) {
                        Some((cut, _)) => format!("{}…", &t[..cut]),
                        None => t.to_string(),
                    }
                }),
            })
            .collect();
        (evidence, more)
    }
}

fn push(fields: &mut Vec<(String, String)>, name: &str, value: Option<String>) {
    if let Some(v) = value {
        fields.push((name.to_string(), v));
    }
}

fn codes(countries: &[Country]) -> String {
    countries.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ")
}

fn person(p: &crate::Person) -> String {
    let mut s = p.name.clone();
    if let Some(c) = p.country {
        s.push_str(&format!(" ({c})"));
    }
    if !p.titles.is_empty() {
        s.push_str(&format!(", {}", p.titles.join(", ")));
    }
    s
}

fn describe_when(w: &When) -> String {
    if w.text.is_empty() {
        w.to_string()
    } else {
        format!("{w} (\"{}\")", w.text)
    }
}

fn dialogue_label(d: &crate::Dialogue) -> String {
    format!(
        "{} {}",
        d.kind.as_str().replace('_', " "),
        d.parties.iter().map(|c| c.as_str()).collect::<Vec<_>>().join("-")
    )
}

fn statement_line(s: &Statement) -> String {
    let actors: Vec<&str> = s.actors.iter().map(|c| c.as_str()).collect();
    let target = s.target.map(|t| format!(" (towards {t})")).unwrap_or_default();
    format!("{} {} — {}{target}", actors.join("+"), s.stance.as_str().replace('_', " "), s.topics.join("; "))
}

/// The page's fixed parts: toolbar, legend, chart and details panel.
const PAGE_BODY: &str = r#"<header>
<h1>Timeline</h1>
<div id="toolbar">
<label>Countries <select id="pair"><option value="">all</option></select></label>
<span id="kinds"></span>
<span class="zoom"><button id="zoom-out" title="zoom out">−</button><button id="zoom-fit" title="fit">fit</button><button id="zoom-in" title="zoom in">+</button></span>
</div>
<div id="legend"></div>
</header>
<main>
<div id="chart"><svg id="timeline" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="timeline"></svg></div>
<aside id="details"><p class="hint">Click a mark to see its fields and the sentences that support it.</p></aside>
</main>
<section id="undated-section"><h2>Not on the axis (no date)</h2><ul id="undated"></ul></section>
<noscript><p>The timeline is drawn by a script; its data is in the element <code>#timeline-data</code>.</p></noscript>
"#;

const PAGE_CSS: &str = include_str!("page.css");
const PAGE_JS: &str = include_str!("page.js");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dated_record_is_an_item_in_date_order_and_the_rest_are_listed_undated() {
        let mut corpus = Corpus::new();
        corpus.add("a", "March 5, 2025\n\nKenya and Ghana held talks in Nairobi on March 3, 2025. Kenya supports Ghana on the ceasefire.").unwrap();
        corpus.add("b", "Five Ghanaian workers were killed in an attack in Accra on February 2, 2025.").unwrap();
        let page = corpus.page();
        let ids: Vec<&str> = page.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["incidents/0", "dialogues/0", "statements@2025-03-05"]);
        assert!(page.items.windows(2).all(|w| w[0].start <= w[1].start));
        assert_eq!(page.items[2].dated_by, "publication");
        assert!(page.undated.is_empty());
    }

    #[test]
    fn a_date_conflict_is_carried_with_both_dates_and_their_sources() {
        let mut corpus = Corpus::new();
        corpus
            .add("a", "The 3rd round of the Kenya-Ghana Strategic Dialogue was held in Nairobi on May 6, 2025.")
            .unwrap();
        corpus
            .add("b", "The third round of the Kenya-Ghana Strategic Dialogue was held in Nairobi on May 7, 2025.")
            .unwrap();
        let page = corpus.page();
        let talks = page.items.iter().find(|i| i.id == "dialogues/0").unwrap();
        let when = talks.conflicts.iter().find(|c| c.field == "when").unwrap();
        let days: Vec<_> = when.values.iter().map(|v| (v.start.unwrap().to_string(), v.sources.clone())).collect();
        assert!(days.contains(&("2025-05-06".to_string(), vec!["a".to_string()])));
        assert!(days.contains(&("2025-05-07".to_string(), vec!["b".to_string()])));
    }

    #[test]
    fn the_embedded_data_cannot_close_its_script_element() {
        let mut corpus = Corpus::new();
        corpus
            .add("a", "Kenya and Ghana held talks in Nairobi on March 3, 2025 </script><script>alert(1)</script>.")
            .unwrap();
        let page = corpus.timeline_html();
        assert_eq!(page.matches("</script>").count(), 2, "only the page's own two script elements close");
    }
}
