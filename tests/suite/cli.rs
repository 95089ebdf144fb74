//! Command-line manners (issue 5): help with examples for every
//! subcommand, --version, shell completions, and mistakes reported as
//! messages, never as panics.

use std::ffi::OsStr;
use std::process::Command;

use crate::common::*;

fn run(args: &[&str]) -> Run {
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    opcat(repo(), &args)
}

const SUBCOMMANDS: [&[&str]; 7] = [
    &["build"],
    &["serve"],
    &["check"],
    &["status"],
    &["new", "year"],
    &["new", "chapter"],
    &["completions"],
];

#[test]
fn every_subcommand_has_help_with_examples() {
    for sub in SUBCOMMANDS {
        let mut args = sub.to_vec();
        args.push("--help");
        let help = run(&args);
        assert_eq!(help.code, Some(0), "{sub:?}: {}", help.stderr);
        assert!(help.stdout.contains("Usage: opcat-press"), "{sub:?}");
        assert!(
            help.stdout.contains("Example"),
            "{sub:?} --help has no examples:\n{}",
            help.stdout
        );
    }
}

#[test]
fn version_is_the_crate_version() {
    let v = run(&["--version"]);
    assert_eq!(v.code, Some(0));
    assert_eq!(
        v.stdout.trim(),
        format!("opcat-press {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn bash_completion_loads_and_completes_subcommands() {
    let script = run(&["completions", "bash"]);
    assert_eq!(script.code, Some(0));
    let dir = tempdir();
    let file = dir.path().join("opcat-press.bash");
    std::fs::write(&file, &script.stdout).expect("write the script");
    // What bash offers after `opcat-press st<TAB>` and `opcat-press new <TAB>`.
    let complete = |words: &[&str]| {
        let cword = words.len() - 1;
        let array: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
        let out = Command::new("bash")
            .arg("-c")
            .arg(format!(
                "source '{}' && COMP_WORDS=({}) && COMP_CWORD={cword} && \
                 COMP_LINE='{}' && COMP_POINT=${{#COMP_LINE}} && \
                 _opcat__press opcat-press \"${{COMP_WORDS[$COMP_CWORD]}}\" \"${{COMP_WORDS[$COMP_CWORD-1]}}\" && \
                 printf '%s\\n' \"${{COMPREPLY[@]}}\"",
                file.display(),
                array.join(" "),
                words.join(" ")
            ))
            .output()
            .expect("run bash");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(complete(&["opcat-press", "st"]), ["status"]);
    let flags = complete(&["opcat-press", "new", "chapter", "--"]);
    assert!(
        flags.contains(&"--year".to_string()) && flags.contains(&"--body".to_string()),
        "{flags:?}"
    );
    let after_new = complete(&["opcat-press", "new", ""]);
    assert!(
        after_new.contains(&"year".to_string()) && after_new.contains(&"chapter".to_string()),
        "{after_new:?}"
    );
}

#[test]
fn zsh_and_fish_completions_name_every_subcommand() {
    for shell in ["zsh", "fish"] {
        let script = run(&["completions", shell]);
        assert_eq!(script.code, Some(0), "{shell}");
        for sub in ["build", "serve", "check", "status", "new", "completions"] {
            assert!(script.stdout.contains(sub), "{shell}: {sub}");
        }
    }
    let unknown = run(&["completions", "tcsh"]);
    assert_eq!(unknown.code, Some(2));
}

#[test]
fn mistakes_on_the_command_line_are_messages_not_panics() {
    for args in [
        &["publish"][..],
        &["build", "--output"],
        &["check", "--format", "xml"],
        &["serve", "--port", "http"],
        &["new", "chapter", "--year", "2016-17"],
    ] {
        let r = run(args);
        assert_eq!(r.code, Some(2), "{args:?}: {}", r.stderr);
        assert!(r.stderr.starts_with("error:"), "{args:?}: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{args:?}");
    }
    // A command group on its own shows what it holds.
    let r = run(&["new"]);
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.contains("Usage: opcat-press new <COMMAND>"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_build_says_what_it_is_doing_and_ends_with_a_summary_unless_quiet() {
    let tmp = tempdir();
    let site = tmp.path().join("site");
    copy_dir(&repo().join("tests/fixtures/minimal"), &site);
    let out = tmp.path().join("public");
    let run = build(&site, "content", &out, &[]);
    run.assert_success();
    let lines: Vec<&str> = run.stderr.lines().collect();
    // Piped, so plain lines: one per stage, in order, then the summary.
    assert_eq!(
        &lines[..lines.len() - 1],
        [
            "reading and checking the content",
            "typesetting 1 PDF report(s)",
            "rendering the pages and data files",
            "building the search index",
            "writing the site",
        ]
    );
    let pages = html_pages(&out).len() + 1; // and 404.html
    let summary = lines.last().expect("a summary");
    assert!(
        summary.starts_with(&format!("built {pages} pages and 1 PDF(s) (")),
        "{summary}"
    );
    assert!(
        summary.ends_with('s') && summary.contains(" in "),
        "{summary}"
    );

    let quiet = build(&site, "content", &out, &["--quiet"]);
    quiet.assert_success();
    assert_eq!(quiet.stderr, "", "--quiet prints nothing on success");
    // Problems are still printed with --quiet.
    std::fs::write(site.join("content/site.toml"), "title = 1\n").expect("break site.toml");
    let broken = build(&site, "content", &out, &["--quiet"]);
    assert_ne!(broken.code, Some(0));
    assert!(broken.stderr.contains("error:"), "{}", broken.stderr);
}
