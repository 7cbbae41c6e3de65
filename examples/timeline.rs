//! Prints a dated timeline of dialogues and incidents, and writes it as a
//! self-contained HTML page (`timeline.html`, or the path after `--html`).
//!
//! ```text
//! cargo run --release --example timeline -- seeds
//! ```

mod common;

fn main() {
    let corpus = common::corpus_from_args();
    let args: Vec<String> = std::env::args().collect();
    let html_path = args
        .iter()
        .position(|a| a == "--html")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| "timeline.html".into());
    for e in corpus.timeline() {
        println!(
            "{:<25} {:<6} {}  [{} source(s)]",
            e.when.to_string(),
            e.when.precision.as_str(),
            e.label,
            e.sources.len()
        );
    }
    match std::fs::write(&html_path, corpus.timeline_html()) {
        Ok(()) => eprintln!("wrote {html_path}"),
        Err(e) => eprintln!("{html_path}: {e}"),
    }
}
