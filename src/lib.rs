//! opcat-press turns a folder of Markdown and TOML into a National Preventive
//! Mechanism's public website (and, later, its typeset report). The pipeline:
//! load → validate → render → write; each stage is a module and hands plain
//! data to the next.

pub mod content;
pub mod data;
pub mod diagnostics;
pub mod freeze;
pub mod html;
pub mod i18n;
pub mod import;
pub mod init;
pub mod links;
pub mod markdown;
pub mod output;
pub mod pdf;
pub mod registry;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod site;
pub mod status;
pub mod tally;
pub mod translate;
pub mod urls;
pub mod validate;

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use diagnostics::{Diagnostic, Report, Sources};

/// Where things are and how to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub content: PathBuf,
    pub output: PathBuf,
    pub templates: PathBuf,
    pub theme: PathBuf,
    pub base_url: Option<String>,
    pub drafts: bool,
    /// The build cache folder (PDFs kept between builds); `None` reads and
    /// writes no cache.
    pub cache: Option<PathBuf>,
    /// Pages, data and search only: no PDF typeset (a preview).
    pub no_pdf: bool,
}

impl BuildOptions {
    /// Defaults: `templates/` and `theme/` beside the content folder.
    pub fn new(content: impl Into<PathBuf>, output: impl Into<PathBuf>) -> BuildOptions {
        let content = content.into();
        let site_dir = content.parent().map(Path::to_path_buf).unwrap_or_default();
        BuildOptions {
            templates: site_dir.join("templates"),
            theme: site_dir.join("theme"),
            cache: Some(site_dir.join(pdf::cache::DEFAULT_DIR)),
            no_pdf: false,
            content,
            output: output.into(),
            base_url: None,
            drafts: false,
        }
    }

    /// The folders an output folder must not be in or contain.
    pub fn protected(&self) -> [&Path; 3] {
        [
            self.content.as_path(),
            self.templates.as_path(),
            self.theme.as_path(),
        ]
    }
}

/// What a build tells the person running it, as it goes. The command line
/// draws a progress bar on a terminal and plain lines when piped.
pub trait Progress: Sync {
    /// A stage begins: `total` steps when they are counted (one per PDF),
    /// else 0.
    fn stage(&self, name: &str, total: usize);
    /// One step of the current stage is done.
    fn step(&self) {}
}

/// Says nothing: for `--quiet`, tests and library callers.
pub struct Silent;

impl Progress for Silent {
    fn stage(&self, _: &str, _: usize) {}
}

/// What a finished build did.
#[derive(Debug)]
pub struct BuildSummary {
    pub pages: usize,
    pub pdfs: usize,
    /// PDFs taken from the build cache, their inputs unchanged.
    pub pdfs_reused: usize,
    pub files: usize,
}

/// The outcome of a run: the diagnostics (warnings even on success) and the
/// text of every file they point into.
pub struct Outcome<T> {
    pub result: Option<T>,
    pub report: Report,
    pub sources: Sources,
}

/// Builds the site. On any error nothing in `output` changes.
pub fn build(opts: &BuildOptions) -> Outcome<BuildSummary> {
    build_with(opts, &Silent)
}

/// `build`, telling `progress` what it is doing.
pub fn build_with(opts: &BuildOptions, progress: &dyn Progress) -> Outcome<BuildSummary> {
    let mut report = Report::default();
    let mut sources = Sources::default();
    progress.stage("reading and checking the content", 0);
    let result = prepare(opts, &mut report, &mut sources)
        .and_then(|prepared| build_prepared(opts, &prepared, &mut report, &mut sources, progress));
    report.sort(&sources);
    Outcome {
        result: if report.has_errors() { None } else { result },
        report,
        sources,
    }
}

