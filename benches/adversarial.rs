//! Hostile inputs, each measured in MB/s: every stage must stay linear.
//!
//! ```text
//! cargo bench --bench adversarial
//! ```

use bilateral::Parser;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

fn cases() -> Vec<(&'static str, String)> {
    let list: Vec<String> = (0..10_000).map(|i| format!("item{i}")).collect();
    vec![
        ("50MB_single_line", "lorem ipsum dolor sit amet, China and ".repeat(50 << 20 >> 5)),
        ("1MB_one_character", "a".repeat(1 << 20)),
        ("100k_quote_marks", "“".repeat(100_000)),
        ("100k_china_and_pakistan", "China and Pakistan, ".repeat(100_000)),
        ("nested_brackets", format!("{}{}", "(".repeat(500_000), ")".repeat(500_000))),
        ("nul_and_control_bytes", "China\u{0}supports\u{1}Pakistan\u{7f}.\u{200b} ".repeat(50_000)),
        (
            "mixed_scripts",
            "پاکستان اور چین نے تعاون پر اتفاق کیا۔ 中国和巴基斯坦同意加强合作。 China supports Pakistan. "
                .repeat(10_000),
        ),
        ("10k_item_list", format!("Pakistan supports {}.", list.join(", "))),
        ("stance_storm", "China supports Pakistan on Taiwan and ".repeat(50_000)),
    ]
}

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
