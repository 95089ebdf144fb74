//! `serve`: builds the site into the output folder, serves it on
//! 127.0.0.1, and rebuilds when the content, templates or theme change.
//!
//! What a change costs:
//! - a theme file (CSS, scripts, images) is copied, nothing is rendered;
//! - anything else renders every page and data file again in memory (tens
//!   of milliseconds for the UK site) and writes only the files whose bytes
//!   changed; open pages showing one of them reload;
//! - PDFs (each year's, in each language the site is published in) and the
//!   search index are rebuilt on a thread of their own, so the pages are
//!   not held up by them, and a year's PDF is typeset again only when its
//!   source, the report template, its images or the fonts changed.
//!
//! A failed build changes nothing on disk: its problems are printed and
//! shown over every open page, which keeps the last good site.

mod http;

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use notify_debouncer_full::notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};
use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Report, Sources};
use crate::html::hash_of;
use crate::output::OutputFile;
use crate::{BuildOptions, Prepared, output};

/// `serve`'s settings.
pub struct ServeOptions {
    /// Where the sources are and where the site is written. The base URL is
    /// replaced by the server's own address.
    pub build: BuildOptions,
    /// The port to try first; 0 for any free one.
    pub port: u16,
}

/// Stands for "everything may have changed" among the changed paths.
const RESCAN: &str = "(every file: the watcher lost track)";

/// How long the watcher waits for an editor's burst of events to end.
const QUIET: Duration = Duration::from_millis(40);

/// Builds, serves and rebuilds until the process is stopped. Returns only
/// when serving cannot start (the output folder is unsafe to replace, no
/// port can be had, the sources cannot be watched).
pub fn serve(opts: ServeOptions) -> Result<(), Diagnostic> {
    let ServeOptions { mut build, port } = opts;
    output::check_target(&build.output, &build.protected())?;
    let listener = bind(port)?;
    let addr = listener
        .local_addr()
        .map_err(|e| Diagnostic::error("serve", None, format!("no address to serve on: {e}")))?;
    let url = format!("http://{addr}/");
    build.base_url = Some(url.clone());

    let (tx, rx) = channel();
    let live = Arc::new(http::Live::new());
    let (slow_tx, slow_rx) = channel();
    {
        let (tx, theme, template) = (
            tx.clone(),
            build.theme.clone(),
            build.templates.join("report.typ"),
        );
        std::thread::Builder::new()
            .name("serve-slow".into())
            .stack_size(64 << 20)
            .spawn(move || slow_worker(&slow_rx, &tx, &theme, &template))
            .map_err(|e| Diagnostic::error("serve", None, format!("cannot start a thread: {e}")))?;
    }
    // The watcher starts before the first build, so no save is missed.
    let _watcher = watch(&build, tx.clone())?;

    start_server(listener, build.output.clone(), live.clone())?;
    let mut builder = Builder {
        served: Served::new(&build.output),
        opts: build,
        live,
        pdf_sizes: HashMap::new(),
        cache: crate::html::RenderCache::default(),
        slow: slow_tx,
        fonts_pending: false,
        page_errors: None,
        copy_errors: None,
        slow_errors: None,
        last: None,
        behind: false,
    };
    builder.rebuild(true);
    say(&format!(
        "serving {} at {url} (Ctrl-C to stop)",
        builder.opts.output.display()
    ));

    builder.run(&rx);
    Ok(())
}

