//! Stage 3, render (HTML): the validated site → every page, the feed and the
//! sitemap, as bytes in memory. Pages render in parallel; nothing here
//! touches the output folder.

mod templates;
pub mod views;

use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

pub use templates::Templates;
use views::*;

use crate::diagnostics::{Diagnostic, Sources};
use crate::links::LinkIndex;
use crate::markdown;
use crate::registry::MemberBody;
use crate::site::{Document, ReportStatus, ReportYear, Site};

/// One file of the finished site, relative to the output folder.
#[derive(Debug)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// A page to render: which template, where, and its own context.
enum Job<'a> {
    Home,
    Registry,
    Body(&'a MemberBody),
    Setting(usize),
    Nation(usize),
    Coverage,
    History,
    Reports,
    Year(&'a ReportYear),
    Chapter(&'a ReportYear, usize),
    Page(usize),
    NotFound,
    Feed,
    Sitemap,
}

struct Renderer<'a> {
    site: &'a Site,
    templates: &'a Templates,
    /// Body id → the chapters it wrote, across years.
    chapters_by_body: HashMap<&'a str, Vec<(&'a ReportYear, usize)>>,
    minify: minify_html::Cfg,
    pdfs: &'a HashMap<String, usize>,
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    description: &'a str,
    language: &'a str,
    npm_name: &'a str,
    base_url: &'a str,
    licence: Option<&'a str>,
    licence_url: Option<&'a str>,
    copyright: Option<&'a str>,
}

/// Where a generated stylesheet goes.
pub const SYNTAX_CSS: &str = "css/syntax.css";

/// Loads the templates and adds the site-wide values every page shares.
pub fn prepare(
    site: &Site,
    template_dir: &Path,
    sources: &mut Sources,
) -> Result<Templates, Vec<Diagnostic>> {
    let mut t = Templates::load(template_dir, sources)?;
    let c = &site.config;
    let global = t.tera.global_context();
    global.insert(
        "site",
        &SiteView {
            title: &c.title,
            description: &c.description,
            language: &c.language,
            npm_name: &c.npm_name,
            base_url: &c.base_url,
            licence: c.licence.as_deref(),
            licence_url: c.licence_url.as_deref(),
            copyright: c.copyright.as_deref(),
        },
    );
    let nav: Vec<Link> = site
        .pages
        .iter()
        .map(|p| Link {
            title: p.title.clone(),
            url: p.doc.url.clone(),
        })
        .collect();
    global.insert("nav_pages", &nav);
    global.insert("build_css", &[SYNTAX_CSS]);
    Ok(t)
}

/// Renders every page. `pdfs` gives each year's PDF size in bytes, for the
/// year page's link. All errors are returned together.
pub fn render(
    site: &Site,
    templates: &Templates,
    pdfs: &HashMap<String, usize>,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let mut chapters_by_body: HashMap<&str, Vec<(&ReportYear, usize)>> = HashMap::new();
    for r in &site.reports {
        for (i, c) in r.chapters.iter().enumerate() {
            if let Some(b) = &c.body {
                chapters_by_body.entry(b.as_str()).or_default().push((r, i));
            }
        }
    }
    let mut minify = minify_html::Cfg::new();
    minify.minify_css = true;
    minify.keep_closing_tags = true;
    minify.keep_html_and_head_opening_tags = true;
    let renderer = Renderer {
        site,
        templates,
        chapters_by_body,
        minify,
        pdfs,
    };

    let reg = &site.registry;
    let mut jobs = vec![
        Job::Home,
        Job::Registry,
        Job::Coverage,
        Job::History,
        Job::Reports,
        Job::NotFound,
        Job::Feed,
        Job::Sitemap,
    ];
    jobs.extend(reg.bodies.iter().map(Job::Body));
    jobs.extend((0..reg.settings.len()).map(Job::Setting));
    jobs.extend((0..reg.nations.len()).map(Job::Nation));
    for r in &site.reports {
        jobs.push(Job::Year(r));
        jobs.extend((0..r.chapters.len()).map(|i| Job::Chapter(r, i)));
    }
    jobs.extend((0..site.pages.len()).map(Job::Page));

    let results: Vec<Result<OutputFile, Diagnostic>> =
        jobs.par_iter().map(|j| renderer.job(j)).collect();
    let mut files = Vec::with_capacity(results.len() + 1);
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(f) => files.push(f),
            Err(d) => errors.push(d),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    files.push(OutputFile {
        path: SYNTAX_CSS.to_string(),
        bytes: markdown::syntax_css().into_bytes(),
    });
    Ok(files)
}

