//! When two records report the same encounter: the one rule that both the
//! document's extractor and the corpus's fusion apply.

use crate::model::{Dialogue, DialogueKind, Precision, When};

/// Where the two records come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Both from one article, which tells its own encounters apart: another
    /// kind or a report without a round number is another record, chairs
    /// that share no surname are another meeting, and dates must overlap.
    OneArticle,
    /// From different sources, each partial: "talks" and "a meeting" may be
    /// one encounter, a report without a number may be the numbered round, other chairs at the same place may be the other
    /// side's delegation, and day dates may differ by `DAY_TOLERANCE`.
    AcrossSources,
}

/// How many days apart two sources may date one encounter.
pub(crate) const DAY_TOLERANCE: i64 = 2;

/// Whether `a` and `b` report the same encounter.
///
/// - Different party sets are different encounters.
/// - Two round numbers decide alone: equal rounds are one encounter.
/// - Otherwise the kinds must fit (in one article the same kind and no
///   number; across sources any kind but a visit fits any kind but a
///   visit, and a report without a number may be the numbered round), and
///   no field written in both may contradict the other: dates
///   must agree (see [`Scope`]), venues must be the same place by
///   `same_place`, and chairs must share a surname (across sources, unless
///   the venues agree).
/// - At least one field must positively agree (a date, the venue or a
///   chair), so two bare records of one pair never merge on nothing; in one
///   article, the same three parties are enough.
pub(crate) fn same_encounter(
    a: &Dialogue,
    b: &Dialogue,
    scope: Scope,
    same_place: impl Fn(&str, &str) -> bool,
) -> bool {
    if a.parties != b.parties {
        return false;
    }
    if let (Some(x), Some(y)) = (a.round, b.round) {
        return x == y;
    }
    let kinds_fit = match scope {
        // The article names its own encounters: another kind is another record, and so is a
        // report without the number unless it names the same kind ("the sixth trilateral
        // dialogue" and "a trilateral meeting in Nairobi").
        Scope::OneArticle => {
            a.kind == b.kind && ((a.round.is_none() && b.round.is_none()) || a.kind == DialogueKind::TrilateralDialogue)
        }
        // Sources call one meeting "talks", "a meeting" or "the dialogue"; a visit is another thing.
        Scope::AcrossSources => (a.kind == DialogueKind::Visit) == (b.kind == DialogueKind::Visit),
    };
    if !kinds_fit {
        return false;
    }
    let dates = match (&a.when, &b.when) {
        (Some(x), Some(y)) => {
            let tolerance = if scope == Scope::AcrossSources { DAY_TOLERANCE } else { 0 };
            Some(dates_agree(x, y, tolerance))
        }
        _ => None,
    };
    let place = match (a.venue.as_deref(), b.venue.as_deref()) {
        (Some(x), Some(y)) => Some(same_place(x, y)),
        _ => None,
    };
    // Borrowed unless the surname has diacritics: no allocation on the common path.
    fn surname(p: &crate::model::Person) -> std::borrow::Cow<'_, str> {
        crate::text::words::fold_latin(p.name.split_whitespace().last().unwrap_or(""))
    }
    let people = (!a.chairs.is_empty() && !b.chairs.is_empty())
        .then(|| a.chairs.iter().any(|p| b.chairs.iter().any(|q| surname(p) == surname(q))));
    // "She met the Prime Minister, then the Speaker": one visitor, two hosts, two meetings. A party
    // whose principals in the two records have no one in common makes them two encounters.
    let other_principals = a.parties.iter().any(|c| {
        let x: Vec<_> = a.chairs.iter().filter(|p| p.country == Some(*c)).map(surname).collect();
        let y: Vec<_> = b.chairs.iter().filter(|p| p.country == Some(*c)).map(surname).collect();
        !x.is_empty() && !y.is_empty() && !x.iter().any(|n| y.contains(n))
    });
    if other_principals {
        return false;
    }
    if dates == Some(false)
        || place == Some(false)
        || (people == Some(false) && (scope == Scope::OneArticle || place != Some(true)))
    {
        return false;
    }
    // Three parties reported twice in one article are one encounter unless a field says otherwise.
    let trilateral_again = scope == Scope::OneArticle && a.parties.len() >= 3;
    dates == Some(true) || place == Some(true) || people == Some(true) || trilateral_again
}

