//! The registry people can query (issue 4): the finder's static pages,
//! membership on a date, the timeline pictures, the open data files and
//! their schemas, structured data, the search index and the A to Z index.
//! The real site is built once; expectations come from content/ (read with
//! the `toml` crate) or from the published files themselves, never copied
//! from the output.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::common::*;
use scraper::Html;
use serde_json::Value;

fn site() -> &'static Path {
    uk_site("opcat-press-registry-data-")
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

fn json(rel: &str) -> Value {
    let path = site().join(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {rel}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{rel} is not JSON: {e}"))
}

fn body_ids(doc: &Html, selector: &str) -> BTreeSet<String> {
    doc.select(&sel(selector))
        .flat_map(|el| linked_ids(el, "bodies"))
        .collect()
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("list {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

// ---------------------------------------------------------------- finder

#[test]
fn every_finder_page_lists_exactly_the_bodies_the_registry_names() {
    let reg = registry();
    let mut non_empty = 0;
    for s in &reg.settings {
        for n in &reg.nations {
            let rel = format!("registry/settings/{}/{}/index.html", s.id, n.id);
            let doc = page(&rel);
            assert_eq!(h1_text(&doc), format!("{} in {}", s.name, n.name), "{rel}");
            let current = body_ids(
                &doc,
                "#finder-result .finder-list:not(.finder-list--former)",
            );
            let expected = reg.current_covering(&s.id, &n.id);
            assert_eq!(current, expected, "current monitors on {rel}");
            let former = body_ids(&doc, "#finder-result .finder-list--former");
            let expected_former: BTreeSet<String> = reg
                .bodies
                .values()
                .filter(|b| !b.is_current() && b.covers(&s.id, &n.id))
                .map(|b| b.id.clone())
                .collect();
            assert_eq!(former, expected_former, "former monitors on {rel}");
            if expected.is_empty() {
                assert!(
                    doc.select(&sel("#finder-result .finder-empty"))
                        .next()
                        .is_some(),
                    "{rel} says nobody is recorded"
                );
            } else {
                non_empty += 1;
            }
            // The form is there for JavaScript, with this pair chosen.
            let chosen = |id: &str| {
                doc.select(&sel(&format!("#{id} option[selected]")))
                    .filter_map(|o| o.value().attr("value"))
                    .collect::<Vec<_>>()
            };
            assert_eq!(chosen("finder-setting"), [s.id.as_str()], "{rel}");
            assert_eq!(chosen("finder-nation"), [n.id.as_str()], "{rel}");
        }
    }
    // Most pairs have someone: the comparison above is not vacuous.
    assert!(
        non_empty > reg.settings.len(),
        "only {non_empty} pairs have monitors"
    );
}

/// (setting, nation) → the current bodies with an uncertain coverage row there.
fn uncertain_cells() -> BTreeMap<(String, String), BTreeSet<String>> {
    let mut out: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for path in toml_files(&content().join("registry/bodies")) {
        let body = read_toml(&path);
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        if body.contains_key("ended") || !registry().bodies[&id].is_current() {
            continue;
        }
        for row in body
            .get("coverage")
            .and_then(|c| c.as_array())
            .into_iter()
            .flatten()
        {
            if row.get("uncertain").and_then(|u| u.as_bool()) != Some(true) {
                continue;
            }
            let setting = row["setting"].as_str().expect("a setting").to_string();
            for n in row["nations"].as_array().expect("nations") {
                let n = n.as_str().expect("a nation").to_string();
                out.entry((setting.clone(), n))
                    .or_default()
                    .insert(id.clone());
            }
        }
    }
    out
}

#[test]
fn the_registry_index_links_every_finder_page_with_its_count() {
    let reg = registry();
    let doc = page("registry/index.html");
    let cells: BTreeMap<String, String> = doc
        .select(&sel("#finder-result td"))
        .filter_map(|td| {
            let a = td.select(&sel("a")).next()?;
            Some((a.value().attr("href")?.to_string(), text_of(td)))
        })
        .collect();
    let uncertain = uncertain_cells();
    assert!(!uncertain.is_empty());
    for s in &reg.settings {
        for n in &reg.nations {
            let href = format!("../registry/settings/{}/{}/", s.id, n.id);
            let count = reg.current_covering(&s.id, &n.id).len();
            let text = cells
                .get(&href)
                .unwrap_or_else(|| panic!("the registry index does not link {href}"));
            assert!(
                text.starts_with(&format!("{count} bod")),
                "{href} says `{text}`, expected {count}"
            );
            let doubtful = uncertain
                .get(&(s.id.clone(), n.id.clone()))
                .map_or(0, |b| b.len());
            assert_eq!(
                text.ends_with(&format!("({doubtful} uncertain)")),
                doubtful > 0,
                "{href} says `{text}`, expected {doubtful} uncertain"
            );
        }
    }
}

#[test]
fn uncertain_coverage_is_marked_with_its_reason_on_the_finder_page() {
    let mut checked = 0;
    for path in toml_files(&content().join("registry/bodies")) {
        let body = read_toml(&path);
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        let rows = body
            .get("coverage")
            .and_then(|c| c.as_array())
            .cloned()
            .unwrap_or_default();
        for row in rows.iter().filter_map(|r| r.as_table()) {
            if row.get("uncertain").and_then(|u| u.as_bool()) != Some(true) {
                continue;
            }
            let setting = row["setting"].as_str().expect("a setting");
            let note = row
                .get("note")
                .and_then(|n| n.as_str())
                .expect("uncertain rows have a note");
            for nation in row["nations"].as_array().expect("nations") {
                let nation = nation.as_str().expect("a nation id");
                let rel = format!("registry/settings/{setting}/{nation}/index.html");
                let doc = page(&rel);
                let item = doc
                    .select(&sel("#finder-result .finder-list__item"))
                    .find(|li| {
                        // The entry's own body is its first link; later
                        // links are its partners.
                        li.select(&sel("a.body-link"))
                            .next()
                            .and_then(|a| a.value().attr("href"))
                            .is_some_and(|h| h.ends_with(&format!("/bodies/{id}/")))
                    })
                    .unwrap_or_else(|| panic!("{rel} does not list {id}"));
                assert!(
                    item.select(&sel(".tag--uncertain")).next().is_some(),
                    "{rel}: {id} is not marked uncertain"
                );
                let note = note.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(
                    text_of(item).contains(&note),
                    "{rel}: {id} does not give the reason"
                );
                checked += 1;
            }
        }
    }
    assert!(
        checked > 0,
        "the content has uncertain coverage rows to check"
    );
}

#[test]
fn every_cited_fact_on_a_finder_page_links_its_source_with_title_and_address() {
    let sources = read_toml(&content().join("registry/sources.toml"));
    let reg = registry();
    let mut cited = 0;
    for s in &reg.settings {
        for n in &reg.nations {
            let rel = format!("registry/settings/{}/{}/index.html", s.id, n.id);
            let doc = page(&rel);
            for a in doc.select(&sel("#finder-result sup.cite a")) {
                let href = a.value().attr("href").expect("a source link");
                let id = href
                    .strip_prefix("#source-")
                    .expect("links into the page's Sources");
                let li = doc
                    .select(&sel(&format!("li[id=\"source-{id}\"]")))
                    .next()
                    .unwrap_or_else(|| panic!("{rel}: no Sources entry for {id}"));
                let source = sources[id].as_table().expect("a source");
                assert!(text_of(li).contains(source["title"].as_str().expect("a title")));
                if let Some(url) = source.get("url").and_then(|u| u.as_str()) {
                    let link = li.select(&sel("a")).next().expect("the source's link");
                    assert_eq!(link.value().attr("href"), Some(url), "{rel}: {id}");
                }
                cited += 1;
            }
        }
    }
    assert!(cited > 0);
}

// ------------------------------------------------------ membership on a date

/// The day as `YYYY-MM-DD`, comparable as a string with the data's dates.
fn iso((y, m, d): Day) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

#[test]
fn membership_on_a_date_is_18_then_20_then_21() {
    let reg = registry();
    let data = json("data/registry.json");
    let history = page("registry/history/index.html");
    for (day, count) in [((2010, 1, 1), 18), ((2015, 1, 1), 20), ((2018, 1, 1), 21)] {
        let on = iso(day);
        // From the content, as the issue asks for the shipped data.
        let members = reg.members_on(day);
        assert_eq!(members.len(), count, "members on {on} by the content");
        // From the open data.
        let from_json: BTreeSet<String> = data["bodies"]
            .as_array()
            .expect("bodies")
            .iter()
            .filter(|b| {
                let from = b["designation"]["date"].as_str().expect("a date");
                let ended = b["end"]["date"].as_str();
                from <= on.as_str() && ended.is_none_or(|e| e > on.as_str())
            })
            .map(|b| b["id"].as_str().expect("an id").to_string())
            .collect();
        assert_eq!(from_json, members, "members on {on} by registry.json");
        // From the history page's periods, which the date picker reads.
        let period = history
            .select(&sel("#membership-periods details.period"))
            .find(|p| {
                let from = p.value().attr("data-from").expect("data-from");
                let to = p.value().attr("data-to");
                from <= on.as_str() && to.is_none_or(|t| on.as_str() <= t)
            })
            .unwrap_or_else(|| panic!("no period holds {on}"));
        assert_eq!(
            period.value().attr("data-count"),
            Some(count.to_string().as_str())
        );
        assert_eq!(
            linked_ids(period, "bodies"),
            members,
            "the period's list on {on}"
        );
        // Each member under the name it used when the period began.
        let from = period.value().attr("data-from").expect("data-from");
        for a in period.select(&sel("a.body-link")) {
            let href = a.value().attr("href").expect("href");
            let id = registry_link_id(href, "bodies").expect("a body link");
            assert_eq!(
                text_of(a),
                name_on(&id, from),
                "{id} in the period from {from}"
            );
        }
    }
}

/// The name a body used on `day` (YYYY-MM-DD), from its TOML file: the
/// first former name still in use then, or its current name.
fn name_on(id: &str, day: &str) -> String {
    let body = read_toml(&content().join(format!("registry/bodies/{id}.toml")));
    let mut former: Vec<(String, String)> = body
        .get("names")
        .and_then(|n| n.as_array())
        .into_iter()
        .flatten()
        .filter_map(|n| n.as_table())
        .map(|n| {
            let until = iso(crate::common::day(&n["until"]));
            (until, n["name"].as_str().expect("a name").to_string())
        })
        .collect();
    former.sort();
    former
        .into_iter()
        .find(|(until, _)| until.as_str() > day)
        .map(|(_, name)| name)
        .unwrap_or_else(|| body["name"].as_str().expect("a name").to_string())
}

// ------------------------------------------------------------ timelines

fn svg_has_text_alternative(doc: &Html, rel: &str) -> String {
    let svg = doc
        .select(&sel("figure.chart svg"))
        .next()
        .unwrap_or_else(|| panic!("{rel} has no timeline"));
    assert_eq!(svg.value().attr("role"), Some("img"), "{rel}");
    let labelled = svg
        .value()
        .attr("aria-labelledby")
        .expect("aria-labelledby");
    let ids: Vec<&str> = labelled.split_whitespace().collect();
    assert_eq!(ids.len(), 2, "{rel}: a title and a description");
    let title = svg
        .select(&sel(&format!("title[id=\"{}\"]", ids[0])))
        .next();
    let desc = svg.select(&sel(&format!("desc[id=\"{}\"]", ids[1]))).next();
    let (title, desc) = (
        title.map(text_of).unwrap_or_default(),
        desc.map(text_of).unwrap_or_default(),
    );
    assert!(
        !title.is_empty() && desc.len() > 40,
        "{rel}: `{title}` / `{desc}`"
    );
    desc
}

#[test]
fn the_history_timeline_is_a_picture_with_a_text_alternative() {
    let reg = registry();
    let doc = page("registry/history/index.html");
    let desc = svg_has_text_alternative(&doc, "the history page");
    // The description gives the counts after each instrument, in words.
    for i in &reg.instruments {
        let n = i.members_after.expect("each instrument states its count");
        assert!(desc.contains(&n.to_string()), "`{desc}` lacks {n}");
    }
    // One bar per body, each named (as a tooltip title) in the picture.
    let svg = doc
        .select(&sel("figure.chart svg"))
        .next()
        .expect("the svg");
    let svg_text = text_of(svg);
    for b in reg.bodies.values() {
        assert!(
            svg_text.contains(&b.name),
            "the timeline does not name {}",
            b.id
        );
    }
}

#[test]
fn every_body_page_has_its_own_timeline_and_its_chapters() {
    let reports = load_reports(&content());
    for b in registry().bodies.values() {
        let rel = format!("registry/bodies/{}/index.html", b.id);
        let doc = page(&rel);
        let desc = svg_has_text_alternative(&doc, &rel);
        if let Some((y, _, _)) = b.ended {
            assert!(
                desc.contains(&y.to_string()),
                "{rel}: the end year in `{desc}`"
            );
        }
        // Every chapter it wrote, across years.
        let expected: BTreeSet<String> = reports
            .iter()
            .flat_map(|r| {
                r.chapters
                    .iter()
                    .filter(|slug| {
                        let fm =
                            front_matter(&content().join(format!("reports/{}/{slug}.md", r.year)));
                        fm.get("body").and_then(|v| v.as_str()) == Some(b.id.as_str())
                    })
                    .map(|slug| format!("reports/{}/{slug}/", r.year))
                    .collect::<Vec<_>>()
            })
            .collect();
        let linked: BTreeSet<String> = doc
            .select(&sel("section[aria-labelledby=chapters] a"))
            .filter_map(|a| a.value().attr("href"))
            .map(|h| h.trim_start_matches("../../../").to_string())
            .collect();
        assert_eq!(linked, expected, "{rel}");
    }
}

// ------------------------------------------------------------ open data

fn validate(schema_rel: &str, doc_rel: &str) {
    let schema = json(schema_rel);
    let validator = jsonschema::validator_for(&schema)
        .unwrap_or_else(|e| panic!("{schema_rel} is not a valid schema: {e}"));
    let doc = json(doc_rel);
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{doc_rel}:\n{}", errors.join("\n"));
}

#[test]
fn the_json_files_validate_against_their_published_schemas() {
    validate("data/registry.schema.json", "data/registry.json");
    validate("data/reports.schema.json", "data/reports.json");
    validate("data/record.schema.json", "data/record.json");
}

#[test]
fn the_schema_rejects_a_registry_that_breaks_it() {
    // The validation above means something: a wrong file fails it.
    let schema = json("data/registry.schema.json");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let mut doc = json("data/registry.json");
    doc["bodies"][0]["designation"]["date"] = "31 March 2009".into();
    assert!(!validator.is_valid(&doc));
    let mut doc = json("data/registry.json");
    doc["bodies"][0]["coverage"][0]["role"] = "observer".into();
    assert!(!validator.is_valid(&doc));
    let mut doc = json("data/registry.json");
    doc["bodies"][0]["nickname"] = "x".into();
    assert!(!validator.is_valid(&doc));
}

fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join(";"),
        other => other.to_string(),
    }
}

type Row = BTreeMap<String, String>;

fn row(pairs: &[(&str, &Value)]) -> Row {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), cell(v)))
        .collect()
}

