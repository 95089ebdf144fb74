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
//!
//! A site may give its own words for any message or term of the templates'
//! catalogue in `content/i18n/<language>/*.ftl` (read here too, after the
//! templates' files, replacing theirs): how its State's parts and official
//! papers are called (`jurisdiction.ftl`), or any other wording.

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

/// The order of names in a language: its collation where ICU has one (so
/// "Care and …" comes before "Care Inspectorate" in English, and "Llys"
/// after "Lyn" in Welsh), else by their characters. Collation ignores
/// control characters, so the marks of text in another language
/// (`translate::marked`) count for nothing.
pub struct NameOrder {
    collator: Option<icu_collator::CollatorBorrowed<'static>>,
}

impl NameOrder {
    pub fn new(language: &str) -> NameOrder {
        NameOrder {
            collator: collator(language),
        }
    }

    pub fn cmp(&self, a: &str, b: &str) -> std::cmp::Ordering {
        let by_collation = match &self.collator {
            Some(c) => c.compare(a, b),
            None => std::cmp::Ordering::Equal,
        };
        let text = |s: &'_ str| s.chars().filter(|c| !c.is_control()).collect::<String>();
        by_collation
            .then_with(|| text(a).cmp(&text(b)))
            .then_with(|| a.cmp(b))
    }
}

/// Whether `language` is written right to left (Arabic, Hebrew, Persian,
/// Urdu…): by the tag's script where it names one (`az-Arab`), else by
/// the language.
pub fn right_to_left(language: &str) -> bool {
    language
        .parse::<unic_langid::LanguageIdentifier>()
        .is_ok_and(|l| l.character_direction() == unic_langid::CharacterDirection::RTL)
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

    /// Whether the catalogue has the message (or, with a leading `-`, the
    /// term) `id`.
    pub fn has(&self, id: &str) -> bool {
        self.files.contains_key(id)
    }

    /// The message and term ids (a term's with its `-`), each with the file
    /// it is in.
    pub fn ids(&self) -> impl Iterator<Item = (&str, &Path)> {
        self.files.iter().map(|(id, f)| (id.as_str(), f.as_path()))
    }
}

/// Where the catalogues are: the templates folder (`templates/i18n/`) and
/// the content folder, whose `i18n/` holds the site's own words, if any.
#[derive(Clone, Copy)]
pub struct Folders<'a> {
    pub templates: &'a Path,
    pub content: Option<&'a Path>,
}

