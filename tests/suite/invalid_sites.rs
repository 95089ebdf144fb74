//! Invalid fixture sites: every problem is reported in one run, as
//! `path:line:col: error: message` with the right line, column, source
//! excerpt and hint, the exit code is non-zero, and nothing is written.
//!
//! Each fixture is `tests/fixtures/<name>/` with a `content/` folder holding
//! what differs from `minimal`, and an `expected.txt` listing the first line
//! of every expected error. The binary runs on a copy of `minimal` with the
//! fixture laid over it, with `--content content`, so paths in
//! `expected.txt` start with `content/`.

use std::path::Path;

use crate::common::*;

/// Builds a fixture into a fresh temporary output folder and checks what
/// every invalid build must do. Returns the run for further checks.
fn build_invalid(site: &Path, expected: &Path) -> Run {
    let tmp = tempdir();
    let out = tmp.path().join("public");
    let run = build(site, "content", &out, &[]);
    assert_eq!(
        run.code,
        Some(2),
        "an invalid site must fail with exit code 2:\n{}",
        run.stderr
    );
    assert_same_lines(
        &run.error_lines(),
        &read_expected(expected),
        &site.display().to_string(),
    );
    assert!(
        !out.exists(),
        "a failed build created the output folder {}",
        out.display()
    );
    let left: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert!(
        left.is_empty(),
        "a failed build left files beside the output folder: {left:?}"
    );
    for d in run.diagnostics() {
        assert_excerpt_matches_file(site, &d);
    }
    run
}

/// Builds the minimal site with the fixture `name` laid over it.
fn build_invalid_fixture(name: &str) -> Run {
    let site = minimal_with(&[name]);
    build_invalid(site.path(), &fixture(name).join("expected.txt"))
}

fn find<'a>(diags: &'a [Diag], message_start: &str) -> &'a Diag {
    diags
        .iter()
        .find(|d| d.message.starts_with(message_start))
        .unwrap_or_else(|| panic!("no diagnostic starting `{message_start}` in {diags:#?}"))
}

#[test]
fn invalid_registry_reports_every_problem_in_one_run() {
    build_invalid_fixture("invalid-registry");
}

#[test]
fn invalid_reports_reports_every_problem_in_one_run() {
    build_invalid_fixture("invalid-reports");
}

#[test]
fn unknown_body_in_chapter_front_matter_suggests_the_closest_id() {
    let run = build_invalid_fixture("invalid-reports");
    let diags = run.diagnostics();
    let d = find(&diags, "unknown body `alpah`");
    assert_eq!(d.hint.as_deref(), Some("did you mean `alpha`?"));
    assert_eq!(d.underlined().as_deref(), Some("\"alpah\""));
}

#[test]
fn carets_underline_the_offending_value_or_link() {
    let reg = build_invalid_fixture("invalid-registry").diagnostics();
    assert_eq!(
        find(&reg, "duplicate setting id").underlined().as_deref(),
        Some("\"prisons\"")
    );
    assert_eq!(
        find(&reg, "the designation ends on")
            .underlined()
            .as_deref(),
        Some("2008-01-01")
    );
    assert_eq!(
        find(&reg, "unknown key `sumary`").underlined().as_deref(),
        Some("sumary")
    );

    let rep = build_invalid_fixture("invalid-reports").diagnostics();
    assert_eq!(
        find(&rep, "the period ends").underlined().as_deref(),
        Some("2014-04-01")
    );
    assert_eq!(
        find(&rep, "Beta Care Commission was not a member")
            .underlined()
            .as_deref(),
        Some("\"beta\"")
    );
    assert_eq!(
        find(&rep, "links with `javascript:`")
            .underlined()
            .as_deref(),
        Some("[click me](javascript:alert(1))")
    );
    assert_eq!(
        find(&rep, "image has no alt text").underlined().as_deref(),
        Some("![](images/visits.svg)")
    );
    assert_eq!(
        find(&rep, "`reports/2015-16/alpha.md` has no heading")
            .underlined()
            .as_deref(),
        Some("[Alpha's plans](alpha.md#plans-for-2017)")
    );
}

