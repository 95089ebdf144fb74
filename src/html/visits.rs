//! Stage 3, render (HTML): visits in numbers as the pages show them: the
//! tables (views for `templates/components.html`'s `visits_grid` and
//! `visits_by_body`) and the year's bar chart, drawn at build time as SVG
//! whose text alternative is the table beside it. Pure functions of the
//! site; the sums come from `crate::tally`.

use std::fmt::Write as _;

use serde::Serialize;

use super::svg::{esc, num};
use super::views::{BodyRef, Citer, FactView};
use crate::i18n::{Catalogue, Var};
use crate::registry::{Fact, Registry};
use crate::site::{ReportStatus, ReportYear, Site};
use crate::tally::{self, Grid};

/// A row or column heading: what it names and where that is.
#[derive(Debug, Clone, Serialize)]
pub struct Label {
    pub name: String,
    pub url: Option<String>,
    /// Figures of a sample year.
    pub sample: bool,
}

/// A table of counts (`tally::Grid`) with its headings.
#[derive(Debug, Clone, Serialize)]
pub struct GridView {
    /// The caption's id, unique on its page.
    pub id: &'static str,
    pub caption: String,
    /// The first column's heading.
    pub corner: String,
    pub columns: Vec<Label>,
    pub rows: Vec<GridRow>,
    pub totals: Vec<u32>,
    pub total: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct GridRow {
    pub label: Label,
    /// `None`: no figure recorded.
    pub cells: Vec<Option<u32>>,
    pub total: u32,
}

/// A year's visits in numbers, for its page.
#[derive(Debug, Clone, Serialize)]
pub struct YearVisits {
    pub sample: bool,
    pub by_setting: GridView,
    pub by_body: Vec<BodyVisitsView>,
    pub total: BodyVisitsView,
    /// Trusted SVG, drawn here.
    pub chart: String,
    pub fact: FactView,
}

#[derive(Debug, Clone, Serialize)]
pub struct BodyVisitsView {
    pub body: Option<BodyRef>,
    pub visits: u32,
    pub announced: Option<u32>,
    pub unannounced: Option<u32>,
}

/// The year's visits, if it has figures.
pub fn year(
    site: &Site,
    r: &ReportYear,
    citer: &mut Citer,
    words: &Catalogue,
) -> Option<YearVisits> {
    if r.visits.is_empty() {
        return None;
    }
    let reg = &site.registry;
    let sample = r.status == ReportStatus::Sample;
    let grid = tally::by_setting_and_nation(reg, &r.visits);
    let caption = sample_prefix(
        sample,
        words,
        words.tf("visits-caption-year", &[("year", r.year.as_str().into())]),
    );
    let by_setting = grid_view(
        reg,
        words,
        &grid,
        Axis::Setting,
        Axis::Nation,
        "visits-by-setting-caption",
        caption,
    );
    let (bodies, total) = tally::by_body(reg.bodies.iter().map(|b| b.id.as_str()), &r.visits);
    let view = |t: tally::BodyVisits| BodyVisitsView {
        body: reg.body(&t.body).map(|b| BodyRef::on(b, r.period_end)),
        visits: t.visits,
        announced: t.announced,
        unannounced: t.unannounced,
    };
    let mut sources: Vec<String> = Vec::new();
    for id in r.visits.iter().flat_map(|v| &v.sources) {
        if !sources.contains(id) {
            sources.push(id.clone());
        }
    }
    Some(YearVisits {
        sample,
        chart: year_chart(&by_setting, &r.year, sample, words),
        by_setting,
        by_body: bodies.into_iter().map(view).collect(),
        total: view(total),
        fact: citer.fact(&Fact {
            sources,
            ..Fact::default()
        }),
    })
}

/// `text`, after "Sample figures:" when the figures are sample.
fn sample_prefix(sample: bool, words: &Catalogue, text: String) -> String {
    if sample {
        format!("{} {text}", words.text("visits-sample-prefix"))
    } else {
        text
    }
}

/// What a grid's rows or columns are.
#[derive(Debug, Clone, Copy)]
pub enum Axis {
    Setting,
    Nation,
    Year,
}

impl Axis {
    /// The message naming the axis.
    fn heading(self) -> &'static str {
        match self {
            Axis::Setting => "visits-axis-setting",
            Axis::Nation => "visits-axis-nation",
            Axis::Year => "visits-axis-year",
        }
    }
}

fn label(site_reg: &Registry, axis: Axis, id: &str, sample_years: &[&str]) -> Label {
    let (name, url) = match axis {
        Axis::Setting => (
            site_reg.setting(id).map(|s| s.name.clone()),
            crate::urls::setting(id),
        ),
        Axis::Nation => (
            site_reg.nation(id).map(|n| n.name.clone()),
            crate::urls::nation(id),
        ),
        Axis::Year => (None, crate::urls::year(id)),
    };
    Label {
        name: name.unwrap_or_else(|| id.to_string()),
        url: Some(url),
        sample: sample_years.contains(&id),
    }
}

fn grid_view(
    reg: &Registry,
    words: &Catalogue,
    grid: &Grid,
    rows: Axis,
    columns: Axis,
    id: &'static str,
    caption: String,
) -> GridView {
    grid_view_with(reg, words, grid, (rows, columns), id, caption, &[])
}

