//! Stage 3c: the header (headline, publication date, dateline city and
//! source credit), read from the text stage's lines with the time stage's
//! date grammar, and the document layout it completes.

use crate::model::Sentence;
use crate::text::lines::{self, Line, LineKind};
use crate::time::{month_number, parse_date_line};
use crate::vocab;
use crate::vocab::page::OUTLETS;
use chrono::{Datelike, NaiveDate};

/// What the top of an article says about the article itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Header {
    /// The headline line, when the text starts with one.
    pub headline: Option<String>,
    /// The publication date.
    pub published: Option<NaiveDate>,
    /// The dateline city, in title case ("BEIJING" → "Beijing").
    pub dateline: Option<String>,
    /// The credit in the dateline ("/DNA/", "(Reuters)").
    pub source: Option<String>,
    /// Month and day of the dateline, when it has one.
    pub dateline_date: Option<(u32, u32)>,
}

/// The layout of a document: header fields, classified lines and body sentences.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    /// Headline, publication date, dateline and credit.
    pub header: Header,
    /// Every line with its classification.
    pub lines: Vec<Line>,
    /// Body and caption sentences in text order.
    pub sentences: Vec<Sentence>,
}

/// Classifies the lines of `text`, reads its header and cuts its body into sentences.
pub fn layout(text: &str) -> Layout {
    let mut lines = lines::classify(text);
    let header = read(text, &mut lines);
    let sentences = crate::text::body_sentences(text, &lines);
    Layout { header, lines, sentences }
}

/// Reads the header from the classified lines, marking the headline and the
/// date line and recording where a dateline prefix ends.
pub fn read(text: &str, lines: &mut [Line]) -> Header {
    let mut header = Header::default();
    let mut first_body = None;
    for (i, line) in lines.iter_mut().enumerate() {
        match line.kind {
            LineKind::Blank | LineKind::Boilerplate => continue,
            LineKind::Body | LineKind::Caption => {
                first_body = Some(i);
                break;
            }
            _ => {}
        }
        let s = line.span.of(text).unwrap_or("");
        if let Some(city) = city_line(s) {
            header.dateline.get_or_insert(city);
            continue;
        }
        // "Dawn", "Global Times", "Xinhua | Updated: 2025-05-08": the publisher's own credit line.
        if let Some(outlet) = outlet_line(s) {
            header.source.get_or_insert_with(|| outlet.to_string());
        }
        if let Some(date) = parse_date_line(s).or_else(|| byline_date(s)) {
            line.kind = LineKind::HeaderDate;
            header.published.get_or_insert(date);
        } else if header.headline.is_none() && line.kind == LineKind::Heading && s.split_whitespace().count() >= 3 {
            line.kind = LineKind::Headline;
            header.headline = Some(s.to_string());
        }
    }
    // A photo caption may come before the first paragraph: the dateline opens the paragraph.
    let first_body = first_body.map(|i| {
        if lines[i].kind == LineKind::Caption {
            (i + 1..lines.len().min(i + 4)).find(|&j| lines[j].kind == LineKind::Body).unwrap_or(i)
        } else {
            i
        }
    });
    if let Some(i) = first_body {
        let s = lines[i].span.of(text).unwrap_or("");
        if let Some(d) = dateline(s) {
            header.dateline = Some(d.city);
            // The dateline's agency credit is the source; a publisher line stands when there is none.
            header.source = d.credit.or(header.source.take());
            header.dateline_date = d.date;
            // "NEW DELHI, Dec 5, 2024 (PTI)": a dateline with its year dates the article.
            if let (None, Some(y), Some((m, day))) = (header.published, d.year, d.date) {
                header.published = NaiveDate::from_ymd_opt(y, m, day);
            }
            lines[i].body_start = Some(lines[i].span.start + d.body_offset);
        } else if let Some((credit, offset)) = lead_credit(s) {
            header.source = Some(credit);
            lines[i].body_start = Some(lines[i].span.start + offset);
        }
    }
    // "SOURCE: AA" at the foot of the article, when nothing above named one.
    if header.source.is_none() {
        header.source = lines.iter().rev().find_map(|l| source_line(l.span.of(text).unwrap_or("")).map(String::from));
    }
    // A press release may date itself in its headline ("… Press Conference on March 11, 2025").
    if header.published.is_none() {
        if let Some(h) = &header.headline {
            let found = crate::time::scan(h, &[crate::model::Span::new(0, h.len())], None);
            header.published = found
                .iter()
                .filter(|d| d.absolute)
                .filter_map(|d| d.when.as_ref())
                .find(|w| w.precision == crate::model::Precision::Day && w.start == w.end)
                .map(|w| w.start);
        }
    }
    // The dateline's month and day take their year from the header's full date;
    // without one the date stays unknown.
    if let (Some(p), Some((m, d))) = (header.published, header.dateline_date) {
        if let Some(date) = NaiveDate::from_ymd_opt(p.year(), m, d) {
            if (date - p).num_days().abs() <= 7 {
                header.published = Some(date);
            }
        }
    }
    header
}

