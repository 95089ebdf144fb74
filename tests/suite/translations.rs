//! A site in two languages: the UK site, published in English and, under
//! `/cy/`, in Welsh (site.toml's `translations`), with HIW's sample chapter
//! translated beside its original (`hiw.cy.md`). Every page has its twin,
//! the two link to each other (the switcher, `hreflang` in the head and the
//! sitemap), search is indexed per language, every year with a PDF has a
//! Welsh one, frozen with the English one, and what is not translated is
//! shown in English with
//! `lang` on it. Adding the language changes the English pages only by the
//! switcher and the alternates, and the English PDFs not at all. `check`
//! and `status` tell a translation's state. (axe and the HTML checker run
//! on the Welsh pages with the rest, in `browser`.)

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::common::*;

/// The languages the UK site is translated into, from its site.toml.
fn translations() -> Vec<String> {
    translations_of(&uk_content())
}

/// The site's own language, from its site.toml.
fn own_language(content: &Path) -> String {
    read_toml(&content.join("site.toml"))["language"]
        .as_str()
        .expect("language")
        .to_string()
}

/// Every translation file in `content` (`<name>.<language>.md`), with its
/// language and its original.
fn translation_files(content: &Path) -> Vec<(String, PathBuf, PathBuf)> {
    let mut out = Vec::new();
    for entry in walkdir(content) {
        let name = entry
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let Some(stem) = name.strip_suffix(".md") else {
            continue;
        };
        if let Some((slug, language)) = stem.rsplit_once('.') {
            out.push((
                language.to_string(),
                entry.with_file_name(format!("{slug}.md")),
                entry.clone(),
            ));
        }
    }
    out
}

fn args(words: &[&str]) -> Vec<std::ffi::OsString> {
    words.iter().map(std::ffi::OsString::from).collect()
}

fn run(site: &Path, words: &[&str]) -> Run {
    let owned = args(words);
    let refs: Vec<&std::ffi::OsStr> = owned.iter().map(|a| a.as_os_str()).collect();
    opcat(site, &refs)
}

fn walkdir(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walkdir(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// `href` from the page at `page` (an output path), as an output path:
/// `cy/reports/2016-17/hiw/index.html`.
fn resolve(page: &str, href: &str) -> String {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for seg in href.split('#').next().unwrap_or_default().split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "" | "." => {}
            s => parts.push(s),
        }
    }
    let mut path = parts.join("/");
    if href.ends_with('/') || href.is_empty() || href == "./" {
        if !path.is_empty() {
            path.push('/');
        }
        path.push_str("index.html");
    }
    path
}

/// The pages of the site's own language (not under a language's folder,
/// nor the one 404 page).
fn own_pages(out: &Path, languages: &[String]) -> Vec<String> {
    html_pages(out)
        .into_iter()
        .filter(|p| !languages.iter().any(|l| p.starts_with(&format!("{l}/"))))
        .filter(|p| p != "404.html")
        .collect()
}

fn attr(doc: &scraper::Html, selector: &str, name: &str) -> Option<String> {
    doc.select(&sel(selector))
        .next()
        .and_then(|e| e.value().attr(name).map(String::from))
}

#[test]
fn every_page_has_its_twin_and_the_two_link_to_each_other() {
    let out = uk_site("opcat-translations-");
    let languages = translations();
    assert!(!languages.is_empty(), "the UK site names no translations");
    let own = own_language(&uk_content());
    let base = base_url(&uk_content());
    let pages = own_pages(out, &languages);
    assert!(pages.len() > 100, "{} pages", pages.len());
    for language in &languages {
        for page in &pages {
            let twin = format!("{language}/{page}");
            assert!(out.join(&twin).is_file(), "{page} has no twin {twin}");
            let doc = parse_html_file(&out.join(page));
            let theirs = parse_html_file(&out.join(&twin));
            assert_eq!(
                attr(&theirs, "html", "lang").as_deref(),
                Some(language.as_str())
            );
            // The switcher links each to the other.
            let there = attr(
                &doc,
                &format!(".language-switcher a[hreflang={language}]"),
                "href",
            )
            .unwrap_or_else(|| panic!("{page} has no link to its {language} twin"));
            assert_eq!(resolve(page, &there), twin, "{page}");
            let back = attr(
                &theirs,
                &format!(".language-switcher a[hreflang={own}]"),
                "href",
            )
            .unwrap_or_else(|| panic!("{twin} has no link back"));
            assert_eq!(resolve(&twin, &back), *page, "{twin}");
            // The alternates in the head are the same on both, absolute.
            let url = page.trim_end_matches("index.html");
            for d in [&doc, &theirs] {
                let alt = |l: &str| attr(d, &format!("link[rel=alternate][hreflang={l}]"), "href");
                assert_eq!(
                    alt(language),
                    Some(format!("{base}{language}/{url}")),
                    "{page}"
                );
                assert_eq!(alt(&own), Some(format!("{base}{url}")), "{page}");
                assert_eq!(alt("x-default"), Some(format!("{base}{url}")), "{page}");
            }
            assert_eq!(
                attr(&theirs, "link[rel=canonical]", "href"),
                Some(format!("{base}{language}/{url}"))
            );
        }
    }
    // Nothing under a language's folder that is not a twin, but its words.
    for page in html_pages(out) {
        if let Some(l) = languages
            .iter()
            .find(|l| page.starts_with(&format!("{l}/")))
        {
            let original = &page[l.len() + 1..];
            assert!(
                pages.iter().any(|p| p == original),
                "{page} has no original"
            );
        }
    }
}

