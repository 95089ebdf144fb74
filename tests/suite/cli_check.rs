//! `opcat-press check` (issue 5): a member body checks its chapter, or the
//! Secretariat a year, against the rules `build` applies, without writing
//! anything. Each test copies tests/fixtures/minimal and adds chapters.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::*;

/// The minimal fixture in a scratch folder, with extra chapter files.
fn site_with(chapters: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempdir();
    let site = tmp.path().join("site");
    copy_dir(&repo().join("tests/fixtures/minimal"), &site);
    link_templates_and_theme(&site);
    for (name, text) in chapters {
        std::fs::write(site.join("content/reports/2015-16").join(name), text)
            .expect("write a chapter");
    }
    (tmp, site)
}

fn check(site: &Path, args: &[&str]) -> Run {
    let mut all = vec![OsStr::new("check")];
    all.extend(args.iter().map(OsStr::new));
    opcat(site, &all)
}

/// `check` of the fixture's Alpha chapter after `edit` made its text: the
/// run, and the text checked.
fn check_alpha(edit: impl Fn(&str) -> String) -> (Run, String) {
    let (_tmp, site) = site_with(&[]);
    let path = site.join("content/reports/2015-16/alpha.md");
    let text = edit(&std::fs::read_to_string(&path).expect("alpha.md"));
    std::fs::write(&path, &text).expect("write alpha.md");
    (check(&site, &["content/reports/2015-16/alpha.md"]), text)
}

const BAD: &str = r#"+++
title = "Beta's year"
kind = "member"
body = "beta"
+++

#### Too deep

See <https://example.org/report> for more.

![](images/visits.svg)

[](foreword.md)

[missing](nowhere.md)
"#;

const WARNINGS_ONLY: &str = r#"+++
title = "Gamma's year"
kind = "member"
body = "gamma"
+++

## What we did

