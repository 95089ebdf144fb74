//! Full-build benchmark on a synthetic site.
//!
//!     cargo bench --bench build              # about 1,000 pages
//!     cargo bench --bench build -- 10000     # about 10,000 pages
//!
//! Generates a realistic site (member bodies with coverage, report years of
//! ~1,000-word chapters with tables and footnotes) in a temporary folder,
//! builds it three times with the real binary and templates and prints wall
//! time, pages per second and PDF pages. For peak memory, keep the site and time the binary:
//!
//!     cargo bench --bench build -- 10000 --keep
//!     /usr/bin/time -v target/release/opcat-press build --content <printed folder>/content \
//!         --output /tmp/out --templates templates --theme theme

use std::path::Path;
use std::process::Command;
use std::time::Instant;

mod synthetic;

use synthetic::generate;

/// PDF pages in the output, when poppler's `pdfinfo` is installed.
fn pdf_pages(public: &Path) -> Option<usize> {
    let mut total = 0;
    for entry in walkdir::WalkDir::new(public) {
        let entry = entry.ok()?;
        if entry.path().extension().is_some_and(|e| e == "pdf") {
            let out = Command::new("pdfinfo").arg(entry.path()).output().ok()?;
            let text = String::from_utf8_lossy(&out.stdout);
            total += text
                .lines()
                .find_map(|l| l.strip_prefix("Pages:"))?
                .trim()
                .parse::<usize>()
                .ok()?;
        }
    }
    Some(total)
}

fn main() {
    // `cargo bench` passes `--bench`; the first number is the target page count.
    let target: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000);
    let bodies = 40;
    let years = (target / (bodies + 2)).max(1);
    let dir = tempfile::tempdir().expect("temporary folder");
    let pages = generate(dir.path(), bodies, years);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let public = dir.path().join("public");
    println!(
        "synthetic site: {pages} pages ({bodies} bodies, {years} report years, one PDF each) in {}",
        dir.path().display()
    );
    // The real binary, a fresh process each run: what a user waits for.
    let mut times = Vec::new();
    for run in 0..3 {
        let t = Instant::now();
        let status = Command::new(env!("CARGO_BIN_EXE_opcat-press"))
            .arg("build")
            .arg("--content")
            .arg(dir.path().join("content"))
            .arg("--output")
            .arg(&public)
            .arg("--templates")
            .arg(repo.join("templates"))
            .arg("--theme")
            .arg(repo.join("theme"))
            .status()
            .expect("run opcat-press");
        let secs = t.elapsed().as_secs_f64();
        if !status.success() {
            eprintln!(
                "the build failed; the site is kept in {}",
                dir.keep().display()
            );
            std::process::exit(1);
        }
        println!("run {run}: {secs:.2} s, {:.0} pages/s", pages as f64 / secs);
        times.push(secs);
    }
    times.sort_by(f64::total_cmp);
    let median = times[1];
    println!("median full build (HTML + PDF): {median:.2} s");
    if let Some(n) = pdf_pages(&public) {
        println!(
            "PDF pages: {n} ({:.0} PDF pages/s, whole build)",
            n as f64 / median
        );
    }
    if std::env::args().any(|a| a == "--keep") {
        println!("kept {}", dir.keep().display());
    }
}
