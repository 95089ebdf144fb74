//! The one error type. A `Diagnostic` knows its file and the byte span it
//! points at; `Report` collects every diagnostic of a build so all problems
//! are shown at once, each as `path:line:col: error: message` followed by the
//! source line, a caret and a hint.
//!
//! The first line follows the GCC/rustc "short" convention that editors and
//! CI annotators parse; codespan-reporting's rich format puts the location on
//! a second line, so the few lines of rendering live here.

use std::collections::HashMap;
use std::fmt::{self, Write as _};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, as the user named it (relative to where they ran the tool).
    pub file: PathBuf,
    /// Byte range in the file; `None` when the problem is the file as a whole.
    pub span: Option<Range<usize>>,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(
        file: impl Into<PathBuf>,
        span: Option<Range<usize>>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            span,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(
        file: impl Into<PathBuf>,
        span: Option<Range<usize>>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, span, message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// The text of every file that was read, so a diagnostic can show its line.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    files: HashMap<PathBuf, Arc<str>>,
}

impl Sources {
    pub fn insert(&mut self, path: PathBuf, text: Arc<str>) {
        self.files.insert(path, text);
    }

    /// Adds every file of `other` (a later text for one path wins).
    pub fn extend(&mut self, other: Sources) {
        self.files.extend(other.files);
    }

    pub fn get(&self, path: &Path) -> Option<&str> {
        self.files.get(path).map(|t| &**t)
    }

    /// Every file that was read.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.files.keys().map(PathBuf::as_path)
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = text[line_start..offset].chars().count() + 1;
    (line, col)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Every diagnostic of one run.
#[derive(Debug, Default)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
}

impl From<Vec<Diagnostic>> for Report {
    fn from(diagnostics: Vec<Diagnostic>) -> Report {
        let mut report = Report::default();
        report.extend(diagnostics);
        report
    }
}

impl Report {
    pub fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    pub fn extend(&mut self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.diagnostics.extend(ds);
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// Orders diagnostics by file and position so output is stable whatever
    /// order the (parallel) stages found them in.
    pub fn sort(&mut self, sources: &Sources) {
        self.diagnostics.sort_by_cached_key(|d| {
            let pos = d
                .span
                .as_ref()
                .and_then(|s| sources.get(&d.file).map(|t| line_col(t, s.start)))
                .unwrap_or((0, 0));
            (d.file.clone(), pos, d.severity, d.message.clone())
        });
        self.diagnostics.dedup();
    }

    /// Plain text, for files, pipes and tests.
    pub fn render(&self, sources: &Sources) -> String {
        self.render_styled(sources, false)
    }

    /// With ANSI colours when `color` (severity, gutter, caret, hint), as
    /// rustc and typst print them. The words are the same either way.
    pub fn render_styled(&self, sources: &Sources, color: bool) -> String {
        let styles = if color {
            Styles::colored()
        } else {
            Styles::default()
        };
        let mut out = String::new();
        for d in &self.diagnostics {
            render_one(&mut out, d, sources, &styles);
        }
        out
    }

    /// One JSON object per diagnostic, for editors and CI annotations:
    /// `{file, line, column, end_line, end_column, severity, message, hint,
    /// source}`. Positions are 1-based; null when the problem is the file
    /// as a whole.
    pub fn to_json(&self, sources: &Sources) -> serde_json::Value {
        let items = self
            .diagnostics
            .iter()
            .map(|d| {
                let text = sources.get(&d.file);
                let at = |offset: usize| text.map(|t| line_col(t, offset));
                let start = d.span.as_ref().and_then(|s| at(s.start));
                let end = d.span.as_ref().and_then(|s| at(s.end));
                let source = start.and_then(|(line, _)| {
                    text.and_then(|t| t.lines().nth(line - 1))
                        .map(|l| l.trim_end_matches('\r').to_string())
                });
                serde_json::json!({
                    "file": d.file.to_string_lossy(),
                    "line": start.map(|p| p.0),
                    "column": start.map(|p| p.1),
                    "end_line": end.map(|p| p.0),
                    "end_column": end.map(|p| p.1),
                    "severity": d.severity.to_string(),
                    "message": d.message,
                    "hint": d.hint,
                    "source": source,
                })
            })
            .collect();
        serde_json::Value::Array(items)
    }
}

/// The ANSI styles of one rendering; all empty when colour is off.
#[derive(Default)]
struct Styles {
    error: anstyle::Style,
    warning: anstyle::Style,
    gutter: anstyle::Style,
    hint: anstyle::Style,
    bold: anstyle::Style,
}

impl Styles {
    fn colored() -> Styles {
        use anstyle::{AnsiColor, Style};
        let fg = |c: AnsiColor| Style::new().fg_color(Some(c.into())).bold();
        Styles {
            error: fg(AnsiColor::Red),
            warning: fg(AnsiColor::Yellow),
            gutter: fg(AnsiColor::Blue),
            hint: fg(AnsiColor::Cyan),
            bold: Style::new().bold(),
        }
    }

    fn severity(&self, s: Severity) -> anstyle::Style {
        match s {
            Severity::Error => self.error,
            Severity::Warning => self.warning,
        }
    }
}

fn render_one(out: &mut String, d: &Diagnostic, sources: &Sources, st: &Styles) {
    let file = d.file.display();
    let text = sources.get(&d.file);
    let sev = st.severity(d.severity);
    let (g, gr) = (st.gutter.render(), st.gutter.render_reset());
    let (b, br) = (st.bold.render(), st.bold.render_reset());
    match (&d.span, text) {
        (Some(span), Some(text)) => {
            let (line, col) = line_col(text, span.start);
            let _ = writeln!(
                out,
                "{b}{file}:{line}:{col}:{br} {}{}{}: {b}{}{br}",
                sev.render(),
                d.severity,
                sev.render_reset(),
                d.message
            );
            let line_text = text.lines().nth(line - 1).unwrap_or("");
            let gutter = line.to_string().len();
            let width = {
                let end = span.end.min(text.len()).max(span.start);
                let same_line =
                    &text[floor_char_boundary(text, span.start)..floor_char_boundary(text, end)];
                same_line
                    .lines()
                    .next()
                    .map_or(1, |s| s.chars().count().max(1))
            };
            let _ = writeln!(out, "{g}{:gutter$} |{gr}", "");
            let _ = writeln!(out, "{g}{line} |{gr} {}", line_text.trim_end_matches('\r'));
            let _ = writeln!(
                out,
                "{g}{:gutter$} |{gr} {}{}{}{}",
                "",
                " ".repeat(col - 1),
                sev.render(),
                "^".repeat(width),
                sev.render_reset()
            );
            if let Some(hint) = &d.hint {
                let (h, hr) = (st.hint.render(), st.hint.render_reset());
                let _ = writeln!(out, "{g}{:gutter$} ={gr} {h}hint{hr}: {hint}", "");
            }
        }
        _ => {
            let _ = writeln!(
                out,
                "{b}{file}:{br} {}{}{}: {b}{}{br}",
                sev.render(),
                d.severity,
                sev.render_reset(),
                d.message
            );
            if let Some(hint) = &d.hint {
                let (h, hr) = (st.hint.render(), st.hint.render_reset());
                let _ = writeln!(out, "  {g}={gr} {h}hint{hr}: {hint}");
            }
        }
    }
    out.push('\n');
}

/// The known id closest to `wrong`, if one is close enough to be what was
/// meant (for "did you mean …?" hints).
pub fn suggest<'a>(wrong: &str, known: impl IntoIterator<Item = &'a String>) -> Option<String> {
    known
        .into_iter()
        .map(|k| (strsim::levenshtein(wrong, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min()
        .map(|(_, k)| k.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "a\nñb = 1\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 2), (2, 1));
        // 'b' is after the two-byte ñ: byte 4, character column 2.
        assert_eq!(line_col(text, 4), (2, 2));
    }

    #[test]
    fn renders_location_source_line_caret_and_hint() {
        let mut sources = Sources::default();
        sources.insert("x.toml".into(), Arc::from("name = 1\nbody = \"hmipp\"\n"));
        let mut report = Report::default();
        report.push(
            Diagnostic::error("x.toml", Some(16..23), "unknown body `hmipp`")
                .with_hint("did you mean `hmip`?"),
        );
        let text = report.render(&sources);
        assert_eq!(
            text,
            "x.toml:2:8: error: unknown body `hmipp`\n  |\n2 | body = \"hmipp\"\n  |        ^^^^^^^\n  = hint: did you mean `hmip`?\n\n"
        );
    }
}
