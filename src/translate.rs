//! Between validate and render: the validated site as it is published in
//! one of its other languages (its `/cy/` pages and Welsh PDFs), and how
//! each translation stands against its original. Pure functions over the
//! validated site; touches no files.
//!
//! A translation is `<name>.<language>.md` beside the chapter or page it
//! translates (docs/content-model.md, "Translations"). The site in another
//! language is the same site with each translated document swapped in and
//! every other document kept in the original, marked with the original's
//! language so that the page can say so (`lang` on the text).

use sha2::{Digest, Sha256};

use crate::registry::Registry;
use crate::site::{Document, RegistryWords, Site, Translation, TranslationState};

/// The SHA-256 of a document's file, in hex: what a translation records
/// in `translates`.
pub fn hash(doc: &Document) -> String {
    hex(&Sha256::digest(doc.text.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The translation of the document at `original` (its `rel`) into
/// `language`, if there is one.
pub fn find<'a>(site: &'a Site, original: &Document, language: &str) -> Option<&'a Translation> {
    site.translations
        .iter()
        .find(|t| t.language == language && t.original == original.rel)
}

/// How the translation of `original` into `language` stands.
pub fn state(site: &Site, original: &Document, language: &str) -> TranslationState {
    match find(site, original, language) {
        None => TranslationState::Missing,
        Some(t) if t.translates.as_deref() == Some(hash(original).as_str()) => {
            TranslationState::Current
        }
        Some(_) => TranslationState::OutOfDate,
    }
}

/// `site` published in `language`, one of its `translations`: every
/// chapter and page that has a translation into it is swapped for it
/// (title, summary, text and where its recommendations are); the rest keep
/// the original's text with `lang` set to the original's language.
pub fn site_in(site: &Site, language: &str) -> Site {
    let mut twin = site.clone();
    let original = site.config.language.clone();
    twin.config.language = language.to_string();
    twin.config.translations = Vec::new();
    twin.config.original_language = Some(original.clone());
    let swap = |doc: &mut Document| -> Option<&Translation> {
        let t = find(site, doc, language);
        match t {
            Some(t) => {
                let ids: Vec<String> = crate::markdown::analyze(doc.markdown())
                    .headings
                    .into_iter()
                    .map(|h| h.id)
                    .collect();
                let url = std::mem::take(&mut doc.url);
                *doc = t.doc.clone();
                doc.url = url;
                doc.heading_ids = Some(std::sync::Arc::new(ids));
            }
            None => doc.lang = Some(original.clone()),
        }
        t
    };
    for r in &mut twin.reports {
        if let Some(w) = site
            .report_words
            .iter()
            .find(|w| w.language == language && w.year == r.year)
        {
            r.title = w.title.clone().or(r.title.take());
            r.summary = w.summary.clone().or(r.summary.take());
        }
        if let Some(f) = &mut r.frozen
            && let Some((pdf, sha256)) = f.translations.get(language).cloned()
        {
            (f.pdf, f.sha256) = (pdf, sha256);
        }
        for c in &mut r.chapters {
            let Some(t) = swap(&mut c.doc) else { continue };
            c.title = t.title.clone();
            c.summary = t.summary.clone().or(c.summary.take());
            for rec in &mut c.recommendations {
                if let Some((_, range)) = t.recommendations.iter().find(|(id, _)| *id == rec.id) {
                    rec.content = range.clone();
                }
            }
        }
    }
    if let Some(w) = site.registry_words.iter().find(|w| w.language == language) {
        registry_in(&mut twin.registry, w);
    }
    for p in &mut twin.pages {
        if let Some(t) = swap(&mut p.doc) {
            p.title = t.title.clone();
            p.description = t.description.clone().or(p.description.take());
        }
    }
    twin
}

/// Whether year `r` of `site` gets a PDF of its own in `language`: every
/// year with a PDF does, unless it was frozen before the site was published
/// in `language` (then its pages link to the original's frozen PDF).
pub fn has_own_pdf(r: &crate::site::ReportYear, language: &str) -> bool {
    r.frozen
        .as_ref()
        .is_none_or(|f| f.translations.contains_key(language))
}

/// The registry's names and descriptions in another language, where
/// `words` gives them; the rest as written.
fn registry_in(registry: &mut Registry, words: &RegistryWords) {
    for n in &mut registry.nations {
        if let Some(name) = words.nations.get(&n.id) {
            n.name.clone_from(name);
        }
    }
    for s in &mut registry.settings {
        if let Some((name, description)) = words.settings.get(&s.id) {
            s.name = name.clone().unwrap_or(std::mem::take(&mut s.name));
            s.description = description
                .clone()
                .unwrap_or(std::mem::take(&mut s.description));
        }
    }
    for b in &mut registry.bodies {
        if let Some(w) = words.bodies.get(&b.id) {
            b.name = w.name.clone().unwrap_or(std::mem::take(&mut b.name));
            b.abbreviation = w
                .abbreviation
                .clone()
                .unwrap_or(std::mem::take(&mut b.abbreviation));
            b.summary = w.summary.clone().unwrap_or(std::mem::take(&mut b.summary));
        }
    }
    for a in &mut registry.authorities {
        if let Some(name) = words.authorities.get(&a.id) {
            a.name.clone_from(name);
        }
    }
}
