//! `registry/settings/<setting>/<nation>/`: the finder's answer for one
//! kind of detention in one nation. Stage 3, render: the validated site →
//! the page's bytes; touches no files.

use crate::diagnostics::Diagnostic;
use crate::html::views::*;
use crate::html::{OutputFile, Renderer};
use serde::Serialize;

use crate::html::Vocabularies;

#[derive(Serialize)]
struct FinderView {
    setting: Ref,
    nation: Ref,
    url: String,
    /// The setting's name inside a sentence: "police custody".
    setting_phrase: String,
    current: Vec<FinderEntry>,
    former: Vec<FinderEntry>,
}

#[derive(Serialize)]
struct FinderEntry {
    #[serde(flatten)]
    entry: CoverageEntry,
    designated: crate::content::date::DateView,
    ended: Option<crate::content::date::DateView>,
}

#[derive(Serialize)]
struct View {
    finder: FinderView,
    citations: Vec<Citation>,
    #[serde(flatten)]
    vocabularies: Vocabularies,
}

impl Renderer<'_> {
    pub(super) fn finder_page(
        &self,
        si: usize,
        ni: usize,
        crumbs: Vec<Link>,
    ) -> Result<OutputFile, Diagnostic> {
        let reg = &self.site.registry;
        let (s, n) = (&reg.settings[si], &reg.nations[ni]);
        let url = finder_url(&s.id, &n.id);
        let title = self.words.tf(
            "title-finder",
            &[
                ("setting", s.name.as_str().into()),
                ("nation", n.name.as_str().into()),
            ],
        );
        let description = self.words.tf(
            "finder-description",
            &[
                ("npm", self.site.config.npm_name.as_str().into()),
                ("setting", lower_first(&s.name).into()),
                ("nation", n.name.as_str().into()),
            ],
        );
        let frame = self.frame(&url, &title, Some(&description), crumbs, false);
        let mut citer = Citer::new(reg);
        let mut current = Vec::new();
        let mut former = Vec::new();
        for (b, c) in reg.monitors(&s.id, &n.id) {
            let entry = FinderEntry {
                entry: coverage_entry(b, c, reg, &mut citer),
                designated: b.designated.into(),
                ended: b.ended.as_ref().map(|e| e.date.into()),
            };
            if b.is_current() {
                current.push(entry);
            } else {
                former.push(entry);
            }
        }
        let view = View {
            finder: FinderView {
                setting: setting_ref(s),
                nation: nation_ref(n),
                url: url.clone(),
                setting_phrase: lower_first(&s.name),
                current,
                former,
            },
            citations: citer.citations(),
            vocabularies: Vocabularies::new(reg),
        };
        self.render_page("registry/finder.html", &url, &frame, &view, &url)
    }
}

/// A name for the middle of a sentence: "Police custody" → "police
/// custody", but "HMP Berwyn" and "Terrorism Act" keep their capitals after
/// the first word.
fn lower_first(name: &str) -> String {
    // A name shown in the original's language keeps its marks around it.
    if let Some(inner) = name.strip_prefix(crate::translate::ORIGINAL) {
        return format!("{}{}", crate::translate::ORIGINAL, lower_first(inner));
    }
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => first
            .to_lowercase()
            .chain(name[first.len_utf8()..].chars())
            .collect(),
        _ => name.to_string(),
    }
}

/// The finder's static page for one setting in one nation.
pub fn finder_url(setting: &str, nation: &str) -> String {
    crate::urls::finder(setting, nation)
}

#[cfg(test)]
mod tests {
    #[test]
    fn lower_first_keeps_acronyms_and_later_capitals() {
        assert_eq!(super::lower_first("Police custody"), "police custody");
        assert_eq!(
            super::lower_first("Detention under the Terrorism Act"),
            "detention under the Terrorism Act"
        );
        assert_eq!(super::lower_first("HMP Berwyn"), "HMP Berwyn");
        assert_eq!(super::lower_first(""), "");
    }

    #[test]
    fn lower_first_keeps_the_marks_of_a_name_in_the_original() {
        use crate::translate::{END, ORIGINAL};
        let marked = format!("{ORIGINAL}Police custody{END}");
        assert_eq!(
            super::lower_first(&marked),
            format!("{ORIGINAL}police custody{END}")
        );
    }
}
