//! Stage 3, render (PDF): the annexes generated from the data, as Typst
//! markup appended to the report: the members at the end of the period and
//! who monitored what, and the year's visits in numbers. Text is escaped
//! with `markdown::typst`'s helpers; nothing here reads a file.

use std::fmt::Write as _;

use crate::i18n::{Catalogue, Var};
use crate::markdown::typst::{string, text};
use crate::site::{Made, MadeIn, ReportStatus, ReportYear, Site};
use crate::tally::{self, Grid};

/// The annex generated from the registry: members at the end of the period,
/// and who monitored what, where.
pub(super) fn members(main: &mut String, site: &Site, r: &ReportYear, words: &Catalogue) {
    let reg = &site.registry;
    let end = r.period_end;
    let _ = writeln!(
        main,
        "\n#chapter-start(kind: {})",
        string(&words.text("chapter-kind-annex"))
    );
    let _ = writeln!(
        main,
        "#heading(level: 1)[{}] <annex-members>",
        text(&words.text("pdf-members-heading"))
    );
    let members: Vec<_> = reg.members_on(end).collect();
    let _ = writeln!(
        main,
        "{}\n",
        text(&words.tf(
            "pdf-members-intro",
            &[
                ("date", words.date(end).into()),
                ("count", members.len().into())
            ]
        ))
    );
    let _ = write!(
        main,
        "#table(columns: (auto, 2fr, 1fr, auto), table.header([{}], [{}], [{}], [{}]), ",
        text(&words.text("body-abbreviation")),
        text(&words.text("pdf-members-col-body")),
        text(&words.text("registry-based-in")),
        text(&words.text("registry-designated"))
    );
    for b in &members {
        let nations: Vec<&str> = b
            .nations
            .iter()
            .filter_map(|n| reg.nation(n))
            .map(|n| n.name.as_str())
            .collect();
        let _ = write!(
            main,
            "[{}], [{}], [{}], [{}], ",
            text(b.abbreviation_on(end)),
            text(b.name_on(end)),
            text(&nations.join(", ")),
            text(&words.date(b.designated))
        );
    }
    main.push_str(")\n\n");

    let _ = writeln!(
        main,
        "#heading(level: 2)[{}] <annex-coverage>",
        text(&words.text("title-coverage"))
    );
    let _ = write!(
        main,
        "#text(size: 8.5pt, table(columns: (1.3fr, {}), table.header([{}], ",
        vec!["1fr"; reg.nations.len()].join(", "),
        text(&words.text("registry-kind-of-detention"))
    );
    for n in &reg.nations {
        let _ = write!(main, "[{}], ", text(&n.name));
    }
    main.push_str("), ");
    for s in &reg.settings {
        let _ = write!(main, "[{}], ", text(&s.name));
        for n in &reg.nations {
            let who: Vec<String> = reg
                .monitors(&s.id, &n.id)
                .filter(|(b, _)| b.member_on(end))
                .map(|(b, cov)| {
                    let abbreviation = b.abbreviation_on(end);
                    let role = |id| words.tf(id, &[("body", abbreviation.into())]);
                    let who = match cov.role {
                        crate::registry::Role::Lead => abbreviation.to_string(),
                        crate::registry::Role::Joint => role("pdf-coverage-joint"),
                        crate::registry::Role::Supporting => role("pdf-coverage-supporting"),
                    };
                    format!("{who}{}", if cov.fact.uncertain { "*" } else { "" })
                })
                .collect();
            let cell = if who.is_empty() {
                "–".to_string()
            } else {
                who.join(", ")
            };
            let _ = write!(main, "[{}], ", text(&cell));
        }
    }
    main.push_str("))\n\n");
    let _ = writeln!(main, "{}", text(&words.text("pdf-coverage-uncertain")));
}

