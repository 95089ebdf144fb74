//! Stage 2, validate: one pass over everything `load` read that turns the raw
//! files into the typed `Site` and collects *every* problem on the way:
//! unknown or duplicate ids, dates out of order, member chapters from bodies
//! that were not members, broken links and images, ... Reads nothing from
//! disk; writes nothing.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::content::date::Date;
use crate::content::{ChapterKind, Doc, FactFields, Id, Loaded, MdDoc, RawDate};
use crate::diagnostics::Diagnostic;
use crate::links::{LinkIndex, Target};
use crate::markdown::{self, Analysis};
use crate::registry::{Designation, DetentionSetting, Fact, MemberBody, Nation, Registry, Source};
use crate::site::{Document, Page, ReportYear, Site, SiteConfig};

mod body;
mod recommendations;
mod report;
mod series;
mod translations;
mod visits;

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Include chapters and pages marked `draft = true`.
    pub drafts: bool,
    /// Overrides `base_url` from site.toml.
    pub base_url: Option<String>,
    /// For `check`, `status` and `new`: the site comes back even with
    /// errors, as far as it could be read, and chapters not yet listed in
    /// report.toml are checked like the others.
    pub checking: bool,
    /// Chapter files (resolved paths) for which not being listed in
    /// report.toml is only a warning: a member body checks its chapter
    /// before the Secretariat lists it.
    pub unlisted_ok: Vec<PathBuf>,
}

impl Options {
    /// For `check`, `status` and `new`: drafts included, the site returned
    /// as far as it could be read.
    pub fn for_checking() -> Options {
        Options {
            drafts: true,
            checking: true,
            ..Options::default()
        }
    }
}

/// Validates the loaded content. Returns the site only when there is no
/// error (unless `checking`); warnings come back either way.
pub fn validate(loaded: &Loaded, opts: &Options) -> (Option<Site>, Vec<Diagnostic>) {
    let mut v = Validator::default();
    let config = v.site_config(loaded, opts);
    // Sources first: every other file's facts cite them.
    let sources = v.sources(loaded);
    v.known_sources = sources.keys().cloned().collect();
    let nations = v.nations(loaded);
    let settings = v.settings(loaded);
    v.known_nations = nations.iter().map(|n| n.id.clone()).collect();
    v.known_settings = settings.iter().map(|s| s.id.clone()).collect();
    let authorities = v.authorities(loaded);
    v.known_authorities = authorities.iter().map(|a| a.id.clone()).collect();
    let themes = v.themes(loaded);
    v.known_themes = themes.iter().map(|t| t.id.clone()).collect();
    let outside_bodies = v.outside_bodies(loaded);
    v.known_outside = outside_bodies.iter().map(|b| b.id.clone()).collect();
    v.known_bodies = loaded.body_ids.iter().cloned().collect();
    let designations = v.designations(loaded);
    let bodies: Vec<MemberBody> = loaded
        .bodies
        .iter()
        .filter_map(|b| v.body(b, &designations))
        .collect();
    let mut registry = Registry::new(nations, settings, sources, designations, bodies);
    registry.authorities = authorities;
    registry.themes = themes;
    registry.outside_bodies = outside_bodies;
    (registry.responses, registry.progress) = v.scales(loaded);
    v.cross_check_registry(loaded, &registry);

    v.official_hosts = official_hosts(config.as_ref(), &registry);
    let mut reports: Vec<ReportYear> = loaded
        .reports
        .iter()
        .filter_map(|r| v.report(r, &registry, opts))
        .collect();
    reports.sort_by(|a, b| a.year.cmp(&b.year));
    v.report_series(loaded);
    let mut pages: Vec<Page> = loaded
        .pages
        .iter()
        .filter_map(|p| v.page(p, opts))
        .collect();
    pages.sort_by(|a, b| a.order.cmp(&b.order).then_with(|| a.title.cmp(&b.title)));
    v.page_slugs(
        &pages,
        config.as_ref().map_or(&[][..], |c| &c.translations[..]),
    );

    // Links: first every target, then every link, in parallel per document.
    let root = &loaded.root;
    let docs: Vec<&Document> = reports
        .iter()
        .flat_map(|r| r.chapters.iter().map(|c| &c.doc))
        .chain(pages.iter().map(|p| &p.doc))
        .collect();
    let analyses: Vec<Analysis> = docs
        .par_iter()
        .map(|d| markdown::analyze(d.markdown()))
        .collect();
    let links = link_index(loaded, &docs, &analyses, &reports);
    let link_diags: Vec<Diagnostic> = docs
        .par_iter()
        .zip(&analyses)
        .flat_map_iter(|(doc, analysis)| check_markdown(doc, analysis, &links))
        .collect();
    v.diags.extend(link_diags);
    let languages = config.as_ref().map_or(&[][..], |c| &c.translations[..]);
    let translations = v.translations(
        loaded,
        languages,
        (&reports, &pages, &analyses),
        &links,
        opts,
    );
    let registry_words = v.registry_words(loaded, languages, &registry);
    let report_words = v.report_words(loaded, languages);
    let made = v.recommendations(loaded, &mut reports, &pages, &analyses);
    v.follow_up(loaded, &mut reports, &registry, &made);
    v.visits(loaded, &mut reports, &registry);
    // Word counts come from the same analysis.
    let mut words = analyses.iter().map(|a| a.words);
    for r in &mut reports {
        for c in &mut r.chapters {
            c.words = words.next().unwrap_or(0);
        }
        if let Some(limit) = r.word_limit {
            for c in r
                .chapters
                .iter()
                .filter(|c| c.kind == ChapterKind::Member && c.words > limit)
            {
                v.diags.push(
                    Diagnostic::warning(
                        &c.doc.path,
                        None,
                        format!("{} words, over the limit of {limit}", c.words),
                    )
                    .with_hint("the limit is `word_limit` in this year's report.toml"),
                );
            }
        }
    }

    let has_errors = v
        .diags
        .iter()
        .any(|d| d.severity == crate::diagnostics::Severity::Error);
    let site = match config {
        Some(config) if !has_errors || opts.checking => Some(Site {
            recommendation_index: crate::site::RecommendationIndex::new(&reports),
            root: root.clone(),
            config,
            registry,
            reports,
            pages,
            assets: loaded.assets.clone(),
            links,
            translations,
            registry_words,
            report_words,
        }),
        _ => None,
    };
    (site, v.diags)
}

