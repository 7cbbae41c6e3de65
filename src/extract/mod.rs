//! Stage 4: extractors. Each reads the [`Analysis`] (sentences and their
//! mentions) once, sentence by sentence, and fills one list of the
//! [`Document`]. No extractor re-scans the whole text.

pub(crate) mod dialogue;
pub(crate) mod incident;
pub(crate) mod project;
pub(crate) mod statement;

use crate::header::Layout;
use crate::lexicon::people::People;
use crate::lexicon::projects::ShapedProject;
use crate::lexicon::{Entry, EntryKind, Form, Hit, Lexicon};
use crate::model::{Document, Person, Quantity, Sentence, Span};
use crate::text::blocks::{Rows, SentenceBlocks};
use crate::text::classes::Classes;
use crate::text::tokens::Token;
use crate::text::words::{folded_hash, word};
use crate::time::DateMention;
use crate::Country;

/// Everything the stages before extraction found in one text.
#[derive(Debug, Clone)]
pub struct Analysis<'t> {
    /// The original input.
    pub text: &'t str,
    /// The lexicon in use.
    pub lexicon: &'t Lexicon,
    /// Header and sentences.
    pub layout: Layout,
    /// The sentences in blocks, with their tokens (kept for an article,
    /// made again block by block for a longer input).
    pub blocks: SentenceBlocks<'t>,
    /// Lexicon names inside sentences, in text order.
    pub hits: Vec<Hit>,
    /// Date expressions, in text order.
    pub dates: Vec<DateMention>,
    /// Quantities, in text order.
    pub quantities: Vec<Quantity>,
    /// People and their mentions.
    pub people: People,
    /// Project names found by shape.
    pub shaped_projects: Vec<ShapedProject>,
}

/// One sentence with its tokens and the mentions inside it.
#[derive(Debug, Clone)]
pub struct View<'a> {
    /// The sentence and its layout flags.
    pub sentence: Sentence,
    /// Its tokens.
    pub toks: &'a [Token<'a>],
    /// Lexicon hits inside it.
    pub hits: &'a [Hit],
    /// Date expressions inside it.
    pub dates: &'a [DateMention],
    /// Quantities inside it.
    pub quantities: &'a [Quantity],
    /// People mentioned in it, with their spans.
    pub people: Vec<(Span, &'a Person)>,
    /// Countries named in it (names, demonyms, capitals), computed once for every extractor.
    pub countries: Vec<CountryRef>,
    /// The word classes its tokens hold ([`Classes::of`]): an extractor asks
    /// a bit whether the sentence holds any of its words.
    pub classes: Classes,
}

impl<'a> View<'a> {
    /// The token index at or after byte `at`.
    pub fn tok_at(&self, at: usize) -> usize {
        self.toks.partition_point(|t| t.span.start < at)
    }

    /// Whether any token in `range` is one of `words` (ASCII case ignored).
    pub fn has_word(&self, range: std::ops::Range<usize>, words: &[&str]) -> bool {
        self.find_word(range, words).is_some()
    }

    /// The index of the first token in `range` that is one of `words`.
    pub fn find_word(&self, range: std::ops::Range<usize>, words: &[&str]) -> Option<usize> {
        let start = range.start;
        let toks = self.toks.get(range)?;
        // Each word's key once (up to eight words); a token whose key is none of them is passed
        // over in one test.
        let mut keys = [0u32; 8];
        for (key, w) in keys.iter_mut().zip(words) {
            *key = folded_hash(w.as_bytes());
        }
        let keyed = words.len() <= keys.len();
        let keys = &keys[..words.len().min(keys.len())];
        toks.iter().position(|t| (!keyed || keys.contains(&t.key)) && words.iter().any(|w| t.is(w))).map(|p| p + start)
    }
}

/// A country named in a sentence (by name, demonym or capital) at a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryRef {
    /// The country.
    pub country: Country,
    /// Token index where the mention starts.
    pub tok: usize,
    /// Token index just past the mention.
    pub end: usize,
    /// The mention's bytes.
    pub span: Span,
    /// A demonym ("Pakistani") rather than a name.
    pub demonym: bool,
    /// A capital used as metonym ("Beijing").
    pub capital: bool,
}

/// Sentences a view can look back at beyond its block ("trilateral" names
/// its parties up to two sentences before).
const LOOK_BACK: usize = 2;

