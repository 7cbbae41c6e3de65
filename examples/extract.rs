//! Prints the `bilateral/1` JSON of every `.txt` file named on the command
//! line (directories are searched one level deep, in name order).
//!
//! ```text
//! cargo run --release --example extract -- seeds
//! cargo run --release --example extract -- --mentions seeds/000_ac1d386c61ac9a3c.txt
//! cargo run --release --example extract -- --jsonl big-folder/ > docs.jsonl
//! ```
//!
//! Unreadable files are reported on stderr; the rest are still printed, and
//! the exit status is 1 if any file failed. Each document's id is its file
//! name without `.txt`, made unique within the run when two files share a
//! name (see `common::document_ids`).

mod common;

use bilateral::{Corpus, Document, Parser};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut with_mentions = false;
    let mut jsonl = false;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--mentions" => with_mentions = true,
            "--jsonl" => jsonl = true,
            "-h" | "--help" => {
                eprintln!("usage: extract [--mentions] [--jsonl] PATH...");
                return ExitCode::SUCCESS;
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    let mut failed = false;
    let inputs = common::inputs(&paths, &mut failed);
    let parser = Parser::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut corpus = Corpus::new();
    let mut documents: Vec<Document> = Vec::new();
    for (file, id) in &inputs {
        // A file over the parser's limit is refused before it is read into memory.
        let len = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
        if len > bilateral::DEFAULT_MAX_INPUT as u64 {
            let e = bilateral::Error::InputTooLarge { len: len as usize, limit: bilateral::DEFAULT_MAX_INPUT };
            eprintln!("{}: {e}", file.display());
            failed = true;
            continue;
        }
        let doc = match std::fs::read(file)
            .map_err(|source| bilateral::Error::Io { path: file.display().to_string(), source })
        {
            // The library does not panic; if a bug ever made it, one article must not cost the batch.
            Ok(bytes) => match std::panic::catch_unwind(|| parser.parse_bytes(id, &bytes)) {
                Ok(result) => result,
                Err(_) => {
                    eprintln!("{}: internal error while parsing (please report it with this file)", file.display());
                    failed = true;
                    continue;
                }
            },
            Err(e) => Err(e),
        };
        let mut doc = match doc {
            Ok(doc) => doc,
            Err(e @ bilateral::Error::Io { .. }) => {
                // The error already names the file.
                eprintln!("{e}");
                failed = true;
                continue;
            }
            Err(e) => {
                eprintln!("{}: {e}", file.display());
                failed = true;
                continue;
            }
        };
        if !with_mentions {
            doc.mentions.clear();
        }
        if jsonl {
            // Streams: one document a line, nothing kept in memory.
            let mut line = serde_json::to_value(&doc).unwrap_or_default();
            line["schema"] = bilateral::WIRE_FORMAT.into();
            if serde_json::to_writer(&mut out, &line).is_err() || writeln!(out).is_err() {
                return ExitCode::FAILURE;
            }
        } else {
            corpus.add_document(doc.clone());
            documents.push(doc);
        }
    }
    if !jsonl {
        let value = serde_json::json!({
            "schema": bilateral::WIRE_FORMAT,
            "documents": documents,
            "corpus": corpus.fused(),
        });
        if serde_json::to_writer_pretty(&mut out, &value).is_err() || writeln!(out).is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