/// Every target a link may point at: each chapter's and page's headings,
/// the bodies' pages, the years' pages (as `@/reports/2014-15/` or its
/// report.toml), the files that did not parse and the assets.
fn link_index(
    loaded: &Loaded,
    docs: &[&Document],
    analyses: &[Analysis],
    reports: &[ReportYear],
) -> LinkIndex {
    let mut links = LinkIndex::default();
    for (doc, analysis) in docs.iter().zip(analyses) {
        links.add_page(
            doc.rel.clone(),
            doc.url.clone(),
            Some(analysis.heading_ids()),
        );
    }
    for id in &loaded.body_ids {
        links.add_page(
            PathBuf::from(format!("registry/bodies/{id}.toml")),
            crate::urls::body(id),
            Some(HashSet::new()),
        );
    }
    for r in reports {
        let folder = PathBuf::from("reports").join(&r.year);
        links.add_page(folder.join("report.toml"), r.url(), Some(HashSet::new()));
        links.add_page(folder, r.url(), Some(HashSet::new()));
    }
    for rel in &loaded.unparsed {
        // Already reported; its links are only checked once it parses.
        links.add_page(rel.clone(), String::new(), None);
    }
    for a in &loaded.assets {
        links.add_asset(a.clone());
    }
    links
}

/// The hosts an official copy of a report may be on (see `Validator`).
fn official_hosts(config: Option<&SiteConfig>, registry: &Registry) -> Vec<String> {
    let host = |u: &str| url::Url::parse(u).ok()?.host_str().map(str::to_string);
    let mut hosts: Vec<String> = config.map(|c| c.official_hosts.clone()).unwrap_or_default();
    hosts.extend(config.and_then(|c| host(&c.base_url)));
    hosts.extend(
        registry
            .bodies
            .iter()
            .filter_map(|b| b.website.as_deref().and_then(host)),
    );
    hosts.sort();
    hosts.dedup();
    hosts
}

/// Link text that is only an address (`<https://…>`, `[www.x.org](…)`).
fn is_bare_address(text: &str, dest: &str) -> bool {
    let text = text.trim();
    let looks_like_address = |s: &str| {
        let s = s.to_ascii_lowercase();
        ["http://", "https://", "www.", "mailto:"]
            .iter()
            .any(|p| s.starts_with(p))
    };
    (text == dest.trim() && looks_like_address(dest))
        || looks_like_address(text) && !text.contains(char::is_whitespace)
}

