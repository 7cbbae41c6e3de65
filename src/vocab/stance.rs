//! Stance verbs and nouns, framing, light and speech verbs, and the subjects that take positions.

use crate::model::Stance;

/// Words that frame a stance without one of their own.
pub(crate) const FRAMING: &[&str] = &[
    "reiterate",
    "reiterated",
    "reiterates",
    "reiterating",
    "reaffirm",
    "reaffirmed",
    "reaffirms",
    "reaffirming",
    "emphasize",
    "emphasized",
    "emphasizes",
    "emphasise",
    "emphasised",
    "emphasises",
    "stress",
    "stressed",
    "stresses",
    "underline",
    "underlined",
    "underlines",
    "underscored",
    "highlighted",
    "maintained",
    "maintains",
    "said",
    "says",
    "stated",
    "noted",
    "added",
    "insisted",
    "pointed",
    "stressing",
    "emphasizing",
    "emphasising",
    "underlining",
    "noting",
    "saying",
    "highlighting",
    "adding",
];

/// Words before "to" that make the verb after it a stance of the subject
/// ("agreed to uphold", "hope to call on"), unlike "the first countries to recognize".
pub(crate) const TO_GOVERNORS: &[&str] = &[
    "hope",
    "hopes",
    "hoped",
    "want",
    "wants",
    "wish",
    "seek",
    "seeks",
    "continue",
    "continues",
    "continued",
    "ready",
    "willing",
    "need",
    "needs",
    "will",
    "agree",
    "must",
    "going",
    "able",
    "try",
    "strive",
    "work",
    "pledge",
    "vow",
    "decide",
    "commit",
    "aim",
    "aims",
    "intend",
    "intends",
    "plan",
    "plans",
    "resolve",
    "determined",
    "committed",
];

/// Verbs after which a nominal stance counts ("expressed concern over").
pub(crate) const LIGHT_VERBS: &[&str] = &[
    "renewed",
    "renew",
    "expressed",
    "raised",
    "raising",
    "express",
    "expresses",
    "voiced",
    "conveyed",
    "extended",
    "offered",
    "pledged",
    "showed",
    "reiterated",
    "reaffirmed",
    "reiterating",
    "reaffirming",
    "emphasized",
    "stressed",
];

/// Verbs that end what follows them: "stop supporting", "cease backing".
pub(crate) const ENDING_VERBS: &[&str] =
    &["stop", "stops", "stopped", "cease", "ceases", "ceased", "halt", "quit", "end", "abandon"];

/// Verb stems of each stance, with the particles that may follow them.
pub(crate) const STANCE_VERBS: &[(&str, Stance, &[&str])] = &[
    ("support", Stance::Support, &["for", "to"]),
    ("endorse", Stance::Support, &[]),
    ("uphold", Stance::Support, &[]),
    ("upheld", Stance::Support, &[]),
    ("adhere", Stance::Support, &["to"]),
    ("recognize", Stance::Support, &[]),
    ("recognise", Stance::Support, &[]),
    ("back", Stance::Support, &[]),
    ("defend", Stance::Support, &[]),
    ("oppose", Stance::Oppose, &["to"]),
    ("reject", Stance::Oppose, &[]),
    ("protest", Stance::Oppose, &["against"]),
    ("resist", Stance::Oppose, &[]),
    ("urge", Stance::CallFor, &[]),
    ("demand", Stance::CallFor, &[]),
    ("advocate", Stance::CallFor, &["for"]),
    ("appeal", Stance::CallFor, &["for", "to"]),
    ("commend", Stance::Commend, &["for"]),
    ("appreciate", Stance::Commend, &[]),
    ("praise", Stance::Commend, &["for"]),
    ("acknowledge", Stance::Commend, &[]),
    ("welcome", Stance::Commend, &[]),
    ("hail", Stance::Commend, &[]),
    ("laud", Stance::Commend, &[]),
    ("applaud", Stance::Commend, &[]),
    ("salute", Stance::Commend, &[]),
    ("deplore", Stance::Condemn, &[]),
    ("criticize", Stance::Oppose, &[]),
    ("criticise", Stance::Oppose, &[]),
    ("thank", Stance::Commend, &[]),
    ("condemn", Stance::Condemn, &[]),
    ("denounce", Stance::Condemn, &[]),
    // Feelings that state a concern: "was shocked at", "is alarmed by", "worried about".
    ("shocked", Stance::Concern, &["at", "by", "over"]),
    ("alarmed", Stance::Concern, &["at", "by", "over"]),
    ("dismayed", Stance::Concern, &["at", "by", "over"]),
    ("worried", Stance::Concern, &["about", "over", "by"]),
];

