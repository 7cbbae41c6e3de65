//! The timeline page laid out by a real browser (headless Chromium): every
//! record present, x increasing with dates, the conflict marked, no label
//! outside its box. Runs when Chromium is installed (`.ci/run` installs it
//! and sets `BILATERAL_BROWSER_TESTS=required`, which makes a missing browser
//! a failure rather than a skip).

use bilateral::Corpus;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The Chromium binary, if there is one.
fn chromium() -> Option<PathBuf> {
    let candidates =
        [std::env::var("BILATERAL_CHROMIUM").ok(), Some("chromium".into()), Some("chromium-browser".into())];
    let found = candidates
        .into_iter()
        .flatten()
        .find(|c| Command::new(c).arg("--version").output().is_ok_and(|o| o.status.success()));
    if found.is_none() {
        assert!(
            std::env::var("BILATERAL_BROWSER_TESTS").as_deref() != Ok("required"),
            "BILATERAL_BROWSER_TESTS=required but no chromium on PATH"
        );
        eprintln!("timeline page tests skipped: no chromium on PATH");
    }
    found.map(PathBuf::from)
}

/// Run after the page's own script: what the browser laid out, as JSON in `<pre id="check">`.
const CHECKER: &str = r#"<script>
(function () {
  var out = { rendered: document.body.getAttribute("data-rendered"), ids: [], order: [], conflicts: [], overflow: [], html_overflow: [], outside: [] };
  var svg = document.getElementById("timeline").getBoundingClientRect();
  document.querySelectorAll("[data-id]").forEach(function (e) { out.ids.push(e.getAttribute("data-id")); });
  document.querySelectorAll("[data-members]").forEach(function (e) {
    e.getAttribute("data-members").split(" ").forEach(function (m) { if (m) out.ids.push(m); });
  });
  document.querySelectorAll("g.rec").forEach(function (g) {
    out.order.push([g.getAttribute("data-start"), g.querySelector(".anchor").getBoundingClientRect().left]);
    var t = g.querySelector("text.label"), b = g.querySelector("rect.box");
    if (t) {
      var tr = t.getBoundingClientRect(), br = b.getBoundingClientRect();
      if (tr.left < br.left - 0.5 || tr.right > br.right + 0.5 || tr.top < br.top - 0.5 || tr.bottom > br.bottom + 0.5)
        out.overflow.push(g.getAttribute("data-id") + ": " + t.textContent);
    }
    var r = g.getBoundingClientRect();
    if (r.right > svg.right + 0.5 || r.left < svg.left - 0.5) out.outside.push(g.getAttribute("data-id"));
  });
  var conflicted = document.querySelectorAll("g.rec.conflict");
  conflicted.forEach(function (g) { out.conflicts.push([g.getAttribute("data-id"), g.getAttribute("data-conflict"), g.textContent]); });
  // Open the first conflicted record's details, as a reader would.
  if (conflicted.length) conflicted[0].dispatchEvent(new MouseEvent("click", { bubbles: true }));
  out.details = document.getElementById("details").textContent;
  document.querySelectorAll("header *, #details *, #undated li").forEach(function (e) {
    var style = getComputedStyle(e);
    if (style.display !== "inline" && e.scrollWidth > e.clientWidth + 1) out.html_overflow.push(e.tagName + ": " + e.textContent.slice(0, 60));
  });
  var pre = document.createElement("pre");
  pre.id = "check";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>"#;

/// Lays out `page` in headless Chromium and returns the checker's findings
/// and how long the browser took.
fn lay_out(browser: &Path, page: &str, name: &str) -> (Value, f64) {
    let dir = std::env::temp_dir().join(format!("bilateral-page-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("page.html");
    let checked = page.replace("</body>", &format!("{CHECKER}</body>"));
    std::fs::write(&file, checked).unwrap();
    let started = Instant::now();
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1400,900",
            "--virtual-time-budget=5000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("file://{}", file.display()))
        .output()
        .unwrap();
    let seconds = started.elapsed().as_secs_f64();
    let dom = String::from_utf8_lossy(&out.stdout);
    let start = dom
        .find("<pre id=\"check\">")
        .unwrap_or_else(|| panic!("no check output: {}", String::from_utf8_lossy(&out.stderr)));
    let rest = &dom[start + "<pre id=\"check\">".len()..];
    let json = &rest[..rest.find("</pre>").unwrap()];
    let json = json.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    let _ = std::fs::remove_dir_all(&dir);
    (serde_json::from_str(&json).unwrap(), seconds)
}

/// Every fused record's id, as the page names it.
fn record_ids(corpus: &Corpus) -> Vec<String> {
    let f = corpus.fused();
    let mut ids = Vec::new();
    for (list, n) in [
        ("dialogues", f.dialogues.len()),
        ("projects", f.projects.len()),
        ("incidents", f.incidents.len()),
        ("statements", f.statements.len()),
    ] {
        ids.extend((0..n).map(|i| format!("{list}/{i}")));
    }
    ids
}

fn assert_laid_out_well(check: &Value, corpus: &Corpus) {
    assert_eq!(check["rendered"], "1");
    let shown: std::collections::HashSet<&str> =
        check["ids"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    let missing: Vec<String> = record_ids(corpus).into_iter().filter(|id| !shown.contains(id.as_str())).collect();
    assert!(missing.is_empty(), "records missing from the page: {missing:?}");
    let mut order: Vec<(String, f64)> = check["order"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p[0].as_str().unwrap().to_string(), p[1].as_f64().unwrap()))
        .collect();
    assert!(!order.is_empty());
    order.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    for w in order.windows(2) {
        assert!(w[0].1 <= w[1].1 + 0.01, "{} drawn right of {}: {} > {}", w[0].0, w[1].0, w[0].1, w[1].1);
        if w[0].0 < w[1].0 {
            assert!(w[0].1 < w[1].1 || (w[1].1 - w[0].1).abs() < 1.5, "a later date is not further right");
        }
    }
    assert_eq!(check["overflow"], serde_json::json!([]), "labels outside their boxes");
    assert_eq!(check["outside"], serde_json::json!([]), "records outside the chart");
    assert_eq!(check["html_overflow"], serde_json::json!([]), "text overflowing its box");
}

fn seeds_corpus() -> Corpus {
    let mut corpus = Corpus::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for f in files {
        corpus.add(&f.file_stem().unwrap().to_string_lossy(), &std::fs::read_to_string(&f).unwrap()).unwrap();
    }
    corpus
}

#[test]
fn the_seeds_timeline_shows_every_record_in_date_order_with_the_seventh_rounds_date_conflict() {
    let Some(browser) = chromium() else { return };
    let corpus = seeds_corpus();
    let (check, _) = lay_out(&browser, &corpus.timeline_html(), "seeds");
    assert_laid_out_well(&check, &corpus);
    let conflicts = check["conflicts"].as_array().unwrap();
    let seventh = conflicts
        .iter()
        .find(|c| c[2].as_str().unwrap().contains("round 7"))
        .unwrap_or_else(|| panic!("the seventh round is not marked as disputed: {conflicts:?}"));
    let values = seventh[1].as_str().unwrap();
    assert!(values.contains("2026-01-04") && values.contains("2026-01-05"), "{values}");
    let details = check["details"].as_str().unwrap();
    assert!(details.contains("Sources disagree on when") && details.contains("bytes"), "{details}");
}

/// Documents about many country pairs over six years: talks, attacks, exercises, statements.
fn synthetic(n: usize) -> Vec<(String, String)> {
    let countries = ["Kenya", "Ghana", "Brazil", "Chile", "Japan", "Vietnam", "Egypt", "Jordan", "Peru", "Nepal"];
    let cities = ["Nairobi", "Accra", "Brasilia", "Santiago", "Tokyo", "Hanoi", "Cairo", "Amman", "Lima", "Kathmandu"];
    let months: Vec<&str> = (1..=12u8).map(|m| chrono::Month::try_from(m).map_or("", |m| m.name())).collect();
    (0..n)
        .map(|i| {
            let (a, b) = (i % countries.len(), (i / countries.len() + i + 1) % countries.len());
            let b = if a == b { (b + 1) % countries.len() } else { b };
            let (year, month, day) = (2020 + (i * 7 / 365) % 6, months[(i * 5) % 12], 1 + (i * 11) % 27);
            let published = format!("{month} {}, {year}", day + 1);
            let body = match i % 4 {
                0 => format!(
                    "{} and {} held talks in {} on {month} {day}, {year}.",
                    countries[a], countries[b], cities[a]
                ),
                1 => {
                    format!("{} people were killed in an attack in {} on {month} {day}, {year}.", 2 + i % 9, cities[b])
                }
                2 => format!(
                    "{} and {} began a joint military exercise in {} on {month} {day}, {year}.",
                    countries[a], countries[b], cities[a]
                ),
                _ => format!(
                    "{} and {} signed a trade pact in {} on {month} {day}, {year}.",
                    countries[b], countries[a], cities[b]
                ),
            };
            let body = format!(
                "{body} {} firmly supports {} on the water-sharing plan number {i}.",
                countries[a], countries[b]
            );
            (format!("doc{i:04}"), format!("{published}\n\nReport {i}\n\n{body}\n"))
        })
        .collect()
}

#[test]
fn a_thousand_document_timeline_stays_readable() {
    let Some(browser) = chromium() else { return };
    let texts = synthetic(1000);
    let started = Instant::now();
    let (corpus, errors) = Corpus::from_texts(texts);
    assert!(errors.is_empty());
    let page = corpus.timeline_html();
    let build = started.elapsed().as_secs_f64();
    let (check, open) = lay_out(&browser, &page, "thousand");
    assert_laid_out_well(&check, &corpus);
    let records = record_ids(&corpus).len();
    eprintln!("{records} records");
    assert!(records >= 1000, "the synthetic corpus has a record per document");
    eprintln!(
        "1,000-document timeline: built (parse, fuse, page) in {build:.2} s, {} KB; laid out by Chromium in {open:.2} s",
        page.len() / 1024
    );
}