/// The PDFs, pages, data and search index of a site read and checked,
/// written into a new folder that replaces `opts.output` only when all of
/// it was made. Each PDF goes into that folder as soon as it is typeset.
fn build_prepared(
    opts: &BuildOptions,
    prepared: &Prepared,
    report: &mut Report,
    sources: &mut Sources,
    progress: &dyn Progress,
) -> Option<BuildSummary> {
    let site = &prepared.site;
    let staging = output::check_target(&opts.output, &opts.protected())
        .and_then(|()| output::Staging::new(&opts.output))
        .map_err(|d| report.push(d))
        .ok()?;
    let (pdf_sizes, reused) = typeset(opts, prepared, &staging, report, sources, progress)?;
    progress.stage("rendering the pages and data files", 0);
    let pdfs = pdf_sizes.len();
    let (data, sizes) = data_and_sizes(site, pdf_sizes)
        .map_err(|d| report.push(d))
        .ok()?;
    staging.add(&data, &[]).map_err(|d| report.push(d)).ok()?;
    drop(data);
    // Each batch of pages goes into the new site as it is rendered, then to
    // the search index's thread, which adds it while the next is rendered.
    let index = search::Background::start(&html::languages(site))
        .map_err(|d| report.push(d))
        .ok()?;
    let (mut pages, mut rendered) = (0, 0);
    for (site, templates) in prepared.page_languages() {
        html::render_each(site, templates, &sizes, None, &mut |batch| {
            staging.add(&batch, &[])?;
            pages += batch.iter().filter(|f| f.path.ends_with(".html")).count();
            rendered += batch.len();
            index.add(batch);
            Ok(())
        })
        .map_err(|d| report.extend(d))
        .ok()?;
    }
    progress.stage("building the search index", 0);
    let index = index.finish().map_err(|d| report.push(d)).ok()?;
    let copies = copies(site, opts).map_err(|d| report.extend(d)).ok()?;
    progress.stage("writing the site", 0);
    staging
        .add(&index, &copies)
        .and_then(|()| staging.finish())
        .map_err(|d| report.push(d))
        .ok()?;
    Some(BuildSummary {
        pages,
        pdfs,
        pdfs_reused: reused,
        files: sizes.len() + rendered + index.len() + copies.len(),
    })
}

/// Typesets each year's PDF, and in each language the site is translated
/// into, the same year's PDF in that language (`cy/reports/…`), each into
/// the staging folder as it is made. Their
/// sizes by output path, and how many came from the build cache.
fn typeset(
    opts: &BuildOptions,
    prepared: &Prepared,
    staging: &output::Staging,
    report: &mut Report,
    sources: &mut Sources,
    progress: &dyn Progress,
) -> Option<(Sizes, usize)> {
    let (mut sizes, mut reused) = (Sizes::new(), 0);
    if opts.no_pdf {
        return Some((sizes, reused));
    }
    for (site, templates) in prepared.languages() {
        let own = templates.folder.is_empty();
        let wanted = |r: &site::ReportYear| own || translate::has_own_pdf(r, &site.config.language);
        let built = site.built_reports().filter(|r| wanted(r)).count();
        if built == 0 {
            continue;
        }
        progress.stage(&format!("typesetting {built} PDF report(s)"), built);
        let folder = &templates.folder;
        let sink = |pdf: &html::OutputFile| {
            if folder.is_empty() {
                return staging.add(std::slice::from_ref(pdf), &[]);
            }
            let moved = html::OutputFile {
                path: format!("{folder}{}", pdf.path),
                bytes: pdf.bytes.clone(),
            };
            staging.add(std::slice::from_ref(&moved), &[])
        };
        let rendered = pdf::render_cached(site, &wanted, opts, &sink, sources, progress)
            .map_err(|d| report.extend(d))
            .ok()?;
        report.extend(rendered.warnings);
        reused += rendered.reused;
        sizes.extend(
            rendered
                .sizes
                .into_iter()
                .map(|(p, n)| (format!("{folder}{p}"), n)),
        );
    }
    Some((sizes, reused))
}

/// The content read and checked, and the templates ready: everything the
/// pages and PDFs are made from.
pub struct Prepared {
    pub site: site::Site,
    pub templates: html::Templates,
    /// The site as published in each language it is translated into.
    pub translated: Vec<Translated>,
}

