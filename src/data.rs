//! Stage 3, render (open data): the validated site → the files people reuse
//! without scraping pages: `data/registry.json` and its CSV tables,
//! `data/reports.json`, and the JSON Schemas that describe them. Bytes in
//! memory; touches no files.
//!
//! The JSON and the CSV carry the same facts; `COLUMNS` documents each CSV
//! column and the schemas document each JSON field, and the `/data/` page is
//! rendered from both, so the documentation cannot drift from the files.
//! Ids are the content's file and key names: once published they are
//! promised never to change.

use serde::Serialize;

pub mod record;

use crate::content::date::Date;
use crate::diagnostics::Diagnostic;
use crate::output::OutputFile;
use crate::registry::{EndReason, Fact, Registry, Role};
use crate::site::{ChapterKind, ReportFacts, ReportStatus, ReportYear, Site};

pub const REGISTRY_SCHEMA: &str = include_str!("data/registry.schema.json");
pub const REPORTS_SCHEMA: &str = include_str!("data/reports.schema.json");

/// One CSV table: its file, what a row is, and each column's meaning.
pub struct Table {
    /// What the table belongs to, as the `/data/` page lists it.
    pub title: &'static str,
    pub file: &'static str,
    pub row: &'static str,
    pub columns: &'static [(&'static str, &'static str)],
}

const FACT_COLUMNS: [(&str, &str); 3] = [
    (
        "sources",
        "Ids of the sources for this row, separated by `;` (see registry-sources.csv).",
    ),
    (
        "uncertain",
        "`true` when the sources do not settle the fact; `note` says why.",
    ),
    (
        "note",
        "What the sources say, or why the fact is uncertain.",
    ),
];

macro_rules! columns {
    ($($name:literal => $doc:literal),* $(,)?) => {
        &[$(($name, $doc),)* FACT_COLUMNS[0], FACT_COLUMNS[1], FACT_COLUMNS[2]]
    };
}

