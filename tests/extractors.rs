//! Dialogues, projects and incidents from sentences in the style of news wires.

use bilateral::{Country, Dialogue, DialogueKind, Document, Incident, IncidentKind, Parser, Project, Sector, Status};
use chrono::NaiveDate;

fn parse(text: &str) -> Document {
    Parser::new().reference_date(NaiveDate::from_ymd_opt(2026, 1, 7).unwrap()).parse(text).unwrap()
}

fn dialogues(text: &str) -> Vec<Dialogue> {
    parse(text).dialogues
}

fn projects(text: &str) -> Vec<Project> {
    parse(text).projects
}

fn incidents(text: &str) -> Vec<Incident> {
    parse(text).incidents
}

fn day(d: &Dialogue) -> String {
    d.when.as_ref().map(|w| format!("{}..{}", w.start, w.end)).unwrap_or_default()
}

// ---- dialogues ----

#[test]
fn numbered_session_of_a_series_named_in_lower_case() {
    let d = dialogues("Peruvian President Dina Boluarte and Chilean President Gabriel Boric presided over the fourth meeting of the binational commission in Lima on May 5, 2025.");
    let r = d.iter().find(|x| x.round.is_some()).expect("a numbered meeting");
    assert_eq!(
        (r.round, r.parties.as_slice()),
        (Some(4), &[Country::new("CL").unwrap(), Country::new("PE").unwrap()][..])
    );
    let d =
        dialogues("Ghana and Togo held the ninth session of the permanent joint commission in Accra on June 2, 2025.");
    assert!(d.iter().any(|x| x.round == Some(9) && x.venue.as_deref() == Some("Accra")), "{d:?}");
}

#[test]
fn numbered_mechanism_whose_head_is_lower_case() {
    let d = dialogues("Foreign Minister Ahmed Attaf held the third Algeria-Tunisia high-level strategic dialogue with his Tunisian counterpart in Algiers on April 2, 2025.");
    let r = d.iter().find(|x| x.round == Some(3)).expect("the third dialogue");
    assert_eq!(r.kind, DialogueKind::StrategicDialogue);
    assert_eq!(r.parties, [Country::new("DZ").unwrap(), Country::new("TN").unwrap()]);
}

#[test]
fn numbered_mechanism_without_countries_takes_its_principals() {
    let d = dialogues("Japanese Prime Minister Fumio Kishida and Italian Prime Minister Giorgia Meloni co-chaired the second Intergovernmental Consultations in Rome on March 3, 2025.");
    let r = d.iter().find(|x| x.round == Some(2)).expect("a round");
    assert_eq!(r.parties, [Country::new("IT").unwrap(), Country::JP]);
    assert_eq!(r.chairs.len(), 2);
}

#[test]
fn heads_of_delegation_named_before_the_session_chair_it() {
    let d = dialogues("The Chilean delegation was led by Foreign Minister Alberto van Klaveren, while the team from Peru was headed by minister for Foreign Affairs Elmer Schialer. The fourth session of the Chile-Peru Joint Commission was held in Lima on May 5, 2025.");
    let r = d.iter().find(|x| x.round == Some(4)).expect("the session");
    let chairs: Vec<(&str, Option<&str>)> =
        r.chairs.iter().map(|p| (p.name.as_str(), p.country.as_ref().map(|c| c.as_str()))).collect();
    assert_eq!(chairs, [("Alberto van Klaveren", Some("CL")), ("Elmer Schialer", Some("PE"))]);
    // Named after it, they chair it too; named long before, they do not.
    let d = dialogues("Ghana and Togo held the ninth session of their joint commission in Accra on June 2, 2025. The Togolese side was led by Foreign Minister Robert Dussey.");
    assert_eq!(d[0].chairs.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Robert Dussey"]);
    let d = dialogues("The Togolese side was led by Foreign Minister Robert Dussey. Trade rose. Prices fell. Rain came. Roads closed. Ghana and Togo held the ninth session of their joint commission in Accra on June 2, 2025.");
    assert!(d[0].chairs.is_empty(), "{:?}", d[0].chairs);
}

#[test]
fn a_leader_named_by_role_after_the_country_is_a_principal() {
    let d = dialogues("Kenya's President William Ruto and Ghana's leader John Mahama said they would deepen ties as they met in Nairobi on Wednesday.");
    let names: Vec<(&str, Option<&str>)> =
        d[0].chairs.iter().map(|p| (p.name.as_str(), p.country.as_ref().map(|c| c.as_str()))).collect();
    assert_eq!(names, [("William Ruto", Some("KE")), ("John Mahama", Some("GH"))]);
    let doc = parse("Chile's top diplomat Alberto van Klaveren spoke first. The club's leader Jane Roe did not.");
    let people: Vec<(&str, Option<&str>)> =
        doc.people.iter().map(|p| (p.name.as_str(), p.country.as_ref().map(|c| c.as_str()))).collect();
    assert_eq!(people, [("Alberto van Klaveren", Some("CL"))], "a role needs a country before it");
}

#[test]
fn meetings_during_a_visit_take_its_place_and_each_host_is_a_meeting_of_its_own() {
    let d = dialogues("May 3, 2025\n\nIraqi Prime Minister Mohammed Shia al-Sudani arrived in Amman on Wednesday for a one-day visit, where he met Jordanian Prime Minister Jafar Hassan at the palace. During his visit, al-Sudani also met with Jordanian Senate Speaker Faisal al-Fayez to discuss trade.");
    let meetings: Vec<&Dialogue> = d.iter().filter(|x| x.kind == DialogueKind::Meeting).collect();
    assert_eq!(meetings.len(), 2, "{d:#?}");
    for m in &meetings {
        assert_eq!((m.venue.as_deref(), day(m).as_str()), (Some("Amman"), "2025-04-30..2025-04-30"));
    }
    let hosts: Vec<&str> = meetings.iter().map(|m| m.chairs[1].name.as_str()).collect();
    assert_eq!(hosts, ["Jafar Hassan", "Faisal al-Fayez"]);
}

#[test]
fn a_days_programme_of_meetings() {
    let d = dialogues("2024-05-02\n\nKenyan President William Ruto will meet Ugandan counterpart Yoweri Museveni on Thursday in Kampala.\n\nAt noon, Finance Minister John Mbadi will meet with his Ugandan counterpart Matia Kasaija.");
    assert_eq!(d.len(), 2, "{d:#?}");
    assert_eq!(d[0].chairs.len(), 2, "'will meet' names both principals");
    assert_eq!(day(&d[1]), day(&d[0]), "the noon meeting is on the programme's day");
    assert_eq!(d[1].chairs[1].name, "Matia Kasaija");
    assert_eq!(d[1].chairs[0].country, Some(Country::new("KE").unwrap()), "the other side of the counterpart");
}

#[test]
fn he_who_will_then_meet_is_the_subject_before_and_the_host_is_of_the_other_country() {
    let d = dialogues("2024-05-02\n\nKenyan President William Ruto will meet Ugandan counterpart Yoweri Museveni on Thursday in Kampala.\n\nHe will then have a meeting with Prime Minister Robinah Nabbanja at 12.15 p.m., at her office.");
    assert_eq!(d.len(), 2, "{d:#?}");
    let chairs: Vec<(&str, Option<&str>)> =
        d[1].chairs.iter().map(|p| (p.name.as_str(), p.country.as_ref().map(|c| c.as_str()))).collect();
    assert_eq!(chairs, [("William Ruto", Some("KE")), ("Robinah Nabbanja", Some("UG"))]);
    assert_eq!(day(&d[1]), day(&d[0]));
}

#[test]
fn a_named_building_is_a_venue_and_a_flight_to_a_country_a_visit() {
    let d = dialogues("2024-05-02\n\nKenyan President William Ruto will meet Ugandan counterpart Yoweri Museveni on Thursday at State House.\n\nHe will then have a meeting with Prime Minister Robinah Nabbanja at 12.15 p.m., at the Nakasero Mansion.");
    let venues: Vec<Option<&str>> = d.iter().map(|x| x.venue.as_deref()).collect();
    assert_eq!(venues, [Some("State House"), Some("Nakasero Mansion")]);
    let d = dialogues("March 9, 2025\n\nThe Chilean president flew last Thursday to China in a trip which seeks to strengthen relations.");
    assert_eq!(
        (d[0].kind, d[0].venue.as_deref(), day(&d[0]).as_str()),
        (DialogueKind::Visit, Some("China"), "2025-03-06..2025-03-06")
    );
}

#[test]
fn a_numbered_trilateral_named_without_its_countries_takes_the_three_from_the_sentence() {
    let d = dialogues("August 20, 2025\n\nThe Sixth Trilateral Foreign Ministers Dialogue was attended by Kenyan Foreign Minister Musalia Mudavadi and his Ugandan and Tanzanian counterparts in Nairobi on Wednesday.");
    let r = d.iter().find(|x| x.round == Some(6)).expect("the round");
    assert_eq!(r.kind, DialogueKind::TrilateralDialogue);
    let mut want = vec![Country::new("KE").unwrap(), Country::new("TZ").unwrap(), Country::new("UG").unwrap()];
    want.sort();
    assert_eq!(r.parties, want);
    // A bilateral meeting on its sidelines takes its place and day.
    let d = dialogues("August 20, 2025\n\nThe Sixth Trilateral Foreign Ministers Dialogue was attended by Kenyan Foreign Minister Musalia Mudavadi and his Ugandan and Tanzanian counterparts in Nairobi on Wednesday. On the sidelines, Mudavadi held a bilateral meeting with Ugandan Foreign Minister Jeje Odongo.");
    let m = d.iter().find(|x| x.kind == DialogueKind::Meeting).expect("the sidelines meeting");
    assert_eq!((m.venue.as_deref(), day(m).as_str()), (Some("Nairobi"), "2025-08-20..2025-08-20"));
}

#[test]
fn ministers_who_met_for_a_numbered_round_make_one_record() {
    let d = dialogues("May 3, 2025\n\nChile's Foreign Minister Alberto van Klaveren and his Peruvian counterpart Elmer Schialer met in Lima on Thursday for the seventh Chile-Peru Foreign and Strategic Dialogue.");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!((d[0].round, d[0].chairs.len()), (Some(7), 2));
    let d = dialogues("May 3, 2025\n\nChilean President Gabriel Boric met on Friday with the Peruvian leader, Dina Boluarte, in Lima.");
    assert_eq!(d[0].chairs.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Gabriel Boric", "Dina Boluarte"]);
}

#[test]
fn a_visit_from_where_the_visitor_arrived() {
    let d = dialogues("Kenyan President William Ruto arrived in Seoul on March 3, 2025 for a three-day state visit.");
    let v = d.iter().find(|x| x.kind == DialogueKind::Visit).expect("a visit");
    assert_eq!((v.venue.as_deref(), v.parties.as_slice()), (Some("Seoul"), &[Country::KE, Country::KR][..]));
    assert_eq!(day(v), "2025-03-03..2025-03-05");
    let d = dialogues("Argentine President Javier Milei landed in Rome on Sunday for an official visit.");
    assert!(d.iter().any(|x| x.kind == DialogueKind::Visit && x.venue.as_deref() == Some("Rome")), "{d:?}");
}

#[test]
fn a_visit_to_the_country_named_before() {
    let d = dialogues("At the invitation of President Yoweri Museveni of Uganda, Tanzanian President Samia Suluhu Hassan paid a state visit to the country on June 4, 2025.");
    let v = d.iter().find(|x| x.kind == DialogueKind::Visit).expect("a visit");
    assert_eq!(v.parties, [Country::new("TZ").unwrap(), Country::new("UG").unwrap()]);
    assert_eq!(v.chairs[0].name, "Samia Suluhu Hassan");
}

#[test]
fn a_visit_whose_visitor_is_in_a_relative_clause() {
    let d = dialogues("It is the first visit that Prime Minister Anthony Albanese makes to Beijing since 2016.");
    let v = d.iter().find(|x| x.kind == DialogueKind::Visit).expect("a visit");
    assert_eq!((v.venue.as_deref(), v.chairs[0].name.as_str()), (Some("Beijing"), "Anthony Albanese"));
    // A visit word followed by a place in another clause names no host.
    let d = dialogues("After the visit, the minister said trade with Brazil would grow.");
    assert!(d.iter().all(|x| x.kind != DialogueKind::Visit), "{d:?}");
}

#[test]
fn round_in_words_with_venue_and_date() {
    let d = dialogues("The Third Round of the India-US Strategic Dialogue was held in Washington on March 3, 2025.");
    assert_eq!(d.len(), 1);
    assert_eq!((d[0].round, d[0].kind), (Some(3), DialogueKind::StrategicDialogue));
    assert_eq!(d[0].parties, [Country::IN, Country::US]);
    assert_eq!(d[0].venue.as_deref(), Some("Washington"));
    assert_eq!(day(&d[0]), "2025-03-03..2025-03-03");
}

#[test]
fn round_in_digits() {
    let d = dialogues("The 5th round of the Pakistan-US Strategic Dialogue took place in Islamabad in May 2024.");
    assert_eq!(d[0].round, Some(5));
    assert_eq!(d[0].parties, [Country::PK, Country::US]);
    assert_eq!(day(&d[0]), "2024-05-01..2024-05-31");
}

#[test]
fn round_and_date_in_neighbouring_sentences_merge() {
    let d = dialogues("The fourth round of the China-Nepal consultations opened in Kathmandu. The talks were co-chaired on January 2 by Wang Yi and Nepal's Foreign Minister Arzu Rana Deuba.");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].round, Some(4));
    assert_eq!(day(&d[0]), "2026-01-02..2026-01-02");
    assert_eq!(d[0].chairs.len(), 2);
    assert_eq!(d[0].venue.as_deref(), Some("Kathmandu"));
}