/// `"../../"` for `reports/2015-16/`.
fn root_for(url: &str) -> String {
    "../".repeat(url.matches('/').count())
}

fn crumb(title: &str, url: &str) -> Link {
    Link {
        title: title.to_string(),
        url: url.to_string(),
    }
}

impl Renderer<'_> {
    fn job(&self, job: &Job) -> Result<OutputFile, Diagnostic> {
        let site = self.site;
        let reg = &site.registry;
        let home = crumb("Home", "");
        let registry = crumb("Registry", "registry/");
        let reports = crumb("Reports", "reports/");
        match job {
            Job::Home => {
                let mut ctx = self.page_ctx(
                    "",
                    &site.config.title,
                    Some(&site.config.description),
                    vec![],
                    false,
                );
                let members: Vec<BodySummary> = reg
                    .current_members()
                    .map(|b| BodySummary::new(b, reg))
                    .collect();
                ctx.insert("member_count", &members.len());
                ctx.insert("members", &members);
                insert_vocabularies(&mut ctx, reg);
                ctx.insert("reports", &self.report_refs());
                self.html("index.html", "", &ctx, "the home page")
            }
            Job::Registry => {
                let url = "registry/";
                let mut ctx = self.page_ctx(
                    url,
                    "The registry of member bodies",
                    None,
                    vec![home],
                    false,
                );
                let mut current: Vec<BodySummary> = reg
                    .current_members()
                    .map(|b| BodySummary::new(b, reg))
                    .collect();
                current.sort_by(|a, b| a.body.name.cmp(&b.body.name));
                let former: Vec<BodySummary> = reg
                    .bodies
                    .iter()
                    .filter(|b| !b.is_current())
                    .map(|b| BodySummary::new(b, reg))
                    .collect();
                ctx.insert("member_count", &current.len());
                ctx.insert("current", &current);
                ctx.insert("former", &former);
                insert_vocabularies(&mut ctx, reg);
                self.html("registry/index.html", url, &ctx, url)
            }
            Job::Body(b) => self.body_page(b, vec![home, registry]),
            Job::Setting(i) => {
                let s = &reg.settings[*i];
                let url = format!("registry/settings/{}/", s.id);
                let mut ctx = self.page_ctx(
                    &url,
                    &s.name,
                    Some(&s.description),
                    vec![home, registry],
                    false,
                );
                let mut citer = Citer::new(reg);
                let setting_fact = citer.fact(&s.fact);
                let mut by_nation = Vec::new();
                let mut former = Vec::new();
                for n in &reg.nations {
                    let (cur, old): (Vec<_>, Vec<_>) = reg
                        .monitors(&s.id, &n.id)
                        .partition(|(b, _)| b.is_current());
                    by_nation.push(NationEntries {
                        nation: nation_ref(n),
                        entries: cur
                            .iter()
                            .map(|(b, c)| coverage_entry(b, c, reg, &mut citer))
                            .collect(),
                    });
                    if !old.is_empty() {
                        former.push(NationEntries {
                            nation: nation_ref(n),
                            entries: old
                                .iter()
                                .map(|(b, c)| coverage_entry(b, c, reg, &mut citer))
                                .collect(),
                        });
                    }
                }
                ctx.insert(
                    "setting",
                    &SettingView {
                        id: &s.id,
                        name: &s.name,
                        description: &s.description,
                        url: &url,
                        fact: setting_fact,
                    },
                );
                ctx.insert("by_nation", &by_nation);
                ctx.insert("former", &former);
                ctx.insert("citations", &citer.citations());
                self.html("registry/setting.html", &url, &ctx, &url)
            }
            Job::Nation(i) => {
                let n = &reg.nations[*i];
                let url = format!("registry/nations/{}/", n.id);
                let title = format!("Detention monitoring in {}", n.name);
                let mut ctx = self.page_ctx(&url, &title, None, vec![home, registry], false);
                let mut citer = Citer::new(reg);
                let by_setting: Vec<SettingEntries> = reg
                    .settings
                    .iter()
                    .map(|s| SettingEntries {
                        setting: setting_ref(s),
                        entries: reg
                            .monitors(&s.id, &n.id)
                            .filter(|(b, _)| b.is_current())
                            .map(|(b, c)| coverage_entry(b, c, reg, &mut citer))
                            .collect(),
                    })
                    .collect();
                let home_bodies: Vec<BodySummary> = reg
                    .current_members()
                    .filter(|b| b.nations.contains(&n.id))
                    .map(|b| BodySummary::new(b, reg))
                    .collect();
                ctx.insert("nation", &nation_ref(n));
                ctx.insert("by_setting", &by_setting);
                ctx.insert("home_bodies", &home_bodies);
                ctx.insert("citations", &citer.citations());
                self.html("registry/nation.html", &url, &ctx, &url)
            }
            Job::Coverage => {
                let url = "registry/coverage/";
                let mut ctx = self.page_ctx(
                    url,
                    "Who monitors what, where",
                    None,
                    vec![home, registry],
                    false,
                );
                let mut citer = Citer::new(reg);
                let rows: Vec<CoverageRow> = reg
                    .settings
                    .iter()
                    .map(|s| CoverageRow {
                        setting: setting_ref(s),
                        cells: reg
                            .nations
                            .iter()
                            .map(|n| NationEntries {
                                nation: nation_ref(n),
                                entries: reg
                                    .monitors(&s.id, &n.id)
                                    .filter(|(b, _)| b.is_current())
                                    .map(|(b, c)| coverage_entry(b, c, reg, &mut citer))
                                    .collect(),
                            })
                            .collect(),
                    })
                    .collect();
                ctx.insert(
                    "nations",
                    &reg.nations.iter().map(nation_ref).collect::<Vec<_>>(),
                );
                ctx.insert("rows", &rows);
                ctx.insert("citations", &citer.citations());
                self.html("registry/coverage.html", url, &ctx, url)
            }
            Job::History => self.history_page(vec![home, registry]),
            Job::Reports => {
                let url = "reports/";
                let mut ctx = self.page_ctx(url, "Annual reports", None, vec![home], false);
                ctx.insert("reports", &self.report_refs());
                self.html("reports/index.html", url, &ctx, url)
            }
            Job::Year(r) => self.year_page(r, vec![home, reports]),
            Job::Chapter(r, i) => self.chapter_page(r, *i, vec![home, reports]),
            Job::Page(i) => {
                let p = &site.pages[*i];
                let mut ctx = self.page_ctx(
                    &p.doc.url,
                    &p.title,
                    p.description.as_deref(),
                    vec![home],
                    false,
                );
                let rendered = self.markdown(&p.doc, &root_for(&p.doc.url));
                ctx.insert(
                    "page",
                    &PageView {
                        slug: &p.slug,
                        title: &p.title,
                        description: p.description.as_deref(),
                        content: &rendered.html,
                        toc: &rendered.toc,
                    },
                );
                self.html(
                    "page.html",
                    &p.doc.url,
                    &ctx,
                    &p.doc.path.display().to_string(),
                )
            }
            Job::NotFound => {
                let mut ctx = self.page_ctx("", "Page not found", None, vec![], false);
                // Served at any depth: links must start from the site's path.
                ctx.insert("root", &base_path(&site.config.base_url));
                ctx.insert("canonical", &format!("{}404.html", site.config.base_url));
                let html = self.templates.render("404.html", &ctx, "404.html")?;
                Ok(OutputFile {
                    path: "404.html".into(),
                    bytes: minify_html::minify(html.as_bytes(), &self.minify),
                })
            }
            Job::Feed => {
                let mut ctx = Context::new();
                let published: Vec<ReportRef> = site
                    .reports
                    .iter()
                    .rev()
                    .filter(|r| r.status == ReportStatus::Published && r.published.is_some())
                    .map(ReportRef::new)
                    .collect();
                // The feed changes when a report is published, never with the clock.
                let updated = site
                    .reports
                    .iter()
                    .filter(|r| r.status == ReportStatus::Published)
                    .filter_map(|r| r.published)
                    .max()
                    .or_else(|| site.registry.designations.last().map(|d| d.date))
                    .map(|d| d.rfc3339())
                    .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
                ctx.insert("reports", &published);
                ctx.insert("updated", &updated);
                ctx.insert("feed_url", &format!("{}feed.xml", site.config.base_url));
                ctx.insert("root", "");
                let xml = self.templates.render("feed.xml", &ctx, "feed.xml")?;
                Ok(OutputFile {
                    path: "feed.xml".into(),
                    bytes: xml.into_bytes(),
                })
            }
            Job::Sitemap => {
                let mut ctx = Context::new();
                let urls: Vec<String> = self
                    .all_urls()
                    .into_iter()
                    .map(|u| format!("{}{u}", site.config.base_url))
                    .collect();
                ctx.insert("urls", &urls);
                let xml = self.templates.render("sitemap.xml", &ctx, "sitemap.xml")?;
                Ok(OutputFile {
                    path: "sitemap.xml".into(),
                    bytes: xml.into_bytes(),
                })
            }
        }
    }

    /// Every page's URL, for the sitemap.
    fn all_urls(&self) -> Vec<String> {
        let site = self.site;
        let reg = &site.registry;
        let mut urls = vec![
            String::new(),
            "registry/".into(),
            "registry/coverage/".into(),
            "registry/history/".into(),
            "reports/".into(),
        ];
        urls.extend(reg.bodies.iter().map(|b| body_url(&b.id)));
        urls.extend(reg.settings.iter().map(|s| setting_ref(s).url));
        urls.extend(reg.nations.iter().map(|n| nation_ref(n).url));
        for r in &site.reports {
            urls.push(r.url());
            urls.extend(r.chapters.iter().map(|c| c.doc.url.clone()));
        }
        urls.extend(site.pages.iter().map(|p| p.doc.url.clone()));
        urls
    }

    fn report_refs(&self) -> Vec<ReportRef> {
        self.site.reports.iter().rev().map(ReportRef::new).collect()
    }

    fn page_ctx(
        &self,
        url: &str,
        title: &str,
        description: Option<&str>,
        breadcrumbs: Vec<Link>,
        sample: bool,
    ) -> Context {
        let mut ctx = Context::new();
        ctx.insert("root", &root_for(url));
        ctx.insert("title", title);
        ctx.insert("description", &description);
        ctx.insert("canonical", &format!("{}{url}", self.site.config.base_url));
        ctx.insert("breadcrumbs", &breadcrumbs);
        ctx.insert("sample", &sample);
        ctx
    }

    fn html(
        &self,
        template: &str,
        url: &str,
        ctx: &Context,
        what: &str,
    ) -> Result<OutputFile, Diagnostic> {
        let html = self.templates.render(template, ctx, what)?;
        Ok(OutputFile {
            path: format!("{url}index.html"),
            bytes: minify_html::minify(html.as_bytes(), &self.minify),
        })
    }

    /// A document's Markdown as HTML, with links made relative to its page.
    fn markdown(&self, doc: &Document, root: &str) -> markdown::Rendered {
        let links = &self.site.links;
        let resolve = |dest: &str| -> Option<String> {
            let target = links.resolve(&doc.rel, dest).ok()?;
            Some(LinkIndex::href(&target, &doc.url, root))
        };
        markdown::to_html(doc.markdown(), &resolve)
    }

    fn body_page(&self, b: &MemberBody, crumbs: Vec<Link>) -> Result<OutputFile, Diagnostic> {
        let reg = &self.site.registry;
        let url = body_url(&b.id);
        let mut ctx = self.page_ctx(&url, &b.name, Some(&b.summary), crumbs, false);
        let mut citer = Citer::new(reg);
        let fact = citer.fact(&b.fact);
        let instrument = reg.designation(&b.instrument);
        let designation = DesignationView {
            instrument: InstrumentRef {
                id: b.instrument.clone(),
                title: instrument.map(|d| d.title.clone()).unwrap_or_default(),
                date: b.designated.into(),
                url: format!("registry/history/#{}", b.instrument),
            },
            fact: citer.fact(&b.designation_fact),
        };
        let names = b
            .names
            .iter()
            .map(|n| NameView {
                name: n.name.clone(),
                abbreviation: n.abbreviation.clone(),
                until: n.until.into(),
                fact: citer.fact(&n.fact),
            })
            .collect();
        let ended_detail = b.ended.as_ref().map(|e| EndedView {
            date: e.date.into(),
            reason: end_reason_text(e.reason),
            instrument: e
                .instrument
                .as_deref()
                .and_then(|i| reg.designation(i))
                .map(|d| InstrumentRef {
                    id: d.id.clone(),
                    title: d.title.clone(),
                    date: d.date.into(),
                    url: format!("registry/history/#{}", d.id),
                }),
            successor: e
                .successor
                .as_deref()
                .and_then(|s| reg.body(s))
                .map(BodyRef::new),
            fact: citer.fact(&e.fact),
        });
        let events = b
            .events
            .iter()
            .map(|e| EventView {
                date: e.date.into(),
                text: e.text.clone(),
                related: e
                    .related
                    .as_deref()
                    .and_then(|r| reg.body(r))
                    .map(BodyRef::new),
                fact: citer.fact(&e.fact),
            })
            .collect();
        let coverage = b
            .coverage
            .iter()
            .map(|c| BodyCoverageView {
                setting: reg.setting(&c.setting).map(setting_ref),
                nations: nation_refs(reg, &c.nations),
                entry: coverage_entry(b, c, reg, &mut citer),
            })
            .collect();
        let chapters = self
            .chapters_by_body
            .get(b.id.as_str())
            .map(|cs| {
                cs.iter()
                    .map(|(r, i)| ChapterLink {
                        year: r.year.clone(),
                        title: r.chapters[*i].title.clone(),
                        url: r.chapters[*i].doc.url.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let view = BodyView {
            summary: BodySummary::new(b, reg),
            description: &b.summary,
            website: b.website.as_deref(),
            coordinator: b.coordinator,
            names,
            designation,
            ended_detail,
            events,
            coverage,
            chapters,
            fact,
        };
        ctx.insert("body", &view);
        ctx.insert("citations", &citer.citations());
        self.html("registry/body.html", &url, &ctx, &url)
    }

    fn history_page(&self, crumbs: Vec<Link>) -> Result<OutputFile, Diagnostic> {
        let reg = &self.site.registry;
        let url = "registry/history/";
        let mut ctx = self.page_ctx(url, "Designation history", None, crumbs, false);
        let mut citer = Citer::new(reg);
        let instruments: Vec<InstrumentView> = reg
            .designations
            .iter()
            .map(|d| InstrumentView {
                id: &d.id,
                date: d.date.into(),
                title: &d.title,
                citation: d.citation.as_deref(),
                summary: &d.summary,
                members_after: reg.members_on(d.date).count(),
                designated: reg
                    .bodies
                    .iter()
                    .filter(|b| b.instrument == d.id)
                    .map(BodyRef::new)
                    .collect(),
                ended: reg
                    .bodies
                    .iter()
                    .filter(|b| {
                        b.ended
                            .as_ref()
                            .is_some_and(|e| e.instrument.as_deref() == Some(d.id.as_str()))
                    })
                    .map(BodyRef::new)
                    .collect(),
                fact: citer.fact(&d.fact),
            })
            .collect();
        let periods: Vec<PeriodView> = reg
            .periods()
            .into_iter()
            .map(|p| PeriodView {
                from: p.from.into(),
                to: p.to.map(Into::into),
                count: p.members,
            })
            .collect();
        let mut renames = Vec::new();
        for b in &reg.bodies {
            // Each former name gave way to the next one, the last to today's.
            for (i, n) in b.names.iter().enumerate() {
                let to_name = b
                    .names
                    .get(i + 1)
                    .map_or(&b.name, |next| &next.name)
                    .clone();
                renames.push(RenameView {
                    date: n.until.into(),
                    key: n.until,
                    body: BodyRef::new(b),
                    from_name: n.name.clone(),
                    to_name,
                    fact: citer.fact(&n.fact),
                });
            }
        }
        renames.sort_by_key(|r| r.key);
        let ends: Vec<EndView> = reg
            .bodies
            .iter()
            .filter_map(|b| {
                let e = b.ended.as_ref()?;
                Some(EndView {
                    date: e.date.into(),
                    body: BodyRef::new(b),
                    reason: end_reason_text(e.reason),
                    successor: e
                        .successor
                        .as_deref()
                        .and_then(|s| reg.body(s))
                        .map(BodyRef::new),
                })
            })
            .collect();
        ctx.insert("instruments", &instruments);
        ctx.insert("periods", &periods);
        ctx.insert("renames", &renames);
        ctx.insert("ends", &ends);
        ctx.insert("citations", &citer.citations());
        self.html("registry/history.html", url, &ctx, url)
    }

    fn year_page(&self, r: &ReportYear, crumbs: Vec<Link>) -> Result<OutputFile, Diagnostic> {
        let reg = &self.site.registry;
        let url = r.url();
        let mut ctx = self.page_ctx(
            &url,
            &r.title,
            Some(&r.summary),
            crumbs,
            r.status == ReportStatus::Sample,
        );
        let mut citer = Citer::new(reg);
        let view = YearView {
            report: ReportRef::new(r),
            period_start: r.period_start.into(),
            period_end: r.period_end.into(),
            command_paper: r.command_paper.as_deref(),
            isbn: r.isbn.as_deref(),
            pdf: self.pdfs.get(&r.year).map(|&size| PdfView {
                url: crate::pdf::pdf_path(&r.year),
                size_text: size_text(size),
            }),
            fact: citer.fact(&r.fact),
        };
        let chapters: Vec<ChapterSummary> = r
            .chapters
            .iter()
            .map(|c| ChapterSummary {
                slug: &c.slug,
                title: &c.title,
                kind: c.kind,
                kind_label: kind_label(c.kind),
                url: &c.doc.url,
                body: c
                    .body
                    .as_deref()
                    .and_then(|b| reg.body(b))
                    .map(BodyRef::new),
                summary: c.summary.as_deref(),
                words: c.words,
            })
            .collect();
        ctx.insert("report", &view);
        ctx.insert("chapters", &chapters);
        ctx.insert("citations", &citer.citations());
        self.html("reports/year.html", &url, &ctx, &url)
    }

    fn chapter_page(
        &self,
        r: &ReportYear,
        i: usize,
        mut crumbs: Vec<Link>,
    ) -> Result<OutputFile, Diagnostic> {
        let reg = &self.site.registry;
        let c = &r.chapters[i];
        let url = &c.doc.url;
        crumbs.push(crumb(&r.year, &r.url()));
        let mut ctx = self.page_ctx(
            url,
            &c.title,
            c.summary.as_deref(),
            crumbs,
            r.status == ReportStatus::Sample,
        );
        let rendered = self.markdown(&c.doc, &root_for(url));
        let link = |j: usize| {
            r.chapters.get(j).map(|c| Link {
                title: c.title.clone(),
                url: c.doc.url.clone(),
            })
        };
        let view = ChapterView {
            slug: &c.slug,
            title: &c.title,
            kind: c.kind,
            kind_label: kind_label(c.kind),
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
            toc: &rendered.toc,
            words: c.words,
        };
        ctx.insert("report", &ReportRef::new(r));
        ctx.insert("chapter", &view);
        ctx.insert("prev", &i.checked_sub(1).and_then(link));
        ctx.insert("next", &link(i + 1));
        self.html(
            "reports/chapter.html",
            url,
            &ctx,
            &c.doc.path.display().to_string(),
        )
    }
}

/// The setting and nation lists that index pages link to.
fn insert_vocabularies(ctx: &mut Context, reg: &crate::registry::Registry) {
    ctx.insert(
        "settings",
        &reg.settings.iter().map(setting_ref).collect::<Vec<_>>(),
    );
    ctx.insert(
        "nations",
        &reg.nations.iter().map(nation_ref).collect::<Vec<_>>(),
    );
}

/// "1.2 MB", "340 KB": the GOV.UK way of giving a download's size.
fn size_text(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

/// `/npm/` for `https://example.org/npm/`.
fn base_path(base_url: &str) -> String {
    let after_scheme = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].to_string(),
        None => "/".into(),
    }
}

#[derive(Serialize)]
struct NationEntries {
    nation: Ref,
    entries: Vec<CoverageEntry>,
}

#[derive(Serialize)]
struct SettingEntries {
    setting: Ref,
    entries: Vec<CoverageEntry>,
}

#[derive(Serialize)]
struct CoverageRow {
    setting: Ref,
    cells: Vec<NationEntries>,
}

#[derive(Serialize)]
struct SettingView<'a> {
    id: &'a str,
    name: &'a str,
    description: &'a str,
    url: &'a str,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct PageView<'a> {
    slug: &'a str,
    title: &'a str,
    description: Option<&'a str>,
    content: &'a str,
    toc: &'a [markdown::TocEntry],
}

#[derive(Serialize)]
struct InstrumentRef {
    id: String,
    title: String,
    date: crate::content::date::DateView,
    url: String,
}

#[derive(Serialize)]
struct DesignationView {
    instrument: InstrumentRef,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct NameView {
    name: String,
    abbreviation: Option<String>,
    until: crate::content::date::DateView,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct EndedView {
    date: crate::content::date::DateView,
    reason: &'static str,
    instrument: Option<InstrumentRef>,
    successor: Option<BodyRef>,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct EventView {
    date: crate::content::date::DateView,
    text: String,
    related: Option<BodyRef>,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct BodyCoverageView {
    setting: Option<Ref>,
    nations: Vec<Ref>,
    #[serde(flatten)]
    entry: CoverageEntry,
}

#[derive(Serialize)]
struct ChapterLink {
    year: String,
    title: String,
    url: String,
}

#[derive(Serialize)]
struct BodyView<'a> {
    #[serde(flatten)]
    summary: BodySummary,
    /// `summary` in docs/templates.md: the body's description.
    #[serde(rename = "summary")]
    description: &'a str,
    website: Option<&'a str>,
    coordinator: bool,
    names: Vec<NameView>,
    designation: DesignationView,
    ended_detail: Option<EndedView>,
    events: Vec<EventView>,
    coverage: Vec<BodyCoverageView>,
    chapters: Vec<ChapterLink>,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct InstrumentView<'a> {
    id: &'a str,
    date: crate::content::date::DateView,
    title: &'a str,
    citation: Option<&'a str>,
    summary: &'a str,
    members_after: usize,
    designated: Vec<BodyRef>,
    ended: Vec<BodyRef>,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct PeriodView {
    from: crate::content::date::DateView,
    to: Option<crate::content::date::DateView>,
    count: usize,
}

#[derive(Serialize)]
struct RenameView {
    date: crate::content::date::DateView,
    #[serde(skip)]
    key: crate::content::date::Date,
    body: BodyRef,
    from_name: String,
    to_name: String,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct EndView {
    date: crate::content::date::DateView,
    body: BodyRef,
    reason: &'static str,
    successor: Option<BodyRef>,
}

#[derive(Serialize)]
struct PdfView {
    url: String,
    size_text: String,
}

#[derive(Serialize)]
struct YearView<'a> {
    #[serde(flatten)]
    report: ReportRef,
    period_start: crate::content::date::DateView,
    period_end: crate::content::date::DateView,
    command_paper: Option<&'a str>,
    isbn: Option<&'a str>,
    pdf: Option<PdfView>,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct ChapterSummary<'a> {
    slug: &'a str,
    title: &'a str,
    kind: crate::site::ChapterKind,
    kind_label: &'static str,
    url: &'a str,
    body: Option<BodyRef>,
    summary: Option<&'a str>,
    words: usize,
}

#[derive(Serialize)]
struct ChapterView<'a> {
    slug: &'a str,
    title: &'a str,
    kind: crate::site::ChapterKind,
    kind_label: &'static str,
    body: Option<BodyRef>,
    authors: &'a [String],
    summary: Option<&'a str>,
    settings: Vec<Ref>,
    nations: Vec<Ref>,
    content: &'a str,
    toc: &'a [markdown::TocEntry],
    words: usize,
}

#[cfg(test)]
mod tests {
    #[test]
    fn roots_and_base_paths() {
        assert_eq!(super::root_for(""), "");
        assert_eq!(super::root_for("reports/2015-16/"), "../../");
        assert_eq!(super::base_path("https://example.org/npm/"), "/npm/");
        assert_eq!(super::base_path("https://example.org/"), "/");
    }
}
