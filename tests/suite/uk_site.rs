//! The real site (the repository's content/), built once per test binary and
//! checked against its own data: every expectation is computed from the TOML
//! and Markdown files with the `toml` crate, never copied from the output.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::common::*;
use scraper::{ElementRef, Html};

fn site() -> &'static Path {
    uk_site("opcat-press-uk-site-")
}

fn content() -> PathBuf {
    uk_content()
}

fn registry() -> &'static RegistryData {
    uk_registry()
}

fn page(rel: &str) -> Html {
    let path = site().join(rel);
    assert!(path.is_file(), "missing page {rel}");
    parse_html_file(&path)
}

fn main_of(doc: &Html) -> ElementRef<'_> {
    doc.select(&sel("main"))
        .next()
        .expect("the page has a <main>")
}

#[test]
fn the_built_pages_are_exactly_those_the_content_defines() {
    let expected = expected_pages(&content());
    let reg = registry();
    // The data is not empty, so the comparison means something.
    assert!(!reg.bodies.is_empty() && !reg.settings.is_empty() && !reg.nations.is_empty());
    assert!(
        expected
            .iter()
            .any(|p| p.starts_with("reports/") && p.matches('/').count() == 3)
    );
    assert_eq!(html_pages(site()), expected);
}

#[test]
fn every_body_page_is_titled_with_the_body_name() {
    for b in registry().bodies.values() {
        let doc = page(&format!("registry/bodies/{}/index.html", b.id));
        assert_eq!(h1_text(&doc), b.name, "the <h1> of {}", b.id);
        let title = text_of(doc.select(&sel("title")).next().expect("a <title>"));
        assert!(
            title.contains(&b.name),
            "the <title> of {} is `{title}`",
            b.id
        );
    }
}

#[test]
fn every_setting_and_nation_page_is_titled_with_its_name() {
    for s in &registry().settings {
        let doc = page(&format!("registry/settings/{}/index.html", s.id));
        assert_eq!(h1_text(&doc), s.name, "setting {}", s.id);
    }
    for n in &registry().nations {
        let doc = page(&format!("registry/nations/{}/index.html", n.id));
        assert!(
            h1_text(&doc).contains(&n.name),
            "nation {}: <h1> {}",
            n.id,
            h1_text(&doc)
        );
    }
}

#[test]
fn every_report_year_and_listed_chapter_has_a_page() {
    let reports = load_reports(&content());
    assert!(!reports.is_empty());
    for r in &reports {
        let year = page(&format!("reports/{}/index.html", r.year));
        // The year's page links to each of its chapters, in reading order.
        let main = main_of(&year);
        let hrefs: Vec<String> = main
            .select(&sel("a[href]"))
            .filter_map(|a| a.value().attr("href"))
            .map(|h| h.split('#').next().unwrap().to_string())
            .collect();
        let mut positions = Vec::new();
        for c in &r.chapters {
            page(&format!("reports/{}/{c}/index.html", r.year));
            let suffix = format!("reports/{}/{c}/", r.year);
            let pos = hrefs.iter().position(|h| h.ends_with(&suffix));
            assert!(
                pos.is_some(),
                "reports/{}/ links to its chapter {c}",
                r.year
            );
            positions.push(pos.unwrap());
        }
        let mut sorted = positions.clone();
        sorted.sort();
        assert_eq!(
            positions, sorted,
            "reports/{}/ lists its chapters in the order of report.toml",
            r.year
        );
    }
}

/// The coverage table as data: for each column, the nation its header links
/// to; for each row, the setting its header links to and, for each cell, the
/// bodies it links to.
struct Matrix {
    columns: Vec<Option<String>>,
    rows: Vec<(Option<String>, Vec<BTreeSet<String>>)>,
}

