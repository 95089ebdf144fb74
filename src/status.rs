//! `status`: where a report year stands, for the Secretariat. Reads the
//! content folder (and the chapter files' modification times); writes
//! nothing.
//!
//! The expected contributors are the year's `expected` list in report.toml,
//! or else the bodies that were members at the period's end (as `build`
//! decides). Each one has submitted when a member chapter names it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::diagnostics::{Diagnostic, Report, Severity};
use crate::site::{ChapterKind, ReportYear, Site};
use crate::{Outcome, content, validate};

/// One expected contributor's row.
#[derive(Debug, Serialize)]
pub struct Row {
    pub body: String,
    pub name: String,
    pub abbreviation: String,
    pub submitted: bool,
    /// Its front matter could not be read: `check` says why.
    pub unreadable: bool,
    /// The chapter file, relative to the content folder.
    pub file: Option<String>,
    pub words: Option<usize>,
    pub over_limit: bool,
    pub errors: usize,
    pub warnings: usize,
    /// RFC 3339, UTC, to the second.
    pub modified: Option<String>,
    /// Its recommendations from earlier years still open when this year
    /// began (latest progress not the best on the scale).
    pub open_recommendations: usize,
    /// How many of those this year's `follow-up.toml` records.
    pub followed_up: usize,
    /// Its visits in the year's `visits.csv`; `None` until it has a row.
    pub visits: Option<u32>,
}

/// A chapter that is not an expected contributor's: the foreword, thematic
/// chapters, or a chapter from a body not expected this year.
#[derive(Debug, Serialize)]
pub struct Other {
    pub file: String,
    pub title: String,
    pub kind: ChapterKind,
    pub words: usize,
    pub errors: usize,
    pub warnings: usize,
}

/// One chapter in one of the languages the site is translated into.
#[derive(Debug, Serialize)]
pub struct TranslationRow {
    pub language: String,
    /// The original, relative to the content folder.
    pub file: String,
    /// Its translation's file, when there is one.
    pub translation: Option<String>,
    /// `current`, `out-of-date` or `missing`.
    pub state: &'static str,
    /// The original's SHA-256 now: what an up-to-date translation records
    /// in `translates`.
    pub sha256: String,
}

#[derive(Debug, Serialize)]
pub struct Totals {
    pub expected: usize,
    pub submitted: usize,
    pub missing: usize,
    pub over_limit: usize,
    pub errors: usize,
    pub warnings: usize,
}

#[derive(Debug, Serialize)]
pub struct Status {
    pub year: String,
    pub title: String,
    /// A record of a report published elsewhere: nothing is collected for it.
    pub archived: bool,
    pub period_start: String,
    pub period_end: String,
    pub word_limit: Option<usize>,
    /// Ids of the expected contributors with no chapter, in table order.
    pub missing: Vec<String>,
    pub rows: Vec<Row>,
    pub other_chapters: Vec<Other>,
    /// Each chapter in each language the site is translated into.
    pub translations: Vec<TranslationRow>,
    pub totals: Totals,
}

/// The status of `year` (the latest year when `None`).
pub fn status(content_dir: &Path, year: Option<&str>) -> Outcome<Status> {
    let mut report = Report::default();
    let (loaded, load_diags) = content::load(content_dir);
    let sources = loaded.text.clone();
    let opts = validate::Options::for_checking();
    let (site, diags) = validate::validate(&loaded, &opts);
    let mut counts: HashMap<PathBuf, (usize, usize)> = HashMap::new();
    for d in load_diags.iter().chain(&diags) {
        let c = counts.entry(d.file.clone()).or_default();
        match d.severity {
            Severity::Error => c.0 += 1,
            Severity::Warning => c.1 += 1,
        }
    }
    let years: Vec<&str> = loaded.reports.iter().map(|r| r.year.as_str()).collect();
    // By default the latest year built here: an archived year is a record
    // of a report published elsewhere, with nothing to collect.
    let built = |d: &&content::ReportDir| {
        d.config
            .as_ref()
            .is_none_or(|c| *c.data.status.get_ref() != content::ReportStatus::Archived)
    };
    let wanted = year
        .map(str::to_string)
        .or_else(|| {
            loaded
                .reports
                .iter()
                .filter(built)
                .map(|d| d.year.clone())
                .max()
        })
        .or_else(|| years.iter().max().map(|y| y.to_string()));
    let found = site.as_ref().and_then(|s| {
        s.reports
            .iter()
            .find(|r| Some(&r.year) == wanted.as_ref())
            .map(|r| (s, r))
    });
    let result = match (wanted, found) {
        (None, _) => {
            report.push(
                Diagnostic::error(content_dir.join("reports"), None, "there is no report year")
                    .with_hint("open one with `opcat-press new year 2017-18`"),
            );
            None
        }
        (Some(y), None) => {
            let hint = if years.contains(&y.as_str()) {
                format!(
                    "its report.toml has errors: run `opcat-press check {}`",
                    content_dir.join("reports").join(&y).display()
                )
            } else {
                format!("the years are: {}", years.join(", "))
            };
            report.push(
                Diagnostic::error(
                    content_dir.join("reports").join(&y),
                    None,
                    format!("cannot read report year `{y}`"),
                )
                .with_hint(hint),
            );
            None
        }
        (Some(_), Some((site, r))) => {
            let unparsed: Vec<String> = loaded
                .reports
                .iter()
                .find(|d| d.year == r.year)
                .map(|d| d.unparsed.clone())
                .unwrap_or_default();
            Some(year_status(&site.root, site, r, &unparsed, &counts))
        }
    };
    Outcome {
        result,
        report,
        sources,
    }
}

