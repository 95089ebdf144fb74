//! `registry/settings/<id>/`: who monitors one kind of detention, nation
//! by nation. Stage 3, render: the validated site → the page's bytes;
//! touches no files.

use crate::diagnostics::Diagnostic;
use crate::html::pages::recommendations::RecView;
use crate::html::views::*;
use crate::html::visits::{self, GridView};
use crate::html::{OutputFile, Renderer};
use serde::Serialize;

use crate::html::{NationEntries, SearchMeta};

#[derive(Serialize)]
struct View<'a> {
    setting: SettingView<'a>,
    by_nation: Vec<NationEntries>,
    former: Vec<NationEntries>,
    citations: Vec<Citation>,
    recommendations: Vec<RecView<'a>>,
    visits: Option<GridView>,
}

#[derive(Serialize)]
struct SettingView<'a> {
    id: &'a str,
    name: &'a str,
    description: &'a str,
    /// Its language when it is not the page's (not translated).
    description_lang: Option<&'a str>,
    url: &'a str,
    #[serde(flatten)]
    fact: FactView,
}

impl Renderer<'_> {
    pub(super) fn setting(&self, i: usize, crumbs: Vec<Link>) -> Result<OutputFile, Diagnostic> {
        let site = self.site;
        let reg = &site.registry;
        let s = &reg.settings[i];
        let url = crate::urls::setting(&s.id);
        let mut frame = self.frame(&url, &s.name, Some(&s.description), crumbs, false);
        frame.search = Some(SearchMeta::new(
            self.words.text("search-kind-setting"),
            None,
        ));
        let mut citer = Citer::new(reg);
        let setting_fact = citer.fact(&s.fact);
        let mut by_nation = Vec::new();
        let mut former = Vec::new();
        for n in &reg.nations {
            let (cur, old): (Vec<_>, Vec<_>) = reg
                .monitors(&s.id, &n.id)
                .partition(|(b, _)| b.is_current());
            by_nation.push(NationEntries {
                nation: nation_ref(n),
                entries: cur
                    .iter()
                    .map(|(b, c)| coverage_entry(b, c, reg, &mut citer))
                    .collect(),
            });
            if !old.is_empty() {
                former.push(NationEntries {
                    nation: nation_ref(n),
                    entries: old
                        .iter()
                        .map(|(b, c)| coverage_entry(b, c, reg, &mut citer))
                        .collect(),
                });
            }
        }
        let view = View {
            setting: SettingView {
                id: &s.id,
                name: &s.name,
                description: &s.description,
                description_lang: self
                    .registry_lang(|w| w.settings.get(&s.id).is_some_and(|(_, d)| d.is_some())),
                url: &url,
                fact: setting_fact,
            },
            by_nation,
            former,
            citations: citer.citations(),
            recommendations: self.concerning_setting(&s.id),
            visits: visits::over_the_years(
                self.site,
                self.words,
                visits::Axis::Nation,
                self.words.tf(
                    "visits-caption-setting",
                    &[("setting", s.name.as_str().into())],
                ),
                |v| v.setting == s.id,
            ),
        };
        self.render_page("registry/setting.html", &url, &frame, &view, &url)
    }
}
