//! The interface's words: the message catalogues in templates/i18n/, the
//! site's language choosing one, and what a missing or broken message does.
//! Expected words are read from the catalogue files themselves.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::common::*;

/// The languages the repository ships catalogues for.
const SHIPPED: [&str; 5] = ["en-GB", "cy", "fr", "es", "ar"];

/// The one-line messages of a language's catalogue (`id = text`), from
/// every `.ftl` file in its folder: what the pages must show.
fn messages(templates: &Path, language: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let dir = templates.join("i18n").join(language);
    for entry in std::fs::read_dir(&dir).expect("the catalogue folder") {
        let path = entry.expect("an entry").path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a catalogue file");
        for line in text.lines() {
            let Some((id, value)) = line.split_once(" = ") else {
                continue;
            };
            let id_like = !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if id_like && !value.contains('{') {
                out.insert(id.to_string(), value.to_string());
            }
        }
    }
    out
}

/// Every message id of a language's catalogue, one-line or not.
fn ids(templates: &Path, language: &str) -> Vec<String> {
    let dir = templates.join("i18n").join(language);
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the catalogue folder") {
        let path = entry.expect("an entry").path();
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" =")
                && !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                out.push(id.to_string());
            }
        }
    }
    out
}

/// The UK content in a temporary folder, in `language` alone: its site
/// language set to it, without its translations (`translations` and the
/// `<name>.<language>.md` files).
fn uk_content_in(language: &str) -> tempfile::TempDir {
    let tmp = tempdir();
    copy_dir(&repo().join("content"), &tmp.path().join("content"));
    for l in translations_of(&repo().join("content")) {
        for year in std::fs::read_dir(tmp.path().join("content/reports"))
            .expect("reports")
            .flatten()
        {
            for f in std::fs::read_dir(year.path()).expect("a year").flatten() {
                if f.file_name()
                    .to_string_lossy()
                    .ends_with(&format!(".{l}.md"))
                {
                    std::fs::remove_file(f.path()).expect("remove a translation");
                }
            }
        }
    }
    let site = tmp.path().join("content/site.toml");
    let text = std::fs::read_to_string(&site).expect("site.toml");
    let text: String = text
        .lines()
        .filter(|l| !l.starts_with("translations = "))
        .map(|l| {
            if l.starts_with("language = ") {
                format!("language = \"{language}\"")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&site, text).expect("write site.toml");
    tmp
}

/// `build` of `content` with the templates in `templates`.
fn build_with_templates(cwd: &Path, templates: &Path, out: &Path) -> Run {
    let theme = repo().join("theme");
    let args: Vec<&std::ffi::OsStr> = vec![
        "build".as_ref(),
        "--content".as_ref(),
        "content".as_ref(),
        "--output".as_ref(),
        out.as_os_str(),
        "--templates".as_ref(),
        templates.as_os_str(),
        "--theme".as_ref(),
        theme.as_os_str(),
        "--no-pdf".as_ref(),
        "--no-cache".as_ref(),
    ];
    opcat(cwd, &args)
}

#[test]
fn every_shipped_catalogue_loads_with_every_message_of_the_reference() {
    let templates = repo().join("templates");
    let found = opcat_press::i18n::available(&templates);
    for l in SHIPPED {
        assert!(
            found.iter().any(|f| f == l),
            "no catalogue for {l}: {found:?}"
        );
    }
    let mut sources = opcat_press::diagnostics::Sources::default();
    let loaded = opcat_press::i18n::load(
        opcat_press::i18n::Folders {
            templates: &templates,
            content: None,
        },
        &SHIPPED,
        &mut sources,
    );
    let catalogues = match loaded {
        Ok(c) => c,
        Err(diags) => panic!(
            "the shipped catalogues do not load: {:#?}",
            diags.iter().map(|d| &d.message).collect::<Vec<_>>()
        ),
    };
    let reference = ids(&templates, "en-GB");
    assert!(reference.len() > 300, "{} messages", reference.len());
    for l in SHIPPED {
        let c = catalogues.get(l).expect("loaded");
        for id in &reference {
            assert!(c.has(id), "{l} lacks {id}");
        }
        // Only the reference is marked reviewed: the others are drafts.
        assert_eq!(c.reviewed, l == "en-GB", "{l}'s catalogue-reviewed");
        assert!(!c.name.is_empty() && !c.translator.is_empty());
    }
}

#[test]
fn a_missing_message_is_an_error_naming_the_file_and_the_message_with_the_english() {
    let site = uk_content_in("cy");
    let templates = site.path().join("templates");
    copy_dir(&repo().join("templates"), &templates);
    let english = messages(&repo().join("templates"), "en-GB");
    // Two messages taken out of the Welsh catalogue: both are reported.
    let file = templates.join("i18n/cy/site.ftl");
    let text = std::fs::read_to_string(&file).expect("cy/site.ftl");
    let gone = ["nav-registry", "skip-link"];
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !gone.iter().any(|id| l.starts_with(&format!("{id} ="))))
        .collect();
    std::fs::write(&file, kept.join("\n")).expect("write");

    let out = site.path().join("public");
    let run = build_with_templates(site.path(), &templates, &out);
    assert_ne!(run.code, Some(0), "{}", run.stderr);
    assert!(!out.exists(), "nothing is written");
    let errors: Vec<Diag> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.severity == "error")
        .collect();
    for id in gone {
        let d = errors
            .iter()
            .find(|d| d.message.contains(&format!("`{id}`")))
            .unwrap_or_else(|| panic!("no error for {id}: {}", run.stderr));
        assert!(d.file.ends_with("i18n/cy/site.ftl"), "{}", d.file);
        let hint = d.hint.as_deref().unwrap_or_default();
        assert!(hint.contains(&english[id]), "{hint}");
    }

    // `check` rejects the site the same way.
    let check = opcat(
        site.path(),
        &[
            "check".as_ref(),
            "--content".as_ref(),
            "content".as_ref(),
            "--templates".as_ref(),
            templates.as_os_str(),
        ],
    );
    assert_ne!(check.code, Some(0));
    for id in gone {
        assert!(
            check.stderr.contains(&format!("`{id}`")),
            "{}",
            check.stderr
        );
    }
}

