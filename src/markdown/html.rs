//! Markdown → HTML for pages and chapters. Raw HTML in the text becomes
//! visible text, and only destinations the caller's resolver approves
//! become links or images.

use std::collections::HashMap;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Tag, TagEnd, html};

use super::recommendations::{self, Mark, Placer};
use super::{HeadingIds, TocEntry, code_lang, collect_code, highlight, level, slugify, spans};

/// The rendered document.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub html: String,
    pub toc: Vec<TocEntry>,
}

/// The words the renderer writes itself, as ids of the catalogue's
/// `chapter-<id>` messages (`$number`: the recommendation's, table's or
/// note's number in the text; the notes' count for `notes`).
pub const WORDS: [&str; 6] = [
    "recommendation-label",
    "table-label",
    "task-done",
    "task-not-done",
    "notes",
    "note-back",
];

/// Renders Markdown to HTML. `resolve` turns a link or image destination
/// into the `href`/`src` to write, or `None` when it must not become a link
/// (the validator reports why); `words` gives the words the renderer
/// writes itself, in the site's language: `words(id, n)` for the message
/// `chapter-<id>` with `$number` n ([`WORDS`] lists the ids).
pub fn to_html(
    src: &str,
    resolve: &dyn Fn(&str) -> Option<String>,
    words: &dyn Fn(&str, usize) -> String,
) -> Rendered {
    to_html_with_ids(src, &[], resolve, words)
}

/// [`to_html`] for a translation: its headings take `heading_ids`, the
/// original's, in order.
pub fn to_html_with_ids(
    src: &str,
    heading_ids: &[String],
    resolve: &dyn Fn(&str) -> Option<String>,
    words: &dyn Fn(&str, usize) -> String,
) -> Rendered {
    let (blocks, _) = recommendations::scan(src);
    let blanked = recommendations::blank(src, &blocks);
    let (inline, _) = spans::scan(&blanked);
    let marked = spans::mark(&blanked, &inline);
    let mut placer = Placer::new(&blocks);
    let mut run = Run {
        span_tags: inline.into_iter().map(|s| s.tag).collect(),
        next_span: 0,
        resolve,
        words,
        ids: HeadingIds::forced(heading_ids),
        toc: Vec::new(),
        out: Vec::new(),
        notes: Vec::new(),
        note_numbers: HashMap::new(),
        in_note: None,
        heading: None,
        code: None,
        open_links: Vec::new(),
        tables: 0,
    };
    for (event, range) in super::autolink::events(&marked) {
        for mark in placer.before(&event, range.start) {
            run.mark(mark, &blocks);
        }
        run.event(event);
    }
    for mark in placer.finish() {
        run.mark(mark, &blocks);
    }
    run.finish(src.len())
}

/// One pass over a text's events: the state of the conversion, and a
/// method per kind of event that needs more than passing through.
struct Run<'a, 'r> {
    resolve: &'r dyn Fn(&str) -> Option<String>,
    words: &'r dyn Fn(&str, usize) -> String,
    ids: HeadingIds,
    toc: Vec<TocEntry>,
    out: Vec<Event<'a>>,
    /// Footnote definitions are gathered and printed once, at the end.
    notes: Vec<(String, Vec<Event<'a>>)>,
    note_numbers: HashMap<String, usize>,
    in_note: Option<(String, Vec<Event<'a>>)>,
    heading: Option<OpenHeading<'a>>,
    /// An open code block: its language and text.
    code: Option<(String, String)>,
    /// For each open link, whether it is written as a link.
    open_links: Vec<bool>,
    tables: usize,
    /// The language of each `[words]{lang=…}` span, in order, and how many
    /// have been opened.
    span_tags: Vec<String>,
    next_span: usize,
}

/// A heading being rendered: its level, explicit id, events and text.
struct OpenHeading<'a> {
    level: u8,
    explicit: Option<String>,
    inner: Vec<Event<'a>>,
    text: String,
}

impl<'a> Run<'a, '_> {
    /// Adds an event where it belongs now: the open heading, the open
    /// footnote definition, or the text.
    fn push(&mut self, event: Event<'a>) {
        if let Some(h) = self.heading.as_mut() {
            h.inner.push(event);
        } else if let Some((_, evs)) = self.in_note.as_mut() {
            evs.push(event);
        } else {
            self.out.push(event);
        }
    }

