//! The typeset PDF reports: one per report year, checked with poppler's
//! command-line tools (`pdftotext`, `pdfinfo`, `pdffonts`) and, for the
//! document's internal structure (outline, structure tree, catalog, XMP
//! metadata), with the `lopdf` reader. Every expectation is computed from the
//! content's TOML and Markdown, never copied from the output.
//!
//! The real site is built once per test binary; the fixtures under
//! `tests/fixtures/pdf-*` exercise hostile chapter text and errors.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use crate::common::*;
use lopdf::{Dictionary, Document, Object};

// ---------------------------------------------------------------------------
// The real site, built once
// ---------------------------------------------------------------------------

const SITE_PREFIX: &str = "opcat-press-pdf-site-";

fn site() -> &'static Path {
    uk_site(SITE_PREFIX)
}

fn content() -> PathBuf {
    uk_content()
}

/// One report year as its report.toml describes it.
#[derive(Debug, Clone)]
struct Year {
    year: String,
    title: String,
    period_end: Day,
    /// `published`, or `period_end` while in draft: the document's date.
    date: Day,
    /// Listed in `chapters`, drafts left out (they are not built).
    chapters: Vec<String>,
}

/// Every report year of a content folder that gets a PDF (not drafts).
fn pdf_years(content: &Path) -> Vec<Year> {
    let by_year: BTreeMap<String, ReportData> = load_reports(content)
        .into_iter()
        .map(|r| (r.year.clone(), r))
        .collect();
    let mut out = Vec::new();
    for (year, r) in by_year {
        // Drafts are not built; a year published elsewhere has no PDF here.
        if r.status == "draft" || r.status == "archived" {
            continue;
        }
        let t = read_toml(&content.join("reports").join(&year).join("report.toml"));
        let period_end = day(t.get("period_end").expect("period_end"));
        out.push(Year {
            title: t
                .get("title")
                .and_then(|v| v.as_str())
                .expect("a title")
                .to_string(),
            period_end,
            date: t.get("published").map_or(period_end, day),
            chapters: r.chapters.clone(),
            year,
        });
    }
    assert!(!out.is_empty(), "{} has no report years", content.display());
    out
}

fn pdf_rel(year: &str) -> String {
    format!("reports/{year}/annual-report-{year}.pdf")
}

fn chapter_path(content: &Path, year: &str, slug: &str) -> PathBuf {
    content
        .join("reports")
        .join(year)
        .join(format!("{slug}.md"))
}

fn chapter_title(content: &Path, year: &str, slug: &str) -> String {
    front_matter(&chapter_path(content, year, slug))
        .get("title")
        .and_then(|v| v.as_str())
        .expect("a chapter title")
        .to_string()
}

// ---------------------------------------------------------------------------
// Poppler
// ---------------------------------------------------------------------------

fn tool(name: &str, args: &[&std::ffi::OsStr]) -> String {
    let out = Command::new(debian_tool(name, "poppler-utils"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("run {name} (poppler-utils must be installed): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{name} printed invalid UTF-8: {e}"))
}

/// The whole text of a PDF, as `pdftotext` reads it.
pub(crate) fn pdf_text(pdf: &Path) -> String {
    tool(
        "pdftotext",
        &[
            "-enc".as_ref(),
            "UTF-8".as_ref(),
            pdf.as_os_str(),
            "-".as_ref(),
        ],
    )
}

/// The text of the body area of each page only: the running header (the
/// chapter's title) and the page number live in the top and bottom margins
/// of templates/report.typ (28 mm and 25 mm), so they are cut off and cannot
/// split a sentence or stand in for a heading.
fn pdf_body_text(pdf: &Path) -> String {
    const MM: f64 = 72.0 / 25.4;
    // A4 in points; `pdftotext -r 72` measures in points.
    let (w, h) = (595.0_f64, 842.0_f64);
    let top = 24.0 * MM;
    let bottom = 22.0 * MM;
    let crop = |v: f64| format!("{}", v.round() as i64);
    let args = [
        "-enc".to_string(),
        "UTF-8".to_string(),
        "-r".to_string(),
        "72".to_string(),
        "-x".to_string(),
        "0".to_string(),
        "-y".to_string(),
        crop(top),
        "-W".to_string(),
        crop(w),
        "-H".to_string(),
        crop(h - top - bottom),
    ];
    let mut all: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
    all.push(pdf.as_os_str());
    all.push("-".as_ref());
    tool("pdftotext", &all)
}

/// `pdfinfo`'s `Key: value` lines (dates in ISO 8601).
fn pdf_info(pdf: &Path) -> BTreeMap<String, String> {
    tool("pdfinfo", &["-isodates".as_ref(), pdf.as_os_str()])
        .lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

/// Text as a comparison key: the same for a Markdown source and for what
/// `pdftotext` prints of it. Soft hyphens and end-of-line hyphenation are
/// undone; curly quotes, dashes and ellipses from smart punctuation become
/// ASCII; hyphens are dropped altogether (a line may break after a real
/// hyphen too, and `pdftotext` cannot tell the two apart); ligatures are
/// split; zero-width characters go; runs of whitespace become one space.
pub(crate) fn key(s: &str) -> String {
    let mut t = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // A soft hyphen, or a hyphen, at a line break joins the word.
            '\u{ad}' | '-' | '\u{2010}' | '\u{2011}'
                if chars.peek().is_some_and(|n| *n == '\n' || *n == '\r') =>
            {
                while chars.peek().is_some_and(|n| *n == '\n' || *n == '\r') {
                    chars.next();
                }
            }
            '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => {}
            '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' => {}
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => t.push('\''),
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' => t.push('"'),
            '\u{2026}' => t.push_str("..."),
            '\u{fb00}' => t.push_str("ff"),
            '\u{fb01}' => t.push_str("fi"),
            '\u{fb02}' => t.push_str("fl"),
            '\u{fb03}' => t.push_str("ffi"),
            '\u{fb04}' => t.push_str("ffl"),
            c if c.is_whitespace() => t.push(' '),
            c => t.push(c),
        }
    }
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `key` without any whitespace at all: for text that may be broken across
/// lines anywhere (code, URLs, Typst syntax).
fn tight_key(s: &str) -> String {
    key(s).chars().filter(|c| !c.is_whitespace()).collect()
}

// ---------------------------------------------------------------------------
// lopdf
// ---------------------------------------------------------------------------

fn load_pdf(path: &Path) -> Document {
    Document::load(path).unwrap_or_else(|e| panic!("lopdf cannot read {}: {e}", path.display()))
}

/// Follows references until a direct object.
fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    doc.dereference(o).map(|(_, o)| o).unwrap_or(o)
}

fn get<'a>(doc: &'a Document, d: &'a Dictionary, k: &str) -> Option<&'a Object> {
    d.get(k.as_bytes()).ok().map(|o| deref(doc, o))
}

