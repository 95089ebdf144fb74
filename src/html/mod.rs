//! Stage 3, render (HTML): the validated site → every page, the feed and the
//! sitemap, as bytes in memory. Pages render in parallel; nothing here
//! touches the output folder.

mod templates;
pub mod timeline;
pub mod views;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

pub use templates::Templates;
use views::*;

use crate::content::date::Date;
use crate::diagnostics::{Diagnostic, Sources};
use crate::links::LinkIndex;
use crate::markdown;
use crate::registry::MemberBody;
use crate::site::{Document, ReportStatus, ReportYear, Site};

/// One file of the finished site, relative to the output folder.
#[derive(Debug, Clone)]
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
    /// The finder's answer for one setting in one nation.
    Finder(usize, usize),
    Search,
    AtoZ,
    Data,
    NotFound,
    Feed,
    Sitemap,
}

/// What `serve` keeps between rebuilds, so that a page whose HTML did not
/// change is not minified again and a document whose text and link targets
/// did not change is not rendered again. `build` renders without one.
#[derive(Default)]
pub struct RenderCache {
    /// Output path → a hash of the page before minifying, and the result.
    minified: Mutex<HashMap<String, (u64, Vec<u8>)>>,
    /// Source file → a hash of its Markdown, page, root and every link
    /// target of the site, and the rendered document.
    markdown: Mutex<HashMap<PathBuf, (u64, markdown::Rendered)>>,
}

/// One number for some bytes, for caches that compare inputs.
pub(crate) fn hash_of(parts: &[&[u8]]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for p in parts {
        p.hash(&mut h);
    }
    h.finish()
}

struct Renderer<'a> {
    site: &'a Site,
    cache: Option<&'a RenderCache>,
    /// `site.links.fingerprint()`, when there is a cache.
    links_fingerprint: u64,
    templates: &'a Templates,
    /// Body id → the chapters it wrote, across years.
    chapters_by_body: HashMap<&'a str, Vec<(&'a ReportYear, usize)>>,
    minify: minify_html::Cfg,
    /// Downloads' sizes by output path (PDFs, data files).
    sizes: &'a HashMap<String, usize>,
    /// The right-hand end of the timelines.
    timeline_end: Date,
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    description: &'a str,
    language: &'a str,
    /// `en_GB` for `en-GB`: Open Graph's spelling.
    locale: String,
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
            locale: c.language.replace('-', "_"),
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

