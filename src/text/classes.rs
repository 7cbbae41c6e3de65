//! Word classes: the closed vocabularies where later stages start looking
//! (dialogue triggers, stance cues, incident nouns, date and number words,
//! project heads, meeting words).
//!
//! The tokenizer looks every token up once in one table and stores the
//! classes it belongs to in [`Token::classes`](super::tokens::Token). A stage
//! then passes over a sentence that holds none of its words without reading
//! the tokens one by one, and tests a token with a bit instead of a hash
//! look-up. The word lists stay in the modules that use them; this table
//! only gathers them.

use super::tokens::{Token, TokenKind};
use super::words::WordMap;
use crate::vocab;
use once_cell::sync::Lazy;
use rustc_hash::FxHashMap;

/// A set of word classes, one bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Classes(u16);

impl Classes {
    /// No class.
    pub const NONE: Classes = Classes(0);
    /// A number token ("2026", "3.64", "236,000").
    pub const NUMBER: Classes = Classes(1);
    /// An ordinal: a word ("sixth", "Seventh") or digits with a suffix ("7th").
    pub const ORDINAL: Classes = Classes(1 << 1);
    /// A word of meeting, talks or visits that can trigger a dialogue.
    pub const DIALOGUE_TRIGGER: Classes = Classes(1 << 2);
    /// A word that can start a stance cue ("supports", "condemned", "agreed").
    pub const STANCE_CUE: Classes = Classes(1 << 3);
    /// An attack or exercise noun, or "killed"/"killing".
    pub const INCIDENT_TRIGGER: Classes = Classes(1 << 4);
    /// A lower-case word that can open a date ("last", "yesterday", "between").
    pub const DATE_LEAD: Classes = Classes(1 << 5);
    /// A month or weekday name, full or abbreviated.
    pub const CALENDAR: Classes = Classes(1 << 6);
    /// A number written as a word ("two", "dozen", "billion").
    pub const NUMBER_WORD: Classes = Classes(1 << 7);
    /// The head of a project name ("Port", "Corridor", "Dam").
    pub const PROJECT_HEAD: Classes = Classes(1 << 8);
    /// The head of a project described in lower case ("project", "plant").
    pub const DESCRIBED_HEAD: Classes = Classes(1 << 9);
    /// A word of meeting people ("met", "received", "chaired").
    pub const MEETING: Classes = Classes(1 << 10);
    /// A word that introduces a person without a title: "counterpart(s)",
    /// or a role noun after a country ("Ghana's leader …").
    pub const PERSON_CUE: Classes = Classes(1 << 11);
    /// A plural project head ("power plants", "ports" in …).
    pub const PLURAL_HEAD: Classes = Classes(1 << 12);
    /// A word at which a stance's object may end or turn: "and", "as", "to",
    /// the object ends, time adjuncts and the first words of basis phrases
    /// (`extract::statement::topics::object_end` reads only these words).
    pub const OBJECT_BREAK: Classes = Classes(1 << 14);
    /// A head noun by which an article refers back to a project ("the
    /// plant", "the $3bn line").
    pub const BACK_REFERENCE_HEAD: Classes = Classes(1 << 15);
    /// A word or number with a mark inside: an apostrophe ("O'Brien",
    /// "don't") or separators ("236,000", "3.64"). Set by the tokenizer,
    /// not looked up: the token is not one run of letters and digits.
    pub const JOINED: Classes = Classes(1 << 13);

    /// Whether this set shares a class with `other`.
    #[inline]
    pub fn any_of(self, other: Classes) -> bool {
        self.0 & other.0 != 0
    }