pub const TABLES: &[Table] = &[
    Table {
        title: "Registry table",
        file: "registry.csv",
        row: "a body's designation to the NPM (current and former members)",
        columns: columns![
            "id" => "The body's stable id. It never changes once published.",
            "name" => "The body's current name.",
            "abbreviation" => "Its current abbreviation.",
            "nations" => "Ids of the nations it is based in, separated by `;`.",
            "coordinator" => "`true` for the body that coordinates the NPM.",
            "website" => "Its website.",
            "url" => "Its page on this site.",
            "designated" => "The date it was designated (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known).",
            "instrument" => "Id of the instrument that designated it (see registry-instruments.csv).",
            "designation_sources" => "Sources for the designation, separated by `;`.",
            "designation_uncertain" => "`true` when the designation's date or instrument is uncertain.",
            "designation_note" => "About the designation.",
            "ended" => "The date its designation ended; empty for current members.",
            "end_reason" => "`superseded`, `withdrawn` or `abolished`.",
            "end_instrument" => "Id of the instrument that ended it, if any.",
            "successor" => "Id of the body that took its place, if any.",
            "end_sources" => "Sources for the end, separated by `;`.",
            "end_uncertain" => "`true` when the end is uncertain.",
            "end_note" => "About the end.",
            "summary" => "What the body does.",
        ],
    },
    Table {
        title: "Registry table",
        file: "registry-names.csv",
        row: "a name a body used before its current one",
        columns: columns![
            "body" => "Id of the body.",
            "name" => "The former name.",
            "abbreviation" => "The former abbreviation.",
            "until" => "The date the name stopped being used.",
        ],
    },
    Table {
        title: "Registry table",
        file: "registry-coverage.csv",
        row: "one body's part in monitoring one kind of detention in one nation",
        columns: columns![
            "body" => "Id of the body.",
            "setting" => "Id of the kind of detention (see registry-settings.csv).",
            "nation" => "Id of the nation.",
            "role" => "`lead`, `joint` or `supporting`.",
            "with" => "Ids of the bodies it works with there, separated by `;`.",
        ],
    },
    Table {
        title: "Registry table",
        file: "registry-instruments.csv",
        row: "a designation instrument (a written ministerial statement)",
        columns: columns![
            "id" => "The instrument's stable id.",
            "date" => "The date it was made.",
            "title" => "Its title.",
            "citation" => "Where it is published (e.g. Hansard).",
            "members_after" => "The number of members it left the NPM with, as the sources state it.",
            "summary" => "What it did.",
        ],
    },
    Table {
        title: "Registry table",
        file: "registry-events.csv",
        row: "something else that happened to a body (a merger, a new remit)",
        columns: columns![
            "body" => "Id of the body.",
            "date" => "When it happened.",
            "text" => "What happened.",
            "related" => "Id of another body involved, if any.",
        ],
    },
    Table {
        title: "Registry table",
        file: "registry-settings.csv",
        row: "a kind of detention",
        columns: columns![
            "id" => "The setting's stable id.",
            "name" => "Its name.",
            "description" => "What it covers.",
        ],
    },
    Table {
        title: "Registry table",
        file: "registry-nations.csv",
        row: "a nation of the State",
        columns: &[("id", "The nation's stable id."), ("name", "Its name.")],
    },
    Table {
        title: "Registry table",
        file: "registry-sources.csv",
        row: "a document the registry cites",
        columns: &[
            ("id", "The source's stable id."),
            ("title", "The document's title."),
            ("url", "Where to read it, when it is online."),
        ],
    },
    Table {
        title: "Reports table",
        file: "reports.csv",
        row: "annual report in the series, whether its text is on this site or published elsewhere",
        columns: columns![
            "year" => "The report year, e.g. 2016-17: its stable id.",
            "number" => "The report's number.",
            "title" => "Its title as printed; empty when it is not known.",
            "status" => "`published`, `draft` or `sample` (built here), or `archived` (published elsewhere).",
            "period_start" => "The first day of the period it covers.",
            "period_end" => "The last day of the period it covers.",
            "published" => "When it was laid or published (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known).",
            "command_paper" => "Its Command Paper number.",
            "isbn" => "Its ISBN.",
            "isbn_web" => "The ISBN of its web edition, when that has its own.",
            "statement" => "Hansard's reference for the written ministerial statement that announced it.",
            "statement_date" => "The statement's date.",
            "statement_url" => "The statement's official text.",
            "url" => "Its page on this site.",
            "pdf" => "Its PDF on this site; empty when its text is published elsewhere.",
            "copies" => "How many official copies are listed (see reports-copies.csv).",
            "summary" => "What it covers.",
        ],
    },
    Table {
        title: "Reports table",
        file: "reports-facts.csv",
        row: "fact about a report, with its own sources",
        columns: columns![
            "year" => "The report year.",
            "fact" => "`number`, `title`, `period`, `published`, `command_paper`, `isbn` or `statement`.",
            "value" => "The fact as this site gives it (a period as start/end, ISBNs separated by `;`). A fact that is not known has no row.",
        ],
    },
    Table {
        title: "Reports table",
        file: "reports-copies.csv",
        row: "official copy of a report: on gov.uk, parliament.uk, the NPM's own site or a member body's",
        columns: columns![
            "year" => "The report year.",
            "title" => "What the link is.",
            "url" => "Its address.",
        ],
    },
];

// The JSON documents. Field order here is the order in the files.

#[derive(Serialize)]
struct FactJson<'a> {
    sources: &'a [String],
    uncertain: bool,
    note: Option<&'a str>,
}

impl<'a> From<&'a Fact> for FactJson<'a> {
    fn from(f: &'a Fact) -> Self {
        FactJson {
            sources: &f.sources,
            uncertain: f.uncertain,
            note: f.note.as_deref(),
        }
    }
}

#[derive(Serialize)]
struct About<'a> {
    title: String,
    publisher: &'a str,
    url: String,
    schema: String,
    /// `null` when the site names no licence.
    licence: Option<Licence<'a>>,
    as_of: Option<String>,
    citation: String,
}

#[derive(Serialize)]
struct Licence<'a> {
    name: &'a str,
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct RegistryJson<'a> {
    about: About<'a>,
    nations: Vec<Named<'a>>,
    settings: Vec<SettingJson<'a>>,
    instruments: Vec<InstrumentJson<'a>>,
    bodies: Vec<BodyJson<'a>>,
    sources: Vec<SourceJson<'a>>,
}

#[derive(Serialize)]
struct Named<'a> {
    id: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct SettingJson<'a> {
    id: &'a str,
    name: &'a str,
    description: &'a str,
    #[serde(flatten)]
    fact: FactJson<'a>,
}

#[derive(Serialize)]
struct InstrumentJson<'a> {
    id: &'a str,
    date: String,
    title: &'a str,
    citation: Option<&'a str>,
    members_after: Option<u32>,
    summary: &'a str,
    #[serde(flatten)]
    fact: FactJson<'a>,
}

