//! The templates' `t` filter: `{{ "nav-registry" | t }}` is the message
//! `nav-registry` in the page's language (the context's `lang`, else the
//! site's), `{{ "bodies-count" | t(count=n, name=x) }}` with variables.
//! Stage 3, render; touches nothing.
//!
//! The message's own text is escaped for HTML and XML (unless its id ends
//! in `-html`: then it is markup, as a template is), and string
//! variables as the template escapes them; a variable that is already
//! safe markup (a link made in the template with `| safe`, or a
//! `{% set %}` block) goes in as it is, so a sentence can wrap a link
//! without being cut in two for the translator.

use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Kwargs, State, TeraResult, Value};

use super::Catalogues;

/// Marks where a string variable goes while the rest is escaped: private-use
/// characters, which neither a message nor HTML escaping produces.
const OPEN: char = '\u{F8F0}';
const CLOSE: char = '\u{F8F1}';

/// Messages whose id ends so are markup (`<code>` in a sentence) and are
/// not escaped: the catalogues are part of the templates, and as trusted.
pub const MARKUP: &str = "-html";

pub struct Translate {
    pub catalogues: Arc<Catalogues>,
    /// The language when the context has no `lang`.
    pub default: String,
}

/// The page's catalogue: the one of the context's `lang`, else `default`.
fn catalogue<'c>(
    catalogues: &'c Catalogues,
    default: &str,
    state: &State,
) -> TeraResult<&'c Arc<super::Catalogue>> {
    let lang: Option<String> = state.get("lang").ok().flatten();
    let lang = lang.as_deref().unwrap_or(default);
    catalogues
        .get(lang)
        .ok_or_else(|| tera::Error::message(format!("no catalogue for the language `{lang}`")))
}

/// The templates' `date_text` filter: `{{ d.iso | date_text }}` is the
/// date as the page's language writes it ("31 March 2009").
pub struct Dates {
    pub catalogues: Arc<Catalogues>,
    pub default: String,
}

impl Dates {
    pub fn call(&self, iso: &str, state: &State) -> TeraResult<Value> {
        let catalogue = catalogue(&self.catalogues, &self.default, state)?;
        let date = crate::content::date::Date::parse(iso)
            .ok_or_else(|| tera::Error::message(format!("`{iso}` is not a date")))?;
        Ok(Value::from(catalogue.date(date)))
    }
}

impl Translate {
    pub fn call(&self, id: &str, kwargs: Kwargs, state: &State) -> TeraResult<Value> {
        let lang: Option<String> = state.get("lang").ok().flatten();
        let lang = lang.as_deref().unwrap_or(&self.default);
        let catalogue = self.catalogues.get(lang).ok_or_else(|| {
            tera::Error::message(format!("no catalogue for the language `{lang}`"))
        })?;
        let mut args = FluentArgs::new();
        let mut safe: Vec<String> = Vec::new();
        for (key, value) in kwargs.iter() {
            let name = key.to_string();
            if let Some(n) = value.as_number() {
                let n = match n {
                    tera::Number::Integer(i) => FluentValue::from(i64::try_from(i).unwrap_or(0)),
                    tera::Number::Float(f) => FluentValue::from(f),
                    other => FluentValue::from(other.as_float()),
                };
                args.set(name, n);
            } else {
                // Escaped as the template would escape it, unless it is
                // already markup.
                let text = value
                    .as_str()
                    .map_or_else(|| value.to_string(), str::to_string);
                let text = if value.is_safe() || !state.autoescaping_enabled() {
                    text
                } else {
                    state.escape(&text)?
                };
                args.set(name, format!("{OPEN}{}{CLOSE}", safe.len()));
                safe.push(text);
            }
        }
        let text = catalogue
            .format(id, Some(&args))
            .map_err(tera::Error::message)?;
        let escaped = if state.autoescaping_enabled() && !id.ends_with(MARKUP) {
            escape(&text)
        } else {
            text
        };
        Ok(Value::safe_string(&put_back(&escaped, &safe)))
    }
}

/// A message's own text escaped for HTML and XML text and double-quoted
/// attributes (`&`, `<`, `>`, `"`). Apostrophes are left as they are, as
/// they were when the words were written in the templates.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// `text` with each marker replaced by its variable, escaped.
fn put_back(text: &str, safe: &[String]) -> String {
    if safe.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len_utf8()..];
        let Some(end) = after.find(CLOSE) else {
            out.push_str(&rest[start..]);
            return out;
        };
        match after[..end].parse::<usize>().ok().and_then(|i| safe.get(i)) {
            Some(s) => out.push_str(s),
            None => out.push_str(&rest[start..start + OPEN.len_utf8() + end + CLOSE.len_utf8()]),
        }
        rest = &after[end + CLOSE.len_utf8()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::put_back;

    #[test]
    fn safe_variables_go_back_where_their_markers_are() {
        let safe = vec!["<a href=\"/x\">X</a>".to_string()];
        let text = format!("under the {}0{}, except", super::OPEN, super::CLOSE);
        assert_eq!(
            put_back(&text, &safe),
            "under the <a href=\"/x\">X</a>, except"
        );
        assert_eq!(put_back("no markers", &safe), "no markers");
    }
}