/// Starts the web server on a thread of its own, and returns once it
/// listens and Ctrl-C is handled.
fn start_server(
    listener: std::net::TcpListener,
    root: PathBuf,
    live: Arc<http::Live>,
) -> Result<(), Diagnostic> {
    let fail = |e: &dyn std::fmt::Display| {
        Diagnostic::error("serve", None, format!("cannot start the web server: {e}"))
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| fail(&e))?;
    let (ready_tx, ready_rx) = channel();
    std::thread::Builder::new()
        .name("serve-http".into())
        .spawn(move || {
            runtime.block_on(async move {
                // Polled once here, so Ctrl-C is ours before `serve` says
                // it is serving.
                let mut ctrl_c = Box::pin(tokio::signal::ctrl_c());
                let _ = futures_util::FutureExt::now_or_never(&mut ctrl_c);
                let stopped_root = root.clone();
                tokio::spawn(async move {
                    if ctrl_c.await.is_ok() {
                        stopped(&stopped_root);
                    }
                });
                let _ = ready_tx.send(());
                if let Err(e) = http::run(listener, root, live).await {
                    eprintln!("error: the web server stopped: {e}");
                    std::process::exit(2);
                }
            });
        })
        .map_err(|e| fail(&e))?;
    ready_rx
        .recv()
        .map_err(|_| fail(&"it stopped as it started"))
}

/// The port asked for, or any free one when it is taken.
fn bind(port: u16) -> Result<std::net::TcpListener, Diagnostic> {
    let fail = |e: std::io::Error| {
        Diagnostic::error("serve", None, format!("cannot listen on 127.0.0.1: {e}"))
    };
    match std::net::TcpListener::bind(("127.0.0.1", port)) {
        Ok(l) => Ok(l),
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
            let l = std::net::TcpListener::bind(("127.0.0.1", 0)).map_err(fail)?;
            if let Ok(a) = l.local_addr() {
                say(&format!(
                    "port {port} is in use; using {} instead",
                    a.port()
                ));
            }
            Ok(l)
        }
        Err(e) => Err(fail(e)),
    }
}

fn stopped(root: &Path) -> ! {
    say(&format!(
        "stopped. {} holds a preview build whose links point at this server: \
         run `opcat-press build` before publishing it",
        root.display()
    ));
    std::process::exit(0);
}

/// One line for the person running the server.
fn say(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{line}");
}

/// What reaches the builder's loop.
enum Event {
    /// Files under the watched folders changed.
    Changed(Vec<PathBuf>),
    /// The watcher reported a problem.
    WatchError(String),
    /// The search index is rebuilt.
    Search(Result<Vec<OutputFile>, Diagnostic>),
    /// The PDFs are typeset.
    Pdfs(PdfsDone),
}

struct PdfsDone {
    result: Result<crate::pdf::Typeset, Vec<Diagnostic>>,
    sources: Sources,
    took: Duration,
}

/// Work for the slow thread: the latest good site and its pages.
struct SlowJob {
    site: Arc<crate::site::Site>,
    /// The site in each language it is translated into, by its folder
    /// (`cy/`): their PDFs too.
    translated: Vec<(String, crate::site::Site)>,
    pages: Vec<OutputFile>,
    /// The PDFs' sizes the pages give.
    pdf_sizes: HashMap<String, usize>,
    fonts_changed: bool,
}

fn watch(
    opts: &BuildOptions,
    tx: Sender<Event>,
) -> Result<Debouncer<RecommendedWatcher, RecommendedCache>, Diagnostic> {
    let mut debouncer = new_debouncer(QUIET, None, move |result: DebounceEventResult| {
        let event = match result {
            Ok(events) => {
                // Events were lost (too many at once): rebuild everything.
                let rescan = events.iter().any(|e| e.need_rescan());
                let mut paths: Vec<PathBuf> = events
                    .into_iter()
                    .filter(|e| !matches!(e.kind, EventKind::Access(_)))
                    .flat_map(|e| e.event.paths)
                    .collect();
                if rescan {
                    paths.push(PathBuf::from(RESCAN));
                }
                paths.sort();
                paths.dedup();
                Event::Changed(paths)
            }
            Err(errors) => Event::WatchError(
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
        };
        let _ = tx.send(event);
    })
    .map_err(|e| Diagnostic::error("serve", None, format!("cannot watch for changes: {e}")))?;
    for dir in opts.protected() {
        if dir.is_dir() {
            debouncer
                .watch(absolute(dir), RecursiveMode::Recursive)
                .map_err(|e| {
                    Diagnostic::error(dir, None, format!("cannot watch this folder: {e}"))
                        .with_hint("on Linux, raise fs.inotify.max_user_watches")
                })?;
        }
    }
    Ok(debouncer)
}

/// Files editors write beside the real one while saving, and hidden files.
fn ignored(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return true;
    };
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name == "4913"
        || [".swp", ".swx", ".tmp", ".bak"]
            .iter()
            .any(|ext| name.ends_with(ext))
}

