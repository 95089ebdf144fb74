//! `reports/` (the series), `reports/<year>/` (a year's facts, contents
//! and PDF, or where it is published) and `reports/<year>/<chapter>/`.
//! Stage 3, render: the validated site → the pages' bytes; touches no
//! files.

use crate::diagnostics::Diagnostic;
use crate::html::views::*;
use crate::html::{OutputFile, Renderer};
use serde::Serialize;

use crate::html::pages::recommendations::RecView;
use crate::html::{SearchMeta, crumb, json_ld, root_for, size_text};
use crate::markdown;
use crate::site::{ReportStatus, ReportYear};

/// `reports/<year>/`.
#[derive(Serialize)]
struct YearPage<'a> {
    report: YearView<'a>,
    chapters: Vec<ChapterSummary<'a>>,
    recommendations: Vec<RecView<'a>>,
    followed_up: Vec<RecView<'a>>,
    visits: Option<crate::html::visits::YearVisits>,
    citations: Vec<Citation>,
    /// The language of the year's title and of its summary when not the
    /// page's (a translation's page, without `report.<language>.toml`).
    title_lang: Option<String>,
    summary_lang: Option<String>,
}

/// `reports/<year>/<chapter>/`.
#[derive(Serialize)]
struct ChapterPage<'a> {
    report: ReportRef,
    chapter: ChapterView<'a>,
    prev: Option<Neighbour>,
    next: Option<Neighbour>,
}

/// The chapter before or after, with the language of its title when it is
/// not the page's (not translated).
#[derive(Serialize)]
struct Neighbour {
    title: String,
    url: String,
    lang: Option<String>,
}

#[derive(Serialize)]
struct PdfView {
    url: String,
    size_text: String,
    /// A frozen year's SHA-256, for checking a copy.
    sha256: Option<String>,
}

#[derive(Serialize)]
struct YearView<'a> {
    #[serde(flatten)]
    report: ReportRef,
    period_start: crate::content::date::DateView,
    period_end: crate::content::date::DateView,
    isbn: Option<&'a str>,
    isbn_web: Option<&'a str>,
    pdf: Option<PdfView>,
    /// The year's own sources, uncertainty and note.
    #[serde(flatten)]
    fact: FactView,
    /// Each fact's sources.
    facts: FactsView,
    statement: Option<StatementView<'a>>,
    copies: Vec<CopyView<'a>>,
}

#[derive(Serialize)]
struct FactsView {
    number: FactView,
    title: FactView,
    period: FactView,
    published: FactView,
    command_paper: FactView,
    isbn: FactView,
}

#[derive(Serialize)]
struct StatementView<'a> {
    reference: Option<&'a str>,
    date: Option<crate::content::date::DateView>,
    url: Option<&'a str>,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct CopyView<'a> {
    title: &'a str,
    url: &'a str,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct ChapterSummary<'a> {
    slug: &'a str,
    title: &'a str,
    kind: crate::site::ChapterKind,
    kind_label: String,
    url: &'a str,
    body: Option<BodyRef>,
    summary: Option<&'a str>,
    words: usize,
    /// The language of its title and summary when not the page's.
    lang: Option<&'a str>,
}

#[derive(Serialize)]
struct ChapterView<'a> {
    slug: &'a str,
    title: &'a str,
    kind: crate::site::ChapterKind,
    kind_label: String,
    body: Option<BodyRef>,
    authors: &'a [String],
    summary: Option<&'a str>,
    settings: Vec<Ref>,
    nations: Vec<Ref>,
    content: &'a str,
    toc: &'a [markdown::TocEntry],
    words: usize,
}

