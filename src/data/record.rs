//! Stage 3, render (open data): the monitoring record as data:
//! `data/record.json` (recommendations with their current status, every
//! follow-up entry, every row of visits in numbers, and the vocabularies
//! they use) and its three CSV tables. Written only for a site that has a
//! record, so a site without one publishes the same files as before.
//! Bytes in memory; touches no files.

use serde::Serialize;

use super::{FACT_COLUMNS, FactJson, Table, about, fact_cells, iso, list, opt};
use crate::site::{MadeIn, ReportStatus, ReportYear, Site};

pub const RECORD_SCHEMA: &str = include_str!("record.schema.json");

/// The record's CSV tables, in the order `rows` returns them.
pub const RECORD_TABLES: &[Table] = &[
    Table {
        title: "Monitoring record table",
        file: "recommendations.csv",
        row: "recommendation, with its status now",
        columns: &[
            (
                "id",
                "The recommendation's id, written by its author: it never changes.",
            ),
            ("year", "The report year it was made in."),
            (
                "sample",
                "`true` when it was written as an example, in a sample year: not a real recommendation.",
            ),
            (
                "made_by",
                "Id of the member body whose chapter makes it, or `npm` for the NPM as a whole.",
            ),
            ("number", "Its number in its chapter."),
            ("text", "Its text, as written (Markdown)."),
            (
                "to",
                "Ids of the authorities it is addressed to, separated by `;`.",
            ),
            (
                "settings",
                "Ids of the kinds of detention it concerns, separated by `;`.",
            ),
            (
                "nations",
                "Ids of the nations it concerns, separated by `;`.",
            ),
            ("themes", "Ids of its themes, separated by `;`."),
            (
                "repeats",
                "Id of the earlier recommendation it repeats, if any.",
            ),
            (
                "response",
                "Id of its latest response on the response scale; empty when none is recorded yet.",
            ),
            ("response_date", "The date of that response."),
            (
                "progress",
                "Id of the latest progress found on the progress scale; empty when none is recorded yet.",
            ),
            ("progress_date", "The date that progress was found."),
            ("url", "Its page on this site."),
            (
                "place",
                "Where it is made: its place in its chapter's page; empty for an outside body's.",
            ),
            (
                "sources",
                "For an outside body's recommendation, the ids of its sources, separated by `;`.",
            ),
        ],
    },
    Table {
        title: "Monitoring record table",
        file: "recommendations-follow-up.csv",
        row: "follow-up of a recommendation: a response, a progress found, or both, on a date",
        columns: &[
            (
                "recommendation",
                "Id of the recommendation followed up (see recommendations.csv).",
            ),
            ("year", "The report year whose follow-up records it."),
            (
                "sample",
                "`true` when it was written as an example, in a sample year.",
            ),
            ("date", "The date of the response or finding."),
            (
                "response",
                "Id of the response on the response scale, if this entry records one.",
            ),
            (
                "progress",
                "Id of the progress on the progress scale, if this entry records one.",
            ),
            ("quote", "The response's own words, where quoted."),
            FACT_COLUMNS[0],
            FACT_COLUMNS[1],
            FACT_COLUMNS[2],
        ],
    },
    Table {
        title: "Monitoring record table",
        file: "visits.csv",
        row: "body's visits to one kind of detention in one nation in a report year",
        columns: &[
            ("year", "The report year."),
            (
                "sample",
                "`true` for figures written as an example, in a sample year: not real figures.",
            ),
            ("body", "Id of the member body."),
            ("setting", "Id of the kind of detention."),
            ("nation", "Id of the nation."),
            ("visits", "The number of visits or inspections."),
            (
                "announced",
                "How many were announced; empty where not known.",
            ),
            (
                "unannounced",
                "How many were unannounced; empty where not known.",
            ),
            FACT_COLUMNS[0],
        ],
    },
];

/// Whether the site has a monitoring record to publish.
pub fn has_record(site: &Site) -> bool {
    !site.registry.authorities.is_empty()
        || site
            .reports
            .iter()
            .any(|r| !r.visits.is_empty() || !r.follow_up.is_empty())
        || site
            .reports
            .iter()
            .flat_map(|r| &r.chapters)
            .any(|c| !c.recommendations.is_empty())
}

#[derive(Serialize)]
pub(super) struct RecordJson<'a> {
    about: super::About<'a>,
    authorities: Vec<Named<'a>>,
    themes: Vec<Named<'a>>,
    outside_bodies: Vec<Named<'a>>,
    responses: Vec<Named<'a>>,
    progress: Vec<Named<'a>>,
    recommendations: Vec<RecommendationJson<'a>>,
    follow_up: Vec<FollowUpJson<'a>>,
    visits: Vec<VisitsJson<'a>>,
}

#[derive(Serialize)]
struct Named<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(flatten)]
    fact: FactJson<'a>,
}

#[derive(Serialize)]
struct RecommendationJson<'a> {
    id: &'a str,
    year: &'a str,
    sample: bool,
    made_by: &'a str,
    number: usize,
    text: &'a str,
    to: &'a [String],
    settings: &'a [String],
    nations: &'a [String],
    themes: &'a [String],
    repeats: Option<&'a str>,
    status: StatusJson<'a>,
    url: String,
    place: Option<String>,
    sources: &'a [String],
}

#[derive(Serialize)]
struct StatusJson<'a> {
    response: Option<&'a str>,
    response_date: Option<String>,
    progress: Option<&'a str>,
    progress_date: Option<String>,
}

