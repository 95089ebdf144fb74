//! `recommendations/<filter>/<value>/`: the register filtered by one value
//! of one filter (a response, a progress, an authority, a kind of
//! detention, a nation, who made it, a year, a theme), each a static page
//! with its count that works without JavaScript; and the filters' values
//! with their counts, for the register's own filter controls. Stage 3,
//! render: the validated site → the pages' bytes; touches no files.

use std::collections::HashMap;

use serde::Serialize;

use super::recommendations::RecView;
use crate::diagnostics::Diagnostic;
use crate::html::views::Link;
use crate::html::{OutputFile, Renderer, crumb};
use crate::i18n::Catalogue;
use crate::site::{Made, Position, Site};

/// What the register can be filtered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Facet {
    Response,
    Progress,
    Authority,
    Setting,
    Nation,
    Body,
    Year,
    Theme,
}

pub(crate) const FACETS: [Facet; 8] = [
    Facet::Response,
    Facet::Progress,
    Facet::Authority,
    Facet::Setting,
    Facet::Nation,
    Facet::Body,
    Facet::Year,
    Facet::Theme,
];

/// The value of the response and progress filters before any is recorded.
pub(crate) const NONE_YET: &str = "none-yet";
/// The value of the "made by" filter for the NPM as a whole.
pub(crate) const NPM: &str = "npm";

impl Facet {
    /// Its folder under `recommendations/`; never a recommendation's id
    /// (`validate` rejects these ids).
    pub(crate) fn slug(self) -> &'static str {
        match self {
            Facet::Response => "response",
            Facet::Progress => "progress",
            Facet::Authority => "authority",
            Facet::Setting => "setting",
            Facet::Nation => "nation",
            Facet::Body => "body",
            Facet::Year => "year",
            Facet::Theme => "theme",
        }
    }

    /// The filter's name, from the catalogue (`filter-response`, …).
    fn heading(self, words: &Catalogue) -> String {
        words.text(&format!("filter-{}", self.slug()))
    }

    /// The page's title for one value, by its name (`filter-title-response`, …).
    fn title(self, name: &str, words: &Catalogue) -> String {
        words.tf(
            &format!("filter-title-{}", self.slug()),
            &[("name", name.into())],
        )
    }

    /// The ids recommendation `rec` has for this filter.
    pub(crate) fn values_of(self, site: &Site, m: Made) -> Vec<String> {
        let rec = m.rec;
        let one = |v: Option<&str>| vec![v.unwrap_or(NONE_YET).to_string()];
        match self {
            Facet::Response => {
                let s = site.status(&rec.id, None);
                one(s.response_id())
            }
            Facet::Progress => {
                let s = site.status(&rec.id, None);
                one(s.progress_id())
            }
            Facet::Authority => rec.to.clone(),
            Facet::Setting => rec.settings.clone(),
            Facet::Nation => rec.nations.clone(),
            Facet::Body => vec![m.maker().to_string()],
            Facet::Year => vec![m.year.year.clone()],
            Facet::Theme => rec.themes.clone(),
        }
    }

    /// Every value this filter can have, in the order shown, with its name.
    fn vocabulary(self, site: &Site) -> Vec<(String, String)> {
        let reg = &site.registry;
        let pairs = |v: Vec<(&String, &String)>| {
            v.into_iter()
                .map(|(id, name)| (id.clone(), name.clone()))
                .collect::<Vec<_>>()
        };
        let none_yet = (NONE_YET.to_string(), "None yet".to_string());
        match self {
            Facet::Response => {
                let mut v = pairs(reg.responses.iter().map(|s| (&s.id, &s.name)).collect());
                v.push(none_yet);
                v
            }
            Facet::Progress => {
                let mut v = pairs(reg.progress.iter().map(|s| (&s.id, &s.name)).collect());
                v.push(none_yet);
                v
            }
            Facet::Authority => pairs(reg.authorities.iter().map(|a| (&a.id, &a.name)).collect()),
            Facet::Setting => pairs(reg.settings.iter().map(|s| (&s.id, &s.name)).collect()),
            Facet::Nation => pairs(reg.nations.iter().map(|n| (&n.id, &n.name)).collect()),
            Facet::Body => {
                let mut v = vec![(NPM.to_string(), site.config.npm_name.clone())];
                v.extend(pairs(reg.bodies.iter().map(|b| (&b.id, &b.name)).collect()));
                v.extend(pairs(
                    reg.outside_bodies
                        .iter()
                        .map(|b| (&b.id, &b.name))
                        .collect(),
                ));
                v
            }
            Facet::Year => site
                .reports
                .iter()
                .rev()
                .map(|r| (r.year.clone(), r.year.clone()))
                .collect(),
            Facet::Theme => pairs(reg.themes.iter().map(|t| (&t.id, &t.name)).collect()),
        }
    }
}

