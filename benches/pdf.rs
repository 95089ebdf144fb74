//! PDF benchmark: opcat-press's in-process Typst against the `typst` CLI
//! compiling the same generated source.
//!
//!     cargo bench --bench pdf              # 4 report years
//!     cargo bench --bench pdf -- 8         # 8 report years
//!
//! Needs `typst` 0.15.1 on PATH (or TYPST=/path/to/typst) for the
//! comparison, e.g. `cargo install typst-cli --version 0.15.1 --locked`.
//! Both sides use the same fonts (the theme's, then Typst's bundled ones;
//! the CLI is told to ignore system fonts), the same standards and one
//! process or thread per year, running as many at once as there are cores.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use rayon::prelude::*;

mod synthetic;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let years: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(4);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("temporary folder");
    synthetic::generate(dir.path(), 40, years);
    let content = dir.path().join("content");
    let (loaded, _) = opcat_press::content::load(&content);
    let (site, diags) = opcat_press::validate::validate(&loaded, &Default::default());
    let Some(site) = site else {
        eprintln!("the synthetic site does not validate: {diags:?}");
        std::process::exit(1);
    };
    let template = repo.join("templates/report.typ");
    let theme = repo.join("theme");

    // In-process: what `build` does for the PDFs (memoisation cleared
    // between runs, as a fresh process would start).
    let mut ours = Vec::new();
    let mut pages_bytes = 0;
    for _ in 0..3 {
        typst::comemo::evict(0);
        let mut sources = Default::default();
        let t = Instant::now();
        let pdfs =
            opcat_press::pdf::render(&site, &template, &theme, &mut sources, &opcat_press::Silent)
                .expect("PDFs compile");
        ours.push(t.elapsed().as_secs_f64());
        pages_bytes = pdfs.iter().map(|f| f.bytes.len()).sum::<usize>();
    }
    println!("{years} report years, {} KB of PDF", pages_bytes / 1000);
    println!(
        "opcat-press (in-process typst): {:.2} s",
        median(ours.clone())
    );

    // The CLI on the same sources, one project folder per year.
    let typst = std::env::var_os("TYPST")
        .map(PathBuf::from)
        .unwrap_or_else(|| "typst".into());
    if Command::new(&typst).arg("--version").output().is_err() {
        println!("typst CLI: not found (set TYPST or put typst 0.15.1 on PATH for the comparison)");
        return;
    }
    let projects: Vec<PathBuf> = site
        .reports
        .iter()
        .map(|r| {
            let p = dir.path().join("typst").join(&r.year);
            synthetic::write(&p.join("main.typ"), &opcat_press::pdf::source(&site, r));
            std::fs::copy(&template, p.join("report.typ")).expect("copy the template");
            p
        })
        .collect();
    let mut cli = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        projects.par_iter().for_each(|p| {
            let status = Command::new(&typst)
                .args([
                    "compile",
                    "--ignore-system-fonts",
                    "--pdf-standard",
                    "ua-1",
                    "--pdf-standard",
                    "a-2a",
                ])
                .arg("--font-path")
                .arg(theme.join("fonts"))
                .arg("--root")
                .arg(p)
                .arg(p.join("main.typ"))
                .arg(p.join("out.pdf"))
                .status()
                .expect("run typst");
            assert!(status.success(), "typst compile failed in {}", p.display());
        });
        cli.push(t.elapsed().as_secs_f64());
    }
    let (a, b) = (median(ours), median(cli));
    println!("typst CLI, same sources:        {b:.2} s");
    println!("ratio (opcat-press / typst CLI): {:.2}", a / b);
}