fn fact<'a>(prefix: &str, v: &'a Value) -> Vec<(String, &'a Value)> {
    ["sources", "uncertain", "note"]
        .iter()
        .map(|k| (format!("{prefix}{k}"), &v[*k]))
        .collect()
}

fn with_fact(mut r: Row, prefix: &str, v: &Value) -> Row {
    for (k, val) in fact(prefix, v) {
        r.insert(k, cell(val));
    }
    r
}

/// The registry's facts as CSV rows, taken from the JSON document.
fn json_tables(data: &Value) -> BTreeMap<&'static str, Vec<Row>> {
    let mut t: BTreeMap<&'static str, Vec<Row>> = BTreeMap::new();
    let arr = |k: &str| data[k].as_array().cloned().unwrap_or_default();
    for b in arr("bodies") {
        let id = &b["id"];
        let end = &b["end"];
        let mut r = row(&[
            ("id", id),
            ("name", &b["name"]),
            ("abbreviation", &b["abbreviation"]),
            ("nations", &b["nations"]),
            ("coordinator", &b["coordinator"]),
            ("website", &b["website"]),
            ("url", &b["url"]),
            ("designated", &b["designation"]["date"]),
            ("instrument", &b["designation"]["instrument"]),
            ("ended", &end["date"]),
            ("end_reason", &end["reason"]),
            ("end_instrument", &end["instrument"]),
            ("successor", &end["successor"]),
            ("summary", &b["summary"]),
        ]);
        r = with_fact(r, "designation_", &b["designation"]);
        r = with_fact(r, "end_", end);
        if end.is_null() {
            r.insert("end_uncertain".into(), "false".into());
        }
        t.entry("registry.csv")
            .or_default()
            .push(with_fact(r, "", &b));
        for n in b["former_names"].as_array().into_iter().flatten() {
            let r = row(&[
                ("body", id),
                ("name", &n["name"]),
                ("abbreviation", &n["abbreviation"]),
                ("until", &n["until"]),
            ]);
            t.entry("registry-names.csv")
                .or_default()
                .push(with_fact(r, "", n));
        }
        for c in b["coverage"].as_array().into_iter().flatten() {
            for nation in c["nations"].as_array().into_iter().flatten() {
                let r = row(&[
                    ("body", id),
                    ("setting", &c["setting"]),
                    ("nation", nation),
                    ("role", &c["role"]),
                    ("with", &c["with"]),
                ]);
                t.entry("registry-coverage.csv")
                    .or_default()
                    .push(with_fact(r, "", c));
            }
        }
        for e in b["events"].as_array().into_iter().flatten() {
            let r = row(&[
                ("body", id),
                ("date", &e["date"]),
                ("text", &e["text"]),
                ("related", &e["related"]),
            ]);
            t.entry("registry-events.csv")
                .or_default()
                .push(with_fact(r, "", e));
        }
    }
    for i in arr("instruments") {
        let r = row(&[
            ("id", &i["id"]),
            ("date", &i["date"]),
            ("title", &i["title"]),
            ("citation", &i["citation"]),
            ("members_after", &i["members_after"]),
            ("summary", &i["summary"]),
        ]);
        t.entry("registry-instruments.csv")
            .or_default()
            .push(with_fact(r, "", &i));
    }
    for s in arr("settings") {
        let r = row(&[
            ("id", &s["id"]),
            ("name", &s["name"]),
            ("description", &s["description"]),
        ]);
        t.entry("registry-settings.csv")
            .or_default()
            .push(with_fact(r, "", &s));
    }
    for n in arr("nations") {
        t.entry("registry-nations.csv")
            .or_default()
            .push(row(&[("id", &n["id"]), ("name", &n["name"])]));
    }
    for s in arr("sources") {
        t.entry("registry-sources.csv").or_default().push(row(&[
            ("id", &s["id"]),
            ("title", &s["title"]),
            ("url", &s["url"]),
        ]));
    }
    t
}

