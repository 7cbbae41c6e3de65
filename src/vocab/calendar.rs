//! Month and weekday names and the words that open or govern a date.

use chrono::Weekday;

/// Month names and abbreviations with their numbers.
pub(crate) const MONTHS: &[(&str, u32)] = &[
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

pub(crate) const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Words before a bare month or year that make it a date ("in August", "since 2013").
pub(crate) const DATE_PREPOSITIONS: &[&str] = &[
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

/// Cues that the clause speaks of the future.
pub(crate) const FUTURE_CUES: &[&str] =
    &["will", "shall", "upcoming", "scheduled", "expected", "next", "set", "planned", "due"];

pub(crate) const SHORT_DAYS: &[&str] = &["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];

/// Words (any case) that can open a date expression; every other opening
/// token is a number, an ordinal or a capitalized month or weekday name.
pub(crate) const DATE_LEADS: &[&str] =
    &["between", "last", "this", "next", "yesterday", "today", "tomorrow", "recent", "past", "coming"];

/// Words of a clock time ("10 am local time").
pub(crate) const CLOCK_WORDS: &[&str] = &["am", "pm", "a", "m", "p", "at", "hrs", "local", "time"];

/// Parts of a period ("the end of March").
pub(crate) const PERIOD_PARTS: &[&str] = &["end", "beginning", "start", "middle", "close"];

/// Words that open a time adverbial inside a clause ("on Monday", "last week").
pub(crate) const TIME_ADVERBIAL_LEADS: &[&str] = &["on", "in", "at", "during", "earlier", "later", "last", "this"];

/// Words that make an encounter a planned one.
pub(crate) const PLANNED_CUES: &[&str] = &["will", "shall", "to", "next", "upcoming", "scheduled", "planned"];

/// Words that close a range of dates ("until Friday").
pub(crate) const RANGE_ENDS: &[&str] = &["until", "till", "through", "to"];

/// Times of day that place an item of a day's programme ("at noon", "at 11am",
/// "in the afternoon").
pub(crate) const TIMES_OF_DAY: &[&str] = &["noon", "midday", "am", "pm", "morning", "afternoon", "evening"];
