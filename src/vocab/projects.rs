//! Project head words, sector words, status cues and words of development.

use crate::model::{Sector, Status};

/// Head words that end a project's name.
pub(crate) const NAME_HEADS: &[&str] = &[
    "Project",
    "Plant",
    "Port",
    "Highway",
    "Corridor",
    "Hospital",
    "Airport",
    "Railway",
    "Dam",
    "Station",
    "Zone",
    "Park",
    "Motorway",
    "Expressway",
    "Bridge",
    "Tunnel",
    "Pipeline",
    "Terminal",
    "Refinery",
    "Mine",
    "Farm",
    "Complex",
    "Centre",
    "Center",
    "City",
];

/// Heads that also name institutions ("Counter Terrorism Centre"): such a name
/// is a project only where the text gives its status or figures.
pub(crate) const GENERIC_HEADS: &[&str] = &["Centre", "Center", "Complex", "City"];

/// Words inside a name that fix its sector, checked in order.
pub(crate) const SECTOR_WORDS: &[(&str, Sector)] = &[
    ("Economic", Sector::Multi),
    ("Hydropower", Sector::Energy),
    ("Power", Sector::Energy),
    ("Wind", Sector::Energy),
    ("Solar", Sector::Energy),
    ("Nuclear", Sector::Energy),
    ("Coal", Sector::Energy),
    ("Hydroelectric", Sector::Energy),
    ("Dam", Sector::Energy),
    ("Pipeline", Sector::Energy),
    ("Refinery", Sector::Energy),
    ("Transmission", Sector::Energy),
    ("Hospital", Sector::Health),
    ("Medical", Sector::Health),
    ("Space", Sector::Space),
    ("Satellite", Sector::Space),
    ("Fiber", Sector::Ict),
    ("Fibre", Sector::Ict),
    ("Optic", Sector::Ict),
    ("Data", Sector::Ict),
    ("Mine", Sector::Mining),
    ("Mining", Sector::Mining),
    ("Farm", Sector::Agriculture),
    ("Agricultural", Sector::Agriculture),
    ("Industrial", Sector::Industry),
    ("Zone", Sector::Industry),
    ("Park", Sector::Industry),
    ("Port", Sector::Transport),
    ("Highway", Sector::Transport),
    ("Airport", Sector::Transport),
    ("Railway", Sector::Transport),
    ("Motorway", Sector::Transport),
    ("Expressway", Sector::Transport),
    ("Bridge", Sector::Transport),
    ("Tunnel", Sector::Transport),
    ("Terminal", Sector::Transport),
    ("Corridor", Sector::Transport),
    ("Hydel", Sector::Energy),
    ("Gas", Sector::Energy),
    ("Oil", Sector::Energy),
    ("Energy", Sector::Energy),
    ("Copper", Sector::Mining),
    ("Gold", Sector::Mining),
    ("Lithium", Sector::Mining),
    ("Rail", Sector::Transport),
    ("Road", Sector::Transport),
    ("Irrigation", Sector::Agriculture),
    ("Cement", Sector::Industry),
    ("Steel", Sector::Industry),
    ("Factory", Sector::Industry),
    ("Fertilizer", Sector::Industry),
    ("Fertiliser", Sector::Industry),
    ("Battery", Sector::Industry),
];

