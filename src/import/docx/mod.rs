//! Word (OOXML, `.docx`) into the importer's [`Document`]: finds the parts
//! (document, styles, numbering, notes, comments, relationships) in the
//! package and walks the body (`body`). Reads only the package it is
//! given.

pub(crate) mod body;
pub(crate) mod parts;

use std::collections::HashMap;

use super::model::{Document, Loss, Place, Warning};
use super::package::{Package, Unreadable, resolve};
use parts::{Rel, is};

/// The XML of every part the importer reads, owned here so the parsed
/// trees can borrow it.
struct Texts {
    main: String,
    styles: Option<String>,
    numbering: Option<String>,
    footnotes: Option<String>,
    endnotes: Option<String>,
    comments: Option<String>,
    core: Option<String>,
}

/// Reads a Word document.
pub fn read(pkg: &mut Package) -> Result<Document, Unreadable> {
    let main = main_part(pkg)?;
    let (dir, file) = main.rsplit_once('/').unwrap_or(("", main.as_str()));
    let (dir, file) = (dir.to_string(), file.to_string());
    let rels_text = pkg.text(&format!("{dir}/_rels/{file}.rels"))?;
    let rels = match &rels_text {
        Some(t) => parts::relationships(&parse(t, "the document's relationships")?),
        None => HashMap::new(),
    };
    let part = |kind: &str, default: &str| {
        rels.values()
            .find(|r| r.kind == kind && !r.external)
            .and_then(|r| resolve(&dir, &r.target))
            .unwrap_or_else(|| format!("{dir}/{default}"))
    };
    let texts = Texts {
        main: pkg
            .text(&main)?
            .ok_or_else(|| Unreadable::Missing(main.clone()))?,
        styles: pkg.text(&part("styles", "styles.xml"))?,
        numbering: pkg.text(&part("numbering", "numbering.xml"))?,
        footnotes: pkg.text(&part("footnotes", "footnotes.xml"))?,
        endnotes: pkg.text(&part("endnotes", "endnotes.xml"))?,
        comments: pkg.text(&part("comments", "comments.xml"))?,
        core: pkg.text("docProps/core.xml")?,
    };
    let macros = pkg.names().any(|n| n.ends_with("vbaproject.bin"));
    let unsafe_names = pkg.unsafe_names.clone();
    let mut doc = walk(pkg, &texts, dir, rels)?;
    for name in unsafe_names.into_iter().rev() {
        doc.warnings.insert(
            0,
            Warning {
                loss: Loss::UnsafeEntry,
                place: Place::default(),
                detail: Some(name),
            },
        );
    }
    if macros {
        doc.warnings.insert(
            0,
            Warning {
                loss: Loss::Macros,
                place: Place::default(),
                detail: None,
            },
        );
    }
    Ok(doc)
}

fn walk(
    pkg: &mut Package,
    texts: &Texts,
    dir: String,
    rels: HashMap<String, Rel>,
) -> Result<Document, Unreadable> {
    let main = parse(&texts.main, "the document's text")?;
    let styles = optional(&texts.styles, "the styles")?;
    let numbering = optional(&texts.numbering, "the list numbering")?;
    let footnotes = optional(&texts.footnotes, "the footnotes")?;
    let endnotes = optional(&texts.endnotes, "the endnotes")?;
    let comments = optional(&texts.comments, "the comments")?;
    let core = optional(&texts.core, "the document properties")?;
    let parts = body::Parts {
        dir,
        rels,
        styles: styles.as_ref().map(parts::styles).unwrap_or_default(),
        numbering: numbering.as_ref().map(parts::numbering).unwrap_or_default(),
        footnotes: notes_by_id(footnotes.as_ref(), "footnote"),
        endnotes: notes_by_id(endnotes.as_ref(), "endnote"),
        comments: comments.as_ref().map(parts::comments).unwrap_or_default(),
    };
    let body = main
        .root_element()
        .children()
        .find(|n| is(*n, "body"))
        .ok_or_else(|| Unreadable::Missing("the document's body (w:body)".into()))?;
    let mut doc = body::Walker::new(pkg, parts).walk(body)?;
    if let Some(core) = &core {
        let (title, summary) = parts::core_properties(core);
        doc.summary = summary;
        if doc.title.is_none() {
            doc.properties_title = title;
        }
    }
    Ok(doc)
}

fn parse<'t>(text: &'t str, what: &str) -> Result<roxmltree::Document<'t>, Unreadable> {
    parts::parse(text).map_err(|e| Unreadable::Corrupt(format!("{what} cannot be read: {e}")))
}

/// Footnotes or endnotes by id, leaving out Word's separators.
fn notes_by_id<'a, 'i>(
    xml: Option<&'a roxmltree::Document<'i>>,
    local: &str,
) -> HashMap<String, roxmltree::Node<'a, 'i>> {
    let Some(xml) = xml else {
        return HashMap::new();
    };
    xml.root_element()
        .children()
        .filter(|n| is(*n, local))
        .filter(|n| {
            !matches!(
                parts::attr(*n, "type"),
                Some("separator" | "continuationSeparator" | "continuationNotice")
            )
        })
        .filter_map(|n| Some((parts::attr(n, "id")?.to_string(), n)))
        .collect()
}

/// The main document part, from the package's relationships (Word calls it
/// `word/document.xml`; others may not).
fn main_part(pkg: &mut Package) -> Result<String, Unreadable> {
    let from_rels = match pkg.text("_rels/.rels")? {
        Some(text) => parts::relationships(&parse(&text, "the package's relationships")?)
            .into_values()
            .find(|r| r.kind == "officeDocument" && !r.external)
            .and_then(|r| resolve("", &r.target)),
        None => None,
    };
    let main = from_rels.unwrap_or_else(|| "word/document.xml".to_string());
    if pkg.has(&main) {
        Ok(main)
    } else if pkg.has("content.xml") && pkg.has("mimetype") {
        Err(Unreadable::Unsupported(
            "this is an OpenDocument file (.odt); opcat-press reads Word documents".into(),
        ))
    } else {
        Err(Unreadable::Missing(main))
    }
}

fn optional<'t>(
    text: &'t Option<String>,
    what: &str,
) -> Result<Option<roxmltree::Document<'t>>, Unreadable> {
    text.as_deref().map(|t| parse(t, what)).transpose()
}
