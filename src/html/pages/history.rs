//! `registry/history/`: the designation instruments, the timeline picture
//! and who was a member when. Stage 3, render: the validated site → the
//! page's bytes; touches no files.

use crate::diagnostics::Diagnostic;
use crate::html::views::*;
use crate::html::{OutputFile, Renderer};
use serde::Serialize;

use crate::html::{SearchMeta, timeline};

#[derive(Serialize)]
struct View<'a> {
    instruments: Vec<InstrumentView<'a>>,
    periods: Vec<PeriodView>,
    timeline_svg: String,
    renames: Vec<RenameView>,
    ends: Vec<EndView>,
    citations: Vec<Citation>,
}

#[derive(Serialize)]
struct InstrumentView<'a> {
    id: &'a str,
    date: crate::content::date::DateView,
    title: &'a str,
    citation: Option<&'a str>,
    summary: &'a str,
    members_after: usize,
    designated: Vec<BodyRef>,
    ended: Vec<BodyRef>,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct PeriodView {
    from: crate::content::date::DateView,
    to: Option<crate::content::date::DateView>,
    count: usize,
    members: Vec<BodyRef>,
}

#[derive(Serialize)]
struct RenameView {
    date: crate::content::date::DateView,
    #[serde(skip)]
    key: crate::content::date::Date,
    body: BodyRef,
    from_name: String,
    to_name: String,
    #[serde(flatten)]
    fact: FactView,
}

#[derive(Serialize)]
struct EndView {
    date: crate::content::date::DateView,
    body: BodyRef,
    reason: &'static str,
    successor: Option<BodyRef>,
}

impl Renderer<'_> {
    pub(super) fn history_page(&self, crumbs: Vec<Link>) -> Result<OutputFile, Diagnostic> {
        let reg = &self.site.registry;
        let url = crate::urls::HISTORY;
        let mut frame = self.frame(url, &self.words.text("footer-history"), None, crumbs, false);
        frame.search = Some(SearchMeta::new(
            self.words.text("search-kind-registry"),
            None,
        ));
        let mut citer = Citer::new(reg);
        let instruments: Vec<InstrumentView> = reg
            .designations
            .iter()
            .map(|d| InstrumentView {
                id: &d.id,
                date: d.date.into(),
                title: &d.title,
                citation: d.citation.as_deref(),
                summary: &d.summary,
                members_after: reg.members_on(d.date).count(),
                designated: reg
                    .bodies
                    .iter()
                    .filter(|b| b.instrument == d.id)
                    .map(BodyRef::new)
                    .collect(),
                ended: reg
                    .bodies
                    .iter()
                    .filter(|b| {
                        b.ended
                            .as_ref()
                            .is_some_and(|e| e.instrument.as_deref() == Some(d.id.as_str()))
                    })
                    .map(BodyRef::new)
                    .collect(),
                fact: citer.fact(&d.fact),
            })
            .collect();
        let order = crate::i18n::NameOrder::new(&self.words.language);
        let periods: Vec<PeriodView> = reg
            .periods()
            .into_iter()
            .map(|p| {
                // Under the names they used when the period began.
                let mut members: Vec<BodyRef> = reg
                    .members_on(p.from)
                    .map(|b| BodyRef::on(b, p.from))
                    .collect();
                members.sort_by(|a, b| order.cmp(&a.name, &b.name));
                PeriodView {
                    from: p.from.into(),
                    to: p.to.map(Into::into),
                    count: p.members,
                    members,
                }
            })
            .collect();
        let mut renames = Vec::new();
        for b in &reg.bodies {
            // Each former name gave way to the next one, the last to today's.
            for (i, n) in b.names.iter().enumerate() {
                let to_name = b
                    .names
                    .get(i + 1)
                    .map_or(&b.name, |next| &next.name)
                    .clone();
                renames.push(RenameView {
                    date: n.until.into(),
                    key: n.until,
                    body: BodyRef::new(b),
                    from_name: n.name.clone(),
                    to_name,
                    fact: citer.fact(&n.fact),
                });
            }
        }
        renames.sort_by_key(|r| r.key);
        let ends: Vec<EndView> = reg
            .bodies
            .iter()
            .filter_map(|b| {
                let e = b.ended.as_ref()?;
                Some(EndView {
                    date: e.date.into(),
                    body: BodyRef::new(b),
                    reason: end_reason_text(e.reason),
                    successor: e
                        .successor
                        .as_deref()
                        .and_then(|s| reg.body(s))
                        .map(BodyRef::new),
                })
            })
            .collect();
        let view = View {
            instruments,
            periods,
            timeline_svg: timeline::history_svg(reg, self.timeline_end, self.words),
            renames,
            ends,
            citations: citer.citations(),
        };
        self.render_page("registry/history.html", url, &frame, &view, url)
    }
}
