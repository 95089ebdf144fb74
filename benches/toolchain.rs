//! opcat-press against the toolchain a Secretariat would use instead, on
//! the same chapters (issue 17):
//!
//!     cargo bench --bench toolchain                      # 1,000 chapters
//!     cargo bench --bench toolchain -- 10000 --runs 1    # 10,000 chapters
//!     cargo bench --bench toolchain -- --keep            # keep the folders
//!
//! The toolchain: Hugo for the pages (Debian's `hugo`), Pagefind for the
//! search index (npm `pagefind`, the version opcat-press builds in), Pandoc
//! to turn each chapter into Typst (PyPI `pypandoc_binary`), and Typst for
//! one PDF/UA-1 + PDF/A-2a PDF a report year, from a minimal template that
//! includes the year's converted chapters. Typst is the `typst` CLI when
//! `TYPST` names one or one is on the PATH, else PyPI's `typst`, which has
//! no command line: a `python -c` per year calls it, a fresh process as the
//! CLI's would be. The npm and PyPI packages are installed once under the
//! target folder; a missing Hugo is reported with how to install it, and
//! its steps are left out.
//!
//! Generates the synthetic site with 39 bodies, so that a year has 40
//! chapters (a foreword and one per body; 1,000 chapters is 25 years),
//! then, each step a fresh process under `/usr/bin/time -v` (wall time,
//! peak memory), each measured `--runs` times (3 unless told; medians):
//!
//! 1. cold, the two sides taking turns: `opcat-press build --no-cache`,
//!    and `build --no-pdf` (the pages and search index alone, against
//!    Hugo + Pagefind);
//!    the toolchain's four steps one after another: Hugo over the same
//!    pages (as the build bench writes them; the chapters' own Markdown),
//!    Pagefind over Hugo's output, Pandoc on every chapter and Typst on
//!    every year, those two on every core at once (`xargs -P`);
//! 2. one chapter changed (a sentence appended), the sides taking turns:
//!    `opcat-press build` with its build cache (in its default place,
//!    filled by a build before); the toolchain redoes what make would:
//!    Hugo and Pagefind whole, Pandoc for that chapter, Typst for its year;
//! 3. prints one table: each step's wall time and peak memory, the
//!    toolchain's sum, opcat-press's, the ratios, and every tool's version.
//!
//! A step's peak memory is that of its largest process; Pandoc and Typst
//! run as many processes at once as there are cores.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

mod measure;
mod output;
mod peers;
mod synthetic;
mod tools;

use measure::{TIME, Timed, built_pages, load_average, median, median_kib, memory, timed};

/// A foreword and one chapter per body: 40 chapters a year.
const BODIES: usize = 39;
const CHAPTERS_A_YEAR: usize = BODIES + 1;
/// The version of the pagefind crate in Cargo.toml, whose CLI is on npm.
const PAGEFIND: &str = "1.6.0";
/// pandoc 3.9, as the import tests use.
const PANDOC: &str = "pypandoc_binary==1.17";
/// Built on typst 0.15.1, the version opcat-press builds in.
const TYPST_PYPI: &str = "typst==0.15.2";
/// The chapter that changes, in the middle year.
const CHANGED: &str = "m0";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `cargo bench` passes `--bench`; the first number is the chapter count.
    let chapters = args
        .iter()
        .find_map(|a| a.parse::<usize>().ok())
        .unwrap_or(1_000);
    let runs = args
        .iter()
        .position(|a| a == "--runs")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(3usize)
        .max(1);
    let keep = args.iter().any(|a| a == "--keep");
    let dir = tempfile::tempdir().unwrap_or_else(|e| {
        eprintln!("error: cannot make a temporary folder: {e}");
        std::process::exit(1);
    });
    match run(dir.path(), chapters, runs) {
        Ok(()) if keep => println!("kept {}", dir.keep().display()),
        Ok(()) => {}
        Err(e) => {
            eprintln!(
                "error: {e}\nthe folders are kept in {}",
                dir.keep().display()
            );
            std::process::exit(1);
        }
    }
}

/// A step's median wall time and peak memory over its runs.
#[derive(Clone, Copy)]
struct Measured {
    secs: f64,
    peak_kib: Option<u64>,
}

