//! Stage 3, render (PDF): one typeset annual report per year, built with the
//! `typst` crate in-process. The document's source is generated here from
//! the validated site (chapter text through `markdown::typst`, where all
//! escaping lives); its layout is `templates/report.typ`. Years compile in
//! parallel; nothing here touches the output folder.

pub mod glyphs;
pub mod world;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::content::date::Date;
use crate::diagnostics::{Diagnostic, Sources};
use crate::i18n::Catalogue;
use crate::links::{LinkIndex, Target};
use crate::markdown::typst::{self as tm, Dest, label, string, text};
use crate::output::OutputFile;
use crate::site::{ChapterKind, ReportStatus, ReportYear, Site};
use crate::translate::has_own_pdf;
use world::{Fonts, ReportWorld};

mod annex;
pub mod cache;

/// The standards every report is checked against when it is exported.
pub const STANDARDS: &str = "PDF/UA-1 and PDF/A-2a";

/// The Typst source generated for one year: what `templates/report.typ`
/// (imported as `/report.typ`) is applied to. For benchmarks and for
/// working on the template with the `typst` CLI.
///
/// Emoji are left as they are, as if the fonts had them all.
pub fn source(site: &Site, r: &ReportYear, words: &Catalogue) -> String {
    generate(site, r, words, &|_| true).main
}

/// The catalogue of the site's language, from the folder the report
/// template is in (templates/, whose `i18n/` holds the catalogues).
fn catalogue(
    site: &Site,
    template: &Path,
    sources: &mut Sources,
) -> Result<Arc<Catalogue>, Vec<Diagnostic>> {
    let templates = template.parent().unwrap_or(Path::new("."));
    let language = site.config.language.as_str();
    let folders = crate::i18n::Folders {
        templates,
        content: Some(&site.root),
    };
    let catalogues = crate::i18n::load(folders, &[language], sources)?;
    catalogues.get(language).cloned().ok_or_else(|| {
        vec![Diagnostic::error(
            templates.join(crate::i18n::FOLDER),
            None,
            format!("there is no message catalogue for the language `{language}`"),
        )]
    })
}

/// The generated source for one year, and where its pieces came from.
struct Generated {
    main: String,
    /// (offset in `main`, chapter index, offset in the chapter's file).
    map: Vec<(usize, usize, usize)>,
    /// A warning for each emoji shown by its name.
    named_emoji: Vec<Diagnostic>,
}

/// Where each year's PDF goes as soon as it is made: the new site's
/// staging folder for `build`, nowhere for `check`. Called from the
/// threads that typeset, so that no more PDFs are held than are being made.
pub type Sink<'a> = &'a (dyn Fn(&OutputFile) -> Result<(), Diagnostic> + Sync);

/// Builds every year's PDF, handing each to `sink`. All problems are
/// returned together.
pub fn render(
    site: &Site,
    template: &Path,
    theme: &Path,
    sink: Sink<'_>,
    sources: &mut Sources,
    progress: &dyn crate::Progress,
) -> Result<Rendered, Vec<Diagnostic>> {
    let job = Job {
        site,
        template,
        theme,
        wanted: &|_| true,
        disk: None,
        sink,
    };
    job.run(sources, progress)
}

/// [`render`] for `build`: the years `wanted` says, with the layout and
/// theme `opts` names, reusing the PDFs kept in its build cache (and
/// keeping the new ones there) when it has one.
pub fn render_cached(
    site: &Site,
    wanted: &dyn Fn(&ReportYear) -> bool,
    opts: &crate::BuildOptions,
    sink: Sink<'_>,
    sources: &mut Sources,
    progress: &dyn crate::Progress,
) -> Result<Rendered, Vec<Diagnostic>> {
    let fonts = opts.theme.join("fonts");
    let disk = opts
        .cache
        .as_deref()
        .and_then(|d| cache::DiskCache::open(d, &fonts));
    let job = Job {
        site,
        template: &opts.templates.join("report.typ"),
        theme: &opts.theme,
        wanted,
        disk: disk.as_ref(),
        sink,
    };
    job.run(sources, progress)
}

/// Typesets one year afresh (never from a cache, nor a frozen copy): for
/// `freeze`. Its PDF's bytes, and Typst's warnings.
pub fn typeset_year(
    site: &Site,
    year: &str,
    template: &Path,
    theme: &Path,
    sources: &mut Sources,
) -> Result<(Vec<u8>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let r = site
        .built_reports()
        .find(|r| r.year == year)
        .ok_or_else(|| {
            vec![Diagnostic::error(
                "YEAR",
                None,
                format!("`{year}` is not a year built here"),
            )]
        })?;
    let template_text = read_template(template, sources)?;
    let words = catalogue(site, template, sources)?;
    let fonts = Arc::new(Fonts::load(&theme.join("fonts")));
    let g = generate(site, r, &words, &|c| fonts.covers(c));
    let c = compile_year(site, r, &g, &template_text, template, fonts)?;
    Ok((c.file.bytes, c.warnings))
}