/// Status cues: (words in order, with at most `gap` tokens between them; status).
pub(crate) const STATUS_CUES: &[(&[&str], usize, Status)] = &[
    (&["upgraded"], 0, Status::Upgrading),
    (&["upgrade"], 0, Status::Upgrading),
    (&["upgrading"], 0, Status::Upgrading),
    (&["2.0"], 0, Status::Upgrading),
    (&["delayed"], 0, Status::Delayed),
    (&["behind", "schedule"], 0, Status::Delayed),
    (&["stalled"], 0, Status::Delayed),
    (&["postponed"], 0, Status::Delayed),
    (&["suspended"], 0, Status::Delayed),
    (&["halted"], 0, Status::Delayed),
    (&["percent", "complete"], 0, Status::UnderConstruction),
    (&["%", "complete"], 0, Status::UnderConstruction),
    (&["launched", "construction"], 0, Status::UnderConstruction),
    (&["launched"], 0, Status::Operational),
    (&["expected", "to", "be", "completed"], 0, Status::Planned),
    (&["will", "be", "completed"], 0, Status::Planned),
    (&["will", "open"], 0, Status::Planned),
    (&["would", "open"], 0, Status::Planned),
    (&["under", "construction"], 0, Status::UnderConstruction),
    (&["being", "built"], 0, Status::UnderConstruction),
    (&["being", "constructed"], 0, Status::UnderConstruction),
    (&["construction", "began"], 0, Status::UnderConstruction),
    (&["groundbreaking"], 0, Status::UnderConstruction),
    (&["commercial", "operation"], 0, Status::Operational),
    (&["full", "operation"], 0, Status::Operational),
    (&["into", "operation"], 0, Status::Operational),
    (&["in", "operation"], 4, Status::Operational),
    (&["operating"], 0, Status::Operational),
    (&["operational"], 0, Status::Operational),
    (&["inaugurated"], 0, Status::Operational),
    (&["commissioned"], 0, Status::Operational),
    (&["has", "opened"], 0, Status::Operational),
    (&["was", "opened"], 0, Status::Operational),
    (&["officially", "opened"], 0, Status::Operational),
    (&["is", "building"], 1, Status::UnderConstruction),
    (&["are", "building"], 1, Status::UnderConstruction),
    (&["currently", "building"], 0, Status::UnderConstruction),
    (&["is", "constructing"], 1, Status::UnderConstruction),
    (&["will", "be", "built"], 0, Status::Planned),
    (&["will", "be", "constructed"], 0, Status::Planned),
    (&["opened", "in"], 0, Status::Operational),
    (&["began", "operation"], 1, Status::Operational),
    (&["completed"], 0, Status::Operational),
    (&["has", "added"], 0, Status::Operational),
    (&["has", "tapped"], 0, Status::Operational),
    (&["has", "generated"], 0, Status::Operational),
    (&["has", "supplied"], 0, Status::Operational),
    (&["has", "produced"], 0, Status::Operational),
    (&["generated"], 0, Status::Operational),
    (&["planned"], 0, Status::Planned),
    (&["proposed"], 0, Status::Planned),
    (&["will", "build"], 0, Status::Planned),
    (&["plans", "to", "build"], 0, Status::Planned),
    (&["will", "fund"], 0, Status::Planned),
    (&["will", "finance"], 0, Status::Planned),
    (&["to", "be", "built"], 0, Status::Planned),
    (&["feasibility", "study"], 0, Status::Planned),
    (&["contract", "construction"], 3, Status::Planned),
];

/// Plural head words that can be distributed over a list of places.
pub(crate) const PLURAL_HEADS: &[(&str, &str)] = &[
    ("plants", "plant"),
    ("projects", "project"),
    ("ports", "port"),
    ("stations", "station"),
    ("dams", "dam"),
    ("airports", "airport"),
    ("hospitals", "hospital"),
    ("zones", "zone"),
    ("parks", "park"),
    ("farms", "farm"),
];

pub(crate) const DEVELOPMENT_STEMS: &[&str] = &[
    "upgrad",
    "build",
    "built",
    "develop",
    "construct",
    "expan",
    "invest",
    "financ",
    "fund",
    "accelerat",
    "complet",
    "inaugurat",
    "launch",
    "moderni",
    "advanc",
    "implement",
    "opened",
    "opens",
    "commission",
    "project",
    "stake",
];

pub(crate) const BACK_REFERENCE_HEADS: &[&str] = &[
    "project", "plant", "dam", "port", "corridor", "railway", "highway", "station", "facility", "pipeline", "line",
    "airport", "bridge", "mine", "terminal", "refinery", "zone", "park", "hospital", "complex", "motorway", "tunnel",
];

/// Lower-case head words of a described project: "the Arun-3 hydroelectric project".
pub(crate) const DESCRIBED_HEADS: &[&str] = &[
    "project", "plant", "dam", "mine", "railway", "line", "pipeline", "airport", "highway", "motorway", "corridor",
    "port",
];

/// Lower-case words that may stand between a project's name and its head
/// without fixing its sector; every word that names a sector
/// ([`sector_word`]) may stand there too.
pub(crate) const NEUTRAL_DESCRIPTORS: &[&str] = &["multipurpose", "cross", "border", "water", "fired", "and"];

/// Verbs whose object is a project being lengthened or enlarged: the figure
/// after it ("extend the line 250km") measures the addition, not the project.
pub(crate) const EXTENSION_VERBS: &[&str] =
    &["extend", "extends", "extended", "extending", "expand", "expands", "expanded", "expanding"];

/// Head words (lower case) of projects that run from one place to another.
pub(crate) const ROUTE_HEADS: &[&str] = &[
    "pipeline",
    "railway",
    "railroad",
    "rail",
    "line",
    "link",
    "road",
    "highway",
    "motorway",
    "expressway",
    "corridor",
    "canal",
    "cable",
    "interconnector",
];

/// Heads of projects that are a single site (a port, a bridge).
pub(crate) const SITE_HEADS: &[&str] = &["Airport", "Port", "Station", "Terminal", "Bridge", "Tunnel"];

/// Participles that end a compound modifier ("Turkish-built", and the same
/// with its hyphen lost in scraped text, "Turkishbuilt"): such a word
/// describes an undertaking, it does not name it.
pub(crate) const MODIFIER_PARTICIPLES: &[&str] =
    &["funded", "built", "backed", "owned", "financed", "made", "run", "led"];

/// Words before a plural head that are no part of what it describes:
/// function words and vague quantities ("several power plants in …").
pub(crate) const NON_MODIFIERS: &[&str] =
    &["the", "a", "an", "and", "of", "in", "while", "that", "which", "multiple", "major", "several", "many", "some"];
