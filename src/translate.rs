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

/// Where text in the original's language starts, inside a string of the
/// site as another language publishes it: the HTML stage turns the marks
/// into `<span lang>` (`html::untranslated`), or drops them where no
/// element may go (attributes, `<title>`, scripts). Control characters:
/// collation ignores them, and one a content file holds itself can at
/// most add a `lang` to the text it stands in.
pub const ORIGINAL: char = '\u{4}';
/// Where the program's own English starts (the open data's documentation,
/// from its schemas) on a page in another language.
pub const ENGLISH: char = '\u{6}';
/// Where either ends.
pub const END: char = '\u{5}';

/// `s` without the marks.
pub fn plain(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains([ORIGINAL, ENGLISH, END]) {
        s.replace([ORIGINAL, ENGLISH, END], "").into()
    } else {
        s.into()
    }
}

/// Marks `s` as in the original's language (nothing, if it is empty).
pub fn mark(s: &mut String) {
    if !s.is_empty() {
        s.insert(0, ORIGINAL);
        s.push(END);
    }
}

fn mark_opt(s: &mut Option<String>) {
    if let Some(s) = s {
        mark(s);
    }
}

/// Marks what stays as `original` wrote it.
fn mark_if_same(s: &mut String, original: &str) {
    if s == original {
        mark(s);
    }
}

fn mark_fact(f: &mut crate::registry::Fact) {
    mark_opt(&mut f.note);
}

/// `twin` (the site in another language, from [`site_in`]) with every
/// text it shows in the original's language marked ([`ORIGINAL`] …
/// [`END`]) where the templates do not mark it themselves: the registry's
/// names that its words do not give, its notes, sources and events, the
/// years' titles and summaries, and the titles of chapters and pages not
/// translated. For the pages only: the PDF takes `twin` as it is.
pub fn marked(original: &Site, twin: &Site) -> Site {
    let mut out = twin.clone();
    let c = &mut out.config;
    for (s, o) in [
        (&mut c.title, &original.config.title),
        (&mut c.description, &original.config.description),
        (&mut c.npm_name, &original.config.npm_name),
    ] {
        mark_if_same(s, o);
    }
    registry_marked(&original.registry, &mut out.registry);
    for (r, o) in out.reports.iter_mut().zip(&original.reports) {
        if r.title == o.title {
            mark_opt(&mut r.title);
        }
        if r.summary == o.summary {
            mark_opt(&mut r.summary);
        }
        mark_fact(&mut r.fact);
        if let Some(s) = &mut r.statement {
            mark_opt(&mut s.reference);
            mark_fact(&mut s.fact);
        }
        for f in [
            &mut r.facts.number,
            &mut r.facts.title,
            &mut r.facts.period,
            &mut r.facts.published,
            &mut r.facts.command_paper,
            &mut r.facts.isbn,
        ] {
            mark_fact(f);
        }
        for c in &mut r.copies {
            mark(&mut c.title);
            mark_fact(&mut c.fact);
        }
        for c in r.chapters.iter_mut().filter(|c| c.doc.lang.is_some()) {
            mark(&mut c.title);
            mark_opt(&mut c.summary);
        }
        for o in &mut r.outside {
            mark_fact(&mut o.fact);
        }
        for f in &mut r.follow_up {
            mark_opt(&mut f.quote);
            mark_fact(&mut f.fact);
        }
    }
    for p in out.pages.iter_mut().filter(|p| p.doc.lang.is_some()) {
        mark(&mut p.title);
        mark_opt(&mut p.description);
    }
    out
}

/// [`marked`]'s work on the registry: names by the original's (the two
/// are in the same order), everything else always.
fn registry_marked(original: &Registry, r: &mut Registry) {
    for (n, o) in r.nations.iter_mut().zip(&original.nations) {
        mark_if_same(&mut n.name, &o.name);
    }
    for (s, o) in r.settings.iter_mut().zip(&original.settings) {
        mark_if_same(&mut s.name, &o.name);
        mark_fact(&mut s.fact);
    }
    for (a, o) in r.authorities.iter_mut().zip(&original.authorities) {
        mark_if_same(&mut a.name, &o.name);
        mark_fact(&mut a.fact);
    }
    for t in &mut r.themes {
        mark(&mut t.name);
        mark_opt(&mut t.description);
        mark_fact(&mut t.fact);
    }
    for b in &mut r.outside_bodies {
        mark(&mut b.name);
        mark_fact(&mut b.fact);
    }
    for v in r.responses.iter_mut().chain(&mut r.progress) {
        mark(&mut v.name);
        mark_fact(&mut v.fact);
    }
    for s in r.sources.values_mut() {
        mark(&mut s.title);
    }
    for d in &mut r.designations {
        mark(&mut d.title);
        mark_opt(&mut d.citation);
        mark(&mut d.summary);
        mark_fact(&mut d.fact);
    }
    for (b, o) in r.bodies.iter_mut().zip(&original.bodies) {
        body_marked(b, o);
    }
}

fn body_marked(b: &mut crate::registry::MemberBody, o: &crate::registry::MemberBody) {
    mark_if_same(&mut b.name, &o.name);
    mark_if_same(&mut b.abbreviation, &o.abbreviation);
    mark_fact(&mut b.fact);
    mark_fact(&mut b.designation_fact);
    if let Some(e) = &mut b.ended {
        mark_fact(&mut e.fact);
    }
    for n in &mut b.names {
        mark(&mut n.name);
        mark_opt(&mut n.abbreviation);
        mark_fact(&mut n.fact);
    }
    for e in &mut b.events {
        mark(&mut e.text);
        mark_fact(&mut e.fact);
    }
    for c in &mut b.coverage {
        mark_fact(&mut c.fact);
    }
}
