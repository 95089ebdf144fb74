//! Stage 1, load: walks `content/`, splits front matter from Markdown and
//! deserializes TOML into the raw, spanned types below. Reads files; writes
//! nothing. A file that cannot be read or parsed becomes a diagnostic and is
//! left out, so one broken file never hides the problems in the others.

pub mod date;
pub mod frozen;
mod raw;
pub mod table;

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::de::DeserializeOwned;
use walkdir::WalkDir;

pub use raw::*;

use crate::diagnostics::{Diagnostic, Sources};

/// A parsed TOML file.
#[derive(Debug)]
pub struct Doc<T> {
    pub path: PathBuf,
    pub data: T,
    /// Byte offset of the TOML inside the file (non-zero for front matter).
    pub base: usize,
}

impl<T> Doc<T> {
    /// The file span of a value whose span is relative to the TOML text.
    pub fn span<V>(&self, v: &toml::Spanned<V>) -> Range<usize> {
        let s = v.span();
        s.start + self.base..s.end + self.base
    }
}

/// A Markdown file with its front matter.
#[derive(Debug)]
pub struct MdDoc<T> {
    pub meta: Doc<T>,
    /// The slug: the file name without `.md`.
    pub slug: String,
    pub text: Arc<str>,
    /// Where the Markdown starts in `text`.
    pub body_start: usize,
}

impl<T> MdDoc<T> {
    pub fn path(&self) -> &Path {
        &self.meta.path
    }

    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }
}

#[derive(Debug)]
pub struct ReportDir {
    /// The folder name, e.g. `2015-16`.
    pub year: String,
    pub dir: PathBuf,
    pub config: Option<Doc<RawReport>>,
    pub chapters: Vec<MdDoc<RawChapterMeta>>,
    /// `follow-up.toml`, if the year has one.
    pub follow_up: Option<Doc<RawFollowUps>>,
    /// `recommendations.toml` (outside bodies'), if the year has one.
    pub outside: Option<Doc<RawOutsideRecommendations>>,
    /// `visits.csv`, if the year has one.
    pub visits: Option<Doc<table::RawTable>>,
    /// `frozen.toml`, if the year is frozen, and its files' hashes now.
    pub frozen: Option<Doc<RawFrozen>>,
    pub frozen_state: frozen::FrozenState,
    /// Slugs of chapter files whose front matter could not be parsed.
    pub unparsed: Vec<String>,
}

/// Everything read from the content folder.
#[derive(Debug, Default)]
pub struct Loaded {
    pub root: PathBuf,
    pub site: Option<Doc<RawSiteConfig>>,
    pub nations: Option<Doc<RawNations>>,
    pub settings: Option<Doc<RawSettings>>,
    pub authorities: Option<Doc<RawAuthorities>>,
    pub themes: Option<Doc<RawThemes>>,
    pub outside_bodies: Option<Doc<RawOutsideBodies>>,
    pub scales: Option<Doc<RawScales>>,
    pub sources: Option<Doc<RawSources>>,
    pub designations: Option<Doc<RawDesignations>>,
    pub bodies: Vec<Doc<RawBody>>,
    /// The id of every body file, including those that failed to parse, so
    /// one broken file does not make every reference to it an error too.
    pub body_ids: Vec<String>,
    pub reports: Vec<ReportDir>,
    pub pages: Vec<MdDoc<RawPageMeta>>,
    /// Translations of chapters and pages (`hiw.cy.md`), in file order.
    pub translations: Vec<LoadedTranslation>,
    /// `registry/translations/<language>.toml`, by language.
    pub registry_words: Vec<(String, Doc<RawRegistryWords>)>,
    /// `reports/<year>/report.<language>.toml`: (year, language, file).
    pub report_words: Vec<(String, String, Doc<RawReportWords>)>,
    /// Markdown files that exist but could not be parsed, relative to
    /// `root`: links to them and report.toml entries are not errors too.
    pub unparsed: Vec<PathBuf>,
    /// Every other file (images, attachments), relative to `root`, sorted.
    pub assets: Vec<PathBuf>,
    pub text: Sources,
}

