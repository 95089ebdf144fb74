//! Walks a Word document's body, paragraph by paragraph and run by run,
//! into blocks and inlines: styles decide headings, quotes, list items and
//! recommendations; fields, tracked changes, notes, pictures and text
//! boxes are resolved here, and whatever Markdown cannot carry is recorded
//! as a warning at its paragraph. Reads pictures from the package; nothing
//! else.

use std::collections::{HashMap, HashSet};

use roxmltree::Node;

use super::parts::{self, Numbering, Rel, Styles, attr, child, child_val, is, rel_attr, toggle};
use crate::import::model::{
    Block, BlockKind, Document, Image, Inline, Loss, Marks, Place, Warning,
};
use crate::import::package::{Package, Unreadable, resolve};

/// What the body refers to, read from the other parts.
pub struct Parts<'a, 'i> {
    pub dir: String,
    pub rels: HashMap<String, Rel>,
    pub styles: Styles,
    pub numbering: Numbering,
    pub footnotes: HashMap<String, Node<'a, 'i>>,
    pub endnotes: HashMap<String, Node<'a, 'i>>,
    pub comments: HashMap<String, (String, String)>,
}

/// A complex field (`fldChar` begin … separate … end) being read.
struct Field {
    instr: String,
    /// Past `separate`: its result is showing.
    result: bool,
    /// Where its result starts in the paragraph's inlines, and which
    /// paragraph that is (a HYPERLINK field's result becomes the link).
    start: Option<(usize, usize)>,
}

impl Field {
    fn name(&self) -> String {
        self.instr
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase()
    }
}

/// Paragraph kinds before lists are numbered.
enum Kind {
    Title,
    Block(BlockKind),
    Item(String, u8),
}

pub struct Walker<'p, 'a, 'i> {
    pkg: &'p mut Package,
    parts: Parts<'a, 'i>,
    doc: Document,
    place: Place,
    fields: Vec<Field>,
    /// Inside a link: its runs' colour is the link's, not a loss.
    in_link: usize,
    /// List counters by abstract list, one per level.
    counters: HashMap<String, [u32; 9]>,
    started: HashSet<String>,
    notes: HashMap<(bool, String), usize>,
    images: HashMap<String, usize>,
    reported: HashSet<(Loss, usize)>,
    comments_seen: HashSet<String>,
    bookmarks: Vec<String>,
    /// The first letter of the next paragraph, set as a drop cap.
    drop_cap: Vec<Inline>,
    failed: Option<Unreadable>,
}

const QUOTE_STYLES: [&str; 6] = [
    "quote",
    "intensequote",
    "blocktext",
    "quotations",
    "quotation",
    "blockquote",
];

impl<'p, 'a, 'i> Walker<'p, 'a, 'i> {
    pub fn new(pkg: &'p mut Package, parts: Parts<'a, 'i>) -> Self {
        Walker {
            pkg,
            parts,
            doc: Document::default(),
            place: Place::default(),
            fields: Vec::new(),
            in_link: 0,
            counters: HashMap::new(),
            started: HashSet::new(),
            notes: HashMap::new(),
            images: HashMap::new(),
            reported: HashSet::new(),
            comments_seen: HashSet::new(),
            bookmarks: Vec::new(),
            drop_cap: Vec::new(),
            failed: None,
        }
    }

    pub fn walk(mut self, body: Node<'a, 'i>) -> Result<Document, Unreadable> {
        let mut blocks = Vec::new();
        self.blocks(body, &mut blocks, true);
        if let Some(e) = self.failed {
            return Err(e);
        }
        self.doc.blocks = blocks;
        Ok(self.doc)
    }

    fn loss(&mut self, loss: Loss, detail: Option<String>) {
        if detail.is_none() && !self.reported.insert((loss, self.place.paragraph)) {
            return;
        }
        self.doc.warnings.push(Warning {
            loss,
            place: self.place.clone(),
            detail,
        });
    }

