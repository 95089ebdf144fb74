//! The command line: parse the flags, run the pipeline, print diagnostics.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

use opcat_press::diagnostics::Severity;
use opcat_press::import::ImportOptions;
use opcat_press::{BuildOptions, CheckOptions, Progress, build, build_with, check};

/// mimalloc, for less memory and time than glibc's malloc (Cargo.toml says
/// what was measured).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Progress as plain lines, for logs and pipes: one per stage.
struct Lines;

impl Progress for Lines {
    fn stage(&self, name: &str, _total: usize) {
        eprintln!("{name}");
    }
}

/// Progress as a bar on a terminal: a count for the PDFs, a spinner for
/// the rest.
struct Bar(indicatif::ProgressBar);

impl Bar {
    fn new() -> Bar {
        let bar =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        Bar(bar)
    }
}

impl Progress for Bar {
    fn stage(&self, name: &str, total: usize) {
        let style = if total > 0 {
            indicatif::ProgressStyle::with_template("{spinner} {msg} [{bar:30}] {pos}/{len}")
        } else {
            indicatif::ProgressStyle::with_template("{spinner} {msg}")
        };
        // The message first, so no frame shows the new bar with the old one.
        self.0.set_message(name.to_string());
        self.0.set_length(total as u64);
        self.0.set_position(0);
        if let Ok(style) = style {
            self.0.set_style(style.progress_chars("=> "));
        }
    }

    fn step(&self) {
        self.0.inc(1);
    }
}

