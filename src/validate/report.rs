//! Stage 2, validate: one report year, its `report.toml` and its chapters,
//! into a `ReportYear`. Part of `validate`: reads nothing from disk, writes
//! nothing; every problem goes to the validator's list.
//!
//! A year built here (published, draft, sample) has a title, a summary and
//! its chapters in reading order. An archived year is a record of a report
//! published elsewhere: its facts, the statement that announced it and
//! its official copies, and no chapters.

use crate::content::RawFrozen;
use crate::content::frozen::pdf_name;
use crate::site::Frozen;
use std::collections::{HashMap, HashSet};
use std::path::Path;

use toml::Spanned;

use super::{Options, Validator, is_valid_id, parse_year, suggest, valid_isbn13};
use crate::content::date::Date;
use crate::content::{
    ChapterKind, Doc, MdDoc, RawChapterMeta, RawCopy, RawFactNote, RawReport, RawReportFacts,
    RawStatement, ReportDir, ReportStatus,
};
use crate::diagnostics::Diagnostic;
use crate::registry::{Fact, Registry};
use crate::site::{Chapter, Document, OfficialCopy, ReportFacts, ReportYear, Statement};

/// How a frozen year's problems are mended for good.
const REDO: &str = "to publish a new edition, delete frozen.toml and the frozen PDFs and run `opcat-press freeze` again";

impl Validator {
    pub(super) fn report(
        &mut self,
        dir: &ReportDir,
        registry: &Registry,
        opts: &Options,
    ) -> Option<ReportYear> {
        let Some(doc) = &dir.config else {
            if !dir.dir.join("report.toml").exists() {
                self.diags.push(
                    Diagnostic::error(
                        dir.dir.join("report.toml"),
                        None,
                        "this report year has no report.toml",
                    )
                    .with_hint("add one: see docs/content-model.md"),
                );
            }
            return None;
        };
        let r = &doc.data;
        let status = *r.status.get_ref();
        let archived = status == ReportStatus::Archived;
        let start = self.date(doc, &r.period_start, true);
        let end = self.date(doc, &r.period_end, true);
        // A report published elsewhere may be known only to the month.
        let published = r
            .published
            .as_ref()
            .and_then(|p| self.date(doc, p, !archived));
        self.report_dates(doc, &dir.year, start, end, published);
        self.report_required(doc, status);
        for isbn in [&r.isbn, &r.isbn_web].into_iter().flatten() {
            self.isbn(doc, isbn);
        }
        let fact = self.fact(doc, r);
        let facts = self.report_facts(doc, &r.fact, &fact);
        let statement = r.statement.as_ref().map(|s| self.statement(doc, s));
        let copies = r
            .copy
            .iter()
            .filter_map(|c| self.official_copy(doc, c))
            .collect();
        let (chapters, expected) = if archived {
            self.archived_has_no_chapters(doc, dir);
            (Vec::new(), Vec::new())
        } else {
            let ordered = self.chapter_order(doc, dir, opts);
            let expected = match &r.expected {
                Some(ids) => self.references(doc, ids, "body"),
                None => match end {
                    Some(e) => registry.members_on(e).map(|b| b.id.clone()).collect(),
                    None => Vec::new(),
                },
            };
            let chapters = self.chapters(dir, r, &ordered, registry, (start, end), opts);
            (chapters, expected)
        };

        let frozen = dir
            .frozen
            .as_ref()
            .and_then(|f| self.frozen(f, dir, archived));
        // A year in preparation is checked but only published with --drafts.
        if status == ReportStatus::Draft && !opts.drafts {
            return None;
        }
        Some(ReportYear {
            year: dir.year.clone(),
            title: r.title.clone(),
            number: *r.number.get_ref(),
            period_start: start?,
            period_end: end?,
            published,
            status,
            command_paper: r.command_paper.clone(),
            isbn: r.isbn.as_ref().map(|i| i.get_ref().clone()),
            isbn_web: r.isbn_web.as_ref().map(|i| i.get_ref().clone()),
            word_limit: r.word_limit,
            summary: r.summary.clone(),
            fact,
            facts,
            statement,
            copies,
            chapters,
            expected,
            follow_up: Vec::new(),
            visits: Vec::new(),
            outside: Vec::new(),
            frozen,
        })
    }

