//! Stage 2, validate: each year's visits in numbers (`reports/<year>/visits.csv`):
//! the columns known, each row's body a member that year, setting, nation
//! and sources known, counts whole numbers that add up, no row twice, and a
//! source on every row of a year that is not a sample. Reads nothing from
//! disk.

use std::collections::HashMap;

use super::Validator;
use crate::content::table::{RawRow, RawTable};
use crate::content::{Doc, Id, Loaded};
use crate::registry::Registry;
use crate::site::{ReportStatus, ReportYear, Visits};

/// The columns of `visits.csv`, the first four required.
pub const COLUMNS: [&str; 7] = [
    "body",
    "setting",
    "nation",
    "visits",
    "announced",
    "unannounced",
    "source",
];
const REQUIRED: usize = 4;

/// Where each column is in the file's header.
struct Columns([Option<usize>; COLUMNS.len()]);

impl Columns {
    fn get(&self, name: &str) -> Option<usize> {
        let i = COLUMNS.iter().position(|c| *c == name)?;
        self.0[i]
    }
}

impl Validator {
    pub(super) fn visits(
        &mut self,
        loaded: &Loaded,
        reports: &mut [ReportYear],
        registry: &Registry,
    ) {
        for dir in &loaded.reports {
            let Some(doc) = &dir.visits else { continue };
            let Some(year) = reports.iter_mut().find(|r| r.year == dir.year) else {
                continue;
            };
            let Some(columns) = self.visit_columns(doc) else {
                continue;
            };
            let mut seen = HashMap::new();
            for row in &doc.data.rows {
                if let Some(v) = self.visit_row(doc, row, &columns, year, registry)
                    && self.new_visit_row(doc, row, &v, &mut seen)
                {
                    year.visits.push(v);
                }
            }
        }
    }

