//! The [`Parser`]: options, and the pipeline that runs every stage once.

use crate::extract::{self, Analysis};
use crate::lexicon::people::PeopleFinder;
use crate::lexicon::{nationality, projects, Lexicon};
use crate::mention::{Mention, MentionKind};
use crate::model::Document;
use crate::text::blocks::SentenceBlocks;
pub use crate::text::blocks::BLOCK_BYTES;
use crate::time::SentenceDates;
use crate::{quantity, time, Error};
use chrono::NaiveDate;
use std::sync::Arc;

/// The default input limit: 64 MiB.
pub const DEFAULT_MAX_INPUT: usize = 64 << 20;

/// Parses articles into [`Document`]s. Cheap to clone and share across
/// threads; the lexicon is compiled once.
///
/// ```
/// use bilateral::Parser;
/// use chrono::NaiveDate;
/// let parser = Parser::new()
///     .reference_date(NaiveDate::from_ymd_opt(2026, 1, 7).unwrap())
///     .max_input_len(1 << 20);
/// let doc = parser.parse("The talks were held on January 4 in Beijing.").unwrap();
/// assert!(doc.published.is_none());
/// assert!(parser.parse(&"x".repeat(2 << 20)).is_err());
/// ```
#[derive(Debug, Clone)]
pub struct Parser {
    lexicon: Arc<Lexicon>,
    reference: Option<NaiveDate>,
    max_input: usize,
    /// Sentence bytes per block of the token passes.
    block_bytes: usize,
    /// How [`Parser::parse_bytes`] decodes bytes.
    encoding: InputEncoding,
}

/// How [`Parser::parse_bytes`] turns bytes into text.
///
/// Spans in the resulting [`Document`] are byte offsets into the **decoded**
/// UTF-8 text (for UTF-8 input without a byte-order mark, the input itself).
/// A caller that shows evidence decodes the same way, or keeps the text:
/// [`InputEncoding::decode`] is the decoder `parse_bytes` uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum InputEncoding {
    /// UTF-8 only; other bytes are an [`Error::InvalidUtf8`] (the default).
    #[default]
    Utf8,
    /// UTF-8, with each invalid sequence replaced by U+FFFD.
    Utf8Lossy,
    /// Windows-1252 (the WHATWG reading of "Latin-1", as browsers decode it).
    Windows1252,
    /// A byte-order mark decides (UTF-8 or UTF-16); without one, text that
    /// is valid UTF-8 is UTF-8 and anything else is Windows-1252.
    Auto,
}

impl InputEncoding {
    /// Decodes `bytes`, borrowing them when they already are the text.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidUtf8`] for [`InputEncoding::Utf8`] when the bytes are
    /// not UTF-8; the other encodings never fail.
    ///
    /// ```
    /// use bilateral::InputEncoding;
    /// // "café" and a curly quote, as Windows-1252 writes them.
    /// let bytes = b"caf\xe9 \x93talks\x94";
    /// assert_eq!(InputEncoding::Windows1252.decode(bytes).unwrap(), "café “talks”");
    /// assert_eq!(InputEncoding::Auto.decode(bytes).unwrap(), "café “talks”");
    /// assert_eq!(InputEncoding::Auto.decode("déjà".as_bytes()).unwrap(), "déjà");
    /// assert_eq!(InputEncoding::Utf8Lossy.decode(b"a\xffb").unwrap(), "a\u{FFFD}b");
    /// assert!(InputEncoding::Utf8.decode(b"a\xffb").is_err());
    /// ```
    pub fn decode(self, bytes: &[u8]) -> Result<std::borrow::Cow<'_, str>, Error> {
        use std::borrow::Cow;
        match self {
            InputEncoding::Utf8 => std::str::from_utf8(bytes)
                .map(Cow::Borrowed)
                .map_err(|e| Error::InvalidUtf8 { offset: e.valid_up_to() }),
            InputEncoding::Utf8Lossy => Ok(String::from_utf8_lossy(bytes)),
            InputEncoding::Windows1252 => Ok(encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0),
            InputEncoding::Auto => {
                if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
                    return Ok(encoding.decode_without_bom_handling(&bytes[bom..]).0);
                }
                match std::str::from_utf8(bytes) {
                    Ok(text) => Ok(Cow::Borrowed(text)),
                    Err(_) => Ok(encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0),
                }
            }
        }
    }
}