/// Typesets the years `wanted` picks exactly as `render` does, in memory,
/// keeping only what it found: for `check`, which promises what `build`
/// does. The problems (errors and warnings), and the PDFs' sizes by output
/// path, for the pages' links.
pub fn check(
    site: &Site,
    template: &Path,
    theme: &Path,
    wanted: &dyn Fn(&ReportYear) -> bool,
    sources: &mut Sources,
) -> (Vec<Diagnostic>, HashMap<String, usize>) {
    let job = Job {
        site,
        template,
        theme,
        wanted,
        disk: None,
        sink: &|_| Ok(()),
    };
    match job.run(sources, &crate::Silent) {
        Ok(r) => (r.warnings, r.sizes),
        Err(problems) => (problems, HashMap::new()),
    }
}

/// The years to typeset and where their PDFs go.
struct Job<'a> {
    site: &'a Site,
    template: &'a Path,
    theme: &'a Path,
    wanted: &'a dyn Fn(&ReportYear) -> bool,
    disk: Option<&'a cache::DiskCache>,
    sink: Sink<'a>,
}

impl Job<'_> {
    /// Typesets the wanted years, at most one per core at a time; each
    /// year's source is generated when its turn comes and its PDF handed
    /// on as soon as it is made, so memory does not grow with the years.
    fn run(
        &self,
        sources: &mut Sources,
        progress: &dyn crate::Progress,
    ) -> Result<Rendered, Vec<Diagnostic>> {
        let site = self.site;
        let years: Vec<&ReportYear> = site.built_reports().filter(|r| (self.wanted)(r)).collect();
        let mut done = Rendered {
            sizes: HashMap::new(),
            warnings: Vec::new(),
            reused: 0,
        };
        if years.is_empty() {
            return Ok(done);
        }
        let template_text = read_template(self.template, sources)?;
        let words = catalogue(site, self.template, sources)?;
        let fonts = Arc::new(Fonts::load(&self.theme.join("fonts")));
        let (template, disk, sink) = (self.template, self.disk, self.sink);
        let results = compile_all(&years, |r| {
            let generated = generate(site, r, &words, &|c| fonts.covers(c));
            let year = Year {
                site,
                r,
                generated: &generated,
            };
            let out = year
                .cached_or_compiled(&template_text, template, fonts.clone(), disk)
                .and_then(|(c, from_cache)| {
                    sink(&c.file).map_err(|d| vec![d])?;
                    Ok(((c.file.path, c.file.bytes.len()), c.warnings, from_cache))
                });
            progress.step();
            out
        });
        let mut errors = Vec::new();
        for r in results {
            match r {
                Ok((size, warnings, from_cache)) => {
                    done.sizes.insert(size.0, size.1);
                    done.warnings.extend(warnings);
                    done.reused += usize::from(from_cache);
                }
                Err(d) => errors.extend(d),
            }
        }
        if errors.is_empty() {
            Ok(done)
        } else {
            errors.append(&mut done.warnings);
            Err(errors)
        }
    }
}

fn read_template(template: &Path, sources: &mut Sources) -> Result<Arc<str>, Vec<Diagnostic>> {
    let text: Arc<str> = std::fs::read_to_string(template)
        .map_err(|e| {
            vec![
                Diagnostic::error(
                    template,
                    None,
                    format!("cannot read the report template: {e}"),
                )
                .with_hint("the PDF's layout lives in templates/report.typ"),
            ]
        })?
        .into();
    sources.insert(template.to_path_buf(), text.clone());
    Ok(text)
}

/// Typesets a year again only when what it is made from changed: for
/// `serve`, which rebuilds on every save. A year is known by a hash of its
/// generated source, the template and its own files' bytes; the fonts are
/// loaded once, and again only when asked.
pub struct Cache {
    fonts_dir: PathBuf,
    fonts: Arc<Fonts>,
    /// By (language folder, year): the inputs' key and the PDF.
    years: HashMap<(String, String), (u64, OutputFile)>,
}

/// A site as one language publishes it, for `Cache::render`: its output
/// folder (`""` for the original, `cy/` for Welsh) and the site.
pub struct Edition<'a> {
    pub folder: &'a str,
    pub site: &'a Site,
}

/// One year's PDF, and what Typst warned about on the way.
struct Compiled {
    file: OutputFile,
    warnings: Vec<Diagnostic>,
}

/// What became of every year's PDF, each handed to the sink: its size by
/// output path (for the pages' links), and Typst's warnings.
pub struct Rendered {
    pub sizes: HashMap<String, usize>,
    pub warnings: Vec<Diagnostic>,
    /// How many came from the build cache.
    pub reused: usize,
}

/// What `Cache::render` did.
pub struct Typeset {
    /// Every year's PDF, in the site's order; a year that failed this time
    /// gives its last good one, if any.
    pub files: Vec<OutputFile>,
    /// How many were typeset this time.
    pub typeset: usize,
    /// How many were left as they were, their inputs unchanged.
    pub unchanged: usize,
    /// The problems of the years that failed, and the warnings of those
    /// typeset this time.
    pub errors: Vec<Diagnostic>,
}