/// The report series as CSV rows, taken from reports.json: a row per
/// report, per fact that is known (with its own sources), per copy.
fn report_tables(data: &Value) -> BTreeMap<&'static str, Vec<Row>> {
    let mut t: BTreeMap<&'static str, Vec<Row>> = BTreeMap::new();
    for r in data["reports"].as_array().into_iter().flatten() {
        let year = &r["year"];
        let st = &r["statement"];
        let copies = r["copies"].as_array().map_or(0, Vec::len);
        let mut series = row(&[
            ("year", year),
            ("number", &r["number"]),
            ("title", &r["title"]),
            ("status", &r["status"]),
            ("period_start", &r["period_start"]),
            ("period_end", &r["period_end"]),
            ("published", &r["published"]),
            ("command_paper", &r["command_paper"]),
            ("isbn", &r["isbn"]),
            ("isbn_web", &r["isbn_web"]),
            ("statement", &st["reference"]),
            ("statement_date", &st["date"]),
            ("statement_url", &st["url"]),
            ("url", &r["url"]),
            ("pdf", &r["pdf"]["url"]),
            ("summary", &r["summary"]),
        ]);
        series.insert("copies".into(), copies.to_string());
        t.entry("reports.csv")
            .or_default()
            .push(with_fact(series, "", r));
        let isbns = [cell(&r["isbn"]), cell(&r["isbn_web"])]
            .into_iter()
            .filter(|i| !i.is_empty())
            .collect::<Vec<_>>()
            .join(";");
        let period = format!("{}/{}", cell(&r["period_start"]), cell(&r["period_end"]));
        let statement = [cell(&st["reference"]), cell(&st["date"])]
            .into_iter()
            .filter(|i| !i.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let facts = &r["facts"];
        for (name, value, sourced) in [
            ("number", cell(&r["number"]), &facts["number"]),
            ("title", cell(&r["title"]), &facts["title"]),
            ("period", period, &facts["period"]),
            ("published", cell(&r["published"]), &facts["published"]),
            (
                "command_paper",
                cell(&r["command_paper"]),
                &facts["command_paper"],
            ),
            ("isbn", isbns, &facts["isbn"]),
            ("statement", statement, st),
        ] {
            if value.is_empty() {
                continue;
            }
            let mut f = Row::new();
            f.insert("year".into(), cell(year));
            f.insert("fact".into(), name.into());
            f.insert("value".into(), value);
            t.entry("reports-facts.csv")
                .or_default()
                .push(with_fact(f, "", sourced));
        }
        for c in r["copies"].as_array().into_iter().flatten() {
            let copy = row(&[("year", year), ("title", &c["title"]), ("url", &c["url"])]);
            t.entry("reports-copies.csv")
                .or_default()
                .push(with_fact(copy, "", c));
        }
    }
    t
}