impl std::str::FromStr for InputEncoding {
    type Err = crate::UnknownValue;

    /// `utf-8`, `utf-8-lossy`, `windows-1252` (or `cp1252`, `latin-1`) or `auto`.
    ///
    /// ```
    /// assert_eq!("windows-1252".parse(), Ok(bilateral::InputEncoding::Windows1252));
    /// assert!("ebcdic".parse::<bilateral::InputEncoding>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "utf-8" | "utf8" => Ok(InputEncoding::Utf8),
            "utf-8-lossy" | "utf8-lossy" | "lossy" => Ok(InputEncoding::Utf8Lossy),
            "windows-1252" | "cp1252" | "latin-1" | "latin1" | "iso-8859-1" => Ok(InputEncoding::Windows1252),
            "auto" => Ok(InputEncoding::Auto),
            _ => Err(crate::UnknownValue { kind: "InputEncoding", value: s.to_string() }),
        }
    }
}

impl Default for Parser {
    fn default() -> Self {
        Parser::new()
    }
}

impl Parser {
    /// A parser with the built-in lexicon and default limits.
    ///
    /// ```
    /// let doc = bilateral::Parser::new().parse("China and Pakistan held talks in Beijing on January 4, 2026.").unwrap();
    /// assert_eq!(doc.dialogues.len(), 1);
    /// ```
    pub fn new() -> Parser {
        Parser {
            lexicon: Lexicon::shared(),
            reference: None,
            max_input: DEFAULT_MAX_INPUT,
            block_bytes: BLOCK_BYTES,
            encoding: InputEncoding::Utf8,
        }
    }

    /// The date relative expressions resolve against when the text has no
    /// publication date of its own.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let parser = bilateral::Parser::new().reference_date(NaiveDate::from_ymd_opt(2026, 1, 7).unwrap());
    /// let doc = parser.parse("China and Pakistan held talks in Beijing on Sunday.").unwrap();
    /// assert_eq!(doc.dialogues[0].when.as_ref().unwrap().start.to_string(), "2026-01-04");
    /// ```
    pub fn reference_date(mut self, date: NaiveDate) -> Parser {
        self.reference = Some(date);
        self
    }

    /// The longest input accepted, in bytes; longer input is an
    /// [`Error::InputTooLarge`], never a truncated result.
    ///
    /// ```
    /// let parser = bilateral::Parser::new().max_input_len(10);
    /// assert!(matches!(parser.parse("far more than ten bytes"), Err(bilateral::Error::InputTooLarge { .. })));
    /// ```
    pub fn max_input_len(mut self, bytes: usize) -> Parser {
        self.max_input = bytes;
        self
    }

    /// How many bytes of sentences each token pass reads at a time
    /// ([`BLOCK_BYTES`], 64 KiB, by default). An input of one block (any news
    /// article) is tokenized once; a longer one is tokenized again block by
    /// block by each pass, which bounds its working memory to a few times
    /// its size whatever its shape. A smaller block saves memory at the cost
    /// of more tokenizing; the result is the same.
    ///
    /// ```
    /// let text = "China and Pakistan held talks in Beijing on January 4, 2026. Both sides agreed. ".repeat(50);
    /// let whole = bilateral::Parser::new().parse(&text).unwrap();
    /// let by_block = bilateral::Parser::new().block_bytes(200).parse(&text).unwrap();
    /// assert_eq!(whole, by_block);
    /// ```
    pub fn block_bytes(mut self, bytes: usize) -> Parser {
        self.block_bytes = bytes;
        self
    }

    /// How [`Parser::parse_bytes`] decodes its bytes ([`InputEncoding::Utf8`]
    /// by default). Spans then index the decoded text.
    ///
    /// ```
    /// use bilateral::{InputEncoding, Parser};
    /// let bytes = b"Pakistan condemned the attack on the caf\xe9.";
    /// assert!(Parser::new().parse_bytes("a", bytes).is_err());
    /// let doc = Parser::new().encoding(InputEncoding::Auto).parse_bytes("a", bytes).unwrap();
    /// assert_eq!(doc.statements[0].actors, [bilateral::Country::PK]);
    /// ```
    pub fn encoding(mut self, encoding: InputEncoding) -> Parser {
        self.encoding = encoding;
        self
    }