/// An extractor fed one sentence at a time, in text order.
pub(crate) trait Pass {
    /// What it finds.
    type Output;
    /// Reads sentence `views[i]` (the views before it are its predecessors).
    fn sentence(&mut self, a: &Analysis<'_>, views: &[View<'_>], i: usize);
    /// What it found.
    fn finish(self) -> Self::Output;
}

/// Passes fed together: one walk over the sentences (and, for a long input,
/// one tokenization) for all three.
impl<A: Pass, B: Pass, C: Pass> Pass for (A, B, C) {
    type Output = (A::Output, B::Output, C::Output);
    fn sentence(&mut self, a: &Analysis<'_>, views: &[View<'_>], i: usize) {
        self.0.sentence(a, views, i);
        self.1.sentence(a, views, i);
        self.2.sentence(a, views, i);
    }
    fn finish(self) -> Self::Output {
        (self.0.finish(), self.1.finish(), self.2.finish())
    }
}

/// The sentence views every extractor walks: built once for an article,
/// whose tokens are kept, and block by block for a longer input, so that a
/// long input's tokens are never all alive at once.
#[derive(Debug)]
pub struct Views<'a> {
    /// Every sentence's view, when the tokens were kept.
    built: Option<Vec<View<'a>>>,
}

impl<'a> Views<'a> {
    /// The views of `a`'s sentences.
    pub fn new(a: &'a Analysis<'_>) -> Views<'a> {
        Views { built: a.blocks.kept().map(|tokens| views(a, 0, tokens)) }
    }

    /// Feeds every sentence to `pass` and returns what it found.
    pub(crate) fn run<P: Pass>(&self, a: &Analysis<'_>, mut pass: P) -> P::Output {
        self.each(a, |views, i| pass.sentence(a, views, i));
        pass.finish()
    }

    /// Calls `f(views, i)` for every sentence in text order, `views[i]` being
    /// its view and the views before it those of the preceding sentences (at
    /// least two of them where the document has them).
    pub fn each(&self, a: &Analysis<'_>, mut f: impl FnMut(&[View<'_>], usize)) {
        if let Some(views) = &self.built {
            (0..views.len()).for_each(|i| f(views, i));
            return;
        }
        for block in a.blocks.ranges() {
            let from = block.start.saturating_sub(LOOK_BACK);
            let tokens = a.blocks.tokens(from..block.end);
            let views = views(a, from, tokens.rows());
            for i in block.start - from..views.len() {
                f(&views, i);
            }
        }
    }
}

/// Builds the views of the sentences from index `first` on, one for each
/// entry of `tokens`, in one merge pass over the sorted mentions.
pub fn views<'a>(a: &'a Analysis<'_>, first: usize, tokens: Rows<'a, 'a>) -> Vec<View<'a>> {
    let sentences = a.layout.sentences.get(first..first + tokens.len()).unwrap_or_default();
    let block_start = sentences.first().map_or(0, |s| s.span.start);
    let pm = &a.people.mentions;
    // Where each list's mentions of the block begin.
    let mut h = a.hits.partition_point(|x| x.span.start < block_start);
    let mut d = a.dates.partition_point(|x| x.span.start < block_start);
    let mut q = a.quantities.partition_point(|x| x.span.unwrap_or_default().start < block_start);
    let mut p = pm.partition_point(|x| x.0.start < block_start);
    let mut out = Vec::with_capacity(sentences.len());
    for (i, (s, toks)) in sentences.iter().zip(tokens.iter()).enumerate() {
        let span = s.span;
        let hr = span.run_in(&a.hits, &mut h, |x| x.span);
        let dr = span.run_in(&a.dates, &mut d, |x| x.span);
        let qr = span.run_in(&a.quantities, &mut q, |x| x.span.unwrap_or_default());
        let pr = span.run_in(pm, &mut p, |x| x.0);
        let mut view = View {
            sentence: *s,
            toks,
            hits: &a.hits[hr],
            dates: &a.dates[dr],
            quantities: &a.quantities[qr],
            people: pm[pr].iter().map(|&(s, i)| (s, &a.people.people[i])).collect(),
            countries: Vec::new(),
            classes: tokens.classes(i),
        };
        view.countries = a.countries(&view);
        out.push(view);
    }
    out
}

