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

/// The spans of `src`, in order, and what is wrong with any that names
/// no language. Code (spans and blocks, wherever they are) and images are
/// left as they are: the parser says where they are.
pub fn scan(src: &str) -> (Vec<Span>, Vec<Problem>) {
    let mut spans = Vec::new();
    let mut problems = Vec::new();
    if !src.contains(ATTR) {
        return (spans, problems);
    }
    let left_alone = code_and_images(src);
    let mut at = 0;
    for line in src.split_inclusive('\n') {
        line_spans(line, at, &mut spans, &mut problems);
        at += line.len();
    }
    let outside = |r: &Range<usize>| {
        !left_alone
            .iter()
            .any(|c| c.start < r.end && r.start < c.end)
    };
    spans.retain(|s| outside(&(s.open..s.close.end)));
    problems.retain(|p| outside(&p.span));
    (spans, problems)
}

/// Where `src` has code and images, by the parser's own reading.
fn code_and_images(src: &str) -> Vec<Range<usize>> {
    use pulldown_cmark::{Event, Parser, Tag};
    Parser::new_ext(src, super::options())
        .into_offset_iter()
        .filter(|(e, _)| {
            matches!(
                e,
                Event::Code(_)
                    | Event::Start(Tag::CodeBlock(_))
                    | Event::Start(Tag::Image { .. })
                    | Event::Html(_)
                    | Event::InlineHtml(_)
            )
        })
        .map(|(_, r)| r)
        .collect()
}

/// The spans on one line that starts at `start`.
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
        if words.trim().is_empty() || words.contains([']', '*', '_', '`', '\\', '<', '&']) {
            continue;
        }
        let raw = line[search..end].trim_matches('"');
        let close = start + i..start + end + 1;
        match language_tag(raw) {
            Some(tag) => spans.push(Span {
                tag,
                open: start + open,
                close,
            }),
            None => problems.push(Problem {
                span: close,
                message: format!("`{raw}` is not a language tag"),
                hint: "use a BCP 47 tag of a language and, if need be, a country, as in [Gwell dysg na golud]{lang=cy} or {lang=fr-CA}".into(),
            }),
        }
        search = end + 1;
    }
}

/// `raw` as a language tag the page and the PDF can both carry, in its
/// canonical form: a language of two or three letters (not `und`) and, if
/// it has one, a country of two letters (`cy`, `fr-CA`); Typst takes no
/// other. `None` for anything else.
pub fn language_tag(raw: &str) -> Option<String> {
    let id: unic_langid::LanguageIdentifier = raw.parse().ok()?;
    let language = id.language.as_str();
    let region_ok = id.region.is_none_or(|r| r.as_str().len() == 2);
    let ok = (2..=3).contains(&language.len())
        && language != "und"
        && region_ok
        && id.script.is_none()
        && id.variants().len() == 0
        && !raw.contains('_');
    ok.then(|| id.to_string())
}

/// `src` with each span's `[` as [`OPEN`] and its `]{lang=…}` as
/// [`CLOSE`] and padding: the same length. Any of those characters already
/// in the text (they have no business there) become spaces.
pub fn mark<'a>(src: &'a str, spans: &[Span]) -> Cow<'a, str> {
    let stray = |c: char| matches!(c, OPEN | CLOSE | PAD);
    if spans.is_empty() && !src.contains(stray) && !src.contains("&#") {
        return Cow::Borrowed(src);
    }
    let mut out: Vec<u8> = src
        .bytes()
        .map(|b| if (1..=3).contains(&b) { b' ' } else { b })
        .collect();
    // Nor may a character reference bring them in (`&#1;`).
    for r in mark_references(src) {
        out[r].fill(b' ');
    }
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

/// Where `src` has a numeric character reference to one of the marks
/// (`&#1;`, `&#x02;`).
fn mark_references(src: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (i, _) in src.match_indices("&#") {
        let rest = &src[i + 2..];
        let (digits, radix) = match rest.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (rest, 10),
        };
        let len = digits.bytes().take_while(|b| b.is_ascii_hexdigit()).count();
        if len == 0 || len > 8 || !digits[len..].starts_with(';') {
            continue;
        }
        if u32::from_str_radix(&digits[..len], radix).is_ok_and(|n| (1..=3).contains(&n)) {
            let end = i + 2 + (rest.len() - digits.len()) + len + 1;
            out.push(i..end);
        }
    }
    out
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
        // What Typst cannot set is refused too.
        for tag in ["es-419", "und", "abcdefgh", "sr-Latn"] {
            assert_eq!(language_tag(tag), None, "{tag}");
        }
        // Nested in a list and in a quote, found; in code in a list, not.
        let src =
            "- a\n    - [geiriau]{lang=cy}\n\n> [mots]{lang=fr}\n\n- x\n\n      [code]{lang=cy}\n";
        let tags: Vec<String> = scan(src).0.into_iter().map(|s| s.tag).collect();
        assert_eq!(tags, ["cy", "fr"]);
    }

    #[test]
    fn both_converters_mark_a_span_and_nothing_else() {
        let none = |d: &str| Some(d.to_string());
        let words = |id: &str, _: usize| id.to_string();
        let html = |src: &str| super::super::to_html(src, &none, &words).html;
        let typst = |src: &str| {
            let resolve = |_: &str, _: bool| super::super::typst::Dest::None;
            super::super::typst::convert(src, "ch", &resolve, &|_| true).markup
        };
        // An address inside a span ends where the span does.
        let page = html("[gweler www.llyw.cymru]{lang=cy} heddiw");
        assert!(
            page.contains(r#"<span lang="cy">gweler <a href="#)
                && page.contains(r#">www.llyw.cymru</a></span> heddiw"#),
            "{page}"
        );
        // A reference to a mark is no mark.
        for src in ["a &#1; b &#x2; c", "a\u{1}b\u{2}c"] {
            assert!(!html(src).contains("<span"), "{src}");
            let t = typst(src);
            assert!(!t.contains("#text(lang") && !t.contains(']'), "{src}: {t}");
        }
        let t = typst("Y [geiriau]{lang=cy-GB} hyn.");
        assert!(
            t.contains(r#"#text(lang: "cy", region: "GB")[#"geiriau"]"#),
            "{t}"
        );
    }

    #[test]
    fn stray_marks_in_the_text_become_spaces() {
        let src = "a\u{1}b\u{2}c";
        assert_eq!(mark(src, &[]), "a b c");
        // Written as references too.
        assert_eq!(mark("a&#1;b&#x02;c&#65;", &[]), "a    b      c&#65;");
    }
}