#[test]
fn same_round_mentioned_twice_is_one_record() {
    let d = dialogues("The Seventh Round of the China-Pakistan Strategic Dialogue was held in Beijing. The Seventh Round of the China-Pakistan Strategic Dialogue reviewed cooperation.");
    assert_eq!(d.len(), 1);
}

#[test]
fn elliptical_earlier_round() {
    let d = dialogues("The Seventh Round of the China-Pakistan Strategic Dialogue, held less than five months after the sixth, was held in Beijing.");
    let rounds: Vec<_> = d.iter().map(|x| x.round).collect();
    assert!(rounds.contains(&Some(7)) && rounds.contains(&Some(6)));
    let sixth = d.iter().find(|x| x.round == Some(6)).unwrap();
    assert!(sixth.when.is_none() && sixth.venue.is_none(), "the sixth takes nothing from the seventh");
}

#[test]
fn talks_with_weekday_date() {
    let d = dialogues("China and Pakistan reaffirmed their partnership during high-level talks in Beijing on Monday, January 5, 2026.");
    assert_eq!(d[0].kind, DialogueKind::Talks);
    assert_eq!(d[0].venue.as_deref(), Some("Beijing"));
    assert_eq!(day(&d[0]), "2026-01-05..2026-01-05");
}

#[test]
fn meeting_caption_with_city_and_date() {
    let d = dialogues("Chinese Foreign Minister Wang Yi meets with Pakistan's Foreign Minister Ishaq Dar, Islamabad, August 21, 2025.");
    assert_eq!(d[0].kind, DialogueKind::Meeting);
    assert_eq!(d[0].venue.as_deref(), Some("Islamabad"));
    assert_eq!(d[0].chairs.len(), 2);
}

#[test]
fn visit_with_range() {
    let d = dialogues("Indian Prime Minister Narendra Modi was on a three-day visit to Japan from January 3 to 5.");
    let v = d.iter().find(|x| x.kind == DialogueKind::Visit).unwrap();
    assert_eq!(v.parties, [Country::IN, Country::JP]);
    assert_eq!(v.venue.as_deref(), Some("Japan"));
    assert_eq!(day(v), "2026-01-03..2026-01-05");
    assert_eq!(v.chairs[0].name, "Narendra Modi");
}

#[test]
fn visit_weekday_until_date() {
    let d = dialogues(
        "Turkish Foreign Minister Hakan Fidan started his Pakistan visit on Saturday, which will last until January 5.",
    );
    let v = d.iter().find(|x| x.kind == DialogueKind::Visit).unwrap();
    assert_eq!(v.parties, [Country::PK, Country::TR]);
    assert_eq!(day(v), "2026-01-03..2026-01-05");
}

#[test]
fn two_visitors_two_records() {
    let d = dialogues(
        "In 2025, Pakistani President Asif Ali Zardari and Prime Minister Shehbaz Sharif visited China successively.",
    );
    let visits: Vec<_> = d.iter().filter(|x| x.kind == DialogueKind::Visit).collect();
    assert_eq!(visits.len(), 2);
    assert!(visits.iter().all(|v| v.venue.as_deref() == Some("China")));
}

