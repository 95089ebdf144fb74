//! Markdown → Typst markup for the PDF. Chapter text is never Typst source:
//! every piece of it — text, link text, URLs, alt text, code, table cells,
//! footnotes, headings — goes through `string`, becoming a Typst string
//! literal (`#"…"`), which Typst prints and never evaluates. Everything else
//! in the output is written here, by us.

use std::collections::HashMap;

use pulldown_cmark::{Alignment, CodeBlockKind, Event, LinkType, Tag, TagEnd};

use super::{HeadingIds, level};

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
/// `resolve` decides where links and images go.
pub fn convert(src: &str, prefix: &str, resolve: &dyn Fn(&str, bool) -> Dest) -> Converted {
    let first = run(src, prefix, resolve, None);
    if first.1.is_empty() {
        return first.0;
    }
    // Typst wants a footnote's text where it is referenced, so a second pass
    // puts the definitions collected by the first one in place.
    run(src, prefix, resolve, Some(&first.1)).0
}

fn run(
    src: &str,
    prefix: &str,
    resolve: &dyn Fn(&str, bool) -> Dest,
    known_notes: Option<&HashMap<String, Note>>,
) -> (Converted, HashMap<String, Note>) {
    let mut out = String::with_capacity(src.len() * 2);
    let mut map = Vec::new();
    let mut ids = HeadingIds::default();
    // Output for footnote definitions goes to its own buffer, with its own map.
    let mut notes: HashMap<String, Note> = HashMap::new();
    let mut note_stack: Vec<(String, Note)> = Vec::new();
    let mut notes_used = std::collections::HashSet::new();
    // A heading's explicit id, its text, and where its markup starts.
    // A heading's explicit id, its text, where its markup starts, and
    // whether anything visible came in it (text, an image, a note).
    let mut heading_text: Option<(Option<String>, String, usize, bool)> = None;
    // PDF/UA forbids skipping heading levels (the chapter title is level
    // 1): a `####` after a `##` is typeset one level down from it. `check`
    // warns about the skip.
    let mut last_level = 1;
    let mut code: Option<(String, String)> = None;
    let mut image_alt: Option<(Dest, String)> = None;
    let mut links: Vec<bool> = Vec::new();
    // Whether each open list or quote is typeset flat: past `MAX_NESTING`
    // lists and quotes, one in the other, Typst runs out of nesting (a
    // 30-deep list fails), so deeper items are lines with a dash in their
    // parent item, and deeper quotes' text stays in their parent quote.
    let mut lists_flat: Vec<Nest> = Vec::new();
    let mut quotes_flat: Vec<bool> = Vec::new();

    macro_rules! w {
        ($s:expr) => {
            match note_stack.last_mut() {
                Some((_, note)) => note.markup.push_str(&$s),
                None => out.push_str(&$s),
            }
        };
    }

    for (event, range) in super::autolink::events(src) {
        if let Some((_, _, _, visible)) = heading_text.as_mut() {
            *visible |= match &event {
                Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                    !t.trim().is_empty()
                }
                Event::FootnoteReference(_) | Event::Start(Tag::Image { .. }) => true,
                _ => false,
            };
        }
        if matches!(event, Event::Start(_)) {
            match note_stack.last_mut() {
                Some((_, note)) => note.map.push((note.markup.len(), range.start)),
                None => map.push((out.len(), range.start)),
            }
        }
        if let Some((_, text)) = code.as_mut() {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::End(TagEnd::CodeBlock) => {
                    if let Some((lang, text)) = code.take() {
                        let lang = if lang.is_empty() {
                            "none".into()
                        } else {
                            string(&lang)
                        };
                        w!(format!(
                            "#raw(block: true, lang: {lang}, {})\n\n",
                            string(&text)
                        ));
                    }
                }
                _ => {}
            }
            continue;
        }
        if let Some((_, alt)) = image_alt.as_mut() {
            match event {
                Event::End(TagEnd::Image) => {
                    if let Some((dest, alt)) = image_alt.take() {
                        match dest {
                            Dest::Image(path) => w!(format!(
                                "#box(width: 80%, image({}, alt: {}))",
                                string(&path),
                                string(alt.trim())
                            )),
                            _ => w!(text(&alt)),
                        }
                    }
                }
                Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                _ => {}
            }
            continue;
        }
        if let Some((_, t, _, _)) = heading_text.as_mut()
            && let Event::Text(s) | Event::Code(s) = &event
        {
            t.push_str(s);
        }
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => {}
                Tag::Heading { level: l, id, .. } => {
                    let start = note_stack
                        .last()
                        .map_or(out.len(), |(_, note)| note.markup.len());
                    heading_text = Some((id.map(|s| s.to_string()), String::new(), start, false));
                    // The chapter title is the level-1 heading. A heading
                    // in a footnote is typeset where the note is, so it
                    // does not move the main text's level.
                    let lv = level(l).max(2).min(last_level + 1);
                    if note_stack.is_empty() {
                        last_level = lv;
                    }
                    w!(format!("#heading(level: {lv})["));
                }
                Tag::BlockQuote(_) => {
                    let flat = nesting(&lists_flat, &quotes_flat) >= MAX_NESTING;
                    quotes_flat.push(flat);
                    if !flat {
                        w!("#quote(block: true)[");
                    }
                }
                Tag::CodeBlock(kind) => {
                    let lang = match kind {
                        CodeBlockKind::Fenced(info) => {
                            info.split_whitespace().next().unwrap_or("").to_string()
                        }
                        CodeBlockKind::Indented => String::new(),
                    };
                    code = Some((lang, String::new()));
                }
                Tag::HtmlBlock => {}
                Tag::List(start) => {
                    if nesting(&lists_flat, &quotes_flat) >= MAX_NESTING {
                        lists_flat.push(Nest::Flat(start));
                    } else {
                        lists_flat.push(Nest::Open);
                        match start {
                            Some(start) => w!(format!("#enum(start: {start}, ")),
                            None => w!("#list("),
                        }
                    }
                }
                Tag::Item if matches!(lists_flat.last(), Some(Nest::Flat(_))) => {
                    // A flat item: a line with its number, or a dash.
                    let marker = match lists_flat.last_mut() {
                        Some(Nest::Flat(Some(n))) => {
                            *n += 1;
                            format!("{}. ", *n - 1)
                        }
                        _ => "\u{2013} ".to_string(),
                    };
                    w!(format!("#linebreak(){}", text(&marker)));
                }
                Tag::Item => w!("["),
                Tag::FootnoteDefinition(l) => note_stack.push((l.to_string(), Note::default())),
                Tag::Table(aligns) => {
                    let a: Vec<&str> = aligns
                        .iter()
                        .map(|a| match a {
                            Alignment::None | Alignment::Left => "left",
                            Alignment::Center => "center",
                            Alignment::Right => "right",
                        })
                        .collect();
                    w!(format!(
                        "#table(columns: {}, align: ({},), ",
                        aligns.len().max(1),
                        a.join(", ")
                    ));
                }
                Tag::TableHead => w!("table.header("),
                Tag::TableRow => {}
                Tag::TableCell => w!("["),
                Tag::Emphasis => w!("#emph["),
                Tag::Strong => w!("#strong["),
                Tag::Strikethrough => w!("#strike["),
                Tag::Superscript => w!("#super["),
                Tag::Subscript => w!("#sub["),
                Tag::Link {
                    link_type,
                    dest_url,
                    ..
                } => {
                    let dest = if link_type == LinkType::Email {
                        format!("mailto:{dest_url}")
                    } else {
                        dest_url.to_string()
                    };
                    match resolve(&dest, false) {
                        Dest::Url(u) => {
                            links.push(true);
                            w!(format!("#link({})[", string(&u)));
                        }
                        Dest::Label(l) => {
                            links.push(true);
                            w!(format!("#link(<{}>)[", label(&l)));
                        }
                        Dest::Image(_) | Dest::None => links.push(false),
                    }
                }
                Tag::Image { dest_url, .. } => {
                    image_alt = Some((resolve(&dest_url, true), String::new()))
                }
                Tag::DefinitionList
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition
                | Tag::MetadataBlock(_) => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph => w!("\n\n"),
                TagEnd::Heading(_) => {
                    let (explicit, t, start, visible) = heading_text.take().unwrap_or_default();
                    let id = ids.next(explicit.as_deref(), &t);
                    let label = label(&format!("{prefix}--{id}"));
                    if !visible {
                        // PDF/UA forbids an empty heading: keep only its
                        // label, for links to it.
                        let (buf, map) = match note_stack.last_mut() {
                            Some((_, note)) => (&mut note.markup, &mut note.map),
                            None => (&mut out, &mut map),
                        };
                        buf.truncate(start);
                        map.retain(|&(o, _)| o <= start);
                        buf.push_str(&format!("#metadata(none) <{label}>\n\n"));
                    } else {
                        w!(format!("] <{label}>\n\n"));
                    }
                }
                TagEnd::BlockQuote(_) => {
                    let flat = quotes_flat.pop() == Some(true);
                    if !flat {
                        w!("]\n\n");
                    }
                }
                TagEnd::List(_) => {
                    let open = lists_flat.pop() == Some(Nest::Open);
                    if open {
                        w!(")\n\n");
                    }
                }
                TagEnd::Item if matches!(lists_flat.last(), Some(Nest::Flat(_))) => {}
                TagEnd::Item => w!("], "),
                TagEnd::FootnoteDefinition => {
                    if let Some((l, note)) = note_stack.pop() {
                        notes.insert(l, note);
                    }
                }
                TagEnd::Table => w!(")\n\n"),
                TagEnd::TableHead => w!("), "),
                TagEnd::TableCell => w!("], "),
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript => w!("]"),
                TagEnd::Link if links.pop() == Some(true) => w!("]"),
                _ => {}
            },
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => w!(text(&t)),
            Event::Code(t) => w!(format!("#raw({})", string(&t))),
            Event::InlineMath(t) | Event::DisplayMath(t) => w!(text(&t)),
            // A note's text is what the first pass made of its definition,
            // where references made nothing: here too, or a note first
            // referenced inside another one would be placed in a definition
            // that is not output, and its later references point nowhere.
            Event::FootnoteReference(_) if !note_stack.is_empty() => {}
            Event::FootnoteReference(l) => {
                let fn_label = label(&format!("{prefix}--fn-{l}"));
                match known_notes.and_then(|n| n.get(l.as_ref())) {
                    Some(note) if notes_used.insert(l.to_string()) => {
                        // The note's pieces keep pointing at its definition's
                        // lines; after it, back to the reference's.
                        let (buf, buf_map) = match note_stack.last_mut() {
                            Some((_, outer)) => (&mut outer.markup, &mut outer.map),
                            None => (&mut out, &mut map),
                        };
                        let base = buf.len() + "#footnote[".len();
                        buf_map.extend(note.map.iter().map(|&(o, md)| (base + o, md)));
                        buf.push_str(&format!(
                            "#footnote[{}] <{fn_label}>",
                            note.markup.trim_end()
                        ));
                        buf_map.push((buf.len(), range.start));
                    }
                    Some(_) => w!(format!("#footnote(<{fn_label}>)")),
                    None => {}
                }
            }
            Event::SoftBreak => w!(text(" ")),
            Event::HardBreak => w!("#linebreak()"),
            Event::Rule => w!("#line(length: 100%)\n\n"),
            Event::TaskListMarker(done) => w!(text(if done { "☑ " } else { "☐ " })),
        }
    }
    (Converted { markup: out, map }, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(src: &str) -> String {
        convert(src, "ch", &|d, image| {
            if image {
                Dest::Image(format!("/{d}"))
            } else if d.starts_with("https:") {
                Dest::Url(d.to_string())
            } else {
                Dest::Label(format!("ch--{d}"))
            }
        })
        .markup
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