/// A translation file read: `hiw.cy.md` translates `hiw.md` into `cy`.
#[derive(Debug)]
pub struct LoadedTranslation {
    /// Its language tag, from the file name.
    pub language: String,
    /// The original's path relative to the content folder.
    pub original: PathBuf,
    /// Its slug is the original's.
    pub doc: MdDoc<RawTranslationMeta>,
}

/// `cy` for `report.cy.toml`: a year's words in another language.
fn report_words_name(name: &str) -> Option<&str> {
    let tag = name.strip_prefix("report.")?.strip_suffix(".toml")?;
    translation_name(&format!("x.{tag}.md")).map(|_| tag)
}

/// `("hiw", "cy")` for `hiw.cy.md`: a Markdown file whose name has a
/// language tag between its slug and `.md` (a slug has no dots).
pub fn translation_name(name: &str) -> Option<(&str, &str)> {
    let (slug, tag) = name.strip_suffix(".md")?.rsplit_once('.')?;
    let primary = tag.split('-').next()?;
    let is_tag = (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    (is_tag && !slug.is_empty() && !slug.contains('.')).then_some((slug, tag))
}

enum Kind {
    Site,
    Nations,
    Settings,
    Authorities,
    Themes,
    OutsideBodies,
    Scales,
    SourceList,
    Designations,
    Body,
    Report(String),
    FollowUp(String),
    Visits(String),
    Outside(String),
    Frozen(String),
    /// `frozen.pdf` (or a translation's `frozen.cy.pdf`): read by `build`
    /// as the year's PDF, not copied as a file of the site.
    FrozenPdf,
    /// `i18n/<language>/*.ftl`: the site's own words, read by the i18n
    /// stage over the templates' catalogue.
    Words,
    Chapter(String),
    Page,
    /// A translation of a chapter or page, into the language named.
    Translation(String),
    /// The registry's words in the language named.
    RegistryWords(String),
    /// A year's title and summary in a language: (year, language).
    ReportWords(String, String),
    Asset,
    Unknown,
}

fn classify(rel: &Path) -> Kind {
    let parts: Vec<&str> = rel.iter().filter_map(|p| p.to_str()).collect();
    let is_md = |name: &str| name.ends_with(".md");
    match parts.as_slice() {
        ["site.toml"] => Kind::Site,
        ["registry", "nations.toml"] => Kind::Nations,
        ["registry", "settings.toml"] => Kind::Settings,
        ["registry", "authorities.toml"] => Kind::Authorities,
        ["registry", "themes.toml"] => Kind::Themes,
        ["registry", "outside-bodies.toml"] => Kind::OutsideBodies,
        ["registry", "follow-up.toml"] => Kind::Scales,
        ["registry", "sources.toml"] => Kind::SourceList,
        ["registry", "designations.toml"] => Kind::Designations,
        ["registry", "bodies", name] if name.ends_with(".toml") => Kind::Body,
        ["registry", "translations", name] if name.ends_with(".toml") => {
            Kind::RegistryWords(name.trim_end_matches(".toml").to_string())
        }
        ["reports", year, "report.toml"] => Kind::Report(year.to_string()),
        ["reports", year, name] if report_words_name(name).is_some() => Kind::ReportWords(
            year.to_string(),
            report_words_name(name).unwrap_or_default().into(),
        ),
        ["reports", year, "follow-up.toml"] => Kind::FollowUp(year.to_string()),
        ["reports", year, "visits.csv"] => Kind::Visits(year.to_string()),
        ["reports", year, "recommendations.toml"] => Kind::Outside(year.to_string()),
        ["reports", year, "frozen.toml"] => Kind::Frozen(year.to_string()),
        ["reports", _, "frozen.pdf"] => Kind::FrozenPdf,
        ["reports", _, name] if frozen::language_of(name).is_some() => Kind::FrozenPdf,
        ["reports", _, name] | ["pages", name] if translation_name(name).is_some() => {
            Kind::Translation(translation_name(name).map_or(String::new(), |(_, t)| t.into()))
        }
        ["reports", year, name] if is_md(name) => Kind::Chapter(year.to_string()),
        ["reports", _, _, ..] => Kind::Asset,
        ["pages", name] if is_md(name) => Kind::Page,
        ["pages", _, ..] => Kind::Asset,
        // The site's own words (the i18n stage's FOLDER).
        ["i18n", _, name] if name.ends_with(".ftl") => Kind::Words,
        _ => Kind::Unknown,
    }
}

/// Loads the content folder. Problems are returned, never panicked on.
pub fn load(root: &Path) -> (Loaded, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut loaded = Loaded {
        root: root.to_path_buf(),
        ..Loaded::default()
    };
    let canonical_root = match root.canonicalize() {
        Ok(r) => r,
        Err(e) => {
            diags.push(
                Diagnostic::error(root, None, format!("cannot open the content folder: {e}"))
                    .with_hint("run from the site's folder, or pass --content DIR"),
            );
            return (loaded, diags);
        }
    };
    let files = walk(root, &canonical_root, &mut diags);
    loaded.body_ids = files
        .iter()
        .filter(|(_, kind)| matches!(kind, Kind::Body))
        .filter_map(|(path, _)| Some(path.file_stem()?.to_str()?.to_string()))
        .collect();

    // Read and parse in parallel: on a big site this is most of the load time.
    let results: Vec<Parsed> = files
        .into_par_iter()
        .map(|(path, kind)| parse_file(root, path, kind))
        .collect();
    for parsed in results {
        diags.extend(loaded.add(parsed));
    }
    loaded.assets.sort();
    loaded.unparsed.sort();
    loaded.reports.sort_by(|a, b| a.year.cmp(&b.year));
    for r in loaded.reports.iter_mut().filter(|r| r.frozen.is_some()) {
        r.frozen_state = frozen::state(root, &r.year);
    }
    diags.extend(loaded.missing_required());
    (loaded, diags)
}

/// The content folder's files and what each one is, in name order.
/// Dotfiles are skipped; symbolic links are not followed, and a link is
/// accepted only when its target is a file inside the content folder.
fn walk(root: &Path, canonical_root: &Path, diags: &mut Vec<Diagnostic>) -> Vec<(PathBuf, Kind)> {
    let mut files = Vec::new();
    for entry in WalkDir::new(root).follow_links(false).sort_by_file_name() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(root).to_path_buf();
                diags.push(Diagnostic::error(path, None, format!("cannot read: {e}")));
                continue;
            }
        };
        if entry.depth() == 0 {
            continue; // the content folder itself, which may be a link
        }
        let path = entry.path();
        let Ok(rel) = path.strip_prefix(root) else {
            continue;
        };
        if rel
            .iter()
            .any(|c| c.to_str().is_some_and(|s| s.starts_with('.')))
        {
            continue; // dotfiles: editor and VCS state, never content
        }
        let ft = entry.file_type();
        if ft.is_symlink() {
            if let Some(problem) = link_problem(path, canonical_root) {
                diags.push(problem);
                continue;
            }
        } else if !ft.is_file() {
            continue;
        }
        files.push((path.to_path_buf(), classify(rel)));
    }
    files
}

