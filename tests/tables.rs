//! Table-driven tests: statements from `tests/data/statements.tsv` (the date and
//! quantity tables run as unit tests of their stages).

use bilateral::Parser;

fn rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
}

fn norm(s: &str) -> String {
    let s = s.replace(['’', '‘'], "'").replace(['“', '”', '"'], "").to_lowercase();
    let s = s.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    s.strip_prefix("the ").unwrap_or(&s).to_string()
}

/// Context that makes "both sides" mean China and Pakistan.
const CONTEXT: &str = "China and Pakistan held talks in Beijing on May 5, 2025. ";

#[test]
fn statements_table() {
    let data = include_str!("data/statements.tsv");
    let parser = Parser::new();
    let mut failures = Vec::new();
    let mut count = 0;
    for row in rows(data) {
        count += 1;
        let (text, actors, stance, topic, target) = (row[0], row[1], row[2], row[3], row[4]);
        if stance == "none" {
            let doc = parser.parse(text).expect("parse");
            if !doc.statements.is_empty() {
                failures.push(format!(
                    "{text:?}: expected no statement, got {:?} {:?}",
                    doc.statements[0].stance, doc.statements[0].topics
                ));
            }
            continue;
        }
        let (full, want_actors) = if actors == "-" {
            (format!("{CONTEXT}{text}"), "CN,PK".to_string())
        } else {
            (text.to_string(), actors.to_string())
        };
        let doc = parser.parse(&full).expect("parse");
        let got_actors = |s: &bilateral::Statement| s.actors.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(",");
        let hit = doc.statements.iter().find(|s| {
            got_actors(s) == want_actors
                && s.stance.as_str() == stance
                && s.topics.iter().any(|t| norm(t) == norm(topic))
        });
        match hit {
            None => failures.push(format!(
                "{text:?}: no {want_actors} {stance} {topic:?}; got {:?}",
                doc.statements
                    .iter()
                    .map(|s| format!("{} {} {:?}", got_actors(s), s.stance, s.topics))
                    .collect::<Vec<_>>()
            )),
            Some(s) if target != "-" && s.target.map(|t| t.to_string()) != Some(target.to_string()) => {
                failures.push(format!("{text:?}: target {:?}, want {target}", s.target));
            }
            Some(_) => {}
        }
    }
    assert!(count >= 150, "the table should hold at least 150 statements, has {count}");
    assert!(failures.is_empty(), "{} of {count} failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn an_attribution_after_the_object_is_no_topic() {
    let parser = Parser::new();
    for text in [
        "Qatar has agreed to build a new airport in Rwanda, the state-run development board said on Monday.",
        "Ghana and Togo agreed to reopen the border, Ghanaian officials told reporters.",
    ] {
        let doc = parser.parse(text).expect("parse");
        assert!(!doc.statements.is_empty(), "{text}");
        for s in &doc.statements {
            assert!(!s.topics.iter().any(|t| t.contains("board") || t.contains("officials")), "{text}: {:?}", s.topics);
        }
    }
}