/// One value of one filter, with the recommendations that have it, newest
/// year first.
pub(crate) struct FilterValue {
    pub facet: Facet,
    pub id: String,
    pub name: String,
    pub places: Vec<Position>,
}

impl FilterValue {
    /// Its name as the pages show it: "None yet" in the page's language.
    fn name_in(&self, words: &Catalogue) -> String {
        if self.id == NONE_YET {
            words.text("filter-none-yet")
        } else {
            self.name.clone()
        }
    }
}

/// Every value of every filter that at least one recommendation has, in
/// the filters' order: one pass over the record.
pub(crate) fn filter_values(site: &Site) -> Vec<FilterValue> {
    let mut found: HashMap<(Facet, String), Vec<Position>> = HashMap::new();
    for (p, m) in site.recommendations() {
        for facet in FACETS {
            for v in facet.values_of(site, m) {
                found.entry((facet, v)).or_default().push(p);
            }
        }
    }
    let mut out = Vec::new();
    for facet in FACETS {
        for (id, name) in facet.vocabulary(site) {
            if let Some(places) = found.remove(&(facet, id.clone())) {
                out.push(FilterValue {
                    facet,
                    id,
                    name,
                    places,
                });
            }
        }
    }
    out
}

/// A filter with its values, for the register's controls.
#[derive(Serialize)]
pub(super) struct FilterView {
    /// Its folder, also the rows' `data-` attribute and the control's id.
    slug: &'static str,
    heading: String,
    values: Vec<ValueLink>,
}

#[derive(Serialize)]
struct ValueLink {
    id: String,
    name: String,
    count: usize,
    url: String,
}

/// The filters and their values with counts, as the register shows them.
pub(super) fn filter_views(values: &[FilterValue], words: &Catalogue) -> Vec<FilterView> {
    let mut out: Vec<FilterView> = Vec::new();
    for v in values {
        if out.last().is_none_or(|f| f.slug != v.facet.slug()) {
            out.push(FilterView {
                slug: v.facet.slug(),
                heading: v.facet.heading(words),
                values: Vec::new(),
            });
        }
        if let Some(f) = out.last_mut() {
            f.values.push(ValueLink {
                id: v.id.clone(),
                name: v.name_in(words),
                count: v.places.len(),
                url: crate::urls::recommendation_filter(v.facet.slug(), &v.id),
            });
        }
    }
    out
}

#[derive(Serialize)]
struct FilterPage<'a> {
    heading: String,
    name: String,
    count: usize,
    recommendations: Vec<RecView<'a>>,
}

impl Renderer<'_> {
    pub(super) fn filter_page(&self, v: &FilterValue) -> Result<OutputFile, Diagnostic> {
        let url = crate::urls::recommendation_filter(v.facet.slug(), &v.id);
        let name = v.name_in(self.words);
        let title = v.facet.title(&name, self.words);
        let crumbs: Vec<Link> = vec![
            crumb(&self.words.text("crumb-home"), crate::urls::HOME),
            crumb(
                &self.words.text("title-recommendations"),
                crate::urls::RECOMMENDATIONS,
            ),
        ];
        // Not in the search index: every row is already there on its own page.
        let frame = self.frame(&url, &title, None, crumbs, false);
        let site = self.site;
        let recommendations: Vec<RecView> = v
            .places
            .iter()
            .filter_map(|&p| Some(self.rec_view(site.made_at(p)?)))
            .collect();
        let view = FilterPage {
            heading: v.facet.heading(self.words),
            name,
            count: recommendations.len(),
            recommendations,
        };
        self.render_page("recommendations/filter.html", &url, &frame, &view, &url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filters_folders_are_the_ids_validation_keeps_free() {
        let slugs: Vec<&str> = FACETS.iter().map(|f| f.slug()).collect();
        assert_eq!(slugs, crate::urls::RECOMMENDATION_FILTERS);
    }
}