/// The monitoring record's rows as CSV rows, taken from record.json.
fn record_tables(data: &Value) -> BTreeMap<&'static str, Vec<Row>> {
    let mut t: BTreeMap<&'static str, Vec<Row>> = BTreeMap::new();
    for r in data["recommendations"].as_array().into_iter().flatten() {
        let keys = [
            "id", "year", "sample", "made_by", "number", "text", "to", "settings", "nations",
            "themes", "repeats", "url", "place", "sources",
        ];
        let mut row: Row = keys.iter().map(|k| (k.to_string(), cell(&r[*k]))).collect();
        for k in ["response", "response_date", "progress", "progress_date"] {
            row.insert(k.into(), cell(&r["status"][k]));
        }
        t.entry("recommendations.csv").or_default().push(row);
    }
    for f in data["follow_up"].as_array().into_iter().flatten() {
        let keys = [
            "recommendation",
            "year",
            "sample",
            "date",
            "response",
            "progress",
            "quote",
        ];
        let row: Row = keys.iter().map(|k| (k.to_string(), cell(&f[*k]))).collect();
        t.entry("recommendations-follow-up.csv")
            .or_default()
            .push(with_fact(row, "", f));
    }
    for v in data["visits"].as_array().into_iter().flatten() {
        let keys = [
            "year",
            "sample",
            "body",
            "setting",
            "nation",
            "visits",
            "announced",
            "unannounced",
            "sources",
        ];
        let row: Row = keys.iter().map(|k| (k.to_string(), cell(&v[*k]))).collect();
        t.entry("visits.csv").or_default().push(row);
    }
    assert!(
        t.len() == 3,
        "the UK site's record has recommendations, follow-up and visits"
    );
    t
}

