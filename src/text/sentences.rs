//! Sentence splitting with byte spans into the original text.
//!
//! A sentence ends at `.`, `!` or `?` (plus any closing quotes or brackets)
//! followed by white space and a plausible sentence start, unless the word
//! before the period is a known abbreviation ("Dr.", "Jan.", "No."), an
//! initial ("J. Smith") or part of a dotted abbreviation ("U.S."). Decimals
//! never split because a split needs white space after the period.

use super::trim_span;
use crate::model::Span;
use crate::vocab::page::ABBREVIATIONS;

/// Splits `text[span]` into sentence spans, trimmed of white space.
pub fn split(text: &str, span: Span) -> Vec<Span> {
    let Some(s) = span.of(text) else { return Vec::new() };
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // Jump from one sentence mark to the next: most bytes are not marks.
    while let Some(found) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]) {
        i += found;
        let b = bytes[i];
        // Take closing quotes and brackets after the mark.
        let mut end = i + 1;
        while let Some(c) = s[end..].chars().next().filter(|c| matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»'))
        {
            end += c.len_utf8();
        }
        let rest = &s[end..];
        let space = rest.len() - rest.trim_start().len();
        let next = rest.trim_start().chars().next();
        let ends_here = match next {
            None => true,
            Some(_) if space == 0 => false,
            Some(c) => {
                (c.is_uppercase() || c.is_numeric() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '['))
                    && !(b == b'.' && is_abbreviation(&s[start..i]))
            }
        };
        if ends_here {
            push(text, span.start + start, span.start + end, &mut out);
            start = end + space;
            i = start;
        } else {
            i = end;
        }
    }
    if start < bytes.len() {
        push(text, span.start + start, span.end, &mut out);
    }
    out
}

/// The longest sentence analysed as one unit, in bytes. Real sentences are
/// far shorter; a longer run (a scraped table, a line with no punctuation,
/// hostile input) is cut at white space so that every later stage works on
/// bounded pieces and the whole pipeline stays linear.
pub const MAX_SENTENCE_BYTES: usize = 2_000;

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let mut t = trim_span(text, Span::new(start, end));
    while t.len() > MAX_SENTENCE_BYTES {
        let mut cut = t.start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        // Prefer the last white space before the limit.
        if let Some(ws) = text[t.start..cut].rfind(char::is_whitespace) {
            if ws > 0 {
                cut = t.start + ws;
            }
        }
        let piece = trim_span(text, Span::new(t.start, cut));
        if !piece.is_empty() {
            out.push(piece);
        }
        t = trim_span(text, Span::new(cut, t.end));
    }
    if !t.is_empty() {
        out.push(t);
    }
}

/// Whether the word right before a period (at the end of `before`) is an
/// abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"').next().unwrap_or("");
    // ASCII case folding suffices: no other letter lower-cases into these ASCII abbreviations
    // but the Kelvin sign, and none of them holds a "k".
    if ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)) {
        return true;
    }
    let mut chars = word.chars();
    // A single capital letter: an initial ("J. Smith").
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    // Dotted abbreviations: "U.S", "U.N", "e.g".
    word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        split(text, Span::new(0, text.len())).into_iter().map(|s| s.of(text).unwrap()).collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(sents("Gen. Munir met Mr. Li. They spoke."), ["Gen. Munir met Mr. Li.", "They spoke."]);
        assert_eq!(sents("It is No. 1 in Asia. Yes."), ["It is No. 1 in Asia.", "Yes."]);
    }

    #[test]
    fn initials_do_not_split() {
        assert_eq!(sents("George W. Bush spoke. Then he left."), ["George W. Bush spoke.", "Then he left."]);
    }

    #[test]
    fn decimals_do_not_split() {
        assert_eq!(sents("It made 3.64 billion kWh. Good."), ["It made 3.64 billion kWh.", "Good."]);
    }

    #[test]
    fn curly_quote_after_period_stays_with_sentence() {
        assert_eq!(
            sents("He said “one China, one Taiwan.” Pakistan agreed."),
            ["He said “one China, one Taiwan.”", "Pakistan agreed."]
        );
    }

    #[test]
    fn lowercase_after_period_does_not_split() {
        assert_eq!(sents("The U.S. and China met."), ["The U.S. and China met."]);
    }

    #[test]
    fn dashes_and_question_marks() {
        assert_eq!(sents("Will it last? Nobody knows — yet. Fine!"), ["Will it last?", "Nobody knows — yet.", "Fine!"]);
    }

    #[test]
    fn heading_without_punctuation_is_one_sentence() {
        assert_eq!(
            sents("Economic cooperation remains a central pillar"),
            ["Economic cooperation remains a central pillar"]
        );
    }

    #[test]
    fn very_long_line_is_cut_into_bounded_pieces_that_cover_it() {
        let long = "word ".repeat(200_000);
        let pieces = split(&long, Span::new(0, long.len()));
        assert!(pieces.iter().all(|p| p.len() <= MAX_SENTENCE_BYTES));
        let covered: usize = pieces.iter().map(|p| p.of(&long).unwrap().split_whitespace().count()).sum();
        assert_eq!(covered, 200_000, "no word is lost");
        let no_space = "x".repeat(10_000);
        assert_eq!(split(&no_space, Span::new(0, no_space.len())).len(), 5);
    }

    #[test]
    fn multibyte_text_keeps_boundaries() {
        let text = "پاکستان اور چین۔ 中国和巴基斯坦。 Fine. Ünïcode here.";
        for s in split(text, Span::new(0, text.len())) {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }

    #[test]
    fn example_split() {
        use crate::Span;
        let text = "Dr. Khan met U.S. envoys on Jan. 5. Output rose 3.64 percent. “We agree,” he said.";
        let s: Vec<_> = crate::text::sentences::split(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| s.of(text).unwrap())
            .collect();
        assert_eq!(s, ["Dr. Khan met U.S. envoys on Jan. 5.", "Output rose 3.64 percent.", "“We agree,” he said."]);
    }
}