#[test]
fn visit_and_round_in_one_sentence() {
    let d = dialogues("In August, Chinese Foreign Minister Wang Yi visited Pakistan and co-chaired the sixth round of the China-Pakistan Strategic Dialogue.");
    assert!(d.iter().any(|x| x.kind == DialogueKind::Visit && x.venue.as_deref() == Some("Pakistan")));
    let r6 = d.iter().find(|x| x.round == Some(6)).unwrap();
    assert_eq!(day(r6), "2025-08-01..2025-08-31");
}

#[test]
fn trilateral_meeting_takes_parties_from_previous_sentence() {
    let d = dialogues("China-Bangladesh-Pakistan cooperation is advancing. In June 2025, a trilateral vice-ministerial meeting was held in Kunming.");
    assert_eq!(d[0].kind, DialogueKind::TrilateralDialogue);
    assert_eq!(d[0].parties, [Country::BD, Country::CN, Country::PK]);
    assert_eq!(d[0].venue.as_deref(), Some("Kunming"));
}

#[test]
fn summit_kind() {
    let d = dialogues("Russia and India held their annual summit in Moscow on July 8, 2024.");
    assert_eq!(d[0].kind, DialogueKind::Summit);
    assert_eq!(d[0].parties, [Country::IN, Country::RU]);
}

#[test]
fn mechanism_in_general_is_not_a_record() {
    assert!(dialogues("The China-Pakistan Strategic Dialogue is one of the high-level consultation mechanisms between the two countries.").is_empty());
    assert!(dialogues("The mechanism has successfully held six meetings.").is_empty());
}

#[test]
fn visit_of_one_party_is_not_a_record() {
    assert!(dialogues("Having just returned from a visit to Pakistan, I saw many changes.").is_empty());
}

#[test]
fn talks_without_date_or_venue_are_not_records() {
    assert!(dialogues("China and Pakistan value talks.").is_empty());
}

// ---- projects ----

#[test]
fn a_port_named_head_first_and_status_from_progress_suspension_and_plans() {
    let p = projects("The Port of Lamu is an important initiative to implement the Belt and Road Initiative in Kenya.");
    let lamu = p.iter().find(|x| x.name == "Port of Lamu").expect("the port");
    assert_eq!((lamu.sector, lamu.parent.as_deref()), (Some(Sector::Transport), Some("Belt and Road Initiative")));
    let p = projects("Officials said the Port of Lamu, 80 percent complete, would open next year.");
    assert_eq!(p[0].status, Some(Status::UnderConstruction));
    let p = projects("Work on the Kipevu Oil Terminal was suspended in March.");
    assert_eq!(p[0].status, Some(Status::Delayed));
    let p = projects("The Lamu Coal Power Station is expected to be completed in 2027.");
    assert_eq!(p[0].status, Some(Status::Planned));
}

#[test]
fn a_centre_named_in_passing_is_an_institution_and_one_being_built_a_project() {
    let p = projects("The drill took place at the National Counter Terrorism Centre in Nairobi. The Kenya-China Convention Centre is under construction in Nairobi.");
    let names: Vec<&str> = p.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["Kenya-China Convention Centre"]);
}

#[test]
fn money_spent_as_part_of_a_programme_is_its_figure() {
    let p = projects("Beijing has invested over $5 billion in roads as part of the Northern Transport Corridor.");
    let c = p.iter().find(|x| x.name == "Northern Transport Corridor").expect("the corridor");
    assert_eq!(c.metrics.iter().map(|q| q.value).collect::<Vec<_>>(), [5_000_000_000.0]);
    // Money of another clause is not.
    let p = projects("Trade reached $5 billion last year, and work continued on the Northern Transport Corridor.");
    assert!(p[0].metrics.is_empty(), "{:?}", p[0].metrics);
}

#[test]
fn lexicon_project_with_metrics() {
    let p = projects("By the end of 2022, CPEC had created 236,000 jobs and added 510 kilometers of highways.");
    assert_eq!(p[0].name, "China-Pakistan Economic Corridor");
    assert_eq!(p[0].metrics.len(), 2);
}

#[test]
fn shaped_project_name_without_lexicon() {
    let p = projects("The Mohmand Hydropower Project has entered commercial operation.");
    assert_eq!(p[0].name, "Mohmand Hydropower Project");
    assert_eq!(p[0].sector, Some(Sector::Energy));
    assert_eq!(p[0].status, Some(Status::Operational));
}

#[test]
fn shaped_hospital_with_location() {
    let p = projects("The photo shows the Pakistan-China Friendship Hospital in Gwadar.");
    assert_eq!(p[0].location.as_deref(), Some("Gwadar"));
    assert_eq!(p[0].sector, Some(Sector::Health));
}

#[test]
fn distributed_plants() {
    let p = projects("Solar power plants in Sahiwal and Karachi have entered commercial operation.");
    assert_eq!(p.len(), 2);
    assert!(p.iter().all(|x| x.status == Some(Status::Operational) && x.sector == Some(Sector::Energy)));
    assert_eq!(p[0].name, "Sahiwal solar power plant");
}

#[test]
fn each_project_its_own_status() {
    let p = projects(
        "The Dasu Hydropower Project has been delayed, while the Sachal Wind Power Project is operating smoothly.",
    );
    let dasu = p.iter().find(|x| x.name.starts_with("Dasu")).unwrap();
    let sachal = p.iter().find(|x| x.name.starts_with("Sachal")).unwrap();
    assert_eq!(dasu.status, Some(Status::Delayed));
    assert_eq!(sachal.status, Some(Status::Operational));
}

#[test]
fn upgraded_version_is_upgrading_with_alias() {
    let p = projects("The two countries agreed to build an upgraded CPEC 2.0 framework.");
    assert_eq!(p[0].status, Some(Status::Upgrading));
    assert!(p[0].aliases.iter().any(|a| a == "CPEC 2.0"));
}

#[test]
fn under_construction_and_planned() {
    let p = projects("The New Gwadar International Airport is under construction. The ML-1 railway is planned.");
    assert_eq!(p.iter().find(|x| x.name.contains("Airport")).unwrap().status, Some(Status::UnderConstruction));
    assert_eq!(p.iter().find(|x| x.name.contains("Main Line")).unwrap().status, Some(Status::Planned));
}

#[test]
fn parent_only_when_named_alongside() {
    let alone = projects("Gwadar Port is a regional gateway.");
    assert_eq!(alone[0].parent, None);
    let with = projects("CPEC focuses on Gwadar Port and energy.");
    let port = with.iter().find(|x| x.name == "Gwadar Port").unwrap();
    assert_eq!(port.parent.as_deref(), Some("China-Pakistan Economic Corridor"));
}

#[test]
fn project_mentions_merge() {
    let p = projects("CPEC is vital. The China–Pakistan Economic Corridor has been significantly delayed.");
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].status, Some(Status::Delayed));
}

#[test]
fn no_project_in_plain_sentence() {
    assert!(projects("The ministers discussed trade and investment.").is_empty());
}

#[test]
fn lowercase_head_word_is_not_a_project() {
    assert!(projects("The new power plant will help.").is_empty());
}

// ---- incidents ----

#[test]
fn one_articles_reports_of_an_exercise_are_one_exercise_held_where_troops_are_sent() {
    let i = incidents("2024-11-19\n\nNAIROBI – The Kenyan army will send troops to Uganda to take part in a joint counter-terrorism exercise this month.\n\nThe drills will be held from late November to mid-December, the ministry said.\n\nThis year's exercise is the fourth joint exercise of the series between the Kenyan and Ugandan armies.");
    assert_eq!(i.len(), 1, "{i:#?}");
    assert_eq!((i[0].location.as_deref(), i[0].ordinal), (Some("Uganda"), Some(4)));
    // Exercises of other years stay apart.
    let i = incidents("2024-11-19\n\nKenya and Uganda began a joint exercise in Jinja on November 3, 2024. Kenya and Uganda held a joint exercise in Jinja in March 2019.");
    assert_eq!(i.len(), 2, "{i:#?}");
}

