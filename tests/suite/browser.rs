//! The site in a real browser: Debian's Chromium, driven by playwright-core
//! from the scripts in tests/browser/, over the repository's content/ built
//! once and served over HTTP from a small server inside this test. The site
//! is served under a sub-path (`/npm-site/`), as a host may do, so the
//! scripts also check that nothing assumes the site is at the server's root.
//!
//! What the scripts expect is computed here from content/ (bodies, coverage,
//! membership on a date, a chapter's words) and handed to them as JSON.
//!
//! Tools: Node.js (`node` on PATH), playwright-core (installed by this test
//! from tests/browser/package-lock.json with `npm ci` when missing) and
//! Chromium (`$CHROMIUM`, or Debian's `/usr/bin/chromium`, which the test
//! installs with apt-get when it can). A tool that is missing and cannot be
//! installed fails the test with what to install; nothing is skipped, and no
//! browser is ever downloaded.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::common::*;
use serde_json::{Value, json};

/// Where the test server mounts the site.
pub(crate) const MOUNT: &str = "/npm-site/";

/// How long one script may run before it is stopped.
const SCRIPT_TIMEOUT: Duration = Duration::from_secs(240);

/// focus.mjs presses Tab about 6,000 times on the UK site (about 80 s on an
/// idle 2-core machine); other tests run beside it.
const FOCUS_TIMEOUT: Duration = Duration::from_secs(600);

fn site() -> &'static Path {
    uk_site("opcat-press-browser-")
}

fn content() -> PathBuf {
    uk_content()
}

fn registry() -> &'static RegistryData {
    uk_registry()
}

pub(crate) fn browser_dir() -> PathBuf {
    repo().join("tests").join("browser")
}

// ---------------------------------------------------------------------------
// A small static file server
// ---------------------------------------------------------------------------

/// `http://127.0.0.1:<port>` of the server, started once per test binary.
fn origin() -> &'static str {
    static ORIGIN: OnceLock<String> = OnceLock::new();
    ORIGIN.get_or_init(|| serve(site().to_path_buf()))
}

/// The site's address: `http://127.0.0.1:<port>/npm-site/`.
fn base_url() -> String {
    format!("{}{MOUNT}", origin())
}

/// Serves `root` under [`MOUNT`] on a free port of 127.0.0.1 from a thread
/// (one more thread per connection); returns `http://127.0.0.1:<port>`.
pub(crate) fn serve(root: PathBuf) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a port on 127.0.0.1");
    let port = listener.local_addr().expect("the server's address").port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || {
                // A client that went away is not the server's problem.
                let _ = handle(stream, &root);
            });
        }
    });
    format!("http://127.0.0.1:{port}")
}

struct Response {
    status: u16,
    reason: &'static str,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

fn handle(mut stream: TcpStream, root: &Path) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read (and ignore) the headers, up to a sane size.
    let mut header_bytes = 0;
    loop {
        let mut line = String::new();
        let n = reader.read_line(&mut line)?;
        header_bytes += n;
        if n == 0 || line == "\r\n" || line == "\n" || header_bytes > 64 * 1024 {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let response = respond(method, target, root);
    let mut head = format!("HTTP/1.1 {} {}\r\n", response.status, response.reason);
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        response.body.len()
    ));
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&response.body)?;
    }
    stream.flush()
}

fn respond(method: &str, target: &str, root: &Path) -> Response {
    let plain = |status, reason, text: &str| Response {
        status,
        reason,
        headers: vec![("Content-Type", "text/plain; charset=utf-8".to_string())],
        body: text.as_bytes().to_vec(),
    };
    if method != "GET" && method != "HEAD" {
        let mut r = plain(405, "Method Not Allowed", "only GET and HEAD\n");
        r.headers.push(("Allow", "GET, HEAD".to_string()));
        return r;
    }
    let path = target.split(['?', '#']).next().unwrap_or("");
    let Some(path) = percent_decode(path) else {
        return plain(400, "Bad Request", "bad percent-encoding\n");
    };
    let segments: Vec<&str> = path.split('/').collect();
    if !path.starts_with('/')
        || segments
            .iter()
            .any(|s| *s == ".." || *s == "." || s.contains(['\\', '\0']))
    {
        return plain(400, "Bad Request", "bad path\n");
    }
    let not_found = || match std::fs::read(root.join("404.html")) {
        Ok(body) => Response {
            status: 404,
            reason: "Not Found",
            headers: vec![("Content-Type", "text/html; charset=utf-8".to_string())],
            body,
        },
        Err(_) => plain(404, "Not Found", "not found\n"),
    };
    let Some(rel) = path.strip_prefix(MOUNT) else {
        // `/npm-site` itself: the folder, without its slash.
        return if format!("{path}/") == MOUNT {
            redirect(MOUNT)
        } else {
            not_found()
        };
    };
    let mut file = root.to_path_buf();
    file.extend(rel.split('/').filter(|s| !s.is_empty()));
    if file.is_dir() {
        if !path.ends_with('/') {
            return redirect(&format!("{path}/"));
        }
        file.push("index.html");
    }
    match std::fs::read(&file) {
        Ok(body) => Response {
            status: 200,
            reason: "OK",
            headers: vec![("Content-Type", content_type(&file).to_string())],
            body,
        },
        Err(_) => not_found(),
    }
}

