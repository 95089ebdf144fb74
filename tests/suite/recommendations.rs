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
    /// Authority ids, and the recommendation it repeats.
    to: Vec<String>,
    repeats: Option<String>,
    /// What it concerns (`settings=`, `nations=`).
    settings: Vec<String>,
    nations: Vec<String>,
    /// For an outside body's (`recommendations.toml`): its `by`; its
    /// `chapter` is then empty.
    outside: Option<String>,
}

fn words(v: Option<String>) -> Vec<String> {
    v.unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// The value of `key=` in a block's opening line.
fn attr(line: &str, key: &str) -> Option<String> {
    let rest = line.split(&format!(" {key}=")).nth(1)?;
    Some(match rest.strip_prefix('"') {
        Some(q) => q.split('"').next()?.to_string(),
        None => rest.split([' ', '}']).next()?.to_string(),
    })
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
            let (mut number, mut in_code, mut open) = (0, false, None::<(String, String, String)>);
            for line in src.lines() {
                if line.starts_with("```") {
                    in_code = !in_code;
                } else if in_code {
                } else if let Some(rest) = line.strip_prefix("::: recommendation {#") {
                    number += 1;
                    let id = rest.split([' ', '}']).next().unwrap().to_string();
                    open = Some((id, line.to_string(), String::new()));
                } else if line == ":::" {
                    let (id, opening, md) = open.take().expect("a block to close");
                    out.push(Written {
                        year: year.clone(),
                        chapter: chapter.to_string(),
                        id,
                        number,
                        text: plain(&md),
                        to: attr(&opening, "to")
                            .unwrap_or_default()
                            .split_whitespace()
                            .map(str::to_string)
                            .collect(),
                        repeats: attr(&opening, "repeats"),
                        settings: words(attr(&opening, "settings")),
                        nations: words(attr(&opening, "nations")),
                        outside: None,
                    });
                } else if let Some((_, _, md)) = open.as_mut() {
                    md.push_str(line);
                    md.push('\n');
                }
            }
        }
        // Then the outside bodies' recommendations the year records.
        let list = |v: &toml::Value, k: &str| -> Vec<String> {
            v.get(k)
                .and_then(|x| x.as_array())
                .into_iter()
                .flatten()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        };
        for (number, (id, e)) in outside_recommendations(content, &year)
            .into_iter()
            .enumerate()
        {
            out.push(Written {
                year: year.clone(),
                chapter: String::new(),
                id,
                number: number + 1,
                text: e["text"]
                    .as_str()
                    .unwrap_or_default()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                to: list(&e, "to"),
                repeats: e
                    .get("repeats")
                    .and_then(|r| r.as_str())
                    .map(str::to_string),
                settings: list(&e, "settings"),
                nations: list(&e, "nations"),
                outside: e.get("by").and_then(|b| b.as_str()).map(str::to_string),
            });
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

/// The recommendation ids a page's section links to, in order.
fn ids_in_section(page: &Path, section: &str) -> Vec<String> {
    parse_html_file(page)
        .select(&sel(&format!("section[aria-labelledby={section}] li > a")))
        .filter_map(|a| a.value().attr("href"))
        .filter_map(|h| {
            h.trim_end_matches('/')
                .rsplit('/')
                .next()
                .map(str::to_string)
        })
        .collect()
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
    let recs: Vec<Written> = written(&site.path().join("content"))
        .into_iter()
        .filter(|r| r.outside.is_none())
        .collect();
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
    assert_rejected_as_expected("recommendations-invalid");
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

#[test]
fn the_register_and_each_recommendation_page_say_who_made_it_where_and_to_whom() {
    let site = minimal_with(&["recommendations"]);
    let content = site.path().join("content");
    let out = site.path().join("public");
    build(site.path(), "content", &out, &[]).assert_success();
    let authorities = read_toml(&content.join("registry/authorities.toml"));
    let name_of = |id: &str| -> String {
        authorities["authority"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"].as_str() == Some(id))
            .and_then(|a| a["name"].as_str())
            .unwrap_or_else(|| panic!("no authority {id}"))
            .to_string()
    };
    let recs = written(&content);
    let register = parse_html_file(&out.join("recommendations/index.html"));
    let listed: Vec<String> = register
        .select(&sel("main a"))
        .filter_map(|a| a.value().attr("href"))
        .map(str::to_string)
        .collect();
    for r in &recs {
        assert!(
            listed
                .iter()
                .any(|h| h.ends_with(&format!("recommendations/{}/", r.id))),
            "{} is not in the register: {listed:?}",
            r.id
        );
        let page = parse_html_file(&out.join(format!("recommendations/{}/index.html", r.id)));
        assert_eq!(h1_text(&page), format!("Recommendation {}", r.id));
        let main = text_of(page.select(&sel("main")).next().unwrap());
        let squash = |s: &str| s.split_whitespace().collect::<String>();
        assert!(
            squash(&main).contains(&squash(&r.text)),
            "{}: its text",
            r.id
        );
        for a in &r.to {
            assert!(main.contains(&name_of(a)), "{}: addressed to {a}", r.id);
        }
        let chapter_link = format!("reports/{}/{}/#recommendation-{}", r.year, r.chapter, r.id);
        let links_to_chapter = page
            .select(&sel("main a"))
            .filter_map(|a| a.value().attr("href"))
            .any(|h| h.ends_with(&chapter_link));
        match &r.outside {
            None => assert!(
                links_to_chapter,
                "{}: no link to its place in the chapter",
                r.id
            ),
            // An outside body's: made by it, with its source cited.
            Some(by) => {
                let bodies = read_toml(&content.join("registry/outside-bodies.toml"));
                let name = bodies["body"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|b| b["id"].as_str() == Some(by.as_str()))
                    .and_then(|b| b["name"].as_str())
                    .expect("a known outside body");
                assert!(main.contains(name), "{}: made by {name}", r.id);
                assert!(
                    page.select(&sel("main a[href^='#source-']"))
                        .next()
                        .is_some(),
                    "{}: its source",
                    r.id
                );
            }
        }
        // What it repeats, and what repeats it, both ways.
        let links_to = |id: &str| {
            page.select(&sel("main a"))
                .filter_map(|a| a.value().attr("href"))
                .any(|h| h.ends_with(&format!("recommendations/{id}/")))
        };
        if let Some(earlier) = &r.repeats {
            assert!(links_to(earlier), "{} does not link to {earlier}", r.id);
        }
        for later in recs
            .iter()
            .filter(|l| l.repeats.as_deref() == Some(r.id.as_str()))
        {
            assert!(
                links_to(&later.id),
                "{} does not link to {}",
                r.id,
                later.id
            );
        }
    }
    assert!(
        recs.iter().any(|r| r.repeats.is_some()),
        "the fixture repeats one"
    );
    assert!(
        recs.iter().any(|r| r.outside.is_some()),
        "the fixture records an outside body's"
    );
    // A site without recommendations has no register.
    let plain_site = minimal_with(&[]);
    let plain_out = plain_site.path().join("public");
    build(plain_site.path(), "content", &plain_out, &[]).assert_success();
    assert!(!plain_out.join("recommendations").exists());
}

#[test]
fn a_sample_recommendation_is_marked_sample_wherever_it_is_listed() {
    let content = uk_content();
    let out = uk_site("recommendations");
    let recs = written(&content);
    let sample_years: Vec<String> = load_reports(&content)
        .into_iter()
        .filter(|r| r.status == "sample")
        .map(|r| r.year)
        .collect();
    let samples: Vec<&Written> = recs
        .iter()
        .filter(|r| sample_years.contains(&r.year))
        .collect();
    assert!(
        !samples.is_empty(),
        "the UK's sample chapters make recommendations"
    );
    let register = parse_html_file(&out.join("recommendations/index.html"));
    for r in samples {
        let row = register
            .select(&sel("main li"))
            .find(|li| {
                li.select(&sel("a")).any(|a| {
                    a.value()
                        .attr("href")
                        .is_some_and(|h| h.ends_with(&format!("{}/", r.id)))
                })
            })
            .unwrap_or_else(|| panic!("{} is not in the register", r.id));
        assert!(
            row.select(&sel(".tag--sample")).next().is_some(),
            "{}: its row",
            r.id
        );
        let page = parse_html_file(&out.join(format!("recommendations/{}/index.html", r.id)));
        assert!(
            page.select(&sel("main .tag--sample")).next().is_some(),
            "{}: its page",
            r.id
        );
        assert!(
            text_of(page.select(&sel("main")).next().unwrap())
                .contains("not a recommendation anyone made")
        );
    }
}

/// The name of each value of a scale in a `registry/follow-up.toml`.
fn scale_names(scales: &toml::Table, scale: &str) -> Vec<(String, String)> {
    scales
        .get(scale)
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .map(|v| {
                    (
                        v["id"].as_str().unwrap().to_string(),
                        v["name"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_recommendations_status_is_its_latest_response_and_progress() {
    let site = minimal_with(&["recommendations"]);
    let content = site.path().join("content");
    let out = site.path().join("public");
    build(site.path(), "content", &out, &[]).assert_success();
    let scales = read_toml(&content.join("registry/follow-up.toml"));
    let name = |scale: &str, id: &str| {
        scale_names(&scales, scale)
            .into_iter()
            .find(|(i, _)| i == id)
            .map(|(_, n)| n)
            .unwrap_or_else(|| panic!("no {scale} {id}"))
    };
    // Every follow-up entry of every year: (recommendation, date, key, value).
    let entries = follow_up_entries(&content);
    assert!(!entries.is_empty(), "the fixture records follow-up");
    let register = parse_html_file(&out.join("recommendations/index.html"));
    let record: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("data/record.json")).unwrap())
            .expect("record.json");
    let in_data = record["recommendations"]
        .as_array()
        .expect("recommendations");
    assert_eq!(
        in_data.len(),
        written(&content).len(),
        "one entry per recommendation"
    );
    for r in written(&content) {
        // The open data: the same recommendation, with the same status.
        let data = in_data
            .iter()
            .find(|d| d["id"] == r.id.as_str())
            .unwrap_or_else(|| panic!("{} in record.json", r.id));
        assert_eq!(data["year"], r.year.as_str());
        assert_eq!(
            data["made_by"],
            r.outside.as_deref().unwrap_or(&r.chapter),
            "the fixture's chapters are named after their bodies"
        );
        assert_eq!(data["to"], serde_json::json!(r.to));
        for key in ["response", "progress"] {
            let latest = entries
                .iter()
                .filter(|(id, _, k, _)| *id == r.id && k == key)
                .max_by(|a, b| a.1.cmp(&b.1))
                .map(|(_, _, _, v)| v.as_str());
            assert_eq!(
                data["status"][key].as_str(),
                latest,
                "{} {key} in record.json",
                r.id
            );
        }
        let page = parse_html_file(&out.join(format!("recommendations/{}/index.html", r.id)));
        let main = text_of(page.select(&sel("main")).next().unwrap());
        let row = register
            .select(&sel("main li"))
            .find(|li| {
                li.select(&sel("a")).any(|a| {
                    a.value()
                        .attr("href")
                        .is_some_and(|h| h.ends_with(&format!("recommendations/{}/", r.id)))
                })
            })
            .map(text_of)
            .expect("its row in the register");
        for (key, label) in [
            ("response", "Latest response"),
            ("progress", "Latest progress"),
        ] {
            let latest = entries
                .iter()
                .filter(|(id, _, k, _)| *id == r.id && k == key)
                .max_by(|a, b| a.1.cmp(&b.1))
                .map(|(_, _, _, v)| name(key, v));
            let shown = latest.clone().unwrap_or_else(|| "None yet".into());
            assert!(
                main.contains(&format!("{label}{shown}"))
                    || main.contains(&format!("{label} {shown}")),
                "{}: {label} should be {shown}",
                r.id
            );
            let in_row = latest.unwrap_or_else(|| "none yet".into());
            let row_label = if key == "response" {
                "Response"
            } else {
                "Progress"
            };
            assert!(
                row.contains(&format!("{row_label}: {in_row}.")),
                "{}: register row {row:?}",
                r.id
            );
        }
        // The history lists every entry, oldest first.
        let dates: Vec<String> = page
            .select(&sel(
                "#follow-up ~ * time, section[aria-labelledby=follow-up] time",
            ))
            .filter_map(|t| t.value().attr("datetime"))
            .map(str::to_string)
            .collect();
        let mut expected: Vec<String> = entries
            .iter()
            .filter(|(id, _, _, _)| *id == r.id)
            .map(|(_, d, _, _)| d.clone())
            .collect();
        expected.sort();
        expected.dedup();
        assert_eq!(dates, expected, "{}: the follow-up history", r.id);
    }
}

#[test]
fn a_new_year_lists_every_open_recommendation_to_follow_up_and_builds() {
    let site = minimal_with(&["recommendations"]);
    let content = site.path().join("content");
    let scales = read_toml(&content.join("registry/follow-up.toml"));
    let best = scale_names(&scales, "progress")
        .last()
        .map(|(id, _)| id.clone());
    // The latest progress of each recommendation, from every year's file.
    let mut latest: std::collections::BTreeMap<String, (String, String)> = Default::default();
    for year in names(&content.join("reports"), true) {
        let file = content.join("reports").join(&year).join("follow-up.toml");
        if !file.exists() {
            continue;
        }
        for f in read_toml(&file)["follow_up"].as_array().unwrap() {
            if let Some(p) = f.get("progress").and_then(|p| p.as_str()) {
                let (id, date) = (f["recommendation"].as_str().unwrap(), f["date"].to_string());
                if latest.get(id).is_none_or(|(d, _)| *d < date) {
                    latest.insert(id.to_string(), (date, p.to_string()));
                }
            }
        }
    }
    let open: Vec<String> = written(&content)
        .into_iter()
        .filter(|r| latest.get(&r.id).map(|(_, p)| p.clone()) != best)
        .map(|r| r.id)
        .collect();
    assert!(
        !open.is_empty() && open.len() < written(&content).len(),
        "some open, some not"
    );

    let made = opcat(
        site.path(),
        &["new".as_ref(), "year".as_ref(), "2017-18".as_ref()],
    );
    assert_eq!(made.code, Some(0), "{}", made.stderr);
    let file = content.join("reports/2017-18/follow-up.toml");
    let text = std::fs::read_to_string(&file).expect("the follow-up file");
    let listed: Vec<String> = text
        .lines()
        .filter_map(|l| l.strip_prefix("# recommendation = \""))
        .map(|l| l.trim_end_matches('"').to_string())
        .collect();
    assert_eq!(listed, open);
    // As written, every entry is a comment: the year builds.
    let parsed = read_toml(&file);
    assert!(parsed.get("follow_up").is_none(), "{parsed:?}");
    build(
        site.path(),
        "content",
        &site.path().join("public"),
        &["--drafts"],
    )
    .assert_success();
}

#[test]
fn status_shows_for_each_body_how_much_of_its_open_follow_up_is_in() {
    let site = minimal_with(&["recommendations"]);
    let content = site.path().join("content");
    let year = "2016-17";
    let recorded: Vec<String> = read_toml(&content.join(format!("reports/{year}/follow-up.toml")))
        ["follow_up"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["recommendation"].as_str().unwrap().to_string())
        .collect();
    // No follow-up before this year: every earlier recommendation is open.
    let earlier: Vec<Written> = written(&content)
        .into_iter()
        .filter(|r| r.year.as_str() < year)
        .collect();
    let run = opcat(
        site.path(),
        &[
            "status".as_ref(),
            year.as_ref(),
            "--format".as_ref(),
            "json".as_ref(),
        ],
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    for row in json["rows"].as_array().unwrap() {
        let body = row["body"].as_str().unwrap();
        // The fixture's chapters are all by the body their file is named after.
        let open: Vec<&Written> = earlier.iter().filter(|r| r.chapter == body).collect();
        let followed = open.iter().filter(|r| recorded.contains(&r.id)).count();
        assert_eq!(row["open_recommendations"], open.len(), "{body}");
        assert_eq!(row["followed_up"], followed, "{body}");
    }
    assert!(
        json["rows"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["open_recommendations"].as_u64() > Some(0))
    );
    let text = opcat(site.path(), &["status".as_ref(), year.as_ref()]);
    assert!(
        text.stdout
            .contains("Follow-up of open recommendations recorded: "),
        "{}",
        text.stdout
    );
}

#[test]
fn year_and_body_pages_list_their_recommendations() {
    let site = minimal_with(&["recommendations"]);
    let content = site.path().join("content");
    let out = site.path().join("public");
    build(site.path(), "content", &out, &[]).assert_success();
    let recs = written(&content);
    for year in names(&content.join("reports"), true) {
        let page = out.join(format!("reports/{year}/index.html"));
        let made: Vec<String> = recs
            .iter()
            .filter(|r| r.year == year)
            .map(|r| r.id.clone())
            .collect();
        assert_eq!(
            ids_in_section(&page, "recommendations-made"),
            made,
            "{year}: made"
        );
        let file = content.join(format!("reports/{year}/follow-up.toml"));
        let mut followed: Vec<String> = Vec::new();
        if file.exists() {
            for f in read_toml(&file)["follow_up"].as_array().unwrap() {
                let id = f["recommendation"].as_str().unwrap().to_string();
                if !followed.contains(&id) {
                    followed.push(id);
                }
            }
        }
        assert_eq!(
            ids_in_section(&page, "recommendations-followed-up"),
            followed,
            "{year}: followed up"
        );
    }
    // The fixture's chapters are named after their bodies.
    let body = "alpha";
    let mut by_body: Vec<&Written> = recs.iter().filter(|r| r.chapter == body).collect();
    by_body.sort_by(|a, b| b.year.cmp(&a.year));
    let listed = ids_in_section(
        &out.join(format!("registry/bodies/{body}/index.html")),
        "recommendations",
    );
    assert_eq!(
        listed,
        by_body.iter().map(|r| r.id.clone()).collect::<Vec<_>>()
    );
    assert!(!listed.is_empty());
}

#[test]
fn setting_and_nation_pages_list_the_recommendations_that_concern_them() {
    let site = minimal_with(&["recommendations"]);
    let content = site.path().join("content");
    let out = site.path().join("public");
    build(site.path(), "content", &out, &[]).assert_success();
    let mut recs = written(&content);
    recs.sort_by(|a, b| b.year.cmp(&a.year));
    let reg = load_registry(&content);
    let mut seen = 0;
    let settings = reg.settings.iter().map(|s| ("settings", &s.id));
    let nations = reg.nations.iter().map(|n| ("nations", &n.id));
    for (folder, id) in settings.chain(nations) {
        let expected: Vec<String> = recs
            .iter()
            .filter(|r| {
                let concerns = if folder == "settings" {
                    &r.settings
                } else {
                    &r.nations
                };
                concerns.contains(id)
            })
            .map(|r| r.id.clone())
            .collect();
        seen += expected.len();
        let page = out.join(format!("registry/{folder}/{id}/index.html"));
        assert_eq!(ids_in_section(&page, "recommendations"), expected, "{id}");
    }
    assert!(
        seen > 0,
        "the fixture's recommendations concern settings and nations"
    );
}

#[test]
fn each_filter_page_lists_exactly_the_recommendations_with_its_value_and_their_count() {
    // The UK site: its sample record has every kind of filter value.
    let content = uk_content();
    let out = uk_site("opcat-uk-");
    let recs = recommendation_filters(&content);
    assert!(!recs.is_empty());
    let mut expected: std::collections::BTreeMap<(String, String), Vec<String>> =
        Default::default();
    for (id, values) in &recs {
        for v in values {
            expected.entry(v.clone()).or_default().push(id.clone());
        }
    }
    let register = parse_html_file(&out.join("recommendations/index.html"));
    for ((filter, value), ids) in &expected {
        let page = out.join(format!("recommendations/{filter}/{value}/index.html"));
        let listed: std::collections::BTreeSet<String> = parse_html_file(&page)
            .select(&sel("main .recommendation-list li > a"))
            .filter_map(|a| a.value().attr("href"))
            .filter_map(|h| {
                h.trim_end_matches('/')
                    .rsplit('/')
                    .next()
                    .map(str::to_string)
            })
            .collect();
        let want: std::collections::BTreeSet<String> = ids.iter().cloned().collect();
        assert_eq!(listed, want, "{filter}/{value}");
        let lede = text_of(
            parse_html_file(&page)
                .select(&sel("main .lede"))
                .next()
                .expect("a lede"),
        );
        let count = format!(
            "{} recommendation{}",
            ids.len(),
            if ids.len() == 1 { "" } else { "s" }
        );
        assert!(lede.contains(&count), "{filter}/{value}: {lede}");
        // The register links to it with the same count, and each of its
        // rows carries the value for the in-place filter.
        let link = register
            .select(&sel(&format!(
                "a[href$='recommendations/{filter}/{value}/']"
            )))
            .next()
            .unwrap_or_else(|| panic!("the register links to {filter}/{value}"));
        let after = link
            .next_siblings()
            .find_map(scraper::ElementRef::wrap)
            .map(text_of);
        assert_eq!(after, Some(format!("({})", ids.len())), "{filter}/{value}");
        for id in ids {
            let row = register
                .select(&sel("li[data-register-row]"))
                .find(|li| {
                    li.select(&sel("a")).any(|a| {
                        a.value()
                            .attr("href")
                            .is_some_and(|h| h.ends_with(&format!("recommendations/{id}/")))
                    })
                })
                .unwrap_or_else(|| panic!("{id} in the register"));
            let values = row
                .value()
                .attr(&format!("data-{filter}"))
                .unwrap_or_default();
            assert!(
                values.split(' ').any(|v| v == value),
                "{id}: data-{filter}={values}"
            );
        }
    }
}

/// Each page's text as `pdftotext -layout` lays it out (pages split at its
/// form feeds).
fn layout_pages(pdf: &Path) -> Vec<String> {
    let out = std::process::Command::new(debian_tool("pdftotext", "poppler-utils"))
        .args([
            "-layout".as_ref(),
            "-enc".as_ref(),
            "UTF-8".as_ref(),
            pdf.as_os_str(),
            "-".as_ref(),
        ])
        .output()
        .expect("run pdftotext");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .split('\u{c}')
        .map(str::to_string)
        .collect()
}

#[test]
fn the_pdf_compiles_the_years_recommendations_by_authority_with_the_page_each_is_on() {
    let site = minimal_with(&["recommendations"]);
    let content = site.path().join("content");
    let out = site.path().join("public");
    build(site.path(), "content", &out, &[]).assert_success();
    let authorities: Vec<(String, String)> = read_toml(&content.join("registry/authorities.toml"))
        ["authority"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["id"].as_str().unwrap().to_string(),
                a["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let recs = written(&content);
    for year in recs
        .iter()
        .map(|r| r.year.clone())
        .collect::<std::collections::BTreeSet<_>>()
    {
        let pages = layout_pages(&out.join(format!("reports/{year}/annual-report-{year}.pdf")));
        let start = pages
            .iter()
            .rposition(|p| p.contains("Compilation of recommendations"))
            .expect("the compilation annex");
        let annex: String = pages[start..].concat();
        for r in recs.iter().filter(|r| r.year == year) {
            // Under the heading of each authority it is addressed to.
            for to in &r.to {
                let name = &authorities
                    .iter()
                    .find(|(id, _)| id == to)
                    .expect("a known authority")
                    .1;
                let heading = annex
                    .find(name.as_str())
                    .unwrap_or_else(|| panic!("{year}: no heading {name}"));
                assert!(
                    annex[heading..].contains(&r.id),
                    "{year}: {} not under {name}",
                    r.id
                );
            }
            // Its row ends with the number printed on the page it is made on.
            let row = annex
                .lines()
                .find(|l| l.trim_start().starts_with(&r.id))
                .unwrap_or_else(|| panic!("{year}: no row for {}", r.id));
            let printed = row.split_whitespace().last().expect("a page number");
            if r.outside.is_some() {
                // An outside body's has no page here.
                assert_eq!(printed, "–", "{year}: {}", r.id);
                continue;
            }
            let page = pages
                .iter()
                .take(start)
                .find(|p| {
                    p.lines()
                        .rev()
                        .find(|l| !l.trim().is_empty())
                        .map(str::trim)
                        == Some(printed)
                })
                .unwrap_or_else(|| panic!("{year}: no page numbered {printed}"));
            assert!(
                key(page).contains(&key(&format!("Recommendation {}", r.number))),
                "{year}: {} is not on page {printed}",
                r.id
            );
        }
        // Every row's status is as it stood at the end of the year's period.
        let end = read_toml(&content.join(format!("reports/{year}/report.toml")))["period_end"]
            .to_string();
        let scales = read_toml(&content.join("registry/follow-up.toml"));
        let squashed = key(&annex);
        for r in &recs {
            if !squashed.contains(&key(&r.id)) {
                continue;
            }
            let mut status = Vec::new();
            for scale in ["response", "progress"] {
                let latest = follow_up_entries(&content)
                    .into_iter()
                    .filter(|(id, date, k, _)| *id == r.id && k == scale && *date <= end)
                    .max_by(|a, b| a.1.cmp(&b.1))
                    .map(|(_, _, _, v)| {
                        scale_names(&scales, scale)
                            .into_iter()
                            .find(|(i, _)| *i == v)
                            .expect("on the scale")
                            .1
                    })
                    .unwrap_or_else(|| "none yet".into());
                let label = if scale == "response" {
                    "Response"
                } else {
                    "Progress"
                };
                status.push(format!("{label}: {latest}."));
            }
            // The row's cells are laid out side by side: each part is the
            // first of its kind after the id.
            let after_id = &squashed[squashed.find(&key(&r.id)).unwrap()..];
            for part in &status {
                let label = part.split(':').next().unwrap();
                let at = after_id.find(&key(&format!("{label}:"))).expect("a status");
                assert!(
                    after_id[at..].starts_with(&key(part)),
                    "{year}: {} should read {part:?}",
                    r.id
                );
            }
        }
    }
}

/// Every follow-up entry of every year: (recommendation, date, scale, value).
fn follow_up_entries(content: &Path) -> Vec<(String, String, String, String)> {
    let mut entries = Vec::new();
    for year in names(&content.join("reports"), true) {
        let file = content.join("reports").join(&year).join("follow-up.toml");
        if !file.exists() {
            continue;
        }
        for f in read_toml(&file)["follow_up"].as_array().unwrap() {
            for key in ["response", "progress"] {
                if let Some(v) = f.get(key).and_then(|v| v.as_str()) {
                    entries.push((
                        f["recommendation"].as_str().unwrap().to_string(),
                        f["date"].to_string(),
                        key.to_string(),
                        v.to_string(),
                    ));
                }
            }
        }
    }
    entries
}