#[derive(Serialize)]
struct BodyJson<'a> {
    id: &'a str,
    name: &'a str,
    abbreviation: &'a str,
    nations: &'a [String],
    coordinator: bool,
    website: Option<&'a str>,
    url: String,
    summary: &'a str,
    designation: DesignationJson<'a>,
    end: Option<EndJson<'a>>,
    former_names: Vec<NameJson<'a>>,
    coverage: Vec<CoverageJson<'a>>,
    events: Vec<EventJson<'a>>,
    #[serde(flatten)]
    fact: FactJson<'a>,
}

#[derive(Serialize)]
struct DesignationJson<'a> {
    date: String,
    instrument: &'a str,
    #[serde(flatten)]
    fact: FactJson<'a>,
}

#[derive(Serialize)]
struct EndJson<'a> {
    date: String,
    reason: EndReason,
    instrument: Option<&'a str>,
    successor: Option<&'a str>,
    #[serde(flatten)]
    fact: FactJson<'a>,
}

#[derive(Serialize)]
struct NameJson<'a> {
    name: &'a str,
    abbreviation: Option<&'a str>,
    until: String,
    #[serde(flatten)]
    fact: FactJson<'a>,
}

#[derive(Serialize)]
struct CoverageJson<'a> {
    setting: &'a str,
    nations: &'a [String],
    role: Role,
    with: &'a [String],
    #[serde(flatten)]
    fact: FactJson<'a>,
}

#[derive(Serialize)]
struct EventJson<'a> {
    date: String,
    text: &'a str,
    related: Option<&'a str>,
    #[serde(flatten)]
    fact: FactJson<'a>,
}

#[derive(Serialize)]
struct SourceJson<'a> {
    id: &'a str,
    title: &'a str,
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct ReportsJson<'a> {
    about: About<'a>,
    reports: Vec<ReportJson<'a>>,
}

#[derive(Serialize)]
struct ReportJson<'a> {
    year: &'a str,
    number: u32,
    title: Option<&'a str>,
    status: ReportStatus,
    period_start: String,
    period_end: String,
    published: Option<String>,
    command_paper: Option<&'a str>,
    isbn: Option<&'a str>,
    isbn_web: Option<&'a str>,
    summary: Option<&'a str>,
    url: String,
    pdf: Option<PdfJson<'a>>,
    chapters: Vec<ChapterJson<'a>>,
    statement: Option<StatementJson<'a>>,
    copies: Vec<CopyJson<'a>>,
    facts: FactsJson<'a>,
    #[serde(flatten)]
    fact: FactJson<'a>,
}

#[derive(Serialize)]
struct StatementJson<'a> {
    reference: Option<&'a str>,
    date: Option<String>,
    url: Option<&'a str>,
    #[serde(flatten)]
    fact: FactJson<'a>,
}

#[derive(Serialize)]
struct CopyJson<'a> {
    title: &'a str,
    url: &'a str,
    #[serde(flatten)]
    fact: FactJson<'a>,
}

#[derive(Serialize)]
struct FactsJson<'a> {
    number: FactJson<'a>,
    title: FactJson<'a>,
    period: FactJson<'a>,
    published: FactJson<'a>,
    command_paper: FactJson<'a>,
    isbn: FactJson<'a>,
}

impl<'a> From<&'a ReportFacts> for FactsJson<'a> {
    fn from(f: &'a ReportFacts) -> Self {
        FactsJson {
            number: (&f.number).into(),
            title: (&f.title).into(),
            period: (&f.period).into(),
            published: (&f.published).into(),
            command_paper: (&f.command_paper).into(),
            isbn: (&f.isbn).into(),
        }
    }
}

#[derive(Serialize)]
struct PdfJson<'a> {
    url: String,
    bytes: usize,
    /// A frozen year's: the record an archive can check its copy against.
    #[serde(skip_serializing_if = "Option::is_none")]
    sha256: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    frozen: Option<&'a str>,
    /// The same report in each other language the site is published in.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    translations: Vec<TranslatedPdfJson<'a>>,
}

#[derive(Serialize)]
struct TranslatedPdfJson<'a> {
    language: &'a str,
    url: String,
    bytes: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    sha256: Option<&'a str>,
}

#[derive(Serialize)]
struct ChapterJson<'a> {
    slug: &'a str,
    title: &'a str,
    kind: ChapterKind,
    body: Option<&'a str>,
    authors: &'a [String],
    summary: Option<&'a str>,
    settings: &'a [String],
    nations: &'a [String],
    words: usize,
    url: String,
}

