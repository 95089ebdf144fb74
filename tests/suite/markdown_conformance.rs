//! Markdown conformance: every example of the CommonMark 0.31.2 spec
//! (from the npm package commonmark-spec, which this test installs with
//! `npm ci` from tests/conformance/package-lock.json) and every extension
//! example of the GFM 0.29 spec (tables, strikethrough, extended autolinks,
//! task lists, the tag filter; its text comes in the source distribution of
//! the PyPI package marko, pinned by hash), through both of our renderers:
//!
//! - HTML: `markdown::to_html`, as chapters are rendered, compared with the
//!   spec's HTML after both are parsed and printed the same way (attribute
//!   order, whitespace between blocks, entities). Our own additions are
//!   undone first (see `ours_as_spec`); an example whose output differs
//!   because of the documented safety policy is counted as deliberately
//!   different, with its reason (see `policy`). Five CommonMark examples
//!   differ because chapters get GFM's extended autolinks (a bare
//!   `https://…` or `a@b.org` is a link): they count as deliberately
//!   different only if our HTML equals what cmark-gfm, GitHub's renderer
//!   (PyPI `cmarkgfm`), makes of them with its autolink extension, and
//!   that extension changes them. Anything else fails.
//! - PDF: the example typeset as a chapter with templates/report.typ
//!   (`pdf::typeset_markdown`): it must compile, and the spec's visible text
//!   must be in the PDF's text (poppler's pdftotext).
//!
//! The counts are printed; any failure fails the test.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;

use crate::common::*;
use pulldown_cmark::{Event, Tag};
use scraper::{ElementRef, Html, Node};
use serde_json::Value;

struct Example {
    /// `CommonMark 42` or `GFM table 3`.
    name: String,
    section: String,
    markdown: String,
    html: String,
}

fn conformance_dir() -> PathBuf {
    repo().join("tests").join("conformance")
}

/// CommonMark's examples, from the npm package (its `tests`, which it
/// reads from the spec's text, where `→` stands for a tab).
fn commonmark_examples() -> Vec<Example> {
    let dir = conformance_dir();
    npm_ci(&dir, "commonmark-spec");
    let out = Command::new("node")
        .args([
            "-e",
            "process.stdout.write(JSON.stringify(require('commonmark-spec').tests))",
        ])
        .current_dir(&dir)
        .output()
        .expect("run node");
    assert!(
        out.status.success(),
        "node could not read commonmark-spec: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let spec: Vec<Value> = serde_json::from_slice(&out.stdout).expect("the examples as JSON");
    let tabs = |v: &Value| v.as_str().expect("a string").replace('\u{2192}', "\t");
    spec.iter()
        .map(|e| Example {
            name: format!("CommonMark {}", e["number"]),
            section: e["section"].as_str().unwrap_or("").to_string(),
            markdown: tabs(&e["markdown"]),
            html: tabs(&e["html"]),
        })
        .collect()
}

/// The GFM 0.29 spec's extension examples (`example table`, `example
/// autolink`, …; its task-list examples are marked `disabled`), from the
/// spec's text in marko 2.2.4's source distribution on PyPI.
fn gfm_examples() -> Vec<Example> {
    let spec = pypi_sdist_file(
        "marko==2.2.4",
        "c042c66f835425673123d7536b39b4660de3b68e30078c70fd26245b31170683",
        "marko-2.2.4/tests/spec/gfm.txt",
    );
    assert!(
        spec.contains("title: GitHub Flavored Markdown Spec\nversion: 0.29"),
        "gfm.txt is not the GFM 0.29 spec"
    );
    let fence = "`".repeat(32);
    let mut examples = Vec::new();
    let mut numbers: BTreeMap<&str, usize> = BTreeMap::new();
    let mut lines = spec.lines();
    while let Some(line) = lines.next() {
        let Some(ext) = line.strip_prefix(&format!("{fence} example ")) else {
            continue;
        };
        let ext = match ext.trim() {
            "disabled" => "task list",
            "autolink" => "autolink",
            other => other,
        };
        let (mut markdown, mut html, mut in_html) = (String::new(), String::new(), false);
        for line in lines.by_ref() {
            if line == fence {
                break;
            } else if line == "." && !in_html {
                in_html = true;
            } else {
                let part = if in_html { &mut html } else { &mut markdown };
                part.push_str(&line.replace('\u{2192}', "\t"));
                part.push('\n');
            }
        }
        let n = numbers.entry(ext).or_default();
        *n += 1;
        examples.push(Example {
            name: format!("GFM {ext} {n}"),
            section: format!("GFM {ext}"),
            markdown,
            html,
        });
    }
    examples
}

/// What cmark-gfm (PyPI `cmarkgfm`, GitHub's renderer) makes of each
/// example with its autolink extension, or `None` where the extension
/// changes nothing (raw HTML passed through, as the spec's HTML has it).
fn cmark_gfm_autolinks(examples: &[Example]) -> Vec<Option<String>> {
    cmark_gfm(examples.iter().map(|e| e.markdown.as_str()), &["autolink"])
        .into_iter()
        .map(|(with, without)| (with != without).then_some(with))
        .collect()
}

/// cmark-gfm's HTML for each document, raw HTML passed through: with
/// `extensions` and without any.
fn cmark_gfm<'a>(
    docs: impl Iterator<Item = &'a str>,
    extensions: &[&str],
) -> Vec<(String, String)> {
    let python = python_venv(
        "cmarkgfm-2025.10.22",
        &["cmarkgfm==2025.10.22"],
        "import cmarkgfm",
    );
    let script = r#"
import json, sys, cmarkgfm
from cmarkgfm.cmark import Options
def html(md, extensions):
    return cmarkgfm.markdown_to_html_with_extensions(md, options=Options.CMARK_OPT_UNSAFE, extensions=extensions)
extensions, docs = json.load(sys.stdin)
json.dump([(html(md, extensions), html(md, [])) for md in docs], sys.stdout)
"#;
    let input = (extensions, docs.collect::<Vec<_>>());
    let mut child = Command::new(python)
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run cmarkgfm");
    let json = serde_json::to_vec(&input).expect("the examples as JSON");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), &json)
        .expect("send the examples to cmarkgfm");
    let out = child.wait_with_output().expect("cmarkgfm's output");
    assert!(out.status.success(), "cmarkgfm failed");
    serde_json::from_slice(&out.stdout).expect("cmarkgfm's JSON")
}