#[derive(Serialize)]
struct FollowUpJson<'a> {
    recommendation: &'a str,
    year: &'a str,
    sample: bool,
    date: String,
    response: Option<&'a str>,
    progress: Option<&'a str>,
    quote: Option<&'a str>,
    #[serde(flatten)]
    fact: FactJson<'a>,
}

#[derive(Serialize)]
struct VisitsJson<'a> {
    year: &'a str,
    sample: bool,
    body: &'a str,
    setting: &'a str,
    nation: &'a str,
    visits: u32,
    announced: Option<u32>,
    unannounced: Option<u32>,
    sources: &'a [String],
}

fn is_sample(r: &ReportYear) -> bool {
    r.status == ReportStatus::Sample
}

/// record.json: oldest year first, each list in the order written.
pub(super) fn json(site: &Site) -> RecordJson<'_> {
    let reg = &site.registry;
    let base = &site.config.base_url;
    let named = |id, name, fact| Named { id, name, fact };
    let mut recommendations = Vec::new();
    let mut follow_up = Vec::new();
    let mut visits = Vec::new();
    for r in &site.reports {
        for m in r.made() {
            let rec = m.rec;
            let status = site.status(&rec.id, None);
            let (place, sources): (Option<String>, &[String]) = match m.at {
                MadeIn::Chapter(c) => (Some(format!("{base}{}#{}", c.doc.url, rec.anchor)), &[]),
                MadeIn::Outside(o) => (None, &o.fact.sources),
            };
            recommendations.push(RecommendationJson {
                id: &rec.id,
                year: &r.year,
                sample: is_sample(r),
                made_by: m.maker(),
                number: rec.number,
                text: m.text().trim(),
                to: &rec.to,
                settings: &rec.settings,
                nations: &rec.nations,
                themes: &rec.themes,
                repeats: rec.repeats.as_deref(),
                status: StatusJson {
                    response: status.response_id(),
                    response_date: status.response.map(|(_, f)| iso(f.date)),
                    progress: status.progress_id(),
                    progress_date: status.progress.map(|(_, f)| iso(f.date)),
                },
                url: format!("{base}{}", crate::urls::recommendation(&rec.id)),
                place,
                sources,
            });
        }
        follow_up.extend(r.follow_up.iter().map(|f| FollowUpJson {
            recommendation: &f.recommendation,
            year: &r.year,
            sample: is_sample(r),
            date: iso(f.date),
            response: f.response.as_deref(),
            progress: f.progress.as_deref(),
            quote: f.quote.as_deref(),
            fact: (&f.fact).into(),
        }));
        visits.extend(r.visits.iter().map(|v| VisitsJson {
            year: &r.year,
            sample: is_sample(r),
            body: &v.body,
            setting: &v.setting,
            nation: &v.nation,
            visits: v.visits,
            announced: v.announced,
            unannounced: v.unannounced,
            sources: &v.sources,
        }));
    }
    RecordJson {
        about: about(
            site,
            "Monitoring record: recommendations, follow-up and visits",
            "record.json",
            "record.schema.json",
            None,
        ),
        authorities: reg
            .authorities
            .iter()
            .map(|a| named(&a.id, &a.name, (&a.fact).into()))
            .collect(),
        themes: reg
            .themes
            .iter()
            .map(|t| named(&t.id, &t.name, (&t.fact).into()))
            .collect(),
        outside_bodies: reg
            .outside_bodies
            .iter()
            .map(|b| named(&b.id, &b.name, (&b.fact).into()))
            .collect(),
        responses: reg
            .responses
            .iter()
            .map(|v| named(&v.id, &v.name, (&v.fact).into()))
            .collect(),
        progress: reg
            .progress
            .iter()
            .map(|v| named(&v.id, &v.name, (&v.fact).into()))
            .collect(),
        recommendations,
        follow_up,
        visits,
    }
}

/// The rows of `RECORD_TABLES`, from the same document as record.json.
pub(super) fn rows(doc: &RecordJson) -> [Vec<Vec<String>>; 3] {
    let n = |v: Option<u32>| v.map(|n| n.to_string()).unwrap_or_default();
    let recommendations = doc
        .recommendations
        .iter()
        .map(|r| {
            vec![
                r.id.into(),
                r.year.into(),
                r.sample.to_string(),
                r.made_by.into(),
                r.number.to_string(),
                r.text.into(),
                list(r.to),
                list(r.settings),
                list(r.nations),
                list(r.themes),
                opt(r.repeats),
                opt(r.status.response),
                r.status.response_date.clone().unwrap_or_default(),
                opt(r.status.progress),
                r.status.progress_date.clone().unwrap_or_default(),
                r.url.clone(),
                r.place.clone().unwrap_or_default(),
                list(r.sources),
            ]
        })
        .collect();
    let follow_up = doc
        .follow_up
        .iter()
        .map(|f| {
            let mut row = vec![
                f.recommendation.into(),
                f.year.into(),
                f.sample.to_string(),
                f.date.clone(),
                opt(f.response),
                opt(f.progress),
                opt(f.quote),
            ];
            row.extend(fact_cells(&crate::registry::Fact {
                sources: f.fact.sources.to_vec(),
                uncertain: f.fact.uncertain,
                note: f.fact.note.map(str::to_string),
            }));
            row
        })
        .collect();
    let visits = doc
        .visits
        .iter()
        .map(|v| {
            vec![
                v.year.into(),
                v.sample.to_string(),
                v.body.into(),
                v.setting.into(),
                v.nation.into(),
                v.visits.to_string(),
                n(v.announced),
                n(v.unannounced),
                list(v.sources),
            ]
        })
        .collect();
    [recommendations, follow_up, visits]
}
