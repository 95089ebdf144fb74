//! `import FILE.docx` and `check FILE.docx` on the test documents in
//! tests/fixtures/docx/ (made by python-docx and LibreOffice with
//! tests/docx/make_fixtures.py). Each document's manifest (`<name>.json`)
//! was written by that script from the same data it built the document
//! from, so the expectations never come from reading a document back: the
//! chapter's title, headings, list items, table cells, notes, links,
//! pictures, quotations, recommendations and text, and every loss the
//! import must report with its paragraph and heading. A differential test
//! runs pandoc (PyPI `pypandoc_binary`) on the same documents.

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_json::Value;

use crate::common::{
    Run, copy_dir, fixture, link_templates_and_theme, opcat, python_venv, repo, snapshot, tempdir,
};

const YEAR: &str = "2016-17";

fn docs() -> PathBuf {
    fixture("docx")
}

/// Every test document with its manifest.
fn manifests() -> Vec<(String, Value)> {
    let mut out: Vec<(String, Value)> = std::fs::read_dir(docs())
        .expect("list the documents")
        .filter_map(|e| {
            let path = e.ok()?.path();
            let name = path.file_name()?.to_str()?.to_string();
            let stem = name.strip_suffix(".json")?;
            if stem.ends_with(".pandoc") {
                return None;
            }
            let json: Value = serde_json::from_str(&std::fs::read_to_string(&path).ok()?).ok()?;
            Some((stem.to_string(), json))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(out.len() >= 15, "the test documents are missing");
    out
}

/// The documents that import. Not `ole_object`: the picture Word keeps of
/// an embedded object is imported (as pandoc imports it), with no alt
/// text, and its manifest lists no picture; the untrusted-parts test
/// covers it.
fn manifest(stem: &str) -> Value {
    manifests()
        .into_iter()
        .find(|(n, _)| n == stem)
        .expect("a test document")
        .1
}

fn readable() -> Vec<(String, Value)> {
    manifests()
        .into_iter()
        .filter(|(n, m)| m["expect"] == "ok" && n != "ole_object")
        .collect()
}

/// Whether `check` must find errors in the chapter the document makes: a
/// picture without alt text, a recommendation to no one.
fn left_to_fix(m: &Value) -> bool {
    m["images"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["alt"].is_null())
        || m["recommendations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["addressee"].is_null())
}

fn file_of(m: &Value) -> PathBuf {
    docs().join(m["fixture"].as_str().expect("fixture name"))
}

/// A copy of the UK site (content, templates, theme) to import into.
fn uk_site() -> tempfile::TempDir {
    let dir = tempdir();
    copy_dir(&repo().join("content"), &dir.path().join("content"));
    link_templates_and_theme(dir.path());
    dir
}

fn import(site: &Path, file: &Path, extra: &[&str]) -> Run {
    let mut args: Vec<&OsStr> = vec![OsStr::new("import"), file.as_os_str()];
    args.extend(["--year", YEAR].iter().map(OsStr::new));
    args.extend(extra.iter().map(OsStr::new));
    opcat(site, &args)
}

/// `check FILE --body hmip`.
fn check_doc(site: &Path, file: &Path) -> Run {
    let args = [
        OsStr::new("check"),
        file.as_os_str(),
        OsStr::new("--body"),
        OsStr::new("hmip"),
    ];
    opcat(site, &args)
}

/// Normalised as the manifests are: runs of white space one space, each
/// line stripped.
fn norm(s: &str) -> String {
    s.split('\n')
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().filter_map(|s| s.as_str().map(norm)).collect())
        .unwrap_or_default()
}

/// Each table of a manifest or pandoc's facts as rows, the header first.
fn table_rows(tables: &Value) -> Vec<Vec<Vec<String>>> {
    tables
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let mut rows = vec![strings(&t["header"])];
            rows.extend(t["rows"].as_array().unwrap().iter().map(strings));
            rows
        })
        .collect()
}

/// What a chapter's Markdown says, read back with a CommonMark parser.
#[derive(Debug, Default)]
struct Facts {
    title: String,
    headings: Vec<(u64, String)>,
    /// (text, depth from 0, ordered).
    items: Vec<(String, u64, bool)>,
    /// Each table's rows, the header first.
    tables: Vec<Vec<Vec<String>>>,
    notes: Vec<String>,
    links: Vec<(String, String)>,
    images: Vec<(String, String)>,
    quote_paragraphs: Vec<String>,
    /// All the text, one space between words.
    text: String,
    /// (id, to, text) of each `::: recommendation` block.
    recommendations: Vec<(String, Vec<String>, String)>,
}