// ---------------------------------------------------------------------------
// The policy: where we differ from the spec on purpose
// ---------------------------------------------------------------------------

/// Link schemes chapters may use (the validator refuses others).
fn allowed(dest: &str) -> bool {
    match dest.split_once(':') {
        Some((scheme, _))
            if scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c)) =>
        {
            ["https", "http", "mailto", "tel"].contains(&scheme.to_ascii_lowercase().as_str())
        }
        _ => true,
    }
}

/// The site's link policy for chapters, as the resolver applies it.
fn resolve(dest: &str) -> Option<String> {
    allowed(dest).then(|| dest.to_string())
}

/// Why an example's output differs on purpose, if it does.
fn policy(markdown: &str) -> Option<&'static str> {
    let mut reason = None;
    for (event, _) in opcat_press::markdown::events(markdown) {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => {
                return Some("raw HTML is shown as text, never passed through");
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })
                if !allowed(&dest_url) =>
            {
                reason = Some(
                    "a link with a scheme other than https, http, mailto or tel is not made a link",
                );
            }
            _ => {}
        }
    }
    reason
}

/// What the policy alone makes of an example: pulldown-cmark's own HTML
/// writer, with the same options, over the same events with the policy
/// applied (raw HTML as text, links with other schemes unwrapped, images
/// with them left without a source). An example counts as deliberately
/// different only if our HTML equals this: a policy example with any other
/// difference fails.
fn policy_reference(markdown: &str) -> String {
    let mut unwrapped = Vec::new();
    let events = opcat_press::markdown::events(markdown).filter_map(|(e, _)| {
        Some(match e {
            Event::Html(t) | Event::InlineHtml(t) => Event::Text(t),
            Event::Start(Tag::Link { ref dest_url, .. }) => {
                let keep = allowed(dest_url);
                unwrapped.push(!keep);
                if !keep {
                    return None;
                }
                e
            }
            Event::End(pulldown_cmark::TagEnd::Link) => {
                if unwrapped.pop() == Some(true) {
                    return None;
                }
                e
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) if !allowed(&dest_url) => Event::Start(Tag::Image {
                link_type,
                dest_url: "".into(),
                title,
                id,
            }),
            e => e,
        })
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// Where we write the same thing differently from the spec's HTML, each
/// with why: the spec's HTML rewritten our way, and the reasons that
/// applied (none if nothing changed).
fn house_style(spec_html: &str) -> (String, Vec<&'static str>) {
    const REWRITES: &[(&str, &str, &str)] = &[
        (
            " align=\"",
            " style=\"text-align: ",
            "table column alignment is written as CSS: HTML5 made the align attribute obsolete",
        ),
        (
            "</thead>\n</table>",
            "</thead><tbody></tbody></table>",
            "a table with no body rows keeps an empty <tbody> (pulldown-cmark's writer)",
        ),
    ];
    let mut html = spec_html.to_string();
    let mut reasons = Vec::new();
    for (from, to, why) in REWRITES {
        if html.contains(from) {
            html = html.replace(from, to);
            reasons.push(*why);
        }
    }
    (html, reasons)
}

// ---------------------------------------------------------------------------
// HTML, printed one way
// ---------------------------------------------------------------------------

const BLOCKS: &[&str] = &[
    "blockquote",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Typographic punctuation (smart punctuation is on for chapters) as the
/// ASCII the spec writes.
fn plain_punctuation(s: &str) -> String {
    s.replace(['\u{2018}', '\u{2019}'], "'")
        .replace(['\u{201C}', '\u{201D}'], "\"")
        .replace('\u{2026}', "...")
        .replace('\u{2014}', "---")
        .replace('\u{2013}', "--")
}

#[derive(Debug, PartialEq)]
enum Token {
    Open(String, Vec<(String, String)>),
    Close(String),
    Text(String),
}

/// `html` printed canonically: tags with sorted attributes, text with
/// whitespace collapsed (kept as is inside <pre>), no whitespace next to a
/// block tag. `ours` first undoes what our renderer adds on purpose.
fn canonical(html: &str, ours: bool) -> String {
    let doc = Html::parse_fragment(html);
    let mut tokens = Vec::new();
    for child in doc.root_element().children() {
        walk(child, ours, false, &mut tokens);
    }
    let is_block = |t: Option<&Token>| match t {
        Some(Token::Open(n, _) | Token::Close(n)) => BLOCKS.contains(&n.as_str()),
        _ => false,
    };
    let mut out = String::new();
    for (i, t) in tokens.iter().enumerate() {
        match t {
            Token::Open(name, attrs) => {
                out.push('<');
                out.push_str(name);
                for (k, v) in attrs {
                    out.push_str(&format!(" {k}=\"{v}\""));
                }
                out.push('>');
            }
            Token::Close(name) => out.push_str(&format!("</{name}>")),
            Token::Text(text) => {
                let mut text = text.as_str();
                if is_block(i.checked_sub(1).and_then(|j| tokens.get(j))) {
                    text = text.trim_start();
                }
                if is_block(tokens.get(i + 1)) {
                    text = text.trim_end();
                }
                out.push_str(&text.replace('&', "&amp;").replace('<', "&lt;"));
            }
        }
    }
    out
}

fn walk(node: ego_tree::NodeRef<Node>, ours: bool, in_pre: bool, out: &mut Vec<Token>) {
    match node.value() {
        Node::Text(t) => {
            let text = if in_pre {
                t.to_string()
            } else {
                // ASCII whitespace only: a no-break space is content.
                let collapsed = t.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
                let lead =
                    t.starts_with(|c: char| c.is_ascii_whitespace()) && !collapsed.is_empty();
                let trail = t.ends_with(|c: char| c.is_ascii_whitespace());
                let text = format!(
                    "{}{collapsed}{}",
                    if lead { " " } else { "" },
                    if trail { " " } else { "" }
                );
                plain_punctuation(&text)
            };
            if let Some(Token::Text(prev)) = out.last_mut() {
                prev.push_str(&text);
            } else if !text.is_empty() {
                out.push(Token::Text(text));
            }
        }
        Node::Element(e) => {
            let el = ElementRef::wrap(node).expect("an element");
            let mut name = e.name().to_string();
            let mut attrs: Vec<(String, String)> = e
                .attrs()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            if ours {
                // The heading anchor, the table's scrolling wrapper and the
                // highlighter's spans are ours; so are headings' ids.
                if name == "a" && e.classes().any(|c| c == "anchor") {
                    return;
                }
                let unwrap = (name == "div" && e.classes().any(|c| c == "table-scroll"))
                    || (name == "span" && in_pre);
                if unwrap {
                    for child in node.children() {
                        walk(child, ours, in_pre, out);
                    }
                    return;
                }
                attrs.retain(|(k, _)| {
                    !(k == "id" && name.starts_with('h'))
                        && !(name == "pre" && (k == "class" || k == "data-lang"))
                        && !(name == "input" && (k == "class" || k == "aria-label"))
                });
            } else if name == "h1" {
                // The page's title is its only <h1>; text headings start at <h2>.
                name = "h2".into();
            }
            attrs.sort();
            out.push(Token::Open(name.clone(), attrs));
            // Code keeps its spaces as they are (code spans too).
            let pre = in_pre || name == "pre" || name == "code";
            for child in el.children() {
                walk(child, ours, pre, out);
            }
            if !matches!(name.as_str(), "br" | "hr" | "img" | "input") {
                out.push(Token::Close(name));
            }
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------
// Visible text, for the PDF
// ---------------------------------------------------------------------------

/// What a reader sees of the spec's HTML: its text, images' alt text, and
/// list markers as the PDF prints them (Typst's `•`, `‣`, `–` by depth for
/// bullets; `1.`, `2.`, ... from the list's start for numbers).
fn visible_text(html: &str) -> String {
    fn collect(node: ego_tree::NodeRef<Node>, bullets: usize, out: &mut String) {
        match node.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if e.name() == "img" => out.push_str(e.attr("alt").unwrap_or("")),
            // Hidden from readers (a heading's "#" anchor).
            Node::Element(e) if e.attr("aria-hidden") == Some("true") => {}
            // A task's box, as the PDF draws it.
            Node::Element(e) if e.name() == "input" => out.push(if e.attr("checked").is_some() {
                '\u{2611}'
            } else {
                '\u{2610}'
            }),
            Node::Element(e) if e.name() == "ul" || e.name() == "ol" => {
                let mut n: u64 = e.attr("start").and_then(|s| s.parse().ok()).unwrap_or(1);
                let depth = if e.name() == "ul" {
                    bullets + 1
                } else {
                    bullets
                };
                for child in node.children() {
                    if matches!(child.value(), Node::Element(li) if li.name() == "li") {
                        if e.name() == "ul" {
                            out.push_str(["\u{2022}", "\u{2023}", "\u{2013}"][(depth - 1) % 3]);
                        } else {
                            out.push_str(&format!("{n}."));
                            n += 1;
                        }
                    }
                    collect(child, depth, out);
                }
            }
            _ => {
                for child in node.children() {
                    collect(child, bullets, out);
                }
            }
        }
    }
    let doc = Html::parse_fragment(html);
    let mut out = String::new();
    collect(*doc.root_element(), 0, &mut out);
    out
}

/// Text compared without whitespace or typographic punctuation, which
/// layout and smart punctuation change, and without hyphens: pdftotext
/// joins a line that ends in one to the next and drops it.
fn comparable(text: &str) -> String {
    plain_punctuation(text)
        .chars()
        .filter(|c| !c.is_whitespace() && !['\u{AD}', '-'].contains(c))
        .collect()
}

const START: &str = "OPCATEXAMPLESTART";
const END: &str = "OPCATEXAMPLEEND";

/// The text between the markers.
fn between(text: &str) -> Option<String> {
    let (_, rest) = text.split_once(START)?;
    let (inside, _) = rest.split_once(END)?;
    Some(inside.to_string())
}

fn pdf_text(pdftotext: &Path, pdf: &[u8], dir: &Path, n: usize) -> String {
    let path = dir.join(format!("example-{n}.pdf"));
    std::fs::write(&path, pdf).expect("write the PDF");
    let out = Command::new(pdftotext)
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("run pdftotext");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

// ---------------------------------------------------------------------------
// The suite
// ---------------------------------------------------------------------------

#[derive(Default)]
struct Tally {
    passed: usize,
    deliberate: BTreeMap<&'static str, Vec<String>>,
    failed: Vec<String>,
}

impl Tally {
    fn line(&self, what: &str, total: usize) -> String {
        format!(
            "{what}: {total} examples: {} passed, {} deliberately different, {} failed",
            self.passed,
            // An example may differ for two reasons: counted once.
            self.deliberate
                .values()
                .flatten()
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            self.failed.len()
        )
    }
}

#[test]
fn every_spec_example_renders_as_html_and_as_pdf() {
    let mut examples = commonmark_examples();
    let commonmark = examples.len();
    assert_eq!(commonmark, 652, "CommonMark 0.31.2 has 652 examples");
    examples.extend(gfm_examples());
    let cmark_gfm = cmark_gfm_autolinks(&examples);

    // HTML.
    let mut html = Tally::default();
    for (ex, cmark_gfm) in examples.iter().zip(&cmark_gfm) {
        let ours =
            opcat_press::markdown::to_html(&ex.markdown, &resolve, &opcat_press::markdown::english)
                .html;
        if canonical(&ours, true) == canonical(&ex.html, false) {
            html.passed += 1;
        } else if let Some(theirs) = cmark_gfm
            && canonical(&ours, true) == canonical(theirs, false)
        {
            html.deliberate
                .entry("GFM's extended autolinks make a bare address a link, as cmark-gfm (GitHub) does")
                .or_default()
                .push(ex.name.clone());
        } else if let (spec, reasons) = house_style(&ex.html)
            && !reasons.is_empty()
            && canonical(&ours, true) == canonical(&spec, false)
        {
            for reason in reasons {
                html.deliberate
                    .entry(reason)
                    .or_default()
                    .push(ex.name.clone());
            }
        } else if let Some(reason) = policy(&ex.markdown)
            && canonical(&ours, true) == canonical(&policy_reference(&ex.markdown), false)
        {
            html.deliberate
                .entry(reason)
                .or_default()
                .push(ex.name.clone());
        } else {
            html.failed.push(format!(
                "{} ({}):\n--- markdown\n{}--- expected\n{}\n--- ours\n{}\n",
                ex.name,
                ex.section,
                ex.markdown,
                canonical(&ex.html, false),
                canonical(&ours, true)
            ));
        }
    }

    // PDF: every example typeset on its own, on two threads with room for
    // Typst's stack.
    let template =
        std::fs::read_to_string(repo().join("templates/report.typ")).expect("report.typ");
    let fonts = Arc::new(opcat_press::pdf::world::Fonts::load(
        &repo().join("theme/fonts"),
    ));
    let pdftotext = debian_tool("/usr/bin/pdftotext", "poppler-utils");
    let dir = tempdir();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<Result<(), String>>>> = examples
        .iter()
        .map(|_| std::sync::Mutex::new(None))
        .collect();
    std::thread::scope(|scope| {
        for _ in 0..2 {
            std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn_scoped(scope, || {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(ex) = examples.get(i) else { break };
                        // Markers around the example, so only its own text is
                        // compared, not the template's.
                        let marked = format!("{START}\n\n{}\n\n{END}\n", ex.markdown);
                        let result =
                            match opcat_press::pdf::typeset_markdown(&marked, &template, &fonts) {
                                Err(errors) => Err(format!(
                                    "{}: the PDF did not compile: {}",
                                    ex.name,
                                    errors.join("; ")
                                )),
                                Ok(pdf) => {
                                    // What the HTML page shows (the policy
                                    // applied) is what the PDF must show.
                                    let ours = opcat_press::markdown::to_html(
                                        &marked,
                                        &resolve,
                                        &opcat_press::markdown::english,
                                    )
                                    .html;
                                    let wanted = between(&comparable(&visible_text(&ours)));
                                    let text = between(&comparable(&pdf_text(
                                        &pdftotext,
                                        &pdf,
                                        dir.path(),
                                        i,
                                    )));
                                    match (text, wanted) {
                                        (Some(text), Some(wanted)) if text == wanted => Ok(()),
                                        (text, wanted) => Err(format!(
                                            "{}: the PDF shows {text:?}, the page {wanted:?}",
                                            ex.name
                                        )),
                                    }
                                }
                            };
                        *results[i].lock().expect("a result slot") = Some(result);
                    }
                })
                .expect("start a thread");
        }
    });
    let mut pdf = Tally::default();
    for (ex, r) in examples.iter().zip(results) {
        match r.into_inner().expect("a result slot") {
            Some(Ok(())) => pdf.passed += 1,
            // PDF/A needs every character drawn from a font: text in a
            // script the report's fonts lack is refused with an error.
            Some(Err(e))
                if e.contains("did not compile")
                    && e.split("; ").all(|m| m.contains("could not be displayed with font")) =>
            {
                pdf.deliberate
                    .entry("characters the report's fonts lack are refused (PDF/A draws every one from a font)")
                    .or_default()
                    .push(ex.name.clone())
            }
            Some(Err(e)) => pdf.failed.push(e),
            None => pdf.failed.push(format!("{}: not run", ex.name)),
        }
    }

    let total = examples.len();
    let mut summary = format!(
        "Markdown conformance (CommonMark 0.31.2: {commonmark}; GFM 0.29 extensions (tables, strikethrough, autolinks, task lists, tag filter): {})\n",
        total - commonmark
    );
    for (what, tally) in [("HTML", &html), ("PDF", &pdf)] {
        summary.push_str(&tally.line(what, total));
        summary.push('\n');
        for (reason, names) in &tally.deliberate {
            summary.push_str(&format!(
                "  deliberately different ({}): {reason}: {}\n",
                names.len(),
                names.join(", ")
            ));
        }
    }
    print!("{summary}");
    ci_summary("markdown-conformance", &summary);
    for f in html.failed.iter().chain(&pdf.failed).take(40) {
        println!("FAILED {f}");
    }
    assert!(
        html.failed.is_empty() && pdf.failed.is_empty(),
        "{}\n{}",
        html.line("HTML", total),
        pdf.line("PDF", total)
    );
}

/// The links in a page, but for our headings' anchors: (href, text), in
/// order.
fn links_in(html: &str) -> Vec<(String, String)> {
    let doc = Html::parse_fragment(html);
    let a = scraper::Selector::parse("a:not(.anchor)").expect("a selector");
    doc.select(&a)
        .map(|a| {
            let href = a.value().attr("href").unwrap_or("").to_string();
            (href, a.text().collect())
        })
        .collect()
}

/// Text made of the pieces addresses are made of (schemes, `www.`, dots,
/// brackets, trailing punctuation, `&x;`, `@`, letters beyond ASCII), as
/// a member body might write them, rendered by us and by cmark-gfm with
/// its autolink extension: the same links, with the same text. 10,000
/// documents from a fixed seed; those the safety policy changes (raw HTML,
/// links with other schemes) are left out, and so are those with emphasis:
/// cmark-gfm finds an address before emphasis, we after, so an `_` (or `*`,
/// `~`) inside an address that pairs with one after it is read differently
/// (README, Standards). `*` and `~` are not among the pieces for that
/// reason; `_` is, as addresses hold it. Nor are those where cmark-gfm
/// makes a broken link from `mailto:@…`: `mailto:` with nothing before the
/// `@` is linked (`mailto:@x.org`), and an address after it loses its
/// `mailto:` (`mailto:@a@b.org` links to `a@b.org`, a relative address).
#[test]
fn bare_addresses_are_linked_as_cmark_gfm_links_them() {
    const PIECES: &[&str] = &[
        "www.", "www.", "http://", "https://", "ftp://", "mailto:", "gov", "uk", "example", "a1",
        "b", ".", ".", "-", "_", "/", "?", "!", ",", ":", "(", ")", ")", "&", ";", "amp", "@", "@",
        "+", " ", " ", "\u{e9}", "\u{4f8b}", "x", "=", "#", "%20", "\n", "1",
    ];
    let mut seed: u64 = 0x5eed_0ca7;
    let mut next = move || {
        // xorshift64*: the same documents every run.
        seed ^= seed >> 12;
        seed ^= seed << 25;
        seed ^= seed >> 27;
        seed.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    let docs: Vec<String> = (0..10_000)
        .map(|_| {
            let n = 3 + next() % 14;
            (0..n)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect()
        })
        .collect();
    let docs: Vec<&String> = docs.iter().filter(|d| policy(d).is_none()).collect();
    let theirs = cmark_gfm(docs.iter().map(|d| d.as_str()), &["autolink"]);
    let mut linked = 0;
    let mut differ = Vec::new();
    let mut emphasis = 0;
    let mut broken = 0;
    for (doc, (theirs, _)) in docs.iter().zip(&theirs) {
        let html =
            opcat_press::markdown::to_html(doc, &resolve, &opcat_press::markdown::english).html;
        if html.contains("<em>") || html.contains("<strong>") {
            emphasis += 1;
            continue;
        }
        let ours = links_in(&html);
        let theirs = links_in(theirs);
        if theirs
            .iter()
            .any(|(href, _)| href.starts_with("mailto:@") || !href.contains(':'))
        {
            broken += 1;
            continue;
        }
        linked += usize::from(!ours.is_empty());
        if ours != theirs {
            differ.push(format!(
                "{doc:?}\n  cmark-gfm: {theirs:?}\n  ours:      {ours:?}"
            ));
        }
    }
    println!(
        "{} documents ({emphasis} with emphasis, {broken} with cmark-gfm's broken mailto: links left out), {linked} with links, {} linked differently",
        docs.len(),
        differ.len()
    );
    assert!(
        linked > docs.len() / 6,
        "too few documents have links to test anything"
    );
    assert!(
        differ.is_empty(),
        "{} of {} documents are linked differently from cmark-gfm:\n{}",
        differ.len(),
        docs.len(),
        differ[..differ.len().min(25)].join("\n")
    );
}