impl Cache {
    pub fn new(theme: &Path) -> Cache {
        let fonts_dir = theme.join("fonts");
        Cache {
            fonts: Arc::new(Fonts::load(&fonts_dir)),
            fonts_dir,
            years: HashMap::new(),
        }
    }

    /// Loads the theme's fonts again; every year will be typeset again.
    pub fn reload_fonts(&mut self) {
        self.fonts = Arc::new(Fonts::load(&self.fonts_dir));
        self.years.clear();
    }

    /// Every year's PDF in each edition, typesetting only the years whose
    /// inputs changed. A year that fails keeps its last good PDF (and is
    /// typeset again next time); the others are updated all the same.
    /// `Err` only when the template or a catalogue cannot be read.
    pub fn render(
        &mut self,
        editions: &[Edition],
        template: &Path,
        sources: &mut Sources,
    ) -> Result<Typeset, Vec<Diagnostic>> {
        let template_text = read_template(template, sources)?;
        let mut stale = Vec::new();
        let mut wanted = Vec::new();
        for e in editions {
            let years: Vec<&ReportYear> = e
                .site
                .built_reports()
                .filter(|r| e.folder.is_empty() || has_own_pdf(r, &e.site.config.language))
                .collect();
            if years.is_empty() {
                continue;
            }
            let words = catalogue(e.site, template, sources)?;
            for r in years {
                let g = generate(e.site, r, &words, &|c| self.fonts.covers(c));
                // A year frozen meanwhile is its frozen PDF from then on.
                let frozen = r.frozen.as_ref().map(|f| f.sha256.as_str());
                let key = input_key(&g.main, &template_text, &year_files(e.site, r), frozen);
                let id = (e.folder.to_string(), r.year.clone());
                if self.years.get(&id).is_none_or(|(k, _)| *k != key) {
                    stale.push((e, r, g, key));
                }
                wanted.push(id);
            }
        }
        let results = compile_all(&stale, |(e, r, g, _)| {
            let year = Year {
                site: e.site,
                r,
                generated: g,
            };
            year.cached_or_compiled(&template_text, template, self.fonts.clone(), None)
                .map(|(c, _)| c)
        });
        let mut errors = Vec::new();
        let mut typeset = 0;
        for ((e, r, _, key), result) in stale.iter().zip(results) {
            match result {
                Ok(mut c) => {
                    c.file.path.insert_str(0, e.folder);
                    let id = (e.folder.to_string(), r.year.clone());
                    self.years.insert(id, (*key, c.file));
                    errors.extend(c.warnings);
                    typeset += 1;
                }
                Err(d) => errors.extend(d),
            }
        }
        self.years.retain(|id, _| wanted.contains(id));
        Ok(Typeset {
            files: wanted
                .iter()
                .filter_map(|id| self.years.get(id).map(|(_, f)| f.clone()))
                .collect(),
            typeset,
            unchanged: wanted.len() - stale.len(),
            errors,
        })
    }
}

/// A year's inputs as one number: its source, the template, its frozen
/// PDF's SHA-256 if it has one, and the names
/// and bytes of its own files (a file that cannot be read counts as
/// changed, so its error is reported again).
fn input_key(
    main: &str,
    template: &str,
    files: &HashMap<String, PathBuf>,
    frozen: Option<&str>,
) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    main.hash(&mut h);
    frozen.hash(&mut h);
    template.hash(&mut h);
    let mut names: Vec<&String> = files.keys().collect();
    names.sort();
    for name in names {
        name.hash(&mut h);
        match std::fs::read(&files[name]) {
            Ok(bytes) => bytes.hash(&mut h),
            Err(_) => std::time::SystemTime::now().hash(&mut h),
        }
    }
    h.finish()
}

