//! The monitoring record at scale: how `opcat-press build` grows with the
//! number of recommendations, their follow-up and the visit figures.
//!
//!     cargo bench --bench record              # up to 10,000 recommendations
//!     cargo bench --bench record -- 2000      # up to 2,000
//!     cargo bench --bench record -- --keep    # keep the generated sites
//!     cargo bench --bench record -- 10000 --site-only   # only write the site, for profiling
//!
//! Generates the synthetic site of the build benchmark (40 member bodies, 20
//! report years, a chapter per body per year) and adds a record to it:
//! recommendations spread over the chapters (one in ten repeating one of
//! the year before), follow-up of most of them in the next years, and a
//! `visits.csv` per year for every body. It builds the same site with the
//! record at a quarter, half and all of the target, each build in a fresh
//! process (the median of three), and prints wall time, peak memory (from
//! `/usr/bin/time -v`) and what each step costs per recommendation added:
//! the same at each step when growth is linear. (The first step also pays
//! once for what any record adds: the vocabularies, visit figures, annexes
//! and the register's filter pages.)

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

mod measure;
mod synthetic;

use measure::{TIME, built_pages, load_average, median, median_kib, memory, timed};

const BODIES: usize = 40;
const YEARS: usize = 20;
const RUNS: usize = 3;
const AUTHORITIES: [&str; 6] = [
    "moj",
    "hmpps",
    "home-office",
    "dhsc",
    "welsh-government",
    "doj-ni",
];
const RESPONSES: [&str; 4] = ["accepted", "partly-accepted", "not-accepted", "no-response"];
const PROGRESS: [&str; 4] = ["none", "insufficient", "reasonable", "good"];

fn main() {
    let target: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(10_000);
    let keep = std::env::args().any(|a| a == "--keep");
    let dir = tempfile::tempdir().unwrap_or_else(|e| {
        eprintln!("error: cannot make a temporary folder: {e}");
        std::process::exit(1);
    });
    if std::env::args().any(|a| a == "--site-only") {
        let site = dir.keep();
        synthetic::generate(&site, BODIES, YEARS);
        let follow_up = add_record(&site.join("content"), target);
        println!(
            "{target} recommendations, {follow_up} follow-up entries in {}",
            site.display()
        );
        return;
    }
    if let Err(e) = run(dir.path(), target) {
        eprintln!("error: {e}\nthe sites are kept in {}", dir.keep().display());
        std::process::exit(1);
    }
    if keep {
        println!("kept {}", dir.keep().display());
    }
}

/// One size of the record, measured.
struct Measured {
    recommendations: usize,
    follow_up: usize,
    pages: usize,
    secs: f64,
    peak_kib: Option<u64>,
}

fn run(root: &Path, target: usize) -> Result<(), String> {
    if !Path::new(TIME).is_file() {
        println!("{TIME} is missing (Debian package `time`): no peak memory");
    }
    println!("load average at the start: {}", load_average());
    let mut rows = Vec::new();
    for n in [0, target / 4, target / 2, target] {
        let site = root.join(format!("record-{n}"));
        synthetic::generate(&site, BODIES, YEARS);
        let follow_up = if n > 0 {
            add_record(&site.join("content"), n)
        } else {
            0
        };
        let m = measure(&site, n, follow_up)?;
        println!(
            "{n:>6} recommendations, {follow_up:>6} follow-up entries: {} pages, {:.2} s, peak {}",
            m.pages,
            m.secs,
            memory(m.peak_kib)
        );
        rows.push(m);
    }
    print_table(&rows);
    Ok(())
}

/// Builds `site` three times, each in a fresh process.
fn measure(site: &Path, recommendations: usize, follow_up: usize) -> Result<Measured, String> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = Path::new(env!("CARGO_BIN_EXE_opcat-press"));
    let args: Vec<PathBuf> = vec![
        "build".into(),
        "--content".into(),
        site.join("content"),
        "--output".into(),
        site.join("public"),
        "--templates".into(),
        repo.join("templates"),
        "--theme".into(),
        repo.join("theme"),
        // Cold builds: every PDF typeset.
        "--no-cache".into(),
    ];
    let mut runs = Vec::new();
    for _ in 0..RUNS {
        let mut cmd = Command::new(bin);
        cmd.args(&args);
        runs.push(timed(&cmd).map_err(|e| format!("opcat-press build: {e}"))?);
    }
    Ok(Measured {
        recommendations,
        follow_up,
        pages: runs
            .iter()
            .find_map(|t| built_pages(&t.stderr))
            .unwrap_or(0),
        secs: median(runs.iter().map(|t| t.secs).collect()),
        peak_kib: median_kib(runs.iter().map(|t| t.peak_kib).collect()),
    })
}

/// The table, with what each step of the record costs per recommendation
/// added (over the row before): the same at each step when growth is
/// linear.
fn print_table(rows: &[Measured]) {
    println!(
        "\n| recommendations | follow-up | pages | build s | peak | ms per added recommendation | KiB per added recommendation |"
    );
    println!("|--:|--:|--:|--:|--:|--:|--:|");
    let mut before: Option<&Measured> = None;
    for r in rows {
        let (ms, kib) = match before {
            Some(b) if r.recommendations > b.recommendations => {
                let n = (r.recommendations - b.recommendations) as f64;
                let kib = match (r.peak_kib, b.peak_kib) {
                    (Some(x), Some(y)) => format!("{:.1}", (x as f64 - y as f64) / n),
                    _ => "n/a".into(),
                };
                (format!("{:.2}", (r.secs - b.secs) * 1000.0 / n), kib)
            }
            _ => ("–".to_string(), "–".to_string()),
        };
        println!(
            "| {} | {} | {} | {:.2} | {} | {ms} | {kib} |",
            r.recommendations,
            r.follow_up,
            r.pages,
            r.secs,
            memory(r.peak_kib)
        );
        before = Some(r);
    }
}

