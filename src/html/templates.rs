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
    /// The site's language's catalogue, for the text the renderers make.
    pub words: std::sync::Arc<crate::i18n::Catalogue>,
    /// Where the pages in this language are, from the site's root: `cy/`
    /// for a translation's, nothing for the site's own language.
    pub folder: String,
}

/// The way from the root of the language whose pages are in `folder` to
/// the site's, where the files all languages share are: `../` from `cy/`,
/// nothing from the root.
pub fn files_root(folder: &str) -> String {
    "../".repeat(folder.matches('/').count())
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

/// Errors found when templates are linked together (unknown filters,
/// components, missing parents) as diagnostics at the template's line.
/// Tera reports these as one message of rendered reports (`error: …` then
/// ` --> name:line:col`), so they are read back from that text.
fn link_errors(dir: &Path, err: &tera::Error, files: &[(String, String)]) -> Vec<Diagnostic> {
    let text_of = |name: &str| {
        files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.as_str())
    };
    let hint = "fix the template; docs/templates.md lists what each template receives";
    match err.kind() {
        ErrorKind::MissingParent { current, parent } => {
            let span = text_of(current).and_then(|t| {
                let quoted = format!("\"{parent}\"");
                t.find(&quoted).map(|i| i..i + quoted.len())
            });
            vec![
                Diagnostic::error(
                    dir.join(current),
                    span,
                    format!("extends `{parent}`, which is not in the templates folder"),
                )
                .with_hint("check the name in `{% extends %}`"),
            ]
        }
        ErrorKind::Msg(message) => {
            let mut out = Vec::new();
            for report in message.split("\n\n") {
                let mut lines = report.lines();
                let Some(first) = lines.next() else { continue };
                let msg = first.trim_start_matches("error: ").to_string();
                let Some(loc) = report
                    .lines()
                    .find_map(|l| l.trim_start().strip_prefix("--> "))
                else {
                    continue;
                };
                let mut parts = loc.rsplitn(3, ':');
                let (Some(col), Some(line), Some(name)) =
                    (parts.next(), parts.next(), parts.next())
                else {
                    continue;
                };
                let (Ok(line), Ok(col)) = (line.parse::<usize>(), col.parse::<usize>()) else {
                    continue;
                };
                let width = report
                    .lines()
                    .last()
                    .map_or(1, |l| l.matches('^').count().max(1));
                let span = text_of(name)
                    .and_then(|t| offset_of(t, line, col))
                    .map(|o| o..o + width);
                out.push(Diagnostic::error(dir.join(name), span, msg).with_hint(hint));
            }
            if out.is_empty() {
                vec![diagnostic(dir, err, "")]
            } else {
                out
            }
        }
        _ => vec![diagnostic(dir, err, "")],
    }
}

/// Byte offset of a 1-based line and column (in characters).
fn offset_of(text: &str, line: usize, col: usize) -> Option<usize> {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum();
    let line_text = text[start..].lines().next().unwrap_or("");
    let within: usize = line_text
        .chars()
        .take(col.checked_sub(1)?)
        .map(char::len_utf8)
        .sum();
    Some(start + within)
}

impl Templates {
    /// Loads the templates in `dir`, their `t` filter giving `catalogues`'
    /// messages (in `language` unless a page's context sets `lang`).
    pub fn load(
        dir: &Path,
        catalogues: crate::i18n::Catalogues,
        language: &str,
        sources: &mut Sources,
    ) -> Result<Templates, Vec<Diagnostic>> {
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
            // report.typ is the PDF's layout, read by the PDF stage; the
            // message catalogues are read by the i18n stage.
            if !entry.file_type().is_file() || entry.path().extension().is_some_and(|e| e == "typ")
            {
                continue;
            }
            let Ok(rel) = entry.path().strip_prefix(dir) else {
                continue;
            };
            if rel.starts_with(crate::i18n::FOLDER) {
                continue;
            }
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
        let catalogues = std::sync::Arc::new(catalogues);
        let Some(words) = catalogues.get(language).cloned() else {
            return Err(vec![Diagnostic::error(
                dir.join(crate::i18n::FOLDER),
                None,
                format!("no message catalogue was loaded for `{language}`"),
            )]);
        };
        let dates = crate::i18n::filter::Dates {
            catalogues: std::sync::Arc::clone(&catalogues),
            default: language.to_string(),
        };
        tera.register_filter(
            "date_text",
            move |iso: &str, _: tera::Kwargs, state: &tera::State| dates.call(iso, state),
        );
        let translate = crate::i18n::filter::Translate {
            catalogues,
            default: language.to_string(),
        };
        tera.register_filter(
            "t",
            move |id: &str, kwargs: tera::Kwargs, state: &tera::State| {
                translate.call(id, kwargs, state)
            },
        );
        if let Err(e) = tera.add_raw_templates(files.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        {
            return Err(link_errors(dir, &e, &files));
        }
        Ok(Templates {
            tera,
            dir: dir.to_path_buf(),
            words,
            folder: String::new(),
        })
    }

    /// Where the template `name` is.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
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
