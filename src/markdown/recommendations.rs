//! Recommendations written where they are made, in a chapter, as a fenced
//! block (the `:::` of Pandoc, Quarto and MyST):
//!
//! ```markdown
//! ::: recommendation {#hmip-2015-01 to="moj" settings="prisons"}
//! Everyone held in a prison should be able to spend ten hours a day out
//! of their cell.
//! :::
//! ```
//!
//! A passage in another language than the text around it is a fenced
//! block too, with Pandoc's attribute, so that it gets `lang` on the page
//! and in the PDF (WCAG 3.1.2):
//!
//! ```markdown
//! ::: {lang=cy}
//! Mae pob person sydd wedi'i amddifadu o'i ryddid …
//! :::
//! ```
//!
//! `scan` finds the blocks and their attributes; `blank` hides the marker
//! lines from the Markdown parser (same length, so every offset still
//! points into the file); `Placer` tells a converter where in the event
//! stream a block opens and closes. What the attributes mean (is `moj` an
//! authority?) is the validator's business. Pure functions: no I/O.

use std::borrow::Cow;
use std::ops::Range;

use pulldown_cmark::Event;

/// The attribute keys a recommendation may have.
pub const KEYS: [&str; 5] = ["to", "settings", "nations", "themes", "repeats"];

/// What a fenced block is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Recommendation,
    /// A passage in the language with this tag (`cy`, `en-GB`).
    Language(String),
}

/// One `::: recommendation` or `::: {lang=…}` block. Offsets are into the
/// Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: Kind,
    /// The author's id (`#id`), and where it is written.
    pub id: Option<(String, Range<usize>)>,
    /// `key=value` pairs, in order, each with where it is written.
    pub attrs: Vec<(String, String, Range<usize>)>,
    /// The opening line, without its line break.
    pub open: Range<usize>,
    /// The text between the marker lines.
    pub content: Range<usize>,
    /// Its attributes could not all be read (a `Problem` says why).
    pub malformed: bool,
}

impl Block {
    /// Its attributes without where they are written.
    pub fn values_owned(&self) -> Vec<(String, String)> {
        self.attrs
            .iter()
            .map(|(k, v, _)| (k.clone(), v.clone()))
            .collect()
    }

    /// The values of `key`, split at spaces and commas.
    pub fn values(&self, key: &str) -> Vec<(&str, &Range<usize>)> {
        self.attrs
            .iter()
            .filter(|(k, _, _)| k == key)
            .flat_map(|(_, v, span)| {
                v.split(|c: char| c.is_whitespace() || c == ',')
                    .filter(|s| !s.is_empty())
                    .map(move |s| (s, span))
            })
            .collect()
    }
}

/// A malformed block: where, what is wrong and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub span: Range<usize>,
    pub message: String,
    pub hint: String,
}

const EXAMPLE: &str = "::: recommendation {#my-id to=\"authority-id\"}";

/// The recommendation blocks in `src` and what is wrong with them. Marker
/// lines start at the line's first column, outside code blocks; a `:::`
/// line closes the open block, and is plain text when none is open.
pub fn scan(src: &str) -> (Vec<Block>, Vec<Problem>) {
    let mut blocks = Vec::new();
    let mut problems = Vec::new();
    let mut fence: Option<(u8, usize)> = None;
    let mut open: Option<Block> = None;
    let mut at = 0;
    for line in src.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let text = line.trim_end_matches(['\n', '\r']);
        if let Some(f) = code_fence(text, fence) {
            fence = f;
            continue;
        }
        if fence.is_some() {
            continue;
        }
        let Some(rest) = text.strip_prefix(":::") else {
            continue;
        };
        let rest = rest.trim_start_matches(':');
        if rest.trim().is_empty() {
            if let Some(mut b) = open.take() {
                b.content.end = start;
                blocks.push(b);
            }
            continue;
        }
        let (word, attrs) = split_word(rest);
        let kind = match word {
            "recommendation" => Kind::Recommendation,
            "" if attrs.starts_with('{') => Kind::Language(String::new()),
            _ => continue,
        };
        let line_span = start..start + text.len();
        if let Some(outer) = &open {
            problems.push(Problem {
                span: line_span.clone(),
                message: match (&outer.kind, &kind) {
                    (Kind::Recommendation, Kind::Recommendation) => {
                        "a recommendation cannot hold another one".into()
                    }
                    (outer, _) => format!("{} cannot hold another block", outer.what()),
                },
                hint: format!(
                    "close the one opened on line {} with a line of `:::` first",
                    line_number(src, outer.open.start)
                ),
            });
            continue;
        }
        let attrs_start = start + (text.len() - attrs.len());
        let mut b = Block {
            kind,
            id: None,
            attrs: Vec::new(),
            open: line_span,
            content: at..at,
            malformed: false,
        };
        let before = problems.len();
        parse_attrs(attrs, attrs_start, &mut b, &mut problems);
        if matches!(b.kind, Kind::Language(_)) {
            language_of(&mut b, &mut problems);
        }
        b.malformed = problems.len() > before;
        open = Some(b);
    }
    if let Some(b) = open {
        problems.push(Problem {
            span: b.open.clone(),
            message: format!("{} is never closed", b.kind.what()),
            hint: "end it with a line of `:::`".into(),
        });
    }
    (blocks, problems)
}

