//! Stage 4, write: the only code that touches the output folder. Everything
//! goes into a fresh folder beside it, which replaces it only when the whole
//! build succeeded, so a failed build leaves the previous site as it was.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostics::Diagnostic;

/// One file of the finished site: its path relative to the output folder,
/// and its bytes.
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// A file copied as it is.
pub struct Copy {
    pub from: PathBuf,
    /// Relative to the output folder.
    pub to: String,
}

fn io_error(path: &Path, what: &str, e: io::Error) -> Diagnostic {
    Diagnostic::error(path, None, format!("{what}: {e}"))
}

/// Refuses output folders whose replacement would destroy something else:
/// the content itself, or a folder that is not a site we built.
pub fn check_target(output: &Path, protected: &[&Path]) -> Result<(), Diagnostic> {
    let abs = |p: &Path| -> PathBuf {
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(p)
        };
        // Lexical clean-up, so `./public/` and `public` compare equal.
        let mut out = PathBuf::new();
        for c in p.components() {
            match c {
                std::path::Component::ParentDir => {
                    out.pop();
                }
                std::path::Component::CurDir => {}
                c => out.push(c),
            }
        }
        out
    };
    let out_abs = abs(output);
    for p in protected {
        let p_abs = abs(p);
        if out_abs.starts_with(&p_abs) {
            return Err(Diagnostic::error(output, None, format!("the output folder is inside `{}`", p.display()))
                .with_hint("the next build would read the built site back in; choose a folder outside it, e.g. --output public"));
        }
        if p_abs.starts_with(&out_abs) {
            return Err(Diagnostic::error(
                output,
                None,
                format!("the output folder would replace `{}`", p.display()),
            )
            .with_hint(
                "choose an output folder outside the site's sources, e.g. --output public",
            ));
        }
    }
    if output.is_file() {
        return Err(Diagnostic::error(output, None, "the output path is a file")
            .with_hint("choose a folder"));
    }
    if output.is_dir() {
        let non_empty = fs::read_dir(output)
            .map(|mut d| d.next().is_some())
            .unwrap_or(false);
        if non_empty && !output.join("index.html").exists() {
            return Err(Diagnostic::error(
                output,
                None,
                "the output folder has files but no index.html: it does not look like a site built by opcat-press",
            )
            .with_hint("the build replaces the whole folder; empty it or choose another one"));
        }
    }
    Ok(())
}

/// The error for paths that two files would be written to.
pub fn clash(output: &Path, mut paths: Vec<&str>) -> Diagnostic {
    paths.sort_unstable();
    paths.dedup();
    Diagnostic::error(
        output,
        None,
        format!(
            "two files would be written to the same place: {}",
            paths.join(", ")
        ),
    )
    .with_hint("a content or theme file takes an address the site generates; rename or move it")
}

/// Writes every file into a new folder beside `output`, then swaps it in.
/// Two files for one path are refused: which one won would depend on the
/// order threads finish in.
pub fn write(output: &Path, files: &[OutputFile], copies: &[Copy]) -> Result<(), Diagnostic> {
    let staging = Staging::new(output)?;
    staging.add(files, copies)?;
    staging.finish()
}

/// A new site, written file by file into a hidden folder beside `output`
/// and put in its place whole by [`Staging::finish`]. Dropped before that
/// (an error), the folder is removed and `output` is as it was. `build`
/// writes each PDF into it as soon as it is typeset, from the thread that
/// typeset it, so that no PDF is held longer than it takes to write.
pub struct Staging {
    output: PathBuf,
    dir: tempfile::TempDir,
    /// Every path written so far, to refuse a second file for one.
    paths: std::sync::Mutex<std::collections::HashSet<String>>,
}

impl Staging {
    pub fn new(output: &Path) -> Result<Staging, Diagnostic> {
        let parent = match output.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent)
            .map_err(|e| io_error(&parent, "cannot create the folder", e))?;
        let dir = tempfile::Builder::new()
            .prefix(".opcat-press-build-")
            .tempdir_in(&parent)
            .map_err(|e| io_error(&parent, "cannot create a temporary folder", e))?;
        Ok(Staging {
            output: output.to_path_buf(),
            dir,
            paths: Default::default(),
        })
    }

    /// Writes `files` and copies `copies` into the new site. A path that
    /// another file has, here or in an earlier call, is refused, and
    /// nothing of this call is written.
    pub fn add(&self, files: &[OutputFile], copies: &[Copy]) -> Result<(), Diagnostic> {
        let mut seen = std::collections::HashSet::new();
        {
            // Held until the paths are claimed, so that two threads cannot
            // both claim one.
            let mut paths = self
                .paths
                .lock()
                .map_err(|_| Diagnostic::error(&self.output, None, "a writer thread failed"))?;
            let twice: Vec<&str> = files
                .iter()
                .map(|f| f.path.as_str())
                .chain(copies.iter().map(|c| c.to.as_str()))
                .filter(|p| !seen.insert(*p) || paths.contains(*p))
                .collect();
            if !twice.is_empty() {
                return Err(clash(&self.output, twice));
            }
            paths.extend(seen.iter().map(|p| (*p).to_string()));
        }
        let root = self.dir.path();
        files.par_iter().try_for_each(|f| {
            let path = root.join(&f.path);
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir)
                    .map_err(|e| io_error(dir, "cannot create the folder", e))?;
            }
            fs::write(&path, &f.bytes).map_err(|e| io_error(&path, "cannot write", e))
        })?;
        copies.par_iter().try_for_each(|c| {
            let path = root.join(&c.to);
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir)
                    .map_err(|e| io_error(dir, "cannot create the folder", e))?;
            }
            fs::copy(&c.from, &path)
                .map(|_| ())
                .map_err(|e| io_error(&c.from, "cannot copy", e))
        })
    }

    /// Puts the new site in place of `output`, whose old folder is removed.
    pub fn finish(self) -> Result<(), Diagnostic> {
        let output = self.output;
        // Staging stays on disk from here; if the swap fails it is removed below.
        let staged = self.dir.keep();
        let old = staged.with_extension("old");
        let had_old = output.exists();
        if had_old && let Err(e) = fs::rename(&output, &old) {
            let _ = fs::remove_dir_all(&staged);
            return Err(io_error(&output, "cannot move the previous site aside", e));
        }
        if let Err(e) = fs::rename(&staged, &output) {
            if had_old {
                let _ = fs::rename(&old, &output);
            }
            let _ = fs::remove_dir_all(&staged);
            return Err(io_error(&output, "cannot put the new site in place", e));
        }
        if had_old {
            // The new site is in place; a leftover old copy is only clutter.
            let _ = fs::remove_dir_all(&old);
        }
        Ok(())
    }
}
