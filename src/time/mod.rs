//! Stage 3a: temporal expressions → calendar dates.
//!
//! [`scan`] finds date expressions in sentences and resolves them against a
//! reference date (the publication date, else a caller-given date, else the
//! latest full date the text states). Relative expressions ("on Saturday",
//! "In August", "last year") resolve only when the context fixes them;
//! otherwise they stay unresolved. A wrong date is worse than none.

use crate::model::{Precision, Span, When};
pub use crate::text::tokens::Token;
use crate::text::tokens::{tokenize, TokenKind};
use crate::text::words::{WordMap, WordSet};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use once_cell::sync::Lazy;

/// Month names and abbreviations with their numbers.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Words before a bare month or year that make it a date ("in August", "since 2013").
const DATE_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "during",
    "from",
    "of",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "last",
    "this",
    "next",
    "through",
    "throughout",
    "between",
    "and",
    "to",
    "around",
    "on",
];

static DATE_PREPOSITION_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(DATE_PREPOSITIONS));

/// Cues that the clause speaks of the future.
const FUTURE_CUES: &[&str] = &["will", "shall", "upcoming", "scheduled", "expected", "next", "set", "planned", "due"];

/// The month number of a month name or abbreviation ("Jan", "JANUARY", "Sept.").
///
/// ```
/// assert_eq!(bilateral::time::month_number("JAN"), Some(1));
/// assert_eq!(bilateral::time::month_number("Sept"), Some(9));
/// assert_eq!(bilateral::time::month_number("Mayday"), None);
/// ```
pub fn month_number(word: &str) -> Option<u32> {
    static BY_NAME: Lazy<WordMap<u32>> = Lazy::new(|| WordMap::new(MONTHS.iter().copied()));
    BY_NAME.get(word.trim_end_matches('.')).copied()
}

/// The weekday a full weekday name names.
pub fn weekday(word: &str) -> Option<Weekday> {
    static BY_NAME: Lazy<WordMap<Weekday>> = Lazy::new(|| WordMap::new(WEEKDAYS.iter().copied()));
    BY_NAME.get(word).copied()
}

/// A date expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Where the words are.
    pub span: Span,
    /// The resolved date, `None` when the context does not fix it.
    pub when: Option<When>,
    /// Whether the expression names its own year (absolute).
    pub absolute: bool,
}

/// What an expression says before it is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expr {
    /// Month and day, maybe a year and a weekday; maybe an end day.
    Day { year: Option<i32>, month: u32, day: u32, end: Option<(u32, u32)>, weekday: Option<Weekday> },
    /// A month, maybe a year; maybe an end month.
    Month { year: Option<i32>, month: u32, end_month: Option<u32> },
    /// Whole years.
    Years(i32, i32),
    /// "last year" (-1, Year), "next month" (1, Month), "yesterday" (-1, Day).
    Relative(i32, Precision),
    /// A weekday alone ("on Saturday").
    Weekday(Weekday),
    /// Known to be a time expression, but vague ("in recent years").
    Vague,
}

/// One parsed expression with its token range.
struct Found {
    first: usize,
    last: usize,
    expr: Expr,
}

