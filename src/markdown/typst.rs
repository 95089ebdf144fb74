//! Markdown → Typst markup for the PDF. Chapter text is never Typst source:
//! every piece of it — text, link text, URLs, alt text, code, table cells,
//! footnotes, headings — goes through `string`, becoming a Typst string
//! literal (`#"…"`), which Typst prints and never evaluates. Everything else
//! in the output is written here, by us.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{Alignment, Event, LinkType, Tag, TagEnd};

use super::recommendations::{self, Mark, Placer};
use super::{HeadingIds, code_lang, collect_code, level};

/// The one escaping function: `s` as a Typst string literal.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `s` as text in markup: an embedded string expression.
pub fn text(s: &str) -> String {
    format!("#{}", string(s))
}

/// A label name made only of `[a-z0-9-_]`, so it can be written as `<…>`.
pub fn label(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' {
            out.push(c);
        } else {
            for b in c.to_string().bytes() {
                out.push_str(&format!("_{b:02x}"));
            }
        }
    }
    if out.is_empty() { "_".to_string() } else { out }
}

/// Characters an emoji sequence joins or qualifies with, drawn by no font:
/// zero-width joiner, variation selectors, tags (subdivision flags).
fn joins_emoji(c: char) -> bool {
    matches!(
        c,
        '\u{200d}' | '\u{fe0e}' | '\u{fe0f}' | '\u{e0020}'..='\u{e007f}'
    )
}

/// The emoji in `s` that the report's fonts cannot draw (`drawable` says
/// which characters they can): each one's byte range in `s` and what it
/// is. The longest sequence wins, so a flag, a skin tone or a family is one
/// emoji, not its pieces. An emoji every character of which a font has (©,
/// ☺ in DejaVu) is left to be drawn.
pub fn undrawable_emoji(
    s: &str,
    drawable: &dyn Fn(char) -> bool,
) -> Vec<(std::ops::Range<usize>, &'static emojis::Emoji)> {
    // No emoji is longer than this many characters (a family of four with
    // skin tones: 4 people, 4 tones, 3 joiners).
    const LONGEST: usize = 16;
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let keycap = matches!(c, '#' | '*' | '0'..='9')
            && chars
                .peek()
                .is_some_and(|&(_, n)| n == '\u{fe0f}' || n == '\u{20e3}');
        if c.is_ascii() && !keycap {
            continue;
        }
        let ends: Vec<usize> = s[i..]
            .char_indices()
            .skip(1)
            .map(|(j, _)| i + j)
            .chain(std::iter::once(s.len()))
            .take(LONGEST)
            .collect();
        let Some((end, emoji)) = ends
            .iter()
            .rev()
            .find_map(|&end| emojis::get(&s[i..end]).map(|e| (end, e)))
        else {
            continue;
        };
        if s[i..end].chars().any(|c| !joins_emoji(c) && !drawable(c)) {
            out.push((i..end, emoji));
        }
        while chars.peek().is_some_and(|&(j, _)| j < end) {
            chars.next();
        }
    }
    out
}