fn read_csv(rel: &str) -> Vec<Row> {
    let mut reader =
        csv::Reader::from_path(site().join(rel)).unwrap_or_else(|e| panic!("open {rel}: {e}"));
    let headers = reader.headers().expect("a header row").clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap_or_else(|e| panic!("{rel}: {e}"));
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn the_csv_tables_hold_the_same_facts_as_the_json() {
    let data = json("data/registry.json");
    let mut tables = json_tables(&data);
    tables.extend(report_tables(&json("data/reports.json")));
    tables.extend(record_tables(&json("data/record.json")));
    let csv_files: BTreeSet<String> = std::fs::read_dir(site().join("data"))
        .expect("the data folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".csv"))
        .collect();
    let expected_files: BTreeSet<String> = tables.keys().map(|k| k.to_string()).collect();
    assert_eq!(csv_files, expected_files);
    for (file, mut from_json) in tables {
        let mut from_csv = read_csv(&format!("data/{file}"));
        from_csv.sort();
        from_json.sort();
        assert_eq!(from_csv.len(), from_json.len(), "{file}: row count");
        for (c, j) in from_csv.iter().zip(&from_json) {
            assert_eq!(c, j, "{file}");
        }
    }
}

#[test]
fn the_open_data_holds_every_body_of_the_content_with_its_dates() {
    let reg = registry();
    let data = json("data/registry.json");
    let bodies = data["bodies"].as_array().expect("bodies");
    let ids: BTreeSet<String> = bodies.iter().map(|b| cell(&b["id"])).collect();
    assert_eq!(ids, reg.bodies.keys().cloned().collect::<BTreeSet<_>>());
    for b in bodies {
        let content = &reg.bodies[&cell(&b["id"])];
        assert_eq!(cell(&b["name"]), content.name);
        assert_eq!(cell(&b["designation"]["instrument"]), content.instrument);
        assert_eq!(
            b["end"]["date"].as_str().map(str::to_string),
            content.ended.map(iso_loose)
        );
        let names: Vec<String> = b["former_names"]
            .as_array()
            .expect("former names")
            .iter()
            .map(|n| cell(&n["name"]))
            .collect();
        assert_eq!(names, content.former_names);
    }
    let reports = json("data/reports.json");
    let years: Vec<String> = reports["reports"]
        .as_array()
        .expect("reports")
        .iter()
        .map(|r| cell(&r["year"]))
        .collect();
    let mut expected: Vec<String> = load_reports(&content())
        .into_iter()
        .map(|r| r.year)
        .collect();
    expected.reverse();
    assert_eq!(
        years, expected,
        "reports.json lists the years, newest first"
    );
    for r in reports["reports"].as_array().expect("reports") {
        // A report published elsewhere has no PDF here.
        if r["status"] == "archived" {
            assert!(r["pdf"].is_null(), "{}", r["year"]);
            continue;
        }
        let pdf = r["pdf"]["url"]
            .as_str()
            .expect("each year built here has its PDF");
        let rel = pdf
            .strip_prefix(&base_url(&content()))
            .expect("an address on the site");
        let size = std::fs::metadata(site().join(rel))
            .expect("the PDF is published")
            .len();
        assert_eq!(r["pdf"]["bytes"].as_u64(), Some(size));
    }
}

/// A content date as the data writes it (exact dates only in this content).
fn iso_loose(d: Day) -> String {
    iso(d)
}

/// Every key path in a JSON value: `bodies[].designation.date`.
fn key_paths(v: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let path = format!("{prefix}{k}");
                out.insert(path.clone());
                key_paths(child, &format!("{path}."), out);
            }
        }
        Value::Array(items) => {
            let p = prefix.trim_end_matches('.');
            for item in items {
                key_paths(item, &format!("{p}[]."), out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_data_page_documents_every_field_and_column_and_the_licence() {
    let doc = page("data/index.html");
    let documented = |table: &str| -> BTreeSet<String> {
        doc.select(&sel(&format!("#{table}-caption")))
            .next()
            .and_then(|c| c.parent())
            .and_then(scraper::ElementRef::wrap)
            .map(|t| t.select(&sel("tbody th code")).map(text_of).collect())
            .unwrap_or_default()
    };
    for (file, table) in [
        ("registry.json", "registry-fields"),
        ("reports.json", "reports-fields"),
    ] {
        let mut paths = BTreeSet::new();
        key_paths(&json(&format!("data/{file}")), "", &mut paths);
        let fields = documented(table);
        let missing: Vec<_> = paths.difference(&fields).collect();
        assert!(
            missing.is_empty(),
            "{file}: undocumented fields {missing:?}"
        );
    }
    let csv_tables: Vec<String> = doc
        .select(&sel("#csv-tables ~ h3, section h3"))
        .map(text_of)
        .collect();
    for (i, file) in csv_tables
        .iter()
        .filter(|f| f.ends_with(".csv"))
        .enumerate()
    {
        let mut reader = csv::Reader::from_path(site().join("data").join(file)).expect("the CSV");
        let headers: BTreeSet<String> = reader
            .headers()
            .expect("headers")
            .iter()
            .map(str::to_string)
            .collect();
        assert_eq!(
            documented(&format!("table-{}-fields", i + 1)),
            headers,
            "{file}"
        );
    }
    let published = std::fs::read_dir(site().join("data"))
        .expect("the data folder")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".csv"))
        .count();
    assert_eq!(
        csv_tables.iter().filter(|f| f.ends_with(".csv")).count(),
        published
    );
    let site_toml = read_toml(&content().join("site.toml"));
    let licence = site_toml["licence"]
        .as_str()
        .expect("the UK site names its licence");
    let text = text_of(doc.select(&sel("main")).next().expect("main"));
    assert!(text.contains(licence) && text.contains("How to cite"));
    // Every file in the table is published.
    for a in doc.select(&sel("#files-caption ~ tbody a")) {
        let href = a.value().attr("href").expect("href");
        assert!(
            site()
                .join("data")
                .join(href.trim_start_matches("../data/"))
                .is_file(),
            "{href}"
        );
    }
}

// ------------------------------------------------- structured data, search

fn ld(doc: &Html) -> Value {
    let script = doc
        .select(&sel("script[type=\"application/ld+json\"]"))
        .next()
        .expect("JSON-LD");
    serde_json::from_str(&script.text().collect::<String>()).expect("JSON-LD parses")
}

fn meta(doc: &Html, property: &str) -> String {
    doc.select(&sel(&format!("meta[property=\"{property}\"]")))
        .next()
        .and_then(|m| m.value().attr("content"))
        .unwrap_or_else(|| panic!("no {property}"))
        .to_string()
}

#[test]
fn body_and_report_pages_carry_schema_org_data_and_open_graph_tags() {
    let base = base_url(&content());
    for b in registry().bodies.values() {
        let rel = format!("registry/bodies/{}/index.html", b.id);
        let doc = page(&rel);
        let data = ld(&doc);
        assert_eq!(data["@type"], "GovernmentOrganization", "{rel}");
        assert_eq!(data["name"], b.name.as_str(), "{rel}");
        assert_eq!(meta(&doc, "og:title"), b.name, "{rel}");
        assert_eq!(
            meta(&doc, "og:url"),
            format!("{base}registry/bodies/{}/", b.id)
        );
        for former in &b.former_names {
            assert!(
                data["alternateName"]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|n| n == former.as_str())),
                "{rel}: {former}"
            );
        }
    }
    for r in load_reports(&content()) {
        let rel = format!("reports/{}/index.html", r.year);
        let doc = page(&rel);
        let data = ld(&doc);
        assert_eq!(data["@type"], "Report", "{rel}");
        assert_eq!(
            data["hasPart"].as_array().map(Vec::len),
            Some(r.chapters.len()),
            "{rel}"
        );
        // A PDF for a year built here; none for one published elsewhere.
        assert_eq!(
            data["encoding"]["contentUrl"]
                .as_str()
                .is_some_and(|u| u.ends_with(".pdf")),
            r.status != "archived",
            "{rel}"
        );
    }
}