/// Publishes a National Preventive Mechanism's registry and annual reports
/// as a static website.
#[derive(Parser)]
#[command(name = "opcat-press", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the website into the output folder.
    ///
    /// Everything is checked first; if anything is wrong, every problem is
    /// printed as `file:line:col: error: message` and the output folder is
    /// left as it was. Exit code: 0 when built (warnings or not), 2 when
    /// there are errors.
    #[command(
        after_help = "Examples:\n  opcat-press build\n  opcat-press build --content content --output public\n  opcat-press build --base-url https://example.org/npm/ --drafts"
    )]
    Build {
        #[command(flatten)]
        args: BuildArgs,
    },
    /// Check chapters, a report year or the whole site, writing nothing.
    ///
    /// Applies every rule `build` applies (front matter, membership in the
    /// year, headings, images and alt text, links, raw HTML, link text, the
    /// word limit), drafts included, and reports every problem at once.
    /// Exit code: 0 when clean (or only warnings), 1 when there are warnings
    /// and --deny-warnings is given, 2 when there are errors.
    #[command(
        after_help = "Examples:\n  opcat-press check content/reports/2016-17/hiw.md\n  opcat-press check content/reports/2016-17\n  opcat-press check --deny-warnings\n  opcat-press check --format json content/reports/2016-17/hiw.md"
    )]
    Check {
        /// Files or folders to report on [default: the whole content folder].
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// The content folder [default: the folder with site.toml above the
        /// first PATH, else `content`].
        #[arg(long, value_name = "DIR")]
        content: Option<PathBuf>,
        /// `text` for people, `json` for editors and CI.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Exit with code 1 when there are warnings.
        #[arg(long)]
        deny_warnings: bool,
        /// For a Word document: the report year it is for [default: the
        /// latest year built here].
        #[arg(long, value_name = "YEAR")]
        year: Option<String>,
        /// For a Word document: the body that wrote it [default: the
        /// document's file name, when it is a body's id].
        #[arg(long, value_name = "ID")]
        body: Option<String>,
        /// Templates folder [default: templates/ beside the content folder].
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
        /// Theme folder (fonts for the PDF) [default: theme/ beside the
        /// content folder].
        #[arg(long, value_name = "DIR")]
        theme: Option<PathBuf>,
    },
    /// Make a chapter from a Word document (.docx). Never overwrites.
    ///
    /// Writes `reports/<year>/<body>.md` with its front matter filled in,
    /// its pictures into the year's `images/`, and adds it to the year's
    /// reading order, as `new chapter` does; then checks it and prints
    /// what is left to fix. What Markdown cannot carry (tracked changes,
    /// comments, text boxes, shapes, charts, colour, merged cells) is a
    /// warning naming its paragraph. A document that cannot be read
    /// writes nothing. Exit code: 0 when imported (warnings or not), 2 when
    /// nothing was written or the chapter has errors.
    #[command(
        after_help = "Word styles read: Title (the chapter's title), Heading 1-9, Quote, Intense Quote and Block Text (quotations), the list styles and numbering, and Recommendation (a recommendation; \"To: <authority>:\" at its start names whom it is to).\n\nExamples:\n  opcat-press import hmip.docx --year 2016-17 --body hmip\n  opcat-press import hmip-revised.docx --year 2016-17 --body hmip --replace\n  opcat-press import transitions.docx --year 2016-17 --kind thematic\n  opcat-press import hmip.docx --body hmip --output -"
    )]
    Import {
        /// The Word document.
        #[arg(value_name = "FILE.docx")]
        file: PathBuf,
        /// The report year, e.g. 2017-18 [default: the latest year built
        /// here].
        #[arg(long)]
        year: Option<String>,
        /// The body that wrote it (its file name in registry/bodies/).
        #[arg(long)]
        body: Option<String>,
        /// What kind of chapter it is.
        #[arg(long, value_enum, default_value_t = Kind::Member)]
        kind: Kind,
        /// Write the chapter to this file instead, its pictures into
        /// `images/` beside it, and leave the content folder as it is
        /// (`-`: print the chapter).
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the text of the chapter the body already has this
        /// year with the document's, keeping its front matter, and say
        /// what changed.
        #[arg(long)]
        replace: bool,
        /// The content folder.
        #[arg(long, value_name = "DIR", default_value = "content")]
        content: PathBuf,
    },
    /// Build the site, serve it on this computer, and rebuild on every save.
    ///
    /// Open the address it prints in a browser. Saving a chapter, page,
    /// registry file, template or theme file rebuilds what it affects and
    /// reloads the pages showing it. A change that does not build is shown
    /// in the terminal and over the page, and the last good site stays.
    /// PDFs and the search index follow in the background. The output
    /// folder then holds a preview whose links point at this server: run
    /// `build` before publishing.
    #[command(
        after_help = "Examples:\n  opcat-press serve\n  opcat-press serve --port 8000 --drafts\n  opcat-press serve --content content --output public"
    )]
    Serve {
        #[command(flatten)]
        site: SiteArgs,
        /// The port on 127.0.0.1; another free one is used when it is taken
        /// (0: any free port).
        #[arg(long, short, value_name = "PORT", default_value_t = 1111)]
        port: u16,
    },
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  opcat-press completions bash > ~/.local/share/bash-completion/completions/opcat-press\n  opcat-press completions zsh > ~/.zfunc/_opcat-press\n  opcat-press completions fish > ~/.config/fish/completions/opcat-press.fish"
    )]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Freeze a published year: keep its PDF as the record.
    ///
    /// Typesets the year once more and writes into its folder `frozen.pdf`,
    /// its PDF in each language site.toml's `translations` lists
    /// (`frozen.cy.pdf`), and `frozen.toml` (the SHA-256 of each PDF and of
    /// each content file they were made from). From then on `build`
    /// publishes exactly those PDFs, the year page and data/reports.json show its
    /// SHA-256, and `build` and `check` warn when a source changes. Never
    /// overwrites; an archived or unpublished year is not frozen.
    #[command(after_help = "Example:\n  opcat-press freeze 2016-17")]
    Freeze {
        /// The report year, e.g. 2016-17.
        year: String,
        /// The content folder.
        #[arg(long, value_name = "DIR", default_value = "content")]
        content: PathBuf,
        /// Templates folder [default: templates/ beside the content folder].
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
        /// Theme folder (the PDF's fonts) [default: theme/ beside the
        /// content folder].
        #[arg(long, value_name = "DIR")]
        theme: Option<PathBuf>,
    },
    /// Start a new site: content/, templates/ and theme/ in a folder.
    ///
    /// Writes the smallest site that builds, in the language chosen: one
    /// member body, one kind of detention, one nation, the instrument that
    /// designated the body, a source, and one report year with a foreword.
    /// Every name and text in content/ is a sample, to replace with the
    /// NPM's own; templates/ and theme/ are the program's own. Never
    /// overwrites: a folder that already has content/, templates/ or
    /// theme/ is refused and nothing is written. Exit code: 0 when
    /// written, 2 when nothing was written.
    #[command(
        after_help = "Examples:\n  opcat-press init\n  opcat-press init npm-site --language cy\n  opcat-press init npm-site --language fr --year 2026-27"
    )]
    Init {
        /// The folder to start the site in; made if it is not there.
        #[arg(value_name = "DIR", default_value = ".")]
        dir: PathBuf,
        #[arg(long, value_name = "LANG", default_value = opcat_press::i18n::REFERENCE, help = language_help())]
        language: String,
        /// The report year the sample report is for, e.g. 2026-27 [default:
        /// the one today is in, counting years from 1 April].
        #[arg(long, value_name = "YEAR")]
        year: Option<String>,
    },
    /// Open a report year, or write a chapter template. Never overwrites.
    #[command(subcommand)]
    New(NewCommand),
    /// Where a report year stands: who has submitted, who is missing.
    ///
    /// Lists the year's expected contributors (report.toml's `expected`, or
    /// the members at the period's end) with their chapter file, word count
    /// against the limit, errors, warnings and last change. Missing
    /// contributors come first.
    #[command(
        after_help = "Examples:\n  opcat-press status\n  opcat-press status 2016-17\n  opcat-press status 2016-17 --format csv > status.csv"
    )]
    Status {
        /// The report year, e.g. 2016-17 [default: the latest].
        year: Option<String>,
        /// The content folder.
        #[arg(long, value_name = "DIR", default_value = "content")]
        content: PathBuf,
        /// `text` for people, `json` or `csv` for tools and spreadsheets.
        #[arg(long, value_enum, default_value_t = TableFormat::Text)]
        format: TableFormat,
    },
}