/// Adds `n` recommendations to the synthetic site's chapters, their
/// follow-up in later years, the vocabularies they need and every year's
/// visit figures. Returns the number of follow-up entries.
fn add_record(content: &Path, n: usize) -> usize {
    write_vocabularies(content);
    let years: Vec<(usize, String)> = (0..YEARS)
        .map(|y| (y, format!("{}-{:02}", 2010 + y, (2011 + y) % 100)))
        .collect();
    let per_chapter = n.div_ceil(BODIES * YEARS);
    let mut made = 0;
    let mut ids_by_year: Vec<Vec<String>> = vec![Vec::new(); YEARS];
    for (y, year) in &years {
        for b in 0..BODIES {
            let path = content.join(format!("reports/{year}/m{b}.md"));
            let mut text = fs::read_to_string(&path).expect("a chapter");
            text.push_str("\n## Recommendations\n\n");
            for k in 0..per_chapter {
                if made == n {
                    break;
                }
                let id = format!("m{b}-{year}-{k}");
                let repeats = if *y > 0 && k % 10 == 0 {
                    format!(" repeats=\"m{b}-{}-{k}\"", years[y - 1].1)
                } else {
                    String::new()
                };
                let _ = write!(
                    text,
                    "::: recommendation {{#{id} to=\"{} {}\" settings=\"{}\" nations=\"{}\"{repeats}}}\n\
                     The authority should record each time a person in {} is held apart from others, and review it within a day. \
                     It should publish the figures every quarter.\n:::\n\n",
                    AUTHORITIES[k % AUTHORITIES.len()],
                    AUTHORITIES[(k + b) % AUTHORITIES.len()],
                    synthetic::SETTINGS[(b + k) % synthetic::SETTINGS.len()],
                    synthetic::NATIONS[b % 4],
                    synthetic::SETTINGS[(b + k) % synthetic::SETTINGS.len()],
                );
                ids_by_year[*y].push(id);
                made += 1;
            }
            synthetic::write(&path, &text);
        }
        write_visits(content, year);
    }
    write_follow_up(content, &years, &ids_by_year)
}

fn write_vocabularies(content: &Path) {
    let mut authorities = String::new();
    for a in AUTHORITIES {
        let _ = writeln!(
            authorities,
            "[[authority]]\nid = \"{a}\"\nname = \"Authority {a}\"\nsource = [\"src\"]\n"
        );
    }
    synthetic::write(&content.join("registry/authorities.toml"), &authorities);
    let mut scales = String::new();
    for r in RESPONSES {
        let _ = writeln!(
            scales,
            "[[response]]\nid = \"{r}\"\nname = \"Response {r}\"\n"
        );
    }
    for p in PROGRESS {
        let _ = writeln!(
            scales,
            "[[progress]]\nid = \"{p}\"\nname = \"Progress {p}\"\n"
        );
    }
    synthetic::write(&content.join("registry/follow-up.toml"), &scales);
}

/// Every body's visits to each setting it covers, in its nation.
fn write_visits(content: &Path, year: &str) {
    let mut csv = String::from("body,setting,nation,visits,announced,unannounced,source\n");
    for b in 0..BODIES {
        for (i, s) in synthetic::SETTINGS.iter().enumerate() {
            let visits = 5 + (b * 7 + i * 3) % 40;
            let announced = visits / 3;
            let _ = writeln!(
                csv,
                "m{b},{s},{},{visits},{announced},{},src",
                synthetic::NATIONS[b % 4],
                visits - announced
            );
        }
    }
    synthetic::write(&content.join(format!("reports/{year}/visits.csv")), &csv);
}

/// A response the next year for nine recommendations in ten, and progress
/// the year after for half of them.
fn write_follow_up(content: &Path, years: &[(usize, String)], ids: &[Vec<String>]) -> usize {
    let mut count = 0;
    let mut files: Vec<String> = vec![String::new(); years.len()];
    for (y, made) in ids.iter().enumerate() {
        for (k, id) in made.iter().enumerate() {
            if let Some(file) = files.get_mut(y + 1).filter(|_| k % 10 != 9) {
                let _ = writeln!(
                    file,
                    "[[follow_up]]\nrecommendation = \"{id}\"\ndate = {}-06-01\nresponse = \"{}\"\nsource = [\"src\"]\n",
                    2011 + y,
                    RESPONSES[k % RESPONSES.len()]
                );
                count += 1;
            }
            if let Some(file) = files.get_mut(y + 2).filter(|_| k % 2 == 0) {
                let _ = writeln!(
                    file,
                    "[[follow_up]]\nrecommendation = \"{id}\"\ndate = {}-09-01\nprogress = \"{}\"\nsource = [\"src\"]\n",
                    2012 + y,
                    PROGRESS[k % PROGRESS.len()]
                );
                count += 1;
            }
        }
    }
    for ((_, year), text) in years.iter().zip(files) {
        if !text.is_empty() {
            synthetic::write(
                &content.join(format!("reports/{year}/follow-up.toml")),
                &text,
            );
        }
    }
    count
}
