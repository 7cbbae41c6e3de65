//! Shared by the examples: reading `.txt` files and directories into a corpus.

use bilateral::Corpus;
use std::path::PathBuf;

/// The `.txt` files among `paths`, directories expanded one level, in name order.
pub fn txt_files(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            found.retain(|f| f.is_file() && f.extension().is_some_and(|x| x == "txt"));
            found.sort();
            files.extend(found);
        } else {
            files.push(p.clone());
        }
    }
    files
}

/// A corpus of every readable file named on the command line; failures go to stderr.
pub fn corpus_from_args() -> Corpus {
    let paths: Vec<PathBuf> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).map(PathBuf::from).collect();
    let mut corpus = Corpus::new();
    for file in txt_files(&paths) {
        let id = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
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