/// The checks that need the Markdown: links, images, raw HTML, headings.
pub(crate) fn check_markdown(
    doc: &Document,
    analysis: &Analysis,
    links: &LinkIndex,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let at = |r: &Range<usize>| r.start + doc.body_start..r.end + doc.body_start;
    for link in &analysis.links {
        let span = Some(at(&link.range));
        match links.resolve(&doc.rel, &link.dest) {
            // An address in the text that the policy refuses (`ftp://`)
            // is left as text, in the page and the PDF alike.
            Err(_) if link.bare => {}
            Err(e) => out.push(
                Diagnostic::error(&doc.path, span, e.message(&link.dest)).with_hint(e.hint()),
            ),
            Ok(target) => {
                if link.is_image {
                    if !matches!(target, Target::Asset(_)) {
                        out.push(
                            Diagnostic::error(&doc.path, span.clone(), format!("image `{}` is not a file in the content folder", link.dest))
                                .with_hint("put the image in this year's `images/` folder so the site works offline"),
                        );
                    }
                    if link.text.trim().is_empty() {
                        out.push(
                            Diagnostic::error(&doc.path, span, "image has no alt text")
                                .with_hint("describe the image for people who cannot see it: ![what it shows](file)"),
                        );
                    }
                } else if link.text.trim().is_empty() {
                    out.push(
                        Diagnostic::error(&doc.path, span, "link has no text")
                            .with_hint("write the words a reader clicks: [the 2016-17 report](…)"),
                    );
                } else if is_bare_address(&link.text, &link.dest) {
                    out.push(
                        Diagnostic::warning(&doc.path, span, "a web address as link text")
                            .with_hint("say where the link leads, e.g. [the inspection report](https://…): screen readers spell an address out"),
                    );
                }
            }
        }
    }
    for r in &analysis.raw_html {
        out.push(
            Diagnostic::warning(
                &doc.path,
                Some(at(r)),
                "raw HTML is shown as text, not interpreted",
            )
            .with_hint("use Markdown instead of HTML"),
        );
    }
    for r in &analysis.cut_addresses {
        out.push(
            Diagnostic::warning(
                &doc.path,
                Some(at(r)),
                "this address stops where emphasis starts: the link leaves out what follows",
            )
            .with_hint("write the address between `<` and `>`, as in <https://example.org/a_b_c>"),
        );
    }
    for (label, r) in &analysis.notes_in_notes {
        out.push(
            Diagnostic::warning(
                &doc.path,
                Some(at(r)),
                format!(
                    "note [^{label}] is referenced only inside another note: the PDF leaves it out"
                ),
            )
            .with_hint("reference it from the text, or write its words into the other note"),
        );
    }
    let mut prev = 1;
    for h in &analysis.headings {
        if h.level == 1 {
            out.push(
                Diagnostic::warning(
                    &doc.path,
                    Some(at(&h.range)),
                    "`#` headings are reserved for the title",
                )
                .with_hint("the title comes from the front matter; start the text at `##`"),
            );
        } else if h.level > prev + 1 {
            out.push(
                Diagnostic::warning(
                    &doc.path,
                    Some(at(&h.range)),
                    format!("heading level skips from {prev} to {}", h.level),
                )
                .with_hint("go down one level at a time so screen readers can follow the outline"),
            );
        }
        prev = h.level.max(2);
    }
    out
}

#[derive(Default)]
struct Validator {
    diags: Vec<Diagnostic>,
    known_sources: HashSet<String>,
    known_nations: HashSet<String>,
    known_settings: HashSet<String>,
    known_authorities: HashSet<String>,
    known_themes: HashSet<String>,
    known_outside: HashSet<String>,
    known_bodies: HashSet<String>,
    /// Where an official copy of a report may be: site.toml's
    /// `official_hosts`, the site's own host and the members' websites.
    official_hosts: Vec<String>,
}

fn file_id(path: &Path) -> Option<String> {
    path.file_stem()
        .and_then(|s| s.to_str())
        .map(str::to_string)
}

pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

pub(crate) use crate::diagnostics::suggest;

fn unknown_hint<'a>(
    wrong: &str,
    known: impl IntoIterator<Item = &'a String> + Clone,
    file: &str,
) -> String {
    match suggest(wrong, known.clone()) {
        Some(s) => format!("did you mean `{s}`?"),
        None => {
            let mut all: Vec<&String> = known.into_iter().collect();
            all.sort();
            if all.is_empty() || all.len() > 12 {
                format!("the known ids are in {file}")
            } else {
                let list: Vec<String> = all.iter().map(|k| format!("`{k}`")).collect();
                format!("known ids: {}", list.join(", "))
            }
        }
    }
}