impl Measured {
    fn of<'a>(runs: impl IntoIterator<Item = &'a Timed>) -> Measured {
        let runs: Vec<&Timed> = runs.into_iter().collect();
        Measured {
            secs: median(runs.iter().map(|t| t.secs).collect()),
            peak_kib: median_kib(runs.iter().map(|t| t.peak_kib).collect()),
        }
    }
}

/// How the toolchain's Typst is run.
enum Typst {
    /// A `typst` binary: `typst compile`.
    Cli(PathBuf),
    /// PyPI's `typst` in a virtual environment: its `python`.
    Python(PathBuf),
}

/// The toolchain's programs, each with its version, or why it is missing.
struct Toolchain {
    hugo: Result<String, String>,
    pagefind: Result<(PathBuf, String), String>,
    pandoc: Result<(PathBuf, String), String>,
    typst: Result<(Typst, String), String>,
    /// Processes at once for Pandoc and Typst.
    cores: usize,
}

/// The toolchain's steps, in the order they run.
const STEPS: [&str; 4] = [
    "pages",
    "search index",
    "chapters to Typst",
    "PDFs, one a year",
];

/// What one pass of the toolchain does: everything, or what one changed
/// chapter makes a make-like setup do again.
enum Pass<'a> {
    Cold,
    Changed { year: &'a str },
}

/// Where the toolchain's files are.
struct Folders {
    /// The Hugo site; its chapters are Pandoc's input too.
    hugo: PathBuf,
    /// Hugo's output, which Pagefind indexes.
    public: PathBuf,
    /// `<year>/main.typ` and the chapters Pandoc writes beside it.
    typst: PathBuf,
    /// The argument lists given to xargs.
    lists: PathBuf,
}

