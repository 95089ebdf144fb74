//! `opcat-press init`: a new site in each shipped language (the catalogue
//! folders of templates/i18n/) builds with its own templates and theme,
//! checks with no warnings, and passes the gates the UK site passes (the
//! Nu HTML Checker, axe-core, the link check, the PDF validator), each
//! run once over every language's site; `new`, `status` and `serve` work
//! on it; it refuses to overwrite, and writes nothing then; an unknown
//! language is refused; the same command gives the same bytes.
//!
//! What a site must say is read from the language's catalogue file
//! (templates/i18n/<language>/init.ftl) and the content init wrote.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::json;

use crate::browser::{MOUNT, every_page, nu_html_checker, run_script_at, serve};
use crate::common::serve::{Server, edit};
use crate::common::*;
use crate::pdf::validate_pdfs;

/// The report year the tests ask for: the default comes from the clock.
const YEAR: &str = "2026-27";

/// The languages shipped: the catalogue folders of the repository's
/// templates/i18n/.
fn languages() -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(repo().join("templates/i18n"))
        .expect("templates/i18n")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert!(found.len() >= 4, "{found:?}");
    found
}

/// Runs `opcat-press init` in `cwd` with `args`.
fn init(cwd: &Path, args: &[&str]) -> Run {
    let mut all: Vec<&OsStr> = vec![OsStr::new("init")];
    all.extend(args.iter().map(OsStr::new));
    opcat(cwd, &all)
}

/// Runs `opcat-press <args>` in the site folder `site`.
fn in_site(site: &Path, args: &[&str]) -> Run {
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    opcat(site, &args)
}

/// A one-line message of a language's catalogue (its .ftl files), with
/// `vars` put in.
fn message(language: &str, id: &str, vars: &[(&str, &str)]) -> String {
    let dir = repo().join("templates/i18n").join(language);
    let mut value = std::fs::read_dir(&dir)
        .expect("the catalogue folder")
        .filter_map(Result::ok)
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .find_map(|text| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("{id} = ")).map(str::to_string))
        })
        .unwrap_or_else(|| panic!("{language} has no {id}"));
    for (name, v) in vars {
        value = value.replace(&format!("{{ ${name} }}"), v);
    }
    value
}

