//! The five seed articles: header fields and the records a reader expects.

use bilateral::{Country, DialogueKind, Document, IncidentKind, Parser, Sector, Status};

fn seed(name: &str) -> Document {
    let path = format!("{}/seeds/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Parser::new().parse_bytes(name, &bytes).expect("seeds parse")
}

#[test]
fn seed_000_header() {
    let d = seed("000_ac1d386c61ac9a3c");
    assert_eq!(
        d.headline.as_deref(),
        Some("China-Pakistan All-Weather Strategic Cooperation Injects Stability into a Turbulent World")
    );
    assert_eq!(d.published.map(|p| p.to_string()).as_deref(), Some("2026-01-20"));
    assert_eq!(d.dateline.as_deref(), Some("Beijing"));
    assert_eq!(d.source.as_deref(), Some("DNA"));
}

#[test]
fn seeds_without_header_have_none() {
    for name in ["001_69b7e6348e9860f3", "003_13f32b484da1426c"] {
        let d = seed(name);
        assert_eq!(d.headline, None, "{name}");
        assert_eq!(d.published, None, "{name}");
        assert_eq!(d.dateline, None, "{name}");
    }
}

#[test]
fn seed_002_drops_consent_banner_and_keeps_headline() {
    let d = seed("002_a24e954fd0a7b307");
    assert_eq!(
        d.headline.as_deref(),
        Some(
            "Chinese, Pakistani foreign ministers' meeting to focus on deepening ties, safeguarding regional security"
        )
    );
    assert_eq!(d.published, None, "a caption's date is not the publication date");
    let text =
        std::fs::read_to_string(format!("{}/seeds/002_a24e954fd0a7b307.txt", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let body: Vec<&str> = d.sentences.iter().filter(|s| !s.caption).map(|s| s.span.of(&text).unwrap()).collect();
    assert!(body.iter().all(|s| !s.contains("cookie") && !s.contains("Search Trends")));
    // Each repeated caption is kept once, marked as a caption.
    let captions = d.sentences.iter().filter(|s| s.caption).count();
    assert_eq!(captions, 3);
}

#[test]
fn seed_004_header_and_author_blurb() {
    let d = seed("004_5302f8b4374acc24");
    assert_eq!(
        d.headline.as_deref(),
        Some("Pakistan, China launch CPEC 2.0 push as strategic dialogue expands beyond infrastructure")
    );
    assert_eq!(d.published.map(|p| p.to_string()).as_deref(), Some("2026-01-07"));
    let text =
        std::fs::read_to_string(format!("{}/seeds/004_5302f8b4374acc24.txt", env!("CARGO_MANIFEST_DIR"))).unwrap();
    assert!(d.sentences.iter().all(|s| !s.span.of(&text).unwrap().contains("Monitoring Desk")));
    assert!(d.sentences.iter().all(|s| !s.span.of(&text).unwrap().contains("enter your name")));
}

#[test]
fn seed_001_seventh_round_with_date_venue_chairs() {
    let d = seed("001_69b7e6348e9860f3");
    let r7 = d.dialogues.iter().find(|x| x.round == Some(7)).expect("round 7");
    assert_eq!(r7.kind, DialogueKind::StrategicDialogue);
    assert_eq!(r7.parties, [Country::CN, Country::PK]);
    assert_eq!(r7.when.as_ref().unwrap().start.to_string(), "2026-01-04");
    assert_eq!(r7.venue.as_deref(), Some("Beijing"));
    assert_eq!(r7.chairs.len(), 2);
    assert!(d.dialogues.iter().any(|x| x.round == Some(6)), "'after the sixth' is the sixth round");
}

#[test]
fn seed_002_projects_incidents_people() {
    let d = seed("002_a24e954fd0a7b307");
    let karot = d.projects.iter().find(|p| p.name == "Karot Hydropower Project").expect("Karot");
    assert_eq!(karot.status, Some(Status::Operational));
    assert_eq!(karot.metrics.len(), 2);
    let plants = d.projects.iter().filter(|p| p.name.ends_with("coal-fired power plant")).count();
    assert_eq!(plants, 3, "one project for each place in the list");
    let cpec = d.projects.iter().find(|p| p.name == "China-Pakistan Economic Corridor").unwrap();
    assert_eq!(cpec.sector, Some(Sector::Multi));
    assert_eq!(cpec.metrics.len(), 4);
    let attacks: Vec<_> = d.incidents.iter().filter(|i| i.kind == IncidentKind::Attack).collect();
    assert_eq!(attacks.len(), 2);
    assert_eq!(attacks[1].when.as_ref().unwrap().start.to_string(), "2024-03-01", "March takes the sentence's year");
    let drill = d.incidents.iter().find(|i| i.kind == IncidentKind::Exercise).unwrap();
    assert_eq!((drill.personnel, drill.ordinal), (Some(300), Some(8)));
    assert_eq!(drill.participants, [Country::CN, Country::PK]);
    let names: Vec<&str> = d.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Wang Yi", "Ishaq Dar", "Asif Ali Zardari", "Shehbaz Sharif", "Zhang Junshe"]);
}

#[test]
fn seed_003_talks_and_counterpart() {
    let d = seed("003_13f32b484da1426c");
    let dar = d.people.iter().find(|p| p.name == "Ishaq Dar").unwrap();
    assert_eq!(dar.titles, ["Foreign Minister"], "a counterpart shares the other's title");
    let talks = &d.dialogues[0];
    assert_eq!(talks.kind, DialogueKind::Talks);
    assert_eq!(talks.when.as_ref().unwrap().start.to_string(), "2026-01-05");
    assert_eq!(talks.chairs.len(), 2);
}

#[test]
fn every_seed_span_lies_in_its_text() {
    for entry in std::fs::read_dir(format!("{}/seeds", env!("CARGO_MANIFEST_DIR"))).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let d = Parser::new().parse(&text).unwrap();
        let json = serde_json::to_value(&d).unwrap();
        let mut spans = Vec::new();
        collect_spans(&json, &mut spans);
        assert!(!spans.is_empty());
        for (s, e) in spans {
            assert!(
                s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e),
                "{path:?} {s}..{e}"
            );
        }
    }
}

/// Every `{"start": n, "end": m}` object with numeric offsets.
pub fn collect_spans(v: &serde_json::Value, out: &mut Vec<(usize, usize)>) {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(s), Some(e)) = (m.get("start").and_then(|x| x.as_u64()), m.get("end").and_then(|x| x.as_u64()))
            {
                out.push((s as usize, e as usize));
            }
            m.values().for_each(|x| collect_spans(x, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_spans(x, out)),
        _ => {}
    }
}

#[test]
fn date_lines_in_other_sites_formats() {
    for (line, want) in [
        ("January 7, 2026 10:32 AM", "2026-01-07"),
        ("Wed 7 Jan 2026 06.00 GMT", "2026-01-07"),
        ("2026-01-07T10:00:00Z", "2026-01-07"),
        ("Jan 7, 2026, 3:45 p.m. ET", "2026-01-07"),
        ("Tuesday 20 January 2026 14:05", "2026-01-20"),
        ("Tue., Jan 20, 2026", "2026-01-20"),
        ("Updated: January 7, 2026 | 10:32 PKT", "2026-01-07"),
    ] {
        let text =
            format!("{line}\n\nTalks Open in Beijing Today\n\nChina and Pakistan agreed to deepen cooperation.\n");
        let d = Parser::new().parse(&text).unwrap();
        assert_eq!(d.published.map(|p| p.to_string()).as_deref(), Some(want), "{line}");
        assert_eq!(d.headline.as_deref(), Some("Talks Open in Beijing Today"), "{line}");
    }
}
