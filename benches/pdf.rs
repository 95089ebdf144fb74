//! PDF benchmark: opcat-press's in-process Typst against Typst itself
//! compiling the same generated source.
//!
//!     cargo bench --bench pdf                          # one report of about 300 pages
//!     cargo bench --bench pdf -- --bodies 40 --years 4 # four reports of about 90
//!
//! Typst itself is the `typst` 0.15.1 CLI where there is one (on PATH, or
//! TYPST=/path/to/typst; `cargo install typst-cli --version 0.15.1
//! --locked`), and the PyPI package `typst` 0.15.2, which is built on
//! typst 0.15.1 and needs no compile: the bench installs it into a virtual
//! environment under the target folder. Both get the same fonts (the
//! theme's; Typst's bundled ones after them; no system fonts) and the same
//! standards. Years are compiled as many at once as there are cores, by
//! us and by the CLI; the PyPI package, one after another, is compared
//! only with one year.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use rayon::prelude::*;

mod synthetic;
mod tools;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// The value after `--name`, if given.
fn flag(name: &str) -> Option<usize> {
    let args: Vec<String> = std::env::args().collect();
    let at = args.iter().position(|a| a == name)?;
    args.get(at + 1)?.parse().ok()
}

fn main() {
    let bodies = flag("--bodies").unwrap_or(136);
    let years = flag("--years").unwrap_or(1);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("temporary folder");
    synthetic::generate(dir.path(), bodies, years);
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
    let mut pages = 0;
    for _ in 0..3 {
        typst::comemo::evict(0);
        let mut sources = Default::default();
        let t = Instant::now();
        // The PDFs kept as they are made, as `build` writes them.
        let made = std::sync::Mutex::new(Vec::new());
        let keep = |f: &opcat_press::output::OutputFile| {
            made.lock().expect("the PDFs").push(f.clone());
            Ok(())
        };
        opcat_press::pdf::render(
            &site,
            &template,
            &theme,
            &keep,
            &mut sources,
            &opcat_press::Silent,
        )
        .expect("PDFs compile");
        let pdfs = made.into_inner().expect("the PDFs");
        ours.push(t.elapsed().as_secs_f64());
        pages_bytes = pdfs.iter().map(|f| f.bytes.len()).sum::<usize>();
        pages = pdfs
            .iter()
            .map(|f| {
                lopdf::Document::load_mem(&f.bytes)
                    .map(|d| d.get_pages().len())
                    .unwrap_or(0)
            })
            .sum::<usize>();
    }
    println!(
        "{years} report year(s) of {bodies} chapters: {pages} PDF pages, {} KB",
        pages_bytes / 1000
    );
    println!(
        "opcat-press (in-process typst): {:.2} s",
        median(ours.clone())
    );

    let ours = median(ours);
    // The site language's words, from the repository's catalogues.
    let language = site.config.language.as_str();
    let templates = repo.join("templates");
    let folders = opcat_press::i18n::Folders {
        templates: &templates,
        content: Some(&site.root),
    };
    let catalogues = opcat_press::i18n::load(folders, &[language], &mut Default::default())
        .expect("the catalogues load");
    let words = catalogues.get(language).expect("the site's language");
    let projects: Vec<PathBuf> = site
        .reports
        .iter()
        .map(|r| {
            let p = dir.path().join("typst").join(&r.year);
            synthetic::write(
                &p.join("main.typ"),
                &opcat_press::pdf::source(&site, r, words),
            );
            std::fs::copy(&template, p.join("report.typ")).expect("copy the template");
            p
        })
        .collect();
    let fonts = theme.join("fonts");
    match typst_cli(&projects, &fonts) {
        Some(cli) => {
            println!("typst CLI 0.15.1, same sources:      {cli:.2} s");
            println!("ratio (opcat-press / typst CLI):     {:.2}", ours / cli);
        }
        None => println!(
            "typst CLI: not found (set TYPST or put typst 0.15.1 on PATH for this comparison)"
        ),
    }
    if projects.len() == 1 {
        match typst_pypi(&projects[0], &fonts) {
            Ok(py) => {
                println!("PyPI typst 0.15.2 (typst 0.15.1):   {py:.2} s");
                println!("ratio (opcat-press / PyPI typst):    {:.2}", ours / py);
            }
            Err(e) => println!("PyPI typst: not available ({e})"),
        }
    }
}

/// The median of three runs of the typst CLI over every project, as many
/// at once as there are cores; `None` without a CLI.
fn typst_cli(projects: &[PathBuf], fonts: &Path) -> Option<f64> {
    let typst = std::env::var_os("TYPST")
        .map(PathBuf::from)
        .unwrap_or_else(|| "typst".into());
    Command::new(&typst).arg("--version").output().ok()?;
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
                .arg(fonts)
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
    Some(median(cli))
}

/// The median of three compiles of `project` by the PyPI package `typst`,
/// each in a fresh process (Typst memoises within one) and timed inside
/// Python, so without the interpreter's start. The package is installed
/// once into a virtual environment under the target folder.
fn typst_pypi(project: &Path, fonts: &Path) -> Result<f64, String> {
    let python = tools::python_venv("typst-py-0.15.2", &["typst==0.15.2"], "import typst")?;
    let script = r#"
import sys, time, typst
main, root, fonts = sys.argv[1:4]
t = time.perf_counter()
typst.compile(main, output=root + "/py.pdf", root=root, font_paths=[fonts],
              ignore_system_fonts=True, pdf_standards=["ua-1", "a-2a"])
print(time.perf_counter() - t)
"#;
    let mut times = Vec::new();
    for _ in 0..3 {
        let out = Command::new(&python)
            .args(["-c", script])
            .arg(project.join("main.typ"))
            .arg(project)
            .arg(fonts)
            .output()
            .map_err(|e| format!("run python: {e}"))?;
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
        }
        times.push(
            String::from_utf8_lossy(&out.stdout)
                .trim()
                .parse()
                .map_err(|e| format!("its time: {e}"))?,
        );
    }
    let pages = std::fs::read(project.join("py.pdf"))
        .ok()
        .and_then(|b| lopdf::Document::load_mem(&b).ok())
        .map_or(0, |d| d.get_pages().len());
    println!("PyPI typst wrote {pages} PDF pages");
    Ok(median(times))
}