/// Why the symbolic link at `path` is not read, if it is not.
fn link_problem(path: &Path, canonical_root: &Path) -> Option<Diagnostic> {
    match path.canonicalize() {
        Ok(target) if target.starts_with(canonical_root) => target.is_dir().then(|| {
            Diagnostic::error(path, None, "symbolic links to folders are not followed")
                .with_hint("move the folder into place instead of linking to it")
        }),
        Ok(_) => Some(
            Diagnostic::error(
                path,
                None,
                "this symbolic link points outside the content folder",
            )
            .with_hint("copy the file into the content folder instead of linking to it"),
        ),
        Err(e) => Some(Diagnostic::error(
            path,
            None,
            format!("broken symbolic link: {e}"),
        )),
    }
}

impl Loaded {
    /// Puts one parsed file in its place; returns its problems.
    fn add(&mut self, parsed: Parsed) -> Vec<Diagnostic> {
        if let Some((path, text)) = parsed.text {
            self.text.insert(path, text);
        }
        if matches!(parsed.item, Item::None | Item::UnparsedChapter(..))
            && let Some(rel) = parsed.md_rel
        {
            self.unparsed.push(rel);
        }
        let root = self.root.clone();
        match parsed.item {
            Item::None => {}
            Item::Site(d) => self.site = Some(d),
            Item::Nations(d) => self.nations = Some(d),
            Item::Settings(d) => self.settings = Some(d),
            Item::Authorities(d) => self.authorities = Some(d),
            Item::Themes(d) => self.themes = Some(d),
            Item::OutsideBodies(d) => self.outside_bodies = Some(d),
            Item::Outside(year, d) => {
                report_dir(&mut self.reports, &root, &year).outside = Some(*d)
            }
            Item::Scales(d) => self.scales = Some(d),
            Item::FollowUp(year, d) => {
                report_dir(&mut self.reports, &root, &year).follow_up = Some(*d)
            }
            Item::Visits(year, d) => report_dir(&mut self.reports, &root, &year).visits = Some(*d),
            Item::Frozen(year, d) => report_dir(&mut self.reports, &root, &year).frozen = Some(*d),
            Item::SourceList(d) => self.sources = Some(d),
            Item::Designations(d) => self.designations = Some(d),
            Item::Body(d) => self.bodies.push(*d),
            Item::Report(year, d) => report_dir(&mut self.reports, &root, &year).config = Some(*d),
            Item::ReportSeen(year) => {
                report_dir(&mut self.reports, &root, &year);
            }
            Item::Chapter(year, d) => report_dir(&mut self.reports, &root, &year).chapters.push(d),
            Item::UnparsedChapter(year, slug) => report_dir(&mut self.reports, &root, &year)
                .unparsed
                .push(slug),
            Item::Page(d) => self.pages.push(d),
            Item::Translation(t) => self.translations.push(*t),
            Item::RegistryWords(l, d) => self.registry_words.push((l, *d)),
            Item::ReportWords(y, l, d) => self.report_words.push((y, l, *d)),
            Item::Asset(rel) => self.assets.push(rel),
        }
        parsed.diags
    }