/// Parses a line that is only a date: "Tuesday, January 20, 2026",
/// "20 January 2026", "2026-01-20", "Jan. 20, 2026".
///
/// ```
/// use chrono::NaiveDate;
/// assert_eq!(bilateral::time::parse_date_line("Tuesday, January 20, 2026"), NaiveDate::from_ymd_opt(2026, 1, 20));
/// assert_eq!(bilateral::time::parse_date_line("Talks on January 20, 2026"), None);
/// ```
pub fn parse_date_line(line: &str) -> Option<NaiveDate> {
    let toks = tokenize(line, Span::new(0, line.len()));
    // A short weekday may open the line: "Wed 7 Jan 2026", "Tue., Jan 20, 2026".
    const SHORT_DAYS: &[&str] = &["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];
    let mut first = 0;
    if toks.first().is_some_and(|t| SHORT_DAYS.iter().any(|d| t.is(d))) {
        first = 1;
        while toks.get(first).is_some_and(|t| t.kind == TokenKind::Punct) {
            first += 1;
        }
    }
    let found = parse_at(&toks, first)?;
    // What may follow the date on a date line: punctuation and a time of day with its zone
    // ("10:32 AM", "06.00 GMT", "T10:00:00Z", "| 10:32 PKT", "at 3:45 p.m. ET").
    let time_word = |t: &Token<'_>| {
        let letters = t.text.chars().all(|c| c.is_ascii_alphabetic());
        (letters && t.text.len() <= 4 && t.text.chars().all(|c| c.is_ascii_uppercase()))
            || ["am", "pm", "a", "m", "p", "at", "hrs", "local", "time"].iter().any(|w| t.is(w))
    };
    let rest = &toks[found.last + 1..];
    let rest_is_noise = rest.len() <= 12
        && rest.iter().all(|t| {
            t.kind == TokenKind::Punct || t.kind == TokenKind::Number || (t.kind == TokenKind::Word && time_word(t))
        });
    match found.expr {
        Expr::Day { year: Some(y), month, day, end: None, .. } if rest_is_noise => {
            NaiveDate::from_ymd_opt(y, month, day)
        }
        _ => None,
    }
}

/// Finds every date expression in `sentences` of `text` and resolves it.
///
/// `reference` is the document's reference date; when `None`, the latest
/// absolute day-precision date in the text is used.
///
/// ```
/// use bilateral::{Span, Precision};
/// use chrono::NaiveDate;
/// let text = "In October 2024, two nationals were killed, following an attack in March.";
/// let found = bilateral::time::scan(text, &[Span::new(0, text.len())], NaiveDate::from_ymd_opt(2026, 1, 1));
/// let march = found[1].when.as_ref().unwrap();
/// assert_eq!(march.start, NaiveDate::from_ymd_opt(2024, 3, 1).unwrap());
/// assert_eq!(march.precision, Precision::Month);
/// ```
pub fn scan(text: &str, sentences: &[Span], reference: Option<NaiveDate>) -> Vec<DateMention> {
    let tokens: Vec<Vec<Token<'_>>> = sentences.iter().map(|&s| tokenize(text, s)).collect();
    scan_tokens(text, &tokens, reference)
}