/// The licence the data is published under, as site.toml names it (its
/// name and its text's address); `None` when it names none: no licence is
/// claimed for the NPM.
pub fn licence(site: &Site) -> Option<(&str, Option<&str>)> {
    let name = site.config.licence.as_deref()?;
    Some((name, site.config.licence_url.as_deref()))
}

/// "United Kingdom National Preventive Mechanism (2026). Registry of member
/// bodies, data as at May 2026. https://…/data/registry.json": how to cite.
/// `as_of`: the date the facts were checked, when the file has one.
pub fn citation(site: &Site, what: &str, file: &str, as_of: Option<Date>) -> String {
    let c = &site.config;
    let year = as_of.map(|d| format!(" ({})", d.year)).unwrap_or_default();
    let as_of = as_of
        .map(|d| format!(", data as at {}", d.text()))
        .unwrap_or_default();
    format!(
        "{}{year}. {what}{as_of}. {}data/{file}",
        c.npm_name, c.base_url
    )
}

fn about<'a>(
    site: &'a Site,
    what: &str,
    file: &str,
    schema: &str,
    as_of: Option<Date>,
) -> About<'a> {
    About {
        title: format!("{}: {what}", site.config.npm_name),
        publisher: &site.config.npm_name,
        url: format!("{}data/{file}", site.config.base_url),
        schema: format!("{}data/{schema}", site.config.base_url),
        licence: licence(site).map(|(name, url)| Licence { name, url }),
        as_of: as_of.map(|d| d.iso()),
        citation: citation(site, what, file, as_of),
    }
}

fn iso(d: Date) -> String {
    d.iso()
}

/// Every data file, under `data/`. `sizes` gives each PDF's size by path.
pub fn render(
    site: &Site,
    sizes: &std::collections::HashMap<String, usize>,
) -> Result<Vec<OutputFile>, Diagnostic> {
    let mut files = vec![
        json_file("registry.json", &registry_json(site))?,
        json_file("reports.json", &reports_json(site, sizes))?,
        OutputFile {
            path: "data/registry.schema.json".into(),
            bytes: REGISTRY_SCHEMA.as_bytes().to_vec(),
        },
        OutputFile {
            path: "data/reports.schema.json".into(),
            bytes: REPORTS_SCHEMA.as_bytes().to_vec(),
        },
    ];
    // The tables in TABLES' order: the registry's, then the reports'.
    let base = &site.config.base_url;
    let all = csv_rows(&site.registry, base)
        .into_iter()
        .chain(report_rows(site, base, sizes));
    for (table, rows) in TABLES.iter().zip(all) {
        files.push(csv_file(table, rows)?);
    }
    if record::has_record(site) {
        let doc = record::json(site);
        files.push(json_file("record.json", &doc)?);
        files.push(OutputFile {
            path: "data/record.schema.json".into(),
            bytes: record::RECORD_SCHEMA.as_bytes().to_vec(),
        });
        for (table, rows) in record::RECORD_TABLES.iter().zip(record::rows(&doc)) {
            files.push(csv_file(table, rows)?);
        }
    }
    Ok(files)
}

/// Why a data file could not be written (serialising what the model
/// holds cannot fail in practice; if it does, the build says which file).
fn data_error(file: &str, e: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::error(
        format!("data/{file}"),
        None,
        format!("cannot write {file}: {e}"),
    )
    .with_hint("this is a bug in opcat-press: please report it with the content that caused it")
}

/// `data/<file>`: the document as indented JSON with a final newline.
fn json_file<T: Serialize>(file: &str, v: &T) -> Result<OutputFile, Diagnostic> {
    let mut bytes = serde_json::to_vec_pretty(v).map_err(|e| data_error(file, e))?;
    bytes.push(b'\n');
    Ok(OutputFile {
        path: format!("data/{file}"),
        bytes,
    })
}

/// `data/<table.file>`: its header, then its rows.
fn csv_file(table: &Table, rows: Vec<Vec<String>>) -> Result<OutputFile, Diagnostic> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let err = |e: csv::Error| data_error(table.file, e);
    w.write_record(table.columns.iter().map(|(name, _)| *name))
        .map_err(err)?;
    for row in rows {
        debug_assert_eq!(row.len(), table.columns.len(), "{}", table.file);
        w.write_record(&row).map_err(err)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| data_error(table.file, e.error()))?;
    Ok(OutputFile {
        path: format!("data/{}", table.file),
        bytes,
    })
}

