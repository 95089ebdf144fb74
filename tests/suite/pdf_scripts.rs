//! Every script a UK chapter may quote is typeset (theme/fonts/README.md):
//! a chapter with a sentence in each (tests/fixtures/pdf-scripts/) builds
//! into a PDF that the PDF/UA-1 and PDF/A-2a validator passes and from
//! which `pdftotext` gives the sentences back; emoji are shown by name with
//! a warning; a character no font has is one error per character, naming
//! every line it is on (tests/fixtures/pdf-missing-glyphs/).

use std::ffi::OsStr;
use std::path::Path;
use std::process::Command;

use crate::common::*;
use crate::pdf::{VALIDATE, key, pdf_text, pdf_validator};

const CHAPTER: &str = "content/reports/2015-16/alpha.md";

fn run_in(site: &Path, args: &[&str]) -> Run {
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    opcat(site, &args)
}

/// The fixture's quoted sentences: its list items, `Language: sentence`.
fn sentences(site: &Path) -> Vec<(String, String)> {
    std::fs::read_to_string(site.join(CHAPTER))
        .expect("the chapter")
        .lines()
        .filter_map(|l| l.strip_prefix("- "))
        .filter_map(|l| l.split_once(": "))
        .map(|(lang, s)| (lang.to_string(), s.to_string()))
        .collect()
}

/// Bidirectional controls: `pdftotext` wraps each right-to-left run in an
/// embedding (U+202B … U+202C) to show it in logical order. They are not
/// in the text the chapter wrote, so they are taken out before comparing.
fn without_bidi_controls(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

#[test]
fn a_sentence_in_every_script_typesets_validates_and_reads_back() {
    let site = minimal_with(&["pdf-scripts"]);
    link_templates_and_theme(site.path());
    let run = run_in(site.path(), &["build"]);
    run.assert_success();
    let pdf = site
        .path()
        .join("public/reports/2015-16/annual-report-2015-16.pdf");

    // The text comes back, each sentence in its own script. Right-to-left
    // sentences (Arabic, Persian, Urdu, Hebrew) come back in logical order
    // inside the bidirectional embedding `pdftotext` adds.
    let text = key(&without_bidi_controls(&pdf_text(&pdf)));
    let quoted = sentences(site.path());
    let languages: Vec<&str> = quoted.iter().map(|(l, _)| l.as_str()).collect();
    for lang in [
        "Welsh",
        "Polish",
        "Vietnamese",
        "Greek",
        "Russian",
        "Ukrainian",
        "Arabic",
        "Persian",
        "Urdu",
        "Hebrew",
        "Tigrinya",
        "Amharic",
        "Hindi",
        "Bengali",
        "Punjabi",
        "Tamil",
        "Chinese",
        "Japanese",
        "Korean",
    ] {
        assert!(languages.contains(&lang), "the fixture quotes no {lang}");
    }
    for (lang, sentence) in &quoted {
        let line = key(&format!("{lang}: {sentence}"));
        assert!(
            text.contains(&line),
            "{lang} is not in the PDF's text: {line}\n\n{text}"
        );
    }
    let heading =
        "Headings in other scripts: Свобода, 自由, 자유, स्वतंत्रता, חופש, சுதந்திரம், ਆਜ਼ਾਦੀ, الحرية";
    assert!(text.contains(&key(heading)), "{text}");

    // Emoji: by name in the PDF, kept on the web page, a warning each.
    for named in [
        "a smile [grinning face] on the form",
        "a thumbs up [thumbs up: medium skin tone],",
        "a flag [flag: Wales].",
    ] {
        assert!(text.contains(&key(named)), "`{named}` is not in {text}");
    }
    let page = std::fs::read_to_string(site.path().join("public/reports/2015-16/alpha/index.html"))
        .expect("the chapter's page");
    for emoji in [
        "\u{1f600}",
        "\u{1f44d}\u{1f3fd}",
        "\u{1f3f4}\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f}",
    ] {
        assert!(page.contains(emoji), "the web page lost {emoji}");
    }
    let warnings: Vec<String> = run.warnings().into_iter().map(|d| d.header).collect();
    let chapter_line = std::fs::read_to_string(site.path().join(CHAPTER))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("One detainee drew"))
        .unwrap()
        + 1;
    let w = |col: usize, emoji: &str, name: &str| {
        format!(
            "{CHAPTER}:{chapter_line}:{col}: warning: PDF: the emoji {emoji} is shown as `[{name}]`: no font of the report can draw it"
        )
    };
    assert_same_lines(
        &warnings,
        &[
            w(27, "\u{1f600}", "grinning face"),
            w(62, "\u{1f44d}\u{1f3fd}", "thumbs up: medium skin tone"),
            w(
                85,
                "\u{1f3f4}\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f}",
                "flag: Wales",
            ),
        ],
        "the build's warnings",
    );
    // `check` warns the same.
    let check = run_in(site.path(), &["check", CHAPTER]);
    assert_eq!(check.code, Some(0), "{}", check.stderr);
    let check_warnings: Vec<String> = check.warnings().into_iter().map(|d| d.header).collect();
    assert_same_lines(&check_warnings, &warnings, "check's warnings");

    // PDF/UA-1 and PDF/A-2a.
    let out = Command::new(pdf_validator())
        .args(["-c", VALIDATE])
        .arg(&pdf)
        .output()
        .expect("run the PDF validator");
    let verdict = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{verdict}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = verdict.lines().filter(|l| !l.starts_with(' ')).collect();
    assert_eq!(lines.len(), 2, "{verdict}");
    assert!(
        lines.iter().all(|l| l.split('\t').nth(2) == Some("True")),
        "not compliant:\n{verdict}"
    );
}