    fn blocks(&mut self, parent: Node<'a, 'i>, out: &mut Vec<Block>, counted: bool) {
        for c in parent.children().filter(Node::is_element) {
            match c.tag_name().name() {
                "p" => self.paragraph(c, out, counted),
                "tbl" => self.table(c, out, counted),
                "sdt" => {
                    if let Some(content) = child(c, "sdtContent") {
                        self.blocks(content, out, counted);
                    }
                }
                "customXml" | "ins" | "moveTo" => self.blocks(c, out, counted),
                "del" | "moveFrom" => self.loss(Loss::TrackedChanges, None),
                "bookmarkStart" => self.bookmark(c),
                "altChunk" => self.loss(Loss::Embedded, Some("an embedded document".into())),
                _ => {}
            }
        }
    }

    fn bookmark(&mut self, b: Node) {
        if let Some(name) = attr(b, "name").filter(|n| *n != "_GoBack") {
            self.bookmarks.push(name.to_string());
        }
    }

    fn paragraph(&mut self, p: Node<'a, 'i>, out: &mut Vec<Block>, counted: bool) {
        if counted {
            self.doc.paragraphs += 1;
            self.place.paragraph = self.doc.paragraphs;
        }
        let ppr = child(p, "pPr");
        if ppr
            .and_then(|x| child(x, "rPr"))
            .is_some_and(|r| child(r, "ins").is_some() || child(r, "del").is_some())
        {
            self.loss(Loss::TrackedChanges, None);
        }
        let kind = self.kind_of(ppr);
        for b in p.descendants().filter(|n| is(*n, "bookmarkStart")) {
            self.bookmark(b);
        }
        let mut inlines = std::mem::take(&mut self.drop_cap);
        let mut extra = Vec::new();
        self.inlines(p, &mut inlines, Marks::default(), &mut extra);
        if is_drop_cap(ppr) {
            // A drop cap is a frame holding the paragraph's first letter.
            self.drop_cap = inlines;
            return;
        }
        trim(&mut inlines);
        if !inlines.is_empty() {
            let kind = match kind {
                Kind::Title if self.doc.title.is_none() && counted => {
                    let title = plain(&inlines);
                    self.place.heading = Some(title.clone());
                    self.doc.title = Some(title);
                    None
                }
                Kind::Title => Some(BlockKind::Heading(1)),
                Kind::Block(k) => Some(k),
                Kind::Item(num, level) => Some(self.item(&num, level)),
            };
            if let Some(kind) = kind {
                if matches!(kind, BlockKind::Heading(_)) && counted {
                    self.place.heading = Some(plain(&inlines));
                }
                out.push(Block::Text {
                    kind,
                    inlines,
                    place: self.place.clone(),
                    bookmarks: std::mem::take(&mut self.bookmarks),
                });
            }
        }
        out.extend(extra);
    }

    /// What a paragraph is, from its own properties and its style's.
    fn kind_of(&self, ppr: Option<Node>) -> Kind {
        let styles = &self.parts.styles;
        let id = ppr
            .and_then(|p| child_val(p, "pStyle"))
            .or(styles.default_para.as_deref());
        let chain: Vec<&parts::Style> = styles.chain(id).collect();
        let names: Vec<&str> = chain.iter().map(|s| s.name.as_str()).collect();
        if names.first() == Some(&"title") {
            return Kind::Title;
        }
        let outline = ppr
            .and_then(|p| child_val(p, "outlineLvl"))
            .and_then(|v| v.parse::<u8>().ok())
            .or_else(|| chain.iter().find_map(|s| s.outline))
            .or_else(|| names.iter().find_map(|n| heading_level(n)));
        if let Some(level) = outline.filter(|l| *l < 9) {
            return Kind::Block(BlockKind::Heading(level + 1));
        }
        if names.contains(&"recommendation") {
            return Kind::Block(BlockKind::Recommendation);
        }
        let num = ppr
            .and_then(|p| child(p, "numPr"))
            .and_then(parts::num_pr)
            .or_else(|| chain.iter().find_map(|s| s.num.clone()));
        if let Some((id, level)) = num.filter(|(id, _)| id != "0") {
            return Kind::Item(id, level);
        }
        if names.iter().any(|n| QUOTE_STYLES.contains(n)) || indented(ppr) {
            return Kind::Block(BlockKind::Quote);
        }
        Kind::Block(BlockKind::Para)
    }

