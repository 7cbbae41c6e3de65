//! Inputs shared by the benchmarks.

/// Hostile inputs, by name: every stage must stay linear in time and memory.
pub fn cases() -> Vec<(&'static str, String)> {
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
