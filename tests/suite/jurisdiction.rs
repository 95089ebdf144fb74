//! The jurisdiction-neutral model: a site's own words for its State (its
//! parts, its series of official papers) over the templates' UK words, and
//! report years that are calendar years. The expected words are read from
//! the catalogue and the fixture's files.

use std::collections::BTreeMap;
use std::path::Path;

use crate::common::*;

/// The fixture with a site's own words (`content/i18n/en-GB/`) and a
/// calendar-year report, laid over the minimal site.
const FIXTURE: &str = "jurisdiction-words";

/// The `id = text` lines of a `.ftl` file, terms (`-part`) included.
fn entries(path: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(path).expect("a catalogue file");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with(' '))
        .filter_map(|l| l.split_once(" = "))
        .map(|(id, text)| (id.to_string(), text.to_string()))
        .collect()
}

/// The en-GB catalogue's one-line messages, from every file.
fn english() -> BTreeMap<String, String> {
    let dir = repo().join("templates/i18n/en-GB");
    let mut all = BTreeMap::new();
    for e in std::fs::read_dir(dir).expect("en-GB") {
        all.extend(entries(&e.expect("a file").path()));
    }
    all
}

/// `message` with each `{ -term }` replaced by the site's word for it.
fn with_terms(message: &str, terms: &BTreeMap<String, String>) -> String {
    let mut out = message.to_string();
    for (id, word) in terms.iter().filter(|(id, _)| id.starts_with('-')) {
        out = out.replace(&format!("{{ {id} }}"), word);
    }
    out
}

/// The visible text and read-out attributes of a page, scripts left out.
fn page_words(path: &Path) -> String {
    let doc = parse_html_file(path);
    let mut words = doc
        .select(&sel("body"))
        .map(text_of)
        .collect::<Vec<_>>()
        .join(" ");
    for el in doc.select(&sel("[aria-label], [title], [alt]")) {
        for name in ["aria-label", "title", "alt"] {
            if let Some(v) = el.value().attr(name) {
                words.push(' ');
                words.push_str(v);
            }
        }
    }
    words
}

/// Where `word` or its plural (`word` + s) stands as a word of its own in
/// `text`, in any case.
fn word_at(text: &str, word: &str) -> Option<usize> {
    let lower = text.to_lowercase();
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    lower.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before = lower[..i].chars().next_back();
        let mut after = lower[i + word.len()..].chars();
        let next = after.next();
        !letter(before) && (!letter(next) || (next == Some('s') && !letter(after.next())))
    })
}

fn site_with_own_words() -> tempfile::TempDir {
    let site = minimal_with(&[FIXTURE]);
    link_templates_and_theme(site.path());
    site
}

fn site_words() -> BTreeMap<String, String> {
    entries(&fixture(FIXTURE).join("content/i18n/en-GB/jurisdiction.ftl"))
}