/// The year's visits in numbers, if it has figures: the total in words,
/// the bar chart as a figure with its figures as alt text, and the tables
/// by setting and nation and by body.
pub(super) fn visits(main: &mut String, site: &Site, r: &ReportYear, words: &Catalogue) {
    if r.visits.is_empty() {
        return;
    }
    let reg = &site.registry;
    // "Sample figures:" before a sentence or caption, as on the web pages.
    let sample = |t: String| {
        if r.status == ReportStatus::Sample {
            format!("{} {t}", words.text("visits-sample-prefix"))
        } else {
            t
        }
    };
    let year = || Var::from(r.year.as_str());
    let grid = tally::by_setting_and_nation(reg, &r.visits);
    let setting_name = |id: &str| reg.setting(id).map_or(id, |s| s.name.as_str()).to_string();
    let nation_name = |id: &str| reg.nation(id).map_or(id, |n| n.name.as_str()).to_string();
    let _ = writeln!(
        main,
        "\n#chapter-start(kind: {})",
        string(&words.text("chapter-kind-annex"))
    );
    let _ = writeln!(
        main,
        "#heading(level: 1)[{}] <annex-visits>",
        text(&words.text("visits-heading"))
    );
    let _ = writeln!(
        main,
        "{}\n",
        text(&sample(words.tf(
            "pdf-visits-total",
            &[("total", Var::N(grid.total.into()))]
        )))
    );
    bar_figure(
        main,
        &grid,
        &setting_name,
        &sample(words.tf("visits-chart-title", &[("year", year())])),
        words,
    );
    let columns: Vec<String> = grid.columns.iter().map(|c| nation_name(c)).collect();
    let rows: Vec<String> = grid.rows.iter().map(|s| setting_name(s)).collect();
    grid_table(
        main,
        &sample(words.tf("visits-caption-year", &[("year", year())])),
        &words.text("visits-axis-setting"),
        &words.text("visits-total"),
        &columns,
        &rows,
        &grid,
    );
    let (bodies, total) = tally::by_body(reg.bodies.iter().map(|b| b.id.as_str()), &r.visits);
    let known =
        |n: Option<u32>| n.map_or_else(|| words.text("visits-not-known"), |n| n.to_string());
    let _ = write!(
        main,
        "#figure(kind: table, caption: [{}], text(size: 9pt, table(columns: (2fr, 1fr, 1fr, 1fr), align: (left, right, right, right), table.header([{}], [{}], [{}], [{}]), ",
        text(&sample(
            words.tf("pdf-visits-by-body-caption", &[("year", year())])
        )),
        text(&words.text("visits-col-body")),
        text(&words.text("visits-col-visits")),
        text(&words.text("visits-col-announced")),
        text(&words.text("visits-col-unannounced"))
    );
    for b in bodies.iter().chain([&total]) {
        let name = reg.body(&b.body).map_or_else(
            || words.text("visits-total"),
            |m| m.name_on(r.period_end).to_string(),
        );
        let _ = write!(
            main,
            "[{}], [{}], [{}], [{}], ",
            text(&name),
            b.visits,
            text(&known(b.announced)),
            text(&known(b.unannounced))
        );
    }
    main.push_str(")))\n\n");
}

/// One bar per row of `grid`, its length the row's total, as a figure
/// whose alt text gives every figure in words.
fn bar_figure(
    main: &mut String,
    grid: &Grid,
    name: &dyn Fn(&str) -> String,
    caption: &str,
    words: &Catalogue,
) {
    let figures: Vec<String> = grid
        .rows
        .iter()
        .zip(&grid.row_totals)
        .map(|(r, n)| format!("{}: {n}", name(r)))
        .collect();
    let alt = words.tf(
        "pdf-visits-chart-alt",
        &[
            ("total", Var::N(grid.total.into())),
            ("figures", figures.join("; ").into()),
        ],
    );
    let most = grid.row_totals.iter().copied().max().unwrap_or(0).max(1);
    let _ = write!(
        main,
        "#figure(alt: {}, caption: [{}], block(width: 100%, grid(columns: (40%, 1fr), column-gutter: 8pt, row-gutter: 5pt, align: (right + horizon, left + horizon), ",
        string(&alt),
        text(caption)
    );
    for (r, n) in grid.rows.iter().zip(&grid.row_totals) {
        // Whole tenths of a percent: the same markup every build.
        let permille = u64::from(*n) * 900 / u64::from(most);
        let _ = write!(
            main,
            "text(size: 8.5pt)[{}], [#box(width: {}.{}%, height: 9pt, fill: rgb(\"#1d70b8\")) #text(size: 8.5pt)[{n}]], ",
            text(&name(r)),
            permille / 10,
            permille % 10
        );
    }
    main.push_str(")))\n\n");
}

/// A table of counts with a total column and row.
fn grid_table(
    main: &mut String,
    caption: &str,
    corner: &str,
    total: &str,
    columns: &[String],
    rows: &[String],
    grid: &Grid,
) {
    let _ = write!(
        main,
        "#figure(kind: table, caption: [{}], text(size: 8.5pt, table(columns: (2fr, {}), align: (left, {}), table.header([{}], ",
        text(caption),
        vec!["1fr"; columns.len() + 1].join(", "),
        vec!["right"; columns.len() + 1].join(", "),
        text(corner)
    );
    for c in columns {
        let _ = write!(main, "[{}], ", text(c));
    }
    let _ = write!(main, "[{}]), ", text(total));
    for ((name, cells), row_total) in rows.iter().zip(&grid.cells).zip(&grid.row_totals) {
        let _ = write!(main, "[{}], ", text(name));
        for c in cells {
            let _ = write!(main, "[{}], ", c.map_or("–".to_string(), |n| n.to_string()));
        }
        let _ = write!(main, "[{row_total}], ");
    }
    let _ = write!(main, "[{}], ", text(total));
    for n in &grid.column_totals {
        let _ = write!(main, "[{n}], ");
    }
    let _ = write!(main, "[{}], ", grid.total);
    main.push_str(")))\n\n");
}

