//! A read document as a chapter of a report year: where it goes (with
//! `new chapter`'s rules), its front matter, its pictures' names, the ids
//! of its recommendations; then written all or nothing, or checked in a
//! copy of the content folder without writing anything.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::model::{Block, BlockKind, Document, Image};
use super::write::{self, Written};
use crate::content::ChapterKind;
use crate::diagnostics::{Diagnostic, Report, Sources};
use crate::scaffold::{self, ChapterPlan};
use crate::site::Site;
use crate::{BuildOptions, CheckOptions, Outcome};

#[derive(Debug, Clone)]
pub struct ImportOptions {
    pub content: PathBuf,
    pub file: PathBuf,
    /// The report year [default: the latest year built here].
    pub year: Option<String>,
    pub body: Option<String>,
    pub kind: ChapterKind,
    /// Write the chapter here instead (`-`: print it), leaving the content
    /// folder as it is.
    pub output: Option<PathBuf>,
    /// Replace the text of the chapter this body already has.
    pub replace: bool,
    /// For checking: the templates and theme [default: beside the content
    /// folder].
    pub templates: Option<PathBuf>,
    pub theme: Option<PathBuf>,
}

/// What an import did.
#[derive(Debug, Default)]
pub struct Imported {
    /// Files written or changed, the chapter first.
    pub written: Vec<PathBuf>,
    /// With `--replace`: what changed in the text.
    pub changes: Option<String>,
    /// With `--output -`: the chapter's text.
    pub printed: Option<String>,
}

/// The chapter a document makes, before anything is written.
struct Prepared {
    plan: ChapterPlan,
    title: String,
    written: Written,
    /// The pictures, each with its path in the content folder (or beside
    /// `--output`); `reused`: an identical file is there already.
    images: Vec<(PathBuf, bool)>,
    doc: Document,
}

/// The latest year built here, for a command given no `--year`.
fn default_year(site: &Site) -> Option<String> {
    site.reports
        .iter()
        .rev()
        .find(|r| !r.is_archived())
        .map(|r| r.year.clone())
}

fn prepare(
    opts: &ImportOptions,
    site: &Site,
    mut doc: Document,
) -> Result<Prepared, Vec<Diagnostic>> {
    let year = opts
        .year
        .clone()
        .or_else(|| default_year(site))
        .ok_or_else(|| {
            vec![
                Diagnostic::error("--year", None, "there is no report year to import into")
                    .with_hint("open one with `opcat-press new year 2017-18`"),
            ]
        })?;
    if opts.kind == ChapterKind::Member && opts.body.is_none() {
        return Err(vec![Diagnostic::error("--body", None, "a member chapter needs the body that wrote it")
            .with_hint("give its id, e.g. --body hmip (the ids are the file names in registry/bodies/), or another --kind")]);
    }
    let title = take_title(&mut doc, opts, site);
    let stem = opts
        .body
        .clone()
        .unwrap_or_else(|| crate::markdown::slugify(&title));
    let plan = scaffold::plan_chapter(
        site,
        &opts.content,
        &year,
        opts.kind,
        opts.body.as_deref(),
        &stem,
    )?;
    if plan.existing.is_some() && !opts.replace && opts.output.is_none() {
        let path = plan.existing.clone().unwrap_or_default();
        return Err(vec![
            Diagnostic::error(
                &path,
                None,
                "this chapter exists already; nothing was written",
            )
            .with_hint(
                "to replace its text with the document's, keeping its front matter, add --replace",
            ),
        ]);
    }
    let chapter_path = match &opts.output {
        Some(o) if o.as_os_str() != "-" => o.clone(),
        _ => plan.existing.clone().unwrap_or_else(|| plan.path.clone()),
    };
    let image_dir = chapter_path
        .parent()
        .unwrap_or(Path::new("."))
        .join("images");
    let images = image_names(&doc.images, &image_dir, &plan.stem);
    let write_opts = write::Options {
        images: images
            .iter()
            .map(|(p, _)| {
                format!(
                    "images/{}",
                    p.file_name().and_then(|n| n.to_str()).unwrap_or("")
                )
            })
            .collect(),
        recommendation_ids: recommendation_ids(site, &doc, &plan),
        authorities: site
            .registry
            .authorities
            .iter()
            .map(|a| (a.id.clone(), a.name.clone()))
            .collect(),
    };
    let written = write::markdown(&doc, &write_opts);
    Ok(Prepared {
        plan,
        title,
        written,
        images,
        doc,
    })
}

