//! opcat-press turns a folder of Markdown and TOML into a National Preventive
//! Mechanism's public website (and, later, its typeset report). The pipeline:
//! load → validate → render → write; each stage is a module and hands plain
//! data to the next.

pub mod content;
pub mod data;
pub mod diagnostics;
pub mod html;
pub mod links;
pub mod markdown;
pub mod output;
pub mod pdf;
pub mod registry;
pub mod scaffold;
pub mod search;
pub mod site;
pub mod status;
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
}

impl BuildOptions {
    /// Defaults: `templates/` and `theme/` beside the content folder.
    pub fn new(content: impl Into<PathBuf>, output: impl Into<PathBuf>) -> BuildOptions {
        let content = content.into();
        let site_dir = content.parent().map(Path::to_path_buf).unwrap_or_default();
        BuildOptions {
            templates: site_dir.join("templates"),
            theme: site_dir.join("theme"),
            content,
            output: output.into(),
            base_url: None,
            drafts: false,
        }
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
    progress.stage("reading and checking the content", 0);
    let (loaded, load_diags) = content::load(&opts.content);
    report.extend(load_diags);
    let mut sources = loaded.text.clone();
    let validate_opts = validate::Options {
        drafts: opts.drafts,
        base_url: opts.base_url.clone(),
        checking: false,
    };
    let (site, diags) = validate::validate(&loaded, &validate_opts);
    report.extend(diags);
    let result = site.filter(|_| !report.has_errors()).and_then(|site| {
        let templates = html::prepare(&site, &opts.templates, &mut sources)
            .map_err(|d| report.extend(d))
            .ok()?;
        progress.stage(
            &format!("typesetting {} PDF report(s)", site.reports.len()),
            site.reports.len(),
        );
        let pdfs = pdf::render(
            &site,
            &opts.templates.join("report.typ"),
            &opts.theme,
            &mut sources,
            progress,
        )
        .map_err(|d| report.extend(d))
        .ok()?;
        // Downloads' sizes by output path, for the pages that link them.
        let mut sizes: std::collections::HashMap<String, usize> = pdfs
            .iter()
            .map(|f| (f.path.clone(), f.bytes.len()))
            .collect();
        let data = data::render(&site, &sizes)
            .map_err(|e| report.push(Diagnostic::error("data", None, e)))
            .ok()?;
        sizes.extend(data.iter().map(|f| (f.path.clone(), f.bytes.len())));
        progress.stage("rendering the pages and data files", 0);
        let mut files = html::render(&site, &templates, &sizes)
            .map_err(|d| report.extend(d))
            .ok()?;
        progress.stage("building the search index", 0);
        let index = search::index(&files, &site.config.language)
            .map_err(|d| report.push(d))
            .ok()?;
        files.extend(index);
        files.extend(data);
        files.extend(pdfs);
        let copies = copies(&site, opts).map_err(|d| report.extend(d)).ok()?;
        let protected = [
            opts.content.as_path(),
            opts.templates.as_path(),
            opts.theme.as_path(),
        ];
        progress.stage("writing the site", 0);
        output::check_target(&opts.output, &protected)
            .and_then(|()| output::write(&opts.output, &files, &copies))
            .map_err(|d| report.push(d))
            .ok()?;
        let pages = files.iter().filter(|f| f.path.ends_with(".html")).count();
        let pdfs = files.iter().filter(|f| f.path.ends_with(".pdf")).count();
        Some(BuildSummary {
            pages,
            pdfs,
            files: files.len() + copies.len(),
        })
    });
    report.sort(&sources);
    Outcome {
        result: if report.has_errors() { None } else { result },
        report,
        sources,
    }
}

/// What `check` looks at: the whole content folder is read (a chapter is
/// checked against the registry and its year), and the problems reported
/// are those in `paths` (every one when `paths` is empty).
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub content: PathBuf,
    pub paths: Vec<PathBuf>,
}

/// Checks content against the rules `build` applies (drafts included),
/// writing nothing. The result is the number of files read in scope; the
/// report says whether they passed.
pub fn check(opts: &CheckOptions) -> Outcome<usize> {
    let mut report = Report::default();
    let (loaded, load_diags) = content::load(&opts.content);
    report.extend(load_diags);
    let sources = loaded.text.clone();
    let validate_opts = validate::Options {
        drafts: true,
        checking: true,
        ..validate::Options::default()
    };
    let (_site, diags) = validate::validate(&loaded, &validate_opts);
    report.extend(diags);
    // A path that is not there is a mistake in the command, said first.
    let mut missing = Vec::new();
    let scopes: Vec<PathBuf> = opts
        .paths
        .iter()
        .filter_map(|p| match p.canonicalize() {
            Ok(c) => Some(c),
            Err(e) => {
                missing.push(
                    Diagnostic::error(p, None, format!("cannot check this path: {e}")).with_hint(
                        "give a chapter file, a report year's folder or the content folder",
                    ),
                );
                None
            }
        })
        .collect();
    let in_scope = |file: &Path| {
        scopes.is_empty()
            || file
                .canonicalize()
                .is_ok_and(|f| scopes.iter().any(|s| f.starts_with(s)))
    };
    report.diagnostics.retain(|d| in_scope(&d.file));
    let files = sources_in_scope(&sources, &in_scope);
    report.extend(missing);
    report.sort(&sources);
    Outcome {
        result: Some(files),
        report,
        sources,
    }
}

fn sources_in_scope(sources: &Sources, in_scope: &dyn Fn(&Path) -> bool) -> usize {
    sources.paths().filter(|p| in_scope(p)).count()
}

/// Theme files and the content's own files (images), copied as they are.
fn copies(site: &site::Site, opts: &BuildOptions) -> Result<Vec<output::Copy>, Vec<Diagnostic>> {
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
