//! The zip container of a Word or OpenDocument file, read as untrusted
//! input: every entry is read by name through a size cap, so a zip bomb
//! stops at the cap instead of filling memory; entry names are only ever
//! looked up, never used as paths on disk. Reads the bytes it is given;
//! touches nothing else.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use zip::ZipArchive;

/// The most one entry may inflate to (a 200-page report's document.xml is
/// a few MiB; its largest picture a few tens).
pub const MAX_ENTRY: u64 = 256 * 1024 * 1024;
/// The most the entries read from one document may inflate to in all.
pub const MAX_TOTAL: u64 = 1024 * 1024 * 1024;
/// Entries in one archive: a real document has dozens.
pub const MAX_ENTRIES: usize = 20_000;

/// Why a file cannot be read as a document at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Not a zip archive (nor an encrypted Office file).
    NotAZip,
    /// A zip archive that is damaged or cut short.
    Corrupt(String),
    /// An Office file encrypted with a password (an OLE compound file).
    Encrypted,
    /// A legacy binary Word file (`.doc`).
    LegacyDoc,
    /// More entries than any document has.
    TooManyEntries(usize),
    /// An entry inflates beyond [`MAX_ENTRY`], or all of them beyond
    /// [`MAX_TOTAL`].
    TooLarge(String),
    /// A zip entry needs a password or a codec we do not read.
    Unsupported(String),
    /// A part the document cannot do without is missing.
    Missing(String),
}

impl Unreadable {
    /// What is wrong and what would fix it.
    pub fn explain(&self) -> (String, String) {
        let save = "open it in Word or LibreOffice and save it again as a Word document (.docx)";
        match self {
            Unreadable::NotAZip => (
                "this is not a Word document (.docx): it is not a zip archive".into(),
                save.into(),
            ),
            Unreadable::Corrupt(e) => (
                format!("this Word document is damaged or incomplete ({e})"),
                format!("{save}, or ask for the file again"),
            ),
            Unreadable::Encrypted => (
                "this document is protected with a password".into(),
                "ask the sender for a copy without a password (in Word: File › Info › Protect Document › Encrypt with Password, and clear it)".into(),
            ),
            Unreadable::LegacyDoc => (
                "this is an old-style Word file (.doc), not a .docx".into(),
                save.into(),
            ),
            Unreadable::TooManyEntries(n) => (
                format!("this archive holds {n} files, more than any Word document"),
                "it is not a document opcat-press can read; ask for the file again".into(),
            ),
            Unreadable::TooLarge(name) => (
                format!("`{name}` inflates to more than any document needs (a zip bomb?)"),
                "it is not a document opcat-press will read; ask for the file again".into(),
            ),
            Unreadable::Unsupported(e) => (
                format!("part of this document cannot be read: {e}"),
                save.into(),
            ),
            Unreadable::Missing(part) => (
                format!("this is not a Word document: it has no `{part}`"),
                save.into(),
            ),
        }
    }
}

/// An open document archive.
pub struct Package {
    archive: ZipArchive<Cursor<Vec<u8>>>,
    /// Entry names (as written in the archive) by lower-cased name: OOXML
    /// part names are case-insensitive.
    names: BTreeMap<String, String>,
    /// Entries named as paths that would leave a folder (`../x`, `/etc/x`,
    /// `C:\\x`): never read.
    pub unsafe_names: Vec<String>,
    /// Bytes inflated so far.
    spent: u64,
}

/// The start of an OLE compound file: encrypted OOXML and legacy `.doc`.
const CFB: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

