//! An imported [`Document`] as the text of a chapter: CommonMark with the
//! project's footnotes, tables and `::: recommendation` blocks, every
//! character of the document's text escaped so that it reads back as text
//! (never as markup, raw HTML or a recommendation). Records which
//! paragraph of the document each part of the Markdown came from, so that
//! `check` can report against the document. Pure: no I/O.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;

use super::docx::body::plain;
use super::model::{Block, BlockKind, Document, Inline, Loss, Marks, Place, Warning};

/// What the writer needs from the site.
#[derive(Debug, Default)]
pub struct Options {
    /// Each image's path from the chapter (`images/hmip-1.png`), by index.
    pub images: Vec<String>,
    /// The id for each recommendation, in document order.
    pub recommendation_ids: Vec<String>,
    /// Authorities (id, name) a recommendation may be addressed to.
    pub authorities: Vec<(String, String)>,
}

/// The chapter's body (without front matter), and where its parts came
/// from.
#[derive(Debug, Default)]
pub struct Written {
    pub markdown: String,
    /// (byte range in `markdown`, paragraph of the document).
    pub places: Vec<(Range<usize>, Place)>,
    /// Problems only the writer sees (an internal link to a paragraph that
    /// is not a heading).
    pub warnings: Vec<Warning>,
}

impl Written {
    /// The place of a byte offset in the Markdown.
    pub fn place_at(&self, offset: usize) -> Option<&Place> {
        self.places
            .iter()
            .rev()
            .find(|(r, _)| r.start <= offset)
            .map(|(_, p)| p)
    }
}

/// The heading levels of a chapter start at `##` (its title is the `#`).
fn heading_shift(doc: &Document) -> u8 {
    let top = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Text {
                kind: BlockKind::Heading(l),
                ..
            } => Some(*l),
            _ => None,
        })
        .min()
        .unwrap_or(1);
    top.saturating_sub(1)
}

pub fn markdown(doc: &Document, opts: &Options) -> Written {
    let mut w = Writer {
        doc,
        opts,
        out: Written::default(),
        anchors: anchors(doc),
        list: Vec::new(),
        list_id: None,
        alternate: false,
        open_recommendation: false,
        recommendations: 0,
        shift: heading_shift(doc),
    };
    w.blocks();
    w.notes();
    w.out
}

/// Bookmark → the heading id it lands on (the heading it is in, else the
/// nearest one above), and whether it is that heading's own.
fn anchors(doc: &Document) -> HashMap<String, (String, bool)> {
    let mut ids = crate::markdown::HeadingIds::default();
    let mut current: Option<String> = None;
    let mut out = HashMap::new();
    for b in &doc.blocks {
        if let Block::Text {
            kind,
            inlines,
            bookmarks,
            ..
        } = b
        {
            let own = matches!(kind, BlockKind::Heading(_));
            if own {
                current = Some(ids.next(None, &plain(inlines)));
            }
            for name in bookmarks {
                if let Some(id) = &current {
                    out.insert(name.clone(), (id.clone(), own));
                }
            }
        }
    }
    out
}

struct Writer<'d> {
    doc: &'d Document,
    opts: &'d Options,
    out: Written,
    anchors: HashMap<String, (String, bool)>,
    /// Content columns of the open list items, outermost first.
    list: Vec<usize>,
    /// The open list's Word id, and whether it uses the other markers.
    list_id: Option<String>,
    alternate: bool,
    /// A recommendation's block is open (its `:::` not yet written).
    open_recommendation: bool,
    recommendations: usize,
    shift: u8,
}