    /// Uses `lexicon` instead of the built-in one.
    ///
    /// ```
    /// use bilateral::{Lexicon, Parser};
    /// let mut lexicon = Lexicon::builtin();
    /// lexicon.extend_from_str("project\tSunrise Solar Park\t\tPK\tsector=energy\n").unwrap();
    /// let doc = Parser::new().lexicon(lexicon).parse("Work on the Sunrise Solar Park began in 2025.").unwrap();
    /// assert_eq!(doc.projects[0].name, "Sunrise Solar Park");
    /// ```
    pub fn lexicon(mut self, lexicon: Lexicon) -> Parser {
        self.lexicon = Arc::new(lexicon);
        self
    }

    /// The lexicon in use.
    ///
    /// ```
    /// let parser = bilateral::Parser::new();
    /// assert!(parser.lexicon_ref().entries().len() > 100);
    /// ```
    pub fn lexicon_ref(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Parses `text` into a document with an empty id.
    ///
    /// # Errors
    ///
    /// [`Error::InputTooLarge`] when the text is longer than
    /// [`Parser::max_input_len`].
    ///
    /// ```
    /// let doc = bilateral::Parser::new().parse("Pakistan firmly supports China on Taiwan.").unwrap();
    /// assert_eq!(doc.statements[0].topics, ["Taiwan"]);
    /// assert_eq!(doc.id, "");
    /// ```
    pub fn parse(&self, text: &str) -> Result<Document, Error> {
        self.parse_with_id("", text)
    }

    /// Parses bytes into a document called `id`, decoded as
    /// [`Parser::encoding`] says (UTF-8 by default). Spans index the decoded
    /// text.
    ///
    /// # Errors
    ///
    /// [`Error::InputTooLarge`] when there are more bytes than
    /// [`Parser::max_input_len`] (checked before decoding, and again after:
    /// Windows-1252 text grows when decoded);
    /// [`Error::InvalidUtf8`], with the offset of the first bad byte, when
    /// the encoding is UTF-8 and they are not UTF-8.
    ///
    /// ```
    /// let parser = bilateral::Parser::new();
    /// assert_eq!(parser.parse_bytes("a", b"China condemned the attack.").unwrap().id, "a");
    /// assert!(parser.parse_bytes("b", b"\xff").is_err());
    /// ```
    pub fn parse_bytes(&self, id: &str, bytes: &[u8]) -> Result<Document, Error> {
        let text = self.decode(bytes)?;
        self.parse_with_id(id, &text)
    }

    /// The text [`Parser::parse_bytes`] reads from `bytes`: the text its
    /// spans index, for a caller that shows evidence.
    ///
    /// # Errors
    ///
    /// As [`Parser::parse_bytes`]: too many bytes, or bytes the encoding
    /// refuses.
    ///
    /// ```
    /// use bilateral::{InputEncoding, Parser};
    /// let parser = Parser::new().encoding(InputEncoding::Windows1252);
    /// let bytes = b"Kenya welcomed the \x93peace plan\x94.";
    /// let text = parser.decode(bytes).unwrap();
    /// assert_eq!(text, "Kenya welcomed the “peace plan”.");
    /// let doc = parser.parse_bytes("a", bytes).unwrap();
    /// assert_eq!(doc.statements[0].evidence[0].of(&text), Some(&*text));
    /// ```
    pub fn decode<'b>(&self, bytes: &'b [u8]) -> Result<std::borrow::Cow<'b, str>, Error> {
        if bytes.len() > self.max_input {
            return Err(Error::InputTooLarge { len: bytes.len(), limit: self.max_input });
        }
        self.encoding.decode(bytes)
    }

    /// Parses `text` into a document called `id`.
    ///
    /// # Errors
    ///
    /// [`Error::InputTooLarge`] when the text is longer than
    /// [`Parser::max_input_len`].
    ///
    /// ```
    /// let doc = bilateral::Parser::new().parse_with_id("wire-1", "Pakistan welcomed the talks.").unwrap();
    /// assert_eq!(doc.id, "wire-1");
    /// ```
    pub fn parse_with_id(&self, id: &str, text: &str) -> Result<Document, Error> {
        if text.len() > self.max_input {
            return Err(Error::InputTooLarge { len: text.len(), limit: self.max_input });
        }
        let mut analysis = self.analyse(text);
        let mut doc = Document { id: id.to_string(), ..Document::default() };
        extract::run(&analysis, &mut doc);
        doc.mentions = mentions(&analysis);
        // The analysis ends here: its parts move into the document.
        let header = &mut analysis.layout.header;
        doc.headline = header.headline.take();
        doc.published = header.published;
        doc.dateline = header.dateline.take();
        doc.source = header.source.take();
        doc.people = std::mem::take(&mut analysis.people.people);
        doc.sentences = std::mem::take(&mut analysis.layout.sentences);
        // Lists grown by doubling keep up to half their room empty; a corpus keeps
        // thousands of documents, so each gives the room back once.
        doc.people.shrink_to_fit();
        doc.dialogues.shrink_to_fit();
        doc.projects.shrink_to_fit();
        doc.incidents.shrink_to_fit();
        doc.statements.shrink_to_fit();
        Ok(doc)
    }

    /// Runs the text, lexicon, time and quantity stages.
    fn analyse<'t>(&'t self, text: &'t str) -> Analysis<'t> {
        let layout = crate::header::layout(text);
        let spans: Vec<_> = layout.sentences.iter().map(|s| s.span).collect();
        let reference = layout.header.published.or(self.reference);
        // Every stage that reads tokens sentence by sentence does so in this pass; an article
        // keeps its tokens for the extractors, a longer input lets each block's go.
        let mut blocks = SentenceBlocks::with_block_bytes(text, &layout.sentences, self.block_bytes);
        let mut found_dates = Vec::with_capacity(spans.len());
        let mut meeting = Vec::with_capacity(spans.len());
        let (mut quantities, mut shaped, mut kept) = (Vec::new(), Vec::new(), None);
        // About one name per seventy bytes of news prose: an article's in one allocation, not a
        // run of doublings (a long input's list still doubles, from a few thousand).
        let sentence_bytes: usize = spans.iter().map(|s| s.end.saturating_sub(s.start)).sum();
        let mut hits = Vec::with_capacity((sentence_bytes / 64 + 8).min(4096));
        let mut finder = PeopleFinder::new(&self.lexicon);
        for range in blocks.ranges() {
            let tokens = blocks.tokens(range.clone());
            let rows = tokens.rows();
            for (i, (toks, &span)) in rows.iter().zip(&spans[range.clone()]).enumerate() {
                // The lexicon's names are read from the tokens, sentence by sentence.
                let first_hit = hits.len();
                self.lexicon.find_in_sentence(text, span, toks, &mut hits);
                // Which word classes the sentence holds, read once with its tokens.
                let classes = rows.classes(i);
                found_dates.push(SentenceDates::find(toks, classes));
                quantities.extend(quantity::scan_tokens(text, toks, classes));
                finder.sentence(text, toks, classes, &hits[first_hit..]);
                meeting.push(nationality::has_meeting_word(classes));
                shaped.extend(projects::find_tokens(text, toks, classes));
            }
            if blocks.ranges().len() == 1 {
                kept = Some(tokens.into_owned());
            }
        }
        if let Some(kept) = kept {
            blocks.keep(kept);
        }
        let dates = time::resolve_all(text, &found_dates, reference);
        // Short untitled mentions ("Dar said") need every name first: a second pass.
        let mut known = finder.merge();
        for range in blocks.ranges() {
            blocks.tokens(range.clone()).rows().iter().for_each(|toks| known.untitled(toks, text));
        }
        let mut people = known.finish();
        // "Foreign Minister Joao Lima": a place the lexicon knows inside a person's name is part
        // of the name, not a place (nor its country) named by the text.
        if !people.mentions.is_empty() {
            let inside_name = |span: crate::model::Span| {
                let k = people.mentions.partition_point(|(s, _)| s.start <= span.start);
                k > 0 && people.mentions[k - 1].0.contains(span)
            };
            hits.retain(|h| h.kind != crate::lexicon::EntryKind::Place || !inside_name(h.span));
        }
        nationality::infer_counterparts(&mut people, &spans, &meeting, &hits, &self.lexicon);
        nationality::infer_from_dateline(&mut people, layout.header.dateline.as_deref(), &self.lexicon);
        Analysis {
            text,
            lexicon: &self.lexicon,
            layout,
            blocks,
            hits,
            dates,
            quantities,
            people,
            shaped_projects: shaped,
        }
    }
}