/// How many recommendations come before block `i`: its number in the
/// text, less one, when it is one.
pub fn ordinal(blocks: &[Block], i: usize) -> usize {
    blocks[..i.min(blocks.len())]
        .iter()
        .filter(|b| b.kind == Kind::Recommendation)
        .count()
}

impl Kind {
    /// "this recommendation", "this passage": for messages.
    fn what(&self) -> &'static str {
        match self {
            Kind::Recommendation => "this recommendation",
            Kind::Language(_) => "this passage in another language",
        }
    }
}

const LANGUAGE_EXAMPLE: &str = "::: {lang=cy}";

/// A passage's language from its only attribute, `lang=<tag>`: a BCP 47
/// tag (`cy`, `en-GB`), written back in its canonical form.
fn language_of(b: &mut Block, problems: &mut Vec<Problem>) {
    let whole = b.open.clone();
    let bad = |problems: &mut Vec<Problem>, span: Range<usize>, message: String| {
        problems.push(Problem {
            span,
            message,
            hint: format!("write it as `{LANGUAGE_EXAMPLE}`, with the language's tag (BCP 47)"),
        });
    };
    match (b.id.as_ref(), b.attrs.as_slice()) {
        (None, [(key, value, span)]) if key == "lang" => match super::spans::language_tag(value) {
            Some(tag) => b.kind = Kind::Language(tag),
            None => bad(
                problems,
                span.clone(),
                format!("`{value}` is not a language tag"),
            ),
        },
        (_, attrs) if attrs.iter().all(|(k, _, _)| k != "lang") => {
            bad(
                problems,
                whole,
                "a passage needs its language, `lang=<tag>`".into(),
            );
        }
        _ => bad(
            problems,
            whole,
            "a passage has its language and nothing else".into(),
        ),
    }
}

/// Whether `text` opens or closes a fenced code block: the new state.
pub(crate) fn code_fence(text: &str, fence: Option<(u8, usize)>) -> Option<Option<(u8, usize)>> {
    let indent = text.len() - text.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let t = &text[indent..];
    let c = *t.as_bytes().first()?;
    if c != b'`' && c != b'~' {
        return None;
    }
    let n = t.bytes().take_while(|&b| b == c).count();
    if n < 3 {
        return None;
    }
    match fence {
        None if c == b'~' || !t[n..].contains('`') => Some(Some((c, n))),
        Some((fc, fnum)) if fc == c && n >= fnum && t[n..].trim().is_empty() => Some(None),
        _ => None,
    }
}

/// The first word and what follows it (trimmed at the start).
fn split_word(s: &str) -> (&str, &str) {
    let s = s.trim_start();
    let end = s
        .find(|c: char| c.is_whitespace() || c == '{')
        .unwrap_or(s.len());
    (&s[..end], s[end..].trim_start())
}