impl Writer<'_> {
    fn push_block(&mut self, text: &str, place: &Place) {
        let start = self.out.markdown.len();
        self.out.markdown.push_str(text);
        let end = self.out.markdown.len();
        self.out.places.push((start..end, place.clone()));
    }

    fn blocks(&mut self) {
        let mut prev_quote = false;
        for b in &self.doc.blocks {
            let (text, place, is_item, is_quote) = match b {
                Block::Text {
                    kind: BlockKind::Recommendation,
                    inlines,
                    place,
                    bookmarks,
                } => (
                    self.recommendation(inlines, bookmarks, place),
                    place,
                    false,
                    false,
                ),
                Block::Text {
                    kind,
                    inlines,
                    place,
                    ..
                } => {
                    let close = self.close_recommendation();
                    let text = format!(
                        "{close}{}",
                        self.text_block(kind, inlines, place, prev_quote)
                    );
                    let item = matches!(kind, BlockKind::Item { .. });
                    (text, place, item, matches!(kind, BlockKind::Quote))
                }
                Block::Table { rows, place } => {
                    let close = self.close_recommendation();
                    (
                        format!("{close}{}", self.table(rows, place)),
                        place,
                        false,
                        false,
                    )
                }
            };
            if !is_item {
                self.list.clear();
                self.list_id = None;
            }
            prev_quote = is_quote;
            self.push_block(&text, place);
        }
    }

    fn text_block(
        &mut self,
        kind: &BlockKind,
        inlines: &[Inline],
        place: &Place,
        prev_quote: bool,
    ) -> String {
        match kind {
            BlockKind::Heading(l) => {
                let level = (l.saturating_sub(self.shift) + 1).clamp(2, 6) as usize;
                let text = self.inline(inlines, place, true);
                format!("\n{} {}\n", "#".repeat(level), escape_heading_end(&text))
            }
            BlockKind::Para => format!("\n{}\n", block_text(&self.inline(inlines, place, false))),
            BlockKind::Quote => {
                let text = block_text(&self.inline(inlines, place, false));
                let quoted: Vec<String> = text.lines().map(|l| format!("> {l}")).collect();
                let lead = if prev_quote { ">\n" } else { "\n" };
                // A quote after a quote continues it: drop the blank line
                // the previous one ended with.
                if prev_quote && self.out.markdown.ends_with('\n') {
                    self.out.markdown.pop();
                    self.out.markdown.push('\n');
                }
                format!("{lead}{}\n", quoted.join("\n"))
            }
            BlockKind::Item {
                list,
                depth,
                number,
            } => self.item(list, *depth, *number, inlines, place),
            BlockKind::Recommendation => unreachable!("written by Writer::recommendation"),
        }
    }

    fn item(
        &mut self,
        list: &str,
        depth: u8,
        number: Option<u32>,
        inlines: &[Inline],
        place: &Place,
    ) -> String {
        // A list cannot start deeper than its first level, nor skip one.
        let depth = (depth as usize).min(self.list.len());
        let entering = depth == self.list.len();
        let mut starting = self.list.is_empty();
        if depth == 0 && !starting && self.list_id.as_deref() != Some(list) {
            // Another list right after this one: other markers keep them
            // apart, as Markdown would join two lists with the same ones.
            self.alternate = !self.alternate;
            starting = true;
        }
        if depth == 0 {
            self.list_id = Some(list.to_string());
        }
        self.list.truncate(depth);
        let indent = self.list.last().copied().unwrap_or(0);
        let marker = match (number, self.alternate && depth == 0) {
            (Some(n), false) => format!("{n}. "),
            (Some(n), true) => format!("{n}) "),
            (None, false) => "- ".to_string(),
            (None, true) => "* ".to_string(),
        };
        let text = block_text(&self.inline(inlines, place, false));
        let pad = " ".repeat(indent + marker.len());
        let body = text.replace('\n', &format!("\n{pad}"));
        self.list.push(indent + marker.len());
        // An ordered list that does not start at 1 cannot interrupt the
        // text above it: give it a blank line.
        let lead = if starting || (entering && depth > 0 && number.is_some_and(|n| n != 1)) {
            "\n"
        } else {
            ""
        };
        format!("{lead}{}{marker}{body}\n", " ".repeat(indent))
    }

    /// A paragraph in the Recommendation style: opens a recommendation
    /// when it names whom it is to (or nothing is open), else continues the
    /// open one. The block is closed by the next block that is not its.
    fn recommendation(
        &mut self,
        inlines: &[Inline],
        bookmarks: &[String],
        place: &Place,
    ) -> String {
        let (to, rest) = addressee(inlines, &self.opts.authorities);
        let text = block_text(&self.inline(&rest, place, false));
        if self.open_recommendation && !to.named {
            return format!("\n{text}\n");
        }
        let close = self.close_recommendation();
        for name in &to.unknown {
            self.out.warnings.push(Warning {
                loss: Loss::UnknownAddressee,
                place: place.clone(),
                detail: Some(name.clone()),
            });
        }
        if !to.named {
            self.out.warnings.push(Warning {
                loss: Loss::NoAddressee,
                place: place.clone(),
                detail: None,
            });
        }
        let id = bookmarks
            .iter()
            .find_map(|b| b.strip_prefix("rec_"))
            .map(|id| id.replace('_', "-").to_lowercase())
            .or_else(|| {
                self.opts
                    .recommendation_ids
                    .get(self.recommendations)
                    .cloned()
            })
            .unwrap_or_else(|| format!("recommendation-{}", self.recommendations + 1));
        self.recommendations += 1;
        self.open_recommendation = true;
        let to = if to.ids.is_empty() {
            String::new()
        } else {
            format!(" to=\"{}\"", to.ids.join(" "))
        };
        format!("{close}\n::: recommendation {{#{id}{to}}}\n{text}\n")
    }

    /// The fence that ends an open recommendation, if one is open.
    fn close_recommendation(&mut self) -> &'static str {
        if std::mem::take(&mut self.open_recommendation) {
            ":::\n"
        } else {
            ""
        }
    }

    fn table(&mut self, rows: &[Vec<Vec<Inline>>], place: &Place) -> String {
        let mut out = String::from("\n");
        for (i, row) in rows.iter().enumerate() {
            let cells: Vec<String> = row
                .iter()
                .map(|c| self.inline(c, place, true).replace('\n', " "))
                .collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
            if i == 0 {
                let rule = vec!["---"; row.len()];
                let _ = writeln!(out, "| {} |", rule.join(" | "));
            }
        }
        out
    }

    fn notes(&mut self) {
        let close = self.close_recommendation();
        self.out.markdown.push_str(close);
        for (i, paras) in self.doc.notes.iter().enumerate() {
            let place = self.doc.note_places.get(i).cloned().unwrap_or_default();
            let mut text = format!("\n[^{}]: ", i + 1);
            for (j, p) in paras.iter().enumerate() {
                let body = block_text(&self.inline(p, &place, false));
                if j > 0 {
                    text.push_str("\n\n    ");
                }
                text.push_str(&body.replace('\n', "\n    "));
            }
            text.push('\n');
            self.push_block(&text, &place);
        }
    }

    /// Inlines as Markdown. `single_line`: breaks become spaces (headings,
    /// table cells).
    fn inline(&mut self, inlines: &[Inline], place: &Place, single_line: bool) -> String {
        let mut r = Inlines::default();
        for i in inlines {
            match i {
                Inline::Text(t, m) => r.text(t, *m),
                Inline::Break if single_line => r.text(" ", Marks::default()),
                Inline::Break => r.raw("\\\n"),
                Inline::Note(n) => r.raw(&format!("[^{}]", n + 1)),
                Inline::Image(n) => {
                    let alt = self.doc.images.get(*n).and_then(|i| i.alt.as_deref());
                    let path = self.opts.images.get(*n).map_or("", String::as_str);
                    r.raw(&format!(
                        "![{}]({})",
                        escape(&alt.unwrap_or("").replace('\n', " ")),
                        destination(path)
                    ));
                }
                Inline::Link(target, inner) => {
                    let dest = self.link_target(target, place);
                    let text = self.inline(inner, place, single_line);
                    match dest {
                        Some(d) => r.raw(&format!("[{text}]({})", destination(&d))),
                        None => r.raw(&text),
                    }
                }
            }
        }
        r.finish()
    }

    /// A link's address in the chapter: a bookmark becomes its heading's id.
    fn link_target(&mut self, target: &str, place: &Place) -> Option<String> {
        let Some(name) = target.strip_prefix('#') else {
            return Some(target.to_string());
        };
        match self.anchors.get(name) {
            Some((id, true)) => Some(format!("#{id}")),
            Some((id, false)) => {
                self.out.warnings.push(Warning {
                    loss: Loss::BookmarkLink,
                    place: place.clone(),
                    detail: None,
                });
                Some(format!("#{id}"))
            }
            None => {
                self.out.warnings.push(Warning {
                    loss: Loss::BookmarkLink,
                    place: place.clone(),
                    detail: Some(name.to_string()),
                });
                None
            }
        }
    }
}