struct Builder {
    opts: BuildOptions,
    served: Served,
    live: Arc<http::Live>,
    /// Rendered pages and documents kept between rebuilds.
    cache: crate::html::RenderCache,
    /// The PDFs' sizes the pages were last rendered with.
    pdf_sizes: HashMap<String, usize>,
    slow: Sender<SlowJob>,
    /// The fonts changed since the PDFs were last asked for.
    fonts_pending: bool,
    /// The last page build's problems, as shown over open pages.
    page_errors: Option<String>,
    /// The last theme copy's problems.
    copy_errors: Option<String>,
    /// The last PDF build's problems.
    slow_errors: Option<String>,
    /// The last good build: its site, templates, and the downloads' sizes
    /// its pages give, from which a saved chapter is shown at once.
    last: Option<Last>,
    /// A chapter was shown before the rest of the site was rebuilt: the
    /// next rebuild, of any cause, must render everything.
    behind: bool,
}

struct Last {
    site: Arc<crate::site::Site>,
    templates: crate::html::Templates,
    sizes: HashMap<String, usize>,
}

impl Builder {
    fn run(&mut self, rx: &Receiver<Event>) {
        // Events taken off the channel to look ahead, not yet handled.
        let mut backlog: std::collections::VecDeque<Event> = Default::default();
        loop {
            let first = match backlog.pop_front() {
                Some(e) => e,
                None if self.behind => match rx.try_recv() {
                    Ok(e) => e,
                    Err(_) => {
                        // Nothing else came: now the rest of the site.
                        self.rebuild(false);
                        continue;
                    }
                },
                None => match rx.recv() {
                    Ok(e) => e,
                    Err(_) => return,
                },
            };
            // Everything that arrived meanwhile is handled in one go.
            let mut changed = Vec::new();
            let rest: Vec<Event> = backlog.drain(..).chain(rx.try_iter()).collect();
            for event in std::iter::once(first).chain(rest) {
                match event {
                    Event::Changed(paths) => changed.extend(paths),
                    Event::WatchError(e) => say(&format!("warning: watching for changes: {e}")),
                    Event::Search(result) => self.search_done(result),
                    Event::Pdfs(done) => self.pdfs_done(done),
                }
            }
            changed.retain(|p| !self.is_hidden(p));
            changed.sort();
            changed.dedup();
            if changed.is_empty() {
                continue;
            }
            if self.show_chapter_first(&changed) {
                // The rest follows once no other save is waiting.
                self.behind = true;
                backlog.extend(rx.try_iter());
                continue;
            }
            self.changed(&changed);
        }
    }

