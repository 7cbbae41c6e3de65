//! Country codes: ISO 3166-1 alpha-2, as a small copyable key.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// An ISO 3166-1 alpha-2 country code such as `CN` or `PK`.
///
/// A `Country` is always two ASCII upper-case letters; it serializes as that
/// string. Whether the code names a real state is the lexicon's business:
/// the type only guarantees the shape, so user lexicons can add codes.
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

codes!(AF, BD, CN, IN, IR, PK, RU, US, GB, LK, NP, SA, AE, TR, JP, KR, KP);

impl Country {
    /// Builds a code from two ASCII letters (any case); `None` otherwise.
    pub fn new(code: &str) -> Option<Country> {
        let b = code.as_bytes();
        if b.len() == 2 && b.iter().all(u8::is_ascii_alphabetic) {
            Some(Country([b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()]))
        } else {
            None
        }
    }

    /// The two-letter code as a string slice.
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

/// The error for a string that is not two ASCII letters.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_frequency_ranks_then_orders_ties_by_code() {
        let ranked = Country::by_frequency([Country::PK, Country::CN, Country::PK, Country::AF]);
        assert_eq!(ranked, [(Country::PK, 2), (Country::AF, 1), (Country::CN, 1)]);
    }
}