/// Where a site's sources are and where it goes: `build`'s and `serve`'s.
#[derive(clap::Args)]
struct SiteArgs {
    /// The content folder (site.toml, registry/, reports/, pages/).
    #[arg(long, value_name = "DIR", default_value = "content")]
    content: PathBuf,
    /// Where the site is written. It is replaced only by a build that
    /// succeeds.
    #[arg(long, short, value_name = "DIR", default_value = "public")]
    output: PathBuf,
    /// Templates folder [default: templates/ beside the content folder].
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// Theme folder (CSS, images) [default: theme/ beside the content folder].
    #[arg(long, value_name = "DIR")]
    theme: Option<PathBuf>,
    /// Also build chapters and pages marked `draft = true`.
    #[arg(long)]
    drafts: bool,
}

impl SiteArgs {
    fn options(self) -> BuildOptions {
        let mut opts = BuildOptions::new(self.content, self.output);
        if let Some(t) = self.templates {
            opts.templates = t;
        }
        if let Some(t) = self.theme {
            opts.theme = t;
        }
        opts.drafts = self.drafts;
        opts
    }
}

#[derive(Subcommand)]
enum NewCommand {
    /// Open a report year: report.toml (period, number, word limit, the
    /// expected contributors as at the period's end) and a foreword stub.
    #[command(after_help = "Example:\n  opcat-press new year 2017-18")]
    Year {
        /// The report year, e.g. 2017-18.
        year: String,
        /// The content folder.
        #[arg(long, value_name = "DIR", default_value = "content")]
        content: PathBuf,
    },
    /// Write a member body's chapter template for a year, with its front
    /// matter filled in, and add it to the year's reading order.
    #[command(after_help = "Example:\n  opcat-press new chapter --year 2017-18 --body hmip")]
    Chapter {
        /// The report year, e.g. 2017-18.
        #[arg(long)]
        year: String,
        /// The body's id (its file name in registry/bodies/).
        #[arg(long)]
        body: String,
        /// The content folder.
        #[arg(long, value_name = "DIR", default_value = "content")]
        content: PathBuf,
    },
}