fn year_status(
    root: &Path,
    site: &Site,
    r: &ReportYear,
    unparsed: &[String],
    counts: &HashMap<PathBuf, (usize, usize)>,
) -> Status {
    let rel = |p: &Path| {
        p.strip_prefix(root)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('\\', "/")
    };
    let reg = &site.registry;
    let count = |p: &Path| counts.get(p).copied().unwrap_or((0, 0));
    let over = |words: usize| r.word_limit.is_some_and(|l| words > l);
    let mut rows = Vec::new();
    let mut matched: Vec<&str> = Vec::new();
    let year_dir = root.join("reports").join(&r.year);
    for id in &r.expected {
        let chapter = r
            .chapters
            .iter()
            .find(|c| c.kind == ChapterKind::Member && c.body.as_deref() == Some(id.as_str()));
        let body = reg.body(id);
        if let Some(c) = chapter {
            matched.push(&c.slug);
        }
        // The file sent, if any: a parsed chapter, or a file named after the
        // body whose front matter does not parse (sent all the same, and
        // its errors count).
        let unreadable = chapter.is_none() && unparsed.iter().any(|u| u == id);
        let path = match chapter {
            Some(c) => Some(c.doc.path.clone()),
            None if unreadable => Some(year_dir.join(format!("{id}.md"))),
            None => None,
        };
        let (errors, warnings) = path.as_deref().map_or((0, 0), count);
        let (open_recommendations, followed_up) = follow_up_counts(site, r, id);
        rows.push(Row {
            body: id.clone(),
            name: body.map_or_else(|| id.clone(), |b| b.name_on(r.period_end).to_string()),
            abbreviation: body
                .map_or_else(String::new, |b| b.abbreviation_on(r.period_end).to_string()),
            submitted: path.is_some(),
            unreadable,
            file: path.as_deref().map(rel),
            words: chapter.map(|c| c.words),
            over_limit: chapter.is_some_and(|c| over(c.words)),
            errors,
            warnings,
            modified: path.as_deref().and_then(modified),
            open_recommendations,
            followed_up,
            visits: r
                .visits
                .iter()
                .filter(|v| &v.body == id)
                .map(|v| v.visits)
                .reduce(|a, b| a + b),
        });
    }
    // Everything not in a row: forewords, thematic chapters, a second
    // chapter from one body, chapters from bodies not expected.
    let other_chapters: Vec<Other> = r
        .chapters
        .iter()
        .filter(|c| !matched.contains(&c.slug.as_str()))
        .map(|c| {
            let (errors, warnings) = count(&c.doc.path);
            Other {
                file: rel(&c.doc.path),
                title: c.title.clone(),
                kind: c.kind,
                words: c.words,
                errors,
                warnings,
            }
        })
        .collect();
    let missing: Vec<String> = rows
        .iter()
        .filter(|r| !r.submitted)
        .map(|r| r.body.clone())
        .collect();
    let totals = Totals {
        expected: rows.len(),
        submitted: rows.iter().filter(|r| r.submitted).count(),
        missing: missing.len(),
        over_limit: rows.iter().filter(|r| r.over_limit).count(),
        errors: rows.iter().map(|r| r.errors).sum::<usize>()
            + other_chapters.iter().map(|o| o.errors).sum::<usize>(),
        warnings: rows.iter().map(|r| r.warnings).sum::<usize>()
            + other_chapters.iter().map(|o| o.warnings).sum::<usize>(),
    };
    Status {
        year: r.year.clone(),
        title: r.heading(),
        archived: r.is_archived(),
        period_start: r.period_start.iso(),
        period_end: r.period_end.iso(),
        word_limit: r.word_limit,
        missing,
        rows,
        other_chapters,
        translations: translation_rows(site, r, &rel),
        totals,
    }
}

