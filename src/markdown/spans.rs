//! A few words in another language inside a sentence, as Pandoc writes a
//! bracketed span with its attribute:
//!
//! ```markdown
//! The board's motto, [Gwell dysg na golud]{lang=cy}, is on the wall.
//! ```
//!
//! so that the words get `lang` on the page (`<span lang="cy">`) and in
//! the PDF (WCAG 3.1.2), as a `::: {lang=cy}` passage does for paragraphs.
//! A span is on one line and holds plain words: no brackets, emphasis,
//! code or links inside (those stay as they are written).
//!
//! `scan` finds the spans; `mark` hands the Markdown parser the same text
//! with each span's `[` as [`OPEN`] and its `]{lang=…}` as [`CLOSE`] and
//! padding, the same length so that every offset still points into the
//! file; the converters turn the marks into their markup with [`pieces`].
//! Pure functions: no I/O.

use std::borrow::Cow;
use std::ops::Range;

use super::recommendations::Problem;

/// Where a span starts, in the text the parser reads.
pub const OPEN: char = '\u{1}';
/// Where a span ends.
pub const CLOSE: char = '\u{2}';
/// What fills the rest of `]{lang=…}`, dropped by the converters.
const PAD: char = '\u{3}';

/// One `[words]{lang=tag}`. Offsets are into the Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The tag, in its canonical form (`cy`, `en-GB`).
    pub tag: String,
    /// The `[`.
    pub open: usize,
    /// `]{lang=…}`.
    pub close: Range<usize>,
}

const ATTR: &str = "]{lang=";

/// The spans of `src` outside code, in order, and what is wrong with any
/// that names no language.
pub fn scan(src: &str) -> (Vec<Span>, Vec<Problem>) {
    let mut spans = Vec::new();
    let mut problems = Vec::new();
    let mut fence: Option<(u8, usize)> = None;
    let mut at = 0;
    for line in src.split_inclusive('\n') {
        let start = at;
        at += line.len();
        if let Some(f) = super::recommendations::code_fence(line.trim_end(), fence) {
            fence = f;
            continue;
        }
        if fence.is_some() || line.starts_with("    ") || line.starts_with('\t') {
            continue;
        }
        line_spans(line, start, &mut spans, &mut problems);
    }
    (spans, problems)
}

/// The spans on one line that starts at `start`, skipping code spans.
fn line_spans(line: &str, start: usize, spans: &mut Vec<Span>, problems: &mut Vec<Problem>) {
    let mut search = 0;
    while let Some(i) = line[search..].find(ATTR).map(|i| i + search) {
        search = i + ATTR.len();
        let Some(end) = line[search..].find('}').map(|e| search + e) else {
            continue;
        };
        // The words: back to the nearest `[`, with nothing inside that
        // Markdown would read as markup.
        let Some(open) = line[..i].rfind('[') else {
            continue;
        };
        let words = &line[open + 1..i];
        let in_code = line[..open].matches('`').count() % 2 == 1;
        if in_code || words.trim().is_empty() || words.contains([']', '*', '_', '`', '\\']) {
            continue;
        }
        let raw = line[search..end].trim_matches('"');
        let close = start + i..start + end + 1;
        match raw.parse::<unic_langid::LanguageIdentifier>() {
            Ok(id) if !raw.contains('_') => spans.push(Span {
                tag: id.to_string(),
                open: start + open,
                close,
            }),
            _ => problems.push(Problem {
                span: close,
                message: format!("`{raw}` is not a language tag"),
                hint: "use a BCP 47 tag, as in [Gwell dysg na golud]{lang=cy}".into(),
            }),
        }
        search = end + 1;
    }
}

/// `src` with each span's `[` as [`OPEN`] and its `]{lang=…}` as
/// [`CLOSE`] and padding: the same length. Any of those characters already
/// in the text (they have no business there) become spaces.
pub fn mark<'a>(src: &'a str, spans: &[Span]) -> Cow<'a, str> {
    let stray = |c: char| matches!(c, OPEN | CLOSE | PAD);
    if spans.is_empty() && !src.contains(stray) {
        return Cow::Borrowed(src);
    }
    let mut out: Vec<u8> = src
        .bytes()
        .map(|b| if (1..=3).contains(&b) { b' ' } else { b })
        .collect();
    for s in spans {
        out[s.open] = OPEN as u8;
        out[s.close.start] = CLOSE as u8;
        for byte in &mut out[s.close.start + 1..s.close.end] {
            *byte = PAD as u8;
        }
    }
    // Only ASCII bytes were replaced by ASCII bytes.
    Cow::Owned(String::from_utf8(out).unwrap_or_default())
}

/// A piece of marked text.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Open,
    Close,
}

/// Marked text as its words and the spans' starts and ends.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut from = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, OPEN | CLOSE | PAD) {
            if from < i {
                out.push(Piece::Text(&text[from..i]));
            }
            match c {
                OPEN => out.push(Piece::Open),
                CLOSE => out.push(Piece::Close),
                _ => {}
            }
            from = i + c.len_utf8();
        }
    }
    if from < text.len() {
        out.push(Piece::Text(&text[from..]));
    }
    out
}

/// Marked text without its marks: the words only.
pub fn plain(text: &str) -> Cow<'_, str> {
    if text.contains([OPEN, CLOSE, PAD]) {
        Cow::Owned(text.replace([OPEN, CLOSE, PAD], ""))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_is_found_and_marked_in_place() {
        let src = "The motto, [Gwell dysg na golud]{lang=cy}, is old.\n";
        let (spans, problems) = scan(src);
        assert!(problems.is_empty());
        assert_eq!(spans.len(), 1);
        assert_eq!(&src[spans[0].open..spans[0].open + 1], "[");
        assert_eq!(&src[spans[0].close.clone()], "]{lang=cy}");
        let marked = mark(src, &spans);
        assert_eq!(marked.len(), src.len());
        let p = pieces(&marked);
        assert_eq!(
            p,
            vec![
                Piece::Text("The motto, "),
                Piece::Open,
                Piece::Text("Gwell dysg na golud"),
                Piece::Close,
                Piece::Text(", is old.\n"),
            ]
        );
        assert_eq!(plain(&marked), "The motto, Gwell dysg na golud, is old.\n");
    }

    #[test]
    fn code_links_and_bad_tags_are_left_or_reported() {
        let (spans, problems) = scan("`[a]{lang=cy}` and\n\n```\n[b]{lang=cy}\n```\n");
        assert!(spans.is_empty() && problems.is_empty());
        let (spans, _) = scan("[a *b*]{lang=cy} [link](x)");
        assert!(spans.is_empty());
        let (spans, problems) = scan("[geiriau]{lang=no_t_a_tag!}");
        assert!(spans.is_empty());
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("not a language tag"));
        let (spans, _) = scan("[mots]{lang=fr-ca}");
        assert_eq!(spans[0].tag, "fr-CA");
    }

    #[test]
    fn stray_marks_in_the_text_become_spaces() {
        let src = "a\u{1}b\u{2}c";
        assert_eq!(mark(src, &[]), "a b c");
    }
}