/// Whom a recommendation is to, from the words it starts with.
#[derive(Debug, Default, PartialEq)]
pub struct Addressee {
    /// It starts with `To`: it opens a recommendation (a paragraph without
    /// it continues the one before).
    pub named: bool,
    /// The authorities' ids.
    pub ids: Vec<String>,
    /// Names that are no authority's.
    pub unknown: Vec<String>,
}

/// `To: Ministry of Justice` (or `To the Ministry of Justice:`, or several
/// separated by `;`) at the start of a recommendation, up to a line break,
/// a colon or a full stop, names whom it is to. Returns them and the text
/// without those words.
pub fn addressee(inlines: &[Inline], authorities: &[(String, String)]) -> (Addressee, Vec<Inline>) {
    let Some(Inline::Text(first, marks)) = inlines.first() else {
        return (Addressee::default(), inlines.to_vec());
    };
    let Some(after) = strip_to(first) else {
        return (Addressee::default(), inlines.to_vec());
    };
    let end = after.find([':', '.']).unwrap_or(after.len());
    let mut found = Addressee {
        named: true,
        ..Addressee::default()
    };
    for name in after[..end]
        .split(';')
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        let bare = |s: &str| {
            s.to_lowercase()
                .trim_start_matches("the ")
                .trim()
                .to_string()
        };
        match authorities
            .iter()
            .find(|(id, n)| bare(name) == id.to_lowercase() || bare(name) == bare(n))
        {
            Some((id, _)) => found.ids.push(id.clone()),
            None => found.unknown.push(name.to_string()),
        }
    }
    let rest = after.get(end + 1..).unwrap_or("").trim_start();
    let mut out = Vec::with_capacity(inlines.len());
    if !rest.is_empty() {
        out.push(Inline::Text(rest.to_string(), *marks));
    }
    out.extend(inlines[1..].iter().cloned());
    while matches!(out.first(), Some(Inline::Break)) {
        out.remove(0);
    }
    if let Some(Inline::Text(t, _)) = out.first_mut() {
        *t = t.trim_start().to_string();
    }
    (found, out)
}

