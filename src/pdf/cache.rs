//! The build cache for the PDFs: a year's PDF is kept under a SHA-256 of
//! everything it is made from (the program itself, the generated Typst
//! source, which holds the chapters and the registry facts the report
//! prints, the template, the font files' bytes, the year's own files, its
//! date and its identifier), and reused by a later `build` whose inputs
//! hash the same. Each entry is stored with the SHA-256 of its bytes, checked
//! on every read: a corrupt or partly written entry is removed and the
//! year typeset again, never trusted. Only years Typst compiled without a
//! warning are kept, so a cached build reports what a cold one does.
//! The program's hash is kept there too (`program`), read again only when
//! the program's size or time changed. Reads and writes the cache folder
//! only.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use sha2::{Digest, Sha256};

use crate::content::frozen::{hex, sha256_hex};

/// The cache folder's name beside the content folder.
pub const DEFAULT_DIR: &str = ".opcat-cache";

pub struct DiskCache {
    dir: PathBuf,
    /// The program and the fonts, hashed once for every year.
    base: [u8; 32],
}

/// Everything one year's PDF is made from, but the program and fonts.
pub struct Inputs<'a> {
    pub main: &'a str,
    pub template: &'a str,
    pub files: &'a HashMap<String, PathBuf>,
    pub date: &'a str,
    pub ident: &'a str,
}

/// A SHA-256 of the running program's bytes: a rebuilt program, even at
/// the same version, typesets afresh. `None` when it cannot be read.
///
/// The program is large (its line tables), and reading and hashing it took
/// a third of a second, as long as the rest of a small site's build; so
/// the hash is kept in `memo` (in the cache folder) with the program's
/// path, size and modification time, and the program is read again only
/// when one of them changed, as `make` decides from times.
fn program(memo: &Path) -> Option<[u8; 32]> {
    static PROGRAM: OnceLock<Option<[u8; 32]>> = OnceLock::new();
    *PROGRAM.get_or_init(|| {
        let exe = std::env::current_exe().ok()?;
        let meta = std::fs::metadata(&exe).ok()?;
        let stamp = format!(
            "{}\n{}\n{:?}\n",
            exe.display(),
            meta.len(),
            meta.modified().ok()?
        );
        if let Some(hash) = std::fs::read_to_string(memo)
            .ok()
            .and_then(|m| Some(m.strip_prefix(&stamp)?.trim().to_string()))
            .and_then(|h| unhex(&h))
        {
            return Some(hash);
        }
        // Streamed, not read whole: the program would add its size to the
        // build's peak memory.
        let mut hasher = Sha256::new();
        std::io::copy(&mut std::fs::File::open(&exe).ok()?, &mut hasher).ok()?;
        let hash: [u8; 32] = hasher.finalize().into();
        // Written whole under another name, then renamed; a failure only
        // means the next build reads the program again.
        let partial = memo.with_extension("partial");
        if std::fs::create_dir_all(memo.parent()?).is_ok()
            && std::fs::write(&partial, format!("{stamp}{}\n", hex(&hash))).is_ok()
        {
            let _ = std::fs::rename(&partial, memo);
        }
        Some(hash)
    })
}

/// 64 hex digits as 32 bytes.
fn unhex(s: &str) -> Option<[u8; 32]> {
    let mut out = [0u8; 32];
    if s.len() != 64 || !s.is_ascii() {
        return None;
    }
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// Adds a length-prefixed field, so no two inputs hash alike by joining.
fn field(h: &mut Sha256, bytes: &[u8]) {
    h.update((bytes.len() as u64).to_le_bytes());
    h.update(bytes);
}

impl DiskCache {
    /// The cache in `dir` for PDFs typeset with the fonts in `fonts_dir`;
    /// `None` (no cache, everything typeset) when the program or a font
    /// cannot be read.
    pub fn open(dir: &Path, fonts_dir: &Path) -> Option<DiskCache> {
        let mut h = Sha256::new();
        field(&mut h, env!("CARGO_PKG_VERSION").as_bytes());
        field(&mut h, &program(&dir.join("program"))?);
        for f in super::world::font_files(fonts_dir) {
            field(&mut h, f.file_name()?.to_string_lossy().as_bytes());
            field(&mut h, &std::fs::read(&f).ok()?);
        }
        Some(DiskCache {
            dir: dir.join("pdf"),
            base: h.finalize().into(),
        })
    }

    /// The key of a year's inputs; `None` when one of its files cannot be
    /// read (the year is then typeset, and its error reported).
    pub fn key(&self, inputs: &Inputs) -> Option<String> {
        let mut h = Sha256::new();
        h.update(self.base);
        for part in [inputs.main, inputs.template, inputs.date, inputs.ident] {
            field(&mut h, part.as_bytes());
        }
        let mut names: Vec<&String> = inputs.files.keys().collect();
        names.sort();
        for name in names {
            field(&mut h, name.as_bytes());
            field(&mut h, &std::fs::read(&inputs.files[name]).ok()?);
        }
        Some(hex(&h.finalize()))
    }

    fn paths(&self, key: &str) -> (PathBuf, PathBuf) {
        (
            self.dir.join(format!("{key}.pdf")),
            self.dir.join(format!("{key}.sha256")),
        )
    }

    /// The PDF kept under `key`, if it is there and whole.
    pub fn get(&self, key: &str) -> Option<Vec<u8>> {
        let (pdf, sum) = self.paths(key);
        let bytes = std::fs::read(&pdf).ok()?;
        let expected = std::fs::read_to_string(&sum).ok();
        if expected.as_deref().map(str::trim) == Some(sha256_hex(&bytes).as_str()) {
            Some(bytes)
        } else {
            // Damaged or half written: gone, and typeset again.
            let _ = std::fs::remove_file(&pdf);
            let _ = std::fs::remove_file(&sum);
            None
        }
    }

    /// Keeps a PDF under `key`. Each file is written whole under another
    /// name and then renamed, so a reader never sees half of one; a
    /// failure only means the next build typesets again.
    pub fn put(&self, key: &str, bytes: &[u8]) {
        let (pdf, sum) = self.paths(key);
        let write = |path: &Path, data: &[u8]| -> std::io::Result<()> {
            let mut tmp = tempfile::NamedTempFile::new_in(&self.dir)?;
            std::io::Write::write_all(&mut tmp, data)?;
            tmp.persist(path).map(|_| ()).map_err(|e| e.error)
        };
        let _ = std::fs::create_dir_all(&self.dir)
            .and_then(|()| write(&pdf, bytes))
            .and_then(|()| write(&sum, sha256_hex(bytes).as_bytes()));
    }
}
