//! Measuring whole commands for the benchmarks: wall time and peak memory
//! (from `/usr/bin/time -v`, Debian's `time`, when it is installed), and
//! what `opcat-press build` says it built.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

pub const TIME: &str = "/usr/bin/time";

/// A process's wall time, peak memory and what it printed on stderr.
pub struct Timed {
    pub secs: f64,
    pub peak_kib: Option<u64>,
    pub stderr: String,
}

/// Runs `cmd` to its end under `/usr/bin/time -v` when it is installed.
pub fn timed(cmd: &Command) -> Result<Timed, String> {
    let with_time = Path::new(TIME).is_file();
    let mut run = if with_time {
        let mut c = Command::new(TIME);
        c.arg("-v").arg(cmd.get_program()).args(cmd.get_args());
        c
    } else {
        let mut c = Command::new(cmd.get_program());
        c.args(cmd.get_args());
        c
    };
    let program = cmd.get_program().to_string_lossy().into_owned();
    let t = Instant::now();
    let out = run
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    let secs = t.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if !out.status.success() {
        let tail: Vec<&str> = stderr.lines().rev().take(30).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(format!(
            "{program} failed ({}):\n{}",
            out.status,
            tail.join("\n")
        ));
    }
    let peak_kib = stderr.lines().find_map(|l| {
        l.trim()
            .strip_prefix("Maximum resident set size (kbytes):")?
            .trim()
            .parse()
            .ok()
    });
    Ok(Timed {
        secs,
        peak_kib,
        stderr,
    })
}

/// The page count in `build`'s "built N pages and M PDF(s) ..." line.
pub fn built_pages(stderr: &str) -> Option<usize> {
    stderr.lines().find_map(|l| {
        l.strip_prefix("built ")?
            .split_whitespace()
            .next()?
            .parse()
            .ok()
    })
}

pub fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

pub fn median_kib(v: Vec<Option<u64>>) -> Option<u64> {
    let mut v: Vec<u64> = v.into_iter().collect::<Option<_>>()?;
    v.sort_unstable();
    v.get(v.len() / 2).copied()
}

pub fn memory(kib: Option<u64>) -> String {
    match kib {
        Some(k) if k >= 1 << 20 => format!("{:.2} GiB", k as f64 / f64::from(1 << 20)),
        Some(k) => format!("{:.0} MiB", k as f64 / 1024.0),
        None => "n/a".into(),
    }
}

/// The 1, 5 and 15-minute load averages: another build on the machine shows here.
pub fn load_average() -> String {
    fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}