#[test]
fn a_translated_chapter_is_shown_in_its_language_and_the_rest_in_the_original() {
    let out = uk_site("opcat-translations-");
    let content = uk_content();
    let own = own_language(&content);
    let files = translation_files(&content);
    assert!(!files.is_empty(), "the UK site has no translation");
    for (language, original, translation) in &files {
        let rel = original.strip_prefix(&content).expect("in content");
        let rel = rel_string(rel);
        let url = rel
            .trim_start_matches("pages/")
            .trim_end_matches(".md")
            .to_string()
            + "/index.html";
        let fm = front_matter(translation);
        let doc = parse_html_file(&out.join(language).join(&url));
        assert_eq!(h1_text(&doc), fm["title"].as_str().expect("title"), "{url}");
        let h1_lang = attr(&doc, "h1", "lang");
        assert_eq!(
            h1_lang, None,
            "a translated title is in the page's language"
        );
        assert_eq!(attr(&doc, ".prose", "lang"), None);
        // Its headings are the translation's, not the original's.
        let body = std::fs::read_to_string(translation).expect("translation");
        let first_heading = body
            .lines()
            .find_map(|l| l.strip_prefix("## "))
            .expect("a heading");
        let headings: Vec<String> = doc.select(&sel(".prose h2")).map(text_of).collect();
        assert!(
            headings.iter().any(|h| h.starts_with(first_heading)),
            "{headings:?}"
        );
        // Its recommendations, on their own pages, are its words.
        for id in recommendation_ids(translation) {
            let page =
                parse_html_file(&out.join(format!("{language}/recommendations/{id}/index.html")));
            let block = body
                .split(&format!("{{#{id}"))
                .nth(1)
                .and_then(|b| b.split(":::").next())
                .expect("the block");
            let last_sentence = block
                .lines()
                .skip(1)
                .collect::<String>()
                .replace('*', "")
                .rsplit(". ")
                .next()
                .unwrap_or_default()
                .trim()
                .trim_end_matches('.')
                .to_string();
            assert!(last_sentence.len() > 20, "{last_sentence}");
            // (The page sets apostrophes as typographers do.)
            let text = text_of(page.root_element()).replace('\u{2019}', "'");
            assert!(text.contains(&last_sentence), "{id}: {last_sentence}");
        }
    }
    // Every other chapter of the same years is shown in the original,
    // marked so.
    let translated: Vec<&PathBuf> = files.iter().map(|(_, o, _)| o).collect();
    let (language, original, _) = &files[0];
    let year = original.parent().expect("year folder");
    let mut checked = 0;
    for chapter in walkdir(year) {
        let name = chapter
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !name.ends_with(".md") || name.matches('.').count() > 1 || translated.contains(&&chapter)
        {
            continue;
        }
        let slug = name.trim_end_matches(".md");
        let rel = rel_string(year.strip_prefix(&content).expect("in content"));
        let doc = parse_html_file(&out.join(format!("{language}/{rel}/{slug}/index.html")));
        assert_eq!(
            h1_text(&doc),
            front_matter(&chapter)["title"].as_str().expect("title")
        );
        assert_eq!(
            attr(&doc, "h1", "lang").as_deref(),
            Some(own.as_str()),
            "{slug}"
        );
        assert_eq!(
            attr(&doc, ".prose", "lang").as_deref(),
            Some(own.as_str()),
            "{slug}"
        );
        // Its neighbours' titles, as the page names them, are marked when
        // they are the original's (not translated) and only then.
        for title in doc.select(&sel(".pagination__title")) {
            let text = text_of(title);
            let of_translation = files
                .iter()
                .any(|(_, _, t)| front_matter(t)["title"].as_str() == Some(text.as_str()));
            let expected = (!of_translation).then_some(own.as_str());
            assert_eq!(title.value().attr("lang"), expected, "{slug}: {text}");
        }
        checked += 1;
    }
    assert!(checked >= 2, "{checked} untranslated chapters checked");
}