/// The words of `content/` a reader sees as names and texts: every
/// `title`, `name`, `description`, `summary`, `npm_name` and `licence` in
/// its TOML files and chapters' front matter, each with its file.
fn content_words(content: &Path) -> Vec<(String, String)> {
    const KEYS: [&str; 6] = [
        "title",
        "name",
        "description",
        "summary",
        "npm_name",
        "licence",
    ];
    fn walk(v: &toml::Value, file: &str, out: &mut Vec<(String, String)>) {
        match v {
            toml::Value::Table(t) => {
                for (k, v) in t {
                    match v.as_str() {
                        Some(s) if KEYS.contains(&k.as_str()) => {
                            out.push((file.to_string(), s.to_string()))
                        }
                        _ => walk(v, file, out),
                    }
                }
            }
            toml::Value::Array(a) => a.iter().for_each(|v| walk(v, file, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (rel, _) in snapshot(content) {
        let path = content.join(&rel);
        let table = if rel.ends_with(".toml") {
            read_toml(&path)
        } else if rel.ends_with(".md") {
            front_matter(&path)
        } else {
            continue;
        };
        walk(&toml::Value::Table(table), &rel, &mut out);
    }
    out
}

/// One language's new site: made by init, built into `out` with its own
/// templates and theme.
struct Site {
    language: String,
    dir: PathBuf,
    out: PathBuf,
    build: Run,
}

/// Every shipped language's site, made and built once per test binary,
/// under one folder (each language's output in `public/<language>/`, so
/// one server and one run of each checker covers them all).
struct Sites {
    _tmp: tempfile::TempDir,
    public: PathBuf,
    sites: Vec<Site>,
}

fn sites() -> &'static Sites {
    static SITES: OnceLock<Sites> = OnceLock::new();
    SITES.get_or_init(|| {
        let tmp = tempdir();
        let public = tmp.path().join("public");
        let sites = languages()
            .into_iter()
            .map(|language| {
                let dir = tmp.path().join(format!("site-{language}"));
                let run = init(
                    tmp.path(),
                    &[&rel(&dir), "--language", &language, "--year", YEAR],
                );
                run.assert_success();
                let out = public.join(&language);
                // Published under the test server's path for the language,
                // so the 404 page's links (from the site's path) resolve.
                let base = format!("https://npm.example.org{MOUNT}{language}/");
                let build = in_site(
                    &dir,
                    &[
                        "build",
                        "--output",
                        &out.to_string_lossy(),
                        "--base-url",
                        &base,
                    ],
                );
                Site {
                    language,
                    dir,
                    out,
                    build,
                }
            })
            .collect();
        Sites {
            _tmp: tmp,
            public,
            sites,
        }
    })
}

/// The last part of `path`, to pass as init's folder from its parent.
fn rel(path: &Path) -> String {
    path.file_name()
        .expect("a folder name")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn init_makes_a_site_in_each_shipped_language_that_builds_and_checks_with_no_warnings() {
    for site in &sites().sites {
        let l = &site.language;
        site.build.assert_success();
        assert!(
            site.build.warnings().is_empty(),
            "{l}:\n{}",
            site.build.stderr
        );
        let check = in_site(&site.dir, &["check", "--deny-warnings"]);
        assert_eq!(check.code, Some(0), "{l}:\n{}", check.stderr);
        assert!(
            check.stderr.contains("no problems"),
            "{l}: {}",
            check.stderr
        );

        let content = site.dir.join("content");
        let config = read_toml(&content.join("site.toml"));
        assert_eq!(config["language"].as_str(), Some(l.as_str()));
        assert_eq!(html_pages(&site.out), expected_pages(&content), "{l}");
        assert_eq!(load_reports(&content).len(), 1, "{l}: one report year");
        assert!(
            site.out
                .join(format!("reports/{YEAR}/annual-report-{YEAR}.pdf"))
                .is_file(),
            "{l}: the year's PDF"
        );
    }
}

#[test]
fn the_starters_words_are_the_languages_and_say_they_are_samples() {
    for site in &sites().sites {
        let l = site.language.as_str();
        let content = site.dir.join("content");
        let home = parse_html_file(&site.out.join("index.html"));
        let lang = home
            .select(&sel("html"))
            .next()
            .and_then(|h| h.value().attr("lang"));
        assert_eq!(lang, Some(l));
        let title = text_of(
            home.select(&sel(".site-header__name"))
                .next()
                .expect("the header"),
        );
        assert_eq!(title, message(l, "init-site-title", &[]));

        let registry = load_registry(&content);
        let body = registry.bodies.values().next().expect("one body");
        assert_eq!(registry.bodies.len(), 1, "{l}");
        assert_eq!(body.name, message(l, "init-body-name", &[]));
        let page = parse_html_file(
            &site
                .out
                .join(format!("registry/bodies/{}/index.html", body.id)),
        );
        assert_eq!(h1_text(&page), body.name, "{l}");

        let npm = message(l, "init-npm-name", &[]);
        let report = read_toml(&content.join(format!("reports/{YEAR}/report.toml")));
        assert_eq!(
            report["title"].as_str(),
            Some(message(l, "init-report-title", &[("npm", &npm)]).as_str())
        );
        assert_eq!(report["status"].as_str(), Some("sample"), "{l}");

        let chapter = &load_reports(&content)[0].chapters[0];
        let page = parse_html_file(
            &site
                .out
                .join(format!("reports/{YEAR}/{chapter}/index.html")),
        );
        let main = text_of(page.select(&sel("main")).next().expect("<main>"));
        let text = message(l, "init-chapter-text", &[]);
        let first_words = text.split('`').next().expect("text").trim();
        assert!(main.contains(first_words), "{l}: the chapter's text");
        let notice = page.select(&sel(".notice--sample")).next().map(text_of);
        assert!(
            notice.is_some_and(|n| n.contains(&message(l, "sample-notice-title", &[]))),
            "{l}: no sample notice on the chapter"
        );

        // Not a fact: each name and text says so, in the language's word
        // for a sample (the one the pages' "Sample" label uses).
        let marker = message(l, "status-sample", &[]).to_lowercase();
        let words = content_words(&content);
        assert!(words.len() > 15, "{l}: {words:?}");
        for (file, text) in words {
            assert!(
                text.to_lowercase().contains(&marker),
                "{l}: {file}: {text:?} does not say it is a sample ({marker})"
            );
        }
    }
}

#[test]
fn every_init_page_passes_the_nu_html_checker() {
    let pages: Vec<PathBuf> = sites()
        .sites
        .iter()
        .flat_map(|s| {
            snapshot(&s.out)
                .into_keys()
                .filter(|p| p.ends_with(".html"))
                .map(|p| s.out.join(p))
                .collect::<Vec<_>>()
        })
        .collect();
    nu_html_checker(&pages);
}

#[test]
fn every_init_page_has_no_axe_violations() {
    let all = sites();
    let pages: Vec<String> = all
        .sites
        .iter()
        .flat_map(|s| {
            every_page(&s.out)
                .into_iter()
                .map(|p| format!("{}/{p}", s.language))
                .collect::<Vec<_>>()
        })
        .collect();
    let base = format!("{}{MOUNT}", serve(all.public.clone()));
    // Each language's home page, kept beside the UK site's screenshots.
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target folder")
        .join("screenshots/init");
    let homes: Vec<String> = all
        .sites
        .iter()
        .map(|s| format!("{}/", s.language))
        .collect();
    let out = run_script_at(
        "axe.mjs",
        &base,
        &json!({
            "pages": pages,
            "screenshots": { "dir": shots, "pages": homes, "widths": [1280, 320] },
        }),
    );
    assert!(
        out.contains(&format!("{} pages checked, 0 violations", pages.len())),
        "{out}"
    );
}

#[test]
fn every_init_link_resolves() {
    for site in &sites().sites {
        let path = format!("{MOUNT}{}/", site.language);
        let problems = broken_links(&site.out, &path);
        assert!(
            problems.is_empty(),
            "{}:\n{}",
            site.language,
            problems.join("\n")
        );
    }
}

#[test]
fn every_init_pdf_passes_the_pdf_ua_and_pdf_a_validator() {
    let pdfs: Vec<PathBuf> = sites()
        .sites
        .iter()
        .flat_map(|s| {
            snapshot(&s.out)
                .into_keys()
                .filter(|k| k.ends_with(".pdf"))
                .map(|k| s.out.join(k))
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(pdfs.len(), sites().sites.len(), "one PDF per site");
    validate_pdfs(&pdfs);
}

/// A site made by init in a fresh folder, for a test to change.
fn fresh_site(language: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempdir();
    init(
        tmp.path(),
        &["site", "--language", language, "--year", YEAR],
    )
    .assert_success();
    let dir = tmp.path().join("site");
    (tmp, dir)
}

#[test]
fn new_and_status_work_on_an_init_site() {
    for language in languages() {
        let (_tmp, site) = fresh_site(&language);
        let registry = load_registry(&site.join("content"));
        let body = registry.bodies.values().next().expect("one body");
        let abbreviation = read_toml(
            &site.join(format!("content/registry/bodies/{}.toml", body.id)),
        )["abbreviation"]
            .as_str()
            .expect("an abbreviation")
            .to_string();

        // The one member expected, and not yet written.
        let status = in_site(&site, &["status", "--format", "json"]);
        assert_eq!(status.code, Some(0), "{language}:\n{}", status.stderr);
        let json: serde_json::Value = serde_json::from_str(&status.stdout).expect("JSON");
        assert_eq!(json["year"], YEAR, "{language}: {json}");
        let missing = in_site(&site, &["status", YEAR]);
        assert!(
            missing
                .stdout
                .contains(&format!("missing 1 of 1: {abbreviation}")),
            "{language}:\n{}",
            missing.stdout
        );

        let chapter = in_site(
            &site,
            &["new", "chapter", "--year", YEAR, "--body", &body.id],
        );
        assert_eq!(chapter.code, Some(0), "{language}:\n{}", chapter.stderr);
        let file = format!("content/reports/{YEAR}/{}.md", body.id);
        assert!(site.join(&file).is_file(), "{language}: {}", chapter.stdout);
        let status = in_site(&site, &["status", YEAR]);
        assert!(
            status.stdout.contains("1 of 1 submitted"),
            "{language}:\n{}",
            status.stdout
        );

        let next = in_site(&site, &["new", "year", "2027-28"]);
        assert_eq!(next.code, Some(0), "{language}:\n{}", next.stderr);
        let report = read_toml(&site.join("content/reports/2027-28/report.toml"));
        assert_eq!(report["number"].as_integer(), Some(2), "{language}");

        let check = in_site(&site, &["check"]);
        assert_eq!(check.code, Some(0), "{language}:\n{}", check.stderr);
        let build = in_site(&site, &["build", "--drafts", "--no-pdf"]);
        build.assert_success();
    }
}

#[test]
fn serve_previews_an_init_site_and_shows_an_edit() {
    let (_tmp, site) = fresh_site("cy");
    let mut server = Server::start(&site, &["--port", "0"]);
    server.wait_until_idle();
    let (status, home) = server.get_text("/");
    assert_eq!(status, 200);
    assert!(
        home.contains(&message("cy", "init-site-title", &[])),
        "{home}"
    );

    let text = message("cy", "init-chapter-text", &[]);
    let first: String = text.split('`').next().expect("text").trim().to_string();
    let chapter = site.join(format!("content/reports/{YEAR}/foreword.md"));
    edit(&chapter, &first, "Golygwyd gan y prawf.");
    server.wait_for_page(
        &format!("/reports/{YEAR}/foreword/"),
        "show the edit",
        |s, t| s == 200 && t.contains("Golygwyd gan y prawf."),
    );
}

#[test]
fn init_refuses_a_folder_with_any_of_its_folders_and_writes_nothing() {
    for taken in [
        &["content"][..],
        &["templates"],
        &["theme"],
        &["content", "theme"],
    ] {
        let tmp = tempdir();
        let site = tmp.path().join("site");
        std::fs::create_dir_all(&site).expect("the folder");
        std::fs::write(site.join("README.md"), "mine\n").expect("a file of the user's");
        for name in taken {
            // A folder, or a file of that name: either is refused.
            if *name == "theme" {
                std::fs::write(site.join(name), "a file\n").expect("a file");
            } else {
                std::fs::create_dir(site.join(name)).expect("a folder");
                std::fs::write(site.join(name).join("keep.txt"), "kept\n").expect("a file");
            }
        }
        let before = snapshot(tmp.path());
        let run = init(tmp.path(), &["site", "--year", YEAR]);
        assert_eq!(run.code, Some(2), "{taken:?}:\n{}", run.stderr);
        let errors = run.error_lines();
        assert_eq!(errors.len(), 1, "{}", run.stderr);
        for name in ["content", "templates", "theme"] {
            assert_eq!(
                errors[0].contains(&format!("{name}/")),
                taken.contains(&name),
                "{taken:?}: {}",
                errors[0]
            );
        }
        assert!(errors[0].contains("nothing was written"), "{}", errors[0]);
        assert!(run.stderr.contains("hint:"), "{}", run.stderr);
        assert_eq!(
            snapshot(tmp.path()),
            before,
            "{taken:?}: something was written"
        );
        let hidden: Vec<String> = std::fs::read_dir(&site)
            .expect("the folder")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.'))
            .collect();
        assert!(hidden.is_empty(), "{hidden:?}");
    }
}

#[test]
fn an_unknown_language_or_year_is_refused_and_nothing_is_written() {
    let tmp = tempdir();
    let run = init(tmp.path(), &["site", "--language", "de", "--year", YEAR]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    let d = &run.diagnostics()[0];
    assert!(d.message.contains("`de`"), "{}", d.message);
    let hint = d.hint.as_deref().expect("a hint");
    for language in languages() {
        assert!(hint.contains(&language), "{language} is not named: {hint}");
    }
    assert!(!tmp.path().join("site").exists(), "the folder was made");

    let run = init(tmp.path(), &["site", "--year", "2026-28"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(
        run.stderr.contains("`2026-28` is not a report year"),
        "{}",
        run.stderr
    );
    assert!(!tmp.path().join("site").exists(), "the folder was made");
}

#[test]
fn init_in_a_calendar_year_starts_a_site_that_reports_by_calendar_year() {
    let tmp = tempdir();
    init(tmp.path(), &["site", "--year", "2026"]).assert_success();
    let site = tmp.path().join("site");
    let report = read_toml(&site.join("content/reports/2026/report.toml"));
    assert_eq!(day(&report["period_start"]), (2026, 1, 1));
    assert_eq!(day(&report["period_end"]), (2026, 12, 31));
    let check = opcat(&site, &["check".as_ref(), "--deny-warnings".as_ref()]);
    assert_eq!(check.code, Some(0), "{}", check.stderr);
}

#[test]
fn init_twice_gives_byte_identical_sites_with_the_programs_templates_and_theme() {
    let tmp = tempdir();
    for dir in ["one", "two"] {
        init(tmp.path(), &[dir, "--language", "fr", "--year", YEAR]).assert_success();
    }
    let one = snapshot(&tmp.path().join("one"));
    assert_eq!(one, snapshot(&tmp.path().join("two")));
    for part in ["templates", "theme"] {
        let copied = snapshot(&tmp.path().join("one").join(part));
        assert_eq!(
            copied,
            snapshot(&repo().join(part)),
            "{part}/ is not the repository's"
        );
    }
}

#[test]
fn init_with_no_arguments_starts_an_en_gb_site_here_in_todays_reporting_year() {
    let tmp = tempdir();
    let today = || {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("after 1970")
            .as_secs();
        // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
        let z = (now / 86_400) as i64 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        let first = if month >= 4 { year } else { year - 1 };
        format!("{first}-{:02}", (first + 1) % 100)
    };
    let before = today();
    let run = init(tmp.path(), &[]);
    run.assert_success();
    let after = today();
    let config = read_toml(&tmp.path().join("content/site.toml"));
    assert_eq!(config["language"].as_str(), Some("en-GB"));
    let years: Vec<String> = load_reports(&tmp.path().join("content"))
        .into_iter()
        .map(|r| r.year)
        .collect();
    assert!(
        years == [before.clone()] || years == [after.clone()],
        "{years:?}, today {before}"
    );
    assert!(run.stdout.contains("wrote content/"), "{}", run.stdout);
    // Built from the folder it was made in, with the defaults.
    in_site(tmp.path(), &["build", "--no-pdf"]).assert_success();
}