/// The text after a leading `To:` or `To ` (any case).
fn strip_to(text: &str) -> Option<&str> {
    let head = text.get(..3)?;
    if head.eq_ignore_ascii_case("to:") || head.eq_ignore_ascii_case("to ") {
        Some(text[3..].trim_start())
    } else {
        None
    }
}

/// Runs of text with marks, written with delimiters that CommonMark reads
/// back as the same emphasis: white space kept outside them.
#[derive(Default)]
struct Inlines {
    out: String,
    open: Vec<&'static str>,
    /// White space after the last text, written after any closing
    /// delimiters.
    pending: String,
}

impl Inlines {
    fn close_to(&mut self, keep: usize) {
        while self.open.len() > keep {
            if let Some(d) = self.open.pop() {
                self.out.push_str(d);
            }
        }
    }

    fn text(&mut self, t: &str, m: Marks) {
        let core = t.trim();
        if core.is_empty() {
            self.pending.push_str(&" ".repeat(t.chars().count().min(1)));
            return;
        }
        let want: Vec<&'static str> = [(m.bold, "**"), (m.italic, "*"), (m.strike, "~~")]
            .into_iter()
            .filter_map(|(on, d)| on.then_some(d))
            .collect();
        let keep = self
            .open
            .iter()
            .zip(&want)
            .take_while(|(a, b)| a == b)
            .count();
        self.close_to(keep);
        self.out.push_str(&std::mem::take(&mut self.pending));
        if t.starts_with(char::is_whitespace) {
            self.out.push(' ');
        }
        for d in &want[keep..] {
            self.out.push_str(d);
            self.open.push(d);
        }
        let escaped = escape(core);
        match m.lang {
            _ if m.code => self.out.push_str(&code_span(core)),
            // Words in another language, as a span (plain words only: a
            // span holds nothing Markdown would read as markup).
            Some(l) if escaped == core && !core.contains('_') && !core.starts_with('^') => {
                self.out
                    .push_str(&format!("[{core}]{{lang={}}}", l.as_str()));
            }
            _ => self.out.push_str(&escaped),
        }
        if t.ends_with(char::is_whitespace) {
            self.pending.push(' ');
        }
    }

    fn raw(&mut self, s: &str) {
        if s.starts_with('[') && !s.starts_with("[^") || s.starts_with('!') {
            self.close_to(0);
        }
        self.out.push_str(&std::mem::take(&mut self.pending));
        self.out.push_str(s);
    }

    fn finish(mut self) -> String {
        self.close_to(0);
        self.out
    }
}