/// The site as published in one of the languages it is translated into
/// (its `/cy/` pages), and the templates ready for it.
pub struct Translated {
    /// For the PDFs.
    pub site: site::Site,
    /// For the pages: `site` with what it shows in the original's
    /// language marked, for `lang` on it (`translate::marked`).
    pub pages: site::Site,
    pub templates: html::Templates,
}

impl Prepared {
    /// The site in each of its languages, its own first, with the
    /// templates for it.
    pub fn languages(&self) -> impl Iterator<Item = (&site::Site, &html::Templates)> {
        std::iter::once((&self.site, &self.templates))
            .chain(self.translated.iter().map(|t| (&t.site, &t.templates)))
    }

    /// [`Prepared::languages`] as the pages render them: in a translation,
    /// what is shown in the original's language is marked.
    pub fn page_languages(&self) -> impl Iterator<Item = (&site::Site, &html::Templates)> {
        std::iter::once((&self.site, &self.templates))
            .chain(self.translated.iter().map(|t| (&t.pages, &t.templates)))
    }
}

/// The site as published in each language it is translated into.
pub fn translated(
    site: &site::Site,
    templates: &Path,
    sources: &mut Sources,
) -> Result<Vec<Translated>, Vec<Diagnostic>> {
    let languages = html::languages(site);
    let mut out = Vec::new();
    for language in &site.config.translations {
        let twin = translate::site_in(site, language);
        let pages = translate::marked(site, &twin);
        let t = html::prepare_in(&pages, &languages, templates, sources)?;
        out.push(Translated {
            pages,
            site: twin,
            templates: t,
        });
    }
    Ok(out)
}

/// Reads and checks the content and loads the templates. Problems go into
/// `report`, the text of the files they point into into `sources`; `None`
/// when there was an error.
pub fn prepare(
    opts: &BuildOptions,
    report: &mut Report,
    sources: &mut Sources,
) -> Option<Prepared> {
    let (loaded, load_diags) = content::load(&opts.content);
    report.extend(load_diags);
    sources.extend(loaded.text.clone());
    let validate_opts = validate::Options {
        drafts: opts.drafts,
        base_url: opts.base_url.clone(),
        ..validate::Options::default()
    };
    let (site, diags) = validate::validate(&loaded, &validate_opts);
    report.extend(diags);
    let site = site.filter(|_| !report.has_errors())?;
    let templates = html::prepare(&site, &opts.templates, sources)
        .map_err(|d| report.extend(d))
        .ok()?;
    let translated = translated(&site, &opts.templates, sources)
        .map_err(|d| report.extend(d))
        .ok()?;
    Some(Prepared {
        site,
        templates,
        translated,
    })
}

/// Every page and data file, in each of the site's languages, linking
/// downloads with the sizes given by output path (the PDFs'; the data
/// files' own are added here). `cache` keeps work between rebuilds
/// (`serve`).
pub fn pages(
    prepared: &Prepared,
    pdf_sizes: &std::collections::HashMap<String, usize>,
    cache: Option<&html::RenderCache>,
) -> Result<Vec<html::OutputFile>, Vec<Diagnostic>> {
    pages_and_sizes(prepared, pdf_sizes, cache).map(|(files, _)| files)
}

/// Downloads' sizes in bytes, by output path.
pub type Sizes = std::collections::HashMap<String, usize>;

/// [`pages`], and the downloads' sizes the pages were given.
pub fn pages_and_sizes(
    prepared: &Prepared,
    pdf_sizes: &Sizes,
    cache: Option<&html::RenderCache>,
) -> Result<(Vec<html::OutputFile>, Sizes), Vec<Diagnostic>> {
    let (data, sizes) = data_and_sizes(&prepared.site, pdf_sizes.clone()).map_err(|e| vec![e])?;
    let mut files = Vec::new();
    for (site, templates) in prepared.page_languages() {
        files.extend(html::render(site, templates, &sizes, cache)?);
    }
    files.extend(data);
    Ok((files, sizes))
}

