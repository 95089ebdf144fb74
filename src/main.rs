//! The command line: parse the flags, run the pipeline, print diagnostics.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

use opcat_press::diagnostics::Severity;
use opcat_press::{BuildOptions, build};

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
    /// left as it was.
    #[command(
        after_help = "Examples:\n  opcat-press build\n  opcat-press build --content content --output public\n  opcat-press build --base-url https://example.org/npm/ --drafts"
    )]
    Build {
        /// The content folder (site.toml, registry/, reports/, pages/).
        #[arg(long, value_name = "DIR", default_value = "content")]
        content: PathBuf,
        /// Where the site is written. Replaced as a whole on success.
        #[arg(long, short, value_name = "DIR", default_value = "public")]
        output: PathBuf,
        /// Templates folder [default: templates/ beside the content folder].
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
        /// Theme folder (CSS, images) [default: theme/ beside the content folder].
        #[arg(long, value_name = "DIR")]
        theme: Option<PathBuf>,
        /// The address the site is published at, overriding site.toml.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Also build chapters and pages marked `draft = true`.
        #[arg(long)]
        drafts: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            content,
            output,
            templates,
            theme,
            base_url,
            drafts,
        } => {
            let mut opts = BuildOptions::new(content, output);
            if let Some(t) = templates {
                opts.templates = t;
            }
            if let Some(t) = theme {
                opts.theme = t;
            }
            opts.base_url = base_url;
            opts.drafts = drafts;
            let started = Instant::now();
            let outcome = build(&opts);
            let text = outcome.report.render(&outcome.sources);
            if !text.is_empty() {
                eprint!("{text}");
            }
            let warnings = outcome.report.count(Severity::Warning);
            match outcome.result {
                Some(summary) => {
                    let secs = started.elapsed().as_secs_f64();
                    let line = format!(
                        "built {} pages and {} PDF(s) ({} files) into {} in {secs:.2}s{}",
                        summary.pages,
                        summary.pdfs,
                        summary.files,
                        opts.output.display(),
                        if warnings > 0 {
                            format!(", {warnings} warning(s)")
                        } else {
                            String::new()
                        }
                    );
                    if std::io::stderr().is_terminal() || std::env::var_os("CI").is_none() {
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
                    ExitCode::FAILURE
                }
            }
        }
    }
}
