//! Hostile inputs, each measured in MB/s: every stage must stay linear.
//!
//! ```text
//! cargo bench --bench adversarial
//! ```

use bilateral::Parser;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

mod common;
use common::cases;

fn adversarial(c: &mut Criterion) {
    let parser = Parser::new().max_input_len(usize::MAX);
    let mut group = c.benchmark_group("adversarial");
    group.sample_size(10);
    for (name, text) in cases() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| parser.parse(black_box(t)).map(|d| d.sentences.len()).unwrap_or(0))
        });
    }
    group.finish();
}

criterion_group!(benches, adversarial);
criterion_main!(benches);
