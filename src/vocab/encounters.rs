//! Words of meeting, talks, visits and the mechanisms that hold them.

/// Words that name an encounter.
pub(crate) const ENCOUNTER_NOUNS: &[&str] =
    &["talks", "meeting", "summit", "consultations", "negotiations", "dialogue", "discussions"];

/// Verbs of meeting.
pub(crate) const MEET_VERBS: &[&str] = &["met", "meets", "meet"];

/// Words of visiting.
pub(crate) const VISIT_WORDS: &[&str] = &["visit", "visited", "visits", "visiting", "trip", "tour"];

/// Every word that can trigger an encounter or a visit: the one look-up most tokens need.
/// Every word that can trigger a dialogue (with ordinals, the tokens
/// [`Classes::DIALOGUE_TRIGGER`](crate::text::classes::Classes) marks).
pub(crate) const DIALOGUE_TRIGGERS: &[&[&str]] =
    &[ENCOUNTER_NOUNS, MEET_VERBS, VISIT_WORDS, REMOTE_WORDS, ARRIVAL_VERBS];

/// Words of talking at a distance: "a phone call", "a telephone conversation", "spoke by phone".
pub(crate) const REMOTE_WORDS: &[&str] = &["call", "conversation", "spoke", "talked"];

/// Verbs that make the people of a sentence chairs of its encounter.
pub(crate) const CHAIR_WORDS: &[&str] = &[
    "chaired", "chair", "chairs", "held", "hold", "holds", "met", "meet", "meets", "hosted", "hosts", "between", "led",
    "with", "attended", "attend", "attends", "meeting", "received", "receives", "receive",
];

/// Head words that end a mechanism's name.
pub(crate) const MECHANISM_HEADS: &[&str] = &[
    "dialogue",
    "talks",
    "consultations",
    "consultation",
    "meeting",
    "summit",
    "mechanism",
    "forum",
    "committee",
    "commission",
    "council",
    "group",
];

/// Nouns that name one occurrence of a mechanism after an ordinal.
pub(crate) const ROUND_NOUNS: &[&str] = &["round", "meeting", "session", "edition"];

/// Words that say two principals met.
pub(crate) const MEETING_WORDS: &[&str] =
    &["met", "meets", "meet", "meeting", "talks", "received", "receives", "hosted", "hosts", "counterpart", "chaired"];

/// "his counterpart", "their counterparts".
pub(crate) const COUNTERPART_WORDS: &[&str] = &["counterpart", "counterparts"];

/// Verbs that say an encounter took place or will ("was held", "will take place").
pub(crate) const HELD_VERBS: &[&str] = &["was", "were", "is", "are", "will", "held", "took"];

/// Verbs of leading a delegation.
pub(crate) const LEADING_VERBS: &[&str] = &["led", "headed"];

/// Words that join the parts of a mechanism's name ("Committee on …", "Council for …").
pub(crate) const MECHANISM_CONNECTORS: &[&str] = &["for", "on", "of", "and", "-", "–"];

/// Words that continue an encounter's name after its head ("talks on …", "summit of …").
pub(crate) const NAME_CONNECTORS: &[&str] = &["of", "for", "on", "and"];

/// The verb "visit" in every form.
pub(crate) const VISIT_VERBS: &[&str] = &["visit", "visits", "visited", "visiting"];

/// "delegation" in both numbers.
pub(crate) const DELEGATION_NOUNS: &[&str] = &["delegation", "delegations", "team", "side"];

/// Words before a country that make it a visit's destination.
pub(crate) const DESTINATION_LEADS: &[&str] = &["in", "to", "visited"];

/// Verbs of arriving somewhere: "arrived in Lima for an official visit".
/// Verbs of travelling to a place: "flew to China", "travelled to Lima".
pub(crate) const TRAVEL_VERBS: &[&str] = &["flew", "travelled", "traveled", "headed", "went", "came", "returned"];

pub(crate) const ARRIVAL_VERBS: &[&str] =
    &["arrived", "arrives", "arriving", "arrive", "landed", "lands", "landing", "reached", "reaches"];

/// Nouns that refer back to a country already named: "a state visit to the country".
pub(crate) const COUNTRY_ANAPHORS: &[&str] = &["country", "kingdom", "nation", "republic", "island", "emirate"];

/// Words that make an encounter the occasion of the one before it in a
/// sentence: "arriving on Thursday for the summit", "in the context of the
/// council", "on the sidelines of the forum".
pub(crate) const CONTEXT_WORDS: &[&str] = &["for", "context", "sidelines", "during", "part"];

/// Words that put an encounter next in a programme already dated: "He will
/// then meet …", "Afterwards, the ministers held talks".
pub(crate) const SEQUENCE_WORDS: &[&str] = &["then", "afterwards", "subsequently", "thereafter"];

/// Head words of a named building where leaders meet: "at Maximos Mansion",
/// "at the Great Hall of the People", "at State House".
pub(crate) const BUILDING_HEADS: &[&str] = &[
    "Mansion",
    "Palace",
    "House",
    "Hall",
    "Club",
    "Centre",
    "Center",
    "Hotel",
    "Residence",
    "Building",
    "Secretariat",
    "Complex",
    "Pavilion",
    "People",
];

/// People who meet a visitor without standing for their state: "met Chinese
/// businessmen", "addressed Kenyan students". A demonym before them names no
/// party to an encounter.
pub(crate) const PRIVATE_PEOPLE_NOUNS: &[&str] = &[
    "businessmen",
    "businesspeople",
    "business",
    "executives",
    "investors",
    "entrepreneurs",
    "students",
    "journalists",
    "scholars",
    "academics",
    "tourists",
    "companies",
    "firms",
    "community",
    "diaspora",
];