/// Typesets one piece of Markdown as the only chapter of a report laid out
/// by `template` (the text of templates/report.typ), by the path chapter
/// text takes: for the Markdown conformance suite and the fuzz tests. Web
/// links stay links; other destinations and images are shown as their
/// text, and no file is read. The errors are Typst's messages.
pub fn typeset_markdown(
    markdown: &str,
    template: &str,
    fonts: &Arc<Fonts>,
) -> Result<Vec<u8>, Vec<String>> {
    let mut main = String::from(
        "#import \"/report.typ\": report, chapter-start, chapter-byline, recommendation\n\
         #show: report.with(title: \"Markdown\", year: \"2000-01\", number: 1, \
         npm-name: \"NPM\", period: \"1 April 2000 to 31 March 2001\", published: none, \
         command-paper: none, isbn: none, sample: true, copyright: none, licence: none, \
         lang: \"en\", region: \"GB\")\n\
         #chapter-start(kind: \"Chapter\")\n\
         #heading(level: 1)[Markdown] <ch-md>\n\n",
    );
    let resolve = |dest: &str, _image: bool| -> Dest {
        let scheme = dest.split_once(':').map(|(s, _)| s.to_ascii_lowercase());
        match scheme.as_deref() {
            Some("https" | "http" | "mailto") => Dest::Url(dest.to_string()),
            _ => Dest::None,
        }
    };
    main.push_str(&tm::convert(markdown, "ch-md", &resolve, &|c| fonts.covers(c)).markup);
    let today = Datetime::from_ymd(2001, 3, 31).ok_or_else(|| vec!["a bad date".to_string()])?;
    let world = ReportWorld::new(
        fonts.clone(),
        main,
        template.to_string(),
        HashMap::new(),
        today,
    )
    .ok_or_else(|| vec!["cannot set up the PDF compiler".to_string()])?;
    let messages = |errs: &[SourceDiagnostic]| -> Vec<String> {
        errs.iter().map(|e| e.message.to_string()).collect()
    };
    let doc = typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|e| messages(&e))?;
    let options = pdf_options(today, Smart::Auto).map_err(|e| vec![e])?;
    let bytes = typst_pdf::pdf(&doc, &options).map_err(|e| messages(&e));
    typst::comemo::evict(2);
    bytes
}

/// How every report is exported: the standards it is checked against
/// (`STANDARDS`), dated `today` so rebuilds are byte-identical.
fn pdf_options(today: Datetime, ident: Smart<String>) -> Result<PdfOptions, String> {
    let standards = PdfStandards::new(&[PdfStandard::Ua_1, PdfStandard::A_2a])
        .map_err(|e| format!("PDF standards: {}", e.message()))?;
    Ok(PdfOptions {
        ident,
        timestamp: Some(Timestamp::new_utc(today)),
        standards,
        ..PdfOptions::default()
    })
}

/// Runs `compile` on every year's job, on as many threads as there are cores.
///
/// Plain threads with a large stack, not rayon's pool: Typst uses rayon
/// inside, and a rayon worker that waits there steals other years' compiles
/// onto its own stack, which overflowed it on a site with hundreds of years.
fn compile_all<J: Sync, T: Send>(reports: &[J], compile: impl Fn(&J) -> T + Sync) -> Vec<T> {
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<T>>> = reports.iter().map(|_| Mutex::new(None)).collect();
    let work = || {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(r) = reports.get(i) else { break };
            let out = compile(r);
            // Typst memoises in process-wide caches that are never emptied
            // on their own: on a site with hundreds of years they grew past
            // 24 GiB. Years share little, so empty them after each: keeping
            // the last two years' (`evict(2)`) held half the peak memory
            // and saved no time. A year still being typeset on another
            // thread only loses what it would have reused within itself.
            typst::comemo::evict(0);
            if let Ok(mut slot) = slots[i].lock() {
                *slot = Some(out);
            }
        }
    };
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(reports.len());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let spawned = std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn_scoped(scope, work);
            if spawned.is_err() {
                work(); // no thread to be had: do the work here
            }
        }
    });
    // Every index below `reports.len()` was taken by exactly one worker.
    slots
        .into_iter()
        .filter_map(|s| s.into_inner().ok().flatten())
        .collect()
}

fn typst_date(d: Date) -> Option<Datetime> {
    let (y, m, day) = d.key();
    Datetime::from_ymd(i32::from(y), m, day)
}

fn compile_year(
    site: &Site,
    r: &ReportYear,
    generated: &Generated,
    template_text: &str,
    template_path: &Path,
    fonts: Arc<Fonts>,
) -> Result<Compiled, Vec<Diagnostic>> {
    // The document's date: publication, else the end of the period.
    let date = r.published.unwrap_or(r.period_end);
    let internal = |msg: &str| {
        vec![Diagnostic::error(
            site.root.join("reports").join(&r.year).join("report.toml"),
            None,
            msg.to_string(),
        )]
    };
    let today =
        typst_date(date).ok_or_else(|| internal("the report's date cannot be used in the PDF"))?;
    let files = year_files(site, r);
    let world = ReportWorld::new(
        fonts,
        generated.main.clone(),
        template_text.to_string(),
        files,
        today,
    )
    .ok_or_else(|| internal("cannot set up the PDF compiler"))?;

    let warned = typst::compile::<PagedDocument>(&world);
    let as_diagnostics = |list: &[SourceDiagnostic]| {
        list.iter()
            .map(|e| diagnostic(&world, e, site, r, generated, template_path))
            .collect::<Vec<_>>()
    };
    // Typst's warnings (a font without a glyph, say) reach the user like
    // every other warning, whether or not the year compiles; so do the
    // emoji shown by their names.
    let mut warnings = as_diagnostics(&warned.warnings);
    warnings.extend(generated.named_emoji.iter().cloned());
    let doc = warned.output.map_err(|errs| {
        let mut all = as_diagnostics(&errs);
        all.extend(warnings.iter().cloned());
        all
    })?;
    // A character no font has is one error, with every line it is on; the
    // PDF's own check would report each occurrence, so those go.
    let missing = missing_characters(
        &world,
        &doc,
        site,
        r,
        generated,
        template_path,
        template_text,
    );
    let ident = Smart::Custom(ident(site, r));
    let options = pdf_options(today, ident).map_err(|e| internal(&e))?;
    let exported = typst_pdf::pdf(&doc, &options);
    let export_errors = match &exported {
        Ok(_) => Vec::new(),
        Err(errs) => {
            let kept: Vec<SourceDiagnostic> = errs
                .iter()
                .filter(|e| missing.is_empty() || !glyphs::is_missing_glyph_error(&e.message))
                .cloned()
                .collect();
            as_diagnostics(&kept)
        }
    };
    let bytes = match exported {
        Ok(bytes) if missing.is_empty() => bytes,
        _ => {
            let mut all = missing;
            all.extend(export_errors);
            all.extend(warnings.iter().cloned());
            return Err(all);
        }
    };
    Ok(Compiled {
        file: OutputFile {
            path: crate::urls::pdf(&r.year),
            bytes,
        },
        warnings,
    })
}