    /// A list item: its depth, and its number when the list is numbered
    /// (counted as Word counts: per list definition and level, restarting
    /// where a list overrides its start).
    fn item(&mut self, num: &str, level: u8) -> BlockKind {
        let Some((abs, overrides)) = self.parts.numbering.nums.get(num) else {
            return BlockKind::Item {
                list: num.to_string(),
                depth: level,
                number: None,
            };
        };
        let def = self
            .parts
            .numbering
            .abstracts
            .get(abs)
            .and_then(|levels| levels.get(&level));
        let bullet = def.is_none_or(|d| d.bullet);
        let start = overrides
            .get(&level)
            .copied()
            .or(def.map(|d| d.start))
            .unwrap_or(1);
        let counters = self.counters.entry(abs.clone()).or_insert([0; 9]);
        if self.started.insert(num.to_string()) && overrides.contains_key(&level) {
            counters[level as usize] = 0;
        }
        let l = level as usize;
        counters[l] = if counters[l] == 0 {
            start
        } else {
            counters[l] + 1
        };
        counters[l + 1..].iter_mut().for_each(|c| *c = 0);
        BlockKind::Item {
            list: num.to_string(),
            depth: level,
            number: (!bullet).then_some(counters[l]),
        }
    }

    fn inlines(
        &mut self,
        n: Node<'a, 'i>,
        out: &mut Vec<Inline>,
        marks: Marks,
        extra: &mut Vec<Block>,
    ) {
        for c in n.children().filter(Node::is_element) {
            match c.tag_name().name() {
                "r" => self.run(c, out, marks, extra),
                "hyperlink" => self.hyperlink(c, out, marks, extra),
                "ins" | "moveTo" => {
                    self.loss(Loss::TrackedChanges, None);
                    self.inlines(c, out, marks, extra);
                }
                "del" | "moveFrom" => self.loss(Loss::TrackedChanges, None),
                "smartTag" | "customXml" | "dir" | "bdo" => self.inlines(c, out, marks, extra),
                "sdt" => {
                    if let Some(content) = child(c, "sdtContent") {
                        self.inlines(content, out, marks, extra);
                    }
                }
                "fldSimple" => self.simple_field(c, out, marks, extra),
                "commentRangeStart" => self.comment(c),
                "oMath" | "oMathPara" => self.math(c, out, marks),
                "AlternateContent" => {
                    if let Some(choice) = alternate(c) {
                        self.inlines(choice, out, marks, extra);
                    }
                }
                _ => {}
            }
        }
    }

    fn hyperlink(
        &mut self,
        h: Node<'a, 'i>,
        out: &mut Vec<Inline>,
        marks: Marks,
        extra: &mut Vec<Block>,
    ) {
        let mut inner = Vec::new();
        self.in_link += 1;
        self.inlines(h, &mut inner, marks, extra);
        self.in_link -= 1;
        let address = rel_attr(h, "id").and_then(|id| self.parts.rels.get(id));
        let target = match (attr(h, "anchor"), address) {
            (Some(anchor), Some(r)) => Some(format!("{}#{anchor}", r.target)),
            (Some(anchor), None) => Some(format!("#{anchor}")),
            (None, Some(r)) => Some(r.target.clone()),
            (None, None) => None,
        };
        match target {
            Some(t) if !inner.is_empty() => out.push(Inline::Link(t, inner)),
            _ => out.extend(inner),
        }
    }