impl Validator {
    fn err<T>(
        &mut self,
        doc: &Doc<T>,
        span: Option<Range<usize>>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) {
        self.diags
            .push(Diagnostic::error(&doc.path, span, message).with_hint(hint));
    }

    fn new_id<T>(
        &mut self,
        doc: &Doc<T>,
        id: &Id,
        what: &str,
        seen: &mut HashMap<String, Range<usize>>,
    ) -> bool {
        let span = doc.span(id);
        if !is_valid_id(id.get_ref()) {
            self.err(
                doc,
                Some(span),
                format!("`{}` is not a valid {what} id", id.get_ref()),
                "ids use lowercase letters, digits and `-`, e.g. `police-custody`",
            );
            return false;
        }
        if seen.insert(id.get_ref().clone(), span.clone()).is_some() {
            self.err(
                doc,
                Some(span),
                format!("duplicate {what} id `{}`", id.get_ref()),
                "each id must be unique; rename one of them",
            );
            return false;
        }
        true
    }

    fn reference<T>(&mut self, doc: &Doc<T>, id: &Id, what: &str) -> Option<String> {
        let (known, file) = match what {
            "body" => (&self.known_bodies, "registry/bodies/"),
            "nation" => (&self.known_nations, "registry/nations.toml"),
            "setting" => (&self.known_settings, "registry/settings.toml"),
            "authority" => (&self.known_authorities, "registry/authorities.toml"),
            "theme" => (&self.known_themes, "registry/themes.toml"),
            "outside body" => (&self.known_outside, "registry/outside-bodies.toml"),
            _ => (&self.known_sources, "registry/sources.toml"),
        };
        if known.contains(id.get_ref()) {
            return Some(id.get_ref().clone());
        }
        let hint = unknown_hint(id.get_ref(), known.iter(), file);
        self.err(
            doc,
            Some(doc.span(id)),
            format!("unknown {what} `{}`", id.get_ref()),
            hint,
        );
        None
    }

    fn references<T>(&mut self, doc: &Doc<T>, ids: &[Id], what: &str) -> Vec<String> {
        ids.iter()
            .filter_map(|id| self.reference(doc, id, what))
            .collect()
    }

    fn fact<T>(&mut self, doc: &Doc<T>, f: &impl FactFields) -> Fact {
        Fact {
            sources: self.references(doc, f.source(), "source"),
            uncertain: f.uncertain(),
            note: f.note().map(str::to_string),
        }
    }

    fn date<T>(&mut self, doc: &Doc<T>, raw: &RawDate, exact: bool) -> Option<Date> {
        let parsed = match raw.get_ref() {
            toml::Value::Datetime(dt) => match (dt.date, dt.time) {
                (Some(d), None) => Date::ymd(d.year, d.month, d.day),
                _ => None,
            },
            toml::Value::String(s) => Date::parse(s),
            _ => None,
        };
        match parsed {
            Some(d) if exact && !d.is_exact() => {
                self.err(
                    doc,
                    Some(doc.span(raw)),
                    "this date must be a full date",
                    "write it as YYYY-MM-DD, e.g. 2016-03-31",
                );
                None
            }
            Some(d) => Some(d),
            None => {
                self.err(
                    doc,
                    Some(doc.span(raw)),
                    "not a date",
                    "write a date as 2009-03-31, or as \"2017-07\" or \"2017\" when only the month or year is known",
                );
                None
            }
        }
    }

    fn url<T>(&mut self, doc: &Doc<T>, url: &toml::Spanned<String>) -> Option<String> {
        let u = url.get_ref();
        if u.starts_with("https://") || u.starts_with("http://") {
            Some(u.clone())
        } else {
            self.err(
                doc,
                Some(doc.span(url)),
                format!("`{u}` is not a web address"),
                "write the full address, starting https://",
            );
            None
        }
    }

