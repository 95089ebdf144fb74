//! Stage 3, render (HTML): the validated site → every page, the feed and the
//! sitemap, as bytes in memory, handed on a batch at a time (`build` writes
//! each batch and lets it go). Pages render in parallel; nothing here
//! touches the output folder.
//!
//! This module is the renderer's frame: the shared context, templates
//! and the cache `serve` keeps. Pages are written as the templates make
//! them, not minified: see `Renderer::html`. Each family of pages has its
//! own module in `pages/`, which also holds the one list of pages.

mod frame;
mod pages;
mod svg;
mod templates;
pub mod timeline;
pub(crate) mod untranslated;
pub mod views;
pub(crate) mod visits;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

pub use pages::finder::finder_url;
pub use templates::Templates;
use views::*;

use frame::{SearchFilter, SearchMeta, Vocabularies, base_path, json_ld, root_for};

use crate::content::date::Date;
use crate::diagnostics::{Diagnostic, Sources};
use crate::links::LinkIndex;
use crate::markdown;
pub use crate::output::OutputFile;
use crate::site::{Document, ReportYear, Site};

/// What `serve` keeps between rebuilds, so that a document whose text and
/// link targets did not change is not rendered again. `build` renders
/// without one.
#[derive(Default)]
pub struct RenderCache {
    /// (Language folder, source file) → a hash of its Markdown, page,
    /// root and every link target of the site, and the rendered document.
    markdown: Mutex<HashMap<(String, PathBuf), (u64, markdown::Rendered)>>,
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
    /// Downloads' sizes by output path (PDFs, data files).
    sizes: &'a HashMap<String, usize>,
    /// The right-hand end of the timelines.
    timeline_end: Date,
    /// The interface's words in the site's language.
    words: &'a crate::i18n::Catalogue,
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    description: &'a str,
    language: &'a str,
    /// `en_GB` for `en-GB`: Open Graph's spelling.
    locale: String,
    /// `rtl` for a language written right to left (`<html dir>`), else
    /// nothing: left to right is the default.
    dir: Option<&'static str>,
    npm_name: &'a str,
    base_url: &'a str,
    licence: Option<&'a str>,
    licence_url: Option<&'a str>,
    copyright: Option<&'a str>,
}

/// Who translated the interface's words and whether a fluent speaker has
/// reviewed them: pages in a language whose catalogue is not reviewed say so.
#[derive(Serialize)]
struct CatalogueView<'a> {
    language: &'a str,
    name: &'a str,
    translator: &'a str,
    reviewed: bool,
}

/// Where a generated stylesheet goes.
pub const SYNTAX_CSS: &str = "css/syntax.css";

/// Loads the templates and adds the site-wide values every page shares,
/// for the pages in the site's own language.
pub fn prepare(
    site: &Site,
    template_dir: &Path,
    sources: &mut Sources,
) -> Result<Templates, Vec<Diagnostic>> {
    prepare_in(site, &languages(site), template_dir, sources)
}

/// The site's languages: its own first, then those it is translated into.
pub fn languages(site: &Site) -> Vec<String> {
    let c = &site.config;
    std::iter::once(&c.language)
        .chain(&c.translations)
        .cloned()
        .collect()
}

/// One of the site's languages, for the language switcher and the
/// `hreflang` alternates.
#[derive(Serialize)]
struct LanguageView {
    /// `cy`.
    tag: String,
    /// Its name in itself: `Cymraeg`.
    name: String,
    /// Its pages' folder from the current language's root: `cy/`, `../`
    /// or nothing.
    prefix: String,
    /// Its pages' absolute base: `https://…/cy/`.
    base: String,
    /// Whether it is the language of the pages being rendered.
    current: bool,
}