/// `{#id key=value key="two words"}`, starting at offset `base`.
fn parse_attrs(s: &str, base: usize, b: &mut Block, problems: &mut Vec<Problem>) {
    let whole = base..base + s.len();
    let bad = |problems: &mut Vec<Problem>, span: Range<usize>, message: String| {
        problems.push(Problem {
            span,
            message,
            hint: format!("write it as `{EXAMPLE}`"),
        })
    };
    let trimmed = s.trim_end();
    let Some(inner) = trimmed.strip_prefix('{').and_then(|t| t.strip_suffix('}')) else {
        bad(
            problems,
            whole,
            "a recommendation needs its id and addressee in braces".into(),
        );
        return;
    };
    let mut i = 0;
    let bytes = inner.as_bytes();
    while i < inner.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let item_end = |from: usize| {
            inner[from..]
                .find(char::is_whitespace)
                .map_or(inner.len(), |e| from + e)
        };
        let span = |a: usize, z: usize| base + 1 + a..base + 1 + z;
        if bytes[i] == b'#' {
            let end = item_end(i);
            b.id = Some((inner[i + 1..end].to_string(), span(i + 1, end)));
            i = end;
            continue;
        }
        let Some(eq) = inner[i..].find('=').map(|e| i + e) else {
            let end = item_end(i);
            bad(
                problems,
                span(start, end),
                format!("`{}` is not `key=value`", &inner[start..end]),
            );
            i = end;
            continue;
        };
        let key = &inner[i..eq];
        let (value, end) = if inner[eq + 1..].starts_with('"') {
            match inner[eq + 2..].find('"') {
                Some(q) => (&inner[eq + 2..eq + 2 + q], eq + 3 + q),
                None => {
                    bad(
                        problems,
                        span(start, inner.len()),
                        format!("the value of `{key}` has no closing quote"),
                    );
                    return;
                }
            }
        } else {
            let end = item_end(eq + 1);
            (&inner[eq + 1..end], end)
        };
        b.attrs
            .push((key.to_string(), value.to_string(), span(start, end)));
        i = end;
    }
}

fn line_number(src: &str, offset: usize) -> usize {
    src[..offset.min(src.len())].matches('\n').count() + 1
}

/// `src` with each block's marker lines made blank (spaces of the same
/// length), so the parser reads the text between them as ordinary blocks
/// and every offset still points at the same byte of the file.
pub fn blank<'a>(src: &'a str, blocks: &[Block]) -> Cow<'a, str> {
    if blocks.is_empty() {
        return Cow::Borrowed(src);
    }
    let mut out = src.as_bytes().to_vec();
    for b in blocks {
        let close_line_end = src[b.content.end..]
            .find('\n')
            .map_or(src.len(), |e| b.content.end + e);
        for range in [b.open.clone(), b.content.end..close_line_end] {
            for byte in &mut out[range] {
                if *byte != b'\r' {
                    *byte = b' ';
                }
            }
        }
    }
    // Only ASCII bytes of whole lines were replaced by ASCII spaces.
    Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| src.to_string()))
}

/// Where a converter opens or closes a block's wrapper.
#[derive(Debug, PartialEq, Eq)]
pub enum Mark {
    /// Block `i` (in `scan`'s order) opens before the event.
    Open(usize),
    /// The open block closes before the event.
    Close,
}

/// Walks beside a converter's events and says where each block's text
/// starts and ends, at the top level of the document.
pub struct Placer {
    content: Vec<Range<usize>>,
    next: usize,
    open: bool,
    depth: usize,
}

impl Placer {
    pub fn new(blocks: &[Block]) -> Placer {
        Placer {
            content: blocks.iter().map(|b| b.content.clone()).collect(),
            next: 0,
            open: false,
            depth: 0,
        }
    }

