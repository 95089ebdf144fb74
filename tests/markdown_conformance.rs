//! Markdown conformance: every example of the CommonMark 0.31.2 spec
//! (from the npm package commonmark-spec, which this test installs with
//! `npm ci` from tests/conformance/package-lock.json) and the
//! GFM extension examples pulldown-cmark publishes with its crate (tables,
//! strikethrough, task lists), through both of our renderers:
//!
//! - HTML: `markdown::to_html`, as chapters are rendered, compared with the
//!   spec's HTML after both are parsed and printed the same way (attribute
//!   order, whitespace between blocks, entities). Our own additions are
//!   undone first (see `ours_as_spec`); an example whose output differs
//!   because of the documented safety policy is counted as deliberately
//!   different, with its reason (see `policy`). Anything else fails.
//! - PDF: the example typeset as a chapter with templates/report.typ
//!   (`pdf::typeset_markdown`): it must compile, and the spec's visible text
//!   must be in the PDF's text (poppler's pdftotext).
//!
//! The counts are printed; any failure fails the test.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;

use common::*;
use pulldown_cmark::{Event, Parser, Tag};
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

/// The GFM extension examples pulldown-cmark's crate ships, as generated
/// Rust tests: `let original = r##"…"##;` and `let expected = r##"…"##;`.
fn gfm_examples() -> Vec<Example> {
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(repo())
        .stderr(Stdio::inherit())
        .output()
        .expect("run cargo metadata");
    assert!(out.status.success(), "cargo metadata failed");
    let meta: Value = serde_json::from_slice(&out.stdout).expect("cargo metadata's JSON");
    let manifest = meta["packages"]
        .as_array()
        .and_then(|ps| ps.iter().find(|p| p["name"] == "pulldown-cmark"))
        .and_then(|p| p["manifest_path"].as_str())
        .expect("pulldown-cmark among the packages");
    let suite = Path::new(manifest)
        .parent()
        .expect("the crate's folder")
        .join("tests/suite");
    let mut examples = Vec::new();
    for ext in ["table", "strikethrough", "tasklist"] {
        let path = suite.join(format!("gfm_{ext}.rs"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        let raw = |after: &str, from: usize| -> Option<(String, usize)> {
            let start = text[from..].find(after)? + from + after.len();
            let end = text[start..].find("\"##;")? + start;
            Some((text[start..end].to_string(), end))
        };
        let mut at = 0;
        let mut n = 0;
        while let Some((markdown, end)) = raw("let original = r##\"", at) {
            let (html, end) = raw("let expected = r##\"", end).expect("an expected output");
            n += 1;
            examples.push(Example {
                name: format!("GFM {ext} {n}"),
                section: format!("GFM {ext}"),
                markdown,
                html,
            });
            at = end;
        }
        assert!(n > 0, "no examples in {}", path.display());
    }
    examples
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
    let parser = Parser::new_ext(markdown, opcat_press::markdown::options());
    let mut reason = None;
    for event in parser {
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
    let events = Parser::new_ext(markdown, opcat_press::markdown::options()).filter_map(|e| {
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
            self.deliberate.values().map(Vec::len).sum::<usize>(),
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

    // HTML.
    let mut html = Tally::default();
    for ex in &examples {
        let ours = opcat_press::markdown::to_html(&ex.markdown, &resolve).html;
        if canonical(&ours, true) == canonical(&ex.html, false) {
            html.passed += 1;
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
                                    let ours =
                                        opcat_press::markdown::to_html(&marked, &resolve).html;
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
        "Markdown conformance (CommonMark 0.31.2: {commonmark}; GFM tables, strikethrough, task lists: {})\n",
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