#[test]
fn victims_counted_with_one_more_named_after_them_and_a_single_victim_as_subject() {
    let i = incidents("March 9, 2025\n\nTwo Dutch tourists and their Moroccan guide were shot dead on Sunday in the Moroccan city of Fez, the Dutch government said.");
    assert_eq!((i[0].killed, i[0].location.as_deref()), (Some(3), Some("Fez")));
    assert_eq!(i[0].victims, [Country::new("MA").unwrap(), Country::new("NL").unwrap()]);
    let i = incidents("March 9, 2025\n\nA Kenyan engineer was stabbed to death in Juba on Friday.");
    assert_eq!((i[0].killed, i[0].victims.as_slice()), (Some(1), &[Country::new("KE").unwrap()][..]));
    let i = incidents("March 9, 2025\n\nThree Kenyan workers were killed and one Ugandan engineer was wounded in an attack near the dam in Jinja on Thursday. Two guards were unhurt.");
    assert_eq!((i[0].killed, i[0].injured), (Some(3), Some(1)));
    // A fuller toll for the attack just reported updates it.
    let i = incidents("March 27, 2025\n\nThree Kenyan engineers were killed when their convoy was attacked in Jinja on Tuesday. Three Kenyan engineers and their Ugandan driver were killed in the attack, the governor said.");
    assert_eq!(i.len(), 1);
    assert_eq!((i[0].killed, i[0].victims.len()), (Some(4), 2));
    // "a wounded Kenyan": one injured, of that nationality.
    let i = incidents(
        "March 27, 2025\n\nTwo tourists were shot dead in Juba on Friday, and a wounded Kenyan was taken to hospital.",
    );
    assert_eq!((i[0].killed, i[0].injured), (Some(2), Some(1)));
    // The premises an attacker stormed name the victims' country.
    let i = incidents("March 27, 2025\n\nA gunman stormed the Kenyan Embassy in Juba on Friday, killing the head of security and wounding two guards.");
    assert_eq!(
        (i[0].killed, i[0].injured, i[0].victims.as_slice()),
        (Some(1), Some(2), &[Country::new("KE").unwrap()][..])
    );
    // "a Kenyan engineer was awarded …" is no casualty, and "the engineers" no single victim.
    assert!(incidents("March 9, 2025\n\nA Kenyan engineer was awarded a prize in Juba on Friday.").is_empty());
}

#[test]
fn attack_with_toll_victims_location() {
    let i = incidents("In March 2024, five Chinese engineers were killed in a suicide attack in Besham.");
    assert_eq!(i.len(), 1);
    assert_eq!((i[0].kind, i[0].killed), (IncidentKind::Attack, Some(5)));
    assert_eq!(i[0].victims, [Country::CN]);
    assert_eq!(i[0].location.as_deref(), Some("Besham"));
}

#[test]
fn two_attacks_in_one_sentence() {
    let i = incidents("In October 2024, two Chinese nationals were killed in a terrorist attack in Pakistan, following a deadly attack in March, in which five Chinese citizens lost their lives.");
    assert_eq!(i.len(), 2);
    assert_eq!((i[0].killed, i[1].killed), (Some(2), Some(5)));
    assert_eq!(i[1].when.as_ref().unwrap().start.to_string(), "2024-03-01");
}

#[test]
fn injured_counted() {
    let i = incidents("On June 3, 2025, a bomb blast in Quetta killed 12 people and injured 30 people.");
    assert_eq!((i[0].killed, i[0].injured), (Some(12), Some(30)));
}

#[test]
fn perpetrator_named() {
    let i = incidents(
        "On June 3, 2025, the Balochistan Liberation Army carried out an attack in Gwadar that killed four people.",
    );
    assert_eq!(i[0].perpetrator.as_deref(), Some("Balochistan Liberation Army"));
}

#[test]
fn casualties_without_attack_noun() {
    let i = incidents("Two engineers were killed in Dasu on March 26, 2024.");
    assert_eq!(i.len(), 1);
    assert_eq!(i[0].killed, Some(2));
}

#[test]
fn exercise_with_participants_personnel_ordinal() {
    let i = incidents("In November 2024, the two militaries conducted a joint counter-terrorism exercise in Pakistan, with more than 300 personnel from the PLA Western Theater Command. The drill marked the eighth of such joint exercises.");
    assert_eq!(i.len(), 1);
    assert_eq!(i[0].kind, IncidentKind::Exercise);
    assert_eq!(i[0].participants, [Country::CN, Country::PK]);
    assert_eq!((i[0].personnel, i[0].ordinal), (Some(300), Some(8)));
}

#[test]
fn hypothetical_attack_is_not_an_incident() {
    assert!(incidents("Officials warned that militants could attack the port in May 2025.").is_empty());
}

#[test]
fn generic_attacks_without_date_are_not_incidents() {
    assert!(incidents("In recent years, several groups have been involved in attacks in Pakistan.").is_empty());
    assert!(incidents("Regular joint counter-terrorism drills deepen cooperation.").is_empty());
}

#[test]
fn could_pose_challenges_is_nothing() {
    let d = parse(
        "A potential deterioration in the economic situation could pose substantial challenges to the government.",
    );
    assert!(d.incidents.is_empty() && d.dialogues.is_empty() && d.statements.is_empty());
}

// ---- held-out styles: wire copy from other publishers and country pairs ----

#[test]
fn reported_speech_names_the_speaker() {
    let d = parse(
        "Russian President Vladimir Putin met reporters. Putin said Russia firmly supports China's position on Taiwan.",
    );
    let s = d.statements.iter().find(|s| s.topics == ["Taiwan"]).unwrap();
    assert_eq!(s.speaker.as_ref().map(|p| p.name.as_str()), Some("Vladimir Putin"));
    assert_eq!(s.target, Some(Country::CN));
}

#[test]
fn passive_toll_without_a_resolvable_date() {
    let d = Parser::new().parse("At least 12 people were killed and 30 others injured when a suicide bomber targeted a police convoy in Peshawar on Tuesday. The Tehreek-e-Taliban Pakistan claimed responsibility for the attack.").unwrap();
    assert_eq!(d.incidents.len(), 1);
    let i = &d.incidents[0];
    assert_eq!((i.killed, i.injured), (Some(12), Some(30)));
    assert_eq!(i.location.as_deref(), Some("Peshawar"));
    assert_eq!(i.perpetrator.as_deref(), Some("Tehreek-e-Taliban Pakistan"));
}

#[test]
fn title_outside_the_lexicon() {
    let d = parse("Indian External Affairs Minister S. Jaishankar met the envoy.");
    assert_eq!(d.people[0].titles, ["External Affairs Minister"]);
    assert_eq!(d.people[0].country, Some(Country::IN));
}

#[test]
fn two_letter_surname_resolves_to_the_full_name() {
    let d = parse(
        "Chinese President Xi Jinping held talks in Moscow. Xi arrived in Moscow for a four-day state visit to Russia.",
    );
    let v = d.dialogues.iter().find(|x| x.kind == DialogueKind::Visit).expect("visit");
    assert_eq!(v.parties, [Country::CN, Country::RU]);
    assert_eq!(v.chairs[0].name, "Xi Jinping");
}

#[test]
fn project_name_with_number_and_of() {
    let p = projects("Both sides signed deals on the Power of Siberia 2 Gas Pipeline.");
    assert_eq!(p[0].name, "Power of Siberia 2 Gas Pipeline");
    assert_eq!(p[0].sector, Some(Sector::Energy));
}

#[test]
fn unknown_town_is_a_location_and_named_attackers_perpetrate() {
    let i = incidents("Gunmen killed 26 tourists and wounded 17 in Pahalgam in Indian-administered Kashmir on Tuesday, April 22, 2025.");
    assert_eq!(i.len(), 1);
    assert_eq!((i[0].killed, i[0].injured), (Some(26), Some(17)));
    assert_eq!(i[0].location.as_deref(), Some("Pahalgam"));
    assert_eq!(i[0].perpetrator.as_deref(), Some("gunmen"));
}

#[test]
fn a_countryless_speaker_does_not_inherit_the_previous_actor() {
    let d = parse("The United States condemned the attack, and UN Secretary-General Antonio Guterres urged both sides to exercise restraint.");
    assert!(d.statements.iter().all(|s| s.stance != bilateral::Stance::CallFor), "{:?}", d.statements);
}

#[test]
fn exercise_referred_back_extends_its_start() {
    let i = incidents("The fifth edition of the joint air exercise Shaheen-X between China and Pakistan concluded in Hotan on September 20, 2023. The exercise, which began on September 1, aimed to enhance interoperability.");
    assert_eq!(i.len(), 1);
    let w = i[0].when.as_ref().unwrap();
    assert_eq!((w.start.to_string(), w.end.to_string()), ("2023-09-01".into(), "2023-09-20".into()));
    assert_eq!((i[0].ordinal, i[0].location.as_deref()), (Some(5), Some("Hotan")));
}

#[test]
fn attack_on_nationals_names_the_victims() {
    let i =
        incidents("The two sides condemned the terrorist attack on Chinese personnel in Karachi on October 6, 2024.");
    assert_eq!(i[0].victims, [Country::CN]);
}

