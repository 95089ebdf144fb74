//! The parts of a Word document the body refers to: relationships,
//! styles, list numbering, comments and the document properties, each
//! read from its XML into plain maps. Pure functions of the XML text.

use std::collections::HashMap;

use roxmltree::{Document, Node};

/// Namespaces are matched by local name: Word's transitional and strict
/// OOXML name the same elements in different namespaces.
pub fn is(n: Node, local: &str) -> bool {
    n.is_element() && n.tag_name().name() == local
}

/// An attribute by local name, whatever its namespace.
pub fn attr<'a>(n: Node<'a, '_>, local: &str) -> Option<&'a str> {
    n.attributes()
        .find(|a| a.name() == local)
        .map(|a| a.value())
}

/// An attribute in the relationships namespace (`r:id`, `r:embed`), which
/// elements also have a `w:id` beside.
pub fn rel_attr<'a>(n: Node<'a, '_>, local: &str) -> Option<&'a str> {
    n.attributes()
        .find(|a| {
            a.name() == local
                && a.namespace()
                    .is_some_and(|ns| ns.ends_with("relationships"))
        })
        .map(|a| a.value())
}

pub fn child<'a, 'i>(n: Node<'a, 'i>, local: &str) -> Option<Node<'a, 'i>> {
    n.children().find(|c| is(*c, local))
}

/// `w:val` of a child element (`<w:pStyle w:val="Heading1"/>`).
pub fn child_val<'a>(n: Node<'a, '_>, local: &str) -> Option<&'a str> {
    child(n, local).and_then(|c| attr(c, "val"))
}

/// An on/off property (`<w:b/>`, `<w:b w:val="0"/>`): `None` when absent.
pub fn toggle(rpr: Node, local: &str) -> Option<bool> {
    child(rpr, local).map(|c| !matches!(attr(c, "val"), Some("0" | "false" | "off" | "none")))
}

/// Parses XML as untrusted input: no DTD (so no entity expansion), and a
/// bound on the nodes so a huge part cannot exhaust memory.
pub fn parse(text: &str) -> Result<Document<'_>, String> {
    let opts = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: 20_000_000,
        ..roxmltree::ParsingOptions::default()
    };
    Document::parse_with_options(text, opts).map_err(|e| e.to_string())
}

/// One relationship: where it points and whether that is outside the
/// document (a linked picture, a web address).
#[derive(Debug, Clone)]
pub struct Rel {
    pub kind: String,
    pub target: String,
    pub external: bool,
}

pub fn relationships(xml: &Document) -> HashMap<String, Rel> {
    xml.root_element()
        .children()
        .filter(|n| is(*n, "Relationship"))
        .filter_map(|n| {
            let rel = Rel {
                kind: attr(n, "Type")
                    .unwrap_or("")
                    .rsplit('/')
                    .next()?
                    .to_string(),
                target: attr(n, "Target")?.to_string(),
                external: attr(n, "TargetMode") == Some("External"),
            };
            Some((attr(n, "Id")?.to_string(), rel))
        })
        .collect()
}

/// A paragraph or character style, as far as the importer uses it.
#[derive(Debug, Clone, Default)]
pub struct Style {
    /// Lower-cased, spaces removed: `heading1`, `intensequote`.
    pub name: String,
    pub based_on: Option<String>,
    pub outline: Option<u8>,
    /// List numbering the style applies: (numId, level).
    pub num: Option<(String, u8)>,
    pub bold: Option<bool>,
    pub italic: Option<bool>,
    pub strike: Option<bool>,
}

#[derive(Debug, Default)]
pub struct Styles {
    pub by_id: HashMap<String, Style>,
    /// The document's default paragraph style's id.
    pub default_para: Option<String>,
    /// The document's language (its default run properties' `w:lang`, or
    /// the default paragraph style's): text Word marks in another language
    /// is written as such.
    pub language: Option<crate::import::model::Lang>,
}

pub fn styles(xml: &Document) -> Styles {
    let mut out = Styles {
        language: child(xml.root_element(), "docDefaults")
            .and_then(|d| child(d, "rPrDefault"))
            .and_then(|d| child(d, "rPr"))
            .and_then(lang_of),
        ..Styles::default()
    };
    for s in xml.root_element().children().filter(|n| is(*n, "style")) {
        let Some(id) = attr(s, "styleId") else {
            continue;
        };
        let ppr = child(s, "pPr");
        let rpr = child(s, "rPr");
        let style = Style {
            name: normalise(child_val(s, "name").unwrap_or(id)),
            based_on: child_val(s, "basedOn").map(str::to_string),
            outline: ppr
                .and_then(|p| child_val(p, "outlineLvl"))
                .and_then(|v| v.parse().ok()),
            num: ppr.and_then(|p| child(p, "numPr")).and_then(num_pr),
            bold: rpr.and_then(|r| toggle(r, "b")),
            italic: rpr.and_then(|r| toggle(r, "i")),
            strike: rpr.and_then(|r| toggle(r, "strike").or(toggle(r, "dstrike"))),
        };
        if attr(s, "type") == Some("paragraph") && attr(s, "default") == Some("1") {
            out.default_para = Some(id.to_string());
            if let Some(l) = rpr.and_then(lang_of) {
                out.language = Some(l);
            }
        }
        out.by_id.insert(id.to_string(), style);
    }
    out
}

