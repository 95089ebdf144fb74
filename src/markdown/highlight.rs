//! Code highlighting with syntect, as CSS classes (the theme styles them), so
//! pages carry no inline styles and the colours live in one stylesheet.

use std::sync::OnceLock;

use syntect::highlighting::ThemeSet;
use syntect::html::{ClassStyle, ClassedHTMLGenerator, css_for_theme_with_class_style};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// A fenced code block as HTML. Unknown languages are shown plain.
pub fn block(lang: &str, code: &str) -> String {
    let escaped_lang = pulldown_cmark_escape(lang);
    let set = syntaxes();
    let highlighted = (!lang.is_empty())
        .then(|| set.find_syntax_by_token(lang))
        .flatten()
        .and_then(|syntax| {
            let mut generator =
                ClassedHTMLGenerator::new_with_class_style(syntax, set, CLASS_STYLE);
            for line in LinesWithEndings::from(code) {
                generator
                    .parse_html_for_line_which_includes_newline(line)
                    .ok()?;
            }
            Some(generator.finalize())
        });
    let body = highlighted.unwrap_or_else(|| pulldown_cmark_escape(code));
    if lang.is_empty() {
        format!("<pre class=\"code\"><code>{body}</code></pre>\n")
    } else {
        format!(
            "<pre class=\"code\" data-lang=\"{escaped_lang}\"><code class=\"language-{escaped_lang}\">{body}</code></pre>\n"
        )
    }
}

/// HTML-escapes text with the same escaper pulldown-cmark uses.
pub fn pulldown_cmark_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, s);
    out
}

/// The stylesheet for the highlighting classes.
pub fn syntax_css() -> String {
    let themes = ThemeSet::load_defaults();
    themes
        .themes
        .get("InspiredGitHub")
        .and_then(|t| css_for_theme_with_class_style(t, CLASS_STYLE).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_language_gets_classes_and_unknown_is_escaped() {
        let rust = super::block("rust", "fn main() {}\n");
        assert!(rust.contains("hl-"), "{rust}");
        let plain = super::block("nonexistent", "<b>\n");
        assert!(plain.contains("&lt;b&gt;"), "{plain}");
        let tricky = super::block("\"><script>", "x");
        assert!(!tricky.contains("<script>"), "{tricky}");
    }
}