#[test]
fn figures_before_the_name_and_the_project_referred_back() {
    let p = projects("The 884-megawatt Suki Kinari Hydropower Project is fully operational. The project, built under the China-Pakistan Economic Corridor at a cost of $1.96 billion, employs more than 3,000 local workers.");
    let suki = p.iter().find(|x| x.name.starts_with("Suki")).unwrap();
    assert_eq!(suki.parent.as_deref(), Some("China-Pakistan Economic Corridor"));
    assert_eq!(suki.metrics.len(), 3, "{:?}", suki.metrics);
    assert!(p.iter().find(|x| x.name.starts_with("China-Pakistan")).is_none_or(|c| c.metrics.is_empty()));
}

#[test]
fn status_word_after_a_name_stays_with_it() {
    let p = projects("They agreed to advance the ML-1 railway upgrade and the Karachi-Hyderabad Motorway.");
    let motorway = p.iter().find(|x| x.name.contains("Motorway")).unwrap();
    assert_eq!(motorway.status, None);
}

#[test]
fn press_release_dated_in_its_headline() {
    let d = Parser::new().parse("Spokesperson's Regular Press Conference on March 11, 2025\n\nQ: Will the Prime Minister visit?\n\nA: Prime Minister Shehbaz Sharif will pay an official visit to China from March 18 to 21.\n").unwrap();
    assert_eq!(d.published.map(|p| p.to_string()).as_deref(), Some("2025-03-11"));
    assert_eq!(d.dateline, None, "'Q:' is no dateline");
    let visit = d.dialogues.iter().find(|x| x.kind == DialogueKind::Visit).unwrap();
    assert_eq!(day(visit), "2025-03-18..2025-03-21");
}

#[test]
fn numbered_meeting_of_a_committee_is_a_round() {
    let d = Parser::new()
        .parse("ISLAMABAD, Sep 25, 2024 (APP) - The 14th meeting of the CPEC Joint Cooperation Committee (JCC) was held in Islamabad on Wednesday, co-chaired by Planning Minister Ahsan Iqbal. The 13th JCC meeting was held in Beijing in October 2023.")
        .unwrap();
    assert_eq!(
        d.published.map(|p| p.to_string()).as_deref(),
        Some("2024-09-25"),
        "a dateline with a year dates the article"
    );
    let r14 = d.dialogues.iter().find(|x| x.round == Some(14)).expect("14th meeting");
    assert_eq!((day(r14).as_str(), r14.venue.as_deref()), ("2024-09-25..2024-09-25", Some("Islamabad")));
    let r13 = d.dialogues.iter().find(|x| x.round == Some(13)).expect("13th meeting");
    assert_eq!(r13.venue.as_deref(), Some("Beijing"));
}

#[test]
fn ordinal_before_a_mechanism_name_and_three_sides() {
    let d = parse("The sixth China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue was held in Kabul on August 20, 2025. Chinese Foreign Minister Wang Yi, Pakistani Foreign Minister Ishaq Dar and Afghan acting Foreign Minister Amir Khan Muttaqi attended the meeting. The three sides agreed to strengthen counter-terrorism cooperation.");
    let t = &d.dialogues[0];
    assert_eq!((t.kind, t.round), (DialogueKind::TrilateralDialogue, Some(6)));
    assert_eq!(t.parties, [Country::AF, Country::CN, Country::PK]);
    assert_eq!(t.chairs.len(), 3);
    assert!(d
        .statements
        .iter()
        .any(|s| s.actors == [Country::AF, Country::CN, Country::PK] && s.topics == ["counter-terrorism cooperation"]));
}

#[test]
fn mechanism_name_runs_past_its_head_word() {
    let d = parse("India and China held the 32nd meeting of the Working Mechanism for Consultation and Coordination on India-China Border Affairs in New Delhi on December 5, 2024.");
    assert_eq!(d.dialogues[0].round, Some(32));
    assert_eq!(
        d.dialogues[0].mechanism.as_deref(),
        Some("Working Mechanism for Consultation and Coordination on India-China Border Affairs")
    );
}

#[test]
fn byline_date_and_title_with_post() {
    let d = Parser::new().parse("Gwadar airport opens\n\nBy Global Times Published: Jan 20, 2025 09:34 PM\n\nChinese Ambassador to Pakistan Jiang Zaidong said the airport will boost connectivity. Pakistan's Prime Minister Shehbaz Sharif thanked China for its support.\n").unwrap();
    assert_eq!(d.published.map(|p| p.to_string()).as_deref(), Some("2025-01-20"));
    assert_eq!(d.people[0].titles, ["Ambassador"]);
    assert!(d.statements.iter().any(|s| s.actors == [Country::PK] && s.target == Some(Country::CN)));
}

#[test]
fn n_day_visit_from_a_start_day() {
    let d = parse("Pakistan and Iran agreed on April 22, 2024 to boost trade, as Iranian President Ebrahim Raisi began a three-day visit to Pakistan on April 22, 2024.");
    let v = d.dialogues.iter().find(|x| x.kind == DialogueKind::Visit).unwrap();
    assert_eq!(day(v), "2024-04-22..2024-04-24");
}

#[test]
fn toll_with_killing_and_others() {
    let i = incidents("A suicide bomber rammed a vehicle into a convoy of Chinese engineers in Besham on March 26, 2024, killing five Chinese nationals.");
    assert_eq!((i[0].killed, i[0].location.as_deref()), (Some(5), Some("Besham")));
    let j = incidents(
        "Two Chinese nationals were killed and ten others injured in a blast near Karachi airport on October 6, 2024.",
    );
    assert_eq!((j[0].killed, j[0].injured, j[0].location.as_deref()), (Some(2), Some(10), Some("Karachi")));
}

#[test]
fn exercise_series_numbered_in_roman_numerals() {
    let i = incidents("The Pakistan-China joint exercise Warrior-VIII concluded in Pakistan on December 2, 2024, with 300 personnel from both armies.");
    assert_eq!((i[0].ordinal, i[0].personnel), (Some(8), Some(300)));
    assert_eq!(i[0].participants, [Country::CN, Country::PK]);
}

#[test]
fn bilateral_meeting_at_a_multilateral_summit() {
    let d = dialogues("Prime Minister Narendra Modi met President Xi Jinping on the sidelines of the BRICS summit in Kazan on October 23, 2024. The SCO summit will be held in Tianjin in August 2025.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!((d[0].kind, d[0].venue.as_deref()), (DialogueKind::Meeting, Some("Kazan")));
    assert_eq!(day(&d[0]), "2024-10-23..2024-10-23");
}

#[test]
fn scheduled_visit_with_a_bare_verb() {
    let d = Parser::new().parse("Wang Yi will visit Pakistan next month, officials said on March 3, 2025.").unwrap();
    let v = &d.dialogues[0];
    assert_eq!((v.kind, v.venue.as_deref()), (DialogueKind::Visit, Some("Pakistan")));
    assert_eq!(day(v), "2025-04-01..2025-04-30");
}

#[test]
fn generic_rounds_of_talks_are_not_records() {
    assert!(dialogues("Pakistan and China have held several rounds of talks over the years.").is_empty());
}

#[test]
fn a_shooting_with_no_attack_noun_counts_every_victim() {
    let i =
        incidents("A gunman shot dead three Spanish tourists and their Moroccan driver in Marrakesh on June 3, 2025.");
    assert_eq!(i.len(), 1, "{i:?}");
    assert_eq!((i[0].killed, i[0].location.as_deref()), (Some(4), Some("Marrakesh")));
    assert_eq!(i[0].victims, [Country::new("ES").unwrap(), Country::new("MA").unwrap()]);
    let i = incidents("Unknown assailants stabbed two Nepali students in Dhaka on May 2, 2025.");
    assert_eq!(i.len(), 1, "{i:?}");
}

#[test]
fn one_victim_named_by_a_singular_phrase() {
    let i =
        incidents("Gunmen stormed the Kenyan embassy in Juba on Monday, killing a guard and wounding three others.");
    assert_eq!((i[0].killed, i[0].injured), (Some(1), Some(3)));
    // A plural object is no count: "killing the hopes" names no victim.
    let i = incidents("The blast in Kabul on March 3, 2025, killing the hopes of a quick deal, was condemned.");
    assert!(i.iter().all(|x| x.killed.is_none()), "{i:?}");
}

#[test]
fn an_embassy_or_nationals_attacked_are_the_victims() {
    let i = incidents("A man opened fire at the Turkish embassy in Nairobi on Friday, killing the head of security.");
    assert_eq!(i[0].victims, [Country::TR]);
    let i = incidents("The attack on Chinese engineers in Karachi on October 6, 2024 drew condemnation.");
    assert_eq!(i[0].victims, [Country::CN]);
}

#[test]
fn a_compass_word_before_the_place() {
    let i = incidents("Four soldiers were killed in a bombing in southwestern Nigeria on May 5, 2025.");
    assert_eq!(i[0].location.as_deref(), Some("Nigeria"));
    let i = incidents("An ambush in northeastern Kenya on June 1, 2025 killed six police officers.");
    assert_eq!(i[0].location.as_deref(), Some("Kenya"));
}

#[test]
fn an_undertaking_without_a_proper_name_is_named_by_its_place() {
    let p = projects("A Turkish firm is building a $2bn container port in Bagamoyo, about 60 km north of Dar es Salaam, for the Tanzanian government.");
    let port = p.iter().find(|x| x.name == "Bagamoyo port").expect("named by its place");
    assert_eq!((port.status, port.location.as_deref()), (Some(Status::UnderConstruction), Some("Bagamoyo")));
    // The distance to another place is no metric of the port.
    assert_eq!(port.metrics.len(), 1);
    assert_eq!(port.metrics[0].value, 2e9);
    let p =
        projects("Ethiopia has opened a new railway between the capital Addis Ababa and the port city of Djibouti.");
    let rail = p.iter().find(|x| x.name.ends_with("railway")).expect("a railway");
    assert_eq!(rail.status, Some(Status::Operational));
    assert!(rail.name.contains("Addis Ababa") && rail.name.contains("Djibouti"), "{}", rail.name);
    // Not without building: a port that is only a place is no project.
    assert!(projects("Ships waited outside a busy port in Lagos for days.").is_empty());
}

#[test]
fn one_name_in_two_spellings_and_port_of_place() {
    let p = projects(
        "The Kariba North Hydro Power Station was commissioned in 2014. The Kariba North Hydropower Station added 360 megawatts.",
    );
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].status, Some(Status::Operational));
    let p = projects("Officials said the Port of Lamu is being built. Work on the Lamu port is 60 percent complete.");
    assert_eq!(p.len(), 1, "{p:?}");
}