/// The chapter's title: the document's `Title` paragraph, else its first
/// heading (taken out of the text), else its properties' title, else the
/// body's name.
fn take_title(doc: &mut Document, opts: &ImportOptions, site: &Site) -> String {
    if let Some(t) = doc.title.clone() {
        return t;
    }
    let first = doc.blocks.iter().position(|b| {
        matches!(
            b,
            Block::Text {
                kind: BlockKind::Heading(_),
                ..
            }
        )
    });
    if let Some(i) = first
        && let Block::Text { inlines, .. } = doc.blocks.remove(i)
    {
        let t = super::docx::body::plain(&inlines);
        doc.title = Some(t.clone());
        return t;
    }
    doc.properties_title.clone().unwrap_or_else(|| {
        opts.body
            .as_deref()
            .and_then(|b| site.registry.body(b))
            .map_or_else(|| "Untitled chapter".to_string(), |b| b.name.clone())
    })
}

/// `<stem>-1.png`, `<stem>-2.jpg`, …: names we choose, in the year's
/// `images/`; a name taken by another file is skipped, one holding the
/// same bytes is reused.
fn image_names(images: &[Image], dir: &Path, stem: &str) -> Vec<(PathBuf, bool)> {
    let mut taken: HashSet<PathBuf> = HashSet::new();
    let mut n = 0;
    images
        .iter()
        .map(|img| {
            loop {
                n += 1;
                let path = dir.join(format!("{stem}-{n}.{}", img.ext));
                if taken.contains(&path) {
                    continue;
                }
                match std::fs::read(&path) {
                    Ok(bytes) if bytes == img.bytes => {
                        taken.insert(path.clone());
                        break (path, true);
                    }
                    Ok(_) => continue,
                    Err(_) if path.exists() => continue,
                    Err(_) => {
                        taken.insert(path.clone());
                        break (path, false);
                    }
                }
            }
        })
        .collect()
}

/// `<stem>-<first year>-01`, … for each recommendation, skipping ids
/// the site has (except this chapter's own, which a re-import replaces).
fn recommendation_ids(site: &Site, doc: &Document, plan: &ChapterPlan) -> Vec<String> {
    let count = doc
        .blocks
        .iter()
        .filter(|b| {
            matches!(
                b,
                Block::Text {
                    kind: BlockKind::Recommendation,
                    ..
                }
            )
        })
        .count();
    let replaced = plan.existing.as_deref();
    let used: HashSet<&str> = site
        .recommendations()
        .filter(|(_, m)| {
            m.chapter()
                .is_none_or(|c| Some(c.doc.path.as_path()) != replaced)
        })
        .map(|(_, m)| m.rec.id.as_str())
        .collect();
    let first_year = plan.year.split('-').next().unwrap_or(&plan.year);
    let mut out = Vec::with_capacity(count);
    let mut n = 0;
    while out.len() < count {
        n += 1;
        let id = format!("{}-{first_year}-{n:02}", plan.stem);
        if !used.contains(id.as_str()) {
            out.push(id);
        }
    }
    out
}

/// The chapter's whole text: new front matter, or the existing file's.
fn chapter_text(p: &Prepared) -> Result<String, Vec<Diagnostic>> {
    let front = match &p.plan.existing {
        Some(path) => {
            let old = std::fs::read_to_string(path)
                .map_err(|e| vec![Diagnostic::error(path, None, format!("cannot read: {e}"))])?;
            front_matter_of(&old).to_string()
        }
        None => p
            .plan
            .front_matter(&p.title, p.doc.summary.as_deref().unwrap_or(""), false),
    };
    Ok(format!("{front}{}", p.written.markdown))
}

/// A chapter's front matter with its closing `+++` line.
fn front_matter_of(text: &str) -> &str {
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        offset += line.len();
        if i > 0 && line.trim_end() == "+++" {
            return &text[..offset];
        }
    }
    ""
}

/// Imports a Word document as a chapter: writes it (and its pictures)
/// into the year's folder, adds it to the reading order, then checks it.
pub fn import(opts: &ImportOptions) -> Outcome<Imported> {
    let mut report = Report::default();
    let mut sources = Sources::default();
    let result = import_into(opts, &mut report, &mut sources);
    report.sort(&sources);
    Outcome {
        result: if report.has_errors() && result.as_ref().is_none_or(|r| r.written.is_empty()) {
            None
        } else {
            result
        },
        report,
        sources,
    }
}

