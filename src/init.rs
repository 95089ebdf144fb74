//! `init`: starts a new site. Writes `content/` (the smallest valid site:
//! one member body, one kind of detention, one nation, the instrument that
//! designated the body, a source, and one report year with one chapter),
//! and `templates/` and `theme/`, copied out of the program, which carries
//! the repository's own. Every word of the content is in the site's
//! language, from its catalogue's `init-` messages
//! (`templates/i18n/<language>/init.ftl`), and says it is a sample: a fact
//! on a site must be true and sourced, and none of these is.
//!
//! Reads nothing of the user's but whether the target folder already has
//! `content/`, `templates/` or `theme/`; writes only those three, all or
//! nothing: into a hidden folder inside the target first, then each moved
//! into place. Never overwrites. The same options always give the same
//! bytes: the year is an option, never read from the clock here.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentArgs;
use include_dir::{Dir, include_dir};

use crate::content::date::Date;
use crate::diagnostics::{Diagnostic, Sources};
use crate::i18n::{self, Catalogue};

/// The repository's templates/, inside the program.
static TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");

/// The repository's theme/ (CSS, script, fonts), inside the program.
static THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/theme");

/// The three folders `init` writes, in the order they are moved in.
pub const FOLDERS: [&str; 3] = ["content", "templates", "theme"];

/// The ids of the starter's registry entries: each says it is a sample.
const BODY: &str = "sample-body";
const SETTING: &str = "sample-setting";
const NATION: &str = "sample-nation";
const INSTRUMENT: &str = "sample-designation";
const SOURCE: &str = "sample-source";
/// The starter's one chapter, a foreword, so that `new chapter` can still
/// write the body's own.
const CHAPTER: &str = "foreword";

/// What to start, and where.
#[derive(Debug, Clone)]
pub struct InitOptions {
    /// The folder the site goes in; made if it is not there.
    pub dir: PathBuf,
    /// A language with a catalogue in the program's templates/i18n/.
    pub language: String,
    /// The report year, e.g. `2026-27`.
    pub year: String,
}

/// What `init` wrote.
#[derive(Debug, Clone)]
pub struct Initialised {
    /// Each folder written, with how many files it holds.
    pub folders: Vec<(PathBuf, usize)>,
    /// The language's name in itself (`Cymraeg`).
    pub language_name: String,
}