#[test]
fn a_sentence_opening_with_the_head_refers_back() {
    let p = projects("Uganda and Tanzania signed the Lake Victoria Gas Pipeline agreement. The pipeline will cost $2.1 billion and create 8,000 jobs.");
    assert_eq!(p.len(), 1, "{p:?}");
    let units: Vec<_> = p[0].metrics.iter().map(|m| m.unit).collect();
    assert!(units.contains(&bilateral::Unit::Usd) && units.contains(&bilateral::Unit::Jobs), "{p:?}");
}

#[test]
fn a_compound_modifier_is_not_a_name() {
    let p = projects("President Ruto praised the Turkishbuilt line that opened in 2017.");
    assert!(p.iter().all(|x| !x.name.contains("Turkishbuilt")), "{p:?}");
}

#[test]
fn arriving_in_a_foreign_city_is_a_visit() {
    let d = dialogues("Egyptian President Abdel Fattah al-Sisi arrived in Nairobi on Monday, and will meet Kenyan President William Ruto on Tuesday.");
    let v = d.iter().find(|x| x.kind == DialogueKind::Visit).expect("a visit");
    assert_eq!((v.venue.as_deref(), v.parties.as_slice()), (Some("Nairobi"), &[Country::EG, Country::KE][..]));
    // Arriving at home is no visit.
    let d = dialogues("Kenyan President William Ruto arrived in Nairobi on Monday after the summit.");
    assert!(d.iter().all(|x| x.kind != DialogueKind::Visit), "{d:?}");
}

#[test]
fn a_hyphenated_surname_alone_is_the_person_named_before() {
    let doc = parse("Iraqi Prime Minister Adnan Karim Al-Rawi will visit Ankara. On Monday, Al-Rawi arrived in Ankara for an official visit.");
    assert_eq!(doc.people.len(), 1, "{:?}", doc.people);
    let v = doc.dialogues.iter().find(|x| x.kind == DialogueKind::Visit).expect("a visit");
    assert_eq!(v.chairs[0].name, "Adnan Karim Al-Rawi");
}

#[test]
fn an_exercise_closed_by_a_later_date_and_counted_by_time() {
    let i = incidents("Kenya and Tanzania began the Ushirikiano Imara joint exercise in Arusha on 3 June 2025. The exercise will run until 14 June. For the fourth time, the drill brings both armies together.");
    assert_eq!(i.len(), 1, "{i:?}");
    let w = i[0].when.as_ref().unwrap();
    assert_eq!((w.start.to_string(), w.end.to_string()), ("2025-06-03".to_string(), "2025-06-14".to_string()));
    assert_eq!(i[0].ordinal, Some(4));
    // A later day with no word that closes a range does not stretch it.
    let i = incidents("The joint exercise began in Arusha on 3 June 2025. On 5 June the exercise drew observers.");
    assert_eq!(i[0].when.as_ref().unwrap().end.to_string(), "2025-06-03");
}

#[test]
fn an_embassy_spokespersons_we_is_the_embassys_country() {
    let text = "Home > News\nRemarks by the Spokesperson of the Kenyan Embassy in Japan on Fisheries\n\nQ: What is your comment?\n\nA: We urge the Japanese side to lift the ban on fish imports.\n";
    let doc = parse(text);
    assert_eq!(
        doc.headline.as_deref(),
        Some("Remarks by the Spokesperson of the Kenyan Embassy in Japan on Fisheries")
    );
    let s = doc.statements.iter().find(|s| s.stance == bilateral::Stance::CallFor).expect("a call");
    assert_eq!(s.actors, [Country::KE]);
}