/// The PDF's document identifier: the same for every build of a year.
fn ident(site: &Site, r: &ReportYear) -> String {
    let c = &site.config;
    match &c.original_language {
        // A translation's PDF is another document than the original's.
        Some(_) => format!("opcat-press/{}/{}/{}", c.npm_name, r.year, c.language),
        None => format!("opcat-press/{}/{}", c.npm_name, r.year),
    }
}

/// One year to typeset, with what it is made from.
struct Year<'a> {
    site: &'a Site,
    r: &'a ReportYear,
    generated: &'a Generated,
}

impl Year<'_> {
    /// The year's PDF from the build cache when its inputs are unchanged,
    /// else typeset (and kept, when Typst had nothing to warn about); and
    /// whether it came from the cache.
    fn cached_or_compiled(
        &self,
        template_text: &str,
        template: &Path,
        fonts: Arc<Fonts>,
        disk: Option<&cache::DiskCache>,
    ) -> Result<(Compiled, bool), Vec<Diagnostic>> {
        let (site, r, g) = (self.site, self.r, self.generated);
        if let Some(f) = &r.frozen {
            // The published PDF is the record: those bytes, never typeset.
            let bytes = std::fs::read(&f.pdf).map_err(|e| {
                vec![Diagnostic::error(
                    &f.pdf,
                    None,
                    format!("cannot read the frozen PDF: {e}"),
                )]
            })?;
            let file = OutputFile {
                path: crate::urls::pdf(&r.year),
                bytes,
            };
            let warnings = Vec::new();
            return Ok((Compiled { file, warnings }, false));
        }
        let files = year_files(site, r);
        let (date, ident) = (r.published.unwrap_or(r.period_end).iso(), ident(site, r));
        let key = disk.and_then(|d| {
            d.key(&cache::Inputs {
                main: &g.main,
                template: template_text,
                files: &files,
                date: &date,
                ident: &ident,
            })
        });
        if let (Some(d), Some(k)) = (disk, &key)
            && let Some(bytes) = d.get(k)
        {
            let file = OutputFile {
                path: crate::urls::pdf(&r.year),
                bytes,
            };
            let warnings = g.named_emoji.clone();
            return Ok((Compiled { file, warnings }, true));
        }
        let compiled = compile_year(site, r, g, template_text, template, fonts)?;
        if let (Some(d), Some(k)) = (disk, &key)
            && compiled.warnings.len() == g.named_emoji.len()
        {
            d.put(k, &compiled.file.bytes);
        }
        Ok((compiled, false))
    }
}

/// The report year's own files, as the document sees them (`/images/x.png`).
fn year_files(site: &Site, r: &ReportYear) -> HashMap<String, PathBuf> {
    let prefix = Path::new("reports").join(&r.year);
    site.assets
        .iter()
        .filter_map(|a| {
            let rel = a.strip_prefix(&prefix).ok()?;
            Some((
                format!("/{}", rel.to_string_lossy().replace('\\', "/")),
                site.root.join(a),
            ))
        })
        .collect()
}

/// A Typst error as a diagnostic on the file that caused it: the chapter's
/// Markdown for generated text, the template for the layout.
fn diagnostic(
    world: &ReportWorld,
    e: &SourceDiagnostic,
    site: &Site,
    r: &ReportYear,
    g: &Generated,
    template: &Path,
) -> Diagnostic {
    let mut message = e.message.to_string();
    let hints: Vec<String> = e.hints.iter().map(|h| h.v.to_string()).collect();
    let (file, span, place) = locate(world, e.span, site, r, g, template);
    if place == Place::Generated {
        message.push_str(" (in the report's generated front matter or annex)");
    }
    let mut d = if e.severity == TypstSeverity::Warning {
        Diagnostic::warning(file, span, format!("PDF: {message}"))
    } else {
        Diagnostic::error(file, span, format!("PDF: {message}"))
    };
    if !hints.is_empty() {
        d = d.with_hint(hints.join("; "));
    }
    d
}

