//! `opcat-press serve`, run as a person runs it: the binary on a copy of the
//! repository's site (content/, templates/, theme/), fetched over HTTP while
//! files are edited. Waits are bounded (`WAIT`) and poll; nothing here
//! asserts a speed.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::SystemTime;

use crate::common::serve::{Server, edit, site_copy};
use crate::common::*;

/// Every file of the output folder with its modification time.
fn mtimes(out: &Path) -> BTreeMap<String, SystemTime> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(out).expect("inside the output");
            let modified = e.metadata().expect("metadata").modified().expect("mtime");
            (rel_string(rel), modified)
        })
        .collect()
}

const CHAPTER: &str = "content/reports/2016-17/hiw.md";
const CHAPTER_URL: &str = "/reports/2016-17/hiw/";
const HEADING: &str = "## Our part in the NPM";

#[test]
fn serves_on_a_free_port_when_the_asked_one_is_taken() {
    let site = site_copy();
    let taken = std::net::TcpListener::bind(("127.0.0.1", 0)).expect("take a port");
    let port = taken.local_addr().expect("its address").port();
    let mut server = Server::start(site.path(), &["--port", &port.to_string()]);
    server.wait_for_line(0, &format!("port {port} is in use; using "));
    assert!(
        !server.url.ends_with(&format!(":{port}")),
        "serving on the taken port {port}: {}",
        server.url
    );

    let (status, home) = server.get_text("/");
    assert_eq!(status, 200);
    let config = read_toml(&site.path().join("content/site.toml"));
    let title = config["title"].as_str().expect("site.toml's title");
    assert!(home.contains(title), "the home page lacks the site's title");
    assert!(
        home.contains("<script type=\"module\" src=\"/__opcat-press/live.js?build="),
        "the home page has no live-reload script"
    );
    // The links point at the server, so the preview can be browsed.
    assert!(
        home.contains(&server.url),
        "the pages do not link to {}",
        server.url
    );
    // The script is added when serving, never written into the site.
    let on_disk =
        std::fs::read_to_string(site.path().join("public/index.html")).expect("public/index.html");
    assert!(!on_disk.contains("__opcat-press"));

    let (status, live) = server.get_text("/__opcat-press/live.js");
    assert_eq!(status, 200);
    assert!(live.contains("EventSource"));
    let (status, missing) = server.get_text("/no/such/page/");
    assert_eq!(status, 404);
    // The 404 page as written, with the live script before `</body>`.
    let not_found = std::fs::read_to_string(site.path().join("public/404.html")).expect("404");
    let (before, after) = not_found.split_at(not_found.rfind("</body>").expect("</body>"));
    assert!(
        missing.starts_with(before) && missing.ends_with(after),
        "the 404 page is not served as written"
    );
    assert_eq!(server.state()["errors"], serde_json::Value::Null);
}

