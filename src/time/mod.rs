//! Stage 3a: temporal expressions → calendar dates.
//!
//! [`scan`] finds date expressions in sentences and resolves them against a
//! reference date (the publication date, else a caller-given date, else the
//! latest full date the text states). Relative expressions ("on Saturday",
//! "In August", "last year") resolve only when the context fixes them;
//! otherwise they stay unresolved. A wrong date is worse than none.

pub(crate) mod patterns;

use crate::model::{Precision, Span, When};
use crate::text::classes::Classes;
pub use crate::text::tokens::Token;
use crate::text::tokens::{tokenize, TokenKind};
use crate::text::words::{word_set, WordMap, WordSet};
use crate::vocab;
use crate::vocab::calendar::{DATE_PREPOSITIONS, FUTURE_CUES, MONTHS, SHORT_DAYS, WEEKDAYS};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use once_cell::sync::Lazy;
use patterns::{may_open_date, parse_at};

static DATE_PREPOSITION_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(DATE_PREPOSITIONS));

/// The month number of a month name or abbreviation ("Jan", "JANUARY", "Sept.").
pub fn month_number(word: &str) -> Option<u32> {
    MONTH_NUMBERS.get(word.trim_end_matches('.')).copied()
}

static MONTH_NUMBERS: Lazy<WordMap<u32>> = Lazy::new(|| WordMap::new(MONTHS.iter().copied()));
static WEEKDAY_NAMES: Lazy<WordMap<Weekday>> = Lazy::new(|| WordMap::new(WEEKDAYS.iter().copied()));

/// [`month_number`] of a word token (tokens never end in a period).
pub(crate) fn month_number_of(token: &Token<'_>) -> Option<u32> {
    MONTH_NUMBERS.of(token).copied()
}

/// [`weekday`] of a word token.
pub(crate) fn weekday_of(token: &Token<'_>) -> Option<Weekday> {
    WEEKDAY_NAMES.of(token).copied()
}