/// In `Generated::map`, what follows comes from no chapter.
const NO_CHAPTER: usize = usize::MAX;

/// What a place in the document was made from.
#[derive(PartialEq, Eq, Clone, Copy)]
enum Place {
    /// A chapter (its index).
    Chapter(usize),
    Template,
    /// The front matter or an annex, generated from report.toml and the
    /// registry.
    Generated,
    Unknown,
}

/// The file a span of the document comes from, and where in it.
fn locate(
    world: &ReportWorld,
    span: impl Into<typst::syntax::DiagSpan>,
    site: &Site,
    r: &ReportYear,
    g: &Generated,
    template: &Path,
) -> (PathBuf, Option<std::ops::Range<usize>>, Place) {
    let report_toml = || site.root.join("reports").join(&r.year).join("report.toml");
    let span = span.into();
    match (span.id(), world.range(span)) {
        (Some(id), Some(range)) if id == world.template_id() => {
            (template.to_path_buf(), Some(range), Place::Template)
        }
        (Some(id), Some(range)) if id == world.main_id() => {
            match g.map.iter().rev().find(|(o, _, _)| *o <= range.start) {
                Some(&(_, ci, at)) if ci != NO_CHAPTER => (
                    r.chapters[ci].doc.path.clone(),
                    Some(at..at + 1),
                    Place::Chapter(ci),
                ),
                _ => (report_toml(), None, Place::Generated),
            }
        }
        _ => (report_toml(), None, Place::Unknown),
    }
}

/// One error per character no font has, per file it comes from: at its
/// first place in the file, naming the lines of the others.
fn missing_characters(
    world: &ReportWorld,
    doc: &PagedDocument,
    site: &Site,
    r: &ReportYear,
    g: &Generated,
    template: &Path,
    template_text: &str,
) -> Vec<Diagnostic> {
    const HINT: &str = "write it another way (in words, or its standard Unicode character), or \
        add a font that has it, under a licence that allows embedding (such as the SIL Open Font \
        Licence), to theme/fonts/; the web page shows it with the reader's own fonts, but the \
        PDF must draw every character with a font it embeds (PDF/A)";
    const PRIVATE_HINT: &str = "a private-use character means something only to the font or \
        program that wrote it: write what it stands for instead (in words, or its standard \
        Unicode character)";
    let mut out = Vec::new();
    for (c, spans) in glyphs::missing(doc) {
        // Each file it comes from, with its text and the places the layout
        // points at (used when the character is not in the file's text as
        // it is, say when it was escaped).
        let mut files: Vec<(PathBuf, Option<&str>, Vec<usize>)> = Vec::new();
        for (span, _) in spans {
            let (file, range, place) = locate(world, span, site, r, g, template);
            let text = match place {
                Place::Chapter(ci) => Some(&*r.chapters[ci].doc.text),
                Place::Template => Some(template_text),
                Place::Generated | Place::Unknown => None,
            };
            match files.iter_mut().find(|(f, _, _)| *f == file) {
                Some((_, _, at)) => at.extend(range.map(|r| r.start)),
                None => files.push((file, text, range.map(|r| r.start).into_iter().collect())),
            }
        }
        let what = glyphs::show_char(c);
        for (file, text, at) in files {
            let message = if glyphs::is_private_use(c) {
                format!("PDF: {what} is a private-use character, which a PDF/A file may not hold")
            } else {
                format!("PDF: no font of the report has {what}")
            };
            let found = text.map(|t| glyphs::occurrences(t, c.encode_utf8(&mut [0; 4])));
            let hint = if glyphs::is_private_use(c) {
                PRIVATE_HINT
            } else {
                HINT
            };
            let d = match (text, found) {
                (Some(t), Some(offsets)) if !offsets.is_empty() => glyphs::at_first(
                    true,
                    file.clone(),
                    t,
                    &offsets,
                    c.len_utf8(),
                    &message,
                    hint,
                ),
                (Some(t), _) => glyphs::at_first(true, file.clone(), t, &at, 1, &message, hint),
                (None, _) => None,
            };
            out.push(d.unwrap_or_else(|| {
                Diagnostic::error(
                    file,
                    None,
                    format!("{message} (in the report's generated front matter or annex)"),
                )
                .with_hint(hint)
            }));
        }
    }
    out
}

