//! Where a link in Markdown may go. One resolver serves the validator (which
//! reports what is wrong) and the renderer (which writes the href), so a link
//! the build accepts is exactly a link the page contains. Links are resolved
//! lexically inside the content folder: `..` can never climb out of it.

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

/// Every target a link may name.
#[derive(Debug, Clone, Default)]
pub struct LinkIndex {
    /// Content-relative source file → its page URL and heading ids (`None`:
    /// not known, because the file could not be read; any heading passes).
    pages: HashMap<PathBuf, (String, Option<HashSet<String>>)>,
    /// Content-relative files copied to the output at the same path.
    assets: HashSet<PathBuf>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A web address, used as it is.
    External(String),
    /// A page of the site (site-relative URL) and maybe a heading on it.
    Page {
        url: String,
        fragment: Option<String>,
    },
    /// A file from the content folder (content-relative path; the site has it
    /// at the same path).
    Asset(PathBuf),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    Scheme(String),
    /// `//host/path`: a web address without its scheme.
    SchemeRelative,
    RootAbsolute,
    LeavesContent,
    NotFound(PathBuf),
    /// A file that is not a page or an asset (e.g. `site.toml`).
    NotLinkable(PathBuf),
    NoHeading {
        page: PathBuf,
        fragment: String,
    },
}

impl LinkError {
    pub fn message(&self, dest: &str) -> String {
        match self {
            LinkError::Empty => "empty link".into(),
            LinkError::Scheme(s) => format!("links with `{s}:` are not allowed"),
            LinkError::SchemeRelative => format!("`{dest}` is a web address without `https:`"),
            LinkError::RootAbsolute => format!(
                "`{dest}` starts with `/`, which breaks when the site lives in a sub-folder"
            ),
            LinkError::LeavesContent => format!("`{dest}` points outside the content folder"),
            LinkError::NotFound(p) => {
                format!("`{dest}` points to `{}`, which does not exist", p.display())
            }
            LinkError::NotLinkable(p) => format!(
                "`{}` is not a page or a file the site publishes",
                p.display()
            ),
            LinkError::NoHeading { page, fragment } => {
                format!(
                    "`{}` has no heading with the id `{fragment}`",
                    page.display()
                )
            }
        }
    }

    pub fn hint(&self) -> &'static str {
        match self {
            LinkError::Empty => "give the link a target, or remove the brackets",
            LinkError::Scheme(_) => "only https:, http:, mailto: and tel: links are allowed",
            LinkError::SchemeRelative => "write the full address, starting https://",
            LinkError::RootAbsolute => {
                "link from the content folder's root with `@/`, e.g. `@/pages/about.md`"
            }
            LinkError::LeavesContent => {
                "only files inside the content folder can be linked or shown"
            }
            LinkError::NotFound(_) => {
                "check the file name; links are relative to this file, or to the content folder with `@/`"
            }
            LinkError::NotLinkable(_) => {
                "link to a chapter or page (`.md`), a body (`@/registry/bodies/ID.toml`) or an image"
            }
            LinkError::NoHeading { .. } => {
                "heading ids are the heading text in lowercase with spaces as `-`"
            }
        }
    }
}

const ALLOWED_SCHEMES: [&str; 4] = ["https", "http", "mailto", "tel"];

impl LinkIndex {
    pub fn add_page(&mut self, rel: PathBuf, url: String, ids: Option<HashSet<String>>) {
        self.pages.insert(rel, (url, ids));
    }

    /// The heading ids of the page at `rel`, as links to it are checked
    /// against them.
    pub fn heading_ids(&self, rel: &Path) -> Option<&HashSet<String>> {
        self.pages.get(rel).and_then(|(_, ids)| ids.as_ref())
    }

    pub fn add_asset(&mut self, rel: PathBuf) {
        self.assets.insert(rel);
    }

