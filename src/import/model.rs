//! What an imported document says, independent of the file format it came
//! in: blocks of inline text, notes and images, each block knowing the
//! paragraph of the document it came from. The readers (`docx`) fill it;
//! the writer (`write`) turns it into a chapter's Markdown. Plain data.

/// Character formatting Markdown can carry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Marks {
    pub bold: bool,
    pub italic: bool,
    pub strike: bool,
    pub code: bool,
    /// The text's language, when Word marks it as other than the
    /// document's (`w:lang`): written as `[words]{lang=cy-GB}`.
    pub lang: Option<Lang>,
}

/// A language tag short enough to copy with the marks (Word's are five
/// letters, `cy-GB`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Lang {
    bytes: [u8; 15],
    len: u8,
}

impl Lang {
    /// `tag` in BCP 47's canonical form, if it is a language tag of at
    /// most 15 letters.
    pub fn new(tag: &str) -> Option<Lang> {
        let canonical = tag
            .parse::<unic_langid::LanguageIdentifier>()
            .ok()?
            .to_string();
        let b = canonical.as_bytes();
        (b.len() <= 15).then(|| {
            let mut bytes = [0; 15];
            bytes[..b.len()].copy_from_slice(b);
            Lang {
                bytes,
                len: b.len() as u8,
            }
        })
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }

    /// `cy` for `cy-GB`.
    pub fn primary(&self) -> &str {
        self.as_str().split('-').next().unwrap_or("")
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String, Marks),
    /// A line break within the paragraph.
    Break,
    /// A link: to the web (`https://…`, `mailto:`), or to a bookmark in the
    /// document (`#name`, resolved to a heading by the writer).
    Link(String, Vec<Inline>),
    /// A footnote or endnote, by its index in [`Document::notes`].
    Note(usize),
    /// A picture, by its index in [`Document::images`].
    Image(usize),
}

/// Where in the document something is, for messages: the paragraph's
/// number (1-based, counting every paragraph of the body and its tables in
/// order) and the nearest heading above it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Place {
    pub paragraph: usize,
    pub heading: Option<String>,
}

impl Place {
    /// "paragraph 12, under “Findings”".
    pub fn describe(&self) -> String {
        match &self.heading {
            Some(h) => format!("paragraph {}, under “{h}”", self.paragraph),
            None => format!("paragraph {}", self.paragraph),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum BlockKind {
    /// Heading level as in the document: 1 for Word's "Heading 1".
    Heading(u8),
    Para,
    Quote,
    /// An item of a list: nesting depth from 0, and its number when the
    /// list is numbered.
    Item {
        /// Which list it is in (Word's `numId`): two lists side by side
        /// stay two lists.
        list: String,
        depth: u8,
        number: Option<u32>,
    },
    /// A paragraph in the `Recommendation` style.
    Recommendation,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Text {
        kind: BlockKind,
        inlines: Vec<Inline>,
        place: Place,
        /// Bookmarks that start in this paragraph (targets of internal
        /// links).
        bookmarks: Vec<String>,
    },
    Table {
        /// Rows of cells, each cell's paragraphs joined.
        rows: Vec<Vec<Vec<Inline>>>,
        place: Place,
    },
}

/// A picture found in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    /// The bytes, when the picture is inside the document.
    pub bytes: Vec<u8>,
    /// `png`, `jpg`, `gif`, `svg`, `webp` (from the bytes, not the name).
    pub ext: &'static str,
    /// Word's alt text ("Description"), when it has one.
    pub alt: Option<String>,
    pub place: Place,
}

/// What Markdown cannot carry, and where it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Loss {
    TrackedChanges,
    Comment,
    TextBox,
    Shape,
    Chart,
    Colour,
    MergedCells,
    NestedTable,
    LinkedImage,
    UnreadableImage,
    Embedded,
    Symbol,
    BookmarkLink,
    Equation,
    TableOfContents,
    Macros,
    UnknownAddressee,
    NoAddressee,
    UnsafeEntry,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub loss: Loss,
    pub place: Place,
    /// What it was, when there is more to say (a comment's author and text).
    pub detail: Option<String>,
}

/// A document read into blocks.
#[derive(Debug, Default)]
pub struct Document {
    /// The paragraph in the `Title` style, if any.
    pub title: Option<String>,
    /// The document properties' title, used when the text has neither a
    /// title nor a heading.
    pub properties_title: Option<String>,
    /// The document properties' description or subject, if any.
    pub summary: Option<String>,
    pub blocks: Vec<Block>,
    /// Footnotes and endnotes, in the order they are first referenced:
    /// each one's paragraphs.
    pub notes: Vec<Vec<Vec<Inline>>>,
    /// Where each note is referenced from.
    pub note_places: Vec<Place>,
    pub images: Vec<Image>,
    pub warnings: Vec<Warning>,
    /// Paragraphs in the body, for "paragraph N of M".
    pub paragraphs: usize,
}
