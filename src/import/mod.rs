//! `import` (and `check FILE.docx`): a member body's Word document into a
//! chapter. Reads the document as untrusted input (`package`, `docx`) into
//! a format-free [`model`], writes it as the chapter's Markdown (`write`)
//! and, in `chapter`, plans where it goes with `new chapter`'s rules and
//! writes the chapter and its pictures into the year's folder only, all or
//! nothing. Every loss is a warning naming the paragraph it is in.

mod chapter;
pub(crate) mod docx;
pub mod model;
pub mod package;
pub mod write;

use std::path::Path;

use crate::diagnostics::Diagnostic;
use model::{Document, Loss, Warning};

pub use chapter::{ImportOptions, Imported, check_document, import};

/// The largest document file read at all.
const MAX_FILE: u64 = 512 * 1024 * 1024;

/// Whether a path names a document `import` reads (by its extension).
pub fn is_document(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "docx" | "docm" | "dotx"))
}

/// Reads a Word document: its blocks, and what could not be carried as
/// warnings. An error when it is not a document that can be read.
pub fn read(path: &Path) -> Result<Document, Vec<Diagnostic>> {
    let fail =
        |message: String, hint: &str| vec![Diagnostic::error(path, None, message).with_hint(hint)];
    let size = std::fs::metadata(path)
        .map_err(|e| {
            fail(
                format!("cannot read this file: {e}"),
                "give the path of a .docx file",
            )
        })?
        .len();
    if size > MAX_FILE {
        return Err(fail(
            format!("this file is {} MiB, larger than any chapter", size >> 20),
            "compress its pictures (in Word: File › Compress Pictures) and save it again",
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        fail(
            format!("cannot read this file: {e}"),
            "give the path of a .docx file",
        )
    })?;
    let parsed = package::Package::open(bytes).and_then(|mut pkg| docx::read(&mut pkg));
    parsed.map_err(|e| {
        let (message, hint) = e.explain();
        fail(message, &hint)
    })
}

/// What a loss is, and what the author could do about it.
fn explain(loss: Loss, detail: Option<&str>) -> (String, &'static str) {
    let d = detail.unwrap_or("");
    match loss {
        Loss::TrackedChanges => (
            "tracked changes: the text is imported as if every change were accepted".into(),
            "accept or reject the changes in Word (Review › Accept All Changes) and send the document again, so the text is the one you mean",
        ),
        Loss::Comment => (
            format!("a comment is not imported: {d}"),
            "comments are for the authors: resolve them in Word before sending",
        ),
        Loss::TextBox => (
            "a text box: its text is imported as paragraphs after the one it is in".into(),
            "put the text in the body of the document, where it should be read",
        ),
        Loss::Shape => (
            "a shape or drawing is not imported".into(),
            "if it carries information, replace it with a picture with alt text, or with words",
        ),
        Loss::Chart => (
            "a chart is not imported".into(),
            "insert it as a picture whose alt text gives its figures, or give the figures as a table",
        ),
        Loss::Colour => (
            "colour, highlighting or shading is not kept".into(),
            "say in words what the colour meant (for a cell coloured red, write its rating)",
        ),
        Loss::MergedCells => (
            "merged table cells are split: the text is in the first of them".into(),
            "give every row and column its own cells, so the table reads in order",
        ),
        Loss::NestedTable => (
            "a table inside a table cell is imported as the cell's text".into(),
            "give the inner table its own place in the text",
        ),
        Loss::LinkedImage => (
            format!("a linked picture is not fetched: {d}"),
            "insert the picture into the document (Insert › Pictures › This Device) instead of linking to it",
        ),
        Loss::UnreadableImage => (
            format!("a picture is not imported: {d}"),
            "save the picture as PNG or JPEG and insert it again",
        ),
        Loss::Embedded => (
            format!("{d} is not imported"),
            "paste what it shows as text, a table or a picture",
        ),
        Loss::Macros => (
            "the document contains macros: they are ignored and never run".into(),
            "save it as a Word document without macros (.docx)",
        ),
        Loss::Symbol => (
            "a character from a symbol font (Wingdings, Symbol) is not imported".into(),
            "use the character itself (Insert › Symbol › normal text), or words",
        ),
        Loss::BookmarkLink if d.is_empty() => (
            "a link to a place that is not a heading now leads to the heading above it".into(),
            "link to a heading (Insert › Link › Place in This Document › Headings)",
        ),
        Loss::BookmarkLink => (
            format!("a link to `{d}`, which is not in the document, is kept as text"),
            "link to a heading (Insert › Link › Place in This Document › Headings)",
        ),
        Loss::Equation => (
            "an equation is imported as plain text".into(),
            "check it reads correctly, or write it in words",
        ),
        Loss::UnknownAddressee => (
            format!("a recommendation is to `{d}`, which is not an authority in registry/authorities.toml"),
            "write the authority's name as registry/authorities.toml gives it (e.g. `To: Ministry of Justice`), or ask the Secretariat to add it",
        ),
        Loss::NoAddressee => (
            "a recommendation does not say whom it is to".into(),
            "start it with a bold line `To: <authority>` and a line break (Shift+Enter), e.g. `To: Ministry of Justice`",
        ),
        Loss::UnsafeEntry => (
            format!("the file holds a part named `{d}`, outside the document's own folders: it is not read"),
            "the file may have been tampered with; ask the sender for it again",
        ),
        Loss::TableOfContents => (
            "the table of contents is left out: the site and the PDF make their own from the headings".into(),
            "nothing to do",
        ),
    }
}

/// The document's losses as diagnostics against `path`: one per kind,
/// naming every paragraph it is in (comments and losses with their own
/// detail one each).
pub fn warnings(path: &Path, warnings: &[Warning]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut by_kind: Vec<(Loss, Vec<&Warning>)> = Vec::new();
    for w in warnings {
        if w.detail.is_some() {
            let (message, hint) = explain(w.loss, w.detail.as_deref());
            out.push(Diagnostic::warning(path, None, at(&w.place, &message)).with_hint(hint));
            continue;
        }
        match by_kind.iter_mut().find(|(l, _)| *l == w.loss) {
            Some((_, ws)) => ws.push(w),
            None => by_kind.push((w.loss, vec![w])),
        }
    }
    for (loss, ws) in by_kind {
        let (message, hint) = explain(loss, None);
        let mut message = at(&ws[0].place, &message);
        if ws.len() > 1 {
            let rest: Vec<String> = ws[1..].iter().map(|w| w.place.describe()).collect();
            message.push_str(&format!(" (also in {})", rest.join("; ")));
        }
        out.push(Diagnostic::warning(path, None, message).with_hint(hint));
    }
    out
}

/// "paragraph 12, under “Findings”: message" (the whole document when the
/// place is none).
pub fn at(place: &model::Place, message: &str) -> String {
    if place.paragraph == 0 {
        message.to_string()
    } else {
        format!("{}: {message}", place.describe())
    }
}
