//! Stage 2, validate: site.toml's `translations` and the translation files
//! (`hiw.cy.md` beside `hiw.md`). A translation must be into a language
//! the site publishes, of a chapter or page that is there, and make the
//! original's recommendations under the same ids in the same order; a
//! translation whose headings or notes differ from the original's in
//! number or order, or whose original changed since, is a warning.
//! Reads the loaded content; touches no files.

use std::collections::HashSet;
use std::ops::Range;

use super::{Options, Validator, check_markdown};
use crate::content::{Doc, Loaded, LoadedTranslation, RawSiteConfig};
use crate::diagnostics::Diagnostic;
use crate::links::LinkIndex;
use crate::markdown::{self, Analysis};
use crate::registry::Registry;
use crate::site::{BodyWords, Document, Page, RegistryWords, ReportWords, ReportYear, Translation};

/// A translation's file name, for messages: `hiw.cy.md`.
fn file_name(doc: &Document) -> String {
    doc.path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl Validator {
    /// A warning that `what` ("this translation into `cy` is") is not
    /// published, since site.toml does not list `language`, and how to
    /// publish `them`.
    fn unpublished(&mut self, path: &std::path::Path, what: &str, them: &str, language: &str) {
        self.diags.push(
            Diagnostic::warning(
                path,
                None,
                format!("{what} not published: site.toml does not list the language"),
            )
            .with_hint(format!(
                "to publish {them}, add the language to site.toml: translations = [\"{language}\"]"
            )),
        );
    }

    /// site.toml's `translations`: each a language tag, not the site's own
    /// language, named once.
    pub(super) fn translation_languages(&mut self, doc: &Doc<RawSiteConfig>) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for t in &doc.data.translations {
            let tag = t.get_ref();
            let span = Some(doc.span(t));
            if crate::markdown::spans::language_tag(tag).as_deref() != Some(tag.as_str()) {
                self.err(
                    doc,
                    span,
                    format!("`{tag}` is not a language tag the PDF can carry"),
                    "use a BCP 47 tag of a language and, if need be, a country, in its usual case: `cy`, `fr`, `pt-BR`",
                );
            } else if *tag == doc.data.language {
                self.err(
                    doc,
                    span,
                    format!("`{tag}` is the site's own language"),
                    "`translations` lists the other languages the site is published in",
                );
            } else if out.contains(tag) {
                self.err(
                    doc,
                    span,
                    format!("`{tag}` is listed twice"),
                    "list it once",
                );
            } else {
                out.push(tag.clone());
            }
        }
        out
    }

    /// Every translation of a chapter or page in `reports` and `pages`,
    /// checked; those of drafts left out are left out too. `analyses` are
    /// the chapters' and pages' own, in that order.
    pub(super) fn translations(
        &mut self,
        loaded: &Loaded,
        languages: &[String],
        (reports, pages, analyses): (&[ReportYear], &[Page], &[Analysis]),
        links: &LinkIndex,
        opts: &Options,
    ) -> Vec<Translation> {
        let originals: Vec<(&Document, &Analysis)> = reports
            .iter()
            .flat_map(|r| r.chapters.iter().map(|c| &c.doc))
            .chain(pages.iter().map(|p| &p.doc))
            .zip(analyses)
            .collect();
        let mut out = Vec::new();
        for t in &loaded.translations {
            if t.doc.meta.data.draft && !opts.drafts {
                continue;
            }
            if !languages.contains(&t.language) {
                // Made before the language is switched on, or kept after:
                // not published, and said so.
                let what = format!("this translation into `{}` is", t.language);
                self.unpublished(&t.doc.meta.path, &what, "it", &t.language);
                continue;
            }
            let Some(&original) = originals.iter().find(|(d, _)| d.rel == t.original) else {
                // A draft left out, or a file already reported, is not
                // reported again.
                let path = t
                    .doc
                    .meta
                    .path
                    .with_file_name(t.original.file_name().unwrap_or_default());
                if loaded.text.get(&path).is_none() {
                    self.err(
                        &t.doc.meta,
                        None,
                        format!(
                            "this translates `{}`, which is not there",
                            t.original.display()
                        ),
                        "a translation is named after the file it translates: <name>.<language>.md beside <name>.md",
                    );
                }
                continue;
            };
            if let Some(tr) = self.translation(t, original, links) {
                out.push(tr);
            }
        }
        out
    }

    fn translation(
        &mut self,
        t: &LoadedTranslation,
        (original, theirs): (&Document, &Analysis),
        links: &LinkIndex,
    ) -> Option<Translation> {
        let m = &t.doc.meta.data;
        let hash = crate::translate::hash(original);
        let translates = m
            .translates
            .as_ref()
            .map(|h| h.get_ref().to_ascii_lowercase());
        if let Some(h) = &m.translates
            && !(h.get_ref().len() == 64 && h.get_ref().bytes().all(|b| b.is_ascii_hexdigit()))
        {
            self.err(
                &t.doc.meta,
                Some(t.doc.meta.span(h)),
                "`translates` is not a SHA-256",
                format!(
                    "it is the original's SHA-256 in hex; `opcat-press status` shows it (now {})",
                    hash
                ),
            );
            return None;
        }
        let doc = Document {
            path: t.doc.path().to_path_buf(),
            rel: t
                .original
                .with_file_name(t.doc.path().file_name().unwrap_or_default()),
            text: t.doc.text.clone(),
            body_start: t.doc.body_start,
            url: original.url.clone(),
            lang: None,
            heading_ids: None,
        };
        let analysis = markdown::analyze(doc.markdown());
        let before = self.diags.len();
        self.diags.extend(check_markdown(&doc, &analysis, links));
        for p in &analysis.recommendation_problems {
            self.diags.push(
                Diagnostic::error(&doc.path, Some(at(&doc, &p.span)), p.message.clone())
                    .with_hint(p.hint.clone()),
            );
        }
        let recommendations = self.same_recommendations(&doc, &analysis, (original, theirs));
        let has_errors = self.diags[before..]
            .iter()
            .any(|d| d.severity == crate::diagnostics::Severity::Error);
        self.same_outline(&doc, &analysis, (original, theirs));
        if translates.as_deref() != Some(hash.as_str()) {
            let (message, span) = match &m.translates {
                Some(h) => (
                    format!(
                        "the original, {}, has changed since this was translated",
                        file_name(original)
                    ),
                    Some(t.doc.meta.span(h)),
                ),
                None => (
                    "this translation does not say which version of the original it translates"
                        .to_string(),
                    None,
                ),
            };
            self.diags.push(
                Diagnostic::warning(&doc.path, span, message).with_hint(format!(
                    "bring it up to date, then set translates = \"{}\" (`opcat-press status` lists what is out of date)",
                    hash
                )),
            );
        }
        let recommendations = recommendations?;
        (!has_errors).then(|| Translation {
            language: t.language.clone(),
            original: original.rel.clone(),
            title: m.title.clone(),
            summary: m.summary.clone(),
            description: m.description.clone(),
            translates,
            doc,
            recommendations,
        })
    }

    /// The translation's recommendations: the original's ids, in order,
    /// with where each one's text is.
    fn same_recommendations(
        &mut self,
        doc: &Document,
        analysis: &Analysis,
        (original, theirs): (&Document, &Analysis),
    ) -> Option<Vec<(String, Range<usize>)>> {
        let theirs: Vec<String> = theirs
            .recommendations
            .iter()
            .filter_map(|b| b.id.as_ref().map(|(id, _)| id.clone()))
            .collect();
        let ours: Vec<(String, Range<usize>, Range<usize>)> = analysis
            .recommendations
            .iter()
            .filter_map(|b| {
                let (id, span) = b.id.as_ref()?;
                Some((id.clone(), span.clone(), b.content.clone()))
            })
            .collect();
        let ids: Vec<&String> = ours.iter().map(|(id, _, _)| id).collect();
        if ids == theirs.iter().collect::<Vec<_>>() {
            return Some(ours.into_iter().map(|(id, _, c)| (id, c)).collect());
        }
        let known: HashSet<&String> = theirs.iter().collect();
        let span = ours
            .iter()
            .find(|(id, _, _)| !known.contains(id))
            .map(|(_, s, _)| at(doc, s));
        self.diags.push(
            Diagnostic::error(
                &doc.path,
                span,
                format!(
                    "this translation makes the recommendations {}, where {} makes {}",
                    list(&ids),
                    file_name(original),
                    list(&theirs.iter().collect::<Vec<_>>())
                ),
            )
            .with_hint("a translation makes the same recommendations under the same ids, in the same order"),
        );
        None
    }

    /// Warnings for headings or notes that differ from the original's in
    /// number or order.
    fn same_outline(
        &mut self,
        doc: &Document,
        analysis: &Analysis,
        (original, theirs): (&Document, &Analysis),
    ) {
        let levels = |a: &Analysis| a.headings.iter().map(|h| h.level).collect::<Vec<_>>();
        let (ours_h, theirs_h) = (levels(analysis), levels(theirs));
        if ours_h != theirs_h {
            let i = first_difference(&ours_h, &theirs_h);
            self.diags.push(
                Diagnostic::warning(
                    &doc.path,
                    analysis.headings.get(i).map(|h| at(doc, &h.range)),
                    format!(
                        "{} headings where {} has {}, differing from heading {}",
                        ours_h.len(),
                        file_name(original),
                        theirs_h.len(),
                        i + 1
                    ),
                )
                .with_hint("a translation keeps the original's headings, in number, order and level, so readers can move between the two"),
            );
        }
        let labels = |a: &Analysis| a.notes.iter().map(|(l, _)| l.clone()).collect::<Vec<_>>();
        let (ours_n, theirs_n) = (labels(analysis), labels(theirs));
        if ours_n.len() != theirs_n.len() || ours_n != theirs_n {
            let i = first_difference(&ours_n, &theirs_n);
            self.diags.push(
                Diagnostic::warning(
                    &doc.path,
                    analysis.notes.get(i).map(|(_, r)| at(doc, r)),
                    format!(
                        "notes {} where {} has {}",
                        list(&ours_n.iter().collect::<Vec<_>>()),
                        file_name(original),
                        list(&theirs_n.iter().collect::<Vec<_>>())
                    ),
                )
                .with_hint("a translation keeps the original's notes, with the same labels in the same order"),
            );
        }
    }
}