#[test]
fn a_saved_chapter_is_served_and_only_what_it_changes_is_written() {
    let site = site_copy();
    let mut server = Server::start(site.path(), &["--port", "0"]);
    server.wait_until_idle();
    let year_page = server.wait_for_page("/reports/2016-17/", "link its PDF", |s, t| {
        s == 200 && t.contains("annual-report-2016-17.pdf")
    });
    assert!(year_page.contains("PDF"));
    let out = site.path().join("public");
    let before = mtimes(&out);
    let pdf_before = server.get("/reports/2016-17/annual-report-2016-17.pdf");
    let other_pdf_before = server.get("/reports/2015-16/annual-report-2015-16.pdf");
    assert_eq!(pdf_before.0, 200);
    assert!(pdf_before.1.starts_with(b"%PDF-"));
    // And in each language the site is translated into.
    let languages = translations_of(&site.path().join("content"));
    let twin_pdf = |l: &str, year: &str| format!("/{l}/reports/{year}/annual-report-{year}.pdf");
    let mut twins_before = Vec::new();
    for l in &languages {
        let (status, bytes) = server.get(&twin_pdf(l, "2016-17"));
        assert_eq!(status, 200, "no {}", twin_pdf(l, "2016-17"));
        assert!(bytes.starts_with(b"%PDF-") && bytes != pdf_before.1);
        twins_before.push((bytes, server.get(&twin_pdf(l, "2015-16")).1));
    }

    let since = server.log().len();
    edit(
        &site.path().join(CHAPTER),
        HEADING,
        "## Our part in the mechanism",
    );
    let page = server.wait_for_page(CHAPTER_URL, "show the new heading", |s, t| {
        s == 200 && t.contains("Our part in the mechanism")
    });
    assert!(!page.contains("Our part in the NPM"));
    server.wait_for_line(since, &format!("changed: {CHAPTER}"));
    // A new heading may mend or break links to it: the whole site is
    // rebuilt, not the chapter first.
    assert!(
        !server.log()[since..].contains("the rest follows"),
        "a heading's edit was shown before the links to it were checked"
    );

    // Its year's PDF is typeset again, in each language (a translation's
    // headings take the original's ids); the other year's is not.
    let editions = 1 + languages.len();
    let line = server.wait_for_line(since, &format!("typeset {editions} PDF(s)"));
    assert!(line.ends_with(&format!("({editions} unchanged)")), "{line}");
    let at = since + server.log()[since..].find(&line).expect("the line");
    server.wait_for_line(at, "rebuilt ");
    let pdf_after = server.get("/reports/2016-17/annual-report-2016-17.pdf");
    assert_eq!(pdf_after.0, 200);
    assert_ne!(pdf_after.1, pdf_before.1, "the PDF was not typeset again");
    assert_eq!(
        server.get("/reports/2015-16/annual-report-2015-16.pdf").1,
        other_pdf_before.1
    );
    for (l, (this_year, other_year)) in languages.iter().zip(&twins_before) {
        assert_ne!(&server.get(&twin_pdf(l, "2016-17")).1, this_year, "{l}");
        assert_eq!(&server.get(&twin_pdf(l, "2015-16")).1, other_year, "{l}");
    }

    // Of the pages, only the chapter's and its year's (which gives the
    // PDF's size) were written again, in each language the site is
    // translated into too.
    let mut changed: Vec<String> = vec![
        "reports/2016-17/hiw/index.html".into(),
        "reports/2016-17/index.html".into(),
    ];
    for l in &languages {
        changed.push(format!("{l}/reports/2016-17/hiw/index.html"));
        changed.push(format!("{l}/reports/2016-17/index.html"));
    }
    let after = mtimes(&out);
    let rewritten: Vec<&String> = after
        .iter()
        .filter(|(p, t)| p.ends_with(".html") && before.get(*p) != Some(*t))
        .map(|(p, _)| p)
        .collect();
    assert!(
        rewritten.contains(&&"reports/2016-17/hiw/index.html".to_string()),
        "{rewritten:?}"
    );
    assert!(
        rewritten.iter().all(|p| changed.contains(p)),
        "pages the edit does not change were written again: {rewritten:?}"
    );
    let pages = after.keys().filter(|p| p.ends_with(".html")).count();
    assert!(pages > 50, "only {pages} pages were built");
}

/// The usual edit, a chapter's text, is shown from that chapter alone
/// before the rest of the site is rebuilt. The page is the one `build`
/// makes of the same files, and the whole rebuild that follows finds it so.
#[test]
fn a_changed_recommendation_waits_for_the_whole_rebuild() {
    // Recommendation ids are checked across the site, so a chapter whose
    // recommendations change is not shown ahead of the rebuild.
    // (A chapter with no translation: a translation must make the same
    // recommendations, so renaming one in hiw.md alone is an error.)
    const CHAPTER: &str = "content/reports/2016-17/cjini.md";
    let site = site_copy();
    let mut server = Server::start(site.path(), &["--port", "0"]);
    server.wait_until_idle();
    let chapter = std::fs::read_to_string(site.path().join(CHAPTER)).unwrap();
    let old_id = chapter
        .split("::: recommendation {#")
        .nth(1)
        .and_then(|rest| rest.split([' ', '}']).next())
        .expect("the chapter makes a recommendation")
        .to_string();
    let since = server.log().len();
    edit(
        &site.path().join(CHAPTER),
        &format!("{{#{old_id} "),
        &format!("{{#{old_id}-renamed "),
    );
    let line = server.wait_for_line(since, "rebuilt ");
    let at = since + server.log()[since..].find(&line).expect("the line");
    assert!(
        !server.log()[since..at].contains("updated reports/2016-17/cjini/index.html"),
        "the chapter was shown before the rebuild checked it:\n{}",
        &server.log()[since..]
    );
    let page = std::fs::read_to_string(site.path().join("public/reports/2016-17/cjini/index.html"))
        .unwrap();
    assert!(
        page.contains(&format!("id=\"recommendation-{old_id}-renamed\"")),
        "the page has the new anchor"
    );
}