    /// An error for each required file that is not there. A file that
    /// exists but failed to parse already has its diagnostic.
    fn missing_required(&self) -> Vec<Diagnostic> {
        let required = [
            ("site.toml", self.site.is_none()),
            ("registry/nations.toml", self.nations.is_none()),
            ("registry/settings.toml", self.settings.is_none()),
            ("registry/sources.toml", self.sources.is_none()),
            ("registry/designations.toml", self.designations.is_none()),
        ];
        required
            .into_iter()
            .map(|(name, missing)| (self.root.join(name), missing))
            .filter(|(path, missing)| *missing && !path.exists())
            .map(|(path, _)| {
                Diagnostic::error(path, None, "required file is missing")
                    .with_hint("see docs/content-model.md for what it holds")
            })
            .collect()
    }
}

fn report_dir<'a>(reports: &'a mut Vec<ReportDir>, root: &Path, year: &str) -> &'a mut ReportDir {
    let i = match reports.iter().position(|r| r.year == year) {
        Some(i) => i,
        None => {
            reports.push(ReportDir {
                year: year.to_string(),
                dir: root.join("reports").join(year),
                config: None,
                chapters: Vec::new(),
                follow_up: None,
                outside: None,
                visits: None,
                frozen: None,
                frozen_state: frozen::FrozenState::default(),
                unparsed: Vec::new(),
            });
            reports.len() - 1
        }
    };
    &mut reports[i]
}

