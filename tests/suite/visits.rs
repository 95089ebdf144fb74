//! Visits in numbers (`reports/<year>/visits.csv`): every total agrees
//! between the year page's tables, its chart's text alternative, the
//! body, setting and nation pages, the PDF annex and the open data; bad
//! figures are reported by `build` and `check` alike, all at once.
//! Expectations are added up here from the CSV files themselves.

use std::collections::BTreeMap;
use std::path::Path;

use crate::common::*;
use crate::pdf::pdf_text;

/// Which of a row's ids a page adds up by.
type KeyOf = fn(&Row) -> String;

/// One row of a `visits.csv`, as the test reads it.
#[derive(Debug, Clone)]
pub struct Row {
    pub year: String,
    pub body: String,
    pub setting: String,
    pub nation: String,
    pub visits: u64,
}

/// Every year's rows, read with the `csv` crate by column name.
pub fn visit_rows(content: &Path) -> Vec<Row> {
    let mut rows = Vec::new();
    for entry in std::fs::read_dir(content.join("reports")).expect("reports folder") {
        let dir = entry.expect("a year").path();
        let file = dir.join("visits.csv");
        if !file.exists() {
            continue;
        }
        let year = dir.file_name().unwrap().to_string_lossy().to_string();
        let mut reader = csv::Reader::from_path(&file).expect("read visits.csv");
        let header = reader.headers().expect("a header").clone();
        let col = |name: &str| header.iter().position(|h| h == name).expect(name);
        for record in reader.records() {
            let r = record.expect("a row");
            rows.push(Row {
                year: year.clone(),
                body: r[col("body")].to_string(),
                setting: r[col("setting")].to_string(),
                nation: r[col("nation")].to_string(),
                visits: r[col("visits")].parse().expect("a count"),
            });
        }
    }
    assert!(!rows.is_empty(), "the site has visit figures to test");
    rows
}

fn sum_by<'a>(
    rows: impl Iterator<Item = &'a Row>,
    key: impl Fn(&Row) -> String,
) -> BTreeMap<String, u64> {
    let mut out = BTreeMap::new();
    for r in rows {
        *out.entry(key(r)).or_default() += r.visits;
    }
    out
}

fn is_sample(content: &Path, year: &str) -> bool {
    let report = read_toml(&content.join("reports").join(year).join("report.toml"));
    report.get("status").and_then(|s| s.as_str()) == Some("sample")
}

/// The column that holds a row's total: the last, except in the table by
/// body, where it is the first (announced and unannounced follow).
fn total_of(cells: &[String], caption_id: &str) -> u64 {
    let cell = if caption_id == "visits-by-body-caption" {
        cells.first()
    } else {
        cells.last()
    };
    cell.expect("a total").parse().expect("a number")
}

/// The total in a table's footer row, by the table's caption id.
fn footer_total(doc: &scraper::Html, caption_id: &str) -> u64 {
    let table = doc
        .select(&sel(&format!("table:has(caption#{caption_id})")))
        .next()
        .unwrap_or_else(|| panic!("a table captioned #{caption_id}"));
    let cells: Vec<String> = table.select(&sel("tfoot td")).map(text_of).collect();
    total_of(&cells, caption_id)
}

/// Row heading text → the row's last cell (its total), for one table.
fn row_totals(doc: &scraper::Html, caption_id: &str) -> BTreeMap<String, u64> {
    let table = doc
        .select(&sel(&format!("table:has(caption#{caption_id})")))
        .next()
        .unwrap_or_else(|| panic!("a table captioned #{caption_id}"));
    table
        .select(&sel("tbody tr"))
        .map(|tr| {
            let head = tr.select(&sel("th a")).next().map(|a| {
                a.value()
                    .attr("href")
                    .unwrap_or_default()
                    .trim_end_matches('/')
                    .rsplit('/')
                    .next()
                    .unwrap_or_default()
                    .to_string()
            });
            let cells: Vec<String> = tr.select(&sel("td")).map(text_of).collect();
            (
                head.expect("a linked row heading"),
                total_of(&cells, caption_id),
            )
        })
        .collect()
}