/// The languages `init` can start a site in: the catalogue folders of the
/// program's templates/i18n/, sorted (as [`i18n::available`] lists a
/// site's).
pub fn languages() -> Vec<String> {
    let mut found: Vec<String> = TEMPLATES
        .get_dir(i18n::FOLDER)
        .into_iter()
        .flat_map(Dir::dirs)
        .filter_map(|d| d.path().file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .collect();
    found.sort();
    found
}

/// The reporting year (1 April to 31 March, as `new year` opens them) that
/// `today` falls in: `2026-27` from 1 April 2026 to 31 March 2027.
pub fn reporting_year(today: Date) -> String {
    let first = if today.month.unwrap_or(1) >= 4 {
        today.year
    } else {
        today.year.saturating_sub(1)
    };
    format!("{first}-{:02}", (first + 1) % 100)
}

/// Starts a site: checks the options and the folder, then writes the
/// three folders, all or nothing.
pub fn init(opts: &InitOptions) -> Result<Initialised, Vec<Diagnostic>> {
    let mut errors: Vec<Diagnostic> = language_problem(&opts.language).into_iter().collect();
    let year = Year::parse(&opts.year).map_err(|d| errors.push(d)).ok();
    errors.extend(existing(&opts.dir));
    let Some(year) = year.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    let created = missing_ancestors(&opts.dir);
    let result = stage_and_move(opts, &year);
    if result.is_err() {
        // Only the folders made here, and only when empty: a folder that
        // something else wrote into meanwhile stays.
        for dir in &created {
            let _ = std::fs::remove_dir(dir);
        }
    }
    result
}

/// Why `language` cannot be used, if it cannot.
fn language_problem(language: &str) -> Option<Diagnostic> {
    let have = languages();
    if have.iter().any(|l| l == language) {
        return None;
    }
    // The same tag in other letters (`en-gb`), or the same language with
    // another region or none (`fr-FR`, `en`): language tags are short, so
    // an edit distance would find unrelated ones.
    let primary = |tag: &str| tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    let near = have
        .iter()
        .find(|l| l.eq_ignore_ascii_case(language))
        .or_else(|| have.iter().find(|l| primary(l) == primary(language)));
    let did_you_mean = near.map_or_else(String::new, |n| format!("did you mean `{n}`? "));
    Some(
        Diagnostic::error(
            "--language",
            None,
            format!("there is no message catalogue for the language `{language}`"),
        )
        .with_hint(format!(
            "{did_you_mean}the languages available are: {}. For another language, start \
             in {} and translate templates/i18n/{}/ into templates/i18n/{language}/",
            have.join(", "),
            i18n::REFERENCE,
            i18n::REFERENCE,
        )),
    )
}

/// The folders `init` would write that `dir` already has: one error
/// naming them all, or none.
fn existing(dir: &Path) -> Option<Diagnostic> {
    let found: Vec<String> = FOLDERS
        .iter()
        .filter(|name| std::fs::symlink_metadata(dir.join(name)).is_ok())
        .map(|name| format!("{name}/"))
        .collect();
    if found.is_empty() {
        return None;
    }
    Some(
        Diagnostic::error(
            dir,
            None,
            format!(
                "this folder already has {}: `init` never overwrites, so nothing was written",
                found.join(", ")
            ),
        )
        .with_hint(
            "start the new site in an empty folder (`opcat-press init FOLDER`), or move \
             content/, templates/ and theme/ out of this one first; to open a report year \
             in this site, use `opcat-press new year`",
        ),
    )
}

/// `dir` and those of its ancestors that do not exist, innermost first.
fn missing_ancestors(dir: &Path) -> Vec<PathBuf> {
    dir.ancestors()
        .take_while(|a| !a.as_os_str().is_empty() && std::fs::symlink_metadata(a).is_err())
        .map(Path::to_path_buf)
        .collect()
}

/// Writes the site into a hidden folder inside `opts.dir`, then moves each
/// of its three folders into place. The hidden folder goes in any case.
fn stage_and_move(opts: &InitOptions, year: &Year) -> Result<Initialised, Vec<Diagnostic>> {
    let dir = &opts.dir;
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, "cannot create the folder", &e))?;
    let staging = tempfile::Builder::new()
        .prefix(".opcat-press-init-")
        .tempdir_in(dir)
        .map_err(|e| io_error(dir, "cannot create a temporary folder", &e))?;
    let root = staging.path();
    let templates = extract(&TEMPLATES, &root.join("templates"))?;
    let theme = extract(&THEME, &root.join("theme"))?;
    // The words come from the catalogue the new site itself carries.
    let catalogue = catalogue(&root.join("templates"), &opts.language)?;
    let words = Words::read(&catalogue, year)?;
    let files = starter(&words, &opts.language, year);
    let content = files.len();
    for (rel, text) in &files {
        write_file(&root.join("content").join(rel), text.as_bytes())?;
    }
    move_into(root, dir)?;
    let counts = [content, templates, theme];
    Ok(Initialised {
        folders: FOLDERS
            .iter()
            .zip(counts)
            .map(|(name, n)| (dir.join(name), n))
            .collect(),
        language_name: catalogue.name.clone(),
    })
}

/// Moves `content/`, `templates/` and `theme/` from `staging` into `dir`;
/// on a failure, those already moved go back.
fn move_into(staging: &Path, dir: &Path) -> Result<(), Vec<Diagnostic>> {
    for (i, name) in FOLDERS.iter().enumerate() {
        // rename never replaces a folder that has files in it, should one
        // have appeared since the check.
        if let Err(e) = std::fs::rename(staging.join(name), dir.join(name)) {
            for done in &FOLDERS[..i] {
                let _ = std::fs::rename(dir.join(done), staging.join(done));
            }
            return Err(io_error(&dir.join(name), "cannot write", &e));
        }
    }
    Ok(())
}

