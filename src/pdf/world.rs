//! The Typst `World` for one report: the generated main source, the layout
//! template, the fonts and the report year's own images. Nothing else on
//! disk or the network can be reached from the document: any other path is
//! an error, not a read.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// Fonts, loaded once per build and shared by every report.
pub struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

impl Fonts {
    /// The theme's fonts (`theme/fonts/*.ttf|otf|ttc`) first, then Typst's
    /// own bundled ones as a fallback. Sorted, so the book is the same on
    /// every machine.
    pub fn load(theme_fonts: &Path) -> Fonts {
        let mut fonts = Vec::new();
        for path in font_files(theme_fonts) {
            if let Ok(data) = std::fs::read(&path) {
                fonts.extend(Font::iter(Bytes::new(data)));
            }
        }
        for data in typst_assets::fonts() {
            fonts.extend(Font::iter(Bytes::new(data)));
        }
        Fonts {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    }

    /// Whether some font has `c`: Typst falls back to any font in the book
    /// for a character the template's fonts lack. A private-use character
    /// never counts: PDF/A forbids it whatever the font.
    pub fn covers(&self, c: char) -> bool {
        !super::glyphs::is_private_use(c)
            && self
                .fonts
                .iter()
                .any(|f| f.info().coverage.contains(c as u32))
    }
}

/// The font files in the theme's fonts folder (`*.ttf|otf|ttc|otc`; not
/// its README or licence texts), sorted: what [`Fonts::load`] reads, and
/// what the build cache's key hashes.
pub fn font_files(theme_fonts: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(theme_fonts)
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|path| {
        path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            matches!(
                e.to_ascii_lowercase().as_str(),
                "ttf" | "otf" | "ttc" | "otc"
            )
        })
    });
    files.sort();
    files
}

pub fn file_id(path: &str) -> Option<FileId> {
    Some(RootedPath::new(VirtualRoot::Project, VirtualPath::new(path).ok()?).intern())
}

pub struct ReportWorld {
    library: LazyHash<Library>,
    fonts: Arc<Fonts>,
    main: Source,
    template: Source,
    /// `/images/x.png` → the file on disk (already checked to be inside the
    /// content folder by `load`).
    files: HashMap<String, PathBuf>,
    today: Datetime,
}

impl ReportWorld {
    pub fn new(
        fonts: Arc<Fonts>,
        main: String,
        template: String,
        files: HashMap<String, PathBuf>,
        today: Datetime,
    ) -> Option<ReportWorld> {
        Some(ReportWorld {
            library: LazyHash::new(Library::default()),
            fonts,
            main: Source::new(file_id("/main.typ")?, main),
            template: Source::new(file_id("/report.typ")?, template),
            files,
            today,
        })
    }

    pub fn main_id(&self) -> FileId {
        self.main.id()
    }

    pub fn template_id(&self) -> FileId {
        self.template.id()
    }
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.fonts.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else if id == self.template.id() {
            Ok(self.template.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() || id == self.template.id() {
            return Ok(Bytes::from_string(self.source(id)?));
        }
        if !matches!(id.get().root(), VirtualRoot::Project) {
            return Err(FileError::AccessDenied);
        }
        let vpath = id.get().vpath().get_with_slash();
        let path = self.files.get(vpath).ok_or_else(|| not_found(id))?;
        std::fs::read(path)
            .map(Bytes::new)
            .map_err(|e| FileError::from_io(e, path))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // The report's own date, never the clock: rebuilding gives the same PDF.
        Some(self.today)
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(PathBuf::from(id.get().vpath().get_with_slash()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The README promises Welsh in the fonts the template names.
    #[test]
    fn shipped_and_bundled_fonts_cover_welsh() {
        let fonts = Fonts::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("theme/fonts"));
        for family in [
            "Lato",
            "Libertinus Serif",
            "New Computer Modern",
            "DejaVu Sans Mono",
        ] {
            let faces: Vec<&Font> = fonts
                .fonts
                .iter()
                .filter(|f| f.info().family == family)
                .collect();
            assert!(!faces.is_empty(), "{family} is not bundled");
            for c in "âêîôûŵŷÂÊÎÔÛŴŶäëïöüÿáéíóúẃýàèìòùẁỳ".chars()
            {
                assert!(
                    faces.iter().all(|f| f.info().coverage.contains(c as u32)),
                    "{family} lacks {c}"
                );
            }
        }
    }

    /// Every character of the sentences in tests/fixtures/pdf-scripts (one
    /// per script a UK chapter may quote) is in some font the report has,
    /// by the fonts' own coverage tables, not their names.
    #[test]
    fn the_fonts_cover_every_script_a_uk_chapter_may_quote() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let fonts = Fonts::load(&root.join("theme/fonts"));
        let chapter = std::fs::read_to_string(
            root.join("tests/fixtures/pdf-scripts/content/reports/2015-16/alpha.md"),
        )
        .expect("the scripts fixture");
        let sentences: Vec<&str> = chapter
            .lines()
            .filter_map(|l| l.strip_prefix("- "))
            .collect();
        assert!(sentences.len() >= 19, "{sentences:?}");
        let mut missing = Vec::new();
        for s in &sentences {
            for c in s.chars().filter(|c| !c.is_whitespace()) {
                if !fonts.covers(c) {
                    missing.push(format!("{c} (U+{:04X}) in `{s}`", c as u32));
                }
            }
        }
        assert!(missing.is_empty(), "no font has:\n{}", missing.join("\n"));
    }
}
