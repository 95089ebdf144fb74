//! Other tools the benchmarks compare against, installed from their
//! registries into folders of their own under the target folder, once.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A Python virtual environment named `name` under the target folder with
/// `packages` (pinned, from PyPI) installed: its `python`. Made again when
/// `probe`, a line of Python, fails in it (a first run, or a venv whose
/// Python moved).
pub fn python_venv(name: &str, packages: &[&str], probe: &str) -> Result<PathBuf, String> {
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let python = venv.join("bin/python");
    let works = |python: &Path| {
        Command::new(python)
            .args(["-c", probe])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if works(&python) {
        return Ok(python);
    }
    let _ = std::fs::remove_dir_all(&venv);
    run(
        Command::new("python3").args(["-m", "venv"]).arg(&venv),
        "python3 -m venv (Python 3 with venv: `apt-get install python3-venv`)",
    )?;
    run(
        Command::new(venv.join("bin/pip"))
            .args(["install", "--quiet", "--disable-pip-version-check"])
            .args(packages),
        &format!("pip install {} (from PyPI)", packages.join(" ")),
    )?;
    if works(&python) {
        Ok(python)
    } else {
        Err(format!(
            "{} is not importable after pip install",
            packages.join(", ")
        ))
    }
}

/// Runs `cmd` to its end; its stderr in the error when it fails.
pub fn run(cmd: &mut Command, what: &str) -> Result<(), String> {
    let out = cmd.output().map_err(|e| format!("{what}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{what}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}