    /// A frozen year: its PDF must be the one frozen (an error if not), and
    /// a source changed since is a warning, naming each.
    fn frozen(&mut self, doc: &Doc<RawFrozen>, dir: &ReportDir, archived: bool) -> Option<Frozen> {
        if archived {
            self.err(
                doc,
                None,
                "an archived year is not frozen: its page links the official copy",
                "delete frozen.toml and frozen.pdf",
            );
            return None;
        }
        let want = doc.data.sha256.get_ref();
        let state = &dir.frozen_state;
        let mut intact = self.frozen_pdf(doc, &doc.data.sha256, state.pdf.as_ref(), None);
        for (language, sha) in &doc.data.translations {
            let got = state.translations.get(language);
            intact &= self.frozen_pdf(doc, sha, got, Some(language));
        }
        if !intact {
            return None;
        }
        let (was, now) = (&doc.data.sources, &dir.frozen_state.sources);
        let mut drift: Vec<String> = was
            .iter()
            .filter(|(k, v)| now.get(*k) != Some(*v))
            .map(|(k, _)| {
                if now.contains_key(k) {
                    format!("{k} (changed)")
                } else {
                    format!("{k} (removed)")
                }
            })
            .collect();
        drift.extend(
            now.keys()
                .filter(|k| !was.contains_key(*k))
                .map(|k| format!("{k} (added)")),
        );
        if !drift.is_empty() {
            self.diags.push(
                Diagnostic::warning(&doc.path, None, format!("the sources have changed since the year was frozen, and the published PDF stays as it was: {}", drift.join(", ")))
                    .with_hint(format!("the frozen PDF is the record; {REDO}")),
            );
        }
        let translations = doc.data.translations.iter().map(|(language, sha)| {
            let pdf = dir.dir.join(pdf_name(Some(language)));
            (language.clone(), (pdf, sha.get_ref().clone()))
        });
        Some(Frozen {
            pdf: dir.dir.join(pdf_name(None)),
            sha256: want.clone(),
            frozen: doc.data.frozen.clone(),
            translations: translations.collect(),
        })
    }

    /// One of a frozen year's PDFs (the original's, or a translation's
    /// when `language` is given) is there and unchanged: an error if not.
    fn frozen_pdf(
        &mut self,
        doc: &Doc<RawFrozen>,
        want: &toml::Spanned<String>,
        got: Option<&String>,
        language: Option<&str>,
    ) -> bool {
        let name = pdf_name(language);
        match got {
            None => self.err(
                doc,
                Some(doc.span(want)),
                format!("the frozen PDF, {name}, is missing"),
                format!(
                    "restore it from your records (its SHA-256 is {}); {REDO}",
                    want.get_ref()
                ),
            ),
            Some(got) if got != want.get_ref() => self.err(
                doc,
                Some(doc.span(want)),
                format!("{name} has changed since it was frozen: its SHA-256 is now {got}"),
                format!("restore the published PDF from your records; {REDO}"),
            ),
            Some(_) => return true,
        }
        false
    }

    /// The folder's name, the period and the publication date agree.
    fn report_dates(
        &mut self,
        doc: &Doc<RawReport>,
        year: &str,
        start: Option<Date>,
        end: Option<Date>,
        published: Option<Date>,
    ) {
        let r = &doc.data;
        let year_ok = parse_year(year);
        if year_ok.is_none() {
            self.err(
                doc,
                None,
                format!("report folder `{year}` is not a reporting year"),
                "name the folder after the year it covers: `2016-17` for a year that straddles two, `2023` for a calendar year",
            );
        }
        let (Some(s), Some(e)) = (start, end) else {
            return;
        };
        if e <= s {
            self.err(
                doc,
                Some(doc.span(&r.period_end)),
                format!(
                    "the period ends ({}) before it starts ({})",
                    e.text(),
                    s.text()
                ),
                "dates are out of order: swap period_start and period_end",
            );
        } else if let Some((y1, y2)) = year_ok
            && (s.year != y1 || e.year != y2)
        {
            self.err(
                doc,
                Some(doc.span(&r.period_start)),
                format!(
                    "the period {} – {} does not match the folder `{year}`",
                    s.text(),
                    e.text(),
                ),
                if y1 == y2 {
                    format!("a `{year}` report's period starts and ends in {y1}")
                } else {
                    format!("a `{year}` report's period starts in {y1} and ends in {y2}, e.g. 1 April {y1} to 31 March {y2}")
                },
            );
        }
        // A month-only date is its month's first day here: a report
        // published in the month its period ended is not early.
        if let (Some(p), Some(raw)) = (published, &r.published)
            && (p < e && (p.is_exact() || p.key() < (e.year, e.month.unwrap_or(1), 1)))
        {
            self.err(
                doc,
                Some(doc.span(raw)),
                format!(
                    "published on {} before its period ended on {}",
                    p.text(),
                    e.text()
                ),
                "dates are out of order: check `published`",
            );
        }
    }

