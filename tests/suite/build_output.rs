//! What a build writes: the minimal fixture site page by page, byte-identical
//! rebuilds, all-or-nothing replacement of the output folder, and Markdown
//! that cannot inject markup.

use std::path::Path;

use crate::common::*;

fn build_minimal(out: &Path) -> Run {
    build(&fixture("minimal"), "content", out, &[])
}

fn minimal_content() -> std::path::PathBuf {
    fixture("minimal").join("content")
}

#[test]
fn minimal_site_builds_exactly_its_pages_without_diagnostics() {
    let tmp = tempdir();
    let out = tmp.path().join("public");
    let run = build_minimal(&out);
    run.assert_success();
    assert!(
        run.diagnostics().is_empty(),
        "a valid site builds without warnings:\n{}",
        run.stderr
    );
    assert_eq!(html_pages(&out), expected_pages(&minimal_content()));
    // The theme and the content's images are copied as they are.
    let image = std::fs::read(minimal_content().join("reports/2015-16/images/visits.svg")).unwrap();
    assert_eq!(
        std::fs::read(out.join("reports/2015-16/images/visits.svg")).unwrap(),
        image
    );
    let css = std::fs::read(repo().join("theme/css/site.css")).unwrap();
    assert_eq!(std::fs::read(out.join("css/site.css")).unwrap(), css);
    assert!(out.join("404.html").is_file());
    assert_eq!(staging_leftovers(tmp.path()), Vec::<String>::new());
}

#[test]
fn minimal_site_has_no_broken_links_or_fragments() {
    let tmp = tempdir();
    let out = tmp.path().join("public");
    build_minimal(&out).assert_success();
    let problems = broken_links(&out, "/");
    assert!(
        problems.is_empty(),
        "broken links:\n{}",
        problems.join("\n")
    );
}

#[test]
fn minimal_body_pages_show_names_successors_former_names_and_events() {
    let tmp = tempdir();
    let out = tmp.path().join("public");
    build_minimal(&out).assert_success();
    let reg = load_registry(&minimal_content());
    for b in reg.bodies.values() {
        let doc = parse_html_file(&out.join(format!("registry/bodies/{}/index.html", b.id)));
        assert_eq!(h1_text(&doc), b.name, "the <h1> of {}'s page", b.id);
        let main = doc.select(&sel("main")).next().expect("a <main>");
        let text = text_of(main);
        for former in &b.former_names {
            assert!(
                text.contains(former.as_str()),
                "{}'s page shows its former name `{former}`",
                b.id
            );
        }
        if let Some(successor) = &b.successor {
            assert!(
                linked_ids(main, "bodies").contains(successor),
                "{}'s page links to its successor `{successor}`",
                b.id
            );
        }
    }
    // The fixture has one of each, so the loop above checked something.
    assert!(reg.bodies.values().any(|b| b.successor.is_some()));
    assert!(reg.bodies.values().any(|b| !b.former_names.is_empty()));
    // Gamma's event names Beta as the related body.
    let gamma = parse_html_file(&out.join("registry/bodies/gamma/index.html"));
    let main = gamma.select(&sel("main")).next().unwrap();
    assert!(
        linked_ids(main, "bodies").contains("beta"),
        "gamma's event links to beta"
    );
}

