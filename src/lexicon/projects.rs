//! Projects without a list: capitalized names ending in a project head word
//! ("… Hydropower Project", "… Nuclear Power Plant", "… Friendship
//! Hospital", "… Airport").

use crate::model::{Sector, Span};
use crate::text::classes::Classes;
use crate::text::tokens::{Token, TokenKind};
use crate::text::words::word;
use crate::vocab;
use crate::vocab::projects::{NAME_HEADS, SECTOR_WORDS};

/// The sector a word of a project's name or description fixes ("Hydropower",
/// "mining", "railway"), ignoring ASCII case.
pub(crate) fn sector_word(word: &str) -> Option<Sector> {
    SECTOR_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|&(_, s)| s)
}

/// A project name found by its shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapedProject {
    /// The name's bytes.
    pub span: Span,
    /// The name as written.
    pub name: String,
    /// The sector its words suggest.
    pub sector: Option<Sector>,
}

/// [`find`] over a sentence already tokenized, whose classes
/// ([`Classes::of`]) are `classes`.
pub fn find_tokens(text: &str, toks: &[Token<'_>], classes: Classes) -> Vec<ShapedProject> {
    let mut out = Vec::new();
    if !classes.any_of(Classes::PROJECT_HEAD) {
        return out;
    }
    for (i, tok) in toks.iter().enumerate() {
        // The set turns most words away by their hash; the list keeps the match case-sensitive.
        if tok.kind != TokenKind::Word || !tok.classes.any_of(Classes::PROJECT_HEAD) || !NAME_HEADS.contains(&tok.text)
        {
            continue;
        }
        // Walk left over capitalized words and hyphens between them.
        let mut start = i;
        let mut words = 1;
        let mut j = i;
        while j > 0 && words < 7 {
            let prev = &toks[j - 1];
            let hyphen = matches!(prev.text, "-" | "–" | "—")
                && j >= 2
                && toks[j - 2].capitalized()
                && prev.span.start == toks[j - 2].span.end;
            // "Power of Siberia 2 Gas Pipeline": numbers and "of" between capitalized words.
            let before_is_name = j >= 2 && toks[j - 2].capitalized() && toks[j - 2].kind == TokenKind::Word;
            // "Teesta River Comprehensive Management and Restoration Project": "and" between name words.
            let joins = prev.is_word(word!("of")) || (prev.text == "and" && words >= 2);
            let inner = (prev.kind == TokenKind::Number || joins) && before_is_name && prev.text != "Of";
            // A unit is no name word: "the 600MW Karuma Hydro Power Station".
            let unit = vocab::numbers::UNITS.iter().any(|(u, _, _)| prev.text.eq_ignore_ascii_case(u));
            if prev.kind == TokenKind::Word
                && prev.capitalized()
                && !unit
                && !matches!(prev.text, "The" | "A" | "An" | "In" | "At" | "Of" | "And")
            {
                j -= 1;
                start = j;
                words += 1;
            } else if hyphen || inner {
                j -= 1;
            } else {
                break;
            }
        }
        // "China Overseas Port Holding Company", "Karachi Port Trust": the name runs on into an
        // organization's, so the head word does not end a project.
        let continues = toks
            .get(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && n.capitalized() && n.span.start == tok.span.end + 1);
        // "Port of Lamu": the head first, then "of" and the place's capitalized words.
        if words < 2 && tok.text == "Port" && toks.get(i + 1).is_some_and(|n| n.text == "of") {
            let mut end = i + 2;
            while end < toks.len() && end < i + 5 && toks[end].kind == TokenKind::Word && toks[end].capitalized() {
                end += 1;
            }
            if end > i + 2 {
                let span = Span::new(tok.span.start, toks[end - 1].span.end);
                let name = span.of(text).unwrap_or("").to_string();
                out.push(ShapedProject { span, name, sector: Some(Sector::Transport) });
            }
            continue;
        }
        if words < 2 || continues {
            continue;
        }
        let span = Span::new(toks[start].span.start, tok.span.end);
        let name = span.of(text).unwrap_or("").to_string();
        let sector = SECTOR_WORDS.iter().find(|(w, _)| toks[start..=i].iter().any(|t| t.text == *w)).map(|&(_, s)| s);
        out.push(ShapedProject { span, name, sector });
    }
    out
}