fn redirect(location: &str) -> Response {
    Response {
        status: 301,
        reason: "Moved Permanently",
        headers: vec![
            ("Location", location.to_string()),
            ("Content-Type", "text/plain; charset=utf-8".to_string()),
        ],
        body: format!("see {location}\n").into_bytes(),
    }
}

fn content_type(file: &Path) -> &'static str {
    let ext = file
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "wasm" => "application/wasm",
        "pdf" => "application/pdf",
        "xml" => "application/xml",
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        _ => "application/octet-stream",
    }
}

/// `%2F` → `/`; `None` when the result is not UTF-8 or an escape is broken.
fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = b.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// One raw HTTP/1.1 exchange with the test server: (status, headers, body).
fn http(method: &str, path: &str) -> (u16, String, Vec<u8>) {
    let addr = origin().trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).expect("connect to the test server");
    write!(stream, "{method} {path} HTTP/1.1\r\nHost: {addr}\r\n\r\n").expect("send a request");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read the response");
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a response head");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {head:?}"));
    (status, head, raw[split + 4..].to_vec())
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|l| {
        let (n, v) = l.split_once(':')?;
        n.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

#[test]
fn the_test_server_serves_the_built_site() {
    let (status, head, body) = http("GET", MOUNT);
    assert_eq!(status, 200, "{head}");
    assert_eq!(
        header(&head, "Content-Type"),
        Some("text/html; charset=utf-8")
    );
    let home = std::fs::read(site().join("index.html")).expect("read index.html");
    assert_eq!(body, home, "GET {MOUNT} is the home page");
    assert_eq!(
        header(&head, "Content-Length"),
        Some(home.len().to_string().as_str())
    );

    let (status, head, body) = http("HEAD", &format!("{MOUNT}css/site.css?v=1"));
    assert_eq!(status, 200, "{head}");
    assert_eq!(
        header(&head, "Content-Type"),
        Some("text/css; charset=utf-8")
    );
    assert!(body.is_empty(), "HEAD sends no body");

    let (status, head, _) = http("GET", &format!("{MOUNT}favicon.svg"));
    assert_eq!(
        (status, header(&head, "Content-Type")),
        (200, Some("image/svg+xml"))
    );

    let (status, head, _) = http("GET", &format!("{MOUNT}registry"));
    assert_eq!(status, 301, "{head}");
    assert_eq!(header(&head, "Location"), Some("/npm-site/registry/"));

    let not_found = std::fs::read(site().join("404.html")).expect("read 404.html");
    for missing in [
        format!("{MOUNT}no-such-page/"),
        "/registry/".to_string(),
        format!("{MOUNT}registry/bodies/no-such-body/"),
    ] {
        let (status, head, body) = http("GET", &missing);
        assert_eq!(status, 404, "GET {missing}: {head}");
        assert_eq!(body, not_found, "GET {missing} sends the site's 404 page");
    }

    for bad in [
        format!("{MOUNT}../Cargo.toml"),
        format!("{MOUNT}%2e%2e/Cargo.toml"),
        format!("{MOUNT}registry/%2E%2E/%2E%2E/index.html"),
    ] {
        let (status, head, _) = http("GET", &bad);
        assert_eq!(status, 400, "GET {bad}: {head}");
    }

    let (status, head, _) = http("POST", MOUNT);
    assert_eq!(status, 405, "{head}");

    for (name, expected) in [
        ("a/x.js", "text/javascript; charset=utf-8"),
        ("x.mjs", "text/javascript; charset=utf-8"),
        ("x.wasm", "application/wasm"),
        ("x.json", "application/json"),
        ("x.pdf", "application/pdf"),
        ("feed.xml", "application/xml"),
        ("x.csv", "text/csv; charset=utf-8"),
        ("x.pf_meta", "application/octet-stream"),
    ] {
        assert_eq!(content_type(Path::new(name)), expected, "{name}");
    }
}

// ---------------------------------------------------------------------------
// The tools: Node.js, playwright-core, Chromium
// ---------------------------------------------------------------------------

/// The Chromium binary: `$CHROMIUM`, or Debian's (installed with apt-get
/// when it is missing, so the README's test command works on a fresh machine).
fn chromium() -> PathBuf {
    match std::env::var_os("CHROMIUM").filter(|p| !p.is_empty()) {
        Some(path) => {
            let path = PathBuf::from(path);
            assert!(
                path.is_file(),
                "CHROMIUM is set to {}, which is not a file",
                path.display()
            );
            path
        }
        None => debian_tool("/usr/bin/chromium", "chromium"),
    }
}

/// Makes sure node is there and every package of tests/browser/ is
/// installed at its locked version (see `npm_ci`), before any script runs:
/// an install replaces node_modules, which must not happen under a script.
/// Returns Chromium. Runs once per test binary.
fn tools() -> &'static PathBuf {
    static TOOLS: OnceLock<PathBuf> = OnceLock::new();
    TOOLS.get_or_init(|| {
        for package in ["playwright-core", "axe-core", "pngjs", "vnu-jar"] {
            npm_ci(&browser_dir(), package);
        }
        chromium()
    })
}