fn get_dict<'a>(doc: &'a Document, d: &'a Dictionary, k: &str) -> Option<&'a Dictionary> {
    match get(doc, d, k)? {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

fn text_string(o: &Object) -> String {
    lopdf::decode_text_string(o).unwrap_or_else(|e| panic!("not a text string: {o:?}: {e}"))
}

fn name(o: &Object) -> Option<String> {
    o.as_name()
        .ok()
        .map(|n| String::from_utf8_lossy(n).into_owned())
}

/// One bookmark and the bookmarks under it.
#[derive(Debug, Clone)]
struct Bookmark {
    title: String,
    children: Vec<Bookmark>,
}

/// The document outline (bookmarks), from the catalog's /Outlines.
fn outline(doc: &Document) -> Vec<Bookmark> {
    fn siblings(doc: &Document, first: Option<&Object>, depth: usize) -> Vec<Bookmark> {
        assert!(depth < 16, "the outline nests too deeply (a cycle?)");
        let mut out = Vec::new();
        let mut next = first.map(|o| deref(doc, o));
        let mut guard = 0;
        while let Some(Object::Dictionary(item)) = next {
            guard += 1;
            assert!(guard < 10_000, "the outline's /Next chain does not end");
            out.push(Bookmark {
                title: get(doc, item, "Title").map(text_string).unwrap_or_default(),
                children: siblings(doc, item.get(b"First").ok(), depth + 1),
            });
            next = item.get(b"Next").ok().map(|o| deref(doc, o));
        }
        out
    }
    let catalog = doc.catalog().expect("a catalog");
    match get_dict(doc, catalog, "Outlines") {
        Some(root) => siblings(doc, root.get(b"First").ok(), 0),
        None => Vec::new(),
    }
}

/// Every structure element under /StructTreeRoot: (its /S type, its /Alt).
fn struct_elements(doc: &Document) -> Vec<(String, Option<String>)> {
    fn walk(doc: &Document, o: &Object, out: &mut Vec<(String, Option<String>)>, depth: usize) {
        assert!(
            depth < 200,
            "the structure tree nests too deeply (a cycle?)"
        );
        match deref(doc, o) {
            Object::Array(a) => {
                for k in a {
                    walk(doc, k, out, depth + 1);
                }
            }
            Object::Dictionary(d) => {
                // Marked-content and object references are leaves.
                let typ = get(doc, d, "Type").and_then(name);
                if matches!(typ.as_deref(), Some("MCR" | "OBJR")) {
                    return;
                }
                if let Some(s) = get(doc, d, "S").and_then(name) {
                    out.push((s, get(doc, d, "Alt").map(text_string)));
                }
                if let Ok(k) = d.get(b"K") {
                    walk(doc, k, out, depth + 1);
                }
            }
            _ => {}
        }
    }
    let catalog = doc.catalog().expect("a catalog");
    let root = get_dict(doc, catalog, "StructTreeRoot").expect("a /StructTreeRoot");
    let mut out = Vec::new();
    if let Ok(k) = root.get(b"K") {
        walk(doc, k, &mut out, 0);
    }
    out
}

/// The /URI of every link annotation, on every page.
fn link_uris(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for (_, page_id) in doc.get_pages() {
        let page = doc.get_dictionary(page_id).expect("a page");
        let annots = match get(doc, page, "Annots") {
            Some(Object::Array(a)) => a.clone(),
            _ => continue,
        };
        for a in &annots {
            let Object::Dictionary(annot) = deref(doc, a) else {
                continue;
            };
            if let Some(action) = get_dict(doc, annot, "A")
                && let Some(uri) = get(doc, action, "URI")
            {
                out.push(
                    uri.as_str()
                        .map(|b| String::from_utf8_lossy(b).into_owned())
                        .unwrap_or_default(),
                );
            }
        }
    }
    out
}

/// The XMP metadata packet of the catalog's /Metadata stream.
fn xmp(doc: &Document) -> String {
    let catalog = doc.catalog().expect("a catalog");
    let Some(Object::Stream(s)) = get(doc, catalog, "Metadata") else {
        panic!("the catalog has no /Metadata stream");
    };
    let bytes = s
        .decompressed_content()
        .unwrap_or_else(|_| s.content.clone());
    String::from_utf8(bytes).expect("XMP is UTF-8")
}

/// The text of every XMP element `local` in namespace `ns` (with the text
/// of its `rdf:Alt`/`rdf:li` children), or of such an attribute.
fn xmp_values(xmp: &str, ns: &str, local: &str) -> Vec<String> {
    let start = xmp.find("<x:xmpmeta").or_else(|| xmp.find("<rdf:RDF"));
    let end = xmp
        .rfind("</x:xmpmeta>")
        .map(|i| i + "</x:xmpmeta>".len())
        .or_else(|| xmp.rfind("</rdf:RDF>").map(|i| i + "</rdf:RDF>".len()));
    let (Some(start), Some(end)) = (start, end) else {
        panic!("no XMP packet in the metadata:\n{xmp}");
    };
    let doc = roxmltree::Document::parse(&xmp[start..end])
        .unwrap_or_else(|e| panic!("the XMP metadata is not well-formed XML: {e}"));
    let mut out: Vec<String> = doc
        .descendants()
        .filter(|n| n.tag_name().namespace() == Some(ns) && n.tag_name().name() == local)
        .map(|n| {
            n.descendants()
                .filter(|d| d.is_text())
                .filter_map(|d| d.text())
                .collect::<String>()
                .trim()
                .to_string()
        })
        .collect();
    // The RDF shorthand puts simple properties in attributes.
    out.extend(
        doc.descendants()
            .flat_map(|n| n.attributes().collect::<Vec<_>>())
            .filter(|a| a.namespace() == Some(ns) && a.name() == local)
            .map(|a| a.value().trim().to_string()),
    );
    out
}

const PDFAID: &str = "http://www.aiim.org/pdfa/ns/id/";
const PDFUAID: &str = "http://www.aiim.org/pdfua/ns/id/";

// ---------------------------------------------------------------------------
// The chapters' Markdown, read independently of opcat-press
// ---------------------------------------------------------------------------

/// The Markdown after the front matter.
fn markdown_body(path: &Path) -> String {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
        .replace("\r\n", "\n");
    let rest = text
        .trim_start_matches('\u{feff}')
        .strip_prefix("+++\n")
        .expect("front matter opens with +++");
    let end = rest.find("\n+++").expect("front matter is closed");
    rest[end + 4..].to_string()
}

/// The lines of the Markdown outside fenced code blocks.
fn prose_lines(body: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut fence: Option<&str> = None;
    for line in body.lines() {
        let t = line.trim_start();
        match fence {
            Some(f) => {
                if t.starts_with(f) {
                    fence = None;
                }
            }
            None if t.starts_with("```") => fence = Some("```"),
            None if t.starts_with("~~~") => fence = Some("~~~"),
            None => out.push(line),
        }
    }
    out
}

/// Every ATX heading, as (level, text): `## Text {#id}` → (2, `Text`).
fn headings(body: &str) -> Vec<(usize, String)> {
    prose_lines(body)
        .into_iter()
        .filter_map(|l| {
            let level = l.chars().take_while(|c| *c == '#').count();
            if !(1..=6).contains(&level) || !l[level..].starts_with(' ') {
                return None;
            }
            let mut t = l[level..].trim().to_string();
            if t.ends_with('}')
                && let Some(i) = t.rfind('{')
            {
                t.truncate(i);
            }
            let t = t.trim_end_matches('#').trim();
            // Inline emphasis and code marks are not printed.
            Some((level, t.chars().filter(|c| !"*_`".contains(*c)).collect()))
        })
        .collect()
}

/// The text of every heading.
fn heading_texts(body: &str) -> Vec<String> {
    headings(body).into_iter().map(|(_, t)| t).collect()
}

/// The alt text of every image (`![alt](file)`) outside code.
fn image_alts(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in prose_lines(body) {
        let mut rest = line;
        while let Some(i) = rest.find("![") {
            let after = &rest[i + 2..];
            let Some(j) = after.find("](") else { break };
            out.push(after[..j].to_string());
            rest = &after[j..];
        }
    }
    out
}

/// Whole sentences of the chapter's ordinary paragraphs that hold no Markdown
/// syntax at all (no links, emphasis, code, footnote references...), so their
/// printed text is exactly their source text.
fn plain_sentences(body: &str) -> Vec<String> {
    let lines = prose_lines(body);
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for l in lines.iter().chain(std::iter::once(&"")) {
        if l.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(l.trim());
        }
    }
    let block_start = |p: &str| {
        let first = p.split_whitespace().next().unwrap_or("");
        p.starts_with(['#', '-', '*', '+', '|', '>', '!', '[', '<', ' ', '\t'])
            || (first.ends_with(['.', ')'])
                && first[..first.len() - 1].chars().all(|c| c.is_ascii_digit()))
    };
    let mut out = Vec::new();
    for p in paragraphs.iter().filter(|p| !block_start(p)) {
        let mut rest = p.as_str();
        while !rest.is_empty() {
            let (sentence, next) = match rest.find(". ") {
                Some(i) => (&rest[..=i], &rest[i + 2..]),
                None => (rest, ""),
            };
            rest = next;
            let clean = !sentence.contains(|c: char| "[]()*_`~<>|!\\^&#{}$@".contains(c))
                && !sentence.contains("http")
                && !sentence.contains("  ");
            if clean && sentence.len() >= 30 {
                out.push(sentence.to_string());
            }
        }
    }
    out
}

/// The 1-based number of the only line of `path` that contains `needle`.
fn line_of(path: &Path, needle: &str) -> usize {
    let text = std::fs::read_to_string(path).expect("read the chapter");
    let hits: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "`{needle}` is on exactly one line of {}",
        path.display()
    );
    hits[0]
}