    fn simple_field(
        &mut self,
        f: Node<'a, 'i>,
        out: &mut Vec<Inline>,
        marks: Marks,
        extra: &mut Vec<Block>,
    ) {
        let instr = attr(f, "instr").unwrap_or("");
        let mut inner = Vec::new();
        self.inlines(f, &mut inner, marks, extra);
        match hyperlink_target(instr) {
            Some(t) if !inner.is_empty() => out.push(Inline::Link(t, inner)),
            _ => out.extend(inner),
        }
    }

    fn comment(&mut self, c: Node) {
        let Some(id) = attr(c, "id") else { return };
        if !self.comments_seen.insert(id.to_string()) {
            return;
        }
        let detail = self
            .parts
            .comments
            .get(id)
            .map(|(who, text)| format!("{who}: “{}”", text.trim()));
        self.loss(Loss::Comment, detail.or(Some(String::new())));
    }

    /// An equation: its text is kept as it reads, without its layout.
    fn math(&mut self, m: Node, out: &mut Vec<Inline>, marks: Marks) {
        self.loss(Loss::Equation, None);
        let text: String = m
            .descendants()
            .filter(|t| is(*t, "t"))
            .filter_map(|t| t.text())
            .collect();
        push_text(out, &text, marks);
    }

    /// A run's marks: the character style's, then its own.
    fn run_marks(&mut self, rpr: Option<Node>, inherited: Marks) -> Marks {
        let Some(rpr) = rpr else { return inherited };
        let mut m = inherited;
        let chain: Vec<&parts::Style> = self.parts.styles.chain(child_val(rpr, "rStyle")).collect();
        let from_style = |f: fn(&parts::Style) -> Option<bool>| chain.iter().find_map(|s| f(s));
        m.bold = toggle(rpr, "b")
            .or(from_style(|s| s.bold))
            .unwrap_or(m.bold);
        m.italic = toggle(rpr, "i")
            .or(from_style(|s| s.italic))
            .unwrap_or(m.italic);
        m.strike = toggle(rpr, "strike")
            .or(toggle(rpr, "dstrike"))
            .or(from_style(|s| s.strike))
            .unwrap_or(m.strike);
        let mono = child(rpr, "rFonts")
            .and_then(|f| attr(f, "ascii"))
            .is_some_and(is_monospace)
            || chain
                .first()
                .is_some_and(|s| s.name.contains("code") || s.name.contains("verbatim"));
        m.code = m.code || mono;
        // Only a language other than the document's is marked.
        if let Some(l) = parts::lang_of(rpr) {
            let document = self.parts.styles.language;
            m.lang = document
                .is_some_and(|d| d.primary() != l.primary())
                .then_some(l);
        }
        if self.in_link == 0 && coloured(rpr) {
            self.loss(Loss::Colour, None);
        }
        m
    }

    fn run(
        &mut self,
        r: Node<'a, 'i>,
        out: &mut Vec<Inline>,
        marks: Marks,
        extra: &mut Vec<Block>,
    ) {
        let marks = if self.visible() {
            self.run_marks(child(r, "rPr"), marks)
        } else {
            marks
        };
        for c in r.children().filter(Node::is_element) {
            self.run_child(c, out, marks, extra);
        }
    }