#[test]
fn build_writes_the_search_index_for_every_page_worth_finding() {
    let entry = json("pagefind/pagefind-entry.json");
    let languages = entry["languages"].as_object().expect("languages");
    // `en` for a site in English alone; `en-gb`, from each page's lang,
    // for one in more languages.
    let en = languages
        .iter()
        .find(|(k, _)| k.starts_with("en"))
        .map(|(_, v)| v)
        .expect("an English index");
    let indexed = en["page_count"].as_u64().expect("a page count");
    // The pages that mark their content for the index.
    // (A translation's pages are in their own language's index.)
    let marked = html_pages(site())
        .into_iter()
        .filter(|p| !in_translation(&content(), p))
        .filter(|p| {
            let text = std::fs::read_to_string(site().join(p)).expect("a page");
            text.contains("data-pagefind-body")
        })
        .count() as u64;
    let expected_min = registry().bodies.len() as u64 + load_reports(&content()).len() as u64;
    assert!(marked >= expected_min, "only {marked} pages are marked");
    assert_eq!(indexed, marked);
    assert!(site().join("pagefind/pagefind.js").is_file());
    let wasm = site().join(format!(
        "pagefind/wasm.{}.pagefind",
        en["wasm"].as_str().expect("a wasm language")
    ));
    assert!(wasm.is_file(), "{}", wasm.display());
    // Every page has the search box and, for readers without JavaScript,
    // the link to the A to Z index.
    for p in html_pages(site()) {
        let doc = page(&p);
        let form = doc
            .select(&sel("form.site-search__form[role=search]"))
            .next();
        assert!(
            form.is_some_and(|f| f.value().attr("hidden").is_some()),
            "{p}"
        );
        let fallback = doc
            .select(&sel("a.site-search__fallback"))
            .next()
            .expect("the fallback");
        let href = fallback.value().attr("href").expect("href");
        assert!(href.ends_with("a-z/"), "{p}: {href}");
    }
}

