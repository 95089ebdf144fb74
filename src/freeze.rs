//! `freeze YEAR`: the Secretariat's step after a report is laid before
//! Parliament. Typesets the year once more and keeps that PDF in the
//! year's folder (`frozen.pdf`), and its PDF in each language the site is
//! translated into (`frozen.cy.pdf`), with `frozen.toml`, the SHA-256 of
//! each and of every content file they were made from; from then on
//! `build` publishes exactly those bytes, and `build` and `check` warn when
//! a source changes. Reads the content folder; writes those files only,
//! all or none.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::content::ReportStatus;
use crate::content::frozen::{pdf_name, sha256_hex, sources};
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
    let (pdf, mut warnings) = crate::pdf::typeset_year(&site, year, template, theme, &mut text)?;
    // The year in each language the site is published in, frozen with it.
    let mut files = vec![(dir.join(pdf_name(None)), pdf)];
    for language in &site.config.translations {
        let twin = crate::translate::site_in(&site, language);
        let (pdf, more) = crate::pdf::typeset_year(&twin, year, template, theme, &mut text)?;
        warnings.extend(more);
        files.push((dir.join(pdf_name(Some(language))), pdf));
    }
    let toml = frozen_toml(year, today, &files, &site.config.translations, content_dir);
    files.push((toml_path, toml.into_bytes()));
    crate::scaffold::write_new_bytes(&files)?;
    Ok((files.into_iter().map(|(p, _)| p).collect(), warnings))
}

/// `frozen.toml`'s text: the day, the SHA-256 of `pdfs` (the original's,
/// then one per language of `languages`) and of each source.
fn frozen_toml(
    year: &str,
    today: &str,
    pdfs: &[(PathBuf, Vec<u8>)],
    languages: &[String],
    content_dir: &Path,
) -> String {
    let sha = |i: usize| pdfs.get(i).map(|(_, b)| sha256_hex(b)).unwrap_or_default();
    let mut toml = format!(
        "# Written by `opcat-press freeze {year}`: frozen.pdf is the published report,\n\
         # and `build` publishes exactly its bytes. Do not edit; to publish a new\n\
         # edition, delete this file and the frozen PDFs and freeze again.\n\
         frozen = \"{today}\"\n\
         sha256 = \"{}\"\n",
        sha(0)
    );
    if !languages.is_empty() {
        toml.push_str("\n# The SHA-256 of the report in each other language, frozen.<language>.pdf.\n[translations]\n");
        for (i, language) in languages.iter().enumerate() {
            let key = toml::Value::String(language.clone());
            let _ = writeln!(toml, "{key} = \"{}\"", sha(i + 1));
        }
    }
    toml.push_str("\n# The SHA-256 of each content file the report was made from.\n[sources]\n");
    for (path, hash) in sources(content_dir, year) {
        let _ = writeln!(toml, "{} = \"{hash}\"", toml::Value::String(path));
    }
    toml
}