/// [`prepare`] for `site` as published in `site.config.language`, one of
/// `languages` (the site's own first): for a translation, `site` is
/// [`crate::translate::site_in`]'s.
pub fn prepare_in(
    site: &Site,
    languages: &[String],
    template_dir: &Path,
    sources: &mut Sources,
) -> Result<Templates, Vec<Diagnostic>> {
    let c = &site.config;
    let folders = crate::i18n::Folders {
        templates: template_dir,
        content: Some(&site.root),
    };
    let mut tags: Vec<&str> = vec![c.language.as_str()];
    tags.extend(
        languages
            .iter()
            .map(String::as_str)
            .filter(|l| *l != c.language),
    );
    let catalogues = crate::i18n::load(folders, &tags, sources)?;
    let folder_of = |l: &str| {
        if Some(l) == languages.first().map(String::as_str) {
            String::new()
        } else {
            format!("{l}/")
        }
    };
    let folder = folder_of(&c.language);
    let files = templates::files_root(&folder);
    let language_views: Vec<LanguageView> = languages
        .iter()
        .map(|l| LanguageView {
            tag: l.clone(),
            name: catalogues
                .get(l)
                .map_or_else(|| l.clone(), |w| w.name.clone()),
            prefix: format!("{files}{}", folder_of(l)),
            base: format!("{}{}", c.base_url, folder_of(l)),
            current: *l == c.language,
        })
        .collect();
    let mut t = Templates::load(template_dir, catalogues, &c.language, sources)?;
    t.folder = folder;
    let global = t.tera.global_context();
    global.insert(
        "site",
        &SiteView {
            title: &c.title,
            description: &c.description,
            language: &c.language,
            locale: c.language.replace('-', "_"),
            dir: crate::i18n::right_to_left(&c.language).then_some("rtl"),
            npm_name: &c.npm_name,
            base_url: &c.base_url,
            licence: c.licence.as_deref(),
            licence_url: c.licence_url.as_deref(),
            copyright: c.copyright.as_deref(),
        },
    );
    // Only a site in more than one language has a switcher.
    let language_views = if language_views.len() > 1 {
        language_views
    } else {
        Vec::new()
    };
    global.insert("languages", &language_views);
    global.insert("files_root", &files);
    // What a translation's pages show untranslated is marked as written in
    // this language (the year's title and summary, the registry's prose).
    global.insert("original_lang", &c.original_language);
    let nav: Vec<Link> = site
        .pages
        .iter()
        .map(|p| Link {
            title: p.title.clone(),
            url: p.doc.url.clone(),
        })
        .collect();
    global.insert("nav_pages", &nav);
    global.insert(
        "catalogue",
        &CatalogueView {
            language: &t.words.language,
            name: &t.words.name,
            translator: &t.words.translator,
            reviewed: t.words.reviewed,
        },
    );
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
    let mut files = Vec::new();
    render_each(site, templates, sizes, cache, &mut |batch| {
        files.extend(batch);
        Ok(())
    })?;
    Ok(files)
}

/// How many pages are rendered together before they are handed on.
const BATCH: usize = 256;

