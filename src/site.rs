//! The validated site: what `validate` hands to the renderers. Every id in
//! it resolves and every date parsed; renderers never re-check.

use std::collections::HashMap;
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
    /// From site.toml: hosts where official copies of reports may be.
    pub official_hosts: Vec<String>,
    /// The languages the site is also published in (`/cy/`), beside
    /// `language`; empty for a site in one language.
    pub translations: Vec<String>,
    /// For the site as published in one of its translations: the language
    /// its content is written in (`en-GB`), set on what is not translated.
    pub original_language: Option<String>,
}

impl SiteConfig {
    /// The absolute base of the pages in this language: `base_url`, or
    /// `<base_url><language>/` for the site as published in a translation.
    pub fn pages_base(&self) -> String {
        match &self.original_language {
            Some(_) => format!("{}{}/", self.base_url, self.language),
            None => self.base_url.clone(),
        }
    }
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
    /// The language of its text when that is not the page's: an original
    /// shown on a page of a language it has not been translated into.
    pub lang: Option<String>,
    /// For a translation shown in place of its original: the original's
    /// heading ids, which its headings take in order.
    pub heading_ids: Option<Arc<Vec<String>>>,
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
    /// Made in this chapter, in the order they are written.
    pub recommendations: Vec<Recommendation>,
    pub doc: Document,
}

/// A recommendation, written in a chapter where it is made (see
/// `markdown::recommendations`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommendation {
    /// The author's id, unique across the site.
    pub id: String,
    /// Its place in its chapter, from 1.
    pub number: usize,
    /// `recommendation-<id>`: its anchor on the chapter's page.
    pub anchor: String,
    /// Authority ids.
    pub to: Vec<String>,
    pub settings: Vec<String>,
    pub nations: Vec<String>,
    /// Theme ids (`registry/themes.toml`).
    pub themes: Vec<String>,
    /// The earlier recommendation it repeats.
    pub repeats: Option<String>,
    /// Its text: where it is in the chapter's Markdown.
    pub content: std::ops::Range<usize>,
}

/// A year frozen by `opcat-press freeze`: its PDF is these bytes.
#[derive(Debug, Clone)]
pub struct Frozen {
    /// `frozen.pdf` on disk.
    pub pdf: std::path::PathBuf,
    /// Its SHA-256, in hex, as the year page and the data show it.
    pub sha256: String,
    /// The day it was frozen.
    pub frozen: String,
    /// Each translation's PDF frozen with it: language → `frozen.cy.pdf`
    /// and its SHA-256.
    pub translations: std::collections::BTreeMap<String, (std::path::PathBuf, String)>,
}

#[derive(Debug, Clone)]
pub struct ReportYear {
    /// `2015-16`: the folder name and the URL.
    pub year: String,
    /// As printed; `None` only for an archived year whose title is not
    /// known (see `heading`).
    pub title: Option<String>,
    pub number: u32,
    pub period_start: Date,
    pub period_end: Date,
    /// Exact for a year built here; an archived year's may be a month.
    pub published: Option<Date>,
    pub status: ReportStatus,
    pub command_paper: Option<String>,
    pub isbn: Option<String>,
    pub isbn_web: Option<String>,
    pub word_limit: Option<usize>,
    pub summary: Option<String>,
    /// The year's own sources, uncertainty and note.
    pub fact: Fact,
    /// Each fact's sources: its own `[fact.<name>]`, else the year's.
    pub facts: ReportFacts,
    pub statement: Option<Statement>,
    /// Official copies, in the order written.
    pub copies: Vec<OfficialCopy>,
    /// In reading order; drafts only with `--drafts`. None when archived.
    pub chapters: Vec<Chapter>,
    /// Bodies expected to contribute (none when archived).
    pub expected: Vec<String>,
    /// What was found this year about earlier years' recommendations
    /// (`follow-up.toml`), in the order written.
    pub follow_up: Vec<FollowUp>,
    /// The year's visits in numbers (`visits.csv`), in the order written.
    pub visits: Vec<Visits>,
    /// Recommendations made by bodies outside the NPM (the SPT), recorded
    /// this year (`recommendations.toml`), in the order written.
    pub outside: Vec<OutsideRecommendation>,
    /// Set when the year is frozen: `build` publishes that PDF.
    pub frozen: Option<Frozen>,
}

