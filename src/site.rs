//! The validated site: what `validate` hands to the renderers. Every id in
//! it resolves and every date parsed; renderers never re-check.

use std::path::PathBuf;
use std::sync::Arc;

use crate::content::date::Date;
pub use crate::content::{ChapterKind, ReportStatus};
use crate::links::LinkIndex;
use crate::registry::{Fact, Registry};

#[derive(Debug, Clone)]
pub struct SiteConfig {
    pub title: String,
    pub description: String,
    /// Absolute, ends in `/`.
    pub base_url: String,
    pub language: String,
    pub npm_name: String,
    pub coordinator: String,
    pub licence: Option<String>,
    pub licence_url: Option<String>,
    pub copyright: Option<String>,
    /// When the registry's facts were last checked: the end of the timelines
    /// and the "as at" date of the open data.
    pub registry_as_of: Option<Date>,
}

/// A Markdown document: where it is, and its text.
#[derive(Debug, Clone)]
pub struct Document {
    /// As read (for diagnostics).
    pub path: PathBuf,
    /// Relative to the content folder, e.g. `reports/2015-16/hmip.md`.
    pub rel: PathBuf,
    pub text: Arc<str>,
    pub body_start: usize,
    /// Site-relative URL of its page, e.g. `reports/2015-16/hmip/`.
    pub url: String,
}

impl Document {
    pub fn markdown(&self) -> &str {
        &self.text[self.body_start..]
    }
}

#[derive(Debug, Clone)]
pub struct Chapter {
    pub slug: String,
    pub title: String,
    pub kind: ChapterKind,
    pub body: Option<String>,
    pub summary: Option<String>,
    pub authors: Vec<String>,
    pub settings: Vec<String>,
    pub nations: Vec<String>,
    pub words: usize,
    pub doc: Document,
}

#[derive(Debug, Clone)]
pub struct ReportYear {
    /// `2015-16`: the folder name and the URL.
    pub year: String,
    pub title: String,
    pub number: u32,
    pub period_start: Date,
    pub period_end: Date,
    pub published: Option<Date>,
    pub status: ReportStatus,
    pub command_paper: Option<String>,
    pub isbn: Option<String>,
    pub word_limit: Option<usize>,
    pub summary: String,
    pub fact: Fact,
    /// In reading order; drafts only with `--drafts`.
    pub chapters: Vec<Chapter>,
    /// Bodies expected to contribute.
    pub expected: Vec<String>,
}

impl ReportYear {
    pub fn url(&self) -> String {
        format!("reports/{}/", self.year)
    }
}

#[derive(Debug, Clone)]
pub struct Page {
    pub slug: String,
    pub title: String,
    pub description: Option<String>,
    pub order: i64,
    pub doc: Document,
}

#[derive(Debug, Clone)]
pub struct Site {
    pub root: PathBuf,
    pub config: SiteConfig,
    pub registry: Registry,
    /// Oldest first.
    pub reports: Vec<ReportYear>,
    /// In `order`, then by title.
    pub pages: Vec<Page>,
    /// Files copied as they are, relative to the content folder.
    pub assets: Vec<PathBuf>,
    pub links: LinkIndex,
}