// ---------------------------------------------------------------------------
// 1. Every year has a PDF, linked with its size from the year's page
// ---------------------------------------------------------------------------

/// Joins a relative `href` onto the folder `dir` (both relative to the site).
fn resolve_href(dir: &str, href: &str) -> Option<String> {
    let mut segs: Vec<String> = dir
        .split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    for c in Path::new(href.split(['#', '?']).next().unwrap_or("")).components() {
        match c {
            Component::Normal(s) => segs.push(s.to_string_lossy().into_owned()),
            Component::CurDir => {}
            Component::ParentDir => {
                segs.pop()?;
            }
            _ => return None,
        }
    }
    Some(segs.join("/"))
}

/// "(PDF, 154 KB)" → 154 000 bytes; `None` when no size is given.
fn stated_size(text: &str) -> Option<(f64, f64)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).find_map(|w| {
        let unit = w[1].trim_end_matches([')', ',', '.', ';']);
        let n: f64 = w[0].trim_start_matches('(').parse().ok()?;
        match unit {
            "KB" | "kB" => Some((n * 1000.0, n * 1024.0)),
            "MB" => Some((n * 1_000_000.0, n * 1_048_576.0)),
            _ => None,
        }
    })
}

#[test]
fn every_report_year_has_a_pdf_linked_from_its_page_with_its_size() {
    let out = site();
    let years = pdf_years(&content());
    // Exactly one PDF per year that is not a draft, where the README says.
    // (A translation's PDFs are `translations`' to test.)
    let pdfs: BTreeSet<String> = snapshot(out)
        .into_keys()
        .filter(|k| k.ends_with(".pdf") && !in_translation(&content(), k))
        .collect();
    let expected: BTreeSet<String> = years.iter().map(|y| pdf_rel(&y.year)).collect();
    assert_eq!(pdfs, expected, "the PDFs of the built site");
    for y in years {
        let rel = pdf_rel(&y.year);
        let pdf = out.join(&rel);
        let bytes = std::fs::read(&pdf).unwrap_or_else(|e| panic!("{rel} is missing: {e}"));
        assert!(
            bytes.starts_with(b"%PDF-"),
            "{rel} does not start with %PDF-"
        );

        let page_dir = format!("reports/{}", y.year);
        let doc = parse_html_file(&out.join(&page_dir).join("index.html"));
        let suffix = format!("annual-report-{}.pdf", y.year);
        let links: Vec<_> = doc
            .select(&sel("a[href]"))
            .filter(|a| a.value().attr("href").unwrap_or("").ends_with(&suffix))
            .collect();
        assert!(!links.is_empty(), "{page_dir}/ has no link to {suffix}");
        for a in &links {
            let href = a.value().attr("href").unwrap();
            assert_eq!(
                resolve_href(&page_dir, href).as_deref(),
                Some(rel.as_str()),
                "{page_dir}/: href {href} does not lead to the PDF"
            );
        }
        // The size is given with the link (in it, or beside it).
        let a = links[0];
        let near = std::iter::once(a)
            .chain(a.ancestors().filter_map(scraper::ElementRef::wrap).take(2))
            .map(text_of)
            .find(|t| stated_size(t).is_some())
            .unwrap_or_else(|| {
                panic!(
                    "{page_dir}/: no size (KB or MB) next to the PDF link `{}`",
                    text_of(a)
                )
            });
        let (lo, hi) = stated_size(&near).unwrap();
        let actual = bytes.len() as f64;
        // Rounded to a whole KB or one decimal of a MB, in 1000s or 1024s.
        let slack = if lo >= 1_000_000.0 {
            110_000.0
        } else {
            2_100.0
        };
        assert!(
            (lo - actual).abs() <= slack || (hi - actual).abs() <= slack,
            "{page_dir}/: the link says `{near}` but the PDF has {actual} bytes"
        );
    }
}

// ---------------------------------------------------------------------------
// 2. Every chapter's text is in the PDF
// ---------------------------------------------------------------------------