#[test]
fn errors_come_with_hints_that_say_what_to_do() {
    let rep = build_invalid_fixture("invalid-reports").diagnostics();
    // The membership error says when the body's designation ran.
    let d = find(&rep, "Beta Care Commission was not a member");
    assert_eq!(
        d.hint.as_deref(),
        Some("its designation runs from 31 March 2009 to 3 December 2013")
    );
    // Every error in this fixture has a hint.
    for d in rep.iter().filter(|d| d.severity == "error") {
        assert!(
            d.hint.as_deref().is_some_and(|h| !h.is_empty()),
            "no hint for `{}`",
            d.header
        );
    }
    let reg = build_invalid_fixture("invalid-registry").diagnostics();
    let d = find(&reg, "unknown key `sumary`");
    assert!(
        d.hint.as_deref().is_some_and(|h| h.contains("`summary`")),
        "the unknown-key hint lists the allowed keys: {:?}",
        d.hint
    );
}

#[test]
fn diagnostics_are_printed_in_file_and_position_order() {
    for name in ["invalid-registry", "invalid-reports"] {
        let diags = build_invalid_fixture(name).diagnostics();
        let keys: Vec<(String, usize, usize)> = diags
            .iter()
            .map(|d| (d.file.clone(), d.line.unwrap_or(0), d.col.unwrap_or(0)))
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(
            keys, sorted,
            "{name}: diagnostics are not sorted by file, line and column"
        );
    }
}

#[cfg(unix)]
#[test]
fn symbolic_links_leaving_the_content_folder_are_refused() {
    use std::os::unix::fs::symlink;
    let tmp = tempdir();
    let site = tmp.path().join("site");
    copy_dir(&fixture("minimal"), &site);
    std::fs::write(
        site.join("outside.md"),
        "+++\ntitle = \"Outside\"\n+++\n\nNot content.\n",
    )
    .unwrap();
    symlink("../../outside.md", site.join("content/pages/secret.md")).unwrap();
    symlink(
        "/etc/passwd",
        site.join("content/registry/bodies/passwd.toml"),
    )
    .unwrap();
    // A link that stays inside the content folder is allowed.
    symlink("about.md", site.join("content/pages/inside.md")).unwrap();
    build_invalid(&site, &fixture("invalid-symlink").join("expected.txt"));
}

#[test]

fn a_body_file_that_fails_to_parse_causes_no_follow_on_errors() {
    build_invalid_fixture("broken-body-file");
}

#[test]

fn a_chapter_whose_front_matter_fails_to_parse_causes_no_follow_on_errors() {
    build_invalid_fixture("broken-chapter-front-matter");
}

/// A copy of the minimal fixture in a temporary folder, to add files to.
fn minimal_copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempdir();
    let site = tmp.path().join("site");
    copy_dir(&fixture("minimal"), &site);
    (tmp, site)
}

fn protocol_relative_link_site() -> (tempfile::TempDir, std::path::PathBuf, Run) {
    let (tmp, site) = minimal_copy();
    std::fs::write(
        site.join("content/pages/links.md"),
        "+++\ntitle = \"Links\"\n+++\n\n## Elsewhere\n\nA [protocol-relative link](//evil.example/x).\n",
    )
    .unwrap();
    let run = build(&site, "content", &tmp.path().join("public"), &[]);
    (tmp, site, run)
}

#[test]
fn protocol_relative_links_are_refused() {
    let (tmp, site, run) = protocol_relative_link_site();
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    let diags = run.diagnostics();
    assert_eq!(diags.len(), 1, "{}", run.stderr);
    assert_eq!(
        (diags[0].file.as_str(), diags[0].line, diags[0].col),
        ("content/pages/links.md", Some(7), Some(3))
    );
    assert_excerpt_matches_file(&site, &diags[0]);
    assert!(!tmp.path().join("public").exists());
}

#[test]

fn protocol_relative_link_error_does_not_call_it_a_scheme() {
    let (_tmp, _site, run) = protocol_relative_link_site();
    let diags = run.diagnostics();
    assert_eq!(diags.len(), 1, "{}", run.stderr);
    assert!(!diags[0].message.contains("`//:`"), "{}", diags[0].header);
}