/// registry.json: every body, instrument, setting, nation and source.
fn registry_json(site: &Site) -> RegistryJson<'_> {
    let reg = &site.registry;
    let base = &site.config.base_url;
    RegistryJson {
        about: about(
            site,
            "Registry of member bodies",
            "registry.json",
            "registry.schema.json",
            site.config.registry_as_of,
        ),
        nations: reg
            .nations
            .iter()
            .map(|n| Named {
                id: &n.id,
                name: &n.name,
            })
            .collect(),
        settings: reg
            .settings
            .iter()
            .map(|s| SettingJson {
                id: &s.id,
                name: &s.name,
                description: &s.description,
                fact: (&s.fact).into(),
            })
            .collect(),
        instruments: reg
            .designations
            .iter()
            .map(|d| InstrumentJson {
                id: &d.id,
                date: iso(d.date),
                title: &d.title,
                citation: d.citation.as_deref(),
                members_after: d.members_after,
                summary: &d.summary,
                fact: (&d.fact).into(),
            })
            .collect(),
        bodies: reg
            .bodies
            .iter()
            .map(|b| BodyJson {
                id: &b.id,
                name: &b.name,
                abbreviation: &b.abbreviation,
                nations: &b.nations,
                coordinator: b.coordinator,
                website: b.website.as_deref(),
                url: format!("{base}{}", crate::urls::body(&b.id)),
                summary: &b.summary,
                designation: DesignationJson {
                    date: iso(b.designated),
                    instrument: &b.instrument,
                    fact: (&b.designation_fact).into(),
                },
                end: b.ended.as_ref().map(|e| EndJson {
                    date: iso(e.date),
                    reason: e.reason,
                    instrument: e.instrument.as_deref(),
                    successor: e.successor.as_deref(),
                    fact: (&e.fact).into(),
                }),
                former_names: b
                    .names
                    .iter()
                    .map(|n| NameJson {
                        name: &n.name,
                        abbreviation: n.abbreviation.as_deref(),
                        until: iso(n.until),
                        fact: (&n.fact).into(),
                    })
                    .collect(),
                coverage: b
                    .coverage
                    .iter()
                    .map(|c| CoverageJson {
                        setting: &c.setting,
                        nations: &c.nations,
                        role: c.role,
                        with: &c.with,
                        fact: (&c.fact).into(),
                    })
                    .collect(),
                events: b
                    .events
                    .iter()
                    .map(|e| EventJson {
                        date: iso(e.date),
                        text: &e.text,
                        related: e.related.as_deref(),
                        fact: (&e.fact).into(),
                    })
                    .collect(),
                fact: (&b.fact).into(),
            })
            .collect(),
        sources: reg
            .sources
            .values()
            .map(|s| SourceJson {
                id: &s.id,
                title: &s.title,
                url: s.url.as_deref(),
            })
            .collect(),
    }
}

/// reports.json: the series, newest first.
fn reports_json<'a>(
    site: &'a Site,
    sizes: &std::collections::HashMap<String, usize>,
) -> ReportsJson<'a> {
    let base = &site.config.base_url;
    ReportsJson {
        // The registry's "as at" date says nothing about the reports.
        about: about(
            site,
            "Annual reports",
            "reports.json",
            "reports.schema.json",
            None,
        ),
        reports: site
            .reports
            .iter()
            .rev()
            .map(|r| report_json(r, &site.config.translations, base, sizes))
            .collect(),
    }
}

fn list(ids: &[String]) -> String {
    ids.join(";")
}

fn fact_cells(f: &Fact) -> [String; 3] {
    [
        list(&f.sources),
        f.uncertain.to_string(),
        f.note.clone().unwrap_or_default(),
    ]
}

fn opt(s: Option<&str>) -> String {
    s.unwrap_or_default().to_string()
}

fn role_id(r: Role) -> &'static str {
    match r {
        Role::Lead => "lead",
        Role::Joint => "joint",
        Role::Supporting => "supporting",
    }
}

fn reason_id(r: EndReason) -> &'static str {
    match r {
        EndReason::Superseded => "superseded",
        EndReason::Withdrawn => "withdrawn",
        EndReason::Abolished => "abolished",
    }
}

