//! `index.html`: the home page. Stage 3, render: the validated site →
//! the page's bytes; touches no files.

use crate::diagnostics::Diagnostic;
use crate::html::views::*;
use crate::html::{OutputFile, Renderer};
use crate::html::{insert_vocabularies, json_ld};

impl Renderer<'_> {
    pub(super) fn home(&self) -> Result<OutputFile, Diagnostic> {
        let site = self.site;
        let reg = &site.registry;
        let mut ctx = self.page_ctx(
            "",
            &site.config.title,
            Some(&site.config.description),
            vec![],
            false,
        );
        let members: Vec<BodySummary> = reg
            .current_members()
            .map(|b| BodySummary::new(b, reg))
            .collect();
        ctx.insert("member_count", &members.len());
        ctx.insert("members", &members);
        insert_vocabularies(&mut ctx, reg);
        ctx.insert("reports", &self.report_refs());
        ctx.insert("json_ld", &json_ld(&self.website_ld()));
        self.html("index.html", "", &ctx, "the home page")
    }

    fn website_ld(&self) -> serde_json::Value {
        let c = &self.site.config;
        serde_json::json!({
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": c.title,
            "description": c.description,
            "url": c.base_url,
            "inLanguage": c.language,
            "publisher": self.npm_ld(),
            "potentialAction": {
                "@type": "SearchAction",
                "target": format!("{}search/?q={{search_term_string}}", c.base_url),
                "query-input": "required name=search_term_string",
            },
        })
    }
}
