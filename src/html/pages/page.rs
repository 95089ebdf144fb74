//! `<slug>/`: a page from `content/pages/` (about, OPCAT, contact...).
//! Stage 3, render: the validated site → the page's bytes; touches no
//! files.

use crate::diagnostics::Diagnostic;
use crate::html::views::*;
use crate::html::{OutputFile, Renderer};
use serde::Serialize;

use crate::html::{SearchMeta, root_for};
use crate::markdown;

#[derive(Serialize)]
struct View<'a> {
    page: PageView<'a>,
}

#[derive(Serialize)]
struct PageView<'a> {
    slug: &'a str,
    title: &'a str,
    description: Option<&'a str>,
    content: &'a str,
    toc: &'a [markdown::TocEntry],
}

impl Renderer<'_> {
    pub(super) fn static_page(
        &self,
        i: usize,
        crumbs: Vec<Link>,
    ) -> Result<OutputFile, Diagnostic> {
        let site = self.site;
        let p = &site.pages[i];
        let mut frame = self.frame(
            &p.doc.url,
            &p.title,
            p.description.as_deref(),
            crumbs,
            false,
        );
        frame.search = Some(SearchMeta::new(self.words.text("search-kind-page"), None));
        frame.text_lang = p.doc.lang.clone();
        let rendered = self.markdown(&p.doc, &root_for(&p.doc.url));
        let toc = crate::html::untranslated::toc(&rendered.toc, p.doc.lang.is_some());
        let view = View {
            page: PageView {
                slug: &p.slug,
                title: &p.title,
                description: p.description.as_deref(),
                content: &rendered.html,
                toc: &toc,
            },
        };
        self.render_page(
            "page.html",
            &p.doc.url,
            &frame,
            &view,
            &p.doc.path.display().to_string(),
        )
    }
}
