//! `opcat-press status` (issue 5): the Secretariat's view of a report
//! year. The fixture year (tests/fixtures/minimal, 2015-16) expects Alpha
//! and Gamma, the members at the period's end; Beta's designation ended in
//! 2013. Here Alpha's chapter is made too long and Gamma's is missing.

use std::ffi::OsStr;
use std::path::PathBuf;

use crate::common::*;

const LIMIT: usize = 500;

/// The fixture with Alpha's chapter at `words` words.
fn site(words: usize) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempdir();
    let site = tmp.path().join("site");
    copy_dir(&repo().join("tests/fixtures/minimal"), &site);
    let chapter = format!(
        // The heading is the one the foreword links to.
        "+++\ntitle = \"Alpha's year\"\nkind = \"member\"\nbody = \"alpha\"\n+++\n\n## Inspections in 2015\n\n{}\n",
        vec!["word"; words].join(" ")
    );
    std::fs::write(site.join("content/reports/2015-16/alpha.md"), chapter).expect("write");
    (tmp, site)
}

fn status(site: &std::path::Path, args: &[&str]) -> Run {
    let mut all = vec![OsStr::new("status")];
    all.extend(args.iter().map(OsStr::new));
    opcat(site, &all)
}

#[test]
fn missing_contributors_come_first_then_the_table_and_totals() {
    let (_tmp, site) = site(LIMIT + 100);
    let run = status(&site, &["2015-16"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0], "2015-16: missing 1 of 2: GI");
    let header = lines[2];
    assert!(
        header.starts_with("body") && header.contains(&format!("words (limit {LIMIT})")),
        "{header}"
    );
    let row = |abbr: &str| -> Vec<&str> {
        lines
            .iter()
            .find(|l| l.starts_with(&format!("{abbr} ")))
            .unwrap_or_else(|| panic!("no row for {abbr}:\n{}", run.stdout))
            .split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect()
    };
    let alpha = row("AIPC");
    assert_eq!(
        &alpha[..5],
        [
            "AIPC",
            "submitted",
            "reports/2015-16/alpha.md",
            "603 OVER",
            "0"
        ]
    );
    assert_eq!(row("GI"), ["GI", "MISSING", "-", "-", "-", "-", "-"]);
    assert!(!run.stdout.contains("BCC"), "Beta is not expected");
    assert!(
        run.stdout
            .contains("Other chapters: reports/2015-16/foreword.md"),
        "{}",
        run.stdout
    );
    assert_eq!(
        lines.last().copied(),
        Some("Total: 1 of 2 submitted, 1 missing, 1 over the word limit, 0 error(s), 1 warning(s)")
    );
}

#[test]
fn json_and_csv_give_the_same_rows() {
    let (_tmp, site) = site(LIMIT + 100);
    let json = status(&site, &["2015-16", "--format", "json"]);
    assert_eq!(json.code, Some(0), "{}", json.stderr);
    let doc: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(doc["missing"], serde_json::json!(["gamma"]));
    assert_eq!(doc["word_limit"], LIMIT);
    let rows = doc["rows"].as_array().expect("rows");
    let ids: Vec<&str> = rows.iter().filter_map(|r| r["body"].as_str()).collect();
    assert_eq!(ids, ["alpha", "gamma"]);
    let alpha = &rows[0];
    assert_eq!(alpha["submitted"], true);
    assert_eq!(
        alpha["words"],
        LIMIT + 100 + 3,
        "the heading's words count too"
    );
    assert_eq!(alpha["over_limit"], true);
    assert_eq!(alpha["warnings"], 1, "the word-limit warning");
    // The file's own modification time, to the second.
    let mtime = std::fs::metadata(site.join("content/reports/2015-16/alpha.md"))
        .and_then(|m| m.modified())
        .expect("mtime");
    assert_eq!(
        alpha["modified"].as_str(),
        Some(
            humantime::format_rfc3339_seconds(mtime)
                .to_string()
                .as_str()
        )
    );
    assert_eq!(rows[1]["submitted"], false);
    assert_eq!(doc["totals"]["missing"], 1);
    assert_eq!(doc["totals"]["over_limit"], 1);

    let csv = status(&site, &["2015-16", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.stdout.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(records.len(), 2);
    assert_eq!(&records[0][0], "alpha");
    assert_eq!(&records[0][2], "true");
    assert_eq!(&records[0][4], &alpha["words"].to_string());
    assert_eq!(&records[0][6], "true");
    assert_eq!(&records[1][0], "gamma");
    assert_eq!(&records[1][2], "false");
}

#[test]
fn within_the_limit_and_all_submitted() {
    let (_tmp, site) = site(LIMIT - 10);
    std::fs::write(
        site.join("content/reports/2015-16/gamma.md"),
        "+++\ntitle = \"Gamma's year\"\nkind = \"member\"\nbody = \"gamma\"\n+++\n\n## Visits\n\nGamma visited.\n",
    )
    .expect("write");
    let run = status(&site, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("2015-16: all 2 expected contributors have submitted."),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("0 over the word limit"),
        "{}",
        run.stdout
    );
    // Gamma's chapter is not yet in report.toml: the error build gives.
    assert!(
        run.stdout.contains("1 error(s), 0 warning(s)"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_unknown_year_is_an_error_naming_the_years() {
    let (_tmp, site) = site(10);
    let run = status(&site, &["2031-32"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("cannot read report year `2031-32`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("the years are: 2015-16"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_chapter_that_cannot_be_read_counts_as_sent_with_its_errors() {
    let (_tmp, site) = site(10);
    // Gamma sent a file whose front matter is broken, and Alpha a second
    // chapter besides its own.
    std::fs::write(
        site.join("content/reports/2015-16/gamma.md"),
        "+++\ntitle = Gamma\nkind = \"member\"\nbody = \"gamma\"\n+++\n\n## Visits\n",
    )
    .expect("write");
    std::fs::write(
        site.join("content/reports/2015-16/alpha-annex.md"),
        "+++\ntitle = \"Alpha's annex\"\nkind = \"member\"\nbody = \"alpha\"\n+++\n\n## Tables\n\nTwo tables.\n",
    )
    .expect("write");
    let json = status(&site, &["--format", "json"]);
    assert_eq!(json.code, Some(0), "{}", json.stderr);
    let doc: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    let gamma = &doc["rows"][1];
    assert_eq!(gamma["body"], "gamma");
    assert_eq!(gamma["submitted"], true);
    assert_eq!(gamma["unreadable"], true);
    assert_eq!(gamma["file"], "reports/2015-16/gamma.md");
    assert!(gamma["errors"].as_u64().unwrap_or(0) >= 1, "{gamma}");
    assert_eq!(doc["missing"], serde_json::json!([]));
    // The second Alpha chapter is listed, and its warning counted.
    let others: Vec<&str> = doc["other_chapters"]
        .as_array()
        .expect("others")
        .iter()
        .filter_map(|o| o["file"].as_str())
        .collect();
    assert!(
        others.contains(&"reports/2015-16/alpha-annex.md"),
        "{others:?}"
    );
    assert!(doc["totals"]["errors"].as_u64().unwrap_or(0) >= 1);
    let text = status(&site, &[]);
    assert!(
        text.stdout
            .lines()
            .any(|l| l.starts_with("GI ") && l.contains("unreadable")),
        "{}",
        text.stdout
    );
}
