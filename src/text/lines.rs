//! Line classification: body, heading, caption, or boilerplate to drop.
//!
//! The rules are general shapes of scraped pages, not strings of any one
//! site: consent banners mention cookies or privacy; navigation and share
//! widgets are a few words from a small vocabulary; comment forms ask for a
//! name, an e-mail or a reply; link blocks start with a "trending" or
//! "related" header; captions are repeated and end with a photo credit;
//! author blurbs follow a name line repeated after the body.

use super::bytes::{ascii_letters, bytes_between, bytes_equal, HIGH_BITS};
use super::tokens::is_alnum;
use super::trim_span;
use crate::model::Span;
use crate::vocab::page::{LINK_BLOCK_HEADERS, WIDGET_WORDS};
use aho_corasick::AhoCorasick;
use memchr::memmem;
use once_cell::sync::Lazy;

/// What a line of the input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineKind {
    /// Empty or white space only.
    Blank,
    /// Page furniture: consent notices, menus, comment forms, link blocks,
    /// author blurbs, repeated lines.
    Boilerplate,
    /// The date line of the header.
    HeaderDate,
    /// The headline.
    Headline,
    /// A section heading or deck (no final punctuation).
    Heading,
    /// A photo caption (kept once).
    Caption,
    /// Body text.
    Body,
}

/// One line of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Line {
    /// The line's bytes, trimmed of surrounding white space.
    pub span: Span,
    /// What the line is.
    pub kind: LineKind,
    /// Where the body text starts when a dateline prefix comes first.
    pub body_start: Option<usize>,
}

/// Splits `text` into lines and classifies each.
pub fn classify(text: &str) -> Vec<Line> {
    let mut lines = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        lines.push(raw_line(text, start, i));
        start = i + 1;
    }
    if start < text.len() {
        lines.push(raw_line(text, start, text.len()));
    }
    mark_repeats(text, &mut lines);
    mark_link_blocks(text, &mut lines);
    mark_author_blurb(text, &mut lines);
    lines
}

fn raw_line(text: &str, start: usize, end: usize) -> Line {
    let span = trim_span(text, Span::new(start, end));
    let s = span.of(text).unwrap_or("");
    let kind = if s.is_empty() {
        LineKind::Blank
    } else if is_boilerplate(s) {
        LineKind::Boilerplate
    } else if is_heading_shape(s) {
        LineKind::Heading
    } else {
        LineKind::Body
    };
    Line { span, kind, body_start: None }
}

