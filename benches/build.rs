//! Build benchmark on a synthetic site, against Hugo on the same pages.
//!
//!     cargo bench --bench build              # about 1,000 pages
//!     cargo bench --bench build -- 10000     # about 10,000 pages
//!     cargo bench --bench build -- --keep    # keep the generated sites
//!     cargo bench --bench build -- 10000 --site-only   # only write the site, for profiling
//!
//! Generates a realistic site (member bodies with coverage, report years of
//! ~1,000-word chapters with tables and footnotes) in a temporary folder,
//! then, with the real binary, each in a fresh process:
//!
//! 1. builds it three times: wall time, pages per second, peak memory (from
//!    `/usr/bin/time -v`, Debian's `time`) and PDF pages per second (from
//!    poppler's `pdfinfo`);
//! 2. serves it (`serve --port 0`): its first build is HTML only, the search
//!    index and PDFs following on a thread of their own, so the time until
//!    it serves is the HTML-only build (`build` has no HTML-only switch);
//! 3. appends a sentence to a chapter five times, and times each until a
//!    fetch of the chapter's page returns it, with the server's own
//!    "updated <page> in X ms" (the chapter shown first) and "rebuilt N
//!    pages in X ms" (the rest of the site, after it);
//! 4. writes the same pages as a Hugo site (the same chapter Markdown, body
//!    pages, a listing per year; minimal layouts) and builds it three times
//!    with `hugo --quiet`, as opcat-press writes its pages (not minified),
//!    and three more with `--minify`, to compare with the README's figures
//!    from before 2026-12-05, when opcat-press minified its pages; Zola
//!    likewise when a `zola` binary is on the PATH;
//! 5. prints one table, with the ratios to Hugo and the targets.

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

mod measure;
mod output;
mod peers;
mod synthetic;

use measure::{TIME, built_pages, load_average, median, median_kib, memory, timed};
use output::{html_files, pdf_pages};

/// Builds timed for each tool; the median is reported.
const RUNS: usize = 3;
/// Chapter edits timed in `serve`; the minimum and median are reported.
const EDITS: usize = 5;

fn main() {
    // `cargo bench` passes `--bench`; the first number is the target page count.
    let target: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000);
    let keep = std::env::args().any(|a| a == "--keep");
    let dir = tempfile::tempdir().unwrap_or_else(|e| {
        eprintln!("error: cannot make a temporary folder: {e}");
        std::process::exit(1);
    });
    if std::env::args().any(|a| a == "--site-only") {
        let bodies = 40;
        let pages = synthetic::generate(dir.path(), bodies, (target / (bodies + 2)).max(1));
        println!("about {pages} pages in {}", dir.keep().display());
        return;
    }
    match run(dir.path(), target) {
        Ok(()) if keep => println!("kept {}", dir.keep().display()),
        Ok(()) => {}
        Err(e) => {
            eprintln!("error: {e}\nthe sites are kept in {}", dir.keep().display());
            std::process::exit(1);
        }
    }
}

/// One tool's measured builds.
struct Row {
    tool: String,
    pages: usize,
    secs: f64,
    peak_kib: Option<u64>,
}