fn import_into(
    opts: &ImportOptions,
    report: &mut Report,
    sources: &mut Sources,
) -> Option<Imported> {
    let doc = super::read(&opts.file).map_err(|d| report.extend(d)).ok()?;
    report.extend(super::warnings(&opts.file, &doc.warnings));
    let site = scaffold::read_lenient(&opts.content)
        .map_err(|d| report.extend(d))
        .ok()?;
    let p = prepare(opts, &site, doc)
        .map_err(|d| report.extend(d))
        .ok()?;
    report.extend(super::warnings(&opts.file, &p.written.warnings));
    let text = chapter_text(&p).map_err(|d| report.extend(d)).ok()?;
    if opts.output.is_some() {
        // Not checked in place: say here what `check` would.
        report.extend(missing_alt(&opts.file, &p.doc));
    }
    if opts.output.as_deref() == Some(Path::new("-")) {
        return Some(Imported {
            printed: Some(text),
            ..Imported::default()
        });
    }
    let imported = write_out(opts, &p, &text)
        .map_err(|d| report.extend(d))
        .ok()?;
    if opts.output.is_none() {
        // What is left to fix, as `check` sees it.
        let checked = crate::check(&CheckOptions::new(
            opts.content.clone(),
            vec![imported.written[0].clone()],
        ));
        report.extend(checked.report.diagnostics);
        sources.extend(checked.sources);
    }
    Some(imported)
}

/// A picture without alt text, as `check` would report it in the chapter.
fn missing_alt(file: &Path, doc: &Document) -> Vec<Diagnostic> {
    doc.images
        .iter()
        .filter(|i| i.alt.is_none())
        .map(|i| {
            Diagnostic::warning(file, None, super::at(&i.place, "image has no alt text"))
                .with_hint("in Word, right-click the picture, choose View Alt Text (or Edit Alt Text) and describe what it shows; `check` rejects a picture without it")
        })
        .collect()
}

/// Writes the pictures and the chapter (and `report.toml` for a new
/// chapter): all or nothing.
fn write_out(opts: &ImportOptions, p: &Prepared, text: &str) -> Result<Imported, Vec<Diagnostic>> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = p
        .images
        .iter()
        .zip(&p.doc.images)
        .filter(|((_, reused), _)| !reused)
        .map(|((path, _), img)| (path.clone(), img.bytes.clone()))
        .collect();
    let mut imported = Imported::default();
    if let (Some(existing), None) = (&p.plan.existing, &opts.output) {
        let old = std::fs::read_to_string(existing).map_err(|e| {
            vec![Diagnostic::error(
                existing,
                None,
                format!("cannot read: {e}"),
            )]
        })?;
        scaffold::write_new_bytes(&files)?;
        if let Err(e) = replace_file(existing, text) {
            for (f, _) in &files {
                let _ = std::fs::remove_file(f);
            }
            return Err(vec![Diagnostic::error(
                existing,
                None,
                format!("cannot write: {e}; nothing was changed"),
            )]);
        }
        imported.changes = Some(changes(&old, text));
        imported.written.push(existing.clone());
    } else {
        let path = opts.output.clone().unwrap_or_else(|| p.plan.path.clone());
        files.insert(0, (path.clone(), text.as_bytes().to_vec()));
        let toml = match &opts.output {
            None => Some(p.plan.reading_order()?),
            Some(_) => None,
        };
        scaffold::write_chapter(
            &files,
            toml.as_deref().map(|t| (p.plan.toml_path.as_path(), t)),
        )?;
        imported.written.push(path);
        if toml.is_some() {
            imported.written.push(p.plan.toml_path.clone());
        }
        files.remove(0);
    }
    imported.written.extend(files.into_iter().map(|(f, _)| f));
    Ok(imported)
}

