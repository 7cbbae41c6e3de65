//! Shared by the examples: finding `.txt` files and naming their documents.

#![allow(dead_code)] // each example uses a part

use bilateral::Corpus;
use std::collections::HashSet;
use std::path::PathBuf;

/// The `.txt` files among `paths`, directories expanded one level, sorted
/// within each directory. A directory that cannot be read is reported on
/// stderr and sets `failed`.
pub fn txt_files(paths: &[PathBuf], failed: &mut bool) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            match std::fs::read_dir(p) {
                Ok(entries) => {
                    let mut found: Vec<PathBuf> = entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|f| f.is_file() && f.extension().is_some_and(|x| x == "txt"))
                        .collect();
                    found.sort();
                    files.extend(found);
                }
                Err(e) => {
                    eprintln!("{}: {e}", p.display());
                    *failed = true;
                }
            }
        } else {
            files.push(p.clone());
        }
    }
    files
}

/// A document id for each file, unique within the run: the file name
/// without `.txt`, or, when an earlier file already took that name (two
/// folders with an `x.txt` each), its whole path without `.txt` (and a
/// count after `#` if even that repeats). Each renaming is said on stderr.
pub fn document_ids(files: &[PathBuf]) -> Vec<String> {
    let mut taken: HashSet<String> = HashSet::new();
    let mut first_with: Vec<(String, PathBuf)> = Vec::new();
    files
        .iter()
        .map(|file| {
            let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            if taken.insert(stem.clone()) {
                first_with.push((stem.clone(), file.clone()));
                return stem;
            }
            let mut id = file.with_extension("").to_string_lossy().into_owned();
            let mut n = 2;
            while !taken.insert(id.clone()) {
                id = format!("{}#{n}", file.with_extension("").to_string_lossy());
                n += 1;
            }
            let earlier = first_with.iter().find(|(s, _)| *s == stem).map(|(_, f)| f.display().to_string());
            eprintln!(
                "{}: id {stem:?} is already {}; this document's id is {id:?}",
                file.display(),
                earlier.unwrap_or_default()
            );
            id
        })
        .collect()
}

/// A corpus of every readable file named on the command line; failures go to stderr.
pub fn corpus_from_args() -> Corpus {
    let paths: Vec<PathBuf> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).map(PathBuf::from).collect();
    let mut corpus = Corpus::new();
    let files = txt_files(&paths, &mut false);
    for (file, id) in files.iter().zip(document_ids(&files)) {
        match std::fs::read_to_string(file) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_files_of_one_name_in_two_folders_get_two_ids() {
        let files = [PathBuf::from("a/x.txt"), PathBuf::from("b/x.txt"), PathBuf::from("b/y.txt")];
        assert_eq!(document_ids(&files), ["x", "b/x", "y"]);
        let same_twice = [PathBuf::from("a/x.txt"), PathBuf::from("a/x.txt"), PathBuf::from("a/x.txt")];
        assert_eq!(document_ids(&same_twice), ["x", "a/x", "a/x#2"]);
    }
}
