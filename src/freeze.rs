//! `freeze YEAR`: the Secretariat's step after a report is laid before
//! Parliament. Typesets the year once more and keeps that PDF in the
//! year's folder (`frozen.pdf`) with `frozen.toml`, the SHA-256 of it and
//! of every content file it was made from; from then on `build` publishes
//! exactly those bytes, and `build` and `check` warn when a source changes.
//! Reads the content folder; writes those two files only, both or neither.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::content::ReportStatus;
use crate::content::frozen::{sha256_hex, sources};
use crate::diagnostics::{Diagnostic, Sources};

/// Freezes `year`; `today` is the date recorded (ISO 8601). Returns the
/// files written and Typst's warnings.
pub fn freeze(
    content_dir: &Path,
    year: &str,
    template: &Path,
    theme: &Path,
    today: &str,
) -> Result<(Vec<PathBuf>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let site = crate::scaffold::read(content_dir)?;
    let Some(r) = site.reports.iter().find(|r| r.year == year) else {
        return Err(vec![
            Diagnostic::error("YEAR", None, format!("there is no report year `{year}`"))
                .with_hint("the years are the folders in reports/"),
        ]);
    };
    let dir = content_dir.join("reports").join(year);
    let toml_path = dir.join("frozen.toml");
    if r.is_archived() {
        return Err(vec![Diagnostic::error(
            dir.join("report.toml"),
            None,
            "an archived year is not frozen: it was published elsewhere, and its page links the official copy",
        )]);
    }
    if r.frozen.is_some() {
        return Err(vec![
            Diagnostic::error(
                &toml_path,
                None,
                "this year is frozen already; nothing was written",
            )
            .with_hint("to publish a new edition, delete frozen.toml and frozen.pdf first"),
        ]);
    }
    if r.status != ReportStatus::Published {
        return Err(vec![Diagnostic::error(dir.join("report.toml"), None, format!("the year's status is `{}`, not `published`", format!("{:?}", r.status).to_lowercase()))
            .with_hint("freeze the report once it is published: set `status = \"published\"` and its `published` date first")]);
    }
    let mut text = Sources::default();
    let (pdf, warnings) = crate::pdf::typeset_year(&site, year, template, theme, &mut text)?;
    let mut toml = format!(
        "# Written by `opcat-press freeze {year}`: frozen.pdf is the published report,\n\
         # and `build` publishes exactly its bytes. Do not edit; to publish a new\n\
         # edition, delete this file and frozen.pdf and freeze again.\n\
         frozen = \"{today}\"\n\
         sha256 = \"{}\"\n\
         \n\
         # The SHA-256 of each content file the report was made from.\n\
         [sources]\n",
        sha256_hex(&pdf)
    );
    for (path, hash) in sources(content_dir, year) {
        let _ = writeln!(toml, "{} = \"{hash}\"", toml::Value::String(path));
    }
    let files = [
        (dir.join("frozen.pdf"), pdf),
        (toml_path, toml.into_bytes()),
    ];
    crate::scaffold::write_new_bytes(&files)?;
    Ok((files.into_iter().map(|(p, _)| p).collect(), warnings))
}