    /// One number for every target and heading id: equal numbers, equal
    /// resolutions (for caches of rendered text).
    pub fn fingerprint(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut pages: Vec<_> = self.pages.iter().collect();
        pages.sort_by(|a, b| a.0.cmp(b.0));
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for (rel, (url, ids)) in pages {
            rel.hash(&mut h);
            url.hash(&mut h);
            match ids {
                Some(ids) => {
                    let mut ids: Vec<&String> = ids.iter().collect();
                    ids.sort();
                    ids.hash(&mut h);
                }
                None => 0u8.hash(&mut h),
            }
        }
        let mut assets: Vec<&PathBuf> = self.assets.iter().collect();
        assets.sort();
        assets.hash(&mut h);
        h.finish()
    }

    /// Resolves `dest`, written in the file `from` (content-relative).
    pub fn resolve(&self, from: &Path, dest: &str) -> Result<Target, LinkError> {
        let dest = dest.trim();
        if dest.is_empty() {
            return Err(LinkError::Empty);
        }
        if let Some(scheme) = scheme(dest) {
            let lower = scheme.to_ascii_lowercase();
            return if ALLOWED_SCHEMES.contains(&lower.as_str()) {
                Ok(Target::External(dest.to_string()))
            } else {
                Err(LinkError::Scheme(scheme.to_string()))
            };
        }
        if dest.starts_with("//") {
            return Err(LinkError::SchemeRelative);
        }
        let (path_part, fragment) = match dest.split_once('#') {
            Some((p, f)) => (p, Some(f.to_string())),
            None => (dest, None),
        };
        let path_part = path_part.split('?').next().unwrap_or("");
        let rel = if path_part.is_empty() {
            from.to_path_buf()
        } else if let Some(root_rel) = path_part.strip_prefix("@/") {
            normalise(Path::new(""), &percent_decode(root_rel))?
        } else if path_part.starts_with('/') {
            return Err(LinkError::RootAbsolute);
        } else {
            let dir = from.parent().unwrap_or(Path::new(""));
            normalise(dir, &percent_decode(path_part))?
        };
        if let Some((url, ids)) = self.pages.get(&rel) {
            if let (Some(f), Some(ids)) = (&fragment, ids)
                && !f.is_empty()
                && !ids.contains(f)
            {
                return Err(LinkError::NoHeading {
                    page: rel,
                    fragment: f.clone(),
                });
            }
            return Ok(Target::Page {
                url: url.clone(),
                fragment: fragment.filter(|f| !f.is_empty()),
            });
        }
        if self.assets.contains(&rel) {
            return Ok(Target::Asset(rel));
        }
        let looks_like_page = rel.extension().is_some_and(|e| e == "md" || e == "toml");
        if !looks_like_page && !rel.as_os_str().is_empty() && rel.extension().is_some() {
            return Err(LinkError::NotFound(rel));
        }
        Err(if looks_like_page && self.is_known_source(&rel) {
            LinkError::NotLinkable(rel)
        } else {
            LinkError::NotFound(rel)
        })
    }

    fn is_known_source(&self, rel: &Path) -> bool {
        matches!(
            rel.to_str(),
            Some(
                "site.toml"
                    | "registry/nations.toml"
                    | "registry/settings.toml"
                    | "registry/sources.toml"
                    | "registry/designations.toml"
            )
        ) || rel.file_name().is_some_and(|n| n == "report.toml")
    }

    /// The `href` to write on the page at `page_url`, whose way back to the
    /// site root is `root`.
    pub fn href(target: &Target, page_url: &str, root: &str) -> String {
        match target {
            Target::External(u) => u.clone(),
            Target::Page { url, fragment } => match fragment {
                Some(f) if url == page_url => format!("#{f}"),
                Some(f) => format!("{root}{url}#{f}"),
                None => format!("{root}{url}"),
            },
            Target::Asset(path) => format!("{root}{}", url_encode_path(path)),
        }
    }
}