impl Renderer<'_> {
    pub(super) fn reports_index(&self, crumbs: Vec<Link>) -> Result<OutputFile, Diagnostic> {
        let url = crate::urls::REPORTS;
        #[derive(Serialize)]
        struct View {
            reports: Vec<ReportRef>,
        }
        let frame = self.frame(
            url,
            &self.words.text("home-card-reports"),
            None,
            crumbs,
            false,
        );
        let view = View {
            reports: self.report_refs(),
        };
        self.render_page("reports/index.html", url, &frame, &view, url)
    }

    pub(super) fn year_page(
        &self,
        r: &ReportYear,
        crumbs: Vec<Link>,
    ) -> Result<OutputFile, Diagnostic> {
        let reg = &self.site.registry;
        let url = r.url();
        let description = r
            .summary
            .clone()
            .unwrap_or_else(|| year_description(r, self.words));
        let mut frame = self.frame(
            &url,
            &r.heading_in(self.words),
            Some(&description),
            crumbs,
            r.status == ReportStatus::Sample,
        );
        frame.search = Some(SearchMeta::new(
            self.words.text("search-kind-year"),
            Some(&r.year),
        ));
        let (title_lang, summary_lang) = self.year_langs(r);
        if r.title.is_some() {
            frame.text_lang.clone_from(&title_lang);
        }
        frame.json_ld = json_ld(&self.report_ld(r));
        let mut citer = Citer::new(reg);
        let f = &r.facts;
        let view = YearView {
            report: ReportRef::new(r, self.words),
            period_start: r.period_start.into(),
            period_end: r.period_end.into(),
            isbn: r.isbn.as_deref(),
            isbn_web: r.isbn_web.as_deref(),
            pdf: self
                .file(&crate::urls::pdf(&r.year))
                .map(|(url, size)| PdfView {
                    url,
                    size_text: size_text(size, self.words),
                    sha256: r.frozen.as_ref().map(|f| f.sha256.clone()),
                }),
            facts: FactsView {
                number: citer.fact(&f.number),
                title: citer.fact(&f.title),
                period: citer.fact(&f.period),
                published: citer.fact(&f.published),
                command_paper: citer.fact(&f.command_paper),
                isbn: citer.fact(&f.isbn),
            },
            statement: r.statement.as_ref().map(|s| StatementView {
                reference: s.reference.as_deref(),
                date: s.date.map(Into::into),
                url: s.url.as_deref(),
                fact: citer.fact(&s.fact),
            }),
            copies: r
                .copies
                .iter()
                .map(|c| CopyView {
                    title: &c.title,
                    url: &c.url,
                    fact: citer.fact(&c.fact),
                })
                .collect(),
            fact: citer.fact(&r.fact),
        };
        let chapters: Vec<ChapterSummary> = r
            .chapters
            .iter()
            .map(|c| ChapterSummary {
                slug: &c.slug,
                title: &c.title,
                kind: c.kind,
                kind_label: self.words.text(c.kind.message_id()),
                url: &c.doc.url,
                body: c
                    .body
                    .as_deref()
                    .and_then(|b| reg.body(b))
                    .map(BodyRef::new),
                summary: c.summary.as_deref(),
                words: c.words,
                lang: c.doc.lang.as_deref(),
            })
            .collect();
        let view = YearPage {
            report: view,
            chapters,
            recommendations: self.made_in(r),
            followed_up: self.followed_up_in(r),
            visits: crate::html::visits::year(self.site, r, &mut citer, self.words),
            citations: citer.citations(),
            title_lang,
            summary_lang,
        };
        self.render_page("reports/year.html", &url, &frame, &view, &url)
    }

    /// The languages of a year's title and summary on this page, when they
    /// are not the page's: on a translation's page, the original's, unless
    /// `report.<language>.toml` gives them.
    fn year_langs(&self, r: &ReportYear) -> (Option<String>, Option<String>) {
        let c = &self.site.config;
        let Some(original) = &c.original_language else {
            return (None, None);
        };
        let words = self
            .site
            .report_words
            .iter()
            .find(|w| w.language == c.language && w.year == r.year);
        let lang = |translated: bool| (!translated).then(|| original.clone());
        (
            lang(words.is_some_and(|w| w.title.is_some())),
            lang(words.is_some_and(|w| w.summary.is_some())),
        )
    }

    pub(super) fn chapter_page(
        &self,
        r: &ReportYear,
        i: usize,
        mut crumbs: Vec<Link>,
    ) -> Result<OutputFile, Diagnostic> {
        let reg = &self.site.registry;
        let c = &r.chapters[i];
        let url = &c.doc.url;
        crumbs.push(crumb(&r.year, &r.url()));
        let mut frame = self.frame(
            url,
            &c.title,
            c.summary.as_deref(),
            crumbs,
            r.status == ReportStatus::Sample,
        );
        frame.search = Some(SearchMeta::new(
            self.words.text("search-kind-chapter"),
            Some(&r.year),
        ));
        frame.text_lang = c.doc.lang.clone();
        let rendered = self.markdown(&c.doc, &root_for(url));
        let toc = crate::html::untranslated::toc(&rendered.toc, c.doc.lang.is_some());
        let link = |j: usize| {
            r.chapters.get(j).map(|c| Neighbour {
                title: c.title.clone(),
                url: c.doc.url.clone(),
                lang: c.doc.lang.clone(),
            })
        };
        let view = ChapterView {
            slug: &c.slug,
            title: &c.title,
            kind: c.kind,
            kind_label: self.words.text(c.kind.message_id()),
            body: c
                .body
                .as_deref()
                .and_then(|b| reg.body(b))
                .map(BodyRef::new),
            authors: &c.authors,
            summary: c.summary.as_deref(),
            settings: setting_refs(reg, &c.settings),
            nations: nation_refs(reg, &c.nations),
            content: &rendered.html,
            toc: &toc,
            words: c.words,
        };
        let view = ChapterPage {
            report: ReportRef::new(r, self.words),
            chapter: view,
            prev: i.checked_sub(1).and_then(link),
            next: link(i + 1),
        };
        self.render_page(
            "reports/chapter.html",
            url,
            &frame,
            &view,
            &c.doc.path.display().to_string(),
        )
    }

    fn report_ld(&self, r: &ReportYear) -> serde_json::Value {
        let c = &self.site.config;
        let reg = &self.site.registry;
        let page = format!("{}{}", c.pages_base(), r.url());
        let parts: Vec<serde_json::Value> = r
            .chapters
            .iter()
            .map(|ch| {
                let mut part = serde_json::json!({
                    "@type": "Chapter",
                    "name": ch.title,
                    "url": format!("{}{}", c.pages_base(), ch.doc.url),
                });
                if let Some(b) = ch.body.as_deref().and_then(|b| reg.body(b)) {
                    part["author"] = serde_json::json!({
                        "@type": "GovernmentOrganization",
                        "@id": format!("{}{}#body", c.pages_base(), body_url(&b.id)),
                        "name": b.name,
                    });
                }
                part
            })
            .collect();
        let status = match r.status {
            ReportStatus::Published | ReportStatus::Archived => "Published",
            ReportStatus::Draft => "Draft",
            ReportStatus::Sample => "Sample",
        };
        let mut ld = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Report",
            "name": r.heading_in(self.words),
            "description": r.summary.clone().unwrap_or_else(|| year_description(r, self.words)),
            "url": page,
            "inLanguage": c.language,
            "temporalCoverage": format!("{}/{}", r.period_start.iso(), r.period_end.iso()),
            "creativeWorkStatus": status,
            "publisher": self.npm_ld(),
            "hasPart": parts,
        });
        if let Some(d) = r.published {
            ld["datePublished"] = d.iso().into();
        }
        if let Some(cp) = &r.command_paper {
            ld["reportNumber"] = cp.as_str().into();
        }
        if let Some(isbn) = &r.isbn {
            ld["isbn"] = isbn.as_str().into();
        }
        if !r.copies.is_empty() {
            let copies: Vec<&str> = r.copies.iter().map(|c| c.url.as_str()).collect();
            ld["sameAs"] = copies.into();
        }
        if let Some((_, Some(l))) = crate::data::licence(self.site) {
            ld["license"] = l.into();
        }
        if let Some((pdf, _)) = self.file(&crate::urls::pdf(&r.year)) {
            ld["encoding"] = serde_json::json!({
                "@type": "MediaObject",
                "contentUrl": format!("{}{pdf}", c.base_url),
                "encodingFormat": "application/pdf",
            });
        }
        ld
    }
}

/// A year's description when it has no summary: what it is and its period.
fn year_description(r: &ReportYear, words: &crate::i18n::Catalogue) -> String {
    let mut d = words.tf(
        "year-description",
        &[
            ("number", crate::i18n::Var::N(i64::from(r.number))),
            ("start", words.date(r.period_start).into()),
            ("end", words.date(r.period_end).into()),
        ],
    );
    if let Some(cp) = &r.command_paper {
        d.push_str(&format!(" ({cp})"));
    }
    d.push('.');
    if r.is_archived() {
        d.push(' ');
        d.push_str(&words.text("year-description-elsewhere"));
    }
    d
}
