//! `registry/nations/<id>/`: who monitors what in one nation. Stage 3,
//! render: the validated site → the page's bytes; touches no files.

use crate::diagnostics::Diagnostic;
use crate::html::pages::recommendations::RecView;
use crate::html::views::*;
use crate::html::visits::{self, GridView};
use crate::html::{OutputFile, Renderer};
use serde::Serialize;

use crate::html::SearchMeta;

#[derive(Serialize)]
struct View<'a> {
    nation: Ref,
    by_setting: Vec<SettingEntries>,
    home_bodies: Vec<BodySummary>,
    citations: Vec<Citation>,
    recommendations: Vec<RecView<'a>>,
    visits: Option<GridView>,
}

#[derive(Serialize)]
struct SettingEntries {
    setting: Ref,
    entries: Vec<CoverageEntry>,
}

impl Renderer<'_> {
    pub(super) fn nation(&self, i: usize, crumbs: Vec<Link>) -> Result<OutputFile, Diagnostic> {
        let site = self.site;
        let reg = &site.registry;
        let n = &reg.nations[i];
        let url = crate::urls::nation(&n.id);
        let title = self
            .words
            .tf("title-nation", &[("nation", n.name.as_str().into())]);
        let mut frame = self.frame(&url, &title, None, crumbs, false);
        frame.search = Some(SearchMeta::new(self.words.text("search-kind-nation"), None));
        let mut citer = Citer::new(reg);
        let by_setting: Vec<SettingEntries> = reg
            .settings
            .iter()
            .map(|s| SettingEntries {
                setting: setting_ref(s),
                entries: reg
                    .monitors(&s.id, &n.id)
                    .filter(|(b, _)| b.is_current())
                    .map(|(b, c)| coverage_entry(b, c, reg, &mut citer))
                    .collect(),
            })
            .collect();
        let home_bodies: Vec<BodySummary> = reg
            .current_members()
            .filter(|b| b.nations.contains(&n.id))
            .map(|b| BodySummary::new(b, reg))
            .collect();
        let view = View {
            nation: nation_ref(n),
            by_setting,
            home_bodies,
            citations: citer.citations(),
            recommendations: self.concerning_nation(&n.id),
            visits: visits::over_the_years(
                self.site,
                self.words,
                visits::Axis::Setting,
                self.words.tf(
                    "visits-caption-nation",
                    &[("nation", n.name.as_str().into())],
                ),
                |v| v.nation == n.id,
            ),
        };
        self.render_page("registry/nation.html", &url, &frame, &view, &url)
    }
}
