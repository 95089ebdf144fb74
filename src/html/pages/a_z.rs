//! `a-z/`: every body (under current and former names), setting, nation,
//! report, chapter and page, A to Z. The entries come from the list of
//! pages (`Page::a_z`), so a page cannot be left out. Stage 3, render: the
//! validated site → the page's bytes; touches no files.

use serde::Serialize;

use crate::diagnostics::Diagnostic;
use crate::html::pages::Page;
use crate::html::views::Link;
use crate::html::{OutputFile, Renderer};
use crate::i18n::Catalogue;

#[derive(Serialize)]
pub(super) struct AtoZEntry {
    pub(super) title: String,
    pub(super) url: String,
    pub(super) hint: String,
}

#[derive(Serialize)]
struct Letter {
    letter: String,
    /// `letter-a`: stable, so links to a letter keep working.
    id: String,
    entries: Vec<AtoZEntry>,
}

impl Renderer<'_> {
    pub(super) fn a_z(&self, crumbs: Vec<Link>, pages: &[Page]) -> Result<OutputFile, Diagnostic> {
        let url = crate::urls::A_Z;
        #[derive(Serialize)]
        struct View {
            letters: Vec<Letter>,
        }
        let view = View {
            letters: a_to_z(
                pages
                    .iter()
                    .flat_map(|p| p.a_z(self.site, self.words))
                    .collect(),
                self.words,
            ),
        };
        let frame = self.frame(url, &self.words.text("nav-a-z"), None, crumbs, false);
        self.render_page("a-z.html", url, &frame, &view, url)
    }
}

/// The entries by first letter: 0–9, the letters of the language's
/// alphabet (the catalogue's `a-z-letters`: Welsh has Ch, Dd, Ff, Ng, Ll,
/// Ph, Rh and Th as letters of their own), then everything else; each group
/// in the language's order (its collation, by ICU4X, on the entries'
/// letters, figures and spaces).
fn a_to_z(all: Vec<AtoZEntry>, words: &Catalogue) -> Vec<Letter> {
    let alphabet: Vec<(String, String)> = words
        .text("a-z-letters")
        .split_whitespace()
        .map(|l| (l.to_string(), l.to_lowercase()))
        .collect();
    let other = words.text("a-z-other");
    let key = |e: &AtoZEntry| {
        e.title
            .chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    // Grouped so that each letter appears once: the longest letter of the
    // alphabet the entry starts with (so "Llys" is under Ll, not L; "Ñu"
    // under Ñ in Spanish), else the longest its base letters start with
    // (so "Élan" is under E, Arabic "آلية" and "أمن" under ا).
    let longest = |key: &str| {
        alphabet
            .iter()
            .enumerate()
            .filter(|(_, (_, lower))| key.starts_with(lower.as_str()))
            .max_by_key(|(_, (_, lower))| lower.len())
    };
    let group = |key: &str| -> (usize, String, String) {
        let key = key.trim_start();
        match key.chars().next() {
            Some(c) if c.is_ascii_digit() => (0, "0–9".into(), "letter-0-9".into()),
            _ => longest(key)
                .or_else(|| longest(&base_letters(key)))
                .map_or_else(
                    || (alphabet.len() + 1, other.clone(), "letter-other".into()),
                    |(i, (letter, lower))| (i + 1, letter.clone(), format!("letter-{lower}")),
                ),
        }
    };
    let collator = crate::i18n::collator(&words.language);
    let mut keyed: Vec<((usize, String, String), String, AtoZEntry)> = all
        .into_iter()
        .map(|e| {
            let k = key(&e);
            (group(&k), k, e)
        })
        .collect();
    keyed.sort_by(|(ga, ka, a), (gb, kb, b)| {
        ga.0.cmp(&gb.0)
            .then_with(|| match &collator {
                Some(c) => c.compare(ka, kb),
                None => ka.cmp(kb),
            })
            .then_with(|| ka.cmp(kb))
            .then_with(|| (&a.url, &a.hint).cmp(&(&b.url, &b.hint)))
    });
    let mut letters: Vec<Letter> = Vec::new();
    for ((_, letter, id), _, e) in keyed {
        match letters.last_mut() {
            Some(l) if l.letter == letter => l.entries.push(e),
            _ => letters.push(Letter {
                letter,
                id,
                entries: vec![e],
            }),
        }
    }
    letters
}

/// `text` without the marks on its letters: its canonical decomposition
/// less the combining marks (`É` is `E`, `آ` is `ا`).
fn base_letters(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    text.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letters(language: &str, titles: &[&str]) -> Vec<(String, Vec<String>)> {
        let entries = titles
            .iter()
            .map(|t| AtoZEntry {
                title: (*t).to_string(),
                url: String::new(),
                hint: String::new(),
            })
            .collect();
        a_to_z(entries, &crate::i18n::shipped(language))
            .into_iter()
            .map(|l| (l.letter, l.entries.into_iter().map(|e| e.title).collect()))
            .collect()
    }

    #[test]
    fn welsh_digraphs_are_letters_of_their_own_in_welsh_order() {
        let titles = [
            "Thema", "Llys", "Lol", "Cymru", "Ddraig", "Chwarae", "Lan", "Cyngor", "Dydd", "Tŷ",
        ];
        let got = letters("cy", &titles);
        let want: Vec<(String, Vec<String>)> = [
            ("C", vec!["Cyngor", "Cymru"]),
            ("Ch", vec!["Chwarae"]),
            ("D", vec!["Dydd"]),
            ("Dd", vec!["Ddraig"]),
            ("L", vec!["Lan", "Lol"]),
            ("Ll", vec!["Llys"]),
            ("T", vec!["Tŷ"]),
            ("Th", vec!["Thema"]),
        ]
        .into_iter()
        .map(|(l, e)| (l.to_string(), e.into_iter().map(String::from).collect()))
        .collect();
        assert_eq!(got, want);
        // In English the same words sort letter by letter.
        let english = letters("en-GB", &titles);
        let l: Vec<&String> = english
            .iter()
            .find(|(letter, _)| letter == "L")
            .map(|(_, e)| e.iter().collect())
            .unwrap_or_default();
        assert_eq!(l, ["Lan", "Llys", "Lol"]);
    }

    #[test]
    fn a_letter_with_a_mark_is_filed_under_its_base_letter() {
        let got = letters("en-GB", &["Élan", "Echo", "Zebra"]);
        assert_eq!(
            got[0],
            (
                "E".to_string(),
                vec!["Echo".to_string(), "Élan".to_string()]
            )
        );
        // Arabic: alef with hamza above or below, or madda, is alef.
        let got = letters("ar", &["أمن", "إدارة", "آلية", "اسم", "باب"]);
        assert_eq!(got[0].0, "ا");
        assert_eq!(got[0].1.len(), 4, "{got:?}");
        assert_eq!(got[1], ("ب".to_string(), vec!["باب".to_string()]));
        // A letter of the alphabet with a mark stays a letter of its own.
        let got = letters("es", &["Ñu", "Nube"]);
        assert_eq!(
            got.iter().map(|(l, _)| l.as_str()).collect::<Vec<_>>(),
            ["N", "Ñ"]
        );
    }
}
