//! Projects without a list: capitalized names ending in a project head word
//! ("… Hydropower Project", "… Nuclear Power Plant", "… Friendship
//! Hospital", "… Airport").

use crate::model::{Sector, Span};
use crate::text::classes::Classes;
use crate::text::tokens::{tokenize, Token, TokenKind};
use crate::text::words::word;

/// Head words that end a project's name.
pub(crate) const HEADS: &[&str] = &[
    "Project",
    "Plant",
    "Port",
    "Highway",
    "Corridor",
    "Hospital",
    "Airport",
    "Railway",
    "Dam",
    "Station",
    "Zone",
    "Park",
    "Motorway",
    "Expressway",
    "Bridge",
    "Tunnel",
    "Pipeline",
    "Terminal",
    "Refinery",
    "Mine",
    "Farm",
    "Complex",
    "Centre",
    "Center",
    "City",
];

/// Words inside a name that fix its sector, checked in order.
const SECTOR_WORDS: &[(&str, Sector)] = &[
    ("Economic", Sector::Multi),
    ("Hydropower", Sector::Energy),
    ("Power", Sector::Energy),
    ("Wind", Sector::Energy),
    ("Solar", Sector::Energy),
    ("Nuclear", Sector::Energy),
    ("Coal", Sector::Energy),
    ("Hydroelectric", Sector::Energy),
    ("Dam", Sector::Energy),
    ("Pipeline", Sector::Energy),
    ("Refinery", Sector::Energy),
    ("Transmission", Sector::Energy),
    ("Hospital", Sector::Health),
    ("Medical", Sector::Health),
    ("Space", Sector::Space),
    ("Satellite", Sector::Space),
    ("Fiber", Sector::Ict),
    ("Fibre", Sector::Ict),
    ("Optic", Sector::Ict),
    ("Data", Sector::Ict),
    ("Mine", Sector::Mining),
    ("Mining", Sector::Mining),
    ("Farm", Sector::Agriculture),
    ("Agricultural", Sector::Agriculture),
    ("Industrial", Sector::Industry),
    ("Zone", Sector::Industry),
    ("Park", Sector::Industry),
    ("Port", Sector::Transport),
    ("Highway", Sector::Transport),
    ("Airport", Sector::Transport),
    ("Railway", Sector::Transport),
    ("Motorway", Sector::Transport),
    ("Expressway", Sector::Transport),
    ("Bridge", Sector::Transport),
    ("Tunnel", Sector::Transport),
    ("Terminal", Sector::Transport),
    ("Corridor", Sector::Transport),
    ("Hydel", Sector::Energy),
    ("Gas", Sector::Energy),
    ("Oil", Sector::Energy),
    ("Energy", Sector::Energy),
    ("Copper", Sector::Mining),
    ("Gold", Sector::Mining),
    ("Lithium", Sector::Mining),
    ("Rail", Sector::Transport),
    ("Road", Sector::Transport),
    ("Irrigation", Sector::Agriculture),
];

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

/// Finds capitalized project names in `sentence` that end in a head word.
///
/// ```
/// use bilateral::{Span, Sector};
/// let text = "The Suki Kinari Hydropower Project began operating.";
/// let found = bilateral::lexicon::projects::find(text, Span::new(0, text.len()));
/// assert_eq!(found[0].name, "Suki Kinari Hydropower Project");
/// assert_eq!(found[0].sector, Some(Sector::Energy));
/// ```
pub fn find(text: &str, sentence: Span) -> Vec<ShapedProject> {
    find_tokens(text, &tokenize(text, sentence))
}

/// [`find`] over a sentence already tokenized.
pub fn find_tokens(text: &str, toks: &[Token<'_>]) -> Vec<ShapedProject> {
    let mut out = Vec::new();
    if !Classes::in_sentence(toks, Classes::PROJECT_HEAD) {
        return out;
    }
    for (i, tok) in toks.iter().enumerate() {
        // The set turns most words away by their hash; the list keeps the match case-sensitive.
        if tok.kind != TokenKind::Word || !tok.classes.any_of(Classes::PROJECT_HEAD) || !HEADS.contains(&tok.text) {
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
            if prev.kind == TokenKind::Word
                && prev.capitalized()
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
