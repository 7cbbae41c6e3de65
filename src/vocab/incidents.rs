//! Words of attacks, exercises, casualties and the reactions to them.

pub(crate) const ATTACK_NOUNS: &[&str] = &[
    "attack",
    "bombing",
    "blast",
    "explosion",
    "ambush",
    "shooting",
    "assault",
    "massacre",
    "mob",
    "stabbing",
    "riot",
];

pub(crate) const EXERCISE_NOUNS: &[&str] = &["exercise", "drill", "wargame", "manoeuvres", "maneuvers"];

/// What troops do in an exercise: "the two sides will engage in mixed
/// training and organize live drills" describes the exercise's programme,
/// not an undertaking of the governments.
pub(crate) const EXERCISE_ACTIVITY_WORDS: &[&str] =
    &["training", "drills", "drill", "exercise", "exercises", "manoeuvres", "maneuvers", "wargames"];

/// A casualty word reports an attack when no attack noun does.
pub(crate) const CASUALTY_WORDS: &[&str] = &["killed", "killing", "shot", "stabbed", "gunned", "attacked"];

/// Every word that can trigger an incident: the tokens
/// [`Classes::INCIDENT_TRIGGER`](crate::text::classes::Classes) marks.
pub(crate) const INCIDENT_TRIGGERS: [&[&str]; 3] = [ATTACK_NOUNS, EXERCISE_NOUNS, CASUALTY_WORDS];

pub(crate) const KILL_WORDS: &[&str] = &["killed", "died", "dead", "killing", "lives", "deaths", "death", "martyred"];

pub(crate) const INJURE_WORDS: &[&str] = &["injured", "wounded", "injuring", "wounding", "injuries"];

/// Words that say an attack was threatened, plotted or prevented rather than
/// carried out (read together with [`super::grammar::HYPOTHETICAL`]).
pub(crate) const UNREALIZED_EVENT: &[&str] =
    &["threat", "threats", "plot", "foiled", "prevent", "thwarted", "risk", "possible", "potential"];

/// Nouns for one more victim after a count: "and their Pakistani driver".
pub(crate) const SINGLE_VICTIMS: &[&str] = &[
    "driver",
    "guard",
    "soldier",
    "policeman",
    "officer",
    "translator",
    "interpreter",
    "engineer",
    "worker",
    "child",
    "guide",
    "pilot",
    "diplomat",
    "student",
    "tourist",
    "journalist",
    "employee",
    "contractor",
    "colleague",
];

/// Verbs of reacting to or reporting an incident: a date before them is theirs.
pub(crate) const REACTION_VERBS: &[&str] = &[
    "condemned",
    "condemns",
    "denounced",
    "deplored",
    "mourned",
    "said",
    "says",
    "reported",
    "expressed",
    "offered",
    "conveyed",
    "vowed",
    "pledged",
    "announced",
    "confirmed",
    "stated",
];

/// Words before the people or premises an attack was aimed at: "an attack on
/// Chinese engineers", "stormed the Kenyan embassy".
pub(crate) const TARGET_LEADS: &[&str] =
    &["on", "targeting", "targeted", "against", "at", "stormed", "raided", "attacked", "bombed"];

/// Words for attackers that may stand as the subject of an attack verb.
pub(crate) const ATTACKERS: &[&str] =
    &["gunmen", "militants", "attackers", "insurgents", "terrorists", "assailants", "rebels"];

/// Words between a count and a casualty word ("were killed", "lost their lives",
/// "were shot dead", "was stabbed to death", "sustained injuries").
pub(crate) const CASUALTY_LEADS: &[&str] = &[
    "were",
    "was",
    "have",
    "had",
    "been",
    "are",
    "reportedly",
    "lost",
    "their",
    "shot",
    "stabbed",
    "beaten",
    "to",
    "sustained",
    "suffered",
];

/// Words just before a casualty verb that make the count its subject.
pub(crate) const CASUALTY_SUBJECTS: &[&str] = &["were", "was", "been", "others", "people"];

/// Words after an ordinal that make it an exercise's count ("the ninth joint exercise").
pub(crate) const EXERCISE_ORDINAL_FOLLOWERS: &[&str] =
    &["of", "such", "joint", "exercise", "drill", "edition", "round"];

/// Determiners before one more victim ("and their driver").
pub(crate) const SINGLE_VICTIM_DETERMINERS: &[&str] = &["their", "a", "an", "one", "his", "her"];

/// Verbs that say an exercise began.
pub(crate) const BEGIN_VERBS: &[&str] = &["began", "started", "opened", "kicked"];

/// Nouns of a country's premises or people that make the country an
/// attack's victim: "at the Azerbaijani embassy", "on Chinese nationals".
pub(crate) const TARGET_NOUNS: &[&str] = &[
    "embassy",
    "consulate",
    "mission",
    "nationals",
    "citizens",
    "workers",
    "engineers",
    "personnel",
    "diplomats",
    "tourists",
    "students",
    "convoy",
    "troops",
    "soldiers",
    "base",
    "camp",
];

/// Words after "were"/"was" that make the subject an attack's victims:
/// "Pakistani students … were among those subjected to …", "Kenyan tourists
/// were attacked".
pub(crate) const PASSIVE_VICTIM_WORDS: &[&str] =
    &["among", "subjected", "attacked", "targeted", "assaulted", "injured", "wounded", "killed", "hurt", "beaten"];

/// Nouns of a kind of place before "of <Place>": "the southern city of
/// Karachi", "the province of Balochistan".
pub(crate) const PLACE_TYPE_NOUNS: &[&str] =
    &["city", "town", "village", "province", "district", "region", "state", "county", "capital", "port", "area"];

/// Lower-case bodies a victim serves in, after a demonym: "from the Kenyan
/// army", "of the Ugandan police".
pub(crate) const SERVICE_NOUNS: &[&str] = &[
    "army",
    "navy",
    "police",
    "forces",
    "force",
    "military",
    "contingent",
    "battalion",
    "mission",
    "guard",
    "air",
    "coast",
    "peacekeepers",
];

/// Forces sent somewhere: "send troops to Pakistan", "deploy forces to Egypt".
pub(crate) const FORCE_NOUNS: &[&str] = &["troops", "forces", "soldiers", "contingent", "personnel", "units"];
