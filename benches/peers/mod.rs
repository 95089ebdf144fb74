//! The synthetic site written again for Hugo, to compare against a peer on
//! the same pages: one Hugo page for each HTML page opcat-press built, with
//! the same Markdown for the chapters, body pages from the registry, a
//! listing per report year, and minimal layouts (baseof, single, list, 404).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use crate::synthetic::write;

const CONFIG: &str = r#"baseURL = "https://example.org/"
languageCode = "en-GB"
title = "Synthetic NPM"
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
"#;

const BASEOF: &str = r#"<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ site.Title }}</title></head>
<body>
<nav aria-label="Breadcrumb"><a href="{{ "/" | relURL }}">{{ site.Title }}</a>{{ range .Ancestors.Reverse }}{{ if not .IsHome }} › <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}</nav>
<main><h1>{{ .Title }}</h1>
{{ block "main" . }}{{ end }}
</main>
</body>
</html>
"#;

const SINGLE: &str = "{{ define \"main\" }}{{ .Content }}{{ end }}\n";

const LIST: &str = "{{ define \"main\" }}{{ .Content }}\n<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n";

const NOT_FOUND: &str = "{{ define \"main\" }}<p>There is no page at this address.</p>{{ end }}\n";

/// Writes a Hugo site in `root` with a page for each of `html`, the HTML
/// files opcat-press wrote (paths relative to its output folder, such as
/// `reports/2010-11/m3/index.html`), its text taken from `content`, the
/// opcat-press content folder. Returns how many HTML files Hugo should write.
pub fn write_hugo(root: &Path, content: &Path, html: &[String]) -> Result<usize, String> {
    write(&root.join("config.toml"), CONFIG);
    let layouts = root.join("layouts");
    write(&layouts.join("_default/baseof.html"), BASEOF);
    write(&layouts.join("_default/single.html"), SINGLE);
    write(&layouts.join("_default/list.html"), LIST);
    write(&layouts.join("404.html"), NOT_FOUND);

    // "reports/2010-11/m3/index.html" -> "reports/2010-11/m3"; "" is home.
    let dirs: BTreeSet<&str> = html
        .iter()
        .filter_map(|p| p.strip_suffix("index.html"))
        .map(|d| d.trim_end_matches('/'))
        .collect();
    // A page with pages below it is a Hugo section (`_index.md`, listing
    // them) when its parent is one too; Hugo needs every level of a nested
    // section to be one. Shorter paths come first, so parents are decided first.
    let mut by_depth: Vec<&str> = dirs.iter().copied().collect();
    by_depth.sort_by_key(|d| (d.matches('/').count(), *d));
    let mut sections: BTreeSet<&str> = BTreeSet::new();
    for d in by_depth {
        let below = if d.is_empty() {
            String::new()
        } else {
            format!("{d}/")
        };
        let has_children = dirs
            .iter()
            .any(|o| o.len() > below.len() && o.starts_with(&below));
        let parent = d.rsplit_once('/').map_or("", |(p, _)| p);
        if d.is_empty() || (has_children && sections.contains(parent)) {
            sections.insert(d);
        }
    }
    let c = root.join("content");
    for (weight, d) in dirs.iter().enumerate() {
        let (title, body) = page_text(content, d)?;
        let file = if d.is_empty() {
            c.join("_index.md")
        } else if sections.contains(d) {
            c.join(d).join("_index.md")
        } else {
            c.join(format!("{d}.md"))
        };
        // YAML front matter, which Pandoc reads too (it has no TOML), so
        // the toolchain bench converts these same files; a JSON string is a
        // YAML one.
        write(
            &file,
            &format!(
                "---\ntitle: {}\nweight: {}\n---\n\n{body}",
                serde_json::Value::String(title),
                weight + 1
            ),
        );
    }
    let not_found = html.iter().filter(|p| *p == "404.html").count();
    Ok(dirs.len() + not_found)
}

/// A page's title and Markdown: a chapter's own, a body's from the
/// registry, a year's summary, or a line saying what the page is.
fn page_text(content: &Path, dir: &str) -> Result<(String, String), String> {
    let read =
        |p: &Path| fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()));
    for md in [
        content.join(format!("{dir}.md")),
        content.join("pages").join(format!("{dir}.md")),
    ] {
        if md.is_file() {
            let text = read(&md)?;
            return Ok(split_front_matter(&text, dir));
        }
    }
    if let Some(id) = dir.strip_prefix("registry/bodies/") {
        let path = content.join(format!("registry/bodies/{id}.toml"));
        let t: toml::Table =
            toml::from_str(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = t.get("name").and_then(|v| v.as_str()).unwrap_or(id);
        let mut body = format!(
            "{}\n\n## Coverage\n\n",
            t.get("summary")
                .and_then(|v| v.as_str())
                .unwrap_or_default()
        );
        for cov in t
            .get("coverage")
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
        {
            let field = |k: &str| cov.get(k).and_then(|v| v.as_str()).unwrap_or_default();
            let nations: Vec<&str> = cov
                .get("nations")
                .and_then(|v| v.as_array())
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str())
                .collect();
            let _ = writeln!(
                body,
                "- {} in {} ({})",
                field("setting"),
                nations.join(", "),
                field("role")
            );
        }
        return Ok((name.to_string(), body));
    }
    let report = content.join(dir).join("report.toml");
    if report.is_file() {
        let t: toml::Table =
            toml::from_str(&read(&report)?).map_err(|e| format!("{}: {e}", report.display()))?;
        let field = |k: &str| t.get(k).and_then(|v| v.as_str()).unwrap_or_default();
        return Ok((
            field("title").to_string(),
            format!("{}\n", field("summary")),
        ));
    }
    let name = dir.rsplit('/').next().unwrap_or_default();
    let title = if name.is_empty() {
        "Synthetic NPM"
    } else {
        name
    };
    Ok((title.to_string(), format!("The {title} page.\n")))
}

/// The `title` from opcat-press's `+++` front matter, and the Markdown after it.
fn split_front_matter(text: &str, fallback: &str) -> (String, String) {
    let Some(rest) = text.strip_prefix("+++\n") else {
        return (fallback.to_string(), text.to_string());
    };
    let Some((front, body)) = rest.split_once("\n+++\n") else {
        return (fallback.to_string(), text.to_string());
    };
    let title = toml::from_str::<toml::Table>(front)
        .ok()
        .and_then(|t| t.get("title").and_then(|v| v.as_str()).map(str::to_string))
        .unwrap_or_else(|| fallback.to_string());
    (title, body.to_string())
}