/// [`is_calendar_word`] of a token: the class the tokenizer gave it.
pub(crate) fn is_calendar_token(token: &Token<'_>) -> bool {
    token.classes.any_of(Classes::CALENDAR)
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
    /// A month of a year given relative to the reference: "June last year" (6, -1).
    MonthOfRelativeYear(u32, i32),
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
pub fn parse_date_line(line: &str) -> Option<NaiveDate> {
    let toks = tokenize(line, Span::new(0, line.len()));
    // A short weekday may open the line: "Wed 7 Jan 2026", "Tue., Jan 20, 2026".
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
            || word_set!(vocab::calendar::CLOCK_WORDS).has(t)
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
pub fn scan(text: &str, sentences: &[Span], reference: Option<NaiveDate>) -> Vec<DateMention> {
    let tokens: Vec<Vec<Token<'_>>> = sentences.iter().map(|&s| tokenize(text, s)).collect();
    scan_tokens(text, &tokens, reference)
}

/// [`scan`] over sentences already tokenized (`tokens[i]` is one sentence's).
pub fn scan_tokens(text: &str, tokens: &[Vec<Token<'_>>], reference: Option<NaiveDate>) -> Vec<DateMention> {
    let found: Vec<SentenceDates> = tokens.iter().map(|t| SentenceDates::find(t, Classes::of(t))).collect();
    resolve_all(text, &found, reference)
}

/// The date expressions of one sentence, found but not yet resolved.
///
/// Resolution needs the whole document (its latest explicit date is the
/// reference when none is given) but no tokens, so a long input can be
/// tokenized block by block and its tokens let go before [`resolve_all`].
#[derive(Debug, Clone, Default)]
pub struct SentenceDates(Vec<Located>);

/// One expression with its bytes and whether its clause looks ahead.
#[derive(Debug, Clone, Copy)]
struct Located {
    span: Span,
    future: bool,
    expr: Expr,
}

impl SentenceDates {
    /// Finds the date expressions among one sentence's tokens, whose
    /// classes ([`Classes::of`]) are `classes`.
    pub fn find(toks: &[Token<'_>], classes: Classes) -> SentenceDates {
        let mut found = Vec::new();
        // A date opens at a number, an ordinal, a month or weekday, or a lead such as "last".
        let openers = Classes::NUMBER | Classes::ORDINAL | Classes::CALENDAR | Classes::DATE_LEAD;
        if !classes.any_of(openers) {
            return SentenceDates(found);
        }
        let mut i = 0;
        while i < toks.len() {
            // Most tokens cannot open a date: test that before trying any pattern.
            if !may_open_date(&toks[i]) {
                i += 1;
                continue;
            }
            if let Some(f) = parse_at(toks, i) {
                i = f.last + 1;
                let span = Span::new(toks[f.first].span.start, toks[f.last].span.end);
                found.push(Located { span, future: is_future(toks, f.first), expr: f.expr });
            } else {
                i += 1;
            }
        }
        SentenceDates(found)
    }
}

/// Resolves the expressions of every sentence, in text order, against
/// `reference` (or, when `None`, the latest absolute day the text names).
pub fn resolve_all(text: &str, per_sentence: &[SentenceDates], reference: Option<NaiveDate>) -> Vec<DateMention> {
    let given = reference.is_some();
    let reference = reference.or_else(|| infer_reference(per_sentence));
    // A date the text implies counts too: "will last until January 5" written after
    // a full date in August 2025 says the text is from January 2026 at the earliest.
    let reference = reference.map(|r| {
        if given {
            return r;
        }
        let mut latest = r;
        for f in per_sentence.iter().flat_map(|s| &s.0) {
            if let Expr::Day { year: None, .. } = f.expr {
                if let Some(w) = resolve(f.expr, Some(r), None, f.future) {
                    latest = latest.max(w.end);
                }
            }
        }
        latest
    });
    let mut out = Vec::with_capacity(per_sentence.iter().map(|s| s.0.len()).sum());
    // A year-less "September 1" right after a sentence that says "September 20, 2023" takes
    // its year from that narrative, not from the publication date.
    let mut anchor: Option<NaiveDate> = None;
    for SentenceDates(found) in per_sentence {
        let local = anchor.or(reference);
        resolve_sentence(text, found, local, reference, &mut out);
        anchor = found.iter().rev().find_map(|f| match f.expr {
            Expr::Day { year: Some(y), month, day, .. } => NaiveDate::from_ymd_opt(y, month, day),
            _ => None,
        });
    }
    out
}

/// The latest day-precision date that names its own year.
fn infer_reference(per_sentence: &[SentenceDates]) -> Option<NaiveDate> {
    per_sentence
        .iter()
        .flat_map(|s| &s.0)
        .filter_map(|f| match f.expr {
            Expr::Day { year: Some(y), month, day, .. } => NaiveDate::from_ymd_opt(y, month, day),
            _ => None,
        })
        .max()
}

fn resolve_sentence(
    text: &str,
    found: &[Located],
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
        let future = f.future;
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
        let span = f.span;
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
    toks[..upto].iter().rev().take(12).any(|t| SET.has(t))
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
        Expr::MonthOfRelativeYear(month, years) => When::month(reference?.year() + years, month, ""),
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
        data.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
    }

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("bad date {s:?} in table: {e}"))
    }

    #[test]
    fn date_expressions_normalize() {
        let data = include_str!("../../tests/data/dates.tsv");
        let mut failures = Vec::new();
        let mut count = 0;
        for row in rows(data) {
            count += 1;
            let (reference, text, expression) = (date(row[0]), row[1], row[2]);
            let found = scan(text, &[Span::new(0, text.len())], Some(reference));
            if expression == "-" {
                if !found.is_empty() {
                    failures.push(format!("{text:?}: expected no date, found {:?}", found[0].span.of(text)));
                }
                continue;
            }
            let Some(m) = found
                .iter()
                .find(|m| m.span.of(text).is_some_and(|t| t.contains(expression) || expression.contains(t)))
            else {
                failures.push(format!(
                    "{text:?}: no date expression {expression:?} (found {:?})",
                    found.iter().map(|m| m.span.of(text)).collect::<Vec<_>>()
                ));
                continue;
            };
            match (row.get(3).copied(), &m.when) {
                (Some("-"), None) => {}
                (Some("-"), Some(w)) => {
                    failures.push(format!("{text:?}: {expression:?} should stay unresolved, got {} {}", w.start, w.end))
                }
                (_, None) => failures.push(format!("{text:?}: {expression:?} unresolved")),
                (_, Some(w)) => {
                    let (start, end, precision) = (date(row[3]), date(row[4]), row[5]);
                    if w.start != start || w.end != end || w.precision.as_str() != precision {
                        failures.push(format!(
                            "{text:?}: {expression:?} → {} {} {}, want {start} {end} {precision}",
                            w.start, w.end, w.precision
                        ));
                    }
                }
            }
        }
        assert!(count >= 80, "the table should hold at least 80 expressions, has {count}");
        assert!(failures.is_empty(), "{} of {count} failed:\n{}", failures.len(), failures.join("\n"));
    }

    proptest! {
        #[test]
        fn dates_round_trip_through_chrono(y in 1950i32..2090, m in 1u32..=12, d in 1u32..=28) {
            let date = chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let text = format!("The talks were held on {}.", date.format("%B %-d, %Y"));
            let found = scan(&text, &[Span::new(0, text.len())], None);
            prop_assert_eq!(found.len(), 1);
            prop_assert_eq!(found[0].when.as_ref().map(|w| w.start), Some(date));
        }
    }

    #[test]
    fn example_month_number() {
        assert_eq!(crate::time::month_number("JAN"), Some(1));
        assert_eq!(crate::time::month_number("Sept"), Some(9));
        assert_eq!(crate::time::month_number("Mayday"), None);
    }

    #[test]
    fn example_parse_date_line() {
        use chrono::NaiveDate;
        assert_eq!(crate::time::parse_date_line("Tuesday, January 20, 2026"), NaiveDate::from_ymd_opt(2026, 1, 20));
        assert_eq!(crate::time::parse_date_line("Talks on January 20, 2026"), None);
    }

    #[test]
    fn example_scan() {
        use crate::{Precision, Span};
        use chrono::NaiveDate;
        let text = "In October 2024, two nationals were killed, following an attack in March.";
        let found = crate::time::scan(text, &[Span::new(0, text.len())], NaiveDate::from_ymd_opt(2026, 1, 1));
        let march = found[1].when.as_ref().unwrap();
        assert_eq!(march.start, NaiveDate::from_ymd_opt(2024, 3, 1).unwrap());
        assert_eq!(march.precision, Precision::Month);
    }

    #[test]
    fn example_find() {
        use crate::text::tokens::tokenize;
        use crate::time::{resolve_all, SentenceDates};
        use crate::Span;
        let text = "The talks were held on January 4, 2026.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let found = [SentenceDates::find(&toks, Classes::of(&toks))];
        assert_eq!(resolve_all(text, &found, None)[0].when.as_ref().unwrap().start.to_string(), "2026-01-04");
    }
}
