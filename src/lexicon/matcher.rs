//! The one-pass matcher over every name of every entry.

use super::{Entry, EntryKind};
use crate::model::Span;
use aho_corasick::{AhoCorasick, Input, MatchKind};
use std::collections::HashMap;

/// Which form of an entry matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Form {
    /// Its canonical name.
    Name,
    /// One of its aliases.
    Alias,
    /// A demonym ("Pakistani").
    Demonym,
}

/// One match of a lexicon name in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Hit {
    /// Where it is.
    pub span: Span,
    /// Index of the entry in the lexicon (32 bits: a long input holds
    /// millions of hits, and no lexicon nears four billion entries).
    pub entry: u32,
    /// Which form matched.
    pub form: Form,
}

#[derive(Debug, Clone)]
pub(super) struct Matcher {
    automaton: Option<AhoCorasick>,
    /// Each pattern's targets: entry, form, and the surface spelling whose case the text must fit.
    targets: Vec<Vec<(u32, Form, String, bool)>>,
}

/// Spelling variants a name may appear in: dashes, apostrophes, -ise/-ize.
fn variants(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    let mut add = |from: &str, to: &[&str]| {
        let current = out.clone();
        for v in current {
            if v.contains(from) {
                for t in to {
                    out.push(v.replace(from, t));
                }
            }
        }
    };
    add("-", &["–", "—", "‑"]);
    add("'", &["’"]);
    add("Organization", &["Organisation"]);
    add("Organisation", &["Organization"]);
    add("Theater", &["Theatre"]);
    out.sort();
    out.dedup();
    out
}

impl Matcher {
    pub(super) fn build(entries: &[Entry]) -> Matcher {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns = Vec::new();
        let mut targets: Vec<Vec<(u32, Form, String, bool)>> = Vec::new();
        // An entry past the 32-bit range could not be named by a hit: it is not matched.
        for (i, e) in entries.iter().enumerate().map_while(|(i, e)| Some((u32::try_from(i).ok()?, e))) {
            let mut forms: Vec<(&str, Form)> = vec![(e.name.as_str(), Form::Name)];
            forms.extend(e.aliases.iter().map(|a| (a.as_str(), Form::Alias)));
            if e.kind == EntryKind::Country {
                forms.extend(e.attribute("demonym").iter().map(|d| (d.as_str(), Form::Demonym)));
            }
            for (form_text, form) in forms {
                for v in variants(form_text) {
                    // The automaton ignores ASCII case, so spellings that differ only in case share a pattern.
                    let slot = *index.entry(v.to_ascii_lowercase()).or_insert_with(|| {
                        patterns.push(v.clone());
                        targets.push(Vec::new());
                        patterns.len() - 1
                    });
                    if !targets[slot].iter().any(|(e2, _, s2, _)| *e2 == i && *s2 == v) {
                        // Topics are common nouns as often as names ("one-China principle"): any case fits.
                        targets[slot].push((i, form, v, e.kind == EntryKind::Topic));
                    }
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&patterns)
            .ok();
        Matcher { automaton, targets }
    }

    pub(super) fn raw_count(&self, text: &str) -> usize {
        self.automaton.as_ref().map_or(0, |ac| ac.find_iter(text).count())
    }

    /// Every accepted match, leftmost-longest. A match that fails the word
    /// boundary or case check must not hide a valid match that starts inside
    /// it ("the Un|ited States" for the alias "the UN"), so the search resumes
    /// one character after a rejected match's start. That re-reads at most
    /// the longest pattern's length per position: still linear in the text.
    pub(super) fn find(&self, text: &str) -> Vec<Hit> {
        let Some(ac) = &self.automaton else { return Vec::new() };
        let mut out = Vec::new();
        let mut pos = 0;
        while pos <= text.len() {
            let Some(m) = ac.find(Input::new(text).span(pos..text.len())) else { break };
            let (s, e) = (m.start(), m.end());
            let matched = &text[s..e];
            let mut accepted = false;
            if boundary_before(text, s) && boundary_after(text, e) {
                let mut last_entry = u32::MAX;
                for (entry, form, surface, any_case) in &self.targets[m.pattern().as_usize()] {
                    if *entry != last_entry && (*any_case || case_fits(matched, surface)) {
                        out.push(Hit { span: Span::new(s, e), entry: *entry, form: *form });
                        last_entry = *entry;
                        accepted = true;
                    }
                }
            }
            pos = if accepted {
                e
            } else {
                // The next character boundary after the rejected match's start.
                s + text[s..].chars().next().map_or(1, char::len_utf8)
            };
        }
        out
    }
}

fn boundary_before(text: &str, at: usize) -> bool {
    text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
}

fn boundary_after(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Whether the matched text's case fits the pattern: exact; or a capitalized
/// pattern matched by text that starts with a capital (inner words may be
/// lower case: "Gwadar port"); or an all-caps rendering of a longer name
/// ("BEIJING"). Acronyms ("UN", "CPEC") must match exactly.
fn case_fits(matched: &str, pattern: &str) -> bool {
    if matched == pattern {
        return true;
    }
    let letters = pattern.chars().filter(|c| c.is_alphabetic());
    let acronym =
        pattern.chars().filter(|c| c.is_alphabetic()).count() <= 6 && letters.clone().all(|c| c.is_uppercase());
    if acronym {
        return false;
    }
    let p0 = pattern.chars().next().unwrap_or(' ');
    let m0 = matched.chars().next().unwrap_or(' ');
    if !p0.is_uppercase() {
        return true;
    }
    let all_caps = matched.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
    m0.is_uppercase() && (all_caps || first_word_matches(matched, pattern))
}

fn first_word_matches(matched: &str, pattern: &str) -> bool {
    let end = |s: &str| s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
    matched[..end(matched)] == pattern[..end(pattern)]
}