/// `heading 1` → `heading1`; `Intense Quote` → `intensequote`.
pub fn normalise(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// `<w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>`.
pub fn num_pr(n: Node) -> Option<(String, u8)> {
    let id = child_val(n, "numId")?.to_string();
    let level = child_val(n, "ilvl")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    Some((id, level.min(8)))
}

impl Styles {
    /// The style and those it is based on, nearest first (at most 20: a
    /// cycle in `basedOn` ends the chain).
    pub fn chain<'a>(&'a self, id: Option<&'a str>) -> impl Iterator<Item = &'a Style> + 'a {
        let mut next = id;
        std::iter::from_fn(move || {
            let s = self.by_id.get(next?)?;
            next = s.based_on.as_deref();
            Some(s)
        })
        .take(20)
    }
}

/// One level of a list definition.
#[derive(Debug, Clone)]
pub struct Level {
    pub bullet: bool,
    pub start: u32,
}

/// `numbering.xml`: each list (`numId`) and the definition it uses.
#[derive(Debug, Default)]
pub struct Numbering {
    /// numId → (abstractNumId, level → start override).
    pub nums: HashMap<String, (String, HashMap<u8, u32>)>,
    /// abstractNumId → its levels by ilvl.
    pub abstracts: HashMap<String, HashMap<u8, Level>>,
}

pub fn numbering(xml: &Document) -> Numbering {
    let mut out = Numbering::default();
    for n in xml.root_element().children().filter(|n| n.is_element()) {
        if is(n, "abstractNum") {
            let Some(id) = attr(n, "abstractNumId") else {
                continue;
            };
            let levels = n
                .children()
                .filter(|l| is(*l, "lvl"))
                .filter_map(|l| {
                    let ilvl: u8 = attr(l, "ilvl")?.parse().ok()?;
                    let fmt = child_val(l, "numFmt").unwrap_or("decimal");
                    let level = Level {
                        bullet: matches!(fmt, "bullet" | "none"),
                        start: child_val(l, "start")
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(1),
                    };
                    Some((ilvl, level))
                })
                .collect();
            out.abstracts.insert(id.to_string(), levels);
        } else if is(n, "num") {
            let (Some(id), Some(abs)) = (attr(n, "numId"), child_val(n, "abstractNumId")) else {
                continue;
            };
            let overrides = n
                .children()
                .filter(|o| is(*o, "lvlOverride"))
                .filter_map(|o| {
                    let ilvl = attr(o, "ilvl")?.parse().ok()?;
                    let start = child_val(o, "startOverride")?.parse().ok()?;
                    Some((ilvl, start))
                })
                .collect();
            out.nums
                .insert(id.to_string(), (abs.to_string(), overrides));
        }
    }
    out
}

/// Comments by id: who wrote each and its text.
pub fn comments(xml: &Document) -> HashMap<String, (String, String)> {
    xml.root_element()
        .children()
        .filter(|n| is(*n, "comment"))
        .filter_map(|c| {
            let text: Vec<String> = c
                .children()
                .filter(|p| is(*p, "p"))
                .map(|p| {
                    p.descendants()
                        .filter(|t| is(*t, "t"))
                        .filter_map(|t| t.text())
                        .collect::<String>()
                })
                .collect();
            let author = attr(c, "author").unwrap_or("someone").to_string();
            Some((attr(c, "id")?.to_string(), (author, text.join(" "))))
        })
        .collect()
}

/// The document properties' title and description (or subject).
pub fn core_properties(xml: &Document) -> (Option<String>, Option<String>) {
    let text = |local: &str| {
        xml.root_element()
            .children()
            .find(|n| is(*n, local))
            .and_then(|n| n.text())
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
    };
    (
        text("title"),
        text("description").or_else(|| text("subject")),
    )
}

/// The language a run's properties mark its text with (`w:lang w:val`).
pub fn lang_of(rpr: Node) -> Option<crate::import::model::Lang> {
    child(rpr, "lang")
        .and_then(|l| attr(l, "val"))
        .and_then(crate::import::model::Lang::new)
}