/// The data files, and the downloads' sizes the pages link with: the
/// PDFs' (`pdf_sizes`) and the data files' own.
fn data_and_sizes(
    site: &site::Site,
    pdf_sizes: Sizes,
) -> Result<(Vec<html::OutputFile>, Sizes), Diagnostic> {
    let data = data::render(site, &pdf_sizes)?;
    let mut sizes = pdf_sizes;
    sizes.extend(data.iter().map(|f| (f.path.clone(), f.bytes.len())));
    Ok((data, sizes))
}

/// Files' sizes by output path.
pub fn sizes_of(files: &[html::OutputFile]) -> std::collections::HashMap<String, usize> {
    files
        .iter()
        .map(|f| (f.path.clone(), f.bytes.len()))
        .collect()
}

/// What `check` looks at: the whole content folder is read (a chapter is
/// checked against the registry and its year), and the problems reported
/// are those in `paths` (every one when `paths` is empty).
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub content: PathBuf,
    pub paths: Vec<PathBuf>,
    /// Templates folder [default: templates/ beside the content folder].
    pub templates: Option<PathBuf>,
    /// Theme folder [default: theme/ beside the content folder].
    pub theme: Option<PathBuf>,
}

impl CheckOptions {
    /// Checks `paths` in `content` with the templates and theme beside it.
    pub fn new(content: impl Into<PathBuf>, paths: Vec<PathBuf>) -> CheckOptions {
        CheckOptions {
            content: content.into(),
            paths,
            templates: None,
            theme: None,
        }
    }
}

/// Checks content against the rules `build` applies (drafts included),
/// writing nothing. The result is the number of files read in scope; the
/// report says whether they passed.
///
/// When the content in scope is valid, the report years in scope are
/// typeset and every page rendered, in memory, with the templates and
/// theme beside the content folder (as `build` finds them): so Typst's
/// errors (a character no font has, a label two chapters share) and the
/// templates' errors are found here too, with the same diagnostics.
///
/// A chapter named on its own that is not yet in its year's `chapters` is
/// only a warning (a member body checks before the Secretariat lists it);
/// checking a year or the site, it is the error `build` would give.
pub fn check(opts: &CheckOptions) -> Outcome<usize> {
    let mut report = Report::default();
    let content_root = opts.content.canonicalize().ok();
    // Each path, resolved; a path that is not there, or not in the content
    // folder, is a mistake in the command.
    let mut scopes: Vec<PathBuf> = Vec::new();
    for p in &opts.paths {
        match p.canonicalize() {
            Ok(c) if content_root.as_ref().is_none_or(|root| c.starts_with(root)) => scopes.push(c),
            Ok(_) => report.push(
                Diagnostic::error(
                    p,
                    None,
                    format!(
                        "this path is not in the content folder `{}`",
                        opts.content.display()
                    ),
                )
                .with_hint(
                    "name a file or folder inside it, or give its content folder with --content",
                ),
            ),
            Err(e) => report.push(
                Diagnostic::error(p, None, format!("cannot check this path: {e}"))
                    .with_hint("give a chapter file, a report year's folder or the content folder"),
            ),
        }
    }
    let single_files: Vec<PathBuf> = scopes.iter().filter(|s| s.is_file()).cloned().collect();
    let (loaded, load_diags) = content::load(&opts.content);
    let mut sources = loaded.text.clone();
    let validate_opts = validate::Options {
        unlisted_ok: single_files,
        ..validate::Options::for_checking()
    };
    let (site, diags) = validate::validate(&loaded, &validate_opts);
    let in_scope = |file: &Path| {
        opts.paths.is_empty()
            || file
                .canonicalize()
                .is_ok_and(|f| scopes.iter().any(|s| f.starts_with(s)))
    };
    // Problems with the content folder itself always count: without it
    // nothing in scope could be checked.
    let about_root =
        |file: &Path| file == opts.content.as_path() || file.canonicalize().ok() == content_root;
    report.extend(
        load_diags
            .into_iter()
            .chain(diags)
            .filter(|d| about_root(&d.file) || in_scope(&d.file)),
    );
    let files = sources.paths().filter(|p| in_scope(p)).count();
    // What only typesetting and rendering find, once what is in scope is
    // valid (as `build` typesets only a valid site). The templates' own
    // problems always count: `build` would stop at them.
    if let Some(site) = site.filter(|_| !report.has_errors()) {
        // `.` (run inside the content folder) has no parent to look in.
        let content = match opts.content.file_name() {
            Some(_) => opts.content.clone(),
            None => content_root.clone().unwrap_or_else(|| opts.content.clone()),
        };
        let mut build_opts = BuildOptions::new(content, PathBuf::new());
        if let Some(t) = &opts.templates {
            build_opts.templates = t.clone();
        }
        if let Some(t) = &opts.theme {
            build_opts.theme = t.clone();
        }
        let in_templates = |file: &Path| {
            file.starts_with(&build_opts.templates) || file.starts_with(&build_opts.theme)
        };
        let found = typeset_and_render(&site, &build_opts, &in_scope, &mut sources);
        report.extend(
            found
                .into_iter()
                .filter(|d| in_templates(&d.file) || about_root(&d.file) || in_scope(&d.file)),
        );
    }
    report.sort(&sources);
    Outcome {
        result: Some(files),
        report,
        sources,
    }
}

