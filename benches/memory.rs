//! Peak heap of one `parse` of each hostile input (and of long news text),
//! as a multiple of the input's size, beside the heap the returned document
//! holds. The document is part of the peak, since the caller receives it;
//! the difference is the parser's working memory. The document grows with
//! what the text names (a mention per ten bytes in a list of countries), the
//! working memory with the text: it is bounded by the input's size, not by
//! its shape.
//!
//! ```text
//! cargo bench --bench memory
//! ```

use bilateral::Parser;
use peak_alloc::PeakAlloc;
use std::hint::black_box;

mod common;

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

/// The seed articles, repeated to about `target` bytes as one document.
fn long_news(target: usize) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut seeds: Vec<String> =
        std::fs::read_dir(dir).expect("seeds").filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok()).collect();
    seeds.sort();
    let mut out = String::new();
    while out.len() < target {
        for s in &seeds {
            out.push_str(s);
            out.push('\n');
        }
    }
    out
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument filters the cases by name.
    let filter: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let parser = Parser::new().max_input_len(usize::MAX);
    let mut cases = common::cases();
    cases.push(("seeds_as_one_10MB_document", long_news(10 << 20)));
    println!(
        "{:<28} {:>8} {:>9} {:>7} {:>9} {:>7} {:>9} {:>7}",
        "case", "input MB", "peak MB", "×", "doc MB", "×", "work MB", "×"
    );
    for (name, text) in cases {
        if !filter.is_empty() && !filter.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        let before = HEAP.current_usage();
        HEAP.reset_peak_usage();
        let doc = parser.parse(black_box(&text));
        let peak = HEAP.peak_usage() - before;
        let kept = HEAP.current_usage() - before;
        drop(doc);
        let mb = |b: usize| b as f64 / (1 << 20) as f64;
        let times = |b: usize| b as f64 / text.len() as f64;
        // What the parser held beyond the document it returns.
        let work = peak.saturating_sub(kept);
        println!(
            "{name:<28} {:>8.1} {:>9.1} {:>7.1} {:>9.1} {:>7.1} {:>9.1} {:>7.1}",
            mb(text.len()),
            mb(peak),
            times(peak),
            mb(kept),
            times(kept),
            mb(work),
            times(work)
        );
    }
}