/// `https` in `https://…`; `None` for paths (a `:` after a `/` is not a scheme).
fn scheme(dest: &str) -> Option<&str> {
    let end = dest.find(':')?;
    let s = &dest[..end];
    let mut chars = s.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)))
        .then_some(s)
}

/// Joins and removes `.`/`..` without touching the disk.
fn normalise(dir: &Path, rel: &str) -> Result<PathBuf, LinkError> {
    let mut out = PathBuf::new();
    for c in dir.join(rel).components() {
        match c {
            Component::Normal(p) => out.push(p),
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return Err(LinkError::LeavesContent);
                }
            }
            Component::RootDir | Component::Prefix(_) => return Err(LinkError::LeavesContent),
        }
    }
    Ok(out)
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(
                std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"),
                16,
            )
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A content path as a URL path: unreserved characters kept, others %-encoded.
pub fn url_encode_path(p: &Path) -> String {
    let s = p.to_string_lossy();
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> LinkIndex {
        let mut i = LinkIndex::default();
        i.add_page(
            "reports/2015-16/hmip.md".into(),
            "reports/2015-16/hmip/".into(),
            Some(HashSet::from(["visits".to_string()])),
        );
        i.add_page(
            "pages/about.md".into(),
            "about/".into(),
            Some(HashSet::new()),
        );
        i.add_asset("reports/2015-16/images/a b.png".into());
        i
    }

    #[test]
    fn resolves_relative_rooted_and_fragment_links() {
        let i = index();
        let from = Path::new("reports/2015-16/foreword.md");
        assert_eq!(
            i.resolve(from, "hmip.md#visits"),
            Ok(Target::Page {
                url: "reports/2015-16/hmip/".into(),
                fragment: Some("visits".into())
            })
        );
        assert_eq!(
            i.resolve(from, "@/pages/about.md"),
            Ok(Target::Page {
                url: "about/".into(),
                fragment: None
            })
        );
        assert_eq!(i.resolve(from, "../../pages/about.md").map(|_| ()), Ok(()));
        assert_eq!(
            i.resolve(from, "images/a%20b.png"),
            Ok(Target::Asset("reports/2015-16/images/a b.png".into()))
        );
    }

    #[test]
    fn refuses_what_it_must() {
        let i = index();
        let from = Path::new("reports/2015-16/foreword.md");
        assert_eq!(
            i.resolve(from, "javascript:alert(1)"),
            Err(LinkError::Scheme("javascript".into()))
        );
        assert_eq!(
            i.resolve(from, "JaVaScRiPt:alert(1)"),
            Err(LinkError::Scheme("JaVaScRiPt".into()))
        );
        assert_eq!(
            i.resolve(from, "data:text/html,x"),
            Err(LinkError::Scheme("data".into()))
        );
        assert_eq!(
            i.resolve(from, "../../../etc/passwd"),
            Err(LinkError::LeavesContent)
        );
        assert_eq!(i.resolve(from, "@/../x.md"), Err(LinkError::LeavesContent));
        assert_eq!(i.resolve(from, "/etc/passwd"), Err(LinkError::RootAbsolute));
        assert!(matches!(
            i.resolve(from, "hmip.md#nope"),
            Err(LinkError::NoHeading { .. })
        ));
        assert!(matches!(
            i.resolve(from, "missing.md"),
            Err(LinkError::NotFound(_))
        ));
        assert_eq!(
            i.resolve(from, "https://example.org/a"),
            Ok(Target::External("https://example.org/a".into()))
        );
    }

    #[test]
    fn hrefs_are_relative_to_the_page() {
        let t = Target::Page {
            url: "about/".into(),
            fragment: Some("x".into()),
        };
        assert_eq!(
            LinkIndex::href(&t, "reports/2015-16/hmip/", "../../../"),
            "../../../about/#x"
        );
        assert_eq!(LinkIndex::href(&t, "about/", "../"), "#x");
    }
}