/// Runs `node tests/browser/<script> <base-url>` with the expectations as
/// JSON in `OPCAT_EXPECT`, and fails with its output unless it exits 0.
fn run_script(script: &str, expect: &Value) -> String {
    run_script_at(script, &base_url(), expect)
}

/// Runs `script` against the site at `base`; fails unless it exits 0.
pub(crate) fn run_script_at(script: &str, base: &str, expect: &Value) -> String {
    let (status, stdout, stderr) = run_node(script, base, expect);
    match status {
        Some(s) if s.success() => stdout,
        Some(s) => panic!(
            "tests/browser/{script} failed ({s}) against {base}\n--- stdout\n{stdout}\n--- stderr\n{stderr}"
        ),
        None => panic!(
            "tests/browser/{script} did not finish in time\n--- stdout\n{stdout}\n--- stderr\n{stderr}"
        ),
    }
}

/// Runs `script` against the site at `base`: its exit status (`None` when
/// it ran out of time), stdout and stderr, also printed for the test log.
fn run_node(script: &str, base: &str, expect: &Value) -> (Option<ExitStatus>, String, String) {
    let chromium = tools();
    let limit = if script == "focus.mjs" {
        FOCUS_TIMEOUT
    } else {
        SCRIPT_TIMEOUT
    };
    let started = Instant::now();
    let (status, stdout, stderr) = run_bounded(
        Command::new("node")
            .arg(browser_dir().join(script))
            .arg(base)
            .env("CHROMIUM", chromium)
            .env("OPCAT_EXPECT", expect.to_string())
            .current_dir(repo())
            .stdin(Stdio::null()),
        limit,
    );
    let elapsed = started.elapsed().as_secs_f64();
    println!("{script} against {base}, {elapsed:.1} s:\n{stdout}{stderr}");
    (status, stdout, stderr)
}

// ---------------------------------------------------------------------------
// Expectations from content/
// ---------------------------------------------------------------------------

/// A chapter's Markdown without its front matter.
fn chapter_text(path: &Path) -> String {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let text = text.replace("\r\n", "\n");
    let rest = text.trim_start_matches('\u{feff}');
    let rest = rest
        .strip_prefix("+++\n")
        .expect("front matter opens with +++");
    let end = rest.find("\n+++").expect("front matter is closed");
    rest[end + 4..].to_string()
}

/// Every content file's text, lowercased, but `skip`.
fn other_texts(skip: &Path) -> Vec<String> {
    walkdir::WalkDir::new(content())
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file() && e.path() != skip)
        .filter(|e| {
            e.path()
                .extension()
                .is_some_and(|x| x == "md" || x == "toml")
        })
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .map(|t| t.to_lowercase())
        .collect()
}

/// A word of running text (lowercase letters only, at least 9 of them) that
/// one chapter has and no other content file does: (year, slug, word).
fn distinctive_chapter_word() -> (String, String, String) {
    for report in load_reports(&content()) {
        for slug in &report.chapters {
            let path = content()
                .join("reports")
                .join(&report.year)
                .join(format!("{slug}.md"));
            let others = other_texts(&path);
            let mut in_code = false;
            for line in chapter_text(&path).lines() {
                if line.trim_start().starts_with("```") {
                    in_code = !in_code;
                }
                if in_code {
                    continue;
                }
                for token in line.split_whitespace() {
                    let word = token.trim_matches(|c: char| !c.is_alphanumeric());
                    if word.len() >= 9
                        && word.chars().all(|c| c.is_ascii_lowercase())
                        && !others.iter().any(|t| t.contains(word))
                    {
                        return (report.year.clone(), slug.clone(), word.to_string());
                    }
                }
            }
        }
    }
    panic!("no chapter has a word of its own to search for");
}

/// `YYYY-MM-DD` for a day.
fn iso((y, m, d): Day) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

// ---------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------

