//! What templates see (docs/templates.md is the contract). Views are built
//! per page from the model and hold only what that page shows: no page gets
//! the whole site by value.

use std::collections::HashMap;

use serde::Serialize;

use crate::content::date::{Date, DateView};
use crate::registry::{
    Coverage, DetentionSetting, EndReason, Fact, MemberBody, Nation, Registry, Role,
};
use crate::site::{ReportStatus, ReportYear};

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct BodyRef {
    pub id: String,
    pub name: String,
    pub abbreviation: String,
    pub url: String,
    pub current: bool,
}

impl BodyRef {
    /// The body under the name and abbreviation it used on `date`.
    pub fn on(b: &MemberBody, date: Date) -> BodyRef {
        BodyRef {
            name: b.name_on(date).to_string(),
            abbreviation: b.abbreviation_on(date).to_string(),
            ..BodyRef::new(b)
        }
    }

    pub fn new(b: &MemberBody) -> BodyRef {
        BodyRef {
            id: b.id.clone(),
            name: b.name.clone(),
            abbreviation: b.abbreviation.clone(),
            url: body_url(&b.id),
            current: b.is_current(),
        }
    }
}

pub fn body_url(id: &str) -> String {
    crate::urls::body(id)
}

#[derive(Debug, Clone, Serialize)]
pub struct Ref {
    pub id: String,
    pub name: String,
    pub url: String,
}

pub fn nation_ref(n: &Nation) -> Ref {
    Ref {
        id: n.id.clone(),
        name: n.name.clone(),
        url: crate::urls::nation(&n.id),
    }
}

/// The nations with these ids, as links.
pub fn nation_refs(reg: &Registry, ids: &[String]) -> Vec<Ref> {
    ids.iter()
        .filter_map(|n| reg.nation(n))
        .map(nation_ref)
        .collect()
}

/// The settings with these ids, as links.
pub fn setting_refs(reg: &Registry, ids: &[String]) -> Vec<Ref> {
    ids.iter()
        .filter_map(|s| reg.setting(s))
        .map(setting_ref)
        .collect()
}

pub fn setting_ref(s: &DetentionSetting) -> Ref {
    Ref {
        id: s.id.clone(),
        name: s.name.clone(),
        url: crate::urls::setting(&s.id),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Citation {
    pub n: usize,
    pub id: String,
    pub title: String,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FactView {
    pub sources: Vec<Citation>,
    pub uncertain: bool,
    pub note: Option<String>,
}

/// Numbers the sources cited on one page, in order of first citation.
pub struct Citer<'a> {
    registry: &'a Registry,
    cited: Vec<Citation>,
    numbers: HashMap<String, usize>,
}

impl<'a> Citer<'a> {
    pub fn new(registry: &'a Registry) -> Citer<'a> {
        Citer {
            registry,
            cited: Vec::new(),
            numbers: HashMap::new(),
        }
    }

    pub fn fact(&mut self, f: &Fact) -> FactView {
        let sources = f
            .sources
            .iter()
            .filter_map(|id| {
                let s = self.registry.sources.get(id)?;
                let n = match self.numbers.get(id) {
                    Some(&n) => n,
                    None => {
                        let n = self.cited.len() + 1;
                        self.numbers.insert(id.clone(), n);
                        self.cited.push(Citation {
                            n,
                            id: s.id.clone(),
                            title: s.title.clone(),
                            url: s.url.clone(),
                        });
                        n
                    }
                };
                Some(Citation {
                    n,
                    id: s.id.clone(),
                    title: s.title.clone(),
                    url: s.url.clone(),
                })
            })
            .collect();
        FactView {
            sources,
            uncertain: f.uncertain,
            note: f.note.clone(),
        }
    }

    pub fn citations(self) -> Vec<Citation> {
        self.cited
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct BodySummary {
    #[serde(flatten)]
    pub body: BodyRef,
    pub nations: Vec<Ref>,
    pub settings: Vec<Ref>,
    pub designated: DateView,
    pub ended: Option<DateView>,
    pub successor: Option<BodyRef>,
}

impl BodySummary {
    pub fn new(b: &MemberBody, reg: &Registry) -> BodySummary {
        BodySummary {
            body: BodyRef::new(b),
            nations: nation_refs(reg, &b.nations),
            // In the registry's setting order, each once.
            settings: reg
                .settings
                .iter()
                .filter(|s| b.coverage.iter().any(|c| c.setting == s.id))
                .map(setting_ref)
                .collect(),
            designated: b.designated.into(),
            ended: b.ended.as_ref().map(|e| e.date.into()),
            successor: b
                .ended
                .as_ref()
                .and_then(|e| e.successor.as_deref())
                .and_then(|s| reg.body(s))
                .map(BodyRef::new),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct CoverageEntry {
    pub body: BodyRef,
    pub role: Role,
    pub role_text: &'static str,
    pub with: Vec<BodyRef>,
    #[serde(flatten)]
    pub fact: FactView,
}

pub fn role_text(r: Role) -> &'static str {
    match r {
        Role::Lead => "Leads",
        Role::Joint => "Jointly with",
        Role::Supporting => "Supports",
    }
}

pub fn coverage_entry(
    b: &MemberBody,
    c: &Coverage,
    reg: &Registry,
    citer: &mut Citer,
) -> CoverageEntry {
    CoverageEntry {
        body: BodyRef::new(b),
        role: c.role,
        role_text: role_text(c.role),
        with: c
            .with
            .iter()
            .filter_map(|w| reg.body(w))
            .map(BodyRef::new)
            .collect(),
        fact: citer.fact(&c.fact),
    }
}

pub fn end_reason_text(r: EndReason) -> &'static str {
    match r {
        EndReason::Superseded => "superseded",
        EndReason::Withdrawn => "withdrawn",
        EndReason::Abolished => "abolished",
    }
}

/// A report year in a list: the reports index, the home page, the feed.
#[derive(Debug, Clone, Serialize)]
pub struct ReportRef {
    pub year: String,
    pub number: u32,
    /// The title, or what the year is called when its title is not known.
    pub title: String,
    pub title_known: bool,
    pub url: String,
    pub status: ReportStatus,
    pub published: Option<DateView>,
    pub period_text: String,
    pub summary: Option<String>,
    pub command_paper: Option<String>,
    /// Its text is published elsewhere, not on this site.
    pub archived: bool,
    pub chapters: usize,
    /// Where to read an archived year: its first official copy.
    pub copy: Option<Link>,
}

impl ReportRef {
    pub fn new(r: &ReportYear, words: &crate::i18n::Catalogue) -> ReportRef {
        ReportRef {
            year: r.year.clone(),
            number: r.number,
            title: r.heading_in(words),
            title_known: r.title.is_some(),
            url: r.url(),
            status: r.status,
            published: r.published.map(Into::into),
            period_text: words.tf(
                "report-period",
                &[
                    ("start", words.date(r.period_start).into()),
                    ("end", words.date(r.period_end).into()),
                ],
            ),
            summary: r.summary.clone(),
            command_paper: r.command_paper.clone(),
            archived: r.is_archived(),
            chapters: r.chapters.len(),
            copy: r.copies.first().map(|c| Link {
                title: c.title.clone(),
                url: c.url.clone(),
            }),
        }
    }
}

pub fn date_view(d: Date) -> DateView {
    d.into()
}