enum Item {
    None,
    Site(Doc<RawSiteConfig>),
    Nations(Doc<RawNations>),
    Settings(Doc<RawSettings>),
    Authorities(Doc<RawAuthorities>),
    Themes(Doc<RawThemes>),
    OutsideBodies(Doc<RawOutsideBodies>),
    Outside(String, Box<Doc<RawOutsideRecommendations>>),
    Scales(Doc<RawScales>),
    FollowUp(String, Box<Doc<RawFollowUps>>),
    Visits(String, Box<Doc<table::RawTable>>),
    Frozen(String, Box<Doc<RawFrozen>>),
    SourceList(Doc<RawSources>),
    Designations(Doc<RawDesignations>),
    Body(Box<Doc<RawBody>>),
    Report(String, Box<Doc<RawReport>>),
    /// A report folder whose report.toml failed: the folder still exists.
    ReportSeen(String),
    Chapter(String, MdDoc<RawChapterMeta>),
    /// A chapter file whose front matter is broken (already reported).
    UnparsedChapter(String, String),
    Page(MdDoc<RawPageMeta>),
    Translation(Box<LoadedTranslation>),
    RegistryWords(String, Box<Doc<RawRegistryWords>>),
    ReportWords(String, String, Box<Doc<RawReportWords>>),
    Asset(PathBuf),
}

struct Parsed {
    text: Option<(PathBuf, Arc<str>)>,
    /// For Markdown files: the path relative to the content folder.
    md_rel: Option<PathBuf>,
    diags: Vec<Diagnostic>,
    item: Item,
}