impl Package {
    pub fn open(bytes: Vec<u8>) -> Result<Package, Unreadable> {
        if bytes.starts_with(&CFB) {
            return Err(if contains(&bytes, &utf16("EncryptionInfo")) {
                Unreadable::Encrypted
            } else {
                Unreadable::LegacyDoc
            });
        }
        if !bytes.starts_with(b"PK") {
            return Err(Unreadable::NotAZip);
        }
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| match e {
            zip::result::ZipError::InvalidArchive(_) | zip::result::ZipError::Io(_) => {
                Unreadable::Corrupt(e.to_string())
            }
            other => Unreadable::Unsupported(other.to_string()),
        })?;
        if archive.len() > MAX_ENTRIES {
            return Err(Unreadable::TooManyEntries(archive.len()));
        }
        let (names, unsafe_names): (Vec<&str>, Vec<&str>) =
            archive.file_names().partition(|n| is_safe_name(n));
        let names = names
            .into_iter()
            .map(|n| (n.to_ascii_lowercase(), n.to_string()))
            .collect();
        let mut unsafe_names: Vec<String> = unsafe_names.into_iter().map(str::to_string).collect();
        unsafe_names.sort();
        Ok(Package {
            names,
            unsafe_names,
            archive,
            spent: 0,
        })
    }

    /// Whether the archive has an entry of this name (case-insensitive).
    pub fn has(&self, name: &str) -> bool {
        self.names.contains_key(&name.to_ascii_lowercase())
    }

    /// Every entry name, lower-cased.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names.keys().map(String::as_str)
    }

    /// An entry's bytes, `None` when there is no such entry.
    pub fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, Unreadable> {
        let Some(real) = self.names.get(&name.to_ascii_lowercase()).cloned() else {
            return Ok(None);
        };
        let mut entry = self.archive.by_name(&real).map_err(|e| match e {
            zip::result::ZipError::UnsupportedArchive(m) => Unreadable::Unsupported(m.to_string()),
            other => Unreadable::Corrupt(other.to_string()),
        })?;
        if entry.encrypted() {
            return Err(Unreadable::Encrypted);
        }
        let cap = MAX_ENTRY.min(MAX_TOTAL.saturating_sub(self.spent));
        let mut out = Vec::with_capacity(entry.size().min(cap) as usize);
        // One byte over the cap tells a bomb from an entry exactly at it:
        // the declared size is not trusted.
        (&mut entry)
            .take(cap + 1)
            .read_to_end(&mut out)
            .map_err(|e| Unreadable::Corrupt(format!("`{real}`: {e}")))?;
        if out.len() as u64 > cap {
            return Err(Unreadable::TooLarge(real));
        }
        self.spent += out.len() as u64;
        Ok(Some(out))
    }

    /// An entry as UTF-8 text (an XML part), without a byte-order mark.
    pub fn text(&mut self, name: &str) -> Result<Option<String>, Unreadable> {
        let Some(bytes) = self.read(name)? else {
            return Ok(None);
        };
        let text = String::from_utf8(bytes)
            .map_err(|_| Unreadable::Unsupported(format!("`{name}` is not UTF-8 XML")))?;
        Ok(Some(text.trim_start_matches('\u{feff}').to_string()))
    }
}

/// A part name as the format allows: relative, `/`-separated, no `..`,
/// no drive or backslash.
fn is_safe_name(name: &str) -> bool {
    !name.starts_with(['/', '\\'])
        && !name.contains(['\\', ':'])
        && !name.split('/').any(|seg| seg == "..")
}

fn utf16(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Resolves a relationship target against the folder of the part that
/// names it (`word/` for `media/image1.png`), as a part name: `..` steps
/// up within the archive and can never leave it; `None` when it tries.
pub fn resolve(base_dir: &str, target: &str) -> Option<String> {
    let joined = if let Some(abs) = target.strip_prefix('/') {
        abs.to_string()
    } else {
        format!("{base_dir}/{target}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for seg in joined.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relationship_targets_stay_inside_the_archive() {
        assert_eq!(
            resolve("word", "media/image1.png").as_deref(),
            Some("word/media/image1.png")
        );
        assert_eq!(
            resolve("word", "/word/media/a.png").as_deref(),
            Some("word/media/a.png")
        );
        assert_eq!(
            resolve("word", "../customXml/item1.xml").as_deref(),
            Some("customXml/item1.xml")
        );
        assert_eq!(resolve("word", "../../../etc/passwd"), None);
    }

    #[test]
    fn not_a_zip_and_encrypted_are_told_apart() {
        assert_eq!(
            Package::open(b"hello".to_vec()).err(),
            Some(Unreadable::NotAZip)
        );
        let mut cfb = CFB.to_vec();
        cfb.extend(utf16("EncryptionInfo"));
        assert_eq!(Package::open(cfb).err(), Some(Unreadable::Encrypted));
        assert_eq!(
            Package::open(CFB.to_vec()).err(),
            Some(Unreadable::LegacyDoc)
        );
    }
}
