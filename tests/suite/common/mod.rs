//! Helpers shared by the integration tests: run the real `opcat-press`
//! binary on a fixture site, read its diagnostics, snapshot an output folder,
//! check every link of a built site, and read the content's data with the
//! `toml` crate so expectations are computed from the data, not copied from
//! the output.
//!
//! Each test file compiles this module separately and uses only part of it.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ffi::OsStr;
use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};
use std::process::Command;

use scraper::{ElementRef, Html, Selector};

pub mod serve;

/// The binary under test, built by Cargo for the integration tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_opcat-press");

/// The repository root (templates/, theme/, content/).
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    repo().join("tests").join("fixtures").join(name)
}

/// A temporary folder under Cargo's per-project scratch space.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("opcat-press-test-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .expect("create a temporary folder")
}

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn diagnostics(&self) -> Vec<Diag> {
        parse_diagnostics(&self.stderr)
    }

    /// The first lines of the error diagnostics, in the order printed.
    pub fn error_lines(&self) -> Vec<String> {
        self.diagnostics()
            .into_iter()
            .filter(|d| d.severity == "error")
            .map(|d| d.header)
            .collect()
    }

    pub fn warnings(&self) -> Vec<Diag> {
        self.diagnostics()
            .into_iter()
            .filter(|d| d.severity == "warning")
            .collect()
    }

    pub fn assert_success(&self) {
        assert_eq!(self.code, Some(0), "the build failed:\n{}", self.stderr);
    }
}

/// Runs `opcat-press` in `cwd` with exactly these arguments, its output
/// piped (so plain, whatever colour settings the test run inherits).
pub fn opcat(cwd: &Path, args: &[&OsStr]) -> Run {
    opcat_with_env(cwd, args, &[])
}

/// `opcat`, with extra environment variables.
pub fn opcat_with_env(cwd: &Path, args: &[&OsStr], env: &[(&str, &str)]) -> Run {
    let out = Command::new(BIN)
        .current_dir(cwd)
        .args(args)
        .env_remove("CLICOLOR_FORCE")
        .env_remove("NO_COLOR")
        .envs(env.iter().copied())
        .output()
        .expect("run opcat-press");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs `opcat-press build` in `cwd` with the repository's templates and
/// theme, and without the build cache (a fixture built in place would
/// otherwise keep one in the repository), unless `extra` names one.
pub fn build(cwd: &Path, content: &str, output: &Path, extra: &[&str]) -> Run {
    let cached = extra
        .iter()
        .any(|a| *a == "--cache-dir" || *a == "--no-cache");
    let mut extra = extra.to_vec();
    if !cached {
        extra.push("--no-cache");
    }
    build_with_cache(cwd, content, output, &extra)
}

/// `build` with the build cache in its default place (`.opcat-cache/`
/// beside the content folder).
pub fn build_with_cache(cwd: &Path, content: &str, output: &Path, extra: &[&str]) -> Run {
    let templates = repo().join("templates");
    let theme = repo().join("theme");
    let mut args: Vec<&OsStr> = vec![
        OsStr::new("build"),
        OsStr::new("--content"),
        OsStr::new(content),
        OsStr::new("--output"),
        output.as_os_str(),
        OsStr::new("--templates"),
        templates.as_os_str(),
        OsStr::new("--theme"),
        theme.as_os_str(),
    ];
    args.extend(extra.iter().map(OsStr::new));
    opcat(cwd, &args)
}

/// Builds the repository's own content/ into `output`.
pub fn build_uk_site(output: &Path, extra: &[&str]) -> Run {
    build(repo(), "content", output, extra)
}

// ---------------------------------------------------------------------------
// Diagnostics
// ---------------------------------------------------------------------------

/// One diagnostic as printed on stderr:
///
/// ```text
/// path:line:col: error: message
///    |
/// 12 | the source line
///    |     ^^^^^
///    = hint: ...
/// ```
///
/// or `path: error: message` followed by `= hint: ...` for whole-file problems.
#[derive(Debug, Clone)]
pub struct Diag {
    /// The whole first line.
    pub header: String,
    pub file: String,
    pub line: Option<usize>,
    pub col: Option<usize>,
    pub severity: String,
    pub message: String,
    /// The quoted source line (without the `N | ` gutter).
    pub source_line: Option<String>,
    /// (column of the first caret, number of carets).
    pub caret: Option<(usize, usize)>,
    pub hint: Option<String>,
}

impl Diag {
    /// The text the carets underline, taken from the quoted source line.
    pub fn underlined(&self) -> Option<String> {
        let (col, width) = self.caret?;
        let line = self.source_line.as_ref()?;
        Some(line.chars().skip(col - 1).take(width).collect())
    }
}

pub fn parse_diagnostics(stderr: &str) -> Vec<Diag> {
    let mut out = Vec::new();
    for block in stderr.split("\n\n") {
        // A block may start with the build's progress lines: the
        // diagnostic starts at its `path: severity: message` line.
        let split = |header: &str| {
            if header.starts_with(' ') {
                return None;
            }
            ["error", "warning"].iter().find_map(|sev| {
                let marker = format!(": {sev}: ");
                header
                    .split_once(&marker)
                    .map(|(loc, msg)| (loc.to_string(), sev.to_string(), msg.to_string()))
            })
        };
        let mut lines = block.lines().skip_while(|l| split(l).is_none());
        let Some(header) = lines.next() else { continue };
        let Some((location, severity, message)) = split(header) else {
            continue;
        };
        // `path:line:col` or `path`.
        let mut file = location.clone();
        let mut line = None;
        let mut col = None;
        let parts: Vec<&str> = location.rsplitn(3, ':').collect();
        if let [c, l, f] = parts.as_slice()
            && let (Ok(l), Ok(c)) = (l.parse::<usize>(), c.parse::<usize>())
        {
            file = f.to_string();
            line = Some(l);
            col = Some(c);
        }
        let mut d = Diag {
            header: header.to_string(),
            file,
            line,
            col,
            severity,
            message,
            source_line: None,
            caret: None,
            hint: None,
        };
        for l in lines {
            let t = l.trim_start();
            if let Some(h) = t.strip_prefix("= hint: ") {
                d.hint = Some(h.to_string());
            } else if let Some((num, text)) = t.split_once(" | ")
                && num.chars().all(|c| c.is_ascii_digit())
                && !num.is_empty()
            {
                d.source_line = Some(text.to_string());
            } else if let Some(rest) = t.strip_prefix("| ")
                && rest.contains('^')
            {
                let spaces = rest.chars().take_while(|c| *c == ' ').count();
                let carets = rest.chars().filter(|c| *c == '^').count();
                d.caret = Some((spaces + 1, carets));
            }
        }
        out.push(d);
    }
    out
}

/// Reads an `expected.txt`: one diagnostic first line per line.
pub fn read_expected(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Compares two lists as multisets and explains the difference.
pub fn assert_same_lines(actual: &[String], expected: &[String], context: &str) {
    let mut a = actual.to_vec();
    let mut e = expected.to_vec();
    a.sort();
    e.sort();
    if a != e {
        let mut msg = format!("{context}: the diagnostics differ from what was expected\n");
        for l in &e {
            if !a.contains(l) {
                let _ = writeln!(msg, "  missing:    {l}");
            }
        }
        for l in &a {
            if !e.contains(l) {
                let _ = writeln!(msg, "  unexpected: {l}");
            }
        }
        let _ = writeln!(msg, "(counts: {} printed, {} expected)", a.len(), e.len());
        panic!("{msg}");
    }
}

/// A spanned diagnostic must quote the line it names, exactly as it is in the
/// file, and put its first caret under the column it names.
pub fn assert_excerpt_matches_file(cwd: &Path, d: &Diag) {
    let (Some(line), Some(col)) = (d.line, d.col) else {
        return;
    };
    let text = std::fs::read_to_string(cwd.join(&d.file))
        .unwrap_or_else(|e| panic!("read {}: {e}", d.file));
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let file_line = text
        .lines()
        .nth(line - 1)
        .unwrap_or("")
        .trim_end_matches('\r');
    let shown = d
        .source_line
        .as_deref()
        .unwrap_or_else(|| panic!("no source line under `{}`", d.header));
    assert_eq!(shown, file_line, "`{}` quotes the wrong line", d.header);
    let (caret_col, width) = d
        .caret
        .unwrap_or_else(|| panic!("no caret under `{}`", d.header));
    assert_eq!(
        caret_col, col,
        "`{}`: the caret is not under column {col}",
        d.header
    );
    assert!(width >= 1, "`{}`: no carets", d.header);
    assert!(
        col <= file_line.chars().count() + 1,
        "`{}`: column {col} is past the end of the line",
        d.header
    );
}

// ---------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------

/// Every file under `dir` (relative path with `/`) and its bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.expect("walk the folder");
        // A linked folder (the repository's templates and theme beside a
        // fixture's content) is not the folder's own.
        if e.file_type().is_dir() || (e.path_is_symlink() && e.path().is_dir()) {
            continue;
        }
        let rel = rel_string(e.path().strip_prefix(dir).unwrap());
        out.insert(rel, std::fs::read(e.path()).expect("read a file"));
    }
    out
}