/// A recommendation made by an outside body, which has no chapter here.
/// Its `rec.content` spans all of `text`.
#[derive(Debug, Clone)]
pub struct OutsideRecommendation {
    /// An id from `registry/outside-bodies.toml`.
    pub by: String,
    pub date: Date,
    /// Plain text, paragraphs separated by blank lines.
    pub text: String,
    pub rec: Recommendation,
    pub fact: Fact,
}

/// Where a recommendation is made: a chapter here, or an outside body's
/// own report.
#[derive(Debug, Clone, Copy)]
pub enum MadeIn<'a> {
    Chapter(&'a Chapter),
    Outside(&'a OutsideRecommendation),
}

/// A recommendation with the year it belongs to and where it is made.
#[derive(Debug, Clone, Copy)]
pub struct Made<'a> {
    pub year: &'a ReportYear,
    pub rec: &'a Recommendation,
    pub at: MadeIn<'a>,
}

impl<'a> Made<'a> {
    /// Who made it: a member body's id, `npm` for a chapter without a
    /// body, or an outside body's id.
    pub fn maker(&self) -> &'a str {
        match self.at {
            MadeIn::Chapter(c) => c.body.as_deref().unwrap_or("npm"),
            MadeIn::Outside(o) => &o.by,
        }
    }

    /// Its text as written: Markdown in a chapter, plain text outside.
    pub fn text(&self) -> &'a str {
        match self.at {
            MadeIn::Chapter(c) => c.doc.markdown().get(self.rec.content.clone()).unwrap_or(""),
            MadeIn::Outside(o) => &o.text,
        }
    }

    /// The chapter it is made in, if it is made here.
    pub fn chapter(&self) -> Option<&'a Chapter> {
        match self.at {
            MadeIn::Chapter(c) => Some(c),
            MadeIn::Outside(_) => None,
        }
    }
}

/// One row of a year's visits in numbers: a body's visits or inspections
/// of one setting in one nation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visits {
    pub body: String,
    pub setting: String,
    pub nation: String,
    pub visits: u32,
    /// Where known.
    pub announced: Option<u32>,
    pub unannounced: Option<u32>,
    pub sources: Vec<String>,
}

/// One follow-up of a recommendation: the authority's response, the
/// progress found, or both, on a date.
#[derive(Debug, Clone)]
pub struct FollowUp {
    pub recommendation: String,
    pub date: Date,
    /// Ids from the response and progress scales (`registry/follow-up.toml`).
    pub response: Option<String>,
    pub progress: Option<String>,
    /// The response's own words, where quoted.
    pub quote: Option<String>,
    pub fact: Fact,
}

/// A recommendation's status: its latest response and its latest progress,
/// each with the year it was recorded in; `None` until one is.
#[derive(Debug, Clone, Copy, Default)]
pub struct Status<'a> {
    pub response: Option<(&'a ReportYear, &'a FollowUp)>,
    pub progress: Option<(&'a ReportYear, &'a FollowUp)>,
}

impl<'a> Status<'a> {
    /// The id of the latest response, if one is recorded.
    pub fn response_id(&self) -> Option<&'a str> {
        self.response.and_then(|(_, f)| f.response.as_deref())
    }

    /// The id of the latest progress, if one is recorded.
    pub fn progress_id(&self) -> Option<&'a str> {
        self.progress.and_then(|(_, f)| f.progress.as_deref())
    }
}

/// The sources of each fact of a report year.
#[derive(Debug, Clone, Default)]
pub struct ReportFacts {
    pub number: Fact,
    pub title: Fact,
    pub period: Fact,
    pub published: Fact,
    pub command_paper: Fact,
    pub isbn: Fact,
}

/// The written ministerial statement that announced a report.
#[derive(Debug, Clone)]
pub struct Statement {
    pub reference: Option<String>,
    pub date: Option<Date>,
    /// An official address (checked like an official copy's).
    pub url: Option<String>,
    pub fact: Fact,
}

/// A copy of a report on an official site.
#[derive(Debug, Clone)]
pub struct OfficialCopy {
    pub url: String,
    pub title: String,
    pub fact: Fact,
}

impl ReportYear {
    pub fn url(&self) -> String {
        crate::urls::year(&self.year)
    }