/// Lower-cased words of a line (letters and digits only).
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Kinds of furniture phrase found by [`FURNITURE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Furniture {
    /// Opens a credit line: "Photo:", "(Reporting by".
    Credit,
    /// Legal notice anywhere in a short line.
    Legal,
    /// Consent banner wording.
    Consent,
    /// Comment form or reply prompt.
    Form,
}

/// Phrases of a consent banner.
const CONSENT_PHRASES: &[&str] = &["cookie", "privacy policy", "privacy statement", "terms of use", "terms of service"];

/// The first words of the consent phrases without their first letter, in
/// lower case and in capitals: parts that keep their case however a banner
/// writes the phrase ("Cookie", "PRIVACY Policy", "Terms of Use"). A long line
/// with none of them holds no consent phrase, which one fast substring search
/// each tells.
static CONSENT_STEMS: Lazy<Vec<memchr::memmem::Finder<'static>>> = Lazy::new(|| {
    let mut stems: Vec<String> = CONSENT_PHRASES
        .iter()
        .filter_map(|p| p.split(' ').next()?.get(1..))
        .flat_map(|stem| [stem.to_string(), stem.to_ascii_uppercase()])
        .collect();
    stems.sort();
    stems.dedup();
    stems.iter().map(|stem| memmem::Finder::new(stem.as_bytes()).into_owned()).collect()
});

/// Every furniture phrase in one ASCII-case-insensitive automaton, so a line
/// is read once however many rules there are.
static FURNITURE: Lazy<(AhoCorasick, Vec<Furniture>)> = Lazy::new(|| {
    use Furniture::*;
    let table: &[(Furniture, &[&str])] = &[
        (
            Credit,
            &[
                "photo:",
                "image:",
                "photo credit",
                "file photo",
                "credit:",
                "(reporting by",
                "reporting by",
                "(writing by",
                "(editing by",
                "additional reporting by",
                "(additional reporting",
            ],
        ),
        (Legal, &["copyright", "all rights reserved"]),
        (Consent, CONSENT_PHRASES),
        (
            Form,
            &[
                "leave a reply",
                "leave a comment",
                "post a comment",
                "add a comment",
                "comments are closed",
                "enter your comment",
                "enter your name",
                "your email address",
                "incorrect email",
                "save my name",
                "cancel reply",
                "log in to comment",
                "sign in to comment",
                "be the first to comment",
                "no comments",
            ],
        ),
    ];
    let mut patterns = Vec::new();
    let mut kinds = Vec::new();
    for &(kind, phrases) in table {
        for p in phrases {
            patterns.push(*p);
            kinds.push(kind);
        }
    }
    // Thirty-odd phrases make a small DFA: the fastest kind, read over every short line.
    let automaton = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(patterns)
        .expect("furniture phrases are a small fixed set");
    (automaton, kinds)
});

/// Words (runs of letters and digits) and breadcrumb separators in `s`, in
/// one pass that reads eight ASCII bytes at a time, decodes only non-ASCII
/// characters and stops once more than `limit` words are seen (a long line
/// is then reported as `limit + 1`).
fn word_and_crumb_counts(s: &str, limit: usize) -> (usize, usize) {
    let (mut words, mut crumbs, mut in_word) = (0usize, 0usize, false);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(Ok(chunk)) = bytes.get(i..i + 8).map(<[u8; 8]>::try_from) {
            let x = u64::from_le_bytes(chunk);
            if x & HIGH_BITS == 0 {
                let letters = ascii_letters(x);
                let digits = bytes_between(x, 0x2f, 0x3a);
                let alnum = letters | digits;
                // A word starts at a letter or digit whose previous byte is neither.
                let before = (alnum << 8) | if in_word { 0x80 } else { 0 };
                words += (alnum & !before).count_ones() as usize;
                crumbs += (bytes_equal(x, b'>') | bytes_equal(x, b'|')).count_ones() as usize;
                in_word = alnum >> 63 == 1;
                i += 8;
                if words > limit {
                    return (limit + 1, crumbs);
                }
                continue;
            }
        }
        let b = bytes[i];
        let alnum = if b.is_ascii() {
            crumbs += usize::from(b == b'>' || b == b'|');
            i += 1;
            b.is_ascii_alphanumeric()
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            crumbs += usize::from(matches!(c, '»' | '›'));
            i += c.len_utf8();
            is_alnum(c)
        };
        if alnum && !in_word {
            words += 1;
            if words > limit {
                return (limit + 1, crumbs);
            }
        }
        in_word = alnum;
    }
    (words, crumbs)
}

/// The longest line, in words, that a credit, legal notice or comment
/// prompt can be; a longer one is furniture only as a consent banner.
const SHORT_LINE_WORDS: usize = 30;

/// The longest consent banner, in words.
const CONSENT_LINE_WORDS: usize = 80;

/// Whether a single line is page furniture by its own content.
pub(crate) fn is_boilerplate(s: &str) -> bool {
    // Page furniture is short; a paragraph of body text is not read word by word here.
    if s.len() > 600 {
        return false;
    }
    // Words are counted only as far as a rule needs: past thirty only a consent banner can be
    // furniture, and only a line that names a consent word is counted on.
    let (n, crumbs) = word_and_crumb_counts(s, SHORT_LINE_WORDS);
    if n == 0 {
        // Punctuation or symbols only.
        return true;
    }
    let (automaton, kinds) = &*FURNITURE;
    if n > SHORT_LINE_WORDS {
        // A paragraph is furniture only as a consent banner ("We use cookies … Privacy Policy"),
        // and only one naming a consent word is read phrase by phrase.
        return CONSENT_STEMS.iter().any(|stem| stem.find(s.as_bytes()).is_some())
            && word_and_crumb_counts(s, CONSENT_LINE_WORDS).0 <= CONSENT_LINE_WORDS
            && automaton.find_overlapping_iter(s).any(|m| kinds[m.pattern().as_usize()] == Furniture::Consent);
    }
    // Breadcrumbs: "Home » World » Asia" (the count covered the whole line), and a short trail
    // from the home page: "Home > Transport".
    let from_home = s.trim_start().get(..4).is_some_and(|w| w.eq_ignore_ascii_case("home"));
    if (crumbs >= 2 || (crumbs == 1 && from_home)) && n <= 12 {
        return true;
    }
    // Credits and legal lines ("Photo: Reuters", "(Reporting by …; Editing by …)", "Copyright 2024 …"),
    // consent banners, comment forms and reply prompts, in a line of at most thirty words.
    // Most lines hold no furniture phrase: a plain search, faster than an overlapping one, says so.
    let matches = automaton.is_match(s).then(|| automaton.find_overlapping_iter(s));
    for m in matches.into_iter().flatten() {
        let hit = match kinds[m.pattern().as_usize()] {
            Furniture::Credit => m.start() == 0,
            Furniture::Legal | Furniture::Consent => true,
            Furniture::Form => n <= 12,
        };
        if hit {
            return true;
        }
    }
    if s.starts_with('©') {
        return true;
    }
    // A single related link: "Also Read: …", "Related: …", "READ MORE: …".
    if let Some((head, _)) = s.split_once(':') {
        if LINK_BLOCK_HEADERS.iter().any(|h| h.eq_ignore_ascii_case(head.trim())) && n <= 25 {
            return true;
        }
    }
    // Navigation, share buttons and widgets: a few words, all from the widget vocabulary.
    if n <= 4 && words(s).iter().all(|w| WIDGET_WORDS.contains(&w.as_str())) && !s.ends_with('.') {
        return true;
    }
    false
}

/// A short line with no final sentence punctuation: heading or deck.
fn is_heading_shape(s: &str) -> bool {
    let last = s.chars().last().unwrap_or('.');
    s.len() <= 200
        && !matches!(last, '.' | '!' | '?' | '"' | '”' | ':' | ';' | ',')
        && s.split_whitespace().nth(20).is_none()
}

/// The lower-cased words of `s` (letters and digits), each led by one space:
/// two lines with the same words compare equal however they are punctuated.
fn word_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .flat_map(|w| std::iter::once(' ').chain(w.chars().flat_map(char::to_lowercase)))
}

/// Whether two lines have the same words, without building either.
fn same_words(a: &str, b: &str) -> bool {
    // A repeated line is most often an exact copy.
    if a == b {
        return true;
    }
    // Byte by byte while both lines are ASCII; a difference found there is final, since the
    // words up to it read the same either way. Other characters go the Unicode way.
    let (mut x, mut y) = (ascii_word_bytes(a), ascii_word_bytes(b));
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p == q && p.is_ascii() => {}
            (Some(p), _) | (_, Some(p)) if !p.is_ascii() => return word_chars(a).eq(word_chars(b)),
            _ => return false,
        }
    }
}

/// [`word_chars`] of an ASCII line, byte by byte; a byte of another
/// character is passed through as it is (the caller stops there).
fn ascii_word_bytes(s: &str) -> impl Iterator<Item = u8> + '_ {
    let mut in_word = false;
    s.bytes().flat_map(move |b| {
        if !b.is_ascii() {
            return None.into_iter().chain(Some(b));
        }
        let alnum = b.is_ascii_alphanumeric();
        let lead = (alnum && !in_word).then_some(b' ');
        in_word = alnum;
        lead.into_iter().chain(alnum.then(|| b.to_ascii_lowercase()))
    })
}

/// The link-block headers as [`word_chars`] writes them, for one look-up a line.
static LINK_HEADER_WORDS: Lazy<rustc_hash::FxHashSet<String>> =
    Lazy::new(|| LINK_BLOCK_HEADERS.iter().map(|h| word_chars(h).collect()).collect());

/// Whether the words of `s` are exactly one of the link-block headers.
fn is_link_block_header(s: &str) -> bool {
    // The longest header is a few words; a longer line is never one.
    s.len() <= 64 && LINK_HEADER_WORDS.contains(&word_chars(s).collect::<String>())
}

/// A line equal to an earlier non-blank line within the next few lines is a
/// repeat: the first copy is kept (as a caption when it was repeated inside
/// the text or ends with a photo credit), the copies are dropped.
fn mark_repeats(text: &str, lines: &mut [Line]) {
    let content: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].kind != LineKind::Blank).collect();
    // Only short lines repeat as captions or headlines.
    let short = |line: &Line| line.span.of(text).filter(|s| s.len() <= 400);
    for (ci, &i) in content.iter().enumerate() {
        if lines[i].kind == LineKind::Boilerplate {
            continue;
        }
        let Some(line) = short(&lines[i]) else { continue };
        let mut repeated = false;
        for &j in content.iter().skip(ci + 1).take(3) {
            if short(&lines[j]).is_some_and(|other| same_words(line, other)) {
                lines[j].kind = LineKind::Boilerplate;
                repeated = true;
            } else {
                break;
            }
        }
        let s = lines[i].span.of(text).unwrap_or("");
        if (repeated && ci > 0 && is_caption_shape(s)) || has_photo_credit(s) {
            lines[i].kind = LineKind::Caption;
        }
    }
}

/// Captions describe a picture: they often start "The photo shows", name a
/// place and date, or end with a credit.
fn is_caption_shape(s: &str) -> bool {
    has_photo_credit(s) || s.to_lowercase().starts_with("the photo") || s.contains("(L)") || s.contains("(R)")
}

/// " /Xinhua", " /VCG", " /Chinese Foreign Ministry", "(Photo: AFP)" at the end.
fn has_photo_credit(s: &str) -> bool {
    // A credit closes a short line: look only at its tail.
    let tail_start = s.len().saturating_sub(80);
    let tail_start = (tail_start..=s.len()).find(|&i| s.is_char_boundary(i)).unwrap_or(s.len());
    if let Some(pos) = s[tail_start..].rfind(" /").map(|p| p + tail_start) {
        let credit = &s[pos + 2..];
        let n = credit.split_whitespace().count();
        return (1..=4).contains(&n) && credit.chars().next().is_some_and(char::is_uppercase) && !credit.contains('.');
    }
    s.ends_with(')') && {
        let lower = s[tail_start..].to_lowercase();
        lower.contains("(photo") || lower.contains("(file photo")
    }
}

/// After a link-block header ("Search Trends", "Related Articles"), every
/// following short line is part of the block.
fn mark_link_blocks(text: &str, lines: &mut [Line]) {
    let mut in_block = false;
    for line in lines.iter_mut() {
        if line.kind == LineKind::Blank {
            continue;
        }
        let s = line.span.of(text).unwrap_or("");
        if is_link_block_header(s) {
            line.kind = LineKind::Boilerplate;
            in_block = true;
        } else if in_block {
            if line.kind == LineKind::Heading || line.kind == LineKind::Boilerplate {
                line.kind = LineKind::Boilerplate;
            } else {
                in_block = false;
            }
        }
    }
}

/// An author credit after the body: a short name line that was repeated
/// (its copies already dropped) near the end, followed by a paragraph about
/// the author. Both are dropped.
fn mark_author_blurb(text: &str, lines: &mut [Line]) {
    let content: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].kind != LineKind::Blank).collect();
    let body_total = content.iter().filter(|&&i| lines[i].kind == LineKind::Body).count();
    let mut body_seen = 0;
    for (ci, &i) in content.iter().enumerate() {
        if lines[i].kind == LineKind::Body {
            body_seen += 1;
        }
        if lines[i].kind != LineKind::Heading || body_seen * 2 < body_total || body_seen == 0 {
            continue;
        }
        let s = lines[i].span.of(text).unwrap_or("");
        let name_like = s.split_whitespace().count() <= 4
            && s.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase));
        let repeated = content.get(ci + 1).is_some_and(|&j| {
            lines[j].kind == LineKind::Boilerplate && same_words(lines[j].span.of(text).unwrap_or(""), s)
        });
        if !(name_like && repeated) {
            continue;
        }
        // Everything after an author credit is about the author or the site.
        for &j in &content[ci..] {
            lines[j].kind = LineKind::Boilerplate;
        }
        break;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, LineKind)> {
        classify(text)
            .into_iter()
            .filter(|l| l.kind != LineKind::Blank)
            .map(|l| (l.span.of(text).unwrap().to_string(), l.kind))
            .collect()
    }

    #[test]
    fn consent_banner_is_boilerplate() {
        assert!(is_boilerplate("We use cookies to improve your experience. Read our Privacy Policy."));
        assert!(is_boilerplate("Our Privacy Statement & Cookie Policy"));
        assert!(is_boilerplate("I agree"));
        assert!(!is_boilerplate("China agreed to deepen cooperation with Pakistan."));
    }

    #[test]
    fn a_long_consent_banner_is_boilerplate_in_any_written_case() {
        let banner = |phrase: &str| {
            format!(
                "This site stores small files on your device so that pages load faster, remember your \
                 choices and show content that suits you; by going on reading you accept our {phrase} \
                 and the way we and our partners handle data."
            )
        };
        for phrase in ["cookie notice", "Cookie Notice", "PRIVACY POLICY", "Terms of Use", "terms Of Service"] {
            assert!(is_boilerplate(&banner(phrase)), "{phrase}");
        }
        assert!(!is_boilerplate(&banner("house rules")));
        // A credit phrase inside a paragraph is no credit line.
        assert!(!is_boilerplate(&banner("reporting by the agency")));
        // A paragraph of more than eighty words that names a privacy policy is body text.
        let story = "Officials from both governments met in the capital on Tuesday to review the draft of \
                     a data agreement that would align the privacy policy of each side with the other, \
                     covering trade records, travel data and the exchange of financial information \
                     between their banks over the next five years, the ministry said in a statement, \
                     adding that experts would meet again next month to settle the remaining points \
                     before the leaders sign the text at a summit planned for the autumn in the port \
                     city, where both delegations hope to announce new flights and a joint fund.";
        assert!(!is_boilerplate(story));
    }

    #[test]
    fn navigation_and_share_words_are_boilerplate() {
        for s in ["Main Menu", "Skip to content", "Share", "Follow us on Twitter", "Print"] {
            assert!(is_boilerplate(s), "{s}");
        }
        assert!(!is_boilerplate("Main Street reopens"));
    }

    #[test]
    fn breadcrumbs_credits_and_legal_lines_are_boilerplate() {
        for s in [
            "Home » World » Asia Pacific",
            "Share this article",
            "Photo: Reuters",
            "(Reporting by Asif Shahzad; Editing by Mark Heinrich)",
            "Copyright 2024 Reuters. All rights reserved.",
            "Also Read: Iran, Pakistan trade strikes",
            "Subscribe to our newsletter",
        ] {
            assert!(is_boilerplate(s), "{s}");
        }
        assert!(!is_boilerplate("Pakistan and Iran agreed to boost trade > 10%."));
    }

    #[test]
    fn comment_prompts_are_boilerplate() {
        for s in [
            "LEAVE A REPLY",
            "Please enter your comment!",
            "Please enter your name here",
            "Comments are Closed",
            "You have entered an incorrect email address!",
        ] {
            assert!(is_boilerplate(s), "{s}");
        }
    }

    /// The plain definition [`word_and_crumb_counts`] computes faster.
    fn counts_by_char(s: &str, limit: usize) -> (usize, usize) {
        let (mut words, mut crumbs, mut in_word) = (0, 0, false);
        for c in s.chars() {
            crumbs += usize::from(matches!(c, '>' | '|' | '»' | '›'));
            let alnum = is_alnum(c);
            if alnum && !in_word {
                words += 1;
                if words > limit {
                    return (limit + 1, crumbs);
                }
            }
            in_word = alnum;
        }
        (words, crumbs)
    }

    #[test]
    fn word_counts_read_eight_bytes_at_a_time_as_one_at_a_time() {
        let lines = [
            "",
            "Home > World > Asia | Top stories",
            "Home » World › Asia",
            "Officials from both governments met on Tuesday to review 12 drafts of the 2026 accord.",
            "Çavuşoğlu met Dar, and 3,400 workers|staff>cheered",
            "abcdefgh ijklmnop qrstuvwx yz012345 6789ABCD EFGHIJKL",
            "aaaaaaa@bbbbbbb`ccccccc[ddddddd{eeeeeee/fffffff:ggggggg",
            "x",
            "   spaced     out    words   ",
        ];
        for s in lines {
            for limit in [0, 1, 2, 5, 12, 30, 80] {
                let mut expected = counts_by_char(s, limit);
                let got = word_and_crumb_counts(s, limit);
                // Past the limit only the word count is promised.
                if expected.0 > limit {
                    expected.1 = got.1;
                }
                assert_eq!(got, expected, "{s:?} limit {limit}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn word_counts_match_the_plain_definition(
            s in "[a-zA-Z0-9 >|»›@`\\[{/:,.éЖ中-]{0,120}",
            limit in 0usize..40,
        ) {
            let mut expected = counts_by_char(&s, limit);
            let got = word_and_crumb_counts(&s, limit);
            if expected.0 > limit {
                expected.1 = got.1;
            }
            proptest::prop_assert_eq!(got, expected);
        }
    }

    #[test]
    fn same_words_ignores_case_and_punctuation_in_any_script() {
        assert!(same_words("China, Pakistan hold talks", "CHINA PAKISTAN — HOLD TALKS."));
        assert!(same_words("Café talks", "CAFÉ Talks"));
        assert!(!same_words("abc", "abcé"));
        assert!(!same_words("The talks", "The visit"));
        assert!(same_words("", "—"));
    }

    #[test]
    fn repeated_headline_kept_once() {
        let k = kinds("Talks Resume in Islamabad\n\nTalks Resume in Islamabad\n\nThe talks resumed on Monday.\n");
        assert_eq!(k[0].1, LineKind::Heading);
        assert_eq!(k[1].1, LineKind::Boilerplate);
        assert_eq!(k[2].1, LineKind::Body);
    }

    #[test]
    fn repeated_caption_kept_once_as_caption() {
        let cap = "A worker walks past the port in Gwadar, March 3, 2024. /Reuters";
        let text = format!("Body one is here.\n{cap}\n{cap}\n\n{cap}\n\nBody two is here.\n");
        let k = kinds(&text);
        assert_eq!(k[1].1, LineKind::Caption);
        assert_eq!(k[2].1, LineKind::Boilerplate);
        assert_eq!(k[3].1, LineKind::Boilerplate);
        assert_eq!(k[4].1, LineKind::Body);
    }

    #[test]
    fn link_block_after_trending_header_dropped() {
        let k = kinds("The talks ended.\nTrending Now\nTen Things About Ports\nWhy Tea Matters\n");
        assert_eq!(k[0].1, LineKind::Body);
        assert!(k[1..].iter().all(|(_, kind)| *kind == LineKind::Boilerplate), "{k:?}");
    }

    #[test]
    fn author_blurb_after_body_dropped() {
        let text = "First paragraph of the story.\nSecond paragraph of the story.\nJane Roe\nJane Roe\nJane writes about trade for the site.\n";
        let k = kinds(text);
        assert_eq!(k[1].1, LineKind::Body);
        assert!(k[2..].iter().all(|(_, kind)| *kind == LineKind::Boilerplate), "{k:?}");
    }
}
