//! Function words: determiners, negation, modals, prepositions and other closed classes every rule reads.

/// Determiners that make an encounter noun refer back.
pub(crate) const DEFINITE: &[&str] = &["the", "this", "that", "these"];

pub(crate) const NEGATION: &[&str] = &["not", "never", "nor", "n't", "no", "neither"];

pub(crate) const HYPOTHETICAL: &[&str] = &["could", "might", "would", "may", "if", "unlikely", "likely"];

/// Adjectives that share a head noun with what follows ("financial and banking sectors").
pub(crate) const SHARED_ADJECTIVES: &[&str] = &[
    "joint",
    "mixed",
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
pub(crate) const CUT_WORDS: &[&str] = &["under", "as", "within"];

/// Adjunct openers of time among [`OBJECT_ENDS`]: in a list of actions they
/// end one action, not the list ("restore flights suspended since 2020, ease
/// visas and …").
pub(crate) const TIME_ADJUNCTS: &[&str] = &["during", "amid", "since", "following", "after"];

/// Words that end a whole object: what follows is an adjunct or another clause.
pub(crate) const OBJECT_ENDS: &[&str] = &[
    "during",
    "after",
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
    "of",
    "in",
    "on",
    "for",
    "to",
    "with",
    "between",
    "among",
    "through",
    "by",
    "from",
    "into",
    "at",
    "against",
    "toward",
    "towards",
    "within",
    "across",
    "under",
    "over",
    "along",
    "linking",
    "connecting",
    "joining",
];

/// Prepositions of what a position is about.
pub(crate) const ABOUT_PREPOSITIONS: &[&str] = &["on", "in", "over", "regarding"];

/// Articles and possessive determiners.
pub(crate) const ARTICLES_AND_POSSESSIVES: &[&str] = &["its", "their", "his", "her", "the", "a", "an"];

/// Prepositions that attach a phrase to the noun before it.
pub(crate) const ATTACHING_PREPOSITIONS: &[&str] = &["of", "in", "on", "for", "to", "along", "at"];

/// Auxiliary verbs.
/// Forms of "be": before a participle they make it passive ("was asked"),
/// before "welcome" an adjective ("are welcome to").
pub(crate) const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

pub(crate) const AUXILIARIES: &[&str] = &["was", "were", "is", "are", "has", "have", "had", "will", "would"];

/// Prepositions a verb's complement opens with ("engage in", "cooperate with").
pub(crate) const COMPLEMENT_PREPOSITIONS: &[&str] = &["in", "to", "with", "on"];

/// Words that cannot end a topic ("… and", "… of the").
pub(crate) const DANGLING_ENDS: &[&str] =
    &["and", "or", "its", "their", "the", "while", "with", "of", "to", "for", "in", "on", "by", "a", "an"];

/// Particles left at the start of a phrase cut from its verb.
pub(crate) const DANGLING_PARTICLES: &[&str] = &["on", "to", "in", "for", "up", "out", "and"];

/// Prepositions that make a following -ing word a noun ("for supporting").
pub(crate) const GERUND_GOVERNORS: &[&str] = &["for", "of", "in", "by", "on", "about"];

/// Words that open a list item without belonging to it.
pub(crate) const ITEM_OPENERS: &[&str] = &["and", "or", "to", "the", "a", "an", "any", "nor"];

/// Words after a quoted phrase that show the quote is not a modifier of a noun.
pub(crate) const NOT_QUOTE_HEADS: &[&str] =
    &["of", "on", "in", "to", "for", "with", "by", "at", "from", "and", "or", "that", "which", "based"];

/// Determiners that open a noun phrase.
pub(crate) const NOUN_PHRASE_DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "our", "this", "these", "all"];

/// Determiners that open an object noun phrase.
pub(crate) const OBJECT_DETERMINERS: &[&str] = &["a", "an", "the", "its", "their"];

/// Modals of obligation.
pub(crate) const OBLIGATION_MODALS: &[&str] = &["should", "must", "ought"];

/// Pronouns that stand for an object named elsewhere.
pub(crate) const PRONOUN_OBJECTS: &[&str] =
    &["it", "them", "this", "these", "those", "that", "us", "he", "she", "him", "her", "they", "we", "you", "me"];

