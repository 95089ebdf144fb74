//! `recommendations/` (the register: every recommendation made in a
//! chapter, newest year first) and `recommendations/<id>/` (one
//! recommendation: its text, who made it, where and to whom, and what it
//! repeats or is repeated by). Stage 3, render: the validated site → the
//! pages' bytes; touches no files.

use serde::Serialize;

use super::recommendation_filters::{FACETS, FilterView, filter_values, filter_views};
use crate::content::date::DateView;
use crate::diagnostics::Diagnostic;
use crate::html::views::*;
use crate::html::{OutputFile, Renderer, SearchFilter, SearchMeta, root_for};
use crate::i18n::Catalogue;
use crate::markdown;
use crate::site::{Made, MadeIn, Recommendation, ReportStatus, ReportYear, Site};

/// A recommendation as a row of the register, or the head of its page.
#[derive(Serialize)]
pub(super) struct RecView<'a> {
    id: &'a str,
    url: String,
    number: usize,
    year: &'a str,
    year_url: String,
    /// The chapter it is made in; `None` for an outside body's.
    chapter_title: Option<&'a str>,
    /// The chapter's page, at the recommendation.
    chapter_url: Option<String>,
    /// The member body whose chapter it is in; `None`: the NPM's, or an
    /// outside body's (`outside`).
    by: Option<BodyRef>,
    /// The outside body that made it, by name.
    outside: Option<String>,
    /// The authorities' names.
    to: Vec<String>,
    settings: Vec<Ref>,
    nations: Vec<Ref>,
    /// Its themes, each linking to the register filtered by it.
    themes: Vec<Link>,
    /// Written to show the format, in a sample year: never a fact.
    sample: bool,
    /// Its status: the latest response's and progress's names, if any.
    response: Option<String>,
    progress: Option<String>,
}

/// One entry of a recommendation's follow-up.
#[derive(Serialize)]
struct FollowUpView<'a> {
    year: &'a str,
    year_url: String,
    date: DateView,
    response: Option<String>,
    progress: Option<String>,
    quote: Option<&'a str>,
    sample: bool,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct RecLink<'a> {
    id: &'a str,
    url: String,
    year: &'a str,
}

/// The register's recommendations of one year.
#[derive(Serialize)]
struct YearGroup<'a> {
    year: &'a str,
    url: String,
    sample: bool,
    recommendations: Vec<RegisterRow<'a>>,
}

/// A row of the register, with its values of each filter for the script
/// that filters the rows in place.
#[derive(Serialize)]
struct RegisterRow<'a> {
    rec: RecView<'a>,
    filters: Vec<RowFilter>,
}

/// A row's values of one filter: its ids, separated by spaces.
#[derive(Serialize)]
struct RowFilter {
    slug: &'static str,
    values: String,
}

#[derive(Serialize)]
struct RegisterView<'a> {
    count: usize,
    years: Vec<YearGroup<'a>>,
    filters: Vec<FilterView>,
}

#[derive(Serialize)]
struct RecPage<'a> {
    recommendation: RecView<'a>,
    /// An outside body's recommendation: the sources it is taken from.
    source: Option<FactView>,
    follow_up: Vec<FollowUpView<'a>>,
    citations: Vec<Citation>,
    text: String,
    repeats: Option<RecLink<'a>>,
    repeated_by: Vec<RecLink<'a>>,
}

