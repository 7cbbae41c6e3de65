//! Which files a run reads and what each document is called. Plain `std`,
//! so the examples share it (`#[path]`) with the `bilateral` command.

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};

/// The files named by `paths`: a file is taken as is (whatever its
/// extension); a directory gives its `.txt` files, sorted by name, and with
/// `recursive` those of its subdirectories too (symbolic links to
/// directories are not followed, so a link loop cannot trap the walk).
/// Every directory that cannot be read is returned with its error; the walk
/// goes on.
pub fn txt_files(paths: &[PathBuf], recursive: bool) -> (Vec<PathBuf>, Vec<(PathBuf, io::Error)>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, recursive, &mut files, &mut errors);
        } else {
            files.push(p.clone());
        }
    }
    (files, errors)
}

fn walk(dir: &Path, recursive: bool, files: &mut Vec<PathBuf>, errors: &mut Vec<(PathBuf, io::Error)>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push((dir.to_path_buf(), e));
            return;
        }
    };
    let mut found = Vec::new();
    let mut subdirs = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        // `DirEntry::file_type` does not follow symbolic links.
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() {
            subdirs.push(path);
        } else if path.extension().is_some_and(|x| x == "txt") && path.is_file() {
            found.push(path);
        }
    }
    found.sort();
    files.extend(found);
    if recursive {
        subdirs.sort();
        for sub in subdirs {
            walk(&sub, recursive, files, errors);
        }
    }
}

/// A document id for each file, unique within the run: the file name
/// without its extension, or, when an earlier file already took that name
/// (two folders with an `x.txt` each), its whole path without the extension
/// (and a count after `#` if even that repeats). Each renaming is returned
/// as a message for stderr.
pub fn document_ids(files: &[PathBuf]) -> (Vec<String>, Vec<String>) {
    let mut taken: HashSet<String> = HashSet::new();
    let mut first_with: Vec<(String, PathBuf)> = Vec::new();
    let mut notes = Vec::new();
    let ids = files
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
            notes.push(format!(
                "{}: id {stem:?} is already {}; this document's id is {id:?}",
                file.display(),
                earlier.unwrap_or_default()
            ));
            id
        })
        .collect();
    (ids, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_files_of_one_name_in_two_folders_get_two_ids() {
        let files = [PathBuf::from("a/x.txt"), PathBuf::from("b/x.txt"), PathBuf::from("b/y.txt")];
        assert_eq!(document_ids(&files).0, ["x", "b/x", "y"]);
        let same_twice = [PathBuf::from("a/x.txt"), PathBuf::from("a/x.txt"), PathBuf::from("a/x.txt")];
        let (ids, notes) = document_ids(&same_twice);
        assert_eq!(ids, ["x", "a/x", "a/x#2"]);
        assert_eq!(notes.len(), 2);
    }

    #[test]
    fn a_folder_gives_its_txt_files_in_name_order_and_subfolders_only_when_recursive() {
        let root = std::env::temp_dir().join(format!("bilateral-files-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("sub")).unwrap();
        for f in ["b.txt", "a.txt", "notes.md", "sub/c.txt"] {
            std::fs::write(root.join(f), "x").unwrap();
        }
        let names = |files: Vec<PathBuf>| -> Vec<String> {
            files.iter().map(|f| f.strip_prefix(&root).unwrap().to_string_lossy().into_owned()).collect()
        };
        let (flat, errors) = txt_files(std::slice::from_ref(&root), false);
        assert!(errors.is_empty());
        assert_eq!(names(flat), ["a.txt", "b.txt"]);
        let (deep, _) = txt_files(std::slice::from_ref(&root), true);
        assert_eq!(names(deep), ["a.txt", "b.txt", "sub/c.txt"]);
        std::fs::remove_dir_all(&root).unwrap();
    }
}
