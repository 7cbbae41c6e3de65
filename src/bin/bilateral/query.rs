//! `bilateral query`: the fused records that pass every filter given.

use crate::read::parse_date;
use crate::table::Table;
use crate::Failure;
use bilateral::{Corpus, Country, DialogueKind, FusedRecord, IncidentKind, NaiveDate, Sector, Stance, Status, When};
use serde::Serialize;
use std::io::Write;

/// The filters. Each applies to the record types that have its field; a
/// record type a filter does not apply to is left out (`--stance` lists
/// only statements). Statements and projects, which carry no date of their
/// own, are dated by the earliest publication date of their sources.
#[derive(Debug, Default, clap::Args)]
pub struct Filters {
    /// Only this record type (repeatable).
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub types: Vec<Table>,
    /// Records involving this country: a dialogue's party, an incident's
    /// participant or victim, a statement's actor or target (repeatable:
    /// every one given).
    #[arg(long, value_name = "CC")]
    pub party: Vec<Country>,
    /// Statements by this country.
    #[arg(long, value_name = "CC")]
    pub actor: Option<Country>,
    /// Statements backing or criticizing this country.
    #[arg(long, value_name = "CC")]
    pub target: Option<Country>,
    /// Statements of this stance (support, oppose, call_for, agree, commend, condemn, concern).
    #[arg(long)]
    pub stance: Option<Stance>,
    /// Statements about this topic (aliases count: "Xizang" finds "Tibet").
    #[arg(long, value_name = "TOPIC")]
    pub about: Option<String>,
    /// Dialogues or incidents of this kind (meeting, talks, visit, summit,
    /// strategic_dialogue, trilateral_dialogue; attack, exercise, other).
    #[arg(long)]
    pub kind: Option<String>,
    /// Projects of this status.
    #[arg(long)]
    pub status: Option<Status>,
    /// Projects of this sector.
    #[arg(long)]
    pub sector: Option<Sector>,
    /// Records on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<NaiveDate>,
    /// Records on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<NaiveDate>,
}

/// How `query` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum QueryFormat {
    /// Aligned text for a terminal.
    Table,
    /// One JSON object with a list per record type.
    Json,
    /// One CSV table (needs exactly one record type).
    Csv,
}

/// Which of the four fused lists pass, filtered.
struct Selection<'c> {
    dialogues: Option<Vec<&'c FusedRecord<bilateral::Dialogue>>>,
    projects: Option<Vec<&'c FusedRecord<bilateral::Project>>>,
    incidents: Option<Vec<&'c FusedRecord<bilateral::Incident>>>,
    statements: Option<Vec<&'c FusedRecord<bilateral::Statement>>>,
}

impl Filters {
    fn wants(&self, table: Table) -> bool {
        self.types.is_empty() || self.types.contains(&table)
    }

    fn select<'c>(&self, corpus: &'c Corpus) -> Result<Selection<'c>, Failure> {
        let (dialogue_kind, incident_kind) = match &self.kind {
            None => (None, None),
            Some(k) => match (k.parse::<DialogueKind>(), k.parse::<IncidentKind>()) {
                (Err(_), Err(_)) => {
                    return Err(Failure::usage(format!("--kind {k:?} is neither a dialogue nor an incident kind")))
                }
                (d, i) => (d.ok(), i.ok()),
            },
        };
        let statement_only =
            self.actor.is_some() || self.target.is_some() || self.stance.is_some() || self.about.is_some();
        let project_only = self.status.is_some() || self.sector.is_some();
        let kinded = self.kind.is_some();
        let parties = !self.party.is_empty();
        let dates: std::collections::HashMap<&str, NaiveDate> =
            corpus.documents().filter_map(|d| Some((d.id.as_str(), d.published?))).collect();
        let published = |sources: &[String]| -> Option<When> {
            let first = sources.iter().filter_map(|id| dates.get(id.as_str()).copied()).min()?;
            Some(When::day(first, ""))
        };
        let dated = |when: Option<&When>| {
            when.is_some_and(|w| self.since.is_none_or(|s| w.end >= s) && self.until.is_none_or(|u| w.start <= u))
        };
        let any_date = self.since.is_some() || self.until.is_some();
        let date_ok = |when: Option<&When>| !any_date || dated(when);

        let dialogues =
            (self.wants(Table::Dialogues) && !statement_only && !project_only && (!kinded || dialogue_kind.is_some()))
                .then(|| {
                    corpus
                        .dialogues()
                        .filter(|r| dialogue_kind.is_none_or(|k| r.record.kind == k))
                        .filter(|r| self.party.iter().all(|c| r.record.parties.contains(c)))
                        .filter(|r| date_ok(r.record.when.as_ref()))
                        .to_vec()
                });
        let incidents =
            (self.wants(Table::Incidents) && !statement_only && !project_only && (!kinded || incident_kind.is_some()))
                .then(|| {
                    corpus
                        .incidents()
                        .filter(|r| incident_kind.is_none_or(|k| r.record.kind == k))
                        .filter(|r| {
                            self.party.iter().all(|c| r.record.participants.contains(c) || r.record.victims.contains(c))
                        })
                        .filter(|r| date_ok(r.record.when.as_ref()))
                        .to_vec()
                });
        let statements = (self.wants(Table::Statements) && !project_only && !kinded).then(|| {
            let mut q = corpus.statements();
            if let Some(c) = self.actor {
                q = q.by(c);
            }
            if let Some(c) = self.target {
                q = q.target(c);
            }
            if let Some(s) = self.stance {
                q = q.stance(s);
            }
            if let Some(t) = &self.about {
                q = q.about(t);
            }
            q.filter(|r| self.party.iter().all(|c| r.record.actors.contains(c) || r.record.target == Some(*c)))
                .filter(|r| date_ok(published(&r.sources).as_ref()))
                .to_vec()
        });
        let projects = (self.wants(Table::Projects) && !statement_only && !kinded && !parties).then(|| {
            let mut q = corpus.projects();
            if let Some(s) = self.status {
                q = q.status(s);
            }
            if let Some(s) = self.sector {
                q = q.sector(s);
            }
            q.filter(|r| date_ok(published(&r.sources).as_ref())).to_vec()
        });
        Ok(Selection { dialogues, projects, incidents, statements })
    }
}