/// The coverage table: the `<table>` whose header row links to the nations.
fn coverage_matrix(doc: &Html) -> Matrix {
    let table = doc
        .select(&sel("table"))
        .find(|t| {
            t.select(&sel("thead a[href]"))
                .any(|a| registry_link_id(a.value().attr("href").unwrap(), "nations").is_some())
        })
        .expect("a table whose header links to the nations");
    fn cells(row: ElementRef<'_>) -> Vec<ElementRef<'_>> {
        row.children()
            .filter_map(ElementRef::wrap)
            .filter(|c| matches!(c.value().name(), "th" | "td"))
            .collect()
    }
    let header = table.select(&sel("thead tr")).next().expect("a header row");
    let columns: Vec<Option<String>> = cells(header)
        .into_iter()
        .map(|c| linked_ids(c, "nations").into_iter().next())
        .collect();
    let rows = table
        .select(&sel("tbody tr"))
        .map(|tr| {
            let cs = cells(tr);
            let setting = cs
                .first()
                .and_then(|c| linked_ids(*c, "settings").into_iter().next());
            (
                setting,
                cs.iter().map(|c| linked_ids(*c, "bodies")).collect(),
            )
        })
        .collect();
    Matrix { columns, rows }
}

#[test]
fn coverage_matrix_agrees_with_the_bodies_coverage_rows() {
    let reg = registry();
    let doc = page("registry/coverage/index.html");
    let Matrix { columns, rows } = coverage_matrix(&doc);

    let nation_ids: Vec<Option<String>> = reg.nations.iter().map(|n| Some(n.id.clone())).collect();
    assert_eq!(columns[0], None, "the first column holds the settings");
    assert_eq!(
        columns[1..].to_vec(),
        nation_ids,
        "one column per nation, in nations.toml order"
    );
    let setting_ids: Vec<Option<String>> =
        reg.settings.iter().map(|s| Some(s.id.clone())).collect();
    assert_eq!(
        rows.iter().map(|r| r.0.clone()).collect::<Vec<_>>(),
        setting_ids,
        "one row per setting, in order"
    );

    let mut checked = 0;
    for (setting, cells) in &rows {
        let setting = setting.as_deref().unwrap();
        assert_eq!(
            cells.len(),
            columns.len(),
            "row {setting} has a cell per column"
        );
        assert!(
            cells[0].is_empty(),
            "row {setting}: no body in the setting's own cell"
        );
        for (cell, nation) in cells.iter().zip(&columns).skip(1) {
            let nation = nation.as_deref().unwrap();
            let expected = reg.current_covering(setting, nation);
            assert_eq!(
                cell, &expected,
                "coverage matrix cell ({setting}, {nation})"
            );
            checked += expected.len();
        }
    }
    assert!(checked > 0, "the matrix had bodies to check");
    // The cells hold current bodies only; the data has an ended body with
    // coverage rows, so that exclusion was exercised.
    assert!(
        reg.bodies
            .values()
            .any(|b| !b.is_current() && !b.coverage.is_empty())
    );
}

#[test]
fn each_setting_page_lists_exactly_the_current_bodies_covering_it() {
    let reg = registry();
    for s in &reg.settings {
        let doc = page(&format!("registry/settings/{}/index.html", s.id));
        let main = main_of(&doc);
        let current: BTreeSet<String> = reg
            .nations
            .iter()
            .flat_map(|n| reg.current_covering(&s.id, &n.id))
            .collect();
        let former: BTreeSet<String> = reg
            .bodies
            .values()
            .filter(|b| !b.is_current() && b.coverage.iter().any(|c| c.setting == s.id))
            .map(|b| b.id.clone())
            .collect();
        // A coverage entry is a list item that starts with a link to its
        // body; partner bodies (`with`) come later in the same item.
        let entries: BTreeSet<String> = main
            .select(&sel("li"))
            .filter_map(|li| li.select(&sel("a[href]")).next())
            .filter_map(|a| registry_link_id(a.value().attr("href").unwrap(), "bodies"))
            .collect();
        let current_entries: BTreeSet<String> = entries
            .iter()
            .filter(|id| reg.bodies[*id].is_current())
            .cloned()
            .collect();
        let former_entries: BTreeSet<String> = entries
            .iter()
            .filter(|id| !reg.bodies[*id].is_current())
            .cloned()
            .collect();
        assert_eq!(
            current_entries, current,
            "current bodies listed on the page of {}",
            s.id
        );
        assert!(
            former_entries.is_subset(&former),
            "{}: ended bodies listed that never covered it: {:?}",
            s.id,
            former_entries.difference(&former).collect::<Vec<_>>()
        );
    }
}

#[test]
fn history_page_shows_the_membership_after_each_instrument() {
    let reg = registry();
    let doc = page("registry/history/index.html");
    assert!(!reg.instruments.is_empty());
    for i in &reg.instruments {
        let count = reg.members_on(i.date).len();
        if let Some(stated) = i.members_after {
            assert_eq!(
                count as i64, stated,
                "designations.toml and the bodies agree on {}",
                i.id
            );
        }
        let item = doc
            .select(&sel(&format!("[id='{}']", i.id)))
            .next()
            .unwrap_or_else(|| {
                panic!(
                    "the history page has an element with id {} (body pages link to it)",
                    i.id
                )
            });
        let shows_count = item
            .select(&sel("*"))
            .filter(|e| {
                !e.ancestors()
                    .filter_map(ElementRef::wrap)
                    .any(|a| a.value().name() == "sup")
            })
            .any(|e| text_of(e) == count.to_string());
        assert!(
            shows_count,
            "the entry for {} shows {count} members: {}",
            i.id,
            text_of(item)
        );
    }
}

#[test]
fn sample_report_years_show_a_sample_notice_on_every_page() {
    let reports = load_reports(&content());
    let samples: Vec<&ReportData> = reports.iter().filter(|r| r.status == "sample").collect();
    assert!(!samples.is_empty(), "the content has sample years");
    let has_notice = |rel: &str| -> bool {
        page(rel)
            .select(&sel("[role='note']"))
            .any(|n| text_of(n).to_lowercase().contains("sample"))
    };
    for r in samples {
        assert!(
            has_notice(&format!("reports/{}/index.html", r.year)),
            "reports/{}/ has a sample notice",
            r.year
        );
        for c in &r.chapters {
            let rel = format!("reports/{}/{c}/index.html", r.year);
            assert!(has_notice(&rel), "{rel} has a sample notice");
        }
    }
}

#[test]
fn no_page_contains_scripts_javascript_urls_or_event_handlers() {
    let problems = unsafe_markup(site());
    assert!(
        problems.is_empty(),
        "unsafe markup:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_relative_link_and_image_resolves_including_fragments() {
    let base = base_url(&content());
    let path = format!(
        "/{}",
        base.split("://")
            .nth(1)
            .unwrap()
            .split_once('/')
            .map_or("", |(_, p)| p)
    );
    let problems = broken_links(site(), &path);
    assert!(
        problems.is_empty(),
        "{} broken links:\n{}",
        problems.len(),
        problems.join("\n")
    );
    ci_summary(
        "links",
        &format!(
            "Links: every link, image and fragment on {} pages checked, 0 broken",
            html_pages(site()).len()
        ),
    );
}

/// sitemap.xml against the sitemaps.org XML Schema (as the npm package
/// sitemap ships it), with libxml2's xmllint.
#[test]
fn sitemap_validates_against_the_sitemap_schema() {
    let dir = repo().join("tests").join("conformance");
    npm_ci(&dir, "sitemap");
    let xmllint = debian_tool("/usr/bin/xmllint", "libxml2-utils");
    let out = std::process::Command::new(xmllint)
        .arg("--noout")
        .arg("--schema")
        .arg(dir.join("schema/sitemap-with-alternates.xsd"))
        .arg(site().join("sitemap.xml"))
        .output()
        .expect("run xmllint");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "sitemap.xml is not valid:\n{said}");
    assert!(said.contains("sitemap.xml validates"), "{said}");
    ci_summary(
        "sitemap",
        &format!(
            "Sitemap: {} URLs, valid against the sitemaps.org schema (xmllint)",
            sitemap_urls(site()).len()
        ),
    );
}

fn sitemap_urls(out: &Path) -> Vec<String> {
    let xml = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("sitemap.xml is well-formed XML");
    doc.descendants()
        .filter(|n| n.has_tag_name("loc"))
        .map(|n| n.text().unwrap_or("").trim().to_string())
        .collect()
}

/// `registry/` → `registry/index.html`, from an absolute URL under `base`.
fn page_of_url(url: &str, base: &str) -> String {
    let rel = url
        .strip_prefix(base)
        .unwrap_or_else(|| panic!("{url} is not under {base}"));
    assert!(
        rel.is_empty() || rel.ends_with('/'),
        "{url} is a folder URL"
    );
    format!("{rel}index.html")
}

/// Every page but the search pages, which have no content of their own.
fn sitemap_pages(out: &Path) -> BTreeSet<String> {
    let mut pages = html_pages(out);
    assert!(pages.remove("search/index.html"), "the search page exists");
    for l in translations_of(&content()) {
        assert!(
            pages.remove(&format!("{l}/search/index.html")),
            "{l}'s search page exists"
        );
    }
    pages
}

#[test]
fn sitemap_lists_every_page_once_with_absolute_urls() {
    let base = base_url(&content());
    let urls = sitemap_urls(site());
    for u in &urls {
        assert!(u.starts_with(&base), "{u} starts with {base}");
    }
    let pages: Vec<String> = urls.iter().map(|u| page_of_url(u, &base)).collect();
    let unique: BTreeSet<String> = pages.iter().cloned().collect();
    assert_eq!(unique.len(), pages.len(), "no URL is listed twice");
    assert_eq!(unique, sitemap_pages(site()));
}

#[test]
fn feed_is_well_formed_atom_listing_the_published_reports() {
    let xml = std::fs::read_to_string(site().join("feed.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("feed.xml is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "feed");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    let base = base_url(&content());
    let id = root
        .children()
        .find(|c| c.has_tag_name("id"))
        .and_then(|c| c.text())
        .unwrap_or("");
    assert_eq!(id, format!("{base}feed.xml"));
    // Every report published, its text here or elsewhere, once its date is
    // known at least to the month (`2011-02`, not `2011`).
    let published = load_reports(&content())
        .iter()
        .filter(|r| r.status != "draft")
        .filter(|r| {
            let t = read_toml(&content().join("reports").join(&r.year).join("report.toml"));
            match t.get("published") {
                Some(toml::Value::Datetime(_)) => true,
                Some(toml::Value::String(s)) => s.len() >= 7,
                _ => false,
            }
        })
        .count();
    assert_eq!(
        root.children().filter(|c| c.has_tag_name("entry")).count(),
        published
    );
}

fn canonicals(out: &Path) -> BTreeMap<String, String> {
    html_pages(out)
        .into_iter()
        .map(|rel| {
            let doc = parse_html_file(&out.join(&rel));
            let href = doc
                .select(&sel("link[rel='canonical']"))
                .next()
                .and_then(|l| l.value().attr("href"))
                .unwrap_or_else(|| panic!("{rel} has no canonical link"))
                .to_string();
            (rel, href)
        })
        .collect()
}

#[test]
fn canonical_urls_use_the_base_url_of_site_toml() {
    let base = base_url(&content());
    for (rel, href) in canonicals(site()) {
        assert_eq!(
            href,
            format!("{base}{}", rel.strip_suffix("index.html").unwrap()),
            "canonical URL of {rel}"
        );
    }
}

#[test]
fn base_url_flag_changes_canonical_and_sitemap_urls_and_404_links() {
    let base = "https://example.org/sub/";
    let tmp = tempdir();
    let out = tmp.path().join("public");
    build_uk_site(&out, &["--base-url", base]).assert_success();
    let original = base_url(&content());
    assert_ne!(original, base);

    for (rel, href) in canonicals(&out) {
        assert_eq!(
            href,
            format!("{base}{}", rel.strip_suffix("index.html").unwrap()),
            "canonical URL of {rel}"
        );
    }
    let urls = sitemap_urls(&out);
    assert!(!urls.is_empty());
    let pages: BTreeSet<String> = urls.iter().map(|u| page_of_url(u, base)).collect();
    assert_eq!(pages, sitemap_pages(&out));
    let feed = std::fs::read_to_string(out.join("feed.xml")).unwrap();
    assert!(!feed.contains(&original), "feed.xml still uses {original}");
    assert!(feed.contains(&format!("{base}feed.xml")));

    // The 404 page is served from any depth: its links to the site start
    // with the base URL's path.
    let doc = parse_html_file(&out.join("404.html"));
    let links: Vec<String> = doc
        .select(&sel("[href], [src]"))
        .flat_map(|e| [e.value().attr("href"), e.value().attr("src")])
        .flatten()
        .filter(|l| !l.starts_with('#') && !is_external(l))
        .map(str::to_string)
        .collect();
    assert!(
        links.len() >= 3,
        "the 404 page links into the site: {links:?}"
    );
    for l in &links {
        assert!(
            l.starts_with("/sub/"),
            "404.html link {l} starts with /sub/"
        );
    }
    let canonical = doc
        .select(&sel("link[rel='canonical']"))
        .next()
        .and_then(|l| l.value().attr("href"));
    assert_eq!(canonical, Some(format!("{base}404.html").as_str()));
    let problems = broken_links(&out, "/sub/");
    assert!(
        problems.is_empty(),
        "broken links:\n{}",
        problems.join("\n")
    );
}