fn rec_link(m: Made<'_>) -> RecLink<'_> {
    RecLink {
        id: &m.rec.id,
        url: crate::urls::recommendation(&m.rec.id),
        year: &m.year.year,
    }
}

impl Renderer<'_> {
    pub(super) fn register(&self, crumbs: Vec<Link>) -> Result<OutputFile, Diagnostic> {
        let url = crate::urls::RECOMMENDATIONS;
        let mut frame = self.frame(
            url,
            &self.words.text("title-recommendations"),
            None,
            crumbs,
            false,
        );
        frame.search = Some(SearchMeta::new(
            self.words.text("search-kind-register"),
            None,
        ));
        let mut years: Vec<YearGroup> = Vec::new();
        for (_, m) in self.site.recommendations() {
            let r = m.year;
            if years.last().is_none_or(|g| g.year != r.year) {
                years.push(YearGroup {
                    year: &r.year,
                    url: r.url(),
                    sample: r.status == ReportStatus::Sample,
                    recommendations: Vec::new(),
                });
            }
            if let Some(g) = years.last_mut() {
                let filters = FACETS
                    .iter()
                    .map(|f| RowFilter {
                        slug: f.slug(),
                        values: f.values_of(self.site, m).join(" "),
                    })
                    .collect();
                g.recommendations.push(RegisterRow {
                    rec: self.rec_view(m),
                    filters,
                });
            }
        }
        let view = RegisterView {
            count: years.iter().map(|g| g.recommendations.len()).sum(),
            years,
            filters: filter_views(&filter_values(self.site), self.words),
        };
        self.render_page("recommendations/index.html", url, &frame, &view, url)
    }

    pub(super) fn recommendation_page(
        &self,
        m: Made<'_>,
        crumbs: Vec<Link>,
    ) -> Result<OutputFile, Diagnostic> {
        let (r, rec) = (m.year, m.rec);
        let url = crate::urls::recommendation(&rec.id);
        let title = self
            .words
            .tf("rec-item-link", &[("id", rec.id.as_str().into())]);
        let sample = r.status == ReportStatus::Sample;
        let mut frame = self.frame(&url, &title, None, crumbs, sample);
        let site = self.site;
        let reg = &site.registry;
        let mut search =
            SearchMeta::new(self.words.text("search-kind-recommendation"), Some(&r.year));
        search.filters = search_filters(site, rec, self.words);
        frame.search = Some(search);
        let mut citer = Citer::new(reg);
        let follow_up: Vec<FollowUpView> = site
            .follow_up_of(&rec.id)
            .into_iter()
            .map(|(y, f)| FollowUpView {
                year: &y.year,
                year_url: y.url(),
                date: f.date.into(),
                response: f
                    .response
                    .as_deref()
                    .and_then(|v| reg.scale_name(&reg.responses, v)),
                progress: f
                    .progress
                    .as_deref()
                    .and_then(|v| reg.scale_name(&reg.progress, v)),
                quote: f.quote.as_deref(),
                sample: y.status == ReportStatus::Sample,
                fact: citer.fact(&f.fact),
            })
            .collect();
        let view = RecPage {
            recommendation: self.rec_view(m),
            source: match m.at {
                MadeIn::Outside(o) => Some(citer.fact(&o.fact)),
                MadeIn::Chapter(_) => None,
            },
            follow_up,
            citations: citer.citations(),
            text: self.rec_text(m, &url),
            repeats: rec
                .repeats
                .as_deref()
                .and_then(|id| site.recommendation(id))
                .map(rec_link),
            repeated_by: site
                .repeated_by(&rec.id)
                .iter()
                .filter_map(|id| site.recommendation(id))
                .map(rec_link)
                .collect(),
        };
        self.render_page(
            "recommendations/recommendation.html",
            &url,
            &frame,
            &view,
            &url,
        )
    }

    /// The recommendations made in year `r`'s chapters, in reading order,
    /// then those of outside bodies it records.
    pub(super) fn made_in<'s>(&self, r: &'s ReportYear) -> Vec<RecView<'s>> {
        r.made().map(|m| self.rec_view(m)).collect()
    }

    /// The recommendations year `r`'s follow-up records, each once, in
    /// the order first recorded.
    pub(super) fn followed_up_in(&self, r: &ReportYear) -> Vec<RecView<'_>> {
        let mut seen: Vec<&str> = Vec::new();
        for f in &r.follow_up {
            if !seen.contains(&f.recommendation.as_str()) {
                seen.push(&f.recommendation);
            }
        }
        seen.iter()
            .filter_map(|id| self.site.recommendation(id))
            .map(|m| self.rec_view(m))
            .collect()
    }

    /// The recommendations that concern setting `id` (`settings=`), newest
    /// year first.
    pub(super) fn concerning_setting(&self, id: &str) -> Vec<RecView<'_>> {
        self.rec_views(|m| m.rec.settings.iter().any(|s| s == id))
    }

    /// The recommendations that concern nation `id` (`nations=`), newest
    /// year first.
    pub(super) fn concerning_nation(&self, id: &str) -> Vec<RecView<'_>> {
        self.rec_views(|m| m.rec.nations.iter().any(|n| n == id))
    }

    /// The recommendations body `id` made, newest year first.
    pub(super) fn made_by(&self, id: &str) -> Vec<RecView<'_>> {
        self.rec_views(|m| m.chapter().is_some() && m.maker() == id)
    }

    /// The recommendations `keep` accepts, newest year first.
    fn rec_views(&self, keep: impl Fn(&Made) -> bool) -> Vec<RecView<'_>> {
        self.site
            .recommendations()
            .filter(|(_, m)| keep(m))
            .map(|(_, m)| self.rec_view(m))
            .collect()
    }

    pub(super) fn rec_view<'s>(&self, m: Made<'s>) -> RecView<'s> {
        let (r, rec) = (m.year, m.rec);
        let reg = &self.site.registry;
        let status = self.site.status(&rec.id, None);
        RecView {
            id: &rec.id,
            url: crate::urls::recommendation(&rec.id),
            number: rec.number,
            year: &r.year,
            year_url: r.url(),
            chapter_title: m.chapter().map(|c| c.title.as_str()),
            chapter_url: m.chapter().map(|c| format!("{}#{}", c.doc.url, rec.anchor)),
            by: m
                .chapter()
                .and_then(|c| c.body.as_deref())
                .and_then(|b| reg.body(b))
                .map(BodyRef::new),
            outside: match m.at {
                MadeIn::Outside(o) => reg.outside_body(&o.by).map(|b| b.name.clone()),
                MadeIn::Chapter(_) => None,
            },
            to: rec
                .to
                .iter()
                .filter_map(|id| reg.authorities.iter().find(|a| &a.id == id))
                .map(|a| a.name.clone())
                .collect(),
            settings: setting_refs(reg, &rec.settings),
            themes: rec
                .themes
                .iter()
                .filter_map(|id| reg.themes.iter().find(|t| &t.id == id))
                .map(|t| Link {
                    title: t.name.clone(),
                    url: crate::urls::recommendation_filter("theme", &t.id),
                })
                .collect(),
            nations: nation_refs(reg, &rec.nations),
            sample: r.status == ReportStatus::Sample,
            response: status
                .response_id()
                .and_then(|v| reg.scale_name(&reg.responses, v)),
            progress: status
                .progress_id()
                .and_then(|v| reg.scale_name(&reg.progress, v)),
        }
    }

    /// The recommendation's text as HTML, its links made relative to its
    /// own page; an outside body's plain text as escaped paragraphs.
    fn rec_text(&self, m: Made, url: &str) -> String {
        let MadeIn::Chapter(c) = m.at else {
            return m
                .text()
                .split("\n\n")
                .filter(|p| !p.trim().is_empty())
                .map(|p| format!("<p>{}</p>", crate::markdown::escape_html(p.trim())))
                .collect();
        };
        let doc = &c.doc;
        let links = &self.site.links;
        let root = root_for(url);
        let resolve = |dest: &str| -> Option<String> {
            let target = links.resolve(&doc.rel, dest).ok()?;
            Some(self.href(&target, url, &root))
        };
        let words = |id: &str, n: usize| self.chapter_word(id, n);
        let html = markdown::to_html(m.text(), &resolve, &words).html;
        // From a chapter not translated into the page's language.
        match &doc.lang {
            Some(l) => format!(
                r#"<div lang="{}">{html}</div>"#,
                crate::markdown::escape_html(l)
            ),
            None => html,
        }
    }
}

/// The search index's filters for a recommendation's page: its response
/// and progress now (their names, "None yet" before one) and each
/// authority it is addressed to.
fn search_filters(site: &Site, rec: &Recommendation, words: &Catalogue) -> Vec<SearchFilter> {
    let reg = &site.registry;
    let status = site.status(&rec.id, None);
    let name = |v: Option<&str>, scale| {
        v.and_then(|v| reg.scale_name(scale, v))
            .unwrap_or_else(|| words.text("filter-none-yet"))
    };
    let mut out = vec![
        SearchFilter {
            name: "response",
            value: name(status.response_id(), &reg.responses),
        },
        SearchFilter {
            name: "progress",
            value: name(status.progress_id(), &reg.progress),
        },
    ];
    out.extend(
        rec.to
            .iter()
            .filter_map(|id| reg.authorities.iter().find(|a| &a.id == id))
            .map(|a| SearchFilter {
                name: "authority",
                value: a.name.clone(),
            }),
    );
    out
}
