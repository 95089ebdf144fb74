//! Markdown, the way chapters and pages are written. `analyze` finds what the
//! validator checks (headings, links, images, raw HTML, words); `to_html`
//! renders it. Chapter text is not trusted: raw HTML becomes visible text and
//! only link targets the resolver approves become links. Pure functions: no
//! I/O.

mod autolink;
mod highlight;

pub use highlight::pulldown_cmark_escape as escape_html;
mod html;
pub mod recommendations;
pub(crate) mod spans;
pub mod typst;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Tag, TagEnd};
use serde::Serialize;

pub use autolink::events;
pub use highlight::syntax_css;
pub(crate) use html::recommendation_anchor;
pub use html::{Rendered, WORDS, to_html, to_html_with_ids};

/// The renderer's words in English, as the en-GB catalogue has them, for
/// tests and tools that render without a catalogue.
pub fn english(id: &str, n: usize) -> String {
    match id {
        "recommendation-label" => format!("Recommendation {n}"),
        "table-label" => format!("Table {n}"),
        "task-done" => "Done".into(),
        "task-not-done" => "Not done".into(),
        "notes" => "Notes".into(),
        "note-back" => format!("Back to reference {n}"),
        _ => id.to_string(),
    }
}

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

#[derive(Debug, Clone, Serialize)]
pub struct TocEntry {
    pub level: u8,
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub range: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct LinkRef {
    pub dest: String,
    /// The whole link or image in the Markdown source.
    pub range: Range<usize>,
    pub is_image: bool,
    /// Image alt text, or link text.
    pub text: String,
    pub autolink: bool,
    /// An address written as plain text (GFM's extended autolinks): where
    /// the link policy refuses it, it stays text.
    pub bare: bool,
}

/// What the validator needs to know about a document.
#[derive(Debug, Default)]
pub struct Analysis {
    pub headings: Vec<Heading>,
    pub links: Vec<LinkRef>,
    pub raw_html: Vec<Range<usize>>,
    pub words: usize,
    /// Notes referenced only from inside other notes, where each such
    /// reference is: the PDF cannot place them.
    pub notes_in_notes: Vec<(String, Range<usize>)>,
    /// Each note referenced from the text, by its label, at its first
    /// reference, in order.
    pub notes: Vec<(String, Range<usize>)>,
    /// Addresses in the text that end where emphasis starts (`__init__`
    /// in a URL): the link leaves out the rest of what was meant.
    pub cut_addresses: Vec<Range<usize>>,
    /// The `::: recommendation` blocks, and what is malformed in them and
    /// in the `::: {lang=…}` passages.
    pub recommendations: Vec<recommendations::Block>,
    pub recommendation_problems: Vec<recommendations::Problem>,
}

impl Analysis {
    pub fn heading_ids(&self) -> HashSet<String> {
        self.headings.iter().map(|h| h.id.clone()).collect()
    }
}

/// Feeds an event met inside a code block (`code` is its language and text
/// so far); at the block's end, gives back its language and text.
pub(crate) fn collect_code(
    code: &mut Option<(String, String)>,
    event: &Event,
) -> Option<(String, String)> {
    match event {
        Event::Text(t) => {
            if let Some((_, text)) = code.as_mut() {
                text.push_str(t);
            }
            None
        }
        Event::End(TagEnd::CodeBlock) => code.take(),
        _ => None,
    }
}

/// A code block's language: the first word of a fence's info string.
pub(crate) fn code_lang(kind: pulldown_cmark::CodeBlockKind) -> String {
    match kind {
        pulldown_cmark::CodeBlockKind::Fenced(info) => {
            info.split_whitespace().next().unwrap_or("").to_string()
        }
        pulldown_cmark::CodeBlockKind::Indented => String::new(),
    }
}

pub(crate) fn level(l: HeadingLevel) -> u8 {
    l as u8
}

/// Gives each heading an id from its text (`Inspections in 2016` →
/// `inspections-in-2016`), unique within the document, unless the author
/// wrote one with `{#id}`; or, for a translation, the original's heading
/// ids in order, so that links into it work in either language.
#[derive(Default)]
pub(crate) struct HeadingIds {
    seen: HashMap<String, usize>,
    forced: Vec<String>,
    given: usize,
}

impl HeadingIds {
    /// Ids for a translation: the `i`-th heading gets `forced[i]`.
    pub(crate) fn forced(forced: &[String]) -> HeadingIds {
        HeadingIds {
            forced: forced.to_vec(),
            ..HeadingIds::default()
        }
    }