    /// A saved chapter whose front matter, headings and links are as they
    /// were (the usual edit: its text) is rendered on its own and shown at
    /// once, from the last good build; the rest of the site follows. Any
    /// other change, or anything to report, takes the whole rebuild.
    fn show_chapter_first(&mut self, paths: &[PathBuf]) -> bool {
        let started = Instant::now();
        let ([path], Some(last), true, None) = (
            paths,
            self.last.as_ref(),
            self.served.ready,
            self.page_errors.as_ref(),
        ) else {
            return false;
        };
        let Ok(rel) = path.strip_prefix(absolute(&self.opts.content)) else {
            return false;
        };
        let site = &last.site;
        let Some((year, i)) = site.reports.iter().find_map(|r| {
            r.chapters
                .iter()
                .position(|c| c.doc.rel == rel)
                .map(|i| (r, i))
        }) else {
            return false;
        };
        let old = &year.chapters[i].doc;
        let Ok(text) = std::fs::read_to_string(path) else {
            return false;
        };
        let front = &old.text[..old.body_start];
        if !front.ends_with('\n') || !text.starts_with(front) || *text == *old.text {
            return false;
        }
        let new_body = &text[old.body_start..];
        let analysis = crate::markdown::analyze(new_body);
        // Recommendations are checked across the site: an edit that adds,
        // removes or changes one (not only its text) waits for the rebuild.
        let blocks = |a: &crate::markdown::Analysis| -> Vec<_> {
            a.recommendations
                .iter()
                .map(|b| (b.id.as_ref().map(|(id, _)| id.clone()), b.values_owned()))
                .collect()
        };
        if !analysis.recommendation_problems.is_empty()
            || blocks(&analysis) != blocks(&crate::markdown::analyze(old.markdown()))
        {
            return false;
        }
        if site.links.heading_ids(&old.rel) != Some(&analysis.heading_ids()) {
            // Links to its headings from elsewhere may break, or mend.
            return false;
        }
        let mut changed = year.clone();
        let chapter = &mut changed.chapters[i];
        chapter.doc.text = Arc::from(text);
        chapter.words = analysis.words;
        // An error is reported by the whole rebuild; warnings are printed
        // by the one that follows.
        let problems = crate::validate::check_markdown(&chapter.doc, &analysis, &site.links);
        if problems
            .iter()
            .any(|d| d.severity == crate::diagnostics::Severity::Error)
        {
            return false;
        }
        let Ok(page) = crate::html::render_chapter(
            site,
            &last.templates,
            &last.sizes,
            Some(&self.cache),
            &changed,
            i,
        ) else {
            return false;
        };
        say(&format!("changed: {}", shown(path)));
        match self.served.update_one(&page.path, &page.bytes) {
            Ok(true) => {
                say(&format!(
                    "updated {} in {} ms; the rest follows",
                    page.path,
                    started.elapsed().as_millis()
                ));
                self.live.reload(std::slice::from_ref(&page.path));
            }
            Ok(false) => {}
            Err(_) => return false,
        }
        true
    }

    /// Hidden and editor's files, anywhere under the watched folders.
    fn is_hidden(&self, path: &Path) -> bool {
        let inside = self
            .opts
            .protected()
            .iter()
            .find_map(|dir| path.strip_prefix(absolute(dir)).ok().map(Path::to_path_buf));
        match inside {
            Some(rel) => rel.iter().any(|c| ignored(Path::new(c))) || ignored(&rel),
            None => ignored(path),
        }
    }

    fn changed(&mut self, paths: &[PathBuf]) {
        let theme = absolute(&self.opts.theme);
        let fonts = theme.join("fonts");
        let shown: Vec<String> = paths.iter().map(|p| shown(p)).collect();
        let more = shown.len().saturating_sub(3);
        say(&format!(
            "changed: {}{}",
            shown[..shown.len().min(3)].join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        ));
        self.fonts_pending |= paths.iter().any(|p| p.starts_with(&fonts));
        // A theme file saved or removed is copied or removed on its own; a
        // folder moved or removed needs the whole list of theme files.
        let theme_files_only = paths.iter().all(|p| {
            p.starts_with(&theme)
                && !p.starts_with(&fonts)
                && (p.is_file() || (!p.exists() && self.served.has(&theme_path(p, &theme))))
        });
        if theme_files_only && self.served.ready && !self.behind {
            self.copy_theme_files(paths, &theme);
        } else {
            self.rebuild(false);
        }
    }

    /// Copies the changed theme files; nothing is rendered.
    fn copy_theme_files(&mut self, paths: &[PathBuf], theme: &Path) {
        let started = Instant::now();
        let copies: Vec<output::Copy> = paths
            .iter()
            .map(|p| output::Copy {
                from: p.clone(),
                to: theme_path(p, theme),
            })
            .collect();
        match self.served.update_copies(&copies) {
            Ok(written) => {
                self.copy_errors = None;
                self.show_errors();
                say(&format!(
                    "copied {} theme file(s) in {} ms",
                    written.len(),
                    started.elapsed().as_millis()
                ));
                self.live.reload(&written);
            }
            Err(d) => {
                let report = Report::from(vec![d]);
                self.copy_errors = Some(report.render(&Sources::default()));
                self.show_errors();
                print(&report, &Sources::default());
            }
        }
    }

