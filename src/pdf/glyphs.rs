//! What the report's fonts cannot draw: characters Typst laid out with no
//! font that has them (a `.notdef` glyph, which PDF/A forbids) or from the
//! Unicode private-use areas (which PDF/A forbids whatever the font), and
//! emoji shown by their names instead. Each is reported once per file, at its
//! first place, naming the lines of the others: a chapter quoting a
//! detainee in a script no font has gets one error per character, not one
//! per occurrence.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::path::PathBuf;

use typst::layout::{Frame, FrameItem};
use typst::syntax::Span;
use typst_layout::PagedDocument;

use crate::diagnostics::{Diagnostic, line_col};

/// Whether `c` is a private-use character: its meaning is a private
/// agreement, so PDF/A forbids it even when a font has a glyph for it.
pub fn is_private_use(c: char) -> bool {
    matches!(c, '\u{e000}'..='\u{f8ff}' | '\u{f0000}'..='\u{ffffd}' | '\u{100000}'..='\u{10fffd}')
}

/// Every character laid out with no font that has it, or private-use, and
/// the places in the generated source it came from (one span per distinct
/// place).
pub fn missing(doc: &PagedDocument) -> BTreeMap<char, Vec<(Span, u16)>> {
    fn walk(
        frame: &Frame,
        seen: &mut HashSet<(char, Span, u16)>,
        out: &mut BTreeMap<char, Vec<(Span, u16)>>,
    ) {
        for (_, item) in frame.items() {
            match item {
                FrameItem::Group(g) => walk(&g.frame, seen, out),
                FrameItem::Text(t) => {
                    for g in &t.glyphs {
                        let text = t.text.get(g.range()).unwrap_or_default();
                        let bad =
                            |c: &char| !c.is_whitespace() && (g.id == 0 || is_private_use(*c));
                        for c in text.chars().filter(bad) {
                            if seen.insert((c, g.span.0, g.span.1)) {
                                out.entry(c).or_default().push(g.span);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let mut seen = HashSet::new();
    let mut out = BTreeMap::new();
    for page in doc.pages() {
        walk(&page.frame, &mut seen, &mut out);
    }
    out
}

/// Whether a Typst export error is one of those `missing` already reports,
/// once per character: the PDF's own check finds each occurrence again.
pub fn is_missing_glyph_error(message: &str) -> bool {
    message.contains("could not be displayed with") || message.contains("contains the codepoint")
}

/// `c` as a message shows it: the character itself (unless it is invisible)
/// and its code point.
pub fn show_char(c: char) -> String {
    if c.is_control() || c.is_whitespace() || is_private_use(c) {
        format!("U+{:04X}", c as u32)
    } else {
        format!("`{c}` (U+{:04X})", c as u32)
    }
}

/// The byte offsets of every `needle` in `text`.
pub fn occurrences(text: &str, needle: &str) -> Vec<usize> {
    if needle.is_empty() {
        return Vec::new();
    }
    text.match_indices(needle).map(|(i, _)| i).collect()
}

/// One diagnostic for a thing found at `offsets` in `file` (whose text is
/// `text`): at the first, its message saying on which other lines it is.
/// `None` when there is no offset.
pub fn at_first(
    error: bool,
    file: PathBuf,
    text: &str,
    offsets: &[usize],
    len: usize,
    message: &str,
    hint: &str,
) -> Option<Diagnostic> {
    let first = *offsets.iter().min()?;
    let (first_line, _) = line_col(text, first);
    let mut lines: Vec<usize> = offsets
        .iter()
        .map(|&o| line_col(text, o).0)
        .filter(|&l| l != first_line)
        .collect();
    lines.sort_unstable();
    lines.dedup();
    let message = format!("{message}{}", also_on(&lines));
    let span: Range<usize> = first..first + len.max(1);
    let d = if error {
        Diagnostic::error(file, Some(span), message)
    } else {
        Diagnostic::warning(file, Some(span), message)
    };
    Some(d.with_hint(hint))
}

/// `; also on line 4` or `; also on lines 4, 9 and 12`; nothing for none.
fn also_on(lines: &[usize]) -> String {
    match lines {
        [] => String::new(),
        [one] => format!("; also on line {one}"),
        [init @ .., last] => format!(
            "; also on lines {} and {last}",
            init.iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_other_lines_are_listed_once_each_in_order() {
        assert_eq!(also_on(&[]), "");
        assert_eq!(also_on(&[4]), "; also on line 4");
        assert_eq!(also_on(&[4, 9, 12]), "; also on lines 4, 9 and 12");
        let text = "a x\nb\nx x\nx\n";
        let d = at_first(
            true,
            "f.md".into(),
            text,
            &occurrences(text, "x"),
            1,
            "no x",
            "h",
        )
        .expect("a diagnostic");
        assert_eq!(d.span, Some(2..3));
        assert_eq!(d.message, "no x; also on lines 3 and 4");
    }
}
