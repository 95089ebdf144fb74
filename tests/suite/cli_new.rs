//! `opcat-press new year` and `new chapter` (issue 5): the files they write
//! build, and they never overwrite. Run on a copy of tests/fixtures/minimal,
//! whose one year is 2015-16 (report number 7, limit 500 words).

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::common::*;

fn fixture() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempdir();
    let site = tmp.path().join("site");
    copy_dir(&repo().join("tests/fixtures/minimal"), &site);
    link_templates_and_theme(&site);
    (tmp, site)
}

fn run(site: &Path, args: &[&str]) -> Run {
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    opcat(site, &args)
}

#[test]
fn a_new_year_follows_the_last_one_and_builds() {
    let (tmp, site) = fixture();
    let made = run(&site, &["new", "year", "2016-17"]);
    assert_eq!(made.code, Some(0), "{}", made.stderr);
    assert_eq!(
        made.stdout.lines().collect::<Vec<_>>(),
        [
            "wrote content/reports/2016-17/report.toml",
            "wrote content/reports/2016-17/foreword.md"
        ]
    );
    let report = read_toml(&site.join("content/reports/2016-17/report.toml"));
    assert_eq!(report["number"].as_integer(), Some(8));
    assert_eq!(
        report["title"].as_str(),
        Some("Eighth Annual Report of the Test NPM"),
        "the last year's title, with its ordinal changed"
    );
    assert_eq!(day(&report["period_start"]), (2016, 4, 1));
    assert_eq!(day(&report["period_end"]), (2017, 3, 31));
    assert_eq!(report["word_limit"].as_integer(), Some(500));
    assert_eq!(report["status"].as_str(), Some("draft"));
    // The expected contributors are the members at the period's end.
    let expected: Vec<String> = report["expected"]
        .as_array()
        .expect("expected")
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    let members = load_registry(&site.join("content")).members_on((2017, 3, 31));
    assert_eq!(expected, members.into_iter().collect::<Vec<_>>());
    assert!(!expected.is_empty());

    // It builds: a draft year is published only with --drafts.
    let out = tmp.path().join("public");
    build(&site, "content", &out, &["--drafts"]).assert_success();
    let page = parse_html_file(&out.join("reports/2016-17/index.html"));
    assert_eq!(h1_text(&page), report["title"].as_str().unwrap());
    assert!(out.join("reports/2016-17/foreword/index.html").is_file());
    let out2 = tmp.path().join("public2");
    build(&site, "content", &out2, &[]).assert_success();
    assert!(!out2.join("reports/2016-17").exists());
}

#[test]
fn new_year_never_overwrites() {
    let (_tmp, site) = fixture();
    run(&site, &["new", "year", "2016-17"]);
    let foreword = site.join("content/reports/2016-17/foreword.md");
    std::fs::write(&foreword, "edited").expect("edit");
    let before = snapshot(&site);
    let again = run(&site, &["new", "year", "2016-17"]);
    assert_eq!(again.code, Some(2));
    assert!(
        again
            .stderr
            .starts_with("content/reports/2016-17: error: this report year already exists"),
        "{}",
        again.stderr
    );
    assert_eq!(snapshot(&site), before);
    let bad = run(&site, &["new", "year", "2016-18"]);
    assert_eq!(bad.code, Some(2));
    assert!(bad.stderr.contains("`2016-18` is not a report year"));
}