#[test]
fn every_chapter_title_heading_and_plain_sentence_is_in_the_pdf_text() {
    let out = site();
    let content = content();
    let mut sentences_checked = 0;
    for y in pdf_years(&content) {
        let text = key(&pdf_body_text(&out.join(pdf_rel(&y.year))));
        let mut missing = Vec::new();
        for slug in &y.chapters {
            let path = chapter_path(&content, &y.year, slug);
            let body = markdown_body(&path);
            let title = chapter_title(&content, &y.year, slug);
            // The title is on the chapter's first page and in the contents:
            // at least twice (running headers are cut off).
            let n = text.matches(&key(&title)).count();
            if n < 2 {
                missing.push(format!(
                    "{slug}: title `{title}` appears {n} time(s), expected the contents entry and the chapter's heading"
                ));
            }
            for h in heading_texts(&body) {
                if !text.contains(&key(&h)) {
                    missing.push(format!("{slug}: heading `{h}`"));
                }
            }
            let sentences = plain_sentences(&body);
            assert!(
                !sentences.is_empty(),
                "{}: no sentence without Markdown syntax to look for",
                path.display()
            );
            for s in sentences {
                sentences_checked += 1;
                if !text.contains(&key(&s)) {
                    missing.push(format!("{slug}: sentence `{s}`"));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "{}: missing from the PDF's text:\n  {}",
            pdf_rel(&y.year),
            missing.join("\n  ")
        );
    }
    assert!(sentences_checked > 0);
}

/// The key must not be fooled: text that is not in a chapter is not found.
#[test]
fn the_text_comparison_rejects_text_that_is_not_there() {
    let y = &pdf_years(&content())[0];
    let text = key(&pdf_body_text(&site().join(pdf_rel(&y.year))));
    assert!(!text.contains(&key("This sentence was never written in any chapter.")));
    assert_eq!(
        key("co\u{ad}\nop-\nerate “quoted” – fine…"),
        "cooperate \"quoted\" fine..."
    );
}

// ---------------------------------------------------------------------------
// 3. The membership annex
// ---------------------------------------------------------------------------

/// Abbreviation and name on `on` of every body (what a body used then: its
/// first former name still in use, with that name's abbreviation if it has
/// one, else its current ones).
fn body_labels(content: &Path, on: Day) -> BTreeMap<String, (String, String)> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(content.join("registry/bodies")).expect("list the bodies") {
        let path = e.expect("a body file").path();
        if path.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        let t = read_toml(&path);
        let s =
            |t: &toml::Table, k: &str| t.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
        let former = t
            .get("names")
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
            .filter_map(|n| n.as_table())
            .find(|n| n.get("until").is_some_and(|u| day(u) > on));
        let name_then = former
            .map(|n| s(n, "name"))
            .unwrap_or_else(|| s(&t, "name"));
        let abbr_then = former
            .map(|n| s(n, "abbreviation"))
            .filter(|a| !a.is_empty())
            .unwrap_or_else(|| s(&t, "abbreviation"));
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        out.insert(id, (abbr_then, name_then));
    }
    out
}

/// Whether `word` occurs in `text` as a whole word (not inside a longer one).
fn has_word(text: &str, word: &str) -> bool {
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(word).any(|(i, _)| {
        boundary(text[..i].chars().next_back()) && boundary(text[i + word.len()..].chars().next())
    })
}

#[test]
fn the_annex_lists_exactly_the_members_at_the_end_of_the_period() {
    let out = site();
    let content = content();
    let reg = load_registry(&content);
    let mut non_members_checked = 0;
    for y in pdf_years(&content) {
        let members = reg.members_on(y.period_end);
        assert!(!members.is_empty());
        let labels = body_labels(&content, y.period_end);
        let text = key(&pdf_body_text(&out.join(pdf_rel(&y.year))));
        let heading = key("Membership of the NPM");
        let at = text
            .rfind(&heading)
            .unwrap_or_else(|| panic!("{}: no annex heading `Membership of the NPM`", y.year));
        let annex = &text[at..];
        let count = format!("had {} members", members.len());
        assert!(
            annex.contains(&key(&count)),
            "{}: the annex does not say `{count}`:\n{annex}",
            y.year
        );
        for id in &members {
            let (abbr, name) = &labels[id];
            assert!(
                has_word(annex, &key(abbr)),
                "{}: the annex does not list member `{id}` ({abbr})",
                y.year
            );
            assert!(
                annex.contains(&key(name)),
                "{}: the annex does not give `{id}` its name on {:?}, `{name}`",
                y.year,
                y.period_end
            );
        }
        for (id, (abbr, _)) in &labels {
            if members.contains(id) {
                continue;
            }
            // Only an abbreviation no member's name or abbreviation contains
            // can show that the body is absent.
            let in_member_labels = members.iter().any(|m| {
                has_word(&key(&labels[m].0), &key(abbr)) || has_word(&key(&labels[m].1), &key(abbr))
            });
            if in_member_labels {
                continue;
            }
            non_members_checked += 1;
            assert!(
                !has_word(annex, &key(abbr)),
                "{}: the annex names `{id}` ({abbr}), which was not a member on {:?}",
                y.year,
                y.period_end
            );
        }
    }
    assert!(
        non_members_checked > 0,
        "the content has no body that was not a member at a period's end"
    );
}

// ---------------------------------------------------------------------------
// 4. The outline
// ---------------------------------------------------------------------------

#[test]
fn the_outline_has_an_entry_per_chapter_with_its_headings_and_the_annex() {
    let out = site();
    let content = content();
    for y in pdf_years(&content) {
        let doc = load_pdf(&out.join(pdf_rel(&y.year)));
        let top = outline(&doc);
        let mut expected: Vec<String> = y
            .chapters
            .iter()
            .map(|slug| chapter_title(&content, &y.year, slug))
            .collect();
        expected.push("Membership of the NPM".to_string());
        // The monitoring record's annexes, where the year has what they list:
        // recommendations made or followed up, and visit figures.
        let dir = content.join("reports").join(&y.year);
        let makes_one = y
            .chapters
            .iter()
            .any(|slug| !recommendation_ids(&chapter_path(&content, &y.year, slug)).is_empty())
            || !outside_recommendations(&content, &y.year).is_empty()
            || dir.join("follow-up.toml").exists()
                && read_toml(&dir.join("follow-up.toml"))
                    .get("follow_up")
                    .and_then(|f| f.as_array())
                    .is_some_and(|f| !f.is_empty());
        if makes_one {
            expected.push("Compilation of recommendations".to_string());
        }
        if dir.join("visits.csv").exists() {
            expected.push("Visits in numbers".to_string());
        }
        let titles: Vec<String> = top.iter().map(|b| b.title.clone()).collect();
        assert_eq!(
            titles.iter().map(|t| key(t)).collect::<Vec<_>>(),
            expected.iter().map(|t| key(t)).collect::<Vec<_>>(),
            "{}: the top-level bookmarks are not the chapters and the annex, in order",
            y.year
        );
        // Under each chapter, the bookmarks follow its headings: `##` at the
        // first level below the chapter, `###` below that, in order.
        for (slug, b) in y.chapters.iter().zip(&top) {
            let body = markdown_body(&chapter_path(&content, &y.year, slug));
            let expected: Vec<(usize, String)> = headings(&body)
                .into_iter()
                .map(|(level, t)| (level.saturating_sub(2), key(&t)))
                .collect();
            let mut actual = Vec::new();
            flatten(&b.children, 0, &mut actual);
            assert_eq!(
                actual, expected,
                "{}: the bookmarks under `{}` are not its headings (depth, title)",
                y.year, b.title
            );
        }
    }
}

fn flatten(items: &[Bookmark], depth: usize, out: &mut Vec<(usize, String)>) {
    for b in items {
        out.push((depth, key(&b.title)));
        flatten(&b.children, depth + 1, out);
    }
}

// ---------------------------------------------------------------------------
// 5. Tagged PDF/UA-1 and PDF/A-2a
// ---------------------------------------------------------------------------

#[test]
fn pdfs_are_tagged_and_claim_pdf_ua_1_and_pdf_a_2a() {
    let out = site();
    for y in pdf_years(&content()) {
        let rel = pdf_rel(&y.year);
        let doc = load_pdf(&out.join(&rel));
        let catalog = doc.catalog().expect("a catalog");
        let mark_info =
            get_dict(&doc, catalog, "MarkInfo").unwrap_or_else(|| panic!("{rel}: no /MarkInfo"));
        assert_eq!(
            get(&doc, mark_info, "Marked").and_then(|o| o.as_bool().ok()),
            Some(true),
            "{rel}: /MarkInfo /Marked is not true"
        );
        let elements = struct_elements(&doc);
        assert!(!elements.is_empty(), "{rel}: the structure tree is empty");
        for tag in ["H1", "P"] {
            assert!(
                elements.iter().any(|(s, _)| s == tag),
                "{rel}: no /{tag} element in the structure tree"
            );
        }
        // Every figure has its alt text (PDF/UA).
        for (s, alt) in &elements {
            if s == "Figure" {
                assert!(
                    alt.as_deref().is_some_and(|a| !a.trim().is_empty()),
                    "{rel}: a /Figure without /Alt"
                );
            }
        }
        // ... and each image of the chapters is a /Figure with its alt text.
        let alts: BTreeSet<String> = elements
            .iter()
            .filter(|(s, _)| s == "Figure")
            .filter_map(|(_, a)| a.as_deref().map(key))
            .collect();
        for slug in &y.chapters {
            let body = markdown_body(&chapter_path(&content(), &y.year, slug));
            for alt in image_alts(&body) {
                assert!(
                    alts.contains(&key(&alt)),
                    "{rel}: no /Figure with the alt text of {slug}'s image `{alt}`: {alts:?}"
                );
            }
        }

        let x = xmp(&doc);
        assert_eq!(
            xmp_values(&x, PDFUAID, "part"),
            ["1"],
            "{rel}: pdfuaid:part"
        );
        assert_eq!(xmp_values(&x, PDFAID, "part"), ["2"], "{rel}: pdfaid:part");
        assert_eq!(
            xmp_values(&x, PDFAID, "conformance"),
            ["A"],
            "{rel}: pdfaid:conformance"
        );

        let lang = get(&doc, catalog, "Lang")
            .map(text_string)
            .unwrap_or_else(|| panic!("{rel}: the catalog has no /Lang"));
        let site_lang = read_toml(&content().join("site.toml"))
            .get("language")
            .and_then(|v| v.as_str())
            .unwrap()
            .to_string();
        assert!(
            lang.eq_ignore_ascii_case(&site_lang)
                || lang.eq_ignore_ascii_case(site_lang.split('-').next().unwrap()),
            "{rel}: /Lang is `{lang}`, site.toml says `{site_lang}`"
        );
    }
}

#[test]
fn pdf_title_and_date_come_from_report_toml() {
    let out = site();
    for y in pdf_years(&content()) {
        let rel = pdf_rel(&y.year);
        let pdf = out.join(&rel);
        let info = pdf_info(&pdf);
        assert_eq!(info.get("Title"), Some(&y.title), "{rel}: pdfinfo Title");
        assert_eq!(info.get("Tagged").map(String::as_str), Some("yes"), "{rel}");
        let doc = load_pdf(&pdf);
        let x = xmp(&doc);
        assert!(
            xmp_values(&x, "http://purl.org/dc/elements/1.1/", "title") == [y.title.clone()],
            "{rel}: dc:title is not the report's title"
        );
        // The date is `published` (or the period's end in draft), not the clock.
        let (yy, mm, dd) = y.date;
        let date = format!("{yy:04}-{mm:02}-{dd:02}");
        for k in ["CreationDate", "ModDate"] {
            let v = info.get(k).cloned().unwrap_or_default();
            assert!(v.starts_with(&date), "{rel}: {k} is `{v}`, expected {date}");
        }
    }
}

#[test]
fn pdf_viewers_show_the_document_title() {
    let out = site();
    for y in pdf_years(&content()) {
        let rel = pdf_rel(&y.year);
        let doc = load_pdf(&out.join(&rel));
        let catalog = doc.catalog().expect("a catalog");
        // PDF/UA-1 (ISO 14289-1, 7.1): /ViewerPreferences /DisplayDocTitle true.
        let prefs = get_dict(&doc, catalog, "ViewerPreferences")
            .unwrap_or_else(|| panic!("{rel}: the catalog has no /ViewerPreferences"));
        assert_eq!(
            get(&doc, prefs, "DisplayDocTitle").and_then(|o| o.as_bool().ok()),
            Some(true),
            "{rel}: /ViewerPreferences /DisplayDocTitle is not true"
        );
    }
}

// ---------------------------------------------------------------------------
// 6. Fonts
// ---------------------------------------------------------------------------

/// `pdffonts` rows: (font name, emb column). Names can be wider than their
/// column and types contain spaces, so a row is read from its right end:
/// `... emb sub uni object-number generation`.
fn fonts(pdf: &Path) -> Vec<(String, String)> {
    let listing = tool("pdffonts", &[pdf.as_os_str()]);
    let mut lines = listing.lines();
    let header: Vec<&str> = lines
        .next()
        .expect("a header line")
        .split_whitespace()
        .collect();
    assert_eq!(
        header[header.len() - 5..],
        ["emb", "sub", "uni", "object", "ID"],
        "pdffonts' columns changed"
    );
    assert!(lines.next().expect("a rule").starts_with("---"));
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cells: Vec<&str> = l.split_whitespace().collect();
            assert!(cells.len() >= 7, "unexpected pdffonts row `{l}`");
            (cells[0].to_string(), cells[cells.len() - 5].to_string())
        })
        .collect()
}

