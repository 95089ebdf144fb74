//! Stage 2, validate: the authorities recommendations are addressed to
//! (`registry/authorities.toml`), and the `::: recommendation` blocks of
//! every chapter: well formed, ids unique across the site, addressees,
//! settings and nations known, a repeated recommendation made in an
//! earlier year. Reads nothing from disk.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::{Validator, is_valid_id, suggest, unknown_hint};
use crate::content::Loaded;
use crate::diagnostics::Diagnostic;
use crate::markdown::recommendations::{Block, KEYS};
use crate::markdown::{self, Analysis};
use crate::registry::Authority;
use crate::site::{Document, Page, Recommendation, ReportYear};

/// Where each recommendation is made: its file, span and year.
struct Made {
    path: std::path::PathBuf,
    line: usize,
    year: String,
}

impl Validator {
    pub(super) fn authorities(&mut self, loaded: &Loaded) -> Vec<Authority> {
        let Some(doc) = &loaded.authorities else {
            return Vec::new();
        };
        let mut seen = HashMap::new();
        let mut out = Vec::new();
        for a in &doc.data.authority {
            let fact = self.fact(doc, a);
            if self.new_id(doc, &a.id, "authority", &mut seen) {
                out.push(Authority {
                    id: a.id.get_ref().clone(),
                    name: a.name.clone(),
                    fact,
                });
            }
        }
        out
    }

    /// Checks every chapter's recommendations and gives each chapter its
    /// list. `analyses` are the chapters' in order, then the pages'.
    pub(super) fn recommendations(
        &mut self,
        reports: &mut [ReportYear],
        pages: &[Page],
        analyses: &[Analysis],
    ) {
        let mut made: HashMap<String, Made> = HashMap::new();
        let mut repeats: Vec<(Document, Range<usize>, String, String)> = Vec::new();
        let mut analyses = analyses.iter();
        for r in reports.iter_mut() {
            for c in &mut r.chapters {
                let Some(a) = analyses.next() else { return };
                self.problems(&c.doc, a);
                for (i, b) in a.recommendations.iter().enumerate() {
                    let Some(rec) = self.recommendation(&c.doc, b, i, &r.year, &mut made) else {
                        continue;
                    };
                    if let (Some(earlier), Some((_, span))) =
                        (&rec.repeats, b.values("repeats").first())
                    {
                        let span = (*span).clone();
                        repeats.push((c.doc.clone(), span, rec.id.clone(), earlier.clone()));
                    }
                    c.recommendations.push(rec);
                }
            }
        }
        for (p, a) in pages.iter().zip(analyses) {
            self.problems(&p.doc, a);
            for b in &a.recommendations {
                self.diags.push(
                    Diagnostic::error(
                        &p.doc.path,
                        Some(at(&p.doc, &b.open)),
                        "recommendations are made in a report's chapters, not in pages",
                    )
                    .with_hint("move it to the chapter of the year it is made in"),
                );
            }
        }
        for (doc, span, id, earlier) in repeats {
            self.repeat(&doc, span, &id, &earlier, &made);
        }
    }

    /// What `scan` found malformed.
    fn problems(&mut self, doc: &Document, a: &Analysis) {
        for p in &a.recommendation_problems {
            self.diags.push(
                Diagnostic::error(&doc.path, Some(at(doc, &p.span)), p.message.clone())
                    .with_hint(p.hint.clone()),
            );
        }
    }

