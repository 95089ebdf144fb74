//! `a-z/`: every body (under current and former names), setting, nation,
//! report, chapter and page, A to Z. The entries come from the list of
//! pages (`Page::a_z`), so a page cannot be left out. Stage 3, render: the
//! validated site → the page's bytes; touches no files.

use serde::Serialize;

use crate::diagnostics::Diagnostic;
use crate::html::pages::Page;
use crate::html::views::Link;
use crate::html::{OutputFile, Renderer};

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
                &self.words.text("a-z-other"),
            ),
        };
        let frame = self.frame(url, &self.words.text("nav-a-z"), None, crumbs, false);
        self.render_page("a-z.html", url, &frame, &view, url)
    }
}

/// The entries by first letter: 0–9, A to Z, then everything else.
fn a_to_z(mut all: Vec<AtoZEntry>, other: &str) -> Vec<Letter> {
    // Grouped 0–9, A to Z, then everything else, so each letter appears once.
    let group = |title: &str| -> (u8, String, String) {
        match title.chars().find(|c| c.is_alphanumeric()) {
            Some(c) if c.is_ascii_digit() => (0, "0–9".into(), "letter-0-9".into()),
            Some(c) if c.is_ascii_alphabetic() => {
                let upper = c.to_ascii_uppercase();
                (
                    upper as u8 - b'A' + 1,
                    upper.to_string(),
                    format!("letter-{}", c.to_ascii_lowercase()),
                )
            }
            _ => (27, other.to_string(), "letter-other".into()),
        }
    };
    let key = |e: &AtoZEntry| {
        e.title
            .chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    all.sort_by_cached_key(|e| (group(&e.title).0, key(e), e.url.clone(), e.hint.clone()));
    let mut letters: Vec<Letter> = Vec::new();
    for e in all {
        let (_, letter, id) = group(&e.title);
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