/// Writes the files of `embedded` under `to`; returns how many.
fn extract(embedded: &Dir<'_>, to: &Path) -> Result<usize, Vec<Diagnostic>> {
    let mut count = 0;
    for file in embedded.files() {
        write_file(&to.join(file.path()), file.contents())?;
        count += 1;
    }
    for dir in embedded.dirs() {
        count += extract(dir, to)?;
    }
    Ok(count)
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Vec<Diagnostic>> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| io_error(parent, "cannot create the folder", &e))?;
    }
    std::fs::write(path, bytes).map_err(|e| io_error(path, "cannot write", &e))
}

fn io_error(path: &Path, what: &str, e: &std::io::Error) -> Vec<Diagnostic> {
    vec![Diagnostic::error(
        path,
        None,
        format!("{what}: {e}; nothing was written"),
    )]
}

/// The language's catalogue, from the templates just written.
fn catalogue(templates: &Path, language: &str) -> Result<Arc<Catalogue>, Vec<Diagnostic>> {
    let folders = i18n::Folders {
        templates,
        content: None,
    };
    let catalogues = i18n::load(folders, &[language], &mut Sources::default())?;
    catalogues.get(language).cloned().ok_or_else(|| {
        vec![Diagnostic::error(
            "--language",
            None,
            format!("the `{language}` catalogue did not load"),
        )]
    })
}

/// A report year: its folder name and its period.
#[derive(Debug, Clone)]
struct Year {
    name: String,
    start: Date,
    end: Date,
}

impl Year {
    fn parse(name: &str) -> Result<Year, Diagnostic> {
        // A calendar year (`2026`) runs from January to December; one that
        // straddles two (`2026-27`), from April to March.
        let period = crate::validate::parse_year(name).and_then(|(first, second)| {
            if first == second {
                Some((Date::ymd(first, 1, 1)?, Date::ymd(first, 12, 31)?))
            } else {
                Some((Date::ymd(first, 4, 1)?, Date::ymd(second, 3, 31)?))
            }
        });
        match period {
            Some((start, end)) => Ok(Year {
                name: name.to_string(),
                start,
                end,
            }),
            None => Err(Diagnostic::error(
                "--year",
                None,
                format!("`{name}` is not a report year"),
            )
            .with_hint(
                "write it as two years in a row, e.g. 2026-27, or as a calendar year, e.g. 2026",
            )),
        }
    }
}

/// The starter's words in the site's language.
#[derive(Debug, Clone)]
struct Words {
    site_title: String,
    site_description: String,
    npm_name: String,
    licence: String,
    nation: String,
    setting_name: String,
    setting_description: String,
    instrument_title: String,
    instrument_summary: String,
    source_title: String,
    body_name: String,
    body_abbreviation: String,
    body_summary: String,
    report_title: String,
    report_summary: String,
    chapter_title: String,
    chapter_summary: String,
    chapter_heading: String,
    chapter_text: String,
    next_heading: String,
    next: [String; 3],
}

impl Words {
    /// Every `init-` message, or an error for each that cannot be
    /// formatted (the catalogue is checked complete when it loads, so
    /// this is a program without its own words).
    fn read(catalogue: &Catalogue, year: &Year) -> Result<Words, Vec<Diagnostic>> {
        let mut errors = Vec::new();
        let mut get = |id: &str, vars: &[(&str, &str)]| {
            let mut args = FluentArgs::new();
            for (name, value) in vars {
                args.set(*name, *value);
            }
            catalogue.format(id, Some(&args)).unwrap_or_else(|e| {
                errors.push(Diagnostic::error("--language", None, e));
                String::new()
            })
        };
        let npm_name = get("init-npm-name", &[]);
        let words = Words {
            site_title: get("init-site-title", &[]),
            site_description: get("init-site-description", &[]),
            licence: get("init-licence", &[]),
            nation: get("init-nation-name", &[]),
            setting_name: get("init-setting-name", &[]),
            setting_description: get("init-setting-description", &[]),
            instrument_title: get("init-instrument-title", &[]),
            instrument_summary: get("init-instrument-summary", &[]),
            source_title: get("init-source-title", &[]),
            body_name: get("init-body-name", &[]),
            body_abbreviation: get("init-body-abbreviation", &[]),
            body_summary: get("init-body-summary", &[]),
            report_title: get("init-report-title", &[("npm", &npm_name)]),
            report_summary: get("init-report-summary", &[]),
            chapter_title: get("init-chapter-title", &[]),
            chapter_summary: get("init-chapter-summary", &[]),
            chapter_heading: get("init-chapter-heading", &[]),
            chapter_text: get("init-chapter-text", &[]),
            next_heading: get("init-next-heading", &[]),
            next: [
                get("init-next-site", &[]),
                get("init-next-registry", &[]),
                get("init-next-report", &[("year", &year.name)]),
            ],
            npm_name,
        };
        if errors.is_empty() {
            Ok(words)
        } else {
            Err(errors)
        }
    }
}

