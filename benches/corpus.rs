//! Fusion of 10,000 synthetic documents: indexed by key, never all pairs.
//!
//! ```text
//! cargo bench --bench corpus
//! ```

use bilateral::{
    Corpus, Country, Dialogue, DialogueKind, Document, Incident, IncidentKind, Project, Stance, Statement, When,
};
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};

/// A document reporting a few records, overlapping with others by construction.
fn synthetic(i: usize) -> Document {
    let day = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Duration::days((i % 1500) as i64);
    let pairs = [[Country::CN, Country::PK], [Country::IN, Country::US], [Country::AF, Country::PK]];
    let parties = pairs[i % 3].to_vec();
    Document {
        id: format!("doc{i:05}"),
        dialogues: vec![Dialogue {
            kind: DialogueKind::StrategicDialogue,
            mechanism: Some("Strategic Dialogue".into()),
            parties: parties.clone(),
            round: Some((i % 40) as u32),
            when: Some(When::day(day, "")),
            venue: Some(["Beijing", "Islamabad", "Kabul"][i % 3].into()),
            chairs: vec![],
            evidence: vec![],
        }],
        projects: vec![Project {
            name: format!("Project {}", i % 700),
            aliases: vec![format!("P{}", i % 700)],
            sector: None,
            status: None,
            location: None,
            metrics: vec![],
            parent: None,
            evidence: vec![],
        }],
        incidents: vec![Incident {
            kind: IncidentKind::Attack,
            when: When::month(2020 + (i % 5) as i32, 1 + (i % 12) as u32, ""),
            location: Some(["Quetta", "Karachi", "Gwadar"][i % 3].into()),
            killed: Some((i % 9) as u32),
            injured: None,
            victims: vec![Country::CN],
            perpetrator: None,
            participants: vec![],
            personnel: None,
            ordinal: None,
            evidence: vec![],
        }],
        statements: vec![Statement {
            actors: parties,
            speaker: None,
            stance: Stance::ALL[i % Stance::ALL.len()],
            topics: vec![format!("topic {}", i % 500)],
            target: None,
            quote: None,
            cameo: None,
            evidence: vec![],
        }],
        ..Document::default()
    }
}

fn fusion(c: &mut Criterion) {
    let docs: Vec<Document> = (0..10_000).map(synthetic).collect();
    let mut group = c.benchmark_group("fusion");
    group.sample_size(10);
    group.bench_function("add_and_fuse_10k_documents", |b| {
        b.iter(|| {
            let mut corpus = Corpus::new();
            for d in &docs {
                corpus.add_document(d.clone());
            }
            corpus.fused().dialogues.len()
        })
    });
    group.finish();
}

criterion_group!(benches, fusion);
criterion_main!(benches);