fn first_difference<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// "`a`, `b`", or "none".
fn list(items: &[&String]) -> String {
    if items.is_empty() {
        return "none".into();
    }
    items
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A span in the Markdown as a span in the file.
fn at(doc: &Document, r: &Range<usize>) -> Range<usize> {
    r.start + doc.body_start..r.end + doc.body_start
}

impl Validator {
    /// `registry/translations/<language>.toml`: each id one the registry
    /// has; a language the site does not publish is a warning.
    pub(super) fn registry_words(
        &mut self,
        loaded: &Loaded,
        languages: &[String],
        registry: &Registry,
    ) -> Vec<RegistryWords> {
        let mut out = Vec::new();
        for (language, doc) in &loaded.registry_words {
            if !languages.contains(language) {
                let what = format!("the registry's words in `{language}` are");
                self.unpublished(&doc.path, &what, "them", language);
                continue;
            }
            let d = &doc.data;
            let ids = |items: Vec<&String>| items.into_iter().cloned().collect::<Vec<String>>();
            let nations = ids(registry.nations.iter().map(|n| &n.id).collect());
            let settings = ids(registry.settings.iter().map(|s| &s.id).collect());
            let bodies = ids(registry.bodies.iter().map(|b| &b.id).collect());
            let authorities = ids(registry.authorities.iter().map(|a| &a.id).collect());
            self.known_ids(
                doc,
                d.nations.iter().map(|(k, v)| (k, doc.span(v))),
                &nations,
                ("nation", "registry/nations.toml"),
            );
            self.known_ids(
                doc,
                d.settings.iter().map(|(k, v)| (k, doc.span(v))),
                &settings,
                ("setting", "registry/settings.toml"),
            );
            self.known_ids(
                doc,
                d.bodies.iter().map(|(k, v)| (k, doc.span(v))),
                &bodies,
                ("body", "registry/bodies/"),
            );
            self.known_ids(
                doc,
                d.authorities.iter().map(|(k, v)| (k, doc.span(v))),
                &authorities,
                ("authority", "registry/authorities.toml"),
            );
            out.push(RegistryWords {
                language: language.clone(),
                nations: d
                    .nations
                    .iter()
                    .map(|(k, v)| (k.clone(), v.get_ref().clone()))
                    .collect(),
                settings: d
                    .settings
                    .iter()
                    .map(|(k, v)| {
                        (
                            k.clone(),
                            (v.get_ref().name.clone(), v.get_ref().description.clone()),
                        )
                    })
                    .collect(),
                bodies: d
                    .bodies
                    .iter()
                    .map(|(k, v)| {
                        let w = v.get_ref();
                        (
                            k.clone(),
                            BodyWords {
                                name: w.name.clone(),
                                abbreviation: w.abbreviation.clone(),
                                summary: w.summary.clone(),
                            },
                        )
                    })
                    .collect(),
                authorities: d
                    .authorities
                    .iter()
                    .map(|(k, v)| (k.clone(), v.get_ref().clone()))
                    .collect(),
            });
        }
        out
    }

    /// An error for each id in `given` that is not in `known`, at its entry,
    /// with the closest known id.
    fn known_ids<'a, T>(
        &mut self,
        doc: &Doc<T>,
        given: impl Iterator<Item = (&'a String, Range<usize>)>,
        known: &[String],
        (what, file): (&str, &str),
    ) {
        for (id, span) in given {
            if !known.contains(id) {
                self.err(
                    doc,
                    Some(span),
                    format!("there is no {what} `{id}` to translate"),
                    super::unknown_hint(id, known.iter(), file),
                );
            }
        }
    }
}

impl Validator {
    /// `reports/<year>/report.<language>.toml`: a year's title and summary
    /// in a language the site publishes (else a warning).
    pub(super) fn report_words(
        &mut self,
        loaded: &Loaded,
        languages: &[String],
    ) -> Vec<ReportWords> {
        let mut out = Vec::new();
        for (year, language, doc) in &loaded.report_words {
            if !languages.contains(language) {
                let what = format!("this year's words in `{language}` are");
                self.unpublished(&doc.path, &what, "them", language);
                continue;
            }
            out.push(ReportWords {
                language: language.clone(),
                year: year.clone(),
                title: doc.data.title.clone(),
                summary: doc.data.summary.clone(),
            });
        }
        out
    }
}