The [full report](https://www.example.org/) is online, at
[www.example.org](https://www.example.org/).
"#;

#[test]
fn a_clean_chapter_passes_with_exit_code_0_and_says_so() {
    let (_tmp, site) = site_with(&[]);
    let run = check(&site, &["content/reports/2015-16/alpha.md"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.diagnostics().is_empty(), "{}", run.stderr);
    assert_eq!(
        run.stderr.trim(),
        "checked 1 file in content/reports/2015-16/alpha.md: no problems"
    );
}

#[test]
fn a_bad_chapter_gets_every_problem_at_once_and_exit_code_2() {
    let (_tmp, site) = site_with(&[("beta.md", BAD)]);
    let run = check(&site, &["content/reports/2015-16/beta.md"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    let headers: Vec<String> = run.diagnostics().into_iter().map(|d| d.header).collect();
    let f = "content/reports/2015-16/beta.md";
    assert_same_lines(
        &headers,
        &[
            format!("{f}: warning: chapter `beta` is not in `chapters` in report.toml"),
            format!(
                "{f}:4:8: error: Beta Care Commission was not a member of the NPM between 1 April 2015 and 31 March 2016"
            ),
            format!("{f}:7:1: warning: heading level skips from 1 to 4"),
            format!("{f}:9:5: warning: a web address as link text"),
            format!("{f}:11:1: error: image has no alt text"),
            format!("{f}:13:1: error: link has no text"),
            format!(
                "{f}:15:1: error: `nowhere.md` points to `reports/2015-16/nowhere.md`, which does not exist"
            ),
        ],
        "check of beta.md",
    );
    for d in run.diagnostics() {
        assert_excerpt_matches_file(&site, &d);
    }
    assert!(
        run.stderr
            .trim_end()
            .ends_with(&format!("checked 1 file in {f}: 4 error(s), 3 warning(s)")),
        "{}",
        run.stderr
    );
}

#[test]
fn warnings_pass_unless_denied() {
    let (_tmp, site) = site_with(&[("gamma.md", WARNINGS_ONLY)]);
    let path = "content/reports/2015-16/gamma.md";
    let run = check(&site, &[path]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let warnings: Vec<String> = run.warnings().into_iter().map(|d| d.header).collect();
    assert_same_lines(
        &warnings,
        &[
            format!("{path}: warning: chapter `gamma` is not in `chapters` in report.toml"),
            format!("{path}:10:1: warning: a web address as link text"),
        ],
        "check of gamma.md",
    );
    let run = check(&site, &["--deny-warnings", path]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
}

#[test]
fn only_the_named_paths_are_reported() {
    // A broken chapter beside a clean one: checking the clean one passes,
    // checking the year finds the broken one.
    let (_tmp, site) = site_with(&[("beta.md", BAD)]);
    let run = check(&site, &["content/reports/2015-16/alpha.md"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.diagnostics().is_empty(), "{}", run.stderr);
    let run = check(&site, &["content/reports/2015-16"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.diagnostics()
            .iter()
            .all(|d| d.header.starts_with("content/reports/2015-16/")),
        "{}",
        run.stderr
    );
    assert!(run.error_lines().len() >= 4);
    // From inside the content folder, with no --content: found by site.toml.
    let run = opcat(
        &site.join("content"),
        &[OsStr::new("check"), OsStr::new("reports/2015-16/beta.md")],
    );
    assert_eq!(run.code, Some(2), "{}", run.stderr);
}

#[test]
fn json_output_carries_the_same_diagnostics_with_positions() {
    let (_tmp, site) = site_with(&[("beta.md", BAD)]);
    let path = "content/reports/2015-16/beta.md";
    let text = check(&site, &[path]);
    let json = check(&site, &["--format", "json", path]);
    assert_eq!(json.code, Some(2));
    let doc: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON on stdout");
    assert_eq!(doc["errors"], 4);
    assert_eq!(doc["warnings"], 3);
    let from_json: Vec<String> = doc["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| match (d["line"].as_u64(), d["column"].as_u64()) {
            (Some(l), Some(c)) => format!(
                "{}:{l}:{c}: {}: {}",
                d["file"].as_str().unwrap(),
                d["severity"].as_str().unwrap(),
                d["message"].as_str().unwrap()
            ),
            _ => format!(
                "{}: {}: {}",
                d["file"].as_str().unwrap(),
                d["severity"].as_str().unwrap(),
                d["message"].as_str().unwrap()
            ),
        })
        .collect();
    let from_text: Vec<String> = text.diagnostics().into_iter().map(|d| d.header).collect();
    assert_eq!(from_json, from_text);
    let alt = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["message"] == "image has no alt text")
        .expect("the alt text error");
    assert_eq!(alt["source"], "![](images/visits.svg)");
    assert_eq!(alt["end_column"], 23);
}

#[test]
fn check_writes_nothing() {
    let (_tmp, site) = site_with(&[("beta.md", BAD)]);
    let before = snapshot(&site);
    check(&site, &[]);
    check(&site, &["content/reports/2015-16/alpha.md"]);
    assert_eq!(snapshot(&site), before);
}

#[test]
fn a_path_that_does_not_exist_is_an_error() {
    let (_tmp, site) = site_with(&[]);
    let run = check(&site, &["content/reports/2015-16/nobody.md"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.error_lines()
            .iter()
            .any(|l| l
                .starts_with("content/reports/2015-16/nobody.md: error: cannot check this path")),
        "{}",
        run.stderr
    );
}

#[test]
fn colour_on_a_terminal_only_and_never_with_no_color() {
    let (_tmp, site) = site_with(&[("beta.md", BAD)]);
    let path = "content/reports/2015-16/beta.md";
    // Piped: plain.
    assert!(!check(&site, &[path]).stderr.contains('\u{1b}'));
    // Forced (as a terminal would get): coloured, same words.
    let forced = opcat_with_env(
        &site,
        &[OsStr::new("check"), OsStr::new(path)],
        &[("CLICOLOR_FORCE", "1")],
    );
    assert!(forced.stderr.contains("\u{1b}[31m"), "{}", forced.stderr);
    // On a real terminal (a pseudo-terminal from util-linux's `script`),
    // coloured, unless NO_COLOR is set.
    let on_tty = |no_color: bool| {
        let bin = env!("CARGO_BIN_EXE_opcat-press");
        let mut cmd = Command::new(debian_tool("script", "util-linux"));
        cmd.current_dir(&site)
            .args(["-qec", &format!("{bin} check {path}"), "/dev/null"])
            .env_remove("CLICOLOR_FORCE")
            .env_remove("NO_COLOR");
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        let out = cmd.output().expect("run script");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let tty = on_tty(false);
    assert!(tty.contains("\u{1b}["), "{tty}");
    assert!(tty.contains("image has no alt text"));
    let plain = on_tty(true);
    assert!(!plain.contains("\u{1b}["), "{plain}");
    assert!(plain.contains("image has no alt text"));
}

#[test]
fn a_draft_chapter_in_a_published_year_is_a_warning() {
    // The fixture's 2015-16 is published; marking Alpha's chapter a draft
    // would silently drop it from the report.
    let (run, _) = check_alpha(|text| text.replacen("+++\n", "+++\ndraft = true\n", 1));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let warnings: Vec<String> = run.warnings().into_iter().map(|d| d.header).collect();
    assert_eq!(
        warnings,
        [
            "content/reports/2015-16/alpha.md: warning: this chapter is a draft in a published year: it is left out of the report"
        ]
    );
}

#[test]
fn a_note_referenced_only_inside_another_note_is_a_warning() {
    // The PDF places a note where it is referenced; one referenced only
    // inside another note's text would be left out of it.
    let (run, written) = check_alpha(|text| {
        format!(
            "{text}\nA claim.[^a] Another.[^c]\n\n[^a]: A note, citing another.[^b]\n\n\
             [^b]: The inner note.\n\n[^c]: This one cites [^a] again, which is in the text.\n"
        )
    });
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let at = written.find("[^b]").expect("the reference");
    let line = written[..at].matches('\n').count() + 1;
    let col = at - written[..at].rfind('\n').map_or(0, |n| n + 1) + 1;
    let warnings: Vec<String> = run.warnings().into_iter().map(|d| d.header).collect();
    assert_eq!(
        warnings,
        [format!(
            "content/reports/2015-16/alpha.md:{line}:{col}: warning: note [^b] is referenced only inside another note: the PDF leaves it out"
        )]
    );
}

#[test]
fn a_bare_address_of_another_scheme_stays_text_without_an_error() {
    // Written as a link, an ftp: address is an error (only https, http,
    // mailto and tel); written as plain text it is text, as it always was.
    let (run, _) =
        check_alpha(|text| format!("{text}\nOld files at ftp://files.example.org/npm.\n"));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.error_lines().is_empty(), "{}", run.stderr);
    let (run, _) = check_alpha(|text| {
        format!("{text}\nOld files at [the archive](ftp://files.example.org/npm).\n")
    });
    assert_eq!(run.code, Some(2), "{}", run.stderr);
}

#[test]
fn an_address_cut_short_by_emphasis_is_a_warning() {
    // `__init__` in a bare address is read as emphasis first, so the link
    // stops before it; between `<` and `>` the address is whole.
    let (run, _) =
        check_alpha(|text| format!("{text}\nSee https://example.org/src/__init__.py today.\n"));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let warned: Vec<String> = run
        .warnings()
        .into_iter()
        .map(|d| d.header)
        .filter(|h| h.contains("stops where emphasis starts"))
        .collect();
    assert_eq!(warned.len(), 1, "{}", run.stderr);
    let (run, _) =
        check_alpha(|text| format!("{text}\nSee <https://example.org/src/__init__.py> today.\n"));
    assert!(
        !run.stderr.contains("stops where emphasis starts"),
        "{}",
        run.stderr
    );
}

#[test]
fn paths_are_resolved_wherever_check_runs_and_mistakes_are_errors() {
    let (_tmp, site) = site_with(&[("beta.md", BAD)]);
    // From inside the year's folder: the content folder is found above.
    let run = opcat(
        &site.join("content/reports/2015-16"),
        &[OsStr::new("check"), OsStr::new("beta.md")],
    );
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.error_lines().len() >= 4, "{}", run.stderr);
    // A mistyped path is one error, not a report on the whole site.
    let typo = check(&site, &["content/reports/2015-16/bta.md"]);
    assert_eq!(typo.code, Some(2));
    let headers: Vec<String> = typo.diagnostics().into_iter().map(|d| d.header).collect();
    assert_eq!(headers.len(), 1, "{headers:?}");
    assert!(
        headers[0].starts_with("content/reports/2015-16/bta.md: error: cannot check this path")
    );
    // A file outside the content folder is refused, not passed.
    std::fs::write(site.join("notes.md"), BAD).expect("write");
    let outside = check(&site, &["--content", "content", "notes.md"]);
    assert_eq!(outside.code, Some(2), "{}", outside.stderr);
    assert!(
        outside.error_lines()[0]
            .starts_with("notes.md: error: this path is not in the content folder"),
        "{}",
        outside.stderr
    );
}

#[test]
fn checking_a_year_agrees_with_build_about_unlisted_chapters() {
    // Named on its own, an unlisted chapter is a warning; checking its
    // year or the site, it is the error the build gives.
    let (tmp, site) = site_with(&[("gamma.md", WARNINGS_ONLY)]);
    let msg = "content/reports/2015-16/gamma.md: error: chapter `gamma` is not in `chapters` in report.toml";
    for args in [&["content/reports/2015-16"][..], &[]] {
        let run = check(&site, args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        assert!(
            run.error_lines().contains(&msg.to_string()),
            "{args:?}: {}",
            run.stderr
        );
    }
    let out = tmp.path().join("public");
    let built = build(&site, "content", &out, &[]);
    assert_ne!(built.code, Some(0));
    assert!(
        built.error_lines().contains(&msg.to_string()),
        "{}",
        built.stderr
    );
}
