//! Country codes: ISO 3166-1 alpha-2, as a small copyable key.

use once_cell::sync::Lazy;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// An ISO 3166-1 alpha-2 country code such as `CN` or `PK`.
///
/// A `Country` is always an assigned ISO 3166-1 alpha-2 code (plus `XK`,
/// Kosovo, which the news uses), in upper case; it serializes as that
/// string, and a lexicon line naming another code is refused.
///
/// ```
/// use bilateral::Country;
/// let pk: Country = "pk".parse().unwrap();
/// assert_eq!(pk, Country::PK);
/// assert_eq!(pk.as_str(), "PK");
/// assert!("Pakistan".parse::<Country>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country([u8; 2]);

macro_rules! codes {
    ($($name:ident),* $(,)?) => {
        impl Country {
            $(
                #[doc = concat!("The code `", stringify!($name), "`.")]
                pub const $name: Country = Country(*{
                    let s = stringify!($name).as_bytes();
                    &[s[0], s[1]]
                });
            )*
        }
    };
}

codes!(
    AE, AF, AU, BD, BR, CN, DE, EG, FR, GB, GR, IN, IQ, IR, JP, KE, KP, KR, KZ, LK, MX, NP, PK, QA, RU, SA, TR, US, VN,
);

/// Every ISO 3166-1 alpha-2 code with its short English name, sorted by code.
static ISO_3166: Lazy<Vec<([u8; 2], &'static str)>> = Lazy::new(|| {
    let mut rows: Vec<([u8; 2], &'static str)> = include_str!("data/iso3166.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (code, name) = l.split_once('\t')?;
            let b = code.as_bytes();
            (b.len() == 2).then(|| ([b[0], b[1]], name))
        })
        .collect();
    rows.sort_unstable();
    rows
});

impl Country {
    /// The country of an ISO 3166-1 alpha-2 code (any case); `None` for
    /// anything else, including two letters that are no assigned code.
    ///
    /// ```
    /// use bilateral::Country;
    /// assert_eq!(Country::new("ke"), Some(Country::KE));
    /// assert_eq!(Country::new("ZZ"), None);
    /// assert_eq!(Country::new("Kenya"), None);
    /// ```
    pub fn new(code: &str) -> Option<Country> {
        let b = code.as_bytes();
        if b.len() != 2 {
            return None;
        }
        let upper = [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()];
        ISO_3166.binary_search_by(|(c, _)| c.cmp(&upper)).ok().map(|_| Country(upper))
    }

    /// The country's short English name from ISO 3166-1 ("Korea, Republic
    /// of" for `KR`).
    ///
    /// ```
    /// assert_eq!(bilateral::Country::MX.name(), "Mexico");
    /// assert_eq!(bilateral::Country::GB.name(), "United Kingdom of Great Britain and Northern Ireland");
    /// ```
    pub fn name(&self) -> &'static str {
        ISO_3166.binary_search_by(|(c, _)| c.cmp(&self.0)).map(|i| ISO_3166[i].1).unwrap_or("")
    }

    /// The two-letter code as a string slice.
    ///
    /// ```
    /// assert_eq!(bilateral::Country::VN.as_str(), "VN");
    /// ```
    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// Countries with how often they occur, most frequent first (ties by code).
    pub(crate) fn by_frequency(countries: impl IntoIterator<Item = Country>) -> Vec<(Country, usize)> {
        let mut counts: Vec<(Country, usize)> = Vec::new();
        for c in countries {
            match counts.iter_mut().find(|(k, _)| *k == c) {
                Some((_, n)) => *n += 1,
                None => counts.push((c, 1)),
            }
        }
        counts.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
        counts
    }
}

/// The error for a string that is not an ISO 3166-1 alpha-2 code.
///
/// ```
/// let err = "XX".parse::<bilateral::Country>().unwrap_err();
/// assert_eq!(err.to_string(), "not an ISO 3166-1 alpha-2 code: \"XX\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an ISO 3166-1 alpha-2 code: {0:?}")]
pub struct InvalidCountryCode(pub String);

impl FromStr for Country {
    type Err = InvalidCountryCode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Country::new(s).ok_or_else(|| InvalidCountryCode(s.to_string()))
    }
}

impl fmt::Debug for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
string_schema!(Country, "An ISO 3166-1 alpha-2 country code.", "^[A-Z]{2}$");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_named_constant_is_an_assigned_code_with_a_name() {
        for c in [Country::AE, Country::CN, Country::PK, Country::US, Country::VN, Country::KP, Country::QA] {
            assert_eq!(Country::new(c.as_str()), Some(c));
            assert!(!c.name().is_empty(), "{c}");
        }
        assert_eq!(Country::new("PK").map(|c| c.name()), Some("Pakistan"));
        assert!(Country::new("AA").is_none() && Country::new("").is_none() && Country::new("P").is_none());
    }

    #[test]
    fn by_frequency_ranks_then_orders_ties_by_code() {
        let ranked = Country::by_frequency([Country::PK, Country::CN, Country::PK, Country::AF]);
        assert_eq!(ranked, [(Country::PK, 2), (Country::AF, 1), (Country::CN, 1)]);
    }
}