fn run(root: &Path, chapters: usize, runs: usize) -> Result<(), String> {
    let years = (chapters / CHAPTERS_A_YEAR).max(1);
    synthetic::generate(root, BODIES, years);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = Path::new(env!("CARGO_BIN_EXE_opcat-press"));
    let content = root.join("content");
    let public = root.join("public");
    let year_names = report_years(&content)?;
    let changed_year = year_names[year_names.len() / 2].clone();
    println!(
        "synthetic site: {} chapters ({years} report years of {CHAPTERS_A_YEAR}: a foreword and \
         {BODIES} member bodies' chapters), in {}",
        years * CHAPTERS_A_YEAR,
        root.display()
    );
    if !Path::new(TIME).is_file() {
        println!("{TIME} is missing (Debian package `time`): no peak memory");
    }
    let toolchain = Toolchain::install();
    println!("load average at the start: {}", load_average());

    // 1. Cold, the two sides taking turns, so that other work on the
    // machine weighs on both alike. opcat-press first: the Hugo site has a
    // page for each of its HTML pages.
    let site_args: Vec<PathBuf> = vec![
        "--content".into(),
        content.clone(),
        "--output".into(),
        public.clone(),
        "--templates".into(),
        repo.join("templates"),
        "--theme".into(),
        repo.join("theme"),
    ];
    let mut build = Command::new(bin);
    build.arg("build").args(&site_args);
    let mut cold_build = Command::new(bin);
    cold_build.arg("build").args(&site_args).arg("--no-cache");
    // The pages and search index alone, into a folder of their own.
    let mut html_args = site_args.clone();
    html_args[3] = root.join("public-html");
    let mut html_build = Command::new(bin);
    html_build
        .arg("build")
        .args(&html_args)
        .args(["--no-cache", "--no-pdf"]);
    let folders = Folders {
        hugo: root.join("hugo"),
        public: root.join("hugo-public"),
        typst: root.join("typst"),
        lists: root.join("lists"),
    };
    let (mut ours_cold, mut ours_html) = (Vec::new(), Vec::new());
    let mut theirs_cold: Vec<[Option<Timed>; 4]> = Vec::new();
    let (mut html, mut expected) = (Vec::new(), 0);
    for run in 0..runs {
        let t = timed(&cold_build).map_err(|e| format!("opcat-press build: {e}"))?;
        println!(
            "opcat-press build --no-cache, run {run}: {:.2} s, peak {} ({} pages by its own count; load {})",
            t.secs,
            memory(t.peak_kib),
            built_pages(&t.stderr).map_or("?".into(), |n| n.to_string()),
            load_average()
        );
        ours_cold.push(t);
        ours_html.push(timed(&html_build).map_err(|e| format!("opcat-press build --no-pdf: {e}"))?);
        if run == 0 {
            html = output::html_files(&public)?;
            expected = peers::write_hugo(&folders.hugo, &content, &html)?;
            write_typst_projects(&content, &folders, &year_names)?;
        }
        theirs_cold.push(toolchain.pass(&folders, &year_names, &Pass::Cold, run)?);
    }
    let their_pages = output::html_files(&folders.public)?.len();
    if toolchain.hugo.is_ok() && their_pages != expected {
        println!("Hugo wrote {their_pages} HTML pages where {expected} were expected");
    }
    let pdfs = |dir: &Path| match output::pdf_pages(dir) {
        Some((files, pages)) => format!("{files} PDFs, {pages} PDF pages"),
        None => "PDF pages not counted (pdfinfo, Debian package poppler-utils, is missing)".into(),
    };
    println!(
        "opcat-press wrote {} HTML pages and {}; the toolchain {their_pages} HTML pages and {}",
        html.len(),
        pdfs(&public),
        pdfs(&folders.typst)
    );
    let typst_version = toolchain.typst_version(&folders.typst.join(&year_names[0]));

    // 2. One chapter changed, `runs` times (a sentence more each time).
    timed(&build).map_err(|e| format!("opcat-press build (filling its cache): {e}"))?;
    let mut ours_changed = Vec::new();
    let mut theirs_changed = Vec::new();
    for run in 0..runs {
        for chapter in [
            content.join(format!("reports/{changed_year}/{CHANGED}.md")),
            folders
                .hugo
                .join(format!("content/reports/{changed_year}/{CHANGED}.md")),
        ] {
            let text = fs::read_to_string(&chapter)
                .map_err(|e| format!("cannot read {}: {e}", chapter.display()))?;
            fs::write(
                &chapter,
                format!("{text}\nOne sentence added, number {run}.\n"),
            )
            .map_err(|e| format!("cannot write {}: {e}", chapter.display()))?;
        }
        let t = timed(&build).map_err(|e| format!("opcat-press build: {e}"))?;
        println!(
            "opcat-press build, one chapter changed, run {run}: {:.2} s, peak {} (load {})",
            t.secs,
            memory(t.peak_kib),
            load_average()
        );
        ours_changed.push(t);
        let pass = Pass::Changed {
            year: &changed_year,
        };
        theirs_changed.push(toolchain.pass(&folders, &year_names, &pass, run)?);
    }
    println!("load average at the end: {}", load_average());

    // 3. The table.
    let step = |passes: &[[Option<Timed>; 4]], i: usize| -> Option<Measured> {
        let runs: Vec<&Timed> = passes.iter().filter_map(|p| p[i].as_ref()).collect();
        (!runs.is_empty()).then(|| Measured::of(runs))
    };
    let names = toolchain.step_names(&typst_version);
    let cold: Vec<Option<Measured>> = (0..4).map(|i| step(&theirs_cold, i)).collect();
    let changed: Vec<Option<Measured>> = (0..4).map(|i| step(&theirs_changed, i)).collect();
    print_table(
        &names,
        &cold,
        &changed,
        Measured::of(&ours_cold),
        Measured::of(&ours_changed),
        &opcat_version(bin),
    );
    if let (Some(hugo), Some(pagefind)) = (&cold[0], &cold[1]) {
        println!(
            "{}",
            html_only_line(Measured::of(&ours_html), hugo, pagefind)
        );
    }
    println!(
        "Pandoc and Typst ran {} processes at once; their peak is one process's. \
         The changed chapter: reports/{changed_year}/{CHANGED}.md.",
        toolchain.cores
    );
    for (name, why) in toolchain.missing() {
        println!("{name}: not measured: {why}");
    }
    Ok(())
}

/// `build --no-pdf` (the pages and the search index) against Hugo and
/// Pagefind, cold: the issue's target for the HTML alone.
fn html_only_line(ours: Measured, hugo: &Measured, pagefind: &Measured) -> String {
    let theirs = hugo.secs + pagefind.secs;
    format!(
        "pages and search index alone, cold: opcat-press build --no-pdf {:.2} s (peak {}), \
         Hugo + Pagefind {theirs:.2} s: {:.2}x",
        ours.secs,
        memory(ours.peak_kib),
        ours.secs / theirs
    )
}

