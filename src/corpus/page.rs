//! The corpus as a self-contained HTML timeline page.

use super::{Corpus, RecordList};

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

impl Corpus {
    /// The dated records as one self-contained HTML page (no network).
    ///
    /// ```
    /// let mut corpus = bilateral::Corpus::new();
    /// corpus.add("a", "Kenya and Ghana held talks in Nairobi on March 3, 2025.").unwrap();
    /// let page = corpus.timeline_html();
    /// assert!(page.starts_with("<!doctype html>"));
    /// assert!(page.contains("2025-03-03"));
    /// ```
    pub fn timeline_html(&self) -> String {
        let mut rows = String::new();
        for e in self.timeline() {
            rows.push_str(&format!(
                "<li class=\"{}\"><time>{}</time><span>{}</span><small>{}</small></li>\n",
                if e.record.list == RecordList::Incidents { "incident" } else { "dialogue" },
                escape(&e.when.to_string()),
                escape(&e.label),
                escape(&e.sources.join(", "))
            ));
        }
        format!("<!doctype html><meta charset=\"utf-8\"><title>bilateral timeline</title>\n<h1>Timeline</h1>\n<ul>\n{rows}</ul>\n")
    }
}
