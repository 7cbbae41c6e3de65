//! A tiny tokenizer shared by the date and quantity scanners: words,
//! numbers and single punctuation marks, each with its byte span.

use crate::model::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and apostrophes inside a word).
    Word,
    /// ASCII digits, with `,` thousands separators and one `.` decimal point.
    Number,
    /// Any other single non-space character.
    Punct,
}

/// One token with its bytes in the original input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'t> {
    /// The token's text.
    pub text: &'t str,
    /// Its bytes in the original input.
    pub span: Span,
    /// Word, number or punctuation.
    pub kind: TokenKind,
}

impl Token<'_> {
    /// Whether this is a word equal to `w`, ignoring ASCII case.
    pub fn is(&self, w: &str) -> bool {
        self.text.eq_ignore_ascii_case(w)
    }

    /// The token in ASCII lower case, borrowed when it already is (no allocation
    /// for the common case).
    pub fn lower(&self) -> std::borrow::Cow<'_, str> {
        if self.text.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(self.text.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(self.text)
        }
    }

    /// Whether the token starts with an upper-case letter.
    pub fn capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The number's value with separators removed, for number tokens.
    pub fn number(&self) -> Option<f64> {
        if self.kind != TokenKind::Number {
            return None;
        }
        let cleaned: String = self.text.chars().filter(|&c| c != ',').collect();
        cleaned.parse().ok()
    }
}

/// Splits `text[span]` into tokens. Linear in the span's length.
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    let Some(s) = span.of(text) else { return Vec::new() };
    let base = span.start;
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = i + c.len_utf8();
        let kind = if c.is_ascii_digit() {
            // Digits, allowing "236,000" and "3.64" (a separator must be followed by a digit).
            while end < bytes.len() {
                let b = bytes[end];
                if b.is_ascii_digit()
                    || ((b == b',' || b == b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
                {
                    end += 1;
                } else {
                    break;
                }
            }
            // "7th", "21st": an ordinal is one word.
            let suffix = ["st", "nd", "rd", "th"].iter().find(|suf| {
                s[end..].get(..2).is_some_and(|x| x.eq_ignore_ascii_case(suf))
                    && !s[end + 2..].chars().next().is_some_and(char::is_alphanumeric)
            });
            if suffix.is_some() && s[i..end].bytes().all(|b| b.is_ascii_digit()) {
                end += 2;
                TokenKind::Word
            } else {
                TokenKind::Number
            }
        } else if c.is_alphabetic() {
            while let Some(&(j, d)) = iter.peek() {
                let rest = &s[j + d.len_utf8()..];
                let mut after = rest.chars();
                let next_alpha = after.next().is_some_and(char::is_alphabetic);
                let possessive = rest.starts_with(['s', 'S']) && !after.next().is_some_and(char::is_alphabetic);
                let apostrophe_inside = (d == '\'' || d == '’') && next_alpha && !possessive;
                if d.is_alphabetic() || apostrophe_inside {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        // Skip the characters a number consumed.
        while let Some(&(j, _)) = iter.peek() {
            if j < end {
                iter.next();
            } else {
                break;
            }
        }
        out.push(Token { text: &s[i..end], span: Span::new(base + i, base + end), kind });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_words_and_punctuation() {
        let text = "$23.06 billion, 236,000 jobs; China’s";
        let toks: Vec<_> = tokenize(text, Span::new(0, text.len())).into_iter().map(|t| t.text).collect();
        assert_eq!(toks, vec!["$", "23.06", "billion", ",", "236,000", "jobs", ";", "China", "’", "s"]);
    }

    #[test]
    fn trailing_period_is_not_decimal() {
        let text = "in 2024.";
        let toks: Vec<_> = tokenize(text, Span::new(0, text.len())).into_iter().map(|t| t.text).collect();
        assert_eq!(toks, vec!["in", "2024", "."]);
    }
}