    fn run_child(
        &mut self,
        c: Node<'a, 'i>,
        out: &mut Vec<Inline>,
        marks: Marks,
        extra: &mut Vec<Block>,
    ) {
        let name = c.tag_name().name();
        if name == "fldChar" {
            return self.field_char(c, out);
        }
        if name == "instrText" {
            if let Some(f) = self.fields.last_mut() {
                f.instr.push_str(c.text().unwrap_or(""));
            }
            return;
        }
        if !self.visible() {
            return;
        }
        match name {
            "t" => push_text(out, c.text().unwrap_or(""), marks),
            "tab" | "ptab" => push_text(out, " ", marks),
            "br" if !matches!(attr(c, "type"), Some("page" | "column")) => out.push(Inline::Break),
            "cr" => out.push(Inline::Break),
            "noBreakHyphen" => push_text(out, "\u{2011}", marks),
            "sym" => self.loss(Loss::Symbol, None),
            "footnoteReference" => self.note(c, false, out),
            "endnoteReference" => self.note(c, true, out),
            "drawing" => self.drawing(c, out, extra),
            "pict" => self.vml(c, out, extra),
            "object" => {
                // An object with a picture of itself: the picture is kept.
                if c.descendants().any(|n| is(n, "imagedata")) {
                    self.vml(c, out, extra);
                }
                let prog = c
                    .descendants()
                    .find(|n| is(*n, "OLEObject"))
                    .and_then(|o| attr(o, "ProgID"))
                    .map(|p| format!("an embedded object ({p})"));
                self.loss(Loss::Embedded, prog.or(Some("an embedded object".into())));
            }
            "commentReference" => self.comment(c),
            "AlternateContent" => {
                if let Some(choice) = alternate(c) {
                    for cc in choice.children().filter(Node::is_element) {
                        self.run_child(cc, out, marks, extra);
                    }
                }
            }
            _ => {}
        }
    }

    /// Text shows unless it is a field's code, or the result of a table of
    /// contents (the site and the PDF make their own).
    fn visible(&self) -> bool {
        self.fields.iter().all(|f| f.result && f.name() != "TOC")
    }

    fn field_char(&mut self, c: Node, out: &mut Vec<Inline>) {
        match attr(c, "fldCharType") {
            Some("begin") => self.fields.push(Field {
                instr: String::new(),
                result: false,
                start: None,
            }),
            Some("separate") => {
                let para = self.place.paragraph;
                if let Some(f) = self.fields.last_mut() {
                    f.result = true;
                    f.start = Some((out.len(), para));
                }
                if self.fields.last().is_some_and(|f| f.name() == "TOC") {
                    self.loss(Loss::TableOfContents, None);
                }
            }
            Some("end") => {
                let Some(f) = self.fields.pop() else { return };
                let target = hyperlink_target(&f.instr);
                if let (Some(t), Some((start, para))) = (target, f.start)
                    && para == self.place.paragraph
                    && start < out.len()
                {
                    let inner = out.split_off(start);
                    out.push(Inline::Link(t, inner));
                }
            }
            _ => {}
        }
    }

    fn note(&mut self, c: Node, endnote: bool, out: &mut Vec<Inline>) {
        let Some(id) = attr(c, "id") else { return };
        let key = (endnote, id.to_string());
        if let Some(&i) = self.notes.get(&key) {
            out.push(Inline::Note(i));
            return;
        }
        let map = if endnote {
            &self.parts.endnotes
        } else {
            &self.parts.footnotes
        };
        let Some(&node) = map.get(id) else { return };
        let index = self.doc.notes.len();
        self.doc.notes.push(Vec::new());
        self.doc.note_places.push(self.place.clone());
        self.notes.insert(key, index);
        let fields = std::mem::take(&mut self.fields);
        let mut blocks = Vec::new();
        self.blocks(node, &mut blocks, false);
        self.fields = fields;
        let paras = blocks
            .into_iter()
            .map(|b| match b {
                Block::Text { inlines, .. } => inlines,
                Block::Table { rows, .. } => flatten(rows),
            })
            .collect();
        self.doc.notes[index] = paras;
        out.push(Inline::Note(index));
    }

