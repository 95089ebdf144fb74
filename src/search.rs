//! Stage 3, render (search): the rendered pages → Pagefind's search index,
//! built in-process as bytes in memory, a page at a time as the pages are
//! rendered, so `build` alone produces it and the staged write puts it in
//! place with everything else; `build` adds them on a thread of its own
//! ([`Background`]) while it renders the next. Touches no files.
//!
//! Pagefind reads what is inside `data-pagefind-body` (the templates put it
//! on `<main>` of the pages worth finding) and the `data-pagefind-meta`
//! attributes (title, kind, year). Result URLs are root-absolute without
//! the hosting path (`/registry/bodies/hmip/`); the search page resolves
//! them against the site's root, so the site works under any sub-path.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{SyncSender, sync_channel};
use std::thread::JoinHandle;

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

/// Builds the index of `pages`, added in the order of their addresses so
/// that the index is byte-identical across builds and does not change when
/// the list of pages is reordered, only when a page does: the site's own
/// language's first, then each translation's (`cy/…`), as `build` adds
/// them. `languages` are the site's, its own first.
pub fn index(pages: &[OutputFile], languages: &[String]) -> Result<Vec<OutputFile>, Diagnostic> {
    let mut wanted_pages: Vec<&OutputFile> = pages.iter().filter(|p| indexed(&p.path)).collect();
    let rank = |path: &str| {
        languages
            .iter()
            .skip(1)
            .position(|l| {
                path.strip_prefix(l.as_str())
                    .is_some_and(|r| r.starts_with('/'))
            })
            .map_or(0, |i| i + 1)
    };
    wanted_pages.sort_by_key(|p| (rank(&p.path), url(&p.path)));
    let mut index = Indexer::new(languages)?;
    for page in wanted_pages {
        index.add(page.clone())?;
    }
    index.finish()
}

/// An index being built, a page at a time: `build` adds each batch of
/// pages as it is rendered and lets it go, instead of holding them all.
/// Pages must come in the same order on every build (`build` adds them in
/// the order of their addresses, as [`index`] does).
pub struct Indexer {
    // Pagefind is async; it runs its blocking work on this runtime's pool.
    runtime: tokio::runtime::Runtime,
    index: PagefindIndex,
}

fn fail(what: &str, e: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::error(
        BUNDLE_DIR,
        None,
        format!("the search index could not be built ({what}): {e}"),
    )
}

/// A page's address without the hosting path, as search results give it.
fn url(path: &str) -> String {
    format!("/{}", path.trim_end_matches("index.html"))
}

impl Indexer {
    /// An index of a site in `languages` (its own first): one language's
    /// pages are all indexed in it; a site in several has an index per
    /// language, each page's from its `<html lang>`, and the search page
    /// loads its own language's.
    pub fn new(languages: &[String]) -> Result<Indexer, Diagnostic> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| fail("starting its runtime", &e))?;
        let options = match languages {
            [language] => {
                let lang = language.split('-').next().unwrap_or("en").to_lowercase();
                PagefindServiceConfig::builder()
                    .force_language(lang)
                    .build()
            }
            _ => PagefindServiceConfig::builder().build(),
        };
        let index = PagefindIndex::new(Some(options)).map_err(|e| fail("options", &e))?;
        Ok(Indexer { runtime, index })
    }

    /// Adds `page` if it is worth a search result of its own. Takes the
    /// page, so that its bytes go to Pagefind as they are, not copied.
    pub fn add(&mut self, page: OutputFile) -> Result<(), Diagnostic> {
        if !indexed(&page.path) {
            return Ok(());
        }
        let html = String::from_utf8(page.bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        self.runtime
            .block_on(self.index.add_html_file(None, Some(url(&page.path)), html))
            .map(|_| ())
            .map_err(|e| fail(&page.path, &e))
    }

    /// The index's files, for the output folder.
    pub fn finish(mut self) -> Result<Vec<OutputFile>, Diagnostic> {
        let files = self
            .runtime
            .block_on(self.index.get_files())
            .map_err(|e| fail("writing", &e))?;
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
    }
}

/// An [`Indexer`] on a thread of its own. Pagefind adds pages one at a
/// time, so `build` hands it each batch of rendered pages and goes on
/// rendering the next while it is added, instead of waiting for it. The
/// batches are added in the order they are sent, so the index is the one
/// [`index`] builds from the same pages in the same order.
pub struct Background {
    batches: Option<SyncSender<Vec<OutputFile>>>,
    /// Set when the index is no longer wanted (the build failed), so that
    /// the thread stops instead of building it.
    abandoned: Arc<AtomicBool>,
    thread: Option<JoinHandle<Result<Vec<OutputFile>, Diagnostic>>>,
}

/// Batches that may wait for the indexing thread: enough that rendering
/// does not stop for it, few enough to keep memory bounded.
const WAITING: usize = 2;

impl Background {
    pub fn start(languages: &[String]) -> Result<Background, Diagnostic> {
        let mut index = Indexer::new(languages)?;
        let (batches, received) = sync_channel::<Vec<OutputFile>>(WAITING);
        let abandoned = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&abandoned);
        let thread = std::thread::Builder::new()
            .name("search index".into())
            .spawn(move || {
                for batch in received {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    for page in batch {
                        index.add(page)?;
                    }
                }
                if stop.load(Ordering::Relaxed) {
                    return Ok(Vec::new());
                }
                index.finish()
            })
            .map_err(|e| fail("starting its thread", &e))?;
        Ok(Background {
            batches: Some(batches),
            abandoned,
            thread: Some(thread),
        })
    }

    /// Hands `batch` to the indexing thread, waiting only when it is
    /// [`WAITING`] batches behind. If the thread stopped on an error, the
    /// batch is dropped and [`Background::finish`] returns that error.
    pub fn add(&self, batch: Vec<OutputFile>) {
        if let Some(batches) = &self.batches {
            let _ = batches.send(batch);
        }
    }

    /// Waits for every batch to be added, then builds the index's files.
    pub fn finish(mut self) -> Result<Vec<OutputFile>, Diagnostic> {
        drop(self.batches.take());
        match self.thread.take().map(JoinHandle::join) {
            Some(Ok(files)) => files,
            _ => Err(fail("its thread stopped", &"a page could not be indexed")),
        }
    }
}

impl Drop for Background {
    /// Dropped without [`Background::finish`]: the build failed, so the
    /// thread stops without building the index.
    fn drop(&mut self) {
        self.abandoned.store(true, Ordering::Relaxed);
    }
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