#[test]
fn a_broken_catalogue_line_is_reported_at_its_line() {
    let site = uk_content_in("fr");
    let templates = site.path().join("templates");
    copy_dir(&repo().join("templates"), &templates);
    let file = templates.join("i18n/fr/site.ftl");
    let mut text = std::fs::read_to_string(&file).expect("fr/site.ftl");
    let line = text.lines().count() + 1;
    text.push_str("cassé = { $\n");
    std::fs::write(&file, text).expect("write");
    let run = build_with_templates(site.path(), &templates, &site.path().join("public"));
    assert_ne!(run.code, Some(0));
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d.file.ends_with("i18n/fr/site.ftl") && d.severity == "error")
        .unwrap_or_else(|| panic!("{}", run.stderr));
    assert_eq!(d.line, Some(line), "{}", run.stderr);
}

#[test]
fn a_language_without_a_catalogue_is_an_error_listing_those_there_are() {
    let site = uk_content_in("de");
    let run = build(
        site.path(),
        "content",
        &site.path().join("public"),
        &["--no-pdf"],
    );
    assert_ne!(run.code, Some(0));
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d.message.contains("`de`"))
        .unwrap_or_else(|| panic!("{}", run.stderr));
    let hint = d.hint.unwrap_or_default();
    for l in SHIPPED {
        assert!(hint.contains(l), "{hint}");
    }
}

/// The UK site built with its interface in `language`.
fn uk_site_in(language: &str) -> (tempfile::TempDir, PathBuf) {
    let site = uk_content_in(language);
    let out = site.path().join("public");
    build(site.path(), "content", &out, &["--no-pdf"]).assert_success();
    (site, out)
}

