//! The words `theme/js/site.js` shows (the catalogue's messages whose id
//! starts `js-`), as a JSON file the script fetches for the page's
//! language: `js/words.<language>.json`. Stage 3, render; touches nothing.
//!
//! The script fills in variables itself, so each message is written with
//! `{name}` where a variable goes. A message that chooses by `$count`
//! (a plural) becomes one text per plural category of the language
//! (`{"one": "{count} result", "other": "{count} results"}`), which the
//! script picks with the browser's `Intl.PluralRules`, the same CLDR rules
//! Fluent uses.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

use super::Catalogue;

/// The prefix of the messages the script uses.
pub const PREFIX: &str = "js-";

/// The variables the script's messages may use besides `count`.
const VARIABLES: [&str; 9] = [
    "q", "what", "setting", "nation", "label", "date", "shown", "max", "link",
];

/// Where the file goes in the output folder.
pub fn path(language: &str) -> String {
    format!("js/words.{language}.json")
}

/// The JSON file of `catalogue`'s script messages.
pub fn words(catalogue: &Catalogue) -> String {
    let samples = samples(&catalogue.language);
    let mut out: BTreeMap<&str, serde_json::Value> = BTreeMap::new();
    for (id, _) in catalogue.ids() {
        if !id.starts_with(PREFIX) {
            continue;
        }
        let forms: BTreeMap<&str, String> = samples
            .iter()
            .map(|(name, n)| (*name, form(catalogue, id, *n)))
            .collect();
        let first = forms.values().next().cloned().unwrap_or_default();
        let value = if forms.values().all(|f| *f == first) {
            serde_json::Value::String(first)
        } else {
            serde_json::json!(forms)
        };
        out.insert(id, value);
    }
    serde_json::to_string(&out).unwrap_or_default()
}

/// The message `id` with `{name}` for each variable and `n` as the count,
/// written back as `{count}`.
fn form(catalogue: &Catalogue, id: &str, n: u32) -> String {
    let mut args = FluentArgs::new();
    for v in VARIABLES {
        args.set(v, format!("{{{v}}}"));
    }
    args.set("count", FluentValue::from(n));
    let text = catalogue
        .format(id, Some(&args))
        .unwrap_or_else(|_| id.to_string());
    text.replacen(&n.to_string(), "{count}", 1)
}

/// The smallest whole number in each plural category of `language`, by
/// the category's name as `Intl.PluralRules` gives it.
fn samples(language: &str) -> Vec<(&'static str, u32)> {
    // The rules are by language; `en-GB` has those of `en`.
    let rules = [language, language.split('-').next().unwrap_or(language)]
        .iter()
        .filter_map(|l| l.parse::<unic_langid::LanguageIdentifier>().ok())
        .find_map(|l| PluralRules::create(l, PluralRuleType::CARDINAL).ok());
    let Some(rules) = rules else {
        return vec![("other", 0)];
    };
    let mut found: Vec<(&'static str, u32)> = Vec::new();
    for n in 0..1000u32 {
        let name = match rules.select(n) {
            Ok(PluralCategory::ZERO) => "zero",
            Ok(PluralCategory::ONE) => "one",
            Ok(PluralCategory::TWO) => "two",
            Ok(PluralCategory::FEW) => "few",
            Ok(PluralCategory::MANY) => "many",
            _ => "other",
        };
        if !found.iter().any(|(c, _)| *c == name) {
            found.push((name, n));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_language_has_the_plural_categories_of_its_rules() {
        let cats =
            |l: &str| -> Vec<&str> { super::samples(l).into_iter().map(|(c, _)| c).collect() };
        assert_eq!(cats("en-GB"), ["other", "one"]);
        // Welsh: 0 zero, 1 one, 2 two, 3 few, 6 many, the rest other.
        let mut cy = cats("cy");
        cy.sort();
        assert_eq!(cy, ["few", "many", "one", "other", "two", "zero"]);
    }
}
