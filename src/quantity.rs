//! Stage 3b: numbers with units → [`Quantity`] values.
//!
//! "$23.06 billion" → 2.306e10 USD, "3.64 billion kilowatt-hours" → kWh,
//! "8,000 megawatts" → MW, "11.1 per cent" → percent, "more than 300
//! personnel" (approximate), "two Chinese nationals" → 2 people. Ordinals
//! ("the eighth", "Seventh Round", "7th") are read by [`ordinal`].

use crate::model::{Quantity, Span, Unit};
use crate::text::classes::Classes;
use crate::text::tokens::{Token, TokenKind};
use crate::text::words::{word, WordMap};
use crate::vocab;
use crate::vocab::numbers::{APPROX, NUMBER_WORDS, ORDINAL_WORDS, SCALES, UNITS};
use once_cell::sync::Lazy;

/// [`UNITS`] by word.
static UNIT_WORDS: Lazy<WordMap<(Unit, f64)>> = Lazy::new(|| WordMap::new(UNITS.iter().map(|&(w, u, f)| (w, (u, f)))));

static NUMBER_WORD_VALUES: Lazy<WordMap<f64>> = Lazy::new(|| WordMap::new(NUMBER_WORDS.iter().copied()));
static ORDINAL_WORD_VALUES: Lazy<WordMap<u32>> = Lazy::new(|| WordMap::new(ORDINAL_WORDS.iter().copied()));

/// [`number_word`] of a token, by the hash the tokenizer computed.
pub(crate) fn number_word_of(token: &Token<'_>) -> Option<f64> {
    NUMBER_WORD_VALUES.of(token).copied()
}

/// [`ordinal`] of a token, by the hash the tokenizer computed.
pub(crate) fn ordinal_of(token: &Token<'_>) -> Option<u32> {
    if token.text.as_bytes().first()?.is_ascii_digit() {
        ordinal(token.text)
    } else {
        ORDINAL_WORD_VALUES.of(token).copied()
    }
}

/// The value of an ordinal: "eighth", "Seventh", "7th", "21st".
pub fn ordinal(word: &str) -> Option<u32> {
    if !word.as_bytes().first()?.is_ascii_digit() {
        return ORDINAL_WORD_VALUES.get(word).copied();
    }
    // "7th", "21st": digits and a two-letter suffix.
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if vocab::numbers::ORDINAL_SUFFIXES.iter().any(|s| suffix.eq_ignore_ascii_case(s)) {
        return digits.parse().ok().filter(|&n| n > 0);
    }
    None
}

/// Finds every quantity with a unit in `sentence` of `text`.
#[cfg(test)]
pub(crate) fn scan(text: &str, sentence: Span) -> Vec<Quantity> {
    let toks = crate::text::tokens::tokenize(text, sentence);
    scan_tokens(text, &toks, Classes::of(&toks))
}