    /// What each status requires: a year built here needs a title, a summary
    /// and its chapters; a published one, its date.
    fn report_required(&mut self, doc: &Doc<RawReport>, status: ReportStatus) {
        let r = &doc.data;
        if status == ReportStatus::Archived {
            return;
        }
        let status_span = Some(doc.span(&r.status));
        let missing = [
            (
                r.title.is_none(),
                "title",
                "title = \"…\", as it is printed",
            ),
            (
                r.summary.is_none(),
                "summary",
                "summary = \"…\": one or two sentences for the list of reports",
            ),
            (
                r.chapters.is_none(),
                "chapters",
                "chapters = [\"foreword\", …]: every chapter file, in reading order",
            ),
        ];
        for (absent, key, example) in missing {
            if absent {
                self.err(
                    doc,
                    status_span.clone(),
                    format!("a report year built here needs `{key}`"),
                    format!(
                        "add {example}; only an archived year (status = \"archived\") may leave it out"
                    ),
                );
            }
        }
        if status == ReportStatus::Published && r.published.is_none() {
            self.err(
                doc,
                None,
                "a published report needs a `published` date",
                "add published = YYYY-MM-DD, or set status = \"draft\"",
            );
        }
    }

    fn isbn(&mut self, doc: &Doc<RawReport>, isbn: &Spanned<String>) {
        if !valid_isbn13(isbn.get_ref()) {
            self.err(
                doc,
                Some(doc.span(isbn)),
                format!("`{}` is not a valid ISBN-13", isbn.get_ref()),
                "copy the ISBN from the publisher; its last digit is a checksum",
            );
        }
    }

    /// Each fact's sources: its own `[fact.<name>]` table, else the year's.
    fn report_facts(
        &mut self,
        doc: &Doc<RawReport>,
        raw: &RawReportFacts,
        year: &Fact,
    ) -> ReportFacts {
        let mut one = |f: &Option<RawFactNote>| match f {
            Some(f) => self.fact(doc, f),
            None => Fact {
                sources: year.sources.clone(),
                uncertain: false,
                note: None,
            },
        };
        ReportFacts {
            number: one(&raw.number),
            title: one(&raw.title),
            period: one(&raw.period),
            published: one(&raw.published),
            command_paper: one(&raw.command_paper),
            isbn: one(&raw.isbn),
        }
    }

    fn statement(&mut self, doc: &Doc<RawReport>, s: &RawStatement) -> Statement {
        Statement {
            reference: s.reference.clone(),
            date: s.date.as_ref().and_then(|d| self.date(doc, d, false)),
            url: s
                .url
                .as_ref()
                .and_then(|u| self.official_url(doc, u, "the statement's address")),
            fact: self.fact(doc, s),
        }
    }

    fn official_copy(&mut self, doc: &Doc<RawReport>, c: &RawCopy) -> Option<OfficialCopy> {
        let url = self.official_url(doc, &c.url, "an official copy")?;
        Some(OfficialCopy {
            url,
            title: c.title.clone(),
            fact: self.fact(doc, c),
        })
    }