/// Whether two dates of one encounter agree: overlapping ranges, or day
/// dates at most `tolerance_days` apart.
fn dates_agree(x: &When, y: &When, tolerance_days: i64) -> bool {
    x.overlaps(y)
        || (x.precision == Precision::Day
            && y.precision == Precision::Day
            && (x.start - y.start).num_days().abs() <= tolerance_days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Person;
    use crate::Country;
    use chrono::NaiveDate;

    fn talks(day: u32, venue: Option<&str>, chair: Option<&str>) -> Dialogue {
        let mut d = Dialogue::new(DialogueKind::Talks, [Country::GR, Country::TR]);
        d.when = Some(When::day(NaiveDate::from_ymd_opt(2025, 3, day).unwrap(), ""));
        d.venue = venue.map(str::to_string);
        d.chairs = chair.map(|c| vec![Person::new(c, None)]).unwrap_or_default();
        d
    }

    fn eq(a: &str, b: &str) -> bool {
        a == b
    }

    #[test]
    fn rounds_decide_alone() {
        let mut a = talks(3, Some("Athens"), None);
        let mut b = talks(20, Some("Ankara"), None);
        a.round = Some(4);
        b.round = Some(4);
        assert!(same_encounter(&a, &b, Scope::OneArticle, eq));
        b.round = Some(5);
        assert!(!same_encounter(&a, &b, Scope::OneArticle, eq));
    }

    #[test]
    fn a_day_apart_is_one_meeting_only_with_tolerance() {
        let a = talks(3, Some("Athens"), Some("Kostas Doe"));
        let b = talks(4, Some("Athens"), Some("Ali Roe"));
        assert!(!same_encounter(&a, &b, Scope::OneArticle, eq));
        assert!(same_encounter(&a, &b, Scope::AcrossSources, eq));
    }

    #[test]
    fn different_chairs_are_two_meetings_unless_sources_agree_on_the_place() {
        let a = talks(3, Some("Athens"), Some("Kostas Doe"));
        let b = talks(3, Some("Athens"), Some("Ali Roe"));
        assert!(!same_encounter(&a, &b, Scope::OneArticle, eq));
        assert!(same_encounter(&a, &b, Scope::AcrossSources, eq));
    }

    #[test]
    fn different_chairs_at_an_unknown_place_are_two_meetings() {
        let a = talks(3, None, Some("Kostas Doe"));
        let b = talks(3, None, Some("Ali Roe"));
        assert!(!same_encounter(&a, &b, Scope::OneArticle, eq));
        let c = talks(3, None, Some("Nikos Doe"));
        assert!(same_encounter(&a, &c, Scope::OneArticle, eq));
    }

    #[test]
    fn a_visit_never_merges_into_a_round() {
        let mut round = talks(3, Some("Athens"), None);
        round.round = Some(2);
        let mut visit = talks(3, Some("Athens"), None);
        visit.kind = DialogueKind::Visit;
        assert!(!same_encounter(&round, &visit, Scope::AcrossSources, eq));
        let meeting = talks(3, Some("Athens"), None);
        assert!(same_encounter(&round, &meeting, Scope::AcrossSources, eq));
        assert!(!same_encounter(&round, &meeting, Scope::OneArticle, eq));
    }

    #[test]
    fn in_one_article_a_numbered_trilateral_and_a_trilateral_meeting_are_one() {
        let three = [Country::KE, Country::new("ET").unwrap(), Country::new("SO").unwrap()];
        let mut round = Dialogue::new(DialogueKind::TrilateralDialogue, three);
        round.round = Some(5);
        let mut meeting = Dialogue::new(DialogueKind::TrilateralDialogue, three);
        meeting.venue = Some("Nairobi".into());
        assert!(same_encounter(&round, &meeting, Scope::OneArticle, eq));
        // Not a bilateral round and a bilateral meeting: those stay apart.
        let mut pair_round = Dialogue::new(DialogueKind::StrategicDialogue, [Country::GR, Country::TR]);
        pair_round.round = Some(2);
        let pair_meeting = talks(3, Some("Athens"), None);
        assert!(!same_encounter(&pair_round, &pair_meeting, Scope::OneArticle, eq));
    }
}