#[test]
fn search_finds_a_body_by_name_and_a_chapter_by_a_word() {
    let body = registry()
        .bodies
        .get("hmip")
        .expect("content has the body hmip");
    assert!(body.is_current(), "hmip is a current member");
    let (year, slug, word) = distinctive_chapter_word();
    // The recommendations whose latest response is the first one on the
    // scale that any has: the search page's response filter finds exactly
    // those. All the UK's are samples, so every result says so.
    let recs = recommendation_filters(&content());
    let scale = read_toml(&content().join("registry/follow-up.toml"));
    let (response, ids) = scale["response"]
        .as_array()
        .expect("a response scale")
        .iter()
        .find_map(|v| {
            let id = v["id"].as_str()?;
            let ids: Vec<String> = recs
                .iter()
                .filter(|(_, vs)| vs.iter().any(|(f, x)| f == "response" && x == id))
                .map(|(r, _)| r.clone())
                .collect();
            (!ids.is_empty()).then(|| (v["name"].as_str().unwrap_or_default().to_string(), ids))
        })
        .expect("a recommendation with a response");
    run_script(
        "search.mjs",
        &json!({
            "body": { "id": body.id, "name": body.name },
            "chapter": { "year": year, "path": format!("reports/{year}/{slug}/"), "word": word },
            "response": { "name": response, "ids": ids },
        }),
    );
}

#[test]
fn without_javascript_every_page_still_works() {
    let reg = registry();
    let bodies: Vec<&String> = reg.bodies.keys().collect();
    let settings: Vec<&String> = reg.settings.iter().map(|s| &s.id).collect();
    let nations: Vec<&String> = reg.nations.iter().map(|n| &n.id).collect();
    assert!(!bodies.is_empty() && !settings.is_empty() && !nations.is_empty());
    run_script(
        "nojs.mjs",
        &json!({ "bodies": bodies, "settings": settings, "nations": nations }),
    );
}

#[test]
fn the_finder_answers_in_place() {
    let reg = registry();
    // The first setting (in the content's order) with a nation that at least
    // two current bodies cover, and another nation with a different answer.
    let choice = reg.settings.iter().find_map(|s| {
        let first = reg
            .nations
            .iter()
            .find(|n| reg.current_covering(&s.id, &n.id).len() >= 2)?;
        let second = reg.nations.iter().find(|n| {
            n.id != first.id && {
                let other = reg.current_covering(&s.id, &n.id);
                !other.is_empty() && other != reg.current_covering(&s.id, &first.id)
            }
        })?;
        Some((s, first, second))
    });
    let (setting, first, second) =
        choice.expect("some setting has two nations with different, non-empty answers");
    let ids = |n: &str| -> Vec<String> {
        reg.current_covering(&setting.id, n)
            .into_iter()
            .collect::<Vec<_>>()
    };
    run_script(
        "finder.mjs",
        &json!({
            "setting": setting.id,
            "first": { "nation": first.id, "bodies": ids(&first.id) },
            "second": { "nation": second.id, "bodies": ids(&second.id) },
        }),
    );
}

#[test]
fn membership_on_a_date_matches_the_registry() {
    let reg = registry();
    let dates = [(2010, 1, 1), (2015, 1, 1), (2018, 1, 1)];
    let members: Vec<BTreeSet<String>> = dates.iter().map(|d| reg.members_on(*d)).collect();
    let counts: Vec<usize> = members.iter().map(BTreeSet::len).collect();
    // What the shipped data says: 18 at designation, 20 after 2013, 21 now.
    assert_eq!(counts, [18, 20, 21], "members on {dates:?} in content/");
    let first = reg
        .instruments
        .iter()
        .map(|i| i.date)
        .min()
        .expect("an instrument");
    let before = (first.0 - 1, 1, 1);
    assert!(reg.members_on(before).is_empty());
    let checks: Vec<Value> = dates
        .iter()
        .zip(&members)
        .map(|(d, m)| json!({ "date": iso(*d), "count": m.len(), "bodies": m }))
        .collect();
    run_script(
        "members-on.mjs",
        &json!({ "dates": checks, "before": iso(before), "designated": iso(first) }),
    );
}