#[test]
fn each_years_figures_add_up_the_same_in_its_tables_and_its_charts_words() {
    let content = uk_content();
    let reg = uk_registry();
    let rows = visit_rows(&content);
    let out = uk_site("opcat-uk-");
    let years: std::collections::BTreeSet<String> = rows.iter().map(|r| r.year.clone()).collect();
    for year in &years {
        let of_year: Vec<&Row> = rows.iter().filter(|r| &r.year == year).collect();
        let total: u64 = of_year.iter().map(|r| r.visits).sum();
        let doc = parse_html_file(&out.join("reports").join(year).join("index.html"));
        assert_eq!(
            footer_total(&doc, "visits-by-setting-caption"),
            total,
            "{year}"
        );
        assert_eq!(
            footer_total(&doc, "visits-by-body-caption"),
            total,
            "{year}"
        );
        let by_setting = sum_by(of_year.iter().copied(), |r| r.setting.clone());
        assert_eq!(
            row_totals(&doc, "visits-by-setting-caption"),
            by_setting,
            "{year}"
        );
        let by_body = sum_by(of_year.iter().copied(), |r| r.body.clone());
        assert_eq!(
            row_totals(&doc, "visits-by-body-caption"),
            by_body,
            "{year}"
        );
        // The chart's text alternative says every figure in words.
        let desc = doc
            .select(&sel("svg.bar-chart desc"))
            .next()
            .map(text_of)
            .expect("the chart has a description");
        assert!(
            desc.contains(&format!("Bar chart of {total} visits in all")),
            "{desc}"
        );
        for (setting, n) in &by_setting {
            let name = &reg
                .settings
                .iter()
                .find(|s| &s.id == setting)
                .expect("a setting")
                .name;
            assert!(
                desc.contains(&format!("{name}: {n}")),
                "{year}: {name} {n} in {desc}"
            );
        }
        let sample = is_sample(&content, year);
        for caption in doc.select(&sel("#visits caption, svg.bar-chart title")) {
            assert_eq!(
                text_of(caption).starts_with("Sample figures"),
                sample,
                "{year}: {}",
                text_of(caption)
            );
        }
    }
}

#[test]
fn body_setting_and_nation_pages_add_up_each_ones_visits_over_the_years() {
    let content = uk_content();
    let rows = visit_rows(&content);
    let out = uk_site("opcat-uk-");
    let pages: [(&str, KeyOf); 3] = [
        ("registry/bodies", |r| r.body.clone()),
        ("registry/settings", |r| r.setting.clone()),
        ("registry/nations", |r| r.nation.clone()),
    ];
    for (folder, key) in pages {
        for (id, total) in sum_by(rows.iter(), key) {
            let doc = parse_html_file(&out.join(folder).join(&id).join("index.html"));
            assert_eq!(
                footer_total(&doc, "visits-over-years-caption"),
                total,
                "{folder}/{id}"
            );
            let by_year = sum_by(rows.iter().filter(|r| key(r) == id), |r| r.year.clone());
            assert_eq!(
                row_totals(&doc, "visits-over-years-caption"),
                by_year,
                "{folder}/{id}"
            );
            for tr in doc.select(&sel(
                "table:has(caption#visits-over-years-caption) tbody tr",
            )) {
                let year = text_of(tr.select(&sel("th a")).next().expect("a year"));
                let tagged = tr.select(&sel(".tag--sample")).next().is_some();
                assert_eq!(tagged, is_sample(&content, &year), "{folder}/{id} {year}");
            }
        }
    }
}

#[test]
fn a_year_without_figures_has_no_visits_section() {
    let site = minimal_with(&[]);
    let out = site.path().join("public");
    build(site.path(), "content", &out, &[]).assert_success();
    let doc = parse_html_file(&out.join("reports/2015-16/index.html"));
    assert!(doc.select(&sel("#visits")).next().is_none());
}

