//! Load stage, for a frozen year (`opcat-press freeze`): the SHA-256 of its
//! frozen PDF and of the content files a report is made from, so that the
//! validator can say whether either changed since. Reads files; writes
//! nothing.

use std::collections::BTreeMap;
use std::path::Path;

use sha2::{Digest, Sha256};
use walkdir::WalkDir;

/// What a frozen year's files hash to now.
#[derive(Debug, Clone, Default)]
pub struct FrozenState {
    /// `frozen.pdf`'s SHA-256; `None` when it cannot be read.
    pub pdf: Option<String>,
    /// Each `frozen.<language>.pdf` there is (a translation's PDF, frozen
    /// with the year): language → its SHA-256.
    pub translations: BTreeMap<String, String>,
    /// Each source's path in the content folder → its SHA-256.
    pub sources: BTreeMap<String, String>,
}

/// Bytes as lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// The content files a year's report is made from: `site.toml`, the
/// registry, and the year's own folder (its chapters, `report.toml`,
/// follow-up, visits and images), but not what freezing writes. Paths use
/// `/`, relative to the content folder; dotfiles are left out.
pub fn sources(root: &Path, year: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let year_dir = Path::new("reports").join(year);
    for start in [Path::new("site.toml"), Path::new("registry"), &year_dir] {
        for entry in WalkDir::new(root.join(start)).sort_by_file_name() {
            let Ok(entry) = entry else { continue };
            let Ok(rel) = entry.path().strip_prefix(root) else {
                continue;
            };
            let name = rel.to_string_lossy().replace('\\', "/");
            let hidden = rel.iter().any(|c| c.to_string_lossy().starts_with('.'));
            let frozen = rel.parent() == Some(year_dir.as_path())
                && rel.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                    n == "frozen.toml" || n == "frozen.pdf" || language_of(n).is_some()
                });
            if !entry.file_type().is_file() || hidden || frozen {
                continue;
            }
            if let Ok(bytes) = std::fs::read(entry.path()) {
                out.insert(name, sha256_hex(&bytes));
            }
        }
    }
    out
}

/// The name of a year's frozen PDF in `language`, or in the site's own
/// language when `None`.
pub fn pdf_name(language: Option<&str>) -> String {
    language.map_or("frozen.pdf".into(), |l| format!("frozen.{l}.pdf"))
}

/// The language of a translation's frozen PDF, `frozen.<language>.pdf`.
pub fn language_of(name: &str) -> Option<&str> {
    let language = name.strip_prefix("frozen.")?.strip_suffix(".pdf")?;
    crate::markdown::spans::language_tag(language).map(|_| language)
}

/// The year's frozen PDFs and sources as they are now.
pub fn state(root: &Path, year: &str) -> FrozenState {
    let dir = root.join("reports").join(year);
    let hash = |name: &str| std::fs::read(dir.join(name)).ok().map(|b| sha256_hex(&b));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    let translations = names
        .iter()
        .filter_map(|n| Some((language_of(n)?.to_string(), hash(n)?)))
        .collect();
    FrozenState {
        pdf: hash("frozen.pdf"),
        translations,
        sources: sources(root, year),
    }
}