#[test]
fn every_font_is_embedded() {
    let out = site();
    for y in pdf_years(&content()) {
        let rel = pdf_rel(&y.year);
        let list = fonts(&out.join(&rel));
        assert!(!list.is_empty(), "{rel}: pdffonts lists no font");
        let not_embedded: Vec<_> = list.iter().filter(|(_, e)| e != "yes").collect();
        assert!(
            not_embedded.is_empty(),
            "{rel}: fonts not embedded: {not_embedded:?}"
        );
    }
}

// ---------------------------------------------------------------------------
// 10. Reproducible
// ---------------------------------------------------------------------------

#[test]
fn rebuilding_gives_byte_identical_pdfs() {
    let first = site();
    let tmp = tempdir();
    let second = tmp.path().join("public");
    // Typeset again (`build` passes --no-cache), not taken from a cache.
    build_uk_site(&second, &[]).assert_success();
    for y in pdf_years(&content()) {
        let rel = pdf_rel(&y.year);
        let (a, b) = (
            std::fs::read(first.join(&rel)).unwrap(),
            std::fs::read(second.join(&rel)).unwrap(),
        );
        assert!(a == b, "{rel} differs between two builds");
    }
}

// ---------------------------------------------------------------------------
// 7. Hostile chapter text is printed, never evaluated
// ---------------------------------------------------------------------------

/// The adversarial fixture, built once.
fn adversarial() -> &'static (tempfile::TempDir, Run) {
    static BUILT: OnceLock<(tempfile::TempDir, Run)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let tmp = tempdir();
        minimal_at(tmp.path(), &["pdf-adversarial"]);
        let run = build(tmp.path(), "content", &tmp.path().join("public"), &[]);
        (tmp, run)
    })
}

fn adversarial_content() -> PathBuf {
    fixture("pdf-adversarial").join("content")
}

