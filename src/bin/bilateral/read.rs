//! Reading a batch: files or stdin, decoded, parsed, each failure reported
//! and the batch carried on.

use crate::files;
use crate::Failure;
use bilateral::{Document, Error, InputEncoding, Lexicon, Parser};
use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{IsTerminal, Read};
use std::path::PathBuf;

/// Where the articles come from and how to read them (shared by every
/// subcommand).
#[derive(Debug, clap::Args)]
pub struct Inputs {
    /// Article files, folders of `.txt` files, or `-` for one article on stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Also read the `.txt` files of every subfolder.
    #[arg(short, long)]
    pub recursive: bool,
    /// How the files' bytes are decoded: `utf-8` (strict), `utf-8-lossy`,
    /// `windows-1252`, or `auto` (byte-order mark, else UTF-8 when valid,
    /// else Windows-1252). Evidence offsets index the decoded text.
    #[arg(long, default_value = "utf-8", value_parser = parse_encoding)]
    pub encoding: InputEncoding,
    /// Date that relative dates resolve against when an article has no
    /// publication date of its own (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub reference_date: Option<NaiveDate>,
    /// A lexicon file (TSV) adding officials, places, projects or topics;
    /// may be given several times.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<PathBuf>,
}

/// Parses an ISO date for `--reference-date`, `--since` and `--until`.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("{s:?} is not a date written YYYY-MM-DD"))
}

fn parse_encoding(s: &str) -> Result<InputEncoding, String> {
    s.parse().map_err(|_| format!("{s:?} is not one of utf-8, utf-8-lossy, windows-1252, auto"))
}

/// One article as read: its id, its decoded text and what it parsed to.
pub struct Article {
    /// The document id (file name without extension, made unique).
    pub id: String,
    /// The decoded text the document's spans index.
    pub text: String,
    /// The parsed document.
    pub document: Document,
}

impl Inputs {
    /// The parser these options ask for.
    pub fn parser(&self) -> Result<Parser, Failure> {
        let mut parser = Parser::new().encoding(self.encoding);
        if !self.lexicon.is_empty() {
            let mut lexicon = Lexicon::builtin();
            for file in &self.lexicon {
                lexicon.extend_from_file(file).map_err(|e| Failure::usage(format!("bad lexicon file: {e}")))?;
            }
            parser = parser.lexicon(lexicon);
        }
        if let Some(date) = self.reference_date {
            parser = parser.reference_date(date);
        }
        Ok(parser)
    }

    /// Checks the options and finds the inputs, so that a usage error (a
    /// bad lexicon, a path that does not exist, no input at all) is
    /// reported before any output is written.
    pub fn open(&self) -> Result<Batch, Failure> {
        let parser = self.parser()?;
        if self.paths.iter().any(|p| p.as_os_str() == "-") {
            if self.paths.len() > 1 {
                return Err(Failure::usage("`-` (stdin) cannot be combined with other paths".into()));
            }
            return Ok(Batch { parser, files: Vec::new(), ids: Vec::new(), unreadable_dirs: 0, stdin: true });
        }
        for p in &self.paths {
            if !p.exists() {
                return Err(Failure::usage(format!("{}: no such file or folder", p.display())));
            }
        }
        let (files, dir_errors) = files::txt_files(&self.paths, self.recursive);
        for (dir, e) in &dir_errors {
            eprintln!("{}: {e}", dir.display());
        }
        if files.is_empty() {
            let hint = if self.recursive { "" } else { " (add --recursive to search subfolders)" };
            return Err(Failure::usage(format!("no input found: no .txt file in the paths given{hint}")));
        }
        let (ids, notes) = files::document_ids(&files);
        for note in notes {
            eprintln!("{note}");
        }
        Ok(Batch { parser, files, ids, unreadable_dirs: dir_errors.len(), stdin: false })
    }
}

/// The articles of one run, found and ready to read.
pub struct Batch {
    parser: Parser,
    files: Vec<PathBuf>,
    ids: Vec<String>,
    unreadable_dirs: usize,
    stdin: bool,
}

impl Batch {
    /// Reads and parses every article in order, handing each to `each`.
    /// A file that cannot be read, decoded or parsed is reported on stderr
    /// and skipped; the returned count says how many inputs failed. An
    /// error from `each` (writing the output) stops the batch.
    pub fn for_each(self, mut each: impl FnMut(Article) -> Result<(), Failure>) -> Result<usize, Failure> {
        let parser = &self.parser;
        if self.stdin {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes).map_err(|e| Failure::runtime(format!("stdin: {e}")))?;
            return match parse(parser, "stdin", &bytes) {
                Ok(article) => each(article).map(|()| 0),
                Err(e) => {
                    eprintln!("stdin: {e}");
                    Ok(1)
                }
            };
        }
        let mut failed = self.unreadable_dirs;
        let progress = progress_bar(&self.files);
        for (done, (file, id)) in self.files.iter().zip(&self.ids).enumerate() {
            progress.set_message(format!("{done}/{} files", self.files.len()));
            let len = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
            let result = if len > bilateral::DEFAULT_MAX_INPUT as u64 {
                // Refused before it is read into memory.
                Err(Error::InputTooLarge { len: len as usize, limit: bilateral::DEFAULT_MAX_INPUT }.to_string())
            } else {
                std::fs::read(file).map_err(|e| e.to_string()).and_then(|bytes| parse(parser, id, &bytes))
            };
            progress.inc(len);
            match result {
                Ok(article) => each(article)?,
                Err(e) => {
                    progress.suspend(|| eprintln!("{}: {e}", file.display()));
                    failed += 1;
                }
            }
        }
        progress.finish_and_clear();
        Ok(failed)
    }
}

fn parse(parser: &Parser, id: &str, bytes: &[u8]) -> Result<Article, String> {
    // The library does not panic; if a bug ever made it, one article must not cost the batch.
    let parsed = std::panic::catch_unwind(|| {
        let text = parser.decode(bytes)?.into_owned();
        let document = parser.parse_with_id(id, &text)?;
        Ok::<_, Error>((text, document))
    });
    match parsed {
        Ok(Ok((text, document))) => Ok(Article { id: id.to_string(), text, document }),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err("internal error while parsing (please report it with this file)".into()),
    }
}

/// A progress bar on stderr (files, bytes, rate, time left) when stderr is
/// a terminal; hidden otherwise.
fn progress_bar(files: &[PathBuf]) -> ProgressBar {
    if !std::io::stderr().is_terminal() || files.len() < 2 {
        return ProgressBar::hidden();
    }
    let total: u64 = files.iter().map(|f| std::fs::metadata(f).map(|m| m.len()).unwrap_or(0)).sum();
    let bar = ProgressBar::new(total);
    if let Ok(style) = ProgressStyle::with_template(
        "{bar:30} {msg}, {decimal_bytes}/{decimal_total_bytes} ({decimal_bytes_per_sec}, {eta} left)",
    ) {
        bar.set_style(style);
    }
    bar
}