fn parse_file(root: &Path, path: PathBuf, kind: Kind) -> Parsed {
    let mut parsed = Parsed {
        text: None,
        md_rel: matches!(kind, Kind::Chapter(_) | Kind::Page)
            .then(|| path.strip_prefix(root).ok().map(Path::to_path_buf))
            .flatten(),
        diags: Vec::new(),
        item: Item::None,
    };
    match kind {
        Kind::Asset => {
            if let Ok(rel) = path.strip_prefix(root) {
                parsed.item = Item::Asset(rel.to_path_buf());
            }
            return parsed;
        }
        Kind::FrozenPdf | Kind::Words => return parsed,
        Kind::Unknown => {
            parsed.diags.push(
                Diagnostic::warning(
                    &path,
                    None,
                    "this file is not part of the content model and is ignored",
                )
                .with_hint("see docs/content-model.md for where each kind of file goes"),
            );
            return parsed;
        }
        _ => {}
    }
    let text: Arc<str> = match std::fs::read(&path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => Arc::from(s),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                parsed.diags.push(
                    Diagnostic::error(
                        &path,
                        None,
                        format!("the file is not valid UTF-8 (byte {at})"),
                    )
                    .with_hint("save the file as UTF-8"),
                );
                return parsed;
            }
        },
        Err(e) => {
            parsed
                .diags
                .push(Diagnostic::error(&path, None, format!("cannot read: {e}")));
            return parsed;
        }
    };
    parsed.text = Some((path.clone(), text.clone()));
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string();
    parsed.item = match kind {
        Kind::Site => toml_doc(&path, &text, &mut parsed.diags).map_or(Item::None, Item::Site),
        Kind::Nations => {
            toml_doc(&path, &text, &mut parsed.diags).map_or(Item::None, Item::Nations)
        }
        Kind::Settings => {
            toml_doc(&path, &text, &mut parsed.diags).map_or(Item::None, Item::Settings)
        }
        Kind::Authorities => {
            toml_doc(&path, &text, &mut parsed.diags).map_or(Item::None, Item::Authorities)
        }
        Kind::Themes => toml_doc(&path, &text, &mut parsed.diags).map_or(Item::None, Item::Themes),
        Kind::OutsideBodies => {
            toml_doc(&path, &text, &mut parsed.diags).map_or(Item::None, Item::OutsideBodies)
        }
        Kind::Outside(year) => toml_doc(&path, &text, &mut parsed.diags)
            .map_or(Item::None, |d| Item::Outside(year, Box::new(d))),
        Kind::Frozen(year) => toml_doc(&path, &text, &mut parsed.diags)
            .map_or(Item::None, |d| Item::Frozen(year, Box::new(d))),
        Kind::Scales => toml_doc(&path, &text, &mut parsed.diags).map_or(Item::None, Item::Scales),
        Kind::FollowUp(year) => toml_doc(&path, &text, &mut parsed.diags)
            .map_or(Item::None, |d| Item::FollowUp(year, Box::new(d))),
        Kind::Visits(year) => {
            let base = bom_len(&text);
            match table::parse(&path, &text, base) {
                // The cells' spans are in the whole file already.
                Ok(data) => Item::Visits(
                    year,
                    Box::new(Doc {
                        path,
                        data,
                        base: 0,
                    }),
                ),
                Err(d) => {
                    parsed.diags.push(d);
                    Item::None
                }
            }
        }
        Kind::SourceList => {
            toml_doc(&path, &text, &mut parsed.diags).map_or(Item::None, Item::SourceList)
        }
        Kind::Designations => {
            toml_doc(&path, &text, &mut parsed.diags).map_or(Item::None, Item::Designations)
        }
        Kind::Body => toml_doc(&path, &text, &mut parsed.diags)
            .map_or(Item::None, |d| Item::Body(Box::new(d))),
        Kind::Report(year) => match toml_doc(&path, &text, &mut parsed.diags) {
            Some(d) => Item::Report(year, Box::new(d)),
            None => Item::ReportSeen(year),
        },
        Kind::Chapter(year) => match md_doc(&path, stem.clone(), text, &mut parsed.diags) {
            Some(d) => Item::Chapter(year, d),
            None => Item::UnparsedChapter(year, stem),
        },
        Kind::Page => md_doc(&path, stem, text, &mut parsed.diags).map_or(Item::None, Item::Page),
        Kind::ReportWords(year, language) => toml_doc(&path, &text, &mut parsed.diags)
            .map_or(Item::None, |d| {
                Item::ReportWords(year, language, Box::new(d))
            }),
        Kind::RegistryWords(language) => toml_doc(&path, &text, &mut parsed.diags)
            .map_or(Item::None, |d| Item::RegistryWords(language, Box::new(d))),
        Kind::Translation(language) => {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let slug = translation_name(name).map_or("", |(s, _)| s).to_string();
            let original = path
                .strip_prefix(root)
                .map(|r| r.with_file_name(format!("{slug}.md")))
                .unwrap_or_default();
            md_doc(&path, slug, text, &mut parsed.diags).map_or(Item::None, |doc| {
                Item::Translation(Box::new(LoadedTranslation {
                    language,
                    original,
                    doc,
                }))
            })
        }
        Kind::Asset | Kind::Unknown | Kind::FrozenPdf | Kind::Words => Item::None,
    };
    parsed
}

/// Length of a leading byte-order mark, which editors on Windows add.
fn bom_len(text: &str) -> usize {
    if text.starts_with('\u{feff}') { 3 } else { 0 }
}