/// A TOML string literal.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// The files of the starter's `content/`, each with its path inside it.
fn starter(w: &Words, language: &str, year: &Year) -> Vec<(PathBuf, String)> {
    let report = Path::new("reports").join(&year.name);
    vec![
        ("site.toml".into(), site_toml(w, language)),
        ("registry/sources.toml".into(), sources_toml(w)),
        ("registry/nations.toml".into(), nations_toml(w)),
        ("registry/settings.toml".into(), settings_toml(w)),
        (
            "registry/designations.toml".into(),
            designations_toml(w, year),
        ),
        (
            Path::new("registry/bodies").join(format!("{BODY}.toml")),
            body_toml(w),
        ),
        (report.join("report.toml"), report_toml(w, year)),
        (report.join(format!("{CHAPTER}.md")), chapter_md(w)),
    ]
}

fn site_toml(w: &Words, language: &str) -> String {
    format!(
        "# The site, started by `opcat-press init`. Every name and text in content/ is\n\
         # a sample: replace each with your NPM's own. opcat-press's\n\
         # docs/content-model.md describes every key.\n\
         title = {}\n\
         description = {}\n\
         # The address the site will be published at (example.org is a placeholder).\n\
         base_url = \"https://npm.example.org/\"\n\
         # The interface's words come from templates/i18n/{language}/.\n\
         language = {}\n\
         npm_name = {}\n\
         # The member body that coordinates the NPM: its id, a file name in\n\
         # registry/bodies/.\n\
         coordinator = \"{BODY}\"\n\
         # The licence the site's pages, reports and data are published under (add\n\
         # licence_url, its address, and copyright, who holds it, if there is one).\n\
         licence = {}\n",
        quoted(&w.site_title),
        quoted(&w.site_description),
        quoted(language),
        quoted(&w.npm_name),
        quoted(&w.licence),
    )
}

fn sources_toml(w: &Words) -> String {
    format!(
        "# The sources of the registry's facts: each fact names its sources by these\n\
         # ids. Replace the sample with the documents that state the facts (an act, a\n\
         # decree, a statement, an official web page), each with its `url` if it has one.\n\
         [{SOURCE}]\n\
         title = {}\n",
        quoted(&w.source_title)
    )
}

fn nations_toml(w: &Words) -> String {
    format!(
        "# The nations (or regions) the members work in, in the order the site lists\n\
         # them. An id is part of the site's addresses: choose it once.\n\
         [[nation]]\n\
         id = \"{NATION}\"\n\
         name = {}\n",
        quoted(&w.nation)
    )
}

fn settings_toml(w: &Words) -> String {
    format!(
        "# The kinds of detention the members monitor, in the order the site lists them.\n\
         [[setting]]\n\
         id = \"{SETTING}\"\n\
         name = {}\n\
         description = {}\n\
         source = [\"{SOURCE}\"]\n",
        quoted(&w.setting_name),
        quoted(&w.setting_description)
    )
}

fn designations_toml(w: &Words, year: &Year) -> String {
    format!(
        "# The instruments that designated the NPM's members, each with its date and\n\
         # the number of members after it (checked against registry/bodies/).\n\
         [[instrument]]\n\
         id = \"{INSTRUMENT}\"\n\
         date = {}\n\
         title = {}\n\
         members_after = 1\n\
         summary = {}\n\
         source = [\"{SOURCE}\"]\n",
        year.start.iso(),
        quoted(&w.instrument_title),
        quoted(&w.instrument_summary)
    )
}