/// The report years' folder names, oldest first.
fn report_years(content: &Path) -> Result<Vec<String>, String> {
    let reports = content.join("reports");
    let mut years: Vec<String> = fs::read_dir(&reports)
        .map_err(|e| format!("cannot list {}: {e}", reports.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    years.sort();
    if years.is_empty() {
        return Err("the synthetic site has no report year".into());
    }
    Ok(years)
}

/// Writes each year's `main.typ`: the minimal template a Secretariat
/// would keep beside the chapters Pandoc converts, with the year's title
/// (PDF/UA-1 needs one) and its chapters in the order of its report.toml.
fn write_typst_projects(content: &Path, folders: &Folders, years: &[String]) -> Result<(), String> {
    let read =
        |p: &Path| fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()));
    let table = |p: &Path| -> Result<toml::Table, String> {
        toml::from_str(&read(p)?).map_err(|e| format!("{}: {e}", p.display()))
    };
    let site = table(&content.join("site.toml"))?;
    let author = site.get("npm_name").and_then(|v| v.as_str()).unwrap_or("");
    for year in years {
        let report = table(&content.join(format!("reports/{year}/report.toml")))?;
        let title = report.get("title").and_then(|v| v.as_str()).unwrap_or(year);
        let mut main = format!(
            "#set document(title: {}, author: {})\n\
             #set text(lang: \"en\", region: \"GB\", font: (\"Libertinus Serif\", \"New Computer Modern\"), size: 11pt)\n\
             #set page(paper: \"a4\", margin: (x: 25mm, top: 28mm, bottom: 25mm), numbering: \"1\")\n\
             #show heading: set text(font: \"Lato\")\n\
             #show raw: set text(font: \"DejaVu Sans Mono\", size: 9pt)\n\
             #show heading.where(level: 1): it => {{ pagebreak(weak: true); it }}\n\n\
             #title()\n\
             #outline(title: \"Contents\", depth: 2)\n",
            typst_string(title),
            typst_string(author)
        );
        let chapters = report
            .get("chapters")
            .and_then(|v| v.as_array())
            .ok_or_else(|| format!("reports/{year}/report.toml has no chapters"))?;
        for chapter in chapters.iter().filter_map(|c| c.as_str()) {
            let source = folders
                .hugo
                .join(format!("content/reports/{year}/{chapter}.md"));
            let title = front_matter_title(&read(&source)?).unwrap_or_else(|| chapter.into());
            let _ = writeln!(
                main,
                "\n#heading(level: 1, {})\n#include \"{chapter}.typ\"",
                typst_string(&title)
            );
        }
        synthetic::write(&folders.typst.join(year).join("main.typ"), &main);
    }
    Ok(())
}

/// The `title:` of a Hugo page's YAML front matter (a JSON string there).
fn front_matter_title(text: &str) -> Option<String> {
    let front = text.strip_prefix("---\n")?.split_once("\n---\n")?.0;
    let value = front.lines().find_map(|l| l.strip_prefix("title: "))?;
    serde_json::from_str(value).ok()
}