#[test]
fn the_sitemap_lists_every_page_in_each_language_with_its_alternates() {
    let out = uk_site("opcat-translations-");
    let languages = translations();
    let base = base_url(&uk_content());
    let xml = std::fs::read_to_string(out.join("sitemap.xml")).expect("sitemap");
    let doc = scraper::Html::parse_fragment(&xml);
    let locs: Vec<String> = doc.select(&sel("loc")).map(text_of).collect();
    let own: Vec<&String> = locs
        .iter()
        .filter(|l| {
            !languages
                .iter()
                .any(|x| l.starts_with(&format!("{base}{x}/")))
        })
        .collect();
    assert!(own.len() > 100);
    assert_eq!(locs.len(), own.len() * (1 + languages.len()));
    for l in &own {
        for language in &languages {
            let twin = format!("{base}{language}/{}", &l[base.len()..]);
            assert!(locs.contains(&twin), "{twin} not in the sitemap");
        }
    }
    // Each entry names every language's address.
    let entries = xml.matches("<url>").count();
    let alternates = xml.matches("<xhtml:link rel=\"alternate\"").count();
    assert_eq!(alternates, entries * (1 + languages.len()));
}

#[test]
fn search_has_an_index_per_language_with_every_page() {
    let out = uk_site("opcat-translations-");
    let languages = translations();
    let entry: serde_json::Value = serde_json::from_slice(
        &std::fs::read(out.join("pagefind/pagefind-entry.json")).expect("pagefind-entry.json"),
    )
    .expect("JSON");
    let indexes = entry["languages"].as_object().expect("languages");
    let count = |prefix: &str| {
        indexes
            .iter()
            .filter(|(k, _)| k.starts_with(prefix))
            .map(|(_, v)| v["page_count"].as_u64().unwrap_or(0))
            .sum::<u64>()
    };
    let own = own_language(&uk_content()).to_lowercase();
    let own_primary = own.split('-').next().expect("primary");
    let own_count = count(own_primary);
    assert!(own_count > 50, "{indexes:?}");
    for language in &languages {
        assert_eq!(count(language), own_count, "{indexes:?}");
    }
}

/// Whether `pdf` says its language is `language`, in its catalogue or on
/// a tagged span.
fn tagged(pdf: &[u8], language: &str) -> bool {
    let (a, b) = (format!("/Lang({language})"), format!("/Lang ({language})"));
    pdf.windows(a.len()).any(|w| w == a.as_bytes())
        || pdf.windows(b.len()).any(|w| w == b.as_bytes())
}

/// The trailer's `/ID`: a document's identifier.
fn pdf_id(pdf: &[u8]) -> Vec<u8> {
    let at = pdf
        .windows(4)
        .rposition(|w| w == b"/ID[")
        .expect("a trailer /ID");
    pdf[at..at + 80.min(pdf.len() - at)].to_vec()
}

#[test]
fn every_year_with_a_pdf_has_one_in_each_language() {
    let out = uk_site("opcat-translations-");
    let content = uk_content();
    let own = own_language(&content);
    let files = translation_files(&content);
    let mut pdfs = Vec::new();
    for language in translations() {
        let mut years = 0;
        for page in html_pages(out) {
            let Some(year) = page
                .strip_prefix("reports/")
                .and_then(|p| p.strip_suffix("/index.html"))
                .filter(|y| !y.contains('/'))
            else {
                continue;
            };
            let original = out.join(format!("reports/{year}/annual-report-{year}.pdf"));
            let pdf = out.join(format!(
                "{language}/reports/{year}/annual-report-{year}.pdf"
            ));
            // An archived year links the official copy, in no language.
            let Ok(original) = std::fs::read(&original) else {
                assert!(!pdf.exists(), "{} without an original", pdf.display());
                continue;
            };
            let bytes = std::fs::read(&pdf).unwrap_or_else(|_| panic!("no {}", pdf.display()));
            assert!(
                tagged(&bytes, &language),
                "{} is not tagged {language}",
                pdf.display()
            );
            assert_ne!(
                pdf_id(&bytes),
                pdf_id(&original),
                "{year}: the two PDFs have one /ID"
            );
            // Its chapters: those translated in the language, the others
            // tagged in the original's.
            let translated: Vec<&PathBuf> = files
                .iter()
                .filter(|(l, o, _)| {
                    *l == language
                        && o.parent().and_then(|p| p.file_name())
                            == Some(std::ffi::OsStr::new(year))
                })
                .map(|(_, _, t)| t)
                .collect();
            let chapters = std::fs::read_dir(content.join("reports").join(year))
                .expect("the year's folder")
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| n.ends_with(".md") && n.matches('.').count() == 1)
                .count();
            if translated.len() < chapters {
                assert!(
                    tagged(&bytes, &own),
                    "{year}: the untranslated chapters are not tagged {own}"
                );
            }
            let text = crate::pdf::pdf_text(&pdf);
            for t in translated {
                let title = front_matter(t)["title"]
                    .as_str()
                    .expect("title")
                    .to_string();
                assert!(text.contains(&title), "{year}: the PDF lacks {title}");
            }
            // Its year page links to it.
            let twin = format!("{language}/{page}");
            let doc = parse_html_file(&out.join(&twin));
            let href = attr(&doc, "a[type='application/pdf']", "href").expect("a PDF link");
            assert_eq!(
                resolve(&twin, &href),
                format!("{language}/reports/{year}/annual-report-{year}.pdf")
            );
            pdfs.push(pdf);
            years += 1;
        }
        assert!(years >= 2, "{language}: {years} years with a PDF");
    }
    crate::pdf::validate_pdfs(&pdfs);
}