/// Relative pronouns.
pub(crate) const RELATIVE_PRONOUNS: &[&str] = &["which", "that", "who"];

/// Adverbs that may stand between a cue and its verb ("will further deepen").
pub(crate) const STANCE_ADVERBS: &[&str] = &["further", "jointly", "also", "together", "still", "actively", "firmly"];

/// Prepositions that introduce what an attitude is towards.
pub(crate) const STANCE_OBJECT_PREPOSITIONS: &[&str] = &["toward", "towards", "to", "against", "on", "for"];

/// Particles of phrasal verbs ("back up", "set out").
pub(crate) const VERB_PARTICLES: &[&str] = &["back", "up", "out", "off", "down", "over"];

/// Comparative adverbs.
pub(crate) const COMPARATIVES: &[&str] = &["more", "most", "less"];

/// Coordinating conjunctions.
pub(crate) const CONJUNCTIONS: &[&str] = &["and", "or"];

/// Indefinite articles.
pub(crate) const INDEFINITE_ARTICLES: &[&str] = &["a", "an"];

/// Words before a place that make it where something happened.
pub(crate) const LOCATIVE_LEADS: &[&str] = &["in", "at", ","];

/// Prepositions of place.
pub(crate) const LOCATIVE_PREPOSITIONS: &[&str] = &["in", "at"];

/// Possessive determiners of persons.
pub(crate) const PERSONAL_POSSESSIVES: &[&str] = &["his", "her", "their"];

/// Possessive determiners of one person.
pub(crate) const SINGULAR_POSSESSIVES: &[&str] = &["his", "her"];

/// Words after "over" that make it a span of time ("over the past decade"),
/// not what a position is about ("sovereignty over the islands").
pub(crate) const OVER_TIME_LEADS: &[&str] =
    &["the", "past", "last", "next", "coming", "recent", "many", "several", "a"];

/// Phrases that attach a basis or a manner to a position, not more of it:
/// "cooperation based on mutual respect", "in accordance with the roadmap".
pub(crate) const BASIS_PHRASES: &[&[&str]] = &[
    &["based", "on"],
    &["in", "line", "with"],
    &["in", "accordance", "with"],
    &["guided", "by"],
    &["on", "the", "basis", "of"],
    &["in", "keeping", "with"],
];

/// Nouns of manner: "with a zero-tolerance attitude", "with an open mind",
/// "in a spirit of …" say how a position is held, not what it is about.
pub(crate) const MANNER_NOUNS: &[&str] =
    &["attitude", "approach", "spirit", "mindset", "mind", "manner", "sense", "view", "eye", "stance"];

/// Suffixes of adjectives ("regional", "strategic", "inclusive").
pub(crate) const ADJECTIVE_SUFFIXES: &[&str] = &["al", "ic", "ive", "ous", "ary", "ful", "ern", "ile", "ible", "able"];

/// Suffixes of verbs ("prioritise", "operationalize", "intensify").
pub(crate) const VERB_SUFFIXES: &[&str] = &["ise", "ize", "ify"];

/// Finite verbs that open another clause after "and": "… and Pakistan's
/// strikes were not discussed", "… and the minister said".
pub(crate) const CLAUSE_VERBS: &[&str] = &[
    "stands", "is", "are", "remains", "hopes", "looks", "expects", "will", "would", "has", "have", "said", "says",
    "told", "tells", "added", "noted", "urged", "called", "warned",
];

/// Compass words that may stand between "in" and a place: "in northwestern Pakistan".
pub(crate) const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northwest",
    "northeast",
    "southwest",
    "southeast",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northwestern",
    "northeastern",
    "southwestern",
    "southeastern",
];

/// Head nouns that end a programme's or agreement's name, so that "and"
/// before them joins words of one name ("the Law and Justice Partnership").
pub(crate) const NAME_HEADS: &[&str] = &[
    "partnership",
    "initiative",
    "agreement",
    "programme",
    "program",
    "fund",
    "plan",
    "strategy",
    "framework",
    "forum",
    "corridor",
    "council",
    "commission",
    "compact",
    "accord",
];

/// Adverbs that narrow what came before: ", especially in trade".
pub(crate) const NARROWING_ADVERBS: &[&str] = &["especially", "particularly", "notably", "mainly", "primarily"];