#[test]
fn the_register_filters_combine_in_place() {
    let recs = recommendation_filters(&content());
    let with = |filter: &str, value: &str| -> BTreeSet<String> {
        recs.iter()
            .filter(|(_, vs)| vs.iter().any(|(f, v)| f == filter && v == value))
            .map(|(id, _)| id.clone())
            .collect()
    };
    // The first (filter, value) that some but not all recommendations
    // have, then a second filter that narrows it further but not to none.
    let values: BTreeSet<(String, String)> = recs.iter().flat_map(|(_, vs)| vs.clone()).collect();
    let choice = values.iter().find_map(|(f1, v1)| {
        let first = with(f1, v1);
        if first.len() < 2 || first.len() == recs.len() {
            return None;
        }
        values
            .iter()
            .filter(|(f2, _)| f2 != f1)
            .find_map(|(f2, v2)| {
                let both: BTreeSet<String> = first.intersection(&with(f2, v2)).cloned().collect();
                (!both.is_empty() && both.len() < first.len())
                    .then(|| (f1, v1, first.clone(), f2, v2, both))
            })
    });
    let (f1, v1, first, f2, v2, both) = choice.expect("the UK sample record can be filtered twice");
    run_script(
        "register.mjs",
        &json!({
            "total": recs.len(),
            "first": { "filter": f1, "value": v1, "ids": first },
            "both": { "filter": f2, "value": v2, "ids": both },
        }),
    );
}

/// `opcat-press serve` with a page open on it: an edit reloads the page, a
/// broken edit shows its errors over the last good page, and the fix
/// removes them.
#[test]
fn serve_reloads_open_pages_and_shows_errors_over_them() {
    let site = crate::common::serve::site_copy();
    let server = crate::common::serve::Server::start(site.path(), &["--port", "0"]);
    let rel = "content/reports/2016-17/hiw.md";
    let chapter = site.path().join(rel);
    let text = std::fs::read_to_string(&chapter).expect("the chapter");
    let (good_link, broken_link) = (
        "(@/registry/bodies/hiw.toml)",
        "(@/registry/bodies/nope.toml)",
    );
    // Where the error will be: the line and column of the broken link.
    let broken = text.replacen(good_link, broken_link, 1);
    let (line_no, line) = broken
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(broken_link))
        .expect("the chapter links its body");
    let col = line[..line.find("[registry]").expect("the link's text")]
        .chars()
        .count()
        + 1;
    run_script_at(
        "serve.mjs",
        &format!("{}/", server.url),
        &json!({
            "file": chapter,
            "page": "reports/2016-17/hiw/",
            "heading": "Our part in the NPM",
            "edits": ["Our part in the mechanism", "Our part in the preventive mechanism"],
            "good_link": good_link,
            "broken_link": broken_link,
            "error": format!(
                "{rel}:{}:{col}: error: `@/registry/bodies/nope.toml` points to `registry/bodies/nope.toml`, which does not exist",
                line_no + 1
            ),
        }),
    );
}

/// The Nu HTML Checker (vnu.jar from the npm package vnu-jar, run with the
/// machine's Java) over every page of the site: no errors.
#[test]
fn every_page_passes_the_nu_html_checker() {
    let line = assert_valid_html(site());
    ci_summary("nu-html-checker", &line);
}

/// Runs the Nu HTML Checker on every HTML file of a built site, the 404
/// page too; returns its count line.
fn assert_valid_html(site: &Path) -> String {
    let pages: Vec<PathBuf> = snapshot(site)
        .into_keys()
        .filter(|p| p.ends_with(".html"))
        .map(|p| site.join(p))
        .collect();
    assert!(pages.len() > 10, "only {} pages", pages.len());
    nu_html_checker(&pages)
}

