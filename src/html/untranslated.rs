//! Render stage, after the templates: text in another language than the
//! page's reaches the templates between marks (`translate::marked`, for
//! what a translation shows as the original wrote it; and the program's
//! own English on a page in another language), and here each marked run
//! becomes `<span lang="en-GB">` (WCAG 3.1.2), whichever template printed
//! it (`<tspan lang>` in an SVG `<text>`). Where no element may go (inside
//! a tag, in `<title>`, `<option>`, `<script>`, `<style>`, `<textarea>`
//! and elsewhere in SVG) the marks are dropped.
//! Pure functions over the rendered text.

use crate::translate::{END, ENGLISH, ORIGINAL, plain as strip};

/// `html` with its marks made into `<span lang>` (`original`, the
/// language a translation's original is in; `en` for the program's
/// English) or dropped. Each text run between two tags is handled alone,
/// so the result is as well formed as the input, whatever the marks.
pub fn resolve(html: String, original: Option<&str>) -> String {
    if !html.contains([ORIGINAL, ENGLISH, END]) {
        return html;
    }
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut depth = 0usize;
    let mut place = Place::default();
    let mut rest = html.as_str();
    while let Some(at) = rest.find(['<', ORIGINAL, ENGLISH, END]) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let start = match rest.chars().next() {
            Some(ORIGINAL) => Some(original.unwrap_or("und")),
            Some(ENGLISH) => Some("en"),
            _ => None,
        };
        let element = place.element();
        if let Some(lang) = start {
            if depth == 0
                && let Some(element) = element
            {
                out.push_str(&format!("<{element} lang=\"{lang}\">"));
            }
            if depth > 0 || element.is_some() {
                depth += 1;
            }
            rest = &rest[1..];
        } else if let Some(after) = rest.strip_prefix(END) {
            close(&mut out, &mut depth, 1, element);
            rest = after;
        } else {
            close(&mut out, &mut depth, usize::MAX, element);
            rest = tag(rest, &mut out, &mut place, original);
        }
    }
    out.push_str(rest);
    close(&mut out, &mut depth, usize::MAX, place.element());
    out
}

/// Where the text is: in how many SVGs, and whether in an SVG `<text>`.
#[derive(Default)]
struct Place {
    svg: usize,
    svg_text: bool,
}

impl Place {
    /// The element a marked run becomes here, if any may go here.
    fn element(&self) -> Option<&'static str> {
        match (self.svg, self.svg_text) {
            (0, _) => Some("span"),
            (_, true) => Some("tspan"),
            _ => None,
        }
    }
}

/// Closes `levels` of the open marks, writing the element's end tag when
/// the last one goes.
fn close(out: &mut String, depth: &mut usize, levels: usize, element: Option<&str>) {
    if *depth == 0 {
        return;
    }
    *depth = depth.saturating_sub(levels);
    if *depth == 0
        && let Some(element) = element
    {
        out.push_str(&format!("</{element}>"));
    }
}

/// Elements whose content is text only: their marks are dropped up to the
/// end tag.
const TEXT_ONLY: [&str; 5] = ["title", "option", "script", "style", "textarea"];

/// Copies the tag (or comment) at the start of `rest`, without marks, and
/// an element's content if it holds text only (an `<option>` wholly in
/// another language takes its `lang`); tracks SVG. What follows.
fn tag<'a>(rest: &'a str, out: &mut String, place: &mut Place, original: Option<&str>) -> &'a str {
    if let Some(body) = rest.strip_prefix("<!--") {
        let end = body.find("-->").map_or(rest.len(), |i| i + 4 + 3);
        out.push_str(&strip(&rest[..end]));
        return &rest[end..];
    }
    let end = tag_end(rest);
    let text = &rest[..end];
    out.push_str(&strip(text));
    let closing = text.starts_with("</");
    let name: String = text
        .trim_start_matches(['<', '/'])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let self_closing = text.ends_with("/>");
    let after = &rest[end..];
    match name.as_str() {
        "svg" if closing => place.svg = place.svg.saturating_sub(1),
        "svg" if !self_closing => place.svg += 1,
        "text" if place.svg > 0 => place.svg_text = !closing && !self_closing,
        n if !closing && TEXT_ONLY.contains(&n) => {
            let stop = find_end_tag(after, n);
            let content = &after[..stop];
            if n == "option"
                && let Some(lang) = wholly_in(content, original)
                && out.ends_with('>')
            {
                out.pop();
                out.push_str(&format!(" lang=\"{lang}\">"));
            }
            out.push_str(&strip(content));
            return &after[stop..];
        }
        _ => {}
    }
    after
}

