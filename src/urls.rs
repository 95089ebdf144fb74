//! Every page's and file's address in the site, relative to its root
//! (`registry/bodies/hmip/`, `reports/2016-17/annual-report-2016-17.pdf`),
//! written once for the pages, the PDF, the data files, validation and
//! `serve`. Pure functions: touches nothing.
//!
//! The ids in them are the content's file and key names, promised never to
//! change once published, so these addresses do not change either.

/// The home page.
pub const HOME: &str = "";
/// The registry of member bodies, and the finder's grid.
pub const REGISTRY: &str = "registry/";
/// The setting × nation matrix.
pub const COVERAGE: &str = "registry/coverage/";
/// The designation instruments and membership over time.
pub const HISTORY: &str = "registry/history/";
/// The report series.
pub const REPORTS: &str = "reports/";
/// The register of recommendations.
pub const RECOMMENDATIONS: &str = "recommendations/";
/// The A to Z index.
pub const A_Z: &str = "a-z/";
/// The open data's documentation; the files are under it.
pub const DATA: &str = "data/";
/// The search page.
pub const SEARCH: &str = "search/";

/// A designation instrument on the history page.
pub fn instrument(id: &str) -> String {
    format!("{HISTORY}#{id}")
}

/// A member body's page: `registry/bodies/<id>/`.
pub fn body(id: &str) -> String {
    format!("registry/bodies/{id}/")
}

/// A kind of detention's page: `registry/settings/<id>/`.
pub fn setting(id: &str) -> String {
    format!("registry/settings/{id}/")
}

/// A nation's page: `registry/nations/<id>/`.
pub fn nation(id: &str) -> String {
    format!("registry/nations/{id}/")
}

/// The finder's answer for one setting in one nation.
pub fn finder(setting: &str, nation: &str) -> String {
    format!("registry/settings/{setting}/{nation}/")
}

/// The register's filters: folders under `recommendations/`, so never a
/// recommendation's id.
pub const RECOMMENDATION_FILTERS: [&str; 8] = [
    "response",
    "progress",
    "authority",
    "setting",
    "nation",
    "body",
    "year",
    "theme",
];

/// The register filtered by one value: `recommendations/<filter>/<value>/`.
pub fn recommendation_filter(filter: &str, value: &str) -> String {
    format!("{RECOMMENDATIONS}{filter}/{value}/")
}

/// A recommendation's page: `recommendations/<id>/`.
pub fn recommendation(id: &str) -> String {
    format!("{RECOMMENDATIONS}{id}/")
}

/// A report year's page: `reports/<year>/`.
pub fn year(year: &str) -> String {
    format!("reports/{year}/")
}

/// A chapter's page: `reports/<year>/<slug>/`.
pub fn chapter(year: &str, slug: &str) -> String {
    format!("reports/{year}/{slug}/")
}

/// A page of `content/pages/`: `<slug>/`.
pub fn page(slug: &str) -> String {
    format!("{slug}/")
}

/// A report year's PDF: `reports/<year>/annual-report-<year>.pdf`.
pub fn pdf(year: &str) -> String {
    format!("reports/{year}/annual-report-{year}.pdf")
}

#[cfg(test)]
mod tests {
    #[test]
    fn addresses_end_in_a_slash_except_files() {
        assert_eq!(super::body("hmip"), "registry/bodies/hmip/");
        assert_eq!(
            super::finder("prisons", "wales"),
            "registry/settings/prisons/wales/"
        );
        assert_eq!(super::chapter("2016-17", "hiw"), "reports/2016-17/hiw/");
        assert_eq!(
            super::pdf("2016-17"),
            "reports/2016-17/annual-report-2016-17.pdf"
        );
    }
}
