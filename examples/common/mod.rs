//! Shared by the examples: the `bilateral` command's own file discovery and
//! document ids (one implementation, `src/bin/bilateral/files.rs`).

#![allow(dead_code)] // each example uses a part

#[path = "../../src/bin/bilateral/files.rs"]
mod files;

use bilateral::Corpus;
use std::path::PathBuf;

/// The `.txt` files among `paths` (directories one level deep, in name
/// order) with their document ids; unreadable directories and renamed ids
/// are reported on stderr, and an unreadable directory sets `failed`.
pub fn inputs(paths: &[PathBuf], failed: &mut bool) -> Vec<(PathBuf, String)> {
    let (files, errors) = files::txt_files(paths, false);
    for (dir, e) in errors {
        eprintln!("{}: {e}", dir.display());
        *failed = true;
    }
    let (ids, notes) = files::document_ids(&files);
    for note in notes {
        eprintln!("{note}");
    }
    files.into_iter().zip(ids).collect()
}

/// A corpus of every readable file named on the command line (flags, and
/// the path after `--html`, are not inputs); failures go to stderr.
pub fn corpus_from_args() -> Corpus {
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--html" {
            args.next();
        } else if !arg.starts_with("--") {
            paths.push(PathBuf::from(arg));
        }
    }
    let mut corpus = Corpus::new();
    for (file, id) in inputs(&paths, &mut false) {
        match std::fs::read_to_string(&file) {
            Ok(text) => {
                if let Err(e) = corpus.add(&id, &text) {
                    eprintln!("{}: {e}", file.display());
                }
            }
            Err(e) => eprintln!("{}: {e}", file.display()),
        }
    }
    corpus
}
