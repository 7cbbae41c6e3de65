//! CSV tables: one per record type, one row per record, every field a
//! column (lists joined with "; "), so that spreadsheets and SQL engines
//! load them as they are.

use bilateral::Span;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// A record type's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Table {
    /// Diplomatic encounters.
    Dialogues,
    /// Projects.
    Projects,
    /// Security incidents.
    Incidents,
    /// Positions taken.
    Statements,
    /// People named.
    People,
    /// Every name, date and quantity found.
    Mentions,
}

impl Table {
    /// The record's own columns, in order (nested fields as `field_part`).
    fn fields(self) -> &'static [&'static str] {
        const WHEN: [&str; 4] = ["when_start", "when_end", "when_precision", "when_text"];
        match self {
            Table::Dialogues => {
                &["kind", "mechanism", "parties", "round", WHEN[0], WHEN[1], WHEN[2], WHEN[3], "venue", "chairs"]
            }
            Table::Projects => &["name", "aliases", "sector", "status", "location", "metrics", "parent"],
            Table::Incidents => &[
                "kind",
                WHEN[0],
                WHEN[1],
                WHEN[2],
                WHEN[3],
                "location",
                "killed",
                "injured",
                "victims",
                "perpetrator",
                "participants",
                "personnel",
                "ordinal",
            ],
            Table::Statements => {
                &["actors", "speaker_name", "speaker_country", "speaker_titles", "stance", "topics", "target", "quote"]
            }
            Table::People => &["name", "country", "titles"],
            Table::Mentions => &[
                "kind",
                "text",
                "start",
                "end",
                "name",
                "country",
                WHEN[0],
                WHEN[1],
                WHEN[2],
                "value",
                "unit",
                "approximate",
            ],
        }
    }

    /// Whether the records carry evidence spans.
    fn has_evidence(self) -> bool {
        matches!(self, Table::Dialogues | Table::Projects | Table::Incidents | Table::Statements)
    }

    /// The header of a table of one document's records: `document`, the
    /// fields, and the evidence (first byte, last byte, the sentences).
    pub fn document_header(self) -> Vec<&'static str> {
        let mut header = vec!["document"];
        header.extend(self.fields());
        if self.has_evidence() {
            header.extend(["evidence_start", "evidence_end", "evidence_text"]);
        }
        header
    }

    /// The header of a table of fused records: `sources`, the fields, and
    /// `citations` (`document:start-end` for every report).
    pub fn fused_header(self) -> Vec<&'static str> {
        let mut header = vec!["sources"];
        header.extend(self.fields());
        header.push("citations");
        header
    }
}

/// One row of a document's record: `document_header`'s columns.
pub fn document_row(table: Table, document: &str, record: &impl Serialize, text: &str) -> Vec<String> {
    let cells = flatten(record);
    let mut row = vec![document.to_string()];
    row.extend(table.fields().iter().map(|f| cells.get(*f).cloned().unwrap_or_default()));
    if table.has_evidence() {
        let spans: Vec<Span> = serde_json::to_value(record)
            .ok()
            .and_then(|v| v.get("evidence").cloned())
            .and_then(|e| serde_json::from_value(e).ok())
            .unwrap_or_default();
        let first = spans.iter().map(|s| s.start).min();
        let last = spans.iter().map(|s| s.end).max();
        row.push(first.map(|s| s.to_string()).unwrap_or_default());
        row.push(last.map(|s| s.to_string()).unwrap_or_default());
        let sentences: Vec<&str> = spans.iter().filter_map(|s| s.of(text)).map(str::trim).collect();
        row.push(sentences.join(" … "));
    }
    row
}

/// One row of a fused record: `fused_header`'s columns.
pub fn fused_row(table: Table, record: &impl Serialize) -> Vec<String> {
    let cells = flatten(record);
    let mut row = vec![cells.get("sources").cloned().unwrap_or_default()];
    row.extend(table.fields().iter().map(|f| cells.get(*f).cloned().unwrap_or_default()));
    row.push(cells.get("citations").cloned().unwrap_or_default());
    row
}

/// Every field of `record` as text, nested objects as `outer_inner`.
fn flatten(record: &impl Serialize) -> BTreeMap<String, String> {
    let mut cells = BTreeMap::new();
    if let Ok(Value::Object(fields)) = serde_json::to_value(record) {
        flatten_into("", &fields, &mut cells);
    }
    cells
}

fn flatten_into(prefix: &str, fields: &Map<String, Value>, cells: &mut BTreeMap<String, String>) {
    for (key, value) in fields {
        let name = format!("{prefix}{key}");
        match value {
            Value::Object(inner) => flatten_into(&format!("{name}_"), inner, cells),
            Value::Array(items) => {
                let parts: Vec<String> = items.iter().map(item).collect();
                cells.insert(name, parts.join("; "));
            }
            other => {
                cells.insert(name, item(other));
            }
        }
    }
}

/// A list item or a plain value as one cell's text: a person as
/// "Name (CC)", a quantity as "value unit", a citation as
/// "document:start-end", a span as "start-end".
fn item(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Object(o) => {
            let text = |k: &str| o.get(k).map(item).unwrap_or_default();
            if o.contains_key("name") {
                let country = text("country");
                if country.is_empty() {
                    text("name")
                } else {
                    format!("{} ({country})", text("name"))
                }
            } else if o.contains_key("unit") {
                format!("{} {}", text("value"), text("unit"))
            } else if o.contains_key("source") {
                format!("{}:{}-{}", text("source"), text("start"), text("end"))
            } else if o.contains_key("start") {
                format!("{}-{}", text("start"), text("end"))
            } else {
                value.to_string()
            }
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_statement_row_has_one_cell_per_header_column_with_lists_joined() {
        let text = "Kenya and Ghana support the ceasefire. Other news.";
        let doc = bilateral::parse(text).unwrap();
        let statement = &doc.statements[0];
        let row = document_row(Table::Statements, "k1", statement, text);
        let header = Table::Statements.document_header();
        assert_eq!(row.len(), header.len());
        let cell = |name: &str| row[header.iter().position(|h| *h == name).unwrap()].as_str();
        assert_eq!(cell("document"), "k1");
        assert_eq!(cell("actors"), "GH; KE");
        assert_eq!(cell("stance"), "support");
        assert_eq!(cell("evidence_start"), "0");
        assert_eq!(cell("evidence_text"), "Kenya and Ghana support the ceasefire.");
    }

    #[test]
    fn people_and_quantities_and_citations_read_as_short_text() {
        assert_eq!(item(&serde_json::json!({"name": "Ana Lima", "country": "BR", "titles": []})), "Ana Lima (BR)");
        assert_eq!(item(&serde_json::json!({"value": 750.0, "unit": "MW", "text": "750 megawatts"})), "750.0 MW");
        assert_eq!(item(&serde_json::json!({"source": "a", "start": 3, "end": 9})), "a:3-9");
    }
}