/// `translations` and no `<name>.<language>.md`.
fn without_translations(dir: &Path) -> PathBuf {
    let content = dir.join("content");
    copy_dir(&uk_content(), &content);
    for (_, _, t) in translation_files(&content) {
        std::fs::remove_file(t).expect("remove a translation");
    }
    let site = content.join("site.toml");
    let text = std::fs::read_to_string(&site).expect("site.toml");
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("translations"))
        .collect();
    std::fs::write(&site, kept.join("\n") + "\n").expect("write site.toml");
    content
}

/// A page without what a second language adds: its alternates and its
/// language switcher.
fn without_switcher(html: &str) -> String {
    let mut out = String::new();
    let mut in_switcher = false;
    for line in html.lines() {
        if line.contains("<nav class=\"language-switcher\"") {
            in_switcher = true;
        }
        let alternate = line.contains("<link rel=\"alternate\" hreflang=");
        if !in_switcher && !alternate {
            out.push_str(line);
            out.push('\n');
        }
        if in_switcher && line.contains("</nav>") {
            in_switcher = false;
        }
    }
    out
}

/// The data page without the sizes of the JSON files.
fn without_json_sizes(html: &str) -> String {
    html.lines()
        .filter(|l| !(l.contains("<td class=\"nowrap\">JSON, ") && l.ends_with(" KB</td>")))
        .collect::<Vec<_>>()
        .join("\n")
}

/// reports.json without each year's PDF in the other languages, and how
/// many there were.
fn without_translated_pdfs(bytes: &[u8]) -> (serde_json::Value, usize) {
    let mut json: serde_json::Value = serde_json::from_slice(bytes).expect("reports.json");
    let mut removed = 0;
    for r in json["reports"].as_array_mut().into_iter().flatten() {
        if let Some(pdf) = r["pdf"].as_object_mut()
            && let Some(t) = pdf.remove("translations")
        {
            removed += t.as_array().map_or(0, Vec::len);
        }
    }
    (json, removed)
}

#[test]
fn the_second_language_adds_only_the_switcher_and_alternates_to_the_first() {
    let with = uk_site("opcat-translations-");
    let tmp = tempdir();
    let content = without_translations(tmp.path());
    let out = tmp.path().join("public");
    build(tmp.path(), &content.to_string_lossy(), &out, &[]).assert_success();
    let languages = translations();
    let alone: BTreeMap<String, Vec<u8>> = snapshot(&out);
    let both: BTreeMap<String, Vec<u8>> = snapshot(with)
        .into_iter()
        .filter(|(p, _)| !languages.iter().any(|l| p.starts_with(&format!("{l}/"))))
        .filter(|(p, _)| !p.starts_with("pagefind/"))
        // The script's words in the other languages.
        .filter(|(p, _)| !languages.iter().any(|l| *p == format!("js/words.{l}.json")))
        .collect();
    let alone: BTreeMap<String, Vec<u8>> = alone
        .into_iter()
        .filter(|(p, _)| !p.starts_with("pagefind/"))
        .collect();
    assert_eq!(
        alone.keys().collect::<Vec<_>>(),
        both.keys().collect::<Vec<_>>()
    );
    let mut pages = 0;
    for (path, bytes) in &alone {
        let theirs = &both[path];
        if path.ends_with(".html") {
            let (a, b) = (
                without_switcher(&String::from_utf8_lossy(bytes)),
                without_switcher(&String::from_utf8_lossy(theirs)),
            );
            // The data page gives reports.json's size, which lists the
            // PDFs in the other languages.
            let (a, b) = if path == "data/index.html" {
                (without_json_sizes(&a), without_json_sizes(&b))
            } else {
                (a, b)
            };
            assert!(
                a.len() < bytes.len() || !String::from_utf8_lossy(bytes).contains("hreflang"),
                "{path}: a page alone has alternates"
            );
            assert!(a == b, "{path} differs by more than the switcher");
            pages += 1;
        } else if path == "data/reports.json" {
            let (a, b) = (
                without_translated_pdfs(bytes),
                without_translated_pdfs(theirs),
            );
            assert_eq!(a.1, 0, "a site in one language lists translated PDFs");
            assert!(b.1 >= 2, "reports.json lists {} translated PDFs", b.1);
            assert!(
                a.0 == b.0,
                "{path} differs by more than the translated PDFs"
            );
        } else if path != "sitemap.xml" {
            assert!(bytes == theirs, "{path} differs");
        }
    }
    assert!(pages > 100);
}

