//! The build cache (`.opcat-cache/` beside the content folder): a year's
//! PDF is reused while nothing it is made from changes, the output is
//! byte-identical with and without it, a damaged entry is typeset again,
//! `--no-cache` reads and writes none; the program's own hash is kept
//! there too; and `build --no-pdf` writes the pages, data and search index
//! alone.

use std::path::{Path, PathBuf};

use crate::common::{build_with_cache as build, minimal_with, snapshot};

const PDF: &str = "reports/2015-16/annual-report-2015-16.pdf";

fn cache_entries(site: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(site.join(".opcat-cache/pdf"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries.sort();
    entries
}

fn pdfs(entries: &[PathBuf]) -> Vec<&PathBuf> {
    entries
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect()
}

fn reused(stderr: &str) -> usize {
    let Some(end) = stderr.find(" from the build cache") else {
        return 0;
    };
    let before = &stderr[..end];
    let start = before.rfind(' ').map_or(0, |i| i + 1);
    before[start..].parse().unwrap_or(0)
}

#[test]
fn an_unchanged_year_comes_from_the_cache_and_a_changed_one_is_typeset() {
    let dir = minimal_with(&[]);
    let site = dir.path();
    let cold = build(site, "content", &site.join("a"), &[]);
    cold.assert_success();
    assert_eq!(reused(&cold.stderr), 0, "{}", cold.stderr);
    assert_eq!(pdfs(&cache_entries(site)).len(), 1, "one year, one entry");

    let warm = build(site, "content", &site.join("b"), &[]);
    warm.assert_success();
    assert_eq!(reused(&warm.stderr), 1, "{}", warm.stderr);
    assert!(
        snapshot(&site.join("a")) == snapshot(&site.join("b")),
        "the cached build differs"
    );

    // A chapter's text goes into the PDF: a changed chapter is typeset.
    let chapter = site.join("content/reports/2015-16/alpha.md");
    let text = std::fs::read_to_string(&chapter).unwrap();
    std::fs::write(
        &chapter,
        format!("{text}\nA sentence added after the cache was filled.\n"),
    )
    .unwrap();
    let changed = build(site, "content", &site.join("c"), &[]);
    changed.assert_success();
    assert_eq!(reused(&changed.stderr), 0, "{}", changed.stderr);
    let (old, new) = (
        std::fs::read(site.join("a").join(PDF)).unwrap(),
        std::fs::read(site.join("c").join(PDF)).unwrap(),
    );
    assert_ne!(old, new, "the changed chapter is in the new PDF");
    assert_eq!(pdfs(&cache_entries(site)).len(), 2);
    let uncached = build(site, "content", &site.join("d"), &["--no-cache"]);
    uncached.assert_success();
    assert!(
        snapshot(&site.join("c")) == snapshot(&site.join("d")),
        "with and without the cache differ"
    );
}

#[test]
fn a_damaged_cache_entry_is_typeset_again_never_trusted() {
    let dir = minimal_with(&[]);
    let site = dir.path();
    build(site, "content", &site.join("a"), &[]).assert_success();
    let entries = cache_entries(site);
    let pdf = pdfs(&entries)[0].clone();
    let mut bytes = std::fs::read(&pdf).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xFF;
    std::fs::write(&pdf, &bytes).unwrap();
    let run = build(site, "content", &site.join("b"), &[]);
    run.assert_success();
    assert_eq!(
        reused(&run.stderr),
        0,
        "a damaged entry was used:\n{}",
        run.stderr
    );
    assert!(snapshot(&site.join("a")) == snapshot(&site.join("b")));
    // Mended: the next build takes it again.
    let again = build(site, "content", &site.join("c"), &[]);
    assert_eq!(reused(&again.stderr), 1, "{}", again.stderr);
    // A half-written entry (its checksum missing) is not used either.
    let sums: Vec<PathBuf> = cache_entries(site)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "sha256"))
        .collect();
    std::fs::remove_file(&sums[0]).unwrap();
    let half = build(site, "content", &site.join("d"), &[]);
    assert_eq!(reused(&half.stderr), 0, "{}", half.stderr);
}

#[test]
fn no_cache_reads_and_writes_none() {
    let dir = minimal_with(&[]);
    let site = dir.path();
    build(site, "content", &site.join("a"), &["--no-cache"]).assert_success();
    assert!(
        !site.join(".opcat-cache").exists(),
        "--no-cache wrote a cache"
    );
    let elsewhere = site.join("elsewhere");
    let args = ["--cache-dir", elsewhere.to_str().unwrap()];
    build(site, "content", &site.join("b"), &args).assert_success();
    assert!(!site.join(".opcat-cache").exists());
    let kept =
        std::fs::read_dir(elsewhere.join("pdf")).expect("--cache-dir is where the cache goes");
    let kept = kept.filter(|e| {
        e.as_ref()
            .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "pdf"))
    });
    assert_eq!(kept.count(), 1);
}

#[test]
fn no_pdf_builds_the_pages_data_and_search_alone() {
    let dir = minimal_with(&[]);
    let site = dir.path();
    let out = site.join("public");
    let run = build(site, "content", &out, &["--no-pdf"]);
    run.assert_success();
    assert!(!out.join(PDF).exists(), "a PDF was typeset");
    assert!(
        !site.join(".opcat-cache").exists(),
        "nothing typeset, nothing cached"
    );
    let year = std::fs::read_to_string(out.join("reports/2015-16/index.html")).unwrap();
    assert!(
        !year.contains("annual-report-2015-16.pdf"),
        "the year page links a PDF that is not there"
    );
    assert!(
        out.join("pagefind/pagefind.js").is_file(),
        "the search index is built"
    );
    assert!(out.join("data/reports.json").is_file());
    assert!(crate::common::broken_links(&out, "/").is_empty());
}

#[test]
fn the_programs_hash_is_kept_beside_the_cache_and_counts_in_every_key() {
    use sha2::Digest;
    let dir = minimal_with(&[]);
    let site = dir.path();
    build(site, "content", &site.join("a"), &[]).assert_success();
    // The memo: the program's path, size and time, then its SHA-256.
    let memo = site.join(".opcat-cache/program");
    let text = std::fs::read_to_string(&memo).expect("the program's hash is kept");
    let program = std::fs::read(env!("CARGO_BIN_EXE_opcat-press")).expect("the program");
    let hash: String = sha2::Sha256::digest(&program)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(text.lines().last(), Some(hash.as_str()));
    assert_eq!(
        text.lines().nth(1),
        Some(program.len().to_string().as_str())
    );
    // The next build takes the hash from there: another hash under the
    // same stamp is another program, whose PDFs the cache does not have.
    let other = text.replace(&hash, &"0".repeat(64));
    std::fs::write(&memo, other).expect("write the memo");
    let rebuilt = build(site, "content", &site.join("b"), &[]);
    rebuilt.assert_success();
    assert_eq!(reused(&rebuilt.stderr), 0, "{}", rebuilt.stderr);
    // A memo that is not one is read past: the program is hashed again.
    std::fs::write(&memo, "not a memo").expect("write the memo");
    let again = build(site, "content", &site.join("c"), &[]);
    again.assert_success();
    assert_eq!(reused(&again.stderr), 1, "{}", again.stderr);
    assert_eq!(
        std::fs::read_to_string(&memo).expect("memo").lines().last(),
        Some(hash.as_str())
    );
}
