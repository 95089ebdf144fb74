//! A site in a language written right to left: the Arabic fixture
//! (tests/fixtures/rtl-arabic, laid over the minimal site), whose
//! interface is the templates' `ar` catalogue and whose chapters are in
//! Arabic. Its pages say `dir="rtl"`, its PDF is tagged Arabic, valid, and
//! its text comes back in reading order. (axe and the HTML checker run on
//! it in `browser`.)

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::common::*;

pub(crate) const FIXTURE: &str = "rtl-arabic";

/// The Arabic site, built once: (its folder, kept, and its output).
fn built() -> &'static (tempfile::TempDir, PathBuf) {
    static SITE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    SITE.get_or_init(|| {
        let site = minimal_with(&[FIXTURE]);
        link_templates_and_theme(site.path());
        let out = site.path().join("public");
        build(site.path(), "content", &out, &[]).assert_success();
        (site, out)
    })
}

/// The chapter's paragraphs as written: the Markdown body's lines that are
/// plain prose (no heading, list, table, quote or note).
fn prose(chapter: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(chapter).expect("the chapter");
    let body = text.split("+++").nth(2).expect("the chapter's body");
    body.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with(['#', '-', '|', '>', '[', '!']))
        .map(String::from)
        .collect()
}

/// The words of `line` as a text extractor gives them back: Arabic words
/// without the marks that sit on letters (harakat), and without the letter
/// lam, which the fonts join with the next letter into one glyph (lam-alef,
/// lam-yeh) that poppler spells backwards: a known quirk of its
/// right-to-left reordering, not of the PDF, whose glyph text is in
/// logical order. What is left must still read first letter first.
fn plain_words(line: &str) -> Vec<String> {
    let link = |w: &str| w.contains(['[', ']', '(', ')', '@']);
    line.split_whitespace()
        .filter(|w| !link(w))
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|w| w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c)))
        .map(without_lam)
        .filter(|w| w.chars().count() > 2)
        .collect()
}

fn without_lam(text: &str) -> String {
    text.replace('\u{0644}', "")
}

#[test]
fn every_page_is_marked_arabic_and_right_to_left() {
    let (_site, out) = built();
    let pages = html_pages(out);
    assert!(pages.len() > 10, "{} pages", pages.len());
    for page in &pages {
        let doc = parse_html_file(&out.join(page));
        let html = doc.root_element();
        assert_eq!(html.value().attr("lang"), Some("ar"), "{page}");
        assert_eq!(html.value().attr("dir"), Some("rtl"), "{page}");
    }
    // The interface's words are the Arabic catalogue's.
    let ar =
        std::fs::read_to_string(repo().join("templates/i18n/ar/site.ftl")).expect("ar/site.ftl");
    let registry = ar
        .lines()
        .find_map(|l| l.strip_prefix("nav-registry = "))
        .expect("nav-registry in ar/site.ftl");
    let home = parse_html_file(&out.join("index.html"));
    let nav: Vec<String> = home.select(&sel("nav a")).map(text_of).collect();
    assert!(
        nav.iter().any(|t| t == registry),
        "{nav:?} lacks {registry}"
    );
}

#[test]
fn the_pdf_is_arabic_valid_and_its_text_in_reading_order() {
    let (site, out) = built();
    let pdf = out.join("reports/2015-16/annual-report-2015-16.pdf");
    let bytes = std::fs::read(&pdf).expect("the PDF");
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(has(b"/Lang(ar)") || has(b"/Lang (ar)"), "no /Lang (ar)");

    crate::pdf::validate_pdfs(std::slice::from_ref(&pdf));

    // Each paragraph's words come back in the order they were written (a
    // PDF whose text ran the wrong way would give each word backwards).
    let text = without_lam(&crate::pdf::pdf_text(&pdf)).replace(
        ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}'],
        "",
    );
    let chapters = site.path().join("content/reports/2015-16");
    let mut checked = 0;
    for chapter in ["foreword.md", "alpha.md"] {
        for line in prose(&chapters.join(chapter)) {
            let words = plain_words(&line);
            let mut from = 0;
            for word in &words {
                let at = text[from..].find(word.as_str()).unwrap_or_else(|| {
                    panic!("“{word}” of “{line}” is not where it should be in the PDF's text")
                });
                from += at + word.len();
                checked += 1;
            }
        }
    }
    assert!(checked >= 10, "only {checked} words checked");
}