    /// Every class some token of `toks` belongs to: a sentence's classes,
    /// read once, so that each stage asks a bit whether the sentence holds
    /// one of its words instead of reading the tokens again.
    #[inline]
    pub fn of(toks: &[Token<'_>]) -> Classes {
        Classes(toks.iter().fold(0, |all, t| all | t.classes.0))
    }
}

impl std::ops::BitOr for Classes {
    type Output = Classes;
    fn bitor(self, other: Classes) -> Classes {
        Classes(self.0 | other.0)
    }
}

/// Every class word with the classes it belongs to.
static TABLE: Lazy<WordMap<Classes>> = Lazy::new(|| WordMap::new(class_words()));

/// Every class word, in lower case, with the classes it belongs to.
fn class_words() -> FxHashMap<String, Classes> {
    let mut classes: FxHashMap<String, Classes> = FxHashMap::default();
    let mut add = |words: &mut dyn Iterator<Item = &str>, class: Classes| {
        for w in words {
            let entry = classes.entry(w.to_ascii_lowercase()).or_default();
            *entry = *entry | class;
        }
    };
    add(&mut vocab::numbers::ORDINAL_WORDS.iter().map(|(w, _)| *w), Classes::ORDINAL);
    add(&mut vocab::encounters::DIALOGUE_TRIGGERS.iter().flat_map(|l| l.iter().copied()), Classes::DIALOGUE_TRIGGER);
    add(&mut vocab::stance::stance_cue_words().collect::<Vec<_>>().iter().map(String::as_str), Classes::STANCE_CUE);
    add(&mut vocab::incidents::INCIDENT_TRIGGERS.iter().flat_map(|l| l.iter().copied()), Classes::INCIDENT_TRIGGER);
    add(&mut vocab::calendar::DATE_LEADS.iter().copied(), Classes::DATE_LEAD);
    add(&mut vocab::calendar::MONTHS.iter().map(|(w, _)| *w), Classes::CALENDAR);
    add(&mut vocab::calendar::WEEKDAYS.iter().map(|(w, _)| *w), Classes::CALENDAR);
    add(&mut vocab::numbers::NUMBER_WORDS.iter().map(|(w, _)| *w), Classes::NUMBER_WORD);
    add(&mut vocab::projects::NAME_HEADS.iter().copied(), Classes::PROJECT_HEAD);
    add(&mut vocab::projects::DESCRIBED_HEADS.iter().copied(), Classes::DESCRIBED_HEAD);
    add(&mut vocab::encounters::MEETING_WORDS.iter().copied(), Classes::MEETING);
    add(&mut vocab::encounters::COUNTERPART_WORDS.iter().copied(), Classes::PERSON_CUE);
    add(&mut vocab::names::ROLE_NOUNS.iter().copied(), Classes::PERSON_CUE);
    add(&mut vocab::projects::PLURAL_HEADS.iter().map(|(w, _)| *w), Classes::PLURAL_HEAD);
    add(&mut vocab::projects::BACK_REFERENCE_HEADS.iter().copied(), Classes::BACK_REFERENCE_HEAD);
    add(
        &mut ["and", "as", "to"]
            .into_iter()
            .chain(vocab::grammar::OBJECT_ENDS.iter().copied())
            .chain(vocab::grammar::TIME_ADJUNCTS.iter().copied())
            .chain(vocab::grammar::BASIS_PHRASES.iter().map(|p| p[0])),
        Classes::OBJECT_BREAK,
    );
    classes
}

/// Classifies tokens as the tokenizer makes them.
pub(crate) struct Classifier(&'static WordMap<Classes>);

impl Classifier {
    /// The classifier over the one table (built on first use).
    pub(crate) fn new() -> Classifier {
        Classifier(&TABLE)
    }

    /// The classes of a word token that starts with a letter, whose text
    /// is `text` (`key` is its folded hash).
    #[inline]
    pub(crate) fn word_classes(&self, key: u32, text: &str) -> Classes {
        self.0.find(key, text).copied().unwrap_or_default()
    }

    /// The classes of a token of `kind` whose text is `text` (`key` is its
    /// folded hash).
    #[inline]
    pub(crate) fn classes(&self, kind: TokenKind, key: u32, text: &str) -> Classes {
        match kind {
            TokenKind::Number => Classes::NUMBER,
            // The tokenizer makes a word of digits only for an ordinal suffix ("7th").
            TokenKind::Word if text.as_bytes()[0].is_ascii_digit() => Classes::ORDINAL,
            TokenKind::Word => self.word_classes(key, text),
            // No class holds a mark.
            TokenKind::Punct => Classes::NONE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;
    use crate::text::tokens::tokenize;

    #[test]
    fn every_class_word_that_is_one_token_is_a_word_with_its_classes() {
        // Stages test a token's bits where they used to look its text up in their own list:
        // the two agree only if each listed word is one word token carrying the list's class.
        for (word, classes) in class_words() {
            for written in [word.clone(), word.to_ascii_uppercase()] {
                let toks = tokenize(&written, Span::new(0, written.len()));
                if let [t] = toks.as_slice() {
                    assert_eq!(t.kind, TokenKind::Word, "{written}");
                    assert!(t.classes.any_of(classes) && t.classes == classes, "{written}: {:?}", t.classes);
                }
            }
        }
    }

    #[test]
    fn numbers_and_ordinals_are_classed_by_shape() {
        let text = "On the 7th, 236,000 people and the sixth round of O'Brien's 2026 talks.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let classes: Vec<Classes> = toks.iter().map(|t| t.classes).collect();
        assert_eq!(classes[2], Classes::ORDINAL);
        assert_eq!(classes[4], Classes::NUMBER | Classes::JOINED);
        assert!(classes[8].any_of(Classes::ORDINAL));
        assert_eq!(classes[3], Classes::NONE);
        // A mark inside a token joins it; the possessive is a token of its own.
        assert_eq!((toks[11].text, classes[11]), ("O'Brien", Classes::JOINED));
        assert_eq!(classes[13], Classes::NONE);
        assert_eq!(classes[14], Classes::NUMBER);
    }

    #[test]
    fn example_classes() {
        use crate::text::classes::Classes;
        use crate::text::tokens::tokenize;
        use crate::Span;
        let text = "Pakistan supports the talks on March 3.";
        let toks = tokenize(text, Span::new(0, text.len()));
        assert!(toks[1].classes.any_of(Classes::STANCE_CUE));
        assert!(toks[3].classes.any_of(Classes::DIALOGUE_TRIGGER));
        assert!(toks[5].classes.any_of(Classes::CALENDAR));
        assert!(toks[6].classes.any_of(Classes::NUMBER));
        assert!(Classes::of(&toks).any_of(Classes::CALENDAR));
        assert!(!Classes::of(&toks).any_of(Classes::INCIDENT_TRIGGER));
    }
}