/// The minimal site published in Welsh too, with `alpha.md` translated.
fn welsh_minimal() -> tempfile::TempDir {
    let site = minimal_with(&[]);
    link_templates_and_theme(site.path());
    let content = site.path().join("content");
    let toml = content.join("site.toml");
    let mut text = std::fs::read_to_string(&toml).expect("site.toml");
    text.push_str("translations = [\"cy\"]\n");
    std::fs::write(&toml, text).expect("site.toml");
    site
}

fn sha256(path: &Path) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(std::fs::read(path).expect("file"));
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A Welsh `alpha.md` with `body` after front matter recording `hash`.
fn write_translation(site: &Path, hash: &str, body: &str) -> PathBuf {
    let path = site.join("content/reports/2015-16/alpha.cy.md");
    std::fs::write(
        &path,
        format!("+++\ntitle = \"Arolygiaeth Alffa\"\ntranslates = \"{hash}\"\n+++\n{body}"),
    )
    .expect("write the translation");
    path
}

const WELSH_BODY: &str = "\n## Arolygiadau yn 2015\n\nArolygodd Alffa ddeg carchar. Mae ei [chofnod yn y gofrestr](@/registry/bodies/alpha.toml) yn rhestru ei gwaith.\n\n## Y flwyddyn nesaf\n\nYn ôl at y [rhagair](foreword.md#this-year).\n";

#[test]
fn status_tells_whether_each_translation_is_there_and_up_to_date() {
    let site = welsh_minimal();
    let original = site.path().join("content/reports/2015-16/alpha.md");
    let status = |site: &Path| run(site, &["status", "2015-16"]).stdout;
    let before = status(site.path());
    assert!(
        before.contains("reports/2015-16/alpha.md -> -: missing"),
        "{before}"
    );
    write_translation(site.path(), &sha256(&original), WELSH_BODY);
    let current = status(site.path());
    assert!(
        current.contains("reports/2015-16/alpha.md -> reports/2015-16/alpha.cy.md: up to date"),
        "{current}"
    );
    let check = run(site.path(), &["check", "--deny-warnings"]);
    check.assert_success();
    // The original changes: the translation is out of date, and status
    // gives the version to record once it is brought up to date.
    let mut text = std::fs::read_to_string(&original).expect("alpha.md");
    text.push_str("\nA sentence added later.\n");
    std::fs::write(&original, text).expect("alpha.md");
    let later = status(site.path());
    let expected = format!(
        "OUT OF DATE: the original changed; once updated, set translates = \"{}\"",
        sha256(&original)
    );
    assert!(later.contains(&expected), "{later}");
    let check = run(site.path(), &["check"]);
    let diags = parse_diagnostics(&check.stderr);
    assert!(
        diags.iter().any(|d| d.file.ends_with("alpha.cy.md")
            && d.severity == "warning"
            && d.message.contains("has changed since")),
        "{}",
        check.stderr
    );
}