/// "Compilation of recommendations": those made in this report, grouped
/// by the authority each is addressed to, with the page where it is made;
/// then the earlier ones this year's follow-up records. Each with its
/// status as it stood at the end of the report's period, so the report
/// never changes when later follow-up is recorded.
pub(super) fn compilation(main: &mut String, site: &Site, r: &ReportYear, words: &Catalogue) {
    let made: Vec<Made> = r.made().collect();
    let followed = followed_up(site, r);
    if made.is_empty() && followed.is_empty() {
        return;
    }
    let end = r.period_end;
    let _ = writeln!(
        main,
        "\n#chapter-start(kind: {})",
        string(&words.text("chapter-kind-annex"))
    );
    let _ = writeln!(
        main,
        "#heading(level: 1)[{}] <annex-recommendations>",
        text(&words.text("pdf-recommendations-heading"))
    );
    let mut intro = words.tf(
        "pdf-recommendations-intro",
        &[("date", words.date(end).into())],
    );
    if r.status == ReportStatus::Sample {
        intro.push(' ');
        intro.push_str(&words.text("pdf-recommendations-sample"));
    }
    let _ = writeln!(main, "{}\n", text(&intro));
    for authority in &site.registry.authorities {
        let to_it: Vec<&Made> = made
            .iter()
            .filter(|m| m.rec.to.contains(&authority.id))
            .collect();
        if to_it.is_empty() {
            continue;
        }
        let _ = writeln!(main, "#heading(level: 2)[{}]", text(&authority.name));
        let rows = to_it.iter().map(|m| (**m, page_of(m)));
        rec_table(
            main,
            site,
            r,
            words,
            &words.text("pdf-recommendations-col-page"),
            &mut rows.into_iter(),
        );
    }
    if !followed.is_empty() {
        let _ = writeln!(
            main,
            "#heading(level: 2)[{}]",
            text(&words.text("report-year-recommendations-followed-up"))
        );
        let rows = followed.iter().map(|m| {
            let year = Var::from(m.year.year.as_str());
            (
                *m,
                text(&words.tf("pdf-recommendations-year", &[("year", year)])),
            )
        });
        rec_table(
            main,
            site,
            r,
            words,
            &words.text("pdf-recommendations-col-made-in"),
            &mut rows.into_iter(),
        );
    }
}

/// The page a recommendation is on, as a link to it: a chapter's block is
/// labelled; an outside body's has no page here.
fn page_of(m: &Made) -> String {
    match m.chapter() {
        Some(c) => {
            let label = crate::markdown::typst::label(&format!("ch-{}--{}", c.slug, m.rec.anchor));
            // Inside the table's one `context` (see `rec_table`): a context
            // per row makes Typst lay the annex out once per row.
            format!("#link(<{label}>)[#str(counter(page).at(<{label}>).first())]")
        }
        None => text("–"),
    }
}

/// The earlier recommendations year `r`'s follow-up records, each once,
/// in the order first recorded.
fn followed_up<'a>(site: &'a Site, r: &ReportYear) -> Vec<Made<'a>> {
    let mut seen: Vec<&str> = Vec::new();
    for f in &r.follow_up {
        if !seen.contains(&f.recommendation.as_str()) {
            seen.push(&f.recommendation);
        }
    }
    seen.iter()
        .filter_map(|id| site.recommendation(id))
        .collect()
}

/// One row per recommendation: its id and text, who made it, its status
/// at the period's end, and `where_` (a page number or a year, as markup).
fn rec_table(
    main: &mut String,
    site: &Site,
    r: &ReportYear,
    words: &Catalogue,
    where_heading: &str,
    rows: &mut dyn Iterator<Item = (Made, String)>,
) {
    let reg = &site.registry;
    let _ = write!(
        main,
        "#context text(size: 8.5pt, table(columns: (3fr, 1fr, 1.4fr, auto), table.header([{}], [{}], [{}], [{}]), ",
        text(&words.text("pdf-recommendations-col-recommendation")),
        text(&words.text("pdf-recommendations-col-by")),
        text(&words.tf(
            "pdf-recommendations-col-status",
            &[("date", words.date(r.period_end).into())]
        )),
        text(where_heading)
    );
    for (m, where_) in rows {
        let rec = m.rec;
        let by = match m.at {
            MadeIn::Chapter(c) => c.body.as_deref().and_then(|b| reg.body(b)).map_or_else(
                || words.text("pdf-recommendations-by-npm"),
                |b| b.abbreviation_on(r.period_end).to_string(),
            ),
            MadeIn::Outside(o) => reg
                .outside_body(&o.by)
                .map_or_else(|| o.by.clone(), |b| b.name.clone()),
        };
        let status = site.status(&rec.id, Some(r.period_end));
        let name = |v: Option<&str>, scale| {
            v.and_then(|v| reg.scale_name(scale, v))
                .unwrap_or_else(|| words.text("rec-none-yet"))
        };
        let response = name(status.response_id(), &reg.responses);
        let progress = name(status.progress_id(), &reg.progress);
        let said = match m.at {
            MadeIn::Chapter(_) => crate::markdown::plain_text(m.text()),
            MadeIn::Outside(o) => o.text.split_whitespace().collect::<Vec<_>>().join(" "),
        };
        let _ = write!(
            main,
            "[#strong({}) {}], [{}], [{}], [{where_}], ",
            string(&rec.id),
            text(&said),
            text(&by),
            text(&words.tf(
                "rec-item-status",
                &[("response", response.into()), ("progress", progress.into())]
            )),
        );
    }
    main.push_str("))\n\n");
}