impl Analysis<'_> {
    /// The entry a hit names.
    pub fn entry(&self, h: &Hit) -> &Entry {
        self.lexicon.entry(h.entry)
    }

    /// The country a hit names: a country by name or demonym, or a capital
    /// as its country's metonym.
    fn named_country(&self, h: &Hit) -> Option<Country> {
        let e = match h.kind {
            EntryKind::Country => self.entry(h),
            EntryKind::Place => Some(self.entry(h)).filter(|e| e.first("type") == Some("capital"))?,
            _ => return None,
        };
        e.country
    }

    /// Countries named in a sentence, in text order (a capital counts as its country).
    pub fn countries(&self, v: &View<'_>) -> Vec<CountryRef> {
        // At most one per hit: one allocation (none for a sentence without names).
        let mut out: Vec<CountryRef> = Vec::with_capacity(v.hits.len());
        for h in v.hits {
            let Some(country) = self.named_country(h) else { continue };
            let capital = h.kind == EntryKind::Place;
            if out.last().is_some_and(|c| c.span == h.span) {
                continue;
            }
            let tok = v.tok_at(h.span.start);
            let end = v.tok_at(h.span.end);
            out.push(CountryRef { country, tok, end, span: h.span, demonym: h.form == Form::Demonym, capital });
        }
        out
    }

    /// Hits of `kind` in a sentence.
    pub fn hits_of<'v>(&'v self, v: &'v View<'_>, kind: EntryKind) -> impl Iterator<Item = (&'v Hit, &'v Entry)> + 'v {
        v.hits.iter().filter(move |h| h.kind == kind).map(move |h| (h, self.entry(h)))
    }
}

/// Countries joined by hyphens or dashes: "China-Pakistan", "China–Afghanistan–Pakistan".
/// Returns each compound's countries and its token range.
pub fn country_compounds(v: &View<'_>, countries: &[CountryRef]) -> Vec<(Vec<Country>, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < countries.len() {
        let mut group = vec![countries[i].country];
        let (start, mut end) = (countries[i].tok, countries[i].end);
        let mut j = i + 1;
        while j < countries.len()
            && countries[j].tok == end + 1
            && v.toks.get(end).is_some_and(|t| matches!(t.text, "-" | "–" | "—" | "‑"))
        {
            group.push(countries[j].country);
            end = countries[j].end;
            j += 1;
        }
        if group.len() >= 2 {
            out.push((group, start, end));
        }
        i = j;
    }
    out
}

/// The two countries the document names most (ties by code), sorted.
pub fn most_named_pair(a: &Analysis<'_>) -> Vec<Country> {
    most_named(a, 2)
}

/// The `n` countries the document names most (ties by code), sorted.
pub fn most_named(a: &Analysis<'_>, n: usize) -> Vec<Country> {
    let mut last: Option<Span> = None;
    let named = a.hits.iter().filter_map(|h| {
        let country = a.named_country(h)?;
        // One mention per span, as in each view's countries.
        (last.replace(h.span) != Some(h.span)).then_some(country)
    });
    let counts = Country::by_frequency(named);
    sorted(counts.into_iter().take(n).map(|(c, _)| c).collect())
}

/// A town the lexicon does not know, written "in Pahalgam" / "near Kazan"
/// between tokens `from` and `to` of a sentence.
pub fn unknown_place(v: &View<'_>, from: usize, to: usize) -> Option<String> {
    unknown_place_at(v, from, to).map(|r| v.toks[r].iter().map(|t| t.text).collect::<Vec<_>>().join(" "))
}

/// Whether a token can be a word of a place the lexicon does not know: a
/// capitalized word no lexicon name covers and no date uses.
pub(crate) fn unlisted_name_word(v: &View<'_>, t: &crate::text::tokens::Token<'_>) -> bool {
    t.kind == crate::text::tokens::TokenKind::Word
        && t.capitalized()
        && !crate::time::is_calendar_token(t)
        && !v.hits.iter().any(|h| h.span.contains(t.span))
}

/// A place named from a token of a sentence (see [`place_at`]).
pub(crate) struct PlaceAt {
    /// A country's name, a capital as written, a known place's name, or the words as written.
    pub name: String,
    /// The country it is or lies in, when the lexicon says.
    pub country: Option<Country>,
    /// Whether it is a country rather than a place in one.
    pub is_country: bool,
    /// Whether the lexicon knows it.
    pub known: bool,
    /// The token just past its name.
    pub end: usize,
}