    /// The marks to write before `event`, which starts at `start`.
    pub fn before(&mut self, event: &Event, start: usize) -> Vec<Mark> {
        let mut marks = Vec::new();
        if self.depth == 0 {
            if self.open && start >= self.content[self.next].end {
                marks.push(Mark::Close);
                self.open = false;
                self.next += 1;
            }
            while !self.open && self.next < self.content.len() {
                let c = &self.content[self.next];
                if start < c.start {
                    break;
                }
                marks.push(Mark::Open(self.next));
                if start < c.end {
                    self.open = true;
                } else {
                    // A block with no text: nothing comes between.
                    marks.push(Mark::Close);
                    self.next += 1;
                }
            }
        }
        match event {
            Event::Start(_) => self.depth += 1,
            Event::End(_) => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
        marks
    }

    /// The marks to write at the end: the open block closes, and blocks
    /// with no text after the last event open and close.
    pub fn finish(&mut self) -> Vec<Mark> {
        let mut marks = Vec::new();
        if self.open {
            marks.push(Mark::Close);
            self.next += 1;
            self.open = false;
        }
        while self.next < self.content.len() {
            marks.push(Mark::Open(self.next));
            marks.push(Mark::Close);
            self.next += 1;
        }
        marks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_blocks_with_their_attributes() {
        let src = "Intro.\n::: recommendation {#r-1 to=\"moj hmpps\" settings=prisons}\nDo this.\n\nAnd that.\n:::\n\n```\n::: recommendation {#not-one}\n```\n";
        let (blocks, problems) = scan(src);
        assert_eq!(problems, vec![]);
        assert_eq!(blocks.len(), 1);
        let b = &blocks[0];
        let (id, span) = b.id.clone().unwrap();
        assert_eq!(id, "r-1");
        assert_eq!(&src[span], "r-1");
        let to: Vec<&str> = b.values("to").into_iter().map(|(v, _)| v).collect();
        assert_eq!(to, ["moj", "hmpps"]);
        assert_eq!(&src[b.values("settings")[0].1.clone()], "settings=prisons");
        assert_eq!(&src[b.content.clone()], "Do this.\n\nAnd that.\n");
        let blanked = blank(src, &blocks);
        assert_eq!(blanked.len(), src.len());
        assert!(!blanked.contains("::: recommendation {#r-1"));
        assert!(blanked.contains("::: recommendation {#not-one}"));
    }

    #[test]
    fn malformed_blocks_are_problems_at_their_place() {
        let src = "::: recommendation to=moj\nA\n:::\n::: recommendation {#a to=\"moj}\n::: recommendation {#b}\nB\n";
        let (_, problems) = scan(src);
        let messages: Vec<(&str, &str)> = problems
            .iter()
            .map(|p| (p.message.as_str(), &src[p.span.clone()]))
            .collect();
        assert_eq!(
            messages,
            [
                (
                    "a recommendation needs its id and addressee in braces",
                    "to=moj"
                ),
                ("the value of `to` has no closing quote", "to=\"moj"),
                (
                    "a recommendation cannot hold another one",
                    "::: recommendation {#b}"
                ),
                (
                    "this recommendation is never closed",
                    "::: recommendation {#a to=\"moj}"
                ),
            ]
        );
    }

    #[test]
    fn a_lone_closing_line_and_other_blocks_are_text() {
        let (blocks, problems) = scan(":::\n::: note\nText\n:::\n");
        assert!(blocks.is_empty() && problems.is_empty());
    }

    #[test]
    fn passages_in_another_language_are_blocks_with_their_tag() {
        let src = "::: {lang=cy}\nCroeso.\n:::\n::: recommendation {#r-1 to=moj}\nDo.\n:::\n::: {lang=en-gb}\nHi.\n:::\n";
        let (blocks, problems) = scan(src);
        assert_eq!(problems, vec![]);
        let kinds: Vec<&Kind> = blocks.iter().map(|b| &b.kind).collect();
        assert_eq!(
            kinds,
            [
                &Kind::Language("cy".into()),
                &Kind::Recommendation,
                // Written back in its canonical form.
                &Kind::Language("en-GB".into()),
            ]
        );
        assert_eq!(&src[blocks[0].content.clone()], "Croeso.\n");
        // The recommendation is the text's first, whatever comes before.
        assert_eq!(ordinal(&blocks, 1), 0);
        assert_eq!(ordinal(&blocks, 2), 1);
    }

    #[test]
    fn a_passage_without_a_language_tag_is_a_problem_at_its_place() {
        let src = "::: {lang=!!}\nA\n:::\n::: {speech=cy}\nB\n:::\n::: {lang=cy #id}\nC\n:::\n::: {lang=fr}\n::: recommendation {#r to=moj}\n:::\n";
        let (_, problems) = scan(src);
        let messages: Vec<(&str, &str)> = problems
            .iter()
            .map(|p| (p.message.as_str(), &src[p.span.clone()]))
            .collect();
        assert_eq!(
            messages,
            [
                ("`!!` is not a language tag", "lang=!!"),
                (
                    "a passage needs its language, `lang=<tag>`",
                    "::: {speech=cy}"
                ),
                (
                    "a passage has its language and nothing else",
                    "::: {lang=cy #id}"
                ),
                (
                    "this passage in another language cannot hold another block",
                    "::: recommendation {#r to=moj}"
                ),
            ]
        );
    }
}