fn body_toml(w: &Words) -> String {
    format!(
        "# One member body. The file name is its id and its address on the site:\n\
         # choose it once (lowercase letters, digits and `-`). A body whose\n\
         # designation ends keeps its file, with an [ended] table.\n\
         name = {}\n\
         abbreviation = {}\n\
         nations = [\"{NATION}\"]\n\
         coordinator = true\n\
         summary = {}\n\
         source = [\"{SOURCE}\"]\n\
         \n\
         [designation]\n\
         instrument = \"{INSTRUMENT}\"\n\
         source = [\"{SOURCE}\"]\n\
         \n\
         # What it monitors, and where: one table per kind of detention.\n\
         [[coverage]]\n\
         setting = \"{SETTING}\"\n\
         nations = [\"{NATION}\"]\n\
         role = \"lead\"\n\
         source = [\"{SOURCE}\"]\n",
        quoted(&w.body_name),
        quoted(&w.body_abbreviation),
        quoted(&w.body_summary)
    )
}

fn report_toml(w: &Words, year: &Year) -> String {
    let name = &year.name;
    format!(
        "# The report on {name}. `status = \"sample\"` marks every page of the year, and\n\
         # the PDF's cover, as sample content: set it to \"draft\" while the real report\n\
         # is written, and to \"published\" (with `published = YYYY-MM-DD`) once it is out.\n\
         title = {}\n\
         number = 1\n\
         period_start = {}\n\
         period_end = {}\n\
         status = \"sample\"\n\
         summary = {}\n\
         # The reading order: every chapter of this folder, once. `opcat-press new\n\
         # chapter --year {name} --body {BODY}` writes a member body's chapter and adds it.\n\
         chapters = [\"{CHAPTER}\"]\n",
        quoted(&w.report_title),
        year.start.iso(),
        year.end.iso(),
        quoted(&w.report_summary)
    )
}

fn chapter_md(w: &Words) -> String {
    format!(
        "+++\n\
         title = {}\n\
         kind = \"foreword\"\n\
         summary = {}\n\
         +++\n\
         \n\
         ## {}\n\
         \n\
         {}\n\
         \n\
         ## {}\n\
         \n\
         - {}\n\
         - {}\n\
         - {}\n",
        quoted(&w.chapter_title),
        quoted(&w.chapter_summary),
        w.chapter_heading,
        w.chapter_text,
        w.next_heading,
        w.next[0],
        w.next[1],
        w.next[2],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reporting_year_starts_on_1_april() {
        let on = |y, m, d| reporting_year(Date::ymd(y, m, d).expect("a date"));
        assert_eq!(on(2026, 3, 31), "2025-26");
        assert_eq!(on(2026, 4, 1), "2026-27");
        assert_eq!(on(2026, 12, 6), "2026-27");
        assert_eq!(on(1999, 6, 1), "1999-00");
    }

    #[test]
    fn the_program_carries_every_shipped_language() {
        let templates = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        assert_eq!(languages(), i18n::available(&templates));
        assert!(languages().iter().any(|l| l == i18n::REFERENCE));
    }

    #[test]
    fn every_shipped_catalogue_has_the_starters_words() {
        let year = Year::parse("2026-27").expect("a year");
        for language in languages() {
            let catalogue = i18n::shipped(&language);
            let words = Words::read(&catalogue, &year)
                .unwrap_or_else(|e| panic!("{language}: {:?}", e[0].message));
            let text = chapter_md(&words);
            assert!(!text.contains("init-"), "{language}: {text}");
            assert!(words.next[2].contains("2026-27"), "{language}");
            assert!(words.report_title.contains(&words.npm_name), "{language}");
        }
    }

    #[test]
    fn an_unknown_language_names_those_there_are() {
        let d = language_problem("en-gb").expect("refused");
        let hint = d.hint.expect("a hint");
        assert!(hint.starts_with("did you mean `en-GB`?"), "{hint}");
        for language in languages() {
            assert!(hint.contains(&language), "{hint}");
        }
        assert!(language_problem(i18n::REFERENCE).is_none());
    }
}