#[test]
fn a_sites_own_words_for_its_state_replace_the_uk_words() {
    let site = site_with_own_words();
    let out = site.path().join("public");
    build(site.path(), "content", &out, &[]).assert_success();
    let ours = site_words();
    let english = english();

    // Messages that use the terms read with the site's words.
    let home = std::fs::read_to_string(out.join("index.html")).expect("home");
    let browse = with_terms(&english["home-by-nation"], &ours);
    assert!(browse.contains(&ours["-part"]), "{browse}");
    assert!(home.contains(&browse), "the home page lacks “{browse}”");

    // No page but the open data's field documentation (which documents
    // the files' English keys, `nations`) calls a part a nation.
    for page in html_pages(&out) {
        if page.starts_with("data/") {
            continue;
        }
        let words = page_words(&out.join(&page));
        if let Some(at) = word_at(&words, "nation") {
            let from = words.floor_char_boundary(at.saturating_sub(60));
            panic!("{page} says “{}”", &words[from..at + 6]);
        }
    }

    // The year page names the paper series, and the PDF is presented as
    // the site says.
    let report = read_toml(&site.path().join("content/reports/2015-16/report.toml"));
    let number = report["command_paper"].as_str().expect("command_paper");
    let year = page_words(&out.join("reports/2015-16/index.html"));
    assert!(year.contains(&ours["-paper-series"]), "{year}");
    assert!(year.contains(number));
    let pdf = std::fs::read_dir(out.join("reports/2015-16"))
        .expect("the year's folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|e| e == "pdf"))
        .expect("the year's PDF");
    let text = crate::pdf::pdf_text(&pdf).replace('\n', " ");
    let presented = with_terms(&ours["pdf-presented"], &ours).replace("{ $number }", number);
    assert!(text.contains(&presented), "the PDF lacks “{presented}”");
    let uk = with_terms(&english["-paper-series"], &english);
    assert!(!text.contains(&uk), "the PDF still says {uk}");

    // `check` finds nothing to warn about.
    let check = opcat(site.path(), &["check".as_ref(), "--deny-warnings".as_ref()]);
    assert_eq!(check.code, Some(0), "{}", check.stderr);
}

#[test]
fn site_words_for_a_message_the_templates_lack_are_an_error_in_build_and_check() {
    let site = site_with_own_words();
    let file = site.path().join("content/i18n/en-GB/jurisdiction.ftl");
    let mut text = std::fs::read_to_string(&file).expect("the site's words");
    // Two misspelt ids, a term's and a message's.
    text.push_str("-prat = Land\nhome-by-natoin = Browse by Land\n");
    std::fs::write(&file, &text).expect("write");
    let line_of = |id: &str| {
        1 + text
            .lines()
            .position(|l| l.starts_with(id))
            .expect("the line")
    };

    let out = site.path().join("public");
    let run = build(site.path(), "content", &out, &[]);
    assert_ne!(run.code, Some(0), "{}", run.stderr);
    assert!(!out.exists(), "nothing is written");
    let check = opcat(site.path(), &["check".as_ref()]);
    assert_ne!(check.code, Some(0), "{}", check.stderr);
    for diags in [run.diagnostics(), check.diagnostics()] {
        for (wrong, right) in [("-prat", "-part"), ("home-by-natoin", "home-by-nation")] {
            let d = diags
                .iter()
                .find(|d| d.severity == "error" && d.message.contains(&format!("`{wrong}`")))
                .unwrap_or_else(|| panic!("no error for {wrong}: {diags:#?}"));
            assert!(
                d.file.ends_with("i18n/en-GB/jurisdiction.ftl"),
                "{}",
                d.file
            );
            assert_eq!(d.line, Some(line_of(wrong)), "{wrong}'s line");
            let hint = d.hint.as_deref().unwrap_or_default();
            assert!(hint.contains(&format!("`{right}`")), "{hint}");
        }
    }
}

#[test]
fn a_report_year_may_be_a_calendar_year() {
    let site = site_with_own_words();
    let out = site.path().join("public");
    build(site.path(), "content", &out, &["--no-pdf"]).assert_success();
    let report = read_toml(&site.path().join("content/reports/2023/report.toml"));
    let start = day(&report["period_start"]);
    let end = day(&report["period_end"]);
    assert_eq!((start.0, end.0), (2023, 2023));
    let page = page_words(&out.join("reports/2023/index.html"));
    assert!(page.contains(&report["title"].as_str().expect("title").to_string()));
    let months = english();
    for (y, m, d) in [start, end] {
        let written = format!("{d} {} {y}", months[&format!("month-{m}")]);
        assert!(page.contains(&written), "the year page lacks {written}");
    }
    let reports = std::fs::read_to_string(out.join("data/reports.json")).expect("reports.json");
    assert!(
        reports.contains("\"2023\""),
        "reports.json lacks the year 2023"
    );

    // `new year` opens the next calendar year after it.
    let new = opcat(
        site.path(),
        &["new".as_ref(), "year".as_ref(), "2024".as_ref()],
    );
    new.assert_success();
    let next = read_toml(&site.path().join("content/reports/2024/report.toml"));
    let (s, e) = (day(&next["period_start"]), day(&next["period_end"]));
    assert_eq!(s, (2024, start.1, start.2));
    assert_eq!(e, (2024, end.1, end.2));
    assert_eq!(
        next["number"].as_integer(),
        report["number"].as_integer().map(|n| n + 1)
    );
    let check = opcat(site.path(), &["check".as_ref()]);
    assert_eq!(check.code, Some(0), "{}", check.stderr);

    // A calendar year's period must be in that year.
    let file = site.path().join("content/reports/2024/report.toml");
    let text = std::fs::read_to_string(&file).expect("report.toml");
    std::fs::write(
        &file,
        text.replace("period_end = 2024-", "period_end = 2025-"),
    )
    .expect("write");
    let check = opcat(site.path(), &["check".as_ref()]);
    assert_ne!(check.code, Some(0));
    let d = check
        .diagnostics()
        .into_iter()
        .find(|d| d.message.contains("does not match the folder `2024`"))
        .unwrap_or_else(|| panic!("{}", check.stderr));
    assert!(
        d.hint
            .as_deref()
            .unwrap_or_default()
            .contains("starts and ends in 2024")
    );
}

#[test]
fn a_reworded_term_without_the_attribute_a_language_needs_is_an_error() {
    // French messages choose "tous"/"toutes" by the part's gender: a
    // French site that calls its parts `Land` must say which gender it is.
    let site = site_with_own_words();
    let content = site.path().join("content");
    std::fs::remove_dir_all(content.join("i18n/en-GB")).expect("remove en-GB words");
    std::fs::create_dir_all(content.join("i18n/fr")).expect("fr words");
    let words = content.join("i18n/fr/jurisdiction.ftl");
    std::fs::write(&words, "-part = Land\n-parts = Länder\n").expect("write");
    let config = content.join("site.toml");
    let text = std::fs::read_to_string(&config).expect("site.toml");
    std::fs::write(
        &config,
        text.replace("language = \"en-GB\"", "language = \"fr\""),
    )
    .expect("write");
    // The attribute the French catalogue gives the term.
    let french = std::fs::read_to_string(repo().join("templates/i18n/fr/jurisdiction.ftl"))
        .expect("fr/jurisdiction.ftl");
    let after = french.split("\n-part =").nth(1).expect("fr's -part");
    let attribute = after
        .lines()
        .nth(1)
        .and_then(|l| l.trim().strip_prefix('.'))
        .and_then(|l| l.split_once(" ="))
        .map(|(a, _)| a.to_string())
        .expect("an attribute under fr's -part");

    let check = opcat(site.path(), &["check".as_ref()]);
    assert_ne!(check.code, Some(0), "{}", check.stderr);
    let diags = check.diagnostics();
    let d = diags
        .iter()
        .find(|d| d.message.contains(&format!("`-part.{attribute}`")))
        .unwrap_or_else(|| panic!("{}", check.stderr));
    assert!(d.file.ends_with("i18n/fr/jurisdiction.ftl"), "{}", d.file);
    assert_eq!(d.line, Some(1));

    // With the attribute, the site builds and its pages use the word.
    std::fs::write(
        &words,
        format!("-part = Land\n    .{attribute} = masculine\n-parts = Länder\n"),
    )
    .expect("write");
    let out = site.path().join("public");
    build(site.path(), "content", &out, &["--no-pdf"]).assert_success();
    let home = page_words(&out.join("index.html"));
    assert!(home.contains("Land"), "{home}");
}
