//! `opcat-press serve` run as a person runs it, for the tests that drive
//! it (tests/cli_serve.rs over HTTP, tests/browser.rs in Chromium).
//! Waits are bounded (`WAIT`) and poll; nothing here asserts a speed.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{BIN, copy_dir, repo, tempdir};

/// The longest a test waits for the server to start or to catch up with an
/// edit. Generous: the machines running CI are shared.
pub const WAIT: Duration = Duration::from_secs(60);

/// A copy of the repository's site, to edit freely.
pub fn site_copy() -> tempfile::TempDir {
    let dir = tempdir();
    for part in ["content", "templates", "theme"] {
        copy_dir(&repo().join(part), &dir.path().join(part));
    }
    dir
}

/// `opcat-press serve` running in `dir`; stopped when dropped.
pub struct Server {
    child: Child,
    pub url: String,
    log: Arc<Mutex<String>>,
}

impl Server {
    pub fn start(dir: &Path, args: &[&str]) -> Server {
        let mut child = Command::new(BIN)
            .current_dir(dir)
            .args(["serve", "--output", "public"])
            .args(args)
            .env_remove("CLICOLOR_FORCE")
            .env_remove("NO_COLOR")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start opcat-press serve");
        let log = Arc::new(Mutex::new(String::new()));
        let stderr = child.stderr.take().expect("the server's stderr");
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let mut log = sink.lock().expect("the log");
                log.push_str(&line);
                log.push('\n');
            }
        });
        let mut server = Server {
            child,
            url: String::new(),
            log,
        };
        let line = server.wait_for_line(0, "serving public at ");
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {line:?}"));
        server.url = url.trim_end_matches('/').to_string();
        server
    }

    /// Waits until the first PDFs are typeset and the pages rendered again
    /// with their sizes: nothing more happens until a file changes (but
    /// the search index, which no test here looks at on disk).
    pub fn wait_until_idle(&mut self) {
        let typeset = self.wait_for_line(0, "typeset ");
        let at = self.log().find(&typeset).expect("the line") + typeset.len();
        self.wait_for_line(at, "rebuilt ");
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Waits (bounded) for the server to exit on its own.
    pub fn wait(&mut self) -> std::process::ExitStatus {
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status;
            }
            assert!(
                started.elapsed() < WAIT,
                "serve did not exit:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn log(&self) -> String {
        self.log.lock().expect("the log").clone()
    }

    /// Waits for a line containing `needle` after byte `since` of the log.
    pub fn wait_for_line(&mut self, since: usize, needle: &str) -> String {
        let started = Instant::now();
        loop {
            let log = self.log();
            if let Some(line) = log
                .get(since..)
                .and_then(|rest| rest.lines().find(|l| l.contains(needle)))
            {
                return line.to_string();
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("serve exited ({status}) before printing {needle:?}:\n{log}");
            }
            assert!(
                started.elapsed() < WAIT,
                "serve did not print {needle:?} within {WAIT:?}:\n{log}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn get(&self, path: &str) -> (u16, Vec<u8>) {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(20)))
            .build()
            .into();
        let mut res = agent
            .get(format!("{}{path}", self.url))
            .call()
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let status = res.status().as_u16();
        let body = res
            .body_mut()
            .with_config()
            .limit(64 << 20)
            .read_to_vec()
            .unwrap_or_else(|e| panic!("GET {path}: reading the body: {e}"));
        (status, body)
    }

    pub fn get_text(&self, path: &str) -> (u16, String) {
        let (status, body) = self.get(path);
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    /// Polls `path` until `ok` holds for its text.
    pub fn wait_for_page(&self, path: &str, what: &str, ok: impl Fn(u16, &str) -> bool) -> String {
        let started = Instant::now();
        loop {
            let (status, text) = self.get_text(path);
            if ok(status, &text) {
                return text;
            }
            assert!(
                started.elapsed() < WAIT,
                "{path} did not {what} within {WAIT:?} (last status {status}); the server said:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The first event on the live-reload stream: the build's state.
    pub fn state(&self) -> serde_json::Value {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(20)))
            .build()
            .into();
        let res = agent
            .get(format!("{}/__opcat-press/events", self.url))
            .call()
            .expect("open the event stream");
        let mut lines = BufReader::new(res.into_body().into_reader()).lines();
        let event = lines
            .next()
            .and_then(Result::ok)
            .expect("an event on the stream");
        assert_eq!(event, "event: state");
        let data = lines.next().and_then(Result::ok).expect("the state's data");
        serde_json::from_str(data.strip_prefix("data: ").expect("a data line"))
            .expect("the state is JSON")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read the file to edit");
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write the edited file");
}
