//! Loads `templates/` into Tera 2, whose errors carry the template's line
//! and column; they become our diagnostics so a template mistake is shown
//! like a content mistake.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tera::{ErrorKind, Tera};
use walkdir::WalkDir;

use crate::diagnostics::{Diagnostic, Sources};

pub struct Templates {
    pub tera: Tera,
    dir: PathBuf,
}

/// A template error as a diagnostic at the template's own line.
pub fn diagnostic(dir: &Path, err: &tera::Error, context: &str) -> Diagnostic {
    let mut message = String::new();
    let mut span = None;
    let mut file = dir.to_path_buf();
    match err.kind() {
        ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => {
            message.push_str(r.message());
            file = dir.join(r.filename());
            span = Some(r.span().range.clone());
        }
        other => message.push_str(&other.to_string()),
    }
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    if !context.is_empty() {
        message.push_str(&format!(" (while rendering {context})"));
    }
    Diagnostic::error(file, span, message)
        .with_hint("fix the template; docs/templates.md lists what each template receives")
}

impl Templates {
    pub fn load(dir: &Path, sources: &mut Sources) -> Result<Templates, Vec<Diagnostic>> {
        let mut files: Vec<(String, String)> = Vec::new();
        let mut diags = Vec::new();
        for entry in WalkDir::new(dir).sort_by_file_name() {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    diags.push(Diagnostic::error(
                        dir,
                        None,
                        format!("cannot read the templates folder: {e}"),
                    ));
                    continue;
                }
            };
            if !entry.file_type().is_file() {
                continue;
            }
            let Ok(rel) = entry.path().strip_prefix(dir) else {
                continue;
            };
            let name = rel.to_string_lossy().replace('\\', "/");
            match std::fs::read_to_string(entry.path()) {
                Ok(text) => {
                    sources.insert(entry.path().to_path_buf(), Arc::from(text.as_str()));
                    files.push((name, text));
                }
                Err(e) => diags.push(Diagnostic::error(
                    entry.path(),
                    None,
                    format!("cannot read: {e}"),
                )),
            }
        }
        if files.is_empty() && diags.is_empty() {
            diags.push(
                Diagnostic::error(dir, None, "no templates found")
                    .with_hint("pass --templates DIR, or run from the site's folder"),
            );
        }
        // Tera stops at the first bad template; parse each alone first so
        // every syntax error is reported in one run.
        for (name, text) in &files {
            let mut alone = Tera::new();
            if let Err(e) = alone.add_raw_template(name, text)
                && matches!(e.kind(), ErrorKind::SyntaxError(_))
            {
                diags.push(diagnostic(dir, &e, ""));
            }
        }
        if !diags.is_empty() {
            return Err(diags);
        }
        let mut tera = Tera::new();
        tera.autoescape_on([".html", ".xml"]);
        if let Err(e) = tera.add_raw_templates(files.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        {
            return Err(vec![diagnostic(dir, &e, "")]);
        }
        Ok(Templates {
            tera,
            dir: dir.to_path_buf(),
        })
    }

    pub fn render(
        &self,
        name: &str,
        ctx: &tera::Context,
        what: &str,
    ) -> Result<String, Diagnostic> {
        self.tera
            .render(name, ctx)
            .map_err(|e| diagnostic(&self.dir, &e, what))
    }
}