/// Loads the catalogues of `languages` from `templates/i18n/`, each checked
/// against the reference catalogue, with the site's own words over them.
/// All problems are returned together.
pub fn load(
    folders: Folders,
    languages: &[&str],
    sources: &mut Sources,
) -> Result<Catalogues, Vec<Diagnostic>> {
    let templates = folders.templates;
    let mut diags = Vec::new();
    let mut by_language = BTreeMap::new();
    // The templates' reference, against which every language is checked
    // before the site's words go over it.
    let (reference, problems) = read(templates, REFERENCE, sources).map_err(|d| vec![d])?;
    diags.extend(problems);
    for &language in languages {
        match read(templates, language, sources) {
            Ok((mut catalogue, problems)) => {
                if language != REFERENCE {
                    diags.extend(problems);
                    diags.extend(missing(templates, &catalogue, &reference));
                }
                diags.extend(site_words(folders.content, &mut catalogue, sources));
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
    let folders = Folders {
        templates: &templates,
        content: None,
    };
    let catalogues = load(folders, &[language], &mut Sources::default()).unwrap_or_else(|d| {
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
    for path in ftl_files(&dir, usize::MAX) {
        let path = path.as_path();
        let Some((resource, text)) = parse(path, sources, &mut diags) else {
            continue;
        };
        let rel = path.strip_prefix(templates).unwrap_or(path).to_path_buf();
        for id in entry_ids(&resource) {
            files.entry(id).or_insert(rel.clone());
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

/// The `.ftl` files in `dir`, at most `depth` folders down, sorted by name.
fn ftl_files(dir: &Path, depth: usize) -> Vec<PathBuf> {
    WalkDir::new(dir)
        .max_depth(depth)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "ftl"))
        .map(|e| e.into_path())
        .collect()
}

/// Reads and parses one `.ftl` file; its syntax errors go to `diags` (the
/// entries that parse are kept). `None` if it cannot be read.
fn parse(
    path: &Path,
    sources: &mut Sources,
    diags: &mut Vec<Diagnostic>,
) -> Option<(FluentResource, String)> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            diags.push(Diagnostic::error(path, None, format!("cannot read: {e}")));
            return None;
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
    Some((resource, text))
}

/// The ids of a resource's messages and terms (a term's with its `-`).
fn entry_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.to_string()),
            ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

/// The site's own words for `catalogue`'s language, from
/// `content/i18n/<language>/*.ftl`, put over the templates' messages and
/// terms of the same ids. A site can only reword: an id the templates'
/// catalogue does not have is an error (with the closest one it has).
fn site_words(
    content: Option<&Path>,
    catalogue: &mut Catalogue,
    sources: &mut Sources,
) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let Some(content) = content else {
        return diags;
    };
    let dir = content.join(FOLDER).join(&catalogue.language);
    if !dir.is_dir() {
        return diags;
    }
    // Only the language folder's own files: content/ has no other place
    // for them.
    for path in ftl_files(&dir, 1) {
        let path = path.as_path();
        let Some((resource, text)) = parse(path, sources, &mut diags) else {
            continue;
        };
        let unknown: Vec<String> = entry_ids(&resource)
            .into_iter()
            .filter(|id| !catalogue.files.contains_key(id))
            .collect();
        for id in &unknown {
            let at = text.find(id.as_str()).map(|i| i..i + id.len());
            let hint = match crate::diagnostics::suggest(id, catalogue.files.keys()) {
                Some(near) => format!(
                    "did you mean `{near}`? A site can reword the templates' messages, not add new ones"
                ),
                None => format!(
                    "a site can reword the messages of templates/{FOLDER}/{}/, not add new ones",
                    catalogue.language
                ),
            };
            diags.push(
                Diagnostic::error(
                    path,
                    at,
                    format!("the templates' catalogue has no message `{id}`"),
                )
                .with_hint(hint),
            );
        }
        if unknown.is_empty() {
            let ids = entry_ids(&resource);
            catalogue.bundle.add_resource_overriding(resource);
            diags.extend(broken_by(catalogue, path, &text, &ids));
        }
    }
    diags
}

/// The messages the site's words in `path` (which give `ids`) leave unable
/// to be formatted: a reworded term without an attribute the language's
/// messages select on (French `-part` needs `.gender`), or a term they
/// refer to that is not there.
fn broken_by(catalogue: &Catalogue, path: &Path, text: &str, ids: &[String]) -> Vec<Diagnostic> {
    use fluent_bundle::resolver::{ResolverError, errors::ReferenceKind};
    let mut diags = Vec::new();
    for id in catalogue.files.keys().filter(|id| !id.starts_with('-')) {
        let Some(pattern) = catalogue.bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let _ = catalogue.bundle.format_pattern(pattern, None, &mut errors);
        for e in errors {
            let FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Term {
                id: term,
                attribute,
            })) = e
            else {
                continue;
            };
            let term = format!("-{term}");
            if !ids.contains(&term) {
                continue;
            }
            let at = text.find(&term).map(|i| i..i + term.len());
            let (what, hint) = match &attribute {
                Some(a) => (
                    format!(
                        "the message `{id}` selects on `{term}.{a}`, which the site's `{term}` does not give"
                    ),
                    format!(
                        "add `    .{a} = …` under `{term}`, as templates/{FOLDER}/{}/ gives it",
                        catalogue.language
                    ),
                ),
                None => (
                    format!("the message `{id}` cannot use `{term}`"),
                    "see how the templates' catalogue writes it".to_string(),
                ),
            };
            diags.push(Diagnostic::error(path, at, what).with_hint(hint));
        }
    }
    diags
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

#[cfg(test)]
mod tests {
    use super::{NameOrder, REFERENCE, Var, right_to_left, shipped};

    #[test]
    fn names_sort_in_the_languages_order_whatever_their_marks() {
        use std::cmp::Ordering::{Greater, Less};
        let english = NameOrder::new("en-GB");
        assert_eq!(
            english.cmp("Care and Social Services", "Care Inspectorate"),
            Less
        );
        // A name marked as the original's (translate::marked) sorts by its
        // letters alone.
        assert_eq!(english.cmp("\u{4}Zeta\u{5}", "Alpha"), Greater);
        assert_eq!(english.cmp("\u{4}Alpha\u{5}", "Beta"), Less);
        let welsh = NameOrder::new("cy");
        assert_eq!(welsh.cmp("Lyn", "Llys"), Less);
        assert_eq!(welsh.cmp("\u{4}Llys\u{5}", "Lyn"), Greater);
    }

    #[test]
    fn the_markdown_renderers_english_words_are_the_reference_catalogues() {
        use crate::markdown::{WORDS, english};
        let words = shipped(REFERENCE);
        for id in WORDS {
            let message = format!("chapter-{id}");
            assert!(words.has(&message), "no {message}");
            let n: Var = 3usize.into();
            assert_eq!(english(id, 3), words.tf(&message, &[("number", n)]), "{id}");
        }
    }

    #[test]
    fn languages_written_right_to_left() {
        for tag in ["ar", "ar-EG", "he", "fa", "ur", "ckb", "az-Arab"] {
            assert!(right_to_left(tag), "{tag}");
        }
        for tag in ["en-GB", "cy", "fr", "es", "az", "ku", "not a tag"] {
            assert!(!right_to_left(tag), "{tag}");
        }
    }
}