    /// Renders every page again and writes what changed.
    fn rebuild(&mut self, first: bool) {
        self.behind = false;
        let started = Instant::now();
        let mut report = Report::default();
        let mut sources = Sources::default();
        let built = crate::prepare(&self.opts, &mut report, &mut sources).and_then(|prepared| {
            let (pages, sizes) =
                crate::pages_and_sizes(&prepared, &self.pdf_sizes, Some(&self.cache))
                    .map_err(|d| report.extend(d))
                    .ok()?;
            let Prepared {
                site,
                templates,
                translated,
            } = prepared;
            let copies = crate::copies(&site, &self.opts)
                .map_err(|d| report.extend(d))
                .ok()?;
            let translated: Vec<_> = translated
                .into_iter()
                .map(|t| (t.templates.folder, t.site))
                .collect();
            Some((site, templates, translated, pages, sizes, copies))
        });
        report.sort(&sources);
        let Some((site, templates, translated, pages, sizes, copies)) =
            built.filter(|_| !report.has_errors())
        else {
            self.last = None;
            self.failed_pages(report, &sources);
            return;
        };
        let site = Arc::new(site);
        print(&report, &sources);
        let written = match self.served.update(Origin::Pages, &pages, &copies) {
            Ok(w) => w,
            Err(d) => {
                self.failed_pages(Report::from(vec![d]), &Sources::default());
                return;
            }
        };
        let count = pages.iter().filter(|f| f.path.ends_with(".html")).count();
        if first {
            say(&format!(
                "built {count} pages in {} ms; the search index and {} PDF(s) follow",
                started.elapsed().as_millis(),
                pdf_count(&site, &translated)
            ));
        } else {
            say(&format!(
                "rebuilt {count} pages in {} ms: {} file(s) changed",
                started.elapsed().as_millis(),
                written.len()
            ));
        }
        let was_broken = self.page_errors.take().is_some();
        self.copy_errors = None;
        self.show_errors();
        if was_broken {
            say("the site builds again");
        }
        self.live.reload(&written);
        self.last = Some(Last {
            site: site.clone(),
            templates,
            sizes,
        });
        let _ = self.slow.send(SlowJob {
            site,
            translated,
            pages,
            pdf_sizes: self.pdf_sizes.clone(),
            fonts_changed: std::mem::take(&mut self.fonts_pending),
        });
    }

    fn failed_pages(&mut self, report: Report, sources: &Sources) {
        self.page_errors = Some(report.render(sources));
        self.show_errors();
        print(&report, sources);
        say(&format!(
            "build failed: {} error(s); {}",
            report.count(crate::diagnostics::Severity::Error),
            if self.served.ready {
                "still serving the last good site"
            } else {
                "the site is served once it builds"
            }
        ));
    }

    fn show_errors(&self) {
        let parts: Vec<&str> = [&self.page_errors, &self.copy_errors, &self.slow_errors]
            .into_iter()
            .filter_map(|e| e.as_deref())
            .collect();
        self.live
            .set_errors((!parts.is_empty()).then(|| parts.join("\n")));
    }

    fn search_done(&mut self, result: Result<Vec<OutputFile>, Diagnostic>) {
        let written = result.and_then(|files| self.served.update(Origin::Search, &files, &[]));
        match written {
            Ok(written) => self.live.reload(&written),
            Err(d) => print(&Report::from(vec![d]), &Sources::default()),
        }
    }