    /// The header: every required column there, no unknown or repeated one.
    fn visit_columns(&mut self, doc: &Doc<RawTable>) -> Option<Columns> {
        let mut columns = Columns([None; COLUMNS.len()]);
        let mut ok = true;
        for (i, cell) in doc.data.header.iter().enumerate() {
            let name = cell.get_ref().trim();
            match COLUMNS.iter().position(|c| *c == name) {
                Some(c) if columns.0[c].is_some() => {
                    self.err(
                        doc,
                        Some(doc.span(cell)),
                        format!("the column `{name}` is there twice"),
                        "keep one of them",
                    );
                    ok = false;
                }
                Some(c) => columns.0[c] = Some(i),
                None => {
                    let hint = match super::suggest(&name.to_lowercase(), &known_columns()) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => format!("the columns are {}", COLUMNS.join(", ")),
                    };
                    // Reported, and the rows still checked without it.
                    self.err(
                        doc,
                        Some(doc.span(cell)),
                        format!("unknown column `{name}`"),
                        hint,
                    );
                }
            }
        }
        let at = doc.data.header.first().map(|c| doc.span(c).start);
        for (c, name) in COLUMNS.iter().enumerate().take(REQUIRED) {
            if columns.0[c].is_none() {
                self.err(
                    doc,
                    at.map(|a| a..a),
                    format!("the column `{name}` is missing"),
                    format!(
                        "the first row names the columns: {} (announced, unannounced and source may follow)",
                        COLUMNS[..REQUIRED].join(",")
                    ),
                );
                ok = false;
            }
        }
        ok.then_some(columns)
    }

    fn visit_row(
        &mut self,
        doc: &Doc<RawTable>,
        row: &RawRow,
        columns: &Columns,
        year: &ReportYear,
        registry: &Registry,
    ) -> Option<Visits> {
        let mut ok = true;
        let mut required = |v: &mut Self, name: &str| {
            let cell = row.cell(columns.get(name));
            if cell.is_none() {
                v.err(
                    doc,
                    Some(row.line.clone()),
                    format!("this row has no {name}"),
                    format!("fill in the `{name}` column"),
                );
                ok = false;
            }
            cell.map(trimmed)
        };
        let body = required(self, "body");
        let setting = required(self, "setting");
        let nation = required(self, "nation");
        let visits = required(self, "visits");
        let body = body.and_then(|b| self.visiting_body(doc, &b, year, registry));
        let setting = setting.and_then(|s| self.reference(doc, &s, "setting"));
        let nation = nation.and_then(|n| self.reference(doc, &n, "nation"));
        let visits = visits.and_then(|n| self.count(doc, &n));
        let announced = row.cell(columns.get("announced")).map(trimmed);
        let unannounced = row.cell(columns.get("unannounced")).map(trimmed);
        let announced = announced.map(|n| self.count(doc, &n).ok_or(()));
        let unannounced = unannounced.map(|n| self.count(doc, &n).ok_or(()));
        let sources = self.visit_sources(doc, row, columns, year);
        let (Some(body), Some(setting), Some(nation), Some(visits), true) =
            (body, setting, nation, visits, ok)
        else {
            return None;
        };
        let (Ok(announced), Ok(unannounced)) = (announced.transpose(), unannounced.transpose())
        else {
            return None;
        };
        let v = Visits {
            body,
            setting,
            nation,
            visits,
            announced,
            unannounced,
            sources: sources?,
        };
        self.visit_sums(doc, row, &v).then_some(v)
    }

    /// A body's id, if it was a member during the year.
    fn visiting_body(
        &mut self,
        doc: &Doc<RawTable>,
        id: &Id,
        year: &ReportYear,
        registry: &Registry,
    ) -> Option<String> {
        let id = self.reference(doc, id, "body").map(|b| (b, id))?;
        let (body_id, cell) = id;
        let body = registry.body(&body_id)?;
        if body.member_during(year.period_start, year.period_end) {
            return Some(body_id);
        }
        self.err(
            doc,
            Some(doc.span(cell)),
            format!(
                "{} was not a member of the NPM between {} and {}",
                body.name,
                year.period_start.text(),
                year.period_end.text()
            ),
            format!(
                "its designation runs from {}; only members' visits are counted",
                body.term_text()
            ),
        );
        None
    }

    /// A whole number of visits.
    fn count(&mut self, doc: &Doc<RawTable>, cell: &Id) -> Option<u32> {
        let text = cell.get_ref();
        if let Ok(n) = text.parse::<u32>() {
            return Some(n);
        }
        let hint = match text.replace([',', ' '], "").parse::<u32>() {
            Ok(n) => format!("write it without separators: {n}"),
            Err(_) => {
                "a count is a whole number, e.g. 12; leave the cell empty where it is not known"
                    .to_string()
            }
        };
        self.err(
            doc,
            Some(doc.span(cell)),
            format!("`{text}` is not a whole number"),
            hint,
        );
        None
    }

    /// The row's sources: required unless the year is a sample.
    fn visit_sources(
        &mut self,
        doc: &Doc<RawTable>,
        row: &RawRow,
        columns: &Columns,
        year: &ReportYear,
    ) -> Option<Vec<String>> {
        let Some(cell) = row.cell(columns.get("source")) else {
            if year.status == ReportStatus::Sample {
                return Some(Vec::new());
            }
            self.err(
                doc,
                Some(row.line.clone()),
                "these figures have no source",
                "give the id of a source from registry/sources.toml in a `source` column (several separated by spaces)",
            );
            return None;
        };
        let start = doc.span(cell).start;
        let ids: Vec<Id> = cell
            .get_ref()
            .split(' ')
            .scan(start, |at, word| {
                let span = *at..*at + word.len();
                *at += word.len() + 1;
                Some(Id::new(span, word.to_string()))
            })
            .filter(|id| !id.get_ref().is_empty())
            .collect();
        let found = self.references(doc, &ids, "source");
        (found.len() == ids.len()).then_some(found)
    }

    /// Announced and unannounced visits add up to the visits.
    fn visit_sums(&mut self, doc: &Doc<RawTable>, row: &RawRow, v: &Visits) -> bool {
        let known = v.announced.unwrap_or(0) + v.unannounced.unwrap_or(0);
        let both = v.announced.is_some() && v.unannounced.is_some();
        let message = if known > v.visits {
            format!(
                "{known} announced and unannounced visits are more than the {} visits in all",
                v.visits
            )
        } else if both && known != v.visits {
            format!(
                "{} announced and {} unannounced visits do not add up to {} visits",
                v.announced.unwrap_or(0),
                v.unannounced.unwrap_or(0),
                v.visits
            )
        } else {
            return true;
        };
        self.err(
            doc,
            Some(row.line.clone()),
            message,
            "correct the figures; leave announced or unannounced empty where it is not known",
        );
        false
    }

    /// One row per body, setting and nation.
    fn new_visit_row(
        &mut self,
        doc: &Doc<RawTable>,
        row: &RawRow,
        v: &Visits,
        seen: &mut HashMap<(String, String, String), u64>,
    ) -> bool {
        let key = (v.body.clone(), v.setting.clone(), v.nation.clone());
        if let Some(&first) = seen.get(&key) {
            self.err(
                doc,
                Some(row.line.clone()),
                format!("a second row for {}, {} in {}", v.body, v.setting, v.nation),
                format!("add the figures together in one row (the first is on line {first})"),
            );
            return false;
        }
        seen.insert(key, row.number);
        true
    }
}

fn trimmed(cell: &Id) -> Id {
    let text = cell.get_ref();
    let lead = text.len() - text.trim_start().len();
    let start = cell.span().start + lead;
    Id::new(start..start + text.trim().len(), text.trim().to_string())
}

fn known_columns() -> Vec<String> {
    COLUMNS.iter().map(|c| c.to_string()).collect()
}