fn grid_view_with(
    reg: &Registry,
    words: &Catalogue,
    grid: &Grid,
    (rows, columns): (Axis, Axis),
    id: &'static str,
    caption: String,
    sample_years: &[&str],
) -> GridView {
    GridView {
        id,
        caption,
        corner: words.text(rows.heading()),
        columns: grid
            .columns
            .iter()
            .map(|c| label(reg, columns, c, sample_years))
            .collect(),
        rows: grid
            .rows
            .iter()
            .zip(&grid.cells)
            .zip(&grid.row_totals)
            .map(|((r, cells), &total)| GridRow {
                label: label(reg, rows, r, sample_years),
                cells: cells.clone(),
                total,
            })
            .collect(),
        totals: grid.column_totals.clone(),
        total: grid.total,
    }
}

/// Visits over the years for a body, a setting or a nation page: one row
/// per year with figures, one column per `columns` value; `keep` picks the
/// rows of `visits.csv` that concern the page.
pub fn over_the_years(
    site: &Site,
    words: &Catalogue,
    columns: Axis,
    caption: String,
    keep: impl Fn(&crate::site::Visits) -> bool,
) -> Option<GridView> {
    let reg = &site.registry;
    fn column_of(v: &crate::site::Visits, columns: Axis) -> &str {
        match columns {
            Axis::Setting => v.setting.as_str(),
            _ => v.nation.as_str(),
        }
    }
    let mut entries = Vec::new();
    for r in &site.reports {
        for v in r.visits.iter().filter(|v| keep(v)) {
            entries.push((r.year.as_str(), column_of(v, columns), v.visits));
        }
    }
    if entries.is_empty() {
        return None;
    }
    let column_order: Vec<&str> = match columns {
        Axis::Setting => reg.settings.iter().map(|s| s.id.as_str()).collect(),
        _ => reg.nations.iter().map(|n| n.id.as_str()).collect(),
    };
    // Newest year first, as the other lists of years on these pages.
    let years: Vec<&str> = site.reports.iter().rev().map(|r| r.year.as_str()).collect();
    let grid = Grid::new(years, column_order, entries);
    let sample_years: Vec<&str> = site
        .reports
        .iter()
        .filter(|r| r.status == ReportStatus::Sample)
        .map(|r| r.year.as_str())
        .collect();
    Some(grid_view_with(
        reg,
        words,
        &grid,
        (Axis::Year, columns),
        "visits-over-years-caption",
        caption,
        &sample_years,
    ))
}

const WIDTH: f64 = 640.0;
const ROW: f64 = 44.0;
const LABEL_SIZE: f64 = 14.0;
const BAR: f64 = 16.0;
/// Room right of the longest bar for its figure.
const FIGURE_ROOM: f64 = 60.0;
const BLUE: &str = "#1d70b8";
const TEXT: &str = "#0b0c0c";

/// One bar per kind of detention, its length the year's visits, its
/// figure beside it. `role="img"`: its title and description say what it
/// shows and every figure in words, and name the table beside it.
fn year_chart(grid: &GridView, year: &str, sample: bool, words: &Catalogue) -> String {
    let bars: Vec<(&str, u32)> = grid
        .rows
        .iter()
        .map(|r| (r.label.name.as_str(), r.total))
        .collect();
    let title = sample_prefix(
        sample,
        words,
        words.tf("visits-chart-title", &[("year", year.into())]),
    );
    let figures: Vec<String> = bars
        .iter()
        .map(|(name, n)| format!("{name}: {n}"))
        .collect();
    let desc = words.tf(
        "visits-chart-description",
        &[
            ("total", Var::N(i64::from(grid.total))),
            ("figures", figures.join("; ").into()),
            ("table", grid.caption.as_str().into()),
        ],
    );
    let id = "visits-chart";
    let height = bars.len() as f64 * ROW + 8.0;
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {} {}" aria-labelledby="{id}-title {id}-desc" class="bar-chart" font-size="{}">"#,
        num(WIDTH),
        num(height),
        num(LABEL_SIZE)
    );
    let _ = writeln!(out, r#"<title id="{id}-title">{}</title>"#, esc(&title));
    let _ = writeln!(out, r#"<desc id="{id}-desc">{}</desc>"#, esc(&desc));
    let most = bars.iter().map(|b| b.1).max().unwrap_or(0).max(1) as f64;
    for (i, (name, n)) in bars.iter().enumerate() {
        let top = i as f64 * ROW;
        let length = (WIDTH - FIGURE_ROOM) * f64::from(*n) / most;
        let _ = writeln!(
            out,
            r#"<text x="0" y="{}" fill="{TEXT}">{}</text>"#,
            num(top + LABEL_SIZE + 2.0),
            esc(name)
        );
        let _ = writeln!(
            out,
            r#"<rect x="0" y="{}" width="{}" height="{}" fill="{BLUE}"/>"#,
            num(top + 22.0),
            num(length),
            num(BAR)
        );
        let _ = writeln!(
            out,
            r#"<text x="{}" y="{}" fill="{TEXT}">{n}</text>"#,
            num(length + 6.0),
            num(top + 22.0 + BAR - 3.0)
        );
    }
    out.push_str("</svg>\n");
    out
}