pub fn rel_string(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Copies a folder recursively (regular files and folders only).
pub fn copy_dir(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from) {
        let e = e.expect("walk the fixture");
        let target = to.join(e.path().strip_prefix(from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("create a folder");
        } else {
            std::fs::copy(e.path(), &target).expect("copy a file");
        }
    }
}

/// A copy of `tests/fixtures/minimal` with each overlay's `content/` (a
/// fixture folder holding only the files that differ) laid over it, in
/// order: `<dir>/content`. The folder goes when the value is dropped.
pub fn minimal_with(overlays: &[&str]) -> tempfile::TempDir {
    let dir = tempdir();
    minimal_at(dir.path(), overlays);
    dir
}

/// Writes the minimal site with `overlays` laid over it to `site/content`.
pub fn minimal_at(site: &Path, overlays: &[&str]) {
    copy_dir(&fixture("minimal").join("content"), &site.join("content"));
    for overlay in overlays {
        let from = fixture(overlay).join("content");
        assert!(from.is_dir(), "no fixture {}", from.display());
        copy_dir(&from, &site.join("content"));
    }
}

/// Puts the repository's `templates/` (a copy) and `theme/` (a link: its
/// fonts are 7 MB) into `site`, beside its content folder, where `build`
/// and `check` find them by default: `check` typesets and renders with
/// them. A test must never write into `site/theme`: it is the
/// repository's own.
pub fn link_templates_and_theme(site: &Path) {
    let templates = site.join("templates");
    if !templates.exists() {
        copy_dir(&repo().join("templates"), &templates);
    }
    let theme = site.join("theme");
    if !theme.exists() {
        std::os::unix::fs::symlink(repo().join("theme"), &theme)
            .unwrap_or_else(|e| panic!("link {}: {e}", theme.display()));
    }
}

/// Names in `dir` that look like a build's staging folder.
pub fn staging_leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("list the folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".opcat-press-build-"))
        .collect()
}

/// `registry/bodies/hmip/index.html` for every page of a built site.
pub fn html_pages(out: &Path) -> BTreeSet<String> {
    snapshot(out)
        .into_keys()
        .filter(|k| k.ends_with("index.html"))
        .collect()
}

// ---------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------

pub fn parse_html_file(path: &Path) -> Html {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    Html::parse_document(&text)
}

pub fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap_or_else(|e| panic!("selector {s}: {e:?}"))
}

