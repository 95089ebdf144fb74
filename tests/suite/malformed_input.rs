//! Malformed input of every kind, in a copy of tests/fixtures/minimal:
//! broken TOML, unterminated front matter, invalid UTF-8, a byte-order mark,
//! CRLF line ends, empty files, a huge chapter, 10,000 footnotes, lists
//! nested 50 deep. Each gets a diagnostic or renders: never a panic, never
//! Rust debug output, and never a hang (each build is stopped after
//! `LIMIT`, far more than any of them needs; this bounds the wait, it does
//! not measure speed).

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::common::*;

const LIMIT: Duration = Duration::from_secs(300);

const CHAPTER: &str = "content/reports/2015-16/alpha.md";
const BODY: &str = "content/registry/bodies/alpha.toml";
const REPORT: &str = "content/reports/2015-16/report.toml";
const PDF: &str = "public/reports/2015-16/annual-report-2015-16.pdf";

/// A copy of the minimal fixture with `edit` applied.
fn site_with(edit: impl FnOnce(&Path)) -> tempfile::TempDir {
    let dir = tempdir();
    copy_dir(
        &fixture("minimal").join("content"),
        &dir.path().join("content"),
    );
    edit(dir.path());
    dir
}

/// `opcat-press build` on the site, stopped (and failed) after `LIMIT`.
fn build_bounded(site: &Path) -> Run {
    let templates = repo().join("templates");
    let theme = repo().join("theme");
    let (status, stdout, stderr) = run_bounded(
        Command::new(BIN)
            .current_dir(site)
            .args(["build", "--quiet", "--content", "content", "--output"])
            .arg(site.join("public"))
            .arg("--templates")
            .arg(&templates)
            .arg("--theme")
            .arg(&theme)
            .env_remove("CLICOLOR_FORCE")
            .env_remove("NO_COLOR"),
        LIMIT,
    );
    let Some(status) = status else {
        panic!("the build did not finish within {LIMIT:?}: it hangs");
    };
    Run {
        code: status.code(),
        stdout,
        stderr,
    }
}

/// What every run must be: finished, no panic or debug output, and either
/// a built site or errors that each name a file.
fn assert_handled(run: &Run) {
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("RUST_BACKTRACE"),
        "panic:\n{}",
        run.stderr
    );
    match run.code {
        Some(0) => {}
        Some(2) => {
            let errors = run.error_lines();
            assert!(
                !errors.is_empty(),
                "failed without an error:\n{}",
                run.stderr
            );
            for e in &errors {
                assert!(e.starts_with("content/"), "an error without its file: {e}");
            }
        }
        other => panic!("exit code {other:?}:\n{}", run.stderr),
    }
}

