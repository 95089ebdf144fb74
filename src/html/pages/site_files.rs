//! The files every site has: `search/`, `404.html`, `feed.xml` (Atom) and
//! `sitemap.xml` (from the list of pages). Stage 3, render: the validated
//! site → the files' bytes; touches no files.

use crate::diagnostics::Diagnostic;
use crate::html::views::*;
use crate::html::{OutputFile, Renderer};
use serde::Serialize;

use crate::html::base_path;
use crate::html::pages::Page;
use crate::site::{ReportStatus, ReportYear};

impl Renderer<'_> {
    pub(super) fn search(&self, crumbs: Vec<Link>) -> Result<OutputFile, Diagnostic> {
        let url = crate::urls::SEARCH;
        /// The search page shows only its frame; the search runs in the browser.
        #[derive(Serialize)]
        struct View {}
        let frame = self.frame(url, &self.words.text("search-button"), None, crumbs, false);
        self.render_page("search.html", url, &frame, &View {}, url)
    }

    pub(super) fn not_found(&self) -> Result<OutputFile, Diagnostic> {
        let site = self.site;
        let mut frame = self.frame("", &self.words.text("title-not-found"), None, vec![], false);
        // Served at any depth: links must start from the site's path.
        frame.root = base_path(&site.config.base_url);
        frame.canonical = format!("{}404.html", site.config.base_url);
        let ctx = self.context("404.html", &frame, "404.html")?;
        let html = self.templates.render("404.html", &ctx, "404.html")?;
        Ok(OutputFile {
            bytes: html.into_bytes(),
            path: "404.html".to_string(),
        })
    }

    pub(super) fn feed(&self) -> Result<OutputFile, Diagnostic> {
        #[derive(Serialize)]
        struct Feed {
            reports: Vec<ReportRef>,
            updated: String,
            feed_url: String,
            root: &'static str,
        }
        let site = self.site;
        // Every report published, wherever its text is, once its
        // date is known at least to the month.
        let in_feed = |r: &&ReportYear| {
            r.status != ReportStatus::Draft && r.published.is_some_and(|d| d.month.is_some())
        };
        let published: Vec<ReportRef> = site
            .reports
            .iter()
            .rev()
            .filter(in_feed)
            .map(|r| ReportRef::new(r, self.words))
            .collect();
        // The feed changes when a report is published, never with the clock.
        let updated = site
            .reports
            .iter()
            .filter(in_feed)
            .filter_map(|r| r.published)
            .max()
            .or_else(|| site.registry.designations.last().map(|d| d.date))
            .map(|d| d.rfc3339())
            .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
        let feed = Feed {
            reports: published,
            updated,
            feed_url: format!("{}feed.xml", site.config.base_url),
            root: "",
        };
        let ctx = self.context("feed.xml", &feed, "feed.xml")?;
        let xml = self.templates.render("feed.xml", &ctx, "feed.xml")?;
        Ok(OutputFile {
            path: "feed.xml".into(),
            bytes: xml.into_bytes(),
        })
    }

    /// Every page's address, in each of the site's languages, each with
    /// its twins in the others (Google's `xhtml:link` alternates).
    pub(super) fn sitemap(&self, pages: &[Page]) -> Result<OutputFile, Diagnostic> {
        #[derive(Serialize)]
        struct Base {
            base: String,
        }
        #[derive(Serialize)]
        struct Sitemap {
            /// Site-relative, for each language's base.
            urls: Vec<String>,
            sitemap_languages: Vec<Base>,
        }
        let site = self.site;
        let urls: Vec<String> = pages.iter().filter_map(|p| p.url(site)).collect();
        let sitemap_languages = crate::html::languages(site)
            .iter()
            .enumerate()
            .map(|(i, l)| Base {
                base: match i {
                    0 => site.config.base_url.clone(),
                    _ => format!("{}{l}/", site.config.base_url),
                },
            })
            .collect();
        let view = Sitemap {
            urls,
            sitemap_languages,
        };
        let ctx = self.context("sitemap.xml", &view, "sitemap.xml")?;
        let xml = self.templates.render("sitemap.xml", &ctx, "sitemap.xml")?;
        Ok(OutputFile {
            path: "sitemap.xml".into(),
            bytes: xml.into_bytes(),
        })
    }
}