/// [`scan`] over a sentence already tokenized, whose classes
/// ([`Classes::of`]) are `classes`.
pub fn scan_tokens(text: &str, toks: &[Token<'_>], classes: Classes) -> Vec<Quantity> {
    let mut out = Vec::new();
    // Every quantity has a number, in digits or in words.
    if !classes.any_of(Classes::NUMBER | Classes::NUMBER_WORD) {
        return out;
    }
    let mut i = 0;
    while i < toks.len() {
        // A quantity opens at a number, a number word, "$" or "US$": other tokens are passed
        // over by their kind and class.
        let t = &toks[i];
        let opens = matches!(t.kind, TokenKind::Number)
            || t.classes.any_of(Classes::NUMBER_WORD)
            || t.text == "$"
            || t.is_word(word!("US"));
        if !opens {
            i += 1;
            continue;
        }
        match at(text, toks, i) {
            Some((q, last)) => {
                out.push(q);
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// A quantity whose number is at token `i` (or `$` before it).
fn at(text: &str, toks: &[Token<'_>], i: usize) -> Option<(Quantity, usize)> {
    let mut first = i;
    let mut j = i;
    let mut dollars = false;
    if toks[j].text == "$" || (toks[j].is_word(word!("US")) && toks.get(j + 1).is_some_and(|t| t.text == "$")) {
        dollars = true;
        j += if toks[j].text == "$" { 1 } else { 2 };
    }
    let number_at = j;
    let mut value = match toks.get(j) {
        Some(t) if t.kind == TokenKind::Number => t.number()?,
        Some(t) if !dollars && t.kind == TokenKind::Word => number_word_of(t)?,
        _ => return None,
    };
    // A year is not a quantity ("in 2024 people" is rare; "2024" alone has no unit anyway).
    j += 1;
    if let Some(&(_, scale)) = toks.get(j).and_then(|t| SCALES.iter().find(|(w, _)| t.is(w))) {
        value *= scale;
        j += 1;
    }
    let unit_at = |k: usize| -> Option<(Unit, f64, usize)> {
        let t = toks.get(k)?;
        if t.text == "%" {
            return Some((Unit::Percent, 1.0, k));
        }
        if t.is_word(word!("per")) && toks.get(k + 1).is_some_and(|n| n.is_word(word!("cent"))) {
            return Some((Unit::Percent, 1.0, k + 1));
        }
        // "kilowatt-hours" is three tokens.
        if toks.get(k + 1).is_some_and(|d| d.text == "-") {
            if let Some(n) = toks.get(k + 2) {
                let joined = format!("{}-{}", t.text, n.text);
                if let Some(&(u, f)) = UNIT_WORDS.get(&joined) {
                    return Some((u, f, k + 2));
                }
            }
        }
        UNIT_WORDS.of(t).map(|&(u, f)| (u, f, k))
    };
    let (unit, factor, last) = if dollars {
        (Unit::Usd, 1.0, j - 1)
    } else if let Some(u) = unit_at(j) {
        u
    } else if let Some(u) = toks.get(j).filter(|t| t.text == "-").and_then(|_| unit_at(j + 1)) {
        // "the 884-megawatt plant"
        u
    } else {
        // "two Chinese nationals", "3,000 local workers": up to two words between the number and a people noun
        // (lower-case ones only after digits, so "two sides" stays nothing).
        let digits_before = toks[i].kind == TokenKind::Number;
        let mut k = j;
        while k < toks.len()
            && k < j + 2
            && toks[k].kind == TokenKind::Word
            && (toks[k].capitalized() || (digits_before && unit_at(k).is_none()))
        {
            k += 1;
        }
        match unit_at(k) {
            Some(u) if k > j && matches!(u.0, Unit::People | Unit::Personnel) => u,
            _ => return None,
        }
    };
    // Percent and money need digits; spelled-out words only count people.
    let digits = toks[number_at].kind == TokenKind::Number;
    if !digits && !matches!(unit, Unit::People | Unit::Personnel | Unit::Jobs) {
        return None;
    }
    if value < 0.0 || !value.is_finite() {
        return None;
    }
    // Approximation words before the number.
    let mut approximate = false;
    for words in APPROX {
        let n = words.len();
        if first >= n && toks[first - n..first].iter().zip(words.iter()).all(|(t, w)| t.is(w)) {
            approximate = true;
            first -= n;
            break;
        }
    }
    let span = Span::new(toks[first].span.start, toks[last].span.end);
    let q = Quantity {
        value: value * factor,
        unit,
        text: span.of(text).unwrap_or("").to_string(),
        approximate,
        span: Some(span),
    };
    Some((q, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
        data.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
    }

    #[test]
    fn quantities_normalize() {
        let data = include_str!("../tests/data/quantities.tsv");
        let mut failures = Vec::new();
        let mut count = 0;
        for row in rows(data) {
            count += 1;
            let text = row[0];
            let found = scan(text, Span::new(0, text.len()));
            if row[1] == "-" {
                if !found.is_empty() {
                    failures.push(format!("{text:?}: expected nothing, found {:?}", found[0].text));
                }
                continue;
            }
            let value: f64 = row[1].parse().expect("value");
            let Some(q) = found.first() else {
                failures.push(format!("{text:?}: nothing found"));
                continue;
            };
            let ok = (q.value - value).abs() <= 1e-6 * value.abs().max(1.0)
                && q.unit.as_str() == row[2]
                && q.approximate.to_string() == row[3]
                && row.get(4).is_none_or(|text| q.text == *text);
            if !ok {
                failures.push(format!(
                    "{text:?}: got {} {} approx={}, want {value} {} approx={}",
                    q.value, q.unit, q.approximate, row[2], row[3]
                ));
            }
            let span = q.span.expect("quantities carry spans");
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
        assert!(count >= 40, "the table should hold at least 40 quantities, has {count}");
        assert!(failures.is_empty(), "{} of {count} failed:\n{}", failures.len(), failures.join("\n"));
    }

    #[test]
    fn example_ordinal() {
        assert_eq!(crate::quantity::ordinal("Seventh"), Some(7));
        assert_eq!(crate::quantity::ordinal("7th"), Some(7));
        assert_eq!(crate::quantity::ordinal("seven"), None);
    }

    #[test]
    fn example_scan() {
        use crate::{Span, Unit};
        let text = "Trade reached $23.06 billion, up 11.1 percent, creating more than 5 million jobs.";
        let q = crate::quantity::scan(text, Span::new(0, text.len()));
        assert_eq!((q[0].value, q[0].unit), (23.06e9, Unit::Usd));
        assert_eq!((q[1].value, q[1].unit), (11.1, Unit::Percent));
        assert!(q[2].approximate && q[2].value == 5e6 && q[2].unit == Unit::Jobs);
    }
}