fn code_span(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// Backslash-escapes what would otherwise be read as Markdown inside a
/// line: emphasis, code, links, raw HTML, entities, table pipes, heading
/// attributes, and the runs smart punctuation would change.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let special = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '|' | '{' | '}' => true,
            // `~~` is strikethrough; `_` is emphasis only beside a
            // non-letter (`snake_case` and addresses stay as written).
            '~' => next == Some('~') || prev == Some('~'),
            '_' => {
                !(prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric))
            }
            '&' => next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#'),
            '-' => next == Some('-'),
            '.' => next == Some('.') && chars.get(i + 2) == Some(&'.'),
            _ => false,
        };
        if special {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A paragraph's text with each line made safe to start a line with: a
/// `#`, `-`, `+`, `=`, `:` or `1.` there would start a heading, list,
/// rule or block.
fn block_text(text: &str) -> String {
    text.lines()
        .map(|l| {
            let l = l.trim_start();
            let digits = l.chars().take_while(char::is_ascii_digit).count();
            if l.starts_with(['#', '-', '+', '=', ':']) {
                format!("\\{l}")
            } else if digits > 0 && l[digits..].starts_with(['.', ')']) {
                format!("{}\\{}", &l[..digits], &l[digits..])
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A heading's text must not end in `#`s (a closing sequence).
fn escape_heading_end(text: &str) -> String {
    let t = block_text(text);
    match t.strip_suffix('#') {
        Some(rest) => format!("{rest}\\#"),
        None => t,
    }
}

/// A link or image address: in angle brackets when it has spaces or
/// parentheses, with what would end it percent-encoded.
fn destination(url: &str) -> String {
    let clean: String = url
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| match c {
            '<' => "%3C".to_string(),
            '>' => "%3E".to_string(),
            ' ' => "%20".to_string(),
            c => c.to_string(),
        })
        .collect();
    if clean.contains(['(', ')']) {
        format!("<{clean}>")
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str, bold: bool, italic: bool) -> Inline {
        Inline::Text(
            s.into(),
            Marks {
                bold,
                italic,
                ..Marks::default()
            },
        )
    }

    fn render(inlines: &[Inline]) -> String {
        let doc = Document::default();
        let opts = Options::default();
        let mut w = Writer {
            doc: &doc,
            opts: &opts,
            out: Written::default(),
            anchors: HashMap::new(),
            list: Vec::new(),
            list_id: None,
            alternate: false,
            open_recommendation: false,
            recommendations: 0,
            shift: 0,
        };
        w.inline(inlines, &Place::default(), false)
    }

    #[test]
    fn emphasis_keeps_white_space_outside_its_delimiters() {
        let md = render(&[
            t("A ", false, false),
            t("bold ", true, false),
            t("word", false, false),
        ]);
        assert_eq!(md, "A **bold** word");
        let md = render(&[t("both", true, true), t(" and bold", true, false)]);
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&md));
        assert_eq!(html, "<p><strong><em>both</em> and bold</strong></p>\n");
    }

    #[test]
    fn text_that_looks_like_markup_is_escaped() {
        assert_eq!(
            escape("a*b*_c_ <script> [x](y) &amp;"),
            "a\\*b\\*\\_c\\_ \\<script\\> \\[x\\](y) \\&amp;"
        );
        assert_eq!(
            block_text("# not a heading\n1. not a list\n::: recommendation"),
            "\\# not a heading\n1\\. not a list\n\\::: recommendation"
        );
    }

    #[test]
    fn addressee_from_the_opening_words() {
        let auth = vec![
            ("moj".to_string(), "Ministry of Justice".to_string()),
            ("home-office".to_string(), "Home Office".to_string()),
        ];
        let (to, rest) = addressee(
            &[t("To the Ministry of Justice: Do this.", false, false)],
            &auth,
        );
        assert_eq!(to.ids, ["moj"]);
        assert_eq!(rest, vec![t("Do this.", false, false)]);
        let (to, rest) = addressee(
            &[
                t("To: Home Office; Nobody", true, false),
                Inline::Break,
                t("Act.", false, false),
            ],
            &auth,
        );
        assert_eq!(
            (to.ids, to.unknown),
            (vec!["home-office".to_string()], vec!["Nobody".to_string()])
        );
        assert_eq!(rest, vec![t("Act.", false, false)]);
        assert!(!addressee(&[t("Tomorrow", false, false)], &auth).0.named);
    }
}