    fn site_config(&mut self, loaded: &Loaded, opts: &Options) -> Option<SiteConfig> {
        let doc = loaded.site.as_ref()?;
        let d = &doc.data;
        let mut base = opts
            .base_url
            .clone()
            .unwrap_or_else(|| d.base_url.get_ref().clone());
        if !(base.starts_with("https://") || base.starts_with("http://")) {
            let msg = format!("base URL `{base}` must be an absolute web address");
            let hint = "e.g. https://www.example.org/npm/";
            if opts.base_url.is_some() {
                self.diags
                    .push(Diagnostic::error("--base-url", None, msg).with_hint(hint));
            } else {
                self.err(doc, Some(doc.span(&d.base_url)), msg, hint);
            }
            return None;
        }
        if !base.ends_with('/') {
            base.push('/');
        }
        let licence_url = d.licence_url.as_ref().and_then(|u| self.url(doc, u));
        let registry_as_of = d
            .registry_as_of
            .as_ref()
            .and_then(|raw| self.date(doc, raw, false));
        Some(SiteConfig {
            title: d.title.clone(),
            description: d.description.clone(),
            base_url: base,
            language: d.language.clone(),
            npm_name: d.npm_name.clone(),
            coordinator: d.coordinator.get_ref().clone(),
            licence: d.licence.clone(),
            licence_url,
            copyright: d.copyright.clone(),
            registry_as_of,
            official_hosts: d.official_hosts.clone(),
            translations: self.translation_languages(doc),
            original_language: None,
        })
    }

    fn nations(&mut self, loaded: &Loaded) -> Vec<Nation> {
        let Some(doc) = &loaded.nations else {
            return Vec::new();
        };
        let mut seen = HashMap::new();
        let mut out = Vec::new();
        for n in &doc.data.nation {
            if self.new_id(doc, &n.id, "nation", &mut seen) {
                out.push(Nation {
                    id: n.id.get_ref().clone(),
                    name: n.name.clone(),
                });
            }
        }
        out
    }

    fn settings(&mut self, loaded: &Loaded) -> Vec<DetentionSetting> {
        let Some(doc) = &loaded.settings else {
            return Vec::new();
        };
        let mut seen = HashMap::new();
        let mut out = Vec::new();
        for s in &doc.data.setting {
            let fact = self.fact(doc, s);
            if self.new_id(doc, &s.id, "setting", &mut seen) {
                out.push(DetentionSetting {
                    id: s.id.get_ref().clone(),
                    name: s.name.clone(),
                    description: s.description.clone(),
                    fact,
                });
            }
        }
        out
    }

    fn sources(&mut self, loaded: &Loaded) -> BTreeMap<String, Source> {
        let Some(doc) = &loaded.sources else {
            return BTreeMap::new();
        };
        let mut out = BTreeMap::new();
        for (id, s) in &doc.data {
            let url = s.url.as_ref().and_then(|u| self.url(doc, u));
            if !is_valid_id(id) {
                self.err(
                    doc,
                    None,
                    format!("`{id}` is not a valid source id"),
                    "ids use lowercase letters, digits and `-`",
                );
                continue;
            }
            out.insert(
                id.clone(),
                Source {
                    id: id.clone(),
                    title: s.title.clone(),
                    url,
                },
            );
        }
        out
    }

    fn designations(&mut self, loaded: &Loaded) -> Vec<Designation> {
        let Some(doc) = &loaded.designations else {
            return Vec::new();
        };
        let mut seen = HashMap::new();
        let mut out = Vec::new();
        for d in &doc.data.instrument {
            let ok = self.new_id(doc, &d.id, "designation", &mut seen);
            let date = self.date(doc, &d.date, true);
            let fact = self.fact(doc, d);
            if let (true, Some(date)) = (ok, date) {
                out.push(Designation {
                    id: d.id.get_ref().clone(),
                    date,
                    title: d.title.clone(),
                    citation: d.citation.clone(),
                    members_after: d.members_after.as_ref().map(|m| *m.get_ref()),
                    summary: d.summary.clone(),
                    fact,
                });
            }
        }
        out
    }