/// How each chapter of `r` stands in each language the site is translated
/// into.
fn translation_rows(
    site: &Site,
    r: &ReportYear,
    rel: &dyn Fn(&Path) -> String,
) -> Vec<TranslationRow> {
    use crate::site::TranslationState;
    use crate::translate;
    let mut out = Vec::new();
    for language in &site.config.translations {
        for c in &r.chapters {
            let t = translate::find(site, &c.doc, language);
            out.push(TranslationRow {
                language: language.clone(),
                file: rel(&c.doc.path),
                translation: t.map(|t| rel(&t.doc.path)),
                state: match translate::state(site, &c.doc, language) {
                    TranslationState::Current => "current",
                    TranslationState::OutOfDate => "out-of-date",
                    TranslationState::Missing => "missing",
                },
                sha256: translate::hash(&c.doc),
            });
        }
    }
    out
}

/// Body `id`'s recommendations from years before `r` still open when `r`
/// began, and how many of them `r`'s follow-up records.
fn follow_up_counts(site: &Site, r: &ReportYear, id: &str) -> (usize, usize) {
    let best = site.registry.progress.last().map(|p| p.id.as_str());
    let open: Vec<&str> = site
        .reports
        .iter()
        .filter(|y| y.year < r.year)
        .flat_map(|y| &y.chapters)
        .filter(|c| c.body.as_deref() == Some(id))
        .flat_map(|c| &c.recommendations)
        .filter(|rec| {
            let latest = site
                .follow_up_of(&rec.id)
                .into_iter()
                .rfind(|(y, f)| y.year < r.year && f.progress.is_some())
                .and_then(|(_, f)| f.progress.as_deref());
            latest.is_none() || latest != best
        })
        .map(|rec| rec.id.as_str())
        .collect();
    let recorded = open
        .iter()
        .filter(|id| r.follow_up.iter().any(|f| f.recommendation == **id))
        .count();
    (open.len(), recorded)
}

fn modified(path: &Path) -> Option<String> {
    let time = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    Some(humantime::format_rfc3339_seconds(time).to_string())
}

