//! The frame every page shares, around the page's own view: where the page
//! is, its title, breadcrumbs, search metadata and schema.org data, and
//! rendering a page's typed context with its template. Stage 3, render;
//! touches no files.

use serde::Serialize;
use tera::Context;

use super::views::{Link, Ref, nation_ref, setting_ref};
use super::{OutputFile, Renderer};
use crate::diagnostics::Diagnostic;

/// What every page's layout reads beside the page's own view: where it
/// is, its title and description, its breadcrumbs, whether it is sample
/// text, what the search index records and its schema.org data.
#[derive(Serialize)]
pub(super) struct Frame<'a> {
    pub(super) root: String,
    /// The page's address from its language's root (`reports/2016-17/`):
    /// the language switcher links to the same address in the others.
    pub(super) url: String,
    /// The language of the page's own text (title, summary, text) when it
    /// is not the page's: an original not yet translated.
    pub(super) text_lang: Option<String>,
    pub(super) title: String,
    pub(super) description: Option<String>,
    pub(super) canonical: String,
    pub(super) breadcrumbs: Vec<Link>,
    pub(super) sample: bool,
    pub(super) search: Option<SearchMeta<'a>>,
    pub(super) json_ld: Option<String>,
}

/// The setting and nation lists that index pages link to.
#[derive(Serialize)]
pub(super) struct Vocabularies {
    settings: Vec<Ref>,
    nations: Vec<Ref>,
}

impl Vocabularies {
    pub(super) fn new(reg: &crate::registry::Registry) -> Self {
        Vocabularies {
            settings: reg.settings.iter().map(setting_ref).collect(),
            nations: reg.nations.iter().map(nation_ref).collect(),
        }
    }
}

/// What the search index records about a page: shown beside its title in
/// the results.
#[derive(Serialize)]
pub(super) struct SearchMeta<'a> {
    kind: String,
    year: Option<&'a str>,
    /// Filters the search page can narrow results by: (filter, value).
    pub(super) filters: Vec<SearchFilter>,
}

/// One value of one search filter (Pagefind's `data-pagefind-filter`).
#[derive(Serialize)]
pub(super) struct SearchFilter {
    pub(super) name: &'static str,
    pub(super) value: String,
}

impl<'a> SearchMeta<'a> {
    pub(super) fn new(kind: String, year: Option<&'a str>) -> Self {
        SearchMeta {
            kind,
            year,
            filters: Vec::new(),
        }
    }
}

/// schema.org JSON-LD, safe inside `<script>`: `<`, `>` and `&` are escaped
/// so no text from the content can end the element. The marks of text in
/// the original's language (`translate::marked`) are taken out: JSON would
/// keep them as `\u0004`, out of the reach of `untranslated::resolve`.
pub(super) fn json_ld(value: &serde_json::Value) -> Option<String> {
    let mut value = value.clone();
    unmark(&mut value);
    Some(
        serde_json::to_string(&value)
            .unwrap_or_default()
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026"),
    )
}

fn unmark(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(s) => {
            if let std::borrow::Cow::Owned(plain) = crate::translate::plain(s) {
                *s = plain;
            }
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(unmark),
        serde_json::Value::Object(o) => o.values_mut().for_each(unmark),
        _ => {}
    }
}

/// `"../../"` for `reports/2015-16/`.
pub(super) fn root_for(url: &str) -> String {
    "../".repeat(url.matches('/').count())
}

/// `/npm/` for `https://example.org/npm/`.
pub(super) fn base_path(base_url: &str) -> String {
    let after_scheme = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].to_string(),
        None => "/".into(),
    }
}

impl Renderer<'_> {
    /// The frame of the page at `url`: not in the search index and with no
    /// structured data unless the page sets them.
    pub(super) fn frame<'s>(
        &self,
        url: &str,
        title: &str,
        description: Option<&str>,
        breadcrumbs: Vec<Link>,
        sample: bool,
    ) -> Frame<'s> {
        Frame {
            root: root_for(url),
            url: url.to_string(),
            text_lang: None,
            title: title.to_string(),
            description: description.map(str::to_string),
            canonical: format!(
                "{}{}{url}",
                self.site.config.base_url, self.templates.folder
            ),
            breadcrumbs,
            sample,
            search: None,
            json_ld: None,
        }
    }

    /// Renders `template` with the page's own `view` (a struct of what it
    /// shows) and its frame, to `<url>index.html`.
    pub(super) fn render_page(
        &self,
        template: &str,
        url: &str,
        frame: &Frame,
        view: &impl Serialize,
        what: &str,
    ) -> Result<OutputFile, Diagnostic> {
        let mut ctx = self.context(template, view, what)?;
        ctx.extend(self.context(template, frame, what)?);
        self.html(template, url, &ctx, what)
    }

    /// A template's context from a struct.
    pub(super) fn context(
        &self,
        template: &str,
        value: &impl Serialize,
        what: &str,
    ) -> Result<Context, Diagnostic> {
        Context::from_serialize(value).map_err(|e| {
            Diagnostic::error(
                self.templates.path(template),
                None,
                format!("cannot give {what} to its template: {e}"),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn roots_and_base_paths() {
        assert_eq!(super::root_for(""), "");
        assert_eq!(super::root_for("reports/2015-16/"), "../../");
        assert_eq!(super::base_path("https://example.org/npm/"), "/npm/");
        assert_eq!(super::base_path("https://example.org/"), "/");
    }
}