    fn pdfs_done(&mut self, done: PdfsDone) {
        let typeset = match done.result {
            Ok(t) => t,
            Err(diags) => {
                self.failed_pdfs(Report::from(diags), &done.sources);
                return;
            }
        };
        let failed = typeset
            .errors
            .iter()
            .any(|d| d.severity == crate::diagnostics::Severity::Error);
        if !failed {
            if !typeset.errors.is_empty() {
                print(&Report::from(typeset.errors.clone()), &done.sources);
            }
            if self.slow_errors.take().is_some() {
                self.show_errors();
                say("the PDFs build again");
            }
        } else {
            self.failed_pdfs(Report::from(typeset.errors), &done.sources);
        }
        if let Err(d) = self.served.update(Origin::Pdfs, &typeset.files, &[]) {
            print(&Report::from(vec![d]), &Sources::default());
            return;
        }
        if typeset.typeset > 0 {
            say(&format!(
                "typeset {} PDF(s) in {} ms ({} unchanged)",
                typeset.typeset,
                done.took.as_millis(),
                typeset.unchanged
            ));
        }
        // The year pages give each PDF's size: render them again when the
        // sizes differ from those they show.
        let sizes = crate::sizes_of(&typeset.files);
        if sizes != self.pdf_sizes {
            self.pdf_sizes = sizes;
            self.rebuild(false);
        }
    }

    fn failed_pdfs(&mut self, mut report: Report, sources: &Sources) {
        report.sort(sources);
        self.slow_errors = Some(report.render(sources));
        self.show_errors();
        print(&report, sources);
        say("a PDF failed; its last good version stays");
    }
}

/// Diagnostics for the person running the server, coloured on a terminal.
fn print(report: &Report, sources: &Sources) {
    let text = report.render_styled(sources, true);
    if !text.is_empty() {
        anstream::eprint!("{text}");
    }
}

/// A file's modification time and size.
type Stamp = (std::time::SystemTime, u64);

fn stamp(path: &Path) -> Option<Stamp> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

/// A theme file's place in the output folder.
fn theme_path(path: &Path, theme: &Path) -> String {
    path.strip_prefix(theme)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// A path as the person running the server would write it.
fn shown(path: &Path) -> String {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| {
            path.strip_prefix(absolute(&cwd))
                .ok()
                .map(Path::to_path_buf)
        })
        .unwrap_or_else(|| path.to_path_buf())
        .display()
        .to_string()
}

/// The path the watcher reports for a folder: absolute, links resolved.
fn absolute(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}

/// The PDFs, then the search index, for the newest job; jobs that queued
/// meanwhile are folded into it. Keeps the PDFs typeset so far and the
/// last index, so unchanged work is not done again. The very first index
/// comes before the PDFs, so search works early on a big site.
fn slow_worker(rx: &Receiver<SlowJob>, tx: &Sender<Event>, theme: &Path, template: &Path) {
    let mut cache = crate::pdf::Cache::new(theme);
    let mut indexed: Option<u64> = None;
    while let Ok(mut job) = rx.recv() {
        let mut fonts_changed = job.fonts_changed;
        for newer in rx.try_iter() {
            fonts_changed |= newer.fonts_changed;
            job = newer;
        }
        if fonts_changed {
            cache.reload_fonts();
        }
        let key = pages_key(&job.pages);
        let index = |indexed: &mut Option<u64>| {
            if *indexed == Some(key) {
                return true;
            }
            let result = crate::search::index(&job.pages, &crate::html::languages(&job.site));
            *indexed = result.is_ok().then_some(key);
            tx.send(Event::Search(result)).is_ok()
        };
        if indexed.is_none() && !index(&mut indexed) {
            return;
        }
        let started = Instant::now();
        let mut sources = Sources::default();
        let mut editions = vec![crate::pdf::Edition {
            folder: "",
            site: &job.site,
        }];
        editions.extend(
            job.translated
                .iter()
                .map(|(folder, site)| crate::pdf::Edition { folder, site }),
        );
        let result = cache.render(&editions, template, &mut sources);
        // When the PDFs' sizes differ from those the pages give, the
        // builder renders the pages again and sends them: index those.
        let sizes_changed = result
            .as_ref()
            .is_ok_and(|t| crate::sizes_of(&t.files) != job.pdf_sizes);
        let done = PdfsDone {
            result,
            sources,
            took: started.elapsed(),
        };
        if tx.send(Event::Pdfs(done)).is_err() {
            return;
        }
        if !sizes_changed && !index(&mut indexed) {
            return;
        }
    }
}

