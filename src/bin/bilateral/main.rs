//! The `bilateral` command: extract, query and chart diplomacy news from the
//! shell. Install with `cargo install --path . --features cli`.
//!
//! Exit status: 0 when every input was read; 1 when some input could not be
//! read or parsed (each is reported on stderr, the rest is still written) or
//! the output could not be written; 2 for a usage error (bad flag, bad date,
//! bad lexicon file, no input found).

#![forbid(unsafe_code)]

mod files;
mod query;
mod read;
mod table;

use bilateral::{Corpus, Document};
use clap::{Parser as _, Subcommand, ValueEnum};
use read::{Article, Inputs};
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use table::Table;

/// Reads English news about diplomacy and writes its dialogues, projects,
/// incidents and statements (format `bilateral/1`).
#[derive(Debug, clap::Parser)]
#[command(name = "bilateral", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse articles and write what each says (JSON, JSON Lines or CSV).
    Extract {
        #[command(flatten)]
        inputs: Inputs,
        /// Output format: one JSON object with the fused corpus, one
        /// document per line, or one CSV table (`--table`).
        #[arg(long, value_enum, default_value = "json")]
        format: ExtractFormat,
        /// The CSV table to write (with `--format csv`).
        #[arg(long, value_enum)]
        table: Option<Table>,
        /// Also write every name, date and quantity found.
        #[arg(long)]
        mentions: bool,
    },
    /// List the fused records that pass every filter.
    Query {
        #[command(flatten)]
        inputs: Inputs,
        #[command(flatten)]
        filters: query::Filters,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: query::QueryFormat,
    },
    /// Dated dialogues and incidents in order, optionally as an HTML page.
    Timeline {
        #[command(flatten)]
        inputs: Inputs,
        /// Also write a self-contained HTML page to FILE.
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
        /// Print the page's data as JSON (every item with its lane, dates,
        /// fields, conflicts and evidence) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Print the JSON Schema of the output.
    Schema {
        /// The schema of one JSON Lines line instead of the whole object.
        #[arg(long)]
        line: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExtractFormat {
    /// One `bilateral/1` object: every document, then the fused corpus.
    Json,
    /// One document per line, each with `"schema": "bilateral/1"`.
    Jsonl,
    /// One CSV table, chosen with `--table`.
    Csv,
}

/// Why a run stops early, with its exit status.
#[derive(Debug)]
pub struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    /// A usage error (exit status 2).
    pub fn usage(message: String) -> Failure {
        Failure { code: 2, message }
    }

    /// A runtime error (exit status 1).
    pub fn runtime(message: String) -> Failure {
        Failure { code: 1, message }
    }

    /// The output could not be written (a closed pipe ends the run quietly).
    pub fn write(e: impl std::fmt::Display) -> Failure {
        Failure::runtime(format!("cannot write the output: {e}"))
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(failed) => {
            eprintln!("bilateral: {failed} input(s) could not be read; the others were written");
            ExitCode::FAILURE
        }
        Err(failure) => {
            if !failure.message.contains("Broken pipe") {
                eprintln!("bilateral: {}", failure.message);
            }
            ExitCode::from(failure.code)
        }
    }
}

/// Runs a subcommand; the number of inputs that failed.
fn run(command: Command) -> Result<usize, Failure> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let failed = match command {
        Command::Extract { inputs, format, table, mentions } => extract(&inputs, format, table, mentions, &mut out)?,
        Command::Query { inputs, filters, format } => {
            let (corpus, failed) = corpus(&inputs)?;
            query::run(&corpus, &filters, format, &mut out)?;
            failed
        }
        Command::Timeline { inputs, html, json } => {
            let (corpus, failed) = corpus(&inputs)?;
            if json {
                writeln!(out, "{}", corpus.timeline_json()).map_err(Failure::write)?;
            } else {
                for e in &corpus.timeline() {
                    writeln!(
                        out,
                        "{:<25} {:<6} {}  [{}]",
                        e.when.to_string(),
                        e.when.precision,
                        e.label,
                        e.sources.join(", ")
                    )
                    .map_err(Failure::write)?;
                }
            }
            if let Some(path) = html {
                std::fs::write(&path, corpus.timeline_html())
                    .map_err(|e| Failure::runtime(format!("{}: {e}", path.display())))?;
                eprintln!("wrote {}", path.display());
            }
            failed
        }
        Command::Schema { line } => {
            let schema = if line { bilateral::line_schema() } else { bilateral::wire_schema() };
            serde_json::to_writer_pretty(&mut out, &schema).map_err(Failure::write)?;
            writeln!(out).map_err(Failure::write)?;
            0
        }
    };
    out.flush().map_err(Failure::write)?;
    Ok(failed)
}