    /// Checks that need the whole registry: counts stated by instruments.
    fn cross_check_registry(&mut self, loaded: &Loaded, registry: &Registry) {
        let Some(doc) = &loaded.designations else {
            return;
        };
        if registry.bodies.len() != loaded.body_ids.len() {
            return; // some bodies failed: counts would mislead
        }
        for raw in &doc.data.instrument {
            let (Some(stated), Some(d)) =
                (&raw.members_after, registry.designation(raw.id.get_ref()))
            else {
                continue;
            };
            let actual = registry.members_on(d.date).count() as u32;
            if actual != *stated.get_ref() {
                self.err(
                    doc,
                    Some(doc.span(stated)),
                    format!(
                        "`{}` says {} members after it, but the bodies give {actual}",
                        d.id,
                        stated.get_ref()
                    ),
                    "check the bodies' `designation` and `ended` dates, or correct `members_after`",
                );
            }
        }
        if let (Some(site), Some(cfg)) = (&loaded.site, &loaded.site.as_ref().map(|s| &s.data))
            && !self.known_bodies.contains(cfg.coordinator.get_ref())
        {
            let hint = unknown_hint(
                cfg.coordinator.get_ref(),
                self.known_bodies.iter(),
                "registry/bodies/",
            );
            self.err(
                site,
                Some(site.span(&cfg.coordinator)),
                format!("unknown body `{}`", cfg.coordinator.get_ref()),
                hint,
            );
        }
    }

    fn page(&mut self, p: &MdDoc<crate::content::RawPageMeta>, opts: &Options) -> Option<Page> {
        let m = &p.meta.data;
        if !is_valid_id(&p.slug) {
            self.err(
                &p.meta,
                None,
                format!("`{}` is not a valid page file name", p.slug),
                "use lowercase letters, digits and `-`: it becomes the page's URL",
            );
            return None;
        }
        if m.draft && !opts.drafts {
            return None;
        }
        Some(Page {
            slug: p.slug.clone(),
            title: m.title.clone(),
            description: m.description.clone(),
            order: m.order.unwrap_or(i64::MAX),
            doc: Document {
                path: p.path().to_path_buf(),
                rel: Path::new("pages").join(format!("{}.md", p.slug)),
                text: p.text.clone(),
                body_start: p.body_start,
                url: crate::urls::page(&p.slug),
                lang: None,
                heading_ids: None,
            },
        })
    }

    /// Pages live at the site root, so they must not take a section's name
    /// or a language the site is translated into (its pages' folder).
    fn page_slugs(&mut self, pages: &[Page], languages: &[String]) {
        const RESERVED: [&str; 9] = [
            "registry", "reports", "data", "css", "js", "search", "a-z", "pagefind", "404",
        ];
        for p in pages {
            if RESERVED.contains(&p.slug.as_str()) || languages.contains(&p.slug) {
                self.diags.push(
                    Diagnostic::error(
                        &p.doc.path,
                        None,
                        format!(
                            "a page cannot be called `{}`: the site uses that address",
                            p.slug
                        ),
                    )
                    .with_hint("rename the file"),
                );
            }
        }
    }
}

/// A report year's folder name as the years its period starts and ends in:
/// a year that straddles two (`2015-16` → (2015, 2016), where a State
/// reports from April or another month) or a calendar year (`2023` →
/// (2023, 2023)).
pub(crate) fn parse_year(name: &str) -> Option<(u16, u16)> {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if digits(name, 4) {
        let year: u16 = name.parse().ok()?;
        return Some((year, year));
    }
    let (a, b) = name.split_once('-')?;
    if !digits(a, 4) || !digits(b, 2) {
        return None;
    }
    let start: u16 = a.parse().ok()?;
    let short: u16 = b.parse().ok()?;
    let end = start + 1;
    (end % 100 == short).then_some((start, end))
}

fn valid_isbn13(isbn: &str) -> bool {
    let digits: Vec<u32> = isbn
        .chars()
        .filter(|c| *c != '-' && *c != ' ')
        .map(|c| c.to_digit(10))
        .collect::<Option<_>>()
        .unwrap_or_default();
    if digits.len() != 13 {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, d)| if i % 2 == 0 { *d } else { d * 3 })
        .sum();
    sum % 10 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporting_years_and_isbns() {
        assert_eq!(parse_year("2015-16"), Some((2015, 2016)));
        assert_eq!(parse_year("1999-00"), Some((1999, 2000)));
        assert_eq!(parse_year("2015-17"), None);
        assert_eq!(parse_year("2015"), Some((2015, 2015)));
        for bad in [
            "201", "20155", "+015", "2015-+6", "2015-1", "2015-", "-2015",
        ] {
            assert_eq!(parse_year(bad), None, "{bad}");
        }
        assert!(valid_isbn13("9780306406157"));
        assert!(!valid_isbn13("9780306406158"));
    }

    #[test]
    fn ids() {
        assert!(is_valid_id("care-inspectorate"));
        for bad in ["", "Care", "a_b", "-a", "a-", "a b"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }
}