    /// An https:// address on an official site (see `is_official`).
    fn official_url<T>(
        &mut self,
        doc: &Doc<T>,
        raw: &Spanned<String>,
        what: &str,
    ) -> Option<String> {
        let text = raw.get_ref();
        let span = Some(doc.span(raw));
        let parsed = match url::Url::parse(text) {
            Ok(u) if u.host_str().is_some() => u,
            _ => {
                self.err(
                    doc,
                    span,
                    format!("`{text}` is not a web address"),
                    "write the full address, starting https://",
                );
                return None;
            }
        };
        if parsed.scheme() != "https" {
            self.err(
                doc,
                span,
                format!(
                    "{what} must be an https:// address, not {}:",
                    parsed.scheme()
                ),
                "official sites all serve https: write the address starting https://",
            );
            return None;
        }
        let host = parsed.host_str().unwrap_or_default();
        if !self.is_official(host) {
            let mut hosts = self.official_hosts.clone();
            hosts.sort();
            self.err(
                doc,
                span,
                format!("`{host}` is not an official site, so it cannot hold {what}"),
                format!(
                    "official sites are {} and the members' websites (`official_hosts` in site.toml adds more); cite a mirror as a source in registry/sources.toml instead",
                    hosts.join(", ")
                ),
            );
            return None;
        }
        Some(text.clone())
    }

    /// `host` is one of the official hosts or under one (`www.` aside).
    pub(super) fn is_official(&self, host: &str) -> bool {
        let host = host.strip_prefix("www.").unwrap_or(host);
        self.official_hosts.iter().any(|h| {
            let h = h.strip_prefix("www.").unwrap_or(h);
            host == h || host.ends_with(&format!(".{h}"))
        })
    }

    fn archived_has_no_chapters(&mut self, doc: &Doc<RawReport>, dir: &ReportDir) {
        let hint = "an archived year is a record of a report published elsewhere: \
                    remove the chapters, or set status = \"published\" to build the year here";
        if let Some(list) = &doc.data.chapters
            && !list.get_ref().is_empty()
        {
            self.err(
                doc,
                Some(doc.span(list)),
                "an archived year has no chapters",
                hint,
            );
        }
        for c in &dir.chapters {
            self.diags.push(
                Diagnostic::error(
                    c.path(),
                    None,
                    format!("chapter `{}` is in an archived year", c.slug),
                )
                .with_hint(hint),
            );
        }
    }

