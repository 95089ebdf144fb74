//! Arbitrary Markdown through both renderers (proptest): chapters are
//! written by 21 different bodies and are not trusted.
//!
//! - HTML (`markdown::to_html` with the site's own link policy,
//!   `LinkIndex::resolve`): never a panic; the output parses, and nothing in
//!   it can run script: no `<script>`, `<iframe>`, `<style>`, `<object>`,
//!   `<embed>`, `<form>`, `<svg>` or `<math>`, no `on…` attribute, no
//!   `javascript:`, `vbscript:` or `data:` address, and no `<input>` but
//!   the disabled checkboxes of task lists.
//! - PDF (`pdf::typeset_markdown` with templates/report.typ): never a
//!   panic, and always a PDF, for any text the report's fonts can draw.
//!
//! The Markdown is built from pieces that matter to both (block and inline
//! syntax, raw HTML and hostile addresses, Typst syntax) and free text.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use opcat_press::links::LinkIndex;
use opcat_press::pdf::world::Fonts;
use proptest::prelude::*;
use scraper::{Html, Node};

const PIECES: &[&str] = &[
    "# ",
    "## ",
    "#### ",
    "\n",
    "\n\n",
    "    ",
    "\t",
    "- ",
    "* ",
    "1. ",
    "3) ",
    "> ",
    ">> ",
    "```",
    "```rust\n",
    "~~~",
    "`",
    "``",
    "*",
    "**",
    "_",
    "__",
    "~~",
    "[",
    "]",
    "(",
    ")",
    "](",
    "![",
    "[^1]",
    "[^1]: ",
    "[^x]",
    "[x]: /url",
    "|",
    "| a | b |\n|---|:-:|\n",
    "---",
    "***",
    "===",
    "- [ ] ",
    "- [x] ",
    "\\",
    "&amp;",
    "&#x26;",
    "&copy;",
    "<",
    ">",
    "\"",
    "'",
    "{#id}",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">",
    "<iframe src=https://example.org>",
    "<svg onload=alert(1)>",
    "<style>*{}</style>",
    "<form action=/x>",
    "<math>",
    "<!-- c -->",
    "<https://example.org>",
    "<javascript:alert(1)>",
    "<mailto:a@b.org>",
    // Bare addresses, which become links (GFM's extended autolinks).
    "www.example.org/a_(b)?c=1&d;",
    "https://example.org/\"onmouseover=alert(1)",
    "javascript://example.org/%0aalert(1)",
    "a.b+c@example.org",
    "mailto:a@b.org",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](data:text/html,<script>alert(1)</script>)",
    "![x](data:image/svg+xml,<svg onload=alert(1)>)",
    "[x](vbscript:msgbox)",
    "[x](https://example.org \"title\" onmouseover=\"x\")",
    "[x](//evil.example)",
    "[x](../../../etc/passwd)",
    "[x](@/registry/bodies/alpha.toml)",
    "[x](other.md#part)",
    "#set page(width: 1pt)",
    "#read(\"/etc/passwd\")",
    "$x^2$",
    "@ref",
    "<label>",
    "#{",
    "}",
    "]",
    "[",
    "//",
    "/*",
    "*/",
    "=",
    "+",
    "~",
    "$",
    "%",
    "^",
    // Addresses in disguise, and in reference definitions.
    "[x](java&#115;cript:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "<JAVASCRIPT:alert(1)>",
    "[a](<javascript:alert(1)>)",
    "\n\n[r]: javascript:alert(1)\n\n[x][r]",
    "\n\n[d]: data:text/html,x\n\n![d]",
    "[x](java\tscript:alert(1))",
    "[x]( javascript:alert(1) )",
    "<a href=javascript:alert(1)>x</a>",
    "## [^1]\n",
    "## ![i](x.png)\n",
    // Recommendation blocks, whole and in pieces, with hostile attributes.
    "\n::: recommendation {#r-1 to=x}\n",
    "\n::: recommendation {#\"><script>x</script> to=\"#read()\"}\n",
    "\n:::\n",
    "\n::: recommendation {#r-2 to=x}\nText\n:::\n",
];

/// Free text in letters and punctuation the report's fonts have.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 .,;:!?'\"()\\-–—’“”é£€]{0,12}"
}

fn markdown() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(PIECES).prop_map(str::to_string),
            2 => text(),
        ],
        0..48,
    )
    .prop_map(|parts| parts.concat())
}

/// The site's link policy, as a chapter in a report year sees it.
fn links() -> &'static LinkIndex {
    static INDEX: OnceLock<LinkIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut i = LinkIndex::default();
        i.add_page(
            "reports/2015-16/other.md".into(),
            "reports/2015-16/other/".into(),
            None,
        );
        i.add_page(
            "registry/bodies/alpha.toml".into(),
            "registry/bodies/alpha/".into(),
            None,
        );
        i
    })
}