/// `check`'s part of `build` after validation: the templates loaded, the
/// report years holding a file in scope typeset, and the pages rendered,
/// all in memory. Every problem found.
fn typeset_and_render(
    site: &site::Site,
    opts: &BuildOptions,
    in_scope: &dyn Fn(&Path) -> bool,
    sources: &mut Sources,
) -> Vec<Diagnostic> {
    let prepared = match html::prepare(site, &opts.templates, sources).and_then(|templates| {
        Ok(Prepared {
            site: site.clone(),
            templates,
            translated: translated(site, &opts.templates, sources)?,
        })
    }) {
        Ok(p) => p,
        Err(d) => return d,
    };
    let wanted = |r: &site::ReportYear| {
        in_scope(&site.root.join("reports").join(&r.year).join("report.toml"))
            || r.chapters.iter().any(|c| in_scope(&c.doc.path))
    };
    let template = opts.templates.join("report.typ");
    let (mut found, mut pdf_sizes) = pdf::check(site, &template, &opts.theme, &wanted, sources);
    // Each translation's PDFs, as `build` typesets them: a translation's
    // chapter is its year's chapter there, so naming it puts its year in.
    for t in &prepared.translated {
        let language = &t.site.config.language;
        let wanted = |r: &site::ReportYear| translate::has_own_pdf(r, language) && wanted(r);
        let (more, sizes) = pdf::check(&t.site, &template, &opts.theme, &wanted, sources);
        found.extend(more);
        let folder = &t.templates.folder;
        pdf_sizes.extend(sizes.into_iter().map(|(p, n)| (format!("{folder}{p}"), n)));
    }
    if let Err(d) = pages(&prepared, &pdf_sizes, None) {
        found.extend(d);
    }
    found
}

/// Theme files and the content's own files (images), copied as they are.
pub fn copies(
    site: &site::Site,
    opts: &BuildOptions,
) -> Result<Vec<output::Copy>, Vec<Diagnostic>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    if opts.theme.is_dir() {
        for entry in WalkDir::new(&opts.theme).sort_by_file_name() {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    let Ok(rel) = e.path().strip_prefix(&opts.theme) else {
                        continue;
                    };
                    // Fonts are for the PDF, not for visitors to download.
                    if rel.starts_with("fonts")
                        || rel.iter().any(|c| c.to_string_lossy().starts_with('.'))
                    {
                        continue;
                    }
                    out.push(output::Copy {
                        from: e.path().to_path_buf(),
                        to: rel.to_string_lossy().replace('\\', "/"),
                    });
                }
                Ok(_) => {}
                Err(e) => errors.push(Diagnostic::error(
                    &opts.theme,
                    None,
                    format!("cannot read the theme: {e}"),
                )),
            }
        }
    }
    for a in &site.assets {
        out.push(output::Copy {
            from: site.root.join(a),
            to: a.to_string_lossy().replace('\\', "/"),
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}