/// The language `text` is in when its words are one marked run (a count
/// beside it, "(5)", has no language).
fn wholly_in<'a>(text: &str, original: Option<&'a str>) -> Option<&'a str> {
    let start = text.find([ORIGINAL, ENGLISH])?;
    let end = text.rfind(END)?;
    let words = |s: &str| s.chars().any(char::is_alphabetic);
    if start > end || words(&text[..start]) || words(&text[end..]) {
        return None;
    }
    let inner = &text[start + 1..end];
    let lang = match text[start..].chars().next()? {
        ORIGINAL => original?,
        _ => "en",
    };
    (!inner.contains([ORIGINAL, ENGLISH, END])).then_some(lang)
}

/// Where the tag at the start of `s` ends (after its `>`), past quoted
/// attribute values.
fn tag_end(s: &str) -> usize {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// Where `</name` starts in `s`, or its end.
fn find_end_tag(s: &str, name: &str) -> usize {
    let mut from = 0;
    while let Some(at) = s[from..].find("</") {
        let start = from + at;
        let tag = s.as_bytes().get(start + 2..start + 2 + name.len());
        if tag.is_some_and(|t| t.eq_ignore_ascii_case(name.as_bytes())) {
            return start;
        }
        from = start + 2;
    }
    s.len()
}

/// A page's contents list, its entries marked when the page's text is
/// shown untranslated (the list is outside the text's `lang`).
pub fn toc(
    entries: &[crate::markdown::TocEntry],
    untranslated: bool,
) -> std::borrow::Cow<'_, [crate::markdown::TocEntry]> {
    if !untranslated {
        return entries.into();
    }
    let mut marked = entries.to_vec();
    for e in &mut marked {
        crate::translate::mark(&mut e.title);
    }
    marked.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> String {
        format!("{ORIGINAL}{s}{END}")
    }

    #[test]
    fn a_marked_run_in_text_gets_a_span() {
        let html = format!("<p>Gan {} i {}.</p>", m("HM Prisons"), m("Home Office"));
        assert_eq!(
            resolve(html, Some("en-GB")),
            "<p>Gan <span lang=\"en-GB\">HM Prisons</span> i <span lang=\"en-GB\">Home Office</span>.</p>"
        );
    }

    #[test]
    fn the_programs_english_is_marked_en() {
        let html = format!("<td>Un rhes i bob eitem ({ENGLISH}a body{END}).</td>");
        assert_eq!(
            resolve(html, None),
            "<td>Un rhes i bob eitem (<span lang=\"en\">a body</span>).</td>"
        );
    }

    #[test]
    fn nested_marks_make_one_span() {
        let html = format!("<li>{}</li>", m(&format!("Care ({})", m("CC"))));
        assert_eq!(
            resolve(html, Some("en-GB")),
            "<li><span lang=\"en-GB\">Care (CC)</span></li>"
        );
    }

    #[test]
    fn marks_where_no_element_may_go_are_dropped() {
        let name = m("Prisons & YOIs");
        let html = format!(
            "<title>{name} - NPM</title><a title=\"{name}\" href=\"x\">x</a>\
             <select><option value=\"p\">{name}</option><option>{name} (5)</option></select>\
             <script type=\"application/ld+json\">{{\"n\":\"{name}\",\"x\":\"a<b\"}}</script>\
             <svg><title>{name}</title><text>{name}</text></svg><p>{name}</p>"
        );
        let out = resolve(html, Some("en-GB"));
        assert!(!out.contains([ORIGINAL, ENGLISH, END]), "{out}");
        assert!(
            out.contains("<option value=\"p\" lang=\"en-GB\">Prisons & YOIs</option>"),
            "{out}"
        );
        assert!(
            out.contains("<option lang=\"en-GB\">Prisons & YOIs (5)</option>"),
            "{out}"
        );
        assert_eq!(out.matches("<span lang=\"en-GB\">").count(), 1, "{out}");
        assert!(
            out.contains("<svg><title>Prisons & YOIs</title><text><tspan lang=\"en-GB\">Prisons & YOIs</tspan></text></svg>"),
            "{out}"
        );
        assert!(out.ends_with("<p><span lang=\"en-GB\">Prisons & YOIs</span></p>"));
    }

    #[test]
    fn a_mark_left_open_is_closed_at_the_next_tag() {
        let html = format!("<p>{ORIGINAL}Cut off</p><p>{END}next</p>");
        assert_eq!(
            resolve(html, Some("en-GB")),
            "<p><span lang=\"en-GB\">Cut off</span></p><p>next</p>"
        );
    }
}
