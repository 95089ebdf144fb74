//! The files' shapes, exactly as written (see docs/content-model.md). Unknown
//! keys are rejected; values that other files refer to keep their span.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

pub type Id = Spanned<String>;
/// A date as written: a TOML date or a "YYYY-MM" / "YYYY" string.
pub type RawDate = Spanned<toml::Value>;

/// The three fields every sourced fact may carry.
pub trait FactFields {
    fn source(&self) -> &[Id];
    fn uncertain(&self) -> bool;
    fn note(&self) -> Option<&str>;
}

/// Declares a struct that also has `source`, `uncertain` and `note`.
/// (serde cannot combine `flatten` with `deny_unknown_fields`.)
macro_rules! fact_struct {
    ($(#[$m:meta])* pub struct $name:ident { $($(#[$fm:meta])* pub $f:ident : $t:ty,)* }) => {
        $(#[$m])*
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $($(#[$fm])* pub $f: $t,)*
            #[serde(default)]
            pub source: Vec<Id>,
            #[serde(default)]
            pub uncertain: bool,
            pub note: Option<String>,
        }
        impl FactFields for $name {
            fn source(&self) -> &[Id] { &self.source }
            fn uncertain(&self) -> bool { self.uncertain }
            fn note(&self) -> Option<&str> { self.note.as_deref() }
        }
    };
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSiteConfig {
    pub title: String,
    pub description: String,
    pub base_url: Spanned<String>,
    pub language: String,
    pub npm_name: String,
    pub coordinator: Id,
    pub licence: Option<String>,
    pub licence_url: Option<Spanned<String>>,
    pub copyright: Option<String>,
    /// The day (or month) the registry's facts were last checked.
    pub registry_as_of: Option<RawDate>,
    /// Hosts, beyond the site's own and the members' websites, where an
    /// official copy of a report may be (e.g. `gov.uk`, `parliament.uk`).
    #[serde(default)]
    pub official_hosts: Vec<String>,
    /// The languages the site is also published in, beside `language`
    /// (`["cy"]`): each gets its own pages under `/<language>/`.
    #[serde(default)]
    pub translations: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNations {
    #[serde(default)]
    pub nation: Vec<RawNation>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNation {
    pub id: Id,
    pub name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSettings {
    #[serde(default)]
    pub setting: Vec<RawSetting>,
}

fact_struct! {
    pub struct RawSetting {
        pub id: Id,
        pub name: String,
        pub description: String,
    }
}

/// `registry/themes.toml`: what recommendations are about, across settings.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawThemes {
    #[serde(default)]
    pub theme: Vec<RawTheme>,
}

fact_struct! {
    pub struct RawTheme {
        pub id: Id,
        pub name: String,
        pub description: Option<String>,
    }
}

/// `registry/outside-bodies.toml`: bodies outside the NPM whose
/// recommendations it records (the SPT).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOutsideBodies {
    #[serde(default)]
    pub body: Vec<RawOutsideBody>,
}

fact_struct! {
    pub struct RawOutsideBody {
        pub id: Id,
        pub name: String,
    }
}

/// `reports/<year>/recommendations.toml`: recommendations made by outside
/// bodies, recorded in this year.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOutsideRecommendations {
    #[serde(default)]
    pub recommendation: Vec<RawOutsideRecommendation>,
}

fact_struct! {
    pub struct RawOutsideRecommendation {
        pub id: Id,
        pub by: Id,
        pub date: RawDate,
        pub to: Vec<Id>,
        #[serde(default)]
        pub settings: Vec<Id>,
        #[serde(default)]
        pub nations: Vec<Id>,
        #[serde(default)]
        pub themes: Vec<Id>,
        pub repeats: Option<Id>,
        pub text: Spanned<String>,
    }
}

/// `registry/authorities.toml`: who recommendations are addressed to.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAuthorities {
    #[serde(default)]
    pub authority: Vec<RawAuthority>,
}

fact_struct! {
    pub struct RawAuthority {
        pub id: Id,
        pub name: String,
    }
}

/// `registry/follow-up.toml`: the scales follow-up is recorded in, the
/// authorities' responses and the progress found, each in order.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScales {
    #[serde(default)]
    pub response: Vec<RawScaleValue>,
    #[serde(default)]
    pub progress: Vec<RawScaleValue>,
}

fact_struct! {
    pub struct RawScaleValue {
        pub id: Id,
        pub name: String,
    }
}

/// `reports/<year>/follow-up.toml`: what was found that year about
/// recommendations made in earlier years.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFollowUps {
    #[serde(default)]
    pub follow_up: Vec<RawFollowUp>,
}

fact_struct! {
    pub struct RawFollowUp {
        pub recommendation: Id,
        pub date: RawDate,
        pub response: Option<Id>,
        pub progress: Option<Id>,
        /// The response's own words, where quoted.
        pub quote: Option<String>,
    }
}

pub type RawSources = BTreeMap<String, RawSource>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub title: String,
    pub url: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDesignations {
    #[serde(default)]
    pub instrument: Vec<RawInstrument>,
}

fact_struct! {
    pub struct RawInstrument {
        pub id: Id,
        pub date: RawDate,
        pub title: String,
        pub citation: Option<String>,
        pub members_after: Option<Spanned<u32>>,
        pub summary: String,
    }
}

fact_struct! {
    pub struct RawBody {
        pub name: String,
        pub abbreviation: String,
        pub nations: Vec<Id>,
        pub website: Option<Spanned<String>>,
        #[serde(default)]
        pub coordinator: bool,
        pub summary: String,
        pub designation: RawBodyDesignation,
        pub ended: Option<RawEnded>,
        #[serde(default)]
        pub names: Vec<RawFormerName>,
        #[serde(default)]
        pub events: Vec<RawEvent>,
        #[serde(default)]
        pub coverage: Vec<RawCoverage>,
    }
}

fact_struct! {
    pub struct RawBodyDesignation {
        pub instrument: Id,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EndReason {
    Superseded,
    Withdrawn,
    Abolished,
}

fact_struct! {
    pub struct RawEnded {
        pub date: RawDate,
        pub instrument: Option<Id>,
        pub reason: EndReason,
        pub successor: Option<Id>,
    }
}

fact_struct! {
    pub struct RawFormerName {
        pub name: String,
        pub abbreviation: Option<String>,
        pub until: RawDate,
    }
}

fact_struct! {
    pub struct RawEvent {
        pub date: RawDate,
        pub text: String,
        pub related: Option<Id>,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Lead,
    Joint,
    Supporting,
}

fact_struct! {
    pub struct RawCoverage {
        pub setting: Id,
        pub nations: Vec<Id>,
        pub role: Role,
        #[serde(default)]
        pub with: Vec<Id>,
    }
}

/// Where a report year stands (docs/content-model.md says what each means
/// wherever the year shows).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReportStatus {
    /// Built here from its chapters, and published.
    Published,
    /// Being written; built only with `--drafts`.
    Draft,
    /// A real year's facts with chapters written as examples.
    Sample,
    /// A record of a report published elsewhere: facts and official links,
    /// no chapters and no PDF of ours.
    Archived,
}

fact_struct! {
    pub struct RawReport {
        /// Optional for an archived year whose title is not known.
        pub title: Option<String>,
        pub number: Spanned<u32>,
        pub period_start: RawDate,
        pub period_end: RawDate,
        pub published: Option<RawDate>,
        pub status: Spanned<ReportStatus>,
        pub command_paper: Option<String>,
        pub isbn: Option<Spanned<String>>,
        /// The web (PDF) edition's ISBN, when it has its own.
        pub isbn_web: Option<Spanned<String>>,
        pub word_limit: Option<usize>,
        pub summary: Option<String>,
        /// Required unless archived; an archived year has none.
        pub chapters: Option<Spanned<Vec<Id>>>,
        pub expected: Option<Vec<Id>>,
        pub statement: Option<RawStatement>,
        /// Official copies of the report (`[[copy]]`).
        #[serde(default)]
        pub copy: Vec<RawCopy>,
        /// Sources, uncertainty and notes for single facts (`[fact.published]`).
        #[serde(default)]
        pub fact: RawReportFacts,
    }
}

fact_struct! {
    /// The written ministerial statement that announced the report.
    pub struct RawStatement {
        /// Hansard's reference, e.g. `HCWS618`.
        pub reference: Option<String>,
        pub date: Option<RawDate>,
        pub url: Option<Spanned<String>>,
    }
}

fact_struct! {
    /// An official copy: on gov.uk, parliament.uk, the NPM's own site or a
    /// member body's.
    pub struct RawCopy {
        pub url: Spanned<String>,
        /// What the link says, e.g. "The report on GOV.UK".
        pub title: String,
    }
}

fact_struct! {
    /// `source`, `uncertain` and `note` for one fact of a report year.
    pub struct RawFactNote {}
}

/// The facts of a year that can have sources of their own; the year's own
/// `source` covers those without.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReportFacts {
    pub number: Option<RawFactNote>,
    pub title: Option<RawFactNote>,
    pub period: Option<RawFactNote>,
    pub published: Option<RawFactNote>,
    pub command_paper: Option<RawFactNote>,
    pub isbn: Option<RawFactNote>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChapterKind {
    Foreword,
    Context,
    Thematic,
    Member,
    Annex,
}

impl ChapterKind {
    /// The id of the message that says what a reader calls it ("Member
    /// body chapter"), in templates/i18n/<language>/generated.ftl.
    pub fn message_id(self) -> &'static str {
        match self {
            ChapterKind::Foreword => "chapter-kind-foreword",
            ChapterKind::Context => "chapter-kind-context",
            ChapterKind::Thematic => "chapter-kind-thematic",
            ChapterKind::Member => "chapter-kind-member",
            ChapterKind::Annex => "chapter-kind-annex",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChapterMeta {
    pub title: String,
    pub kind: Spanned<ChapterKind>,
    pub body: Option<Id>,
    pub summary: Option<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    #[serde(default)]
    pub settings: Vec<Id>,
    #[serde(default)]
    pub nations: Vec<Id>,
    #[serde(default)]
    pub draft: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPageMeta {
    pub title: String,
    pub description: Option<String>,
    pub order: Option<i64>,
    #[serde(default)]
    pub draft: bool,
}

/// The front matter of a translation, `<name>.<language>.md` beside the
/// chapter or page it translates: its own title and summary; the rest
/// (kind, body, settings, nations, order) is the original's.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTranslationMeta {
    pub title: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    /// The SHA-256 (hex) of the original file this translates, so that
    /// `status` can tell a translation out of date on any machine.
    pub translates: Option<Spanned<String>>,
    #[serde(default)]
    pub draft: bool,
}

/// `reports/<year>/report.<language>.toml`: a year's title and summary in
/// one of the languages the site is translated into.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReportWords {
    pub title: Option<String>,
    pub summary: Option<String>,
}

/// `registry/translations/<language>.toml`: the registry's words in one of
/// the languages the site is translated into, by id. What it leaves out is
/// shown as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegistryWords {
    /// Nation id → its name.
    #[serde(default)]
    pub nations: std::collections::BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    pub settings: std::collections::BTreeMap<String, Spanned<RawSettingWords>>,
    #[serde(default)]
    pub bodies: std::collections::BTreeMap<String, Spanned<RawBodyWords>>,
    /// Authority id → its name.
    #[serde(default)]
    pub authorities: std::collections::BTreeMap<String, Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSettingWords {
    pub name: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBodyWords {
    /// Its current name; former names stay as they were.
    pub name: Option<String>,
    pub abbreviation: Option<String>,
    pub summary: Option<String>,
}

/// `reports/<year>/frozen.toml`, written by `opcat-press freeze`: the
/// published PDF (`frozen.pdf` beside it) is the record, and these are the
/// SHA-256 of it and of each content file it was made from.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFrozen {
    /// The day it was frozen (ISO 8601).
    pub frozen: String,
    /// The SHA-256 of `frozen.pdf`, in hex.
    pub sha256: Spanned<String>,
    /// Each translation's PDF frozen with it: language → the SHA-256 of
    /// `frozen.<language>.pdf`.
    #[serde(default)]
    pub translations: std::collections::BTreeMap<String, Spanned<String>>,
    /// Each source's path in the content folder → its SHA-256.
    #[serde(default)]
    pub sources: std::collections::BTreeMap<String, String>,
}