    /// The recommendations made in this year's chapters, in reading order,
    /// then those of outside bodies it records.
    pub fn made(&self) -> impl Iterator<Item = Made<'_>> {
        let in_chapters = self.chapters.iter().flat_map(move |c| {
            c.recommendations.iter().map(move |rec| Made {
                year: self,
                rec,
                at: MadeIn::Chapter(c),
            })
        });
        let outside = self.outside.iter().map(move |o| Made {
            year: self,
            rec: &o.rec,
            at: MadeIn::Outside(o),
        });
        in_chapters.chain(outside)
    }

    /// A record of a report published elsewhere: no chapters, no PDF.
    pub fn is_archived(&self) -> bool {
        self.status == ReportStatus::Archived
    }

    /// The title, or when it is not known, what the year is called instead:
    /// "13th annual report, 2021-22".
    /// [`ReportYear::heading`] in the language of `words`.
    pub fn heading_in(&self, words: &crate::i18n::Catalogue) -> String {
        match &self.title {
            Some(t) => t.clone(),
            None => words.tf(
                "report-heading",
                &[
                    ("number", crate::i18n::Var::N(i64::from(self.number))),
                    ("year", self.year.as_str().into()),
                ],
            ),
        }
    }

    pub fn heading(&self) -> String {
        match &self.title {
            Some(t) => t.clone(),
            None => format!(
                "{} annual report, {}",
                ordinal_figures(self.number),
                self.year
            ),
        }
    }
}

/// `1st`, `2nd`, `3rd`, `11th`, `22nd`.
pub fn ordinal_figures(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[derive(Debug, Clone)]
pub struct Page {
    pub slug: String,
    pub title: String,
    pub description: Option<String>,
    pub order: i64,
    pub doc: Document,
}

/// A chapter or page translated: `hiw.cy.md` beside `hiw.md`.
#[derive(Debug, Clone)]
pub struct Translation {
    pub language: String,
    /// The original's path relative to the content folder (its
    /// `Document::rel`).
    pub original: PathBuf,
    pub title: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    /// The SHA-256 of the original this translates, as recorded.
    pub translates: Option<String>,
    /// Its text: its `rel` is its own file's, its `url` the original's.
    pub doc: Document,
    /// Where each recommendation's text is in its Markdown, by id: the
    /// same ids as the original's, in the same order.
    pub recommendations: Vec<(String, std::ops::Range<usize>)>,
}

/// The registry's words in one of the languages the site is translated
/// into (`registry/translations/<language>.toml`), by id.
#[derive(Debug, Clone, Default)]
pub struct RegistryWords {
    pub language: String,
    pub nations: HashMap<String, String>,
    /// (name, description).
    pub settings: HashMap<String, (Option<String>, Option<String>)>,
    pub bodies: HashMap<String, BodyWords>,
    pub authorities: HashMap<String, String>,
}

/// A year's title and summary in one of the languages the site is
/// translated into (`reports/<year>/report.<language>.toml`).
#[derive(Debug, Clone)]
pub struct ReportWords {
    pub language: String,
    pub year: String,
    pub title: Option<String>,
    pub summary: Option<String>,
}

/// A member body's words in another language: its current name,
/// abbreviation and summary.
#[derive(Debug, Clone, Default)]
pub struct BodyWords {
    pub name: Option<String>,
    pub abbreviation: Option<String>,
    pub summary: Option<String>,
}

/// How a translation stands against its original now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TranslationState {
    Current,
    /// The original changed since (or the translation records no version).
    OutOfDate,
    Missing,
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
    /// Recommendations and their follow-up by id, so that no page has to
    /// search the whole record.
    pub recommendation_index: RecommendationIndex,
    /// Translations of chapters and pages, into `config.translations`.
    pub translations: Vec<Translation>,
    /// The registry's words in `config.translations`' languages.
    pub registry_words: Vec<RegistryWords>,
    /// The years' titles and summaries in those languages.
    pub report_words: Vec<ReportWords>,
}

/// Where each recommendation is, its follow-up and what repeats it, by id.
/// Positions are indexes into `Site::reports` and its years' lists.
#[derive(Debug, Clone, Default)]
pub struct RecommendationIndex {
    made: HashMap<String, Position>,
    /// (report, follow-up entry), oldest first: by date, then by year and
    /// order written.
    follow_up: HashMap<String, Vec<(usize, usize)>>,
    /// The ids of the recommendations that repeat it, newest year first.
    repeated_by: HashMap<String, Vec<String>>,
}

/// Where a recommendation is in `Site::reports`: (report, chapter, its
/// place in the chapter), or (report, its place in `outside`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Chapter(usize, usize, usize),
    Outside(usize, usize),
}

