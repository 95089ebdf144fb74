//! `freeze YEAR`: the published PDF kept as the record, with the SHA-256 of
//! it and of its sources; `build` publishes exactly those bytes, shows the
//! SHA-256 on the year page and in the data, and `build` and `check` warn
//! when a source changes and refuse a frozen PDF that changed.

use std::ffi::OsStr;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::common::{Run, build, link_templates_and_theme, minimal_with, opcat, read_toml};

const YEAR: &str = "2015-16";

fn sha(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn freeze(site: &Path) -> Run {
    opcat(site, &[OsStr::new("freeze"), OsStr::new(YEAR)])
}

fn check(site: &Path) -> Run {
    opcat(site, &[OsStr::new("check")])
}

fn year_dir(site: &Path) -> std::path::PathBuf {
    site.join("content/reports").join(YEAR)
}

fn frozen_site() -> tempfile::TempDir {
    let dir = minimal_with(&[]);
    link_templates_and_theme(dir.path());
    let run = freeze(dir.path());
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    dir
}

#[test]
fn freezing_keeps_the_pdf_and_the_sha256_of_it_and_its_sources() {
    let dir = frozen_site();
    let site = dir.path();
    let pdf = std::fs::read(year_dir(site).join("frozen.pdf")).expect("frozen.pdf");
    let toml = read_toml(&year_dir(site).join("frozen.toml"));
    assert_eq!(toml["sha256"].as_str(), Some(sha(&pdf).as_str()));
    let sources = toml["sources"].as_table().expect("sources");
    let content = site.join("content");
    let mut expected = vec!["site.toml".to_string()];
    for start in ["registry".to_string(), format!("reports/{YEAR}")] {
        for e in walkdir::WalkDir::new(content.join(&start)) {
            let e = e.unwrap();
            let rel = e
                .path()
                .strip_prefix(&content)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            if e.file_type().is_file()
                && !rel.ends_with("frozen.pdf")
                && !rel.ends_with("frozen.toml")
            {
                expected.push(rel);
            }
        }
    }
    expected.sort();
    let listed: Vec<String> = sources.keys().cloned().collect();
    assert_eq!(listed, expected);
    for (rel, hash) in sources {
        assert_eq!(
            hash.as_str(),
            Some(sha(&std::fs::read(content.join(rel)).unwrap()).as_str()),
            "{rel}"
        );
    }
    // A PDF typeset by build is the same document.
    let out = site.join("public");
    build(site, "content", &out, &["--no-cache"]).assert_success();
    let published =
        std::fs::read(out.join(format!("reports/{YEAR}/annual-report-{YEAR}.pdf"))).unwrap();
    assert_eq!(published, pdf, "build publishes the frozen bytes");
    let page = std::fs::read_to_string(out.join(format!("reports/{YEAR}/index.html"))).unwrap();
    assert!(page.contains(&sha(&pdf)), "the year page shows the SHA-256");
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("data/reports.json")).unwrap())
            .unwrap();
    let year = data["reports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["year"] == YEAR)
        .unwrap();
    assert_eq!(year["pdf"]["sha256"].as_str(), Some(sha(&pdf).as_str()));
    // Never twice.
    let again = freeze(site);
    assert_eq!(again.code, Some(2));
    assert!(
        again
            .error_lines()
            .iter()
            .any(|e| e.contains("frozen already")),
        "{}",
        again.stderr
    );
}

#[test]
fn a_changed_source_is_a_warning_and_the_published_pdf_stays() {
    let dir = frozen_site();
    let site = dir.path();
    let frozen = std::fs::read(year_dir(site).join("frozen.pdf")).unwrap();
    let chapter = year_dir(site).join("alpha.md");
    let text = std::fs::read_to_string(&chapter).unwrap();
    std::fs::write(
        &chapter,
        format!("{text}\nA sentence added after the report was laid.\n"),
    )
    .unwrap();
    let out = site.join("public");
    let built = build(site, "content", &out, &[]);
    built.assert_success();
    let published =
        std::fs::read(out.join(format!("reports/{YEAR}/annual-report-{YEAR}.pdf"))).unwrap();
    assert_eq!(published, frozen);
    let checked = check(site);
    for run in [&built, &checked] {
        let w: Vec<String> = run.warnings().into_iter().map(|d| d.header).collect();
        assert!(
            w.iter().any(|h| h.contains("frozen.toml")
                && h.contains(&format!("reports/{YEAR}/alpha.md (changed)"))),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn a_changed_frozen_pdf_is_refused_by_build_and_check() {
    let dir = frozen_site();
    let site = dir.path();
    let path = year_dir(site).join("frozen.pdf");
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.push(b'\n');
    std::fs::write(&path, &bytes).unwrap();
    let out = site.join("public");
    let built = build(site, "content", &out, &[]);
    let checked = check(site);
    for run in [&built, &checked] {
        assert_eq!(run.code, Some(2), "{}", run.stderr);
        let errors = run.error_lines();
        assert!(
            errors
                .iter()
                .any(|e| e.contains("frozen.pdf has changed since it was frozen")
                    && e.contains(&sha(&bytes))),
            "{errors:?}"
        );
    }
    assert!(!out.exists(), "nothing published");
}

#[test]
fn only_a_published_year_is_frozen() {
    let dir = minimal_with(&[]);
    link_templates_and_theme(dir.path());
    let toml = year_dir(dir.path()).join("report.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(
        &toml,
        text.replace("status = \"published\"", "status = \"draft\""),
    )
    .unwrap();
    let run = freeze(dir.path());
    assert_eq!(run.code, Some(2));
    assert!(
        run.error_lines()
            .iter()
            .any(|e| e.contains("not `published`")),
        "{}",
        run.stderr
    );
    assert!(!year_dir(dir.path()).join("frozen.pdf").exists());
    assert!(!year_dir(dir.path()).join("frozen.toml").exists());
}