/// Renders every page. `sizes` gives downloads' sizes in bytes by output
/// path, for the links to them. All errors are returned together.
pub fn render(
    site: &Site,
    templates: &Templates,
    sizes: &HashMap<String, usize>,
    cache: Option<&RenderCache>,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let renderer = Renderer::new(site, templates, sizes, cache);
    let reg = &site.registry;
    let mut jobs = vec![
        Job::Home,
        Job::Registry,
        Job::Coverage,
        Job::History,
        Job::Reports,
        Job::Search,
        Job::AtoZ,
        Job::Data,
        Job::NotFound,
        Job::Feed,
        Job::Sitemap,
    ];
    jobs.extend(reg.bodies.iter().map(Job::Body));
    jobs.extend((0..reg.settings.len()).map(Job::Setting));
    jobs.extend((0..reg.nations.len()).map(Job::Nation));
    for s in 0..reg.settings.len() {
        jobs.extend((0..reg.nations.len()).map(|n| Job::Finder(s, n)));
    }
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

/// One chapter's page: chapter `i` of `year`, which may be a changed copy
/// of one of `site`'s years (`serve` shows a saved chapter this way before
/// it renders the rest). The same bytes as `render` gives for it.
pub fn render_chapter(
    site: &Site,
    templates: &Templates,
    sizes: &HashMap<String, usize>,
    cache: Option<&RenderCache>,
    year: &ReportYear,
    i: usize,
) -> Result<OutputFile, Diagnostic> {
    Renderer::new(site, templates, sizes, cache).job(&Job::Chapter(year, i))
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

impl<'a> Renderer<'a> {
    fn new(
        site: &'a Site,
        templates: &'a Templates,
        sizes: &'a HashMap<String, usize>,
        cache: Option<&'a RenderCache>,
    ) -> Renderer<'a> {
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
        Renderer {
            site,
            cache,
            links_fingerprint: cache.map_or(0, |_| site.links.fingerprint()),
            templates,
            chapters_by_body,
            minify,
            sizes,
            timeline_end: timeline_end(site),
        }
    }

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
                ctx.insert("json_ld", &json_ld(&self.website_ld()));
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
                let grid: Vec<FinderRow> = reg
                    .settings
                    .iter()
                    .map(|s| FinderRow {
                        setting: setting_ref(s),
                        cells: reg
                            .nations
                            .iter()
                            .map(|n| {
                                let current: Vec<_> = reg
                                    .monitors(&s.id, &n.id)
                                    .filter(|(b, _)| b.is_current())
                                    .collect();
                                let bodies = |uncertain_only: bool| {
                                    current
                                        .iter()
                                        .filter(|(_, c)| !uncertain_only || c.fact.uncertain)
                                        .map(|(b, _)| &b.id)
                                        .collect::<std::collections::BTreeSet<_>>()
                                        .len()
                                };
                                FinderCell {
                                    nation: &n.name,
                                    url: finder_url(&s.id, &n.id),
                                    count: bodies(false),
                                    uncertain: bodies(true),
                                }
                            })
                            .collect(),
                    })
                    .collect();
                ctx.insert("finder_grid", &grid);
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
                ctx.insert("search", &SearchMeta::new("Kind of detention", None));
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
                ctx.insert("search", &SearchMeta::new("Nation", None));
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
                ctx.insert("search", &SearchMeta::new("Page", None));
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
            Job::Finder(si, ni) => self.finder_page(*si, *ni, vec![home, registry]),
            Job::Search => {
                let url = "search/";
                let ctx = self.page_ctx(url, "Search", None, vec![home], false);
                self.html("search.html", url, &ctx, url)
            }
            Job::AtoZ => {
                let url = "a-z/";
                let mut ctx = self.page_ctx(url, "A to Z index", None, vec![home], false);
                ctx.insert("letters", &self.a_to_z());
                self.html("a-z.html", url, &ctx, url)
            }
            Job::Data => self.data_page(vec![home]),
            Job::NotFound => {
                let mut ctx = self.page_ctx("", "Page not found", None, vec![], false);
                // Served at any depth: links must start from the site's path.
                ctx.insert("root", &base_path(&site.config.base_url));
                ctx.insert("canonical", &format!("{}404.html", site.config.base_url));
                let html = self.templates.render("404.html", &ctx, "404.html")?;
                let path = "404.html".to_string();
                Ok(OutputFile {
                    bytes: self.minified(&path, &html),
                    path,
                })
            }
            Job::Feed => {
                let mut ctx = Context::new();
                // Every report published, wherever its text is, once its
                // date is known at least to the month.
                let in_feed = |r: &&ReportYear| {
                    r.status != ReportStatus::Draft
                        && r.published.is_some_and(|d| d.month.is_some())
                };
                let published: Vec<ReportRef> = site
                    .reports
                    .iter()
                    .rev()
                    .filter(in_feed)
                    .map(ReportRef::new)
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
        for s in &reg.settings {
            urls.extend(reg.nations.iter().map(|n| finder_url(&s.id, &n.id)));
        }
        urls.push("a-z/".into());
        urls.push("data/".into());
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
        // Not in the search index, no structured data, unless a page says so.
        ctx.insert("search", &None::<SearchMeta>);
        ctx.insert("json_ld", &None::<String>);
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
        let path = format!("{url}index.html");
        Ok(OutputFile {
            bytes: self.minified(&path, &html),
            path,
        })
    }

    /// The page minified, or what it was last time if it is the same page.
    fn minified(&self, path: &str, html: &str) -> Vec<u8> {
        let Some(cache) = self.cache else {
            return minify_html::minify(html.as_bytes(), &self.minify);
        };
        let key = hash_of(&[html.as_bytes()]);
        if let Ok(m) = cache.minified.lock()
            && let Some((k, bytes)) = m.get(path)
            && *k == key
        {
            return bytes.clone();
        }
        let bytes = minify_html::minify(html.as_bytes(), &self.minify);
        if let Ok(mut m) = cache.minified.lock() {
            m.insert(path.to_string(), (key, bytes.clone()));
        }
        bytes
    }

    /// A document's Markdown as HTML, with links made relative to its page.
    fn markdown(&self, doc: &Document, root: &str) -> markdown::Rendered {
        let links = &self.site.links;
        let resolve = |dest: &str| -> Option<String> {
            let target = links.resolve(&doc.rel, dest).ok()?;
            Some(LinkIndex::href(&target, &doc.url, root))
        };
        let Some(cache) = self.cache else {
            return markdown::to_html(doc.markdown(), &resolve);
        };
        let key = hash_of(&[
            doc.markdown().as_bytes(),
            doc.url.as_bytes(),
            root.as_bytes(),
            &self.links_fingerprint.to_le_bytes(),
        ]);
        if let Ok(m) = cache.markdown.lock()
            && let Some((k, rendered)) = m.get(&doc.path)
            && *k == key
        {
            return rendered.clone();
        }
        let rendered = markdown::to_html(doc.markdown(), &resolve);
        if let Ok(mut m) = cache.markdown.lock() {
            m.insert(doc.path.clone(), (key, rendered.clone()));
        }
        rendered
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
        ctx.insert(
            "timeline_svg",
            &timeline::body_svg(reg, b, self.timeline_end),
        );
        ctx.insert("search", &SearchMeta::new("Member body", None));
        ctx.insert("json_ld", &json_ld(&self.body_ld(b)));
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
            .map(|p| {
                // Under the names they used when the period began.
                let mut members: Vec<BodyRef> = reg
                    .members_on(p.from)
                    .map(|b| BodyRef::on(b, p.from))
                    .collect();
                members.sort_by(|a, b| a.name.cmp(&b.name));
                PeriodView {
                    from: p.from.into(),
                    to: p.to.map(Into::into),
                    count: p.members,
                    members,
                }
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
        ctx.insert(
            "timeline_svg",
            &timeline::history_svg(reg, self.timeline_end),
        );
        ctx.insert("search", &SearchMeta::new("Registry", None));
        ctx.insert("renames", &renames);
        ctx.insert("ends", &ends);
        ctx.insert("citations", &citer.citations());
        self.html("registry/history.html", url, &ctx, url)
    }

    fn year_page(&self, r: &ReportYear, crumbs: Vec<Link>) -> Result<OutputFile, Diagnostic> {
        let reg = &self.site.registry;
        let url = r.url();
        let description = r.summary.clone().unwrap_or_else(|| year_description(r));
        let mut ctx = self.page_ctx(
            &url,
            &r.heading(),
            Some(&description),
            crumbs,
            r.status == ReportStatus::Sample,
        );
        let mut citer = Citer::new(reg);
        let f = &r.facts;
        let view = YearView {
            report: ReportRef::new(r),
            period_start: r.period_start.into(),
            period_end: r.period_end.into(),
            isbn: r.isbn.as_deref(),
            isbn_web: r.isbn_web.as_deref(),
            pdf: self
                .sizes
                .get(&crate::pdf::pdf_path(&r.year))
                .map(|&size| PdfView {
                    url: crate::pdf::pdf_path(&r.year),
                    size_text: size_text(size),
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
        ctx.insert("search", &SearchMeta::new("Annual report", Some(&r.year)));
        ctx.insert("json_ld", &json_ld(&self.report_ld(r)));
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
        ctx.insert("search", &SearchMeta::new("Report chapter", Some(&r.year)));
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
/// A year's description when it has no summary: what it is and its period.
fn year_description(r: &ReportYear) -> String {
    let mut d = format!(
        "The {} annual report, on {} to {}",
        crate::site::ordinal_figures(r.number),
        r.period_start.text(),
        r.period_end.text()
    );
    if let Some(cp) = &r.command_paper {
        d.push_str(&format!(" ({cp})"));
    }
    d.push('.');
    if r.is_archived() {
        d.push_str(" Its full text is published elsewhere.");
    }
    d
}

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
    members: Vec<BodyRef>,
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

/// What the search index records about a page: shown beside its title in
/// the results.
#[derive(Serialize)]
struct SearchMeta<'a> {
    kind: &'a str,
    year: Option<&'a str>,
}

impl<'a> SearchMeta<'a> {
    fn new(kind: &'a str, year: Option<&'a str>) -> Self {
        SearchMeta { kind, year }
    }
}

/// schema.org JSON-LD, safe inside `<script>`: `<`, `>` and `&` are escaped
/// so no text from the content can end the element.
fn json_ld(value: &serde_json::Value) -> String {
    serde_json::to_string(value)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The right-hand end of the timelines: when the registry was last checked,
/// or else the year after its latest date. Never the clock, so rebuilds match.
fn timeline_end(site: &Site) -> Date {
    if let Some(d) = site.config.registry_as_of {
        return d;
    }
    let reg = &site.registry;
    let latest = reg
        .bodies
        .iter()
        .flat_map(|b| {
            std::iter::once(b.designated)
                .chain(b.ended.as_ref().map(|e| e.date))
                .chain(b.names.iter().map(|n| n.until))
                .chain(b.events.iter().map(|e| e.date))
        })
        .chain(reg.designations.iter().map(|d| d.date))
        .max_by_key(|d| d.key());
    latest
        .and_then(|d| Date::ymd(d.year.saturating_add(1), 1, 1))
        .unwrap_or(Date {
            year: 2000,
            month: None,
            day: None,
        })
}

#[derive(Serialize)]
struct FinderRow<'a> {
    setting: Ref,
    cells: Vec<FinderCell<'a>>,
}

#[derive(Serialize)]
struct FinderCell<'a> {
    nation: &'a str,
    url: String,
    count: usize,
    /// How many of them the data marks uncertain.
    uncertain: usize,
}

#[derive(Serialize)]
struct FinderView {
    setting: Ref,
    nation: Ref,
    url: String,
    /// The setting's name inside a sentence: "police custody".
    setting_phrase: String,
    current: Vec<FinderEntry>,
    former: Vec<FinderEntry>,
}

#[derive(Serialize)]
struct FinderEntry {
    #[serde(flatten)]
    entry: CoverageEntry,
    designated: crate::content::date::DateView,
    ended: Option<crate::content::date::DateView>,
}

#[derive(Serialize)]
struct AtoZEntry {
    title: String,
    url: String,
    hint: String,
}

#[derive(Serialize)]
struct Letter {
    letter: String,
    /// `letter-a`: stable, so links to a letter keep working.
    id: String,
    entries: Vec<AtoZEntry>,
}

#[derive(Serialize)]
struct DataFileView {
    path: String,
    name: String,
    title: &'static str,
    format: &'static str,
    size_text: String,
    description: String,
}

#[derive(Serialize)]
struct TableView {
    file: &'static str,
    row: &'static str,
    columns: Vec<crate::data::FieldDoc>,
}

impl Renderer<'_> {
    fn finder_page(
        &self,
        si: usize,
        ni: usize,
        crumbs: Vec<Link>,
    ) -> Result<OutputFile, Diagnostic> {
        let reg = &self.site.registry;
        let (s, n) = (&reg.settings[si], &reg.nations[ni]);
        let url = finder_url(&s.id, &n.id);
        let title = format!("{} in {}", s.name, n.name);
        let description = format!(
            "The member bodies of the {} that monitor {} in {}: their part and since when.",
            self.site.config.npm_name,
            lower_first(&s.name),
            n.name
        );
        let mut ctx = self.page_ctx(&url, &title, Some(&description), crumbs, false);
        let mut citer = Citer::new(reg);
        let mut current = Vec::new();
        let mut former = Vec::new();
        for (b, c) in reg.monitors(&s.id, &n.id) {
            let entry = FinderEntry {
                entry: coverage_entry(b, c, reg, &mut citer),
                designated: b.designated.into(),
                ended: b.ended.as_ref().map(|e| e.date.into()),
            };
            if b.is_current() {
                current.push(entry);
            } else {
                former.push(entry);
            }
        }
        ctx.insert(
            "finder",
            &FinderView {
                setting: setting_ref(s),
                nation: nation_ref(n),
                url: url.clone(),
                setting_phrase: lower_first(&s.name),
                current,
                former,
            },
        );
        ctx.insert("citations", &citer.citations());
        insert_vocabularies(&mut ctx, reg);
        self.html("registry/finder.html", &url, &ctx, &url)
    }

    /// Bodies (by current and former names and abbreviations), kinds of
    /// detention, nations, report years and chapters, by first letter.
    fn a_to_z(&self) -> Vec<Letter> {
        let site = self.site;
        let reg = &site.registry;
        let mut all = Vec::new();
        let mut add = |title: &str, url: String, hint: String| {
            all.push(AtoZEntry {
                title: title.to_string(),
                url,
                hint,
            })
        };
        for b in &reg.bodies {
            let status = if b.is_current() {
                "Member body".to_string()
            } else {
                "Former member body".to_string()
            };
            add(&b.name, body_url(&b.id), status.clone());
            if !b.abbreviation.is_empty() && b.abbreviation != b.name {
                add(&b.abbreviation, body_url(&b.id), b.name.clone());
            }
            for n in &b.names {
                add(
                    &n.name,
                    body_url(&b.id),
                    format!("Former name of {}", b.name),
                );
                if let Some(a) = n.abbreviation.as_deref().filter(|a| *a != b.abbreviation) {
                    add(
                        a,
                        body_url(&b.id),
                        format!("Former abbreviation of {}", b.name),
                    );
                }
            }
        }
        for s in &reg.settings {
            add(&s.name, setting_ref(s).url, "Kind of detention".into());
        }
        for n in &reg.nations {
            add(&n.name, nation_ref(n).url, "Nation".into());
        }
        for r in &site.reports {
            add(&r.heading(), r.url(), format!("Annual report {}", r.year));
            for c in &r.chapters {
                add(
                    &c.title,
                    c.doc.url.clone(),
                    format!("Chapter, annual report {}", r.year),
                );
            }
        }
        for p in &site.pages {
            add(&p.title, p.doc.url.clone(), "Page".into());
        }
        add("Open data", "data/".into(), "Page".into());
        // Grouped 0–9, A to Z, then everything else, so each letter appears once.
        let group = |title: &str| -> (u8, String, String) {
            match title.chars().find(|c| c.is_alphanumeric()) {
                Some(c) if c.is_ascii_digit() => (0, "0–9".into(), "letter-0-9".into()),
                Some(c) if c.is_ascii_alphabetic() => {
                    let upper = c.to_ascii_uppercase();
                    (
                        upper as u8 - b'A' + 1,
                        upper.to_string(),
                        format!("letter-{}", c.to_ascii_lowercase()),
                    )
                }
                _ => (27, "Other".into(), "letter-other".into()),
            }
        };
        let key = |e: &AtoZEntry| {
            e.title
                .chars()
                .filter(|c| c.is_alphanumeric() || c.is_whitespace())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        };
        all.sort_by_cached_key(|e| (group(&e.title).0, key(e), e.url.clone(), e.hint.clone()));
        let mut letters: Vec<Letter> = Vec::new();
        for e in all {
            let (_, letter, id) = group(&e.title);
            match letters.last_mut() {
                Some(l) if l.letter == letter => l.entries.push(e),
                _ => letters.push(Letter {
                    letter,
                    id,
                    entries: vec![e],
                }),
            }
        }
        letters
    }

    fn data_page(&self, crumbs: Vec<Link>) -> Result<OutputFile, Diagnostic> {
        let site = self.site;
        let url = "data/";
        let description = format!(
            "The {} registry and reports as open data: JSON, CSV and JSON Schema, with every field documented.",
            site.config.npm_name
        );
        let mut ctx = self.page_ctx(url, "Open data", Some(&description), crumbs, false);
        let schema_err = |e: serde_json::Error| {
            Diagnostic::error(
                "data",
                None,
                format!("a built-in schema does not parse: {e}"),
            )
        };
        let size = |path: &str| {
            self.sizes
                .get(path)
                .copied()
                .map(size_text)
                .unwrap_or_default()
        };
        let mut files = vec![
            DataFileView {
                path: "data/registry.json".into(),
                name: "registry.json".into(),
                title: "Registry",
                format: "JSON",
                size_text: size("data/registry.json"),
                description: "Every member body, current and former: names over time, designation, coverage and sources.".into(),
            },
            DataFileView {
                path: "data/reports.json".into(),
                name: "reports.json".into(),
                title: "Annual reports",
                format: "JSON",
                size_text: size("data/reports.json"),
                description: "Every report in the series: period, status and facts with their sources; PDF and chapters for a year built here, official copies for one published elsewhere.".into(),
            },
        ];
        for t in crate::data::TABLES {
            let path = format!("data/{}", t.file);
            files.push(DataFileView {
                size_text: size(&path),
                path,
                name: t.file.into(),
                title: t.title,
                format: "CSV",
                description: format!("One row per {}.", t.row),
            });
        }
        for (file, what) in [
            ("registry.schema.json", "registry.json"),
            ("reports.schema.json", "reports.json"),
        ] {
            let path = format!("data/{file}");
            files.push(DataFileView {
                size_text: size(&path),
                path,
                name: file.into(),
                title: "JSON Schema",
                format: "JSON Schema",
                description: format!("The structure of {what} (JSON Schema 2020-12)."),
            });
        }
        let tables: Vec<TableView> = crate::data::TABLES
            .iter()
            .map(|t| TableView {
                file: t.file,
                row: t.row,
                columns: t
                    .columns
                    .iter()
                    .map(|(name, doc)| crate::data::FieldDoc {
                        path: name.to_string(),
                        kind: String::new(),
                        description: doc.to_string(),
                    })
                    .collect(),
            })
            .collect();
        let (licence, licence_url) = crate::data::licence(site);
        ctx.insert("files", &files);
        ctx.insert("tables", &tables);
        ctx.insert(
            "registry_fields",
            &crate::data::schema_fields(crate::data::REGISTRY_SCHEMA).map_err(schema_err)?,
        );
        ctx.insert(
            "reports_fields",
            &crate::data::schema_fields(crate::data::REPORTS_SCHEMA).map_err(schema_err)?,
        );
        ctx.insert("licence", licence);
        ctx.insert("licence_url", &licence_url);
        ctx.insert(
            "as_of",
            &site
                .config
                .registry_as_of
                .map(crate::content::date::DateView::from),
        );
        ctx.insert(
            "citation",
            &crate::data::citation(
                site,
                "Registry of member bodies",
                "registry.json",
                site.config.registry_as_of,
            ),
        );
        ctx.insert("search", &SearchMeta::new("Page", None));
        ctx.insert("json_ld", &json_ld(&self.dataset_ld(&files, licence_url)));
        self.html("data.html", url, &ctx, url)
    }

    fn npm_ld(&self) -> serde_json::Value {
        let c = &self.site.config;
        serde_json::json!({
            "@type": "GovernmentOrganization",
            "name": c.npm_name,
            "url": c.base_url,
        })
    }

    fn website_ld(&self) -> serde_json::Value {
        let c = &self.site.config;
        serde_json::json!({
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": c.title,
            "description": c.description,
            "url": c.base_url,
            "inLanguage": c.language,
            "publisher": self.npm_ld(),
            "potentialAction": {
                "@type": "SearchAction",
                "target": format!("{}search/?q={{search_term_string}}", c.base_url),
                "query-input": "required name=search_term_string",
            },
        })
    }

    fn body_ld(&self, b: &MemberBody) -> serde_json::Value {
        let c = &self.site.config;
        let reg = &self.site.registry;
        let mut alternate: Vec<&str> = Vec::new();
        if !b.abbreviation.is_empty() {
            alternate.push(&b.abbreviation);
        }
        for n in &b.names {
            alternate.push(&n.name);
            alternate.extend(n.abbreviation.as_deref());
        }
        let areas: Vec<serde_json::Value> = b
            .nations
            .iter()
            .filter_map(|n| reg.nation(n))
            .map(|n| serde_json::json!({"@type": "Place", "name": n.name}))
            .collect();
        let page = format!("{}{}", c.base_url, body_url(&b.id));
        let mut ld = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "GovernmentOrganization",
            "@id": format!("{page}#body"),
            "name": b.name,
            "alternateName": alternate,
            "description": b.summary,
            "areaServed": areas,
            "mainEntityOfPage": page,
            "memberOf": {
                "@type": "ProgramMembership",
                "programName": c.npm_name,
                "startDate": b.designated.iso(),
            },
        });
        if let Some(end) = &b.ended {
            ld["memberOf"]["endDate"] = end.date.iso().into();
        }
        if let Some(w) = &b.website {
            ld["url"] = w.as_str().into();
            ld["sameAs"] = w.as_str().into();
        }
        ld
    }

    fn report_ld(&self, r: &ReportYear) -> serde_json::Value {
        let c = &self.site.config;
        let reg = &self.site.registry;
        let page = format!("{}{}", c.base_url, r.url());
        let parts: Vec<serde_json::Value> = r
            .chapters
            .iter()
            .map(|ch| {
                let mut part = serde_json::json!({
                    "@type": "Chapter",
                    "name": ch.title,
                    "url": format!("{}{}", c.base_url, ch.doc.url),
                });
                if let Some(b) = ch.body.as_deref().and_then(|b| reg.body(b)) {
                    part["author"] = serde_json::json!({
                        "@type": "GovernmentOrganization",
                        "@id": format!("{}{}#body", c.base_url, body_url(&b.id)),
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
            "name": r.heading(),
            "description": r.summary.clone().unwrap_or_else(|| year_description(r)),
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
        if let Some(l) = crate::data::licence(self.site).1 {
            ld["license"] = l.into();
        }
        let pdf = crate::pdf::pdf_path(&r.year);
        if self.sizes.contains_key(&pdf) {
            ld["encoding"] = serde_json::json!({
                "@type": "MediaObject",
                "contentUrl": format!("{}{pdf}", c.base_url),
                "encodingFormat": "application/pdf",
            });
        }
        ld
    }

    fn dataset_ld(&self, files: &[DataFileView], licence_url: Option<&str>) -> serde_json::Value {
        let c = &self.site.config;
        let downloads: Vec<serde_json::Value> = files
            .iter()
            .map(|f| {
                let format = match f.format {
                    "CSV" => "text/csv",
                    _ => "application/json",
                };
                serde_json::json!({
                    "@type": "DataDownload",
                    "name": f.path.trim_start_matches("data/"),
                    "encodingFormat": format,
                    "contentUrl": format!("{}{}", c.base_url, f.path),
                })
            })
            .collect();
        let mut ld = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Dataset",
            "name": format!("{}: registry of member bodies and annual reports", c.npm_name),
            "description": format!(
                "The bodies designated to the {} under OPCAT, with their names over time, designations, what they monitor where and the sources for each fact; and the NPM's annual reports.",
                c.npm_name
            ),
            "url": format!("{}data/", c.base_url),
            "creator": self.npm_ld(),
            "distribution": downloads,
        });
        if let Some(l) = licence_url {
            ld["license"] = l.into();
        }
        if let Some(d) = c.registry_as_of {
            ld["dateModified"] = d.iso().into();
        }
        ld
    }
}

/// A name for the middle of a sentence: "Police custody" → "police
/// custody", but "HMP Berwyn" and "Terrorism Act" keep their capitals after
/// the first word.
fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => first
            .to_lowercase()
            .chain(name[first.len_utf8()..].chars())
            .collect(),
        _ => name.to_string(),
    }
}

/// The finder's static page for one setting in one nation.
pub fn finder_url(setting: &str, nation: &str) -> String {
    format!("registry/settings/{setting}/{nation}/")
}

#[cfg(test)]
mod tests {
    #[test]
    fn lower_first_keeps_acronyms_and_later_capitals() {
        assert_eq!(super::lower_first("Police custody"), "police custody");
        assert_eq!(
            super::lower_first("Detention under the Terrorism Act"),
            "detention under the Terrorism Act"
        );
        assert_eq!(super::lower_first("HMP Berwyn"), "HMP Berwyn");
        assert_eq!(super::lower_first(""), "");
    }

    #[test]
    fn roots_and_base_paths() {
        assert_eq!(super::root_for(""), "");
        assert_eq!(super::root_for("reports/2015-16/"), "../../");
        assert_eq!(super::base_path("https://example.org/npm/"), "/npm/");
        assert_eq!(super::base_path("https://example.org/"), "/");
    }
}