fn block_attr(line: &str, key: &str) -> Vec<String> {
    let Some(start) = line.find(&format!("{key}=\"")) else {
        return Vec::new();
    };
    let rest = &line[start + key.len() + 2..];
    rest[..rest.find('"').unwrap_or(rest.len())]
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// The recommendation blocks, and the Markdown with their fences blanked.
fn recommendations(body: &str) -> (Vec<(String, Vec<String>, String)>, String) {
    let mut out = Vec::new();
    let mut rest = String::new();
    let mut open: Option<(String, Vec<String>, Vec<String>)> = None;
    for line in body.lines() {
        if let Some(attrs) = line.strip_prefix("::: recommendation ") {
            let id = attrs
                .split(['#', ' ', '}'])
                .nth(1)
                .unwrap_or("")
                .to_string();
            open = Some((id, block_attr(attrs, "to"), Vec::new()));
            rest.push('\n');
            continue;
        }
        if line == ":::" {
            if let Some((id, to, lines)) = open.take() {
                let paras: Vec<String> = lines
                    .join("\n")
                    .split("\n\n")
                    .map(|p| norm(&p.replace('\n', " ")))
                    .filter(|p| !p.is_empty())
                    .collect();
                out.push((id, to, paras.join("\n\n")));
            }
            rest.push('\n');
            continue;
        }
        if let Some((_, _, lines)) = open.as_mut() {
            lines.push(line.to_string());
        }
        rest.push_str(line);
        rest.push('\n');
    }
    (out, rest)
}

/// Pulls the facts out of a chapter file.
fn facts(chapter: &Path) -> Facts {
    let text = std::fs::read_to_string(chapter).expect("read the chapter");
    let front = crate::common::front_matter(chapter);
    let body_start = text[3..].find("\n+++\n").expect("front matter") + 3 + 5;
    let (recs, body) = recommendations(&text[body_start..]);
    let mut f = Facts {
        title: front["title"].as_str().unwrap_or("").to_string(),
        recommendations: recs,
        ..Facts::default()
    };
    read_events(&without_spans(&body), &mut f);
    f
}

/// The chapter as a reader without the language spans sees it, as Pandoc
/// reads a bracketed span: `[words]{lang=cy}` → `words`.
fn without_spans(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find("]{lang=") {
        let close = rest[i..].find('}').map_or(rest.len(), |e| i + e + 1);
        match rest[..i].rfind('[') {
            Some(open) => {
                out.push_str(&rest[..open]);
                out.push_str(&rest[open + 1..i]);
            }
            None => out.push_str(&rest[..i]),
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

#[derive(Default)]
struct Reader {
    /// Text being gathered, innermost last, each with what it is for.
    bufs: Vec<(Kind, String)>,
    lists: Vec<bool>,
    /// Items whose text is recorded (at their nested list, or their end).
    items: Vec<bool>,
    quotes: usize,
    row: Vec<String>,
}

#[derive(Clone, PartialEq)]
enum Kind {
    Heading(u64),
    Item,
    Cell,
    Note,
    Link(String),
    Image(String),
    QuotePara,
}

fn read_events(body: &str, f: &mut Facts) {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let mut r = Reader::default();
    let mut all = String::new();
    for event in Parser::new_ext(body, opts) {
        match event {
            Event::Start(tag) => start(&mut r, f, tag),
            Event::End(tag) => {
                if matches!(
                    tag,
                    TagEnd::Paragraph
                        | TagEnd::Heading(_)
                        | TagEnd::TableCell
                        | TagEnd::Item
                        | TagEnd::FootnoteDefinition
                ) {
                    all.push(' ');
                }
                end(&mut r, f, tag)
            }
            Event::Text(t) | Event::Code(t) => {
                let in_image = r.bufs.iter().any(|(k, _)| matches!(k, Kind::Image(_)));
                for (_, b) in &mut r.bufs {
                    b.push_str(&t);
                }
                if !in_image {
                    all.push_str(&t);
                }
            }
            Event::SoftBreak => push_all(&mut r, &mut all, " "),
            Event::HardBreak => push_all(&mut r, &mut all, "\n"),
            _ => {}
        }
    }
    f.text = all.split_whitespace().collect::<Vec<_>>().join(" ");
}

fn push_all(r: &mut Reader, all: &mut String, s: &str) {
    for (_, b) in &mut r.bufs {
        b.push_str(s);
    }
    all.push_str(s);
}

fn start(r: &mut Reader, f: &mut Facts, tag: Tag) {
    match tag {
        Tag::Heading { level, .. } => r.bufs.push((Kind::Heading(level as u64), String::new())),
        Tag::List(first) => {
            record_item(r, f);
            r.lists.push(first.is_some());
        }
        Tag::Item => {
            r.bufs.push((Kind::Item, String::new()));
            r.items.push(false);
        }
        Tag::TableCell => r.bufs.push((Kind::Cell, String::new())),
        Tag::TableHead | Tag::TableRow => r.row.clear(),
        Tag::Table(_) => f.tables.push(Vec::new()),
        Tag::FootnoteDefinition(_) => r.bufs.push((Kind::Note, String::new())),
        Tag::Link { dest_url, .. } => r
            .bufs
            .push((Kind::Link(dest_url.to_string()), String::new())),
        Tag::Image { dest_url, .. } => {
            r.bufs
                .push((Kind::Image(dest_url.to_string()), String::new()));
        }
        Tag::BlockQuote(_) => r.quotes += 1,
        Tag::Paragraph if r.quotes > 0 => r.bufs.push((Kind::QuotePara, String::new())),
        _ => {}
    }
}

/// An item's own text, before its nested list.
fn record_item(r: &mut Reader, f: &mut Facts) {
    let Some(recorded) = r.items.last_mut() else {
        return;
    };
    if *recorded {
        return;
    }
    *recorded = true;
    let text = r
        .bufs
        .iter()
        .rev()
        .find(|(k, _)| *k == Kind::Item)
        .map(|(_, b)| norm(b))
        .unwrap_or_default();
    let depth = r.lists.len().saturating_sub(1) as u64;
    f.items
        .push((text, depth, r.lists.last().copied().unwrap_or(false)));
}

fn end(r: &mut Reader, f: &mut Facts, tag: TagEnd) {
    match tag {
        TagEnd::Item => {
            record_item(r, f);
            r.items.pop();
            pop(r, &Kind::Item);
        }
        TagEnd::List(_) => {
            r.lists.pop();
        }
        TagEnd::Heading(_) => {
            if let Some((Kind::Heading(l), b)) = r.bufs.pop() {
                f.headings.push((l, norm(&b)));
            }
        }
        TagEnd::TableCell => {
            let cell = pop(r, &Kind::Cell);
            r.row.push(cell);
        }
        TagEnd::TableHead | TagEnd::TableRow => {
            if let Some(t) = f.tables.last_mut() {
                t.push(std::mem::take(&mut r.row));
            }
        }
        TagEnd::FootnoteDefinition => f.notes.push(pop(r, &Kind::Note)),
        TagEnd::Link => {
            if let Some((Kind::Link(dest), b)) = r.bufs.pop() {
                f.links.push((norm(&b), dest));
            }
        }
        TagEnd::Image => {
            if let Some((Kind::Image(dest), b)) = r.bufs.pop() {
                f.images.push((b, dest));
            }
        }
        TagEnd::BlockQuote(_) => r.quotes -= 1,
        TagEnd::Paragraph if r.bufs.last().is_some_and(|(k, _)| *k == Kind::QuotePara) => {
            let text = pop(r, &Kind::QuotePara);
            f.quote_paragraphs.push(text);
        }
        _ => {}
    }
}

fn pop(r: &mut Reader, kind: &Kind) -> String {
    match r.bufs.last() {
        Some((k, _)) if k == kind => r.bufs.pop().map(|(_, b)| norm(&b)).unwrap_or_default(),
        _ => String::new(),
    }
}

/// `hiw.md`'s id for a heading's text, as the site makes it.
fn slug(text: &str) -> String {
    opcat_press::markdown::slugify(text)
}

/// Authority names to ids, from the site's registry.
fn authority_ids(content: &Path) -> BTreeMap<String, String> {
    let t = crate::common::read_toml(&content.join("registry/authorities.toml"));
    t["authority"]
        .as_array()
        .expect("authorities")
        .iter()
        .map(|a| {
            (
                a["name"].as_str().unwrap_or("").to_string(),
                a["id"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// The chapter `import` wrote, from its output.
fn written_chapter(run: &Run, site: &Path) -> PathBuf {
    let line = run
        .stdout
        .lines()
        .find(|l| l.starts_with("wrote ") && l.ends_with(".md"))
        .unwrap_or_else(|| panic!("no chapter written:\n{}\n{}", run.stdout, run.stderr));
    site.join(&line["wrote ".len()..])
}

/// The import's own warnings (about the document, not `check`'s about
/// the chapter).
fn document_warnings(run: &Run, file: &Path) -> Vec<String> {
    run.warnings()
        .into_iter()
        .filter(|d| Path::new(&d.file) == file)
        .map(|d| d.message)
        .collect()
}

/// The words a warning of each manifest kind contains.
fn kind_words(kind: &str) -> &'static str {
    match kind {
        "tracked_change" => "tracked changes",
        "comment" => "a comment is not imported",
        "text_box" => "a text box",
        "shape" => "a shape or drawing",
        "chart" => "a chart",
        "colour" | "highlight" => "colour, highlighting",
        "merged_cells" => "merged table cells",
        "recommendation_without_addressee" => "does not say whom it is to",
        "unsafe_zip_path" => "a picture is not imported",
        "external_image" => "a linked picture is not fetched",
        "ole_object" => "an embedded object",
        "macros" => "macros",
        other => panic!("a warning kind the test does not know: {other}"),
    }
}

/// "paragraph 12, under “Findings”" as the manifest places it.
fn place_words(w: &Value) -> Option<String> {
    let n = w["paragraph"].as_u64()?;
    Some(match w["heading"].as_str() {
        Some(h) => format!("paragraph {n}, under “{h}”"),
        None => format!("paragraph {n}"),
    })
}

fn assert_structure(name: &str, m: &Value, f: &Facts) {
    assert_eq!(f.title, m["title"].as_str().unwrap_or(""), "{name}: title");
    let headings: Vec<(u64, String)> = m["headings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["level"].as_u64().unwrap(),
                norm(h["text"].as_str().unwrap()),
            )
        })
        .collect();
    assert_eq!(f.headings, headings, "{name}: headings");
    let items: Vec<(String, u64, bool)> = m["lists"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| {
            let ordered = l["ordered"].as_bool().unwrap();
            l["items"].as_array().unwrap().iter().map(move |i| {
                (
                    norm(i["text"].as_str().unwrap()),
                    i["depth"].as_u64().unwrap(),
                    ordered,
                )
            })
        })
        .collect();
    assert_eq!(f.items, items, "{name}: list items");
    let tables = table_rows(&m["tables"]);
    assert_eq!(f.tables, tables, "{name}: tables");
    let mut notes = strings(&m["footnotes"]);
    notes.extend(strings(&m["endnotes"]));
    assert_eq!(f.notes, notes, "{name}: footnotes then endnotes");
    let quotes = m["quotes"].as_array().unwrap();
    for q in quotes {
        let text = norm(q["text"].as_str().unwrap());
        assert!(
            f.quote_paragraphs.contains(&text),
            "{name}: quotation {text:?} not quoted in {:?}",
            f.quote_paragraphs
        );
    }
}

fn assert_links_and_text(name: &str, m: &Value, f: &Facts) {
    let heading_of = |bookmark: &str| {
        m["headings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["bookmark"].as_str() == Some(bookmark))
            .map(|h| slug(h["text"].as_str().unwrap()))
    };
    let links: Vec<(String, String)> = m["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let target = l["target"].as_str().unwrap();
            let target = match target.strip_prefix('#') {
                Some(b) => format!(
                    "#{}",
                    heading_of(b).unwrap_or_else(|| panic!("{name}: no heading for {b}"))
                ),
                None => target.to_string(),
            };
            (norm(l["text"].as_str().unwrap()), target)
        })
        .collect();
    assert_eq!(f.links, links, "{name}: links");
    assert_paragraphs_in(&format!("{name}: the document's"), &m["paragraphs"], f);
}

/// Every line of every paragraph is in the chapter's text, but the title
/// (in the front matter) and a recommendation's `To:` line (its `to`).
fn assert_paragraphs_in(what: &str, paragraphs: &Value, f: &Facts) {
    for p in paragraphs.as_array().unwrap() {
        let text = p["text"].as_str().unwrap();
        if text == f.title {
            continue;
        }
        for line in text.lines() {
            let words = line.split_whitespace().collect::<Vec<_>>().join(" ");
            if words.starts_with("To:") {
                continue;
            }
            assert!(
                f.text.contains(&words),
                "{what} {words:?} is not in the chapter:\n{}",
                f.text
            );
        }
    }
}

fn assert_images(name: &str, m: &Value, f: &Facts, chapter: &Path) {
    let images = m["images"].as_array().unwrap();
    assert_eq!(
        f.images.len(),
        images.len(),
        "{name}: pictures {:?}",
        f.images
    );
    let mut archive = zip::ZipArchive::new(std::fs::File::open(file_of(m)).unwrap()).unwrap();
    for ((alt, src), want) in f.images.iter().zip(images) {
        assert_eq!(alt, want["alt"].as_str().unwrap_or(""), "{name}: alt text");
        assert!(
            src.starts_with("images/") && !src.contains(".."),
            "{name}: {src}"
        );
        let written =
            std::fs::read(chapter.parent().unwrap().join(src)).expect("the picture is written");
        let mut part = Vec::new();
        std::io::Read::read_to_end(
            &mut archive.by_name(want["part"].as_str().unwrap()).unwrap(),
            &mut part,
        )
        .unwrap();
        assert_eq!(written, part, "{name}: {src} holds the document's picture");
    }
}

fn assert_recommendations(name: &str, m: &Value, f: &Facts, ids: &BTreeMap<String, String>) {
    let want = m["recommendations"].as_array().unwrap();
    assert_eq!(
        f.recommendations.len(),
        want.len(),
        "{name}: recommendations {:?}",
        f.recommendations
    );
    for ((id, to, text), w) in f.recommendations.iter().zip(want) {
        assert_eq!(
            text,
            &norm(w["text"].as_str().unwrap()),
            "{name}: recommendation text"
        );
        let expect_to: Vec<String> = strings(&w["addressee"])
            .iter()
            .map(|n| {
                ids.get(n)
                    .cloned()
                    .unwrap_or_else(|| panic!("{name}: no authority {n}"))
            })
            .collect();
        assert_eq!(to, &expect_to, "{name}: recommendation addressees");
        if let Some(want_id) = w["id"].as_str() {
            assert_eq!(id, want_id, "{name}: recommendation id from its bookmark");
        } else {
            assert!(
                id.starts_with(&format!("hmip-{}", &YEAR[..4])),
                "{name}: made-up id {id}"
            );
        }
    }
}

fn assert_warnings(name: &str, m: &Value, run: &Run) {
    let got = document_warnings(run, &file_of(m));
    let want = m["warnings"].as_array().unwrap();
    for w in want {
        let words = kind_words(w["kind"].as_str().unwrap());
        let place = place_words(w);
        assert!(
            got.iter().any(|g| g.contains(words) && place.as_ref().is_none_or(|p| g.contains(p.as_str()))),
            "{name}: no warning `{words}` at {place:?}; the import said:\n{}",
            run.stderr
        );
    }
    if want.is_empty() {
        assert!(got.is_empty(), "{name}: unexpected warnings: {got:#?}");
    }
}

#[test]
fn every_test_document_becomes_the_chapter_its_manifest_describes() {
    for (name, m) in readable() {
        let site = uk_site();
        let file = file_of(&m);
        let run = import(site.path(), &file, &["--body", "hmip"]);
        assert_eq!(
            run.code,
            Some(if left_to_fix(&m) { 2 } else { 0 }),
            "{name}:\n{}",
            run.stderr
        );
        let chapter = written_chapter(&run, site.path());
        assert_eq!(
            chapter,
            site.path().join(format!("content/reports/{YEAR}/hmip.md"))
        );
        let f = facts(&chapter);
        assert_structure(&name, &m, &f);
        assert_links_and_text(&name, &m, &f);
        assert_images(&name, &m, &f, &chapter);
        assert_recommendations(&name, &m, &f, &authority_ids(&site.path().join("content")));
        assert_warnings(&name, &m, &run);
        let order = crate::common::read_toml(
            &site
                .path()
                .join(format!("content/reports/{YEAR}/report.toml")),
        );
        assert!(
            order["chapters"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c.as_str() == Some("hmip")),
            "{name}: not in the reading order"
        );
    }
}

#[test]
fn imported_chapters_build_into_the_site_and_the_pdf() {
    let site = uk_site();
    let mut titles = Vec::new();
    for (name, m) in readable() {
        if left_to_fix(&m) {
            continue; // tested above
        }
        let run = import(site.path(), &file_of(&m), &["--kind", "thematic"]);
        assert_eq!(run.code, Some(0), "{name}:\n{}", run.stderr);
        titles.push(m["title"].as_str().unwrap().to_string());
    }
    assert!(titles.len() >= 10);
    let out = site.path().join("public");
    let run = crate::common::build(site.path(), "content", &out, &[]);
    run.assert_success();
    let year_page =
        std::fs::read_to_string(out.join(format!("reports/{YEAR}/index.html"))).unwrap();
    let pdf = crate::pdf::pdf_text(&out.join(format!("reports/{YEAR}/annual-report-{YEAR}.pdf")));
    for t in &titles {
        let escaped = t.replace('&', "&amp;").replace('\'', "&#x27;");
        assert!(
            year_page.contains(&escaped) || year_page.contains(t),
            "{t} is not in the year's contents"
        );
        assert!(
            crate::pdf::key(&pdf).contains(&crate::pdf::key(t)),
            "{t} is not in the PDF"
        );
    }
}

/// A document that cannot be read: an error naming the file, exit 2, and
/// nothing written anywhere.
#[test]
fn unreadable_documents_are_refused_and_nothing_is_written() {
    let site = uk_site();
    let before = snapshot(site.path());
    let cases = [
        ("not_a_zip", "not a Word document"),
        ("truncated", "damaged or incomplete"),
        ("encrypted", "protected with a password"),
    ];
    for (stem, words) in cases {
        let m = &manifest(stem);
        assert_eq!(m["expect"], "error");
        let file = file_of(m);
        for run in [
            import(site.path(), &file, &["--body", "hmip"]),
            check_doc(site.path(), &file),
        ] {
            assert_eq!(run.code, Some(2), "{stem}:\n{}", run.stderr);
            let errors = run.error_lines();
            assert!(
                errors.iter().any(|e| e.contains(words) && e.contains(stem)),
                "{stem}: {errors:?}"
            );
        }
    }
    assert_eq!(
        snapshot(site.path()),
        before,
        "a refused import wrote something"
    );
}

/// A zip bomb: a document.xml that inflates far past anything a document
/// needs stops at the cap, with an error, without filling memory.
#[test]
fn a_zip_bomb_stops_at_the_cap() {
    let site = uk_site();
    let bomb = site.path().join("bomb.docx");
    {
        let file = std::fs::File::create(&bomb).unwrap();
        let mut zip = zip::ZipWriter::new(file);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        zip.start_file("word/document.xml", opts).unwrap();
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..300 {
            std::io::Write::write_all(&mut zip, &chunk).unwrap();
        }
        zip.finish().unwrap();
    }
    assert!(
        std::fs::metadata(&bomb).unwrap().len() < 2 << 20,
        "the bomb should be small"
    );
    let before = snapshot(&site.path().join("content"));
    let run = import(site.path(), &bomb, &["--body", "hmip"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(
        run.error_lines().iter().any(|e| e.contains("zip bomb")),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(&site.path().join("content")), before);
}

/// Entries named outside their folders, linked pictures, embedded objects
/// and macros: warnings, and nothing written outside the year's folder.
#[test]
fn untrusted_parts_are_reported_and_nothing_leaves_the_year() {
    for stem in ["unsafe_paths", "external_image", "ole_object", "macros"] {
        let site = uk_site();
        let m = manifest(stem);
        let outside = |dir: &Path| {
            let mut all = snapshot(dir);
            all.retain(|path, _| !path.starts_with(&format!("content/reports/{YEAR}/")));
            all
        };
        let before = outside(site.path());
        let run = import(site.path(), &file_of(&m), &["--body", "hmip"]);
        assert!(matches!(run.code, Some(0 | 2)), "{stem}:\n{}", run.stderr);
        assert_eq!(
            outside(site.path()),
            before,
            "{stem} wrote outside the year's folder"
        );
        assert_warnings(stem, &m, &run);
        let chapter = std::fs::read_to_string(written_chapter(&run, site.path())).unwrap();
        assert!(
            chapter.contains("Body text that must still be imported."),
            "{stem}"
        );
        let images = site.path().join(format!("content/reports/{YEAR}/images"));
        let names: Vec<String> = std::fs::read_dir(&images)
            .map(|d| {
                d.filter_map(|e| e.ok()?.file_name().into_string().ok())
                    .collect()
            })
            .unwrap_or_default();
        assert!(
            names.iter().all(|n| !n.contains("evil")),
            "{stem}: {names:?}"
        );
    }
    let site = uk_site();
    let unsafe_doc = docs().join("unsafe_paths.docx");
    let run = import(site.path(), &unsafe_doc, &["--body", "hmip"]);
    for entry in ["word/media/../../../evil.png", "/etc/evil.png"] {
        assert!(
            run.warnings().iter().any(|w| w
                .message
                .contains(&format!("`{entry}`, outside the document's own folders"))),
            "{entry}:\n{}",
            run.stderr
        );
    }
}

/// `--replace`: the body's chapter keeps its front matter and takes the
/// new text; without it, an existing chapter is never overwritten.
#[test]
fn a_revised_document_replaces_the_text_only_when_asked() {
    let site = uk_site();
    let first = docs().join("chapter.docx");
    let revised = docs().join("inline.docx");
    import(site.path(), &first, &["--body", "hmip"]).assert_success();
    let path = site.path().join(format!("content/reports/{YEAR}/hmip.md"));
    let old = std::fs::read_to_string(&path).unwrap();
    let refused = import(site.path(), &revised, &["--body", "hmip"]);
    assert_eq!(refused.code, Some(2));
    assert!(
        refused
            .error_lines()
            .iter()
            .any(|e| e.contains("exists already")),
        "{}",
        refused.stderr
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), old);
    let run = import(site.path(), &revised, &["--body", "hmip", "--replace"]);
    run.assert_success();
    let new = std::fs::read_to_string(&path).unwrap();
    let front = |t: &str| t[..t[3..].find("\n+++\n").unwrap() + 8].to_string();
    assert_eq!(front(&new), front(&old), "the front matter is kept");
    let inline = &manifest("inline");
    let f = facts(&path);
    let headings: Vec<String> = inline["headings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| norm(h["text"].as_str().unwrap()))
        .collect();
    assert_eq!(
        f.headings.iter().map(|h| h.1.clone()).collect::<Vec<_>>(),
        headings
    );
    let changed = run
        .stdout
        .lines()
        .find(|l| l.starts_with("changed: "))
        .expect("says what changed");
    assert!(
        changed.contains("+ ") || run.stdout.contains("\n  + "),
        "{}",
        run.stdout
    );
    for h in &headings {
        assert!(
            run.stdout.contains(&format!("+ {h}")),
            "the new heading {h} is listed:\n{}",
            run.stdout
        );
    }
    let order = std::fs::read_to_string(
        site.path()
            .join(format!("content/reports/{YEAR}/report.toml")),
    )
    .unwrap();
    assert_eq!(order.matches("\"hmip\"").count(), 1, "listed once");
}

/// `check FILE.docx` reports against the document's paragraphs and
/// headings, writes nothing, and finds what the import's check finds.
#[test]
fn check_reads_a_word_document_and_reports_by_paragraph() {
    let site = uk_site();
    let before = snapshot(site.path());
    let images = docs().join("images.docx");
    let m = manifest("images");
    let run = check_doc(site.path(), &images);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    let missing = m["images"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["alt"].is_null())
        .count();
    let errors: Vec<_> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.severity == "error")
        .collect();
    assert_eq!(errors.len(), missing, "{}", run.stderr);
    for e in &errors {
        assert_eq!(Path::new(&e.file), images);
        assert!(
            e.message.contains("image has no alt text") && e.message.contains("under “"),
            "{}",
            e.message
        );
        assert!(
            e.hint.as_deref().unwrap_or("").contains("Alt Text"),
            "a Word hint"
        );
    }
    assert_eq!(snapshot(site.path()), before, "check wrote something");
    // The body from the file's name; a clean document passes.
    let named = site.path().join("hmip.docx");
    std::fs::copy(docs().join("chapter.docx"), &named).unwrap();
    let clean = opcat(site.path(), &[OsStr::new("check"), named.as_os_str()]);
    assert_eq!(clean.code, Some(0), "{}", clean.stderr);
    // The same problems as `import` leaves to fix, there by line.
    let imported = import(site.path(), &images, &["--body", "hmip"]);
    let left: Vec<_> = imported
        .diagnostics()
        .into_iter()
        .filter(|d| d.severity == "error")
        .map(|d| d.message)
        .collect();
    assert_eq!(left.len(), errors.len());
    for (l, e) in left.iter().zip(&errors) {
        assert!(e.message.ends_with(l.as_str()), "{} / {l}", e.message);
    }
}

/// The importer and pandoc read the same documents alike: the same text,
/// headings, list items, table cells and notes. pandoc comes from PyPI
/// (`pypandoc_binary`), in a virtual environment under the target folder.
#[test]
fn the_importer_reads_what_pandoc_reads() {
    let python = python_venv(
        "pypandoc-binary-1.17",
        &["pypandoc_binary==1.17"],
        "import pypandoc; pypandoc.get_pandoc_path()",
    );
    let out = tempdir();
    let readable = readable();
    let files: Vec<PathBuf> = readable.iter().map(|(_, m)| file_of(m)).collect();
    let status = Command::new(&python)
        .arg(repo().join("tests/docx/pandoc_reference.py"))
        .arg("--out")
        .arg(out.path())
        .args(&files)
        .status()
        .expect("run pandoc");
    assert!(status.success());
    for (name, m) in &readable {
        let site = uk_site();
        let run = import(site.path(), &file_of(m), &["--body", "hmip"]);
        let f = facts(&written_chapter(&run, site.path()));
        let stem = file_of(m)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let p: Value = serde_json::from_str(
            &std::fs::read_to_string(out.path().join(format!("{stem}.pandoc.json"))).unwrap(),
        )
        .unwrap();
        assert_eq!(p["ok"], true, "{name}: pandoc failed");
        compare_with_pandoc(name, &f, &p);
    }
}

fn compare_with_pandoc(name: &str, f: &Facts, p: &Value) {
    // pandoc keeps the first heading as a heading where the chapter takes
    // it as its title; with a Title paragraph, both have it as the title.
    let mut ours: Vec<String> = vec![f.title.clone()];
    ours.extend(f.headings.iter().map(|h| h.1.clone()));
    let mut theirs: Vec<String> = p["title"].as_str().map(norm).into_iter().collect();
    theirs.extend(
        p["headings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| norm(h["text"].as_str().unwrap())),
    );
    assert_eq!(ours, theirs, "{name}: title and headings");
    let items: Vec<(String, u64, bool)> = p["list_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                norm(i["text"].as_str().unwrap()),
                i["depth"].as_u64().unwrap(),
                i["ordered"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(f.items, items, "{name}: list items");
    // pandoc leaves out the cells a merge covers; the importer leaves them
    // empty.
    let cells = |rows: Vec<Vec<String>>| -> Vec<Vec<String>> {
        rows.into_iter()
            .map(|r| r.into_iter().filter(|c| !c.is_empty()).collect())
            .collect()
    };
    let ours: Vec<Vec<Vec<String>>> = f.tables.iter().cloned().map(cells).collect();
    let theirs: Vec<Vec<Vec<String>>> = table_rows(&p["tables"]).into_iter().map(cells).collect();
    assert_eq!(ours, theirs, "{name}: table cells");
    assert_eq!(f.notes, strings(&p["notes"]), "{name}: notes");
    assert_paragraphs_in(&format!("{name}: pandoc's"), &p["paragraphs"], f);
}

/// A Word document written here, part by part: what the fixtures do not
/// hold, for the losses they do not show.
fn write_docx(path: &Path, body: &str, styles: &str, rels: &str, media: &[(&str, &[u8])]) {
    use std::io::Write as _;
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let ns = format!(
        "xmlns:w=\"{w}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
         xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" \
         xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" \
         xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \
         xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
    );
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    let mut put = |name: &str, bytes: &[u8]| {
        zip.start_file(name, opts).unwrap();
        zip.write_all(bytes).unwrap();
    };
    put("_rels/.rels", b"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    put(
        "word/document.xml",
        format!("<w:document {ns}><w:body>{body}</w:body></w:document>").as_bytes(),
    );
    put(
        "word/styles.xml",
        format!("<w:styles xmlns:w=\"{w}\">{styles}</w:styles>").as_bytes(),
    );
    put(
        "word/_rels/document.xml.rels",
        format!("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"st\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>{rels}</Relationships>").as_bytes(),
    );
    for (name, bytes) in media {
        put(name, bytes);
    }
    zip.finish().unwrap();
}

fn p(style: Option<&str>, inner: &str) -> String {
    let ppr = style.map_or_else(String::new, |s| {
        format!("<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>")
    });
    format!("<w:p>{ppr}{inner}</w:p>")
}

fn r(text: &str) -> String {
    format!("<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>")
}

#[test]
fn every_other_loss_is_reported_at_its_paragraph() {
    let styles = "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>\
        <w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>\
        <w:style w:type=\"paragraph\" w:styleId=\"Recommendation\"><w:name w:val=\"Recommendation\"/></w:style>";
    let h = |t: &str, bookmark: &str| {
        p(
            Some("Heading1"),
            &format!(
                "<w:bookmarkStart w:id=\"9\" w:name=\"{bookmark}\"/>{}<w:bookmarkEnd w:id=\"9\"/>",
                r(t)
            ),
        )
    };
    let toc = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\o \"1-3\" </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>".to_string() + &r("Contents entry") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    let nested = format!(
        "<w:tbl><w:tr><w:tc>{}</w:tc><w:tc><w:tbl><w:tr><w:tc>{}</w:tc></w:tr></w:tbl>{}</w:tc></w:tr></w:tbl>",
        p(None, &r("outer")),
        p(None, &r("inner")),
        p(None, "")
    );
    let picture = "<w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"p\" descr=\"A metafile\"/><a:graphic>\
        <a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:blipFill>\
        <a:blip r:embed=\"emf\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
    let body = [
        p(Some("Title"), &r("Losses made here")), // 1
        h("Fields", "_Fields"),                   // 2
        p(None, &toc),                            // 3: a table of contents
        h("Symbols", "_Symbols"),                 // 4
        p(
            None,
            &(r("A tick ") + "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r>"),
        ), // 5
        p(None, "<m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath>"), // 6: an equation
        h("Links", "_Links"),                     // 7
        p(
            None,
            &format!(
                "<w:bookmarkStart w:id=\"8\" w:name=\"_Body\"/>{}",
                r("A paragraph marked.")
            ),
        ), // 8
        p(
            None,
            &format!(
                "<w:hyperlink w:anchor=\"_Body\">{}</w:hyperlink>",
                r("to the paragraph")
            ),
        ), // 9
        p(
            None,
            &format!(
                "<w:hyperlink w:anchor=\"_Missing\">{}</w:hyperlink>",
                r("to nowhere")
            ),
        ), // 10
        h("Tables", "_Tables"),                   // 11
        nested,                                   // 12 outer, 13 inner, 14 empty
        h("Pictures", "_Pictures"),               // 15
        p(None, picture),                         // 16: a metafile
        p(
            Some("Recommendation"),
            &(r("To: Ministry of Nowhere") + "<w:r><w:br/></w:r>" + &r("Do it.")),
        ), // 17
    ]
    .concat();
    let rels = "<Relationship Id=\"emf\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/image1.emf\"/>";
    let site = uk_site();
    let file = site.path().join("losses-here.docx");
    write_docx(
        &file,
        &body,
        styles,
        rels,
        &[("word/media/image1.emf", &[1, 0, 0, 0, 0x6C, 0, 0, 0])],
    );
    let run = import(site.path(), &file, &["--body", "hmip", "--output", "-"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let got = document_warnings(&run, &file);
    let expect = [
        (
            "table of contents is left out",
            "paragraph 3, under “Fields”",
        ),
        ("symbol font", "paragraph 5, under “Symbols”"),
        (
            "equation is imported as plain text",
            "paragraph 6, under “Symbols”",
        ),
        (
            "not a heading now leads to the heading above it",
            "paragraph 9, under “Links”",
        ),
        (
            "`_Missing`, which is not in the document",
            "paragraph 10, under “Links”",
        ),
        ("table inside a table cell", "paragraph 13, under “Tables”"),
        (
            "a picture is not imported: image1.emf",
            "paragraph 16, under “Pictures”",
        ),
        (
            "`Ministry of Nowhere`, which is not an authority",
            "paragraph 17, under “Pictures”",
        ),
    ];
    for (words, place) in expect {
        assert!(
            got.iter().any(|g| g.contains(words) && g.contains(place)),
            "no warning `{words}` at {place}:\n{got:#?}"
        );
    }
    assert_eq!(got.len(), expect.len(), "{got:#?}");
    let md = &run.stdout;
    assert!(
        !md.contains("Contents entry"),
        "the table of contents is left out"
    );
    assert!(
        md.contains("x=1") && md.contains("| outer | inner |"),
        "{md}"
    );
    assert!(md.contains("[to the paragraph](#links)"), "{md}");
    assert!(
        md.contains("to nowhere") && !md.contains("[to nowhere]"),
        "{md}"
    );
    assert!(
        md.contains("::: recommendation {#hmip-2016-01}\nDo it.\n:::"),
        "{md}"
    );
}

/// Words Word marks as another language than the document's (`w:lang`)
/// come into the chapter as `[words]{lang=…}`, and so onto the page with
/// their `lang`; words in the document's own language, and a code run, do
/// not.
#[test]
fn words_word_marks_in_another_language_keep_it() {
    let lang = |tag: &str, text: &str| {
        format!(
            "<w:r><w:rPr><w:lang w:val=\"{tag}\"/></w:rPr><w:t xml:space=\"preserve\">{text}</w:t></w:r>"
        )
    };
    let (welsh, english) = ("Gwell dysg na golud", "is the motto");
    let styles = "<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault></w:docDefaults>\
        <w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>";
    let body = [
        p(Some("Title"), &r("Words in Welsh")),
        p(
            None,
            &(r("The board says ")
                + &lang("cy-GB", welsh)
                + &r(", which ")
                + &lang("en-US", english)
                + &r(".")),
        ),
    ]
    .concat();
    let site = uk_site();
    let file = site.path().join("welsh-words.docx");
    write_docx(&file, &body, styles, "", &[]);
    let run = import(site.path(), &file, &["--body", "hmip"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let chapter = written_chapter(&run, site.path());
    let text = std::fs::read_to_string(&chapter).expect("the chapter");
    assert!(
        text.contains(&format!(
            "The board says [{welsh}]{{lang=cy-GB}}, which {english}."
        )),
        "{text}"
    );
    // Built, the words are marked on the page.
    let out = site.path().join("public");
    crate::common::build(site.path(), "content", &out, &["--no-pdf"]).assert_success();
    let url = chapter
        .strip_prefix(site.path().join("content"))
        .expect("in content")
        .with_extension("");
    let page = crate::common::parse_html_file(&out.join(url).join("index.html"));
    let marked: Vec<String> = page
        .select(&crate::common::sel("main span[lang=cy-GB]"))
        .map(crate::common::text_of)
        .collect();
    assert_eq!(marked, [welsh]);
}
