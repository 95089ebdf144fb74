//! `registry/` (the member bodies, the finder's grid) and
//! `registry/coverage/` (the setting × nation matrix). Stage 3, render:
//! the validated site → the pages' bytes; touches no files.

use crate::diagnostics::Diagnostic;
use crate::html::views::*;
use crate::html::{OutputFile, Renderer};
use serde::Serialize;

use crate::html::pages::finder::finder_url;
use crate::html::{NationEntries, Vocabularies};

/// `registry/`.
#[derive(Serialize)]
struct IndexView<'a> {
    member_count: usize,
    current: Vec<BodySummary>,
    former: Vec<BodySummary>,
    finder_grid: Vec<FinderRow<'a>>,
    #[serde(flatten)]
    vocabularies: Vocabularies,
}

/// `registry/coverage/`.
#[derive(Serialize)]
struct CoverageView {
    nations: Vec<Ref>,
    rows: Vec<CoverageRow>,
    citations: Vec<Citation>,
}

#[derive(Serialize)]
struct FinderRow<'a> {
    setting: Ref,
    cells: Vec<FinderCell<'a>>,
}

#[derive(Serialize)]
struct FinderCell<'a> {
    nation: &'a str,
    url: String,
    count: usize,
    /// How many of them the data marks uncertain.
    uncertain: usize,
}

#[derive(Serialize)]
struct CoverageRow {
    setting: Ref,
    cells: Vec<NationEntries>,
}

impl Renderer<'_> {
    pub(super) fn registry_index(&self, crumbs: Vec<Link>) -> Result<OutputFile, Diagnostic> {
        let site = self.site;
        let reg = &site.registry;
        let url = crate::urls::REGISTRY;
        let frame = self.frame(url, &self.words.text("title-registry"), None, crumbs, false);
        let mut current: Vec<BodySummary> = reg
            .current_members()
            .map(|b| BodySummary::new(b, reg))
            .collect();
        let order = crate::i18n::NameOrder::new(&self.words.language);
        current.sort_by(|a, b| order.cmp(&a.body.name, &b.body.name));
        let former: Vec<BodySummary> = reg
            .bodies
            .iter()
            .filter(|b| !b.is_current())
            .map(|b| BodySummary::new(b, reg))
            .collect();
        let finder_grid: Vec<FinderRow> = reg
            .settings
            .iter()
            .map(|s| FinderRow {
                setting: setting_ref(s),
                cells: reg
                    .nations
                    .iter()
                    .map(|n| {
                        let current: Vec<_> = reg
                            .monitors(&s.id, &n.id)
                            .filter(|(b, _)| b.is_current())
                            .collect();
                        let bodies = |uncertain_only: bool| {
                            current
                                .iter()
                                .filter(|(_, c)| !uncertain_only || c.fact.uncertain)
                                .map(|(b, _)| &b.id)
                                .collect::<std::collections::BTreeSet<_>>()
                                .len()
                        };
                        FinderCell {
                            nation: &n.name,
                            url: finder_url(&s.id, &n.id),
                            count: bodies(false),
                            uncertain: bodies(true),
                        }
                    })
                    .collect(),
            })
            .collect();
        let view = IndexView {
            member_count: current.len(),
            current,
            former,
            finder_grid,
            vocabularies: Vocabularies::new(reg),
        };
        self.render_page("registry/index.html", url, &frame, &view, url)
    }

    pub(super) fn coverage(&self, crumbs: Vec<Link>) -> Result<OutputFile, Diagnostic> {
        let site = self.site;
        let reg = &site.registry;
        let url = crate::urls::COVERAGE;
        let frame = self.frame(url, &self.words.text("title-coverage"), None, crumbs, false);
        let mut citer = Citer::new(reg);
        let rows: Vec<CoverageRow> = reg
            .settings
            .iter()
            .map(|s| CoverageRow {
                setting: setting_ref(s),
                cells: reg
                    .nations
                    .iter()
                    .map(|n| NationEntries {
                        nation: nation_ref(n),
                        entries: reg
                            .monitors(&s.id, &n.id)
                            .filter(|(b, _)| b.is_current())
                            .map(|(b, c)| coverage_entry(b, c, reg, &mut citer))
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        let view = CoverageView {
            nations: reg.nations.iter().map(nation_ref).collect(),
            rows,
            citations: citer.citations(),
        };
        self.render_page("registry/coverage.html", url, &frame, &view, url)
    }
}
