//! Prints a dated timeline of dialogues and incidents, and writes it as a
//! self-contained HTML page (`timeline.html`, or the path after `--html`).
//!
//! ```text
//! cargo run --release --example timeline -- seeds
//! ```

mod common;

use bilateral::{Precision, RecordList};

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn main() {
    let corpus = common::corpus_from_args();
    let args: Vec<String> = std::env::args().collect();
    let html_path = args
        .iter()
        .position(|a| a == "--html")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| "timeline.html".into());
    let entries = corpus.timeline();
    let mut rows = String::new();
    for e in &entries {
        let date = match e.when.precision {
            Precision::Day if e.when.start == e.when.end => e.when.start.format("%Y-%m-%d").to_string(),
            Precision::Day => format!("{} – {}", e.when.start.format("%Y-%m-%d"), e.when.end.format("%Y-%m-%d")),
            Precision::Month => e.when.start.format("%Y-%m").to_string(),
            _ => e.when.start.format("%Y").to_string(),
        };
        println!("{date:<25} {:<6} {}  [{} source(s)]", e.when.precision.as_str(), e.label, e.sources.len());
        rows.push_str(&format!(
            "<li class=\"{}\"><time>{}</time><span>{}</span><small>{}</small></li>\n",
            if e.record.list == RecordList::Incidents { "incident" } else { "dialogue" },
            escape(&date),
            escape(&e.label),
            escape(&e.sources.join(", "))
        ));
    }
    let page = format!(
        "<!doctype html><meta charset=\"utf-8\"><title>bilateral timeline</title>\n<style>\
         body{{font:15px system-ui;margin:2em;max-width:60em}} ul{{list-style:none;border-left:3px solid #888;padding-left:1.2em}}\
         li{{margin:.8em 0;position:relative}} li:before{{content:'';position:absolute;left:-1.65em;top:.35em;width:.7em;height:.7em;border-radius:50%;background:#36c}}\
         li.incident:before{{background:#c33}} time{{font-weight:600;display:inline-block;min-width:13em}} small{{color:#777;display:block;margin-left:13em}}\
         </style>\n<h1>Timeline</h1>\n<ul>\n{rows}</ul>\n"
    );
    match std::fs::write(&html_path, page) {
        Ok(()) => eprintln!("wrote {html_path}"),
        Err(e) => eprintln!("{html_path}: {e}"),
    }
}