/// Runs the Nu HTML Checker on `pages` (HTML files) and fails with its
/// errors if it finds any; returns its count line.
pub(crate) fn nu_html_checker(pages: &[PathBuf]) -> String {
    let dir = browser_dir();
    npm_ci(&dir, "vnu-jar");
    let java = debian_tool("/usr/bin/java", "default-jre-headless");
    let out = Command::new(java)
        .arg("-jar")
        .arg(dir.join("node_modules/vnu-jar/build/dist/vnu.jar"))
        .args(["--format", "json"])
        .args(pages)
        .output()
        .expect("run the Nu HTML Checker");
    // It writes its report to stderr, and exits 1 when there are errors.
    let report: Value = serde_json::from_slice(&out.stderr).unwrap_or_else(|e| {
        panic!(
            "the checker's report is not JSON ({e}):\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let messages = report["messages"].as_array().expect("its messages");
    let errors: Vec<String> = messages
        .iter()
        .filter(|m| m["type"] == "error" || m["subType"] == "fatal")
        .map(|m| {
            format!(
                "{}:{}:{}: {}",
                m["url"].as_str().unwrap_or(""),
                m["lastLine"],
                m["firstColumn"],
                m["message"].as_str().unwrap_or("")
            )
        })
        .collect();
    let line = format!(
        "Nu HTML Checker {}: {} pages checked, {} errors, {} other messages",
        report["version"].as_str().unwrap_or("?"),
        pages.len(),
        errors.len(),
        messages.len() - errors.len()
    );
    println!("{line}");
    assert!(errors.is_empty(), "{line}:\n{}", errors.join("\n"));
    assert!(out.status.success(), "{line}, but it exited {}", out.status);
    line
}

/// The right-to-left fixture (the interface and chapters in Arabic):
/// axe's rules and the HTML checker on every page, and screenshots of the
/// home page, the registry and a chapter under the target folder.
#[test]
fn the_right_to_left_site_passes_axe_and_the_html_checker() {
    let served = build_and_serve(&[crate::rtl::FIXTURE], None);
    assert_valid_html(&served.site);
    assert_no_axe_violations(
        &served,
        "screenshots-rtl",
        &["", "registry/", "reports/2015-16/alpha/"],
    );
}

/// axe-core's WCAG 2.2 A and AA rules on every page of a served site, with
/// screenshots of `shot_pages` at 1280 and 375 px in `<target>/<shots>/`.
fn assert_no_axe_violations(served: &Served, shots: &str, shot_pages: &[&str]) {
    npm_ci(&browser_dir(), "axe-core");
    let pages = every_page(&served.site);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target folder")
        .join(shots);
    let out = run_script_at(
        "axe.mjs",
        &served.base,
        &json!({
            "pages": pages,
            "screenshots": { "dir": dir, "pages": shot_pages, "widths": [1280, 375] },
        }),
    );
    let line = out
        .lines()
        .find(|l| l.starts_with("axe-core "))
        .expect("the script's count");
    assert!(
        line.contains(&format!("{} pages checked, 0 violations", pages.len())),
        "{line}"
    );
}

/// axe-core's WCAG 2.2 A and AA rules on every page, in Chromium; and
/// screenshots of the home page, a registry page and a chapter at 1280, 375
/// and 320 px, kept under the target folder (CI keeps them as artefacts).
#[test]
fn every_page_has_no_axe_violations() {
    npm_ci(&browser_dir(), "axe-core");
    let pages = every_page(site());
    let (year, chapter) = first_chapter();
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target folder")
        .join("screenshots");
    let out = run_script(
        "axe.mjs",
        &json!({
            "pages": pages,
            "screenshots": {
                "dir": shots,
                "pages": ["", "registry/", format!("reports/{year}/{chapter}/")],
                "widths": [1280, 375, 320],
            },
        }),
    );
    let line = out
        .lines()
        .find(|l| l.starts_with("axe-core "))
        .expect("the script's count");
    assert!(
        line.contains(&format!("{} pages checked, 0 violations", pages.len())),
        "{line}"
    );
    for width in [1280, 375, 320] {
        let home = shots.join(format!("home-{width}.png"));
        assert!(
            std::fs::metadata(&home).is_ok_and(|m| m.len() > 1000),
            "no screenshot {}",
            home.display()
        );
    }
    ci_summary("axe", line);
}

/// A year and one of its chapters' slugs, from content/.
fn first_chapter() -> (String, String) {
    let reports = load_reports(&content());
    let r = reports
        .iter()
        .find(|r| !r.chapters.is_empty())
        .expect("a year with chapters");
    (r.year.clone(), r.chapters[0].clone())
}

/// Every page of a built site as the scripts visit it (`""` for the home
/// page, `reports/` for `reports/index.html`), the 404 page too (the test
/// server answers its file).
pub(crate) fn every_page(site: &Path) -> Vec<String> {
    html_pages(site)
        .iter()
        .map(|p| p.trim_end_matches("index.html").to_string())
        .chain(["404.html".to_string()])
        .collect()
}

// ---------------------------------------------------------------------------
// What axe cannot see: reflow, text spacing, resize text, focus (issue 12)
// ---------------------------------------------------------------------------

/// A site built into a scratch folder and served by its own test server.
struct Served {
    _dir: tempfile::TempDir,
    site: PathBuf,
    base: String,
}

/// The second NPM (examples/cglpl: France's, in French, one body): the
/// HTML checker and axe on every page, as for the UK site.
#[test]
fn the_example_npm_passes_axe_and_the_html_checker() {
    let served = build_and_serve_content(tempdir(), &crate::example_npm::content(), None);
    assert_valid_html(&served.site);
    assert_no_axe_violations(&served, "screenshots-example", &["", "registry/"]);
}

/// `tests/fixtures/minimal` with `tests/fixtures/long-words/` laid over it:
/// a chapter of long unbroken words, a wide table, long addresses and a
/// long line of code. Built and served once per test binary.
fn long_words_site() -> &'static Served {
    static SITE: OnceLock<Served> = OnceLock::new();
    SITE.get_or_init(|| build_and_serve(&["long-words"], None))
}

/// Builds `minimal` with the `overlays` (fixture folders holding only what
/// differs) laid over it, or the UK content when `overlays` is empty; with
/// `css` (a file in tests/fixtures/broken-css/) appended to the theme's
/// stylesheet when given. Serves the result under [`MOUNT`].
fn build_and_serve(overlays: &[&str], css: Option<&str>) -> Served {
    let dir = minimal_with(overlays);
    let content = if overlays.is_empty() {
        uk_content()
    } else {
        dir.path().join("content")
    };
    build_and_serve_content(dir, &content, css)
}

/// Builds `content` into `dir/public`, with the theme copied into `dir`
/// (and `css` appended to its stylesheet when given), and serves it under
/// [`MOUNT`].
fn build_and_serve_content(dir: tempfile::TempDir, content: &Path, css: Option<&str>) -> Served {
    let theme = dir.path().join("theme");
    copy_dir(&repo().join("theme"), &theme);
    if let Some(css) = css {
        let extra = std::fs::read_to_string(fixture("broken-css").join(css)).expect("the CSS");
        let sheet = theme.join("css").join("site.css");
        let mut text = std::fs::read_to_string(&sheet).expect("the theme's site.css");
        text.push_str(&extra);
        std::fs::write(&sheet, text).expect("write site.css");
    }
    let site = dir.path().join("public");
    let templates = repo().join("templates");
    // Built for where it is served, so that the 404 page's addresses (from
    // the site's root) find its stylesheet; no cache beside the content.
    let base_url = format!("https://npm.example.org{MOUNT}");
    opcat(
        repo(),
        &[
            "build".as_ref(),
            "--quiet".as_ref(),
            "--no-cache".as_ref(),
            "--base-url".as_ref(),
            base_url.as_ref(),
            "--content".as_ref(),
            content.as_os_str(),
            "--output".as_ref(),
            site.as_os_str(),
            "--templates".as_ref(),
            templates.as_os_str(),
            "--theme".as_ref(),
            theme.as_os_str(),
        ],
    )
    .assert_success();
    let base = format!("{}{MOUNT}", serve(site.clone()));
    Served {
        _dir: dir,
        site,
        base,
    }
}

/// Runs `script` on every page of the UK site and of the long-words
/// fixture; each must pass. Returns the scripts' count lines (`…: N pages
/// of … checked…`) for .ci/run's summary, after checking that they counted
/// every page.
fn check_every_page(script: &str) -> String {
    let fixture = long_words_site();
    let mut lines = Vec::new();
    for (what, site, base) in [
        ("the UK site", site(), base_url()),
        (
            "the long-words fixture",
            fixture.site.as_path(),
            fixture.base.clone(),
        ),
    ] {
        let pages = every_page(site);
        let out = run_script_at(script, &base, &json!({ "site": what, "pages": pages }));
        let counted: Vec<&str> = out.lines().filter(|l| l.contains(" pages of ")).collect();
        assert!(!counted.is_empty(), "{script} printed no count:\n{out}");
        for line in counted {
            assert!(
                line.contains(&format!("{} pages of {what} checked", pages.len()))
                    && line.contains(", 0 failing"),
                "{line}"
            );
            lines.push(line.to_string());
        }
    }
    lines.join("\n")
}

/// Runs `script` on `pages` of `served`, expecting it to fail; returns its
/// output for the caller to look for what it must have named.
fn expect_failure(script: &str, served: &Served, pages: &[&str]) -> String {
    let (status, stdout, stderr) = run_node(
        script,
        &served.base,
        &json!({ "site": "a broken build", "pages": pages }),
    );
    assert!(
        status.is_some_and(|s| s.code() == Some(1)),
        "{script} should have failed ({status:?}):\n{stdout}{stderr}"
    );
    stdout
}

/// WCAG 1.4.10: at 320 × 256 CSS px no page scrolls sideways, and nothing
/// but a table, code or a diagram (each in a focusable, labelled region)
/// is wider than the screen or cut off.
#[test]
fn every_page_reflows_at_320_px() {
    let lines = check_every_page("reflow.mjs");
    ci_summary("reflow", &lines);
}

/// WCAG 1.4.12: with the text spacing a reader may set, no text is cut off
/// or drawn over other text, at 1280 and 320 px.
#[test]
fn text_spacing_cuts_off_and_overlaps_no_text() {
    let lines = check_every_page("text-spacing.mjs");
    ci_summary("text-spacing", &lines);
}

/// WCAG 1.4.4: with the browser's default font size doubled, no text is cut
/// off or drawn over other text.
#[test]
fn text_at_twice_the_size_cuts_off_and_overlaps_nothing() {
    let lines = check_every_page("resize-text.mjs");
    ci_summary("resize-text", &lines);
}

/// WCAG 2.4.7 and 2.4.11: tabbing through every page, each stop shows a
/// focus indicator (measured in pixels) and is not covered, the skip link
/// leads into the main content, and the same with forced colours.
#[test]
fn every_focus_stop_is_visible_and_uncovered() {
    let lines = check_every_page("focus.mjs");
    ci_summary("focus", &lines);
}

/// The reflow check fails where the site did before issue 12: on the header
/// search (every page) and the finder (registry/), naming the elements.
/// Also with chapter table cells that break words anywhere, which "fits"
/// a wide table by squeezing its columns to a letter each.
#[test]
fn the_reflow_check_fails_with_the_old_header_finder_and_table_css() {
    let header = build_and_serve(&["long-words"], Some("old-header.css"));
    let out = expect_failure("reflow.mjs", &header, &["", "reports/"]);
    assert!(
        out.contains("(home): the page scrolls sideways")
            && out.contains("reports/: the page scrolls sideways"),
        "{out}"
    );
    assert!(
        out.contains("button.site-search__button (\"Search\") spans"),
        "{out}"
    );

    // The UK site's finder: its settings' names make the longest options.
    let finder = build_and_serve(&[], Some("old-finder.css"));
    let out = expect_failure("reflow.mjs", &finder, &["", "registry/"]);
    assert!(out.contains("1 failing"), "only registry/ fails:\n{out}");
    assert!(
        out.contains("registry/: select#finder-setting.finder__select"),
        "{out}"
    );

    let tables = build_and_serve(&["long-words"], Some("old-table-cells.css"));
    let out = expect_failure("reflow.mjs", &tables, &["reports/2015-16/alpha/"]);
    assert!(
        out.contains("text \"Establishment\" in thead > tr > th"),
        "{out}"
    );
    assert!(out.contains("is squeezed into"), "{out}");
}

/// The focus check fails when focus is drawn nowhere, and, with forced
/// colours only, on the skip link as it was before issue 12.
#[test]
fn the_focus_check_fails_without_a_focus_style() {
    let none = build_and_serve(&["long-words"], Some("no-focus-style.css"));
    let out = expect_failure("focus.mjs", &none, &[""]);
    assert!(
        out.contains("ul.site-nav__list > li.site-nav__item > a.site-nav__link (\"Registry\") has no focus indicator"),
        "{out}"
    );

    let skip = build_and_serve(&["long-words"], Some("old-skip-link.css"));
    let out = expect_failure("focus.mjs", &skip, &[""]);
    assert!(
        out.contains("ok   focus: every focus stop is visible and not covered, on"),
        "{out}"
    );
    assert!(
        out.contains("(home): a.skip-link (\"Skip to main content\") has no focus indicator"),
        "{out}"
    );
    assert!(
        out.contains("focus: 2 passed, 1 failed"),
        "only forced colours fails:\n{out}"
    );
}

/// The text checks fail on boxes sized in pixels around text sized in rem:
/// doubled text is cut off by the navigation's fixed height, and the page
/// heading runs over what follows; spaced text too.
#[test]
fn the_text_checks_fail_on_boxes_of_fixed_height() {
    let fixed = build_and_serve(&["long-words"], Some("fixed-heights.css"));
    let pages = ["", "reports/2015-16/alpha/"];
    let out = expect_failure("resize-text.mjs", &fixed, &pages);
    assert!(
        out.contains("(home): text \"Registry\" in ul.site-nav__list > li.site-nav__item > a.site-nav__link (\"Registry\") is cut off by div.width-container.site-header__inner > nav.site-nav > ul.site-nav__list"),
        "{out}"
    );
    assert!(
        out.contains("reports/2015-16/alpha/: text \"Alpha Inspectorate of Prisons & Custody:…\" in main#main.main > div.page-heading > h1.page-heading__title"),
        "{out}"
    );
    assert!(out.contains(" overlaps "), "{out}");
    let out = expect_failure("text-spacing.mjs", &fixed, &pages);
    assert!(
        out.contains(" overlaps ") && out.contains(" is cut off by "),
        "{out}"
    );
}

/// The reflow check names what a stylesheet alone cannot break on the built
/// site: a sideways scroller no key reaches, one with no name, one holding
/// prose, and a box cut off by its parent; and passes the region that is
/// right (tests/fixtures/wcag-failures/, served as it is).
#[test]
fn the_reflow_check_names_each_kind_of_fault() {
    let served = Served {
        _dir: tempdir(),
        site: fixture("wcag-failures"),
        base: format!("{}{MOUNT}", serve(fixture("wcag-failures"))),
    };
    let out = expect_failure("reflow.mjs", &served, &[""]);
    for fault in [
        "div#unreachable.scroll (\"a table that scrolls where no key reache…\") scrolls sideways but cannot be reached with the keyboard",
        "div#nameless.scroll (\"a table in a region with no name\") scrolls sideways but has no name",
        "div#prose.scroll (\"prose that scrolls sideways\") scrolls sideways but holds no table, code or diagram",
        "span#clipped (\"cut off by its box\") is cut off by div#clipper.clip",
    ] {
        assert!(out.contains(fault), "not found: {fault}\n{out}");
    }
    assert!(!out.contains("#fine"), "{out}");
}
