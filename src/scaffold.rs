//! `new`: opens a report year or writes a chapter template. Reads the
//! content folder; writes only the new files (and adds a new chapter to its
//! year's `chapters` list), and never overwrites a file.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::content::date::Date;
use crate::diagnostics::Diagnostic;
use crate::registry::Registry;
use crate::site::{ReportYear, Site, ordinal_figures};
use crate::validate::parse_year;
use crate::{content, validate};

/// The site as far as it can be read, for the registry and the years.
pub fn read(content_dir: &Path) -> Result<Site, Vec<Diagnostic>> {
    let (loaded, mut diags) = content::load(content_dir);
    let opts = validate::Options::for_checking();
    let (site, more) = validate::validate(&loaded, &opts);
    diags.extend(more);
    // New files are worked out from what is there: it must be right first.
    let mut errors: Vec<Diagnostic> = diags
        .into_iter()
        .filter(|d| d.severity == crate::diagnostics::Severity::Error)
        .collect();
    match site {
        Some(site) if errors.is_empty() => Ok(site),
        _ => {
            errors.push(
                Diagnostic::error(
                    content_dir,
                    None,
                    "the content has errors; nothing was written",
                )
                .with_hint(
                    "fix the errors above (`opcat-press check` lists them), then run this again",
                ),
            );
            Err(errors)
        }
    }
}

/// The site as far as it can be read, errors elsewhere or not: for
/// `import`, which places one chapter and then checks it, so a problem in
/// another body's chapter does not stop this one.
pub fn read_lenient(content_dir: &Path) -> Result<Site, Vec<Diagnostic>> {
    let (loaded, mut diags) = content::load(content_dir);
    let (site, more) = validate::validate(&loaded, &validate::Options::for_checking());
    diags.extend(more);
    site.ok_or_else(|| {
        diags
            .into_iter()
            .filter(|d| d.severity == crate::diagnostics::Severity::Error)
            .collect()
    })
}

const ORDINALS: [&str; 30] = [
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
    "Eleventh",
    "Twelfth",
    "Thirteenth",
    "Fourteenth",
    "Fifteenth",
    "Sixteenth",
    "Seventeenth",
    "Eighteenth",
    "Nineteenth",
    "Twentieth",
    "Twenty-first",
    "Twenty-second",
    "Twenty-third",
    "Twenty-fourth",
    "Twenty-fifth",
    "Twenty-sixth",
    "Twenty-seventh",
    "Twenty-eighth",
    "Twenty-ninth",
    "Thirtieth",
];