    pub(crate) fn next(&mut self, explicit: Option<&str>, text: &str) -> String {
        self.given += 1;
        if let Some(id) = self.forced.get(self.given - 1) {
            *self.seen.entry(id.clone()).or_insert(0) += 1;
            return id.clone();
        }
        let base = match explicit.map(slugify).filter(|s| !s.is_empty()) {
            Some(id) => id,
            None => {
                let s = slugify(text);
                if s.is_empty() {
                    "section".to_string()
                } else {
                    s
                }
            }
        };
        let n = self.seen.entry(base.clone()).or_insert(0);
        *n += 1;
        if *n == 1 {
            base
        } else {
            format!("{base}-{}", *n - 1)
        }
    }
}

/// Lowercase letters and digits, words joined by `-`. Non-ASCII letters are
/// kept (Welsh `ŵ` stays), punctuation dropped.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else if c.is_whitespace() || c == '-' || c == '_' {
            dash = true;
        }
    }
    out
}

/// The words of some Markdown without its markup, for a plain-text copy
/// (a recommendation in the PDF's compilation): text and code kept, notes
/// and raw HTML left out, blocks and breaks as spaces.
pub fn plain_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut in_note = 0usize;
    let (inline, _) = spans::scan(md);
    let marked = spans::mark(md, &inline);
    for event in pulldown_cmark::Parser::new_ext(&marked, options()) {
        match event {
            Event::Start(Tag::FootnoteDefinition(_)) => in_note += 1,
            Event::End(TagEnd::FootnoteDefinition) => in_note = in_note.saturating_sub(1),
            Event::Text(t) | Event::Code(t) if in_note == 0 => out.push_str(&spans::plain(&t)),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One pass over the document, in source order, with byte ranges.
pub fn analyze(src: &str) -> Analysis {
    let (blocks, mut problems) = recommendations::scan(src);
    let blanked = recommendations::blank(src, &blocks);
    let (inline, span_problems) = spans::scan(&blanked);
    problems.extend(span_problems);
    let marked = spans::mark(&blanked, &inline);
    let mut a = Analysis {
        recommendations: blocks
            .into_iter()
            .filter(|b| b.kind == recommendations::Kind::Recommendation)
            .collect(),
        recommendation_problems: problems,
        ..Analysis::default()
    };
    let src: &str = &marked;
    let mut ids = HeadingIds::default();
    // (start of tag, explicit id, level, collected text)
    let mut heading: Option<(usize, Option<String>, u8, String)> = None;
    let mut link_stack: Vec<(LinkRef, bool)> = Vec::new();
    let mut in_code_block = false;
    let mut in_note = false;
    let mut in_text: HashSet<String> = HashSet::new();
    let mut in_notes: Vec<(String, Range<usize>)> = Vec::new();
    // Text is counted a run at a time: the parser splits it at quotes,
    // entities and links, which are not word breaks.
    let mut words = String::new();
    // Where the last bare address ended, for the event right after it.
    let mut bare_end: Option<(usize, Range<usize>)> = None;
    for (event, range) in autolink::events(src) {
        if let Some((end, link)) = bare_end.take()
            && range.start == end
            && matches!(
                event,
                Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough)
            )
        {
            a.cut_addresses.push(link);
        }
        if !words.is_empty() && !matches!(event, Event::Text(_) | Event::Code(_)) {
            let links_and_emphasis = matches!(
                event,
                Event::Start(Tag::Link { .. } | Tag::Emphasis | Tag::Strong | Tag::Strikethrough)
                    | Event::End(
                        TagEnd::Link | TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough
                    )
            );
            if !links_and_emphasis {
                a.words += words.split_whitespace().count();
                words.clear();
            }
        }
        match event {
            Event::Start(Tag::Heading { level: l, id, .. }) => {
                heading = Some((
                    range.start,
                    id.map(|s| s.to_string()),
                    level(l),
                    String::new(),
                ));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((start, explicit, level, text)) = heading.take() {
                    let id = ids.next(explicit.as_deref(), &text);
                    a.headings.push(Heading {
                        level,
                        id,
                        range: start..range.end,
                    });
                }
            }
            Event::Start(Tag::Link {
                ref dest_url,
                link_type,
                ..
            })
            | Event::Start(Tag::Image {
                ref dest_url,
                link_type,
                ..
            }) => {
                let is_image = matches!(event, Event::Start(Tag::Image { .. }));
                let autolink = matches!(link_type, LinkType::Autolink | LinkType::Email);
                let dest = if link_type == LinkType::Email {
                    format!("mailto:{dest_url}")
                } else {
                    dest_url.to_string()
                };
                let bare = autolink && !src[range.start..].starts_with('<');
                link_stack.push((
                    LinkRef {
                        dest,
                        range: range.clone(),
                        is_image,
                        text: String::new(),
                        autolink,
                        bare,
                    },
                    is_image,
                ));
            }
            Event::End(TagEnd::Link) | Event::End(TagEnd::Image) => {
                if let Some((link, _)) = link_stack.pop() {
                    if let Some((outer, _)) = link_stack.last_mut() {
                        outer.text.push_str(&link.text);
                    }
                    if link.bare {
                        bare_end = Some((range.end, link.range.clone()));
                    }
                    a.links.push(link);
                }
            }
            Event::Start(Tag::CodeBlock(_)) => in_code_block = true,
            Event::End(TagEnd::CodeBlock) => in_code_block = false,
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, _, text)) = heading.as_mut() {
                    text.push_str(&t);
                }
                if let Some((link, _)) = link_stack.last_mut() {
                    link.text.push_str(&t);
                }
                if !in_code_block {
                    words.push_str(&t);
                }
                continue;
            }
            Event::Html(_) | Event::InlineHtml(_) => a.raw_html.push(range),
            Event::Start(Tag::FootnoteDefinition(_)) => in_note = true,
            Event::End(TagEnd::FootnoteDefinition) => in_note = false,
            Event::FootnoteReference(label) if in_note => {
                in_notes.push((label.to_string(), range));
            }
            Event::FootnoteReference(label) if in_text.insert(label.to_string()) => {
                a.notes.push((label.to_string(), range));
            }
            _ => {}
        }
    }
    a.words += words.split_whitespace().count();
    a.links.sort_by_key(|l| l.range.start);
    a.notes_in_notes = in_notes
        .into_iter()
        .filter(|(label, _)| !in_text.contains(label))
        .collect();
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(src: &str) -> String {
        to_html(src, &|d| Some(d.to_string()), &english).html
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = render("Hi <script>alert(1)</script>\n\n<div onclick=\"x()\">a</div>\n");
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(!html.contains("<div onclick"), "{html}");
    }

    #[test]
    fn refused_links_keep_their_text_only() {
        let html = to_html("[click](javascript:alert(1))", &|_| None, &english).html;
        assert_eq!(html, "<p>click</p>\n");
    }

    #[test]
    fn headings_get_unique_ids_anchors_and_a_toc() {
        let r = to_html(
            "# Top\n\n## Visits in 2016\n\n## Visits in 2016\n\n### Detail {#own}\n",
            &|d| Some(d.into()),
            &english,
        );
        assert!(
            r.html.contains(r#"<h2 id="top">"#),
            "h1 demoted: {}",
            r.html
        );
        assert!(
            r.html.contains(r#"<h2 id="visits-in-2016-1">"#),
            "{}",
            r.html
        );
        assert!(r.html.contains(r##"href="#own""##), "{}", r.html);
        let ids: Vec<_> = r.toc.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["top", "visits-in-2016", "visits-in-2016-1", "own"]);
        let a: Vec<_> =
            analyze("# Top\n\n## Visits in 2016\n\n## Visits in 2016\n\n### Detail {#own}\n")
                .headings
                .into_iter()
                .map(|h| h.id)
                .collect();
        assert_eq!(a, ids, "analyze and render must agree on ids");
    }

    #[test]
    fn footnotes_are_numbered_by_first_reference_and_link_back() {
        let html = render("B[^b] then A[^a].\n\n[^a]: Note A.\n[^b]: Note B.\n");
        let b = html.find(r#"<li id="fn-b">"#).unwrap();
        let a = html.find(r#"<li id="fn-a">"#).unwrap();
        assert!(b < a, "{html}");
        assert!(
            html.contains(r##"<a href="#fn-b" id="fnref-b" role="doc-noteref">1</a>"##),
            "{html}"
        );
        assert!(html.contains(r##"href="#fnref-a""##), "{html}");
    }

    #[test]
    fn task_list_checkboxes_have_accessible_names() {
        let html = render("- [x] sent\n- [ ] checked\n");
        assert!(
            html.contains(r#"disabled checked aria-label="Done""#),
            "{html}"
        );
        assert!(html.contains(r#"aria-label="Not done""#), "{html}");
    }

    #[test]
    fn tables_scroll_in_a_labelled_region() {
        let html = render("| a | b |\n|:--|--:|\n| 1 | 2 |\n");
        assert!(
            html.starts_with(r#"<div class="table-scroll" role="region""#),
            "{html}"
        );
        // Each region is named by its place, so two are told apart.
        let two = render("| a |\n|---|\n| 1 |\n\ntext\n\n| b |\n|---|\n| 2 |\n");
        let first = two.find(r#"aria-label="Table 1" tabindex="0""#);
        let second = two.find(r#"aria-label="Table 2" tabindex="0""#);
        assert!(first.is_some() && second > first, "{two}");
        assert!(
            html.trim_end().ends_with("</table>\n</div>")
                || html.trim_end().ends_with("</table></div>"),
            "{html}"
        );
    }

    #[test]
    fn analyze_finds_notes_referenced_only_inside_notes() {
        let src = "Text.[^a] More.[^c]\n\n[^a]: Cites [^b] and [^c].\n\n[^b]: Inner.\n\n[^c]: Also in the text.\n";
        let a = analyze(src);
        let found: Vec<(&str, &str)> = a
            .notes_in_notes
            .iter()
            .map(|(l, r)| (l.as_str(), &src[r.clone()]))
            .collect();
        assert_eq!(found, [("b", "[^b]")]);
        assert!(analyze("A.[^a]\n\n[^a]: B.\n").notes_in_notes.is_empty());
    }

    #[test]
    fn analyze_finds_addresses_cut_short_by_emphasis() {
        let src = "See https://x.org/a/__init__.py, *www.y.org*, https://z.org/ _a_ and https://w.org/_a b_.\n";
        let cut: Vec<&str> = analyze(src)
            .cut_addresses
            .iter()
            .map(|r| &src[r.clone()])
            .collect();
        assert_eq!(cut, ["https://x.org/a/", "https://w.org/"]);
    }

    #[test]
    fn analyze_finds_links_images_and_words() {
        let a = analyze(
            "Two words [link](a.md#x) ![alt text](img.png)\n\n```\nnot counted here\n```\n",
        );
        let dests: Vec<_> = a
            .links
            .iter()
            .map(|l| (l.dest.as_str(), l.is_image, l.text.as_str()))
            .collect();
        assert_eq!(
            dests,
            [("a.md#x", false, "link"), ("img.png", true, "alt text")]
        );
        assert_eq!(a.words, 5);
        // Quotes, entities, emphasis and links found in the text split the
        // parser's text, not the words.
        assert_eq!(analyze("Don't &amp; *w*ord see www.gov.uk.\n").words, 5);
    }
}
