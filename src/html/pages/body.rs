//! `registry/bodies/<id>/`: one member body, current or former. Stage 3,
//! render: the validated site → the page's bytes; touches no files.

use crate::diagnostics::Diagnostic;
use crate::html::views::*;
use crate::html::{OutputFile, Renderer};
use serde::Serialize;

use crate::html::pages::recommendations::RecView;
use crate::html::visits::{self, GridView};
use crate::html::{SearchMeta, json_ld, timeline};
use crate::registry::MemberBody;

#[derive(Serialize)]
struct InstrumentRef {
    id: String,
    title: String,
    date: crate::content::date::DateView,
    url: String,
}

#[derive(Serialize)]
struct DesignationView {
    instrument: InstrumentRef,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct NameView {
    name: String,
    abbreviation: Option<String>,
    until: crate::content::date::DateView,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct EndedView {
    date: crate::content::date::DateView,
    reason: &'static str,
    instrument: Option<InstrumentRef>,
    successor: Option<BodyRef>,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct EventView {
    date: crate::content::date::DateView,
    text: String,
    related: Option<BodyRef>,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct BodyCoverageView {
    setting: Option<Ref>,
    nations: Vec<Ref>,
    #[serde(flatten)]
    entry: CoverageEntry,
}

#[derive(Serialize)]
struct ChapterLink {
    year: String,
    title: String,
    url: String,
    /// The language of its title when not the page's (not translated).
    lang: Option<String>,
}

#[derive(Serialize)]
struct View<'a> {
    body: BodyView<'a>,
    citations: Vec<Citation>,
    timeline_svg: String,
    recommendations: Vec<RecView<'a>>,
    visits: Option<GridView>,
}

#[derive(Serialize)]
struct BodyView<'a> {
    #[serde(flatten)]
    summary: BodySummary,
    /// `summary` in docs/templates.md: the body's description.
    #[serde(rename = "summary")]
    description: &'a str,
    /// Its language when it is not the page's (not translated).
    summary_lang: Option<&'a str>,
    website: Option<&'a str>,
    coordinator: bool,
    names: Vec<NameView>,
    designation: DesignationView,
    ended_detail: Option<EndedView>,
    events: Vec<EventView>,
    coverage: Vec<BodyCoverageView>,
    chapters: Vec<ChapterLink>,
    #[serde(flatten)]
    fact: FactView,
}

impl Renderer<'_> {
    pub(super) fn body_page(
        &self,
        b: &MemberBody,
        crumbs: Vec<Link>,
    ) -> Result<OutputFile, Diagnostic> {
        let reg = &self.site.registry;
        let url = body_url(&b.id);
        let mut frame = self.frame(&url, &b.name, Some(&b.summary), crumbs, false);
        frame.search = Some(SearchMeta::new(self.words.text("search-kind-body"), None));
        frame.json_ld = json_ld(&self.body_ld(b));
        let mut citer = Citer::new(reg);
        let fact = citer.fact(&b.fact);
        let instrument = reg.designation(&b.instrument);
        let designation = DesignationView {
            instrument: InstrumentRef {
                id: b.instrument.clone(),
                title: instrument.map(|d| d.title.clone()).unwrap_or_default(),
                date: b.designated.into(),
                url: crate::urls::instrument(&b.instrument),
            },
            fact: citer.fact(&b.designation_fact),
        };
        let names = b
            .names
            .iter()
            .map(|n| NameView {
                name: n.name.clone(),
                abbreviation: n.abbreviation.clone(),
                until: n.until.into(),
                fact: citer.fact(&n.fact),
            })
            .collect();
        let ended_detail = b.ended.as_ref().map(|e| EndedView {
            date: e.date.into(),
            reason: end_reason_text(e.reason),
            instrument: e
                .instrument
                .as_deref()
                .and_then(|i| reg.designation(i))
                .map(|d| InstrumentRef {
                    id: d.id.clone(),
                    title: d.title.clone(),
                    date: d.date.into(),
                    url: crate::urls::instrument(&d.id),
                }),
            successor: e
                .successor
                .as_deref()
                .and_then(|s| reg.body(s))
                .map(BodyRef::new),
            fact: citer.fact(&e.fact),
        });
        let events = b
            .events
            .iter()
            .map(|e| EventView {
                date: e.date.into(),
                text: e.text.clone(),
                related: e
                    .related
                    .as_deref()
                    .and_then(|r| reg.body(r))
                    .map(BodyRef::new),
                fact: citer.fact(&e.fact),
            })
            .collect();
        let coverage = b
            .coverage
            .iter()
            .map(|c| BodyCoverageView {
                setting: reg.setting(&c.setting).map(setting_ref),
                nations: nation_refs(reg, &c.nations),
                entry: coverage_entry(b, c, reg, &mut citer),
            })
            .collect();
        let chapters = self
            .chapters_by_body
            .get(b.id.as_str())
            .map(|cs| {
                cs.iter()
                    .map(|(r, i)| ChapterLink {
                        year: r.year.clone(),
                        title: r.chapters[*i].title.clone(),
                        url: r.chapters[*i].doc.url.clone(),
                        lang: r.chapters[*i].doc.lang.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let view = BodyView {
            summary: BodySummary::new(b, reg),
            description: &b.summary,
            summary_lang: self
                .registry_lang(|w| w.bodies.get(&b.id).is_some_and(|t| t.summary.is_some())),
            website: b.website.as_deref(),
            coordinator: b.coordinator,
            names,
            designation,
            ended_detail,
            events,
            coverage,
            chapters,
            fact,
        };
        let view = View {
            body: view,
            citations: citer.citations(),
            timeline_svg: timeline::body_svg(reg, b, self.timeline_end, self.words),
            recommendations: self.made_by(&b.id),
            visits: visits::over_the_years(
                self.site,
                self.words,
                visits::Axis::Setting,
                self.words.tf(
                    "visits-caption-body",
                    &[("body", b.abbreviation.as_str().into())],
                ),
                |v| v.body == b.id,
            ),
        };
        self.render_page("registry/body.html", &url, &frame, &view, &url)
    }

    fn body_ld(&self, b: &MemberBody) -> serde_json::Value {
        let c = &self.site.config;
        let reg = &self.site.registry;
        let mut alternate: Vec<&str> = Vec::new();
        if !b.abbreviation.is_empty() {
            alternate.push(&b.abbreviation);
        }
        for n in &b.names {
            alternate.push(&n.name);
            alternate.extend(n.abbreviation.as_deref());
        }
        let areas: Vec<serde_json::Value> = b
            .nations
            .iter()
            .filter_map(|n| reg.nation(n))
            .map(|n| serde_json::json!({"@type": "Place", "name": n.name}))
            .collect();
        let page = format!("{}{}", c.pages_base(), body_url(&b.id));
        let mut ld = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "GovernmentOrganization",
            "@id": format!("{page}#body"),
            "name": b.name,
            "alternateName": alternate,
            "description": b.summary,
            "areaServed": areas,
            "mainEntityOfPage": page,
            "memberOf": {
                "@type": "ProgramMembership",
                "programName": c.npm_name,
                "startDate": b.designated.iso(),
            },
        });
        if let Some(end) = &b.ended {
            ld["memberOf"]["endDate"] = end.date.iso().into();
        }
        if let Some(w) = &b.website {
            ld["url"] = w.as_str().into();
            ld["sameAs"] = w.as_str().into();
        }
        ld
    }
}