#[test]
fn bad_visit_figures_are_all_reported_by_build_and_check() {
    assert_rejected_as_expected("visits-invalid");
}

#[test]
fn a_file_without_a_required_column_names_it() {
    let site = minimal_with(&[]);
    let file = site.path().join("content/reports/2015-16/visits.csv");
    std::fs::write(&file, "body,nation,visits\nalpha,england,3\n").unwrap();
    let checked = opcat(site.path(), &["check".as_ref()]);
    assert_eq!(checked.code, Some(2), "{}", checked.stderr);
    assert_eq!(
        checked.error_lines(),
        ["content/reports/2015-16/visits.csv:1:1: error: the column `setting` is missing"]
    );
}

#[test]
fn the_pdf_annex_gives_the_years_totals() {
    let content = uk_content();
    let rows = visit_rows(&content);
    let out = uk_site("opcat-uk-");
    for year in rows
        .iter()
        .map(|r| r.year.clone())
        .collect::<std::collections::BTreeSet<_>>()
    {
        let total: u64 = rows
            .iter()
            .filter(|r| r.year == year)
            .map(|r| r.visits)
            .sum();
        let pdf = out
            .join("reports")
            .join(&year)
            .join(format!("annual-report-{year}.pdf"));
        let text = pdf_text(&pdf);
        let annex = text.rsplit("Visits in numbers").next().expect("the annex");
        assert!(
            annex.contains(&format!("{total} visits in all")),
            "{year}: no total of {total} in the annex"
        );
        let by_body = sum_by(rows.iter().filter(|r| r.year == year), |r| r.body.clone());
        for n in by_body.values() {
            assert!(annex.contains(&n.to_string()), "{year}: {n}");
        }
    }
}

#[test]
fn status_shows_whose_visit_figures_are_in() {
    let content = uk_content();
    let rows = visit_rows(&content);
    let year = rows.first().expect("a row").year.clone();
    let by_body = sum_by(rows.iter().filter(|r| r.year == year), |r| r.body.clone());
    let run = opcat(
        repo(),
        &[
            "status".as_ref(),
            year.as_ref(),
            "--format".as_ref(),
            "json".as_ref(),
        ],
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let status_rows = json["rows"].as_array().expect("rows");
    for row in status_rows {
        let body = row["body"].as_str().unwrap();
        assert_eq!(row["visits"].as_u64(), by_body.get(body).copied(), "{body}");
    }
    assert!(status_rows.iter().any(|r| r["visits"].is_null()));
    let text = opcat(repo(), &["status".as_ref(), year.as_ref()]);
    assert!(
        text.stdout.contains("Visit figures in: "),
        "{}",
        text.stdout
    );
    assert!(text.stdout.contains("; not yet: "), "{}", text.stdout);
}

#[test]
fn the_open_data_has_every_row_with_its_year_marked_sample_where_it_is() {
    let content = uk_content();
    let rows = visit_rows(&content);
    let out = uk_site("opcat-uk-");
    let mut reader = csv::Reader::from_path(out.join("data/visits.csv")).expect("data/visits.csv");
    let header = reader.headers().expect("a header").clone();
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    let published: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(published.len(), rows.len());
    let total =
        |year: &str, rows: &mut dyn Iterator<Item = u64>| (year.to_string(), rows.sum::<u64>());
    for year in rows
        .iter()
        .map(|r| r.year.clone())
        .collect::<std::collections::BTreeSet<_>>()
    {
        let of_year: Vec<&csv::StringRecord> = published
            .iter()
            .filter(|r| r[col("year")] == *year)
            .collect();
        assert_eq!(
            total(
                &year,
                &mut of_year
                    .iter()
                    .map(|r| r[col("visits")].parse::<u64>().unwrap())
            ),
            total(
                &year,
                &mut rows.iter().filter(|r| r.year == year).map(|r| r.visits)
            ),
        );
        for r in of_year {
            assert_eq!(
                &r[col("sample")] == "true",
                is_sample(&content, &year),
                "{year}"
            );
        }
    }
}