    /// The chapter files in the order report.toml lists them, each listed
    /// once and each file listed.
    fn chapter_order<'a>(
        &mut self,
        doc: &Doc<RawReport>,
        dir: &'a ReportDir,
        opts: &Options,
    ) -> Vec<&'a MdDoc<RawChapterMeta>> {
        let files: HashMap<&str, &MdDoc<_>> =
            dir.chapters.iter().map(|c| (c.slug.as_str(), c)).collect();
        let mut listed = HashSet::new();
        let mut ordered = Vec::new();
        let ids = doc.data.chapters.as_ref().map(|c| c.get_ref().as_slice());
        for id in ids.unwrap_or_default() {
            if !listed.insert(id.get_ref().as_str()) {
                self.err(
                    doc,
                    Some(doc.span(id)),
                    format!("chapter `{}` is listed twice", id.get_ref()),
                    "list each chapter once",
                );
                continue;
            }
            match files.get(id.get_ref().as_str()) {
                Some(c) => ordered.push(*c),
                // The file exists but its front matter is broken: reported there.
                None if dir.unparsed.contains(id.get_ref()) => {}
                None => {
                    let known: Vec<String> = files.keys().map(|k| k.to_string()).collect();
                    let hint = match suggest(id.get_ref(), known.iter()) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => format!("there is no `{}.md` in this folder", id.get_ref()),
                    };
                    self.err(
                        doc,
                        Some(doc.span(id)),
                        format!("no chapter `{}`", id.get_ref()),
                        hint,
                    );
                }
            }
        }
        for c in &dir.chapters {
            if !listed.contains(c.slug.as_str()) {
                let msg = format!("chapter `{}` is not in `chapters` in report.toml", c.slug);
                let hint = "add it to the list where it belongs in the reading order";
                let named = c
                    .path()
                    .canonicalize()
                    .is_ok_and(|p| opts.unlisted_ok.contains(&p));
                let d = if named {
                    Diagnostic::warning(c.path(), None, msg)
                } else {
                    Diagnostic::error(c.path(), None, msg)
                };
                self.diags.push(d.with_hint(hint));
                if opts.checking {
                    ordered.push(c);
                }
            }
        }
        ordered
    }

    /// The chapters in reading order, drafts only with `--drafts`.
    fn chapters(
        &mut self,
        dir: &ReportDir,
        r: &RawReport,
        ordered: &[&MdDoc<RawChapterMeta>],
        registry: &Registry,
        period: (Option<Date>, Option<Date>),
        opts: &Options,
    ) -> Vec<Chapter> {
        let mut chapters = Vec::new();
        let mut member_chapters: HashMap<String, String> = HashMap::new();
        for c in ordered {
            let m = &c.meta.data;
            let body = self.chapter_body(c, registry, period, &mut member_chapters);
            let settings = self.references(&c.meta, &m.settings, "setting");
            let nations = self.references(&c.meta, &m.nations, "nation");
            if m.draft && *r.status.get_ref() == ReportStatus::Published {
                self.diags.push(
                    Diagnostic::warning(
                        c.path(),
                        None,
                        "this chapter is a draft in a published year: it is left out of the report",
                    )
                    .with_hint("delete `draft = true` when the chapter is ready"),
                );
            }
            if m.draft && !opts.drafts {
                continue;
            }
            let Ok(rel) = c
                .path()
                .strip_prefix(&dir.dir)
                .map(|p| Path::new("reports").join(&dir.year).join(p))
            else {
                continue;
            };
            chapters.push(Chapter {
                slug: c.slug.clone(),
                title: m.title.clone(),
                kind: *m.kind.get_ref(),
                body,
                summary: m.summary.clone(),
                authors: m.authors.clone(),
                settings,
                nations,
                words: 0,
                recommendations: Vec::new(),
                doc: Document {
                    path: c.path().to_path_buf(),
                    rel,
                    text: c.text.clone(),
                    body_start: c.body_start,
                    url: crate::urls::chapter(&dir.year, &c.slug),
                    lang: None,
                    heading_ids: None,
                },
            });
        }
        chapters
    }

    /// A chapter's file name, and for a member chapter its body: named, a
    /// member during the period, and with one chapter a year.
    fn chapter_body(
        &mut self,
        c: &MdDoc<RawChapterMeta>,
        registry: &Registry,
        (start, end): (Option<Date>, Option<Date>),
        member_chapters: &mut HashMap<String, String>,
    ) -> Option<String> {
        let m = &c.meta.data;
        let meta = &c.meta;
        if !is_valid_id(&c.slug) {
            self.err(
                meta,
                None,
                format!("`{}` is not a valid chapter file name", c.slug),
                "use lowercase letters, digits and `-`: it becomes the chapter's URL",
            );
        }
        let body = m
            .body
            .as_ref()
            .and_then(|b| self.reference(meta, b, "body"));
        if *m.kind.get_ref() != ChapterKind::Member {
            return body;
        }
        match (&m.body, &body) {
            (None, _) => self.err(
                meta,
                Some(meta.span(&m.kind)),
                "a member chapter must name its body",
                "add body = \"<id>\" (the file name in registry/bodies/)",
            ),
            (Some(raw), Some(id)) => {
                if let (Some(b), Some(s), Some(e)) = (registry.body(id), start, end)
                    && !b.member_during(s, e)
                {
                    self.err(
                        meta,
                        Some(meta.span(raw)),
                        format!(
                            "{} was not a member of the NPM between {} and {}",
                            b.name,
                            s.text(),
                            e.text()
                        ),
                        format!("its designation runs from {}", b.term_text()),
                    );
                }
                if let Some(other) = member_chapters.insert(id.clone(), c.slug.clone()) {
                    self.diags.push(
                        Diagnostic::warning(
                            c.path(),
                            Some(meta.span(raw)),
                            format!("`{id}` already has a member chapter (`{other}.md`)"),
                        )
                        .with_hint("each body usually writes one chapter a year"),
                    );
                }
            }
            _ => {}
        }
        body
    }
}