/// Unnamed third parties whose claims are not the actors' positions.
pub(crate) const HEARSAY_SOURCES: &[&str] = &[
    "critics",
    "analysts",
    "observers",
    "experts",
    "expert",
    "sources",
    "reports",
    "media",
    "commentators",
    "rumours",
    "rumors",
];

/// Verbs that report such a claim.
pub(crate) const HEARSAY_VERBS: &[&str] = &[
    "say",
    "says",
    "said",
    "claim",
    "claims",
    "claimed",
    "allege",
    "alleges",
    "alleged",
    "suggest",
    "suggests",
    "suggested",
    "believe",
    "believes",
    "believed",
    "argue",
    "argues",
    "argued",
    "fear",
    "fears",
    "feared",
    "note",
    "noted",
    "warn",
    "warned",
];

/// Verbs that attribute a clause to a speaker: "X said", ", X told reporters".
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "stated",
    "noted",
    "added",
    "stressed",
    "emphasized",
    "emphasised",
    "underlined",
    "declared",
    "announced",
    "urged",
    "insisted",
    "reads",
    "writes",
    "wrote",
];

/// Verbs that head an action in "agreed to deepen X, establish Y …".
pub(crate) const ACTION_VERBS: &[&str] = &[
    "deepen",
    "establish",
    "focus",
    "optimize",
    "optimise",
    "ensure",
    "enhance",
    "implement",
    "strive",
    "promote",
    "strengthen",
    "expand",
    "advance",
    "leverage",
    "pursue",
    "prioritise",
    "prioritize",
    "build",
    "carry",
    "achieve",
    "maintain",
    "safeguard",
    "protect",
    "boost",
    "develop",
    "improve",
    "accelerate",
    "work",
    "continue",
    "explore",
    "make",
    "take",
    "provide",
    "extend",
    "increase",
    "facilitate",
    "encourage",
    "launch",
    "hold",
    "conduct",
    "sign",
    "step",
    "intensify",
    "combat",
    "prevent",
    "dismantle",
    "eliminate",
    "push",
    "forge",
    "create",
    "share",
    "address",
    "resolve",
    "respect",
    "play",
    "stand",
    "upgrade",
    "align",
    "coordinate",
    "cooperate",
    "jointly",
    "broaden",
    "support",
    "uphold",
    "practice",
    "practise",
    "participate",
    "participates",
    "practicing",
    "reinforce",
    "consolidate",
    "elevate",
    "expedite",
    "complete",
    "finalize",
    "finalise",
    "study",
    "establishing",
    "give",
    "ease",
    "restore",
    "resume",
    "reopen",
    "renew",
    "revive",
    "raise",
    "reduce",
    "lift",
    "double",
    "triple",
    "invest",
    "investigate",
    "bring",
    "punish",
    "prosecute",
];

/// Words that open a purpose clause to cut ("to boost …", "to ensure …").
pub(crate) const PURPOSE_VERBS: &[&str] = &[
    "boost",
    "ensure",
    "promote",
    "facilitate",
    "enhance",
    "help",
    "further",
    "strengthen",
    "safeguard",
    "support",
    "meet",
    "make",
];

/// Nouns whose "to V" says what they are, not what they are for: "efforts
/// to ensure X", "measures to protect Y" (no purpose clause to cut).
pub(crate) const INFINITIVE_NOUNS: &[&str] = &[
    "efforts",
    "effort",
    "measures",
    "steps",
    "plans",
    "plan",
    "commitment",
    "determination",
    "willingness",
    "readiness",
    "ability",
    "attempts",
    "moves",
    "bid",
    "initiatives",
];

