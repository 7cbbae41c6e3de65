//! Table-driven tests: dates, quantities and statements from `tests/data/*.tsv`.

use bilateral::{Parser, Span};
use chrono::NaiveDate;

fn rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("bad date {s:?} in table: {e}"))
}

#[test]
fn date_expressions_normalize() {
    let data = include_str!("data/dates.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for row in rows(data) {
        count += 1;
        let (reference, text, expression) = (date(row[0]), row[1], row[2]);
        let found = bilateral::time::scan(text, &[Span::new(0, text.len())], Some(reference));
        if expression == "-" {
            if !found.is_empty() {
                failures.push(format!("{text:?}: expected no date, found {:?}", found[0].span.of(text)));
            }
            continue;
        }
        let Some(m) =
            found.iter().find(|m| m.span.of(text).is_some_and(|t| t.contains(expression) || expression.contains(t)))
        else {
            failures.push(format!(
                "{text:?}: no date expression {expression:?} (found {:?})",
                found.iter().map(|m| m.span.of(text)).collect::<Vec<_>>()
            ));
            continue;
        };
        match (row.get(3).copied(), &m.when) {
            (Some("-"), None) => {}
            (Some("-"), Some(w)) => {
                failures.push(format!("{text:?}: {expression:?} should stay unresolved, got {} {}", w.start, w.end))
            }
            (_, None) => failures.push(format!("{text:?}: {expression:?} unresolved")),
            (_, Some(w)) => {
                let (start, end, precision) = (date(row[3]), date(row[4]), row[5]);
                if w.start != start || w.end != end || w.precision.as_str() != precision {
                    failures.push(format!(
                        "{text:?}: {expression:?} → {} {} {}, want {start} {end} {precision}",
                        w.start, w.end, w.precision
                    ));
                }
            }
        }
    }
    assert!(count >= 80, "the table should hold at least 80 expressions, has {count}");
    assert!(failures.is_empty(), "{} of {count} failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn quantities_normalize() {
    let data = include_str!("data/quantities.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for row in rows(data) {
        count += 1;
        let text = row[0];
        let found = bilateral::quantity::scan(text, Span::new(0, text.len()));
        if row[1] == "-" {
            if !found.is_empty() {
                failures.push(format!("{text:?}: expected nothing, found {:?}", found[0].text));
            }
            continue;
        }
        let value: f64 = row[1].parse().expect("value");
        let Some(q) = found.first() else {
            failures.push(format!("{text:?}: nothing found"));
            continue;
        };
        let ok = (q.value - value).abs() <= 1e-6 * value.abs().max(1.0)
            && q.unit.as_str() == row[2]
            && q.approximate.to_string() == row[3];
        if !ok {
            failures.push(format!(
                "{text:?}: got {} {} approx={}, want {value} {} approx={}",
                q.value, q.unit, q.approximate, row[2], row[3]
            ));
        }
        let span = q.span.expect("quantities carry spans");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
    assert!(count >= 40, "the table should hold at least 40 quantities, has {count}");
    assert!(failures.is_empty(), "{} of {count} failed:\n{}", failures.len(), failures.join("\n"));
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
    assert!(count >= 60, "the table should hold at least 60 statements, has {count}");
    assert!(failures.is_empty(), "{} of {count} failed:\n{}", failures.len(), failures.join("\n"));
}