#[test]
fn the_site_language_chooses_the_catalogue_and_an_unreviewed_one_says_so() {
    let templates = repo().join("templates");
    for language in ["cy", "fr", "es", "en-GB"] {
        let words = messages(&templates, language);
        let (site, out) = uk_site_in(language);
        let doc = parse_html_file(&out.join("registry/index.html"));
        let html = doc.select(&sel("html")).next().expect("html");
        assert_eq!(html.value().attr("lang"), Some(language));
        let nav: Vec<String> = doc.select(&sel(".site-nav__link")).map(text_of).collect();
        assert_eq!(nav[0], words["nav-registry"], "{language}");
        assert_eq!(nav[1], words["nav-reports"], "{language}");
        let notice: Vec<String> = doc
            .select(&sel(".notice--translation"))
            .map(text_of)
            .collect();
        if language == "en-GB" {
            assert!(notice.is_empty(), "{notice:?}");
        } else {
            assert_eq!(notice, vec![words["catalogue-not-reviewed"].clone()]);
        }
        // Dates are written with the language's month names.
        let reports = parse_html_file(&out.join("reports/index.html"));
        let mut checked = 0;
        for t in reports.select(&sel("time")) {
            let iso = t.value().attr("datetime").unwrap_or_default();
            if iso.len() == 7 {
                let month: usize = iso[5..7].parse().expect("a month");
                let name = &words[&format!("month-{month}")];
                assert!(
                    text_of(t).contains(name.as_str()),
                    "{} in {language}",
                    text_of(t)
                );
                checked += 1;
            }
        }
        assert!(checked > 0, "no month-only dates on the reports page");
        // A recommendation in a chapter is labelled in the language, with
        // its number in the chapter.
        let label = message_line(&templates, language, "chapter-recommendation-label");
        let chapter = parse_html_file(&out.join("reports/2016-17/hiw/index.html"));
        let labels: Vec<String> = chapter
            .select(&sel(".recommendation-label"))
            .map(text_of)
            .collect();
        assert!(!labels.is_empty(), "no recommendation in the chapter");
        for (i, shown) in labels.iter().enumerate() {
            assert_eq!(
                shown,
                &label.replace("{ $number }", &(i + 1).to_string()),
                "{language}"
            );
        }
        // The notes' heading, the way back from a note and a table's name,
        // which the Markdown renderer writes, are in the language too.
        let foreword = parse_html_file(&out.join("reports/2016-17/foreword/index.html"));
        let heading: Vec<String> = foreword
            .select(&sel("#footnotes-title"))
            .map(text_of)
            .collect();
        assert_eq!(
            heading,
            [message_line(&templates, language, "chapter-notes")],
            "{language}"
        );
        let back = message_line(&templates, language, "chapter-note-back");
        let first_back = foreword
            .select(&sel(".footnote-back"))
            .next()
            .and_then(|a| a.value().attr("aria-label").map(String::from))
            .expect("a note's way back");
        assert_eq!(first_back, back.replace("{ $number }", "1"), "{language}");
        let table = message_line(&templates, language, "chapter-table-label");
        let first_table = foreword
            .select(&sel(".table-scroll"))
            .next()
            .and_then(|t| t.value().attr("aria-label").map(String::from))
            .expect("a table");
        assert_eq!(first_table, table.replace("{ $number }", "1"), "{language}");
        // The open data's description for search engines is in the language.
        let npm = read_toml(&site.path().join("content/site.toml"))["npm_name"]
            .as_str()
            .expect("npm_name")
            .to_string();
        let data_page = std::fs::read_to_string(out.join("data/index.html")).expect("data page");
        let ld_name = message_line(&templates, language, "data-ld-name").replace("{ $npm }", &npm);
        let ld_json = serde_json::to_string(&ld_name).expect("JSON");
        assert!(data_page.contains(&ld_json), "{language}: no {ld_json}");
        // Downloads' sizes are in the language's units ("Ko" in French).
        let unit = message_line(&templates, language, "size-kilobytes").replace("{ $size } ", "");
        let data = page_text(&out.join("data/index.html"));
        let words: Vec<&str> = data.split_whitespace().collect();
        let sized = words
            .windows(2)
            .filter(|w| {
                w[0].parse::<u32>().is_ok()
                    && w[1].trim_matches(|c: char| !c.is_alphabetic()) == unit
            })
            .count();
        assert!(sized >= 3, "{language}: {sized} sizes in {unit}");
    }
}

fn page_text(path: &Path) -> String {
    text_of(parse_html_file(path).root_element())
}

/// The text of message `id` in `language`'s catalogue, as written (with
/// its `{ $variables }`).
fn message_line(templates: &Path, language: &str, id: &str) -> String {
    let dir = templates.join("i18n").join(language);
    std::fs::read_dir(&dir)
        .expect("the catalogue folder")
        .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
        .find_map(|text| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("{id} = ")).map(String::from))
        })
        .unwrap_or_else(|| panic!("no {id} in {language}"))
}

#[test]
fn no_page_shows_a_message_id_in_place_of_its_words() {
    let templates = repo().join("templates");
    let ids = ids(&templates, "en-GB");
    for language in SHIPPED {
        let (_site, out) = uk_site_in(language);
        for page in html_pages(&out) {
            let doc = parse_html_file(&out.join(&page));
            // What a reader sees or hears: text, and the attributes read out.
            let mut shown_text: Vec<String> = doc.root_element().text().map(String::from).collect();
            for el in doc.select(&sel("[aria-label], [title], [alt], meta[content]")) {
                for a in ["aria-label", "title", "alt", "content"] {
                    shown_text.extend(el.value().attr(a).map(String::from));
                }
            }
            let all = shown_text.join(" ");
            let words: std::collections::HashSet<&str> = all
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .collect();
            let shown: Vec<&String> = ids
                .iter()
                .filter(|id| id.contains('-') && words.contains(id.as_str()))
                .collect();
            assert!(shown.is_empty(), "{page} ({language}) shows {shown:?}");
        }
    }
}