/// Collective subjects that mean the document's parties.
pub(crate) const COLLECTIVE_SUBJECTS: &[&[&str]] = &[
    &["both", "sides"],
    &["the", "two", "sides"],
    &["both", "countries"],
    &["the", "two", "countries"],
    &["both", "nations"],
    &["the", "two", "nations"],
    &["both", "governments"],
    &["the", "two", "governments"],
    &["both", "parties"],
    &["the", "two", "parties"],
    &["the", "parties"],
    &["the", "two", "militaries"],
    &["the", "dialogue"],
    &["the", "joint", "statement"],
    &["the", "joint", "communiqué"],
    &["the", "two", "leaders"],
    &["the", "two", "ministers"],
    &["the", "ministers"],
    &["the", "leaders"],
    &["both", "ministers"],
    &["both", "leaders"],
    &["the", "delegations"],
    &["both", "delegations"],
    &["the", "two", "delegations"],
    &["the", "foreign", "ministers"],
    &["the", "three", "sides"],
    &["all", "three", "sides"],
    &["the", "three", "countries"],
    &["the", "two", "foreign", "ministers"],
    &["both", "foreign", "ministers"],
    &["the", "three", "foreign", "ministers"],
    &["the", "three", "ministers"],
    &["the", "three", "leaders"],
    &["the", "two", "presidents"],
    &["both", "presidents"],
    &["the", "presidents"],
    &["the", "two", "prime", "ministers"],
    &["the", "prime", "ministers"],
    &["both", "prime", "ministers"],
    &["the", "two", "heads", "of", "state"],
    &["the", "heads", "of", "state"],
    &["the", "two", "heads", "of", "government"],
    &["the", "heads", "of", "government"],
];

/// Nouns that make a demonym a subject: "the Chinese side", "Pakistani officials".
pub(crate) const DEMONYM_HEADS: &[&str] = &[
    "side",
    "officials",
    "government",
    "leaders",
    "delegation",
    "authorities",
    "leadership",
    "military",
    "army",
    "embassy",
    "ministry",
    "mission",
    "consulate",
    "administration",
    "spokesperson",
    "spokesman",
    "spokeswoman",
];

/// Bodies of a government that a later "the embassy" or "the ministry"
/// refers back to.
pub(crate) const INSTITUTION_NOUNS: &[&str] = &["embassy", "ministry", "mission", "consulate"];

/// Stance nouns with the particles that make them a cue ("support for",
/// "concern over") and the stance each carries.
pub(crate) const STANCE_NOUNS: &[(&str, &[&str], Stance)] = &[
    ("support", &["for", "to"], Stance::Support),
    ("backing", &["for", "to"], Stance::Support),
    ("adherence", &["to"], Stance::Support),
    ("opposition", &["to"], Stance::Oppose),
    ("commitment", &["to"], Stance::Agree),
    ("willingness", &["to"], Stance::Agree),
    ("readiness", &["to"], Stance::Agree),
    ("determination", &["to"], Stance::Agree),
    ("resolve", &["to"], Stance::Agree),
    ("appreciation", &["for", "of", "to"], Stance::Commend),
    ("gratitude", &["for", "of", "to"], Stance::Commend),
    ("satisfaction", &["over", "with", "at"], Stance::Commend),
    ("concern", &["over", "about", "at", "regarding"], Stance::Concern),
    ("concerns", &["over", "about", "at", "regarding"], Stance::Concern),
];

/// Words that open a cue of another shape than a stance verb or noun: "call
/// on", "agreed to", "pledged", "will jointly", "spoke highly of",
/// "zero tolerance", "believes that".
pub(crate) const OTHER_CUE_WORDS: &[&str] = &[
    "zero",
    "spoke",
    "speaks",
    "speak",
    "call",
    "calls",
    "called",
    "calling",
    "agree",
    "agreed",
    "agrees",
    "pledge",
    "pledged",
    "pledges",
    "decided",
    "vowed",
    "resolved",
    "committed",
    "commit",
    "commits",
    "will",
    "would",
    "believe",
    "believed",
    "believes",
    "accept",
    "accepted",
    "willing",
    "ready",
    "prepared",
    "determined",
    "eager",
    "want",
    "wants",
    "wanted",
];

/// Nouns of help that a request names before what it is for: "asked for
/// Japan's help in rebuilding …".
pub(crate) const HELP_NOUNS: &[&str] = &["help", "assistance", "support", "backing", "cooperation"];

/// Nouns of a position held against something: "their stance against
/// terrorism" opposes terrorism.
pub(crate) const POSITION_NOUNS: &[&str] = &["stance", "position", "stand", "opposition", "fight", "struggle"];

/// Nouns for the fields a position lists: "in such areas as trade and
/// health", "in sectors such as mining".
pub(crate) const FIELD_NOUNS: &[&str] = &["areas", "fields", "sectors", "domains", "spheres"];