fn ordinal(n: u32) -> String {
    match n.checked_sub(1).and_then(|i| ORDINALS.get(i as usize)) {
        Some(word) => word.to_string(),
        None => {
            let suffix = match (n % 10, n % 100) {
                (1, r) if r != 11 => "st",
                (2, r) if r != 12 => "nd",
                (3, r) if r != 13 => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
    }
}

/// A TOML string literal.
/// `model`'s title for report `number` of `year`, when the title names the
/// model's number in words ("Sixteenth") or figures ("16th").
fn retitled(model: &ReportYear, number: u32, year: &str) -> Option<String> {
    let title = model.title.as_deref()?;
    let (from, to) = [
        (ordinal(model.number), ordinal(number)),
        (ordinal_figures(model.number), ordinal_figures(number)),
    ]
    .into_iter()
    .find(|(from, _)| title.contains(from.as_str()))?;
    let mut t = title.replacen(&from, &to, 1);
    // The year too, as written with a hyphen or an en dash.
    for dash in ['-', '–'] {
        let (old, new) = (
            model.year.replace('-', &dash.to_string()),
            year.replace('-', &dash.to_string()),
        );
        t = t.replace(&old, &new);
    }
    Some(t)
}

fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn ids_list(ids: &[String]) -> String {
    let items: Vec<String> = ids.iter().map(|i| quoted(i)).collect();
    format!("[{}]", items.join(", "))
}

/// Writes `files`, each only if it does not exist yet: all or nothing
/// (what was written is removed again if a later file fails).
fn write_new(files: &[(PathBuf, String)]) -> Result<(), Vec<Diagnostic>> {
    let bytes: Vec<(PathBuf, Vec<u8>)> = files
        .iter()
        .map(|(p, t)| (p.clone(), t.clone().into_bytes()))
        .collect();
    write_new_bytes(&bytes)
}

/// [`write_new`] for any bytes (a chapter's images).
pub fn write_new_bytes(files: &[(PathBuf, Vec<u8>)]) -> Result<(), Vec<Diagnostic>> {
    use std::io::Write as _;
    let existing: Vec<Diagnostic> = files
        .iter()
        .filter(|(p, _)| p.exists())
        .map(|(p, _)| {
            Diagnostic::error(p, None, "already exists; nothing was written")
                .with_hint("`new` never overwrites a file: edit this one, or remove it first")
        })
        .collect();
    if !existing.is_empty() {
        return Err(existing);
    }
    let mut written: Vec<&Path> = Vec::new();
    let mut created_dirs: Vec<PathBuf> = Vec::new();
    for (path, text) in files {
        let result = (|| -> std::io::Result<()> {
            if let Some(dir) = path.parent()
                && !dir.exists()
            {
                std::fs::create_dir_all(dir)?;
                created_dirs.push(dir.to_path_buf());
            }
            // create_new: never replaces a file that appeared meanwhile.
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)?;
            f.write_all(text)
        })();
        if let Err(e) = result {
            for done in &written {
                let _ = std::fs::remove_file(done);
            }
            for dir in created_dirs.iter().rev() {
                let _ = std::fs::remove_dir(dir);
            }
            return Err(vec![Diagnostic::error(
                path,
                None,
                format!("cannot write: {e}"),
            )]);
        }
        written.push(path);
    }
    Ok(())
}

/// Opens report year `year` (e.g. `2017-18`): `report.toml` and a foreword.
/// Returns the files written.
pub fn new_year(content_dir: &Path, year: &str) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let Some((first, second)) = parse_year(year) else {
        return Err(vec![
            Diagnostic::error("--year", None, format!("`{year}` is not a report year")).with_hint(
                "write it as two years in a row, e.g. 2017-18, or as a calendar year, e.g. 2023",
            ),
        ]);
    };
    let dir = content_dir.join("reports").join(year);
    if dir.exists() {
        return Err(vec![
            Diagnostic::error(
                &dir,
                None,
                "this report year already exists; nothing was written",
            )
            .with_hint("add a chapter with `opcat-press new chapter`"),
        ]);
    }
    let site = read(content_dir)?;
    // The period, number and word limit follow the latest earlier year.
    // The years are counted by their folder names (`2015-16`): the period,
    // number and title follow the nearest earlier year, else the nearest
    // later one.
    let first_year = |r: &ReportYear| parse_year(&r.year).map(|(f, _)| f);
    let previous: Option<&ReportYear> = site
        .reports
        .iter()
        .filter(|r| first_year(r).is_some_and(|f| f < first))
        .max_by_key(|r| first_year(r));
    let next: Option<&ReportYear> = site
        .reports
        .iter()
        .filter(|r| first_year(r).is_some_and(|f| f > first))
        .min_by_key(|r| first_year(r));
    let model = previous.or(next);
    // The same day and month, `years` later (or earlier); 29 February
    // becomes 28 February in other years.
    let shift = |d: Date, years: i32| {
        let year = u16::try_from(i32::from(d.year) + years).ok()?;
        let month = d.month.unwrap_or(1);
        let day = d
            .day
            .unwrap_or(1)
            .min(crate::content::date::days_in_month(year, month));
        Date::ymd(year, month, day)
    };
    let (start, end) = match model.and_then(|m| Some((m, first_year(m)?))) {
        Some((m, m_first)) => {
            let gap = i32::from(first) - i32::from(m_first);
            (shift(m.period_start, gap), shift(m.period_end, gap))
        }
        None => (Date::ymd(first, 4, 1), Date::ymd(second, 3, 31)),
    };
    let (Some(start), Some(end)) = (start, end) else {
        return Err(vec![
            Diagnostic::error(
                &dir,
                None,
                "cannot work out the period from the other years' dates",
            )
            .with_hint("write period_start and period_end in the new report.toml by hand"),
        ]);
    };
    let number = model
        .and_then(|m| {
            let gap = i64::from(first) - i64::from(first_year(m)?);
            u32::try_from(i64::from(m.number) + gap).ok()
        })
        .filter(|n| *n > 0)
        .unwrap_or(1);
    // The nearest year whose title names its own number, earlier years
    // first, with the number and the year changed: an archived year may
    // have no title, or one in another style.
    let mut nearest: Vec<&ReportYear> = site.reports.iter().collect();
    nearest.sort_by_key(|r| {
        let f = first_year(r).unwrap_or(0);
        (f > first, f.abs_diff(first))
    });
    let title = nearest
        .iter()
        .find_map(|m| retitled(m, number, year))
        .unwrap_or_else(|| {
            format!(
                "{} Annual Report of the {}",
                ordinal(number),
                site.config.npm_name
            )
        });
    let word_limit = nearest.iter().find_map(|r| r.word_limit).unwrap_or(1500);
    let expected: Vec<String> = site
        .registry
        .members_on(end)
        .map(|b| b.id.clone())
        .collect();
    let npm = &site.config.npm_name;

    let mut report = String::new();
    let _ = writeln!(
        report,
        "# Report year {year}, opened with `opcat-press new year`. Complete the\n\
         # summary and, once laid before Parliament, `published`, `command_paper`\n\
         # and `isbn`; set `status = \"published\"` when it is out."
    );
    let _ = writeln!(report, "title = {}", quoted(&title));
    let _ = writeln!(report, "number = {number}");
    let _ = writeln!(report, "period_start = {}", start.iso());
    let _ = writeln!(report, "period_end = {}", end.iso());
    let _ = writeln!(report, "status = \"draft\"");
    let _ = writeln!(report, "word_limit = {word_limit}");
    let _ = writeln!(
        report,
        "summary = {}",
        quoted(&format!("The {npm}'s report on {year}."))
    );
    let _ = writeln!(
        report,
        "# The reading order. `opcat-press new chapter` adds member chapters here."
    );
    let _ = writeln!(report, "chapters = [\"foreword\"]");
    let _ = writeln!(
        report,
        "# Who is expected to send a chapter: the members on {}.\n\
         # `opcat-press status {year}` shows who has.",
        end.text()
    );
    let _ = writeln!(report, "expected = {}", ids_list(&expected));

    let foreword = foreword_template(npm, year);
    let mut files = vec![
        (dir.join("report.toml"), report),
        (dir.join("foreword.md"), foreword),
    ];
    if let Some(follow_up) = follow_up_template(&site, year) {
        files.push((dir.join("follow-up.toml"), follow_up));
    }
    write_new(&files)?;
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

/// A new year's draft foreword.
fn foreword_template(npm: &str, year: &str) -> String {
    format!(
        "+++\n\
         title = \"Foreword\"\n\
         kind = \"foreword\"\n\
         # Who signs it, as it should be printed.\n\
         authors = []\n\
         summary = \"\"\n\
         # Remove this line when the foreword is ready to publish.\n\
         draft = true\n\
         +++\n\
         \n\
         ## The year\n\
         \n\
         The foreword of the {npm}'s report on {year}.\n"
    )
}

/// The new year's `follow-up.toml`: an entry to fill in, commented out, for
/// each open recommendation made in an earlier year. Open: its latest
/// progress is not the last (best) value of the progress scale. `None`
/// when no recommendation is open.
fn follow_up_template(site: &Site, year: &str) -> Option<String> {
    let reg = &site.registry;
    let best = reg.progress.last().map(|p| p.id.as_str());
    let mut entries = String::new();
    for r in site.reports.iter().filter(|r| r.year.as_str() < year) {
        for m in r.made() {
            let rec = m.rec;
            let status = site.status(&rec.id, None);
            let progress = status.progress_id();
            if progress.is_some() && progress == best {
                continue;
            }
            let latest = |scale: &[crate::registry::ScaleValue], v: Option<&str>| {
                v.and_then(|v| reg.scale_name(scale, v))
                    .unwrap_or_else(|| "none yet".into())
            };
            let response = status.response_id();
            let maker = m.maker();
            let by = reg
                .body(maker)
                .map(|b| b.name.as_str())
                .or_else(|| reg.outside_body(maker).map(|b| b.name.as_str()))
                .unwrap_or(site.config.npm_name.as_str());
            let _ = write!(
                entries,
                "\n# {}: made in {} by {by}. Latest response: {}; latest progress: {}.\n\
                 # [[follow_up]]\n\
                 # recommendation = {}\n\
                 # date = YYYY-MM-DD\n\
                 # response = \"\"\n\
                 # progress = \"\"\n\
                 # source = []\n",
                rec.id,
                r.year,
                latest(&reg.responses, response),
                latest(&reg.progress, progress),
                quoted(&rec.id),
            );
        }
    }
    if entries.is_empty() {
        return None;
    }
    Some(format!(
        "# Follow-up recorded in {year}, opened with `opcat-press new year`.\n\
         # Below, commented out, an entry for each open recommendation. For each\n\
         # one followed up this year, remove the `# ` before its lines and fill in\n\
         # the date, the response or the progress (ids from\n\
         # registry/follow-up.toml; either, or both) and the sources.\n{entries}"
    ))
}

/// Why `new chapter` writes nothing into an archived year.
fn archived_year(content_dir: &Path, year: &str) -> Diagnostic {
    Diagnostic::error(
        content_dir.join("reports").join(year).join("report.toml"),
        None,
        format!("{year} is archived: its text is published elsewhere; nothing was written"),
    )
    .with_hint("to build the year here, set its status to \"draft\" and list its chapters")
}

/// Where a year's new chapter goes, and what its front matter is made of.
#[derive(Debug, Clone)]
pub struct ChapterPlan {
    pub year: String,
    /// `<year>/<stem>.md`.
    pub path: PathBuf,
    /// The year's `report.toml`, whose `chapters` gets the stem.
    pub toml_path: PathBuf,
    pub stem: String,
    pub kind: content::ChapterKind,
    /// The body writing it (a member chapter) and its name at the period's
    /// end.
    pub body: Option<(String, String)>,
    pub settings: Vec<String>,
    pub nations: Vec<String>,
    pub word_limit: Option<usize>,
    /// The chapter this body (or this file name) already has this year.
    pub existing: Option<PathBuf>,
}

/// Plans a chapter of `kind` for `year`: a member chapter by `body` (named
/// `<body>.md`), or another kind named `stem`. Errors when the year is not
/// open, the body unknown or not a member in the period.
pub fn plan_chapter(
    site: &Site,
    content_dir: &Path,
    year: &str,
    kind: content::ChapterKind,
    body: Option<&str>,
    stem: &str,
) -> Result<ChapterPlan, Vec<Diagnostic>> {
    let dir = content_dir.join("reports").join(year);
    let Some(r) = site.reports.iter().find(|r| r.year == year) else {
        let years: Vec<&str> = site.reports.iter().map(|r| r.year.as_str()).collect();
        return Err(vec![
            Diagnostic::error("--year", None, format!("there is no report year `{year}`"))
                .with_hint(if years.is_empty() {
                    format!("open it with `opcat-press new year {year}`")
                } else {
                    format!(
                        "open it with `opcat-press new year {year}`; the years are: {}",
                        years.join(", ")
                    )
                }),
        ]);
    };
    if r.is_archived() {
        return Err(vec![archived_year(content_dir, year)]);
    }
    let mut plan = ChapterPlan {
        year: year.to_string(),
        path: dir.join(format!("{stem}.md")),
        toml_path: dir.join("report.toml"),
        stem: stem.to_string(),
        kind,
        body: None,
        settings: Vec::new(),
        nations: Vec::new(),
        word_limit: r.word_limit,
        existing: r
            .chapters
            .iter()
            .find(|c| c.doc.path.file_stem().and_then(|s| s.to_str()) == Some(stem))
            .map(|c| c.doc.path.clone()),
    };
    if let Some(body) = body {
        member(site, r, body, &mut plan)?;
    }
    Ok(plan)
}

/// Fills a member chapter's plan: the body's name, settings and nations,
/// and the chapter it already has this year.
fn member(
    site: &Site,
    r: &ReportYear,
    body: &str,
    plan: &mut ChapterPlan,
) -> Result<(), Vec<Diagnostic>> {
    let reg: &Registry = &site.registry;
    let Some(b) = reg.body(body) else {
        let hint = crate::validate::suggest(body, reg.bodies.iter().map(|b| &b.id)).map_or_else(
            || "the ids are the file names in registry/bodies/".to_string(),
            |s| format!("did you mean `{s}`?"),
        );
        return Err(vec![
            Diagnostic::error("--body", None, format!("unknown body `{body}`")).with_hint(hint),
        ]);
    };
    if !b.member_during(r.period_start, r.period_end) {
        return Err(vec![
            Diagnostic::error(
                "--body",
                None,
                format!(
                    "{} was not a member of the NPM between {} and {}",
                    b.name,
                    r.period_start.text(),
                    r.period_end.text()
                ),
            )
            .with_hint(format!("its designation runs from {}", b.term_text())),
        ]);
    }
    plan.body = Some((body.to_string(), b.name_on(r.period_end).to_string()));
    plan.settings = reg
        .settings
        .iter()
        .filter(|s| b.coverage.iter().any(|c| c.setting == s.id))
        .map(|s| s.id.clone())
        .collect();
    plan.nations = b.nations.clone();
    // One member chapter per body a year, whatever its file is called.
    if let Some(c) = r
        .chapters
        .iter()
        .find(|c| c.kind == crate::site::ChapterKind::Member && c.body.as_deref() == Some(body))
    {
        plan.existing = Some(c.doc.path.clone());
    }
    Ok(())
}

impl ChapterPlan {
    /// The front matter (with its `+++` lines) of a new chapter titled
    /// `title`: `draft` for a template to fill in.
    pub fn front_matter(&self, title: &str, summary: &str, draft: bool) -> String {
        let year = &self.year;
        let mut out = String::from("+++\n");
        match &self.body {
            Some((_, name)) => {
                let _ = writeln!(out, "# Chapter for the {year} report, written by {name}.");
            }
            None => {
                let _ = writeln!(out, "# Chapter for the {year} report.");
            }
        }
        let _ = writeln!(
            out,
            "# Check it before sending: opcat-press check {}",
            self.path.display()
        );
        let _ = writeln!(out, "title = {}", quoted(title));
        let kind = toml::Value::try_from(self.kind)
            .map_or_else(|_| "\"member\"".into(), |v| v.to_string());
        let _ = writeln!(out, "kind = {kind}");
        if let Some((id, _)) = &self.body {
            let _ = writeln!(out, "body = {}", quoted(id));
        }
        out.push_str("# One sentence: it is shown in the contents and in search results.\n");
        let _ = writeln!(out, "summary = {}", quoted(summary));
        out.push_str("# Who wrote it, as it should be printed (may stay empty).\nauthors = []\n");
        out.push_str(
            "# The kinds of detention and nations the chapter is about (ids from\n\
             # registry/settings.toml and registry/nations.toml).\n",
        );
        let _ = writeln!(out, "settings = {}", ids_list(&self.settings));
        let _ = writeln!(out, "nations = {}", ids_list(&self.nations));
        if draft {
            out.push_str(
                "# Remove this line when the chapter is ready to publish.\ndraft = true\n",
            );
        }
        out.push_str("+++\n");
        out
    }

    /// `report.toml` with the chapter added at the end of the reading
    /// order (the Secretariat can move it), comments and layout kept.
    pub fn reading_order(&self) -> Result<String, Vec<Diagnostic>> {
        let toml_path = &self.toml_path;
        let text = std::fs::read_to_string(toml_path).map_err(|e| {
            vec![Diagnostic::error(
                toml_path,
                None,
                format!("cannot read: {e}"),
            )]
        })?;
        let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e| {
            vec![Diagnostic::error(
                toml_path,
                None,
                format!("cannot parse: {e}"),
            )]
        })?;
        let chapters = doc
            .get_mut("chapters")
            .and_then(|c| c.as_array_mut())
            .ok_or_else(|| {
                vec![Diagnostic::error(
                    toml_path,
                    None,
                    "`chapters` is not a list",
                )]
            })?;
        if !chapters
            .iter()
            .any(|c| c.as_str() == Some(self.stem.as_str()))
        {
            chapters.push(self.stem.as_str());
        }
        Ok(doc.to_string())
    }
}

