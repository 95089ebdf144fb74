//! Recommendations written in chapters (`::: recommendation` blocks): each
//! appears where it is made, on the chapter's page and in the year's PDF,
//! numbered in its chapter; bad ones are reported by `build` and `check`
//! alike, all at once. Expectations come from the fixture's Markdown, read
//! here with pulldown-cmark on its own, not through opcat-press.

use std::path::Path;

use crate::common::*;
use crate::pdf::{key, pdf_text};

/// A recommendation as its chapter's source has it.
struct Written {
    year: String,
    chapter: String,
    id: String,
    number: usize,
    /// Its text, as words.
    text: String,
}

/// Every `::: recommendation {#id ...}` block of every chapter under
/// `content/reports/`, outside fenced code.
fn written(content: &Path) -> Vec<Written> {
    let mut out = Vec::new();
    for year in names(&content.join("reports"), true) {
        for entry in names(&content.join("reports").join(&year), false) {
            let Some(chapter) = entry.strip_suffix(".md") else {
                continue;
            };
            let src = std::fs::read_to_string(content.join("reports").join(&year).join(&entry))
                .expect("read a chapter");
            let (mut number, mut in_code, mut open) = (0, false, None::<(String, String)>);
            for line in src.lines() {
                if line.starts_with("```") {
                    in_code = !in_code;
                } else if in_code {
                } else if let Some(rest) = line.strip_prefix("::: recommendation {#") {
                    number += 1;
                    let id = rest.split([' ', '}']).next().unwrap().to_string();
                    open = Some((id, String::new()));
                } else if line == ":::" {
                    let (id, md) = open.take().expect("a block to close");
                    out.push(Written {
                        year: year.clone(),
                        chapter: chapter.to_string(),
                        id,
                        number,
                        text: plain(&md),
                    });
                } else if let Some((_, md)) = open.as_mut() {
                    md.push_str(line);
                    md.push('\n');
                }
            }
        }
    }
    out
}

/// The names of the folders (or files) in `dir`, sorted.
fn names(dir: &Path, folders: bool) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("read a folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir() == folders)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// The words of some Markdown, without its markup.
fn plain(md: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser};
    let mut text = String::new();
    for e in Parser::new_ext(md, Options::ENABLE_SMART_PUNCTUATION) {
        match e {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_recommendation_is_where_it_is_made_on_the_page_and_in_the_pdf() {
    let site = minimal_with(&["recommendations"]);
    let out = site.path().join("public");
    build(site.path(), "content", &out, &[]).assert_success();
    let recs = written(&site.path().join("content"));
    // The fixture has recommendations in two years, and a code block
    // showing the syntax, which makes none.
    assert!(
        recs.len() >= 3,
        "the fixture's recommendations: {}",
        recs.len()
    );
    for r in &recs {
        let page =
            parse_html_file(&out.join(format!("reports/{}/{}/index.html", r.year, r.chapter)));
        let anchor = format!("recommendation-{}", r.id);
        let block = page
            .select(&sel(&format!("div.recommendation#{anchor}")))
            .next()
            .unwrap_or_else(|| panic!("no block for {} in {}/{}", r.id, r.year, r.chapter));
        assert_eq!(block.value().attr("role"), Some("group"));
        let label_id = block.value().attr("aria-labelledby").expect("a label");
        let label = page
            .select(&sel(&format!("#{label_id}")))
            .next()
            .expect("the label element");
        assert_eq!(text_of(label), format!("Recommendation {}", r.number));
        // Paragraphs' text runs together in the DOM: compare without spaces.
        let squash = |s: &str| s.split_whitespace().collect::<String>();
        assert!(
            squash(&text_of(block)).contains(&squash(&r.text)),
            "{}: {:?} not in {:?}",
            r.id,
            r.text,
            text_of(block)
        );
        let pdf = key(&pdf_text(
            &out.join(format!("reports/{0}/annual-report-{0}.pdf", r.year)),
        ));
        let expected = key(&format!("Recommendation {} {}", r.number, r.text));
        assert!(
            pdf.contains(&expected),
            "{expected:?} is not in the {} PDF",
            r.year
        );
    }
    // Only the blocks written are recommendations: not the code example.
    let blocks: usize = ["2015-16/alpha", "2016-17/alpha"]
        .iter()
        .map(|p| {
            parse_html_file(&out.join(format!("reports/{p}/index.html")))
                .select(&sel("div.recommendation"))
                .count()
        })
        .sum();
    assert_eq!(blocks, recs.len());
}

#[test]
fn bad_recommendations_are_all_reported_by_build_and_check() {
    let site = minimal_with(&["recommendations-invalid"]);
    let expected = read_expected(&fixture("recommendations-invalid").join("expected.txt"));
    let out = site.path().join("public");
    let built = build(site.path(), "content", &out, &[]);
    assert_eq!(built.code, Some(2), "{}", built.stderr);
    assert!(!out.exists(), "a failed build wrote {}", out.display());
    assert_same_lines(&built.error_lines(), &expected, "build");
    let checked = opcat(site.path(), &["check".as_ref()]);
    assert_eq!(checked.code, Some(2), "{}", checked.stderr);
    assert_same_lines(&checked.error_lines(), &expected, "check");
    for d in built.diagnostics() {
        assert_excerpt_matches_file(site.path(), &d);
    }
}

#[test]
fn a_template_from_before_recommendations_still_builds_a_site_without_them() {
    // The PDF imports `recommendation` from report.typ only for a year that
    // has one: a site's own older template keeps working.
    let site = minimal_with(&[]);
    let templates = site.path().join("templates");
    copy_dir(&repo().join("templates"), &templates);
    let typ = std::fs::read_to_string(templates.join("report.typ")).unwrap();
    let start = typ
        .find("#let recommendation(")
        .expect("the template defines it");
    let end = start + typ[start..].find("\n)\n").expect("its end") + 3;
    std::fs::write(
        templates.join("report.typ"),
        format!("{}{}", &typ[..start], &typ[end..]),
    )
    .unwrap();
    let out = site.path().join("public");
    let run = opcat(
        site.path(),
        &[
            "build".as_ref(),
            "--templates".as_ref(),
            templates.as_os_str(),
            "--theme".as_ref(),
            repo().join("theme").as_os_str(),
            "--output".as_ref(),
            out.as_os_str(),
        ],
    );
    run.assert_success();
}
