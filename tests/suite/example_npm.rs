//! The second NPM, built from scratch: France's Contrôleur général des
//! lieux de privation de liberté (examples/cglpl): one body, in French,
//! reporting by calendar year, with its own words for its State. It passes
//! the same gates as the UK site: `check`, the links and the PDF validator
//! here, the HTML checker and axe in `browser`.

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::common::*;

/// The example's content folder.
pub(crate) fn content() -> PathBuf {
    repo().join("examples/cglpl/content")
}

/// The example built once, with the repository's templates and theme.
fn built() -> &'static (tempfile::TempDir, PathBuf) {
    static SITE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = tempdir();
        let out = dir.path().join("public");
        let templates = repo().join("templates");
        let theme = repo().join("theme");
        let content = content();
        opcat(
            repo(),
            &[
                "build".as_ref(),
                "--quiet".as_ref(),
                "--no-cache".as_ref(),
                "--content".as_ref(),
                content.as_os_str(),
                "--output".as_ref(),
                out.as_os_str(),
                "--templates".as_ref(),
                templates.as_os_str(),
                "--theme".as_ref(),
                theme.as_os_str(),
            ],
        )
        .assert_success();
        (dir, out)
    })
}

/// The path part of the example's `base_url` (`/cglpl/`).
fn base_path() -> String {
    let site = read_toml(&content().join("site.toml"));
    let url = site["base_url"].as_str().expect("base_url");
    let after_host = url.splitn(4, '/').nth(3).unwrap_or_default();
    format!("/{after_host}")
}

#[test]
fn the_example_npm_checks_clean_and_its_links_resolve() {
    let content = content();
    let templates = repo().join("templates");
    let theme = repo().join("theme");
    let check = opcat(
        repo(),
        &[
            "check".as_ref(),
            "--deny-warnings".as_ref(),
            "--content".as_ref(),
            content.as_os_str(),
            "--templates".as_ref(),
            templates.as_os_str(),
            "--theme".as_ref(),
            theme.as_os_str(),
        ],
    );
    assert_eq!(check.code, Some(0), "{}", check.stderr);

    let (_dir, out) = built();
    let problems = broken_links(out, &base_path());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Every page is French, and every body has its page.
    let site = read_toml(&content.join("site.toml"));
    let language = site["language"].as_str().expect("language");
    for page in html_pages(out) {
        let doc = parse_html_file(&out.join(&page));
        assert_eq!(
            doc.root_element().value().attr("lang"),
            Some(language),
            "{page}"
        );
    }
    for body in std::fs::read_dir(content.join("registry/bodies")).expect("bodies") {
        let id = body
            .expect("a body")
            .path()
            .file_stem()
            .expect("a name")
            .to_string_lossy()
            .into_owned();
        assert!(
            out.join(format!("registry/bodies/{id}/index.html"))
                .is_file(),
            "{id}"
        );
    }
    // A site that names no licence claims none, in its data or on its pages.
    if site.get("licence").is_none() {
        let registry: serde_json::Value = serde_json::from_slice(
            &std::fs::read(out.join("data/registry.json")).expect("registry.json"),
        )
        .expect("registry.json is JSON");
        assert!(
            registry["about"]["licence"].is_null(),
            "{}",
            registry["about"]
        );
        for page in html_pages(out) {
            let html = std::fs::read_to_string(out.join(&page)).expect("a page");
            assert!(!html.contains("rel=\"license\""), "{page} links a licence");
        }
    }
    // The site's own words for its State replace the UK's.
    let words = std::fs::read_to_string(content.join("i18n/fr/jurisdiction.ftl"))
        .expect("the site's words");
    let part = words
        .lines()
        .find_map(|l| l.strip_prefix("-part = "))
        .expect("the site's -part");
    let home = text_of(parse_html_file(&out.join("index.html")).root_element());
    assert!(home.contains(part), "the home page does not say {part}");
}

#[test]
fn the_example_npms_pdfs_pass_pdf_ua_and_pdf_a() {
    let (_dir, out) = built();
    let reports = content().join("reports");
    let mut pdfs = Vec::new();
    for year in std::fs::read_dir(&reports).expect("reports") {
        let year = year
            .expect("a year")
            .file_name()
            .to_string_lossy()
            .into_owned();
        let report = read_toml(&reports.join(&year).join("report.toml"));
        if report["status"].as_str() != Some("archived") {
            let pdf = out.join(format!("reports/{year}/annual-report-{year}.pdf"));
            assert!(pdf.is_file(), "no PDF for {year}");
            pdfs.push(pdf);
        }
    }
    assert!(!pdfs.is_empty(), "no year built here");
    crate::pdf::validate_pdfs(&pdfs);
}