#[test]
fn a_chapter_text_edit_is_shown_first_as_build_makes_it() {
    let site = site_copy();
    let mut server = Server::start(site.path(), &["--port", "0"]);
    server.wait_until_idle();
    let page = site.path().join("public/reports/2016-17/hiw/index.html");

    let since = server.log().len();
    edit(
        &site.path().join(CHAPTER),
        "the rest is illustration.",
        "the rest is illustration, and [its members](@/registry/bodies/hmip.toml) are linked.",
    );
    let line = server.wait_for_line(since, "updated reports/2016-17/hiw/index.html in ");
    assert!(line.ends_with("; the rest follows"), "{line}");
    let shown = std::fs::read_to_string(&page).expect("the chapter's page");
    let edited = shown
        .split_once("the rest is illustration, and <a ")
        .and_then(|(_, rest)| rest.split_once("</a> are linked."))
        .map(|(link, _)| link);
    assert!(
        edited.is_some_and(|l| l.contains("registry/bodies/hmip/") && l.ends_with(">its members")),
        "the page does not show the edit: {edited:?}"
    );
    let at = since + server.log()[since..].find(&line).expect("the line") + line.len();
    server.wait_for_line(at, "rebuilt ");
    assert_eq!(
        std::fs::read_to_string(&page).expect("the chapter's page"),
        shown,
        "the whole rebuild made the page differently"
    );

    // `build`, with the server's address as the site's, makes the same page.
    let out = tempdir();
    build(
        site.path(),
        "content",
        out.path(),
        &["--base-url", &format!("{}/", server.url)],
    )
    .assert_success();
    assert_eq!(
        std::fs::read_to_string(out.path().join("reports/2016-17/hiw/index.html"))
            .expect("build's page"),
        shown,
        "serve showed the chapter differently from how build makes it"
    );

    // A link that goes nowhere is not shown first: the rebuild reports it.
    let since = server.log().len();
    edit(
        &site.path().join(CHAPTER),
        "(@/registry/bodies/hmip.toml)",
        "(@/registry/bodies/nobody.toml)",
    );
    server.wait_for_line(since, "nobody.toml");
    assert!(!server.log()[since..].contains("the rest follows"));
    assert_eq!(
        std::fs::read_to_string(&page).expect("the chapter's page"),
        shown,
        "a broken edit changed the page"
    );
}

#[test]
fn a_broken_change_keeps_the_last_good_site_and_reports_the_error() {
    let site = site_copy();
    let mut server = Server::start(site.path(), &["--port", "0"]);
    let (_, good) = server.get_text(CHAPTER_URL);
    assert!(good.contains("Our part in the NPM"));

    let chapter = site.path().join(CHAPTER);
    let since = server.log().len();
    edit(
        &chapter,
        "(@/registry/bodies/hiw.toml)",
        "(@/registry/bodies/nope.toml)",
    );
    edit(&chapter, HEADING, "## Our part in the mechanism");
    server.wait_for_line(
        since,
        "build failed: 1 error(s); still serving the last good site",
    );
    // The diagnostic points at the broken link.
    let text = std::fs::read_to_string(&chapter).expect("the chapter");
    let (line_no, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("nope.toml"))
        .expect("the broken line");
    let col = line[..line.find("[registry]").expect("the link")]
        .chars()
        .count()
        + 1;
    let header = format!(
        "{CHAPTER}:{}:{col}: error: `@/registry/bodies/nope.toml` points to `registry/bodies/nope.toml`, which does not exist",
        line_no + 1
    );
    let log = server.log();
    assert!(log[since..].contains(&header), "no {header:?} in:\n{log}");

    // The last good page is still served, and open pages are told why.
    let (status, kept) = server.get_text(CHAPTER_URL);
    assert_eq!(status, 200);
    assert!(kept.contains("Our part in the NPM"));
    assert!(!kept.contains("Our part in the mechanism"));
    let state = server.state();
    let errors = state["errors"].as_str().expect("the errors, as text");
    // (Beside it, the warning that the chapter's Welsh translation
    // is now out of date.)
    assert!(errors.contains(&header), "{errors}");

    // Fixed, the site builds again and the overlay goes.
    let since = server.log().len();
    edit(
        &chapter,
        "(@/registry/bodies/nope.toml)",
        "(@/registry/bodies/hiw.toml)",
    );
    server.wait_for_page(CHAPTER_URL, "show the fixed chapter", |s, t| {
        s == 200 && t.contains("Our part in the mechanism")
    });
    server.wait_for_line(since, "the site builds again");
    assert_eq!(server.state()["errors"], serde_json::Value::Null);
}