/// A warning for each emoji a chapter's text shows by its name, once per
/// emoji, at its first place, naming the lines of the others.
fn named_emoji_warnings(
    doc: &crate::site::Document,
    named: &[(usize, &'static emojis::Emoji)],
) -> Vec<Diagnostic> {
    let mut by_emoji: Vec<(&'static emojis::Emoji, Vec<usize>)> = Vec::new();
    for &(at, e) in named {
        match by_emoji.iter_mut().find(|(x, _)| *x == e) {
            Some((_, v)) => v.push(at),
            None => by_emoji.push((e, vec![at])),
        }
    }
    by_emoji
        .into_iter()
        .filter_map(|(e, offsets)| {
            glyphs::at_first(
                false,
                doc.path.clone(),
                &doc.text,
                &offsets,
                e.as_str().len(),
                &format!(
                    "PDF: the emoji {} is shown as `[{}]`: no font of the report can draw it",
                    e.as_str(),
                    e.name()
                ),
                "the web page shows the emoji itself; to have the PDF say something else, \
                 write it in words",
            )
        })
        .collect()
}

fn opt(s: Option<&str>) -> String {
    s.map_or_else(|| "none".to_string(), string)
}

/// The start of a year's Typst source: what it imports from the template,
/// and the template's `report` applied with the year's facts and the words
/// of the cover and front matter in the site's language.
fn preamble(main: &mut String, site: &Site, r: &ReportYear, words: &Catalogue) {
    let c = &site.config;
    let (lang, region) = c
        .language
        .split_once('-')
        .unwrap_or((c.language.as_str(), ""));
    // `recommendation` only where the report has one, so a template
    // written before recommendations existed still works.
    let has_recommendations = r.chapters.iter().any(|c| !c.recommendations.is_empty());
    let _ = writeln!(
        main,
        "#import \"/report.typ\": report, chapter-start, chapter-byline{}",
        if has_recommendations {
            ", recommendation"
        } else {
            ""
        }
    );
    if has_recommendations {
        // The word above each recommendation, given once here rather than
        // at every call the chapters' text makes (report.typ's default is
        // the English).
        let _ = writeln!(
            main,
            "#let recommendation = recommendation.with(word: {})",
            string(&words.text("pdf-recommendation"))
        );
    }
    let period = words.tf(
        "report-period",
        &[
            ("start", words.date(r.period_start).into()),
            ("end", words.date(r.period_end).into()),
        ],
    );
    let published = r.published.map(|d| words.date(d));
    let _ = writeln!(
        main,
        "#show: report.with(title: {}, year: {}, number: {}, npm-name: {}, period: {}, published: {}, command-paper: {}, isbn: {}, sample: {}, copyright: {}, licence: {}, lang: {}, region: {}{}, words: {})",
        string(&r.heading_in(words)),
        string(&r.year),
        r.number,
        string(&c.npm_name),
        string(&period),
        opt(published.as_deref()),
        opt(r.command_paper.as_deref()),
        opt(r.isbn.as_deref()),
        r.status == ReportStatus::Sample,
        opt(c.copyright.as_deref()),
        opt(c.licence.as_deref()),
        string(&lang.to_ascii_lowercase()),
        if region.is_empty() {
            "none".to_string()
        } else {
            string(&region.to_ascii_uppercase())
        },
        // Only for a language written right to left, so that a template
        // written before the argument still typesets the others.
        if crate::i18n::right_to_left(&c.language) {
            ", right-to-left: true"
        } else {
            ""
        },
        template_words(
            r,
            words,
            &period,
            published.as_deref(),
            c.licence.as_deref()
        ),
    );
}

/// The Typst source of one year's report. `drawable` says which characters
/// the fonts have: an emoji they cannot draw is shown by its name.
fn generate(
    site: &Site,
    r: &ReportYear,
    words: &Catalogue,
    drawable: &dyn Fn(char) -> bool,
) -> Generated {
    let reg = &site.registry;
    let c = &site.config;
    let mut main = String::with_capacity(
        r.chapters
            .iter()
            .map(|c| c.doc.markdown().len() * 2)
            .sum::<usize>()
            + 4096,
    );
    preamble(&mut main, site, r, words);
    let mut map = Vec::new();
    let mut named_emoji = Vec::new();
    let chapter_urls: HashMap<&str, &str> = r
        .chapters
        .iter()
        .map(|c| (c.doc.url.as_str(), c.slug.as_str()))
        .collect();
    let year_prefix = Path::new("reports").join(&r.year);
    // A translation has the headings it has: a link to one it lacks goes to
    // its chapter (the original's ids were checked, not the translation's).
    let translated_ids: HashMap<&str, std::collections::HashSet<String>> = r
        .chapters
        .iter()
        .filter_map(|c| Some((c.slug.as_str(), translated_heading_ids(&c.doc)?)))
        .collect();
    let has_label =
        |slug: &str, f: &str| translated_ids.get(slug).is_none_or(|ids| ids.contains(f));
    for (ci, ch) in r.chapters.iter().enumerate() {
        let body = ch.body.as_deref().and_then(|b| reg.body(b));
        // The title comes from the front matter: its problems are shown
        // there (at the title, when it is written there as it is).
        let front = &ch.doc.text[..ch.doc.body_start];
        let title_at = front.find(ch.title.as_str()).unwrap_or(0);
        map.push((main.len(), ci, title_at));
        let _ = writeln!(
            main,
            "\n#chapter-start(kind: {})",
            string(&words.text(ch.kind.message_id()))
        );
        // An original not yet translated into the PDF's language is set,
        // and tagged, in its own.
        if let Some(tag) = &ch.doc.lang {
            let (lang, region) = tm::typst_language(tag);
            let region = region.map_or("none".to_string(), |r| string(&r));
            let _ = writeln!(main, "#text(lang: {}, region: {region})[", string(&lang));
        }
        let (title, title_emoji) = tm::name_emoji(&ch.title, drawable);
        let _ = writeln!(
            main,
            "#heading(level: 1)[{}] <{}>",
            text(&title),
            label(&format!("ch-{}", ch.slug))
        );
        if ch.kind == ChapterKind::Member
            && let Some(b) = body
        {
            let _ = writeln!(main, "#chapter-byline({})", string(&b.name));
        }
        let resolve = |dest: &str, is_image: bool| -> Dest {
            match site.links.resolve(&ch.doc.rel, dest) {
                Ok(Target::External(u)) => Dest::Url(u),
                Ok(Target::Page { url, fragment }) => match chapter_urls.get(url.as_str()) {
                    Some(slug) => Dest::Label(match fragment {
                        Some(f) if has_label(slug, &f) => format!("ch-{slug}--{f}"),
                        _ => format!("ch-{slug}"),
                    }),
                    None => Dest::Url(format!(
                        "{}{url}{}",
                        c.pages_base(),
                        fragment.map(|f| format!("#{f}")).unwrap_or_default()
                    )),
                },
                Ok(Target::Asset(path)) => match (is_image, path.strip_prefix(&year_prefix)) {
                    (true, Ok(rel)) => {
                        Dest::Image(format!("/{}", rel.to_string_lossy().replace('\\', "/")))
                    }
                    _ => Dest::Url(LinkIndex::href(&Target::Asset(path), "", &c.base_url)),
                },
                Err(_) => Dest::None,
            }
        };
        let converted = tm::convert_with_ids(
            ch.doc.markdown(),
            ch.doc.heading_ids.as_deref().map_or(&[], Vec::as_slice),
            &format!("ch-{}", ch.slug),
            &resolve,
            drawable,
        );
        let base = main.len() + 1;
        main.push('\n');
        let body_start = ch.doc.body_start;
        map.extend(
            converted
                .map
                .iter()
                .map(|&(o, md)| (base + o, ci, body_start + md)),
        );
        main.push_str(&converted.markup);
        if ch.doc.lang.is_some() {
            main.push_str("\n]\n");
        }
        let named: Vec<(usize, &'static emojis::Emoji)> = title_emoji
            .iter()
            .map(|&(at, e)| (title_at + at, e))
            .chain(
                converted
                    .named_emoji
                    .iter()
                    .map(|&(md, e)| (body_start + md, e)),
            )
            .collect();
        named_emoji.extend(named_emoji_warnings(&ch.doc, &named));
    }
    // The annexes are generated: nothing in them comes from a chapter.
    map.push((main.len(), NO_CHAPTER, 0));
    annex::members(&mut main, site, r, words);
    annex::compilation(&mut main, site, r, words);
    annex::visits(&mut main, site, r, words);
    Generated {
        main,
        map,
        named_emoji,
    }
}

/// The words of templates/report.typ's own (the cover and front matter), as
/// the Typst dictionary its `words` parameter takes. Those with a value in
/// the middle are formatted whole here; the template falls back to its
/// English for any it is not given.
fn template_words(
    r: &ReportYear,
    words: &Catalogue,
    period: &str,
    published: Option<&str>,
    licence: Option<&str>,
) -> String {
    let mut pairs: Vec<(&str, String)> = vec![
        (
            "annual-report",
            words.tf("report-year-caption", &[("year", r.year.as_str().into())]),
        ),
        (
            "reporting-period",
            words.tf("pdf-reporting-period", &[("period", period.into())]),
        ),
        ("sample", words.text("pdf-sample")),
        ("sample-text", words.text("pdf-sample-text")),
        ("contents", words.text("report-year-contents")),
    ];
    if let Some(number) = &r.command_paper {
        pairs.push((
            "presented",
            words.tf("pdf-presented", &[("number", number.as_str().into())]),
        ));
    }
    if let Some(date) = published {
        pairs.push((
            "published",
            words.tf("report-published-on", &[("date", date.into())]),
        ));
    }
    if let Some(licence) = licence {
        pairs.push((
            "licensed",
            words.tf("pdf-licensed", &[("licence", licence.into())]),
        ));
    }
    let fields: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}: {}", string(v)))
        .collect();
    format!("({})", fields.join(", "))
}

/// The heading ids a translation shown in place of its original gets: the
/// original's in order, its own past them. `None` for an original.
fn translated_heading_ids(
    doc: &crate::site::Document,
) -> Option<std::collections::HashSet<String>> {
    let forced = doc.heading_ids.as_ref()?;
    let own = crate::markdown::analyze(doc.markdown()).headings;
    Some(
        own.into_iter()
            .enumerate()
            .map(|(i, h)| forced.get(i).cloned().unwrap_or(h.id))
            .collect(),
    )
}