#[test]
fn minimal_chapter_shows_its_image_footnote_and_cross_chapter_link() {
    let tmp = tempdir();
    let out = tmp.path().join("public");
    build_minimal(&out).assert_success();
    let page = out.join("reports/2015-16/foreword/index.html");
    let doc = parse_html_file(&page);
    let main = doc.select(&sel("main")).next().expect("a <main>");

    let imgs: Vec<_> = main.select(&sel("img")).collect();
    assert_eq!(imgs.len(), 1, "the foreword has one image");
    assert_eq!(
        imgs[0].value().attr("alt"),
        Some("A bar chart of visits per year")
    );
    let src = imgs[0].value().attr("src").unwrap();
    assert!(
        src.ends_with("reports/2015-16/images/visits.svg"),
        "img src {src}"
    );
    assert!(
        page.parent().unwrap().join(src).is_file(),
        "img src {src} resolves to the copied image"
    );

    // The link to another chapter keeps its heading.
    let hrefs: Vec<&str> = main
        .select(&sel("a[href]"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(
        hrefs
            .iter()
            .any(|h| h.ends_with("reports/2015-16/alpha/#inspections-in-2015")),
        "the foreword links to the Alpha chapter's heading: {hrefs:?}"
    );
    // The footnote reference leads to a note with the note's text, which
    // links back to the reference.
    let note_ref = main
        .select(&sel("sup a[href^='#']"))
        .next()
        .expect("a footnote reference");
    let note_id = &note_ref.value().attr("href").unwrap()[1..];
    let note = doc
        .select(&sel(&format!("[id='{note_id}']")))
        .next()
        .unwrap_or_else(|| panic!("no footnote with id {note_id}"));
    assert!(
        text_of(note).contains("Counted from the members"),
        "footnote text: {}",
        text_of(note)
    );
    let back = note
        .select(&sel("a[href]"))
        .filter_map(|a| a.value().attr("href"))
        .collect::<Vec<_>>();
    let ref_id = note_ref
        .value()
        .attr("id")
        .expect("the footnote reference has an id");
    assert!(
        back.contains(&format!("#{ref_id}").as_str()),
        "the note links back to #{ref_id}: {back:?}"
    );
}

#[test]
fn minimal_feed_lists_each_published_report() {
    let tmp = tempdir();
    let out = tmp.path().join("public");
    build_minimal(&out).assert_success();
    let xml = std::fs::read_to_string(out.join("feed.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("feed.xml is well-formed XML");
    let base = base_url(&minimal_content());
    let entry_links: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .filter_map(|e| e.children().find(|c| c.has_tag_name("link")))
        .filter_map(|l| l.attribute("href").map(str::to_string))
        .collect();
    let expected: Vec<String> = load_reports(&minimal_content())
        .iter()
        .filter(|r| r.status == "published" && r.published)
        .map(|r| format!("{base}reports/{}/", r.year))
        .collect();
    assert!(!expected.is_empty(), "the fixture has a published report");
    assert_eq!(entry_links, expected);
}

#[test]
fn building_the_uk_site_twice_gives_byte_identical_trees() {
    let tmp = tempdir();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    // Typeset both times (`build` passes --no-cache): the cache would hide a difference.
    build_uk_site(&a, &[]).assert_success();
    build_uk_site(&b, &[]).assert_success();
    let (sa, sb) = (snapshot(&a), snapshot(&b));
    assert_eq!(
        sa.keys().collect::<Vec<_>>(),
        sb.keys().collect::<Vec<_>>(),
        "the two builds wrote different files"
    );
    let differing: Vec<&String> = sa
        .iter()
        .filter(|(k, v)| sb[*k] != **v)
        .map(|(k, _)| k)
        .collect();
    assert!(
        differing.is_empty(),
        "files differ between two builds: {differing:?}"
    );
}

#[test]
fn a_failed_build_leaves_the_previous_site_untouched() {
    let tmp = tempdir();
    let out = tmp.path().join("public");
    build_uk_site(&out, &[]).assert_success();
    let before = snapshot(&out);
    assert!(before.contains_key("index.html"));

    let invalid = minimal_with(&["invalid-reports"]);
    let run = build(invalid.path(), "content", &out, &[]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(!run.error_lines().is_empty());
    assert!(
        snapshot(&out) == before,
        "a failed build changed the output folder"
    );
    assert_eq!(staging_leftovers(tmp.path()), Vec::<String>::new());
}

/// `build` writes each PDF into the new site as soon as it is typeset: a
/// year that fails after others were written must still leave the previous
/// site as it was, and no half-made site beside it.
#[test]
fn a_pdf_that_fails_after_others_were_written_leaves_the_previous_site_untouched() {
    let tmp = tempdir();
    let site = tmp.path().join("site");
    minimal_at(&site, &[]);
    // Four years, so that the last starts only once one of the first two
    // was typeset and written (the years are typeset two at a time).
    let reports = site.join("content/reports");
    let first = std::fs::read_to_string(reports.join("2015-16/report.toml")).unwrap();
    for k in 1..=3 {
        let (start, end) = (2015 + k, 2016 + k);
        let year = format!("{start}-{:02}", end % 100);
        copy_dir(&reports.join("2015-16"), &reports.join(&year));
        let toml = first
            .replace("number = 7", &format!("number = {}", 7 + k))
            .replace("2015-04-01", &format!("{start}-04-01"))
            .replace("2016-03-31", &format!("{end}-03-31"))
            .replace("2016-11-30", &format!("{end}-11-30"));
        std::fs::write(reports.join(&year).join("report.toml"), toml).unwrap();
    }
    let out = tmp.path().join("public");
    build(&site, "content", &out, &[]).assert_success();
    let before = snapshot(&out);
    let built_pdfs = before.keys().filter(|p| p.ends_with(".pdf")).count();
    assert_eq!(built_pdfs, 4, "{:?}", before.keys());

    // The newest year gets a picture no decoder can read, which only
    // typesetting finds.
    let year = load_reports(&site.join("content"))
        .into_iter()
        .next_back()
        .expect("a year");
    let dir = site.join("content/reports").join(&year.year);
    std::fs::create_dir_all(dir.join("images")).unwrap();
    std::fs::copy(
        fixture("pdf-broken-image").join("content/reports/2015-16/images/broken.png"),
        dir.join("images/broken.png"),
    )
    .unwrap();
    let chapter = dir.join(format!("{}.md", year.chapters[0]));
    let mut text = std::fs::read_to_string(&chapter).unwrap();
    text.push_str("\n![A chart that cannot be decoded](images/broken.png)\n");
    std::fs::write(&chapter, text).unwrap();

    let run = build(&site, "content", &out, &[]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    let errors = run.error_lines();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains(&year.year), "{}", errors[0]);
    assert!(
        snapshot(&out) == before,
        "a failed build changed the output folder"
    );
    assert_eq!(staging_leftovers(tmp.path()), Vec::<String>::new());
}

#[test]
fn a_successful_build_replaces_the_previous_site_as_a_whole() {
    let tmp = tempdir();
    let out = tmp.path().join("public");
    build_uk_site(&out, &[]).assert_success();
    std::fs::write(out.join("stale.txt"), "left over from an old build").unwrap();
    build_minimal(&out).assert_success();
    let files: std::collections::BTreeSet<String> = snapshot(&out).into_keys().collect();
    assert!(
        !files.contains("stale.txt"),
        "files of the previous site are removed"
    );
    assert_eq!(html_pages(&out), expected_pages(&minimal_content()));
    assert_eq!(staging_leftovers(tmp.path()), Vec::<String>::new());
}

#[test]
fn a_build_refuses_a_non_empty_folder_that_is_not_a_site() {
    let tmp = tempdir();
    let out = tmp.path().join("thesis");
    std::fs::create_dir_all(out.join("chapters")).unwrap();
    std::fs::write(out.join("notes.txt"), "precious").unwrap();
    std::fs::write(out.join("chapters/one.md"), "# One").unwrap();
    let before = snapshot(&out);

    let run = build_minimal(&out);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    let errors = run.error_lines();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let d = &run.diagnostics()[0];
    assert_eq!(Path::new(&d.file), out, "the error names the output folder");
    assert!(d.message.contains("no index.html"), "{}", d.header);
    assert!(snapshot(&out) == before, "the folder was changed");
    assert_eq!(staging_leftovers(tmp.path()), Vec::<String>::new());
}

#[test]
fn raw_html_in_markdown_is_shown_as_text_with_a_warning() {
    let site = minimal_with(&["raw-html"]);
    let site = site.path();
    let tmp = tempdir();
    let out = tmp.path().join("public");
    let run = build(site, "content", &out, &[]);
    run.assert_success();
    let warnings = run.warnings();
    assert!(
        !warnings.is_empty(),
        "raw HTML gives a warning:\n{}",
        run.stderr
    );
    for w in &warnings {
        assert_eq!(w.file, "content/reports/2015-16/alpha.md");
        assert!(
            w.message.to_lowercase().contains("raw html"),
            "{}",
            w.header
        );
        assert_excerpt_matches_file(site, w);
    }
    // One warning per piece of raw HTML, each on its own line of the file.
    let lines: std::collections::BTreeSet<usize> = warnings.iter().filter_map(|w| w.line).collect();
    for needle in ["<script>", "<img src=x", "<div onclick"] {
        let text = std::fs::read_to_string(site.join("content/reports/2015-16/alpha.md")).unwrap();
        let line = text.lines().position(|l| l.contains(needle)).unwrap() + 1;
        assert!(
            lines.contains(&line),
            "no warning on line {line} ({needle}): {lines:?}"
        );
    }

    let page = out.join("reports/2015-16/alpha/index.html");
    let html = std::fs::read_to_string(&page).unwrap();
    // The `<` is escaped; a `>` on its own opens nothing, so it is not
    // asked about.
    assert!(
        html.contains("&lt;script"),
        "the script tag is shown as text"
    );
    assert!(
        html.contains("&lt;img src=x onerror"),
        "the img tag is shown as text"
    );
    let doc = parse_html_file(&page);
    let main = text_of(doc.select(&sel("main")).next().unwrap());
    assert!(
        main.contains("<script>alert(1)</script>"),
        "the reader sees the raw HTML as text: {main}"
    );
    assert!(
        main.contains("<img src=x onerror=alert(1)>"),
        "the reader sees the raw HTML as text: {main}"
    );
    let problems = unsafe_markup(&out);
    assert!(
        problems.is_empty(),
        "unsafe markup:\n{}",
        problems.join("\n")
    );
    assert!(
        doc.select(&sel("img[src='x'], [onerror], [onclick], main script"))
            .next()
            .is_none()
    );
}

#[test]

fn an_output_folder_inside_the_theme_is_not_copied_into_itself() {
    let tmp = tempdir();
    let theme = tmp.path().join("theme");
    copy_dir(&repo().join("theme"), &theme);
    let out = theme.join("public");
    let run_build = || {
        let templates = repo().join("templates");
        let args: Vec<&std::ffi::OsStr> = vec![
            "build".as_ref(),
            "--no-cache".as_ref(),
            "--content".as_ref(),
            "content".as_ref(),
            "--templates".as_ref(),
            templates.as_os_str(),
            "--theme".as_ref(),
            theme.as_os_str(),
            "--output".as_ref(),
            out.as_os_str(),
        ];
        opcat(&fixture("minimal"), &args)
    };
    let first = run_build();
    if first.code != Some(0) {
        // Refusing such an output folder is a fix too.
        assert_eq!(first.code, Some(2), "{}", first.stderr);
        assert!(!out.exists());
        return;
    }
    let files_after_first: Vec<String> = snapshot(&out).into_keys().collect();
    run_build().assert_success();
    let files_after_second: Vec<String> = snapshot(&out).into_keys().collect();
    assert_eq!(
        files_after_second, files_after_first,
        "the second build wrote different files"
    );
}

#[cfg(unix)]
#[test]

fn a_content_folder_that_is_a_symbolic_link_builds() {
    let tmp = tempdir();
    let real = tmp.path().join("real-content");
    copy_dir(&minimal_content(), &real);
    std::os::unix::fs::symlink("real-content", tmp.path().join("content")).unwrap();
    let out = tmp.path().join("public");
    let run = build(tmp.path(), "content", &out, &[]);
    run.assert_success();
    assert_eq!(html_pages(&out), expected_pages(&minimal_content()));
}

/// Names and notes from the registry reach attributes, the SVG timelines,
/// JSON-LD, the finder and the search metadata: markup in them must arrive
/// as text everywhere, never as elements or script.
#[test]
fn hostile_registry_text_stays_text_in_svg_json_ld_and_finder_pages() {
    let tmp = tempdir();
    let site = tmp.path().join("site");
    copy_dir(&repo().join("tests/fixtures/minimal"), &site);
    let hostile = r#"Alpha </script><script>alert(1)</script> "onmouseover="x" </title></desc></svg><img src=x onerror=alert(2)> & Co"#;
    let body = site.join("content/registry/bodies/alpha.toml");
    let text = std::fs::read_to_string(&body).expect("alpha.toml");
    let text = text.replacen(
        "name = \"Alpha Inspectorate of Prisons & Custody\"",
        &format!("name = {}", toml::Value::String(hostile.into())),
        1,
    );
    std::fs::write(&body, text).expect("write alpha.toml");
    let settings = site.join("content/registry/settings.toml");
    let text = std::fs::read_to_string(&settings).expect("settings.toml");
    let text = text.replacen(
        "name = \"Prisons\"",
        "name = \"Prisons <b onclick=alert(3)>now</b>\"",
        1,
    );
    std::fs::write(&settings, text).expect("write settings.toml");

    let out = tmp.path().join("public");
    build(&site, "content", &out, &[]).assert_success();
    let problems = unsafe_markup(&out);
    assert!(
        problems.is_empty(),
        "unsafe markup:\n{}",
        problems.join("\n")
    );

    // The name arrives whole, as text, in each place.
    let page = parse_html_file(&out.join("registry/bodies/alpha/index.html"));
    assert_eq!(
        h1_text(&page),
        hostile.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    let ld = page
        .select(&sel("script[type=\"application/ld+json\"]"))
        .next()
        .expect("JSON-LD");
    let ld: serde_json::Value =
        serde_json::from_str(&ld.text().collect::<String>()).expect("JSON-LD parses");
    assert_eq!(ld["name"], hostile);
    let svg_titles: Vec<String> = page.select(&sel("svg title")).map(text_of).collect();
    assert!(
        svg_titles
            .iter()
            .any(|t| t.contains("</script>") && t.contains("& Co")),
        "{svg_titles:?}"
    );
    assert!(
        page.select(&sel("main img, main b, svg script"))
            .next()
            .is_none()
    );
    let history = parse_html_file(&out.join("registry/history/index.html"));
    let tooltips: String = history.select(&sel("svg title")).map(text_of).collect();
    assert!(tooltips.contains("onmouseover"), "{tooltips}");
    assert!(history.select(&sel("svg img, svg script")).next().is_none());
    let finder = parse_html_file(&out.join("registry/settings/prisons/england/index.html"));
    assert!(h1_text(&finder).starts_with("Prisons <b onclick=alert(3)>now</b> in "));
    assert!(finder.select(&sel("main b")).next().is_none());
    let data: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("data/registry.json")).expect("registry.json"),
    )
    .expect("registry.json parses");
    assert!(
        data["bodies"]
            .as_array()
            .expect("bodies")
            .iter()
            .any(|b| b["name"] == hostile)
    );
}

/// `serve` renders with a cache of rendered Markdown:
/// what comes out of it, the first time and from the cache, is what
/// `build` writes.
#[test]
fn pages_rendered_through_the_serve_cache_are_the_same() {
    use opcat_press::diagnostics::{Report, Sources};
    let opts = opcat_press::BuildOptions::new(repo().join("content"), tempdir().path().join("p"));
    let mut report = Report::default();
    let mut sources = Sources::default();
    let prepared = opcat_press::prepare(&opts, &mut report, &mut sources)
        .unwrap_or_else(|| panic!("the UK content does not build: {}", report.render(&sources)));
    let sizes = std::collections::HashMap::new();
    let render = |cache| {
        opcat_press::pages(&prepared, &sizes, cache)
            .unwrap_or_else(|_| panic!("the pages do not render"))
            .into_iter()
            .map(|f| (f.path, f.bytes))
            .collect::<Vec<_>>()
    };
    let plain = render(None);
    let cache = opcat_press::html::RenderCache::default();
    let first = render(Some(&cache));
    let again = render(Some(&cache));
    assert!(plain.len() > 50);
    assert!(plain == first, "the cache changed the pages");
    assert!(plain == again, "pages from the cache differ");
}

/// `build` adds each batch of pages to the search index as it renders them
/// and lets them go; `serve` indexes the finished pages at once. Both must
/// give the same index, byte for byte.
#[test]
fn the_search_index_built_page_by_page_is_the_one_built_from_all_pages() {
    use opcat_press::diagnostics::{Report, Sources};
    let tmp = tempdir();
    let out = tmp.path().join("public");
    build_uk_site(&out, &["--no-pdf"]).assert_success();
    let built: std::collections::BTreeMap<String, Vec<u8>> = snapshot(&out)
        .into_iter()
        .filter(|(p, _)| p.starts_with("pagefind/"))
        .collect();

    let opts = opcat_press::BuildOptions::new(repo().join("content"), tmp.path().join("p"));
    let mut report = Report::default();
    let mut sources = Sources::default();
    let prepared = opcat_press::prepare(&opts, &mut report, &mut sources)
        .unwrap_or_else(|| panic!("the UK content does not build: {}", report.render(&sources)));
    let pages = opcat_press::pages(&prepared, &std::collections::HashMap::new(), None)
        .unwrap_or_else(|_| panic!("the pages do not render"));
    let whole: std::collections::BTreeMap<String, Vec<u8>> =
        opcat_press::search::index(&pages, &opcat_press::html::languages(&prepared.site))
            .expect("the index")
            .into_iter()
            .map(|f| (f.path, f.bytes))
            .collect();
    assert!(built.len() > 10, "{:?}", built.keys());
    assert!(
        built.keys().eq(whole.keys()),
        "different files: {:?} against {:?}",
        built.keys(),
        whole.keys()
    );
    let differing: Vec<&String> = built
        .iter()
        .filter(|(p, b)| whole.get(*p) != Some(*b))
        .map(|(p, _)| p)
        .collect();
    assert!(differing.is_empty(), "files differ: {differing:?}");
}