fn run_new(command: NewCommand) -> ExitCode {
    let result = match &command {
        NewCommand::Year { year, content } => opcat_press::scaffold::new_year(content, year),
        NewCommand::Chapter {
            year,
            body,
            content,
        } => opcat_press::scaffold::new_chapter(content, year, body),
    };
    match result {
        Ok(files) => {
            for f in files {
                println!("wrote {}", f.display());
            }
            ExitCode::SUCCESS
        }
        Err(diags) => {
            let mut report = opcat_press::diagnostics::Report::default();
            report.extend(diags);
            let sources = opcat_press::diagnostics::Sources::default();
            anstream::eprint!("{}", report.render_styled(&sources, true));
            ExitCode::from(2)
        }
    }
}

/// `init --language`'s help: the languages the program carries, listed
/// from its own templates.
fn language_help() -> String {
    format!(
        "The site's language: {}",
        opcat_press::init::languages().join(", ")
    )
}

/// Today, from the clock: only `init`'s default year reads it.
fn today() -> Option<opcat_press::content::date::Date> {
    let now = humantime::format_rfc3339(std::time::SystemTime::now()).to_string();
    opcat_press::content::date::Date::parse(now.get(..10)?)
}

fn run_init(dir: PathBuf, language: String, year: Option<String>) -> ExitCode {
    let year = year
        .or_else(|| today().map(opcat_press::init::reporting_year))
        .unwrap_or_default();
    let opts = opcat_press::init::InitOptions {
        dir,
        language,
        year,
    };
    match opcat_press::init::init(&opts) {
        Ok(done) => {
            // `content/`, not `./content/`, for the current folder.
            let shown =
                |p: &std::path::Path| p.strip_prefix(".").unwrap_or(p).display().to_string();
            for (folder, files) in &done.folders {
                println!("wrote {}/ ({files} files)", shown(folder));
            }
            let content = shown(&opts.dir.join("content"));
            println!(
                "a sample site in {} ({}), with the report year {}: every name and text in \
                 {}/ is a sample. Replace them with your NPM's own (site.toml, registry/, \
                 reports/{}/), then see the site with `opcat-press serve`.",
                done.language_name, opts.language, opts.year, content, opts.year,
            );
            ExitCode::SUCCESS
        }
        Err(diags) => {
            let report = opcat_press::diagnostics::Report::from(diags);
            let sources = opcat_press::diagnostics::Sources::default();
            anstream::eprint!("{}", report.render_styled(&sources, true));
            ExitCode::from(2)
        }
    }
}

/// `build`'s arguments.
#[derive(clap::Args)]
struct BuildArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// The address the site is published at, overriding site.toml.
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Print nothing but problems: no progress, no summary.
    #[arg(long, short)]
    quiet: bool,
    /// The pages, data and search index only, without typesetting the
    /// PDFs: a quick preview (the year pages then link no PDF).
    #[arg(long)]
    no_pdf: bool,
    /// The build cache folder, where PDFs are kept for the next build
    /// (safe to delete) [default: .opcat-cache/ beside the content
    /// folder].
    #[arg(long, value_name = "DIR", conflicts_with = "no_cache")]
    cache_dir: Option<PathBuf>,
    /// Read and write no build cache: typeset every PDF.
    #[arg(long)]
    no_cache: bool,
}