/// A Typst string literal (its escapes are JSON's).
fn typst_string(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

impl Toolchain {
    /// Finds or installs each program; reports what it found.
    fn install() -> Toolchain {
        let hugo = version_line("hugo", &["version"])
            .map(|v| v.split_whitespace().nth(1).unwrap_or(&v).to_string())
            .ok_or_else(|| {
                "no `hugo` on the PATH (Debian package hugo: apt-get install -y hugo)".to_string()
            });
        let pagefind = install_pagefind();
        let pandoc = tools::python_venv(
            "pypandoc-binary-1.17",
            &[PANDOC],
            "import pypandoc; pypandoc.get_pandoc_path()",
        )
        .and_then(|python| {
            let out = Command::new(&python)
                .args(["-c", "import pypandoc; print(pypandoc.get_pandoc_path())"])
                .output()
                .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
            let pandoc = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
            let version = version_line(&pandoc, &["--version"])
                .ok_or_else(|| format!("{} --version failed", pandoc.display()))?;
            Ok((pandoc, version))
        });
        let typst = typst_cli().map(Ok).unwrap_or_else(|| {
            let python = tools::python_venv("typst-py-0.15.2", &[TYPST_PYPI], "import typst")?;
            Ok((
                Typst::Python(python),
                format!("PyPI {}", TYPST_PYPI.replace("==", " ")),
            ))
        });
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let toolchain = Toolchain {
            hugo,
            pagefind,
            pandoc,
            typst,
            cores,
        };
        for (name, why) in toolchain.missing() {
            println!("{name}: not available: {why}");
        }
        toolchain
    }

    fn missing(&self) -> Vec<(&'static str, &str)> {
        let mut missing = Vec::new();
        if let Err(e) = &self.hugo {
            missing.push(("Hugo", e.as_str()));
        }
        if let Err(e) = &self.pagefind {
            missing.push(("Pagefind", e.as_str()));
        }
        if let Err(e) = &self.pandoc {
            missing.push(("Pandoc", e.as_str()));
        }
        if let Err(e) = &self.typst {
            missing.push(("Typst", e.as_str()));
        }
        missing
    }

    /// Runs the steps `pass` asks for, in order, each timed; `None` for a
    /// step whose program is missing (Pagefind also needs Hugo's pages,
    /// Typst Pandoc's chapters).
    fn pass(
        &self,
        folders: &Folders,
        years: &[String],
        pass: &Pass,
        run: usize,
    ) -> Result<[Option<Timed>; 4], String> {
        let mut steps: [Option<Timed>; 4] = Default::default();
        if self.hugo.is_ok() {
            if matches!(pass, Pass::Cold) && folders.public.exists() {
                fs::remove_dir_all(&folders.public)
                    .map_err(|e| format!("cannot empty {}: {e}", folders.public.display()))?;
            }
            let mut hugo = Command::new("hugo");
            hugo.arg("--quiet")
                .arg("-s")
                .arg(&folders.hugo)
                .arg("-d")
                .arg(&folders.public);
            steps[0] = Some(timed(&hugo).map_err(|e| format!("hugo: {e}"))?);
        }
        if let (Ok(_), Ok((pagefind, _))) = (&self.hugo, &self.pagefind) {
            let mut cmd = Command::new(pagefind);
            cmd.arg("--site").arg(&folders.public);
            steps[1] = Some(timed(&cmd).map_err(|e| format!("pagefind: {e}"))?);
        }
        let years: Vec<&String> = match pass {
            Pass::Cold => years.iter().collect(),
            Pass::Changed { year } => years.iter().filter(|y| y == year).collect(),
        };
        if let Ok((pandoc, _)) = &self.pandoc {
            // `-o out.typ in.md` for each chapter, three arguments a process.
            let mut list = String::new();
            for year in &years {
                let sources = folders.hugo.join(format!("content/reports/{year}"));
                let mut chapters: Vec<PathBuf> = fs::read_dir(&sources)
                    .map_err(|e| format!("cannot list {}: {e}", sources.display()))?
                    .filter_map(|e| Some(e.ok()?.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "md"))
                    .filter(|p| !p.ends_with("_index.md"))
                    .filter(|p| match pass {
                        Pass::Cold => true,
                        Pass::Changed { .. } => p.file_stem().is_some_and(|s| s == CHANGED),
                    })
                    .collect();
                chapters.sort();
                for md in chapters {
                    let stem = md.file_stem().unwrap_or_default().to_string_lossy();
                    let typ = folders.typst.join(year).join(format!("{stem}.typ"));
                    let _ = writeln!(list, "-o\n{}\n{}", typ.display(), md.display());
                }
            }
            let mut cmd = self.xargs(folders, "pandoc", &list, 3)?;
            cmd.arg(pandoc)
                .args(["--from", "commonmark_x", "--to", "typst"]);
            steps[2] = Some(timed(&cmd).map_err(|e| format!("pandoc: {e}"))?);
        }
        if let (Ok(_), Ok((typst, _))) = (&self.pandoc, &self.typst) {
            let list: String = years
                .iter()
                .map(|y| format!("{}\n", folders.typst.join(y).join("main.typ").display()))
                .collect();
            let fonts = Path::new(env!("CARGO_MANIFEST_DIR")).join("theme/fonts");
            let mut cmd = self.xargs(folders, "typst", &list, 1)?;
            match typst {
                Typst::Cli(typst) => {
                    cmd.arg(typst)
                        .args(["compile", "--ignore-system-fonts", "--font-path"])
                        .arg(&fonts)
                        .args(["--pdf-standard", "ua-1", "--pdf-standard", "a-2a"]);
                }
                Typst::Python(python) => {
                    cmd.arg(python).args(["-c", TYPST_SCRIPT]).arg(&fonts);
                }
            }
            steps[3] = Some(timed(&cmd).map_err(|e| format!("typst: {e}"))?);
        }
        let what = match pass {
            Pass::Cold => "cold",
            Pass::Changed { .. } => "one chapter changed",
        };
        let mut line = format!("toolchain, {what}, run {run}:");
        for (name, t) in STEPS.iter().zip(&steps) {
            if let Some(t) = t {
                let _ = write!(line, " {name} {:.2} s ({});", t.secs, memory(t.peak_kib));
            }
        }
        println!("{}", line.trim_end_matches(';'));
        Ok(steps)
    }

    /// `xargs` over the arguments in `list` (one a line), `per` to a
    /// process, as many processes at once as there are cores; the program
    /// and its fixed arguments are added by the caller.
    fn xargs(
        &self,
        folders: &Folders,
        name: &str,
        list: &str,
        per: usize,
    ) -> Result<Command, String> {
        let file = folders.lists.join(format!("{name}.txt"));
        fs::create_dir_all(&folders.lists)
            .map_err(|e| format!("cannot create {}: {e}", folders.lists.display()))?;
        fs::write(&file, list).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        let mut cmd = Command::new("xargs");
        cmd.args(["-d", "\n", "-a"])
            .arg(&file)
            .arg("-P")
            .arg(self.cores.to_string())
            .arg("-n")
            .arg(per.to_string());
        Ok(cmd)
    }

    /// The Typst that wrote the PDFs, from one of them ("Typst 0.15.1"),
    /// after the program's own version.
    fn typst_version(&self, year: &Path) -> String {
        let Ok((_, version)) = &self.typst else {
            return String::new();
        };
        let inner = fs::read(year.join("main.pdf")).ok().and_then(|bytes| {
            let at = bytes.windows(6).position(|w| w == b"Typst ")?;
            let rest = &bytes[at..(at + 20).min(bytes.len())];
            let text = String::from_utf8_lossy(rest);
            let end = text[6..]
                .find(|c: char| !c.is_ascii_digit() && c != '.')
                .map_or(text.len(), |i| i + 6);
            Some(text[..end].to_string())
        });
        match inner {
            Some(inner) if version.starts_with("PyPI") => format!("{inner} ({version})"),
            _ => version.clone(),
        }
    }

    fn step_names(&self, typst: &str) -> [String; 4] {
        let name = |r: &Result<String, String>, tool: &str| match r {
            Ok(v) => format!("{tool} {v}"),
            Err(_) => format!("{tool} (missing)"),
        };
        let hugo = name(&self.hugo, "Hugo");
        let pagefind = match &self.pagefind {
            Ok((_, v)) => format!("Pagefind {v}"),
            Err(_) => "Pagefind (missing)".into(),
        };
        let pandoc = match &self.pandoc {
            Ok((_, v)) => format!("Pandoc {}", v.trim_start_matches("pandoc ")),
            Err(_) => "Pandoc (missing)".into(),
        };
        let typst = if self.typst.is_ok() {
            typst.to_string()
        } else {
            "Typst (missing)".into()
        };
        [
            format!("{hugo}: {}", STEPS[0]),
            format!("{pagefind}: {}", STEPS[1]),
            format!("{pandoc}: {}", STEPS[2]),
            format!("{typst}: {}", STEPS[3]),
        ]
    }
}

/// Compiles one year with PyPI's `typst`: `python -c SCRIPT FONTS MAIN`
/// writes MAIN's PDF beside it, with the same fonts as opcat-press (the
/// theme's, then Typst's own; no system fonts) and the same standards.
const TYPST_SCRIPT: &str = r#"
import os, sys, typst
fonts, main = sys.argv[1], sys.argv[2]
typst.compile(main, output=os.path.splitext(main)[0] + ".pdf", root=os.path.dirname(main),
              font_paths=[fonts], ignore_system_fonts=True, pdf_standards=["ua-1", "a-2a"])
"#;

/// A `typst` CLI: `TYPST`, or `typst` on the PATH.
fn typst_cli() -> Option<(Typst, String)> {
    let typst = std::env::var_os("TYPST").map_or_else(|| PathBuf::from("typst"), PathBuf::from);
    let version = version_line(&typst, &["--version"])?;
    Some((Typst::Cli(typst), version))
}

/// npm's `pagefind` at the version opcat-press builds in, installed once
/// under the target folder: its command and version.
fn install_pagefind() -> Result<(PathBuf, String), String> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("pagefind-{PAGEFIND}"));
    let bin = dir.join("node_modules/.bin/pagefind");
    let wanted = format!("pagefind {PAGEFIND}");
    if version_line(&bin, &["--version"]).as_deref() != Some(wanted.as_str()) {
        fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        tools::run(
            Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--prefix"])
                .arg(&dir)
                .arg(format!("pagefind@{PAGEFIND}")),
            &format!(
                "npm install pagefind@{PAGEFIND} (npm comes with Node.js: apt-get install nodejs npm)"
            ),
        )?;
    }
    let version = version_line(&bin, &["--version"])
        .ok_or_else(|| format!("{} --version failed after npm install", bin.display()))?;
    Ok((bin, version.trim_start_matches("pagefind ").to_string()))
}

