//! Stage 3, render (HTML): the one list of the site's pages, and which
//! module renders each family. The sitemap and the A to Z index are read
//! from this list, so a page added here is in both, and a page not here is
//! not built. Touches no files.
//!
//! To add a family of pages: a variant of `Page`, its pages in `all`, its
//! URL in `Page::url` (and A to Z entries in `Page::a_z`, if any), and a
//! module with its render function, named in `Renderer::page`.

mod a_z;
mod body;
mod data;
pub(crate) mod finder;
mod history;
mod home;
mod nation;
mod page;
mod recommendation_filters;
mod recommendations;
mod registry;
mod reports;
mod setting;
mod site_files;

use a_z::AtoZEntry;

use crate::diagnostics::Diagnostic;
use crate::html::views::{body_url, nation_ref, setting_ref};
use crate::html::{OutputFile, Renderer, crumb};
use crate::i18n::Catalogue;
use crate::registry::MemberBody;
use crate::site::{ReportYear, Site};
use crate::urls;

/// A page or file of the site.
pub(crate) enum Page<'a> {
    Home,
    Registry,
    Coverage,
    History,
    Reports,
    Body(&'a MemberBody),
    /// A setting, by its index in the registry.
    Setting(usize),
    Nation(usize),
    /// The finder's answer for one setting in one nation.
    Finder(usize, usize),
    AtoZ,
    Data,
    Year(&'a ReportYear),
    Chapter(&'a ReportYear, usize),
    /// The register of recommendations, when there is one.
    Recommendations,
    /// A recommendation, made in a chapter or by an outside body.
    Recommendation(crate::site::Made<'a>),
    /// The register filtered by one value of one filter.
    RecommendationFilter(recommendation_filters::FilterValue),
    /// A page of `content/pages/`.
    Static(usize),
    Search,
    NotFound,
    Feed,
    Sitemap,
}

/// Every page of the site, in the sitemap's order.
pub(crate) fn all(site: &Site) -> Vec<Page<'_>> {
    let reg = &site.registry;
    let mut pages = vec![
        Page::Home,
        Page::Registry,
        Page::Coverage,
        Page::History,
        Page::Reports,
    ];
    pages.extend(reg.bodies.iter().map(Page::Body));
    pages.extend((0..reg.settings.len()).map(Page::Setting));
    pages.extend((0..reg.nations.len()).map(Page::Nation));
    for s in 0..reg.settings.len() {
        pages.extend((0..reg.nations.len()).map(|n| Page::Finder(s, n)));
    }
    pages.push(Page::AtoZ);
    pages.push(Page::Data);
    for r in &site.reports {
        pages.push(Page::Year(r));
        pages.extend((0..r.chapters.len()).map(|i| Page::Chapter(r, i)));
    }
    if site.has_recommendations() {
        pages.push(Page::Recommendations);
        pages.extend(site.recommendations().map(|(_, m)| Page::Recommendation(m)));
        pages.extend(
            recommendation_filters::filter_values(site)
                .into_iter()
                .map(Page::RecommendationFilter),
        );
    }
    pages.extend((0..site.pages.len()).map(Page::Static));
    pages.extend([Page::Search, Page::NotFound, Page::Feed, Page::Sitemap]);
    pages
}

impl Page<'_> {
    /// Its address under the site, for the sitemap: `None` for what is not
    /// a page to find (the search page, the 404 page, the feed, the sitemap).
    pub(crate) fn url(&self, site: &Site) -> Option<String> {
        let reg = &site.registry;
        Some(match self {
            Page::Home => urls::HOME.into(),
            Page::Registry => urls::REGISTRY.into(),
            Page::Coverage => urls::COVERAGE.into(),
            Page::History => urls::HISTORY.into(),
            Page::Reports => urls::REPORTS.into(),
            Page::Body(b) => body_url(&b.id),
            Page::Setting(i) => setting_ref(&reg.settings[*i]).url,
            Page::Nation(i) => nation_ref(&reg.nations[*i]).url,
            Page::Finder(s, n) => finder::finder_url(&reg.settings[*s].id, &reg.nations[*n].id),
            Page::AtoZ => urls::A_Z.into(),
            Page::Data => urls::DATA.into(),
            Page::Year(r) => r.url(),
            Page::Chapter(r, i) => r.chapters[*i].doc.url.clone(),
            Page::Recommendations => urls::RECOMMENDATIONS.into(),
            Page::Recommendation(m) => urls::recommendation(&m.rec.id),
            Page::RecommendationFilter(v) => urls::recommendation_filter(v.facet.slug(), &v.id),
            Page::Static(i) => site.pages[*i].doc.url.clone(),
            Page::Search | Page::NotFound | Page::Feed | Page::Sitemap => return None,
        })
    }

    /// Its entries in the A to Z index: a body under each of its names.
    fn a_z(&self, site: &Site, words: &Catalogue) -> Vec<AtoZEntry> {
        let reg = &site.registry;
        let entry = |title: &str, url: String, hint: String| AtoZEntry {
            title: title.to_string(),
            url,
            hint,
        };
        match self {
            Page::Body(b) => body_entries(b, words),
            Page::Setting(i) => {
                let s = &reg.settings[*i];
                vec![entry(
                    &s.name,
                    setting_ref(s).url,
                    words.text("a-z-hint-setting"),
                )]
            }
            Page::Nation(i) => {
                let n = &reg.nations[*i];
                vec![entry(
                    &n.name,
                    nation_ref(n).url,
                    words.text("a-z-hint-nation"),
                )]
            }
            Page::Year(r) => vec![entry(
                &r.heading_in(words),
                r.url(),
                words.tf("a-z-hint-year", &[("year", r.year.as_str().into())]),
            )],
            Page::Chapter(r, i) => {
                let c = &r.chapters[*i];
                vec![entry(
                    &c.title,
                    c.doc.url.clone(),
                    words.tf("a-z-hint-chapter", &[("year", r.year.as_str().into())]),
                )]
            }
            Page::Static(i) => {
                let p = &site.pages[*i];
                vec![entry(
                    &p.title,
                    p.doc.url.clone(),
                    words.text("a-z-hint-page"),
                )]
            }
            Page::Data => vec![entry(
                &words.text("title-data"),
                urls::DATA.into(),
                words.text("a-z-hint-page"),
            )],
            Page::Recommendations => vec![entry(
                &words.text("title-recommendations"),
                urls::RECOMMENDATIONS.into(),
                words.text("a-z-hint-register"),
            )],
            _ => Vec::new(),
        }
    }
}

/// A body under its name, its abbreviation and its former names.
fn body_entries(b: &MemberBody, words: &Catalogue) -> Vec<AtoZEntry> {
    let url = body_url(&b.id);
    let mut out = Vec::new();
    let mut add = |title: &str, hint: String| {
        out.push(AtoZEntry {
            title: title.to_string(),
            url: url.clone(),
            hint,
        })
    };
    let status = if b.is_current() {
        "a-z-hint-body"
    } else {
        "a-z-hint-former-body"
    };
    add(&b.name, words.text(status));
    if !b.abbreviation.is_empty() && b.abbreviation != b.name {
        add(&b.abbreviation, b.name.clone());
    }
    for n in &b.names {
        add(
            &n.name,
            words.tf("a-z-hint-former-name", &[("body", b.name.as_str().into())]),
        );
        if let Some(a) = n.abbreviation.as_deref().filter(|a| *a != b.abbreviation) {
            add(
                a,
                words.tf(
                    "a-z-hint-former-abbreviation",
                    &[("body", b.name.as_str().into())],
                ),
            );
        }
    }
    out
}

impl Renderer<'_> {
    /// Renders one page with the module of its family. `pages` is the
    /// whole list, which the sitemap and the A to Z index are read from.
    pub(crate) fn page(&self, page: &Page, pages: &[Page]) -> Result<OutputFile, Diagnostic> {
        let words = self.words;
        let home = || crumb(&words.text("crumb-home"), urls::HOME);
        let registry = || vec![home(), crumb(&words.text("nav-registry"), urls::REGISTRY)];
        let reports = || vec![home(), crumb(&words.text("nav-reports"), urls::REPORTS)];
        match page {
            Page::Home => self.home(),
            Page::Registry => self.registry_index(vec![home()]),
            Page::Coverage => self.coverage(registry()),
            Page::History => self.history_page(registry()),
            Page::Reports => self.reports_index(vec![home()]),
            Page::Body(b) => self.body_page(b, registry()),
            Page::Setting(i) => self.setting(*i, registry()),
            Page::Nation(i) => self.nation(*i, registry()),
            Page::Finder(s, n) => self.finder_page(*s, *n, registry()),
            Page::AtoZ => self.a_z(vec![home()], pages),
            Page::Data => self.data_page(vec![home()]),
            Page::Year(r) => self.year_page(r, reports()),
            Page::Chapter(r, i) => self.chapter_page(r, *i, reports()),
            Page::Recommendations => self.register(vec![home()]),
            Page::Recommendation(m) => self.recommendation_page(
                *m,
                vec![
                    home(),
                    crumb(&words.text("title-recommendations"), urls::RECOMMENDATIONS),
                ],
            ),
            Page::RecommendationFilter(v) => self.filter_page(v),
            Page::Static(i) => self.static_page(*i, vec![home()]),
            Page::Search => self.search(vec![home()]),
            Page::NotFound => self.not_found(),
            Page::Feed => self.feed(),
            Page::Sitemap => self.sitemap(pages),
        }
    }
}