fn pdftotext(pdf: &Path) -> String {
    let tool = debian_tool("/usr/bin/pdftotext", "poppler-utils");
    let out = Command::new(tool)
        .arg(pdf)
        .arg("-")
        .output()
        .expect("run pdftotext");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn write(site: &Path, rel: &str, bytes: impl AsRef<[u8]>) {
    std::fs::write(site.join(rel), bytes).expect("write the file");
}

fn read(site: &Path, rel: &str) -> String {
    std::fs::read_to_string(site.join(rel)).expect("read the file")
}

/// The fixture chapter with `body` added at its end.
fn chapter_with_body(site: &Path, body: &str) -> String {
    format!("{}\n\n{body}", read(site, CHAPTER))
}

/// Builds the fixture with `body` added to its chapter, which must build:
/// the site, and the chapter's page.
fn builds_with_chapter_body(body: &str) -> (tempfile::TempDir, String) {
    let site = site_with(|s| write(s, CHAPTER, chapter_with_body(s, body)));
    let run = build_bounded(site.path());
    assert_handled(&run);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let page = std::fs::read_to_string(site.path().join("public/reports/2015-16/alpha/index.html"))
        .expect("the chapter page");
    (site, page)
}

fn the_error(run: &Run, file: &str) -> String {
    run.error_lines()
        .into_iter()
        .find(|e| e.starts_with(file))
        .unwrap_or_else(|| panic!("no error on {file}:\n{}", run.stderr))
}

#[test]
fn broken_toml_is_an_error_at_its_line() {
    for rel in [BODY, REPORT, "content/site.toml"] {
        let site = site_with(|s| {
            let text = read(s, rel);
            write(s, rel, format!("{text}\nthis is = = not toml\n"));
        });
        let run = build_bounded(site.path());
        assert_handled(&run);
        assert_eq!(run.code, Some(2), "{rel}");
        let line = read(site.path(), rel).lines().count();
        let e = the_error(&run, rel);
        assert!(e.starts_with(&format!("{rel}:{line}:")), "{e}");
    }
}

#[test]
fn unterminated_front_matter_is_an_error() {
    let site = site_with(|s| write(s, CHAPTER, "+++\ntitle = \"Alpha\"\n\n## Text\n"));
    let run = build_bounded(site.path());
    assert_handled(&run);
    assert_eq!(run.code, Some(2));
    assert!(
        the_error(&run, CHAPTER).contains("front matter"),
        "{}",
        run.stderr
    );
}

#[test]
fn invalid_utf8_is_an_error_naming_the_file() {
    for rel in [CHAPTER, BODY] {
        let site = site_with(|s| {
            let mut bytes = read(s, rel).into_bytes();
            bytes.extend_from_slice(b"\n\xff\xfe broken \xc3\x28\n");
            write(s, rel, bytes);
        });
        let run = build_bounded(site.path());
        assert_handled(&run);
        assert_eq!(run.code, Some(2), "{rel}");
        assert!(the_error(&run, rel).contains("UTF-8"), "{}", run.stderr);
    }
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_read_as_text() {
    for rel in [CHAPTER, BODY, REPORT, "content/site.toml"] {
        let site = site_with(|s| {
            let text = read(s, rel).replace('\n', "\r\n");
            write(s, rel, format!("\u{feff}{text}"));
        });
        let run = build_bounded(site.path());
        assert_handled(&run);
        assert_eq!(run.code, Some(0), "{rel}:\n{}", run.stderr);
    }
}

#[test]
fn empty_files_are_errors_not_crashes() {
    for rel in [CHAPTER, BODY, REPORT, "content/site.toml"] {
        let site = site_with(|s| write(s, rel, ""));
        let run = build_bounded(site.path());
        assert_handled(&run);
        assert_eq!(run.code, Some(2), "{rel}");
        the_error(&run, rel);
    }
}

#[test]
fn a_huge_chapter_builds() {
    let para = "Alpha visited the prison and spoke to people held there about their treatment. ";
    // About 1 MB: over the word limit, a warning, and the site is built.
    let (_site, page) =
        builds_with_chapter_body(&format!("## Visits\n\n{}\n", para.repeat(12_000)));
    assert!(page.contains("spoke to people held there"));
}

#[test]
fn ten_thousand_footnotes_build() {
    let mut body = String::from("## Notes\n\n");
    for i in 0..10_000 {
        body.push_str(&format!("Claim {i}.[^n{i}] "));
    }
    body.push_str("\n\n");
    for i in 0..10_000 {
        body.push_str(&format!("[^n{i}]: Source {i}.\n"));
    }
    let (_site, page) = builds_with_chapter_body(&body);
    assert!(page.contains("Source 9999."));
}

#[test]
fn lists_nested_fifty_deep_build() {
    let mut body = String::from("## Deep\n\n");
    for depth in 0..50 {
        body.push_str(&format!("{}- level {depth}\n", "  ".repeat(depth)));
    }
    let (site, page) = builds_with_chapter_body(&body);
    assert!(page.contains("level 49"));
    // The PDF has every item, the deepest ones typeset flat.
    let text = pdftotext(&site.path().join(PDF));
    for depth in [0, 11, 12, 49] {
        assert!(
            text.contains(&format!("level {depth}")),
            "level {depth}:\n{text}"
        );
    }
}

#[test]
fn quotes_nested_fifty_deep_build() {
    let mut body = format!("## Deep\n\n{} the innermost quote\n\n", ">".repeat(50));
    // Quotes and lists, one in the other, 25 of each.
    body.push_str(&format!("{} the innermost item\n", "> - ".repeat(25)));
    let (site, _page) = builds_with_chapter_body(&body);
    let text = pdftotext(&site.path().join(PDF));
    for words in ["the innermost quote", "the innermost item"] {
        assert!(text.contains(words), "{words}:\n{text}");
    }
}