/// How many PDFs the site makes: each year's, and in each language it is
/// translated into, each year's that has its own there.
fn pdf_count(site: &crate::site::Site, translated: &[(String, crate::site::Site)]) -> usize {
    let own = |(_, t): &(String, crate::site::Site)| {
        t.built_reports()
            .filter(|r| crate::translate::has_own_pdf(r, &t.config.language))
            .count()
    };
    site.built_reports().count() + translated.iter().map(own).sum::<usize>()
}

fn pages_key(pages: &[OutputFile]) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for p in pages {
        p.path.hash(&mut h);
        p.bytes.hash(&mut h);
    }
    h.finish()
}

/// Which rebuild wrote a file: each removes only its own files that it no
/// longer makes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Origin {
    Pages,
    Search,
    Pdfs,
}

/// The output folder as `serve` keeps it: what it holds, by hash, so that a
/// rebuild writes only the files whose bytes changed.
struct Served {
    root: PathBuf,
    files: HashMap<String, (u64, Origin)>,
    /// Copied files: where from, and that file's modification time and
    /// size when it was copied. A copy whose source is as it was is neither
    /// read nor written again (rsync's test).
    stamps: HashMap<String, (PathBuf, Stamp)>,
    /// Whether a build has been put in place: the first replaces the whole
    /// folder (as `build` does), later ones update it file by file.
    ready: bool,
}

impl Served {
    fn new(root: &Path) -> Served {
        Served {
            root: root.to_path_buf(),
            files: HashMap::new(),
            stamps: HashMap::new(),
            ready: false,
        }
    }

    /// Whether the copy's source is as it was when it was last copied.
    fn unchanged(&self, c: &output::Copy) -> bool {
        self.files.contains_key(&c.to)
            && self
                .stamps
                .get(&c.to)
                .is_some_and(|(from, st)| *from == c.from && stamp(&c.from) == Some(*st))
    }

    fn copied(&mut self, c: &output::Copy) {
        match stamp(&c.from) {
            Some(st) => self.stamps.insert(c.to.clone(), (c.from.clone(), st)),
            None => self.stamps.remove(&c.to),
        };
    }