/// Writes new files and then replaces `report.toml`, all or nothing: the
/// new files go again if it cannot be written.
pub fn write_chapter(
    files: &[(PathBuf, Vec<u8>)],
    toml: Option<(&Path, &str)>,
) -> Result<(), Vec<Diagnostic>> {
    write_new_bytes(files)?;
    if let Some((path, text)) = toml
        && let Err(e) = std::fs::write(path, text)
    {
        for (f, _) in files {
            let _ = std::fs::remove_file(f);
        }
        return Err(vec![Diagnostic::error(
            path,
            None,
            format!("cannot write: {e}; nothing was written"),
        )]);
    }
    Ok(())
}

/// Writes `<year>/<body>.md`, a member chapter template, and adds it to the
/// year's `chapters`. Returns the files written or changed.
pub fn new_chapter(
    content_dir: &Path,
    year: &str,
    body: &str,
) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let site = read(content_dir)?;
    let plan = plan_chapter(
        &site,
        content_dir,
        year,
        content::ChapterKind::Member,
        Some(body),
        body,
    )?;
    if let (Some(path), Some((_, name))) = (&plan.existing, &plan.body) {
        return Err(vec![
            Diagnostic::error(
                path,
                None,
                format!("{name} already has a chapter this year"),
            )
            .with_hint("edit this file; nothing was written"),
        ]);
    }
    let name = plan.body.as_ref().map_or(body, |(_, n)| n.as_str());
    let limit = plan.word_limit.map_or_else(String::new, |l| {
        format!(" The limit this year is {l} words.")
    });
    let chapter = format!(
        "{}\n\
         ## Our monitoring in {year}\n\
         \n\
         Start the text at `##`: the title above is the chapter's heading.\n\
         Every image needs alt text, `![what it shows](images/file.png)`, and\n\
         link text says where the link leads.{limit}\n",
        plan.front_matter(name, "", true)
    );
    let toml = plan.reading_order()?;
    write_chapter(
        &[(plan.path.clone(), chapter.into_bytes())],
        Some((&plan.toml_path, &toml)),
    )?;
    Ok(vec![plan.path, plan.toml_path])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_in_words_then_figures() {
        assert_eq!(ordinal(9), "Ninth");
        assert_eq!(ordinal(21), "Twenty-first");
        assert_eq!(ordinal(31), "31st");
        assert_eq!(ordinal(112), "112th");
        assert_eq!(ordinal(0), "0th");
    }
}