#[test]
fn the_a_to_z_index_links_every_body_under_every_name_and_every_report() {
    let doc = page("a-z/index.html");
    let links: Vec<(String, String)> = doc
        .select(&sel("main .a-z-list a"))
        .map(|a| {
            (
                text_of(a),
                a.value().attr("href").unwrap_or_default().to_string(),
            )
        })
        .collect();
    let has = |title: &str, href: &str| links.iter().any(|(t, h)| t == title && h == href);
    for b in registry().bodies.values() {
        let href = format!("../registry/bodies/{}/", b.id);
        assert!(has(&b.name, &href), "{}", b.name);
        for n in &b.former_names {
            assert!(has(n, &href), "{n}");
        }
    }
    for r in load_reports(&content()) {
        assert!(
            links
                .iter()
                .any(|(_, h)| *h == format!("../reports/{}/", r.year))
        );
    }
    // In alphabetical order within the page.
    let titles: Vec<String> = links.iter().map(|(t, _)| t.to_lowercase()).collect();
    let first_letters: Vec<char> = titles
        .iter()
        .filter_map(|t| t.chars().find(|c| c.is_alphanumeric()))
        .collect();
    assert!(
        first_letters.windows(2).all(|w| w[0] <= w[1]),
        "{first_letters:?}"
    );
}