/// The outlet a header line names on its own, before " | …", or after a
/// timestamp ("Updated: December 10, 2022 14:12 Xinhua").
fn outlet_line(line: &str) -> Option<&'static str> {
    let name = line.split('|').next()?.trim().trim_start_matches("By ").trim();
    OUTLETS.iter().copied().find(|o| o.eq_ignore_ascii_case(name)).or_else(|| {
        let lower = line.to_ascii_lowercase();
        let stamped = vocab::page::TIMESTAMP_LABELS.iter().any(|w| lower.starts_with(w));
        let last = line.split_whitespace().last()?;
        stamped.then(|| OUTLETS.iter().copied().find(|o| o.eq_ignore_ascii_case(last))).flatten()
    })
}

/// "Published: Jan 20, 2025 09:34 PM", "Updated September 25, 2024": a byline's date.
fn byline_date(line: &str) -> Option<NaiveDate> {
    let lower = line.to_ascii_lowercase();
    let at = vocab::page::TIMESTAMP_LABELS.iter().filter_map(|w| lower.find(w).map(|p| p + w.len())).min()?;
    if line.split_whitespace().count() > 14 {
        return None;
    }
    let rest = line.get(at..)?.trim_start_matches([':', ' ', '-']);
    let found = crate::time::scan(rest, &[crate::model::Span::new(0, rest.len())], None);
    found.first().filter(|d| d.absolute).and_then(|d| d.when.as_ref()).filter(|w| w.start == w.end).map(|w| w.start)
}

/// A parsed dateline prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// City in title case.
    pub city: String,
    /// Month and day, when given.
    pub date: Option<(u32, u32)>,
    /// The year, when the dateline gives one ("Dec 5, 2024").
    pub year: Option<i32>,
    /// Agency credit.
    pub credit: Option<String>,
    /// Byte offset in the line where the body text starts.
    pub body_offset: usize,
}

