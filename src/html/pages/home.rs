//! `index.html`: the home page. Stage 3, render: the validated site →
//! the page's bytes; touches no files.

use crate::diagnostics::Diagnostic;
use crate::html::views::*;
use crate::html::{OutputFile, Renderer};
use crate::html::{Vocabularies, json_ld};
use serde::Serialize;

#[derive(Serialize)]
struct View {
    member_count: usize,
    members: Vec<BodySummary>,
    #[serde(flatten)]
    vocabularies: Vocabularies,
    reports: Vec<ReportRef>,
}

impl Renderer<'_> {
    pub(super) fn home(&self) -> Result<OutputFile, Diagnostic> {
        let site = self.site;
        let reg = &site.registry;
        let mut frame = self.frame(
            "",
            &site.config.title,
            Some(&site.config.description),
            vec![],
            false,
        );
        frame.json_ld = json_ld(&self.website_ld());
        let members: Vec<BodySummary> = reg
            .current_members()
            .map(|b| BodySummary::new(b, reg))
            .collect();
        let view = View {
            member_count: members.len(),
            members,
            vocabularies: Vocabularies::new(reg),
            reports: self.report_refs(),
        };
        self.render_page("index.html", "", &frame, &view, "the home page")
    }

    fn website_ld(&self) -> serde_json::Value {
        let c = &self.site.config;
        serde_json::json!({
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": c.title,
            "description": c.description,
            "url": c.pages_base(),
            "inLanguage": c.language,
            "publisher": self.npm_ld(),
            "potentialAction": {
                "@type": "SearchAction",
                "target": format!("{}search/?q={{search_term_string}}", c.pages_base()),
                "query-input": "required name=search_term_string",
            },
        })
    }
}