/// The minimal site with a copy of the repository's templates in which
/// `page.html` is replaced by `page` and `extra` files are added.
fn build_with_templates(
    page: &str,
    extra: &[(&str, &str)],
) -> (tempfile::TempDir, std::path::PathBuf, Run) {
    let (tmp, site) = minimal_copy();
    copy_dir(&repo().join("templates"), &site.join("templates"));
    std::fs::write(site.join("templates/page.html"), page).unwrap();
    for (name, text) in extra {
        std::fs::write(site.join("templates").join(name), text).unwrap();
    }
    let out = tmp.path().join("public");
    let theme = repo().join("theme");
    let args: Vec<&std::ffi::OsStr> = [
        "build".as_ref(),
        "--content".as_ref(),
        "content".as_ref(),
        "--templates".as_ref(),
        "templates".as_ref(),
        "--theme".as_ref(),
        theme.as_os_str(),
        "--output".as_ref(),
        out.as_os_str(),
    ]
    .to_vec();
    let run = opcat(&site, &args);
    assert_eq!(
        run.code,
        Some(2),
        "a template error fails the build:\n{}",
        run.stderr
    );
    assert!(!out.exists(), "a failed build created the output folder");
    (tmp, site, run)
}

const PAGE_HEAD: &str =
    "<!DOCTYPE html>\n<html lang=\"en\"><head><title>{{ title }}</title></head>\n<body>\n";

#[test]
fn template_syntax_and_render_errors_name_the_template_line_and_column() {
    // A syntax error in any template file.
    let (_tmp, site, run) = build_with_templates(
        &format!("{PAGE_HEAD}{{{{ page.content | safe }}}}\n</body></html>\n"),
        &[("broken.html", "<p>fine</p>\n<p>{{ unclosed </p>\n")],
    );
    let diags = run.diagnostics();
    assert_eq!(diags.len(), 1, "{}", run.stderr);
    assert_eq!(
        (diags[0].file.as_str(), diags[0].line),
        ("templates/broken.html", Some(2)),
        "{}",
        run.stderr
    );
    assert_excerpt_matches_file(&site, &diags[0]);

    // A field the context does not have, found while rendering.
    let (_tmp, site, run) = build_with_templates(
        &format!("{PAGE_HEAD}{{{{ page.no_such_field }}}}\n</body></html>\n"),
        &[],
    );
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d.message.contains("no_such_field"))
        .unwrap_or_else(|| panic!("no diagnostic names the field:\n{}", run.stderr));
    assert_eq!(
        (d.file.as_str(), d.line),
        ("templates/page.html", Some(4)),
        "{}",
        d.header
    );
    assert_excerpt_matches_file(&site, &d);
    assert_eq!(d.underlined().as_deref(), Some("no_such_field"));
}

#[test]

fn unknown_template_filters_and_components_are_located_in_their_template() {
    for (source, name) in [
        ("{{ page.title | nosuchfilter }}", "nosuchfilter"),
        (
            "{{ <nosuchcomponent entries={page.toc} /> }}",
            "nosuchcomponent",
        ),
    ] {
        let (_tmp, site, run) =
            build_with_templates(&format!("{PAGE_HEAD}{source}\n</body></html>\n"), &[]);
        let d = run
            .diagnostics()
            .into_iter()
            .find(|d| d.message.contains(name))
            .unwrap_or_else(|| panic!("no diagnostic names `{name}`:\n{}", run.stderr));
        assert_eq!(
            (d.file.as_str(), d.line),
            ("templates/page.html", Some(4)),
            "{}",
            d.header
        );
        assert_excerpt_matches_file(&site, &d);
        assert!(
            !d.message.starts_with("error:"),
            "the severity is printed twice: {}",
            d.header
        );
    }
}

#[test]

fn a_missing_parent_template_is_reported_against_the_child_template() {
    let (_tmp, _site, run) = build_with_templates("{% extends \"nosuch.html\" %}\n", &[]);
    let diags = run.diagnostics();
    assert!(
        diags
            .iter()
            .any(|d| d.file == "templates/page.html" && d.message.contains("nosuch.html")),
        "{}",
        run.stderr
    );
}