fn toml_doc<T: DeserializeOwned>(
    path: &Path,
    text: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Doc<T>> {
    let base = bom_len(text);
    parse_toml(path, &text[base..], base, diags).map(|data| Doc {
        path: path.to_path_buf(),
        data,
        base,
    })
}

fn parse_toml<T: DeserializeOwned>(
    path: &Path,
    toml_text: &str,
    base: usize,
    diags: &mut Vec<Diagnostic>,
) -> Option<T> {
    match toml::from_str::<T>(toml_text) {
        Ok(v) => Some(v),
        Err(e) => {
            let span = e.span().map(|s| s.start + base..s.end + base);
            let (message, hint) = explain_toml_error(e.message());
            let mut d = Diagnostic::error(path, span, message);
            if let Some(h) = hint {
                d = d.with_hint(h);
            }
            diags.push(d);
            None
        }
    }
}

/// Turns serde's wording into ours and adds what would fix it.
fn explain_toml_error(message: &str) -> (String, Option<String>) {
    let message = message.trim().replace('\n', " ");
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (field, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let expected = expected.trim_start_matches("one of ");
        let hint = if expected.is_empty() {
            None
        } else {
            Some(format!("the keys allowed here are {expected}"))
        };
        return (format!("unknown key {field}"), hint);
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return (
            format!("missing required key {field}"),
            Some("add it; see docs/content-model.md".to_string()),
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (value, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return (
            format!("unknown value {value}"),
            (!expected.is_empty())
                .then(|| format!("use {}", expected.trim_start_matches("one of "))),
        );
    }
    (message, None)
}

/// Splits `+++` TOML front matter from the Markdown after it.
fn md_doc<T: DeserializeOwned>(
    path: &Path,
    slug: String,
    text: Arc<str>,
    diags: &mut Vec<Diagnostic>,
) -> Option<MdDoc<T>> {
    let start = bom_len(&text);
    let hint =
        "a Markdown file starts with a `+++` line, its TOML front matter, and a closing `+++` line";
    let Some(after_open) = text[start..].strip_prefix("+++") else {
        diags.push(
            Diagnostic::error(path, Some(start..start), "missing front matter").with_hint(hint),
        );
        return None;
    };
    let first_nl = match after_open.find('\n') {
        Some(i) if after_open[..i].trim().is_empty() => i,
        _ => {
            diags.push(
                Diagnostic::error(
                    path,
                    Some(start..start + 3),
                    "the opening `+++` must be alone on its line",
                )
                .with_hint(hint),
            );
            return None;
        }
    };
    let fm_start = start + 3 + first_nl + 1;
    // Find a line that is exactly `+++` (allowing trailing spaces and \r).
    let mut pos = fm_start;
    let mut close = None;
    while pos <= text.len() {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        if text[pos..line_end].trim_end() == "+++" {
            close = Some((pos, line_end));
            break;
        }
        if line_end == text.len() {
            break;
        }
        pos = line_end + 1;
    }
    let Some((close_start, close_end)) = close else {
        diags.push(
            Diagnostic::error(path, Some(start..start + 3), "front matter is not closed")
                .with_hint("add a line with only `+++` after the front matter"),
        );
        return None;
    };
    let meta = parse_toml::<T>(path, &text[fm_start..close_start], fm_start, diags)?;
    let body_start = (close_end + 1).min(text.len());
    Some(MdDoc {
        meta: Doc {
            path: path.to_path_buf(),
            data: meta,
            base: fm_start,
        },
        slug,
        text,
        body_start,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> (Option<MdDoc<RawPageMeta>>, Vec<Diagnostic>) {
        let mut d = Vec::new();
        let doc = md_doc::<RawPageMeta>(Path::new("p.md"), "p".into(), Arc::from(text), &mut d);
        (doc, d)
    }

    #[test]
    fn front_matter_with_crlf_and_bom() {
        let (doc, d) = split("\u{feff}+++\r\ntitle = \"A\"\r\n+++\r\nBody\r\n");
        assert!(d.is_empty(), "{d:?}");
        let doc = doc.unwrap();
        assert_eq!(doc.meta.data.title, "A");
        assert_eq!(doc.body(), "Body\r\n");
    }

    #[test]
    fn unterminated_front_matter_is_an_error_not_a_panic() {
        for text in [
            "+++\ntitle = \"A\"\n",
            "+++",
            "",
            "no front matter",
            "+++ x\n+++\n",
        ] {
            let (doc, d) = split(text);
            assert!(doc.is_none(), "{text:?}");
            assert_eq!(d.len(), 1, "{text:?}");
        }
    }

    #[test]
    fn error_spans_point_into_the_file_not_the_front_matter() {
        let (_, d) = split("+++\ntitle = \"A\"\ntitel = 1\n+++\n");
        assert_eq!(d[0].message, "unknown key `titel`");
        assert_eq!(d[0].span.as_ref().map(|s| s.start), Some(16));
    }
}