/// [`render`], handing the pages to `each` a batch at a time as they are
/// made, in the order of their addresses, so that `build` holds no more
/// than a batch of pages at once. After an error no more batches are handed
/// on, but every page is still rendered so that all errors are returned
/// together; an error from `each` stops the rendering.
pub fn render_each(
    site: &Site,
    templates: &Templates,
    sizes: &HashMap<String, usize>,
    cache: Option<&RenderCache>,
    each: &mut dyn FnMut(Vec<OutputFile>) -> Result<(), Diagnostic>,
) -> Result<(), Vec<Diagnostic>> {
    let renderer = Renderer::new(site, templates, sizes, cache);
    let mut pages = pages::all(site);
    if !templates.folder.is_empty() {
        // One 404 page, feed and sitemap serve every language.
        pages.retain(|p| {
            !matches!(
                p,
                pages::Page::NotFound | pages::Page::Feed | pages::Page::Sitemap
            )
        });
    }
    // The pages without an address (search, 404, feed, sitemap) last.
    let mut order: Vec<(Option<String>, usize)> = pages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.url(site), i))
        .collect();
    order.sort_by(|(a, i), (b, j)| (a.is_none(), a, i).cmp(&(b.is_none(), b, j)));
    let mut errors = Vec::new();
    for batch in order.chunks(BATCH) {
        let results: Vec<Result<OutputFile, Diagnostic>> = batch
            .par_iter()
            .map(|(_, i)| renderer.page(&pages[*i], &pages))
            .collect();
        let mut files = Vec::with_capacity(results.len());
        for r in results {
            match r {
                Ok(f) => files.push(f),
                Err(d) => errors.push(d),
            }
        }
        if errors.is_empty() {
            each(files).map_err(|d| vec![d])?;
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let words = &templates.words;
    let mut files = vec![OutputFile {
        path: crate::i18n::script::path(&words.language),
        bytes: crate::i18n::script::words(words).into_bytes(),
    }];
    if templates.folder.is_empty() {
        files.insert(
            0,
            OutputFile {
                path: SYNTAX_CSS.to_string(),
                bytes: markdown::syntax_css().into_bytes(),
            },
        );
    }
    each(files).map_err(|d| vec![d])
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
    let page = pages::Page::Chapter(year, i);
    Renderer::new(site, templates, sizes, cache).page(&page, &[])
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
        Renderer {
            site,
            cache,
            links_fingerprint: cache.map_or(0, |_| site.links.fingerprint()),
            templates,
            chapters_by_body,
            sizes,
            timeline_end: timeline::end(site),
            words: &templates.words,
        }
    }

    fn report_refs(&self) -> Vec<ReportRef> {
        self.site
            .reports
            .iter()
            .rev()
            .map(|r| ReportRef::new(r, self.words))
            .collect()
    }

    fn html(
        &self,
        template: &str,
        url: &str,
        ctx: &Context,
        what: &str,
    ) -> Result<OutputFile, Diagnostic> {
        let html = self.templates.render(template, ctx, what)?;
        let html = untranslated::resolve(html, self.site.config.original_language.as_deref());
        // Not minified: hosts compress pages as they serve them, and the
        // templates write little whitespace, so minify-html saved only 6%
        // of a page gzipped (3% with brotli). It also took the whitespace
        // between elements away, and the search index read `<dt>Made
        // by</dt><dd>Care Inspectorate` as "byCare" (README, "Templates and
        // theme").
        Ok(OutputFile {
            bytes: html.into_bytes(),
            path: format!("{}{url}index.html", self.templates.folder),
        })
    }

    /// The way from a page whose way to its language's root is `root` to
    /// the site's root, where the files all languages share are.
    fn files_root(&self, root: &str) -> String {
        format!("{root}{}", templates::files_root(&self.templates.folder))
    }

    /// A link's `href` on the page at `page_url`: a page in this language,
    /// a file (an image) at the site's root.
    fn href(&self, target: &crate::links::Target, page_url: &str, root: &str) -> String {
        match target {
            crate::links::Target::Asset(_) => {
                LinkIndex::href(target, page_url, &self.files_root(root))
            }
            _ => LinkIndex::href(target, page_url, root),
        }
    }

    /// The language to mark registry prose with on a translation's pages
    /// when `translated` (from `registry/translations/`) did not replace
    /// it: the original's; nothing on the site's own pages.
    fn registry_lang(
        &self,
        translated: impl Fn(&crate::site::RegistryWords) -> bool,
    ) -> Option<&str> {
        let c = &self.site.config;
        let original = c.original_language.as_deref()?;
        let words = self
            .site
            .registry_words
            .iter()
            .find(|w| w.language == c.language);
        (!words.is_some_and(translated)).then_some(original)
    }

    /// A download (a PDF, a data file) as its path from the site's root
    /// and its size: the page's language's own copy (`cy/reports/…`) if it
    /// has one, else the site's.
    fn file(&self, path: &str) -> Option<(String, usize)> {
        let own = format!("{}{path}", self.templates.folder);
        self.sizes
            .get(&own)
            .map(|&size| (own, size))
            .or_else(|| self.sizes.get(path).map(|&size| (path.to_string(), size)))
    }

    /// A word the Markdown renderer writes itself ("Notes", "Table 2"):
    /// the catalogue's `chapter-<id>` message with `$number` n.
    fn chapter_word(&self, id: &str, n: usize) -> String {
        self.words
            .tf(&format!("chapter-{id}"), &[("number", n.into())])
    }

    /// A document's Markdown as HTML, with links made relative to its page.
    /// Files it links to (images) are the site's, shared by its languages.
    fn markdown(&self, doc: &Document, root: &str) -> markdown::Rendered {
        let links = &self.site.links;
        let files_root = self.files_root(root);
        let resolve = |dest: &str| -> Option<String> {
            let target = links.resolve(&doc.rel, dest).ok()?;
            Some(self.href(&target, &doc.url, root))
        };
        let words = |id: &str, n: usize| self.chapter_word(id, n);
        let ids: &[String] = doc.heading_ids.as_deref().map_or(&[], Vec::as_slice);
        let Some(cache) = self.cache else {
            return markdown::to_html_with_ids(doc.markdown(), ids, &resolve, &words);
        };
        let key = hash_of(&[
            doc.markdown().as_bytes(),
            doc.url.as_bytes(),
            files_root.as_bytes(),
            words("notes", 1).as_bytes(),
            ids.join("\n").as_bytes(),
            &self.links_fingerprint.to_le_bytes(),
        ]);
        let place = (self.templates.folder.clone(), doc.path.clone());
        if let Ok(m) = cache.markdown.lock()
            && let Some((k, rendered)) = m.get(&place)
            && *k == key
        {
            return rendered.clone();
        }
        let rendered = markdown::to_html_with_ids(doc.markdown(), ids, &resolve, &words);
        if let Ok(mut m) = cache.markdown.lock() {
            m.insert(place, (key, rendered.clone()));
        }
        rendered
    }

    fn npm_ld(&self) -> serde_json::Value {
        let c = &self.site.config;
        serde_json::json!({
            "@type": "GovernmentOrganization",
            "name": c.npm_name,
            "url": c.base_url,
        })
    }
}

/// "1.2 MB", "340 KB": the GOV.UK way of giving a download's size, in the
/// language's units and decimal sign ("1,2 Mo").
fn size_text(bytes: usize, words: &crate::i18n::Catalogue) -> String {
    if bytes >= 1_000_000 {
        let tenths = (bytes as f64 / 100_000.0).round() as usize;
        words.tf(
            "size-megabytes",
            &[
                ("whole", (tenths / 10).into()),
                ("tenth", (tenths % 10).into()),
            ],
        )
    } else {
        words.tf("size-kilobytes", &[("size", bytes.div_ceil(1000).into())])
    }
}

#[derive(Serialize)]
struct NationEntries {
    nation: Ref,
    entries: Vec<CoverageEntry>,
}