/// An element's text with runs of whitespace collapsed.
pub fn text_of(el: ElementRef) -> String {
    el.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text of the page's `<h1>`.
pub fn h1_text(doc: &Html) -> String {
    let h1s: Vec<_> = doc.select(&sel("h1")).collect();
    assert_eq!(h1s.len(), 1, "a page has exactly one <h1>");
    text_of(h1s[0])
}

/// For a link like `../../registry/bodies/hmip/` or
/// `../registry/bodies/hmip/#x`, the id `hmip` when `kind` is `bodies`.
pub fn registry_link_id(href: &str, kind: &str) -> Option<String> {
    let path = href.split('#').next().unwrap_or("");
    let path = path.strip_suffix('/')?;
    let segs: Vec<&str> = path.rsplit('/').take(3).collect();
    match segs.as_slice() {
        [id, k, "registry"] if *k == kind && !id.is_empty() => Some(id.to_string()),
        _ => None,
    }
}

/// The ids of every `registry/<kind>/<id>/` link inside `el`.
pub fn linked_ids(el: ElementRef, kind: &str) -> BTreeSet<String> {
    el.select(&sel("a[href]"))
        .filter_map(|a| registry_link_id(a.value().attr("href").unwrap_or(""), kind))
        .collect()
}

fn has_scheme(href: &str) -> bool {
    match href.find(':') {
        Some(i) => {
            let s = &href[..i];
            !s.is_empty()
                && s.starts_with(|c: char| c.is_ascii_alphabetic())
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}

/// Whether a link leaves the site (`https:`, `mailto:`, `//host` ...).
pub fn is_external(href: &str) -> bool {
    has_scheme(href) || href.starts_with("//")
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Some(h) = std::str::from_utf8(&b[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(h);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Every id (and `<a name>`) on a page.
pub fn ids_of(doc: &Html) -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = doc
        .select(&sel("[id]"))
        .filter_map(|e| e.value().attr("id").map(str::to_string))
        .collect();
    ids.extend(
        doc.select(&sel("a[name]"))
            .filter_map(|e| e.value().attr("name").map(str::to_string)),
    );
    ids
}

/// A broken-link checker over a whole built site. Every `href` and `src` on
/// every HTML page that stays inside the site must name a file of the
/// output (a folder means its `index.html`), and its `#fragment` an id on
/// that page. Links starting with `/` (the 404 page, served from any depth)
/// must start with `base_path` and are resolved from the output root.
/// Returns one line per problem.
pub fn broken_links(out: &Path, base_path: &str) -> Vec<String> {
    let files = snapshot(out);
    let mut id_cache: HashMap<String, BTreeSet<String>> = HashMap::new();
    let mut ids_for = |rel: &str| -> BTreeSet<String> {
        id_cache
            .entry(rel.to_string())
            .or_insert_with(|| ids_of(&parse_html_file(&out.join(rel))))
            .clone()
    };
    let mut problems = Vec::new();
    let attr_sel = sel("[href], [src]");
    for page in files.keys().filter(|k| k.ends_with(".html")) {
        let doc = parse_html_file(&out.join(page));
        let page_dir: Vec<&str> = {
            let mut v: Vec<&str> = page.split('/').collect();
            v.pop();
            v
        };
        for el in doc.select(&attr_sel) {
            for attr in ["href", "src"] {
                let Some(raw) = el.value().attr(attr) else {
                    continue;
                };
                let link = raw.trim();
                if is_external(link) {
                    continue;
                }
                let (path_part, fragment) = match link.split_once('#') {
                    Some((p, f)) => (p, Some(f)),
                    None => (link, None),
                };
                let path_part = path_part.split('?').next().unwrap_or("");
                // Resolve to a file of the output.
                let target = if path_part.is_empty() {
                    Some(page.clone())
                } else {
                    let (start, rest): (Vec<&str>, &str) = if path_part.starts_with('/') {
                        match path_part.strip_prefix(base_path) {
                            Some(rest) => (Vec::new(), rest),
                            None => {
                                problems.push(format!("{page}: {attr}=\"{raw}\" does not start with the site's path {base_path}"));
                                continue;
                            }
                        }
                    } else {
                        (page_dir.clone(), path_part)
                    };
                    resolve(&start, &percent_decode(rest))
                };
                let Some(mut target) = target else {
                    problems.push(format!("{page}: {attr}=\"{raw}\" climbs out of the site"));
                    continue;
                };
                if target.is_empty() || target.ends_with('/') {
                    target.push_str("index.html");
                }
                if !files.contains_key(&target) {
                    problems.push(format!(
                        "{page}: {attr}=\"{raw}\" points to {target}, which is not in the output"
                    ));
                    continue;
                }
                if let Some(f) = fragment.filter(|f| !f.is_empty()) {
                    if !target.ends_with(".html") {
                        problems.push(format!(
                            "{page}: {attr}=\"{raw}\" has a fragment on a file that is not a page"
                        ));
                    } else if !ids_for(&target).contains(&percent_decode(f)) {
                        problems.push(format!(
                            "{page}: {attr}=\"{raw}\": {target} has no id `{f}`"
                        ));
                    }
                }
            }
        }
    }
    problems
}

/// Joins `rel` onto the folder `start` (both inside the output), keeping a
/// trailing `/`; `None` when `..` climbs above the output root.
fn resolve(start: &[&str], rel: &str) -> Option<String> {
    let mut segs: Vec<String> = start.iter().map(|s| s.to_string()).collect();
    let dir_like = rel.ends_with('/') || rel.ends_with("/.") || rel == "." || rel.ends_with("..");
    for c in Path::new(rel).components() {
        match c {
            Component::Normal(s) => segs.push(s.to_string_lossy().into_owned()),
            Component::CurDir => {}
            Component::ParentDir => {
                segs.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    let mut joined = segs.join("/");
    if dir_like && !joined.is_empty() {
        joined.push('/');
    }
    Some(joined)
}

// ---------------------------------------------------------------------------
// The content's data, read independently of opcat-press
// ---------------------------------------------------------------------------

pub fn read_toml(path: &Path) -> toml::Table {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
}

/// A date as the earliest day it can mean: `2017-07` is 1 July 2017.
pub type Day = (i64, i64, i64);

pub fn day(v: &toml::Value) -> Day {
    match v {
        toml::Value::Datetime(dt) => {
            let d = dt.date.expect("a date");
            (i64::from(d.year), i64::from(d.month), i64::from(d.day))
        }
        toml::Value::String(s) => {
            let mut p = s.split('-').map(|x| x.parse::<i64>().expect("a date"));
            (
                p.next().expect("a year"),
                p.next().unwrap_or(1),
                p.next().unwrap_or(1),
            )
        }
        other => panic!("not a date: {other:?}"),
    }
}

fn str_of(t: &toml::Table, key: &str) -> String {
    t.get(key)
        .and_then(|v| v.as_str())
        .unwrap_or_else(|| panic!("`{key}` is not a string"))
        .to_string()
}

fn strs(v: Option<&toml::Value>) -> Vec<String> {
    v.and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn tables<'a>(t: &'a toml::Table, key: &str) -> Vec<&'a toml::Table> {
    t.get(key)
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|x| x.as_table()).collect())
        .unwrap_or_default()
}

#[derive(Debug, Clone)]
pub struct Named {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone)]
pub struct Instrument {
    pub id: String,
    pub date: Day,
    pub members_after: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct CoverageRow {
    pub setting: String,
    pub nations: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Body {
    pub id: String,
    pub name: String,
    pub instrument: String,
    pub ended: Option<Day>,
    pub successor: Option<String>,
    pub former_names: Vec<String>,
    pub coverage: Vec<CoverageRow>,
}

impl Body {
    pub fn is_current(&self) -> bool {
        self.ended.is_none()
    }

    pub fn covers(&self, setting: &str, nation: &str) -> bool {
        self.coverage
            .iter()
            .any(|c| c.setting == setting && c.nations.iter().any(|n| n == nation))
    }
}

#[derive(Debug, Clone)]
pub struct RegistryData {
    pub nations: Vec<Named>,
    pub settings: Vec<Named>,
    pub instruments: Vec<Instrument>,
    /// By id (the file name).
    pub bodies: BTreeMap<String, Body>,
}

impl RegistryData {
    pub fn instrument(&self, id: &str) -> &Instrument {
        self.instruments
            .iter()
            .find(|i| i.id == id)
            .unwrap_or_else(|| panic!("no instrument `{id}`"))
    }

    /// Bodies designated on or before `on` whose designation had not ended.
    pub fn members_on(&self, on: Day) -> BTreeSet<String> {
        self.bodies
            .values()
            .filter(|b| self.instrument(&b.instrument).date <= on && b.ended.is_none_or(|e| e > on))
            .map(|b| b.id.clone())
            .collect()
    }

    pub fn current_covering(&self, setting: &str, nation: &str) -> BTreeSet<String> {
        self.bodies
            .values()
            .filter(|b| b.is_current() && b.covers(setting, nation))
            .map(|b| b.id.clone())
            .collect()
    }
}

pub fn load_registry(content: &Path) -> RegistryData {
    let reg = content.join("registry");
    let named = |file: &str, key: &str| -> Vec<Named> {
        tables(&read_toml(&reg.join(file)), key)
            .into_iter()
            .map(|t| Named {
                id: str_of(t, "id"),
                name: str_of(t, "name"),
            })
            .collect()
    };
    let nations = named("nations.toml", "nation");
    let settings = named("settings.toml", "setting");
    let instruments = tables(&read_toml(&reg.join("designations.toml")), "instrument")
        .into_iter()
        .map(|t| Instrument {
            id: str_of(t, "id"),
            date: day(t.get("date").expect("an instrument date")),
            members_after: t.get("members_after").and_then(|v| v.as_integer()),
        })
        .collect();
    let mut bodies = BTreeMap::new();
    for e in std::fs::read_dir(reg.join("bodies")).expect("list registry/bodies") {
        let path = e.expect("a body file").path();
        if path.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        let t = read_toml(&path);
        let designation = t
            .get("designation")
            .and_then(|v| v.as_table())
            .expect("[designation]");
        let ended = t.get("ended").and_then(|v| v.as_table());
        let body = Body {
            id: id.clone(),
            name: str_of(&t, "name"),
            instrument: str_of(designation, "instrument"),
            ended: ended.map(|e| day(e.get("date").expect("an end date"))),
            successor: ended
                .and_then(|e| e.get("successor"))
                .and_then(|v| v.as_str())
                .map(str::to_string),
            former_names: tables(&t, "names")
                .into_iter()
                .map(|n| str_of(n, "name"))
                .collect(),
            coverage: tables(&t, "coverage")
                .into_iter()
                .map(|c| CoverageRow {
                    setting: str_of(c, "setting"),
                    nations: strs(c.get("nations")),
                })
                .collect(),
        };
        bodies.insert(id, body);
    }
    RegistryData {
        nations,
        settings,
        instruments,
        bodies,
    }
}

#[derive(Debug, Clone)]
pub struct ReportData {
    pub year: String,
    pub status: String,
    pub published: bool,
    /// Listed in report.toml and not drafts: the chapters that get pages.
    pub chapters: Vec<String>,
}

/// The TOML front matter of a Markdown file.
pub fn front_matter(path: &Path) -> toml::Table {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let text = text.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    let rest = text
        .strip_prefix("+++\n")
        .expect("front matter opens with +++");
    let end = rest.find("\n+++").expect("front matter is closed");
    toml::from_str(&rest[..end + 1])
        .unwrap_or_else(|e| panic!("front matter of {}: {e}", path.display()))
}

fn is_draft(path: &Path) -> bool {
    front_matter(path)
        .get("draft")
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

pub fn load_reports(content: &Path) -> Vec<ReportData> {
    let dir = content.join("reports");
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return out;
    };
    for e in entries {
        let year_dir = e.expect("a report folder").path();
        if !year_dir.is_dir() {
            continue;
        }
        let year = year_dir.file_name().unwrap().to_string_lossy().into_owned();
        let t = read_toml(&year_dir.join("report.toml"));
        let chapters = strs(t.get("chapters"))
            .into_iter()
            .filter(|slug| !is_draft(&year_dir.join(format!("{slug}.md"))))
            .collect();
        out.push(ReportData {
            year,
            status: str_of(&t, "status"),
            published: t.contains_key("published"),
            chapters,
        });
    }
    out.sort_by(|a, b| a.year.cmp(&b.year));
    out
}

/// The slugs of the non-draft pages in content/pages/.
/// The pages of `pages/`, not drafts and not translations (`about.cy.md`).
pub fn load_pages(content: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(content.join("pages")) else {
        return Vec::new();
    };
    let mut out: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md") && !is_draft(p))
        .filter(|p| {
            !p.file_stem()
                .is_some_and(|s| s.to_string_lossy().contains('.'))
        })
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    out.sort();
    out
}

/// Every `index.html` the content defines, as output paths.
pub fn expected_pages(content: &Path) -> BTreeSet<String> {
    let reg = load_registry(content);
    let mut pages: BTreeSet<String> = [
        "index.html",
        "registry/index.html",
        "registry/coverage/index.html",
        "registry/history/index.html",
        "reports/index.html",
        "search/index.html",
        "a-z/index.html",
        "data/index.html",
    ]
    .into_iter()
    .map(str::to_string)
    .collect();
    pages.extend(
        reg.bodies
            .keys()
            .map(|id| format!("registry/bodies/{id}/index.html")),
    );
    pages.extend(
        reg.settings
            .iter()
            .map(|s| format!("registry/settings/{}/index.html", s.id)),
    );
    pages.extend(
        reg.nations
            .iter()
            .map(|n| format!("registry/nations/{}/index.html", n.id)),
    );
    // The finder: one page per kind of detention in each nation.
    for s in &reg.settings {
        pages.extend(
            reg.nations
                .iter()
                .map(|n| format!("registry/settings/{}/{}/index.html", s.id, n.id)),
        );
    }
    let mut recommendations = Vec::new();
    for r in load_reports(content) {
        pages.insert(format!("reports/{}/index.html", r.year));
        pages.extend(
            r.chapters
                .iter()
                .map(|c| format!("reports/{}/{c}/index.html", r.year)),
        );
        for c in &r.chapters {
            let chapter = content.join(format!("reports/{}/{c}.md", r.year));
            recommendations.extend(recommendation_ids(&chapter));
        }
        recommendations.extend(
            outside_recommendations(content, &r.year)
                .into_iter()
                .map(|(id, _)| id),
        );
    }
    // The register and a page per recommendation, once there is one.
    if !recommendations.is_empty() {
        pages.insert("recommendations/index.html".into());
    }
    pages.extend(
        recommendations
            .iter()
            .map(|id| format!("recommendations/{id}/index.html")),
    );
    // A page per value of each of the register's filters that a
    // recommendation has.
    for (_, values) in recommendation_filters(content) {
        pages.extend(
            values
                .iter()
                .map(|(filter, v)| format!("recommendations/{filter}/{v}/index.html")),
        );
    }
    pages.extend(
        load_pages(content)
            .into_iter()
            .map(|p| format!("{p}/index.html")),
    );
    // Each page's twin in each language the site is translated into.
    let twins: Vec<String> = translations_of(content)
        .iter()
        .flat_map(|l| pages.iter().map(move |p| format!("{l}/{p}")))
        .collect();
    pages.extend(twins);
    pages
}

/// The languages site.toml says the site is translated into.
pub fn translations_of(content: &Path) -> Vec<String> {
    read_toml(&content.join("site.toml"))
        .get("translations")
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

/// Whether `path` (an output path) is in a translation's folder (`cy/…`).
pub fn in_translation(content: &Path, path: &str) -> bool {
    translations_of(content)
        .iter()
        .any(|l| path.starts_with(&format!("{l}/")))
}

/// The ids of a chapter's `::: recommendation {#id ...}` blocks, outside
/// fenced code.
pub fn recommendation_ids(chapter: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(chapter).unwrap_or_default();
    let mut in_code = false;
    let mut ids = Vec::new();
    for line in text.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
        } else if let Some(rest) = line.strip_prefix("::: recommendation {#")
            && !in_code
        {
            ids.extend(rest.split([' ', '}']).next().map(str::to_string));
        }
    }
    ids
}

/// Each recommendation's id with its values of each of the register's
/// filters, (filter, value), read from the chapters' blocks, their front
/// matter and every year's follow-up.toml: its latest response and
/// progress by date (`none-yet` before one), its addressees, settings,
/// nations, themes, year, and the body whose chapter it is in (`npm` for
/// a chapter without one).
pub fn recommendation_filters(content: &Path) -> Vec<(String, Vec<(String, String)>)> {
    let mut latest: BTreeMap<(String, String), (String, String)> = BTreeMap::new();
    let mut recs = Vec::new();
    for r in load_reports(content) {
        let follow_up = content.join(format!("reports/{}/follow-up.toml", r.year));
        if follow_up.exists() {
            for f in read_toml(&follow_up)["follow_up"]
                .as_array()
                .into_iter()
                .flatten()
            {
                let id = f["recommendation"].as_str().unwrap_or_default().to_string();
                let date = f["date"].to_string();
                for key in ["response", "progress"] {
                    if let Some(v) = f.get(key).and_then(|v| v.as_str()) {
                        let slot = latest.entry((id.clone(), key.into())).or_default();
                        if date >= slot.0 {
                            *slot = (date.clone(), v.to_string());
                        }
                    }
                }
            }
        }
        for c in &r.chapters {
            let path = content.join(format!("reports/{}/{c}.md", r.year));
            let body = front_matter(&path)
                .get("body")
                .and_then(|b| b.as_str())
                .unwrap_or("npm")
                .to_string();
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let mut in_code = false;
            for line in text.lines() {
                if line.starts_with("```") {
                    in_code = !in_code;
                    continue;
                }
                let Some(rest) = line
                    .strip_prefix("::: recommendation {#")
                    .filter(|_| !in_code)
                else {
                    continue;
                };
                let id = rest
                    .split([' ', '}'])
                    .next()
                    .unwrap_or_default()
                    .to_string();
                let mut values = vec![
                    ("year".to_string(), r.year.clone()),
                    ("body".into(), body.clone()),
                ];
                for (key, filter) in [
                    ("to", "authority"),
                    ("settings", "setting"),
                    ("nations", "nation"),
                    ("themes", "theme"),
                ] {
                    for v in block_attr(line, key).split_whitespace() {
                        values.push((filter.into(), v.to_string()));
                    }
                }
                recs.push((id, values));
            }
        }
        for (id, entry) in outside_recommendations(content, &r.year) {
            let mut values = vec![
                ("year".to_string(), r.year.clone()),
                (
                    "body".into(),
                    entry["by"].as_str().unwrap_or_default().to_string(),
                ),
            ];
            for (key, filter) in [
                ("to", "authority"),
                ("settings", "setting"),
                ("nations", "nation"),
                ("themes", "theme"),
            ] {
                for v in entry
                    .get(key)
                    .and_then(|v| v.as_array())
                    .into_iter()
                    .flatten()
                {
                    values.push((filter.into(), v.as_str().unwrap_or_default().to_string()));
                }
            }
            recs.push((id, values));
        }
    }
    for (id, values) in &mut recs {
        for key in ["response", "progress"] {
            let v = latest
                .get(&(id.clone(), key.to_string()))
                .map_or("none-yet".to_string(), |(_, v)| v.clone());
            values.push((key.to_string(), v));
        }
    }
    recs
}

/// A fixture of bad input, laid over `minimal`: `build` and `check` both
/// exit 2 with exactly the error lines of its `expected.txt`, `build`
/// writes nothing, and each diagnostic's excerpt is its file's line.
pub fn assert_rejected_as_expected(name: &str) {
    let site = minimal_with(&[name]);
    let expected = read_expected(&fixture(name).join("expected.txt"));
    let out = site.path().join("public");
    let built = build(site.path(), "content", &out, &[]);
    assert_eq!(built.code, Some(2), "{name}: {}", built.stderr);
    assert!(
        !out.exists(),
        "{name}: a failed build wrote {}",
        out.display()
    );
    assert_same_lines(&built.error_lines(), &expected, &format!("{name} (build)"));
    let checked = opcat(site.path(), &["check".as_ref()]);
    assert_eq!(checked.code, Some(2), "{name}: {}", checked.stderr);
    assert_same_lines(
        &checked.error_lines(),
        &expected,
        &format!("{name} (check)"),
    );
    for d in built.diagnostics() {
        assert_excerpt_matches_file(site.path(), &d);
    }
}

/// A year's recommendations of outside bodies (`recommendations.toml`):
/// each id with its entry.
pub fn outside_recommendations(content: &Path, year: &str) -> Vec<(String, toml::Value)> {
    let file = content.join(format!("reports/{year}/recommendations.toml"));
    if !file.exists() {
        return Vec::new();
    }
    read_toml(&file)["recommendation"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| (r["id"].as_str().unwrap_or_default().to_string(), r.clone()))
        .collect()
}

/// The value of `key=` in a `::: recommendation {...}` line, quoted or not.
pub fn block_attr(line: &str, key: &str) -> String {
    let Some(rest) = line.split(&format!(" {key}=")).nth(1) else {
        return String::new();
    };
    match rest.strip_prefix('"') {
        Some(q) => q.split('"').next().unwrap_or_default().to_string(),
        None => rest
            .split([' ', '}'])
            .next()
            .unwrap_or_default()
            .to_string(),
    }
}

/// `base_url` from a content folder's site.toml.
pub fn base_url(content: &Path) -> String {
    str_of(&read_toml(&content.join("site.toml")), "base_url")
}

/// Problems that make a page unsafe to serve: `javascript:` anywhere,
/// event-handler attributes, and any `<script>` element but the two the templates
/// write: the theme's own `js/site.js` (by `src`, with nothing inline) and
/// schema.org data (`application/ld+json` that parses as JSON and has no
/// `<` in it, so nothing in it can end the element). One line per problem.
pub fn unsafe_markup(out: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let all = sel("*");
    for (rel, bytes) in snapshot(out) {
        if !(rel.ends_with(".html") || rel.ends_with(".xml")) {
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        if text.to_ascii_lowercase().contains("javascript:") {
            problems.push(format!("{rel}: contains `javascript:`"));
        }
        if rel.ends_with(".xml") && text.to_ascii_lowercase().contains("<script") {
            problems.push(format!("{rel}: contains `<script`"));
        }
        if rel.ends_with(".html") {
            let doc = Html::parse_document(&text);
            // The parsed document is what a browser runs (html5ever parses
            // as browsers do): markup-like text in a <title> or an
            // attribute value, which HTML allows unescaped there, is text
            // and not counted.
            for el in doc.select(&all) {
                if el.value().name() == "script" {
                    if let Some(problem) = script_problem(el, &rel) {
                        problems.push(problem);
                    }
                }
                for (name, value) in el.value().attrs() {
                    if name.to_ascii_lowercase().starts_with("on") {
                        problems.push(format!("{rel}: <{} {name}=\"{value}\">", el.value().name()));
                    }
                }
            }
        }
    }
    problems
}

fn script_problem(el: ElementRef, rel: &str) -> Option<String> {
    let inline: String = el.text().collect();
    let kind = el.value().attr("type").unwrap_or("");
    match (kind, el.value().attr("src")) {
        ("module", Some(src)) => {
            // Relative to the page, except on 404.html, served at any depth,
            // whose links start from the site's path.
            let ok = if rel == "404.html" {
                src.starts_with('/') && src.ends_with("/js/site.js")
            } else {
                src == format!("{}js/site.js", "../".repeat(rel.matches('/').count()))
            };
            (!ok || !inline.trim().is_empty())
                .then(|| format!("{rel}: <script src=\"{src}\"> is not the theme's site.js"))
        }
        ("application/ld+json", None) => {
            if inline.contains('<') {
                return Some(format!("{rel}: JSON-LD with `<` in it"));
            }
            serde_json::from_str::<serde_json::Value>(&inline)
                .err()
                .map(|e| format!("{rel}: JSON-LD that does not parse: {e}"))
        }
        _ => Some(format!("{rel}: a <script type=\"{kind}\"> element")),
    }
}

/// Builds the repository's content/ into a new scratch folder named with
/// `prefix`, for a test binary to keep in a `static` (never dropped, so the
/// folder outlives the run). Each call first removes the folders earlier
/// runs left (those more than an hour old, so a run going on beside it keeps
/// its own).
pub fn build_uk_site_once(prefix: &str) -> (tempfile::TempDir, PathBuf) {
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for e in std::fs::read_dir(scratch).into_iter().flatten().flatten() {
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t < hour_ago);
        if old && e.file_name().to_string_lossy().starts_with(prefix) {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
    let tmp = tempfile::Builder::new()
        .prefix(prefix)
        .tempdir_in(scratch)
        .expect("create a temporary folder");
    let out = tmp.path().join("public");
    build_uk_site(&out, &[]).assert_success();
    (tmp, out)
}

/// Makes sure a command from a Debian package is on this machine, so that
/// `cargo test --release` alone works on a fresh one: when `command` is
/// missing it runs `apt-get install <package>` (as root, or with `sudo -n`),
/// once per package per test binary. Fails with what to install when it
/// cannot. Returns the command's path.
pub fn debian_tool(command: &str, package: &str) -> PathBuf {
    use std::sync::Mutex;
    static INSTALLS: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let find = || {
        let candidate = Path::new(command);
        if candidate.is_absolute() {
            return candidate.is_file().then(|| candidate.to_path_buf());
        }
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join(command))
                .find(|p| p.is_file())
        })
    };
    if let Some(found) = find() {
        return found;
    }
    let mut tried = INSTALLS.lock().unwrap_or_else(|e| e.into_inner());
    if !tried.iter().any(|p| p == package) {
        tried.push(package.to_string());
        let root = Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
        let apt = |args: &[&str]| {
            let mut cmd = if root {
                Command::new("apt-get")
            } else {
                let mut c = Command::new("sudo");
                c.args(["-n", "apt-get"]);
                c
            };
            cmd.args(args)
                .env("DEBIAN_FRONTEND", "noninteractive")
                .output()
                .is_ok_and(|o| o.status.success())
        };
        eprintln!("{command} is missing: installing Debian's {package} (apt-get)");
        let _ = apt(&["update", "-qq"]);
        let _ = apt(&["install", "-y", "-qq", package]);
    }
    find().unwrap_or_else(|| {
        panic!(
            "these tests need `{command}`, from Debian's {package}: install it with \
             `sudo apt-get install {package}` (.ci/run does)"
        )
    })
}

/// The repository's content/: the UK site.
pub fn uk_content() -> PathBuf {
    repo().join("content")
}

/// The UK site's registry, read with the `toml` crate once per test binary.
pub fn uk_registry() -> &'static RegistryData {
    static REG: std::sync::OnceLock<RegistryData> = std::sync::OnceLock::new();
    REG.get_or_init(|| load_registry(&uk_content()))
}

/// The UK site built once per test binary (see `build_uk_site_once`); a
/// `static` is never dropped, so the folder outlives the run.
pub fn uk_site(prefix: &str) -> &'static Path {
    static SITE: std::sync::OnceLock<(tempfile::TempDir, PathBuf)> = std::sync::OnceLock::new();
    &SITE.get_or_init(|| build_uk_site_once(prefix)).1
}

// ---------------------------------------------------------------------------
// npm packages the tests use (each folder pins its own with package-lock.json)
// ---------------------------------------------------------------------------

pub fn node_version() -> String {
    let out = Command::new("node").arg("--version").output();
    let out = match out {
        Ok(o) if o.status.success() => o,
        other => panic!(
            "the tests that use npm packages need Node.js 20 or later, with npm, as `node` on PATH \
             (Debian 12's own `nodejs` package is 18, too old for playwright-core): {other:?}"
        ),
    };
    let version = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let major: u32 = version
        .trim_start_matches('v')
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    assert!(
        major >= 20,
        "the tests that use npm packages need Node.js 20 or later, found {version}"
    );
    version
}

/// The version package-lock.json pins for `name`.
fn locked_version(dir: &Path, name: &str) -> String {
    let path = dir.join("package-lock.json");
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let lock: serde_json::Value = serde_json::from_str(&text).expect("parse package-lock.json");
    lock["packages"][format!("node_modules/{name}")]["version"]
        .as_str()
        .unwrap_or_else(|| panic!("package-lock.json does not pin {name}"))
        .to_string()
}

/// The version of `name` installed under `dir`/node_modules.
fn installed_version(dir: &Path, name: &str) -> Option<String> {
    let text =
        std::fs::read_to_string(dir.join("node_modules").join(name).join("package.json")).ok()?;
    let pkg: serde_json::Value = serde_json::from_str(&text).ok()?;
    pkg["version"].as_str().map(str::to_string)
}

/// Makes sure node is there and `package` is installed in `dir` at the
/// version `dir`/package-lock.json pins, installing the folder's packages
/// with `npm ci` if not. The install goes into a staging folder renamed into
/// place, so two test runs at once never see a half-written node_modules.
pub fn npm_ci(dir: &Path, package: &str) {
    // Tests of one binary run on threads: one install at a time, and each
    // checks again once it is its turn.
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    node_version();
    let wanted = locked_version(dir, package);
    if installed_version(dir, package).as_deref() == Some(wanted.as_str()) {
        return;
    }
    // A folder of its own (other test binaries may install at the same time).
    let staging_dir = tempfile::Builder::new()
        .prefix(".node_modules-")
        .tempdir_in(dir)
        .expect("create a staging folder");
    let staging = staging_dir.path().to_path_buf();
    for f in ["package.json", "package-lock.json"] {
        std::fs::copy(dir.join(f), staging.join(f)).expect("copy the npm manifest");
    }
    let out = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--prefix"])
        .arg(&staging)
        .stdin(std::process::Stdio::null())
        .output();
    let ok = matches!(&out, Ok(o) if o.status.success());
    if !ok {
        let _ = std::fs::remove_dir_all(&staging);
        let detail = match out {
            Ok(o) => format!(
                "{}\n{}",
                String::from_utf8_lossy(&o.stdout),
                String::from_utf8_lossy(&o.stderr)
            ),
            Err(e) => e.to_string(),
        };
        panic!(
            "could not install {package} {wanted}: `npm ci --prefix {}` failed (npm comes \
             with Node.js: `apt-get install nodejs npm`; it needs the npm registry):\n{detail}",
            dir.display()
        );
    }
    if installed_version(dir, package).as_deref() != Some(wanted.as_str()) {
        let _ = std::fs::remove_dir_all(dir.join("node_modules"));
    }
    // Another run may have won the race: then its copy stays.
    let _ = std::fs::rename(staging.join("node_modules"), dir.join("node_modules"));
    drop(staging_dir);
    assert_eq!(
        installed_version(dir, package).as_deref(),
        Some(wanted.as_str()),
        "{package} is not installed in {}/node_modules after `npm ci`",
        dir.display()
    );
}

/// Records a line for .ci/run to print at the end of its run: what the
/// users' own checkers said (counts, verdicts), where a reader looks.
pub fn ci_summary(name: &str, text: &str) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ci-summary");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(
        dir.join(format!("{name}.txt")),
        format!("{}\n", text.trim_end()),
    );
}

