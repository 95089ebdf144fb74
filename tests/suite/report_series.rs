//! The report series: a year can be the record of a report published
//! elsewhere (`status = "archived"`), and the years are checked together.
//!
//! Expectations come from the report.toml files with the `toml` crate: the
//! fixture `minimal` + `archived-years` (two archived years before a built
//! one), and the UK site's own series in content/. Bad input is one overlay
//! on `minimal` per kind of fault, each with the exact diagnostics it must
//! get from `build` and from `check` in its `expected.txt`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::common::*;
use scraper::Html;

/// One year's report.toml, as the tests need it.
struct Year {
    year: String,
    number: i64,
    status: String,
    title: Option<String>,
    published: Option<String>,
    command_paper: Option<String>,
    copies: Vec<(String, String)>,
    statement: Option<String>,
}

fn years(content: &Path) -> Vec<Year> {
    let mut out: Vec<Year> = std::fs::read_dir(content.join("reports"))
        .expect("a reports folder")
        .flatten()
        .filter(|e| e.path().join("report.toml").is_file())
        .map(|e| {
            let t = read_toml(&e.path().join("report.toml"));
            let text = |k: &str| t.get(k).and_then(|v| v.as_str()).map(str::to_string);
            let date = |k: &str| {
                t.get(k).map(|v| match v {
                    toml::Value::Datetime(d) => d.to_string(),
                    other => other.as_str().unwrap_or_default().to_string(),
                })
            };
            let copies = t
                .get("copy")
                .and_then(|c| c.as_array())
                .map(|a| {
                    a.iter()
                        .map(|c| {
                            (
                                c["title"].as_str().unwrap().into(),
                                c["url"].as_str().unwrap().into(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            Year {
                year: e.file_name().to_string_lossy().into_owned(),
                number: t["number"].as_integer().expect("a number"),
                status: text("status").expect("a status"),
                title: text("title"),
                published: date("published"),
                command_paper: text("command_paper"),
                copies,
                statement: t
                    .get("statement")
                    .and_then(|s| s.get("reference"))
                    .and_then(|r| r.as_str())
                    .map(str::to_string),
            }
        })
        .collect();
    out.sort_by(|a, b| a.year.cmp(&b.year));
    out
}

/// minimal + archived-years, built once per test binary.
fn fixture_site() -> &'static (tempfile::TempDir, PathBuf) {
    static SITE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = minimal_with(&["archived-years"]);
        let out = dir.path().join("public");
        build(dir.path(), "content", &out, &[]).assert_success();
        (dir, out)
    })
}

fn fixture_content() -> PathBuf {
    fixture_site().0.path().join("content")
}

fn text_of_page(out: &Path, rel: &str) -> (Html, String) {
    let doc = parse_html_file(&out.join(rel));
    let main = doc.select(&sel("main")).next().expect("a <main>");
    let text = text_of(main);
    (doc, text)
}

/// The files under `reports/<year>/` of a built site.
fn year_files(out: &Path, year: &str) -> Vec<String> {
    snapshot(&out.join("reports").join(year))
        .into_keys()
        .collect()
}

#[test]
fn an_archived_year_is_a_page_of_facts_with_no_pdf_and_no_chapters() {
    let out = &fixture_site().1;
    let archived: Vec<Year> = years(&fixture_content())
        .into_iter()
        .filter(|y| y.status == "archived")
        .collect();
    assert!(archived.len() >= 2, "the fixture has archived years");
    for y in &archived {
        assert_eq!(
            year_files(out, &y.year),
            ["index.html"],
            "{}: only its page, no PDF and no chapter pages",
            y.year
        );
        let rel = format!("reports/{}/index.html", y.year);
        let (doc, text) = text_of_page(out, &rel);
        assert!(
            text.contains("The full text of this report is not on this site"),
            "{rel}: {text}"
        );
        let links: Vec<(String, String)> = doc
            .select(&sel(".notice .copies a.external"))
            .map(|a| {
                (
                    text_of(a),
                    a.value().attr("href").unwrap_or_default().to_string(),
                )
            })
            .collect();
        assert_eq!(links, y.copies, "{rel}: its official copies, in order");
        assert_eq!(
            text.contains("No official copy of this report was found online."),
            y.copies.is_empty(),
            "{rel}"
        );
        match &y.title {
            Some(t) => assert_eq!(h1_text(&doc), *t, "{rel}"),
            None => {
                assert_eq!(
                    h1_text(&doc),
                    format!("{} annual report, {}", ordinal(y.number), y.year)
                );
                let title_row = doc
                    .select(&sel(".summary-list__row"))
                    .map(|row| {
                        let cells: Vec<String> = row.select(&sel("dt, dd")).map(text_of).collect();
                        cells.join("|")
                    })
                    .find(|t| t.starts_with("Title|"));
                assert_eq!(title_row.as_deref(), Some("Title|Not known"), "{rel}");
            }
        }
        for fact in [&y.command_paper, &y.statement].into_iter().flatten() {
            assert!(text.contains(fact.as_str()), "{rel}: {fact}");
        }
        assert!(
            doc.select(&sel(".download, #contents")).next().is_none(),
            "{rel}"
        );
    }
}

fn ordinal(n: i64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Every year in `content` is on the reports index (newest first), in
/// reports.json and reports.csv, in the sitemap, and in the feed when its
/// publication date is known at least to the month.
fn every_year_is_listed(content: &Path, out: &Path) {
    let all = years(content);
    let base = base_url(content);
    let (doc, _) = text_of_page(out, "reports/index.html");
    let listed: Vec<String> = doc
        .select(&sel(".report-list__title a"))
        .filter_map(|a| a.value().attr("href"))
        .map(|h| h.trim_start_matches("../").to_string())
        .collect();
    let mut newest_first: Vec<String> =
        all.iter().map(|y| format!("reports/{}/", y.year)).collect();
    newest_first.reverse();
    assert_eq!(listed, newest_first, "the reports index");
    for (item, y) in doc.select(&sel(".report-list__item")).zip(all.iter().rev()) {
        let text = text_of(item);
        assert!(text.contains(&format!("Report {}", y.number)), "{text}");
        if let Some(cp) = &y.command_paper {
            assert!(text.contains(cp.as_str()), "{text}");
        }
        let elsewhere = text.contains("Full text published elsewhere");
        assert_eq!(elsewhere, y.status == "archived", "{text}");
    }

    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("data/reports.json")).unwrap()).unwrap();
    let in_json: Vec<(String, i64, String)> = json["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["year"].as_str().unwrap().to_string(),
                r["number"].as_i64().unwrap(),
                r["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected: Vec<(String, i64, String)> = all
        .iter()
        .rev()
        .map(|y| (y.year.clone(), y.number, y.status.clone()))
        .collect();
    assert_eq!(in_json, expected, "reports.json");

    let csv = std::fs::read_to_string(out.join("data/reports.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<(String, String)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string())
        })
        .collect();
    let expected: Vec<(String, String)> = all
        .iter()
        .rev()
        .map(|y| (y.year.clone(), y.number.to_string()))
        .collect();
    assert_eq!(rows, expected, "reports.csv");

    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    for y in &all {
        assert!(
            sitemap.contains(&format!("<loc>{base}reports/{}/</loc>", y.year)),
            "sitemap: {}",
            y.year
        );
    }

    let feed = std::fs::read_to_string(out.join("feed.xml")).unwrap();
    for y in &all {
        let id = format!("<id>{base}reports/{}/</id>", y.year);
        let month_known = y.published.as_ref().is_some_and(|p| p.len() >= 7);
        assert_eq!(
            feed.contains(&id),
            month_known && y.status != "draft",
            "feed entry for {}",
            y.year
        );
    }
}

#[test]
fn every_year_of_the_fixture_is_listed_everywhere() {
    every_year_is_listed(&fixture_content(), &fixture_site().1);
}

#[test]
fn every_year_of_the_uk_series_is_listed_everywhere() {
    every_year_is_listed(&uk_content(), uk_site("opcat-press-series-"));
}

#[test]
fn the_uk_series_is_whole_and_links_only_official_copies() {
    let all = years(&uk_content());
    let numbers: Vec<i64> = all.iter().map(|y| y.number).collect();
    let first = numbers[0];
    assert_eq!(
        numbers,
        (first..first + all.len() as i64).collect::<Vec<_>>(),
        "one year for every report, in order"
    );
    let site = read_toml(&uk_content().join("site.toml"));
    let mut official: Vec<String> = site["official_hosts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h.as_str().unwrap().to_string())
        .collect();
    official.push("nationalpreventivemechanism.org.uk".into());
    for e in std::fs::read_dir(uk_content().join("registry/bodies"))
        .unwrap()
        .flatten()
    {
        let body = read_toml(&e.path());
        if let Some(w) = body.get("website").and_then(|w| w.as_str()) {
            official.push(
                w.split('/')
                    .nth(2)
                    .unwrap()
                    .trim_start_matches("www.")
                    .to_string(),
            );
        }
    }
    for y in &all {
        for (_, url) in &y.copies {
            let host = url.split('/').nth(2).unwrap().trim_start_matches("www.");
            assert!(url.starts_with("https://"), "{}: {url}", y.year);
            assert!(
                official
                    .iter()
                    .any(|h| host == h || host.ends_with(&format!(".{h}"))),
                "{}: {url} is not on an official site",
                y.year
            );
        }
    }
}

#[test]
fn a_page_links_to_an_archived_year() {
    let out = &fixture_site().1;
    let doc = parse_html_file(&out.join("series/index.html"));
    let hrefs: Vec<&str> = doc
        .select(&sel("main .prose a"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(hrefs, ["../reports/2013-14/", "../reports/2014-15/"]);
    assert!(broken_links(out, "/").is_empty());
}

#[test]
fn rebuilding_with_archived_years_is_byte_identical() {
    let dir = minimal_with(&["archived-years"]);
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    build(dir.path(), "content", &a, &[]).assert_success();
    build(dir.path(), "content", &b, &[]).assert_success();
    assert!(snapshot(&a) == snapshot(&b), "two builds differ");
}

/// Each overlay's expected.txt lists the first line of every diagnostic,
/// errors and warnings; `build` and `check` both give exactly those.
#[test]
fn bad_series_input_gets_its_exact_diagnostics() {
    for name in [
        "series-archived-with-chapters",
        "series-numbers",
        "series-overlap",
        "series-official-links",
    ] {
        let dir = minimal_with(&[name]);
        let expected = read_expected(&fixture(name).join("expected.txt"));
        let out = dir.path().join("public");
        let run = build(dir.path(), "content", &out, &[]);
        let lines: Vec<String> = run.diagnostics().into_iter().map(|d| d.header).collect();
        assert_same_lines(&lines, &expected, name);
        assert_ne!(run.code, Some(0), "{name}: the build must fail");
        assert!(
            !out.exists(),
            "{name}: a failed build wrote {}",
            out.display()
        );
        for d in run.diagnostics() {
            assert_excerpt_matches_file(dir.path(), &d);
            assert!(d.hint.is_some(), "{name}: {} has no hint", d.header);
        }
        let check = opcat(
            dir.path(),
            &["check".as_ref(), "--content".as_ref(), "content".as_ref()],
        );
        let lines: Vec<String> = check.diagnostics().into_iter().map(|d| d.header).collect();
        assert_same_lines(&lines, &expected, &format!("{name} (check)"));
        assert_eq!(check.code, Some(2), "{name}: check exits 2 on errors");
    }
}

#[test]
fn new_year_follows_the_latest_year_of_the_series() {
    let dir = tempdir();
    let content = dir.path().join("content");
    copy_dir(&uk_content(), &content);
    let all = years(&content);
    let last = all.last().expect("a year");
    let (first, _) = last.year.split_once('-').unwrap();
    let next_first: i64 = first.parse::<i64>().unwrap() + 1;
    let next = format!("{next_first}-{:02}", (next_first + 1) % 100);
    let run = opcat(
        dir.path(),
        &[
            "new".as_ref(),
            "year".as_ref(),
            next.as_ref(),
            "--content".as_ref(),
            content.as_os_str(),
        ],
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let t = read_toml(&content.join("reports").join(&next).join("report.toml"));
    assert_eq!(t["number"].as_integer(), Some(last.number + 1));
    // The title follows the nearest year whose title names its number.
    let titled = all
        .iter()
        .rev()
        .find(|y| {
            y.title
                .as_ref()
                .is_some_and(|t| t.contains(&ordinal(y.number)))
        })
        .expect("a year whose title gives its number in figures");
    let expected = titled
        .title
        .as_ref()
        .unwrap()
        .replacen(&ordinal(titled.number), &ordinal(last.number + 1), 1)
        .replace(&titled.year, &next)
        .replace(&titled.year.replace('-', "–"), &next.replace('-', "–"));
    assert_eq!(t["title"].as_str(), Some(expected.as_str()));
    // The new year builds beside the archive.
    let out = dir.path().join("public");
    build(dir.path(), "content", &out, &["--drafts"]).assert_success();
}

#[test]
fn status_and_new_chapter_leave_an_archived_year_alone() {
    let dir = minimal_with(&["archived-years"]);
    let run = opcat(
        dir.path(),
        &[
            "status".as_ref(),
            "2014-15".as_ref(),
            "--content".as_ref(),
            "content".as_ref(),
        ],
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.starts_with("2014-15: archived."),
        "{}",
        run.stdout
    );
    // Without a year: the latest year built here.
    let run = opcat(
        dir.path(),
        &["status".as_ref(), "--content".as_ref(), "content".as_ref()],
    );
    assert!(run.stdout.starts_with("2015-16:"), "{}", run.stdout);
    let run = opcat(
        dir.path(),
        &[
            "new".as_ref(),
            "chapter".as_ref(),
            "--year".as_ref(),
            "2014-15".as_ref(),
            "--body".as_ref(),
            "alpha".as_ref(),
            "--content".as_ref(),
            "content".as_ref(),
        ],
    );
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("2014-15 is archived"), "{}", run.stderr);
    assert!(!dir.path().join("content/reports/2014-15/alpha.md").exists());
}