#[test]
fn countries_that_met_and_the_meeting_named_after_the_verb() {
    let d = dialogues("Envoys of Kenya, Ethiopia and Somalia met in Nairobi on June 2, 2025 for a trilateral meeting, officials in Mogadishu said.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].venue.as_deref(), Some("Nairobi"));
    assert_eq!(d[0].parties.len(), 3);
}

#[test]
fn a_toll_with_an_including_aside() {
    let i =
        incidents("Seven people, including four Turkish workers, were killed in an explosion in Mosul on May 3, 2025.");
    assert_eq!((i[0].killed, i[0].victims.as_slice()), (Some(7), &[Country::TR][..]));
    let i = incidents("A bomb on a bus killed 11 people, including two Nepali pilgrims, near Kabul on April 2, 2025.");
    assert_eq!((i[0].killed, i[0].victims.as_slice()), (Some(11), &[Country::NP][..]));
}

#[test]
fn a_definite_head_in_a_later_sentence_and_its_parent_programme() {
    let p = projects("Laos has opened a new railway between Vientiane and Boten. Officials said the $5.9bn line would cut freight costs. The 422km line is part of China's Belt and Road Initiative.");
    let rail = p.iter().find(|x| x.name.ends_with("railway")).expect("the railway");
    assert_eq!(rail.parent.as_deref(), Some("Belt and Road Initiative"));
    let units: Vec<_> = rail.metrics.iter().map(|m| m.unit).collect();
    assert!(units.contains(&bilateral::Unit::Usd) && units.contains(&bilateral::Unit::Km), "{rail:?}");
    // "the line of control" is no reference to the railway.
    let p =
        projects("Laos has opened a new railway between Vientiane and Boten. Troops patrolled the line of control.");
    assert_eq!(p.len(), 1);
    assert!(p[0].evidence.len() == 1, "{p:?}");
}

#[test]
fn a_round_in_the_context_of_a_dated_arrival_takes_its_day() {
    let d = dialogues("Kenyan President William Ruto lands in Kampala on March 3, 2025 for the 4th Kenya-Uganda Joint Commission and will meet Ugandan President Yoweri Museveni.");
    let r = d.iter().find(|x| x.round == Some(4)).expect("the round");
    assert_eq!(day(r), "2025-03-03..2025-03-03");
}

#[test]
fn the_next_item_of_a_programme_takes_its_day() {
    let d = dialogues("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on March 3, 2025. Ruto then held talks with Ugandan Vice President Jessica Alupo at the State House.");
    assert!(d.iter().all(|x| x.when.is_some()), "{d:?}");
}

#[test]
fn a_visit_to_a_country_is_held_in_the_city_of_arrival() {
    let d = dialogues(
        "Bhutan's Prime Minister Tshering Tobgay arrived in Mumbai on Monday on a three-day official visit to India.",
    );
    let v = d.iter().find(|x| x.kind == DialogueKind::Visit).expect("a visit");
    assert_eq!(v.venue.as_deref(), Some("Mumbai"));
    // A city of another country is no venue of the visit.
    let d = dialogues("Bhutan's Prime Minister Tshering Tobgay arrived in Dhaka on Monday before a three-day official visit to India.");
    let v = d.iter().find(|x| x.venue.as_deref() == Some("India")).expect("the visit to India");
    assert_eq!(v.kind, DialogueKind::Visit);
}

#[test]
fn the_place_after_a_kind_of_place_and_of() {
    let i = incidents("Three Turkish engineers were killed in a blast near a bridge outside the northern city of Mosul on May 3, 2025.");
    assert_eq!(i[0].location.as_deref(), Some("Mosul"));
    let i = incidents("A roadside bomb in the province of Balochistan killed four soldiers on June 2, 2025.");
    assert_eq!(i[0].location.as_deref(), Some("Balochistan"));
}

#[test]
fn an_unnamed_undertaking_in_a_country_keeps_its_words_without_figures_or_acronym() {
    // A figure among the modifiers is a metric, not part of the name.
    let p = projects("A Turkish firm took a 40 per cent stake in a new US$2.4 billion international airport in Ghana.");
    let airport = p.iter().find(|x| x.name.contains("airport")).expect("the airport");
    assert_eq!(airport.name, "new international airport in Ghana");
    assert_eq!(airport.metrics.len(), 1, "{:?}", airport.metrics);
    assert_eq!(airport.metrics[0].text, "US$2.4 billion");
    // An acronym in brackets stands between the head and its place.
    let p = projects("The contract for the construction of a small modular reactor plant (SMR) in Kenya was signed.");
    let plant = p.iter().find(|x| x.name.contains("plant")).expect("the plant");
    assert_eq!(plant.name, "small modular reactor plant in Kenya");
    assert_eq!(plant.status, Some(Status::Planned));
    let p = projects("Japan will finance a new $900 million deepwater port in Sri Lanka.");
    let port = p.iter().find(|x| x.name.contains("port")).expect("the port");
    assert_eq!((port.name.as_str(), port.status), ("new deepwater port in Sri Lanka", Some(Status::Planned)));
}

#[test]
fn victims_serving_in_forces_are_summed_and_a_report_day_gives_way_to_the_event_day() {
    let i = incidents("2025-06-09\n\nThree soldiers from the Kenyan army and an officer from the Ugandan police lost their lives in an assault on a camp in Somalia, the ministry announced on Monday.\n\nThe attack took place at a camp near Kismayo on Sunday night.");
    assert_eq!(i.len(), 1, "{i:?}");
    assert_eq!(i[0].killed, Some(4));
    assert_eq!(i[0].victims, vec![Country::new("KE").unwrap(), Country::new("UG").unwrap()]);
    let when = i[0].when.as_ref().expect("dated");
    assert_eq!(when.start.to_string(), "2025-06-08", "the event's Sunday, not the report's Monday");
    assert_eq!(i[0].location.as_deref(), Some("Kismayo"), "the narrower place replaces the country");
}

#[test]
fn the_report_day_dates_an_attack_the_text_dates_no_other_way_and_a_possessive_day_refers_back() {
    let i = incidents("2025-03-05\n\nFour people were killed in a bombing in Quetta, officials said on Tuesday.\n\nNo group claimed Tuesday's attack.");
    assert_eq!(i.len(), 1, "{i:?}");
    assert_eq!(i[0].when.as_ref().map(|w| w.start.to_string()).as_deref(), Some("2025-03-04"));
    assert_eq!(i[0].killed, Some(4));
}

#[test]
fn a_session_of_a_named_mechanism_attended_or_held_without_a_number() {
    let d = dialogues("Foreign Minister Ana Silva met her Peruvian counterpart Elmer Schialer at the Chile-Peru Strategic Dialogue in Lima on Wednesday.");
    let s = d.iter().find(|x| x.mechanism.is_some()).expect("the session");
    assert_eq!(s.mechanism.as_deref(), Some("Chile-Peru Strategic Dialogue"));
    assert_eq!(s.kind, DialogueKind::StrategicDialogue);
    assert_eq!((s.round, s.venue.as_deref()), (None, Some("Lima")));
    assert_eq!(day(s), "2026-01-07..2026-01-07");
    assert!(!s.chairs.is_empty(), "the people the sentence places there");
    let d = dialogues("The Ghana-Togo Security Dialogue was held in Accra on Monday.");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].parties, vec![Country::new("GH").unwrap(), Country::new("TG").unwrap()]);
    // A mechanism named as a framework is no session.
    assert!(dialogues("They agreed to cooperate under the Ghana-Togo Security Dialogue framework.").is_empty());
}

#[test]
fn a_visit_whose_host_is_named_in_an_ordinal_appositive_and_its_city_is_one_place() {
    let d = dialogues("Brazilian President Luiz Inácio Lula da Silva praised the ties. During Lula's visit, the first by a Brazilian leader to oil-rich Angola in 20 years, the sides signed deals.");
    let visit = d.iter().find(|x| x.kind == DialogueKind::Visit).expect("the visit");
    assert_eq!(visit.parties, vec![Country::new("AO").unwrap(), Country::new("BR").unwrap()]);
    assert_eq!(visit.venue.as_deref(), Some("Angola"));
    // The city of arrival and the country of the visit are one place: one visit.
    let d = dialogues("Kenyan President William Ruto arrived in Tokyo on Monday. During Ruto's visit, the first by a Kenyan president to Japan in a decade, the two sides signed deals.");
    assert_eq!(d.iter().filter(|x| x.kind == DialogueKind::Visit).count(), 1, "{d:?}");
}

#[test]
fn injuries_reported_in_a_later_sentence_join_the_attack() {
    let i = incidents("2025-06-09\n\nTwo soldiers were killed in an attack in Gao on Sunday.\n\nAdditionally, three individuals sustained injuries during the attack.");
    assert_eq!(i.len(), 1, "{i:?}");
    assert_eq!((i[0].killed, i[0].injured), (Some(2), Some(3)));
}

#[test]
fn a_wounded_victim_told_after_the_attack_without_an_attack_word_is_its_injured() {
    let i = incidents("2025-06-09\n\nTwo Kenyan tourists and their Tanzanian guide were shot dead on Sunday in Arusha.\n\nThe police confirmed the deaths.\n\nIn addition, there is a wounded Kenyan in stable condition.");
    assert_eq!(i.len(), 1, "{i:?}");
    assert_eq!((i[0].killed, i[0].injured), (Some(3), Some(1)));
    // Far from any attack, a wounded person is no attack's.
    let i = incidents("2025-06-09\n\nTwo Kenyan tourists were shot dead on Sunday in Arusha.\n\nTalks went on.\n\nTrade grew.\n\nPrices rose.\n\nA wounded Kenyan was treated in Nairobi.");
    assert_eq!(i[0].injured, None);
}

#[test]
fn a_visit_whose_host_is_the_place_a_where_clause_hangs_on() {
    let d = dialogues("The deal followed a meeting between President William Ruto and Japanese Prime Minister Fumio Kishida in Tokyo, where the Kenyan head of state is on a four-day visit.");
    let visits: Vec<_> = d.iter().filter(|x| x.kind == DialogueKind::Visit).collect();
    assert_eq!(visits.len(), 1, "{d:?}");
    assert_eq!(visits[0].venue.as_deref(), Some("Tokyo"));
    assert_eq!(
        visits[0].chairs.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["William Ruto"],
        "the host is no visitor"
    );
}

#[test]
fn the_visit_of_someone_who_met_an_official_is_to_that_officials_country() {
    let d = dialogues("Indian Foreign Minister S. Jaishankar arrived on Tuesday. The visit of Jaishankar, who met Prime Minister Christopher Luxon on Wednesday, comes as trade talks resume.");
    let visit = d.iter().find(|x| x.kind == DialogueKind::Visit).expect("the visit");
    assert_eq!(visit.parties, vec![Country::new("IN").unwrap(), Country::new("NZ").unwrap()]);
    assert_eq!(visit.venue.as_deref(), Some("New Zealand"));
}

#[test]
fn a_round_someone_travelled_to_a_place_for_is_held_there() {
    let d = dialogues("Kenyan Foreign Minister Musalia Mudavadi flew to Kampala for the third session of the Kenya-Uganda Joint Commission.");
    let s = d.iter().find(|x| x.round == Some(3)).expect("the session");
    assert_eq!(s.venue.as_deref(), Some("Kampala"));
}