/// Parses a dateline prefix such as "BEIJING, JAN 20 /DNA/ – ",
/// "ISLAMABAD: ", "Beijing, Jan. 5 (Xinhua) -- ".
pub fn dateline(line: &str) -> Option<Dateline> {
    // The prefix ends at the first dash or colon separator within the first 80 bytes.
    let window = &line[..floor_boundary(line, 80)];
    if let Some(d) = piped_dateline(line, window) {
        return Some(d);
    }
    let separator =
        ["–", "—", " - ", "--", ":"].iter().filter_map(|sep| window.find(sep).map(|p| (p, sep.len()))).min();
    // "Kathmandu, March 12 (PTI) India and …": a credit in parentheses may end the prefix on its own.
    let credit_end = window.find(')').map(|p| (p + 1, 0)).filter(|&(p, _)| {
        let after = line[p..].trim_start();
        after.len() < line[p..].len() && after.chars().next().is_some_and(char::is_uppercase)
    });
    // "TASHKENT, October 15. /TASS/. The …", "YEREVAN, OCTOBER 23, ARMENPRESS. The …": a credit
    // closed by a full stop ends the prefix.
    let stopped_credit = window.match_indices(". ").map(|(p, _)| p).find(|&p| {
        let before = window[..p].trim_end();
        let word = before.rsplit([' ', ',']).next().unwrap_or("");
        let slashed = word.len() > 2 && word.starts_with('/') && word.ends_with('/');
        let capitals = word.len() >= 3
            && word.chars().all(|c| c.is_ascii_uppercase())
            && month_number(word).is_none()
            && window[..p].contains(',');
        slashed || capitals
    });
    let stopped_credit = stopped_credit.map(|p| (p, 1));
    let (sep_at, sep_len) = match (separator, credit_end, stopped_credit) {
        (_, _, Some(stop)) if separator.is_none_or(|sep| stop.0 < sep.0) && credit_end.is_none_or(|c| stop.0 < c.0) => {
            stop
        }
        (Some(sep), Some(paren), _) if paren.0 < sep.0 => paren,
        (Some(sep), _, _) => sep,
        (None, Some(paren), _) => paren,
        (None, None, _) => return None,
    };
    let prefix = line[..sep_at].trim();
    let body_offset = sep_at + sep_len + (line[sep_at + sep_len..].len() - line[sep_at + sep_len..].trim_start().len());
    // City: words up to a comma, slash or parenthesis.
    let city_end = prefix.find([',', '/', '(']).unwrap_or(prefix.len());
    let city_raw = prefix[..city_end].trim();
    let all_caps = city_raw.chars().any(char::is_alphabetic) && !city_raw.chars().any(char::is_lowercase);
    if city_raw.chars().filter(|c| c.is_alphabetic()).count() < 3
        || city_raw.split_whitespace().count() > 3
        || !city_raw.chars().all(|c| c.is_alphabetic() || " .-'".contains(c))
    {
        return None;
    }
    let mut rest = prefix[city_end..].trim_start_matches(',').trim();
    // "PESHAWAR, Pakistan - …": the country after the city.
    if let Some((country, after)) = rest.split_once(',').or(Some((rest, ""))) {
        if !country.is_empty() && known(crate::EntryKind::Country, country.trim()) {
            rest = after.trim();
        }
    }
    let mut date = None;
    let mut year = None;
    // "14 October 2022": the day first.
    let mut words = rest.split_whitespace();
    if let (Some(d), Some(m)) = (words.next(), words.next().and_then(|m| month_number(m.trim_end_matches(',')))) {
        if let Ok(d) = d.parse::<u32>() {
            if (1..=31).contains(&d) {
                date = Some((m, d));
                let after_month = rest
                    .find(char::is_alphabetic)
                    .map_or(0, |i| i + rest[i..].find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len() - i));
                rest = rest[after_month..].trim_start_matches([',', '.']).trim();
                if let Some(digits) = rest.get(..4).filter(|d| d.chars().all(|c| c.is_ascii_digit())) {
                    year = digits.parse().ok();
                    rest = rest[4..].trim();
                }
            }
        }
    }
    let mut parts = rest.split_whitespace();
    if let (None, Some(m), Some(d)) = (date, parts.next().and_then(month_number), parts.next()) {
        if let Ok(d) = d.trim_end_matches([',', '.']).parse::<u32>() {
            if (1..=31).contains(&d) {
                date = Some((m, d));
                let skip = rest.find(char::is_numeric).unwrap_or(0);
                rest = rest[skip..].trim_start_matches(char::is_numeric).trim_start_matches([',', '.']).trim();
                // A year may follow.
                // `get` keeps this safe when a multi-byte character straddles byte 4 (a fuzz finding).
                if let Some(digits) = rest.get(..4).filter(|d| d.chars().all(|c| c.is_ascii_digit())) {
                    year = digits.parse().ok();
                    rest = rest[4..].trim();
                }
            }
        }
    }
    let credit = if let Some(inner) = rest.strip_prefix('/').and_then(|r| r.strip_suffix('/')) {
        Some(inner.trim().to_string())
    } else if let Some(inner) = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        Some(inner.trim().to_string())
    } else if rest.is_empty() {
        None
    } else if rest.len() >= 3 && rest.chars().all(|c| c.is_ascii_uppercase()) && all_caps {
        // "YEREVAN, OCTOBER 23, ARMENPRESS": an agency in capitals after the date.
        Some(rest.to_string())
    } else {
        return None;
    };
    // A title-case city needs a date or a credit to be a dateline, or to be a place the
    // lexicon knows ("Islamabad: …", not "Analysis: …").
    if !all_caps && date.is_none() && credit.is_none() && !known(crate::EntryKind::Place, city_raw) {
        return None;
    }
    Some(Dateline { city: title_case(city_raw), date, year, credit, body_offset })
}