fn resolve(dest: &str) -> Option<String> {
    links()
        .resolve(Path::new("reports/2015-16/alpha.md"), dest)
        .ok()
        .map(|t| LinkIndex::href(&t, "reports/2015-16/alpha/", "https://npm.example/"))
}

/// Everything in the HTML that could run script, or `None`.
fn script_in(html: &str) -> Option<String> {
    let doc = Html::parse_fragment(html);
    for node in doc.tree.nodes() {
        let Node::Element(e) = node.value() else {
            continue;
        };
        let name = e.name();
        if [
            "script", "iframe", "style", "object", "embed", "form", "svg", "math", "frame",
            "frameset", "base", "meta", "link",
        ]
        .contains(&name)
        {
            return Some(format!("a <{name}> element"));
        }
        if name == "input" && (e.attr("type") != Some("checkbox") || e.attr("disabled").is_none()) {
            return Some("an <input> that is not a disabled checkbox".into());
        }
        for (attr, value) in e.attrs() {
            if attr.to_ascii_lowercase().starts_with("on") {
                return Some(format!("the attribute {attr}={value:?} on <{name}>"));
            }
            // Addresses a browser follows or loads; `alt="javascript:…"`
            // or `data-lang` is text, not an address.
            const URL_ATTRS: &[&str] = &[
                "href",
                "src",
                "srcset",
                "action",
                "formaction",
                "poster",
                "background",
                "cite",
                "data",
                "xlink:href",
                "ping",
                "manifest",
                "codebase",
                "longdesc",
                "usemap",
            ];
            if !URL_ATTRS.contains(&attr.to_ascii_lowercase().as_str()) {
                continue;
            }
            let v: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect::<String>()
                .to_ascii_lowercase();
            if ["javascript:", "vbscript:", "data:"]
                .iter()
                .any(|s| v.starts_with(s))
            {
                return Some(format!("the address {attr}={value:?} on <{name}>"));
            }
        }
    }
    None
}

fn template() -> &'static str {
    static T: OnceLock<String> = OnceLock::new();
    T.get_or_init(|| {
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/report.typ"))
            .expect("templates/report.typ")
    })
}

fn fonts() -> &'static Arc<Fonts> {
    static F: OnceLock<Arc<Fonts>> = OnceLock::new();
    F.get_or_init(|| {
        Arc::new(Fonts::load(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("theme/fonts"),
        ))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn html_never_carries_script(md in markdown()) {
        let html = opcat_press::markdown::to_html(&md, &resolve, &opcat_press::markdown::english).html;
        prop_assert!(script_in(&html).is_none(), "{:?} in the HTML of {md:?}:\n{html}", script_in(&html));
    }
}

proptest! {
    // Each case typesets a PDF: fewer of them.
    #![proptest_config(ProptestConfig { cases: 1000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_pdf_always_compiles(md in markdown()) {
        let result = opcat_press::pdf::typeset_markdown(&md, template(), fonts());
        prop_assert!(result.is_ok(), "{md:?} did not typeset: {:?}", result.err());
    }
}

/// Inputs the fuzz test once found failing, kept so they stay fixed.
#[test]
fn found_cases_typeset() {
    let mut failed = Vec::new();
    for md in [
        // A heading in a note holding only a reference to a note.
        "*```rust\n[^1]: ## [^1]\n- [^1]# ",
        // Headings holding only a reference to an empty note.
        "## [^1]\n## [^1]\n# ## [^1]\n[^1]: ",
        // A note in a heading, referenced again: the contents must not
        // typeset it (and its label) a second time.
        "## A[^1]\n\n## B[^1]\n\nText[^1]\n\n[^1]: note\n",
        "## [^1]\n\n## [^1]\n\n[^1]: note\n",
        // An empty heading is dropped: the next one may not skip a level.
        "# \n\n[r]: javascript:alert(1)\n\n[x][r]```rust\n#### - ",
        "## \n\n#### Deeper\n",
    ] {
        if let Err(e) = opcat_press::pdf::typeset_markdown(md, template(), fonts()) {
            failed.push(format!("{md:?} did not typeset: {e:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// The script check itself finds what it must (so a pass means something).
#[test]
fn the_script_check_finds_script() {
    for bad in [
        "<script>x</script>",
        "<p onclick=\"x\">a</p>",
        "<a href=\" JavaScript:x\">a</a>",
        "<img src=\"data:image/svg+xml,x\">",
        "<svg></svg>",
        "<input type=\"text\">",
        "<form><button formaction=\"javascript:x\">a</button></form>",
        "<a XLINK:HREF=\"javascript:x\">a</a>",
    ] {
        assert!(script_in(bad).is_some(), "{bad}");
    }
    for fine in [
        "<input type=\"checkbox\" disabled=\"\"> <a href=\"https://x\">a</a>",
        // Text that looks like an address, where no address is followed.
        "<img src=\"\" alt=\"javascript:alert(1)\">",
        "<pre data-lang=\"javascript://x\"><code class=\"language-javascript:x\"></code></pre>",
    ] {
        assert!(script_in(fine).is_none(), "{fine}");
    }
}