/// What each Markdown construct of the fixture's `payloads.md` prints, as
/// its source says (Markdown escapes undone).
const PRINTED: &[(&str, &str)] = &[
    (
        "front-matter title",
        r#"Title #read("/etc/passwd") ] [ $x^2$ @ref // comment"#,
    ),
    (
        "heading",
        r#"Heading #import "x.typ": * ] [ $x^2$ @ref // comment {{ }} end"#,
    ),
    (
        "paragraph",
        r#"Paragraph #read("/etc/passwd") ] [ $x^2$ <label> @ref // comment /* c */ \ #set page(fill: red) #image("../../../../etc/passwd") {{ }} ../../../../etc/passwd @/../x end."#,
    ),
    (
        "paragraph starting with #",
        r#"#read("/etc/passwd") starts this paragraph, and #include "/etc/hostname" ends it"#,
    ),
    ("emphasis", r#"Emph #include "/etc/hostname" ] [ @ref"#),
    ("strong", r#"Strong #set page(fill: red) $x^2$ // comment"#),
    (
        "strikethrough",
        r#"Strike #image("../../../../etc/passwd") /* c */"#,
    ),
    (
        "inline code",
        r#"Code #read("/etc/passwd") ] [ $x^2$ <label> @ref // c /* d */ \ {{ }}"#,
    ),
    ("inline code escape", r#"Esc \" + read("/etc/passwd") + \""#),
    ("text escape", r#"Text \" + read("/etc/passwd") + \" end"#),
    ("fenced code", r#"Fence #read("/etc/passwd")"#),
    ("fenced code", r#"#include "/etc/hostname""#),
    ("fenced code", r#"#set page(fill: red)"#),
    (
        "typ code block",
        r#"#read("/etc/passwd") // typ-highlighted"#,
    ),
    (
        "block quote",
        r#"Quote #read("/etc/passwd") ] [ $x^2$ @ref <label>"#,
    ),
    ("ordered list", r#"Ordered #import "x.typ": * ]"#),
    ("ordered list", r#"Ordered-two $x^2$ [ @ref"#),
    ("bullet list", r#"Bullet #include "/etc/hostname" @ref"#),
    ("nested list", r#"Nested #set page(fill: red) // comment"#),
    (
        "nested ordered list",
        r#"Deep #image("../../../../etc/passwd")"#,
    ),
    ("task list", r#"Task-open #read("/etc/passwd") $x^2$"#),
    ("task list", r#"Task-done /* c */ {{ }}"#),
    ("table header", r#"Header #read("/etc/passwd")"#),
    ("table header", r#"Header-two $x^2$"#),
    ("table cell", r#"Cell #include "/etc/hostname""#),
    ("table cell", r#"Cell-two ] [ // c"#),
    ("table cell", r#"Cell-three #set page(fill: red)"#),
    ("table cell", r#"Cell-four {{ }} @ref"#),
    (
        "footnote",
        r#"Footnote #read("/etc/passwd") ] [ $x^2$ @ref // comment"#,
    ),
    ("link text", r#"Link #include "/etc/hostname" ] @ref $x^2$"#),
    ("hard break, before", r#"Before break #read("/etc/passwd")"#),
    ("hard break, after", r#"After break $x^2$ ] end"#),
    ("HTML block", r#"<div>#read("/etc/passwd") $x^2$</div>"#),
    ("heading with an id", r#"Custom id #set page(fill: red)"#),
];

/// The link's URL and the image's alt text, as the fixture writes them.
const LINK_URL: &str = r#"https://example.org/a"b]c#d)e"#;
const IMAGE_ALT: &str = r#"Alt #image("../../../../etc/passwd") $x^2$ @ref"#;
const REPORT_TITLE_PAYLOAD: &str = r#"Seventh Annual Report #read("/etc/passwd") ] $x^2$"#;

#[test]
fn adversarial_fixture_holds_every_payload_it_is_checked_for() {
    // Guard against the fixture and this test drifting apart.
    let md =
        std::fs::read_to_string(adversarial_content().join("reports/2015-16/payloads.md")).unwrap();
    for (what, printed) in PRINTED {
        // The source escapes `\` before `"` in text and `"` in the title.
        let source_forms = [
            printed.to_string(),
            printed.replace("\\\"", "\\\\\""),
            printed.replace('"', "\\\""),
            printed.replace(']', "\\]"),
        ];
        assert!(
            source_forms.iter().any(|f| md.contains(f.as_str())),
            "payloads.md has no {what} `{printed}`"
        );
    }
    assert!(md.contains(&format!("(<{LINK_URL}>)")));
    assert!(md.contains(&format!("![{IMAGE_ALT}]")));
}

#[test]
fn adversarial_chapter_builds_with_every_payload_printed_literally() {
    let (tmp, run) = adversarial();
    run.assert_success();
    // Raw HTML is allowed (a warning); nothing else is reported.
    for d in run.diagnostics() {
        assert!(
            d.severity == "warning" && d.message.contains("raw HTML"),
            "unexpected diagnostic: {}",
            d.header
        );
    }
    let pdf = tmp.path().join("public").join(pdf_rel("2015-16"));
    let bytes = std::fs::read(&pdf).expect("the PDF was written");
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    let info = pdf_info(&pdf);
    assert!(info.get("Pages").is_some_and(|p| p != "0"), "{info:?}");

    let text = tight_key(&pdf_text(&pdf));
    let missing: Vec<String> = PRINTED
        .iter()
        .filter(|(_, p)| !text.contains(&tight_key(p)))
        .map(|(what, p)| format!("{what}: {p}"))
        .collect();
    assert!(
        missing.is_empty(),
        "not printed literally (evaluated or lost?):\n  {}\n--- pdftotext ---\n{}",
        missing.join("\n  "),
        pdf_text(&pdf)
    );
    // The document title is the report's title, verbatim.
    let t = read_toml(&adversarial_content().join("reports/2015-16/report.toml"));
    let title = t.get("title").and_then(|v| v.as_str()).unwrap();
    assert_eq!(title, REPORT_TITLE_PAYLOAD);
    assert_eq!(info.get("Title").map(String::as_str), Some(title));
    assert!(
        text.contains(&tight_key(title)),
        "the cover shows the title"
    );
}

#[test]
fn adversarial_link_url_and_alt_text_reach_the_pdf_unchanged() {
    let (tmp, run) = adversarial();
    run.assert_success();
    let doc = load_pdf(&tmp.path().join("public").join(pdf_rel("2015-16")));
    let uris = link_uris(&doc);
    assert!(
        uris.iter().any(|u| u == LINK_URL),
        "no link annotation with the URI {LINK_URL}: {uris:?}"
    );
    let alts: Vec<String> = struct_elements(&doc)
        .into_iter()
        .filter(|(s, _)| s == "Figure")
        .filter_map(|(_, a)| a)
        .collect();
    assert!(
        alts.iter().any(|a| key(a) == key(IMAGE_ALT)),
        "no /Figure with the alt text {IMAGE_ALT}: {alts:?}"
    );
}

#[test]
fn adversarial_chapter_reads_no_file_outside_the_content_folder() {
    let (tmp, run) = adversarial();
    run.assert_success();
    let pdf = tmp.path().join("public").join(pdf_rel("2015-16"));
    let text = pdf_text(&pdf);
    let source =
        std::fs::read_to_string(adversarial_content().join("reports/2015-16/payloads.md")).unwrap();
    let mut checked = 0;
    for file in [
        "/etc/passwd",
        "/etc/hostname",
        "/etc/hosts",
        "/etc/os-release",
    ] {
        let Ok(secret) = std::fs::read_to_string(file) else {
            continue;
        };
        for line in secret.lines().map(str::trim) {
            // Lines too short or too common to be evidence are skipped.
            if line.len() < 8 || source.contains(line) {
                continue;
            }
            checked += 1;
            assert!(
                !key(&text).contains(&key(line)),
                "the PDF contains `{line}` from {file}"
            );
        }
    }
    assert!(
        checked > 0,
        "no file outside the content folder to compare with"
    );
    assert!(!text.contains("root:x:0:0"), "the PDF contains /etc/passwd");
    // Nothing is attached to the document either.
    let doc = load_pdf(&pdf);
    let catalog = doc.catalog().unwrap();
    let names = get_dict(&doc, catalog, "Names");
    assert!(
        names.is_none_or(|n| get(&doc, n, "EmbeddedFiles").is_none()),
        "the PDF has embedded files"
    );
    assert!(
        get(&doc, catalog, "AF").is_none(),
        "the PDF has associated files"
    );
}

// ---------------------------------------------------------------------------
// 8. Paths out of the content folder are refused before anything is written
// ---------------------------------------------------------------------------

#[test]
fn image_and_link_leaving_the_content_folder_fail_at_their_lines() {
    let site = minimal_with(&["pdf-path-traversal"]);
    let site = site.path();
    let tmp = tempdir();
    let out = tmp.path().join("public");
    let run = build(site, "content", &out, &[]);
    assert_eq!(run.code, Some(2), "the build must fail:\n{}", run.stderr);
    let chapter = "content/reports/2015-16/alpha.md";
    let image_line = line_of(&site.join(chapter), "](../../../../etc/passwd)");
    let link_line = line_of(&site.join(chapter), "](@/../x)");
    let errors: Vec<Diag> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.severity == "error")
        .collect();
    for (line, what) in [
        (image_line, "../../../../etc/passwd"),
        (link_line, "@/../x"),
    ] {
        let d = errors
            .iter()
            .find(|d| d.line == Some(line))
            .unwrap_or_else(|| {
                panic!("no error at {chapter}:{line} for `{what}`:\n{}", run.stderr)
            });
        assert_eq!(d.file, chapter, "{}", d.header);
        assert!(d.message.contains(what), "{}", d.header);
        assert!(
            d.message.contains("outside the content folder"),
            "{}",
            d.header
        );
        assert_excerpt_matches_file(site, d);
    }
    assert_eq!(errors.len(), 2, "{}", run.stderr);
    assert!(!out.exists(), "a failed build wrote output");
    assert_eq!(staging_leftovers(tmp.path()), Vec::<String>::new());
}

// ---------------------------------------------------------------------------
// 9. Errors point at the chapter or the template
// ---------------------------------------------------------------------------

fn broken_image_site(extra_markdown: &str) -> (tempfile::TempDir, PathBuf, Run) {
    let tmp = tempdir();
    let site = tmp.path().join("site");
    minimal_at(&site, &["pdf-broken-image"]);
    if !extra_markdown.is_empty() {
        let chapter = site.join("content/reports/2015-16/alpha.md");
        let mut text = std::fs::read_to_string(&chapter).unwrap();
        text.push_str(extra_markdown);
        std::fs::write(&chapter, text).unwrap();
    }
    let run = build(&site, "content", &tmp.path().join("public"), &[]);
    (tmp, site, run)
}

#[test]
fn an_image_that_cannot_be_decoded_is_reported_at_its_chapter_line() {
    let (tmp, site, run) = broken_image_site("");
    assert_eq!(run.code, Some(2), "the build must fail:\n{}", run.stderr);
    let chapter = "content/reports/2015-16/alpha.md";
    let line = line_of(&site.join(chapter), "](images/broken.png)");
    let errors: Vec<Diag> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.severity == "error")
        .collect();
    assert_eq!(errors.len(), 1, "{}", run.stderr);
    let d = &errors[0];
    assert_eq!(
        (d.file.as_str(), d.line),
        (chapter, Some(line)),
        "the error should be at the image:\n{}",
        run.stderr
    );
    // The caret is under the image's `!`.
    let col = std::fs::read_to_string(site.join(chapter))
        .unwrap()
        .lines()
        .nth(line - 1)
        .unwrap()
        .find("![")
        .unwrap()
        + 1;
    assert_eq!(d.col, Some(col), "{}", d.header);
    assert!(d.message.contains("PDF"), "{}", d.header);
    assert_excerpt_matches_file(&site, d);
    assert!(
        !tmp.path().join("public").exists(),
        "a failed build wrote output"
    );
}

#[test]

fn an_image_that_cannot_be_decoded_in_a_footnote_is_reported_at_its_line() {
    // The fixture's own broken image is replaced by one in a footnote.
    let (tmp, site, run) = {
        let tmp = tempdir();
        let site = tmp.path().join("site");
        minimal_at(&site, &["pdf-broken-image"]);
        let chapter = site.join("content/reports/2015-16/alpha.md");
        let text = std::fs::read_to_string(&chapter).unwrap();
        let text: String = text
            .lines()
            .filter(|l| !l.contains("](images/broken.png)"))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
            + "\nThe chart is in a note.[^chart]\n\nMore text between.\n\n[^chart]: The chart: ![A chart in a footnote](images/broken.png)\n";
        std::fs::write(&chapter, text).unwrap();
        let run = build(&site, "content", &tmp.path().join("public"), &[]);
        (tmp, site, run)
    };
    assert_eq!(run.code, Some(2), "the build must fail:\n{}", run.stderr);
    let chapter = "content/reports/2015-16/alpha.md";
    let line = line_of(&site.join(chapter), "](images/broken.png)");
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d.severity == "error")
        .expect("an error");
    assert_eq!(
        (d.file.as_str(), d.line),
        (chapter, Some(line)),
        "the error should be at the image in the footnote:\n{}",
        run.stderr
    );
    assert!(!tmp.path().join("public").exists());
}

/// The minimal site built with a copy of the repository's templates whose
/// report.typ gets `line` inserted before its line `at` (1-based).
fn build_with_broken_report_template(at: usize, line: &str) -> (tempfile::TempDir, PathBuf, Run) {
    let tmp = tempdir();
    let templates = tmp.path().join("templates");
    copy_dir(&repo().join("templates"), &templates);
    let path = templates.join("report.typ");
    let mut lines: Vec<String> = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    lines.insert(at - 1, line.to_string());
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let out = tmp.path().join("public");
    let theme = repo().join("theme");
    let content = fixture("minimal").join("content");
    let args: Vec<&std::ffi::OsStr> = vec![
        "build".as_ref(),
        "--no-cache".as_ref(),
        "--content".as_ref(),
        content.as_os_str(),
        "--templates".as_ref(),
        templates.as_os_str(),
        "--theme".as_ref(),
        theme.as_os_str(),
        "--output".as_ref(),
        out.as_os_str(),
    ];
    let run = opcat(tmp.path(), &args);
    (tmp, path, run)
}

fn assert_template_error_at(tmp: &Path, path: &Path, run: &Run, line: usize, message: &str) {
    assert_eq!(run.code, Some(2), "the build must fail:\n{}", run.stderr);
    let errors: Vec<Diag> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.severity == "error")
        .collect();
    assert!(!errors.is_empty(), "{}", run.stderr);
    for d in &errors {
        let file = Path::new(&d.file);
        let file = if file.is_absolute() {
            file.to_path_buf()
        } else {
            tmp.join(file)
        };
        assert_eq!(
            file.canonicalize().ok(),
            path.canonicalize().ok(),
            "the error names the wrong file: {}",
            d.header
        );
        assert_eq!(d.line, Some(line), "{}", d.header);
        assert!(d.message.contains(message), "{}", d.header);
        assert_excerpt_matches_file(tmp, d);
    }
    assert!(!tmp.join("public").exists(), "a failed build wrote output");
}

/// The 1-based line of report.typ that starts with `prefix` (trimmed).
fn template_line(prefix: &str) -> usize {
    std::fs::read_to_string(repo().join("templates/report.typ"))
        .unwrap()
        .lines()
        .position(|l| l.trim_start().starts_with(prefix))
        .unwrap_or_else(|| panic!("report.typ has no line starting `{prefix}`"))
        + 1
}

#[test]
fn an_unknown_function_in_the_report_template_is_reported_at_its_line() {
    // Inside `report(...)`, after its page setup.
    let at = template_line("set heading(") + 1;
    let (tmp, path, run) =
        build_with_broken_report_template(at, "  this-function-does-not-exist(1)");
    assert_template_error_at(tmp.path(), &path, &run, at, "this-function-does-not-exist");
}

#[test]
fn a_syntax_error_in_the_report_template_is_reported_at_its_line() {
    // At the end, so nothing after it is swallowed into the parentheses.
    let at = std::fs::read_to_string(repo().join("templates/report.typ"))
        .unwrap()
        .lines()
        .count()
        + 1;
    let (tmp, path, run) = build_with_broken_report_template(at, "#let x = (");
    assert_template_error_at(tmp.path(), &path, &run, at, "unclosed");
}

/// The template is Typst code, but the document it runs in can reach only
/// its own sources, the fonts and the year's images: every other path (the
/// disk, the rest of the content folder, packages) is an error at the line
/// that asks for it, and nothing is written.
#[test]
fn the_report_template_can_read_only_the_years_own_files() {
    let at = std::fs::read_to_string(repo().join("templates/report.typ"))
        .unwrap()
        .lines()
        .count()
        + 1;
    for line in [
        r#"#let secret = read("/etc/passwd")"#,
        r#"#let secret = read("../../../../etc/passwd")"#,
        r#"#let secret = read("/../content/site.toml")"#,
        r#"#let secret = read("/site.toml")"#,
        r#"#let secret = read("/reports/2015-16/report.toml")"#,
        r#"#let secret = read("/reports/2015-16/foreword.md")"#,
        r#"#let secret = read("/registry/bodies/alpha.toml")"#,
        r#"#import "@preview/example:0.1.0": *"#,
    ] {
        let (tmp, path, run) = build_with_broken_report_template(at, line);
        assert_template_error_at(tmp.path(), &path, &run, at, "");
        assert!(
            !run.stderr.contains("root:x:0"),
            "`{line}`: the error shows the file's content:\n{}",
            run.stderr
        );
    }
    // The year's own image is there (README: `reports/<year>/images/`).
    let (tmp, _, run) =
        build_with_broken_report_template(at, r#"#let chart = read("/images/visits.svg")"#);
    run.assert_success();
    assert!(tmp.path().join("public").join(pdf_rel("2015-16")).is_file());
}

// ---------------------------------------------------------------------------
// The cover and front matter; draft years
// ---------------------------------------------------------------------------

/// `(2017, 1, 13)` → "13 January 2017", as the site writes dates.
fn long_date((y, m, d): Day) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    format!("{d} {} {y}", MONTHS[(m - 1) as usize])
}

#[test]
fn cover_and_front_matter_follow_report_toml() {
    let out = site();
    let content = content();
    for y in pdf_years(&content) {
        let rel = pdf_rel(&y.year);
        let t = read_toml(&content.join("reports").join(&y.year).join("report.toml"));
        let field = |k: &str| t.get(k).and_then(|v| v.as_str()).map(str::to_string);
        // The cover and the page after it come before the contents.
        let text = pdf_text(&out.join(&rel));
        let front = key(text.split("Contents").next().unwrap_or(""));
        let start = day(t.get("period_start").unwrap());
        let mut expected = vec![
            y.title.clone(),
            format!("Annual report {}", y.year),
            format!("{} to {}", long_date(start), long_date(y.period_end)),
        ];
        if t.contains_key("published") {
            expected.push(format!("Published {}", long_date(y.date)));
        }
        expected.extend(field("command_paper"));
        expected.extend(field("isbn").map(|i| format!("ISBN {i}")));
        for e in &expected {
            assert!(
                front.contains(&key(e)),
                "{rel}: the cover and front matter do not show `{e}`:\n{front}"
            );
        }
        let sample = field("status").as_deref() == Some("sample");
        assert_eq!(
            has_word(&front, "SAMPLE"),
            sample,
            "{rel}: SAMPLE on the cover exactly when status = \"sample\""
        );
    }
}

#[test]
fn a_draft_year_gets_a_pdf_only_with_drafts_dated_at_the_period_end() {
    let tmp = tempdir();
    let site = tmp.path().join("site");
    copy_dir(&fixture("minimal"), &site);
    let content = site.join("content");
    // The year becomes a draft (no `published`); the page linking into it
    // links elsewhere, so the site builds without the year.
    let report = content.join("reports/2015-16/report.toml");
    let toml_text: String = std::fs::read_to_string(&report)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("published"))
        .map(|l| {
            if l.starts_with("status") {
                "status = \"draft\"\n".to_string()
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    std::fs::write(&report, toml_text).unwrap();
    let about = content.join("pages/about.md");
    let text = std::fs::read_to_string(&about)
        .unwrap()
        .replace("@/reports/2015-16/foreword.md", "@/pages/about.md");
    std::fs::write(&about, text).unwrap();

    let out = tmp.path().join("public");
    build(&site, "content", &out, &[]).assert_success();
    let pdfs: Vec<String> = snapshot(&out)
        .into_keys()
        .filter(|k| k.ends_with(".pdf"))
        .collect();
    assert!(pdfs.is_empty(), "a draft year has a PDF: {pdfs:?}");

    let with_drafts = tmp.path().join("drafts");
    build(&site, "content", &with_drafts, &["--drafts"]).assert_success();
    let pdf = with_drafts.join(pdf_rel("2015-16"));
    assert!(pdf.is_file(), "--drafts builds the draft year's PDF");
    let period_end = day(read_toml(&report).get("period_end").unwrap());
    let (y, m, d) = period_end;
    let date = format!("{y:04}-{m:02}-{d:02}");
    let info = pdf_info(&pdf);
    assert!(
        info.get("CreationDate")
            .is_some_and(|v| v.starts_with(&date)),
        "a draft is dated at the end of its period ({date}): {info:?}"
    );
    assert!(
        !key(&pdf_text(&pdf)).contains("Published"),
        "a draft does not say it was published"
    );
}

/// The PyPI package page-validation (a PDF/UA-1 and PDF/A validator that
/// claims the veraPDF and Isartor test suites), installed once at a pinned
/// version into a virtual environment under the target folder.
pub(crate) fn pdf_validator() -> PathBuf {
    python_venv(
        "page-validation-0.11.0",
        &["page-validation==0.11.0"],
        "import page",
    )
}

/// Validates the PDFs named as its arguments: one line per PDF and profile,
/// `<file>\t<profile>\t<passed>\t<failed>/<total>`, then a line per failed
/// rule.
pub(crate) const VALIDATE: &str = r#"
import sys, page
for path in sys.argv[1:]:
    for profile in ("ua1", "2a"):
        r = page.validate_pdf(path, profile=profile)
        print(f"{path}\t{profile}\t{r.is_compliant}\t{r.rules.failed}/{r.rules.total}")
        for f in r.failures:
            print(f"  {f.rule_id}: {f.message}")
"#;

#[test]
fn every_pdf_passes_a_pdf_ua_and_pdf_a_validator() {
    let pdfs: Vec<PathBuf> = pdf_years(&content())
        .iter()
        .map(|y| site().join(pdf_rel(&y.year)))
        .collect();
    assert!(!pdfs.is_empty());
    ci_summary("pdf-validator", &validate_pdfs(&pdfs));
}

/// Runs the PDF validator on `pdfs` and fails unless each is compliant
/// with PDF/UA-1 and PDF/A-2a; returns a line saying so.
pub(crate) fn validate_pdfs(pdfs: &[PathBuf]) -> String {
    let python = pdf_validator();
    let out = Command::new(&python)
        .args(["-c", VALIDATE])
        .args(pdfs)
        .output()
        .expect("run the PDF validator");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the validator failed:\n{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let verdicts: Vec<Vec<&str>> = text
        .lines()
        .filter(|l| !l.starts_with(' '))
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(verdicts.len(), pdfs.len() * 2, "{text}");
    let failed: Vec<&Vec<&str>> = verdicts.iter().filter(|v| v[2] != "True").collect();
    assert!(failed.is_empty(), "not compliant:\n{text}");
    let rules: Vec<String> = verdicts
        .iter()
        .take(2)
        .map(|v| format!("{} {} rules", v[1], v[3].split('/').nth(1).unwrap_or("?")))
        .collect();
    format!(
        "PDF validator (page-validation 0.11.0): {} PDFs compliant with PDF/UA-1 and PDF/A-2a ({}; 0 failed)",
        pdfs.len(),
        rules.join(", ")
    )
}

// ---------------------------------------------------------------------------
// Typst's warnings reach the user
// ---------------------------------------------------------------------------

/// A chapter's SVG image with a `<foreignObject>` makes Typst warn: the
/// warning is printed at the image in the chapter, with Typst's hint, and
/// the build still succeeds (tests/fixtures/typst-warning/).
#[test]
fn typst_warnings_are_shown_at_the_chapter_that_caused_them() {
    let site = minimal_with(&["typst-warning"]);
    let out = site.path().join("public");
    let run = build(site.path(), "content", &out, &[]);
    assert_eq!(
        run.code,
        Some(0),
        "a warning does not fail the build:\n{}",
        run.stderr
    );
    let chapter = "content/reports/2015-16/alpha.md";
    let line = line_of(&site.path().join(chapter), "(images/foreign.svg)");
    let warning = run
        .warnings()
        .into_iter()
        .find(|d| d.message == "PDF: image contains foreign object")
        .unwrap_or_else(|| panic!("no Typst warning:\n{}", run.stderr));
    assert_eq!(warning.file, chapter);
    assert_eq!(warning.line, Some(line));
    assert!(
        warning
            .hint
            .as_deref()
            .is_some_and(|h| h.contains("foreign objects")),
        "{}",
        run.stderr
    );
    assert!(out.join(pdf_rel("2015-16")).is_file());
}