fn run_build(args: BuildArgs) -> ExitCode {
    let BuildArgs {
        site,
        base_url,
        quiet,
        no_pdf,
        cache_dir,
        no_cache,
    } = args;
    let mut opts = site.options();
    opts.base_url = base_url;
    opts.no_pdf = no_pdf;
    if no_cache {
        opts.cache = None;
    } else if let Some(dir) = cache_dir {
        opts.cache = Some(dir);
    }
    let started = Instant::now();
    let outcome = if quiet {
        build(&opts)
    } else if std::io::stderr().is_terminal() {
        let bar = Bar::new();
        let outcome = build_with(&opts, &bar);
        bar.0.finish_and_clear();
        outcome
    } else {
        build_with(&opts, &Lines)
    };
    let text = outcome.report.render_styled(&outcome.sources, true);
    if !text.is_empty() {
        anstream::eprint!("{text}");
    }
    let warnings = outcome.report.count(Severity::Warning);
    match outcome.result {
        Some(summary) => {
            let secs = started.elapsed().as_secs_f64();
            let line = format!(
                "built {} pages and {} PDF(s){} ({} files) into {} in {secs:.2}s{}",
                summary.pages,
                summary.pdfs,
                if summary.pdfs_reused > 0 {
                    format!(", {} from the build cache", summary.pdfs_reused)
                } else {
                    String::new()
                },
                summary.files,
                opts.output.display(),
                if warnings > 0 {
                    format!(", {warnings} warning(s)")
                } else {
                    String::new()
                }
            );
            if !quiet {
                eprintln!("{line}");
            }
            ExitCode::SUCCESS
        }
        None => {
            let errors = outcome.report.count(Severity::Error);
            eprintln!(
                "build failed: {errors} error(s), {warnings} warning(s); {} was not changed",
                opts.output.display()
            );
            // As `check`, `new`, `status` and `serve`: 2 for errors.
            ExitCode::from(2)
        }
    }
}

fn run_freeze(year: &str, opts: BuildOptions) -> ExitCode {
    let today = humantime::format_rfc3339(std::time::SystemTime::now()).to_string();
    let result = opcat_press::freeze::freeze(
        &opts.content,
        year,
        &opts.templates.join("report.typ"),
        &opts.theme,
        &today[..10],
    );
    let (files, problems, code) = match result {
        Ok((files, warnings)) => (files, warnings, ExitCode::SUCCESS),
        Err(errors) => (Vec::new(), errors, ExitCode::from(2)),
    };
    let report = opcat_press::diagnostics::Report::from(problems);
    anstream::eprint!("{}", report.render_styled(&Default::default(), true));
    for f in files {
        println!("wrote {}", f.display());
    }
    code
}

fn run_status(year: Option<String>, content: PathBuf, format: TableFormat) -> ExitCode {
    let outcome = opcat_press::status::status(&content, year.as_deref());
    let text = outcome.report.render_styled(&outcome.sources, true);
    anstream::eprint!("{text}");
    let Some(status) = outcome.result else {
        return ExitCode::from(2);
    };
    match format {
        TableFormat::Text => print!("{}", status.to_text()),
        TableFormat::Json => match serde_json::to_string_pretty(&status) {
            Ok(json) => println!("{json}"),
            Err(e) => {
                eprintln!("error: cannot write the status as JSON: {e}");
                return ExitCode::from(2);
            }
        },
        TableFormat::Csv => match status.to_csv() {
            Ok(csv) => print!("{csv}"),
            Err(e) => {
                eprintln!("error: cannot write the status as CSV: {e}");
                return ExitCode::from(2);
            }
        },
    }
    ExitCode::SUCCESS
}

/// A chapter's kind, as its front matter names it.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Kind {
    Member,
    Thematic,
    Context,
    Foreword,
    Annex,
}

