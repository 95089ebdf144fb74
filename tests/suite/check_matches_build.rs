//! `check` promises what `build` does: every fixture site under
//! tests/fixtures/ that `build` rejects gets the same errors (file, line,
//! column, message) from `check`, of the whole site and of each report year
//! the errors are in; so do broken templates, whose errors only the
//! typesetting and the rendering of the pages find. Both run with the
//! templates and theme beside the content folder, as a member body would.

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::path::Path;

use crate::common::*;

/// An error as both commands print it.
fn errors(run: &Run) -> Vec<String> {
    let mut e = run.error_lines();
    e.sort();
    e
}

fn run_in(site: &Path, args: &[&str]) -> Run {
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    opcat(site, &args)
}

/// Every fixture that is a site overlay (has a `content/` folder).
fn site_fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(repo().join("tests/fixtures"))
        .expect("list the fixtures")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("content").is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != "minimal")
        .collect();
    names.sort();
    names
}

/// Asserts `check` (of the site, and of each year folder holding an error)
/// gives exactly `build`'s errors; `false` when `build` succeeded.
fn assert_check_matches_build(site: &Path, name: &str) -> bool {
    let build = run_in(site, &["build"]);
    if build.code == Some(0) {
        return false;
    }
    let expected = errors(&build);
    assert!(
        !expected.is_empty(),
        "{name}: build failed with no error:\n{}",
        build.stderr
    );
    let check = run_in(site, &["check"]);
    assert_eq!(
        check.code,
        Some(2),
        "{name}: check must fail:\n{}",
        check.stderr
    );
    assert_eq!(
        errors(&check),
        expected,
        "{name}: check of the site differs from build\n--- build:\n{}\n--- check:\n{}",
        build.stderr,
        check.stderr
    );
    // Each year folder an error is in: the errors in it, and only those.
    let years: BTreeSet<String> = build
        .diagnostics()
        .iter()
        .filter(|d| d.severity == "error")
        .filter_map(|d| {
            let rest = d.file.strip_prefix("content/reports/")?;
            let year = rest.split('/').next()?;
            rest.contains('/')
                .then(|| format!("content/reports/{year}"))
        })
        .collect();
    for year in years {
        let in_year: Vec<String> = expected
            .iter()
            .filter(|e| e.starts_with(&format!("{year}/")))
            .cloned()
            .collect();
        let check = run_in(site, &["check", &year]);
        assert_eq!(
            check.code,
            Some(2),
            "{name}: check {year}:\n{}",
            check.stderr
        );
        assert_eq!(
            errors(&check),
            in_year,
            "{name}: check {year} differs from build\n--- build:\n{}\n--- check:\n{}",
            build.stderr,
            check.stderr
        );
    }
    true
}

#[test]
fn check_gives_the_errors_build_gives_for_every_fixture_build_rejects() {
    let mut rejected = Vec::new();
    for name in site_fixtures() {
        let site = minimal_with(&[&name]);
        link_templates_and_theme(site.path());
        if assert_check_matches_build(site.path(), &name) {
            rejected.push(name);
        }
    }
    // Those only typesetting finds are among them.
    for name in ["pdf-broken-image", "pdf-missing-glyphs", "invalid-reports"] {
        assert!(
            rejected.iter().any(|r| r == name),
            "{name} is not rejected by build: {rejected:?}"
        );
    }
}

/// The minimal site with its own copy of the templates, `file` in it
/// getting `line` inserted before its line `at` (1-based).
fn site_with_broken_template(file: &str, at: usize, line: &str) -> tempfile::TempDir {
    let site = tempdir();
    copy_dir(
        &fixture("minimal").join("content"),
        &site.path().join("content"),
    );
    copy_dir(&repo().join("templates"), &site.path().join("templates"));
    link_templates_and_theme(site.path());
    let path = site.path().join("templates").join(file);
    let mut lines: Vec<String> = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    lines.insert(at - 1, line.to_string());
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    site
}

/// The 1-based line of a template that starts with `prefix` (trimmed).
fn line_of(file: &str, prefix: &str) -> usize {
    std::fs::read_to_string(repo().join("templates").join(file))
        .unwrap()
        .lines()
        .position(|l| l.trim_start().starts_with(prefix))
        .unwrap_or_else(|| panic!("{file} has no line starting `{prefix}`"))
        + 1
}

#[test]
fn a_template_error_is_the_same_from_check_of_a_chapter_and_from_build() {
    let cases = [
        // Only typesetting the report finds it.
        (
            "report.typ",
            line_of("report.typ", "set heading(") + 1,
            "  this-function-does-not-exist(1)",
        ),
        // Only rendering the chapter's page finds it.
        ("reports/chapter.html", 2, "{{ no_such_value.field }}"),
    ];
    for (file, at, line) in cases {
        let site = site_with_broken_template(file, at, line);
        let build = run_in(site.path(), &["build"]);
        assert_eq!(
            build.code,
            Some(2),
            "{file}: build must fail:\n{}",
            build.stderr
        );
        let expected = errors(&build);
        assert!(
            expected
                .iter()
                .all(|e| e.starts_with(&format!("templates/{file}:{at}:"))),
            "{file}: {expected:?}"
        );
        let check = run_in(site.path(), &["check", "content/reports/2015-16/alpha.md"]);
        assert_eq!(
            check.code,
            Some(2),
            "{file}: check must fail:\n{}",
            check.stderr
        );
        assert_eq!(errors(&check), expected, "{file}:\n{}", check.stderr);
    }
}