#[test]
fn check_and_build_find_what_is_wrong_with_a_translation() {
    let site = welsh_minimal();
    let original = site.path().join("content/reports/2015-16/alpha.md");
    // One heading where the original has two, and a recommendation the
    // original does not make.
    let body = "\n## Arolygiadau yn 2015\n\nArolygodd Alffa ddeg carchar.\n\n::: recommendation {#alpha-cy-only to=\"alpha\"}\nArgymhelliad.\n:::\n";
    let translation = write_translation(site.path(), &sha256(&original), body);
    let written = std::fs::read_to_string(&translation).expect("translation");
    let rec_line = written
        .lines()
        .position(|l| l.contains("{#alpha-cy-only"))
        .expect("the block")
        + 1;
    // A translation into a language the site does not publish, and one of
    // a file that is not there.
    let reports = site.path().join("content/reports/2015-16");
    std::fs::write(
        reports.join("foreword.fr.md"),
        "+++\ntitle = \"Avant-propos\"\n+++\n\nTexte.\n",
    )
    .expect("write");
    std::fs::write(
        reports.join("ghost.cy.md"),
        "+++\ntitle = \"Ysbryd\"\n+++\n\nTestun.\n",
    )
    .expect("write");
    let check = run(site.path(), &["check"]);
    let out = site.path().join("public");
    let build = build(site.path(), "content", &out, &[]);
    assert!(!out.exists(), "a failed build wrote the site");
    for run in [&check, &build] {
        assert_ne!(run.code, Some(0));
        let diags = parse_diagnostics(&run.stderr);
        let find = |file: &str, severity: &str, words: &str| {
            diags.iter().find(|d| {
                d.file.ends_with(file) && d.severity == severity && d.message.contains(words)
            })
        };
        let rec = find(
            "alpha.cy.md",
            "error",
            "makes the recommendations `alpha-cy-only`",
        )
        .unwrap_or_else(|| panic!("{}", run.stderr));
        assert_eq!(rec.line, Some(rec_line), "{}", rec.header);
        assert!(
            find("foreword.fr.md", "warning", "into `fr` is not published").is_some(),
            "{}",
            run.stderr
        );
        assert!(
            find(
                "ghost.cy.md",
                "error",
                "translates `reports/2015-16/ghost.md`, which is not there"
            )
            .is_some(),
            "{}",
            run.stderr
        );
        assert!(
            find("alpha.cy.md", "warning", "1 headings where alpha.md has 2").is_some(),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn the_registrys_words_are_shown_in_the_language_they_are_given_in() {
    let out = uk_site("opcat-translations-");
    let content = uk_content();
    for language in translations() {
        let words = read_toml(&content.join(format!("registry/translations/{language}.toml")));
        let nations = words["nations"].as_table().expect("nations");
        assert!(!nations.is_empty());
        for (id, name) in nations {
            let page = format!("{language}/registry/nations/{id}/index.html");
            let doc = parse_html_file(&out.join(&page));
            let name = name.as_str().expect("a name");
            assert!(h1_text(&doc).contains(name), "{page}: {}", h1_text(&doc));
            // The page in the site's own language keeps the registry's name.
            let own = parse_html_file(&out.join(format!("registry/nations/{id}/index.html")));
            assert!(!h1_text(&own).contains(name), "{}", h1_text(&own));
        }
        let bodies = words["bodies"].as_table().expect("bodies");
        for (id, w) in bodies {
            let page = format!("{language}/registry/bodies/{id}/index.html");
            let doc = parse_html_file(&out.join(&page));
            let name = w["name"].as_str().expect("a name");
            assert!(h1_text(&doc).starts_with(name), "{page}: {}", h1_text(&doc));
        }
    }
}

#[test]
fn an_unknown_id_in_the_registrys_words_is_an_error_with_the_closest() {
    let site = welsh_minimal();
    let folder = site.path().join("content/registry/translations");
    std::fs::create_dir_all(&folder).expect("mkdir");
    let file = folder.join("cy.toml");
    std::fs::write(
        &file,
        "[nations]\nengland = \"Lloegr\"\nscotlnd = \"Yr Alban\"\n",
    )
    .expect("write");
    let line = 3;
    for run in [
        run(site.path(), &["check"]),
        build(site.path(), "content", &site.path().join("public"), &[]),
    ] {
        assert_ne!(run.code, Some(0));
        let d = parse_diagnostics(&run.stderr)
            .into_iter()
            .find(|d| d.file.ends_with("cy.toml") && d.severity == "error")
            .unwrap_or_else(|| panic!("{}", run.stderr));
        assert!(d.message.contains("no nation `scotlnd`"), "{}", d.message);
        assert_eq!(d.line, Some(line));
        assert!(
            run.stderr.contains("did you mean `scotland`?"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn what_is_not_translated_is_marked_in_its_language() {
    let out = uk_site("opcat-translations-");
    let content = uk_content();
    let own = own_language(&content);
    for language in translations() {
        let words = read_toml(&content.join(format!("registry/translations/{language}.toml")));
        let translated_summary = |id: &str| {
            words
                .get("bodies")
                .and_then(|b| b.get(id))
                .is_some_and(|b| b.get("summary").is_some())
        };
        let mut checked = 0;
        for body in uk_registry().bodies.keys() {
            let theirs =
                parse_html_file(&out.join(format!("{language}/registry/bodies/{body}/index.html")));
            let ours = parse_html_file(&out.join(format!("registry/bodies/{body}/index.html")));
            let lede = |d: &scraper::Html| attr(d, "main .lede", "lang");
            assert_eq!(lede(&ours), None, "{body}");
            if !translated_summary(body) {
                assert_eq!(lede(&theirs).as_deref(), Some(own.as_str()), "{body}");
                checked += 1;
            }
        }
        assert!(checked > 10, "{checked}");
        // A year's title and summary, from its report.toml, are the
        // original's.
        for r in load_reports(&content) {
            let toml = read_toml(&content.join(format!("reports/{}/report.toml", r.year)));
            if toml.get("title").is_none() {
                continue;
            }
            let page =
                parse_html_file(&out.join(format!("{language}/reports/{}/index.html", r.year)));
            assert_eq!(
                attr(&page, "h1", "lang").as_deref(),
                Some(own.as_str()),
                "{}",
                r.year
            );
            let english = parse_html_file(&out.join(format!("reports/{}/index.html", r.year)));
            assert_eq!(attr(&english, "h1", "lang"), None);
            // Its summary is marked unless report.<language>.toml gives it.
            let words = content.join(format!("reports/{}/report.{language}.toml", r.year));
            let summary = words
                .is_file()
                .then(|| read_toml(&words))
                .and_then(|w| w.get("summary").and_then(|s| s.as_str()).map(String::from));
            if toml.get("summary").is_some() {
                let lede = page.select(&sel("main > .lede")).next().expect("a lede");
                match &summary {
                    Some(welsh) => {
                        assert_eq!(lede.value().attr("lang"), None, "{}", r.year);
                        assert_eq!(text_of(lede).replace('\u{2019}', "'"), *welsh);
                    }
                    None => assert_eq!(lede.value().attr("lang"), Some(own.as_str())),
                }
            }
        }
    }
}

#[test]
fn check_typesets_a_translation_as_build_does() {
    let site = welsh_minimal();
    let original = site.path().join("content/reports/2015-16/alpha.md");
    // A character no font of the PDF has: only typesetting finds it.
    let body = format!("{WELSH_BODY}\nLlythyren \u{10000} ddieithr.\n");
    let translation = write_translation(site.path(), &sha256(&original), &body);
    let written = std::fs::read_to_string(&translation).expect("translation");
    let line = written
        .lines()
        .position(|l| l.contains('\u{10000}'))
        .expect("the line")
        + 1;
    let rel = "content/reports/2015-16/alpha.cy.md";
    let out = site.path().join("public");
    for run in [
        run(site.path(), &["check", rel]),
        build(site.path(), "content", &out, &[]),
    ] {
        assert_ne!(run.code, Some(0), "{}", run.stderr);
        let d = parse_diagnostics(&run.stderr)
            .into_iter()
            .find(|d| d.message.contains("no font of the report has"))
            .unwrap_or_else(|| panic!("{}", run.stderr));
        assert!(d.file.ends_with("alpha.cy.md"), "{}", d.header);
        assert_eq!(d.line, Some(line), "{}", d.header);
    }
}

#[test]
fn freezing_a_year_freezes_its_pdf_in_each_language() {
    let site = welsh_minimal();
    let site = site.path();
    let alpha = site.join("content/reports/2015-16/alpha.md");
    write_translation(site, &sha256(&alpha), WELSH_BODY);
    run(site, &["freeze", "2015-16"]).assert_success();
    let dir = site.join("content/reports/2015-16");
    let frozen = read_toml(&dir.join("frozen.toml"));
    let welsh = std::fs::read(dir.join("frozen.cy.pdf")).expect("frozen.cy.pdf");
    let english = std::fs::read(dir.join("frozen.pdf")).expect("frozen.pdf");
    assert_eq!(
        frozen["translations"]["cy"].as_str(),
        Some(sha256(&dir.join("frozen.cy.pdf")).as_str())
    );
    assert!(tagged(&welsh, "cy") && !tagged(&english, "cy"));
    assert_ne!(pdf_id(&welsh), pdf_id(&english));
    // build publishes those bytes, and the Welsh year page and the data
    // give the Welsh PDF's SHA-256.
    let out = site.join("public");
    build(site, "content", &out, &["--no-cache"]).assert_success();
    let path = "reports/2015-16/annual-report-2015-16.pdf";
    assert_eq!(
        std::fs::read(out.join("cy").join(path)).expect("the Welsh PDF"),
        welsh
    );
    assert_eq!(std::fs::read(out.join(path)).expect("the PDF"), english);
    let page = std::fs::read_to_string(out.join("cy/reports/2015-16/index.html")).expect("page");
    let welsh_sha = sha256(&dir.join("frozen.cy.pdf"));
    assert!(
        page.contains(&welsh_sha),
        "the Welsh year page lacks its PDF's SHA-256"
    );
    let data: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("data/reports.json")).expect("reports.json"),
    )
    .expect("JSON");
    let year = data["reports"]
        .as_array()
        .and_then(|a| a.iter().find(|r| r["year"] == "2015-16"))
        .expect("the year");
    let twin = &year["pdf"]["translations"][0];
    assert_eq!(twin["language"], "cy");
    assert_eq!(twin["sha256"].as_str(), Some(welsh_sha.as_str()));
    assert!(
        twin["url"]
            .as_str()
            .is_some_and(|u| u.ends_with(&format!("cy/{path}")))
    );
    // A changed Welsh PDF is refused, as the original's is.
    let mut changed = welsh;
    changed.push(b'\n');
    std::fs::write(dir.join("frozen.cy.pdf"), &changed).expect("write");
    for words in [&["check"][..], &["build", "--output", "again"]] {
        let refused = run(site, words);
        assert_eq!(refused.code, Some(2), "{}", refused.stderr);
        assert!(
            refused
                .error_lines()
                .iter()
                .any(|e| e.contains("frozen.cy.pdf has changed")),
            "{}",
            refused.stderr
        );
    }
    assert!(!site.join("again").exists(), "nothing published");
}

/// Each text on the page with the language it is in (its nearest `lang`),
/// leaving out what no `lang` can reach inside: the head, scripts, styles,
/// code and SVG.
fn texts_with_lang(doc: &scraper::Html) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for node in doc.root_element().descendants() {
        let Some(text) = node.value().as_text() else {
            continue;
        };
        let mut lang = None;
        let mut skipped = false;
        for a in node.ancestors() {
            let Some(e) = a.value().as_element() else {
                continue;
            };
            if matches!(
                e.name(),
                "head" | "script" | "style" | "code" | "pre" | "svg" | "template"
            ) {
                skipped = true;
            }
            if lang.is_none() {
                lang = e.attr("lang").map(str::to_string);
            }
        }
        if !skipped && !text.trim().is_empty() {
            out.push((text.to_string(), lang.unwrap_or_default()));
        }
    }
    out
}

#[test]
fn no_text_in_the_original_is_left_without_its_lang_on_a_translated_page() {
    let out = uk_site("opcat-translations-");
    let content = uk_content();
    let own = own_language(&content);
    let registry = uk_registry();
    // English words no Welsh sentence has.
    let english = |text: &str| {
        text.split(|c: char| !c.is_alphabetic()).any(|w| {
            ["the", "and", "of", "with", "for", "which"].contains(&w.to_lowercase().as_str())
        })
    };
    for language in translations() {
        let words = read_toml(&content.join(format!("registry/translations/{language}.toml")));
        let given = |table: &str, id: &str| words.get(table).and_then(|t| t.get(id)).is_some();
        // The registry's names its words do not give stay in the original.
        let names: Vec<&str> = registry
            .settings
            .iter()
            .filter(|s| !given("settings", &s.id))
            .map(|s| s.name.as_str())
            .chain(
                registry
                    .bodies
                    .values()
                    .filter(|b| !given("bodies", &b.id))
                    .map(|b| b.name.as_str()),
            )
            .collect();
        assert!(names.len() > 10, "{names:?}");
        let (mut pages, mut named) = (0, 0);
        for page in html_pages(out)
            .iter()
            .filter(|p| p.starts_with(&format!("{language}/")))
        {
            // No mark is left, raw or escaped in the structured data.
            let raw = std::fs::read_to_string(out.join(page)).expect("page");
            for mark in ["\u{4}", "\u{5}", "\u{6}", "\\u0004", "\\u0005", "\\u0006"] {
                assert!(!raw.contains(mark), "{page} holds {mark:?}");
            }
            let doc = parse_html_file(&out.join(page));
            for (text, lang) in texts_with_lang(&doc) {
                let in_original = lang == own;
                if names.iter().any(|n| text.trim() == *n) {
                    assert!(in_original, "{page}: {text:?} is in {lang:?}, not {own}");
                    named += 1;
                }
                if lang.starts_with(language.as_str()) {
                    assert!(!english(&text), "{page}: {text:?} is marked {lang:?}");
                }
            }
            pages += 1;
        }
        assert!(pages > 100 && named > 100, "{pages} pages, {named} names");
    }
}

#[test]
fn lists_of_names_follow_each_languages_order() {
    let out = uk_site("opcat-translations-");
    let own = own_language(&uk_content());
    let mut languages = vec![own];
    languages.extend(translations());
    let row_names = |page: &Path| -> Vec<String> {
        let doc = parse_html_file(page);
        let sel =
            scraper::Selector::parse("#current-members ~ div tbody th[scope=row] a.body-link")
                .expect("selector");
        doc.select(&sel)
            .map(|a| a.text().collect::<String>().trim().to_string())
            .collect()
    };
    for (i, language) in languages.iter().enumerate() {
        let folder = if i == 0 {
            String::new()
        } else {
            format!("{language}/")
        };
        let names = row_names(&out.join(format!("{folder}registry/index.html")));
        assert!(names.len() > 5, "{language}: {names:?}");
        let locale = icu_locale_core::Locale::try_from_str(language).expect("a locale");
        let collator = icu_collator::Collator::try_new(
            (&locale).into(),
            icu_collator::options::CollatorOptions::default(),
        )
        .expect("a collator");
        let mut sorted = names.clone();
        sorted.sort_by(|a, b| collator.compare(a, b).then_with(|| a.cmp(b)));
        assert_eq!(names, sorted, "{language}: the current members");
    }
}
