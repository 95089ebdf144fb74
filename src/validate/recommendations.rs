//! Stage 2, validate: the authorities recommendations are addressed to
//! (`registry/authorities.toml`), and the `::: recommendation` blocks of
//! every chapter: well formed, ids unique across the site, addressees,
//! settings and nations known, a repeated recommendation made in an
//! earlier year. Reads nothing from disk.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use super::{Validator, is_valid_id, suggest, unknown_hint};
use crate::content::{
    Doc, Id, Loaded, RawFollowUp, RawFollowUps, RawOutsideRecommendation,
    RawOutsideRecommendations, RawScaleValue,
};
use crate::diagnostics::Diagnostic;
use crate::markdown::recommendations::{Block, KEYS};
use crate::markdown::{self, Analysis};
use crate::registry::{Authority, OutsideBody, Registry, ScaleValue, Theme};
use crate::site::{Document, FollowUp, OutsideRecommendation, Page, Recommendation, ReportYear};

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

    pub(super) fn themes(&mut self, loaded: &Loaded) -> Vec<Theme> {
        let Some(doc) = &loaded.themes else {
            return Vec::new();
        };
        let mut seen = HashMap::new();
        let mut out = Vec::new();
        for t in &doc.data.theme {
            let fact = self.fact(doc, t);
            if self.new_id(doc, &t.id, "theme", &mut seen) {
                out.push(Theme {
                    id: t.id.get_ref().clone(),
                    name: t.name.clone(),
                    description: t.description.clone(),
                    fact,
                });
            }
        }
        out
    }

    /// The response and progress scales of `registry/follow-up.toml`.
    pub(super) fn scales(&mut self, loaded: &Loaded) -> (Vec<ScaleValue>, Vec<ScaleValue>) {
        let Some(doc) = &loaded.scales else {
            return (Vec::new(), Vec::new());
        };
        let mut read = |values: &[RawScaleValue], what: &str| {
            let mut seen = HashMap::new();
            let mut out = Vec::new();
            for v in values {
                let fact = self.fact(doc, v);
                if self.new_id(doc, &v.id, what, &mut seen) {
                    out.push(ScaleValue {
                        id: v.id.get_ref().clone(),
                        name: v.name.clone(),
                        fact,
                    });
                }
            }
            out
        };
        let responses = read(&doc.data.response, "response");
        let progress = read(&doc.data.progress, "progress");
        (responses, progress)
    }

    /// Each year's `follow-up.toml`: every entry follows up a
    /// recommendation made in an earlier year, on a full date, with a
    /// response or a progress from the scales.
    pub(super) fn follow_up(
        &mut self,
        loaded: &Loaded,
        reports: &mut [ReportYear],
        registry: &Registry,
        made: &HashMap<String, String>,
    ) {
        for dir in &loaded.reports {
            let Some(doc) = &dir.follow_up else { continue };
            let Some(year) = reports.iter_mut().find(|r| r.year == dir.year) else {
                continue;
            };
            for f in &doc.data.follow_up {
                if let Some(entry) = self.follow_up_entry(doc, f, &dir.year, registry, made) {
                    year.follow_up.push(entry);
                }
            }
        }
    }

    fn follow_up_entry(
        &mut self,
        doc: &Doc<RawFollowUps>,
        f: &RawFollowUp,
        year: &str,
        registry: &Registry,
        made: &HashMap<String, String>,
    ) -> Option<FollowUp> {
        let fact = self.fact(doc, f);
        let date = self.date(doc, &f.date, true);
        let id = f.recommendation.get_ref();
        let mut ok = date.is_some();
        match made.get(id) {
            None => {
                let hint = match suggest(id, made.keys()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => "give the id of a recommendation made in an earlier year".into(),
                };
                self.err(
                    doc,
                    Some(doc.span(&f.recommendation)),
                    format!("unknown recommendation `{id}`"),
                    hint,
                );
                ok = false;
            }
            Some(when) if when.as_str() >= year => {
                self.err(
                    doc,
                    Some(doc.span(&f.recommendation)),
                    format!(
                        "`{id}` was made in {when}: its follow-up cannot be recorded in {year}"
                    ),
                    "record it in the follow-up of a year after the one it was made in",
                );
                ok = false;
            }
            Some(_) => {}
        }
        if f.response.is_none() && f.progress.is_none() {
            self.err(
                doc,
                Some(doc.span(&f.recommendation)),
                format!("the follow-up of `{id}` records neither a response nor progress"),
                "add response = \"<id>\" or progress = \"<id>\" from registry/follow-up.toml",
            );
            ok = false;
        }
        let response = self.on_scale(doc, f.response.as_ref(), &registry.responses, "response");
        let progress = self.on_scale(doc, f.progress.as_ref(), &registry.progress, "progress");
        let (Some(date), Ok(response), Ok(progress), true) = (date, response, progress, ok) else {
            return None;
        };
        Some(FollowUp {
            recommendation: id.clone(),
            date,
            response,
            progress,
            quote: f.quote.clone(),
            fact,
        })
    }

    /// `value`, if it is on `scale`; an error if it is not.
    fn on_scale(
        &mut self,
        doc: &Doc<RawFollowUps>,
        value: Option<&Id>,
        scale: &[ScaleValue],
        what: &str,
    ) -> Result<Option<String>, ()> {
        let Some(v) = value else { return Ok(None) };
        if scale.iter().any(|s| &s.id == v.get_ref()) {
            return Ok(Some(v.get_ref().clone()));
        }
        let known: Vec<String> = scale.iter().map(|s| s.id.clone()).collect();
        let hint = if known.is_empty() {
            format!(
                "there is no {what} scale yet: add `[[{what}]]` entries to registry/follow-up.toml"
            )
        } else {
            unknown_hint(v.get_ref(), known.iter(), "registry/follow-up.toml")
        };
        self.err(
            doc,
            Some(doc.span(v)),
            format!("`{}` is not on the {what} scale", v.get_ref()),
            hint,
        );
        Err(())
    }

    /// Checks every chapter's recommendations and gives each chapter its
    /// list. `analyses` are the chapters' in order, then the pages'.
    /// Returns the year each recommendation was made in, by id.
    pub(super) fn recommendations(
        &mut self,
        loaded: &Loaded,
        reports: &mut [ReportYear],
        pages: &[Page],
        analyses: &[Analysis],
    ) -> HashMap<String, String> {
        let mut made: HashMap<String, Made> = HashMap::new();
        // (file, span in the file, id, the id it repeats)
        let mut repeats: Vec<(PathBuf, Range<usize>, String, String)> = Vec::new();
        let mut analyses = analyses.iter();
        for r in reports.iter_mut() {
            for c in &mut r.chapters {
                let Some(a) = analyses.next() else {
                    return HashMap::new();
                };
                self.problems(&c.doc, a);
                for (i, b) in a.recommendations.iter().enumerate() {
                    let Some(rec) = self.recommendation(&c.doc, b, i, &r.year, &mut made) else {
                        continue;
                    };
                    if let (Some(earlier), Some((_, span))) =
                        (&rec.repeats, b.values("repeats").first())
                    {
                        let span = at(&c.doc, span);
                        repeats.push((c.doc.path.clone(), span, rec.id.clone(), earlier.clone()));
                    }
                    c.recommendations.push(rec);
                }
            }
        }
        for dir in &loaded.reports {
            let (Some(doc), Some(r)) = (
                &dir.outside,
                reports.iter_mut().find(|r| r.year == dir.year),
            ) else {
                continue;
            };
            for (i, raw) in doc.data.recommendation.iter().enumerate() {
                let line = loaded.text.get(&doc.path).map_or(0, |t| {
                    crate::diagnostics::line_col(t, doc.span(&raw.id).start).0
                });
                if let Some(o) =
                    self.outside_recommendation(doc, raw, (i, line), &r.year, &mut made)
                {
                    if let (Some(earlier), Some(span)) = (&o.rec.repeats, &raw.repeats) {
                        let span = doc.span(span);
                        repeats.push((doc.path.clone(), span, o.rec.id.clone(), earlier.clone()));
                    }
                    r.outside.push(o);
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
        for (path, span, id, earlier) in repeats {
            self.repeat(&path, span, &id, &earlier, &made);
        }
        made.into_iter().map(|(id, m)| (id, m.year)).collect()
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
        if !self.new_recommendation_id(
            &doc.path,
            at(doc, id_span),
            line_of(doc, id_span.start),
            id,
            year,
            made,
        ) {
            ok = false;
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
        let themes = self.known(doc, &b.values("themes"), "theme");
        let repeats = b.values("repeats");
        if repeats.len() > 1 {
            self.diags.push(err(
                repeats[1].1,
                "a recommendation repeats at most one earlier recommendation".into(),
                "name the latest one it repeats: that one names the one before".into(),
            ));
        }
        let (Some(to), Some(settings), Some(nations), Some(themes), true) =
            (to, settings, nations, themes, ok)
        else {
            return None;
        };
        Some(Recommendation {
            id: id.clone(),
            number: i + 1,
            anchor: markdown::recommendation_anchor(b, i),
            to,
            settings,
            nations,
            themes,
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
            "theme" => (&self.known_themes, "registry/themes.toml"),
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
        path: &Path,
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
            .push(Diagnostic::error(path, Some(span), msg).with_hint(hint));
    }

    /// A recommendation's id: well formed, not a folder of the register's
    /// filters, and not used before (then taken, even if the rest of the
    /// recommendation is wrong: a second use is a mistake of its own).
    fn new_recommendation_id(
        &mut self,
        path: &Path,
        span: Range<usize>,
        line: usize,
        id: &str,
        year: &str,
        made: &mut HashMap<String, Made>,
    ) -> bool {
        let (message, hint) = if !is_valid_id(id) {
            (
                format!("`{id}` is not a valid recommendation id"),
                "ids use lowercase letters, digits and `-`, e.g. `hmip-2016-01`".to_string(),
            )
        } else if crate::urls::RECOMMENDATION_FILTERS.contains(&id) {
            (
                format!("`{id}` cannot be a recommendation's id"),
                format!(
                    "the register's filters use `recommendations/{id}/`; choose an id that names its maker and year, e.g. `hmip-2016-01`"
                ),
            )
        } else if let Some(first) = made.get(id) {
            (
                format!("the recommendation id `{id}` is already used"),
                format!(
                    "it is first used at {}:{}; each recommendation needs its own id",
                    first.path.display(),
                    first.line
                ),
            )
        } else {
            made.insert(
                id.to_string(),
                Made {
                    path: path.to_path_buf(),
                    line,
                    year: year.to_string(),
                },
            );
            return true;
        };
        self.diags
            .push(Diagnostic::error(path, Some(span), message).with_hint(hint));
        false
    }

    /// The bodies outside the NPM whose recommendations it records.
    pub(super) fn outside_bodies(&mut self, loaded: &Loaded) -> Vec<OutsideBody> {
        let Some(doc) = &loaded.outside_bodies else {
            return Vec::new();
        };
        let mut seen = HashMap::new();
        let mut out = Vec::new();
        for b in &doc.data.body {
            let fact = self.fact(doc, b);
            if self.new_id(doc, &b.id, "outside body", &mut seen) {
                out.push(OutsideBody {
                    id: b.id.get_ref().clone(),
                    name: b.name.clone(),
                    fact,
                });
            }
        }
        out
    }

    /// One entry of a year's `recommendations.toml`: an outside body's
    /// recommendation, with the same checks as one in a chapter, a full
    /// date and a source.
    fn outside_recommendation(
        &mut self,
        doc: &Doc<RawOutsideRecommendations>,
        raw: &RawOutsideRecommendation,
        (i, line): (usize, usize),
        year: &str,
        made: &mut HashMap<String, Made>,
    ) -> Option<OutsideRecommendation> {
        let id = raw.id.get_ref();
        let mut ok = self.new_recommendation_id(&doc.path, doc.span(&raw.id), line, id, year, made);
        let fact = self.fact(doc, raw);
        if raw.source.is_empty() {
            self.err(
                doc,
                Some(doc.span(&raw.id)),
                format!("recommendation `{id}` has no source"),
                "add source = [\"<id>\"] naming the report it is taken from (registry/sources.toml)",
            );
            ok = false;
        }
        let by = self.reference(doc, &raw.by, "outside body");
        let date = self.date(doc, &raw.date, true);
        if raw.to.is_empty() {
            self.err(
                doc,
                Some(doc.span(&raw.id)),
                format!("recommendation `{id}` is not addressed to anyone"),
                "add to = [\"<authority id>\"] with ids from registry/authorities.toml",
            );
            ok = false;
        }
        let mut all_known = |v: &mut Self, ids: &[Id], what: &str| {
            let found = v.references(doc, ids, what);
            ok &= found.len() == ids.len();
            found
        };
        let to = all_known(self, &raw.to, "authority");
        let settings = all_known(self, &raw.settings, "setting");
        let nations = all_known(self, &raw.nations, "nation");
        let themes = all_known(self, &raw.themes, "theme");
        let text = raw.text.get_ref().trim().to_string();
        if text.is_empty() {
            self.err(
                doc,
                Some(doc.span(&raw.text)),
                "this recommendation has no text",
                "write what is recommended in `text`, as the outside body's report words it",
            );
            ok = false;
        }
        let (Some(by), Some(date), true) = (by, date, ok) else {
            return None;
        };
        Some(OutsideRecommendation {
            by,
            date,
            rec: Recommendation {
                id: id.clone(),
                number: i + 1,
                anchor: format!("recommendation-{id}"),
                to,
                settings,
                nations,
                themes,
                repeats: raw.repeats.as_ref().map(|r| r.get_ref().clone()),
                content: 0..text.len(),
            },
            text,
            fact,
        })
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