#[test]
fn theme_files_are_copied_and_templates_rerender_the_pages() {
    let site = site_copy();
    let mut server = Server::start(site.path(), &["--port", "0"]);
    server.wait_until_idle();

    let css = site.path().join("theme/css/site.css");
    let since = server.log().len();
    let mut text = std::fs::read_to_string(&css).expect("the stylesheet");
    text.push_str("\n/* a change made while serving */\n");
    std::fs::write(&css, &text).expect("write the stylesheet");
    server.wait_for_page("/css/site.css", "change", |s, t| {
        s == 200 && t.contains("a change made while serving")
    });
    let line = server.wait_for_line(since, "copied ");
    assert_eq!(
        line.split(" in ").next(),
        Some("copied 1 theme file(s)"),
        "{line}"
    );
    // Nothing was rendered for it.
    assert!(
        !server.log()[since..].contains("rebuilt "),
        "{}",
        server.log()
    );

    let base = site.path().join("templates/base.html");
    let template = std::fs::read_to_string(&base).expect("base.html");
    let marker = "<main";
    assert!(template.contains(marker));
    std::fs::write(
        &base,
        template.replacen(marker, "<p id=\"serve-test\">Preview</p><main", 1),
    )
    .expect("write base.html");
    server.wait_for_page("/", "show the template's change", |s, t| {
        s == 200 && t.contains("serve-test")
    });
}

#[test]
fn a_site_that_does_not_build_at_first_is_served_once_it_does() {
    let site = site_copy();
    let chapter = site.path().join(CHAPTER);
    edit(
        &chapter,
        "(@/registry/bodies/hiw.toml)",
        "(@/registry/bodies/nope.toml)",
    );
    let mut server = Server::start(site.path(), &["--port", "0"]);
    server.wait_for_line(0, "build failed: 1 error(s)");
    let (status, page) = server.get_text("/");
    assert_eq!(status, 404);
    assert!(page.contains("Nothing has been built here yet"));
    assert!(page.contains("/__opcat-press/live.js"));
    assert!(server.state()["errors"].as_str().is_some());

    edit(
        &chapter,
        "(@/registry/bodies/nope.toml)",
        "(@/registry/bodies/hiw.toml)",
    );
    server.wait_for_page("/", "be built", |s, _| s == 200);
    assert_eq!(server.state()["errors"], serde_json::Value::Null);
}

#[test]
fn an_output_folder_inside_the_sources_is_refused() {
    let site = site_copy();
    let run = opcat(
        site.path(),
        &["serve", "--port", "0", "--output", "content/public"].map(std::ffi::OsStr::new),
    );
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert_eq!(
        run.error_lines(),
        ["content/public: error: the output folder is inside `content`"]
    );
    assert!(!site.path().join("content/public").exists());
}

#[test]
fn a_broken_report_template_keeps_the_last_good_pdfs() {
    let site = site_copy();
    let mut server = Server::start(site.path(), &["--port", "0"]);
    server.wait_until_idle();
    let pdf = "/reports/2016-17/annual-report-2016-17.pdf";
    let good = server.get(pdf);
    assert_eq!(good.0, 200);

    let template = site.path().join("templates/report.typ");
    let since = server.log().len();
    edit(&template, "#let muted = luma(80)", "#let muted = luma(");
    server.wait_for_line(since, "a PDF failed; its last good version stays");
    let log = server.log();
    assert!(
        log[since..].contains("templates/report.typ:"),
        "the error does not point at the template:\n{log}"
    );
    // The pages did not change, so none was written again. (The PDF may
    // fail before the watcher reports the save: the PDFs read the template
    // when they are typeset.)
    server.wait_for_line(since, "changed: templates/report.typ");
    server.wait_for_line(since, ": 0 file(s) changed");
    assert_eq!(server.get(pdf), good, "the last good PDF is gone");
    let state = server.state();
    let errors = state["errors"].as_str().expect("the errors, as text");
    assert!(errors.contains("templates/report.typ:"), "{errors}");

    let since = server.log().len();
    edit(&template, "#let muted = luma(", "#let muted = luma(80)");
    server.wait_for_line(since, "the PDFs build again");
    assert_eq!(server.state()["errors"], serde_json::Value::Null);
}