/// Every input in one corpus, texts kept so that citations can be shown.
fn corpus(inputs: &Inputs) -> Result<(Corpus, usize), Failure> {
    let batch = inputs.open()?;
    let mut corpus = Corpus::new();
    let failed = batch.for_each(|article| {
        corpus.add_parsed(article.document, article.text);
        Ok(())
    })?;
    Ok((corpus, failed))
}

/// A JSON Lines line: the document and the format's name.
#[derive(Serialize)]
struct Line<'a> {
    schema: &'static str,
    #[serde(flatten)]
    document: &'a Document,
}

fn extract(
    inputs: &Inputs,
    format: ExtractFormat,
    table: Option<Table>,
    mentions: bool,
    out: &mut impl Write,
) -> Result<usize, Failure> {
    let csv =
        match (format, table) {
            (ExtractFormat::Csv, None) => return Err(Failure::usage(
                "--format csv writes one table: add --table dialogues|projects|incidents|statements|people|mentions"
                    .into(),
            )),
            (ExtractFormat::Csv, Some(t)) => {
                let mut w = csv::Writer::from_writer(&mut *out);
                w.write_record(t.document_header()).map_err(Failure::write)?;
                w.flush().map_err(Failure::write)?;
                Some(t)
            }
            (_, Some(_)) => return Err(Failure::usage("--table needs --format csv".into())),
            _ => None,
        };
    // JSON: documents are written as they are parsed; only the records the
    // fusion needs stay in memory.
    let batch = inputs.open()?;
    let mut corpus = Corpus::new();
    let mut first = true;
    if format == ExtractFormat::Json {
        write!(out, "{{\n\"schema\": \"{}\",\n\"documents\": [\n", bilateral::WIRE_FORMAT).map_err(Failure::write)?;
    }
    let failed = batch.for_each(|Article { id, text, mut document }| {
        if !mentions && table != Some(Table::Mentions) {
            document.mentions.clear();
        }
        match format {
            ExtractFormat::Json => {
                if !first {
                    out.write_all(b",\n").map_err(Failure::write)?;
                }
                first = false;
                serde_json::to_writer_pretty(&mut *out, &document).map_err(Failure::write)?;
                // Fusion reads the records; the people list is written already.
                document.people = Vec::new();
                corpus.add_document(document);
            }
            ExtractFormat::Jsonl => {
                serde_json::to_writer(&mut *out, &Line { schema: bilateral::WIRE_FORMAT, document: &document })
                    .map_err(Failure::write)?;
                out.write_all(b"\n").map_err(Failure::write)?;
            }
            ExtractFormat::Csv => {
                if let Some(t) = csv {
                    let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(&mut *out);
                    for row in rows(t, &id, &document, &text) {
                        w.write_record(row).map_err(Failure::write)?;
                    }
                    w.flush().map_err(Failure::write)?;
                }
            }
        }
        Ok(())
    })?;
    if format == ExtractFormat::Json {
        out.write_all(b"\n],\n\"corpus\": ").map_err(Failure::write)?;
        // Fused record by record: the corpus's fused view is never held whole.
        corpus.write_fused_json(&mut *out).map_err(Failure::write)?;
        out.write_all(b"\n}\n").map_err(Failure::write)?;
    }
    Ok(failed)
}

/// The rows of one document's records for `table`.
fn rows(table: Table, id: &str, doc: &Document, text: &str) -> Vec<Vec<String>> {
    fn each<T: Serialize>(table: Table, id: &str, list: &[T], text: &str) -> Vec<Vec<String>> {
        list.iter().map(|r| table::document_row(table, id, r, text)).collect()
    }
    match table {
        Table::Dialogues => each(table, id, &doc.dialogues, text),
        Table::Projects => each(table, id, &doc.projects, text),
        Table::Incidents => each(table, id, &doc.incidents, text),
        Table::Statements => each(table, id, &doc.statements, text),
        Table::People => each(table, id, &doc.people, text),
        Table::Mentions => each(table, id, &doc.mentions, text),
    }
}