fn run(root: &Path, target: usize) -> Result<(), String> {
    let bodies = 40;
    let years = (target / (bodies + 2)).max(1);
    let generated = synthetic::generate(root, bodies, years);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = Path::new(env!("CARGO_BIN_EXE_opcat-press"));
    let content = root.join("content");
    let public = root.join("public");
    println!(
        "synthetic site: about {generated} pages ({bodies} bodies, {years} report years, one PDF each) in {}",
        root.display()
    );
    println!("load average at the start: {}", load_average());
    if !Path::new(TIME).is_file() {
        println!("{TIME} is missing (Debian package `time`): no peak memory");
    }
    let site_args = |output: &Path| -> Vec<PathBuf> {
        vec![
            "--content".into(),
            content.clone(),
            "--output".into(),
            output.to_path_buf(),
            "--templates".into(),
            repo.join("templates"),
            "--theme".into(),
            repo.join("theme"),
        ]
    };

    // 1. Full builds.
    let mut builds = Vec::new();
    let mut pages = generated;
    for run in 0..RUNS {
        let mut cmd = Command::new(bin);
        // Cold: every PDF typeset (the build cache is measured below).
        cmd.arg("build").args(site_args(&public)).arg("--no-cache");
        let t = timed(&cmd).map_err(|e| format!("opcat-press build: {e}"))?;
        pages = built_pages(&t.stderr).unwrap_or(pages);
        println!(
            "opcat-press build, run {run}: {:.2} s, {:.0} pages/s, peak {}",
            t.secs,
            pages as f64 / t.secs,
            memory(t.peak_kib)
        );
        builds.push(t);
    }
    let full = Row {
        tool: "opcat-press build (HTML + search + PDF)".into(),
        pages,
        secs: median(builds.iter().map(|t| t.secs).collect()),
        peak_kib: median_kib(builds.iter().map(|t| t.peak_kib).collect()),
    };
    println!(
        "median full build: {:.2} s, {:.0} pages/s, peak {}",
        full.secs,
        pages as f64 / full.secs,
        memory(full.peak_kib)
    );
    match pdf_pages(&public).map(|(_, pages)| pages) {
        Some(n) => println!(
            "PDF pages: {n} ({:.0} PDF pages/s, whole build)",
            n as f64 / full.secs
        ),
        None => {
            println!("PDF pages: not counted (pdfinfo, Debian package poppler-utils, is missing)")
        }
    }
    let rebuild =
        rebuild_after_one_change(bin, &site_args(&public), &root.join("cache"), &content)?;
    println!(
        "rebuild after one chapter changed (build cache): {:.2} s ({:.2}x the full build), peak {}",
        rebuild.secs,
        rebuild.secs / full.secs,
        memory(rebuild.peak_kib)
    );
    let html = html_files(&public)?;
    let hugo_dir = root.join("hugo");
    let expected = peers::write_hugo(&hugo_dir, &content, &html)?;

    // 2 and 3. serve: the HTML-only first build, then chapter edits.
    let mid = years / 2;
    let year = format!("{}-{:02}", 2010 + mid, (2011 + mid) % 100);
    let mut cmd = Command::new(bin);
    cmd.arg("serve")
        .args(["--port", "0"])
        .args(site_args(&root.join("serve-public")));
    let serve = measure_serve(cmd, &content, &year, bodies)?;
    let html_only = Row {
        tool: "opcat-press serve, first build (HTML only)".into(),
        pages: serve.pages.unwrap_or(pages),
        secs: serve.first_wall,
        peak_kib: None,
    };

    // 4. Peers on the same pages (the Hugo site was written before the edits).
    // Hugo as it builds by default, which does not minify (nor does
    // opcat-press), and with --minify, as opcat-press did before 2026-12-05.
    let hugo_version = tool_version("hugo", &["version"]);
    let hugo = match &hugo_version {
        Some(version) => Some(measure_peer(
            &format!("Hugo {version}"),
            &["hugo"],
            &hugo_dir,
            &root.join("hugo-public"),
            expected,
        )?),
        None => {
            println!(
                "Hugo: not measured, no `hugo` on the PATH (Debian package hugo: apt-get install -y hugo)"
            );
            None
        }
    };
    let hugo_minify = match &hugo_version {
        Some(version) => Some(measure_peer(
            &format!("Hugo {version} --minify"),
            &["hugo", "--minify"],
            &hugo_dir,
            &root.join("hugo-public"),
            expected,
        )?),
        None => None,
    };
    let zola = match tool_version("zola", &["--version"]) {
        Some(version) => format!(
            "{version} is on the PATH, but not measured: this benchmark writes no Zola site yet \
             (no zola could be had to test one against when it was written)"
        ),
        None => "not available: no `zola` on the PATH, and none to install from the registries \
                 this machine reaches (it is not published on crates.io, where `cargo install zola` \
                 finds no such crate, nor packaged in Debian 12, PyPI or npm)"
            .into(),
    };
    println!("Zola: {zola}");
    println!("load average at the end: {}", load_average());

    // 5. The table and the targets.
    let rows: Vec<&Row> = [
        Some(&full),
        Some(&html_only),
        hugo.as_ref(),
        hugo_minify.as_ref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    print_table(&rows, hugo.as_ref(), &zola);
    print_serve(&serve);
    print_targets(&full, &html_only, hugo.as_ref(), &serve);
    Ok(())
}

/// What `serve` showed.
struct Serve {
    /// From starting the process to its "serving" line.
    first_wall: f64,
    /// Its own time for the first build, from "built N pages in X ms".
    first_ms: Option<u64>,
    pages: Option<usize>,
    /// From the start of each chapter save to a fetch showing it.
    visible_ms: Vec<f64>,
    /// Its own "rebuilt N pages in X ms" for each save.
    rebuilt_ms: Vec<u64>,
    /// Its own "updated <page> in X ms", for each save where the chapter
    /// was shown before the rest was rebuilt.
    shown_ms: Vec<u64>,
}

/// The server's stderr, line by line, with when each arrived.
struct Lines {
    rx: Receiver<(Instant, String)>,
    seen: Vec<String>,
}

impl Lines {
    /// Waits for a line starting with `prefix`; `None` after `timeout`.
    fn until(
        &mut self,
        prefix: &str,
        timeout: Duration,
    ) -> Result<Option<(Instant, String)>, String> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok((at, line)) => {
                    self.seen.push(line.clone());
                    if line.starts_with("error")
                        || line.starts_with("build failed")
                        || line.starts_with("a PDF failed")
                    {
                        return Err(format!("serve: {}", self.seen.join("\n")));
                    }
                    if line.starts_with(prefix) {
                        return Ok(Some((at, line)));
                    }
                }
                Err(RecvTimeoutError::Timeout) => return Ok(None),
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(format!("serve stopped:\n{}", self.seen.join("\n")));
                }
            }
        }
    }

    fn must(&mut self, prefix: &str, timeout: Duration) -> Result<(Instant, String), String> {
        self.until(prefix, timeout)?.ok_or_else(|| {
            format!(
                "serve printed no \"{prefix}...\" line within {} s; it printed:\n{}",
                timeout.as_secs(),
                self.seen.join("\n")
            )
        })
    }

    /// Waits until the search index and PDFs are done: "typeset N PDF(s)",
    /// then the "rebuilt" that follows when the PDFs' sizes changed, then
    /// until `pid` uses no more CPU (that rebuild indexes the pages again,
    /// silently).
    fn idle(&mut self, pid: u32, rebuild_ms: u64) -> Result<(), String> {
        self.must("typeset ", Duration::from_secs(3_600))?;
        let wait = Duration::from_millis((rebuild_ms * 5).max(2_000));
        self.until("rebuilt ", wait)?;
        let mut last = cpu_ticks(pid)?;
        let mut quiet = 0;
        // Three quiet 100 ms intervals in a row (at most one clock tick each).
        while quiet < 3 {
            std::thread::sleep(Duration::from_millis(100));
            let now = cpu_ticks(pid)?;
            quiet = if now - last <= 1 { quiet + 1 } else { 0 };
            last = now;
        }
        self.rx
            .try_iter()
            .for_each(|(_, line)| self.seen.push(line));
        Ok(())
    }
}