/// Verbs of request: "asked Peru to extradite …", "requested Japan's help
/// in …" call for what the addressee is asked to do.
pub(crate) const REQUEST_VERBS: &[&str] =
    &["ask", "asked", "asks", "asking", "request", "requested", "requests", "requesting"];

/// Every inflected form of every stance verb, in table order: the verb and
/// the verb without its final "e", each with "", "s", "ed", "ing" and "d".
pub(crate) fn stance_verb_forms() -> impl Iterator<Item = (String, Stance, &'static [&'static str])> {
    STANCE_VERBS.iter().flat_map(|&(stem, stance, particles)| {
        let base = stem.strip_suffix('e').unwrap_or(stem);
        [stem, base].into_iter().flat_map(move |root| {
            ["", "s", "ed", "ing", "d"].into_iter().map(move |suffix| (format!("{root}{suffix}"), stance, particles))
        })
    })
}

/// Every word that can start a stance cue, in lower case: the verb forms,
/// the nouns, the other cue words and the framing verbs. The tokenizer marks
/// exactly these (`Classes::STANCE_CUE`), so the grammar reads nothing else.
pub(crate) fn stance_cue_words() -> impl Iterator<Item = String> {
    stance_verb_forms().map(|(form, _, _)| form).chain(STANCE_NOUNS.iter().map(|(w, _, _)| w.to_string())).chain(
        OTHER_CUE_WORDS
            .iter()
            .chain(FRAMING)
            .chain(REQUEST_VERBS)
            .chain(AGREE_VERBS)
            .chain(SIGNING_VERBS)
            .chain(UPGRADE_VERBS)
            .map(|w| w.to_string()),
    )
}

/// Verbs of signing: the signatories agree to what the signed text is about
/// ("signed an agreement on visa exemption").
pub(crate) const SIGNING_VERBS: &[&str] = &["sign", "signs", "signed", "inked", "concluded"];

/// Verbs that raise a relationship to a new framework: "upgraded relations
/// to a strategic partnership" is agreement to the partnership.
pub(crate) const UPGRADE_VERBS: &[&str] = &[
    "upgrade",
    "upgraded",
    "upgrades",
    "upgrading",
    "elevate",
    "elevated",
    "elevates",
    "elevating",
    "raise",
    "raised",
];

/// Nouns of the relationship an upgrade raises ("relations", "ties").
pub(crate) const RELATIONSHIP_NOUNS: &[&str] = &["relations", "ties", "relationship", "partnership", "cooperation"];

/// Nouns of a signed text whose subject follows "on", "for" or "to".
pub(crate) const AGREEMENT_NOUNS: &[&str] = &[
    "agreement",
    "agreements",
    "accord",
    "accords",
    "deal",
    "deals",
    "memorandum",
    "memoranda",
    "memorandums",
    "mou",
    "mous",
    "pact",
    "pacts",
    "treaty",
    "protocol",
    "protocols",
    "declaration",
];

/// Verbs that say the actors agreed or pledged to act.
pub(crate) const AGREE_VERBS: &[&str] = &[
    "agree", "agreed", "agrees", "agreeing", "pledge", "pledged", "pledges", "pledging", "decided", "vowed", "vowing",
    "resolved",
];

/// Words of a joint subject that make "will V" a joint undertaking: "both
/// sides will …", "the two countries will …" (not a bare "they will", which
/// in reports is as often a schedule: "they will make statements to the
/// press"; only one that a framing or speech verb reports).
pub(crate) const JOINT_SUBJECT_WORDS: &[&str] = &["sides", "parties", "countries", "nations", "governments"];

/// Adjectives of readiness that state an agreement to act when "to" follows:
/// "China is willing to work with …", "both sides are ready to expand …".
pub(crate) const READINESS_WORDS: &[&str] =
    &["willing", "ready", "prepared", "determined", "eager", "want", "wants", "wanted"];

/// Speech verbs after which "would V" reports an undertaking: "the two sides
/// said they would restore flights".
pub(crate) const UNDERTAKING_SPEECH: &[&str] = &["said", "announced", "stated", "declared", "added"];

/// Verbs of a programme, not an undertaking: "they would discuss trade".
pub(crate) const PROGRAMME_VERBS: &[&str] =
    &["discuss", "talk", "meet", "visit", "attend", "travel", "address", "brief", "hold", "review", "explore"];

/// Light verbs that take a noun of action ("take measures").
pub(crate) const SUPPORT_VERBS: &[&str] = &["take", "make", "have", "adopt", "carry"];