impl From<Kind> for opcat_press::content::ChapterKind {
    fn from(k: Kind) -> Self {
        use opcat_press::content::ChapterKind as C;
        match k {
            Kind::Member => C::Member,
            Kind::Thematic => C::Thematic,
            Kind::Context => C::Context,
            Kind::Foreword => C::Foreword,
            Kind::Annex => C::Annex,
        }
    }
}

fn run_import(opts: ImportOptions) -> ExitCode {
    let outcome = opcat_press::import::import(&opts);
    let text = outcome.report.render_styled(&outcome.sources, true);
    anstream::eprint!("{text}");
    let errors = outcome.report.count(Severity::Error);
    let Some(done) = outcome.result else {
        eprintln!("{}: nothing was written", opts.file.display());
        return ExitCode::from(2);
    };
    if let Some(text) = done.printed {
        print!("{text}");
        return ExitCode::SUCCESS;
    }
    for f in &done.written {
        println!("wrote {}", f.display());
    }
    if let Some(changes) = done.changes {
        println!("changed: {changes}");
    }
    if errors > 0 {
        eprintln!("imported, with {errors} error(s) left to fix before the report builds");
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum TableFormat {
    Text,
    Json,
    Csv,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

/// The content folder a path is in: the nearest folder above it (or it)
/// that holds site.toml, found from the resolved path so that `check
/// alpha.md` works from inside a year's folder.
fn content_folder_of(path: &std::path::Path) -> Option<PathBuf> {
    let resolved = path.canonicalize().ok()?;
    let found = resolved
        .ancestors()
        .find(|dir| dir.join("site.toml").is_file())?;
    // Shown relative to where the command runs when it is below it.
    let cwd = std::env::current_dir().ok();
    Some(
        cwd.as_ref()
            .and_then(|c| c.canonicalize().ok())
            .and_then(|c| {
                found
                    .strip_prefix(&c)
                    .ok()
                    .map(std::path::Path::to_path_buf)
            })
            .map(|p| {
                if p.as_os_str().is_empty() {
                    PathBuf::from(".")
                } else {
                    p
                }
            })
            .unwrap_or_else(|| found.to_path_buf()),
    )
}

/// `check`'s arguments.
struct CheckArgs {
    paths: Vec<PathBuf>,
    content: Option<PathBuf>,
    format: Format,
    deny: bool,
    year: Option<String>,
    body: Option<String>,
    templates: Option<PathBuf>,
    theme: Option<PathBuf>,
}

/// Checks the content files named, and each Word document named as the
/// chapter it would make.
fn check_all(args: &CheckArgs) -> opcat_press::Outcome<usize> {
    let (docs, files): (Vec<PathBuf>, Vec<PathBuf>) = args
        .paths
        .iter()
        .cloned()
        .partition(|p| opcat_press::import::is_document(p));
    let content = args
        .content
        .clone()
        .or_else(|| files.first().and_then(|p| content_folder_of(p)))
        .unwrap_or_else(|| PathBuf::from("content"));
    let mut outcome = if files.is_empty() && !docs.is_empty() {
        opcat_press::Outcome {
            result: Some(0),
            report: Default::default(),
            sources: Default::default(),
        }
    } else {
        check(&CheckOptions {
            templates: args.templates.clone(),
            theme: args.theme.clone(),
            ..CheckOptions::new(content.clone(), files)
        })
    };
    for file in docs {
        let body = args.body.clone().or_else(|| {
            file.file_stem()
                .and_then(|s| s.to_str())
                .map(str::to_string)
                .filter(|s| {
                    content
                        .join("registry/bodies")
                        .join(format!("{s}.toml"))
                        .is_file()
                })
        });
        let kind = if body.is_some() {
            Kind::Member
        } else {
            Kind::Thematic
        };
        let doc = opcat_press::import::check_document(&ImportOptions {
            content: content.clone(),
            file,
            year: args.year.clone(),
            body,
            kind: kind.into(),
            output: None,
            replace: true,
            templates: args.templates.clone(),
            theme: args.theme.clone(),
        });
        outcome.report.extend(doc.report.diagnostics);
        outcome.sources.extend(doc.sources);
        outcome.result = Some(outcome.result.unwrap_or(0) + doc.result.unwrap_or(0));
    }
    outcome
}

fn run_check(args: CheckArgs) -> ExitCode {
    let CheckArgs {
        ref paths,
        format,
        deny,
        ..
    } = args;
    let outcome = check_all(&args);
    let errors = outcome.report.count(Severity::Error);
    let warnings = outcome.report.count(Severity::Warning);
    let files = outcome.result.unwrap_or(0);
    match format {
        Format::Json => {
            let doc = serde_json::json!({
                "errors": errors,
                "warnings": warnings,
                "diagnostics": outcome.report.to_json(&outcome.sources),
            });
            match serde_json::to_string_pretty(&doc) {
                Ok(json) => println!("{json}"),
                Err(e) => eprintln!("error: cannot write the diagnostics as JSON: {e}"),
            }
        }
        Format::Text => {
            // anstream drops the colours when stderr is not a terminal or
            // NO_COLOR is set.
            let text = outcome.report.render_styled(&outcome.sources, true);
            anstream::eprint!("{text}");
            let what = if paths.is_empty() {
                "the site".to_string()
            } else {
                paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let files = format!("{files} file{}", if files == 1 { "" } else { "s" });
            if errors + warnings == 0 {
                eprintln!("checked {files} in {what}: no problems");
            } else {
                eprintln!("checked {files} in {what}: {errors} error(s), {warnings} warning(s)");
            }
        }
    }
    if errors > 0 {
        ExitCode::from(2)
    } else if warnings > 0 && deny {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check {
            paths,
            content,
            format,
            deny_warnings,
            year,
            body,
            templates,
            theme,
        } => run_check(CheckArgs {
            paths,
            content,
            format,
            deny: deny_warnings,
            year,
            body,
            templates,
            theme,
        }),
        Command::Import {
            file,
            year,
            body,
            kind,
            output,
            replace,
            content,
        } => run_import(ImportOptions {
            content,
            file,
            year,
            body,
            kind: kind.into(),
            output,
            replace,
            templates: None,
            theme: None,
        }),
        Command::Init {
            dir,
            language,
            year,
        } => run_init(dir, language, year),
        Command::New(command) => run_new(command),
        Command::Freeze {
            year,
            content,
            templates,
            theme,
        } => {
            let mut opts = BuildOptions::new(content, PathBuf::new());
            opts.templates = templates.unwrap_or(opts.templates);
            opts.theme = theme.unwrap_or(opts.theme);
            run_freeze(&year, opts)
        }
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut cmd, "opcat-press", &mut script);
            let mut script = String::from_utf8_lossy(&script).into_owned();
            if shell == clap_complete::Shell::Bash {
                // clap_complete 4.6 names the bash cases of a subcommand of
                // a hyphenated program `opcat__subcmd__press__…` but looks
                // them up as `opcat__press__…`, so subcommands would not
                // complete; tests/suite/cli.rs checks the completions work.
                script = script.replace("opcat__subcmd__press", "opcat__press");
            }
            print!("{script}");
            ExitCode::SUCCESS
        }
        Command::Status {
            year,
            content,
            format,
        } => run_status(year, content, format),
        Command::Serve { site, port } => {
            let build = site.options();
            match opcat_press::serve::serve(opcat_press::serve::ServeOptions { build, port }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(d) => {
                    let report = opcat_press::diagnostics::Report::from(vec![d]);
                    let sources = opcat_press::diagnostics::Sources::default();
                    anstream::eprint!("{}", report.render_styled(&sources, true));
                    ExitCode::from(2)
                }
            }
        }
        Command::Build { args } => run_build(args),
    }
}