#[test]
fn a_visitor_described_by_nationality_and_title_is_the_one_person_so_called() {
    let d = dialogues("President Ana Costa of Portugal opened a trade forum in Lisbon on Monday. The Portuguese president flew to Japan on Tuesday for a four-day visit.");
    let visit = d.iter().find(|x| x.kind == DialogueKind::Visit).expect("the visit");
    assert_eq!(visit.chairs.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Ana Costa"]);
    let d = dialogues("Foreign Minister Mauro Vieira of Brazil spoke in Brasilia. The Brazilian foreign minister later arrived in Cairo on a two-day official visit.");
    let visit = d.iter().find(|x| x.kind == DialogueKind::Visit).expect("the visit");
    assert_eq!(visit.chairs.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Mauro Vieira"]);
    // Two presidents of one country: the description names neither.
    let d = dialogues("President Ana Costa of Portugal met President Rui Matos of Portugal in Lisbon. The Portuguese president flew to Japan for a four-day visit.");
    assert!(d.iter().filter(|x| x.kind == DialogueKind::Visit).all(|x| x.chairs.is_empty()));
}

#[test]
fn a_route_is_placed_where_it_starts() {
    let p = projects(
        "The two governments signed a deal on the Trans-Sahara Gas Pipeline, which will run from Nigeria to Algeria.",
    );
    assert_eq!(p[0].location.as_deref(), Some("Nigeria"));
    let p = projects("Builders began work on the Coastal Highway from Kribi to Limbe last year.");
    assert_eq!(p[0].location.as_deref(), Some("Kribi"));
    // A date range is no route, and a site is no route.
    let p = projects("The Coastal Highway will be built from January to March next year.");
    assert_eq!(p[0].location, None);
    let p = projects("The Lobito Port will handle cargo moved from Zambia to the coast.");
    assert!(p.iter().all(|x| x.location.as_deref() != Some("Zambia")));
}

#[test]
fn a_described_back_reference_carries_its_figures_and_parent() {
    // Figures in brackets restate the one before; a compound modifier may open with a capital.
    let p = projects("Kenya has opened a new railway between Mombasa and Nairobi. The president said that the $3.2bn (£2.5bn) Chinese-funded line signalled a new chapter.");
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].metrics.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(), ["$3.2bn"]);
    // A "Th e" whose ligature broke opens the sentence like "The".
    let p = projects("Ghana opened the Tema railway on Monday. Th e 97km (60 miles) line is part of China's Belt and Road Initiative.");
    let rail = p.iter().find(|x| x.name == "Tema railway").expect("the railway");
    assert_eq!(rail.metrics.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(), ["97km"]);
    assert_eq!(rail.parent.as_deref(), Some("Belt and Road Initiative"));
}

#[test]
fn a_figure_after_extending_a_project_is_the_addition_not_the_project() {
    let p = projects("Kenya opened the Lamu railway last year. Last week, China agreed to lend $3.6bn to extend the Lamu railway 250km west to Isiolo.");
    assert!(p[0].metrics.is_empty(), "{:?}", p[0].metrics);
    let p = projects("Zambia will expand the Kariba Hydropower Station by 360 MW next year.");
    assert!(p[0].metrics.is_empty(), "{:?}", p[0].metrics);
    // Upgraded to a capacity, the figure is the project's.
    let p = projects("Zambia will upgrade the Kariba Hydropower Station to 360 MW next year.");
    assert_eq!(p[0].metrics.len(), 1);
}

#[test]
fn a_site_the_lead_reports_opened_stands_in_the_datelines_town() {
    let p = projects("Ndola, Zambia | Agency | Zambian President Alan Banda on Friday commissioned the Mpande Cement Plant, built by a Chinese firm.");
    assert_eq!(p[0].location.as_deref(), Some("Ndola"));
    assert_eq!(p[0].sector, Some(Sector::Industry));
    // A capital's dateline is where the press is, not the plant.
    let p = projects(
        "LUSAKA, Zambia | Agency | Zambian President Alan Banda on Friday commissioned the Mpande Cement Plant.",
    );
    assert_eq!(p[0].location, None);
    // Nor is a plant only planned placed by the dateline.
    let p = projects("Ndola, Zambia | Agency | Zambia plans to build the Mpande Cement Plant with Chinese funds.");
    assert_eq!(p[0].location, None);
}

#[test]
fn the_last_term_of_a_sum_is_not_a_projects_size() {
    let p = projects("Workers completed the Mpande Hydro Power Station, which adds 300 megawatts to the grid. Today we commissioned the 300+20MW Mpande Hydro Power Station.");
    assert_eq!(p[0].metrics.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(), ["300 megawatts"]);
    let p = projects("Officials commissioned the 120+30MW Kasama Solar Plant on Monday.");
    assert!(p[0].metrics.iter().all(|m| m.value != 30.0), "{:?}", p[0].metrics);
}

#[test]
fn victims_written_as_the_subject_of_a_passive_clause() {
    let i = incidents("Ghanaian students in the capital of Lome were among dozens of foreigners subjected to mob violence late Friday night, leaving at least three injured, officials said on Saturday.");
    let attack = i.iter().find(|x| x.kind == IncidentKind::Attack).expect("the attack");
    assert_eq!(attack.victims, vec![Country::new("GH").unwrap()]);
    assert_eq!(attack.injured, Some(3));
    let i = incidents("Kenyan tourists were attacked near Arusha on Tuesday, police said.");
    assert_eq!(i[0].victims, vec![Country::new("KE").unwrap()]);
    // Troops deployed after an attack are not its victims.
    let i = incidents("Kenyan troops were deployed in Arusha after a bombing on Tuesday killed four people.");
    assert!(i.iter().all(|x| x.victims.is_empty()), "{i:?}");
}

#[test]
fn an_attack_told_again_on_the_same_day_is_one_attack() {
    let i = incidents("A mob attacked foreign students in Lome on Friday, injuring three. Police said on Saturday they had quelled the violence, in which local men attacked hostels on Friday.");
    assert_eq!(i.iter().filter(|x| x.kind == IncidentKind::Attack).count(), 1, "{i:?}");
    // Two places the same day are two attacks.
    let i = incidents("A bomb exploded in Quetta on Friday, killing two. Gunmen attacked a checkpoint in Gwadar on Friday, killing three.");
    assert_eq!(i.iter().filter(|x| x.kind == IncidentKind::Attack).count(), 2, "{i:?}");
}

#[test]
fn an_encounter_naming_no_one_is_chaired_by_the_principals_named_just_before() {
    let d = dialogues("Foreign Minister Mauro Vieira of Brazil, Foreign Minister Ana Costa of Portugal and Foreign Minister Joao Neto of Angola held a long dialogue on trade. During a trilateral meeting in Luanda, the three ministers agreed to meet again.");
    let meeting = d.iter().find(|x| x.parties.len() == 3).expect("the meeting");
    assert_eq!(meeting.chairs.len(), 3, "{meeting:?}");
    // Two people of one side are not one for each party: no chairs are guessed.
    let d = dialogues("Foreign Minister Mauro Vieira of Brazil and Trade Minister Rui Matos of Brazil spoke on trade. During a meeting in Luanda with Angola, the ministers agreed to meet again.");
    assert!(d.iter().all(|x| x.chairs.is_empty()), "{d:?}");
}

#[test]
fn a_capital_in_a_persons_name_names_no_country() {
    let d = dialogues(
        "Foreign Minister Joao Lima of Angola met Foreign Minister Ana Costa of Portugal in Luanda on Monday.",
    );
    assert_eq!(d[0].parties, vec![Country::new("AO").unwrap(), Country::new("PT").unwrap()]);
    // The capital written as a place still is one.
    let d = dialogues("Talks were held in Lima between Chile and Peru on Monday.");
    assert_eq!(d[0].venue.as_deref(), Some("Lima"));
}

#[test]
fn a_joint_exercise_announced_without_a_date_is_one_when_it_is_held_somewhere() {
    let i = incidents("Egypt will send troops to Russia to take part in a joint air defence exercise from late May to mid-June, the ministry said. Coded “Shield-III”, the exercise is the third of the series.");
    let ex = i.iter().find(|x| x.kind == IncidentKind::Exercise).expect("the exercise");
    assert_eq!(ex.location.as_deref(), Some("Russia"));
    assert_eq!(ex.ordinal, Some(3));
    // Exercises in general are no exercise.
    assert!(incidents("The two navies have held regular joint exercises in the Red Sea.").is_empty());
}

#[test]
fn meeting_a_countrys_business_people_is_no_encounter_with_that_country() {
    let d = dialogues(
        "President Ana Costa of Portugal visited Osaka on Thursday, where she met Japanese businessmen and investors.",
    );
    assert!(d.iter().all(|x| x.kind != DialogueKind::Meeting), "{d:?}");
    // Its officials are.
    let d = dialogues("President Ana Costa of Portugal met Japanese Prime Minister Taro Sato in Osaka on Thursday.");
    assert!(d.iter().any(|x| x.kind == DialogueKind::Meeting), "{d:?}");
}