/// The rows of each table in `TABLES`, in the same order.
fn csv_rows(reg: &Registry, base: &str) -> [Vec<Vec<String>>; 8] {
    let with_fact = |mut cells: Vec<String>, f: &Fact| {
        cells.extend(fact_cells(f));
        cells
    };
    let bodies = reg
        .bodies
        .iter()
        .map(|b| {
            let end = b.ended.as_ref();
            let end_fact = end.map(|e| fact_cells(&e.fact)).unwrap_or_else(|| {
                // No end: nothing to source.
                [String::new(), "false".into(), String::new()]
            });
            let [ds, du, dn] = fact_cells(&b.designation_fact);
            let [es, eu, en] = end_fact;
            with_fact(
                vec![
                    b.id.clone(),
                    b.name.clone(),
                    b.abbreviation.clone(),
                    list(&b.nations),
                    b.coordinator.to_string(),
                    opt(b.website.as_deref()),
                    format!("{base}{}", crate::urls::body(&b.id)),
                    b.designated.iso(),
                    b.instrument.clone(),
                    ds,
                    du,
                    dn,
                    end.map(|e| e.date.iso()).unwrap_or_default(),
                    end.map(|e| reason_id(e.reason).to_string())
                        .unwrap_or_default(),
                    opt(end.and_then(|e| e.instrument.as_deref())),
                    opt(end.and_then(|e| e.successor.as_deref())),
                    es,
                    eu,
                    en,
                    b.summary.clone(),
                ],
                &b.fact,
            )
        })
        .collect();
    let names = reg
        .bodies
        .iter()
        .flat_map(|b| {
            b.names.iter().map(|n| {
                with_fact(
                    vec![
                        b.id.clone(),
                        n.name.clone(),
                        opt(n.abbreviation.as_deref()),
                        n.until.iso(),
                    ],
                    &n.fact,
                )
            })
        })
        .collect();
    let coverage = reg
        .bodies
        .iter()
        .flat_map(|b| {
            b.coverage.iter().flat_map(move |c| {
                c.nations.iter().map(move |n| {
                    with_fact(
                        vec![
                            b.id.clone(),
                            c.setting.clone(),
                            n.clone(),
                            role_id(c.role).into(),
                            list(&c.with),
                        ],
                        &c.fact,
                    )
                })
            })
        })
        .collect();
    let instruments = reg
        .designations
        .iter()
        .map(|d| {
            with_fact(
                vec![
                    d.id.clone(),
                    d.date.iso(),
                    d.title.clone(),
                    opt(d.citation.as_deref()),
                    d.members_after.map(|n| n.to_string()).unwrap_or_default(),
                    d.summary.clone(),
                ],
                &d.fact,
            )
        })
        .collect();
    let events = reg
        .bodies
        .iter()
        .flat_map(|b| {
            b.events.iter().map(|e| {
                with_fact(
                    vec![
                        b.id.clone(),
                        e.date.iso(),
                        e.text.clone(),
                        opt(e.related.as_deref()),
                    ],
                    &e.fact,
                )
            })
        })
        .collect();
    let settings = reg
        .settings
        .iter()
        .map(|s| {
            with_fact(
                vec![s.id.clone(), s.name.clone(), s.description.clone()],
                &s.fact,
            )
        })
        .collect();
    let nations = reg
        .nations
        .iter()
        .map(|n| vec![n.id.clone(), n.name.clone()])
        .collect();
    let sources = reg
        .sources
        .values()
        .map(|s| vec![s.id.clone(), s.title.clone(), opt(s.url.as_deref())])
        .collect();
    [
        bodies,
        names,
        coverage,
        instruments,
        events,
        settings,
        nations,
        sources,
    ]
}

/// Year `r`'s PDF in each other language the site is published in, where
/// it has one (`cy/reports/…`).
fn translated_pdfs<'a>(
    languages: &'a [String],
    r: &'a ReportYear,
    base: &str,
    sizes: &std::collections::HashMap<String, usize>,
) -> Vec<TranslatedPdfJson<'a>> {
    let frozen = r.frozen.as_ref().map(|f| &f.translations);
    languages
        .iter()
        .filter_map(|language| {
            let path = format!("{language}/{}", crate::urls::pdf(&r.year));
            Some(TranslatedPdfJson {
                language,
                url: format!("{base}{path}"),
                bytes: *sizes.get(&path)?,
                sha256: frozen.and_then(|f| Some(f.get(language)?.1.as_str())),
            })
        })
        .collect()
}

