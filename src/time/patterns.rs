//! Date patterns at a token: full and partial dates, ranges, weekdays,
//! bare years after a preposition, relative and vague expressions.

use super::{is_calendar_token, month_number_of, weekday_of, Expr, Found, DATE_PREPOSITION_SET};
use crate::model::Precision;
use crate::text::classes::Classes;
use crate::text::tokens::{Token, TokenKind};
use crate::text::words::{word, word_set};
use crate::vocab;
use chrono::NaiveDate;

fn year_of(t: &Token<'_>) -> Option<i32> {
    if t.kind != TokenKind::Number || t.text.len() != 4 {
        return None;
    }
    let y: i32 = t.text.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

fn day_of(t: Option<&Token<'_>>) -> Option<u32> {
    let t = t?;
    // "2" or "2nd".
    let digits = t.text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let ordinal = digits.len() < t.text.len() && crate::quantity::ordinal_of(t).is_some();
    if !(t.kind == TokenKind::Number || ordinal) || digits.len() > 2 || digits.is_empty() {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn month_of(t: Option<&Token<'_>>) -> Option<u32> {
    let t = t?;
    // Month names count only capitalized ("may" is a verb, "march" a noun).
    (t.kind == TokenKind::Word && t.capitalized()).then(|| month_number_of(t)).flatten()
}

fn is_dash(t: Option<&Token<'_>>) -> bool {
    t.is_some_and(|t| matches!(t.text, "-" | "–" | "—") || t.is_word(word!("to")) || t.is_word(word!("through")))
}

/// Skips an abbreviation's period ("Jan.") after token `i`.
fn after_abbrev(toks: &[Token<'_>], i: usize) -> usize {
    if toks.get(i + 1).is_some_and(|t| t.text == ".") && toks[i].text.len() <= 4 {
        i + 2
    } else {
        i + 1
    }
}

/// Whether a date expression can start at `t`: the cheap test that lets the
/// scanner pass over most tokens without trying any pattern.
#[inline]
pub(super) fn may_open_date(t: &Token<'_>) -> bool {
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Punct => false,
        TokenKind::Word => {
            let first = t.text.as_bytes()[0];
            first.is_ascii_digit() || t.classes.any_of(Classes::DATE_LEAD) || (t.capitalized() && is_calendar_token(t))
        }
    }
}

/// Tries every pattern at token `i`, longest first.
pub(super) fn parse_at(toks: &[Token<'_>], i: usize) -> Option<Found> {
    let t = toks.get(i).filter(|t| may_open_date(t))?;
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    // "Monday, January 5, 2026" or "on Saturday"
    if let Some(wd) = (t.kind == TokenKind::Word && t.capitalized()).then(|| weekday_of(t)).flatten() {
        let mut j = i + 1;
        if toks.get(j).is_some_and(|t| t.text == ",") {
            j += 1;
        }
        if let Some(mut f) = parse_month_first(toks, j).or_else(|| parse_day_first(toks, j)) {
            if let Expr::Day { weekday, .. } = &mut f.expr {
                *weekday = Some(wd);
                f.first = i;
                return Some(f);
            }
        }
        return Some(Found { first: i, last: i, expr: Expr::Weekday(wd) });
    }
    // ISO 2026-01-04
    if let (Some(y), true) = (year_of(t), toks.get(i + 1).is_some_and(|t| t.text == "-")) {
        let m = toks
            .get(i + 2)
            .filter(|t| t.kind == TokenKind::Number && t.text.len() == 2)
            .and_then(|t| t.text.parse::<u32>().ok());
        let d =
            toks.get(i + 4).filter(|_| toks.get(i + 3).is_some_and(|t| t.text == "-")).and_then(|t| day_of(Some(t)));
        if let (Some(m), Some(d)) = (m, d) {
            if NaiveDate::from_ymd_opt(y, m, d).is_some() {
                return Some(Found {
                    first: i,
                    last: i + 4,
                    expr: Expr::Day { year: Some(y), month: m, day: d, end: None, weekday: None },
                });
            }
        }
    }
    if let Some(f) = parse_month_first(toks, i).or_else(|| parse_day_first(toks, i)) {
        return Some(f);
    }
    // "between March and May 2024"
    if t.is_word(word!("between")) {
        if let (Some(m1), true, Some(m2)) = (
            month_of(toks.get(i + 1)),
            toks.get(i + 2).is_some_and(|t| t.is_word(word!("and"))),
            month_of(toks.get(i + 3)),
        ) {
            let year = toks.get(i + 4).and_then(year_of);
            let last = if year.is_some() { i + 4 } else { i + 3 };
            return Some(Found { first: i, last, expr: Expr::Month { year, month: m1, end_month: Some(m2) } });
        }
    }
    // Bare years and year ranges, after a preposition: "in 2024", "2026-2027", "the 1990s".
    if let Some(y) = year_of(t) {
        if is_dash(toks.get(i + 1)) {
            if let Some(y2) = toks.get(i + 2).and_then(|t| {
                year_of(t).or_else(|| {
                    (t.kind == TokenKind::Number && t.text.len() == 2)
                        .then(|| y / 100 * 100 + t.text.parse::<i32>().unwrap_or(0))
                })
            }) {
                if y2 > y && y2 - y <= 20 {
                    return Some(Found { first: i, last: i + 2, expr: Expr::Years(y, y2) });
                }
            }
        }
        if toks.get(i + 1).is_some_and(|t| t.text == "s") && y % 10 == 0 {
            return Some(Found { first: i, last: i + 1, expr: Expr::Years(y, y + 9) });
        }
        if prev.is_some_and(|p| DATE_PREPOSITION_SET.has(p) || p.text == "(") {
            let first = end_of_phrase_start(toks, i);
            return Some(Found { first, last: i, expr: Expr::Years(y, y) });
        }
        return None;
    }
    // A month alone after a preposition: "In August", "in March".
    if let Some(m) = month_of(Some(t)) {
        // "May" is a month only after "in" ("in May"), never after "by"/"to" ("may" the verb).
        let fits = if m == 5 {
            prev.is_some_and(|p| p.is_word(word!("in")))
        } else {
            prev.is_some_and(|p| DATE_PREPOSITION_SET.has(p))
        };
        if fits {
            // "in June last year", "in March next year": the year is the reference's, moved.
            let years = match (toks.get(i + 1), toks.get(i + 2)) {
                (Some(w), Some(y)) if y.is_word(word!("year")) => relative_offset(w),
                _ => None,
            };
            if let Some(years) = years {
                return Some(Found { first: i, last: i + 2, expr: Expr::MonthOfRelativeYear(m, years) });
            }
            return Some(Found { first: i, last: i, expr: Expr::Month { year: None, month: m, end_month: None } });
        }
        return None;
    }
    // Relative expressions.
    let next = toks.get(i + 1);
    let unit = |w: Option<&Token<'_>>| -> Option<Precision> {
        let w = w?;
        if w.is_word(word!("year")) {
            Some(Precision::Year)
        } else if w.is_word(word!("month")) {
            Some(Precision::Month)
        } else {
            None
        }
    };
    if let (Some(o), Some(p)) = (relative_offset(t), unit(next)) {
        return Some(Found { first: i, last: i + 1, expr: Expr::Relative(o, p) });
    }
    for (w, o) in [("yesterday", -1), ("today", 0), ("tomorrow", 1)] {
        if t.is(w) {
            return Some(Found { first: i, last: i, expr: Expr::Relative(o, Precision::Day) });
        }
    }
    // Vague: "in recent years", "in recent months", "in the past year", "over the years".
    if t.is_word(word!("recent"))
        && next.is_some_and(|n| n.is_word(word!("years")) || n.is_word(word!("months")) || n.is_word(word!("weeks")))
    {
        return Some(Found { first: i, last: i + 1, expr: Expr::Vague });
    }
    if (t.is_word(word!("past")) || t.is_word(word!("coming")))
        && prev.is_some_and(|p| p.is_word(word!("the")))
        && unit(next).is_some()
    {
        return Some(Found { first: i - 1, last: i + 1, expr: Expr::Vague });
    }
    None
}

/// Extends a bare year back over "the end of", "the beginning of", "early".
fn end_of_phrase_start(toks: &[Token<'_>], i: usize) -> usize {
    if i >= 3
        && toks[i - 1].is_word(word!("of"))
        && toks[i - 3].is_word(word!("the"))
        && word_set!(vocab::calendar::PERIOD_PARTS).has(&toks[i - 2])
    {
        i - 3
    } else {
        i
    }
}

/// The offset "last", "this" or "next" gives a unit of time: -1, 0, 1.
fn relative_offset(t: &Token<'_>) -> Option<i32> {
    if t.is_word(word!("last")) {
        Some(-1)
    } else if t.is_word(word!("this")) {
        Some(0)
    } else if t.is_word(word!("next")) {
        Some(1)
    } else {
        None
    }
}

/// "January 4, 2026", "Jan 20", "January 3 to 5", "January 3–5, 2026", "June 2025".
fn parse_month_first(toks: &[Token<'_>], i: usize) -> Option<Found> {
    let month = month_of(toks.get(i))?;
    let j = after_abbrev(toks, i);
    if let Some(day) = day_of(toks.get(j)) {
        let mut last = j;
        let mut end = None;
        if is_dash(toks.get(j + 1)) {
            if let Some(d2) = day_of(toks.get(j + 2)) {
                if d2 > day {
                    end = Some((month, d2));
                    last = j + 2;
                }
            } else if let (Some(m2), Some(d2)) =
                (month_of(toks.get(j + 2)), day_of(toks.get(after_abbrev(toks, j + 2))))
            {
                end = Some((m2, d2));
                last = after_abbrev(toks, j + 2);
            }
        }
        // Reject "May 5 people": a day must not be followed by more digits or a %.
        if toks.get(last + 1).is_some_and(|t| t.text == "%") {
            return None;
        }
        let mut year = None;
        let k = if toks.get(last + 1).is_some_and(|t| t.text == ",") { last + 2 } else { last + 1 };
        if let Some(y) = toks.get(k).and_then(year_of) {
            year = Some(y);
            last = k;
        }
        return Some(Found { first: i, last, expr: Expr::Day { year, month, day, end, weekday: None } });
    }
    if let Some(y) = toks.get(j).and_then(year_of) {
        return Some(Found { first: i, last: j, expr: Expr::Month { year: Some(y), month, end_month: None } });
    }
    None
}

/// "4 January 2026", "21 May".
fn parse_day_first(toks: &[Token<'_>], i: usize) -> Option<Found> {
    let day = day_of(toks.get(i))?;
    let month = month_of(toks.get(i + 1))?;
    let mut last = after_abbrev(toks, i + 1) - 1;
    let year = toks.get(last + 1).and_then(year_of);
    if year.is_some() {
        last += 1;
    }
    Some(Found { first: i, last, expr: Expr::Day { year, month, day, end: None, weekday: None } })
}
