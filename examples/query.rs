//! Answers a handful of analyst questions over a folder of articles.
//!
//! ```text
//! cargo run --release --example query -- seeds
//! ```

mod common;

use bilateral::{Country, IncidentKind, Stance, Status};

fn main() {
    let corpus = common::corpus_from_args();
    println!("{} documents\n", corpus.len());

    println!("Which positions did Pakistan endorse?");
    for s in corpus.statements().by(Country::PK).stance(Stance::Support).iter() {
        let target = s.record.target.map(|t| format!(" (backing {t})")).unwrap_or_default();
        println!("  - {}{}  [{}]", s.record.topics.join("; "), target, s.sources.join(", "));
    }

    println!("\nAttacks on Chinese nationals, with casualties:");
    for i in corpus.incidents().kind(IncidentKind::Attack).victims(Country::CN).iter() {
        let when = i.record.when.as_ref().map(|w| format!("{} ({})", w.start, w.precision)).unwrap_or_default();
        println!(
            "  - {when}: {} killed, {} injured, in {}  [{}]",
            i.record.killed.map_or("?".into(), |k| k.to_string()),
            i.record.injured.map_or("?".into(), |k| k.to_string()),
            i.record.location.as_deref().unwrap_or("?"),
            i.sources.join(", ")
        );
    }

    println!("\nCPEC and its projects by status:");
    for status in Status::ALL {
        let projects = corpus.projects().status(*status);
        if !projects.is_empty() {
            let names: Vec<&str> = projects.iter().map(|p| p.record.name.as_str()).collect();
            println!("  {status}: {}", names.join(", "));
        }
    }

    println!("\nWhen was the seventh round of the China-Pakistan strategic dialogue?");
    let fused = corpus.fused();
    for (i, d) in fused.dialogues.iter().enumerate() {
        if d.record.round != Some(7) || d.record.parties != [Country::CN, Country::PK] {
            continue;
        }
        let when = d.record.when.as_ref().map(|w| w.start.to_string()).unwrap_or_else(|| "unknown".into());
        println!("  {when} in {} ({} sources)", d.record.venue.as_deref().unwrap_or("?"), d.sources.len());
        for c in
            fused.conflicts.iter().filter(|c| c.record.list == bilateral::RecordList::Dialogues && c.record.index == i)
        {
            println!("  sources disagree on {}:", c.field);
            for v in &c.values {
                println!("    {}  ← {}", serde_json::to_string(&v.value).unwrap_or_default(), v.sources.join(", "));
            }
        }
    }
}