/// Whether the built-in lexicon knows `name` as a `kind` (capitals are places).
fn known(kind: crate::EntryKind, name: &str) -> bool {
    crate::Lexicon::shared().lookup(kind, name).is_some()
}

/// "ANKARA" alone on a line before the first paragraph: a dateline of its own.
fn city_line(line: &str) -> Option<String> {
    let t = line.trim();
    let caps = t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase);
    let words = t.split_whitespace().count();
    (caps && (1..=3).contains(&words) && known(crate::EntryKind::Place, t)).then(|| title_case(t))
}

/// "Chikankata, Zambia | Xinhua | Zambian President …": place, credit and
/// body between pipes.
fn piped_dateline(line: &str, window: &str) -> Option<Dateline> {
    let first = window.find(" | ")?;
    let second = first + 3 + line[first + 3..].find(" | ")?;
    let place = line[..first].trim();
    let credit = line[first + 3..second].trim();
    let short_name = |s: &str, words: usize| {
        !s.is_empty()
            && s.split_whitespace().count() <= words
            && s.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && s.chars().all(|c| c.is_alphabetic() || " .-',".contains(c))
    };
    if !short_name(place, 5) || !short_name(credit, 4) {
        return None;
    }
    let city = place.split(',').next()?.trim();
    Some(Dateline {
        city: title_case(city),
        date: None,
        year: None,
        credit: Some(credit.to_string()),
        body_offset: second + 3,
    })
}

/// A credit opening the first paragraph without a city: "(MENAFN) The …",
/// "Shafaq News/ Iraqi …". Returns the credit and where the body starts.
fn lead_credit(line: &str) -> Option<(String, usize)> {
    let window = &line[..floor_boundary(line, 40)];
    let (credit, end) = if let Some(rest) = window.strip_prefix('(') {
        let close = rest.find(')')?;
        (&rest[..close], close + 2)
    } else {
        let slash = window.find("/ ")?;
        (&window[..slash], slash + 1)
    };
    let credit = credit.trim();
    let words = credit.split_whitespace().count();
    let named = (1..=3).contains(&words)
        && credit.len() >= 2
        && credit.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && credit.chars().all(|c| c.is_alphanumeric() || c == ' ');
    let body = line.get(end..)?.trim_start();
    (named && body.chars().next().is_some_and(char::is_uppercase))
        .then(|| (credit.to_string(), line.len() - body.len()))
}