/// `s` with each emoji the fonts cannot draw replaced by its name in
/// brackets (`[grinning face]`), and the emoji replaced, by byte offset in
/// `s`.
pub fn name_emoji(
    s: &str,
    drawable: &dyn Fn(char) -> bool,
) -> (String, Vec<(usize, &'static emojis::Emoji)>) {
    let found = undrawable_emoji(s, drawable);
    if found.is_empty() {
        return (s.to_string(), Vec::new());
    }
    let mut out = String::with_capacity(s.len() + 16 * found.len());
    let mut last = 0;
    for (range, emoji) in &found {
        out.push_str(&s[last..range.start]);
        out.push('[');
        out.push_str(emoji.name());
        out.push(']');
        last = range.end;
    }
    out.push_str(&s[last..]);
    (out, found.into_iter().map(|(r, e)| (r.start, e)).collect())
}

/// Where a link or image goes, as decided by the caller.
pub enum Dest {
    /// A web address.
    Url(String),
    /// A label in this document.
    Label(String),
    /// An image file, as a path in the PDF's world (`/images/x.png`).
    Image(String),
    /// Not shown as a link (its text stays).
    None,
}

/// The converted chapter, and where each piece came from.
pub struct Converted {
    pub markup: String,
    /// (offset in `markup`, offset in the Markdown), in increasing order.
    pub map: Vec<(usize, usize)>,
    /// The emoji shown by their names, by offset in the Markdown, in order.
    pub named_emoji: Vec<(usize, &'static emojis::Emoji)>,
}

/// A footnote's converted text and where its pieces came from.
#[derive(Default)]
struct Note {
    markup: String,
    map: Vec<(usize, usize)>,
}

/// Lists and quotes nested deeper than this are typeset flat (see `run`).
const MAX_NESTING: usize = 12;

/// An open list: typeset as a list, or flat (with its next number, if it
/// is numbered).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Nest {
    Open,
    Flat(Option<u64>),
}

/// How many lists and quotes are open and not flat.
fn nesting(lists: &[Nest], quotes: &[bool]) -> usize {
    lists.iter().filter(|l| **l == Nest::Open).count() + quotes.iter().filter(|f| !**f).count()
}

/// Converts one chapter. `prefix` makes its labels unique in the report;
/// `resolve` decides where links and images go; `drawable` says which
/// characters the report's fonts have (an emoji they cannot draw is shown
/// by its name).
pub fn convert(
    src: &str,
    prefix: &str,
    resolve: &dyn Fn(&str, bool) -> Dest,
    drawable: &dyn Fn(char) -> bool,
) -> Converted {
    convert_with_ids(src, &[], prefix, resolve, drawable)
}

/// [`convert`] for a translation: its headings take `heading_ids`, the
/// original's, in order, so that links into it find them.
pub fn convert_with_ids(
    src: &str,
    heading_ids: &[String],
    prefix: &str,
    resolve: &dyn Fn(&str, bool) -> Dest,
    drawable: &dyn Fn(char) -> bool,
) -> Converted {
    let first = run((src, heading_ids), prefix, resolve, drawable, None);
    let mut converted = if first.1.is_empty() {
        first.0
    } else {
        // Typst wants a footnote's text where it is referenced, so a second
        // pass puts the definitions collected by the first one in place.
        run(
            (src, heading_ids),
            prefix,
            resolve,
            drawable,
            Some(&first.1),
        )
        .0
    };
    converted.named_emoji.sort_by_key(|(at, _)| *at);
    converted.named_emoji.dedup_by_key(|(at, _)| *at);
    converted
}

/// One pass over a chapter's events: the state of the conversion, and a
/// method per kind of event.
struct Run<'a> {
    src: &'a str,
    prefix: &'a str,
    resolve: &'a dyn Fn(&str, bool) -> Dest,
    drawable: &'a dyn Fn(char) -> bool,
    /// The emoji shown by their names, by offset in the Markdown.
    named_emoji: Vec<(usize, &'static emojis::Emoji)>,
    /// Where the open code block starts in the Markdown.
    code_at: usize,
    /// The definitions found by the first pass, placed at their first
    /// reference in the second.
    known_notes: Option<&'a HashMap<String, Note>>,
    /// The main text and where its pieces came from.
    out: Note,
    ids: HeadingIds,
    /// Definitions collected in this pass, by label.
    notes: HashMap<String, Note>,
    /// Output for an open footnote definition goes to its own buffer, with
    /// its own map.
    note_stack: Vec<(String, Note)>,
    notes_used: HashSet<String>,
    /// An open heading.
    heading: Option<OpenHeading>,
    /// PDF/UA forbids skipping heading levels (the chapter title is level
    /// 1): a `####` after a `##` is typeset one level down from it. `check`
    /// warns about the skip.
    last_level: u8,
    /// An open code block: its language and text.
    code: Option<(String, String)>,
    /// An open image: where it goes and its alt text.
    image_alt: Option<(Dest, String)>,
    /// For each open link, whether it is typeset as a link.
    links: Vec<bool>,
    /// Whether each open list or quote is typeset flat: past `MAX_NESTING`
    /// lists and quotes, one in the other, Typst runs out of nesting (a
    /// 30-deep list fails), so deeper items are lines with a dash in their
    /// parent item, and deeper quotes' text stays in their parent quote.
    lists_flat: Vec<Nest>,
    quotes_flat: Vec<bool>,
    /// How many recommendation blocks have closed.
    /// The fenced block open now, by its index in `scan`'s order.
    open_block: Option<usize>,
    /// The language of each `[words]{lang=…}` span, in order, and how
    /// many have been opened.
    span_tags: Vec<String>,
    next_span: usize,
}

/// A heading being converted: its explicit id, its text, where its markup
/// starts, and whether anything visible came in it (text, an image, a note).
#[derive(Default)]
struct OpenHeading {
    explicit: Option<String>,
    text: String,
    start: usize,
    visible: bool,
    /// The main text's level before it, restored if it turns out empty.
    level_before: u8,
}

fn run(
    (src, heading_ids): (&str, &[String]),
    prefix: &str,
    resolve: &dyn Fn(&str, bool) -> Dest,
    drawable: &dyn Fn(char) -> bool,
    known_notes: Option<&HashMap<String, Note>>,
) -> (Converted, HashMap<String, Note>) {
    let mut run = Run {
        src,
        prefix,
        resolve,
        drawable,
        named_emoji: Vec::new(),
        code_at: 0,
        known_notes,
        out: Note {
            markup: String::with_capacity(src.len() * 2),
            map: Vec::new(),
        },
        ids: HeadingIds::forced(heading_ids),
        notes: HashMap::new(),
        note_stack: Vec::new(),
        notes_used: HashSet::new(),
        heading: None,
        last_level: 1,
        code: None,
        image_alt: None,
        links: Vec::new(),
        lists_flat: Vec::new(),
        quotes_flat: Vec::new(),
        open_block: None,
        span_tags: Vec::new(),
        next_span: 0,
    };
    let (blocks, _) = recommendations::scan(src);
    let blanked = recommendations::blank(src, &blocks);
    let (inline, _) = super::spans::scan(&blanked);
    let marked = super::spans::mark(&blanked, &inline);
    run.span_tags = inline.into_iter().map(|s| s.tag).collect();
    let mut placer = Placer::new(&blocks);
    for (event, range) in super::autolink::events(&marked) {
        for mark in placer.before(&event, range.start) {
            run.mark(mark, &blocks);
        }
        run.event(event, range.start);
    }
    for mark in placer.finish() {
        run.mark(mark, &blocks);
    }
    let Note { markup, map } = run.out;
    (
        Converted {
            markup,
            map,
            named_emoji: run.named_emoji,
        },
        run.notes,
    )
}

impl Run<'_> {
    /// Where output goes now: the open footnote definition, or the main text.
    fn buffer(&mut self) -> &mut Note {
        match self.note_stack.last_mut() {
            Some((_, note)) => note,
            None => &mut self.out,
        }
    }

    fn w(&mut self, s: &str) {
        self.buffer().markup.push_str(s);
    }

    /// Text to be drawn, from the Markdown at or after `md`: an emoji the
    /// fonts cannot draw becomes its name, and is noted where it is.
    /// Text with words in another language: each span set, and tagged, in
    /// its language.
    fn spans(&mut self, t: &str, md: usize) {
        for piece in super::spans::pieces(t) {
            match piece {
                super::spans::Piece::Text(p) => {
                    let p = self.shown(p, md);
                    self.w(&text(&p));
                }
                super::spans::Piece::Open => {
                    let tag = self.span_tags.get(self.next_span).cloned();
                    self.next_span += 1;
                    let (lang, region) = typst_language(&tag.unwrap_or_default());
                    // Without a region of its own, none: not the document's.
                    let region = region.map_or("none".to_string(), |r| format!("\"{r}\""));
                    self.w(&format!("#text(lang: \"{lang}\", region: {region})["));
                }
                super::spans::Piece::Close => self.w("]"),
            }
        }
    }

    fn shown(&mut self, s: &str, md: usize) -> String {
        let (out, named) = name_emoji(s, self.drawable);
        let mut from = md.min(self.src.len());
        for (at, emoji) in named {
            let e = &s[at..];
            let e = &e[..e.len().min(emoji.as_str().len())];
            // The event's text is the source's, but for escapes and
            // entities: look for it from where the event starts.
            let place = self
                .src
                .get(from..)
                .and_then(|rest| rest.find(e))
                .map_or(md, |i| from + i);
            from = place + 1;
            while !self.src.is_char_boundary(from.min(self.src.len())) {
                from += 1;
            }
            self.named_emoji.push((place, emoji));
        }
        out
    }

    /// A recommendation's wrapper: the template's numbered block, labelled
    /// so the compilation can point at it; a passage in another language,
    /// its text set in that language (the PDF tags it so).
    fn mark(&mut self, mark: Mark, blocks: &[recommendations::Block]) {
        match mark {
            Mark::Open(i) => {
                self.open_block = Some(i);
                match &blocks[i].kind {
                    recommendations::Kind::Language(tag) => {
                        let (lang, region) = typst_language(tag);
                        // Without a region of its own, none: not the document's.
                        let region = region.map_or("none".to_string(), |r| format!("\"{r}\""));
                        self.w(&format!("#text(lang: \"{lang}\", region: {region})[\n"));
                    }
                    recommendations::Kind::Recommendation => {
                        let n = recommendations::ordinal(blocks, i);
                        self.w(&format!("#recommendation(number: {})[", n + 1));
                    }
                }
            }
            Mark::Close => {
                let Some(i) = self.open_block.take() else {
                    return;
                };
                if blocks[i].kind != recommendations::Kind::Recommendation {
                    self.w("]\n\n");
                    return;
                }
                let n = recommendations::ordinal(blocks, i);
                let anchor = super::html::recommendation_anchor(&blocks[i], n);
                let label = label(&format!("{}--{anchor}", self.prefix));
                self.w(&format!("] <{label}>\n\n"));
            }
        }
    }

    fn event(&mut self, event: Event, md: usize) {
        let visible = match &event {
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                !t.trim().is_empty()
            }
            Event::Start(Tag::Image { .. }) => true,
            // Only a note's first reference writes its text: PDF/UA counts
            // a later one (a number pointing at it) as no title.
            Event::FootnoteReference(l) => {
                self.writes_note(l) && !self.notes_used.contains(l.as_ref())
            }
            _ => false,
        };
        if let Some(h) = self.heading.as_mut() {
            h.visible |= visible;
        }
        if matches!(event, Event::Start(_)) {
            let buf = self.buffer();
            let at = buf.markup.len();
            buf.map.push((at, md));
        }
        if self.code.is_some() {
            return self.in_code(event);
        }
        if self.image_alt.is_some() {
            return self.in_image(event, md);
        }
        if let Some(h) = self.heading.as_mut()
            && let Event::Text(s) | Event::Code(s) = &event
        {
            h.text.push_str(&super::spans::plain(s));
        }
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) if t.contains([super::spans::OPEN, super::spans::CLOSE]) => {
                self.spans(&t, md);
            }
            Event::Text(t)
            | Event::Html(t)
            | Event::InlineHtml(t)
            | Event::InlineMath(t)
            | Event::DisplayMath(t) => {
                let t = self.shown(&t, md);
                self.w(&text(&t));
            }
            Event::Code(t) => {
                let t = self.shown(&t, md);
                self.w(&format!("#raw({})", string(&t)));
            }
            Event::FootnoteReference(l) => self.footnote_reference(&l, md),
            Event::SoftBreak => self.w(&text(" ")),
            Event::HardBreak => self.w("#linebreak()"),
            Event::Rule => self.w("#line(length: 100%)\n\n"),
            Event::TaskListMarker(done) => self.w(&text(if done { "☑ " } else { "☐ " })),
        }
    }

    /// Inside a code block: its text is collected, and typeset at its end.
    fn in_code(&mut self, event: Event) {
        if let Some((lang, text)) = collect_code(&mut self.code, &event) {
            let lang = if lang.is_empty() {
                "none".into()
            } else {
                string(&lang)
            };
            let text = self.shown(&text, self.code_at);
            self.w(&format!(
                "#raw(block: true, lang: {lang}, {})\n\n",
                string(&text)
            ));
        }
    }

    /// Inside an image: its text is its alt text.
    fn in_image(&mut self, event: Event, md: usize) {
        match event {
            Event::End(TagEnd::Image) => {
                if let Some((dest, alt)) = self.image_alt.take() {
                    match dest {
                        Dest::Image(path) => self.w(&format!(
                            "#box(width: 80%, image({}, alt: {}))",
                            string(&path),
                            string(alt.trim())
                        )),
                        _ => {
                            // Shown as text: search for its emoji from the
                            // image's start, which this event is not.
                            let from = self.buffer().map.last().map_or(md, |&(_, m)| m);
                            let alt = self.shown(&alt, from);
                            self.w(&text(&alt));
                        }
                    }
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, alt)) = self.image_alt.as_mut() {
                    alt.push_str(&super::spans::plain(&t));
                }
            }
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph
            | Tag::HtmlBlock
            | Tag::TableRow
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::MetadataBlock(_) => {}
            Tag::Heading { level: l, id, .. } => {
                let start = self.buffer().markup.len();
                self.heading = Some(OpenHeading {
                    explicit: id.map(|s| s.to_string()),
                    start,
                    level_before: self.last_level,
                    ..OpenHeading::default()
                });
                // The chapter title is the level-1 heading. A heading in a
                // footnote is typeset where the note is, so it does not move
                // the main text's level.
                let lv = level(l).max(2).min(self.last_level + 1);
                if self.note_stack.is_empty() {
                    self.last_level = lv;
                }
                self.w(&format!("#heading(level: {lv})["));
            }
            Tag::BlockQuote(_) => {
                let flat = nesting(&self.lists_flat, &self.quotes_flat) >= MAX_NESTING;
                self.quotes_flat.push(flat);
                if !flat {
                    self.w("#quote(block: true)[");
                }
            }
            Tag::CodeBlock(kind) => {
                self.code_at = self.buffer().map.last().map_or(0, |&(_, m)| m);
                self.code = Some((code_lang(kind), String::new()));
            }
            Tag::List(start) => self.start_list(start),
            Tag::Item => self.start_item(),
            Tag::FootnoteDefinition(l) => self.note_stack.push((l.to_string(), Note::default())),
            Tag::Table(aligns) => self.start_table(&aligns),
            Tag::TableHead => self.w("table.header("),
            Tag::TableCell => self.w("["),
            Tag::Emphasis => self.w("#emph["),
            Tag::Strong => self.w("#strong["),
            Tag::Strikethrough => self.w("#strike["),
            Tag::Superscript => self.w("#super["),
            Tag::Subscript => self.w("#sub["),
            Tag::Link {
                link_type,
                dest_url,
                ..
            } => self.start_link(link_type, &dest_url),
            Tag::Image { dest_url, .. } => {
                self.image_alt = Some(((self.resolve)(&dest_url, true), String::new()))
            }
        }
    }

    fn start_list(&mut self, start: Option<u64>) {
        if nesting(&self.lists_flat, &self.quotes_flat) >= MAX_NESTING {
            self.lists_flat.push(Nest::Flat(start));
        } else {
            self.lists_flat.push(Nest::Open);
            match start {
                Some(start) => self.w(&format!("#enum(start: {start}, ")),
                None => self.w("#list("),
            }
        }
    }

    fn start_item(&mut self) {
        // A flat item: a line with its number, or a dash.
        let marker = match self.lists_flat.last_mut() {
            Some(Nest::Flat(Some(n))) => {
                *n += 1;
                format!("{}. ", *n - 1)
            }
            Some(Nest::Flat(None)) => "\u{2013} ".to_string(),
            _ => return self.w("["),
        };
        self.w(&format!("#linebreak(){}", text(&marker)));
    }

    fn start_table(&mut self, aligns: &[Alignment]) {
        let a: Vec<&str> = aligns
            .iter()
            .map(|a| match a {
                Alignment::None | Alignment::Left => "left",
                Alignment::Center => "center",
                Alignment::Right => "right",
            })
            .collect();
        self.w(&format!(
            "#table(columns: {}, align: ({},), ",
            aligns.len().max(1),
            a.join(", ")
        ));
    }

    fn start_link(&mut self, link_type: LinkType, dest_url: &str) {
        let dest = if link_type == LinkType::Email {
            format!("mailto:{dest_url}")
        } else {
            dest_url.to_string()
        };
        match (self.resolve)(&dest, false) {
            Dest::Url(u) => {
                self.links.push(true);
                self.w(&format!("#link({})[", string(&u)));
            }
            Dest::Label(l) => {
                self.links.push(true);
                self.w(&format!("#link(<{}>)[", label(&l)));
            }
            Dest::Image(_) | Dest::None => self.links.push(false),
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => self.w("\n\n"),
            TagEnd::Heading(_) => self.end_heading(),
            TagEnd::BlockQuote(_) if self.quotes_flat.pop() != Some(true) => self.w("]\n\n"),
            TagEnd::List(_) if self.lists_flat.pop() == Some(Nest::Open) => self.w(")\n\n"),
            TagEnd::Item if matches!(self.lists_flat.last(), Some(Nest::Flat(_))) => {}
            TagEnd::Item => self.w("], "),
            TagEnd::FootnoteDefinition => {
                if let Some((l, note)) = self.note_stack.pop() {
                    self.notes.insert(l, note);
                }
            }
            TagEnd::Table => self.w(")\n\n"),
            TagEnd::TableHead => self.w("), "),
            TagEnd::TableCell => self.w("], "),
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript => self.w("]"),
            TagEnd::Link if self.links.pop() == Some(true) => self.w("]"),
            _ => {}
        }
    }

    fn end_heading(&mut self) {
        let h = self.heading.take().unwrap_or_default();
        let id = self.ids.next(h.explicit.as_deref(), &h.text);
        let label = label(&format!("{}--{id}", self.prefix));
        if !h.visible {
            // PDF/UA forbids an empty heading: keep only its label, for
            // links to it. It is not typeset, so the next heading's level
            // follows the one before it (or PDF/UA sees a skipped level).
            if self.note_stack.is_empty() {
                self.last_level = h.level_before;
            }
            let buf = self.buffer();
            buf.markup.truncate(h.start);
            buf.map.retain(|&(o, _)| o <= h.start);
            buf.markup
                .push_str(&format!("#metadata(none) <{label}>\n\n"));
        } else {
            self.w(&format!("] <{label}>\n\n"));
        }
    }

    /// Whether a reference to note `l` writes anything here: a note in a
    /// note writes nothing (see `footnote_reference`), nor does a note that
    /// is empty or not defined. A heading holding only such a reference is
    /// empty.
    fn writes_note(&self, l: &str) -> bool {
        self.note_stack.is_empty()
            && self
                .known_notes
                .and_then(|n| n.get(l))
                .is_some_and(|note| !note.markup.trim().is_empty())
    }

    /// A note's text is what the first pass made of its definition. Inside
    /// a definition, references make nothing, here too: or a note first
    /// referenced inside another one would be placed in a definition that
    /// is not output, and its later references point nowhere.
    fn footnote_reference(&mut self, l: &str, md: usize) {
        if !self.writes_note(l) {
            return;
        }
        let fn_label = label(&format!("{}--fn-{l}", self.prefix));
        match self.known_notes.and_then(|n| n.get(l)) {
            Some(note) if self.notes_used.insert(l.to_string()) => {
                // The note's pieces keep pointing at its definition's lines;
                // after it, back to the reference's.
                let buf = &mut self.out;
                let base = buf.markup.len() + "#footnote[".len();
                buf.map
                    .extend(note.map.iter().map(|&(o, md)| (base + o, md)));
                buf.markup.push_str(&format!(
                    "#footnote[{}] <{fn_label}>",
                    note.markup.trim_end()
                ));
                buf.map.push((buf.markup.len(), md));
            }
            Some(_) => self.w(&format!("#footnote(<{fn_label}>)")),
            None => {}
        }
    }
}