    fn drawing(&mut self, d: Node<'a, 'i>, out: &mut Vec<Inline>, extra: &mut Vec<Block>) {
        let Some(frame) = d.children().find(|n| is(*n, "inline") || is(*n, "anchor")) else {
            return;
        };
        let doc_pr = child(frame, "docPr");
        let alt = doc_pr
            .and_then(|p| attr(p, "descr").or(attr(p, "title")))
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_string);
        let uri = frame
            .descendants()
            .find(|n| is(*n, "graphicData"))
            .and_then(|g| attr(g, "uri"))
            .unwrap_or("");
        let text_boxes: Vec<Node> = frame
            .descendants()
            .filter(|n| is(*n, "txbxContent"))
            .collect();
        if uri.ends_with("/picture") {
            let blip = frame.descendants().find(|n| is(*n, "blip"));
            let embed = blip.and_then(|b| rel_attr(b, "embed"));
            let link = blip.and_then(|b| rel_attr(b, "link"));
            self.image(embed.or(link), link.is_some() && embed.is_none(), alt, out);
        } else if uri.contains("chart") {
            self.loss(Loss::Chart, None);
        } else if !text_boxes.is_empty() {
            for tb in text_boxes {
                self.text_box(tb, extra);
            }
        } else {
            self.loss(Loss::Shape, None);
        }
    }

    /// Old-style (VML) pictures, text boxes and shapes.
    fn vml(&mut self, p: Node<'a, 'i>, out: &mut Vec<Inline>, extra: &mut Vec<Block>) {
        if let Some(data) = p.descendants().find(|n| is(*n, "imagedata")) {
            let alt = data
                .parent()
                .and_then(|s| attr(s, "alt"))
                .or(attr(data, "title"))
                .filter(|a| !a.trim().is_empty())
                .map(|a| a.trim().to_string());
            let id = rel_attr(data, "id").or(rel_attr(data, "pict"));
            return self.image(id, false, alt, out);
        }
        let boxes: Vec<Node> = p.descendants().filter(|n| is(*n, "txbxContent")).collect();
        let rule = p.descendants().any(|n| attr(n, "hr") == Some("t"));
        if !boxes.is_empty() {
            for tb in boxes {
                self.text_box(tb, extra);
            }
        } else if !rule {
            self.loss(Loss::Shape, None);
        }
    }

    /// A text box's paragraphs follow the paragraph it is anchored in.
    fn text_box(&mut self, tb: Node<'a, 'i>, extra: &mut Vec<Block>) {
        self.loss(Loss::TextBox, None);
        self.blocks(tb, extra, false);
    }

    fn image(
        &mut self,
        rel_id: Option<&str>,
        linked: bool,
        alt: Option<String>,
        out: &mut Vec<Inline>,
    ) {
        let Some(rel) = rel_id.and_then(|id| self.parts.rels.get(id)).cloned() else {
            return self.loss(Loss::UnreadableImage, Some("a picture with no file".into()));
        };
        if rel.external || linked {
            return self.loss(Loss::LinkedImage, Some(rel.target));
        }
        let Some(part) = resolve(&self.parts.dir, &rel.target) else {
            return self.loss(
                Loss::UnreadableImage,
                Some(format!("`{}` is outside the document", rel.target)),
            );
        };
        let key = format!("{part}\u{0}{}", alt.as_deref().unwrap_or(""));
        if let Some(&i) = self.images.get(&key) {
            return out.push(Inline::Image(i));
        }
        let bytes = match self.pkg.read(&part) {
            Ok(Some(b)) => b,
            Ok(None) => {
                return self.loss(
                    Loss::UnreadableImage,
                    Some(format!("`{part}` is missing from the document")),
                );
            }
            Err(e) => {
                self.failed.get_or_insert(e);
                return;
            }
        };
        let Some(ext) = sniff(&bytes) else {
            let name = part.rsplit('/').next().unwrap_or(&part).to_string();
            return self.loss(Loss::UnreadableImage, Some(name));
        };
        let index = self.doc.images.len();
        self.doc.images.push(Image {
            bytes,
            ext,
            alt,
            place: self.place.clone(),
        });
        self.images.insert(key, index);
        out.push(Inline::Image(index));
    }

    fn table(&mut self, t: Node<'a, 'i>, out: &mut Vec<Block>, counted: bool) {
        let mut rows: Vec<Vec<Vec<Inline>>> = Vec::new();
        let mut place = None;
        for tr in rows_of(t) {
            let mut row = Vec::new();
            for tc in tr.children().filter(|n| is(*n, "tc")) {
                let (cell, merged) = self.cell(tc, counted);
                place.get_or_insert_with(|| self.place.clone());
                if merged.0 > 1 || merged.1 {
                    self.loss(Loss::MergedCells, None);
                }
                row.push(cell);
                row.extend((1..merged.0).map(|_| Vec::new()));
            }
            rows.push(row);
        }
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        if width == 0 {
            return;
        }
        for row in &mut rows {
            row.resize(width, Vec::new());
        }
        out.push(Block::Table {
            rows,
            place: place.unwrap_or_else(|| self.place.clone()),
        });
    }

    /// A cell's paragraphs joined, and how it is merged: (columns it
    /// spans, whether it is merged with the cell above or below).
    fn cell(&mut self, tc: Node<'a, 'i>, counted: bool) -> (Vec<Inline>, (usize, bool)) {
        let tcpr = child(tc, "tcPr");
        let span = tcpr
            .and_then(|p| child_val(p, "gridSpan"))
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(1)
            .clamp(1, 64);
        // A merge down is reported where it starts.
        let vmerge = tcpr
            .and_then(|p| child(p, "vMerge"))
            .is_some_and(|v| attr(v, "val") == Some("restart"));
        let mut blocks = Vec::new();
        self.blocks(tc, &mut blocks, counted);
        let mut cell = Vec::new();
        for b in blocks {
            let inlines = match b {
                Block::Text { inlines, .. } => inlines,
                Block::Table { rows, place } => {
                    // Where the inner table starts.
                    let here = std::mem::replace(&mut self.place, place);
                    self.loss(Loss::NestedTable, None);
                    self.place = here;
                    flatten(rows)
                }
            };
            if !cell.is_empty() {
                push_text(&mut cell, " ", Marks::default());
            }
            cell.extend(inlines);
        }
        (cell, (span, vmerge))
    }
}

