//! Stage 2, validate: the report years as a series. Numbers are unique and
//! follow the periods; periods follow each other without overlapping,
//! unless a source states the overlap. Part of `validate`: reads the
//! loaded report.toml files, writes nothing.
//!
//! Drafts count too (a draft's number is taken), and a year whose dates do
//! not parse is left out: its own errors say why.

use std::collections::HashMap;

use super::Validator;
use crate::content::date::Date;
use crate::content::{Doc, Loaded, RawDate, RawReport};
use crate::diagnostics::Diagnostic;

/// One year as the series sees it.
struct Entry<'a> {
    year: &'a str,
    doc: &'a Doc<RawReport>,
    number: u32,
    start: Date,
    end: Date,
}

impl Validator {
    pub(super) fn report_series(&mut self, loaded: &Loaded) {
        let mut entries: Vec<Entry> = loaded
            .reports
            .iter()
            .filter_map(|dir| {
                let doc = dir.config.as_ref()?;
                Some(Entry {
                    year: &dir.year,
                    doc,
                    number: *doc.data.number.get_ref(),
                    start: day(&doc.data.period_start)?,
                    end: day(&doc.data.period_end)?,
                })
            })
            .collect();
        entries.sort_by_key(|e| (e.start, e.year));
        self.unique_numbers(&entries);
        for pair in entries.windows(2) {
            self.number_follows(&pair[0], &pair[1]);
            self.period_follows(&pair[0], &pair[1]);
        }
    }

    fn unique_numbers(&mut self, entries: &[Entry]) {
        let mut first: HashMap<u32, &str> = HashMap::new();
        let mut by_year: Vec<&Entry> = entries.iter().collect();
        by_year.sort_by_key(|e| e.year);
        for e in by_year {
            if let Some(&other) = first.get(&e.number) {
                self.err(
                    e.doc,
                    Some(e.doc.span(&e.doc.data.number)),
                    format!("report number {} is also {other}'s", e.number),
                    "each report has a number of its own: check `number` here and in the other year",
                );
            } else {
                first.insert(e.number, e.year);
            }
        }
    }

    /// `b` comes after `a` in time: its number is the next one.
    fn number_follows(&mut self, a: &Entry, b: &Entry) {
        let span = Some(b.doc.span(&b.doc.data.number));
        if b.number < a.number {
            self.err(
                b.doc,
                span,
                format!(
                    "report {} ({}) covers a later period than report {} ({})",
                    b.number, b.year, a.number, a.year
                ),
                format!(
                    "numbers follow the periods: {} would be report {}",
                    b.year,
                    a.number + 1
                ),
            );
        } else if b.number > a.number + 1 {
            let missing = match b.number - a.number {
                2 => format!("report {} is", a.number + 1),
                3 => format!("reports {} and {} are", a.number + 1, a.number + 2),
                _ => format!("reports {} to {} are", a.number + 1, b.number - 1),
            };
            self.diags.push(
                Diagnostic::warning(
                    &b.doc.path,
                    span,
                    format!(
                        "report {} ({}) follows report {} ({}): {missing} missing",
                        b.number, b.year, a.number, a.year
                    ),
                )
                .with_hint(
                    "add the missing years (an archived year needs only its facts), or check `number`",
                ),
            );
        }
    }

    /// `b`'s period starts after `a`'s ends. An overlap is an error, or a
    /// warning when `b` or `a` says where its period comes from
    /// (`[fact.period]` with a source): the source may well be right.
    fn period_follows(&mut self, a: &Entry, b: &Entry) {
        if b.start > a.end {
            return;
        }
        let days = a.end.day_number() - b.start.day_number() + 1;
        let message = format!(
            "the period {} – {} overlaps {}'s ({} – {}) by {days} day{}",
            b.start.text(),
            b.end.text(),
            a.year,
            a.start.text(),
            a.end.text(),
            if days == 1 { "" } else { "s" }
        );
        let span = Some(b.doc.span(&b.doc.data.period_start));
        let stated_by = [b, a].into_iter().find_map(|e| {
            let period = e.doc.data.fact.period.as_ref()?;
            let id = period.source.first()?;
            Some((e.year, id.get_ref().clone()))
        });
        match stated_by {
            Some((year, source)) => self.diags.push(
                Diagnostic::warning(&b.doc.path, span, message).with_hint(format!(
                    "{year}'s period is as its source `{source}` states it: nothing to fix if the source is right"
                )),
            ),
            None => self.err(
                b.doc,
                span,
                message,
                format!(
                    "report years follow each other: check period_start here and period_end in {}/report.toml, or give the period's source in [fact.period]",
                    a.year
                ),
            ),
        }
    }
}

/// A full date as written, or `None` (the year's own check reports why).
fn day(raw: &RawDate) -> Option<Date> {
    match raw.get_ref() {
        toml::Value::Datetime(dt) => match (dt.date, dt.time) {
            (Some(d), None) => Date::ymd(d.year, d.month, d.day),
            _ => None,
        },
        toml::Value::String(s) => Date::parse(s).filter(Date::is_exact),
        _ => None,
    }
}