/// [`scan`] over sentences already tokenized (the parser tokenizes each sentence once).
pub fn scan_tokens(text: &str, tokens: &[Vec<Token<'_>>], reference: Option<NaiveDate>) -> Vec<DateMention> {
    let given = reference.is_some();
    let mut per_sentence: Vec<(&[Token<'_>], Vec<Found>)> = Vec::with_capacity(tokens.len());
    for toks in tokens {
        let toks = toks.as_slice();
        let mut found = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if let Some(f) = parse_at(toks, i) {
                i = f.last + 1;
                found.push(f);
            } else {
                i += 1;
            }
        }
        per_sentence.push((toks, found));
    }
    let reference = reference.or_else(|| infer_reference(&per_sentence));
    // A date the text implies counts too: "will last until January 5" written after
    // a full date in August 2025 says the text is from January 2026 at the earliest.
    let reference = reference.map(|r| {
        if given {
            return r;
        }
        let mut latest = r;
        for (toks, found) in &per_sentence {
            for f in found {
                if let Expr::Day { year: None, .. } = f.expr {
                    if let Some(w) = resolve(f.expr, Some(r), None, is_future(toks, f.first)) {
                        latest = latest.max(w.end);
                    }
                }
            }
        }
        latest
    });
    let mut out = Vec::new();
    // A year-less "September 1" right after a sentence that says "September 20, 2023" takes
    // its year from that narrative, not from the publication date.
    let mut anchor: Option<NaiveDate> = None;
    for (toks, found) in &per_sentence {
        let local = anchor.or(reference);
        resolve_sentence(text, toks, found, local, reference, &mut out);
        anchor = found.iter().rev().find_map(|f| match f.expr {
            Expr::Day { year: Some(y), month, day, .. } => NaiveDate::from_ymd_opt(y, month, day),
            _ => None,
        });
    }
    out
}

/// The latest day-precision date that names its own year.
fn infer_reference(per_sentence: &[(&[Token<'_>], Vec<Found>)]) -> Option<NaiveDate> {
    per_sentence
        .iter()
        .flat_map(|(_, found)| found.iter())
        .filter_map(|f| match f.expr {
            Expr::Day { year: Some(y), month, day, .. } => NaiveDate::from_ymd_opt(y, month, day),
            _ => None,
        })
        .max()
}

fn resolve_sentence(
    text: &str,
    toks: &[Token<'_>],
    found: &[Found],
    narrative: Option<NaiveDate>,
    reference: Option<NaiveDate>,
    out: &mut Vec<DateMention>,
) {
    // Context shared by the sentence: its first explicit year, and a day-precision anchor.
    let carried_year = found.iter().find_map(|f| match f.expr {
        Expr::Day { year: Some(y), .. } | Expr::Month { year: Some(y), .. } => Some(y),
        _ => None,
    });
    let mut resolved: Vec<Option<When>> = Vec::with_capacity(found.len());
    for f in found {
        let future = is_future(toks, f.first);
        // Only month-and-day dates follow the narrative; relative ones ("last year") follow the reference.
        let base = if matches!(f.expr, Expr::Day { year: None, .. }) { narrative } else { reference };
        resolved.push(resolve(f.expr, base, carried_year, future));
    }
    // A weekday alone takes the week of a day-precision date in the same sentence.
    for (k, f) in found.iter().enumerate() {
        if let Expr::Weekday(wd) = f.expr {
            let anchor = found.iter().zip(&resolved).enumerate().find_map(|(j, (g, w))| {
                let w = w.as_ref()?;
                (j != k && w.precision == Precision::Day && !matches!(g.expr, Expr::Weekday(_))).then_some((j, w.start))
            });
            if let Some((j, day)) = anchor {
                // "on Saturday … until January 5": a weekday written before its anchor falls before it.
                let date = nearest(day, wd, j > k);
                resolved[k] = Some(When::day(date, ""));
            }
        }
    }
    for (f, when) in found.iter().zip(resolved) {
        let span = Span::new(toks[f.first].span.start, toks[f.last].span.end);
        let words = span.of(text).unwrap_or("").to_string();
        let when = when.map(|mut w| {
            w.text = words.clone();
            w.span = Some(span);
            w
        });
        let absolute = match f.expr {
            Expr::Day { year, .. } | Expr::Month { year, .. } => year.is_some(),
            Expr::Years(..) => true,
            _ => false,
        };
        out.push(DateMention { span, when, absolute });
    }
}

/// The same weekday as `wd` nearest to `day`: on or before it (`before`), or on or after it.
fn nearest(day: NaiveDate, wd: Weekday, before: bool) -> NaiveDate {
    let diff = (day.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64).rem_euclid(7);
    if before {
        day - Duration::days(diff)
    } else {
        day + Duration::days((7 - diff) % 7)
    }
}

fn is_future(toks: &[Token<'_>], upto: usize) -> bool {
    static SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(FUTURE_CUES));
    toks[..upto].iter().rev().take(12).any(|t| SET.contains(t.text))
}

fn resolve(expr: Expr, reference: Option<NaiveDate>, carried_year: Option<i32>, future: bool) -> Option<When> {
    match expr {
        Expr::Day { year, month, day, end, weekday } => {
            let year = match year {
                Some(y) => y,
                None => nearest_year(reference?, month, day, future)?,
            };
            let start = NaiveDate::from_ymd_opt(year, month, day)?;
            let mut when = match end {
                Some((m2, d2)) => {
                    let y2 = if m2 < month { year + 1 } else { year };
                    When::days(start, NaiveDate::from_ymd_opt(y2, m2, d2)?, "")?
                }
                None => When::day(start, ""),
            };
            if let Some(wd) = weekday {
                if start.weekday() != wd {
                    when.note = Some(format!("the text's weekday {wd:?} does not fall on {start}"));
                }
            }
            Some(when)
        }
        Expr::Month { year, month, end_month } => {
            let year = match year.or(carried_year) {
                Some(y) => y,
                None => {
                    let r = reference?;
                    if future {
                        if month > r.month() {
                            r.year()
                        } else {
                            r.year() + 1
                        }
                    } else if month <= r.month() {
                        r.year()
                    } else {
                        r.year() - 1
                    }
                }
            };
            let first = When::month(year, month, "")?;
            match end_month {
                Some(m2) if m2 >= month => {
                    let last = When::month(year, m2, "")?;
                    Some(When { end: last.end, ..first })
                }
                Some(_) => None,
                None => Some(first),
            }
        }
        Expr::Years(a, b) => When::years(a, b, ""),
        Expr::Relative(offset, precision) => {
            let r = reference?;
            match precision {
                Precision::Year => When::years(r.year() + offset, r.year() + offset, ""),
                Precision::Month => {
                    let total = r.year() * 12 + r.month0() as i32 + offset;
                    When::month(total.div_euclid(12), total.rem_euclid(12) as u32 + 1, "")
                }
                Precision::Day => Some(When::day(r + Duration::days(offset as i64), "")),
            }
        }
        Expr::Weekday(wd) => {
            let r = reference?;
            Some(When::day(if future { nearest(r, wd, false) } else { nearest(r, wd, true) }, ""))
        }
        Expr::Vague => None,
    }
}

/// The year that puts month/day nearest the reference, leaning to the tense.
fn nearest_year(r: NaiveDate, month: u32, day: u32, future: bool) -> Option<i32> {
    let mut best: Option<(i64, i32)> = None;
    for y in [r.year() - 1, r.year(), r.year() + 1] {
        let Some(d) = NaiveDate::from_ymd_opt(y, month, day) else { continue };
        let mut dist = (d - r).num_days().abs();
        // Lean towards the tense: a past-tense date after the reference costs more.
        if (future && d < r) || (!future && d > r) {
            dist += 45;
        }
        if best.is_none_or(|(b, _)| dist < b) {
            best = Some((dist, y));
        }
    }
    best.map(|(_, y)| y)
}

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
    let ordinal = digits.len() < t.text.len() && crate::quantity::ordinal(t.text).is_some();
    if !(t.kind == TokenKind::Number || ordinal) || digits.len() > 2 || digits.is_empty() {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn month_of(t: Option<&Token<'_>>) -> Option<u32> {
    let t = t?;
    // Month names count only capitalized ("may" is a verb, "march" a noun).
    (t.kind == TokenKind::Word && t.capitalized()).then(|| month_number(t.text)).flatten()
}

fn is_dash(t: Option<&Token<'_>>) -> bool {
    t.is_some_and(|t| matches!(t.text, "-" | "–" | "—") || t.is("to") || t.is("through"))
}

/// Skips an abbreviation's period ("Jan.") after token `i`.
fn after_abbrev(toks: &[Token<'_>], i: usize) -> usize {
    if toks.get(i + 1).is_some_and(|t| t.text == ".") && toks[i].text.len() <= 4 {
        i + 2
    } else {
        i + 1
    }
}

/// Lower-case words that can open a date expression; every other opening
/// token is a number, an ordinal or a capitalized month or weekday name.
const LOWER_CASE_LEADS: &[&str] =
    &["between", "last", "this", "next", "yesterday", "today", "tomorrow", "recent", "past", "coming"];

/// Whether a date expression can start at `t`: the cheap test that lets the
/// scanner pass over most tokens without trying any pattern.
fn may_open_date(t: &Token<'_>) -> bool {
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Punct => false,
        TokenKind::Word => {
            let first = t.text.as_bytes()[0];
            static LEADS: Lazy<WordSet> = Lazy::new(|| WordSet::new(LOWER_CASE_LEADS));
            first.is_ascii_digit() || t.capitalized() || LEADS.contains(t.text)
        }
    }
}

/// Tries every pattern at token `i`, longest first.
fn parse_at(toks: &[Token<'_>], i: usize) -> Option<Found> {
    let t = toks.get(i).filter(|t| may_open_date(t))?;
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    // "Monday, January 5, 2026" or "on Saturday"
    if let Some(wd) = (t.kind == TokenKind::Word && t.capitalized()).then(|| weekday(t.text)).flatten() {
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
    if t.is("between") {
        if let (Some(m1), true, Some(m2)) =
            (month_of(toks.get(i + 1)), toks.get(i + 2).is_some_and(|t| t.is("and")), month_of(toks.get(i + 3)))
        {
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
        if prev.is_some_and(|p| DATE_PREPOSITION_SET.contains(p.text) || p.text == "(") {
            let first = end_of_phrase_start(toks, i);
            return Some(Found { first, last: i, expr: Expr::Years(y, y) });
        }
        return None;
    }
    // A month alone after a preposition: "In August", "in March".
    if let Some(m) = month_of(Some(t)) {
        // "May" is a month only after "in" ("in May"), never after "by"/"to" ("may" the verb).
        let fits = if m == 5 {
            prev.is_some_and(|p| p.is("in"))
        } else {
            prev.is_some_and(|p| DATE_PREPOSITION_SET.contains(p.text))
        };
        if fits {
            return Some(Found { first: i, last: i, expr: Expr::Month { year: None, month: m, end_month: None } });
        }
        return None;
    }
    // Relative expressions.
    let next = toks.get(i + 1);
    let unit = |w: Option<&Token<'_>>| -> Option<Precision> {
        let w = w?;
        if w.is("year") {
            Some(Precision::Year)
        } else if w.is("month") {
            Some(Precision::Month)
        } else {
            None
        }
    };
    let offset = if t.is("last") {
        Some(-1)
    } else if t.is("this") {
        Some(0)
    } else if t.is("next") {
        Some(1)
    } else {
        None
    };
    if let (Some(o), Some(p)) = (offset, unit(next)) {
        return Some(Found { first: i, last: i + 1, expr: Expr::Relative(o, p) });
    }
    for (w, o) in [("yesterday", -1), ("today", 0), ("tomorrow", 1)] {
        if t.is(w) {
            return Some(Found { first: i, last: i, expr: Expr::Relative(o, Precision::Day) });
        }
    }
    // Vague: "in recent years", "in recent months", "in the past year", "over the years".
    if t.is("recent") && next.is_some_and(|n| n.is("years") || n.is("months") || n.is("weeks")) {
        return Some(Found { first: i, last: i + 1, expr: Expr::Vague });
    }
    if (t.is("past") || t.is("coming")) && prev.is_some_and(|p| p.is("the")) && unit(next).is_some() {
        return Some(Found { first: i - 1, last: i + 1, expr: Expr::Vague });
    }
    None
}

/// Extends a bare year back over "the end of", "the beginning of", "early".
fn end_of_phrase_start(toks: &[Token<'_>], i: usize) -> usize {
    if i >= 3
        && toks[i - 1].is("of")
        && toks[i - 3].is("the")
        && ["end", "beginning", "start", "middle", "close"].iter().any(|w| toks[i - 2].is(w))
    {
        i - 3
    } else {
        i
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