/// Every mention of the analysis, in text order.
fn mentions(a: &Analysis<'_>) -> Vec<Mention> {
    use crate::lexicon::EntryKind;
    let hits = a.hits.iter().filter_map(|h| {
        let e = a.lexicon.entry(h.entry);
        let kind = match e.kind {
            EntryKind::Country => MentionKind::Country,
            EntryKind::Person | EntryKind::Title => return None,
            EntryKind::Organization => MentionKind::Organization,
            EntryKind::Place => MentionKind::Place,
            EntryKind::Project => MentionKind::Project,
            EntryKind::Topic => MentionKind::Topic,
        };
        let mut m = Mention::new(kind, a.text, h.span);
        m.name = Some(e.name.clone());
        m.country = e.country;
        Some(m)
    });
    let people = a.people.mentions.iter().map(|&(span, i)| {
        let p = &a.people.people[i];
        let mut m = Mention::new(MentionKind::Person, a.text, span);
        m.name = Some(p.name.clone());
        m.country = p.country;
        m
    });
    let shaped = a.shaped_projects.iter().filter_map(|p| {
        // Hits are sorted: only those starting before the project's end can overlap it.
        let near = a.hits.partition_point(|h| h.span.end <= p.span.start);
        let mut overlapping = a.hits[near..].iter().take_while(|h| h.span.start < p.span.end);
        if overlapping.any(|h| h.kind == EntryKind::Project) {
            return None;
        }
        let mut m = Mention::new(MentionKind::Project, a.text, p.span);
        m.name = Some(p.name.clone());
        Some(m)
    });
    let dates = a.dates.iter().map(|d| {
        let mut m = Mention::new(MentionKind::Date, a.text, d.span);
        m.when = d.when.clone().map(Box::new);
        m
    });
    let quantities = a.quantities.iter().map(|q| {
        let span = q.span.unwrap_or_default();
        let mut m = Mention::new(MentionKind::Quantity, a.text, span);
        m.value = Some(q.value);
        m.unit = Some(q.unit);
        m.approximate = q.approximate;
        m
    });
    // Each source comes in text order, so the list is a merge: the names the lexicon found are
    // most of it, and the other sources, few, are put in order together first (a stable sort
    // keeps their order where they tie), then merged with the names in one pass.
    let mut rest: Vec<Mention> = people.chain(shaped).chain(dates).chain(quantities).collect();
    rest.sort_by(mention_order);
    let mut out = Vec::with_capacity(a.hits.len() + rest.len());
    let (mut hits, mut rest) = (hits.peekable(), rest.into_iter().peekable());
    // Where two mentions tie, the lexicon's comes first.
    while let (Some(h), Some(r)) = (hits.peek(), rest.peek()) {
        let next = if mention_order(r, h) == std::cmp::Ordering::Less { rest.next() } else { hits.next() };
        out.extend(next);
    }
    out.extend(hits);
    out.extend(rest);
    // Hits of one start are not ordered by their end: where a source was out of order, a sort
    // finishes the work (unstable: a stable sort would borrow a buffer half the list's size).
    if !out.is_sorted_by(|x, y| mention_order(x, y) != std::cmp::Ordering::Greater) {
        out.sort_unstable_by(mention_order);
    }
    out
}

/// The order of mentions: by position, then kind; mentions of one span and
/// kind differ only by name and country, which settle the order as well.
fn mention_order(a: &Mention, b: &Mention) -> std::cmp::Ordering {
    (a.start, a.end, a.kind, &a.name, a.country).cmp(&(b.start, b.end, b.kind, &b.name, b.country))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seed articles, one after another, as one document.
    fn seeds_as_one() -> String {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
        let mut paths: Vec<_> =
            std::fs::read_dir(dir).into_iter().flatten().filter_map(|e| Some(e.ok()?.path())).collect();
        paths.sort();
        paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn reading_block_by_block_changes_nothing() {
        let text = seeds_as_one();
        assert!(text.len() > 10_000);
        let whole = Parser::new().parse(&text).unwrap();
        assert!(!whole.statements.is_empty() && !whole.dialogues.is_empty() && !whole.people.is_empty());
        for block_bytes in [1, 500, 4_000] {
            let parser = Parser::new().block_bytes(block_bytes);
            assert_eq!(parser.parse(&text).unwrap(), whole, "blocks of {block_bytes} bytes");
        }
    }
}