    /// One block: its id, keys and references.
    fn recommendation(
        &mut self,
        doc: &Document,
        b: &Block,
        i: usize,
        year: &str,
        made: &mut HashMap<String, Made>,
    ) -> Option<Recommendation> {
        let err = |span: &Range<usize>, msg: String, hint: String| {
            Diagnostic::error(&doc.path, Some(at(doc, span)), msg).with_hint(hint)
        };
        if b.malformed {
            return None; // already reported
        }
        let mut ok = true;
        let Some((id, id_span)) = &b.id else {
            self.diags.push(err(
                &b.open,
                "this recommendation has no id".into(),
                "add `#` and an id of your own in the braces, e.g. `{#hmip-2016-01 to=\"moj\"}`: it stays the same when the text moves".into(),
            ));
            return None;
        };
        if !is_valid_id(id) {
            self.diags.push(err(
                id_span,
                format!("`{id}` is not a valid recommendation id"),
                "ids use lowercase letters, digits and `-`, e.g. `hmip-2016-01`".into(),
            ));
            ok = false;
        } else if let Some(first) = made.get(id) {
            self.diags.push(err(
                id_span,
                format!("the recommendation id `{id}` is already used"),
                format!(
                    "it is first used at {}:{}; each recommendation needs its own id",
                    first.path.display(),
                    first.line
                ),
            ));
            ok = false;
        } else {
            // Taken even if the rest of the block is wrong: a second use
            // of the id is a mistake of its own.
            made.insert(
                id.clone(),
                Made {
                    path: doc.path.clone(),
                    line: line_of(doc, id_span.start),
                    year: year.to_string(),
                },
            );
        }
        for (key, _, span) in &b.attrs {
            if !KEYS.contains(&key.as_str()) {
                let hint = match suggest(key, KEYS.map(String::from).iter()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("a recommendation's keys are {}", KEYS.join(", ")),
                };
                self.diags
                    .push(err(span, format!("unknown key `{key}`"), hint));
                ok = false;
            }
        }
        if doc.markdown()[b.content.clone()].trim().is_empty() {
            self.diags.push(err(
                &b.open,
                "this recommendation has no text".into(),
                "write what is recommended between the `::: recommendation` line and the `:::` line".into(),
            ));
            ok = false;
        }
        let to = b.values("to");
        if to.is_empty() {
            self.diags.push(err(
                &b.open,
                format!("recommendation `{id}` is not addressed to anyone"),
                "add `to=\"<authority id>\"` with ids from registry/authorities.toml".into(),
            ));
            ok = false;
        }
        let to = self.known(doc, &to, "authority");
        let settings = self.known(doc, &b.values("settings"), "setting");
        let nations = self.known(doc, &b.values("nations"), "nation");
        let repeats = b.values("repeats");
        if repeats.len() > 1 {
            self.diags.push(err(
                repeats[1].1,
                "a recommendation repeats at most one earlier recommendation".into(),
                "name the latest one it repeats: that one names the one before".into(),
            ));
        }
        let (Some(to), Some(settings), Some(nations), true) = (to, settings, nations, ok) else {
            return None;
        };
        Some(Recommendation {
            id: id.clone(),
            number: i + 1,
            anchor: markdown::recommendation_anchor(b, i),
            to,
            settings,
            nations,
            repeats: repeats.first().map(|(r, _)| r.to_string()),
            content: b.content.clone(),
        })
    }

    /// The ids in `values`, when every one is known.
    fn known(
        &mut self,
        doc: &Document,
        values: &[(&str, &Range<usize>)],
        what: &str,
    ) -> Option<Vec<String>> {
        let (known, file): (&HashSet<String>, &str) = match what {
            "authority" => (&self.known_authorities, "registry/authorities.toml"),
            "setting" => (&self.known_settings, "registry/settings.toml"),
            _ => (&self.known_nations, "registry/nations.toml"),
        };
        let mut problems = Vec::new();
        for (v, span) in values {
            if !known.contains(*v) {
                let hint = if known.is_empty() {
                    format!("there is no {file} yet: add it, with an entry for `{v}`")
                } else {
                    unknown_hint(v, known.iter(), file)
                };
                problems.push(
                    Diagnostic::error(
                        &doc.path,
                        Some(at(doc, span)),
                        format!("unknown {what} `{v}`"),
                    )
                    .with_hint(hint),
                );
            }
        }
        let ok = problems.is_empty();
        self.diags.extend(problems);
        ok.then(|| values.iter().map(|(v, _)| v.to_string()).collect())
    }

    /// `repeats=` names a recommendation made in an earlier year.
    fn repeat(
        &mut self,
        doc: &Document,
        span: Range<usize>,
        id: &str,
        earlier: &str,
        made: &HashMap<String, Made>,
    ) {
        let this_year = made.get(id).map(|m| m.year.as_str()).unwrap_or_default();
        let (msg, hint) = match made.get(earlier) {
            None => (
                format!("`{id}` repeats `{earlier}`, which is not a recommendation here"),
                match suggest(earlier, made.keys()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => "give the id of a recommendation made in an earlier year".into(),
                },
            ),
            Some(m) if m.year.as_str() >= this_year => (
                format!(
                    "`{id}` repeats `{earlier}`, made in {} and not before this year",
                    m.year
                ),
                "a recommendation can only repeat one made in an earlier year".into(),
            ),
            Some(_) => return,
        };
        self.diags
            .push(Diagnostic::error(&doc.path, Some(at(doc, &span)), msg).with_hint(hint));
    }
}

/// A span in the Markdown as a span in the file.
fn at(doc: &Document, r: &Range<usize>) -> Range<usize> {
    r.start + doc.body_start..r.end + doc.body_start
}

fn line_of(doc: &Document, md_offset: usize) -> usize {
    let end = (md_offset + doc.body_start).min(doc.text.len());
    doc.text[..end].matches('\n').count() + 1
}
