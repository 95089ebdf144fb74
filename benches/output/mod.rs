//! What a build wrote, counted the same way for every tool: HTML pages,
//! and PDF pages (from poppler's `pdfinfo`, when it is installed).

use std::ffi::OsStr;
use std::path::Path;
use std::process::Command;

/// The HTML files under `dir`, as paths relative to it with `/`.
pub fn html_files(dir: &Path) -> Result<Vec<String>, String> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        if entry.file_type().is_file() && entry.path().extension() == Some(OsStr::new("html")) {
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            files.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
    files.sort();
    Ok(files)
}

/// The PDFs under `dir` and their pages, when `pdfinfo` is installed.
pub fn pdf_pages(dir: &Path) -> Option<(usize, usize)> {
    let (mut files, mut pages) = (0, 0);
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.ok()?;
        if entry.path().extension().is_some_and(|e| e == "pdf") {
            let out = Command::new("pdfinfo").arg(entry.path()).output().ok()?;
            let text = String::from_utf8_lossy(&out.stdout);
            pages += text
                .lines()
                .find_map(|l| l.strip_prefix("Pages:"))?
                .trim()
                .parse::<usize>()
                .ok()?;
            files += 1;
        }
    }
    Some((files, pages))
}