    fn has(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    /// Paths of `origin`'s files that another origin's files hold, or that
    /// appear twice among them: `build` refuses these, and so does `serve`.
    fn clashes(&self, origin: Origin, paths: &[&str]) -> Result<(), Diagnostic> {
        let mut seen = std::collections::HashSet::new();
        let clashing: Vec<&str> = paths
            .iter()
            .copied()
            .filter(|p| !seen.insert(*p) || self.files.get(*p).is_some_and(|(_, o)| *o != origin))
            .collect();
        if clashing.is_empty() {
            Ok(())
        } else {
            Err(output::clash(&self.root, clashing))
        }
    }

    /// Puts `files` and `copies` in place as `origin`'s whole output and
    /// returns the paths that changed (written or removed).
    fn update(
        &mut self,
        origin: Origin,
        files: &[OutputFile],
        copies: &[output::Copy],
    ) -> Result<Vec<String>, Diagnostic> {
        let (kept, to_read): (Vec<&output::Copy>, Vec<&output::Copy>) =
            copies.iter().partition(|c| self.unchanged(c));
        let copied: Vec<(String, Vec<u8>)> = to_read
            .par_iter()
            .map(|c| {
                std::fs::read(&c.from)
                    .map(|b| (c.to.clone(), b))
                    .map_err(|e| Diagnostic::error(&c.from, None, format!("cannot copy: {e}")))
            })
            .collect::<Result<_, _>>()?;
        let all: Vec<(&str, &[u8])> = files
            .iter()
            .map(|f| (f.path.as_str(), f.bytes.as_slice()))
            .chain(copied.iter().map(|(p, b)| (p.as_str(), b.as_slice())))
            .collect();
        let paths: Vec<&str> = all
            .iter()
            .map(|(p, _)| *p)
            .chain(kept.iter().map(|c| c.to.as_str()))
            .collect();
        self.clashes(origin, &paths)?;
        let hashes: Vec<u64> = all.par_iter().map(|(_, b)| hash_of(&[b])).collect();
        let differs: Vec<bool> = all
            .iter()
            .zip(&hashes)
            .map(|((path, _), h)| self.files.get(*path).map(|(old, _)| *old) != Some(*h))
            .collect();
        if !self.ready {
            // Nothing is kept yet: every copy was read.
            output::write(&self.root, files, copies)?;
            self.ready = true;
        } else {
            for ((path, bytes), _) in all.iter().zip(&differs).filter(|(_, d)| **d) {
                self.write_one(path, bytes)?;
            }
        }
        let mut changed: Vec<String> = all
            .iter()
            .zip(&differs)
            .filter(|(_, d)| **d)
            .map(|((path, _), _)| (*path).to_string())
            .collect();
        let now: std::collections::HashSet<&str> = paths.iter().copied().collect();
        let gone: Vec<String> = self
            .files
            .iter()
            .filter(|(p, (_, o))| *o == origin && !now.contains(p.as_str()))
            .map(|(p, _)| p.clone())
            .collect();
        for p in &gone {
            let _ = std::fs::remove_file(self.root.join(p));
            self.files.remove(p);
            self.stamps.remove(p);
        }
        for ((path, _), h) in all.iter().zip(hashes) {
            self.files.insert((*path).to_string(), (h, origin));
        }
        for c in to_read {
            self.copied(c);
        }
        changed.extend(gone);
        changed.sort();
        Ok(changed)
    }

    /// Writes one page the builder made, if it changed: whether it did.
    fn update_one(&mut self, path: &str, bytes: &[u8]) -> Result<bool, Diagnostic> {
        let h = hash_of(&[bytes]);
        match self.files.get(path) {
            Some((old, _)) if *old == h => Ok(false),
            Some((_, Origin::Pages)) => {
                self.write_one(path, bytes)?;
                self.files.insert(path.to_string(), (h, Origin::Pages));
                Ok(true)
            }
            // Not one of the pages' files: the whole rebuild decides.
            _ => Err(Diagnostic::error(path, None, "not a page")),
        }
    }

    /// Copies these files if they changed (a removed one is removed).
    fn update_copies(&mut self, copies: &[output::Copy]) -> Result<Vec<String>, Diagnostic> {
        let mut changed = Vec::new();
        for c in copies {
            if !c.from.exists() {
                self.stamps.remove(&c.to);
                if self.files.remove(&c.to).is_some() {
                    let _ = std::fs::remove_file(self.root.join(&c.to));
                    changed.push(c.to.clone());
                }
                continue;
            }
            if c.from.is_dir() {
                continue;
            }
            self.clashes(Origin::Pages, &[c.to.as_str()])?;
            let bytes = std::fs::read(&c.from)
                .map_err(|e| Diagnostic::error(&c.from, None, format!("cannot copy: {e}")))?;
            let h = hash_of(&[&bytes]);
            if self.files.get(&c.to).map(|(old, _)| *old) != Some(h) {
                self.write_one(&c.to, &bytes)?;
                self.files.insert(c.to.clone(), (h, Origin::Pages));
                changed.push(c.to.clone());
            }
            self.copied(c);
        }
        Ok(changed)
    }

    /// Writes one file whole: into a hidden file beside it, then renamed
    /// over it, so a page fetched meanwhile is the old or the new one. Made
    /// as `build` makes files, so their permissions are the same.
    fn write_one(&self, path: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        let target = self.root.join(path);
        let dir = target.parent().unwrap_or(&self.root);
        let fail = |what: &str, e: std::io::Error| {
            Diagnostic::error(&target, None, format!("{what}: {e}"))
        };
        std::fs::create_dir_all(dir).map_err(|e| fail("cannot create its folder", e))?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // Only the builder thread writes, so one name per file is enough.
        let tmp = dir.join(format!(".{name}.opcat-press-serve"));
        std::fs::write(&tmp, bytes).map_err(|e| fail("cannot write", e))?;
        std::fs::rename(&tmp, &target).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            fail("cannot write", e)
        })
    }
}