/// Replaces a file's text through a new file beside it, so a failure
/// leaves the old text whole.
fn replace_file(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, text.as_bytes())?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// What changed between the old and new text, paragraph by paragraph:
/// counts, and the headings added and removed.
fn changes(old: &str, new: &str) -> String {
    let paras = |t: &str| -> Vec<String> {
        t.split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (paras(old), paras(new));
    let diff = similar::capture_diff_slices(similar::Algorithm::Patience, &a, &b);
    let (mut added, mut removed, mut changed) = (0, 0, 0);
    for op in &diff {
        match op {
            similar::DiffOp::Insert { new_len, .. } => added += new_len,
            similar::DiffOp::Delete { old_len, .. } => removed += old_len,
            similar::DiffOp::Replace {
                old_len, new_len, ..
            } => {
                changed += old_len.min(new_len);
                added += new_len.saturating_sub(*old_len);
                removed += old_len.saturating_sub(*new_len);
            }
            similar::DiffOp::Equal { .. } => {}
        }
    }
    let headings = |ps: &[String]| -> Vec<String> {
        ps.iter().filter(|p| p.starts_with("##")).cloned().collect()
    };
    let (ha, hb) = (headings(&a), headings(&b));
    let mut out = format!("{changed} paragraph(s) changed, {added} added, {removed} removed");
    for h in hb.iter().filter(|h| !ha.contains(h)) {
        out.push_str(&format!("\n  + {}", h.trim_start_matches('#').trim()));
    }
    for h in ha.iter().filter(|h| !hb.contains(h)) {
        out.push_str(&format!("\n  - {}", h.trim_start_matches('#').trim()));
    }
    out
}

/// `check FILE.docx`: imports the document into a copy of the content
/// folder, checks it there as `check` checks a chapter, and reports the
/// problems against the document's paragraphs. Writes nothing.
pub fn check_document(opts: &ImportOptions) -> Outcome<usize> {
    let mut report = Report::default();
    let sources = Sources::default();
    let result = check_in_copy(opts, &mut report);
    report.sort(&sources);
    Outcome {
        result,
        report,
        sources,
    }
}

fn check_in_copy(opts: &ImportOptions, report: &mut Report) -> Option<usize> {
    let doc = super::read(&opts.file).map_err(|d| report.extend(d)).ok()?;
    report.extend(super::warnings(&opts.file, &doc.warnings));
    let copy = tempfile::tempdir()
        .map_err(|e| {
            report.push(Diagnostic::error(
                &opts.content,
                None,
                format!("cannot make a working copy: {e}"),
            ))
        })
        .ok()?;
    let root = copy.path().join("content");
    copy_tree(&opts.content, &root)
        .map_err(|d| report.push(d))
        .ok()?;
    // The copy's site: every path planned below is inside the copy.
    let site = scaffold::read_lenient(&root)
        .map_err(|d| report.extend(d))
        .ok()?;
    let in_copy = ImportOptions {
        content: root.clone(),
        output: None,
        replace: true,
        ..opts.clone()
    };
    let p = prepare(&in_copy, &site, doc)
        .map_err(|d| report.extend(d))
        .ok()?;
    report.extend(super::warnings(&opts.file, &p.written.warnings));
    let text = chapter_text(&p).map_err(|d| report.extend(d)).ok()?;
    let chapter = p
        .plan
        .existing
        .clone()
        .unwrap_or_else(|| p.plan.path.clone());
    let outside = std::iter::once(&chapter)
        .chain(p.images.iter().map(|(path, _)| path))
        .find(|path| !path.starts_with(&root));
    if let Some(path) = outside {
        report.push(Diagnostic::error(
            path,
            None,
            "checking the document would write outside its working copy; nothing was written",
        ));
        return None;
    }
    write_out(&in_copy, &p, &text)
        .map_err(|d| report.extend(d))
        .ok()?;
    // The templates and theme the real content folder is built with.
    let beside = BuildOptions::new(opts.content.clone(), PathBuf::new());
    let checked = crate::check(&CheckOptions {
        templates: Some(opts.templates.clone().unwrap_or(beside.templates)),
        theme: Some(opts.theme.clone().unwrap_or(beside.theme)),
        ..CheckOptions::new(root.clone(), vec![chapter.clone()])
    });
    let body_start = front_matter_of(&text).len();
    for d in checked.report.diagnostics {
        report.push(translate(d, opts, &root, &chapter, &p.written, body_start));
    }
    Some(1)
}

/// A diagnostic about the chapter made in the copy, told against the
/// document: its paragraph and heading instead of a line of Markdown.
fn translate(
    mut d: Diagnostic,
    opts: &ImportOptions,
    root: &Path,
    chapter: &Path,
    written: &Written,
    body_start: usize,
) -> Diagnostic {
    if d.file == chapter {
        if d.message == "image has no alt text" {
            d.hint = Some("in Word, right-click the picture, choose View Alt Text (or Edit Alt Text) and describe what it shows".into());
        }
        let place = d
            .span
            .as_ref()
            .and_then(|s| s.start.checked_sub(body_start))
            .and_then(|o| written.place_at(o));
        d.message = match place {
            Some(place) => super::at(place, &d.message),
            None => format!("the chapter's details: {}", d.message),
        };
        d.file = opts.file.clone();
        d.span = None;
    } else if let Ok(rel) = d.file.strip_prefix(root) {
        d.file = opts.content.join(rel);
        d.span = None;
    }
    d
}

/// Copies the content folder (files only, links left out) for checking.
fn copy_tree(from: &Path, to: &Path) -> Result<(), Diagnostic> {
    for entry in walkdir::WalkDir::new(from).follow_links(false) {
        let entry =
            entry.map_err(|e| Diagnostic::error(from, None, format!("cannot read: {e}")))?;
        let Ok(rel) = entry.path().strip_prefix(from) else {
            continue;
        };
        let target = to.join(rel);
        let io =
            |e: std::io::Error| Diagnostic::error(entry.path(), None, format!("cannot copy: {e}"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).map_err(io)?;
        } else if entry.file_type().is_file() {
            std::fs::copy(entry.path(), &target).map_err(io)?;
        }
    }
    Ok(())
}