#[test]
fn the_scripts_words_are_written_for_the_site_language_with_its_plural_forms() {
    let templates = repo().join("templates");
    let mut script_ids: Vec<String> = ids(&templates, "en-GB")
        .into_iter()
        .filter(|id| id.starts_with("js-"))
        .collect();
    script_ids.sort();
    assert!(script_ids.len() > 10, "{script_ids:?}");
    for (language, categories) in [
        ("en-GB", vec!["one", "other"]),
        ("cy", vec!["few", "many", "one", "other", "two", "zero"]),
    ] {
        let (_site, out) = uk_site_in(language);
        let file = out.join(format!("js/words.{language}.json"));
        let text = std::fs::read_to_string(&file).expect("the script's words");
        let words: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&text).expect("JSON");
        let keys: Vec<&String> = words.keys().collect();
        assert_eq!(keys, script_ids.iter().collect::<Vec<_>>(), "{language}");
        // A message that counts has one text per plural category of the
        // language, with the count's place marked for the script.
        let counted = words["js-search-count"].as_object().expect("plural forms");
        let mut found: Vec<&str> = counted.keys().map(String::as_str).collect();
        found.sort();
        assert_eq!(found, categories, "{language}");
        assert!(
            counted["other"]
                .as_str()
                .is_some_and(|t| t.contains("{count}"))
        );
        // Only the site's language is written.
        let other = if language == "cy" { "en-GB" } else { "cy" };
        assert!(!out.join(format!("js/words.{other}.json")).exists());
    }
}

#[test]
fn the_pdf_takes_its_words_from_the_site_languages_catalogue() {
    let templates = repo().join("templates");
    let welsh = messages(&templates, "cy");
    let english = messages(&templates, "en-GB");
    let site = uk_content_in("cy");
    let out = site.path().join("public");
    build(site.path(), "content", &out, &[]).assert_success();
    // A year built here with a chapter of each kind and recommendations.
    let pdf = out.join("reports/2016-17/annual-report-2016-17.pdf");
    let text = crate::pdf::pdf_text(&pdf);
    for id in [
        "report-year-contents",
        "pdf-recommendations-heading",
        "pdf-sample",
    ] {
        assert!(text.contains(&welsh[id]), "{id}: {}", welsh[id]);
    }
    let heading = &english["pdf-recommendations-heading"];
    assert!(!text.contains(heading.as_str()), "{heading} in English");
    // Chapter kinds are set in capitals above each chapter's title.
    assert!(text.contains(&welsh["chapter-kind-foreword"].to_uppercase()));
    // The document's language is the site's.
    let bytes = std::fs::read(&pdf).expect("the PDF");
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(has(b"/Lang(cy)") || has(b"/Lang (cy)"), "no /Lang (cy)");
}

#[test]
fn a_passage_in_another_language_is_marked_on_the_page_and_in_the_pdf() {
    // A Welsh quotation in an English chapter of the minimal site.
    let site = minimal_with(&[]);
    link_templates_and_theme(site.path());
    let chapter = site.path().join("content/reports/2015-16/alpha.md");
    let welsh = "Mae pob person sydd wedi'i amddifadu o'i ryddid yn haeddu urddas.";
    let mut text = std::fs::read_to_string(&chapter).expect("the chapter");
    text.push_str(&format!(
        "\nA quotation:\n\n::: {{lang=cy}}\n{welsh}\n:::\n\nAnd English again.\n"
    ));
    std::fs::write(&chapter, &text).expect("write");
    let out = site.path().join("public");
    build(site.path(), "content", &out, &[]).assert_success();

    // On the page: the passage, and only it, in a `lang="cy"` element.
    let page = parse_html_file(&out.join("reports/2015-16/alpha/index.html"));
    let marked: Vec<String> = page.select(&sel("main [lang=cy]")).map(text_of).collect();
    assert_eq!(marked, [welsh.replace('\'', "’")], "{marked:?}");
    // In the PDF: the passage's structure says it is Welsh (qpdf writes the
    // compressed objects out so they can be read).
    let pdf = out.join("reports/2015-16/annual-report-2015-16.pdf");
    assert!(
        tagged_in(&pdf, site.path(), "cy"),
        "no /Lang (cy) in the PDF"
    );
    assert!(crate::pdf::pdf_text(&pdf).contains("yn haeddu urddas"));

    // A passage whose tag is not a language is an error, in build and check.
    text.push_str("\n::: {lang=!!}\nNot a language.\n:::\n");
    a_bad_tag_is_an_error_at_its_line(site.path(), &chapter, &text);
}

