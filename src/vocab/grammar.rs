//! Function words: determiners, negation, modals, prepositions and other closed classes every rule reads.

/// Determiners that make an encounter noun refer back.
pub(crate) const DEFINITE: &[&str] = &["the", "this", "that", "these"];

pub(crate) const NEGATION: &[&str] = &["not", "never", "nor", "n't", "no", "neither"];

pub(crate) const HYPOTHETICAL: &[&str] = &["could", "might", "would", "may", "if", "unlikely", "likely"];

/// Adjectives that share a head noun with what follows ("financial and banking sectors").
pub(crate) const SHARED_ADJECTIVES: &[&str] = &[
    "open",
    "free",
    "fair",
    "just",
    "equal",
    "safe",
    "stable",
    "secure",
    "close",
    "deep",
    "strong",
    "firm",
    "full",
    "new",
    "smooth",
    "green",
    "clean",
    "bilateral",
    "multilateral",
    "regional",
    "international",
    "economic",
];

/// Words after which the rest of an item is an adjunct, not the topic.
pub(crate) const CUT_WORDS: &[&str] = &["under", "as", "within", "over"];

/// Words that end a whole object: what follows is an adjunct or another clause.
pub(crate) const OBJECT_ENDS: &[&str] = &[
    "during",
    "amid",
    "despite",
    "since",
    "following",
    "that",
    "which",
    "who",
    "whom",
    "whereby",
    "because",
    "when",
    "while",
    "whereas",
    "so",
    "thus",
    "thereby",
];

/// Determiners and possessives that start a new noun phrase after "and"/"or".
pub(crate) const NP_STARTS: &[&str] =
    &["the", "a", "an", "its", "their", "his", "her", "any", "all", "each", "every", "our"];

pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "with",
    "for",
    "of",
    "in",
    "on",
    "at",
    "by",
    "from",
    "to",
    "into",
    "and",
    "or",
    "but",
    "under",
    "over",
    "about",
    "against",
    "through",
    "during",
    "including",
    "between",
    "among",
    "across",
    "toward",
    "towards",
    "within",
    "upon",
    "beyond",
    "like",
    "than",
    "via",
    "amid",
    "after",
    "before",
    "since",
    "until",
    "all",
    "both",
];

/// Prepositions that open an adjunct item rather than a topic.
pub(crate) const ADJUNCT_PREPOSITIONS: &[&str] =
    &["with", "on", "in", "at", "by", "from", "for", "into", "after", "before"];

/// Prepositions that, inside the left conjunct, make "and" coordinate within their object.
pub(crate) const INNER_PREPOSITIONS: &[&str] = &[
    "of", "in", "on", "for", "to", "with", "between", "among", "through", "by", "from", "into", "at", "against",
    "toward", "towards", "within", "across", "under", "over", "along",
];