/// The CPU time `pid` has used, in clock ticks (user and system, from
/// /proc/PID/stat).
fn cpu_ticks(pid: u32) -> Result<u64, String> {
    let path = format!("/proc/{pid}/stat");
    let stat = fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
    // Fields after the command's closing parenthesis start at field 3;
    // utime and stime are fields 14 and 15.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let field = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok());
    match (field(11), field(12)) {
        (Some(user), Some(system)) => Ok(user + system),
        _ => Err(format!("unexpected {path}: {stat}")),
    }
}

/// The `serve` process, stopped when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn measure_serve(
    mut cmd: Command,
    content: &Path,
    year: &str,
    bodies: usize,
) -> Result<Serve, String> {
    let started = Instant::now();
    let mut server = Server(
        cmd.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start opcat-press serve: {e}"))?,
    );
    let stderr = server
        .0
        .stderr
        .take()
        .ok_or("serve's stderr is not piped")?;
    let pid = server.0.id();
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            if tx.send((Instant::now(), line)).is_err() {
                break;
            }
        }
    });
    let mut lines = Lines {
        rx,
        seen: Vec::new(),
    };
    // "built N pages in X ms; the search index and M PDF(s) follow"
    let (_, built) = lines.must("built ", Duration::from_secs(3_600))?;
    let first_ms = number_after(&built, " in ");
    let pages = built_pages(&built);
    // "serving DIR at http://127.0.0.1:PORT/ (Ctrl-C to stop)"
    let (at, serving) = lines.must("serving ", Duration::from_secs(60))?;
    let first_wall = (at - started).as_secs_f64();
    let port: u16 = serving
        .split("http://127.0.0.1:")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .and_then(|p| p.parse().ok())
        .ok_or_else(|| format!("no port in serve's line {serving:?}"))?;
    println!(
        "serve: first build (HTML only) {} pages in {} ms by its own count, serving on port {port} after {first_wall:.2} s",
        pages.map_or("?".into(), |n| n.to_string()),
        first_ms.map_or("?".into(), |n| n.to_string()),
    );
    lines.idle(pid, first_ms.unwrap_or(0))?;
    println!(
        "serve: search index and PDFs done after {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let mut visible_ms = Vec::new();
    let mut rebuilt_ms = Vec::new();
    let mut shown_ms = Vec::new();
    for edit in 0..EDITS {
        let seen_before = lines.seen.len();
        let chapter = format!("m{}", (edit + 1) % bodies);
        let file = content
            .join("reports")
            .join(year)
            .join(format!("{chapter}.md"));
        let url = format!("/reports/{year}/{chapter}/");
        let sentence = format!("Benchmark edit {edit} appended this sentence to {chapter}.");
        let t = Instant::now();
        fs::OpenOptions::new()
            .append(true)
            .open(&file)
            .and_then(|mut f| f.write_all(format!("\n{sentence}\n").as_bytes()))
            .map_err(|e| format!("cannot edit {}: {e}", file.display()))?;
        let visible = loop {
            if get(port, &url).is_ok_and(|page| page.contains(&sentence)) {
                break t.elapsed();
            }
            if t.elapsed() > Duration::from_secs(120) {
                return Err(format!(
                    "{url} did not show the edit within 120 s; serve printed:\n{}",
                    lines.seen.join("\n")
                ));
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        let (_, rebuilt) = lines.must("rebuilt ", Duration::from_secs(600))?;
        let ms = number_after(&rebuilt, " in ").unwrap_or(0);
        let shown = lines.seen[seen_before..]
            .iter()
            .find(|l| l.starts_with("updated "))
            .cloned();
        shown_ms.extend(shown.as_deref().and_then(|l| number_after(l, " in ")));
        lines.idle(pid, ms)?;
        println!(
            "serve: edit {edit} ({year}/{chapter}.md) visible after {:.0} ms; server: {}{rebuilt}; \
             idle again (search index, PDF) after {:.1} s",
            visible.as_secs_f64() * 1e3,
            shown.map_or(String::new(), |l| format!("{l}, then ")),
            t.elapsed().as_secs_f64()
        );
        visible_ms.push(visible.as_secs_f64() * 1e3);
        rebuilt_ms.push(ms);
    }
    drop(server);
    Ok(Serve {
        first_wall,
        first_ms,
        pages,
        visible_ms,
        rebuilt_ms,
        shown_ms,
    })
}

/// The number after the first `marker` in `line` ("... in 33 ms" -> 33).
fn number_after(line: &str, marker: &str) -> Option<u64> {
    line.split_once(marker)?
        .1
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// The whole response to a plain HTTP/1.1 GET of `path` on 127.0.0.1.
fn get(port: u16, path: &str) -> std::io::Result<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response)?;
    let response = String::from_utf8_lossy(&response).into_owned();
    if response.starts_with("HTTP/1.1 200") {
        Ok(response)
    } else {
        Err(std::io::Error::other(
            response.lines().next().unwrap_or_default().to_string(),
        ))
    }
}

/// A peer's version, or `None` when it is not on the PATH.
fn tool_version(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let version = text.split_whitespace().nth(1)?;
    out.status.success().then(|| version.to_string())
}

/// Builds a peer's site `RUNS` times into a fresh `out` each time.
fn measure_peer(
    tool: &str,
    command: &[&str],
    site: &Path,
    out: &Path,
    expected: usize,
) -> Result<Row, String> {
    let mut runs = Vec::new();
    let mut pages = 0;
    for run in 0..RUNS {
        if out.exists() {
            fs::remove_dir_all(out).map_err(|e| format!("cannot empty {}: {e}", out.display()))?;
        }
        let mut cmd = Command::new(command[0]);
        cmd.args(&command[1..])
            .arg("--quiet")
            .arg("-s")
            .arg(site)
            .arg("-d")
            .arg(out);
        let t = timed(&cmd).map_err(|e| format!("{tool}: {e}"))?;
        pages = html_files(out)?.len();
        println!(
            "{tool}, run {run}: {:.2} s, {:.0} pages/s, peak {}",
            t.secs,
            pages as f64 / t.secs,
            memory(t.peak_kib)
        );
        runs.push(t);
    }
    if pages != expected {
        println!("{tool} wrote {pages} HTML pages where {expected} were expected");
    }
    Ok(Row {
        tool: tool.to_string(),
        pages,
        secs: median(runs.iter().map(|t| t.secs).collect()),
        peak_kib: median_kib(runs.iter().map(|t| t.peak_kib).collect()),
    })
}

fn print_table(rows: &[&Row], hugo: Option<&Row>, zola: &str) {
    println!();
    println!(
        "| {:<42} | {:>6} | {:>9} | {:>11} | {:>11} | {:>13} |",
        "tool", "pages", "wall time", "peak memory", "time / Hugo", "memory / Hugo"
    );
    println!(
        "|{:-<44}|{:->8}|{:->11}|{:->13}|{:->13}|{:->15}|",
        "", "", "", "", "", ""
    );
    for row in rows {
        let time_ratio = hugo.map_or("-".into(), |h| format!("{:.2}x", row.secs / h.secs));
        let mem_ratio = match (row.peak_kib, hugo.and_then(|h| h.peak_kib)) {
            (Some(m), Some(h)) => format!("{:.2}x", m as f64 / h as f64),
            _ => "-".into(),
        };
        println!(
            "| {:<42} | {:>6} | {:>7.2} s | {:>11} | {:>11} | {:>13} |",
            row.tool,
            row.pages,
            row.secs,
            memory(row.peak_kib),
            time_ratio,
            mem_ratio
        );
    }
    if zola.starts_with("not available") {
        println!(
            "| {:<42} | {:>6} | {:>9} | {:>11} | {:>11} | {:>13} |",
            "Zola: not available", "-", "-", "-", "-", "-"
        );
    }
}

fn print_serve(serve: &Serve) {
    let visible = serve.visible_ms.clone();
    let rebuilt: Vec<f64> = serve.rebuilt_ms.iter().map(|&m| m as f64).collect();
    let shown: Vec<f64> = serve.shown_ms.iter().map(|&m| m as f64).collect();
    if !shown.is_empty() {
        println!(
            "serve: the chapter was shown before the rest was rebuilt after {} of {} edits; \
             server's own \"updated\" min {:.0} ms, median {:.0} ms",
            shown.len(),
            serve.visible_ms.len(),
            min(&shown),
            median(shown.clone())
        );
    }
    println!(
        "serve, {} chapter edits: visible after min {:.0} ms, median {:.0} ms; \
         server's own \"rebuilt\" min {:.0} ms, median {:.0} ms; first build {} ms by its own count",
        visible.len(),
        min(&visible),
        median(visible.clone()),
        min(&rebuilt),
        median(rebuilt.clone()),
        serve.first_ms.map_or("?".into(), |n| n.to_string())
    );
}

fn print_targets(full: &Row, html_only: &Row, hugo: Option<&Row>, serve: &Serve) {
    let verdict = |ok: bool| if ok { "met" } else { "NOT met" };
    let at = if full.pages >= 10_000 {
        String::new()
    } else {
        format!(" (stated for 10,000 pages; this run has {})", full.pages)
    };
    println!();
    println!("targets (issue 6):");
    match hugo {
        Some(h) => {
            let full_ratio = full.secs / h.secs;
            let html_ratio = html_only.secs / h.secs;
            println!(
                "- wall time at most 0.4x Hugo's{at}: full build {full_ratio:.2}x ({}), HTML only {html_ratio:.2}x ({})",
                verdict(full_ratio <= 0.4),
                verdict(html_ratio <= 0.4)
            );
            match (full.peak_kib, h.peak_kib) {
                (Some(m), Some(hm)) => {
                    let r = m as f64 / hm as f64;
                    println!(
                        "- peak memory at most 0.2x Hugo's{at}: full build {r:.2}x ({})",
                        verdict(r <= 0.2)
                    );
                }
                _ => println!("- peak memory at most 0.2x Hugo's: not measured ({TIME} missing)"),
            }
        }
        None => {
            println!("- at most 0.4x Hugo's wall time and 0.2x its peak memory: Hugo not measured")
        }
    }
    println!(
        "- growth linear (10x pages cost at most ~10x time): this run builds {:.0} pages/s (full) and \
         {:.0} pages/s (HTML only); compare with a run at the other size",
        full.pages as f64 / full.secs,
        html_only.pages as f64 / html_only.secs
    );
    let med = median(serve.visible_ms.clone());
    println!(
        "- edited chapter visible in serve within 200 ms: median {med:.0} ms ({})",
        verdict(med <= 200.0)
    );
}

fn min(v: &[f64]) -> f64 {
    v.iter().copied().fold(f64::INFINITY, f64::min)
}

/// A build that fills the build cache, one chapter changed, then the build
/// timed: only that chapter's year is typeset again.
fn rebuild_after_one_change(
    bin: &Path,
    site_args: &[PathBuf],
    cache: &Path,
    content: &Path,
) -> Result<measure::Timed, String> {
    let mut cmd = Command::new(bin);
    cmd.arg("build")
        .args(site_args)
        .arg("--cache-dir")
        .arg(cache);
    timed(&cmd).map_err(|e| format!("opcat-press build: {e}"))?;
    let reports = content.join("reports");
    let mut years: Vec<PathBuf> = std::fs::read_dir(&reports)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    years.sort();
    let year = years.get(years.len() / 2).ok_or("no report year")?;
    let mut chapters: Vec<PathBuf> = std::fs::read_dir(year)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    chapters.sort();
    let chapter = chapters.first().ok_or("no chapter")?;
    let text = std::fs::read_to_string(chapter).map_err(|e| e.to_string())?;
    std::fs::write(
        chapter,
        format!("{text}\nOne sentence added for the rebuild.\n"),
    )
    .map_err(|e| e.to_string())?;
    timed(&cmd).map_err(|e| format!("opcat-press build: {e}"))
}