/// With `text` as `chapter`, the one line holding `{lang=!!}` is an error
/// at that line of that file, in `check` and `build` alike.
fn a_bad_tag_is_an_error_at_its_line(site: &Path, chapter: &Path, text: &str) {
    std::fs::write(chapter, text).expect("write");
    let line = text
        .lines()
        .position(|l| l.contains("{lang=!!}"))
        .expect("the line")
        + 1;
    let check = opcat(site, &["check".as_ref()]);
    let run = build(site, "content", &site.join("again"), &[]);
    for r in [&check, &run] {
        assert_ne!(r.code, Some(0), "{}", r.stderr);
        let d = r
            .diagnostics()
            .into_iter()
            .find(|d| d.message.contains("`!!` is not a language tag"))
            .unwrap_or_else(|| panic!("{}", r.stderr));
        assert_eq!(d.line, Some(line));
        assert!(chapter.ends_with(&d.file), "{}", d.file);
    }
}

#[test]
fn words_in_another_language_inside_a_sentence_are_marked_on_the_page_and_in_the_pdf() {
    // A Welsh motto inside an English sentence, and a French phrase.
    let site = minimal_with(&[]);
    link_templates_and_theme(site.path());
    let chapter = site.path().join("content/reports/2015-16/alpha.md");
    let (welsh, french) = ("Gwell dysg na golud", "contrôleur général");
    let mut text = std::fs::read_to_string(&chapter).expect("the chapter");
    text.push_str(&format!(
        "\nThe board's motto, [{welsh}]{{lang=cy}}, is on the wall; the [{french}]{{lang=fr}} visited.\n\nCode stays code: `[not]{{lang=cy}}`.\n"
    ));
    std::fs::write(&chapter, &text).expect("write");
    let out = site.path().join("public");
    let built = build(site.path(), "content", &out, &[]);
    built.assert_success();
    let warned: Vec<String> = built.warnings().into_iter().map(|w| w.header).collect();
    assert!(warned.iter().all(|w| !w.contains("alpha.md")), "{warned:?}");

    // On the page: the words, and only they, in `<span lang>`; the rest of
    // the sentence as written, without the brackets.
    let page = parse_html_file(&out.join("reports/2015-16/alpha/index.html"));
    let cy: Vec<String> = page
        .select(&sel("main span[lang=cy]"))
        .map(text_of)
        .collect();
    let fr: Vec<String> = page
        .select(&sel("main span[lang=fr]"))
        .map(text_of)
        .collect();
    assert_eq!(
        (cy, fr),
        (vec![welsh.to_string()], vec![french.to_string()])
    );
    let prose = text_of(page.select(&sel(".prose")).next().expect("the text"));
    assert!(prose.contains(&format!("motto, {welsh}, is on")), "{prose}");
    assert!(prose.contains("[not]{lang=cy}"), "code changed: {prose}");

    // In the PDF: tagged in their languages, the words in the text.
    let pdf = out.join("reports/2015-16/annual-report-2015-16.pdf");
    for l in ["cy", "fr"] {
        assert!(tagged_in(&pdf, site.path(), l), "no /Lang ({l}) in the PDF");
    }
    let pdf_text = crate::pdf::pdf_text(&pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        pdf_text.contains(&format!("motto, {welsh}, is on")),
        "{pdf_text}"
    );
    crate::pdf::validate_pdfs(std::slice::from_ref(&pdf));

    // A span whose tag is not a language is an error, in build and check.
    text.push_str("\nA [phrase]{lang=!!} here.\n");
    a_bad_tag_is_an_error_at_its_line(site.path(), &chapter, &text);
}

/// Whether some structure element of `pdf` is tagged `/Lang (<lang>)`: qpdf
/// writes the compressed objects out (into `scratch`) so they can be read.
fn tagged_in(pdf: &Path, scratch: &Path, lang: &str) -> bool {
    let qpdf = debian_tool("/usr/bin/qpdf", "qpdf");
    let plain = scratch.join("plain.pdf");
    let run = std::process::Command::new(qpdf)
        .args(["--qdf", "--object-streams=disable"])
        .arg(pdf)
        .arg(&plain)
        .status()
        .expect("run qpdf");
    assert!(run.success());
    let bytes = std::fs::read(&plain).expect("the PDF written out");
    let has = |needle: &str| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
    has(&format!("/Lang ({lang})")) || has(&format!("/Lang({lang})"))
}