/// One report year of reports.json.
fn report_json<'a>(
    r: &'a ReportYear,
    languages: &'a [String],
    base: &str,
    sizes: &std::collections::HashMap<String, usize>,
) -> ReportJson<'a> {
    ReportJson {
        year: &r.year,
        number: r.number,
        title: r.title.as_deref(),
        status: r.status,
        period_start: iso(r.period_start),
        period_end: iso(r.period_end),
        published: r.published.map(iso),
        command_paper: r.command_paper.as_deref(),
        isbn: r.isbn.as_deref(),
        isbn_web: r.isbn_web.as_deref(),
        summary: r.summary.as_deref(),
        url: format!("{base}{}", r.url()),
        pdf: sizes.get(&crate::urls::pdf(&r.year)).map(|&bytes| PdfJson {
            url: format!("{base}{}", crate::urls::pdf(&r.year)),
            bytes,
            sha256: r.frozen.as_ref().map(|f| f.sha256.as_str()),
            frozen: r.frozen.as_ref().map(|f| f.frozen.as_str()),
            translations: translated_pdfs(languages, r, base, sizes),
        }),
        chapters: r
            .chapters
            .iter()
            .map(|c| ChapterJson {
                slug: &c.slug,
                title: &c.title,
                kind: c.kind,
                body: c.body.as_deref(),
                authors: &c.authors,
                summary: c.summary.as_deref(),
                settings: &c.settings,
                nations: &c.nations,
                words: c.words,
                url: format!("{base}{}", c.doc.url),
            })
            .collect(),
        statement: r.statement.as_ref().map(|st| StatementJson {
            reference: st.reference.as_deref(),
            date: st.date.map(iso),
            url: st.url.as_deref(),
            fact: (&st.fact).into(),
        }),
        copies: r
            .copies
            .iter()
            .map(|c| CopyJson {
                title: &c.title,
                url: &c.url,
                fact: (&c.fact).into(),
            })
            .collect(),
        facts: (&r.facts).into(),
        fact: (&r.fact).into(),
    }
}

/// The rows of the three reports tables in `TABLES`: the series, each
/// report's facts with their sources, and the official copies.
fn report_rows(
    site: &Site,
    base: &str,
    sizes: &std::collections::HashMap<String, usize>,
) -> [Vec<Vec<String>>; 3] {
    let mut series = Vec::new();
    let mut facts = Vec::new();
    let mut copies = Vec::new();
    for r in site.reports.iter().rev() {
        let pdf = crate::urls::pdf(&r.year);
        let st = r.statement.as_ref();
        let mut row = vec![
            r.year.clone(),
            r.number.to_string(),
            opt(r.title.as_deref()),
            status_id(r.status).into(),
            iso(r.period_start),
            iso(r.period_end),
            r.published.map(iso).unwrap_or_default(),
            opt(r.command_paper.as_deref()),
            opt(r.isbn.as_deref()),
            opt(r.isbn_web.as_deref()),
            opt(st.and_then(|s| s.reference.as_deref())),
            st.and_then(|s| s.date).map(iso).unwrap_or_default(),
            opt(st.and_then(|s| s.url.as_deref())),
            format!("{base}{}", r.url()),
            if sizes.contains_key(&pdf) {
                format!("{base}{pdf}")
            } else {
                String::new()
            },
            r.copies.len().to_string(),
            opt(r.summary.as_deref()),
        ];
        row.extend(fact_cells(&r.fact));
        series.push(row);
        // A fact not known has no row: its sources would be sources for nothing.
        for (name, value, fact) in report_facts(r).into_iter().filter(|f| !f.1.is_empty()) {
            let mut row = vec![r.year.clone(), name.into(), value];
            row.extend(fact_cells(fact));
            facts.push(row);
        }
        for c in &r.copies {
            let mut row = vec![r.year.clone(), c.title.clone(), c.url.clone()];
            row.extend(fact_cells(&c.fact));
            copies.push(row);
        }
    }
    [series, facts, copies]
}

