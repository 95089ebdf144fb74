//! Stage 1, load (the interface's words): reads the message catalogues in
//! `templates/i18n/<language>/*.ftl` (Project Fluent), checks each against
//! the reference catalogue (en-GB: every message it has, the others must
//! have), and formats messages for the templates (the `t` filter, see
//! [`filter`]), the text the renderers make in Rust and the PDF. Reads the
//! catalogue files; writes nothing.
//!
//! A catalogue says who translated it and whether a fluent speaker has
//! reviewed it, in three messages every catalogue has:
//! `catalogue-language-name` (the language's name in itself),
//! `catalogue-translator` and `catalogue-reviewed` (`yes` or `no`).

pub mod filter;
pub mod script;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast;
use walkdir::WalkDir;

use crate::content::date::Date;
use crate::diagnostics::{Diagnostic, Sources};

/// The folder under the templates folder that holds the catalogues.
pub const FOLDER: &str = "i18n";

/// The language every other catalogue is checked against.
pub const REFERENCE: &str = "en-GB";

/// One language's messages.
pub struct Catalogue {
    pub language: String,
    bundle: FluentBundle<FluentResource>,
    /// Each message's file, relative to the templates folder.
    files: BTreeMap<String, PathBuf>,
    /// The language's name in itself (`Cymraeg`).
    pub name: String,
    pub translator: String,
    /// Whether a fluent speaker has reviewed the translation.
    pub reviewed: bool,
}

/// The language's collation (ICU4X, CLDR's rules: Welsh sorts Ch after C,
/// Ll after L and so on), or `None` where ICU has no data for it.
pub fn collator(language: &str) -> Option<icu_collator::CollatorBorrowed<'static>> {
    let locale = icu_locale_core::Locale::try_from_str(language).ok()?;
    icu_collator::Collator::try_new(
        (&locale).into(),
        icu_collator::options::CollatorOptions::default(),
    )
    .ok()
}

/// A variable of a message the program formats.
pub enum Var {
    S(String),
    N(i64),
}

impl Var {
    fn fluent(&self) -> FluentValue<'_> {
        match self {
            Var::S(s) => FluentValue::from(s.as_str()),
            Var::N(n) => FluentValue::from(*n),
        }
    }
}

impl From<&str> for Var {
    fn from(s: &str) -> Var {
        Var::S(s.to_string())
    }
}

impl From<String> for Var {
    fn from(s: String) -> Var {
        Var::S(s)
    }
}