fn is_drop_cap(ppr: Option<Node>) -> bool {
    ppr.and_then(|p| child(p, "framePr"))
        .and_then(|f| attr(f, "dropCap"))
        .is_some_and(|d| d != "none")
}

/// A paragraph indented on its own (not a list, no hanging indent): how
/// most people set a quotation in Word.
fn indented(ppr: Option<Node>) -> bool {
    let Some(ind) = ppr.and_then(|p| child(p, "ind")) else {
        return false;
    };
    let twips = |k: &str| {
        attr(ind, k)
            .and_then(|v| v.parse::<i32>().ok())
            .unwrap_or(0)
    };
    twips("left").max(twips("start")) >= 360 && twips("hanging") == 0
}

/// A table's rows, including those Word wraps in content controls.
fn rows_of<'a, 'i>(t: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    let mut rows = Vec::new();
    for c in t.children().filter(Node::is_element) {
        if is(c, "tr") {
            rows.push(c);
        } else if is(c, "sdt") || is(c, "customXml") {
            let inner = child(c, "sdtContent").unwrap_or(c);
            rows.extend(inner.children().filter(|n| is(*n, "tr")));
        }
    }
    rows
}

/// A nested table's text, row by row.
fn flatten(rows: Vec<Vec<Vec<Inline>>>) -> Vec<Inline> {
    let mut out = Vec::new();
    for cell in rows.into_iter().flatten() {
        if !out.is_empty() && !cell.is_empty() {
            push_text(&mut out, " ", Marks::default());
        }
        out.extend(cell);
    }
    out
}

/// The branch of `mc:AlternateContent` to read: the first choice (what
/// Word itself shows), else the fallback.
fn alternate<'a, 'i>(ac: Node<'a, 'i>) -> Option<Node<'a, 'i>> {
    child(ac, "Choice").or_else(|| child(ac, "Fallback"))
}