/// Runs `cmd` with its output piped, stopping it after `limit`: the exit
/// status (`None` when it was stopped), stdout and stderr.
pub fn run_bounded(
    cmd: &mut Command,
    limit: std::time::Duration,
) -> (Option<std::process::ExitStatus>, String, String) {
    use std::io::Read;
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("start {cmd:?}: {e}"));
    let mut out = child.stdout.take().expect("stdout is piped");
    let mut err = child.stderr.take().expect("stderr is piped");
    let stdout = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let stderr = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for the child") {
            break Some(status);
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    (
        status,
        stdout.join().unwrap_or_default(),
        stderr.join().unwrap_or_default(),
    )
}

/// A Python virtual environment under the target folder, `name`, with
/// `packages` (pinned, `name==version`) installed by pip, made once and
/// kept: its `python`. `probe` is Python that succeeds once they are
/// importable. Made beside its place and renamed into it, so two runs at
/// once never see half an install.
pub fn python_venv(name: &str, packages: &[&str], probe: &str) -> PathBuf {
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let works = |python: &Path| {
        Command::new(python)
            .args(["-c", probe])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let python = venv.join("bin/python");
    if works(&python) {
        return python;
    }
    // There but broken (its Python moved, say): made again.
    let _ = std::fs::remove_dir_all(&venv);
    let staging = venv.with_extension(format!("staging-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&staging);
    run_checked(
        Command::new("python3").args(["-m", "venv"]).arg(&staging),
        "python3 -m venv (Python 3 with venv and pip: `apt-get install python3-venv`)",
    );
    run_checked(
        Command::new(staging.join("bin/pip"))
            .args(["install", "--quiet", "--disable-pip-version-check"])
            .args(packages),
        &format!("pip install {} (from PyPI)", packages.join(" ")),
    );
    // Scripts in a venv name its folder: move it only if nobody won the race.
    if std::fs::rename(&staging, &venv).is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    let _ = std::fs::remove_dir_all(&staging);
    assert!(
        works(&python),
        "{} is not importable after pip install",
        packages.join(", ")
    );
    python
}

/// One file from a package's source distribution on PyPI (`name==version`,
/// checked against its SHA-256), fetched by pip once and kept under the
/// target folder: its text.
pub fn pypi_sdist_file(package: &str, sha256: &str, member: &str) -> String {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("pypi-sdists")
        .join(package.replace("==", "-"));
    let file = dir.join(member);
    if let Ok(text) = std::fs::read_to_string(&file) {
        return text;
    }
    std::fs::create_dir_all(&dir).expect("create the sdist folder");
    let staging = tempfile::Builder::new()
        .prefix(".sdist-")
        .tempdir_in(&dir)
        .expect("create a staging folder");
    run_checked(
        Command::new("python3")
            .args(["-m", "pip", "download", "--quiet", "--no-deps"])
            .args(["--no-binary", ":all:", package, "-d"])
            .arg(staging.path()),
        &format!("pip download {package} (the source distribution, from PyPI)"),
    );
    let archive = std::fs::read_dir(staging.path())
        .expect("list the download")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().ends_with(".tar.gz"))
        .unwrap_or_else(|| panic!("pip download {package} left no .tar.gz"));
    let sum = run_checked(Command::new("sha256sum").arg(&archive), "sha256sum");
    assert!(
        sum.starts_with(sha256),
        "{} is not the pinned source of {package}: its SHA-256 is {sum}, the test pins {sha256}",
        archive.display()
    );
    run_checked(
        Command::new("tar")
            .arg("-xzf")
            .arg(&archive)
            .arg("-C")
            .arg(staging.path())
            .arg(member),
        &format!("tar: {member} from {}", archive.display()),
    );
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent).expect("create the member's folder");
    }
    // Another run may have won the race: then its copy stays.
    let _ = std::fs::rename(staging.path().join(member), &file);
    std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("read {} from {package}: {e}", file.display()))
}

/// Runs a command that must succeed: its standard output, or a panic with
/// what it printed.
fn run_checked(cmd: &mut Command, what: &str) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(
        out.status.success(),
        "{what} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