impl From<usize> for Var {
    fn from(n: usize) -> Var {
        Var::N(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// The catalogues of a site's languages, by language tag.
#[derive(Clone, Default)]
pub struct Catalogues {
    by_language: BTreeMap<String, Arc<Catalogue>>,
}

impl Catalogues {
    pub fn get(&self, language: &str) -> Option<&Arc<Catalogue>> {
        self.by_language.get(language)
    }
}

impl Catalogue {
    /// The message `id` with `args`, or why it cannot be formatted.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Result<String, String> {
        let message = self.bundle.get_message(id).ok_or_else(|| {
            format!(
                "there is no message `{id}` in the {} catalogue",
                self.language
            )
        })?;
        let pattern = message
            .value()
            .ok_or_else(|| format!("the message `{id}` has no text"))?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        match errors.first() {
            Some(e) => Err(format!("the message `{id}` ({}): {e}", self.language)),
            None => Ok(text.into_owned()),
        }
    }

    /// The message `id` with no arguments; the id itself if there is no
    /// such message (catalogues are checked complete when loaded, so this
    /// is only for ids the program itself uses).
    pub fn text(&self, id: &str) -> String {
        self.format(id, None).unwrap_or_else(|_| id.to_string())
    }

    /// The message `id` with `vars`, for text the renderers make; the id
    /// itself if it cannot be formatted (a test checks that the reference
    /// catalogue has every id the program uses, and every catalogue is
    /// checked against it when loaded).
    pub fn tf(&self, id: &str, vars: &[(&str, Var)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in vars {
            args.set(*name, value.fluent());
        }
        self.format(id, Some(&args))
            .unwrap_or_else(|_| id.to_string())
    }

    /// `date` as the language writes it ("31 March 2009", "March 2009",
    /// "2009" by its precision).
    pub fn date(&self, date: Date) -> String {
        let month = |m: u8| self.text(&format!("month-{m}"));
        match (date.month, date.day) {
            (Some(m), Some(d)) => self.tf(
                "date-day-month-year",
                &[
                    ("day", Var::N(d.into())),
                    ("month", Var::S(month(m))),
                    ("year", Var::N(date.year.into())),
                ],
            ),
            (Some(m), None) => self.tf(
                "date-month-year",
                &[
                    ("month", Var::S(month(m))),
                    ("year", Var::N(date.year.into())),
                ],
            ),
            _ => date.year.to_string(),
        }
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message ids, each with the file it is in.
    pub fn ids(&self) -> impl Iterator<Item = (&str, &Path)> {
        self.files.iter().map(|(id, f)| (id.as_str(), f.as_path()))
    }
}

/// Loads the catalogues of `languages` from `templates/i18n/`, each checked
/// against the reference catalogue. All problems are returned together.
pub fn load(
    templates: &Path,
    languages: &[&str],
    sources: &mut Sources,
) -> Result<Catalogues, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut by_language = BTreeMap::new();
    let (reference, problems) = read(templates, REFERENCE, sources).map_err(|d| vec![d])?;
    diags.extend(problems);
    let reference = Arc::new(reference);
    for &language in languages {
        if language == REFERENCE {
            by_language.insert(language.to_string(), Arc::clone(&reference));
            continue;
        }
        match read(templates, language, sources) {
            Ok((catalogue, problems)) => {
                diags.extend(problems);
                diags.extend(missing(templates, &catalogue, &reference));
                by_language.insert(language.to_string(), Arc::new(catalogue));
            }
            Err(d) => diags.push(d),
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    Ok(Catalogues { by_language })
}

/// The shipped catalogue of `language` (checked against en-GB's), for tests.
#[cfg(test)]
pub fn shipped(language: &str) -> Arc<Catalogue> {
    let templates = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let catalogues = load(&templates, &[language], &mut Sources::default()).unwrap_or_else(|d| {
        panic!(
            "the {language} catalogue does not load: {} problems",
            d.len()
        )
    });
    Arc::clone(catalogues.get(language).expect("loaded"))
}

/// The catalogue folders under `templates/i18n/`: the languages shipped.
pub fn available(templates: &Path) -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(templates.join(FOLDER))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    found
}

/// Reads one language's `.ftl` files into a catalogue, with the problems in
/// them (syntax errors, a message given twice, a missing or unclear
/// `catalogue-reviewed`).
fn read(
    templates: &Path,
    language: &str,
    sources: &mut Sources,
) -> Result<(Catalogue, Vec<Diagnostic>), Diagnostic> {
    let dir = templates.join(FOLDER).join(language);
    let langid: unic_langid::LanguageIdentifier = language.parse().map_err(|_| {
        Diagnostic::error(&dir, None, format!("`{language}` is not a language tag"))
            .with_hint("use a BCP 47 tag such as `en-GB`, `cy` or `fr`")
    })?;
    if !dir.is_dir() {
        let have = available(templates).join(", ");
        return Err(Diagnostic::error(
            &dir,
            None,
            format!("there is no message catalogue for the language `{language}`"),
        )
        .with_hint(format!(
            "the templates have catalogues for: {have}; copy templates/i18n/{REFERENCE}/ to \
             templates/i18n/{language}/ and translate it"
        )));
    }
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // The pages set `dir` where a passage's direction differs; Fluent's
    // isolation marks would be stray characters in every page.
    bundle.set_use_isolating(false);
    // NUMBER(), for ordinals ("8th") and number formats.
    let _ = bundle.add_builtins();
    let mut files = BTreeMap::new();
    let mut diags = Vec::new();
    for entry in WalkDir::new(&dir).sort_by_file_name() {
        let Ok(entry) = entry else { continue };
        let path = entry.path();
        if !entry.file_type().is_file() || path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                diags.push(Diagnostic::error(path, None, format!("cannot read: {e}")));
                continue;
            }
        };
        sources.insert(path.to_path_buf(), Arc::from(text.as_str()));
        let resource = match FluentResource::try_new(text.clone()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    diags.push(
                        Diagnostic::error(
                            path,
                            Some(e.pos.clone()),
                            e.to_string().replace('\n', "\\n"),
                        )
                        .with_hint("see https://projectfluent.org/fluent/guide/ for the syntax"),
                    );
                }
                r
            }
        };
        let rel = path.strip_prefix(templates).unwrap_or(path).to_path_buf();
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                files.entry(m.id.name.to_string()).or_insert(rel.clone());
            }
        }
        if let Err(errors) = bundle.add_resource(resource) {
            for e in errors {
                if let FluentError::Overriding { id, .. } = &e {
                    let at = text
                        .find(&format!("\n{id} ="))
                        .map(|i| i + 1..i + 1 + id.len());
                    diags.push(
                        Diagnostic::error(path, at, format!("the message `{id}` is given twice"))
                            .with_hint("keep one; each message id is used once per language"),
                    );
                }
            }
        }
    }
    let mut catalogue = Catalogue {
        language: language.to_string(),
        bundle,
        files,
        name: String::new(),
        translator: String::new(),
        reviewed: false,
    };
    catalogue.name = catalogue.text("catalogue-language-name");
    catalogue.translator = catalogue.text("catalogue-translator");
    match catalogue.format("catalogue-reviewed", None).as_deref() {
        Ok("yes") => catalogue.reviewed = true,
        Ok("no") | Err(_) => {}
        Ok(other) => diags.push(
            Diagnostic::error(
                catalogue.file_of("catalogue-reviewed", &dir),
                None,
                format!("`catalogue-reviewed` is `{other}`"),
            )
            .with_hint("write `yes` once a fluent speaker has reviewed the translation, else `no`"),
        ),
    }
    Ok((catalogue, diags))
}

impl Catalogue {
    /// The file a message is in, or `fallback`.
    fn file_of(&self, id: &str, fallback: &Path) -> PathBuf {
        self.files
            .get(id)
            .cloned()
            .unwrap_or_else(|| fallback.to_path_buf())
    }
}

/// The reference's messages `catalogue` lacks.
fn missing(templates: &Path, catalogue: &Catalogue, reference: &Catalogue) -> Vec<Diagnostic> {
    let dir = templates.join(FOLDER).join(&catalogue.language);
    let mut diags = Vec::new();
    for (id, file) in reference.ids() {
        if catalogue.has(id) {
            continue;
        }
        // The file of the same name in this language's folder.
        let name = file.file_name().map(PathBuf::from).unwrap_or_default();
        let english = reference.text(id);
        diags.push(
            Diagnostic::error(
                dir.join(&name),
                None,
                format!("the {} catalogue has no message `{id}`", catalogue.language),
            )
            .with_hint(format!(
                "add `{id} = …` to {}, translating the English: “{english}”",
                dir.join(&name).display()
            )),
        );
    }
    diags
}