/// A credit line anywhere in the article: "SOURCE: AA", "Source: Reuters".
fn source_line(line: &str) -> Option<&str> {
    let t = line.trim();
    let rest = t.get(..7).filter(|h| h.eq_ignore_ascii_case("source:")).map(|_| &t[7..])?.trim();
    (!rest.is_empty() && rest.len() <= 40 && rest.split_whitespace().count() <= 4).then_some(rest)
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// "NEW DELHI" → "New Delhi".
fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut out = String::new();
            let mut start = true;
            for c in w.chars() {
                if start {
                    out.extend(c.to_uppercase());
                } else {
                    out.extend(c.to_lowercase());
                }
                start = c == '-' || c == '\'';
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_dateline() {
        let d = crate::header::dateline("BEIJING, JAN 20 /DNA/ – At the beginning").unwrap();
        assert_eq!(d.city, "Beijing");
        assert_eq!(d.date, Some((1, 20)));
        assert_eq!(d.credit.as_deref(), Some("DNA"));
        assert!(crate::header::dateline("Pakistan, China agree – a report").is_none());
        let pti = crate::header::dateline("Kathmandu, March 12 (PTI) India and Nepal met.").unwrap();
        assert_eq!((pti.city.as_str(), pti.date, pti.credit.as_deref()), ("Kathmandu", Some((3, 12)), Some("PTI")));
    }
    #[test]
    fn credits_in_other_outlets_styles() {
        use crate::header::{dateline, layout};
        let d = dateline("NAIROBI, October 15. /KNA/. The contract was signed.").unwrap();
        assert_eq!((d.city.as_str(), d.date, d.credit.as_deref()), ("Nairobi", Some((10, 15)), Some("KNA")));
        let d = dateline("ACCRA, OCTOBER 23, GHANAPRESS. As part of his visit, the minister met.").unwrap();
        assert_eq!((d.city.as_str(), d.credit.as_deref()), ("Accra", Some("GHANAPRESS")));
        let d = dateline("Kisumu, Kenya | Xinhua | Kenyan President William Ruto opened the port.").unwrap();
        assert_eq!((d.city.as_str(), d.credit.as_deref()), ("Kisumu", Some("Xinhua")));
        assert_eq!(&"Kisumu, Kenya | Xinhua | Kenyan President"[d.body_offset..], "Kenyan President");
        let d = dateline("LAGOS, Nigeria - Five workers were hurt.").unwrap();
        assert_eq!((d.city.as_str(), d.credit), ("Lagos", None));
        let d = dateline("Nairobi, 14 October 2022 (KNA): The minister met.").unwrap();
        assert_eq!((d.date, d.year, d.credit.as_deref()), (Some((10, 14)), Some(2022), Some("KNA")));
        assert_eq!(dateline("Accra: The talks began.").unwrap().city, "Accra");
        assert!(dateline("Analysis: The talks began.").is_none());
        let text = "Talks in Accra\n\nA view of the port at dawn. (Photo: Jane Roe)\n\nACCRA, Ghana - The talks began on Monday.\n";
        assert_eq!(layout(text).header.dateline.as_deref(), Some("Accra"), "{:?}", layout(text).lines);
        let text = "Talks in Accra\n\nACCRA\n\nThe talks began on Monday.\n";
        assert_eq!(layout(text).header.dateline.as_deref(), Some("Accra"));
        // A sentence with a full stop after capitals is no dateline.
        assert!(dateline("The UN met on Monday. It agreed.").is_none());
        let text = "Talks in Accra\n\n(KNA) The talks began in Accra on Monday.\n";
        assert_eq!(layout(text).header.source.as_deref(), Some("KNA"));
        let text = "Talks in Accra\n\nNation Wire/ The talks began in Accra on Monday.\n";
        assert_eq!(layout(text).header.source.as_deref(), Some("Nation Wire"));
        let text = "Talks in Accra\n\nThe talks began in Accra on Monday.\n\nSOURCE: KNA\n";
        assert_eq!(layout(text).header.source.as_deref(), Some("KNA"));
        let text = "Updated: December 10, 2022 14:12 Xinhua\n\nTalks in Accra\n\nThe talks began in Accra on Monday.\n";
        assert_eq!(layout(text).header.source.as_deref(), Some("Xinhua"));
    }

    #[test]
    fn layout_reads_header_and_sentences() {
        let text = "Tuesday, January 20, 2026\nMain Menu\n\nTalks Open in Beijing\n\nBEIJING, JAN 20 /DNA/ – The talks began. Both sides agreed.\n";
        let layout = crate::header::layout(text);
        assert_eq!(layout.header.headline.as_deref(), Some("Talks Open in Beijing"));
        assert_eq!(layout.header.dateline.as_deref(), Some("Beijing"));
        assert_eq!(layout.header.source.as_deref(), Some("DNA"));
        assert_eq!(layout.sentences.len(), 2);
        assert_eq!(layout.sentences[0].span.of(text), Some("The talks began."));
    }
}
