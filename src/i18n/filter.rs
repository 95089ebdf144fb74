//! The templates' `t` filter: `{{ "nav-registry" | t }}` is the message
//! `nav-registry` in the page's language (the context's `lang`, else the
//! site's), `{{ "bodies-count" | t(count=n, name=x) }}` with variables.
//! Stage 3, render; touches nothing.
//!
//! The message's own text and string variables are escaped as the
//! template escapes (HTML in `.html`, XML in `.xml`); a variable that is
//! already safe markup (a link made in the template with `| safe`, or a
//! `{% set %}` block) goes in as it is, so a sentence can wrap a link
//! without being cut in two for the translator.

use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Kwargs, State, TeraResult, Value};

use super::Catalogues;

/// Marks where a safe variable goes while the rest is escaped: private-use
/// characters, which neither a message nor HTML escaping produces.
const OPEN: char = '\u{F8F0}';
const CLOSE: char = '\u{F8F1}';

pub struct Translate {
    pub catalogues: Arc<Catalogues>,
    /// The language when the context has no `lang`.
    pub default: String,
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
            } else if value.is_safe() {
                args.set(name, format!("{OPEN}{}{CLOSE}", safe.len()));
                safe.push(value.as_str().unwrap_or_default().to_string());
            } else if let Some(text) = value.as_str() {
                args.set(name, text.to_string());
            } else {
                args.set(name, value.to_string());
            }
        }
        let text = catalogue
            .format(id, Some(&args))
            .map_err(tera::Error::message)?;
        let escaped = if state.autoescaping_enabled() {
            state.escape(&text)?
        } else {
            text
        };
        Ok(Value::safe_string(&put_back(&escaped, &safe)))
    }
}

/// `text` with each marker replaced by its safe variable.
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