/// A BCP 47 tag as Typst's `lang` (ISO 639, lower case) and `region`
/// (ISO 3166, upper case), from a tag the scanner has checked.
pub(crate) fn typst_language(tag: &str) -> (String, Option<String>) {
    match tag.parse::<unic_langid::LanguageIdentifier>() {
        Ok(id) => (
            id.language.as_str().to_ascii_lowercase(),
            id.region.map(|r| r.as_str().to_ascii_uppercase()),
        ),
        Err(_) => (tag.to_ascii_lowercase(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(src: &str) -> String {
        convert_with(src, &|_| true).markup
    }

    /// `src` converted with fonts that have exactly the characters
    /// `drawable` says.
    fn convert_with(src: &str, drawable: &dyn Fn(char) -> bool) -> Converted {
        convert(
            src,
            "ch",
            &|d, image| {
                if image {
                    Dest::Image(format!("/{d}"))
                } else if d.starts_with("https:") {
                    Dest::Url(d.to_string())
                } else {
                    Dest::Label(format!("ch--{d}"))
                }
            },
            drawable,
        )
    }

    /// Fonts with every character but the emoji ranges.
    fn no_emoji(c: char) -> bool {
        !matches!(c, '\u{1f000}'..='\u{1faff}' | '\u{2600}'..='\u{27bf}')
    }

    #[test]
    fn an_emoji_the_fonts_cannot_draw_is_shown_by_its_name_and_noted_where_it_is() {
        let src = "A smile \u{1f600} and *a thumb \u{1f44d}\u{1f3fd}*.\n\n\
                   `code \u{1f600}` and the flag \u{1f3f4}\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f}.\n\n\
                   \u{a9} 2016, a keycap 1\u{fe0f}\u{20e3}, a family \u{1f469}\u{200d}\u{1f469}\u{200d}\u{1f467}.\n";
        let c = convert_with(src, &no_emoji);
        for shown in [
            "[grinning face]",
            "[thumbs up: medium skin tone]",
            "code [grinning face]",
            "[flag: Wales]",
            "\u{a9} 2016",
            "[family: woman, woman, girl]",
        ] {
            assert!(c.markup.contains(shown), "{shown} not in {}", c.markup);
        }
        assert!(
            c.markup.contains("1\u{fe0f}\u{20e3}"),
            "a keycap of drawable characters stays: {}",
            c.markup
        );
        let at: Vec<(usize, &str)> = c
            .named_emoji
            .iter()
            .map(|(at, e)| (*at, e.as_str()))
            .collect();
        let expected: Vec<(usize, &str)> = [
            "\u{1f600}",
            "\u{1f44d}\u{1f3fd}",
            "\u{1f600}",
            "\u{1f3f4}\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f}",
            "\u{1f469}\u{200d}\u{1f469}\u{200d}\u{1f467}",
        ]
        .iter()
        .scan(0, |from, e| {
            let at = *from + src[*from..].find(e).expect("in the source");
            *from = at + e.len();
            Some((at, *e))
        })
        .collect();
        assert_eq!(at, expected);
        // With fonts that draw them, emoji are left alone.
        assert!(convert_with(src, &|_| true).named_emoji.is_empty());
    }

    #[test]
    fn strings_escape_everything_typst_would_interpret() {
        assert_eq!(string(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(string("x\ny\u{7}"), r#""x\ny\u{7}""#);
    }

    /// Parses generated markup with Typst's own parser and checks that it
    /// holds nothing but our calls, string literals and our labels.
    fn assert_inert(m: &str) {
        use typst::syntax::{SyntaxKind, SyntaxNode, parse};
        const CALLS: [&str; 21] = [
            "heading",
            "metadata",
            "list",
            "enum",
            "footnote",
            "raw",
            "link",
            "image",
            "box",
            "emph",
            "strong",
            "strike",
            "super",
            "sub",
            "table",
            "table.header",
            "linebreak",
            "quote",
            "line",
            "align",
            "figure",
        ];
        fn walk(n: &SyntaxNode, m: &str) {
            assert!(n.kind() != SyntaxKind::Error, "syntax error in {m}");
            match n.kind() {
                SyntaxKind::FuncCall => {
                    let callee = n
                        .children()
                        .next()
                        .map(|c| c.full_text().to_string())
                        .unwrap_or_default();
                    assert!(
                        CALLS.contains(&callee.as_str()),
                        "unexpected call `{callee}` in {m}"
                    );
                }
                SyntaxKind::Label => assert!(
                    n.full_text().starts_with("<ch"),
                    "foreign label {} in {m}",
                    n.full_text()
                ),
                SyntaxKind::Ref
                | SyntaxKind::Equation
                | SyntaxKind::Raw
                | SyntaxKind::ModuleImport
                | SyntaxKind::ModuleInclude
                | SyntaxKind::LetBinding
                | SyntaxKind::SetRule
                | SyntaxKind::ShowRule
                | SyntaxKind::Escape
                | SyntaxKind::Shorthand => panic!("{:?} in {m}", n.kind()),
                // Markup text outside strings is whitespace only: all text is in literals.
                SyntaxKind::Text => assert!(
                    n.full_text().trim().is_empty(),
                    "bare text {:?} in {m}",
                    n.full_text()
                ),
                _ => {}
            }
            for c in n.children() {
                walk(c, m);
            }
        }
        walk(&parse(m), m);
    }

    #[test]
    fn typst_syntax_in_text_stays_text() {
        let nasty = "#read(\"/etc/passwd\") $x$ <l> @ref // c /* d */ \\ ] [ #import \"a\": *  `#eval(\"1\")`";
        let src = format!(
            "## {nasty}\n\n{nasty}\n\n- {nasty}\n\n| {nasty} |\n|--|\n| {nasty} |\n\n[{nasty}](https://x.org/\"]#x)\n\n![{nasty}](images/a\"b.png)\n\nA[^1]\n\n[^1]: {nasty}\n\n```{nasty}\n{nasty}\n```\n\n> {nasty}\n"
        );
        let m = conv(&src);
        assert_inert(&m);
        assert!(m.contains(r##"#"#read(""##), "{m}");
    }

    #[test]
    fn structure_becomes_typst_calls() {
        let m = conv(
            "## Visits\n\n- a\n- b\n\n| x | y |\n|:-:|--:|\n| 1 | 2 |\n\nA note[^n].\n\n[^n]: The *note*.\n",
        );
        assert!(
            m.contains("#heading(level: 2)[#\"Visits\"] <ch--visits>"),
            "{m}"
        );
        assert!(m.contains("#list([#\"a\"], [#\"b\"], )"), "{m}");
        assert!(m.contains("#table(columns: 2, align: (center, right,), table.header([#\"x\"], [#\"y\"], ), [#\"1\"], [#\"2\"], )"), "{m}");
        assert!(
            m.contains("#footnote[#\"The \"#emph[#\"note\"]#\".\"] <ch--fn-n>"),
            "{m}"
        );
    }

    #[test]
    fn headings_never_skip_a_level_and_are_never_empty() {
        // PDF/UA refuses both; the chapter's title is level 1.
        let m = conv("#### Deep\n\n## Back\n\n##### Deeper\n\n##\n\nText [to](#section)\n");
        assert_inert(&m);
        assert!(m.contains("#heading(level: 2)[#\"Deep\"]"), "{m}");
        assert!(m.contains("#heading(level: 2)[#\"Back\"]"), "{m}");
        assert!(m.contains("#heading(level: 3)[#\"Deeper\"]"), "{m}");
        assert!(m.contains("#metadata(none) <ch--section>"), "{m}");
        assert_eq!(m.matches("#heading(").count(), 3, "{m}");
    }

    #[test]
    fn a_heading_with_only_an_image_or_a_note_is_kept() {
        let m =
            conv("## ![Chart](images/x.svg)\n\n## [^1]\n\n[^1]: ## Note heading\n\n#### After\n");
        assert_inert(&m);
        assert!(!m.contains("#metadata"), "{m}");
        assert!(m.contains("A chart") || m.contains("Chart"), "{m}");
        // The note's heading does not count for the main text's levels.
        assert!(m.contains("#heading(level: 3)[#\"After\"]"), "{m}");
    }

    #[test]
    fn a_heading_whose_only_note_writes_nothing_is_empty() {
        // Found by the fuzz test: a reference inside a note's own heading
        // writes nothing (notes in notes are dropped), and PDF/UA refuses
        // the empty heading it would leave.
        let m = conv("Text[^1]\n\n[^1]: ## [^1]\n");
        assert_inert(&m);
        assert_eq!(m.matches("#heading(").count(), 0, "{m}");
        assert_eq!(m.matches("#metadata(none)").count(), 1, "{m}");
        assert_eq!(m.matches("#footnote[").count(), 1, "{m}");
    }

    #[test]
    fn lists_past_the_nesting_limit_are_flat_and_keep_their_numbers() {
        let mut src = String::new();
        for depth in 0..(MAX_NESTING + 2) {
            src.push_str(&format!("{}- level {depth}\n", "  ".repeat(depth)));
        }
        let indent = "  ".repeat(MAX_NESTING + 2);
        // (A list starting at 3 cannot interrupt a paragraph: a blank line.)
        src.push_str(&format!("\n{indent}3. third\n{indent}4. fourth\n"));
        let m = conv(&src);
        assert_inert(&m);
        assert_eq!(m.matches("#list(").count(), MAX_NESTING, "{m}");
        assert!(m.contains("#linebreak()#\"3. \"#\"third\""), "{m}");
        assert!(m.contains("#linebreak()#\"4. \"#\"fourth\""), "{m}");
    }

    #[test]
    fn a_note_referenced_inside_a_note_never_points_nowhere() {
        // Found by tests/suite/markdown_fuzz.rs: the main text's reference came
        // out as `#footnote(<ch--fn-1>)`, a label placed nowhere.
        let m = conv("[^1]: ## [^1]\n`[^1]");
        assert_inert(&m);
        assert!(m.contains("#footnote["), "{m}");
        assert!(!m.contains("#footnote(<"), "{m}");
    }

    #[test]
    fn links_and_images() {
        let m = conv("[web](https://example.org/?a=\"b\") [ch](other.md) ![A chart](images/x.svg)");
        assert!(
            m.contains(r#"#link("https://example.org/?a=\"b\"")[#"web"]"#),
            "{m}"
        );
        assert!(
            m.contains("#link(<ch--other.md>)") || m.contains("#link(<ch--other_2emd>)"),
            "{m}"
        );
        assert!(
            m.contains(r#"image("/images/x.svg", alt: "A chart")"#),
            "{m}"
        );
    }

    #[test]
    fn labels_are_plain() {
        assert_eq!(label("a-b1"), "a-b1");
        assert_eq!(label("a>b"), "a_3eb");
        assert_eq!(label("ŵ"), "_c5_b5");
    }
}