/// The name of a country mention: a capital as written ("Beijing"), else the
/// country's name.
pub(crate) fn country_ref_name(a: &Analysis<'_>, c: &CountryRef) -> String {
    if c.capital {
        return c.span.of(a.text).unwrap_or("").to_string();
    }
    a.lexicon.country(c.country).map(|e| e.name.clone()).unwrap_or_else(|| c.country.to_string())
}

/// The place whose name starts at token `at`: a country or a capital, a
/// place the lexicon knows, else up to three capitalized words of more than
/// two letters that no lexicon name covers and no date uses ("Bagamoyo",
/// "Dera Ismail Khan"). Every extractor reads places through this one.
pub(crate) fn place_at(a: &Analysis<'_>, v: &View<'_>, at: usize) -> Option<PlaceAt> {
    if let Some(c) = v.countries.iter().find(|c| c.tok == at && !c.demonym) {
        let name = country_ref_name(a, c);
        return Some(PlaceAt { name, country: Some(c.country), is_country: !c.capital, known: true, end: c.end });
    }
    if let Some((h, e)) = a.hits_of(v, EntryKind::Place).find(|(h, _)| v.tok_at(h.span.start) == at) {
        let end = v.tok_at(h.span.end);
        return Some(PlaceAt { name: e.name.clone(), country: e.country, is_country: false, known: true, end });
    }
    let limit = (at + 3).min(v.toks.len());
    let end = (at..limit).find(|&k| !(unlisted_name_word(v, &v.toks[k]) && v.toks[k].text.len() > 2)).unwrap_or(limit);
    (end > at).then(|| PlaceAt {
        name: v.toks[at..end].iter().map(|t| t.text).collect::<Vec<_>>().join(" "),
        country: None,
        is_country: false,
        known: false,
        end,
    })
}

/// The tokens of [`unknown_place`]: "North Waziristan", "Dera Ismail Khan"
/// run over the capitalized words after the first.
pub(crate) fn unknown_place_at(v: &View<'_>, from: usize, to: usize) -> Option<std::ops::Range<usize>> {
    let to = to.min(v.toks.len());
    let place_word = |t: &crate::text::tokens::Token<'_>| unlisted_name_word(v, t);
    let k = (from.max(1)..to).find(|&k| {
        let after_in = v.toks[k - 1].is_word(word!("in")) || v.toks[k - 1].is_word(word!("near"));
        // "in the Moroccan city of Fez", "the northern town of Chaman".
        let kind_of = k >= 2
            && v.toks[k - 1].is_word(word!("of"))
            && crate::text::words::word_set!(crate::vocab::incidents::PLACE_TYPE_NOUNS).has(&v.toks[k - 2]);
        (after_in || kind_of) && v.toks[k].text.len() > 2 && place_word(&v.toks[k])
    })?;
    let mut end = k + 1;
    while end < to && end - k < 4 && place_word(&v.toks[end]) {
        end += 1;
    }
    Some(k..end)
}

/// Dashes and curly apostrophes in their plain forms, for names built from
/// the text ("China–Pakistan" → "China-Pakistan"); borrowed when there are none.
pub(crate) fn plain_punctuation(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['–', '—', '‑', '’']) {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| match c {
            '–' | '—' | '‑' => '-',
            '’' => '\'',
            c => c,
        })
        .collect()
}

/// Sorted, deduplicated country codes.
pub fn sorted(mut c: Vec<Country>) -> Vec<Country> {
    c.sort();
    c.dedup();
    c
}

/// Runs every extractor over the analysis.
pub fn run(analysis: &Analysis<'_>, doc: &mut Document) {
    let views = Views::new(analysis);
    // One pass for the extractors that read nothing but the sentences …
    let passes =
        (dialogue::Dialogues::new(analysis), project::Projects::new(analysis), incident::Incidents::new(analysis));
    (doc.dialogues, doc.projects, doc.incidents) = views.run(analysis, passes);
    // … and one for statements, which read the dialogues of the whole document.
    doc.statements = statement::extract(analysis, &views, &doc.dialogues);
}