/// `heading3` → 2 (an outline level, from 0).
fn heading_level(name: &str) -> Option<u8> {
    let n: u8 = name.strip_prefix("heading")?.parse().ok()?;
    (1..=9).contains(&n).then(|| n - 1)
}

/// `HYPERLINK "https://…"` or `HYPERLINK \l "bookmark"`.
fn hyperlink_target(instr: &str) -> Option<String> {
    let rest = instr.trim_start();
    let rest = rest
        .get(..9)
        .filter(|w| w.eq_ignore_ascii_case("HYPERLINK"))
        .map(|_| &rest[9..])?;
    let mut quoted = rest.split('"').skip(1).step_by(2);
    let first = quoted.next()?.to_string();
    if rest.contains("\\l") && !rest.trim_start().starts_with('"') {
        return Some(format!("#{first}"));
    }
    match (rest.find("\\l"), quoted.next()) {
        (Some(_), Some(anchor)) => Some(format!("{first}#{anchor}")),
        _ => Some(first),
    }
}

fn is_monospace(font: &str) -> bool {
    let f = font.to_ascii_lowercase();
    ["courier", "consolas", "mono", "menlo", "lucida console"]
        .iter()
        .any(|m| f.contains(m))
}

/// Colour, highlighting or shading on a run.
fn coloured(rpr: Node) -> bool {
    let val = |local: &str, key: &str| child(rpr, local).and_then(|c| attr(c, key));
    let colour = val("color", "val").is_some_and(|v| !matches!(v, "auto" | "000000"));
    let highlight = val("highlight", "val").is_some_and(|v| v != "none");
    let shading = val("shd", "fill").is_some_and(|v| !matches!(v, "auto" | "FFFFFF" | "ffffff"));
    colour || highlight || shading
}

/// Appends text, joining it to the last run when the marks are the same.
pub(crate) fn push_text(out: &mut Vec<Inline>, text: &str, marks: Marks) {
    if text.is_empty() {
        return;
    }
    if let Some(Inline::Text(last, m)) = out.last_mut()
        && *m == marks
    {
        last.push_str(text);
        return;
    }
    out.push(Inline::Text(text.to_string(), marks));
}

/// Removes leading and trailing white space and breaks.
fn trim(inlines: &mut Vec<Inline>) {
    while matches!(inlines.last(), Some(Inline::Break)) {
        inlines.pop();
    }
    while matches!(inlines.first(), Some(Inline::Break)) {
        inlines.remove(0);
    }
    if let Some(Inline::Text(t, _)) = inlines.first_mut() {
        *t = t.trim_start().to_string();
    }
    if let Some(Inline::Text(t, _)) = inlines.last_mut() {
        *t = t.trim_end().to_string();
    }
    inlines.retain(|i| !matches!(i, Inline::Text(t, _) if t.is_empty()));
}

/// Inlines as plain text (a heading's words, for places and titles).
pub(crate) fn plain(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for i in inlines {
        match i {
            Inline::Text(t, _) => out.push_str(t),
            Inline::Break => out.push(' '),
            Inline::Link(_, inner) => out.push_str(&plain(inner)),
            Inline::Note(_) | Inline::Image(_) => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The picture formats a page and the PDF can both show, from the bytes.
fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("jpg")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("gif")
    } else if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("webp")
    } else {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]);
        head.contains("<svg").then_some("svg")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyperlink_fields() {
        assert_eq!(
            hyperlink_target(r#" HYPERLINK "https://example.org/a" "#).as_deref(),
            Some("https://example.org/a")
        );
        assert_eq!(
            hyperlink_target(r#"HYPERLINK \l "_Findings" "#).as_deref(),
            Some("#_Findings")
        );
        assert_eq!(hyperlink_target("PAGEREF _Toc1 \\h"), None);
        assert_eq!(parts::normalise("Heading 2"), "heading2");
        assert_eq!(heading_level("heading2"), Some(1));
    }
}
