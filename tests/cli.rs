//! The `bilateral` command, run as a user runs it: outputs and every error
//! case with its message and exit status.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bilateral(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bilateral")).args(args).stdin(Stdio::null()).output().unwrap()
}

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bilateral-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn arg(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn extract_prints_the_documents_and_corpus_the_library_makes() {
    let out = bilateral(&["extract", SEEDS]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["schema"], "bilateral/1");
    let documents = json["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 5);
    let mut corpus = bilateral::Corpus::new();
    for doc in documents {
        let id = doc["id"].as_str().unwrap();
        let text = std::fs::read_to_string(format!("{}/{id}.txt", SEEDS)).unwrap();
        let mut expected = bilateral::Parser::new().parse_with_id(id, &text).unwrap();
        expected.mentions.clear();
        assert_eq!(doc, &serde_json::to_value(&expected).unwrap(), "{id}");
        corpus.add_document(expected);
    }
    assert_eq!(json["corpus"], serde_json::to_value(corpus.fused()).unwrap());
}

#[test]
fn jsonl_lines_name_the_format_and_csv_has_one_row_per_record() {
    let out = bilateral(&["extract", "--format", "jsonl", SEEDS]);
    assert!(out.status.success());
    let lines: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 5);
    assert!(lines.iter().all(|l| l["schema"] == "bilateral/1" && l["id"].is_string()));
    let statements: usize = lines.iter().map(|l| l["statements"].as_array().unwrap().len()).sum();

    let out = bilateral(&["extract", "--format", "csv", "--table", "statements", SEEDS]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "document");
    assert!(header.iter().any(|h| h == "evidence_text"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), statements);
    assert!(rows.iter().all(|r| r.len() == header.len() && !r[header.len() - 1].is_empty()));
}

#[test]
fn query_filters_by_stance_actor_and_kind() {
    let out = bilateral(&["query", SEEDS, "--actor", "PK", "--stance", "support", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(json.get("dialogues").is_none(), "a stance filter leaves only statements");
    let statements = json["statements"].as_array().unwrap();
    assert!(!statements.is_empty());
    assert!(statements.iter().all(|s| s["stance"] == "support" && s["actors"].to_string().contains("PK")));

    let out = bilateral(&["query", SEEDS, "--kind", "attack", "--format", "csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("sources,kind,"));
    assert!(text.lines().skip(1).all(|l| l.contains(",attack,")));

    let out = bilateral(&["query", SEEDS, "--format", "csv"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--type"));
    let out = bilateral(&["query", SEEDS, "--kind", "picnic"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("picnic"));
}

#[test]
fn timeline_writes_its_page_to_the_html_path_and_does_not_read_it() {
    let dir = scratch("timeline");
    let page = dir.join("page.html");
    std::fs::write(dir.join("a.txt"), "Kenya and Ghana held talks in Nairobi on March 3, 2025.").unwrap();
    for _ in 0..2 {
        let out = bilateral(&["timeline", arg(&dir), "--html", arg(&page)]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(stdout(&out).lines().count(), 1, "one dated record, the page not read as input");
    }
    assert!(std::fs::read_to_string(&page).unwrap().contains("2025-03-03"));
}

#[test]
fn no_input_missing_paths_bad_flags_bad_dates_and_bad_lexicons_are_usage_errors() {
    let empty = scratch("empty");
    let cases: [(Vec<&str>, &str); 6] = [
        (vec!["extract", arg(&empty)], "no input found"),
        (vec!["extract", "/no/such/folder"], "no such file"),
        (vec!["extract", "--csv", SEEDS], "--csv"),
        (vec!["extract"], "PATH"),
        (vec!["query", SEEDS, "--since", "2026-02-30"], "2026-02-30"),
        (vec!["extract", "--format", "csv", SEEDS], "--table"),
    ];
    for (args, message) in cases {
        let out = bilateral(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?} wrote output before failing");
    }
    let dir = scratch("lexicon");
    let lexicon = dir.join("mine.tsv");
    std::fs::write(&lexicon, "person\tAna Lima\t\tBR\n\nplanet\tMars\n").unwrap();
    let out = bilateral(&["extract", "--lexicon", arg(&lexicon), SEEDS]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains(&format!("{}:3:", lexicon.display())), "{}", stderr(&out));
}

#[test]
fn a_bad_file_is_reported_and_the_batch_goes_on_to_exit_1() {
    let dir = scratch("batch");
    std::fs::write(dir.join("a.txt"), b"Kenya condemned the attack in Nairobi.").unwrap();
    std::fs::write(dir.join("b.txt"), b"caf\xe9 society \xff\xfe").unwrap();
    std::fs::write(dir.join("c.txt"), b"Ghana welcomed the talks.").unwrap();
    let out = bilateral(&["extract", "--format", "jsonl", arg(&dir)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("b.txt") && stderr(&out).contains("UTF-8"), "{}", stderr(&out));
    let ids: Vec<String> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["a", "c"]);
    // Read as Windows-1252, the same file is text.
    let out = bilateral(&["extract", "--format", "jsonl", "--encoding", "auto", arg(&dir)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 3);
    assert!(stdout(&out).contains("café"));
}

#[test]
fn recursive_folders_and_stdin_are_read() {
    let dir = scratch("deep");
    std::fs::create_dir_all(dir.join("2025/03")).unwrap();
    std::fs::write(dir.join("2025/03/x.txt"), "Ghana welcomed the talks.").unwrap();
    assert_eq!(bilateral(&["extract", arg(&dir)]).status.code(), Some(2));
    let out = bilateral(&["extract", "--recursive", "--format", "jsonl", arg(&dir)]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("\"id\":\"x\""));

    let mut child = Command::new(env!("CARGO_BIN_EXE_bilateral"))
        .args(["extract", "--format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"Kenya condemned the attack.").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(stdout(&out).contains("\"id\":\"stdin\"") && stdout(&out).contains("condemn"));
}

#[test]
fn schema_prints_the_checked_in_schema() {
    let out = bilateral(&["schema"]);
    let printed: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(printed, bilateral::wire_schema());
}
