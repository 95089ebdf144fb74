//! The build cache (`.opcat-cache/` beside the content folder): a year's
//! PDF is reused while nothing it is made from changes, the output is
//! byte-identical with and without it, a damaged entry is typeset again,
//! and a change to each kind of input (a chapter, `report.toml`, a
//! registry fact a PDF prints, an image, the template, a font) typesets
//! again exactly the years made from it; `--no-cache` reads and writes
//! none; the program's own hash is kept there too; and `build --no-pdf`
//! writes the pages, data and search index alone.

use std::path::{Path, PathBuf};

use crate::common::{build_with_cache as build, copy_dir, minimal_with, repo, snapshot};

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

/// The minimal site with a second year (2016-17, made from 2015-16), a
/// former name of Alpha's that only 2015-16's members annex prints (Alpha
/// was renamed between the two years' ends), and copies of the templates
/// and theme beside the content, where `build` finds them, so that the
/// test may change them.
fn two_years() -> tempfile::TempDir {
    let dir = minimal_with(&[]);
    let site = dir.path();
    let reports = site.join("content/reports");
    copy_dir(&reports.join("2015-16"), &reports.join("2016-17"));
    edit(&reports.join("2016-17/report.toml"), |t| {
        [
            ("Seventh", "Eighth"),
            ("number = 7", "number = 8"),
            ("2016-11-30", "2017-11-30"),
            ("2016-03-31", "2017-03-31"),
            ("2015-04-01", "2016-04-01"),
            ("in 2015-16", "in 2016-17"),
        ]
        .iter()
        .fold(t.to_string(), |t, (from, to)| t.replace(from, to))
    });
    edit(&site.join("content/registry/bodies/alpha.toml"), |t| {
        format!(
            "{t}\n[[names]]\nname = \"Alpha Inspectorate of Prisons\"\n\
             abbreviation = \"AIP\"\nuntil = \"2016-06\"\nsource = [\"src-one\"]\n"
        )
    });
    copy_dir(&repo().join("templates"), &site.join("templates"));
    copy_dir(&repo().join("theme"), &site.join("theme"));
    dir
}

fn edit(path: &Path, change: impl Fn(&str) -> String) {
    let text = std::fs::read_to_string(path).expect("read a file to change");
    let changed = change(&text);
    assert_ne!(changed, text, "{} was not changed", path.display());
    std::fs::write(path, changed).expect("write the changed file");
}

const YEARS: [&str; 2] = ["2015-16", "2016-17"];

/// Builds `site` with its build cache, each time into a new folder, and
/// tells what each build took from the cache and which years' PDFs came
/// out different from the build before.
struct Builds<'a> {
    site: &'a Path,
    count: usize,
    last: Vec<Vec<u8>>,
}

impl Builds<'_> {
    fn next(&mut self) -> (usize, Vec<&'static str>) {
        self.count += 1;
        let out = self.site.join(format!("out-{}", self.count));
        let run = crate::common::opcat(
            self.site,
            &[
                "build".as_ref(),
                "--content".as_ref(),
                "content".as_ref(),
                "--output".as_ref(),
                out.as_os_str(),
            ],
        );
        run.assert_success();
        let pdfs: Vec<Vec<u8>> = YEARS
            .iter()
            .map(|y| {
                std::fs::read(out.join(format!("reports/{y}/annual-report-{y}.pdf")))
                    .expect("each year has its PDF")
            })
            .collect();
        let changed = YEARS
            .iter()
            .zip(&pdfs)
            .zip(&self.last)
            .filter(|((_, new), old)| new != old)
            .map(|((y, _), _)| *y)
            .collect();
        self.last = pdfs;
        (reused(&run.stderr), changed)
    }
}

#[test]
fn each_kind_of_input_typesets_again_exactly_the_pdfs_made_from_it() {
    let dir = two_years();
    let site = dir.path();
    let mut builds = Builds {
        site,
        count: 0,
        last: vec![Vec::new(); YEARS.len()],
    };
    assert_eq!(builds.next(), (0, YEARS.to_vec()), "the cold build");
    assert_eq!(builds.next(), (2, vec![]), "nothing changed");
    let year = |y: &str| site.join("content/reports").join(y);

    // A chapter: its year alone.
    edit(&year("2016-17").join("alpha.md"), |t| {
        format!("{t}\nA sentence added to the later year.\n")
    });
    assert_eq!(builds.next(), (1, vec!["2016-17"]), "a chapter");

    // The year's report.toml: its year alone.
    edit(&year("2015-16").join("report.toml"), |t| {
        t.replace("Seventh Annual Report", "Seventh Annual Report (corrected)")
    });
    assert_eq!(builds.next(), (1, vec!["2015-16"]), "report.toml");

    // A registry fact the members annex prints for 2015-16 only.
    let alpha = site.join("content/registry/bodies/alpha.toml");
    edit(&alpha, |t| {
        t.replace(
            "name = \"Alpha Inspectorate of Prisons\"",
            "name = \"Alpha Inspectorate of Prisons in England\"",
        )
    });
    assert_eq!(
        builds.next(),
        (1, vec!["2015-16"]),
        "a name only 2015-16 had"
    );
    // A registry fact no PDF prints: both years come from the cache.
    edit(&alpha, |t| {
        t.replace("https://alpha.example.org/", "https://alpha.example.net/")
    });
    assert_eq!(builds.next(), (2, vec![]), "a fact no PDF prints");

    // An image in one year's folder: that year alone.
    edit(&year("2015-16").join("images/visits.svg"), |t| {
        t.replace("height=\"20\" fill", "height=\"12\" fill")
    });
    assert_eq!(builds.next(), (1, vec!["2015-16"]), "an image");

    // The template and the fonts: every year, though the same bytes come
    // out (a comment and a second copy of a font change nothing printed).
    edit(&site.join("templates/report.typ"), |t| {
        format!("{t}\n// A comment added after the cache was filled.\n")
    });
    assert_eq!(builds.next(), (0, vec![]), "the template");
    let fonts = site.join("theme/fonts");
    // The fonts folder's other files are not fonts: no year is made from
    // them.
    edit(&fonts.join("README.md"), |t| {
        format!("{t}\nA line added.\n")
    });
    assert_eq!(builds.next(), (2, vec![]), "the fonts folder's README");
    std::fs::copy(fonts.join("Lato-Regular.ttf"), fonts.join("Lato-Copy.ttf"))
        .expect("copy a font");
    assert_eq!(builds.next(), (0, vec![]), "a font");
    assert_eq!(builds.next(), (2, vec![]), "nothing changed since");
}