impl Status {
    /// The table for people: missing contributors first, then one line per
    /// expected contributor, then the totals.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let t = &self.totals;
        if self.archived {
            out.push_str(&format!(
                "{}: archived. Its text is published elsewhere, so nothing is collected for it.
",
                self.year
            ));
            return out;
        }
        if self.missing.is_empty() {
            out.push_str(&format!(
                "{}: all {} expected contributors have submitted.\n\n",
                self.year, t.expected
            ));
        } else {
            let names: Vec<&str> = self
                .rows
                .iter()
                .filter(|r| !r.submitted)
                .map(|r| {
                    if r.abbreviation.is_empty() {
                        r.name.as_str()
                    } else {
                        r.abbreviation.as_str()
                    }
                })
                .collect();
            out.push_str(&format!(
                "{}: missing {} of {}: {}\n\n",
                self.year,
                t.missing,
                t.expected,
                names.join(", ")
            ));
        }
        let limit = self
            .word_limit
            .map_or_else(|| "no limit".to_string(), |l| format!("limit {l}"));
        let header = [
            "body".to_string(),
            "status".into(),
            "file".into(),
            format!("words ({limit})"),
            "errors".into(),
            "warnings".into(),
            "last modified (UTC)".into(),
        ];
        let rows: Vec<[String; 7]> = self
            .rows
            .iter()
            .map(|r| {
                [
                    if r.abbreviation.is_empty() {
                        r.body.clone()
                    } else {
                        r.abbreviation.clone()
                    },
                    match (r.submitted, r.unreadable) {
                        (true, true) => "unreadable",
                        (true, false) => "submitted",
                        (false, _) => "MISSING",
                    }
                    .into(),
                    r.file.clone().unwrap_or_else(|| "-".into()),
                    r.words.map_or_else(
                        || "-".into(),
                        |w| format!("{w}{}", if r.over_limit { " OVER" } else { "" }),
                    ),
                    if r.submitted {
                        r.errors.to_string()
                    } else {
                        "-".into()
                    },
                    if r.submitted {
                        r.warnings.to_string()
                    } else {
                        "-".into()
                    },
                    r.modified
                        .as_deref()
                        .map_or_else(|| "-".into(), |m| m.replace('T', " ").replace('Z', "")),
                ]
            })
            .collect();
        let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
        for row in &rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let line = |cells: &[String]| {
            let mut s = cells
                .iter()
                .zip(&widths)
                .map(|(c, w)| format!("{c:<w$}"))
                .collect::<Vec<_>>()
                .join("  ");
            s.truncate(s.trim_end().len());
            s.push('\n');
            s
        };
        out.push_str(&line(&header));
        for row in &rows {
            out.push_str(&line(row));
        }
        out.push('\n');
        if !self.other_chapters.is_empty() {
            let others: Vec<String> = self
                .other_chapters
                .iter()
                .map(|o| format!("{} ({} words)", o.file, o.words))
                .collect();
            out.push_str(&format!("Other chapters: {}\n", others.join(", ")));
        }
        out.push_str(&self.follow_up_text());
        out.push_str(&self.visits_text());
        out.push_str(&self.translations_text());
        out.push_str(&format!(
            "Total: {} of {} submitted, {} missing, {} over the word limit, {} error(s), {} warning(s)\n",
            t.submitted, t.expected, t.missing, t.over_limit, t.errors, t.warnings
        ));
        out
    }

    /// Each chapter's translations, and for one out of date the version of
    /// the original to record once it is brought up to date.
    fn translations_text(&self) -> String {
        let mut out = String::new();
        for language in self.translations.iter().map(|t| t.language.as_str()) {
            if out.contains(&format!("Translations into {language}:")) {
                continue;
            }
            let rows: Vec<&TranslationRow> = self
                .translations
                .iter()
                .filter(|t| t.language == language)
                .collect();
            let done = rows.iter().filter(|t| t.state == "current").count();
            out.push_str(&format!(
                "Translations into {language}: {done} of {} chapters up to date\n",
                rows.len()
            ));
            for t in rows {
                let state = match t.state {
                    "current" => "up to date".to_string(),
                    "out-of-date" => format!(
                        "OUT OF DATE: the original changed; once updated, set translates = \"{}\"",
                        t.sha256
                    ),
                    _ => "missing".to_string(),
                };
                out.push_str(&format!(
                    "  {} -> {}: {state}\n",
                    t.file,
                    t.translation.as_deref().unwrap_or("-")
                ));
            }
            out.push('\n');
        }
        out
    }

    /// "Follow-up of open recommendations recorded: HMIP 1 of 2, ...", for
    /// the contributors with open recommendations; empty when none has.
    fn follow_up_text(&self) -> String {
        let parts: Vec<String> = self
            .rows
            .iter()
            .filter(|r| r.open_recommendations > 0)
            .map(|r| {
                let who = if r.abbreviation.is_empty() {
                    &r.name
                } else {
                    &r.abbreviation
                };
                format!("{who} {} of {}", r.followed_up, r.open_recommendations)
            })
            .collect();
        if parts.is_empty() {
            return String::new();
        }
        format!(
            "Follow-up of open recommendations recorded: {}\n",
            parts.join(", ")
        )
    }

    /// "Visit figures in: HMIP 62, CI 24; not yet: LO", from `visits.csv`.
    fn visits_text(&self) -> String {
        let who = |r: &Row| {
            if r.abbreviation.is_empty() {
                r.name.clone()
            } else {
                r.abbreviation.clone()
            }
        };
        let done: Vec<String> = self
            .rows
            .iter()
            .filter_map(|r| Some(format!("{} {}", who(r), r.visits?)))
            .collect();
        let not_yet: Vec<String> = self
            .rows
            .iter()
            .filter(|r| r.visits.is_none())
            .map(who)
            .collect();
        match (done.is_empty(), not_yet.is_empty()) {
            (_, true) if self.rows.is_empty() => String::new(),
            (true, _) => format!(
                "Visit figures: none yet (reports/{}/visits.csv)\n",
                self.year
            ),
            (false, true) => format!("Visit figures in: {}\n", done.join(", ")),
            (false, false) => format!(
                "Visit figures in: {}; not yet: {}\n",
                done.join(", "),
                not_yet.join(", ")
            ),
        }
    }

    /// One row per expected contributor, with a header row.
    pub fn to_csv(&self) -> Result<String, String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        let err = |e: csv::Error| e.to_string();
        w.write_record([
            "body",
            "name",
            "submitted",
            "file",
            "words",
            "word_limit",
            "over_limit",
            "errors",
            "warnings",
            "modified",
            "unreadable",
            "open_recommendations",
            "followed_up",
            "visits",
        ])
        .map_err(err)?;
        for r in &self.rows {
            w.write_record([
                r.body.clone(),
                r.name.clone(),
                r.submitted.to_string(),
                r.file.clone().unwrap_or_default(),
                r.words.map(|w| w.to_string()).unwrap_or_default(),
                self.word_limit.map(|l| l.to_string()).unwrap_or_default(),
                r.over_limit.to_string(),
                r.errors.to_string(),
                r.warnings.to_string(),
                r.modified.clone().unwrap_or_default(),
                r.unreadable.to_string(),
                r.open_recommendations.to_string(),
                r.followed_up.to_string(),
                r.visits.map(|v| v.to_string()).unwrap_or_default(),
            ])
            .map_err(err)?;
        }
        let bytes = w.into_inner().map_err(|e| e.error().to_string())?;
        String::from_utf8(bytes).map_err(|e| e.to_string())
    }
}
