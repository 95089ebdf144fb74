//! Stage 3, render (search): the rendered pages → Pagefind's search index,
//! built in-process as bytes in memory, so `build` alone produces it and
//! the staged write puts it in place with everything else. Touches no files.
//!
//! Pagefind reads what is inside `data-pagefind-body` (the templates put it
//! on `<main>` of the pages worth finding) and the `data-pagefind-meta`
//! attributes (title, kind, year). Result URLs are root-absolute without
//! the hosting path (`/registry/bodies/hmip/`); the search page resolves
//! them against the site's root, so the site works under any sub-path.

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use crate::diagnostics::Diagnostic;
use crate::output::OutputFile;

/// Where the index goes in the output folder.
pub const BUNDLE_DIR: &str = "pagefind";

/// Pages that are not worth a search result of their own.
fn indexed(path: &str) -> bool {
    path.ends_with("index.html") && !path.starts_with("search/") && !path.starts_with("a-z/")
}

/// Builds the index of `pages`, added in the order of their paths so the
/// index is byte-identical across builds.
pub fn index(pages: &[OutputFile], language: &str) -> Result<Vec<OutputFile>, Diagnostic> {
    let fail = |what: &str, e: &dyn std::fmt::Display| {
        Diagnostic::error(
            BUNDLE_DIR,
            None,
            format!("the search index could not be built ({what}): {e}"),
        )
    };
    // Pagefind is async; it runs its blocking work on this runtime's pool.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| fail("starting its runtime", &e))?;
    runtime.block_on(async {
        let lang = language.split('-').next().unwrap_or("en").to_lowercase();
        let options = PagefindServiceConfig::builder()
            .force_language(lang)
            .build();
        let mut index = PagefindIndex::new(Some(options)).map_err(|e| fail("options", &e))?;
        // By path: the index does not change when the list of pages is
        // reordered, only when a page does.
        let mut wanted_pages: Vec<&OutputFile> =
            pages.iter().filter(|p| indexed(&p.path)).collect();
        wanted_pages.sort_by(|a, b| a.path.cmp(&b.path));
        for page in wanted_pages {
            let url = format!("/{}", page.path.trim_end_matches("index.html"));
            let html = String::from_utf8_lossy(&page.bytes).into_owned();
            index
                .add_html_file(None, Some(url), html)
                .await
                .map_err(|e| fail(&page.path, &e))?;
        }
        let files = index.get_files().await.map_err(|e| fail("writing", &e))?;
        Ok(files
            .into_iter()
            .filter(|f| wanted(&f.filename.to_string_lossy()))
            .map(|f| OutputFile {
                path: format!(
                    "{BUNDLE_DIR}/{}",
                    f.filename.to_string_lossy().replace('\\', "/")
                ),
                bytes: f.contents,
            })
            .collect())
    })
}

/// The search page uses Pagefind's JavaScript API, not its ready-made UIs.
fn wanted(name: &str) -> bool {
    ![
        "pagefind-ui",
        "pagefind-modular-ui",
        "pagefind-component-ui",
        "pagefind-highlight",
    ]
    .iter()
    .any(|ui| name.starts_with(ui))
        && !name.starts_with("playground")
}
