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
    let mut dialogue = Dialogue::new(DialogueKind::StrategicDialogue, parties.clone());
    dialogue.mechanism = Some("Strategic Dialogue".into());
    dialogue.round = Some((i % 40) as u32);
    dialogue.when = Some(When::day(day, ""));
    dialogue.venue = Some(["Beijing", "Islamabad", "Kabul"][i % 3].into());
    let mut project = Project::new(format!("Project {}", i % 700));
    project.aliases = vec![format!("P{}", i % 700)];
    let mut incident = Incident::new(IncidentKind::Attack);
    incident.when = When::month(2020 + (i % 5) as i32, 1 + (i % 12) as u32, "");
    incident.location = Some(["Quetta", "Karachi", "Gwadar"][i % 3].into());
    incident.killed = Some((i % 9) as u32);
    incident.victims = vec![Country::CN];
    let mut statement = Statement::new(parties, Stance::ALL[i % Stance::ALL.len()], [format!("topic {}", i % 500)]);
    statement.cameo = None;
    let mut doc = Document::new(format!("doc{i:05}"));
    doc.dialogues = vec![dialogue];
    doc.projects = vec![project];
    doc.incidents = vec![incident];
    doc.statements = vec![statement];
    doc
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
