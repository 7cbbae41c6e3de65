//! Full `parse` over the seed articles repeated to about 10 MB, beside the
//! floor any gazetteer extractor pays: a bare scan of the same bytes with the
//! crate's own compiled lexicon automaton. With the `parallel` feature, also
//! a 1,000-document batch on one thread and on all cores.
//!
//! ```text
//! cargo bench --bench throughput
//! cargo bench --bench throughput --features parallel
//! ```

use bilateral::{Lexicon, Parser};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

/// The seeds, repeated until they hold about `target` bytes.
fn corpus(target: usize) -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut seeds: Vec<String> =
        std::fs::read_dir(dir).expect("seeds").filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok()).collect();
    seeds.sort();
    let mut out = Vec::new();
    let mut total = 0;
    while total < target {
        for s in &seeds {
            total += s.len();
            out.push(s.clone());
        }
    }
    out
}

fn throughput(c: &mut Criterion) {
    let docs = corpus(10 << 20);
    let bytes: usize = docs.iter().map(String::len).sum();
    let parser = Parser::new();
    let lexicon = Lexicon::shared();
    let mut group = c.benchmark_group("seeds_10MB");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("bare_automaton_scan", |b| {
        b.iter(|| docs.iter().map(|d| lexicon.raw_match_count(black_box(d))).sum::<usize>())
    });
    group.bench_function("lexicon_find", |b| {
        b.iter(|| docs.iter().map(|d| lexicon.find(black_box(d)).len()).sum::<usize>())
    });
    group.bench_function("full_parse", |b| {
        b.iter(|| {
            docs.iter().map(|d| parser.parse(black_box(d)).map(|doc| doc.statements.len()).unwrap_or(0)).sum::<usize>()
        })
    });
    group.finish();
}

#[cfg(feature = "parallel")]
fn parallel(c: &mut Criterion) {
    let docs = corpus(1);
    let batch: Vec<(String, String)> = (0..1000).map(|i| (format!("d{i}"), docs[i % docs.len()].clone())).collect();
    let bytes: usize = batch.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("batch_1000_docs");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("pool");
        group.bench_function(format!("from_texts_{threads}_threads"), |b| {
            // The texts are lent, not copied, and the corpus is dropped outside the timing: what is
            // measured is the library turning the batch into a corpus.
            b.iter_with_large_drop(|| {
                pool.install(|| bilateral::Corpus::from_texts(batch.iter().map(|(id, t)| (id.as_str(), t.as_str()))))
            })
        });
    }
    group.finish();
}

#[cfg(feature = "parallel")]
criterion_group!(benches, throughput, parallel);
#[cfg(not(feature = "parallel"))]
criterion_group!(benches, throughput);
criterion_main!(benches);
