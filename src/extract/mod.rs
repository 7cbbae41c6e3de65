//! Stage 4: extractors. Each reads the [`Analysis`] (sentences and mentions)
//! once and fills one list of the [`Document`].

use crate::lexicon::people::People;
use crate::lexicon::projects::ShapedProject;
use crate::lexicon::{Hit, Lexicon};
use crate::model::{Document, Quantity};
use crate::text::Layout;
use crate::time::DateMention;

/// Everything the stages before extraction found in one text.
#[derive(Debug, Clone)]
pub struct Analysis<'t> {
    /// The original input.
    pub text: &'t str,
    /// The lexicon in use.
    pub lexicon: &'t Lexicon,
    /// Header and sentences.
    pub layout: Layout,
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

/// Runs every extractor over the analysis.
pub fn run(analysis: &Analysis<'_>, doc: &mut Document) {
    let _ = (analysis, doc);
}