impl RecommendationIndex {
    pub fn new(reports: &[ReportYear]) -> RecommendationIndex {
        let mut index = RecommendationIndex::default();
        for (ri, r) in reports.iter().enumerate() {
            for (ci, c) in r.chapters.iter().enumerate() {
                for (i, rec) in c.recommendations.iter().enumerate() {
                    index
                        .made
                        .insert(rec.id.clone(), Position::Chapter(ri, ci, i));
                }
            }
            for (i, o) in r.outside.iter().enumerate() {
                index
                    .made
                    .insert(o.rec.id.clone(), Position::Outside(ri, i));
            }
            for (fi, f) in r.follow_up.iter().enumerate() {
                index
                    .follow_up
                    .entry(f.recommendation.clone())
                    .or_default()
                    .push((ri, fi));
            }
        }
        for list in index.follow_up.values_mut() {
            list.sort_by_key(|&(ri, fi)| reports[ri].follow_up[fi].date);
        }
        for r in reports.iter().rev() {
            let outside = r.outside.iter().map(|o| &o.rec);
            for rec in r
                .chapters
                .iter()
                .flat_map(|c| &c.recommendations)
                .chain(outside)
            {
                if let Some(earlier) = &rec.repeats {
                    index
                        .repeated_by
                        .entry(earlier.clone())
                        .or_default()
                        .push(rec.id.clone());
                }
            }
        }
        index
    }
}

impl Site {
    /// The follow-up of recommendation `id`, oldest first (by date, then
    /// by year and order written).
    pub fn follow_up_of(&self, id: &str) -> Vec<(&ReportYear, &FollowUp)> {
        let places = self.recommendation_index.follow_up.get(id);
        places
            .into_iter()
            .flatten()
            .filter_map(|&(ri, fi)| {
                let r = self.reports.get(ri)?;
                Some((r, r.follow_up.get(fi)?))
            })
            .collect()
    }

    /// Recommendation `id`, with its year and where it is made.
    pub fn recommendation(&self, id: &str) -> Option<Made<'_>> {
        self.made_at(*self.recommendation_index.made.get(id)?)
    }

    /// The recommendation at `p`.
    pub fn made_at(&self, p: Position) -> Option<Made<'_>> {
        match p {
            Position::Chapter(ri, ci, i) => {
                let year = self.reports.get(ri)?;
                let c = year.chapters.get(ci)?;
                Some(Made {
                    year,
                    rec: c.recommendations.get(i)?,
                    at: MadeIn::Chapter(c),
                })
            }
            Position::Outside(ri, i) => {
                let year = self.reports.get(ri)?;
                let o = year.outside.get(i)?;
                Some(Made {
                    year,
                    rec: &o.rec,
                    at: MadeIn::Outside(o),
                })
            }
        }
    }

    /// Every recommendation with its position, newest year first; in a
    /// year, the chapters' in reading order, then the outside bodies'.
    pub fn recommendations(&self) -> impl Iterator<Item = (Position, Made<'_>)> {
        self.reports
            .iter()
            .enumerate()
            .rev()
            .flat_map(move |(ri, r)| {
                let in_chapters = r.chapters.iter().enumerate().flat_map(move |(ci, c)| {
                    (0..c.recommendations.len()).map(move |i| Position::Chapter(ri, ci, i))
                });
                let outside = (0..r.outside.len()).map(move |i| Position::Outside(ri, i));
                in_chapters
                    .chain(outside)
                    .filter_map(move |p| Some((p, self.made_at(p)?)))
            })
    }

    /// Whether any recommendation is made or recorded.
    pub fn has_recommendations(&self) -> bool {
        !self.recommendation_index.made.is_empty()
    }

    /// The ids of the recommendations that repeat `id`, newest year first.
    pub fn repeated_by(&self, id: &str) -> &[String] {
        self.recommendation_index
            .repeated_by
            .get(id)
            .map_or(&[], Vec::as_slice)
    }

    /// The status of recommendation `id` as it stood on `as_at` (every
    /// follow-up dated on or before it), or as it stands now.
    pub fn status(&self, id: &str, as_at: Option<Date>) -> Status<'_> {
        let mut status = Status::default();
        for (r, f) in self.follow_up_of(id) {
            if as_at.is_some_and(|d| f.date > d) {
                break;
            }
            if f.response.is_some() {
                status.response = Some((r, f));
            }
            if f.progress.is_some() {
                status.progress = Some((r, f));
            }
        }
        status
    }

    /// The years built here, with chapters and a PDF: all but the archived.
    pub fn built_reports(&self) -> impl Iterator<Item = &ReportYear> {
        self.reports.iter().filter(|r| !r.is_archived())
    }
}