#[test]
fn a_new_chapter_is_listed_checked_and_built() {
    let (tmp, site) = fixture();
    let made = run(
        &site,
        &["new", "chapter", "--year", "2015-16", "--body", "gamma"],
    );
    assert_eq!(made.code, Some(0), "{}", made.stderr);
    let path = site.join("content/reports/2015-16/gamma.md");
    let fm = front_matter(&path);
    assert_eq!(fm["body"].as_str(), Some("gamma"));
    assert_eq!(fm["kind"].as_str(), Some("member"));
    assert_eq!(fm["title"].as_str(), Some("Gamma Inspectorate"));
    // Added at the end of the reading order; the rest of the file is kept.
    let toml_text =
        std::fs::read_to_string(site.join("content/reports/2015-16/report.toml")).expect("read");
    let report: toml::Table = toml::from_str(&toml_text).expect("parse");
    let chapters: Vec<&str> = report["chapters"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c.as_str())
        .collect();
    assert_eq!(chapters, ["foreword", "alpha", "gamma"]);
    let original = std::fs::read_to_string(
        repo().join("tests/fixtures/minimal/content/reports/2015-16/report.toml"),
    )
    .expect("read");
    assert_eq!(
        toml_text.replace(r#", "gamma""#, ""),
        original,
        "only the list changed"
    );
    // The template passes check (it is a draft, which in this published
    // year is left out until ready), and builds with --drafts.
    let check = run(&site, &["check", "content/reports/2015-16/gamma.md"]);
    assert_eq!(check.code, Some(0), "{}", check.stderr);
    let headers: Vec<String> = check.diagnostics().into_iter().map(|d| d.header).collect();
    assert_eq!(
        headers,
        [
            "content/reports/2015-16/gamma.md: warning: this chapter is a draft in a published year: it is left out of the report"
        ]
    );
    let out = tmp.path().join("public");
    build(&site, "content", &out, &["--drafts"]).assert_success();
    assert!(out.join("reports/2015-16/gamma/index.html").is_file());

    // Never twice, never over a file.
    let before = snapshot(&site);
    let again = run(
        &site,
        &["new", "chapter", "--year", "2015-16", "--body", "gamma"],
    );
    assert_eq!(again.code, Some(2));
    assert!(
        again.stderr.starts_with(
            "content/reports/2015-16/gamma.md: error: Gamma Inspectorate already has a chapter this year"
        ),
        "{}",
        again.stderr
    );
    assert_eq!(snapshot(&site), before);
}

#[test]
fn new_chapter_refuses_unknown_bodies_and_non_members() {
    let (_tmp, site) = fixture();
    let before = snapshot(&site);
    let unchanged = |site: &Path| assert_eq!(snapshot(site), before, "nothing was written");
    let unknown = run(
        &site,
        &["new", "chapter", "--year", "2015-16", "--body", "gama"],
    );
    assert_eq!(unknown.code, Some(2));
    assert!(
        unknown.stderr.contains("unknown body `gama`"),
        "{}",
        unknown.stderr
    );
    assert!(
        unknown.stderr.contains("did you mean `gamma`?"),
        "{}",
        unknown.stderr
    );
    let ended = run(
        &site,
        &["new", "chapter", "--year", "2015-16", "--body", "beta"],
    );
    assert_eq!(ended.code, Some(2));
    assert!(
        ended
            .stderr
            .contains("Beta Care Commission was not a member of the NPM between 1 April 2015 and 31 March 2016"),
        "{}",
        ended.stderr
    );
    let no_year = run(
        &site,
        &["new", "chapter", "--year", "2019-20", "--body", "alpha"],
    );
    assert_eq!(no_year.code, Some(2));
    assert!(no_year.stderr.contains("there is no report year `2019-20`"));
    unchanged(&site);
    // A file already there is never overwritten.
    std::fs::write(site.join("content/reports/2015-16/gamma.md"), "mine").expect("write");
    let taken = run(
        &site,
        &["new", "chapter", "--year", "2015-16", "--body", "gamma"],
    );
    assert_eq!(taken.code, Some(2));
    assert_eq!(
        std::fs::read_to_string(site.join("content/reports/2015-16/gamma.md")).unwrap(),
        "mine"
    );
    // Nor is the reading order changed.
    assert_eq!(
        std::fs::read(site.join("content/reports/2015-16/report.toml")).unwrap(),
        before["content/reports/2015-16/report.toml"]
    );
}

#[test]
fn a_year_before_the_others_counts_back_and_new_refuses_broken_content() {
    let (_tmp, site) = fixture();
    // 2010-11 is five years before 2015-16, report number 7: number 2.
    let made = run(&site, &["new", "year", "2010-11"]);
    assert_eq!(made.code, Some(0), "{}", made.stderr);
    let report = read_toml(&site.join("content/reports/2010-11/report.toml"));
    assert_eq!(report["number"].as_integer(), Some(2));
    assert_eq!(
        report["title"].as_str(),
        Some("Second Annual Report of the Test NPM")
    );
    assert_eq!(day(&report["period_start"]), (2010, 4, 1));
    assert_eq!(day(&report["period_end"]), (2011, 3, 31));

    // A chapter listed with no file is an error in the content: `new`
    // works only from correct content, and says so.
    let toml_path = site.join("content/reports/2015-16/report.toml");
    let text = std::fs::read_to_string(&toml_path).expect("read");
    let listed = text.replace(
        r#"chapters = ["foreword", "alpha"]"#,
        r#"chapters = ["foreword", "gamma", "alpha"]"#,
    );
    assert_ne!(listed, text);
    std::fs::write(&toml_path, &listed).expect("write");
    let refused = run(&site, &["new", "year", "2016-17"]);
    assert_eq!(refused.code, Some(2));
    assert!(
        refused
            .stderr
            .contains("content: error: the content has errors; nothing was written"),
        "{}",
        refused.stderr
    );
    assert!(!site.join("content/reports/2016-17").exists());
}