#[test]
fn ctrl_c_stops_the_server_and_says_the_folder_is_a_preview() {
    let site = site_copy();
    let mut server = Server::start(site.path(), &["--port", "0"]);
    let status = std::process::Command::new("kill")
        .args(["-INT", &server.pid().to_string()])
        .status()
        .expect("run kill");
    assert!(status.success());
    let line = server.wait_for_line(0, "stopped.");
    assert!(
        line.contains("public holds a preview build") && line.contains("opcat-press build"),
        "{line}"
    );
    assert_eq!(server.wait().code(), Some(0));
}

#[test]
fn moved_theme_folders_and_new_fonts_are_picked_up() {
    let site = site_copy();
    let mut server = Server::start(site.path(), &["--port", "0"]);
    server.wait_until_idle();
    assert_eq!(server.get("/css/site.css").0, 200);

    // A folder moved: its files are served at their new place only.
    let theme = site.path().join("theme");
    std::fs::rename(theme.join("css"), theme.join("styles")).expect("move theme/css");
    server.wait_for_page("/styles/site.css", "be served", |s, _| s == 200);
    server.wait_for_page("/css/site.css", "be gone", |s, _| s == 404);

    // A font added: every year's PDF, in each language, is typeset again
    // with it.
    let pdfs = walkdir::WalkDir::new(site.path().join("public"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
        .count();
    assert!(pdfs >= 2, "{pdfs} PDFs");
    let since = server.log().len();
    let font = std::fs::read_dir(theme.join("fonts"))
        .expect("theme/fonts")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "ttf"))
        .expect("a font in theme/fonts");
    std::fs::copy(&font, theme.join("fonts/Copy-For-Test.ttf")).expect("copy a font");
    let line = server.wait_for_line(since, &format!("typeset {pdfs} PDF(s)"));
    assert!(line.ends_with("(0 unchanged)"), "{line}");
}

#[test]
fn requests_for_another_host_name_are_refused() {
    use std::io::{Read, Write};
    let site = site_copy();
    let server = Server::start(site.path(), &["--port", "0"]);
    let addr = server.url.trim_start_matches("http://");
    let ask = |host: &str| {
        let mut stream = std::net::TcpStream::connect(addr).expect("connect");
        write!(
            stream,
            "GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .expect("send");
        let mut answer = String::new();
        stream.read_to_string(&mut answer).expect("read");
        answer
    };
    // A page elsewhere that points its own name at 127.0.0.1 (DNS
    // rebinding) must not read the preview.
    let refused = ask("attacker.example");
    assert!(refused.starts_with("HTTP/1.1 403"), "{refused}");
    assert!(!refused.contains("<html"));
    let port = addr.rsplit(':').next().expect("a port");
    for host in [addr.to_string(), format!("localhost:{port}")] {
        let answer = ask(&host);
        assert!(answer.starts_with("HTTP/1.1 200"), "{host}: {answer}");
    }
}

#[test]
fn the_search_index_follows_an_edit() {
    let site = site_copy();
    let mut server = Server::start(site.path(), &["--port", "0"]);
    server.wait_until_idle();
    // Pagefind's entry file names the index's fragments by their content.
    let entry = "/pagefind/pagefind-entry.json";
    let before = server.wait_for_page(entry, "be written", |s, _| s == 200);
    edit(
        &site.path().join(CHAPTER),
        HEADING,
        "## Our part in the NPM\n\nA word for the index: zygomorphic.",
    );
    server.wait_for_page(entry, "change with the edit", |s, t| {
        s == 200 && t != before
    });
}