/// The first line `program args` prints, when it runs and succeeds.
fn version_line(program: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().next()?.trim().to_string();
    (out.status.success() && !line.is_empty()).then_some(line)
}

fn opcat_version(bin: &Path) -> String {
    version_line(bin, &["--version"]).unwrap_or_else(|| "opcat-press".into())
}

fn print_table(
    names: &[String; 4],
    cold: &[Option<Measured>],
    changed: &[Option<Measured>],
    ours_cold: Measured,
    ours_changed: Measured,
    ours: &str,
) {
    let time = |m: Option<Measured>| m.map_or("-".into(), |m| format!("{:.2} s", m.secs));
    let peak = |m: Option<Measured>| m.map_or("-".into(), |m| memory(m.peak_kib));
    // The steps run one after another: their times add up, and the
    // toolchain's peak is its largest step's.
    let total = |steps: &[Option<Measured>]| -> Option<Measured> {
        let measured: Vec<Measured> = steps.iter().flatten().copied().collect();
        (!measured.is_empty()).then(|| Measured {
            secs: measured.iter().map(|m| m.secs).sum(),
            peak_kib: measured.iter().filter_map(|m| m.peak_kib).max(),
        })
    };
    let (their_cold, their_changed) = (total(cold), total(changed));
    let partial = if cold.iter().any(Option::is_none) {
        " (steps missing)"
    } else {
        ""
    };
    let row = |name: &str, c: Option<Measured>, h: Option<Measured>| {
        println!(
            "| {name:<52} | {:>9} | {:>9} | {:>9} | {:>9} |",
            time(c),
            peak(c),
            time(h),
            peak(h)
        );
    };
    println!();
    println!(
        "| {:<52} | {:>9} | {:>9} | {:>9} | {:>9} |",
        "", "cold", "peak", "1 changed", "peak"
    );
    println!(
        "|{:-<54}|{:->11}|{:->11}|{:->11}|{:->11}|",
        "", "", "", "", ""
    );
    for (i, name) in names.iter().enumerate() {
        row(name, cold[i], changed[i]);
    }
    row(
        &format!("toolchain, all steps{partial}"),
        their_cold,
        their_changed,
    );
    row(
        &format!("{ours}: build"),
        Some(ours_cold),
        Some(ours_changed),
    );
    let ratio = |o: Measured, t: Option<Measured>| -> (String, String) {
        let Some(t) = t else {
            return ("-".into(), "-".into());
        };
        let mem = match (o.peak_kib, t.peak_kib) {
            (Some(o), Some(t)) => format!("{:.2}x", o as f64 / t as f64),
            _ => "-".into(),
        };
        (format!("{:.2}x", o.secs / t.secs), mem)
    };
    let (cold_time, cold_mem) = ratio(ours_cold, their_cold);
    let (changed_time, changed_mem) = ratio(ours_changed, their_changed);
    println!(
        "| {:<52} | {cold_time:>9} | {cold_mem:>9} | {changed_time:>9} | {changed_mem:>9} |",
        "opcat-press / toolchain"
    ); // The issue's rebuild target compares a rebuild with the toolchain's
    // full (cold) build, not with its own rebuild.
    if let Some(t) = their_cold {
        println!(
            "one chapter changed: opcat-press's rebuild is {:.2}x the toolchain's cold build",
            ours_changed.secs / t.secs
        );
    }
}