#[test]
fn a_character_no_font_has_is_one_error_naming_every_line_it_is_on() {
    let site = minimal_with(&["pdf-missing-glyphs"]);
    link_templates_and_theme(site.path());
    let build = run_in(site.path(), &["build"]);
    assert_eq!(build.code, Some(2), "{}", build.stderr);
    assert!(
        !site.path().join("public").exists(),
        "a failed build wrote output"
    );
    let f = CHAPTER;
    let none = |at: &str, c: char, also: &str| {
        format!(
            "{f}:{at}: error: PDF: no font of the report has `{c}` (U+{:04X}){also}",
            c as u32
        )
    };
    let expected = vec![
        format!(
            "{f}:12:47: error: PDF: U+E000 is a private-use character, which a PDF/A file may not hold; also on lines 16 and 18"
        ),
        none("14:19", '\u{d2e}', "; also on line 19"),
        none("14:20", '\u{d32}', ""),
        none("16:41", '\u{10c80}', ""),
    ];
    assert_same_lines(&build.error_lines(), &expected, "build");
    for d in build.diagnostics() {
        assert_excerpt_matches_file(site.path(), &d);
        let hint = d
            .hint
            .as_deref()
            .unwrap_or_else(|| panic!("no hint: {}", d.header));
        assert!(
            hint.contains("theme/fonts/") || hint.contains("private-use"),
            "{hint}"
        );
    }
    // The same from `check`, of the chapter and of the site.
    for args in [vec!["check", CHAPTER], vec!["check"]] {
        let check = run_in(site.path(), &args);
        assert_eq!(check.code, Some(2), "{}", check.stderr);
        assert_same_lines(&check.error_lines(), &expected, &args.join(" "));
    }
    // And from inside the year's folder, or the content folder, where the
    // templates and theme are found above it all the same.
    let messages = |run: &Run| -> Vec<String> {
        run.diagnostics()
            .into_iter()
            .filter(|d| d.severity == "error")
            .map(|d| format!("{:?}:{:?}: {}", d.line, d.col, d.message))
            .collect()
    };
    let from_build = messages(&build);
    for (dir, path) in [
        ("content/reports/2015-16", "alpha.md"),
        ("content", "reports/2015-16/alpha.md"),
    ] {
        let check = run_in(&site.path().join(dir), &["check", path]);
        assert_eq!(check.code, Some(2), "{}", check.stderr);
        assert_same_lines(&messages(&check), &from_build, &format!("check in {dir}"));
    }
}