/// Prints the records of `corpus` that pass `filters`.
pub fn run(corpus: &Corpus, filters: &Filters, format: QueryFormat, out: &mut impl Write) -> Result<(), Failure> {
    let s = filters.select(corpus)?;
    match format {
        QueryFormat::Json => {
            let mut object = serde_json::Map::new();
            object.insert("schema".into(), bilateral::WIRE_FORMAT.into());
            insert(&mut object, "dialogues", &s.dialogues);
            insert(&mut object, "projects", &s.projects);
            insert(&mut object, "incidents", &s.incidents);
            insert(&mut object, "statements", &s.statements);
            serde_json::to_writer_pretty(&mut *out, &object).map_err(Failure::write)?;
            writeln!(out).map_err(Failure::write)
        }
        QueryFormat::Csv => {
            let chosen: Vec<Table> = [
                (Table::Dialogues, s.dialogues.is_some()),
                (Table::Projects, s.projects.is_some()),
                (Table::Incidents, s.incidents.is_some()),
                (Table::Statements, s.statements.is_some()),
            ]
            .into_iter()
            .filter_map(|(t, on)| on.then_some(t))
            .collect();
            let [table] = chosen[..] else {
                return Err(Failure::usage(
                    "--format csv writes one table: choose its record type with --type (dialogues, projects, incidents or statements)".into(),
                ));
            };
            let mut w = csv::Writer::from_writer(out);
            w.write_record(table.fused_header()).map_err(Failure::write)?;
            let rows: Vec<Vec<String>> = match table {
                Table::Dialogues => rows(table, &s.dialogues),
                Table::Projects => rows(table, &s.projects),
                Table::Incidents => rows(table, &s.incidents),
                _ => rows(table, &s.statements),
            };
            for row in rows {
                w.write_record(row).map_err(Failure::write)?;
            }
            w.flush().map_err(Failure::write)
        }
        QueryFormat::Table => {
            let when = |w: Option<&When>| w.map(|w| w.start.to_string()).unwrap_or_else(|| "undated".into());
            let sources = |s: &[String]| s.join(", ");
            let mut lines = Vec::new();
            if let Some(list) = &s.dialogues {
                lines.push(format!("dialogues ({})", list.len()));
                for r in list {
                    let d = &r.record;
                    let parties: Vec<&str> = d.parties.iter().map(|c| c.as_str()).collect();
                    let round = d.round.map(|n| format!(", round {n}")).unwrap_or_default();
                    let venue = d.venue.as_deref().map(|v| format!(", {v}")).unwrap_or_default();
                    let name = d.mechanism.as_deref().map(|m| format!(" — {m}")).unwrap_or_default();
                    lines.push(format!(
                        "  {:<10}  {} {}{round}{venue}{name}  [{}]",
                        when(d.when.as_ref()),
                        d.kind,
                        parties.join("-"),
                        sources(&r.sources)
                    ));
                }
            }
            if let Some(list) = &s.incidents {
                lines.push(format!("incidents ({})", list.len()));
                for r in list {
                    let i = &r.record;
                    let place = i.location.as_deref().map(|l| format!(" in {l}")).unwrap_or_default();
                    let killed = i.killed.map(|k| format!(", {k} killed")).unwrap_or_default();
                    lines.push(format!(
                        "  {:<10}  {}{place}{killed}  [{}]",
                        when(i.when.as_ref()),
                        i.kind,
                        sources(&r.sources)
                    ));
                }
            }
            if let Some(list) = &s.projects {
                lines.push(format!("projects ({})", list.len()));
                for r in list {
                    let p = &r.record;
                    let status = p.status.map(|s| format!(" — {s}")).unwrap_or_default();
                    let place = p.location.as_deref().map(|l| format!(", {l}")).unwrap_or_default();
                    lines.push(format!("  {}{status}{place}  [{}]", p.name, sources(&r.sources)));
                }
            }
            if let Some(list) = &s.statements {
                lines.push(format!("statements ({})", list.len()));
                for r in list {
                    let st = &r.record;
                    let actors: Vec<&str> = st.actors.iter().map(|c| c.as_str()).collect();
                    let target = st.target.map(|t| format!(" (backing or criticizing {t})")).unwrap_or_default();
                    lines.push(format!(
                        "  {} {}: {}{target}  [{}]",
                        actors.join("+"),
                        st.stance,
                        st.topics.join("; "),
                        sources(&r.sources)
                    ));
                }
            }
            for line in lines {
                writeln!(out, "{line}").map_err(Failure::write)?;
            }
            Ok(())
        }
    }
}

fn insert<T: Serialize>(object: &mut serde_json::Map<String, serde_json::Value>, key: &str, list: &Option<Vec<T>>) {
    if let Some(list) = list {
        object.insert(key.into(), serde_json::to_value(list).unwrap_or_default());
    }
}

fn rows<T: Serialize>(table: Table, list: &Option<Vec<T>>) -> Vec<Vec<String>> {
    list.iter().flatten().map(|r| crate::table::fused_row(table, r)).collect()
}