/// Each fact of a report as (name, value as given, its sources).
fn report_facts(r: &ReportYear) -> Vec<(&'static str, String, &Fact)> {
    let f = &r.facts;
    let isbns: Vec<&str> = [r.isbn.as_deref(), r.isbn_web.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let mut out = vec![
        ("number", r.number.to_string(), &f.number),
        ("title", opt(r.title.as_deref()), &f.title),
        (
            "period",
            format!("{}/{}", iso(r.period_start), iso(r.period_end)),
            &f.period,
        ),
        (
            "published",
            r.published.map(iso).unwrap_or_default(),
            &f.published,
        ),
        (
            "command_paper",
            opt(r.command_paper.as_deref()),
            &f.command_paper,
        ),
        ("isbn", isbns.join(";"), &f.isbn),
    ];
    if let Some(st) = &r.statement {
        let value = [st.reference.clone(), st.date.map(iso)]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        out.push(("statement", value, &st.fact));
    }
    out
}

fn status_id(s: ReportStatus) -> &'static str {
    match s {
        ReportStatus::Published => "published",
        ReportStatus::Draft => "draft",
        ReportStatus::Sample => "sample",
        ReportStatus::Archived => "archived",
    }
}

/// One documented field of a JSON file, read from its schema.
#[derive(Debug, Serialize)]
pub struct FieldDoc {
    /// `bodies[].designation.date`
    pub path: String,
    /// `date`, `string or null`, `list of ids`, `one of lead, joint, supporting`...
    pub kind: String,
    pub description: String,
}

/// Every field a schema describes, depth first, in the schema's order.
pub fn schema_fields(schema: &str) -> Result<Vec<FieldDoc>, serde_json::Error> {
    let root: serde_json::Value = serde_json::from_str(schema)?;
    let mut out = Vec::new();
    walk(&root, &root, "", &mut out, 0);
    Ok(out)
}

fn resolve<'a>(root: &'a serde_json::Value, node: &'a serde_json::Value) -> &'a serde_json::Value {
    node.get("$ref")
        .and_then(|r| r.as_str())
        .and_then(|r| r.strip_prefix("#/"))
        .and_then(|p| root.pointer(&format!("/{p}")))
        .unwrap_or(node)
}

fn kind_of(root: &serde_json::Value, node: &serde_json::Value) -> String {
    if let Some(r) = node.get("$ref").and_then(|r| r.as_str()) {
        return match r.rsplit('/').next() {
            Some("date") => "date".into(),
            Some("id") => "id".into(),
            _ => kind_of(root, resolve(root, node)),
        };
    }
    if let Some(options) = node.get("oneOf").and_then(|o| o.as_array()) {
        let kinds: Vec<String> = options.iter().map(|o| kind_of(root, o)).collect();
        return kinds.join(" or ");
    }
    if let Some(values) = node.get("enum").and_then(|e| e.as_array()) {
        let names: Vec<&str> = values.iter().filter_map(|v| v.as_str()).collect();
        return format!("one of {}", names.join(", "));
    }
    let one = |t: &str| match t {
        "array" => {
            let items = node.get("items").map(|i| kind_of(root, i));
            match items.as_deref() {
                Some("id") => "list of ids".to_string(),
                Some(k) => format!("list of {k}s"),
                None => "list".to_string(),
            }
        }
        "object" => "object".to_string(),
        other => other.to_string(),
    };
    match node.get("type") {
        Some(serde_json::Value::String(t)) => one(t),
        Some(serde_json::Value::Array(ts)) => ts
            .iter()
            .filter_map(|t| t.as_str())
            .map(one)
            .collect::<Vec<_>>()
            .join(" or "),
        _ => "value".into(),
    }
}

fn walk(
    root: &serde_json::Value,
    node: &serde_json::Value,
    prefix: &str,
    out: &mut Vec<FieldDoc>,
    depth: usize,
) {
    // The schemas nest a handful of levels; a cycle would be a bug in them.
    if depth > 8 {
        return;
    }
    let node = resolve(root, node);
    let Some(props) = node.get("properties").and_then(|p| p.as_object()) else {
        return;
    };
    for (name, prop) in props {
        let path = format!("{prefix}{name}");
        let target = resolve(root, prop);
        let description = prop
            .get("description")
            .or_else(|| target.get("description"))
            .and_then(|d| d.as_str())
            .unwrap_or_default();
        out.push(FieldDoc {
            path: path.clone(),
            kind: kind_of(root, prop),
            description: description.to_string(),
        });
        // Into objects, lists of objects and nullable objects.
        let mut inner = vec![(target, ".")];
        if let Some(items) = target.get("items") {
            inner.push((resolve(root, items), "[]."));
        }
        if let Some(options) = target.get("oneOf").and_then(|o| o.as_array()) {
            inner.extend(options.iter().map(|o| (resolve(root, o), ".")));
        }
        for (n, sep) in inner {
            if n.get("properties").is_some() {
                walk(root, n, &format!("{path}{sep}"), out, depth + 1);
            }
        }
    }
}