    /// A recommendation's wrapper, a group named by its number; a passage
    /// in another language, a `div` with its `lang`.
    fn mark(&mut self, mark: Mark, blocks: &[recommendations::Block]) {
        let html = match mark {
            Mark::Open(i) => match &blocks[i].kind {
                // The tag was parsed as BCP 47: letters, digits and `-`.
                recommendations::Kind::Language(tag) => format!(r#"<div lang="{tag}">"#),
                recommendations::Kind::Recommendation => {
                    let n = recommendations::ordinal(blocks, i);
                    let id = recommendation_anchor(&blocks[i], n);
                    format!(
                        r#"<div class="recommendation" id="{id}" role="group" aria-labelledby="{id}-label"><p class="recommendation-label" id="{id}-label">{}</p>"#,
                        super::escape_html(&(self.words)("recommendation-label", n + 1))
                    )
                }
            },
            Mark::Close => "</div>".to_string(),
        };
        self.push(Event::Html(html.into()));
    }

    fn event(&mut self, event: Event<'a>) {
        if self.code.is_some() {
            return self.in_code(event);
        }
        let Some(event) = self.translate(event) else {
            return;
        };
        if let Some(h) = self.heading.as_mut()
            && let Event::Text(t) | Event::Code(t) = &event
        {
            h.text.push_str(&spans::plain(t));
        }
        match event {
            Event::Text(t) if t.contains([spans::OPEN, spans::CLOSE]) => self.push_spans(&t),
            event => self.push(event),
        }
    }

    /// Text with words in another language: each span as `<span lang>`.
    fn push_spans(&mut self, text: &str) {
        for piece in spans::pieces(text) {
            let event = match piece {
                spans::Piece::Text(t) => Event::Text(CowStr::from(t.to_string())),
                spans::Piece::Open => {
                    let tag = self.span_tags.get(self.next_span).cloned();
                    self.next_span += 1;
                    // The tag was parsed as BCP 47: letters, digits and `-`.
                    let tag = tag.unwrap_or_default();
                    Event::Html(CowStr::from(format!(r#"<span lang="{tag}">"#)))
                }
                spans::Piece::Close => Event::Html(CowStr::Borrowed("</span>")),
            };
            self.push(event);
        }
    }

    /// Code blocks: collect the text, highlight at the end.
    fn in_code(&mut self, event: Event<'a>) {
        if let Some((lang, text)) = collect_code(&mut self.code, &event) {
            let html = highlight::block(&lang, &text);
            self.push(Event::Html(html.into()));
        }
    }

    /// The event to write for `event`, or `None` when it is kept for later
    /// or not written.
    fn translate(&mut self, event: Event<'a>) -> Option<Event<'a>> {
        Some(match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                self.code = Some((code_lang(kind), String::new()));
                return None;
            }
            // Raw HTML is shown, never interpreted.
            Event::Html(t) | Event::InlineHtml(t) => Event::Text(t),
            Event::Start(Tag::Heading { level: l, id, .. }) => {
                // The page's title is its only <h1>: text headings start at h2.
                self.heading = Some(OpenHeading {
                    level: level(l).max(2),
                    explicit: id.map(|s| s.to_string()),
                    inner: Vec::new(),
                    text: String::new(),
                });
                return None;
            }
            Event::End(TagEnd::Heading(_)) => {
                self.end_heading();
                return None;
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => return self.start_link(link_type, &dest_url, title, id),
            Event::End(TagEnd::Link) => {
                return (self.open_links.pop() == Some(true)).then_some(Event::End(TagEnd::Link));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Image {
                link_type,
                // An image that may not be shown keeps its alt text only.
                dest_url: (self.resolve)(&dest_url).map_or(CowStr::Borrowed(""), Into::into),
                title,
                id,
            }),
            // A table wider than the screen scrolls in its own region, which
            // a keyboard can reach and a screen reader names: "Table 2", so
            // two regions on a page are told apart.
            Event::Start(Tag::Table(_)) => {
                self.tables += 1;
                self.push(Event::Html(
                    format!(
                        r#"<div class="table-scroll" role="region" aria-label="{}" tabindex="0">"#,
                        super::escape_html(&(self.words)("table-label", self.tables))
                    )
                    .into(),
                ));
                event
            }
            Event::End(TagEnd::Table) => {
                self.push(event);
                self.push(Event::Html("</div>".into()));
                return None;
            }
            // A checkbox needs a name for screen readers; the state is its label.
            Event::TaskListMarker(done) => {
                let (checked, label) = if done {
                    (" checked", "task-done")
                } else {
                    ("", "task-not-done")
                };
                let label = super::escape_html(&(self.words)(label, 0));
                Event::Html(
                    format!(r#"<input type="checkbox" class="task" disabled{checked} aria-label="{label}"> "#)
                        .into(),
                )
            }
            Event::FootnoteReference(label) => self.footnote_reference(&label),
            Event::Start(Tag::FootnoteDefinition(label)) => {
                self.in_note = Some((label.to_string(), Vec::new()));
                return None;
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                if let Some(note) = self.in_note.take() {
                    self.notes.push(note);
                }
                return None;
            }
            other => other,
        })
    }

    fn end_heading(&mut self) {
        let Some(h) = self.heading.take() else {
            return;
        };
        let id = self.ids.next(h.explicit.as_deref(), &h.text);
        let tag = Tag::Heading {
            level: heading_level(h.level),
            id: Some(id.clone().into()),
            classes: Vec::new(),
            attrs: Vec::new(),
        };
        let in_note = self.in_note.is_some();
        let target = match self.in_note.as_mut() {
            Some((_, evs)) => evs,
            None => &mut self.out,
        };
        target.push(Event::Start(tag));
        target.extend(h.inner);
        target.push(Event::Html(
            format!(r##" <a class="anchor" href="#{id}" aria-hidden="true" tabindex="-1">#</a>"##)
                .into(),
        ));
        target.push(Event::End(TagEnd::Heading(heading_level(h.level))));
        if !in_note && (h.level == 2 || h.level == 3) {
            self.toc.push(TocEntry {
                level: h.level,
                id,
                title: h.text.trim().to_string(),
            });
        }
    }

    fn start_link(
        &mut self,
        link_type: LinkType,
        dest_url: &str,
        title: CowStr<'a>,
        id: CowStr<'a>,
    ) -> Option<Event<'a>> {
        let dest = if link_type == LinkType::Email {
            format!("mailto:{dest_url}")
        } else {
            dest_url.to_string()
        };
        let href = (self.resolve)(&dest);
        self.open_links.push(href.is_some());
        Some(Event::Start(Tag::Link {
            link_type: LinkType::Inline,
            dest_url: href?.into(),
            title,
            id,
        }))
    }

    fn footnote_reference(&mut self, label: &str) -> Event<'a> {
        let next = self.note_numbers.len() + 1;
        let first = !self.note_numbers.contains_key(label);
        let n = *self.note_numbers.entry(label.to_string()).or_insert(next);
        let slug = note_slug(label);
        let back_id = if first {
            format!(r#" id="fnref-{slug}""#)
        } else {
            String::new()
        };
        Event::Html(
            format!(r##"<sup class="footnote-ref"><a href="#fn-{slug}"{back_id} role="doc-noteref">{n}</a></sup>"##)
                .into(),
        )
    }

    /// The HTML: the text, then the notes in the order they are first
    /// referenced (unreferenced ones are left out).
    fn finish(mut self, src_len: usize) -> Rendered {
        let mut body = String::with_capacity(src_len * 3 / 2);
        html::push_html(&mut body, self.out.into_iter());
        let numbers = &self.note_numbers;
        self.notes
            .sort_by_key(|(label, _)| numbers.get(label).copied().unwrap_or(usize::MAX));
        let notes: Vec<_> = self
            .notes
            .into_iter()
            .filter(|(l, _)| numbers.contains_key(l))
            .collect();
        if !notes.is_empty() {
            let title = super::escape_html(&(self.words)("notes", notes.len()));
            body.push_str(&format!(r#"<section class="footnotes" aria-labelledby="footnotes-title"><h2 id="footnotes-title">{title}</h2><ol>"#));
            for (label, events) in notes {
                let slug = note_slug(&label);
                body.push_str(&format!(r#"<li id="fn-{slug}">"#));
                html::push_html(&mut body, events.into_iter());
                let n = numbers.get(&label).copied().unwrap_or(0);
                let back = super::escape_html(&(self.words)("note-back", n));
                body.push_str(&format!(
                    r##"<a href="#fnref-{slug}" class="footnote-back" role="doc-backlink" aria-label="{back}">↩</a></li>"##
                ));
            }
            body.push_str("</ol></section>");
        }
        Rendered {
            html: body,
            toc: self.toc,
        }
    }
}

/// `recommendation-<id>`: the anchor of a recommendation where it is made.
pub(crate) fn recommendation_anchor(b: &recommendations::Block, i: usize) -> String {
    let id = b.id.as_ref().map(|(id, _)| slugify(id)).unwrap_or_default();
    if id.is_empty() {
        format!("recommendation-{}", i + 1)
    } else {
        format!("recommendation-{id}")
    }
}

fn heading_level(l: u8) -> HeadingLevel {
    match l {
        1 => HeadingLevel::H1,
        2 => HeadingLevel::H2,
        3 => HeadingLevel::H3,
        4 => HeadingLevel::H4,
        5 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

fn note_slug(label: &str) -> String {
    let s = slugify(label);
    if s.is_empty() {
        // Labels of only punctuation still need a stable, safe id.
        label.bytes().map(|b| format!("{b:02x}")).collect()
    } else {
        s
    }
}
